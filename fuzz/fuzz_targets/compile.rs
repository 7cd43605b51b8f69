//! Fuzz target: source text through the lexer, parser and code generator
//! (`ouro_fuzz::compile_input`). Any panic is a bug.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| ouro_fuzz::compile_input(data));
