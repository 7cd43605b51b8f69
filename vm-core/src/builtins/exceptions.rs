//! Methods of `BaseException` (`__init__`, `with_traceback`, `add_note`) and
//! the attributes exceptions carry.

use crate::builtins::{arg_at, args_from};
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

/// Methods installed on `OSError` (the `errno, strerror[, filename[,
/// winerror[, filename2]]]` argument convention).
pub static OS_ERROR_METHODS: &[BuiltinDef] =
    &[BuiltinDef { name: "__init__", func: os_error_init }, BuiltinDef { name: "__str__", func: os_error_str }];

/// The attributes `OSError` instances carry (None unless set from the arguments).
pub const OS_ERROR_ATTRS: [&str; 4] = ["errno", "strerror", "filename", "filename2"];

/// The `OSError` subclass CPython picks for an errno (Linux numbering).
fn os_error_subclass(vm: &Vm, errno: i64) -> Option<ObjRef> {
    let e = &vm.exc;
    Some(match errno {
        11 | 114 | 115 => e.blocking_io_error,
        10 => e.child_process_error,
        32 | 108 => e.broken_pipe_error,
        103 => e.connection_aborted_error,
        111 => e.connection_refused_error,
        104 => e.connection_reset_error,
        17 => e.file_exists_error,
        2 => e.file_not_found_error,
        21 => e.is_a_directory_error,
        20 => e.not_a_directory_error,
        4 => e.interrupted_error,
        1 | 13 => e.permission_error,
        3 => e.process_lookup_error,
        110 => e.timeout_error,
        _ => return None,
    })
}

/// `OSError.__init__(self, *args)`: with 2 to 5 arguments, sets `errno`,
/// `strerror`, `filename` and `filename2`, keeps only the first two in
/// `args`, and (for `OSError` itself) turns into the subclass the errno
/// names, as `OSError(2, 'x')` is a `FileNotFoundError` in CPython.
fn os_error_init(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    init(vm, args, kw)?;
    let r = exc_receiver(vm, args, "__init__")?;
    os_error_setup(vm, r, args_from(args, 1))
}

/// What `OSError.__new__`/`__init__` do with the arguments `rest` of the
/// new exception `r` (see [`OS_ERROR_METHODS`]).
pub(crate) fn os_error_setup(vm: &mut Vm, r: ObjRef, rest: &[Value]) -> PyResult<Value> {
    if !(2..=5).contains(&rest.len()) {
        return Ok(Value::None);
    }
    let me = Value::Obj(r);
    let arg = |i: usize| rest.get(i).copied().unwrap_or(Value::None);
    let fields = [arg(0), arg(1), arg(2), arg(4)];
    for (name, v) in OS_ERROR_ATTRS.iter().zip(fields) {
        let key = vm.intern(name);
        vm.generic_set_attr(me, key, v)?;
    }
    if rest.len() > 2 {
        let t = vm.new_tuple(rest.get(..2).unwrap_or_default().to_vec());
        if let Obj::Instance(i) = vm.heap.get_mut(r) {
            if let Some(e) = i.exc.as_mut() {
                e.args = t;
            }
        }
    }
    let os_error = vm.exc.os_error;
    if let (Value::Int(n), Obj::Instance(i)) = (arg(0), vm.heap.get(r)) {
        if i.class == os_error {
            if let Some(sub) = os_error_subclass(vm, n) {
                if let Obj::Instance(i) = vm.heap.get_mut(r) {
                    i.class = sub;
                }
            }
        }
    }
    Ok(Value::None)
}

/// `str(OSError)`: `[Errno N] text`, with `: 'filename'` (and ` -> 'filename2'`).
fn os_error_str(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "__str__", kw)?;
    let r = exc_receiver(vm, args, "__str__")?;
    let me = Value::Obj(r);
    let mut f = [Value::None; 4];
    for (slot, name) in f.iter_mut().zip(OS_ERROR_ATTRS) {
        let key = vm.intern(name);
        *slot = vm.get_attr_opt(me, key)?.unwrap_or(Value::None);
    }
    let [errno, strerror, filename, filename2] = f;
    let text = if !matches!(filename, Value::None) {
        let (e, s, f1) = (vm.to_str(errno)?, vm.to_str(strerror)?, vm.repr(filename)?);
        if matches!(filename2, Value::None) {
            format!("[Errno {e}] {s}: {f1}")
        } else {
            let f2 = vm.repr(filename2)?;
            format!("[Errno {e}] {s}: {f1} -> {f2}")
        }
    } else if !matches!(errno, Value::None) && !matches!(strerror, Value::None) {
        let (e, s) = (vm.to_str(errno)?, vm.to_str(strerror)?);
        format!("[Errno {e}] {s}")
    } else {
        let exc_args = match vm.heap.get(r) {
            Obj::Instance(i) => i.exc.as_ref().map(|e| e.args),
            _ => None,
        };
        let items = match exc_args {
            Some(Value::Obj(t)) => match vm.heap.get(t) {
                Obj::Tuple(items) => items.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        match *items.as_slice() {
            [] => alloc::string::String::new(),
            [one] => vm.to_str(one)?,
            _ => vm.repr(exc_args.unwrap_or(Value::None))?,
        }
    };
    Ok(vm.new_string(text))
}

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
        let tn = vm.type_name(arg_at(args, 0));
        return Err(vm.type_error(format!("{tn}() takes no keyword arguments")));
    }
    let t = vm.new_tuple(args_from(args, 1).to_vec());
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
    Ok(arg_at(args, 0))
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
    let notes = match vm.get_attr_opt(arg_at(args, 0), notes_name)? {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            vm.set_attr(arg_at(args, 0), notes_name, l)?;
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
