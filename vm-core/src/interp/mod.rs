//! Tier 1: the interpreter — frames, the eval loop, calls, operators,
//! attributes, subscripts and iteration.

#[cfg(feature = "coroutines")]
pub mod async_gen;
pub mod attr;
pub mod bytes_ops;
pub mod call;
#[cfg(feature = "caret-lines")]
pub mod caret_line;
pub mod class_assign;
pub mod code;
pub mod complex_ops;
#[cfg(feature = "coroutines")]
pub mod coroutine;
pub mod errors;
pub mod eval;
#[cfg(feature = "exception-groups")]
pub mod exc_report;
pub mod finalize;
pub mod frame;
#[cfg(feature = "frames")]
pub mod frame_object;
pub mod generator;
pub mod import;
pub mod inner;
pub mod key_frames;
pub mod matching;
pub mod names;
pub mod native_sub;
pub mod ops;
pub mod repr;
pub mod sets;
pub mod specialize;
pub mod spread;
pub mod stack;
pub mod subscr;
