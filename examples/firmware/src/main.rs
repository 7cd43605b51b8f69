//! ouro on a microcontroller: runs `script.py` (compiled to bytecode on
//! the host by build.rs, embedded with `include_bytes!`) on an emulated
//! Cortex-M4 (QEMU `mps2-an386`) or RISC-V (QEMU `virt`) board, prints
//! through semihosting and exits with the script's status. No compiler in
//! the image unless the `compiler` feature asks for one.
//!
//! After the run it reports on stderr what the VM allocated: the bytes
//! `Vm::new` took, and the peak of the whole run.
#![no_std]
#![no_main]

extern crate alloc;

use alloc::boxed::Box;
use core::alloc::{GlobalAlloc, Layout};
use core::sync::atomic::{AtomicUsize, Ordering};

use vm_core::{Host, Vm, VmConfig};

#[cfg(target_arch = "arm")]
use cortex_m as _; // its critical-section implementation (single core)
#[cfg(target_arch = "riscv32")]
use riscv as _; // its critical-section implementation (single hart)

/// All the memory the VM gets, everything counted (the allocator's arena,
/// and the VM's heap limit): issue 15's 256 KiB budget for a small device.
const HEAP_SIZE: usize = 256 << 10;

/// The allocator: embedded-alloc's TLSF heap (O(1) allocation and free),
/// counting the bytes in use and their peak.
struct CountingHeap {
    heap: embedded_alloc::TlsfHeap,
    used: AtomicUsize,
    peak: AtomicUsize,
}

// SAFETY: forwards to the TLSF heap, which upholds `GlobalAlloc`'s
// contract; the counters only observe.
unsafe impl GlobalAlloc for CountingHeap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on unchanged.
        let p = unsafe { self.heap.alloc(layout) };
        if !p.is_null() {
            let now = self.used.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            self.peak.fetch_max(now, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.used.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { self.heap.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static HEAP: CountingHeap =
    CountingHeap { heap: embedded_alloc::TlsfHeap::empty(), used: AtomicUsize::new(0), peak: AtomicUsize::new(0) };

fn write(out: &mut impl semihosting::io::Write, text: &str) {
    // Nowhere to report a failed write to the debugger's console.
    let _ = out.write_all(text.as_bytes());
}

/// Prints through semihosting: the debugger's (here QEMU's) stdout/stderr.
struct SemihostingHost {
    stdout: Option<semihosting::io::Stdout>,
    stderr: Option<semihosting::io::Stderr>,
}

impl Host for SemihostingHost {
    fn write_stdout(&mut self, text: &str) {
        if let Some(out) = &mut self.stdout {
            write(out, text);
        }
    }
    fn write_stderr(&mut self, text: &str) {
        if let Some(err) = &mut self.stderr {
            write(err, text);
        }
    }
    fn script_name(&self) -> &str {
        "script.py"
    }
}

fn host() -> SemihostingHost {
    SemihostingHost { stdout: semihosting::io::stdout().ok(), stderr: semihosting::io::stderr().ok() }
}

#[cfg(not(feature = "compiler"))]
fn run(vm: &mut Vm) -> Result<(), vm_core::ScriptError> {
    vm.run_bytecode(include_bytes!(concat!(env!("OUT_DIR"), "/script.ouroc")))
}

#[cfg(feature = "compiler")]
fn run(vm: &mut Vm) -> Result<(), vm_core::ScriptError> {
    vm.run_source(include_str!("../script.py"), "script.py")
}

/// `text` followed by `n` in decimal, without the formatting machinery.
fn report(out: &mut SemihostingHost, text: &str, n: usize) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.write_stderr(text);
    out.write_stderr(core::str::from_utf8(&buf[i..]).unwrap_or("?"));
}

#[cfg_attr(target_arch = "arm", cortex_m_rt::entry)]
#[cfg_attr(target_arch = "riscv32", riscv_rt::entry)]
fn main() -> ! {
    // SAFETY: called once, before anything allocates.
    unsafe {
        static mut ARENA: [core::mem::MaybeUninit<u8>; HEAP_SIZE] = [core::mem::MaybeUninit::uninit(); HEAP_SIZE];
        HEAP.heap.init(&raw mut ARENA as usize, HEAP_SIZE);
    }
    // The VM's limit is five eighths of the arena: the rest is for what
    // the VM's estimate of its memory does not see (the allocator's own
    // overhead and fragmentation, and the moment a growing buffer's old
    // and new copies are both allocated). An allocation the arena cannot
    // serve is a panic; the VM's limit is a MemoryError. (Three quarters
    // left too little: the script's fills, which take the VM to its limit,
    // made a small allocation fail on some builds and not others.)
    let config = VmConfig::small(HEAP_SIZE / 8 * 5);
    let mut vm = Vm::new(config, Box::new(host()));
    let after_new = HEAP.used.load(Ordering::Relaxed);
    let status = match run(&mut vm) {
        Ok(()) => 0,
        Err(e) => {
            vm.host.write_stderr(&e.traceback);
            e.exit_code
        }
    };
    drop(vm);
    let mut out = host();
    report(&mut out, "firmware: Vm::new allocated ", after_new);
    report(&mut out, " bytes, peak ", HEAP.peak.load(Ordering::Relaxed));
    report(&mut out, " bytes of a ", HEAP_SIZE);
    out.write_stderr(" byte heap\n");
    semihosting::process::exit(status)
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    let mut out = host();
    out.write_stderr("firmware: panic");
    if let Some(loc) = info.location() {
        out.write_stderr(" at ");
        out.write_stderr(loc.file());
        report(&mut out, ":", loc.line() as usize);
    }
    out.write_stderr("\n");
    semihosting::process::exit(101)
}
