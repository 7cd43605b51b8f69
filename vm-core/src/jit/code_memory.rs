//! Executable memory for compiled traces. Input: machine code from a
//! native backend. Output: code the processor can run, in pages that are
//! never writable and executable at the same time.
//!
//! The host supplies the pages through [`CodeMemory`] (a kernel's page
//! tables, a firmware's executable RAM, a console's JIT region; the facade's
//! `std` feature implements it with the `region` crate). [`CodeArena`] sits
//! on top: it enforces the JIT's byte limit, fills fresh pages with a
//! trapping byte, and hands out code as a typestate: a [`WritableCode`]
//! buffer becomes an [`ExecutableCode`] by being consumed, so no code path
//! can write to published code or run unpublished code.

use alloc::boxed::Box;
use alloc::rc::Rc;
use core::cell::RefCell;
use core::fmt;
use core::ptr::NonNull;

/// Why code memory could not be provided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeMemoryError {
    /// The JIT's byte limit (`max_code_bytes`) is reached.
    LimitReached,
    /// The host could not map more pages.
    MapFailed,
    /// The host could not change a mapping's protection.
    ProtectFailed,
}

impl fmt::Display for CodeMemoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CodeMemoryError::LimitReached => "the JIT's code memory limit is reached",
            CodeMemoryError::MapFailed => "the host could not map code memory",
            CodeMemoryError::ProtectFailed => "the host could not make code memory executable",
        })
    }
}

impl core::error::Error for CodeMemoryError {}

/// Pages for machine code, as the host provides them. Every mapping starts
/// readable and writable (not executable) and is switched to readable and
/// executable (not writable) once; the JIT never asks for both at once.
pub trait CodeMemory {
    /// The granularity of mappings and protection changes, in bytes.
    fn page_size(&self) -> usize;

    /// Maps `len` bytes (a multiple of [`CodeMemory::page_size`]) readable
    /// and writable, not executable.
    fn map_writable(&mut self, len: usize) -> Result<NonNull<u8>, CodeMemoryError>;

    /// Makes a whole mapping readable and executable, and not writable.
    /// On processors without coherent instruction caches this also makes
    /// the new code visible to instruction fetch.
    ///
    /// # Safety
    /// `ptr` and `len` must be exactly a mapping returned by
    /// [`CodeMemory::map_writable`] of this object and not unmapped since.
    unsafe fn make_executable(&mut self, ptr: NonNull<u8>, len: usize) -> Result<(), CodeMemoryError>;

    /// Returns a mapping to the host.
    ///
    /// # Safety
    /// `ptr` and `len` must be exactly a mapping returned by
    /// [`CodeMemory::map_writable`] of this object, not unmapped since, and
    /// no code may run in it any more.
    unsafe fn unmap(&mut self, ptr: NonNull<u8>, len: usize);

    /// Names a published piece of code (a trace) for profilers, e.g. as a
    /// line of a perf map. The default does nothing.
    fn describe(&mut self, addr: usize, len: usize, name: &str) {
        let _ = (addr, len, name);
    }
}

/// The byte a fresh code page is filled with: `int3`, so a jump into bytes
/// no code was written to traps instead of running leftovers.
pub const TRAP_BYTE: u8 = 0xcc;

/// The JIT's code memory: the host's pages behind a byte limit, shared by a
/// backend and every piece of code it published (which returns its pages
/// when dropped).
pub struct CodeArena {
    memory: Box<dyn CodeMemory>,
    limit: usize,
    in_use: usize,
    peak: usize,
}

/// A shared handle to a [`CodeArena`].
pub type SharedArena = Rc<RefCell<CodeArena>>;

impl CodeArena {
    /// An arena over `memory` holding at most `limit` bytes of mapped code.
    pub fn new(memory: Box<dyn CodeMemory>, limit: usize) -> SharedArena {
        Rc::new(RefCell::new(CodeArena { memory, limit, in_use: 0, peak: 0 }))
    }

    /// Bytes mapped now.
    pub fn bytes_in_use(&self) -> usize {
        self.in_use
    }

    /// The most bytes ever mapped at once.
    pub fn peak_bytes(&self) -> usize {
        self.peak
    }

    /// The byte limit.
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// Changes the byte limit (code already mapped stays).
    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit;
    }

    /// Maps room for `len` bytes of code, filled with [`TRAP_BYTE`].
    pub fn reserve(arena: &SharedArena, len: usize) -> Result<WritableCode, CodeMemoryError> {
        let mut a = arena.borrow_mut();
        let page = a.memory.page_size().max(1);
        let mapped = len.max(1).div_ceil(page) * page;
        if a.in_use.saturating_add(mapped) > a.limit {
            return Err(CodeMemoryError::LimitReached);
        }
        let ptr = a.memory.map_writable(mapped)?;
        a.in_use += mapped;
        a.peak = a.peak.max(a.in_use);
        drop(a);
        let mut code = WritableCode { ptr, mapped, arena: arena.clone() };
        code.bytes_mut().fill(TRAP_BYTE);
        Ok(code)
    }

    fn release(&mut self, ptr: NonNull<u8>, mapped: usize) {
        // SAFETY: only `WritableCode`/`ExecutableCode` call this, once, from
        // their `Drop`, with the mapping `reserve` got from this memory; an
        // `ExecutableCode` is dropped only when nothing runs in it (see its
        // docs).
        unsafe { self.memory.unmap(ptr, mapped) };
        self.in_use -= mapped;
    }
}

/// Fresh code memory, writable and not executable.
pub struct WritableCode {
    ptr: NonNull<u8>,
    mapped: usize,
    arena: SharedArena,
}

impl WritableCode {
    /// The address the code will run at.
    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// The bytes (the whole mapping).
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: the mapping is `mapped` bytes, readable and writable while
        // this value exists (it is made executable only by `publish`, which
        // consumes it), and this value is its only owner.
        unsafe { core::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.mapped) }
    }

    /// Makes the code executable (and no longer writable).
    pub fn publish(self) -> Result<ExecutableCode, CodeMemoryError> {
        let this = core::mem::ManuallyDrop::new(self);
        // SAFETY: moving the fields out of a `ManuallyDrop` that is never
        // used or dropped again.
        let arena = unsafe { core::ptr::read(&this.arena) };
        let (ptr, mapped) = (this.ptr, this.mapped);
        // SAFETY: `ptr`/`mapped` are the mapping `reserve` got from this memory.
        let made = unsafe { arena.borrow_mut().memory.make_executable(ptr, mapped) };
        match made {
            Ok(()) => Ok(ExecutableCode { ptr, mapped, arena }),
            Err(e) => {
                arena.borrow_mut().release(ptr, mapped);
                Err(e)
            }
        }
    }
}

impl Drop for WritableCode {
    fn drop(&mut self) {
        self.arena.borrow_mut().release(self.ptr, self.mapped);
    }
}

/// Published code: executable, never writable again. Dropping it returns its
/// pages to the host, so its owner must drop it only when no code runs in it
/// (the trace driver frees invalidated traces only when no trace is running).
pub struct ExecutableCode {
    ptr: NonNull<u8>,
    mapped: usize,
    arena: SharedArena,
}

impl ExecutableCode {
    /// The code's first byte.
    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// Bytes mapped for it.
    pub fn mapped_len(&self) -> usize {
        self.mapped
    }

    /// The code as bytes (for disassembly).
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: the mapping is `mapped` bytes and readable while this value
        // exists (executable mappings are readable; never written again).
        unsafe { core::slice::from_raw_parts(self.ptr.as_ptr(), self.mapped) }
    }

    /// Names the code for profilers (see [`CodeMemory::describe`]).
    pub fn describe(&self, len: usize, name: &str) {
        self.arena.borrow_mut().memory.describe(self.addr(), len, name);
    }
}

impl Drop for ExecutableCode {
    fn drop(&mut self) {
        self.arena.borrow_mut().release(self.ptr, self.mapped);
    }
}

impl fmt::Debug for ExecutableCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ExecutableCode({:#x}, {} bytes)", self.addr(), self.mapped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    /// Heap memory posing as code pages; records the protocol it sees.
    #[derive(Default)]
    struct TestMemory {
        log: Rc<RefCell<Vec<(&'static str, usize)>>>,
    }

    impl CodeMemory for TestMemory {
        fn page_size(&self) -> usize {
            4096
        }
        fn map_writable(&mut self, len: usize) -> Result<NonNull<u8>, CodeMemoryError> {
            let buf: Box<[u8]> = alloc::vec![0u8; len].into_boxed_slice();
            self.log.borrow_mut().push(("map", len));
            NonNull::new(Box::into_raw(buf) as *mut u8).ok_or(CodeMemoryError::MapFailed)
        }
        unsafe fn make_executable(&mut self, _ptr: NonNull<u8>, len: usize) -> Result<(), CodeMemoryError> {
            self.log.borrow_mut().push(("exec", len));
            Ok(())
        }
        unsafe fn unmap(&mut self, ptr: NonNull<u8>, len: usize) {
            self.log.borrow_mut().push(("unmap", len));
            // SAFETY: made by `map_writable` from a boxed slice of this length, released once.
            drop(unsafe { Box::from_raw(core::ptr::slice_from_raw_parts_mut(ptr.as_ptr(), len)) });
        }
    }

    #[test]
    fn arena_maps_whole_pages_traps_fresh_bytes_and_enforces_its_limit() {
        let log = Rc::new(RefCell::new(Vec::new()));
        let arena = CodeArena::new(Box::new(TestMemory { log: log.clone() }), 3 * 4096);
        let mut w = CodeArena::reserve(&arena, 5000).expect("room");
        assert_eq!(w.bytes_mut().len(), 8192);
        assert!(w.bytes_mut().iter().all(|&b| b == TRAP_BYTE));
        w.bytes_mut()[0] = 0xc3;
        assert_eq!(arena.borrow().bytes_in_use(), 8192);
        assert_eq!(CodeArena::reserve(&arena, 5000).err(), Some(CodeMemoryError::LimitReached));
        let code = w.publish().expect("published");
        assert_eq!(code.bytes()[0], 0xc3);
        let small = CodeArena::reserve(&arena, 1).expect("one page left");
        drop(small);
        drop(code);
        assert_eq!(arena.borrow().bytes_in_use(), 0);
        assert_eq!(arena.borrow().peak_bytes(), 3 * 4096);
        let seen: Vec<&str> = log.borrow().iter().map(|e| e.0).collect();
        assert_eq!(seen, ["map", "exec", "map", "unmap", "unmap"]);
    }
}
