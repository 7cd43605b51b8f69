//! `Value`: the 16-byte tagged word every tier passes around.
//!
//! Input: nothing. Output: the representation shared by the interpreter, the
//! recorder and the backends. Ints that fit in an i64 and floats are stored
//! inline; everything else is an [`ObjRef`] into the GC heap.

use core::mem::{self, MaybeUninit};
use core::ptr;

/// A handle to an object in the GC heap: an index into the heap's slot table.
///
/// Handles are stable (the heap never moves objects) and are only valid while
/// the object is reachable from a GC root.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(transparent)]
pub struct ObjRef(pub u32);

impl ObjRef {
    /// The slot index.
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A Python value: a tag word and a payload word (`#[repr(u64)]` fixes the
/// layout: tag at offset 0, payload at offset 8, 16 bytes in all), so native
/// code can test and load values without calling into Rust.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
#[repr(u64)]
pub enum Value {
    /// Not a Python value: marks an unbound local and the empty `self` slot
    /// of a call. Never visible to Python code.
    Null = 0,
    /// `None`.
    #[default]
    None = 1,
    /// `True` / `False`.
    Bool(bool) = 2,
    /// An int that fits in an i64 (bigger ints are heap objects).
    Int(i64) = 3,
    /// A float.
    Float(f64) = 4,
    /// Any heap object.
    Obj(ObjRef) = 5,
}

const _: () = assert!(core::mem::size_of::<Value>() == 16);

impl Value {
    /// The heap handle, if this is a heap object.
    #[inline]
    pub fn as_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(r) => Some(r),
            _ => None,
        }
    }

    /// Reads a value stored in memory as two 8-byte loads (tag word, then
    /// payload word), never as one 16-byte load: see `interp::stack` for
    /// why (store-to-load forwarding).
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn load(slot: &Value) -> Value {
        let words = slot as *const Value as *const MaybeUninit<u64>;
        // SAFETY: `slot` is a live, 8-aligned, 16-byte `Value`, so both words
        // are in bounds and aligned; `MaybeUninit<u64>` may hold the payload's
        // padding bytes (`Bool`, `Obj`); the two words are reassembled into
        // exactly the bytes read, which form the valid `Value` they came
        // from. Volatile keeps the compiler from merging them back into one
        // 16-byte load.
        unsafe {
            let parts = [ptr::read_volatile(words), ptr::read_volatile(words.add(1))];
            mem::transmute::<[MaybeUninit<u64>; 2], Value>(parts)
        }
    }

    /// Writes `v` into `slot` as two full 8-byte stores (the tag word, then
    /// the payload zero-extended to 8 bytes). Native code reads a value as
    /// two 8-byte loads; a `Bool` or `Obj` payload written by Rust as 1 or 4
    /// bytes would make such a load wait for the narrow store to retire
    /// (a store-forwarding stall) instead of forwarding it.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn store(slot: &mut Value, v: &Value) {
        let (tag, payload) = match *v {
            Value::Null => (TAG_NULL, 0),
            Value::None => (TAG_NONE, 0),
            Value::Bool(b) => (TAG_BOOL, b as u64),
            Value::Int(i) => (TAG_INT, i as u64),
            Value::Float(f) => (TAG_FLOAT, f.to_bits()),
            Value::Obj(r) => (TAG_OBJ, r.0 as u64),
        };
        use crate::runtime::layout::{TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_NONE, TAG_NULL, TAG_OBJ};
        let words = slot as *mut Value as *mut u64;
        // SAFETY: `slot` is a live, 8-aligned, 16-byte `Value` we hold
        // uniquely; a `#[repr(u64)]` enum is its tag word (`layout`'s
        // `TAG_*`, read from the enum itself) followed by its payload, and the payload bytes past a
        // `Bool`'s or `ObjRef`'s are padding, which may hold zeros. The two
        // words written form exactly `*v`.
        unsafe {
            ptr::write_volatile(words, tag);
            ptr::write_volatile(words.add(1), payload);
        }
    }

    /// True for the internal `Null` marker.
    #[inline]
    pub fn is_null(self) -> bool {
        matches!(self, Value::Null)
    }

    /// Identity (`is`): same immediate value or same heap object.
    #[inline]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (a, b) => a == b,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ObjRef, Value};

    #[test]
    fn store_writes_every_kind_as_two_words() {
        let kinds =
            [Value::Null, Value::None, Value::Bool(true), Value::Int(-7), Value::Float(2.5), Value::Obj(ObjRef(41))];
        for v in kinds {
            // A slot holding another kind first, with its own payload bytes.
            let mut slot = Value::Int(-1);
            Value::store(&mut slot, &v);
            assert_eq!(slot, v);
            assert_eq!(Value::load(&slot), v);
            // The payload word is zero-extended (native code reads all 8 bytes).
            // SAFETY: `slot` is 16 bytes, 8-aligned, and `store` wrote both
            // words in place (read from memory, not copied as a `Value`,
            // which would not keep the payload bytes of `Null` and `None`).
            let words = unsafe { core::ptr::read(&slot as *const Value as *const [u64; 2]) };
            let payload = match v {
                Value::Bool(b) => b as u64,
                Value::Int(i) => i as u64,
                Value::Float(f) => f.to_bits(),
                Value::Obj(r) => u64::from(r.0),
                Value::Null | Value::None => 0,
            };
            assert_eq!(words[1], payload);
        }
    }
}
