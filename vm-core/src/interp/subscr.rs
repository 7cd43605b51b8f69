//! Subscripts and slices (`a[i]`, `a[i:j:k]`, assignment and deletion),
//! sequence unpacking, and iteration over built-in and user iterables.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
#[cfg(feature = "big-int")]
use num_traits::Signed;
use num_traits::ToPrimitive;

#[cfg(feature = "big-int")]
use crate::runtime::object::BigRange;
use crate::runtime::object::{DictViewKind, IterState, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// Resolved `start, stop, step` of a slice over a sequence of some length.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    /// First index.
    pub start: i64,
    /// Stop index.
    pub stop: i64,
    /// Step (never 0).
    pub step: i64,
    /// Number of items selected.
    pub len: usize,
}

impl SliceIndices {
    /// The selected indices, in order.
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }
}

impl Vm {
    /// An index operand as i64 (ints and bools; big ints clamp for
    /// slicing) for a subscript of a `kind` ("list", "str", ...).
    pub fn index_value(&mut self, v: Value, kind: &str) -> PyResult<i64> {
        self.index_or_big(v, kind, None)
    }

    /// A subscript's index as i64: a big int raises CPython's IndexError
    /// naming the type of the key.
    pub(crate) fn subscript_index(&mut self, v: Value, kind: &str) -> PyResult<i64> {
        self.index_or_big(v, kind, Some(v))
    }

    /// [`Vm::index_value`]; with `strict` (the original key), a big int is
    /// an IndexError rather than clamped.
    fn index_or_big(&mut self, v: Value, kind: &str, strict: Option<Value>) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(b) => {
                    let negative = b.is_negative();
                    if let Some(key) = strict {
                        let tn = self.type_name(key);
                        return Err(self.index_error(format!("cannot fit '{tn}' into an index-sized integer")));
                    }
                    Ok(if negative { i64::MIN } else { i64::MAX })
                }
                // An int subclass's instance (an IntEnum member) indexes as its int.
                Obj::Instance(_) => match self.native_of(v) {
                    Some(n @ Value::Int(_)) => Ok(self.index_or_big(n, kind, strict)?),
                    Some(n @ Value::Obj(b)) if matches!(self.heap.get(b), Obj::BigInt(_)) => {
                        self.index_or_big(n, kind, strict)
                    }
                    // Else its `__index__` (CPython's PyNumber_AsSsize_t).
                    _ => match self.call_method_opt(v, self.names.index, &[])? {
                        Some(i) if self.is_int(i) => self.index_or_big(i, kind, strict),
                        Some(i) => Err(self.index_non_int_error(i)),
                        None => Err(self.index_type_error(v, kind)),
                    },
                },
                _ => Err(self.index_type_error(v, kind)),
            },
            _ => Err(self.index_type_error(v, kind)),
        }
    }

    /// The TypeError for a subscript `v` that is not an index (CPython 3.11
    /// words it differently for strs).
    fn index_type_error(&mut self, v: Value, kind: &str) -> crate::runtime::object::PyErr {
        let tn = self.type_name(v);
        // ("list assignment index out of range", but "list indices ...".)
        let kind = kind.strip_suffix(" assignment").or_else(|| kind.strip_suffix(" object")).unwrap_or(kind);
        if kind == "string" {
            self.type_error(format!("string indices must be integers, not '{tn}'"))
        } else {
            self.type_error(format!("{kind} indices must be integers or slices, not {tn}"))
        }
    }

    /// Resolves a slice object against a length (CPython's PySlice_AdjustIndices).
    pub fn slice_indices(&mut self, slice: ObjRef, len: usize) -> PyResult<SliceIndices> {
        let Obj::Slice(s) = self.heap.get(slice) else {
            return Err(self.system_error("not a slice"));
        };
        let [start, stop, step] = s.parts();
        fn conv(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                Value::Int(i) => Ok(Some(i)),
                Value::Bool(b) => Ok(Some(b as i64)),
                Value::Obj(r) => match vm.heap.get(r) {
                    Obj::BigInt(b) => Ok(Some(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 })),
                    Obj::Instance(_) => {
                        // An object with `__index__` (CPython's _PyEval_SliceIndex).
                        let name = vm.names.index;
                        match vm.call_method_opt(v, name, &[])? {
                            Some(i) if vm.is_int(i) => conv(vm, i),
                            Some(i) => Err(vm.index_non_int_error(i)),
                            None => {
                                Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
                            }
                        }
                    }
                    _ => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
                },
                _ => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
            }
        }
        // CPython clamps the step to [-PY_SSIZE_T_MAX, PY_SSIZE_T_MAX], so
        // `-step` below cannot overflow.
        let step = conv(self, step)?.unwrap_or(1).max(-i64::MAX);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let adjust = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
            match v {
                None => default,
                Some(mut i) => {
                    if i < 0 {
                        i += len;
                        if i < lo {
                            i = lo;
                        }
                    } else if i > hi {
                        i = hi;
                    }
                    i
                }
            }
        };
        let (start, stop) = if step > 0 {
            (adjust(conv(self, start)?, 0, 0, len), adjust(conv(self, stop)?, len, 0, len))
        } else {
            (adjust(conv(self, start)?, len - 1, -1, len - 1), adjust(conv(self, stop)?, -1, -1, len - 1))
        };
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok(SliceIndices { start, stop, step, len: n as usize })
    }

    fn is_slice(&self, v: Value) -> Option<ObjRef> {
        match v {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Slice(_)) => Some(r),
            _ => None,
        }
    }

    fn seq_index(&mut self, key: Value, len: usize, kind: &str) -> PyResult<usize> {
        let i = self.subscript_index(key, kind)?;
        self.wrap_index(i, len, kind)
    }

    /// [`Vm::seq_index`] for the list `r`, measured after the key's
    /// `__index__` ran (it may resize the list).
    fn list_index(&mut self, r: ObjRef, key: Value, kind: &str) -> PyResult<usize> {
        let i = self.subscript_index(key, kind)?;
        let len = match self.heap.get(r) {
            Obj::List(items) => items.len(),
            _ => 0,
        };
        self.wrap_index(i, len, kind)
    }

    /// A possibly negative index `i` into `len` items, or the IndexError.
    fn wrap_index(&mut self, i: i64, len: usize, kind: &str) -> PyResult<usize> {
        let j = if i < 0 { i.checked_add(len as i64).unwrap_or(-1) } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error(format!("{kind} index out of range")));
        }
        Ok(j as usize)
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: Value, key: Value) -> PyResult<Value> {
        let Value::Obj(r) = obj else { return self.get_item_fallback(obj, key) };
        match self.heap.get(r) {
            Obj::List(items) => {
                if let Value::Int(i) = key {
                    let len = items.len() as i64;
                    let j = if i < 0 { i + len } else { i };
                    if let Some(&v) = usize::try_from(j).ok().and_then(|j| items.get(j)) {
                        return Ok(v);
                    }
                }
                let len = items.len();
                if let Some(s) = self.is_slice(key) {
                    let si = self.slice_indices(s, len)?;
                    let Obj::List(items) = self.heap.get(r) else { return Ok(Value::None) };
                    // (The indices are below `len`, taken just above.)
                    let v: Vec<Value> = si.indices().map(|i| items.get(i).copied().unwrap_or(Value::None)).collect();
                    return Ok(self.new_list(v));
                }
                let i = self.list_index(r, key, "list")?;
                let Obj::List(items) = self.heap.get(r) else { return Ok(Value::None) };
                let v = items.get(i).copied();
                v.ok_or_else(|| self.index_error("list index out of range"))
            }
            Obj::Tuple(items) => {
                let len = items.len();
                if let Some(s) = self.is_slice(key) {
                    let si = self.slice_indices(s, len)?;
                    let Obj::Tuple(items) = self.heap.get(r) else { return Ok(Value::None) };
                    let v: Vec<Value> = si.indices().map(|i| items.get(i).copied().unwrap_or(Value::None)).collect();
                    return Ok(self.new_tuple(v));
                }
                let i = self.seq_index(key, len, "tuple")?;
                let Obj::Tuple(items) = self.heap.get(r) else { return Ok(Value::None) };
                let v = items.get(i).copied();
                v.ok_or_else(|| self.index_error("tuple index out of range"))
            }
            Obj::Str(s) => {
                let len = s.char_len();
                if let Some(sl) = self.is_slice(key) {
                    let si = self.slice_indices(sl, len)?;
                    let Obj::Str(s) = self.heap.get(r) else { return Ok(Value::None) };
                    let out: String = if si.step == 1 {
                        String::from(s.slice_chars(si.start as usize, si.start as usize + si.len))
                    } else {
                        si.indices().map(|i| s.char_at(i)).collect()
                    };
                    return Ok(self.new_string(out));
                }
                let i = self.seq_index(key, len, "string")?;
                let Obj::Str(s) = self.heap.get(r) else { return Ok(Value::None) };
                let c = s.char_at(i);
                Ok(self.new_char_str(c))
            }
            Obj::Dict(_) => match self.dict_get(r, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key)),
            },
            Obj::Bytes(_) => self.bytes_get_item(r, key),
            Obj::Range { start, stop, step } => {
                let (start, stop, step) = (*start, *stop, *step);
                let len = crate::builtins::range_len(start, stop, step);
                if let Some(sl) = self.is_slice(key) {
                    if len > i64::MAX as usize {
                        return Err(self.not_implemented_error("slicing a range of more than 2**63 - 1 items"));
                    }
                    let si = self.slice_indices(sl, len)?;
                    // In i128: the new bounds and step may leave i64 (a big range then).
                    let (start, step) = (start as i128, step as i128);
                    let new_start = start + si.start as i128 * step;
                    let new_step = step * si.step as i128;
                    let new_stop = start + si.stop as i128 * step;
                    let obj = match (i64::try_from(new_start), i64::try_from(new_stop), i64::try_from(new_step)) {
                        (Ok(start), Ok(stop), Ok(step)) => Obj::Range { start, stop, step },
                        #[cfg(not(feature = "big-int"))]
                        _ => return Err(self.no_big_int()),
                        #[cfg(feature = "big-int")]
                        _ => Obj::BigRange(alloc::boxed::Box::new(BigRange {
                            start: new_start.into(),
                            stop: new_stop.into(),
                            step: new_step.into(),
                        })),
                    };
                    let rr = self.heap.alloc(obj);
                    return Ok(Value::Obj(rr));
                }
                // (A big int is just out of range here.)
                let i = self.index_value(key, "range object")?;
                let i = self.wrap_index(i, len, "range object")?;
                Ok(Value::Int(start + i as i64 * step))
            }
            #[cfg(not(feature = "big-int"))]
            Obj::BigRange(r) => match r.start {},
            #[cfg(feature = "big-int")]
            Obj::BigRange(r) => {
                let BigRange { start, stop, step } = &**r;
                let (start, step) = (start.clone(), step.clone());
                let n = crate::builtins::big_range_len(&start, stop, &step);
                if self.is_slice(key).is_some() {
                    return Err(self.not_implemented_error("slicing a range with bounds beyond 64 bits"));
                }
                // Any int, or an object with `__index__`.
                let indexable = self.is_int(key)
                    || self.is_instance_value(key)
                        && self.lookup_class_attr(self.class_of(key), self.names.index).is_some();
                if !indexable {
                    return Err(self
                        .type_error(format!("range indices must be integers or slices, not {}", self.type_name(key))));
                }
                let i = crate::builtins::modules::index_int(self, key)?.to_big();
                let i = if num_traits::Signed::is_negative(&i) { i + &n } else { i };
                if num_traits::Signed::is_negative(&i) || i >= n {
                    return Err(self.index_error("range object index out of range"));
                }
                let v = start + i * step;
                Ok(self.new_bigint(v))
            }
            Obj::Instance(_) => {
                #[cfg(feature = "array-module")]
                if let Value::Int(i) = key {
                    if let Some(r) = crate::builtins::modules::array::fast_get(self, obj, i) {
                        return r;
                    }
                }
                if let Some(v) = self.call_method_opt(obj, self.names.getitem, &[key])? {
                    return Ok(v);
                }
                self.get_item_fallback(obj, key)
            }
            Obj::Class(_) => {
                // `Cls[item]` calls `Cls.__class_getitem__(item)` (an implicit classmethod).
                let cgi = self.intern("__class_getitem__");
                let found = match obj {
                    Value::Obj(cls) => self.lookup_class_attr(cls, cgi).map(|f| (cls, f)),
                    _ => None,
                };
                if let Some((cls, f)) = found {
                    let bound = self.bind_descr(f, Value::Null, cls)?;
                    let is_plain = matches!(bound, Value::Obj(r) if matches!(self.heap.get(r), Obj::Function(_)));
                    return if is_plain { self.call_value(bound, &[obj, key]) } else { self.call_value(bound, &[key]) };
                }
                // PEP 585: `list[int]` and friends are `types.GenericAlias`es.
                if let Value::Obj(cls) = obj {
                    let t = &self.types;
                    let generic = [t.list, t.dict, t.set, t.frozenset, t.tuple, t.type_].contains(&cls);
                    if generic && crate::stdlib::find("types").is_some() {
                        let types = self.import_module("types")?;
                        let ga = self.intern("GenericAlias");
                        let ga = self.get_attr(types, ga)?;
                        return self.call_value(ga, &[obj, key]);
                    }
                }
                let name_v = self.get_attr(obj, self.names.name)?;
                let tn = self.str_text_v(name_v);
                Err(self.type_error(format!("type '{tn}' is not subscriptable")))
            }
            _ => self.get_item_fallback(obj, key),
        }
    }

    fn get_item_fallback(&mut self, obj: Value, _key: Value) -> PyResult<Value> {
        let tn = self.type_name(obj);
        Err(self.type_error(format!("'{tn}' object is not subscriptable")))
    }

    /// `obj[key] = value`.
    pub fn set_item(&mut self, obj: Value, key: Value, value: Value) -> PyResult<()> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Bytes(b) if b.mutable => return self.bytearray_set_item(r, key, value),
                Obj::List(items) => {
                    let len = items.len();
                    if let Some(s) = self.is_slice(key) {
                        let si = self.slice_indices(s, len)?;
                        let not_iterable = if si.step == 1 {
                            "can only assign an iterable"
                        } else {
                            "must assign iterable to extended slice"
                        };
                        let new_items = self.collect_iterable_as(value, Some(not_iterable))?;
                        let Obj::List(items) = self.heap.get_mut(r) else { return Ok(()) };
                        if si.step == 1 {
                            // Collecting the items ran Python code, which may
                            // have shrunk the list: clamp to its length now,
                            // as CPython's `list_ass_slice` does.
                            items.with_vec(|v| {
                                let start = (si.start as usize).min(v.len());
                                let end = (start + si.len).min(v.len());
                                drop(v.splice(start..end, new_items));
                            });
                            return Ok(());
                        }
                        if new_items.len() != si.len {
                            let (a, b) = (new_items.len(), si.len);
                            return Err(self.value_error(format!(
                                "attempt to assign sequence of size {a} to extended slice of size {b}"
                            )));
                        }
                        // (An index past a list the iteration shrank is
                        // skipped: CPython writes out of bounds there.)
                        for (i, v) in si.indices().zip(new_items) {
                            if let Some(slot) = items.get_mut(i) {
                                *slot = v;
                            }
                        }
                        return Ok(());
                    }
                    let i = self.list_index(r, key, "list assignment")?;
                    if let Obj::List(items) = self.heap.get_mut(r) {
                        if let Some(slot) = items.get_mut(i) {
                            *slot = value;
                        }
                    }
                    return Ok(());
                }
                Obj::Dict(_) => return self.dict_set(r, key, value),
                _ => {}
            }
        }
        #[cfg(feature = "array-module")]
        if let Value::Int(i) = key {
            if let Some(r) = crate::builtins::modules::array::fast_set(self, obj, i, value) {
                return r;
            }
        }
        if self.is_instance_value(obj) && self.call_method_opt(obj, self.names.setitem, &[key, value])?.is_some() {
            return Ok(());
        }
        let tn = self.type_name(obj);
        Err(self.type_error(format!("'{tn}' object does not support item assignment")))
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: Value, key: Value) -> PyResult<()> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Bytes(b) if b.mutable => return self.bytearray_del_item(r, key),
                Obj::List(items) => {
                    let len = items.len();
                    if let Some(s) = self.is_slice(key) {
                        let si = self.slice_indices(s, len)?;
                        // A slice's indices are strictly monotonic: ascending
                        // order is at most a reversal (no sort linked for it).
                        let mut drop: Vec<usize> = si.indices().collect();
                        if drop.first() > drop.last() {
                            drop.reverse();
                        }
                        if let Obj::List(items) = self.heap.get_mut(r) {
                            for &i in drop.iter().rev() {
                                items.remove(i);
                            }
                        }
                        return Ok(());
                    }
                    let i = self.list_index(r, key, "list assignment")?;
                    if let Obj::List(items) = self.heap.get_mut(r) {
                        items.remove(i);
                    }
                    return Ok(());
                }
                Obj::Dict(_) => {
                    return match self.dict_remove(r, key)? {
                        Some(_) => Ok(()),
                        None => Err(self.key_error(key)),
                    };
                }
                _ => {}
            }
        }
        if self.is_instance_value(obj) && self.call_method_opt(obj, self.names.delitem, &[key])?.is_some() {
            return Ok(());
        }
        let tn = self.type_name(obj);
        // CPython's wording depends on whether the type has sequence slots
        // (the built-in sequences and sets, dict views, and every class
        // written in Python) and the key is an int.
        let sequence_slots = match obj {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)) => self.class_of(obj) != self.types.object,
            _ => matches!(
                tn.as_str(),
                "str"
                    | "bytes"
                    | "bytearray"
                    | "tuple"
                    | "list"
                    | "range"
                    | "set"
                    | "frozenset"
                    | "dict_keys"
                    | "dict_values"
                    | "dict_items"
                    | "deque"
                    | "array"
                    | "mappingproxy"
            ),
        };
        let wording = match sequence_slots && matches!(key, Value::Int(_) | Value::Bool(_)) {
            true => "doesn't",
            false => "does not",
        };
        Err(self.type_error(format!("'{tn}' object {wording} support item deletion")))
    }

    /// UNPACK_SEQUENCE: exactly `n` items, in order.
    pub fn unpack_sequence(&mut self, v: Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Tuple(t) | Obj::List(t) => Some(t.to_vec()),
                _ => None,
            },
            _ => None,
        };
        let items = match items {
            Some(items) => items,
            None => {
                if !self.is_iterable(v) {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
                }
                let it = self.get_iter(v)?;
                self.temp_roots.push(it);
                let mut out = Vec::new();
                let result = loop {
                    match self.iter_next(it) {
                        Ok(Some(x)) => {
                            out.push(x);
                            if out.len() > n {
                                break Ok(());
                            }
                        }
                        Ok(None) => break Ok(()),
                        Err(e) => break Err(e),
                    }
                };
                self.temp_roots.pop();
                result?;
                if out.len() > n {
                    return Err(self.value_error(format!("too many values to unpack (expected {n})")));
                }
                out
            }
        };
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        if items.len() < n {
            let got = items.len();
            return Err(self.value_error(format!("not enough values to unpack (expected {n}, got {got})")));
        }
        Ok(items)
    }

    /// True if `iter(v)` would succeed.
    pub fn is_iterable(&self, v: Value) -> bool {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) | Obj::Range { .. } | Obj::Iter(_) => true,
                Obj::Bytes(_) => true,
                Obj::Generator(g) => {
                    g.code.code.flags
                        & (crate::bytecode::code::FLAG_COROUTINE | crate::bytecode::code::FLAG_ASYNC_GENERATOR)
                        == 0
                }
                Obj::BigRange(_) => true,
                Obj::Set(_) => true,
                Obj::DictView { .. } => true,
                Obj::Instance(i) => {
                    i.native.is_some()
                        || self.lookup_class_attr(i.class, self.names.iter).is_some()
                        || self.lookup_class_attr(i.class, self.names.getitem).is_some()
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// `__iter__`'s result `it` is an iterator (TypeError otherwise).
    pub(crate) fn check_iter_result(&mut self, it: Value) -> PyResult<()> {
        let cls = self.class_of(it);
        let ok = matches!(it, Value::Obj(r) if matches!(self.heap.get(r), Obj::Iter(_)))
            || self.lookup_class_attr(cls, self.names.next).is_some();
        if !ok {
            let tn = self.type_name(it);
            return Err(self.type_error(format!("iter() returned non-iterator of type '{tn}'")));
        }
        Ok(())
    }

    /// The Python `__iter__` of instance `v`'s class, where it is a plain
    /// function of one parameter (`GET_ITER` runs it as a frame).
    pub(crate) fn iter_dunder(&self, v: Value) -> Option<crate::runtime::value::ObjRef> {
        let Value::Obj(r) = v else { return None };
        let Obj::Instance(i) = self.heap.get(r) else { return None };
        self.python_method(i.class, self.names.iter, 1)
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        let state = match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) => IterState::Seq { seq: r, index: 0 },
                Obj::Dict(d) => IterState::Dict { dict: r, pos: 0, kind: DictViewKind::Keys, len: d.len() },
                Obj::Set(_) => self.set_iter_state(r),
                Obj::DictView { dict, kind } => {
                    let len = match self.heap.get(*dict) {
                        Obj::Dict(d) => d.len(),
                        _ => 0,
                    };
                    IterState::Dict { dict: *dict, pos: 0, kind: *kind, len }
                }
                Obj::Range { start, stop, step } => IterState::Range {
                    next: *start,
                    remaining: crate::builtins::range_len(*start, *stop, *step) as u64,
                    step: *step,
                },
                Obj::Generator(g) if g.code.code.flags & crate::bytecode::code::FLAG_COROUTINE != 0 => {
                    return Err(self.type_error("'coroutine' object is not iterable"));
                }
                Obj::Generator(g) if g.code.code.flags & crate::bytecode::code::FLAG_ASYNC_GENERATOR != 0 => {
                    return Err(self.type_error("'async_generator' object is not iterable"));
                }
                Obj::Iter(_) | Obj::Generator(_) => return Ok(v),
                Obj::BigRange(_) => IterState::GetItem { obj: v, index: 0 },
                Obj::Instance(_) => {
                    if let Some(it) = self.call_method_opt(v, self.names.iter, &[])? {
                        self.check_iter_result(it)?;
                        return Ok(it);
                    }
                    let cls = self.class_of(v);
                    if self.lookup_class_attr(cls, self.names.getitem).is_some() {
                        IterState::GetItem { obj: v, index: 0 }
                    } else {
                        return Err(self.not_iterable(v));
                    }
                }
                Obj::Class(_) => {
                    if let Some(it) = self.class_protocol(v, "__ouro_class_iter__", &[])? {
                        return self.get_iter(it);
                    }
                    return Err(self.not_iterable(v));
                }
                _ => return Err(self.not_iterable(v)),
            },
            _ => return Err(self.not_iterable(v)),
        };
        Ok(Value::Obj(self.heap.alloc(Obj::Iter(state))))
    }

    /// Protocols of class objects themselves (`iter(C)`, `len(C)`, `x in C`),
    /// which CPython finds on the metaclass: until metaclasses exist, the
    /// standard library (`enum`) provides them as classmethods named
    /// `__ouro_class_iter__`, `__ouro_class_len__`, `__ouro_class_contains__`.
    /// `None` when `v` is not a class with that hook.
    pub(crate) fn class_protocol(&mut self, v: Value, hook: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let Value::Obj(cls) = v else { return Ok(None) };
        if !matches!(self.heap.get(cls), Obj::Class(_)) {
            return Ok(None);
        }
        // A metaclass's own dunder (`__iter__` for `__ouro_class_iter__`) first.
        if let Some(f) = self.meta_dunder(cls, hook.get(12..).unwrap_or_default()) {
            return self.call_value(f, args).map(Some);
        }
        let name = self.intern(hook);
        let Some(f) = self.lookup_class_attr(cls, name) else { return Ok(None) };
        let bound = self.bind_descr(f, Value::Null, cls)?;
        self.call_value(bound, args).map(Some)
    }

    /// `type(cls).__NAME__` bound to `cls` when `cls` has a metaclass that
    /// defines it in Python (`suffix` is `_NAME__`).
    pub(crate) fn meta_dunder(&mut self, cls: ObjRef, suffix: &str) -> Option<Value> {
        let Obj::Class(c) = self.heap.get(cls) else { return None };
        let m = c.meta.filter(|_| cfg!(feature = "metaclasses"))?;
        let name = self.intern(&format!("_{suffix}"));
        let f = self.lookup_class_attr(m, name)?;
        if !matches!(f, Value::Obj(r) if matches!(self.heap.get(r), Obj::Function(_))) {
            return None;
        }
        Some(Value::Obj(self.heap.alloc(Obj::BoundMethod { receiver: Value::Obj(cls), func: f })))
    }

    fn not_iterable(&mut self, v: Value) -> crate::runtime::object::PyErr {
        let tn = self.type_name(v);
        self.type_error(format!("'{tn}' object is not iterable"))
    }

    /// One item of a built-in's native loop: every so many items, the heap
    /// limit, the interrupt and fuel are checked (built-ins iterate without
    /// reaching a safepoint).
    #[inline]
    pub fn bulk_tick(&mut self) -> PyResult<()> {
        self.bulk_count = self.bulk_count.wrapping_add(1);
        if self.bulk_count & (crate::vm::BULK_CHECK_EVERY as u32 - 1) == 0 {
            self.reserve(0)?;
            self.charge_work(crate::vm::BULK_CHECK_EVERY)?;
        }
        Ok(())
    }

    /// [`Vm::bulk_tick`] for `n` items a built-in went through at once.
    #[inline]
    pub fn bulk_ticks(&mut self, n: usize) -> PyResult<()> {
        let every = crate::vm::BULK_CHECK_EVERY as u32;
        let before = self.bulk_count;
        self.bulk_count = before.wrapping_add(n as u32);
        // (Checked as often as item by item would: once per boundary crossed.)
        let crossed = (before & (every - 1)) as usize + n >= every as usize;
        if crossed {
            self.reserve(0)?;
            self.charge_work(n.max(crate::vm::BULK_CHECK_EVERY))?;
        }
        Ok(())
    }

    /// `v` itself when it is a list or tuple (built-ins read those by index,
    /// without an iterator object).
    #[inline]
    pub fn as_list_or_tuple(&self, v: Value) -> Option<ObjRef> {
        match v {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::List(_) | Obj::Tuple(_)) => Some(r),
            _ => None,
        }
    }

    /// Item `i` of a list or tuple, `None` past its end (or if `seq` is
    /// neither). Read afresh each time: Python code run between two reads
    /// may have resized a list.
    #[inline]
    pub fn seq_item(&self, seq: ObjRef, i: usize) -> Option<Value> {
        match self.heap.get(seq) {
            Obj::List(items) | Obj::Tuple(items) => items.get(i).copied(),
            _ => None,
        }
    }

    /// One step of `it` if it is an iterator over a list or tuple
    /// (`IterState::Seq`), as [`Vm::iter_next`] takes it: the item, or
    /// `Some(None)` at the end (the iterator is then done); `None`, with
    /// nothing done, for any other iterator. (`enumerate`'s common case.)
    fn step_seq_iter(&mut self, it: Value) -> Option<Option<Value>> {
        let Value::Obj(r) = it else { return None };
        let Obj::Iter(IterState::Seq { seq, index }) = self.heap.get(r) else { return None };
        let item = match self.heap.get(*seq) {
            Obj::List(items) | Obj::Tuple(items) => items.get(*index).copied(),
            _ => return None,
        };
        if let Obj::Iter(state) = self.heap.get_mut(r) {
            match (item, state) {
                (Some(_), IterState::Seq { index, .. }) => *index += 1,
                (None, state) => *state = IterState::Done,
                _ => {}
            }
        }
        Some(item)
    }

    /// `zip(..., strict=True)` when iterator `n` of `iters` ran out: a
    /// ValueError naming the shorter or longer argument, as CPython words
    /// it, or `Ok` when every iterator ended together.
    fn zip_strict_end(&mut self, iters: &[Value], n: usize) -> PyResult<()> {
        let (index, shorter) = if n > 0 {
            (n, true)
        } else {
            let mut longer = None;
            for (k, &i) in iters.iter().enumerate().skip(1) {
                if self.iter_next(i)?.is_some() {
                    longer = Some(k);
                    break;
                }
            }
            match longer {
                Some(k) => (k, false),
                None => return Ok(()),
            }
        };
        let than = if index == 1 { String::from("argument 1") } else { format!("arguments 1-{index}") };
        let which = if shorter { "shorter" } else { "longer" };
        Err(self.value_error(format!("zip() argument {} is {which} than {than}", index + 1)))
    }

    /// `next(it)`: `Some(value)` or `None` when exhausted.
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        self.bulk_tick()?;
        let Value::Obj(r) = it else { return Err(self.not_an_iterator(it)) };
        let (result, advance) = match self.heap.get(r) {
            Obj::Iter(state) => match state {
                IterState::Seq { seq, index } => {
                    let i = *index;
                    match self.heap.get(*seq) {
                        Obj::List(items) => (items.get(i).map(|&v| IterItem::Value(v)), true),
                        Obj::Tuple(items) => (items.get(i).map(|&v| IterItem::Value(v)), true),
                        Obj::Bytes(b) => (b.data.get(i).map(|&x| IterItem::Value(Value::Int(i64::from(x)))), true),
                        Obj::Str(s) => {
                            if i < s.char_len() {
                                (Some(IterItem::Char(s.char_at(i))), true)
                            } else {
                                (None, true)
                            }
                        }
                        _ => (None, true),
                    }
                }
                IterState::SeqReverse { seq, remaining } => {
                    if *remaining == 0 {
                        (None, false)
                    } else {
                        let i = *remaining - 1;
                        match self.heap.get(*seq) {
                            Obj::List(items) => (items.get(i).map(|&v| IterItem::Value(v)), true),
                            Obj::Tuple(items) => (items.get(i).map(|&v| IterItem::Value(v)), true),
                            Obj::Str(s) => (Some(IterItem::Char(s.char_at(i))), true),
                            Obj::Bytes(b) => (b.data.get(i).map(|&x| IterItem::Value(Value::Int(i64::from(x)))), true),
                            _ => (None, false),
                        }
                    }
                }
                IterState::Range { next, remaining, .. } => {
                    if *remaining == 0 {
                        (None, false)
                    } else {
                        (Some(IterItem::Value(Value::Int(*next))), true)
                    }
                }
                IterState::Dict { dict, pos, kind, len } => {
                    let Obj::Dict(d) = self.heap.get(*dict) else { return Ok(None) };
                    if d.len() != *len {
                        return Err(self.runtime_error_msg("dictionary changed size during iteration"));
                    }
                    let mut p = *pos;
                    let mut found = None;
                    while p < d.raw_len() {
                        if let Some(e) = d.raw_entry(p) {
                            found = Some((p, e.key, e.value));
                            break;
                        }
                        p += 1;
                    }
                    let kind = *kind;
                    match found {
                        Some((p, k, v)) => {
                            if let Obj::Iter(IterState::Dict { pos, .. }) = self.heap.get_mut(r) {
                                *pos = p + 1;
                            }
                            let item = match kind {
                                DictViewKind::Keys => k,
                                DictViewKind::Values => v,
                                DictViewKind::Items => self.new_tuple(alloc::vec![k, v]),
                            };
                            return Ok(Some(item));
                        }
                        None => (None, false),
                    }
                }
                IterState::Set { .. } => return self.set_iter_next(r),
                IterState::Enumerate { iter, count } => {
                    let (inner, count) = (*iter, *count);
                    let v = match self.step_seq_iter(inner) {
                        Some(v) => v,
                        None => self.iter_next(inner)?,
                    };
                    let Some(v) = v else { return Ok(None) };
                    let next = match count {
                        Value::Int(n) if n < i64::MAX => Value::Int(n + 1),
                        // (A big count: `enumerate(xs, start=2**70)`.)
                        _ => self.binary_op(crate::bytecode::opcode::BinaryOp::Add, count, Value::Int(1), false)?,
                    };
                    if let Obj::Iter(IterState::Enumerate { count: c, .. }) = self.heap.get_mut(r) {
                        *c = next;
                    }
                    return Ok(Some(self.new_tuple(alloc::vec![count, v])));
                }
                IterState::Map { func, iters } => {
                    let (func, iters) = (*func, iters.clone());
                    let mut args = Vec::with_capacity(iters.len());
                    for i in iters {
                        match self.iter_next(i)? {
                            Some(v) => args.push(v),
                            None => return Ok(None),
                        }
                    }
                    return self.call_value(func, &args).map(Some);
                }
                IterState::Filter { func, iter } => {
                    let (func, iter) = (*func, *iter);
                    while let Some(v) = self.iter_next(iter)? {
                        let keep = if matches!(func, Value::None) {
                            self.truthy(v)?
                        } else {
                            let r = self.call_value(func, &[v])?;
                            self.truthy(r)?
                        };
                        if keep {
                            return Ok(Some(v));
                        }
                    }
                    return Ok(None);
                }
                IterState::Zip { iters, strict } => {
                    let (iters, strict) = (iters.clone(), *strict);
                    if iters.is_empty() {
                        return Ok(None);
                    }
                    let mut out = Vec::with_capacity(iters.len());
                    for (n, &i) in iters.iter().enumerate() {
                        match self.iter_next(i)? {
                            Some(v) => out.push(v),
                            None if strict => return self.zip_strict_end(&iters, n).map(|()| None),
                            None => return Ok(None),
                        }
                    }
                    return Ok(Some(self.new_tuple(out)));
                }
                IterState::GetItem { obj, index } => {
                    let (obj, index) = (*obj, *index);
                    #[cfg(feature = "array-module")]
                    if let Some(v) = crate::builtins::modules::array::peek_item(self, obj, index) {
                        if let Obj::Iter(IterState::GetItem { index: i, .. }) = self.heap.get_mut(r) {
                            *i += 1;
                        }
                        return Ok(Some(v));
                    }
                    let index_error = self.exc.index_error;
                    let stop = self.exc.stop_iteration;
                    return match self.get_item(obj, Value::Int(index)) {
                        Ok(v) => {
                            if let Obj::Iter(IterState::GetItem { index: i, .. }) = self.heap.get_mut(r) {
                                *i += 1;
                            }
                            Ok(Some(v))
                        }
                        Err(e) if self.exception_matches(e, index_error) || self.exception_matches(e, stop) => {
                            if let Obj::Iter(state) = self.heap.get_mut(r) {
                                *state = IterState::Done;
                            }
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    };
                }
                IterState::Done => (None, false),
                #[cfg(feature = "coroutines")]
                IterState::AsyncGenOp { .. } => {
                    // Its result (StopIteration's value) goes where a
                    // generator's return value does: `next()` raises it.
                    return match self.async_gen_op_send(r, Value::None) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.exception_matches(e, self.exc.stop_iteration) => {
                            self.gen_return_value = self.stop_iteration_value(e);
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    };
                }
                #[cfg(not(feature = "coroutines"))]
                IterState::AsyncGenOp { .. } => (None, false),
            },
            Obj::Generator(g) if g.code.code.flags & crate::bytecode::code::FLAG_ASYNC_GENERATOR != 0 => {
                return Err(self.not_an_iterator(it));
            }
            Obj::Generator(_) => return self.gen_resume_native(r, Value::None),
            Obj::Instance(_) => {
                let stop = self.exc.stop_iteration;
                return match self.call_method_opt(it, self.names.next, &[]) {
                    Ok(Some(v)) => Ok(Some(v)),
                    Ok(None) => Err(self.not_an_iterator(it)),
                    Err(e) if self.exception_matches(e, stop) => Ok(None),
                    Err(e) => Err(e),
                };
            }
            _ => return Err(self.not_an_iterator(it)),
        };
        match result {
            None => {
                if let Obj::Iter(state) = self.heap.get_mut(r) {
                    if matches!(state, IterState::Seq { .. }) {
                        *state = IterState::Done;
                    }
                }
                Ok(None)
            }
            Some(item) => {
                if advance {
                    if let Obj::Iter(state) = self.heap.get_mut(r) {
                        match state {
                            IterState::Seq { index, .. } => *index += 1,
                            IterState::SeqReverse { remaining, .. } => *remaining -= 1,
                            IterState::Range { next, remaining, step } => {
                                *next = next.wrapping_add(*step);
                                *remaining -= 1;
                            }
                            _ => {}
                        }
                    }
                }
                Ok(Some(match item {
                    IterItem::Value(v) => v,
                    IterItem::Char(c) => self.new_char_str(c),
                }))
            }
        }
    }

    fn not_an_iterator(&mut self, v: Value) -> crate::runtime::object::PyErr {
        let tn = self.type_name(v);
        self.type_error(format!("'{tn}' object is not an iterator"))
    }

    /// `RuntimeError(msg)`.
    pub fn runtime_error_msg(&mut self, msg: &str) -> crate::runtime::object::PyErr {
        let c = self.exc.runtime_error;
        self.new_exception(c, msg)
    }

    /// Collects a generator, or a `map`/`filter` of a Python function over
    /// one iterable, with a Python-written loop
    /// (`builtins::python_loops`) when the VM has a JIT to record it with
    /// the generator or function; `None` otherwise.
    fn collect_in_python(&mut self, v: Value) -> Option<PyResult<Vec<Value>>> {
        use crate::builtins::PythonLoop;
        let Value::Obj(r) = v else { return None };
        match self.heap.get(r) {
            Obj::Generator(_) => self.collect_with_python_loop(PythonLoop::Extend, &[v]),
            Obj::Iter(IterState::Map { func, iters }) if iters.len() == 1 && self.is_python_function(*func) => {
                let (func, inner) = (*func, *iters.first()?);
                self.collect_with_python_loop(PythonLoop::ExtendMap, &[func, inner])
            }
            Obj::Iter(IterState::Filter { func, iter }) if self.is_python_function(*func) => {
                let (func, inner) = (*func, *iter);
                self.collect_with_python_loop(PythonLoop::ExtendFilter, &[func, inner])
            }
            _ => None,
        }
    }

    /// Collects any iterable into a vector.
    pub fn collect_iterable(&mut self, v: Value) -> PyResult<Vec<Value>> {
        self.collect_iterable_as(v, None)
    }

    /// [`Vm::collect_iterable`], with `not_iterable` as the TypeError's
    /// message when `v` has no iterator (CPython's `PySequence_Fast`).
    pub fn collect_iterable_as(&mut self, v: Value, not_iterable: Option<&str>) -> PyResult<Vec<Value>> {
        if let Value::Obj(r) = v {
            let n = match self.heap.get(r) {
                Obj::List(items) => Some(items.len()),
                Obj::Tuple(items) => Some(items.len()),
                Obj::Set(s) => Some(s.table.len()),
                _ => None,
            };
            if let Some(n) = n {
                // Copying is bulk work: charged to the heap limit and fuel first.
                self.reserve(n.saturating_mul(core::mem::size_of::<Value>()))?;
                self.charge_work(n)?;
                match self.heap.get(r) {
                    Obj::List(items) => return Ok(items.to_vec()),
                    Obj::Tuple(items) => return Ok(items.to_vec()),
                    // (In the order iterating it gives.)
                    Obj::Set(s) => return Ok(s.table.iter().map(|e| e.key).collect()),
                    _ => {}
                }
            }
            if let Obj::Range { start, stop, step } = self.heap.get(r) {
                // The length is known: refuse what cannot fit before iterating.
                let n = crate::builtins::range_len(*start, *stop, *step);
                self.reserve(n.saturating_mul(core::mem::size_of::<Value>()))?;
            }
        }
        if let Some(items) = self.collect_in_python(v) {
            return items;
        }
        let it = match (self.get_iter(v), not_iterable) {
            (Ok(it), _) => it,
            (Err(e), Some(m)) if self.exception_matches(e, self.exc.type_error) => return Err(self.type_error(m)),
            (Err(e), _) => return Err(e),
        };
        // Keep the partial result reachable while Python code runs.
        let holder = self.new_list(Vec::new());
        self.temp_roots.push(holder);
        self.temp_roots.push(it);
        let mut count = 0usize;
        let result = loop {
            count += 1;
            if count & (crate::vm::BULK_CHECK_EVERY - 1) == 0 {
                // Iterating natively (a range, a dict) runs no safepoint: charge
                // the heap limit and fuel, check interrupts, every so often
                // (the buffer itself grows through `try_push` below).
                let bytes = count.saturating_mul(core::mem::size_of::<Value>());
                if self.heap.would_exceed(bytes) {
                    break Err(self.memory_error());
                }
                if let Err(e) = self.charge_work(crate::vm::BULK_CHECK_EVERY) {
                    break Err(e);
                }
            }
            match self.iter_next(it) {
                Ok(Some(x)) => {
                    if let Value::Obj(h) = holder {
                        if let Obj::List(items) = self.heap.get_mut(h) {
                            if !items.try_push(x) {
                                break Err(self.memory_error());
                            }
                        }
                    }
                }
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        self.temp_roots.truncate(self.temp_roots.len() - 2);
        result?;
        let Value::Obj(h) = holder else { return Ok(Vec::new()) };
        match self.heap.get_mut(h) {
            Obj::List(items) => Ok(core::mem::take(items).into()),
            _ => Ok(Vec::new()),
        }
    }

    /// A big-int operand as i64 when it fits.
    pub fn to_i64(&self, v: Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(i),
            Value::Bool(b) => Some(b as i64),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(b) => b.to_i64(),
                _ => None,
            },
            _ => None,
        }
    }
}

enum IterItem {
    Value(Value),
    Char(char),
}
