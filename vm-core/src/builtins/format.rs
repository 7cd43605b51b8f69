//! String formatting with CPython 3.11's exact output and error messages:
//! the format-spec mini-language (`format()`, `__format__`, f-strings),
//! `str.format` / `str.format_map`, printf-style `str % args`, and `ascii()`.
//!
//! The text-producing core (spec parsing, number layout, float digits) is
//! pure and works on Rust values; the `Vm`-facing functions convert values,
//! call dunders and turn [`FmtErr`] into Python exceptions. The layout code
//! follows CPython's `Python/formatter_unicode.c` (`calc_number_widths`,
//! `fill_number`, `_PyUnicode_InsertThousandsGrouping`),
//! `Python/pystrtod.c` (`format_float_short`), `Objects/unicodeobject.c`
//! (`PyUnicode_Format`) and `Objects/stringlib/unicode_format.h`.

use crate::builtins::{arg_at, args_from};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

#[cfg(feature = "big-int")]
use num_traits::Signed;

use crate::runtime::float_fmt::decimal_digits;
use crate::runtime::num::Num;
use crate::runtime::object::{Obj, PyErr, PyResult};
use crate::runtime::str_repr::decimal_value;
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// Widths and precisions above this are refused with `MemoryError` (CPython
/// would try to build the string; ouro runs on small heaps).
const MAX_FIELD: u64 = 1 << 28;

/// A formatting error: the Python exception class and its message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FmtErr {
    /// `ValueError(msg)`.
    Value(String),
    /// `TypeError(msg)`.
    Type(String),
    /// `OverflowError(msg)`.
    Overflow(String),
    /// `MemoryError()`.
    Memory,
}

type FResult<T> = Result<T, FmtErr>;

fn verr<T>(msg: impl Into<String>) -> FResult<T> {
    Err(FmtErr::Value(msg.into()))
}

impl Vm {
    /// Turns a formatting error into the Python exception.
    pub fn fmt_error(&mut self, e: FmtErr) -> PyErr {
        match e {
            FmtErr::Value(m) => self.value_error(m),
            FmtErr::Type(m) => self.type_error(m),
            FmtErr::Overflow(m) => self.overflow_error(m),
            FmtErr::Memory => self.memory_error(),
        }
    }
}

// ===================================================================
// The format-spec mini-language
// ===================================================================

/// A parsed format spec
/// (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spec {
    /// Fill character (default space).
    pub fill: char,
    /// `<`, `>`, `^` or `=` (the type's default when not given).
    pub align: char,
    /// `+`, `-` or space, if given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to zero.
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// Minimum width.
    pub width: Option<u64>,
    /// `,` or `_` (`_` groups by four for `b o x X`).
    pub grouping: Option<char>,
    /// Precision.
    pub precision: Option<u64>,
    /// Presentation type (`None` for CPython's `'\0'`).
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// CPython's `get_integer` over format-spec characters: decimal digits of
/// any script; returns the value and how many characters were consumed.
fn spec_integer(c: &[char], pos: &mut usize) -> FResult<(u64, usize)> {
    let start = *pos;
    let mut acc: u64 = 0;
    while let Some(d) = c.get(*pos).and_then(|&ch| decimal_value(ch)) {
        let d = d as u64;
        if acc > (i64::MAX as u64 - d) / 10 {
            return verr("Too many decimal digits in format string");
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok((acc, *pos - start))
}

fn char_for_msg(c: char) -> String {
    let u = c as u32;
    if u > 32 && u < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{u:x}'")
    }
}

/// Parses a format spec as CPython's `parse_internal_render_format_spec`.
/// `type_name` is only used in the "Invalid format specifier" message.
pub fn parse_spec(spec: &str, default_align: char, default_type: Option<char>, type_name: &str) -> FResult<Spec> {
    let c: Vec<char> = spec.chars().collect();
    let n = c.len();
    let mut pos = 0;
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: None,
        precision: None,
        ty: default_type,
    };
    let mut fill_specified = false;
    let mut align_specified = false;
    let at = |p: usize| c.get(p).copied();
    if let (Some(fill), Some(align)) = (at(0), at(1).filter(|&a| is_align(a))) {
        s.align = align;
        s.fill = fill;
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if let Some(align) = at(0).filter(|&a| is_align(a)) {
        s.align = align;
        align_specified = true;
        pos = 1;
    }
    if let Some(sign @ ('+' | '-' | ' ')) = at(pos) {
        s.sign = Some(sign);
        pos += 1;
    }
    if at(pos) == Some('z') {
        s.no_neg_0 = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        s.alternate = true;
        pos += 1;
    }
    if !fill_specified && at(pos) == Some('0') {
        s.fill = '0';
        if !align_specified && default_align == '>' {
            s.align = '=';
        }
        pos += 1;
    }
    let (w, used) = spec_integer(&c, &mut pos)?;
    if used > 0 {
        s.width = Some(w);
    }
    if at(pos) == Some(',') {
        s.grouping = Some(',');
        pos += 1;
    }
    if at(pos) == Some('_') {
        if s.grouping.is_some() {
            return verr("Cannot specify both ',' and '_'.");
        }
        s.grouping = Some('_');
        pos += 1;
    }
    if at(pos) == Some(',') && s.grouping == Some('_') {
        return verr("Cannot specify both ',' and '_'.");
    }
    if at(pos) == Some('.') {
        pos += 1;
        let (p, used) = spec_integer(&c, &mut pos)?;
        if used == 0 {
            return verr("Format specifier missing precision");
        }
        s.precision = Some(p);
    }
    if n - pos > 1 {
        return verr(format!("Invalid format specifier '{spec}' for object of type '{type_name}'"));
    }
    if n - pos == 1 {
        s.ty = at(pos);
    }
    if let Some(g) = s.grouping {
        match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => return verr(format!("Cannot specify '{g}' with {}.", char_for_msg(t))),
        }
    }
    Ok(s)
}

fn unknown_code(ty: char, type_name: &str) -> FmtErr {
    let u = ty as u32;
    if u > 32 && u < 128 {
        FmtErr::Value(format!("Unknown format code '{ty}' for object of type '{type_name}'"))
    } else {
        FmtErr::Value(format!("Unknown format code '\\x{u:x}' for object of type '{type_name}'"))
    }
}

fn check_size(n: Option<u64>) -> FResult<i64> {
    match n {
        None => Ok(-1),
        Some(w) if w > MAX_FIELD => Err(FmtErr::Memory),
        Some(w) => Ok(w as i64),
    }
}

fn push_n(out: &mut String, c: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

/// Pads `text` (of `len` characters) to the spec's width by its alignment
/// (CPython's `calc_padding`).
fn pad_text(text: &str, len: i64, width: i64, align: char, fill: char) -> String {
    let total = width.max(len);
    let left = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let right = total - len - left;
    let mut out = String::with_capacity(text.len() + (total - len) as usize);
    push_n(&mut out, fill, left);
    out.push_str(text);
    push_n(&mut out, fill, right);
    out
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &str) -> FResult<String> {
    if spec.is_empty() {
        return Ok(String::from(s));
    }
    let sp = parse_spec(spec, '<', Some('s'), "str")?;
    if sp.ty != Some('s') {
        return Err(unknown_code(sp.ty.unwrap_or('\0'), "str"));
    }
    if let Some(sign) = sp.sign {
        return verr(if sign == ' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        });
    }
    if sp.no_neg_0 {
        return verr("Negative zero coercion (z) not allowed in string format specifier");
    }
    if sp.alternate {
        return verr("Alternate form (#) not allowed in string format specifier");
    }
    if sp.align == '=' {
        return verr("'=' alignment not allowed in string format specifier");
    }
    let width = check_size(sp.width)?;
    let mut len = s.chars().count() as i64;
    let mut text = s;
    if let Some(p) = sp.precision {
        if (p as i64) < len {
            len = p as i64;
            let end = s.char_indices().nth(p as usize).map_or(s.len(), |(i, _)| i);
            text = s.get(..end).unwrap_or(s);
        }
    }
    Ok(pad_text(text, len, width, sp.align, sp.fill))
}

/// The pieces of a formatted number, as CPython's `fill_number` sees them.
struct NumParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    decimal: bool,
    remainder: &'a str,
}

impl<'a> NumParts<'a> {
    /// The parts of a formatted float (`-`, integer digits, `.`, the rest:
    /// fraction, exponent, `%`).
    fn of_float(buf: &'a str) -> NumParts<'a> {
        let (negative, body) = match buf.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, buf),
        };
        let ndig = body.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, rest) = body.split_at_checked(ndig).unwrap_or((body, ""));
        let (decimal, remainder) = match rest.strip_prefix('.') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        NumParts { negative, prefix: "", digits, decimal, remainder }
    }
}

/// Inserts the thousands separator into `digits` (ASCII), zero-extending to
/// `min_width` (CPython's `_PyUnicode_InsertThousandsGrouping`).
fn group_digits(digits: &str, min_width: i64, sep: Option<(char, i64)>) -> String {
    let d = digits.as_bytes();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width;
    let Some((sep, group)) = sep else {
        let len = remaining.max(min_width).max(1);
        let mut out = String::with_capacity(len as usize);
        push_n(&mut out, '0', len - remaining);
        out.push_str(digits);
        return out;
    };
    // Groups are produced right to left.
    let mut groups: Vec<String> = Vec::new();
    let mut use_sep = false;
    loop {
        let l = group.min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let mut g = String::new();
        push_n(&mut g, '0', n_zeros);
        let end = remaining as usize;
        let start = end - n_chars as usize;
        g.push_str(digits.get(start..end).unwrap_or_default());
        if use_sep {
            g.push(sep);
        }
        groups.push(g);
        use_sep = true;
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    let mut out = String::new();
    for g in groups.iter().rev() {
        out.push_str(g);
    }
    out
}

/// Lays out a number by the spec (CPython's `calc_number_widths` +
/// `fill_number`).
fn render_number(p: &NumParts<'_>, sp: &Spec, sep: Option<(char, i64)>, upper: bool) -> FResult<String> {
    let width = check_size(sp.width)?;
    let sign = match sp.sign {
        Some('+') => Some(if p.negative { '-' } else { '+' }),
        Some(' ') => Some(if p.negative { '-' } else { ' ' }),
        _ => p.negative.then_some('-'),
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = p.prefix.len() as i64;
    let n_decimal = p.decimal as i64;
    let n_remainder = p.remainder.chars().count() as i64;
    let non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let min_width = if sp.fill == '0' && sp.align == '=' { width - non_digit } else { 0 };
    let mut grouped = if p.digits.is_empty() { String::new() } else { group_digits(p.digits, min_width, sep) };
    if upper {
        grouped.make_ascii_uppercase();
    }
    let n_grouped = grouped.len() as i64;
    let n_padding = width - (non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match sp.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::new();
    push_n(&mut out, sp.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if upper {
        out.push_str(&p.prefix.to_ascii_uppercase());
    } else {
        out.push_str(p.prefix);
    }
    push_n(&mut out, sp.fill, spad);
    out.push_str(&grouped);
    if p.decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    push_n(&mut out, sp.fill, rpad);
    Ok(out)
}

fn separator(sp: &Spec, ty: char, base: u32) -> Option<(char, i64)> {
    if ty == 'n' {
        return None;
    }
    match sp.grouping {
        Some('_') if base != 10 => Some(('_', 4)),
        Some(c) => Some((c, 3)),
        None => None,
    }
}

/// Digits of `|n|` in `base` (lowercase), with the decimal limit
/// (`sys.get_int_max_str_digits()`, 0 for none).
fn int_magnitude(n: &Num, base: u32, limit: usize) -> FResult<String> {
    match n {
        Num::Small(i) => {
            let u = i.unsigned_abs();
            Ok(match base {
                2 => format!("{u:b}"),
                8 => format!("{u:o}"),
                16 => format!("{u:x}"),
                _ => format!("{u}"),
            })
        }
        Num::Big(b) => {
            let s = b.magnitude().to_str_radix(base);
            if base == 10 && limit != 0 && s.len() > limit {
                return verr(format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                ));
            }
            Ok(s)
        }
        Num::Float(_) => Ok(String::new()),
    }
}

fn num_is_negative(n: &Num) -> bool {
    match n {
        Num::Small(i) => *i < 0,
        Num::Big(b) => b.is_negative(),
        Num::Float(f) => f.is_sign_negative(),
    }
}

fn int_to_f64(n: &Num) -> FResult<f64> {
    match n {
        Num::Small(i) => Ok(*i as f64),
        Num::Big(b) => crate::runtime::int_ops::bigint_to_f64(b)
            .map_err(|_| FmtErr::Overflow(String::from("int too large to convert to float"))),
        Num::Float(f) => Ok(*f),
    }
}

/// `format(n, spec)` for an int (`n` is `Num::Small` or `Num::Big`); `text`
/// is `str(n)` (used for the empty spec, so bools print `True`); `limit`
/// the decimal digits allowed ([`Vm::int_max_str_digits`]).
pub fn format_int(
    n: &Num,
    text: impl FnOnce() -> FResult<String>,
    spec: &str,
    type_name: &str,
    limit: usize,
) -> FResult<String> {
    if spec.is_empty() {
        return text();
    }
    let sp = parse_spec(spec, '>', Some('d'), type_name)?;
    let ty = sp.ty.unwrap_or('\0');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_f64(n)?;
            return format_float_spec(x, &sp);
        }
        _ => return Err(unknown_code(ty, type_name)),
    }
    if sp.precision.is_some() {
        return verr("Precision not allowed in integer format specifier");
    }
    if sp.no_neg_0 {
        return verr("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if ty == 'c' {
        if sp.sign.is_some() {
            return verr("Sign not allowed with integer format specifier 'c'");
        }
        if sp.alternate {
            return verr("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let code = match n {
            Num::Small(i) => *i,
            _ => return Err(FmtErr::Overflow(String::from("Python int too large to convert to C long"))),
        };
        if !(0..=0x10ffff).contains(&code) {
            return Err(FmtErr::Overflow(String::from("%c arg not in range(0x110000)")));
        }
        let Some(ch) = char::from_u32(code as u32) else {
            return verr("surrogate code points are not supported");
        };
        let mut buf = [0u8; 4];
        let parts =
            NumParts { negative: false, prefix: "", digits: "", decimal: false, remainder: ch.encode_utf8(&mut buf) };
        return render_number(&parts, &sp, None, false);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = int_magnitude(n, base, limit)?;
    let parts = NumParts {
        negative: num_is_negative(n),
        prefix: if sp.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    render_number(&parts, &sp, separator(&sp, ty, base), ty == 'X')
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str) -> FResult<String> {
    if spec.is_empty() {
        return Ok(float_to_string(x, 'r', 0, false, true, false));
    }
    let sp = parse_spec(spec, '>', None, "float")?;
    match sp.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(x, &sp),
        Some(t) => Err(unknown_code(t, "float")),
    }
}

/// CPython's `format_float_internal` (also used for ints with float types).
fn format_float_spec(x: f64, sp: &Spec) -> FResult<String> {
    let Some(precision) = sp.precision.map_or(Some(-1i64), |p| i32::try_from(p).ok().map(i64::from)) else {
        return verr("precision too big");
    };
    if precision as u64 > MAX_FIELD && precision > 0 {
        return Err(FmtErr::Memory);
    }
    let mut ty = sp.ty.unwrap_or('\0');
    let mut add_dot_0 = false;
    let mut default_precision = 6;
    let mut x = x;
    if ty == '\0' {
        add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        x *= 100.0;
        add_pct = true;
    }
    let mut precision = precision;
    if precision < 0 {
        precision = default_precision;
    } else if ty == 'r' {
        ty = 'g';
    }
    let mut buf = float_to_string(x, ty, precision, sp.alternate, add_dot_0, sp.no_neg_0);
    if add_pct {
        buf.push('%');
    }
    let parts = NumParts::of_float(&buf);
    let sep = if sp.ty == Some('n') { None } else { sp.grouping.map(|g| (g, 3)) };
    render_number(&parts, sp, sep, false)
}

/// `format(z, spec)` for a complex (CPython's `format_complex_internal`):
/// both parts formatted as floats with the spec's type and precision, the
/// imaginary one always signed when the real one is shown, then padded
/// as a whole. No type formats like `str(z)` but with the spec's padding.
#[cfg(feature = "complex")]
pub fn format_complex(re: f64, im: f64, spec: &str) -> FResult<String> {
    if spec.is_empty() {
        let mut s = String::new();
        crate::runtime::complex::Complex::new(re, im).repr(&mut s);
        return Ok(s);
    }
    let sp = parse_spec(spec, '>', None, "complex")?;
    let mut ty = match sp.ty {
        None => '\0',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) => t,
        Some(t) => return Err(unknown_code(t, "complex")),
    };
    let Some(precision) = sp.precision.map_or(Some(-1i64), |p| i32::try_from(p).ok().map(i64::from)) else {
        return verr("precision too big");
    };
    if precision as u64 > MAX_FIELD && precision > 0 {
        return Err(FmtErr::Memory);
    }
    if sp.fill == '0' {
        return verr("Zero padding is not allowed in complex format specifier");
    }
    if sp.align == '=' {
        return verr("'=' alignment flag is not allowed in complex format specifier");
    }
    let (mut skip_re, mut add_parens, mut default_precision) = (false, false, 6);
    if ty == '\0' {
        ty = 'r';
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut precision = precision;
    if precision < 0 {
        precision = default_precision;
    } else if ty == 'r' {
        ty = 'g';
    }
    let part = |x: f64, sign: Option<char>| -> FResult<String> {
        let buf = float_to_string(x, ty, precision, sp.alternate, false, sp.no_neg_0);
        let parts = NumParts::of_float(&buf);
        let unpadded = Spec { fill: ' ', align: '<', width: None, sign, ..sp.clone() };
        let sep = if sp.ty == Some('n') { None } else { sp.grouping.map(|g| (g, 3)) };
        render_number(&parts, &unpadded, sep, false)
    };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(re, sp.sign)?);
    }
    body.push_str(&part(im, if skip_re { sp.sign } else { Some('+') })?);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let width = check_size(sp.width)?;
    let len = body.chars().count() as i64;
    Ok(pad_text(&body, len, width, sp.align, sp.fill))
}

// ----- float digits (CPython's PyOS_double_to_string) -----

/// Shortest round-trip digits of finite nonzero `|x|` (ryu): digits without
/// trailing zeros and `decpt` with `|x| = 0.DIGITS * 10**decpt`.
fn shortest_digits(x: f64) -> (Vec<u8>, i64) {
    let (digits, decpt) = crate::runtime::float_fmt::shortest_digits(x);
    (digits, decpt as i64)
}

/// Rounds `0.DIGITS * 10**decpt` half-even to `keep` significant digits;
/// empty digits mean zero.
fn round_at(digits: &[u8], decpt: i64, keep: i64) -> (Vec<u8>, i64) {
    let (res, decpt) = crate::runtime::float_fmt::round_digits(digits, decpt as i32, keep);
    (res, decpt as i64)
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`: `code` is
/// one of `e E f F g G r`; `alt`, `add_dot_0` and `no_neg_0` are the
/// `Py_DTSF_ALT`, `Py_DTSF_ADD_DOT_0` and `Py_DTSF_NO_NEG_0` flags.
pub fn float_to_string(x: f64, code: char, precision: i64, alt: bool, add_dot_0: bool, no_neg_0: bool) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        if x.is_infinite() {
            if x < 0.0 {
                out.push('-');
            }
            out.push_str(if upper { "INF" } else { "inf" });
        } else {
            out.push_str(if upper { "NAN" } else { "nan" });
        }
        return out;
    }
    let mut precision = precision.max(0);
    match code {
        'e' => precision += 1,
        'g' if precision == 0 => precision = 1,
        _ => {}
    }
    let (digits, decpt) = if x == 0.0 {
        (alloc::vec![b'0'], 1)
    } else {
        match code {
            'e' | 'g' => {
                let (d, p) = decimal_digits(x, Some(precision as usize));
                (d, p as i64)
            }
            'f' => {
                let (d, p) = decimal_digits(x, None);
                let (d, p) = round_at(&d, p as i64, p as i64 + precision);
                if d.is_empty() {
                    (d, -precision)
                } else {
                    (d, p)
                }
            }
            _ => shortest_digits(x),
        }
    };
    let mut negative = x.is_sign_negative();
    if no_neg_0 && negative && (digits.is_empty() || digits == [b'0']) {
        negative = false;
    }
    let dlen = digits.len() as i64;
    let mut decpt = decpt;
    let mut vend = dlen;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vend = precision;
        }
        'f' => vend = decpt + precision,
        'g' => {
            if decpt <= -4 || decpt > (if add_dot_0 { precision - 1 } else { precision }) {
                use_exp = true;
            }
            if alt {
                vend = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && add_dot_0 { vend.max(decpt + 1) } else { vend.max(decpt) };
    if negative {
        out.push('-');
    }
    let ascii = |d: &[u8]| -> String { d.iter().map(|&b| b as char).collect() };
    if decpt <= 0 {
        push_n(&mut out, '0', decpt - vstart);
        out.push('.');
        push_n(&mut out, '0', -decpt);
    } else {
        push_n(&mut out, '0', -vstart);
    }
    let split = if 0 < decpt && decpt <= dlen { digits.split_at_checked(decpt as usize) } else { None };
    if let Some((int_part, frac_part)) = split {
        out.push_str(&ascii(int_part));
        out.push('.');
        out.push_str(&ascii(frac_part));
    } else {
        out.push_str(&ascii(&digits));
    }
    if dlen < decpt {
        push_n(&mut out, '0', decpt - dlen);
        out.push('.');
        push_n(&mut out, '0', vend - decpt);
    } else {
        push_n(&mut out, '0', vend - dlen);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&format!("{a}"));
    }
    out
}

// ===================================================================
// Vm-facing: format(), __format__, ascii()
// ===================================================================

/// `format(v, spec)`: CPython's `PyObject_Format`. Ints (and bools),
/// floats and strs use the mini-language; instances with `__format__` get
/// it called; everything else is `object.__format__` (empty spec only).
pub fn format_value(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    if let Value::Obj(r) = v {
        match vm.heap.get(r) {
            Obj::Str(s) => {
                let res = format_str(s.as_str(), spec);
                return res.map_err(|e| vm.fmt_error(e));
            }
            Obj::Instance(_) => {
                let name = vm.intern("__format__");
                let spec_v = vm.new_str(spec);
                vm.temp_roots.push(spec_v);
                let r = vm.call_method_opt(v, name, &[spec_v]);
                vm.temp_roots.pop();
                if let Some(res) = r? {
                    return match vm.as_str(res) {
                        Some(s) => Ok(String::from(s)),
                        None => {
                            let tn = vm.type_name(res);
                            Err(vm.type_error(format!("__format__ must return a str, not {tn}")))
                        }
                    };
                }
            }
            _ => {}
        }
    }
    #[cfg(not(feature = "complex"))]
    if !spec.is_empty() && vm.as_complex(v).is_some() {
        return Err(vm.missing_feature("format() of a complex", "complex"));
    }
    #[cfg(feature = "complex")]
    if let Some(z) = vm.as_complex(v) {
        return format_complex(z.re, z.im, spec).map_err(|e| vm.fmt_error(e));
    }
    match vm.as_num(v) {
        Some(Num::Float(x)) => format_float(x, spec).map_err(|e| vm.fmt_error(e)),
        Some(n) => {
            let tn = vm.type_name(v);
            let is_bool = matches!(v, Value::Bool(_));
            let b = matches!(v, Value::Bool(true));
            let limit = vm.int_max_str_digits;
            let res = format_int(
                &n,
                || {
                    if is_bool {
                        Ok(String::from(if b { "True" } else { "False" }))
                    } else {
                        int_magnitude(&n, 10, limit).map(|m| if num_is_negative(&n) { format!("-{m}") } else { m })
                    }
                },
                spec,
                &tn,
                limit,
            );
            res.map_err(|e| vm.fmt_error(e))
        }
        None => {
            if spec.is_empty() {
                vm.to_str(v)
            } else {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("unsupported format string passed to {tn}.__format__")))
            }
        }
    }
}

/// `ascii(v)`: `repr(v)` with non-ASCII characters escaped as `\xNN`,
/// `\uNNNN` or `\UNNNNNNNN`.
pub fn ascii_of(vm: &mut Vm, v: Value) -> PyResult<String> {
    let r = vm.repr(v)?;
    if r.is_ascii() {
        return Ok(r);
    }
    let mut out = String::with_capacity(r.len() + 8);
    for c in r.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u <= 0xff {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u <= 0xffff {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    Ok(out)
}

/// The `format(value, format_spec='')` built-in.
pub fn builtin_format(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    super::no_kwargs(vm, "format", kw)?;
    super::arity(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        None => String::new(),
        Some(&s) => match vm.as_str(s) {
            Some(t) => String::from(t),
            None => {
                let tn = vm.type_name(s);
                return Err(vm.type_error(format!("format() argument 2 must be str, not {tn}")));
            }
        },
    };
    let out = format_value(vm, arg_at(args, 0), &spec)?;
    Ok(vm.new_string(out))
}

/// The `ascii(obj)` built-in.
pub fn builtin_ascii(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    super::no_kwargs(vm, "ascii", kw)?;
    super::arity(vm, "ascii", args, 1, 1)?;
    let out = ascii_of(vm, arg_at(args, 0))?;
    Ok(vm.new_string(out))
}

// ----- f-strings: FORMAT_VALUE / BUILD_STRING -----

/// `FORMAT_VALUE`: applies the conversion (`conv`: 0 none, 1 `!s`, 2 `!r`,
/// 3 `!a`) and then the format spec, if any.
pub fn format_value_op(vm: &mut Vm, v: Value, conv: u32, spec: Option<Value>) -> PyResult<Value> {
    let converted = match conv {
        1 => Some(vm.to_str(v)?),
        2 => Some(vm.repr(v)?),
        3 => Some(ascii_of(vm, v)?),
        _ => None,
    };
    let spec_text = match spec {
        Some(s) => match vm.as_str(s) {
            Some(t) => String::from(t),
            None => return Err(vm.system_error("FORMAT_VALUE spec is not a str")),
        },
        None => String::new(),
    };
    match converted {
        Some(text) if spec_text.is_empty() => Ok(vm.new_string(text)),
        Some(text) => {
            let out = format_str(&text, &spec_text).map_err(|e| vm.fmt_error(e))?;
            Ok(vm.new_string(out))
        }
        None => {
            if spec_text.is_empty() && vm.as_str(v).is_some() {
                return Ok(v);
            }
            let out = format_value(vm, v, &spec_text)?;
            Ok(vm.new_string(out))
        }
    }
}

/// `BUILD_STRING`: concatenates the strs on the value stack from `start` up
/// (the caller pops them).
pub fn build_string(vm: &mut Vm, start: usize) -> PyResult<Value> {
    let mut out = String::new();
    for &v in vm.stack.get(start..).unwrap_or_default() {
        match vm.as_str(v) {
            Some(s) => out.push_str(s),
            None => return Err(vm.system_error("BUILD_STRING operand is not a str")),
        }
    }
    Ok(vm.new_string(out))
}

// ===================================================================
// printf-style formatting: `fmt % args`
// ===================================================================

/// The argument source of one `%` operation (CPython's `unicode_formatter_t`).
struct PctArgs {
    /// The whole right operand, or the value found by the last `%(key)`.
    args: Value,
    /// The tuple's items when `args` is a tuple.
    items: Vec<Value>,
    arglen: i64,
    argidx: i64,
    /// Formatting bytes (`%b`, bytes `%s` and `%c`, bytes keys): the
    /// format's bytes are the characters U+0000..U+00FF, and so are the
    /// output's.
    bytes: bool,
}

impl PctArgs {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let idx = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args);
            }
            if let Some(&v) = self.items.get(idx as usize) {
                return Ok(v);
            }
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// The format-string reader, modelling CPython's `fmtpos`/`fmtcnt` pair:
/// `next` reads a character if one is left; once none is, the directive is
/// "exhausted" and `ch` keeps the last character read.
struct Cursor<'a> {
    chars: &'a [char],
    pos: usize,
    ch: char,
    exhausted: bool,
}

impl Cursor<'_> {
    fn next(&mut self) -> bool {
        if let Some(&ch) = self.chars.get(self.pos) {
            self.ch = ch;
            self.pos += 1;
            true
        } else {
            self.exhausted = true;
            false
        }
    }
}

#[derive(Default, Clone, Copy)]
struct PctFlags {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

/// `PyMapping_Check` minus tuples and strs: what makes `%` look up `%(key)`.
fn is_mapping(vm: &Vm, v: Value) -> bool {
    let Value::Obj(r) = v else { return false };
    match vm.heap.get(r) {
        Obj::Dict(_) | Obj::List(_) | Obj::Range { .. } | Obj::BigRange(_) => true,
        Obj::Instance(i) => vm.lookup_class_attr(i.class, vm.names.getitem).is_some(),
        _ => false,
    }
}

/// `fmt % args` of a str or (with the `bytes` feature) a bytes-like `fmt`.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let (chars, bytes): (Vec<char>, Option<bool>) = match vm.as_str(fmt) {
        Some(text) => (text.chars().collect(), None),
        #[cfg(feature = "bytes")]
        None if vm.is_bytes(fmt) => {
            let (data, mutable) = vm.bytes_of(fmt).unwrap_or_default();
            (data.into_iter().map(char::from).collect(), Some(mutable))
        }
        None => return Err(vm.system_error("'%' formatting of a non-str")),
    };
    let tuple: Option<Vec<Value>> = match args {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Tuple(t) => Some(t.to_vec()),
            _ => None,
        },
        _ => None,
    };
    let dict = if tuple.is_none() && vm.as_str(args).is_none() && is_mapping(vm, args) { Some(args) } else { None };
    let b = bytes.is_some();
    let mut ctx = match tuple {
        Some(items) => PctArgs { args, arglen: items.len() as i64, items, argidx: 0, bytes: b },
        None => PctArgs { args, items: Vec::new(), arglen: -1, argidx: -2, bytes: b },
    };
    let mark = vm.temp_roots.len();
    let r = percent_inner(vm, &chars, &mut ctx, dict);
    vm.temp_roots.truncate(mark);
    let out = r?;
    Ok(match bytes {
        // Every character is below U+0100 (a byte of the format or of a
        // bytes argument, or ASCII text).
        Some(mutable) => vm.new_bytes(out.chars().map(|c| c as u8).collect(), mutable),
        None => vm.new_string(out),
    })
}

/// The error of arguments left over.
fn not_all_converted(vm: &mut Vm, ctx: &PctArgs) -> PyErr {
    let what = if ctx.bytes { "bytes" } else { "string" };
    vm.type_error(format!("not all arguments converted during {what} formatting"))
}

// Indexing: a port of CPython's parser; `pos < n = chars.len()` is
// checked before every read.
#[allow(clippy::indexing_slicing)]
fn percent_inner(vm: &mut Vm, chars: &[char], ctx: &mut PctArgs, dict: Option<Value>) -> PyResult<String> {
    let n = chars.len();
    let mut out = String::new();
    let mut pos = 0;
    while pos < n {
        if chars[pos] != '%' {
            let start = pos;
            while pos < n && chars[pos] != '%' {
                pos += 1;
            }
            out.extend(&chars[start..pos]);
            continue;
        }
        pos += 1;
        if pos < n && chars[pos] == '%' {
            pos += 1;
            out.push('%');
            continue;
        }
        let mut cur = Cursor { chars, pos, ch: chars.get(pos).copied().unwrap_or('\0'), exhausted: false };
        percent_directive(vm, &mut cur, ctx, dict, &mut out)?;
        pos = cur.pos;
        if dict.is_some() && ctx.argidx < ctx.arglen {
            return Err(not_all_converted(vm, ctx));
        }
    }
    if ctx.argidx < ctx.arglen && dict.is_none() {
        return Err(not_all_converted(vm, ctx));
    }
    Ok(out)
}

/// An int operand of `*` (a width or precision).
fn star_arg(vm: &mut Vm, v: Value, c_int: bool) -> PyResult<i64> {
    if !vm.is_int(v) {
        return Err(vm.type_error("* wants int"));
    }
    match vm.to_i64(v) {
        Some(i) if !c_int || i32::try_from(i).is_ok() => Ok(i),
        _ if c_int => Err(vm.overflow_error("Python int too large to convert to C int")),
        _ => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// One `%` directive, the `%` already consumed (CPython's
/// `unicode_format_arg_parse` + `unicode_format_arg_format`).
fn percent_directive(
    vm: &mut Vm,
    cur: &mut Cursor<'_>,
    ctx: &mut PctArgs,
    dict: Option<Value>,
    out: &mut String,
) -> PyResult<()> {
    if cur.ch == '(' && cur.pos < cur.chars.len() {
        let Some(d) = dict else { return Err(vm.type_error("format requires a mapping")) };
        cur.pos += 1;
        let keystart = cur.pos;
        let mut pcount = 1;
        while pcount > 0 && cur.next() {
            if cur.ch == ')' {
                pcount -= 1;
            } else if cur.ch == '(' {
                pcount += 1;
            }
        }
        if cur.exhausted || pcount > 0 {
            return Err(vm.value_error("incomplete format key"));
        }
        let key: String = cur.chars.get(keystart..cur.pos.saturating_sub(1)).unwrap_or_default().iter().collect();
        let key =
            if ctx.bytes { vm.new_bytes(key.chars().map(|c| c as u8).collect(), false) } else { vm.new_string(key) };
        vm.temp_roots.push(key);
        let v = vm.get_item(d, key)?;
        vm.temp_roots.push(v);
        *ctx = PctArgs { args: v, items: Vec::new(), arglen: -1, argidx: -2, bytes: ctx.bytes };
    }
    let mut flags = PctFlags::default();
    while cur.next() {
        match cur.ch {
            '-' => flags.ljust = true,
            '+' => flags.sign = true,
            ' ' => flags.blank = true,
            '#' => flags.alt = true,
            '0' => flags.zero = true,
            _ => break,
        }
    }
    let mut width: i64 = -1;
    let mut prec: i64 = -1;
    if cur.ch == '*' {
        let v = ctx.next(vm)?;
        width = star_arg(vm, v, false)?;
        if width < 0 {
            flags.ljust = true;
            width = width.checked_neg().unwrap_or(i64::MAX);
        }
        cur.next();
    } else if cur.ch.is_ascii_digit() {
        width = cur.ch as i64 - '0' as i64;
        while cur.next() {
            if !cur.ch.is_ascii_digit() {
                break;
            }
            let d = cur.ch as i64 - '0' as i64;
            if width > (i64::MAX - d) / 10 {
                return Err(vm.value_error("width too big"));
            }
            width = width * 10 + d;
        }
    }
    if cur.ch == '.' {
        prec = 0;
        cur.next();
        if cur.ch == '*' {
            let v = ctx.next(vm)?;
            prec = star_arg(vm, v, true)?.max(0);
            cur.next();
        } else if cur.ch.is_ascii_digit() {
            prec = cur.ch as i64 - '0' as i64;
            while cur.next() {
                if !cur.ch.is_ascii_digit() {
                    break;
                }
                let d = cur.ch as i64 - '0' as i64;
                if prec > (i32::MAX as i64 - d) / 10 {
                    return Err(vm.value_error("precision too big"));
                }
                prec = prec * 10 + d;
            }
        }
    }
    if !cur.exhausted && matches!(cur.ch, 'h' | 'l' | 'L') {
        cur.next();
    }
    if cur.exhausted {
        return Err(vm.value_error("incomplete format"));
    }
    if width > MAX_FIELD as i64 || prec > MAX_FIELD as i64 {
        return Err(vm.memory_error());
    }
    let c = cur.ch;
    let v = ctx.next(vm)?;
    let (text, sign) = match c {
        #[cfg(feature = "bytes")]
        's' | 'b' | 'c' if ctx.bytes => (percent_bytes_arg(vm, v, c)?, false),
        's' => (vm.to_str(v)?, false),
        'r' if !ctx.bytes => (vm.repr(v)?, false),
        'r' => (ascii_of(vm, v)?, false),
        'a' => (ascii_of(vm, v)?, false),
        'i' | 'd' | 'u' | 'o' | 'x' | 'X' => (percent_long(vm, v, c, flags.alt, prec)?, true),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = percent_float_arg(vm, v)?;
            let p = if prec < 0 { 6 } else { prec };
            (float_to_string(x, c, p, flags.alt, false, false), true)
        }
        'c' => (String::from(percent_char(vm, v)?), false),
        _ => {
            let u = c as u32;
            let shown = if (31..=126).contains(&u) { c } else { '?' };
            return Err(
                vm.value_error(format!("unsupported format character '{shown}' (0x{u:x}) at index {}", cur.pos - 1))
            );
        }
    };
    percent_output(out, &text, c, flags, width, prec, sign);
    Ok(())
}

/// The int operand of `%d`/`%x`/... (CPython's `mainformatlong`).
fn percent_int_operand(vm: &mut Vm, v: Value, c: char) -> PyResult<Num> {
    let wrong = |vm: &mut Vm| {
        let tn = vm.type_name(v);
        if matches!(c, 'o' | 'x' | 'X') {
            vm.type_error(format!("%{c} format: an integer is required, not {tn}"))
        } else {
            vm.type_error(format!("%{c} format: a real number is required, not {tn}"))
        }
    };
    if vm.is_int(v) {
        return vm.as_num(v).ok_or_else(|| wrong(vm));
    }
    if let Value::Float(x) = v {
        if matches!(c, 'o' | 'x' | 'X') {
            return Err(wrong(vm));
        }
        return match crate::runtime::int_ops::f64_to_int(x) {
            Ok(crate::runtime::int_ops::PyInt::Small(i)) => Ok(Num::Small(i)),
            Ok(crate::runtime::int_ops::PyInt::Big(b)) => Ok(Num::Big(b)),
            Err(e) => Err(vm.num_error(e.into())),
        };
    }
    if vm.is_instance_value(v) {
        let names: &[ObjRef] =
            if matches!(c, 'o' | 'x' | 'X') { &[vm.names.index] } else { &[vm.names.int_, vm.names.index] };
        for &name in names {
            if let Some(r) = vm.call_method_opt(v, name, &[])? {
                if vm.is_int(r) {
                    return vm.as_num(r).ok_or_else(|| wrong(vm));
                }
                let (dn, tn) = (vm.str_text(name), vm.type_name(r));
                return Err(vm.type_error(format!("{dn} returned non-int (type {tn})")));
            }
        }
    }
    Err(wrong(vm))
}

/// `%d %i %u %o %x %X` text before padding (CPython's `_PyUnicode_FormatLong`).
fn percent_long(vm: &mut Vm, v: Value, c: char, alt: bool, prec: i64) -> PyResult<String> {
    let n = percent_int_operand(vm, v, c)?;
    let base = match c {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let digits = int_magnitude(&n, base, vm.int_max_str_digits).map_err(|e| vm.fmt_error(e))?;
    let mut out = String::new();
    if num_is_negative(&n) {
        out.push('-');
    }
    if alt && base != 10 {
        out.push_str(if base == 8 { "0o" } else { "0x" });
    }
    push_n(&mut out, '0', prec - digits.len() as i64);
    out.push_str(&digits);
    if c == 'X' {
        out.make_ascii_uppercase();
    }
    Ok(out)
}

/// The float operand of `%e %f %g` (`PyFloat_AsDouble`).
fn percent_float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match vm.as_num(v) {
        Some(n) => return int_to_f64(&n).map_err(|e| vm.fmt_error(e)),
        None if vm.is_instance_value(v) => {
            let fname = vm.names.float_;
            if let Some(r) = vm.call_method_opt(v, fname, &[])? {
                if let Value::Float(x) = r {
                    return Ok(x);
                }
                let (cn, tn) = (vm.type_name(v), vm.type_name(r));
                return Err(vm.type_error(format!("{cn}.__float__ returned non-float (type {tn})")));
            }
            let iname = vm.names.index;
            if let Some(r) = vm.call_method_opt(v, iname, &[])? {
                if let Some(n) = vm.as_num(r).filter(|_| vm.is_int(r)) {
                    return int_to_f64(&n).map_err(|e| vm.fmt_error(e));
                }
                return Err(vm.index_non_int_error(r));
            }
        }
        None => {}
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("must be real number, not {tn}")))
}

/// The text (characters U+0000..U+00FF) of bytes' `%s`/`%b` (a
/// bytes-like object or one with `__bytes__`) and `%c` (an int byte or one
/// byte).
#[cfg(feature = "bytes")]
fn percent_bytes_arg(vm: &mut Vm, v: Value, c: char) -> PyResult<String> {
    let latin1 = |d: Vec<u8>| d.into_iter().map(char::from).collect::<String>();
    if c == 'c' {
        return match vm.bytes_of(v) {
            Some((d, _)) if d.len() == 1 => Ok(latin1(d)),
            None if vm.is_int(v) => match vm.to_i64(v) {
                Some(i @ 0..=255) => Ok(latin1(alloc::vec![i as u8])),
                _ => Err(vm.overflow_error("%c arg not in range(256)")),
            },
            _ => Err(vm.type_error("%c requires an integer in range(256) or a single byte")),
        };
    }
    if let Some((d, _)) = vm.bytes_of(v) {
        return Ok(latin1(d));
    }
    if vm.is_instance_value(v) {
        let name = vm.intern("__bytes__");
        if let Some(r) = vm.call_method_opt(v, name, &[])? {
            return match vm.bytes_of(r) {
                Some((d, false)) => Ok(latin1(d)),
                _ => {
                    let tn = vm.type_name(r);
                    Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")))
                }
            };
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'")))
}

/// The character of `%c` (CPython's `formatchar`).
fn percent_char(vm: &mut Vm, v: Value) -> PyResult<char> {
    if let Some(s) = vm.as_str(v) {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
        return Err(vm.type_error("%c requires int or char"));
    }
    let n = if vm.is_int(v) {
        vm.as_num(v)
    } else if vm.is_instance_value(v) {
        let iname = vm.names.index;
        match vm.call_method_opt(v, iname, &[])? {
            Some(r) if vm.is_int(r) => vm.as_num(r),
            _ => None,
        }
    } else {
        None
    };
    match n {
        None => Err(vm.type_error("%c requires int or char")),
        Some(Num::Small(i)) if (0..=0x10ffff).contains(&i) => match char::from_u32(i as u32) {
            Some(c) => Ok(c),
            None => Err(vm.value_error("surrogate code points are not supported")),
        },
        Some(_) => Err(vm.overflow_error("%c arg not in range(0x110000)")),
    }
}

/// Pads one converted directive (CPython's `unicode_format_arg_output`).
fn percent_output(out: &mut String, s: &str, c: char, flags: PctFlags, width: i64, prec: i64, sign: bool) {
    let fill = if sign && flags.zero { '0' } else { ' ' };
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && !(flags.sign || flags.blank) {
        out.push_str(s);
        return;
    }
    if matches!(c, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }
    let mut sign = sign;
    let mut pindex: usize = 0;
    let mut signchar = ' ';
    if sign {
        let c0 = chars.first().copied().unwrap_or('\0');
        if c0 == '-' || c0 == '+' {
            signchar = c0;
            len -= 1;
            pindex = 1;
        } else if flags.sign {
            signchar = '+';
        } else if flags.blank {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    let mut width = width.max(len);
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags.alt && matches!(c, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(c);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !flags.ljust {
        push_n(out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.push('0');
            out.push(c);
            pindex += 2;
        }
    }
    if len > 0 {
        let end = (pindex + len as usize).min(chars.len());
        out.extend(chars.get(pindex.min(end)..end).unwrap_or_default());
    }
    if width > len {
        push_n(out, ' ', width - len);
    }
}

// ===================================================================
// str.format / str.format_map
// ===================================================================

/// Where `{name}` fields are looked up.
enum Kwargs<'a> {
    /// `str.format()` without keywords.
    None,
    /// `str.format(**kw)`.
    List(&'a [(ObjRef, Value)]),
    /// `str.format_map(mapping)`.
    Map(Value),
}

/// Automatic/manual field numbering state (CPython's `AutoNumber`).
#[derive(Default)]
struct AutoNumber {
    /// 0: not decided, 1: automatic, 2: manual.
    state: u8,
    next: i64,
}

/// `get_integer` of `unicode_format.h`: `None` for an empty or non-numeric
/// name.
fn field_integer(vm: &mut Vm, s: &[char]) -> PyResult<Option<i64>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for &c in s {
        let Some(d) = decimal_value(c) else { return Ok(None) };
        let d = d as i64;
        if acc > (i64::MAX - d) / 10 {
            return Err(vm.value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// A parsed replacement field.
struct Field<'a> {
    name: &'a [char],
    spec: &'a [char],
    spec_needs_expanding: bool,
    conversion: Option<char>,
}

/// CPython's `parse_field`: reads a field after its `{`, up to and
/// including the closing `}`.
// Indexing: a port of CPython's parser: every read is after a `*pos < end = s.len()` check, and the slices end at
// a position the loop reached (`*pos - 1` after a read).
#[allow(clippy::indexing_slicing)]
fn parse_field<'a>(vm: &mut Vm, s: &'a [char], pos: &mut usize) -> PyResult<Field<'a>> {
    let end = s.len();
    let start = *pos;
    let mut c = '\0';
    while *pos < end {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < end && s[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name = &s[start..pos.saturating_sub(1).max(start)];
    let mut field = Field { name, spec: &[], spec_needs_expanding: false, conversion: None };
    if c == '!' || c == ':' {
        if c == '!' {
            if *pos >= end {
                return Err(vm.value_error("end of string while looking for conversion specifier"));
            }
            field.conversion = Some(s[*pos]);
            *pos += 1;
            if *pos < end {
                let c2 = s[*pos];
                *pos += 1;
                if c2 == '}' {
                    return Ok(field);
                }
                if c2 != ':' {
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let sstart = *pos;
        let mut count = 1;
        while *pos < end {
            let c = s[*pos];
            *pos += 1;
            if c == '{' {
                field.spec_needs_expanding = true;
                count += 1;
            } else if c == '}' {
                count -= 1;
                if count == 0 {
                    field.spec = &s[sstart..*pos - 1];
                    return Ok(field);
                }
            }
        }
        return Err(vm.value_error("unmatched '{' in format spec"));
    } else if c != '}' {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    Ok(field)
}

/// Resolves a field name (`0`, `name`, `0.attr`, `name[key]`, or empty for
/// automatic numbering) to its object.
// Indexing: a port of CPython's parser: every read is after a `p < rest.len()` check; the `[` part ends before the
// `]` found (`p - 1 >= start`).
#[allow(clippy::indexing_slicing)]
fn field_object(
    vm: &mut Vm,
    name: &[char],
    args: Option<&[Value]>,
    kw: &Kwargs<'_>,
    auto: &mut AutoNumber,
) -> PyResult<Value> {
    let split = name.iter().position(|&c| c == '.' || c == '[').unwrap_or(name.len());
    let (first, rest) = name.split_at(split);
    let mut idx = field_integer(vm, first)?;
    let empty = first.is_empty();
    if empty || idx.is_some() {
        if auto.state == 0 {
            auto.state = if empty { 1 } else { 2 };
        }
        if auto.state == 2 && empty {
            return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        if auto.state == 1 && !empty {
            return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        if empty {
            idx = Some(auto.next);
            auto.next += 1;
        }
    }
    let mut obj = match idx {
        None => {
            let key: String = first.iter().collect();
            match kw {
                Kwargs::None => {
                    let k = vm.new_string(key);
                    return Err(vm.key_error(k));
                }
                Kwargs::List(list) => {
                    match list.iter().find(|(k, _)| matches!(vm.heap.get(*k), Obj::Str(s) if s.as_str() == key)) {
                        Some(&(_, v)) => v,
                        None => {
                            let k = vm.new_string(key);
                            return Err(vm.key_error(k));
                        }
                    }
                }
                Kwargs::Map(m) => {
                    let k = vm.new_string(key);
                    vm.temp_roots.push(k);
                    vm.get_item(*m, k)?
                }
            }
        }
        Some(i) => match args {
            None => return Err(vm.value_error("Format string contains positional fields")),
            Some(a) => match a.get(i as usize) {
                Some(&v) => v,
                None => {
                    return Err(vm.index_error(format!("Replacement index {i} out of range for positional args tuple")))
                }
            },
        },
    };
    vm.temp_roots.push(obj);
    let mut p = 0;
    while p < rest.len() {
        let c = rest[p];
        p += 1;
        let start = p;
        let (part, is_attr) = match c {
            '.' => {
                while p < rest.len() && rest[p] != '.' && rest[p] != '[' {
                    p += 1;
                }
                (&rest[start..p], true)
            }
            '[' => {
                while p < rest.len() && rest[p] != ']' {
                    p += 1;
                }
                if p >= rest.len() {
                    return Err(vm.value_error("Missing ']' in format string"));
                }
                p += 1;
                (&rest[start..p - 1], false)
            }
            _ => return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier")),
        };
        let index = if is_attr { None } else { field_integer(vm, part)? };
        if part.is_empty() {
            return Err(vm.value_error("Empty attribute in format string"));
        }
        let text: String = part.iter().collect();
        obj = if is_attr {
            let n = vm.intern(&text);
            vm.get_attr(obj, n)?
        } else {
            let key = match index {
                Some(i) => Value::Int(i),
                None => vm.new_string(text),
            };
            vm.temp_roots.push(key);
            vm.get_item(obj, key)?
        };
        vm.temp_roots.push(obj);
    }
    Ok(obj)
}

/// CPython's `build_string`: renders `s` into `out`.
// Indexing: a port of CPython's parser: every read is after a `pos < end = s.len()` check (`at_end` is
// `pos >= end`), and `start + len <= pos`.
#[allow(clippy::indexing_slicing)]
fn build_format(
    vm: &mut Vm,
    s: &[char],
    args: Option<&[Value]>,
    kw: &Kwargs<'_>,
    depth: u32,
    auto: &mut AutoNumber,
    out: &mut String,
) -> PyResult<()> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let end = s.len();
    let mut pos = 0;
    while pos < end {
        let start = pos;
        let mut c = '\0';
        let mut markup = false;
        while pos < end {
            c = s[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= end;
        let mut len = pos - start;
        if c == '}' && markup && (at_end || s[pos] != '}') {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if at_end && markup && c == '{' {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        if !at_end {
            if s[pos] == c {
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        out.extend(&s[start..start + len]);
        if !markup {
            continue;
        }
        let field = parse_field(vm, s, &mut pos)?;
        let obj = field_object(vm, field.name, args, kw, auto)?;
        let converted = match field.conversion {
            None => None,
            Some('r') => Some(vm.repr(obj)?),
            Some('s') => Some(vm.to_str(obj)?),
            Some('a') => Some(ascii_of(vm, obj)?),
            Some(x) => {
                let u = x as u32;
                return Err(vm.value_error(if u > 32 && u < 127 {
                    format!("Unknown conversion specifier {x}")
                } else {
                    format!("Unknown conversion specifier \\x{u:x}")
                }));
            }
        };
        let spec: String = if field.spec_needs_expanding {
            let mut sub = String::new();
            build_format(vm, field.spec, args, kw, depth - 1, auto, &mut sub)?;
            sub
        } else {
            field.spec.iter().collect()
        };
        let text = match converted {
            Some(t) => format_str(&t, &spec).map_err(|e| vm.fmt_error(e))?,
            None => format_value(vm, obj, &spec)?,
        };
        out.push_str(&text);
    }
    Ok(())
}

fn run_format(vm: &mut Vm, fmt: &str, args: Option<&[Value]>, kw: &Kwargs<'_>) -> PyResult<Value> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mark = vm.temp_roots.len();
    let r = build_format(vm, &chars, args, kw, 2, &mut AutoNumber::default(), &mut out);
    vm.temp_roots.truncate(mark);
    r?;
    Ok(vm.new_string(out))
}

/// `str.format(*args, **kwargs)`; `arg_at(args, 0)` is the format string.
pub fn str_format(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let Some(fmt) = args.first().and_then(|&v| vm.as_str(v)).map(String::from) else {
        return Err(vm.type_error("descriptor 'format' for 'str' objects doesn't apply to this object"));
    };
    let kwargs = if kw.is_empty() { Kwargs::None } else { Kwargs::List(kw) };
    run_format(vm, &fmt, Some(args_from(args, 1)), &kwargs)
}

/// `str.format_map(mapping)`; `arg_at(args, 0)` is the format string.
pub fn str_format_map(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    super::no_kwargs(vm, "str.format_map", kw)?;
    let Some(fmt) = args.first().and_then(|&v| vm.as_str(v)).map(String::from) else {
        return Err(vm.type_error("descriptor 'format_map' for 'str' objects doesn't apply to this object"));
    };
    if args.len() != 2 {
        return Err(vm.type_error(format!("format_map() takes exactly one argument ({} given)", args.len() - 1)));
    }
    run_format(vm, &fmt, None, &Kwargs::Map(arg_at(args, 1)))
}

#[cfg(test)]
#[allow(clippy::approx_constant)]
mod tests {
    //! Tables generated with CPython 3.11: `(value, spec, outcome, text)`
    //! where outcome is `Ok` or the exception class and text the result or
    //! the message.
    extern crate std;
    use super::*;
    #[cfg(feature = "big-int")]
    use crate::runtime::bigint::BigInt;
    use crate::vm::{BufferHost, VmConfig};
    use alloc::boxed::Box;
    use alloc::string::ToString;
    use alloc::vec;
    #[cfg(feature = "big-int")]
    use num_traits::ToPrimitive;

    enum Arg {
        I(i64),
        F(f64),
        S(&'static str),
    }

    fn fmt_outcome(r: FResult<String>) -> (String, String) {
        match r {
            Ok(s) => ("Ok".to_string(), s),
            Err(FmtErr::Value(m)) => ("ValueError".to_string(), m),
            Err(FmtErr::Type(m)) => ("TypeError".to_string(), m),
            Err(FmtErr::Overflow(m)) => ("OverflowError".to_string(), m),
            Err(FmtErr::Memory) => ("MemoryError".to_string(), String::new()),
        }
    }

    fn py_outcome(vm: &mut Vm, r: PyResult<Value>) -> (String, String) {
        match r {
            Ok(v) => ("Ok".to_string(), vm.as_str(v).map(String::from).unwrap_or_default()),
            Err(e) => (vm.type_name(Value::Obj(e.0)), vm.exception_message(e)),
        }
    }

    fn new_vm() -> Vm {
        Vm::new(VmConfig::default(), Box::new(BufferHost::default()))
    }

    fn arg_values(vm: &mut Vm, args: &[Arg]) -> Vec<Value> {
        args.iter()
            .map(|a| match a {
                Arg::I(i) => Value::Int(*i),
                Arg::F(f) => Value::Float(*f),
                Arg::S(s) => vm.new_str(s),
            })
            .collect()
    }

    #[cfg(feature = "big-int")]
    #[test]
    fn format_int_table() {
        let mut failures = Vec::new();
        for &(v, spec, kind, text) in INT_CASES {
            let (n, type_name) = match v {
                "True" => (Num::Small(1), "bool"),
                "False" => (Num::Small(0), "bool"),
                _ => {
                    let b: BigInt = v.parse().expect("test value");
                    (b.to_i64().map_or(Num::Big(b), Num::Small), "int")
                }
            };
            let got = fmt_outcome(format_int(&n, || Ok(String::from(v)), spec, type_name, 4300));
            if got != (kind.to_string(), text.to_string()) {
                failures.push(format!("format({v}, {spec:?}) = {got:?}, want {kind} {text:?}"));
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn format_float_table() {
        let mut failures = Vec::new();
        for &(v, spec, kind, text) in FLOAT_CASES {
            let got = fmt_outcome(format_float(v, spec));
            if got != (kind.to_string(), text.to_string()) {
                failures.push(format!("format({v:?}, {spec:?}) = {got:?}, want {kind} {text:?}"));
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn format_str_table() {
        let mut failures = Vec::new();
        for &(v, spec, kind, text) in STR_CASES {
            let got = fmt_outcome(format_str(v, spec));
            if got != (kind.to_string(), text.to_string()) {
                failures.push(format!("format({v:?}, {spec:?}) = {got:?}, want {kind} {text:?}"));
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn percent_format_table() {
        let mut vm = new_vm();
        let mut failures = Vec::new();
        for (fmt, args, kind, text) in PCT_CASES {
            let items = arg_values(&mut vm, args);
            let tuple = vm.new_tuple(items);
            let f = vm.new_str(fmt);
            let r = percent_format(&mut vm, f, tuple);
            let got = py_outcome(&mut vm, r);
            if got != (kind.to_string(), text.to_string()) {
                failures.push(format!("{fmt:?} % ... = {got:?}, want {kind} {text:?}"));
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn str_format_table() {
        let mut vm = new_vm();
        let mut failures = Vec::new();
        for (fmt, args, kind, text) in FORMAT_CASES {
            let mut items = vec![vm.new_str(fmt)];
            items.extend(arg_values(&mut vm, args));
            let r = str_format(&mut vm, &items, &[]);
            let got = py_outcome(&mut vm, r);
            if got != (kind.to_string(), text.to_string()) {
                failures.push(format!("{fmt:?}.format(...) = {got:?}, want {kind} {text:?}"));
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn percent_single_and_mapping_args() {
        let mut vm = new_vm();
        let f = vm.new_str("%s|%5.1f");
        let one = vm.new_str("x");
        let r = percent_format(&mut vm, f, one);
        assert_eq!(py_outcome(&mut vm, r).0, "TypeError");
        let d = vm.new_dict_obj();
        let k = vm.new_str("a");
        vm.dict_set(d, k, Value::Int(7)).expect("dict_set");
        let f = vm.new_str("%(a)03d %(a)x");
        let r = percent_format(&mut vm, f, Value::Obj(d));
        assert_eq!(py_outcome(&mut vm, r), ("Ok".to_string(), "007 7".to_string()));
        let f = vm.new_str("%(b)s");
        let r = percent_format(&mut vm, f, Value::Obj(d));
        assert_eq!(py_outcome(&mut vm, r), ("KeyError".to_string(), "'b'".to_string()));
    }

    #[test]
    fn malformed_specs_never_panic() {
        let pieces = [
            "", "<", "^", "=", ">", "0", "00", "+", " ", "z", "#", ",", "_", ".", ".0", "9", "é", "{", "}", "%", "x",
            "c", "n",
        ];
        let mut vm = new_vm();
        let vals = [Value::Int(-5), Value::Float(-0.5), Value::Bool(true)];
        let s = vm.new_str("ab");
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let spec = format!("{a}{b}{c}");
                    for v in vals.iter().copied().chain([s]) {
                        let _ = format_value(&mut vm, v, &spec);
                    }
                    let pf = vm.new_string(format!("%{spec}"));
                    let args = vm.new_tuple(vec![Value::Int(1), Value::Float(2.0)]);
                    let _ = percent_format(&mut vm, pf, args);
                    let _ = str_format(&mut vm, &[pf, Value::Int(1)], &[]);
                }
            }
        }
    }

    #[cfg(feature = "big-int")]
    const INT_CASES: &[(&str, &str, &str, &str)] = &[
        ("0", "", "Ok", "0"),
        ("0", "d", "Ok", "0"),
        ("42", "5", "Ok", "   42"),
        ("-42", "<6", "Ok", "-42   "),
        ("42", "^7", "Ok", "  42   "),
        ("-42", "=8", "Ok", "-     42"),
        ("42", "*>+6", "Ok", "***+42"),
        ("42", " ", "Ok", " 42"),
        ("-42", " d", "Ok", "-42"),
        ("255", "x", "Ok", "ff"),
        ("255", "#x", "Ok", "0xff"),
        ("255", "X", "Ok", "FF"),
        ("255", "#X", "Ok", "0XFF"),
        ("-255", "#010x", "Ok", "-0x00000ff"),
        ("5", "b", "Ok", "101"),
        ("5", "#b", "Ok", "0b101"),
        ("8", "o", "Ok", "10"),
        ("8", "#o", "Ok", "0o10"),
        ("1234567", ",", "Ok", "1,234,567"),
        ("1234567", "_", "Ok", "1_234_567"),
        ("1234567", "_x", "Ok", "12_d687"),
        ("3735928559", "#_X", "Ok", "0XDEAD_BEEF"),
        ("1234", "010,", "Ok", "00,001,234"),
        ("1234", "09,", "Ok", "0,001,234"),
        ("-1234", "012_", "Ok", "-000_001_234"),
        ("1234567", "n", "Ok", "1234567"),
        ("65", "c", "Ok", "A"),
        ("9731", "^5c", "Ok", "  \u{2603}  "),
        ("65", "05c", "Ok", "0000A"),
        ("42", "e", "Ok", "4.200000e+01"),
        ("42", ".2f", "Ok", "42.00"),
        ("42", "%", "Ok", "4200.000000%"),
        ("42", "g", "Ok", "42"),
        ("-7", "z", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier"),
        ("42", ".2", "ValueError", "Precision not allowed in integer format specifier"),
        ("65", "+c", "ValueError", "Sign not allowed with integer format specifier 'c'"),
        ("65", "#c", "ValueError", "Alternate form (#) not allowed with integer format specifier 'c'"),
        ("-1", "c", "OverflowError", "%c arg not in range(0x110000)"),
        ("1114112", "c", "OverflowError", "%c arg not in range(0x110000)"),
        ("5", ",c", "ValueError", "Cannot specify ',' with 'c'."),
        ("5", "_d", "Ok", "5"),
        ("5", ",b", "ValueError", "Cannot specify ',' with 'b'."),
        ("5", "_n", "ValueError", "Cannot specify '_' with 'n'."),
        ("5", ",_", "ValueError", "Cannot specify both ',' and '_'."),
        ("5", "_,", "ValueError", "Cannot specify both ',' and '_'."),
        ("5", "xx", "ValueError", "Invalid format specifier 'xx' for object of type 'int'"),
        ("5", "s", "ValueError", "Unknown format code 's' for object of type 'int'"),
        ("5", "\u{1}", "ValueError", "Unknown format code '\\x1' for object of type 'int'"),
        ("5", ".", "ValueError", "Format specifier missing precision"),
        ("1180591620717411303424", "", "Ok", "1180591620717411303424"),
        ("1180591620717411303424", ",", "Ok", "1,180,591,620,717,411,303,424"),
        ("-1180591620717411303424", "#x", "Ok", "-0x400000000000000000"),
        ("1180591620717411303424", "e", "Ok", "1.180592e+21"),
        ("13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376", "e", "OverflowError", "int too large to convert to float"),
        ("18446744073709551616", "_b", "Ok", "1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
        ("12", "0=", "Ok", "12"),
        ("12", "0<5", "Ok", "12000"),
        ("12", "0^5", "Ok", "01200"),
        ("12", "=^5", "Ok", "=12=="),
        ("True", "", "Ok", "True"),
        ("True", "d", "Ok", "1"),
        ("False", ">6", "Ok", "     0"),
        ("True", "x", "Ok", "1"),
        ("True", ".1f", "Ok", "1.0"),
        ("7", "99999999999999999999", "ValueError", "Too many decimal digits in format string"),
    ];
    const FLOAT_CASES: &[(f64, &str, &str, &str)] = &[
        (0.0_f64, "", "Ok", "0.0"),
        (-0.0_f64, "", "Ok", "-0.0"),
        (1.5_f64, "", "Ok", "1.5"),
        (1e+16_f64, "", "Ok", "1e+16"),
        (1e-05_f64, "", "Ok", "1e-05"),
        (123456789.0_f64, "", "Ok", "123456789.0"),
        (1.0_f64, ".0", "Ok", "1e+00"),
        (123.0_f64, ".3", "Ok", "1.23e+02"),
        (12.0_f64, ".3", "Ok", "12.0"),
        (0.1_f64, ".20", "Ok", "0.10000000000000000555"),
        (1e+22_f64, ".3", "Ok", "1e+22"),
        (3.14159_f64, ".2f", "Ok", "3.14"),
        (3.14159_f64, "10.3f", "Ok", "     3.142"),
        (-3.14159_f64, "+.1f", "Ok", "-3.1"),
        (2.5_f64, ".0f", "Ok", "2"),
        (3.5_f64, ".0f", "Ok", "4"),
        (0.125_f64, ".2f", "Ok", "0.12"),
        (0.375_f64, ".2f", "Ok", "0.38"),
        (2.675_f64, ".2f", "Ok", "2.67"),
        (1e+300_f64, "f", "Ok", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"),
        (1.5e-07_f64, "f", "Ok", "0.000000"),
        (1.5e-07_f64, ".12f", "Ok", "0.000000150000"),
        (1234.5_f64, "e", "Ok", "1.234500e+03"),
        (1234.5_f64, ".2E", "Ok", "1.23E+03"),
        (0.0_f64, "e", "Ok", "0.000000e+00"),
        (0.0_f64, ".0e", "Ok", "0e+00"),
        (1.0_f64, "#.0e", "Ok", "1.e+00"),
        (1.0_f64, "#.0f", "Ok", "1."),
        (1.0_f64, "#g", "Ok", "1.00000"),
        (1e-05_f64, "g", "Ok", "1e-05"),
        (0.0001_f64, "g", "Ok", "0.0001"),
        (123456.0_f64, "g", "Ok", "123456"),
        (1234567.0_f64, "g", "Ok", "1.23457e+06"),
        (1234567.0_f64, "G", "Ok", "1.23457E+06"),
        (1e+20_f64, "G", "Ok", "1E+20"),
        (0.0001234_f64, ".3g", "Ok", "0.000123"),
        (1234567.891_f64, ",", "Ok", "1,234,567.891"),
        (1234567.891_f64, "_.2f", "Ok", "1_234_567.89"),
        (-1234.5_f64, "08,.2f", "Ok", "-1,234.50"),
        (-1234.5_f64, "015,.1e", "Ok", "-0,000,001.2e+03"),
        (0.5_f64, "%", "Ok", "50.000000%"),
        (0.125_f64, ".1%", "Ok", "12.5%"),
        (-0.001_f64, "z.1f", "Ok", "0.0"),
        (-0.0_f64, "z", "Ok", "0.0"),
        (-0.0_f64, "z.3e", "Ok", "0.000e+00"),
        (-1e-10_f64, "z.3e", "Ok", "-1.000e-10"),
        (f64::INFINITY, "", "Ok", "inf"),
        (f64::NEG_INFINITY, "+", "Ok", "-inf"),
        (f64::NAN, "F", "Ok", "NAN"),
        (f64::INFINITY, "010", "Ok", "0000000inf"),
        (f64::NEG_INFINITY, "=+10,", "Ok", "-      inf"),
        (f64::NAN, "^9", "Ok", "   nan   "),
        (1.5_f64, "n", "Ok", "1.5"),
        (1234567.0_f64, "n", "Ok", "1.23457e+06"),
        (1.5_f64, "d", "ValueError", "Unknown format code 'd' for object of type 'float'"),
        (1.5_f64, "x", "ValueError", "Unknown format code 'x' for object of type 'float'"),
        (1.5_f64, "c", "ValueError", "Unknown format code 'c' for object of type 'float'"),
        (1.5_f64, "#", "Ok", "1.5"),
        (1.5_f64, ".2147483648f", "ValueError", "precision too big"),
        (5e-324_f64, "", "Ok", "5e-324"),
        (5e-324_f64, ".3", "Ok", "4.94e-324"),
        (1.7976931348623157e+308_f64, ".17g", "Ok", "1.7976931348623157e+308"),
        (0.1_f64, ".55f", "Ok", "0.1000000000000000055511151231257827021181583404541015625"),
        (9.5_f64, ".0e", "Ok", "1e+01"),
        (99.99_f64, ".1f", "Ok", "100.0"),
        (0.0_f64, "z+", "ValueError", "Unknown format code '+' for object of type 'float'"),
        (1.0_f64, "*^+12.3e", "Ok", "*+1.000e+00*"),
        (1.25_f64, "0", "Ok", "1.25"),
        (-1.25_f64, "012", "Ok", "-00000001.25"),
    ];
    const STR_CASES: &[(&str, &str, &str, &str)] = &[
        ("abc", "", "Ok", "abc"),
        ("abc", "5", "Ok", "abc  "),
        ("abc", ">5", "Ok", "  abc"),
        ("abc", "^6", "Ok", " abc  "),
        ("abc", "*^7", "Ok", "**abc**"),
        ("abc", ".2", "Ok", "ab"),
        ("abc", "5.1", "Ok", "a    "),
        ("h\u{e9}llo", ">8", "Ok", "   h\u{e9}llo"),
        ("h\u{e9}llo", ".2", "Ok", "h\u{e9}"),
        ("", "3", "Ok", "   "),
        ("ab", "05", "Ok", "ab000"),
        ("ab", "0>5", "Ok", "000ab"),
        ("abc", "s", "Ok", "abc"),
        ("abc", "+", "ValueError", "Sign not allowed in string format specifier"),
        ("abc", " ", "ValueError", "Space not allowed in string format specifier"),
        ("abc", "z", "ValueError", "Negative zero coercion (z) not allowed in string format specifier"),
        ("abc", "#", "ValueError", "Alternate form (#) not allowed in string format specifier"),
        ("abc", "=5", "ValueError", "'=' alignment not allowed in string format specifier"),
        ("abc", ",", "ValueError", "Cannot specify ',' with 's'."),
        ("abc", "d", "ValueError", "Unknown format code 'd' for object of type 'str'"),
        ("abc", "xs", "ValueError", "Invalid format specifier 'xs' for object of type 'str'"),
    ];
    const PCT_CASES: &[(&str, &[Arg], &str, &str)] = &[
        ("%d", &[Arg::I(42)], "Ok", "42"),
        ("%5d|", &[Arg::I(42)], "Ok", "   42|"),
        ("%-5d|", &[Arg::I(42)], "Ok", "42   |"),
        ("%05d", &[Arg::I(-42)], "Ok", "-0042"),
        ("%+d", &[Arg::I(42)], "Ok", "+42"),
        ("% d", &[Arg::I(42)], "Ok", " 42"),
        ("%.3d", &[Arg::I(7)], "Ok", "007"),
        ("%x %X %o", &[Arg::I(255), Arg::I(255), Arg::I(8)], "Ok", "ff FF 10"),
        ("%#x %#X %#o", &[Arg::I(255), Arg::I(255), Arg::I(8)], "Ok", "0xff 0XFF 0o10"),
        ("%#08x", &[Arg::I(255)], "Ok", "0x0000ff"),
        ("%e", &[Arg::F(1234.5_f64)], "Ok", "1.234500e+03"),
        ("%.2E", &[Arg::F(1234.5_f64)], "Ok", "1.23E+03"),
        ("%f", &[Arg::F(3.14159_f64)], "Ok", "3.141590"),
        ("%10.3f|", &[Arg::F(3.14159_f64)], "Ok", "     3.142|"),
        ("%-10.1f|", &[Arg::F(3.14159_f64)], "Ok", "3.1       |"),
        ("%g %G", &[Arg::F(1e-05_f64), Arg::F(1e+20_f64)], "Ok", "1e-05 1E+20"),
        ("%#g", &[Arg::F(1.0_f64)], "Ok", "1.00000"),
        ("%F", &[Arg::F(f64::INFINITY)], "Ok", "INF"),
        ("%s %r", &[Arg::S("a"), Arg::S("a")], "Ok", "a 'a'"),
        ("%5s|%-5s|", &[Arg::S("ab"), Arg::S("ab")], "Ok", "   ab|ab   |"),
        ("%.1s", &[Arg::S("abc")], "Ok", "a"),
        ("%c%c", &[Arg::I(65), Arg::S("b")], "Ok", "Ab"),
        ("%%", &[], "Ok", "%"),
        ("%*d|", &[Arg::I(5), Arg::I(1)], "Ok", "    1|"),
        ("%-*d|", &[Arg::I(5), Arg::I(1)], "Ok", "1    |"),
        ("%.*f", &[Arg::I(2), Arg::F(3.14159_f64)], "Ok", "3.14"),
        ("%d", &[Arg::F(3.99_f64)], "Ok", "3"),
        ("%i %u", &[Arg::I(1), Arg::I(2)], "Ok", "1 2"),
        ("%s", &[Arg::F(1.5_f64)], "Ok", "1.5"),
        ("%d", &[Arg::S("x")], "TypeError", "%d format: a real number is required, not str"),
        ("%x", &[Arg::F(1.5_f64)], "TypeError", "%x format: an integer is required, not float"),
        ("%f", &[Arg::S("x")], "TypeError", "must be real number, not str"),
        ("%c", &[Arg::I(-1)], "OverflowError", "%c arg not in range(0x110000)"),
        ("%c", &[Arg::S("ab")], "TypeError", "%c requires int or char"),
        ("%s %s", &[Arg::I(1)], "TypeError", "not enough arguments for format string"),
        ("%s", &[Arg::I(1), Arg::I(2)], "TypeError", "not all arguments converted during string formatting"),
        ("ab%", &[], "ValueError", "incomplete format"),
        ("%(a)s", &[], "TypeError", "format requires a mapping"),
        ("%z", &[Arg::I(1)], "ValueError", "unsupported format character 'z' (0x7a) at index 1"),
        ("%5%", &[Arg::I(1)], "ValueError", "unsupported format character '%' (0x25) at index 2"),
        ("%*d", &[Arg::S("a"), Arg::I(1)], "TypeError", "* wants int"),
        ("%.", &[Arg::I(1)], "ValueError", "incomplete format"),
        ("%s", &[], "TypeError", "not enough arguments for format string"),
        ("%5.2s|", &[Arg::S("abc")], "Ok", "   ab|"),
        ("%+05.1f", &[Arg::F(2.25_f64)], "Ok", "+02.2"),
        ("%+s|", &[Arg::S("a")], "Ok", "a|"),
    ];
    const FORMAT_CASES: &[(&str, &[Arg], &str, &str)] = &[
        ("{} {}", &[Arg::I(1), Arg::I(2)], "Ok", "1 2"),
        ("{1}{0}", &[Arg::S("a"), Arg::S("b")], "Ok", "ba"),
        ("{:>{}}|", &[Arg::S("x"), Arg::I(4)], "Ok", "   x|"),
        ("{0:{1}.{2}f}", &[Arg::F(3.14159_f64), Arg::I(8), Arg::I(2)], "Ok", "    3.14"),
        ("{{{}}}", &[Arg::I(5)], "Ok", "{5}"),
        ("{!r:^7}", &[Arg::S("a")], "Ok", "  'a'  "),
        ("{!a}", &[Arg::S("\u{e9}")], "Ok", "'\\xe9'"),
        ("{0[1]}", &[Arg::S("xyz")], "Ok", "y"),
        (
            "{} {1}",
            &[Arg::I(1), Arg::I(2)],
            "ValueError",
            "cannot switch from automatic field numbering to manual field specification",
        ),
        (
            "{1} {}",
            &[Arg::I(1), Arg::I(2)],
            "ValueError",
            "cannot switch from manual field specification to automatic field numbering",
        ),
        ("{2}", &[Arg::I(1)], "IndexError", "Replacement index 2 out of range for positional args tuple"),
        ("}", &[], "ValueError", "Single '}' encountered in format string"),
        ("{", &[], "ValueError", "Single '{' encountered in format string"),
        ("{0", &[Arg::I(1)], "ValueError", "expected '}' before end of string"),
        ("{0:", &[Arg::I(1)], "ValueError", "unmatched '{' in format spec"),
        ("{!x}", &[Arg::I(1)], "ValueError", "Unknown conversion specifier x"),
        ("{!", &[Arg::I(1)], "ValueError", "end of string while looking for conversion specifier"),
        ("{!rx}", &[Arg::I(1)], "ValueError", "expected ':' after conversion specifier"),
        ("{0.}", &[Arg::I(1)], "ValueError", "Empty attribute in format string"),
        ("{0[}", &[Arg::I(1)], "ValueError", "expected '}' before end of string"),
        ("{0]}", &[Arg::I(1)], "KeyError", "'0]'"),
        ("{a{}", &[Arg::I(1)], "ValueError", "unexpected '{' in field name"),
        ("{0:{0:{0}}}", &[Arg::I(1)], "ValueError", "Max string recursion exceeded"),
        ("{x}", &[], "KeyError", "'x'"),
        ("{:d}", &[Arg::S("s")], "ValueError", "Unknown format code 'd' for object of type 'str'"),
        ("{:,}", &[Arg::I(1000000000)], "Ok", "1,000,000,000"),
        ("{0!s:*<6}", &[Arg::F(1.5_f64)], "Ok", "1.5***"),
    ];
}
