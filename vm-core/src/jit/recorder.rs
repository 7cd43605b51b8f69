//! The trace recorder. The tracing copy of the eval loop calls
//! [`Vm::record_step`] before each instruction; it lowers the instruction
//! that just completed to uops (with what execution actually did: the form
//! it ran as, where control went, the stack depth it left) and decides
//! whether recording goes on.

// Indexing: the recorder follows the interpreter over verified bytecode:
// its model of the value stack has the depth the verifier proved for
// each instruction (the `len - k` reads are guarded by `stack_now >= k`
// or by the instruction's stack inputs), code indices are ones it
// registered in `codes`, cache entries come from `entries` that name
// the inline cache's own layout, and `stats.aborts` is a table with one
// entry per `AbortReason`.
#![allow(clippy::indexing_slicing)]

use alloc::rc::Rc;
use alloc::vec::Vec;

use super::ir::Ty;
use super::{AbortReason, TraceKind};
use crate::bytecode::opcode::{decode, Opcode};
use crate::interp::code::CodeObject;
use crate::runtime::value::ObjRef;
use crate::runtime::value::Value;
use crate::uop::{Uop, UopArgs};
use crate::vm::Vm;

/// One bytecode instruction as recorded.
#[derive(Clone, Debug)]
pub struct RecordedInst {
    /// Index into the recording's codes.
    pub code: u32,
    /// Code-unit index of the instruction.
    pub pc: u32,
    /// Frames above the root when it started (negative: below it).
    pub depth: i32,
    /// The form that completed (after any specialization or deopt).
    pub op: Opcode,
    /// Its operand.
    pub arg: u32,
    /// Operand-stack depth before it.
    pub stack_before: u32,
    /// Operand-stack depth after it (in the frame then on top).
    pub stack_after: u32,
    /// Where execution went: (depth, code, pc).
    pub next: (i32, u32, u32),
    /// Types of the top two operands before it ran (top first).
    pub tos: [Ty; 2],
    /// Built-in kinds (list, tuple, str, dict) of the top three operands
    /// before it ran (top first), where they are one.
    pub kinds: [Option<super::ir::Kind>; 3],
    /// The top operand before it ran, if an instance of a user class.
    pub receiver: Option<Receiver>,
    /// For `BINARY_OP_INSTANCE` and `BINARY_SUBSCR_INSTANCE`: the dunder
    /// call it made (for a `RETURN_VALUE` of a key's `__hash__` whose
    /// lookup pushed a stored key's `__eq__` frame: that `__eq__`).
    pub dunder: Option<DunderCall>,
    /// For `CALL_BUILTIN`/`CALL_BUILTIN_CLASS` of a built-in a runtime
    /// function does (`list.append`, `int(x)`, ...: see
    /// `builtins::runtime_fn_of`): that function (the trace guards the
    /// callee object, whose Rust function never changes).
    pub builtin: Option<super::ir::RuntimeFn>,
    /// For a generic `FOR_ITER`: the kind of built-in iterator it stepped,
    /// where `IterNext` can step it (a site tier 1 left generic because it
    /// sees several kinds, such as a built-in's Python-written loop).
    pub iter: Option<super::ir::IterKind>,
    /// For `LOAD_GLOBAL_MODULE`/`LOAD_GLOBAL_BUILTIN`: the entry it read
    /// and the value, which the trace may take as a constant.
    pub global: Option<GlobalSeen>,
}

/// A global or builtin as a completed load saw it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GlobalSeen {
    /// The frame's globals (`ObjRef`).
    pub globals: u32,
    /// The dict holding the entry: the globals, or the builtins.
    pub dict: u32,
    /// The entry's index there.
    pub index: u32,
    /// The value loaded.
    pub value: Value,
}

/// What a recorded `BINARY_OP_INSTANCE`'s call of the left operand's
/// dunder (`__add__`, ...) depended on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DunderCall {
    /// The left operand's class (`ObjRef`).
    pub class: u32,
    /// The class's version then (the lookup of the dunder depends on it).
    pub version: u32,
    /// The left operand's shape.
    pub shape: u32,
    /// The function the lookup found (`ObjRef`).
    pub func: u32,
    /// The `NotImplemented` singleton (`ObjRef`): a dunder returning it
    /// hands over to the reflected operation, which tier 1 does.
    pub not_implemented: u32,
}

/// An instance on top of the stack when an instruction was recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Receiver {
    /// Its class (`ObjRef`).
    pub class: u32,
    /// The class's version then (a trace specialized on it depends on it).
    pub version: u32,
    /// Its shape.
    pub shape: u32,
    /// Where its shape keeps the instruction's name, for instructions with one.
    pub slot: Option<u32>,
    /// For a generic `LOAD_ATTR`/`LOAD_METHOD` (a site tier 1 left generic,
    /// e.g. polymorphic): the instance form tier 1 would specialize it to
    /// for this receiver and its operand (the slot, or the method's
    /// function), so the trace can specialize on the receiver it saw.
    pub as_if: Option<(Opcode, u32)>,
}

/// A uop of the recorded trace and the instruction it came from.
#[derive(Clone, Copy, Debug)]
pub struct TraceUop {
    /// The uop.
    pub uop: Uop,
    /// Index of the instruction in `Recording::insts`.
    pub inst: u32,
}

/// How a recording ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraceEnd {
    /// Back at its own start: the trace loops.
    Loop,
    /// At the start of trace `id`: the trace continues there.
    Link(u32),
    /// At its own start in another frame (a recursive call): the trace
    /// continues at its own start, in the new frame.
    Recurse,
    /// Leaves to tier 1 before the instruction at this position of the top frame.
    Exit,
}

/// The state of a recording in progress.
pub struct Recording {
    /// Root or side trace, and where it came from.
    pub kind: TraceKind,
    /// `frames.len()` when recording started.
    pub root_depth: usize,
    /// Where the trace starts.
    pub start_code: Rc<CodeObject>,
    /// Its position there.
    pub start_pc: u32,
    /// Operand-stack depth at the start.
    pub start_stack: u32,
    /// The trace must check where it starts: it grows from an exit that
    /// leaves the state as it is (after an instruction whose successor is
    /// only known at run time), which other states can take too.
    pub entry_guard: bool,
    /// A function-entry trace or a side trace grown from one: it follows a
    /// return out of its root frame only into a caller running the same
    /// code (recursion); other returns end it, so that the caller's loops
    /// get root traces of their own that inline the call.
    pub from_entry: bool,
    /// Every code object the trace runs.
    pub codes: Vec<Rc<CodeObject>>,
    /// Instructions recorded.
    pub insts: Vec<RecordedInst>,
    /// Their uops.
    pub uops: Vec<TraceUop>,
    /// Per instruction: the operands and inline cache its uops ran with.
    pub uop_args: Vec<UopArgs>,
    /// The instruction running now (completed when the next one starts).
    pending: Option<RecordedInst>,
    /// Set when the recording stops.
    pub end: Option<TraceEnd>,
}

impl Recording {
    /// The memory the recording holds (its instruction, uop and code
    /// lists), counted against the heap limit while it records.
    pub fn memory_bytes(&self) -> usize {
        use core::mem::size_of;
        size_of::<Recording>()
            + self.codes.capacity() * size_of::<Rc<CodeObject>>()
            + self.insts.capacity() * size_of::<RecordedInst>()
            + self.uops.capacity() * size_of::<TraceUop>()
            + self.uop_args.capacity() * size_of::<UopArgs>()
    }

    /// Per instruction: the global or builtin the trace takes as a constant
    /// there (`global_consts`): each completed load whose entry was not
    /// volatile, unless the recording also stores or deletes a global of
    /// that name (its later loads would read the trace's own store).
    pub fn constant_globals(&self) -> Vec<Option<GlobalSeen>> {
        let stored: Vec<ObjRef> = self
            .insts
            .iter()
            .zip(&self.uop_args)
            .filter(|(inst, _)| {
                matches!(inst.op, Opcode::StoreGlobal | Opcode::DeleteGlobal | Opcode::StoreName | Opcode::DeleteName)
            })
            .map(|(_, args)| args.name)
            .collect();
        self.insts
            .iter()
            .zip(&self.uop_args)
            .map(|(inst, args)| inst.global.filter(|_| !stored.contains(&args.name)))
            .collect()
    }

    /// The classes and versions the trace's specialized instructions were
    /// recorded with (it is invalidated when one changes).
    pub fn class_dependencies(&self) -> Vec<(ObjRef, u32)> {
        let mut deps = Vec::new();
        for (inst, args) in self.insts.iter().zip(&self.uop_args) {
            let entries: &[usize] = match inst.op {
                Opcode::LoadAttrInstance | Opcode::LoadMethodInstance | Opcode::StoreAttrInstance => &[0, 4],
                Opcode::CallAllocAndEnterInit
                | Opcode::LoadAttrClass
                | Opcode::ToBoolAlwaysTrue
                | Opcode::LoadAttrProperty => &[0],
                _ => &[],
            };
            let cached = entries.iter().map(|&e| (args.cache[e], args.cache[e + 1]));
            // Attribute forms are lowered for the receiver's own class and shape.
            let receiver = match inst.op {
                Opcode::LoadAttrInstance
                | Opcode::LoadMethodInstance
                | Opcode::StoreAttrInstance
                | Opcode::StoreAttrInstanceAdd => inst.receiver.map(|r| (r.class, r.version)),
                Opcode::LoadAttr | Opcode::LoadMethod => {
                    inst.receiver.filter(|r| r.as_if.is_some()).map(|r| (r.class, r.version))
                }
                Opcode::BinaryOpInstance
                | Opcode::BinarySubscrInstance
                | Opcode::CompareOpInstance
                | Opcode::ContainsOpInstance
                | Opcode::StoreSubscrInstance
                | Opcode::CallLenInstance
                | Opcode::ForIterInstance
                | Opcode::GetIter
                | Opcode::BinarySubscrDictHash
                | Opcode::StoreSubscrDictHash
                | Opcode::ContainsOpHash
                | Opcode::ReturnValue => inst.dunder.map(|d| (d.class, d.version)),
                _ => None,
            };
            for (class, version) in cached.chain(receiver) {
                if class != 0 && !deps.contains(&(ObjRef(class), version)) {
                    deps.push((ObjRef(class), version));
                }
            }
        }
        deps
    }

    /// A new recording starting at the top frame's position.
    pub fn new(vm: &Vm, kind: TraceKind) -> Recording {
        let f = vm.frame();
        let start_stack = (vm.stack.len() - f.base - f.code.nlocals()) as u32;
        let from_entry = matches!(kind, TraceKind::Entry { .. });
        Recording {
            kind,
            root_depth: vm.frames.len(),
            start_code: f.code.clone(),
            start_pc: f.pc as u32,
            start_stack,
            entry_guard: false,
            from_entry,
            codes: Vec::new(),
            insts: Vec::new(),
            uops: Vec::new(),
            uop_args: Vec::new(),
            pending: None,
            end: None,
        }
    }

    fn code_index(&mut self, code: &Rc<CodeObject>) -> u32 {
        match self.codes.iter().position(|c| Rc::ptr_eq(c, code)) {
            Some(i) => i as u32,
            None => {
                self.codes.push(code.clone());
                self.codes.len() as u32 - 1
            }
        }
    }
}

/// The uops an instruction is recorded as (besides its own form's uops).
fn lower_to_uops(inst: &RecordedInst, out: &mut Vec<TraceUop>, index: u32) {
    let mut push = |uop| out.push(TraceUop { uop, inst: index });
    match inst.op {
        Opcode::LoadFast => push(Uop::LoadFast),
        Opcode::StoreFast => push(Uop::StoreFast),
        Opcode::LoadConst => push(Uop::LoadConst),
        Opcode::PopTop => push(Uop::PopTop),
        Opcode::PushNull => push(Uop::PushNull),
        Opcode::Copy => push(Uop::CopyTop),
        Opcode::Swap => push(Uop::SwapTop),
        Opcode::IsOp => push(Uop::IsOp),
        Opcode::Nop | Opcode::JumpForward => {}
        Opcode::JumpBackward | Opcode::EnterExecutor => push(Uop::Safepoint),
        Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
            let jumped = inst.next.2 == inst.arg;
            let truth = jumped == (inst.op == Opcode::PopJumpIfTrue);
            push(if truth { Uop::GuardIsTruePop } else { Uop::GuardIsFalsePop })
        }
        op if op.is_specialized() => {
            for &u in op.uops() {
                push(u)
            }
            if super::lower::pushes_frame(op) {
                push(Uop::DynamicExit);
            }
        }
        _ => {
            push(Uop::Exec);
            push(Uop::DynamicExit);
        }
    }
}

/// What a trace may assume of a global load that just completed (reading
/// entry `index` of the globals, or of the builtins): the entry and the
/// value it holds, unless that entry's value was already rebound under a
/// trace (volatile: the trace reads it instead) or is of a kind programs
/// keep their changing state in (instances and containers, such as
/// deltablue's `planner`, which each test run rebinds: assuming it cost a
/// recompilation of the whole trace tree for nothing it could fold).
fn global_seen(
    heap: &crate::runtime::heap::Heap,
    globals: ObjRef,
    builtins: ObjRef,
    builtin: bool,
    index: u32,
    value: Value,
) -> Option<GlobalSeen> {
    use crate::runtime::object::Obj;
    let dict = if builtin { builtins } else { globals };
    let Obj::Dict(d) = heap.get(dict) else { return None };
    let holds = d.raw_entry(index as usize).is_some_and(|e| e.value.is(value));
    let kind_kept = match value {
        Value::Obj(r) => matches!(
            heap.get(r),
            Obj::Function(_) | Obj::Builtin { .. } | Obj::Class(_) | Obj::Module { .. } | Obj::Str(_) | Obj::Tuple(_)
        ),
        _ => true,
    };
    let holds = holds && kind_kept;
    (holds && !d.is_volatile(index as usize)).then_some(GlobalSeen { globals: globals.0, dict: dict.0, index, value })
}

impl Vm {
    /// Called by the tracing copy of the eval loop before the instruction at
    /// `pc` of `code` (the top frame's). Returns false when recording has
    /// stopped (the loop then goes back to the normal copy).
    pub(crate) fn record_step(&mut self, code: &Rc<CodeObject>, pc: usize) -> bool {
        // A key's `__hash__` returned into a stored key's `__eq__` frame
        // (`key_frames`): its class and method, for the return's record.
        let key_eq = match self.frames.last() {
            Some(f) if matches!(f.on_return, crate::interp::frame::ReturnAction::KeyEq { .. }) => {
                let eq = self.cmp_names.get(crate::bytecode::opcode::CompareOp::Eq as usize).copied();
                eq.and_then(|eq| self.special_method_of(self.stack.at(f.base), eq))
            }
            _ => None,
        };
        let Some(jit) = self.jit.as_mut() else { return false };
        let Some(rec) = jit.recording.as_mut() else { return false };
        let depth_now = self.frames.len() as isize - rec.root_depth as isize;
        let Some(f) = self.frames.last() else { return false };
        let stack_now = (self.stack.len().saturating_sub(f.base + f.code.nlocals())) as u32;
        // Complete the instruction that just ran.
        if let Some(mut done) = rec.pending.take() {
            let at = rec.codes[done.code as usize].clone();
            let (byte, arg) = decode(at.instrs[done.pc as usize].get());
            done.op = Opcode::from_u8(byte).map_or(done.op, Opcode::unfused);
            done.arg = arg;
            let code_idx = rec.code_index(code);
            done.next = (depth_now as i32, code_idx, pc as u32);
            done.stack_after = stack_now;
            if done.op == Opcode::ReturnValue && pc == 0 {
                done.dunder = key_eq;
            }
            let index = rec.insts.len() as u32;
            let before = rec.uops.len();
            lower_to_uops(&done, &mut rec.uops, index);
            let mut args = UopArgs { base: 0, oparg: arg, name: ObjRef(0), cache: [0; 8] };
            if done.op.has_name_arg() {
                args.name = at.names.get(arg as usize).copied().unwrap_or(ObjRef(0));
            }
            let ncache = done.op.cache_size();
            for (i, slot) in args.cache.iter_mut().enumerate().take(ncache.saturating_sub(1)) {
                *slot = at.instrs.get(done.pc as usize + 2 + i).map(|c| c.get()).unwrap_or(0);
            }
            if matches!(done.op, Opcode::LoadGlobalModule | Opcode::LoadGlobalBuiltin) && stack_now >= 1 {
                let builtin = done.op == Opcode::LoadGlobalBuiltin;
                let index = if builtin { args.cache[1] } else { args.cache[0] };
                let value = self.stack[self.stack.len() - 1];
                done.global = global_seen(&self.heap, f.globals, self.builtins, builtin, index, value);
            }
            if done.op == Opcode::MakeFunction {
                // (It has no inline cache.) The frame's globals, which the
                // new function holds: `rt make_function` takes them.
                args.cache[0] = f.globals.0;
            }
            rec.uop_args.push(args);
            rec.insts.push(done);
            let max = jit.params.max_trace_length as usize;
            if rec.uops.len() > max {
                // Too long: cut back to the last whole instruction and exit before it.
                rec.uops.truncate(before);
                rec.uop_args.pop();
                let Some(cut) = rec.insts.pop() else { return self.abort_recording(AbortReason::TooLong) };
                jit.stats.cut_too_long += 1;
                if rec.insts.is_empty() {
                    return self.abort_recording(AbortReason::TooLong);
                }
                // Resume point: the cut instruction's own position and frame.
                return self.finish_recording_at(TraceEnd::Exit, Some(cut), pc);
            }
        }
        let Some(rec) = self.jit.as_mut().and_then(|j| j.recording.as_mut()) else { return false };
        let depth = depth_now as i32;
        let started = !rec.insts.is_empty();
        if started && Rc::ptr_eq(code, &rec.start_code) && pc as u32 == rec.start_pc {
            if depth == 0 {
                return self.finish_recording_at(TraceEnd::Loop, None, pc);
            }
            // Recursion: link to this trace in the other frame. Not for
            // generators: their chains (`yield from` recursion) pay more
            // recorded inline (measured on the generators benchmark).
            if rec.start_code.code.flags & crate::bytecode::code::FLAG_GENERATOR == 0 {
                return self.finish_recording_at(TraceEnd::Recurse, None, pc);
            }
        }
        let Some(jit) = self.jit.as_ref() else { return false };
        if started {
            if let Some(id) = jit.trace_at(code, pc as u32) {
                // A function's entry trace is linked to only by recursive
                // calls; other calls are inlined into this trace (linking
                // would split a loop's body at every call).
                let recursive_or_loop = pc != 0 || self.returns_to_same_code();
                if recursive_or_loop {
                    return self.finish_recording_at(TraceEnd::Link(id), None, pc);
                }
            }
        }
        if depth.unsigned_abs() > jit.params.max_inline_depth {
            return self.finish_recording_at(TraceEnd::Exit, None, pc);
        }
        let rec_from_entry = jit.recording.as_ref().is_some_and(|r| r.from_entry);
        let (byte, arg) = decode(code.instrs.get(pc).map(|c| c.get()).unwrap_or(0));
        let Some(op) = Opcode::from_u8(byte).map(Opcode::unfused) else {
            return self.abort_recording(AbortReason::Unsupported);
        };
        // A return or yield to native code ends the trace (tier 1 does it), and
        // so does a yield out of the root frame: following generator
        // pipelines outward multiplies side traces for little gain (measured
        // on the generators benchmark), while returns to a caller pay.
        let leaves_root = depth <= 0
            && ((op == Opcode::YieldValue && (jit.params.follow_yields == 0 || !self.yields_to_for_loop()))
                || (op == Opcode::ReturnValue && rec_from_entry && !self.returns_to_same_code()));
        if matches!(op, Opcode::ReturnValue | Opcode::YieldValue) && (leaves_root || !super::backend::steppable(self)) {
            if !started {
                return self.abort_recording(AbortReason::LeftRootFrame);
            }
            return self.finish_recording_at(TraceEnd::Exit, None, pc);
        }
        // A function-entry trace does not unroll loops: it ends before a
        // back edge to a loop without a trace (tier 1 counts it and records
        // the loop), and links to the loop's trace when it has one.
        let entry_trace = matches!(jit.recording.as_ref().map(|r| &r.kind), Some(TraceKind::Entry { .. }));
        if entry_trace && started && op == Opcode::JumpBackward && jit.trace_at(code, arg).is_none() {
            return self.finish_recording_at(TraceEnd::Exit, None, pc);
        }
        if matches!(
            op,
            Opcode::RaiseVarargs
                | Opcode::Reraise
                | Opcode::BuildClass
                | Opcode::ImportStar
                | Opcode::GetAwaitable
                | Opcode::GetAIter
                | Opcode::GetANext
                | Opcode::EndAsyncFor
        ) {
            if !started {
                return self.abort_recording(AbortReason::Unsupported);
            }
            return self.finish_recording_at(TraceEnd::Exit, None, pc);
        }
        let len = self.stack.len();
        let tos = [
            if stack_now >= 1 { Ty::of(self.stack[len - 1]) } else { Ty::Any },
            if stack_now >= 2 { Ty::of(self.stack[len - 2]) } else { Ty::Any },
        ];
        let kinds = core::array::from_fn(|i| {
            let at = (i as u32) < stack_now;
            at.then(|| super::backend::kind_of(self, self.stack[len - 1 - i])).flatten()
        });
        let receiver = if stack_now >= 1 { self.receiver_of(self.stack[len - 1], code, pc, op, arg) } else { None };
        let dunder = match op {
            Opcode::BinaryOpInstance if stack_now >= 2 => self.dunder_of(self.stack[len - 2], arg),
            Opcode::BinarySubscrInstance if stack_now >= 2 => {
                self.special_method_of(self.stack[len - 2], self.names.getitem)
            }
            Opcode::ContainsOpInstance if stack_now >= 2 => {
                self.special_method_of(self.stack[len - 1], self.names.contains)
            }
            Opcode::CallLenInstance if stack_now >= 3 => self.special_method_of(self.stack[len - 1], self.names.len),
            Opcode::ForIterInstance if stack_now >= 1 => self.special_method_of(self.stack[len - 1], self.names.next),
            Opcode::GetIter if stack_now >= 1 => self.special_method_of(self.stack[len - 1], self.names.iter),
            Opcode::BinarySubscrDictHash | Opcode::StoreSubscrDictHash if stack_now >= 2 => {
                self.special_method_of(self.stack[len - 1], self.names.hash)
            }
            Opcode::ContainsOpHash if stack_now >= 2 => self.special_method_of(self.stack[len - 2], self.names.hash),
            Opcode::StoreSubscrInstance if stack_now >= 3 => {
                self.special_method_of(self.stack[len - 2], self.names.setitem)
            }
            Opcode::CompareOpInstance if stack_now >= 2 => crate::bytecode::opcode::CompareOp::from_arg(arg)
                .and_then(|op| self.cmp_names.get(op as usize).copied())
                .and_then(|name| self.special_method_of(self.stack[len - 2], name)),
            _ => None,
        };

        let builtin = if matches!(op, Opcode::CallBuiltin | Opcode::CallBuiltinClass) && stack_now >= arg + 2 {
            use crate::runtime::object::Obj;
            match self.stack[len - arg as usize - 2] {
                Value::Obj(f) => match self.heap.get(f) {
                    Obj::Builtin { def, receiver: Value::Null } => crate::builtins::runtime_fn_of(def.func),
                    Obj::Class(c) => c.ctor.and_then(crate::builtins::runtime_fn_of),
                    _ => None,
                },
                _ => None,
            }
        } else {
            None
        };
        let iter = if op == Opcode::ForIter && stack_now >= 1 {
            super::backend::iter_kind_of(self, self.stack[len - 1])
        } else {
            None
        };
        let Some(rec) = self.jit.as_mut().and_then(|j| j.recording.as_mut()) else { return false };
        let code_idx = rec.code_index(code);
        rec.pending = Some(RecordedInst {
            code: code_idx,
            pc: pc as u32,
            depth,
            op,
            arg,
            stack_before: stack_now,
            stack_after: stack_now,
            next: (depth, code_idx, pc as u32),
            tos,
            kinds,
            receiver,
            dunder,
            builtin,
            iter,
            global: None,
        });
        true
    }

    /// True if the top frame is a generator resumed by a Python `for` loop
    /// (`FOR_ITER_GEN`): a yield out of a trace's root frame is followed
    /// into such a consumer (the loop is usually a trace's loop too), not
    /// into `yield from` delegation, where recursive generators (a tree
    /// walk) would grow a trace per level and run 30% more instructions.
    fn yields_to_for_loop(&self) -> bool {
        use crate::interp::frame::{GenMode, ReturnAction};
        matches!(
            self.frames.last().map(|f| &f.on_return),
            Some(ReturnAction::Generator { mode: GenMode::ForIter { .. }, .. })
        )
    }

    /// True if the top frame's caller runs the same code (a return there is
    /// down-recursion).
    fn returns_to_same_code(&self) -> bool {
        let n = self.frames.len();
        n >= 2 && Rc::ptr_eq(&self.frames[n - 2].code, &self.frames[n - 1].code)
    }

    /// What the recorder keeps of an instruction's receiver `v`.
    fn receiver_of(&self, v: Value, code: &Rc<CodeObject>, pc: usize, op: Opcode, arg: u32) -> Option<Receiver> {
        let (class, shape) = super::backend::instance_shape(self, v)?;
        let version = match self.heap.get(ObjRef(class)) {
            crate::runtime::object::Obj::Class(c) => c.version,
            _ => return None,
        };
        let name = if op.has_name_arg() { code.names.get(arg as usize).copied() } else { None };
        let slot = name.and_then(|n| self.shapes.lookup(crate::runtime::object::ShapeId(shape), n)).map(|s| s as u32);
        // A `LOAD_METHOD_INSTANCE` whose two cache entries hold other
        // classes (tier 1 then asks the VM-wide method cache) is recorded as
        // the generic form. An entry for this class gone stale means the
        // class keeps changing: specializing on it would only invalidate
        // the trace again, so the trace leaves the site generic.
        let entry_class = |e: usize| code.instrs.get(pc + 2 + e).map_or(0, |c| c.get());
        let polymorphic = op == Opcode::LoadMethodInstance && entry_class(0) != class && entry_class(4) != class;
        let generic = if polymorphic { Opcode::LoadMethod } else { op };
        let as_if = match generic {
            Opcode::LoadAttr | Opcode::LoadMethod => match self.choose_specialization(code, generic, arg) {
                Ok((form @ (Opcode::LoadAttrInstance | Opcode::LoadMethodInstance), cache)) => Some((form, cache[3])),
                _ => None,
            },
            _ => None,
        };
        Some(Receiver { class, version, shape, slot, as_if })
    }

    /// The dunder `BINARY_OP_INSTANCE` with operand `arg` calls for the
    /// left operand `lhs` (as `uop::binary_dunder_frame` finds it).
    fn dunder_of(&self, lhs: Value, arg: u32) -> Option<DunderCall> {
        let (op, inplace) = crate::bytecode::opcode::BinaryOp::from_arg(arg)?;
        let (class, _) = super::backend::instance_shape(self, lhs)?;
        let [name, _, inplace_name] = *self.binop_names.get(op as usize)?;
        if inplace && self.lookup_class_attr(ObjRef(class), inplace_name).is_some() {
            return None;
        }
        self.special_method_of(lhs, name)
    }

    /// The special method `name` the instance `obj`'s class has (as the
    /// uops that run it as a frame find it), with what its lookup depends on.
    fn special_method_of(&self, obj: Value, name: ObjRef) -> Option<DunderCall> {
        let (class, shape) = super::backend::instance_shape(self, obj)?;
        let crate::runtime::object::Obj::Class(c) = self.heap.get(ObjRef(class)) else { return None };
        let version = c.version;
        let Some(Value::Obj(func)) = self.lookup_class_attr(ObjRef(class), name) else { return None };
        let Value::Obj(not_implemented) = self.not_implemented() else { return None };
        Some(DunderCall { class, version, shape, func: func.0, not_implemented: not_implemented.0 })
    }

    /// Stops recording without a trace.
    pub(crate) fn abort_recording(&mut self, reason: AbortReason) -> bool {
        if let Some(jit) = self.jit.as_mut() {
            if let Some(rec) = jit.recording.take() {
                jit.stats.aborts[reason as usize] += 1;
                jit.penalize(&rec.kind);
            }
        }
        false
    }

    /// Ends the recording before the instruction at `pc` of the top frame
    /// (or `cut`: the instruction cut off, whose start is then the exit) and
    /// compiles it. Returns false (recording is over).
    fn finish_recording_at(&mut self, end: TraceEnd, cut: Option<RecordedInst>, pc: usize) -> bool {
        let Some(jit) = self.jit.as_mut() else { return false };
        let Some(mut rec) = jit.recording.take() else { return false };
        rec.end = Some(end);
        // The exit position when the trace ends before an instruction.
        let exit_at = match cut {
            Some(c) => (c.depth, c.code, c.pc, c.stack_before),
            None => {
                let f = self.frame();
                let stack = (self.stack.len() - f.base - f.code.nlocals()) as u32;
                let depth = (self.frames.len() as isize - rec.root_depth as isize) as i32;
                let code = rec.code_index(&f.code.clone());
                (depth, code, pc as u32, stack)
            }
        };
        self.install_trace(rec, exit_at);
        false
    }

    /// Values seen: the value at `index` of the top frame's operand stack (for tests).
    #[allow(dead_code)]
    fn operand(&self, index: usize) -> Value {
        super::backend::load_stack(self, index as u32)
    }
}
