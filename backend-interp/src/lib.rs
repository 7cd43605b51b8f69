//! ouro's reference JIT backend: executes optimized trace IR by interpretation (not built yet).
#![no_std]
#![forbid(unsafe_code)]
