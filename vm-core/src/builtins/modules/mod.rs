//! Built-in modules (`math`, `cmath`, `random`, `time`, `_json`, `_struct`, `_sre`, `_hashlib`, `_array`, `_hostfile`, `_traceback`, `_functools`, `_weakref`, `unicodedata`, `sys`, `gc`): each is a table of
//! native functions plus an initializer for its constants, found by name
//! when a script imports it.

#[cfg(feature = "array-module")]
pub mod array;
#[cfg(feature = "mod-functools")]
pub mod cache_call;
pub mod cmath;
pub mod gc;
#[cfg(feature = "mod-hashlib")]
pub mod hashing;
#[cfg(feature = "open")]
pub mod hostfile;
pub mod json;
#[cfg(feature = "mod-math")]
pub mod math;
#[cfg(feature = "mod-struct")]
pub mod packing;
#[cfg(feature = "mod-random")]
pub mod random;
#[cfg(feature = "mod-re")]
pub mod regex;
#[cfg(feature = "exception-groups")]
pub mod star;
pub mod structseq;
pub mod sys;
pub mod time;
#[cfg(feature = "mod-traceback")]
pub mod traceback_info;
#[cfg(feature = "mod-unicodedata")]
pub mod unicodedata;
#[cfg(feature = "mod-weakref")]
pub mod weakref;

#[cfg(feature = "big-int")]
use crate::runtime::bigint::BigInt;
use crate::runtime::int_ops::PyInt;
use alloc::format;

use crate::runtime::int_ops;
use crate::runtime::object::{BuiltinDef, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// A built-in module's description.
pub struct NativeModule {
    /// The module name (`math`).
    pub name: &'static str,
    /// Its functions.
    pub functions: &'static [BuiltinDef],
    /// Fills in everything else (constants, state) in the module's namespace dict.
    pub init: fn(&mut Vm, ObjRef),
}

/// Every built-in module this build has: `sys` and `gc` always, `math`,
/// `random` and `time` with their `mod-NAME` features (on by default). A
/// module left out is not linked (its code still compiles).
pub static NATIVE_MODULES: &[&NativeModule] = &[
    #[cfg(feature = "mod-math")]
    &math::MODULE,
    #[cfg(feature = "mod-cmath")]
    &cmath::MODULE,
    #[cfg(feature = "mod-random")]
    &random::MODULE,
    #[cfg(feature = "mod-time")]
    &time::MODULE,
    #[cfg(feature = "mod-json")]
    &json::MODULE,
    #[cfg(feature = "mod-struct")]
    &packing::MODULE,
    #[cfg(feature = "mod-re")]
    &regex::MODULE,
    #[cfg(feature = "mod-hashlib")]
    &hashing::MODULE,
    #[cfg(feature = "array-module")]
    &array::MODULE,
    #[cfg(feature = "open")]
    &hostfile::MODULE,
    #[cfg(feature = "mod-traceback")]
    &traceback_info::MODULE,
    #[cfg(feature = "exception-groups")]
    &star::MODULE,
    #[cfg(feature = "mod-functools")]
    &cache_call::MODULE,
    #[cfg(feature = "mod-weakref")]
    &weakref::MODULE,
    #[cfg(feature = "mod-unicodedata")]
    &unicodedata::MODULE,
    &sys::MODULE,
    &gc::MODULE,
];

/// The built-in module called `name`.
pub fn find(name: &str) -> Option<&'static NativeModule> {
    NATIVE_MODULES.iter().copied().find(|m| m.name == name)
}

// ----- argument helpers shared by the modules -----

/// Keyword arguments as (name, value) pairs.
#[cfg(any(feature = "mod-math", feature = "mod-random"))]
pub(crate) type KwList = alloc::vec::Vec<(ObjRef, Value)>;

/// A float argument the way CPython's `PyFloat_AsDouble` takes it: floats,
/// ints (big ones correctly rounded, or `OverflowError`), bools, and
/// instances with `__float__` or `__index__`.
pub(crate) fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(f),
        Value::Int(i) => return Ok(i as f64),
        Value::Bool(b) => return Ok(if b { 1.0 } else { 0.0 }),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(b) => {
                return int_ops::bigint_to_f64(b).map_err(|e| {
                    let e = crate::runtime::num::NumErr::from(e);
                    vm.num_error(e)
                })
            }
            Obj::Instance(_) => {
                let name = vm.names.float_;
                if let Some(f) = vm.call_method_opt(v, name, &[])? {
                    if let Value::Float(x) = f {
                        return Ok(x);
                    }
                    let (cn, tn) = (vm.type_name(v), vm.type_name(f));
                    return Err(vm.type_error(format!("{cn}.__float__ returned non-float (type {tn})")));
                }
                let name = vm.names.index;
                if let Some(i) = vm.call_method_opt(v, name, &[])? {
                    if vm.is_int(i) {
                        return float_arg(vm, i);
                    }
                    return Err(vm.index_non_int_error(i));
                }
            }
            _ => {}
        },
        _ => {}
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("must be real number, not {tn}")))
}

/// An integer argument of any size (ints, bools, instances with `__index__`),
/// or `TypeError: 'T' object cannot be interpreted as an integer`.
#[cfg(feature = "big-int")]
pub(crate) fn index_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    Ok(index_int(vm, v)?.to_big())
}

/// [`index_arg`] as a small or big int.
pub(crate) fn index_int(vm: &mut Vm, v: Value) -> PyResult<PyInt> {
    match v {
        Value::Int(i) => return Ok(PyInt::Small(i)),
        Value::Bool(b) => return Ok(PyInt::Small(b as i64)),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(b) => return Ok(PyInt::Big(b.clone())),
            Obj::Instance(_) => {
                let name = vm.names.index;
                if let Some(i) = vm.call_method_opt(v, name, &[])? {
                    if vm.is_int(i) {
                        return index_int(vm, i);
                    }
                    return Err(vm.index_non_int_error(i));
                }
            }
            _ => {}
        },
        _ => {}
    }
    Err(vm.not_integer_error(v))
}

/// `TypeError: f() missing 1 required positional argument: 'x'`.
#[cfg(feature = "mod-random")]
pub(crate) fn missing_arg(vm: &mut Vm, fname: &str, arg: &str) -> crate::runtime::object::PyErr {
    vm.type_error(format!("{fname}() missing 1 required positional argument: '{arg}'"))
}

/// Positional-or-keyword parameter binding for native functions: fills
/// `names` from `args` then `kw`, with CPython's messages for too many
/// arguments, duplicates and unknown keywords. Unset parameters are `None`.
pub(crate) fn bind_args<const N: usize>(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let mut out = [None; N];
    if args.len() > N {
        let n = args.len();
        let plural = if N == 1 { "" } else { "s" };
        let verb = if n == 1 { "was" } else { "were" };
        return Err(vm.type_error(format!("{fname}() takes {N} positional argument{plural} but {n} {verb} given")));
    }
    for (slot, &a) in out.iter_mut().zip(args) {
        *slot = Some(a);
    }
    for &(k, v) in kw {
        let text = vm.str_text(k);
        match names.iter().zip(out.iter_mut()).find(|(n, _)| **n == text) {
            Some((_, slot)) if slot.is_some() => {
                return Err(vm.type_error(format!("{fname}() got multiple values for argument '{text}'")));
            }
            Some((_, slot)) => *slot = Some(v),
            None => {
                return Err(vm.type_error(format!("{fname}() got an unexpected keyword argument '{text}'")));
            }
        }
    }
    Ok(out)
}

/// Test support: runs every `(source, expected output)` case through
/// [`run_with`] and fails listing all mismatches.
#[cfg(all(test, feature = "compiler"))]
pub(crate) fn assert_cases(module: &NativeModule, cases: &[(&str, &str)]) {
    let mut failures = alloc::vec::Vec::new();
    for (src, expected) in cases {
        let got = run_with(module, src);
        if got != *expected {
            failures.push(alloc::format!("--- {src}\nexpected: {expected}got:      {got}"));
        }
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

/// Test support: runs `src` with every name of `module` (functions and the
/// constants its `init` sets) visible as a builtin, like `from m import *`.
/// Returns stdout, plus `Kind: message` of an uncaught exception.
#[cfg(all(test, feature = "compiler"))]
pub(crate) fn run_with(module: &NativeModule, src: &str) -> alloc::string::String {
    use crate::vm::{BufferHost, VmConfig};
    let mut vm = Vm::new(VmConfig::default(), alloc::boxed::Box::new(BufferHost::default()));
    let ns = vm.new_dict_obj();
    for def in module.functions {
        let f = vm.heap.alloc(Obj::Builtin { def, receiver: Value::Null });
        let name = vm.intern(def.name);
        let _ = vm.dict_set_str(ns, name, Value::Obj(f));
    }
    (module.init)(&mut vm, ns);
    let entries: alloc::vec::Vec<(Value, Value)> = match vm.heap.get(ns) {
        Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
        _ => alloc::vec::Vec::new(),
    };
    let b = vm.builtins;
    for (k, v) in entries {
        if let Value::Obj(k) = k {
            let _ = vm.dict_set_str(b, k, v);
        }
    }
    let result = vm.run_source(src, "<test>");
    let mut out = vm.take_buffered_stdout().unwrap_or_default();
    if let Err(e) = result {
        out.push_str(&alloc::format!("{e}\n"));
    }
    out
}
