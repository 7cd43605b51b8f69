//! Fuzz target: bytecode files through the loader and verifier, and the
//! code they accept through tier 1 and the JIT (`ouro_fuzz::load_input`).
//! Any panic, a run past its fuel or a heap past its limit is a bug.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| ouro_fuzz::load_input(data));
