//! The runtime: values, the GC heap, the object model and numeric/text primitives.

pub mod bigint;
pub mod bytes;
pub mod complex;
pub mod dict;
pub mod float_fmt;
pub mod fmath;
mod fmath_tables;
pub mod fmod;
pub mod ftrig;
mod ftrig_tables;
pub mod heap;
pub mod int_ops;
pub mod layout;
pub mod mangle;
pub mod nat;
pub mod num;
pub mod object;
pub mod set;
pub mod str;
pub mod str_repr;
pub mod str_search;
pub mod types;
pub mod value;
pub mod value_vec;
#[cfg(feature = "mod-weakref")]
pub mod weak;
