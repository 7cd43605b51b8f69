//! The tier-1 eval loop: runs frames' bytecode until the entry frame returns.
//!
//! Python-to-Python calls push a frame and continue in the same loop (no
//! Rust recursion). Native code that calls back into Python (a dunder invoked
//! by a built-in) starts a nested run of this loop with a `ToNative` frame.

// Indexing: the eval loop runs verified code (loaded files pass the
// verifier; compiler output has the shape it proves, checked on every
// compiled code object in debug builds): pcs are instruction starts and
// their inline caches lie inside `instrs`, constant, name and local
// operands are in range, and the value stack holds every instruction's
// inputs (`len - k` for the `k` items an instruction takes, the frame's
// locals below). `OPINFO` has 256 entries indexed by an opcode byte, the
// per-family counters one entry per family, and `frames` is non-empty
// while a frame runs (the loop stops at `entry`). This is the
// interpreter's hot path; see docs/ARCHITECTURE.md, "Bytecode files and
// the verifier".
#![allow(clippy::indexing_slicing)]

use alloc::vec::Vec;

use crate::bytecode::opcode::{decode, BinaryOp, CompareOp, Opcode, CALL_CONTEXT};
use crate::interp::specialize::family_index;
use crate::uop::Flow;

/// Per opcode byte: inline-cache size (low 5 bits), specialized form (bit
/// 6). One table lookup per instruction.
static OPINFO: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < Opcode::ALL.len() {
        let op = Opcode::ALL[i];
        let size = op.cache_size_const();
        // A larger cache would be silently cut short (and its words run as code).
        assert!(size <= CACHE_SIZE_MASK as usize, "inline cache too large for OPINFO");
        // Back edges manage their own cache unit (the hot-loop counter).
        let mut info = if matches!(op, Opcode::JumpBackward | Opcode::EnterExecutor) { 0 } else { size as u8 };
        if !matches!(op.family(), f if f as u8 == op as u8) {
            info |= SPECIALIZED_BIT;
        }
        t[i] = info;
        i += 1;
    }
    t
};
const SPECIALIZED_BIT: u8 = 0x40;
/// The low bits of an `OPINFO` entry: the inline-cache size.
const CACHE_SIZE_MASK: u8 = 0x1f;
use crate::interp::frame::{Frame, GenMode, ReturnAction};
use crate::interp::inner::FRAME_SWITCHED;
use crate::runtime::object::{IterState, Obj, PyErr, PyResult};
use crate::runtime::value::Value;
use crate::vm::Vm;
#[allow(unused_imports)]
use alloc::vec;

/// What a call did.
pub enum CallOutcome {
    /// The result is on the stack.
    Done,
    /// A Python frame was pushed; the loop continues in it.
    Frame,
}

/// Whether the trace JIT is built in (vm-core's `jit` feature). Without it
/// the loop never counts hot spots, starts a recording or enters a trace,
/// so the recording copy of the loop, the recorder, optimizer and trace
/// driver are never instantiated or linked.
const JIT: bool = cfg!(feature = "jit");

impl Vm {
    /// Runs the top frame (and everything it calls) until the frame at
    /// `entry` (an index into `frames`) returns; yields its return value.
    pub(crate) fn execute(&mut self, entry: usize) -> PyResult<Value> {
        // Counting per-family runs (`--stats`) is a separate copy of the
        // loop, so the normal one pays no check per instruction for it.
        if cfg!(feature = "family-stats") && self.stats.enabled {
            self.run_loop::<false, true>(entry, false)
        } else {
            self.run_loop::<false, false>(entry, false)
        }
    }

    /// Runs the top frame's next instruction in tier 1 and stops (traces
    /// run instructions their IR does not model this way). Errors are
    /// returned, not unwound.
    pub(crate) fn step_instruction(&mut self) -> PyResult<()> {
        let entry = self.frames.len() - 1;
        match self.run_loop::<true, true>(entry, true)? {
            Value::Null => Ok(()),
            _ => Err(self.system_error("a trace returned from its root frame")),
        }
    }

    /// The eval loop. Two copies exist: `TRACING = false` is the normal
    /// interpreter; `TRACING = true` is the recording copy, which calls the
    /// recorder before each instruction and returns (`Ok(Null)`) as soon as
    /// the recording stops, and which with `step` runs exactly one
    /// instruction for a trace. The normal copy pays nothing for either:
    /// every hook is behind the constant. `STATS = false` skips the
    /// per-family counters of `--stats` (the tracing copy checks them at
    /// run time).
    fn run_loop<const TRACING: bool, const STATS: bool>(&mut self, entry: usize, step: bool) -> PyResult<Value> {
        // Start in the top frame (above `entry` when the tracing copy takes over mid-run).
        let top = self.frames.len() - 1;
        let mut code = self.frames[top].code.clone();
        let mut pc = self.frames[top].pc;
        let mut base = self.frames[top].base;
        debug_assert!(self.stack.capacity() >= base + code.frame_size);
        let mut executed: u64 = 0;
        // Tracing copy: the instruction at the loop top is a re-dispatch of
        // the one before (after specializing or deoptimizing), not a new one.
        let mut redispatch = false;
        let mut stepped = false;

        macro_rules! reload {
            () => {{
                let f = self.frame();
                code = f.code.clone();
                pc = f.pc;
                base = f.base;
                debug_assert!(self.stack.capacity() >= base + code.frame_size);
            }};
        }
        // Pushes what an instruction of the running frame pushes, into the
        // room reserved for the frame (no capacity check).
        macro_rules! push_fast {
            ($v:expr) => {{
                let v = $v;
                // SAFETY: the running frame's room (reserved when it was
                // pushed: `Vm::push_frame`, `Vm::new_frame`; never given
                // back while the frame lives: `Vm::shrink_stacks`) holds
                // its locals and the verified maximum depth of its operand
                // stack, and this push is one the verifier counted: every
                // caller is an instruction arm pushing its own results (or
                // a superinstruction's second half's).
                unsafe { self.stack.push_reserved(v) }
            }};
        }
        // Goes on in the inner loop (normal copy only) from `pc` in the
        // running frame, as far as it goes: after the big loop ran what
        // the inner loop left to it and a frame was pushed or popped.
        macro_rules! run_inner {
            () => {
                if !TRACING && !STATS {
                    pc = self.run_inner(&code, pc, base, false);
                    if pc == FRAME_SWITCHED {
                        reload!();
                    }
                }
            };
        }
        macro_rules! save_pc {
            () => {
                self.frame_mut().pc = pc
            };
        }
        macro_rules! pop {
            () => {
                self.stack.pop_value()
            };
        }
        macro_rules! top {
            () => {
                self.stack.top()
            };
        }
        // A superinstruction's second half (normal copy only): the operand
        // of the instruction at `pc`, and pushing its value `w` and stepping
        // past it, unless `w` is an unbound local (`Null`): then the second
        // instruction runs on its own dispatch, which raises.
        macro_rules! second_arg {
            () => {
                decode(code.instrs[pc].get()).1 as usize
            };
        }
        macro_rules! push_second {
            ($w:expr) => {{
                let w = $w;
                if !w.is_null() {
                    push_fast!(w);
                    pc += 1;
                    if STATS {
                        executed += 1;
                    }
                }
            }};
        }
        // Runs the conditional jump after an instruction that left a bool
        // on the stack without a dispatch of its own (CPython 3.11's
        // COMPARE_OP_INT_JUMP). Only the normal copy: the recording copy
        // runs the jump as its own instruction, so traces still see it.
        macro_rules! fuse_jump {
            () => {
                if let Some(next) = code.instrs.get(pc) {
                    let (b, target) = decode(next.get());
                    let if_true = b == Opcode::PopJumpIfTrue as u8;
                    if if_true || b == Opcode::PopJumpIfFalse as u8 {
                        if let Value::Bool(t) = top!() {
                            self.stack.pop();
                            pc += 1;
                            if STATS {
                                executed += 1;
                            }
                            if t == if_true {
                                pc = target as usize;
                            }
                        }
                    }
                }
            };
        }

        // What the normal copy runs after specialized form `$op` (a
        // constant) continued: the instruction after it without its own
        // dispatch, where it is the conditional jump after a comparison or
        // truth test, the `PUSH_NULL` after a global, or the `STORE_FAST`
        // of a loop variable.
        macro_rules! after_form {
            ($op:expr) => {{
                const OP: Opcode = $op;
                if OP.is_to_bool_form()
                    || matches!(
                        OP,
                        Opcode::CompareOpInt
                            | Opcode::CompareOpFloat
                            | Opcode::CompareOpStr
                            | Opcode::ContainsOpDict
                            | Opcode::ContainsOpSet
                            | Opcode::ContainsOpStr
                            | Opcode::ContainsOpList
                    )
                {
                    fuse_jump!();
                } else if matches!(OP, Opcode::LoadGlobalModule | Opcode::LoadGlobalBuiltin) {
                    // A call of a global: its `PUSH_NULL` likewise.
                    if code.instrs.get(pc).is_some_and(|next| decode(next.get()).0 == Opcode::PushNull as u8) {
                        push_fast!(Value::Null);
                        pc += 1;
                        if STATS {
                            executed += 1;
                        }
                    }
                } else if matches!(OP, Opcode::ForIterRange | Opcode::ForIterList | Opcode::ForIterTuple) {
                    // Likewise the STORE_FAST of the loop variable.
                    if let Some(next) = code.instrs.get(pc) {
                        let (b, slot) = decode(next.get());
                        if b == Opcode::StoreFast as u8 {
                            let v = pop!();
                            self.stack[base + slot as usize] = v;
                            pc += 1;
                            if STATS {
                                executed += 1;
                            }
                        }
                    }
                }
            }};
        }

        loop {
            let err: PyErr = 'dispatch: loop {
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'dispatch e,
                        }
                    };
                }
                // `LOAD_FAST` of `$arg`, then (normal copy) the pair's second
                // half: `$second`, the value of operand `$arg2`.
                macro_rules! load_fast_then {
                    ($arg:ident, $arg2:ident, $second:expr) => {{
                        let v = self.stack.at(base + $arg as usize);
                        if v.is_null() {
                            save_pc!();
                            let name = code.varnames[$arg as usize];
                            break 'dispatch self.unbound_local_error(name);
                        }
                        push_fast!(v);
                        if !TRACING {
                            let $arg2 = second_arg!();
                            push_second!($second);
                        }
                    }};
                }
                // `POP_JUMP_IF_TRUE` (`$when` true) or `POP_JUMP_IF_FALSE`
                // to `$target`.
                macro_rules! pop_jump_if {
                    ($when:expr, $target:expr) => {{
                        let v = pop!();
                        let b = match v {
                            Value::Bool(b) => b,
                            _ => {
                                save_pc!();
                                self.stack.push(v);
                                let b = tri!(self.truthy(v));
                                self.stack.pop();
                                b
                            }
                        };
                        if b == $when {
                            pc = $target;
                        }
                    }};
                }
                // Records from the top frame's saved position on, in the tracing copy.
                macro_rules! start_tracing {
                    () => {{
                        self.stats.instructions += executed;
                        executed = 0;
                        match self.run_loop::<true, true>(entry, false) {
                            Ok(Value::Null) => reload!(),
                            other => return other,
                        }
                    }};
                }
                // Runs trace `$id` from the top frame's saved position (see `Vm::run_traces`).
                macro_rules! enter_traces {
                    ($jump_at:expr, $id:expr) => {{
                        let after = self.run_traces(&code, $jump_at, $id);
                        reload!();
                        if let crate::jit::AfterTrace::Record = tri!(after) {
                            start_tracing!()
                        }
                    }};
                }
                if TRACING {
                    if redispatch {
                        redispatch = false;
                    } else if step {
                        if stepped {
                            save_pc!();
                            self.stats.instructions += executed;
                            return Ok(Value::Null);
                        }
                        stepped = true;
                    } else if !self.record_step(&code, pc) {
                        save_pc!();
                        self.stats.instructions += executed;
                        return Ok(Value::Null);
                    }
                }
                let Some(cell) = code.instrs.get(pc) else {
                    break 'dispatch self.system_error("ran off the end of the bytecode");
                };
                let (byte, arg) = decode(cell.get());
                pc += 1;
                if STATS {
                    executed += 1;
                }
                // (The range test first, on its own: decoding is then the
                // byte itself, not a select of the byte or `None`.)
                if usize::from(byte) >= Opcode::ALL.len() {
                    break 'dispatch self.system_error("bad opcode");
                }
                let Some(op) = Opcode::from_u8(byte) else {
                    break 'dispatch self.system_error("bad opcode");
                };
                let cache_at = pc;
                // What follows a specialized form's run: a jump, a pushed
                // frame, or a deoptimization (`Continue` is handled by the caller).
                macro_rules! after_flow {
                    ($flow:expr) => {
                        match $flow {
                            Flow::Continue => {}
                            Flow::Jump(t) => pc = t,
                            Flow::Frame => {
                                // A specialized call pushed a frame: a call
                                // safepoint (recursion without loops is metered).
                                reload!();
                                self.safepoint_ticks = self.safepoint_ticks.wrapping_sub(1);
                                if self.safepoint_ticks == 0 || self.heap.should_collect() {
                                    tri!(self.safepoint());
                                }
                                if JIT && !TRACING && pc == 0 {
                                    // A call entered a function: count it towards a function-entry trace.
                                    let c = code.entry_counter.get();
                                    if c & 0x00ff_ffff != 0 {
                                        code.entry_counter.set(c - 1);
                                    } else {
                                        match self.jit_hot_entry(&code) {
                                            crate::jit::OnEntry::Interpret => {}
                                            crate::jit::OnEntry::Enter(id) => enter_traces!(None, id),
                                            crate::jit::OnEntry::Record => start_tracing!(),
                                        }
                                    }
                                }
                                // (The inner loop calls on by itself once
                                // in it: this is for calls it left to the
                                // big loop, e.g. for a safepoint.)
                                run_inner!();
                            }
                            Flow::Deopt => {
                                self.deoptimize(&code, cache_at - 1, op);
                                pc = cache_at - 1;
                                redispatch = TRACING;
                            }
                        }
                    };
                }
                // A generic family instruction (its inline cache skipped):
                // count down to specialization.
                macro_rules! generic_counter {
                    () => {{
                        let counter = &code.instrs[cache_at];
                        let c = counter.get();
                        if !cfg!(feature = "adaptive") {
                            // (Never specialized: nothing to count.)
                        } else if c & 0xffff == 0 {
                            if self.specialize(&code, cache_at - 1, op, arg) {
                                pc = cache_at - 1;
                                redispatch = TRACING;
                                continue;
                            }
                        } else {
                            counter.set(c - 1);
                        }
                        if STATS && self.stats.enabled {
                            if let Some(i) = family_index(op) {
                                self.stats.generic_runs[i] += 1;
                            }
                        }
                    }};
                }
                // The start of a generic family instruction's arm: in the
                // normal copy (which dispatches every instruction once, in
                // the `match` below, without looking at `OPINFO`), skipping
                // its inline cache of constant size and counting down.
                macro_rules! family_head {
                    ($op:expr) => {
                        if !TRACING {
                            const N: usize = $op.cache_size_const();
                            pc += N;
                            generic_counter!();
                        }
                    };
                }
                if TRACING {
                    // The recording copy: one test of `OPINFO` per
                    // instruction, and one call for every specialized form.
                    let info = OPINFO[byte as usize];
                    let ncache = (info & CACHE_SIZE_MASK) as usize;
                    if ncache > 0 {
                        pc += ncache;
                        if info & SPECIALIZED_BIT != 0 {
                            if STATS && self.stats.enabled {
                                if let Some(i) = family_index(op) {
                                    self.stats.specialized_runs[i] += 1;
                                }
                            }
                            let flow = tri!(self.run_specialized_at::<TRACING>(op, &code, cache_at, base, arg, pc));
                            after_flow!(flow);
                            continue;
                        }
                        generic_counter!();
                    }
                }
                // One `match` dispatches every instruction (generated with
                // the list of specialized forms, whose arms come first).
                macro_rules! dispatch {
                    ($(($spec:ident, $generic:ident, [$($uop:ident),*])),* $(,)?) => {
                match op {
                    // The normal copy: one arm per specialized form, in
                    // which the form and its cache size are constants (no
                    // second dispatch inside `run_specialized_at`, and the
                    // tier-1 shortcut after it chosen at compile time).
                    $(Opcode::$spec if !TRACING && cfg!(feature = "adaptive") => {
                        const N: usize = Opcode::$spec.cache_size_const();
                        pc += N;
                        if STATS && self.stats.enabled {
                            if let Some(i) = family_index(Opcode::$spec) {
                                self.stats.specialized_runs[i] += 1;
                            }
                        }
                        // Tier-1 shortcuts of the instance attribute forms
                        // (their common case without building the uops' operands).
                        if matches!(Opcode::$spec, Opcode::LoadAttrInstance)
                            && crate::uop::load_attr_instance_shortcut(self, &code.instrs, cache_at)
                        {
                            continue;
                        }
                        if matches!(Opcode::$spec, Opcode::LoadMethodInstance)
                            && (crate::uop::load_method_instance_shortcut(self, &code.instrs, cache_at)
                                || self.load_method_from_cache(code.names.get(arg as usize).copied()))
                        {
                            continue;
                        }
                        if matches!(Opcode::$spec, Opcode::StoreAttrInstance)
                            && crate::uop::store_attr_instance_shortcut(self, &code.instrs, cache_at)
                        {
                            continue;
                        }
                        let flow = tri!(self.run_specialized_at::<false>(
                            Opcode::$spec, &code, cache_at, base, arg, pc
                        ));
                        if let Flow::Continue = flow {
                            after_form!(Opcode::$spec);
                            continue;
                        }
                        after_flow!(flow);
                    })*
                    Opcode::Nop => {}
                    Opcode::PopTop => {
                        self.stack.pop();
                    }
                    Opcode::Copy => {
                        let n = arg as usize;
                        let v = self.stack.peek(n);
                        push_fast!(v);
                    }
                    Opcode::Swap => {
                        let len = self.stack.len();
                        self.stack.swap(len - 1, len - arg as usize);
                    }
                    Opcode::PushNull => push_fast!(Value::Null),
                    Opcode::LoadConst => push_fast!(code.consts[arg as usize]),
                    Opcode::LoadFast => {
                        let v = self.stack.at(base + arg as usize);
                        if v.is_null() {
                            save_pc!();
                            let name = code.varnames[arg as usize];
                            break 'dispatch self.unbound_local_error(name);
                        }
                        push_fast!(v);
                    }
                    Opcode::StoreFast => {
                        let v = pop!();
                        self.stack[base + arg as usize] = v;
                    }
                    // Superinstructions (`fuse_superinstructions`): the
                    // normal copy also runs the second instruction, at `pc`,
                    // without its own dispatch when that cannot fail;
                    // otherwise, and always in the recording copy, only the
                    // first runs here and the second is dispatched as usual.
                    // (One arm per pair: the second half is known per arm.)
                    Opcode::LoadFastLoadFast => load_fast_then!(arg, arg2, self.stack.at(base + arg2)),
                    Opcode::LoadFastLoadConst => load_fast_then!(arg, arg2, code.consts[arg2]),
                    Opcode::LoadConstLoadFast => {
                        push_fast!(code.consts[arg as usize]);
                        if !TRACING {
                            push_second!(self.stack.at(base + second_arg!()));
                        }
                    }
                    Opcode::LoadFastLoadAttr => {
                        // `local.attr`: where the second is a
                        // `LOAD_ATTR_INSTANCE` whose shortcut matches, the
                        // attribute is pushed instead of the local (one
                        // dispatch, no push and pop of the receiver).
                        let v = self.stack.at(base + arg as usize);
                        if v.is_null() {
                            save_pc!();
                            let name = code.varnames[arg as usize];
                            break 'dispatch self.unbound_local_error(name);
                        }
                        const N: usize = Opcode::LoadAttrInstance.cache_size_const();
                        let mut w = v;
                        if !TRACING
                            && code.instrs.get(pc).is_some_and(|c| decode(c.get()).0 == Opcode::LoadAttrInstance as u8)
                        {
                            if let Some(a) = crate::uop::load_attr_instance_of(self, v, &code.instrs, pc + 1) {
                                w = a;
                                pc += 1 + N;
                                if STATS {
                                    executed += 1;
                                    if self.stats.enabled {
                                        if let Some(i) = family_index(Opcode::LoadAttrInstance) {
                                            self.stats.specialized_runs[i] += 1;
                                        }
                                    }
                                }
                            }
                        }
                        push_fast!(w);
                    }
                    Opcode::LoadFastReturnValue => {
                        // A local returned to a calling Python frame; anything
                        // else runs as LOAD_FAST (then RETURN_VALUE's dispatch).
                        let v = self.stack.at(base + arg as usize);
                        let depth = self.frames.len();
                        match self.frames.last() {
                            Some(&Frame { on_return: ReturnAction::Push, ret_base, .. })
                                if !TRACING && !v.is_null() =>
                            {
                                self.frames.truncate(depth - 1);
                                self.stack.truncate(ret_base);
                                self.stack.push(v);
                                if STATS {
                                    executed += 1;
                                }
                                reload!();
                                run_inner!();
                            }
                            _ => {
                                if v.is_null() {
                                    save_pc!();
                                    let name = code.varnames[arg as usize];
                                    break 'dispatch self.unbound_local_error(name);
                                }
                                self.stack.push(v);
                            }
                        }
                    }
                    Opcode::LoadConstReturnValue => {
                        let v = code.consts[arg as usize];
                        // A return to a calling Python frame (`RETURN_VALUE`'s
                        // fast path), or `__init__`'s `return None`; any other
                        // return takes the second instruction's own dispatch.
                        let depth = self.frames.len();
                        let result = match self.frames.last() {
                            _ if TRACING => None,
                            Some(&Frame { on_return: ReturnAction::Push, ret_base, .. }) => Some((ret_base, v)),
                            Some(&Frame { on_return: ReturnAction::Init { instance }, ret_base, .. })
                                if matches!(v, Value::None) =>
                            {
                                Some((ret_base, instance))
                            }
                            _ => None,
                        };
                        match result {
                            Some((ret_base, r)) => {
                                self.frames.truncate(depth - 1);
                                self.stack.truncate(ret_base);
                                self.stack.push(r);
                                if STATS {
                                    executed += 1;
                                }
                                reload!();
                                run_inner!();
                            }
                            None => self.stack.push(v),
                        }
                    }
                    Opcode::StoreFastLoadFast => {
                        let v = pop!();
                        self.stack[base + arg as usize] = v;
                        if !TRACING {
                            push_second!(self.stack.at(base + second_arg!()));
                        }
                    }
                    Opcode::StoreFastStoreFast => {
                        let v = pop!();
                        self.stack[base + arg as usize] = v;
                        if !TRACING {
                            let w = pop!();
                            self.stack[base + second_arg!()] = w;
                            pc += 1;
                            if STATS {
                                executed += 1;
                            }
                        }
                    }
                    Opcode::DeleteFast => {
                        if self.stack[base + arg as usize].is_null() {
                            save_pc!();
                            let name = code.varnames[arg as usize];
                            break 'dispatch self.unbound_local_error(name);
                        }
                        self.stack[base + arg as usize] = Value::Null;
                    }
                    Opcode::LoadName => {
                        save_pc!();
                        let v = tri!(self.load_name(code.names[arg as usize]));
                        self.stack.push(v);
                    }
                    Opcode::StoreName => {
                        save_pc!();
                        let v = pop!();
                        tri!(self.store_name(code.names[arg as usize], v));
                    }
                    Opcode::DeleteName => {
                        save_pc!();
                        tri!(self.delete_name(code.names[arg as usize]));
                    }
                    Opcode::LoadGlobal => {
                        family_head!(Opcode::LoadGlobal);
                        save_pc!();
                        let globals = self.frame().globals;
                        let v = tri!(self.load_global(globals, code.names[arg as usize]));
                        self.stack.push(v);
                    }
                    Opcode::StoreGlobal => {
                        save_pc!();
                        let v = pop!();
                        let globals = self.frame().globals;
                        tri!(self.dict_set_str(globals, code.names[arg as usize], v));
                    }
                    Opcode::DeleteGlobal => {
                        save_pc!();
                        let globals = self.frame().globals;
                        tri!(self.delete_global(globals, code.names[arg as usize]));
                    }
                    Opcode::LoadAttr => {
                        family_head!(Opcode::LoadAttr);
                        save_pc!();
                        let obj = top!();
                        let v = tri!(self.get_attr(obj, code.names[arg as usize]));
                        self.stack.set_top(v);
                    }
                    Opcode::StoreAttr => {
                        family_head!(Opcode::StoreAttr);
                        save_pc!();
                        let obj = pop!();
                        let v = pop!();
                        tri!(self.set_attr(obj, code.names[arg as usize], v));
                    }
                    Opcode::DeleteAttr => {
                        save_pc!();
                        let obj = pop!();
                        tri!(self.del_attr(obj, code.names[arg as usize]));
                    }
                    Opcode::LoadMethod => {
                        family_head!(Opcode::LoadMethod);
                        save_pc!();
                        let obj = top!();
                        let (a, b) = tri!(self.load_method(obj, code.names[arg as usize]));
                        self.stack.set_top(a);
                        self.stack.push(b);
                    }
                    Opcode::BinaryOp => {
                        family_head!(Opcode::BinaryOp);
                        // Int and float fast paths live in the specialized forms (uops).
                        save_pc!();
                        let len = self.stack.len();
                        let (a, b) = self.stack.top2();
                        let r = tri!(self.binary_op_arg(arg, a, b));
                        self.stack.truncate(len - 2);
                        self.stack.push(r);
                    }
                    Opcode::UnaryNegative | Opcode::UnaryPositive | Opcode::UnaryInvert => {
                        save_pc!();
                        let v = top!();
                        let r = tri!(self.unary_op(op, v));
                        self.stack.set_top(r);
                    }
                    Opcode::UnaryNot => {
                        save_pc!();
                        let v = top!();
                        let b = tri!(self.truthy(v));
                        self.stack.set_top(Value::Bool(!b));
                    }
                    Opcode::CompareOp => {
                        family_head!(Opcode::CompareOp);
                        save_pc!();
                        let len = self.stack.len();
                        let (a, b) = self.stack.top2();
                        let cmp = CompareOp::from_arg(arg).unwrap_or(CompareOp::Eq);
                        let r = tri!(self.compare(cmp, a, b));
                        self.stack.truncate(len - 2);
                        self.stack.push(r);
                        if CompareOp::coerces_to_bool(arg) && !matches!(r, Value::Bool(_)) {
                            // A conditional jump follows: its TO_BOOL is folded in (r stays on the stack meanwhile).
                            let t = tri!(self.truthy(r));
                            self.stack.set_top(Value::Bool(t));
                        }
                    }
                    Opcode::ToBool => {
                        family_head!(Opcode::ToBool);
                        let v = top!();
                        if !matches!(v, Value::Bool(_)) {
                            save_pc!();
                            let t = tri!(self.truthy(v));
                            self.stack.set_top(Value::Bool(t));
                        }
                    }
                    Opcode::IsOp => {
                        let b = pop!();
                        let a = pop!();
                        self.stack.push(Value::Bool(a.is(b) != (arg == 1)));
                        if !TRACING {
                            fuse_jump!();
                        }
                    }
                    Opcode::ContainsOp => {
                        family_head!(Opcode::ContainsOp);
                        save_pc!();
                        let len = self.stack.len();
                        let (item, container) = self.stack.top2();
                        let r = tri!(self.contains(container, item));
                        self.stack.truncate(len - 2);
                        self.stack.push(Value::Bool(r != (arg == 1)));
                    }
                    Opcode::BinarySubscr => {
                        family_head!(Opcode::BinarySubscr);
                        save_pc!();
                        let len = self.stack.len();
                        let (obj, key) = self.stack.top2();
                        let r = tri!(self.get_item(obj, key));
                        self.stack.truncate(len - 2);
                        self.stack.push(r);
                    }
                    Opcode::StoreSubscr => {
                        family_head!(Opcode::StoreSubscr);
                        save_pc!();
                        let len = self.stack.len();
                        let (v, obj, key) = self.stack.top3();
                        tri!(self.set_item(obj, key, v));
                        self.stack.truncate(len - 3);
                    }
                    Opcode::DeleteSubscr => {
                        save_pc!();
                        let len = self.stack.len();
                        let (obj, key) = self.stack.top2();
                        tri!(self.del_item(obj, key));
                        self.stack.truncate(len - 2);
                    }
                    Opcode::BuildSlice => {
                        let step = if arg == 3 { pop!() } else { Value::None };
                        let stop = pop!();
                        let start = pop!();
                        let s = self.heap.alloc(Obj::Slice(crate::runtime::object::SliceObj::new(start, stop, step)));
                        self.stack.push(Value::Obj(s));
                    }
                    Opcode::BuildList => {
                        let at = self.stack.len() - arg as usize;
                        let items: Vec<Value> = self.stack.split_off(at).into();
                        let l = self.new_list(items);
                        self.stack.push(l);
                    }
                    Opcode::BuildTuple => {
                        let at = self.stack.len() - arg as usize;
                        let items: Vec<Value> = self.stack.split_off(at).into();
                        let t = self.new_tuple(items);
                        self.stack.push(t);
                    }
                    Opcode::BuildMap => {
                        save_pc!();
                        let d = self.new_dict_obj();
                        let start = self.stack.len() - 2 * arg as usize;
                        for i in 0..arg as usize {
                            let (k, v) = (self.stack[start + 2 * i], self.stack[start + 2 * i + 1]);
                            tri!(self.dict_set(d, k, v));
                        }
                        self.stack.truncate(start);
                        self.stack.push(Value::Obj(d));
                    }
                    Opcode::ListAppend => {
                        let v = pop!();
                        let l = self.stack[self.stack.len() - arg as usize];
                        if let Value::Obj(r) = l {
                            if let Obj::List(items) = self.heap.get_mut(r) {
                                if !items.try_push(v) {
                                    save_pc!();
                                    tri!(Err(self.memory_error()));
                                }
                            }
                            self.heap.note_growth(16);
                        }
                    }
                    Opcode::MapAdd => {
                        save_pc!();
                        let len = self.stack.len();
                        let (k, v) = self.stack.top2();
                        let d = self.stack[len - 2 - arg as usize];
                        if let Value::Obj(d) = d {
                            tri!(self.dict_set(d, k, v));
                        }
                        self.stack.truncate(len - 2);
                    }
                    Opcode::UnpackSequence => {
                        family_head!(Opcode::UnpackSequence);
                        save_pc!();
                        let v = top!();
                        let items = tri!(self.unpack_sequence(v, arg as usize));
                        self.stack.pop();
                        self.stack.extend(items.into_iter().rev());
                    }
                    Opcode::JumpForward => pc = arg as usize,
                    Opcode::JumpBackward => {
                        let jump_at = pc - 1;
                        let counter = &code.instrs[pc];
                        let c = counter.get();
                        let hot = c & 0x00ff_ffff == 0 && JIT && !TRACING && self.jit_hot_loop(&code, jump_at);
                        if c & 0x00ff_ffff != 0 {
                            counter.set(c - 1);
                        }
                        // A safepoint error (KeyboardInterrupt, fuel) is raised at the jump's line.
                        pc += 1;
                        self.safepoint_ticks = self.safepoint_ticks.wrapping_sub(1);
                        if self.safepoint_ticks == 0 || self.heap.should_collect() {
                            save_pc!();
                            tri!(self.safepoint());
                        }
                        pc = arg as usize;
                        if hot {
                            // Record the loop from its header on, in the tracing copy.
                            save_pc!();
                            start_tracing!();
                        } else {
                            // The loop's next iteration.
                            run_inner!();
                        }
                    }
                    Opcode::EnterExecutor => {
                        let jump_at = pc - 1;
                        let trace = code.instrs[pc].get();
                        pc += 1;
                        self.safepoint_ticks = self.safepoint_ticks.wrapping_sub(1);
                        if self.safepoint_ticks == 0 || self.heap.should_collect() {
                            save_pc!();
                            tri!(self.safepoint());
                        }
                        pc = arg as usize;
                        if JIT && !TRACING {
                            save_pc!();
                            enter_traces!(Some(jump_at), trace);
                        }
                    }
                    Opcode::PopJumpIfFalse => pop_jump_if!(false, arg as usize),
                    Opcode::PopJumpIfTrue => pop_jump_if!(true, arg as usize),
                    Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                        save_pc!();
                        let v = top!();
                        let b = tri!(self.truthy(v));
                        if b == (op == Opcode::JumpIfTrueOrPop) {
                            pc = arg as usize;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Opcode::GetIter => {
                        save_pc!();
                        let v = top!();
                        if let Some(func) = self.iter_dunder(v) {
                            // A Python `__iter__` runs as a frame over the
                            // instance (so traces record through it).
                            // (`iter_dunder` checked what could deoptimize.)
                            tri!(crate::uop::push_operand_frame(self, func, 1, ReturnAction::GetIter));
                            reload!();
                            continue;
                        }
                        let it = tri!(self.get_iter(v));
                        self.stack.set_top(it);
                    }
                    Opcode::ForIter => {
                        family_head!(Opcode::ForIter);
                        save_pc!();
                        let it = top!();
                        if let Some(g) = self.as_generator(it) {
                            if tri!(self.resume_generator(g, Value::None, GenMode::ForIter { exit: arg })) {
                                reload!();
                            } else {
                                self.stack.pop();
                                pc = arg as usize;
                            }
                            continue;
                        }
                        match tri!(self.iter_next(it)) {
                            Some(v) => self.stack.push(v),
                            None => {
                                self.stack.pop();
                                pc = arg as usize;
                            }
                        }
                    }
                    Opcode::KwNames => {
                        if let Value::Obj(t) = code.consts[arg as usize] {
                            self.pending_kwnames = Some(t);
                        }
                    }
                    Opcode::Call => {
                        family_head!(Opcode::Call);
                        save_pc!();
                        let kw = self.pending_kwnames.take();
                        match tri!(self.call_from_stack(arg as usize, kw)) {
                            CallOutcome::Done => {}
                            CallOutcome::Frame => {
                                reload!();
                                self.safepoint_ticks = self.safepoint_ticks.wrapping_sub(1);
                                if self.safepoint_ticks == 0 || self.heap.should_collect() {
                                    tri!(self.safepoint());
                                }
                            }
                        }
                    }
                    Opcode::ReturnValue => {
                        let v = pop!();
                        // The common case first: the value goes to the calling
                        // Python frame (only the frame's `ret_base` is read).
                        let depth = self.frames.len();
                        if let Some(&Frame { on_return: ReturnAction::Push, ret_base, .. }) = self.frames.last() {
                            self.frames.truncate(depth - 1);
                            self.stack.truncate(ret_base);
                            self.stack.push(v);
                            reload!();
                            run_inner!();
                            continue;
                        }
                        let frame = self.pop_frame();
                        self.stack.truncate(frame.ret_base);
                        match frame.on_return {
                            ReturnAction::ToNative => {
                                self.stats.instructions += executed;
                                return Ok(v);
                            }
                            ReturnAction::Push => self.stack.push(v),
                            ReturnAction::Init { instance } => {
                                if !matches!(v, Value::None) {
                                    pc = self.frame().pc;
                                    let tn = self.type_name(v);
                                    break 'dispatch self
                                        .type_error(alloc::format!("__init__() should return None, not '{tn}'"));
                                }
                                self.stack.push(instance);
                            }
                            ReturnAction::Generator { gen, mut mode, mut outer_handled, head } => {
                                if head != gen {
                                    (mode, outer_handled) = self.resume_link_below(head, gen, mode, outer_handled);
                                }
                                self.finish_generator(gen, outer_handled);
                                match mode {
                                    GenMode::Native => {
                                        self.gen_yielded = false;
                                        self.stats.instructions += executed;
                                        return Ok(v);
                                    }
                                    GenMode::ForIter { exit } => {
                                        self.stack.pop();
                                        self.frame_mut().pc = exit as usize;
                                    }
                                    GenMode::Send { exit } => {
                                        self.stack.pop();
                                        self.stack.push(v);
                                        self.frame_mut().pc = exit as usize;
                                    }
                                    GenMode::Call => {
                                        // As the built-in's StopIteration, raised at the call.
                                        pc = self.frame().pc;
                                        break 'dispatch self.stop_iteration_with(v);
                                    }
                                }
                            }
                            ReturnAction::BinaryDunder { oparg, left, right } => {
                                if v.is(self.not_implemented()) {
                                    reload!();
                                    let r = tri!(self.binary_op_after_forward(oparg, left, right));
                                    self.stack.push(r);
                                    continue;
                                }
                                self.stack.push(v);
                            }
                            ReturnAction::Contains { negate } => {
                                reload!();
                                let t = match v {
                                    Value::Bool(b) => b,
                                    _ => {
                                        // (On the stack while `__bool__` runs: a GC root.)
                                        self.stack.push(v);
                                        let t = tri!(self.truthy(v));
                                        self.stack.pop();
                                        t
                                    }
                                };
                                self.stack.push(Value::Bool(t != negate));
                                continue;
                            }
                            ReturnAction::Discard => {}
                            ReturnAction::KeyHash { op } => {
                                // (Errors are raised at the caller's instruction.)
                                pc = self.frame().pc;
                                tri!(self.key_hash_returned(op, v));
                                reload!();
                                continue;
                            }
                            ReturnAction::KeyEq { op } => {
                                // (Errors are raised at the caller's instruction.)
                                pc = self.frame().pc;
                                tri!(self.key_eq_returned(op, v));
                                reload!();
                                continue;
                            }
                            ReturnAction::ForIterNext { .. } => self.stack.push(v),
                            ReturnAction::Len => {
                                reload!();
                                self.stack.push(v);
                                let n = tri!(self.len_result(v));
                                self.stack.set_top(Value::Int(n as i64));
                                continue;
                            }
                            ReturnAction::GetIter => {
                                reload!();
                                self.stack.push(v);
                                tri!(self.check_iter_result(v));
                                continue;
                            }
                            ReturnAction::CompareDunder { oparg, left, right } => {
                                reload!();
                                let op = CompareOp::from_arg(oparg).unwrap_or(CompareOp::Eq);
                                let mut r = v;
                                if r.is(self.not_implemented()) {
                                    r = tri!(self.compare_after_forward(op, left, right));
                                }
                                if CompareOp::coerces_to_bool(oparg) && !matches!(r, Value::Bool(_)) {
                                    self.stack.push(r);
                                    let t = tri!(self.truthy(r));
                                    self.stack.set_top(Value::Bool(t));
                                } else {
                                    self.stack.push(r);
                                }
                                continue;
                            }
                            ReturnAction::BuildClass { name, bases, namespace, extras } => {
                                reload!();
                                let cls = tri!(self.class_statement_end(name, bases, namespace, extras));
                                self.stack.push(cls);
                                continue;
                            }
                        }
                        reload!();
                    }
                    Opcode::MakeFunction => {
                        let code_v = pop!();
                        let closure = if arg & 8 != 0 { pop!() } else { Value::None };
                        let kwdefaults = if arg & 2 != 0 { pop!() } else { Value::None };
                        let defaults = if arg & 1 != 0 { pop!() } else { Value::None };
                        let globals = self.frame().globals;
                        let f = self.make_function(code_v, defaults, kwdefaults, closure, globals);
                        self.stack.push(f);
                    }
                    Opcode::BuildClass => {
                        save_pc!();
                        tri!(self.start_class_body(arg as usize));
                        reload!();
                    }
                    Opcode::MakeCell => {
                        let slot = base + arg as usize;
                        let v = self.stack[slot];
                        let cell = self.heap.alloc(Obj::Cell(v));
                        self.stack[slot] = Value::Obj(cell);
                    }
                    Opcode::LoadClosure => {
                        let v = self.stack.at(base + arg as usize);
                        self.stack.push(v);
                    }
                    Opcode::LoadDeref | Opcode::LoadClassDeref => {
                        if op == Opcode::LoadClassDeref {
                            let ns = self.frame().locals_dict;
                            if let Some(ns) = ns {
                                if let Some(v) = self.dict_get_str(ns, code.varnames[arg as usize]) {
                                    self.stack.push(v);
                                    continue;
                                }
                            }
                        }
                        let v = match self.stack[base + arg as usize] {
                            Value::Obj(c) => match self.heap.get(c) {
                                Obj::Cell(v) => *v,
                                _ => Value::Null,
                            },
                            _ => Value::Null,
                        };
                        if v.is_null() {
                            save_pc!();
                            let name = code.varnames[arg as usize];
                            break 'dispatch self.unbound_deref_error(&code, arg as usize, name);
                        }
                        self.stack.push(v);
                    }
                    Opcode::StoreDeref | Opcode::DeleteDeref => {
                        let v = if op == Opcode::StoreDeref { pop!() } else { Value::Null };
                        if let Value::Obj(c) = self.stack[base + arg as usize] {
                            if let Obj::Cell(slot) = self.heap.get_mut(c) {
                                *slot = v;
                            }
                        }
                    }
                    Opcode::ListExtend => {
                        save_pc!();
                        let it = top!();
                        let len = self.stack.len();
                        let callee = if arg & CALL_CONTEXT != 0 { Some(self.stack[len - 4]) } else { None };
                        let items = tri!(self.collect_iterable_for_star(it, callee));
                        self.stack.pop();
                        let l = self.stack[self.stack.len() - (arg & 0xff) as usize];
                        if let Value::Obj(r) = l {
                            self.heap.note_growth(16 * items.len());
                            if let Obj::List(v) = self.heap.get_mut(r) {
                                v.extend(items);
                            }
                        }
                    }
                    Opcode::ListToTuple => {
                        let l = top!();
                        let items = match l {
                            Value::Obj(r) => match self.heap.get_mut(r) {
                                Obj::List(v) => core::mem::take(v).into(),
                                _ => Vec::new(),
                            },
                            _ => Vec::new(),
                        };
                        let t = self.new_tuple(items);
                        self.stack.set_top(t);
                    }
                    Opcode::DictMerge | Opcode::DictUpdate => {
                        save_pc!();
                        let src = top!();
                        let len = self.stack.len();
                        let d = self.stack[len - 1 - arg as usize];
                        let callee = if op == Opcode::DictMerge { Some(self.stack[len - 5]) } else { None };
                        if let Value::Obj(d) = d {
                            tri!(self.dict_merge_from(d, src, callee));
                        }
                        self.stack.pop();
                    }
                    Opcode::CallFunctionEx => {
                        save_pc!();
                        let kwargs = if arg & 1 != 0 { pop!() } else { Value::None };
                        let args = pop!();
                        let kwnames = tri!(self.spread_call_args(args, kwargs));
                        let argc = self.stack.len() - self.call_ex_base;
                        match tri!(self.call_from_stack(argc, kwnames)) {
                            CallOutcome::Done => {}
                            CallOutcome::Frame => reload!(),
                        }
                    }
                    Opcode::UnpackEx => {
                        save_pc!();
                        let v = top!();
                        let items = tri!(self.unpack_ex(v, (arg & 0xff) as usize, (arg >> 8) as usize));
                        self.stack.pop();
                        self.stack.extend(items.into_iter().rev());
                    }
                    Opcode::BuildSet => {
                        save_pc!();
                        let start = self.stack.len() - arg as usize;
                        let items: Vec<Value> = self.stack[start..].to_vec();
                        let s = tri!(self.build_set(&items));
                        self.stack.truncate(start);
                        self.stack.push(s);
                    }
                    Opcode::SetAdd | Opcode::SetUpdate => {
                        save_pc!();
                        let v = top!();
                        let s = self.stack[self.stack.len() - 1 - arg as usize];
                        if op == Opcode::SetAdd {
                            tri!(self.set_add_value(s, v));
                        } else {
                            tri!(self.set_update_from(s, v));
                        }
                        self.stack.pop();
                    }
                    Opcode::YieldValue => {
                        let v = pop!();
                        save_pc!();
                        match self.suspend_generator(arg == 1) {
                            Some(GenMode::Native) => {
                                self.gen_yielded = true;
                                self.stats.instructions += executed;
                                return Ok(v);
                            }
                            Some(_) => {
                                self.stack.push(v);
                                reload!();
                            }
                            None => break 'dispatch self.system_error("yield outside a generator frame"),
                        }
                    }
                    Opcode::GetYieldFromIter => {
                        save_pc!();
                        let v = top!();
                        match v {
                            Value::Obj(r) if matches!(self.heap.get(r), Obj::Generator(_)) => {
                                if self.class_of(v) == self.types.coroutine {
                                    break 'dispatch self.type_error(
                                        "cannot 'yield from' a coroutine object in a non-coroutine generator",
                                    );
                                }
                                if self.class_of(v) == self.types.async_generator {
                                    break 'dispatch self.type_error("'async_generator' object is not iterable");
                                }
                            }
                            _ => {
                                let it = tri!(self.get_iter(v));
                                self.stack.set_top(it);
                            }
                        }
                    }
                    Opcode::Send => {
                        family_head!(Opcode::Send);
                        save_pc!();
                        let sent = pop!();
                        let receiver = top!();
                        if let Some(g) = self.as_generator(receiver) {
                            if tri!(self.resume_generator(g, sent, GenMode::Send { exit: arg })) {
                                reload!();
                            } else {
                                // Already exhausted: delegation ends with None.
                                self.stack.pop();
                                self.stack.push(Value::None);
                                pc = arg as usize;
                            }
                            continue;
                        }
                        let async_op = match receiver {
                            Value::Obj(r) if matches!(self.heap.get(r), Obj::Iter(IterState::AsyncGenOp { .. })) => {
                                Some(r)
                            }
                            _ => None,
                        };
                        let step = match async_op {
                            // An async generator's awaitable: its result comes
                            // as StopIteration (handled below).
                            #[cfg(feature = "coroutines")]
                            Some(op) => self.async_gen_op_send(op, sent).map(Ok),
                            _ if matches!(sent, Value::None) => self.iter_next(receiver).map(|o| o.ok_or(Value::None)),
                            _ => {
                                let send = self.intern("send");
                                match self.get_attr(receiver, send) {
                                    Ok(f) => self.call_value(f, &[sent]).map(Ok),
                                    Err(e) => Err(e),
                                }
                            }
                        };
                        match step {
                            Ok(Ok(v)) => self.stack.push(v),
                            Ok(Err(ret)) => {
                                self.stack.pop();
                                self.stack.push(ret);
                                pc = arg as usize;
                            }
                            Err(e) => {
                                let stop = self.exc.stop_iteration;
                                if self.exception_matches(e, stop) {
                                    let value = self.stop_iteration_value(e);
                                    self.stack.pop();
                                    self.stack.push(value);
                                    pc = arg as usize;
                                } else {
                                    break 'dispatch e;
                                }
                            }
                        }
                    }
                    Opcode::ImportName => {
                        save_pc!();
                        let fromlist = pop!();
                        let level = pop!();
                        let m = tri!(self.import_name(code.names[arg as usize], fromlist, level));
                        self.stack.push(m);
                    }
                    Opcode::ImportFrom => {
                        save_pc!();
                        let m = top!();
                        let v = tri!(self.import_from(m, code.names[arg as usize]));
                        self.stack.push(v);
                    }
                    Opcode::ImportStar => {
                        save_pc!();
                        let m = pop!();
                        tri!(self.import_star(m));
                    }
                    Opcode::BinaryOpAddInt
                    | Opcode::BinaryOpSubInt
                    | Opcode::BinaryOpMulInt
                    | Opcode::BinaryOpBitInt
                    | Opcode::BinaryOpDivModInt
                    | Opcode::BinaryOpAddFloat
                    | Opcode::BinaryOpSubFloat
                    | Opcode::BinaryOpMulFloat
                    | Opcode::BinaryOpDivFloat
                    | Opcode::BinaryOpInstance
                    | Opcode::CompareOpInt
                    | Opcode::CompareOpFloat
                    | Opcode::LoadGlobalModule
                    | Opcode::LoadGlobalBuiltin
                    | Opcode::LoadAttrInstance
                    | Opcode::LoadMethodInstance
                    | Opcode::LoadMethodBuiltin
                    | Opcode::StoreAttrInstance
                    | Opcode::CallPyExactArgs
                    | Opcode::CallPyGen
                    | Opcode::ForIterRange
                    | Opcode::ForIterList
                    | Opcode::BinarySubscrListInt
                    | Opcode::BinarySubscrTupleInt
                    | Opcode::BinarySubscrDict
                    | Opcode::StoreSubscrListInt
                    | Opcode::StoreSubscrDict
                    | Opcode::UnpackSequenceTwoTuple
                    | Opcode::UnpackSequenceTuple
                    | Opcode::UnpackSequenceList
                    | Opcode::ContainsOpDict
                    | Opcode::CallBuiltin
                    | Opcode::CallLen
                    | Opcode::CallAllocAndEnterInit
                    | Opcode::BinaryOpAddStr
                    | Opcode::BinarySubscrStrInt
                    | Opcode::CompareOpStr
                    | Opcode::LoadAttrClass
                    | Opcode::LoadAttrModule
                    | Opcode::CallIsinstance
                    | Opcode::ForIterTuple
                    | Opcode::ContainsOpSet
                    | Opcode::ContainsOpStr
                    | Opcode::ContainsOpList
                    | Opcode::ForIterGen
                    | Opcode::CallBuiltinClass
                    | Opcode::StoreAttrInstanceAdd
                    | Opcode::ToBoolBool
                    | Opcode::ToBoolInt
                    | Opcode::ToBoolNone
                    | Opcode::ToBoolList
                    | Opcode::ToBoolStr
                    | Opcode::ToBoolAlwaysTrue
                    | Opcode::SendGen
                    | Opcode::CallGen
                    | Opcode::LoadAttrProperty
                    | Opcode::BinarySubscrInstance
                    | Opcode::CompareOpInstance
                    | Opcode::ContainsOpInstance
                    | Opcode::StoreSubscrInstance
                    | Opcode::CallLenInstance
                    | Opcode::ForIterInstance
                    | Opcode::BinarySubscrDictHash
                    | Opcode::StoreSubscrDictHash
                    | Opcode::ContainsOpHash => {
                        // (The normal copy runs them in the arms above,
                        // the recording copy before this `match`.)
                        break 'dispatch self.system_error("specialized instruction without an inline cache");
                    }
                    #[cfg(feature = "array-module")]
                    Opcode::BinarySubscrArrayInt | Opcode::StoreSubscrArrayInt => {
                        // (Likewise.)
                        break 'dispatch self.system_error("specialized instruction without an inline cache");
                    }
                    Opcode::RaiseVarargs => {
                        save_pc!();
                        let err = match arg {
                            0 => self.reraise_handled(),
                            1 => {
                                let e = pop!();
                                self.make_raisable(e)
                            }
                            _ => {
                                let cause = pop!();
                                let e = pop!();
                                self.make_raisable_with_cause(e, cause)
                            }
                        };
                        break 'dispatch err;
                    }
                    Opcode::Reraise => {
                        save_pc!();
                        match pop!() {
                            Value::Obj(r) => break 'dispatch PyErr(r),
                            _ => break 'dispatch self.system_error("RERAISE of a non-exception"),
                        }
                    }
                    Opcode::PushExcInfo => {
                        let exc = pop!();
                        self.stack.push(self.handled);
                        self.stack.push(exc);
                        self.handled = exc;
                    }
                    Opcode::PopExcept => {
                        self.handled = pop!();
                    }
                    Opcode::CheckExcMatch => {
                        save_pc!();
                        let typ = pop!();
                        let exc = top!();
                        let m = tri!(self.exception_matches_value(exc, typ));
                        self.stack.push(Value::Bool(m));
                    }
                    Opcode::LoadAssertionError => self.stack.push(Value::Obj(self.exc.assertion_error)),
                    Opcode::BeforeWith => {
                        save_pc!();
                        let ctx = top!();
                        let (exit, entered) = tri!(self.enter_context(ctx, arg != 0));
                        self.stack.set_top(exit);
                        self.stack.push(entered);
                    }
                    Opcode::WithExit => {
                        save_pc!();
                        let exit = top!();
                        let r = tri!(self.call_value(exit, &[Value::None, Value::None, Value::None]));
                        self.stack.pop();
                        if arg != 0 {
                            self.stack.push(r);
                        }
                    }
                    #[cfg(not(feature = "coroutines"))]
                    Opcode::GetAwaitable | Opcode::GetAIter | Opcode::GetANext | Opcode::EndAsyncFor => {
                        save_pc!();
                        break 'dispatch self.system_error("this build has no coroutines");
                    }
                    #[cfg(feature = "coroutines")]
                    Opcode::GetAwaitable => {
                        save_pc!();
                        let v = top!();
                        let it = tri!(self.get_awaitable(v, arg));
                        self.stack.set_top(it);
                    }
                    #[cfg(feature = "coroutines")]
                    Opcode::GetAIter => {
                        save_pc!();
                        let v = top!();
                        let it = tri!(self.get_aiter(v));
                        self.stack.set_top(it);
                    }
                    #[cfg(feature = "coroutines")]
                    Opcode::GetANext => {
                        save_pc!();
                        let v = top!();
                        let it = tri!(self.get_anext(v));
                        self.stack.push(it);
                    }
                    #[cfg(feature = "coroutines")]
                    Opcode::EndAsyncFor => {
                        save_pc!();
                        let exc = pop!();
                        self.stack.pop();
                        let stop = self.exc.stop_async_iteration;
                        match exc {
                            Value::Obj(e) if self.exception_matches(PyErr(e), stop) => {}
                            Value::Obj(e) => break 'dispatch PyErr(e),
                            _ => break 'dispatch self.system_error("END_ASYNC_FOR of a non-exception"),
                        }
                    }
                    Opcode::WithExceptStart => {
                        save_pc!();
                        let len = self.stack.len();
                        let (exit, exc) = (self.stack[len - 3], self.stack[len - 1]);
                        let typ = Value::Obj(self.class_of(exc));
                        let tb = match exc {
                            Value::Obj(e) => self.traceback_of(e, 0),
                            _ => Value::None,
                        };
                        let r = tri!(self.call_value(exit, &[typ, exc, tb]));
                        self.stack.push(r);
                        if arg == 0 {
                            let t = tri!(self.truthy(r));
                            self.stack.set_top(Value::Bool(t));
                        }
                    }
                    Opcode::FormatValue => {
                        save_pc!();
                        let has_spec = arg & 4 != 0;
                        let len = self.stack.len();
                        let (v, spec) = if has_spec {
                            (self.stack[len - 2], Some(self.stack[len - 1]))
                        } else {
                            (self.stack[len - 1], None)
                        };
                        let r = tri!(crate::builtins::format::format_value_op(self, v, arg & 3, spec));
                        self.stack.truncate(len - 1 - has_spec as usize);
                        self.stack.push(r);
                    }
                    Opcode::BuildString => {
                        let start = self.stack.len() - arg as usize;
                        let r = tri!(crate::builtins::format::build_string(self, start));
                        self.stack.truncate(start);
                        self.stack.push(r);
                    }
                    Opcode::MatchSequence => {
                        let b = self.match_is_sequence(top!());
                        self.stack.push(Value::Bool(b));
                    }
                    Opcode::MatchMapping => {
                        let b = self.match_is_mapping(top!());
                        self.stack.push(Value::Bool(b));
                    }
                    Opcode::GetLen => {
                        save_pc!();
                        let n = tri!(crate::builtins::len_of(self, top!()));
                        self.stack.push(Value::Int(n as i64));
                    }
                    Opcode::MatchKeys => {
                        save_pc!();
                        let len = self.stack.len();
                        let (subject, keys) = (self.stack[len - 2], self.stack[len - 1]);
                        let r = tri!(self.match_keys(subject, keys));
                        self.stack.push(r);
                    }
                    Opcode::MatchClass => {
                        save_pc!();
                        // The operands stay on the stack (rooted) while attributes are read.
                        let len = self.stack.len();
                        let (subject, cls, names) = (self.stack[len - 3], self.stack[len - 2], self.stack[len - 1]);
                        let r = tri!(self.match_class(subject, cls, arg, names));
                        self.stack.truncate(len - 3);
                        self.stack.push(r);
                    }
                }
                    };
                }
                crate::for_each_specialization!(dispatch);
            };
            // An exception: record where it happened and unwind.
            save_pc!();
            self.stats.instructions += executed;
            executed = 0;
            if TRACING {
                if step {
                    return Err(err);
                }
                self.abort_recording(crate::jit::AbortReason::Exception);
            }
            match self.unwind(err, entry) {
                Ok(()) => reload!(),
                Err(e) => return Err(e),
            }
        }
    }

    /// Raises `err` in the top frame (used by `generator.throw`).
    pub(crate) fn unwind_from(&mut self, err: PyErr, entry: usize) -> Result<(), PyErr> {
        self.unwind(err, entry)
    }

    /// Decodes `BINARY_OP`'s operand and applies it.
    fn binary_op_arg(&mut self, arg: u32, a: Value, b: Value) -> PyResult<Value> {
        match BinaryOp::from_arg(arg) {
            Some((op, inplace)) => self.binary_op(op, a, b, inplace),
            None => Err(self.system_error("bad BINARY_OP operand")),
        }
    }

    /// Propagates `err`: the innermost handler of the top frame takes it
    /// (stack cut back to the handler's depth, the exception pushed);
    /// frames without one are popped, each adding a traceback entry, until
    /// the entry frame is left and the error goes to the native caller.
    ///
    /// During a hard stop (see [`crate::vm::StopReason`]) no handler takes
    /// it: whatever error native code made of it, the stop's own error
    /// unwinds every frame down to `entry`, skipping `except`, `finally`
    /// and `with` exits alike.
    fn unwind(&mut self, err: PyErr, entry: usize) -> Result<(), PyErr> {
        let stopping = self.pending_stop();
        let err = stopping.unwrap_or(err);
        self.set_exception_context(err);
        loop {
            let depth = self.frames.len() - 1;
            let frame = &self.frames[depth];
            let pc = frame.pc.saturating_sub(1);
            let code = frame.code.clone();
            // One traceback entry per frame the exception passes through
            // (a re-raise inside the same frame adds none).
            // (A built-in's Python-written loop adds none either.)
            let recorded = code.code.flags & crate::bytecode::code::FLAG_HIDDEN != 0
                || match self.heap.get(err.0) {
                    Obj::Instance(i) => i.exc.as_ref().is_some_and(|e| e.caught_line.is_some_and(|(d, _)| d == depth)),
                    _ => true,
                };
            if !recorded {
                let line = code.code.line_at(pc);
                self.add_traceback(err, code.clone(), pc);
                if let Obj::Instance(i) = self.heap.get_mut(err.0) {
                    if let Some(e) = i.exc.as_mut() {
                        e.caught_line = Some((depth, line));
                    }
                }
            }
            if let Some(h) = code.code.handler_for(pc).copied().filter(|_| stopping.is_none()) {
                let frame = &self.frames[depth];
                let stack_base = frame.base + code.nlocals() + h.depth as usize;
                self.stack.truncate(stack_base);
                self.stack.push(Value::Obj(err.0));
                self.frames[depth].pc = h.target as usize;
                return Ok(());
            }
            #[cfg(feature = "frames")]
            self.frame_left_by_exception(depth);
            let frame = self.pop_frame();
            self.stack.truncate(frame.ret_base);
            if let (ReturnAction::ForIterNext { exit }, None) = (frame.on_return, stopping) {
                // `FOR_ITER_INSTANCE`: StopIteration from `__next__` ends the loop.
                if self.frames.len() > entry && self.exception_matches(err, self.exc.stop_iteration) {
                    self.stack.pop();
                    self.frame_mut().pc = exit as usize;
                    return Ok(());
                }
            }
            if let ReturnAction::Generator { gen, mode, mut outer_handled, head } = frame.on_return {
                if head != gen {
                    // The frame of the `yield from` link it ran for takes the
                    // exception next (a frame at the same depth: the mark of
                    // where it was caught last is stale).
                    outer_handled = self.resume_link_below(head, gen, mode, outer_handled).1;
                    if let Obj::Instance(i) = self.heap.get_mut(err.0) {
                        if let Some(e) = i.exc.as_mut() {
                            e.caught_line = None;
                        }
                    }
                }
                self.finish_generator(gen, outer_handled);
                let converted = self.generator_exit_error(gen, err);
                if converted != err {
                    // Raised where the generator was resumed, as in CPython:
                    // its traceback starts in the frame below.
                    if self.frames.len() <= entry {
                        return Err(converted);
                    }
                    return self.unwind(converted, entry);
                }
            }
            if self.frames.len() <= entry {
                return Err(err);
            }
        }
    }
}
