//! Running one program under one command, with a timeout, into an [`Outcome`].

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Exited with this code.
    Exit(i32),
    /// Killed by a signal (a crash: abort, segfault).
    Signal(i32),
    /// Still running at the timeout; killed.
    Timeout,
}

/// What a run printed and how it ended: the parts compared across modes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Outcome {
    /// Everything written to stdout.
    pub stdout: String,
    /// The last non-empty line of stderr (the exception line of a traceback)
    /// when the run failed; empty after a clean exit.
    pub error_line: String,
    /// Exit status.
    pub status: Status,
}

impl Outcome {
    /// A one-line summary for notes: status and error line.
    pub fn summary(&self) -> String {
        let status = match &self.status {
            Status::Exit(c) => format!("exit {c}"),
            Status::Signal(s) => format!("signal {s}"),
            Status::Timeout => "timeout".to_string(),
        };
        if self.error_line.is_empty() {
            status
        } else {
            format!("{status}, {}", self.error_line)
        }
    }
}

/// Runs `program args... script` with `timeout`, capturing its output.
pub fn run(program: &Path, args: &[String], script: &Path, timeout: Duration) -> std::io::Result<Outcome> {
    let mut child = Command::new(program)
        .args(args)
        .arg(script)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    // Drain both pipes on threads so a chatty program cannot block on a full pipe.
    let mut out = child.stdout.take().expect("stdout is piped");
    let mut err = child.stderr.take().expect("stderr is piped");
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait()? {
            break exit_status(st);
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            break Status::Timeout;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let stdout = String::from_utf8_lossy(&out_t.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_t.join().unwrap_or_default()).into_owned();
    // Only a failed run's last stderr line is its error; a clean run may
    // still print warnings (CPython's SyntaxWarning), which are not compared.
    let error_line = if status == Status::Exit(0) {
        String::new()
    } else {
        stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_string()
    };
    Ok(Outcome { stdout, error_line, status })
}

fn exit_status(st: std::process::ExitStatus) -> Status {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = st.signal() {
            return Status::Signal(sig);
        }
    }
    Status::Exit(st.code().unwrap_or(-1))
}

/// The CPython 3 interpreter on PATH (`python3`), if there is one.
pub fn find_python() -> Option<PathBuf> {
    let ok = Command::new("python3")
        .args(["-c", "import sys; assert sys.version_info >= (3, 11)"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    ok.then(|| PathBuf::from("python3"))
}
