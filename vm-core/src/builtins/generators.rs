//! Methods of generator objects: `send`, `throw`, `close`, `__next__`, `__iter__`.

use super::{no_kwargs, no_kwargs_arity};
use crate::builtins::{arg_at, args_from};
use crate::runtime::object::{BuiltinDef, Obj, PyErr, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// Generator methods.
pub static GENERATOR_METHODS: &[BuiltinDef] = &[
    BuiltinDef { name: "send", func: send },
    BuiltinDef { name: "throw", func: throw },
    BuiltinDef { name: "close", func: close },
    BuiltinDef { name: "__next__", func: dunder_next },
    BuiltinDef { name: "__iter__", func: iter },
];

/// Coroutine methods (`__await__` gives the coroutine itself, which
/// `send`/`throw` drive).
pub static COROUTINE_METHODS: &[BuiltinDef] = &[
    BuiltinDef { name: "send", func: send },
    BuiltinDef { name: "throw", func: throw },
    BuiltinDef { name: "close", func: close },
    BuiltinDef { name: "__await__", func: iter },
];

fn receiver(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<ObjRef> {
    match args.first().and_then(|&v| vm.as_generator(v)) {
        Some(g) => Ok(g),
        None => Err(vm.type_error(alloc::format!("descriptor '{name}' requires a 'generator' object"))),
    }
}

/// Finishes a resumption: a yielded value, or StopIteration carrying the return value.
fn yielded_or_stop(vm: &mut Vm, r: Option<Value>) -> PyResult<Value> {
    match r {
        Some(v) => Ok(v),
        None => {
            let ret = vm.gen_return_value;
            Err(vm.stop_iteration_with(ret))
        }
    }
}

pub(crate) fn send(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "send", kw)?;
    if args.len() != 2 {
        let n = args.len().saturating_sub(1);
        return Err(vm.type_error(alloc::format!("generator.send() takes exactly one argument ({n} given)")));
    }
    let g = receiver(vm, args, "send")?;
    let r = vm.gen_resume_native(g, arg_at(args, 1))?;
    yielded_or_stop(vm, r)
}

pub(crate) fn dunder_next(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "__next__", args, kw, 1, 1)?;
    let g = receiver(vm, args, "__next__")?;
    let r = vm.gen_resume_native(g, Value::None)?;
    yielded_or_stop(vm, r)
}

fn iter(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "__iter__", args, kw, 1, 1)?;
    receiver(vm, args, "__iter__")?;
    Ok(arg_at(args, 0))
}

fn throw(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "throw", args, kw, 2, 4)?;
    let g = receiver(vm, args, "throw")?;
    let exc = throw_args_exception(vm, "throw", args_from(args, 1))?;
    let r = vm.gen_throw(g, exc)?;
    yielded_or_stop(vm, r)
}

/// The exception `name(typ[, val[, tb]])` raises (`args` without the
/// receiver): an exception instance, or a class called with `val`.
pub(crate) fn throw_args_exception(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<PyErr> {
    if args.len() > 3 {
        return Err(vm.type_error(alloc::format!("{name} expected at most 3 arguments, got {}", args.len())));
    }
    let Some(&first) = args.first() else {
        return Err(vm.type_error(alloc::format!("{name} expected at least 1 argument, got 0")));
    };
    let base = vm.exc.base_exception;
    let ok = match first {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Class(_) => vm.is_subclass(r, base),
            _ => vm.isinstance(first, base),
        },
        _ => false,
    };
    if !ok {
        let tn = vm.type_name(first);
        return Err(vm.type_error(alloc::format!(
            "exceptions must be classes or instances deriving from BaseException, not {tn}"
        )));
    }
    let mut exc = vm.make_raisable(first);
    // throw(type, value): instantiate the type with the value.
    if let (Some(&val), Value::Obj(t)) = (args.get(1), first) {
        if matches!(vm.heap.get(t), Obj::Class(_)) && !matches!(val, Value::None) {
            match vm.call_value(first, &[val]) {
                Ok(Value::Obj(e)) => exc = PyErr(e),
                Ok(_) => {}
                Err(e) => exc = e,
            }
        }
    }
    Ok(exc)
}

fn close(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "close", args, kw, 1, 1)?;
    let g = receiver(vm, args, "close")?;
    vm.gen_close(g)?;
    Ok(Value::None)
}
