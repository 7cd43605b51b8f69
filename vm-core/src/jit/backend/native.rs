//! What machine code sees of the VM: the [`NativeState`] a running trace
//! keeps its view of the VM in (its field offsets are constants), and the
//! `extern "sysv64"` entry points compiled traces call for everything they
//! do not do inline. Each entry point calls the same functions tier 1 and
//! backend-interp use (no semantics written twice), then refreshes the
//! state, since running Python code may move the value stack, push or pop
//! frames, or grow the heap's slot table.

use alloc::rc::Rc;
use core::mem::offset_of;

use super::{exec_instruction, return_simple, run_uops, set_pc, steppable, truth, truthy};
use crate::bytecode::opcode::Opcode;
use crate::interp::code::CodeObject;
use crate::interp::frame::Frame;
use crate::runtime::object::{Obj, PyErr};
use crate::runtime::value::Value;
use crate::uop::{Flow, UopArgs};
use crate::vm::Vm;

/// A running trace's view of the VM, kept current by [`NativeState::refresh`]
/// at entry and after every entry-point call (machine code itself never
/// moves the stack, pushes frames or allocates). Machine code addresses it
/// through a register and the `STATE_*` offsets.
#[repr(C)]
#[derive(Debug)]
pub struct NativeState {
    /// The VM.
    pub vm: *mut Vm,
    /// The top frame's first fast local on the value stack.
    pub locals: *mut Value,
    /// The top frame.
    pub frame: *mut Frame,
    /// The heap's slot table (object `i` is at `heap + i * OBJ_SIZE`).
    pub heap: *const Obj,
    /// The top frame's base (index of its first local on the value stack).
    pub base: usize,
    /// Frames on the call stack.
    pub depth: usize,
    /// The top frame's code.
    pub code: *const CodeObject,
    /// `depth` when the running trace was entered (its root frame's depth).
    pub root: usize,
    /// Nonzero when a garbage collection is due (a safepoint must run).
    pub gc_due: usize,
    /// Nonzero when the top frame returns or yields to a Python frame
    /// (`backend::steppable`, for `ir::Op::GuardSteppable`).
    pub steppable: usize,
    /// Frames the recursion limit still allows (`backend::frame_room`, for
    /// `ir::Op::GuardRoom`).
    pub room: usize,
    /// Value-stack room a trace needs above a frame's base: every refresh
    /// reserves it, so machine code may write operand-stack entries (and
    /// then the length) without checking capacity.
    pub slack: usize,
    /// The JIT's dict epoch (`Jit::dict_epoch`).
    pub dict_epoch: *const core::cell::Cell<u64>,
    /// The exit (snapshot) the trace left through.
    pub exit: u32,
    /// The trace that exit belongs to (traces link into each other).
    pub trace: u32,
    /// Values passed to and from entry points.
    pub args: [Value; crate::jit::ir::RuntimeFn::MAX_ARITY],
    /// The exception an entry point raised (the trace returns [`RAISED`]).
    pub error: Option<PyErr>,
}

/// Offset of [`NativeState::vm`].
pub const STATE_VM: i32 = offset_of!(NativeState, vm) as i32;
/// Offset of [`NativeState::locals`].
pub const STATE_LOCALS: i32 = offset_of!(NativeState, locals) as i32;
/// Offset of [`NativeState::frame`].
pub const STATE_FRAME: i32 = offset_of!(NativeState, frame) as i32;
/// Offset of [`NativeState::heap`].
pub const STATE_HEAP: i32 = offset_of!(NativeState, heap) as i32;
/// Offset of [`NativeState::base`].
pub const STATE_BASE: i32 = offset_of!(NativeState, base) as i32;
/// Offset of [`NativeState::depth`].
pub const STATE_DEPTH: i32 = offset_of!(NativeState, depth) as i32;
/// Offset of [`NativeState::code`].
pub const STATE_CODE: i32 = offset_of!(NativeState, code) as i32;
/// Offset of [`NativeState::root`].
pub const STATE_ROOT: i32 = offset_of!(NativeState, root) as i32;
/// Offset of [`NativeState::gc_due`].
pub const STATE_GC_DUE: i32 = offset_of!(NativeState, gc_due) as i32;
/// Offset of [`NativeState::dict_epoch`].
pub const STATE_DICT_EPOCH: i32 = offset_of!(NativeState, dict_epoch) as i32;
/// Offset of [`NativeState::steppable`].
pub const STATE_STEPPABLE: i32 = offset_of!(NativeState, steppable) as i32;
/// Offset of [`NativeState::room`].
pub const STATE_ROOM: i32 = offset_of!(NativeState, room) as i32;
/// Offset of [`NativeState::exit`] (a `u32`).
pub const STATE_EXIT: i32 = offset_of!(NativeState, exit) as i32;
/// Offset of [`NativeState::trace`] (a `u32`).
pub const STATE_TRACE: i32 = offset_of!(NativeState, trace) as i32;
/// Offset of [`NativeState::args`] (two `Value`s).
pub const STATE_ARGS: i32 = offset_of!(NativeState, args) as i32;
/// Offset of `Frame::pc` (a `usize`) in a frame.
pub const FRAME_PC: i32 = offset_of!(Frame, pc) as i32;
/// Offset of `Frame::globals` (an `ObjRef`, a `u32`) in a frame.
pub const FRAME_GLOBALS: i32 = offset_of!(Frame, globals) as i32;
/// Offset of `Vm::safepoint_ticks` (a `u32` counting down to the next full safepoint).
pub const VM_SAFEPOINT_TICKS: i32 = offset_of!(Vm, safepoint_ticks) as i32;

/// What an entry point returns when it raised (the exception is in
/// [`NativeState::error`]); the trace returns it to the executor at once.
pub const RAISED: u64 = u64::MAX;

impl NativeState {
    /// A state for entering a trace that writes `slack` values above a
    /// frame's base. Before running, [`NativeState::refresh`] it and set
    /// [`NativeState::vm`] last (so the pointer is the VM's latest borrow).
    pub fn new(slack: usize) -> NativeState {
        NativeState {
            vm: core::ptr::null_mut(),
            locals: core::ptr::null_mut(),
            frame: core::ptr::null_mut(),
            heap: core::ptr::null(),
            base: 0,
            depth: 0,
            code: core::ptr::null(),
            root: 0,
            gc_due: 0,
            steppable: 0,
            room: 0,
            slack,
            dict_epoch: core::ptr::null(),
            exit: 0,
            trace: 0,
            args: [Value::Null; crate::jit::ir::RuntimeFn::MAX_ARITY],
            error: None,
        }
    }

    /// Brings the cached view up to date with `vm` (the top frame, the
    /// value stack's address, the heap table) and reserves `slack` values
    /// of stack above the top frame's base.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn refresh(&mut self, vm: &mut Vm) {
        self.refresh_with(vm, None);
    }

    /// [`NativeState::refresh`], with whether the top frame is steppable
    /// when the caller knows it (a frame it just pushed for a Python
    /// caller or consumer is).
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    fn refresh_with(&mut self, vm: &mut Vm, known_steppable: Option<bool>) {
        self.refresh_frame(vm, known_steppable);
        self.heap = vm.heap.slots_ptr();
        self.gc_due = vm.heap.should_collect() as usize;
        if self.dict_epoch.is_null() {
            self.dict_epoch = vm.jit.as_ref().map_or(core::ptr::null(), |j| Rc::as_ptr(&j.dict_epoch));
        }
    }

    /// The part of [`NativeState::refresh_with`] a frame pushed or popped
    /// changes (the top frame, its locals, the depth and what follows from
    /// it), for entry points that allocate no heap object.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    fn refresh_frame(&mut self, vm: &mut Vm, known_steppable: Option<bool>) {
        let Some(f) = vm.frames.last_mut() else { return };
        let base = f.base;
        self.code = Rc::as_ptr(&f.code);
        self.frame = f;
        self.base = base;
        self.depth = vm.frames.len();
        let need = base + self.slack;
        if vm.stack.capacity() < need {
            let len = vm.stack.len();
            vm.stack.reserve(need - len);
        }
        self.locals = vm.stack.as_mut_ptr().wrapping_add(base);
        self.steppable = known_steppable.unwrap_or_else(|| steppable(vm)) as usize;
        self.room = super::frame_room(vm);
    }

    /// The VM, for an entry point.
    ///
    /// # Safety
    /// Only while the trace that was given this state runs: its executor
    /// made `vm` from the `&mut Vm` it was called with and does not use that
    /// reference until the machine code returns, so this is the only access.
    unsafe fn vm<'a>(&mut self) -> &'a mut Vm {
        // SAFETY: per the function's contract.
        unsafe { &mut *self.vm }
    }

    /// Stores `err` for the executor and returns [`RAISED`].
    fn raise(&mut self, err: PyErr) -> u64 {
        self.error = Some(err);
        RAISED
    }

    /// Ends an entry point: refreshes the view, passes `code` on.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    fn done(&mut self, vm: &mut Vm, code: u64) -> u64 {
        self.refresh(vm);
        code
    }

    /// Ends an entry point that pushed a frame returning or yielding to the
    /// Python frame below it (`call_py`, `resume_gen`), or changed nothing
    /// (`pushed` false).
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    fn done_pushed(&mut self, vm: &mut Vm, pushed: bool) -> u64 {
        if pushed {
            // (Pushing a frame allocates no heap object.)
            self.refresh_frame(vm, Some(true));
        }
        pushed as u64
    }

    /// Ends an entry point that only allocated or grew heap objects
    /// (frames and the value stack are as they were): the heap's slot
    /// table may have moved and a collection may be due.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    fn done_heap(&mut self, vm: &Vm, code: u64) -> u64 {
        self.heap = vm.heap.slots_ptr();
        self.gc_due = vm.heap.should_collect() as usize;
        code
    }
}

/// A `uops` instruction's operands, kept by the executor at a fixed address.
#[derive(Clone, Copy, Debug)]
pub struct UopsCall {
    /// The specialized form.
    pub op: Opcode,
    /// The position after it and its cache.
    pub next: u32,
    /// Operand, name and cache as recorded.
    pub args: UopArgs,
    /// The recording left the loop here.
    pub jumped: bool,
}

/// A `load_global` instruction's operands and inline cache, kept by the
/// executor at a fixed address. Machine code reads the value straight
/// from `value` while the frame's globals are `dict` and the dict epoch is
/// still `epoch` (no watched dict changed its keys since [`jit_load_global`]
/// filled the cache); otherwise it calls [`jit_load_global`].
#[repr(C)]
#[derive(Debug)]
pub struct GlobalLoad {
    /// The dict epoch the cache was filled at (`u64::MAX`: never).
    pub epoch: core::cell::Cell<u64>,
    /// Where the entry's value is.
    pub value: core::cell::Cell<*const Value>,
    /// The frame's globals when the cache was filled.
    pub dict: core::cell::Cell<u32>,
    /// Read the builtins instead of the globals.
    pub builtin: bool,
    /// Entry index.
    pub index: u32,
    /// The interned name.
    pub name: u32,
    /// For builtins: the globals' keys version.
    pub keys: u32,
}

impl GlobalLoad {
    /// A site with an empty cache.
    pub fn new(builtin: bool, index: u32, name: u32, keys: u32) -> GlobalLoad {
        GlobalLoad {
            epoch: core::cell::Cell::new(u64::MAX),
            value: core::cell::Cell::new(core::ptr::null()),
            dict: core::cell::Cell::new(0),
            builtin,
            index,
            name,
            keys,
        }
    }
}

/// Offset of [`GlobalLoad::epoch`].
pub const GLOBAL_EPOCH: i32 = offset_of!(GlobalLoad, epoch) as i32;
/// Offset of [`GlobalLoad::value`].
pub const GLOBAL_VALUE: i32 = offset_of!(GlobalLoad, value) as i32;
/// Offset of [`GlobalLoad::dict`] (a `u32`).
pub const GLOBAL_DICT: i32 = offset_of!(GlobalLoad, dict) as i32;

/// `uops` went on in the trace.
pub const UOPS_CONTINUE: u64 = 0;
/// `uops` failed a guard: the trace exits through the instruction's snapshot.
pub const UOPS_DEOPT: u64 = 1;
/// `uops` went the other way than recorded out of a loop: the trace exits
/// through the loop exit's snapshot (the frame's position is set).
pub const UOPS_LEFT_LOOP: u64 = 2;

/// Runs the instruction at `pc` in tier 1 (`ir::Op::Exec`): 0, or [`RAISED`].
pub extern "sysv64" fn jit_exec(state: &mut NativeState, pc: u64) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    match exec_instruction(vm, pc as u32) {
        Ok(()) => state.done(vm, 0),
        Err(e) => state.raise(e),
    }
}

/// The frames an exit pushes for calls the trace ran inline
/// (`ir::Snapshot::frames`), kept by the executor at a fixed address.
#[derive(Debug)]
pub struct ExitFrames {
    /// The frames, outermost first.
    pub frames: alloc::boxed::Box<[super::super::ir::InlinedFrame]>,
    /// The trace's codes (`InlinedFrame::code` indexes them).
    pub codes: Rc<[Rc<CodeObject>]>,
}

/// After an exit stub wrote the value stack: pushes the frames of the
/// calls the trace left inside (`backend::push_inlined_frames`). Returns 0.
pub extern "sysv64" fn jit_push_frames(state: &mut NativeState, frames: &ExitFrames) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    super::push_inlined_frames(vm, &frames.frames, &frames.codes);
    state.done(vm, 0)
}

/// The objects an exit makes because the trace did not
/// (`ir::Snapshot::virtuals`), kept by the executor at a fixed address.
#[derive(Debug)]
pub struct ExitVirtuals {
    /// The objects, as the snapshot describes them.
    pub virtuals: alloc::boxed::Box<[super::super::ir::VirtualObject]>,
    /// Where the snapshot's stack holds one: (entry above `keep`, object).
    pub stack: alloc::boxed::Box<[(u32, u32)]>,
    /// Where its locals hold one: (slot, object).
    pub locals: alloc::boxed::Box<[(u32, u32)]>,
    /// Operand-stack entries the top frame keeps below the snapshot's stack.
    pub keep: u32,
    /// The fields that are values (`Snapshot::virtual_fields` order): the
    /// exit stub writes them here before it calls [`jit_materialize`].
    pub fields: alloc::boxed::Box<[core::cell::Cell<Value>]>,
}

impl ExitVirtuals {
    /// The objects `snap` describes, if any.
    pub fn of(snap: &super::super::ir::Snapshot) -> Option<ExitVirtuals> {
        if snap.virtuals.is_empty() {
            return None;
        }
        let held = |v: super::super::ir::ValueId| snap.virtual_index(v).map(|k| k as u32);
        let stack = snap.stack.iter().enumerate().filter_map(|(j, &v)| Some((j as u32, held(v)?))).collect();
        let locals = snap.locals.iter().filter_map(|&(slot, v)| Some((slot, held(v)?))).collect();
        let fields = snap.virtual_fields().map(|_| core::cell::Cell::new(Value::None)).collect();
        Some(ExitVirtuals { virtuals: snap.virtuals.clone().into(), stack, locals, keep: snap.keep, fields })
    }
}

/// After an exit stub wrote the value stack, the locals and the fields of
/// the objects the trace did not make: makes them
/// (`backend::materialize`) and puts them where the snapshot holds them.
/// Returns 0.
pub extern "sysv64" fn jit_materialize(state: &mut NativeState, exit: &ExitVirtuals) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    let mut fields = exit.fields.iter().map(core::cell::Cell::get);
    let objects = super::materialize(vm, &exit.virtuals, |_| fields.next().unwrap_or(Value::None));
    let object = |k: u32| objects.get(k as usize).copied().unwrap_or(Value::None);
    let base = super::operand_base(vm) + exit.keep as usize;
    for &(j, k) in exit.stack.iter() {
        if let Some(slot) = vm.stack.get_mut(base + j as usize) {
            *slot = object(k);
        }
    }
    for &(slot, k) in exit.locals.iter() {
        super::store_local(vm, slot, object(k));
    }
    state.done_heap(vm, 0)
}

/// `RETURN_VALUE` at `pc` (`ir::Op::Return`): 0, or [`RAISED`].
pub extern "sysv64" fn jit_return(state: &mut NativeState, pc: u64) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    if return_simple(vm) {
        // (A frame popped and a value moved: no heap object allocated.)
        state.refresh_frame(vm, None);
        return 0;
    }
    match exec_instruction(vm, pc as u32) {
        Ok(()) => state.done(vm, 0),
        Err(e) => state.raise(e),
    }
}

/// Pushes a Python function's frame (`ir::Op::CallPy`, `argc` and the
/// caller's `next` position): 1, 0 if it does not bind (the trace exits
/// before the call), or [`RAISED`].
pub extern "sysv64" fn jit_call_py(state: &mut NativeState, argc: u64, next: u64) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    match super::call_py(vm, argc as u32, next as u32) {
        Ok(pushed) => state.done_pushed(vm, pushed),
        Err(e) => state.raise(e),
    }
}

/// Resumes a generator (`ir::Op::ResumeGen`; `send_exit` is the exit
/// target, bit 63 set for `SEND_GEN`): 1, 0 if it cannot resume (the trace
/// exits before the instruction), or [`RAISED`].
pub extern "sysv64" fn jit_resume_gen(state: &mut NativeState, send_exit: u64, next: u64) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    match super::resume_gen(vm, send_exit >> 63 != 0, send_exit as u32, next as u32) {
        Ok(resumed) => {
            // (Resuming allocates no heap object.)
            if resumed {
                state.refresh_frame(vm, Some(true));
            }
            resumed as u64
        }
        Err(e) => state.raise(e),
    }
}

/// `YIELD_VALUE` to a Python consumer (`ir::Op::Yield`, the generator's
/// `next` position): 1, or 0 if the top frame is not such a generator's
/// (the trace exits with the state as it is).
pub extern "sysv64" fn jit_yield(state: &mut NativeState, next: u64) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    let done = super::yield_value(vm, next as u32);
    // (Suspending allocates no heap object.)
    state.refresh_frame(vm, None);
    done as u64
}

/// A specialized instruction's uops (`ir::Op::Uops`): [`UOPS_CONTINUE`],
/// [`UOPS_DEOPT`], [`UOPS_LEFT_LOOP`], or [`RAISED`].
pub extern "sysv64" fn jit_uops(state: &mut NativeState, call: &UopsCall) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    let flow = match run_uops(vm, call.op, call.next, &call.args) {
        Ok(flow) => flow,
        Err(e) => return state.raise(e),
    };
    let code = match flow {
        Flow::Deopt => UOPS_DEOPT,
        Flow::Jump(target) => {
            // Tier 1's position is the loop exit whichever way the trace goes on.
            set_pc(vm, target);
            if call.jumped {
                UOPS_CONTINUE
            } else {
                UOPS_LEFT_LOOP
            }
        }
        Flow::Continue if call.jumped => UOPS_LEFT_LOOP,
        _ => UOPS_CONTINUE,
    };
    state.done(vm, code)
}

/// `bool(args[0])` as a branch computes it (`ir::Op::Truthy`): 0 or 1, or [`RAISED`].
pub extern "sysv64" fn jit_truthy(state: &mut NativeState, pc: u64) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    match truthy(vm, state.args[0], pc as u32) {
        Ok(b) => state.done(vm, b as u64),
        Err(e) => state.raise(e),
    }
}

/// The slow path of a back edge's safepoint (the inline part counted the
/// tick down to zero or saw a collection due): interrupts, fuel, garbage
/// collection, with the frame at `pc`. 0, or [`RAISED`].
pub extern "sysv64" fn jit_safepoint(state: &mut NativeState, pc: u64) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    set_pc(vm, pc as usize);
    match vm.safepoint() {
        Ok(()) => state.done(vm, 0),
        Err(e) => state.raise(e),
    }
}

/// A global or builtin by cached entry (`ir::Op::LoadGlobal`): 1 with the
/// value in `args[0]` (and `g`'s cache filled), or 0 when the entry no
/// longer holds the name (the trace exits).
pub extern "sysv64" fn jit_load_global(state: &mut NativeState, g: &GlobalLoad) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    match super::load_global(vm, g.builtin, g.index, g.name, g.keys) {
        Some(v) => {
            Value::store(&mut state.args[0], &v);
            if let Some((dict, value)) = super::watch_global(vm, g.builtin, g.index) {
                g.dict.set(dict);
                g.value.set(value);
                if let Some(j) = vm.jit.as_ref() {
                    g.epoch.set(j.dict_epoch.get());
                }
            }
            1
        }
        None => 0,
    }
}

/// A new instance of `class` (`ir::Op::NewInstance`): its `ObjRef`, or
/// [`RAISED`] (an internal error: not a class).
pub extern "sysv64" fn jit_new_instance(state: &mut NativeState, class: u64) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    match super::new_instance(vm, class as u32) {
        Some(Value::Obj(r)) => state.done_heap(vm, r.0 as u64),
        _ => {
            let e = super::internal_error(vm, "new_instance of a non-class");
            state.raise(e)
        }
    }
}

/// Adds `args[1]` as a new slot of the instance `args[0]`
/// (`ir::Op::AddSlot`; `slot_shape` is the slot in the low half, the shape
/// after in the high half): 1 if it did, 0 (nothing changed) if it cannot.
pub extern "sysv64" fn jit_add_slot(state: &mut NativeState, slot_shape: u64) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    let (slot, shape) = (slot_shape as u32, (slot_shape >> 32) as u32);
    let added = super::add_slot(vm, state.args[0], slot, shape, state.args[1]);
    state.done_heap(vm, added as u64)
}

/// `args[0] ** args[1]` on floats (`ir::Op::FloatPow`): 1 with the result
/// in `args[0]`, or 0 where tier 1 raises (the trace exits).
pub extern "sysv64" fn jit_float_pow(state: &mut NativeState) -> u64 {
    let (Value::Float(x), Value::Float(y)) = (state.args[0], state.args[1]) else { return 0 };
    match crate::jit::ir::eval_float_pow(x, y) {
        Some(r) => {
            state.args[0] = Value::Float(r);
            1
        }
        None => 0,
    }
}

/// Runs the runtime function `F` (an `ir::RuntimeFn` discriminant) on
/// `args[..arity]` (`ir::Op::Runtime`): 1 with the result in `args[0]`, or
/// 0 to exit before the instruction. One copy per function
/// ([`runtime_entry`]): `runtime_call` is inlined with `F` known, so each
/// copy is that function's arm alone, with no dispatch on `F` and a result
/// whose kind is mostly known.
extern "sysv64" fn jit_runtime<const F: u8>(state: &mut NativeState) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    let Some(&f) = crate::jit::ir::RuntimeFn::ALL.get(F as usize) else { return 0 };
    // The machine code stored the operands as two words each: read them
    // the same way (a 16-byte copy would wait for both stores to retire).
    let mut args = [Value::Null; crate::jit::ir::RuntimeFn::MAX_ARITY];
    let arity = f.arity().min(args.len());
    for (arg, stored) in args.iter_mut().zip(&state.args).take(arity) {
        *arg = Value::load(stored);
    }
    let result = super::runtime_call(vm, f, args.get(..arity).unwrap_or_default());
    let ok = match &result {
        Some(v) => {
            // (Read at the payload's width, written as two full words:
            // the callee stored a narrow payload, native code reads 8 bytes.)
            Value::store(&mut state.args[0], v);
            1
        }
        None => 0,
    };
    // (Allocations may have moved the heap's slot table.)
    state.done_heap(vm, ok)
}

/// The entry point of `ir::Op::Runtime(f)`: [`jit_runtime`] for `f`.
pub fn runtime_entry(f: crate::jit::ir::RuntimeFn) -> extern "sysv64" fn(&mut NativeState) -> u64 {
    use crate::jit::ir::RuntimeFn;
    macro_rules! entries {
        ($(($variant:ident, $name:literal, $arity:expr, $ty:expr)),* $(,)?) => {
            match f {
                $(RuntimeFn::$variant => jit_runtime::<{ RuntimeFn::$variant as u8 }>,)*
            }
        };
    }
    crate::jit::ir::for_each_runtime_fn!(entries)
}

/// Calls the built-in `func_argc & 0xffff_ffff` with `func_argc >> 32`
/// arguments on the stack, the frame at `next` (`ir::Op::CallBuiltin`): 0
/// with the result in `args[0]`, or [`RAISED`].
pub extern "sysv64" fn jit_call_builtin(state: &mut NativeState, func_argc: u64, next: u64) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    match super::call_builtin(vm, func_argc as u32, (func_argc >> 32) as u32, next as u32) {
        Ok(v) => {
            Value::store(&mut state.args[0], &v);
            state.done(vm, 0)
        }
        Err(e) => state.raise(e),
    }
}

/// Steps the iterator `args[0]` of the kind `kind` (an `ir::IterKind`
/// discriminant; one whose items are new objects: `ir::Op::IterNext`): 1
/// with the item in `args[0]`, or 0 to exit before the `FOR_ITER`.
pub extern "sysv64" fn jit_iter_next(state: &mut NativeState, kind: u64) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    let Some(&kind) = crate::jit::ir::IterKind::ALL.get(kind as usize) else { return 0 };
    let it = Value::load(&state.args[0]);
    let ok = match super::iter_next(vm, it, kind) {
        Some(v) => {
            Value::store(&mut state.args[0], &v);
            1
        }
        None => 0,
    };
    // (Its item may be a new object.)
    state.done_heap(vm, ok)
}

/// 1 if `args[0]` is a heap object of class `class` (`ir::Op::GuardClass`), else 0.
pub extern "sysv64" fn jit_has_class(state: &mut NativeState, class: u64) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    super::has_class(vm, state.args[0], class as u32) as u64
}

/// `bool(args[0])` for a value whose truth runs no Python code
/// (`ir::Op::Truth`): 0 or 1, or [`RAISED`] (an internal error).
pub extern "sysv64" fn jit_truth(state: &mut NativeState) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    match truth(vm, state.args[0]) {
        Some(b) => b as u64,
        None => {
            let e = super::internal_error(vm, "truth of a value needing __bool__ or __len__");
            state.raise(e)
        }
    }
}

/// `args[0] is args[1]`: 0 or 1.
pub extern "sysv64" fn jit_is(state: &mut NativeState) -> u64 {
    state.args[0].is(state.args[1]) as u64
}

/// Reports a broken trace invariant as a `SystemError` (always [`RAISED`]).
pub extern "sysv64" fn jit_internal_error(state: &mut NativeState) -> u64 {
    // SAFETY: called by the running trace this state belongs to.
    let vm = unsafe { state.vm() };
    let e = super::internal_error(vm, "machine code reached an impossible state");
    state.raise(e)
}
