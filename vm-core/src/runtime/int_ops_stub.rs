//! TEMPORARY stub (replaced by int_ops.rs).
#![allow(missing_docs, clippy::all)]
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero, Signed};
#[derive(Clone, Copy, Debug)]
pub enum NumError { ZeroDivision(&'static str), Overflow(&'static str), Value(&'static str) }
pub fn bigint_to_f64(b: &BigInt) -> Result<f64, NumError> { b.to_f64().filter(|f| f.is_finite()).ok_or(NumError::Overflow("int too large to convert to float")) }
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, NumError> { Ok(a.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(1.0)) }
pub fn f64_to_bigint(f: f64) -> Result<BigInt, NumError> { if f.is_nan() { return Err(NumError::Value("cannot convert float NaN to integer")) } if f.is_infinite() { return Err(NumError::Overflow("cannot convert float infinity to integer")) } Ok(num_traits::FromPrimitive::from_f64(f).unwrap_or_default()) }
pub fn hash_i64(i: i64) -> i64 { if i == -1 { -2 } else { i } }
pub fn hash_f64(f: f64) -> i64 { if f == (f as i64) as f64 { hash_i64(f as i64) } else { f.to_bits() as i64 >> 3 } }
pub fn hash_int(b: &BigInt) -> i64 { let m = BigInt::from((1u64 << 61) - 1); let r = (b.abs() % &m).to_i64().unwrap_or(0); let r = if b.is_negative() { -r } else { r }; if r == -1 { -2 } else { r } }
pub fn pow_mod(b: &BigInt, e: &BigInt, m: &BigInt) -> Result<BigInt, NumError> { if m.is_zero() { return Err(NumError::Value("pow() 3rd argument cannot be 0")) } Ok(b.modpow(e, m)) }
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> { let t = s.trim().replace('_', ""); BigInt::parse_bytes(t.as_bytes(), if base == 0 { 10 } else { base }) }
