//! Fuzz target: small programs run under tight fuel, heap and recursion
//! limits in a mode chosen by the first byte (`ouro_fuzz::run_input`). Any
//! panic, a run past its fuel or a heap past its limit is a bug.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| ouro_fuzz::run_input(data));
