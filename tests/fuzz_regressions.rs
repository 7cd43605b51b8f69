//! Replays every input that ever broke a fuzz target
//! (`tests/fuzz-regressions/TARGET/*`) through the same per-input code the
//! fuzz targets run (`fuzz/src/harness.rs`), on the stable toolchain: a
//! panic found by fuzzing and fixed stays fixed. Also runs each target's
//! seed corpus sample (the first few conformance scripts) so the harness
//! itself keeps compiling and working.

#[path = "../fuzz/src/harness.rs"]
mod harness;

use std::path::{Path, PathBuf};

/// Code pages for the harness's x86-64 runs.
#[allow(dead_code)]
fn code_memory() -> Box<dyn ouro::jit::code_memory::CodeMemory> {
    Box::new(ouro::OsCodeMemory::new())
}

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz-regressions").join(target);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn replay(target: &str, run: fn(&[u8])) {
    for path in inputs(target) {
        let data = std::fs::read(&path).expect("read a regression input");
        eprintln!("{target}: {}", path.display());
        run(&data);
    }
}

#[test]
fn compile_regressions() {
    replay("compile", harness::compile_input);
}

#[test]
fn run_regressions() {
    replay("run", harness::run_input);
}

#[test]
fn loader_regressions() {
    replay("loader", harness::load_input);
}

/// The loader harness on a compiled program (payload only, and as a whole
/// file) and on its truncations.
#[test]
fn loader_harness_on_real_bytecode() {
    let bytes =
        ouro::api::compile_to_bytes("def f(n):\n    return [i * 2 for i in range(n)]\nprint(sum(f(50)))\n", "<t>")
            .expect("compiles");
    let payload = &bytes[ouro::bytecode::file::HEADER_LEN..];
    harness::load_input(payload);
    harness::load_input(&bytes);
    for cut in (0..payload.len()).step_by(7) {
        harness::load_input(&payload[..cut]);
    }
}

/// The harness on a few ordinary programs, in every configuration.
#[test]
fn run_harness_every_config() {
    let program = b"def f(n):\n    s = 0\n    for i in range(n):\n        s += i * 2\n    return s\nprint(f(300))\nwhile True:\n    pass\n";
    for selector in 0..harness::run_configs().len() as u8 {
        let mut input = vec![selector];
        input.extend_from_slice(program);
        harness::run_input(&input);
    }
    harness::compile_input(program);
}
