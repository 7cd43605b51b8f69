//! `math.gamma` and `math.lgamma` as CPython 3.11 computes them (its own
//! code, not the C library's): the Lanczos approximation with g =
//! 6.024680040776729583740234375 and N = 13 terms (a rational function
//! whose numerator and denominator coefficients are the published ones),
//! the reflection formula for negative arguments, and exact table values
//! for the positive integers up to 23. Every step is done in the same
//! order with the same elementary functions (`exp`, `pow`, `log`, `sin`,
//! `cos`, all correctly rounded here as in glibc), so the results carry
//! the same bits as CPython's on Linux.
//!
//! Errors are returned as `Err(true)` for a domain error (`ValueError`)
//! and `Err(false)` for a range error (`OverflowError`).

#![allow(clippy::excessive_precision, clippy::unreadable_literal)]

use crate::runtime::{fmath, fmod, ftrig};

const PI: f64 = core::f64::consts::PI;
/// `ln(pi)`.
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;

/// Numerator coefficients of the Lanczos sum, constant term first.
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];

/// Denominator coefficients: those of `x*(x+1)*...*(x+11)`, constant first.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// `gamma(n) = (n-1)!` for `n` in `1..=23`, all exact doubles.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// The Lanczos sum for `x > 0`: Horner in `x` below 5, else in `1/x`
/// (both polynomials scaled by `x**-12`, which keeps them finite).
#[allow(clippy::indexing_slicing)] // i < 13, the tables' length
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)` for finite `x`, reduced exactly to `[0, 2)` first so the
/// zeros at the integers come out exact.
fn sinpi(x: f64) -> f64 {
    let y = fmod::fmod(x.abs(), 2.0);
    let r = match libm::round(2.0 * y) as i32 {
        0 => ftrig::sin(PI * y),
        1 => ftrig::cos(PI * (y - 0.5)),
        // Not -sin(pi*(y-1)), which gives -0.0 at y == 1.
        2 => ftrig::sin(PI * (1.0 - y)),
        3 => -ftrig::cos(PI * (y - 1.5)),
        _ => ftrig::sin(PI * (y - 2.0)),
    };
    libm::copysign(1.0, x) * r
}

/// `gamma(x)`; `Err(true)` is a domain error, `Err(false)` an overflow.
pub(super) fn gamma(x: f64) -> Result<f64, bool> {
    if !x.is_finite() {
        // gamma(nan) = nan, gamma(inf) = inf, gamma(-inf) is invalid.
        return if x.is_nan() || x > 0.0 { Ok(x) } else { Err(true) };
    }
    if x == 0.0 {
        return Err(true); // a pole
    }
    if x == libm::floor(x) {
        if x < 0.0 {
            return Err(true);
        }
        if x <= 23.0 {
            // x is an integer in 1..=23 here.
            return Ok(GAMMA_INTEGRAL.get(x as usize - 1).copied().unwrap_or(f64::NAN));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(false) } else { Ok(r) };
    }
    if absx > 200.0 {
        // Overflows above 200; underflows to a signed zero below -200.
        return if x < 0.0 { Ok(0.0 / sinpi(x)) } else { Err(false) };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, computed exactly.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / sinpi(absx) / absx * fmath::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= fmath::pow(y, absx - 0.5);
        } else {
            let sqrtpow = fmath::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / fmath::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= fmath::pow(y, absx - 0.5);
        } else {
            let sqrtpow = fmath::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    if r.is_infinite() {
        return Err(false);
    }
    Ok(r)
}

/// `lgamma(x)` (the log of `|gamma(x)|`); errors as for `gamma`.
pub(super) fn lgamma(x: f64) -> Result<f64, bool> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == libm::floor(x) && x <= 2.0 {
        // Poles at 0, -1, -2, ...; lgamma(1) = lgamma(2) = 0.
        return if x <= 0.0 { Err(true) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-fmath::log(absx));
    }
    let mut r = fmath::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (fmath::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = LOG_PI - fmath::log(sinpi(absx).abs()) - fmath::log(absx) - r;
    }
    if r.is_infinite() {
        return Err(false);
    }
    Ok(r)
}
