//! `CodeObject`: a `Code` loaded into a VM — constants and names turned into
//! heap values, instructions in cells so the specializer can rewrite them.

use alloc::boxed::Box;
use alloc::rc::Rc;
use core::cell::Cell;

use crate::bytecode::Code;
use crate::runtime::value::{ObjRef, Value};

/// A code object as the interpreter runs it.
#[derive(Debug)]
pub struct CodeObject {
    /// The compiled form (names, line table, parameter counts).
    pub code: Rc<Code>,
    /// The instructions, rewritable in place.
    pub instrs: Box<[Cell<u32>]>,
    /// Constants as values.
    pub consts: Box<[Value]>,
    /// `code.names` as interned strs.
    pub names: Box<[ObjRef]>,
    /// `code.varnames` as interned strs.
    pub varnames: Box<[ObjRef]>,
    /// `__name__` as an interned str.
    pub name: ObjRef,
    /// The positional argument count when a call can bind arguments by
    /// copying them (no flags, no keyword-only parameters), else
    /// [`CodeObject::NOT_SIMPLE`]: the call fast path's one check.
    pub simple_argcount: u32,
    /// Number of fast locals (`code.varnames.len()`), kept here for calls.
    pub nlocals: usize,
    /// The hot-call counter, in the format of a `JUMP_BACKWARD`'s (bits
    /// 0-23 count calls down, 24-30 aborted recordings, 31 armed); tier 1
    /// decrements it on each call that enters the code and asks the JIT
    /// ([`crate::vm::Vm::jit_hot_entry`]) when it reaches zero.
    pub entry_counter: Cell<u32>,
    /// The function-entry trace starting at instruction 0, if one was
    /// compiled ([`CodeObject::NO_TRACE`] if not).
    pub entry_trace: Cell<u32>,
}

impl CodeObject {
    /// Approximate bytes the code holds (its instructions twice: the
    /// compiled `Code` and the specializable copy; constants, names, and
    /// the compiled code's tables), for the heap limit.
    pub fn heap_size(&self) -> usize {
        use core::mem::size_of;
        size_of::<CodeObject>()
            + size_of::<Code>()
            + self.instrs.len() * 8
            + self.consts.len() * size_of::<Value>() * 2
            + (self.names.len() + self.varnames.len()) * (size_of::<ObjRef>() + 24)
            + self.code.lines.len() * 4
            + self.code.exception_table.len() * core::mem::size_of::<crate::bytecode::code::ExceptionEntry>()
    }

    /// `simple_argcount` of code that needs the general argument binder.
    pub const NOT_SIMPLE: u32 = u32::MAX;

    /// `entry_trace` when no function-entry trace exists.
    pub const NO_TRACE: u32 = u32::MAX;

    /// Calls `f` on every heap value the code references.
    pub fn for_each_ref(&self, f: &mut impl FnMut(Value)) {
        self.consts.iter().for_each(|&v| f(v));
        self.names.iter().for_each(|&n| f(Value::Obj(n)));
        self.varnames.iter().for_each(|&n| f(Value::Obj(n)));
        f(Value::Obj(self.name));
    }

    /// True for a generator function's code (no other flag, no
    /// keyword-only parameters) that `nargs` positional arguments bind by
    /// copying (`CALL_PY_GEN`).
    #[inline]
    pub fn binds_generator(&self, nargs: usize) -> bool {
        let c = &self.code;
        c.flags == crate::bytecode::code::FLAG_GENERATOR && c.kwonlyargcount == 0 && c.argcount as usize == nargs
    }

    /// Number of fast locals.
    #[inline]
    pub fn nlocals(&self) -> usize {
        self.nlocals
    }
}
