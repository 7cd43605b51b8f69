//! Python int/float arithmetic primitives with CPython 3.11's exact semantics.
//!
//! Input: `i64` / `BigInt` / `f64` operands. Output: the Python result, or a
//! [`NumError`] carrying CPython's exception class and exact message.
//! Covers floor division and modulo sign rules, correctly rounded int->float
//! and int/int true division, exact int-vs-float comparison, `pow` (2- and
//! 3-argument, int and float), shifts, `hash()` of numbers and `int(str, base)`.

use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A numeric error: CPython's exception class with its exact message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumError {
    /// `ZeroDivisionError(msg)`, e.g. `"integer division or modulo by zero"`.
    ZeroDivision(&'static str),
    /// `OverflowError(msg)`, e.g. `"int too large to convert to float"`.
    Overflow(&'static str),
    /// `ValueError(msg)`, e.g. `"negative shift count"`. The special message
    /// [`COMPLEX_RESULT`] means CPython would return a complex number.
    Value(&'static str),
}

/// Message of the `NumError::Value` returned where CPython's result would be
/// a complex number (negative float to a fractional power).
pub const COMPLEX_RESULT: &str = "complex";

/// Message for int `//` and `divmod()` by zero.
pub const INT_DIV_ZERO: &str = "integer division or modulo by zero";
/// Message for int `%` by zero (CPython 3.11 says "integer modulo by zero").
pub const INT_MOD_ZERO: &str = "integer modulo by zero";

/// An int that is small (`i64`) or big.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PyInt {
    /// Fits in `i64`.
    Small(i64),
    /// Does not fit in `i64` (when built via [`PyInt::from_big`]).
    Big(BigInt),
}

impl PyInt {
    /// Normalizes a `BigInt`: `Small` when it fits in `i64`.
    pub fn from_big(b: BigInt) -> Self {
        match b.to_i64() {
            Some(i) => PyInt::Small(i),
            None => PyInt::Big(b),
        }
    }

    /// The value as a `BigInt`.
    pub fn to_big(&self) -> BigInt {
        match self {
            PyInt::Small(i) => BigInt::from(*i),
            PyInt::Big(b) => b.clone(),
        }
    }
}

/// An int or a float result (`int ** negative int` is a float).
#[derive(Clone, Debug, PartialEq)]
pub enum IntOrFloat {
    /// An int result.
    Int(BigInt),
    /// A float result.
    Float(f64),
}

// ---------------------------------------------------------------- division

/// Python `a // b` on i64 (`i64::MIN // -1` overflows into a big int).
pub fn floordiv_i64(a: i64, b: i64) -> Result<PyInt, NumError> {
    if b == 0 {
        return Err(NumError::ZeroDivision(INT_DIV_ZERO));
    }
    if a == i64::MIN && b == -1 {
        return Ok(PyInt::Big(-BigInt::from(a)));
    }
    Ok(PyInt::Small(Integer::div_floor(&a, &b)))
}

/// Python `a % b` on i64 (result has the sign of `b`).
pub fn mod_i64(a: i64, b: i64) -> Result<i64, NumError> {
    if b == 0 {
        return Err(NumError::ZeroDivision(INT_MOD_ZERO));
    }
    if b == -1 {
        return Ok(0);
    }
    Ok(Integer::mod_floor(&a, &b))
}

/// Python `divmod(a, b)` on i64.
pub fn divmod_i64(a: i64, b: i64) -> Result<(PyInt, i64), NumError> {
    if b == 0 {
        return Err(NumError::ZeroDivision(INT_DIV_ZERO));
    }
    Ok((floordiv_i64(a, b)?, mod_i64(a, b)?))
}

/// Python `a // b` on big ints.
pub fn floordiv_big(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision(INT_DIV_ZERO));
    }
    Ok(a.div_floor(b))
}

/// Python `a % b` on big ints.
pub fn mod_big(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision(INT_MOD_ZERO));
    }
    Ok(a.mod_floor(b))
}

/// Python `divmod(a, b)` on big ints.
pub fn divmod_big(a: &BigInt, b: &BigInt) -> Result<(BigInt, BigInt), NumError> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision(INT_DIV_ZERO));
    }
    Ok(a.div_mod_floor(b))
}

/// CPython's `float_divmod` core for `wx != 0`: `(vx // wx, vx % wx)`.
fn float_divmod_raw(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = libm::fmod(vx, wx);
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = libm::copysign(0.0, wx);
    }
    let floordiv = if div != 0.0 {
        let mut fd = libm::floor(div);
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        libm::copysign(0.0, vx / wx)
    };
    (floordiv, m)
}

/// Python `x // y` on floats (CPython's `float_floor_div`).
pub fn float_floordiv(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision("float floor division by zero"));
    }
    Ok(float_divmod_raw(x, y).0)
}

/// Python `x % y` on floats (CPython's `float_rem`).
pub fn float_mod(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision("float modulo"));
    }
    let mut m = libm::fmod(x, y);
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = libm::copysign(0.0, y);
    }
    Ok(m)
}

/// Python `divmod(x, y)` on floats.
pub fn float_divmod(x: f64, y: f64) -> Result<(f64, f64), NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision("float divmod()"));
    }
    Ok(float_divmod_raw(x, y))
}

/// Python `x / y` on floats.
pub fn float_true_div(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision("float division by zero"));
    }
    Ok(x / y)
}

// ------------------------------------------------------ int <-> float

/// Builds the double nearest to `(n + d) * 2**e` where `0 <= d < 1` and
/// `d > 0` iff `inexact`, rounding half-even. `n` must carry at least two
/// bits below the result's last place whenever `inexact` is set.
/// `None` on overflow.
fn make_f64(n: &BigUint, e: i64, inexact: bool) -> Option<f64> {
    let bl = n.bits() as i64;
    if bl == 0 {
        return Some(0.0);
    }
    // Value lies in [2**top, 2**(top+1)).
    let top = bl - 1 + e;
    if top > 1023 {
        return None;
    }
    let ulp = (top - 52).max(-1074);
    let drop = ulp - e;
    let m: u64 = if drop <= 0 {
        // Exact: n fits in 53 bits at this scale.
        (n << ((-drop) as usize)).to_u64().unwrap_or(0)
    } else {
        let d = drop as u64;
        let mut m = (n >> (d as usize)).to_u64().unwrap_or(0);
        let half_bit = n.bit(d - 1);
        let below_half = n.trailing_zeros().is_some_and(|tz| tz < d - 1) || inexact;
        if half_bit && (below_half || m & 1 == 1) {
            m += 1;
        }
        m
    };
    let r = libm::ldexp(m as f64, ulp as i32);
    if r.is_infinite() {
        None
    } else {
        Some(r)
    }
}

/// `float(i)` for a big int: correctly rounded (half-even), or
/// `OverflowError("int too large to convert to float")`.
pub fn bigint_to_f64(i: &BigInt) -> Result<f64, NumError> {
    if let Some(s) = i.to_i64() {
        return Ok(s as f64);
    }
    let r = make_f64(i.magnitude(), 0, false).ok_or(NumError::Overflow("int too large to convert to float"))?;
    Ok(if i.is_negative() { -r } else { r })
}

/// `int(x)` for a float: truncation toward zero; errors for inf/nan with
/// CPython's messages.
pub fn f64_to_bigint(x: f64) -> Result<BigInt, NumError> {
    if x.is_nan() {
        return Err(NumError::Value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(NumError::Overflow("cannot convert float infinity to integer"));
    }
    let bits = x.to_bits();
    let frac = bits & ((1u64 << 52) - 1);
    let bexp = ((bits >> 52) & 0x7ff) as i64;
    if bexp == 0 {
        return Ok(BigInt::zero());
    }
    let m = frac | (1u64 << 52);
    let e = bexp - 1075;
    let mag = if e >= 0 {
        BigUint::from(m) << (e as usize)
    } else if e > -64 {
        BigUint::from(m >> ((-e) as u32))
    } else {
        BigUint::zero()
    };
    let sign = if x < 0.0 { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, mag))
}

/// Python `a / b` for ints: correctly rounded like CPython's
/// `long_true_divide`.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision("division by zero"));
    }
    const EXACT: u64 = 1 << 53;
    if a.magnitude().bits() <= 53 && b.magnitude().bits() <= 53 {
        let (x, y) = (a.to_i64().unwrap_or(0), b.to_i64().unwrap_or(1));
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            return Ok(x as f64 / y as f64);
        }
    }
    let neg = a.is_negative() != b.is_negative();
    let signed = |v: f64| if neg { -v } else { v };
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let (x, y) = (a.magnitude(), b.magnitude());
    let (bx, by) = (x.bits() as i64, y.bits() as i64);
    let overflow = NumError::Overflow("integer division result too large for a float");
    if bx - by > 1025 {
        return Err(overflow);
    }
    if by - bx > 1080 {
        return Ok(signed(0.0));
    }
    // q = floor(x * 2**s / y) gets at least 55 bits.
    let s = 56 + by - bx;
    let (q, r) = if s >= 0 {
        (x << (s as usize)).div_rem(y)
    } else {
        x.div_rem(&(y << ((-s) as usize)))
    };
    let v = make_f64(&q, -s, !r.is_zero()).ok_or(overflow)?;
    Ok(signed(v))
}

/// Python `a / b` for i64 ints.
pub fn i64_true_div(a: i64, b: i64) -> Result<f64, NumError> {
    int_true_div(&BigInt::from(a), &BigInt::from(b))
}

/// Exact comparison of a big int with a float (`None` when `f` is NaN).
pub fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let Some(s) = i.to_i64() {
        return cmp_i64_float(s, f);
    }
    let fl = libm::floor(f);
    let fb = f64_to_bigint(fl).ok()?;
    match i.cmp(&fb) {
        Ordering::Equal if f > fl => Some(Ordering::Less),
        o => Some(o),
    }
}

/// Exact comparison of an i64 with a float (`None` when `f` is NaN).
pub fn cmp_i64_float(i: i64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if i.unsigned_abs() <= (1u64 << 53) {
        return (i as f64).partial_cmp(&f);
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    // |i| > 2**53: compare against floor(f) exactly in i128.
    if libm::fabs(f) >= 1.8e19 {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let fl = libm::floor(f);
    let fi = fl as i128;
    match (i as i128).cmp(&fi) {
        Ordering::Equal if f > fl => Some(Ordering::Less),
        o => Some(o),
    }
}

// ------------------------------------------------------------------ pow

/// Largest result size in bits that [`pow_int`] and [`shl_big`] build;
/// beyond it they fail (CPython would raise `MemoryError` or run out).
pub const MAX_RESULT_BITS: u64 = 1 << 32;

/// Python `base ** exp` for ints: an int for `exp >= 0`, else the float
/// `float(base) ** float(exp)` (`2 ** -1 == 0.5`).
pub fn pow_int(base: &BigInt, exp: &BigInt) -> Result<IntOrFloat, NumError> {
    if exp.is_negative() {
        let x = bigint_to_f64(base)?;
        let y = bigint_to_f64(exp)?;
        return float_pow(x, y).map(IntOrFloat::Float);
    }
    if base.is_zero() {
        return Ok(IntOrFloat::Int(if exp.is_zero() { BigInt::one() } else { BigInt::zero() }));
    }
    if base.magnitude().is_one() {
        let neg = base.is_negative() && exp.is_odd();
        return Ok(IntOrFloat::Int(if neg { -BigInt::one() } else { BigInt::one() }));
    }
    let too_big = NumError::Overflow("too many digits in integer");
    let e = exp.to_u64().ok_or(too_big)?;
    if base.magnitude().bits().saturating_mul(e) > MAX_RESULT_BITS + 64 {
        return Err(too_big);
    }
    Ok(IntOrFloat::Int(num_traits::Pow::pow(base, e)))
}

/// Python's three-argument `pow(base, exp, m)`, including negative
/// exponents via the modular inverse. The result has the sign of `m`.
pub fn pow_mod(base: &BigInt, exp: &BigInt, m: &BigInt) -> Result<BigInt, NumError> {
    if m.is_zero() {
        return Err(NumError::Value("pow() 3rd argument cannot be 0"));
    }
    let am = m.abs();
    let mut b = base.mod_floor(&am);
    let mut e = exp.clone();
    if e.is_negative() {
        let g = b.extended_gcd(&am);
        if !g.gcd.is_one() {
            return Err(NumError::Value("base is not invertible for the given modulus"));
        }
        b = g.x.mod_floor(&am);
        e = -e;
    }
    if am.is_one() {
        return Ok(BigInt::zero());
    }
    let r = b.modpow(&e, &am);
    if m.is_negative() && !r.is_zero() {
        Ok(r - am)
    } else {
        Ok(r)
    }
}

fn is_odd_integer(y: f64) -> bool {
    // Odd integers are below 2**53 in magnitude.
    libm::fabs(y) < 9007199254740992.0 && libm::fmod(y, 2.0) != 0.0 && libm::floor(y) == y
}

/// Python `x ** y` on floats with CPython's special cases: `0.0 ** -1` is
/// `ZeroDivisionError`, overflow is `OverflowError("(34, 'Numerical result
/// out of range')")`, a negative base with a fractional exponent (a complex
/// result in CPython) is `NumError::Value(COMPLEX_RESULT)`.
pub fn float_pow(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = libm::fabs(x);
        return Ok(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(if y > 0.0 {
            if odd {
                x
            } else {
                libm::fabs(x)
            }
        } else if odd {
            libm::copysign(0.0, x)
        } else {
            0.0
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(NumError::ZeroDivision("0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(y) { x } else { 0.0 });
    }
    let mut ix = x;
    let mut negate = false;
    if ix < 0.0 {
        if y != libm::floor(y) {
            return Err(NumError::Value(COMPLEX_RESULT));
        }
        ix = -ix;
        negate = is_odd_integer(y);
    }
    if ix == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = libm::pow(ix, y);
    if r.is_infinite() {
        return Err(NumError::Overflow("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

// --------------------------------------------------------------- shifts

/// Python `a << n` for big ints.
pub fn shl_big(a: &BigInt, n: &BigInt) -> Result<BigInt, NumError> {
    if n.is_negative() {
        return Err(NumError::Value("negative shift count"));
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    let too_big = NumError::Overflow("too many digits in integer");
    let s = n.to_u64().ok_or(too_big)?;
    if a.magnitude().bits().saturating_add(s) > MAX_RESULT_BITS {
        return Err(too_big);
    }
    Ok(a << (s as usize))
}

/// Python `a >> n` for big ints (floors: `-5 >> 1 == -3`).
pub fn shr_big(a: &BigInt, n: &BigInt) -> Result<BigInt, NumError> {
    if n.is_negative() {
        return Err(NumError::Value("negative shift count"));
    }
    match n.to_u64() {
        Some(s) if s < a.bits() + 1 => Ok(a >> (s as usize)),
        _ => Ok(if a.is_negative() { -BigInt::one() } else { BigInt::zero() }),
    }
}

/// Python `a << n` for i64 (overflows into a big int).
pub fn shl_i64(a: i64, n: i64) -> Result<PyInt, NumError> {
    if n < 0 {
        return Err(NumError::Value("negative shift count"));
    }
    if a == 0 {
        return Ok(PyInt::Small(0));
    }
    if n < 63 {
        let r = a.wrapping_shl(n as u32);
        if r >> n == a {
            return Ok(PyInt::Small(r));
        }
    }
    shl_big(&BigInt::from(a), &BigInt::from(n)).map(PyInt::Big)
}

/// Python `a >> n` for i64.
pub fn shr_i64(a: i64, n: i64) -> Result<i64, NumError> {
    if n < 0 {
        return Err(NumError::Value("negative shift count"));
    }
    Ok(a >> n.min(63))
}

// ----------------------------------------------------------------- hash

/// CPython's numeric hash modulus, `2**61 - 1`.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314159;

fn finish_hash(x: u64, neg: bool) -> i64 {
    let h = if neg { -(x as i64) } else { x as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Python `hash(i)` for an i64 (`hash(-1) == -2`).
pub fn hash_i64(i: i64) -> i64 {
    finish_hash(i.unsigned_abs() % HASH_MODULUS, i < 0)
}

/// Python `hash(i)` for a big int (equals `hash(float(i))` when exact).
pub fn hash_int(i: &BigInt) -> i64 {
    let mut acc: u128 = 0;
    for d in i.magnitude().to_u64_digits().iter().rev() {
        acc = ((acc << 64) | *d as u128) % HASH_MODULUS as u128;
    }
    finish_hash(acc as u64, i.is_negative())
}

/// Python `hash(x)` for a float: CPython's `_Py_HashDouble`, so
/// `hash(1.0) == hash(1)`. NaN hashes to 0 here (CPython 3.10+ hashes NaN
/// by object identity).
pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let bits = x.to_bits();
    let frac = bits & ((1u64 << 52) - 1);
    let bexp = ((bits >> 52) & 0x7ff) as i64;
    let (m, e) = if bexp == 0 { (frac, -1074i64) } else { (frac | (1u64 << 52), bexp - 1075) };
    // m * 2**e mod P; 2**61 == 1 (mod P), so rotate m left by e mod 61.
    let k = e.rem_euclid(61) as u32;
    let h = if k == 0 { m } else { ((m << k) & HASH_MODULUS) | (m >> (61 - k)) };
    let h = if h >= HASH_MODULUS { h - HASH_MODULUS } else { h };
    finish_hash(h, x < 0.0)
}

// ------------------------------------------------------ text conversions

/// Python's `int(s, base)`: `None` where CPython raises `ValueError`
/// (including an invalid base; valid bases are 0 and 2..=36).
///
/// Whitespace is stripped, a sign is allowed, underscores only between
/// digits (or right after a base prefix), base 0 auto-detects `0x`/`0o`/`0b`
/// and rejects other leading zeros (`"010"`), and a matching prefix is
/// allowed for bases 16/8/2. Deviations: non-ASCII decimal digits are
/// rejected, and CPython 3.11's 4300-digit limit for non-power-of-two bases
/// (see [`INT_MAX_STR_DIGITS`]) is left to the caller.
pub fn parse_int(s: &str, base: u32) -> Option<PyInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let s = s.trim_matches(super::str_repr::is_py_space);
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let b = body.as_bytes();
    let mut base = base;
    let mut i = 0;
    let prefix_of = |c: u8| match c.to_ascii_lowercase() {
        b'x' => Some(16),
        b'o' => Some(8),
        b'b' => Some(2),
        _ => None,
    };
    let mut after_prefix = false;
    if b.len() >= 2 && b[0] == b'0' {
        if let Some(pb) = prefix_of(b[1]) {
            if base == 0 || base == pb {
                base = pb;
                i = 2;
                after_prefix = true;
            }
        }
    }
    let zero_only = base == 0;
    if base == 0 {
        base = 10;
    }
    let mut digits: Vec<u8> = Vec::with_capacity(b.len());
    let mut prev_digit = after_prefix; // an underscore may follow the prefix
    while i < b.len() {
        let c = b[i];
        if c == b'_' {
            if !prev_digit {
                return None;
            }
            prev_digit = false;
        } else {
            let d = (c as char).to_digit(36)?;
            if d >= base {
                return None;
            }
            digits.push(c);
            prev_digit = true;
        }
        i += 1;
    }
    if digits.is_empty() || !prev_digit {
        return None;
    }
    if zero_only && digits[0] == b'0' && digits.iter().any(|&c| c != b'0') {
        return None;
    }
    let mag = BigUint::parse_bytes(&digits, base)?;
    let sign = if neg { Sign::Minus } else { Sign::Plus };
    Some(PyInt::from_big(BigInt::from_biguint(sign, mag)))
}

/// CPython 3.11's default `sys.get_int_max_str_digits()`: int<->str
/// conversions in non-power-of-two bases with more digits raise
/// `ValueError`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// `i` in `radix` (2..=36), lowercase, with a leading `-` if negative and no
/// prefix (`int_to_str_radix(-255, 16) == "-ff"`).
pub fn int_to_str_radix(i: &BigInt, radix: u32) -> String {
    i.to_str_radix(radix)
}

/// Python's `bin()`/`oct()`/`hex()`: `radix` 2, 8 or 16 with the `0b`/`0o`/`0x`
/// prefix after the sign (`-0xff`).
pub fn int_to_prefixed(i: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        _ => "0x",
    };
    let digits = i.magnitude().to_str_radix(radix);
    let mut s = String::with_capacity(digits.len() + 3);
    if i.is_negative() {
        s.push('-');
    }
    s.push_str(prefix);
    s.push_str(&digits);
    s
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;

    fn big(s: &str) -> BigInt {
        BigInt::parse_bytes(s.as_bytes(), 10).unwrap()
    }
}
