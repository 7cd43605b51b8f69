//! Frames: one per active Python call, all sharing the VM's value stack.

use alloc::rc::Rc;

use crate::interp::code::CodeObject;
use crate::runtime::value::{ObjRef, Value};

/// A dict or set operation whose key's `__hash__`/`__eq__` run as frames,
/// and where its operands are on the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyOp {
    /// `dict[key]`: dict, key (key on top); the value replaces both.
    Subscr,
    /// `dict[key] = value`: value, dict, key; all three go.
    Store,
    /// `key in container` (a dict or set): key, container; the truth
    /// (negated for `not in`) replaces both.
    Contains {
        /// `not in`.
        negate: bool,
    },
}

/// What happens to a frame's return value.
#[derive(Clone, Copy, Debug)]
pub enum ReturnAction {
    /// Push it for the calling Python frame.
    Push,
    /// Hand it back to the native caller that started this run of the loop.
    ToNative,
    /// An `__init__` returned: it must be `None`; push the new instance instead.
    Init {
        /// The instance being initialized.
        instance: Value,
    },
    /// A generator frame: what its yields and return mean for the resumer.
    Generator {
        /// The generator object.
        gen: ObjRef,
        /// Who resumed it.
        mode: GenMode,
        /// The resumer's handled exception, restored when the generator suspends.
        outer_handled: Value,
        /// The generator the resumer resumed: `gen` itself, or the outermost
        /// of a `yield from` chain that ends in `gen` (see
        /// `Vm::resume_generator`: the chain's frames are not on the stack).
        head: ObjRef,
    },
    /// A binary operator's dunder (`BINARY_OP_INSTANCE`) returned: push the
    /// result, or on `NotImplemented` finish the operator's remaining steps.
    BinaryDunder {
        /// `BINARY_OP`'s operand (operator and in-place flag).
        oparg: u32,
        /// The left operand.
        left: Value,
        /// The right operand.
        right: Value,
    },
    /// A rich comparison's dunder (`COMPARE_OP_INSTANCE`) returned: push
    /// the result (as a bool if `oparg` asks for one), or on
    /// `NotImplemented` finish the comparison's remaining steps.
    CompareDunder {
        /// `COMPARE_OP`'s operand (operator and bool flag).
        oparg: u32,
        /// The left operand.
        left: Value,
        /// The right operand.
        right: Value,
    },
    /// A container's `__contains__` (`CONTAINS_OP_INSTANCE`) returned:
    /// push the truth of its result (negated for `not in`).
    Contains {
        /// `not in`.
        negate: bool,
    },
    /// An instance's `__len__` (`CALL_LEN_INSTANCE`) returned: push the
    /// result as `len` checks it (a non-negative int; TypeError,
    /// ValueError or OverflowError otherwise).
    Len,
    /// An iterator's `__next__` (`FOR_ITER_INSTANCE`) returned: push its
    /// result; a StopIteration it raises pops the iterator and jumps to
    /// the loop's exit instead (`Vm::unwind`).
    ForIterNext {
        /// The loop's exit (`FOR_ITER`'s jump target).
        exit: u32,
    },
    /// An instance's `__iter__` (`GET_ITER`) returned: push its result,
    /// checked to be an iterator as `iter` checks it (TypeError otherwise).
    GetIter,
    /// A dict or set key's `__hash__` returned (`BINARY_SUBSCR_DICT_HASH`,
    /// `STORE_SUBSCR_DICT_HASH`, `CONTAINS_OP_HASH`): look the key up with
    /// that hash (`Vm::key_hash_returned`), which may push the `__eq__`
    /// frame of a stored key of the same hash.
    KeyHash {
        /// The operation under way.
        op: KeyOp,
    },
    /// A stored key's `__eq__` returned, comparing it with the key looked
    /// up (the hash and the stored key wait on the stack above the
    /// operation's operands): finish, or probe on (`Vm::key_eq_returned`).
    KeyEq {
        /// The operation under way.
        op: KeyOp,
    },
    /// A method whose result the instruction drops returned
    /// (`STORE_SUBSCR_INSTANCE`'s `__setitem__`): push nothing.
    Discard,
    /// A class body finished: build the class from its namespace and push it.
    BuildClass {
        /// Class name (a str).
        name: Value,
        /// Bases (a tuple).
        bases: Value,
        /// The namespace the body filled.
        namespace: ObjRef,
        /// The metaclass and the class keywords (a dict or `None`) wait on
        /// the stack below the body's frame.
        extras: bool,
    },
}

impl ReturnAction {
    /// Calls `f` on the values it holds (GC roots).
    pub fn for_each_ref(&self, f: &mut impl FnMut(Value)) {
        match *self {
            ReturnAction::Push
            | ReturnAction::ToNative
            | ReturnAction::Contains { .. }
            | ReturnAction::Discard
            | ReturnAction::Len
            | ReturnAction::GetIter
            | ReturnAction::KeyHash { .. }
            | ReturnAction::KeyEq { .. }
            | ReturnAction::ForIterNext { .. } => {}
            ReturnAction::Init { instance } => f(instance),
            ReturnAction::BinaryDunder { left, right, .. } | ReturnAction::CompareDunder { left, right, .. } => {
                f(left);
                f(right)
            }
            ReturnAction::Generator { gen, outer_handled, .. } => {
                f(Value::Obj(gen));
                f(outer_handled)
            }
            ReturnAction::BuildClass { name, bases, namespace, .. } => {
                f(name);
                f(bases);
                f(Value::Obj(namespace))
            }
        }
    }
}

/// Who resumed a generator, and so where its yielded or returned value goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenMode {
    /// FOR_ITER in the calling frame: a yield pushes the item; a return ends the loop (jump to `exit`).
    ForIter {
        /// The loop exit.
        exit: u32,
    },
    /// SEND (`yield from`) in the calling frame: a yield pushes the value; a return jumps to `exit`.
    Send {
        /// Where the delegation ends.
        exit: u32,
    },
    /// `CALL_GEN` (`next(gen)`, `gen.send(v)`) in the calling frame: a
    /// yield pushes the call's result; a return raises StopIteration there.
    Call,
    /// Native code (`next()`, `send()`, `list()`): the eval loop returns to it.
    Native,
}

/// An activation record.
#[derive(Debug)]
pub struct Frame {
    /// The code running.
    pub code: Rc<CodeObject>,
    /// Index of the next instruction.
    pub pc: usize,
    /// Where the fast locals start on the value stack; the operand stack follows them.
    pub base: usize,
    /// Where the stack is cut back to when the frame returns (the callable's slot).
    pub ret_base: usize,
    /// Module globals.
    pub globals: ObjRef,
    /// The namespace dict for module and class bodies (LOAD_NAME/STORE_NAME).
    pub locals_dict: Option<ObjRef>,
    /// The function object running (`Null` for module and class bodies).
    pub func: Value,
    /// What to do with the return value.
    pub on_return: ReturnAction,
    /// Its frame object, once one was asked for (feature `frames`).
    #[cfg(feature = "frames")]
    pub obj: crate::interp::frame_object::MaybeFrame,
}

impl crate::vm::Vm {
    /// The running frame. Only the eval loop, the recorder and the trace
    /// operations it runs call this, and the loop pushes the frame it runs
    /// before its first instruction and returns as soon as its entry frame is
    /// popped: the frame stack is never empty there, whatever the script.
    /// (Built-ins that native code may call with no frame running, such as
    /// `globals()` or `super()`, use `frames.last()` and handle `None`.)
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub(crate) fn frame(&self) -> &Frame {
        match self.frames.last() {
            Some(f) => f,
            None => no_frame(),
        }
    }

    /// The running frame, mutably (see [`Vm::frame`]).
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub(crate) fn frame_mut(&mut self) -> &mut Frame {
        match self.frames.last_mut() {
            Some(f) => f,
            None => no_frame(),
        }
    }

    /// Pushes a frame whose locals are on the stack, reserving its room:
    /// its locals and its verified operand-stack depth, which tier 1
    /// pushes into unchecked (`ValueStack::push_reserved`). Frames made by
    /// [`Vm::new_frame`] have their room already.
    #[inline]
    pub(crate) fn push_frame(&mut self, frame: Frame) {
        self.stack.reserve_frame(frame.base + frame.code.frame_size);
        self.frames.push(frame);
    }

    /// Pops the running frame (see [`Vm::frame`]).
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub(crate) fn pop_frame(&mut self) -> Frame {
        match self.frames.pop() {
            Some(f) => f,
            None => no_frame(),
        }
    }
}

/// The one place an empty frame stack inside the eval loop would end up: a
/// VM bug (see [`Vm::frame`]), never a script's doing.
#[cold]
#[inline(never)]
fn no_frame() -> ! {
    panic!("ouro bug: no running frame inside the eval loop")
}
