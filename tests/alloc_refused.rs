//! An allocator that runs out before the VM's heap limit does (a device
//! whose memory is little more than the limit: the allocator's own
//! overhead, fragmentation and a growing buffer's two copies are not in the
//! VM's estimate) gives the script a `MemoryError` it can catch, never an
//! abort of the host: each growing container's next buffer is asked for
//! fallibly. Under every JIT mode, at the default thresholds and with
//! traces formed at once.
//!
//! This test binary's global allocator refuses what would pass a cap; the
//! cap is armed only while a script runs, and there is one `#[test]`, so
//! nothing else allocates meanwhile.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use ouro::jit::JitParams;
use ouro::{Host, JitMode, Vm, VmConfig};

/// Bytes allocated through [`Capped`] and not yet freed.
static IN_USE: AtomicUsize = AtomicUsize::new(0);
/// Allocations that would take [`IN_USE`] past this are refused.
static CAP: AtomicUsize = AtomicUsize::new(usize::MAX);

/// The system allocator, refusing past [`CAP`].
struct Capped;

// SAFETY: every allocation is the system allocator's, made and freed with
// the caller's layout; refusing (a null pointer) is allowed by the trait.
unsafe impl GlobalAlloc for Capped {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if IN_USE.load(Ordering::Relaxed).saturating_add(layout.size()) > CAP.load(Ordering::Relaxed) {
            return std::ptr::null_mut();
        }
        // SAFETY: the caller's layout has a non-zero size (the trait's contract).
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            IN_USE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Capped = Capped;

/// Memory the allocator serves while a script runs, beyond what was in use
/// before: below the VM's heap limit ([`HEAP_LIMIT`]).
const BUDGET: usize = 24 << 20;

/// The VM's heap limit: its collector paces itself by it (the script
/// collects between containers too, so each starts with the memory free).
const HEAP_LIMIT: usize = 48 << 20;

/// Grows one container of each kind until it is done (it never is within
/// the budget) or the allocator refuses; prints how each ended, then shows
/// the VM still works. "objects" is millions of small objects alive at
/// once, which own no buffer: the heap's slot table is what grows.
const KINDS: &[&str] = &[
    "list.append",
    "list comprehension",
    "list(iterable)",
    "list.insert",
    "str +",
    "dict",
    "set",
    "bytearray",
    "list * n",
    "str * n",
    "dict comprehension",
    "set comprehension",
    "str.join",
    "objects",
    "join of a generator",
];

/// The script's body: `KINDS` (the list above) is prepended.
const SCRIPT: &str = r#"
import gc

def grow(kind):
    try:
        if kind == "list.append":
            x = []
            for i in range(10_000_000):
                x.append(i)
        elif kind == "list comprehension":
            x = [i for i in range(10_000_000)]
        elif kind == "list(iterable)":
            x = list(i for i in range(10_000_000))
        elif kind == "list.insert":
            x = []
            for i in range(10_000_000):
                x.insert(0, i) if i < 8 else x.append(i)
        elif kind == "str +":
            x = "ab"
            for i in range(40):
                x = x + x
        elif kind == "dict":
            x = {}
            for i in range(10_000_000):
                x[i] = i
        elif kind == "set":
            x = set()
            for i in range(10_000_000):
                x.add(i)
        elif kind == "bytearray":
            x = bytearray()
            for i in range(10_000_000):
                x.extend(b"abcdefgh")
        elif kind == "list * n":
            x = [0] * 2_000_000
        elif kind == "str * n":
            x = "ab" * 16_000_000
        elif kind == "dict comprehension":
            x = {i: i for i in range(10_000_000)}
        elif kind == "set comprehension":
            x = {i for i in range(10_000_000)}
        elif kind == "str.join":
            x = "-".join(["x" * 1000] * 30_000)
        elif kind == "objects":
            x = [range(i) for i in range(10_000_000)]
        elif kind == "join of a generator":
            x = "".join(str(i) for i in range(10_000_000))
        return "done"
    except MemoryError:
        return "MemoryError"

for kind in KINDS:
    print(kind, grow(kind))
    gc.collect()
print("still running", sum(range(10)))
"#;

/// A host that collects stdout.
struct Collect(String);

impl Host for Collect {
    fn write_stdout(&mut self, text: &str) {
        self.0.push_str(text);
    }
    fn take_buffered_stdout(&mut self) -> Option<String> {
        Some(std::mem::take(&mut self.0))
    }
}

#[test]
fn a_refused_allocation_is_a_memory_error() {
    let script = format!("KINDS = {KINDS:?}\n{SCRIPT}");
    let mut expected: String = KINDS.iter().map(|kind| format!("{kind} MemoryError\n")).collect();
    expected.push_str("still running 45\n");
    for &mode in JitMode::available() {
        for hot in [JitParams::default().hot_loop, 1] {
            let params =
                JitParams { hot_loop: hot, hot_exit: hot.min(JitParams::default().hot_exit), ..JitParams::default() };
            let mut vm =
                Vm::new(VmConfig { heap_limit: HEAP_LIMIT, ..VmConfig::default() }, Box::new(Collect(String::new())));
            ouro::configure_jit(&mut vm, mode, params).expect("mode in this build");
            CAP.store(IN_USE.load(Ordering::Relaxed) + BUDGET, Ordering::Relaxed);
            let result = vm.run_source(&script, "grow.py");
            CAP.store(usize::MAX, Ordering::Relaxed);
            let out = vm.host.take_buffered_stdout().unwrap_or_default();
            assert!(result.is_ok(), "{mode:?} hot_loop {hot}: {result:?}\n{out}");
            assert_eq!(out, expected, "{mode:?} hot_loop {hot}");
        }
    }
}
