//! Float <-> text conversions with CPython 3.11's exact output.
//!
//! Input: an `f64` (or a string for [`parse_float`]). Output: the text CPython
//! prints for `repr(x)`, `'%.Nf'`, `'%.Ne'`, `'%.Ng'`, or the value of
//! `round(x, n)` / `float(s)`.
//!
//! `repr` uses ryu's shortest round-trip digits. Everything that rounds at a
//! fixed position works on the *exact* decimal expansion of the double
//! (a double is `m * 2**e`, so its decimal expansion is finite), computed with
//! [`super::nat`], and rounds half-even on it, which is what CPython's dtoa does.

use alloc::string::String;
use alloc::vec::Vec;

use super::nat::Nat;

/// Appends CPython's `repr(x)` (== `str(x)`) of a float to `out`.
///
/// Shortest round-trip digits; exponent notation iff the decimal exponent is
/// `< -4` or `>= 16` (`1e-05`, `0.0001`, `1e+16`, `123456789012345.0`).
pub fn float_repr(x: f64, out: &mut String) {
    if x.is_nan() {
        out.push_str("nan");
        return;
    }
    if x.is_infinite() {
        out.push_str(if x > 0.0 { "inf" } else { "-inf" });
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    if x == 0.0 {
        out.push_str("0.0");
        return;
    }
    let mut buf = ryu::Buffer::new();
    let s = buf.format_finite(x.abs());
    let (digits, decpt) = parse_ryu(s);
    // Scientific exponent is decpt - 1.
    let sci = decpt - 1;
    if !(-4..16).contains(&sci) {
        let (first, rest) = digits.split_first().unwrap_or((&b'0', &[]));
        out.push(*first as char);
        if !rest.is_empty() {
            out.push('.');
            push_ascii(out, rest);
        }
        push_exponent(out, sci, false);
    } else {
        push_fixed_digits(out, &digits, decpt, None);
    }
}

/// Shortest round-trip digits of finite `|x|` (ryu): significant digits and
/// `decpt` with `|x| = 0.DIGITS * 10**decpt` (`0` gives `([b'0'], 1)`).
pub fn shortest_digits(x: f64) -> (Vec<u8>, i32) {
    let mut buf = ryu::Buffer::new();
    parse_ryu(buf.format_finite(x.abs()))
}

/// Splits ryu's output into significant digits (no leading/trailing zeros)
/// and `decpt` such that the value is `0.DIGITS * 10**decpt`.
fn parse_ryu(s: &str) -> (Vec<u8>, i32) {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (s.get(..i).unwrap_or_default(), s.get(i + 1..).unwrap_or_default().parse::<i32>().unwrap_or(0)),
        None => (s, 0),
    };
    let mut digits = Vec::with_capacity(mant.len());
    let mut int_len: i32 = 0;
    let mut seen_point = false;
    for b in mant.bytes() {
        if b == b'.' {
            seen_point = true;
        } else {
            digits.push(b);
            if !seen_point {
                int_len += 1;
            }
        }
    }
    let lead = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..lead);
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        digits.push(b'0');
        return (digits, 1);
    }
    (digits, int_len - lead as i32 + exp)
}

fn push_ascii(out: &mut String, digits: &[u8]) {
    for &d in digits {
        out.push(d as char);
    }
}

/// Pushes `e+XX` / `e-XX` (at least two exponent digits).
fn push_exponent(out: &mut String, exp: i32, upper: bool) {
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&alloc::format!("{a}"));
}

/// Pushes `0.DIGITS * 10**decpt` in positional notation. With
/// `frac: Some(p)` exactly `p` fractional digits are written (digits beyond
/// are assumed already rounded away) and no point when `p == 0`; with
/// `None`, repr style: at least one fractional digit (`100.0`).
fn push_fixed_digits(out: &mut String, digits: &[u8], decpt: i32, frac: Option<usize>) {
    let digit_at = |i: i64| -> u8 { usize::try_from(i).ok().and_then(|i| digits.get(i)).copied().unwrap_or(b'0') };
    // Integer part.
    if decpt <= 0 {
        out.push('0');
    } else {
        for i in 0..decpt as i64 {
            out.push(digit_at(i) as char);
        }
    }
    let nfrac = match frac {
        Some(p) => p as i64,
        None => (digits.len() as i64 - decpt as i64).max(1),
    };
    if nfrac > 0 {
        out.push('.');
        for i in 0..nfrac {
            out.push(digit_at(decpt as i64 + i) as char);
        }
    }
}

/// The exact decimal expansion of finite nonzero `|x|`: ASCII digits without
/// leading or trailing zeros and `decpt` with value `0.DIGITS * 10**decpt`.
fn exact_decimal(x: f64) -> (Vec<u8>, i32) {
    let bits = x.to_bits();
    let frac = bits & ((1u64 << 52) - 1);
    let bexp = ((bits >> 52) & 0x7ff) as i32;
    let (mut m, mut e) = if bexp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), bexp - 1075) };
    if m == 0 {
        return (alloc::vec![b'0'], 1);
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i32;
    let mut n = Nat::from_u64(m);
    let point_shift = if e >= 0 {
        n.shl(e as u64);
        0i32
    } else {
        let k = (-e) as u32;
        n.mul_pow5(k);
        -(k as i32)
    };
    let mut digits = n.to_decimal();
    let decpt = digits.len() as i32 + point_shift;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

/// Rounds `0.DIGITS * 10**decpt` half-even to `keep` significant digits
/// (`keep` may be `<= 0`: everything is rounded). Returns trimmed digits
/// (empty means zero) and the new `decpt`.
pub fn round_digits(digits: &[u8], decpt: i32, keep: i64) -> (Vec<u8>, i32) {
    if keep >= digits.len() as i64 {
        return (digits.to_vec(), decpt);
    }
    if keep < 0 {
        return (Vec::new(), decpt);
    }
    let k = keep as usize;
    let Some((kept, dropped)) = digits.split_at_checked(k) else { return (digits.to_vec(), decpt) };
    let Some((&next, after)) = dropped.split_first() else { return (digits.to_vec(), decpt) };
    let rest_nonzero = after.iter().any(|&d| d != b'0');
    let prev_odd = kept.last().is_some_and(|&d| (d - b'0') % 2 == 1);
    let up = next > b'5' || (next == b'5' && (rest_nonzero || prev_odd));
    let mut res: Vec<u8> = kept.to_vec();
    let mut decpt = decpt;
    if up {
        let mut i = k;
        loop {
            if i == 0 {
                res.insert(0, b'1');
                decpt += 1;
                break;
            }
            i -= 1;
            let Some(d) = res.get_mut(i) else { break };
            if *d == b'9' {
                *d = b'0';
            } else {
                *d += 1;
                break;
            }
        }
    }
    while res.last() == Some(&b'0') {
        res.pop();
    }
    (res, decpt)
}

/// Pushes `inf`/`nan` per `%f`/`%e`/`%g` rules; true when handled.
fn push_nonfinite(x: f64, upper: bool, out: &mut String) -> bool {
    if x.is_nan() {
        out.push_str(if upper { "NAN" } else { "nan" });
        true
    } else if x.is_infinite() {
        if x < 0.0 {
            out.push('-');
        }
        out.push_str(if upper { "INF" } else { "inf" });
        true
    } else {
        false
    }
}

/// Appends `'%.{precision}f' % x` (correctly rounded, half-even on the exact
/// value; all integer digits are written, as in Python 3).
pub fn format_float_fixed(x: f64, precision: usize, out: &mut String) {
    if push_nonfinite(x, false, out) {
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    if x == 0.0 {
        push_fixed_digits(out, &[], 1, Some(precision));
        return;
    }
    let (digits, decpt) = exact_decimal(x.abs());
    let (digits, decpt) = round_digits(&digits, decpt, decpt as i64 + precision as i64);
    push_fixed_digits(out, &digits, decpt, Some(precision));
}

/// Appends `'%.{precision}e' % x` (`'%.{precision}E'` when `upper`).
pub fn format_float_exp(x: f64, precision: usize, upper: bool, out: &mut String) {
    format_exp_impl(x, precision, upper, false, out);
}

fn format_exp_impl(x: f64, precision: usize, upper: bool, alternate: bool, out: &mut String) {
    if push_nonfinite(x, upper, out) {
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    let (digits, decpt) = if x == 0.0 {
        (Vec::new(), 1)
    } else {
        let (d, p) = exact_decimal(x.abs());
        round_digits(&d, p, precision as i64 + 1)
    };
    push_exp_digits(out, &digits, decpt, precision, upper, alternate);
}

/// Pushes `d.ddd` with `precision` fractional digits and the exponent for
/// already-rounded digits (empty digits mean zero).
fn push_exp_digits(out: &mut String, digits: &[u8], decpt: i32, precision: usize, upper: bool, alternate: bool) {
    let d = |i: usize| digits.get(i).copied().unwrap_or(b'0') as char;
    out.push(d(0));
    if precision > 0 || alternate {
        out.push('.');
    }
    for i in 1..=precision {
        out.push(d(i));
    }
    let exp = if digits.is_empty() { 0 } else { decpt - 1 };
    push_exponent(out, exp, upper);
}

/// Appends `'%.{precision}g' % x` (`G` when `upper`, `'%#.{precision}g'` when
/// `alternate`: trailing zeros and the point are kept).
pub fn format_float_general(x: f64, precision: usize, upper: bool, alternate: bool, out: &mut String) {
    if push_nonfinite(x, upper, out) {
        return;
    }
    let p = precision.max(1);
    if x.is_sign_negative() {
        out.push('-');
    }
    let (digits, decpt) = if x == 0.0 {
        (Vec::new(), 1)
    } else {
        let (d, e) = exact_decimal(x.abs());
        round_digits(&d, e, p as i64)
    };
    let exp = if digits.is_empty() { 0 } else { decpt as i64 - 1 };
    let start = out.len();
    if -4 <= exp && exp < p as i64 {
        let frac = (p as i64 - 1 - exp) as usize;
        push_fixed_digits(out, &digits, decpt, Some(frac));
        if alternate && frac == 0 {
            out.push('.');
        }
        if !alternate {
            strip_frac_zeros(out, start, out.len());
        }
    } else {
        push_exp_digits(out, &digits, decpt, p - 1, upper, alternate);
        if !alternate {
            let epos = out[start..].find(['e', 'E']).map_or(out.len(), |i| start + i);
            let tail: String = out[epos..].into();
            out.truncate(epos);
            strip_frac_zeros(out, start, epos);
            out.push_str(&tail);
        }
    }
}

/// Removes trailing fractional zeros (and a bare point) from `out[start..end]`
/// where `end == out.len()`.
fn strip_frac_zeros(out: &mut String, start: usize, end: usize) {
    debug_assert_eq!(end, out.len());
    if !out[start..].contains('.') {
        return;
    }
    while out.ends_with('0') {
        out.pop();
    }
    if out.ends_with('.') {
        out.pop();
    }
}

/// Largest/smallest `ndigits` CPython rounds for real (beyond: identity / zero).
const NDIGITS_MAX: i64 = 323;
const NDIGITS_MIN: i64 = -308;

/// CPython's `round(x, ndigits)` for a float: correctly rounded, half-even on
/// the exact value of the double (`round(2.675, 2) == 2.67`).
///
/// NaNs and infinities are returned unchanged; huge `ndigits` returns `x`,
/// very negative `ndigits` returns `0.0` with the sign of `x`. Where CPython
/// raises `OverflowError("rounded value too large to represent")` (e.g.
/// `round(1.7e308, -308)`) this returns an infinity; use
/// [`float_round_checked`] to detect that.
pub fn float_round(x: f64, ndigits: i64) -> f64 {
    float_round_checked(x, ndigits).unwrap_or(if x < 0.0 { f64::NEG_INFINITY } else { f64::INFINITY })
}

/// Like [`float_round`] but `None` where CPython raises
/// `OverflowError("rounded value too large to represent")`.
pub fn float_round_checked(x: f64, ndigits: i64) -> Option<f64> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Some(x);
    }
    if ndigits < NDIGITS_MIN {
        return Some(0.0 * x);
    }
    if x == 0.0 {
        return Some(x);
    }
    let (digits, decpt) = exact_decimal(x.abs());
    let (digits, decpt) = round_digits(&digits, decpt, decpt as i64 + ndigits);
    if digits.is_empty() {
        return Some(if x < 0.0 { -0.0 } else { 0.0 });
    }
    let mut s = String::with_capacity(digits.len() + 16);
    if x < 0.0 {
        s.push('-');
    }
    s.push_str("0.");
    push_ascii(&mut s, &digits);
    s.push_str(&alloc::format!("e{decpt}"));
    let r = parse_decimal(&s)?;
    if r.is_infinite() {
        None
    } else {
        Some(r)
    }
}

/// Rounds to the nearest integer, ties to even (CPython's `round(x)` before
/// the int conversion). NaN/inf are returned unchanged.
pub fn round_half_even(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    let r = libm::round(x);
    if libm::fabs(x - r) == 0.5 {
        // Tie: round() went away from zero; go to the even neighbour.
        let half = 2.0 * libm::round(x / 2.0);
        return libm::copysign(half, x);
    }
    r
}

/// Python's `float(s)` for a string: `None` if CPython would raise
/// `ValueError`.
///
/// Surrounding whitespace is stripped (Python's whitespace set), underscores
/// are allowed only between digits, `inf`/`infinity`/`nan` are
/// case-insensitive with an optional sign, non-ASCII decimal digits count as
/// digits. Rounding is correct (core's parser).
pub fn parse_float(s: &str) -> Option<f64> {
    let s = super::str_repr::ascii_decimalize(s);
    let s = s.trim_matches(super::str_repr::is_py_space);
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, s.get(1..).unwrap_or_default()),
        Some(b'+') => (false, s.get(1..).unwrap_or_default()),
        _ => (false, s),
    };
    let sign = |v: f64| if neg { -v } else { v };
    if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        return Some(sign(f64::INFINITY));
    }
    if body.eq_ignore_ascii_case("nan") {
        return Some(sign(f64::NAN));
    }
    let b = body.as_bytes();
    let mut norm = String::with_capacity(b.len() + 1);
    if neg {
        norm.push('-');
    }
    let mut i = 0;
    // Digit part: digit (_? digit)*; returns number of digits.
    let digitpart = |i: &mut usize, norm: &mut String| -> Option<usize> {
        let mut n = 0;
        while let Some(&c) = b.get(*i) {
            if c.is_ascii_digit() {
                norm.push(c as char);
                n += 1;
                *i += 1;
            } else if c == b'_' {
                if n == 0 || !b.get(*i + 1).is_some_and(u8::is_ascii_digit) {
                    return None;
                }
                *i += 1;
            } else {
                break;
            }
        }
        Some(n)
    };
    let int_digits = digitpart(&mut i, &mut norm)?;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        norm.push('.');
        i += 1;
        frac_digits = digitpart(&mut i, &mut norm)?;
    }
    if int_digits == 0 && frac_digits == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        norm.push('e');
        i += 1;
        if let Some(&sign @ (b'+' | b'-')) = b.get(i) {
            norm.push(sign as char);
            i += 1;
        }
        if digitpart(&mut i, &mut norm)? == 0 {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    parse_decimal(&norm)
}

/// The correctly rounded value of a decimal literal: an optional sign,
/// digits with an optional point, an optional exponent (`-1.5e-3`, `5.`,
/// `.5`); `None` for other text. Core's parser, or with the
/// `small-tables` feature [`parse_decimal_exact`] (no 10 KB table of
/// powers of five).
pub fn parse_decimal(s: &str) -> Option<f64> {
    #[cfg(feature = "small-tables")]
    return parse_decimal_exact(s);
    #[cfg(not(feature = "small-tables"))]
    s.parse::<f64>().ok()
}

/// [`parse_decimal`] by exact big-integer arithmetic: small cases (at most
/// 15 digits, a power of ten up to 22) by one exactly rounded float
/// operation, others by dividing `digits * 10**exp` into 64 or 65 bits and
/// rounding half-even with the remainder as the sticky bit.
#[cfg(any(test, feature = "small-tables"))]
pub fn parse_decimal_exact(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let (neg, mut i) = match b.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    // The significant digits (leading zeros dropped) and the decimal
    // exponent of their last one.
    let mut digits: Vec<u8> = Vec::new();
    let mut exp10: i64 = 0;
    let mut seen_digit = false;
    let mut seen_point = false;
    while let Some(&c) = b.get(i) {
        match c {
            b'0'..=b'9' => {
                seen_digit = true;
                if !(digits.is_empty() && c == b'0') {
                    digits.push(c - b'0');
                }
                if seen_point {
                    exp10 -= 1;
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        i += 1;
    }
    if !seen_digit {
        return None;
    }
    if let Some(&c) = b.get(i) {
        if c != b'e' && c != b'E' {
            return None;
        }
        i += 1;
        let eneg = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        if i == b.len() {
            return None;
        }
        let mut e: i64 = 0;
        for &c in b.get(i..).unwrap_or_default() {
            if !c.is_ascii_digit() {
                return None;
            }
            e = (e * 10 + i64::from(c - b'0')).min(1 << 40);
        }
        exp10 += if eneg { -e } else { e };
    }
    while digits.last() == Some(&0) {
        digits.pop();
        exp10 += 1;
    }
    let sign = |v: f64| if neg { -v } else { v };
    let n = digits.len() as i64;
    if n == 0 || n + exp10 < -324 {
        return Some(sign(0.0)); // below half the smallest subnormal
    }
    if n + exp10 > 310 {
        return Some(sign(f64::INFINITY));
    }
    if n <= 15 && (-22..=22).contains(&exp10) {
        // Both operands exact, one rounding: the correctly rounded result.
        let m = digits.iter().fold(0u64, |m, &d| m * 10 + u64::from(d)) as f64;
        let p = (0..exp10.unsigned_abs()).fold(1.0f64, |p, _| p * 10.0);
        return Some(sign(if exp10 >= 0 { m * p } else { m / p }));
    }
    let mut num = Nat::default();
    for &d in &digits {
        num.mul_add_small(10, u32::from(d));
    }
    let mut den = Nat::from_u64(1);
    if exp10 >= 0 {
        num.mul_pow10(exp10 as u32);
    } else {
        den.mul_pow10((-exp10) as u32);
    }
    // q = floor(num * 2**s / den) has 64 or 65 bits; value = (q + frac) * 2**-s.
    let s_shift = 64 - (num.bits() as i64 - den.bits() as i64);
    if s_shift >= 0 {
        num.shl(s_shift as u64);
    } else {
        den.shl((-s_shift) as u64);
    }
    let (q, sticky) = num.div_u128(&den)?;
    let qbits = 128 - i64::from(q.leading_zeros());
    // Binary exponent of the leading bit, and the significand bits the
    // result keeps (53, fewer for a subnormal).
    let e2 = qbits - 1 - s_shift;
    let keep = if e2 >= -1022 { 53 } else { e2 + 1075 };
    if keep < 0 {
        return Some(sign(0.0));
    }
    let shift = (qbits - keep) as u32;
    let mut mant = q >> shift;
    let rest = q & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    if rest > half || (rest == half && (sticky || mant & 1 == 1)) {
        mant += 1;
    }
    let bits = if keep < 53 {
        // Subnormal: value = mant * 2**-1074 (a carry into bit 52 is the
        // smallest normal, which the same bits encode).
        mant as u64
    } else {
        let mut e2 = e2;
        if mant >> 53 != 0 {
            mant >>= 1;
            e2 += 1;
        }
        if e2 > 1023 {
            return Some(sign(f64::INFINITY));
        }
        (((e2 + 1023) as u64) << 52) | (mant as u64 & ((1 << 52) - 1))
    };
    Some(sign(f64::from_bits(bits)))
}

/// Exact decimal digits and point position of `|x|` for callers building
/// their own layouts: `(ascii_digits, decpt)` with `|x| = 0.DIGITS *
/// 10**decpt`, rounded half-even to `sig` significant digits when given.
/// Zero yields `(b"0", 1)` and non-finite values `(empty, 0)`.
pub fn decimal_digits(x: f64, sig: Option<usize>) -> (Vec<u8>, i32) {
    if !x.is_finite() {
        return (Vec::new(), 0);
    }
    if x == 0.0 {
        return (alloc::vec![b'0'], 1);
    }
    let (d, p) = exact_decimal(x.abs());
    match sig {
        Some(n) => {
            let (d, p) = round_digits(&d, p, n as i64);
            if d.is_empty() {
                (alloc::vec![b'0'], 1)
            } else {
                (d, p)
            }
        }
        None => (d, p),
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use alloc::string::ToString;

    fn repr(x: f64) -> String {
        let mut s = String::new();
        float_repr(x, &mut s);
        s
    }

    #[test]
    fn repr_basic() {
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1.5e-7, "1.5e-07"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (123456789012345.0, "123456789012345.0"),
            (1.2345678901234568e17, "1.2345678901234568e+17"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (1e22, "1e+22"),
            (100.0, "100.0"),
        ];
        for &(x, s) in cases {
            assert_eq!(repr(x), s, "{x:e}");
        }
    }

    #[test]
    fn repr_roundtrip_random() {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let x = f64::from_bits(state);
            if x.is_nan() {
                continue;
            }
            let s = repr(x);
            let y: f64 = s.parse().unwrap();
            assert_eq!(x.to_bits(), y.to_bits(), "{s}");
        }
    }

    /// The exact parser agrees with core's on random and hard inputs.
    #[test]
    fn parse_decimal_exact_matches_core() {
        let hard = [
            "0", "-0", "0.0", "5.", ".5", "1e5", "1.5e-3", "2.2250738585072011e-308", "2.2250738585072014e-308",
            "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-324", "3e-324",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "9007199254740993",
            "9007199254740992.5", "123456789012345678901234567890e-10", "0.1", "0.30000000000000004",
            "7.2057594037927933e16", "1e23", "8.98846567431158e307", "0.000000000000000000000000000001e-300",
            "100000000000000000000000", "1e-400", "1e400", "1e99999999999999999999", "1e-99999999999999999999",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999999999999999999999999999999999999999999999999999999999999999999",
        ];
        for s in hard {
            let want: f64 = s.parse().unwrap();
            assert_eq!(parse_decimal_exact(s).map(f64::to_bits), Some(want.to_bits()), "{s}");
        }
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for k in 0..30000 {
            // Shortest reprs, longer digit strings, and halfway points.
            let x = f64::from_bits(next() & !(1 << 63));
            if !x.is_finite() {
                continue;
            }
            let s = match k % 3 {
                0 => std::format!("{x:e}"),
                1 => std::format!("{:.*e}", (next() % 40) as usize, x),
                _ => {
                    let (d, p) = exact_decimal(x);
                    let mut t = String::from("0.");
                    t.push_str(core::str::from_utf8(&d).unwrap());
                    t.push_str(if next() % 2 == 0 { "5" } else { "49999" });
                    std::format!("{t}e{p}")
                }
            };
            let want: f64 = s.parse().unwrap();
            assert_eq!(parse_decimal_exact(&s).map(f64::to_bits), Some(want.to_bits()), "{s}");
        }
        for bad in ["", "-", ".", "e5", "1e", "1e+", "1x", "--1", "1..2"] {
            assert_eq!(parse_decimal_exact(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn parse_float_cases() {
        let ok: &[(&str, f64)] = &[
            ("1e5", 1e5),
            (".5", 0.5),
            ("5.", 5.0),
            ("  -1_000.5_5 ", -1000.55),
            ("+1E-3", 1e-3),
            ("\t\n3\x0c", 3.0),
            ("1_0e1_0", 10e10),
            ("-iNfInItY", f64::NEG_INFINITY),
            ("+inf", f64::INFINITY),
            ("1e400", f64::INFINITY),
            ("1e-400", 0.0),
            ("0.1", 0.1),
            ("\u{661}.\u{665}", 1.5),
            ("\u{3000}7\u{a0}", 7.0),
        ];
        for &(s, v) in ok {
            assert_eq!(parse_float(s), Some(v), "{s:?}");
        }
        assert!(parse_float("nan").unwrap().is_nan());
        assert!(parse_float("-NaN").unwrap().is_nan());
        let bad = [
            "", " ", "1__0", "_1", "1_", "1_.5", "1._5", "1e", "1e_5", "e5", ".", "-", "infinit", "1.5e+", "0x10",
            "1 2", "++1", "nan1", "1e5_",
        ];
        for s in bad {
            assert_eq!(parse_float(s), None, "{s:?}");
        }
    }

    #[test]
    fn round_half_even_cases() {
        assert_eq!(round_half_even(2.5), 2.0);
        assert_eq!(round_half_even(3.5), 4.0);
        assert_eq!(round_half_even(-2.5).to_string(), "-2");
        assert_eq!(round_half_even(0.49999999999999994), 0.0);
    }

    #[test]
    fn repr_cpython_table() {
        let cases: &[(u64, &str)] = &[
            (0x3fb999999999999a, "0.1"),
            (0x3fc999999999999a, "0.2"),
            (0x3fd3333333333333, "0.3"),
            (0x3fd5555555555555, "0.3333333333333333"),
            (0x3fe5555555555555, "0.6666666666666666"),
            (0x4341c37937e08000, "1e+16"),
            (0x430c6bf526340000, "1000000000000000.0"),
            (0x4341c37937e07fff, "9999999999999998.0"),
            (0x4376345785d8a000, "1e+17"),
            (0x3e8421f5f40d8376, "1.5e-07"),
            (0x3ee4f8b588e368f1, "1e-05"),
            (0x3f1a36e2eb1c432d, "0.0001"),
            (0x3f50624dd2f1a9fc, "0.001"),
            (0x42dc12218377de40, "123456789012345.0"),
            (0x43118b54f22aeb00, "1234567890123456.0"),
            (0x4345ee2a2eb5a5c4, "1.2345678901234568e+16"),
            (0x437b69b4ba630f35, "1.2345678901234568e+17"),
            (0x8000000000000000, "-0.0"),
            (0x0000000000000000, "0.0"),
            (0x0000000000000001, "5e-324"),
            (0x8000000000000001, "-5e-324"),
            (0x0000000000000002, "1e-323"),
            (0x0010000000000000, "2.2250738585072014e-308"),
            (0x000fffffffffffff, "2.225073858507201e-308"),
            (0x7fefffffffffffff, "1.7976931348623157e+308"),
            (0x4480f0cf064dd592, "1e+22"),
            (0x44b52d02c7e14af6, "1e+23"),
            (0x4059000000000000, "100.0"),
            (0x3ff0000000000000, "1.0"),
            (0xbff0000000000000, "-1.0"),
            (0x3fe0000000000000, "0.5"),
            (0x4004000000000000, "2.5"),
            (0x54b249ad2594c37d, "1e+100"),
            (0x2b2bff2ee48e0530, "1e-100"),
            (0x405edd2f1a9fbe77, "123.456"),
            (0xc05edd2f1a9fbe77, "-123.456"),
            (0x400921fb54442d18, "3.141592653589793"),
            (0x4005bf0a8b145769, "2.718281828459045"),
            (0x7fe1ccf385ebc8a0, "1e+308"),
            (0x44b52d02c7e14af6, "1e+23"),
            (0x3fd3333333333334, "0.30000000000000004"),
            (0x444b1ae4d6e2ef50, "1e+21"),
            (0x3e7ad7f29abcaf48, "1e-07"),
            (0x4011666666666666, "4.35"),
            (0x3f201f31f46ed246, "0.000123"),
            (0x3ff0000000000001, "1.0000000000000002"),
            (0x3fefffffffffffff, "0.9999999999999999"),
            (0x4340000000000000, "9007199254740992.0"),
            (0x4340000000000000, "9007199254740992.0"),
            (0x43e0000000000000, "9.223372036854776e+18"),
            (0xc3f0000000000000, "-1.8446744073709552e+19"),
            (0x3ff8000000000000, "1.5"),
            (0x3fd0000000000000, "0.25"),
            (0x44dfe185ca57c517, "6.02214076e+23"),
            (0x3c07a4da290c1653, "1.602176634e-19"),
            (0x41b1de784a000000, "299792458.0"),
            (0x3fe9999999999999, "0.7999999999999999"),
            (0x000012688b70e62b, "1e-310"),
            (0x3f12599ed7c6fbd2, "7e-05"),
            (0x42dc12216116c000, "123456780000000.0"),
            (0x3fc2492492492492, "0.14285714285714285"),
        ];
        for &(b, s) in cases {
            assert_eq!(repr(f64::from_bits(b)), s);
        }
    }

    #[test]
    fn round_cpython_table() {
        // (x bits, ndigits, round(x, ndigits) bits) from CPython 3.11.
        let cases: &[(u64, i64, u64)] = &[
            (0x4005666666666666, 2, 0x40055c28f5c28f5c),
            (0x3fc0000000000000, 2, 0x3fbeb851eb851eb8),
            (0x40934a0000000000, -1, 0x4093380000000000),
            (0x3fe0000000000000, 0, 0x0000000000000000),
            (0x3ff8000000000000, 0, 0x4000000000000000),
            (0x4004000000000000, 0, 0x4000000000000000),
            (0xbfe0000000000000, 0, 0x8000000000000000),
            (0xbfd999999999999a, 0, 0x8000000000000000),
            (0x7e37e43c8800759c, -299, 0x7e37e43c8800759c),
            (0x7fefffffffffffff, -292, 0x7fefffffffffffff),
            (0x0000000000000001, 323, 0x0000000000000000),
            (0x0000000000000001, 322, 0x0000000000000000),
            (0x3fd23d70a3d70a3d, 2, 0x3fd1eb851eb851ec),
            (0x3ff0147ae147ae14, 2, 0x3ff0000000000000),
            (0xc005666666666666, 2, 0xc0055c28f5c28f5c),
            (0x40934a456d5cfaad, -2, 0x4092c00000000000),
            (0x40934a456d5cfaad, 3, 0x40934a45a1cac083),
            (0x3fb999999999999a, 400, 0x3fb999999999999a),
            (0x405ec00000000000, -400, 0x0000000000000000),
            (0xc05ec00000000000, -400, 0x8000000000000000),
            (0x01a56e1fc2f8f359, 300, 0x01a56e1fc2f8f359),
            (0x0000000000000000, 2, 0x0000000000000000),
            (0x8000000000000000, -3, 0x8000000000000000),
            (0x4004000000000000, -1, 0x0000000000000000),
            (0x4039000000000000, -1, 0x4034000000000000),
            (0x4041800000000000, -1, 0x4044000000000000),
            (0x402e000000000000, -1, 0x4034000000000000),
            (0x4341c37937e08001, -1, 0x4341c37937e08000),
            (0x3fd3333333333333, 1, 0x3fd3333333333333),
            (0x3fd6666666666666, 1, 0x3fd3333333333333),
            (0x3fdccccccccccccd, 1, 0x3fe0000000000000),
            (0x3fe199999999999a, 1, 0x3fe3333333333333),
            (0x4480f0cf064dd592, -22, 0x4480f0cf064dd592),
            (0x44a52d02c7e14af6, -23, 0x0000000000000000),
            (0x44a52d02c7e14af5, -23, 0x0000000000000000),
            (0x3de0f7bfe5db09eb, 12, 0x3de0e7ad82221eec),
            (0x40fe240c9fbe76c9, -5, 0x40f86a0000000000),
            (0xc08edd3c0ca600b0, 4, 0xc08edd3c01a36e2f),
            (0x401c000000000000, -1, 0x4024000000000000),
            (0x4023000000000000, 0, 0x4024000000000000),
            (0x4021000000000000, 0, 0x4020000000000000),
            (0x3fc3333333333333, 1, 0x3fb999999999999a),
            (0x3fd0000000000000, 1, 0x3fc999999999999a),
            (0x0000000000000003, 324, 0x0000000000000003),
            (0x3ff199999999999a, 17, 0x3ff199999999999a),
            (0x3ff199999999999a, 16, 0x3ff199999999999a),
            (0x430c6bf526340004, 0, 0x430c6bf526340000),
        ];
        for &(x, n, r) in cases {
            let got = float_round(f64::from_bits(x), n);
            assert_eq!(got.to_bits(), r, "round({}, {n}) = {got}", f64::from_bits(x));
        }
        assert_eq!(float_round_checked(1.7976931348623157e308, -307), None);
        assert!(float_round(f64::NAN, 2).is_nan());
        assert_eq!(float_round(f64::NEG_INFINITY, 2), f64::NEG_INFINITY);
    }

    #[test]
    fn fixed_cpython_table() {
        let cases: &[(u64, usize, &str)] = &[
            (0x0000000000000000, 0, "0"),
            (0x0000000000000000, 1, "0.0"),
            (0x0000000000000000, 2, "0.00"),
            (0x0000000000000000, 17, "0.00000000000000000"),
            (0x0000000000000000, 20, "0.00000000000000000000"),
            (0x8000000000000000, 1, "-0.0"),
            (0x8000000000000000, 2, "-0.00"),
            (0x8000000000000000, 20, "-0.00000000000000000000"),
            (0x3fe0000000000000, 0, "0"),
            (0x3fe0000000000000, 2, "0.50"),
            (0x3fe0000000000000, 20, "0.50000000000000000000"),
            (0x3ff8000000000000, 0, "2"),
            (0x3ff8000000000000, 1, "1.5"),
            (0x3ff8000000000000, 3, "1.500"),
            (0x3ff8000000000000, 10, "1.5000000000"),
            (0x4004000000000000, 5, "2.50000"),
            (0x4004000000000000, 10, "2.5000000000"),
            (0x4004000000000000, 17, "2.50000000000000000"),
            (0x4004000000000000, 20, "2.50000000000000000000"),
            (0xc004000000000000, 2, "-2.50"),
            (0xc004000000000000, 5, "-2.50000"),
            (0xc004000000000000, 6, "-2.500000"),
            (0x3fc0000000000000, 10, "0.1250000000"),
            (0x3fd8000000000000, 1, "0.4"),
            (0x3fd8000000000000, 17, "0.37500000000000000"),
            (0x4005666666666666, 0, "3"),
            (0x4005666666666666, 20, "2.67499999999999982236"),
            (0x3ff0147ae147ae14, 0, "1"),
            (0x3ff0147ae147ae14, 5, "1.00500"),
            (0x3ff0147ae147ae14, 6, "1.005000"),
            (0x7e37e43c8800759c, 1, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0"),
            (0x7e37e43c8800759c, 17, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00000000000000000"),
            (0x7e37e43c8800759c, 20, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00000000000000000000"),
            (0x7fefffffffffffff, 1, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0"),
            (0x7fefffffffffffff, 2, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00"),
            (0x7fefffffffffffff, 3, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000"),
            (0x7fefffffffffffff, 6, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000"),
            (0x0000000000000001, 2, "0.00"),
            (0x0000000000000001, 3, "0.000"),
            (0x0000000000000001, 17, "0.00000000000000000"),
            (0x0000000000000001, 20, "0.00000000000000000000"),
            (0x01a56e1fc2f8f359, 1, "0.0"),
            (0x01a56e1fc2f8f359, 5, "0.00000"),
            (0x01a56e1fc2f8f359, 6, "0.000000"),
            (0x01a56e1fc2f8f359, 20, "0.00000000000000000000"),
            (0x405edd2f1a9fbe77, 6, "123.456000"),
            (0x405edd2f1a9fbe77, 17, "123.45600000000000307"),
            (0xbf202c9dedbc309d, 10, "-0.0001234000"),
            (0xbf202c9dedbc309d, 17, "-0.00012340000000000"),
            (0x4341c37937e08000, 0, "10000000000000000"),
            (0x4341c37937e08000, 17, "10000000000000000.00000000000000000"),
            (0x4023fff2e48e8a72, 2, "10.00"),
            (0x4023fff2e48e8a72, 3, "10.000"),
            (0x4023fff2e48e8a72, 20, "9.99990000000000023306"),
            (0x3fb99988d2a1f8e4, 0, "0"),
            (0x3fb99988d2a1f8e4, 5, "0.10000"),
            (0x3fb99988d2a1f8e4, 10, "0.0999990000"),
            (0x40f869f800000000, 0, "100000"),
            (0x40f869f800000000, 1, "99999.5"),
            (0x40f869f800000000, 6, "99999.500000"),
            (0x40f869f800000000, 10, "99999.5000000000"),
            (0x3fd5555555555555, 0, "0"),
            (0x3fd5555555555555, 2, "0.33"),
            (0x3fd5555555555555, 20, "0.33333333333333331483"),
            (0x3fe5555555555555, 3, "0.667"),
            (0x4480f0cf064dd592, 2, "10000000000000000000000.00"),
            (0x4480f0cf064dd592, 5, "10000000000000000000000.00000"),
            (0x4480f0cf064dd592, 6, "10000000000000000000000.000000"),
            (0x419d6f3454000000, 1, "123456789.0"),
            (0x419d6f3454000000, 2, "123456789.00"),
            (0x419d6f3454000000, 6, "123456789.000000"),
            (0x419d6f3454000000, 10, "123456789.0000000000"),
            (0x419d6f3454000000, 20, "123456789.00000000000000000000"),
            (0x3eb0c6f7a0b5ed8d, 10, "0.0000010000"),
            (0x3eb0c6f7a0b5ed8d, 20, "0.00000100000000000000"),
            (0x3ee4f8b588e368f1, 17, "0.00001000000000000"),
            (0x3ee4f8b588e368f1, 20, "0.00001000000000000000"),
            (0x3ee9e0fcaf9380fc, 6, "0.000012"),
            (0x3ee9e0fcaf9380fc, 20, "0.00001234000000000000"),
            (0x41132cbd0fb7e910, 0, "314159"),
            (0x41132cbd0fb7e910, 6, "314159.265350"),
            (0x4059000000000000, 0, "100"),
            (0x4059000000000000, 1, "100.0"),
            (0x4059000000000000, 5, "100.00000"),
            (0x54b249ad2594c37d, 2, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00"),
            (0x54b249ad2594c37d, 20, "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00000000000000000000"),
            (0x4023000000000000, 3, "9.500"),
            (0x4023000000000000, 17, "9.50000000000000000"),
            (0x3fee666666666666, 0, "1"),
            (0x3fee666666666666, 1, "0.9"),
            (0x3fee666666666666, 5, "0.95000"),
            (0x3fee666666666666, 17, "0.94999999999999996"),
            (0x408f3fffcb923a2a, 6, "999.999900"),
            (0x408f3fffcb923a2a, 17, "999.99990000000002510"),
            (0x408f3fffcb923a2a, 20, "999.99990000000002510205"),
            (0x3ddb7cdfd9d7bdbb, 1, "0.0"),
            (0x3ddb7cdfd9d7bdbb, 10, "0.0000000001"),
            (0x44dfe185ca57c517, 0, "602214075999999987023872"),
            (0x44dfe185ca57c517, 5, "602214075999999987023872.00000"),
            (0x44dfe185ca57c517, 17, "602214075999999987023872.00000000000000000"),
        ];
        for &(x, p, s) in cases {
            let mut out = String::new();
            format_float_fixed(f64::from_bits(x), p, &mut out);
            assert_eq!(out, s, "%.{p}f of {:e}", f64::from_bits(x));
        }
    }

    #[test]
    fn exp_cpython_table() {
        let cases: &[(u64, usize, &str)] = &[
            (0x0000000000000000, 0, "0e+00"),
            (0x0000000000000000, 3, "0.000e+00"),
            (0x0000000000000000, 20, "0.00000000000000000000e+00"),
            (0x8000000000000000, 0, "-0e+00"),
            (0x8000000000000000, 2, "-0.00e+00"),
            (0x8000000000000000, 5, "-0.00000e+00"),
            (0x3fe0000000000000, 6, "5.000000e-01"),
            (0x3ff8000000000000, 0, "2e+00"),
            (0x3ff8000000000000, 2, "1.50e+00"),
            (0x3ff8000000000000, 10, "1.5000000000e+00"),
            (0x3ff8000000000000, 20, "1.50000000000000000000e+00"),
            (0x4004000000000000, 2, "2.50e+00"),
            (0x4004000000000000, 6, "2.500000e+00"),
            (0x4004000000000000, 10, "2.5000000000e+00"),
            (0x4004000000000000, 17, "2.50000000000000000e+00"),
            (0xc004000000000000, 6, "-2.500000e+00"),
            (0xc004000000000000, 17, "-2.50000000000000000e+00"),
            (0xc004000000000000, 20, "-2.50000000000000000000e+00"),
            (0x3fc0000000000000, 0, "1e-01"),
            (0x3fd8000000000000, 1, "3.8e-01"),
            (0x4005666666666666, 0, "3e+00"),
            (0x4005666666666666, 1, "2.7e+00"),
            (0x4005666666666666, 2, "2.67e+00"),
            (0x4005666666666666, 3, "2.675e+00"),
            (0x3ff0147ae147ae14, 3, "1.005e+00"),
            (0x3ff0147ae147ae14, 5, "1.00500e+00"),
            (0x7e37e43c8800759c, 5, "1.00000e+300"),
            (0x7e37e43c8800759c, 17, "1.00000000000000005e+300"),
            (0x7fefffffffffffff, 6, "1.797693e+308"),
            (0x7fefffffffffffff, 10, "1.7976931349e+308"),
            (0x7fefffffffffffff, 17, "1.79769313486231571e+308"),
            (0x7fefffffffffffff, 20, "1.79769313486231570815e+308"),
            (0x0000000000000001, 6, "4.940656e-324"),
            (0x0000000000000001, 10, "4.9406564584e-324"),
            (0x01a56e1fc2f8f359, 0, "1e-300"),
            (0x01a56e1fc2f8f359, 3, "1.000e-300"),
            (0x01a56e1fc2f8f359, 5, "1.00000e-300"),
            (0x01a56e1fc2f8f359, 17, "1.00000000000000003e-300"),
            (0x405edd2f1a9fbe77, 17, "1.23456000000000003e+02"),
            (0x405edd2f1a9fbe77, 20, "1.23456000000000003070e+02"),
            (0xbf202c9dedbc309d, 0, "-1e-04"),
            (0xbf202c9dedbc309d, 2, "-1.23e-04"),
            (0xbf202c9dedbc309d, 20, "-1.23399999999999990816e-04"),
            (0x4341c37937e08000, 0, "1e+16"),
            (0x4341c37937e08000, 1, "1.0e+16"),
            (0x4341c37937e08000, 5, "1.00000e+16"),
            (0x4341c37937e08000, 6, "1.000000e+16"),
            (0x4341c37937e08000, 17, "1.00000000000000000e+16"),
            (0x4023fff2e48e8a72, 2, "1.00e+01"),
            (0x4023fff2e48e8a72, 6, "9.999900e+00"),
            (0x4023fff2e48e8a72, 17, "9.99990000000000023e+00"),
            (0x4023fff2e48e8a72, 20, "9.99990000000000023306e+00"),
            (0x3fb99988d2a1f8e4, 3, "1.000e-01"),
            (0x40f869f800000000, 5, "9.99995e+04"),
            (0x3fd5555555555555, 1, "3.3e-01"),
            (0x3fd5555555555555, 6, "3.333333e-01"),
            (0x3fe5555555555555, 1, "6.7e-01"),
            (0x3fe5555555555555, 10, "6.6666666667e-01"),
            (0x3fe5555555555555, 17, "6.66666666666666630e-01"),
            (0x4480f0cf064dd592, 2, "1.00e+22"),
            (0x4480f0cf064dd592, 6, "1.000000e+22"),
            (0x4480f0cf064dd592, 10, "1.0000000000e+22"),
            (0x4480f0cf064dd592, 17, "1.00000000000000000e+22"),
            (0x419d6f3454000000, 10, "1.2345678900e+08"),
            (0x419d6f3454000000, 20, "1.23456789000000000000e+08"),
            (0x3eb0c6f7a0b5ed8d, 0, "1e-06"),
            (0x3eb0c6f7a0b5ed8d, 1, "1.0e-06"),
            (0x3eb0c6f7a0b5ed8d, 20, "9.99999999999999954748e-07"),
            (0x3ee4f8b588e368f1, 1, "1.0e-05"),
            (0x3ee4f8b588e368f1, 6, "1.000000e-05"),
            (0x3ee9e0fcaf9380fc, 0, "1e-05"),
            (0x3ee9e0fcaf9380fc, 2, "1.23e-05"),
            (0x3ee9e0fcaf9380fc, 20, "1.23400000000000004369e-05"),
            (0x41132cbd0fb7e910, 2, "3.14e+05"),
            (0x41132cbd0fb7e910, 3, "3.142e+05"),
            (0x41132cbd0fb7e910, 6, "3.141593e+05"),
            (0x4059000000000000, 1, "1.0e+02"),
            (0x4059000000000000, 2, "1.00e+02"),
            (0x4059000000000000, 5, "1.00000e+02"),
            (0x54b249ad2594c37d, 1, "1.0e+100"),
            (0x54b249ad2594c37d, 6, "1.000000e+100"),
            (0x54b249ad2594c37d, 20, "1.00000000000000001590e+100"),
            (0x4023000000000000, 0, "1e+01"),
            (0x4023000000000000, 3, "9.500e+00"),
            (0x4023000000000000, 10, "9.5000000000e+00"),
            (0x3fee666666666666, 10, "9.5000000000e-01"),
            (0x3fee666666666666, 17, "9.49999999999999956e-01"),
            (0x408f3fffcb923a2a, 3, "1.000e+03"),
            (0x408f3fffcb923a2a, 6, "9.999999e+02"),
            (0x408f3fffcb923a2a, 10, "9.9999990000e+02"),
            (0x408f3fffcb923a2a, 20, "9.99999900000000025102e+02"),
            (0x3ddb7cdfd9d7bdbb, 0, "1e-10"),
            (0x3ddb7cdfd9d7bdbb, 6, "1.000000e-10"),
            (0x3ddb7cdfd9d7bdbb, 10, "1.0000000000e-10"),
            (0x44dfe185ca57c517, 1, "6.0e+23"),
            (0x44dfe185ca57c517, 6, "6.022141e+23"),
        ];
        for &(x, p, s) in cases {
            let mut out = String::new();
            format_float_exp(f64::from_bits(x), p, false, &mut out);
            assert_eq!(out, s, "%.{p}e of {:e}", f64::from_bits(x));
        }
    }

    #[test]
    fn general_cpython_table() {
        // (x bits, precision, upper, alternate, '%[#].{p}[gG]' % x)
        let cases: &[(u64, usize, bool, bool, &str)] = &[
            (0x0000000000000000, 2, true, true, "0.0"),
            (0x0000000000000000, 3, false, false, "0"),
            (0x0000000000000000, 5, false, false, "0"),
            (0x0000000000000000, 6, false, false, "0"),
            (0x8000000000000000, 2, false, true, "-0.0"),
            (0x8000000000000000, 6, true, false, "-0"),
            (0x8000000000000000, 10, false, false, "-0"),
            (0x3fe0000000000000, 0, false, false, "0.5"),
            (0x3fe0000000000000, 17, false, true, "0.50000000000000000"),
            (0x3fe0000000000000, 20, false, false, "0.5"),
            (0x3ff8000000000000, 10, true, false, "1.5"),
            (0x3ff8000000000000, 20, false, false, "1.5"),
            (0x4004000000000000, 0, false, true, "2."),
            (0x4004000000000000, 5, false, false, "2.5"),
            (0x4004000000000000, 6, false, false, "2.5"),
            (0x4004000000000000, 17, true, false, "2.5"),
            (0x4004000000000000, 20, false, true, "2.5000000000000000000"),
            (0xc004000000000000, 0, false, false, "-2"),
            (0xc004000000000000, 1, false, false, "-2"),
            (0xc004000000000000, 3, false, false, "-2.5"),
            (0xc004000000000000, 6, true, true, "-2.50000"),
            (0xc004000000000000, 10, false, false, "-2.5"),
            (0x3fc0000000000000, 0, false, false, "0.1"),
            (0x3fc0000000000000, 2, false, false, "0.12"),
            (0x3fc0000000000000, 5, false, true, "0.12500"),
            (0x3fc0000000000000, 6, true, false, "0.125"),
            (0x3fd8000000000000, 0, false, false, "0.4"),
            (0x3fd8000000000000, 3, false, false, "0.375"),
            (0x3fd8000000000000, 6, false, true, "0.375000"),
            (0x3fd8000000000000, 20, false, false, "0.375"),
            (0x4005666666666666, 3, true, false, "2.67"),
            (0x4005666666666666, 5, false, false, "2.675"),
            (0x4005666666666666, 20, false, true, "2.6749999999999998224"),
            (0x3ff0147ae147ae14, 6, false, false, "1.005"),
            (0x3ff0147ae147ae14, 17, false, false, "1.0049999999999999"),
            (0x7e37e43c8800759c, 10, true, false, "1E+300"),
            (0x7e37e43c8800759c, 20, false, true, "1.0000000000000000525e+300"),
            (0x7fefffffffffffff, 17, false, false, "1.7976931348623157e+308"),
            (0x0000000000000001, 0, false, false, "5e-324"),
            (0x0000000000000001, 2, false, false, "4.9e-324"),
            (0x0000000000000001, 3, true, true, "4.94E-324"),
            (0x0000000000000001, 10, false, false, "4.940656458e-324"),
            (0x0000000000000001, 20, false, false, "4.9406564584124654418e-324"),
            (0x01a56e1fc2f8f359, 0, false, false, "1e-300"),
            (0x01a56e1fc2f8f359, 5, false, true, "1.0000e-300"),
            (0x01a56e1fc2f8f359, 20, true, false, "1.0000000000000000251E-300"),
            (0x405edd2f1a9fbe77, 0, false, false, "1e+02"),
            (0x405edd2f1a9fbe77, 1, false, false, "1e+02"),
            (0x405edd2f1a9fbe77, 10, false, true, "123.4560000"),
            (0x405edd2f1a9fbe77, 20, false, false, "123.45600000000000307"),
            (0xbf202c9dedbc309d, 2, true, false, "-0.00012"),
            (0xbf202c9dedbc309d, 6, false, false, "-0.0001234"),
            (0xbf202c9dedbc309d, 17, false, true, "-0.00012339999999999999"),
            (0x4341c37937e08000, 3, false, false, "1e+16"),
            (0x4023fff2e48e8a72, 1, false, false, "1e+01"),
            (0x4023fff2e48e8a72, 5, true, false, "9.9999"),
            (0x3fb99988d2a1f8e4, 3, false, true, "0.100"),
            (0x3fb99988d2a1f8e4, 6, false, false, "0.099999"),
            (0x40f869f800000000, 0, false, false, "1e+05"),
            (0x40f869f800000000, 1, false, false, "1e+05"),
            (0x40f869f800000000, 3, true, true, "1.00E+05"),
            (0x40f869f800000000, 10, false, false, "99999.5"),
            (0x40f869f800000000, 17, false, false, "99999.5"),
            (0x40f869f800000000, 20, false, false, "99999.5"),
            (0x3fd5555555555555, 2, false, true, "0.33"),
            (0x3fd5555555555555, 3, true, false, "0.333"),
            (0x3fd5555555555555, 17, false, false, "0.33333333333333331"),
            (0x3fe5555555555555, 5, false, false, "0.66667"),
            (0x3fe5555555555555, 10, false, true, "0.6666666667"),
            (0x3fe5555555555555, 20, false, false, "0.66666666666666662966"),
            (0x4480f0cf064dd592, 0, true, false, "1E+22"),
            (0x4480f0cf064dd592, 2, false, false, "1e+22"),
            (0x4480f0cf064dd592, 3, false, true, "1.00e+22"),
            (0x4480f0cf064dd592, 6, false, false, "1e+22"),
            (0x4480f0cf064dd592, 10, false, false, "1e+22"),
            (0x419d6f3454000000, 1, true, false, "1E+08"),
            (0x3eb0c6f7a0b5ed8d, 1, false, true, "1.e-06"),
            (0x3eb0c6f7a0b5ed8d, 2, false, false, "1e-06"),
            (0x3eb0c6f7a0b5ed8d, 5, false, false, "1e-06"),
            (0x3eb0c6f7a0b5ed8d, 10, false, false, "1e-06"),
            (0x3ee4f8b588e368f1, 0, true, true, "1.E-05"),
            (0x3ee4f8b588e368f1, 3, false, false, "1e-05"),
            (0x3ee4f8b588e368f1, 17, false, false, "1.0000000000000001e-05"),
            (0x3ee9e0fcaf9380fc, 1, false, false, "1e-05"),
            (0x3ee9e0fcaf9380fc, 5, false, true, "1.2340e-05"),
            (0x3ee9e0fcaf9380fc, 10, true, false, "1.234E-05"),
            (0x3ee9e0fcaf9380fc, 20, false, false, "1.2340000000000000437e-05"),
            (0x41132cbd0fb7e910, 6, false, false, "314159"),
            (0x41132cbd0fb7e910, 10, false, true, "314159.2654"),
            (0x4059000000000000, 3, false, false, "100"),
            (0x4059000000000000, 10, true, false, "100"),
            (0x4059000000000000, 20, false, false, "100"),
            (0x54b249ad2594c37d, 1, false, true, "1.e+100"),
            (0x54b249ad2594c37d, 5, false, false, "1e+100"),
            (0x54b249ad2594c37d, 17, false, false, "1e+100"),
            (0x4023000000000000, 0, true, false, "1E+01"),
            (0x4023000000000000, 5, false, true, "9.5000"),
            (0x4023000000000000, 20, false, false, "9.5"),
            (0x3fee666666666666, 0, false, false, "0.9"),
            (0x3fee666666666666, 5, false, false, "0.95"),
            (0x408f3fffcb923a2a, 1, true, true, "1.E+03"),
            (0x408f3fffcb923a2a, 2, false, false, "1e+03"),
            (0x408f3fffcb923a2a, 3, false, false, "1e+03"),
            (0x3ddb7cdfd9d7bdbb, 0, false, false, "1e-10"),
            (0x3ddb7cdfd9d7bdbb, 2, false, true, "1.0e-10"),
            (0x3ddb7cdfd9d7bdbb, 20, true, false, "1.0000000000000000364E-10"),
            (0x44dfe185ca57c517, 2, false, false, "6e+23"),
            (0x44dfe185ca57c517, 3, false, false, "6.02e+23"),
            (0x44dfe185ca57c517, 6, false, true, "6.02214e+23"),
        ];
        for &(x, p, upper, alt, s) in cases {
            let mut out = String::new();
            format_float_general(f64::from_bits(x), p, upper, alt, &mut out);
            assert_eq!(out, s, "%.{p}g of {:e} upper={upper} alt={alt}", f64::from_bits(x));
        }
    }

    #[test]
    fn nonfinite_formats() {
        let mut out = String::new();
        format_float_fixed(f64::NEG_INFINITY, 2, &mut out);
        format_float_exp(f64::NAN, 2, true, &mut out);
        format_float_general(f64::INFINITY, 2, true, false, &mut out);
        format_float_general(-0.0, 3, false, false, &mut out);
        assert_eq!(out, "-infNANINF-0");
    }
}
