//! `fmod` for doubles (input: `x`, `y`; output: `x - n*y` for the integer
//! `n` that is `x/y` truncated, which is always exact, with `x`'s sign).
//!
//! The significands are integers below 2**53, so the remainder of
//! `mx * 2**(ex - ey)` by `my` is taken with 64-bit integer remainders,
//! shifting in eleven bits of the exponent difference at a time (a
//! remainder below 2**53 shifted by eleven still fits 64 bits): at most
//! about 190 steps for the widest difference. It replaces libm's generic
//! `fmod`, which is several times larger on 32-bit targets; the results
//! are the same (a unit test compares them).

/// The bits below a double's exponent field.
const FRACTION: u64 = (1 << 52) - 1;
/// The bits of an infinity; above them, NaNs.
const INFINITY: u64 = 0x7ff0_0000_0000_0000;

/// `|x| = m * 2**e` with `m` in `[2**52, 2**53)`, for the bits of a
/// finite, nonzero, non-negative double.
fn unpack(bits: u64) -> (u64, i32) {
    let biased = (bits >> 52) as i32;
    if biased == 0 {
        let shift = bits.leading_zeros() as i32 - 11;
        (bits << shift, -1074 - shift)
    } else {
        ((bits & FRACTION) | (1 << 52), biased - 1075)
    }
}

/// The double `m * 2**e` for `0 < m < 2**53`, exact: the caller's value is
/// a multiple of the smallest subnormal.
fn pack(m: u64, e: i32) -> u64 {
    let shift = m.leading_zeros() as i32 - 11;
    let (m, e) = (m << shift, e - shift);
    if e >= -1074 {
        (((e + 1075) as u64) << 52) | (m & FRACTION)
    } else {
        m >> (-1074 - e)
    }
}

/// C's `fmod(x, y)`: NaN when either is NaN, `x` is infinite or `y` is
/// zero; `x` when `|x| < |y|` (an infinite `y` included).
pub fn fmod(x: f64, y: f64) -> f64 {
    let (bx, by) = (x.to_bits(), y.to_bits());
    let sign = bx & (1 << 63);
    let (ax, ay) = (bx & !(1 << 63), by & !(1 << 63));
    if ax >= INFINITY || ay > INFINITY || ay == 0 {
        // The NaN libm computes (its sign is the target's default NaN's,
        // which `math.copysign` can see).
        #[allow(clippy::eq_op)]
        return (x * y) / (x * y);
    }
    if ax < ay {
        return x;
    }
    let (mx, ex) = unpack(ax);
    let (my, ey) = unpack(ay);
    // |x| >= |y| with both normalized: ex >= ey.
    let mut r = mx % my;
    let mut gap = ex - ey;
    while gap > 0 && r != 0 {
        let step = gap.min(11);
        r = (r << step) % my;
        gap -= step;
    }
    if r == 0 {
        return f64::from_bits(sign);
    }
    f64::from_bits(sign | pack(r, ey))
}

#[cfg(test)]
mod tests {
    use super::fmod;

    fn same(x: f64, y: f64) {
        let (got, want) = (fmod(x, y), libm::fmod(x, y));
        assert_eq!(got.to_bits(), want.to_bits(), "fmod({x:e}, {y:e}) = {got:e}, libm {want:e}");
    }

    /// Against libm's fmod: special values, subnormals, random bit
    /// patterns and random pairs of nearby magnitudes.
    #[test]
    fn matches_libm() {
        let specials = [
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.5,
            3.0,
            -7.0,
            1e300,
            -1e-300,
            5e-324,
            -5e-324,
            2.2250738585072014e-308,
            2.225073858507201e-308,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            9007199254740993.0,
            0.1,
        ];
        for &x in &specials {
            for &y in &specials {
                same(x, y);
            }
        }
        let mut s = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        };
        for _ in 0..200_000 {
            same(f64::from_bits(next()), f64::from_bits(next()));
            let (a, b) = (next(), next());
            // Nearby exponents: the common case of `%`.
            let y = f64::from_bits(b);
            let x = f64::from_bits((a & !(0x7ff << 52)) | ((b >> 52 & 0x7ff).saturating_add(a % 80) << 52));
            same(x, y);
            // Small and subnormal magnitudes.
            same(f64::from_bits(a >> (a % 12)), f64::from_bits(b >> 12));
        }
    }
}
