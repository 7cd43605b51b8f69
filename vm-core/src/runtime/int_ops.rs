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

#[cfg(feature = "big-int")]
use crate::runtime::bigint::Sign;
use crate::runtime::bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::ToPrimitive;
#[cfg(feature = "big-int")]
use num_traits::{One, Signed, Zero};

/// The `OverflowError` of a result outside `i64` without big ints.
#[cfg(not(feature = "big-int"))]
const NO_BIG: NumError = NumError::Overflow(crate::runtime::bigint::NO_BIG_INT);

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
    #[cfg(feature = "big-int")]
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
        #[cfg(feature = "big-int")]
        return Ok(PyInt::Big(-BigInt::from(a)));
        #[cfg(not(feature = "big-int"))]
        return Err(NO_BIG);
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
    let mut m = crate::runtime::fmod::fmod(vx, wx);
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
    let mut m = crate::runtime::fmod::fmod(x, y);
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
    #[cfg(not(feature = "big-int"))]
    return Err(NO_BIG);
    #[cfg(feature = "big-int")]
    {
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
}

/// `int(x)` for a float as a small or big int ([`f64_to_bigint`], with
/// values in `i64` converted directly: without big ints the others are
/// `OverflowError`).
pub fn f64_to_int(x: f64) -> Result<PyInt, NumError> {
    // -2**63 and 2**63 are exact doubles; trunc(x) is in i64 between them.
    if (-9223372036854775808.0..9223372036854775808.0).contains(&x) {
        return Ok(PyInt::Small(libm::trunc(x) as i64));
    }
    #[cfg(feature = "big-int")]
    return f64_to_bigint(x).map(PyInt::from_big);
    #[cfg(not(feature = "big-int"))]
    {
        f64_to_bigint(x)?;
        Err(NO_BIG)
    }
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
    let (q, r) = if s >= 0 { (x << (s as usize)).div_rem(y) } else { x.div_rem(&(y << ((-s) as usize))) };
    let v = make_f64(&q, -s, !r.is_zero()).ok_or(overflow)?;
    Ok(signed(v))
}

/// Python `a / b` for i64 ints, correctly rounded (as [`int_true_div`],
/// in 128-bit arithmetic).
pub fn i64_true_div(a: i64, b: i64) -> Result<f64, NumError> {
    if b == 0 {
        return Err(NumError::ZeroDivision("division by zero"));
    }
    let neg = (a < 0) != (b < 0);
    let (x, y) = (u128::from(a.unsigned_abs()), u128::from(b.unsigned_abs()));
    let signed = |v: f64| if neg { -v } else { v };
    if x == 0 {
        return Ok(signed(0.0));
    }
    const EXACT: u128 = 1 << 53;
    if x <= EXACT && y <= EXACT {
        return Ok(signed(x as f64 / y as f64));
    }
    let (bx, by) = (128 - i64::from(x.leading_zeros()), 128 - i64::from(y.leading_zeros()));
    // q = floor(x * 2**s / y) gets 56 or 57 bits (both sides stay below
    // 2**121).
    let s = 56 + by - bx;
    let (num, den) = if s >= 0 { (x << s, y) } else { (x, y << -s) };
    // Restoring division, one quotient bit at a time (no 128-bit divide:
    // that is a kilobyte of code on a 32-bit target); `den << 57` stays
    // below 2**128.
    let (mut q, mut rem) = (0u128, num);
    for i in (0..57).rev() {
        q <<= 1;
        let d = den << i;
        if rem >= d {
            rem -= d;
            q |= 1;
        }
    }
    let inexact = rem != 0;
    let qbits = 128 - i64::from(q.leading_zeros());
    // Keep 53 bits, round half-even with the rest and the remainder.
    let drop = (qbits - 53) as u32;
    let mut m = (q >> drop) as u64;
    let rest = q & ((1u128 << drop) - 1);
    let half = 1u128 << (drop - 1);
    if rest > half || (rest == half && (inexact || m & 1 == 1)) {
        m += 1;
    }
    Ok(signed(libm::ldexp(m as f64, (i64::from(drop) - s) as i32)))
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
    #[cfg(not(feature = "big-int"))]
    match *base {}
    #[cfg(feature = "big-int")]
    {
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
}

/// Python's three-argument `pow(base, exp, m)`, including negative
/// exponents via the modular inverse. The result has the sign of `m`.
pub fn pow_mod(base: &BigInt, exp: &BigInt, m: &BigInt) -> Result<BigInt, NumError> {
    #[cfg(not(feature = "big-int"))]
    match *base {}
    #[cfg(feature = "big-int")]
    {
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
}

/// [`pow_mod`] for `i64` operands, in 128-bit arithmetic (no big ints:
/// the result is smaller than the modulus).
pub fn pow_mod_i64(base: i64, exp: i64, m: i64) -> Result<i64, NumError> {
    if m == 0 {
        return Err(NumError::Value("pow() 3rd argument cannot be 0"));
    }
    let am = m.unsigned_abs();
    let rem = base.unsigned_abs() % am;
    let mut b = if base < 0 && rem != 0 { am - rem } else { rem };
    if exp < 0 {
        // The inverse of b modulo am by the extended Euclidean algorithm
        // (the coefficients stay within +-am).
        let (mut r0, mut r1, mut x0, mut x1) = (b, am, 1i128, 0i128);
        while r1 != 0 {
            let q = r0 / r1;
            (r0, r1) = (r1, r0 - q * r1);
            (x0, x1) = (x1, x0 - i128::from(q) * x1);
        }
        if r0 != 1 {
            return Err(NumError::Value("base is not invertible for the given modulus"));
        }
        b = if x0 < 0 { (x0 + i128::from(am)) as u64 } else { x0 as u64 };
    }
    if am == 1 {
        return Ok(0);
    }
    let mut e = exp.unsigned_abs();
    let mut r: u64 = 1;
    while e != 0 {
        if e & 1 == 1 {
            r = mul_mod(r, b, am);
        }
        b = mul_mod(b, b, am);
        e >>= 1;
    }
    // Below |m|, so it fits in i64 (as does r - |m| for a negative m).
    Ok(if m < 0 && r != 0 { (i128::from(r) - i128::from(am)) as i64 } else { r as i64 })
}

/// `a * b % m` for `a, b < m <= 2**63`, by doubling and adding (no 128-bit
/// division: that is a kilobyte of code on a 32-bit target).
fn mul_mod(a: u64, b: u64, m: u64) -> u64 {
    let add = |x: u64, y: u64| {
        // x, y < m <= 2**63: the sum does not overflow.
        let s = x + y;
        if s >= m {
            s - m
        } else {
            s
        }
    };
    let mut r = 0;
    for bit in (0..64).rev() {
        r = add(r, r);
        if (b >> bit) & 1 == 1 {
            r = add(r, a);
        }
    }
    r
}

fn is_odd_integer(y: f64) -> bool {
    // Odd integers are below 2**53 in magnitude.
    libm::fabs(y) < 9007199254740992.0 && crate::runtime::fmod::fmod(y, 2.0) != 0.0 && libm::floor(y) == y
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
    let r = super::fmath::pow_positive(ix, y);
    if r.is_infinite() {
        return Err(NumError::Overflow("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

// --------------------------------------------------------------- shifts

/// Python `a << n` for big ints.
pub fn shl_big(a: &BigInt, n: &BigInt) -> Result<BigInt, NumError> {
    #[cfg(not(feature = "big-int"))]
    match *a {}
    #[cfg(feature = "big-int")]
    {
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
}

/// Python `a >> n` for big ints (floors: `-5 >> 1 == -3`).
pub fn shr_big(a: &BigInt, n: &BigInt) -> Result<BigInt, NumError> {
    #[cfg(not(feature = "big-int"))]
    match *a {}
    #[cfg(feature = "big-int")]
    {
        if n.is_negative() {
            return Err(NumError::Value("negative shift count"));
        }
        match n.to_u64() {
            Some(s) if s < a.bits() + 1 => Ok(a >> (s as usize)),
            _ => Ok(if a.is_negative() { -BigInt::one() } else { BigInt::zero() }),
        }
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
    #[cfg(feature = "big-int")]
    return shl_big(&BigInt::from(a), &BigInt::from(n)).map(PyInt::Big);
    #[cfg(not(feature = "big-int"))]
    Err(NO_BIG)
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
    let mut acc = 0;
    for &d in i.magnitude().to_u64_digits().iter().rev() {
        acc = mersenne_step(acc, d);
    }
    finish_hash(acc, i.is_negative())
}

/// `(acc * 2**64 + d) % HASH_MODULUS` for `acc < HASH_MODULUS`, without a
/// division: the modulus is `2**61 - 1`, so `2**64` is 8 modulo it, and
/// `x % (2**61 - 1)` folds the bits above 61 onto the low ones.
fn mersenne_step(acc: u64, d: u64) -> u64 {
    let t = (u128::from(acc) << 3) + u128::from(d); // below 2**65
    let folded = (t & u128::from(HASH_MODULUS)) as u64 + (t >> 61) as u64; // below 2**61 + 16
    if folded >= HASH_MODULUS {
        folded - HASH_MODULUS
    } else {
        folded
    }
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
/// (including an invalid base; valid bases are 0 and 2..=36), `Some(Err)`
/// for a value outside `i64` without big ints.
///
/// Whitespace is stripped, a sign is allowed, underscores only between
/// digits (or right after a base prefix), base 0 auto-detects `0x`/`0o`/`0b`
/// and rejects other leading zeros (`"010"`), and a matching prefix is
/// allowed for bases 16/8/2; non-ASCII decimal digits count as digits.
/// Deviation: CPython 3.11's 4300-digit limit for non-power-of-two bases
/// (see [`INT_MAX_STR_DIGITS`]) is left to the caller.
pub fn parse_int(s: &str, base: u32) -> Option<Result<PyInt, NumError>> {
    if base == 1 || base > 36 {
        return None;
    }
    let s = super::str_repr::ascii_decimalize(s);
    let s = s.trim_matches(super::str_repr::is_py_space);
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, s.get(1..).unwrap_or_default()),
        Some(b'+') => (false, s.get(1..).unwrap_or_default()),
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
    if let [b'0', p, ..] = *b {
        if let Some(pb) = prefix_of(p) {
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
    while let Some(&c) = b.get(i) {
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
    if zero_only && digits.first() == Some(&b'0') && digits.iter().any(|&c| c != b'0') {
        return None;
    }
    #[cfg(feature = "big-int")]
    {
        let mag = BigUint::parse_bytes(&digits, base)?;
        let sign = if neg { Sign::Minus } else { Sign::Plus };
        Some(Ok(PyInt::from_big(BigInt::from_biguint(sign, mag))))
    }
    #[cfg(not(feature = "big-int"))]
    {
        // The magnitude in u64, then the sign (-2**63 fits, 2**63 does not).
        let mut mag: u64 = 0;
        for &c in &digits {
            let d = u64::from((c as char).to_digit(36)?);
            match mag.checked_mul(u64::from(base)).and_then(|m| m.checked_add(d)) {
                Some(m) => mag = m,
                None => return Some(Err(NO_BIG)),
            }
        }
        let v = if neg { 0i64.checked_sub_unsigned(mag) } else { i64::try_from(mag).ok() };
        Some(v.map(PyInt::Small).ok_or(NO_BIG))
    }
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
#[cfg(feature = "big-int")]
mod tests {
    /// The division-free Mersenne step against the 128-bit remainder.
    #[test]
    fn mersenne_step_matches_the_remainder() {
        let m = super::HASH_MODULUS;
        let accs = [0, 1, 7, m / 2, m - 2, m - 1];
        let digits = [0, 1, 8, m - 1, m, m + 1, 1 << 63, u64::MAX - 1, u64::MAX];
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut more = alloc::vec::Vec::new();
        for _ in 0..1000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            more.push(x);
        }
        for &acc in accs.iter().chain(more.iter().map(|v| v % m).collect::<alloc::vec::Vec<_>>().iter()) {
            for &d in digits.iter().chain(more.iter().take(50)) {
                let want = (((acc as u128) << 64) | d as u128) % m as u128;
                assert_eq!(super::mersenne_step(acc, d) as u128, want, "{acc} {d}");
            }
        }
    }

    use super::*;

    fn big(s: &str) -> BigInt {
        BigInt::parse_bytes(s.as_bytes(), 10).unwrap()
    }

    /// The 128-bit `i64 / i64` and `pow(i64, i64, i64)` against the big-int
    /// paths, on edge and random operands.
    #[test]
    fn i64_paths_match_big() {
        let mut vals =
            alloc::vec![0i64, 1, -1, 2, -2, 3, 7, -7, 10, (1 << 53) - 1, 1 << 53, (1 << 53) + 1, -(1 << 53) - 1];
        vals.extend([i64::MAX, i64::MIN, i64::MAX - 1, i64::MIN + 1, 1 << 62, -(1 << 62), 999_999_999_999_999_999]);
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for i in 0..400 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            vals.push((x >> (i % 64)) as i64);
        }
        for &a in &vals {
            for &b in vals.iter().step_by(3) {
                let want = int_true_div(&BigInt::from(a), &BigInt::from(b));
                let got = i64_true_div(a, b);
                assert_eq!(got.map(f64::to_bits), want.map(f64::to_bits), "{a} / {b}");
                for &m in &[1i64, -1, 2, 7, -7, 1_000_000_007, -(1 << 62), i64::MAX, i64::MIN] {
                    let e = b % 1000;
                    let want = pow_mod(&BigInt::from(a), &BigInt::from(e), &BigInt::from(m));
                    let got = pow_mod_i64(a, e, m).map(BigInt::from);
                    assert_eq!(got, want, "pow({a}, {e}, {m})");
                }
            }
        }
    }

    #[test]
    fn true_div_cpython_table() {
        let cases: &[(&str, &str, u64)] = &[
            ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x4024000000000000),
            ("1", "3", 0x3fd5555555555555),
            ("2", "3", 0x3fe5555555555555),
            ("-1", "3", 0xbfd5555555555555),
            ("1", "-3", 0xbfd5555555555555),
            ("1000000000000000000000000000000", "7", 0x45fcd98a8b00a10b),
            ("9007199254740993", "1", 0x4340000000000000),
            ("18014398509481987", "2", 0x4340000000000001),
            ("202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784", "40966672143876732145176228848043091143928566425868314369800638377010779053124493714260960149070292229477000187962034707314131344279013990700557084216067703100110397626915930050017669416781158249744236172365003101763600273594402063864722325201532144604115521818460662623935143647469165084514879475815880467163982182410113805509643338164835839186040845030529294117697218294439255325218264815180040054295920900280527835303063728875285777248462704511695944824230554347848626506942611938335291999257755662113691788246053880398723321865319809478918081631431889557552749507834196358292243660837246218506196446294893757162080795972525602568587162635206656", 0x0000000000000001),
            ("1", "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784", 0x0000000000000001),
            ("1", "404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989568", 0x0000000000000000),
            ("3", "809609013229242473409981386875669228198226599056568473427605432109721358271981387567841534805748497980748311457267247645559234949543173907468053599762954039686069697106265445457867630968372865364959070713890980274248029933698770794472413422596638225363240226049435078209333658460922010128745310034584025053230830964373979136", 0x0000000000000001),
            ("1", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x0000000000000000),
            ("-1", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x8000000000000000),
            ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "1", 0x7fefffffffffffff),
            ("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "3", 0x7fc7bbef5d3a60d5),
            ("9223372036854775807", "9223372036854775808", 0x3ff0000000000000),
            ("123456789123456789123456789", "987654321987654321", 0x419dcd64fb71999a),
            ("-100000000000000000000000000000000000000000000000000", "22539340290692258087863249", 0xc50d5c0a4f9ea253),
            ("3234476509624757991344647769100216810857203198904625400933895331391691459636928060001", "462068072803536855906378252728602401551029028414946485847699333055955922805275437143", 0x401c000000000000),
            ("0", "7888609052210118054117285652827862296732064351090230047702789306640625", 0x0000000000000000),
            ("1", "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x0000000000000002),
            ("3", "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x0000000000000001),
            ("10000000000000000000000", "1", 0x4480f0cf064dd592),
            ("9007199254740993", "9007199254740992", 0x3ff0000000000000),
            ("3516974442034452855602780981269482465917599860898430557924776495630668", "18846923377209308759773178153", 0x4881231e23ca0a16),
            ("16681299482073987698188070787999437820841184463083513568391853101991936134362348546845050076424173", "40618456336004601658513209395793366517411136346365410758755316389077375529872613461994833716", 0x411910eb035bf661),
            ("212", "76563762", 0x3ec73a3d89a6fcbc),
            ("-47506639160075558622658767759", "86987297343751214621097663786644661045235642967480", 0xbb84a1dff8b38a37),
            ("303305152771248728042808256100722102461207138428790585919224601803669214713253411362988748446729332", "7523665581377732748201183991016309164631279827178561809100024177447526469776444432013739534533393207213280423", 0x3dc6299e3d6aa4ed),
            ("-20961763322868828", "4114760733", 0xc1536ee33752ce2a),
            ("-1822984565888495547730513974048817902744182507630552644751394493956491315878195821487371192354308058494594", "174230681614", 0xd3741068e1aeef82),
            ("1685165237093200537125754010831", "1107877448201283640185401595993931105228938302705", 0x3c3c0f1370470c1b),
            ("568131930826271256", "3", 0x4385066d485be270),
            ("449542213278897876523894486343625464253186628410547689653327219862903326", "20762620971132899167738499384070944871097578819985658572284559802510290470156819144107221683142260008528329532638", 0x377e2d84d99b66ce),
            ("19621318547561496471499276601556254963061565055992385547715384807943443769485823421072569544", "4149432", 0x5183791047c4c994),
            ("9748025877282292178459", "2491901587179379292553133832241238377573612755985824431092529913872043518642821870586472503175113577402035426643856212", 0x2c20b6223ec70633),
            ("299628214746991492598023707098952633671870960573549145136990484338300699741022452362430742414", "327842875848526933908389461935946960362708238030101000604682", 0x46c687c339b2d8c0),
            ("-11463808961361863948830103779343683351605815607291075054737271414281831311829419827705776382792", "231745114439201720981358963158146583064322597125718764765394519950077540329", 0xc40573f9b3562d62),
            ("-813823042164412642964655504266864640251", "29775799672070655240993828157372081249973912643316666142651280203937269036983536780957590731", 0xb504f15e95e46d07),
            ("24017842202011044454059765245056685294896319583117266846816280389067383282", "20922607901798022630561632170436931084059734845826063292052460264918135019683284293789943708195617058621647382003445", 0x37399990418649e1),
            ("10608384524748149559621420826882184849407352613169108573602689402478761040309440466307981", "547037045210802638843426439021980176125312157533204674028985431093452978030446233515657632", 0x3f93db9ccbd31e2d),
            ("1225", "17021164281069994100840016071376034919795758610368448697115773338738271460", 0x315fca26ba46d123),
            ("5088341830100096486408246412931588864063122160592920218851446822332365", "3720838240215948725975943139954709957415221949746341", 0x43b2fa6d5b6101c8),
            ("-382611777647978247502902230096239318964017752136428490464013180", "31954518085129993263060289919821596467163652749843795440050", 0xc0c762d1723b6b91),
            ("-296535180721151200", "1611912488737010900065075915451806002398600716541626933230342290155196870220744381507896138611465798242388980699", 0xac788f24b0459b4b),
            ("27213722053690868909156404826950234122785542979694970010404496967754715243595325", "654642608416852295745141327060288491492858993096411047394982719662504709363", 0x40e44c4b2f682ede),
            ("406751973714253933264625507740693254498137505729824717227", "9874115306869874310941802014106867315848492260426299968894864142245567961883303063283156690453848906964006533422829", 0x33d08c886ac9626b),
            ("-38916781224053622301755298826805128508910799269344872190842316989091502450740329423065862556821284", "113810975542084560397228339655595", 0xcd89f9b97bf8a112),
            ("1491531", "2627813785424778634242917020571007789122286", 0x3868248cc9bb87fd),
        ];
        for &(a, b, r) in cases {
            let got = int_true_div(&big(a), &big(b)).unwrap();
            assert_eq!(got.to_bits(), r, "{a} / {b} = {got:e}");
        }
        let over = NumError::Overflow("integer division result too large for a float");
        let a = (BigInt::one() << 1024usize) - (BigInt::one() << 970usize);
        assert_eq!(int_true_div(&a, &BigInt::one()), Err(over));
        assert_eq!(int_true_div(&big("1"), &big("0")), Err(NumError::ZeroDivision("division by zero")));
        assert_eq!(int_true_div(&big("-1"), &BigInt::from(10).pow(400u32)).unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(i64_true_div(i64::MAX, 3).unwrap(), 3.0744573456182584e18);
    }

    #[test]
    fn to_f64_cpython_table() {
        let cases: &[(&str, u64)] = &[
            ("9007199254740993", 0x4340000000000000),
            ("9007199254740995", 0x4340000000000002),
            ("18014398509481986", 0x4350000000000000),
            ("18014398509481990", 0x4350000000000002),
            ("-18446744073709553664", 0xc3f0000000000000),
            ("18446744073709553665", 0x43f0000000000001),
            ("10000000000000000000000", 0x4480f0cf064dd592),
            ("100000000000000000000000", 0x44b52d02c7e14af6),
            ("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", 0x7fefffffffffffff),
            ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", 0x7fefffffffffffff),
            ("12345678901234567890123", 0x4484ea15b273b38a),
            ("-1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0xfe37e43c8800759c),
        ];
        for &(a, r) in cases {
            assert_eq!(bigint_to_f64(&big(a)).unwrap().to_bits(), r, "float({a})");
        }
        let a = (BigInt::one() << 1024usize) - (BigInt::one() << 970usize);
        assert_eq!(bigint_to_f64(&a), Err(NumError::Overflow("int too large to convert to float")));
    }

    #[test]
    fn f64_to_int() {
        assert_eq!(f64_to_bigint(-3.9).unwrap(), big("-3"));
        assert_eq!(f64_to_bigint(-0.5).unwrap(), big("0"));
        assert_eq!(f64_to_bigint(1e20).unwrap(), big("100000000000000000000"));
        assert_eq!(f64_to_bigint(4.5e-320).unwrap(), big("0"));
        assert_eq!(f64_to_bigint(f64::INFINITY), Err(NumError::Overflow("cannot convert float infinity to integer")));
        assert_eq!(f64_to_bigint(f64::NAN), Err(NumError::Value("cannot convert float NaN to integer")));
    }

    #[test]
    fn hash_cpython_table() {
        let cases: &[(&str, i64)] = &[
            ("0", 0),
            ("1", 1),
            ("-1", -2),
            ("-2", -2),
            ("2305843009213693951", 0),
            ("2305843009213693952", 1),
            ("2305843009213693950", 2305843009213693950),
            ("1267650600228229401496703205376", 549755813888),
            ("-1267650600228229401496703205376", -549755813888),
            ("1000000000000000000000000000000", 465258685558744706),
            ("-999999999999999999999999999999", -465258685558744705),
            ("9223372036854775808", 4),
            ("-9223372036854775808", -4),
            ("18446744073709551615", 7),
            (
                "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001",
                424410663027747676,
            ),
            ("-2305843009213693952", -2),
            ("-2305843009213693951", 0),
        ];
        for &(a, h) in cases {
            let b = big(a);
            assert_eq!(hash_int(&b), h, "hash({a})");
            if let Some(i) = b.to_i64() {
                assert_eq!(hash_i64(i), h, "hash_i64({a})");
            }
        }
        let fcases: &[(u64, i64)] = &[
            (0x0000000000000000, 0),
            (0x8000000000000000, 0),
            (0x3ff0000000000000, 1),
            (0xbff0000000000000, -2),
            (0x3ff8000000000000, 1152921504606846977),
            (0xc004000000000000, -1152921504606846978),
            (0x3fb999999999999a, 230584300921369408),
            (0x7e37e43c8800759c, 1224995262755759164),
            (0x81a56e1fc2f8f359, -482449582752280463),
            (0x0000000000000001, 16777216),
            (0x43c0000000000000, 1),
            (0x43d0000000000000, 2),
            (0x3c30000000000000, 2),
            (0x7ff0000000000000, 314159),
            (0xfff0000000000000, -314159),
            (0x7fefffffffffffff, 2234066890152476671),
            (0x40fe240c9fbe76c9, 1819310134279660096),
            (0xbfe0000000000000, -1152921504606846976),
            (0x42e76838794f1720, 205891132094649),
            (0x0000000000000001, 16777216),
        ];
        for &(x, h) in fcases {
            assert_eq!(hash_f64(f64::from_bits(x)), h, "hash({:e})", f64::from_bits(x));
        }
        assert_eq!(hash_f64(f64::NAN), 0);
        assert_eq!(hash_i64(1), hash_f64(1.0));
    }

    #[test]
    fn cmp_cpython_table() {
        let cases: &[(&str, u64, Ordering)] = &[
            ("9007199254740993", 0x4340000000000000, Ordering::Greater),
            ("9007199254740992", 0x4340000000000000, Ordering::Equal),
            ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x7fe1ccf385ebc8a0, Ordering::Greater),
            ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0xffe1ccf385ebc8a0, Ordering::Less),
            ("5", 0x4016000000000000, Ordering::Less),
            ("-5", 0xc016000000000000, Ordering::Greater),
            ("9223372036854775808", 0x43e0000000000000, Ordering::Equal),
            ("9223372036854775807", 0x43e0000000000000, Ordering::Less),
            ("-9223372036854775808", 0xc3e0000000000000, Ordering::Equal),
            ("-9223372036854775807", 0xc3e0000000000000, Ordering::Greater),
            ("3", 0x7ff0000000000000, Ordering::Less),
            ("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0xfff0000000000000, Ordering::Greater),
            ("1180591620717411303425", 0x4450000000000000, Ordering::Greater),
            ("1180591620717411303423", 0x4450000000000000, Ordering::Less),
            ("0", 0x8000000000000000, Ordering::Equal),
            ("-1", 0xbfe0000000000000, Ordering::Less),
            ("12345678901234567", 0x4345ee2a2eb5a5c4, Ordering::Less),
        ];
        for &(a, f, o) in cases {
            let (b, f) = (big(a), f64::from_bits(f));
            assert_eq!(cmp_int_float(&b, f), Some(o), "{a} vs {f:e}");
            if let Some(i) = b.to_i64() {
                assert_eq!(cmp_i64_float(i, f), Some(o), "i64 {a} vs {f:e}");
            }
        }
        assert_eq!(cmp_int_float(&big("1"), f64::NAN), None);
        assert_eq!(cmp_i64_float(1, f64::NAN), None);
    }

    #[test]
    fn pow_mod_cpython_table() {
        let cases: &[(&str, &str, &str, &str)] = &[
            ("2", "10", "1000", "24"),
            ("3", "-1", "7", "5"),
            ("3", "-1", "-7", "-2"),
            ("3", "2", "-5", "-1"),
            ("-3", "3", "7", "1"),
            ("2", "-2", "9", "7"),
            ("5", "0", "1", "0"),
            ("5", "0", "-1", "0"),
            ("0", "0", "7", "1"),
            ("7", "3", "1", "0"),
            ("12345678901234567890", "98765432109876543210", "100000000000000000039", "78275203619974841331"),
            ("-2", "-3", "11", "4"),
            ("10", "100", "-1000000007", "-773267297"),
            ("4", "-1", "1", "0"),
        ];
        for &(b, e, m, r) in cases {
            assert_eq!(pow_mod(&big(b), &big(e), &big(m)).unwrap(), big(r), "pow({b}, {e}, {m})");
        }
        assert_eq!(
            pow_mod(&big("2"), &big("-1"), &big("4")),
            Err(NumError::Value("base is not invertible for the given modulus"))
        );
        assert_eq!(pow_mod(&big("2"), &big("3"), &big("0")), Err(NumError::Value("pow() 3rd argument cannot be 0")));
    }

    #[test]
    fn pow_int_cases() {
        assert_eq!(pow_int(&big("2"), &big("-1")), Ok(IntOrFloat::Float(0.5)));
        assert_eq!(pow_int(&big("2"), &big("100")), Ok(IntOrFloat::Int(big("1267650600228229401496703205376"))));
        assert_eq!(pow_int(&big("-3"), &big("3")), Ok(IntOrFloat::Int(big("-27"))));
        assert_eq!(pow_int(&big("0"), &big("0")), Ok(IntOrFloat::Int(big("1"))));
        assert_eq!(pow_int(&big("-1"), &(BigInt::one() << 70usize)), Ok(IntOrFloat::Int(big("1"))));
        assert_eq!(
            pow_int(&big("0"), &big("-1")),
            Err(NumError::ZeroDivision("0.0 cannot be raised to a negative power"))
        );
        let huge = BigInt::from(10).pow(400u32);
        assert_eq!(pow_int(&huge, &big("-1")), Err(NumError::Overflow("int too large to convert to float")));
        assert_eq!(pow_int(&big("-8"), &big("-3")), Ok(IntOrFloat::Float(-0.001953125)));
    }

    #[test]
    fn parse_int_cpython_table() {
        let cases: &[(&str, u32, Option<&str>)] = &[
            ("0x_ff", 16, Some("255")),
            ("0x_ff", 0, Some("255")),
            ("0_0", 0, Some("0")),
            ("010", 0, None),
            ("0b", 0, None),
            ("0b101", 0, Some("5")),
            ("0B1_01", 0, Some("5")),
            ("0o17", 0, Some("15")),
            ("0O17", 8, Some("15")),
            ("  -12_34  ", 10, Some("-1234")),
            ("1__2", 10, None),
            ("_1", 10, None),
            ("1_", 10, None),
            ("+0x10", 16, Some("16")),
            ("0x10", 10, None),
            ("z", 36, Some("35")),
            ("Z", 36, Some("35")),
            ("10", 2, Some("2")),
            ("12", 2, None),
            ("", 10, None),
            (" ", 10, None),
            ("-", 10, None),
            ("000", 0, Some("0")),
            ("00_0", 0, Some("0")),
            ("0_", 0, None),
            ("1e5", 10, None),
            ("١", 10, Some("1")),
            (
                "	42
            ",
                0,
                Some("42"),
            ),
            ("ff", 16, Some("255")),
            ("0xg", 16, None),
            ("0b1", 16, Some("177")),
            ("-0b1", 0, Some("-1")),
            ("123456789012345678901234567890", 10, Some("123456789012345678901234567890")),
            ("-9223372036854775808", 10, Some("-9223372036854775808")),
            ("9223372036854775808", 10, Some("9223372036854775808")),
            ("1_000", 0, Some("1000")),
            ("0x", 16, None),
            ("0o", 8, None),
            ("7", 7, None),
            ("6", 7, Some("6")),
            ("0b_1", 2, Some("1")),
            ("0b__1", 2, None),
        ];
        for &(s, b, r) in cases {
            let got = parse_int(s, b).map(|v| v.unwrap().to_big());
            assert_eq!(got, r.map(big), "int({s:?}, {b})");
        }
        assert_eq!(parse_int("12", 1), None);
        assert_eq!(parse_int("12", 37), None);
        assert_eq!(parse_int("-9223372036854775808", 10), Some(Ok(PyInt::Small(i64::MIN))));
        assert_eq!(int_to_prefixed(&big("-255"), 16), "-0xff");
        assert_eq!(int_to_prefixed(&big("5"), 2), "0b101");
        assert_eq!(int_to_str_radix(&big("-35"), 36), "-z");
    }

    #[test]
    fn float_divmod_cpython_table() {
        // (x, y, x // y, x % y) as bits.
        let cases: &[(u64, u64, u64, u64)] = &[
            (0xc01e000000000000, 0x4000000000000000, 0xc010000000000000, 0x3fe0000000000000),
            (0x401e000000000000, 0xc000000000000000, 0xc010000000000000, 0xbfe0000000000000),
            (0x8000000000000000, 0x4014000000000000, 0x8000000000000000, 0x0000000000000000),
            (0x0000000000000000, 0xc014000000000000, 0x8000000000000000, 0x8000000000000000),
            (0x4014000000000000, 0xfff0000000000000, 0xbff0000000000000, 0xfff0000000000000),
            (0xc014000000000000, 0x7ff0000000000000, 0xbff0000000000000, 0x7ff0000000000000),
            (0x4014000000000000, 0x7ff0000000000000, 0x0000000000000000, 0x4014000000000000),
            (0x7fe1ccf385ebc8a0, 0x000730d67819e8d2, 0x7ff0000000000000, 0x00028401cf53d610),
            (0x4008000000000000, 0x3fb999999999999a, 0x403d000000000000, 0x3fb999999999998e),
            (0xc008000000000000, 0x3fb999999999999a, 0xc03e000000000000, 0x3ca8000000000000),
            (0x3fb999999999999a, 0x3f847ae147ae147b, 0x4024000000000000, 0x3c50000000000000),
            (0x81a56e1fc2f8f359, 0x7e37e43c8800759c, 0xbff0000000000000, 0x7e37e43c8800759c),
            (0x401c000000000000, 0x401c000000000000, 0x3ff0000000000000, 0x0000000000000000),
            (0xc01c000000000000, 0x401c000000000000, 0xbff0000000000000, 0x0000000000000000),
            (0x3ff0000000000000, 0xbe7ad7f29abcaf48, 0xc16312d020000000, 0xbe7ad7f29a888348),
            (0x7ff0000000000000, 0x4000000000000000, 0xfff8000000000000, 0xfff8000000000000),
        ];
        for &(x, y, q, m) in cases {
            let (fx, fy) = (f64::from_bits(x), f64::from_bits(y));
            assert_eq!(float_floordiv(fx, fy).unwrap().to_bits(), q, "{fx} // {fy}");
            assert_eq!(float_mod(fx, fy).unwrap().to_bits(), m, "{fx} % {fy}");
            let (dq, dm) = float_divmod(fx, fy).unwrap();
            assert_eq!((dq.to_bits(), dm.to_bits()), (q, m), "divmod({fx}, {fy})");
        }
        assert_eq!(float_floordiv(1.0, 0.0), Err(NumError::ZeroDivision("float floor division by zero")));
        assert_eq!(float_mod(1.0, -0.0), Err(NumError::ZeroDivision("float modulo")));
        assert_eq!(float_divmod(1.0, 0.0), Err(NumError::ZeroDivision("float divmod()")));
        assert_eq!(float_true_div(1.0, 0.0), Err(NumError::ZeroDivision("float division by zero")));
    }

    #[test]
    fn float_pow_cpython_table() {
        let cases: &[(u64, u64, Result<u64, NumError>)] = &[
            (0x4000000000000000, 0x4024000000000000, Ok(0x4090000000000000)),
            (0x4000000000000000, 0x3fe0000000000000, Ok(0x3ff6a09e667f3bcd)),
            (0xc000000000000000, 0x4008000000000000, Ok(0xc020000000000000)),
            (0xc000000000000000, 0x4000000000000000, Ok(0x4010000000000000)),
            (0xc020000000000000, 0x3fd5555555555555, Err(NumError::Value("complex"))),
            (
                0x0000000000000000,
                0xbff0000000000000,
                Err(NumError::ZeroDivision("0.0 cannot be raised to a negative power")),
            ),
            (0x0000000000000000, 0x4008000000000000, Ok(0x0000000000000000)),
            (0x8000000000000000, 0x4008000000000000, Ok(0x8000000000000000)),
            (0x8000000000000000, 0x4000000000000000, Ok(0x0000000000000000)),
            (0x4000000000000000, 0x40c3880000000000, Err(NumError::Overflow("(34, 'Numerical result out of range')"))),
            (0x7ff0000000000000, 0xc008000000000000, Ok(0x0000000000000000)),
            (0xfff0000000000000, 0xc008000000000000, Ok(0x8000000000000000)),
            (0xfff0000000000000, 0x4008000000000000, Ok(0xfff0000000000000)),
            (0xfff0000000000000, 0x4000000000000000, Ok(0x7ff0000000000000)),
            (0x3ff0000000000000, 0x7ff8000000000000, Ok(0x3ff0000000000000)),
            (0x7ff8000000000000, 0x0000000000000000, Ok(0x3ff0000000000000)),
            (0xbff0000000000000, 0x7ff0000000000000, Ok(0x3ff0000000000000)),
            (0x3fe0000000000000, 0x7ff0000000000000, Ok(0x0000000000000000)),
            (0x3fe0000000000000, 0xfff0000000000000, Ok(0x7ff0000000000000)),
            (0x4000000000000000, 0xc090c80000000000, Ok(0x0000000000000001)),
            (0x4000000000000000, 0xc090e00000000000, Ok(0x0000000000000000)),
            (0xbff0000000000000, 0x7e37e43c8800759c, Ok(0x3ff0000000000000)),
            (0x4024000000000000, 0xc014000000000000, Ok(0x3ee4f8b588e368f1)),
            (0x3ff000001ad7f29b, 0x4202a05f20000000, Err(NumError::Overflow("(34, 'Numerical result out of range')"))),
            (
                0x8000000000000000,
                0xbff0000000000000,
                Err(NumError::ZeroDivision("0.0 cannot be raised to a negative power")),
            ),
            (0xfff0000000000000, 0x3fe0000000000000, Ok(0x7ff0000000000000)),
            (0xc000000000000000, 0xc090cc0000000000, Ok(0x8000000000000000)),
        ];
        for &(x, y, r) in cases {
            let (fx, fy) = (f64::from_bits(x), f64::from_bits(y));
            assert_eq!(float_pow(fx, fy).map(f64::to_bits), r, "{fx} ** {fy}");
        }
        assert!(float_pow(f64::NAN, 2.0).unwrap().is_nan());
    }

    #[test]
    fn int_division_i64() {
        assert_eq!(floordiv_i64(-7, 2), Ok(PyInt::Small(-4)));
        assert_eq!(floordiv_i64(7, -2), Ok(PyInt::Small(-4)));
        assert_eq!(floordiv_i64(i64::MIN, -1), Ok(PyInt::Big(big("9223372036854775808"))));
        assert_eq!(mod_i64(-7, 2), Ok(1));
        assert_eq!(mod_i64(7, -2), Ok(-1));
        assert_eq!(mod_i64(i64::MIN, -1), Ok(0));
        assert_eq!(mod_i64(1, 0), Err(NumError::ZeroDivision("integer modulo by zero")));
        assert_eq!(floordiv_i64(1, 0), Err(NumError::ZeroDivision("integer division or modulo by zero")));
        assert_eq!(divmod_i64(-7, 3), Ok((PyInt::Small(-3), 2)));
        assert_eq!(divmod_big(&big("-7"), &big("3")), Ok((big("-3"), big("2"))));
        assert_eq!(mod_big(&big("7"), &big("-3")), Ok(big("-2")));
        assert_eq!(floordiv_big(&big("7"), &big("0")), Err(NumError::ZeroDivision(INT_DIV_ZERO)));
    }

    #[test]
    fn shifts() {
        assert_eq!(shl_i64(1, 62), Ok(PyInt::Small(1 << 62)));
        assert_eq!(shl_i64(1, 63), Ok(PyInt::Big(big("9223372036854775808"))));
        assert_eq!(shl_i64(-1, 63), Ok(PyInt::Big(big("-9223372036854775808"))));
        assert_eq!(shl_i64(-3, 2), Ok(PyInt::Small(-12)));
        assert_eq!(shl_i64(3, 100), Ok(PyInt::Big(big("3802951800684688204490109616128"))));
        assert_eq!(shl_i64(0, 1 << 62), Ok(PyInt::Small(0)));
        assert_eq!(shl_i64(1, -1), Err(NumError::Value("negative shift count")));
        assert_eq!(shr_i64(-5, 1), Ok(-3));
        assert_eq!(shr_i64(-5, 1000), Ok(-1));
        assert_eq!(shr_i64(5, 1000), Ok(0));
        assert_eq!(shr_big(&big("-5"), &(BigInt::one() << 70usize)), Ok(big("-1")));
        assert_eq!(shr_big(&big("-1267650600228229401496703205377"), &big("100")), Ok(big("-2")));
        assert_eq!(
            shl_big(&big("1"), &(BigInt::one() << 70usize)),
            Err(NumError::Overflow("too many digits in integer"))
        );
        assert_eq!(shr_big(&big("1"), &big("-1")), Err(NumError::Value("negative shift count")));
    }
}
