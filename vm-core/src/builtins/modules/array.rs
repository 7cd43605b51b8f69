//! `_array`: the item conversions of the `array` module (`stdlib/array.py`
//! holds the `array` class; its items live in a list of already converted
//! values). Here: the typecode table, range checks with CPython 3.11's
//! messages, and the machine representation (`tobytes`, `frombytes`,
//! `byteswap`), with x86-64 Linux item sizes on every target in the
//! target's byte order.

use crate::builtins::arg_at;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::Sign;
use num_traits::ToPrimitive;

use super::{float_arg, index_arg, NativeModule};
use crate::builtins::{arity, no_kwargs};
use crate::runtime::object::{BuiltinDef, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// The `_array` module.
pub static MODULE: NativeModule = NativeModule { name: "_array", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[
    BuiltinDef { name: "itemsize", func: itemsize },
    BuiltinDef { name: "convert", func: convert },
    BuiltinDef { name: "convert_all", func: convert_all },
    BuiltinDef { name: "tobytes", func: tobytes },
    BuiltinDef { name: "frombytes", func: frombytes },
    BuiltinDef { name: "byteswap", func: byteswap },
];

/// Every typecode with its item size (x86-64 Linux sizes), in CPython's
/// `array.typecodes` order.
const TYPECODES: &[(u8, usize)] = &[
    (b'b', 1),
    (b'B', 1),
    (b'u', 4),
    (b'h', 2),
    (b'H', 2),
    (b'i', 4),
    (b'I', 4),
    (b'l', 8),
    (b'L', 8),
    (b'q', 8),
    (b'Q', 8),
    (b'f', 4),
    (b'd', 8),
];

/// Sets `typecodes` (the string of every typecode) in the namespace.
fn init(vm: &mut Vm, ns: ObjRef) {
    let codes: String = TYPECODES.iter().map(|&(c, _)| char::from(c)).collect();
    let value = vm.new_str(&codes);
    let key = vm.intern("typecodes");
    let _ = vm.dict_set_str(ns, key, value);
}

/// The typecode argument and its item size, or CPython's TypeError
/// (not one character) or ValueError (not a typecode).
fn typecode(vm: &mut Vm, v: Value) -> PyResult<(u8, usize)> {
    let c = match vm.as_str(v) {
        Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or('\0'),
        _ => {
            let tn = if matches!(v, Value::None) { "None".into() } else { vm.type_name(v) };
            return Err(vm.type_error(format!("array() argument 1 must be a unicode character, not {tn}")));
        }
    };
    match TYPECODES.iter().find(|&&(code, _)| char::from(code) == c) {
        Some(&found) => Ok(found),
        None => Err(vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")),
    }
}

/// `itemsize(typecode)`: the item size of a typecode (raising for a bad one).
fn itemsize(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "itemsize", kw)?;
    arity(vm, "itemsize", args, 1, 1)?;
    let (_, size) = typecode(vm, arg_at(args, 0))?;
    Ok(Value::Int(size as i64))
}

/// An integer argument clamped into i128 (every bound checked is far inside).
fn clamped_int(vm: &mut Vm, v: Value) -> PyResult<i128> {
    if let Value::Int(i) = v {
        return Ok(i128::from(i));
    }
    let b = index_arg(vm, v)?;
    Ok(b.to_i128().unwrap_or(if b.sign() == Sign::Minus { i128::MIN } else { i128::MAX }))
}

/// One bound check of CPython's: a C type's range and the OverflowError
/// messages past either end.
struct Bound {
    min: i128,
    max: i128,
    above: &'static str,
    below: &'static str,
}

/// A signed C type's bounds with CPython's `NAME is greater than maximum` messages.
macro_rules! bound {
    ($min:expr, $max:expr, $name:literal) => {
        Bound {
            min: $min as i128,
            max: $max as i128,
            above: concat!($name, " is greater than maximum"),
            below: concat!($name, " is less than minimum"),
        }
    };
}

const TO_LONG: Bound = Bound {
    min: i64::MIN as i128,
    max: i64::MAX as i128,
    above: "Python int too large to convert to C long",
    below: "Python int too large to convert to C long",
};
const TO_ULONG: Bound = Bound {
    min: 0,
    max: u64::MAX as i128,
    above: "Python int too large to convert to C unsigned long",
    below: "can't convert negative value to unsigned int",
};
const TO_LONGLONG: Bound = Bound {
    min: i64::MIN as i128,
    max: i64::MAX as i128,
    above: "int too big to convert",
    below: "int too big to convert",
};
const TO_ULONGLONG: Bound = Bound {
    min: 0,
    max: u64::MAX as i128,
    above: "int too big to convert",
    below: "can't convert negative int to unsigned",
};
const SCHAR: Bound = bound!(i8::MIN, i8::MAX, "signed char");
const UCHAR: Bound = bound!(0, u8::MAX, "unsigned byte integer");
const SHORT: Bound = bound!(i16::MIN, i16::MAX, "signed short integer");
const USHORT: Bound = bound!(0, u16::MAX, "unsigned short");
const INT: Bound = bound!(i32::MIN, i32::MAX, "signed integer");
const UINT: Bound = bound!(0, u32::MAX, "unsigned int");

/// The checks of each integer typecode in CPython's order: the first
/// conversion (C long, unsigned long, long long or unsigned long long),
/// then the type's own bounds (`b` goes through a short first).
const INT_CHECKS: &[(u8, &[Bound])] = &[
    (b'b', &[TO_LONG, SHORT, SCHAR]),
    (b'B', &[TO_LONG, UCHAR]),
    (b'h', &[TO_LONG, SHORT]),
    (b'H', &[TO_LONG, INT, USHORT]),
    (b'i', &[TO_LONG, INT]),
    (b'I', &[TO_ULONG, UINT]),
    (b'l', &[TO_LONG]),
    (b'L', &[TO_ULONG]),
    (b'q', &[TO_LONGLONG]),
    (b'Q', &[TO_ULONGLONG]),
];

/// `Err(message)` if `n` fails one of integer typecode `code`'s checks.
fn int_range(code: u8, n: i128) -> Result<(), &'static str> {
    let checks = INT_CHECKS.iter().find(|&&(c, _)| c == code).map_or(&[][..], |&(_, checks)| checks);
    for b in checks {
        if n > b.max {
            return Err(b.above);
        }
        if n < b.min {
            return Err(b.below);
        }
    }
    Ok(())
}

/// One value converted for typecode `code`: an int in range, a float
/// (rounded to f32 for `f`) or a one-character str (`u`).
fn convert_one(vm: &mut Vm, code: u8, v: Value) -> PyResult<Value> {
    match code {
        b'd' => Ok(Value::Float(float_arg(vm, v)?)),
        b'f' => Ok(Value::Float(f64::from(float_arg(vm, v)? as f32))),
        b'u' => match vm.as_str(v) {
            Some(s) if s.chars().count() == 1 => Ok(v),
            _ => Err(vm.type_error("array item must be unicode character")),
        },
        _ => {
            let n = clamped_int(vm, v)?;
            if let Err(msg) = int_range(code, n) {
                return Err(vm.overflow_error(msg));
            }
            // In range of i64 or u64: an i64 unless a big `L`/`Q` value.
            Ok(match i64::try_from(n) {
                Ok(i) => Value::Int(i),
                Err(_) => vm.new_bigint(num_bigint::BigInt::from(n)),
            })
        }
    }
}

/// `convert(typecode, value)`: the value as an item of that typecode.
fn convert(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "convert", kw)?;
    arity(vm, "convert", args, 2, 2)?;
    let (code, _) = typecode(vm, arg_at(args, 0))?;
    convert_one(vm, code, arg_at(args, 1))
}

/// The items of a list or tuple (a copy, so conversion may run code).
fn sequence_items(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(r) = v {
        if let Obj::List(items) | Obj::Tuple(items) = vm.heap.get(r) {
            return Ok(items.iter().copied().collect());
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("expected a list or tuple, not {tn}")))
}

/// `convert_all(typecode, items)`: a new list of a list's or tuple's
/// items converted (all or nothing).
fn convert_all(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "convert_all", kw)?;
    arity(vm, "convert_all", args, 2, 2)?;
    let (code, _) = typecode(vm, arg_at(args, 0))?;
    let mut items = sequence_items(vm, arg_at(args, 1))?;
    for item in items.iter_mut() {
        *item = convert_one(vm, code, *item)?;
    }
    Ok(vm.new_list(items))
}

/// The machine bytes of one converted item (little-endian, `size` bytes used).
fn item_bits(vm: &mut Vm, code: u8, v: Value) -> PyResult<u64> {
    Ok(match (code, v) {
        (b'd', Value::Float(x)) => x.to_bits(),
        (b'f', Value::Float(x)) => u64::from((x as f32).to_bits()),
        (b'u', _) => vm.as_str(v).and_then(|s| s.chars().next()).map_or(0, |c| u64::from(u32::from(c))),
        (_, Value::Int(i)) => i as u64,
        (_, Value::Bool(b)) => u64::from(b),
        _ => {
            let n = clamped_int(vm, v)?;
            n as u64
        }
    })
}

/// The value of one item's machine bytes (`raw` little-endian).
fn item_value(vm: &mut Vm, code: u8, size: usize, raw: u64) -> PyResult<Value> {
    Ok(match code {
        b'd' => Value::Float(f64::from_bits(raw)),
        b'f' => Value::Float(f64::from(f32::from_bits(raw as u32))),
        b'u' => match char::from_u32(raw as u32) {
            Some(c) => {
                let mut buf = [0u8; 4];
                vm.new_str(c.encode_utf8(&mut buf))
            }
            None => return Err(vm.value_error(format!("character U+{raw:x} is not in range [U+0000; U+10ffff]"))),
        },
        b'b' | b'h' | b'i' | b'l' | b'q' => {
            // Sign-extend from `size` bytes.
            let shift = 64 - 8 * size as u32;
            Value::Int(((raw << shift) as i64) >> shift)
        }
        _ => match i64::try_from(raw) {
            Ok(i) => Value::Int(i),
            Err(_) => vm.new_bigint(num_bigint::BigInt::from(raw)),
        },
    })
}

/// `tobytes(typecode, items)`: the items' machine representation.
fn tobytes(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "tobytes", kw)?;
    arity(vm, "tobytes", args, 2, 2)?;
    let (code, size) = typecode(vm, arg_at(args, 0))?;
    let items = sequence_items(vm, arg_at(args, 1))?;
    let total = items.len().saturating_mul(size);
    vm.reserve(total)?;
    let mut out = Vec::with_capacity(total);
    for v in items {
        let bits = item_bits(vm, code, v)?.to_le_bytes();
        // `size` is the typecode's item size, at most 8.
        let bits = bits.get(..size).unwrap_or(&bits);
        if cfg!(target_endian = "little") {
            out.extend_from_slice(bits);
        } else {
            out.extend(bits.iter().rev());
        }
    }
    Ok(vm.new_bytes(out, false))
}

/// The bytes of a bytes or bytearray value.
fn buffer_of(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Value::Obj(r) = v {
        if let Obj::Bytes(b) = vm.heap.get(r) {
            return Ok(b.data.clone());
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
}

/// The items held in machine bytes (ValueError if the length is not a
/// multiple of the item size).
fn items_of_bytes(vm: &mut Vm, code: u8, size: usize, data: &[u8]) -> PyResult<Vec<Value>> {
    if !data.len().is_multiple_of(size) {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    vm.reserve(data.len() / size * core::mem::size_of::<Value>())?;
    let mut out = Vec::with_capacity(data.len() / size);
    for chunk in data.chunks_exact(size) {
        let mut raw = [0u8; 8];
        if cfg!(target_endian = "little") {
            raw.iter_mut().zip(chunk).for_each(|(r, &b)| *r = b);
        } else {
            raw.iter_mut().zip(chunk.iter().rev()).for_each(|(r, &b)| *r = b);
        }
        out.push(item_value(vm, code, size, u64::from_le_bytes(raw))?);
    }
    Ok(out)
}

/// `frombytes(typecode, buffer)`: the list of items held in a bytes-like value.
fn frombytes(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "frombytes", kw)?;
    arity(vm, "frombytes", args, 2, 2)?;
    let (code, size) = typecode(vm, arg_at(args, 0))?;
    let data = buffer_of(vm, arg_at(args, 1))?;
    let items = items_of_bytes(vm, code, size, &data)?;
    Ok(vm.new_list(items))
}

/// `byteswap(typecode, items)`: the list of items with each item's bytes reversed.
fn byteswap(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "byteswap", kw)?;
    arity(vm, "byteswap", args, 2, 2)?;
    let (code, size) = typecode(vm, arg_at(args, 0))?;
    let items = sequence_items(vm, arg_at(args, 1))?;
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        let bits = item_bits(vm, code, v)?;
        let mut bytes = bits.to_le_bytes();
        if let Some(item) = bytes.get_mut(..size) {
            item.reverse();
        }
        let swapped = item_value(vm, code, size, u64::from_le_bytes(bytes));
        out.push(swapped?);
    }
    Ok(vm.new_list(out))
}
