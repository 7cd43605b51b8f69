//! Comparisons with CPython 3.11 (expected outputs in `cases.rs`, generated
//! by python3), plus the parts whose output is ouro's own.

mod cases;

use super::MODULE;
use crate::builtins::modules::run_with;

#[test]
fn matches_cpython() {
    crate::builtins::modules::assert_cases(&MODULE, cases::CASES);
}

#[test]
fn ouro_specific_values() {
    let out = run_with(&MODULE, "print(platform, version, version_info, argv, repr(stdout))");
    assert_eq!(
        out,
        "ouro 3.11.0 (ouro) sys.version_info(major=3, minor=11, micro=0, releaselevel='final', serial=0) ['<script>'] \
         <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
    );
}

#[test]
fn write_rejects_non_str() {
    // CPython's real sys.stdout (a TextIOWrapper) says exactly this.
    let out = run_with(&MODULE, "stdout.write(1)");
    assert_eq!(out, "TypeError: write() argument must be str, not int\n");
}

#[test]
fn recursion_limit_below_depth_is_refused() {
    let out = run_with(&MODULE, "setrecursionlimit(2)");
    assert_eq!(
        out,
        "RecursionError: cannot set the recursion limit to 2 at the recursion depth 2: the limit is too low\n"
    );
}

#[test]
fn time_without_a_host_clock() {
    use crate::builtins::modules::time;
    let out = run_with(
        &time::MODULE,
        "print(time(), time_ns(), perf_counter(), monotonic(), process_time(), perf_counter_ns())\n\
         print(sleep(0), sleep(0.5))\n\
         for bad in (-1, float('nan'), 'a'):\n    try:\n        sleep(bad)\n    except (ValueError, TypeError) as e:\n        print(type(e).__name__, e)\n",
    );
    assert_eq!(
        out,
        "0.0 0 0.0 0.0 0.0 0\nNone None\nValueError sleep length must be non-negative\n\
         ValueError Invalid value NaN (not a number)\n\
         TypeError 'str' object cannot be interpreted as an integer\n"
    );
}
