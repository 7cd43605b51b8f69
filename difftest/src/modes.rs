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

impl Mode {
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
