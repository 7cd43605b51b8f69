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
/// find a key by hash, is boxed (with the JIT's watch, as cold).
#[derive(Debug, Default)]
pub struct Dict {
    entries: Vec<Entry>,
    index: Box<Index>,
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
}

impl Drop for Index {
    fn drop(&mut self) {
        if let Some(w) = &self.watch {
            w.set(w.get().wrapping_add(1));
        }
    }
}

/// Spreads a Python hash (small ints hash to themselves) over all 64 bits,
/// since the table takes its control bytes from the top bits.
#[inline]
fn mix(h: u64) -> u64 {
    (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9)
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Self {
        Dict::default()
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
            .table
            .find(mix(hash), |&i| {
                let e = &entries[i as usize];
                e.hash == hash && eq(e.key)
            })
            .map(|&i| i as usize)
    }

    /// The keys of entries whose hash equals `hash` (candidates for a slow,
    /// Python-level equality test).
    pub fn candidates(&self, hash: u64) -> Vec<(usize, Value)> {
        self.index
            .table
            .iter_hash(mix(hash))
            .filter_map(|&i| {
                let e = &self.entries[i as usize];
                (e.hash == hash && !e.key.is_null()).then_some((i as usize, e.key))
            })
            .collect()
    }

    /// The entry at `idx`.
    #[inline]
    pub fn entry(&self, idx: usize) -> &Entry {
        &self.entries[idx]
    }

    /// Where the value of entry `idx` is, for machine code that caches it
    /// (valid until the watch epoch passed to [`Dict::watch`] changes).
    #[inline]
    pub fn value_ptr(&self, idx: usize) -> Option<*const Value> {
        self.entries.get(idx).map(|e| &e.value as *const Value)
    }

    /// Makes every later change of the key set (and the dict's drop) bump `epoch`.
    pub fn watch(&mut self, epoch: &Rc<Cell<u64>>) {
        if self.index.watch.is_none() {
            self.index.watch = Some(epoch.clone());
        }
    }

    /// The set of keys changed (entries may have moved).
    #[inline]
    fn keys_changed(&mut self) {
        self.keys_version = self.keys_version.wrapping_add(1);
        if let Some(w) = &self.index.watch {
            w.set(w.get().wrapping_add(1));
        }
    }

    /// Overwrites the value of the entry at `idx`.
    #[inline]
    pub fn set_value_at(&mut self, idx: usize, value: Value) {
        self.entries[idx].value = value;
        self.version += 1;
    }

    /// Appends a new key known not to be present.
    pub fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        let idx = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        let entries = &self.entries;
        self.index.table.insert_unique(mix(hash), idx, |&i| mix(entries[i as usize].hash));
        self.len += 1;
        self.version += 1;
        self.keys_changed();
    }

    /// Removes the entry at `idx`, returning it.
    pub fn remove_at(&mut self, idx: usize) -> Entry {
        let e = self.entries[idx];
        if let Ok(slot) = self.index.table.find_entry(mix(e.hash), |&i| i as usize == idx) {
            slot.remove();
        }
        self.entries[idx].key = Value::Null;
        self.entries[idx].value = Value::Null;
        self.len -= 1;
        self.version += 1;
        self.keys_changed();
        if self.entries.len() > 16 && self.len() * 2 < self.entries.len() {
            self.compact();
        }
        e
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.table.clear();
        self.len = 0;
        self.version += 1;
        self.keys_changed();
    }

    fn compact(&mut self) {
        self.keys_changed();
        self.entries.retain(|e| !e.key.is_null());
        self.index.table = HashTable::with_capacity(self.entries.len());
        let entries = &self.entries;
        let index = &mut self.index.table;
        for (i, e) in entries.iter().enumerate() {
            index.insert_unique(mix(e.hash), i as u32, |&j| mix(entries[j as usize].hash));
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
        let index = core::mem::size_of::<HashTable<u32>>() + self.index.table.capacity() * 5;
        self.entries.capacity() * core::mem::size_of::<Entry>() + index
    }
}
