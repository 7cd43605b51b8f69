//! `sys` facts as struct sequences (feature `rare-methods`):
//! `version_info`, `float_info`, `hash_info`, `int_info`; and `getsizeof`.

use alloc::vec;
use alloc::vec::Vec;

use super::super::structseq::{self, StructSeqDef};
use crate::builtins::{arg_at, arity, no_kwargs};
use crate::runtime::object::{Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// Sets `version_info` (replacing the plain tuple), `float_info`,
/// `hash_info` and `int_info` in the `sys` namespace `ns`.
pub(super) fn install(vm: &mut Vm, ns: ObjRef) {
    let final_ = vm.new_str("final");
    let version_info =
        struct_seq(vm, &VERSION_INFO, vec![Value::Int(3), Value::Int(11), Value::Int(0), final_, Value::Int(0)]);
    let float_info = struct_seq(vm, &FLOAT_INFO, float_info_items());
    let algorithm = Value::Obj(vm.intern("fnv"));
    let hash_info = struct_seq(vm, &HASH_INFO, hash_info_items(algorithm));
    let int_info = struct_seq(vm, &INT_INFO, [30, 4, 4300, 640].map(Value::Int).to_vec());
    let entries =
        [("version_info", version_info), ("float_info", float_info), ("hash_info", hash_info), ("int_info", int_info)];
    for (name, value) in entries {
        let key = vm.intern(name);
        let _ = vm.dict_set_str(ns, key, value);
    }
}

/// `sys.version_info`.
static VERSION_INFO: StructSeqDef = StructSeqDef {
    module: "sys",
    name: "version_info",
    fields: &["major", "minor", "micro", "releaselevel", "serial"],
    n_sequence: 5,
};

/// `sys.float_info`: the facts of an IEEE 754 double.
static FLOAT_INFO: StructSeqDef = StructSeqDef {
    module: "sys",
    name: "float_info",
    fields: &[
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ],
    n_sequence: 11,
};

fn float_info_items() -> Vec<Value> {
    let i = |n: i64| Value::Int(n);
    vec![
        Value::Float(f64::MAX),
        i(f64::MAX_EXP as i64),
        i(f64::MAX_10_EXP as i64),
        Value::Float(f64::MIN_POSITIVE),
        i(f64::MIN_EXP as i64),
        i(f64::MIN_10_EXP as i64),
        i(f64::DIGITS as i64),
        i(f64::MANTISSA_DIGITS as i64),
        Value::Float(f64::EPSILON),
        i(f64::RADIX as i64),
        i(1),
    ]
}

/// `sys.hash_info`: the parameters of `hash()` (`runtime::int_ops`).
static HASH_INFO: StructSeqDef = StructSeqDef {
    module: "sys",
    name: "hash_info",
    fields: &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
    n_sequence: 9,
};

fn hash_info_items(algorithm: Value) -> Vec<Value> {
    use crate::runtime::int_ops::{HASH_INF, HASH_MODULUS};
    let i = |n: i64| Value::Int(n);
    vec![i(64), i(HASH_MODULUS as i64), i(HASH_INF), i(0), i(1_000_003), algorithm, i(64), i(0), i(0)]
}

/// `sys.int_info`.
static INT_INFO: StructSeqDef = StructSeqDef {
    module: "sys",
    name: "int_info",
    fields: &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
    n_sequence: 4,
};

/// An instance of a new struct sequence class `def` (a plain tuple if the
/// class could not be made).
fn struct_seq(vm: &mut Vm, def: &StructSeqDef, items: Vec<Value>) -> Value {
    let roots = vm.temp_roots.len();
    vm.temp_roots.extend(items.iter().copied());
    let made = match structseq::new_class(vm, def) {
        Some(class) => structseq::new_instance(vm, class, def, items.clone()).ok(),
        None => None,
    };
    vm.temp_roots.truncate(roots);
    made.unwrap_or_else(|| vm.new_tuple(items))
}

/// `sys.getsizeof(obj[, default])`: the bytes ouro uses for `obj` (its heap
/// slot and what it owns; a value held inline, such as a small int, is one
/// `Value`), or what a Python `__sizeof__` of its class returns. The sizes
/// are ouro's, not CPython's.
pub(super) fn getsizeof(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "getsizeof", kw)?;
    arity(vm, "getsizeof", args, 1, 2)?;
    let obj = arg_at(args, 0);
    let key = vm.intern("__sizeof__");
    let class = vm.class_of(obj);
    if let Some(f @ Value::Obj(r)) = vm.lookup_class_attr(class, key) {
        if matches!(vm.heap.get(r), Obj::Function(_)) {
            let n = vm.call_value(f, &[obj])?;
            if !vm.is_int(n) {
                return Err(vm.not_integer_error(n));
            }
            if vm.to_i64(n).is_some_and(|n| n < 0) {
                return Err(vm.value_error("__sizeof__() should return >= 0"));
            }
            return Ok(n);
        }
    }
    Ok(Value::Int(crate::builtins::objects::ouro_size_of(vm, obj) as i64))
}
