//! End-to-end tests of the VM through its embedding API: limits, GC,
//! errors as values, and the fuzz-style robustness of compile-and-run.

use vm_core::{BufferHost, ScriptError, Vm, VmConfig};

fn run_with(config: VmConfig, src: &str) -> (String, Result<(), ScriptError>) {
    let mut vm = Vm::new(config, Box::new(BufferHost::default()));
    let r = vm.run_source(src, "t.py");
    (vm.take_buffered_stdout().unwrap_or_default(), r)
}

fn run(src: &str) -> (String, Result<(), ScriptError>) {
    run_with(VmConfig::default(), src)
}

#[test]
fn prints_and_computes() {
    let (out, r) = run("x = [i * i for i in range(5)]\nprint(x, sum(x), 2 ** 70, 1 / 3)\n");
    assert!(r.is_ok(), "{r:?}");
    assert_eq!(out, "[0, 1, 4, 9, 16] 30 1180591620717411303424 0.3333333333333333\n");
}

#[test]
fn uncaught_exception_is_an_err_with_traceback() {
    let (out, r) = run("def f(x):\n    return 1 // x\nprint('before')\nf(0)\n");
    assert_eq!(out, "before\n");
    let e = r.unwrap_err();
    assert_eq!(e.kind, "ZeroDivisionError");
    assert_eq!(e.message, "integer division or modulo by zero");
    assert!(e.traceback.starts_with("Traceback (most recent call last):\n"), "{}", e.traceback);
    assert!(e.traceback.contains("line 4, in <module>"), "{}", e.traceback);
    assert!(e.traceback.contains("line 2, in f"), "{}", e.traceback);
}

#[test]
fn syntax_error_is_an_err() {
    let (_, r) = run("x = (1,\n");
    let e = r.unwrap_err();
    assert_eq!(e.kind, "SyntaxError");
}

#[test]
fn recursion_900_deep_works_and_unbounded_recursion_is_an_error() {
    let (out, r) = run("def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(900))\n");
    assert!(r.is_ok(), "{r:?}");
    assert_eq!(out, "900\n");
    let (_, r) = run("def d(n):\n    return d(n + 1)\nd(0)\n");
    let e = r.unwrap_err();
    assert_eq!(e.kind, "RecursionError");
}

#[test]
fn recursion_limit_is_configurable() {
    let cfg = VmConfig { recursion_limit: 50, ..VmConfig::default() };
    let (_, r) = run_with(cfg, "def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(100))\n");
    assert_eq!(r.unwrap_err().kind, "RecursionError");
}

#[test]
fn garbage_is_collected_in_long_loops() {
    // Allocates far more than the heap limit in total, but little at a time.
    let cfg = VmConfig { heap_limit: 8 << 20, ..VmConfig::default() };
    let src = "t = 0\nfor i in range(200000):\n    l = [i, i + 1, str(i)]\n    t += len(l)\nprint(t)\n";
    let mut vm = Vm::new(cfg, Box::new(BufferHost::default()));
    let r = vm.run_source(src, "t.py");
    assert!(r.is_ok(), "{r:?}");
    assert_eq!(vm.take_buffered_stdout().unwrap(), "600000\n");
    assert!(vm.heap.stats.collections > 0, "no collection ran");
}

#[test]
fn heap_exhaustion_is_a_memory_error() {
    let cfg = VmConfig { heap_limit: 4 << 20, ..VmConfig::default() };
    let (_, r) = run_with(cfg.clone(), "l = []\nwhile True:\n    l.append([1, 2, 3])\n");
    assert_eq!(r.unwrap_err().kind, "MemoryError");
    let (_, r) = run_with(cfg, "s = 'x' * (10 ** 9)\n");
    assert_eq!(r.unwrap_err().kind, "MemoryError");
}

#[test]
fn vm_is_reusable_after_an_error() {
    let mut vm = Vm::new(VmConfig::default(), Box::new(BufferHost::default()));
    assert!(vm.run_source("1 / 0\n", "a.py").is_err());
    assert!(vm.run_source("print('still fine')\n", "b.py").is_ok());
    assert_eq!(vm.take_buffered_stdout().unwrap(), "still fine\n");
    assert!(vm.stack.is_empty() && vm.frames.is_empty());
}

/// Deterministic xorshift, so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

#[test]
fn fuzz_token_soup_through_compile_and_run_never_panics() {
    // Straight-line programs only (no loops), so running them always ends.
    let atoms = [
        "x", "y", "1", "0", "-1", "2.5", "'s'", "[]", "[1, 2]", "{}", "{1: 2}", "()", "(1,)", "None", "True",
        "10 ** 20", "len", "print", "range(3)", "x[0]", "x.y", "f(x)", "str", "int('7')",
    ];
    let ops = ["+", "-", "*", "/", "//", "%", "**", "<", "==", "in", "and", "or", "<<", "&", "|", "is"];
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for _ in 0..1500 {
        let mut src = String::new();
        for _ in 0..(rng.next() % 6 + 1) {
            let stmt = match rng.next() % 5 {
                0 => format!("x = {} {} {}\n", rng.pick(&atoms), rng.pick(&ops), rng.pick(&atoms)),
                1 => format!("y = [{}, {}]\n", rng.pick(&atoms), rng.pick(&atoms)),
                2 => format!("print({} {} {})\n", rng.pick(&atoms), rng.pick(&ops), rng.pick(&atoms)),
                3 => format!("if {}:\n    x = {}\n", rng.pick(&atoms), rng.pick(&atoms)),
                _ => format!("{}{}{}\n", rng.pick(&atoms), rng.pick(&[" ", "(", "[", ".", ":", ","]), rng.pick(&atoms)),
            };
            src.push_str(&stmt);
        }
        let cfg = VmConfig { heap_limit: 32 << 20, ..VmConfig::default() };
        let _ = run_with(cfg, &src);
    }
}

#[test]
fn fuel_stops_a_runaway_script() {
    let mut vm = Vm::new(VmConfig::default(), Box::new(BufferHost::default()));
    vm.set_fuel(Some(100_000));
    let e = vm.run_source("while True:\n    pass\n", "spin.py").unwrap_err();
    assert_eq!((e.kind.as_str(), e.message.as_str()), ("ouro.ExecutionStopped", "execution fuel exhausted"));
    assert_eq!(e.stop, Some(vm_core::vm::StopReason::FuelExhausted));
    // Recursion-free call loops are metered too.
    vm.set_fuel(Some(100_000));
    let e = vm.run_source("def f():\n    return 1\nwhile True:\n    f()\n", "calls.py").unwrap_err();
    assert_eq!(e.stop, Some(vm_core::vm::StopReason::FuelExhausted));
    vm.set_fuel(None);
    assert!(vm.run_source("print(sum(range(1000)))\n", "ok.py").is_ok());
}

#[test]
fn the_host_can_interrupt_a_running_script() {
    let mut vm = Vm::new(VmConfig::default(), Box::new(BufferHost::default()));
    let flag = vm.interrupt_handle();
    let setter = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(50));
        flag.keyboard_interrupt();
    });
    // `except Exception` does not swallow it: KeyboardInterrupt is a BaseException.
    let src = "n = 0\nwhile True:\n    try:\n        n += 1\n    except Exception:\n        pass\n";
    let e = vm.run_source(src, "loop.py").unwrap_err();
    setter.join().unwrap();
    assert_eq!(e.kind, "KeyboardInterrupt");
}
