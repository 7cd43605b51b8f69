//! Weak references: which objects each live weak reference points to,
//! kept beside the heap where the collector does not trace.
//!
//! A weak reference object (`weakref.ref`, an instance of a class written
//! in Python) does not hold its referent in any field the collector
//! traces; the pair lives in this table, keyed by slot index. After every
//! sweep, and before anything is allocated again, [`WeakTable::after_sweep`]
//! drops the entries of weak references that were freed and clears those
//! whose referent was freed, queueing the ones that have a callback. So a
//! freed slot reused by a new object can never be reached through an old
//! weak reference: its entry is gone before the slot is handed out again.

use alloc::collections::BTreeMap;
use alloc::vec::Vec;

use super::heap::Heap;
use super::value::ObjRef;

/// What kind of weak reference an entry is (CPython keeps the callback-less
/// `ref` and `proxy` of an object first in its list and reuses them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeakKind {
    /// A plain `weakref.ref(obj)` without callback (shared by all callers).
    BasicRef,
    /// A plain `weakref.proxy(obj)` without callback (shared likewise).
    BasicProxy,
    /// Any other (a callback, or a subclass of `ref`).
    Other,
}

/// One weak reference to an object.
#[derive(Clone, Copy, Debug)]
struct Entry {
    /// The weak reference object.
    wref: ObjRef,
    /// Its kind.
    kind: WeakKind,
    /// It has a callback to call when the referent dies.
    callback: bool,
}

/// The live weak references, by reference and by referent.
#[derive(Debug, Default)]
pub struct WeakTable {
    /// Weak reference slot -> referent slot.
    targets: BTreeMap<u32, u32>,
    /// Referent slot -> its weak references, in CPython's list order (the
    /// basic ref, the basic proxy, then the others newest first).
    lists: BTreeMap<u32, Vec<Entry>>,
}

impl WeakTable {
    /// Records that `wref` refers weakly to `referent`.
    pub fn bind(&mut self, wref: ObjRef, referent: ObjRef, kind: WeakKind, callback: bool) {
        if let Some(old) = self.targets.insert(wref.0, referent.0) {
            if let Some(list) = self.lists.get_mut(&old) {
                list.retain(|e| e.wref != wref);
            }
        }
        let list = self.lists.entry(referent.0).or_default();
        let basics = list.iter().take_while(|e| e.kind != WeakKind::Other).count();
        let at = match kind {
            WeakKind::BasicRef => 0,
            WeakKind::BasicProxy => usize::from(list.first().is_some_and(|e| e.kind == WeakKind::BasicRef)),
            WeakKind::Other => basics,
        };
        list.insert(at, Entry { wref, kind, callback });
    }

    /// The referent of `wref`, if it is still alive.
    pub fn get(&self, wref: ObjRef) -> Option<ObjRef> {
        self.targets.get(&wref.0).map(|&r| ObjRef(r))
    }

    /// The existing weak reference of `kind` to `referent`, if any.
    pub fn find(&self, referent: ObjRef, kind: WeakKind) -> Option<ObjRef> {
        self.lists.get(&referent.0)?.iter().find(|e| e.kind == kind).map(|e| e.wref)
    }

    /// The weak references to `referent`, in CPython's order.
    pub fn refs_to(&self, referent: ObjRef) -> Vec<ObjRef> {
        self.lists.get(&referent.0).map(|l| l.iter().map(|e| e.wref).collect()).unwrap_or_default()
    }

    /// How many weak references are recorded.
    pub fn len(&self) -> usize {
        self.targets.len()
    }

    /// True when no weak reference is recorded.
    pub fn is_empty(&self) -> bool {
        self.targets.is_empty()
    }

    /// Right after a sweep: forgets the weak references that were freed,
    /// clears those whose referent was freed and appends the cleared ones
    /// with a callback to `pending` (referents in slot order, each one's
    /// references in list order).
    pub fn after_sweep(&mut self, heap: &Heap, pending: &mut Vec<ObjRef>) {
        if self.targets.is_empty() {
            return;
        }
        let targets = &mut self.targets;
        self.lists.retain(|&referent, list| {
            if heap.is_free(ObjRef(referent)) {
                for e in list.iter() {
                    targets.remove(&e.wref.0);
                    if e.callback && !heap.is_free(e.wref) {
                        pending.push(e.wref);
                    }
                }
                return false;
            }
            list.retain(|e| {
                let keep = !heap.is_free(e.wref);
                if !keep {
                    targets.remove(&e.wref.0);
                }
                keep
            });
            !list.is_empty()
        });
    }
}
