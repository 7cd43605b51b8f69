//! The runtime side of the `match` statement: what `MATCH_SEQUENCE`,
//! `MATCH_MAPPING`, `MATCH_KEYS` and `MATCH_CLASS` do, following CPython
//! 3.11's `ceval.c` (`match_keys`, `match_class`) and its messages.
//!
//! Sequences are `list`, `tuple`, `range`, their subclasses, and classes
//! marked as sequences (`str`, `dict`, `set` never are); mappings are
//! `dict`, its subclasses and classes marked as mappings. The mark stands
//! in for CPython's `Py_TPFLAGS_SEQUENCE`/`MAPPING`: a class attribute
//! `__ouro_match__` (`"sequence"` or `"mapping"`) found along the MRO, set
//! by `collections.abc.Sequence`/`Mapping` (so their subclasses inherit
//! it) and by their `register()` (so `collections.deque` has it). A class
//! without `__match_args__` takes one positional sub-pattern matching the
//! whole subject when it is (a subclass of) one of `bool int float str
//! list tuple dict set frozenset`.

use alloc::format;
use alloc::vec::Vec;

use crate::runtime::object::{Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// `MATCH_SEQUENCE`: may a sequence pattern match `v`?
    pub(crate) fn match_is_sequence(&mut self, v: Value) -> bool {
        if let Value::Obj(r) = self.unwrap_native(v) {
            match self.heap.get(r) {
                Obj::List(_) | Obj::Tuple(_) | Obj::Range { .. } | Obj::BigRange(_) => return true,
                Obj::Str(_) | Obj::Dict(_) | Obj::Set(_) => return false,
                _ => {}
            }
        }
        self.match_mark(v) == Some("sequence")
    }

    /// `MATCH_MAPPING`: may a mapping pattern match `v`?
    pub(crate) fn match_is_mapping(&mut self, v: Value) -> bool {
        if let Value::Obj(r) = self.unwrap_native(v) {
            match self.heap.get(r) {
                Obj::Dict(_) => return true,
                Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Set(_) => return false,
                _ => {}
            }
        }
        self.match_mark(v) == Some("mapping")
    }

    /// The `__ouro_match__` mark of an instance's class (see the module docs).
    fn match_mark(&mut self, v: Value) -> Option<&'static str> {
        if !matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_))) {
            return None;
        }
        let name = self.intern("__ouro_match__");
        let cls = self.class_of(v);
        let mark = self.lookup_class_attr(cls, name)?;
        match self.as_str(mark) {
            Some("sequence") => Some("sequence"),
            Some("mapping") => Some("mapping"),
            _ => None,
        }
    }

    /// `MATCH_KEYS`: the values of `keys` (a tuple) in the mapping
    /// `subject`, as a tuple, or `None` if one is missing. Looks keys up
    /// with `subject.get(key, sentinel)` as CPython does (so a
    /// `defaultdict` creates nothing); a key given twice is a ValueError.
    pub(crate) fn match_keys(&mut self, subject: Value, keys: Value) -> PyResult<Value> {
        let keys: Vec<Value> = match keys {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Tuple(t) => t.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        if keys.is_empty() {
            return Ok(self.new_tuple(Vec::new()));
        }
        let roots = self.temp_roots.len();
        let r = self.match_keys_inner(subject, &keys);
        self.temp_roots.truncate(roots);
        r
    }

    fn match_keys_inner(&mut self, subject: Value, keys: &[Value]) -> PyResult<Value> {
        // A fresh object no mapping can hold: the "missing" marker.
        let sentinel = self.new_list(Vec::new());
        self.temp_roots.push(sentinel);
        let get_name = self.intern("get");
        let get = self.get_attr(subject, get_name)?;
        self.temp_roots.push(get);
        let mut seen: Vec<(i64, Value)> = Vec::new();
        let mut values = Vec::with_capacity(keys.len());
        for &key in keys {
            let h = self.hash(key)?;
            for &(sh, sk) in &seen.clone() {
                if sh == h && self.eq(sk, key)? {
                    let r = self.repr(key)?;
                    return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
                }
            }
            seen.push((h, key));
            let v = self.call_value(get, &[key, sentinel])?;
            if v.is(sentinel) {
                return Ok(Value::None);
            }
            self.temp_roots.push(v);
            values.push(v);
        }
        Ok(self.new_tuple(values))
    }

    /// `MATCH_CLASS`: if `subject` is an instance of `cls`, the tuple of
    /// its attributes named by `cls.__match_args__[:nargs]` and then by
    /// `names` (a tuple of str); `None` if it is not an instance or an
    /// attribute is missing.
    pub(crate) fn match_class(&mut self, subject: Value, cls: Value, nargs: u32, names: Value) -> PyResult<Value> {
        let Value::Obj(cls_ref) = cls else { return Err(self.type_error("called match pattern must be a type")) };
        if !matches!(self.heap.get(cls_ref), Obj::Class(_)) {
            return Err(self.type_error("called match pattern must be a type"));
        }
        if !self.isinstance(subject, cls_ref) {
            return Ok(Value::None);
        }
        let roots = self.temp_roots.len();
        let r = self.match_class_inner(subject, cls_ref, nargs as usize, names);
        self.temp_roots.truncate(roots);
        r
    }

    fn match_class_inner(&mut self, subject: Value, cls: ObjRef, nargs: usize, names: Value) -> PyResult<Value> {
        let cls_name = alloc::string::String::from(self.class_name(cls));
        let mut seen: Vec<ObjRef> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let match_args_name = self.intern("__match_args__");
            let match_args = match self.get_attr(Value::Obj(cls), match_args_name) {
                Ok(v) => Some(v),
                Err(e) if self.is_attribute_error(e) => None,
                Err(e) => return Err(e),
            };
            let (allowed, match_args) = match match_args {
                Some(m) => match m {
                    Value::Obj(r) if matches!(self.heap.get(r), Obj::Tuple(_)) => {
                        let Obj::Tuple(t) = self.heap.get(r) else { unreachable!() };
                        (t.len(), Some(t.to_vec()))
                    }
                    _ => {
                        let tn = self.type_name(m);
                        return Err(self.type_error(format!("{cls_name}.__match_args__ must be a tuple (got {tn})")));
                    }
                },
                None => (usize::from(self.matches_self(cls)), None),
            };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{cls_name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
                )));
            }
            match match_args {
                None => attrs.push(subject),
                Some(match_args) => {
                    for &name in match_args.get(..nargs).unwrap_or_default() {
                        let Some(name) = self.as_str_ref(name) else {
                            let tn = self.type_name(name);
                            return Err(self.type_error(format!("__match_args__ elements must be strings (got {tn})")));
                        };
                        match self.match_class_attr(subject, &cls_name, name, &mut seen)? {
                            Some(v) => attrs.push(v),
                            None => return Ok(Value::None),
                        }
                    }
                }
            }
        }
        let names: Vec<Value> = match names {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Tuple(t) => t.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        for name in names {
            let Some(name) = self.as_str_ref(name) else { continue };
            match self.match_class_attr(subject, &cls_name, name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(attrs))
    }

    /// One attribute for `MATCH_CLASS` (`None` when missing); an attribute
    /// named twice is a TypeError.
    fn match_class_attr(
        &mut self,
        subject: Value,
        cls_name: &str,
        name: ObjRef,
        seen: &mut Vec<ObjRef>,
    ) -> PyResult<Option<Value>> {
        let text = self.str_text(name);
        if seen.iter().any(|&s| self.str_text(s) == text) {
            let mut r = alloc::string::String::new();
            crate::runtime::str_repr::str_repr(&text, &mut r);
            return Err(self.type_error(format!("{cls_name}() got multiple sub-patterns for attribute {r}")));
        }
        seen.push(name);
        match self.get_attr(subject, name) {
            Ok(v) => {
                self.temp_roots.push(v);
                Ok(Some(v))
            }
            Err(e) if self.is_attribute_error(e) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// True if `cls` is (a subclass of) a built-in type whose class
    /// patterns match the subject itself (`int(x)`, `str(s)`, ...).
    fn matches_self(&self, cls: ObjRef) -> bool {
        let t = &self.types;
        [t.bool_, t.int, t.float, t.str_, t.list, t.tuple, t.dict, t.set, t.frozenset]
            .iter()
            .any(|&b| self.is_subclass(cls, b))
    }

    /// The str object behind `v`, if it is a str.
    fn as_str_ref(&self, v: Value) -> Option<ObjRef> {
        match v {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Str(_)) => Some(r),
            _ => None,
        }
    }
}
