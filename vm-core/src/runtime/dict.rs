//! `dict`: an insertion-ordered hash table keyed by Python hash and equality.
//!
//! Entries live in a dense vector in insertion order (deleted entries leave a
//! hole until the next compaction); a `hashbrown::HashTable` of entry indices
//! finds them. Equality is supplied by the caller, so that keys whose `__eq__`
//! is Python code can be compared by the VM between borrows.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::Cell;
use hashbrown::HashTable;

use super::value::Value;

/// One dict entry. A `Null` key marks a deleted entry.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// The key's Python hash.
    pub hash: u64,
    /// The key (`Null` when deleted).
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// A Python `dict`.
///
/// 48 bytes, inline in its heap slot: the entries (what lookups by a cached
/// entry index read) are one load away; the hash index, needed only to
/// find a key by hash, is boxed (with the JIT's watch, as cold) and made
/// with the first key, watch or assumption: an empty dict allocates
/// nothing (most built-in classes' dicts stay empty: 44 bytes each on a
/// 32-bit target, about 4 KB of `Vm::new`).
#[derive(Debug, Default)]
pub struct Dict {
    entries: Vec<Entry>,
    index: Option<Box<Index>>,
    /// Live entries (a dict of 2^32 entries would need 160 GiB of entries).
    len: u32,
    /// Bumped on every insertion of a new key, deletion and value store.
    pub version: u64,
    /// Bumped only when the set of keys changes (insertion of a new key,
    /// deletion, clear): specialized global loads guard on it.
    pub keys_version: u32,
}

/// A dict's boxed, rarely used part.
#[derive(Debug, Default)]
struct Index {
    /// Entry indices by hash.
    table: HashTable<u32>,
    /// Set once machine code caches where the dict's entries are: bumped
    /// whenever they may move or go (the set of keys changes, the dict is
    /// dropped), which every such cache checks.
    watch: Option<Rc<Cell<u64>>>,
    /// Traces that took entries' values as constants (see [`Dict::assume`]).
    assumed: Vec<Assumption>,
    /// Keys whose value changed while a trace assumed it: not assumed again
    /// (a global the program keeps rebinding is read, not recompiled).
    volatile: Vec<Value>,
}

/// A trace's assumption about a dict: the value of one entry (or, with
/// `index` [`Assumption::KEYS`], only that the set of keys stays the same).
#[derive(Debug)]
struct Assumption {
    index: u32,
    /// The trace's validity, cleared when the assumption breaks.
    valid: Rc<Cell<bool>>,
}

impl Assumption {
    const KEYS: u32 = u32::MAX;
}

impl Index {
    /// Breaks the assumptions `broken` selects (clearing their traces'
    /// validity) and forgets them.
    fn break_assumptions(&mut self, mut broken: impl FnMut(&Assumption) -> bool) {
        self.assumed.retain(|a| {
            let keep = !broken(a);
            if !keep {
                a.valid.set(false);
            }
            keep
        });
    }
}

impl Drop for Index {
    fn drop(&mut self) {
        if let Some(w) = &self.watch {
            w.set(w.get().wrapping_add(1));
        }
        self.break_assumptions(|_| true);
    }
}

/// Spreads a Python hash (small ints hash to themselves) over all 64 bits,
/// since the table takes its control bytes from the top bits.
#[inline]
fn mix(h: u64) -> u64 {
    (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9)
}

/// The hash of entry `i` (the index table only holds entry indices).
#[inline]
fn entry_hash(entries: &[Entry], i: u32) -> u64 {
    entries.get(i as usize).map_or(0, |e| e.hash)
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Self {
        Dict::default()
    }

    /// The index, made on first use.
    fn index_mut(&mut self) -> &mut Index {
        self.index.get_or_insert_with(Default::default)
    }

    /// Number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// True when empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Finds the entry index for a key with `hash`, using `eq` on candidate keys.
    #[inline]
    pub fn find(&self, hash: u64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        self.index
            .as_ref()?
            .table
            .find(mix(hash), |&i| entries.get(i as usize).is_some_and(|e| e.hash == hash && eq(e.key)))
            .map(|&i| i as usize)
    }

    /// The keys of entries whose hash equals `hash` (candidates for a slow,
    /// Python-level equality test).
    pub fn candidates(&self, hash: u64) -> Vec<(usize, Value)> {
        let Some(index) = &self.index else { return Vec::new() };
        index
            .table
            .iter_hash(mix(hash))
            .filter_map(|&i| {
                let e = self.entries.get(i as usize)?;
                (e.hash == hash && !e.key.is_null()).then_some((i as usize, e.key))
            })
            .collect()
    }

    /// The value of entry `idx` (`None` past the entries; a removed
    /// entry's is `Null`).
    #[inline]
    pub fn value_at(&self, idx: usize) -> Option<Value> {
        self.entries.get(idx).map(|e| e.value)
    }

    /// Where the value of entry `idx` is, for machine code that caches it
    /// (valid until the watch epoch passed to [`Dict::watch`] changes).
    #[inline]
    pub fn value_ptr(&self, idx: usize) -> Option<*const Value> {
        self.entries.get(idx).map(|e| &e.value as *const Value)
    }

    /// Makes every later change of the key set (and the dict's drop) bump `epoch`.
    pub fn watch(&mut self, epoch: &Rc<Cell<u64>>) {
        let index = self.index_mut();
        if index.watch.is_none() {
            index.watch = Some(epoch.clone());
        }
    }

    /// Makes a trace depend on the value of entry `idx` (a global or
    /// builtin it took as a constant): storing another value there,
    /// changing the set of keys or dropping the dict clears `valid`.
    pub fn assume(&mut self, idx: usize, valid: &Rc<Cell<bool>>) {
        let index = self.index_mut();
        index.assumed.retain(|a| a.valid.get());
        index.assumed.push(Assumption { index: idx as u32, valid: valid.clone() });
    }

    /// Makes a trace depend on the set of keys only (a builtin it took as
    /// a constant must not become shadowed by a global of the same name).
    pub fn assume_keys(&mut self, valid: &Rc<Cell<bool>>) {
        let index = self.index_mut();
        index.assumed.retain(|a| a.valid.get());
        index.assumed.push(Assumption { index: Assumption::KEYS, valid: valid.clone() });
    }

    /// True if the value of entry `idx` changed while a trace assumed it
    /// (see [`Dict::assume`]).
    pub fn is_volatile(&self, idx: usize) -> bool {
        let Some(index) = &self.index else { return false };
        let volatile = &index.volatile;
        !volatile.is_empty() && self.entries.get(idx).is_some_and(|e| volatile.iter().any(|k| k.is(e.key)))
    }

    /// The set of keys changed (entries may have moved).
    #[inline]
    fn keys_changed(&mut self) {
        self.keys_version = self.keys_version.wrapping_add(1);
        let Some(index) = &mut self.index else { return };
        if let Some(w) = &index.watch {
            w.set(w.get().wrapping_add(1));
        }
        if !index.assumed.is_empty() {
            index.break_assumptions(|_| true);
        }
    }

    /// Overwrites the value of the entry at `idx`.
    #[inline]
    pub fn set_value_at(&mut self, idx: usize, value: Value) {
        let Some(e) = self.entries.get_mut(idx) else { return };
        e.value = value;
        self.version += 1;
        if self.index.as_ref().is_some_and(|i| !i.assumed.is_empty()) {
            self.value_changed(idx);
        }
    }

    /// The value of entry `idx` changed: traces that assumed it are invalid
    /// and the key is volatile from now on.
    #[cold]
    fn value_changed(&mut self, idx: usize) {
        let mut broke = false;
        let key = self.entries.get(idx).map(|e| e.key);
        let Some(index) = &mut self.index else { return };
        index.break_assumptions(|a| {
            let hit = a.index == idx as u32;
            broke |= hit && a.valid.get();
            hit
        });
        let Some(key) = key else { return };
        if broke && !index.volatile.iter().any(|k| k.is(key)) {
            index.volatile.push(key);
        }
    }

    /// Appends a new key known not to be present; false (the dict
    /// unchanged) when its tables are full and the allocator cannot serve
    /// larger ones (the caller raises `MemoryError`).
    #[must_use]
    pub fn insert_new(&mut self, hash: u64, key: Value, value: Value) -> bool {
        if self.entries.try_reserve(1).is_err() {
            return false;
        }
        let index = self.index.get_or_insert_with(Default::default);
        let entries = &self.entries;
        if index.table.try_reserve(1, |&i| mix(entry_hash(entries, i))).is_err() {
            return false;
        }
        let idx = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        let index = self.index.get_or_insert_with(Default::default);
        let entries = &self.entries;
        index.table.insert_unique(mix(hash), idx, |&i| mix(entry_hash(entries, i)));
        self.len += 1;
        self.version += 1;
        self.keys_changed();
        true
    }

    /// Removes the entry at `idx`, returning it (`None` if there is no
    /// live entry there).
    pub fn remove_at(&mut self, idx: usize) -> Option<Entry> {
        let slot = self.entries.get_mut(idx).filter(|e| !e.key.is_null())?;
        let e = *slot;
        slot.key = Value::Null;
        slot.value = Value::Null;
        if let Some(Ok(slot)) = self.index.as_mut().map(|ix| ix.table.find_entry(mix(e.hash), |&i| i as usize == idx)) {
            slot.remove();
        }
        self.len -= 1;
        self.version += 1;
        self.keys_changed();
        if self.entries.len() > 16 && self.len() * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
        if let Some(index) = &mut self.index {
            index.table.clear();
        }
        self.len = 0;
        self.version += 1;
        self.keys_changed();
    }

    fn compact(&mut self) {
        self.keys_changed();
        self.entries.retain(|e| !e.key.is_null());
        let index = &mut self.index.get_or_insert_with(Default::default).table;
        *index = HashTable::with_capacity(self.entries.len());
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            index.insert_unique(mix(e.hash), i as u32, |&j| mix(entry_hash(entries, j)));
        }
    }

    /// Gives back the entry vector's spare capacity (the entries move:
    /// caches of where they are see `keys_changed`).
    pub fn shrink_to_fit(&mut self) {
        if self.entries.capacity() > self.entries.len() {
            self.entries.shrink_to_fit();
            self.keys_changed();
        }
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// Raw entry slots (including holes) for iterators that walk by position.
    #[inline]
    pub fn raw_len(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at raw position `i`, if any.
    #[inline]
    pub fn raw_entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).filter(|e| !e.key.is_null())
    }

    /// Bytes owned, for heap accounting.
    pub fn heap_size(&self) -> usize {
        let index = core::mem::size_of::<HashTable<u32>>() + self.index.as_ref().map_or(0, |i| i.table.capacity() * 5);
        self.entries.capacity() * core::mem::size_of::<Entry>() + index
    }
}

#[cfg(test)]
mod tests {
    use super::{Dict, Value};
    use alloc::rc::Rc;
    use core::cell::Cell;

    fn dict_of(n: i64) -> Dict {
        let mut d = Dict::new();
        for k in 0..n {
            assert!(d.insert_new(k as u64, Value::Int(k), Value::Int(k * 10)));
        }
        d
    }

    #[test]
    fn rebinding_an_assumed_entry_breaks_only_its_assumptions() {
        let mut d = dict_of(3);
        let (a, b) = (Rc::new(Cell::new(true)), Rc::new(Cell::new(true)));
        d.assume(0, &a);
        d.assume(1, &b);
        d.set_value_at(1, Value::Int(99));
        assert!(a.get() && !b.get());
        assert!(d.is_volatile(1) && !d.is_volatile(0));
        // Broken assumptions are forgotten: a later store breaks nothing new.
        let c = Rc::new(Cell::new(true));
        d.assume(1, &c);
        d.set_value_at(0, Value::Int(5));
        assert!(!a.get() && c.get());
    }

    #[test]
    fn key_changes_and_drop_break_every_assumption() {
        let mut d = dict_of(2);
        let (a, keys) = (Rc::new(Cell::new(true)), Rc::new(Cell::new(true)));
        d.assume(0, &a);
        d.assume_keys(&keys);
        assert!(d.insert_new(7, Value::Int(7), Value::None));
        assert!(!a.get() && !keys.get());
        // Changing keys does not make the entries volatile.
        assert!(!d.is_volatile(0));
        let e = Rc::new(Cell::new(true));
        d.assume(1, &e);
        drop(d);
        assert!(!e.get());
    }
}
