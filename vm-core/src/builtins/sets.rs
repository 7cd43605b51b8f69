//! The `set` and `frozenset` constructors and methods (the algorithms live in
//! `interp/sets.rs`).

use crate::builtins::{arg_at, args_from, no_kwargs_arity};
use alloc::format;

use crate::runtime::object::{BuiltinDef, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// How many arguments (after the receiver) a method takes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Arity {
    /// None (`METH_NOARGS`).
    None,
    /// Exactly one (`METH_O`).
    One,
    /// Any number (`METH_VARARGS`).
    Any,
}

type Body = fn(&mut Vm, ObjRef, &[Value]) -> PyResult<Value>;

/// Checks the receiver and arguments the way CPython's method wrappers do,
/// then runs `body` with the set and the remaining arguments.
fn call(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    name: &str,
    frozen: bool,
    arity: Arity,
    body: Body,
) -> PyResult<Value> {
    let owner = if frozen { "frozenset" } else { "set" };
    let Some(&recv) = args.first() else {
        // Called through the class with no receiver: CPython words it per
        // kind of descriptor (slot wrappers for the operator dunders).
        let slot_wrapper = name.starts_with("__") && !matches!(name, "__contains__" | "__reduce__" | "__sizeof__");
        let msg = if slot_wrapper {
            format!("descriptor '{name}' of '{owner}' object needs an argument")
        } else {
            format!("unbound method {owner}.{name}() needs an argument")
        };
        return Err(vm.type_error(msg));
    };
    let recv = vm.unwrap_native(recv);
    let s = match vm.as_set(recv) {
        Some(s) if vm.type_name(recv) == owner => s,
        _ => return Err(vm.set_descriptor_error(name, frozen, recv)),
    };
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    let rest = args_from(args, 1);
    match (arity, rest.len()) {
        (Arity::None, n) if n != 0 => Err(vm.type_error(format!("{owner}.{name}() takes no arguments ({n} given)"))),
        (Arity::One, n) if n != 1 => {
            Err(vm.type_error(format!("{owner}.{name}() takes exactly one argument ({n} given)")))
        }
        _ => body(vm, s, rest),
    }
}

macro_rules! methods {
    ($table:ident, $frozen:expr, [$($name:literal => $f:ident($arity:ident, $body:ident)),* $(,)?]) => {
        $(
            pub(super) fn $f(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
                call(vm, args, kw, $name, $frozen, Arity::$arity, $body)
            }
        )*
        #[doc = concat!("Methods of `", stringify!($table), "`.")]
        pub static $table: &[BuiltinDef] = &[$(BuiltinDef { name: $name, func: $f }),*];
    };
}

methods!(SET_METHODS, false, [
    "add" => set_add(One, add),
    "remove" => set_remove(One, remove),
    "discard" => set_discard(One, discard),
    "pop" => set_pop(None, pop),
    "clear" => set_clear(None, clear),
    "copy" => set_copy(None, copy),
    "update" => set_update(Any, update),
    "union" => set_union(Any, union),
    "intersection" => set_intersection(Any, intersection),
    "intersection_update" => set_intersection_update(Any, intersection_update),
    "difference" => set_difference(Any, difference),
    "difference_update" => set_difference_update(Any, difference_update),
    "symmetric_difference" => set_symmetric_difference(One, symmetric_difference),
    "symmetric_difference_update" => set_symmetric_difference_update(One, symmetric_difference_update),
    "issubset" => set_issubset(One, issubset),
    "issuperset" => set_issuperset(One, issuperset),
    "isdisjoint" => set_isdisjoint(One, isdisjoint),
]);

methods!(FROZENSET_METHODS, true, [
    "copy" => frozenset_copy(None, copy),
    "union" => frozenset_union(Any, union),
    "intersection" => frozenset_intersection(Any, intersection),
    "difference" => frozenset_difference(Any, difference),
    "symmetric_difference" => frozenset_symmetric_difference(One, symmetric_difference),
    "issubset" => frozenset_issubset(One, issubset),
    "issuperset" => frozenset_issuperset(One, issuperset),
    "isdisjoint" => frozenset_isdisjoint(One, isdisjoint),
]);

fn add(vm: &mut Vm, s: ObjRef, a: &[Value]) -> PyResult<Value> {
    vm.set_add(s, arg_at(a, 0))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, s: ObjRef, a: &[Value]) -> PyResult<Value> {
    if vm.set_discard(s, arg_at(a, 0))? {
        Ok(Value::None)
    } else {
        Err(vm.key_error(arg_at(a, 0)))
    }
}

fn discard(vm: &mut Vm, s: ObjRef, a: &[Value]) -> PyResult<Value> {
    vm.set_discard(s, arg_at(a, 0))?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, s: ObjRef, _: &[Value]) -> PyResult<Value> {
    vm.set_pop(s)
}

fn clear(vm: &mut Vm, s: ObjRef, _: &[Value]) -> PyResult<Value> {
    vm.set_clear(s);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, s: ObjRef, _: &[Value]) -> PyResult<Value> {
    if vm.type_name(Value::Obj(s)) == "frozenset" {
        // An exact frozenset is its own copy.
        return Ok(Value::Obj(s));
    }
    Ok(Value::Obj(vm.set_copy(s)?))
}

fn update(vm: &mut Vm, s: ObjRef, a: &[Value]) -> PyResult<Value> {
    for &o in a {
        vm.set_update(s, o)?;
    }
    Ok(Value::None)
}

fn union(vm: &mut Vm, s: ObjRef, a: &[Value]) -> PyResult<Value> {
    Ok(Value::Obj(vm.set_union_multi(s, a)?))
}

fn intersection(vm: &mut Vm, s: ObjRef, a: &[Value]) -> PyResult<Value> {
    Ok(Value::Obj(vm.set_intersection_multi(s, a)?))
}

fn intersection_update(vm: &mut Vm, s: ObjRef, a: &[Value]) -> PyResult<Value> {
    vm.set_intersection_update(s, a)?;
    Ok(Value::None)
}

fn difference(vm: &mut Vm, s: ObjRef, a: &[Value]) -> PyResult<Value> {
    Ok(Value::Obj(vm.set_difference_multi(s, a)?))
}

fn difference_update(vm: &mut Vm, s: ObjRef, a: &[Value]) -> PyResult<Value> {
    for &o in a {
        vm.set_difference_update(s, o)?;
    }
    Ok(Value::None)
}

fn symmetric_difference(vm: &mut Vm, s: ObjRef, a: &[Value]) -> PyResult<Value> {
    Ok(Value::Obj(vm.set_symmetric_difference(s, arg_at(a, 0))?))
}

fn symmetric_difference_update(vm: &mut Vm, s: ObjRef, a: &[Value]) -> PyResult<Value> {
    vm.set_symmetric_difference_update(s, arg_at(a, 0))?;
    Ok(Value::None)
}

fn issubset(vm: &mut Vm, s: ObjRef, a: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(vm.set_issubset(s, arg_at(a, 0))?))
}

fn issuperset(vm: &mut Vm, s: ObjRef, a: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(vm.set_issuperset(s, arg_at(a, 0))?))
}

fn isdisjoint(vm: &mut Vm, s: ObjRef, a: &[Value]) -> PyResult<Value> {
    Ok(Value::Bool(vm.set_isdisjoint(s, arg_at(a, 0))?))
}

/// `set()` / `set(iterable)`.
pub fn set_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "set", args, kw, 0, 1)?;
    Ok(Value::Obj(vm.make_set(false, args.first().copied())?))
}

/// `frozenset()` / `frozenset(iterable)`; an exact frozenset is returned as is.
pub fn frozenset_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "frozenset", args, kw, 0, 1)?;
    if let Some(&x) = args.first() {
        if vm.as_set(x).is_some() && vm.type_name(x) == "frozenset" {
            return Ok(x);
        }
    }
    Ok(Value::Obj(vm.make_set(true, args.first().copied())?))
}
