//! The runtime: values, the GC heap, the object model and numeric/text primitives.

pub mod dict;
pub mod float_fmt;
pub mod heap;
#[path = "int_ops_stub.rs"]
pub mod int_ops;
pub mod num;
pub mod object;
pub mod str;
#[path = "str_repr_stub.rs"]
pub mod str_repr;
pub mod types;
pub mod value;
