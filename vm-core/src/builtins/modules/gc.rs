//! The `gc` module: `collect` (asks for a collection at the next
//! safepoint, since native code may hold unrooted references; returns 0,
//! where CPython returns the number of unreachable objects its cycle
//! collector found), `enable`/`disable`/`isenabled` (ouro's collector is
//! always on: `disable` is recorded but does not stop it) and `get_count`.

use super::NativeModule;
use crate::builtins::{arity, no_kwargs};
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
    vm.heap.request_collection();
    Ok(Value::Int(0))
}

fn enable(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "enable", kw)?;
    arity(vm, "enable", args, 0, 0)?;
    vm.gc_enabled = true;
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "disable", kw)?;
    arity(vm, "disable", args, 0, 0)?;
    vm.gc_enabled = false;
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "isenabled", kw)?;
    arity(vm, "isenabled", args, 0, 0)?;
    Ok(Value::Bool(vm.gc_enabled))
}

fn get_count(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "get_count", kw)?;
    arity(vm, "get_count", args, 0, 0)?;
    Ok(vm.new_tuple(alloc::vec![Value::Int(0), Value::Int(0), Value::Int(0)]))
}
