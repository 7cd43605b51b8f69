//! Constructors of the built-in types: `int(x)`, `str(x)`, `list(it)`, ...

use crate::builtins::arg_at;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{arity, int_arg, kwargs, no_kwargs, no_kwargs_arity};
use crate::runtime::int_ops;
use crate::runtime::num::Num;
#[cfg(feature = "big-int")]
use crate::runtime::object::BigRange;
use crate::runtime::object::{Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// Sets the constructors on the built-in type objects.
pub fn install_types(vm: &mut Vm) {
    let t = vm.types;
    vm.set_ctor(t.int, int_new);
    vm.set_ctor(t.float, float_new);
    vm.set_ctor(t.str_, str_new);
    vm.set_ctor(t.bool_, bool_new);
    vm.set_ctor(t.list, list_new);
    vm.set_ctor(t.tuple, tuple_new);
    vm.set_ctor(t.dict, dict_new);
    vm.set_ctor(t.range, range_new);
    vm.set_ctor(t.type_, type_new);
    vm.set_ctor(t.slice, slice_new);
}

pub(super) fn int_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [base_kw] = kwargs(vm, "int", kw, ["base"])?;
    arity(vm, "int", args, 0, 2)?;
    let base = args.get(1).copied().or(base_kw);
    let Some(&x) = args.first() else { return Ok(Value::Int(0)) };
    if let Some(b) = base {
        let b = int_arg(vm, b)?;
        if let Some((data, _)) = vm.bytes_of(x) {
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            return parse_int_bytes(vm, &data, b as u32);
        }
        let Some(s) = vm.as_str(x).map(String::from) else {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return parse_int_value(vm, &s, b as u32);
    }
    match vm.as_num(x) {
        Some(Num::Small(i)) => return Ok(Value::Int(i)),
        Some(Num::Big(_)) => return Ok(x),
        Some(Num::Float(f)) => {
            return match int_ops::f64_to_int(f) {
                Ok(i) => Ok(vm.new_pyint(i)),
                Err(e) => Err(vm.num_error(e.into())),
            };
        }
        None => {}
    }
    if let Some(s) = vm.as_str(x).map(String::from) {
        return parse_int_value(vm, &s, 10);
    }
    if let Some((data, _)) = vm.bytes_of(x) {
        return parse_int_bytes(vm, &data, 10);
    }
    for (name, dunder) in [(vm.names.int_, "__int__"), (vm.names.index, "__index__")] {
        if let Some(r) = vm.call_method_opt(x, name, &[])? {
            return match r {
                // A bool result is accepted (CPython warns) and converted.
                Value::Bool(b) => Ok(Value::Int(b as i64)),
                r if vm.is_int(r) => Ok(r),
                r => {
                    let tn = vm.type_name(r);
                    Err(vm.type_error(format!("{dunder} returned non-int (type {tn})")))
                }
            };
        }
    }
    let tn = vm.type_name(x);
    Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{tn}'")))
}

/// `int(b'...', base)`: the bytes (or bytearray) read as ASCII text (any
/// other byte makes the literal invalid); errors show them as a bytes repr.
fn parse_int_bytes(vm: &mut Vm, data: &[u8], base: u32) -> PyResult<Value> {
    let text: String = data.iter().map(|&b| if b.is_ascii() { b as char } else { '\u{fffd}' }).collect();
    if int_ops::parse_int(&text, base).is_some() {
        return parse_int_value(vm, &text, base);
    }
    let mut r = String::new();
    crate::runtime::bytes::bytes_repr(data, &mut r);
    Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
}

fn parse_int_value(vm: &mut Vm, s: &str, base: u32) -> PyResult<Value> {
    match int_ops::parse_int(s, base) {
        Some(Err(e)) => Err(vm.num_error(e.into())),
        Some(Ok(v)) => {
            // The limit applies to the bases that are not powers of two.
            let t = s.trim().trim_start_matches(['+', '-']);
            let prefixed =
                t.starts_with('0') && matches!(t.as_bytes().get(1), Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B'));
            let limited = !(base.is_power_of_two() || base == 0 && prefixed);
            if limited {
                let digits = t.bytes().filter(u8::is_ascii_alphanumeric).count();
                let limit = vm.int_max_str_digits;
                if limit != 0 && digits > limit {
                    return Err(vm.value_error(format!(
                        "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
                    )));
                }
            }
            Ok(match v {
                int_ops::PyInt::Small(i) => Value::Int(i),
                int_ops::PyInt::Big(b) => vm.new_bigint(b),
            })
        }
        None => {
            let mut r = String::new();
            crate::runtime::str_repr::str_repr(s, &mut r);
            let shown = if base == 0 { 0 } else { base };
            Err(vm.value_error(format!("invalid literal for int() with base {shown}: {r}")))
        }
    }
}

fn float_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "float", args, kw, 0, 1)?;
    let Some(&x) = args.first() else { return Ok(Value::Float(0.0)) };
    match vm.as_num(x) {
        Some(n) => match n.to_f64() {
            Ok(f) => Ok(Value::Float(f)),
            Err(e) => Err(vm.num_error(e)),
        },
        None => {
            if let Some(s) = vm.as_str(x).map(String::from) {
                return match crate::runtime::float_fmt::parse_float(&s) {
                    Some(f) => Ok(Value::Float(f)),
                    None => {
                        let mut r = String::new();
                        crate::runtime::str_repr::str_repr(&s, &mut r);
                        Err(vm.value_error(format!("could not convert string to float: {r}")))
                    }
                };
            }
            if let Some(r) = vm.call_method_opt(x, vm.names.float_, &[])? {
                return Ok(r);
            }
            // `float(b'1.5')`: the bytes (or bytearray) read as ASCII text.
            if let Some((data, mutable)) = vm.bytes_of(x) {
                let parsed = core::str::from_utf8(&data)
                    .ok()
                    .filter(|t| t.is_ascii())
                    .and_then(crate::runtime::float_fmt::parse_float);
                if let Some(f) = parsed {
                    return Ok(Value::Float(f));
                }
                let mut r = String::new();
                crate::runtime::bytes::bytes_repr(&data, &mut r);
                if mutable {
                    r = format!("bytearray({r})");
                }
                return Err(vm.value_error(format!("could not convert string to float: {r}")));
            }
            let tn = vm.type_name(x);
            Err(vm.type_error(format!("float() argument must be a string or a real number, not '{tn}'")))
        }
    }
}

fn str_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    #[cfg(feature = "bytes")]
    if !kw.is_empty() || args.len() > 1 {
        return str_from_bytes(vm, args, kw);
    }
    #[cfg(not(feature = "bytes"))]
    {
        no_kwargs_arity(vm, "str", args, kw, 0, 1)?;
    }
    let Some(&x) = args.first() else { return Ok(vm.new_str("")) };
    // An exact str is returned as is; a str subclass's instance gives an
    // exact str (through its class's `__str__`, if it has one).
    if let Value::Obj(r) = x {
        if matches!(vm.heap.get(r), Obj::Str(_)) {
            return Ok(x);
        }
    }
    let s = vm.to_str(x)?;
    Ok(vm.new_string(s))
}

/// `str(object=b'', encoding='utf-8', errors='strict')`: with an encoding
/// or errors, decodes a bytes-like object (`str(b'a', 'ascii')`); keyword
/// arguments and their errors as CPython parses them.
#[cfg(feature = "bytes")]
#[inline(never)]
fn str_from_bytes(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 3] = ["object", "encoding", "errors"];
    let given = args.len() + kw.len();
    if given > 3 {
        return Err(vm.type_error(format!("str() takes at most 3 arguments ({given} given)")));
    }
    let mut slots: [Option<Value>; 3] = [None; 3];
    for (slot, &a) in slots.iter_mut().zip(args) {
        *slot = Some(a);
    }
    for &(k, v) in kw {
        let name = vm.str_text(k);
        let Some((i, slot)) = slots.iter_mut().enumerate().find(|(i, _)| NAMES.get(*i) == Some(&name.as_str())) else {
            return Err(vm.type_error(format!("'{name}' is an invalid keyword argument for str()")));
        };
        if slot.is_some() {
            return Err(vm.type_error(format!("argument for str() given by name ('{name}') and position ({})", i + 1)));
        }
        *slot = Some(v);
    }
    let [object, encoding, errors] = slots;
    if encoding.is_none() && errors.is_none() {
        return match object {
            Some(o) => str_new(vm, &[o], &[]),
            None => str_new(vm, &[], &[]),
        };
    }
    let object = match object {
        Some(o) => o,
        None => return Ok(vm.new_str("")),
    };
    let bytes = match object {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Bytes(_) => object,
            Obj::Str(_) => return Err(vm.type_error("decoding str is not supported")),
            _ if matches!(vm.type_name(object).as_str(), "memoryview" | "array.array") => {
                vm.call_value(Value::Obj(vm.types.bytes), &[object])?
            }
            _ => Value::Null,
        },
        _ => Value::Null,
    };
    if bytes.is_null() {
        let tn = vm.type_name(object);
        return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {tn} found")));
    }
    let encoding = encoding.unwrap_or_else(|| Value::Obj(vm.intern("utf-8")));
    let errors = errors.unwrap_or_else(|| Value::Obj(vm.intern("strict")));
    let decode = vm.intern("decode");
    vm.temp_roots.push(bytes);
    let decoded = vm.get_attr(bytes, decode).and_then(|f| vm.call_value(f, &[encoding, errors]));
    vm.temp_roots.pop();
    decoded
}

fn bool_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "bool", args, kw, 0, 1)?;
    match args.first() {
        Some(&x) => Ok(Value::Bool(vm.truthy(x)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn list_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "list", args, kw, 0, 1)?;
    let items = match args.first() {
        Some(&x) => vm.collect_iterable(x)?,
        None => Vec::new(),
    };
    Ok(vm.new_list(items))
}

fn tuple_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "tuple", args, kw, 0, 1)?;
    if let Some(&x) = args.first() {
        if let Value::Obj(r) = x {
            if matches!(vm.heap.get(r), Obj::Tuple(_)) {
                return Ok(x);
            }
        }
        let items = vm.collect_iterable(x)?;
        return Ok(vm.new_tuple(items));
    }
    Ok(vm.new_tuple(Vec::new()))
}

/// Adds every pair of a mapping or iterable of pairs to `d` (dict(x), d.update(x)).
pub fn dict_merge(vm: &mut Vm, d: ObjRef, src: Value) -> PyResult<()> {
    if let Value::Obj(r) = src {
        if let Obj::Dict(sd) = vm.heap.get(r) {
            let entries: Vec<(Value, Value)> = sd.iter().map(|e| (e.key, e.value)).collect();
            for (k, v) in entries {
                vm.dict_set(d, k, v)?;
            }
            return Ok(());
        }
    }
    let keys_name = vm.intern("keys");
    if vm.is_instance_value(src) && vm.get_attr_opt(src, keys_name)?.is_some() {
        let keys_fn = vm.get_attr(src, keys_name)?;
        let keys = vm.call_value(keys_fn, &[])?;
        let keys = vm.collect_iterable(keys)?;
        for k in keys {
            let v = vm.get_item(src, k)?;
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    let items = vm.collect_iterable(src)?;
    for (i, item) in items.into_iter().enumerate() {
        let pair = match vm.collect_iterable(item) {
            Ok(p) => p,
            Err(_) => {
                let tn = vm.type_name(item);
                let _ = tn;
                return Err(
                    vm.type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))
                );
            }
        };
        let &[k, v] = pair.as_slice() else {
            let n = pair.len();
            return Err(
                vm.value_error(format!("dictionary update sequence element #{i} has length {n}; 2 is required"))
            );
        };
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    arity(vm, "dict", args, 0, 1)?;
    let d = vm.new_dict_obj();
    vm.temp_roots.push(Value::Obj(d));
    let r = (|| {
        if let Some(&src) = args.first() {
            dict_merge(vm, d, src)?;
        }
        for &(k, v) in kw {
            vm.dict_set(d, Value::Obj(k), v)?;
        }
        Ok(Value::Obj(d))
    })();
    vm.temp_roots.pop();
    r
}

pub(crate) fn range_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "range", kw)?;
    if args.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    arity(vm, "range", args, 1, 3)?;
    // An int subclass's instance (an IntEnum member) stands for its int
    // (in a buffer on the stack: `range()` is called in hot loops).
    let mut unwrapped = [Value::None; 3];
    for (slot, &a) in unwrapped.iter_mut().zip(args) {
        *slot = vm.unwrap_native(a);
    }
    let args = unwrapped.get(..args.len()).unwrap_or(&unwrapped);
    let mut ints = [0i64; 3];
    let mut big = false;
    for (slot, &a) in ints.iter_mut().zip(args) {
        if !vm.is_int(a) {
            int_arg(vm, a)?;
        }
        match vm.to_i64(a) {
            Some(v) => *slot = v,
            None => big = true,
        }
    }
    #[cfg(not(feature = "big-int"))]
    if big {
        return Err(vm.no_big_int());
    }
    #[cfg(feature = "big-int")]
    if big {
        let b: Vec<crate::runtime::bigint::BigInt> =
            args.iter().map(|&a| vm.as_num(a).and_then(|n| n.to_big().ok()).unwrap_or_default()).collect();
        let one = crate::runtime::bigint::BigInt::from(1);
        let (start, stop, step) = match b.as_slice() {
            [stop] => (crate::runtime::bigint::BigInt::from(0), stop.clone(), one),
            [start, stop] => (start.clone(), stop.clone(), one),
            [start, stop, step, ..] => (start.clone(), stop.clone(), step.clone()),
            [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        };
        if num_traits::Zero::is_zero(&step) {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        return Ok(Value::Obj(vm.heap.alloc(Obj::BigRange(alloc::boxed::Box::new(BigRange { start, stop, step })))));
    }
    let [a, b, c] = ints;
    let (start, stop, step) = match args.len() {
        1 => (0, a, 1),
        2 => (a, b, 1),
        _ => (a, b, c),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Obj(vm.heap.alloc(Obj::Range { start, stop, step })))
}

fn type_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "type", kw)?;
    match args.len() {
        1 => Ok(Value::Obj(vm.class_of(arg_at(args, 0)))),
        3 => super::objects::type_new3(vm, arg_at(args, 0), arg_at(args, 1), arg_at(args, 2)),
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

fn slice_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "slice", args, kw, 1, 3)?;
    let (start, stop, step) = match args.len() {
        1 => (Value::None, arg_at(args, 0), Value::None),
        2 => (arg_at(args, 0), arg_at(args, 1), Value::None),
        _ => (arg_at(args, 0), arg_at(args, 1), arg_at(args, 2)),
    };
    Ok(Value::Obj(vm.heap.alloc(Obj::Slice(crate::runtime::object::SliceObj::new(start, stop, step)))))
}
