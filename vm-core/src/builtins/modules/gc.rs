//! The `gc` module: `collect`, `enable`/`disable`/`isenabled` (ouro's
//! collector is always on: `disable` is recorded but does not stop it) and
//! `get_count`.
//!
//! `collect` returns 0, where CPython returns the number of unreachable
//! objects its cycle collector found. With `mod-weakref`, called from
//! Python code, it collects at once, then closes the generators and calls
//! the weak-reference callbacks that finds, as CPython's does; called by
//! native code, which may hold values it did not root, inside a running
//! trace, whose values may sit in registers, or in a build without
//! `mod-weakref`, it asks for a collection at the next safepoint.

use super::NativeModule;
use crate::builtins::{arity, no_kwargs_arity};
use crate::runtime::object::{BuiltinDef, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// The `gc` module.
pub static MODULE: NativeModule = NativeModule { name: "gc", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[
    BuiltinDef { name: "collect", func: collect },
    BuiltinDef { name: "enable", func: enable },
    BuiltinDef { name: "disable", func: disable },
    BuiltinDef { name: "isenabled", func: isenabled },
    BuiltinDef { name: "get_count", func: get_count },
];

fn init(_vm: &mut Vm, _ns: ObjRef) {}

fn collect(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let _ = kw;
    arity(vm, "collect", args, 0, 1)?;
    // Called by a Python frame's CALL, nothing of the caller's is held
    // outside the roots (and the native callers further up, having called
    // Python code, rooted theirs: a Python callee's safepoint may collect
    // too). Called by native code directly (`map(gc.collect, ...)`), or
    // from a trace, which may keep values in registers: the next
    // safepoint collects.
    // (Only with `mod-weakref`, where seeing objects die matters: builds
    // without it always ask.)
    #[cfg(feature = "mod-weakref")]
    {
        let direct = vm.frames.len() > vm.native_call_floor;
        if direct && !vm.jit.as_ref().is_some_and(|j| j.is_executing()) {
            vm.collect_garbage();
            vm.run_pending_finalizers();
            vm.run_weak_callbacks();
            return Ok(Value::Int(0));
        }
    }
    vm.heap.request_collection();
    Ok(Value::Int(0))
}

fn enable(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "enable", args, kw, 0, 0)?;
    vm.gc_enabled = true;
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "disable", args, kw, 0, 0)?;
    vm.gc_enabled = false;
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "isenabled", args, kw, 0, 0)?;
    Ok(Value::Bool(vm.gc_enabled))
}

fn get_count(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "get_count", args, kw, 0, 0)?;
    Ok(vm.new_tuple(alloc::vec![Value::Int(0), Value::Int(0), Value::Int(0)]))
}
