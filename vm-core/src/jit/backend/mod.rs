//! The backend interface: what a JIT backend implements, and the VM
//! operations compiled traces call (the only way a backend touches the VM).
//! `native` has the same operations as `extern "sysv64"` entry points for
//! machine code, and the state machine code keeps its view of the VM in.

#[cfg(target_arch = "x86_64")]
pub mod native;

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;

use super::ir::{HookReturn, InlinedFrame, Snapshot, TraceIr, ValueId, VirtualKind, VirtualObject};
use crate::bytecode::opcode::CompareOp;
use crate::interp::code::CodeObject;
use crate::runtime::object::{PyResult, SliceObj};
use crate::runtime::value::{ObjRef, Value};
use crate::uop::{Flow, UopArgs};
use crate::vm::Vm;

/// A JIT backend: compiles optimized trace IR into executors.
pub trait Backend {
    /// The backend's name (`interp`, `x86_64`).
    fn name(&self) -> &'static str;
    /// Compiles a trace; an `Err` leaves the loop to tier 1.
    fn compile(&mut self, ir: &TraceIr, ctx: TraceContext) -> Result<Rc<dyn Executor>, CompileError>;
    /// Bytes of code memory mapped now (native backends).
    fn code_bytes(&self) -> usize {
        0
    }
}

/// Why a backend did not compile a trace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompileError {
    /// Code memory is exhausted (`max_code_bytes`, or the host has no more
    /// pages): the driver flushes every trace and recording starts again.
    CodeMemoryFull,
    /// The backend cannot compile this trace; the loop stays in tier 1.
    Unsupported(String),
}

impl core::fmt::Display for CompileError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            CompileError::CodeMemoryFull => f.write_str("code memory is full"),
            CompileError::Unsupported(why) => write!(f, "cannot compile the trace: {why}"),
        }
    }
}

impl core::error::Error for CompileError {}

/// What a compiled trace needs from the VM that does not change while it lives.
#[derive(Clone)]
pub struct TraceContext {
    /// The trace's number (for messages).
    pub id: u32,
    /// Cleared when an assumption the trace depends on breaks.
    pub valid: Rc<Cell<bool>>,
    /// The code objects the trace runs (`GuardFrame` compares identities).
    pub codes: Rc<[Rc<crate::interp::code::CodeObject>]>,
    /// The JIT's limit on code memory, in bytes (`max_code_bytes`).
    pub code_limit: usize,
    /// A name for profilers and dumps (`trace 3 (loop at f@24, line 7)`).
    pub name: String,
}

/// How a run of a trace ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExitTaken {
    /// The trace whose exit it left through (a native backend may have
    /// continued from the trace it entered into traces linked to it).
    pub trace: u32,
    /// The snapshot (exit) it left through.
    pub exit: u32,
    /// Times it went around its loop (0 for backends that keep [`NativeCounts`]).
    pub loops: u64,
    /// IR instructions it executed (0 if the backend does not count).
    pub ops: u64,
}

/// What a native backend counts in machine code (instead of reporting per
/// run): how often the trace's loop ran and each of its exits was taken.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NativeCounts {
    /// Times around the loop.
    pub loops: u64,
    /// Per exit (snapshot): times taken, to tier 1 or into a linked trace.
    pub exits: alloc::vec::Vec<u64>,
}

/// A compiled trace.
pub trait Executor {
    /// Runs the trace from its start with the VM in the state tier 1 left it
    /// at the trace's anchor. Returns the exit taken and what the run did,
    /// with the VM state already
    /// restored for tier 1 (the top frame's position and operand stack), or
    /// an exception raised inside (the top frame's position set where it
    /// was raised).
    fn run(&self, vm: &mut Vm) -> PyResult<ExitTaken>;
    /// How many IR instructions (or machine instructions) it holds, for stats.
    fn size(&self) -> usize;
    /// The address exits of other traces jump to in order to continue in
    /// this one without returning to the trace driver (native backends).
    fn link_target(&self) -> Option<usize> {
        None
    }
    /// Makes exit `exit` continue at `target` (another executor's
    /// [`Executor::link_target`]), or return to tier 1 again with `None`.
    /// Returns false when the backend leaves linking to the driver.
    fn set_exit_link(&self, exit: u32, target: Option<usize>) -> bool {
        let _ = (exit, target);
        false
    }
    /// Counts kept by machine code (see [`NativeCounts`]); `None` when
    /// [`Executor::run`] reports them.
    fn native_counts(&self) -> Option<NativeCounts> {
        None
    }
    /// Bytes of machine code (0 for interpreting backends).
    fn code_bytes(&self) -> usize {
        0
    }
    /// The machine code as assembly text, each piece under the IR
    /// instruction it came from (`--dump asm`), if the backend has it.
    fn disassemble(&self) -> Option<String> {
        None
    }
}

/// Where the top frame's operand stack starts on the value stack.
#[inline]
pub fn operand_base(vm: &Vm) -> usize {
    let f = vm.frame();
    f.base + f.code.nlocals()
}

/// The top frame's fast local `slot`.
// The trace only names slots the verifier proved below the code's
// `nlocals`, and a frame's stack window starts with its `nlocals` locals.
#[inline]
#[allow(clippy::indexing_slicing)]
pub fn load_local(vm: &Vm, slot: u32) -> Value {
    let base = vm.frame().base;
    vm.stack[base + slot as usize]
}

/// Stores into the top frame's fast local `slot`.
// As for `load_local`: a verified slot in the frame's locals.
#[inline]
#[allow(clippy::indexing_slicing)]
pub fn store_local(vm: &mut Vm, slot: u32, v: Value) {
    let base = vm.frame().base;
    vm.stack[base + slot as usize] = v;
}

/// The top frame's operand-stack entry `index` as it is in memory.
#[inline]
pub fn load_stack(vm: &Vm, index: u32) -> Value {
    vm.stack.get(operand_base(vm) + index as usize).copied().unwrap_or(Value::Null)
}

/// Writes the virtual stack: keeps `keep` entries, pushes `values`.
#[inline]
pub fn sync_stack(vm: &mut Vm, keep: u32, values: impl Iterator<Item = Value>) {
    let at = operand_base(vm) + keep as usize;
    vm.stack.truncate(at);
    vm.stack.extend(values);
}

/// Restores tier 1's state from a snapshot, reading IR values through `value`.
pub fn restore(vm: &mut Vm, snap: &Snapshot, codes: &[Rc<CodeObject>], value: impl Fn(ValueId) -> Value) {
    let objects = materialize(vm, &snap.virtuals, &value);
    let value = |v: ValueId| match snap.virtual_index(v) {
        Some(k) => objects.get(k).copied().unwrap_or(Value::None),
        None => value(v),
    };
    write_locals(vm, snap, value);
    if let Some(pc) = snap.pc {
        sync_stack(vm, snap.keep, snap.stack.iter().map(|&v| value(v)));
        vm.frame_mut().pc = pc as usize;
        push_inlined_frames(vm, &snap.frames, codes);
    }
}

/// Makes the objects a snapshot describes because the trace did not make
/// them (`Snapshot::virtuals`), in that order: all of them first, then
/// their fields, so they may hold each other. `field` gives the fields
/// that are values, and is called for them in `Snapshot::virtual_fields`
/// order. The heap limit does not apply here: the trace would have made
/// them before this exit, and tier 1's next allocation checks the limit.
pub fn materialize(vm: &mut Vm, virtuals: &[VirtualObject], mut field: impl FnMut(ValueId) -> Value) -> Vec<Value> {
    use crate::runtime::object::{Instance, IterState, Obj, ShapeId};
    use crate::runtime::value_vec::ValueVec;
    /// A field: a value, or another of the objects (its index).
    enum Field {
        Value(Value),
        Object(usize),
    }
    // (`field` called once per value, in order.)
    let fields: Vec<Vec<Field>> = virtuals
        .iter()
        .map(|o| {
            let field = &mut field;
            o.fields
                .iter()
                .map(move |&f| match virtuals.iter().position(|other| other.value == f) {
                    Some(j) => Field::Object(j),
                    None => Field::Value(field(f)),
                })
                .collect()
        })
        .collect();
    let value = |k: usize, j: usize| match fields.get(k).and_then(|f| f.get(j)) {
        Some(Field::Value(v)) => *v,
        _ => Value::None,
    };
    let objects: Vec<Value> = virtuals
        .iter()
        .enumerate()
        .map(|(k, o)| {
            let empty = || ValueVec::from(alloc::vec![Value::None; o.fields.len()]);
            let obj = match o.kind {
                VirtualKind::Instance { class, shape } => Obj::Instance(Instance {
                    class: ObjRef(class),
                    shape: ShapeId(shape),
                    slots: empty(),
                    exc: None,
                    native: None,
                }),
                VirtualKind::Tuple => Obj::Tuple(empty()),
                VirtualKind::List => Obj::List(empty()),
                VirtualKind::Slice => Obj::Slice(SliceObj::new(Value::None, Value::None, Value::None)),
                // (Its sequence is filled in below, with the other fields.)
                VirtualKind::SeqIter { .. } => Obj::Iter(IterState::Done),
                // Made of values (ints; `sink` keeps a function's defaults
                // real, and a closure's cells are the frame's).
                VirtualKind::RangeIter { index, reverse } => match (value(k, 0), value(k, 1)) {
                    (Value::Int(start), Value::Int(stop)) => {
                        Obj::Iter(range_iter_state(start, stop, reverse, u64::from(index)))
                    }
                    _ => Obj::Iter(IterState::Done),
                },
                VirtualKind::Function => {
                    let cells = (4..o.fields.len()).map(|j| value(k, j)).collect();
                    let globals = value(k, 1).as_obj().unwrap_or(ObjRef(0));
                    return vm.make_function_with_cells(value(k, 0), value(k, 2), value(k, 3), cells, globals);
                }
            };
            Value::Obj(vm.heap.alloc(obj))
        })
        .collect();
    for ((o, &made), values) in virtuals.iter().zip(&objects).zip(&fields) {
        let Value::Obj(r) = made else { continue };
        for (k, f) in values.iter().enumerate() {
            let v = match *f {
                Field::Value(v) => v,
                Field::Object(j) => objects.get(j).copied().unwrap_or(Value::None),
            };
            let items = match vm.heap.get_mut(r) {
                Obj::Iter(state) => {
                    if let (VirtualKind::SeqIter { index }, Value::Obj(seq)) = (o.kind, v) {
                        *state = IterState::Seq { seq, index: index as usize };
                    }
                    continue;
                }
                Obj::Instance(i) => &mut i.slots,
                Obj::Tuple(items) | Obj::List(items) => items,
                Obj::Slice(s) => {
                    if let Some(part) = s.parts_mut().get_mut(k) {
                        *part = v;
                    }
                    continue;
                }
                _ => continue,
            };
            if let Some(slot) = items.as_mut_slice().get_mut(k) {
                *slot = v;
            }
        }
    }
    objects
}

/// An iterator over `range(start, stop)` (or `reversed()` of it) that
/// has given `given` items (`rt range_iter`, a virtual one an exit makes).
fn range_iter_state(start: i64, stop: i64, reverse: bool, given: u64) -> crate::runtime::object::IterState {
    use crate::runtime::object::IterState;
    let n = crate::builtins::range_len(start, stop, 1) as u64;
    let remaining = n.saturating_sub(given);
    // (Past the end, `next` is never read: wrapping, as tier 1.)
    if reverse {
        // (The last value: `start + n - 1`.)
        let last = start.wrapping_add(n as i64).wrapping_sub(1);
        IterState::Range { next: last.wrapping_sub(given as i64), remaining, step: -1 }
    } else {
        IterState::Range { next: start.wrapping_add(given as i64), remaining, step: 1 }
    }
}

/// Item `k` of `range(start, stop)`, or of `reversed()` of it
/// (`ir::Op::RangeItem`); `None` past the end.
#[inline]
pub fn range_item(start: i64, stop: i64, k: i64, reverse: bool) -> Option<i64> {
    let n = stop.checked_sub(start)?;
    if k < 0 || k >= n {
        return None;
    }
    Some(if reverse { stop - 1 - k } else { start + k })
}

/// Writes the locals the trace kept as values (`Snapshot::locals`) into
/// the top frame, the trace's root frame.
pub fn write_locals(vm: &mut Vm, snap: &Snapshot, value: impl Fn(ValueId) -> Value) {
    for &(slot, v) in &snap.locals {
        store_local(vm, slot, value(v));
    }
}

/// Pushes the frames of calls a trace ran inline (`Snapshot::frames`),
/// whose functions, locals and operands the exit has written to the value
/// stack already, as tier 1 would have them.
pub fn push_inlined_frames(vm: &mut Vm, frames: &[InlinedFrame], codes: &[Rc<CodeObject>]) {
    use crate::interp::frame::{Frame, ReturnAction};
    let base = operand_base(vm);
    for f in frames {
        let call_base = base + f.call_base as usize;
        let at = |i: usize| vm.stack.get(i).copied().unwrap_or(Value::None);
        // An `__init__` call has the class below `self`; its frame runs `__init__`.
        let (func, on_return) = match (f.init, f.dunder, f.hook) {
            (Some(init), _, _) => (Value::Obj(ObjRef(init)), ReturnAction::Init { instance: at(call_base + 1) }),
            (None, Some((func, oparg)), _) => {
                let (left, right) = (at(call_base), at(call_base + 1));
                let on_return = if f.compare {
                    ReturnAction::CompareDunder { oparg, left, right }
                } else {
                    ReturnAction::BinaryDunder { oparg, left, right }
                };
                (Value::Obj(ObjRef(func)), on_return)
            }
            (None, None, Some(hook)) => {
                let on_return = match f.hook_return {
                    HookReturn::Push => ReturnAction::Push,
                    HookReturn::Contains { negate } => ReturnAction::Contains { negate },
                    HookReturn::Discard => ReturnAction::Discard,
                    HookReturn::Len => ReturnAction::Len,
                    HookReturn::GetIter { .. } => ReturnAction::GetIter,
                    HookReturn::ForIterNext { exit } => ReturnAction::ForIterNext { exit },
                    HookReturn::KeyHash { op } => ReturnAction::KeyHash { op },
                    HookReturn::KeyEq { op } => ReturnAction::KeyEq { op },
                };
                (Value::Obj(ObjRef(hook)), on_return)
            }
            (None, None, None) => (at(call_base), ReturnAction::Push),
        };
        let globals = match func {
            Value::Obj(r) => match vm.heap.get(r) {
                crate::runtime::object::Obj::Function(function) => Some(function.globals),
                _ => None,
            },
            _ => None,
        };
        let (Some(code), Some(globals)) = (codes.get(f.code as usize), globals) else { return };
        vm.push_frame(Frame {
            code: code.clone(),
            pc: f.pc as usize,
            base: base + f.locals_at() as usize,
            ret_base: call_base,
            globals,
            locals_dict: None,
            func,
            on_return,
            #[cfg(feature = "frames")]
            obj: crate::interp::frame_object::MaybeFrame::NONE,
        });
    }
}

/// Runs the instruction at `pc` of the top frame in tier 1 (the stack in memory).
pub fn exec_instruction(vm: &mut Vm, pc: u32) -> PyResult<()> {
    vm.frame_mut().pc = pc as usize;
    vm.step_instruction()
}

/// Runs a specialized instruction's uops with the recorded operands (the
/// frame standing at `next`, as tier 1 has it while they run).
#[inline]
pub fn run_uops(vm: &mut Vm, op: crate::bytecode::opcode::Opcode, next: u32, args: &UopArgs) -> PyResult<Flow> {
    let f = vm.frame_mut();
    f.pc = next as usize;
    if op == crate::bytecode::opcode::Opcode::CallPyExactArgs {
        // The commonest call in traces, without the uop loop.
        return crate::uop::call_py_exact_args(vm, args.oparg as usize);
    }
    let mut args = UopArgs { base: f.base, ..*args };
    vm.run_specialized(op, &mut args)
}

/// `ir::Op::CallPy`: pushes the frame of the Python function called with
/// `argc` arguments on the stack, the caller standing at `next`; false
/// (nothing changed) if it does not bind as `CALL_PY_EXACT_ARGS` does.
#[inline]
pub fn call_py(vm: &mut Vm, argc: u32, next: u32) -> PyResult<bool> {
    let pc = core::mem::replace(&mut vm.frame_mut().pc, next as usize);
    match crate::uop::call_py_exact_args(vm, argc as usize)? {
        Flow::Frame => Ok(true),
        _ => {
            vm.frame_mut().pc = pc;
            Ok(false)
        }
    }
}

/// `ir::Op::ResumeGen`: resumes the generator under the top of the stack
/// (`FOR_ITER_GEN`) or under the value to send (`SEND_GEN`, `send`),
/// pushing its frame, the caller standing at `next`; false (nothing
/// changed) if it is not a generator that can resume. Errors (the
/// recursion limit) are raised as tier 1 raises them: the caller at
/// `next`, the value sent taken.
pub fn resume_gen(vm: &mut Vm, send: bool, exit: u32, next: u32) -> PyResult<bool> {
    use crate::interp::frame::GenMode;
    use crate::runtime::object::{GenState, Obj};
    let len = vm.stack.len();
    let Some(&Value::Obj(g)) = vm.stack.get(len.wrapping_sub(1 + send as usize)) else { return Ok(false) };
    let mode = if send { GenMode::Send { exit } } else { GenMode::ForIter { exit } };
    // The common case first: suspended at a plain `yield`, within the limit.
    let pc = core::mem::replace(&mut vm.frame_mut().pc, next as usize);
    if vm.resume_suspended(g, send, mode) {
        return Ok(true);
    }
    vm.frame_mut().pc = pc;
    let resumable = match vm.heap.get(g) {
        Obj::Generator(gen) => match gen.state {
            GenState::Suspended | GenState::Delegating => true,
            // A value other than `None` sent to a new generator raises (tier 1 does that).
            GenState::Created => !send || vm.stack.top() == Value::None,
            GenState::Running | GenState::Done => false,
        },
        _ => false,
    };
    if !resumable {
        return Ok(false);
    }
    let pc = core::mem::replace(&mut vm.frame_mut().pc, next as usize);
    let sent = if send { vm.stack.pop_value() } else { Value::None };
    match vm.resume_generator(g, sent, mode)? {
        true => Ok(true),
        false => {
            // (Only a finished generator does not resume: not reached.)
            if send {
                vm.stack.push(sent);
            }
            vm.frame_mut().pc = pc;
            Ok(false)
        }
    }
}

/// `ir::Op::Yield`: suspends the top frame's generator at `next` and hands
/// the value on top to its consumer, a Python frame (`FOR_ITER`, `SEND`);
/// false (nothing changed) if the top frame is not a generator's resumed
/// by one.
pub fn yield_value(vm: &mut Vm, next: u32) -> bool {
    use crate::interp::frame::{GenMode, ReturnAction};
    if !matches!(vm.frames.last().map(|f| &f.on_return), Some(ReturnAction::Generator { mode, .. }) if *mode != GenMode::Native)
    {
        return false;
    }
    let v = vm.stack.pop_value();
    let frame = vm.frame_mut();
    frame.pc = next as usize;
    // (The `YIELD_VALUE` before `next`: its operand is 1 in a `yield from`.)
    let yields_from = frame
        .code
        .instrs
        .get(frame.pc.wrapping_sub(1))
        .is_some_and(|c| crate::bytecode::opcode::decode(c.get()).1 == 1);
    // (A generator's frame: it suspends, as checked.)
    let _ = vm.suspend_generator(yields_from);
    vm.stack.push(v);
    true
}

/// Sets the top frame's position (a loop exit taken inside `Uops`).
#[inline]
pub fn set_pc(vm: &mut Vm, pc: usize) {
    vm.frame_mut().pc = pc;
}

/// `RETURN_VALUE` for the common frames: one whose value is pushed for its
/// Python caller, or an `__init__` returning `None`. Returns false (and
/// changes nothing) for any other frame; the trace then runs the
/// instruction in tier 1.
#[inline]
pub fn return_simple(vm: &mut Vm) -> bool {
    use crate::interp::frame::ReturnAction;
    let Some(&v) = vm.stack.last() else { return false };
    let push = match vm.frames.last().map(|f| f.on_return) {
        Some(ReturnAction::Push) => v,
        Some(ReturnAction::Init { instance }) if v == Value::None => instance,
        _ => return false,
    };
    if vm.frames.len() < 2 {
        return false;
    }
    let frame = vm.pop_frame();
    vm.stack.truncate(frame.ret_base);
    vm.stack.push(push);
    true
}

/// True if `v` is a Python function running `code` and, with `globals`,
/// in the top frame's globals (`ir::Op::GuardFunc`).
#[inline]
pub fn function_runs(vm: &Vm, v: Value, code: &Rc<crate::interp::code::CodeObject>, globals: bool) -> bool {
    let Value::Obj(r) = v else { return false };
    let crate::runtime::object::Obj::Function(f) = vm.heap.get(r) else { return false };
    Rc::ptr_eq(&f.code, code) && (!globals || vm.frames.last().is_some_and(|fr| fr.globals == f.globals))
}

/// True if the top frame's globals are `dict` (`ir::Op::GuardGlobals`).
#[inline]
pub fn globals_are(vm: &Vm, dict: u32) -> bool {
    vm.frames.last().is_some_and(|f| f.globals.0 == dict)
}

/// True if `gen` is a generator suspended at `pc` of `code` with `values`
/// saved values (`ir::Op::GuardGen`; `code` is the code object's address).
pub fn gen_suspended_at(
    vm: &Vm,
    gen: Value,
    code: *const crate::interp::code::CodeObject,
    pc: u32,
    values: u32,
) -> bool {
    use crate::runtime::object::{GenState, Obj};
    let Value::Obj(r) = gen else { return false };
    match vm.heap.get(r) {
        Obj::Generator(g) => {
            g.state == GenState::Suspended
                && g.pc == pc
                && g.values.len() == values as usize
                && core::ptr::eq(Rc::as_ptr(&g.code), code)
        }
        _ => false,
    }
}

/// Saved value `n` of the generator `gen` (`ir::Op::LoadGenValue`, after
/// `guard_gen`; `NULL` if there is none, which the guard rules out).
pub fn gen_value(vm: &Vm, gen: Value, n: u32) -> Value {
    match gen {
        Value::Obj(r) => match vm.heap.get(r) {
            crate::runtime::object::Obj::Generator(g) => g.values.get(n as usize).copied().unwrap_or(Value::Null),
            _ => Value::Null,
        },
        _ => Value::Null,
    }
}

/// Sets saved value `n` of the generator `gen` to `v` (`ir::Op::StoreGenValue`).
pub fn set_gen_value(vm: &mut Vm, gen: Value, n: u32, v: Value) {
    if let Value::Obj(r) = gen {
        if let crate::runtime::object::Obj::Generator(g) = vm.heap.get_mut(r) {
            if let Some(slot) = g.values.get_mut(n as usize) {
                *slot = v;
            }
        }
    }
}

/// How many more frames the recursion limit allows: a call tier 1 would
/// make raises `RecursionError` when this is 0 (`ir::Op::GuardRoom`).
#[inline]
pub fn frame_room(vm: &Vm) -> usize {
    vm.config.recursion_limit.saturating_sub(vm.frames.len())
}

/// True if the top frame's return or yield goes to a Python frame (so a
/// trace can run it and go on in the caller), not to native code.
#[inline]
pub fn steppable(vm: &Vm) -> bool {
    use crate::interp::frame::{GenMode, ReturnAction};
    vm.frames.len() >= 2
        && match vm.frames.last().map(|f| &f.on_return) {
            Some(
                ReturnAction::Push
                | ReturnAction::Init { .. }
                | ReturnAction::BinaryDunder { .. }
                | ReturnAction::CompareDunder { .. }
                | ReturnAction::Contains { .. }
                | ReturnAction::Discard
                | ReturnAction::ForIterNext { .. }
                | ReturnAction::KeyHash { .. }
                | ReturnAction::KeyEq { .. }
                | ReturnAction::GetIter
                | ReturnAction::Len,
            ) => true,
            Some(ReturnAction::Generator { mode, .. }) => *mode != GenMode::Native,
            _ => false,
        }
}

/// `bool(v)` as a branch computes it, with the frame's position at `pc` for errors.
pub fn truthy(vm: &mut Vm, v: Value, pc: u32) -> PyResult<bool> {
    if let Value::Bool(b) = v {
        return Ok(b);
    }
    vm.frame_mut().pc = pc as usize;
    vm.truthy(v)
}

/// True if `v` is a heap object whose class is `class` (`ir::Op::GuardClass`).
#[inline]
pub fn has_class(vm: &Vm, v: Value, class: u32) -> bool {
    matches!(v, Value::Obj(_)) && vm.class_of(v).0 == class
}

/// True if `v` is a heap object of built-in kind `kind` (`ir::Op::GuardKind`).
#[inline]
pub fn has_kind(vm: &Vm, v: Value, kind: super::ir::Kind) -> bool {
    kind_of(vm, v) == Some(kind)
}

/// The built-in kind of `v`, if it is one `ir::Op::GuardKind` tells apart.
#[inline]
pub fn kind_of(vm: &Vm, v: Value) -> Option<super::ir::Kind> {
    use super::ir::Kind;
    use crate::runtime::object::Obj;
    let Value::Obj(r) = v else { return None };
    match vm.heap.get(r) {
        Obj::List(_) => Some(Kind::List),
        Obj::Tuple(_) => Some(Kind::Tuple),
        Obj::Str(_) => Some(Kind::Str),
        Obj::Dict(_) => Some(Kind::Dict),
        Obj::Range { .. } => Some(Kind::Range),
        Obj::Set(_) => Some(Kind::Set),
        Obj::Iter(_) => Some(Kind::Iter),
        _ => None,
    }
}

/// The kind of built-in iterator `v` is, where `IterNext` can step it.
pub fn iter_kind_of(vm: &Vm, v: Value) -> Option<super::ir::IterKind> {
    use super::ir::IterKind;
    use crate::runtime::object::{IterState, Obj};
    let Value::Obj(r) = v else { return None };
    match vm.heap.get(r) {
        Obj::Iter(IterState::Range { .. }) => Some(IterKind::Range),
        Obj::Iter(IterState::Seq { seq, .. }) => match vm.heap.get(*seq) {
            Obj::List(_) => Some(IterKind::List),
            Obj::Tuple(_) => Some(IterKind::Tuple),
            Obj::Str(_) => Some(IterKind::Str),
            _ => None,
        },
        Obj::Iter(IterState::Dict { .. }) => Some(IterKind::Dict),
        Obj::Iter(IterState::Set { .. }) => Some(IterKind::Set),
        #[cfg(feature = "array-module")]
        Obj::Iter(IterState::GetItem { obj, .. }) if crate::builtins::modules::array::is_exact_array(vm, *obj) => {
            Some(IterKind::Array)
        }
        // Counting with an int over an iterator that runs no Python code.
        Obj::Iter(IterState::Enumerate { iter, count: Value::Int(_) }) => {
            iter_kind_of(vm, *iter).filter(|&k| k != IterKind::Enumerate).map(|_| IterKind::Enumerate)
        }
        _ => None,
    }
}

/// Runs `ir::Op::Runtime`'s function `f` on `args` (their kinds were
/// guarded; checked again here): its result (Python `None` for `Void`
/// ones), or `None` to exit before the instruction, where tier 1 runs it
/// again and raises what it raises (a missing key, an index out of range, a heap
/// limit reached). None of them runs Python code or collects garbage.
/// Inlined: the native entry points are one copy per function.
#[cfg_attr(not(feature = "small-code"), inline(always))]
pub fn runtime_call(vm: &mut Vm, f: super::ir::RuntimeFn, args: &[Value]) -> Option<Value> {
    use super::ir::RuntimeFn as F;
    use crate::runtime::object::{IterState, Obj};
    let obj = |i: usize| match args.get(i) {
        Some(Value::Obj(r)) => Some(*r),
        _ => None,
    };
    // A dict, a key, and what looking it up finds (`None`, to exit, when
    // that would run Python code: a key's `__hash__` or `__eq__`).
    let dict_key = |vm: &Vm| {
        let (d, k) = (obj(0)?, *args.get(1)?);
        let found = vm.dict_find_pure(d, k)?;
        Some((d, k, found))
    };
    let value_at = |vm: &Vm, d, found: Option<usize>| match vm.heap.get(d) {
        Obj::Dict(dict) => found.and_then(|i| dict.value_at(i)),
        _ => None,
    };
    let strs = |vm: &Vm| {
        let (a, b) = (obj(0)?, obj(1)?);
        (matches!(vm.heap.get(a), Obj::Str(_)) && matches!(vm.heap.get(b), Obj::Str(_))).then_some((a, b))
    };
    match f {
        F::DictGet => {
            let (d, _, (_, found)) = dict_key(vm)?;
            value_at(vm, d, found)
        }
        F::DictSet => {
            let (d, k, found) = dict_key(vm)?;
            let v = *args.get(2)?;
            // (Refused by the allocator: tier 1 raises `MemoryError`.)
            vm.dict_store_found(d, found, k, v).ok()?;
            Some(Value::None)
        }
        F::DictIn | F::DictNotIn => {
            let (_, _, (_, found)) = dict_key(vm)?;
            Some(Value::Bool(found.is_some() != (f == F::DictNotIn)))
        }
        F::SetIn | F::SetNotIn => {
            // `key in set` (or frozenset); a key whose hash or equality is Python code exits.
            let found = vm.set_contains_pure(obj(0)?, *args.get(1)?)?;
            Some(Value::Bool(found != (f == F::SetNotIn)))
        }
        F::SetAdd => {
            vm.set_add_pure(obj(0)?, *args.get(1)?)?;
            Some(Value::None)
        }
        F::DictGetHashed | F::DictSetHashed | F::KeyInHashed | F::KeyNotInHashed => {
            // After a key's Python `__hash__` ran inline: the lookup with
            // that hash, exiting (to the `__hash__` frame's return, where
            // tier 1 does it) where a stored key's equality is Python code.
            let (c, key) = (*args.first()?, *args.get(1)?);
            let Some(&Value::Int(hash)) = args.get(2) else { return None };
            let dict = matches!(vm.heap.get(obj(0)?), Obj::Dict(_));
            if !dict && matches!(f, F::DictGetHashed | F::DictSetHashed) {
                return None;
            }
            let found = vm.key_probe_pure(c, key, hash)?;
            match f {
                F::DictGetHashed => value_at(vm, obj(0)?, found),
                F::DictSetHashed => {
                    vm.dict_store_found(obj(0)?, (hash as u64, found), key, *args.get(3)?).ok()?;
                    Some(Value::None)
                }
                _ => Some(Value::Bool(found.is_some() != (f == F::KeyNotInHashed))),
            }
        }
        F::DictGetPair | F::DictInPair | F::DictNotInPair => {
            // `d[a, b]` / `(a, b) in d` with the pair not made: the dict,
            // then the two items.
            let d = obj(0)?;
            let found = vm.dict_find_pure_items(d, args.get(1..3)?)?;
            match f {
                F::DictGetPair => value_at(vm, d, found),
                _ => Some(Value::Bool(found.is_some() != (f == F::DictNotInPair))),
            }
        }
        F::KeyEqCandidate => {
            // The stored key whose Python `__eq__` the lookup runs next
            // (exits if the probe ends before one: found or absent).
            let Some(&Value::Int(hash)) = args.get(2) else { return None };
            vm.key_needing_eq(*args.first()?, *args.get(1)?, hash)
        }
        F::StrConcat => {
            let (a, b) = strs(vm)?;
            vm.str_concat(a, b)
        }
        F::StrItem => crate::uop::str_item(vm, *args.first()?, *args.get(1)?),
        #[cfg(feature = "array-module")]
        F::ArrayGet => match (args.first(), args.get(1)) {
            (Some(&a), Some(&Value::Int(i))) => crate::builtins::modules::array::peek_item(vm, a, i),
            _ => None,
        },
        #[cfg(feature = "array-module")]
        F::ArraySet => match (args.first(), args.get(1), args.get(2)) {
            (Some(&a), Some(&Value::Int(i)), Some(&v)) => {
                crate::builtins::modules::array::poke_item(vm, a, i, v).map(|()| Value::None)
            }
            _ => None,
        },
        F::YieldFromGen => {
            // `GET_YIELD_FROM_ITER` of a generator (not a coroutine, which
            // tier 1 refuses here): the generator itself.
            let g = obj(0)?;
            let plain = matches!(vm.heap.get(g), Obj::Generator(_)) && vm.class_of(Value::Obj(g)) != vm.types.coroutine;
            plain.then_some(Value::Obj(g))
        }
        F::IterSeq => {
            // `iter(x)` of a list or tuple: a new iterator object.
            let seq = obj(0)?;
            matches!(vm.heap.get(seq), Obj::List(_) | Obj::Tuple(_)).then_some(())?;
            vm.get_iter(Value::Obj(seq)).ok()
        }
        F::SetCompare | F::SetBinop => {
            // Two sets and the operator's index (a constant): the result
            // when no key's `__eq__` would run.
            let (a, b) = (obj(0)?, obj(1)?);
            let Some(&Value::Int(op)) = args.get(2) else { return None };
            if f == F::SetCompare {
                let op = *crate::bytecode::opcode::CompareOp::ALL.get(usize::try_from(op).ok()?)?;
                vm.set_compare_pure(op, a, b).map(Value::Bool)
            } else {
                let op = *crate::bytecode::opcode::BinaryOp::ALL.get(usize::try_from(op).ok()?)?;
                vm.set_binop_pure(op, a, b).map(Value::Obj)
            }
        }
        F::IterDone => {
            // `FOR_ITER_RANGE`/`_LIST`/`_TUPLE` leaving its loop: the
            // iterator is exhausted (a sequence's is then done for good,
            // as tier 1 leaves it), or the trace exits.
            let it = obj(0)?;
            let done = match vm.heap.get(it) {
                Obj::Iter(IterState::Range { remaining, .. }) => *remaining == 0,
                Obj::Iter(IterState::Seq { seq, index }) => match vm.heap.get(*seq) {
                    Obj::List(items) | Obj::Tuple(items) => *index >= items.len(),
                    _ => false,
                },
                _ => false,
            };
            if !done {
                return None;
            }
            if let Obj::Iter(state @ IterState::Seq { .. }) = vm.heap.get_mut(it) {
                *state = IterState::Done;
            }
            Some(Value::None)
        }
        F::RangeIter | F::RangeIterRev => {
            // `iter(range(start, stop))` of small ints, or of `reversed()`
            // of it, no range made.
            let (Some(&Value::Int(start)), Some(&Value::Int(stop))) = (args.first(), args.get(1)) else { return None };
            let state = range_iter_state(start, stop, f == F::RangeIterRev, 0);
            Some(Value::Obj(vm.heap.alloc(Obj::Iter(state))))
        }
        F::IterRange => {
            // `iter(r)` of a `range` with small-int bounds: a new iterator object.
            let r = obj(0)?;
            matches!(vm.heap.get(r), Obj::Range { .. }).then_some(())?;
            vm.get_iter(Value::Obj(r)).ok()
        }
        F::Slice => {
            let (start, stop, step) = (*args.first()?, *args.get(1)?, *args.get(2)?);
            Some(Value::Obj(vm.heap.alloc(Obj::Slice(SliceObj::new(start, stop, step)))))
        }
        F::GetSlice | F::SetSlice => {
            // `seq[start:stop:step]` of a list, tuple or str, or `list[...] =
            // list or tuple`, with int or None bounds: nothing runs code.
            let seq = obj(0)?;
            let bounds = args.get(1..4)?;
            if !bounds.iter().all(|b| matches!(b, Value::Int(_) | Value::None)) {
                return None;
            }
            let slice = Value::Obj(vm.heap.alloc(Obj::Slice(SliceObj::new(bounds[0], bounds[1], bounds[2]))));
            if f == F::GetSlice {
                matches!(vm.heap.get(seq), Obj::List(_) | Obj::Tuple(_) | Obj::Str(_)).then_some(())?;
                return vm.get_item(Value::Obj(seq), slice).ok();
            }
            let value = *args.get(4)?;
            let from = obj(4)?;
            (matches!(vm.heap.get(seq), Obj::List(_)) && matches!(vm.heap.get(from), Obj::List(_) | Obj::Tuple(_)))
                .then_some(())?;
            vm.set_item(Value::Obj(seq), slice, value).ok().map(|()| Value::None)
        }
        F::MakeFunction => {
            // `MAKE_FUNCTION`: code, globals, defaults, keyword defaults, closure.
            let (code, globals, defaults, kwdefaults, closure) =
                (*args.first()?, obj(1)?, *args.get(2)?, *args.get(3)?, *args.get(4)?);
            vm.reserve(core::mem::size_of::<crate::runtime::object::FunctionDetails>()).ok()?;
            Some(vm.make_function(code, defaults, kwdefaults, closure, globals)).filter(|f| f.as_obj().is_some())
        }
        F::Tuple1 | F::Tuple2 | F::Tuple3 | F::List0 | F::List1 | F::List2 | F::List3 => {
            let items = args.get(..f.arity())?;
            vm.reserve(core::mem::size_of_val(items)).ok()?;
            let list = matches!(f, F::List0 | F::List1 | F::List2 | F::List3);
            Some(if list { vm.new_list(items.to_vec()) } else { vm.new_tuple(items.to_vec()) })
        }
        F::StrEq | F::StrNe => {
            let (a, b) = strs(vm)?;
            let op = if f == F::StrEq { CompareOp::Eq } else { CompareOp::Ne };
            vm.str_compare(op, a, b).map(Value::Bool)
        }
        F::StrIn | F::StrNotIn => {
            // `args[0] in args[1]`
            let (x, c) = strs(vm)?;
            vm.str_contains(c, x).map(|found| Value::Bool(found != (f == F::StrNotIn)))
        }
        F::ListAppend => {
            let (l, v) = (obj(0)?, *args.get(1)?);
            match vm.heap.get_mut(l) {
                // (Refused by the allocator: tier 1 raises `MemoryError`.)
                Obj::List(items) => items.try_push(v).then_some(())?,
                _ => return None,
            }
            // (As `list.append` counts it.)
            vm.heap.note_growth(16);
            Some(Value::None)
        }
        F::ListPop | F::ListPopAt => {
            // `list.pop()` / `list.pop(i)`: an empty list or an index out of range exits (tier 1 raises).
            let l = obj(0)?;
            let i = match (f, args.get(1)) {
                (F::ListPopAt, Some(&Value::Int(i))) => i,
                (F::ListPop, _) => -1,
                _ => return None,
            };
            match vm.heap.get_mut(l) {
                Obj::List(items) => {
                    let at = crate::uop::seq_index(items.len(), i)?;
                    Some(items.with_vec(|items| items.remove(at)))
                }
                _ => None,
            }
        }
        F::IntOfFloat => {
            // `int(x)` for a float: truncated, when the result is a small int
            // (NaN, infinities and larger values exit: tier 1 raises or makes a big int).
            let Some(&Value::Float(x)) = args.first() else { return None };
            let t = libm::trunc(x);
            // -2**63 <= t < 2**63: exactly the truncated values an i64 holds.
            const TWO_63: f64 = 9_223_372_036_854_775_808.0;
            (-TWO_63..TWO_63).contains(&t).then_some(Value::Int(t as i64))
        }
        F::DictGetOr => {
            // `dict.get(key, default)`
            let (d, _, (_, found)) = dict_key(vm)?;
            let default = *args.get(2)?;
            Some(value_at(vm, d, found).unwrap_or(default))
        }
        F::StrLower | F::StrUpper => {
            // `s.lower()` / `s.upper()`: short ASCII text made in place,
            // anything else by the method itself (whose errors exit: tier 1
            // raises them).
            let s = obj(0)?;
            matches!(vm.heap.get(s), Obj::Str(_)).then_some(())?;
            let upper = f == F::StrUpper;
            vm.new_str_ascii_case(s, upper).or_else(|| crate::builtins::str_case(vm, s, upper).ok())
        }
        F::Len => crate::uop::builtin_len(vm, *args.first()?).map(|n| Value::Int(n as i64)),
    }
}

/// `CALL_BUILTIN`/`CALL_LEN`'s call of the built-in `func` (`ObjRef`) with
/// the stack in memory ending with it, `self` or `NULL`, and `argc`
/// arguments (`ir::Op::CallBuiltin`): pops them and gives the result; the
/// frame stands at `next` while it runs.
pub fn call_builtin(vm: &mut Vm, func: u32, argc: u32, next: u32) -> PyResult<Value> {
    vm.frame_mut().pc = next as usize;
    match crate::uop::call_builtin_value(vm, ObjRef(func), argc)? {
        Some(v) => Ok(v),
        None => Err(internal_error(vm, "call_builtin on a callee that is not built in")),
    }
}

/// True if `seq` is a list or tuple of exactly `n` items (`ir::Op::GuardLen`).
#[inline]
pub fn has_len(vm: &Vm, seq: Value, n: u32) -> bool {
    use crate::runtime::object::Obj;
    let Value::Obj(r) = seq else { return false };
    matches!(vm.heap.get(r), Obj::List(items) | Obj::Tuple(items) if items.len() == n as usize)
}

/// `seq[i]` for a list or tuple and a small int (`ir::Op::LoadItem`);
/// `None` when out of range (or not a sequence).
#[inline]
pub fn load_item(vm: &Vm, seq: Value, i: Value) -> Option<Value> {
    use crate::runtime::object::Obj;
    let (Value::Obj(r), Value::Int(i)) = (seq, i) else { return None };
    let items = match vm.heap.get(r) {
        Obj::List(items) | Obj::Tuple(items) => items,
        _ => return None,
    };
    crate::uop::seq_index(items.len(), i).and_then(|j| items.get(j).copied())
}

/// `seq[i] = v` for a list and a small int (`ir::Op::StoreItem`); false
/// (and nothing stored) when out of range.
#[inline]
pub fn store_item(vm: &mut Vm, seq: Value, i: Value, v: Value) -> bool {
    use crate::runtime::object::Obj;
    let (Value::Obj(r), Value::Int(i)) = (seq, i) else { return false };
    let Obj::List(items) = vm.heap.get_mut(r) else { return false };
    match crate::uop::seq_index(items.len(), i).and_then(|j| items.get_mut(j)) {
        Some(item) => {
            *item = v;
            true
        }
        None => false,
    }
}

/// The next value of the iterator `it` of `kind`, advancing it
/// (`ir::Op::IterNext`); `None` (nothing changed, or an exhausted iterator
/// marked done) when it is exhausted or another kind of object: the trace
/// exits and tier 1 runs the `FOR_ITER`.
#[inline]
pub fn iter_next(vm: &mut Vm, it: Value, kind: super::ir::IterKind) -> Option<Value> {
    use super::ir::IterKind;
    use crate::runtime::object::{IterState, Obj};
    let Value::Obj(r) = it else { return None };
    match kind {
        IterKind::Range => match vm.heap.get_mut(r) {
            Obj::Iter(state) => crate::uop::range_advance(state).flatten().map(Value::Int),
            _ => None,
        },
        IterKind::List | IterKind::Tuple => {
            let v = crate::uop::seq_peek(vm, r, kind == IterKind::List)?;
            if let Obj::Iter(IterState::Seq { index, .. }) = vm.heap.get_mut(r) {
                *index += 1;
            }
            Some(v)
        }
        IterKind::Dict | IterKind::Str | IterKind::Enumerate | IterKind::Array | IterKind::Set => {
            // Tier 1's own step, for the kind recorded only (none runs
            // Python code; a str's character, a dict item and an
            // enumeration are new objects). Exhausted, a dict or set that changed size or fuel run out
            // exit: tier 1 steps again, and leaves the loop or raises.
            (iter_kind_of(vm, it) == Some(kind)).then_some(())?;
            vm.iter_next(it).ok().flatten()
        }
    }
}

/// The value in the closure cell `cell` (`ir::Op::LoadCell`); `None` when
/// it is empty or not a cell.
#[inline]
pub fn load_cell(vm: &Vm, cell: Value) -> Option<Value> {
    match cell {
        Value::Obj(r) => match vm.heap.get(r) {
            crate::runtime::object::Obj::Cell(v) if !v.is_null() => Some(*v),
            _ => None,
        },
        _ => None,
    }
}

/// Closure cell `n` of the function `f` (`ir::Op::FuncCell`); `None` when
/// `f` is not a function or has fewer cells.
#[inline]
pub fn func_cell(vm: &Vm, f: Value, n: u32) -> Option<Value> {
    match f {
        Value::Obj(r) => match vm.heap.get(r) {
            crate::runtime::object::Obj::Function(f) => f.closure.get(n as usize).copied(),
            _ => None,
        },
        _ => None,
    }
}

/// Stores `v` into the closure cell `cell` (`ir::Op::StoreCell`); false
/// (nothing stored) when it is not a cell.
#[inline]
pub fn store_cell(vm: &mut Vm, cell: Value, v: Value) -> bool {
    if let Value::Obj(r) = cell {
        if let crate::runtime::object::Obj::Cell(slot) = vm.heap.get_mut(r) {
            *slot = v;
            return true;
        }
    }
    false
}

/// `bool(v)` for a value whose truth runs no Python code (`None` for
/// instances: `ir::Op::Truth` is only emitted after a guard excludes them).
#[inline]
pub fn truth(vm: &Vm, v: Value) -> Option<bool> {
    vm.truth_native(v)
}

/// A back edge's safepoint: counts down to interrupt and fuel checks and
/// collects garbage when due. True if it ran the full check (which may
/// have run code: a loop's safepoint then starts its trace over).
#[inline]
pub fn safepoint(vm: &mut Vm, pc: u32) -> PyResult<bool> {
    if safepoint_due(vm) {
        safepoint_now(vm, pc)?;
        return Ok(true);
    }
    Ok(false)
}

/// Counts a safepoint tick; true if the full check is due.
#[inline]
pub fn safepoint_due(vm: &mut Vm) -> bool {
    vm.safepoint_ticks = vm.safepoint_ticks.wrapping_sub(1);
    vm.safepoint_ticks == 0 || vm.heap.should_collect()
}

/// The safepoint's full check, with the frame at `pc`.
pub fn safepoint_now(vm: &mut Vm, pc: u32) -> PyResult<()> {
    vm.frame_mut().pc = pc as usize;
    vm.safepoint()
}

/// True if the top frame is `depth` frames above `root`, runs `code` and is at `pc`.
#[inline]
pub fn frame_is(vm: &Vm, root: usize, depth: i32, code: &Rc<crate::interp::code::CodeObject>, pc: u32) -> bool {
    vm.frames.len() as isize == root as isize + depth as isize
        && vm.frames.last().is_some_and(|f| Rc::ptr_eq(&f.code, code) && f.pc == pc as usize)
}

/// `(class, shape)` of `v` if it is an instance of a user class.
#[inline]
pub fn instance_shape(vm: &Vm, v: Value) -> Option<(u32, u32)> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            crate::runtime::object::Obj::Instance(i) => Some((i.class.0, i.shape.0)),
            _ => None,
        },
        _ => None,
    }
}

/// Slot `n` of the instance `v`.
#[inline]
pub fn load_slot(vm: &Vm, v: Value, n: u32) -> Option<Value> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            crate::runtime::object::Obj::Instance(i) => i.slots.get(n as usize).copied(),
            _ => None,
        },
        _ => None,
    }
}

/// A new instance of `class` with no attributes (`ir::Op::NewInstance`);
/// `None` if `class` is not a class.
pub fn new_instance(vm: &mut Vm, class: u32) -> Option<Value> {
    use crate::runtime::object::{Instance, Obj};
    let class = ObjRef(class);
    let shape = match vm.heap.get(class) {
        Obj::Class(c) => c.root_shape,
        _ => return None,
    };
    let slots = crate::runtime::value_vec::ValueVec::new();
    Some(Value::Obj(vm.heap.alloc(Obj::Instance(Instance { class, shape, slots, exc: None, native: None }))))
}

/// Adds slot `slot` holding `v` to the instance `obj` and moves it to
/// `shape` (`ir::Op::AddSlot`); false (nothing changed) unless it is an
/// instance with exactly `slot` slots.
#[inline]
pub fn add_slot(vm: &mut Vm, obj: Value, slot: u32, shape: u32, v: Value) -> bool {
    let Value::Obj(r) = obj else { return false };
    let crate::runtime::object::Obj::Instance(i) = vm.heap.get_mut(r) else { return false };
    if i.slots.len() != slot as usize {
        return false;
    }
    i.slots.push(v);
    i.shape = crate::runtime::object::ShapeId(shape);
    vm.heap.note_growth(core::mem::size_of::<Value>());
    true
}

/// Stores into slot `n` of the instance `obj`; false if it has none.
#[inline]
pub fn store_slot(vm: &mut Vm, obj: Value, n: u32, v: Value) -> bool {
    if let Value::Obj(r) = obj {
        if let crate::runtime::object::Obj::Instance(i) = vm.heap.get_mut(r) {
            if let Some(slot) = i.slots.get_mut(n as usize) {
                *slot = v;
                return true;
            }
        }
    }
    false
}

/// The entry at `index` of `dict` if its key is the interned `name` (the
/// check behind every cached global, builtin and module-attribute load).
#[cfg_attr(not(feature = "small-code"), inline(always))]
pub fn dict_slot(vm: &Vm, dict: ObjRef, index: u32, name: ObjRef) -> Option<Value> {
    match vm.heap.get(dict) {
        crate::runtime::object::Obj::Dict(d) => {
            d.raw_entry(index as usize).filter(|e| e.key == Value::Obj(name)).map(|e| e.value)
        }
        _ => None,
    }
}

/// A global or builtin by cached entry index (see `ir::Op::LoadGlobal`).
#[inline]
pub fn load_global(vm: &Vm, builtin: bool, index: u32, name: u32, keys: u32) -> Option<Value> {
    use crate::runtime::object::Obj;
    let globals = vm.frames.last()?.globals;
    let dict = if builtin {
        match vm.heap.get(globals) {
            Obj::Dict(d) if d.keys_version == keys => vm.builtins,
            _ => return None,
        }
    } else {
        globals
    };
    dict_slot(vm, dict, index, ObjRef(name))
}

/// For a global load that just succeeded: watches the dicts it depends on
/// (the frame's globals, and the builtins for a builtin) so the JIT's dict
/// epoch moves when their keys change, and returns the frame's globals and
/// where the entry's value is (valid while the epoch does not move).
pub fn watch_global(vm: &mut Vm, builtin: bool, index: u32) -> Option<(u32, *const Value)> {
    use crate::runtime::object::Obj;
    let epoch = vm.jit.as_ref()?.dict_epoch.clone();
    let globals = vm.frames.last()?.globals;
    let dict = if builtin { vm.builtins } else { globals };
    for d in [globals, dict] {
        if let Obj::Dict(d) = vm.heap.get_mut(d) {
            d.watch(&epoch);
        }
    }
    let value = match vm.heap.get(dict) {
        Obj::Dict(d) => d.value_ptr(index as usize)?,
        _ => return None,
    };
    Some((globals.0, value))
}

/// `a is b`.
#[inline]
pub fn is(a: Value, b: Value) -> bool {
    a.is(b)
}

/// Keeps a compiled trace's heap constants alive (they are GC roots while it lives).
pub fn const_roots(ir: &TraceIr) -> Box<[ObjRef]> {
    ir.insts
        .iter()
        .filter_map(|i| match i.op {
            super::ir::Op::Const(Value::Obj(r)) => Some(r),
            super::ir::Op::CallBuiltin { func, .. } => Some(ObjRef(func)),
            _ => None,
        })
        .collect()
}

/// A `SystemError` for a broken trace invariant (a bug, reported as a Python exception, never a panic).
pub fn internal_error(vm: &mut Vm, what: &str) -> crate::runtime::object::PyErr {
    vm.system_error(alloc::format!("JIT trace: {what}"))
}
