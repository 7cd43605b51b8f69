//! The garbage-collected heap: a slot table of objects, non-moving, with
//! precise mark-and-sweep collection run only at safepoints.
//!
//! Allocation is O(1) (pop a free slot or push a new one) and never collects,
//! so code may hold `ObjRef`s across allocations; the interpreter calls
//! [`Heap::should_collect`] at safepoints and then collects with its roots.
//!
//! Running out is an error the script can catch, not an abort: the slot
//! table grows fallibly (a refusal leaves it the least step bigger and the
//! next safepoint collects, raising `MemoryError` unless that freed room),
//! the free list is threaded through the free slots themselves, and the
//! collector's mark stack is bounded (by the table's length, and by what
//! the allocator serves): past the bound it falls back to rescanning the
//! marked objects.

use alloc::vec::Vec;

use super::object::{Obj, ObjKind};
use super::value::{ObjRef, Value};

/// Heap statistics for `--stats`.
#[derive(Clone, Copy, Debug, Default)]
pub struct HeapStats {
    /// Collections run.
    pub collections: u64,
    /// Objects allocated in all.
    pub allocations: u64,
    /// Objects freed in all.
    pub freed: u64,
    /// Largest memory in use seen after a collection, in bytes: live
    /// objects, the slot table and collector tables, and what the VM
    /// reported outside the heap (`Heap::set_external`).
    pub peak_live_bytes: usize,
}

/// The smallest collection threshold, in bytes.
const MIN_GC_THRESHOLD: usize = 2 << 20;

/// Slots the table grows by at least (also when the limit is reached).
const MIN_TABLE_GROWTH: usize = 64;

/// Slots kept free for allocations between the safepoint that is due to
/// collect and the collection (see `Heap::table_growth_threshold`).
const TABLE_RESERVE: usize = 32;

/// The collector's mark stack holds at most a sixteenth of the slot
/// table's length in entries, and no fewer than this: marking a list of a
/// million objects needs no 4 MB stack (the objects past the bound are
/// marked and traced by a rescan, see `Heap::mark_from`).
const MARK_STACK_MIN: usize = 1024;

/// The free list's end marker.
const NO_SLOT: u32 = u32::MAX;

/// Buffers from this size up are probed before a built-in makes them
/// ([`Heap::allocator_can_serve`]); smaller ones are not worth the call.
pub const PROBE_MIN_BYTES: usize = 1024;

/// The GC heap.
#[derive(Debug)]
pub struct Heap {
    slots: Vec<Obj>,
    marks: Vec<u64>,
    /// The first slot of the free list ([`NO_SLOT`] when it is empty); each
    /// free slot holds the next one's index (`Obj::Free { next }`).
    free_head: u32,
    /// How many slots the free list holds.
    free_count: usize,
    /// The slot table grows when it holds this many slots (its capacity less
    /// a reserve: see [`Heap::grow_table`]).
    grow_at: usize,
    /// The allocator refused the slot table's planned growth since the last
    /// collection: the next safepoint collects (see [`Heap::over_limit`]).
    table_refused: bool,
    /// The last collection followed a refused growth and freed less than
    /// the least growth step: the safepoint raises `MemoryError`.
    short_of_memory: bool,
    /// Estimated bytes of objects live at the last collection plus
    /// allocated since (each object: its slot and its own buffers).
    bytes: usize,
    /// Bytes the VM holds beside the objects: the slot table's spare
    /// capacity and the collector's own tables (kept by the heap), plus what
    /// [`Heap::set_external`] reports (value stack, frames, caches, JIT).
    overhead: usize,
    /// The part of `overhead` that [`Heap::set_external`] set.
    external: usize,
    /// Collect when `bytes` passes this (already lowered by `overhead`, so
    /// that `bytes + overhead` reaching the limit collects).
    threshold: usize,
    /// The pacing threshold on `bytes` alone (twice the live bytes), before
    /// `overhead` caps it.
    pace: usize,
    /// Hard limit in bytes (`MemoryError` beyond it).
    limit: usize,
    /// Counters.
    pub stats: HeapStats,
}

/// Objects `Vm::new` allocates, rounded up (a test keeps it above the
/// count, and less than 32 above): the built-in types, exception classes,
/// functions and interned names; about 670 on the firmware build (no
/// `bytes`, whose methods add 92, no `coroutines`, whose async generator
/// functions and methods add about 30, nor `metaclasses`, about 5, nor
/// `rare-methods`, about 60 with the exception attributes), 847 with the
/// default features.
pub const STARTUP_SLOTS: usize = 672
    + if cfg!(feature = "bytes") { 92 } else { 0 }
    + if cfg!(feature = "coroutines") { 32 } else { 0 }
    + if cfg!(feature = "metaclasses") { 8 } else { 0 }
    + if cfg!(feature = "rare-methods") { 62 } else { 0 };

/// Bytes a slot costs on its own.
const SLOT_SIZE: usize = core::mem::size_of::<Obj>();

// Indexing: an `ObjRef` is a slot index `alloc` handed out and `slots`
// never shrinks (freed slots are reused, not removed); free-list links are
// slot indices the sweep wrote; `marks` is resized to
// `slots.len().div_ceil(64)` words before a collection marks, and the
// sweep walks `0..slots.len()`. `get`/`get_mut` are the VM's hottest path.
#[allow(clippy::indexing_slicing)]
impl Heap {
    /// An empty heap that raises `MemoryError` past `limit` bytes, with
    /// room for the objects `Vm::new` makes ([`STARTUP_SLOTS`]) so that the
    /// slot table does not double (and copy) on the way.
    pub fn new(limit: usize) -> Self {
        Heap {
            slots: Vec::with_capacity(STARTUP_SLOTS),
            marks: Vec::new(),
            free_head: NO_SLOT,
            free_count: 0,
            grow_at: STARTUP_SLOTS,
            table_refused: false,
            short_of_memory: false,
            bytes: 0,
            overhead: STARTUP_SLOTS * SLOT_SIZE,
            external: 0,
            threshold: MIN_GC_THRESHOLD.min(limit),
            pace: MIN_GC_THRESHOLD,
            limit,
            stats: HeapStats::default(),
        }
    }

    /// Stores an object and returns its handle. Never collects.
    #[inline]
    pub fn alloc(&mut self, obj: Obj) -> ObjRef {
        self.stats.allocations += 1;
        if self.free_head != NO_SLOT {
            let i = self.free_head;
            // The slot moves from the table's overhead to `bytes`.
            self.overhead -= SLOT_SIZE;
            self.free_count -= 1;
            // A free slot holds `Obj::Free`, which owns nothing: overwrite
            // it without the (out-of-line) drop.
            let slot = &mut self.slots[i as usize];
            let old = core::mem::replace(slot, obj);
            debug_assert!(matches!(old, Obj::Free { .. }));
            if let Obj::Free { next } = old {
                self.free_head = next;
            }
            core::mem::forget(old);
            // (Measured in the slot: taking the object's address before it
            // is stored made callers build it in a stack temporary, copied
            // in 16-byte pieces right after its field-wise stores, a
            // store-forwarding stall per allocation.)
            self.bytes += SLOT_SIZE + slot.heap_size();
            ObjRef(i)
        } else {
            // (The table grows: rare once a program runs, so measured
            // before the push, which reads no more of the table.)
            self.bytes += SLOT_SIZE + obj.heap_size();
            let i = self.slots.len() as u32;
            if self.slots.len() >= self.grow_at {
                self.grow_table();
            }
            self.slots.push(obj);
            ObjRef(i)
        }
    }

    /// Allocates the empty str (`Obj::Str(StrObj::empty())`), for the
    /// caller to fill in place. Never collects.
    ///
    /// The slot is written as zero bytes and the kind byte: built as a
    /// value instead, the compiler assembles the object in a stack
    /// temporary with misaligned stores and copies it into the slot right
    /// away, a store-forwarding stall on every short str a program makes.
    #[inline]
    pub fn alloc_empty_str(&mut self) -> ObjRef {
        self.stats.allocations += 1;
        self.bytes += SLOT_SIZE;
        let i = if self.free_head != NO_SLOT {
            let i = self.free_head as usize;
            // The slot moves from the table's overhead to `bytes`.
            self.overhead -= SLOT_SIZE;
            self.free_count -= 1;
            if let Obj::Free { next } = self.slots[i] {
                self.free_head = next;
            }
            i
        } else {
            self.new_slot()
        };
        let slot: &mut Obj = &mut self.slots[i];
        debug_assert!(matches!(slot, Obj::Free { .. }));
        let bytes = slot as *mut Obj as *mut u8;
        // SAFETY: `slot` is a valid, aligned `Obj` holding `Obj::Free`
        // (no longer on the free list), which owns nothing, so overwriting it leaks nothing. `Obj` is
        // `#[repr(u8)]`: its kind byte at offset 0, then the variant's fields
        // as a `#[repr(C)]` struct; `StrObj` is `#[repr(C)]` and its `Text`
        // `#[repr(u8)]` with `Inline` as tag 0, so zero bytes after
        // the `Str` kind byte are `Obj::Str(StrObj::empty())` (an empty
        // inline text, no character, hash 0). Miri checks this in the tests.
        unsafe {
            core::ptr::write_bytes(bytes, 0, SLOT_SIZE);
            bytes.write(ObjKind::Str as u8);
        }
        debug_assert!(matches!(slot, Obj::Str(s) if s.as_str().is_empty() && s.char_len() == 0));
        ObjRef(i as u32)
    }

    /// Appends a free slot to the table and returns its index.
    #[inline(never)]
    fn new_slot(&mut self) -> usize {
        if self.slots.len() >= self.grow_at {
            self.grow_table();
        }
        self.slots.push(Obj::Free { next: NO_SLOT });
        self.slots.len() - 1
    }

    /// Gives back the spare capacity of every dict's entries (and of every
    /// class's list of subclasses): `Vm::new`
    /// calls it once, when the built-in classes' and modules' dicts are
    /// complete (they grew by doubling: a quarter of their entries' memory
    /// was spare on average).
    pub(crate) fn shrink_dicts(&mut self) {
        for obj in &mut self.slots {
            match obj {
                Obj::Dict(d) => d.shrink_to_fit(),
                // Likewise the lists of subclasses of `object`,
                // `Exception`, ...
                Obj::Class(c) => c.subclasses.shrink_to_fit(),
                _ => {}
            }
        }
    }

    /// Grows the full slot table: doubling, but not past what the limit
    /// allows (a table larger than `limit / SLOT_SIZE` slots could never be
    /// filled under it), and counts the new spare slots in `overhead` (a
    /// slot is counted once: as spare capacity until an object takes it).
    ///
    /// Growing copies the table: the old and the new buffer are both
    /// allocated until the copy is done, so the growth is also capped to
    /// what the limit affords with the old table still counted
    /// ([`Heap::in_use`] + the new table). Past that it grows by the least
    /// step (`Heap::min_table_capacity`): the heap is at its limit and the
    /// next safepoint collects and raises `MemoryError`.
    ///
    /// The allocator may refuse before the limit is reached (a device's
    /// memory is little more than the limit, and growing needs the old and
    /// the new table at once). So the table grows before it is full, when
    /// an eighth of it is left (`grow_at`): a refusal leaves that reserve
    /// to allocate from, and the next safepoint collects and raises
    /// `MemoryError` unless that freed a least growth step's worth of
    /// slots. A full table the allocator refuses to grow grows by the least
    /// step; only when even that is refused does the allocator's failure
    /// abort (the host ran out while native code made an eighth of the
    /// table's objects between two safepoints).
    #[cold]
    #[inline(never)]
    fn grow_table(&mut self) {
        let len = self.slots.len();
        let cap = self.slots.capacity();
        let ceiling = self.limit / SLOT_SIZE;
        if cap >= ceiling && len < cap {
            // At the limit's ceiling: no growing early, the table's
            // capacity is all the room the limit has.
            self.grow_at = cap;
            return;
        }
        let want = if cap < ceiling {
            let affordable = self.limit.saturating_sub(self.in_use()) / SLOT_SIZE;
            Self::next_table_capacity(cap, self.limit)
                .min(affordable)
                .max(Self::min_table_capacity(cap))
                .min(ceiling.max(cap + MIN_TABLE_GROWTH))
        } else {
            // Objects the limit cannot hold: the safepoint raises
            // `MemoryError`, or stops the script at twice the limit.
            Self::min_table_capacity(cap)
        };
        if !self.try_grow_table(want) {
            self.table_refused = true;
            if len < cap {
                // Allocate from the reserve until the table is full.
                self.grow_at = cap;
                self.recount_overhead();
                return;
            }
            let least = Self::min_table_capacity(cap);
            if !self.try_grow_table(least) {
                self.slots.reserve_exact(least - len);
            }
        }
        let cap = self.slots.capacity();
        self.grow_at = cap - cap / 8;
        self.recount_overhead();
    }

    /// Grows the slot table to `capacity` slots, with the mark bits for
    /// them (so that a collection does not allocate them), if the allocator
    /// serves both.
    fn try_grow_table(&mut self, capacity: usize) -> bool {
        let marks = capacity.div_ceil(64).saturating_sub(self.marks.len());
        self.slots.try_reserve_exact(capacity - self.slots.len()).is_ok() && self.marks.try_reserve_exact(marks).is_ok()
    }

    /// The capacity a full table of `len` slots grows to when the limit
    /// allows: double, but no more than `limit / SLOT_SIZE` slots.
    fn next_table_capacity(len: usize, limit: usize) -> usize {
        (len * 2).min(limit / SLOT_SIZE).max(len + MIN_TABLE_GROWTH)
    }

    /// The least a full table of `len` slots grows to: an eighth more, at
    /// least [`MIN_TABLE_GROWTH`] slots (still geometric, so a script
    /// that keeps allocating past the limit copies each slot a bounded
    /// number of times).
    fn min_table_capacity(len: usize) -> usize {
        len + (len / 8).max(MIN_TABLE_GROWTH)
    }

    /// The `bytes` at which to collect so that the table need not grow,
    /// when growing it would not fit under the limit: a collection is due
    /// before the free slots and spare capacity are used up (less
    /// [`TABLE_RESERVE`] slots for what native code allocates between
    /// safepoints), so that the sweep's freed slots are reused instead.
    /// `usize::MAX` when the growth fits, or when collecting would cost
    /// more than it could give: less than an eighth of the table is free
    /// (the objects are mostly live: collections that far apart would run
    /// at every few allocations, each marking them all), or no more than
    /// the reserve. Then the table grows, capped, and the safepoint's
    /// limit check decides.
    fn table_growth_threshold(&self) -> usize {
        let room = self.free_count + self.grow_at.saturating_sub(self.slots.len());
        if room <= TABLE_RESERVE || room < self.slots.capacity() / 8 {
            return usize::MAX;
        }
        let grown = Self::next_table_capacity(self.slots.capacity(), self.limit) * SLOT_SIZE;
        if self.in_use().saturating_add(grown) <= self.limit {
            return usize::MAX;
        }
        self.bytes + (room - TABLE_RESERVE) * SLOT_SIZE
    }

    /// The bytes of the slot table's room (spare capacity and free slots)
    /// and the collector's mark bits.
    fn table_overhead(&self) -> usize {
        (self.slots.capacity() - self.slots.len() + self.free_count) * SLOT_SIZE
            + self.marks.capacity() * core::mem::size_of::<u64>()
    }

    /// Recomputes `overhead` and the threshold it caps (0, collect at the
    /// next safepoint, after a refused growth).
    fn recount_overhead(&mut self) {
        self.overhead = self.table_overhead() + self.external;
        self.threshold = if self.table_refused {
            0
        } else {
            self.pace.min(self.limit.saturating_sub(self.overhead)).min(self.table_growth_threshold())
        };
    }

    /// Sets the bytes the VM holds for the script outside the heap (value
    /// stack, frames, caches, traces, code memory: see
    /// `Vm::account_memory`). They count against the limit: when
    /// `bytes() + external` reaches it, the next safepoint collects (and
    /// raises `MemoryError` if that does not help).
    pub fn set_external(&mut self, external: usize) {
        if external != self.external {
            self.external = external;
            self.recount_overhead();
        }
    }

    /// The bytes last reported by [`Heap::set_external`].
    pub fn external(&self) -> usize {
        self.external
    }

    /// Records that an object grew by `bytes` (list append, dict insert).
    #[inline]
    pub fn note_growth(&mut self, bytes: usize) {
        self.bytes += bytes;
    }

    /// True if an allocation of `bytes` more would pass the hard limit even
    /// after a full collection could not help (used before big allocations).
    pub fn would_exceed(&self, bytes: usize) -> bool {
        bytes > self.limit || self.in_use().saturating_add(bytes) > self.limit.saturating_mul(2)
    }

    /// True when the allocator can serve a buffer of `bytes` now: from
    /// [`PROBE_MIN_BYTES`] up, probed by allocating and freeing one (the
    /// buffer a built-in is about to make). A device's allocator runs out
    /// before the heap limit when the limit is near its memory (the
    /// allocator's own overhead, fragmentation, a growing buffer's two
    /// copies); an allocation it refuses aborts, a refused probe is a
    /// `MemoryError` the script can catch.
    pub fn allocator_can_serve(bytes: usize) -> bool {
        if bytes < PROBE_MIN_BYTES {
            return true;
        }
        let Ok(layout) = core::alloc::Layout::from_size_align(bytes, core::mem::align_of::<Value>()) else {
            return false;
        };
        // SAFETY: `layout` has a non-zero size (`bytes >= PROBE_MIN_BYTES`).
        // (`black_box`: an allocation freed unused is one the optimizer may
        // remove, and with it the question.)
        let probe = core::hint::black_box(unsafe { alloc::alloc::alloc(layout) });
        if probe.is_null() {
            return false;
        }
        // SAFETY: `probe` was allocated just above with this `layout` and
        // is not used otherwise.
        unsafe { alloc::alloc::dealloc(probe, layout) };
        true
    }

    /// How many slots the table has (free ones included).
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// The object behind a handle.
    #[inline]
    pub fn get(&self, r: ObjRef) -> &Obj {
        &self.slots[r.index()]
    }

    /// True if slot `r` holds no object (it was freed, or never used).
    #[inline]
    pub fn is_free(&self, r: ObjRef) -> bool {
        self.slots.get(r.index()).is_none_or(|o| matches!(o, Obj::Free { .. }))
    }

    /// The base of the slot table: object `r` is at
    /// `slots_ptr() + r.index() * size_of::<Obj>()` (offsets inside it in
    /// `runtime::layout`). The table moves when it grows, which only an
    /// allocation does: JIT code must reload the base after anything that
    /// may allocate.
    #[inline]
    pub fn slots_ptr(&self) -> *const Obj {
        self.slots.as_ptr()
    }

    /// The object behind a handle, mutably.
    #[inline]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Obj {
        &mut self.slots[r.index()]
    }

    /// Object `read` and, mutably, a different object `write` (`None` if
    /// they are the same).
    pub fn pair_mut(&mut self, read: ObjRef, write: ObjRef) -> Option<(&Obj, &mut Obj)> {
        let (r, w) = (read.index(), write.index());
        if r < w {
            let (low, high) = self.slots.split_at_mut(w);
            Some((low.get(r)?, high.first_mut()?))
        } else if w < r {
            let (low, high) = self.slots.split_at_mut(r);
            Some((high.first()?, low.get_mut(w)?))
        } else {
            None
        }
    }

    /// Makes the next safepoint collect (`gc.collect()`: native code may
    /// hold unrooted references, so nothing is freed before a safepoint).
    pub fn request_collection(&mut self) {
        self.threshold = 0;
        self.pace = 0;
    }

    /// True when the next safepoint should collect.
    #[inline]
    pub fn should_collect(&self) -> bool {
        self.bytes >= self.threshold
    }

    /// True when the memory in use ([`Heap::in_use`]) is over the hard
    /// limit, or when the allocator refused the slot table's growth and the
    /// last collection did not free a least growth step's worth of slots.
    pub fn over_limit(&self) -> bool {
        self.in_use() > self.limit || self.short_of_memory
    }

    /// Estimated bytes of objects (live at the last collection plus
    /// allocated since), slots included.
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// All the memory counted against the limit: the objects
    /// ([`Heap::bytes`]), the slot table's spare capacity, the collector's
    /// tables and what the VM reported with [`Heap::set_external`].
    pub fn in_use(&self) -> usize {
        self.bytes + self.overhead
    }

    /// The configured limit.
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// Changes the limit.
    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit;
        self.pace = self.pace.min(limit);
        self.recount_overhead();
    }

    /// Number of live objects (slots in use).
    pub fn live_objects(&self) -> usize {
        self.slots.len() - self.free_count
    }

    #[inline]
    fn is_marked(&self, i: usize) -> bool {
        self.marks[i / 64] & (1 << (i % 64)) != 0
    }

    #[inline]
    fn set_mark(&mut self, i: usize) -> bool {
        let w = &mut self.marks[i / 64];
        let bit = 1u64 << (i % 64);
        let was = *w & bit != 0;
        *w |= bit;
        !was
    }

    /// Marks everything reachable from `roots` and frees the rest. Iterative:
    /// deep structures cannot overflow the Rust stack.
    pub fn collect(&mut self, roots: impl IntoIterator<Item = Value>) {
        self.collect_finalizing(roots, |_| false);
    }

    /// [`Heap::collect`], except that unreachable objects `needs_finalizer`
    /// accepts survive (with everything they reach) and are returned, in
    /// slot order, for the caller to finalize; once finalized they are
    /// freed by a later collection like any garbage.
    pub fn collect_finalizing(
        &mut self,
        roots: impl IntoIterator<Item = Value>,
        needs_finalizer: impl Fn(&Obj) -> bool,
    ) -> Vec<ObjRef> {
        self.marks.clear();
        self.marks.resize(self.slots.len().div_ceil(64), 0);
        let cap = self.mark_stack_cap();
        let mut work: Vec<ObjRef> = Vec::new();
        let mut overflowed = false;
        for v in roots {
            if let Value::Obj(r) = v {
                // (Marked but not pushed past the bound: `mark_from`'s
                // rescan traces it.)
                if self.set_mark(r.index()) {
                    overflowed |= !push_mark(&mut work, r, cap);
                }
            }
        }
        self.mark_from(&mut work, overflowed);
        let mut resurrected = Vec::new();
        for i in 0..self.slots.len() {
            if !self.is_marked(i) && !matches!(self.slots[i], Obj::Free { .. }) && needs_finalizer(&self.slots[i]) {
                resurrected.push(ObjRef(i as u32));
            }
        }
        let mut overflowed = false;
        for &r in &resurrected {
            if self.set_mark(r.index()) {
                overflowed |= !push_mark(&mut work, r, cap);
            }
        }
        self.mark_from(&mut work, overflowed);
        self.sweep();
        resurrected
    }

    /// The mark stack's bound, in entries (see [`MARK_STACK_MIN`]).
    fn mark_stack_cap(&self) -> usize {
        (self.slots.len() / 16).max(MARK_STACK_MIN)
    }

    /// Marks what the objects in `work` (already marked) reach, and, when
    /// `overflowed` (an object was marked but not pushed), what the marked
    /// objects reach.
    ///
    /// The stack is bounded: an object past the bound (or past what the
    /// allocator serves) is marked all the same, and once the stack is
    /// empty every marked object is traced again, one at a time, until a
    /// pass overflows no more (the collector's memory stays bounded; a pass
    /// costs a walk of the table).
    fn mark_from(&mut self, work: &mut Vec<ObjRef>, mut overflowed: bool) {
        let cap = self.mark_stack_cap();
        overflowed |= self.drain_marks(work, cap);
        while overflowed {
            overflowed = false;
            for i in 0..self.slots.len() {
                if self.is_marked(i) && push_mark(work, ObjRef(i as u32), cap) {
                    overflowed |= self.drain_marks(work, cap);
                }
            }
        }
    }

    /// Traces the objects on `work` until it is empty; true if a newly
    /// marked object could not be pushed (see [`Heap::mark_from`]).
    fn drain_marks(&mut self, work: &mut Vec<ObjRef>, cap: usize) -> bool {
        let slots = &self.slots;
        let marks = &mut self.marks;
        let mut overflowed = false;
        while let Some(r) = work.pop() {
            slots[r.index()].for_each_ref(|v| {
                if let Value::Obj(c) = v {
                    let i = c.index();
                    let bit = 1u64 << (i % 64);
                    if marks[i / 64] & bit == 0 {
                        marks[i / 64] |= bit;
                        overflowed |= !push_mark(work, c, cap);
                    }
                }
            });
        }
        overflowed
    }

    /// Frees every unmarked object, threads the free list through the free
    /// slots anew (the highest index first) and sets the next collection's
    /// threshold.
    fn sweep(&mut self) {
        let mut live = 0usize;
        let mut head = NO_SLOT;
        let mut free = 0usize;
        for i in 0..self.slots.len() {
            if self.is_marked(i) {
                live += SLOT_SIZE + self.slots[i].heap_size();
                continue;
            }
            if !matches!(self.slots[i], Obj::Free { .. }) {
                self.stats.freed += 1;
            }
            self.slots[i] = Obj::Free { next: head };
            head = i as u32;
            free += 1;
        }
        self.free_head = head;
        self.free_count = free;
        // After a refused growth: enough room now, or `MemoryError`.
        self.short_of_memory =
            self.table_refused && free < Self::min_table_capacity(self.slots.len()) - self.slots.len();
        if self.table_refused {
            // Try growing again (early) when new slots are needed next.
            let cap = self.slots.capacity();
            self.grow_at = cap - cap / 8;
        }
        self.table_refused = false;
        self.bytes = live;
        let total = live + self.table_overhead() + self.external;
        if total >= self.limit {
            // Over the limit even now (the safepoint raises MemoryError): do
            // not collect again at every safepoint while a script that caught
            // it goes on; the next collection is an eighth of the limit away.
            self.overhead = total - live;
            self.pace = live + (self.limit / 8).max(MIN_GC_THRESHOLD);
            self.threshold = self.pace;
        } else {
            self.pace = (live * 2).max(MIN_GC_THRESHOLD);
            self.recount_overhead();
        }
        self.stats.collections += 1;
        self.stats.peak_live_bytes = self.stats.peak_live_bytes.max(total);
    }
}

/// Pushes `r` onto the mark stack if it holds fewer than `cap` entries and
/// the allocator serves the room; false if not.
#[inline]
fn push_mark(work: &mut Vec<ObjRef>, r: ObjRef, cap: usize) -> bool {
    let room = work.len() < cap && work.try_reserve(1).is_ok();
    if room {
        work.push(r);
    }
    room
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::str::StrObj;
    use crate::runtime::value_vec::ValueVec;
    use alloc::vec;

    fn list(items: Vec<Value>) -> Obj {
        Obj::List(ValueVec::from(items))
    }

    fn items(heap: &Heap, r: ObjRef) -> Vec<Value> {
        match heap.get(r) {
            Obj::List(v) => v.to_vec(),
            _ => panic!("not a list"),
        }
    }

    #[test]
    fn startup_objects_fit_the_preallocated_slots() {
        // `Heap::new` reserves `STARTUP_SLOTS` so that the slot table does
        // not double while `Vm::new` fills it, and no more than it needs
        // (spare slots are `Vm::new`'s memory too): keep it close.
        let config = crate::vm::VmConfig::default();
        let vm = crate::vm::Vm::new(config, alloc::boxed::Box::new(crate::vm::BufferHost::default()));
        let n = vm.heap.live_objects();
        assert!(n <= STARTUP_SLOTS && STARTUP_SLOTS - n < 32, "{n} objects at start-up");
    }

    #[test]
    fn empty_str_slots_are_valid_and_filled_in_place() {
        let mut heap = Heap::new(usize::MAX);
        // A freed slot is reused (the new object overwrites `Obj::Free`).
        let old = heap.alloc(Obj::Str(StrObj::from_text("an old str left to the collector")));
        heap.collect([]);
        let r = heap.alloc_empty_str();
        assert!(matches!(heap.get(r), Obj::Str(s) if s.as_str().is_empty() && s.hash() != 0));
        if let Obj::Str(s) = heap.get_mut(r) {
            assert!(s.push_inline("héllo"));
            assert!(s.push_inline(" wörld"));
        }
        assert!(matches!(heap.get(r), Obj::Str(s) if s.as_str() == "héllo wörld" && s.char_len() == 11));
        assert_eq!(r, old);
        let fresh = heap.alloc_empty_str();
        assert!(matches!(heap.get(fresh), Obj::Str(s) if s.as_str().is_empty()));
    }

    #[test]
    fn collect_keeps_what_roots_reach_and_reuses_freed_slots() {
        let mut heap = Heap::new(1 << 20);
        let leaf = heap.alloc(list(vec![Value::Int(1), Value::Float(2.5)]));
        let kept = heap.alloc(list(vec![Value::Obj(leaf), Value::None]));
        let dropped = heap.alloc(list(vec![Value::Obj(leaf)]));
        // A cycle nothing roots.
        let a = heap.alloc(list(Vec::new()));
        let b = heap.alloc(list(vec![Value::Obj(a)]));
        if let Obj::List(v) = heap.get_mut(a) {
            v.push(Value::Obj(b));
        }
        assert_eq!(heap.live_objects(), 5);
        let before = heap.bytes();
        heap.collect([Value::Obj(kept), Value::Int(7)]);
        assert_eq!(heap.live_objects(), 2);
        assert!(heap.bytes() < before);
        assert_eq!(items(&heap, kept), vec![Value::Obj(leaf), Value::None]);
        assert_eq!(items(&heap, leaf), vec![Value::Int(1), Value::Float(2.5)]);
        assert!(matches!(heap.get(dropped), Obj::Free { .. }));
        // Freed slots are handed out again before the table grows.
        let slots = heap.slots.len();
        let again: Vec<ObjRef> = (0..3).map(|i| heap.alloc(list(vec![Value::Int(i)]))).collect();
        assert_eq!(heap.slots.len(), slots);
        for (i, r) in again.iter().enumerate() {
            assert_eq!(items(&heap, *r), vec![Value::Int(i as i64)]);
        }
        assert_eq!(heap.stats.freed, 3);
    }

    #[test]
    #[cfg(feature = "mod-weakref")]
    fn weak_references_neither_keep_referents_alive_nor_see_reused_slots() {
        use crate::runtime::weak::{WeakKind, WeakTable};
        let mut heap = Heap::new(1 << 20);
        let mut weak = WeakTable::default();
        let kept = heap.alloc(list(Vec::new()));
        let doomed = heap.alloc(list(Vec::new()));
        let r1 = heap.alloc(list(Vec::new()));
        let r2 = heap.alloc(list(Vec::new()));
        let r3 = heap.alloc(list(Vec::new()));
        let lost = heap.alloc(list(Vec::new()));
        weak.bind(r1, kept, WeakKind::BasicRef, false);
        weak.bind(r2, doomed, WeakKind::Other, true);
        weak.bind(r3, doomed, WeakKind::BasicRef, false);
        // A weak reference that dies with its referent calls nothing.
        weak.bind(lost, doomed, WeakKind::Other, true);
        assert_eq!(weak.refs_to(doomed), vec![r3, lost, r2]);
        let roots = [kept, r1, r2, r3].map(Value::Obj);
        heap.collect(roots);
        let mut pending = Vec::new();
        weak.after_sweep(&heap, &mut pending);
        assert!(heap.is_free(doomed) && heap.is_free(lost));
        assert_eq!(weak.get(r1), Some(kept));
        assert_eq!((weak.get(r2), weak.get(r3)), (None, None));
        assert_eq!(pending, vec![r2]);
        assert!(weak.refs_to(doomed).is_empty());
        assert_eq!(weak.len(), 1);
        // The freed slots are reused: the dead references still see nothing.
        let again = heap.alloc(list(Vec::new()));
        assert!(again == doomed || again == lost);
        assert_eq!((weak.get(r2), weak.get(r3)), (None, None));
        assert_eq!(weak.find(again, WeakKind::BasicRef), None);
        // A weak reference freed before its referent is forgotten.
        heap.collect([kept].map(Value::Obj));
        weak.after_sweep(&heap, &mut pending);
        assert!(weak.is_empty() && weak.refs_to(kept).is_empty());
    }

    #[test]
    fn deep_structures_are_marked_without_recursion() {
        let mut heap = Heap::new(1 << 30);
        let depth = if cfg!(miri) { 300 } else { 100_000 };
        let mut r = heap.alloc(list(Vec::new()));
        for _ in 0..depth {
            r = heap.alloc(list(vec![Value::Obj(r)]));
        }
        heap.collect([Value::Obj(r)]);
        assert_eq!(heap.live_objects(), depth + 1);
        heap.collect([]);
        assert_eq!(heap.live_objects(), 0);
        assert_eq!(heap.bytes(), 0);
    }

    #[test]
    fn wide_structures_are_marked_past_the_mark_stacks_bound() {
        // A list of lists of objects, each list wider than the bound: the
        // rescan passes trace what the bounded stack could not hold.
        let mut heap = Heap::new(1 << 30);
        let width = if cfg!(miri) { 40 } else { 3 * MARK_STACK_MIN };
        let rows: Vec<Value> = (0..3)
            .map(|_| {
                let row: Vec<Value> = (0..width)
                    .map(|i| {
                        let leaf = heap.alloc(list(vec![Value::Int(i as i64)]));
                        Value::Obj(heap.alloc(list(vec![Value::Obj(leaf)])))
                    })
                    .collect();
                Value::Obj(heap.alloc(list(row)))
            })
            .collect();
        let top = heap.alloc(list(rows));
        let garbage = heap.alloc(list(Vec::new()));
        heap.collect([Value::Obj(top)]);
        assert_eq!(heap.live_objects(), 1 + 3 + 3 * 2 * width);
        assert!(matches!(heap.get(garbage), Obj::Free { .. }));
        let Obj::List(rows) = heap.get(top) else { panic!("not a list") };
        let Value::Obj(row) = rows.as_slice()[2] else { panic!("not an object") };
        let Obj::List(row) = heap.get(row) else { panic!("not a list") };
        let Value::Obj(pair) = row.as_slice()[width - 1] else { panic!("not an object") };
        let Value::Obj(leaf) = items(&heap, pair)[0] else { panic!("not an object") };
        assert_eq!(items(&heap, leaf), vec![Value::Int(width as i64 - 1)]);
    }

    #[test]
    fn limits_and_thresholds() {
        let mut heap = Heap::new(1 << 20);
        assert!(heap.would_exceed(2 << 20));
        assert!(!heap.would_exceed(100));
        // The empty slot table counts: STARTUP_SLOTS spare slots.
        assert_eq!(heap.in_use(), STARTUP_SLOTS * SLOT_SIZE);
        let big = heap.alloc(list(vec![Value::None; 70_000]));
        assert!(heap.over_limit());
        assert!(heap.should_collect());
        heap.collect([Value::Obj(big)]);
        assert!(heap.over_limit(), "still live");
        heap.collect([]);
        assert!(!heap.over_limit());
        heap.request_collection();
        assert!(heap.should_collect());
        // Memory outside the heap counts too: reporting it lowers the
        // threshold so that the next safepoint collects and sees the limit.
        heap.collect([]);
        assert!(!heap.should_collect());
        heap.set_external(1 << 20);
        assert!(heap.should_collect());
        assert!(heap.over_limit());
        heap.set_external(0);
        assert!(!heap.over_limit());
    }

    #[test]
    #[cfg_attr(miri, ignore = "pacing arithmetic, no unsafe code of its own: 12 minutes under miri")]
    fn garbage_is_collected_before_the_table_must_outgrow_the_limit() {
        // The startup table's doubling fits under this limit (old and new
        // table together), a second doubling would not: the collections
        // at the "safepoints" come before the table is full, and the
        // freed slots are reused.
        let startup = STARTUP_SLOTS * SLOT_SIZE;
        let mut heap = Heap::new(startup * 5);
        for _ in 0..STARTUP_SLOTS * 20 {
            heap.alloc(Obj::Ellipsis);
            assert!(heap.in_use() <= startup * 5);
            if heap.should_collect() {
                heap.collect([]);
            }
        }
        assert_eq!(heap.slots.capacity(), 2 * STARTUP_SLOTS);
        assert!(heap.stats.collections >= 10, "{} collections", heap.stats.collections);
        // With everything live, the table grows all the same, capped to
        // what the limit affords: over it, the safepoint raises MemoryError.
        let mut heap = Heap::new(startup * 5);
        let live: Vec<ObjRef> = (0..STARTUP_SLOTS * 5).map(|_| heap.alloc(Obj::Ellipsis)).collect();
        heap.collect(live.iter().map(|&r| Value::Obj(r)));
        assert_eq!(heap.live_objects(), STARTUP_SLOTS * 5);
        assert!(heap.over_limit());
    }

    #[test]
    fn the_slot_table_grows_no_further_than_the_limit_allows() {
        let mut heap = Heap::new(1 << 20);
        let n = (1 << 20) / SLOT_SIZE;
        for _ in 0..n - 10 {
            heap.alloc(Obj::Ellipsis);
        }
        assert!(heap.slots.capacity() <= n + 64, "{} slots", heap.slots.capacity());
        assert!(heap.in_use() >= heap.slots.capacity() * SLOT_SIZE);
    }
}
