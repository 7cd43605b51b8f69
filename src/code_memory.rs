//! The `std` code memory: pages from the operating system through the
//! `region` crate, mapped read-write, switched to read-execute before the
//! code first runs (never both), and optionally named in a perf map so
//! `perf report` attributes samples to traces.

use std::io::Write;
use std::ptr::NonNull;

use vm_core::jit::code_memory::{CodeMemory, CodeMemoryError};

/// Code pages from the operating system.
#[derive(Debug, Default)]
pub struct OsCodeMemory {
    perf_map: Option<std::fs::File>,
}

impl OsCodeMemory {
    /// Code memory without a perf map.
    pub fn new() -> OsCodeMemory {
        OsCodeMemory::default()
    }

    /// Code memory that appends a line per compiled trace to
    /// `/tmp/perf-PID.map` (the file perf reads to name JIT code).
    pub fn with_perf_map() -> std::io::Result<OsCodeMemory> {
        let path = format!("/tmp/perf-{}.map", std::process::id());
        let file = std::fs::OpenOptions::new().create(true).append(true).open(path)?;
        Ok(OsCodeMemory { perf_map: Some(file) })
    }
}

impl CodeMemory for OsCodeMemory {
    fn page_size(&self) -> usize {
        region::page::size()
    }

    fn map_writable(&mut self, len: usize) -> Result<NonNull<u8>, CodeMemoryError> {
        let mapping = region::alloc(len, region::Protection::READ_WRITE).map_err(|_| CodeMemoryError::MapFailed)?;
        // Ownership passes to the JIT's arena, which gives it back to `unmap`.
        let (ptr, _) = mapping.into_raw_parts::<u8>();
        NonNull::new(ptr).ok_or(CodeMemoryError::MapFailed)
    }

    unsafe fn make_executable(&mut self, ptr: NonNull<u8>, len: usize) -> Result<(), CodeMemoryError> {
        // SAFETY: per the trait's contract, `ptr..ptr + len` is a whole
        // mapping made by `map_writable` and still mapped; nothing writes
        // it after this (x86-64 instruction fetch is coherent with stores).
        unsafe { region::protect(ptr.as_ptr(), len, region::Protection::READ_EXECUTE) }
            .map_err(|_| CodeMemoryError::ProtectFailed)
    }

    unsafe fn unmap(&mut self, ptr: NonNull<u8>, len: usize) {
        // SAFETY: per the trait's contract, a whole live mapping from
        // `map_writable`, no longer running; rebuilding the `Allocation`
        // and dropping it unmaps it once.
        drop(unsafe { region::Allocation::from_raw_parts(ptr.as_ptr(), len) });
    }

    fn describe(&mut self, addr: usize, len: usize, name: &str) {
        if let Some(f) = self.perf_map.as_mut() {
            let _ = writeln!(f, "{addr:x} {len:x} {name}");
        }
    }
}
