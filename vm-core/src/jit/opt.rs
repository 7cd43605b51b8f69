//! The optimizer's passes over the trace IR. Each takes a trace and returns
//! the improved one; `optimize` runs them in order. Golden tests in
//! `vm-core/tests/opt/` show each pass's input and output as text.
//!
//! The IR is a straight line (the loop restarts at instruction 0 with every
//! value recomputed), so each pass is one forward walk; facts learned at a
//! point hold for everything after it.

use alloc::vec;
use alloc::vec::Vec;

use super::ir::{eval_float, eval_float_pow, eval_int, int_to_float, Inst, Op, TraceIr, Ty, ValueId};
use crate::bytecode::opcode::Opcode;
use crate::runtime::value::Value;

/// An optimization pass.
pub type Pass = fn(TraceIr) -> TraceIr;

/// Every pass, in order, with its name (for golden tests and dumps).
pub const PASSES: &[(&str, Pass)] = &[
    ("forward_locals", forward_locals),
    ("types", propagate_types),
    ("fold", fold_constants),
    ("dce", eliminate_dead_code),
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
    let mut new_id = vec![ValueId(u32::MAX); ir.insts.len()];
    let mut out = TraceIr { insts: Vec::new(), snapshots: ir.snapshots, code_names: ir.code_names };
    for (i, inst) in ir.insts.into_iter().enumerate() {
        if !kept[i] {
            continue;
        }
        let args = inst.args.iter().map(|&a| new_id[resolve(a).0 as usize]).collect();
        new_id[i] = ValueId(out.insts.len() as u32);
        out.insts.push(Inst { args, ..inst });
    }
    for s in &mut out.snapshots {
        for v in &mut s.stack {
            *v = new_id[resolve(*v).0 as usize];
        }
    }
    // Snapshots keep their numbers (exit counters are per snapshot); ones
    // no instruction uses any more are never taken.
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
                | GetIter
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
                    parameters(&synced, args.oparg as usize, &bound, &ir)
                });
                callers.push((frame.unwrap_or((0, 0)), core::mem::take(&mut known)));
                entering = passed;
            }
            Op::CallPy { argc, code, .. } => {
                // The callee's frame from here on (no frame guard follows):
                // its parameters are the values passed.
                let passed = last_sync.filter(|&s| s + 1 == i).and_then(|s| {
                    let synced: Vec<ValueId> = ir.insts[s].args.iter().map(|&a| resolve(&replace, a)).collect();
                    parameters(&synced, *argc as usize, &bound, &ir)
                });
                let caller = frame.unwrap_or((0, 0));
                callers.push((caller, core::mem::take(&mut known)));
                known = passed.unwrap_or_default();
                frame = Some((caller.0 + 1, *code));
            }
            Op::ResumeGen { .. } | Op::Yield { .. } => known.clear(),
            Op::Exec { op, .. } | Op::Uops { op, .. } if !keeps_locals(*op) => known.clear(),
            Op::Return(_) => known.clear(),
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

/// Type propagation with guard elimination: a guard on a fact already known
/// (from the value's definition or an earlier guard) is removed.
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
    for (i, inst) in ir.insts.iter().enumerate() {
        if inst.op.runs_code() {
            shapes.clear();
        }
        if inst.op.may_invalidate() {
            valid_checked = false;
        }
        if inst.op.may_change_frame() {
            globals = None;
        }
        match &inst.op {
            Op::CheckValid => {
                kept[i] = !valid_checked;
                valid_checked = true;
            }
            Op::GuardGlobals(dict) => {
                kept[i] = globals != Some(*dict);
                globals = Some(*dict);
            }
            Op::Const(v) => non_null[i] = !v.is_null(),
            Op::IntArith(_)
            | Op::FloatArith(_)
            | Op::IntToFloat
            | Op::FloatPow
            | Op::FloatNeg
            | Op::CompareInt(_)
            | Op::CompareFloat(_)
            | Op::Is(_) => non_null[i] = true,
            Op::Truthy(_)
            | Op::Truth
            | Op::LoadGlobal { .. }
            | Op::LoadItem
            | Op::IterNext(_)
            | Op::LoadCell
            | Op::Runtime(_)
            | Op::CallBuiltin { .. } => non_null[i] = true,
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
                // An object's class never changes: one guard per value is enough.
                let a = inst.args[0];
                if classes.contains(&(a, *class)) {
                    kept[i] = false;
                } else {
                    classes.push((a, *class));
                    ty[a.0 as usize] = Ty::Obj;
                    non_null[a.0 as usize] = true;
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
    rebuild(ir, &kept, &identity(n))
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
                for v in &ir.snapshots[s as usize].stack {
                    live[v.0 as usize] = true;
                }
            }
        }
    }
    rebuild(ir, &live, &identity(n))
}

/// Testing (`stress_exits`, not one of [`PASSES`]): puts a `stress_exit`
/// before every guard that restores the state before it, sharing its
/// snapshot, so that every `every`th guard a trace runs leaves it as if
/// it had failed. Not before an `exit` (it always leaves) nor before a
/// branch on a computed truth (`truthy`: its snapshot resumes on the
/// *other* way, right only when the guard really fails).
pub fn insert_stress_exits(ir: TraceIr, every: u32) -> TraceIr {
    let insts = &ir.insts;
    let on_truthy = |inst: &Inst| {
        matches!(inst.op, Op::GuardTrue | Op::GuardFalse)
            && inst.args.first().is_some_and(|a| matches!(insts[a.0 as usize].op, Op::Truthy(_)))
    };
    let stressed: Vec<bool> = insts
        .iter()
        .map(|inst| inst.snapshot.is_some() && inst.op.is_guard() && inst.op != Op::Exit && !on_truthy(inst))
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
        s.stack.iter_mut().for_each(renumber);
    }
    out
}
