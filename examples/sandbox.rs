//! A sandbox host: runs an untrusted script (a file, or a built-in sample)
//! with fuel, a wall-clock deadline and a heap limit, and shows the hard
//! stop: the script's own `except BaseException`/`finally` cannot keep it
//! running.
//!
//! `cargo run --release --example sandbox [-- script.py]`

use ouro::{Host, StopReason, Vm, VmConfig};

/// Collects output, caps it, and has a clock (for the deadline).
struct SandboxHost {
    out: String,
    start: std::time::Instant,
}

impl Host for SandboxHost {
    fn write_stdout(&mut self, text: &str) {
        if self.out.len() < 4096 {
            self.out.push_str(text);
        }
    }
    fn perf_counter(&self) -> Option<f64> {
        Some(self.start.elapsed().as_secs_f64())
    }
}

const SAMPLES: &[(&str, &str)] = &[
    ("spins and swallows everything", "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        print('caught it?')\n    finally:\n        print('finally?')\n"),
    ("allocates without bound", "x = []\nwhile True:\n    try:\n        x.append([0] * 1000)\n    except MemoryError:\n        print('MemoryError (catchable)')\n"),
    ("one huge built-in call", "print(len(list(range(10**10))))\n"),
    ("sleeps its time away", "import time\nwhile True:\n    time.sleep(0.01)\n"),
];

fn run(name: &str, source: &str) {
    let host = SandboxHost { out: String::new(), start: std::time::Instant::now() };
    let config = VmConfig { heap_limit: 8 << 20, recursion_limit: 200, ..VmConfig::default() };
    let mut vm = match Vm::try_new(config, Box::new(host)) {
        Ok(vm) => vm,
        Err(e) => return eprintln!("bad limits: {e}"),
    };
    vm.set_fuel(Some(20_000_000));
    vm.set_deadline(Some(1.0));
    let t = std::time::Instant::now();
    let result = vm.run_source(source, "untrusted.py");
    let took = t.elapsed();
    match result {
        Ok(()) => println!("{name}: finished in {took:?}"),
        Err(e) => match e.stop {
            Some(StopReason::FuelExhausted) => println!("{name}: out of fuel after {took:?}"),
            Some(StopReason::DeadlineExceeded) => println!("{name}: deadline after {took:?}"),
            Some(reason) => println!("{name}: stopped ({}) after {took:?}", reason.message()),
            None => println!("{name}: {e} after {took:?}"),
        },
    }
}

fn main() {
    match std::env::args().nth(1) {
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(source) => run(&path, &source),
            Err(e) => eprintln!("{path}: {e}"),
        },
        None => {
            for (name, source) in SAMPLES {
                run(name, source);
            }
        }
    }
}
