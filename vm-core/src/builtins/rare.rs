//! Rarely used methods of built-in types, behind the `rare-methods`
//! feature (firmware seldom needs them): `str.translate`,
//! `str.maketrans`, `str.isprintable`, `range.count`/`index`,
//! `float.hex`/`fromhex`, and `isdisjoint` of `keys()`/`items()` views
//! (whose set operators are `Vm::dict_view_binop`). Without the feature
//! these attributes do not exist.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{arg_at, arity, no_kwargs};
use crate::runtime::object::{BuiltinDef, DictViewKind, Obj, PyResult};
use crate::runtime::str_repr as sr;
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

macro_rules! defs {
    ($($name:literal => $f:ident),* $(,)?) => {
        &[$(BuiltinDef { name: $name, func: $f }),*]
    };
}

/// `str` methods.
pub static STR_METHODS: &[BuiltinDef] = defs! { "translate" => str_translate, "isprintable" => str_isprintable };

/// `float` methods.
pub static FLOAT_METHODS: &[BuiltinDef] = defs! { "hex" => float_hex };

/// `range` methods.
pub static RANGE_METHODS: &[BuiltinDef] = defs! { "count" => range_count, "index" => range_index };

/// Methods of `dict.keys()` and `dict.items()` views.
pub static DICT_VIEW_METHODS: &[BuiltinDef] = defs! { "isdisjoint" => view_isdisjoint };

/// `float.fromhex` (a class method).
pub static FLOAT_FROMHEX: BuiltinDef = BuiltinDef { name: "fromhex", func: float_fromhex };

// ----- range -----

/// Where `x` sits in the range `r`: `Ok(Some(i))` for an exact int found
/// at index `i` (arithmetic), `Ok(None)` for one not there, `Err(())` for
/// other values (searched by equality).
fn range_position(vm: &mut Vm, r: Value, x: Value) -> PyResult<Result<Option<Value>, ()>> {
    use crate::bytecode::opcode::BinaryOp;
    if !vm.is_int(x) {
        return Ok(Err(()));
    }
    let Value::Obj(o) = r else { return Ok(Ok(None)) };
    let (start, step) = match vm.heap.get(o) {
        Obj::Range { start, stop, step } => {
            // i64 bounds: in i128 (an int past i64 is outside).
            let (start, stop, step) = (*start as i128, *stop as i128, *step as i128);
            let Some(i) = vm.to_i64(x).map(i128::from) else { return Ok(Ok(None)) };
            let inside = if step > 0 { i >= start && i < stop } else { i <= start && i > stop };
            if !inside || (i - start) % step != 0 {
                return Ok(Ok(None));
            }
            let q = (i - start) / step;
            return Ok(Ok(Some(vm.new_int_i128(q)?)));
        }
        Obj::BigRange(b) => (b.start.clone(), b.step.clone()),
        _ => return Ok(Ok(None)),
    };
    // Bounds past i64: membership as `in` tests it, the index by int
    // arithmetic.
    if !vm.contains(r, x)? {
        return Ok(Ok(None));
    }
    let (start, step) = (vm.new_bigint(start), vm.new_bigint(step));
    let d = vm.binary_op(BinaryOp::Sub, x, start, false)?;
    Ok(Ok(Some(vm.binary_op(BinaryOp::FloorDiv, d, step, false)?)))
}

fn recv_range(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v @ Value::Obj(r)) if matches!(vm.heap.get(r), Obj::Range { .. } | Obj::BigRange(_)) => Ok(v),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'range' object"))),
    }
}

/// `range.count(x)` / `range.index(x)`.
fn range_search(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], index: bool) -> PyResult<Value> {
    let (name, qualname) = if index { ("index", "range.index") } else { ("count", "range.count") };
    no_kwargs(vm, qualname, kw)?;
    method_arity(vm, qualname, args, 1)?;
    let r = recv_range(vm, args, name)?;
    let x = arg_at(args, 1);
    match range_position(vm, r, x)? {
        Ok(Some(i)) if index => Ok(i),
        Ok(found) if !index => Ok(Value::Int(found.is_some() as i64)),
        Ok(_) => {
            let text = vm.repr(x)?;
            Err(vm.value_error(format!("{text} is not in range")))
        }
        Err(()) => {
            let it = vm.get_iter(r)?;
            vm.temp_roots.push(it);
            let mut n = 0i64;
            let result = loop {
                match vm.iter_next(it) {
                    Ok(Some(item)) => match vm.eq(item, x) {
                        Ok(true) if index => break Ok(Value::Int(n)),
                        Ok(true) => n += 1,
                        Ok(false) => n += index as i64,
                        Err(e) => break Err(e),
                    },
                    Ok(None) if index => break Err(vm.value_error("sequence.index(x): x not in sequence")),
                    Ok(None) => break Ok(Value::Int(n)),
                    Err(e) => break Err(e),
                }
            };
            vm.temp_roots.pop();
            result
        }
    }
}

fn range_count(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    range_search(vm, args, kw, false)
}

fn range_index(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    range_search(vm, args, kw, true)
}

/// CPython's count check of a method taking exactly `n` (0 or 1)
/// arguments besides the receiver.
fn method_arity(vm: &mut Vm, qualname: &str, args: &[Value], n: usize) -> PyResult<()> {
    let given = args.len().saturating_sub(1);
    if given == n {
        return Ok(());
    }
    let takes = if n == 0 { "no arguments" } else { "exactly one argument" };
    Err(vm.type_error(format!("{qualname}() takes {takes} ({given} given)")))
}

fn str_isprintable(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "str.isprintable", kw)?;
    method_arity(vm, "str.isprintable", args, 0)?;
    let s = recv_str(vm, args, "isprintable")?;
    bool_v(sr::str_isprintable(&s))
}

/// `s.translate(table)`: each character's `table[ord(c)]` (a LookupError
/// keeps the character; None deletes it; an int or str replaces it).
fn str_translate(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "str.translate", kw)?;
    method_arity(vm, "str.translate", args, 1)?;
    let s = recv_str(vm, args, "translate")?;
    let table = arg_at(args, 1);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mapped = match vm.get_item(table, Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if vm.exception_matches(e, vm.exc.lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match vm.unwrap_native(mapped) {
            Value::None => {}
            v @ (Value::Int(_) | Value::Bool(_)) => {
                let i = vm.to_i64(v).unwrap_or(-1);
                match u32::try_from(i).ok().filter(|&i| i < 0x110000) {
                    Some(i) => match char::from_u32(i) {
                        Some(m) => out.push(m),
                        None => return Err(vm.value_error("surrogate code points are not supported")),
                    },
                    None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
                }
            }
            v => match vm.as_str(v) {
                Some(t) => out.push_str(t),
                None if vm.is_int(v) => {
                    return Err(vm.overflow_error("Python int too large to convert to C long"));
                }
                None => return Err(vm.type_error("character mapping must return integer, None or str")),
            },
        }
    }
    Ok(vm.new_string(out))
}

/// `str.maketrans(dict)`, `str.maketrans(x, y)`, `str.maketrans(x, y, z)`.
fn str_maketrans(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "str.maketrans", kw)?;
    arity(vm, "maketrans", args, 1, 3)?;
    let x = arg_at(args, 0);
    let mut pairs: Vec<(Value, Value)> = Vec::new();
    if args.len() == 1 {
        let entries: Vec<(Value, Value)> = match x {
            Value::Obj(r) => match vm.heap.get(r) {
                Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        if !matches!(x, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_))) {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        }
        for (k, v) in entries {
            let key = match vm.as_str(vm.unwrap_native(k)) {
                Some(t) => {
                    let mut cs = t.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => return Err(vm.value_error("string keys in translate table must be of length 1")),
                    }
                }
                None if vm.is_int(vm.unwrap_native(k)) => k,
                None => return Err(vm.type_error("keys in translate table must be strings or integers")),
            };
            pairs.push((key, v));
        }
    } else {
        let mut texts = [String::new(), String::new(), String::new()];
        // Arguments 2 and 3 are checked first, as CPython's argument parsing does.
        for i in [1, 2, 0].into_iter().filter(|&i| i < args.len()) {
            let v = arg_at(args, i);
            match vm.as_str(vm.unwrap_native(v)) {
                Some(t) => {
                    if let Some(text) = texts.get_mut(i) {
                        *text = String::from(t);
                    }
                }
                None if i == 0 => {
                    return Err(vm.type_error("first maketrans argument must be a string if there is a second argument"))
                }
                None => {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!("maketrans() argument {} must be str, not {tn}", i + 1)));
                }
            }
        }
        let [x, y, z] = texts;
        if x.chars().count() != y.chars().count() {
            return Err(vm.value_error("the first two maketrans arguments must have equal length"));
        }
        let ord = |c: char| Value::Int(c as i64);
        pairs.extend(x.chars().zip(y.chars()).map(|(a, b)| (ord(a), ord(b))));
        pairs.extend(z.chars().map(|c| (ord(c), Value::None)));
    }
    let out = vm.new_dict_obj();
    vm.temp_roots.push(Value::Obj(out));
    let r = pairs.into_iter().try_for_each(|(k, v)| vm.dict_set(out, k, v));
    vm.temp_roots.pop();
    r.map(|()| Value::Obj(out))
}

fn view_isdisjoint(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let v = arg_at(args, 0);
    let qualname = match vm.set_like_view(v) {
        Some((_, DictViewKind::Items)) => "dict_items.isdisjoint",
        Some(_) => "dict_keys.isdisjoint",
        None => return Err(vm.type_error("descriptor 'isdisjoint' requires a 'dict_keys' object")),
    };
    no_kwargs(vm, qualname, kw)?;
    method_arity(vm, qualname, args, 1)?;
    bool_v(vm.dict_view_isdisjoint(v, arg_at(args, 1))?)
}

/// `str.maketrans` (a static method).
pub static STR_MAKETRANS: BuiltinDef = BuiltinDef { name: "maketrans", func: str_maketrans };

/// `x.hex()` as CPython writes it: `[-]0x1.<13 hex digits>p<exp>` for
/// normal numbers, `0x0.<13 digits>p-1022` for subnormals.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return String::from("nan");
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 { (0, -1022) } else { (1, biased - 1023) };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

/// `float.fromhex(s)`'s parse; `Err(true)` for a value too large.
pub fn float_from_hex(s: &str) -> Result<f64, bool> {
    let b = s.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')).as_bytes();
    let (neg, rest) = match b.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, b),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    for (word, v) in [(&b"inf"[..], f64::INFINITY), (b"infinity", f64::INFINITY), (b"nan", f64::NAN)] {
        if rest.eq_ignore_ascii_case(word) {
            return Ok(sign * v);
        }
    }
    let rest = match rest {
        [b'0', x, rest @ ..] if (x | 0x20) == b'x' => rest,
        _ => rest,
    };
    // The coefficient's hex digits (leading zeros dropped), how many came
    // after the point, and the exponent.
    let mut digits: Vec<u8> = Vec::new();
    let (mut ndigits, mut frac_digits, mut seen_point) = (0usize, 0i64, false);
    let mut it = rest.iter().copied().peekable();
    while let Some(&c) = it.peek() {
        if c == b'.' && !seen_point {
            seen_point = true;
        } else if let Some(d) = (c as char).to_digit(16) {
            ndigits += 1;
            frac_digits += seen_point as i64;
            if d != 0 || !digits.is_empty() {
                digits.push(d as u8);
            }
        } else {
            break;
        }
        it.next();
    }
    if ndigits == 0 {
        return Err(false);
    }
    let mut exp: i64 = 0;
    if it.next_if(|&c| (c | 0x20) == b'p').is_some() {
        let eneg = match it.next_if(|&c| c == b'-' || c == b'+') {
            Some(c) => c == b'-',
            None => false,
        };
        let mut any = false;
        while let Some(c) = it.next_if(u8::is_ascii_digit) {
            exp = (exp * 10 + (c - b'0') as i64).min(1 << 40);
            any = true;
        }
        if !any {
            return Err(false);
        }
        if eneg {
            exp = -exp;
        }
    }
    if it.next().is_some() {
        return Err(false);
    }
    if digits.is_empty() {
        return Ok(sign * 0.0);
    }
    // value = (m + sticky) * 2**e with m the first 15 digits.
    let (head, tail) = digits.split_at(digits.len().min(15));
    let m = head.iter().fold(0u64, |m, &d| (m << 4) | d as u64);
    let sticky = tail.iter().any(|&d| d != 0);
    let e = exp - 4 * frac_digits + 4 * tail.len() as i64;
    let top = e + 63 - m.leading_zeros() as i64;
    if top > 1023 {
        return Err(true);
    }
    let lsb = (top - 52).max(-1074);
    let drop = lsb - e;
    let q = if drop <= 0 {
        m << -drop
    } else if drop > 62 {
        0
    } else {
        let (q, rem, half) = (m >> drop, m & ((1u64 << drop) - 1), 1u64 << (drop - 1));
        if rem > half || (rem == half && (sticky || q & 1 == 1)) {
            q + 1
        } else {
            q
        }
    };
    let x = libm::ldexp(q as f64, lsb as i32);
    if x.is_infinite() {
        return Err(true);
    }
    Ok(sign * x)
}

fn float_hex(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "float.hex", kw)?;
    method_arity(vm, "float.hex", args, 0)?;
    match args.first().map(|&v| vm.unwrap_native(v)) {
        Some(Value::Float(f)) => Ok(vm.new_string(float_to_hex(f))),
        _ => Err(vm.type_error("descriptor 'hex' requires a 'float' object")),
    }
}

fn float_fromhex(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "float.fromhex", kw)?;
    // Bound as a class method: arg_at(args, 0) is the class.
    method_arity(vm, "float.fromhex", args, 1)?;
    let Some(text) = vm.as_str(vm.unwrap_native(arg_at(args, 1))).map(String::from) else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let x = match float_from_hex(&text) {
        Ok(x) => Value::Float(x),
        Err(true) => return Err(vm.overflow_error("hexadecimal value too large to represent as a float")),
        Err(false) => return Err(vm.value_error("invalid hexadecimal floating-point string")),
    };
    match arg_at(args, 0) {
        Value::Obj(c) if c != vm.types.float => vm.call_value(Value::Obj(c), &[x]),
        _ => Ok(x),
    }
}

fn recv_str(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<String> {
    match args.first().and_then(|&v| vm.as_str(vm.unwrap_native(v))) {
        Some(s) => Ok(String::from(s)),
        None => Err(vm.type_error(format!("descriptor '{name}' requires a 'str' object"))),
    }
}

fn bool_v(b: bool) -> PyResult<Value> {
    Ok(Value::Bool(b))
}

// ----- type -----

/// `type.mro` (in `type`'s namespace; a class without a metaclass gets it
/// bound from [`Vm::class_rare_attr`]).
pub static TYPE_METHODS: &[BuiltinDef] = defs! { "mro" => type_mro, "__subclasses__" => type_subclasses };

/// `type.mro(cls)`: the class's MRO as a new list.
fn type_mro(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    class_list(vm, args, kw, "mro", |c| &c.mro)
}

/// `type.__subclasses__(cls)`: the class's direct subclasses, oldest first
/// (every class made stays listed: ouro's classes keep theirs alive, where
/// CPython's list forgets collected ones).
fn type_subclasses(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    class_list(vm, args, kw, "__subclasses__", |c| &c.subclasses)
}

/// `type.NAME(cls)` returning `field` of the class as a new list.
fn class_list(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    name: &str,
    field: fn(&crate::runtime::object::Class) -> &[ObjRef],
) -> PyResult<Value> {
    let cls = match args.first() {
        None => return Err(vm.type_error(format!("unbound method type.{name}() needs an argument"))),
        Some(&Value::Obj(c)) if matches!(vm.heap.get(c), Obj::Class(_)) => c,
        Some(&v) => {
            let tn = vm.type_name(v);
            return Err(
                vm.type_error(format!("descriptor '{name}' for 'type' objects doesn't apply to a '{tn}' object"))
            );
        }
    };
    let Obj::Class(c) = vm.heap.get(cls) else { return Ok(Value::None) };
    let (qualname, items): (String, Vec<Value>) =
        (format!("{}.{name}", &*c.name), field(c).iter().map(|&k| Value::Obj(k)).collect());
    no_kwargs(vm, &qualname, kw)?;
    method_arity(vm, &qualname, args, 0)?;
    Ok(vm.new_list(items))
}

impl Vm {
    /// `cls.mro` and `cls.__subclasses__` (bound to `cls`) and `cls.__base__` for a class whose
    /// namespace and metaclass do not define them.
    pub(crate) fn class_rare_attr(&mut self, cls: ObjRef, name: ObjRef) -> Option<Value> {
        let Obj::Class(c) = self.heap.get(cls) else { return None };
        let Obj::Str(text) = self.heap.get(name) else { return None };
        match text.as_str() {
            n @ ("mro" | "__subclasses__") => {
                let def = TYPE_METHODS.iter().find(|d| d.name == n)?;
                Some(Value::Obj(self.heap.alloc(Obj::Builtin { def, receiver: Value::Obj(cls) })))
            }
            "__base__" => {
                // CPython's "best base": the first base with a layout of its
                // own (a built-in type's, an exception's), else the first.
                let first = c.bases.first().copied();
                let solid = c.bases.iter().copied().find(|&b| {
                    matches!(self.heap.get(b), Obj::Class(k) if k.layout != crate::runtime::object::Layout::Object)
                });
                Some(solid.or(first).map_or(Value::None, Value::Obj))
            }
            _ => None,
        }
    }
}

// ----- built-in methods' owners -----

/// Where a built-in method lives in its class's dict.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum MethodKind {
    /// A plain method (`list.append`, a method descriptor in CPython).
    Plain,
    /// A static method (`str.maketrans`).
    Static,
    /// A class method (`dict.fromkeys`).
    Class,
}

impl Vm {
    /// Records the built-in types' methods in `Vm::builtin_methods` (run
    /// once their class dicts are complete).
    pub(crate) fn note_builtin_methods(&mut self) {
        for class in self.types.to_array().into_iter().chain(self.exc.to_array()) {
            let Obj::Class(c) = self.heap.get(class) else { continue };
            let Obj::Dict(d) = self.heap.get(c.dict) else { continue };
            for e in d.iter() {
                let Value::Obj(o) = e.value else { continue };
                let (f, kind) = match self.heap.get(o) {
                    Obj::Builtin { receiver: Value::Null, .. } => (o, MethodKind::Plain),
                    Obj::ClassMethod(Value::Obj(f)) => (*f, MethodKind::Class),
                    _ => continue,
                };
                self.builtin_methods.insert(f, kind);
            }
        }
    }

    /// The type of a built-in callable or bound method, as CPython splits
    /// them: `method_descriptor` for a built-in type's method read from the
    /// type (`list.append`), `wrapper_descriptor` and `method-wrapper` for
    /// a dunder wrapper unbound and bound (`int.__add__`, `(5).__add__`),
    /// `builtin_function_or_method` for the rest and for a built-in class
    /// method bound to its class (`dict.fromkeys`), and `method` for other
    /// bound methods.
    pub(crate) fn builtin_callable_class(&self, r: ObjRef) -> ObjRef {
        let t = &self.types;
        match self.heap.get(r) {
            Obj::Builtin { def, receiver } => match self.wrapper_binding(r, def, *receiver) {
                Some(true) => t.method_wrapper,
                Some(false) => t.wrapper_descriptor,
                None if receiver.is_null() && self.builtin_methods.get(&r) == Some(&MethodKind::Plain) => {
                    t.method_descriptor
                }
                None => t.builtin_function,
            },
            Obj::BoundMethod { func: Value::Obj(f), .. } if self.builtin_methods.get(f) == Some(&MethodKind::Class) => {
                t.builtin_function
            }
            _ => t.method,
        }
    }

    /// Whether the built-in `r` (`def`, `receiver`) is a CPython
    /// method-wrapper (`Some(true)`: `(5).__add__`, `f.__call__`,
    /// `object().__init__`) or slot wrapper (`Some(false)`: `int.__add__`,
    /// `object.__init__`); `None` for other built-ins. A built-in type's
    /// method with a dunder name is a slot wrapper unless CPython defines
    /// it as a plain method.
    pub(crate) fn wrapper_binding(&self, r: ObjRef, def: &BuiltinDef, receiver: Value) -> Option<bool> {
        if let Some(bound) = self.dunder_wrapper_bound(def, receiver) {
            return Some(bound);
        }
        let name = def.name;
        const METHODS: &[&str] = &["__bytes__", "__subclasses__", "__sizeof__", "__format__", "__dir__"];
        if !(name.starts_with("__") && name.ends_with("__")) || METHODS.contains(&name) {
            return None;
        }
        if !receiver.is_null() {
            return Some(true);
        }
        (self.builtin_methods.get(&r) == Some(&MethodKind::Plain)).then_some(false)
    }

    /// The built-in class whose dict holds the unbound built-in method `r`
    /// (`list.append`, `str.maketrans`, `dict.fromkeys`'s function), found
    /// by identity, and how it is held there. `None` for the functions of
    /// `builtins` and of modules, host functions and bound methods.
    pub(crate) fn builtin_method_class(&mut self, r: ObjRef) -> Option<(ObjRef, MethodKind)> {
        let Obj::Builtin { def, receiver: Value::Null } = self.heap.get(r) else { return None };
        let name = self.intern(def.name);
        for class in self.types.to_array().into_iter().chain(self.exc.to_array()) {
            let Obj::Class(c) = self.heap.get(class) else { continue };
            let Some(Value::Obj(o)) = self.dict_get_str(c.dict, name) else { continue };
            let kind = match self.heap.get(o) {
                Obj::Builtin { .. } if o == r => MethodKind::Plain,
                Obj::StaticMethod(Value::Obj(f)) if *f == r => MethodKind::Static,
                Obj::ClassMethod(Value::Obj(f)) if *f == r => MethodKind::Class,
                _ => continue,
            };
            return Some((class, kind));
        }
        None
    }

    /// A built-in function or method's `__qualname__`, as CPython makes
    /// it: a method bound to an object (`[].append`, `f.__call__`) is
    /// named after the object's class (`list.append`, also for a
    /// subclass's instance: `L.append`), one bound to a class
    /// (`dict.fromkeys`) after that class, an unbound one after the class
    /// that holds it, a dunder wrapper after its class; other built-ins
    /// (`len`, `math.sqrt`) by their name.
    pub(crate) fn builtin_qualname(&mut self, r: ObjRef) -> String {
        let Obj::Builtin { def, receiver } = self.heap.get(r) else { return String::new() };
        let (def, receiver) = (*def, *receiver);
        if let Some(name) = self.host_fn_name(def, receiver) {
            return String::from(name);
        }
        let owner = if let Some(owner) = self.dunder_wrapper_owner(def, receiver) {
            Some(owner)
        } else if receiver.is_null() {
            self.builtin_method_class(r).map(|(c, _)| c)
        } else {
            Some(self.class_of(receiver))
        };
        match owner.map(|c| self.heap.get(c)) {
            Some(Obj::Class(c)) => format!("{}.{}", c.qualname, def.name),
            _ => String::from(def.name),
        }
    }

    /// `m.__qualname__` of a built-in class method bound to `class`
    /// (`dict.fromkeys`, `D.fromkeys` for a subclass `D`).
    pub(crate) fn bound_builtin_qualname(&self, class: Value, func: Value) -> Option<String> {
        let (Value::Obj(c), Value::Obj(f)) = (class, func) else { return None };
        match (self.heap.get(c), self.heap.get(f)) {
            (Obj::Class(c), Obj::Builtin { def, .. }) => Some(format!("{}.{}", c.qualname, def.name)),
            _ => None,
        }
    }
}
