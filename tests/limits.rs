//! Limits a script cannot escape: fuel, the host's interrupt and the
//! wall-clock deadline end the run with an error the host receives and no
//! Python code catches (`except BaseException`, `finally`, `with` exits,
//! generators, handlers around native re-entry), under every JIT mode, at
//! the default thresholds and with traces forming at once; bulk built-ins
//! honour the heap limit and fuel; invalid limits are refused.

use std::time::{Duration, Instant};

use ouro::jit::JitParams;
use ouro::{Host, JitMode, ScriptError, StopReason, Vm, VmConfig};

/// A host that collects stdout and has a clock (for deadlines).
struct ClockHost {
    out: String,
    start: Instant,
}

impl Host for ClockHost {
    fn write_stdout(&mut self, text: &str) {
        self.out.push_str(text);
    }
    fn take_buffered_stdout(&mut self) -> Option<String> {
        Some(std::mem::take(&mut self.out))
    }
    fn perf_counter(&self) -> Option<f64> {
        Some(self.start.elapsed().as_secs_f64())
    }
}

/// Every JIT mode of this build, each at the default parameters and with
/// traces recorded at the first back edge.
fn setups() -> Vec<(JitMode, JitParams)> {
    let mut v = Vec::new();
    for &mode in JitMode::available() {
        v.push((mode, JitParams::default()));
        v.push((mode, JitParams { hot_loop: 1, hot_exit: 1, ..JitParams::default() }));
    }
    v
}

#[derive(Clone, Copy, Debug)]
enum Limit {
    Fuel,
    Interrupt,
    Deadline,
}

/// Runs `source` with `limit` armed; returns stdout, the result, the time
/// taken, and stdout of a second run on the same VM (which must work).
fn run_limited(
    source: &str,
    mode: JitMode,
    params: JitParams,
    limit: Limit,
) -> (String, Result<(), ScriptError>, String) {
    let source = source.to_string();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let host = ClockHost { out: String::new(), start: Instant::now() };
            let mut vm = Vm::new(VmConfig { heap_limit: 64 << 20, ..VmConfig::default() }, Box::new(host));
            ouro::configure_jit(&mut vm, mode, params).expect("mode in this build");
            let stopper = match limit {
                Limit::Fuel => {
                    vm.set_fuel(Some(300_000));
                    None
                }
                Limit::Deadline => {
                    assert!(vm.set_deadline(Some(0.2)));
                    None
                }
                Limit::Interrupt => {
                    let h = vm.interrupt_handle();
                    Some(std::thread::spawn(move || {
                        std::thread::sleep(Duration::from_millis(150));
                        h.stop();
                    }))
                }
            };
            let result = vm.run_source(&source, "escape.py");
            if let Some(s) = stopper {
                s.join().expect("stopper");
            }
            let out = vm.host.take_buffered_stdout().unwrap_or_default();
            vm.set_fuel(None);
            vm.set_deadline(None);
            let again = vm.run_source("print('again', sum(range(10)))", "again.py");
            assert!(again.is_ok(), "the VM runs again after a stop: {again:?}");
            (out, result, vm.host.take_buffered_stdout().unwrap_or_default())
        })
        .expect("thread")
        .join()
        .expect("no panic")
}

/// Scripts that try to survive the stop: each prints "ESCAPED" from any
/// code that runs after the stop should have ended it.
const ESCAPES: &[(&str, &str)] = &[
    (
        "except BaseException in a loop",
        "
while True:
    try:
        while True:
            pass
    except BaseException:
        print('ESCAPED')
",
    ),
    (
        "bare except around a counting loop, retried forever",
        "
n = 0
while True:
    try:
        while True:
            n += 1
    except:
        print('ESCAPED')
",
    ),
    (
        "finally that resumes the loop",
        "
def spin():
    i = 0
    while True:
        i += 1
while True:
    try:
        spin()
    finally:
        print('ESCAPED')
",
    ),
    (
        "with whose __exit__ suppresses everything",
        "
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print('ESCAPED')
        return True
while True:
    with Swallow():
        i = 0
        while True:
            i += 1
",
    ),
    (
        "generator that catches around its yield",
        "
def gen():
    while True:
        try:
            yield 1
        except BaseException:
            print('ESCAPED')
total = 0
while True:
    for x in gen():
        total += x
",
    ),
    (
        "handler around a native re-entry (sorted key)",
        "
def key(x):
    try:
        while True:
            x += 1
    except BaseException:
        print('ESCAPED')
    return x
while True:
    try:
        sorted(range(10), key=key)
    except BaseException:
        print('ESCAPED')
",
    ),
    (
        "native code that converts errors (dict() of a generator)",
        "
def pairs():
    i = 0
    while True:
        i += 1
        if i < 0:
            yield (i, i)
while True:
    try:
        dict(pairs())
    except BaseException as e:
        print('ESCAPED', type(e).__name__)
",
    ),
    (
        "recursion handler",
        "
def f(n):
    try:
        return f(n + 1)
    except BaseException:
        return f(0)
while True:
    try:
        f(0)
    except BaseException:
        print('ESCAPED')
",
    ),
    (
        "recursion without loops (function-entry traces)",
        "
def f(n):
    try:
        if n == 0:
            return 0
        return f(n - 1) + f(n - 1)
    except BaseException:
        print('ESCAPED')
f(60)
",
    ),
    (
        "bulk built-ins in a handler loop",
        "
while True:
    try:
        sum(range(10**12))
    except BaseException:
        print('ESCAPED')
",
    ),
];

fn check_escape(limit: Limit, want: StopReason) {
    for (mode, params) in setups() {
        for (name, src) in ESCAPES {
            let t = Instant::now();
            let (out, result, again) = run_limited(src, mode, params.clone(), limit);
            let e = result.expect_err("the limit ends the run");
            let what = format!("{name} under {mode:?} hot_loop={}", params.hot_loop);
            assert_eq!(e.stop, Some(want), "{what}: {e:?}");
            assert_eq!(e.message, want.message(), "{what}");
            assert!(e.traceback.contains("escape.py"), "{what}: traceback shows where it stopped: {}", e.traceback);
            assert!(!out.contains("ESCAPED"), "{what}: a handler ran after the stop: {out}");
            assert_eq!(again, "again 45\n", "{what}");
            assert!(t.elapsed() < Duration::from_secs(60), "{what}: took {:?}", t.elapsed());
        }
    }
}

#[test]
fn fuel_exhaustion_cannot_be_caught() {
    check_escape(Limit::Fuel, StopReason::FuelExhausted);
}

#[test]
fn the_host_interrupt_cannot_be_caught() {
    check_escape(Limit::Interrupt, StopReason::Interrupted);
}

#[test]
fn the_deadline_cannot_be_caught() {
    check_escape(Limit::Deadline, StopReason::DeadlineExceeded);
}

#[test]
fn keyboard_interrupt_stays_catchable() {
    for (mode, params) in setups() {
        let out = std::thread::spawn(move || {
            let mut vm = Vm::new(VmConfig::default(), Box::new(ouro::vm::BufferHost::default()));
            ouro::configure_jit(&mut vm, mode, params).expect("mode");
            let h = vm.interrupt_handle();
            let t = std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(100));
                assert!(!h.keyboard_interrupt(), "nothing pending yet");
            });
            let src = "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught')\n";
            let r = vm.run_source(src, "ki.py");
            t.join().unwrap();
            assert!(r.is_ok(), "{r:?}");
            vm.host.take_buffered_stdout().unwrap_or_default()
        })
        .join()
        .expect("no panic");
        assert_eq!(out, "caught\n", "{mode:?}");
    }
}

/// Runs `src` with `config` and `fuel`; the result and the time taken.
fn run_bulk(src: &str, config: VmConfig, fuel: Option<u64>) -> (Result<(), ScriptError>, Duration) {
    let mut vm = Vm::new(config, Box::new(ouro::vm::BufferHost::default()));
    vm.set_fuel(fuel);
    let t = Instant::now();
    let r = vm.run_source(src, "bulk.py");
    (r, t.elapsed())
}

const BULK: &[&str] = &[
    "list(range(10**10))",
    "tuple(range(10**9))",
    "set(range(10**9))",
    "frozenset(range(10**9))",
    "sorted(range(10**9))",
    "dict.fromkeys(range(10**9))",
    "[0] * 10**9",
    "x = [0] * 10**5\ny = x * 10**5",
    "x = list(range(10**5))\nwhile True:\n    x = x + x",
    "'ab' * 10**10",
    "(',' * 10**5).join(['a'] * 10**5)",
    "7 ** 10**9",
    "1 << 10**10",
    "x = 3 ** 10**6\nwhile True:\n    x = x * x",
    "list(map(abs, range(10**10)))",
    "list(zip(range(10**10), range(10**10)))",
    "max(range(10**12))",
    "sum(range(10**12))",
    "any(x < 0 for x in range(10**12))",
    "x = [0] * 10**6\nx.sort()\nwhile True:\n    x.sort()",
];

#[test]
fn bulk_built_ins_honour_the_heap_limit_or_fuel() {
    for src in BULK {
        // A 4 MB heap: either MemoryError or (for work that allocates
        // little) the fuel stops it, promptly.
        let config = VmConfig { heap_limit: 4 << 20, ..VmConfig::default() };
        let (r, took) = run_bulk(src, config, Some(5_000_000));
        let e = r.expect_err(src);
        assert!(e.kind == "MemoryError" || e.stop == Some(StopReason::FuelExhausted), "{src}: {e:?}");
        assert!(took < Duration::from_secs(20), "{src}: took {took:?}");
    }
}

#[test]
fn bulk_built_ins_charge_fuel() {
    // The same work with a generous heap: fuel alone bounds it.
    for src in ["x = list(range(10**7))", "sorted(range(10**7))", "set(range(10**7))", "sum(range(10**12))"] {
        let (r, took) = run_bulk(src, VmConfig::default(), Some(10_000));
        let e = r.expect_err(src);
        assert_eq!(e.stop, Some(StopReason::FuelExhausted), "{src}: {e:?}");
        assert!(took < Duration::from_secs(20), "{src}: took {took:?}");
    }
    // Within the budget it runs.
    let (r, _) = run_bulk("x = list(range(1000))\nprint(len(sorted(x)))", VmConfig::default(), Some(10_000));
    assert!(r.is_ok(), "{r:?}");
}

#[test]
fn regex_backtracking_honours_fuel_and_the_heap_limit() {
    // Exponential backtracking: the matcher yields to the VM's limit checks.
    let src = "import re\nre.match(r'(a*)*b', 'a' * 40)";
    let (r, took) = run_bulk(src, VmConfig::default(), Some(2_000_000));
    let e = r.expect_err(src);
    assert_eq!(e.stop, Some(StopReason::FuelExhausted), "{e:?}");
    assert!(took < Duration::from_secs(20), "took {took:?}");
    // A backtrack stack that outgrows the heap limit is a MemoryError.
    let src = "import re\ns = 'ab' * 10**6\nre.match(r'(?:a|b)*c', s)";
    let config = VmConfig { heap_limit: 8 << 20, ..VmConfig::default() };
    let (r, _) = run_bulk(src, config, None);
    let e = r.expect_err(src);
    assert_eq!(e.kind, "MemoryError", "{e:?}");
    // The same match within the limits runs to its end.
    let (r, _) = run_bulk("import re\nassert re.match(r'(?:a|b)*c', 'ab' * 1000) is None", VmConfig::default(), None);
    assert!(r.is_ok(), "{r:?}");
}

#[test]
fn invalid_limits_are_refused() {
    let host = || Box::new(ouro::vm::BufferHost::default());
    for (config, want) in [
        (VmConfig { heap_limit: 0, ..VmConfig::default() }, "heap limit 0 bytes is too small"),
        (VmConfig { heap_limit: 1000, ..VmConfig::default() }, "heap limit 1000 bytes is too small"),
        (VmConfig { recursion_limit: 0, ..VmConfig::default() }, "recursion limit must be at least 1"),
    ] {
        let e = Vm::try_new(config, host()).expect_err("refused");
        assert!(e.to_string().contains(want), "{e}");
    }
    assert!(Vm::try_new(VmConfig { heap_limit: VmConfig::MIN_HEAP_LIMIT, ..VmConfig::default() }, host()).is_ok());
}

/// Runs `src` on a thread with a big Rust stack under `config` and JIT
/// `mode`/`params`; returns stdout, the result, and the VM's memory in use
/// (objects and everything outside the heap) after a collection, the JIT's
/// memory and the recordings it refused for memory (`MemoryLimit`).
fn run_with_memory(
    src: &str,
    config: VmConfig,
    mode: JitMode,
    params: JitParams,
) -> (String, Result<(), ScriptError>, usize, usize, u64) {
    let src = src.to_string();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut vm = Vm::try_new(config, Box::new(ouro::vm::BufferHost::default())).expect("valid config");
            ouro::configure_jit(&mut vm, mode, params).expect("mode in this build");
            let r = vm.run_source(&src, "mem.py");
            let out = vm.host.take_buffered_stdout().unwrap_or_default();
            let jit = vm.jit.as_ref().map_or(0, |j| j.memory_bytes());
            let refused = vm.jit.as_ref().map_or(0, |j| j.stats.aborts[ouro::jit::AbortReason::MemoryLimit as usize]);
            vm.collect_garbage();
            (out, r, vm.memory_in_use(), jit, refused)
        })
        .expect("thread")
        .join()
        .expect("no panic")
}

/// Deep recursion: frames and the value stack count against the heap
/// limit, so a recursion limit far above what the heap can hold ends in a
/// catchable `MemoryError` (before, the frames grew unaccounted until the
/// recursion limit); a small recursion limit still gives `RecursionError`.
/// After the handler, the stacks are given back.
#[test]
fn deep_recursion_is_bounded_by_the_heap_limit() {
    let src = "
import sys
sys.setrecursionlimit(1000000)
def f(n):
    a = b = c = d = n
    return f(n + 1)
for attempt in range(3):
    try:
        f(0)
    except MemoryError:
        print('memory')
    except RecursionError:
        print('recursion')
";
    let limit = 2 << 20;
    for (mode, params) in setups() {
        let config = VmConfig { heap_limit: limit, recursion_limit: 1_000_000, ..VmConfig::default() };
        let (out, r, in_use, _, _) = run_with_memory(src, config, mode, params.clone());
        assert!(r.is_ok(), "{mode:?}: {r:?}");
        assert_eq!(out, "memory\nmemory\nmemory\n", "{mode:?}");
        assert!(in_use < limit, "{mode:?}: {in_use} bytes in use after the handler");
        // Under a recursion limit the heap can hold, RecursionError.
        let src = src.replace("1000000", "500");
        let config = VmConfig { heap_limit: limit, ..VmConfig::default() };
        let (out, r, _, _, _) = run_with_memory(&src, config, mode, params);
        assert!(r.is_ok(), "{mode:?}: {r:?}");
        assert_eq!(out, "recursion\nrecursion\nrecursion\n", "{mode:?}");
    }
}

/// A call with very many arguments holds them all on the value stack (its
/// 30000 locals): counted, so a limit its objects alone fit under (4 MB:
/// before the stack was counted, this ran) raises `MemoryError` in the
/// call; a generous limit runs it.
#[test]
fn a_huge_value_stack_counts_against_the_heap_limit() {
    let src = "
n = 30000
params = ', '.join([f'a{i}' for i in range(n)])
exec(f'def f({params}):\\n    for i in range(5000):\\n        pass\\n    return a1\\n')
params = None
t = tuple(range(n))
try:
    print(f(*t))
except MemoryError:
    print('memory')
";
    for (mode, params) in setups() {
        let config = VmConfig { heap_limit: 4_000_000, ..VmConfig::default() };
        let (out, r, _, _, _) = run_with_memory(src, config, mode, params.clone());
        assert!(r.is_ok(), "{mode:?}: {r:?}");
        assert_eq!(out, "memory\n", "{mode:?}");
        let config = VmConfig { heap_limit: 16 << 20, ..VmConfig::default() };
        let (out, r, _, _, _) = run_with_memory(src, config, mode, params);
        assert!(r.is_ok(), "{mode:?}: {r:?}");
        assert_eq!(out, "1\n", "{mode:?}");
    }
}

/// Many hot loops under a small heap limit: the JIT's traces and code
/// memory count against it, and it stops recording (abort reason
/// `MemoryLimit`) before they would pass it; the script runs correctly.
#[test]
fn many_traces_stay_under_the_heap_limit() {
    let src = "
src = []
for i in range(300):
    src.append(f'def f{i}(n):\\n    t = 0\\n    for j in range(n):\\n        t += j * {i} + (j & 3)\\n    return t\\n')
exec(''.join(src))
src = None
g = globals()
total = 0
for i in range(300):
    total += g[f'f{i}'](40)
print(total)
";
    let want: i64 = (0..300i64).map(|i| (0..40i64).map(|j| j * i + (j & 3)).sum::<i64>()).sum();
    let limit = 1 << 20;
    for &mode in JitMode::available() {
        let params = JitParams { hot_loop: 1, hot_exit: 1, ..JitParams::default() };
        let config = VmConfig { heap_limit: limit, ..VmConfig::default() };
        let (out, r, in_use, jit, refused) = run_with_memory(src, config, mode, params);
        assert!(r.is_ok(), "{mode:?}: {r:?}");
        assert_eq!(out, format!("{want}\n"), "{mode:?}");
        assert!(in_use <= limit, "{mode:?}: {in_use} bytes in use");
        // It stops recording at a quarter of the limit; the trace table's
        // doubling (and the last trace) may take it somewhat past that.
        assert!(jit < limit / 2, "{mode:?}: the JIT holds {jit} bytes");
        if mode != JitMode::Off {
            assert!(refused > 0, "{mode:?}: the JIT never stopped for memory");
        }
    }
}

/// A fresh VM, with everything counted (slot table, stacks, caches), fits
/// well under the smallest limit accepted, in the default and the small
/// configuration, and a small script runs there in every JIT mode.
#[test]
fn a_fresh_vm_fits_the_smallest_heap_limit() {
    for config in [VmConfig::default(), VmConfig::small(VmConfig::MIN_HEAP_LIMIT)] {
        let mut vm = Vm::try_new(
            VmConfig { heap_limit: VmConfig::MIN_HEAP_LIMIT, ..config },
            Box::new(ouro::vm::BufferHost::default()),
        )
        .expect("valid");
        vm.account_memory();
        let in_use = vm.memory_in_use();
        assert!(in_use < VmConfig::MIN_HEAP_LIMIT * 3 / 4, "{in_use} bytes in use at start-up");
    }
    for &mode in JitMode::available() {
        let config = VmConfig { heap_limit: VmConfig::MIN_HEAP_LIMIT, ..VmConfig::default() };
        let (out, r, in_use, _, _) =
            run_with_memory("x = [i * i for i in range(1000)]\nprint(sum(x))", config, mode, JitParams::default());
        assert!(r.is_ok(), "{mode:?}: {r:?}");
        assert_eq!(out, "332833500\n", "{mode:?}");
        assert!(in_use < VmConfig::MIN_HEAP_LIMIT, "{mode:?}: {in_use}");
    }
}
