//! ouro's differential tester.
//!
//! Generates programs ([`gen`]) that make loops hot and then change what the
//! JIT specialized on, runs each under every ouro execution mode and CPython
//! ([`runner`], [`modes`], [`exec`]), compares the outcomes ([`compare`]),
//! shrinks divergent programs ([`shrink`]) and saves reproducers ([`found`]).
//! The binary (`src/main.rs`) drives all this from the command line; see
//! `difftest/README.md`.

pub mod compare;
pub mod emit;
pub mod exec;
pub mod found;
pub mod gen;
pub mod modes;
pub mod rng;
pub mod runner;
pub mod shrink;
