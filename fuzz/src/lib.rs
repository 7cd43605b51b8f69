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
