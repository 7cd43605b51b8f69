//! The VM side of `bytes` and `bytearray`: allocation, operators,
//! comparison, hashing, membership, subscripts and iteration, with
//! CPython's messages. The byte-string algorithms are `runtime::bytes`.

use alloc::format;
use alloc::vec::Vec;

use crate::bytecode::opcode::{BinaryOp, CompareOp};
use crate::runtime::bytes::{self, BytesObj};
use crate::runtime::object::{Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// A new `bytes` (or `bytearray` when `mutable`).
    pub fn new_bytes(&mut self, data: Vec<u8>, mutable: bool) -> Value {
        Value::Obj(self.heap.alloc(Obj::Bytes(BytesObj { data, mutable })))
    }

    /// The bytes of a `bytes`/`bytearray` value (a copy) and whether it is a bytearray.
    pub fn bytes_of(&self, v: Value) -> Option<(Vec<u8>, bool)> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Bytes(b) => Some((b.data.clone(), b.mutable)),
                _ => None,
            },
            _ => None,
        }
    }

    /// True for `bytes` and `bytearray` values.
    pub fn is_bytes(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Bytes(_)))
    }

    /// `a + b` and `a * n` for bytes-like operands (`None`: not ours);
    /// `inplace` (`+=`, `*=`) changes a bytearray `a` itself, as CPython
    /// does (other names for it see the change; no copy of it is made).
    pub(crate) fn bytes_binop(&mut self, op: BinaryOp, a: Value, b: Value, inplace: bool) -> Option<PyResult<Value>> {
        // (Without `bytes` no bytearray can be made.)
        if inplace && cfg!(feature = "bytes") {
            if let Some(r) = self.bytearray_in_place(op, a, b) {
                return Some(r);
            }
        }
        match op {
            BinaryOp::Add => {
                let (x, mutable) = self.bytes_of(a)?;
                let Some((y, _)) = self.bytes_of(b) else {
                    let tn = self.type_name(b);
                    return Some(Err(self.type_error(format!("can't concat {tn} to {}", self.type_name(a)))));
                };
                let mut out = x;
                out.extend_from_slice(&y);
                Some(Ok(self.new_bytes(out, mutable)))
            }
            BinaryOp::Mul => {
                let (data, mutable, n) = match (self.bytes_of(a), self.bytes_of(b)) {
                    (Some((d, m)), None) if self.is_int(b) => (d, m, b),
                    (None, Some((d, m))) if self.is_int(a) => (d, m, a),
                    _ => return None,
                };
                let n = match self.to_i64(n) {
                    Some(n) => n.max(0) as usize,
                    None => return Some(Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))),
                };
                if let Err(e) = self.reserve(data.len().saturating_mul(n)) {
                    return Some(Err(e));
                }
                Some(Ok(self.new_bytes(data.repeat(n), mutable)))
            }
            #[cfg(feature = "bytes")]
            BinaryOp::Mod if self.is_bytes(a) => Some(crate::builtins::format::percent_format(self, a, b)),
            #[cfg(not(feature = "bytes"))]
            BinaryOp::Mod if self.is_bytes(a) => Some(Err(self.missing_feature("%-formatting of bytes", "bytes"))),
            _ => None,
        }
    }

    /// `a += b` / `a *= n` on a bytearray `a`, in place (`None`: `a` is
    /// no bytearray or the operand is not one `bytes_binop` takes).
    fn bytearray_in_place(&mut self, op: BinaryOp, a: Value, b: Value) -> Option<PyResult<Value>> {
        let Value::Obj(r) = a else { return None };
        let Obj::Bytes(x) = self.heap.get(r) else { return None };
        if !x.mutable {
            return None;
        }
        let len = x.data.len();
        if op == BinaryOp::Add && a.is(b) {
            // CPython reads the operand through a buffer export of it, and
            // a bytearray with an export cannot be resized.
            let c = self.exc.buffer_error;
            return Some(Err(self.new_exception(c, "Existing exports of data: object cannot be re-sized")));
        }
        let grow = match op {
            BinaryOp::Add => match b {
                Value::Obj(rb) => match self.heap.get(rb) {
                    Obj::Bytes(y) => y.data.len(),
                    _ => return None,
                },
                _ => return None,
            },
            BinaryOp::Mul if self.is_int(b) => match self.to_i64(b) {
                Some(n) => len.saturating_mul((n.max(1) - 1) as usize),
                None => return None,
            },
            _ => return None,
        };
        if let Err(e) = self.reserve(grow) {
            return Some(Err(e));
        }
        let appended: Vec<u8> = match (op, b) {
            (BinaryOp::Add, Value::Obj(rb)) => match self.heap.get(rb) {
                Obj::Bytes(y) => y.data.clone(),
                _ => return None,
            },
            _ => Vec::new(),
        };
        let times = if op == BinaryOp::Mul { self.to_i64(b).unwrap_or(0) } else { 0 };
        if let Obj::Bytes(x) = self.heap.get_mut(r) {
            if op == BinaryOp::Add {
                x.data.extend_from_slice(&appended);
            } else if times <= 0 {
                x.data.clear();
            } else {
                let once = x.data.clone();
                for _ in 1..times {
                    x.data.extend_from_slice(&once);
                }
            }
        }
        Some(Ok(a))
    }

    /// Comparison of two bytes-like values (lexicographic); `None` otherwise.
    pub(crate) fn bytes_compare(&self, op: CompareOp, a: Value, b: Value) -> Option<bool> {
        let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else { return None };
        let (Obj::Bytes(x), Obj::Bytes(y)) = (self.heap.get(ra), self.heap.get(rb)) else { return None };
        Some(op.test(x.data.cmp(&y.data)))
    }

    /// `item in b` for a bytes-like `b`: an int byte or a bytes-like subsequence.
    pub(crate) fn bytes_contains(&mut self, r: ObjRef, item: Value) -> PyResult<bool> {
        let needle = match self.bytes_of(item) {
            Some((d, _)) => d,
            None if self.is_int(item) => alloc::vec![self.byte_value(item)?],
            None => {
                let tn = self.type_name(item);
                return Err(self.type_error(format!("a bytes-like object is required, not '{tn}'")));
            }
        };
        let Obj::Bytes(b) = self.heap.get(r) else { return Ok(false) };
        Ok(bytes::find(&b.data, &needle, 0, b.data.len()).is_some())
    }

    /// An int in `range(0, 256)`, or CPython's errors.
    pub(crate) fn byte_value(&mut self, v: Value) -> PyResult<u8> {
        let Some(v) = self.index_of(v)? else {
            return Err(self.not_integer_error(v));
        };
        match self.to_i64(v).and_then(|i| u8::try_from(i).ok()) {
            Some(b) => Ok(b),
            None => Err(self.value_error("byte must be in range(0, 256)")),
        }
    }

    /// `b[key]` for a bytes-like `b`: an int, or a slice of the same type.
    pub(crate) fn bytes_get_item(&mut self, r: ObjRef, key: Value) -> PyResult<Value> {
        let Obj::Bytes(b) = self.heap.get(r) else { return Ok(Value::None) };
        let (len, mutable) = (b.data.len(), b.mutable);
        if let Some(s) = self.slice_of(key) {
            let si = self.slice_indices(s, len)?;
            let Obj::Bytes(b) = self.heap.get(r) else { return Ok(Value::None) };
            let out: Vec<u8> = si.indices().map(|i| b.data.get(i).copied().unwrap_or(0)).collect();
            return Ok(self.new_bytes(out, mutable));
        }
        let kind = if mutable { "bytearray" } else { "bytes" };
        let i = self.bytes_index(r, key, kind)?;
        let Obj::Bytes(b) = self.heap.get(r) else { return Ok(Value::None) };
        let v = b.data.get(i).copied();
        v.map(|v| Value::Int(i64::from(v))).ok_or_else(|| self.index_error(format!("{kind} index out of range")))
    }

    /// `ba[i] = v` for a bytearray.
    pub(crate) fn bytearray_set_item(&mut self, r: ObjRef, key: Value, value: Value) -> PyResult<()> {
        if let Some(_s) = self.slice_of(key) {
            #[cfg(feature = "bytes")]
            {
                let s = _s;
                let data = crate::builtins::bytes::slice_assignment_bytes(self, value)?;
                return self.bytearray_assign_slice(r, s, Some(data));
            }
            #[cfg(not(feature = "bytes"))]
            return Err(self.missing_feature("bytearray slice assignment", "bytes"));
        }
        // (CPython converts the value before it checks the index's range.)
        let i = self.subscript_index(key, "bytearray")?;
        let byte = self.byte_value(value)?;
        let i = self.bytes_wrap(r, i, "bytearray")?;
        if let Obj::Bytes(b) = self.heap.get_mut(r) {
            if let Some(slot) = b.data.get_mut(i) {
                *slot = byte;
            }
        }
        Ok(())
    }

    /// `del ba[key]` for a bytearray.
    pub(crate) fn bytearray_del_item(&mut self, r: ObjRef, key: Value) -> PyResult<()> {
        if let Some(_s) = self.slice_of(key) {
            #[cfg(feature = "bytes")]
            return self.bytearray_assign_slice(r, _s, None);
            #[cfg(not(feature = "bytes"))]
            return Err(self.missing_feature("bytearray slice deletion", "bytes"));
        }
        let i = self.bytes_index(r, key, "bytearray")?;
        if let Obj::Bytes(b) = self.heap.get_mut(r) {
            if i < b.data.len() {
                b.data.remove(i);
            }
        }
        Ok(())
    }

    /// `ba[slice] = data` (`None`: `del ba[slice]`), CPython's
    /// `bytearray_ass_subscript`: a step-1 slice is replaced whatever the
    /// lengths (`ba[5:2] = x` inserts at 5), an extended slice takes as
    /// many bytes as it selects, or none to delete it.
    #[cfg(feature = "bytes")]
    fn bytearray_assign_slice(&mut self, r: ObjRef, s: ObjRef, data: Option<Vec<u8>>) -> PyResult<()> {
        let len = match self.heap.get(r) {
            Obj::Bytes(b) => b.data.len(),
            _ => 0,
        };
        let si = self.slice_indices(s, len)?;
        let data = data.unwrap_or_default();
        if si.step != 1 && !data.is_empty() && data.len() != si.len {
            let (a, b) = (data.len(), si.len);
            return Err(self.value_error(format!("attempt to assign bytes of size {a} to extended slice of size {b}")));
        }
        let Obj::Bytes(b) = self.heap.get_mut(r) else { return Ok(()) };
        if si.step == 1 {
            let start = (si.start.max(0) as usize).min(b.data.len());
            let end = (start + si.len).min(b.data.len());
            drop(b.data.splice(start..end, data));
        } else if data.is_empty() {
            let mut drop = alloc::vec![false; b.data.len()];
            for i in si.indices() {
                if let Some(d) = drop.get_mut(i) {
                    *d = true;
                }
            }
            let mut it = drop.iter();
            b.data.retain(|_| it.next() != Some(&true));
        } else {
            for (i, x) in si.indices().zip(data) {
                if let Some(slot) = b.data.get_mut(i) {
                    *slot = x;
                }
            }
        }
        Ok(())
    }

    /// `key` as an index into the bytes-like `r`, measured after the key's
    /// `__index__` ran (it may resize a bytearray).
    fn bytes_index(&mut self, r: ObjRef, key: Value, kind: &str) -> PyResult<usize> {
        let i = self.subscript_index(key, if kind == "bytearray" { kind } else { "byte" })?;
        self.bytes_wrap(r, i, kind)
    }

    /// The index `i` into the bytes-like `r`, or the IndexError.
    fn bytes_wrap(&mut self, r: ObjRef, i: i64, kind: &str) -> PyResult<usize> {
        let msg = if kind == "bytearray" { "bytearray index out of range" } else { "index out of range" };
        let len = match self.heap.get(r) {
            Obj::Bytes(b) => b.data.len(),
            _ => 0,
        };
        let j = if i < 0 { i.checked_add(len as i64).unwrap_or(-1) } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error(msg));
        }
        Ok(j as usize)
    }

    fn slice_of(&self, v: Value) -> Option<ObjRef> {
        match v {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Slice(_)) => Some(r),
            _ => None,
        }
    }
}
