//! Tier 1's inner loop: runs of the common instructions with the
//! interpreter's state in registers.
//!
//! Input: the running frame (its code, the pc to go on at, its base on the
//! value stack). Output: the pc of the first instruction it did not run,
//! with every instruction before it run completely, or `FRAME_SWITCHED`
//! if that instruction is in another frame (its pc saved there).
//!
//! Why: the big eval loop (`eval.rs`) is one function with a few hundred
//! arms, and LLVM cannot keep its state (the pc, the code array, the stack
//! top, the frame's locals) in registers across all of them: each arm
//! reloads what it needs through pointers spilled to the machine stack,
//! about 16 machine instructions to dispatch and 8 per push or pop
//! (CPython's computed-goto loop: about 6 and 3). This loop has a few
//! dozen arms: instructions that on their fast path cannot raise and call
//! no Python-visible code (locals, constants, int and float arithmetic,
//! comparisons fused with their jump, list and tuple items, range, list
//! and tuple iteration, jumps, attribute and method loads, `len`,
//! `list.append`/`pop`), and the frame switches of Python calls, returns,
//! generator resumptions and yields; its state stays in registers, the
//! stack is a raw pointer, and both are written back only at a frame
//! switch and at the end.
//!
//! The protocol makes it an accelerator of the big loop, never a second
//! semantics to keep in step: an instruction either completes here or is
//! left untouched (its slow case: an unbound local, an overflow, a guard
//! that fails, a loop counter, hot entry or safepoint due), and the big
//! loop's own arm runs it from scratch, raising, deoptimizing, counting
//! hot spots for the JIT and running safepoints as always. Only the normal
//! copy of the big loop calls it (the recording copy must see every
//! instruction), after a backward jump and after a specialized instruction
//! pushed a frame; and native code resuming a generator runs the
//! generator here first (`Vm::run_inner_native`).

use core::cell::Cell;

// The inner loop starts 48 bytes past a 64-byte boundary (its own
// section, 64-byte aligned by this fragment, which LLVM emits before the
// function). Its speed depends on where its loops fall in the 64-byte
// fetch and decoded-uop windows: with the default 16-byte function
// alignment, unrelated changes elsewhere in the binary moved it and made a
// plain int loop 35% slower or faster. Measured on the 15 benchmarks
// (`--jit off`), offsets 32 and 48 are 3-4% faster than the old layout
// (at 0 and 16 the int loop runs as slowly as in the bad one); pinned, it moves only when its own code
// changes (re-measure the offsets then). Aligning every loop of the binary
// (`-align-loops=64`) costs 141 KB; this costs at most 112 bytes. x86-64
// Linux only: the section syntax is ELF's, and ARM's assembler reads `@`
// as a comment.
#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
core::arch::global_asm!(
    ".pushsection .text.ouro_inner_loop,\"ax\",@progbits",
    ".p2align 6",
    ".skip 48, 0xcc",
    ".popsection",
);

use crate::bytecode::opcode::{decode, BinaryOp, CompareOp, Opcode};
use alloc::rc::Rc;

use crate::interp::code::CodeObject;
use crate::interp::frame::{Frame, GenMode, ReturnAction};
use crate::jit::backend::load_global;
use crate::jit::ir::{compare_floats, eval_float, eval_int, FloatOp, IntOp, RuntimeFn};
use crate::runtime::object::{NativeFn, Obj};
use crate::runtime::value::{ObjRef, Value};
use crate::uop::{
    builtin_len, load_attr_instance_of, load_method_instance_of, range_advance, seq_index, seq_iter_step,
    store_attr_instance_into,
};
use crate::vm::Vm;

/// The opcode bytes this loop runs, as constants a `match` can test, and
/// [`RUNS`], the table of them.
macro_rules! opcode_bytes {
    ($($name:ident = $op:ident),* $(,)?) => {
        $(const $name: u8 = Opcode::$op as u8;)*
        /// Whether this loop runs an opcode byte.
        const RUNS: [bool; 256] = {
            let mut t = [false; 256];
            // (An opcode byte indexes a 256-entry table.)
            #[allow(clippy::indexing_slicing)]
            {
                $(t[$name as usize] = true;)*
            }
            t
        };
    };
}
opcode_bytes! {
    NOP = Nop,
    LOAD_FAST = LoadFast,
    STORE_FAST = StoreFast,
    LOAD_CONST = LoadConst,
    POP_TOP = PopTop,
    PUSH_NULL = PushNull,
    LOAD_FAST_LOAD_FAST = LoadFastLoadFast,
    LOAD_FAST_LOAD_CONST = LoadFastLoadConst,
    LOAD_CONST_LOAD_FAST = LoadConstLoadFast,
    STORE_FAST_LOAD_FAST = StoreFastLoadFast,
    STORE_FAST_STORE_FAST = StoreFastStoreFast,
    LOAD_FAST_LOAD_ATTR = LoadFastLoadAttr,
    JUMP_FORWARD = JumpForward,
    JUMP_BACKWARD = JumpBackward,
    POP_JUMP_IF_FALSE = PopJumpIfFalse,
    POP_JUMP_IF_TRUE = PopJumpIfTrue,
    ADD_INT = BinaryOpAddInt,
    SUB_INT = BinaryOpSubInt,
    MUL_INT = BinaryOpMulInt,
    BIT_INT = BinaryOpBitInt,
    DIVMOD_INT = BinaryOpDivModInt,
    ADD_FLOAT = BinaryOpAddFloat,
    SUB_FLOAT = BinaryOpSubFloat,
    MUL_FLOAT = BinaryOpMulFloat,
    DIV_FLOAT = BinaryOpDivFloat,
    COMPARE_INT = CompareOpInt,
    IS_OP = IsOp,
    UNARY_NOT = UnaryNot,
    TO_BOOL_BOOL = ToBoolBool,
    TO_BOOL_INT = ToBoolInt,
    TO_BOOL_NONE = ToBoolNone,
    COMPARE_FLOAT = CompareOpFloat,
    SUBSCR_LIST_INT = BinarySubscrListInt,
    SUBSCR_TUPLE_INT = BinarySubscrTupleInt,
    STORE_SUBSCR_LIST_INT = StoreSubscrListInt,
    FOR_ITER_RANGE = ForIterRange,
    FOR_ITER_LIST = ForIterList,
    FOR_ITER_TUPLE = ForIterTuple,
    UNPACK_TWO_TUPLE = UnpackSequenceTwoTuple,
    UNPACK_TUPLE = UnpackSequenceTuple,
    UNPACK_LIST = UnpackSequenceList,
    FOR_ITER_GEN = ForIterGen,
    YIELD_VALUE = YieldValue,
    LOAD_METHOD_BUILTIN = LoadMethodBuiltin,
    CALL_BUILTIN = CallBuiltin,
    CALL_LEN = CallLen,
    LOAD_METHOD_INSTANCE = LoadMethodInstance,
    CALL_PY_EXACT_ARGS = CallPyExactArgs,
    RETURN_VALUE = ReturnValue,
    LOAD_CONST_RETURN_VALUE = LoadConstReturnValue,
    LOAD_FAST_RETURN_VALUE = LoadFastReturnValue,
    COPY = Copy,
    UNARY_INVERT = UnaryInvert,
    LOAD_GLOBAL_MODULE = LoadGlobalModule,
    LOAD_GLOBAL_BUILTIN = LoadGlobalBuiltin,
    LOAD_ATTR_INSTANCE = LoadAttrInstance,
    STORE_ATTR_INSTANCE = StoreAttrInstance,
}

/// The words an instruction of specialized form `$form` takes, its
/// inline cache included (a constant).
macro_rules! size_of_form {
    ($form:ident) => {{
        const SIZE: usize = 1 + Opcode::$form.cache_size_const();
        SIZE
    }};
}

/// What [`Vm::run_inner`] returns when it left in another frame than the
/// one it was entered in (a generator's frame entered or left): that
/// frame's pc is saved in it, and the big loop reloads its state.
pub(super) const FRAME_SWITCHED: usize = usize::MAX;

/// What [`Vm::run_inner`] returns, entered with `native`, when the
/// generator native code resumed yielded: its frame is suspended and the
/// value yielded is pushed.
const YIELDED_TO_NATIVE: usize = usize::MAX - 1;

/// `CALL_BUILTIN`'s second cache word: which built-in this loop runs
/// itself (set when the call specializes, [`inline_builtin_code`]; 0 for
/// every other).
const INLINE_LIST_APPEND: u32 = 1;
/// `list.pop()` and `list.pop(i)` (see [`INLINE_LIST_APPEND`]).
const INLINE_LIST_POP: u32 = 2;

/// The code `CALL_BUILTIN` keeps in its cache for the built-in `f` (its
/// second word): the built-in methods this loop calls without a call
/// (`list.append`, `list.pop`), or 0.
pub(crate) fn inline_builtin_code(f: NativeFn) -> u32 {
    match crate::builtins::runtime_fn_of(f) {
        Some(RuntimeFn::ListAppend) => INLINE_LIST_APPEND,
        Some(RuntimeFn::ListPop) => INLINE_LIST_POP,
        _ => 0,
    }
}

/// The low bits of a backward jump's counter (`jit`'s count of iterations
/// left before the loop is hot; zero: due).
const LOOP_COUNT_MASK: u32 = 0x00ff_ffff;

impl Vm {
    /// Runs the top frame's instructions from `pc` (the frame `code` at
    /// `base`) while each is one this loop runs and takes its fast path;
    /// returns the pc of the first it left to the big loop, or
    /// [`FRAME_SWITCHED`] if that is in another frame. `native`: the
    /// frame is a generator's that native code resumed (see
    /// [`Vm::run_inner_native`]).
    #[inline(never)]
    pub(super) fn run_inner(&mut self, code: &CodeObject, pc: usize, base: usize, native: bool) -> usize {
        // A loop whose first instruction this loop does not run returns at
        // once, without the loop's set-up (a separate function, so that
        // this path saves no registers).
        let first = code.instrs.get(pc).and_then(|w| RUNS.get(usize::from(decode(w.get()).0)));
        if !cfg!(feature = "adaptive") || first != Some(&true) {
            return pc;
        }
        self.run_inner_loop(code, pc, base, native)
    }

    /// Runs a generator frame native code has just resumed (`next()`,
    /// `sum()`, `list()` of a generator) in this loop first: `Some(value)`
    /// if it yielded (its frame suspended), else `None`, the top frame's pc
    /// saved, for the big loop to go on with (see `Vm::gen_resume_native`).
    pub(crate) fn run_inner_native(&mut self) -> Option<Value> {
        if cfg!(feature = "family-stats") && self.stats.enabled {
            // (The `--stats` copy of the big loop counts every instruction.)
            return None;
        }
        let f = self.frame();
        let (code, pc, base) = (f.code.clone(), f.pc, f.base);
        match self.run_inner(&code, pc, base, true) {
            YIELDED_TO_NATIVE => Some(self.stack.pop_value()),
            FRAME_SWITCHED => None,
            pc => {
                self.frame_mut().pc = pc;
                None
            }
        }
    }

    /// [`Vm::run_inner`] past its first check.
    #[inline(never)]
    #[cfg_attr(all(target_arch = "x86_64", target_os = "linux"), link_section = ".text.ouro_inner_loop")]
    fn run_inner_loop(&mut self, code: &CodeObject, mut pc: usize, base: usize, native: bool) -> usize {
        let mut code = code;
        let mut instrs: &[Cell<u32>] = &code.instrs;
        let mut consts: &[Value] = &code.consts;
        let stack_len = self.stack.len();
        let mut buffer = self.stack.buffer_ptr();
        // Whether a generator's frame was entered or left here: then the
        // big loop's own state is stale (see `FRAME_SWITCHED`).
        let mut switched = false;
        // The pointers below address the frame's room in the value stack's
        // buffer. Why every `unsafe` block in this function is sound: the
        // frame's room (its base plus `CodeObject::frame_size`) was
        // reserved when it was pushed and stays while it runs
        // (`ValueStack::reserve_frame`), and nothing here reallocates the
        // stack (no instruction this loop runs pushes a frame, allocates
        // or calls out). The code is verified: local operands are below
        // `nlocals`, every push is one the verifier counted in the frame's
        // `stacksize`, and every pop takes a value the instruction's
        // inputs put there (so `sp` stays between the frame's operand
        // stack base and the end of its room). Each slot read was written
        // (locals are filled with `Null` when the frame is made).
        // SAFETY: (this and the blocks in the macros below) see above.
        let mut locals = unsafe { buffer.add(base) };
        // SAFETY: see above.
        let mut sp = unsafe { buffer.add(stack_len) };
        // Writes the stack length back (before anything else reads the
        // value stack: a frame switch, or the end).
        macro_rules! write_back_len {
            () => {
                // SAFETY: `sp` is inside the frame's room (above), so the
                // length is at most the capacity, and every slot below it
                // was written.
                unsafe { self.stack.set_len(sp.offset_from(buffer) as usize) }
            };
        }
        // Continues in the frame now on top (a generator's frame just
        // pushed or popped): its code, pc, locals and stack top.
        macro_rules! enter_top_frame {
            () => {{
                let f = self.frame();
                // SAFETY: the top frame holds an `Rc` of its code for as
                // long as it runs here, and this loop leaves it (or
                // derives `code` again) before that frame is popped.
                code = unsafe { &*Rc::as_ptr(&f.code) };
                pc = f.pc;
                let frame_base = f.base;
                instrs = &code.instrs;
                consts = &code.consts;
                buffer = self.stack.buffer_ptr();
                // SAFETY: the frame's room was reserved when it was pushed
                // (see above); the stack's length is inside it.
                unsafe {
                    locals = buffer.add(frame_base);
                    sp = buffer.add(self.stack.len());
                }
                switched = true;
            }};
        }
        macro_rules! local {
            ($i:expr) => {
                // SAFETY: a verified local operand (see above).
                Value::load(unsafe { &*locals.add($i as usize) })
            };
        }
        macro_rules! set_local {
            ($i:expr, $v:expr) => {{
                let v = $v;
                // SAFETY: a verified local operand (see above).
                unsafe { locals.add($i as usize).write(v) }
            }};
        }
        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                // SAFETY: a push the verifier counted, into the room (see above).
                unsafe {
                    sp.write(v);
                    sp = sp.add(1);
                }
            }};
        }
        // The value `$n` below the top (`peek!(1)` is the top).
        macro_rules! peek {
            ($n:expr) => {
                // SAFETY: one of the instruction's inputs (see above).
                Value::load(unsafe { &*sp.sub($n) })
            };
        }
        // Drops the `$n` top values.
        macro_rules! drop_top {
            ($n:expr) => {
                // SAFETY: the instruction's inputs (see above).
                sp = unsafe { sp.sub($n) }
            };
        }
        // Replaces the top value by `$v`.
        macro_rules! set_top {
            ($v:expr) => {{
                let v = $v;
                // SAFETY: the instruction's input (see above).
                unsafe { sp.sub(1).write(v) }
            }};
        }
        // The constant at `$i`, or the big loop runs the instruction.
        macro_rules! constant {
            ($i:expr) => {
                match consts.get($i as usize) {
                    Some(v) => *v,
                    None => break,
                }
            };
        }
        // The instruction word at `$at`, or the big loop takes over.
        macro_rules! word {
            ($at:expr) => {
                match instrs.get($at) {
                    Some(w) => decode(w.get()),
                    None => break,
                }
            };
        }
        // Word `$i` of the instruction's inline cache after its counter
        // (`UopArgs::cache[$i]`), or the big loop takes over.
        macro_rules! cache_word {
            ($i:expr) => {
                instrs.get(pc + 2 + $i).map(Cell::get)
            };
        }
        // Replaces the two top values by `$v`.
        macro_rules! replace2 {
            ($v:expr) => {{
                drop_top!(1);
                set_top!($v);
            }};
        }
        // After a test at `pc` (`$size` words with its cache) of the `$inputs`
        // top values that produced `$b`: the conditional jump after it runs
        // too (CPython 3.11's COMPARE_OP_*_JUMP), else the bool is pushed.
        macro_rules! test_then_jump {
            ($b:expr, $size:expr, $inputs:expr) => {{
                let b: bool = $b;
                let next = pc + $size;
                drop_top!($inputs);
                match instrs.get(next).map(|w| decode(w.get())) {
                    Some((POP_JUMP_IF_FALSE, target)) => pc = if b { next + 1 } else { target as usize },
                    Some((POP_JUMP_IF_TRUE, target)) => pc = if b { target as usize } else { next + 1 },
                    _ => {
                        push!(Value::Bool(b));
                        pc = next;
                    }
                }
            }};
        }
        macro_rules! int_op {
            ($op:ident, $form:ident) => {{
                let (Value::Int(x), Value::Int(y)) = (peek!(2), peek!(1)) else { break };
                let Some(r) = eval_int(IntOp::$op, x, y) else { break };
                replace2!(Value::Int(r));
                pc += size_of_form!($form);
            }};
        }
        macro_rules! float_op {
            ($op:ident, $form:ident) => {{
                let (Value::Float(x), Value::Float(y)) = (peek!(2), peek!(1)) else { break };
                let Some(r) = eval_float(FloatOp::$op, x, y) else { break };
                replace2!(Value::Float(r));
                pc += size_of_form!($form);
            }};
        }
        // A sequence iterator's next item (`$list`: of a list, else of a
        // tuple); exhausted, the iterator is popped and the loop exits.
        macro_rules! for_iter_seq {
            ($list:expr, $form:ident, $exit:expr) => {{
                let Value::Obj(r) = peek!(1) else { break };
                match seq_iter_step(self, r, $list) {
                    Some(Some(v)) => {
                        push!(v);
                        pc += size_of_form!($form);
                    }
                    Some(None) => {
                        drop_top!(1);
                        pc = $exit;
                    }
                    None => break,
                }
            }};
        }

        loop {
            debug_assert!(pc < instrs.len());
            // SAFETY: `pc` is an instruction's start in verified code: the
            // big loop's, a verified jump target, or the previous
            // instruction's start plus its size; no path of verified code
            // runs off the end.
            let (byte, arg) = decode(unsafe { instrs.get_unchecked(pc) }.get());
            match byte {
                LOAD_FAST => {
                    let v = local!(arg);
                    if v.is_null() {
                        break;
                    }
                    push!(v);
                    pc += 1;
                }
                STORE_FAST => {
                    set_local!(arg, peek!(1));
                    drop_top!(1);
                    pc += 1;
                }
                LOAD_CONST => {
                    push!(constant!(arg));
                    pc += 1;
                }
                POP_TOP => {
                    drop_top!(1);
                    pc += 1;
                }
                // Superinstructions: both halves here (the second is the
                // next word, a plain instruction of its own).
                LOAD_FAST_LOAD_FAST | LOAD_FAST_LOAD_CONST | LOAD_CONST_LOAD_FAST => {
                    let (_, arg2) = word!(pc + 1);
                    let first = if byte == LOAD_CONST_LOAD_FAST { constant!(arg) } else { local!(arg) };
                    let second = if byte == LOAD_FAST_LOAD_CONST { constant!(arg2) } else { local!(arg2) };
                    if first.is_null() || second.is_null() {
                        break;
                    }
                    push!(first);
                    push!(second);
                    pc += 2;
                }
                STORE_FAST_LOAD_FAST => {
                    let (_, arg2) = word!(pc + 1);
                    set_local!(arg, peek!(1));
                    let v = local!(arg2);
                    if v.is_null() {
                        // The store is done; the big loop raises for the load.
                        drop_top!(1);
                        pc += 1;
                        break;
                    }
                    set_top!(v);
                    pc += 2;
                }
                STORE_FAST_STORE_FAST => {
                    let (_, arg2) = word!(pc + 1);
                    set_local!(arg, peek!(1));
                    set_local!(arg2, peek!(2));
                    drop_top!(2);
                    pc += 2;
                }
                JUMP_FORWARD => pc = arg as usize,
                JUMP_BACKWARD => {
                    // The big loop's arm without its rare cases: the loop
                    // counter and safepoint ticks counted down, unless the
                    // loop is due for the JIT or a safepoint is.
                    let Some(counter) = instrs.get(pc + 1) else { break };
                    let c = counter.get();
                    let ticks = self.safepoint_ticks.wrapping_sub(1);
                    if (c & LOOP_COUNT_MASK == 0 && cfg!(feature = "jit")) || ticks == 0 || self.heap.should_collect() {
                        break;
                    }
                    if c & LOOP_COUNT_MASK != 0 {
                        counter.set(c - 1);
                    }
                    self.safepoint_ticks = ticks;
                    pc = arg as usize;
                }
                POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE => {
                    let Value::Bool(b) = peek!(1) else { break };
                    drop_top!(1);
                    pc = if b == (byte == POP_JUMP_IF_TRUE) { arg as usize } else { pc + 1 };
                }
                ADD_INT => int_op!(Add, BinaryOpAddInt),
                SUB_INT => int_op!(Sub, BinaryOpSubInt),
                MUL_INT => int_op!(Mul, BinaryOpMulInt),
                BIT_INT | DIVMOD_INT => {
                    // The operator is the operand's (`&`, `|`, `^`, shifts;
                    // `//`, `%`).
                    let (Value::Int(x), Value::Int(y)) = (peek!(2), peek!(1)) else { break };
                    let Some(op) = BinaryOp::from_arg(arg).and_then(|(op, _)| IntOp::of(op)) else { break };
                    let Some(r) = eval_int(op, x, y) else { break };
                    replace2!(Value::Int(r));
                    pc += size_of_form!(BinaryOpBitInt);
                }
                ADD_FLOAT => float_op!(Add, BinaryOpAddFloat),
                SUB_FLOAT => float_op!(Sub, BinaryOpSubFloat),
                MUL_FLOAT => float_op!(Mul, BinaryOpMulFloat),
                DIV_FLOAT => float_op!(Div, BinaryOpDivFloat),
                COMPARE_INT => {
                    let (Value::Int(x), Value::Int(y)) = (peek!(2), peek!(1)) else { break };
                    let Some(op) = CompareOp::from_arg(arg) else { break };
                    test_then_jump!(op.test(x.cmp(&y)), size_of_form!(CompareOpInt), 2);
                }
                COMPARE_FLOAT => {
                    let (Value::Float(x), Value::Float(y)) = (peek!(2), peek!(1)) else { break };
                    let Some(op) = CompareOp::from_arg(arg) else { break };
                    test_then_jump!(compare_floats(op, x, y), size_of_form!(CompareOpFloat), 2);
                }
                IS_OP => test_then_jump!(peek!(2).is(peek!(1)) != (arg == 1), 1, 2),
                TO_BOOL_BOOL | TO_BOOL_INT | TO_BOOL_NONE => {
                    let b = match (byte, peek!(1)) {
                        (TO_BOOL_BOOL, Value::Bool(b)) => b,
                        (TO_BOOL_INT, Value::Int(i)) => i != 0,
                        (TO_BOOL_NONE, Value::None) => false,
                        _ => break,
                    };
                    test_then_jump!(b, size_of_form!(ToBoolBool), 1);
                }
                UNARY_NOT => {
                    let Value::Bool(b) = peek!(1) else { break };
                    set_top!(Value::Bool(!b));
                    pc += 1;
                }
                SUBSCR_LIST_INT | SUBSCR_TUPLE_INT => {
                    let (Value::Obj(r), Value::Int(i)) = (peek!(2), peek!(1)) else { break };
                    let item = match (byte, self.heap.get(r)) {
                        (SUBSCR_LIST_INT, Obj::List(items)) | (SUBSCR_TUPLE_INT, Obj::Tuple(items)) => {
                            seq_index(items.len(), i).and_then(|j| items.get(j).copied())
                        }
                        _ => None,
                    };
                    let Some(v) = item else { break };
                    replace2!(v);
                    pc += size_of_form!(BinarySubscrListInt);
                }
                STORE_SUBSCR_LIST_INT => {
                    let (v, Value::Obj(r), Value::Int(i)) = (peek!(3), peek!(2), peek!(1)) else { break };
                    let Obj::List(items) = self.heap.get_mut(r) else { break };
                    let Some(slot) = seq_index(items.len(), i).and_then(|j| items.get_mut(j)) else { break };
                    *slot = v;
                    drop_top!(3);
                    pc += size_of_form!(StoreSubscrListInt);
                }
                FOR_ITER_RANGE => {
                    let Value::Obj(r) = peek!(1) else { break };
                    let Obj::Iter(state) = self.heap.get_mut(r) else { break };
                    match range_advance(state) {
                        Some(Some(i)) => {
                            pc += size_of_form!(ForIterRange);
                            // The loop variable's `STORE_FAST` too.
                            match instrs.get(pc).map(|w| decode(w.get())) {
                                Some((STORE_FAST, slot)) => {
                                    set_local!(slot, Value::Int(i));
                                    pc += 1;
                                }
                                _ => push!(Value::Int(i)),
                            }
                        }
                        Some(None) => {
                            drop_top!(1);
                            pc = arg as usize;
                        }
                        None => break,
                    }
                }
                FOR_ITER_LIST => for_iter_seq!(true, ForIterList, arg as usize),
                FOR_ITER_TUPLE => for_iter_seq!(false, ForIterTuple, arg as usize),
                NOP => pc += 1,
                PUSH_NULL => {
                    push!(Value::Null);
                    pc += 1;
                }
                LOAD_FAST_LOAD_ATTR => {
                    // `local.attr`: the attribute where the next word is a
                    // `LOAD_ATTR_INSTANCE` whose shortcut applies, else the
                    // local alone.
                    let v = local!(arg);
                    if v.is_null() {
                        break;
                    }
                    let attr = match instrs.get(pc + 1).map(|w| decode(w.get()).0) {
                        Some(LOAD_ATTR_INSTANCE) => load_attr_instance_of(self, v, instrs, pc + 2),
                        _ => None,
                    };
                    match attr {
                        Some(a) => {
                            push!(a);
                            pc += 1 + size_of_form!(LoadAttrInstance);
                        }
                        None => {
                            push!(v);
                            pc += 1;
                        }
                    }
                }
                LOAD_ATTR_INSTANCE => {
                    let Some(v) = load_attr_instance_of(self, peek!(1), instrs, pc + 1) else { break };
                    set_top!(v);
                    pc += size_of_form!(LoadAttrInstance);
                }
                STORE_ATTR_INSTANCE => {
                    if !store_attr_instance_into(self, peek!(1), peek!(2), instrs, pc + 1) {
                        break;
                    }
                    drop_top!(2);
                    pc += size_of_form!(StoreAttrInstance);
                }
                LOAD_GLOBAL_MODULE | LOAD_GLOBAL_BUILTIN => {
                    // Cache: [counter, index] (module) or [counter, keys
                    // version, index] (builtin).
                    let builtin = byte == LOAD_GLOBAL_BUILTIN;
                    let word = |at: usize| instrs.get(pc + at).map(Cell::get);
                    let (Some(w1), Some(w2)) = (word(2), word(3)) else { break };
                    let (index, keys) = if builtin { (w2, w1) } else { (w1, 0) };
                    let Some(name) = code.names.get(arg as usize) else { break };
                    let Some(v) = load_global(self, builtin, index, name.0, keys) else { break };
                    push!(v);
                    pc += if builtin { size_of_form!(LoadGlobalBuiltin) } else { size_of_form!(LoadGlobalModule) };
                }
                UNPACK_TWO_TUPLE | UNPACK_TUPLE | UNPACK_LIST => {
                    let Value::Obj(r) = peek!(1) else { break };
                    let items: &[Value] = match (byte, self.heap.get(r)) {
                        (UNPACK_LIST, Obj::List(items)) => items,
                        (UNPACK_TWO_TUPLE | UNPACK_TUPLE, Obj::Tuple(items)) => items,
                        _ => break,
                    };
                    if items.len() != arg as usize {
                        break;
                    }
                    drop_top!(1);
                    for &v in items.iter().rev() {
                        push!(v);
                    }
                    pc += size_of_form!(UnpackSequenceTuple);
                }
                LOAD_METHOD_BUILTIN => {
                    // A method of a built-in type (cache: [class, _, _,
                    // method]): the method under the receiver.
                    let v = peek!(1);
                    let (Some(class), Some(method)) = (cache_word!(0), cache_word!(3)) else { break };
                    if v.is_null() || self.class_of(v).0 != class {
                        break;
                    }
                    set_top!(Value::Obj(ObjRef(method)));
                    push!(v);
                    pc += size_of_form!(LoadMethodBuiltin);
                }
                CALL_BUILTIN => {
                    // The built-ins `inline_builtin_code` names, the callee
                    // (cache word 0) checked; `[callee, list, args]`
                    // becomes the result.
                    let (Some(callee), Some(inline)) = (cache_word!(0), cache_word!(1)) else { break };
                    let argc = arg as usize;
                    if inline == 0 || argc > 1 || peek!(argc + 2) != Value::Obj(ObjRef(callee)) {
                        break;
                    }
                    let Value::Obj(r) = peek!(argc + 1) else { break };
                    let Obj::List(items) = self.heap.get_mut(r) else { break };
                    let result = match (inline, argc) {
                        (INLINE_LIST_APPEND, 1) => {
                            // (A full buffer the allocator cannot grow:
                            // the general loop raises `MemoryError`.)
                            if !items.try_push(peek!(1)) {
                                break;
                            }
                            self.heap.note_growth(16);
                            Value::None
                        }
                        (INLINE_LIST_POP, 0) => match items.pop() {
                            Some(v) => v,
                            None => break,
                        },
                        (INLINE_LIST_POP, 1) => {
                            let Value::Int(i) = peek!(1) else { break };
                            match seq_index(items.len(), i) {
                                Some(j) => items.remove(j),
                                None => break,
                            }
                        }
                        _ => break,
                    };
                    self.stats.calls += 1;
                    drop_top!(argc + 1);
                    set_top!(result);
                    pc += size_of_form!(CallBuiltin);
                }
                CALL_LEN => {
                    // `len(x)` of a str, list, tuple or dict (`[len, NULL, x]`).
                    let Some(callee) = cache_word!(0) else { break };
                    if arg != 1 || peek!(3) != Value::Obj(ObjRef(callee)) {
                        break;
                    }
                    let Some(n) = builtin_len(self, peek!(1)) else { break };
                    self.stats.calls += 1;
                    drop_top!(2);
                    set_top!(Value::Int(n as i64));
                    pc += size_of_form!(CallLen);
                }
                LOAD_METHOD_INSTANCE => {
                    let v = peek!(1);
                    let Some(method) = load_method_instance_of(self, v, instrs, pc + 1) else { break };
                    set_top!(method);
                    push!(v);
                    pc += size_of_form!(LoadMethodInstance);
                }
                CALL_PY_EXACT_ARGS => {
                    // A Python function taking exactly these arguments: its
                    // frame pushed as the big loop pushes it (a call
                    // safepoint; the callee's entry counted for the JIT),
                    // unless a safepoint, a hot entry, keywords or the
                    // recursion limit are due.
                    let argc = arg as usize;
                    let Value::Obj(func) = peek!(argc + 2) else { break };
                    let with_self = !peek!(argc + 1).is_null();
                    let Obj::Function(f) = self.heap.get(func) else { break };
                    let entry = f.code.entry_counter.get();
                    let ticks = self.safepoint_ticks.wrapping_sub(1);
                    if f.code.simple_argcount as usize != argc + usize::from(with_self)
                        || (entry & LOOP_COUNT_MASK == 0 && cfg!(feature = "jit"))
                        || ticks == 0
                        || self.heap.should_collect()
                        || self.pending_kwnames.is_some()
                        || self.frames.len() >= self.config.recursion_limit
                    {
                        break;
                    }
                    let (callee_code, globals) = (f.code.clone(), f.globals);
                    write_back_len!();
                    self.frame_mut().pc = pc + size_of_form!(CallPyExactArgs);
                    // SAFETY: the callee and its arguments are inputs of
                    // the call (see above).
                    let call_base = unsafe { sp.offset_from(buffer) } as usize - argc - 2;
                    let args_start = call_base + 2 - usize::from(with_self);
                    self.stats.calls += 1;
                    let frame = self.new_frame(func, callee_code, globals, call_base, args_start, ReturnAction::Push);
                    self.frames.push(frame);
                    self.safepoint_ticks = ticks;
                    if entry & LOOP_COUNT_MASK != 0 {
                        self.frame().code.entry_counter.set(entry - 1);
                    }
                    enter_top_frame!();
                }
                // Their second half is the next word, a `RETURN_VALUE`.
                LOAD_CONST_RETURN_VALUE => {
                    push!(constant!(arg));
                    pc += 1;
                }
                LOAD_FAST_RETURN_VALUE => {
                    let v = local!(arg);
                    if v.is_null() {
                        break;
                    }
                    push!(v);
                    pc += 1;
                }
                COPY => {
                    // (The verifier proves the operand is 1 or more and
                    // within the stack's depth.)
                    push!(peek!(arg as usize));
                    pc += 1;
                }
                UNARY_INVERT => {
                    let Value::Int(x) = peek!(1) else { break };
                    set_top!(Value::Int(!x));
                    pc += 1;
                }
                RETURN_VALUE => {
                    // To the calling Python frame, or `__init__`'s `None`
                    // (the instance to its caller); not a generator's end
                    // or a return to native code.
                    let v = match self.frames.last() {
                        Some(&Frame { on_return: ReturnAction::Push, ret_base, .. }) => (ret_base, peek!(1)),
                        Some(&Frame { on_return: ReturnAction::Init { instance }, ret_base, .. })
                            if peek!(1) == Value::None =>
                        {
                            (ret_base, instance)
                        }
                        _ => break,
                    };
                    let (ret_base, v) = v;
                    self.frames.pop();
                    // SAFETY: the caller's stack top (its callee slot,
                    // `ret_base`) is below the returning frame's base, so
                    // inside the buffer; the slots under it were written.
                    unsafe {
                        buffer.add(ret_base).write(v);
                        self.stack.set_len(ret_base + 1);
                    }
                    enter_top_frame!();
                }
                FOR_ITER_GEN => {
                    // A suspended generator resumed: its frame pushed, as
                    // the big loop's `FOR_ITER_GEN` does (a call safepoint).
                    let Value::Obj(gen) = peek!(1) else { break };
                    let ticks = self.safepoint_ticks.wrapping_sub(1);
                    if ticks == 0 || self.heap.should_collect() {
                        break;
                    }
                    write_back_len!();
                    self.frame_mut().pc = pc + size_of_form!(ForIterGen);
                    if !self.resume_for_iter(gen, arg) {
                        break;
                    }
                    self.safepoint_ticks = ticks;
                    enter_top_frame!();
                }
                YIELD_VALUE => {
                    // Back to the frame that resumed the generator; to
                    // native code only if that is where this loop was
                    // entered (else the big loop returns to it).
                    let to_native = match self.frames.last() {
                        Some(Frame { on_return: ReturnAction::Generator { mode, .. }, .. }) => *mode == GenMode::Native,
                        _ => break,
                    };
                    if to_native && !native {
                        break;
                    }
                    let v = peek!(1);
                    drop_top!(1);
                    write_back_len!();
                    self.frame_mut().pc = pc + 1;
                    self.suspend_top_generator(arg == 1);
                    self.stack.push(v);
                    if to_native {
                        return YIELDED_TO_NATIVE;
                    }
                    enter_top_frame!();
                }
                _ => break,
            }
        }
        write_back_len!();
        if switched {
            self.frame_mut().pc = pc;
            return FRAME_SWITCHED;
        }
        pc
    }
}

#[cfg(test)]
mod tests {
    use crate::vm::{BufferHost, Vm, VmConfig};
    use alloc::boxed::Box;

    /// Loops of every instruction the inner loop runs, each also leaving
    /// it part-way (a guard that fails, an unbound local, an overflow, a
    /// call), generators resumed and suspended by it and by native code;
    /// `assert` statements check what the big loop would compute.
    /// (Run under miri in CI: the loop's raw stack pointers.)
    #[test]
    fn loops_compute_what_the_big_loop_would() {
        let src = "
class P:
    def __init__(self, x):
        self.x = x
G = 3
def work(n):
    items = [0] * n
    for i in range(n):
        items[i] = i * G
    total = 0
    for v in items:
        total += v % 7
    pairs = [(1, 2.5), (3, 4.5)]
    f = 0.0
    for a, b in pairs:
        f = f + a * b - b / 2.0
    p = P(1)
    i = 0
    while i < n and p.x is not None:
        p.x = p.x + items[-1 - i] // 2
        i += 1
    big = 1
    j = 0
    while j < 70:
        big = big * 2
        j += 1
    t = (5, 6)
    k = 0
    while not k >= 4:
        k = k + t[k % 2] - 4
    return total, f, p.x, big, k, len(items)
for _ in range(3):
    r = work(30)
assert r == (87, 12.5, 646, 2 ** 70, 5, 30), r
def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
def pipeline(n):
    t = 0
    for x in gen(n):
        t += x
    window = []
    for x in gen(n):
        window.append(x)
        if len(window) > 3:
            window.pop(0)
    return t, window, sum(x * 2 for x in gen(n)), window.pop(), len(window)
for _ in range(3):
    r = pipeline(40)
assert r == (780, [37, 38], 1560, 39, 2), r
try:
    for _ in range(3):
        [].pop()
    assert False
except IndexError:
    pass
def unbound():
    i = 0
    while i < 3:
        if i == 1:
            del i
        i += 1
try:
    unbound()
    assert False
except UnboundLocalError:
    pass
";
        let mut vm = Vm::new(VmConfig::default(), Box::new(BufferHost::default()));
        vm.run_source(src, "<inner>").expect("script runs");
    }
}
