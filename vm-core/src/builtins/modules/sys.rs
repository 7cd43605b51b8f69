//! The `sys` module: `argv`, `path` (the host's module search path, which
//! `import` reads), `maxsize`, the recursion limit, `stdout` and
//! `stderr` (objects with `write`/`flush` over the host), version facts and
//! `exit`.
//!
//! With the `rare-methods` feature `version_info`, `float_info`,
//! `hash_info` and `int_info` are struct sequences (named tuples) as in
//! CPython, and `getsizeof` exists ([`facts`]); without it `version_info`
//! is a plain tuple.
//!
//! Deviations from CPython: `platform` is `"ouro"`, `hash_info.algorithm`
//! is `'fnv'` (unseeded: str hashes are the same in every run), and
//! `sys.stdout` is a small `_io.TextIOWrapper`-like object with only
//! `write`, `flush` and `name` (no `buffer`), and `sys.stdin` one with
//! `readline`, `read`, `readlines` and iteration over the host's lines
//! (`Host::read_line`; no `size` arguments).

use crate::builtins::arg_at;
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::{index_int, NativeModule};
use crate::builtins::{arity, no_kwargs, no_kwargs_arity};
use crate::runtime::object::{BuiltinDef, Class, ClassDetails, Instance, Layout, Obj, PyResult, ShapeTable};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::value_vec::ValueVec;
use crate::vm::Vm;

/// The `sys` module.
pub static MODULE: NativeModule = NativeModule { name: "sys", functions: FUNCTIONS, init };

#[cfg(feature = "rare-methods")]
mod facts;

static FUNCTIONS: &[BuiltinDef] = &[
    BuiltinDef { name: "getrecursionlimit", func: getrecursionlimit },
    BuiltinDef { name: "setrecursionlimit", func: setrecursionlimit },
    #[cfg(feature = "big-int")]
    BuiltinDef { name: "get_int_max_str_digits", func: get_int_max_str_digits },
    #[cfg(feature = "big-int")]
    BuiltinDef { name: "set_int_max_str_digits", func: set_int_max_str_digits },
    BuiltinDef { name: "exit", func: exit },
    BuiltinDef { name: "intern", func: intern },
    #[cfg(feature = "rare-methods")]
    BuiltinDef { name: "getsizeof", func: facts::getsizeof },
    BuiltinDef { name: "exc_info", func: exc_info },
    #[cfg(feature = "frames")]
    BuiltinDef { name: "_getframe", func: getframe },
    #[cfg(feature = "interactive")]
    BuiltinDef { name: "displayhook", func: displayhook },
    #[cfg(feature = "coroutines")]
    BuiltinDef { name: "_ouro_iterable_coroutine", func: iterable_coroutine },
];

/// `sys._getframe([depth])`: the frame object of the caller, or of the
/// frame `depth` calls out from it.
#[cfg(feature = "frames")]
fn getframe(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "_getframe", args, kw, 0, 1)?;
    let depth = match args.first() {
        Some(&v) => vm.index_value(v, "_getframe")?,
        None => 0,
    };
    vm.getframe(usize::try_from(depth).unwrap_or(0))
}

#[cfg(feature = "coroutines")]
/// What `types.coroutine` does to a generator function: its generators
/// become awaitable (CPython's CO_ITERABLE_COROUTINE). Returns `func`.
fn iterable_coroutine(vm: &mut Vm, args: &[Value], _kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    use crate::bytecode::code::{FLAG_COROUTINE, FLAG_GENERATOR, FLAG_ITERABLE_COROUTINE};
    let Some(&Value::Obj(f)) = args.first() else { return Ok(Value::None) };
    let Obj::Function(func) = vm.heap.get(f) else { return Ok(arg_at(args, 0)) };
    let flags = func.code.code.flags;
    if flags & FLAG_GENERATOR == 0 || flags & (FLAG_COROUTINE | FLAG_ITERABLE_COROUTINE) != 0 {
        return Ok(arg_at(args, 0));
    }
    let mut code = (*func.code.code).clone();
    code.flags |= FLAG_ITERABLE_COROUTINE;
    let co = vm.load_code(alloc::rc::Rc::new(code));
    if let Obj::Function(func) = vm.heap.get_mut(f) {
        func.code = co;
        func.version = func.version.wrapping_add(1);
    }
    // Traces take a function constant's code as fixed (`Lowering::guard_func`).
    if let Some(jit) = vm.jit.as_mut() {
        jit.invalidate_all();
    }
    Ok(arg_at(args, 0))
}

/// Methods of the class of `sys.stdin`, `sys.stdout` and `sys.stderr`.
static STREAM_METHODS: &[BuiltinDef] = &[
    BuiltinDef { name: "write", func: stream_write },
    BuiltinDef { name: "flush", func: stream_flush },
    BuiltinDef { name: "__repr__", func: stream_repr },
    BuiltinDef { name: "readline", func: stream_readline },
    BuiltinDef { name: "read", func: stream_read },
    BuiltinDef { name: "readlines", func: stream_readlines },
    BuiltinDef { name: "__iter__", func: stream_iter },
    BuiltinDef { name: "__next__", func: stream_next },
];

/// Methods of the class of `sys.stdout.buffer` and `sys.stderr.buffer`.
#[cfg(feature = "bytes")]
static BUFFER_WRITER_METHODS: &[BuiltinDef] = &[
    BuiltinDef { name: "write", func: buffer_write },
    BuiltinDef { name: "flush", func: stream_flush },
    BuiltinDef { name: "__repr__", func: buffer_repr },
];

/// Methods of the class of `sys.stdin.buffer`.
#[cfg(feature = "bytes")]
static BUFFER_READER_METHODS: &[BuiltinDef] = &[
    BuiltinDef { name: "readline", func: buffer_readline },
    BuiltinDef { name: "read", func: buffer_read },
    BuiltinDef { name: "readlines", func: buffer_readlines },
    BuiltinDef { name: "__repr__", func: buffer_repr },
];

/// `sys.version`.
pub const VERSION: &str = "3.11.0 (ouro)";

/// `sys.hexversion`: 3.11.0 final.
const HEXVERSION: i64 = 0x030b_00f0;

fn init(vm: &mut Vm, ns: ObjRef) {
    let modules_name = vm.intern("modules");
    let _ = vm.dict_set_str(ns, modules_name, Value::Obj(vm.modules));
    let mut argv: Vec<String> = vm.config.argv.clone();
    if argv.is_empty() {
        argv.push(String::from(vm.host.script_name()));
    }
    let items: Vec<Value> = argv.iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(items);
    #[cfg(feature = "module-path")]
    {
        vm.temp_roots.push(argv);
        let dirs = vm.host.module_search_path();
        let items: Vec<Value> = dirs.iter().map(|d| vm.new_str(d)).collect();
        let path = vm.new_list(items);
        let key = vm.intern("path");
        let _ = vm.dict_set_str(ns, key, path);
        let executable = vm.host.executable();
        let executable = vm.new_string(executable);
        let key = vm.intern("executable");
        let _ = vm.dict_set_str(ns, key, executable);
        vm.temp_roots.pop();
    }
    let version = vm.new_str(VERSION);
    let final_ = vm.new_str("final");
    let version_info = vm.new_tuple(vec![Value::Int(3), Value::Int(11), Value::Int(0), final_, Value::Int(0)]);
    let platform = vm.new_str("ouro");
    let byteorder = vm.new_str(if cfg!(target_endian = "little") { "little" } else { "big" });
    let stream_class = new_stream_class(vm, "TextIOWrapper", STREAM_METHODS);
    let stdout = new_stream(vm, stream_class, "<stdout>");
    let stderr = new_stream(vm, stream_class, "<stderr>");
    let stdin = new_stream(vm, stream_class, "<stdin>");
    // Their `buffer`s: the same streams, in bytes.
    #[cfg(feature = "bytes")]
    install_buffers(vm, [stdout, stderr, stdin]);
    let entries = [
        ("argv", argv),
        ("maxsize", Value::Int(i64::MAX)),
        ("maxunicode", Value::Int(0x10ffff)),
        ("version", version),
        ("version_info", version_info),
        ("hexversion", Value::Int(HEXVERSION)),
        ("platform", platform),
        ("byteorder", byteorder),
        ("stdout", stdout),
        ("stderr", stderr),
        ("__stdout__", stdout),
        ("__stderr__", stderr),
        ("stdin", stdin),
        ("__stdin__", stdin),
    ];
    for (name, value) in entries {
        let key = vm.intern(name);
        let _ = vm.dict_set_str(ns, key, value);
    }
    // `sys.__displayhook__`: the original hook, for restoring it.
    #[cfg(feature = "interactive")]
    {
        let hook = vm.intern("displayhook");
        if let Some(f) = vm.dict_get_str(ns, hook) {
            let key = vm.intern("__displayhook__");
            let _ = vm.dict_set_str(ns, key, f);
        }
    }
    // `version_info` as a struct sequence; `float_info`, `hash_info`, `int_info`.
    #[cfg(feature = "rare-methods")]
    facts::install(vm, ns);
    #[cfg(feature = "rare-methods")]
    let _ = install_implementation(vm, ns);
}

/// Sets the `buffer` of `sys.stdout`, `sys.stderr` and `sys.stdin`: the
/// same streams, in bytes.
#[cfg(feature = "bytes")]
fn install_buffers(vm: &mut Vm, [stdout, stderr, stdin]: [Value; 3]) {
    let writer = new_stream_class(vm, "BufferedWriter", BUFFER_WRITER_METHODS);
    let reader = new_stream_class(vm, "BufferedReader", BUFFER_READER_METHODS);
    let buffer = vm.intern("buffer");
    for (stream, class, name) in
        [(stdout, writer, "<stdout>"), (stderr, writer, "<stderr>"), (stdin, reader, "<stdin>")]
    {
        let b = new_stream(vm, class, name);
        let _ = vm.set_attr(stream, buffer, b);
    }
}

/// `sys.implementation`: ouro's name, no cache tag (no bytecode caching),
/// the version of Python it implements. An instance of a bare stand-in for
/// `types.SimpleNamespace`: that module is Python, compiled on demand, and
/// makes the object one of its own class when it loads.
#[cfg(feature = "rare-methods")]
fn install_implementation(vm: &mut Vm, ns: ObjRef) -> PyResult<()> {
    let name = vm.new_str("SimpleNamespace");
    let bases = vm.new_tuple(vec![Value::Obj(vm.types.object)]);
    let dict = vm.new_dict_obj();
    let roots = vm.temp_roots.len();
    vm.temp_roots.extend([name, bases, Value::Obj(dict)]);
    let made = (|| {
        let module = Value::Obj(vm.intern("types"));
        vm.dict_set_str(dict, vm.names.module, module)?;
        let Value::Obj(class) = vm.make_class(name, bases, dict)? else { return Ok(()) };
        let this = crate::builtins::objects::new_instance(vm, class)?;
        vm.temp_roots.push(this);
        let version_info = vm.intern("version_info");
        let version = vm.dict_get_str(ns, version_info).unwrap_or(Value::None);
        let ouro = Value::Obj(vm.intern("ouro"));
        for (field, value) in
            [("name", ouro), ("cache_tag", Value::None), ("version", version), ("hexversion", Value::Int(HEXVERSION))]
        {
            let key = vm.intern(field);
            vm.set_attr(this, key, value)?;
        }
        let key = vm.intern("implementation");
        vm.dict_set_str(ns, key, this)
    })();
    vm.temp_roots.truncate(roots);
    made
}

/// The class `_io.<name>` of the standard streams (or of their buffers)
/// with `methods`.
fn new_stream_class(vm: &mut Vm, name: &str, methods: &'static [BuiltinDef]) -> ObjRef {
    let dict = vm.new_dict_obj();
    for def in methods {
        let f = vm.heap.alloc(Obj::Builtin { def, receiver: Value::Null });
        let name = vm.intern(def.name);
        let _ = vm.dict_set_str(dict, name, Value::Obj(f));
    }
    let object = vm.types.object;
    let class = Class {
        version: 1,
        hooks: 0,
        layout: Layout::Object,
        dict,
        root_shape: ShapeTable::EMPTY,
        ctor: None,
        slots: None,
        details: Box::new(ClassDetails {
            name: name.into(),
            qualname: name.into(),
            module: "_io".into(),
            bases: Box::new([object]),
            mro: Box::new([]),
            subclasses: Vec::new(),
            meta: None,
        }),
    };
    let r = vm.heap.alloc(Obj::Class(class));
    if let Obj::Class(c) = vm.heap.get_mut(r) {
        c.mro = Box::new([r, object]);
    }
    r
}

fn new_stream(vm: &mut Vm, class: ObjRef, name: &str) -> Value {
    let inst = vm.heap.alloc(Obj::Instance(Instance {
        class,
        shape: ShapeTable::EMPTY,
        slots: ValueVec::new(),
        exc: None,
        native: None,
    }));
    let key = vm.intern("name");
    let value = vm.new_str(name);
    let _ = vm.set_attr(Value::Obj(inst), key, value);
    Value::Obj(inst)
}

/// `sys.stdout` as the script has it now (None when `sys` was never
/// imported: then nothing can have replaced it).
pub(crate) fn current_stdout(vm: &mut Vm) -> Option<Value> {
    let sys = vm.intern("sys");
    let Value::Obj(m) = vm.dict_get_str(vm.modules, sys)? else { return None };
    let Obj::Module { dict, .. } = *vm.heap.get(m) else { return None };
    let name = vm.intern("stdout");
    vm.dict_get_str(dict, name)
}

/// True if `stream` is one of the host's streams (`sys.__stdout__` or
/// `sys.__stderr__`), which print writes to directly.
pub(crate) fn is_host_stream(vm: &Vm, stream: Value) -> bool {
    let Value::Obj(r) = stream else { return false };
    let Obj::Instance(i) = vm.heap.get(r) else { return false };
    match vm.heap.get(i.class) {
        Obj::Class(c) => &*c.name == "TextIOWrapper" && &*c.module == "_io",
        _ => false,
    }
}

/// True if `stream` is `sys.stderr` (its `name` is `<stderr>`).
pub(crate) fn is_stderr(vm: &mut Vm, stream: Value) -> bool {
    let key = vm.intern("name");
    match vm.get_attr_opt(stream, key) {
        Ok(Some(v)) => vm.as_str(v) == Some("<stderr>"),
        _ => false,
    }
}

/// True if `stream` is `sys.stdin` (its `name` is `<stdin>`).
fn is_stdin(vm: &mut Vm, stream: Value) -> bool {
    let key = vm.intern("name");
    match vm.get_attr_opt(stream, key) {
        Ok(Some(v)) => vm.as_str(v) == Some("<stdin>"),
        _ => false,
    }
}

/// `io.UnsupportedOperation(msg)` (an OSError where `io` is left out).
fn unsupported(vm: &mut Vm, msg: &str) -> crate::runtime::object::PyErr {
    if crate::stdlib::find("io").is_some() {
        let class = vm.import_module("io").and_then(|io| {
            let name = vm.intern("UnsupportedOperation");
            vm.get_attr(io, name)
        });
        if let Ok(Value::Obj(c)) = class {
            return vm.new_exception(c, msg);
        }
    }
    let c = vm.exc.os_error;
    vm.new_exception(c, msg)
}

/// The stream a read method was called on, which must be `sys.stdin`
/// (`size` arguments other than -1/None are refused: the host reads
/// whole lines).
fn readable(vm: &mut Vm, fname: &str, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<()> {
    no_kwargs(vm, fname, kw)?;
    let Some((&stream, rest)) = args.split_first() else {
        return Err(vm.type_error(format!("descriptor '{fname}' of '_io.TextIOWrapper' object needs an argument")));
    };
    arity(vm, fname, rest, 0, 1)?;
    if let Some(&size) = rest.first() {
        if !matches!(size, Value::None | Value::Int(-1)) {
            return Err(vm.not_implemented_error(format!("sys.stdin.{fname}() with a size")));
        }
    }
    if !is_stdin(vm, stream) {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(())
}

/// One line of the host's standard input ("" at its end).
fn read_line(vm: &mut Vm) -> Value {
    let line = vm.host.read_line().unwrap_or_default();
    vm.new_string(line)
}

fn stream_readline(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    readable(vm, "readline", args, kw)?;
    Ok(read_line(vm))
}

/// Every line left on the host's standard input (`read`/`readlines` of
/// the byte buffer; the text stream's own loops cost a firmware image
/// less than this list).
#[cfg(feature = "bytes")]
fn remaining_lines(vm: &mut Vm) -> Vec<String> {
    let mut lines = Vec::new();
    while let Some(line) = vm.host.read_line() {
        lines.push(line);
    }
    lines
}

fn stream_read(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    readable(vm, "read", args, kw)?;
    let mut text = String::new();
    while let Some(line) = vm.host.read_line() {
        text.push_str(&line);
    }
    Ok(vm.new_string(text))
}

fn stream_readlines(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    readable(vm, "readlines", args, kw)?;
    let mut lines = Vec::new();
    while let Some(line) = vm.host.read_line() {
        lines.push(vm.new_string(line));
    }
    Ok(vm.new_list(lines))
}

fn stream_iter(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "__iter__", args, kw, 1, 1)?;
    Ok(arg_at(args, 0))
}

fn stream_next(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    readable(vm, "__next__", args, kw)?;
    match vm.host.read_line() {
        Some(line) => Ok(vm.new_string(line)),
        None => Err(vm.stop_iteration()),
    }
}

fn stream_write(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "TextIOWrapper.write", kw)?;
    let Some((&stream, rest)) = args.split_first() else {
        return Err(vm.type_error("descriptor 'write' of '_io.TextIOWrapper' object needs an argument"));
    };
    arity(vm, "TextIOWrapper.write", rest, 1, 1)?;
    if is_stdin(vm, stream) {
        return Err(unsupported(vm, "not writable"));
    }
    let Some(text) = vm.as_str(arg_at(rest, 0)).map(String::from) else {
        let tn = vm.type_name(arg_at(rest, 0));
        return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
    };
    if is_stderr(vm, stream) {
        vm.host.write_stderr(&text);
    } else {
        vm.host.write_stdout(&text);
    }
    Ok(Value::Int(text.chars().count() as i64))
}

/// `sys.stdout.buffer.write(b)`: writes a bytes-like object's bytes;
/// returns their count.
#[cfg(feature = "bytes")]
fn buffer_write(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "BufferedWriter.write", kw)?;
    let Some((&stream, rest)) = args.split_first() else {
        return Err(vm.type_error("descriptor 'write' of '_io.BufferedWriter' object needs an argument"));
    };
    arity(vm, "BufferedWriter.write", rest, 1, 1)?;
    let mut data = arg_at(rest, 0);
    if matches!(vm.type_name(data).as_str(), "memoryview" | "array.array") {
        data = vm.call_value(Value::Obj(vm.types.bytes), &[data])?;
    }
    let bytes = match data {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Bytes(b) => Some(b.data.clone()),
            _ => None,
        },
        _ => None,
    };
    let Some(bytes) = bytes else {
        let tn = vm.type_name(data);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    if is_stderr(vm, stream) {
        vm.host.write_stderr_bytes(&bytes);
    } else {
        vm.host.write_stdout_bytes(&bytes);
    }
    Ok(Value::Int(bytes.len() as i64))
}

/// `<_io.BufferedWriter name='<stdout>'>`.
#[cfg(feature = "bytes")]
fn buffer_repr(vm: &mut Vm, args: &[Value], _kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (class, name) = match args.first() {
        Some(&s) if is_stdin(vm, s) => ("BufferedReader", "<stdin>"),
        Some(&s) if is_stderr(vm, s) => ("BufferedWriter", "<stderr>"),
        _ => ("BufferedWriter", "<stdout>"),
    };
    Ok(vm.new_string(format!("<_io.{class} name='{name}'>")))
}

/// `sys.stdin.buffer.readline()`: one line of input as bytes.
#[cfg(feature = "bytes")]
fn buffer_readline(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    readable(vm, "readline", args, kw)?;
    let line = vm.host.read_line().unwrap_or_default();
    Ok(vm.new_bytes(line.into_bytes(), false))
}

/// `sys.stdin.buffer.read()`: the rest of the input as bytes.
#[cfg(feature = "bytes")]
fn buffer_read(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    readable(vm, "read", args, kw)?;
    let data = remaining_lines(vm).concat().into_bytes();
    Ok(vm.new_bytes(data, false))
}

/// `sys.stdin.buffer.readlines()`: the remaining lines as bytes.
#[cfg(feature = "bytes")]
fn buffer_readlines(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    readable(vm, "readlines", args, kw)?;
    let lines = remaining_lines(vm).into_iter().map(|line| vm.new_bytes(line.into_bytes(), false)).collect();
    Ok(vm.new_list(lines))
}

fn stream_flush(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "TextIOWrapper.flush", kw)?;
    arity(vm, "TextIOWrapper.flush", args.get(1..).unwrap_or(&[]), 0, 0)?;
    Ok(Value::None)
}

fn stream_repr(vm: &mut Vm, args: &[Value], _kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (name, mode) = match args.first() {
        Some(&s) if is_stderr(vm, s) => ("<stderr>", 'w'),
        Some(&s) if is_stdin(vm, s) => ("<stdin>", 'r'),
        _ => ("<stdout>", 'w'),
    };
    Ok(vm.new_string(format!("<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>")))
}

/// `sys.intern(s)`: `s` itself (ouro keeps no table of interned strs for
/// scripts; identity of equal strs is not promised either way).
/// `sys.displayhook(value)`: what `compile(..., 'single')` code calls
/// with each expression statement's value: unless it is None, writes its
/// repr and a newline to `sys.stdout` and keeps it as `builtins._`.
#[cfg(feature = "interactive")]
fn displayhook(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "displayhook", args, kw, 1, 1)?;
    let value = arg_at(args, 0);
    if matches!(value, Value::None) {
        return Ok(Value::None);
    }
    // `_` is None while the repr runs (it may print through this hook).
    let underscore = vm.intern("_");
    vm.dict_set_str(vm.builtins, underscore, Value::None)?;
    let text = vm.repr(value)?;
    match current_stdout(vm) {
        Some(Value::None) => return Err(vm.runtime_error_msg("lost sys.stdout")),
        Some(stream) if !is_host_stream(vm, stream) => {
            let name = vm.intern("write");
            let write = vm.get_attr(stream, name)?;
            vm.temp_roots.push(write);
            let r = (|| {
                let s = vm.new_string(text);
                vm.call_value(write, &[s])?;
                let s = vm.new_str("\n");
                vm.call_value(write, &[s])
            })();
            vm.temp_roots.pop();
            r?;
        }
        Some(stream) if is_stderr(vm, stream) => vm.host.write_stderr(&format!("{text}\n")),
        _ => vm.host.write_stdout(&format!("{text}\n")),
    }
    vm.dict_set_str(vm.builtins, underscore, value)?;
    Ok(Value::None)
}

fn intern(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "intern", args, kw, 1, 1)?;
    let s = arg_at(args, 0);
    if matches!(s, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Str(_))) {
        return Ok(s);
    }
    let tn = if s == Value::None { String::from("None") } else { vm.type_name(s) };
    if vm.isinstance(s, vm.types.str_) {
        return Err(vm.type_error(format!("can't intern {tn}")));
    }
    Err(vm.type_error(format!("intern() argument must be str, not {tn}")))
}

/// `sys.exc_info()`: the exception being handled as (type, value,
/// traceback), or three Nones outside any handler.
fn exc_info(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "exc_info", args, kw, 0, 0)?;
    let items = match vm.handled {
        Value::Obj(e) => {
            let class = Value::Obj(vm.class_of(Value::Obj(e)));
            let tb = vm.traceback_of(e, 0);
            alloc::vec![class, Value::Obj(e), tb]
        }
        _ => alloc::vec![Value::None; 3],
    };
    Ok(vm.new_tuple(items))
}

fn getrecursionlimit(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "getrecursionlimit", args, kw, 0, 0)?;
    Ok(Value::Int(vm.config.recursion_limit as i64))
}

/// `get_int_max_str_digits()` (with `big-int`: without it no int has
/// digits enough for the limit to matter).
#[cfg(feature = "big-int")]
fn get_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "get_int_max_str_digits", args, kw, 0, 0)?;
    Ok(Value::Int(vm.int_max_str_digits as i64))
}

/// `set_int_max_str_digits(maxdigits)`: 0 (no limit) or at least
/// `int_info.str_digits_check_threshold` (640).
#[cfg(feature = "big-int")]
fn set_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let name = "set_int_max_str_digits";
    let arg = match (args, kw) {
        ([arg], []) => *arg,
        ([], [(key, arg)]) if vm.str_text(*key) == "maxdigits" => *arg,
        ([], []) => return Err(vm.type_error(format!("{name}() missing required argument 'maxdigits' (pos 1)"))),
        _ => {
            arity(vm, name, args, 1, 1)?;
            no_kwargs(vm, name, kw)?;
            return Ok(Value::None);
        }
    };
    let n = match index_int(vm, arg)? {
        crate::runtime::int_ops::PyInt::Small(i) if i32::try_from(i).is_ok() => i,
        _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::None)
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "setrecursionlimit", args, kw, 1, 1)?;
    let n = index_int(vm, arg_at(args, 0))?;
    let Some(n) = (match n {
        crate::runtime::int_ops::PyInt::Small(i) => i32::try_from(i).ok(),
        crate::runtime::int_ops::PyInt::Big(_) => None,
    }) else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    // CPython counts the running frames plus the call in progress.
    let depth = vm.frames.len() + 1;
    if depth >= n as usize {
        let c = vm.exc.recursion_error;
        return Err(vm.new_exception(
            c,
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    vm.config.recursion_limit = n as usize;
    Ok(Value::None)
}

fn exit(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "exit", args, kw, 0, 1)?;
    let exc_args = match args.first() {
        None | Some(Value::None) => Vec::new(),
        Some(&v) => match v {
            Value::Obj(r) => match vm.heap.get(r) {
                Obj::Tuple(items) => items.to_vec(),
                _ => vec![v],
            },
            _ => vec![v],
        },
    };
    let c = vm.exc.system_exit;
    Err(vm.new_exception_args(c, exc_args))
}

#[cfg(test)]
mod tests;
