//! The `bytes` and `bytearray` constructors and methods, `str.encode`,
//! and the codecs they share (`utf-8`, `ascii`, `latin-1`), with CPython
//! 3.11's messages. `arg_at(args, 0)` of a method is the receiver.
//!
//! Without the `bytes` feature every built-in here is [`missing`]: bytes
//! values still exist (literals, repr, comparison, hashing, indexing,
//! iteration, `+` and `*`), their methods and constructors do not.
#![cfg_attr(not(feature = "bytes"), allow(dead_code, unused_imports))]

use crate::builtins::arg_at;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::codec_errors::Handler;
use super::{kwargs, no_kwargs};
use crate::runtime::bytes as rb;
use crate::runtime::object::{BuiltinDef, Obj, PyErr, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

macro_rules! defs {
    ($($name:literal => $f:ident),* $(,)?) => {
        &[$(BuiltinDef { name: $name, func: f!($f) }),*]
    };
}

/// A built-in of this module: the function itself, or without the `bytes`
/// feature [`missing`] (the names stay, so a script using one gets the
/// error naming the feature, and the functions are never linked).
#[cfg(feature = "bytes")]
macro_rules! f {
    ($f:ident) => {
        $f
    };
}
#[cfg(not(feature = "bytes"))]
macro_rules! f {
    ($f:ident) => {
        missing
    };
}

/// Every built-in of this module without the `bytes` feature.
#[cfg(not(feature = "bytes"))]
fn missing(vm: &mut Vm, _: &[Value], _: &[(ObjRef, Value)]) -> PyResult<Value> {
    Err(vm.missing_feature("this bytes/bytearray operation", "bytes"))
}

/// Without the feature `bytes` and `bytearray` have no methods in their
/// dicts (the method objects of these tables would be about 4.7 KB of
/// `Vm::new` on a 32-bit target, for stubs): true if `obj.name` is one of
/// them, whose lookup raises `NotImplementedError` naming the feature
/// instead of `AttributeError`.
#[cfg(not(feature = "bytes"))]
pub(crate) fn is_missing_method(vm: &Vm, obj: Value, name: &str) -> bool {
    let t = &vm.types;
    let class = match obj {
        Value::Obj(r) if r == t.bytes || r == t.bytearray => r,
        _ => vm.class_of(obj),
    };
    let mutable = class == t.bytearray;
    (mutable || class == t.bytes)
        && (name == FROMHEX.name
            || BYTES_METHODS.iter().chain(if mutable { BYTEARRAY_METHODS } else { &[] }).any(|d| d.name == name))
}

/// `ord(b)` of a `bytes` or `bytearray`: its byte when it has one, else
/// CPython's TypeError; `None` when `v` is neither.
#[cfg(feature = "bytes")]
pub(crate) fn ord_bytes(vm: &mut Vm, v: Value) -> Option<PyResult<Value>> {
    let (data, _) = vm.bytes_of(v)?;
    Some(match data[..] {
        [x] => Ok(Value::Int(i64::from(x))),
        _ => {
            let n = data.len();
            Err(vm.type_error(format!("ord() expected a character, but string of length {n} found")))
        }
    })
}

/// Methods shared by `bytes` and `bytearray`.
pub static BYTES_METHODS: &[BuiltinDef] = defs! {
    "decode" => decode, "hex" => hex, "join" => join, "split" => split, "strip" => strip,
    "lstrip" => lstrip, "rstrip" => rstrip, "startswith" => startswith, "endswith" => endswith,
    "find" => find, "rfind" => rfind, "index" => index, "count" => count, "replace" => replace,
    "upper" => upper, "lower" => lower,
};

/// More methods shared by `bytes` and `bytearray`: without the feature
/// they are absent (AttributeError), so the firmware images do not carry
/// even their names.
#[cfg(feature = "bytes")]
pub static BYTES_MORE_METHODS: &[BuiltinDef] = defs! {
    "isalnum" => isalnum, "isalpha" => isalpha, "isascii" => isascii, "isdigit" => isdigit,
    "islower" => islower, "isspace" => isspace, "isupper" => isupper,
    "removeprefix" => removeprefix, "removesuffix" => removesuffix,
};

/// The text methods `str` also has, shared by `bytes` and `bytearray`
/// (see [`BYTES_MORE_METHODS`]).
#[cfg(feature = "bytes")]
pub static BYTES_TEXT_METHODS: &[BuiltinDef] = defs! {
    "partition" => partition, "rpartition" => rpartition, "rsplit" => rsplit, "splitlines" => splitlines,
    "rindex" => rindex, "ljust" => ljust, "rjust" => rjust, "center" => center, "zfill" => zfill,
    "translate" => translate,
};

/// The rarely used case methods of `bytes` and `bytearray`, behind the
/// `rare-methods` feature too.
#[cfg(all(feature = "bytes", feature = "rare-methods"))]
pub static BYTES_RARE_METHODS: &[BuiltinDef] = defs! {
    "capitalize" => capitalize, "swapcase" => swapcase, "title" => title, "istitle" => istitle,
    "expandtabs" => expandtabs,
};

/// `bytes.__bytes__`.
#[cfg(feature = "bytes")]
pub static BYTES_ONLY_METHODS: &[BuiltinDef] = defs! { "__bytes__" => dunder_bytes };

/// `bytes.maketrans` / `bytearray.maketrans` (installed as static methods).
#[cfg(feature = "bytes")]
pub static MAKETRANS: BuiltinDef = BuiltinDef { name: "maketrans", func: f!(maketrans) };

/// Methods only `bytearray` has.
pub static BYTEARRAY_METHODS: &[BuiltinDef] = defs! {
    "append" => append, "extend" => extend, "pop" => pop, "clear" => clear, "copy" => copy,
};

/// More methods only `bytearray` has (see [`BYTES_MORE_METHODS`]).
#[cfg(feature = "bytes")]
pub static BYTEARRAY_MORE_METHODS: &[BuiltinDef] = defs! {
    "insert" => insert, "remove" => remove, "reverse" => reverse,
};

/// `bytes.fromhex` / `bytearray.fromhex` (installed as class methods).
pub static FROMHEX: BuiltinDef = BuiltinDef { name: "fromhex", func: f!(fromhex) };

/// `str.encode`.
pub static STR_ENCODE: BuiltinDef = BuiltinDef { name: "encode", func: f!(str_encode) };

/// `int.to_bytes`.
pub static INT_TO_BYTES: BuiltinDef = BuiltinDef { name: "to_bytes", func: f!(int_to_bytes) };

/// `int.from_bytes` (installed as a class method).
pub static INT_FROM_BYTES: BuiltinDef = BuiltinDef { name: "from_bytes", func: f!(int_from_bytes) };

/// Sets the constructors.
pub fn install(vm: &mut Vm) {
    let t = vm.types;
    vm.set_ctor(t.bytes, f!(bytes_new));
    vm.set_ctor(t.bytearray, f!(bytearray_new));
}

// ----- codecs -----

/// The codecs ouro has, by CPython's normalized names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

fn codec(vm: &mut Vm, name: &str) -> PyResult<Codec> {
    let n: String = name.trim().to_ascii_lowercase().replace('_', "-");
    match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "latin" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "cp819" => Ok(Codec::Latin1),
        _ => {
            let c = vm.exc.lookup_error;
            Err(vm.new_exception(c, format!("unknown encoding: {name}")))
        }
    }
}

/// A `UnicodeDecodeError`/`UnicodeEncodeError` of `class` made as CPython
/// makes it: `args` and the attributes `encoding`, `object`, `start`,
/// `end`, `reason` (its str is made from them).
fn unicode_error(vm: &mut Vm, class: ObjRef, codec: Codec, object: Value, span: (usize, usize), reason: &str) -> PyErr {
    let enc = vm.new_str(codec.name());
    let why = vm.new_str(reason);
    let fields = [enc, object, Value::Int(span.0 as i64), Value::Int(span.1 as i64), why];
    // With `rare-methods` the exception's `__str__` makes its text from
    // the attributes; without, the text is its one argument.
    #[cfg(feature = "rare-methods")]
    let e = vm.new_exception_args(class, fields.to_vec());
    #[cfg(not(feature = "rare-methods"))]
    let e = {
        let data = vm.bytes_of(object).map(|(d, _)| d);
        let text = vm.as_str(object).map(String::from).unwrap_or_default();
        let object = data.as_deref().ok_or(text.as_str());
        let msg = super::exceptions::unicode_error_text(codec.name(), object, span.0 as i64, span.1 as i64, reason);
        vm.new_exception(class, msg)
    };
    for (name, v) in ["encoding", "object", "start", "end", "reason"].into_iter().zip(fields) {
        vm.set_exc_field(e, name, v);
    }
    e
}

/// Encodes text (`errors` names the handler for characters `codec`
/// cannot encode).
fn encode(vm: &mut Vm, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let limit = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        _ if s.is_ascii() => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80u32,
        Codec::Latin1 => 0x100,
    };
    let mut out = Vec::with_capacity(s.len());
    let mut handler = None;
    let mut text = String::new();
    for (pos, c) in s.chars().enumerate() {
        let cp = c as u32;
        if cp < limit {
            out.push(cp as u8);
            continue;
        }
        let h = match handler {
            Some(h) => h,
            None => *handler.insert(Handler::lookup(vm, errors, false)?),
        };
        if h == Handler::Strict {
            // The run of characters the codec cannot encode.
            let run = s.chars().skip(pos).take_while(|&c| c as u32 >= limit).count();
            let (cls, object) = (vm.exc.unicode_encode_error, vm.new_str(s));
            let reason = format!("ordinal not in range({limit})");
            return Err(unicode_error(vm, cls, codec, object, (pos, pos + run), &reason));
        }
        text.clear();
        h.replace(cp, false, &mut text);
        out.extend_from_slice(text.as_bytes());
    }
    Ok(out)
}

fn decode_error(vm: &mut Vm, codec: Codec, data: &[u8], span: (usize, usize), reason: &str) -> PyErr {
    let (cls, object) = (vm.exc.unicode_decode_error, vm.new_bytes(data.to_vec(), false));
    unicode_error(vm, cls, codec, object, span, reason)
}

/// Why UTF-8 bytes `bad` at `pos` of `data` (an invalid run as
/// `utf8_chunks` finds it) do not decode, and the end of the run CPython
/// reports.
fn utf8_failure(data: &[u8], pos: usize, bad: &[u8]) -> (&'static str, usize) {
    let b = bad.first().copied().unwrap_or(0);
    let end = pos + bad.len();
    if (0x80..0xc2).contains(&b) || b > 0xf4 {
        ("invalid start byte", end)
    } else if end == data.len() {
        ("unexpected end of data", end)
    } else {
        ("invalid continuation byte", end)
    }
}

/// Decodes bytes (`errors` names the handler for bytes `codec` cannot
/// decode).
fn decode_bytes(vm: &mut Vm, data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Latin1 => return Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Utf8 => {
            if let Ok(s) = core::str::from_utf8(data) {
                return Ok(String::from(s));
            }
        }
        Codec::Ascii if data.is_ascii() => return Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {}
    }
    // At least one run fails: the handler decides.
    let h = Handler::lookup(vm, errors, true)?;
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    let fail = |vm: &mut Vm, out: &mut String, pos: usize, bad: &[u8], reason: &str, end: usize| {
        if h == Handler::Strict {
            return Err(decode_error(vm, codec, data, (pos, end), reason));
        }
        if h == Handler::Replace {
            h.replace(0, true, out);
        } else {
            bad.iter().for_each(|&b| h.replace(u32::from(b), true, out));
        }
        Ok(())
    };
    if codec == Codec::Ascii {
        for &b in data {
            if b < 0x80 {
                out.push(b as char);
            } else {
                fail(vm, &mut out, pos, &[b], "ordinal not in range(128)", pos + 1)?;
            }
            pos += 1;
        }
        return Ok(out);
    }
    for chunk in data.utf8_chunks() {
        out.push_str(chunk.valid());
        pos += chunk.valid().len();
        let bad = chunk.invalid();
        if !bad.is_empty() {
            let (reason, end) = utf8_failure(data, pos, bad);
            fail(vm, &mut out, pos, bad, reason, end)?;
            pos += bad.len();
        }
    }
    Ok(out)
}

fn encoding_args(vm: &mut Vm, fname: &str, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<(Codec, String)> {
    let [enc_kw, err_kw] = kwargs(vm, fname, kw, ["encoding", "errors"])?;
    let enc = args.get(1).copied().or(enc_kw);
    let err = args.get(2).copied().or(err_kw);
    let enc = match enc {
        Some(v) => super::str_arg(vm, v, &format!("{fname}() argument 'encoding'"))?,
        None => String::from("utf-8"),
    };
    let err = match err {
        Some(v) => super::str_arg(vm, v, &format!("{fname}() argument 'errors'"))?,
        None => String::from("strict"),
    };
    Ok((codec(vm, &enc)?, err))
}

fn str_encode(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let Some(s) = args.first().and_then(|&v| vm.as_str(vm.unwrap_native(v))).map(String::from) else {
        return Err(super::descriptor_error(vm, "encode", "str", args));
    };
    if args.len() > 3 {
        let n = args.len() - 1;
        return Err(vm.type_error(format!("encode() takes at most 2 arguments ({n} given)")));
    }
    let (codec, errors) = encoding_args(vm, "encode", args, kw)?;
    let data = encode(vm, &s, codec, &errors)?;
    Ok(vm.new_bytes(data, false))
}

// ----- constructors -----

fn bytes_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    construct(vm, args, kw, false)
}

fn bytearray_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    construct(vm, args, kw, true)
}

fn construct(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], mutable: bool) -> PyResult<Value> {
    let tname = if mutable { "bytearray" } else { "bytes" };
    let [src_kw, enc_kw, err_kw] = kwargs(vm, tname, kw, ["source", "encoding", "errors"])?;
    if args.len() > 3 {
        let n = args.len();
        return Err(vm.type_error(format!("{tname}() takes at most 3 arguments ({n} given)")));
    }
    let src = args.first().copied().or(src_kw);
    let enc = args.get(1).copied().or(enc_kw);
    let err = args.get(2).copied().or(err_kw);
    let Some(src) = src else {
        if enc.is_some() || err.is_some() {
            let what = if enc.is_some() { "encoding" } else { "errors" };
            return Err(vm.type_error(format!("{what} without a string argument")));
        }
        return Ok(vm.new_bytes(Vec::new(), mutable));
    };
    if let Some(s) = vm.as_str(vm.unwrap_native(src)).map(String::from) {
        let Some(enc) = enc else { return Err(vm.type_error("string argument without an encoding")) };
        let enc = super::str_arg(vm, enc, &format!("{tname}() argument 'encoding'"))?;
        let errors = match err {
            Some(e) => super::str_arg(vm, e, &format!("{tname}() argument 'errors'"))?,
            None => String::from("strict"),
        };
        let c = codec(vm, &enc)?;
        let data = encode(vm, &s, c, &errors)?;
        return Ok(vm.new_bytes(data, mutable));
    }
    if enc.is_some() || err.is_some() {
        let what = if enc.is_some() { "encoding" } else { "errors" };
        return Err(vm.type_error(format!("{what} without a string argument")));
    }
    if let Some((data, _)) = vm.bytes_of(src) {
        return Ok(vm.new_bytes(data, mutable));
    }
    // bytes(x) asks x's `__bytes__` first (memoryview has one).
    #[cfg(feature = "bytes")]
    if !mutable && matches!(src, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_))) {
        let name = vm.intern("__bytes__");
        if let Some(b) = vm.call_method_opt(src, name, &[])? {
            return match vm.bytes_of(b) {
                Some((data, false)) => Ok(vm.new_bytes(data, false)),
                _ => {
                    let tn = vm.type_name(b);
                    Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")))
                }
            };
        }
    }
    if vm.is_int(src) {
        let n = match vm.to_i64(src) {
            Some(n) => n,
            None => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        };
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        vm.reserve(n as usize)?;
        return Ok(vm.new_bytes(alloc::vec![0; n as usize], mutable));
    }
    if !vm.is_iterable(src) {
        let tn = vm.type_name(src);
        return Err(vm.type_error(format!("cannot convert '{tn}' object to {tname}")));
    }
    let items = vm.collect_iterable(src)?;
    let mut data = Vec::with_capacity(items.len());
    for v in items {
        match vm.byte_value(v) {
            Ok(b) => data.push(b),
            // bytes() says "bytes must be ...", bytearray() "byte must be ...".
            Err(e) if !mutable && vm.is_int(v) => {
                let _ = e;
                return Err(vm.value_error("bytes must be in range(0, 256)"));
            }
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_bytes(data, mutable))
}

fn fromhex(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "fromhex", kw)?;
    // Bound as a class method: arg_at(args, 0) is the class.
    let mutable = matches!(args.first(), Some(&Value::Obj(c)) if c == vm.types.bytearray);
    let Some(&s) = args.get(1) else { return Err(vm.type_error("fromhex() takes exactly one argument (0 given)")) };
    let s = super::str_arg(vm, s, "fromhex() argument")?;
    match rb::from_hex(&s) {
        Ok(data) => Ok(vm.new_bytes(data, mutable)),
        Err(pos) => Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {pos}"))),
    }
}

// ----- methods -----

/// The receiver's bytes and whether it is a bytearray.
fn recv(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Vec<u8>, bool)> {
    match args.first().and_then(|&v| vm.bytes_of(v)) {
        Some(r) => Ok(r),
        None => Err(super::descriptor_error(vm, name, "bytes", args)),
    }
}

/// A bytes-like argument.
fn bytes_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.bytes_of(v) {
        Some((d, _)) => Ok(d),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

fn decode(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (data, _) = recv(vm, args, "decode")?;
    let (codec, errors) = encoding_args(vm, "decode", args, kw)?;
    let s = decode_bytes(vm, &data, codec, &errors)?;
    Ok(vm.new_string(s))
}

/// `bytes.hex(sep=, bytes_per_sep=1)`: two digits a byte, with `sep` (one
/// ASCII character, as str or bytes) between groups of `bytes_per_sep`
/// bytes counted from the right (from the left when negative).
fn hex(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (data, _) = recv(vm, args, "hex")?;
    if args.len() > 3 {
        let n = args.len() - 1;
        return Err(vm.type_error(format!("hex() takes at most 2 arguments ({n} given)")));
    }
    let [sep_kw, per_kw] = kwargs(vm, "hex", kw, ["sep", "bytes_per_sep"])?;
    let Some(sep) = args.get(1).copied().or(sep_kw) else { return Ok(vm.new_string(rb::to_hex(&data))) };
    let sep: Vec<char> = match vm.as_str(sep) {
        Some(t) => t.chars().collect(),
        None => match vm.bytes_of(sep) {
            Some((b, _)) => b.into_iter().map(char::from).collect(),
            None => {
                let tn = vm.type_name(sep);
                return Err(vm.type_error(format!("object of type '{tn}' has no len()")));
            }
        },
    };
    let [sep] = sep[..] else { return Err(vm.value_error("sep must be length 1.")) };
    if !sep.is_ascii() {
        return Err(vm.value_error("sep must be ASCII."));
    }
    let per = match args.get(2).copied().or(per_kw) {
        Some(v) => super::int_arg(vm, v)?,
        None => 1,
    };
    let digits = rb::to_hex(&data);
    let group = per.unsigned_abs().max(1) as usize;
    if per == 0 || data.len() <= group {
        return Ok(vm.new_string(digits));
    }
    // Byte i starts a new group after a separator when the bytes before it
    // (from the left) or after it (from the right) fill whole groups.
    let mut out = String::with_capacity(digits.len() + data.len() / group);
    for (i, pair) in digits.as_bytes().chunks(2).enumerate() {
        let boundary = if per < 0 { i % group == 0 } else { (data.len() - i) % group == 0 };
        if i > 0 && boundary {
            out.push(sep);
        }
        out.extend(pair.iter().map(|&b| char::from(b)));
    }
    Ok(vm.new_string(out))
}

fn join(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "join", kw)?;
    let (sep, mutable) = recv(vm, args, "join")?;
    let Some(&it) = args.get(1) else { return Err(vm.type_error("join() takes exactly one argument (0 given)")) };
    let items = vm.collect_iterable(it)?;
    let mut out = Vec::new();
    for (i, v) in items.into_iter().enumerate() {
        let Some((d, _)) = vm.bytes_of(v) else {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("sequence item {i}: expected a bytes-like object, {tn} found")));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&d);
    }
    Ok(vm.new_bytes(out, mutable))
}

fn split(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    split_common(vm, args, kw, "split", false)
}

/// `split` and (`right`) `rsplit`.
fn split_common(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, right: bool) -> PyResult<Value> {
    let (data, mutable) = recv(vm, args, name)?;
    let [sep_kw, max_kw] = kwargs(vm, name, kw, ["sep", "maxsplit"])?;
    let sep = args.get(1).copied().or(sep_kw).filter(|v| !matches!(v, Value::None));
    let maxsplit = match args.get(2).copied().or(max_kw) {
        Some(m) => super::int_arg(vm, m)?,
        None => -1,
    };
    let sep = match sep {
        Some(s) => {
            let s = bytes_arg(vm, s)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
        None => None,
    };
    let parts = match (sep, right) {
        (sep, true) => rb::rsplit(&data, sep.as_deref(), maxsplit),
        (Some(s), false) => rb::split_sep(&data, &s, maxsplit),
        (None, false) => rb::split_whitespace(&data, maxsplit),
    };
    let items = parts.into_iter().map(|p| vm.new_bytes(p, mutable)).collect();
    Ok(vm.new_list(items))
}

fn strip_common(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, l: bool, r: bool) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    let (data, mutable) = recv(vm, args, name)?;
    let chars = match args.get(1).copied().filter(|v| !matches!(v, Value::None)) {
        Some(c) => Some(bytes_arg(vm, c)?),
        None => None,
    };
    let out = rb::strip(&data, chars.as_deref(), l, r).to_vec();
    Ok(vm.new_bytes(out, mutable))
}

fn strip(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    strip_common(vm, args, kw, "rstrip", false, true)
}

/// Clamps Python `start`/`end` arguments (`None` = default) to `0..=len`.
fn bounds(vm: &mut Vm, args: &[Value], first: usize, len: usize) -> PyResult<(usize, usize)> {
    let clamp = |i: i64| -> usize {
        if i < 0 {
            (i + len as i64).max(0) as usize
        } else {
            (i as usize).min(len)
        }
    };
    let mut get = |k: usize, default: usize| -> PyResult<usize> {
        match args.get(k).copied().filter(|v| !matches!(v, Value::None)) {
            // Big ints saturate to i64::MIN/MAX, which clamp to the ends.
            Some(v) if vm.is_int(v) => Ok(clamp(vm.index_value(v, "slice")?)),
            Some(_) => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
            None => Ok(default),
        }
    };
    let s = get(first, 0)?;
    let e = get(first + 1, len)?;
    Ok((s, e))
}

fn affix(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, start: bool) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    let (data, _) = recv(vm, args, name)?;
    let Some(&p) = args.get(1) else {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    };
    let (s, e) = bounds(vm, args, 2, data.len())?;
    let hay = data.get(s..e).unwrap_or_default();
    let candidates: Vec<Vec<u8>> = match vm.bytes_of(p) {
        Some((d, _)) => alloc::vec![d],
        None => match p {
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_)) => {
                let items = vm.collect_iterable(p)?;
                let mut out = Vec::new();
                for it in items {
                    out.push(bytes_arg(vm, it)?);
                }
                out
            }
            _ => {
                let tn = vm.type_name(p);
                return Err(vm.type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {tn}")));
            }
        },
    };
    let hit = candidates.iter().any(|c| if start { hay.starts_with(c) } else { hay.ends_with(c) });
    Ok(Value::Bool(hit && s <= data.len()))
}

fn startswith(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    affix(vm, args, kw, "startswith", true)
}

fn endswith(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    affix(vm, args, kw, "endswith", false)
}

/// The needle of `find`/`count`/`index`: bytes-like or an int byte.
fn needle(vm: &mut Vm, v: Option<Value>, name: &str) -> PyResult<Vec<u8>> {
    let Some(v) = v else { return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)"))) };
    if vm.is_int(v) {
        return Ok(alloc::vec![vm.byte_value(v)?]);
    }
    match vm.bytes_of(v) {
        Some((d, _)) => Ok(d),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("argument should be integer or bytes-like object, not '{tn}'")))
        }
    }
}

fn search(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, rev: bool) -> PyResult<Option<usize>> {
    no_kwargs(vm, name, kw)?;
    let (data, _) = recv(vm, args, name)?;
    let n = needle(vm, args.get(1).copied(), name)?;
    let (s, e) = bounds(vm, args, 2, data.len())?;
    Ok(if rev { rb::rfind(&data, &n, s, e) } else { rb::find(&data, &n, s, e) })
}

fn find(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    Ok(Value::Int(search(vm, args, kw, "find", false)?.map_or(-1, |i| i as i64)))
}

fn rfind(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    Ok(Value::Int(search(vm, args, kw, "rfind", true)?.map_or(-1, |i| i as i64)))
}

fn index(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    index_common(vm, args, kw, "index", false)
}

/// `index` and (`rev`) `rindex`.
fn index_common(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, rev: bool) -> PyResult<Value> {
    match search(vm, args, kw, name, rev)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "count", kw)?;
    let (data, _) = recv(vm, args, "count")?;
    let n = needle(vm, args.get(1).copied(), "count")?;
    let (s, e) = bounds(vm, args, 2, data.len())?;
    let hay = data.get(s..e).unwrap_or_default();
    Ok(Value::Int(rb::count(hay, &n) as i64))
}

fn replace(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "replace", kw)?;
    let (data, mutable) = recv(vm, args, "replace")?;
    if args.len() < 3 {
        let n = args.len().saturating_sub(1);
        return Err(vm.type_error(format!("replace expected at least 2 arguments, got {n}")));
    }
    let old = bytes_arg(vm, arg_at(args, 1))?;
    let new = bytes_arg(vm, arg_at(args, 2))?;
    let count = match args.get(3) {
        Some(&c) => super::int_arg(vm, c)?,
        None => -1,
    };
    Ok(vm.new_bytes(rb::replace(&data, &old, &new, count), mutable))
}

fn upper(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "upper", kw)?;
    let (data, mutable) = recv(vm, args, "upper")?;
    Ok(vm.new_bytes(data.to_ascii_uppercase(), mutable))
}

fn lower(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "lower", kw)?;
    let (data, mutable) = recv(vm, args, "lower")?;
    Ok(vm.new_bytes(data.to_ascii_lowercase(), mutable))
}

/// The receiver's bytes after CPython's count check of a method taking
/// exactly `n` (0 or 1) arguments (`bytes.isalpha() takes no arguments`).
#[cfg(feature = "bytes")]
fn recv_n(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, n: usize) -> PyResult<(Vec<u8>, bool)> {
    let (data, mutable) = recv(vm, args, name)?;
    let qualname = format!("{}.{name}", if mutable { "bytearray" } else { "bytes" });
    no_kwargs(vm, &qualname, kw)?;
    let given = args.len().saturating_sub(1);
    if given != n {
        let takes = if n == 0 { "no arguments" } else { "exactly one argument" };
        return Err(vm.type_error(format!("{qualname}() takes {takes} ({given} given)")));
    }
    Ok((data, mutable))
}

/// `b.isalnum()` and the other ASCII class tests.
#[cfg(feature = "bytes")]
fn test_bytes(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    name: &str,
    f: fn(&[u8]) -> bool,
) -> PyResult<Value> {
    let (data, _) = recv_n(vm, args, kw, name, 0)?;
    Ok(Value::Bool(f(&data)))
}

#[cfg(feature = "bytes")]
fn all_of(data: &[u8], f: fn(&u8) -> bool) -> bool {
    !data.is_empty() && data.iter().all(f)
}

#[cfg(feature = "bytes")]
fn isalnum(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_bytes(vm, args, kw, "isalnum", |d| all_of(d, u8::is_ascii_alphanumeric))
}

#[cfg(feature = "bytes")]
fn isalpha(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_bytes(vm, args, kw, "isalpha", |d| all_of(d, u8::is_ascii_alphabetic))
}

#[cfg(feature = "bytes")]
fn isascii(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_bytes(vm, args, kw, "isascii", |d| d.is_ascii())
}

#[cfg(feature = "bytes")]
fn isdigit(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_bytes(vm, args, kw, "isdigit", |d| all_of(d, u8::is_ascii_digit))
}

#[cfg(feature = "bytes")]
fn isspace(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_bytes(vm, args, kw, "isspace", |d| {
        all_of(d, |&c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c'))
    })
}

#[cfg(feature = "bytes")]
fn islower(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_bytes(vm, args, kw, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

#[cfg(feature = "bytes")]
fn isupper(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_bytes(vm, args, kw, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

#[cfg(feature = "bytes")]
fn remove_affix(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, prefix: bool) -> PyResult<Value> {
    let (data, mutable) = recv_n(vm, args, kw, name, 1)?;
    let affix = bytes_arg(vm, arg_at(args, 1))?;
    let out = if prefix { data.strip_prefix(&affix[..]) } else { data.strip_suffix(&affix[..]) };
    let out = out.unwrap_or(&data).to_vec();
    Ok(vm.new_bytes(out, mutable))
}

#[cfg(feature = "bytes")]
fn removeprefix(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    remove_affix(vm, args, kw, "removeprefix", true)
}

#[cfg(feature = "bytes")]
fn removesuffix(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    remove_affix(vm, args, kw, "removesuffix", false)
}

/// The bytes a bytearray slice assignment stores: a bytes-like value's,
/// else `bytearray(value)`'s (numbers and strs refused, as CPython does).
#[cfg(feature = "bytes")]
pub(crate) fn slice_assignment_bytes(vm: &mut Vm, value: Value) -> PyResult<Vec<u8>> {
    if let Some((d, _)) = vm.bytes_of(value) {
        return Ok(d);
    }
    if vm.is_int(value) || matches!(value, Value::Float(_)) || vm.as_str(value).is_some() {
        return Err(vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    let b = construct(vm, &[value], &[], true)?;
    Ok(vm.bytes_of(b).map(|(d, _)| d).unwrap_or_default())
}

// ----- the text methods str also has -----

#[cfg(feature = "bytes")]
fn rsplit(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    split_common(vm, args, kw, "rsplit", true)
}

#[cfg(feature = "bytes")]
fn rindex(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    index_common(vm, args, kw, "rindex", true)
}

/// `partition` and (`right`) `rpartition`.
#[cfg(feature = "bytes")]
fn partition_common(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, right: bool) -> PyResult<Value> {
    let (data, mutable) = recv_n(vm, args, kw, name, 1)?;
    let sep = bytes_arg(vm, arg_at(args, 1))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let n = data.len();
    let found = if right { rb::rfind(&data, &sep, 0, n) } else { rb::find(&data, &sep, 0, n) };
    let spans = rb::partition_spans(n, sep.len(), found, right);
    let mut parts = spans.map(|(a, b)| vm.new_bytes(data.get(a..b).unwrap_or_default().to_vec(), mutable));
    // A bytes receiver's match is the separator object itself (as in CPython).
    if found.is_some() && !mutable {
        parts[1] = arg_at(args, 1);
    }
    Ok(vm.new_tuple(parts.to_vec()))
}

#[cfg(feature = "bytes")]
fn partition(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    partition_common(vm, args, kw, "partition", false)
}

#[cfg(feature = "bytes")]
fn rpartition(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    partition_common(vm, args, kw, "rpartition", true)
}

#[cfg(feature = "bytes")]
fn splitlines(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (data, mutable) = recv(vm, args, "splitlines")?;
    let [keep_kw] = kwargs(vm, "splitlines", kw, ["keepends"])?;
    let given = args.len().saturating_sub(1) + usize::from(keep_kw.is_some());
    if given > 1 {
        return Err(vm.type_error(format!("splitlines() takes at most 1 argument ({given} given)")));
    }
    let keep = match args.get(1).copied().or(keep_kw) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let units = data.iter().enumerate().map(|(i, &b)| (i, char::from(b)));
    let spans = rb::line_spans(units, data.len(), |c| c == '\n' || c == '\r', keep);
    let items = spans.into_iter().map(|(a, b)| vm.new_bytes(data.get(a..b).unwrap_or_default().to_vec(), mutable));
    let items = items.collect();
    Ok(vm.new_list(items))
}

/// `ljust` (`mode` 0), `rjust` (1) and `center` (2).
#[cfg(feature = "bytes")]
fn pad_common(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, mode: u8) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    let (data, mutable) = recv(vm, args, name)?;
    let given = args.len().saturating_sub(1);
    if !(1..=2).contains(&given) {
        let (bound, n) = if given == 0 { ("least", 1) } else { ("most", 2) };
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("{name} expected at {bound} {n} argument{s}, got {given}")));
    }
    let width = super::int_arg(vm, arg_at(args, 1))?;
    let fill = match args.get(2) {
        Some(&f) => match vm.bytes_of(f) {
            Some((d, _)) if d.len() == 1 => d,
            _ => {
                let tn = vm.type_name(f);
                return Err(vm.type_error(format!("{name}() argument 2 must be a byte string of length 1, not {tn}")));
            }
        },
        None => alloc::vec![b' '],
    };
    let width = usize::try_from(width).unwrap_or(0);
    if width.saturating_sub(data.len()) > vm.heap.limit() {
        return Err(vm.memory_error());
    }
    let (left, right) = rb::pad_sides(data.len(), width, mode);
    Ok(vm.new_bytes(rb::pad(&data, left, right, &fill), mutable))
}

#[cfg(feature = "bytes")]
fn ljust(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    pad_common(vm, args, kw, "ljust", 0)
}

#[cfg(feature = "bytes")]
fn rjust(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    pad_common(vm, args, kw, "rjust", 1)
}

#[cfg(feature = "bytes")]
fn center(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    pad_common(vm, args, kw, "center", 2)
}

#[cfg(feature = "bytes")]
fn zfill(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (data, mutable) = recv_n(vm, args, kw, "zfill", 1)?;
    let width = super::int_arg(vm, arg_at(args, 1))?;
    let fill = usize::try_from(width).unwrap_or(0).saturating_sub(data.len());
    if fill > vm.heap.limit() {
        return Err(vm.memory_error());
    }
    Ok(vm.new_bytes(rb::zfill(&data, fill), mutable))
}

/// `b.translate(table, /, delete=b'')`: each byte not in `delete` mapped
/// through `table` (256 bytes, or None for no mapping).
#[cfg(feature = "bytes")]
fn translate(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (data, mutable) = recv(vm, args, "translate")?;
    let [delete_kw] = kwargs(vm, "translate", kw, ["delete"])?;
    let given = args.len().saturating_sub(1);
    if given == 0 {
        return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    if given + usize::from(delete_kw.is_some()) > 2 {
        let n = given + usize::from(delete_kw.is_some());
        return Err(vm.type_error(format!("translate() takes at most 2 arguments ({n} given)")));
    }
    let table = match arg_at(args, 1) {
        Value::None => None,
        t => {
            let t = bytes_arg(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match args.get(2).copied().or(delete_kw) {
        Some(d) => bytes_arg(vm, d)?,
        None => Vec::new(),
    };
    let out = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().and_then(|t| t.get(usize::from(b)).copied()).unwrap_or(b))
        .collect();
    Ok(vm.new_bytes(out, mutable))
}

/// `bytes.maketrans(frm, to)` / `bytearray.maketrans` (a static method):
/// the 256-byte table mapping each byte of `frm` to the one of `to`.
#[cfg(feature = "bytes")]
fn maketrans(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "maketrans", kw)?;
    super::exact_args(vm, "maketrans", args, 2)?;
    let from = bytes_arg(vm, arg_at(args, 0))?;
    let to = bytes_arg(vm, arg_at(args, 1))?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(&to) {
        if let Some(slot) = table.get_mut(usize::from(f)) {
            *slot = t;
        }
    }
    Ok(vm.new_bytes(table, false))
}

/// `bytes.__bytes__()`: the bytes themselves.
#[cfg(feature = "bytes")]
fn dunder_bytes(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (data, mutable) = recv_n(vm, args, kw, "__bytes__", 0)?;
    if mutable {
        return Err(vm.type_error("descriptor '__bytes__' for 'bytes' objects doesn't apply to a 'bytearray' object"));
    }
    Ok(vm.new_bytes(data, false))
}

// ----- the rarely used case methods (`rare-methods`) -----

/// `b.NAME()` through the ASCII mapping `f`.
#[cfg(all(feature = "bytes", feature = "rare-methods"))]
fn map_case(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let (data, mutable) = recv_n(vm, args, kw, name, 0)?;
    Ok(vm.new_bytes(f(&data), mutable))
}

#[cfg(all(feature = "bytes", feature = "rare-methods"))]
fn capitalize(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    map_case(vm, args, kw, "capitalize", rb::ascii_capitalize)
}

#[cfg(all(feature = "bytes", feature = "rare-methods"))]
fn swapcase(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    map_case(vm, args, kw, "swapcase", rb::ascii_swapcase)
}

#[cfg(all(feature = "bytes", feature = "rare-methods"))]
fn title(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    map_case(vm, args, kw, "title", rb::ascii_title)
}

#[cfg(all(feature = "bytes", feature = "rare-methods"))]
fn istitle(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_bytes(vm, args, kw, "istitle", |d| rb::is_title(d.iter(), u8::is_ascii_uppercase, u8::is_ascii_lowercase))
}

#[cfg(all(feature = "bytes", feature = "rare-methods"))]
fn expandtabs(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (data, mutable) = recv(vm, args, "expandtabs")?;
    let [size_kw] = kwargs(vm, "expandtabs", kw, ["tabsize"])?;
    let given = args.len().saturating_sub(1) + usize::from(size_kw.is_some());
    if given > 1 {
        return Err(vm.type_error(format!("expandtabs() takes at most 1 argument ({given} given)")));
    }
    let size = match args.get(1).copied().or(size_kw) {
        Some(v) => super::int_arg(vm, v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(data.len());
    if !rb::expand_tabs(data.iter().copied(), size, vm.heap.limit(), &mut out) {
        return Err(vm.memory_error());
    }
    Ok(vm.new_bytes(out, mutable))
}

// ----- bytearray mutators -----

#[cfg(feature = "bytes")]
fn insert(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "bytearray.insert", kw)?;
    if args.len() != 3 {
        let n = args.len().saturating_sub(1);
        return Err(vm.type_error(format!("insert expected 2 arguments, got {n}")));
    }
    let i = super::int_arg(vm, arg_at(args, 1))?;
    let b = vm.byte_value(arg_at(args, 2))?;
    with_bytearray(vm, args, "insert", |d| {
        let len = d.len() as i64;
        let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
        d.insert(j as usize, b)
    })?;
    Ok(Value::None)
}

#[cfg(feature = "bytes")]
fn remove(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "bytearray.remove", kw)?;
    let Some(&v) = args.get(1).filter(|_| args.len() == 2) else {
        let n = args.len().saturating_sub(1);
        return Err(vm.type_error(format!("bytearray.remove() takes exactly one argument ({n} given)")));
    };
    let b = vm.byte_value(v)?;
    let found = with_bytearray(vm, args, "remove", |d| d.iter().position(|&x| x == b).map(|i| d.remove(i)))?;
    match found {
        Some(_) => Ok(Value::None),
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

#[cfg(feature = "bytes")]
fn reverse(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "bytearray.reverse", kw)?;
    if args.len() != 1 {
        let n = args.len().saturating_sub(1);
        return Err(vm.type_error(format!("bytearray.reverse() takes no arguments ({n} given)")));
    }
    with_bytearray(vm, args, "reverse", |d| d.reverse())?;
    Ok(Value::None)
}

fn with_bytearray<T>(vm: &mut Vm, args: &[Value], name: &str, f: impl FnOnce(&mut Vec<u8>) -> T) -> PyResult<T> {
    match args.first() {
        Some(&Value::Obj(r)) => match vm.heap.get_mut(r) {
            Obj::Bytes(b) if b.mutable => Ok(f(&mut b.data)),
            _ => Err(super::descriptor_error(vm, name, "bytearray", args)),
        },
        _ => Err(super::descriptor_error(vm, name, "bytearray", args)),
    }
}

fn append(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "append", kw)?;
    let Some(&v) = args.get(1) else {
        return Err(vm.type_error("bytearray.append() takes exactly one argument (0 given)"));
    };
    let b = vm.byte_value(v)?;
    grow_bytearray(vm, args, "append", &[b])
}

fn extend(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "extend", kw)?;
    let Some(&v) = args.get(1) else {
        return Err(vm.type_error("bytearray.extend() takes exactly one argument (0 given)"));
    };
    let data = match vm.bytes_of(v) {
        Some((d, _)) => d,
        None => {
            if vm.as_str(v).is_some() {
                return Err(vm.type_error("expected iterable of integers; got: 'str'"));
            }
            if !vm.is_iterable(v) {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("can't extend bytearray with {tn}")));
            }
            let items = vm.collect_iterable(v)?;
            let mut d = Vec::with_capacity(items.len());
            for it in items {
                d.push(vm.byte_value(it)?);
            }
            d
        }
    };
    grow_bytearray(vm, args, "extend", &data)
}

/// Appends `data` to the bytearray `args[0]`: `MemoryError` when its
/// buffer is full and the allocator cannot serve a larger one.
fn grow_bytearray(vm: &mut Vm, args: &[Value], name: &str, data: &[u8]) -> PyResult<Value> {
    let grown = with_bytearray(vm, args, name, |d| {
        let grown = d.try_reserve(data.len()).is_ok();
        if grown {
            d.extend_from_slice(data);
        }
        grown
    })?;
    if !grown {
        return Err(vm.memory_error());
    }
    vm.heap.note_growth(data.len());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "pop", kw)?;
    let i = match args.get(1) {
        Some(&v) => Some(super::int_arg(vm, v)?),
        None => None,
    };
    let r = with_bytearray(vm, args, "pop", |d| {
        if d.is_empty() {
            return Err("pop from empty bytearray");
        }
        let len = d.len() as i64;
        let i = i.unwrap_or(-1);
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return Err("pop index out of range");
        }
        Ok(d.remove(j as usize))
    })?;
    match r {
        Ok(b) => Ok(Value::Int(i64::from(b))),
        Err(m) => Err(vm.index_error(m)),
    }
}

fn clear(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "clear", kw)?;
    with_bytearray(vm, args, "clear", |d| d.clear())?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "copy", kw)?;
    let data = with_bytearray(vm, args, "copy", |d| d.clone())?;
    Ok(vm.new_bytes(data, true))
}

// ----- int <-> bytes -----

/// `byteorder` as "is it little-endian?".
fn byteorder(vm: &mut Vm, v: Option<Value>, fname: &str) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    let s = super::str_arg(vm, v, &format!("{fname}() argument 'byteorder'"))?;
    match s.as_str() {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

#[cfg(feature = "big-int")]
fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    use crate::runtime::bigint::{BigInt, Sign};
    let [len_kw, order_kw, signed_kw] = kwargs(vm, "to_bytes", kw, ["length", "byteorder", "signed"])?;
    if args.len() > 3 {
        let n = args.len() - 1;
        return Err(vm.type_error(format!("to_bytes() takes at most 2 positional arguments ({n} given)")));
    }
    let Some(n) = args.first().copied().filter(|&v| vm.is_int(vm.unwrap_native(v))) else {
        return Err(vm.type_error("descriptor 'to_bytes' requires an 'int' object"));
    };
    let n = vm.unwrap_native(n);
    let length = match args.get(1).copied().or(len_kw) {
        Some(l) => super::int_arg(vm, l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder(vm, args.get(2).copied().or(order_kw), "to_bytes")?;
    let signed = match signed_kw {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let big: BigInt = match vm.as_num(n).map(|x| x.to_big()) {
        Some(Ok(b)) => b,
        _ => BigInt::default(),
    };
    if !signed && big.sign() == Sign::Minus {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    // Minimal big-endian bytes (empty for 0), then padded to `length`.
    let mut minimal = if big.sign() == Sign::NoSign {
        Vec::new()
    } else if signed {
        big.to_signed_bytes_be()
    } else {
        big.to_bytes_be().1
    };
    // The fill of a negative number is 0xff: -1 needs no bytes at all (as in CPython).
    if big.sign() == Sign::Minus && minimal == [0xff] {
        minimal.clear();
    }
    if minimal.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    vm.reserve(length)?;
    let fill = if big.sign() == Sign::Minus { 0xff } else { 0 };
    let mut out = alloc::vec![fill; length - minimal.len()];
    out.append(&mut minimal);
    if little {
        out.reverse();
    }
    Ok(vm.new_bytes(out, false))
}

#[cfg(feature = "big-int")]
fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    use crate::runtime::bigint::{BigInt, Sign};
    // Bound as a class method: arg_at(args, 0) is the class.
    let [bytes_kw, order_kw, signed_kw] = kwargs(vm, "from_bytes", kw, ["bytes", "byteorder", "signed"])?;
    if args.len() > 3 {
        let n = args.len() - 1;
        return Err(vm.type_error(format!("from_bytes() takes at most 2 positional arguments ({n} given)")));
    }
    let Some(src) = args.get(1).copied().or(bytes_kw) else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder(vm, args.get(2).copied().or(order_kw), "from_bytes")?;
    let signed = match signed_kw {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let data = match vm.bytes_of(src) {
        Some((d, _)) => d,
        None if vm.as_str(src).is_some() => return Err(vm.type_error("cannot convert 'str' object to bytes")),
        None => {
            let b = construct(vm, &[src], &[], false)?;
            vm.bytes_of(b).map(|(d, _)| d).unwrap_or_default()
        }
    };
    let n = match (signed, little) {
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (true, false) => BigInt::from_signed_bytes_be(&data),
        (false, true) => BigInt::from_bytes_le(Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, &data),
    };
    let v = vm.new_bigint(n);
    let cls = args.first().copied();
    match cls {
        Some(Value::Obj(c)) if c != vm.types.int => vm.call_value(Value::Obj(c), &[v]),
        _ => Ok(v),
    }
}
