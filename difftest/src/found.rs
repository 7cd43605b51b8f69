//! Saving shrunk reproducers, each with a note of the modes that differ.

use std::path::{Path, PathBuf};

use crate::compare::{describe, Verdict};
use crate::runner::Checked;

/// Writes `program` to `dir` as `<kind>-seed<seed>.py`, headed by comments
/// naming the seed, the kind of divergence and each mode group's outcome.
/// `origin` says how to get the unshrunk program back (a command line).
/// Returns the path, or `None` when an identical program was already saved
/// (the same bug found from another seed).
pub fn save(dir: &Path, seed: u64, origin: &str, checked: &Checked, program: &str) -> std::io::Result<Option<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    for entry in std::fs::read_dir(dir)? {
        let p = entry?.path();
        if p.extension().is_some_and(|e| e == "py") {
            if let Ok(old) = std::fs::read_to_string(&p) {
                if strip_header(&old) == program {
                    return Ok(None);
                }
            }
        }
    }
    let kind = if checked.verdict.is_tier() { "tier" } else { "cpython" };
    let path = dir.join(format!("{kind}-seed{seed}.py"));
    let mut text = format!("# difftest reproducer (seed {seed}): {}\n", signature_text(&checked.verdict));
    for line in describe(&checked.verdict).lines() {
        text += &format!("# {line}\n");
    }
    text += &format!("# original: {origin}\n");
    text += HEADER_END;
    text += program;
    std::fs::write(&path, text)?;
    Ok(Some(path))
}

const HEADER_END: &str = "# ---\n";

fn strip_header(text: &str) -> &str {
    text.split_once(HEADER_END).map_or(text, |(_, p)| p)
}

fn signature_text(v: &Verdict) -> String {
    v.signature().unwrap_or_default()
}
