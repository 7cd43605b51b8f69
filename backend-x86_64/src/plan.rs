//! Register planning. Input: optimized trace IR. Output: how every IR value
//! is represented at every instruction ([`Repr`]), the virtual registers
//! holding those representations, and a machine location for each
//! (linear-scan allocation over the straight-line trace).
//!
//! A value of unknown type is *boxed*: a tag word and a payload word, each
//! in its own virtual register. A type guard that passes *unboxes* it: the
//! tag is known from then on (its register dies) and the payload stays (an
//! int, a bool, an object index), or moves to an XMM register (a float). Ints
//! and floats computed in the trace are unboxed from the start. A value is
//! boxed again only where memory needs a `Value`: a sync, a local or slot
//! store, an exit's write-back, an entry point's argument.
//!
//! Positions: instruction `i` reads its operands at `2i` and defines its
//! result (and calls entry points) at `2i + 1`. Two virtual registers
//! conflict when their `[start, end]` ranges meet. One that is live across
//! a call (started before `2i + 1`, ends at or after it) gets a callee-saved
//! register or a spill slot; a guard whose exit is taken after its call
//! (a failed `uops`, `load_global`, ...) reads its snapshot at `2i + 1`, so
//! those values survive the call too. Each virtual register keeps one
//! location for its whole life, so an exit stub knows where everything is.

use alloc::vec;
use alloc::vec::Vec;

use vm_core::jit::ir::{IterKind, Op, TraceIr, Ty};
use vm_core::runtime::value::Value;

/// A virtual register.
pub type VReg = u32;

/// Which register file a virtual register needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// A general-purpose register (tags, ints, bools, object indices, raw payloads).
    Gpr,
    /// An XMM register (floats).
    Xmm,
}

/// Where a virtual register lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loc {
    /// Not assigned (never used).
    None,
    /// General-purpose register `n` (0..[`GPR_COUNT`]).
    Gpr(u8),
    /// XMM register `n` (0..[`XMMS`]).
    Xmm(u8),
    /// Spill slot `n` of the trace's frame (8 bytes each).
    Slot(u32),
}

/// How an IR value is held at some point of the trace.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Repr {
    /// A constant: no register.
    Const(Value),
    /// Type unknown: tag and raw payload words.
    Boxed {
        /// The tag word.
        tag: VReg,
        /// The payload word as in memory (for bools and objects only the
        /// low byte / low 32 bits mean anything).
        payload: VReg,
    },
    /// Type known: the payload alone (`None` for `None`, which has none).
    /// Ints are 64-bit, bools 0/1 and object indices zero-extended; floats
    /// live in an XMM register.
    Typed {
        /// The type.
        ty: Ty,
        /// Its payload.
        payload: Option<VReg>,
    },
    /// A comparison fused with the guard right after it: its value exists
    /// only in the flags (and, in that guard's exit, as the constant the
    /// failed guard implies).
    Flags,
}

/// How many general-purpose registers the allocator hands out (`emit`'s
/// `GPR64` table: caller-saved first, then the callee-saved ones values
/// live across calls in). `rax` and `rcx` are scratch, `r14` holds the top
/// frame's locals, `r15` the `NativeState`, `rbp` the frame pointer.
pub const GPR_COUNT: u8 = 10;
/// The first callee-saved entry of the general-purpose registers.
pub const FIRST_CALLEE_SAVED: u8 = 7;
/// XMM registers the allocator hands out (`xmm14` and `xmm15` are scratch).
pub const XMMS: u8 = 14;

/// One virtual register's life and place.
#[derive(Clone, Copy, Debug)]
pub struct VRegInfo {
    /// Register file.
    pub class: Class,
    /// Position of its definition.
    pub start: u32,
    /// Position of its last use (`start` if never used).
    pub end: u32,
    /// Where it lives.
    pub loc: Loc,
}

/// The plan for one trace.
#[derive(Debug, Default)]
pub struct Plan {
    /// Every virtual register.
    pub vregs: Vec<VRegInfo>,
    /// Per instruction: its operands' representations when it reads them.
    pub args: Vec<Vec<Repr>>,
    /// Per instruction: the representation of the value it defines, or of
    /// its operand after it (for guards that unbox their operand).
    pub result: Vec<Option<Repr>>,
    /// Per instruction with a snapshot: the representations of the
    /// snapshot's stack values where its exit is taken.
    pub snap: Vec<Vec<Repr>>,
    /// The same for the snapshot's locals (`Snapshot::locals`).
    pub snap_locals: Vec<Vec<(u32, Repr)>>,
    /// The same for the fields of the objects it makes
    /// (`Snapshot::virtual_fields`).
    pub snap_fields: Vec<Vec<Repr>>,
    /// Per instruction: a comparison fused into the guard after it.
    pub fused: Vec<bool>,
    /// Per instruction: the index (into the trace's codes) of the top frame's code.
    pub code: Vec<u32>,
    /// Per instruction: it calls an entry point (clobbering caller-saved registers).
    pub calls: Vec<bool>,
    /// Spill slots used.
    pub slots: u32,
    /// A peeled loop's loop-carried values at its back edge: each virtual
    /// register of a value's representation at the loop header, and what
    /// it takes (all at once) before the jump.
    pub carried: Vec<(VReg, Source)>,
}

/// What a loop-carried virtual register takes at the back edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Another virtual register's word.
    VReg(VReg),
    /// A constant word (a tag, or a constant's payload).
    Imm(u64),
}

/// True if the instruction always calls an entry point.
pub fn calls_entry_point(op: &Op) -> bool {
    if let Op::IterNext(kind) = op {
        return !kind.steps_inline();
    }
    matches!(
        op,
        Op::Exec { .. }
            | Op::Return(_)
            | Op::Uops { .. }
            | Op::Truthy(_)
            | Op::GuardClass(_)
            | Op::Truth
            | Op::AddSlot { .. }
            | Op::NewInstance(_)
            | Op::FloatPow
            | Op::Runtime(_)
            | Op::CallBuiltin { .. }
            | Op::CallPy { .. }
            | Op::ResumeGen { .. }
            | Op::Yield { .. }
    )
}

/// Why a trace cannot be planned (it stays in tier 1).
pub type PlanError = &'static str;

struct Builder {
    vregs: Vec<VRegInfo>,
}

impl Builder {
    fn new_vreg(&mut self, class: Class, at: u32) -> VReg {
        self.vregs.push(VRegInfo { class, start: at, end: at, loc: Loc::None });
        self.vregs.len() as u32 - 1
    }

    fn use_repr(&mut self, r: Repr, at: u32) {
        match r {
            Repr::Boxed { tag, payload } => {
                self.use_vreg(tag, at);
                self.use_vreg(payload, at);
            }
            Repr::Typed { payload: Some(p), .. } => self.use_vreg(p, at),
            _ => {}
        }
    }

    fn use_vreg(&mut self, v: VReg, at: u32) {
        let info = &mut self.vregs[v as usize];
        info.end = info.end.max(at);
    }
}

/// Whether a comparison's result fits in the flags only: its one use is
/// the guard right after it (and that guard's snapshot).
fn fusable(ir: &TraceIr, i: usize, uses: &[u32]) -> bool {
    let Some(next) = ir.insts.get(i + 1) else { return false };
    if !matches!(next.op, Op::GuardTrue | Op::GuardFalse) || next.args.first().map(|a| a.0 as usize) != Some(i) {
        return false;
    }
    let in_snapshot =
        next.snapshot.map_or(0, |s| ir.snapshots[s as usize].values().filter(|v| v.0 as usize == i).count() as u32);
    uses[i] == 1 + in_snapshot
}

/// Plans a trace: representations, virtual registers and their locations.
pub fn plan(ir: &TraceIr) -> Result<Plan, PlanError> {
    let n = ir.insts.len();
    // How often each value is used (operands, and snapshots of guards).
    let mut uses = vec![0u32; n];
    for inst in &ir.insts {
        for a in &inst.args {
            uses[a.0 as usize] += 1;
        }
        if let Some(s) = inst.snapshot {
            for v in ir.snapshots[s as usize].values() {
                uses[v.0 as usize] += 1;
            }
        }
    }
    let mut b = Builder { vregs: Vec::new() };
    let mut cur: Vec<Option<Repr>> = vec![None; n];
    let mut p = Plan {
        args: Vec::with_capacity(n),
        result: vec![None; n],
        snap: vec![Vec::new(); n],
        snap_locals: vec![Vec::new(); n],
        snap_fields: vec![Vec::new(); n],
        fused: vec![false; n],
        code: vec![0; n],
        calls: vec![false; n],
        ..Plan::default()
    };
    let mut code = 0u32;
    let header = ir.loop_header();
    // Each value's representation at the loop header: what the back edge restores.
    let mut at_header: Vec<Option<Repr>> = Vec::new();
    for (i, inst) in ir.insts.iter().enumerate() {
        let (read, def) = (2 * i as u32, 2 * i as u32 + 1);
        if header == Some(i) {
            at_header = cur.clone();
        }
        if let (Op::Loop(_), Some(h)) = (&inst.op, header) {
            for pair in inst.args.chunks(2) {
                let to = at_header[pair[0].0 as usize].ok_or("a loop-carried value defined after the header")?;
                let from = cur[pair[1].0 as usize].ok_or("a loop-carried value's source defined after the loop")?;
                b.use_repr(to, read);
                b.use_repr(from, read);
                carried_moves(to, from, &mut p.carried)?;
            }
            // Values from before the header that the loop uses live until its back edge.
            for later in &ir.insts[h + 1..] {
                let snap = later.snapshot.into_iter().flat_map(|s| ir.snapshots[s as usize].values());
                for v in later.args.iter().copied().chain(snap).filter(|v| (v.0 as usize) < h) {
                    if let Some(r) = at_header[v.0 as usize] {
                        b.use_repr(r, read);
                    }
                }
            }
            p.args.push(Vec::new());
            continue;
        }
        let mut args = Vec::with_capacity(inst.args.len());
        for a in &inst.args {
            let r = cur[a.0 as usize].ok_or("an operand defined after its use")?;
            b.use_repr(r, read);
            args.push(r);
        }
        let calls = calls_entry_point(&inst.op) || (matches!(inst.op, Op::Is(_)) && is_needs_call(&args));
        p.calls[i] = calls;
        if let Some(s) = inst.snapshot {
            let snap = &ir.snapshots[s as usize];
            if snap.pc.is_some() || matches!(inst.op, Op::GuardFrame { .. }) {
                // Where the exit's frame is: the snapshot says so (frames change only where guards follow).
                if snap.code != code && !matches!(inst.op, Op::GuardFrame { .. }) {
                    return Err("a snapshot in a frame the trace does not know it is in");
                }
            }
            let at = if calls { def } else { read };
            let mut reprs = Vec::with_capacity(snap.stack.len());
            for v in &snap.stack {
                let r = cur[v.0 as usize].ok_or("a snapshot value defined after its exit")?;
                b.use_repr(r, at);
                reprs.push(r);
            }
            p.snap[i] = reprs;
            let mut locals = Vec::with_capacity(snap.locals.len());
            for &(slot, v) in &snap.locals {
                let r = cur[v.0 as usize].ok_or("a snapshot value defined after its exit")?;
                b.use_repr(r, at);
                locals.push((slot, r));
            }
            p.snap_locals[i] = locals;
            let mut fields = Vec::new();
            for v in snap.virtual_fields() {
                let r = cur[v.0 as usize].ok_or("a snapshot value defined after its exit")?;
                b.use_repr(r, at);
                fields.push(r);
            }
            p.snap_fields[i] = fields;
        }
        p.code[i] = code;
        let gpr = |b: &mut Builder| b.new_vreg(Class::Gpr, def);
        let boxed =
            |b: &mut Builder| Repr::Boxed { tag: b.new_vreg(Class::Gpr, def), payload: b.new_vreg(Class::Gpr, def) };
        let result = match &inst.op {
            Op::Const(v) => Some(Repr::Const(*v)),
            Op::LoadLocal(_)
            | Op::LoadStack(_)
            | Op::LoadSlot(_)
            | Op::LoadGlobal { .. }
            | Op::LoadItem
            | Op::LoadCell
            | Op::LoadGenValue(_)
            | Op::FuncCell(_) => Some(boxed(&mut b)),
            Op::IterNext(IterKind::Range) | Op::RangeItem(_) => {
                Some(Repr::Typed { ty: Ty::Int, payload: Some(gpr(&mut b)) })
            }
            Op::IterNext(_) => Some(boxed(&mut b)),
            Op::IntArith(_) => Some(Repr::Typed { ty: Ty::Int, payload: Some(gpr(&mut b)) }),
            Op::FloatArith(_) | Op::IntToFloat | Op::FloatPow | Op::FloatNeg => {
                Some(Repr::Typed { ty: Ty::Float, payload: Some(b.new_vreg(Class::Xmm, def)) })
            }
            Op::CompareInt(_) | Op::CompareFloat(_) => {
                if fusable(ir, i, &uses) {
                    p.fused[i] = true;
                    Some(Repr::Flags)
                } else {
                    Some(Repr::Typed { ty: Ty::Bool, payload: Some(gpr(&mut b)) })
                }
            }
            Op::Is(negate) => Some(
                plan_is(&args, *negate).unwrap_or_else(|| Repr::Typed { ty: Ty::Bool, payload: Some(gpr(&mut b)) }),
            ),
            Op::Truthy(_) | Op::Truth => Some(Repr::Typed { ty: Ty::Bool, payload: Some(gpr(&mut b)) }),
            Op::NewInstance(_) => Some(Repr::Typed { ty: Ty::Obj, payload: Some(gpr(&mut b)) }),
            // A placeholder the exit stub writes and `jit_materialize` replaces.
            Op::Virtual => Some(Repr::Const(Value::None)),
            Op::Runtime(f) => match f.ty() {
                Ty::Void => None,
                Ty::NoneT => Some(Repr::Const(Value::None)),
                Ty::Int | Ty::Bool | Ty::Obj => Some(Repr::Typed { ty: f.ty(), payload: Some(gpr(&mut b)) }),
                _ => Some(boxed(&mut b)),
            },
            Op::CallBuiltin { .. } => Some(boxed(&mut b)),
            Op::GuardType(ty) => unbox(&mut b, args[0], *ty, def),
            Op::GuardShape { .. }
            | Op::GuardClass(_)
            | Op::GuardKind(_)
            | Op::GuardFunc { .. }
            | Op::GuardGen { .. } => unbox(&mut b, args[0], Ty::Obj, def),
            Op::GuardFrame { code: c, .. } | Op::CallPy { code: c, .. } => {
                code = *c;
                None
            }
            _ => None,
        };
        if let Some(r) = result {
            p.result[i] = Some(r);
            let target = match &inst.op {
                Op::GuardType(_)
                | Op::GuardShape { .. }
                | Op::GuardClass(_)
                | Op::GuardKind(_)
                | Op::GuardFunc { .. }
                | Op::GuardGen { .. } => inst.args[0].0 as usize,
                _ => i,
            };
            cur[target] = Some(r);
        }
        p.args.push(args);
    }
    p.vregs = b.vregs;
    allocate(&mut p);
    // A broken allocation would be wrong code: tests run debug builds, where it stops them.
    #[cfg(debug_assertions)]
    if let Err(e) = verify(&p) {
        panic!("{e}");
    }
    Ok(p)
}

#[cfg(debug_assertions)]
/// Checks the allocation (debug builds): no two virtual registers whose
/// lives meet share a location, and none in a caller-saved register lives
/// across a call.
fn verify(p: &Plan) -> Result<(), PlanError> {
    let calls: Vec<u32> = p.calls.iter().enumerate().filter(|(_, &c)| c).map(|(i, _)| 2 * i as u32 + 1).collect();
    for (i, a) in p.vregs.iter().enumerate() {
        let caller_saved = matches!(a.loc, Loc::Xmm(_)) || matches!(a.loc, Loc::Gpr(n) if n < FIRST_CALLEE_SAVED);
        if caller_saved && calls.iter().any(|&c| a.start < c && a.end >= c) {
            return Err("allocation bug: a caller-saved register lives across a call");
        }
        let clash = p.vregs[i + 1..].iter().any(|b| b.loc == a.loc && a.start <= b.end && b.start <= a.end);
        if clash && a.loc != Loc::None {
            return Err("allocation bug: two live values share a location");
        }
    }
    Ok(())
}

/// The word moves that give a loop-carried value's header representation
/// `to` the value `from` has at the back edge. A value typed at the header
/// must be typed alike at the back edge (the body's copy of the preamble
/// repeats the guards that typed it).
fn carried_moves(to: Repr, from: Repr, out: &mut Vec<(VReg, Source)>) -> Result<(), PlanError> {
    const MISMATCH: PlanError = "a loop-carried value represented otherwise at the back edge";
    let words = |v: Value| {
        let (tag, payload) = const_words(v);
        (tag, payload.unwrap_or(0))
    };
    match (to, from) {
        (Repr::Const(a), Repr::Const(b)) if words(a) == words(b) => {}
        (Repr::Boxed { tag, payload }, Repr::Boxed { tag: t, payload: p }) => {
            out.extend([(tag, Source::VReg(t)), (payload, Source::VReg(p))]);
        }
        (Repr::Boxed { tag, payload }, Repr::Typed { ty, payload: p }) => {
            out.push((tag, Source::Imm(tag_word(ty))));
            out.push((payload, p.map_or(Source::Imm(0), Source::VReg)));
        }
        (Repr::Boxed { tag, payload }, Repr::Const(v)) => {
            let (t, p) = words(v);
            out.extend([(tag, Source::Imm(t)), (payload, Source::Imm(p))]);
        }
        (Repr::Typed { ty, payload: Some(payload) }, Repr::Typed { ty: t, payload: Some(p) }) if ty == t => {
            out.push((payload, Source::VReg(p)));
        }
        (Repr::Typed { ty, payload: Some(payload) }, Repr::Const(v)) if Ty::of(v) == ty => {
            out.push((payload, Source::Imm(words(v).1)));
        }
        (
            Repr::Typed { ty: Ty::NoneT, payload: None },
            Repr::Typed { ty: Ty::NoneT, .. } | Repr::Const(Value::None),
        ) => {}
        _ => return Err(MISMATCH),
    }
    Ok(())
}

/// A type's tag word.
pub fn tag_word(ty: Ty) -> u64 {
    use vm_core::runtime::layout as lay;
    match ty {
        Ty::Int => lay::TAG_INT,
        Ty::Float => lay::TAG_FLOAT,
        Ty::Bool => lay::TAG_BOOL,
        Ty::NoneT => lay::TAG_NONE,
        Ty::Obj => lay::TAG_OBJ,
        Ty::Any | Ty::Void => lay::TAG_NULL,
    }
}

/// A constant's tag word and payload word (`None` when it has no payload).
pub fn const_words(v: Value) -> (u64, Option<u64>) {
    use vm_core::runtime::layout as lay;
    match v {
        Value::Null => (lay::TAG_NULL, None),
        Value::None => (lay::TAG_NONE, None),
        Value::Bool(b) => (lay::TAG_BOOL, Some(b as u64)),
        Value::Int(i) => (lay::TAG_INT, Some(i as u64)),
        Value::Float(f) => (lay::TAG_FLOAT, Some(f.to_bits())),
        Value::Obj(r) => (lay::TAG_OBJ, Some(r.0 as u64)),
    }
}

/// The representation of `v` after a guard established its type (`None`
/// when nothing changes: already typed, a constant, or `any`).
fn unbox(b: &mut Builder, v: Repr, ty: Ty, def: u32) -> Option<Repr> {
    let Repr::Boxed { payload, .. } = v else { return None };
    match ty {
        Ty::Int | Ty::Bool | Ty::Obj => Some(Repr::Typed { ty, payload: Some(payload) }),
        Ty::Float => Some(Repr::Typed { ty, payload: Some(b.new_vreg(Class::Xmm, def)) }),
        Ty::NoneT => Some(Repr::Typed { ty, payload: None }),
        Ty::Any | Ty::Void => None,
    }
}

/// True if `is` on these operands needs the entry point (both boxed, or
/// boxed against a constant other than `None`).
pub fn is_needs_call(args: &[Repr]) -> bool {
    if plan_is(args, false).is_some() {
        return false;
    }
    let none = |r: Repr| matches!(r, Repr::Const(Value::None) | Repr::Typed { ty: Ty::NoneT, .. });
    let typed = |r: Repr| matches!(r, Repr::Const(_) | Repr::Typed { .. });
    match (args[0], args[1]) {
        (Repr::Boxed { .. }, other) | (other, Repr::Boxed { .. }) => !none(other),
        (a, b) => !(typed(a) && typed(b)),
    }
}

/// `is` decided while planning (types that differ, constants), if it can be.
fn plan_is(args: &[Repr], negate: bool) -> Option<Repr> {
    let known = |r: Repr| match r {
        Repr::Const(v) => Some(Ty::of(v)),
        Repr::Typed { ty, .. } => Some(ty),
        _ => None,
    };
    let same = match (args[0], args[1]) {
        (Repr::Const(a), Repr::Const(b)) => Some(a.is(b)),
        (a, b) => match (known(a), known(b)) {
            (Some(Ty::NoneT), Some(Ty::NoneT)) => Some(true),
            (Some(x), Some(y)) if x != y && x != Ty::Any && y != Ty::Any => Some(false),
            _ => None,
        },
    }?;
    Some(Repr::Const(Value::Bool(same != negate)))
}

/// Linear scan: virtual registers in order of definition get the first
/// free register of their file (callee-saved for general-purpose ones
/// that live across a call; XMM ones that do are spilled, every XMM
/// register being caller-saved); with none free, whichever of it and the
/// active ones ends last goes to a spill slot.
fn allocate(p: &mut Plan) {
    let call_positions: Vec<u32> =
        p.calls.iter().enumerate().filter(|(_, &c)| c).map(|(i, _)| 2 * i as u32 + 1).collect();
    let crosses = |v: &VRegInfo| call_positions.iter().any(|&c| v.start < c && v.end >= c);
    let mut order: Vec<u32> = (0..p.vregs.len() as u32).collect();
    order.sort_by_key(|&v| p.vregs[v as usize].start);
    let mut active: Vec<u32> = Vec::new();
    let mut free_slots: Vec<u32> = Vec::new();
    let mut slots = 0u32;
    for v in order {
        let info = p.vregs[v as usize];
        // Expire what ended before this one starts.
        active.retain(|&a| {
            let ai = p.vregs[a as usize];
            if ai.end < info.start {
                if let Loc::Slot(s) = ai.loc {
                    free_slots.push(s);
                }
                false
            } else {
                true
            }
        });
        let crossing = crosses(&info);
        let taken = |loc: Loc| active.iter().any(|&a| p.vregs[a as usize].loc == loc);
        let candidates: Vec<Loc> = match (info.class, crossing) {
            (Class::Gpr, false) => (0..GPR_COUNT).map(Loc::Gpr).collect(),
            (Class::Gpr, true) => (FIRST_CALLEE_SAVED..GPR_COUNT).map(Loc::Gpr).collect(),
            (Class::Xmm, false) => (0..XMMS).map(Loc::Xmm).collect(),
            (Class::Xmm, true) => Vec::new(),
        };
        let loc = match candidates.iter().copied().find(|&l| !taken(l)) {
            Some(l) => l,
            None => {
                // Spill whichever ends last: an active holder of a candidate register, or this one.
                let victim = active
                    .iter()
                    .copied()
                    .filter(|&a| candidates.contains(&p.vregs[a as usize].loc))
                    .max_by_key(|&a| p.vregs[a as usize].end);
                match victim {
                    Some(a) if p.vregs[a as usize].end > info.end => {
                        // The victim moves to memory for its whole life, so
                        // its slot must be one nobody used since it started: a new one.
                        let l = p.vregs[a as usize].loc;
                        slots += 1;
                        p.vregs[a as usize].loc = Loc::Slot(slots - 1);
                        l
                    }
                    _ => match free_slots.pop() {
                        Some(slot) => Loc::Slot(slot),
                        None => {
                            slots += 1;
                            Loc::Slot(slots - 1)
                        }
                    },
                }
            }
        };
        p.vregs[v as usize].loc = loc;
        active.push(v);
    }
    p.slots = slots;
}
