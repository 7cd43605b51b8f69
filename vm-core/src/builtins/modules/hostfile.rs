//! `_hostfile`: the host's file hooks ([`crate::vm::Host::read_file`],
//! [`crate::vm::Host::write_file`]) for `open` (`stdlib/_fileio.py`), and
//! the queries behind `os` (`stdlib/os/`).
//! `read(path)` returns the file's bytes; `write(path, data, mode)`
//! truncates (mode 0), appends (1) or creates a new file (2); `stat(path)`
//! is `(is_file, is_dir, size, mtime_ns, permissions)` (the last two
//! None when the host does not know them); `listdir(path)` a list of names;
//! `remove(path)`, `mkdir(path)`, `rmdir(path)` and `rename(src, dst)`
//! change the file system through the host's hooks;
//! `getcwd()` the current directory, `chdir(path)` changes it; `environ()` a list of (name, value)
//! pairs (empty when the host gives none); `urandom(n)` n random bytes
//! from [`crate::vm::Host::fill_random`]. A failure is
//! the `OSError` subclass CPython raises for the host's errno
//! (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`); a host
//! without file access refuses every call with `PermissionError`.

use super::NativeModule;
use crate::builtins::{no_kwargs_arity, str_arg};
use crate::runtime::int_ops::PyInt;
use crate::runtime::object::{BuiltinDef, PyErr, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::{HostIoError, Vm, WriteMode};
use num_traits::Signed;

/// The `_hostfile` module.
pub static MODULE: NativeModule = NativeModule { name: "_hostfile", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[
    BuiltinDef { name: "read", func: read },
    BuiltinDef { name: "write", func: write },
    BuiltinDef { name: "stat", func: stat },
    BuiltinDef { name: "listdir", func: listdir },
    BuiltinDef { name: "remove", func: remove },
    BuiltinDef { name: "mkdir", func: mkdir },
    BuiltinDef { name: "rmdir", func: rmdir },
    BuiltinDef { name: "rename", func: rename },
    BuiltinDef { name: "getcwd", func: getcwd },
    BuiltinDef { name: "chdir", func: chdir },
    BuiltinDef { name: "environ", func: environ },
    BuiltinDef { name: "urandom", func: urandom },
];

fn init(_vm: &mut Vm, _ns: ObjRef) {}

/// The `OSError` (of the errno's subclass) for a failed operation on `path`.
fn os_error(vm: &mut Vm, e: HostIoError, path: Value) -> PyErr {
    os_error2(vm, e, path, Value::None)
}

/// [`os_error`] naming two paths, as a failed rename does (`'a' -> 'b'`).
fn os_error2(vm: &mut Vm, e: HostIoError, path: Value, path2: Value) -> PyErr {
    let msg = vm.new_str(&e.message);
    let class = Value::Obj(vm.exc.os_error);
    let errno = Value::Int(i64::from(e.errno));
    let made = if matches!(path2, Value::None) {
        vm.call_value(class, &[errno, msg, path])
    } else {
        vm.call_value(class, &[errno, msg, path, Value::None, path2])
    };
    match made {
        Ok(Value::Obj(r)) => PyErr(r),
        Ok(_) => vm.type_error("OSError() made no exception"),
        Err(err) => err,
    }
}

fn read(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "read", args, kw, 1, 1)?;
    let p = args.first().copied().unwrap_or(Value::None);
    let path = str_arg(vm, p, "read() argument")?;
    match vm.host.read_file(&path) {
        Ok(data) => {
            vm.reserve(data.len())?;
            Ok(vm.new_bytes(data, false))
        }
        Err(e) => Err(os_error(vm, e, p)),
    }
}

fn write(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "write", args, kw, 3, 3)?;
    let [p, data, mode] = [0, 1, 2].map(|i| args.get(i).copied().unwrap_or(Value::None));
    let path = str_arg(vm, p, "write() argument")?;
    let Some((data, _)) = vm.bytes_of(data) else {
        let tn = vm.type_name(data);
        return Err(vm.type_error(alloc::format!("a bytes-like object is required, not '{tn}'")));
    };
    let mode = match mode {
        Value::Int(1) => WriteMode::Append,
        Value::Int(2) => WriteMode::CreateNew,
        _ => WriteMode::Truncate,
    };
    match vm.host.write_file(&path, &data, mode) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(vm, e, p)),
    }
}

/// The path argument of a query: a str, kept for the error.
fn path_arg(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
) -> PyResult<(Value, alloc::string::String)> {
    no_kwargs_arity(vm, name, args, kw, 1, 1)?;
    let p = args.first().copied().unwrap_or(Value::None);
    let path = str_arg(vm, p, "path")?;
    Ok((p, path))
}

fn stat(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (p, path) = path_arg(vm, "stat", args, kw)?;
    match vm.host.file_info(&path) {
        Ok(info) => {
            let size = vm.new_int_i128(i128::from(info.size))?;
            let mtime = match info.mtime_ns {
                Some(ns) => vm.new_int_i128(i128::from(ns))?,
                None => Value::None,
            };
            let perms = info.permissions.map_or(Value::None, |p| Value::Int(i64::from(p)));
            Ok(vm.new_tuple(alloc::vec![Value::Bool(info.is_file), Value::Bool(info.is_dir), size, mtime, perms]))
        }
        Err(e) => Err(os_error(vm, e, p)),
    }
}

fn listdir(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (p, path) = path_arg(vm, "listdir", args, kw)?;
    match vm.host.list_dir(&path) {
        Ok(names) => {
            let items = names.iter().map(|n| vm.new_str(n)).collect();
            Ok(vm.new_list(items))
        }
        Err(e) => Err(os_error(vm, e, p)),
    }
}

fn remove(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (p, path) = path_arg(vm, "remove", args, kw)?;
    vm.host.remove_file(&path).map(|()| Value::None).map_err(|e| os_error(vm, e, p))
}

fn mkdir(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (p, path) = path_arg(vm, "mkdir", args, kw)?;
    vm.host.make_dir(&path).map(|()| Value::None).map_err(|e| os_error(vm, e, p))
}

fn rmdir(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (p, path) = path_arg(vm, "rmdir", args, kw)?;
    vm.host.remove_dir(&path).map(|()| Value::None).map_err(|e| os_error(vm, e, p))
}

/// `rename(src, dst)`; a failure names both paths (`'a' -> 'b'`).
fn rename(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "rename", args, kw, 2, 2)?;
    let [src, dst] = [0, 1].map(|i| args.get(i).copied().unwrap_or(Value::None));
    let from = str_arg(vm, src, "src")?;
    let to = str_arg(vm, dst, "dst")?;
    vm.host.rename(&from, &to).map(|()| Value::None).map_err(|e| os_error2(vm, e, src, dst))
}

fn getcwd(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "getcwd", args, kw, 0, 0)?;
    match vm.host.current_dir() {
        Ok(dir) => Ok(vm.new_str(&dir)),
        Err(e) => Err(os_error(vm, e, Value::None)),
    }
}

fn chdir(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (p, path) = path_arg(vm, "chdir", args, kw)?;
    vm.host.set_current_dir(&path).map(|()| Value::None).map_err(|e| os_error(vm, e, p))
}

fn environ(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "environ", args, kw, 0, 0)?;
    let vars = vm.host.env_vars();
    let mut pairs = alloc::vec::Vec::with_capacity(vars.len());
    for (name, value) in &vars {
        let name = vm.new_str(name);
        let value = vm.new_str(value);
        pairs.push(vm.new_tuple(alloc::vec![name, value]));
    }
    Ok(vm.new_list(pairs))
}

fn urandom(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "urandom", args, kw, 1, 1)?;
    let n = match super::index_int(vm, args.first().copied().unwrap_or(Value::None))? {
        PyInt::Small(n) => n,
        PyInt::Big(b) if b.is_negative() => -1,
        PyInt::Big(_) => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    };
    let Ok(n) = usize::try_from(n) else { return Err(vm.value_error("negative argument not allowed")) };
    vm.reserve(n)?;
    let mut data = alloc::vec![0u8; n];
    if !vm.host.fill_random(&mut data) {
        return Err(vm.not_implemented_error("os.urandom: the host has no source of randomness"));
    }
    Ok(vm.new_bytes(data, false))
}
