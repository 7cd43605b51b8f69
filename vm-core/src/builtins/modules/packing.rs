//! `_struct`: packing Python values into C structs held in bytes and
//! unpacking them (the `struct` module's engine; `stdlib/struct.py` adds
//! the `Struct` class on top). Errors are `struct.error` with CPython
//! 3.11's messages, including the ones that differ by byte order.
//!
//! Native mode (`@`, the default) uses LP64 sizes and natural alignment
//! (`l`, `L`, `n`, `N`, `P` are 8 bytes: x86-64 Linux, where CPython's
//! expected output comes from) on every target, in the target's byte
//! order; `=`, `<`, `>` and `!` use the standard sizes and no alignment.

use crate::builtins::arg_at;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use num_traits::ToPrimitive;

use super::{float_arg, NativeModule};
use crate::builtins::{exact_args, no_kwargs, no_kwargs_arity};
use crate::runtime::object::{BuiltinDef, Obj, PyErr, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// The `_struct` module.
pub static MODULE: NativeModule = NativeModule { name: "_struct", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[
    BuiltinDef { name: "pack", func: pack },
    BuiltinDef { name: "unpack", func: unpack },
    BuiltinDef { name: "calcsize", func: calcsize },
    BuiltinDef { name: "unpack_from", func: unpack_from },
    BuiltinDef { name: "pack_into", func: pack_into },
    BuiltinDef { name: "iter_unpack", func: iter_unpack },
];

/// Creates `struct.error` (an Exception subclass) in the namespace.
fn init(vm: &mut Vm, ns: ObjRef) {
    let name = vm.new_str("error");
    let bases = vm.new_tuple(vec![Value::Obj(vm.exc.exception)]);
    let body = vm.new_dict_obj();
    let module = vm.intern("__module__");
    let struct_name = vm.new_str("struct");
    let _ = vm.dict_set_str(body, module, struct_name);
    if let Ok(class) = vm.make_class(name, bases, body) {
        let key = vm.intern("error");
        let _ = vm.dict_set_str(ns, key, class);
    }
}

/// A `struct.error` with `msg` (an Exception if `_struct` is not loaded).
fn error(vm: &mut Vm, msg: impl AsRef<str>) -> PyErr {
    let class = error_class(vm).unwrap_or(vm.exc.exception);
    vm.new_exception(class, msg)
}

fn error_class(vm: &mut Vm) -> Option<ObjRef> {
    let key = vm.intern("_struct");
    let Value::Obj(m) = vm.dict_get_str(vm.modules, key)? else { return None };
    let Obj::Module { dict, .. } = vm.heap.get(m) else { return None };
    let dict = *dict;
    let key = vm.intern("error");
    match vm.dict_get_str(dict, key)? {
        Value::Obj(c) => Some(c),
        _ => None,
    }
}

/// Which of CPython's conversion tables a format uses (they differ in
/// sizes, alignment and some error messages).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Table {
    /// `@`: native sizes and alignment.
    Native,
    /// `<`, and `=` on a little-endian target.
    Little,
    /// `>`, `!`, and `=` on a big-endian target.
    Big,
}

/// One format code with its repeat count (a byte length for `s`/`p`).
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    offset: usize,
}

/// A parsed format.
struct Layout {
    table: Table,
    little: bool,
    items: Vec<Item>,
    size: usize,
    /// How many values packing takes.
    values: usize,
}

/// Size and alignment of a code, or None if the table has no such code.
fn code_size(code: u8, table: Table) -> Option<usize> {
    let native = table == Table::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if native => 8,
        b'l' | b'L' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

/// Parses a format given as str or bytes.
fn layout(vm: &mut Vm, fmt: Value) -> PyResult<Layout> {
    let text: Vec<u8> = if let Some(s) = vm.as_str(fmt) {
        s.as_bytes().to_vec()
    } else {
        match fmt {
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::Bytes(b) if !b.mutable) => match vm.heap.get(r) {
                Obj::Bytes(b) => b.data.clone(),
                _ => Vec::new(),
            },
            _ => {
                let tn = vm.type_name(fmt);
                return Err(vm.type_error(format!("Struct() argument 1 must be a str or bytes object, not {tn}")));
            }
        }
    };
    parse(&text).map_err(|msg| error(vm, msg))
}

fn parse(text: &[u8]) -> Result<Layout, &'static str> {
    let target_little = cfg!(target_endian = "little");
    let after = text.get(1..).unwrap_or_default();
    let (table, little, mut rest) = match text.first() {
        Some(b'@') => (Table::Native, target_little, after),
        Some(b'=') if target_little => (Table::Little, true, after),
        Some(b'=') => (Table::Big, false, after),
        Some(b'<') => (Table::Little, true, after),
        Some(b'>' | b'!') => (Table::Big, false, after),
        _ => (Table::Native, target_little, text),
    };
    const TOO_LONG: &str = "total struct size too long";
    let mut items = Vec::new();
    let (mut size, mut values) = (0usize, 0usize);
    while let Some((&c, tail)) = rest.split_first() {
        rest = tail;
        if c.is_ascii_whitespace() {
            continue;
        }
        let (count, code) = if c.is_ascii_digit() {
            let mut n = usize::from(c - b'0');
            let mut code = None;
            while let Some((&d, tail)) = rest.split_first() {
                rest = tail;
                if d.is_ascii_digit() {
                    n = n.checked_mul(10).and_then(|n| n.checked_add(usize::from(d - b'0'))).ok_or(TOO_LONG)?;
                } else {
                    code = Some(d);
                    break;
                }
            }
            (n, code.ok_or("repeat count given without format specifier")?)
        } else {
            (1, c)
        };
        let item_size = code_size(code, table).ok_or("bad char in struct format")?;
        if table == Table::Native {
            size = size.checked_next_multiple_of(item_size).ok_or(TOO_LONG)?;
        }
        let bytes = match code {
            b's' | b'p' => {
                values += 1;
                count
            }
            b'x' => count,
            _ => {
                values += count;
                count.checked_mul(item_size).ok_or(TOO_LONG)?
            }
        };
        if code != b'x' {
            items.push(Item { code, count, offset: size });
        }
        size = size.checked_add(bytes).filter(|&s| s <= isize::MAX as usize).ok_or(TOO_LONG)?;
    }
    Ok(Layout { table, little, items, size, values })
}

/// The bytes of a bytes or bytearray value.
fn buffer_of(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Bytes(b) => Ok(b.data.clone()),
            _ => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
            }
        },
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

// ----- packing -----

/// The integer a value packs as (CPython's `get_pylong`).
fn int_value(vm: &mut Vm, v: Value) -> PyResult<Option<i128>> {
    let v = vm.unwrap_native(v);
    let n = match v {
        Value::Int(i) => return Ok(Some(i128::from(i))),
        Value::Bool(b) => return Ok(Some(i128::from(b))),
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_)) => match vm.heap.get(r) {
            Obj::BigInt(b) => b.to_i128(),
            _ => None,
        },
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_)) => {
            let name = vm.names.index;
            match vm.call_method_opt(v, name, &[])? {
                Some(i) if vm.is_int(i) => return int_value(vm, i),
                Some(i) => {
                    return Err(vm.index_non_int_error(i));
                }
                None => return Err(error(vm, "required argument is not an integer")),
            }
        }
        _ => return Err(error(vm, "required argument is not an integer")),
    };
    // Past i128: out of every range (reported like the others).
    Ok(n)
}

/// The range checks of an integer code: CPython's first conversion (to a
/// C long or unsigned long), then the code's own bounds and message.
fn int_bytes(vm: &mut Vm, code: u8, table: Table, n: Option<i128>) -> PyResult<u64> {
    let signed64 = (i128::from(i64::MIN), i128::from(i64::MAX));
    let unsigned64 = (0, i128::from(u64::MAX));
    let big = table == Table::Big;
    let (outer, outer_msg) = match code {
        b'P' => ((i128::from(i64::MIN), i128::from(u64::MAX)), "int too large to convert"),
        b'I' | b'L' | b'Q' | b'N' => {
            (unsigned64, if big && code == b'Q' { "int too large to convert" } else { "argument out of range" })
        }
        b'H' if big => (unsigned64, "argument out of range"),
        b'q' if big => (signed64, "int too large to convert"),
        _ => (signed64, "argument out of range"),
    };
    let Some(n) = n.filter(|n| (outer.0..=outer.1).contains(n)) else {
        return Err(error(vm, outer_msg));
    };
    let quoted = |c: u8, lo: i128, hi: i128| format!("'{}' format requires {lo} <= number <= {hi}", c as char);
    let inner = match code {
        b'b' => Some((-128, 127, String::from("byte format requires -128 <= number <= 127"))),
        b'B' => Some((0, 255, String::from("ubyte format requires 0 <= number <= 255"))),
        b'h' if big => Some((-32768, 32767, quoted(b'h', -32768, 32767))),
        b'h' => Some((-32768, 32767, String::from("short format requires -32768 <= number <= 32767"))),
        b'H' if big => Some((0, 65535, quoted(b'H', 0, 65535))),
        b'H' => Some((0, 65535, String::from("ushort format requires 0 <= number <= 65535"))),
        b'i' => Some((-(1 << 31), (1 << 31) - 1, quoted(b'i', -(1 << 31), (1 << 31) - 1))),
        b'I' => Some((0, (1 << 32) - 1, quoted(b'I', 0, (1 << 32) - 1))),
        b'l' if table != Table::Native => Some((-(1 << 31), (1 << 31) - 1, quoted(b'l', -(1 << 31), (1 << 31) - 1))),
        b'L' if table != Table::Native => Some((0, (1 << 32) - 1, quoted(b'L', 0, (1 << 32) - 1))),
        _ => None,
    };
    if let Some((lo, hi, msg)) = inner {
        if !(lo..=hi).contains(&n) {
            return Err(error(vm, msg));
        }
    }
    // Two's complement in 64 bits; the caller keeps the low bytes.
    Ok(n as u64)
}

/// `x` as an IEEE half (CPython's PyFloat_Pack2: round half to even).
fn half_bits(vm: &mut Vm, x: f64) -> PyResult<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    let overflow = |vm: &mut Vm| vm.overflow_error("float too large to pack with e format");
    if x == 0.0 {
        return Ok(sign);
    }
    // |x| = f * 2**e with 1 <= f < 2.
    let (m, e) = libm::frexp(x.abs());
    let (mut f, mut e) = (m * 2.0, e - 1);
    if e >= 16 {
        return Err(overflow(vm));
    }
    if e < -25 {
        (f, e) = (0.0, 0);
    } else if e < -14 {
        (f, e) = (libm::ldexp(f, 14 + e), 0);
    } else {
        (f, e) = (f - 1.0, e + 15);
    }
    f *= 1024.0;
    let mut bits = f as u16;
    let rest = f - f64::from(bits);
    if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            e += 1;
            if e == 31 {
                return Err(overflow(vm));
            }
        }
    }
    Ok(sign | ((e as u16) << 10) | bits)
}

fn half_value(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = i32::from((bits >> 10) & 0x1f);
    let f = f64::from(bits & 0x3ff);
    sign * match e {
        0 => libm::ldexp(f, -24),
        31 if f == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => libm::ldexp(f + 1024.0, e - 25),
    }
}

fn put(out: &mut [u8], offset: usize, bytes: &[u8]) {
    if let Some(dst) = out.get_mut(offset..offset + bytes.len()) {
        dst.copy_from_slice(bytes);
    }
}

/// Packs `values` (as many as the layout takes) into `out` at `base`.
fn pack_values(vm: &mut Vm, l: &Layout, values: &[Value], out: &mut [u8], base: usize) -> PyResult<()> {
    let mut next = values.iter().copied();
    for item in &l.items {
        let at = base + item.offset;
        match item.code {
            b's' | b'p' => {
                let v = next.next().unwrap_or(Value::None);
                let data = match v {
                    Value::Obj(r) => match vm.heap.get(r) {
                        Obj::Bytes(b) => Some(b.data.clone()),
                        _ => None,
                    },
                    _ => None,
                };
                let Some(data) = data else {
                    return Err(error(vm, format!("argument for '{}' must be a bytes object", item.code as char)));
                };
                if item.code == b's' {
                    let n = data.len().min(item.count);
                    put(out, at, data.get(..n).unwrap_or_default());
                } else if item.count > 0 {
                    let n = data.len().min(item.count - 1);
                    put(out, at + 1, data.get(..n).unwrap_or_default());
                    put(out, at, &[n.min(255) as u8]);
                }
            }
            code => {
                let size = code_size(code, l.table).unwrap_or(1);
                for k in 0..item.count {
                    let v = next.next().unwrap_or(Value::None);
                    let bytes = pack_one(vm, code, l, v)?;
                    let bytes = bytes.get(..size).unwrap_or(&bytes);
                    let at = at + k * size;
                    if l.little {
                        put(out, at, bytes);
                    } else {
                        let mut b = bytes.to_vec();
                        b.reverse();
                        put(out, at, &b);
                    }
                }
            }
        }
    }
    Ok(())
}

/// One value of a fixed-size code as little-endian bytes (the first
/// `code_size` of the 8 returned).
fn pack_one(vm: &mut Vm, code: u8, l: &Layout, v: Value) -> PyResult<[u8; 8]> {
    Ok(match code {
        b'c' => {
            let byte = match v {
                Value::Obj(r) => match vm.heap.get(r) {
                    Obj::Bytes(b) if b.data.len() == 1 => b.data.first().copied(),
                    _ => None,
                },
                _ => None,
            };
            let Some(byte) = byte else {
                return Err(error(vm, "char format requires a bytes object of length 1"));
            };
            [byte, 0, 0, 0, 0, 0, 0, 0]
        }
        b'?' => [vm.truthy(v)? as u8, 0, 0, 0, 0, 0, 0, 0],
        b'e' | b'f' | b'd' => {
            let x = match float_arg(vm, v) {
                Ok(x) => x,
                Err(_) => return Err(error(vm, "required argument is not a float")),
            };
            match code {
                b'e' => {
                    let h = half_bits(vm, x)?.to_le_bytes();
                    [h[0], h[1], 0, 0, 0, 0, 0, 0]
                }
                b'f' => {
                    let y = x as f32;
                    if y.is_infinite() && x.is_finite() && l.table != Table::Native {
                        return Err(vm.overflow_error("float too large to pack with f format"));
                    }
                    let b = y.to_le_bytes();
                    [b[0], b[1], b[2], b[3], 0, 0, 0, 0]
                }
                _ => x.to_le_bytes(),
            }
        }
        _ => {
            let n = int_value(vm, v)?;
            int_bytes(vm, code, l.table, n)?.to_le_bytes()
        }
    })
}

/// The "expected N items" check shared by pack and pack_into.
fn check_count(vm: &mut Vm, what: &str, l: &Layout, got: usize) -> PyResult<()> {
    if got != l.values {
        return Err(error(vm, format!("{what} expected {} items for packing (got {got})", l.values)));
    }
    Ok(())
}

/// `pack(format, v1, v2, ...)`: the values packed into bytes.
fn pack(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "pack", kw)?;
    let Some((&fmt, values)) = args.split_first() else {
        return Err(vm.type_error("missing format argument"));
    };
    let l = layout(vm, fmt)?;
    check_count(vm, "pack", &l, values.len())?;
    vm.reserve(l.size)?;
    let mut out = vec![0u8; l.size];
    pack_values(vm, &l, values, &mut out, 0)?;
    Ok(vm.new_bytes(out, false))
}

/// `pack_into(format, buffer, offset, v1, v2, ...)`: packs into a bytearray.
fn pack_into(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "pack_into", kw)?;
    let Some((&fmt, rest)) = args.split_first() else {
        return Err(vm.type_error("missing format argument"));
    };
    let l = layout(vm, fmt)?;
    if rest.len() != l.values + 2 {
        return Err(match rest.len() {
            0 => error(vm, "pack_into expected buffer argument"),
            1 => error(vm, "pack_into expected offset argument"),
            n => error(vm, format!("pack_into expected {} items for packing (got {})", l.values, n - 2)),
        });
    }
    let Some((&[buf, off], values)) = rest.split_first_chunk::<2>() else {
        return Err(error(vm, "pack_into expected offset argument"));
    };
    let buffer = match buf {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Bytes(b) if b.mutable) => r,
        v => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("argument must be read-write bytes-like object, not {tn}")));
        }
    };
    let offset = offset_arg(vm, off)?;
    let len = match vm.heap.get(buffer) {
        Obj::Bytes(b) => b.data.len() as i128,
        _ => 0,
    };
    let size = l.size as i128;
    let mut at = offset;
    if offset < 0 {
        if offset + size > 0 {
            return Err(error(vm, format!("no space to pack {size} bytes at offset {offset}")));
        }
        if offset + len < 0 {
            return Err(error(vm, format!("offset {offset} out of range for {len}-byte buffer")));
        }
        at += len;
    }
    if len - at < size {
        return Err(error(
            vm,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {at} (actual buffer size is {len})",
                size + at
            ),
        ));
    }
    let mut out = vec![0u8; l.size];
    pack_values(vm, &l, values, &mut out, 0)?;
    if let Obj::Bytes(b) = vm.heap.get_mut(buffer) {
        let at = at as usize;
        if let Some(dst) = b.data.get_mut(at..at + out.len()) {
            dst.copy_from_slice(&out);
        }
    }
    Ok(Value::None)
}

fn offset_arg(vm: &mut Vm, v: Value) -> PyResult<i128> {
    let v = vm.unwrap_native(v);
    match super::index_arg(vm, v)?.to_i128() {
        Some(n) if (i128::from(i64::MIN)..=i128::from(i64::MAX)).contains(&n) => Ok(n),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.index_error(format!("cannot fit '{tn}' into an index-sized integer")))
        }
    }
}

// ----- unpacking -----

fn int_result(vm: &mut Vm, n: i128) -> Value {
    match i64::try_from(n) {
        Ok(i) => Value::Int(i),
        Err(_) => vm.new_bigint(crate::runtime::bigint::BigInt::from(n)),
    }
}

/// The values of one struct of layout `l` at `data[base..]` (which holds it).
fn unpack_values(vm: &mut Vm, l: &Layout, data: &[u8], base: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(l.values);
    for item in &l.items {
        let at = base + item.offset;
        match item.code {
            b's' => {
                let bytes = data.get(at..at + item.count).unwrap_or(&[]).to_vec();
                out.push(vm.new_bytes(bytes, false));
            }
            b'p' => {
                let bytes = if item.count == 0 {
                    Vec::new()
                } else {
                    let n = usize::from(data.get(at).copied().unwrap_or(0)).min(item.count - 1);
                    data.get(at + 1..at + 1 + n).unwrap_or(&[]).to_vec()
                };
                out.push(vm.new_bytes(bytes, false));
            }
            code => {
                let size = code_size(code, l.table).unwrap_or(1);
                for k in 0..item.count {
                    let at = at + k * size;
                    let mut raw = [0u8; 8];
                    let src = data.get(at..at + size).unwrap_or(&[]);
                    // Little-endian into `raw` whatever the format's order.
                    if l.little {
                        raw.iter_mut().zip(src).for_each(|(r, &b)| *r = b);
                    } else {
                        raw.iter_mut().zip(src.iter().rev()).for_each(|(r, &b)| *r = b);
                    }
                    out.push(unpack_one(vm, code, size, raw));
                }
            }
        }
    }
    out
}

fn unpack_one(vm: &mut Vm, code: u8, size: usize, raw: [u8; 8]) -> Value {
    let unsigned = u64::from_le_bytes(raw);
    match code {
        b'c' => vm.new_bytes(vec![raw[0]], false),
        b'?' => Value::Bool(raw[0] != 0),
        b'e' => Value::Float(half_value(u16::from_le_bytes([raw[0], raw[1]]))),
        b'f' => Value::Float(f64::from(f32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]))),
        b'd' => Value::Float(f64::from_le_bytes(raw)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            // Sign-extend from `size` bytes.
            let shift = 64 - 8 * size as u32;
            Value::Int(((unsigned << shift) as i64) >> shift)
        }
        _ => int_result(vm, i128::from(unsigned)),
    }
}

fn unpack_tuple(vm: &mut Vm, l: &Layout, data: &[u8], base: usize) -> Value {
    let values = unpack_values(vm, l, data, base);
    vm.new_tuple(values)
}

/// `unpack(format, buffer)`: the tuple of values in a buffer of exactly the size.
fn unpack(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "unpack", kw)?;
    exact_args(vm, "unpack", args, 2)?;
    let l = layout(vm, arg_at(args, 0))?;
    let data = buffer_of(vm, arg_at(args, 1))?;
    if data.len() != l.size {
        return Err(error(vm, format!("unpack requires a buffer of {} bytes", l.size)));
    }
    Ok(unpack_tuple(vm, &l, &data, 0))
}

/// `unpack_from(format, /, buffer, offset=0)`.
fn unpack_from(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [fmt, buffer, offset] = super::bind_args(vm, "unpack_from", args, kw, ["format", "buffer", "offset"])?;
    let Some(fmt) = fmt else { return Err(vm.type_error("missing format argument")) };
    let Some(buffer) = buffer else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    };
    let l = layout(vm, fmt)?;
    let data = buffer_of(vm, buffer)?;
    let offset = match offset {
        Some(o) => offset_arg(vm, o)?,
        None => 0,
    };
    let (len, size) = (data.len() as i128, l.size as i128);
    let mut at = offset;
    if offset < 0 {
        if offset + len < 0 {
            return Err(error(vm, format!("offset {offset} out of range for {len}-byte buffer")));
        }
        at += len;
        if len - at < size {
            return Err(error(vm, format!("not enough data to unpack {size} bytes at offset {offset}")));
        }
    }
    if len - at < size {
        return Err(error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {at} (actual buffer size is {len})",
                size + at
            ),
        ));
    }
    Ok(unpack_tuple(vm, &l, &data, at as usize))
}

/// `iter_unpack(format, buffer)`: an iterator over the structs of a buffer
/// whose size is a multiple of the struct's.
fn iter_unpack(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "iter_unpack", args, kw, 2, 2)?;
    let l = layout(vm, arg_at(args, 0))?;
    let data = buffer_of(vm, arg_at(args, 1))?;
    if l.size == 0 {
        return Err(error(vm, "cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % l.size != 0 {
        return Err(error(vm, format!("iterative unpacking requires a buffer of a multiple of {} bytes", l.size)));
    }
    let mut tuples = Vec::with_capacity(data.len() / l.size);
    for base in (0..data.len()).step_by(l.size) {
        tuples.push(unpack_tuple(vm, &l, &data, base));
    }
    let list = vm.new_list(tuples);
    vm.get_iter(list)
}

/// `calcsize(format)`: the struct's size in bytes.
fn calcsize(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "calcsize", args, kw, 1, 1)?;
    let l = layout(vm, arg_at(args, 0))?;
    Ok(Value::Int(l.size as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_alignment() {
        let size = |f: &str| parse(f.as_bytes()).map(|l| l.size);
        assert_eq!(size("@bi"), Ok(8));
        assert_eq!(size("<bi"), Ok(5));
        assert_eq!(size("b0l"), Ok(8));
        assert_eq!(size("3s2x"), Ok(5));
        assert_eq!(size(" 2h "), Ok(4));
        assert_eq!(size("<n"), Err("bad char in struct format"));
        assert_eq!(size("12"), Err("repeat count given without format specifier"));
        assert_eq!(size("99999999999999999999999i"), Err("total struct size too long"));
    }

    #[test]
    fn half_round_trip() {
        for (bits, x) in [(0x3c00u16, 1.0), (0x7bff, 65504.0), (0x0001, 5.960464477539063e-8), (0xc000, -2.0)] {
            assert_eq!(half_value(bits), x);
        }
    }
}
