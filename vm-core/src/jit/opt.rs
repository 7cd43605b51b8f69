//! The optimizer's passes over the trace IR. Each takes a trace and returns
//! the improved one; `optimize` runs them in order. Golden tests in
//! `tests/opt/` show each pass's input and output as text.
//!
//! The IR is a straight line whose only backward jump is its `loop`, so
//! each pass is one forward walk; facts learned at a point hold for
//! everything after it, and cross into a peeled loop's body only where
//! `types` proves the back edge keeps them (see `peel_loop`).

// Indexing: every index is an instruction's `ValueId` (an operand names
// an earlier instruction of the same trace: `Ir::push` hands out ids in
// order and the passes only rewrite operands to other such ids), a
// snapshot id (`Ir::add_snapshot`'s return), or a position below
// `ir.insts.len()`, and the per-value tables (`replace`, `bound`, `ty`,
// `kept`, `konst`, ...) are all sized `ir.insts.len()`. These are the
// IR's construction invariants; the passes are the JIT's hot path.
#![allow(clippy::indexing_slicing)]

use alloc::vec;
use alloc::vec::Vec;

use super::ir::{
    eval_float, eval_float_pow, eval_int, int_to_float, Inst, IterKind, Op, RuntimeFn, TraceIr, Ty, ValueId,
};
use crate::bytecode::opcode::Opcode;
use crate::runtime::value::Value;

/// An optimization pass.
pub type Pass = fn(TraceIr) -> TraceIr;

/// Every pass, in order, with its name (for golden tests and dumps).
pub const PASSES: &[(&str, Pass)] = &[
    ("forward_locals", forward_locals),
    ("forward_slots", forward_slots),
    ("types", propagate_types),
    ("fold", fold_constants),
    ("dce", eliminate_dead_code),
    ("peel", peel_loop),
    ("virtual_locals", virtual_locals),
    ("sink", sink_allocations),
];

/// Runs every pass.
pub fn optimize(mut ir: TraceIr) -> TraceIr {
    for (_, pass) in PASSES {
        ir = pass(ir);
    }
    ir
}

/// Rewrites uses through `replace` and drops instructions not `kept`,
/// renumbering values.
fn rebuild(ir: TraceIr, kept: &[bool], replace: &[ValueId]) -> TraceIr {
    let resolve = |mut v: ValueId| {
        while replace[v.0 as usize] != v {
            v = replace[v.0 as usize];
        }
        v
    };
    let n = ir.insts.len();
    let mut new_id = vec![ValueId(u32::MAX); n];
    let mut out = TraceIr { insts: Vec::new(), snapshots: ir.snapshots, code_names: ir.code_names };
    for (i, inst) in ir.insts.into_iter().enumerate() {
        if !kept[i] {
            continue;
        }
        let args = inst.args.iter().map(|&a| new_id[resolve(a).0 as usize]).collect();
        new_id[i] = ValueId(out.insts.len() as u32);
        out.insts.push(Inst { args, ..inst });
    }
    // Snapshots keep their numbers (exit counters are per snapshot); ones
    // no instruction uses any more are never taken, and may name values
    // gone (`ValueId(u32::MAX)`).
    for s in &mut out.snapshots {
        for v in s.values_mut().filter(|v| (v.0 as usize) < n) {
            *v = new_id[resolve(*v).0 as usize];
        }
    }
    out
}

fn identity(n: usize) -> Vec<ValueId> {
    (0..n as u32).map(ValueId).collect()
}

/// True if a tier-1 instruction run by `Exec` leaves the top frame and its
/// fast locals as they were (so what is known of the locals survives it).
fn keeps_locals(op: Opcode) -> bool {
    use Opcode::*;
    !super::lower::pushes_frame(op)
        && matches!(
            op.family(),
            LoadAttr
                | StoreAttr
                | LoadMethod
                | LoadGlobal
                | BinaryOp
                | CompareOp
                | BinarySubscr
                | StoreSubscr
                | ContainsOp
                | UnpackSequence
                | BuildList
                | BuildTuple
                | BuildMap
                | BuildSet
                | BuildSlice
                | BuildString
                | ListAppend
                | MapAdd
                | SetAdd
                | UnaryNegative
                | UnaryPositive
                | UnaryNot
                | ToBool
                | UnaryInvert
                | FormatValue
                | LoadDeref
                | StoreDeref
                | LoadGlobalModule
                | KwNames
        )
}

/// Fast locals whose values are known: (slot, value).
type KnownLocals = Vec<(u32, ValueId)>;
/// A frame as snapshots and frame guards name it: (depth, code).
type FrameAt = (i32, u32);

/// Redundant load elimination for fast locals: a load of a slot whose
/// value is known (stored or loaded earlier, with nothing in between that
/// could change the frame) reuses that value. Across a Python call the
/// trace follows (`CALL_PY_EXACT_ARGS`), the callee's parameters are the
/// values passed, and the caller's locals are known again when it is back
/// (no other frame writes a frame's fast locals).
pub fn forward_locals(ir: TraceIr) -> TraceIr {
    let (kept, replace) = forward_locals_map(&ir, false);
    rebuild(ir, &kept, &replace)
}

/// `forward_locals`' analysis: which instructions stay, and what each
/// value is replaced by. A `loop_header` forgets what is known (the loop
/// body runs again with other values) unless `through_header`, which
/// `peel_loop` uses on the body it has just copied after the preamble:
/// its loads then become the values the preamble left in the locals.
fn forward_locals_map(ir: &TraceIr, through_header: bool) -> (Vec<bool>, Vec<ValueId>) {
    let n = ir.insts.len();
    let mut replace = identity(n);
    let mut kept = vec![true; n];
    let mut known: KnownLocals = Vec::new();
    // The frame (depth, code) the instructions run in, from snapshots and frame guards.
    let mut frame: Option<FrameAt> = None;
    // Callers suspended in the trace, with what was known of their locals.
    let mut callers: Vec<(FrameAt, KnownLocals)> = Vec::new();
    // The parameters of a frame a call just pushed, until its guard says it is there.
    let mut entering: Option<KnownLocals> = None;
    // Values that are never `Null` (an unbound local), from their definitions and guards.
    let mut bound = vec![false; n];
    let mut last_sync: Option<usize> = None;
    for (i, inst) in ir.insts.iter().enumerate() {
        if let Some(s) = inst.snapshot {
            let snap = &ir.snapshots[s as usize];
            if snap.pc.is_some() {
                frame = Some((snap.depth, snap.code));
            }
        }
        bound[i] = match &inst.op {
            Op::Const(v) => !v.is_null(),
            _ => !matches!(inst.ty, Ty::Any | Ty::Void),
        };
        match &inst.op {
            Op::LoadLocal(slot) => {
                if let Some(&(_, v)) = known.iter().find(|(s, _)| s == slot) {
                    replace[i] = v;
                    kept[i] = false;
                } else {
                    known.push((*slot, ValueId(i as u32)));
                }
            }
            Op::StoreLocal(slot) => {
                known.retain(|(s, _)| s != slot);
                known.push((*slot, inst.args[0]));
            }
            Op::GuardNotNull | Op::GuardType(_) | Op::GuardClass(_) | Op::GuardShape { .. } | Op::GuardKind(_) => {
                bound[resolve(&replace, inst.args[0]).0 as usize] = true;
            }
            Op::Uops { op: Opcode::CallPyExactArgs, args, .. } => {
                let passed = last_sync.filter(|&s| s + 1 == i).and_then(|s| {
                    let synced: Vec<ValueId> = ir.insts[s].args.iter().map(|&a| resolve(&replace, a)).collect();
                    parameters(&synced, args.oparg as usize, &bound, ir)
                });
                callers.push((frame.unwrap_or((0, 0)), core::mem::take(&mut known)));
                entering = passed;
            }
            Op::CallPy { argc, code, .. } => {
                // The callee's frame from here on (no frame guard follows):
                // its parameters are the values passed.
                let passed = last_sync.filter(|&s| s + 1 == i).and_then(|s| {
                    let synced: Vec<ValueId> = ir.insts[s].args.iter().map(|&a| resolve(&replace, a)).collect();
                    parameters(&synced, *argc as usize, &bound, ir)
                });
                let caller = frame.unwrap_or((0, 0));
                callers.push((caller, core::mem::take(&mut known)));
                known = passed.unwrap_or_default();
                frame = Some((caller.0 + 1, *code));
            }
            Op::ResumeGen { .. } | Op::Yield { .. } => known.clear(),
            Op::Exec { op, .. } | Op::Uops { op, .. } if !keeps_locals(*op) => known.clear(),
            Op::Return(_) => known.clear(),
            Op::LoopHeader(_) if !through_header => known.clear(),
            // Follows every instruction that may change the frame: a different frame forgets.
            Op::GuardFrame { depth, code, pc } => {
                let here = (*depth, *code);
                while callers.last().is_some_and(|(f, _)| f.0 > *depth) {
                    callers.pop();
                }
                match (entering.take(), callers.last()) {
                    (Some(params), Some((f, _))) if f.0 + 1 == *depth && *pc == 0 => known = params,
                    (_, Some((f, _))) if *f == here => known = callers.pop().map(|(_, k)| k).unwrap_or_default(),
                    _ if frame != Some(here) => known.clear(),
                    _ => {}
                }
                frame = Some(here);
            }
            _ => {}
        }
        if matches!(inst.op, Op::Sync(_)) {
            last_sync = Some(i);
        }
    }
    (kept, replace)
}

/// Store-to-load forwarding for instance slots: a `load_slot` of a slot
/// the trace stored (`store_slot`, `add_slot`) or loaded before, with
/// nothing in between that may have written it, is that value (an
/// attribute an inlined `__init__` set, read back by the caller). A store
/// into slot `n` of one object forgets slot `n` of every other (they may be
/// the same object) but those the trace made if it made this one too; code run, a frame pushed or popped, and a loop header
/// forget everything. Only code writes attributes other ways (a
/// `__dict__` switches the instance to dict mode, which its shape guard
/// then rejects).
pub fn forward_slots(ir: TraceIr) -> TraceIr {
    let n = ir.insts.len();
    let mut replace = identity(n);
    let mut kept = vec![true; n];
    // (object, slot, value)
    let mut known: Vec<(ValueId, u32, ValueId)> = Vec::new();
    for (i, inst) in ir.insts.iter().enumerate() {
        if inst.op.runs_code() || inst.op.may_change_frame() || matches!(inst.op, Op::LoopHeader(_)) {
            known.clear();
        }
        match inst.op {
            Op::LoadSlot(k) => {
                let obj = resolve(&replace, inst.args[0]);
                match known.iter().find(|(o, s, _)| *o == obj && *s == k) {
                    Some(&(_, _, v)) => {
                        replace[i] = v;
                        kept[i] = false;
                    }
                    None => known.push((obj, k, ValueId(i as u32))),
                }
            }
            Op::StoreSlot(k) | Op::AddSlot { slot: k, .. } => {
                let (obj, v) = (resolve(&replace, inst.args[0]), resolve(&replace, inst.args[1]));
                // Two objects the trace made are two objects.
                let fresh = |v: ValueId| matches!(ir.insts[v.0 as usize].op, Op::NewInstance(_));
                known.retain(|&(o, s, _)| s != k || (fresh(o) && fresh(obj) && o != obj));
                known.push((obj, k, v));
            }
            _ => {}
        }
    }
    rebuild(ir, &kept, &replace)
}

fn resolve(replace: &[ValueId], mut v: ValueId) -> ValueId {
    while replace[v.0 as usize] != v {
        v = replace[v.0 as usize];
    }
    v
}

/// The callee's parameters (slot, value) for `CALL_PY_EXACT_ARGS` with
/// `argc` arguments, when the sync just before it wrote the callable,
/// `self` or `NULL`, and the arguments, and whether `self` is there is known.
fn parameters(synced: &[ValueId], argc: usize, bound: &[bool], ir: &TraceIr) -> Option<KnownLocals> {
    let first = synced.len().checked_sub(argc + 1)?;
    let self_or_null = synced[first];
    let passed = if matches!(ir.insts[self_or_null.0 as usize].op, Op::Const(Value::Null)) {
        &synced[first + 1..]
    } else if bound[self_or_null.0 as usize] {
        &synced[first..]
    } else {
        return None;
    };
    Some(passed.iter().enumerate().map(|(k, &v)| (k as u32, v)).collect())
}

/// True if the instruction's value is never `Null` (an unbound local).
fn defines_non_null(inst: &Inst) -> bool {
    match &inst.op {
        Op::Const(v) => !v.is_null(),
        Op::IntArith(_)
        | Op::FloatArith(_)
        | Op::IntToFloat
        | Op::FloatPow
        | Op::FloatNeg
        | Op::CompareInt(_)
        | Op::CompareFloat(_)
        | Op::Is(_)
        | Op::Truthy(_)
        | Op::Truth
        | Op::LoadGlobal { .. }
        | Op::LoadItem
        | Op::IterNext(_)
        | Op::RangeItem(_)
        | Op::LoadCell
        | Op::Runtime(_)
        | Op::CallBuiltin { .. }
        | Op::NewInstance(_) => true,
        _ => false,
    }
}

/// What a peeled loop's body (after its `loop_header`) may do that
/// invalidates facts the preamble established.
struct LoopBody {
    /// The loop-carried values: for each `p` of the `loop`'s pairs, its source `s`.
    carried: Vec<Option<ValueId>>,
    /// It runs code or adds attributes (shapes may change).
    changes_shapes: bool,
    /// For each instance the body makes: its class and the shape its
    /// `add_slot`s leave it with at the back edge.
    made: Vec<Option<(u32, u32)>>,
    /// It may invalidate the trace.
    may_invalidate: bool,
    /// It runs code or changes frames (the frame depth and recursion limit may change).
    changes_room: bool,
}

impl LoopBody {
    fn of(ir: &TraceIr) -> Option<LoopBody> {
        let h = ir.loop_header()?;
        let mut carried = vec![None; ir.insts.len()];
        if let Some(last) = ir.insts.last() {
            for pair in last.args.chunks(2) {
                carried[pair[0].0 as usize] = Some(pair[1]);
            }
        }
        let body = &ir.insts[h + 1..];
        // Adding an attribute to an object the body made changes no shape the preamble saw.
        let fresh = |v: ValueId| matches!(ir.insts[v.0 as usize].op, Op::NewInstance(_));
        let adds_to_old = |i: &Inst| matches!(i.op, Op::AddSlot { .. }) && !fresh(i.args[0]);
        let mut made = vec![None; ir.insts.len()];
        for (j, inst) in ir.insts.iter().enumerate().skip(h + 1) {
            match inst.op {
                Op::NewInstance(class) => made[j] = Some((class, crate::runtime::object::ShapeTable::EMPTY.0)),
                Op::AddSlot { shape, .. } => {
                    if let Some(Some(m)) = made.get_mut(inst.args[0].0 as usize) {
                        m.1 = shape;
                    }
                }
                _ => {}
            }
        }
        Some(LoopBody {
            carried,
            made,
            changes_shapes: body.iter().any(|i| i.op.runs_code() || adds_to_old(i)),
            may_invalidate: body.iter().any(|i| i.op.may_invalidate()),
            changes_room: body.iter().any(|i| i.op.runs_code() || i.op.may_change_frame()),
        })
    }
}

/// Type propagation with guard elimination: a guard on a fact already known
/// (from the value's definition or an earlier guard) is removed. In a
/// peeled loop, facts reach the body from the preamble only where its
/// back edge keeps them too (see [`LoopBody`]).
pub fn propagate_types(ir: TraceIr) -> TraceIr {
    let n = ir.insts.len();
    let mut ty: Vec<Ty> = ir.insts.iter().map(|i| i.ty).collect();
    let mut non_null = vec![false; n];
    let mut kept = vec![true; n];
    // Values whose (class, shape) a guard established; shapes change when
    // code runs (attributes added or deleted), so those facts are dropped then.
    let mut shapes: Vec<(ValueId, u32, u32)> = Vec::new();
    // Values whose class a guard established (for the rest of the trace).
    let mut classes: Vec<(ValueId, u32)> = Vec::new();
    // Values whose built-in kind a guard established (an object's kind never changes).
    let mut kinds: Vec<(ValueId, super::ir::Kind)> = Vec::new();
    // A `check_valid` since the last instruction that could invalidate the trace.
    let mut valid_checked = false;
    // The top frame's globals, as a guard established them.
    let mut globals: Option<u32> = None;
    // The most frames a `guard_room` found room for since the frame depth
    // or the recursion limit last could change.
    let mut room = 0u32;
    let body = LoopBody::of(&ir);
    for (i, inst) in ir.insts.iter().enumerate() {
        if inst.op.runs_code() {
            shapes.clear();
        }
        if inst.op.runs_code() || inst.op.may_change_frame() {
            room = 0;
        }
        if inst.op.may_invalidate() {
            valid_checked = false;
        }
        if inst.op.may_change_frame() {
            globals = None;
        }
        if defines_non_null(inst) {
            non_null[i] = true;
        }
        match &inst.op {
            Op::LoopHeader(_) => {
                let Some(body) = &body else { continue };
                let carried = |v: &ValueId| body.carried[v.0 as usize].is_some();
                for (p, from) in body.carried.iter().enumerate() {
                    // A type the preamble established stays if the value
                    // the back edge brings is of that type by definition.
                    match from {
                        Some(s) if ty[p] != Ty::Any && ty[p] == ir.insts[s.0 as usize].ty => {}
                        Some(_) => {
                            ty[p] = ir.insts[p].ty;
                            non_null[p] = defines_non_null(&ir.insts[p]);
                        }
                        None => {}
                    }
                }
                // An instance the body makes and carries has the class,
                // and the shape, it is made with.
                let made = |v: &ValueId| body.carried[v.0 as usize].and_then(|s| body.made[s.0 as usize]);
                kinds.retain(|(v, _)| !carried(v));
                classes.retain(|(v, c)| !carried(v) || made(v).is_some_and(|m| m.0 == *c));
                if body.changes_shapes {
                    shapes.clear();
                }
                shapes.retain(|(v, c, sh)| !carried(v) || made(v) == Some((*c, *sh)));
                valid_checked &= !body.may_invalidate;
                if body.changes_room {
                    room = 0;
                }
            }
            Op::GuardRoom(n) => {
                kept[i] = *n > room;
                room = room.max(*n);
            }
            Op::CheckValid => {
                kept[i] = !valid_checked;
                valid_checked = true;
            }
            Op::GuardGlobals(dict) => {
                kept[i] = globals != Some(*dict);
                globals = Some(*dict);
            }
            Op::GuardKind(kind) => {
                let a = inst.args[0];
                if kinds.contains(&(a, *kind)) {
                    kept[i] = false;
                } else {
                    kinds.push((a, *kind));
                    ty[a.0 as usize] = Ty::Obj;
                    non_null[a.0 as usize] = true;
                }
            }
            Op::GuardClass(class) => {
                // An object's class changes only by `__class__` assignment,
                // which invalidates the traces registered under the old
                // class (the trace leaves at its next `check_valid`): one
                // guard per value is enough.
                let a = inst.args[0];
                if classes.contains(&(a, *class)) {
                    kept[i] = false;
                } else {
                    classes.push((a, *class));
                    ty[a.0 as usize] = Ty::Obj;
                    non_null[a.0 as usize] = true;
                }
            }
            Op::NewInstance(class) => {
                // A new instance has its class's root shape, the empty one
                // (`Class::root_shape`).
                classes.push((ValueId(i as u32), *class));
                shapes.push((ValueId(i as u32), *class, crate::runtime::object::ShapeTable::EMPTY.0));
            }
            Op::Runtime(f) => {
                // What a runtime function makes is of a known kind: a new
                // list, tuple or iterator, or a slice of a sequence of a
                // known kind.
                use super::ir::{Kind, RuntimeFn as F};
                let kind = match f {
                    F::List0 | F::List1 | F::List2 | F::List3 => Some(Kind::List),
                    F::Tuple1 | F::Tuple2 | F::Tuple3 => Some(Kind::Tuple),
                    F::IterSeq | F::IterRange => Some(Kind::Iter),
                    F::GetSlice => kinds.iter().find(|(v, _)| Some(v) == inst.args.first()).map(|&(_, k)| k),
                    _ => None,
                };
                if let Some(k) = kind {
                    kinds.push((ValueId(i as u32), k));
                }
            }
            Op::AddSlot { shape, .. } => {
                // The instance moves to the new shape (it exits otherwise).
                let a = inst.args[0];
                if let Some(entry) = shapes.iter_mut().find(|(v, _, _)| *v == a) {
                    entry.2 = *shape;
                }
            }
            Op::GuardShape { class, shape } => {
                let a = inst.args[0];
                if shapes.contains(&(a, *class, *shape)) {
                    kept[i] = false;
                } else {
                    shapes.push((a, *class, *shape));
                    ty[a.0 as usize] = Ty::Obj;
                    non_null[a.0 as usize] = true;
                }
            }
            Op::GuardType(t) => {
                let a = inst.args[0].0 as usize;
                if ty[a] == *t {
                    kept[i] = false;
                } else {
                    ty[a] = *t;
                    non_null[a] = true;
                }
            }
            Op::GuardNotNull => {
                let a = inst.args[0].0 as usize;
                if non_null[a] {
                    kept[i] = false;
                }
                non_null[a] = true;
            }
            _ => {}
        }
    }
    rebuild(ir, &kept, &identity(n))
}

/// Constant folding: arithmetic, comparisons and guards on constants.
pub fn fold_constants(mut ir: TraceIr) -> TraceIr {
    let n = ir.insts.len();
    let mut kept = vec![true; n];
    let mut konst: Vec<Option<Value>> = vec![None; n];
    let mut replace = identity(n);
    // `guard_func`s that become `guard_globals` of the dict (`ObjRef`).
    let mut guard_globals: Vec<(usize, u32)> = Vec::new();
    for i in 0..n {
        let inst = &ir.insts[i];
        let arg = |k: usize| inst.args.get(k).and_then(|a| konst[a.0 as usize]);
        let folded = match (&inst.op, arg(0), arg(1)) {
            (Op::Const(v), _, _) => {
                konst[i] = Some(*v);
                None
            }
            (Op::IntArith(op), Some(Value::Int(x)), Some(Value::Int(y))) => eval_int(*op, x, y).map(Value::Int),
            (Op::FloatArith(op), Some(Value::Float(x)), Some(Value::Float(y))) => {
                eval_float(*op, x, y).map(Value::Float)
            }
            (Op::IntToFloat, Some(Value::Int(x)), _) => int_to_float(x).map(Value::Float),
            (Op::FloatNeg, Some(Value::Float(x)), _) => Some(Value::Float(-x)),
            (Op::FloatPow, Some(Value::Float(x)), Some(Value::Float(y))) => eval_float_pow(x, y).map(Value::Float),
            (Op::CompareInt(c), Some(Value::Int(x)), Some(Value::Int(y))) => Some(Value::Bool(c.test(x.cmp(&y)))),
            (Op::CompareFloat(c), Some(Value::Float(x)), Some(Value::Float(y))) => {
                Some(Value::Bool(super::ir::compare_floats(*c, x, y)))
            }
            (Op::Is(neg), Some(a), Some(b)) if !matches!(a, Value::Obj(_)) || !matches!(b, Value::Obj(_)) || a == b => {
                Some(Value::Bool(a.is(b) != *neg))
            }
            // An object the trace made is no object that existed before.
            (Op::Is(neg), None, Some(_)) | (Op::Is(neg), Some(_), None)
                if inst.args.iter().any(|a| matches!(ir.insts[a.0 as usize].op, Op::NewInstance(_))) =>
            {
                Some(Value::Bool(*neg))
            }
            // A small int, float, bool or None is no heap object (a dunder's
            // result against `NotImplemented`).
            (Op::Is(neg), None, Some(Value::Obj(_))) | (Op::Is(neg), Some(Value::Obj(_)), None)
                if inst
                    .args
                    .iter()
                    .any(|a| matches!(ir.insts[a.0 as usize].ty, Ty::Int | Ty::Float | Ty::Bool | Ty::NoneT)) =>
            {
                Some(Value::Bool(*neg))
            }
            (Op::GuardType(t), Some(v), _) if t.matches(v) => {
                kept[i] = false;
                None
            }
            (Op::GuardTrue, Some(Value::Bool(true)), _) | (Op::GuardFalse, Some(Value::Bool(false)), _) => {
                kept[i] = false;
                None
            }
            (Op::GuardNotNull, Some(v), _) if !v.is_null() => {
                kept[i] = false;
                None
            }
            // A call of a function the trace made: its code is known, and
            // its closure's cells are the tuple's items.
            (&Op::GuardFunc { code, globals }, _, _) => {
                if let Some((index, made_globals)) = made_function(&ir, inst.args[0]) {
                    if index == i64::from(code) {
                        match made_globals {
                            Some(g) if globals => guard_globals.push((i, g)),
                            _ if globals => {}
                            _ => kept[i] = false,
                        }
                    }
                }
                None
            }
            (&Op::FuncCell(k), _, _) => {
                if let Some(&cell) =
                    closure_cells(&ir, inst.args[0].0 as usize).as_deref().and_then(|c| c.get(k as usize))
                {
                    replace[i] = cell;
                    kept[i] = false;
                }
                None
            }
            _ => None,
        };
        if let Some(v) = folded {
            konst[i] = Some(v);
            let inst = &mut ir.insts[i];
            inst.op = Op::Const(v);
            inst.args.clear();
            inst.snapshot = None;
        }
    }
    for (i, dict) in guard_globals {
        ir.insts[i].op = Op::GuardGlobals(dict);
        ir.insts[i].args.clear();
    }
    rebuild(ir, &kept, &replace)
}

/// For `rt make_function` at `f`: the index of its code in the trace's
/// codes (-1: none) and its globals (`ObjRef`), the constants it takes.
fn made_function(ir: &TraceIr, f: ValueId) -> Option<(i64, Option<u32>)> {
    let inst = ir.insts.get(f.0 as usize)?;
    if inst.op != Op::Runtime(RuntimeFn::MakeFunction) {
        return None;
    }
    let constant = |k: usize| match ir.insts.get(inst.args.get(k)?.0 as usize)?.op {
        Op::Const(v) => Some(v),
        _ => None,
    };
    let Some(Value::Int(index)) = constant(5) else { return None };
    Some((index, constant(1).and_then(|g| g.as_obj()).map(|g| g.0)))
}

/// Dead code elimination: pure instructions whose values nothing uses
/// (no instruction, no snapshot) are removed, and so are allocations of
/// objects nothing uses (a tuple built and unpacked in the trace: see
/// `Lowering::lower_unpack`).
pub fn eliminate_dead_code(ir: TraceIr) -> TraceIr {
    let n = ir.insts.len();
    let mut live = vec![false; n];
    for i in (0..n).rev() {
        let inst = &ir.insts[i];
        let removable = match inst.op {
            Op::Runtime(f) => f.only_allocates(),
            ref op => op.is_pure(),
        };
        if !removable {
            live[i] = true;
        }
        if live[i] {
            for a in &inst.args {
                live[a.0 as usize] = true;
            }
            if let Some(s) = inst.snapshot {
                for v in ir.snapshots[s as usize].values() {
                    live[v.0 as usize] = true;
                }
            }
        }
    }
    rebuild(ir, &live, &identity(n))
}

/// Loop peeling with loop-carried values (LuaJIT's LOOP pass): a trace
/// that ends in `loop` becomes its first iteration (the preamble), a
/// `loop_header`, and a copy of the body, and `loop` jumps back to the
/// copy. The copy's loads of the root frame's locals become the values the
/// preamble (or the previous iteration) left in them, so what the body
/// learnt of them (their types, shapes, kinds) carries over instead of
/// being checked again on every iteration; `types` and `fold` then remove
/// the copy's guards on what the preamble established.
///
/// A preamble value `p` the loop body uses stands for its value in the
/// current iteration. If the body computes it anew as `s` (the copy of
/// `p`, or the value a local holds at the end of the copy where `p` was
/// loaded), `(p, s)` is a loop-carried pair: `loop` moves every `s` into
/// its `p` at once. Values the body does not recompute (the locals it
/// only reads, constants) are invariant: computed once per trace entry.
///
/// What this assumes: nothing new. Locals are still written through, so
/// an exit in the body finds the frame as tier 1 would; the back edge's
/// `loop_safepoint` starts the trace over (preamble included) whenever it
/// ran anything, so no code runs between one iteration and the next.
/// Then `types`, `fold` and `dce` run again over the whole trace (`types`
/// forgets at the header what the body may change: facts about
/// loop-carried values, shapes if the body runs code or adds attributes,
/// the validity check if it may invalidate).
pub fn peel_loop(ir: TraceIr) -> TraceIr {
    let n = ir.insts.len();
    let Some(Op::Loop(head)) = ir.insts.last().map(|i| i.op.clone()) else { return ir };
    // Only a loop whose iterations end at a `loop_safepoint` (nothing runs
    // code between them), peeled once.
    let ends_safely = ir.insts[..n - 1]
        .iter()
        .rev()
        .find(|i| !matches!(i.op, Op::Sync(_)))
        .is_some_and(|i| matches!(i.op, Op::LoopSafepoint(_)));
    if !ends_safely || ir.loop_header().is_some() {
        return ir;
    }
    let body = n - 1;
    // The copy of preamble instruction `k` is at `off + k`.
    let off = body + 1;
    let mut d = TraceIr {
        insts: Vec::with_capacity(2 * n),
        snapshots: ir.snapshots.clone(),
        code_names: ir.code_names.clone(),
    };
    d.insts.extend(ir.insts[..body].iter().cloned());
    d.push(Op::LoopHeader(head), Vec::new(), Ty::Void, None);
    let shift = |v: &ValueId| if (v.0 as usize) < n { ValueId(v.0 + off as u32) } else { *v };
    for inst in &ir.insts[..body] {
        let snapshot = inst.snapshot.map(|s| {
            let mut snap = ir.snapshots[s as usize].clone();
            snap.values_mut().for_each(|v| *v = shift(v));
            d.add_snapshot(snap)
        });
        d.insts.push(Inst { op: inst.op.clone(), args: inst.args.iter().map(shift).collect(), ty: inst.ty, snapshot });
    }
    d.push(Op::Loop(head), Vec::new(), Ty::Void, None);
    let (mut kept, mut replace) = forward_locals_map(&d, true);
    hoist_invariants(&d, off, &mut kept, &mut replace);
    forward_slots_across_header(&d, off, &mut kept, &mut replace);
    // The loop-carried pairs: preamble values the body uses (its
    // operands, its snapshots, and the pairs' own sources) that it computes anew.
    let mut carried = vec![false; body];
    let mut pairs: Vec<ValueId> = Vec::new();
    let mut work: Vec<ValueId> = Vec::new();
    for (i, inst) in d.insts.iter().enumerate().skip(off) {
        if !kept[i] {
            continue;
        }
        work.extend(inst.args.iter().map(|&a| resolve(&replace, a)));
        if let Some(s) = inst.snapshot {
            work.extend(d.snapshots[s as usize].values().map(|v| resolve(&replace, v)));
        }
    }
    while let Some(p) = work.pop() {
        let k = p.0 as usize;
        if k >= body || carried[k] || matches!(d.insts[k].op, Op::Const(_)) {
            continue;
        }
        carried[k] = true;
        let s = resolve(&replace, ValueId((off + k) as u32));
        if s != p {
            pairs.extend([p, s]);
            work.push(s);
        }
    }
    if let Some(last) = d.insts.last_mut() {
        last.args = pairs;
    }
    let peeled = eliminate_dead_code(fold_constants(propagate_types(rebuild(d, &kept, &replace))));
    // Peeling doubles the code, and a side trace links back to the
    // preamble (a loop that often leaves through one runs the preamble
    // again each time): worth it only where the body gets a fifth smaller
    // or more (richards' scheduler loop, 11% smaller, ran 1.5% more
    // instructions peeled).
    let work = |insts: &[Inst]| insts.iter().filter(|i| !matches!(i.op, Op::Const(_))).count();
    let loop_body = peeled.loop_header().map_or(&[][..], |h| &peeled.insts[h + 1..]);
    if work(loop_body) * 5 > work(&ir.insts) * 4 {
        return ir;
    }
    peeled
}

/// Virtual locals: in a peeled loop whose body runs no code and changes
/// no frame (so nothing but an exit ever reads the frame's locals), the
/// body's stores into the root frame's locals are dropped; every exit in
/// the body writes them instead (`Snapshot::locals`: each such local's
/// value at that point), and so does the back edge's safepoint before it
/// collects or starts the trace over. A local's value at the loop header
/// is the one the preamble stored last, which the back edge must update
/// to the body's last: a loop-carried pair, added if the body did not
/// need it already (a local whose value there is a constant the body
/// changes keeps its stores).
pub fn virtual_locals(mut ir: TraceIr) -> TraceIr {
    let Some(h) = ir.loop_header() else { return ir };
    let n = ir.insts.len();
    let touches_frame = |i: &Inst| i.op.runs_code() || i.op.may_change_frame();
    if ir.insts.iter().any(touches_frame) {
        return ir;
    }
    let last_stores = |insts: &[Inst]| {
        let mut at: Vec<(u32, ValueId)> = Vec::new();
        for inst in insts {
            if let Op::StoreLocal(k) = inst.op {
                at.retain(|(s, _)| *s != k);
                at.push((k, inst.args[0]));
            }
        }
        at
    };
    let at_header = last_stores(&ir.insts[..h]);
    let at_end = last_stores(&ir.insts[h + 1..]);
    let loaded: Vec<u32> = ir.insts[h + 1..]
        .iter()
        .filter_map(|i| match i.op {
            Op::LoadLocal(k) => Some(k),
            _ => None,
        })
        .collect();
    let mut pairs: Vec<(ValueId, ValueId)> = ir.insts[n - 1].args.chunks(2).map(|p| (p[0], p[1])).collect();
    let konst = |v: ValueId| match ir.insts[v.0 as usize].op {
        Op::Const(c) => Some(c),
        _ => None,
    };
    let mut sunk: Vec<(u32, ValueId)> = Vec::new();
    for &(k, s) in &at_end {
        let Some(&(_, p)) = at_header.iter().find(|(slot, _)| *slot == k) else { continue };
        if loaded.contains(&k) {
            continue;
        }
        let carried = pairs.iter().find(|(q, _)| *q == p).map(|&(_, s)| s);
        let ok = match (carried, konst(p)) {
            _ if p == s => true,
            (Some(s2), _) => s2 == s,
            (None, Some(c)) => konst(s).is_some_and(|d| d.is(c) && Ty::of(d) == Ty::of(c)),
            (None, None) => {
                pairs.push((p, s));
                true
            }
        };
        if ok {
            sunk.push((k, p));
        }
    }
    if sunk.is_empty() {
        return ir;
    }
    if let Some(last) = ir.insts.last_mut() {
        last.args = pairs.iter().flat_map(|&(p, s)| [p, s]).collect();
    }
    // Drop the body's stores of those locals; give each exit their values
    // there (a snapshot two guards share with different values is copied).
    let mut current = sunk.clone();
    let mut version = 0u32;
    let mut given: Vec<Option<u32>> = vec![None; ir.snapshots.len()];
    let mut copies: Vec<((u32, u32), u32)> = Vec::new();
    let mut dropped: Vec<usize> = Vec::new();
    for i in h + 1..n {
        if let Op::StoreLocal(k) = ir.insts[i].op {
            if let Some(entry) = current.iter_mut().find(|(slot, _)| *slot == k) {
                entry.1 = ir.insts[i].args[0];
                version += 1;
                dropped.push(i);
                continue;
            }
        }
        let Some(s) = ir.insts[i].snapshot else { continue };
        let target = match given[s as usize] {
            None => {
                given[s as usize] = Some(version);
                ir.snapshots[s as usize].locals = current.clone();
                s
            }
            Some(v) if v == version => s,
            Some(_) => match copies.iter().find(|(key, _)| *key == (s, version)) {
                Some(&(_, c)) => c,
                None => {
                    let mut snap = ir.snapshots[s as usize].clone();
                    snap.locals = current.clone();
                    let c = ir.add_snapshot(snap);
                    copies.push(((s, version), c));
                    c
                }
            },
        };
        ir.insts[i].snapshot = Some(target);
    }
    let mut kept = vec![true; n];
    dropped.iter().for_each(|&i| kept[i] = false);
    rebuild(ir, &kept, &identity(n))
}

/// Allocation sinking (escape analysis, as LuaJIT's SINK pass and PyPy's
/// virtuals): an object the trace makes (`new_instance` with the slots
/// its `__init__` adds, `rt tuple1`..`tuple3`, `rt list0`..`list3`) that
/// no instruction uses, only exits, is not made. It becomes `virtual`,
/// its `add_slot`s go, and each snapshot that holds it (on the stack, in
/// a local, or inside another such object) describes it as it is there
/// (`Snapshot::virtuals`: class and shape, and the slots added before
/// that exit; a snapshot two exits share with different descriptions is
/// copied), so the exit that is taken makes it.
///
/// An object escapes (stays real) when an instruction reads it, compares
/// it, stores it anywhere but into a slot or item of an object that does
/// not escape itself, passes it to code, writes it to the frame or the
/// stack (`store_local`, `sync`), when the trace's final `exit` (always
/// taken) holds it, or when the loop carries it (but see
/// [`carry_objects_as_fields`]) or a peeled loop's body holds one its
/// preamble made. A `loop_safepoint` whose snapshot holds such objects
/// leaves through its exit when the check is due, instead of writing the
/// locals and going on.
///
/// What this assumes: that an exit may allocate (allocation never
/// collects; the heap limit is checked where the trace or tier 1
/// allocates next), and that an object nothing but exits sees has no
/// identity anything could observe before an exit makes it.
pub fn sink_allocations(ir: TraceIr) -> TraceIr {
    use super::ir::{VirtualKind, VirtualObject};
    use crate::runtime::object::ShapeTable;
    let (mut ir, carried) = carry_objects_as_fields(ir);
    let n = ir.insts.len();
    let candidate: Vec<bool> = ir
        .insts
        .iter()
        .enumerate()
        .map(|(k, i)| match i.op {
            Op::NewInstance(_) => true,
            Op::Runtime(RuntimeFn::MakeFunction) => closure_cells(&ir, k).is_some(),
            Op::Runtime(f) => f.only_allocates(),
            Op::Virtual => carried.iter().any(|o| o.value.0 as usize == k),
            _ => false,
        })
        .collect();
    if !candidate.contains(&true) {
        return ir;
    }
    let header = ir.loop_header().unwrap_or(n);
    let mut escapes = vec![false; n];
    // (field, container): the field escapes if its container does.
    let mut inside: Vec<(usize, usize)> = Vec::new();
    // Slots added so far to each candidate (an `add_slot` must add the next one).
    let mut added = vec![0u32; n];
    for (i, inst) in ir.insts.iter().enumerate() {
        let args: Vec<usize> = inst.args.iter().map(|a| a.0 as usize).collect();
        match inst.op {
            Op::AddSlot { slot, .. } if candidate[args[0]] => {
                let (obj, v) = (args[0], args[1]);
                if slot != added[obj] || v == obj {
                    escapes[obj] = true;
                }
                added[obj] += 1;
                if candidate[v] {
                    inside.push((v, obj));
                }
            }
            // A function holds its closure; what else it is made of (code,
            // globals, defaults; operands bytecode may give any value) stays
            // real (an exit makes the function of values:
            // `backend::materialize`).
            Op::Runtime(RuntimeFn::MakeFunction) if candidate[i] => {
                for (k, &a) in args.iter().enumerate() {
                    if k == MAKE_FUNCTION_CLOSURE {
                        inside.push((a, i));
                    } else {
                        escapes[a] = true;
                    }
                }
            }
            Op::Runtime(f) if f.only_allocates() && f != RuntimeFn::MakeFunction => {
                inside.extend(args.iter().map(|&a| (a, i)))
            }
            // Stepping an iterator the trace made reads its sequence
            // (which `load_item` then reads: it must be made).
            Op::IterNext(IterKind::List | IterKind::Tuple) if is_seq_iter(&ir, args[0]) => {
                if let Some(seq) = ir.insts[args[0]].args.first() {
                    escapes[seq.0 as usize] = true;
                }
            }
            // Stepping a range iterator the trace made reads its bounds, ints.
            Op::IterNext(IterKind::Range) if is_range_iter(&ir, args[0]) => {}
            _ => args.iter().for_each(|&a| escapes[a] = true),
        }
        if let Some(s) = inst.snapshot {
            // (The trace's final `exit` is always taken: an object it holds
            // would always be made there, later and at more cost.)
            let always = inst.op == Op::Exit;
            for v in ir.snapshots[s as usize].values() {
                let v = v.0 as usize;
                if v < n && (always || (v < header && i > header)) {
                    escapes[v] = true;
                }
            }
        }
    }
    loop {
        let mut changed = false;
        for &(field, container) in &inside {
            if escapes[container] && !escapes[field] {
                escapes[field] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let sunk: Vec<bool> = (0..n).map(|i| candidate[i] && !escapes[i]).collect();
    if !sunk.contains(&true) {
        return ir;
    }
    // Walk the trace with each sunk object's description as it is so far,
    // and give each exit the descriptions of the objects it holds.
    let mut state: Vec<Option<VirtualObject>> = vec![None; n];
    let mut kept = vec![true; n];
    let mut given: Vec<Option<Vec<VirtualObject>>> = vec![None; ir.snapshots.len()];
    // `iter_next`s on sunk iterators: (instruction, what it becomes and
    // its operands but the index, index).
    let mut steps: Vec<(usize, Op, Vec<ValueId>, u32)> = Vec::new();
    // The iterator the previous instruction stepped: its exit's snapshot
    // holds it as it was before.
    let mut stepped: Option<usize> = None;
    for i in 0..n {
        if let Some((op, args, k)) = stepped.take().and_then(|it| state[it].as_mut()).and_then(step_virtual_iterator) {
            steps.push((i - 1, op, args, k));
        }
        let inst = &ir.insts[i];
        if matches!(inst.op, Op::IterNext(_)) && sunk[inst.args[0].0 as usize] {
            stepped = Some(inst.args[0].0 as usize);
        }
        match inst.op {
            Op::NewInstance(class) if sunk[i] => {
                let kind = VirtualKind::Instance { class, shape: ShapeTable::EMPTY.0 };
                state[i] = Some(VirtualObject { value: ValueId(i as u32), kind, fields: Vec::new() });
            }
            Op::Virtual if sunk[i] => state[i] = carried.iter().find(|o| o.value.0 as usize == i).cloned(),
            Op::Runtime(RuntimeFn::MakeFunction) if sunk[i] => {
                let mut fields: Vec<ValueId> = inst.args.iter().take(4).copied().collect();
                fields.extend(closure_cells(&ir, i).unwrap_or_default());
                state[i] = Some(VirtualObject { value: ValueId(i as u32), kind: VirtualKind::Function, fields });
            }
            Op::Runtime(f) if sunk[i] => {
                if let Some(kind) = f.makes() {
                    state[i] = Some(VirtualObject { value: ValueId(i as u32), kind, fields: inst.args.clone() });
                }
            }
            Op::AddSlot { shape, .. } if sunk[inst.args[0].0 as usize] => {
                kept[i] = false;
                if let Some(o) = &mut state[inst.args[0].0 as usize] {
                    o.fields.push(inst.args[1]);
                    if let VirtualKind::Instance { shape: s, .. } = &mut o.kind {
                        *s = shape;
                    }
                }
                continue;
            }
            _ => {}
        }
        let Some(s) = inst.snapshot else { continue };
        let snap = &ir.snapshots[s as usize];
        let mut held: Vec<ValueId> = Vec::new();
        let mut work: Vec<ValueId> = snap.stack.iter().chain(snap.locals.iter().map(|(_, v)| v)).copied().collect();
        while let Some(v) = work.pop() {
            let k = v.0 as usize;
            if k >= n || !sunk[k] || held.contains(&v) {
                continue;
            }
            if let Some(o) = &state[k] {
                work.extend(o.fields.iter().copied());
                held.push(v);
            }
        }
        if held.is_empty() {
            continue;
        }
        // (In definition order, so equal states compare equal.)
        held.sort_unstable();
        let objects: Vec<VirtualObject> = held.iter().filter_map(|v| state[v.0 as usize].clone()).collect();
        let target = match &given[s as usize] {
            None => {
                given[s as usize] = Some(objects.clone());
                ir.snapshots[s as usize].virtuals = objects;
                s
            }
            Some(g) if *g == objects => s,
            Some(_) => {
                let mut copy = ir.snapshots[s as usize].clone();
                copy.virtuals = objects;
                given.push(None);
                ir.add_snapshot(copy)
            }
        };
        ir.insts[i].snapshot = Some(target);
    }
    if let Some((op, args, k)) = stepped.and_then(|it| state[it].as_mut()).and_then(step_virtual_iterator) {
        steps.push((n - 1, op, args, k));
    }
    for (i, inst) in ir.insts.iter_mut().enumerate() {
        if sunk[i] {
            inst.op = Op::Virtual;
            inst.args.clear();
            inst.snapshot = None;
        }
    }
    // Each step of a sunk iterator reads its sequence's item, or computes
    // its range's, at the index it has there (past the end exits, as an
    // exhausted iterator does). (Every index from 0 up to the highest one
    // is some step's.)
    let indices: Vec<u32> = steps.iter().map(|s| s.3 + 1).max().map_or(Vec::new(), |n| (0..n).collect());
    for (i, op, args, _) in &steps {
        ir.insts[*i].op = op.clone();
        // (The index, last, is set once the constants exist.)
        ir.insts[*i].args = args.iter().chain(args.first()).copied().collect();
    }
    let mut ir = prepend_consts(rebuild(ir, &kept, &identity(n)), &indices);
    let shift = indices.len() as u32;
    for &(i, _, _, k) in &steps {
        let at = kept[..i].iter().filter(|&&k| k).count() + shift as usize;
        if let Some(index) = ir.insts[at].args.last_mut() {
            *index = ValueId(k);
        }
    }
    // Only exits may hold a sunk object: no instruction reads one.
    debug_assert!(ir.insts.iter().all(|i| i.args.iter().all(|a| ir.insts[a.0 as usize].op != Op::Virtual)));
    ir
}

/// The trace with `Const` instructions for the small ints `values` put
/// first (values `0..values.len()`), every other value renumbered.
fn prepend_consts(ir: TraceIr, values: &[u32]) -> TraceIr {
    if values.is_empty() {
        return ir;
    }
    let m = values.len() as u32;
    let n = ir.insts.len() as u32;
    let shift = |v: &mut ValueId| {
        if v.0 < n {
            v.0 += m;
        }
    };
    let TraceIr { insts, snapshots, code_names } = ir;
    let mut out = TraceIr { insts: Vec::with_capacity(insts.len() + values.len()), snapshots, code_names };
    for &k in values {
        out.push(Op::Const(Value::Int(i64::from(k))), Vec::new(), Ty::Int, None);
    }
    for mut inst in insts {
        inst.args.iter_mut().for_each(shift);
        out.insts.push(inst);
    }
    for s in &mut out.snapshots {
        s.values_mut().for_each(shift);
    }
    out
}

/// The operand of `rt make_function` that is its closure tuple.
const MAKE_FUNCTION_CLOSURE: usize = 4;

/// The cells of the closure of the function `rt make_function` at `f`
/// makes, where the trace built its tuple (or it has none).
fn closure_cells(ir: &TraceIr, f: usize) -> Option<Vec<ValueId>> {
    let inst = ir.insts.get(f)?;
    if inst.op != Op::Runtime(RuntimeFn::MakeFunction) {
        return None;
    }
    let closure = inst.args.get(MAKE_FUNCTION_CLOSURE)?;
    let tuple = ir.insts.get(closure.0 as usize)?;
    match tuple.op {
        Op::Const(Value::None) => Some(Vec::new()),
        Op::Runtime(RuntimeFn::Tuple1 | RuntimeFn::Tuple2 | RuntimeFn::Tuple3) => Some(tuple.args.clone()),
        _ => None,
    }
}

/// What the next step of the sunk iterator `o` becomes: the instruction
/// and its operands but the index, and the index (`load_item seq K`, or
/// `range_item start stop K`); advances `o`.
fn step_virtual_iterator(o: &mut super::ir::VirtualObject) -> Option<(Op, Vec<ValueId>, u32)> {
    use super::ir::VirtualKind;
    let (op, args, index) = match &mut o.kind {
        VirtualKind::SeqIter { index } => (Op::LoadItem, o.fields.get(..1)?, index),
        VirtualKind::RangeIter { index, reverse } => (Op::RangeItem(*reverse), o.fields.get(..2)?, index),
        _ => return None,
    };
    let k = *index;
    *index += 1;
    Some((op, args.to_vec(), k))
}

/// True if `v` is an iterator over a range the trace made (`rt range_iter`,
/// `range_iter_rev`).
fn is_range_iter(ir: &TraceIr, v: usize) -> bool {
    ir.insts.get(v).is_some_and(|i| matches!(i.op, Op::Runtime(RuntimeFn::RangeIter | RuntimeFn::RangeIterRev)))
}

/// True if `v` is an iterator over a list or tuple the trace made.
fn is_seq_iter(ir: &TraceIr, v: usize) -> bool {
    ir.insts.get(v).is_some_and(|i| i.op == Op::Runtime(super::ir::RuntimeFn::IterSeq))
}

/// Loop-carried objects as their fields, for `sink_allocations` (PyPy's
/// virtuals across a loop): where a peeled loop carries an instance the
/// body makes into the one the preamble made (`c = a.plus(d)`, `pos =
/// pos.add(vel)`), and neither is used but by its own `add_slot`s, the
/// preamble's `store_local`s and exits, the loop carries the fields
/// instead. The pair leaves `loop`'s operands, each field the two give
/// different values becomes a pair of its own (when the preamble's value
/// means nothing else in the body), and a `virtual` right after the
/// header stands for the object of the current iteration in the body's
/// exits (described with the preamble's fields, which the pairs keep
/// current). Returns the trace and those objects' descriptions. The
/// preamble's object stays as it is; an exit in the body makes a copy of
/// it, which is no different to anyone: its only other reference was the
/// frame's local, which the exit writes.
fn carry_objects_as_fields(ir: TraceIr) -> (TraceIr, Vec<super::ir::VirtualObject>) {
    use super::ir::{VirtualKind, VirtualObject};
    use crate::runtime::object::ShapeTable;
    let n = ir.insts.len();
    let Some(header) = ir.loop_header() else { return (ir, Vec::new()) };
    let Some(Inst { op: Op::Loop(_), args: pairs, .. }) = ir.insts.last() else { return (ir, Vec::new()) };
    let pairs: Vec<(ValueId, ValueId)> = pairs.chunks(2).filter_map(|c| Some((*c.first()?, *c.get(1)?))).collect();
    // Each value's uses other than as the object of its own `add_slot`s,
    // a preamble `store_local`, or the loop's operands: (in the body?)
    let mut used = vec![(false, false); n];
    for (i, inst) in ir.insts.iter().enumerate().take(n - 1) {
        for (k, a) in inst.args.iter().enumerate() {
            let own = k == 0
                && (matches!(inst.op, Op::AddSlot { .. }) || (i < header && matches!(inst.op, Op::StoreLocal(_))));
            if let (false, Some(u)) = (own, used.get_mut(a.0 as usize)) {
                if i > header {
                    u.1 = true
                } else {
                    u.0 = true
                }
            }
        }
    }
    let in_body_snapshot = |v: ValueId| {
        ir.insts[header..].iter().filter_map(|i| i.snapshot).any(|s| ir.snapshots[s as usize].values().any(|x| x == v))
    };
    // What an object is and its fields: an instance's final shape and its
    // `add_slot`s in order, or a function's operands and cells.
    let describe = |obj: ValueId| -> Option<(VirtualKind, Vec<ValueId>)> {
        let class = match ir.insts[obj.0 as usize].op {
            Op::NewInstance(class) => class,
            Op::Runtime(RuntimeFn::MakeFunction) => {
                let mut fields: Vec<ValueId> = ir.insts[obj.0 as usize].args.get(..4)?.to_vec();
                fields.extend(closure_cells(&ir, obj.0 as usize)?);
                return Some((VirtualKind::Function, fields));
            }
            _ => return None,
        };
        let mut fields = Vec::new();
        let mut shape = ShapeTable::EMPTY.0;
        for inst in &ir.insts {
            if let Op::AddSlot { slot, shape: s } = inst.op {
                if inst.args.first() == Some(&obj) {
                    if slot as usize != fields.len() {
                        return None;
                    }
                    fields.push(*inst.args.get(1)?);
                    shape = s;
                }
            }
        }
        Some((VirtualKind::Instance { class, shape }, fields))
    };
    let allocs = |v: ValueId| matches!(ir.insts[v.0 as usize].op, Op::NewInstance(_) | Op::Runtime(_));
    let mut new_pairs = pairs.clone();
    let mut objects: Vec<(ValueId, VirtualObject)> = Vec::new();
    for &(p, s) in &pairs {
        let (pi, si) = (p.0 as usize, s.0 as usize);
        // (In no other pair: what the loop carries into another value stays real.)
        let elsewhere = |v: ValueId| pairs.iter().any(|&(a, b)| (a == v || b == v) && (a, b) != (p, s));
        if pi >= header
            || si <= header
            || used[pi] != (false, false)
            || used[si] != (false, false)
            || elsewhere(p)
            || elsewhere(s)
        {
            continue;
        }
        let (Some((kind, pf)), Some((other, sf))) = (describe(p), describe(s)) else { continue };
        if kind != other || pf.len() != sf.len() || pf.iter().chain(&sf).any(|&f| allocs(f)) {
            continue;
        }
        // Each field: invariant, already carried the same way, or carried now.
        let mut extra = Vec::new();
        let fits = pf.iter().zip(&sf).all(|(&a, &b)| {
            a == b
                || new_pairs.contains(&(a, b))
                || (!new_pairs.iter().any(|&(x, y)| x == a || y == a)
                    && !used[a.0 as usize].1
                    && !in_body_snapshot(a)
                    && {
                        extra.push((a, b));
                        true
                    })
        });
        if !fits {
            continue;
        }
        new_pairs.retain(|&pair| pair != (p, s));
        new_pairs.extend(extra);
        objects.push((p, VirtualObject { value: ValueId(0), kind, fields: pf }));
    }
    if objects.is_empty() {
        return (ir, Vec::new());
    }
    // Insert one `virtual` per object after the header; the body's exits
    // hold it where they held the preamble's object.
    let at = header + 1;
    let added = objects.len();
    for (k, (_, o)) in objects.iter_mut().enumerate() {
        o.value = ValueId((at + k) as u32);
    }
    let shift = |v: ValueId| if (v.0 as usize) >= at && (v.0 as usize) < n { ValueId(v.0 + added as u32) } else { v };
    let mut out =
        TraceIr { insts: Vec::with_capacity(n + objects.len()), snapshots: ir.snapshots, code_names: ir.code_names };
    let preamble_snaps: Vec<u32> = ir.insts[..header].iter().filter_map(|i| i.snapshot).collect();
    for s in &mut out.snapshots {
        s.values_mut().for_each(|v| *v = shift(*v));
    }
    for (i, mut inst) in ir.insts.into_iter().enumerate() {
        if i == at {
            for _ in 0..added {
                out.insts.push(Inst { op: Op::Virtual, args: Vec::new(), ty: Ty::Obj, snapshot: None });
            }
        }
        inst.args.iter_mut().for_each(|v| *v = shift(*v));
        if i == n - 1 {
            inst.args = new_pairs.iter().flat_map(|&(a, b)| [shift(a), shift(b)]).collect();
        }
        if let (true, Some(s)) = (i > header, inst.snapshot) {
            let holds = |snap: &super::ir::Snapshot| objects.iter().any(|(p, _)| snap.values().any(|v| v == *p));
            if holds(&out.snapshots[s as usize]) {
                let mut snap = out.snapshots[s as usize].clone();
                for v in snap.values_mut() {
                    if let Some((_, o)) = objects.iter().find(|(p, _)| p == v) {
                        *v = o.value;
                    }
                }
                inst.snapshot = Some(if preamble_snaps.contains(&s) {
                    out.add_snapshot(snap)
                } else {
                    out.snapshots[s as usize] = snap;
                    s
                });
            }
        }
        out.insts.push(inst);
    }
    (out, objects.into_iter().map(|(_, o)| o).collect())
}

/// Invariant code motion for `peel_loop`: the body's copy of a preamble
/// instruction whose operands are the preamble's own values (or equal
/// constants) computes what the preamble did, so it becomes the preamble's
/// value: constants, arithmetic (whose overflow check passed there with
/// the same operands), comparisons, instance slots the loop never
/// stores into while running no code (the object is the same, and so is
/// what its slot holds), and the root frame's stack entries the loop
/// never writes (a `for` loop's iterator, whose guards then go too).
fn hoist_invariants(d: &TraceIr, off: usize, kept: &mut [bool], replace: &mut [ValueId]) {
    let in_body = || d.insts[off..].iter().zip(&kept[off..]).filter(|(_, &k)| k).map(|(i, _)| i);
    let runs_code = in_body().any(|i| i.op.runs_code());
    // The root frame's stack entries below every `sync` of the body (a
    // loop's iterator under it) keep their values, unless a frame changes.
    let frames_change = in_body().any(|i| i.op.may_change_frame());
    let synced_from = in_body().filter_map(|i| if let Op::Sync(keep) = i.op { Some(keep) } else { None }).min();
    // Slots the body stores into, except those of objects it made itself
    // (which are no object the preamble read).
    let fresh = |v: ValueId| matches!(d.insts[resolve(replace, v).0 as usize].op, Op::NewInstance(_));
    let stored: Vec<u32> = in_body()
        .filter_map(|i| match i.op {
            Op::StoreSlot(n) | Op::AddSlot { slot: n, .. } if !fresh(i.args[0]) => Some(n),
            _ => None,
        })
        .collect();
    for k in 0..off - 1 {
        let copy = off + k;
        let hoists = match &d.insts[k].op {
            Op::Const(_)
            | Op::IntArith(_)
            | Op::FloatArith(_)
            | Op::IntToFloat
            | Op::FloatNeg
            | Op::CompareInt(_)
            | Op::CompareFloat(_)
            | Op::Is(_)
            | Op::FuncCell(_) => true,
            Op::LoadSlot(n) => !runs_code && !stored.contains(n),
            Op::LoadStack(e) => !runs_code && !frames_change && synced_from.is_none_or(|keep| *e < keep),
            _ => false,
        };
        let same_operands = || {
            d.insts[copy].args.iter().zip(&d.insts[k].args).all(|(&a, &b)| resolve(replace, a) == resolve(replace, b))
        };
        if hoists && kept[k] && kept[copy] && same_operands() {
            replace[copy] = ValueId(k as u32);
            kept[copy] = false;
        }
    }
}

/// Store-to-load forwarding across the header for `peel_loop`: where the
/// body's copy of a `load_slot` reads what the previous iteration stored
/// (`forward_slots`' rule, with the end of the preamble and the start of
/// the body the same point of the loop), it becomes that stored value,
/// which is then carried around the loop (`self.i = i + 1` read back as
/// `i = self.i` in an iterator's `__next__`: no load, no type guard).
fn forward_slots_across_header(d: &TraceIr, off: usize, kept: &mut [bool], replace: &mut [ValueId]) {
    let fresh = |v: ValueId| matches!(d.insts[v.0 as usize].op, Op::NewInstance(_));
    // (object, slot, value)
    let mut known: Vec<(ValueId, u32, ValueId)> = Vec::new();
    for (i, inst) in d.insts.iter().enumerate() {
        if !kept[i] {
            continue;
        }
        if inst.op.runs_code() || inst.op.may_change_frame() {
            known.clear();
        }
        match inst.op {
            Op::LoadSlot(k) => {
                let obj = resolve(replace, inst.args[0]);
                match known.iter().find(|(o, s, _)| *o == obj && *s == k) {
                    Some(&(_, _, v)) if i >= off => {
                        replace[i] = v;
                        kept[i] = false;
                    }
                    Some(_) => {}
                    None => known.push((obj, k, ValueId(i as u32))),
                }
            }
            Op::StoreSlot(k) | Op::AddSlot { slot: k, .. } => {
                let (obj, v) = (resolve(replace, inst.args[0]), resolve(replace, inst.args[1]));
                known.retain(|&(o, s, _)| s != k || (fresh(o) && fresh(obj) && o != obj));
                known.push((obj, k, v));
            }
            _ => {}
        }
    }
}

/// Testing (`stress_exits`, not one of [`PASSES`]): puts a `stress_exit`
/// before every guard that restores the state before it, sharing its
/// snapshot, so that every `every`th guard a trace runs leaves it as if
/// it had failed. Not before an `exit` (it always leaves), a
/// `loop_safepoint` (its exit is the loop header, where the trace starts),
/// or a branch on a computed truth (`truthy`: its snapshot resumes on the
/// *other* way, right only when the guard really fails).
pub fn insert_stress_exits(ir: TraceIr, every: u32) -> TraceIr {
    let insts = &ir.insts;
    let on_truthy = |inst: &Inst| {
        matches!(inst.op, Op::GuardTrue | Op::GuardFalse)
            && inst.args.first().is_some_and(|a| matches!(insts[a.0 as usize].op, Op::Truthy(_)))
    };
    let stressed: Vec<bool> = insts
        .iter()
        .map(|inst| {
            inst.snapshot.is_some()
                && inst.op.is_guard()
                && !matches!(inst.op, Op::Exit | Op::LoopSafepoint(_))
                && !on_truthy(inst)
        })
        .collect();
    let mut new_id = Vec::with_capacity(insts.len());
    let mut next = 0u32;
    for &s in &stressed {
        next += u32::from(s);
        new_id.push(ValueId(next));
        next += 1;
    }
    // Snapshots no instruction uses any more may name removed values; they are never taken.
    let renumber = |v: &mut ValueId| *v = new_id.get(v.0 as usize).copied().unwrap_or(*v);
    let mut out =
        TraceIr { insts: Vec::with_capacity(next as usize), snapshots: ir.snapshots, code_names: ir.code_names };
    for (mut inst, stress) in ir.insts.into_iter().zip(stressed) {
        if stress {
            out.insts.push(Inst { op: Op::StressExit(every), args: Vec::new(), ty: Ty::Void, snapshot: inst.snapshot });
        }
        inst.args.iter_mut().for_each(renumber);
        out.insts.push(inst);
    }
    for s in &mut out.snapshots {
        s.values_mut().for_each(renumber);
    }
    out
}
