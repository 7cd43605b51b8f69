//! Methods of `BaseException` (`__init__`, `with_traceback`, `add_note`) and
//! the attributes exceptions carry.

use alloc::format;
use alloc::vec::Vec;

use super::no_kwargs;
use crate::runtime::object::{BuiltinDef, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// Methods installed on `BaseException`.
pub static BASE_EXCEPTION_METHODS: &[BuiltinDef] = &[
    BuiltinDef { name: "__init__", func: init },
    BuiltinDef { name: "with_traceback", func: with_traceback },
    BuiltinDef { name: "add_note", func: add_note },
];

fn exc_receiver(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<ObjRef> {
    match args.first() {
        Some(&Value::Obj(r)) if matches!(vm.heap.get(r), Obj::Instance(i) if i.exc.is_some()) => Ok(r),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'BaseException' object"))),
    }
}

/// `BaseException.__init__(self, *args)`: stores `args`.
fn init(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let r = exc_receiver(vm, args, "__init__")?;
    if !kw.is_empty() {
        let tn = vm.type_name(args[0]);
        return Err(vm.type_error(format!("{tn}() takes no keyword arguments")));
    }
    let t = vm.new_tuple(args[1..].to_vec());
    if let Obj::Instance(i) = vm.heap.get_mut(r) {
        if let Some(e) = i.exc.as_mut() {
            e.args = t;
        }
    }
    Ok(Value::None)
}

fn with_traceback(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "with_traceback", kw)?;
    exc_receiver(vm, args, "with_traceback")?;
    Ok(args[0])
}

/// `add_note(note)`: appends to `__notes__` (shown after the message in tracebacks).
fn add_note(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "add_note", kw)?;
    exc_receiver(vm, args, "add_note")?;
    let Some(&note) = args.get(1) else {
        return Err(vm.type_error("BaseException.add_note() takes exactly one argument (0 given)"));
    };
    if vm.as_str(note).is_none() {
        let tn = vm.type_name(note);
        return Err(vm.type_error(format!("note must be a str, not '{tn}'")));
    }
    let notes_name = vm.intern("__notes__");
    let notes = match vm.get_attr_opt(args[0], notes_name)? {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            vm.set_attr(args[0], notes_name, l)?;
            l
        }
    };
    match notes {
        Value::Obj(l) if matches!(vm.heap.get(l), Obj::List(_)) => {
            if let Obj::List(items) = vm.heap.get_mut(l) {
                items.push(note);
            }
            Ok(Value::None)
        }
        _ => Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
}

/// Sets the exception-specific attributes (`args`, `__cause__`,
/// `__context__`, `__suppress_context__`, `__traceback__`); false for other names.
pub fn set_exception_attr(vm: &mut Vm, r: ObjRef, name: &str, value: Value) -> PyResult<bool> {
    let valid_exc = |vm: &Vm, v: Value| {
        matches!(v, Value::None)
            || matches!(v, Value::Obj(o) if matches!(vm.heap.get(o), Obj::Instance(i) if i.exc.is_some()))
    };
    match name {
        "args" => {
            let items = vm.collect_iterable(value)?;
            let t = vm.new_tuple(items);
            if let Obj::Instance(i) = vm.heap.get_mut(r) {
                if let Some(e) = i.exc.as_mut() {
                    e.args = t;
                }
            }
        }
        "__cause__" | "__context__" => {
            if !valid_exc(vm, value) {
                let what = if name == "__cause__" { "cause" } else { "context" };
                return Err(vm.type_error(format!("exception {what} must be None or derive from BaseException")));
            }
            if let Obj::Instance(i) = vm.heap.get_mut(r) {
                if let Some(e) = i.exc.as_mut() {
                    if name == "__cause__" {
                        e.cause = value;
                        e.suppress_context = true;
                    } else {
                        e.context = value;
                    }
                }
            }
        }
        "__suppress_context__" => {
            let b = vm.truthy(value)?;
            if let Obj::Instance(i) = vm.heap.get_mut(r) {
                if let Some(e) = i.exc.as_mut() {
                    e.suppress_context = b;
                }
            }
        }
        "__traceback__" => {}
        _ => return Ok(false),
    }
    Ok(true)
}
