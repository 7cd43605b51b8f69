//! What each fuzz target does with one input. Shared by the fuzz targets
//! (`fuzz/fuzz_targets/`) and by the regression test that replays every
//! input the fuzzers ever broke ouro with (`tests/fuzz_regressions.rs`), so a
//! fixed crash stays fixed on the stable toolchain too.
//!
//! Input: bytes from libFuzzer (or a saved file). Output: nothing; a bug is a
//! panic (the fuzz build aborts on it and libFuzzer saves the input).
//!
//! The includer provides `crate::code_memory()`: executable pages for the
//! x86-64 backend.

use ouro::jit::JitParams;
use ouro::{Host, JitMode, Vm, VmConfig};

/// Fuel for one `run` input: loop back edges, calls and slices of bulk
/// built-in work (see `Vm::set_fuel`). Small, so each input runs in
/// milliseconds and a hang is a bug, not a long program.
pub const RUN_FUEL: u64 = 20_000;

/// Heap limit for one `run` input (the smallest limit the VM accepts is
/// 256 KiB; 2 MiB leaves room for a few imports of the stdlib).
pub const RUN_HEAP_LIMIT: usize = 2 << 20;

/// The estimated live heap may pass the limit between two safepoints and
/// bulk allocations are refused past twice the limit
/// (`Heap::would_exceed`); past this many bytes the limit did not hold.
pub const RUN_HEAP_CEILING: usize = 4 * RUN_HEAP_LIMIT;

/// Stack for the thread each input runs on: deep input must hit the
/// parser's nesting bound or `RecursionError` long before this.
const STACK_BYTES: usize = 64 << 20;

/// Source text: the input as UTF-8 (invalid bytes replaced, as a lossy
/// reader would; the compiler must take any `str`).
fn source_of(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Runs `f` on a thread with a fixed stack (the same in the fuzz build and
/// the tests), re-raising its panic.
fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    let handle = std::thread::Builder::new().stack_size(STACK_BYTES).spawn(f).expect("spawn a thread");
    if let Err(panic) = handle.join() {
        std::panic::resume_unwind(panic);
    }
}

/// `compile` target: lexer, parser and code generator on arbitrary text,
/// as a module and in `eval` mode, then the disassembler on what compiled.
pub fn compile_input(data: &[u8]) {
    let source = source_of(data);
    on_big_stack(move || {
        if let Ok(code) = ouro::compiler::compile(&source, "<fuzz>") {
            let mut listing = String::new();
            ouro::bytecode::disasm::disassemble(&code, &mut listing);
        }
        let _ = ouro::compiler::compile_eval(&source, "<fuzz>");
    });
}

/// A host that drops output but keeps its size bounded and has a clock
/// that advances on its own (`time` module calls are deterministic).
#[derive(Default)]
struct NullHost {
    written: usize,
    ticks: std::cell::Cell<f64>,
}

impl Host for NullHost {
    fn write_stdout(&mut self, text: &str) {
        self.written += text.len();
    }
    fn write_stderr(&mut self, text: &str) {
        self.written += text.len();
    }
    fn perf_counter(&self) -> Option<f64> {
        let t = self.ticks.get() + 0.001;
        self.ticks.set(t);
        Some(t)
    }
    fn time(&self) -> Option<f64> {
        self.perf_counter().map(|t| t + 1.7e9)
    }
}

/// The run configurations the first byte of a `run` input picks from:
/// each JIT mode of the build, at the default thresholds, with traces at the
/// first back edge, and at threshold 1 with every third guard failing.
pub fn run_configs() -> Vec<(JitMode, JitParams)> {
    let mut v = Vec::new();
    for &mode in JitMode::available() {
        v.push((mode, JitParams::default()));
        if mode != JitMode::Off {
            let mut t1 = JitParams::default();
            t1.set_threshold(1);
            v.push((mode, t1.clone()));
            let mut stress = t1;
            stress.stress_exits = 3;
            stress.min_open_trace = 0;
            v.push((mode, stress));
        }
    }
    v
}

/// A VM with the `run` target's limits and fuel, in `mode`.
fn limited_vm(mode: JitMode, params: JitParams) -> Vm {
    let config = VmConfig {
        heap_limit: RUN_HEAP_LIMIT,
        recursion_limit: 200,
        max_native_depth: 40,
        argv: vec!["<fuzz>".into()],
        ..VmConfig::default()
    };
    let mut vm = Vm::new(config, Box::<NullHost>::default());
    match mode {
        // Code pages from the includer: the fuzz build links the facade
        // without `std` (no CLI dependencies to instrument).
        JitMode::X86_64 => ouro::configure_native_jit(&mut vm, crate::code_memory(), params),
        _ => ouro::configure_jit(&mut vm, mode, params),
    }
    .expect("an available JIT mode");
    vm.set_fuel(Some(RUN_FUEL));
    vm
}

/// The heap stayed within [`RUN_HEAP_CEILING`].
fn check_heap(vm: &Vm) {
    assert!(
        vm.heap.bytes() <= RUN_HEAP_CEILING,
        "heap at {} bytes after the run, limit {RUN_HEAP_LIMIT}",
        vm.heap.bytes()
    );
}

/// `run` target: the first byte picks a configuration ([`run_configs`]),
/// the rest is a program run with [`RUN_FUEL`] fuel, a [`RUN_HEAP_LIMIT`]
/// heap and small recursion limits. Whatever the program does, the VM must
/// return (a result or a Python error), and its heap must stay under
/// [`RUN_HEAP_CEILING`]. A second program on the same VM must still run.
pub fn run_input(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else { return };
    let source = source_of(rest);
    on_big_stack(move || {
        let configs = run_configs();
        let (mode, params) = configs[selector as usize % configs.len()].clone();
        let mut vm = limited_vm(mode, params);
        let _ = vm.run_source(&source, "<fuzz>");
        check_heap(&vm);
        // The VM stays usable after whatever happened (including a hard stop).
        vm.set_fuel(Some(1_000));
        vm.run_source("x = [1, 2]\nx.append(len(x))\n", "<after>").expect("a VM stays usable after any script");
    });
}

/// `loader` target: bytecode through the loader and the verifier, and what
/// they accept through tier 1 and the JIT. Input: a payload (what follows
/// the 28-byte header); the harness writes a valid header for it (magic,
/// version, length, this build's fingerprint, the payload's CRC-32) so
/// mutations reach the decoder and verifier instead of stopping at the
/// checksum. An input that starts with the magic is used as a whole file,
/// so the header checks are fuzzed too. Loading must give `Ok` or `Err`,
/// never panic; code that loads must run within its limits like any
/// script (verified bytecode cannot crash the interpreter).
pub fn load_input(data: &[u8]) {
    use ouro::bytecode::file::{crc32, fingerprint, from_bytes, FORMAT_VERSION, HEADER_LEN, MAGIC};
    let file = if data.starts_with(&MAGIC) {
        data.to_vec()
    } else {
        let mut f = Vec::with_capacity(HEADER_LEN + data.len());
        f.extend_from_slice(&MAGIC);
        f.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        f.extend_from_slice(&0u16.to_le_bytes());
        f.extend_from_slice(&(data.len() as u32).to_le_bytes());
        f.extend_from_slice(&fingerprint().to_le_bytes());
        f.extend_from_slice(&crc32(data).to_le_bytes());
        f.extend_from_slice(data);
        f
    };
    on_big_stack(move || {
        if from_bytes(&file).is_err() {
            return;
        }
        // Tier 1 alone, then the reference backend with traces at once.
        let mut t1 = JitParams::default();
        t1.set_threshold(1);
        for (mode, params) in [(JitMode::Off, JitParams::default()), (JitMode::Interp, t1)] {
            let mut vm = limited_vm(mode, params);
            let _ = vm.run_bytecode(&file);
            check_heap(&vm);
        }
    });
}
