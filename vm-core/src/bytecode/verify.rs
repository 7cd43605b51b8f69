//! The bytecode verifier. Input: a [`Code`] tree (from a bytecode file, or
//! the compiler). Output: `Ok` with the proven maximum operand-stack depth,
//! or the first problem found as a [`VerifyError`].
//!
//! What it proves, for every code object of the tree, so that tier 1 (and
//! the JIT, which only records what tier 1 runs) never indexes out of range
//! or pops below a frame's operand stack:
//! - every instruction decodes to a *generic* opcode (specialized forms and
//!   `ENTER_EXECUTOR` are made at run time from what was observed, never
//!   stored), followed by its inline cache exactly as the compiler emits it
//!   (the warm-up counter, then zeros);
//! - operands are in range: constant, name and local indices; operator
//!   numbers; flag bits; relative stack positions (`COPY`, `SWAP`,
//!   `LIST_APPEND`...); `KW_NAMES` names a tuple of strs and is followed by
//!   a `CALL` with at least that many arguments;
//! - jump targets and handler targets are instruction starts, and only
//!   `JUMP_BACKWARD` goes backwards (handlers follow their ranges): every
//!   cycle in the code passes a back edge, whose safepoint meters fuel and
//!   sees the host's interrupt, so no bytecode loops past the limits;
//! - stack depths: a flow analysis (as CPython's assembler and the JVM's
//!   verifier do) gives every reachable instruction one depth, the same on
//!   every path to it; no instruction needs more items than the depth
//!   (`Opcode::stack_inputs`), the greatest depth is the declared
//!   `stacksize` exactly (a frame reserves it), and no path falls off the
//!   end of the code;
//! - the exception table: entries in range, a handler's depth plus the
//!   pushed exception within `stacksize`, and every protected instruction
//!   leaves at least the handler's depth on the stack even after consuming
//!   its inputs (the unwinder cuts the stack down to that depth, never up);
//! - the header fields: argument counts fit the locals, free-variable
//!   slots are locals, the line table has one entry per code unit, flags
//!   are known bits.
//!
//! Values' *types* are not tracked: every instruction already checks the
//! types of what it pops at run time (a Python `TypeError` or a
//! `SystemError`, never a panic), as CPython's do.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::code::{
    Code, CodeKind, Const, FLAG_ASYNC_GENERATOR, FLAG_COROUTINE, FLAG_GENERATOR, FLAG_VARARGS, FLAG_VARKEYWORDS,
};
use super::opcode::{decode, ArgKind, BinaryOp, CompareOp, Opcode, CALL_CONTEXT, COMPARE_BOOL_FLAG, MAX_ARG};

/// Why a code object was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    /// The code object's qualified name (`<module>`, `A.method`).
    pub code: String,
    /// The code unit the problem is at, when it is about one instruction.
    pub pc: Option<u32>,
    /// What is wrong.
    pub message: String,
}

impl core::fmt::Display for VerifyError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.pc {
            Some(pc) => write!(f, "in {} at {}: {}", self.code, pc, self.message),
            None => write!(f, "in {}: {}", self.code, self.message),
        }
    }
}

impl core::error::Error for VerifyError {}

/// The largest number of code units, constants, names or locals a code
/// object may have: every index must fit an instruction's 24-bit operand.
pub const MAX_ITEMS: usize = MAX_ARG as usize + 1;

/// Verifies `code` and every code object nested in its constants (see the
/// module docs). `code` itself must be a module body.
pub fn verify(code: &Code) -> Result<(), VerifyError> {
    if code.kind != CodeKind::Module {
        return Err(VerifyError { code: String::from(&*code.qualname), pc: None, message: "not a module body".into() });
    }
    let mut work: Vec<&Code> = vec![code];
    while let Some(c) = work.pop() {
        // Exactly the depth the code needs (the compiler declares what
        // `stack_depth` computes): a frame reserves its declared stack, so
        // a larger declaration would make the VM reserve memory no
        // instruction uses (up to 64 GiB for a `u32`).
        let depth = stack_depth(c)?;
        if depth != c.stacksize {
            return Err(err(c, None, format!("needs a stack of {depth} but declares {}", c.stacksize)));
        }
        // Nested code objects (explicit work lists: no recursion on hostile input).
        let mut consts: Vec<&Const> = c.consts.iter().collect();
        while let Some(k) = consts.pop() {
            match k {
                Const::Code(inner) => {
                    if inner.kind == CodeKind::Module {
                        return Err(err(inner, None, "a module body nested in a constant".into()));
                    }
                    work.push(inner);
                }
                Const::Tuple(items) | Const::FrozenSet(items) => consts.extend(items.iter()),
                _ => {}
            }
        }
    }
    Ok(())
}

fn err(code: &Code, pc: Option<usize>, message: String) -> VerifyError {
    VerifyError { code: String::from(&*code.qualname), pc: pc.map(|p| p as u32), message }
}

/// The canonical inline cache after an instruction: the warm-up counter,
/// then zeros (what the compiler emits and the specializer expects).
fn cache_unit(i: usize) -> u32 {
    if i == 0 {
        crate::interp::specialize::INITIAL_COUNTER
    } else {
        0
    }
}

/// Checks one code object's header, instructions and exception table (not
/// its nested code objects) and returns the largest operand-stack depth it
/// can reach. The compiler calls this to fill `Code::stacksize`.
// Every index is a pc below `n = c.instrs.len()` (the length of `starts`
// and `depth_at` too): the decode loop runs while `pc < n` and checks
// `pc + 1 + ncache <= n` before reading caches, a `YIELD_VALUE`'s `SEND`
// is before it, `reach` checks `target < n` before indexing, and the
// work list holds only pcs `reach` accepted.
#[allow(clippy::indexing_slicing)]
pub fn stack_depth(c: &Code) -> Result<u32, VerifyError> {
    let n = c.instrs.len();
    let nlocals = c.varnames.len();
    // ----- header -----
    if n == 0 {
        return Err(err(c, None, "no instructions".into()));
    }
    if n > MAX_ITEMS || c.consts.len() > MAX_ITEMS || c.names.len() > MAX_ITEMS || nlocals > MAX_ITEMS {
        return Err(err(c, None, "more items than an operand can index".into()));
    }
    if c.lines.len() != n || !(c.positions.is_empty() || c.positions.len() == n) {
        return Err(err(c, None, "the line table does not match the instructions".into()));
    }
    if c.comprehensions.iter().any(|k| k.anchor as usize >= n || k.start > k.end || k.end as usize > n) {
        return Err(err(c, None, "an inlined comprehension's range is outside the instructions".into()));
    }
    if c.flags & !(FLAG_VARARGS | FLAG_VARKEYWORDS | FLAG_GENERATOR | FLAG_COROUTINE | FLAG_ASYNC_GENERATOR) != 0 {
        return Err(err(c, None, format!("unknown flags {:#x}", c.flags)));
    }
    if c.flags & FLAG_ASYNC_GENERATOR != 0 && c.flags & (FLAG_GENERATOR | FLAG_COROUTINE) != FLAG_GENERATOR {
        return Err(err(c, None, "an async generator's flags without FLAG_GENERATOR or with FLAG_COROUTINE".into()));
    }
    let params = c.argcount as u64
        + c.kwonlyargcount as u64
        + u64::from(c.flags & FLAG_VARARGS != 0)
        + u64::from(c.flags & FLAG_VARKEYWORDS != 0);
    if c.posonlyargcount > c.argcount || params > nlocals as u64 {
        return Err(err(c, None, "the parameters do not fit the locals".into()));
    }
    if c.freevars.iter().any(|&(_, slot)| slot as usize >= nlocals) {
        return Err(err(c, None, "a free variable's slot is not a local".into()));
    }

    // ----- decode: instruction starts, operands, caches -----
    let mut starts = vec![false; n];
    let mut pc = 0;
    while pc < n {
        let (byte, arg) = decode(c.instrs[pc]);
        let Some(op) = Opcode::from_u8(byte) else {
            return Err(err(c, Some(pc), format!("unknown opcode {byte}")));
        };
        if op.is_specialized() || op.unfused() != op || op == Opcode::EnterExecutor {
            return Err(err(c, Some(pc), format!("{} is made at run time, never stored", op.name())));
        }
        let ncache = op.cache_size();
        if pc + 1 + ncache > n {
            return Err(err(c, Some(pc), "the inline cache runs past the end".into()));
        }
        for i in 0..ncache {
            if c.instrs[pc + 1 + i] != cache_unit(i) {
                return Err(err(c, Some(pc + 1 + i), "an inline cache that is not in its initial state".into()));
            }
        }
        check_operand(c, pc, op, arg)?;
        // A `yield from`'s `YIELD_VALUE` (operand 1) comes right after its `SEND`.
        if op == Opcode::YieldValue && arg == 1 {
            let send = pc.checked_sub(1 + Opcode::Send.cache_size()).filter(|&at| starts[at]);
            if send.is_none_or(|at| decode(c.instrs[at]).0 != Opcode::Send as u8) {
                return Err(err(c, Some(pc), "YIELD_VALUE with operand 1 not right after a SEND".into()));
            }
        }
        // Only back edges go backwards: every loop then passes a
        // JUMP_BACKWARD, whose safepoint meters fuel and checks interrupts
        // (a forward jump pointed backwards would loop past the limits).
        if op.is_jump() && (op == Opcode::JumpBackward) != (arg as usize <= pc) {
            return Err(err(c, Some(pc), format!("{} to {arg} goes the wrong way", op.name())));
        }
        starts[pc] = true;
        pc += 1 + ncache;
    }
    let is_start = |t: u32| (t as usize) < n && starts[t as usize];
    for e in &c.exception_table {
        // Handlers follow what they protect (as for jumps: no loop
        // without a back edge, here one raising an exception per turn).
        if e.start >= e.end || e.end as usize > n || !is_start(e.target) || e.target < e.end {
            return Err(err(c, None, format!("a bad exception-table entry {}..{} -> {}", e.start, e.end, e.target)));
        }
    }

    // ----- flow analysis of stack depths -----
    const UNSEEN: u32 = u32::MAX;
    let mut depth_at = vec![UNSEEN; n];
    let mut work: Vec<usize> = Vec::new();
    let mut max_depth: u32 = 0;
    let reach = |target: usize, depth: i64, from: usize, depth_at: &mut [u32], work: &mut Vec<usize>| {
        if !(0..=MAX_ARG as i64).contains(&depth) {
            return Err(err(c, Some(from), "the stack depth goes out of range".into()));
        }
        let depth = depth as u32;
        if target >= n || !starts[target] {
            return Err(err(c, Some(from), format!("control reaches {target}, which is not an instruction")));
        }
        match depth_at[target] {
            UNSEEN => {
                depth_at[target] = depth;
                work.push(target);
                Ok(depth)
            }
            d if d == depth => Ok(depth),
            d => Err(err(c, Some(from), format!("stack depth {depth} where another path has {d} at {target}"))),
        }
    };
    let d = reach(0, 0, 0, &mut depth_at, &mut work)?;
    max_depth = max_depth.max(d);
    // Every handler is entered with its depth plus the exception.
    for e in &c.exception_table {
        let d = reach(e.target as usize, e.depth as i64 + 1, e.target as usize, &mut depth_at, &mut work)?;
        max_depth = max_depth.max(d);
    }
    while let Some(pc) = work.pop() {
        let depth = depth_at[pc] as i64;
        let (byte, arg) = decode(c.instrs[pc]);
        let op = Opcode::from_u8(byte).unwrap_or(Opcode::Nop);
        let next = pc + 1 + op.cache_size();
        let inputs = op.stack_inputs(arg) as i64;
        if inputs > depth {
            return Err(err(c, Some(pc), format!("{} needs {inputs} stack items, has {depth}", op.name())));
        }
        // The unwinder finds the handler by the instruction's last code unit
        // (a frame's saved position is after it); check every unit anyway.
        for u in (pc..next).filter(|_| can_raise(op)) {
            if let Some(h) = c.handler_for(u) {
                if depth - consumed_before_raising(op, inputs) < h.depth as i64 {
                    return Err(err(c, Some(pc), format!("{} reaches below its handler's stack depth", op.name())));
                }
            }
        }
        let after = depth + op.stack_effect(arg) as i64;
        let target = arg as usize;
        let mut go = |t: usize, d: i64| -> Result<(), VerifyError> {
            let d = reach(t, d, pc, &mut depth_at, &mut work)?;
            max_depth = max_depth.max(d);
            Ok(())
        };
        match op {
            Opcode::ReturnValue | Opcode::RaiseVarargs | Opcode::Reraise => {}
            Opcode::JumpForward | Opcode::JumpBackward => go(target, after)?,
            Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                go(target, after)?;
                go(next, after)?;
            }
            // Jump keeping the value; fall through popping it.
            Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                go(target, depth)?;
                go(next, after)?;
            }
            // Exhausted: the iterator is popped. Else the item is pushed.
            Opcode::ForIter => {
                go(target, depth - 1)?;
                go(next, after)?;
            }
            // Exhausted: receiver and sent value become the return value.
            Opcode::Send => {
                go(target, depth - 1)?;
                go(next, after)?;
            }
            _ => {
                if op.is_jump() {
                    return Err(err(c, Some(pc), format!("unexpected jump {}", op.name())));
                }
                go(next, after)?;
            }
        }
    }
    Ok(max_depth)
}

/// False for instructions that never raise (so never unwind to a handler
/// with what they left on the stack: `POP_EXCEPT` may pop the item below
/// its cleanup handler's depth, as in CPython).
fn can_raise(op: Opcode) -> bool {
    !matches!(
        op,
        Opcode::Nop
            | Opcode::PopTop
            | Opcode::Copy
            | Opcode::Swap
            | Opcode::PushNull
            | Opcode::LoadConst
            | Opcode::StoreFast
            | Opcode::IsOp
            | Opcode::PushExcInfo
            | Opcode::PopExcept
            | Opcode::JumpForward
            | Opcode::KwNames
            | Opcode::MakeFunction
            | Opcode::MakeCell
            | Opcode::LoadClosure
            | Opcode::StoreDeref
            | Opcode::DeleteDeref
            | Opcode::ListToTuple
            | Opcode::LoadAssertionError
            | Opcode::BuildTuple
            | Opcode::BuildList
            | Opcode::BuildSlice
            | Opcode::ListAppend
            | Opcode::ReturnValue
    )
}

/// How many of its inputs an instruction may have removed from the stack
/// when it raises: all of them by default (a call's callee frame unwinds to
/// below the callable), none for those that only read until they succeed.
fn consumed_before_raising(op: Opcode, inputs: i64) -> i64 {
    match op {
        // Reads exit, prev, exc; calls `__exit__` through a nested run.
        Opcode::WithExceptStart => 0,
        // Reads the async iterator; `async for`'s handler needs it kept.
        Opcode::GetANext => 0,
        _ => inputs,
    }
}

/// Checks the operand of the instruction at `pc` against the code object's
/// tables and the opcode's encoding.
fn check_operand(c: &Code, pc: usize, op: Opcode, arg: u32) -> Result<(), VerifyError> {
    let bad = |what: &str| Err(err(c, Some(pc), format!("{} with {what} {arg}", op.name())));
    match op.arg_kind() {
        ArgKind::Const if arg as usize >= c.consts.len() => return bad("constant index"),
        ArgKind::Local if arg as usize >= c.varnames.len() => return bad("local index"),
        ArgKind::Name if arg as usize >= c.names.len() => return bad("name index"),
        ArgKind::Jump if arg as usize >= c.instrs.len() => return bad("jump target"),
        ArgKind::BinOp if BinaryOp::from_arg(arg).is_none() => return bad("operator"),
        ArgKind::CmpOp if arg & !(0xf | COMPARE_BOOL_FLAG) != 0 || CompareOp::from_arg(arg).is_none() => {
            return bad("comparison")
        }
        _ => {}
    }
    let ok = match op {
        Opcode::Copy | Opcode::Swap => arg >= 1,
        Opcode::IsOp | Opcode::ContainsOp | Opcode::CallFunctionEx | Opcode::YieldValue => arg <= 1,
        Opcode::BuildSlice => arg == 2 || arg == 3,
        Opcode::RaiseVarargs => arg <= 2,
        Opcode::MakeFunction => arg & !0b1011 == 0,
        Opcode::FormatValue => arg <= 7,
        Opcode::ListExtend => arg & !(0xff | CALL_CONTEXT) == 0 && arg & 0xff >= 1,
        Opcode::ListAppend | Opcode::MapAdd | Opcode::SetAdd | Opcode::SetUpdate => arg >= 1,
        Opcode::DictMerge | Opcode::DictUpdate => arg >= 1,
        Opcode::BeforeWith | Opcode::WithExit | Opcode::WithExceptStart => arg <= 1,
        Opcode::GetAwaitable => arg <= 2,
        Opcode::KwNames => {
            let Some(Const::Tuple(names)) = c.consts.get(arg as usize) else { return bad("constant") };
            if !names.iter().all(|n| matches!(n, Const::Str(_))) {
                return bad("non-str names in constant");
            }
            // The next instruction is the CALL that consumes the names.
            let next = pc + 1 + op.cache_size();
            match c.instrs.get(next).map(|&u| decode(u)) {
                Some((b, argc)) if b == Opcode::Call as u8 && argc as usize >= names.len() => true,
                _ => return bad("no CALL with as many arguments after it, constant"),
            }
        }
        _ => true,
    };
    if !ok {
        return bad("operand");
    }
    Ok(())
}
