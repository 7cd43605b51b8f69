//! Proof that vm-core runs without std: no std, no main, our own global
//! allocator over a static buffer, our own panic handler. The only outside
//! function used is the C library's `write` (to print) and `_exit`.
#![no_std]
#![no_main]

extern crate alloc;

use alloc::boxed::Box;
use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicUsize, Ordering};

use vm_core::{Host, Vm, VmConfig};

#[link(name = "c")]
extern "C" {
    fn write(fd: i32, buf: *const u8, count: usize) -> isize;
    fn _exit(code: i32) -> !;
}

fn write_fd(fd: i32, bytes: &[u8]) {
    // SAFETY: `bytes` is a valid slice for the duration of the call.
    unsafe {
        write(fd, bytes.as_ptr(), bytes.len());
    }
}

/// Size of the static heap the VM allocates from.
const ARENA_SIZE: usize = 64 << 20;

/// A bump allocator over a static buffer: never frees, but grows the most
/// recent allocation in place.
struct Arena {
    buf: UnsafeCell<[u8; ARENA_SIZE]>,
    next: AtomicUsize,
}

// SAFETY: all mutation goes through the atomic `next` cursor; distinct
// allocations never overlap.
unsafe impl Sync for Arena {}

// SAFETY: `alloc` hands out disjoint, suitably aligned ranges of the static
// buffer, or null when it is exhausted.
unsafe impl GlobalAlloc for Arena {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let base = self.buf.get() as usize;
        let mut cur = self.next.load(Ordering::Relaxed);
        loop {
            let start = (base + cur).next_multiple_of(layout.align()) - base;
            let end = start + layout.size();
            if end > ARENA_SIZE {
                return core::ptr::null_mut();
            }
            match self.next.compare_exchange(cur, end, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => return (base + start) as *mut u8,
                Err(now) => cur = now,
            }
        }
    }

    unsafe fn dealloc(&self, _ptr: *mut u8, _layout: Layout) {}
}

#[global_allocator]
static ALLOC: Arena = Arena { buf: UnsafeCell::new([0; ARENA_SIZE]), next: AtomicUsize::new(0) };

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    write_fd(2, b"nostd-run: panic\n");
    // SAFETY: terminating the process is always sound.
    unsafe { _exit(101) }
}

/// The prebuilt `alloc` library references the unwinder even though this
/// program aborts on panic; nothing can unwind here, so the symbol only has
/// to exist.
#[no_mangle]
extern "C" fn _Unwind_Resume() -> ! {
    // SAFETY: terminating the process is always sound.
    unsafe { _exit(134) }
}

/// Likewise the personality routine the unwind tables name; never called.
#[no_mangle]
extern "C" fn rust_eh_personality() {}

struct FdHost;

impl Host for FdHost {
    fn write_stdout(&mut self, text: &str) {
        write_fd(1, text.as_bytes());
    }
    fn write_stderr(&mut self, text: &str) {
        write_fd(2, text.as_bytes());
    }
    fn script_name(&self) -> &str {
        "nostd.py"
    }
}

const SCRIPT: &str = r#"
class Vec2:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Vec2(self.x + other.x, self.y + other.y)
    def __repr__(self):
        return "Vec2(" + repr(self.x) + ", " + repr(self.y) + ")"

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

total = Vec2(0, 0)
for i in range(10):
    total = total + Vec2(i, i * 0.5)
print(total)
print(fib(20), 2 ** 100, [x * x for x in range(6)], {"k": (1, 2.5)})
"#;

const EXPECTED: &str = "Vec2(45, 22.5)\n6765 1267650600228229401496703205376 [0, 1, 4, 9, 16, 25] {'k': (1, 2.5)}\n";

#[no_mangle]
extern "C" fn main(_argc: i32, _argv: *const *const u8) -> i32 {
    let mut vm = Vm::new(VmConfig { heap_limit: 16 << 20, ..VmConfig::default() }, Box::new(vm_core::BufferHost::default()));
    if let Err(e) = vm.run_source(SCRIPT, "nostd.py") {
        FdHost.write_stderr(&e.traceback);
        return 1;
    }
    let out = vm.take_buffered_stdout().unwrap_or_default();
    FdHost.write_stdout(&out);
    if out != EXPECTED {
        FdHost.write_stderr("nostd-run: output differs from the expected text\n");
        return 1;
    }
    FdHost.write_stdout("nostd-run: ok\n");
    0
}
