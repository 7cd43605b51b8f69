//! Methods of async generators (`__aiter__`, `__anext__`, `asend`,
//! `athrow`, `aclose`) and of the awaitables they return (`send`, `throw`,
//! `close`, `__next__`, `__iter__`, `__await__`); the protocol is in
//! `interp::async_gen`. Also the `aiter` and `anext` built-ins.

use super::generators::throw_args_exception;
use super::{no_kwargs, no_kwargs_arity};
use crate::builtins::{arg_at, args_from};
use crate::bytecode::code::FLAG_ASYNC_GENERATOR;
use crate::runtime::object::{AsyncGenOpKind, BuiltinDef, IterState, Obj, PyErr, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// Async generator methods.
pub static ASYNC_GENERATOR_METHODS: &[BuiltinDef] = &[
    BuiltinDef { name: "__aiter__", func: aiter_self },
    BuiltinDef { name: "__anext__", func: anext_method },
    BuiltinDef { name: "asend", func: asend },
    BuiltinDef { name: "athrow", func: athrow },
    BuiltinDef { name: "aclose", func: aclose },
];

/// Methods of the `asend()`/`athrow()` awaitables.
pub static ASYNC_GEN_OP_METHODS: &[BuiltinDef] = &[
    BuiltinDef { name: "send", func: op_send },
    BuiltinDef { name: "throw", func: op_throw },
    BuiltinDef { name: "close", func: op_close },
    BuiltinDef { name: "__next__", func: op_next },
    BuiltinDef { name: "__iter__", func: op_self },
    BuiltinDef { name: "__await__", func: op_self },
];

/// The `aiter` and `anext` built-in functions.
pub static FUNCTIONS: &[BuiltinDef] =
    &[BuiltinDef { name: "aiter", func: aiter_builtin }, BuiltinDef { name: "anext", func: anext_builtin }];

fn async_gen(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<ObjRef> {
    match args.first() {
        Some(&Value::Obj(r)) if matches!(vm.heap.get(r), Obj::Generator(g) if g.code.code.flags & FLAG_ASYNC_GENERATOR != 0) => {
            Ok(r)
        }
        other => Err(not_applicable(vm, name, "async_generator", other.copied())),
    }
}

fn op(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<ObjRef> {
    match args.first() {
        Some(&Value::Obj(r)) if matches!(vm.heap.get(r), Obj::Iter(IterState::AsyncGenOp { .. })) => Ok(r),
        other => Err(not_applicable(vm, name, "async_generator_asend", other.copied())),
    }
}

/// CPython's error for a method descriptor called on the wrong type.
fn not_applicable(vm: &mut Vm, name: &str, owner: &str, got: Option<Value>) -> PyErr {
    match got {
        Some(v) => {
            let tn = vm.type_name(v);
            vm.type_error(alloc::format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{tn}' object"))
        }
        None => vm.type_error(alloc::format!("descriptor '{name}' of '{owner}' object needs an argument")),
    }
}

/// The name CPython's messages give an awaitable's type.
fn op_type(vm: &Vm, o: ObjRef) -> &'static str {
    match vm.heap.get(o) {
        Obj::Iter(IterState::AsyncGenOp { kind: AsyncGenOpKind::Send, .. }) => "async_generator_asend",
        _ => "async_generator_athrow",
    }
}

/// `TypeError: T.m() takes no arguments (n given)` unless `args` is just the receiver.
fn no_args(vm: &mut Vm, owner: &str, name: &str, args: &[Value]) -> PyResult<()> {
    if args.len() > 1 {
        let n = args.len() - 1;
        return Err(vm.type_error(alloc::format!("{owner}.{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

fn aiter_self(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "__aiter__", kw)?;
    async_gen(vm, args, "__aiter__")?;
    slot_args(vm, args)?;
    Ok(arg_at(args, 0))
}

/// A slot wrapper's check (`__aiter__`, `__anext__`, `__await__`, ...).
fn slot_args(vm: &mut Vm, args: &[Value]) -> PyResult<()> {
    if args.len() > 1 {
        return Err(vm.type_error(alloc::format!("expected 0 arguments, got {}", args.len() - 1)));
    }
    Ok(())
}

fn anext_method(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "__anext__", kw)?;
    let g = async_gen(vm, args, "__anext__")?;
    slot_args(vm, args)?;
    Ok(vm.new_async_gen_op(g, AsyncGenOpKind::Send, Value::None))
}

fn asend(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "asend", kw)?;
    if args.len() != 2 {
        let n = args.len().saturating_sub(1);
        return Err(vm.type_error(alloc::format!("async_generator.asend() takes exactly one argument ({n} given)")));
    }
    let g = async_gen(vm, args, "asend")?;
    Ok(vm.new_async_gen_op(g, AsyncGenOpKind::Send, arg_at(args, 1)))
}

fn athrow(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "athrow", kw)?;
    // (The arguments are checked when the awaitable throws them, as in CPython.)
    let g = async_gen(vm, args, "athrow")?;
    let rest = vm.new_tuple(args_from(args, 1).to_vec());
    Ok(vm.new_async_gen_op(g, AsyncGenOpKind::Throw, rest))
}

fn aclose(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "aclose", kw)?;
    let g = async_gen(vm, args, "aclose")?;
    no_args(vm, "async_generator", "aclose", args)?;
    Ok(vm.new_async_gen_op(g, AsyncGenOpKind::Close, Value::None))
}

fn op_send(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "send", kw)?;
    let o = op(vm, args, "send")?;
    if args.len() != 2 {
        let owner = op_type(vm, o);
        let n = args.len() - 1;
        return Err(vm.type_error(alloc::format!("{owner}.send() takes exactly one argument ({n} given)")));
    }
    vm.async_gen_op_send(o, arg_at(args, 1))
}

fn op_next(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "__next__", kw)?;
    let o = op(vm, args, "__next__")?;
    slot_args(vm, args)?;
    vm.async_gen_op_send(o, Value::None)
}

fn op_throw(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "throw", kw)?;
    let o = op(vm, args, "throw")?;
    if let Some(e) = vm.async_gen_op_reuse_error(o) {
        return Err(e);
    }
    match throw_args_exception(vm, "throw", args_from(args, 1)) {
        Ok(exc) => vm.async_gen_op_throw(o, exc),
        Err(e) => {
            // CPython's awaitable is finished by a throw() that fails so.
            vm.async_gen_op_close(o)?;
            Err(e)
        }
    }
}

fn op_close(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "close", kw)?;
    let o = op(vm, args, "close")?;
    let owner = op_type(vm, o);
    no_args(vm, owner, "close", args)?;
    vm.async_gen_op_close(o)?;
    Ok(Value::None)
}

fn op_self(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "__await__", kw)?;
    op(vm, args, "__await__")?;
    slot_args(vm, args)?;
    Ok(arg_at(args, 0))
}

/// `aiter(x)`: `x.__aiter__()`.
fn aiter_builtin(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "aiter", args, kw, 1, 1)?;
    let name = vm.intern("__aiter__");
    let Some(it) = vm.call_method_opt(arg_at(args, 0), name, &[])? else {
        let tn = vm.type_name(arg_at(args, 0));
        return Err(vm.type_error(alloc::format!("'{tn}' object is not an async iterable")));
    };
    let anext = vm.intern("__anext__");
    if vm.lookup_class_attr(vm.class_of(it), anext).is_none() {
        let tn = vm.type_name(it);
        return Err(vm.type_error(alloc::format!("aiter() returned not an async iterator of type '{tn}'")));
    }
    Ok(it)
}

/// `anext(it)`: `it.__anext__()` (the form with a default is not supported).
fn anext_builtin(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "anext", args, kw, 1, 2)?;
    let name = vm.intern("__anext__");
    let awaitable = match vm.call_method_opt(arg_at(args, 0), name, &[])? {
        Some(a) => a,
        None => {
            let tn = vm.type_name(arg_at(args, 0));
            return Err(vm.type_error(alloc::format!("'{tn}' object is not an async iterator")));
        }
    };
    match args.get(1) {
        None => Ok(awaitable),
        Some(&default) => anext_default(vm, awaitable, default),
    }
}

/// `anext(it, default)`: a coroutine awaiting `it.__anext__()` that
/// returns `default` instead of raising StopAsyncIteration.
#[cfg(feature = "compiler")]
fn anext_default(vm: &mut Vm, awaitable: Value, default: Value) -> PyResult<Value> {
    const SOURCE: &str = "async def anext_default(awaitable, default):\n    try:\n        return await awaitable\n    except StopAsyncIteration:\n        return default\n";
    vm.temp_roots.push(awaitable);
    let f = vm.python_helper("anext_default", SOURCE);
    vm.temp_roots.pop();
    match f {
        Some(f) => vm.call_value(f, &[awaitable, default]),
        None => Err(vm.runtime_error_msg("anext(): cannot build the awaitable")),
    }
}

#[cfg(not(feature = "compiler"))]
fn anext_default(vm: &mut Vm, _awaitable: Value, _default: Value) -> PyResult<Value> {
    Err(vm.not_implemented_error("anext() with a default needs the compiler feature"))
}
