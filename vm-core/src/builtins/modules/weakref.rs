//! `_weakref`: the native half of `weakref` (stdlib/weakref.py holds the
//! `ref` class and the containers). A weak reference object is an ordinary
//! instance; which object it refers to is kept in the VM's weak table
//! (`runtime/weak.rs`), which the collector does not trace and which it
//! clears after each sweep.
//!
//! - `bind(wref, obj, kind, has_callback)`: records `wref` as a weak
//!   reference to `obj` (`kind` 0: the shared callback-less `ref`, 1: the
//!   shared callback-less `proxy`, 2: any other); `TypeError` ("cannot
//!   create weak reference to 'int' object") for the objects CPython
//!   refuses.
//! - `find(obj, kind)`: the shared reference of that kind, or `None`.
//! - `get(wref)`: the referent, or `None` once it died.
//! - `getweakrefcount(obj)`, `getweakrefs(obj)`: as CPython's.
//! - `atexit(func)`: `func()` is called when the interpreter finishes
//!   (`Vm::finalize`), before the generators are closed: `finalize`'s
//!   exit hook (ouro has no `atexit` module).

use super::NativeModule;
use crate::builtins::no_kwargs_arity;
use crate::runtime::object::{BuiltinDef, Layout, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::weak::WeakKind;
use crate::vm::Vm;

/// The `_weakref` module.
pub static MODULE: NativeModule = NativeModule { name: "_weakref", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[
    BuiltinDef { name: "bind", func: bind },
    BuiltinDef { name: "find", func: find },
    BuiltinDef { name: "get", func: get },
    BuiltinDef { name: "getweakrefcount", func: getweakrefcount },
    BuiltinDef { name: "getweakrefs", func: getweakrefs },
    BuiltinDef { name: "atexit", func: atexit },
];

fn init(_vm: &mut Vm, _ns: ObjRef) {}

/// The weak reference kind an int argument names.
fn kind_of(v: Value) -> WeakKind {
    match v {
        Value::Int(0) => WeakKind::BasicRef,
        Value::Int(1) => WeakKind::BasicProxy,
        _ => WeakKind::Other,
    }
}

/// True for a class defined in Python (not one of the VM's own).
fn is_python_class(vm: &Vm, class: ObjRef) -> bool {
    matches!(vm.heap.get(class), Obj::Class(c) if &*c.module != "builtins")
}

/// True if instances of `class` take weak references, as in CPython: not
/// `object()` itself, not the built-in exceptions, not subclasses of
/// `int`, `tuple` or `bytes` (variable-size objects), not instances whose
/// classes all have `__slots__` without `__weakref__`.
fn instance_takes_weakrefs(vm: &Vm, class: ObjRef) -> bool {
    let Obj::Class(c) = vm.heap.get(class) else { return false };
    if class == vm.types.object {
        return false;
    }
    match c.layout {
        Layout::Exception if !is_python_class(vm, class) => return false,
        Layout::Wrapped if [vm.types.int, vm.types.tuple, vm.types.bytes].iter().any(|t| c.mro.contains(t)) => {
            return false;
        }
        _ => {}
    }
    let mut python_classes = false;
    for &k in c.mro.iter() {
        if !is_python_class(vm, k) {
            continue;
        }
        python_classes = true;
        let Obj::Class(k) = vm.heap.get(k) else { continue };
        let Some(slots) = &k.slots else { return true };
        if slots.iter().any(|&s| matches!(vm.heap.get(s), Obj::Str(s) if s.as_str() == "__weakref__")) {
            return true;
        }
    }
    !python_classes
}

/// True if `v` can be referred to weakly (what CPython's types with a weak
/// reference list accept).
fn takes_weakrefs(vm: &Vm, v: Value) -> bool {
    let Value::Obj(r) = v else { return false };
    match vm.heap.get(r) {
        Obj::Class(_)
        | Obj::Function(_)
        | Obj::BoundMethod { .. }
        | Obj::Generator(_)
        | Obj::Set(_)
        | Obj::Code(_)
        | Obj::Module { .. }
        | Obj::UserData { .. } => true,
        Obj::Builtin { .. } => vm.class_of(v) == vm.types.builtin_function,
        Obj::Instance(i) => instance_takes_weakrefs(vm, i.class),
        _ => false,
    }
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::None)
}

fn bind(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "bind", args, kw, 4, 4)?;
    let (wref, obj) = (arg(args, 0), arg(args, 1));
    if !takes_weakrefs(vm, obj) {
        let name = vm.type_name(obj);
        return Err(vm.type_error(alloc::format!("cannot create weak reference to '{name}' object")));
    }
    let (Value::Obj(w), Value::Obj(o)) = (wref, obj) else { return Err(vm.type_error("bind() needs objects")) };
    let callback = vm.truthy(arg(args, 3))?;
    vm.weak.bind(w, o, kind_of(arg(args, 2)), callback);
    Ok(Value::None)
}

fn find(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "find", args, kw, 2, 2)?;
    let Value::Obj(o) = arg(args, 0) else { return Ok(Value::None) };
    Ok(vm.weak.find(o, kind_of(arg(args, 1))).map_or(Value::None, Value::Obj))
}

fn get(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "get", args, kw, 1, 1)?;
    let Value::Obj(w) = arg(args, 0) else { return Ok(Value::None) };
    Ok(vm.weak.get(w).map_or(Value::None, Value::Obj))
}

fn getweakrefcount(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "getweakrefcount", args, kw, 1, 1)?;
    let Value::Obj(o) = arg(args, 0) else { return Ok(Value::Int(0)) };
    Ok(Value::Int(vm.weak.refs_to(o).len() as i64))
}

fn getweakrefs(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "getweakrefs", args, kw, 1, 1)?;
    let refs = match arg(args, 0) {
        Value::Obj(o) => vm.weak.refs_to(o).into_iter().map(Value::Obj).collect(),
        _ => alloc::vec::Vec::new(),
    };
    Ok(vm.new_list(refs))
}

fn atexit(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "atexit", args, kw, 1, 1)?;
    vm.weak_atexit = arg(args, 0);
    Ok(Value::None)
}
