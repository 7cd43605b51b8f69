//! `_json`: the hot loops behind the `json` module (`stdlib/json.py`).
//!
//! `scan` decodes one JSON value from a str (the whole recursive descent,
//! calling the hooks as it goes), `encode` encodes a value (the whole walk
//! over containers, calling `default` for other objects) and
//! `encode_basestring` / `encode_basestring_ascii` quote a str the way
//! CPython's encoder does.
//! Decoding errors come back as a tuple, not an exception, so that the
//! Python layer raises its own `JSONDecodeError` with CPython's message and
//! position: `scan` returns `(True, value, end)` or `(False, msg, pos)`
//! (positions are character indices). Nesting deeper than the recursion
//! limit raises RecursionError instead of growing the Rust stack.

use crate::builtins::arg_at;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::NativeModule;
use crate::builtins::no_kwargs_arity;
use crate::runtime::object::{BuiltinDef, Obj, PyErr, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// The `_json` module.
pub static MODULE: NativeModule = NativeModule { name: "_json", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[
    BuiltinDef { name: "scan", func: scan },
    BuiltinDef { name: "encode_basestring", func: encode_basestring },
    BuiltinDef { name: "encode_basestring_ascii", func: encode_basestring_ascii },
    BuiltinDef { name: "encode", func: encode },
];

fn init(_vm: &mut Vm, _ns: ObjRef) {}

fn str_arg(vm: &mut Vm, v: Value, fname: &str) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(String::from(s)),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{fname}() argument 1 must be str, not {tn}")))
        }
    }
}

/// Nesting past which encoding and decoding stop with RecursionError even
/// under a higher recursion limit: each level is a few hundred bytes of
/// Rust stack.
const MAX_NESTING: usize = 50_000;

/// True when one more level of nesting passes the recursion limit.
fn too_deep(vm: &Vm, depth: usize) -> bool {
    depth + vm.frames.len() + vm.nest_depth >= vm.config.recursion_limit.min(MAX_NESTING)
}

// ----- encoding -----

fn push_u_escape(out: &mut String, u: u32) {
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(char::from_digit((u >> shift) & 0xf, 16).unwrap_or('0'));
    }
}

/// `text` as a JSON string literal: quotes, backslashes and control
/// characters escaped, and with `ascii` every non-ASCII character too
/// (as `\uXXXX`, a surrogate pair above the BMP).
fn quote(text: &str, ascii: bool) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => push_u_escape(&mut out, c as u32),
            c if ascii && (c as u32) > 0x7e => {
                let u = c as u32;
                if u >= 0x10000 {
                    let v = u - 0x10000;
                    push_u_escape(&mut out, 0xd800 | (v >> 10));
                    push_u_escape(&mut out, 0xdc00 | (v & 0x3ff));
                } else {
                    push_u_escape(&mut out, u);
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn encode_basestring(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "encode_basestring", args, kw, 1, 1)?;
    let s = str_arg(vm, arg_at(args, 0), "encode_basestring")?;
    Ok(vm.new_string(quote(&s, false)))
}

fn encode_basestring_ascii(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "encode_basestring_ascii", args, kw, 1, 1)?;
    let s = str_arg(vm, arg_at(args, 0), "encode_basestring_ascii")?;
    Ok(vm.new_string(quote(&s, true)))
}

/// One `encode` call's options and state.
struct Encoder {
    ascii: bool,
    allow_nan: bool,
    /// Out-of-range float errors name the value (CPython's incremental
    /// encoder does, its one-shot C encoder does not).
    tell: bool,
    check_circular: bool,
    skipkeys: bool,
    sort_keys: bool,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    default: Value,
    /// The containers (and objects handed to `default`) being encoded.
    markers: Vec<ObjRef>,
    /// Nesting of `encode` calls and `default` results (for the recursion limit).
    depth: usize,
    /// Nesting of containers (for the indentation).
    level: usize,
    out: String,
}

impl Encoder {
    /// Refuses NaN and the infinities unless `allow_nan`.
    fn check_float(&self, vm: &mut Vm, x: f64) -> PyResult<()> {
        if self.allow_nan || x.is_finite() {
            return Ok(());
        }
        let msg = if self.tell {
            let mut r = String::new();
            crate::runtime::float_fmt::float_repr(x, &mut r);
            format!("Out of range float values are not JSON compliant: {r}")
        } else {
            String::from("Out of range float values are not JSON compliant")
        };
        Err(vm.value_error(msg))
    }

    /// Appends the JSON text of float `x`.
    fn push_float(&mut self, vm: &mut Vm, x: f64) -> PyResult<()> {
        self.check_float(vm, x)?;
        if x.is_nan() {
            self.out.push_str("NaN");
        } else if x == f64::INFINITY {
            self.out.push_str("Infinity");
        } else if x == f64::NEG_INFINITY {
            self.out.push_str("-Infinity");
        } else {
            crate::runtime::float_fmt::float_repr(x, &mut self.out);
        }
        Ok(())
    }

    fn enter(&mut self, vm: &mut Vm, r: ObjRef) -> PyResult<()> {
        if too_deep(vm, self.depth) {
            let c = vm.exc.recursion_error;
            return Err(vm.new_exception(c, "maximum recursion depth exceeded while encoding a JSON object"));
        }
        if self.check_circular {
            if self.markers.contains(&r) {
                return Err(vm.value_error("Circular reference detected"));
            }
            self.markers.push(r);
        }
        self.depth += 1;
        Ok(())
    }

    fn leave(&mut self) {
        if self.check_circular {
            self.markers.pop();
        }
        self.depth -= 1;
    }

    /// The separator between items and the text before the closing bracket.
    fn open(&mut self, bracket: char) -> (String, Option<String>) {
        self.out.push(bracket);
        match &self.indent {
            None => (self.item_sep.clone(), None),
            Some(ind) => {
                let mut newline = String::from("\n");
                for _ in 0..self.level {
                    newline.push_str(ind);
                }
                let mut close = String::from("\n");
                for _ in 1..self.level {
                    close.push_str(ind);
                }
                self.out.push_str(&newline);
                let mut sep = self.item_sep.clone();
                sep.push_str(&newline);
                (sep, Some(close))
            }
        }
    }

    fn value(&mut self, vm: &mut Vm, o: Value) -> PyResult<()> {
        let v = vm.unwrap_native(o);
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => {
                use core::fmt::Write;
                let _ = write!(self.out, "{i}");
            }
            Value::Float(x) => self.push_float(vm, x)?,
            Value::Obj(r) => match vm.heap.get(r) {
                Obj::Str(s) => {
                    let q = quote(s.as_str(), self.ascii);
                    self.out.push_str(&q);
                }
                Obj::BigInt(b) => {
                    let b = b.clone();
                    let text = vm.bigint_text(&b)?;
                    self.out.push_str(&text);
                }
                Obj::List(items) | Obj::Tuple(items) => {
                    let items: Vec<Value> = items.to_vec();
                    self.array(vm, r, items)?;
                }
                Obj::Dict(d) => {
                    let pairs: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
                    self.object(vm, r, pairs)?;
                }
                _ => self.other(vm, o)?,
            },
            _ => self.other(vm, o)?,
        }
        Ok(())
    }

    /// An object JSON has no form for: encodes what `default` returns.
    fn other(&mut self, vm: &mut Vm, o: Value) -> PyResult<()> {
        let marker = match o {
            Value::Obj(r) => r,
            _ => {
                let v = vm.call_value(self.default, &[o])?;
                vm.temp_roots.push(v);
                return self.value(vm, v);
            }
        };
        self.enter(vm, marker)?;
        let v = vm.call_value(self.default, &[o])?;
        vm.temp_roots.push(v);
        self.value(vm, v)?;
        self.leave();
        Ok(())
    }

    fn array(&mut self, vm: &mut Vm, r: ObjRef, items: Vec<Value>) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(vm, r)?;
        self.level += 1;
        vm.temp_roots.extend_from_slice(&items);
        let (sep, close) = self.open('[');
        for (n, v) in items.into_iter().enumerate() {
            if n > 0 {
                self.out.push_str(&sep);
            }
            self.value(vm, v)?;
        }
        if let Some(close) = close {
            self.out.push_str(&close);
        }
        self.out.push(']');
        self.level -= 1;
        self.leave();
        Ok(())
    }

    fn object(&mut self, vm: &mut Vm, r: ObjRef, mut pairs: Vec<(Value, Value)>) -> PyResult<()> {
        if pairs.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        self.enter(vm, r)?;
        self.level += 1;
        for &(k, v) in &pairs {
            vm.temp_roots.push(k);
            vm.temp_roots.push(v);
        }
        if self.sort_keys {
            let mut tuples: Vec<Value> = pairs.iter().map(|&(k, v)| vm.new_tuple(alloc::vec![k, v])).collect();
            vm.temp_roots.extend_from_slice(&tuples);
            crate::builtins::functions::sort_values(vm, &mut tuples, None, false)?;
            pairs = tuples
                .into_iter()
                .map(|t| match t {
                    Value::Obj(t) => match vm.heap.get(t) {
                        Obj::Tuple(kv) => match kv.as_slice() {
                            &[k, v] => (k, v),
                            _ => (Value::None, Value::None),
                        },
                        _ => (Value::None, Value::None),
                    },
                    _ => (Value::None, Value::None),
                })
                .collect();
        }
        let (sep, close) = self.open('{');
        let mut first = true;
        for (k, v) in pairs {
            let key = vm.unwrap_native(k);
            let text = match key {
                Value::None => String::from("\"null\""),
                Value::Bool(true) => String::from("\"true\""),
                Value::Bool(false) => String::from("\"false\""),
                Value::Int(i) => format!("\"{i}\""),
                Value::Float(x) => {
                    let saved = core::mem::take(&mut self.out);
                    let r = self.push_float(vm, x);
                    let f = core::mem::replace(&mut self.out, saved);
                    r?;
                    format!("\"{f}\"")
                }
                Value::Obj(kr) => match vm.heap.get(kr) {
                    Obj::Str(s) => quote(s.as_str(), self.ascii),
                    Obj::BigInt(b) => {
                        let b = b.clone();
                        format!("\"{}\"", vm.bigint_text(&b)?)
                    }
                    _ => String::new(),
                },
                _ => String::new(),
            };
            if text.is_empty() {
                if self.skipkeys {
                    continue;
                }
                let tn = vm.type_name(k);
                return Err(vm.type_error(format!("keys must be str, int, float, bool or None, not {tn}")));
            }
            if !first {
                self.out.push_str(&sep);
            }
            first = false;
            self.out.push_str(&text);
            self.out.push_str(&self.key_sep.clone());
            self.value(vm, v)?;
        }
        if let Some(close) = close {
            self.out.push_str(&close);
        }
        self.out.push('}');
        self.level -= 1;
        self.leave();
        Ok(())
    }
}

/// `encode(o, ensure_ascii, allow_nan, tell, check_circular, skipkeys,
/// sort_keys, indent, item_separator, key_separator, default)`: the JSON
/// text of `o` (`indent` is None or a str).
fn encode(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "encode", args, kw, 11, 11)?;
    let indent = match arg_at(args, 7) {
        Value::None => None,
        v => Some(str_arg(vm, v, "encode")?),
    };
    let item_sep = str_arg(vm, arg_at(args, 8), "encode")?;
    let key_sep = str_arg(vm, arg_at(args, 9), "encode")?;
    let mut e = Encoder {
        ascii: vm.truthy(arg_at(args, 1))?,
        allow_nan: vm.truthy(arg_at(args, 2))?,
        tell: vm.truthy(arg_at(args, 3))?,
        check_circular: vm.truthy(arg_at(args, 4))?,
        skipkeys: vm.truthy(arg_at(args, 5))?,
        sort_keys: vm.truthy(arg_at(args, 6))?,
        indent,
        item_sep,
        key_sep,
        default: arg_at(args, 10),
        markers: Vec::new(),
        depth: 0,
        level: 0,
        out: String::new(),
    };
    let roots = vm.temp_roots.len();
    let r = e.value(vm, arg_at(args, 0));
    vm.temp_roots.truncate(roots);
    r?;
    Ok(vm.new_string(e.out))
}

// ----- decoding -----

/// Why a scan stopped: a Python exception (from a hook, or RecursionError),
/// or a JSON syntax error `(message, byte offset)`.
enum Stop {
    Py(PyErr),
    Syntax(&'static str, usize),
}

impl From<PyErr> for Stop {
    fn from(e: PyErr) -> Self {
        Stop::Py(e)
    }
}

type Scan<T> = Result<T, Stop>;

struct Decoder<'a> {
    s: &'a str,
    b: &'a [u8],
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    fast_float: bool,
    fast_int: bool,
    depth: usize,
}

fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let mut v = 0u32;
    for i in 0..4 {
        let d = (*b.get(at + i)? as char).to_digit(16)?;
        v = v * 16 + d;
    }
    Some(v)
}

impl Decoder<'_> {
    fn skip_ws(&self, mut i: usize) -> usize {
        while matches!(self.b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            i += 1;
        }
        i
    }

    /// Keeps a value alive across calls back into Python (hooks may collect).
    fn root(vm: &mut Vm, v: Value) -> Value {
        vm.temp_roots.push(v);
        v
    }

    /// The string whose opening quote is at `start - 1`; returns its value and
    /// the offset after its closing quote.
    fn string(&self, start: usize) -> Scan<(String, usize)> {
        let b = self.b;
        let begin = start - 1;
        let mut out = String::new();
        let mut i = start;
        loop {
            let chunk = i;
            let special = |c: u8| c == b'"' || c == b'\\' || (self.strict && c < 0x20);
            while b.get(i).is_some_and(|&c| !special(c)) {
                i += 1;
            }
            let Some(&c) = b.get(i) else {
                return Err(Stop::Syntax("Unterminated string starting at", begin));
            };
            out.push_str(&self.s[chunk..i]);
            match c {
                b'"' => return Ok((out, i + 1)),
                b'\\' => {}
                _ => return Err(Stop::Syntax("Invalid control character at", i)),
            }
            i += 1;
            let Some(&e) = b.get(i) else {
                return Err(Stop::Syntax("Unterminated string starting at", begin));
            };
            if e != b'u' {
                out.push(match e {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(Stop::Syntax("Invalid \\escape", i - 1)),
                });
                i += 1;
                continue;
            }
            // \uXXXX, maybe followed by a low surrogate's \uXXXX.
            let Some(mut u) = hex4(b, i + 1) else {
                return Err(Stop::Syntax("Invalid \\uXXXX escape", i));
            };
            let at = i - 1;
            i += 5;
            if (0xd800..0xdc00).contains(&u) && b.get(i) == Some(&b'\\') && b.get(i + 1) == Some(&b'u') {
                if let Some(lo) = hex4(b, i + 2) {
                    if (0xdc00..0xe000).contains(&lo) {
                        u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                        i += 6;
                    }
                } else {
                    return Err(Stop::Syntax("Invalid \\uXXXX escape", i + 1));
                }
            }
            match char::from_u32(u) {
                Some(c) => out.push(c),
                // ouro's strs are UTF-8 text: a lone surrogate has no representation.
                None => return Err(Stop::Syntax("Lone surrogate \\uXXXX escape (not supported by ouro)", at)),
            }
        }
    }

    fn value(&mut self, vm: &mut Vm, i: usize) -> Scan<(Value, usize)> {
        let b = self.b;
        let Some(&c) = b.get(i) else { return Err(Stop::Syntax("Expecting value", i)) };
        let rest = b.get(i..).unwrap_or_default();
        match c {
            b'"' => {
                let (text, end) = self.string(i + 1)?;
                let v = vm.new_string(text);
                Ok((v, end))
            }
            b'{' | b'[' => {
                if too_deep(vm, self.depth) {
                    let c = vm.exc.recursion_error;
                    return Err(Stop::Py(vm.new_exception(
                        c,
                        "maximum recursion depth exceeded while decoding a JSON object from a unicode string",
                    )));
                }
                self.depth += 1;
                let r = if c == b'{' { self.object(vm, i + 1) } else { self.array(vm, i + 1) };
                self.depth -= 1;
                r
            }
            b'n' if rest.starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if rest.starts_with(b"true") => Ok((Value::Bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => Ok((Value::Bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => Ok((self.constant(vm, "NaN", f64::NAN)?, i + 3)),
            b'I' if rest.starts_with(b"Infinity") => Ok((self.constant(vm, "Infinity", f64::INFINITY)?, i + 8)),
            b'-' if rest.starts_with(b"-Infinity") => Ok((self.constant(vm, "-Infinity", f64::NEG_INFINITY)?, i + 9)),
            _ => self.number(vm, i),
        }
    }

    fn constant(&self, vm: &mut Vm, name: &str, f: f64) -> Scan<Value> {
        if self.parse_constant == Value::None {
            return Ok(Value::Float(f));
        }
        let arg = vm.new_str(name);
        Ok(vm.call_value(self.parse_constant, &[arg])?)
    }

    fn number(&self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let b = self.b;
        let digit = |j: usize| b.get(j).is_some_and(u8::is_ascii_digit);
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                while digit(i) {
                    i += 1;
                }
            }
            _ => return Err(Stop::Syntax("Expecting value", start)),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && digit(i + 1) {
            is_float = true;
            i += 1;
            while digit(i) {
                i += 1;
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if digit(j) {
                while digit(j) {
                    j += 1;
                }
                is_float = true;
                i = j;
            }
        }
        let text = &self.s[start..i];
        if is_float {
            if self.fast_float {
                if let Ok(f) = text.parse::<f64>() {
                    return Ok((Value::Float(f), i));
                }
            }
            let arg = vm.new_str(text);
            return Ok((vm.call_value(self.parse_float, &[arg])?, i));
        }
        if self.fast_int && text.len() <= 18 {
            if let Ok(n) = text.parse::<i64>() {
                return Ok((Value::Int(n), i));
            }
        }
        let arg = vm.new_str(text);
        Ok((vm.call_value(self.parse_int, &[arg])?, i))
    }

    fn array(&mut self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let mut items = Vec::new();
        let mut i = self.skip_ws(start);
        if self.b.get(i) != Some(&b']') {
            loop {
                let (v, end) = self.value(vm, i)?;
                items.push(Self::root(vm, v));
                i = self.skip_ws(end);
                match self.b.get(i) {
                    Some(b']') => break,
                    Some(b',') => i = self.skip_ws(i + 1),
                    _ => return Err(Stop::Syntax("Expecting ',' delimiter", i)),
                }
            }
        }
        let list = vm.new_list(items);
        Ok((Self::root(vm, list), i + 1))
    }

    fn object(&mut self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.skip_ws(start);
        if self.b.get(i) != Some(&b'}') {
            loop {
                if self.b.get(i) != Some(&b'"') {
                    return Err(Stop::Syntax("Expecting property name enclosed in double quotes", i));
                }
                let (key, end) = self.string(i + 1)?;
                let key = vm.new_string(key);
                Self::root(vm, key);
                i = self.skip_ws(end);
                if self.b.get(i) != Some(&b':') {
                    return Err(Stop::Syntax("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (v, end) = self.value(vm, i)?;
                pairs.push((key, Self::root(vm, v)));
                i = self.skip_ws(end);
                match self.b.get(i) {
                    Some(b'}') => break,
                    Some(b',') => {
                        i = self.skip_ws(i + 1);
                        if self.b.get(i) != Some(&b'"') {
                            return Err(Stop::Syntax("Expecting property name enclosed in double quotes", i));
                        }
                    }
                    _ => return Err(Stop::Syntax("Expecting ',' delimiter", i)),
                }
            }
        }
        let end = i + 1;
        if self.object_pairs_hook != Value::None {
            let tuples: Vec<Value> = pairs
                .into_iter()
                .map(|(k, v)| {
                    let t = vm.new_tuple(alloc::vec![k, v]);
                    Self::root(vm, t)
                })
                .collect();
            let list = vm.new_list(tuples);
            Self::root(vm, list);
            return Ok((vm.call_value(self.object_pairs_hook, &[list])?, end));
        }
        let d = vm.new_dict_obj();
        Self::root(vm, Value::Obj(d));
        for (k, v) in pairs {
            vm.dict_set(d, k, v)?;
        }
        if self.object_hook != Value::None {
            return Ok((vm.call_value(self.object_hook, &[Value::Obj(d)])?, end));
        }
        Ok((Value::Obj(d), end))
    }
}

/// The character index of byte offset `at` in `s`.
fn char_index(s: &str, at: usize) -> usize {
    if s.is_ascii() {
        at
    } else {
        s.char_indices().take_while(|&(b, _)| b < at).count()
    }
}

/// `scan(s, idx, strict, object_hook, object_pairs_hook, parse_float,
/// parse_int, parse_constant, fast_float, fast_int)`.
fn scan(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "scan", args, kw, 10, 10)?;
    let s = str_arg(vm, arg_at(args, 0), "scan")?;
    let idx = match arg_at(args, 1) {
        Value::Int(i) if i >= 0 => i as usize,
        _ => return Err(vm.value_error("idx cannot be negative")),
    };
    let start = match s.char_indices().nth(idx) {
        Some((b, _)) => b,
        None => s.len(),
    };
    let strict = vm.truthy(arg_at(args, 2))?;
    let fast_float = vm.truthy(arg_at(args, 8))?;
    let fast_int = vm.truthy(arg_at(args, 9))?;
    let mut d = Decoder {
        s: &s,
        b: s.as_bytes(),
        strict,
        object_hook: arg_at(args, 3),
        object_pairs_hook: arg_at(args, 4),
        parse_float: arg_at(args, 5),
        parse_int: arg_at(args, 6),
        parse_constant: arg_at(args, 7),
        fast_float,
        fast_int,
        depth: 0,
    };
    let roots = vm.temp_roots.len();
    let r = d.value(vm, start);
    vm.temp_roots.truncate(roots);
    match r {
        Ok((v, end)) => {
            let end = Value::Int(char_index(&s, end) as i64);
            Ok(vm.new_tuple(alloc::vec![Value::Bool(true), v, end]))
        }
        Err(Stop::Py(e)) => Err(e),
        Err(Stop::Syntax(msg, at)) => {
            let msg = vm.new_str(msg);
            let pos = Value::Int(char_index(&s, at) as i64);
            Ok(vm.new_tuple(alloc::vec![Value::Bool(false), msg, pos]))
        }
    }
}
