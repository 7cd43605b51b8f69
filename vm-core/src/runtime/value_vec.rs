//! `ValueVec`: a growable vector of [`Value`]s with a fixed, documented layout.
//!
//! Input: values pushed, inserted or built from a `Vec<Value>`. Output: the
//! same values as a slice. Why not `Vec<Value>`: Rust does not specify where
//! a `Vec` keeps its pointer, length and capacity, and JIT-compiled code
//! reads list items, tuple items, instance slots and the value stack with
//! inline loads. `ValueVec` is `#[repr(C)]` with the fields `ptr`, `len`,
//! `cap` in that order (offsets exported in `runtime::layout`).
//!
//! The buffer is always one a `Vec<Value>` allocated: the three fields are
//! exactly the raw parts of that `Vec`, so converting from and to `Vec<Value>`
//! costs nothing. The hot, simple operations (`push` with room to spare,
//! `pop`, `truncate`, indexing through the slice) work on the fields
//! directly; everything else rebuilds the `Vec` for a moment with
//! [`ValueVec::with_vec`] and lets `Vec` do the work. `Value` is `Copy`, so
//! no element ever needs dropping.

use alloc::vec::Vec;
use core::fmt;
use core::mem::ManuallyDrop;
use core::ops::{Deref, DerefMut, RangeBounds};
use core::ptr::NonNull;

use super::value::Value;

/// A growable vector of values laid out as `ptr, len, cap` (`#[repr(C)]`).
///
/// Invariant: `(ptr, len, cap)` are the raw parts of a `Vec<Value>` that
/// this `ValueVec` owns (for an empty, unallocated vector: `Vec::new()`'s
/// dangling pointer and capacity 0).
#[repr(C)]
pub struct ValueVec {
    /// The buffer (dangling when `cap` is 0).
    ptr: NonNull<Value>,
    /// Initialized values at the start of the buffer.
    len: usize,
    /// Values the buffer has room for.
    cap: usize,
}

impl ValueVec {
    /// Byte offset of the buffer pointer (see `runtime::layout`).
    pub(crate) const PTR_OFFSET: usize = core::mem::offset_of!(ValueVec, ptr);
    /// Byte offset of the length.
    pub(crate) const LEN_OFFSET: usize = core::mem::offset_of!(ValueVec, len);
    /// Byte offset of the capacity.
    pub(crate) const CAP_OFFSET: usize = core::mem::offset_of!(ValueVec, cap);

    /// An empty vector (allocates nothing).
    #[inline]
    pub fn new() -> ValueVec {
        ValueVec::from(Vec::new())
    }

    /// An empty vector with room for at least `capacity` values.
    #[inline]
    pub fn with_capacity(capacity: usize) -> ValueVec {
        ValueVec::from(Vec::with_capacity(capacity))
    }

    /// Number of values.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when there are no values.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Values the buffer holds before it must grow.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn capacity(&self) -> usize {
        self.cap
    }

    /// The values as a slice.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn as_slice(&self) -> &[Value] {
        self
    }

    /// The values as a mutable slice.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn as_mut_slice(&mut self) -> &mut [Value] {
        self
    }

    /// Runs `f` on the `Vec<Value>` these fields describe and takes back
    /// whatever `f` left (it may grow, shrink or reallocate it). The fields
    /// are written back even when `f` panics, so they never describe a
    /// buffer `f` freed.
    #[inline]
    pub fn with_vec<R>(&mut self, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
        /// Owns the rebuilt `Vec` while `f` runs; dropping it (on return or
        /// unwind) stores the `Vec`'s parts back into the `ValueVec`.
        struct WriteBack<'a> {
            owner: &'a mut ValueVec,
            vec: ManuallyDrop<Vec<Value>>,
        }
        impl Drop for WriteBack<'_> {
            #[inline]
            fn drop(&mut self) {
                self.owner.set_parts(&mut self.vec);
            }
        }
        // SAFETY: by the type's invariant the fields are the raw parts of a
        // `Vec<Value>` owned by `self`. The rebuilt `Vec` is the only owner
        // while `f` runs: it is in a `ManuallyDrop` (never freed here), and
        // `self` is reachable only through the guard, which overwrites the
        // fields with the `Vec`'s current parts before anything reads them.
        let vec = ManuallyDrop::new(unsafe { Vec::from_raw_parts(self.ptr.as_ptr(), self.len, self.cap) });
        let mut guard = WriteBack { owner: self, vec };
        f(&mut guard.vec)
    }

    /// Takes over the buffer of `vec` (the caller forgets `vec`, and the
    /// old fields owned nothing or were stale).
    #[inline]
    fn set_parts(&mut self, vec: &mut Vec<Value>) {
        self.ptr = buffer_of(vec);
        self.len = vec.len();
        self.cap = vec.capacity();
    }

    /// Appends a value.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn push(&mut self, value: Value) {
        if self.len == self.cap {
            self.grow_one();
        }
        // SAFETY: `len < cap` now, so slot `len` is inside the buffer
        // (`ptr` came from `Vec::as_mut_ptr`, valid for the whole
        // capacity); it is uninitialized spare room, which `write` fills
        // without reading or dropping. Then it is counted in `len`.
        unsafe { self.ptr.as_ptr().add(self.len).write(value) };
        self.len += 1;
    }

    /// Appends a value; false (the vector unchanged) when the buffer is
    /// full and the allocator cannot serve a larger one (the caller raises
    /// `MemoryError`). Grows as [`ValueVec::push`] does, or by an eighth
    /// when doubling does not fit.
    #[must_use]
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn try_push(&mut self, value: Value) -> bool {
        if self.len == self.cap && !self.try_grow_one() {
            return false;
        }
        // SAFETY: `len < cap` now (see `push`).
        unsafe { self.ptr.as_ptr().add(self.len).write(value) };
        self.len += 1;
        true
    }

    /// Makes room for at least `additional` more values, or returns false
    /// (the vector unchanged) when the allocator cannot serve the buffer.
    #[inline]
    pub fn try_reserve(&mut self, additional: usize) -> bool {
        self.cap - self.len >= additional || self.with_vec(|v| v.try_reserve(additional).is_ok())
    }

    /// The slow path of `try_push`: doubling, else an eighth more.
    #[cold]
    #[inline(never)]
    fn try_grow_one(&mut self) -> bool {
        self.with_vec(|v| v.try_reserve(1).is_ok() || v.try_reserve_exact((v.len() / 8).max(4)).is_ok())
    }

    /// Appends a value without checking the capacity.
    ///
    /// # Safety
    /// `len() < capacity()`.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub(crate) unsafe fn push_unchecked(&mut self, value: Value) {
        debug_assert!(self.len < self.cap);
        // SAFETY: the caller guarantees `len < cap`, so slot `len` is
        // spare room inside the buffer (see `push`).
        unsafe { self.ptr.as_ptr().add(self.len).write(value) };
        self.len += 1;
    }

    /// The start of the whole buffer (capacity, not only length), for code
    /// that addresses values itself (tier 1's inner loop).
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub(crate) fn buffer_ptr(&mut self) -> *mut Value {
        self.ptr.as_ptr()
    }

    /// Sets the length.
    ///
    /// # Safety
    /// `len <= capacity()`, and the first `len` values are initialized.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub(crate) unsafe fn set_len(&mut self, len: usize) {
        debug_assert!(len <= self.cap);
        self.len = len;
    }

    /// Makes room for at least one more value (the slow path of `push`).
    #[cold]
    #[inline(never)]
    fn grow_one(&mut self) {
        self.with_vec(|v| v.reserve(1));
    }

    /// Removes and returns the last value.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn pop(&mut self) -> Option<Value> {
        let last = *self.last()?;
        self.len -= 1;
        Some(last)
    }

    /// Replaces the two top values by `value`, one value less (nothing
    /// happens with fewer than two): a binary operation's result, the
    /// length written once from the register it was read into.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn replace_top2(&mut self, value: Value) {
        let len = self.len;
        if len >= 2 {
            if let Some(slot) = self.as_mut_slice().get_mut(len - 2) {
                *slot = value;
            }
            self.len = len - 1;
        }
    }

    /// Keeps the first `len` values (no effect when there are fewer).
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn truncate(&mut self, len: usize) {
        if len < self.len {
            self.len = len;
        }
    }

    /// Removes every value (keeps the buffer).
    #[inline]
    pub fn clear(&mut self) {
        self.len = 0;
    }

    /// Inserts `value` at `index`, shifting the rest up (panics if
    /// `index > len`).
    pub fn insert(&mut self, index: usize, value: Value) {
        self.with_vec(|v| v.insert(index, value));
    }

    /// Removes and returns the value at `index`, shifting the rest down
    /// (panics if out of range).
    pub fn remove(&mut self, index: usize) -> Value {
        self.with_vec(|v| v.remove(index))
    }

    /// Appends every value of `values`.
    #[inline]
    pub fn extend_from_slice(&mut self, values: &[Value]) {
        self.with_vec(|v| v.extend_from_slice(values));
    }

    /// Appends copies of `values`, each read as two words ([`Value::load`]):
    /// an inline loop, no `memcpy` call, for the few values of a
    /// generator's frame.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn extend_from_values(&mut self, values: &[Value]) {
        self.reserve(values.len());
        // SAFETY: `reserve` left room for `values.len()` more values, so
        // slots `len..len + values.len()` are inside the buffer (spare,
        // uninitialized room that `write` fills without reading or
        // dropping); `values` is a separate borrow, so the ranges do not
        // overlap. Then they are counted in `len`.
        unsafe {
            let dst = self.ptr.as_ptr().add(self.len);
            for (i, v) in values.iter().enumerate() {
                dst.add(i).write(Value::load(v));
            }
        }
        self.len += values.len();
    }

    /// Makes room for at least `additional` more values.
    #[inline]
    pub fn reserve(&mut self, additional: usize) {
        if self.cap - self.len < additional {
            self.reserve_more(additional);
        }
    }

    /// The slow path of `reserve` (out of line: callers inline the check).
    #[cold]
    #[inline(never)]
    fn reserve_more(&mut self, additional: usize) {
        self.with_vec(|v| v.reserve(additional));
    }

    /// Sets the length to `len`, filling new slots with `value`.
    pub fn resize(&mut self, len: usize, value: Value) {
        self.with_vec(|v| v.resize(len, value));
    }

    /// Splits off the values from `at` on into a new vector (panics if
    /// `at > len`).
    pub fn split_off(&mut self, at: usize) -> ValueVec {
        self.with_vec(|v| v.split_off(at)).into()
    }

    /// Keeps only the values for which `keep` returns true, in order.
    pub fn retain(&mut self, keep: impl FnMut(&Value) -> bool) {
        self.with_vec(|v| v.retain(keep));
    }

    /// Removes the values in `range` and returns them (`Vec::drain`,
    /// collected).
    pub fn drain_to_vec(&mut self, range: impl RangeBounds<usize>) -> Vec<Value> {
        self.with_vec(|v| v.drain(range).collect())
    }

    /// Frees spare capacity beyond `capacity` (and the length).
    pub fn shrink_to(&mut self, capacity: usize) {
        self.with_vec(|v| v.shrink_to(capacity));
    }

    /// Frees spare capacity.
    pub fn shrink_to_fit(&mut self) {
        self.with_vec(|v| v.shrink_to_fit());
    }

    /// The values as a `Vec` (no copy).
    #[inline]
    pub fn into_vec(self) -> Vec<Value> {
        let mut this = ManuallyDrop::new(self);
        // Leaves `this` empty; it is never dropped, and owns nothing.
        this.with_vec(core::mem::take)
    }
}

/// The buffer pointer of `vec`, valid for its whole capacity.
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn buffer_of(vec: &mut Vec<Value>) -> NonNull<Value> {
    // SAFETY: `Vec::as_mut_ptr` never returns null: an unallocated `Vec`
    // gives a dangling, aligned, non-null pointer.
    unsafe { NonNull::new_unchecked(vec.as_mut_ptr()) }
}

impl Drop for ValueVec {
    fn drop(&mut self) {
        // The taken `Vec` frees the buffer; the fields end up describing an
        // empty, unallocated one.
        drop(self.with_vec(core::mem::take));
    }
}

impl Deref for ValueVec {
    type Target = [Value];
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    fn deref(&self) -> &[Value] {
        // SAFETY: `ptr` is aligned and non-null, valid for reads of `cap`
        // values of which the first `len` are initialized (the type's
        // invariant); `&self` keeps the buffer alive and unmodified for the
        // slice's lifetime.
        unsafe { core::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl DerefMut for ValueVec {
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as in `deref`, and `&mut self` makes the slice the only
        // access to those values for its lifetime.
        unsafe { core::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl Default for ValueVec {
    #[inline]
    fn default() -> Self {
        ValueVec::new()
    }
}

impl Clone for ValueVec {
    fn clone(&self) -> Self {
        ValueVec::from(self.to_vec())
    }
}

impl fmt::Debug for ValueVec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl PartialEq for ValueVec {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl From<Vec<Value>> for ValueVec {
    #[inline]
    fn from(vec: Vec<Value>) -> Self {
        let mut vec = ManuallyDrop::new(vec);
        ValueVec { ptr: buffer_of(&mut vec), len: vec.len(), cap: vec.capacity() }
    }
}

impl From<&[Value]> for ValueVec {
    #[inline]
    fn from(values: &[Value]) -> Self {
        ValueVec::from(values.to_vec())
    }
}

impl<const N: usize> From<[Value; N]> for ValueVec {
    #[inline]
    fn from(values: [Value; N]) -> Self {
        ValueVec::from(Vec::from(values))
    }
}

impl From<ValueVec> for Vec<Value> {
    #[inline]
    fn from(values: ValueVec) -> Self {
        values.into_vec()
    }
}

impl FromIterator<Value> for ValueVec {
    fn from_iter<I: IntoIterator<Item = Value>>(iter: I) -> Self {
        ValueVec::from(iter.into_iter().collect::<Vec<Value>>())
    }
}

impl Extend<Value> for ValueVec {
    fn extend<I: IntoIterator<Item = Value>>(&mut self, iter: I) {
        self.with_vec(|v| v.extend(iter));
    }
}

impl<'a> Extend<&'a Value> for ValueVec {
    fn extend<I: IntoIterator<Item = &'a Value>>(&mut self, iter: I) {
        self.with_vec(|v| v.extend(iter));
    }
}

impl<'a> IntoIterator for &'a ValueVec {
    type Item = &'a Value;
    type IntoIter = core::slice::Iter<'a, Value>;
    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a> IntoIterator for &'a mut ValueVec {
    type Item = &'a mut Value;
    type IntoIter = core::slice::IterMut<'a, Value>;
    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

impl IntoIterator for ValueVec {
    type Item = Value;
    type IntoIter = alloc::vec::IntoIter<Value>;
    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.into_vec().into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    fn ints(v: &[Value]) -> Vec<i64> {
        v.iter()
            .map(|x| match x {
                Value::Int(i) => *i,
                _ => -1,
            })
            .collect()
    }

    fn vv(range: core::ops::Range<i64>) -> ValueVec {
        range.map(Value::Int).collect()
    }

    #[test]
    fn empty_vectors() {
        let mut v = ValueVec::new();
        assert!(v.is_empty());
        assert_eq!(v.capacity(), 0);
        assert_eq!(v.pop(), None);
        v.truncate(3);
        v.clear();
        assert_eq!(&*v, &[] as &[Value]);
        assert_eq!(v.split_off(0).len(), 0);
        assert_eq!(Vec::from(v.clone()), Vec::<Value>::new());
        let w = ValueVec::from(Vec::new());
        assert!(w.is_empty());
        drop(w);
        assert_eq!(ValueVec::with_capacity(0).capacity(), 0);
    }

    #[test]
    fn extend_from_values_grows_and_appends() {
        let mut v = ValueVec::new();
        v.extend_from_values(&[]);
        assert!(v.is_empty());
        v.extend_from_values(&[Value::Int(1), Value::Int(2)]);
        let more: Vec<Value> = (3..40).map(Value::Int).collect();
        v.extend_from_values(&more);
        assert_eq!(ints(&v), (1..40).collect::<Vec<_>>());
        assert!(v.capacity() >= v.len());
    }

    #[test]
    fn push_grows_and_keeps_values() {
        let mut v = ValueVec::new();
        for i in 0..1000 {
            v.push(Value::Int(i));
            assert_eq!(v.len(), i as usize + 1);
            assert!(v.capacity() >= v.len());
        }
        assert_eq!(ints(&v), (0..1000).collect::<Vec<_>>());
        for i in (0..1000).rev() {
            assert_eq!(v.pop(), Some(Value::Int(i)));
        }
        assert_eq!(v.pop(), None);
        assert!(v.capacity() >= 1000);
    }

    #[test]
    fn vec_round_trip_keeps_the_buffer() {
        let mut vec = Vec::with_capacity(10);
        vec.extend([Value::Int(1), Value::None, Value::Bool(true)]);
        let ptr = vec.as_ptr();
        let v = ValueVec::from(vec);
        assert_eq!(v.capacity(), 10);
        assert_eq!(v.as_ptr(), ptr);
        let back: Vec<Value> = v.into();
        assert_eq!(back.as_ptr(), ptr);
        assert_eq!(back, [Value::Int(1), Value::None, Value::Bool(true)]);
    }

    #[test]
    fn with_vec_sees_reallocation() {
        let mut v = vv(0..3);
        let before = v.capacity();
        v.with_vec(|vec| vec.extend((3..500).map(Value::Int)));
        assert!(v.capacity() > before);
        assert_eq!(ints(&v), (0..500).collect::<Vec<_>>());
        v.with_vec(|vec| {
            vec.truncate(2);
            vec.shrink_to_fit();
        });
        assert_eq!(v.capacity(), 2);
        assert_eq!(ints(&v), [0, 1]);
        v.push(Value::Int(7));
        assert_eq!(ints(&v), [0, 1, 7]);
    }

    #[test]
    fn with_vec_writes_back_on_panic() {
        extern crate std;
        let mut v = vv(0..4);
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            v.with_vec(|vec| {
                vec.extend((4..100).map(Value::Int));
                panic!("inside with_vec");
            })
        }));
        assert!(result.is_err());
        assert_eq!(ints(&v), (0..100).collect::<Vec<_>>());
        v.push(Value::Int(100));
        assert_eq!(v.len(), 101);
    }

    #[test]
    fn editing_methods_match_vec() {
        let mut v = vv(0..6);
        v.insert(0, Value::Int(-1));
        v.insert(7, Value::Int(6));
        assert_eq!(v.remove(1), Value::Int(0));
        assert_eq!(ints(&v), [-1, 1, 2, 3, 4, 5, 6]);
        let tail = v.split_off(4);
        assert_eq!(ints(&v), [-1, 1, 2, 3]);
        assert_eq!(ints(&tail), [4, 5, 6]);
        v.extend_from_slice(&tail);
        v.extend(tail.iter());
        v.extend([Value::Int(9)]);
        assert_eq!(ints(&v), [-1, 1, 2, 3, 4, 5, 6, 4, 5, 6, 9]);
        v.retain(|x| *x != Value::Int(4));
        assert_eq!(ints(&v), [-1, 1, 2, 3, 5, 6, 5, 6, 9]);
        assert_eq!(ints(&v.drain_to_vec(1..3)), [1, 2]);
        assert_eq!(ints(&v), [-1, 3, 5, 6, 5, 6, 9]);
        v.resize(9, Value::Int(0));
        assert_eq!(ints(&v), [-1, 3, 5, 6, 5, 6, 9, 0, 0]);
        v.resize(2, Value::Int(0));
        v.truncate(5);
        assert_eq!(ints(&v), [-1, 3]);
        v[1] = Value::Int(8);
        v.reverse();
        assert_eq!(ints(&v), [8, -1]);
        v.reserve(100);
        assert!(v.capacity() >= 102);
        v.clear();
        assert!(v.is_empty());
    }

    #[test]
    fn clone_and_compare() {
        let v = ValueVec::from(vec![Value::Int(1), Value::Float(2.0)]);
        let w = v.clone();
        assert_eq!(v, w);
        assert_ne!(v.as_ptr(), w.as_ptr());
        assert_eq!(alloc::format!("{v:?}"), "[Int(1), Float(2.0)]");
        let collected: Vec<Value> = w.into_iter().collect();
        assert_eq!(collected, [Value::Int(1), Value::Float(2.0)]);
    }
}
