//! Dict and set operations whose key's `__hash__` and `__eq__` are Python
//! functions, run as frames of the interpreter's own loop instead of a
//! nested interpreter (so traces follow them like any call).
//!
//! `BINARY_SUBSCR_DICT_HASH`, `STORE_SUBSCR_DICT_HASH` and
//! `CONTAINS_OP_HASH` push the key's `__hash__` frame over a copy of the
//! key (`ReturnAction::KeyHash`). Its return gives the hash; the lookup
//! then probes the container. A stored key of that hash whose equality is
//! Python code (the stored key's class's `__eq__`, where the key's class
//! is the same or not a subclass, whose reflected `__eq__` would come
//! first) gets its `__eq__` frame, with the hash and the stored key kept
//! on the stack below it (`ReturnAction::KeyEq`); on its return the lookup
//! finishes, or probes on past that stored key, or starts again if
//! `__eq__` removed it (as CPython restarts a lookup whose table changed
//! under a comparison). `NotImplemented` from it, and any other Python
//! equality (a subclass's reflected `__eq__`, a built-in key against an
//! instance), run nested, as the generic path does.

use crate::bytecode::opcode::CompareOp;
use crate::interp::frame::{KeyOp, ReturnAction};
use crate::runtime::object::{Obj, PyResult};
use crate::runtime::set::Step;
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// What a step of such an operation did.
pub(crate) enum KeyStep {
    /// It finished: its result is on the stack.
    Done,
    /// It pushed an `__eq__` frame: the loop continues there.
    Frame,
}

/// Where probing for a key stands.
enum Probe {
    /// Found at this entry (a dict's entry index, a set's slot).
    Found(usize),
    /// Not there.
    Absent,
    /// This stored key has the same hash and Python equality.
    NeedsEq(Value),
    /// The stored key to probe past is gone: start again.
    Restart,
}

impl Vm {
    /// The container and the key of `op`, from the stack.
    fn key_operands(&self, op: KeyOp) -> (Value, Value) {
        self.key_operands_under(op, 0)
    }

    /// The container and the key of `op`, under `above` other stack entries.
    fn key_operands_under(&self, op: KeyOp, above: usize) -> (Value, Value) {
        let at = |n: usize| self.stack.peek(n + above);
        match op {
            // dict, key (a store's value under them)
            KeyOp::Subscr | KeyOp::Store => (at(2), at(1)),
            // key, container
            KeyOp::Contains { .. } => (at(1), at(2)),
        }
    }

    /// `__hash__`'s frame returned `v`: the key's hash, then the lookup.
    pub(crate) fn key_hash_returned(&mut self, op: KeyOp, v: Value) -> PyResult<KeyStep> {
        let hash = self.hash_result(v)?;
        self.key_lookup(op, hash, None)
    }

    /// A stored key's `__eq__` frame returned `v`; the hash and the stored
    /// key are on top of the stack.
    pub(crate) fn key_eq_returned(&mut self, op: KeyOp, v: Value) -> PyResult<KeyStep> {
        let (h, stored) = self.stack.top2();
        let Value::Int(hash) = h else { return Err(self.runtime_error_msg("lost the key's hash")) };
        let (_, key) = self.key_operands_under(op, 2);
        let mut r = v;
        if r.is(self.not_implemented()) {
            // The key's reflected `__eq__`, then identity (distinct here).
            r = self.compare_after_forward(CompareOp::Eq, stored, key)?;
        }
        let equal = match r {
            Value::Bool(b) => b,
            _ => {
                self.stack.push(r);
                let t = self.truthy(r);
                self.stack.pop();
                t?
            }
        };
        let len = self.stack.len();
        self.stack.truncate(len - 2);
        if equal {
            let (c, _) = self.key_operands(op);
            match self.probe_identity(c, hash, stored) {
                Some(at) => return self.key_finish(op, hash, Some(at)).map(|()| KeyStep::Done),
                None => return self.key_lookup(op, hash, None),
            }
        }
        self.key_lookup(op, hash, Some(stored))
    }

    /// Probes for the key of `op` with `hash`, past the stored key `after`
    /// (from the start when `None`).
    fn key_lookup(&mut self, op: KeyOp, hash: i64, mut after: Option<Value>) -> PyResult<KeyStep> {
        loop {
            let (c, key) = self.key_operands(op);
            match self.probe_key(c, key, hash, after) {
                Probe::Found(at) => return self.key_finish(op, hash, Some(at)).map(|()| KeyStep::Done),
                Probe::Absent => return self.key_finish(op, hash, None).map(|()| KeyStep::Done),
                Probe::Restart => after = None,
                Probe::NeedsEq(stored) => {
                    if let Some(eq) = self.eq_frame_method(stored, key) {
                        self.stack.push(Value::Int(hash));
                        self.stack.push(stored);
                        self.stack.push(stored);
                        self.stack.push(key);
                        match crate::uop::push_operand_frame(self, eq, 2, ReturnAction::KeyEq { op }) {
                            Ok(crate::uop::Flow::Frame) => return Ok(KeyStep::Frame),
                            r => {
                                let len = self.stack.len();
                                self.stack.truncate(len - 4);
                                r?;
                            }
                        }
                    }
                    // (On the stack while `__eq__` runs: a GC root.)
                    self.stack.push(stored);
                    let equal = self.eq(stored, key);
                    self.stack.pop();
                    if equal? {
                        match self.probe_identity(c, hash, stored) {
                            Some(at) => return self.key_finish(op, hash, Some(at)).map(|()| KeyStep::Done),
                            None => after = None,
                        }
                    } else {
                        after = Some(stored);
                    }
                }
            }
        }
    }

    /// The Python `__eq__` to run as a frame for `stored == key`: both
    /// instances, the stored key's class with an `__eq__` that is a Python
    /// function of two parameters, and the key's class the same or not a
    /// subclass of it (whose reflected `__eq__` would come first).
    fn eq_frame_method(&self, stored: Value, key: Value) -> Option<ObjRef> {
        let (Value::Obj(a), Value::Obj(b)) = (stored, key) else { return None };
        let (Obj::Instance(x), Obj::Instance(y)) = (self.heap.get(a), self.heap.get(b)) else { return None };
        if x.class != y.class && self.is_subclass(y.class, x.class) {
            return None;
        }
        let eq = *self.cmp_names.get(CompareOp::Eq as usize)?;
        self.python_method(x.class, eq, 2)
    }

    /// The entry of `key` (hash `hash`) in container `c` (a dict or set;
    /// `Some(None)`: absent), or `None` if finding it would run Python code
    /// (a stored key of that hash whose equality is Python's) or `c` is
    /// neither (what traces look up after running `__hash__` inline).
    pub(crate) fn key_probe_pure(&self, c: Value, key: Value, hash: i64) -> Option<Option<usize>> {
        let Value::Obj(r) = c else { return None };
        if !matches!(self.heap.get(r), Obj::Dict(_) | Obj::Set(_)) {
            return None;
        }
        match self.probe_key(c, key, hash, None) {
            Probe::Found(at) => Some(Some(at)),
            Probe::Absent => Some(None),
            Probe::NeedsEq(_) | Probe::Restart => None,
        }
    }

    /// The stored key of `key`'s hash in container `c` whose Python
    /// `__eq__` the lookup must run first (every stored key before it
    /// decided without Python code), or `None` if the lookup ends without
    /// one.
    pub(crate) fn key_needing_eq(&self, c: Value, key: Value, hash: i64) -> Option<Value> {
        let Value::Obj(r) = c else { return None };
        if !matches!(self.heap.get(r), Obj::Dict(_) | Obj::Set(_)) {
            return None;
        }
        match self.probe_key(c, key, hash, None) {
            Probe::NeedsEq(stored) => Some(stored),
            _ => None,
        }
    }

    /// Probes container `c` (a dict or set) for `key` with `hash`, comparing
    /// only stored keys after `after` in probe order.
    fn probe_key(&self, c: Value, key: Value, hash: i64, after: Option<Value>) -> Probe {
        let Value::Obj(c) = c else { return Probe::Absent };
        let mut passed = after.is_none();
        let mut needs: Option<Value> = None;
        // `Some(true)` stops at a stored key: found, or (with `needs` set) to be compared in Python.
        let mut test = |stored: Value| -> Option<bool> {
            if !passed {
                passed = after.is_some_and(|a| a.is(stored));
                return Some(false);
            }
            if stored.is(key) {
                return Some(true);
            }
            match self.simple_eq(stored, key) {
                Some(eq) => Some(eq),
                None => {
                    needs = Some(stored);
                    Some(true)
                }
            }
        };
        let found = match self.heap.get(c) {
            Obj::Dict(d) => d.find(hash as u64, |k| test(k) == Some(true)),
            Obj::Set(s) => {
                let mut p = s.table.probe_start(hash);
                match s.table.probe(hash, &mut p, &mut test) {
                    Step::Found(at) => Some(at),
                    _ => None,
                }
            }
            _ => None,
        };
        match (found, needs) {
            (_, Some(stored)) => Probe::NeedsEq(stored),
            (Some(at), None) => Probe::Found(at),
            (None, None) if !passed => Probe::Restart,
            (None, None) => Probe::Absent,
        }
    }

    /// Where the stored key `stored` (hash `hash`) is in container `c` now.
    fn probe_identity(&self, c: Value, hash: i64, stored: Value) -> Option<usize> {
        let Value::Obj(c) = c else { return None };
        match self.heap.get(c) {
            Obj::Dict(d) => d.find(hash as u64, |k| k.is(stored)),
            Obj::Set(s) => match s.table.find(hash, |k| k.is(stored)) {
                Step::Found(at) => Some(at),
                _ => None,
            },
            _ => None,
        }
    }

    /// Completes `op` with the entry found (or none), leaving its result.
    fn key_finish(&mut self, op: KeyOp, hash: i64, found: Option<usize>) -> PyResult<()> {
        let (c, key) = self.key_operands(op);
        let Value::Obj(c) = c else { return Err(self.runtime_error_msg("lost a key's container")) };
        let len = self.stack.len();
        match op {
            KeyOp::Subscr => {
                let value = match self.heap.get(c) {
                    Obj::Dict(d) => found.and_then(|at| d.value_at(at)),
                    _ => None,
                };
                let Some(value) = value else { return Err(self.key_error(key)) };
                self.stack.truncate(len - 2);
                self.stack.push(value);
            }
            KeyOp::Store => {
                let (value, _, _) = self.stack.top3();
                self.dict_store_found(c, (hash as u64, found), key, value)?;
                self.stack.truncate(len - 3);
            }
            KeyOp::Contains { negate } => {
                self.stack.truncate(len - 2);
                self.stack.push(Value::Bool(found.is_some() != negate));
            }
        }
        Ok(())
    }
}
