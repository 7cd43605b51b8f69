//! The semantics of each uop (one function per uop of the table in `mod.rs`).

// Indexing: uops run only for instructions of verified code (tier 1's
// specialized instructions, and traces recorded from them): the value
// stack holds at least the instruction's inputs (the verifier proves the
// depths, so `len - k`, `call_base` and `call_base + 1` are in range),
// locals and constants are indexed by verified operands (`a.base +
// oparg` below the frame's `nlocals`), `a.cache` is the fixed
// `[u32; 8]` inline cache indexed within the instruction's cache layout,
// and `binop_names` has one row per `BinaryOp`. These are the
// interpreter's and the JIT's hot paths.
#![allow(clippy::indexing_slicing)]

use super::{Flow, UopArgs};
use crate::bytecode::opcode::CompareOp;
use crate::interp::frame::{Frame, GenMode, KeyOp, ReturnAction};
use crate::jit::ir::{compare_floats, eval_float, eval_int, FloatOp, IntOp};
use crate::runtime::object::{
    GenState, IterState, Obj, PyResult, ShapeId, HOOK_DESCR, HOOK_GETATTRIBUTE, HOOK_SETATTR, HOOK_SUBCLASSCHECK,
};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

#[cfg_attr(not(feature = "small-code"), inline(always))]
fn top2(vm: &Vm) -> (Value, Value) {
    vm.stack.top2()
}

#[cfg_attr(not(feature = "small-code"), inline(always))]
fn replace2(vm: &mut Vm, v: Value) {
    vm.stack.replace_top2(v);
}

#[inline]
pub(super) fn guard_both_int(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    Ok(match top2(vm) {
        (Value::Int(_), Value::Int(_)) => Flow::Continue,
        _ => Flow::Deopt,
    })
}

#[inline]
pub(super) fn guard_both_float(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    Ok(match top2(vm) {
        (Value::Float(_), Value::Float(_)) => Flow::Continue,
        _ => Flow::Deopt,
    })
}

macro_rules! int_op {
    ($name:ident, $op:ident) => {
        /// Integer arithmetic (`ir::eval_int`, shared with traces); overflow deoptimizes to the big-int path.
        #[cfg_attr(not(feature = "small-code"), inline(always))]
        pub(super) fn $name(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
            let (Value::Int(x), Value::Int(y)) = top2(vm) else { return Ok(Flow::Deopt) };
            match eval_int(IntOp::$op, x, y) {
                Some(r) => {
                    replace2(vm, Value::Int(r));
                    Ok(Flow::Continue)
                }
                None => Ok(Flow::Deopt),
            }
        }
    };
}
int_op!(add_int, Add);
int_op!(sub_int, Sub);
int_op!(mul_int, Mul);

macro_rules! float_op {
    ($name:ident, $op:ident) => {
        /// Float arithmetic (`ir::eval_float`, shared with traces); division by zero deoptimizes (the generic path raises).
        #[cfg_attr(not(feature = "small-code"), inline(always))]
        pub(super) fn $name(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
            let (Value::Float(x), Value::Float(y)) = top2(vm) else { return Ok(Flow::Deopt) };
            match eval_float(FloatOp::$op, x, y) {
                Some(r) => {
                    replace2(vm, Value::Float(r));
                    Ok(Flow::Continue)
                }
                None => Ok(Flow::Deopt),
            }
        }
    };
}
float_op!(add_float, Add);
float_op!(sub_float, Sub);
float_op!(mul_float, Mul);
float_op!(div_float, Div);

#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(super) fn compare_int(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let (Value::Int(x), Value::Int(y)) = top2(vm) else { return Ok(Flow::Deopt) };
    let op = CompareOp::from_arg(a.oparg).unwrap_or(CompareOp::Eq);
    replace2(vm, Value::Bool(op.test(x.cmp(&y))));
    Ok(Flow::Continue)
}

#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(super) fn compare_float(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let (Value::Float(x), Value::Float(y)) = top2(vm) else { return Ok(Flow::Deopt) };
    let op = CompareOp::from_arg(a.oparg).unwrap_or(CompareOp::Eq);
    replace2(vm, Value::Bool(compare_floats(op, x, y)));
    Ok(Flow::Continue)
}

use crate::jit::backend::dict_slot;

fn frame_globals(vm: &Vm) -> ObjRef {
    vm.frames.last().map(|f| f.globals).unwrap_or(vm.builtins)
}

/// Cache: [globals keys version, builtins index].
#[inline]
pub(super) fn guard_globals_keys(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let g = frame_globals(vm);
    Ok(match vm.heap.get(g) {
        Obj::Dict(d) if d.keys_version == a.cache[0] => Flow::Continue,
        _ => Flow::Deopt,
    })
}

/// Cache: [globals index].
#[inline]
pub(super) fn load_global_module(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let g = frame_globals(vm);
    match dict_slot(vm, g, a.cache[0], a.name) {
        Some(v) => {
            vm.stack.push(v);
            Ok(Flow::Continue)
        }
        None => Ok(Flow::Deopt),
    }
}

#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(super) fn load_global_builtin(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    match dict_slot(vm, vm.builtins, a.cache[1], a.name) {
        Some(v) => {
            vm.stack.push(v);
            Ok(Flow::Continue)
        }
        None => Ok(Flow::Deopt),
    }
}

/// True if `class` (an `ObjRef`) is a class whose version is `version`
/// (the check behind every form that caches a class and its version).
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn class_has_version(vm: &Vm, class: u32, version: u32) -> bool {
    matches!(vm.heap.get(ObjRef(class)), Obj::Class(c) if c.version == version)
}

/// Cache: two entries of [class, class version, shape, slot or method]
/// (a two-way polymorphic inline cache). On a match with the second entry,
/// its slot is copied into the first entry's place for the action uop.
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn instance_matches(vm: &Vm, v: Value, a: &mut UopArgs) -> bool {
    let Value::Obj(r) = v else { return false };
    let Obj::Instance(inst) = vm.heap.get(r) else { return false };
    let (class, shape) = (inst.class.0, inst.shape);
    let entry = if class == a.cache[0] && shape == ShapeId(a.cache[2]) {
        0
    } else if class != 0 && class == a.cache[4] && shape == ShapeId(a.cache[6]) {
        4
    } else {
        return false;
    };
    let ok = class_has_version(vm, class, a.cache[entry + 1]);
    if ok && entry == 4 {
        a.cache[3] = a.cache[7];
    }
    ok
}

#[inline]
pub(super) fn guard_instance_shape(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let v = vm.stack.top();
    Ok(if instance_matches(vm, v, a) { Flow::Continue } else { Flow::Deopt })
}

/// Slot loads and stores: an entry matches on the instance's shape alone
/// (shapes are shared by all classes), or else on any shape that keeps the
/// name in the entry's slot: subclasses that add attributes after their
/// base's `__init__` keep the base's attributes in the same slots, so
/// `self.x` in a base-class method stays specialized for all of them. What
/// the class could change is summed up in its hooks (kept current on every
/// class mutation), checked on each run against `forbidden`; a class with
/// data descriptors (`HOOK_DESCR`) matches only at the entry's class and
/// version. Exception instances (whose stores go through their own fields)
/// never match.
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn slot_entry_matches(vm: &Vm, v: Value, a: &mut UopArgs, forbidden: u8) -> bool {
    let Value::Obj(r) = v else { return false };
    let Obj::Instance(inst) = vm.heap.get(r) else { return false };
    let shape = inst.shape;
    let entry = if shape == ShapeId(a.cache[2]) {
        0
    } else if a.cache[4] != 0 && shape == ShapeId(a.cache[6]) {
        4
    } else {
        match slot_entry_by_name(vm, shape, a) {
            Some(e) => e,
            None => return false,
        }
    };
    if inst.exc.is_some() || !matches!(vm.heap.get(inst.class), Obj::Class(c) if c.hooks & forbidden == 0) {
        // A class with data descriptors matches only as the entry's own
        // class at the entry's version: specializing checked the name is not one.
        if !descr_class_matches(vm, inst.class, forbidden, a, entry) || inst.exc.is_some() {
            return false;
        }
    }
    if entry == 4 {
        a.cache[3] = a.cache[7];
    }
    true
}

/// For [`slot_entry_matches`], out of line: a class whose only forbidden
/// hook is `HOOK_DESCR` matches at the entry's own class and version.
#[cold]
#[inline(never)]
fn descr_class_matches(vm: &Vm, class: ObjRef, forbidden: u8, a: &UopArgs, entry: usize) -> bool {
    matches!(vm.heap.get(class), Obj::Class(c)
        if c.hooks & forbidden == HOOK_DESCR && class.0 == a.cache[entry] && c.version == a.cache[entry + 1])
}

/// The entry whose slot holds the name in `shape` (out of line: the shapes
/// the entries name are the common case).
#[inline(never)]
fn slot_entry_by_name(vm: &Vm, shape: ShapeId, a: &UopArgs) -> Option<usize> {
    if vm.shapes.has_at(shape, a.cache[3] as usize, a.name) {
        Some(0)
    } else if a.cache[4] != 0 && vm.shapes.has_at(shape, a.cache[7] as usize, a.name) {
        Some(4)
    } else {
        None
    }
}

/// Tier 1's shortcut for `LOAD_ATTR_INSTANCE` (the normal copy of the
/// eval loop, before the form's uops): the receiver read and its instance
/// looked up once, the entries' shapes compared, the cache words read in
/// place. True if it loaded the attribute; false changes nothing, and the
/// uops run (other shapes, descriptor classes, deopt). Matches only what
/// `GuardSlotShape` + `LoadAttrSlot` accept at an entry's own shape.
#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(crate) fn load_attr_instance_shortcut(vm: &mut Vm, instrs: &[core::cell::Cell<u32>], cache_at: usize) -> bool {
    match load_attr_instance_of(vm, vm.stack.top(), instrs, cache_at) {
        Some(v) => {
            vm.stack.set_top(v);
            true
        }
        None => false,
    }
}

/// The attribute `LOAD_ATTR_INSTANCE`'s shortcut loads from `obj` (the
/// receiver on the stack, or the local `LOAD_FAST__LOAD_ATTR` would push),
/// or `None` where the uops must run.
#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(crate) fn load_attr_instance_of(
    vm: &Vm,
    obj: Value,
    instrs: &[core::cell::Cell<u32>],
    cache_at: usize,
) -> Option<Value> {
    let Value::Obj(r) = obj else { return None };
    let Obj::Instance(inst) = vm.heap.get(r) else { return None };
    // Either entry's shape (the second's class word is 0 while it is free).
    let Some([shape0, slot0, class1, _, shape1, slot1]) = instrs.get(cache_at + 3..cache_at + 9) else { return None };
    let slot = if inst.shape == ShapeId(shape0.get()) {
        slot0
    } else if class1.get() != 0 && inst.shape == ShapeId(shape1.get()) {
        slot1
    } else {
        return None;
    };
    if inst.exc.is_some() {
        return None;
    }
    if !matches!(vm.heap.get(inst.class), Obj::Class(c) if c.hooks & (HOOK_GETATTRIBUTE | HOOK_DESCR) == 0) {
        return None;
    }
    let v = inst.slots.get(slot.get() as usize)?;
    Some(Value::load(v))
}

/// The same for `STORE_ATTR_INSTANCE` (`GuardStoreShape` + `StoreAttrSlot`
/// at entry 0).
#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(crate) fn store_attr_instance_shortcut(vm: &mut Vm, instrs: &[core::cell::Cell<u32>], cache_at: usize) -> bool {
    let (v, obj) = vm.stack.top2();
    if !store_attr_instance_into(vm, obj, v, instrs, cache_at) {
        return false;
    }
    let len = vm.stack.len();
    vm.stack.truncate(len - 2);
    true
}

/// Stores `v` as the attribute `STORE_ATTR_INSTANCE`'s shortcut stores
/// into `obj`; false (nothing stored) where the uops must run.
#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(crate) fn store_attr_instance_into(
    vm: &mut Vm,
    obj: Value,
    v: Value,
    instrs: &[core::cell::Cell<u32>],
    cache_at: usize,
) -> bool {
    let Value::Obj(r) = obj else { return false };
    let (Some(shape), Some(slot)) = (instrs.get(cache_at + 3), instrs.get(cache_at + 4)) else { return false };
    let class = match vm.heap.get(r) {
        Obj::Instance(inst) if inst.shape == ShapeId(shape.get()) && inst.exc.is_none() => inst.class,
        _ => return false,
    };
    if !matches!(vm.heap.get(class), Obj::Class(c) if c.hooks & (HOOK_SETATTR | HOOK_DESCR) == 0) {
        return false;
    }
    let Obj::Instance(inst) = vm.heap.get_mut(r) else { return false };
    let Some(dst) = inst.slots.get_mut(slot.get() as usize) else { return false };
    *dst = v;
    true
}

/// The same for `LOAD_METHOD_INSTANCE` (`GuardInstanceShape` +
/// `LoadMethodCached`, either entry).
#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(crate) fn load_method_instance_shortcut(vm: &mut Vm, instrs: &[core::cell::Cell<u32>], cache_at: usize) -> bool {
    let obj = vm.stack.top();
    let Some(method) = load_method_instance_of(vm, obj, instrs, cache_at) else { return false };
    vm.stack.set_top(method);
    vm.stack.push(obj);
    true
}

/// The method `LOAD_METHOD_INSTANCE`'s cache (its counter at `cache_at`)
/// holds for the receiver `obj`, if either entry matches it (its class,
/// shape and class version); `None` otherwise.
#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(crate) fn load_method_instance_of(
    vm: &Vm,
    obj: Value,
    instrs: &[core::cell::Cell<u32>],
    cache_at: usize,
) -> Option<Value> {
    let Value::Obj(r) = obj else { return None };
    let Obj::Instance(inst) = vm.heap.get(r) else { return None };
    let [class0, version0, shape0, method0, class1, version1, shape1, method1] =
        instrs.get(cache_at + 1..cache_at + 9)?
    else {
        return None;
    };
    let (class, shape) = (inst.class.0, inst.shape);
    let (version, method) = if class == class0.get() && shape == ShapeId(shape0.get()) {
        (version0, method0)
    } else if class != 0 && class == class1.get() && shape == ShapeId(shape1.get()) {
        (version1, method1)
    } else {
        return None;
    };
    if !class_has_version(vm, class, version.get()) {
        return None;
    }
    Some(Value::Obj(ObjRef(method.get())))
}

#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(super) fn guard_slot_shape(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let v = vm.stack.top();
    Ok(if slot_entry_matches(vm, v, a, HOOK_GETATTRIBUTE | HOOK_DESCR) { Flow::Continue } else { Flow::Deopt })
}

#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(super) fn load_attr_slot(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let obj = vm.stack.top();
    match crate::jit::backend::load_slot(vm, obj, a.cache[3]) {
        Some(v) => {
            vm.stack.set_top(v);
            Ok(Flow::Continue)
        }
        None => Ok(Flow::Deopt),
    }
}

#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(super) fn load_method_cached(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let obj = vm.stack.top();
    vm.stack.set_top(Value::Obj(ObjRef(a.cache[3])));
    vm.stack.push(obj);
    Ok(Flow::Continue)
}

#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(super) fn guard_store_shape(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let v = vm.stack.top();
    Ok(if slot_entry_matches(vm, v, a, HOOK_SETATTR | HOOK_DESCR) { Flow::Continue } else { Flow::Deopt })
}

/// Cache of `STORE_ATTR_INSTANCE_ADD`: [class seen, shape before, slot the
/// store appends, shape after]. Matches an instance of that shape
/// (any class: what a class could change is in its hooks, checked here)
/// whose class allows new attributes and, if it has data descriptors,
/// has none of this name (looked up, out of line: the form keeps no version).
#[inline]
pub(super) fn guard_store_add(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let Value::Obj(r) = vm.stack.top() else { return Ok(Flow::Deopt) };
    let Obj::Instance(inst) = vm.heap.get(r) else { return Ok(Flow::Deopt) };
    let class = inst.class;
    let ok = inst.shape == ShapeId(a.cache[1])
        && inst.slots.len() == a.cache[2] as usize
        && inst.exc.is_none()
        && match vm.heap.get(class) {
            Obj::Class(c) if c.hooks & HOOK_SETATTR == 0 && c.slots.is_none() => {
                c.hooks & HOOK_DESCR == 0 || !name_is_descriptor(vm, class, a.name)
            }
            _ => false,
        };
    Ok(if ok { Flow::Continue } else { Flow::Deopt })
}

/// True if `class` (or a base) may have a data descriptor called `name`.
#[inline(never)]
fn name_is_descriptor(vm: &Vm, class: ObjRef, name: ObjRef) -> bool {
    vm.lookup_class_attr(class, name).is_some_and(|v| vm.maybe_data_descriptor(v))
}

/// Appends the value as the instance's new last slot and moves it to the
/// cached next shape (the transition the generic store would take).
#[inline]
pub(super) fn store_attr_add(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let len = vm.stack.len();
    let (v, obj) = vm.stack.top2();
    let Value::Obj(r) = obj else { return Ok(Flow::Deopt) };
    let Obj::Instance(inst) = vm.heap.get_mut(r) else { return Ok(Flow::Deopt) };
    inst.slots.push(v);
    inst.shape = ShapeId(a.cache[3]);
    vm.heap.note_growth(16);
    vm.stack.truncate(len - 2);
    Ok(Flow::Continue)
}

#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(super) fn store_attr_slot(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let len = vm.stack.len();
    let (v, obj) = vm.stack.top2();
    if crate::jit::backend::store_slot(vm, obj, a.cache[3], v) {
        vm.stack.truncate(len - 2);
        return Ok(Flow::Continue);
    }
    Ok(Flow::Deopt)
}

/// Cache: [callee, version] (the callee seen when specializing). Checks
/// the callee is that object with no keywords pending.
#[inline]
pub(super) fn guard_callee(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    if vm.pending_kwnames.is_some() {
        return Ok(Flow::Deopt);
    }
    let call_base = vm.stack.len() - a.oparg as usize - 2;
    Ok(if vm.stack[call_base] == Value::Obj(ObjRef(a.cache[0])) { Flow::Continue } else { Flow::Deopt })
}

/// The callee is some Python function taking exactly the positional
/// arguments given, with no defaults needed, `*args`, `**kwargs`,
/// keyword-only parameters, or generator body (any such function: method
/// calls on polymorphic receivers stay specialized). No keywords pending.
#[inline]
pub(super) fn guard_simple_function(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    if vm.pending_kwnames.is_some() {
        return Ok(Flow::Deopt);
    }
    let argc = a.oparg as usize;
    let call_base = vm.stack.len() - argc - 2;
    let Value::Obj(fr) = vm.stack[call_base] else { return Ok(Flow::Deopt) };
    let nargs = argc + usize::from(!vm.stack[call_base + 1].is_null());
    Ok(match vm.heap.get(fr) {
        Obj::Function(f) if f.code.simple_argcount as usize == nargs => Flow::Continue,
        _ => Flow::Deopt,
    })
}

/// `CALL_PY_EXACT_ARGS` whole (`_GUARD_SIMPLE_FUNCTION` then
/// `_CALL_PY_EXACT_ARGS`) with the callee read once: what traces run.
pub fn call_py_exact_args(vm: &mut Vm, argc: usize) -> PyResult<Flow> {
    if vm.pending_kwnames.is_some() {
        return Ok(Flow::Deopt);
    }
    let Some(call_base) = vm.stack.len().checked_sub(argc + 2) else { return Ok(Flow::Deopt) };
    let Value::Obj(func) = vm.stack[call_base] else { return Ok(Flow::Deopt) };
    let with_self = !vm.stack[call_base + 1].is_null();
    let Obj::Function(f) = vm.heap.get(func) else { return Ok(Flow::Deopt) };
    if f.code.simple_argcount as usize != argc + usize::from(with_self) {
        return Ok(Flow::Deopt);
    }
    if vm.frames.len() >= vm.config.recursion_limit {
        return Err(vm.recursion_error());
    }
    let code = f.code.clone();
    let globals = f.globals;
    vm.stats.calls += 1;
    let args_start = call_base + 2 - usize::from(with_self);
    let frame = vm.new_frame(func, code, globals, call_base, args_start, ReturnAction::Push);
    vm.frames.push(frame);
    Ok(Flow::Frame)
}

/// `_GUARD_GENERATOR_FUNCTION` (`CALL_PY_GEN`): the callee is a generator
/// function the arguments bind to by copying (`CodeObject::binds_generator`).
pub(super) fn guard_generator_function(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    if vm.pending_kwnames.is_some() {
        return Ok(Flow::Deopt);
    }
    let argc = a.oparg as usize;
    let Some(call_base) = vm.stack.len().checked_sub(argc + 2) else { return Ok(Flow::Deopt) };
    let Value::Obj(fr) = vm.stack[call_base] else { return Ok(Flow::Deopt) };
    let nargs = argc + usize::from(!vm.stack[call_base + 1].is_null());
    Ok(match vm.heap.get(fr) {
        Obj::Function(f) if f.code.binds_generator(nargs) => Flow::Continue,
        _ => Flow::Deopt,
    })
}

/// `CALL_PY_GEN`'s action (after `_GUARD_GENERATOR_FUNCTION`): the
/// arguments become the first locals of a new generator, which replaces
/// the call on the stack, as the generic call makes it (its frame is
/// never pushed).
pub(super) fn make_generator(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    match exact_args_frame(vm, a.oparg as usize, false)? {
        Some(frame) => {
            vm.make_generator(frame);
            Ok(Flow::Continue)
        }
        None => Ok(Flow::Deopt),
    }
}

/// The frame of a call whose Python function binds its `argc` arguments
/// (after `self`, if the slot below holds one) by copying them; `None`
/// if the callee is not a Python function or (with `check_argc`) takes
/// another number of arguments. Raises `RecursionError` at the limit, as
/// every call does (the generic call checks it before binding, generator
/// or not).
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn exact_args_frame(vm: &mut Vm, argc: usize, check_argc: bool) -> PyResult<Option<Frame>> {
    let len = vm.stack.len();
    let call_base = len - argc - 2;
    let with_self = !vm.stack[call_base + 1].is_null();
    let args_start = call_base + 2 - usize::from(with_self);
    let Value::Obj(func) = vm.stack[call_base] else { return Ok(None) };
    let Obj::Function(f) = vm.heap.get(func) else { return Ok(None) };
    if check_argc && f.code.simple_argcount as usize != argc + usize::from(with_self) {
        return Ok(None);
    }
    if vm.frames.len() >= vm.config.recursion_limit {
        return Err(vm.recursion_error());
    }
    let code = f.code.clone();
    let globals = f.globals;
    vm.stats.calls += 1;
    Ok(Some(vm.new_frame(func, code, globals, call_base, args_start, ReturnAction::Push)))
}

/// `_CALL_PY_EXACT_ARGS`. It checks all that `_GUARD_SIMPLE_FUNCTION` does
/// before changing anything (so tier 1 skips that guard:
/// `Uop::redundant_in_tier1`).
#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(super) fn call_py_exact(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    if vm.pending_kwnames.is_some() {
        return Ok(Flow::Deopt);
    }
    match exact_args_frame(vm, a.oparg as usize, true)? {
        Some(frame) => {
            vm.frames.push(frame);
            Ok(Flow::Frame)
        }
        None => Ok(Flow::Deopt),
    }
}

#[inline]
pub(super) fn guard_range_iter(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    Ok(match vm.stack.last() {
        Some(&Value::Obj(r)) if matches!(vm.heap.get(r), Obj::Iter(IterState::Range { .. })) => Flow::Continue,
        _ => Flow::Deopt,
    })
}

#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(super) fn for_iter_range(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let Some(&Value::Obj(r)) = vm.stack.last() else { return Ok(Flow::Deopt) };
    let next = match vm.heap.get_mut(r) {
        Obj::Iter(state) => match range_advance(state) {
            Some(next) => next,
            None => return Ok(Flow::Deopt),
        },
        _ => return Ok(Flow::Deopt),
    };
    match next {
        Some(v) => {
            vm.stack.push(Value::Int(v));
            Ok(Flow::Continue)
        }
        None => {
            vm.stack.pop();
            Ok(Flow::Jump(a.oparg as usize))
        }
    }
}

/// Steps a range iterator: `Some(next value)`, `Some(None)` when
/// exhausted, `None` for another kind of iterator.
#[cfg_attr(not(feature = "small-code"), inline(always))]
pub fn range_advance(state: &mut IterState) -> Option<Option<i64>> {
    let IterState::Range { next, remaining, step } = state else { return None };
    if *remaining == 0 {
        return Some(None);
    }
    let v = *next;
    *next = next.wrapping_add(*step);
    *remaining -= 1;
    Some(Some(v))
}

/// The next item of a list (`list`) or tuple (`!list`) iterator without
/// advancing it: `None` when exhausted or another kind of iterator.
#[cfg_attr(not(feature = "small-code"), inline(always))]
pub fn seq_peek(vm: &Vm, it: ObjRef, list: bool) -> Option<Value> {
    let Obj::Iter(IterState::Seq { seq, index }) = vm.heap.get(it) else { return None };
    seq_items(vm, *seq, list)?.get(*index).copied()
}

/// The items of a list (`list`) or tuple (`!list`), if `seq` is one.
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn seq_items(vm: &Vm, seq: ObjRef, list: bool) -> Option<&[Value]> {
    match vm.heap.get(seq) {
        Obj::List(items) if list => Some(items),
        Obj::Tuple(items) if !list => Some(items),
        _ => None,
    }
}

/// The iterator on top of the stack runs over a list (`list`) or tuple.
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn guard_seq_iter(vm: &Vm, list: bool) -> Flow {
    let Some(&Value::Obj(r)) = vm.stack.last() else { return Flow::Deopt };
    match vm.heap.get(r) {
        Obj::Iter(IterState::Seq { seq, .. }) if seq_items(vm, *seq, list).is_some() => Flow::Continue,
        _ => Flow::Deopt,
    }
}

/// Steps list (`list`) or tuple iterator `r`: `Some(Some(item))`,
/// `Some(None)` when exhausted (the iterator is then done), `None` when `r`
/// is another kind of iterator.
#[cfg_attr(not(feature = "small-code"), inline(always))]
pub fn seq_iter_step(vm: &mut Vm, r: ObjRef, list: bool) -> Option<Option<Value>> {
    let (seq, index) = match vm.heap.get(r) {
        Obj::Iter(IterState::Seq { seq, index }) => (*seq, *index),
        _ => return None,
    };
    let item = seq_items(vm, seq, list)?.get(index).copied();
    if let Obj::Iter(state) = vm.heap.get_mut(r) {
        match (item, state) {
            (Some(_), IterState::Seq { index, .. }) => *index += 1,
            (None, state) => *state = IterState::Done,
            _ => {}
        }
    }
    Some(item)
}

/// The next item of a list or tuple iterator; when exhausted, the iterator
/// is popped and the loop exits (`Flow::Jump` to the operand).
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn for_iter_seq(vm: &mut Vm, a: &UopArgs, list: bool) -> Flow {
    let Some(&Value::Obj(r)) = vm.stack.last() else { return Flow::Deopt };
    match seq_iter_step(vm, r, list) {
        Some(Some(v)) => {
            vm.stack.push(v);
            Flow::Continue
        }
        Some(None) => {
            vm.stack.pop();
            Flow::Jump(a.oparg as usize)
        }
        None => Flow::Deopt,
    }
}

#[inline]
pub(super) fn guard_list_iter(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    Ok(guard_seq_iter(vm, true))
}

#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(super) fn for_iter_list(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    Ok(for_iter_seq(vm, a, true))
}

/// `list[int]`: the container and an in-range or negative int index.
#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(super) fn guard_list_int(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (c, k) = top2(vm);
    Ok(match (c, k) {
        (Value::Obj(r), Value::Int(_)) if matches!(vm.heap.get(r), Obj::List(_)) => Flow::Continue,
        _ => Flow::Deopt,
    })
}

/// Where index `i` of a sequence of `len` items is (negative counts from
/// the end), if in range.
#[inline]
pub fn seq_index(len: usize, i: i64) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    (j >= 0 && (j as usize) < len).then_some(j as usize)
}

/// `seq[int]` for a list or tuple; out of range deoptimizes (the generic
/// path raises IndexError).
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn subscr_seq_int(vm: &mut Vm) -> PyResult<Flow> {
    let (Value::Obj(r), Value::Int(i)) = top2(vm) else { return Ok(Flow::Deopt) };
    let v = match vm.heap.get(r) {
        Obj::List(items) | Obj::Tuple(items) => seq_index(items.len(), i).and_then(|j| items.get(j).copied()),
        _ => None,
    };
    match v {
        Some(v) => {
            replace2(vm, v);
            Ok(Flow::Continue)
        }
        None => Ok(Flow::Deopt),
    }
}

#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(super) fn subscr_list_int(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    subscr_seq_int(vm)
}

#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(super) fn guard_tuple_int(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (c, k) = top2(vm);
    Ok(match (c, k) {
        (Value::Obj(r), Value::Int(_)) if matches!(vm.heap.get(r), Obj::Tuple(_)) => Flow::Continue,
        _ => Flow::Deopt,
    })
}

#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(super) fn subscr_tuple_int(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    subscr_seq_int(vm)
}

/// A key whose hashing and equality run no Python code.
#[cfg_attr(not(feature = "small-code"), inline(always))]
pub fn is_simple_key(vm: &Vm, k: Value) -> bool {
    match k {
        Value::Int(_) | Value::Bool(_) | Value::None => true,
        Value::Obj(kr) => matches!(vm.heap.get(kr), Obj::Str(_)),
        _ => false,
    }
}

/// `container` is a dict (the key is checked by the action, which
/// looks it up only when that runs no Python code: `Vm::dict_find_pure`).
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn dict_operand(vm: &Vm, container: Value) -> Flow {
    match container {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_)) => Flow::Continue,
        _ => Flow::Deopt,
    }
}

/// `dict[key]`'s container is a dict.
#[inline]
pub(super) fn guard_dict(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (c, _) = top2(vm);
    Ok(dict_operand(vm, c))
}

/// The entry of `key` in dict `d` and its value, when finding it runs no
/// Python code (`None`: the generic path decides, and raises a KeyError).
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn pure_dict_value(vm: &Vm, d: Value, key: Value) -> Option<Value> {
    let Value::Obj(d) = d else { return None };
    let (_, found) = vm.dict_find_pure(d, key)?;
    match vm.heap.get(d) {
        Obj::Dict(dict) => dict.value_at(found?),
        _ => None,
    }
}

#[inline]
pub(super) fn subscr_dict(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (c, k) = top2(vm);
    match pure_dict_value(vm, c, k) {
        Some(v) => {
            replace2(vm, v);
            Ok(Flow::Continue)
        }
        None => Ok(Flow::Deopt),
    }
}

/// STORE_SUBSCR operands: value, container, key (key on top).
fn store_operands(vm: &Vm) -> (Value, Value, Value) {
    vm.stack.top3()
}

#[inline]
pub(super) fn guard_store_list_int(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (_, c, k) = store_operands(vm);
    Ok(match (c, k) {
        (Value::Obj(r), Value::Int(_)) if matches!(vm.heap.get(r), Obj::List(_)) => Flow::Continue,
        _ => Flow::Deopt,
    })
}

#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(super) fn store_list_int(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (v, c, k) = store_operands(vm);
    let (Value::Obj(r), Value::Int(i)) = (c, k) else { return Ok(Flow::Deopt) };
    if let Obj::List(items) = vm.heap.get_mut(r) {
        if let Some(item) = seq_index(items.len(), i).and_then(|j| items.get_mut(j)) {
            *item = v;
            let len = vm.stack.len();
            vm.stack.truncate(len - 3);
            return Ok(Flow::Continue);
        }
    }
    Ok(Flow::Deopt)
}

/// `array[int]` on an exact `array.array` with the index in range (else
/// it deoptimizes: the generic form raises or calls what it must).
#[cfg(feature = "array-module")]
#[inline]
pub(super) fn subscr_array_int(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (c, k) = top2(vm);
    let Value::Int(i) = k else { return Ok(Flow::Deopt) };
    match crate::builtins::modules::array::peek_item(vm, c, i) {
        Some(v) => {
            replace2(vm, v);
            Ok(Flow::Continue)
        }
        None => Ok(Flow::Deopt),
    }
}

/// `array[int] = v` on an exact `array.array`, the index in range and `v`
/// an int, float or bool the typecode takes (else it deoptimizes).
#[cfg(feature = "array-module")]
#[inline]
pub(super) fn store_array_int(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (v, c, k) = store_operands(vm);
    let Value::Int(i) = k else { return Ok(Flow::Deopt) };
    if crate::builtins::modules::array::poke_item(vm, c, i, v).is_none() {
        return Ok(Flow::Deopt);
    }
    let len = vm.stack.len();
    vm.stack.truncate(len - 3);
    Ok(Flow::Continue)
}

#[inline]
pub(super) fn guard_store_dict(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (_, c, _) = store_operands(vm);
    Ok(dict_operand(vm, c))
}

#[inline]
pub(super) fn store_dict(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (v, c, k) = store_operands(vm);
    let Value::Obj(d) = c else { return Ok(Flow::Deopt) };
    let Some(found) = vm.dict_find_pure(d, k) else { return Ok(Flow::Deopt) };
    vm.dict_store_found(d, found, k, v)?;
    let len = vm.stack.len();
    vm.stack.truncate(len - 3);
    Ok(Flow::Continue)
}

#[inline]
pub(super) fn guard_tuple_len(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    Ok(match vm.stack.last() {
        Some(&Value::Obj(r)) if matches!(vm.heap.get(r), Obj::Tuple(t) if t.len() == a.oparg as usize) => {
            Flow::Continue
        }
        _ => Flow::Deopt,
    })
}

/// Replaces a tuple or list on top of the stack with its items, first on top.
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn unpack_items(vm: &mut Vm) -> PyResult<Flow> {
    let Some(&Value::Obj(r)) = vm.stack.last() else { return Ok(Flow::Deopt) };
    // Straight from the sequence onto the stack (no temporary vector).
    let items: &[Value] = match vm.heap.get(r) {
        Obj::Tuple(items) => items,
        Obj::List(items) => items,
        _ => return Ok(Flow::Deopt),
    };
    if let [a, b] = *items {
        // The common pair: the sequence's slot takes the second item.
        vm.stack.set_top(b);
        vm.stack.push(a);
        return Ok(Flow::Continue);
    }
    vm.stack.pop();
    vm.stack.reserve(items.len());
    for &v in items.iter().rev() {
        vm.stack.push(v);
    }
    Ok(Flow::Continue)
}

#[inline]
pub(super) fn unpack_tuple(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    unpack_items(vm)
}

#[inline]
pub(super) fn guard_list_len(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    Ok(match vm.stack.last() {
        Some(&Value::Obj(r)) if matches!(vm.heap.get(r), Obj::List(l) if l.len() == a.oparg as usize) => Flow::Continue,
        _ => Flow::Deopt,
    })
}

#[inline]
pub(super) fn unpack_list(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    unpack_items(vm)
}

/// `key in dict` with a key whose equality needs no Python code (dict on top).
#[inline]
pub(super) fn guard_contains_dict(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (_, c) = top2(vm);
    Ok(dict_operand(vm, c))
}

#[inline]
pub(super) fn contains_dict(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let (k, c) = top2(vm);
    let Value::Obj(d) = c else { return Ok(Flow::Deopt) };
    let Some((_, found)) = vm.dict_find_pure(d, k) else { return Ok(Flow::Deopt) };
    let found = found.is_some();
    replace2(vm, Value::Bool(found != (a.oparg == 1)));
    Ok(Flow::Continue)
}

/// Calls the cached built-in function with the positional arguments.
#[inline]
pub(super) fn call_native(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    Ok(match call_builtin_value(vm, ObjRef(a.cache[0]), a.oparg)? {
        Some(r) => {
            vm.stack.push(r);
            Flow::Continue
        }
        None => Flow::Deopt,
    })
}

/// Calls the built-in function or class `callee` with the `argc`
/// positional arguments on top of the stack (after `self` or `NULL`, after
/// the callee's slot): pops them all and gives the result, or `None`
/// (changing nothing) if `callee` is not called natively.
#[inline]
pub fn call_builtin_value(vm: &mut Vm, callee: ObjRef, argc: u32) -> PyResult<Option<Value>> {
    let len = vm.stack.len();
    let Some(call_base) = len.checked_sub(argc as usize + 2) else { return Ok(None) };
    // (A bound built-in method, `append = lst.append`, passes its receiver first.)
    let (func, receiver) = match vm.heap.get(callee) {
        Obj::Builtin { def, receiver } => (def.func, *receiver),
        Obj::Class(c) => match c.ctor {
            Some(ctor) => (ctor, Value::Null),
            None => return Ok(None),
        },
        _ => return Ok(None),
    };
    let self_empty = vm.stack[call_base + 1].is_null();
    if !receiver.is_null() && !self_empty {
        return Ok(None);
    }
    let args_start = if self_empty { call_base + 2 } else { call_base + 1 };
    vm.stats.calls += 1;
    // Few arguments (the common case) are passed from a buffer on the Rust
    // stack: no allocation per call.
    let bound = usize::from(!receiver.is_null());
    let n = len - args_start + bound;
    let r = if n <= 4 {
        let mut buf = [receiver; 4];
        buf[bound..n].copy_from_slice(&vm.stack[args_start..]);
        func(vm, &buf[..n], &[])?
    } else {
        let mut args: alloc::vec::Vec<Value> = alloc::vec::Vec::with_capacity(n);
        args.extend(Some(receiver).filter(|r| !r.is_null()));
        args.extend_from_slice(&vm.stack[args_start..]);
        func(vm, &args, &[])?
    };
    vm.stack.truncate(call_base);
    Ok(Some(r))
}

/// The length of a str (in characters), list, tuple or dict; `None` for
/// anything else (whose `len` may run code).
#[inline]
pub fn builtin_len(vm: &Vm, v: Value) -> Option<usize> {
    let Value::Obj(r) = v else { return None };
    match vm.heap.get(r) {
        Obj::Str(s) => Some(s.char_len()),
        Obj::List(l) | Obj::Tuple(l) => Some(l.len()),
        Obj::Dict(d) => Some(d.len()),
        _ => None,
    }
}

/// `len(x)` for the built-in containers.
#[inline]
pub(super) fn call_len(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    if a.oparg != 1 {
        return Ok(Flow::Deopt);
    }
    let len = vm.stack.len();
    let Some(n) = builtin_len(vm, vm.stack[len - 1]) else { return Ok(Flow::Deopt) };
    vm.stack.truncate(len - 3);
    vm.stack.push(Value::Int(n as i64));
    Ok(Flow::Continue)
}

/// `& | ^ << >>` on small ints (the operator from the instruction's operand);
/// shifts that would overflow or are negative deoptimize.
#[inline]
pub(super) fn bit_int(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    int_binary(vm, a)
}

/// `//` and `%` on small ints with Python's floor semantics; a zero divisor
/// (the generic path raises) or `i64::MIN // -1` deoptimizes.
#[inline]
pub(super) fn divmod_int(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    int_binary(vm, a)
}

/// The small-int operator of `BINARY_OP`'s operand (`ir::eval_int`, shared
/// with traces); what it cannot compute deoptimizes.
#[inline]
fn int_binary(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    use crate::bytecode::opcode::BinaryOp;
    let (Value::Int(x), Value::Int(y)) = top2(vm) else { return Ok(Flow::Deopt) };
    let Some(op) = BinaryOp::from_arg(a.oparg).and_then(|(op, _)| IntOp::of(op)) else { return Ok(Flow::Deopt) };
    match eval_int(op, x, y) {
        Some(r) => {
            replace2(vm, Value::Int(r));
            Ok(Flow::Continue)
        }
        None => Ok(Flow::Deopt),
    }
}

/// Cache: [class, class version, `__init__` function]. The callee is that
/// class, unchanged, called with exactly `__init__`'s positional count.
#[inline]
pub(super) fn guard_class_init(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    if vm.pending_kwnames.is_some() {
        return Ok(Flow::Deopt);
    }
    let argc = a.oparg as usize;
    let len = vm.stack.len();
    let call_base = len - argc - 2;
    if vm.stack[call_base] != Value::Obj(ObjRef(a.cache[0])) || !vm.stack[call_base + 1].is_null() {
        return Ok(Flow::Deopt);
    }
    Ok(match vm.heap.get(ObjRef(a.cache[0])) {
        Obj::Class(c) if c.version == a.cache[1] => Flow::Continue,
        _ => Flow::Deopt,
    })
}

/// Allocates the instance and enters `__init__` (its frame returns the instance).
pub(super) fn call_init_frame(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    if vm.frames.len() >= vm.config.recursion_limit {
        return Err(vm.recursion_error());
    }
    let class = ObjRef(a.cache[0]);
    let init = ObjRef(a.cache[2]);
    let root_shape = match vm.heap.get(class) {
        Obj::Class(c) => c.root_shape,
        _ => return Ok(Flow::Deopt),
    };
    let Obj::Function(f) = vm.heap.get(init) else { return Ok(Flow::Deopt) };
    let (code, globals) = (f.code.clone(), f.globals);
    let argc = a.oparg as usize;
    let call_base = vm.stack.len() - argc - 2;
    let inst = vm.heap.alloc(Obj::Instance(crate::runtime::object::Instance {
        class,
        shape: root_shape,
        slots: crate::runtime::value_vec::ValueVec::new(),
        exc: None,
        native: None,
    }));
    let instance = Value::Obj(inst);
    let args_start = call_base + 1;
    vm.stack[args_start] = instance;
    vm.stats.calls += 1;
    let frame = vm.new_frame(init, code, globals, call_base, args_start, ReturnAction::Init { instance });
    vm.frames.push(frame);
    Ok(Flow::Frame)
}

/// Cache: [built-in type, -, -, method]. The receiver is exactly of that
/// built-in type (built-in types cannot be changed, so no version).
#[inline]
pub(super) fn guard_builtin_type(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let v = vm.stack.top();
    Ok(if !v.is_null() && vm.class_of(v).0 == a.cache[0] { Flow::Continue } else { Flow::Deopt })
}

/// The class of `v` if it is an instance of a user class.
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn instance_class(vm: &Vm, v: Value) -> Option<ObjRef> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Instance(i) => Some(i.class),
            _ => None,
        },
        _ => None,
    }
}

/// The left operand is an instance of a user class and the right one is not
/// an instance of another class (whose reflected dunder could come first or
/// after). The dunder itself is looked up (through the class attribute
/// cache) by the action, so the form needs no inline-cache data.
#[inline]
pub(super) fn guard_binary_dunder(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (x, y) = top2(vm);
    let Some(cx) = instance_class(vm, x) else { return Ok(Flow::Deopt) };
    Ok(match instance_class(vm, y) {
        Some(cy) if cy != cx => Flow::Deopt,
        _ => Flow::Continue,
    })
}

/// Calls the left operand's dunder (`__add__`, ...) as a Python frame: the
/// operands become its `self` and argument; its return (and the fallback
/// when it returns `NotImplemented`) is handled by `ReturnAction::BinaryDunder`.
#[inline]
pub(super) fn binary_dunder_frame(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let (x, y) = top2(vm);
    let Some((op, inplace)) = crate::bytecode::opcode::BinaryOp::from_arg(a.oparg) else { return Ok(Flow::Deopt) };
    let Some(cx) = instance_class(vm, x) else { return Ok(Flow::Deopt) };
    let [name, _, inplace_name] = vm.binop_names[op as usize];
    // `op=` calls the in-place dunder first when the class has one.
    if inplace && vm.lookup_class_attr(cx, inplace_name).is_some() {
        return Ok(Flow::Deopt);
    }
    let Some(Value::Obj(func)) = vm.lookup_class_attr(cx, name) else { return Ok(Flow::Deopt) };
    push_operand_frame(vm, func, 2, ReturnAction::BinaryDunder { oparg: a.oparg, left: x, right: y })
}

/// Calls the left operand's rich comparison dunder (`__lt__`, ...) as a
/// Python frame with the two operands; its return (coerced to a bool when
/// a jump consumes it, and the fallback when it returns `NotImplemented`)
/// is handled by `ReturnAction::CompareDunder`. Deoptimizes for instances
/// of subclasses of built-in types (their comparison may be the built-in's).
#[inline]
pub(super) fn compare_dunder_frame(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let (x, y) = top2(vm);
    let Some(op) = crate::bytecode::opcode::CompareOp::from_arg(a.oparg) else { return Ok(Flow::Deopt) };
    let cx = match x {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Instance(i) if i.native.is_none() => i.class,
            _ => return Ok(Flow::Deopt),
        },
        _ => return Ok(Flow::Deopt),
    };
    let name = vm.cmp_names[op as usize];
    let Some(Value::Obj(func)) = vm.lookup_class_attr(cx, name) else { return Ok(Flow::Deopt) };
    push_operand_frame(vm, func, 2, ReturnAction::CompareDunder { oparg: a.oparg, left: x, right: y })
}

/// Runs `func`, a Python function taking exactly the top `operands` stack
/// entries as its parameters, as a frame whose locals start at them (no
/// function slot); `on_return` says what its return does. Deoptimizes for
/// anything else.
pub(crate) fn push_operand_frame(
    vm: &mut Vm,
    func: ObjRef,
    operands: usize,
    on_return: ReturnAction,
) -> PyResult<Flow> {
    push_frame_over(vm, func, operands, 0, on_return)
}

/// [`push_operand_frame`] whose return also drops the `below` stack
/// entries under the operands (a call's callee and `NULL`).
fn push_frame_over(
    vm: &mut Vm,
    func: ObjRef,
    operands: usize,
    below: usize,
    on_return: ReturnAction,
) -> PyResult<Flow> {
    if vm.frames.len() >= vm.config.recursion_limit {
        return Err(vm.recursion_error());
    }
    let Obj::Function(f) = vm.heap.get(func) else { return Ok(Flow::Deopt) };
    if !f.code.code.takes_only(operands as u32) {
        return Ok(Flow::Deopt);
    }
    let (code, globals) = (f.code.clone(), f.globals);
    vm.stats.calls += 1;
    let at = vm.stack.len() - operands;
    let frame = vm.new_frame(func, code, globals, at - below, at, on_return);
    vm.frames.push(frame);
    Ok(Flow::Frame)
}

/// Cache of `LOAD_ATTR_PROPERTY`: [class, class version, getter]. The
/// receiver is an instance of exactly that class, at that version (which
/// any change to the class's attributes, or its bases', moves).
#[inline]
pub(super) fn guard_property_class(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let ok = instance_class(vm, vm.stack.top()).is_some_and(|c| c.0 == a.cache[0])
        && class_has_version(vm, a.cache[0], a.cache[1]);
    Ok(if ok { Flow::Continue } else { Flow::Deopt })
}

/// Runs the property's getter (a Python function of one parameter) as a
/// frame whose `self` is the receiver: its return replaces the receiver.
#[inline]
pub(super) fn property_frame(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    push_operand_frame(vm, ObjRef(a.cache[2]), 1, ReturnAction::Push)
}

/// `BINARY_SUBSCR_INSTANCE`: the container is an instance (its class's
/// `__getitem__` is looked up by the action, through the class attribute
/// cache, so the form needs no inline-cache data).
#[inline]
pub(super) fn guard_subscr_instance(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (container, _) = top2(vm);
    Ok(if instance_class(vm, container).is_some() { Flow::Continue } else { Flow::Deopt })
}

/// Runs the container's `__getitem__` (a Python function of two
/// parameters) as a frame whose locals are the container and the key: its
/// return replaces both.
#[inline]
pub(super) fn subscr_dunder_frame(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (container, _) = top2(vm);
    let Some(class) = instance_class(vm, container) else { return Ok(Flow::Deopt) };
    let Some(Value::Obj(func)) = vm.lookup_class_attr(class, vm.names.getitem) else { return Ok(Flow::Deopt) };
    push_operand_frame(vm, func, 2, ReturnAction::Push)
}

/// The container of `item in container` (on top) is an instance.
#[inline]
pub(super) fn guard_contains_instance(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    Ok(if instance_class(vm, vm.stack.top()).is_some() { Flow::Continue } else { Flow::Deopt })
}

/// Runs the container's `__contains__` (a Python function of two
/// parameters) as a frame whose locals are the container and the item
/// (the two swapped on the stack first): `ReturnAction::Contains` replaces
/// both with the truth of its return (negated for `not in`).
#[inline]
pub(super) fn contains_dunder_frame(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let (item, container) = top2(vm);
    let Some(class) = instance_class(vm, container) else { return Ok(Flow::Deopt) };
    let Some(func) = vm.python_method(class, vm.names.contains, 2) else { return Ok(Flow::Deopt) };
    let len = vm.stack.len();
    vm.stack[len - 2] = container;
    vm.stack[len - 1] = item;
    push_operand_frame(vm, func, 2, ReturnAction::Contains { negate: a.oparg == 1 })
}

/// The container of `container[key] = value` (second from the top) is an instance.
#[inline]
pub(super) fn guard_setitem_instance(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (container, _) = top2(vm);
    Ok(if instance_class(vm, container).is_some() { Flow::Continue } else { Flow::Deopt })
}

/// Runs the container's `__setitem__` (a Python function of three
/// parameters) as a frame whose locals are the container, the key and
/// the value (rotated so on the stack first); its return is dropped
/// (`ReturnAction::Discard`).
#[inline]
pub(super) fn setitem_dunder_frame(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (value, container, key) = vm.stack.top3();
    let Some(class) = instance_class(vm, container) else { return Ok(Flow::Deopt) };
    let Some(func) = vm.python_method(class, vm.names.setitem, 3) else { return Ok(Flow::Deopt) };
    let len = vm.stack.len();
    vm.stack[len - 3] = container;
    vm.stack[len - 2] = key;
    vm.stack[len - 1] = value;
    push_operand_frame(vm, func, 3, ReturnAction::Discard)
}

/// `len(obj)` (`len`, `NULL`, the instance on the stack): runs the
/// instance's `__len__` (a Python function of one parameter) as a frame
/// whose local is the instance; `ReturnAction::Len` replaces all three
/// with its result, checked as `len` checks it.
#[inline]
pub(super) fn len_dunder_frame(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    if a.oparg != 1 {
        return Ok(Flow::Deopt);
    }
    let Some(class) = instance_class(vm, vm.stack.top()) else { return Ok(Flow::Deopt) };
    let Some(func) = vm.python_method(class, vm.names.len, 1) else { return Ok(Flow::Deopt) };
    push_frame_over(vm, func, 1, 2, ReturnAction::Len)
}

/// The iterator `FOR_ITER` steps is an instance.
#[inline]
pub(super) fn guard_next_instance(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    Ok(if instance_class(vm, vm.stack.top()).is_some() { Flow::Continue } else { Flow::Deopt })
}

/// Runs the iterator's `__next__` (a Python function of one parameter) as
/// a frame whose local is a copy of the iterator pushed above it: its
/// return replaces the copy with the next value, and a StopIteration it
/// raises pops the iterator and jumps to the loop's exit
/// (`ReturnAction::ForIterNext`, handled where the frame unwinds).
#[inline]
pub(super) fn next_dunder_frame(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let it = vm.stack.top();
    let Some(class) = instance_class(vm, it) else { return Ok(Flow::Deopt) };
    let Some(func) = vm.python_method(class, vm.names.next, 1) else { return Ok(Flow::Deopt) };
    vm.stack.push(it);
    let flow = push_operand_frame(vm, func, 1, ReturnAction::ForIterNext { exit: a.oparg });
    if !matches!(flow, Ok(Flow::Frame)) {
        vm.stack.pop();
    }
    flow
}

/// `key` is an instance (its class's `__hash__` is looked up by the action).
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn key_in(vm: &Vm, container: Value, key: Value, set_too: bool) -> Flow {
    let container_ok = matches!(container, Value::Obj(r)
        if matches!(vm.heap.get(r), Obj::Dict(_)) || set_too && matches!(vm.heap.get(r), Obj::Set(_)));
    if container_ok && instance_class(vm, key).is_some() {
        Flow::Continue
    } else {
        Flow::Deopt
    }
}

/// Runs `key`'s `__hash__` (a Python function of one parameter) as a frame
/// over a copy of the key: its return looks the key up for `op`
/// (`ReturnAction::KeyHash`, see `interp::key_frames`).
fn key_hash_frame(vm: &mut Vm, key: Value, op: KeyOp) -> PyResult<Flow> {
    let Some(class) = instance_class(vm, key) else { return Ok(Flow::Deopt) };
    let Some(func) = vm.python_method(class, vm.names.hash, 1) else { return Ok(Flow::Deopt) };
    vm.stack.push(key);
    let flow = push_operand_frame(vm, func, 1, ReturnAction::KeyHash { op });
    if !matches!(flow, Ok(Flow::Frame)) {
        vm.stack.pop();
    }
    flow
}

/// `BINARY_SUBSCR_DICT_HASH`: a dict and an instance key.
#[inline]
pub(super) fn guard_subscr_key_hash(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (c, k) = top2(vm);
    Ok(key_in(vm, c, k, false))
}

/// `dict[key]` with the key's `__hash__` as a frame.
#[inline]
pub(super) fn subscr_key_hash_frame(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    key_hash_frame(vm, vm.stack.top(), KeyOp::Subscr)
}

/// `STORE_SUBSCR_DICT_HASH`: a dict and an instance key (under them the value).
#[inline]
pub(super) fn guard_store_key_hash(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (_, c, k) = store_operands(vm);
    Ok(key_in(vm, c, k, false))
}

/// `dict[key] = value` with the key's `__hash__` as a frame.
#[inline]
pub(super) fn store_key_hash_frame(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    key_hash_frame(vm, vm.stack.top(), KeyOp::Store)
}

/// `CONTAINS_OP_HASH`: an instance key in a dict or set (on top).
#[inline]
pub(super) fn guard_contains_key_hash(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (k, c) = top2(vm);
    Ok(key_in(vm, c, k, true))
}

/// `key in container` with the key's `__hash__` as a frame.
#[inline]
pub(super) fn contains_key_hash_frame(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let (k, _) = top2(vm);
    key_hash_frame(vm, k, KeyOp::Contains { negate: a.oparg == 1 })
}

/// `v` is a str.
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn is_str(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Str(_)))
}

/// The top two operands are strs (`a + b`, `a < b`, `a in b`).
#[inline]
pub(super) fn guard_both_str(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (x, y) = top2(vm);
    Ok(if is_str(vm, x) && is_str(vm, y) { Flow::Continue } else { Flow::Deopt })
}

/// `str + str` (also `+=`: strs are immutable, so it is the same operation).
#[inline]
pub(super) fn add_str(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (Value::Obj(x), Value::Obj(y)) = top2(vm) else { return Ok(Flow::Deopt) };
    match vm.str_concat(x, y) {
        Some(v) => {
            replace2(vm, v);
            Ok(Flow::Continue)
        }
        None => Ok(Flow::Deopt),
    }
}

#[inline]
pub(super) fn compare_str(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let (Value::Obj(x), Value::Obj(y)) = top2(vm) else { return Ok(Flow::Deopt) };
    let op = CompareOp::from_arg(a.oparg).unwrap_or(CompareOp::Eq);
    match vm.str_compare(op, x, y) {
        Some(r) => {
            replace2(vm, Value::Bool(r));
            Ok(Flow::Continue)
        }
        None => Ok(Flow::Deopt),
    }
}

/// `str[int]`: a str and a small int index.
#[inline]
pub(super) fn guard_str_int(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (c, k) = top2(vm);
    Ok(if matches!(k, Value::Int(_)) && is_str(vm, c) { Flow::Continue } else { Flow::Deopt })
}

/// `str[int]` (negative indices count from the end) as a new one-character
/// str; out of range deoptimizes (the generic path raises IndexError).
#[inline]
pub(super) fn subscr_str_int(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (s, i) = top2(vm);
    match str_item(vm, s, i) {
        Some(v) => {
            replace2(vm, v);
            Ok(Flow::Continue)
        }
        None => Ok(Flow::Deopt),
    }
}

/// `s[i]` for a str and a small int (negative counts from the end), a new
/// one-character str; `None` when out of range or not those types.
#[inline]
pub fn str_item(vm: &mut Vm, s: Value, i: Value) -> Option<Value> {
    let (Value::Obj(r), Value::Int(i)) = (s, i) else { return None };
    let c = match vm.heap.get(r) {
        Obj::Str(s) => seq_index(s.char_len(), i).map(|j| s.char_at(j))?,
        _ => return None,
    };
    Some(vm.new_char_str(c))
}

/// Cache: [class, class version, -, -]. The receiver is that class,
/// unchanged (versions are unique over the VM's life; built-in types all
/// share version 1, hence the identity check too).
#[inline]
pub(super) fn guard_class_version(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let v = vm.stack.top();
    if v != Value::Obj(ObjRef(a.cache[0])) {
        return Ok(Flow::Deopt);
    }
    Ok(if class_has_version(vm, a.cache[0], a.cache[1]) { Flow::Continue } else { Flow::Deopt })
}

/// Cache: [class, class version, dict, index]: the entry of the dict (of
/// the class or a base) where the MRO lookup found the name. Reads it live
/// (the key must still be the name) and deoptimizes unless the value is one
/// the generic path returns unchanged.
#[inline]
pub(super) fn load_attr_class(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    match dict_slot(vm, ObjRef(a.cache[2]), a.cache[3], a.name) {
        Some(v) if vm.class_attr_is_plain(v) => {
            vm.stack.set_top(v);
            Ok(Flow::Continue)
        }
        _ => Ok(Flow::Deopt),
    }
}

/// The module dict of `v`, if it is a module.
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn module_dict(vm: &Vm, v: Value) -> Option<ObjRef> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Module { dict, .. } => Some(*dict),
            _ => None,
        },
        _ => None,
    }
}

/// Cache: [keys version, index]. The receiver is a module whose dict's key
/// set has that version.
#[inline]
pub(super) fn guard_module_keys(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let v = vm.stack.top();
    let Some(d) = module_dict(vm, v) else { return Ok(Flow::Deopt) };
    Ok(match vm.heap.get(d) {
        Obj::Dict(d) if d.keys_version == a.cache[0] => Flow::Continue,
        _ => Flow::Deopt,
    })
}

/// The module dict's entry at the cached index, if its key is the name
/// (like `_LOAD_GLOBAL_MODULE`: a stale index can never read a wrong value).
#[inline]
pub(super) fn load_attr_module(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let v = vm.stack.top();
    let Some(d) = module_dict(vm, v) else { return Ok(Flow::Deopt) };
    match dict_slot(vm, d, a.cache[1], a.name) {
        Some(v) => {
            vm.stack.set_top(v);
            Ok(Flow::Continue)
        }
        None => Ok(Flow::Deopt),
    }
}

/// `isinstance(x, cls)`: two positional arguments, no `self`, and the
/// second is a class (a tuple of classes, or anything else, deoptimizes).
#[inline]
pub(super) fn guard_isinstance_args(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    if a.oparg != 2 {
        return Ok(Flow::Deopt);
    }
    let len = vm.stack.len();
    // callable, self slot, x, cls
    if !vm.stack[len - 3].is_null() {
        return Ok(Flow::Deopt);
    }
    Ok(match vm.stack[len - 1] {
        Value::Obj(c) if matches!(vm.heap.get(c), Obj::Class(k) if k.hooks & HOOK_SUBCLASSCHECK == 0) => Flow::Continue,
        _ => Flow::Deopt,
    })
}

/// The built-in `isinstance` for a single class (what it computes for one).
#[inline]
pub(super) fn call_isinstance(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (x, cls) = top2(vm);
    let Value::Obj(c) = cls else { return Ok(Flow::Deopt) };
    let r = vm.isinstance(x, c);
    if !r && vm.overrides_class_attr(x) {
        // (The built-in also consults the instance's `__class__`.)
        return Ok(Flow::Deopt);
    }
    let len = vm.stack.len();
    vm.stack.truncate(len - 4);
    vm.stack.push(Value::Bool(r));
    Ok(Flow::Continue)
}

#[inline]
pub(super) fn guard_tuple_iter(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    Ok(guard_seq_iter(vm, false))
}

#[inline]
pub(super) fn for_iter_tuple(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    Ok(for_iter_seq(vm, a, false))
}

/// A needle whose hash and equality run no Python code.
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn is_simple_needle(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Float(_)) || is_simple_key(vm, v)
}

/// `x in container` where the container (on top) is `want` and the needle simple.
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn contains_operands(vm: &Vm, want: fn(&Obj) -> bool) -> Flow {
    let (x, c) = top2(vm);
    match c {
        Value::Obj(r) if want(vm.heap.get(r)) && is_simple_needle(vm, x) => Flow::Continue,
        _ => Flow::Deopt,
    }
}

/// Replaces `x, container` with the result of `in` / `not in`.
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn contains_result(vm: &mut Vm, a: &UopArgs, found: bool) -> PyResult<Flow> {
    replace2(vm, Value::Bool(found != (a.oparg == 1)));
    Ok(Flow::Continue)
}

/// `x in set` (or frozenset).
#[inline]
pub(super) fn guard_contains_set(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let (_, c) = top2(vm);
    Ok(match c {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Set(_)) => Flow::Continue,
        _ => Flow::Deopt,
    })
}

/// The set lookup, when it runs no Python code (a needle whose
/// `__hash__` or `__eq__` is Python code takes the generic path).
#[inline]
pub(super) fn contains_set(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let (x, c) = top2(vm);
    let Value::Obj(s) = c else { return Ok(Flow::Deopt) };
    match vm.set_contains_pure(s, x) {
        Some(found) => contains_result(vm, a, found),
        None => Ok(Flow::Deopt),
    }
}

/// Substring test (both operands are strs: `_GUARD_BOTH_STR`).
#[inline]
pub(super) fn contains_str(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let (Value::Obj(x), Value::Obj(c)) = top2(vm) else { return Ok(Flow::Deopt) };
    match vm.str_contains(c, x) {
        Some(found) => contains_result(vm, a, found),
        None => Ok(Flow::Deopt),
    }
}

/// `x in list` with a simple needle.
#[inline]
pub(super) fn guard_contains_list(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    Ok(contains_operands(vm, |o| matches!(o, Obj::List(_))))
}

/// The generic path's list scan (elements needing `__eq__` go through it as
/// they would there).
#[inline]
pub(super) fn contains_list(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let (x, c) = top2(vm);
    let Value::Obj(l) = c else { return Ok(Flow::Deopt) };
    let found = vm.list_contains(l, x)?;
    contains_result(vm, a, found)
}

/// A generator not running now (a running one makes the generic path raise
/// ValueError); an exhausted one is fine (the loop just ends).
#[inline]
pub(super) fn guard_generator(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let Some(&Value::Obj(r)) = vm.stack.last() else { return Ok(Flow::Deopt) };
    Ok(match vm.heap.get(r) {
        Obj::Generator(g) if g.state != GenState::Running => Flow::Continue,
        _ => Flow::Deopt,
    })
}

/// Resumes the generator as the generic `FOR_ITER` does: its frame is
/// pushed (what it yields lands on this frame's stack; its return pops the
/// iterator and jumps to the exit); an exhausted one pops the iterator and
/// exits the loop here.
#[inline]
pub(super) fn for_iter_gen(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let Some(&Value::Obj(g)) = vm.stack.last() else { return Ok(Flow::Deopt) };
    if vm.resume_generator(g, Value::None, GenMode::ForIter { exit: a.oparg })? {
        Ok(Flow::Frame)
    } else {
        vm.stack.pop();
        Ok(Flow::Jump(a.oparg as usize))
    }
}

/// `SEND`'s receiver (under the value sent) is a generator that is not running.
#[inline]
pub(super) fn guard_send_generator(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let len = vm.stack.len();
    let Some(&Value::Obj(r)) = vm.stack.get(len.wrapping_sub(2)) else { return Ok(Flow::Deopt) };
    Ok(match vm.heap.get(r) {
        Obj::Generator(g) if g.state != GenState::Running => Flow::Continue,
        _ => Flow::Deopt,
    })
}

/// `yield from` a generator, as the generic `SEND` does: the value sent
/// resumes it (its frame is pushed; what it yields lands here, its return
/// pops it and jumps to the exit); an exhausted one ends the delegation
/// with `None` at the exit.
#[inline]
pub(super) fn send_gen(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let sent = vm.stack.pop_value();
    let Some(&Value::Obj(g)) = vm.stack.last() else { return Ok(Flow::Deopt) };
    if vm.resume_generator(g, sent, GenMode::Send { exit: a.oparg })? {
        Ok(Flow::Frame)
    } else {
        vm.stack.pop();
        vm.stack.push(Value::None);
        Ok(Flow::Jump(a.oparg as usize))
    }
}

/// `CALL_GEN`'s generator: after the callee and `self` for `gen.send(v)`
/// and `gen.__next__()` (cache word 1: 0), after the callee and `NULL` for
/// `next(gen)` (1).
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn call_gen_position(vm: &Vm, a: &UopArgs) -> usize {
    vm.stack.len() - a.oparg as usize - 1 + a.cache[1] as usize
}

/// `CALL_GEN`: the callee recorded, and a generator that resumes without
/// raising (suspended, or just created with `None` sent). Anything else
/// (running, finished, a value sent to a new one) takes the generic call,
/// which raises or returns as the built-in does.
#[inline]
pub(super) fn guard_call_gen(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    if guard_callee(vm, a)? != Flow::Continue {
        return Ok(Flow::Deopt);
    }
    let sends = a.oparg == 1 && a.cache[1] == 0;
    let Some(&Value::Obj(r)) = vm.stack.get(call_gen_position(vm, a)) else { return Ok(Flow::Deopt) };
    Ok(match vm.heap.get(r) {
        Obj::Generator(g) => match g.state {
            GenState::Suspended | GenState::Delegating => Flow::Continue,
            GenState::Created if !sends || vm.stack.top() == Value::None => Flow::Continue,
            _ => Flow::Deopt,
        },
        _ => Flow::Deopt,
    })
}

/// Resumes the generator as the built-in would, without re-entering the
/// interpreter: the call's operands are popped and the generator's frame
/// pushed with `GenMode::Call`.
#[inline]
pub(super) fn call_gen(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let at = call_gen_position(vm, a);
    let Value::Obj(g) = vm.stack[at] else { return Ok(Flow::Deopt) };
    let sent = if a.oparg == 1 && a.cache[1] == 0 { vm.stack.top() } else { Value::None };
    // (`g` stays reachable: the frame pushed holds it.)
    let call_base = vm.stack.len() - a.oparg as usize - 2;
    vm.stack.truncate(call_base);
    vm.stats.calls += 1;
    if vm.resume_generator(g, sent, GenMode::Call)? {
        Ok(Flow::Frame)
    } else {
        Err(vm.system_error("CALL_GEN: the guarded generator did not resume"))
    }
}

// ----- TO_BOOL: the truth of the value on top, as `Vm::truthy` computes it -----

/// The top operand satisfies `test`.
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn guard_tos(vm: &Vm, test: impl FnOnce(Value) -> bool) -> Flow {
    match vm.stack.last() {
        Some(&v) if test(v) => Flow::Continue,
        _ => Flow::Deopt,
    }
}

#[inline]
pub(super) fn guard_tos_bool(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    Ok(guard_tos(vm, |v| matches!(v, Value::Bool(_))))
}

#[inline]
pub(super) fn guard_tos_int(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    Ok(guard_tos(vm, |v| matches!(v, Value::Int(_))))
}

#[inline]
pub(super) fn guard_tos_none(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    Ok(guard_tos(vm, |v| matches!(v, Value::None)))
}

/// Cache: [class, class version]. The top operand is an instance of that
/// class, unchanged since the form specialized (so its MRO still defines
/// neither `__bool__` nor `__len__`).
#[inline]
pub(super) fn guard_tos_class_version(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let class = instance_class(vm, *vm.stack.last().unwrap_or(&Value::Null));
    Ok(match class {
        Some(c) if c.0 == a.cache[0] && class_has_version(vm, c.0, a.cache[1]) => Flow::Continue,
        _ => Flow::Deopt,
    })
}

/// Replaces the top operand with its truth, for values whose truth runs no
/// Python code (`Vm::truth_native`, the generic path's own rule).
#[cfg_attr(not(feature = "small-code"), inline(always))]
pub(super) fn to_bool_native(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    let Some(&v) = vm.stack.last() else { return Ok(Flow::Deopt) };
    match vm.truth_native(v) {
        Some(b) => {
            vm.stack.set_top(Value::Bool(b));
            Ok(Flow::Continue)
        }
        None => Ok(Flow::Deopt),
    }
}

/// Replaces the top operand with `True`.
#[inline]
pub(super) fn replace_with_true(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    match vm.stack.last_mut() {
        Some(v) => {
            *v = Value::Bool(true);
            Ok(Flow::Continue)
        }
        None => Ok(Flow::Deopt),
    }
}

// ----- trace-only uops: the stack semantics of plain instructions -----

#[inline]
pub(super) fn load_fast(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let v = vm.stack.at(a.base + a.oparg as usize);
    if v.is_null() {
        // Unbound: tier 1 raises UnboundLocalError.
        return Ok(Flow::Deopt);
    }
    vm.stack.push(v);
    Ok(Flow::Continue)
}

#[inline]
pub(super) fn store_fast(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let v = vm.stack.pop_value();
    vm.stack[a.base + a.oparg as usize] = v;
    Ok(Flow::Continue)
}

#[inline]
pub(super) fn load_const(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let v = vm.frames.last().map(|f| f.code.consts[a.oparg as usize]).unwrap_or(Value::None);
    vm.stack.push(v);
    Ok(Flow::Continue)
}

#[inline]
pub(super) fn pop_top(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    vm.stack.pop();
    Ok(Flow::Continue)
}

#[inline]
pub(super) fn push_null(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    vm.stack.push(Value::Null);
    Ok(Flow::Continue)
}

#[inline]
pub(super) fn copy_top(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let v = vm.stack.peek(a.oparg as usize);
    vm.stack.push(v);
    Ok(Flow::Continue)
}

#[inline]
pub(super) fn swap_top(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let len = vm.stack.len();
    vm.stack.swap(len - 1, len - a.oparg as usize);
    Ok(Flow::Continue)
}

#[inline]
pub(super) fn is_op(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let (x, y) = top2(vm);
    replace2(vm, Value::Bool(x.is(y) != (a.oparg == 1)));
    Ok(Flow::Continue)
}

/// Cache: [jump target] (the frame's position while the safepoint runs).
#[inline]
pub(super) fn safepoint(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    crate::jit::backend::safepoint(vm, a.oparg)?;
    Ok(Flow::Continue)
}

fn guard_bool_pop(vm: &mut Vm, want: bool) -> Flow {
    match vm.stack.last() {
        Some(&Value::Bool(b)) if b == want => {
            vm.stack.pop();
            Flow::Continue
        }
        _ => Flow::Deopt,
    }
}

#[inline]
pub(super) fn guard_is_true_pop(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    Ok(guard_bool_pop(vm, true))
}

#[inline]
pub(super) fn guard_is_false_pop(vm: &mut Vm, _a: &mut UopArgs) -> PyResult<Flow> {
    Ok(guard_bool_pop(vm, false))
}

/// Cache: [position of the instruction].
pub(super) fn exec(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    crate::jit::backend::exec_instruction(vm, a.cache[0])?;
    Ok(Flow::Continue)
}

/// Cache: [frames above the root, root frame count, position].
#[inline]
pub(super) fn dynamic_exit(vm: &mut Vm, a: &mut UopArgs) -> PyResult<Flow> {
    let here = vm.frames.len() == (a.cache[1] + a.cache[0]) as usize
        && vm.frames.last().is_some_and(|f| f.pc == a.cache[2] as usize);
    Ok(if here { Flow::Continue } else { Flow::Jump(vm.frames.last().map(|f| f.pc).unwrap_or(0)) })
}
