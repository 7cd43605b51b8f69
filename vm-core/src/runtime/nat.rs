//! Unsigned big naturals for float text conversions.
//!
//! A double's exact decimal expansion (`m * 2**e`, or `m * 5**k` digits
//! with the point `k` places in) and exact decimal-to-double parsing
//! (`digits * 10**e` divided down to 64 bits) need integers of up to about
//! 3,600 bits, but only multiplication by a small factor, shifts,
//! comparison, subtraction and division by a small divisor. This is that,
//! on `u32` limbs, so float formatting does not depend on the optional
//! big-int library (vm-core's `big-int` feature).

use alloc::vec::Vec;
use core::cmp::Ordering;

/// A natural number: little-endian `u32` limbs without high zero limbs
/// (zero has none).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Nat {
    limbs: Vec<u32>,
}

impl Nat {
    /// `v` as a natural.
    pub fn from_u64(v: u64) -> Nat {
        let mut n = Nat { limbs: alloc::vec![v as u32, (v >> 32) as u32] };
        n.trim();
        n
    }

    fn trim(&mut self) {
        while self.limbs.last() == Some(&0) {
            self.limbs.pop();
        }
    }

    /// Whether the value is zero.
    pub fn is_zero(&self) -> bool {
        self.limbs.is_empty()
    }

    /// The number of significant bits (0 for zero).
    pub fn bits(&self) -> u64 {
        match self.limbs.last() {
            None => 0,
            Some(&top) => (self.limbs.len() as u64 - 1) * 32 + u64::from(32 - top.leading_zeros()),
        }
    }

    /// `self = self * f + add`.
    pub fn mul_add_small(&mut self, f: u32, add: u32) {
        let mut carry = u64::from(add);
        for l in self.limbs.iter_mut() {
            let t = u64::from(*l) * u64::from(f) + carry;
            *l = t as u32;
            carry = t >> 32;
        }
        if carry != 0 {
            self.limbs.push(carry as u32);
        }
        self.trim();
    }

    /// `self = self * 5**k`.
    pub fn mul_pow5(&mut self, mut k: u32) {
        // 5**13 is the largest power of five in a u32.
        const FIVE_13: u32 = 1_220_703_125;
        while k >= 13 {
            self.mul_add_small(FIVE_13, 0);
            k -= 13;
        }
        self.mul_add_small(5u32.pow(k), 0);
    }

    /// `self = self * 10**k`.
    pub fn mul_pow10(&mut self, k: u32) {
        self.mul_pow5(k);
        self.shl(u64::from(k));
    }

    /// `self = self << n`.
    pub fn shl(&mut self, n: u64) {
        if self.is_zero() {
            return;
        }
        let bits = (n % 32) as u32;
        if bits != 0 {
            let mut carry = 0u32;
            for l in self.limbs.iter_mut() {
                let v = *l;
                *l = (v << bits) | carry;
                carry = v >> (32 - bits);
            }
            if carry != 0 {
                self.limbs.push(carry);
            }
        }
        let words = (n / 32) as usize;
        if words != 0 {
            self.limbs.splice(0..0, core::iter::repeat_n(0, words));
        }
    }

    fn shr1(&mut self) {
        let mut carry = 0u32;
        for l in self.limbs.iter_mut().rev() {
            let v = *l;
            *l = (v >> 1) | (carry << 31);
            carry = v & 1;
        }
        self.trim();
    }

    fn cmp_nat(&self, o: &Nat) -> Ordering {
        self.limbs.len().cmp(&o.limbs.len()).then_with(|| self.limbs.iter().rev().cmp(o.limbs.iter().rev()))
    }

    /// `self = self - o`; `o` must not be greater than `self`.
    fn sub_assign(&mut self, o: &Nat) {
        let mut borrow = 0u64;
        let mut rhs = o.limbs.iter();
        for l in self.limbs.iter_mut() {
            let s = u64::from(rhs.next().copied().unwrap_or(0)) + borrow;
            let (v, under) = u64::from(*l).overflowing_sub(s);
            *l = v as u32;
            borrow = u64::from(under);
        }
        self.trim();
    }

    /// `self = self / d`, returning the remainder (`d` nonzero).
    fn div_rem_small(&mut self, d: u32) -> u32 {
        let d = u64::from(d.max(1));
        let mut rem = 0u64;
        for l in self.limbs.iter_mut().rev() {
            let cur = (rem << 32) | u64::from(*l);
            *l = (cur / d) as u32;
            rem = cur % d;
        }
        self.trim();
        rem as u32
    }

    /// The decimal digits, as ASCII, without leading zeros (`"0"` for zero).
    pub fn to_decimal(&self) -> Vec<u8> {
        if self.is_zero() {
            return alloc::vec![b'0'];
        }
        // Nine digits at a time, least significant first.
        let mut n = self.clone();
        let mut chunks = Vec::new();
        while !n.is_zero() {
            chunks.push(n.div_rem_small(1_000_000_000));
        }
        let mut out = Vec::with_capacity(chunks.len() * 9);
        for (i, &c) in chunks.iter().rev().enumerate() {
            let mut buf = [b'0'; 9];
            let mut v = c;
            for b in buf.iter_mut().rev() {
                *b = b'0' + (v % 10) as u8;
                v /= 10;
            }
            let skip = if i == 0 { buf.iter().take_while(|&&b| b == b'0').count() } else { 0 };
            out.extend(buf.iter().skip(skip));
        }
        out
    }

    /// `(floor(self / den), remainder != 0)` when the quotient fits in 128
    /// bits; `None` when it does not or `den` is zero.
    pub fn div_u128(mut self, den: &Nat) -> Option<(u128, bool)> {
        if den.is_zero() {
            return None;
        }
        let (nb, db) = (self.bits(), den.bits());
        if nb < db {
            return Some((0, !self.is_zero()));
        }
        let shift = nb - db;
        if shift >= 128 {
            return None;
        }
        // Binary long division, one quotient bit per step.
        let mut d = den.clone();
        d.shl(shift);
        let mut q: u128 = 0;
        for _ in 0..=shift {
            q <<= 1;
            if self.cmp_nat(&d) != Ordering::Less {
                self.sub_assign(&d);
                q |= 1;
            }
            d.shr1();
        }
        Some((q, !self.is_zero()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(n: &Nat) -> alloc::string::String {
        alloc::string::String::from_utf8(n.to_decimal()).unwrap()
    }

    #[test]
    fn arithmetic() {
        let mut n = Nat::from_u64(0);
        assert_eq!(dec(&n), "0");
        n.shl(100);
        assert!(n.is_zero());
        let mut n = Nat::from_u64(1);
        n.shl(64);
        assert_eq!(dec(&n), "18446744073709551616");
        assert_eq!(n.bits(), 65);
        let mut n = Nat::from_u64(3);
        n.mul_pow10(30);
        assert_eq!(dec(&n), "3000000000000000000000000000000");
        let mut n = Nat::from_u64(1);
        n.mul_pow5(27);
        assert_eq!(dec(&n), "7450580596923828125");
        let mut n = Nat::from_u64(123);
        n.mul_add_small(10, 4);
        assert_eq!(dec(&n), "1234");
        let mut num = Nat::from_u64(u64::MAX);
        num.shl(60);
        let den = Nat::from_u64(3);
        let (q, rest) = num.clone().div_u128(&den).unwrap();
        assert_eq!(q, (u128::from(u64::MAX) << 60) / 3);
        assert_eq!(rest, (u128::from(u64::MAX) << 60) % 3 != 0);
        assert_eq!(Nat::from_u64(7).div_u128(&Nat::from_u64(7)), Some((1, false)));
        assert_eq!(Nat::from_u64(5).div_u128(&Nat::from_u64(7)), Some((0, true)));
        assert_eq!(Nat::from_u64(5).div_u128(&Nat::default()), None);
        let mut big = Nat::from_u64(1);
        big.shl(200);
        assert_eq!(big.div_u128(&Nat::from_u64(1)), None);
    }
}
