//! The `ouro` command: the interactive prompt (echo, `_`, multi-line
//! blocks, tracebacks without leaving, `-i`, exit status), the hard-stop
//! options and the refusal of invalid limits.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `ouro args` with `stdin`; (status, stdout, stderr).
fn ouro(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ouro"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ouro runs");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write");
    let out = child.wait_with_output().expect("ouro ends");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_prompt_echoes_values_and_survives_errors() {
    let input = "x = 2\nx * 21\n_ + 1\nNone\ndef f(a):\n    return a + 1\n\nf(x)\n(1 +\n 2)\n1/0\n'still here'\n";
    let (status, out, err) = ouro(&["--jit", "off"], input);
    assert_eq!(status, 0, "{err}");
    assert_eq!(out, "42\n43\n3\n3\n'still here'\n");
    assert!(err.contains("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n    1/0\nZeroDivisionError: division by zero\n"), "{err}");
}

#[test]
fn the_prompt_exits_with_system_exit_and_runs_after_a_script_with_i() {
    let (status, _, _) = ouro(&[], "import sys\nsys.exit(3)\nprint('not reached')\n");
    assert_eq!(status, 3);
    let dir = std::env::temp_dir().join(format!("ouro-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("setup.py");
    std::fs::write(&script, "y = 5\n").expect("script");
    let (status, out, err) = ouro(&["-i", script.to_str().expect("path")], "y + 1\n");
    assert_eq!((status, out.as_str()), (0, "6\n"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn hard_stop_options_and_invalid_limits() {
    let spin = "while True:\n    try:\n        pass\n    except BaseException:\n        print('caught')\n";
    let (status, out, err) = ouro(&["--fuel", "100000", "-c", spin], "");
    assert_eq!((status, out.as_str()), (1, ""), "{err}");
    assert!(err.ends_with("ouro.ExecutionStopped: execution fuel exhausted\n"), "{err}");
    let (status, out, err) = ouro(&["--timeout", "0.2", "-c", spin], "");
    assert_eq!((status, out.as_str()), (1, ""), "{err}");
    assert!(err.ends_with("ouro.ExecutionStopped: deadline exceeded\n"), "{err}");
    for (args, want) in [
        (["--heap-limit", "0"], "heap limit 0 bytes is too small"),
        (["--heap-limit", "1000"], "heap limit 1000 bytes is too small"),
        (["--recursion-limit", "0"], "the recursion limit must be at least 1"),
        (["--timeout", "0"], "expected a positive number of seconds"),
    ] {
        let (status, _, err) = ouro(&[args[0], args[1], "-c", "print(1)"], "");
        assert_eq!(status, 2, "{args:?}: {err}");
        assert!(err.contains(want), "{args:?}: {err}");
    }
}
