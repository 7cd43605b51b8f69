//! Running one program once under one implementation: wall time, peak
//! memory, exit status and the checksum check.

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How one run ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// Exited 0 and printed the expected checksum.
    Ok,
    /// ouro rejected the program with `NotImplementedError: ... is not supported yet`.
    Unsupported(String),
    /// Anything else: wrong checksum, non-zero exit, crash, timeout.
    Failed(String),
}

/// The measurements and verdict of one run.
#[derive(Clone, Debug)]
pub struct Measurement {
    /// The verdict.
    pub verdict: Verdict,
    /// Wall-clock seconds from spawn to exit.
    pub secs: f64,
    /// Peak resident set size in KiB, when `/usr/bin/time` could report it.
    pub rss_kib: Option<u64>,
}

/// Where and how to run programs.
pub struct Runner {
    /// GNU `time` used for the peak RSS, if present and working.
    pub time_bin: Option<PathBuf>,
    /// Scratch file that `time -o` writes to.
    pub rss_file: PathBuf,
    /// Per-run wall-clock limit.
    pub timeout: Duration,
}

/// Finds a working GNU `time` (`-f %M -o FILE`); `None` if absent or not GNU.
pub fn find_gnu_time(scratch: &Path) -> Option<PathBuf> {
    let bin = PathBuf::from("/usr/bin/time");
    if !bin.exists() {
        return None;
    }
    let status = Command::new(&bin)
        .args(["-f", "%M", "-o"])
        .arg(scratch)
        .arg("true")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()?;
    let text = std::fs::read_to_string(scratch).ok()?;
    (status.success() && last_number(&text).is_some()).then_some(bin)
}

fn last_number(text: &str) -> Option<u64> {
    text.lines().rev().find_map(|l| l.trim().parse().ok())
}

fn read_all(mut r: impl Read + Send + 'static) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    })
}

/// The raw result of a child process.
pub struct Raw {
    /// Exit status, or `None` when killed for exceeding the timeout.
    pub status: Option<ExitStatus>,
    /// Captured stdout.
    pub stdout: String,
    /// Captured stderr.
    pub stderr: String,
    /// Wall-clock seconds.
    pub secs: f64,
}

/// Runs `argv` (no measurement wrapper), capturing output, with a timeout.
pub fn run_raw(argv: &[String], timeout: Duration) -> std::io::Result<Raw> {
    let mut cmd = Command::new(&argv[0]);
    cmd.args(&argv[1..]);
    spawn_and_wait(cmd, timeout)
}

fn spawn_and_wait(mut cmd: Command, timeout: Duration) -> std::io::Result<Raw> {
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).process_group(0);
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let pid = child.id();
    let out = read_all(child.stdout.take().expect("piped stdout"));
    let err = read_all(child.stderr.take().expect("piped stderr"));
    let (tx, rx) = mpsc::channel();
    let waiter = thread::spawn(move || {
        let status = child.wait();
        let _ = tx.send((status, start.elapsed()));
    });
    let (status, elapsed) = match rx.recv_timeout(timeout) {
        Ok((status, elapsed)) => (Some(status?), elapsed),
        Err(_) => {
            // Kill the whole process group (the measured program may be a
            // grandchild under `time`), then reap.
            let _ = Command::new("kill").args(["-KILL", "--", &format!("-{pid}")]).status();
            let _ = rx.recv();
            (None, start.elapsed())
        }
    };
    let _ = waiter.join();
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    Ok(Raw { status, stdout, stderr, secs: elapsed.as_secs_f64() })
}

/// The last non-empty line of `text`, trimmed.
pub fn last_line(text: &str) -> &str {
    text.lines().rev().map(str::trim).find(|l| !l.is_empty()).unwrap_or("")
}

impl Runner {
    /// Runs `argv + [file]` once and judges its stdout against `expected`.
    /// `is_ouro` enables the not-yet-supported classification.
    pub fn measure(&self, argv: &[String], file: &Path, expected: &str, is_ouro: bool) -> Measurement {
        let mut cmd;
        if let Some(time) = &self.time_bin {
            let _ = std::fs::remove_file(&self.rss_file);
            cmd = Command::new(time);
            cmd.args(["-f", "%M", "-o"]).arg(&self.rss_file).args(argv);
        } else {
            cmd = Command::new(&argv[0]);
            cmd.args(&argv[1..]);
        }
        cmd.arg(file);
        let raw = match spawn_and_wait(cmd, self.timeout) {
            Ok(raw) => raw,
            Err(e) => {
                return Measurement {
                    verdict: Verdict::Failed(format!("could not start {}: {e}", argv[0])),
                    secs: 0.0,
                    rss_kib: None,
                }
            }
        };
        let rss_kib = if self.time_bin.is_some() {
            std::fs::read_to_string(&self.rss_file).ok().and_then(|t| last_number(&t))
        } else {
            None
        };
        let verdict = judge(&raw, expected, is_ouro, self.timeout);
        Measurement { verdict, secs: raw.secs, rss_kib }
    }
}

fn judge(raw: &Raw, expected: &str, is_ouro: bool, timeout: Duration) -> Verdict {
    let Some(status) = raw.status else {
        return Verdict::Failed(format!("timed out after {} s", timeout.as_secs()));
    };
    let last = last_line(&raw.stderr);
    if status.success() {
        let got = raw.stdout.trim_end_matches(['\n', '\r']);
        if got == expected {
            Verdict::Ok
        } else {
            Verdict::Failed(format!("wrong checksum: got {got:?}, expected {expected:?}"))
        }
    } else if is_ouro && last.starts_with("NotImplementedError") && last.contains("not supported yet") {
        Verdict::Unsupported(last.to_string())
    } else {
        let code = match status.code() {
            Some(c) => format!("exit status {c}"),
            None => "killed by a signal".to_string(),
        };
        if last.is_empty() {
            Verdict::Failed(code)
        } else {
            Verdict::Failed(format!("{code}: {last}"))
        }
    }
}

/// Median, minimum and maximum of a non-empty sample.
pub fn stats(samples: &[f64]) -> (f64, f64, f64) {
    let mut v = samples.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    let median = if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 };
    (median, v[0], v[n - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_min_max() {
        assert_eq!(stats(&[3.0, 1.0, 2.0]), (2.0, 1.0, 3.0));
        assert_eq!(stats(&[4.0, 1.0, 2.0, 3.0]), (2.5, 1.0, 4.0));
    }

    #[test]
    fn last_nonempty_line() {
        assert_eq!(last_line("a\nb  \n\n"), "b");
        assert_eq!(last_line(""), "");
    }
}
