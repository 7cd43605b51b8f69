//! ouro's reference JIT backend: runs optimized trace IR by interpretation,
//! one IR instruction at a time, with values in a register file indexed by
//! IR value. It defines what traces mean; the machine-code backend must
//! produce the same results.
#![no_std]
#![forbid(unsafe_code)]

extern crate alloc;

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::Cell;

use vm_core::jit::backend::{self as rt, Backend, CompileError, Executor, ExitTaken, TraceContext};
use vm_core::jit::ir::{
    compare_floats, eval_float, eval_float_pow, eval_int, int_to_float, Inst, Op, Snapshot, TraceIr, ValueId,
};
use vm_core::jit::parallel_move::parallel_moves;
use vm_core::runtime::object::PyResult;
use vm_core::runtime::value::Value;
use vm_core::uop::Flow;
use vm_core::vm::Vm;

/// The IR-interpreting backend.
#[derive(Debug, Default)]
pub struct InterpBackend;

impl InterpBackend {
    /// A new backend.
    pub fn new() -> InterpBackend {
        InterpBackend
    }
}

impl Backend for InterpBackend {
    fn name(&self) -> &'static str {
        "interp"
    }

    fn compile(&mut self, ir: &TraceIr, ctx: TraceContext) -> Result<Rc<dyn Executor>, CompileError> {
        let n = ir.insts.len() as u32;
        let pairs: Vec<(u32, u32)> = match ir.insts.last() {
            Some(Inst { op: Op::Loop(_), args, .. }) => args.chunks(2).map(|p| (p[0].0, p[1].0)).collect(),
            _ => Vec::new(),
        };
        Ok(Rc::new(InterpExecutor {
            // The pairs move at once: through the register after the last instruction's.
            carried: parallel_moves(&pairs, n).into(),
            body: ir.loop_header().map_or(0, |h| h + 1),
            head: ir
                .insts
                .iter()
                .find_map(|i| match i.op {
                    Op::Loop(pc) => Some(pc),
                    _ => None,
                })
                .unwrap_or(0),
            insts: ir.insts.iter().map(Step::new).collect(),
            snapshots: ir.snapshots.clone().into(),
            ctx,
            spare: Cell::new(None),
            stress_count: Cell::new(0),
        }))
    }
}

/// One IR instruction as the interpreter keeps it: the first two operands
/// inline (most instructions have at most two), the rest behind a pointer.
struct Step {
    op: Op,
    a: u32,
    b: u32,
    args: Box<[ValueId]>,
    snapshot: Option<u32>,
}

impl Step {
    fn new(inst: &Inst) -> Step {
        let at = |k: usize| inst.args.get(k).map(|v| v.0).unwrap_or(0);
        Step { op: inst.op.clone(), a: at(0), b: at(1), args: inst.args.clone().into(), snapshot: inst.snapshot }
    }
}

/// A trace ready to interpret.
struct InterpExecutor {
    insts: Box<[Step]>,
    /// The loop-carried values' moves at `loop`, in an order that needs no
    /// two registers at once (`(to, from)`; register `insts.len()` is scratch).
    carried: Box<[(u32, u32)]>,
    /// Where `loop` jumps: after the `loop_header`, or instruction 0.
    body: usize,
    /// The loop header's position (where a loop safepoint restarts the trace).
    head: u32,
    snapshots: Box<[Snapshot]>,
    ctx: TraceContext,
    /// The register file of the last run, reused by the next (a run
    /// re-entered through native code finds it taken and allocates its own).
    spare: Cell<Option<Vec<Value>>>,
    /// `stress_exit`s run since one last left the trace.
    stress_count: Cell<u32>,
}

impl Executor for InterpExecutor {
    fn run(&self, vm: &mut Vm) -> PyResult<ExitTaken> {
        let root = vm.frames.len();
        // Every register is written before it is read (SSA), so a reused file needs no clearing.
        let mut regs = self.spare.take().unwrap_or_default();
        if regs.len() <= self.insts.len() {
            regs.resize(self.insts.len() + 1, Value::Null);
        }
        let result = self.interpret(vm, root, &mut regs);
        self.spare.set(Some(regs));
        result
    }

    fn size(&self) -> usize {
        self.insts.len()
    }
}

impl InterpExecutor {
    // Inlined into `run`: outlined (as LLVM chose once `run_specialized`
    // grew), trace entries cost about 1% more instructions.
    #[inline(always)]
    fn interpret(&self, vm: &mut Vm, root: usize, regs: &mut [Value]) -> PyResult<ExitTaken> {
        let mut loops = 0u64;
        let mut i = 0usize;
        let mut ops = 0u64;
        let exit = loop {
            ops += 1;
            let inst = &self.insts[i];
            let arg = |k: usize| regs[if k == 0 { inst.a } else { inst.b } as usize];
            let exit_here = inst.snapshot;
            match &inst.op {
                Op::Const(v) => regs[i] = *v,
                Op::LoadLocal(slot) => regs[i] = rt::load_local(vm, *slot),
                Op::StoreLocal(slot) => rt::store_local(vm, *slot, arg(0)),
                Op::LoadStack(index) => regs[i] = rt::load_stack(vm, *index),
                Op::GuardType(t) => {
                    if !t.matches(arg(0)) {
                        break exit_here;
                    }
                }
                Op::GuardNotNull => {
                    if arg(0).is_null() {
                        break exit_here;
                    }
                }
                Op::GuardTrue | Op::GuardFalse => {
                    if arg(0) != Value::Bool(matches!(inst.op, Op::GuardTrue)) {
                        break exit_here;
                    }
                }
                Op::IntArith(op) => match (arg(0), arg(1)) {
                    (Value::Int(x), Value::Int(y)) => match eval_int(*op, x, y) {
                        Some(r) => regs[i] = Value::Int(r),
                        None => break exit_here,
                    },
                    _ => break exit_here,
                },
                Op::FloatArith(op) => match (arg(0), arg(1)) {
                    (Value::Float(x), Value::Float(y)) => match eval_float(*op, x, y) {
                        Some(r) => regs[i] = Value::Float(r),
                        None => break exit_here,
                    },
                    _ => break exit_here,
                },
                Op::FloatNeg => match arg(0) {
                    Value::Float(x) => regs[i] = Value::Float(-x),
                    _ => break exit_here,
                },
                Op::FloatPow => match (arg(0), arg(1)) {
                    (Value::Float(x), Value::Float(y)) => match eval_float_pow(x, y) {
                        Some(r) => regs[i] = Value::Float(r),
                        None => break exit_here,
                    },
                    _ => break exit_here,
                },
                Op::IntToFloat => match arg(0) {
                    Value::Int(x) => match int_to_float(x) {
                        Some(f) => regs[i] = Value::Float(f),
                        None => break exit_here,
                    },
                    _ => break exit_here,
                },
                Op::CompareInt(c) => match (arg(0), arg(1)) {
                    (Value::Int(x), Value::Int(y)) => regs[i] = Value::Bool(c.test(x.cmp(&y))),
                    _ => return Err(rt::internal_error(vm, "cmp_int on a non-int")),
                },
                Op::CompareFloat(c) => match (arg(0), arg(1)) {
                    (Value::Float(x), Value::Float(y)) => regs[i] = Value::Bool(compare_floats(*c, x, y)),
                    _ => return Err(rt::internal_error(vm, "cmp_float on a non-float")),
                },
                Op::Is(negate) => regs[i] = Value::Bool(rt::is(arg(0), arg(1)) != *negate),
                Op::Truthy(pc) => {
                    let v = arg(0);
                    regs[i] = Value::Bool(rt::truthy(vm, v, *pc)?);
                }
                Op::GuardShape { class, shape } => {
                    if rt::instance_shape(vm, arg(0)) != Some((*class, *shape)) {
                        break exit_here;
                    }
                }
                Op::GuardClass(class) => {
                    if !rt::has_class(vm, arg(0), *class) {
                        break exit_here;
                    }
                }
                Op::GuardKind(kind) => {
                    if !rt::has_kind(vm, arg(0), *kind) {
                        break exit_here;
                    }
                }
                Op::GuardFunc { code, globals } => {
                    if !rt::function_runs(vm, arg(0), &self.ctx.codes[*code as usize], *globals) {
                        break exit_here;
                    }
                }
                Op::GuardGen { code, pc, values } => {
                    let code = alloc::rc::Rc::as_ptr(&self.ctx.codes[*code as usize]);
                    if !rt::gen_suspended_at(vm, arg(0), code, *pc, *values) {
                        break exit_here;
                    }
                }
                Op::LoadGenValue(n) => regs[i] = rt::gen_value(vm, arg(0), *n),
                Op::StoreGenValue(n) => rt::set_gen_value(vm, arg(0), *n, arg(1)),
                Op::LoadItem => match rt::load_item(vm, arg(0), arg(1)) {
                    Some(v) => regs[i] = v,
                    None => break exit_here,
                },
                Op::StoreItem => {
                    if !rt::store_item(vm, arg(0), arg(1), regs[inst.args[2].0 as usize]) {
                        break exit_here;
                    }
                }
                Op::LoadCell => match rt::load_cell(vm, arg(0)) {
                    Some(v) => regs[i] = v,
                    None => break exit_here,
                },
                Op::FuncCell(n) => match rt::func_cell(vm, arg(0), *n) {
                    Some(v) => regs[i] = v,
                    None => return Err(rt::internal_error(vm, "func_cell on a function without that cell")),
                },
                Op::StoreCell => {
                    if !rt::store_cell(vm, arg(0), arg(1)) {
                        break exit_here;
                    }
                }
                Op::Runtime(f) => {
                    let mut operands = [Value::Null; 5];
                    for (o, a) in operands.iter_mut().zip(inst.args.iter()) {
                        *o = regs[a.0 as usize];
                    }
                    match rt::runtime_call(vm, *f, &operands[..f.arity().min(5)]) {
                        Some(v) => regs[i] = v,
                        None => break exit_here,
                    }
                }
                Op::Yield { next } => {
                    if !rt::yield_value(vm, *next) {
                        break exit_here;
                    }
                }
                Op::ResumeGen { send, exit, next } => {
                    if !rt::resume_gen(vm, *send, *exit, *next)? {
                        break exit_here;
                    }
                }
                Op::CallPy { argc, next, .. } => {
                    if !rt::call_py(vm, *argc, *next)? {
                        break exit_here;
                    }
                }
                Op::CallBuiltin { func, argc, next } => regs[i] = rt::call_builtin(vm, *func, *argc, *next)?,
                Op::IterNext(kind) => match rt::iter_next(vm, arg(0), *kind) {
                    Some(v) => regs[i] = v,
                    None => break exit_here,
                },
                Op::RangeItem(reverse) => match (arg(0), arg(1), regs[inst.args[2].0 as usize]) {
                    (Value::Int(start), Value::Int(stop), Value::Int(k)) => {
                        match rt::range_item(start, stop, k, *reverse) {
                            Some(v) => regs[i] = Value::Int(v),
                            None => break exit_here,
                        }
                    }
                    _ => return Err(rt::internal_error(vm, "range_item on a non-int")),
                },
                Op::Truth => match rt::truth(vm, arg(0)) {
                    Some(b) => regs[i] = Value::Bool(b),
                    None => return Err(rt::internal_error(vm, "truth of a value needing __bool__ or __len__")),
                },
                Op::LoadSlot(n) => match rt::load_slot(vm, arg(0), *n) {
                    Some(v) => regs[i] = v,
                    None => return Err(rt::internal_error(vm, "load_slot on a non-instance")),
                },
                // Made by the exits that need it (`rt::restore`).
                Op::Virtual => {}
                Op::NewInstance(class) => match rt::new_instance(vm, *class) {
                    Some(v) => regs[i] = v,
                    None => return Err(rt::internal_error(vm, "new_instance of a non-class")),
                },
                Op::AddSlot { slot, shape } => {
                    if !rt::add_slot(vm, arg(0), *slot, *shape, arg(1)) {
                        break exit_here;
                    }
                }
                Op::StoreSlot(n) => {
                    if !rt::store_slot(vm, arg(0), *n, arg(1)) {
                        return Err(rt::internal_error(vm, "store_slot on a non-instance"));
                    }
                }
                Op::LoadGlobal { builtin, index, name, keys } => {
                    match rt::load_global(vm, *builtin, *index, *name, *keys) {
                        Some(v) => regs[i] = v,
                        None => break exit_here,
                    }
                }
                Op::Sync(keep) => rt::sync_stack(vm, *keep, inst.args.iter().map(|a| regs[a.0 as usize])),
                Op::Exec { pc, .. } => rt::exec_instruction(vm, *pc)?,
                Op::Return(pc) => {
                    if !rt::return_simple(vm) {
                        rt::exec_instruction(vm, *pc)?;
                    }
                }
                Op::Uops { op, next, args, jump_exit, jumped, .. } => match rt::run_uops(vm, *op, *next, args)? {
                    Flow::Deopt => break exit_here,
                    Flow::Jump(target) => {
                        // Tier 1's position is the loop exit whichever way the trace goes on.
                        rt::set_pc(vm, target);
                        if !*jumped {
                            break *jump_exit;
                        }
                    }
                    Flow::Continue if *jumped => break *jump_exit,
                    _ => {}
                },
                Op::GuardFrame { depth, code, pc } => {
                    if !rt::frame_is(vm, root, *depth, &self.ctx.codes[*code as usize], *pc) {
                        break exit_here;
                    }
                }
                Op::GuardSteppable => {
                    if !rt::steppable(vm) {
                        break exit_here;
                    }
                }
                Op::GuardRoom(n) => {
                    if rt::frame_room(vm) < *n as usize {
                        break exit_here;
                    }
                }
                Op::GuardLen(n) => {
                    if !rt::has_len(vm, arg(0), *n) {
                        break exit_here;
                    }
                }
                Op::CheckValid => {
                    if !self.ctx.valid.get() {
                        break exit_here;
                    }
                }
                Op::GuardGlobals(dict) => {
                    if !rt::globals_are(vm, *dict) {
                        break exit_here;
                    }
                }
                Op::Safepoint(pc) => {
                    rt::safepoint(vm, *pc)?;
                }
                Op::LoopSafepoint(pc) => {
                    if rt::safepoint_due(vm) {
                        // Objects only exits make: leave through the exit, which makes them.
                        if exit_here.is_some_and(|s| !self.snapshots[s as usize].virtuals.is_empty()) {
                            break exit_here;
                        }
                        // The frame gets the locals the trace kept as values first.
                        if let Some(s) = exit_here {
                            rt::write_locals(vm, &self.snapshots[s as usize], |v| regs[v.0 as usize]);
                        }
                        rt::safepoint_now(vm, *pc)?;
                        // It may have run code: start over from the preamble.
                        if !self.ctx.valid.get() {
                            break exit_here;
                        }
                        rt::set_pc(vm, self.head as usize);
                        loops += 1;
                        i = 0;
                        continue;
                    }
                }
                Op::LoopHeader(pc) => {
                    rt::set_pc(vm, *pc as usize);
                    loops += 1;
                }
                Op::Exit => break exit_here,
                Op::StressExit(every) => {
                    let n = self.stress_count.get() + 1;
                    if n >= *every {
                        self.stress_count.set(0);
                        break exit_here;
                    }
                    self.stress_count.set(n);
                }
                Op::Loop(pc) => {
                    for &(p, s) in self.carried.iter() {
                        regs[p as usize] = regs[s as usize];
                    }
                    rt::set_pc(vm, *pc as usize);
                    loops += 1;
                    i = self.body;
                    continue;
                }
            }
            i += 1;
        };
        let Some(exit) = exit else { return Err(rt::internal_error(vm, "a trace guard without a snapshot")) };
        rt::restore(vm, &self.snapshots[exit as usize], &self.ctx.codes, |v| regs[v.0 as usize]);
        Ok(ExitTaken { trace: self.ctx.id, exit, loops, ops })
    }
}
