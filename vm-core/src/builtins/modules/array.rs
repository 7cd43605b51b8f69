//! `_array`: the native half of the `array` module (`stdlib/array.py`
//! holds the `array` class). An array instance keeps its items packed by
//! typecode in an [`ArrayData`] (an `Obj::UserData`) in its `_a`
//! attribute, with x86-64 Linux item sizes on every target, in the
//! target's byte order. Here: the typecode table, range checks with
//! CPython 3.11's messages, and the operations on the packed items the
//! class's methods are (`__getitem__`, `__setitem__`, `__len__`, ...
//! are these functions themselves, so `a[i]` runs no Python frame);
//! `fast_get`/`fast_set` are the subscripts' shortcut for an exact
//! `array` with an int index (`Vm::get_item`/`set_item`).

use crate::builtins::arg_at;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::runtime::bigint::Sign;
use num_traits::ToPrimitive;

use super::{float_arg, index_arg, NativeModule};
use crate::builtins::no_kwargs_arity;
use crate::runtime::object::{BuiltinDef, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// The `_array` module.
pub static MODULE: NativeModule = NativeModule { name: "_array", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[
    BuiltinDef { name: "new", func: new },
    BuiltinDef { name: "register", func: register },
    BuiltinDef { name: "typecode", func: typecode_of },
    BuiltinDef { name: "itemsize", func: itemsize },
    BuiltinDef { name: "getitem", func: getitem },
    BuiltinDef { name: "setitem", func: setitem },
    BuiltinDef { name: "delitem", func: delitem },
    BuiltinDef { name: "length", func: length },
    BuiltinDef { name: "tolist", func: tolist },
    BuiltinDef { name: "extend_list", func: extend_list },
    BuiltinDef { name: "extend_array", func: extend_array },
    BuiltinDef { name: "append", func: append },
    BuiltinDef { name: "insert", func: insert },
    BuiltinDef { name: "pop", func: pop },
    BuiltinDef { name: "reverse", func: reverse },
    BuiltinDef { name: "tobytes", func: tobytes },
    BuiltinDef { name: "frombytes", func: frombytes },
    BuiltinDef { name: "byteswap", func: byteswap },
    BuiltinDef { name: "copy", func: copy },
    BuiltinDef { name: "repeat", func: repeat },
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

/// `itemsize(a)`: the size in bytes of one item.
fn itemsize(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (b, _) = this(vm, "itemsize", args, kw, 1)?;
    let size = data(vm, b).map_or(0, |d| d.size);
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
                Err(_) => vm.new_bigint(crate::runtime::bigint::BigInt::from(n)),
            })
        }
    }
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
            Err(_) => vm.new_bigint(crate::runtime::bigint::BigInt::from(raw)),
        },
    })
}

/// An array's items, packed by typecode (native byte order).
#[derive(Debug)]
pub struct ArrayData {
    /// The typecode.
    pub code: u8,
    /// The item size in bytes (1 to 8).
    pub size: usize,
    /// The items' bytes.
    pub data: Vec<u8>,
}

impl ArrayData {
    /// The number of items (sizes are powers of two: a shift, not a division).
    #[inline]
    fn len(&self) -> usize {
        self.data.len() >> self.size.trailing_zeros()
    }

    /// Item `i` (in range) as a value when that needs no allocation (`d`
    /// and `f` floats, the small integer types); `None` for the others.
    #[inline]
    fn plain_item(&self, i: usize) -> Option<Value> {
        match self.code {
            b'd' => {
                let bytes = self.data.get(i * 8..i * 8 + 8)?;
                Some(Value::Float(f64::from_ne_bytes(bytes.try_into().ok()?)))
            }
            b'f' => {
                let bytes = self.data.get(i * 4..i * 4 + 4)?;
                Some(Value::Float(f64::from(f32::from_ne_bytes(bytes.try_into().ok()?))))
            }
            b'i' => {
                let bytes = self.data.get(i * 4..i * 4 + 4)?;
                Some(Value::Int(i64::from(i32::from_ne_bytes(bytes.try_into().ok()?))))
            }
            _ => None,
        }
    }

    /// Item `i`'s bytes as a little-endian u64 (0 past the end).
    #[inline]
    fn raw(&self, i: usize) -> u64 {
        let mut raw = [0u8; 8];
        if let Some(chunk) = self.data.get(i * self.size..(i + 1) * self.size) {
            if cfg!(target_endian = "little") {
                raw.iter_mut().zip(chunk).for_each(|(r, &b)| *r = b);
            } else {
                raw.iter_mut().zip(chunk.iter().rev()).for_each(|(r, &b)| *r = b);
            }
        }
        u64::from_le_bytes(raw)
    }

    /// Writes item `i` from a little-endian u64 (nothing past the end).
    #[inline]
    fn set_raw(&mut self, i: usize, raw: u64) {
        let size = self.size;
        let bytes = raw.to_le_bytes();
        if let Some(chunk) = self.data.get_mut(i * size..(i + 1) * size) {
            if cfg!(target_endian = "little") {
                chunk.iter_mut().zip(bytes).for_each(|(c, b)| *c = b);
            } else {
                chunk.iter_mut().rev().zip(bytes).for_each(|(c, b)| *c = b);
            }
        }
    }

    /// Appends an item from a little-endian u64.
    fn push_raw(&mut self, raw: u64) {
        let n = self.len();
        self.data.resize(self.data.len() + self.size, 0);
        self.set_raw(n, raw);
    }

    /// Item `i`'s bytes.
    fn chunk(&self, i: usize) -> &[u8] {
        self.data.get(i * self.size..(i + 1) * self.size).unwrap_or(&[])
    }
}

/// What `array.py` registered (`register`): the `array` class, the
/// interned `_a` and the function wrapping a buffer in a new `array`.
/// GC roots (`Vm::collect_garbage`).
#[derive(Clone, Copy, Debug)]
pub struct ArrayHooks {
    /// The `array` class (the shortcuts take its exact instances only).
    pub class: ObjRef,
    /// The interned attribute name `_a`.
    pub slot: ObjRef,
    /// `_wrap(buffer)`: a new `array` holding the buffer.
    pub wrap: Value,
}

/// The packed items of a buffer object.
#[inline]
fn data(vm: &Vm, b: ObjRef) -> Option<&ArrayData> {
    match vm.heap.get(b) {
        Obj::UserData { value, .. } => value.downcast_ref::<ArrayData>(),
        _ => None,
    }
}

/// The packed items of a buffer object, to change.
#[inline]
fn data_mut(vm: &mut Vm, b: ObjRef) -> Option<&mut ArrayData> {
    match vm.heap.get_mut(b) {
        Obj::UserData { value, .. } => value.downcast_mut::<ArrayData>(),
        _ => None,
    }
}

/// The buffer of an array (an instance of `array` or a subclass whose
/// `_a` holds one), or the buffer itself.
#[inline]
pub fn buffer_of(vm: &Vm, v: Value) -> Option<ObjRef> {
    let Value::Obj(r) = v else { return None };
    let slot = vm.array_hooks.as_ref()?.slot;
    let b = match vm.heap.get(r) {
        Obj::Instance(i) => {
            let at = if vm.shapes.has_at(i.shape, 0, slot) { 0 } else { vm.shapes.lookup(i.shape, slot)? };
            match i.slots.as_slice().get(at) {
                Some(Value::Obj(b)) => *b,
                _ => return None,
            }
        }
        Obj::UserData { .. } => r,
        _ => return None,
    };
    data(vm, b).map(|_| b)
}

/// The buffer of an exact `array` instance (not a subclass's, whose
/// subscript methods may be overridden).
#[inline]
fn exact_buffer(vm: &Vm, v: Value) -> Option<ObjRef> {
    let Value::Obj(r) = v else { return None };
    let hooks = vm.array_hooks.as_ref()?;
    let Obj::Instance(i) = vm.heap.get(r) else { return None };
    if i.class != hooks.class || !vm.shapes.has_at(i.shape, 0, hooks.slot) {
        return None;
    }
    match i.slots.as_slice().first() {
        Some(&Value::Obj(b)) if matches!(vm.heap.get(b), Obj::UserData { .. }) => Some(b),
        _ => None,
    }
}

/// The packed items of an exact `array` instance (its `_a` in slot 0,
/// where `__init__` and `_wrap` put it).
#[inline]
fn exact_data(vm: &Vm, v: Value) -> Option<&ArrayData> {
    data(vm, exact_buffer(vm, v)?)
}

/// True if `v` is an exact `array` instance (what the subscript shortcuts take).
#[inline]
pub fn is_exact_array(vm: &Vm, v: Value) -> bool {
    exact_buffer(vm, v).is_some()
}

/// The method's receiver's buffer and the arguments' count checked.
fn this(vm: &mut Vm, name: &str, args: &[Value], kw: &[(ObjRef, Value)], n: usize) -> PyResult<(ObjRef, u8)> {
    no_kwargs_arity(vm, name, args, kw, n, n)?;
    match buffer_of(vm, arg_at(args, 0)) {
        Some(b) => Ok((b, data(vm, b).map_or(b'b', |d| d.code))),
        None => {
            let tn = vm.type_name(arg_at(args, 0));
            Err(vm
                .type_error(format!("descriptor '{name}' for 'array.array' objects doesn't apply to a '{tn}' object")))
        }
    }
}

/// A new buffer object holding `data`.
fn new_buffer(vm: &mut Vm, code: u8, size: usize, data: Vec<u8>) -> Value {
    vm.heap.note_growth(data.capacity());
    let value: alloc::boxed::Box<dyn core::any::Any + Send> = alloc::boxed::Box::new(ArrayData { code, size, data });
    Value::Obj(vm.heap.alloc(Obj::UserData { class: vm.types.object, value }))
}

/// A new `array` holding a new buffer of `data`.
fn new_array(vm: &mut Vm, code: u8, size: usize, data: Vec<u8>) -> PyResult<Value> {
    let b = new_buffer(vm, code, size, data);
    let Some(wrap) = vm.array_hooks.as_ref().map(|h| h.wrap) else {
        return Err(vm.system_error("array is not registered"));
    };
    vm.temp_roots.push(b);
    let r = vm.call_value(wrap, &[b]);
    vm.temp_roots.pop();
    r
}

/// `new(typecode)`: an empty buffer (raising for a bad typecode).
fn new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "new", args, kw, 1, 1)?;
    let (code, size) = typecode(vm, arg_at(args, 0))?;
    Ok(new_buffer(vm, code, size, Vec::new()))
}

/// `register(array_class, wrap)`: the class the shortcuts take and the
/// function making an `array` of a buffer.
fn register(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "register", args, kw, 2, 2)?;
    let Value::Obj(class) = arg_at(args, 0) else { return Err(vm.type_error("register() needs a class")) };
    let slot = vm.intern("_a");
    vm.array_hooks = Some(ArrayHooks { class, slot, wrap: arg_at(args, 1) });
    Ok(Value::None)
}

/// `typecode(a)`: the typecode character.
fn typecode_of(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (_, code) = this(vm, "typecode", args, kw, 1)?;
    let mut buf = [0u8; 4];
    Ok(vm.new_str(char::from(code).encode_utf8(&mut buf)))
}

/// Item `i` (in range) of buffer `b` as a value.
#[inline]
fn item(vm: &mut Vm, b: ObjRef, i: usize) -> PyResult<Value> {
    let Some(d) = data(vm, b) else { return Ok(Value::None) };
    let (code, size, raw) = (d.code, d.size, d.raw(i));
    match code {
        b'd' => Ok(Value::Float(f64::from_bits(raw))),
        _ => item_value(vm, code, size, raw),
    }
}

/// `v` converted to typecode `code`'s machine bytes (CPython's checks).
#[inline]
fn encode(vm: &mut Vm, code: u8, v: Value) -> PyResult<u64> {
    if let (b'd', Value::Float(x)) = (code, v) {
        return Ok(x.to_bits());
    }
    let c = convert_one(vm, code, v)?;
    item_bits(vm, code, c)
}

/// `a[i]` for an exact `array` and an int (`None`: not those).
#[inline]
pub fn fast_get(vm: &mut Vm, a: Value, i: i64) -> Option<PyResult<Value>> {
    if let Some(v) = peek_item(vm, a, i) {
        return Some(Ok(v));
    }
    let b = exact_buffer(vm, a)?;
    let n = data(vm, b)?.len();
    Some(match crate::uop::seq_index(n, i) {
        Some(j) => item(vm, b, j),
        None => Err(vm.index_error("array index out of range")),
    })
}

/// `a[i] = v` for an exact `array` and an int (`None`: not those).
#[inline]
pub fn fast_set(vm: &mut Vm, a: Value, i: i64, v: Value) -> Option<PyResult<()>> {
    if poke_item(vm, a, i, v).is_some() {
        return Some(Ok(()));
    }
    let b = exact_buffer(vm, a)?;
    Some(set_index(vm, b, i, v))
}

/// `a[i]` for an exact `array` and an index in range, without raising
/// or running code (`None` otherwise): the specialized form and traces.
#[inline]
pub fn peek_item(vm: &mut Vm, a: Value, i: i64) -> Option<Value> {
    let d = exact_data(vm, a)?;
    let j = crate::uop::seq_index(d.len(), i)?;
    if let Some(v) = d.plain_item(j) {
        return Some(v);
    }
    let (code, size, raw) = (d.code, d.size, d.raw(j));
    item_value(vm, code, size, raw).ok()
}

/// `a[i] = v` for an exact `array`, an index in range and an int, float
/// or bool `v` the typecode takes, without raising or running code
/// (`None`, nothing written, otherwise).
#[inline]
pub fn poke_item(vm: &mut Vm, a: Value, i: i64, v: Value) -> Option<()> {
    if !matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_)) {
        return None;
    }
    let b = exact_buffer(vm, a)?;
    let d = data(vm, b)?;
    let code = d.code;
    let j = crate::uop::seq_index(d.len(), i)?;
    if let (b'd', Value::Float(x)) = (code, v) {
        let slot = data_mut(vm, b)?.data.get_mut(j * 8..j * 8 + 8)?;
        slot.copy_from_slice(&x.to_ne_bytes());
        return Some(());
    }
    let raw = match (code, v) {
        (b'u', _) => return None,
        _ => encode(vm, code, v).ok()?,
    };
    data_mut(vm, b)?.set_raw(j, raw);
    Some(())
}

/// `a[i] = v` on buffer `b`.
fn set_index(vm: &mut Vm, b: ObjRef, i: i64, v: Value) -> PyResult<()> {
    let Some(d) = data(vm, b) else { return Ok(()) };
    let (code, n) = (d.code, d.len());
    let Some(j) = crate::uop::seq_index(n, i) else {
        return Err(vm.index_error("array assignment index out of range"));
    };
    let raw = encode(vm, code, v)?;
    if let Some(d) = data_mut(vm, b) {
        d.set_raw(j, raw);
    }
    Ok(())
}

/// A subscript that is not a slice, as an i64 (`__index__` honoured;
/// past i64, CPython's IndexError).
fn subscript_int(vm: &mut Vm, key: Value) -> PyResult<i64> {
    match key {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b)),
        _ => {
            let has_index = vm.is_int(key) || {
                let cls = vm.class_of(key);
                vm.lookup_class_attr(cls, vm.names.index).is_some()
            };
            if !has_index {
                return Err(vm.type_error("array indices must be integers"));
            }
            let n = index_arg(vm, key)?;
            match n.to_i64() {
                Some(i) => Ok(i),
                None => {
                    let tn = vm.type_name(key);
                    Err(vm.index_error(format!("cannot fit '{tn}' into an index-sized integer")))
                }
            }
        }
    }
}

/// The slice object `key` is, if it is one.
fn slice_of(vm: &Vm, key: Value) -> Option<ObjRef> {
    match key {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Slice(_)) => Some(r),
        _ => None,
    }
}

/// `a.__getitem__(key)`: an item, or a new `array` for a slice.
fn getitem(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (b, _) = this(vm, "__getitem__", args, kw, 2)?;
    let key = arg_at(args, 1);
    let Some(d) = data(vm, b) else { return Ok(Value::None) };
    let (code, size, n) = (d.code, d.size, d.len());
    if let Some(s) = slice_of(vm, key) {
        let si = vm.slice_indices(s, n)?;
        vm.reserve(si.len * size)?;
        let Some(d) = data(vm, b) else { return Ok(Value::None) };
        let out: Vec<u8> = if si.step == 1 {
            let start = si.start as usize * size;
            d.data.get(start..start + si.len * size).unwrap_or(&[]).to_vec()
        } else {
            si.indices().flat_map(|i| d.chunk(i).iter().copied()).collect()
        };
        return new_array(vm, code, size, out);
    }
    let i = subscript_int(vm, key)?;
    match crate::uop::seq_index(n, i) {
        Some(j) => item(vm, b, j),
        None => Err(vm.index_error("array index out of range")),
    }
}

/// `a.__setitem__(key, v)`: an item, or a slice from an array of the same typecode.
fn setitem(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (b, code) = this(vm, "__setitem__", args, kw, 3)?;
    let (key, v) = (arg_at(args, 1), arg_at(args, 2));
    let Some(s) = slice_of(vm, key) else {
        let i = subscript_int(vm, key)?;
        return set_index(vm, b, i, v).map(|()| Value::None);
    };
    let from = match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_)) => buffer_of(vm, v),
        _ => None,
    };
    let Some(from) = from else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("can only assign array (not \"{tn}\") to array slice")));
    };
    let Some(src) = data(vm, from) else { return Ok(Value::None) };
    if src.code != code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let new = src.data.clone();
    let (size, n) = (src.size, data(vm, b).map_or(0, |d| d.len()));
    let si = vm.slice_indices(s, n)?;
    let count = new.len() / size;
    if si.step == 1 {
        vm.reserve(new.len())?;
        vm.heap.note_growth(new.len());
        if let Some(d) = data_mut(vm, b) {
            let start = si.start as usize * size;
            let end = start + si.len * size;
            drop(d.data.splice(start..end, new));
        }
        return Ok(Value::None);
    }
    if count != si.len {
        return Err(
            vm.value_error(format!("attempt to assign array of size {count} to extended slice of size {}", si.len))
        );
    }
    if let Some(d) = data_mut(vm, b) {
        for (k, i) in si.indices().enumerate() {
            let chunk = new.get(k * size..(k + 1) * size).unwrap_or(&[]);
            if let Some(dst) = d.data.get_mut(i * size..(i + 1) * size) {
                dst.copy_from_slice(chunk);
            }
        }
    }
    Ok(Value::None)
}

/// `a.__delitem__(key)`: an item or a slice.
fn delitem(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (b, _) = this(vm, "__delitem__", args, kw, 2)?;
    let key = arg_at(args, 1);
    let n = data(vm, b).map_or(0, |d| d.len());
    if let Some(s) = slice_of(vm, key) {
        let si = vm.slice_indices(s, n)?;
        let mut gone = alloc::vec![false; n];
        for i in si.indices() {
            if let Some(g) = gone.get_mut(i) {
                *g = true;
            }
        }
        if let Some(d) = data_mut(vm, b) {
            let size = d.size;
            let mut k = 0;
            d.data.retain(|_| {
                let keep = !gone.get(k / size).copied().unwrap_or(false);
                k += 1;
                keep
            });
        }
        return Ok(Value::None);
    }
    let i = subscript_int(vm, key)?;
    let Some(j) = crate::uop::seq_index(n, i) else {
        return Err(vm.index_error("array assignment index out of range"));
    };
    if let Some(d) = data_mut(vm, b) {
        let size = d.size;
        drop(d.data.drain(j * size..(j + 1) * size));
    }
    Ok(Value::None)
}

/// `len(a)`.
fn length(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (b, _) = this(vm, "__len__", args, kw, 1)?;
    Ok(Value::Int(data(vm, b).map_or(0, |d| d.len()) as i64))
}

/// `a.tolist()`: the items as a list.
fn tolist(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (b, _) = this(vm, "tolist", args, kw, 1)?;
    let n = data(vm, b).map_or(0, |d| d.len());
    vm.reserve(n * core::mem::size_of::<Value>())?;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        out.push(item(vm, b, i)?);
    }
    Ok(vm.new_list(out))
}

/// Appends machine bytes to buffer `b` (counted against the heap limit).
fn grow(vm: &mut Vm, b: ObjRef, bytes: &[u8]) -> PyResult<()> {
    vm.reserve(bytes.len())?;
    vm.heap.note_growth(bytes.len());
    if let Some(d) = data_mut(vm, b) {
        d.data.extend_from_slice(bytes);
    }
    Ok(())
}

/// `extend_list(a, items)`: appends a list's or tuple's items, converted
/// (all or nothing).
fn extend_list(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (b, code) = this(vm, "extend_list", args, kw, 2)?;
    let items = sequence_items(vm, arg_at(args, 1))?;
    let size = data(vm, b).map_or(1, |d| d.size);
    let mut tmp = ArrayData { code, size, data: Vec::new() };
    vm.reserve(items.len() * size)?;
    tmp.data.reserve(items.len() * size);
    for v in items {
        let raw = encode(vm, code, v)?;
        tmp.push_raw(raw);
    }
    grow(vm, b, &tmp.data).map(|()| Value::None)
}

/// `extend_array(a, other)`: appends another array's items (the same typecode).
fn extend_array(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (b, code) = this(vm, "extend_array", args, kw, 2)?;
    let Some(src) = buffer_of(vm, arg_at(args, 1)).and_then(|o| data(vm, o)) else {
        return Err(vm.type_error("can only extend with array"));
    };
    if src.code != code {
        return Err(vm.type_error("can only extend with array of same kind"));
    }
    let bytes = src.data.clone();
    grow(vm, b, &bytes).map(|()| Value::None)
}

/// `a.append(v)`.
fn append(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (b, code) = this(vm, "append", args, kw, 2)?;
    let raw = encode(vm, code, arg_at(args, 1))?;
    let size = data(vm, b).map_or(1, |d| d.size);
    vm.reserve(size)?;
    vm.heap.note_growth(size);
    if let Some(d) = data_mut(vm, b) {
        d.push_raw(raw);
    }
    Ok(Value::None)
}

/// `insert(a, i, v)` with `i` already an int (list.insert's clamping).
fn insert(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (b, code) = this(vm, "insert", args, kw, 3)?;
    let i = match arg_at(args, 1) {
        Value::Int(i) => i,
        _ => return Err(vm.type_error("insert() index must be an int")),
    };
    let raw = encode(vm, code, arg_at(args, 2))?;
    let size = data(vm, b).map_or(1, |d| d.size);
    vm.reserve(size)?;
    vm.heap.note_growth(size);
    if let Some(d) = data_mut(vm, b) {
        let n = d.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
        let mut tmp = ArrayData { code, size, data: Vec::new() };
        tmp.push_raw(raw);
        drop(d.data.splice(at * size..at * size, tmp.data));
    }
    Ok(Value::None)
}

/// `pop(a, i)` with `i` already an int: removes and returns item `i`.
fn pop(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (b, _) = this(vm, "pop", args, kw, 2)?;
    let n = data(vm, b).map_or(0, |d| d.len());
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let i = match arg_at(args, 1) {
        Value::Int(i) => i,
        _ => return Err(vm.type_error("pop() index must be an int")),
    };
    let Some(j) = crate::uop::seq_index(n, i) else { return Err(vm.index_error("pop index out of range")) };
    let v = item(vm, b, j)?;
    if let Some(d) = data_mut(vm, b) {
        let size = d.size;
        drop(d.data.drain(j * size..(j + 1) * size));
    }
    Ok(v)
}

/// `a.reverse()`.
fn reverse(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (b, _) = this(vm, "reverse", args, kw, 1)?;
    if let Some(d) = data_mut(vm, b) {
        let size = d.size;
        d.data.reverse();
        d.data.chunks_exact_mut(size).for_each(<[u8]>::reverse);
    }
    Ok(Value::None)
}

/// `a.tobytes()`: the items' machine representation.
fn tobytes(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (b, _) = this(vm, "tobytes", args, kw, 1)?;
    let bytes = data(vm, b).map(|d| d.data.clone()).unwrap_or_default();
    vm.reserve(bytes.len())?;
    Ok(vm.new_bytes(bytes, false))
}

/// The bytes of a bytes or bytearray value, or of an array of one-byte items.
fn bytes_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Value::Obj(r) = v {
        if let Obj::Bytes(b) = vm.heap.get(r) {
            return Ok(b.data.clone());
        }
    }
    if let Some(d) = buffer_of(vm, v).and_then(|b| data(vm, b)) {
        if d.size == 1 {
            return Ok(d.data.clone());
        }
        return Err(vm.type_error("a bytes-like object is required"));
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
}

/// `a.frombytes(buffer)`: appends the items held in machine bytes.
fn frombytes(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (b, _) = this(vm, "frombytes", args, kw, 2)?;
    let bytes = bytes_arg(vm, arg_at(args, 1))?;
    let size = data(vm, b).map_or(1, |d| d.size);
    if !bytes.len().is_multiple_of(size) {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    grow(vm, b, &bytes).map(|()| Value::None)
}

/// `a.byteswap()`: reverses each item's bytes.
fn byteswap(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (b, _) = this(vm, "byteswap", args, kw, 1)?;
    if let Some(d) = data_mut(vm, b) {
        let size = d.size;
        d.data.chunks_exact_mut(size).for_each(<[u8]>::reverse);
    }
    Ok(Value::None)
}

/// `copy(a)`: a new buffer holding a copy of the items.
fn copy(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (b, code) = this(vm, "copy", args, kw, 1)?;
    let (size, bytes) = data(vm, b).map(|d| (d.size, d.data.clone())).unwrap_or((1, Vec::new()));
    vm.reserve(bytes.len())?;
    Ok(new_buffer(vm, code, size, bytes))
}

/// `repeat(a, n)` with `n` already an int: a new buffer of the items `n` times.
fn repeat(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (b, code) = this(vm, "repeat", args, kw, 2)?;
    let n = match arg_at(args, 1) {
        Value::Int(n) => n.max(0) as usize,
        _ => return Err(vm.memory_error()),
    };
    let (size, len) = data(vm, b).map_or((1, 0), |d| (d.size, d.data.len()));
    let total = len.checked_mul(n).ok_or_else(|| vm.memory_error())?;
    vm.reserve(total)?;
    let bytes = data(vm, b).map(|d| d.data.repeat(n)).unwrap_or_default();
    Ok(new_buffer(vm, code, size, bytes))
}
