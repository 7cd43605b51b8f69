//! Adaptive specialization (PEP 659): generic instructions count down a
//! warm-up counter in their inline cache, then rewrite themselves in place
//! into a specialized form chosen from the operands they see; a specialized
//! form whose guard fails deoptimizes back to the generic instruction with
//! an exponential back-off before the next attempt.

use crate::bytecode::opcode::{BinaryOp, Opcode};
use crate::interp::code::CodeObject;
use crate::runtime::object::{Obj, PyResult, ShapeTable, HOOK_DESCR, HOOK_GETATTRIBUTE, HOOK_SETATTR};
use crate::runtime::value::Value;
use crate::uop::{Flow, Uop, UopArgs};
use crate::vm::Vm;

/// Executions of a generic instruction before its first specialization attempt.
pub const WARMUP: u32 = 8;
/// Largest back-off exponent: after repeated failures an instruction waits
/// `2^MAX_BACKOFF` executions between attempts.
pub const MAX_BACKOFF: u32 = 12;

/// The counter value a freshly compiled instruction starts with.
pub const INITIAL_COUNTER: u32 = WARMUP;

/// The counter after a failed attempt or a deopt: the next wait doubles.
fn backoff(counter: u32) -> u32 {
    let exp = ((counter >> 16) + 1).min(MAX_BACKOFF);
    (exp << 16) | ((1u32 << exp) - 1)
}

macro_rules! define_run_specialized {
    ($(($spec:ident, $generic:ident, [$($uop:ident),*])),* $(,)?) => {
        impl Vm {
            /// Runs a specialized instruction: its uops in order, stopping at
            /// the first that does not simply continue.
            #[inline(always)]
            pub(crate) fn run_specialized(&mut self, op: Opcode, args: &mut UopArgs) -> PyResult<Flow> {
                match op {
                    $(Opcode::$spec => {
                        $(
                            match Uop::$uop.run(self, args)? {
                                Flow::Continue => {}
                                other => return Ok(other),
                            }
                        )*
                        Ok(Flow::Continue)
                    })*
                    _ => Ok(Flow::Deopt),
                }
            }
        }
    };
}
crate::for_each_specialization!(define_run_specialized);

macro_rules! define_family_index {
    ($(($generic:ident, $cache:expr)),* $(,)?) => {
        /// The specializable families, in table order (for `--stats`).
        pub const FAMILIES: &[Opcode] = &[$(Opcode::$generic),*];
    };
}
crate::for_each_family!(define_family_index);

/// Index of an instruction's family in [`FAMILIES`].
pub fn family_index(op: Opcode) -> Option<usize> {
    let f = op.family();
    FAMILIES.iter().position(|&x| x == f)
}

impl Vm {
    /// Rewrites the instruction at `at` to `op` and fills its cache.
    fn rewrite(code: &CodeObject, at: usize, op: Opcode, cache: &[u32]) {
        let unit = code.instrs[at].get();
        let data_units = op.cache_size().saturating_sub(1);
        for (i, &c) in cache.iter().enumerate().take(data_units) {
            if let Some(cell) = code.instrs.get(at + 2 + i) {
                cell.set(c);
            }
        }
        code.instrs[at].set((unit & !0xff) | op as u32);
    }

    /// A specialized instruction's guard failed. Attribute forms first try to
    /// take the new receiver into the second entry of their two-way cache;
    /// otherwise the instruction goes back to its generic form.
    pub(crate) fn deoptimize(&mut self, code: &CodeObject, at: usize, op: Opcode) {
        if matches!(op, Opcode::LoadAttrInstance | Opcode::LoadMethodInstance | Opcode::StoreAttrInstance) {
            let second_free = code.instrs.get(at + 6).is_some_and(|c| c.get() == 0);
            let arg = code.instrs[at].get() >> 8;
            if second_free {
                if let Some((spec, cache)) = self.choose_specialization(code, op.family(), arg) {
                    if spec == op {
                        for (i, &c) in cache.iter().enumerate() {
                            code.instrs[at + 6 + i].set(c);
                        }
                        return;
                    }
                }
            }
            for i in 0..8 {
                if let Some(c) = code.instrs.get(at + 2 + i) {
                    c.set(0);
                }
            }
        }
        let generic = op.family();
        let unit = code.instrs[at].get();
        code.instrs[at].set((unit & !0xff) | generic as u32);
        if let Some(counter) = code.instrs.get(at + 1) {
            counter.set(backoff(counter.get()));
        }
        if let Some(i) = family_index(op) {
            self.stats.deopts[i] += 1;
        }
    }

    /// Tries to specialize the generic instruction at `at` for the operands
    /// now on the stack. On failure the counter backs off.
    pub(crate) fn specialize(&mut self, code: &CodeObject, at: usize, op: Opcode, arg: u32) -> bool {
        let chosen = self.choose_specialization(code, op, arg);
        let fi = family_index(op).unwrap_or(0);
        match chosen {
            Some((spec, cache)) => {
                Self::rewrite(code, at, spec, &cache);
                self.stats.specialized[fi] += 1;
                true
            }
            None => {
                if let Some(counter) = code.instrs.get(at + 1) {
                    counter.set(backoff(counter.get()));
                }
                self.stats.specialize_failed[fi] += 1;
                false
            }
        }
    }

    fn choose_specialization(&self, code: &CodeObject, op: Opcode, arg: u32) -> Option<(Opcode, [u32; 4])> {
        let len = self.stack.len();
        let top = *self.stack.last()?;
        let none = [0u32; 4];
        match op {
            Opcode::BinaryOp => {
                let (a, b) = (*self.stack.get(len.checked_sub(2)?)?, top);
                let (bop, _) = BinaryOp::from_arg(arg)?;
                let spec = match (a, b, bop) {
                    (Value::Int(_), Value::Int(_), BinaryOp::Add) => Opcode::BinaryOpAddInt,
                    (Value::Int(_), Value::Int(_), BinaryOp::Sub) => Opcode::BinaryOpSubInt,
                    (Value::Int(_), Value::Int(_), BinaryOp::Mul) => Opcode::BinaryOpMulInt,
                    (
                        Value::Int(_),
                        Value::Int(_),
                        BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::LShift | BinaryOp::RShift,
                    ) => Opcode::BinaryOpBitInt,
                    (Value::Int(_), Value::Int(_), BinaryOp::FloorDiv | BinaryOp::Mod) => Opcode::BinaryOpDivModInt,
                    (Value::Float(_), Value::Float(_), BinaryOp::Add) => Opcode::BinaryOpAddFloat,
                    (Value::Float(_), Value::Float(_), BinaryOp::Sub) => Opcode::BinaryOpSubFloat,
                    (Value::Float(_), Value::Float(_), BinaryOp::Mul) => Opcode::BinaryOpMulFloat,
                    (Value::Float(_), Value::Float(_), BinaryOp::TrueDiv) => Opcode::BinaryOpDivFloat,
                    _ => return None,
                };
                Some((spec, none))
            }
            Opcode::CompareOp => {
                let a = *self.stack.get(len.checked_sub(2)?)?;
                match (a, top) {
                    (Value::Int(_), Value::Int(_)) => Some((Opcode::CompareOpInt, none)),
                    (Value::Float(_), Value::Float(_)) => Some((Opcode::CompareOpFloat, none)),
                    _ => None,
                }
            }
            Opcode::LoadGlobal => {
                let name = *code.names.get(arg as usize)?;
                let globals = self.frames.last()?.globals;
                let find = |dict| match self.heap.get(dict) {
                    Obj::Dict(d) => {
                        (0..d.raw_len()).find(|&i| d.raw_entry(i).is_some_and(|e| e.key == Value::Obj(name)))
                    }
                    _ => None,
                };
                if let Some(i) = find(globals) {
                    return Some((Opcode::LoadGlobalModule, [i as u32, 0, 0, 0]));
                }
                if self.dict_get_str(globals, name).is_some() {
                    return None;
                }
                let keys = match self.heap.get(globals) {
                    Obj::Dict(d) => d.keys_version,
                    _ => return None,
                };
                let i = find(self.builtins)?;
                Some((Opcode::LoadGlobalBuiltin, [keys, i as u32, 0, 0]))
            }
            Opcode::LoadAttr | Opcode::LoadMethod | Opcode::StoreAttr => {
                let name = *code.names.get(arg as usize)?;
                let Value::Obj(r) = top else { return None };
                let Obj::Instance(inst) = self.heap.get(r) else { return None };
                if inst.shape == ShapeTable::DICT {
                    return None;
                }
                let Obj::Class(class) = self.heap.get(inst.class) else { return None };
                let slot = self.shapes.lookup(inst.shape, name);
                let head = [inst.class.0, class.version, inst.shape.0];
                match op {
                    Opcode::LoadAttr => {
                        if class.hooks & (HOOK_GETATTRIBUTE | HOOK_DESCR) != 0 {
                            return None;
                        }
                        Some((Opcode::LoadAttrInstance, [head[0], head[1], head[2], slot? as u32]))
                    }
                    Opcode::LoadMethod => {
                        if slot.is_some() || class.hooks & (HOOK_GETATTRIBUTE | HOOK_DESCR) != 0 {
                            return None;
                        }
                        let f = self.lookup_class_attr(inst.class, name)?;
                        let Value::Obj(fr) = f else { return None };
                        if !matches!(self.heap.get(fr), Obj::Function(_)) {
                            return None;
                        }
                        Some((Opcode::LoadMethodInstance, [head[0], head[1], head[2], fr.0]))
                    }
                    _ => {
                        if class.hooks & (HOOK_SETATTR | HOOK_DESCR) != 0 || class.slots.is_some() {
                            return None;
                        }
                        Some((Opcode::StoreAttrInstance, [head[0], head[1], head[2], slot? as u32]))
                    }
                }
            }
            Opcode::Call => {
                if self.pending_kwnames.is_some() {
                    return None;
                }
                let argc = arg as usize;
                let call_base = len.checked_sub(argc + 2)?;
                let Value::Obj(fr) = self.stack[call_base] else { return None };
                if let Obj::Builtin { def, receiver: Value::Null } = self.heap.get(fr) {
                    let spec = if def.name == "len" && argc == 1 && self.stack[call_base + 1].is_null() {
                        Opcode::CallLen
                    } else {
                        Opcode::CallBuiltin
                    };
                    return Some((spec, [fr.0, 0, 0, 0]));
                }
                if let Obj::Class(class) = self.heap.get(fr) {
                    if class.layout != crate::runtime::object::Layout::Object
                        || class.ctor.is_some()
                        || class.slots.is_some()
                        || !self.stack[call_base + 1].is_null()
                        || self.class_overrides_new(fr)
                    {
                        return None;
                    }
                    let version = class.version;
                    let init = self.lookup_class_attr(fr, self.names.init)?;
                    let Value::Obj(ir) = init else { return None };
                    let Obj::Function(f) = self.heap.get(ir) else { return None };
                    let c = &f.code.code;
                    if c.flags != 0 || c.kwonlyargcount != 0 || c.argcount as usize != argc + 1 {
                        return None;
                    }
                    return Some((Opcode::CallAllocAndEnterInit, [fr.0, version, ir.0, 0]));
                }
                let Obj::Function(f) = self.heap.get(fr) else { return None };
                let c = &f.code.code;
                let simple = c.flags == 0 && c.kwonlyargcount == 0;
                let nargs = argc + usize::from(!self.stack[call_base + 1].is_null());
                if !simple || nargs != c.argcount as usize {
                    return None;
                }
                Some((Opcode::CallPyExactArgs, [fr.0, f.version, 0, 0]))
            }
            Opcode::ForIter => {
                let Value::Obj(r) = top else { return None };
                match self.heap.get(r) {
                    Obj::Iter(crate::runtime::object::IterState::Range { .. }) => Some((Opcode::ForIterRange, none)),
                    Obj::Iter(crate::runtime::object::IterState::Seq { seq, .. })
                        if matches!(self.heap.get(*seq), Obj::List(_)) =>
                    {
                        Some((Opcode::ForIterList, none))
                    }
                    _ => None,
                }
            }
            Opcode::BinarySubscr => {
                let c = *self.stack.get(len.checked_sub(2)?)?;
                let Value::Obj(r) = c else { return None };
                match (self.heap.get(r), top) {
                    (Obj::List(_), Value::Int(_)) => Some((Opcode::BinarySubscrListInt, none)),
                    (Obj::Tuple(_), Value::Int(_)) => Some((Opcode::BinarySubscrTupleInt, none)),
                    (Obj::Dict(_), _) => Some((Opcode::BinarySubscrDict, none)),
                    _ => None,
                }
            }
            Opcode::StoreSubscr => {
                let c = *self.stack.get(len.checked_sub(2)?)?;
                let Value::Obj(r) = c else { return None };
                match (self.heap.get(r), top) {
                    (Obj::List(_), Value::Int(_)) => Some((Opcode::StoreSubscrListInt, none)),
                    (Obj::Dict(_), _) => Some((Opcode::StoreSubscrDict, none)),
                    _ => None,
                }
            }
            Opcode::UnpackSequence => {
                let Value::Obj(r) = top else { return None };
                match self.heap.get(r) {
                    Obj::Tuple(t) if t.len() == arg as usize => {
                        let spec = if arg == 2 { Opcode::UnpackSequenceTwoTuple } else { Opcode::UnpackSequenceTuple };
                        Some((spec, none))
                    }
                    Obj::List(l) if l.len() == arg as usize => Some((Opcode::UnpackSequenceList, none)),
                    _ => None,
                }
            }
            Opcode::ContainsOp => {
                let Value::Obj(r) = top else { return None };
                matches!(self.heap.get(r), Obj::Dict(_)).then_some((Opcode::ContainsOpDict, none))
            }
            _ => None,
        }
    }
}
