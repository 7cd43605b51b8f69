//! The `ouro` command: the interactive prompt (echo, `_`, multi-line
//! blocks, tracebacks without leaving, `-i`, exit status), the hard-stop
//! options, the refusal of invalid limits, `ouro compile` with bytecode
//! files, `-m`, and the stdlib modules that meet the command line
//! (argparse) or would wait for another thread (queue).

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
    assert!(err.contains("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n"), "{err}");
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

#[test]
fn compile_writes_a_bytecode_file_that_runs_like_the_script() {
    let dir = std::env::temp_dir().join(format!("ouro-cli-bc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("prog.py");
    std::fs::write(&script, "import helper\nprint(helper.twice(21), [x * x for x in range(4)])\n1 / 0\n")
        .expect("write");
    std::fs::write(dir.join("helper.py"), "def twice(x):\n    return 2 * x\n").expect("write");
    let script = script.to_string_lossy().to_string();
    let out = dir.join("out.ouroc").to_string_lossy().to_string();
    let (status, _, err) = ouro(&["compile", &script, "-o", &out], "");
    assert_eq!(status, 0, "{err}");
    // The default name: the script's, with .ouroc.
    let (status, _, err) = ouro(&["compile", &script], "");
    assert_eq!(status, 0, "{err}");
    assert!(dir.join("prog.ouroc").exists());
    // Run from the bytes (imports still found next to it), as the source runs.
    let from_source = ouro(&["--jit", "off", &script], "");
    let from_bytes = ouro(&["--jit", "off", &out], "");
    assert_eq!(from_bytes.0, 1);
    assert_eq!(from_bytes.1, "42 [0, 1, 4, 9]\n");
    assert_eq!(from_bytes.1, from_source.1);
    assert!(from_bytes.2.ends_with("ZeroDivisionError: division by zero\n"), "{}", from_bytes.2);
    // --dump bytecode disassembles a bytecode file too.
    let (status, text, _) = ouro(&["--dump", "bytecode", &out], "");
    assert_eq!(status, 0);
    assert!(text.starts_with("Disassembly of <code <module>>"), "{text}");
    // A damaged file is refused with a message, nothing runs.
    let bytes = std::fs::read(&out).expect("read");
    let bad = dir.join("bad.ouroc");
    std::fs::write(&bad, &bytes[..bytes.len() - 1]).expect("write");
    let (status, text, err) = ouro(&[&bad.to_string_lossy()], "");
    assert_eq!((status, text.as_str()), (1, ""));
    assert_eq!(err, "ValueError: bad bytecode file: the file is truncated\n");
    // A syntax error is reported as when running.
    std::fs::write(dir.join("bad.py"), "x = (\n").expect("write");
    let (status, _, err) = ouro(&["compile", &dir.join("bad.py").to_string_lossy()], "");
    assert_eq!(status, 1);
    assert!(err.contains("SyntaxError"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn exit_and_quit_leave_the_prompt_and_scripts() {
    let (status, out, _) = ouro(&["--jit", "off"], "exit\nprint('before')\nexit()\nprint('not reached')\n");
    assert_eq!(status, 0);
    assert_eq!(out, "Use exit() or Ctrl-D (i.e. EOF) to exit\nbefore\n");
    let (status, out, _) = ouro(&["--jit", "off"], "quit\nquit(4)\n");
    assert_eq!(status, 4);
    assert_eq!(out, "Use quit() or Ctrl-D (i.e. EOF) to exit\n");
    let (status, _, err) = ouro(&["-c", "print(type(exit).__name__); exit('bye')"], "");
    assert_eq!((status, err.as_str()), (1, "bye\n"));
}

#[test]
fn argparse_reads_the_command_line_and_reports_errors_on_stderr() {
    let dir = std::env::temp_dir().join(format!("ouro-cli-argparse-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("tool.py");
    let source = "import argparse\n\
                  p = argparse.ArgumentParser()\n\
                  p.add_argument('n', type=int)\n\
                  p.add_argument('-v', '--verbose', action='store_true')\n\
                  print(p.parse_args())\n";
    std::fs::write(&script, source).expect("script");
    let path = script.to_str().expect("path");
    let (status, out, err) = ouro(&[path, "3", "-v"], "");
    assert_eq!((status, out.as_str()), (0, "Namespace(n=3, verbose=True)\n"), "{err}");
    let (status, out, err) = ouro(&[path, "x"], "");
    assert_eq!((status, out.as_str()), (2, ""));
    assert_eq!(err, "usage: tool.py [-h] [-v] n\ntool.py: error: argument n: invalid int value: 'x'\n");
    // Everything after the file is the script's, as with CPython.
    let (status, out, err) = ouro(&[path, "--help"], "");
    assert_eq!((status, err.as_str()), (0, ""));
    assert!(out.starts_with("usage: tool.py [-h] [-v] n\n\npositional arguments:\n  n\n"), "{out}");
    let (status, out, _) = ouro(&[path, "-v", "--jit", "4"], "");
    assert_eq!((status, out.as_str()), (2, ""));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn queue_calls_that_would_wait_forever_raise_at_once() {
    // One thread: nothing could ever fill an empty queue, empty a full
    // one or finish its tasks, where CPython would hang.
    let code = "import queue\n\
                q = queue.Queue(1)\n\
                for f in (q.get, lambda: q.get(timeout=5), queue.SimpleQueue().get):\n\
                \x20   try:\n\
                \x20       f()\n\
                \x20   except queue.Empty as e:\n\
                \x20       print('Empty', e.args)\n\
                q.put(1)\n\
                for f in (lambda: q.put(2), lambda: q.put(2, timeout=5), q.join):\n\
                \x20   try:\n\
                \x20       f()\n\
                \x20   except (queue.Full, RuntimeError) as e:\n\
                \x20       print(type(e).__name__, e.args)\n";
    let (status, out, err) = ouro(&["-c", code], "");
    assert_eq!(status, 0, "{err}");
    assert_eq!(
        out,
        "Empty ('get() on an empty queue would wait forever (no other thread can put an item)',)\n\
         Empty ()\n\
         Empty ('get() on an empty queue would wait forever (no other thread can put an item)',)\n\
         Full ('put() on a full queue would wait forever (no other thread can take an item)',)\n\
         Full ()\n\
         RuntimeError ('join() would wait forever: 1 unfinished task(s) and no other thread to finish them',)\n"
    );
}

#[test]
fn sys_argv_is_cpythons() {
    let (status, out, err) = ouro(&["-c", "import sys; print(sys.argv)", "a", "-b", "--stats"], "");
    assert_eq!((status, out.as_str()), (0, "['-c', 'a', '-b', '--stats']\n"), "{err}");
    let (status, out, err) = ouro(&["--", "-c", "x"], "");
    assert_eq!(status, 2, "{out}{err}");
}

#[test]
fn imports_follow_sys_path_and_tracebacks_show_module_lines() {
    let dir = std::env::temp_dir().join(format!("ouro-cli-syspath-{}", std::process::id()));
    let lib = dir.join("lib");
    std::fs::create_dir_all(lib.join("nsdir")).expect("temp dirs");
    std::fs::write(lib.join("helper.py"), "def boom():\n    raise ValueError('from helper')\n").expect("module");
    std::fs::write(lib.join("nsdir").join("leaf.py"), "NAME = 'leaf'\n").expect("module");
    let script = dir.join("main.py");
    let source = "import os, sys\n\
                  print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))\n\
                  sys.path.append(os.path.join(sys.path[0], 'lib'))\n\
                  import helper\n\
                  from nsdir import leaf\n\
                  print(leaf.NAME)\n\
                  helper.boom()\n";
    std::fs::write(&script, source).expect("script");
    let (status, out, err) = ouro(&[script.to_str().expect("path")], "");
    assert_eq!((status, out.as_str()), (1, "True\nleaf\n"), "{err}");
    assert!(
        err.ends_with("helper.py\", line 2, in boom\n    raise ValueError('from helper')\nValueError: from helper\n"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn dash_m_runs_a_module_or_a_package_main_as_the_script() {
    let dir = std::env::temp_dir().join(format!("ouro-cli-dash-m-{}", std::process::id()));
    let pkg = dir.join("pkg");
    std::fs::create_dir_all(pkg.join("inner")).expect("temp dirs");
    std::fs::write(pkg.join("__init__.py"), "print('pkg init')\n").expect("module");
    std::fs::write(pkg.join("util.py"), "def twice(x):\n    return 2 * x\n").expect("module");
    let main = "import sys\n\
                from .util import twice\n\
                print(__name__, __package__, twice(21), sys.argv[1:])\n\
                print(sys.argv[0].endswith('__main__.py'), __file__ == sys.argv[0])\n";
    std::fs::write(pkg.join("__main__.py"), main).expect("module");
    std::fs::write(pkg.join("plain.py"), "print(__name__)\n").expect("module");
    std::fs::write(pkg.join("tool.py"), "from . import util\nprint(__name__, __package__, util.twice(2))\n")
        .expect("module");
    std::fs::write(pkg.join("inner").join("__init__.py"), "").expect("module");
    let lib = dir.to_str().expect("path");
    let (status, out, err) = ouro(&["-I", lib, "-m", "pkg", "a", "--stats"], "");
    assert_eq!((status, out.as_str()), (0, "pkg init\n__main__ pkg 42 ['a', '--stats']\nTrue True\n"), "{err}");
    let (status, out, err) = ouro(&["-I", lib, "-m", "pkg.tool"], "");
    assert_eq!((status, out.as_str()), (0, "pkg init\n__main__ pkg 4\n"), "{err}");
    // The package is imported before its module runs, as runpy does.
    let (status, out, err) = ouro(&["-I", lib, "-m", "pkg.plain"], "");
    assert_eq!((status, out.as_str()), (0, "pkg init\n__main__\n"), "{err}");
    let (status, _, err) = ouro(&["-I", lib, "-m", "pkg.inner"], "");
    assert_eq!(status, 1);
    assert!(
        err.contains("No module named pkg.inner.__main__; 'pkg.inner' is a package and cannot be directly executed"),
        "{err}"
    );
    let (status, _, err) = ouro(&["-m", "no_such_module_for_dash_m"], "");
    assert_eq!(status, 1);
    assert!(err.contains("No module named no_such_module_for_dash_m"), "{err}");
    let (status, _, err) = ouro(&["-m", ".rel"], "");
    assert_eq!(status, 1);
    assert!(err.contains("Relative module names not supported"), "{err}");
    // The current directory is searched first.
    let out = Command::new(env!("CARGO_BIN_EXE_ouro"))
        .args(["-m", "pkg.tool"])
        .current_dir(&dir)
        .output()
        .expect("ouro runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "pkg init\n__main__ pkg 4\n");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn dash_m_unittest_discovers_and_runs_named_tests() {
    let dir = std::env::temp_dir().join(format!("ouro-cli-unittest-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("suite")).expect("temp dirs");
    let tests = "import unittest\n\
                 class T(unittest.TestCase):\n    \
                     def test_ok(self):\n        self.assertEqual(2 + 2, 4)\n    \
                     def test_also(self):\n        pass\n";
    std::fs::write(dir.join("test_top.py"), tests).expect("module");
    std::fs::write(dir.join("suite").join("__init__.py"), "").expect("module");
    let failing = "import unittest\n\
                   class F(unittest.TestCase):\n    \
                       def test_bad(self):\n        self.assertEqual(1, 2)\n";
    std::fs::write(dir.join("suite").join("test_fails.py"), failing).expect("module");
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_ouro")).args(args).current_dir(&dir).output().expect("ouro runs");
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        (out.status.code().unwrap_or(-1), err)
    };
    // No names: discovery from the current directory, packages included.
    let (status, err) = run(&["-m", "unittest"]);
    assert_eq!(status, 1, "{err}");
    assert!(err.contains("FAIL: test_bad (suite.test_fails.F.test_bad)") && err.contains("Ran 3 tests"), "{err}");
    let (status, err) = run(&["-m", "unittest", "-v", "test_top"]);
    assert_eq!(status, 0, "{err}");
    assert!(err.starts_with("test_also (test_top.T.test_also) ... ok\ntest_ok (test_top.T.test_ok) ... ok\n"), "{err}");
    assert!(err.ends_with("\nOK\n"), "{err}");
    // A path names its module; `discover` takes a start directory and a pattern.
    let (status, err) = run(&["-m", "unittest", "suite/test_fails.py"]);
    assert!(status == 1 && err.contains("Ran 1 test"), "{err}");
    let (status, err) = run(&["-m", "unittest", "discover", "-s", ".", "-p", "test_t*.py"]);
    assert!(status == 0 && err.contains("Ran 2 tests"), "{err}");
    // The usage names the program as `python -m unittest` does.
    let out = Command::new(env!("CARGO_BIN_EXE_ouro"))
        .args(["-m", "unittest", "discover", "-h"])
        .output()
        .expect("ouro runs");
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.starts_with("usage: ouro -m unittest discover [-h] [-v]"), "{help}");
    let (_, out, _) = ouro(&["-c", "import sys, os; print(os.path.basename(sys.executable))"], "");
    assert_eq!(out, "ouro\n");
    let _ = std::fs::remove_dir_all(&dir);
}
