//! The hash table behind `set` and `frozenset`.
//!
//! Programs print sets, and CPython's iteration order is its table order, so
//! this table reproduces the layout of CPython 3.11's `Objects/setobject.c`
//! step for step: a power-of-two table (at least [`MIN_SIZE`] slots) of
//! `(hash, key)` entries that are unused, dummy (deleted, hash `-1`) or
//! active; probing that checks up to [`LINEAR_PROBES`] neighbours before
//! jumping with `perturb`; `fill`/`used` counters; the same resize rule and
//! the same reinsertion order.
//!
//! Key equality may need Python code, which cannot run while the table is
//! borrowed. So a lookup is a resumable [`Probe`]: the caller supplies an
//! equality that answers without Python code when it can, and when it cannot
//! the probe stops with [`Step::NeedsEq`]; the caller runs the Python `__eq__`
//! between borrows, checks the table did not change under it (via
//! [`SetTable::generation`] and the entry's key) and resumes or restarts, as
//! CPython does.

use alloc::vec;
use alloc::vec::Vec;

use super::value::Value;

/// Slots in an empty table (CPython's `PySet_MINSIZE`).
pub const MIN_SIZE: usize = 8;
/// Neighbouring slots checked before the next perturbed jump.
pub const LINEAR_PROBES: usize = 9;
/// How fast the high hash bits enter the probe sequence.
pub const PERTURB_SHIFT: u32 = 5;

/// One table slot. Unused: `key` is `Null` and `hash` 0. Dummy (a deleted
/// entry): `key` is `Null` and `hash` -1. Active otherwise.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SetEntry {
    /// The key's Python hash (never -1 for an active entry).
    pub hash: i64,
    /// The key (`Null` when unused or dummy).
    pub key: Value,
}

impl SetEntry {
    const UNUSED: SetEntry = SetEntry { hash: 0, key: Value::Null };
    const DUMMY: SetEntry = SetEntry { hash: -1, key: Value::Null };

    /// True for an active entry.
    #[inline]
    pub fn is_active(&self) -> bool {
        !self.key.is_null()
    }

    /// True for a never-used slot (the end of a probe chain).
    #[inline]
    fn is_unused(&self) -> bool {
        self.key.is_null() && self.hash == 0
    }

    /// True for a deleted entry.
    #[inline]
    fn is_dummy(&self) -> bool {
        self.key.is_null() && self.hash == -1
    }
}

/// Where a lookup is in its probe sequence (resumable across Python calls).
#[derive(Clone, Copy, Debug)]
pub struct Probe {
    /// Start of the current run of linear probes.
    i: usize,
    /// Remaining high hash bits.
    perturb: u64,
    /// The slot to inspect next.
    pos: usize,
    /// Linear probes left after `pos` in this run.
    left: usize,
    /// The last dummy slot seen (where an insertion reuses space).
    freeslot: Option<usize>,
}

/// What one leg of a lookup found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The key is at this slot.
    Found(usize),
    /// The key is absent: the probe ended at the unused slot `unused`; an
    /// insertion goes to `freeslot` (a dummy) if there is one, else there.
    Absent {
        /// The unused slot that ended the probe.
        unused: usize,
        /// The last dummy slot passed, if any.
        freeslot: Option<usize>,
    },
    /// The active entry at this slot has the same hash and only Python code
    /// can tell whether it equals the key. The probe has already moved past
    /// it: resume with the same [`Probe`] if it is not equal.
    NeedsEq(usize),
}

/// CPython's set hash table.
#[derive(Clone, Debug)]
pub struct SetTable {
    table: Vec<SetEntry>,
    fill: usize,
    used: usize,
    finger: usize,
    generation: u32,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

// Indexing: every slot index is masked by `mask() = table.len() - 1` (the
// table's length is a power of two, at least `MIN_SIZE`) or is one a probe
// of the table as it is now reported: `set_lookup` (interp/sets.rs)
// restarts when `__eq__` changed the table (its generation or the slot),
// and `pop` runs only when an active slot exists.
#[allow(clippy::indexing_slicing)]
impl SetTable {
    /// An empty table of [`MIN_SIZE`] slots.
    pub fn new() -> Self {
        SetTable { table: vec![SetEntry::UNUSED; MIN_SIZE], fill: 0, used: 0, finger: 0, generation: 0 }
    }

    /// Number of active entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when there are no active entries.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Table size minus one.
    #[inline]
    pub fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Active plus dummy entries.
    #[inline]
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// Changes whenever the slot array is replaced (resize, clear, swap), so
    /// a lookup interrupted by Python code knows to restart.
    #[inline]
    pub fn generation(&self) -> u32 {
        self.generation
    }

    /// The slot at `i` (`None` past the end).
    #[inline]
    pub fn slot(&self, i: usize) -> Option<&SetEntry> {
        self.table.get(i)
    }

    /// The active entry at or after slot `*pos`, advancing `*pos` past it
    /// (CPython's `set_next`).
    #[inline]
    pub fn next_entry(&self, pos: &mut usize) -> Option<SetEntry> {
        while let Some(e) = self.table.get(*pos) {
            *pos += 1;
            if e.is_active() {
                return Some(*e);
            }
        }
        None
    }

    /// Active entries in table order.
    pub fn iter(&self) -> impl Iterator<Item = &SetEntry> {
        self.table.iter().filter(|e| e.is_active())
    }

    /// Starts a lookup of `hash`.
    #[inline]
    pub fn probe_start(&self, hash: i64) -> Probe {
        let mask = self.mask();
        let i = (hash as u64 as usize) & mask;
        Probe { i, perturb: hash as u64, pos: i, left: Self::run_len(i, mask), freeslot: None }
    }

    #[inline]
    fn run_len(i: usize, mask: usize) -> usize {
        if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        }
    }

    #[inline]
    fn advance(p: &mut Probe, mask: usize) {
        if p.left > 0 {
            p.left -= 1;
            p.pos += 1;
        } else {
            p.perturb >>= PERTURB_SHIFT;
            p.i = (p.i.wrapping_mul(5).wrapping_add(1).wrapping_add(p.perturb as usize)) & mask;
            p.pos = p.i;
            p.left = Self::run_len(p.i, mask);
        }
    }

    /// Continues a lookup. `eq` compares a stored key with the key sought:
    /// `Some(answer)`, or `None` when Python code must decide (the probe then
    /// stops with [`Step::NeedsEq`]).
    pub fn probe(&self, hash: i64, p: &mut Probe, mut eq: impl FnMut(Value) -> Option<bool>) -> Step {
        let mask = self.mask();
        loop {
            let at = p.pos;
            let e = self.table[at];
            if e.is_unused() {
                return Step::Absent { unused: at, freeslot: p.freeslot };
            }
            if e.is_active() && e.hash == hash {
                match eq(e.key) {
                    Some(true) => return Step::Found(at),
                    Some(false) => {}
                    None => {
                        Self::advance(p, mask);
                        return Step::NeedsEq(at);
                    }
                }
            } else if e.is_dummy() {
                p.freeslot = Some(at);
            }
            Self::advance(p, mask);
        }
    }

    /// A complete lookup with an equality that never needs Python code.
    pub fn find(&self, hash: i64, mut eq: impl FnMut(Value) -> bool) -> Step {
        let mut p = self.probe_start(hash);
        self.probe(hash, &mut p, |k| Some(eq(k)))
    }

    /// Inserts a key a lookup reported [`Step::Absent`] (CPython's tail of
    /// `set_add_entry`), resizing when the table gets too full. False (the
    /// set unchanged) when that resize is due and the allocator cannot
    /// serve the larger table (the caller raises `MemoryError`).
    #[must_use]
    pub fn insert_absent(&mut self, hash: i64, key: Value, unused: usize, freeslot: Option<usize>) -> bool {
        if let Some(f) = freeslot {
            self.used += 1;
            self.table[f] = SetEntry { hash, key };
            return true;
        }
        // (The larger table is allocated before the key goes in, so that a
        // refusal leaves the set as it was; the key goes in first, as in
        // CPython, which decides the order of the rebuilt table.)
        let grown = if (self.fill + 1) * 5 >= self.mask() * 3 {
            let used = self.used + 1;
            match Self::try_new_table(if used > 50000 { used * 2 } else { used * 4 }) {
                Some(table) => Some(table),
                None => return false,
            }
        } else {
            None
        };
        self.fill += 1;
        self.used += 1;
        self.table[unused] = SetEntry { hash, key };
        if let Some(table) = grown {
            self.rebuild_into(table);
        }
        true
    }

    /// An empty table with room for `minused` entries (the smallest power
    /// of two above it, at least [`MIN_SIZE`]), or `None` when the
    /// allocator cannot serve it.
    fn try_new_table(minused: usize) -> Option<Vec<SetEntry>> {
        let newsize = Self::table_size_for(minused);
        let mut table = Vec::new();
        table.try_reserve_exact(newsize).ok()?;
        table.resize(newsize, SetEntry::UNUSED);
        Some(table)
    }

    /// Inserts into a table known to hold no dummies and not `key`.
    fn insert_clean(table: &mut [SetEntry], hash: i64, key: Value) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if table[i].key.is_null() {
                table[i] = SetEntry { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if table[i + j].key.is_null() {
                        table[i + j] = SetEntry { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Rebuilds the table with room for `minused` entries (the smallest power
    /// of two above it, at least [`MIN_SIZE`]), reinserting in old slot order.
    pub fn resize(&mut self, minused: usize) {
        self.rebuild_into(vec![SetEntry::UNUSED; Self::table_size_for(minused)]);
    }

    /// CPython's table size for `minused` entries: the smallest power of two
    /// from `MIN_SIZE` up that is greater than `minused`.
    fn table_size_for(minused: usize) -> usize {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        newsize
    }

    /// Moves the active entries into `table` (empty, a power of two with
    /// room for them), in old slot order.
    fn rebuild_into(&mut self, table: Vec<SetEntry>) {
        let old = core::mem::replace(&mut self.table, table);
        self.fill = self.used;
        for e in old.iter().filter(|e| e.is_active()) {
            Self::insert_clean(&mut self.table, e.hash, e.key);
        }
        self.generation = self.generation.wrapping_add(1);
    }

    /// Turns the active entry at `slot` into a dummy, returning its key.
    pub fn discard_at(&mut self, slot: usize) -> Value {
        let key = self.table[slot].key;
        self.table[slot] = SetEntry::DUMMY;
        self.used -= 1;
        key
    }

    /// Removes everything, back to [`MIN_SIZE`] slots.
    pub fn clear(&mut self) {
        self.table = vec![SetEntry::UNUSED; MIN_SIZE];
        self.fill = 0;
        self.used = 0;
        self.generation = self.generation.wrapping_add(1);
    }

    /// Removes and returns an arbitrary entry as CPython's `set.pop` does:
    /// the first active slot at or after the search finger.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !self.table[i].is_active() {
            i = if i == mask { 0 } else { i + 1 };
        }
        let key = self.discard_at(i);
        self.finger = i + 1;
        Some(key)
    }

    /// The pre-sizing `set_merge`/`set_update_internal` do before adding
    /// `incoming` keys that are expected to be mostly new.
    pub fn reserve_for(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// `set_merge`'s fast paths for merging `other` into this table: after
    /// the pre-sizing, an empty table copies slots directly (same size, no
    /// dummies in `other`) or reinserts cleanly. Returns false when this
    /// table is not empty and the caller must add entry by entry.
    pub fn merge_fast(&mut self, other: &SetTable) -> bool {
        self.reserve_for(other.used);
        if self.fill != 0 {
            return false;
        }
        if self.mask() == other.mask() && other.fill == other.used {
            self.table.copy_from_slice(&other.table);
        } else {
            for e in other.table.iter().filter(|e| e.is_active()) {
                Self::insert_clean(&mut self.table, e.hash, e.key);
            }
        }
        self.fill = other.used;
        self.used = other.used;
        true
    }

    /// Exchanges the contents (not the pop finger) with `other`, as
    /// CPython's `set_swap_bodies`.
    pub fn swap_bodies(&mut self, other: &mut SetTable) {
        core::mem::swap(&mut self.table, &mut other.table);
        core::mem::swap(&mut self.fill, &mut other.fill);
        core::mem::swap(&mut self.used, &mut other.used);
        self.generation = self.generation.wrapping_add(1);
        other.generation = other.generation.wrapping_add(1);
    }

    /// CPython's `frozenset_hash` of these entries.
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        // XOR over all slots, with the unused and dummy slots' contributions
        // cancelled out, is the XOR over the active entries.
        let mut hash: u64 = 0;
        for e in self.iter() {
            hash ^= shuffle(e.hash as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash as i64
    }

    /// Bytes owned, for heap accounting.
    pub fn heap_size(&self) -> usize {
        self.table.capacity() * core::mem::size_of::<SetEntry>()
    }
}

/// A `set` or `frozenset` object.
#[derive(Clone, Debug, Default)]
pub struct SetObj {
    /// The entries.
    pub table: SetTable,
    /// True for `frozenset`.
    pub frozen: bool,
    /// Cached `frozenset` hash (`None` until computed; sets never hash).
    pub hash: Option<i64>,
}

impl SetObj {
    /// An empty set (or frozenset).
    pub fn new(frozen: bool) -> Self {
        SetObj { table: SetTable::new(), frozen, hash: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(t: &mut SetTable, k: i64) {
        if let Step::Absent { unused, freeslot } = t.find(k, |v| v == Value::Int(k)) {
            assert!(t.insert_absent(k, Value::Int(k), unused, freeslot));
        }
    }

    fn keys(t: &SetTable) -> Vec<i64> {
        t.iter()
            .map(|e| match e.key {
                Value::Int(i) => i,
                _ => 0,
            })
            .collect()
    }

    #[test]
    fn small_ints_in_slot_order() {
        let mut t = SetTable::new();
        for k in [3, 1, 2] {
            add(&mut t, k);
        }
        assert_eq!(keys(&t), [1, 2, 3]);
        assert_eq!(t.len(), 3);
    }

    #[test]
    fn resizes_like_cpython() {
        let mut t = SetTable::new();
        for k in 0..5 {
            add(&mut t, k);
        }
        // fill 5: 25 >= 21, resize(20) -> 32 slots.
        assert_eq!(t.mask(), 31);
        for k in 5..19 {
            add(&mut t, k);
        }
        // fill 19: 95 >= 93, resize(76) -> 128 slots.
        assert_eq!(t.mask(), 127);
    }

    #[test]
    fn dummy_reuse_takes_last_dummy() {
        // CPython: s={0,8,16}; discard 0, 8; add 24; add 32 -> {32, 24, 16}.
        let mut t = SetTable::new();
        for k in [0, 8, 16] {
            add(&mut t, k);
        }
        for k in [0, 8] {
            if let Step::Found(i) = t.find(k, |v| v == Value::Int(k)) {
                t.discard_at(i);
            }
        }
        add(&mut t, 24);
        add(&mut t, 32);
        assert_eq!(keys(&t), [32, 24, 16]);
        assert_eq!(t.fill(), 3);
    }

    #[test]
    fn pop_uses_finger() {
        let mut t = SetTable::new();
        for k in [1, 2, 3] {
            add(&mut t, k);
        }
        assert_eq!(t.pop(), Some(Value::Int(1)));
        add(&mut t, 0);
        assert_eq!(t.pop(), Some(Value::Int(2)));
        assert_eq!(t.pop(), Some(Value::Int(3)));
        assert_eq!(t.pop(), Some(Value::Int(0)));
        assert_eq!(t.pop(), None);
    }

    #[test]
    fn frozen_hash_matches_cpython() {
        let mut t = SetTable::new();
        assert_eq!(t.frozen_hash(), 133146708735736);
        add(&mut t, 1);
        add(&mut t, 2);
        assert_eq!(t.frozen_hash(), -1826646154956904602);
    }
}
