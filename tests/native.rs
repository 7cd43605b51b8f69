//! The x86-64 backend against the reference backend and the host: the
//! optimizer's golden traces and the JIT corpus give the same results,
//! exits and counters under both; code memory is never writable and
//! executable at once; a tiny code memory flushes and stays correct; the
//! perf map names traces.
#![cfg(target_arch = "x86_64")]

use std::path::Path;
use std::ptr::NonNull;

use ouro::jit::code_memory::{CodeMemory, CodeMemoryError};
use ouro::jit::{JitParams, JitStats};
use ouro::vm::BufferHost;
use ouro::{JitMode, OsCodeMemory, ScriptError, Vm, VmConfig};

/// Runs a script with `configure`'s JIT; stdout, result and counters.
fn run(source: &str, configure: impl FnOnce(&mut Vm) + Send + 'static) -> (String, Result<(), ScriptError>, JitStats) {
    let source = source.to_string();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut vm = Vm::new(VmConfig::default(), Box::new(BufferHost::default()));
            configure(&mut vm);
            let result = vm.run_source(&source, "test.py");
            let out = vm.host.take_buffered_stdout().unwrap_or_default();
            (out, result, vm.jit.as_ref().map(|j| j.counters()).unwrap_or_default())
        })
        .expect("thread")
        .join()
        .expect("no panic")
}

fn params(threshold: Option<u32>) -> JitParams {
    let mut p = JitParams::default();
    if let Some(t) = threshold {
        p.set_threshold(t);
    }
    p
}

fn scripts(dir: &str) -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<_> = std::fs::read_dir(&dir)
        .expect("script directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    out.sort();
    out
}

/// What both backends must agree on: how traces formed, were entered,
/// exited, linked and were invalidated. (Not the bytecode counted in
/// traces: backend-interp does not count the iterations of a run that
/// raised, machine code does.)
fn behaviour(s: &JitStats) -> [u64; 7] {
    [s.recordings, s.root_traces, s.side_traces, s.entries, s.cold_exits, s.linked_exits, s.invalidations]
}

#[test]
fn both_backends_run_the_golden_traces_alike() {
    let mut files = scripts("opt");
    files.extend(scripts("conformance/jit"));
    assert!(files.len() >= 20, "scripts missing");
    for file in files {
        let source = std::fs::read_to_string(&file).expect("read");
        let name = file.display().to_string();
        for threshold in [Some(1), Some(7), None] {
            let p = params(threshold);
            let q = p.clone();
            let (out_i, res_i, st_i) =
                run(&source, move |vm| ouro::configure_jit(vm, JitMode::Interp, p).expect("interp"));
            let (out_x, res_x, st_x) =
                run(&source, move |vm| ouro::configure_jit(vm, JitMode::X86_64, q).expect("x86_64"));
            assert_eq!(out_x, out_i, "{name} at {threshold:?}: output");
            assert_eq!(res_x, res_i, "{name} at {threshold:?}: result");
            assert_eq!(behaviour(&st_x), behaviour(&st_i), "{name} at {threshold:?}: {st_x:?}\nvs interp {st_i:?}");
        }
    }
}

/// Code memory that reads `/proc/self/maps` after every change and
/// records any mapping that is writable and executable at once.
struct CheckedMemory {
    inner: OsCodeMemory,
    seen: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    changes: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

fn writable_and_executable() -> Vec<String> {
    let maps = std::fs::read_to_string("/proc/self/maps").expect("/proc/self/maps");
    maps.lines()
        .filter(|l| l.split_whitespace().nth(1).is_some_and(|perms| perms.contains('w') && perms.contains('x')))
        .map(String::from)
        .collect()
}

impl CheckedMemory {
    fn check(&self) {
        self.changes.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.seen.lock().expect("lock").extend(writable_and_executable());
    }
}

impl CodeMemory for CheckedMemory {
    fn page_size(&self) -> usize {
        self.inner.page_size()
    }
    fn map_writable(&mut self, len: usize) -> Result<NonNull<u8>, CodeMemoryError> {
        let r = self.inner.map_writable(len);
        self.check();
        r
    }
    unsafe fn make_executable(&mut self, ptr: NonNull<u8>, len: usize) -> Result<(), CodeMemoryError> {
        // SAFETY: forwarded with the caller's guarantees.
        let r = unsafe { self.inner.make_executable(ptr, len) };
        self.check();
        r
    }
    unsafe fn unmap(&mut self, ptr: NonNull<u8>, len: usize) {
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { self.inner.unmap(ptr, len) };
        self.check();
    }
}

#[test]
fn code_memory_is_never_writable_and_executable() {
    assert!(writable_and_executable().is_empty(), "the test process starts with W+X mappings");
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let changes = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let (s, c) = (seen.clone(), changes.clone());
    // Traces form, link, get invalidated and freed (the class changes).
    let src = "
class A:
    def __init__(self):
        self.x = 1
    def get(self):
        return self.x
a = A()
t = 0
for k in range(3):
    for i in range(3000):
        if i % 3 == 0:
            t += a.get()
        else:
            t -= 1
    A.get = lambda self: 5
print(t)
";
    let (out, result, stats) = run(src, move |vm| {
        let memory = CheckedMemory { inner: OsCodeMemory::new(), seen: s, changes: c };
        ouro::configure_native_jit(vm, Box::new(memory), params(Some(10))).expect("x86_64");
    });
    result.expect("runs");
    assert_eq!(out, "5000\n");
    assert!(stats.side_traces >= 1 && stats.invalidations >= 1 && stats.traces_freed >= 1, "{stats:?}");
    assert!(changes.load(std::sync::atomic::Ordering::Relaxed) >= 6, "code memory was used");
    assert_eq!(*seen.lock().expect("lock"), Vec::<String>::new(), "W+X mappings seen");
}

#[test]
fn a_tiny_code_memory_flushes_and_stays_correct() {
    let src = "
def f(n):
    s = 0
    for i in range(n):
        if i % 2:
            s += i
        elif i % 3:
            s -= 1
        else:
            s += 2
    return s
t = 0
for k in range(40):
    t += f(300)
    j = 0
    while j < 50:
        j += 1
print(t, j)
";
    let (want, _, _) = run(src, |_| {});
    for limit in [4096u32, 8192, 65536] {
        let mut p = params(Some(3));
        p.max_code_bytes = limit;
        let (out, result, stats) = run(src, move |vm| ouro::configure_jit(vm, JitMode::X86_64, p).expect("x86_64"));
        result.expect("runs");
        assert_eq!(out, want, "max_code_bytes={limit}");
        if limit == 4096 {
            assert!(stats.flushes >= 1, "one page cannot hold the traces: {stats:?}");
        }
    }
}

#[test]
fn perf_map_names_each_trace() {
    let path = format!("/tmp/perf-{}.map", std::process::id());
    let _ = std::fs::remove_file(&path);
    let (_, result, stats) = run("s = 0\nfor i in range(5000):\n    s += i\nprint(s)\n", |vm| {
        let memory = OsCodeMemory::with_perf_map().expect("perf map");
        ouro::configure_native_jit(vm, Box::new(memory), params(Some(10))).expect("x86_64");
    });
    result.expect("runs");
    let map = std::fs::read_to_string(&path).expect("perf map written");
    let _ = std::fs::remove_file(&path);
    assert!(stats.root_traces >= 1);
    let line = map.lines().next().expect("a line per trace");
    let mut parts = line.splitn(3, ' ');
    let (addr, len, name) = (parts.next(), parts.next(), parts.next());
    assert!(addr.is_some_and(|a| usize::from_str_radix(a, 16).is_ok()), "{line}");
    assert!(len.is_some_and(|l| usize::from_str_radix(l, 16).is_ok_and(|n| n > 0)), "{line}");
    assert!(name.is_some_and(|n| n.starts_with("ouro trace 0 (loop at <module>@")), "{line}");
}
