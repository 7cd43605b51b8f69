//! The value stack: locals and operand stacks of all frames, in one vector.
//!
//! Input: values pushed by instructions. Output: the same values read back,
//! always as two 8-byte loads ([`Value::load`]). Why that matters: a value
//! is usually written as two 8-byte stores (tag, payload) by the
//! instruction that made it, and the compiler's default copy of a 16-byte
//! value is one 16-byte load, which x86 cannot forward from two pending
//! stores: it waits for them to reach the cache (about a dozen cycles). In
//! a stack machine nearly every value is read right after it is pushed, so
//! the hot reads go through this type. Everything else sees the
//! [`ValueVec`] it wraps, whose fixed layout lets JIT code address the stack
//! (`runtime::layout::VM_STACK_*`).

use core::ops::{Deref, DerefMut};

use crate::runtime::value::Value;
use crate::runtime::value_vec::ValueVec;

/// The VM's value stack (dereferences to the [`ValueVec`] it wraps; same
/// layout, `#[repr(transparent)]`).
#[derive(Debug, Default)]
#[repr(transparent)]
pub struct ValueStack {
    values: ValueVec,
}

impl ValueStack {
    /// Byte offset of the wrapped [`ValueVec`] (see `runtime::layout`).
    pub(crate) const VALUES_OFFSET: usize = core::mem::offset_of!(ValueStack, values);

    /// An empty stack with room for `capacity` values.
    pub fn with_capacity(capacity: usize) -> ValueStack {
        ValueStack { values: ValueVec::with_capacity(capacity) }
    }

    /// The value at `index` (panics when out of range, like indexing).
    // Callers read slots of verified frames (locals and the operand stack
    // the verifier sized); this is the interpreter's hottest read.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    #[allow(clippy::indexing_slicing)]
    pub fn at(&self, index: usize) -> Value {
        Value::load(&self.values[index])
    }

    /// The top value, or `Null` on an empty stack.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn top(&self) -> Value {
        match self.values.last() {
            Some(v) => Value::load(v),
            None => Value::Null,
        }
    }

    /// The value `n` below the top (`peek(1)` is the top).
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn peek(&self, n: usize) -> Value {
        self.at(self.values.len() - n)
    }

    /// The two top values, deeper first.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn top2(&self) -> (Value, Value) {
        let len = self.values.len();
        (self.at(len - 2), self.at(len - 1))
    }

    /// The three top values, deepest first.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn top3(&self) -> (Value, Value, Value) {
        let len = self.values.len();
        (self.at(len - 3), self.at(len - 2), self.at(len - 1))
    }

    /// Sets the length to `len`, filling new slots with `Null` (a frame's
    /// locals): `Vec::resize` without its out-of-line call.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn fill_null_to(&mut self, len: usize) {
        self.fill_null_reserving(len, len);
    }

    /// [`ValueStack::fill_null_to`] `len`, with room for `end` values
    /// (a new frame's: see [`ValueStack::reserve_frame`]).
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn fill_null_reserving(&mut self, len: usize, end: usize) {
        if len <= self.values.len() {
            self.values.truncate(len);
            self.reserve_frame(end);
            return;
        }
        self.values.reserve(end.max(len) - self.values.len());
        while self.values.len() < len {
            self.values.push(Value::Null);
        }
    }

    /// Replaces the top value (pushes it on an empty stack, which verified
    /// bytecode never leaves: like [`ValueStack::top`], total rather than
    /// panicking).
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn set_top(&mut self, v: Value) {
        match self.values.last_mut() {
            Some(slot) => *slot = v,
            None => self.values.push(v),
        }
    }

    /// Makes sure the stack holds `end` values without reallocating: the
    /// room of the frame tier 1 runs (its base plus
    /// [`CodeObject::frame_size`](crate::interp::code::CodeObject)). The
    /// room stays: the buffer only grows, and `Vm::shrink_stacks` keeps
    /// every live frame's.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn reserve_frame(&mut self, end: usize) {
        let len = self.values.len();
        if end > len {
            self.values.reserve(end - len);
        }
    }

    /// Pushes a value into the room [`ValueStack::reserve_frame`] made for
    /// the running frame, without a capacity check.
    ///
    /// # Safety
    /// The stack is below the end of that room: the push is one the
    /// verifier counted in the frame's operand-stack depth (the
    /// instructions of verified code never push beyond `stacksize`).
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub unsafe fn push_reserved(&mut self, v: Value) {
        // SAFETY: forwarded: the room reserved for the frame is capacity.
        unsafe { self.values.push_unchecked(v) }
    }

    /// Pops the top value; `Null` on an empty stack.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn pop_value(&mut self) -> Value {
        let v = self.top();
        self.values.pop();
        v
    }
}

impl Deref for ValueStack {
    type Target = ValueVec;
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    fn deref(&self) -> &ValueVec {
        &self.values
    }
}

impl DerefMut for ValueStack {
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    fn deref_mut(&mut self) -> &mut ValueVec {
        &mut self.values
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::value::ObjRef;

    /// Every kind of value, with payloads that use all of their bits.
    fn samples() -> [Value; 9] {
        [
            Value::Null,
            Value::None,
            Value::Bool(true),
            Value::Bool(false),
            Value::Int(i64::MIN),
            Value::Int(-1),
            Value::Float(f64::from_bits(0x7ff8_dead_beef_0001)),
            Value::Float(-0.0),
            Value::Obj(ObjRef(u32::MAX)),
        ]
    }

    #[test]
    fn loads_read_back_what_was_stored() {
        for v in samples() {
            let loaded = Value::load(&v);
            assert!(loaded.is(v), "{v:?} read back as {loaded:?}");
        }
    }

    #[test]
    fn stack_reads_go_through_two_word_loads() {
        let mut s = ValueStack::with_capacity(2);
        assert_eq!(s.top(), Value::Null);
        assert_eq!(s.pop_value(), Value::Null);
        for v in samples() {
            s.push(v);
            assert!(s.top().is(v));
        }
        let n = samples().len();
        assert!(s.at(0).is(Value::Null));
        assert!(s.peek(1).is(Value::Obj(ObjRef(u32::MAX))));
        let (a, b) = s.top2();
        assert!(a.is(Value::Float(-0.0)) && b.is(Value::Obj(ObjRef(u32::MAX))));
        let (x, _, _) = s.top3();
        assert!(x.is(Value::Float(f64::from_bits(0x7ff8_dead_beef_0001))));
        s.set_top(Value::Int(5));
        assert_eq!(s.pop_value(), Value::Int(5));
        assert_eq!(s.len(), n - 1);
        s.fill_null_to(n + 10);
        assert_eq!(s.top(), Value::Null);
        s.fill_null_to(1);
        assert_eq!(s.len(), 1);
        s.pop_value();
        // Total on an empty stack: replaces nothing, pushes.
        s.set_top(Value::Bool(true));
        assert_eq!(s.len(), 1);
    }

    #[test]
    fn pushes_fill_the_room_a_frame_reserved() {
        let mut s = ValueStack::with_capacity(1);
        s.push(Value::Int(1));
        // A frame at base 1 with 2 locals and an operand stack of 3.
        s.fill_null_reserving(3, 6);
        assert!(s.capacity() >= 6);
        assert_eq!(s.len(), 3);
        for v in [Value::Int(7), Value::None, Value::Float(2.5)] {
            // SAFETY: `len < 6 <= capacity`: the room reserved above.
            unsafe { s.push_reserved(v) };
        }
        assert_eq!(s.len(), 6);
        assert!(s.top().is(Value::Float(2.5)));
        assert!(s.at(1).is(Value::Null));
        // Reserving less than the length changes nothing; more grows.
        s.reserve_frame(2);
        assert_eq!(s.len(), 6);
        s.reserve_frame(40);
        assert!(s.capacity() >= 40);
        assert!(s.peek(3).is(Value::Int(7)));
        // With the locals already there, the room is still reserved.
        s.truncate(2);
        s.fill_null_reserving(2, 30);
        assert_eq!(s.len(), 2);
        assert!(s.capacity() >= 30);
    }
}
