//! Frames: one per active Python call, all sharing the VM's value stack.

use alloc::rc::Rc;

use crate::interp::code::CodeObject;
use crate::runtime::value::{ObjRef, Value};

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
    /// A class body finished: build the class from its namespace and push it.
    BuildClass {
        /// Class name (a str).
        name: Value,
        /// Bases (a tuple).
        bases: Value,
        /// The namespace the body filled.
        namespace: ObjRef,
    },
}

impl ReturnAction {
    /// Calls `f` on the values it holds (GC roots).
    pub fn for_each_ref(&self, f: &mut impl FnMut(Value)) {
        match *self {
            ReturnAction::Push | ReturnAction::ToNative => {}
            ReturnAction::Init { instance } => f(instance),
            ReturnAction::BuildClass { name, bases, namespace } => {
                f(name);
                f(bases);
                f(Value::Obj(namespace))
            }
        }
    }
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
}
