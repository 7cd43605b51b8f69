//! The execution modes of the ouro CLI under test, discovered from the binary.

use std::path::Path;
use std::process::Command;

/// One way of running a script: a name for reports and the CLI arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mode {
    /// Short name, e.g. `x86_64-t1`.
    pub name: String,
    /// Arguments passed before the script path.
    pub args: Vec<String>,
}

/// Placeholder in a mode's arguments replaced by a per-program value.
pub const VAR: &str = "{var}";

/// Placeholder replaced by a per-program forced-exit period (2 to 9).
pub const STRESS_VAR: &str = "{stress}";

impl Mode {
    /// This mode for the program of `seed`: [`VAR`] becomes a threshold
    /// between 2 and 301 derived from the seed, so that over many programs
    /// recording starts at every point relative to the programs' mutations;
    /// [`STRESS_VAR`] a forced-exit period between 2 and 9, so that every
    /// guard of a trace is forced in some programs, not only every third.
    pub fn for_seed(&self, seed: u64) -> Mode {
        let mixed = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let t = 2 + mixed % 300;
        let stress = 2 + (mixed >> 32) % 8;
        let args = self.args.iter().map(|a| a.replace(VAR, &t.to_string()).replace(STRESS_VAR, &stress.to_string()));
        Mode { name: self.name.clone(), args: args.collect() }
    }

    fn new(name: &str, args: &[&str]) -> Self {
        Mode { name: name.to_string(), args: args.iter().map(|s| s.to_string()).collect() }
    }
}

/// Every mode the ouro binary at `ouro` supports: `off`, and for each JIT
/// backend it accepts, the default threshold and threshold 1; when the build
/// has the `stress_exits` parameter, forced-exit variants too.
pub fn discover(ouro: &Path) -> Vec<Mode> {
    let mut modes = vec![Mode::new("off", &["--jit", "off"])];
    let params = Command::new(ouro)
        .args(["--jit-param", "help"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr))
        .unwrap_or_default();
    let stress = params.contains("stress_exits");
    for backend in ["interp", "x86_64"] {
        let accepted = Command::new(ouro)
            .args(["--jit", backend, "-c", "pass"])
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        if !accepted {
            continue;
        }
        modes.push(Mode::new(backend, &["--jit", backend]));
        modes.push(Mode::new(&format!("{backend}-t1"), &["--jit", backend, "--jit-threshold", "1"]));
        if stress {
            modes.push(Mode::new(
                &format!("{backend}-t1-stress3"),
                &["--jit", backend, "--jit-threshold", "1", "--jit-param", "stress_exits=3"],
            ));
        }
    }
    modes
}

/// Stress settings for each JIT backend present in `modes`: tiny code memory
/// (flushes), short traces with few exits, a threshold that varies per
/// program (`-tvar`, see [`Mode::for_seed`]), forced exits at a period that
/// varies per program (`-t1-stressvar`, where the build has them), and no
/// inlining or side-trace chains at a threshold where recording starts
/// mid-loop.
pub fn extra(modes: &[Mode]) -> Vec<Mode> {
    let mut out = Vec::new();
    for backend in ["interp", "x86_64"] {
        if !modes.iter().any(|m| m.name == backend) {
            continue;
        }
        let j = ["--jit", backend];
        let p = "--jit-param";
        out.push(Mode::new(
            &format!("{backend}-tiny"),
            &[j[0], j[1], "--jit-threshold", "1", p, "max_code_bytes=4096", p, "max_trace_length=40", p, "max_exits=4"],
        ));
        out.push(Mode::new(&format!("{backend}-tvar"), &[j[0], j[1], "--jit-threshold", VAR]));
        if modes.iter().any(|m| m.name == format!("{backend}-t1-stress3")) {
            let stress = format!("stress_exits={STRESS_VAR}");
            out.push(Mode::new(&format!("{backend}-t1-stressvar"), &[j[0], j[1], "--jit-threshold", "1", p, &stress]));
        }
        out.push(Mode::new(
            &format!("{backend}-t7-flat"),
            &[j[0], j[1], "--jit-threshold", "7", p, "max_inline_depth=0", p, "max_side_depth=1"],
        ));
    }
    out
}
