//! `complex` arithmetic, text conversions and hashing, following CPython
//! 3.11's `complexobject.c` (`_Py_c_quot`, `_Py_c_pow`, `c_powi`,
//! `complex_abs`, `complex_repr`, `complex_hash`, the string parser) so
//! results print the same digits and fail with the same errors.
//!
//! A complex is a pair of f64s; the VM stores it as a heap object
//! (`Obj::Complex`). Everything here is pure: values in, values or a
//! [`ComplexErr`] out.

use alloc::string::String;

use super::float_fmt::{float_repr, parse_float};
use super::ftrig;
use super::int_ops::hash_f64;

/// A complex value `re + im*j`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    /// The real part.
    pub re: f64,
    /// The imaginary part.
    pub im: f64,
}

/// A failed complex operation, with CPython's exception class and message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComplexErr {
    /// `ZeroDivisionError`
    ZeroDivision(&'static str),
    /// `OverflowError`
    Overflow(&'static str),
}

/// `ZeroDivisionError` of `/` by zero.
pub const DIV_BY_ZERO: ComplexErr = ComplexErr::ZeroDivision("complex division by zero");

impl core::ops::Add for Complex {
    type Output = Complex;
    /// `a + b`.
    fn add(self, b: Complex) -> Complex {
        Complex::new(self.re + b.re, self.im + b.im)
    }
}

impl core::ops::Sub for Complex {
    type Output = Complex;
    /// `a - b`.
    fn sub(self, b: Complex) -> Complex {
        Complex::new(self.re - b.re, self.im - b.im)
    }
}

impl core::ops::Mul for Complex {
    type Output = Complex;
    /// `a * b` (`_Py_c_prod`).
    fn mul(self, b: Complex) -> Complex {
        Complex::new(self.re * b.re - self.im * b.im, self.re * b.im + self.im * b.re)
    }
}

impl Complex {
    /// `re + im*j`.
    pub const fn new(re: f64, im: f64) -> Self {
        Complex { re, im }
    }

    /// `a / b` (`_Py_c_quot`: Smith's algorithm, scaling by the larger part
    /// of the divisor).
    pub fn checked_div(self, b: Complex) -> Result<Complex, ComplexErr> {
        let (a, abs_br, abs_bi) = (self, libm::fabs(b.re), libm::fabs(b.im));
        if abs_br >= abs_bi {
            if abs_br == 0.0 {
                return Err(DIV_BY_ZERO);
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Ok(Complex::new((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom))
        } else if abs_bi >= abs_br {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Ok(Complex::new((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom))
        } else {
            // A NaN in the divisor.
            Ok(Complex::new(f64::NAN, f64::NAN))
        }
    }

    /// `a ** b` (`complex_pow`): repeated squaring for small integral
    /// exponents, polar form otherwise. Zero to a negative or complex power
    /// is `ZeroDivisionError`; an infinite part is `OverflowError`.
    pub fn pow(self, b: Complex) -> Result<Complex, ComplexErr> {
        const ZERO_POW: ComplexErr = ComplexErr::ZeroDivision("0.0 to a negative or complex power");
        let r = if b.im == 0.0 && b.re == libm::floor(b.re) && libm::fabs(b.re) <= 100.0 {
            let n = b.re as i64;
            if n > 0 {
                self.powu(n as u64)
            } else {
                // 1 / x**-n; a zero divisor is CPython's EDOM.
                Complex::new(1.0, 0.0).checked_div(self.powu(n.unsigned_abs())).map_err(|_| ZERO_POW)?
            }
        } else if b.re == 0.0 && b.im == 0.0 {
            Complex::new(1.0, 0.0)
        } else if self.re == 0.0 && self.im == 0.0 {
            if b.im != 0.0 || b.re < 0.0 {
                return Err(ZERO_POW);
            }
            Complex::new(0.0, 0.0)
        } else {
            let vabs = crate::runtime::fmath::hypot(self.re, self.im);
            let mut len = super::fmath::pow(vabs, b.re);
            let at = ftrig::atan2(self.im, self.re);
            let mut phase = at * b.re;
            if b.im != 0.0 {
                len /= super::fmath::exp(at * b.im);
                phase += b.im * super::fmath::log(vabs);
            }
            Complex::new(len * ftrig::cos(phase), len * ftrig::sin(phase))
        };
        if r.re.is_infinite() || r.im.is_infinite() {
            return Err(ComplexErr::Overflow("complex exponentiation"));
        }
        Ok(r)
    }

    /// `x ** n` for `n >= 0` by binary powering (`c_powu`).
    fn powu(self, n: u64) -> Complex {
        let (mut r, mut p, mut mask) = (Complex::new(1.0, 0.0), self, 1u64);
        while mask <= n {
            if n & mask != 0 {
                r = r * p;
            }
            mask <<= 1;
            p = p * p;
        }
        r
    }

    /// `abs(z)` (`complex_abs`): an infinite part wins over a NaN; an
    /// overflowing magnitude is `OverflowError`.
    pub fn abs(self) -> Result<f64, ComplexErr> {
        if !self.re.is_finite() || !self.im.is_finite() {
            if self.re.is_infinite() || self.im.is_infinite() {
                return Ok(f64::INFINITY);
            }
            return Ok(f64::NAN);
        }
        let r = crate::runtime::fmath::hypot(self.re, self.im);
        if r.is_infinite() {
            return Err(ComplexErr::Overflow("absolute value too large"));
        }
        Ok(r)
    }

    /// `hash(z)`: consistent with int and float (`hash(1+0j) == hash(1)`).
    pub fn hash(self) -> i64 {
        let (hr, hi) = (hash_f64(self.re) as u64, hash_f64(self.im) as u64);
        let h = hr.wrapping_add(1_000_003u64.wrapping_mul(hi)) as i64;
        if h == -1 {
            -2
        } else {
            h
        }
    }

    /// Appends `repr(z)` (== `str(z)`): `1j`, `(1+2j)`, `(-0-1j)`,
    /// `(nan+infj)`; no parentheses when the real part is `+0.0`.
    pub fn repr(self, out: &mut String) {
        if self.re == 0.0 && self.re.is_sign_positive() {
            push_part(self.im, false, out);
            out.push('j');
        } else {
            out.push('(');
            push_part(self.re, false, out);
            push_part(self.im, true, out);
            out.push_str("j)");
        }
    }
}

/// One part as CPython's `PyOS_double_to_string(x, 'r', 0, flags)`: the
/// float repr without a forced `.0`, `+` before non-negative values (and
/// NaN) when `sign`.
fn push_part(x: f64, sign: bool, out: &mut String) {
    let mut s = String::new();
    float_repr(if x.is_nan() { f64::NAN } else { x }, &mut s);
    let s = s.strip_suffix(".0").unwrap_or(&s);
    if sign && !s.starts_with('-') {
        out.push('+');
    }
    out.push_str(s);
}

/// Why a string is not a complex number (CPython has two messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseComplexErr {
    /// `complex() arg is a malformed string`
    Malformed,
    /// An underscore not between two digits: `could not convert string to
    /// complex: '1__0j'`.
    Underscore,
}

/// `complex(s)` for a string (`complex_subtype_from_string`): whitespace
/// and one pair of parentheses around `real`, `imagj`, `real±imagj`, `j`,
/// `±j`, `real±j`; underscores only between digits.
pub fn parse_complex(s: &str) -> Result<Complex, ParseComplexErr> {
    let s = super::str_repr::ascii_decimalize(s);
    let s = if s.contains('_') { strip_underscores(&s).ok_or(ParseComplexErr::Underscore)? } else { String::from(&*s) };
    parse_plain(&s).ok_or(ParseComplexErr::Malformed)
}

/// `s` without its underscores, if each one is between two digits
/// (`_Py_string_to_number_with_underscores`).
fn strip_underscores(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != '_').then_some(out)
}

fn parse_plain(s: &str) -> Option<Complex> {
    let mut s = s.trim_matches(super::str_repr::is_py_space);
    if let Some(inner) = s.strip_prefix('(') {
        s = inner.strip_suffix(')')?.trim_matches(super::str_repr::is_py_space);
    }
    let is_j = |c: Option<u8>| matches!(c, Some(b'j' | b'J'));
    let (z, rest) = match float_prefix(s) {
        Some((x, rest)) => match rest.as_bytes().first() {
            Some(b'+' | b'-') => {
                let (y, rest) = match float_prefix(rest) {
                    Some(p) => p,
                    None => (if rest.starts_with('+') { 1.0 } else { -1.0 }, &rest[1..]),
                };
                if !is_j(rest.as_bytes().first().copied()) {
                    return None;
                }
                (Complex::new(x, y), &rest[1..])
            }
            c if is_j(c.copied()) => (Complex::new(0.0, x), &rest[1..]),
            _ => (Complex::new(x, 0.0), rest),
        },
        None => {
            let (y, rest) = match s.as_bytes().first() {
                Some(b'+') => (1.0, &s[1..]),
                Some(b'-') => (-1.0, &s[1..]),
                _ => (1.0, s),
            };
            if !is_j(rest.as_bytes().first().copied()) {
                return None;
            }
            (Complex::new(0.0, y), &rest[1..])
        }
    };
    rest.is_empty().then_some(z)
}

/// The longest prefix of `s` that is a float (`PyOS_string_to_double` with
/// an end pointer): `[sign] digits [. digits] [e [sign] digits]` or
/// `[sign] inf|infinity|nan`.
fn float_prefix(s: &str) -> Option<(f64, &str)> {
    let b = s.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    for word in ["infinity", "inf", "nan"] {
        if b.get(i..i + word.len()).is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes())) {
            let end = i + word.len();
            return Some((parse_float(&s[..end])?, &s[end..]));
        }
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut n = digits(&mut i);
    if b.get(i) == Some(&b'.') {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if digits(&mut j) > 0 {
            i = j;
        }
    }
    Some((parse_float(&s[..i])?, &s[i..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repr(re: f64, im: f64) -> String {
        let mut s = String::new();
        Complex::new(re, im).repr(&mut s);
        s
    }

    #[test]
    fn reprs_match_cpython() {
        assert_eq!(repr(0.0, 1.0), "1j");
        assert_eq!(repr(1.0, 2.0), "(1+2j)");
        assert_eq!(repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(repr(0.0, -0.0), "-0j");
        assert_eq!(repr(f64::NAN, f64::INFINITY), "(nan+infj)");
        assert_eq!(repr(1e16, 1e-5), "(1e+16+1e-05j)");
        assert_eq!(repr(1.5, -f64::NAN), "(1.5+nanj)");
    }

    #[test]
    fn parses_cpython_forms() {
        let p = |s| parse_complex(s).ok().map(|z| (z.re, z.im));
        assert_eq!(p("  ( 1+2j )  "), Some((1.0, 2.0)));
        assert_eq!(p("-j"), Some((0.0, -1.0)));
        assert_eq!(p("1_0j"), Some((0.0, 10.0)));
        assert_eq!(p("1e3J"), Some((0.0, 1000.0)));
        assert_eq!(p("+1.5e-3-2.5E2j"), Some((0.0015, -250.0)));
        assert_eq!(p("3-j"), Some((3.0, -1.0)));
        assert_eq!(p("5"), Some((5.0, 0.0)));
        for bad in ["", "1+", "(1", "x", "1j2", "1 + 2j", "j1", "1e"] {
            assert_eq!(parse_complex(bad), Err(ParseComplexErr::Malformed), "{bad}");
        }
        assert_eq!(parse_complex("1__0j"), Err(ParseComplexErr::Underscore));
    }

    #[test]
    fn pow_and_div_match_cpython() {
        let z = Complex::new(-4.0, 0.0).pow(Complex::new(0.5, 0.0)).unwrap();
        assert_eq!((z.re, z.im), (1.2246467991473532e-16, 2.0));
        assert_eq!(Complex::new(1.0, 0.0).checked_div(Complex::new(0.0, 0.0)), Err(DIV_BY_ZERO));
        assert!(Complex::new(0.0, 0.0).pow(Complex::new(-1.0, 0.0)).is_err());
        assert_eq!(Complex::new(1.0, 0.0).hash(), 1);
        assert_eq!(Complex::new(0.0, 1.0).hash(), 1_000_003);
    }
}
