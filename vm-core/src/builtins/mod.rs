//! Built-in functions, constructors of built-in types, and the methods of
//! `str`, `list`, `dict` and friends. Each table is data (`BuiltinDef` arrays)
//! installed once by [`install`].

#[cfg(feature = "coroutines")]
mod async_generators;
pub(crate) mod bytes;
mod codec_errors;
mod complex;
#[cfg(feature = "builtin-dunders")]
mod dunders;
#[cfg(feature = "builtin-dunders")]
mod protocol_dunders;
#[cfg(not(feature = "builtin-dunders"))]
mod dunders {
    //! Without the `builtin-dunders` feature the built-in types' dunders
    //! are not attributes (`(5).__add__` is an AttributeError), nor are
    //! the call and descriptor protocols of functions (`f.__call__`).
    use crate::runtime::object::BuiltinDef;
    use crate::runtime::value::{ObjRef, Value};
    use crate::vm::Vm;

    impl Vm {
        pub(crate) fn builtin_dunder_attr(&mut self, _obj: Value, _class: ObjRef, _name: ObjRef) -> Option<Value> {
            None
        }

        pub(crate) fn builtin_dunder_class_attr(&mut self, _class: ObjRef, _name: ObjRef) -> Option<Value> {
            None
        }

        pub(crate) fn object_dunder_attr(&mut self, _obj: Value, _name: ObjRef) -> Option<Value> {
            None
        }

        pub(crate) fn dunder_wrapper_repr(&self, _def: &BuiltinDef, _receiver: Value) -> Option<alloc::string::String> {
            None
        }

        pub(crate) fn builtin_receiver<'a>(&'a self, _def: &BuiltinDef, receiver: &'a Value) -> &'a [Value] {
            core::slice::from_ref(receiver)
        }

        pub(crate) fn bind_slot_wrapper(
            &mut self,
            _def: &'static BuiltinDef,
            _receiver: Value,
            _instance: Value,
        ) -> Option<Value> {
            None
        }

        #[cfg(feature = "rare-methods")]
        pub(crate) fn dunder_wrapper_owner(&self, _def: &BuiltinDef, _receiver: Value) -> Option<ObjRef> {
            None
        }

        #[cfg(feature = "rare-methods")]
        pub(crate) fn dunder_wrapper_bound(&self, _def: &BuiltinDef, _receiver: Value) -> Option<bool> {
            None
        }

        pub(crate) fn protocol_dunder_attr(
            &mut self,
            _obj: Value,
            _name: ObjRef,
        ) -> crate::runtime::object::PyResult<Option<Value>> {
            Ok(None)
        }

        pub(crate) fn class_call_attr(&mut self, _class: ObjRef, _name: ObjRef) -> Option<Value> {
            None
        }
    }
}
mod eval;
#[cfg(feature = "compiler")]
pub(crate) use eval::compile_error_exception;
mod exceptions;
pub(crate) use exceptions::{exception_keywords, exception_setup, os_error_setup};
pub mod format;
pub use exceptions::set_exception_attr;
pub use functions::len_of;
pub use types::dict_merge;
pub(crate) mod functions;
mod generators;
#[cfg(feature = "coroutines")]
pub(crate) use generators::throw_args_exception;
mod methods;
pub mod modules;
mod objects;
mod python_loops;
#[cfg(feature = "rare-methods")]
mod rare;
pub use python_loops::PythonLoop;
#[cfg(feature = "rare-methods")]
pub(crate) use rare::MethodKind;
mod sets;
mod sort;
mod types;

use alloc::format;
use alloc::string::String;

use crate::runtime::object::{BuiltinDef, Obj, PyErr, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// Number of items in `range(start, stop, step)`.
pub fn range_len(start: i64, stop: i64, step: i64) -> usize {
    // The distance between two i64s fits a u64 (wrapping subtraction gives
    // it exactly), so no 128-bit division is needed (it is a library call
    // on every target, and a long one on 32-bit ones).
    let count = |from: i64, to: i64| (to.wrapping_sub(from) as u64 - 1) / step.unsigned_abs() + 1;
    if step > 0 && start < stop {
        count(start, stop) as usize
    } else if step < 0 && start > stop {
        count(stop, start) as usize
    } else {
        0
    }
}

/// Number of items in a big range.
pub fn big_range_len(
    start: &crate::runtime::bigint::BigInt,
    stop: &crate::runtime::bigint::BigInt,
    step: &crate::runtime::bigint::BigInt,
) -> crate::runtime::bigint::BigInt {
    #[cfg(not(feature = "big-int"))]
    match *start {}
    #[cfg(feature = "big-int")]
    {
        use num_traits::{Signed, Zero};
        let zero = crate::runtime::bigint::BigInt::zero();
        if step.is_positive() && start < stop {
            (stop - start - 1u32) / step + 1u32
        } else if step.is_negative() && start > stop {
            (start - stop - 1u32) / (-step) + 1u32
        } else {
            zero
        }
    }
}

/// The TypeError of a built-in type's method called on something else
/// (`list.append(1, 2)`) or on nothing (`list.append()`), with CPython's
/// messages; `owner` is the type's name.
pub(crate) fn descriptor_error(vm: &mut Vm, name: &str, owner: &str, args: &[Value]) -> PyErr {
    match args.first() {
        Some(&v) => {
            let tn = vm.type_name(v);
            vm.type_error(format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{tn}' object"))
        }
        None => vm.type_error(format!("unbound method {owner}.{name}() needs an argument")),
    }
}

/// Whether `def` is a plain built-in function (of `builtins` or of a
/// native module), which a class attribute gives as it is (`converter =
/// time.gmtime` is called without `self`), unlike a built-in type's
/// method (`list.append`), which binds to the instance it is read through.
/// The [`METHOD_MODULES`]' functions are the exception.
pub(crate) fn is_plain_function(def: &'static BuiltinDef) -> bool {
    let within = |table: &'static [BuiltinDef]| table.as_ptr_range().contains(&(def as *const BuiltinDef));
    #[cfg(feature = "coroutines")]
    let async_builtin = within(async_generators::FUNCTIONS);
    #[cfg(not(feature = "coroutines"))]
    let async_builtin = false;
    within(functions::FUNCTIONS)
        || within(eval::FUNCTIONS)
        || async_builtin
        || modules::NATIVE_MODULES.iter().any(|m| !METHOD_MODULES.contains(&m.name) && within(m.functions))
}

/// The native modules whose functions are methods of a class written in
/// Python (`array.array`'s, `functools`' cache wrapper's `__call__`,
/// `weakref.ref`'s `__call__`), so bound to the instance like the class's
/// Python functions.
const METHOD_MODULES: &[&str] = &["_array", "_functools", "_weakref"];

fn install_table(vm: &mut Vm, dict: ObjRef, table: &'static [BuiltinDef]) {
    for def in table {
        let f = vm.heap.alloc(Obj::Builtin { def, receiver: Value::Null });
        let name = vm.intern(def.name);
        let _ = vm.dict_set_str(dict, name, Value::Obj(f));
    }
}

/// The dict of a built-in class, to install attributes in: its own, made
/// now if it still shares [`Vm::shared_class_dict`].
fn class_dict(vm: &mut Vm, class: ObjRef) -> ObjRef {
    let shared = vm.shared_class_dict;
    match vm.heap.get(class) {
        Obj::Class(c) if c.dict == shared => {
            let d = vm.new_dict_obj();
            if let Obj::Class(c) = vm.heap.get_mut(class) {
                c.dict = d;
            }
            d
        }
        Obj::Class(c) => c.dict,
        _ => vm.builtins,
    }
}

/// Installs the built-in namespace, type constructors and methods.
pub fn install(vm: &mut Vm) {
    let b = vm.builtins;
    install_table(vm, b, functions::FUNCTIONS);
    install_table(vm, b, eval::FUNCTIONS);
    // `builtins.True` and friends exist in CPython as attributes of the module.
    for (name, v) in [("True", Value::Bool(true)), ("False", Value::Bool(false)), ("None", Value::None)] {
        let n = vm.intern(name);
        let _ = vm.dict_set_str(b, n, v);
    }
    types::install_types(vm);
    // `enumerate` and `zip` are types in Python; calling them builds the iterator.
    let t = vm.types;
    vm.set_ctor(t.enumerate, functions::enumerate);
    vm.set_ctor(t.zip, functions::zip);
    vm.set_ctor(t.map, functions::map);
    vm.set_ctor(t.filter, functions::filter);
    objects::install(vm);
    vm.set_ctor(t.set, sets::set_new);
    vm.set_ctor(t.frozenset, sets::frozenset_new);
    let t = vm.types;
    complex::install(vm);
    bytes::install(vm);
    // Without the `bytes` feature their methods are not installed (see
    // `bytes::is_missing_method`).
    #[cfg(feature = "bytes")]
    let bytes_tables: [(ObjRef, &'static [BuiltinDef]); 9] = [
        (t.bytes, bytes::BYTES_METHODS),
        (t.bytes, bytes::BYTES_TEXT_METHODS),
        (t.bytearray, bytes::BYTES_TEXT_METHODS),
        (t.bytes, bytes::BYTES_ONLY_METHODS),
        (t.bytearray, bytes::BYTES_METHODS),
        (t.bytearray, bytes::BYTEARRAY_METHODS),
        (t.bytes, bytes::BYTES_MORE_METHODS),
        (t.bytearray, bytes::BYTES_MORE_METHODS),
        (t.bytearray, bytes::BYTEARRAY_MORE_METHODS),
    ];
    #[cfg(not(feature = "bytes"))]
    let bytes_tables: [(ObjRef, &'static [BuiltinDef]); 0] = [];
    let tables: [(ObjRef, &'static [BuiltinDef]); 12] = [
        (t.slice, methods::SLICE_METHODS),
        (t.complex, complex::COMPLEX_METHODS),
        (t.generator, generators::GENERATOR_METHODS),
        (t.coroutine, generators::COROUTINE_METHODS),
        (t.str_, methods::STR_METHODS),
        (t.list, methods::LIST_METHODS),
        (t.dict, methods::DICT_METHODS),
        (t.tuple, methods::TUPLE_METHODS),
        (t.float, methods::FLOAT_METHODS),
        (t.int, methods::INT_METHODS),
        (t.set, sets::SET_METHODS),
        (t.frozenset, sets::FROZENSET_METHODS),
    ];
    #[cfg(feature = "rare-methods")]
    let rare_tables = [
        (t.type_, rare::TYPE_METHODS),
        (t.str_, rare::STR_METHODS),
        (t.float, rare::FLOAT_METHODS),
        (t.range, rare::RANGE_METHODS),
        (t.dict_keys, rare::DICT_VIEW_METHODS),
        (t.dict_items, rare::DICT_VIEW_METHODS),
    ];
    #[cfg(not(feature = "rare-methods"))]
    let rare_tables: [(ObjRef, &'static [BuiltinDef]); 0] = [];
    #[cfg(all(feature = "rare-methods", feature = "bytes"))]
    let rare_tables =
        rare_tables.into_iter().chain([(t.bytes, bytes::BYTES_RARE_METHODS), (t.bytearray, bytes::BYTES_RARE_METHODS)]);
    for (class, table) in bytes_tables.into_iter().chain(tables).chain(rare_tables) {
        let d = class_dict(vm, class);
        install_table(vm, d, table);
    }
    #[cfg(feature = "coroutines")]
    {
        install_table(vm, b, async_generators::FUNCTIONS);
        let t = vm.types;
        let tables = [
            (t.async_generator, async_generators::ASYNC_GENERATOR_METHODS),
            (t.async_generator_asend, async_generators::ASYNC_GEN_OP_METHODS),
            (t.async_generator_athrow, async_generators::ASYNC_GEN_OP_METHODS),
        ];
        for (class, table) in tables {
            let d = class_dict(vm, class);
            install_table(vm, d, table);
        }
    }
    let d = class_dict(vm, vm.exc.base_exception);
    install_table(vm, d, exceptions::BASE_EXCEPTION_METHODS);
    let d = class_dict(vm, vm.exc.os_error);
    install_table(vm, d, exceptions::OS_ERROR_METHODS);
    for name in exceptions::OS_ERROR_ATTRS {
        let n = vm.intern(name);
        let _ = vm.dict_set_str(d, n, Value::None);
    }
    #[cfg(feature = "rare-methods")]
    for (class, attrs) in exceptions::exception_fields(vm) {
        let d = class_dict(vm, class);
        for name in attrs {
            let n = vm.intern(name);
            let _ = vm.dict_set_str(d, n, Value::None);
        }
        install_table(vm, d, core::slice::from_ref(&exceptions::FIELDS_INIT));
    }
    #[cfg(feature = "rare-methods")]
    for (class, def) in [
        (vm.exc.syntax_error, &exceptions::SYNTAX_ERROR_STR),
        (vm.exc.unicode_decode_error, &exceptions::UNICODE_ERROR_STR),
        (vm.exc.unicode_encode_error, &exceptions::UNICODE_ERROR_STR),
    ] {
        let d = class_dict(vm, class);
        install_table(vm, d, core::slice::from_ref(def));
    }
    #[cfg(feature = "bytes")]
    for class in [vm.types.bytes, vm.types.bytearray] {
        let f = vm.heap.alloc(Obj::Builtin { def: &bytes::FROMHEX, receiver: Value::Null });
        let cm = vm.heap.alloc(Obj::ClassMethod(Value::Obj(f)));
        let d = class_dict(vm, class);
        let name = vm.intern("fromhex");
        let _ = vm.dict_set_str(d, name, Value::Obj(cm));
        let f = vm.heap.alloc(Obj::Builtin { def: &bytes::MAKETRANS, receiver: Value::Null });
        let sm = vm.heap.alloc(Obj::StaticMethod(Value::Obj(f)));
        let name = vm.intern("maketrans");
        let _ = vm.dict_set_str(d, name, Value::Obj(sm));
    }
    let tb = vm.heap.alloc(Obj::Builtin { def: &bytes::INT_TO_BYTES, receiver: Value::Null });
    let fb = vm.heap.alloc(Obj::Builtin { def: &bytes::INT_FROM_BYTES, receiver: Value::Null });
    let fb = vm.heap.alloc(Obj::ClassMethod(Value::Obj(fb)));
    let d = class_dict(vm, vm.types.int);
    for (name, f) in [("to_bytes", tb), ("from_bytes", fb)] {
        let name = vm.intern(name);
        let _ = vm.dict_set_str(d, name, Value::Obj(f));
    }
    let enc = vm.heap.alloc(Obj::Builtin { def: &bytes::STR_ENCODE, receiver: Value::Null });
    let d = class_dict(vm, vm.types.str_);
    let name = vm.intern("encode");
    let _ = vm.dict_set_str(d, name, Value::Obj(enc));
    #[cfg(feature = "rare-methods")]
    {
        let mt = vm.heap.alloc(Obj::Builtin { def: &rare::STR_MAKETRANS, receiver: Value::Null });
        let mt = vm.heap.alloc(Obj::StaticMethod(Value::Obj(mt)));
        let fh = vm.heap.alloc(Obj::Builtin { def: &rare::FLOAT_FROMHEX, receiver: Value::Null });
        let fh = vm.heap.alloc(Obj::ClassMethod(Value::Obj(fh)));
        for (class, name, f) in [(vm.types.str_, "maketrans", mt), (vm.types.float, "fromhex", fh)] {
            let d = class_dict(vm, class);
            let name = vm.intern(name);
            let _ = vm.dict_set_str(d, name, Value::Obj(f));
        }
    }
    let fk = vm.heap.alloc(Obj::Builtin { def: &methods::DICT_FROMKEYS, receiver: Value::Null });
    let cm = vm.heap.alloc(Obj::ClassMethod(Value::Obj(fk)));
    let d = class_dict(vm, vm.types.dict);
    let name = vm.intern("fromkeys");
    let _ = vm.dict_set_str(d, name, Value::Obj(cm));
    // Every built-in class CPython's `builtins` names is reachable by name
    // (one loop over each table, not a call site per class); the others
    // (`function`, `list_iterator`, `NoneType`, ...) only through `type()`.
    const PUBLIC_TYPES: &[&str] = &[
        "object",
        "type",
        "int",
        "bool",
        "float",
        "complex",
        "bytes",
        "bytearray",
        "str",
        "list",
        "tuple",
        "dict",
        "range",
        "slice",
        "enumerate",
        "zip",
        "map",
        "filter",
        "staticmethod",
        "classmethod",
        "property",
        "super",
        "set",
        "frozenset",
    ];
    macro_rules! bind_classes {
        ($set:ident, $ty:ident; $(($field:ident, $name:literal, $base:ident)),* $(,)?) => {{
            const NAMES: &[&str] = &[$($name),*];
            for (&name, class) in NAMES.iter().zip(vm.$set.to_array()) {
                if stringify!($set) == "types" && !PUBLIC_TYPES.contains(&name) {
                    continue;
                }
                let name = vm.intern(name);
                let _ = vm.dict_set_str(b, name, Value::Obj(class));
            }
        }};
    }
    macro_rules! bind_types {
        ($($t:tt)*) => {
            bind_classes!(types, Types; $($t)*)
        };
    }
    crate::for_each_builtin_type!(bind_types);
    macro_rules! bind_excs {
        ($($t:tt)*) => {
            bind_classes!(exc, ExcTypes; $($t)*)
        };
    }
    crate::for_each_exception!(bind_excs);
    for alias in ["EnvironmentError", "IOError"] {
        let n = vm.intern(alias);
        let _ = vm.dict_set_str(b, n, Value::Obj(vm.exc.os_error));
    }
    let ni = vm.intern("NotImplemented");
    let _ = vm.dict_set_str(b, ni, Value::Obj(vm.not_implemented));
    let el = vm.intern("Ellipsis");
    let _ = vm.dict_set_str(b, el, Value::Obj(vm.ellipsis));
    #[cfg(feature = "rare-methods")]
    vm.note_builtin_methods();
}

/// Attributes computed from built-in values (`x.real`, `f.imag`, ...).
pub fn value_attr(vm: &mut Vm, obj: Value, name: ObjRef) -> PyResult<Option<Value>> {
    let n = vm.str_text(name);
    match (obj, n.as_str()) {
        (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Ok(Some(Value::Int(vm.to_i64(obj).unwrap_or(0)))),
        (Value::Int(_) | Value::Bool(_), "imag") => Ok(Some(Value::Int(0))),
        (Value::Int(_) | Value::Bool(_), "denominator") => Ok(Some(Value::Int(1))),
        (Value::Float(f), "real") => Ok(Some(Value::Float(f))),
        (Value::Float(_), "imag") => Ok(Some(Value::Float(0.0))),
        // A big int is its own real part and numerator too.
        #[cfg(feature = "big-int")]
        (Value::Obj(r), "real" | "imag" | "numerator" | "denominator") if matches!(vm.heap.get(r), Obj::BigInt(_)) => {
            Ok(Some(match n.as_str() {
                "real" | "numerator" => obj,
                "imag" => Value::Int(0),
                _ => Value::Int(1),
            }))
        }
        (Value::Obj(r), "real" | "imag") => match vm.heap.get(r) {
            Obj::Complex(z) => Ok(Some(Value::Float(if n == "real" { z.re } else { z.im }))),
            _ => Ok(None),
        },
        (Value::Obj(r), "start" | "stop" | "step") => match vm.heap.get(r) {
            Obj::Range { start, stop, step } => Ok(Some(Value::Int(match n.as_str() {
                "start" => *start,
                "stop" => *stop,
                _ => *step,
            }))),
            Obj::Slice(s) => {
                let [start, stop, step] = s.parts();
                Ok(Some(match n.as_str() {
                    "start" => start,
                    "stop" => stop,
                    _ => step,
                }))
            }
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

// ----- argument helpers shared by the tables -----

/// Positional argument `i`, which the caller's [`arity`] check (or its
/// receiver check) guarantees; `Value::Null`, the absent-argument marker,
/// should that ever not hold: a script's call never panics here.
#[inline]
pub(crate) fn arg_at(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::Null)
}

/// The positional arguments from `i` on (empty past the end).
#[inline]
pub(crate) fn args_from(args: &[Value], i: usize) -> &[Value] {
    args.get(i..).unwrap_or_default()
}

/// Checks the positional argument count.
pub(crate) fn arity(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name}() takes exactly {min} arguments ({n} given)"),
        }
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    Err(vm.type_error(msg))
}

/// Checks for exactly `n` positional arguments, worded as CPython's
/// fixed-count functions are (`unpack expected 2 arguments, got 1`).
pub(crate) fn exact_args(vm: &mut Vm, name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() == n {
        return Ok(());
    }
    let plural = if n == 1 { "" } else { "s" };
    Err(vm.type_error(format!("{name} expected {n} argument{plural}, got {}", args.len())))
}

/// Rejects keyword arguments for a function that takes none.
pub(crate) fn no_kwargs(vm: &mut Vm, name: &str, kw: &[(ObjRef, Value)]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// [`no_kwargs`] then [`arity`], the checks most built-ins start with, in
/// one out-of-line call on `small-code` builds (one call site per built-in
/// instead of two: about 20 bytes less code each on thumbv7em); inlined
/// elsewhere (out of line it cost tier 1 2.5% of its instructions on
/// method-heavy code).
#[cfg_attr(feature = "small-code", inline(never))]
#[cfg_attr(not(feature = "small-code"), inline)]
pub(crate) fn no_kwargs_arity(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kwargs(vm, name, kw)?;
    arity(vm, name, args, min, max)
}

/// Extracts the allowed keyword arguments by name, rejecting others.
#[inline]
pub(crate) fn kwargs<const N: usize>(
    vm: &mut Vm,
    fname: &str,
    kw: &[(ObjRef, Value)],
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let mut out = [None; N];
    kwargs_into(vm, fname, kw, &names, &mut out)?;
    Ok(out)
}

/// [`kwargs`]' work, one copy for every `N`: fills `out[i]` with the
/// keyword argument named `names[i]`.
#[inline(never)]
fn kwargs_into(
    vm: &mut Vm,
    fname: &str,
    kw: &[(ObjRef, Value)],
    names: &[&str],
    out: &mut [Option<Value>],
) -> PyResult<()> {
    for &(k, v) in kw {
        let text = vm.str_text(k);
        match names.iter().zip(out.iter_mut()).find(|(n, _)| **n == text) {
            Some((_, slot)) => *slot = Some(v),
            None => {
                return Err(vm.type_error(format!("'{text}' is an invalid keyword argument for {fname}()")));
            }
        }
    }
    Ok(())
}

/// A str argument's text, or a TypeError naming the function.
pub(crate) fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(String::from(s)),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

/// An integer argument (ints, bools, objects with `__index__`) as i64
/// (CPython's `PyNumber_AsSsize_t`: OverflowError beyond 64 bits).
pub(crate) fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.index_of(v)? {
        Some(Value::Int(i)) => Ok(i),
        Some(Value::Bool(b)) => Ok(b as i64),
        Some(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(vm.not_integer_error(v)),
    }
}

/// Built-ins that resume a generator (`CALL_GEN` runs them without
/// re-entering the interpreter).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum GenResumption {
    /// The built-in `next` (one argument, no default).
    NextBuiltin,
    /// `generator.__next__`.
    DunderNext,
    /// `generator.send`.
    Send,
}

/// Which generator resumption the built-in `f` is, if any.
pub(crate) fn generator_resumption(f: crate::runtime::object::NativeFn) -> Option<GenResumption> {
    let table: [(crate::runtime::object::NativeFn, GenResumption); 3] = [
        (functions::builtin_next, GenResumption::NextBuiltin),
        (generators::dunder_next, GenResumption::DunderNext),
        (generators::send, GenResumption::Send),
    ];
    table.into_iter().find(|&(g, _)| core::ptr::fn_addr_eq(f, g)).map(|(_, r)| r)
}

/// The JIT's runtime function that does what the built-in `f` (a method,
/// or a class's constructor) does for the arguments `lower` checks, for
/// the built-ins traces run without a call: `list.append`, `list.pop`,
/// `dict.get`, `set.add`, `int(float)`, `str.lower`, `str.upper`.
pub(crate) fn runtime_fn_of(f: crate::runtime::object::NativeFn) -> Option<crate::jit::ir::RuntimeFn> {
    use crate::jit::ir::RuntimeFn;
    let table: [(crate::runtime::object::NativeFn, RuntimeFn); 10] = [
        (methods::list_append, RuntimeFn::ListAppend),
        (sets::set_add, RuntimeFn::SetAdd),
        (methods::list_pop, RuntimeFn::ListPop),
        (methods::dict_get, RuntimeFn::DictGetOr),
        (types::int_new, RuntimeFn::IntOfFloat),
        (methods::str_lower, RuntimeFn::StrLower),
        (methods::str_upper, RuntimeFn::StrUpper),
        (types::range_new, RuntimeFn::RangeIter),
        (functions::reversed, RuntimeFn::RangeIterRev),
        (functions::iter, RuntimeFn::IterSeq),
    ];
    table.into_iter().find(|&(g, _)| core::ptr::fn_addr_eq(f, g)).map(|(_, r)| r)
}

/// `s.upper()` (or `s.lower()` when `upper` is false) as the method
/// computes it, for `rt str_upper`/`str_lower` on text the in-place path
/// does not take (long or non-ASCII).
pub(crate) fn str_case(vm: &mut Vm, s: ObjRef, upper: bool) -> PyResult<Value> {
    let method = if upper { methods::str_upper } else { methods::str_lower };
    method(vm, &[Value::Obj(s)], &[])
}

#[cfg(test)]
mod tests {
    /// `range_len` against the count computed in 128 bits, at the edges of i64.
    #[test]
    fn range_len_matches_wide_arithmetic() {
        let edges = [i64::MIN, i64::MIN + 1, -7, -1, 0, 1, 2, 3, 7, 1000, i64::MAX - 1, i64::MAX];
        for &start in &edges {
            for &stop in &edges {
                for &step in &edges {
                    if step == 0 {
                        continue;
                    }
                    let (a, b, s) = (start as i128, stop as i128, step as i128);
                    let want = if s > 0 && a < b {
                        (b - a - 1) / s + 1
                    } else if s < 0 && a > b {
                        (a - b - 1) / -s + 1
                    } else {
                        0
                    };
                    assert_eq!(super::range_len(start, stop, step), want as usize, "range({start}, {stop}, {step})");
                }
            }
        }
    }
}
