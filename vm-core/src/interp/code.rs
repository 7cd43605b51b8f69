//! `CodeObject`: a `Code` loaded into a VM — constants and names turned into
//! heap values, instructions in cells so the specializer can rewrite them.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::Cell;

use crate::bytecode::opcode::{decode, encode, Opcode};
use crate::bytecode::Code;
use crate::runtime::value::{ObjRef, Value};

/// The instructions as tier 1 runs them: each instruction that starts a
/// pair with a superinstruction (`Opcode::fused`: `LOAD_FAST` then
/// `LOAD_FAST`, ...) gets that opcode, CPython 3.11's quickening. Only the
/// first of a pair changes; the second stays as it was (jumps may land on
/// it, and it may start a pair of its own). Inline caches are skipped.
pub(crate) fn fuse_superinstructions(instrs: &[u32]) -> Vec<u32> {
    let mut out = instrs.to_vec();
    let mut pc = 0;
    while let Some(&unit) = out.get(pc) {
        let (byte, arg) = decode(unit);
        let Some(op) = Opcode::from_u8(byte) else {
            pc += 1;
            continue;
        };
        let next = pc + 1 + op.cache_size();
        if let Some(&unit) = out.get(next) {
            if let Some(second) = Opcode::from_u8(decode(unit).0) {
                if let (Some(fused), Some(slot)) = (Opcode::fused(op, second), out.get_mut(pc)) {
                    *slot = encode(fused, arg);
                }
            }
        }
        pc = next;
    }
    out
}

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
    /// The value-stack slots a frame of this code can use: its locals and
    /// its operand stack at the verified maximum depth (`code.stacksize`).
    /// Tier 1 reserves them whenever the frame starts or resumes running
    /// (`ValueStack::reserve_frame`), so its pushes need no capacity check.
    pub frame_size: usize,
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

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    #[test]
    fn pairs_get_superinstructions_and_caches_are_skipped() {
        let lf = |a| encode(Opcode::LoadFast, a);
        let cache = Opcode::BinaryOp.cache_size();
        let mut code = vec![lf(0), lf(1), lf(2), encode(Opcode::BinaryOp, 0)];
        // A cache unit that looks like a `LOAD_FAST` must not pair.
        code.extend(core::iter::repeat_n(lf(7), cache));
        code.extend([encode(Opcode::StoreFast, 3), encode(Opcode::StoreFast, 4), lf(5)]);
        code.extend([encode(Opcode::LoadFast, 6), encode(Opcode::LoadConst, 0), lf(8)]);
        code.extend([
            encode(Opcode::LoadConst, 1),
            encode(Opcode::ReturnValue, 0),
            lf(9),
            encode(Opcode::ReturnValue, 0),
        ]);
        let out = fuse_superinstructions(&code);
        let ops: Vec<(u8, u32)> = out.iter().map(|&u| decode(u)).collect();
        assert_eq!(ops[0], (Opcode::LoadFastLoadFast as u8, 0));
        assert_eq!(ops[1], (Opcode::LoadFastLoadFast as u8, 1));
        assert_eq!(ops[2], (Opcode::LoadFast as u8, 2));
        assert_eq!(&out[3..4 + cache], &code[3..4 + cache]);
        let at = 4 + cache;
        assert_eq!(ops[at], (Opcode::StoreFastStoreFast as u8, 3));
        assert_eq!(ops[at + 1], (Opcode::StoreFastLoadFast as u8, 4));
        assert_eq!(ops[at + 2], (Opcode::LoadFastLoadFast as u8, 5));
        assert_eq!(ops[at + 3], (Opcode::LoadFastLoadConst as u8, 6));
        assert_eq!(ops[at + 4], (Opcode::LoadConstLoadFast as u8, 0));
        assert_eq!(ops[at + 5], (Opcode::LoadFastLoadConst as u8, 8));
        assert_eq!(ops[at + 6], (Opcode::LoadConstReturnValue as u8, 1));
        assert_eq!(ops[at + 7], (Opcode::ReturnValue as u8, 0));
        assert_eq!(ops[at + 8], (Opcode::LoadFastReturnValue as u8, 9));
        // Only opcodes change, and each to a superinstruction of itself.
        for (&a, &b) in out.iter().zip(&code) {
            let ((x, arg_x), (y, arg_y)) = (decode(a), decode(b));
            assert_eq!(arg_x, arg_y);
            assert_eq!(Opcode::from_u8(x).map(Opcode::unfused), Opcode::from_u8(y));
        }
    }
}
