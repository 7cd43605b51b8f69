//! Runs every script of the conformance corpus (`tests/conformance/**/*.py`)
//! under every JIT mode this build has, and diffs against the committed
//! CPython 3.11 output. Set `OURO_CONFORMANCE_FILTER=substr` to run a subset.

use std::path::Path;

use ouro_tests::{is_helper_module, run_script, scripts_under, JitRun};

#[test]
fn conformance_corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance");
    let filter = std::env::var("OURO_CONFORMANCE_FILTER").unwrap_or_default();
    let scripts: Vec<_> = scripts_under(&root).into_iter().filter(|s| !is_helper_module(s)).collect();
    assert!(scripts.len() >= 80, "corpus too small: {} scripts", scripts.len());
    let mut failures = Vec::new();
    let mut ran = 0;
    for run in JitRun::all() {
        for script in &scripts {
            let rel = script.strip_prefix(&root).unwrap_or(script).display().to_string();
            if !rel.contains(&filter) {
                continue;
            }
            let expected_path = script.with_extension("out");
            let expected = std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|_| panic!("missing {}", expected_path.display()));
            let source = std::fs::read_to_string(script).expect("read script");
            let name = script.file_name().unwrap_or_default().to_string_lossy().to_string();
            let dir = script.parent().unwrap_or(&root);
            let output = run_script(&source, &name, dir, run);
            let got = match source.lines().any(|l| l == "# conformance: full traceback") {
                true => output.render_full_traceback(),
                false => output.render(),
            };
            ran += 1;
            if got != expected {
                failures.push(format!("--- {rel} [{}]\n{}", run.describe(), diff(&expected, &got)));
            }
        }
    }
    if !failures.is_empty() {
        panic!("{} of {ran} conformance runs differ from CPython:\n{}", failures.len(), failures.join("\n"));
    }
    eprintln!("{ran} conformance runs match CPython 3.11");
}

/// A short line diff: the first differing lines with context.
fn diff(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let first = e.iter().zip(&g).position(|(a, b)| a != b).unwrap_or(e.len().min(g.len()));
    let mut out = String::new();
    for i in first..(first + 4) {
        if let Some(l) = e.get(i) {
            out.push_str(&format!("  expected: {l}\n"));
        }
        if let Some(l) = g.get(i) {
            out.push_str(&format!("  got:      {l}\n"));
        }
    }
    out
}
