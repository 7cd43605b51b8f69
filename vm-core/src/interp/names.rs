//! Name resolution (locals dict, globals, builtins) and the dict operations
//! behind it, with Python-level key equality when keys need it.

use alloc::string::String;

use crate::runtime::object::{Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// The text of a str object (empty for non-strs).
    pub fn str_text(&self, s: ObjRef) -> String {
        match self.heap.get(s) {
            Obj::Str(st) => String::from(st.as_str()),
            _ => String::new(),
        }
    }

    /// The text of a str value (empty for non-strs).
    pub fn str_text_v(&self, v: Value) -> String {
        match v {
            Value::Obj(r) => self.str_text(r),
            _ => String::new(),
        }
    }

    /// The str slice of a value, if it is a str (or an instance of a `str`
    /// subclass: its text, as CPython's C functions accept subclasses).
    pub fn as_str(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Some(s.as_str()),
                Obj::Instance(i) => match i.native.map(|n| self.heap.get(n)) {
                    Some(Obj::Str(s)) => Some(s.as_str()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// Equality of two str objects.
    pub fn str_eq(&self, a: ObjRef, b: ObjRef) -> bool {
        a == b
            || match (self.heap.get(a), self.heap.get(b)) {
                (Obj::Str(x), Obj::Str(y)) => x.same_text(y),
                _ => false,
            }
    }

    /// Looks up a str key (fast path for names: no Python code can run).
    pub fn dict_get_str(&self, dict: ObjRef, key: ObjRef) -> Option<Value> {
        let Obj::Dict(d) = self.heap.get(dict) else { return None };
        let Obj::Str(k) = self.heap.get(key) else { return None };
        let hash = k.hash();
        d.find(hash, |other| match other {
            Value::Obj(o) => o == key || self.str_eq(o, key),
            _ => false,
        })
        .and_then(|i| d.value_at(i))
    }

    /// Stores under a str key.
    pub fn dict_set_str(&mut self, dict: ObjRef, key: ObjRef, value: Value) -> PyResult<()> {
        self.dict_set(dict, Value::Obj(key), value)
    }

    /// Removes a str key; true if it was there.
    pub fn dict_del_str(&mut self, dict: ObjRef, key: ObjRef) -> bool {
        let found = {
            let Obj::Dict(d) = self.heap.get(dict) else { return false };
            let Obj::Str(k) = self.heap.get(key) else { return false };
            d.find(k.hash(), |other| matches!(other, Value::Obj(o) if self.str_eq(o, key)))
        };
        if let Some(i) = found {
            if let Obj::Dict(d) = self.heap.get_mut(dict) {
                d.remove_at(i);
            }
            true
        } else {
            false
        }
    }

    /// Finds the entry index of `key`, running `__eq__` when keys need it.
    pub fn dict_find(&mut self, dict: ObjRef, key: Value) -> PyResult<(u64, Option<usize>)> {
        let hash = self.hash(key)? as u64;
        let mut slow = false;
        let found = {
            let Obj::Dict(d) = self.heap.get(dict) else { return Ok((hash, None)) };
            d.find(hash, |other| match self.simple_eq(other, key) {
                Some(b) => b,
                None => {
                    slow = true;
                    false
                }
            })
        };
        // (A key found after one whose `__eq__` is Python code is not
        // the answer if that `__eq__` says equal: it comes first.)
        if !slow {
            return Ok((hash, found));
        }
        self.dict_find_slow(dict, key, hash)
    }

    /// [`Vm::dict_find`] without running Python code: the key's hash and
    /// the entry found, or `None` when hashing the key, or comparing it
    /// with a key of the same hash met first, would need Python code (or
    /// raise).
    /// What traces' dict functions use.
    pub fn dict_find_pure(&self, dict: ObjRef, key: Value) -> Option<(u64, Option<usize>)> {
        let hash = self.pure_hash(key)? as u64;
        let Obj::Dict(d) = self.heap.get(dict) else { return None };
        let mut pure = true;
        let found = d.find(hash, |other| {
            self.simple_eq(other, key).unwrap_or_else(|| {
                pure = false;
                false
            })
        });
        pure.then_some((hash, found))
    }

    /// [`Vm::dict_find_pure`] for the key `tuple(items)`, without making
    /// the tuple (a trace's `d[a, b]` whose tuple is virtual).
    pub fn dict_find_pure_items(&self, dict: ObjRef, items: &[Value]) -> Option<Option<usize>> {
        let hash = self.pure_tuple_hash(items, 0)? as u64;
        let Obj::Dict(d) = self.heap.get(dict) else { return None };
        let mut pure = true;
        let found = d.find(hash, |other| {
            self.simple_eq_items(other, items).unwrap_or_else(|| {
                pure = false;
                false
            })
        });
        pure.then_some(found)
    }

    /// Stores `value` at the entry `dict_find` found, or as a new entry
    /// with `hash` and `key` (`MemoryError` when the allocator cannot grow
    /// the dict's tables; nothing is stored then).
    pub fn dict_store_found(
        &mut self,
        dict: ObjRef,
        (hash, found): (u64, Option<usize>),
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        if let Obj::Dict(d) = self.heap.get_mut(dict) {
            match found {
                Some(i) => d.set_value_at(i, value),
                None if d.insert_new(hash, key, value) => {}
                None => return Err(self.memory_error()),
            }
        }
        if found.is_none() {
            self.heap.note_growth(40);
        }
        Ok(())
    }

    /// [`Vm::dict_find`]'s lookup through Python `__eq__`.
    #[inline(never)]
    fn dict_find_slow(&mut self, dict: ObjRef, key: Value, hash: u64) -> PyResult<(u64, Option<usize>)> {
        'lookup: loop {
            let candidates = match self.heap.get(dict) {
                Obj::Dict(d) => d.candidates(hash),
                _ => alloc::vec::Vec::new(),
            };
            for (i, k) in candidates {
                let equal = self.eq(k, key)?;
                // `__eq__` may have changed the dict (removed or moved the
                // entry, cleared the dict): as CPython, start the lookup
                // again unless entry `i` still holds `k`. The index given
                // back is then one of the dict as it is now.
                let same = matches!(self.heap.get(dict), Obj::Dict(d) if d.raw_entry(i).is_some_and(|e| e.key.is(k)));
                if !same {
                    continue 'lookup;
                }
                if equal {
                    return Ok((hash, Some(i)));
                }
            }
            return Ok((hash, None));
        }
    }

    /// `dict[key]`, or `None` if absent.
    pub fn dict_get(&mut self, dict: ObjRef, key: Value) -> PyResult<Option<Value>> {
        let (_, found) = self.dict_find(dict, key)?;
        Ok(found.and_then(|i| match self.heap.get(dict) {
            Obj::Dict(d) => d.value_at(i),
            _ => None,
        }))
    }

    /// `dict[key] = value`.
    pub fn dict_set(&mut self, dict: ObjRef, key: Value, value: Value) -> PyResult<()> {
        let found = self.dict_find(dict, key)?;
        self.dict_store_found(dict, found, key, value)
    }

    /// Removes `key`, returning its value if present.
    pub fn dict_remove(&mut self, dict: ObjRef, key: Value) -> PyResult<Option<Value>> {
        let (_, found) = self.dict_find(dict, key)?;
        Ok(found.and_then(|i| match self.heap.get_mut(dict) {
            Obj::Dict(d) => d.remove_at(i).map(|e| e.value),
            _ => None,
        }))
    }

    /// `a == b` for two dicts.
    pub fn dict_eq(&mut self, a: ObjRef, b: ObjRef) -> PyResult<bool> {
        if self.nest_depth >= self.config.recursion_limit {
            let c = self.exc.recursion_error;
            return Err(self.new_exception(c, "maximum recursion depth exceeded in comparison"));
        }
        self.nest_depth += 1;
        let r = self.dict_eq_inner(a, b);
        self.nest_depth -= 1;
        r
    }

    fn dict_eq_inner(&mut self, a: ObjRef, b: ObjRef) -> PyResult<bool> {
        let entries: alloc::vec::Vec<(Value, Value)> = match (self.heap.get(a), self.heap.get(b)) {
            (Obj::Dict(x), Obj::Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                x.iter().map(|e| (e.key, e.value)).collect()
            }
            _ => return Ok(false),
        };
        for (k, v) in entries {
            match self.dict_get(b, k)? {
                Some(w) => {
                    if !self.eq(v, w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// LOAD_NAME: the frame's namespace, then globals, then builtins.
    pub(crate) fn load_name(&mut self, name: ObjRef) -> PyResult<Value> {
        let f = self.frame();
        let (locals, globals) = (f.locals_dict, f.globals);
        if let Some(l) = locals {
            if let Some(v) = self.dict_get_str(l, name) {
                return Ok(v);
            }
        }
        self.load_global(globals, name)
    }

    /// STORE_NAME.
    pub(crate) fn store_name(&mut self, name: ObjRef, v: Value) -> PyResult<()> {
        let f = self.frame();
        let ns = f.locals_dict.unwrap_or(f.globals);
        self.dict_set_str(ns, name, v)
    }

    /// DELETE_NAME.
    pub(crate) fn delete_name(&mut self, name: ObjRef) -> PyResult<()> {
        let f = self.frame();
        let ns = f.locals_dict.unwrap_or(f.globals);
        if self.dict_del_str(ns, name) {
            Ok(())
        } else {
            Err(self.name_error(name))
        }
    }

    /// LOAD_GLOBAL: globals, then builtins.
    pub(crate) fn load_global(&mut self, globals: ObjRef, name: ObjRef) -> PyResult<Value> {
        if let Some(v) = self.dict_get_str(globals, name) {
            return Ok(v);
        }
        if let Some(v) = self.dict_get_str(self.builtins, name) {
            return Ok(v);
        }
        #[cfg(any(feature = "memoryview", feature = "open", feature = "exception-groups"))]
        if let Some(v) = self.lazy_builtin(name)? {
            return Ok(v);
        }
        Err(self.name_error(name))
    }

    /// A built-in written in Python (`memoryview`, `open`), loaded when
    /// its name is first missed in `builtins`: its module is imported and
    /// the name stored in `builtins`, so later lookups find it there.
    /// `None` for every other name (the caller's NameError stands).
    #[cold]
    #[cfg(any(feature = "memoryview", feature = "open", feature = "exception-groups"))]
    pub(crate) fn lazy_builtin(&mut self, name: ObjRef) -> PyResult<Option<Value>> {
        const LAZY: &[(&str, &str)] = &[
            #[cfg(feature = "memoryview")]
            ("memoryview", "_memoryview"),
            #[cfg(feature = "open")]
            ("open", "_fileio"),
            #[cfg(feature = "exception-groups")]
            ("ExceptionGroup", "_exceptiongroup"),
            #[cfg(feature = "exception-groups")]
            ("BaseExceptionGroup", "_exceptiongroup"),
        ];
        let n = self.str_text(name);
        let Some(&(_, module)) = LAZY.iter().find(|(b, _)| *b == n.as_str()) else { return Ok(None) };
        let m = self.import_module(module)?;
        self.temp_roots.push(m);
        let v = self.get_attr(m, name);
        self.temp_roots.pop();
        let v = v?;
        self.dict_set_str(self.builtins, name, v)?;
        Ok(Some(v))
    }

    /// DELETE_GLOBAL.
    pub(crate) fn delete_global(&mut self, globals: ObjRef, name: ObjRef) -> PyResult<()> {
        if self.dict_del_str(globals, name) {
            Ok(())
        } else {
            Err(self.name_error(name))
        }
    }
}
