//! ouro's native JIT backend: compiles optimized trace IR to x86-64 machine code with iced-x86 (not built yet).
#![no_std]
