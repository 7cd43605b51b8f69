//! Lowering a recorded trace to the SSA trace IR: an abstract
//! interpretation of the operand stack (entries are either still in memory
//! or IR values), one step per recorded instruction.

// Indexing: lowering reads the recorder's output, built from verified
// bytecode: a code index is one the recorder registered in `rec.codes`, a
// uop's `inst`/`at` indexes `rec.insts`/`rec.uop_args` (pushed together),
// `consts[arg]` is a verified operand, the abstract stack's depth follows
// the verifier's stack effects (so `len - n` never underflows for an
// instruction taking `n` items), locals tables are sized by the code's
// `nlocals` and ids index the IR being built (`Ir::push`,
// `Ir::add_snapshot`). Fixed tables (`[F::List0, ..][n]`) are indexed by
// the counts the dispatching match arm admits (`BUILD_LIST` of at most
// three, `BUILD_TUPLE` of one to three).
#![allow(clippy::indexing_slicing)]

use alloc::vec::Vec;

use super::ir::{FloatOp, HookReturn, InlinedFrame, IntOp, IterKind, Kind, Op, Snapshot, TraceIr, Ty, ValueId};
use super::recorder::{RecordedInst, Recording, TraceEnd};
use crate::bytecode::opcode::{CompareOp, Opcode};
use crate::interp::frame::KeyOp;
use crate::runtime::value::{ObjRef, Value};

/// True if the IR models the specialized form directly (otherwise it runs
/// through `Exec`, tier 1's own handler).
pub fn lowers_natively(op: Opcode) -> bool {
    op.is_small_number_form()
        || op.is_to_bool_form()
        || matches!(
            op,
            Opcode::LoadAttrInstance
                | Opcode::LoadMethodInstance
                | Opcode::StoreAttrInstance
                | Opcode::StoreAttrInstanceAdd
                | Opcode::LoadGlobalModule
                | Opcode::LoadGlobalBuiltin
                | Opcode::BinarySubscrListInt
                | Opcode::BinarySubscrTupleInt
                | Opcode::StoreSubscrListInt
                | Opcode::UnpackSequenceTwoTuple
                | Opcode::UnpackSequenceTuple
                | Opcode::UnpackSequenceList
                | Opcode::ForIterRange
                | Opcode::ForIterList
                | Opcode::ForIterTuple
                | Opcode::LoadAttr
                | Opcode::LoadMethod
        )
}

/// True for specialized forms that push a Python frame (the trace follows
/// into it, after checking it is the frame recorded).
pub fn pushes_frame(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::CallPyExactArgs
            | Opcode::CallAllocAndEnterInit
            | Opcode::BinaryOpInstance
            | Opcode::CompareOpInstance
            | Opcode::ContainsOpInstance
            | Opcode::StoreSubscrInstance
            | Opcode::CallLenInstance
            | Opcode::ForIterInstance
            | Opcode::ForIterGen
            | Opcode::SendGen
            | Opcode::CallGen
            | Opcode::LoadAttrProperty
            | Opcode::BinarySubscrInstance
            | Opcode::BinarySubscrDictHash
            | Opcode::StoreSubscrDictHash
            | Opcode::ContainsOpHash
    )
}

/// An operand-stack entry during lowering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Entry {
    /// Still only in memory, at this index.
    Mem(u32),
    /// An IR value.
    Val(ValueId),
}

/// A call [`inline_plan`] found can run without a frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InlineCall {
    /// Index of the callee's `RETURN_VALUE` in the recording.
    pub ret: u32,
    /// The callee (or a call inlined in it) changes something the caller
    /// could see (an attribute, a list item): its exits push its frame.
    pub effects: bool,
    /// A generator region: a `FOR_ITER_GEN` whose generator runs to its
    /// next `yield` (at `ret`) with no effect but on its own frame.
    pub generator: bool,
}

/// A Python call being lowered inline, without a frame (see [`inline_plan`]).
struct Inlined {
    /// For a call without effects (and calls inlined in it): the snapshot
    /// every exit inside it takes, tier 1 before the call. `None`: exits
    /// push the inlined frames (`Snapshot::frames`).
    rollback: Option<u32>,
    /// The callee's operand stack starts at this abstract-stack index (the
    /// caller's stack depth below the function and its arguments).
    call_base: usize,
    /// The callee's fast locals as values (none is ever in memory).
    locals: Vec<Option<ValueId>>,
    /// The function called and what is above it (`NULL`, or the `self`
    /// that is also local 0).
    func: ValueId,
    self_or_null: ValueId,
    with_self: bool,
    /// The callee's code (index into the trace's codes).
    code: u32,
    /// Where the caller resumes after the call.
    caller_pc: u32,
    /// For `CALL_ALLOC_AND_ENTER_INIT`: the `__init__` function (`ObjRef`);
    /// the call's value is then the new instance (`self_or_null`).
    init: Option<u32>,
    /// The caller's (depth, code).
    caller_at: (i32, u32),
    /// A binary operator's dunder (`BINARY_OP_INSTANCE`, with its
    /// operand): its return is the operation's value unless it is
    /// `NotImplemented`, which tier 1 handles.
    dunder: Option<(crate::jit::recorder::DunderCall, u32)>,
    /// `dunder` is a rich comparison's (`COMPARE_OP_INSTANCE`): with the
    /// operand's bool flag, its value must be a bool (tier 1 converts others).
    compare: bool,
    /// A special method run as a frame without a function slot (a
    /// property's getter, `__getitem__`, `__contains__`, `__setitem__`;
    /// `ObjRef`): its operands are its first locals.
    hook: Option<u32>,
    /// What `hook`'s return does.
    hook_return: HookReturn,
    /// A generator region's frame (see [`Lowering::begin_generator`]).
    generator: Option<GeneratorFrame>,
}

/// The frame of a generator a trace runs without pushing it: the
/// generator, its saved values (locals, then operand stack) as the trace
/// loaded them, and where it is suspended (code, position).
struct GeneratorFrame {
    gen: ValueId,
    loaded: Vec<ValueId>,
    code: u32,
    pc: u32,
}

/// A generator region that ended inside an enclosing one: its values as it
/// left them, written back when the outermost region ends (see
/// [`Lowering::end_generator`]).
struct PendingGenerator {
    frame: GeneratorFrame,
    values: Vec<ValueId>,
}

struct Lowering<'a> {
    ir: TraceIr,
    rec: &'a Recording,
    /// The heap, read for what constants are (a function constant's code).
    heap: &'a crate::runtime::heap::Heap,
    /// Per instruction: for a call that can be inlined, where it returns.
    inline_at: Vec<Option<InlineCall>>,
    /// Lower built-in container forms and calls directly (`native_calls`).
    native_calls: bool,
    /// Unpack tuples the trace built from their items (`virtual_tuples`).
    virtual_tuples: bool,
    /// Per instruction: the global it loads as a constant, if any
    /// (`global_consts`; see `Recording::constant_globals`).
    constant_globals: Vec<Option<super::recorder::GlobalSeen>>,
    /// The calls being lowered inline, outermost first.
    inlined: Vec<Inlined>,
    /// Recorded instructions already lowered with the one before
    /// (`reversed(...)` and `GET_ITER` after `range(n)`, lowered to `rt
    /// range_iter`/`range_iter_rev`): the next `skip` are nothing.
    skip: u32,
    stack: Vec<Entry>,
    /// Entries `0..keep` are in memory as the abstract stack says.
    keep: u32,
    /// How many entries memory holds (pops of memory entries are virtual
    /// until the next sync cuts memory back).
    phys: u32,
    /// The instruction being lowered: (index, depth, code).
    at: (u32, i32, u32),
    /// The rest of the recording is not lowered: the trace always exits
    /// where it stopped (see [`Lowering::abandon`]).
    abandoned: bool,
    /// Generator regions ended inside the region being lowered.
    pending: Vec<PendingGenerator>,
}

impl Lowering<'_> {
    fn emit(&mut self, op: Op, args: Vec<ValueId>, ty: Ty) -> ValueId {
        self.ir.push(op, args, ty, None)
    }

    fn guard(&mut self, op: Op, args: Vec<ValueId>, snap: u32) -> ValueId {
        self.ir.push(op, args, Ty::Void, Some(snap))
    }

    fn value(&mut self, e: Entry) -> ValueId {
        match e {
            Entry::Val(v) => v,
            Entry::Mem(i) => self.emit(Op::LoadStack(i), Vec::new(), Ty::Any),
        }
    }

    #[allow(
        clippy::expect_used,
        reason = "the abstract stack mirrors what tier 1 popped while recording: an underflow is a lowering bug, not a script's doing"
    )]
    fn pop(&mut self) -> ValueId {
        let e = self.stack.pop().expect("recorded stack underflow");
        let v = self.value(e);
        self.keep = self.keep.min(self.stack.len() as u32);
        v
    }

    fn push(&mut self, v: ValueId) {
        self.stack.push(Entry::Val(v));
    }

    /// Materializes the entry `n` places down (1 = top) as a value.
    fn peek(&mut self, n: usize) -> ValueId {
        let i = self.stack.len() - n;
        let v = self.value(self.stack[i]);
        self.stack[i] = Entry::Val(v);
        v
    }

    /// The state to resume tier 1 from before the current instruction
    /// (inside an inlined call without effects: before the call).
    fn snapshot(&mut self, pc: u32) -> u32 {
        if let Some(outermost) = self.inlined.first() {
            if let Some(s) = outermost.rollback {
                return s;
            }
        }
        let values = |l: &Self, range: core::ops::Range<usize>| -> Vec<ValueId> {
            range
                .map(|i| match l.stack[i] {
                    Entry::Val(v) => v,
                    Entry::Mem(_) => unreachable!("memory entries lie below keep"),
                })
                .collect()
        };
        let (done, depth, code) = self.at;
        let Some(outermost) = self.inlined.first() else {
            let stack = values(self, self.keep as usize..self.stack.len());
            let s = Snapshot {
                pc: Some(pc),
                keep: self.keep,
                stack,
                depth,
                code,
                done,
                frames: Vec::new(),
                locals: Vec::new(),
                virtuals: Vec::new(),
            };
            return self.ir.add_snapshot(s);
        };
        // Inside calls with effects: tier 1's value stack as it would be,
        // with each inlined call's frame.
        let (depth, code) = outermost.caller_at;
        let mut stack = values(self, self.keep as usize..outermost.call_base);
        let mut frames = Vec::with_capacity(self.inlined.len());
        let mut null = None;
        for (k, inl) in self.inlined.iter().enumerate() {
            let call_base = self.keep + stack.len() as u32;
            // A dunder's or hook's frame starts at its operands: no function
            // slot (but `__len__`'s sits as a call's, over `len` and `NULL`).
            if inl.dunder.is_none() && (inl.hook.is_none() || inl.hook_return == HookReturn::Len) {
                stack.push(inl.func);
                if !inl.with_self {
                    stack.push(inl.self_or_null);
                }
            }
            for local in &inl.locals {
                let v = match local {
                    Some(v) => *v,
                    None => {
                        *null.get_or_insert_with(|| self.ir.push(Op::Const(Value::Null), Vec::new(), Ty::Any, None))
                    }
                };
                stack.push(v);
            }
            let end = self.inlined.get(k + 1).map_or(self.stack.len(), |next| next.call_base);
            stack.extend(values(self, inl.call_base..end));
            let resume = self.inlined.get(k + 1).map_or(pc, |next| next.caller_pc);
            frames.push(InlinedFrame {
                code: inl.code,
                pc: resume,
                call_base,
                with_self: inl.with_self,
                init: inl.init,
                dunder: inl.dunder.map(|(d, oparg)| (d.func, oparg)),
                compare: inl.compare,
                hook: inl.hook,
                hook_return: inl.hook_return,
            });
        }
        let s = Snapshot {
            pc: Some(outermost.caller_pc),
            keep: self.keep,
            stack,
            depth,
            code,
            done,
            frames,
            locals: Vec::new(),
            virtuals: Vec::new(),
        };
        self.ir.add_snapshot(s)
    }

    /// The state to resume tier 1 from after the current instruction, at `next`.
    fn snapshot_after(&mut self, next: u32) -> u32 {
        let s = self.snapshot(next);
        self.ir.snapshots[s as usize].done += 1;
        s
    }

    /// A snapshot for exits that leave the state as it is (after `Exec`).
    fn as_is(&mut self) -> u32 {
        let (done, depth, code) = self.at;
        let keep = self.stack.len() as u32;
        self.ir.add_snapshot(Snapshot {
            pc: None,
            keep,
            stack: Vec::new(),
            depth,
            code,
            done: done + 1,
            frames: Vec::new(),
            locals: Vec::new(),
            virtuals: Vec::new(),
        })
    }

    /// Writes the virtual stack to memory.
    fn sync(&mut self) {
        if self.keep as usize == self.stack.len() && self.phys == self.keep {
            return;
        }
        let vals: Vec<ValueId> = (self.keep as usize..self.stack.len()).map(|i| self.value(self.stack[i])).collect();
        self.emit(Op::Sync(self.keep), vals, Ty::Void);
        self.keep = self.stack.len() as u32;
        self.phys = self.keep;
    }

    /// Inside an inlined call, an instruction only a frame can run (the
    /// recording contradicts what `inline_plan` saw, e.g. a call that does
    /// not bind as recorded): there is no frame to run it in, so the trace
    /// exits here, always, and lowers nothing more.
    fn abandon(&mut self, pc: u32) {
        let s = self.snapshot(pc);
        self.guard(Op::Exit, Vec::new(), s);
        self.abandoned = true;
    }

    fn lower_inst(&mut self, inst: &RecordedInst) {
        if self.skip > 0 {
            self.skip -= 1;
            return;
        }
        let pc = inst.pc;
        let arg = inst.arg;
        if !self.inlined.is_empty() && self.lower_inlined(inst) {
            return;
        }
        if !self.inlined.is_empty() && !lowers_inline(inst) {
            return self.abandon(pc);
        }
        match inst.op {
            Opcode::Nop | Opcode::JumpForward => {}
            Opcode::LoadFast => {
                let s = self.snapshot(pc);
                let v = self.emit(Op::LoadLocal(arg), Vec::new(), Ty::Any);
                self.guard(Op::GuardNotNull, alloc::vec![v], s);
                self.push(v);
            }
            Opcode::StoreFast => {
                let v = self.pop();
                self.emit(Op::StoreLocal(arg), alloc::vec![v], Ty::Void);
            }
            Opcode::LoadClosure => {
                let v = self.emit(Op::LoadLocal(arg), Vec::new(), Ty::Any);
                self.push(v);
            }
            Opcode::LoadDeref => {
                let s = self.snapshot(pc);
                let cell = self.emit(Op::LoadLocal(arg), Vec::new(), Ty::Any);
                let v = self.ir.push(Op::LoadCell, alloc::vec![cell], Ty::Any, Some(s));
                self.push(v);
            }
            Opcode::StoreDeref => {
                let s = self.snapshot(pc);
                let cell = self.emit(Op::LoadLocal(arg), Vec::new(), Ty::Any);
                let v = self.pop();
                self.ir.push(Op::StoreCell, alloc::vec![cell, v], Ty::Void, Some(s));
            }
            Opcode::LoadConst => {
                let c = self.rec.codes[inst.code as usize].consts[arg as usize];
                let v = self.emit(Op::Const(c), Vec::new(), Ty::of(c));
                self.push(v);
            }
            Opcode::PushNull => {
                let v = self.emit(Op::Const(Value::Null), Vec::new(), Ty::Any);
                self.push(v);
            }
            Opcode::PopTop => {
                self.stack.pop();
                self.keep = self.keep.min(self.stack.len() as u32);
            }
            Opcode::Copy => {
                let v = self.peek(arg as usize);
                self.push(v);
            }
            Opcode::Swap => {
                let n = arg as usize;
                // Everything from the lower entry up becomes a value (memory no longer matches there).
                for k in 1..=n {
                    self.peek(k);
                }
                let a = self.peek(1);
                let b = self.peek(n);
                let len = self.stack.len();
                self.stack[len - 1] = Entry::Val(b);
                self.stack[len - n] = Entry::Val(a);
                self.keep = self.keep.min((len - n) as u32);
            }
            Opcode::IsOp => {
                let b = self.pop();
                let a = self.pop();
                let v = self.emit(Op::Is(arg == 1), alloc::vec![a, b], Ty::Bool);
                self.push(v);
            }
            Opcode::JumpBackward | Opcode::EnterExecutor => {
                self.sync();
                // Errors there are raised at the jump's line, as tier 1 does.
                self.emit(Op::Safepoint(pc + 2), Vec::new(), Ty::Void);
            }
            Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue | Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                // `and`/`or`'s forms keep the operand on the way that jumps.
                let keeps_on_jump = matches!(inst.op, Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop);
                let pops = |way_jumps: bool| !(keeps_on_jump && way_jumps);
                let jumped = inst.next.2 == arg;
                let truth = jumped == matches!(inst.op, Opcode::PopJumpIfTrue | Opcode::JumpIfTrueOrPop);
                let guard = if truth { Op::GuardTrue } else { Op::GuardFalse };
                if inst.tos[0] == Ty::Bool {
                    let s = self.snapshot(pc);
                    let v = self.peek(1);
                    self.guard(Op::GuardType(Ty::Bool), alloc::vec![v], s);
                    self.guard(guard, alloc::vec![v], s);
                } else {
                    // Not a bool (codegen puts TO_BOOL before conditional
                    // jumps, but not before `and`/`or`, and bytecode may
                    // come from elsewhere): its truth is computed once, so
                    // a failed guard resumes on the other way, with the
                    // operand where that way has it, and code having run,
                    // the recorded way checks the trace is still valid.
                    self.sync();
                    let v = self.peek(1);
                    let b = self.emit(Op::Truthy(pc + 1), alloc::vec![v], Ty::Bool);
                    let other_pc = if jumped { pc + 1 } else { arg };
                    let other = if pops(!jumped) {
                        self.pop();
                        let s = self.snapshot_after(other_pc);
                        self.push(v);
                        s
                    } else {
                        self.snapshot_after(other_pc)
                    };
                    self.guard(guard, alloc::vec![b], other);
                }
                if pops(jumped) {
                    self.pop();
                }
                if inst.tos[0] != Ty::Bool {
                    let s = self.snapshot_after(inst.next.2);
                    self.guard(Op::CheckValid, Vec::new(), s);
                }
            }
            Opcode::ToBool => {
                if inst.tos[0] == Ty::Bool {
                    // It was a bool: the instruction left it as it was.
                    let s = self.snapshot(pc);
                    let v = self.peek(1);
                    self.guard(Op::GuardType(Ty::Bool), alloc::vec![v], s);
                } else {
                    // `__bool__`/`__len__` may run: the stack is synced for
                    // it, and the trace must still be valid afterwards.
                    self.sync();
                    let next = pc + 1 + inst.op.cache_size() as u32;
                    let v = self.peek(1);
                    let b = self.emit(Op::Truthy(next), alloc::vec![v], Ty::Bool);
                    self.pop();
                    self.push(b);
                    let s = self.snapshot_after(next);
                    self.guard(Op::CheckValid, Vec::new(), s);
                }
            }
            Opcode::BinaryOp | Opcode::CompareOp if numeric_form(inst).is_some() => self.lower_numeric(inst),
            Opcode::BinaryOp | Opcode::CompareOp if self.native_calls && set_form(inst).is_some() => {
                self.lower_set_op(inst)
            }
            op if lowers_natively(op) => self.lower_specialized(inst),
            Opcode::ForIter if inst.iter.is_some() => self.lower_specialized(inst),
            Opcode::MakeFunction if self.native_calls => self.lower_make_function(inst),
            Opcode::CallPyExactArgs if self.native_calls && self.lower_call_py(inst) => {}
            Opcode::ForIterGen | Opcode::SendGen if self.native_calls && self.lower_resume_gen(inst) => {}
            op if op.is_specialized() => {
                if !(self.native_calls && self.lower_runtime(inst)) {
                    if !self.inlined.is_empty() {
                        // No frame to run uops in (`pure_in_callee` expected a runtime function).
                        return self.abandon(inst.pc);
                    }
                    self.lower_as_uops(inst)
                }
            }
            Opcode::UnaryNegative if matches!(inst.tos[0], Ty::Int | Ty::Float) => self.lower_negative(inst),
            Opcode::UnaryInvert if inst.tos[0] == Ty::Int => self.lower_invert_int(inst),
            Opcode::UnaryNot if inst.tos[0] == Ty::Bool => self.lower_not_bool(inst),
            Opcode::GetIter if matches!(inst.kinds[0], Some(Kind::List | Kind::Tuple | Kind::Range | Kind::Iter)) => {
                self.lower_get_iter(inst)
            }
            Opcode::GetYieldFromIter if self.native_calls && self.delegates_to_generator() => {
                use super::ir::RuntimeFn as F;
                let s = self.snapshot(pc);
                let g = self.pop();
                let v = self.ir.push(Op::Runtime(F::YieldFromGen), alloc::vec![g], Ty::Obj, Some(s));
                self.push(v);
            }
            Opcode::BuildTuple if (1..=3).contains(&inst.arg) => self.lower_build_seq(inst),
            Opcode::BuildList if inst.arg <= 3 => self.lower_build_seq(inst),
            Opcode::BuildSlice => self.lower_build_slice(inst),
            Opcode::BinarySubscr if self.slice_on_top() && slice_get_kinds(inst) => self.lower_slice_item(inst, false),
            Opcode::StoreSubscr if self.slice_on_top() && slice_set_kinds(inst) => self.lower_slice_item(inst, true),
            _ => self.lower_generic(inst),
        }
    }

    /// `-x` of a small int (`0 - x`, exiting on overflow: tier 1 makes
    /// the big int) or of a float (`float_neg`, the sign bit flipped: not
    /// `0.0 - x` or `-1.0 * x`, which keep a NaN's sign and get zeros wrong).
    fn lower_negative(&mut self, inst: &RecordedInst) {
        let s = self.snapshot(inst.pc);
        let v = self.pop();
        let ty = inst.tos[0];
        self.guard(Op::GuardType(ty), alloc::vec![v], s);
        let r = if ty == Ty::Float {
            self.emit(Op::FloatNeg, alloc::vec![v], Ty::Float)
        } else {
            let zero = self.emit(Op::Const(Value::Int(0)), Vec::new(), Ty::Int);
            self.ir.push(Op::IntArith(IntOp::Sub), alloc::vec![zero, v], Ty::Int, Some(s))
        };
        self.push(r);
    }

    /// `~x` of a small int: `x ^ -1` (never overflows).
    fn lower_invert_int(&mut self, inst: &RecordedInst) {
        let s = self.snapshot(inst.pc);
        let v = self.pop();
        self.guard(Op::GuardType(Ty::Int), alloc::vec![v], s);
        let ones = self.emit(Op::Const(Value::Int(-1)), Vec::new(), Ty::Int);
        let r = self.ir.push(Op::IntArith(IntOp::Xor), alloc::vec![v, ones], Ty::Int, Some(s));
        self.push(r);
    }

    /// A comparison, `-` or `&` of two sets (`set_form`): guards on both
    /// operands' kinds and `rt set_compare` / `rt set_binop` with the
    /// operator as a constant, which exits before the instruction where a
    /// key's `__eq__` would run.
    fn lower_set_op(&mut self, inst: &RecordedInst) {
        let Some((f, op)) = set_form(inst) else { return self.lower_as_uops(inst) };
        let s = self.snapshot(inst.pc);
        let b = self.pop();
        let a = self.pop();
        self.guard_kind(a, Some(Kind::Set), s);
        self.guard_kind(b, Some(Kind::Set), s);
        let op = self.emit(Op::Const(Value::Int(op as i64)), Vec::new(), Ty::Int);
        let v = self.ir.push(Op::Runtime(f), alloc::vec![a, b, op], f.ty(), Some(s));
        self.push(v);
    }

    /// `not x` of a bool: `x is False`.
    fn lower_not_bool(&mut self, inst: &RecordedInst) {
        let s = self.snapshot(inst.pc);
        let v = self.pop();
        self.guard(Op::GuardType(Ty::Bool), alloc::vec![v], s);
        let no = self.emit(Op::Const(Value::Bool(false)), Vec::new(), Ty::Bool);
        let r = self.emit(Op::Is(false), alloc::vec![v, no], Ty::Bool);
        self.push(r);
    }

    /// `GET_ITER` of a list, tuple or range (the kind recorded, guarded):
    /// a runtime function makes the iterator; of a built-in iterator: the
    /// iterator itself.
    fn lower_get_iter(&mut self, inst: &RecordedInst) {
        use super::ir::RuntimeFn as F;
        let s = self.snapshot(inst.pc);
        let seq = self.pop();
        self.guard_kind(seq, inst.kinds[0], s);
        let f = match inst.kinds[0] {
            Some(Kind::Range) => F::IterRange,
            // (`iter()` of an iterator is the iterator.)
            Some(Kind::Iter) => return self.push(seq),
            _ => F::IterSeq,
        };
        let v = self.ir.push(Op::Runtime(f), alloc::vec![seq], Ty::Obj, Some(s));
        self.push(v);
    }

    /// True if the `GET_YIELD_FROM_ITER` being lowered got a generator: its
    /// `yield from`'s `SEND` (after `LOAD_CONST None`) was recorded
    /// specialized for one (`yield from` a list, say, stays tier 1's).
    fn delegates_to_generator(&self) -> bool {
        let i = self.at.0 as usize;
        self.rec.insts.get(i + 2).is_some_and(|send| send.op == Opcode::SendGen && send.depth == self.at.1)
    }

    /// `BUILD_TUPLE` of one to three items, `BUILD_LIST` of up to three: a
    /// runtime function allocates it (exiting before the instruction if the
    /// heap is full).
    fn lower_build_seq(&mut self, inst: &RecordedInst) {
        use super::ir::RuntimeFn as F;
        let s = self.snapshot(inst.pc);
        let n = inst.arg as usize;
        let items: Vec<ValueId> = (0..n).map(|k| self.peek(n - k)).collect();
        for _ in 0..n {
            self.pop();
        }
        let f = match inst.op {
            Opcode::BuildList => [F::List0, F::List1, F::List2, F::List3][n],
            _ => [F::Tuple1, F::Tuple2, F::Tuple3][n - 1],
        };
        let v = self.ir.push(Op::Runtime(f), items, Ty::Obj, Some(s));
        self.push(v);
    }

    /// `MAKE_FUNCTION` (in a frame of its own, not inlined): `rt
    /// make_function` of the code, the frame's globals (a constant, after
    /// `guard_globals`), the defaults, keyword defaults and closure (None
    /// where the instruction has none). A call of the function the trace
    /// runs inline reads its closure's cells from the tuple the trace
    /// built, and needs no `guard_func` (`fold`), so `sink` can leave it
    /// unmade. The last operand is the code's index in the trace's codes
    /// (-1 if the trace never ran it), for `fold`.
    fn lower_make_function(&mut self, inst: &RecordedInst) {
        use super::ir::RuntimeFn as F;
        let globals = self.rec.uop_args[self.at.0 as usize].cache[0];
        let s = self.snapshot(inst.pc);
        self.guard(Op::GuardGlobals(globals), Vec::new(), s);
        let code = self.pop();
        let operand = |this: &mut Self, flag: u32| {
            if inst.arg & flag != 0 {
                this.pop()
            } else {
                this.emit(Op::Const(Value::None), Vec::new(), Ty::NoneT)
            }
        };
        let closure = operand(self, 8);
        let kwdefaults = operand(self, 2);
        let defaults = operand(self, 1);
        let globals = self.emit(Op::Const(Value::Obj(ObjRef(globals))), Vec::new(), Ty::Obj);
        let index = match self.ir.insts[code.0 as usize].op {
            Op::Const(Value::Obj(r)) => match self.heap.get(r) {
                crate::runtime::object::Obj::Code(c) => self.rec.codes.iter().position(|k| alloc::rc::Rc::ptr_eq(k, c)),
                _ => None,
            },
            _ => None,
        };
        let index = self.emit(Op::Const(Value::Int(index.map_or(-1, |k| k as i64))), Vec::new(), Ty::Int);
        let args = alloc::vec![code, globals, defaults, kwdefaults, closure, index];
        let v = self.ir.push(Op::Runtime(F::MakeFunction), args, Ty::Obj, Some(s));
        self.push(v);
    }

    /// `BUILD_SLICE` (`start:stop`, `start:stop:step`): `rt slice`, an
    /// object the subscript lowered next reads the bounds of instead
    /// ([`Lowering::lower_slice_item`]), which `dce` or `sink` then removes.
    fn lower_build_slice(&mut self, inst: &RecordedInst) {
        use super::ir::RuntimeFn as F;
        let s = self.snapshot(inst.pc);
        let step = if inst.arg == 3 { self.pop() } else { self.emit(Op::Const(Value::None), Vec::new(), Ty::NoneT) };
        let stop = self.pop();
        let start = self.pop();
        let v = self.ir.push(Op::Runtime(F::Slice), alloc::vec![start, stop, step], Ty::Obj, Some(s));
        self.push(v);
    }

    /// True if the top of the stack is a slice the trace built (`rt slice`).
    fn slice_on_top(&self) -> bool {
        match self.stack.last() {
            Some(Entry::Val(v)) => self.ir.insts[v.0 as usize].op == Op::Runtime(super::ir::RuntimeFn::Slice),
            _ => false,
        }
    }

    /// A generic `seq[a:b:c]` on a list, tuple or str (`rt get_slice`), or
    /// `list[a:b:c] = list or tuple` (`store`: `rt set_slice`), with the
    /// slice the trace built on top: its bounds are passed, not the slice.
    /// The runtime function takes int or None bounds and exits before the
    /// instruction otherwise (tier 1 then calls `__index__` or raises).
    fn lower_slice_item(&mut self, inst: &RecordedInst, store: bool) {
        use super::ir::RuntimeFn as F;
        let s = self.snapshot(inst.pc);
        let slice = self.pop();
        let bounds = self.ir.insts[slice.0 as usize].args.clone();
        let seq = self.pop();
        self.guard_kind(seq, inst.kinds[1], s);
        let mut args = alloc::vec![seq];
        args.extend(bounds);
        if store {
            let value = self.pop();
            self.guard_kind(value, inst.kinds[2], s);
            args.push(value);
            self.ir.push(Op::Runtime(F::SetSlice), args, Ty::Void, Some(s));
        } else {
            let v = self.ir.push(Op::Runtime(F::GetSlice), args, Ty::Obj, Some(s));
            self.push(v);
        }
    }

    /// The specialized forms on built-in containers and strs, as guards on
    /// the operands' kinds and a runtime function on their values
    /// (`Op::Runtime`, exiting before the instruction where it fails), or
    /// a direct call of the built-in (`Op::CallBuiltin`); false (nothing
    /// lowered) when the recording does not fit.
    fn lower_runtime(&mut self, inst: &RecordedInst) -> bool {
        use super::ir::RuntimeFn as F;
        let str_at = |i: usize| inst.kinds[i] == Some(Kind::Str);
        // A dict key's guard (see `guard_dict_key`): a small int, a str, or none.
        let key_at = |i: usize| match (inst.tos.get(i), inst.kinds[i]) {
            (Some(Ty::Int), _) => Some(None),
            (_, Some(Kind::Str)) => Some(Some(Kind::Str)),
            _ => None,
        };
        let args = self.rec.uop_args[self.at.0 as usize];
        // (function, operand kinds bottom first: `None` = a small int)
        let (f, kinds): (F, Vec<Option<Kind>>) = match inst.op {
            Opcode::LoadMethodBuiltin => {
                let Some(kind) = inst.kinds[0] else { return false };
                let s = self.snapshot(inst.pc);
                let receiver = self.pop();
                self.guard(Op::GuardKind(kind), alloc::vec![receiver], s);
                let method =
                    self.emit(Op::Const(Value::Obj(crate::runtime::value::ObjRef(args.cache[3]))), Vec::new(), Ty::Obj);
                self.push(method);
                self.push(receiver);
                return true;
            }
            Opcode::CallBuiltinClass
                if inst.builtin == Some(F::RangeIter) && self.lower_range_iter(inst, args.cache[0]) =>
            {
                return true
            }
            Opcode::CallBuiltin | Opcode::CallBuiltinClass if self.lower_builtin_method(inst, args.cache[0]) => {
                return true
            }
            Opcode::CallBuiltin | Opcode::CallBuiltinClass => {
                self.call_builtin(inst, args.cache[0]);
                return true;
            }
            Opcode::CallLen if inst.arg == 1 && inst.kinds[0].is_some() => (F::Len, alloc::vec![inst.kinds[0]]),
            Opcode::BinarySubscrDict if inst.kinds[1] == Some(Kind::Dict) => {
                let s = self.snapshot(inst.pc);
                let k = self.pop();
                let d = self.pop();
                self.guard_kind(d, Some(Kind::Dict), s);
                self.guard_dict_key(k, key_at(0), s);
                let v = match self.pair_items(k) {
                    Some([a, b]) => self.ir.push(Op::Runtime(F::DictGetPair), alloc::vec![d, a, b], Ty::Any, Some(s)),
                    None => self.ir.push(Op::Runtime(F::DictGet), alloc::vec![d, k], Ty::Any, Some(s)),
                };
                self.push(v);
                return true;
            }
            Opcode::StoreSubscrDict if inst.kinds[1] == Some(Kind::Dict) => {
                // Operands: value, dict, key (key on top); the function takes dict, key, value.
                let s = self.snapshot(inst.pc);
                let k = self.pop();
                let d = self.pop();
                let v = self.pop();
                self.guard_kind(d, Some(Kind::Dict), s);
                self.guard_dict_key(k, key_at(0), s);
                self.ir.push(Op::Runtime(F::DictSet), alloc::vec![d, k, v], Ty::Void, Some(s));
                return true;
            }
            Opcode::ContainsOpDict if inst.kinds[0] == Some(Kind::Dict) => {
                // Operands: key, dict (dict on top); the function takes dict, key.
                let s = self.snapshot(inst.pc);
                let d = self.pop();
                let k = self.pop();
                self.guard_kind(d, Some(Kind::Dict), s);
                self.guard_dict_key(k, key_at(1), s);
                let v = match (self.pair_items(k), inst.arg == 1) {
                    (Some([a, b]), negate) => {
                        let f = if negate { F::DictNotInPair } else { F::DictInPair };
                        self.ir.push(Op::Runtime(f), alloc::vec![d, a, b], Ty::Bool, Some(s))
                    }
                    (None, negate) => {
                        let f = if negate { F::DictNotIn } else { F::DictIn };
                        self.ir.push(Op::Runtime(f), alloc::vec![d, k], Ty::Bool, Some(s))
                    }
                };
                self.push(v);
                return true;
            }
            Opcode::ContainsOpSet => {
                // Operands: key, set (set on top); the function takes set, key
                // and checks both (there is no set kind to guard).
                let s = self.snapshot(inst.pc);
                let set = self.pop();
                let k = self.pop();
                let f = if inst.arg == 1 { F::SetNotIn } else { F::SetIn };
                let v = self.ir.push(Op::Runtime(f), alloc::vec![set, k], Ty::Bool, Some(s));
                self.push(v);
                return true;
            }
            #[cfg(feature = "array-module")]
            Opcode::BinarySubscrArrayInt if inst.tos[0] == Ty::Int => {
                // The function checks the array (an exact `array.array`) and
                // the index's range itself, exiting before the instruction.
                let s = self.snapshot(inst.pc);
                let index = self.pop();
                let array = self.pop();
                self.guard_kind(index, None, s);
                let v = self.ir.push(Op::Runtime(F::ArrayGet), alloc::vec![array, index], Ty::Any, Some(s));
                self.push(v);
                return true;
            }
            #[cfg(feature = "array-module")]
            Opcode::StoreSubscrArrayInt if inst.tos[0] == Ty::Int => {
                // Operands: value, array, index (index on top); the function
                // also checks the value converts without running code.
                let s = self.snapshot(inst.pc);
                let index = self.pop();
                let array = self.pop();
                let value = self.pop();
                self.guard_kind(index, None, s);
                self.ir.push(Op::Runtime(F::ArraySet), alloc::vec![array, index, value], Ty::Void, Some(s));
                return true;
            }
            Opcode::BinaryOpAddStr if str_at(0) && str_at(1) => (F::StrConcat, alloc::vec![Some(Kind::Str); 2]),
            Opcode::BinarySubscrStrInt if str_at(1) && inst.tos[0] == Ty::Int => {
                (F::StrItem, alloc::vec![Some(Kind::Str), None])
            }
            Opcode::CompareOpStr if str_at(0) && str_at(1) => match CompareOp::from_arg(inst.arg) {
                Some(CompareOp::Eq) => (F::StrEq, alloc::vec![Some(Kind::Str); 2]),
                Some(CompareOp::Ne) => (F::StrNe, alloc::vec![Some(Kind::Str); 2]),
                _ => return false,
            },
            Opcode::ContainsOpStr if str_at(0) && str_at(1) => {
                (if inst.arg == 1 { F::StrNotIn } else { F::StrIn }, alloc::vec![Some(Kind::Str); 2])
            }
            _ => return false,
        };
        let s = self.snapshot(inst.pc);
        let n = kinds.len();
        let operands: Vec<ValueId> = (0..n).map(|k| self.peek(n - k)).collect();
        for (&v, &kind) in operands.iter().zip(&kinds) {
            self.guard_kind(v, kind, s);
        }
        if inst.op == Opcode::CallLen {
            // `len`, `NULL`, the argument: the callee must be `len`.
            self.guard_callee(args.cache[0], 3, s);
            self.pop();
            self.pop();
        }
        for _ in 0..n {
            self.pop();
        }
        let v = self.ir.push(Op::Runtime(f), operands, f.ty(), Some(s));
        self.push(v);
        true
    }

    /// `range(stop)` or `range(start, stop)` of small ints whose result
    /// the next instruction (`GET_ITER`) iterates, or `reversed()` of it
    /// then `GET_ITER`: `rt range_iter` (`range_iter_rev`) makes the
    /// iterator, with no range object and no call (the callees guarded);
    /// false (nothing lowered) for any other call.
    fn lower_range_iter(&mut self, inst: &RecordedInst, callee: u32) -> bool {
        use super::ir::RuntimeFn as F;
        let i = self.at.0 as usize;
        let at = |k: usize, op: Opcode| self.rec.insts.get(i + k).is_some_and(|g| g.op == op && g.depth == self.at.1);
        let reversed = self
            .rec
            .insts
            .get(i + 1)
            .is_some_and(|r| r.builtin == Some(F::RangeIterRev) && r.arg == 1 && at(1, Opcode::CallBuiltin));
        let iterated = at(1, Opcode::GetIter) || (reversed && at(2, Opcode::GetIter));
        let ints = match inst.arg {
            1 => inst.tos[0] == Ty::Int,
            2 => inst.tos == [Ty::Int, Ty::Int],
            _ => false,
        };
        if !iterated || !ints {
            return false;
        }
        let n = inst.arg as usize;
        let s = self.snapshot(inst.pc);
        self.guard_callee(callee, n + 2, s);
        if reversed {
            // `reversed`, `NULL`, then `range`'s call.
            let rev = self.rec.uop_args.get(i + 1).map_or(0, |a| a.cache[0]);
            self.guard_callee(rev, n + 4, s);
        }
        let bounds: Vec<ValueId> = (0..n).map(|k| self.peek(n - k)).collect();
        for &v in &bounds {
            self.guard(Op::GuardType(Ty::Int), alloc::vec![v], s);
        }
        for _ in 0..n + 2 {
            self.pop();
        }
        let start = match n {
            1 => self.emit(Op::Const(Value::Int(0)), Vec::new(), Ty::Int),
            _ => bounds[0],
        };
        let stop = bounds[n - 1];
        if reversed {
            self.pop();
            self.pop();
        }
        let f = if reversed { F::RangeIterRev } else { F::RangeIter };
        let v = self.ir.push(Op::Runtime(f), alloc::vec![start, stop], Ty::Obj, Some(s));
        self.push(v);
        self.skip = 1 + reversed as u32;
        true
    }

    /// The built-ins a trace runs as runtime functions (no call):
    /// `list.append(x)`, `list.pop()`, `list.pop(i)`, `str.lower()`,
    /// `str.upper()` and `dict.get(k, d)`
    /// on a method call's stack (callee, `self`, arguments), `int(x)` of a
    /// float and `iter(x)` of a list or tuple (callee, `NULL`, argument);
    /// the callee guarded to be the one recorded. False (nothing lowered) for any other call.
    fn lower_builtin_method(&mut self, inst: &RecordedInst, callee: u32) -> bool {
        use super::ir::RuntimeFn as F;
        // Operands bottom first (for a method call, the receiver after the
        // callee), with their kinds (`None`: a small int, or a float for `int()`).
        let (f, kinds): (F, [Option<Kind>; 3]) = match (inst.builtin, inst.arg, inst.kinds) {
            (Some(F::ListAppend), 1, [_, Some(Kind::List), _]) => (F::ListAppend, [Some(Kind::List), None, None]),
            // (The function checks the receiver: there is no set kind to guard.)
            (Some(F::SetAdd), 1, _) => (F::SetAdd, [None; 3]),
            (Some(F::ListPop), 0, [Some(Kind::List), ..]) => (F::ListPop, [Some(Kind::List), None, None]),
            (Some(F::ListPop), 1, [_, Some(Kind::List), _]) if inst.tos[0] == Ty::Int => {
                (F::ListPopAt, [Some(Kind::List), None, None])
            }
            (Some(F::IntOfFloat), 1, _) if inst.tos[0] == Ty::Float => (F::IntOfFloat, [None; 3]),
            (Some(F::IterSeq), 1, [Some(k @ (Kind::List | Kind::Tuple)), ..]) => (F::IterSeq, [Some(k), None, None]),
            (Some(f @ (F::StrLower | F::StrUpper)), 0, [Some(Kind::Str), ..]) => (f, [Some(Kind::Str), None, None]),
            (Some(F::DictGetOr), 2, [_, key, Some(Kind::Dict)]) => {
                // (A tuple's items are hashed by the function, which exits
                // if that would run Python code.)
                let key = match (inst.tos[1], key) {
                    (Ty::Int, _) => None,
                    (_, Some(kind @ (Kind::Str | Kind::Tuple))) => Some(kind),
                    _ => return false,
                };
                (F::DictGetOr, [Some(Kind::Dict), key, None])
            }
            _ => return false,
        };
        let n = f.arity();
        // A method call's receiver is its first operand; `int(x)` and
        // `iter(x)` have `NULL` there.
        let method = !matches!(f, F::IntOfFloat | F::IterSeq);
        let s = self.snapshot(inst.pc);
        self.guard_callee(callee, n + if method { 1 } else { 2 }, s);
        let operands: Vec<ValueId> = (0..n).map(|k| self.peek(n - k)).collect();
        match f {
            F::IntOfFloat | F::IterSeq => {
                if f == F::IntOfFloat {
                    self.guard(Op::GuardType(Ty::Float), alloc::vec![operands[0]], s);
                } else {
                    self.guard_kind(operands[0], kinds[0], s);
                }
                let null = self.peek(2);
                let null_c = self.emit(Op::Const(Value::Null), Vec::new(), Ty::Any);
                let is_null = self.emit(Op::Is(false), alloc::vec![null, null_c], Ty::Bool);
                self.guard(Op::GuardTrue, alloc::vec![is_null], s);
            }
            F::SetAdd => {}
            _ => {
                // The receiver's kind; a dict key's or an index's (a small int).
                self.guard_kind(operands[0], kinds[0], s);
                if matches!(f, F::DictGetOr | F::ListPopAt) {
                    self.guard_kind(operands[1], kinds[1], s);
                }
            }
        }
        for _ in 0..n + if method { 1 } else { 2 } {
            self.pop();
        }
        let v = self.ir.push(Op::Runtime(f), operands, f.ty(), Some(s));
        self.push(v);
        true
    }

    /// `UNPACK_SEQUENCE` of a tuple or list of `n` items (the form says
    /// which): the items pushed last first. A tuple this trace built
    /// (`rt tupleN`, with `virtual_tuples`) is not read at all: tuples never
    /// change, so its items are the values it was built from, and when no
    /// exit needs the tuple itself `dce` removes its allocation (a tuple
    /// returned by an inlined call and unpacked by the caller is never
    /// made). Otherwise the kind and the length are guarded (another
    /// length exits before the instruction: tier 1 raises) and the items
    /// loaded.
    fn lower_unpack(&mut self, inst: &RecordedInst) {
        use super::ir::RuntimeFn as F;
        let n = inst.arg;
        let s = self.snapshot(inst.pc);
        let seq = self.pop();
        let built = &self.ir.insts[seq.0 as usize];
        let items: Vec<ValueId> = match built.op {
            Op::Runtime(F::Tuple1 | F::Tuple2 | F::Tuple3) if self.virtual_tuples && built.args.len() == n as usize => {
                built.args.clone()
            }
            _ => {
                let kind = if inst.op == Opcode::UnpackSequenceList { Kind::List } else { Kind::Tuple };
                self.guard_kind(seq, Some(kind), s);
                self.guard(Op::GuardLen(n), alloc::vec![seq], s);
                (0..n)
                    .map(|i| {
                        let index = self.emit(Op::Const(Value::Int(i64::from(i))), Vec::new(), Ty::Int);
                        self.ir.push(Op::LoadItem, alloc::vec![seq, index], Ty::Any, Some(s))
                    })
                    .collect()
            }
        };
        for &v in items.iter().rev() {
            self.push(v);
        }
    }

    /// Guards `v` to be of the built-in `kind` (as recorded), or a small int for `None`.
    fn guard_kind(&mut self, v: ValueId, kind: Option<Kind>, s: u32) {
        if kind.is_some() && matches!(self.ir.insts[v.0 as usize].op, Op::Const(Value::Obj(_))) {
            // A constant object: it had this kind when recorded, and an object's kind never changes.
            return;
        }
        match kind {
            Some(kind) => self.guard(Op::GuardKind(kind), alloc::vec![v], s),
            None => self.guard(Op::GuardType(Ty::Int), alloc::vec![v], s),
        };
    }

    /// The two items of `k` if the trace made it as a pair (`rt tuple2`):
    /// a dict lookup by them needs no tuple, and `sink` then describes the
    /// tuple for the exits that still hold it.
    fn pair_items(&self, k: ValueId) -> Option<[ValueId; 2]> {
        let inst = self.ir.insts.get(k.0 as usize)?;
        match (&inst.op, inst.args.as_slice()) {
            (Op::Runtime(super::ir::RuntimeFn::Tuple2), &[a, b]) => Some([a, b]),
            _ => None,
        }
    }

    /// Guards a dict key by what was recorded: a small int (`Some(None)`)
    /// or a str, which later passes use; any other key (`None`) is not
    /// guarded, as the dict functions exit by themselves when hashing or
    /// comparing it would run Python code. (A specialized dict form
    /// completed only for keys that needed none when recorded.)
    fn guard_dict_key(&mut self, k: ValueId, key: Option<Option<Kind>>, s: u32) {
        if let Some(kind) = key {
            self.guard_kind(k, kind, s);
        }
    }

    /// Guards the stack entry `depth` places down (1 = top) to be the object `callee`.
    fn guard_callee(&mut self, callee: u32, depth: usize, s: u32) {
        let f = self.peek(depth);
        let want = self.emit(Op::Const(Value::Obj(crate::runtime::value::ObjRef(callee))), Vec::new(), Ty::Obj);
        let same = self.emit(Op::Is(false), alloc::vec![f, want], Ty::Bool);
        self.guard(Op::GuardTrue, alloc::vec![same], s);
    }

    /// `CALL_BUILTIN`: the callee guarded to be the cached built-in, the
    /// stack written, then the call itself (which may run any code: the
    /// trace checks it is still valid after).
    fn call_builtin(&mut self, inst: &RecordedInst, callee: u32) {
        let argc = inst.arg as usize;
        let s = self.snapshot(inst.pc);
        self.guard_callee(callee, argc + 2, s);
        self.sync();
        let next = inst.pc + 1 + inst.op.cache_size() as u32;
        let call = Op::CallBuiltin { func: callee, argc: argc as u32, next };
        let v = self.emit(call, Vec::new(), Ty::Any);
        let call_base = self.stack.len() - argc - 2;
        self.stack.truncate(call_base);
        self.keep = call_base as u32;
        self.phys = call_base as u32;
        self.push(v);
        let s = self.snapshot_after(next);
        self.guard(Op::CheckValid, Vec::new(), s);
    }

    /// Guards that `f` is a Python function running `code` (in the frame's
    /// globals, with `globals`). For a function constant (a global, a
    /// method or dunder a class assumption found) whose code is `code`,
    /// only the globals are checked: a function's code and globals never
    /// change, except where `types.coroutine` swaps its code, which
    /// invalidates every trace.
    fn guard_func(&mut self, f: ValueId, code: u32, globals: bool, s: u32) {
        use crate::runtime::object::Obj;
        if let Op::Const(Value::Obj(r)) = self.ir.insts[f.0 as usize].op {
            if let Obj::Function(func) = self.heap.get(r) {
                if alloc::rc::Rc::ptr_eq(&func.code, &self.rec.codes[code as usize]) {
                    if globals {
                        self.guard(Op::GuardGlobals(func.globals.0), Vec::new(), s);
                    }
                    return;
                }
            }
        }
        self.guard(Op::GuardFunc { code, globals }, alloc::vec![f], s);
    }

    /// Starts lowering the call `inst` inline when [`inline_plan`] chose it
    /// and the stack says how it binds its arguments; returns false to
    /// lower it as a real call instead.
    fn begin_inline(&mut self, inst: &RecordedInst, callee: &[RecordedInst], effects: bool) -> bool {
        let Some(body) = callee.first() else { return false };
        if inst.op == Opcode::ForIterGen {
            return self.begin_generator(inst, body);
        }
        if matches!(inst.op, Opcode::BinaryOpInstance | Opcode::CompareOpInstance) {
            return self.begin_inline_dunder(inst, body.code, callee, effects);
        }
        if inst.op == Opcode::LoadAttrProperty {
            let args = self.rec.uop_args[self.at.0 as usize];
            let hook = (args.cache[0], args.cache[2], HookReturn::Push);
            return self.begin_inline_hook(inst, body.code, callee, effects, hook, &[1]);
        }
        // The hook's locals, as distances from the top of the stack.
        let (order, ret): (&[usize], _) = match inst.op {
            Opcode::BinarySubscrInstance => (&[2, 1], HookReturn::Push),
            Opcode::ContainsOpInstance => (&[1, 2], HookReturn::Contains { negate: inst.arg == 1 }),
            Opcode::StoreSubscrInstance => (&[2, 1, 3], HookReturn::Discard),
            Opcode::ForIterInstance => (&[1], HookReturn::ForIterNext { exit: inst.arg }),
            Opcode::BinarySubscrDictHash => (&[1], HookReturn::KeyHash { op: KeyOp::Subscr }),
            Opcode::StoreSubscrDictHash => (&[1], HookReturn::KeyHash { op: KeyOp::Store }),
            Opcode::ContainsOpHash => (&[2], HookReturn::KeyHash { op: KeyOp::Contains { negate: inst.arg == 1 } }),
            _ => (&[], HookReturn::Push),
        };
        if let (Opcode::CallLenInstance, Some(d)) = (inst.op, inst.dunder) {
            return self.begin_inline_len(inst, body.code, callee, effects, d);
        }
        if let (Opcode::GetIter, Some(d)) = (inst.op, inst.dunder) {
            let Some(iterator_class) = self.iterator_returned(callee, d.class) else { return false };
            let hook = (d.class, d.func, HookReturn::GetIter { iterator_class });
            return self.begin_inline_hook(inst, body.code, callee, effects, hook, &[1]);
        }
        if let (false, Some(d)) = (order.is_empty(), inst.dunder) {
            return self.begin_inline_hook(inst, body.code, callee, effects, (d.class, d.func, ret), order);
        }
        let argc = inst.arg as usize;
        let len = self.stack.len();
        if len < argc + 2 {
            return false;
        }
        let call_base = len - argc - 2;
        // `self` (a method call) or NULL below the arguments, as the
        // callee's parameter count says it was when recorded.
        let code = &self.rec.codes[body.code as usize];
        let init = inst.op == Opcode::CallAllocAndEnterInit;
        let Some(with_self) = binds_self(code.simple_argcount, argc) else { return false };
        if init && !with_self {
            return false;
        }
        let nlocals = code.nlocals();
        let free_slots: Vec<u32> = code.code.freevars.iter().map(|&(_, slot)| slot).collect();
        let s = self.snapshot(inst.pc);
        // Globals load through the caller's frame: the callee's must be the same dict.
        let globals = callee.iter().any(|i| matches!(i.op, Opcode::LoadGlobalModule | Opcode::LoadGlobalBuiltin));
        if init {
            return self.begin_inline_init(inst, body.code, nlocals, globals, s);
        }
        let self_or_null = self.peek(argc + 1);
        if !self.guard_self_or_null(self_or_null, with_self, s) {
            return false;
        }
        let f = self.peek(argc + 2);
        self.guard_func(f, body.code, globals, s);
        // Tier 1 would raise RecursionError at the call (at the innermost
        // of nested ones): it runs it then.
        self.guard(Op::GuardRoom(self.inlined.len() as u32 + 1), Vec::new(), s);
        let first_arg = if with_self { call_base + 1 } else { call_base + 2 };
        let mut locals = alloc::vec![None; nlocals];
        for (k, i) in (first_arg..len).enumerate() {
            let v = self.value(self.stack[i]);
            self.stack[i] = Entry::Val(v);
            locals[k] = Some(v);
        }
        // Free variables: the frame would hold the closure's cells in these slots.
        for (n, slot) in free_slots.into_iter().enumerate() {
            if let Some(local) = locals.get_mut(slot as usize) {
                *local = Some(self.emit(Op::FuncCell(n as u32), alloc::vec![f], Ty::Any));
            }
        }
        let frame = Inlined {
            locals,
            func: f,
            self_or_null,
            with_self,
            code: body.code,
            init: None,
            ..self.inlined_at(inst, call_base, effects, s)
        };
        self.enter_inlined(frame);
        true
    }

    /// Guards the entry below a call's arguments to be a `self` (non-null)
    /// or `NULL`, as `with_self` says the callee binds it; false (nothing
    /// emitted) if the value is a constant that contradicts it.
    fn guard_self_or_null(&mut self, self_or_null: ValueId, with_self: bool, s: u32) -> bool {
        match (&self.ir.insts[self_or_null.0 as usize].op, with_self) {
            (Op::Const(Value::Null), false) => {}
            (Op::Const(Value::Null), true) => return false,
            (Op::Const(_), true) => {}
            (Op::Const(_), false) => return false,
            _ if with_self && self.known_object(self_or_null) => {}
            (_, true) => {
                self.guard(Op::GuardNotNull, alloc::vec![self_or_null], s);
            }
            (_, false) => {
                let null = self.emit(Op::Const(Value::Null), Vec::new(), Ty::Any);
                let is_null = self.emit(Op::Is(false), alloc::vec![self_or_null, null], Ty::Bool);
                self.guard(Op::GuardTrue, alloc::vec![is_null], s);
            }
        }
        true
    }

    /// A `CALL_PY_EXACT_ARGS` that pushes its frame (not run inline): the
    /// callee guarded to run the code recorded, with `self` or `NULL` as
    /// it binds them, then the frame pushed directly (`call_py`); the trace
    /// goes on in the callee. False (nothing lowered) when the recording
    /// does not fit.
    fn lower_call_py(&mut self, inst: &RecordedInst) -> bool {
        let argc = inst.arg as usize;
        let (depth, callee, next_pc) = inst.next;
        if depth != self.at.1 + 1 || next_pc != 0 || self.stack.len() < argc + 2 {
            return false;
        }
        let Some(with_self) = binds_self(self.rec.codes[callee as usize].simple_argcount, argc) else { return false };
        let s = self.snapshot(inst.pc);
        let self_or_null = self.peek(argc + 1);
        if !self.guard_self_or_null(self_or_null, with_self, s) {
            return false;
        }
        let f = self.peek(argc + 2);
        self.guard_func(f, callee, false, s);
        self.sync();
        let next = inst.pc + 1 + inst.op.cache_size() as u32;
        self.ir.push(Op::CallPy { argc: argc as u32, next, code: callee }, Vec::new(), Ty::Void, Some(s));
        self.after_tier1(inst, false, false);
        true
    }

    /// `FOR_ITER_GEN`/`SEND_GEN` that went into the generator's frame:
    /// the generator resumed directly (`resume_gen`), then the frame
    /// guarded to be where the recording went on (a generator resumes
    /// where it last yielded). False (nothing lowered) when the recording
    /// did not enter the generator.
    fn lower_resume_gen(&mut self, inst: &RecordedInst) -> bool {
        let (depth, _, _) = inst.next;
        if depth != self.at.1 + 1 {
            return false;
        }
        let s = self.snapshot(inst.pc);
        self.sync();
        let next = inst.pc + 1 + inst.op.cache_size() as u32;
        let resume = Op::ResumeGen { send: inst.op == Opcode::SendGen, exit: inst.arg, next };
        self.ir.push(resume, Vec::new(), Ty::Void, Some(s));
        self.after_tier1(inst, true, false);
        true
    }

    /// Starts a generator region ([`generator_region`]): the `FOR_ITER_GEN`
    /// `inst` resumes the generator on top of the stack without pushing
    /// its frame. Guarded to be suspended where and as it was recorded
    /// (code, position, number of saved values) and to have room for the
    /// frame tier 1 would push, its saved values are loaded as the
    /// frame's locals and operand stack, with `None` sent on top. Its body
    /// is lowered as an inlined call's; its `yield` (or the outermost
    /// region's, when regions nest) writes back the values that changed
    /// (see [`Lowering::end_generator`]). Nothing else changes before then,
    /// so every exit inside resumes tier 1 before the outermost
    /// `FOR_ITER_GEN`, which resumes the generator from its saved state.
    fn begin_generator(&mut self, inst: &RecordedInst, body: &RecordedInst) -> bool {
        let nlocals = self.rec.codes[body.code as usize].nlocals();
        let Some(saved) = (body.stack_before as usize).checked_sub(1) else { return false };
        let values = (nlocals + saved) as u32;
        let s = self.snapshot(inst.pc);
        let gen = self.peek(1);
        let (frame, now) = match self.pending.iter().position(|p| p.frame.gen == gen) {
            Some(k) => {
                // Resumed again: from the values the inner region left (it
                // was guarded distinct from the others when it began).
                let p = self.pending.remove(k);
                if p.frame.code != body.code || p.frame.pc != body.pc || p.values.len() != values as usize {
                    // (Not where the inner region left it: `generator_region` rules this out.)
                    self.pending.push(p);
                    self.abandon(inst.pc);
                    return true;
                }
                (p.frame, p.values)
            }
            None => {
                self.guard(Op::GuardGen { code: body.code, pc: body.pc, values }, alloc::vec![gen], s);
                // Not a generator an enclosing region runs (tier 1 would
                // raise: it is running) or one an inner region left (its
                // saved values are stale).
                let others: Vec<ValueId> = (self.inlined.iter().filter_map(|i| i.generator.as_ref().map(|g| g.gen)))
                    .chain(self.pending.iter().map(|p| p.frame.gen))
                    .collect();
                for other in others {
                    let same = self.emit(Op::Is(false), alloc::vec![gen, other], Ty::Bool);
                    self.guard(Op::GuardFalse, alloc::vec![same], s);
                }
                let loaded: Vec<ValueId> =
                    (0..values).map(|n| self.emit(Op::LoadGenValue(n), alloc::vec![gen], Ty::Any)).collect();
                (GeneratorFrame { gen, loaded: loaded.clone(), code: body.code, pc: body.pc }, loaded)
            }
        };
        self.guard(Op::GuardRoom(self.inlined.len() as u32 + 1), Vec::new(), s);
        let inlined = Inlined {
            locals: now[..nlocals].iter().map(|&v| Some(v)).collect(),
            func: gen,
            self_or_null: gen,
            with_self: true,
            code: body.code,
            init: None,
            generator: Some(frame),
            ..self.inlined_at(inst, self.stack.len(), false, s)
        };
        self.enter_inlined(inlined);
        for &v in &now[nlocals..] {
            self.push(v);
        }
        let sent = self.emit(Op::Const(Value::None), Vec::new(), Ty::NoneT);
        self.push(sent);
        true
    }

    /// A generator region's `yield` ([`Lowering::begin_generator`]): the
    /// generator stays suspended where it was, and the value goes to the
    /// `FOR_ITER_GEN`. Its saved values that changed are written back
    /// when the outermost region ends, with those of the regions that
    /// ended inside it (before, an exit still rolls back to the
    /// outermost's start, which must find every generator as it was).
    fn end_generator(&mut self, inst: &RecordedInst) {
        let v = self.pop();
        let Some(inlined) = self.inlined.pop() else { return };
        let Some(frame) = inlined.generator else { return };
        let stack: Vec<ValueId> = (inlined.call_base..self.stack.len()).map(|i| self.value(self.stack[i])).collect();
        if inlined.locals.len() + stack.len() != frame.loaded.len() {
            // (Not the shape it resumed with: `generator_region` rules this out.)
            self.inlined.push(Inlined { generator: Some(frame), ..inlined });
            return self.abandon(inst.pc);
        }
        let null = ValueId(u32::MAX);
        let values: Vec<ValueId> = inlined.locals.iter().map(|l| l.unwrap_or(null)).chain(stack).collect();
        self.stack.truncate(inlined.call_base);
        self.keep = self.keep.min(inlined.call_base as u32);
        self.pending.push(PendingGenerator { frame, values });
        if !self.inlined.iter().any(|i| i.generator.is_some()) {
            for p in core::mem::take(&mut self.pending) {
                for (n, (&now, &was)) in p.values.iter().zip(p.frame.loaded.iter()).enumerate() {
                    if now != was {
                        let now =
                            if now == null { self.emit(Op::Const(Value::Null), Vec::new(), Ty::Any) } else { now };
                        self.emit(Op::StoreGenValue(n as u32), alloc::vec![p.frame.gen, now], Ty::Void);
                    }
                }
            }
        }
        self.push(v);
    }

    /// The parts of an [`Inlined`] the call site decides (the rest is filled in by the caller).
    fn inlined_at(&self, inst: &RecordedInst, call_base: usize, effects: bool, s: u32) -> Inlined {
        // The outermost call decides how exits inside leave (see `snapshot`).
        let rollback = match self.inlined.first() {
            Some(outermost) => outermost.rollback,
            None => (!effects).then_some(s),
        };
        Inlined {
            rollback,
            call_base,
            locals: Vec::new(),
            func: ValueId(0),
            self_or_null: ValueId(0),
            with_self: true,
            code: 0,
            caller_pc: inst.pc + 1 + inst.op.cache_size() as u32,
            caller_at: (self.at.1, self.at.2),
            init: None,
            dunder: None,
            compare: false,
            hook: None,
            hook_return: HookReturn::Push,
            generator: None,
        }
    }

    /// `BINARY_OP_INSTANCE` inline: the left operand is an instance of the
    /// class recorded (whose version the trace depends on, so the dunder
    /// its lookup finds is the one recorded), the right one has the type
    /// (or class and shape) recorded, and the dunder's body runs with the
    /// two as its locals. Exits inside resume before the operation, or, in a
    /// call with effects, rebuild its frame as tier 1's dunder frame.
    fn begin_inline_dunder(&mut self, inst: &RecordedInst, code: u32, callee: &[RecordedInst], effects: bool) -> bool {
        let Some(d) = inst.dunder else { return false };
        let len = self.stack.len();
        if len < 2 {
            return false;
        }
        let right_shape = match (inst.tos[0], inst.receiver) {
            (Ty::Int | Ty::Float, _) => None,
            (Ty::Obj, Some(r)) if r.class == d.class => Some(r.shape),
            _ => return false,
        };
        let nlocals = self.rec.codes[code as usize].nlocals();
        let globals = callee.iter().any(|i| matches!(i.op, Opcode::LoadGlobalModule | Opcode::LoadGlobalBuiltin));
        let s = self.snapshot(inst.pc);
        let right = self.peek(1);
        let left = self.peek(2);
        self.guard(Op::GuardShape { class: d.class, shape: d.shape }, alloc::vec![left], s);
        match right_shape {
            Some(shape) => self.guard(Op::GuardShape { class: d.class, shape }, alloc::vec![right], s),
            None => self.guard(Op::GuardType(inst.tos[0]), alloc::vec![right], s),
        };
        let f = self.emit(Op::Const(Value::Obj(crate::runtime::value::ObjRef(d.func))), Vec::new(), Ty::Obj);
        self.guard_func(f, code, globals, s);
        self.guard(Op::GuardRoom(self.inlined.len() as u32 + 1), Vec::new(), s);
        let mut locals = alloc::vec![None; nlocals];
        locals[0] = Some(left);
        locals[1] = Some(right);
        let frame = Inlined {
            locals,
            func: f,
            self_or_null: left,
            with_self: true,
            code,
            dunder: Some((d, inst.arg)),
            compare: inst.op == Opcode::CompareOpInstance,
            ..self.inlined_at(inst, len - 2, effects, s)
        };
        self.enter_inlined(frame);
        true
    }

    /// A special method run inline (`LOAD_ATTR_PROPERTY`'s getter with the
    /// instance, `BINARY_SUBSCR_INSTANCE`'s `__getitem__` with the instance
    /// and the key, `CONTAINS_OP_INSTANCE`'s `__contains__` with the
    /// container and the item, `STORE_SUBSCR_INSTANCE`'s `__setitem__` with
    /// the container, the key and the value, `FOR_ITER_INSTANCE`'s
    /// `__next__` with a copy of the iterator: the top stack entries at the
    /// distances `order` gives, in the order tier 1 makes them its locals):
    /// the instance is of the class recorded (whose version the trace
    /// depends on, so the method `hook` names is the one its lookup finds),
    /// and the method's body runs with the operands as its first locals.
    fn begin_inline_hook(
        &mut self,
        inst: &RecordedInst,
        code: u32,
        callee: &[RecordedInst],
        effects: bool,
        (class, func, hook_return): (u32, u32, HookReturn),
        order: &[usize],
    ) -> bool {
        let len = self.stack.len();
        let operands = order.len();
        if len < operands {
            return false;
        }
        let nlocals = self.rec.codes[code as usize].nlocals();
        let globals = callee.iter().any(|i| matches!(i.op, Opcode::LoadGlobalModule | Opcode::LoadGlobalBuiltin));
        let s = self.snapshot(inst.pc);
        let values: Vec<ValueId> = order.iter().map(|&n| self.peek(n)).collect();
        self.guard(Op::GuardClass(class), alloc::vec![values[0]], s);
        let f = self.emit(Op::Const(Value::Obj(crate::runtime::value::ObjRef(func))), Vec::new(), Ty::Obj);
        self.guard_func(f, code, globals, s);
        self.guard(Op::GuardRoom(self.inlined.len() as u32 + 1), Vec::new(), s);
        let mut locals = alloc::vec![None; nlocals];
        for (local, v) in locals.iter_mut().zip(&values) {
            *local = Some(*v);
        }
        // `__next__`'s frame runs over a copy of the iterator, which stays;
        // `__hash__`'s over a copy of the key, under which the operation's
        // operands stay.
        let call_base = match hook_return {
            HookReturn::ForIterNext { .. } | HookReturn::KeyHash { .. } => len,
            _ => len - operands,
        };
        let frame = Inlined {
            locals,
            func: f,
            self_or_null: values[0],
            with_self: true,
            code,
            hook: Some(func),
            hook_return,
            ..self.inlined_at(inst, call_base, effects, s)
        };
        self.enter_inlined(frame);
        true
    }

    /// `len(obj)` with the instance's `__len__` run inline: the callee
    /// guarded to be `len` (as `CALL_LEN` guards it), the instance of the
    /// class recorded (a trace dependency, so `__len__` is the one its
    /// lookup finds); `len`, `NULL` and the instance make a call's frame
    /// layout, so an exit inside rebuilds it over them.
    fn begin_inline_len(
        &mut self,
        inst: &RecordedInst,
        code: u32,
        callee: &[RecordedInst],
        effects: bool,
        d: crate::jit::recorder::DunderCall,
    ) -> bool {
        let len = self.stack.len();
        if len < 3 || inst.arg != 1 {
            return false;
        }
        let nlocals = self.rec.codes[code as usize].nlocals();
        let globals = callee.iter().any(|i| matches!(i.op, Opcode::LoadGlobalModule | Opcode::LoadGlobalBuiltin));
        let s = self.snapshot(inst.pc);
        let args = self.rec.uop_args[self.at.0 as usize];
        self.guard_callee(args.cache[0], 3, s);
        let obj = self.peek(1);
        self.guard(Op::GuardClass(d.class), alloc::vec![obj], s);
        let f = self.emit(Op::Const(Value::Obj(crate::runtime::value::ObjRef(d.func))), Vec::new(), Ty::Obj);
        self.guard_func(f, code, globals, s);
        self.guard(Op::GuardRoom(self.inlined.len() as u32 + 1), Vec::new(), s);
        let mut locals = alloc::vec![None; nlocals];
        if let Some(first) = locals.first_mut() {
            *first = Some(obj);
        }
        let frame = Inlined {
            locals,
            func: self.peek(3),
            self_or_null: self.peek(2),
            with_self: false,
            code,
            hook: Some(d.func),
            hook_return: HookReturn::Len,
            ..self.inlined_at(inst, len - 3, effects, s)
        };
        self.enter_inlined(frame);
        true
    }

    /// What the `__iter__` of class `class` (run by the current `GET_ITER`
    /// as `callee`) returned when recorded, as a guard can check it: 0 for
    /// a built-in iterator, or the class of an instance whose `__next__`
    /// the trace depends on (the instance itself, `return self`; or the
    /// one the `FOR_ITER_INSTANCE` after the return stepped). `None` for
    /// others: the call is not inlined, and tier 1 checks what it returns.
    fn iterator_returned(&self, callee: &[RecordedInst], class: u32) -> Option<u32> {
        let ret = callee.last()?;
        if ret.kinds[0] == Some(Kind::Iter) {
            return Some(0);
        }
        let returned = ret.receiver.map(|r| r.class)?;
        let next = self.rec.insts.get(self.at.0 as usize + callee.len() + 1);
        let stepped = next.filter(|n| n.op == Opcode::ForIterInstance).and_then(|n| n.dunder).map(|d| d.class);
        (returned == class || stepped == Some(returned)).then_some(returned)
    }

    /// Enters an inlined call: its function and arguments leave the abstract stack.
    fn enter_inlined(&mut self, frame: Inlined) {
        self.stack.truncate(frame.call_base);
        self.keep = self.keep.min(frame.call_base as u32);
        self.inlined.push(frame);
    }

    /// `CALL_ALLOC_AND_ENTER_INIT` inline: the class is the one cached
    /// (whose version the trace depends on, so its `__init__` is too), the
    /// instance is allocated in the trace, and `__init__` runs with it as
    /// `self`; its frame (at an exit) returns the instance, as tier 1's does.
    fn begin_inline_init(&mut self, inst: &RecordedInst, code: u32, nlocals: usize, globals: bool, s: u32) -> bool {
        let argc = inst.arg as usize;
        let len = self.stack.len();
        let call_base = len - argc - 2;
        let args = self.rec.uop_args[self.at.0 as usize];
        let (class, init) = (args.cache[0], args.cache[2]);
        let callee = self.peek(argc + 2);
        if self.ir.insts[callee.0 as usize].op != Op::Const(Value::Obj(crate::runtime::value::ObjRef(class))) {
            let want = self.emit(Op::Const(Value::Obj(crate::runtime::value::ObjRef(class))), Vec::new(), Ty::Obj);
            let same = self.emit(Op::Is(false), alloc::vec![callee, want], Ty::Bool);
            self.guard(Op::GuardTrue, alloc::vec![same], s);
        }
        let null = self.peek(argc + 1);
        if self.ir.insts[null.0 as usize].op != Op::Const(Value::Null) {
            let want = self.emit(Op::Const(Value::Null), Vec::new(), Ty::Any);
            let is_null = self.emit(Op::Is(false), alloc::vec![null, want], Ty::Bool);
            self.guard(Op::GuardTrue, alloc::vec![is_null], s);
        }
        let init_fn = self.emit(Op::Const(Value::Obj(crate::runtime::value::ObjRef(init))), Vec::new(), Ty::Obj);
        self.guard_func(init_fn, code, globals, s);
        self.guard(Op::GuardRoom(self.inlined.len() as u32 + 1), Vec::new(), s);
        let instance = self.emit(Op::NewInstance(class), Vec::new(), Ty::Obj);
        let mut locals = alloc::vec![None; nlocals];
        locals[0] = Some(instance);
        for (k, i) in (call_base + 2..len).enumerate() {
            let v = self.value(self.stack[i]);
            locals[k + 1] = Some(v);
        }
        let frame = Inlined {
            locals,
            func: callee,
            self_or_null: instance,
            with_self: true,
            code,
            init: Some(init),
            ..self.inlined_at(inst, call_base, true, s)
        };
        self.enter_inlined(frame);
        true
    }

    /// True if an earlier guard proved `v` an object (not NULL).
    fn known_object(&self, v: ValueId) -> bool {
        self.ir.insts.iter().any(|i| {
            i.args.first() == Some(&v)
                && matches!(
                    i.op,
                    Op::GuardShape { .. }
                        | Op::GuardClass(_)
                        | Op::GuardKind(_)
                        | Op::GuardFunc { .. }
                        | Op::GuardType(Ty::Obj)
                )
        })
    }

    /// The callee's own instructions inside an inlined call: its locals are
    /// values, and its return hands the value to the caller's stack.
    /// Returns false for instructions lowered as anywhere else.
    fn lower_inlined(&mut self, inst: &RecordedInst) -> bool {
        if self.inlined.is_empty() {
            return false;
        }
        let in_generator = self.inlined.last().is_some_and(|i| i.generator.is_some());
        match inst.op {
            Opcode::LoadFast => {
                let v = self.inlined_local(inst.arg);
                if in_generator {
                    // A generator's saved local may be unbound (tier 1 raises).
                    let s = self.snapshot(inst.pc);
                    self.guard(Op::GuardNotNull, alloc::vec![v], s);
                }
                self.push(v);
            }
            // A loop inside a generator region: no safepoint (the region
            // runs a bounded path; the trace's own back edge has one).
            Opcode::JumpBackward if in_generator => {}
            Opcode::YieldValue if in_generator => self.end_generator(inst),
            Opcode::LoadDeref => {
                // A free variable (`inline_plan` allows no other): its cell is a value.
                let snap = self.snapshot(inst.pc);
                let cell = self.inlined_local(inst.arg);
                let v = self.ir.push(Op::LoadCell, alloc::vec![cell], Ty::Any, Some(snap));
                self.push(v);
            }
            Opcode::StoreFast => {
                let v = self.pop();
                if let Some(slot) = self.inlined.last_mut().and_then(|i| i.locals.get_mut(inst.arg as usize)) {
                    *slot = Some(v);
                }
            }
            Opcode::ReturnValue => {
                let mut v = self.peek(1);
                if let Some(not_implemented) =
                    self.inlined.last().and_then(|inl| inl.dunder).map(|(d, _)| d.not_implemented)
                {
                    // `NotImplemented` hands over to the reflected operation: tier 1's.
                    let s = self.snapshot(inst.pc);
                    let ni = Value::Obj(crate::runtime::value::ObjRef(not_implemented));
                    let ni = self.emit(Op::Const(ni), Vec::new(), Ty::Obj);
                    let is_ni = self.emit(Op::Is(false), alloc::vec![v, ni], Ty::Bool);
                    self.guard(Op::GuardFalse, alloc::vec![is_ni], s);
                }
                if let Some((_, oparg)) = self.inlined.last().filter(|inl| inl.compare).and_then(|inl| inl.dunder) {
                    if crate::bytecode::opcode::CompareOp::coerces_to_bool(oparg) {
                        // A jump takes the comparison's truth: tier 1 converts what is not a bool.
                        let s = self.snapshot(inst.pc);
                        self.guard(Op::GuardType(Ty::Bool), alloc::vec![v], s);
                    }
                }
                if let Some(inl) = self.inlined.last() {
                    if inl.init.is_some() {
                        // `__init__` returns None (tier 1 raises TypeError
                        // otherwise), and the call's value is the instance.
                        let instance = inl.self_or_null;
                        let s = self.snapshot(inst.pc);
                        self.guard(Op::GuardType(Ty::NoneT), alloc::vec![v], s);
                        v = instance;
                    }
                }
                let hook_return = self.inlined.last().map_or(HookReturn::Push, |inl| inl.hook_return);
                if hook_return == HookReturn::Len {
                    // A length is a non-negative int (tier 1 raises otherwise).
                    let s = self.snapshot(inst.pc);
                    self.guard(Op::GuardType(Ty::Int), alloc::vec![v], s);
                    let zero = self.emit(Op::Const(Value::Int(0)), Vec::new(), Ty::Int);
                    let negative = self.emit(Op::CompareInt(CompareOp::Lt), alloc::vec![v, zero], Ty::Bool);
                    self.guard(Op::GuardFalse, alloc::vec![negative], s);
                }
                if let HookReturn::GetIter { iterator_class } = hook_return {
                    // `GET_ITER` takes an iterator (tier 1 raises TypeError
                    // otherwise): the kind the loop after it stepped.
                    let s = self.snapshot(inst.pc);
                    let guard =
                        if iterator_class == 0 { Op::GuardKind(Kind::Iter) } else { Op::GuardClass(iterator_class) };
                    self.guard(guard, alloc::vec![v], s);
                }
                if let HookReturn::Contains { negate } = hook_return {
                    // `in` takes the truth of a bool (tier 1 converts others).
                    let s = self.snapshot(inst.pc);
                    self.guard(Op::GuardType(Ty::Bool), alloc::vec![v], s);
                    if negate {
                        let no = self.emit(Op::Const(Value::Bool(false)), Vec::new(), Ty::Bool);
                        v = self.emit(Op::Is(false), alloc::vec![v, no], Ty::Bool);
                    }
                }
                // (An exit in the lookup after `__hash__` returns there,
                // with the frame: tier 1's return does the lookup.)
                let at_return = match hook_return {
                    HookReturn::KeyHash { .. } => {
                        let s = self.snapshot(inst.pc);
                        self.guard(Op::GuardType(Ty::Int), alloc::vec![v], s);
                        Some(s)
                    }
                    HookReturn::KeyEq { .. } => {
                        // Inline only as recorded: the stored key was equal.
                        let s = self.snapshot(inst.pc);
                        self.guard(Op::GuardType(Ty::Bool), alloc::vec![v], s);
                        self.guard(Op::GuardTrue, alloc::vec![v], s);
                        Some(s)
                    }
                    _ => None,
                };
                self.pop();
                let Some(frame) = self.inlined.pop() else { return true };
                self.stack.truncate(frame.call_base);
                self.keep = self.keep.min(frame.call_base as u32);
                match (hook_return, at_return) {
                    (HookReturn::KeyHash { op }, Some(s)) => match (inst.dunder, self.next_frame_code(inst)) {
                        (Some(eq), Some(code)) => self.begin_key_eq(op, v, s, frame, (eq, code)),
                        _ => self.lookup_hashed(op, v, s, None),
                    },
                    (HookReturn::KeyEq { op }, Some(s)) => {
                        let stored = self.pop();
                        let hash = self.pop();
                        self.lookup_hashed(op, hash, s, Some(stored));
                    }
                    (HookReturn::Discard, _) => {}
                    _ => self.push(v),
                }
            }
            _ => return false,
        }
        true
    }

    /// The dict or set operation `op` after its key's `__hash__` ran
    /// inline and gave `hash`: a runtime function on the operands (a
    /// dict's kind guarded), exiting at snapshot `s` (the `__hash__`
    /// frame's return) where a stored key's equality is Python code.
    fn lookup_hashed(&mut self, op: KeyOp, hash: ValueId, s: u32, stored: Option<ValueId>) {
        use super::ir::RuntimeFn as F;
        // (After a stored key's `__eq__` said equal, the probe is for that
        // stored key, which it finds by identity.)
        match op {
            KeyOp::Subscr => {
                let k = self.pop();
                let k = stored.unwrap_or(k);
                let d = self.pop();
                self.guard_kind(d, Some(Kind::Dict), s);
                let v = self.ir.push(Op::Runtime(F::DictGetHashed), alloc::vec![d, k, hash], Ty::Any, Some(s));
                self.push(v);
            }
            KeyOp::Store => {
                let k = self.pop();
                let k = stored.unwrap_or(k);
                let d = self.pop();
                let value = self.pop();
                self.guard_kind(d, Some(Kind::Dict), s);
                self.ir.push(Op::Runtime(F::DictSetHashed), alloc::vec![d, k, hash, value], Ty::Void, Some(s));
            }
            KeyOp::Contains { negate } => {
                let c = self.pop();
                let k = self.pop();
                let k = stored.unwrap_or(k);
                let f = if negate { F::KeyNotInHashed } else { F::KeyInHashed };
                let v = self.ir.push(Op::Runtime(f), alloc::vec![c, k, hash], Ty::Bool, Some(s));
                self.push(v);
            }
        }
    }

    /// The code of the frame the recorded instruction after `inst` starts
    /// at `inst`'s depth, if it does (a `__hash__` return that pushed an
    /// `__eq__` frame).
    fn next_frame_code(&self, inst: &RecordedInst) -> Option<u32> {
        let next = self.rec.insts.get(self.at.0 as usize + 1)?;
        (next.depth == inst.depth && next.pc == 0 && inst.next.0 == inst.depth).then_some(next.code)
    }

    /// After a key's `__hash__` ran inline (`hash`, exits at snapshot `s`
    /// rolling back to the operation), the stored key the lookup compares
    /// in Python (`rt key_eq_candidate`), of the class recorded, and its
    /// `__eq__` (`eq`) inline with it and the key as locals: the hash and
    /// the stored key on the stack below, as tier 1 has them.
    fn begin_key_eq(
        &mut self,
        op: KeyOp,
        hash: ValueId,
        s: u32,
        hashed: Inlined,
        (eq, code): (crate::jit::recorder::DunderCall, u32),
    ) {
        use super::ir::RuntimeFn as F;
        let (c, k) = match op {
            KeyOp::Subscr | KeyOp::Store => (self.peek(2), self.peek(1)),
            KeyOp::Contains { .. } => (self.peek(1), self.peek(2)),
        };
        let stored = self.ir.push(Op::Runtime(F::KeyEqCandidate), alloc::vec![c, k, hash], Ty::Obj, Some(s));
        self.guard(Op::GuardClass(eq.class), alloc::vec![stored], s);
        let f = self.emit(Op::Const(Value::Obj(crate::runtime::value::ObjRef(eq.func))), Vec::new(), Ty::Obj);
        self.guard_func(f, code, true, s);
        self.guard(Op::GuardRoom(self.inlined.len() as u32 + 1), Vec::new(), s);
        self.push(hash);
        self.push(stored);
        let mut locals = alloc::vec![None; self.rec.codes[code as usize].nlocals()];
        for (local, v) in locals.iter_mut().zip([stored, k]) {
            *local = Some(v);
        }
        let frame = Inlined {
            call_base: self.stack.len(),
            locals,
            func: f,
            self_or_null: stored,
            with_self: true,
            code,
            hook: Some(eq.func),
            hook_return: HookReturn::KeyEq { op },
            ..hashed
        };
        self.enter_inlined(frame);
    }

    /// Local `slot` of the innermost inlined callee.
    fn inlined_local(&mut self, slot: u32) -> ValueId {
        let local = self.inlined.last().and_then(|inl| inl.locals.get(slot as usize).copied().flatten());
        match local {
            Some(v) => v,
            None => {
                // Unbound here (never on a recorded path): exit to tier 1, which raises.
                let pc = self.rec.insts[self.at.0 as usize].pc;
                let s = self.snapshot(pc);
                let null = self.emit(Op::Const(Value::Null), Vec::new(), Ty::Any);
                self.guard(Op::GuardNotNull, alloc::vec![null], s);
                null
            }
        }
    }

    /// An instruction the IR does not model: tier 1 runs it (`exec`, or
    /// `return`) on the stack in memory. A yield to a Python frame is
    /// `yield`, which runs no code.
    fn lower_generic(&mut self, inst: &RecordedInst) {
        let (pc, op) = (inst.pc, inst.op);
        self.sync();
        if matches!(op, Opcode::ReturnValue | Opcode::YieldValue) {
            let s = self.snapshot(pc);
            self.guard(Op::GuardSteppable, Vec::new(), s);
        }
        let run = match op {
            Opcode::ReturnValue => Op::Return(pc),
            Opcode::YieldValue if self.native_calls => {
                // Not resumable here: tier 1 runs the `YIELD_VALUE` (the
                // frame's position in memory is not this one).
                let s = self.snapshot(pc);
                self.ir.push(Op::Yield { next: pc + 1 }, Vec::new(), Ty::Void, Some(s));
                return self.after_tier1(inst, true, false);
            }
            _ => Op::Exec { pc, op },
        };
        self.emit(run, Vec::new(), Ty::Void);
        self.after_tier1(inst, true, true);
    }

    /// A specialized form the IR does not model: its uops run on the stack in memory.
    fn lower_as_uops(&mut self, inst: &RecordedInst) {
        let (pc, op) = (inst.pc, inst.op);
        self.sync();
        let s = self.snapshot(pc);
        let (depth, _, next_pc) = inst.next;
        let jump_exit = matches!(op.family(), Opcode::ForIter | Opcode::Send).then(|| {
            let (done, d, c) = self.at;
            self.ir.add_snapshot(Snapshot {
                pc: None,
                keep: 0,
                stack: Vec::new(),
                depth: d,
                code: c,
                done,
                frames: Vec::new(),
                locals: Vec::new(),
                virtuals: Vec::new(),
            })
        });
        let rec_args = self.rec.uop_args[self.at.0 as usize];
        let next = pc + 1 + op.cache_size() as u32;
        // The recording took the loop exit (not: went on in the body, or
        // into a frame the form pushed, whose position says nothing here).
        let jumped = jump_exit.is_some() && depth == self.at.1 && next_pc != next;
        let uops = Op::Uops { op, pc, next, args: rec_args, jump_exit, jumped };
        self.ir.push(uops, Vec::new(), Ty::Void, Some(s));
        let calls = op.family() == Opcode::Call || pushes_frame(op);
        self.after_tier1(inst, pushes_frame(op), calls);
    }

    /// After an instruction ran on the stack in memory (`exec`, `return`,
    /// `uops`): the frame it left is the recorded one (`frame_guard`), the
    /// trace is still valid if it ran code (`check_valid`), and the stack
    /// is all in memory.
    fn after_tier1(&mut self, inst: &RecordedInst, frame_guard: bool, check_valid: bool) {
        let (depth, code, next_pc) = inst.next;
        self.at = (self.at.0, depth, code);
        if frame_guard {
            let s = self.as_is();
            self.guard(Op::GuardFrame { depth, code, pc: next_pc }, Vec::new(), s);
        }
        if check_valid {
            let s = self.as_is();
            self.guard(Op::CheckValid, Vec::new(), s);
        }
        self.stack = (0..inst.stack_after).map(Entry::Mem).collect();
        self.keep = inst.stack_after;
        self.phys = inst.stack_after;
    }

    /// A generic `BINARY_OP`/`COMPARE_OP` that saw small ints and floats
    /// (left generic by tier 1: mixed operands, `int / int`, or a site whose
    /// types vary): the operation on the types recorded, guarded; an int
    /// meeting a float converts exactly or exits (see [`numeric_form`]).
    fn lower_numeric(&mut self, inst: &RecordedInst) {
        let Some(form) = numeric_form(inst) else { return self.lower_generic(inst) };
        let s = self.snapshot(inst.pc);
        let b = self.pop();
        let a = self.pop();
        self.guard(Op::GuardType(inst.tos[1]), alloc::vec![a], s);
        self.guard(Op::GuardType(inst.tos[0]), alloc::vec![b], s);
        let v = match form {
            Numeric::Int(op) => self.ir.push(Op::IntArith(op), alloc::vec![a, b], Ty::Int, Some(s)),
            Numeric::CompareInt(c) => self.emit(Op::CompareInt(c), alloc::vec![a, b], Ty::Bool),
            Numeric::Float(op) => {
                let (a, b) = (self.as_float(a, inst.tos[1], s), self.as_float(b, inst.tos[0], s));
                self.ir.push(Op::FloatArith(op), alloc::vec![a, b], Ty::Float, (op == FloatOp::Div).then_some(s))
            }
            Numeric::FloatPow => {
                let (a, b) = (self.as_float(a, inst.tos[1], s), self.as_float(b, inst.tos[0], s));
                self.ir.push(Op::FloatPow, alloc::vec![a, b], Ty::Float, Some(s))
            }
            Numeric::CompareFloat(c) => {
                let (a, b) = (self.as_float(a, inst.tos[1], s), self.as_float(b, inst.tos[0], s));
                self.emit(Op::CompareFloat(c), alloc::vec![a, b], Ty::Bool)
            }
        };
        self.push(v);
    }

    /// `v` (of type `ty`, int or float) as a float: an int converts when it
    /// does so exactly, else the trace exits through `s`.
    fn as_float(&mut self, v: ValueId, ty: Ty, s: u32) -> ValueId {
        if ty == Ty::Float {
            return v;
        }
        self.ir.push(Op::IntToFloat, alloc::vec![v], Ty::Float, Some(s))
    }

    fn lower_specialized(&mut self, inst: &RecordedInst) {
        let args = self.rec.uop_args[self.at.0 as usize];
        match inst.op {
            Opcode::LoadGlobalModule | Opcode::LoadGlobalBuiltin => {
                let s = self.snapshot(inst.pc);
                if let Some(g) = self.constant_globals.get(self.at.0 as usize).copied().flatten() {
                    // A constant while the trace is valid (rebinding the
                    // entry invalidates it) and the frame reads these globals;
                    // `types` keeps the first of repeated checks.
                    self.guard(Op::CheckValid, Vec::new(), s);
                    self.guard(Op::GuardGlobals(g.globals), Vec::new(), s);
                    let v = self.emit(Op::Const(g.value), Vec::new(), Ty::of(g.value));
                    self.push(v);
                    return;
                }
                let builtin = inst.op == Opcode::LoadGlobalBuiltin;
                let (index, keys) = if builtin { (args.cache[1], args.cache[0]) } else { (args.cache[0], 0) };
                let op = Op::LoadGlobal { builtin, index, name: args.name.0, keys };
                let v = self.ir.push(op, Vec::new(), Ty::Any, Some(s));
                self.push(v);
                return;
            }
            Opcode::LoadAttr | Opcode::LoadMethod => {
                // Left generic by tier 1 (e.g. polymorphic): specialized on
                // the receiver seen, as tier 1 would have for it.
                let Some((r, (form, operand))) = inst.receiver.and_then(|r| r.as_if.map(|a| (r, a))) else {
                    return self.lower_generic(inst);
                };
                let s = self.snapshot(inst.pc);
                let obj = self.pop();
                self.guard(Op::GuardShape { class: r.class, shape: r.shape }, alloc::vec![obj], s);
                if form == Opcode::LoadAttrInstance {
                    let v = self.emit(Op::LoadSlot(operand), alloc::vec![obj], Ty::Any);
                    self.push(v);
                } else {
                    let f =
                        self.emit(Op::Const(Value::Obj(crate::runtime::value::ObjRef(operand))), Vec::new(), Ty::Obj);
                    self.push(f);
                    self.push(obj);
                }
                return;
            }
            Opcode::LoadAttrInstance | Opcode::LoadMethodInstance | Opcode::StoreAttrInstance => {
                // Specialized on the receiver seen while recording: its class
                // (whose version the trace depends on) and shape.
                let Some(r) = inst.receiver else {
                    return self.lower_as_uops(inst);
                };
                let slot = if inst.op == Opcode::LoadMethodInstance {
                    // The method the cache entry for this class and shape holds.
                    match method_slot(inst, &args) {
                        Some(method) => method,
                        None => return self.lower_as_uops(inst),
                    }
                } else {
                    match r.slot {
                        Some(slot) => slot,
                        None => return self.lower_as_uops(inst),
                    }
                };
                let s = self.snapshot(inst.pc);
                let obj = self.pop();
                self.guard(Op::GuardShape { class: r.class, shape: r.shape }, alloc::vec![obj], s);
                match inst.op {
                    Opcode::LoadAttrInstance => {
                        let v = self.emit(Op::LoadSlot(slot), alloc::vec![obj], Ty::Any);
                        self.push(v);
                    }
                    Opcode::LoadMethodInstance => {
                        let m = Value::Obj(crate::runtime::value::ObjRef(slot));
                        let f = self.emit(Op::Const(m), Vec::new(), Ty::Obj);
                        self.push(f);
                        self.push(obj);
                    }
                    _ => {
                        let v = self.pop();
                        self.emit(Op::StoreSlot(slot), alloc::vec![obj, v], Ty::Void);
                    }
                }
                return;
            }
            Opcode::StoreAttrInstanceAdd => {
                // Cache: [class, shape before, new slot, shape after].
                if !adds_slot_as_recorded(inst, &args) {
                    return self.lower_as_uops(inst);
                }
                let s = self.snapshot(inst.pc);
                let obj = self.pop();
                let v = self.pop();
                self.guard(Op::GuardShape { class: args.cache[0], shape: args.cache[1] }, alloc::vec![obj], s);
                let add = Op::AddSlot { slot: args.cache[2], shape: args.cache[3] };
                self.ir.push(add, alloc::vec![obj, v], Ty::Void, Some(s));
                return;
            }
            Opcode::ForIterRange | Opcode::ForIterList | Opcode::ForIterTuple | Opcode::ForIter
                if inst.op != Opcode::ForIter || inst.iter.is_some() =>
            {
                // The recording went on into the loop body: step the
                // iterator natively; when it is exhausted the trace exits
                // before the instruction and tier 1 leaves the loop.
                let (depth, _, next_pc) = inst.next;
                let next = inst.pc + 1 + inst.op.cache_size() as u32;
                let seq_or_range = matches!(inst.op, Opcode::ForIterRange | Opcode::ForIterList | Opcode::ForIterTuple);
                if depth == self.at.1 && next_pc != next && seq_or_range && self.native_calls {
                    // It left the loop (a side trace from a loop's last
                    // exit starts here): the iterator must be exhausted
                    // (else the trace exits before the instruction), and
                    // goes.
                    let s = self.snapshot(inst.pc);
                    let it = self.pop();
                    self.ir.push(Op::Runtime(super::ir::RuntimeFn::IterDone), alloc::vec![it], Ty::Void, Some(s));
                    return;
                }
                if depth != self.at.1 || next_pc != next {
                    return self.lower_as_uops(inst);
                }
                let s = self.snapshot(inst.pc);
                let it = self.peek(1);
                let kind = match inst.op {
                    Opcode::ForIterRange => IterKind::Range,
                    Opcode::ForIterList => IterKind::List,
                    Opcode::ForIterTuple => IterKind::Tuple,
                    _ => inst.iter.unwrap_or(IterKind::Tuple),
                };
                let ty = if kind == IterKind::Range { Ty::Int } else { Ty::Any };
                let v = self.ir.push(Op::IterNext(kind), alloc::vec![it], ty, Some(s));
                self.push(v);
                return;
            }
            Opcode::BinarySubscrListInt | Opcode::BinarySubscrTupleInt => {
                let s = self.snapshot(inst.pc);
                let index = self.pop();
                let seq = self.pop();
                let kind = if inst.op == Opcode::BinarySubscrListInt { Kind::List } else { Kind::Tuple };
                self.guard(Op::GuardKind(kind), alloc::vec![seq], s);
                self.guard(Op::GuardType(Ty::Int), alloc::vec![index], s);
                let v = self.ir.push(Op::LoadItem, alloc::vec![seq, index], Ty::Any, Some(s));
                self.push(v);
                return;
            }
            Opcode::UnpackSequenceTwoTuple | Opcode::UnpackSequenceTuple | Opcode::UnpackSequenceList => {
                self.lower_unpack(inst);
                return;
            }
            Opcode::StoreSubscrListInt => {
                let s = self.snapshot(inst.pc);
                let index = self.pop();
                let seq = self.pop();
                let v = self.pop();
                self.guard(Op::GuardKind(Kind::List), alloc::vec![seq], s);
                self.guard(Op::GuardType(Ty::Int), alloc::vec![index], s);
                self.ir.push(Op::StoreItem, alloc::vec![seq, index, v], Ty::Void, Some(s));
                return;
            }
            Opcode::ToBoolBool
            | Opcode::ToBoolInt
            | Opcode::ToBoolNone
            | Opcode::ToBoolList
            | Opcode::ToBoolStr
            | Opcode::ToBoolAlwaysTrue => {
                let s = self.snapshot(inst.pc);
                let v = self.pop();
                let b = match inst.op {
                    Opcode::ToBoolBool => {
                        self.guard(Op::GuardType(Ty::Bool), alloc::vec![v], s);
                        v
                    }
                    Opcode::ToBoolInt => {
                        self.guard(Op::GuardType(Ty::Int), alloc::vec![v], s);
                        let zero = self.emit(Op::Const(Value::Int(0)), Vec::new(), Ty::Int);
                        self.emit(Op::CompareInt(CompareOp::Ne), alloc::vec![v, zero], Ty::Bool)
                    }
                    Opcode::ToBoolNone => {
                        self.guard(Op::GuardType(Ty::NoneT), alloc::vec![v], s);
                        self.emit(Op::Const(Value::Bool(false)), Vec::new(), Ty::Bool)
                    }
                    Opcode::ToBoolAlwaysTrue => {
                        // Cache: [class, version]; the version is an assumption (class_dependencies).
                        self.guard(Op::GuardClass(args.cache[0]), alloc::vec![v], s);
                        self.emit(Op::Const(Value::Bool(true)), Vec::new(), Ty::Bool)
                    }
                    _ => {
                        // TO_BOOL_LIST / TO_BOOL_STR; cache: [the built-in type].
                        self.guard(Op::GuardClass(args.cache[0]), alloc::vec![v], s);
                        self.emit(Op::Truth, alloc::vec![v], Ty::Bool)
                    }
                };
                self.push(b);
                return;
            }
            _ => {}
        }
        let s = self.snapshot(inst.pc);
        let b = self.pop();
        let a = self.pop();
        let int = matches!(
            inst.op,
            Opcode::BinaryOpAddInt
                | Opcode::BinaryOpSubInt
                | Opcode::BinaryOpMulInt
                | Opcode::BinaryOpBitInt
                | Opcode::BinaryOpDivModInt
                | Opcode::CompareOpInt
        );
        let ty = if int { Ty::Int } else { Ty::Float };
        self.guard(Op::GuardType(ty), alloc::vec![a], s);
        self.guard(Op::GuardType(ty), alloc::vec![b], s);
        let cmp = CompareOp::from_arg(inst.arg).unwrap_or(CompareOp::Eq);
        let v = match inst.op {
            Opcode::BinaryOpAddInt => self.ir.push(Op::IntArith(IntOp::Add), alloc::vec![a, b], Ty::Int, Some(s)),
            Opcode::BinaryOpSubInt => self.ir.push(Op::IntArith(IntOp::Sub), alloc::vec![a, b], Ty::Int, Some(s)),
            Opcode::BinaryOpMulInt => self.ir.push(Op::IntArith(IntOp::Mul), alloc::vec![a, b], Ty::Int, Some(s)),
            Opcode::BinaryOpBitInt | Opcode::BinaryOpDivModInt => {
                let op = crate::bytecode::opcode::BinaryOp::from_arg(inst.arg).and_then(|(op, _)| IntOp::of(op));
                self.ir.push(Op::IntArith(op.unwrap_or(IntOp::Add)), alloc::vec![a, b], Ty::Int, Some(s))
            }
            Opcode::BinaryOpAddFloat => self.emit(Op::FloatArith(FloatOp::Add), alloc::vec![a, b], Ty::Float),
            Opcode::BinaryOpSubFloat => self.emit(Op::FloatArith(FloatOp::Sub), alloc::vec![a, b], Ty::Float),
            Opcode::BinaryOpMulFloat => self.emit(Op::FloatArith(FloatOp::Mul), alloc::vec![a, b], Ty::Float),
            Opcode::BinaryOpDivFloat => {
                self.ir.push(Op::FloatArith(FloatOp::Div), alloc::vec![a, b], Ty::Float, Some(s))
            }
            Opcode::CompareOpInt => self.emit(Op::CompareInt(cmp), alloc::vec![a, b], Ty::Bool),
            _ => self.emit(Op::CompareFloat(cmp), alloc::vec![a, b], Ty::Bool),
        };
        self.push(v);
    }
}

/// What a generic numeric instruction lowers to (see [`numeric_form`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Numeric {
    Int(IntOp),
    Float(FloatOp),
    FloatPow,
    CompareInt(CompareOp),
    CompareFloat(CompareOp),
}

/// For a generic `BINARY_OP` or `COMPARE_OP` recorded on two small ints or
/// floats: the IR operation computing what tier 1 computed. Ints meet
/// floats as CPython converts them (exactly, for the magnitudes the
/// conversion lets through); `int / int` is float division of the two
/// converted, which is CPython's own fast path for ints that convert
/// exactly. `None` for other operators and types.
/// The runtime function for a generic `COMPARE_OP` or `BINARY_OP` (`-`,
/// `&`, not in place) recorded on two sets, and the operator's index.
fn set_form(inst: &RecordedInst) -> Option<(super::ir::RuntimeFn, usize)> {
    use super::ir::RuntimeFn as F;
    use crate::bytecode::opcode::BinaryOp as B;
    if inst.kinds[0] != Some(Kind::Set) || inst.kinds[1] != Some(Kind::Set) {
        return None;
    }
    match inst.op {
        Opcode::CompareOp => {
            let op = CompareOp::from_arg(inst.arg)?;
            Some((F::SetCompare, CompareOp::ALL.iter().position(|&o| o == op)?))
        }
        Opcode::BinaryOp => match B::from_arg(inst.arg)? {
            (op @ (B::Sub | B::And), false) => Some((F::SetBinop, B::ALL.iter().position(|&o| o == op)?)),
            _ => None,
        },
        _ => None,
    }
}

fn numeric_form(inst: &RecordedInst) -> Option<Numeric> {
    use crate::bytecode::opcode::BinaryOp as B;
    let [tb, ta] = inst.tos;
    let number = |t: Ty| matches!(t, Ty::Int | Ty::Float);
    if !(number(ta) && number(tb)) {
        return None;
    }
    let ints = ta == Ty::Int && tb == Ty::Int;
    match inst.op {
        Opcode::BinaryOp => {
            let (op, _) = B::from_arg(inst.arg)?;
            let float = match op {
                B::Add => FloatOp::Add,
                B::Sub => FloatOp::Sub,
                B::Mul => FloatOp::Mul,
                B::TrueDiv => return Some(Numeric::Float(FloatOp::Div)),
                // `int ** int` is exact (big ints, or a float for negative exponents): tier 1's.
                B::Pow if !ints => return Some(Numeric::FloatPow),
                _ if ints => return IntOp::of(op).map(Numeric::Int),
                _ => return None,
            };
            Some(if ints { Numeric::Int(IntOp::of(op)?) } else { Numeric::Float(float) })
        }
        Opcode::CompareOp => {
            let c = CompareOp::from_arg(inst.arg)?;
            Some(if ints { Numeric::CompareInt(c) } else { Numeric::CompareFloat(c) })
        }
        _ => None,
    }
}

/// Whether a callee with `argcount` simple parameters called with `argc`
/// arguments takes `self` below them (a method call); `None` if neither fits.
fn binds_self(argcount: u32, argc: usize) -> Option<bool> {
    match argcount as usize {
        n if n == argc => Some(false),
        n if n == argc + 1 => Some(true),
        _ => None,
    }
}

/// The calls a trace runs without pushing a frame: per instruction, for a
/// `CALL_PY_EXACT_ARGS` whose whole callee, up to its return to the caller,
/// was recorded and is lowered to IR values and guards only (local loads
/// and stores, free variable loads, constants, int and float arithmetic and
/// comparisons, branches on bools, instance attribute, method, list/tuple
/// item and global loads, and calls that qualify themselves), where it
/// returns. With `effects`, callees may also store instance attributes and
/// list items; their exits then push the inlined frames (`Snapshot::frames`).
/// A call without effects needs no frame even at an exit: every exit inside
/// it resumes tier 1 before the (outermost) call, which runs it again from
/// the start (nothing it did is visible).
pub fn inline_plan(rec: &Recording, effects: bool, generators: bool) -> Vec<Option<InlineCall>> {
    let insts = &rec.insts;
    let mut plan: Vec<Option<InlineCall>> = alloc::vec![None; insts.len()];
    // Innermost calls first: a callee may contain calls planned already.
    for c in (0..insts.len()).rev() {
        let call = &insts[c];
        if call.op == Opcode::ForIterGen {
            if generators {
                plan[c] = generator_region(rec, c, &plan);
            }
            continue;
        }
        let init = call.op == Opcode::CallAllocAndEnterInit;
        let dunder = matches!(call.op, Opcode::BinaryOpInstance | Opcode::CompareOpInstance) && call.dunder.is_some();
        // A special method run as a frame of its own, with its operands.
        let hook_operands = match call.op {
            Opcode::LoadAttrProperty => 1,
            Opcode::BinarySubscrInstance | Opcode::ContainsOpInstance if call.dunder.is_some() => 2,
            Opcode::StoreSubscrInstance if call.dunder.is_some() => 3,
            Opcode::CallLenInstance if call.dunder.is_some() && call.arg == 1 => 1,
            Opcode::ForIterInstance | Opcode::GetIter if call.dunder.is_some() => 1,
            Opcode::BinarySubscrDictHash | Opcode::StoreSubscrDictHash | Opcode::ContainsOpHash
                if call.dunder.is_some() =>
            {
                1
            }
            _ => 0,
        };
        if !(call.op == Opcode::CallPyExactArgs || init && effects || dunder || hook_operands > 0)
            || call.next.0 != call.depth + 1
            || call.next.2 != 0
        {
            continue;
        }
        if c > 0 && insts[c - 1].op == Opcode::KwNames {
            continue;
        }
        let Some(body) = insts.get(c + 1) else { continue };
        let code = &rec.codes[body.code as usize];
        // `__init__` takes the new instance as `self` besides the arguments;
        // a dunder takes the two operands.
        match binds_self(code.simple_argcount, call.arg as usize) {
            _ if dunder => {
                if code.simple_argcount != 2 || !code.code.freevars.is_empty() {
                    continue;
                }
            }
            _ if hook_operands > 0 => {
                if code.simple_argcount != hook_operands || !code.code.freevars.is_empty() {
                    continue;
                }
            }
            Some(with_self) if with_self || !init => {}
            _ => continue,
        }
        let body_depth = call.depth + 1;
        // A new instance is visible to nobody but `__init__`; its stores are effects.
        let mut has_effects = init;
        let key_hash =
            matches!(call.op, Opcode::BinarySubscrDictHash | Opcode::StoreSubscrDictHash | Opcode::ContainsOpHash);
        let mut r = c + 1;
        let mut code = code;
        let mut chained = false;
        while let Some(inst) = insts.get(r) {
            if inst.depth != body_depth {
                break;
            }
            if inst.op == Opcode::ReturnValue {
                if inst.next.0 == call.depth {
                    plan[c] = Some(InlineCall { ret: r as u32, effects: has_effects, generator: false });
                    break;
                }
                // A key's `__hash__` whose return pushed a stored key's
                // `__eq__` frame (`key_frames`): that frame runs inline too,
                // when both are without effects (see `Lowering::begin_key_eq`).
                let eq_body = insts.get(r + 1).filter(|b| b.depth == body_depth && b.pc == 0);
                match eq_body {
                    Some(b) if key_hash && !has_effects && inst.dunder.is_some() && inst.next.0 == body_depth => {
                        code = &rec.codes[b.code as usize];
                        if code.simple_argcount != 2 || !code.code.freevars.is_empty() {
                            break;
                        }
                        chained = true;
                        r += 1;
                        continue;
                    }
                    _ => break,
                }
            }
            if let Some(inner) = plan[r] {
                if inner.generator {
                    // (Exits inside a generator region roll back to its
                    // start: a callee's frame cannot be rebuilt there.)
                    break;
                }
                // A call inlined inside this one.
                has_effects |= inner.effects;
                r = inner.ret as usize + 1;
                continue;
            }
            let free_var = |slot: u32| code.code.freevars.iter().any(|&(_, s)| s == slot);
            // A dunder's exit frames take its operands from its first two locals.
            if dunder && inst.depth == body_depth && inst.op == Opcode::StoreFast && inst.arg < 2 {
                break;
            }
            let pure = pure_in_callee(inst)
                || inst.op == Opcode::LoadDeref && free_var(inst.arg)
                || inst.op == Opcode::LoadMethodInstance && method_slot(inst, &rec.uop_args[r]).is_some();
            let effect = effects
                && match inst.op {
                    Opcode::StoreAttrInstance => inst.receiver.is_some_and(|r| r.slot.is_some()),
                    Opcode::StoreAttrInstanceAdd => adds_slot_as_recorded(inst, &rec.uop_args[r]),
                    Opcode::StoreSubscrListInt => true,
                    _ => false,
                };
            if !(pure || effect) || chained && effect {
                break;
            }
            has_effects |= effect;
            r += 1;
        }
    }
    plan
}

/// The generator region starting at the recorded `FOR_ITER_GEN` at `c`,
/// if it is one (see [`Lowering::begin_generator`]): the generator was
/// resumed at a plain `yield` and ran, without effects outside its frame
/// (the instructions inlined calls without effects may run, calls that
/// qualify, and jumps back in its own loops), to the same `yield`, which
/// went back to this `FOR_ITER_GEN`'s frame. Its saved values then have
/// the same shape before and after, and only they change.
fn generator_region(rec: &Recording, c: usize, plan: &[Option<InlineCall>]) -> Option<InlineCall> {
    let insts = &rec.insts;
    let resume = &insts[c];
    let body = insts.get(c + 1)?;
    let body_depth = resume.depth + 1;
    if resume.next.0 != body_depth || body.depth != body_depth {
        return None;
    }
    let code = &rec.codes[body.code as usize];
    // (A closure's cells would be among the saved values.)
    if !code.code.freevars.is_empty() {
        return None;
    }
    let mut r = c + 1;
    while let Some(inst) = insts.get(r) {
        if inst.depth != body_depth || inst.code != body.code {
            return None;
        }
        if inst.op == Opcode::YieldValue {
            // The `yield` it resumed from (the instruction before the body's first),
            // back to this frame.
            let same_yield = inst.pc + 1 == body.pc && inst.arg == 0;
            return (same_yield && inst.next.0 == resume.depth && inst.next.1 == resume.code).then_some(InlineCall {
                ret: r as u32,
                effects: false,
                generator: true,
            });
        }
        if let Some(inner) = plan[r] {
            // (A generator region inside writes its values back when this
            // one ends: see `Lowering::end_generator`.)
            if inner.effects {
                return None;
            }
            r = inner.ret as usize + 1;
            continue;
        }
        if !(pure_in_callee(inst) || inst.op == Opcode::JumpBackward) {
            return None;
        }
        r += 1;
    }
    None
}

/// True if a recorded `STORE_ATTR_INSTANCE_ADD` saw the receiver its cache
/// expects (class and shape before the store), so it lowers to `add_slot`.
fn adds_slot_as_recorded(inst: &RecordedInst, args: &crate::uop::UopArgs) -> bool {
    inst.receiver.is_some_and(|r| r.class == args.cache[0] && r.shape == args.cache[1])
}

/// True for the instructions lowered without a frame to run in (no
/// `exec`, `uops`, `return` or stack sync).
fn lowers_inline(inst: &RecordedInst) -> bool {
    pure_in_callee(inst)
        || matches!(
            inst.op,
            Opcode::LoadDeref
                | Opcode::LoadMethodInstance
                | Opcode::StoreAttrInstance
                | Opcode::StoreAttrInstanceAdd
                | Opcode::StoreSubscrListInt
        )
}

/// For a recorded `LOAD_METHOD_INSTANCE`, the method (an `ObjRef`) its
/// cache holds for the receiver's class and shape, or else the one the
/// recorder found as tier 1 would specialize a fresh site (both entries
/// held other classes: see `Receiver::as_if`).
fn method_slot(inst: &RecordedInst, args: &crate::uop::UopArgs) -> Option<u32> {
    let r = inst.receiver?;
    let matches = |e: usize| args.cache[e] == r.class && args.cache[e + 2] == r.shape;
    let entry = if matches(0) {
        0
    } else if args.cache[4] != 0 && matches(4) {
        4
    } else {
        return r.as_if.filter(|a| a.0 == Opcode::LoadMethodInstance).map(|a| a.1);
    };
    Some(args.cache[entry + 3])
}

/// True for the instructions [`inline_plan`] allows in an inlined callee
/// (lowered to guards and values only, no effect outside the callee).
fn pure_in_callee(inst: &RecordedInst) -> bool {
    let bool_on_top = inst.tos[0] == Ty::Bool;
    match inst.op {
        Opcode::LoadFast
        | Opcode::StoreFast
        | Opcode::LoadConst
        | Opcode::PushNull
        | Opcode::PopTop
        | Opcode::Copy
        | Opcode::Swap
        | Opcode::Nop
        | Opcode::JumpForward
        | Opcode::IsOp
        | Opcode::BinarySubscrListInt
        | Opcode::BinarySubscrTupleInt
        | Opcode::UnpackSequenceTwoTuple
        | Opcode::UnpackSequenceTuple
        | Opcode::UnpackSequenceList
        | Opcode::LoadGlobalModule
        | Opcode::LoadGlobalBuiltin => true,
        Opcode::PopJumpIfFalse
        | Opcode::PopJumpIfTrue
        | Opcode::JumpIfFalseOrPop
        | Opcode::JumpIfTrueOrPop
        | Opcode::ToBool => bool_on_top,
        Opcode::BinaryOp | Opcode::CompareOp => numeric_form(inst).is_some(),
        Opcode::UnaryNegative => matches!(inst.tos[0], Ty::Int | Ty::Float),
        Opcode::UnaryInvert => inst.tos[0] == Ty::Int,
        Opcode::UnaryNot => inst.tos[0] == Ty::Bool,
        Opcode::BuildTuple => (1..=3).contains(&inst.arg),
        Opcode::BuildList => inst.arg <= 3,
        Opcode::BuildSlice => true,
        op if op.is_small_number_form() || op.is_to_bool_form() => true,
        Opcode::LoadAttrInstance => inst.receiver.is_some_and(|r| r.slot.is_some()),
        Opcode::LoadAttr => {
            inst.receiver.and_then(|r| r.as_if).is_some_and(|(form, _)| form == Opcode::LoadAttrInstance)
        }
        _ => runtime_value_form(inst),
    }
}

/// The operand kinds `rt get_slice` takes: a list, tuple or str under the slice.
fn slice_get_kinds(inst: &RecordedInst) -> bool {
    matches!(inst.kinds[1], Some(Kind::List | Kind::Tuple | Kind::Str))
}

/// The operand kinds `rt set_slice` takes: a list under the slice, a list
/// or tuple under that.
fn slice_set_kinds(inst: &RecordedInst) -> bool {
    inst.kinds[1] == Some(Kind::List) && matches!(inst.kinds[2], Some(Kind::List | Kind::Tuple))
}

/// True for the specialized forms [`Lowering::lower_runtime`] lowers to
/// guards and a runtime function without effects (dict and str reads,
/// `len`, a built-in method's load, `int()` of a float), as recorded.
fn runtime_value_form(inst: &RecordedInst) -> bool {
    let str_at = |i: usize| inst.kinds[i] == Some(Kind::Str);
    match inst.op {
        Opcode::LoadMethodBuiltin => inst.kinds[0].is_some(),
        Opcode::CallLen => inst.arg == 1 && inst.kinds[0].is_some(),
        Opcode::BinarySubscrDict => inst.kinds[1] == Some(Kind::Dict),
        Opcode::ContainsOpDict => inst.kinds[0] == Some(Kind::Dict),
        Opcode::BinaryOpAddStr | Opcode::ContainsOpStr => str_at(0) && str_at(1),
        Opcode::ContainsOpSet => true,
        Opcode::BinarySubscrStrInt => str_at(1) && inst.tos[0] == Ty::Int,
        Opcode::CallBuiltinClass => {
            inst.builtin == Some(super::ir::RuntimeFn::IntOfFloat) && inst.arg == 1 && inst.tos[0] == Ty::Float
        }
        Opcode::CallBuiltin => {
            inst.builtin == Some(super::ir::RuntimeFn::IterSeq)
                && inst.arg == 1
                && matches!(inst.kinds[0], Some(Kind::List | Kind::Tuple))
        }
        Opcode::CompareOpStr => {
            str_at(0) && str_at(1) && matches!(CompareOp::from_arg(inst.arg), Some(CompareOp::Eq | CompareOp::Ne))
        }
        _ => false,
    }
}

/// Lowers a finished recording; `exit_at` is (depth, code, pc, stack depth)
/// of the position a trace ending in an exit leaves to. Of the parameters,
/// `inline_calls` lets calls chosen by [`inline_plan`] run without a frame
/// (0 none, 1 calls without effects, 2 also calls with) and `native_calls`
/// lowers built-in container forms and calls directly (0: as uops).
pub fn lower(
    rec: &Recording,
    heap: &crate::runtime::heap::Heap,
    exit_at: (i32, u32, u32, u32),
    params: &super::params::JitParams,
) -> TraceIr {
    let inline = params.inline_calls;
    let mut l = Lowering {
        heap,
        native_calls: params.native_calls != 0,
        virtual_tuples: params.virtual_tuples != 0,
        constant_globals: if params.global_consts != 0 { rec.constant_globals() } else { Vec::new() },
        ir: TraceIr::default(),
        rec,
        inline_at: inline_plan(rec, inline > 1, params.virtual_gens != 0 && params.native_calls != 0)
            .into_iter()
            .map(|c| c.filter(|c| c.generator || inline > 0))
            .collect(),
        inlined: Vec::new(),
        skip: 0,
        abandoned: false,
        pending: Vec::new(),
        stack: (0..rec.start_stack).map(Entry::Mem).collect(),
        keep: rec.start_stack,
        phys: rec.start_stack,
        at: (0, 0, 0),
    };
    l.ir.code_names = rec.codes.iter().map(|c| alloc::string::String::from(c.code.name.as_ref())).collect();
    if let (true, Some(first)) = (rec.entry_guard, rec.insts.first()) {
        // Grown from an exit other states take too: check this is the state it was recorded in.
        let s = l.as_is();
        l.guard(Op::GuardFrame { depth: 0, code: first.code, pc: first.pc }, Vec::new(), s);
    }
    for (i, inst) in rec.insts.iter().enumerate() {
        l.at = (i as u32, inst.depth, inst.code);
        if let Some(call) = l.inline_at[i] {
            if l.begin_inline(inst, &rec.insts[i + 1..=call.ret as usize], call.effects) {
                continue;
            }
        }
        l.lower_inst(inst);
        if l.abandoned {
            return l.ir;
        }
    }
    let n = rec.insts.len() as u32;
    match rec.end {
        Some(TraceEnd::Loop) => {
            l.sync();
            // The back edge's safepoint ends the iteration: when it runs
            // anything, the trace starts over from the loop header (or
            // leaves there, invalidated), a whole iteration done.
            l.at = (n, l.at.1, l.at.2);
            let s = l.snapshot(rec.start_pc);
            if let Some(last) = l.ir.insts.last_mut() {
                if let Op::Safepoint(pc) = last.op {
                    last.op = Op::LoopSafepoint(pc);
                    last.snapshot = Some(s);
                }
            }
            l.emit(Op::Loop(rec.start_pc), Vec::new(), Ty::Void);
        }
        _ => {
            // An exit (linked to another trace when the recording reached one).
            let (depth, code, pc, stack) = exit_at;
            debug_assert_eq!(stack as usize, l.stack.len(), "stack depth at the trace end");
            l.at = (n, depth, code);
            if rec.end == Some(TraceEnd::Recurse) {
                // The exit links back to this trace's start in the callee's
                // frame: recursion that never leaves machine code. Like a loop's
                // back edge, it is a safepoint (fuel, interrupts, the deadline,
                // GC), raised at the callee's entry as tier 1 does.
                l.sync();
                l.emit(Op::Safepoint(pc), Vec::new(), Ty::Void);
            }
            let s = l.snapshot(pc);
            l.guard(Op::Exit, Vec::new(), s);
        }
    }
    l.ir
}
