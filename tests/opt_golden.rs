//! Golden tests of the trace optimizer: every script in `tests/opt/` runs
//! with the JIT at threshold 1, and the dump of its traces (uops, IR as
//! lowered and after each pass) must equal the checked-in `.ir` file.
//! `OURO_BLESS=1` rewrites the files instead (see tests/opt/README.md).

use std::path::Path;

use ouro::vm::BufferHost;
use ouro::{JitMode, Vm, VmConfig};

/// Runs `source` at threshold 1 (plus the parameters its `# jit-param:
/// NAME=VALUE` lines set) and returns the dump of its traces.
fn trace_dump(source: &str, name: &str) -> String {
    let mut vm = Vm::new(VmConfig::default(), Box::new(BufferHost::default()));
    let mut params = ouro::jit::JitParams { hot_loop: 1, hot_exit: 1, ..Default::default() };
    for line in source.lines() {
        if let Some((key, value)) = line.strip_prefix("# jit-param:").and_then(|p| p.trim().split_once('=')) {
            let value = value.parse().expect("a number");
            params.set(key, value).expect("a JIT parameter");
        }
    }
    ouro::configure_jit(&mut vm, JitMode::Interp, params).expect("jit-interp in this build");
    let jit = vm.jit.as_mut().expect("jit");
    jit.dump_uops = true;
    jit.dump_ir = true;
    jit.dump_passes = true;
    jit.dump_log = Some(String::new());
    vm.run_source(source, name).expect("golden script runs");
    vm.jit.as_mut().and_then(|j| j.dump_log.take()).unwrap_or_default()
}

#[test]
fn optimizer_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("opt");
    let bless = std::env::var_os("OURO_BLESS").is_some();
    let mut scripts: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/opt")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    scripts.sort();
    assert!(scripts.len() >= 4, "golden scripts missing");
    let mut failures = Vec::new();
    for script in scripts {
        let source = std::fs::read_to_string(&script).expect("read script");
        let name = script.file_name().unwrap_or_default().to_string_lossy().to_string();
        let got = trace_dump(&source, &name);
        assert!(got.contains("--- ir dce"), "{name}: no trace was recorded");
        let golden = script.with_extension("ir");
        if bless {
            std::fs::write(&golden, &got).expect("write golden file");
            continue;
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_default();
        if want != got {
            let line = want.lines().zip(got.lines()).position(|(a, b)| a != b).unwrap_or(0);
            failures.push(format!(
                "{name}: differs from {} at line {} (expected {:?}, got {:?})",
                golden.display(),
                line + 1,
                want.lines().nth(line).unwrap_or(""),
                got.lines().nth(line).unwrap_or("")
            ));
        }
    }
    assert!(failures.is_empty(), "{}\n(re-bless with OURO_BLESS=1 after checking the diff)", failures.join("\n"));
}
