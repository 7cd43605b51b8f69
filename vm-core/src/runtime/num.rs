//! Numeric semantics of `int`, `bool` and `float` operators, exactly as CPython.
//!
//! Input: two numeric operands. Output: the result value or the Python error
//! CPython raises. Small ints stay on the i64 fast path; overflow moves to
//! `BigInt` transparently.

use crate::runtime::bigint::BigInt;
#[cfg(feature = "big-int")]
use num_integer::Integer;
use num_traits::ToPrimitive;
#[cfg(feature = "big-int")]
use num_traits::{Signed, Zero};

use super::int_ops;

/// A numeric operand.
#[derive(Clone, Debug)]
pub enum Num {
    /// An int in i64 range (bools included).
    Small(i64),
    /// A big int.
    Big(BigInt),
    /// A float.
    Float(f64),
}

/// A numeric error with CPython's exception class and message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumErr {
    /// `ZeroDivisionError`
    ZeroDivision(&'static str),
    /// `OverflowError`
    Overflow(&'static str),
    /// `ValueError`
    Value(&'static str),
    /// `MemoryError` (a result too big to build)
    Memory,
    /// A complex result (unsupported): `NotImplementedError`
    Complex,
    /// An exception already raised (a limit the VM charged before computing).
    Raised(super::object::PyErr),
}

impl From<int_ops::NumError> for NumErr {
    fn from(e: int_ops::NumError) -> Self {
        match e {
            int_ops::NumError::ZeroDivision(m) => NumErr::ZeroDivision(m),
            int_ops::NumError::Overflow(m) => NumErr::Overflow(m),
            int_ops::NumError::Value(m) if m == int_ops::COMPLEX_RESULT => NumErr::Complex,
            int_ops::NumError::Value(m) => NumErr::Value(m),
        }
    }
}

/// The numeric result: an int (normalized by the caller) or a float.
#[derive(Clone, Debug)]
pub enum NumResult {
    /// A small int.
    Small(i64),
    /// A big int (may fit in i64; the caller normalizes).
    Big(BigInt),
    /// A float.
    Float(f64),
}

/// Bits a big result may have before it is refused as a `MemoryError`.
pub const MAX_INT_BITS: u64 = 1 << 31;

impl Num {
    /// As a BigInt (ints only; a float is 0). Without big ints, an
    /// `OverflowError`: the callers are the paths whose result may leave
    /// `i64`.
    pub fn to_big(&self) -> Result<BigInt, NumErr> {
        match self {
            #[cfg(feature = "big-int")]
            Num::Small(i) => Ok(BigInt::from(*i)),
            #[cfg(feature = "big-int")]
            Num::Float(_) => Ok(BigInt::zero()),
            #[cfg(not(feature = "big-int"))]
            Num::Small(_) | Num::Float(_) => Err(NumErr::Overflow(super::bigint::NO_BIG_INT)),
            Num::Big(b) => Ok(b.clone()),
        }
    }

    /// As a float, with CPython's overflow error.
    pub fn to_f64(&self) -> Result<f64, NumErr> {
        match self {
            Num::Small(i) => Ok(*i as f64),
            Num::Big(b) => Ok(int_ops::bigint_to_f64(b)?),
            Num::Float(f) => Ok(*f),
        }
    }

    fn is_float(&self) -> bool {
        matches!(self, Num::Float(_))
    }
}

/// `a + b`, `a - b`, `a * b` for ints and floats.
pub fn add(a: &Num, b: &Num) -> Result<NumResult, NumErr> {
    arith(a, b, |x, y| x.checked_add(y), |x, y| x + y, |x, y| x + y)
}

/// `a - b`.
pub fn sub(a: &Num, b: &Num) -> Result<NumResult, NumErr> {
    arith(a, b, |x, y| x.checked_sub(y), |x, y| x - y, |x, y| x - y)
}

/// `a * b`.
pub fn mul(a: &Num, b: &Num) -> Result<NumResult, NumErr> {
    arith(a, b, |x, y| x.checked_mul(y), |x, y| x * y, |x, y| x * y)
}

fn arith(
    a: &Num,
    b: &Num,
    small: fn(i64, i64) -> Option<i64>,
    big: fn(BigInt, BigInt) -> BigInt,
    float: fn(f64, f64) -> f64,
) -> Result<NumResult, NumErr> {
    if a.is_float() || b.is_float() {
        return Ok(NumResult::Float(float(a.to_f64()?, b.to_f64()?)));
    }
    if let (Num::Small(x), Num::Small(y)) = (a, b) {
        if let Some(r) = small(*x, *y) {
            return Ok(NumResult::Small(r));
        }
    }
    Ok(NumResult::Big(big(a.to_big()?, b.to_big()?)))
}

/// `a / b`.
pub fn true_div(a: &Num, b: &Num) -> Result<NumResult, NumErr> {
    if a.is_float() || b.is_float() {
        let (x, y) = (a.to_f64()?, b.to_f64()?);
        if y == 0.0 {
            return Err(NumErr::ZeroDivision("float division by zero"));
        }
        return Ok(NumResult::Float(x / y));
    }
    if let (Num::Small(x), Num::Small(y)) = (a, b) {
        if *y == 0 {
            return Err(NumErr::ZeroDivision("division by zero"));
        }
        return Ok(NumResult::Float(int_ops::i64_true_div(*x, *y)?));
    }
    let (x, y) = (a.to_big()?, b.to_big()?);
    if y.is_zero() {
        return Err(NumErr::ZeroDivision("division by zero"));
    }
    Ok(NumResult::Float(int_ops::int_true_div(&x, &y)?))
}

/// `a // b`.
pub fn floor_div(a: &Num, b: &Num) -> Result<NumResult, NumErr> {
    if a.is_float() || b.is_float() {
        return Ok(NumResult::Float(int_ops::float_floordiv(a.to_f64()?, b.to_f64()?)?));
    }
    if let (Num::Small(x), Num::Small(y)) = (a, b) {
        return Ok(match int_ops::floordiv_i64(*x, *y)? {
            int_ops::PyInt::Small(q) => NumResult::Small(q),
            int_ops::PyInt::Big(q) => NumResult::Big(q),
        });
    }
    let (x, y) = (a.to_big()?, b.to_big()?);
    Ok(NumResult::Big(int_ops::floordiv_big(&x, &y)?))
}

/// `a % b`.
pub fn modulo(a: &Num, b: &Num) -> Result<NumResult, NumErr> {
    if a.is_float() || b.is_float() {
        return Ok(NumResult::Float(int_ops::float_mod(a.to_f64()?, b.to_f64()?)?));
    }
    if let (Num::Small(x), Num::Small(y)) = (a, b) {
        return Ok(NumResult::Small(int_ops::mod_i64(*x, *y)?));
    }
    let (x, y) = (a.to_big()?, b.to_big()?);
    Ok(NumResult::Big(int_ops::mod_big(&x, &y)?))
}

/// `a ** b` (two-argument).
pub fn power(a: &Num, b: &Num) -> Result<NumResult, NumErr> {
    if !a.is_float() && !b.is_float() {
        let neg_exp = match b {
            Num::Small(e) => *e < 0,
            Num::Big(e) => e.is_negative(),
            Num::Float(_) => false,
        };
        // Without big ints both operands are small here.
        #[cfg(not(feature = "big-int"))]
        if let (false, Num::Small(x), Num::Small(e)) = (neg_exp, a, b) {
            let e = *e;
            return match *x {
                0 | 1 => Ok(NumResult::Small(if e == 0 { 1 } else { *x })),
                -1 => Ok(NumResult::Small(if e & 1 == 1 { -1 } else { 1 })),
                x => u32::try_from(e)
                    .ok()
                    .and_then(|e| x.checked_pow(e))
                    .map(NumResult::Small)
                    .ok_or(NumErr::Overflow(super::bigint::NO_BIG_INT)),
            };
        }
        #[cfg(feature = "big-int")]
        if !neg_exp {
            let base = a.to_big()?;
            // Trivial bases never grow.
            if let Some(bs) = base.to_i64() {
                if bs == 0 || bs == 1 {
                    let zero_exp = match b {
                        Num::Small(e) => *e == 0,
                        _ => b.to_big()?.is_zero(),
                    };
                    return Ok(NumResult::Small(if zero_exp { 1 } else { bs }));
                }
                if bs == -1 {
                    let odd = b.to_big()?.is_odd();
                    return Ok(NumResult::Small(if odd { -1 } else { 1 }));
                }
            }
            let Some(e) = b.to_big()?.to_u64() else { return Err(NumErr::Memory) };
            if base.bits().saturating_mul(e) > MAX_INT_BITS {
                return Err(NumErr::Memory);
            }
            if let (Num::Small(x), true) = (a, e <= u32::MAX as u64) {
                if let Some(r) = x.checked_pow(e as u32) {
                    return Ok(NumResult::Small(r));
                }
            }
            return Ok(NumResult::Big(num_traits::Pow::pow(base, e)));
        }
    }
    let (x, y) = (a.to_f64()?, b.to_f64()?);
    float_pow(x, y).map(NumResult::Float)
}

/// Float `**` with CPython's special cases, correctly rounded.
pub fn float_pow(x: f64, y: f64) -> Result<f64, NumErr> {
    // Exponents whose correctly rounded result is one IEEE operation.
    if x.is_finite() && x > 0.0 {
        if y == 0.5 {
            return Ok(libm::sqrt(x));
        }
        if y == 2.0 {
            let r = x * x;
            if r.is_finite() {
                return Ok(r);
            }
        }
        if y == 1.0 {
            return Ok(x);
        }
        if y == -1.0 {
            return Ok(1.0 / x);
        }
    }
    Ok(int_ops::float_pow(x, y)?)
}

/// `<<`, `>>`, `&`, `|`, `^` on ints; `op` is one of `"<<" ">>" "&" "|" "^"`.
pub fn bitwise(op: &str, a: &Num, b: &Num) -> Result<NumResult, NumErr> {
    match op {
        "<<" | ">>" => {
            let neg = match b {
                Num::Small(s) => *s < 0,
                Num::Big(s) => s.is_negative(),
                Num::Float(_) => false,
            };
            if neg {
                return Err(NumErr::Value("negative shift count"));
            }
            if op == ">>" {
                let Some(s) = shift_count(b) else {
                    let neg = match a {
                        Num::Small(x) => *x < 0,
                        Num::Big(x) => x.is_negative(),
                        Num::Float(_) => false,
                    };
                    return Ok(NumResult::Small(if neg { -1 } else { 0 }));
                };
                if let Num::Small(x) = a {
                    return Ok(NumResult::Small(if s >= 64 {
                        if *x < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        x >> s
                    }));
                }
                // Floor semantics: BigInt's >> rounds toward negative infinity.
                return Ok(NumResult::Big(a.to_big()? >> s as usize));
            }
            if matches!(a, Num::Small(0) | Num::Float(_)) {
                return Ok(NumResult::Small(0));
            }
            let Some(s) = shift_count(b) else { return Err(NumErr::Memory) };
            if let Num::Small(xs) = a {
                if s < 63 {
                    if let Some(r) = xs.checked_mul(1i64 << s) {
                        return Ok(NumResult::Small(r));
                    }
                }
            }
            let x = a.to_big()?;
            if x.bits().saturating_add(s) > MAX_INT_BITS {
                return Err(NumErr::Memory);
            }
            Ok(NumResult::Big(x << s as usize))
        }
        _ => {
            if let (Num::Small(x), Num::Small(y)) = (a, b) {
                return Ok(NumResult::Small(match op {
                    "&" => x & y,
                    "|" => x | y,
                    _ => x ^ y,
                }));
            }
            let (x, y) = (a.to_big()?, b.to_big()?);
            Ok(NumResult::Big(match op {
                "&" => x & y,
                "|" => x | y,
                _ => x ^ y,
            }))
        }
    }
}

/// A non-negative shift count as `u64`, `None` when it does not fit (a
/// float counts as 0: callers pass ints).
fn shift_count(b: &Num) -> Option<u64> {
    match b {
        Num::Small(s) => u64::try_from(*s).ok(),
        Num::Big(s) => s.to_u64(),
        Num::Float(_) => Some(0),
    }
}

/// Compares two numbers exactly (int vs float compares the true values);
/// `None` when a NaN is involved.
pub fn compare(a: &Num, b: &Num) -> Option<core::cmp::Ordering> {
    use core::cmp::Ordering;
    match (a, b) {
        (Num::Small(x), Num::Small(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Float(x), other) => compare(other, &Num::Float(*x)).map(Ordering::reverse),
        (Num::Small(i), Num::Float(f)) => int_ops::cmp_i64_float(*i, *f),
        (Num::Big(i), Num::Float(f)) => int_ops::cmp_int_float(i, *f),
        (x, y) => match (x.to_big(), y.to_big()) {
            (Ok(x), Ok(y)) => Some(x.cmp(&y)),
            _ => None,
        },
    }
}
