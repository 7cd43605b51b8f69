//! The integers beyond `i64` behind Python's `int`.
//!
//! With the `big-int` feature (a default) these are num-bigint's types and
//! ints are unbounded, as in CPython. Without it there are no big ints:
//! [`BigInt`] and [`BigUint`] are uninhabited, so every path that handles
//! one compiles to nothing, and every operation whose result would leave
//! `i64` raises `OverflowError` with [`NO_BIG_INT`] instead (a firmware
//! image saves num-bigint and the int paths around it, about 30 KB on a
//! Cortex-M4).

#[cfg(feature = "big-int")]
pub use num_bigint::{BigInt, BigUint, Sign};

#[cfg(not(feature = "big-int"))]
pub use absent::{BigInt, BigUint, Sign};

/// The `OverflowError` message of an int result outside `i64` when big
/// ints are left out.
pub const NO_BIG_INT: &str = "int too large: ouro was built without the big-int feature (ints are 64-bit)";

/// Whether this build has big ints (the `big-int` feature).
pub const ENABLED: bool = cfg!(feature = "big-int");

#[cfg(not(feature = "big-int"))]
mod absent {
    //! Uninhabited stand-ins: no value of these types can exist, so each
    //! method is an empty match the compiler removes with its callers.

    use alloc::string::String;

    /// No big int exists in this build.
    #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum BigInt {}

    /// No big natural exists in this build.
    #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum BigUint {}

    /// The sign of a big int (as num-bigint's).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Sign {
        /// Negative.
        Minus,
        /// Zero.
        NoSign,
        /// Positive.
        Plus,
    }

    impl core::fmt::Display for BigInt {
        fn fmt(&self, _: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match *self {}
        }
    }

    /// Methods of both types that take or give only what exists here.
    macro_rules! never {
        ($ty:ty: $($name:ident($($arg:ident: $at:ty),*) -> $ret:ty;)*) => {
            impl $ty {
                $(
                    /// Never called: no value exists.
                    pub fn $name(&self, $($arg: $at),*) -> $ret {
                        $(let _ = $arg;)*
                        match *self {}
                    }
                )*
            }
        };
    }

    never! {BigInt:
        sign() -> Sign;
        magnitude() -> &BigUint;
        is_negative() -> bool;
        is_positive() -> bool;
        is_zero() -> bool;
        is_odd() -> bool;
        bits() -> u64;
        to_str_radix(radix: u32) -> String;
        div_floor(o: &BigInt) -> BigInt;
        mod_floor(o: &BigInt) -> BigInt;
        div_mod_floor(o: &BigInt) -> (BigInt, BigInt);
        abs() -> BigInt;
    }

    never! {BigUint:
        bits() -> u64;
        is_one() -> bool;
        is_zero() -> bool;
        bit(i: u64) -> bool;
        trailing_zeros() -> Option<u64>;
        to_str_radix(radix: u32) -> String;
        to_u64_digits() -> alloc::vec::Vec<u64>;
        div_rem(o: &BigUint) -> (BigUint, BigUint);
        iter_u64_digits() -> core::iter::Empty<u64>;
    }

    /// Binary operators with a big operand on the left: never evaluated.
    macro_rules! never_ops {
        ($ty:ty: $($tr:ident $m:ident $rhs:ty;)*) => {
            $(
                impl core::ops::$tr<$rhs> for $ty {
                    type Output = $ty;
                    fn $m(self, _: $rhs) -> $ty {
                        match self {}
                    }
                }
                impl core::ops::$tr<$rhs> for &$ty {
                    type Output = $ty;
                    fn $m(self, _: $rhs) -> $ty {
                        match *self {}
                    }
                }
            )*
        };
    }

    never_ops! {BigInt:
        Add add BigInt; Add add &BigInt; Sub sub BigInt; Sub sub &BigInt;
        Mul mul BigInt; Mul mul &BigInt; BitAnd bitand BigInt; BitOr bitor BigInt;
        BitXor bitxor BigInt; Shl shl usize; Shr shr usize; Mul mul i32;
    }
    never_ops! {BigUint: Shl shl usize; Shr shr usize;}

    impl num_traits::ToPrimitive for BigInt {
        fn to_i64(&self) -> Option<i64> {
            match *self {}
        }
        fn to_u64(&self) -> Option<u64> {
            match *self {}
        }
    }

    impl num_traits::ToPrimitive for BigUint {
        fn to_i64(&self) -> Option<i64> {
            match *self {}
        }
        fn to_u64(&self) -> Option<u64> {
            match *self {}
        }
    }

    impl core::ops::Neg for BigInt {
        type Output = BigInt;
        fn neg(self) -> BigInt {
            match self {}
        }
    }

    impl core::ops::Neg for &BigInt {
        type Output = BigInt;
        fn neg(self) -> BigInt {
            match *self {}
        }
    }

    impl BigInt {
        /// Never called: no big natural exists.
        pub fn from_biguint(_: Sign, mag: BigUint) -> BigInt {
            match mag {}
        }
    }
}

/// Scripts run by a build without big ints: what fits in `i64` is exact
/// (CPython prints the same), what does not is `OverflowError`.
#[cfg(test)]
#[cfg(all(feature = "compiler", not(feature = "big-int")))]
mod tests {
    use crate::vm::{BufferHost, Vm, VmConfig};

    fn run(src: &str) -> alloc::string::String {
        let mut vm = Vm::new(VmConfig::default(), alloc::boxed::Box::new(BufferHost::default()));
        let result = vm.run_source(src, "<test>");
        let mut out = vm.take_buffered_stdout().unwrap_or_default();
        if let Err(e) = result {
            out.push_str(&alloc::format!("{e}\n"));
        }
        out
    }

    #[test]
    fn small_ints_stay_exact() {
        let src = r#"
big = 9223372036854775807
low = -9223372036854775807 - 1
print(2**62, low, big + 0, -9223372036854775808, ~low)
print(7 // 2, -7 // 2, 7 % -3, divmod(-7, 2), 1 << 62, -1 >> 100, (1 << 62) >> 3, big >> 70)
print(9007199254740993 / 3, big / 7, -(2**62) / 3, low / -1, 1 / big)
print(pow(3, 200, 1000000007), pow(-3, 5, -7), pow(3, -1, 7), pow(big, big, low), pow(2, 10**18, 10**9 + 7))
print(round(15, -1), round(-25, -1), round(123456789, -20), round(low, -18), round(2.5), round(-3.5))
print(int("9223372036854775807"), int("-9223372036854775808"), int("-0x8000000000000000", 16), int(-9.2e18), int(1e18))
print(hex(low), bin(5), oct(-8), hex(big))
print(float(2**62), 1e300 > 2**62, 2**53 + 1 == 2.0**53, 12345678901234567 < 1.2345678901234568e16, big == 2.0**63, low == -2.0**63)
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), hash(big), hash(low), hash(2**61))
print('%.20f' % 0.1, format(1e22, 'f'), float('1.7976931348623157e308'), repr(5e-324), '%.3e' % 2.5e-300)
print(float('0.1000000000000000055511151231257827021181583404541015625'), float('2.2250738585072011e-308'))
"#;
        let want =
            "4611686018427387904 -9223372036854775808 9223372036854775807 -9223372036854775808 9223372036854775807\n\
3 -4 -2 (-4, 1) 4611686018427387904 -1 576460752303423488 0\n\
3002399751580331.0 1.3176245766935393e+18 -1.5372286728091292e+18 9.223372036854776e+18 1.0842021724855044e-19\n\
136318165 -5 5 -1 719476260\n\
20 -20 0 -9000000000000000000 2 -4\n\
9223372036854775807 -9223372036854775808 -9223372036854775808 -9200000000000000000 1000000000000000000\n\
-0x8000000000000000 0b101 -0o10 0x7fffffffffffffff\n\
4.611686018427388e+18 True False True False True\n\
(3, 2) (3602879701896397, 36028797018963968) 3 -4 1\n\
0.10000000000000000555 10000000000000000000000.000000 1.7976931348623157e+308 5e-324 2.500e-300\n\
0.1 2.225073858507201e-308\n";
        assert_eq!(run(src), want);
    }

    #[test]
    fn big_results_are_overflow_errors() {
        let src = r#"
big = 9223372036854775807
low = -big - 1
cases = [
    lambda: big + 1, lambda: low - 1, lambda: big * 2, lambda: -low, lambda: abs(low), lambda: low // -1,
    lambda: 1 << 63, lambda: 2 ** 63, lambda: 3 ** 41, lambda: int("9223372036854775808"),
    lambda: int(1e19), lambda: round(big, -1), lambda: (1e300).as_integer_ratio(), lambda: round(1e300),
    lambda: (2.0**100).as_integer_ratio(), lambda: (2.0**-70).as_integer_ratio(),
]
for f in cases:
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e)
"#;
        let line = "OverflowError: int too large: ouro was built without the big-int feature (ints are 64-bit)\n";
        assert_eq!(run(src), line.repeat(16));
        let lit = run("print(9223372036854775808)");
        assert!(lit.contains("without the big-int feature"), "{lit}");
        assert_eq!(
            run("print(-9223372036854775808, 0x7fffffffffffffff)"),
            "-9223372036854775808 9223372036854775807\n"
        );
        assert_eq!(
            run("print((2.0**-62).as_integer_ratio(), (2.0**62).as_integer_ratio(), (-0.375).as_integer_ratio())"),
            "(1, 4611686018427387904) (4611686018427387904, 1) (-3, 8)\n"
        );
    }
}
