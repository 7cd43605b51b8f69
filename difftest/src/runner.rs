//! Running a program under every mode (and CPython) and judging it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::compare::{classify, Verdict};
use crate::exec::{run, Outcome, Status};
use crate::modes::Mode;

/// Everything needed to run programs: the binaries, modes and a scratch file.
#[derive(Clone, Debug)]
pub struct Runner {
    /// The ouro CLI binary.
    pub ouro: PathBuf,
    /// The modes each program runs under.
    pub modes: Vec<Mode>,
    /// CPython, when present.
    pub python: Option<PathBuf>,
    /// Per-run timeout.
    pub timeout: Duration,
    /// Scratch directory for program files.
    pub scratch: PathBuf,
}

/// The outcomes of one program and the verdict on them.
#[derive(Clone, Debug)]
pub struct Checked {
    /// (mode name, outcome), in mode order.
    pub results: Vec<(String, Outcome)>,
    /// CPython's outcome, when it ran.
    pub python: Option<Outcome>,
    /// The verdict.
    pub verdict: Verdict,
}

impl Runner {
    /// Runs `src` under every mode and CPython; `slot` names the scratch file
    /// (one per worker thread).
    pub fn check(&self, src: &str, slot: usize) -> std::io::Result<Checked> {
        self.check_with(src, slot, &self.modes, true)
    }

    /// Runs `src` under `modes`, and CPython when `with_python`.
    pub fn check_with(&self, src: &str, slot: usize, modes: &[Mode], with_python: bool) -> std::io::Result<Checked> {
        let path = self.scratch.join(format!("prog{slot}.py"));
        std::fs::write(&path, src)?;
        let mut results = Vec::with_capacity(modes.len());
        for m in modes {
            results.push((m.name.clone(), self.run_patiently(&self.ouro, &m.args, &path)?));
        }
        let python = match (&self.python, with_python) {
            (Some(py), true) => Some(self.run_patiently(py, &[], &path)?),
            _ => None,
        };
        let verdict = classify(&results, python.as_ref());
        Ok(Checked { results, python, verdict })
    }

    /// Runs once; a run that timed out runs again with four times the
    /// timeout before it counts as a timeout (on a busy machine CPython or a
    /// slow mode can pass the limit without hanging: a long run saw eight
    /// such false divergences in 2,800 programs).
    fn run_patiently(&self, program: &Path, args: &[String], path: &Path) -> std::io::Result<Outcome> {
        let first = run(program, args, path, self.timeout)?;
        if first.status != Status::Timeout {
            return Ok(first);
        }
        run(program, args, path, self.timeout * 4)
    }

    /// The modes and CPython flag needed to re-check a divergence with this
    /// verdict cheaply: for a language gap, one ouro mode and CPython; for a
    /// tier divergence, every mode and no CPython.
    pub fn modes_for(&self, v: &Verdict) -> (Vec<Mode>, bool) {
        if v.is_tier() {
            (self.modes.clone(), false)
        } else {
            (self.modes[..1].to_vec(), true)
        }
    }
}

/// The default path of the release CLI: `$CARGO_TARGET_DIR/release/ouro`, or
/// the workspace's `target/release/ouro`.
pub fn default_ouro() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => Path::new(&dir).join("release/ouro"),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/release/ouro"),
    }
}
