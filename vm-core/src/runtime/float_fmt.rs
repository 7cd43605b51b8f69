//! Float <-> text conversions with CPython 3.11's exact output.
//!
//! Input: an `f64` (or a string for [`parse_float`]). Output: the text CPython
//! prints for `repr(x)`, `'%.Nf'`, `'%.Ne'`, `'%.Ng'`, or the value of
//! `round(x, n)` / `float(s)`.
//!
//! `repr` uses ryu's shortest round-trip digits. Everything that rounds at a
//! fixed position works on the *exact* decimal expansion of the double
//! (a double is `m * 2**e`, so its decimal expansion is finite), computed with
//! `num-bigint`, and rounds half-even on it, which is what CPython's dtoa does.

use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::BigUint;
use num_traits::Pow;

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
        out.push(digits[0] as char);
        if digits.len() > 1 {
            out.push('.');
            push_ascii(out, &digits[1..]);
        }
        push_exponent(out, sci, false);
    } else {
        push_fixed_digits(out, &digits, decpt, None);
    }
}

/// Splits ryu's output into significant digits (no leading/trailing zeros)
/// and `decpt` such that the value is `0.DIGITS * 10**decpt`.
fn parse_ryu(s: &str) -> (Vec<u8>, i32) {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().unwrap_or(0)),
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
    let digit_at = |i: i64| -> u8 {
        if i < 0 || i >= digits.len() as i64 {
            b'0'
        } else {
            digits[i as usize]
        }
    };
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
    let (n, point_shift) = if e >= 0 {
        (BigUint::from(m) << (e as usize), 0i32)
    } else {
        let k = (-e) as u32;
        (BigUint::from(m) * Pow::pow(BigUint::from(5u32), k), -(k as i32))
    };
    let mut digits = n.to_str_radix(10).into_bytes();
    let decpt = digits.len() as i32 + point_shift;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

/// Rounds `0.DIGITS * 10**decpt` half-even to `keep` significant digits
/// (`keep` may be `<= 0`: everything is rounded). Returns trimmed digits
/// (empty means zero) and the new `decpt`.
fn round_digits(digits: &[u8], decpt: i32, keep: i64) -> (Vec<u8>, i32) {
    if keep >= digits.len() as i64 {
        return (digits.to_vec(), decpt);
    }
    if keep < 0 {
        return (Vec::new(), decpt);
    }
    let k = keep as usize;
    let next = digits[k];
    let rest_nonzero = digits.len() > k + 1; // digits are trimmed
    let prev_odd = k > 0 && (digits[k - 1] - b'0') % 2 == 1;
    let up = next > b'5' || (next == b'5' && (rest_nonzero || prev_odd));
    let mut res: Vec<u8> = digits[..k].to_vec();
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
            if res[i] == b'9' {
                res[i] = b'0';
            } else {
                res[i] += 1;
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
fn push_exp_digits(
    out: &mut String,
    digits: &[u8],
    decpt: i32,
    precision: usize,
    upper: bool,
    alternate: bool,
) {
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
    let r: f64 = s.parse().ok()?;
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
/// case-insensitive with an optional sign. Rounding is correct (core's
/// parser). Non-ASCII decimal digits, which CPython accepts, are not.
pub fn parse_float(s: &str) -> Option<f64> {
    let s = s.trim_matches(super::str_repr::is_py_space);
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
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
        while *i < b.len() {
            let c = b[*i];
            if c.is_ascii_digit() {
                norm.push(c as char);
                n += 1;
                *i += 1;
            } else if c == b'_' {
                if n == 0 || *i + 1 >= b.len() || !b[*i + 1].is_ascii_digit() {
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
    if i < b.len() && b[i] == b'.' {
        norm.push('.');
        i += 1;
        frac_digits = digitpart(&mut i, &mut norm)?;
    }
    if int_digits == 0 && frac_digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        norm.push('e');
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            norm.push(b[i] as char);
            i += 1;
        }
        if digitpart(&mut i, &mut norm)? == 0 {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    norm.parse::<f64>().ok()
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
        ];
        for &(s, v) in ok {
            assert_eq!(parse_float(s), Some(v), "{s:?}");
        }
        assert!(parse_float("nan").unwrap().is_nan());
        assert!(parse_float("-NaN").unwrap().is_nan());
        let bad = [
            "", " ", "1__0", "_1", "1_", "1_.5", "1._5", "1e", "1e_5", "e5", ".", "-", "infinit", "1.5e+",
            "0x10", "1 2", "++1", "nan1", "1e5_",
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
}
