//! `StdHost`: the host for std platforms — buffered stdout, stderr, script name.

use std::io::Write;

use vm_core::Host;

/// Writes script output to the process's stdout (buffered) and stderr.
pub struct StdHost {
    out: std::io::BufWriter<std::io::Stdout>,
    script: String,
}

impl StdHost {
    /// A host for the script named `script`.
    pub fn new(script: &str) -> StdHost {
        StdHost { out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()), script: script.to_string() }
    }

    /// Flushes buffered stdout.
    pub fn flush(&mut self) {
        let _ = self.out.flush();
    }
}

impl Host for StdHost {
    fn write_stdout(&mut self, text: &str) {
        let _ = self.out.write_all(text.as_bytes());
    }

    fn write_stderr(&mut self, text: &str) {
        self.flush();
        let _ = std::io::stderr().write_all(text.as_bytes());
    }

    fn script_name(&self) -> &str {
        &self.script
    }
}

impl Drop for StdHost {
    fn drop(&mut self) {
        self.flush();
    }
}
