//! ouro's fuzz targets: the per-input work is in `harness.rs` (shared with
//! the workspace's `tests/fuzz_regressions.rs`); this crate adds a global
//! allocator that aborts when the process holds far more memory than the
//! `run` target's heap limit allows, so "never exceeds its heap limit" is
//! checked in real bytes, not only in the VM's own estimate.

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

#[path = "harness.rs"]
mod harness;
pub use harness::*;

use std::ptr::NonNull;

use ouro::jit::code_memory::{CodeMemory, CodeMemoryError};

/// Code pages from the operating system (what the facade's `OsCodeMemory`
/// does, without the facade's `std` feature and the CLI it brings).
struct Pages;

impl CodeMemory for Pages {
    fn page_size(&self) -> usize {
        region::page::size()
    }
    fn map_writable(&mut self, len: usize) -> Result<NonNull<u8>, CodeMemoryError> {
        let mapping = region::alloc(len, region::Protection::READ_WRITE).map_err(|_| CodeMemoryError::MapFailed)?;
        let (ptr, _) = mapping.into_raw_parts::<u8>();
        NonNull::new(ptr).ok_or(CodeMemoryError::MapFailed)
    }
    unsafe fn make_executable(&mut self, ptr: NonNull<u8>, len: usize) -> Result<(), CodeMemoryError> {
        // SAFETY: the trait's contract: a whole live mapping from `map_writable`.
        unsafe { region::protect(ptr.as_ptr(), len, region::Protection::READ_EXECUTE) }
            .map_err(|_| CodeMemoryError::ProtectFailed)
    }
    unsafe fn unmap(&mut self, ptr: NonNull<u8>, len: usize) {
        // SAFETY: the trait's contract: a whole mapping from `map_writable`, unmapped once.
        drop(unsafe { region::Allocation::from_raw_parts(ptr.as_ptr(), len) });
    }
}

/// Executable pages for the x86-64 backend (used by the harness).
fn code_memory() -> Box<dyn CodeMemory> {
    Box::new(Pages)
}

/// Live bytes allocated through Rust's allocator.
static LIVE: AtomicUsize = AtomicUsize::new(0);

/// Rust-side memory a run may hold: the VM's heap limit plus its tables,
/// output buffers and the JIT's traces, with a wide margin. libFuzzer's own
/// memory goes through C's malloc and is not counted.
const LIVE_CEILING: usize = 256 << 20;

struct Guarded;

// SAFETY: forwards to `System` with the same layouts; only counts.
unsafe impl GlobalAlloc for Guarded {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        // SAFETY: the caller's contract for `alloc` is passed on unchanged.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        // SAFETY: as for `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            note(new_size - layout.size());
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        // SAFETY: `ptr` came from `System` with `layout`; the caller's contract holds.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

fn note(bytes: usize) {
    let live = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    if live > LIVE_CEILING {
        // No allocation from here on: a fixed message, then abort (libFuzzer
        // saves the input as a crash).
        let _ = std::io::stderr().write_all(b"ouro-fuzz: live Rust allocations passed 256 MiB (heap limit not honoured)\n");
        std::process::abort();
    }
}

#[global_allocator]
static GLOBAL: Guarded = Guarded;
