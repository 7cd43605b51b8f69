//! Methods of `BaseException` (`__init__`, `with_traceback`, `add_note`) and
//! the attributes exceptions carry.

use crate::builtins::{arg_at, args_from};
use alloc::format;
use alloc::string::String;
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
        args_str(vm, r)?
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
    let r = exc_receiver(vm, args, "with_traceback")?;
    replace_traceback(vm, r, arg_at(args, 1))?;
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
        "__traceback__" => replace_traceback(vm, r, value)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// `e.__traceback__ = value` (and `with_traceback(value)`), behind
/// `rare-methods` (firmware keeps the entries it has: the assignment is
/// accepted and does nothing).
#[cfg(feature = "rare-methods")]
fn replace_traceback(vm: &mut Vm, r: ObjRef, value: Value) -> PyResult<()> {
    // None clears the entries; a traceback object (of this or another
    // exception) gives the entries from it inwards, as CPython's
    // `tb` chain from that object does. (A traceback object is a
    // view of its exception's entries, so one taken before they
    // are replaced shows the new ones; CPython's keeps the old.)
    let entries = match value {
        Value::None => Vec::new(),
        Value::Obj(o) => match vm.heap.get(o) {
            Obj::Traceback { exc, index } => {
                let (exc, index) = (*exc, *index);
                match vm.heap.get(exc) {
                    Obj::Instance(i) => i
                        .exc
                        .as_ref()
                        .and_then(|e| e.traceback.get(..e.traceback.len().saturating_sub(index)))
                        .map_or(Vec::new(), <[_]>::to_vec),
                    _ => Vec::new(),
                }
            }
            _ => return Err(vm.type_error("__traceback__ must be a traceback or None")),
        },
        _ => return Err(vm.type_error("__traceback__ must be a traceback or None")),
    };
    if let Obj::Instance(i) = vm.heap.get_mut(r) {
        if let Some(e) = i.exc.as_mut() {
            e.traceback = entries;
        }
    }
    Ok(())
}

#[cfg(not(feature = "rare-methods"))]
fn replace_traceback(_vm: &mut Vm, _r: ObjRef, _value: Value) -> PyResult<()> {
    Ok(())
}

// The attributes exceptions scripts make take from their arguments
// (behind `rare-methods`: firmware seldom reads them; without it those
// constructors refuse keywords and set nothing).

#[cfg(feature = "rare-methods")]
/// `__init__` of the exceptions whose arguments set attributes
/// (`ImportError`, `NameError`, `AttributeError`, `SyntaxError`,
/// `UnicodeDecodeError`, `UnicodeEncodeError`).
pub static FIELDS_INIT: BuiltinDef = BuiltinDef { name: "__init__", func: fields_init };

#[cfg(feature = "rare-methods")]
/// `SyntaxError.__str__`.
pub static SYNTAX_ERROR_STR: BuiltinDef = BuiltinDef { name: "__str__", func: syntax_error_str };

#[cfg(feature = "rare-methods")]
/// `UnicodeDecodeError.__str__` / `UnicodeEncodeError.__str__`.
pub static UNICODE_ERROR_STR: BuiltinDef = BuiltinDef { name: "__str__", func: unicode_error_str };

#[cfg(feature = "rare-methods")]
const SYNTAX_ERROR_ATTRS: [&str; 8] =
    ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"];
#[cfg(feature = "rare-methods")]
const UNICODE_ERROR_ATTRS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

#[cfg(feature = "rare-methods")]
/// The exceptions [`FIELDS_INIT`] serves and their attributes (None on
/// the class until an instance sets them).
pub(crate) fn exception_fields(vm: &Vm) -> [(ObjRef, &'static [&'static str]); 6] {
    let e = &vm.exc;
    [
        (e.import_error, &["msg", "name", "path"]),
        (e.name_error, &["name"]),
        (e.attribute_error, &["name", "obj"]),
        (e.syntax_error, &SYNTAX_ERROR_ATTRS),
        (e.unicode_decode_error, &UNICODE_ERROR_ATTRS),
        (e.unicode_encode_error, &UNICODE_ERROR_ATTRS),
    ]
}

#[cfg(feature = "rare-methods")]
/// The keywords an exception class takes (`ImportError(name=, path=)`,
/// `NameError(name=)`, `AttributeError(name=, obj=)`) and the class that
/// names them in errors; None for the others.
pub(crate) fn exception_keywords(vm: &Vm, class: ObjRef) -> Option<(&'static str, &'static [&'static str])> {
    let e = &vm.exc;
    if vm.is_subclass(class, e.import_error) {
        Some(("ImportError", &["name", "path"]))
    } else if vm.is_subclass(class, e.name_error) {
        Some(("NameError", &["name"]))
    } else if vm.is_subclass(class, e.attribute_error) {
        Some(("AttributeError", &["name", "obj"]))
    } else {
        None
    }
}

#[cfg(feature = "rare-methods")]
fn fields_init(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let r = exc_receiver(vm, args, "__init__")?;
    let class = vm.class_of(Value::Obj(r));
    if exception_keywords(vm, class).is_none() {
        let name = alloc::string::String::from(vm.class_name(class));
        no_kwargs(vm, &name, kw)?;
    }
    init(vm, args, &[])?;
    exception_setup(vm, r, args_from(args, 1), kw)?;
    Ok(Value::None)
}

#[cfg(feature = "rare-methods")]
fn set_field(vm: &mut Vm, r: ObjRef, name: &str, v: Value) -> PyResult<()> {
    let key = vm.intern(name);
    vm.generic_set_attr(Value::Obj(r), key, v)
}

#[cfg(feature = "rare-methods")]
/// What the constructor of the exception `r` does with its positional
/// arguments `pos` and keywords `kw` beyond storing `args`: the attributes
/// of [`exception_fields`], CPython's argument checks.
pub(crate) fn exception_setup(vm: &mut Vm, r: ObjRef, pos: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<()> {
    let class = vm.class_of(Value::Obj(r));
    if let Some((base, names)) = exception_keywords(vm, class) {
        for &(k, v) in kw {
            let key = vm.str_text(k);
            if !names.contains(&key.as_str()) {
                return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for {base}()")));
            }
            set_field(vm, r, &key, v)?;
        }
        if base == "ImportError" {
            if let [msg] = pos {
                set_field(vm, r, "msg", *msg)?;
            }
        }
        return Ok(());
    }
    let e = &vm.exc;
    let (syntax, decode, encode) = (e.syntax_error, e.unicode_decode_error, e.unicode_encode_error);
    if vm.is_subclass(class, syntax) {
        if let Some(&msg) = pos.first() {
            set_field(vm, r, "msg", msg)?;
        }
        if let [_, info] = pos {
            let info = vm.collect_iterable(*info)?;
            let n = info.len();
            if !(4..=6).contains(&n) {
                let bound = if n < 4 { "at least 4" } else { "at most 6" };
                return Err(vm.type_error(format!("function takes {bound} arguments ({n} given)")));
            }
            for (name, v) in SYNTAX_ERROR_ATTRS.iter().skip(1).zip(info) {
                set_field(vm, r, name, v)?;
            }
        }
    } else if vm.is_subclass(class, decode) || vm.is_subclass(class, encode) {
        let decoding = vm.is_subclass(class, decode);
        if pos.len() != 5 {
            return Err(vm.type_error(format!("function takes exactly 5 arguments ({} given)", pos.len())));
        }
        let mut fields = [Value::None; 5];
        for (i, (slot, &v)) in fields.iter_mut().zip(pos).enumerate() {
            *slot = match i {
                1 if decoding => match vm.bytes_of(v) {
                    Some((d, _)) => vm.new_bytes(d, false),
                    None => {
                        let tn = vm.type_name(v);
                        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
                    }
                },
                2 | 3 => Value::Int(super::int_arg(vm, v)?),
                _ if vm.as_str(v).is_some() => v,
                _ => {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!("argument {} must be str, not {tn}", i + 1)));
                }
            };
        }
        for (name, v) in UNICODE_ERROR_ATTRS.iter().zip(fields) {
            set_field(vm, r, name, v)?;
        }
    }
    Ok(())
}

/// `str(e)` from `args` (BaseException's): empty, the one argument's
/// str, or the tuple's repr.
fn args_str(vm: &mut Vm, r: ObjRef) -> PyResult<alloc::string::String> {
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
        [] => Ok(alloc::string::String::new()),
        [one] => vm.to_str(one),
        _ => vm.repr(exc_args.unwrap_or(Value::None)),
    }
}

#[cfg(feature = "rare-methods")]
fn fields_of<const N: usize>(vm: &mut Vm, r: ObjRef, names: [&str; N]) -> PyResult<[Value; N]> {
    let mut out = [Value::None; N];
    for (slot, name) in out.iter_mut().zip(names) {
        let key = vm.intern(name);
        *slot = vm.get_attr_opt(Value::Obj(r), key)?.unwrap_or(Value::None);
    }
    Ok(out)
}

#[cfg(feature = "rare-methods")]
/// `str(SyntaxError)`: `msg (file, line N)` with the file's base name.
fn syntax_error_str(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "__str__", kw)?;
    let r = exc_receiver(vm, args, "__str__")?;
    let [msg, filename, lineno] = fields_of(vm, r, ["msg", "filename", "lineno"])?;
    let mut text = vm.to_str(msg)?;
    let file = vm.as_str(filename).map(|f| alloc::string::String::from(f.rsplit('/').next().unwrap_or(f)));
    let line = match lineno {
        Value::Int(n) => Some(n),
        _ => None,
    };
    text = match (file, line) {
        (Some(f), Some(l)) => format!("{text} ({f}, line {l})"),
        (Some(f), None) => format!("{text} ({f})"),
        (None, Some(l)) => format!("{text} (line {l})"),
        (None, None) => text,
    };
    Ok(vm.new_string(text))
}

#[cfg_attr(not(any(feature = "bytes", feature = "rare-methods")), allow(dead_code))]
/// CPython's escape of the character in "can't encode character" messages.
fn char_escape(c: u32) -> alloc::string::String {
    if c < 0x100 {
        format!("'\\x{c:02x}'")
    } else if c < 0x10000 {
        format!("'\\u{c:04x}'")
    } else {
        format!("'\\U{c:08x}'")
    }
}

#[cfg(feature = "rare-methods")]
/// `str(UnicodeDecodeError)` / `str(UnicodeEncodeError)` from the
/// attributes (the args' str while one is None).
fn unicode_error_str(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "__str__", kw)?;
    let r = exc_receiver(vm, args, "__str__")?;
    let [encoding, object, start, end, reason] = fields_of(vm, r, UNICODE_ERROR_ATTRS)?;
    let (Value::Int(start), Value::Int(end)) = (start, end) else {
        let text = args_str(vm, r)?;
        return Ok(vm.new_string(text));
    };
    if [encoding, object, reason].contains(&Value::None) {
        let text = args_str(vm, r)?;
        return Ok(vm.new_string(text));
    }
    let (enc, why) = (vm.to_str(encoding)?, vm.to_str(reason)?);
    let text = match vm.bytes_of(object) {
        Some((data, _)) => unicode_error_text(&enc, Ok(&data), start, end, &why),
        None => {
            let s = vm.to_str(object)?;
            unicode_error_text(&enc, Err(&s), start, end, &why)
        }
    };
    Ok(vm.new_string(text))
}

/// Without `rare-methods` no exception takes keywords.
#[cfg(not(feature = "rare-methods"))]
pub(crate) fn exception_keywords(_: &Vm, _: ObjRef) -> Option<(&'static str, &'static [&'static str])> {
    None
}

/// Without `rare-methods` the arguments set no attributes.
#[cfg(not(feature = "rare-methods"))]
pub(crate) fn exception_setup(_: &mut Vm, _: ObjRef, _: &[Value], _: &[(ObjRef, Value)]) -> PyResult<()> {
    Ok(())
}

/// The str of a `UnicodeDecodeError` of `object` bytes (`Ok`) or a
/// `UnicodeEncodeError` of text (`Err`), failing at `start..end`.
#[cfg_attr(not(any(feature = "bytes", feature = "rare-methods")), allow(dead_code))]
pub(crate) fn unicode_error_text(enc: &str, object: Result<&[u8], &str>, start: i64, end: i64, why: &str) -> String {
    let single = end == start + 1 && start >= 0;
    match object {
        Ok(data) => match data.get(start as usize).filter(|_| single) {
            Some(b) => format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {why}"),
            None => format!("'{enc}' codec can't decode bytes in position {start}-{}: {why}", end - 1),
        },
        Err(s) => match s.chars().nth(start as usize).filter(|_| single) {
            Some(c) => {
                let c = char_escape(c as u32);
                format!("'{enc}' codec can't encode character {c} in position {start}: {why}")
            }
            None => format!("'{enc}' codec can't encode characters in position {start}-{}: {why}", end - 1),
        },
    }
}
