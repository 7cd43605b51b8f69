//! `set` and `frozenset`: the operations of CPython 3.11's
//! `Objects/setobject.c` over [`SetTable`], with Python-level key equality
//! run between heap borrows.
//!
//! Every algorithm follows CPython's (which set is iterated, which is probed,
//! when a copy is taken, when the table is pre-sized or compacted), because
//! those choices decide the table layout and therefore the iteration order
//! programs print. Sets built here and then handed to Python code are kept on
//! `temp_roots` while that code may run (and collect garbage).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::opcode::{BinaryOp, CompareOp};
#[cfg(feature = "rare-methods")]
use crate::runtime::object::DictViewKind;
use crate::runtime::object::{IterState, Obj, PyErr, PyResult};
use crate::runtime::set::{SetObj, SetTable, Step};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// Lookups restarted this often because `__eq__` keeps changing the set give
/// up with a RuntimeError instead of looping forever.
const MAX_RESTARTS: u32 = 10_000;

impl Vm {
    // ----- access -----

    /// The handle of a set or frozenset value.
    pub fn as_set(&self, v: Value) -> Option<ObjRef> {
        match v {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Set(_)) => Some(r),
            _ => None,
        }
    }

    fn set_obj(&self, r: ObjRef) -> Option<&SetObj> {
        match self.heap.get(r) {
            Obj::Set(s) => Some(s),
            _ => None,
        }
    }

    fn set_table_mut(&mut self, r: ObjRef) -> Option<&mut SetTable> {
        match self.heap.get_mut(r) {
            Obj::Set(s) => Some(&mut s.table),
            _ => None,
        }
    }

    /// Number of elements of a set or frozenset (0 for anything else).
    pub fn set_len(&self, r: ObjRef) -> usize {
        self.set_obj(r).map_or(0, |s| s.table.len())
    }

    fn set_is_frozen(&self, r: ObjRef) -> bool {
        self.set_obj(r).is_some_and(|s| s.frozen)
    }

    /// The next active entry of `r` at or after slot `*pos` (`set_next`).
    fn set_next(&self, r: ObjRef, pos: &mut usize) -> Option<(i64, Value)> {
        self.set_obj(r).and_then(|s| s.table.next_entry(pos)).map(|e| (e.hash, e.key))
    }

    /// A new empty set or frozenset.
    pub fn new_set_obj(&mut self, frozen: bool) -> ObjRef {
        self.heap.alloc(Obj::Set(SetObj::new(frozen).into()))
    }

    /// Runs `f` with `roots` reachable for the collector.
    fn rooted<T>(&mut self, roots: &[Value], f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        let n = self.temp_roots.len();
        self.temp_roots.extend_from_slice(roots);
        let r = f(self);
        self.temp_roots.truncate(n);
        r
    }

    // ----- lookup and the primitive mutations -----

    /// Finds `key` (with `hash`) in set `s`, running `__eq__` when needed.
    /// Returns `Found` or `Absent`. With `trust_eq`, a true `__eq__` counts
    /// even if it changed the set (CPython's `set_add_entry`); otherwise a
    /// change restarts the lookup first (`set_lookkey`).
    fn set_lookup(&mut self, s: ObjRef, key: Value, hash: i64, trust_eq: bool) -> PyResult<Step> {
        let mut restarts = 0;
        'restart: loop {
            let Some(t) = self.set_obj(s).map(|o| &o.table) else {
                return Ok(Step::Absent { unused: 0, freeslot: None });
            };
            let mut probe = t.probe_start(hash);
            loop {
                let (step, generation) = {
                    let Some(t) = self.set_obj(s).map(|o| &o.table) else {
                        return Ok(Step::Absent { unused: 0, freeslot: None });
                    };
                    let step =
                        t.probe(hash, &mut probe, |k| if k.is(key) { Some(true) } else { self.simple_eq(k, key) });
                    (step, t.generation())
                };
                let Step::NeedsEq(at) = step else { return Ok(step) };
                let start = self.set_obj(s).and_then(|o| o.table.slot(at)).map_or(Value::Null, |e| e.key);
                let eq = self.rooted(&[start, key, Value::Obj(s)], |vm| vm.eq(start, key))?;
                if eq && trust_eq {
                    return Ok(Step::Found(at));
                }
                let unchanged = self.set_obj(s).is_some_and(|o| {
                    o.table.generation() == generation && o.table.slot(at).is_some_and(|e| e.key.is(start))
                });
                if !unchanged {
                    restarts += 1;
                    if restarts > MAX_RESTARTS {
                        return Err(self.runtime_error_msg("set changed size during iteration"));
                    }
                    continue 'restart;
                }
                if eq {
                    return Ok(Step::Found(at));
                }
            }
        }
    }

    /// `set_add_entry`: adds `key` unless an equal key is present.
    fn set_add_entry(&mut self, s: ObjRef, key: Value, hash: i64) -> PyResult<()> {
        if let Step::Absent { unused, freeslot } = self.set_lookup(s, key, hash, true)? {
            if let Some(t) = self.set_table_mut(s) {
                if !t.insert_absent(hash, key, unused, freeslot) {
                    return Err(self.memory_error());
                }
            }
            self.heap.note_growth(24);
        }
        Ok(())
    }

    /// `set_add_key`: hashes (unhashable keys raise) and adds.
    fn set_add_key(&mut self, s: ObjRef, key: Value) -> PyResult<()> {
        let hash = self.hash(key)?;
        self.set_add_entry(s, key, hash)
    }

    fn set_contains_entry(&mut self, s: ObjRef, key: Value, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.set_lookup(s, key, hash, false)?, Step::Found(_)))
    }

    fn set_contains_key(&mut self, s: ObjRef, key: Value) -> PyResult<bool> {
        let hash = self.hash(key)?;
        self.set_contains_entry(s, key, hash)
    }

    /// Removes `key` if present; true if it was.
    fn set_discard_entry(&mut self, s: ObjRef, key: Value, hash: i64) -> PyResult<bool> {
        if let Step::Found(at) = self.set_lookup(s, key, hash, false)? {
            if let Some(t) = self.set_table_mut(s) {
                t.discard_at(at);
            }
            return Ok(true);
        }
        Ok(false)
    }

    /// The hash used by `in`, `remove` and `discard`: a (mutable) set key is
    /// looked up as the equal frozenset, as CPython does.
    fn set_key_hash(&mut self, key: Value) -> PyResult<i64> {
        if let Some(r) = self.as_set(key) {
            if let Some(s) = self.set_obj(r) {
                if !s.frozen {
                    return Ok(s.table.frozen_hash());
                }
            }
        }
        self.hash(key)
    }

    /// `key in s` for a set or frozenset `s` when deciding it runs no
    /// Python code ([`Vm::pure_hash`] of the key, and no stored key of the
    /// same hash met first whose `__eq__` is Python code); `None` otherwise.
    pub fn set_contains_pure(&self, s: ObjRef, key: Value) -> Option<bool> {
        let t = &self.set_obj(s)?.table;
        let hash = match self.as_set(key).and_then(|r| self.set_obj(r)) {
            // A set key is looked up as the equal frozenset (whose
            // equality with a stored one is a set comparison: not here).
            Some(_) => return None,
            None => self.pure_hash(key)?,
        };
        let mut probe = t.probe_start(hash);
        match t.probe(hash, &mut probe, |k| if k.is(key) { Some(true) } else { self.simple_eq(k, key) }) {
            Step::Found(_) => Some(true),
            Step::Absent { .. } => Some(false),
            Step::NeedsEq(_) => None,
        }
    }

    /// `key` (with `hash`) in the table `t`, decided without Python code;
    /// `None` where a stored key's `__eq__` would have to run.
    fn table_contains_pure(&self, t: &SetTable, key: Value, hash: i64) -> Option<bool> {
        let mut probe = t.probe_start(hash);
        match t.probe(hash, &mut probe, |k| if k.is(key) { Some(true) } else { self.simple_eq(k, key) }) {
            Step::Found(_) => Some(true),
            Step::Absent { .. } => Some(false),
            Step::NeedsEq(_) => None,
        }
    }

    /// The entries of set `s`, in its order, that are in set `o` (`keep`)
    /// or are not, decided without Python code; `None` where that would
    /// run a stored key's `__eq__` (nothing has run then: the caller takes
    /// the general path from the start).
    fn set_filter_pure(&self, s: ObjRef, o: ObjRef, keep: bool) -> Option<Vec<(i64, Value)>> {
        let (a, b) = (&self.set_obj(s)?.table, &self.set_obj(o)?.table);
        let mut out = Vec::new();
        for e in a.iter() {
            if self.table_contains_pure(b, e.key, e.hash)? == keep {
                out.push((e.hash, e.key));
            }
        }
        Some(out)
    }

    /// Adds to the set `r` keys of another set not in it yet (so unequal
    /// to each other and to its keys), as `set_add_entry` would; false
    /// when the allocator refused to grow the set (part may be in).
    #[must_use]
    fn set_add_distinct(&mut self, r: ObjRef, entries: &[(i64, Value)]) -> bool {
        self.heap.note_growth(24 * entries.len());
        let Some(t) = self.set_table_mut(r) else { return true };
        entries.iter().all(|&(h, k)| match t.find(h, |x| x.is(k)) {
            Step::Absent { unused, freeslot } => t.insert_absent(h, k, unused, freeslot),
            _ => true,
        })
    }

    /// `s.add(key)` for a set `s` (not a frozenset) when it runs no Python
    /// code (as [`Vm::set_contains_pure`] decides); `None` otherwise, with
    /// nothing done.
    pub fn set_add_pure(&mut self, s: ObjRef, key: Value) -> Option<()> {
        let set = self.set_obj(s).filter(|o| !o.frozen)?;
        let hash = self.pure_hash(key)?;
        let t = &set.table;
        let mut probe = t.probe_start(hash);
        match t.probe(hash, &mut probe, |k| if k.is(key) { Some(true) } else { self.simple_eq(k, key) }) {
            Step::Found(_) => {}
            Step::Absent { unused, freeslot } => {
                // (Refused by the allocator: the caller's general path raises.)
                if !self.set_table_mut(s)?.insert_absent(hash, key, unused, freeslot) {
                    return None;
                }
                self.heap.note_growth(24);
            }
            Step::NeedsEq(_) => return None,
        }
        Some(())
    }

    /// `key in s` for a set or frozenset `s`.
    pub fn set_contains(&mut self, s: ObjRef, key: Value) -> PyResult<bool> {
        let hash = self.set_key_hash(key)?;
        self.set_contains_entry(s, key, hash)
    }

    /// `s.discard(key)`; true if it was present.
    pub fn set_discard(&mut self, s: ObjRef, key: Value) -> PyResult<bool> {
        let hash = self.set_key_hash(key)?;
        self.set_discard_entry(s, key, hash)
    }

    /// `s.add(key)`.
    pub fn set_add(&mut self, s: ObjRef, key: Value) -> PyResult<()> {
        self.set_add_key(s, key)
    }

    /// `s.clear()`.
    pub fn set_clear(&mut self, s: ObjRef) {
        if let Some(t) = self.set_table_mut(s) {
            t.clear();
        }
    }

    /// `s.pop()`.
    pub fn set_pop(&mut self, s: ObjRef) -> PyResult<Value> {
        match self.set_table_mut(s).and_then(|t| t.pop()) {
            Some(v) => Ok(v),
            None => {
                // KeyError's str() is the repr of its one argument.
                let msg = self.new_str("pop from an empty set");
                Err(self.key_error(msg))
            }
        }
    }

    /// `hash(frozenset)` (cached); sets are unhashable.
    pub fn set_hash(&mut self, s: ObjRef) -> PyResult<i64> {
        let (frozen, cached, computed) = match self.set_obj(s) {
            Some(o) => (o.frozen, o.hash, o.table.frozen_hash()),
            None => (false, None, 0),
        };
        if !frozen {
            return Err(self.type_error("unhashable type: 'set'"));
        }
        if let Some(h) = cached {
            return Ok(h);
        }
        if let Obj::Set(o) = self.heap.get_mut(s) {
            o.hash = Some(computed);
        }
        Ok(computed)
    }

    // ----- bulk operations -----

    /// `set_merge`: adds every element of set `o` to `s`.
    fn set_merge(&mut self, s: ObjRef, o: ObjRef) -> PyResult<()> {
        if s == o || self.set_len(o) == 0 {
            return Ok(());
        }
        // (The target's table taken out for the moment, so both can be borrowed.)
        let Some(mut target) = self.set_table_mut(s).map(core::mem::take) else { return Ok(()) };
        let merged = self.set_obj(o).is_some_and(|x| target.merge_fast(&x.table));
        let grown = self.set_obj(o).map_or(0, |x| x.table.heap_size());
        if let Some(t) = self.set_table_mut(s) {
            *t = target;
        }
        if merged {
            self.heap.note_growth(grown);
            return Ok(());
        }
        let mut pos = 0;
        while let Some((h, k)) = self.set_next(o, &mut pos) {
            self.rooted(&[k], |vm| vm.set_add_entry(s, k, h))?;
        }
        Ok(())
    }

    /// `set_update_internal`: adds every element of any iterable.
    fn set_update_internal(&mut self, s: ObjRef, other: Value) -> PyResult<()> {
        if let Some(o) = self.as_set(other) {
            return self.set_merge(s, o);
        }
        if let Value::Obj(d) = other {
            if let Obj::Dict(dict) = self.heap.get(d) {
                let n = dict.len();
                if let Some(t) = self.set_table_mut(s) {
                    t.reserve_for(n);
                }
                let mut pos = 0;
                while let Some((h, k)) = self.dict_next(d, &mut pos) {
                    self.rooted(&[k], |vm| vm.set_add_entry(s, k, h))?;
                }
                return Ok(());
            }
        }
        self.for_each_item(other, |vm, k| vm.set_add_key(s, k))
    }

    /// The next live dict entry at or after raw position `*pos`: (hash, key).
    fn dict_next(&self, d: ObjRef, pos: &mut usize) -> Option<(i64, Value)> {
        let Obj::Dict(dict) = self.heap.get(d) else { return None };
        while *pos < dict.raw_len() {
            let p = *pos;
            *pos += 1;
            if let Some(e) = dict.raw_entry(p) {
                return Some((e.hash as i64, e.key));
            }
        }
        None
    }

    /// Calls `f` on each item of an iterable (the iterator and the current
    /// item stay rooted while `f` runs).
    fn for_each_item(&mut self, iterable: Value, mut f: impl FnMut(&mut Vm, Value) -> PyResult<()>) -> PyResult<()> {
        let it = self.get_iter(iterable)?;
        self.rooted(&[it, iterable], |vm| {
            while let Some(k) = vm.iter_next(it)? {
                vm.rooted(&[k], |vm| f(vm, k))?;
            }
            Ok(())
        })
    }

    /// `make_new_set`: a new set (or frozenset) holding the items of `iterable`.
    pub fn make_set(&mut self, frozen: bool, iterable: Option<Value>) -> PyResult<ObjRef> {
        let s = self.new_set_obj(frozen);
        if let Some(it) = iterable {
            self.rooted(&[Value::Obj(s)], |vm| vm.set_update_internal(s, it))?;
        }
        Ok(s)
    }

    /// `set_copy`: a new set of the same type with the same elements.
    pub fn set_copy(&mut self, s: ObjRef) -> PyResult<ObjRef> {
        let frozen = self.set_is_frozen(s);
        self.make_set(frozen, Some(Value::Obj(s)))
    }

    /// `s.update(other)` / `s |= other`.
    pub fn set_update(&mut self, s: ObjRef, other: Value) -> PyResult<()> {
        self.set_update_internal(s, other)
    }

    /// `s.intersection(other)`.
    pub fn set_intersection(&mut self, s: ObjRef, other: Value) -> PyResult<ObjRef> {
        if other.is(Value::Obj(s)) {
            return self.set_copy(s);
        }
        let result = self.new_set_obj(self.set_is_frozen(s));
        self.rooted(&[Value::Obj(result), Value::Obj(s), other], |vm| {
            if let Some(o) = vm.as_set(other) {
                let (big, small) = if vm.set_len(o) > vm.set_len(s) { (o, s) } else { (s, o) };
                if let Some(both) = vm.set_filter_pure(small, big, true) {
                    if !vm.set_add_distinct(result, &both) {
                        return Err(vm.memory_error());
                    }
                    return Ok(());
                }
                let mut pos = 0;
                while let Some((h, k)) = vm.set_next(small, &mut pos) {
                    vm.rooted(&[k], |vm| {
                        if vm.set_contains_entry(big, k, h)? {
                            vm.set_add_entry(result, k, h)?;
                        }
                        Ok(())
                    })?;
                }
                return Ok(());
            }
            vm.for_each_item(other, |vm, k| {
                let h = vm.hash(k)?;
                if vm.set_contains_entry(s, k, h)? {
                    vm.set_add_entry(result, k, h)?;
                }
                Ok(())
            })
        })?;
        Ok(result)
    }

    /// `s.intersection(*others)`.
    pub fn set_intersection_multi(&mut self, s: ObjRef, others: &[Value]) -> PyResult<ObjRef> {
        if others.is_empty() {
            return self.set_copy(s);
        }
        let mut result = s;
        for &o in others {
            result = self.rooted(&[Value::Obj(result)], |vm| vm.set_intersection(result, o))?;
        }
        Ok(result)
    }

    /// Replaces the contents of `s` with those of `tmp` (`set_swap_bodies`).
    fn set_take_body(&mut self, s: ObjRef, tmp: ObjRef) {
        let mut body = match self.heap.get_mut(tmp) {
            Obj::Set(o) => core::mem::take(&mut o.table),
            _ => return,
        };
        if let Some(t) = self.set_table_mut(s) {
            t.swap_bodies(&mut body);
        }
        if let Obj::Set(o) = self.heap.get_mut(tmp) {
            o.table = body;
        }
    }

    /// `s.intersection_update(*others)` / `s &= other`.
    pub fn set_intersection_update(&mut self, s: ObjRef, others: &[Value]) -> PyResult<()> {
        let tmp = self.set_intersection_multi(s, others)?;
        self.set_take_body(s, tmp);
        Ok(())
    }

    /// `set_difference_update_internal`: removes the items of `other`.
    pub fn set_difference_update(&mut self, s: ObjRef, other: Value) -> PyResult<()> {
        if other.is(Value::Obj(s)) {
            self.set_clear(s);
            return Ok(());
        }
        if let Some(o) = self.as_set(other) {
            let o = if (self.set_len(o) >> 3) > self.set_len(s) { self.set_intersection(s, other)? } else { o };
            self.rooted(&[Value::Obj(o)], |vm| {
                let mut pos = 0;
                while let Some((h, k)) = vm.set_next(o, &mut pos) {
                    vm.rooted(&[k], |vm| vm.set_discard_entry(s, k, h))?;
                }
                Ok(())
            })?;
        } else {
            self.for_each_item(other, |vm, k| {
                let h = vm.hash(k)?;
                vm.set_discard_entry(s, k, h).map(|_| ())
            })?;
        }
        if let Some(t) = self.set_table_mut(s) {
            // More than a quarter dummies: resize them away.
            if t.fill() - t.len() > t.mask() / 4 {
                let used = t.len();
                t.resize(if used > 50000 { used * 2 } else { used * 4 });
            }
        }
        Ok(())
    }

    fn set_copy_and_difference(&mut self, s: ObjRef, other: Value) -> PyResult<ObjRef> {
        let result = self.set_copy(s)?;
        self.rooted(&[Value::Obj(result)], |vm| vm.set_difference_update(result, other))?;
        Ok(result)
    }

    /// `s.difference(other)` / `s - other`.
    pub fn set_difference(&mut self, s: ObjRef, other: Value) -> PyResult<ObjRef> {
        let other_size = if let Some(o) = self.as_set(other) {
            self.set_len(o)
        } else {
            match other {
                Value::Obj(d) => match self.heap.get(d) {
                    Obj::Dict(dict) => dict.len(),
                    _ => return self.set_copy_and_difference(s, other),
                },
                _ => return self.set_copy_and_difference(s, other),
            }
        };
        if (self.set_len(s) >> 2) > other_size {
            if let Some(r) = self.as_set(other).and_then(|o| self.set_copy_and_difference_pure(s, o)) {
                return Ok(r);
            }
            return self.set_copy_and_difference(s, other);
        }
        let result = self.new_set_obj(self.set_is_frozen(s));
        let other_set = self.as_set(other);
        if let Some(kept) = other_set.and_then(|o| self.set_filter_pure(s, o, false)) {
            if !self.set_add_distinct(result, &kept) {
                return Err(self.memory_error());
            }
            return Ok(result);
        }
        self.rooted(&[Value::Obj(result), Value::Obj(s), other], |vm| {
            let mut pos = 0;
            while let Some((h, k)) = vm.set_next(s, &mut pos) {
                vm.rooted(&[k], |vm| {
                    let present = match (other_set, other) {
                        (Some(o), _) => vm.set_contains_entry(o, k, h)?,
                        (None, Value::Obj(d)) => vm.dict_get(d, k)?.is_some(),
                        _ => false,
                    };
                    if !present {
                        vm.set_add_entry(result, k, h)?;
                    }
                    Ok(())
                })?;
            }
            Ok(())
        })?;
        Ok(result)
    }

    /// `s.difference(*others)`.
    pub fn set_difference_multi(&mut self, s: ObjRef, others: &[Value]) -> PyResult<ObjRef> {
        let Some((&first, rest)) = others.split_first() else { return self.set_copy(s) };
        let result = self.set_difference(s, first)?;
        self.rooted(&[Value::Obj(result)], |vm| {
            for &o in rest {
                vm.set_difference_update(result, o)?;
            }
            Ok(())
        })?;
        Ok(result)
    }

    /// `s.symmetric_difference_update(other)` / `s ^= other`.
    pub fn set_symmetric_difference_update(&mut self, s: ObjRef, other: Value) -> PyResult<()> {
        if other.is(Value::Obj(s)) {
            self.set_clear(s);
            return Ok(());
        }
        let toggle = |vm: &mut Vm, k: Value, h: i64| -> PyResult<()> {
            vm.rooted(&[k], |vm| {
                if !vm.set_discard_entry(s, k, h)? {
                    vm.set_add_entry(s, k, h)?;
                }
                Ok(())
            })
        };
        if let Value::Obj(d) = other {
            if matches!(self.heap.get(d), Obj::Dict(_)) {
                let mut pos = 0;
                while let Some((h, k)) = self.dict_next(d, &mut pos) {
                    toggle(self, k, h)?;
                }
                return Ok(());
            }
        }
        let o = match self.as_set(other) {
            Some(o) => o,
            None => self.make_set(self.set_is_frozen(s), Some(other))?,
        };
        self.rooted(&[Value::Obj(o)], |vm| {
            let mut pos = 0;
            while let Some((h, k)) = vm.set_next(o, &mut pos) {
                toggle(vm, k, h)?;
            }
            Ok(())
        })
    }

    /// `s.symmetric_difference(other)` / `s ^ other`: a copy of `other`
    /// updated with `s`, as CPython builds it.
    pub fn set_symmetric_difference(&mut self, s: ObjRef, other: Value) -> PyResult<ObjRef> {
        let result = self.make_set(self.set_is_frozen(s), Some(other))?;
        self.rooted(&[Value::Obj(result)], |vm| vm.set_symmetric_difference_update(result, Value::Obj(s)))?;
        Ok(result)
    }

    /// `s.union(*others)`.
    pub fn set_union_multi(&mut self, s: ObjRef, others: &[Value]) -> PyResult<ObjRef> {
        let result = self.set_copy(s)?;
        self.rooted(&[Value::Obj(result)], |vm| {
            for &o in others {
                if !o.is(Value::Obj(s)) {
                    vm.set_update_internal(result, o)?;
                }
            }
            Ok(())
        })?;
        Ok(result)
    }

    /// `s.issubset(other)`.
    pub fn set_issubset(&mut self, s: ObjRef, other: Value) -> PyResult<bool> {
        let Some(o) = self.as_set(other) else {
            let tmp = self.set_intersection(s, other)?;
            return Ok(self.set_len(tmp) == self.set_len(s));
        };
        if self.set_len(s) > self.set_len(o) {
            return Ok(false);
        }
        if let Some(subset) = self.set_issubset_pure(s, o) {
            return Ok(subset);
        }
        let mut pos = 0;
        while let Some((h, k)) = self.set_next(s, &mut pos) {
            if !self.rooted(&[k], |vm| vm.set_contains_entry(o, k, h))? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a <op> b` for two sets when no key's `__eq__` would run
    /// ([`Vm::set_richcompare`]'s answer); `None` otherwise.
    pub(crate) fn set_compare_pure(&self, op: CompareOp, a: ObjRef, b: ObjRef) -> Option<bool> {
        let (la, lb) = (self.set_len(a), self.set_len(b));
        let subset = |x: ObjRef, y: ObjRef| {
            if self.set_len(x) > self.set_len(y) {
                Some(false)
            } else {
                self.set_issubset_pure(x, y)
            }
        };
        Some(match op {
            CompareOp::Eq | CompareOp::Ne => {
                let hashes = (self.set_obj(a)?.hash, self.set_obj(b)?.hash);
                let eq = if la != lb {
                    false
                } else if let (Some(x), Some(y)) = hashes {
                    x == y && subset(a, b)?
                } else {
                    subset(a, b)?
                };
                eq == (op == CompareOp::Eq)
            }
            CompareOp::Le => subset(a, b)?,
            CompareOp::Ge => subset(b, a)?,
            CompareOp::Lt => la < lb && subset(a, b)?,
            CompareOp::Gt => la > lb && subset(b, a)?,
        })
    }

    /// `a - b` or `a & b` for two sets when no key's `__eq__` would run (the
    /// set [`Vm::set_binop`] makes, in the same order); `None` otherwise
    /// (nothing changed: at most a new set was made and dropped).
    pub(crate) fn set_binop_pure(&mut self, op: BinaryOp, a: ObjRef, b: ObjRef) -> Option<ObjRef> {
        let frozen = self.set_is_frozen(a);
        let entries = match op {
            BinaryOp::Sub if (self.set_len(a) >> 2) > self.set_len(b) => {
                return self.set_copy_and_difference_pure(a, b)
            }
            BinaryOp::Sub => self.set_filter_pure(a, b, false)?,
            BinaryOp::And if a == b => return self.set_copy(a).ok(),
            BinaryOp::And => {
                let (big, small) = if self.set_len(b) > self.set_len(a) { (b, a) } else { (a, b) };
                self.set_filter_pure(small, big, true)?
            }
            _ => return None,
        };
        let result = self.new_set_obj(frozen);
        // (Refused by the allocator: the caller's general path raises.)
        self.set_add_distinct(result, &entries).then_some(result)
    }

    /// `set_copy_and_difference` of two sets when no key's `__eq__` would
    /// run: a copy of `a` without `b`'s keys, dummies resized away as
    /// [`Vm::set_difference_update`] does.
    fn set_copy_and_difference_pure(&mut self, a: ObjRef, b: ObjRef) -> Option<ObjRef> {
        let drop: Vec<(i64, Value)> = self.set_obj(b)?.table.iter().map(|e| (e.hash, e.key)).collect();
        let result = self.set_copy(a).ok()?;
        for (h, k) in drop {
            let t = &self.set_obj(result)?.table;
            let mut probe = t.probe_start(h);
            match t.probe(h, &mut probe, |x| if x.is(k) { Some(true) } else { self.simple_eq(x, k) }) {
                Step::Found(at) => {
                    self.set_table_mut(result)?.discard_at(at);
                }
                Step::Absent { .. } => {}
                Step::NeedsEq(_) => return None,
            }
        }
        let t = self.set_table_mut(result)?;
        if t.fill() - t.len() > t.mask() / 4 {
            let used = t.len();
            t.resize(if used > 50000 { used * 2 } else { used * 4 });
        }
        Some(result)
    }

    /// [`Vm::set_issubset`] of two sets decided without Python code.
    fn set_issubset_pure(&self, s: ObjRef, o: ObjRef) -> Option<bool> {
        let (a, b) = (&self.set_obj(s)?.table, &self.set_obj(o)?.table);
        for e in a.iter() {
            if !self.table_contains_pure(b, e.key, e.hash)? {
                return Some(false);
            }
        }
        Some(true)
    }

    /// `s.issuperset(other)`.
    pub fn set_issuperset(&mut self, s: ObjRef, other: Value) -> PyResult<bool> {
        if let Some(o) = self.as_set(other) {
            return self.set_issubset(o, Value::Obj(s));
        }
        let mut all = true;
        self.for_each_until(other, |vm, k| {
            all = vm.set_contains_key(s, k)?;
            Ok(!all)
        })?;
        Ok(all)
    }

    /// `s.isdisjoint(other)`.
    pub fn set_isdisjoint(&mut self, s: ObjRef, other: Value) -> PyResult<bool> {
        if other.is(Value::Obj(s)) {
            return Ok(self.set_len(s) == 0);
        }
        if let Some(o) = self.as_set(other) {
            let (big, small) = if self.set_len(o) > self.set_len(s) { (o, s) } else { (s, o) };
            let mut pos = 0;
            while let Some((h, k)) = self.set_next(small, &mut pos) {
                if self.rooted(&[k], |vm| vm.set_contains_entry(big, k, h))? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        let mut disjoint = true;
        self.for_each_until(other, |vm, k| {
            disjoint = !vm.set_contains_key(s, k)?;
            Ok(!disjoint)
        })?;
        Ok(disjoint)
    }

    /// Like `for_each_item`, stopping early when `f` returns true.
    fn for_each_until(&mut self, iterable: Value, mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>) -> PyResult<()> {
        let it = self.get_iter(iterable)?;
        self.rooted(&[it, iterable], |vm| {
            while let Some(k) = vm.iter_next(it)? {
                if vm.rooted(&[k], |vm| f(vm, k))? {
                    break;
                }
            }
            Ok(())
        })
    }

    // ----- operators -----

    /// Rich comparison between two sets/frozensets (`set_richcompare`).
    pub(crate) fn set_richcompare(&mut self, op: CompareOp, a: ObjRef, b: ObjRef) -> PyResult<bool> {
        let (la, lb) = (self.set_len(a), self.set_len(b));
        match op {
            CompareOp::Eq | CompareOp::Ne => {
                let hashes = (self.set_obj(a).and_then(|s| s.hash), self.set_obj(b).and_then(|s| s.hash));
                let eq = if la != lb {
                    false
                } else if let (Some(x), Some(y)) = hashes {
                    x == y && self.set_issubset(a, Value::Obj(b))?
                } else {
                    self.set_issubset(a, Value::Obj(b))?
                };
                Ok(eq == (op == CompareOp::Eq))
            }
            CompareOp::Le => self.set_issubset(a, Value::Obj(b)),
            CompareOp::Ge => self.set_issuperset(a, Value::Obj(b)),
            CompareOp::Lt => Ok(la < lb && self.set_issubset(a, Value::Obj(b))?),
            CompareOp::Gt => Ok(la > lb && self.set_issuperset(a, Value::Obj(b))?),
        }
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` (and the in-place forms, which
    /// mutate a set in place) when both operands are sets or frozensets;
    /// `None` otherwise.
    pub(crate) fn set_binop(&mut self, op: BinaryOp, a: Value, b: Value, inplace: bool) -> PyResult<Option<Value>> {
        let (Some(sa), Some(_)) = (self.as_set(a), self.as_set(b)) else { return Ok(None) };
        if !matches!(op, BinaryOp::Or | BinaryOp::And | BinaryOp::Sub | BinaryOp::Xor) {
            return Ok(None);
        }
        if inplace && !self.set_is_frozen(sa) {
            match op {
                BinaryOp::Or => self.set_update_internal(sa, b)?,
                BinaryOp::And => self.set_intersection_update(sa, &[b])?,
                BinaryOp::Sub => self.set_difference_update(sa, b)?,
                _ => self.set_symmetric_difference_update(sa, b)?,
            }
            return Ok(Some(a));
        }
        let r = match op {
            BinaryOp::Or => {
                let r = self.set_copy(sa)?;
                if !b.is(a) {
                    self.rooted(&[Value::Obj(r)], |vm| vm.set_update_internal(r, b))?;
                }
                r
            }
            BinaryOp::And => self.set_intersection(sa, b)?,
            BinaryOp::Sub => self.set_difference(sa, b)?,
            _ => self.set_symmetric_difference(sa, b)?,
        };
        Ok(Some(Value::Obj(r)))
    }

    /// `repr` of a set or frozenset.
    pub(crate) fn set_repr(&mut self, s: ObjRef) -> PyResult<String> {
        let frozen = self.set_is_frozen(s);
        let name = if frozen { "frozenset" } else { "set" };
        let keys: Vec<Value> = self.set_obj(s).map(|o| o.table.iter().map(|e| e.key).collect()).unwrap_or_default();
        if keys.is_empty() {
            return Ok(format!("{name}()"));
        }
        if self.repr_guard.contains(&s) {
            return Ok(format!("{name}(...)"));
        }
        self.repr_guard.push(s);
        let body = self.rooted(&keys, |vm| {
            let mut out = String::new();
            for (i, &k) in keys.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&vm.repr(k)?);
            }
            Ok(out)
        });
        self.repr_guard.pop();
        let body = body?;
        Ok(if frozen { format!("frozenset({{{body}}})") } else { format!("{{{body}}}") })
    }

    /// `next()` of a set iterator `it` (CPython's `setiter_iternext`).
    pub(crate) fn set_iter_next(&mut self, it: ObjRef) -> PyResult<Option<Value>> {
        let Obj::Iter(IterState::Set { set, pos, used }) = self.heap.get(it) else { return Ok(None) };
        let (set, mut p, used) = (*set, *pos, *used);
        if self.set_len(set) != used {
            if let Obj::Iter(IterState::Set { used, .. }) = self.heap.get_mut(it) {
                *used = usize::MAX;
            }
            return Err(self.runtime_error_msg("Set changed size during iteration"));
        }
        let next = self.set_next(set, &mut p);
        if let Obj::Iter(state) = self.heap.get_mut(it) {
            match next {
                Some(_) => {
                    if let IterState::Set { pos, .. } = state {
                        *pos = p;
                    }
                }
                None => *state = IterState::Done,
            }
        }
        Ok(next.map(|(_, k)| k))
    }

    /// The iterator state for `iter(set)`.
    pub(crate) fn set_iter_state(&self, s: ObjRef) -> IterState {
        IterState::Set { set: s, pos: 0, used: self.set_len(s) }
    }

    /// A frozenset constant, built as CPython's compiler builds one: from the
    /// items in source order, then rebuilt from that set's iteration order
    /// (constant merging), so its layout matches.
    pub(crate) fn frozenset_const(&mut self, items: Vec<Value>) -> Value {
        let tuple = self.new_tuple(items);
        let first = self.make_set(true, Some(tuple));
        let r = first.and_then(|f| {
            let order: Vec<Value> =
                self.set_obj(f).map(|o| o.table.iter().map(|e| e.key).collect()).unwrap_or_default();
            let t = self.new_tuple(order);
            self.make_set(true, Some(t))
        });
        match r {
            Ok(s) => Value::Obj(s),
            Err(_) => Value::Obj(self.new_set_obj(true)),
        }
    }

    // ----- opcodes -----

    /// BUILD_SET: a set of the stack items, added in order.
    pub(crate) fn build_set(&mut self, items: &[Value]) -> PyResult<Value> {
        let s = self.new_set_obj(false);
        self.rooted(&[Value::Obj(s)], |vm| {
            for &v in items {
                vm.set_add_key(s, v)?;
            }
            Ok(())
        })?;
        Ok(Value::Obj(s))
    }

    /// SET_ADD.
    pub(crate) fn set_add_value(&mut self, set: Value, v: Value) -> PyResult<()> {
        match self.as_set(set) {
            Some(s) => self.set_add_key(s, v),
            None => Err(self.system_error("SET_ADD on a non-set")),
        }
    }

    /// SET_UPDATE.
    pub(crate) fn set_update_from(&mut self, set: Value, it: Value) -> PyResult<()> {
        match self.as_set(set) {
            Some(s) => self.set_update_internal(s, it),
            None => Err(self.system_error("SET_UPDATE on a non-set")),
        }
    }

    /// The error for a set method called on something else.
    pub(crate) fn set_descriptor_error(&mut self, name: &str, frozen: bool, got: Value) -> PyErr {
        let tn = self.type_name(got);
        let owner = if frozen { "frozenset" } else { "set" };
        self.type_error(format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{tn}' object"))
    }
}

/// The set operations of dict views (`rare-methods`).
#[cfg(feature = "rare-methods")]
impl Vm {
    /// The dict and kind of a `keys()` or `items()` view (the views that
    /// are set-like).
    pub(crate) fn set_like_view(&self, v: Value) -> Option<(ObjRef, DictViewKind)> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::DictView { dict, kind } if *kind != DictViewKind::Values => Some((*dict, *kind)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `x in view` for a keys or items view of `dict`.
    pub(crate) fn view_contains(&mut self, dict: ObjRef, kind: DictViewKind, x: Value) -> PyResult<bool> {
        if kind == DictViewKind::Keys {
            return Ok(self.dict_get(dict, x)?.is_some());
        }
        let pair = match x {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Tuple(t) if t.len() == 2 => t.first().copied().zip(t.get(1).copied()),
                _ => None,
            },
            _ => None,
        };
        let Some((k, v)) = pair else { return Ok(false) };
        match self.dict_get(dict, k)? {
            Some(found) => self.rooted(&[found], |vm| vm.eq(found, v)),
            None => Ok(false),
        }
    }

    fn view_dict_len(&self, d: ObjRef) -> usize {
        match self.heap.get(d) {
            Obj::Dict(d) => d.len(),
            _ => 0,
        }
    }

    /// `view & other`, `view | other`, `view - other`, `view ^ other` and
    /// their reflected forms for a keys or items view (CPython's
    /// `dictviews_*`): a new set, `other` any iterable.
    pub(crate) fn dict_view_binop(&mut self, op: BinaryOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        if !matches!(op, BinaryOp::Or | BinaryOp::And | BinaryOp::Sub | BinaryOp::Xor) {
            return Ok(None);
        }
        let (mut view, mut other) = match (self.set_like_view(a), self.set_like_view(b)) {
            (Some(_), _) => (a, b),
            (None, Some(_)) if op == BinaryOp::And => (b, a),
            (None, Some(_)) => (a, b),
            (None, None) => return Ok(None),
        };
        if op != BinaryOp::And {
            // A set of the left operand's items (a keys view's dict gives its keys).
            let left = match self.set_like_view(view) {
                Some((d, DictViewKind::Keys)) => Value::Obj(d),
                _ => view,
            };
            let result = self.make_set(false, Some(left))?;
            self.rooted(&[Value::Obj(result)], |vm| match op {
                BinaryOp::Or => vm.set_update(result, other),
                BinaryOp::Sub => vm.set_difference_update(result, other),
                _ => vm.set_symmetric_difference_update(result, other),
            })?;
            return Ok(Some(Value::Obj(result)));
        }
        let Some((d, _)) = self.set_like_view(view) else { return Ok(None) };
        let len_self = self.view_dict_len(d);
        if let Some(o) = self.as_set(other) {
            if !self.set_is_frozen(o) && len_self <= self.set_len(o) {
                return Ok(Some(Value::Obj(self.set_intersection(o, view)?)));
            }
        }
        if let Some((od, _)) = self.set_like_view(other) {
            if self.view_dict_len(od) > len_self {
                core::mem::swap(&mut view, &mut other);
            }
        }
        let (d, kind) = self.set_like_view(view).unwrap_or((d, DictViewKind::Keys));
        let result = self.new_set_obj(false);
        self.rooted(&[Value::Obj(result), view], |vm| {
            vm.for_each_item(other, |vm, x| {
                if vm.view_contains(d, kind, x)? {
                    vm.set_add(result, x)?;
                }
                Ok(())
            })
        })?;
        Ok(Some(Value::Obj(result)))
    }

    /// `view.isdisjoint(other)`.
    pub(crate) fn dict_view_isdisjoint(&mut self, view: Value, other: Value) -> PyResult<bool> {
        let Some((d, kind)) = self.set_like_view(view) else { return Ok(false) };
        if view.is(other) {
            return Ok(self.view_dict_len(d) == 0);
        }
        let it = self.get_iter(other)?;
        self.rooted(&[it, other], |vm| {
            while let Some(x) = vm.iter_next(it)? {
                if vm.rooted(&[x], |vm| vm.view_contains(d, kind, x))? {
                    return Ok(false);
                }
            }
            Ok(true)
        })
    }
}
