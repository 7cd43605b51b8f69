//! Machine code emission. Input: optimized trace IR and its [`Plan`].
//! Output: position-independent x86-64 code (every reference outside the
//! trace is an absolute 64-bit address), with the offsets of its entry
//! points and of each IR instruction's code.
//!
//! Frame (System V): the entry pushes `rbp` and the callee-saved registers
//! and keeps `rbp` as the frame pointer; each trace then sets `rsp` for its
//! own spill slots below them. So a trace can jump into another trace's
//! linked entry (a native link), which only resets `rsp`, and whichever
//! trace returns pops what the first one pushed.
//!
//! Registers: `r15` the `NativeState`, `r14` the top frame's locals
//! (reloaded after every entry-point call), `rax`/`rcx`/`xmm14`/`xmm15`
//! scratch, the rest allocated by the plan.
//!
//! Exits: each guard jumps to a stub of its own that writes the snapshot's
//! values back to the value stack (boxing them again), sets the stack
//! length and the frame's position (the same state `backend::restore`
//! produces for backend-interp), records the exit, and jumps through the
//! exit's word in the trace's data: to the return path, or into a linked
//! trace. Linking therefore writes one data word and never touches code.

use alloc::vec::Vec;

use iced_x86::code_asm::*;
use iced_x86::BlockEncoderOptions;

use vm_core::bytecode::opcode::CompareOp;
use vm_core::jit::backend::native::{
    self as nat, ExitFrames, ExitVirtuals, GlobalLoad, UopsCall, RAISED, UOPS_DEOPT, UOPS_LEFT_LOOP,
};
use vm_core::jit::backend::TraceContext;
use vm_core::jit::ir::{FloatOp, IntOp, IterKind, Op, TraceIr, Ty};
use vm_core::runtime::layout as lay;
use vm_core::runtime::value::Value;

use crate::plan::{const_words, tag_word, Loc, Plan, Repr, Source, VReg};

/// The allocator's general-purpose registers, in `plan::GPR_COUNT` order.
const GPR64: [AsmRegister64; 10] = [rdx, rsi, rdi, r8, r9, r10, r11, rbx, r12, r13];
const GPR32: [AsmRegister32; 10] = [edx, esi, edi, r8d, r9d, r10d, r11d, ebx, r12d, r13d];
const GPR8: [AsmRegister8; 10] = [dl, sil, dil, r8b, r9b, r10b, r11b, bl, r12b, r13b];
const XMM: [AsmRegisterXmm; 16] =
    [xmm0, xmm1, xmm2, xmm3, xmm4, xmm5, xmm6, xmm7, xmm8, xmm9, xmm10, xmm11, xmm12, xmm13, xmm14, xmm15];
/// The caller-saved ones among them (the first `plan::FIRST_CALLEE_SAVED`).
const CALLER_SAVED: usize = crate::plan::FIRST_CALLEE_SAVED as usize;

// `load_item` reads lists and tuples alike.
const _: () = assert!(lay::LIST_ITEMS == lay::TUPLE_ITEMS && lay::LIST_LEN == lay::TUPLE_LEN);

/// Bytes the prologue pushes below `rbp`: rbx, r12, r13, r14, r15.
const SAVED: i32 = 40;

/// The trace's data words machine code reads and writes (a separate,
/// never-executable allocation at a fixed address).
#[derive(Debug)]
pub struct TraceData {
    /// Per exit (snapshot): where it continues (the trace's return path, or
    /// a linked trace's entry).
    pub targets: alloc::boxed::Box<[core::cell::Cell<u64>]>,
    /// Per exit: times taken.
    pub taken: alloc::boxed::Box<[core::cell::Cell<u64>]>,
    /// Times around the loop.
    pub loops: core::cell::Cell<u64>,
    /// `stress_exit`s run since one last left the trace.
    pub stress_count: core::cell::Cell<u32>,
    /// Operands of the `uops` instructions, in trace order.
    pub uops: alloc::boxed::Box<[UopsCall]>,
    /// Operands of the `load_global` instructions, in trace order.
    pub globals: alloc::boxed::Box<[GlobalLoad]>,
    /// Per exit: the frames it pushes for calls the trace ran inline, if any.
    pub frames: alloc::boxed::Box<[Option<ExitFrames>]>,
    /// Per exit: the objects it makes because the trace did not, if any.
    pub virtuals: alloc::boxed::Box<[Option<ExitVirtuals>]>,
}

impl TraceData {
    /// Data for `ir` (running the codes in `ctx`), every exit pointing nowhere yet.
    pub fn new(ir: &TraceIr, ctx: &TraceContext) -> TraceData {
        let n = ir.snapshots.len();
        let cells = || (0..n).map(|_| core::cell::Cell::new(0)).collect();
        let uops = ir
            .insts
            .iter()
            .filter_map(|i| match &i.op {
                Op::Uops { op, next, args, jumped, .. } => {
                    Some(UopsCall { op: *op, next: *next, args: *args, jumped: *jumped })
                }
                _ => None,
            })
            .collect();
        let globals = ir
            .insts
            .iter()
            .filter_map(|i| match &i.op {
                Op::LoadGlobal { builtin, index, name, keys } => Some(GlobalLoad::new(*builtin, *index, *name, *keys)),
                _ => None,
            })
            .collect();
        let frames = ir
            .snapshots
            .iter()
            .map(|s| {
                (!s.frames.is_empty()).then(|| ExitFrames { frames: s.frames.clone().into(), codes: ctx.codes.clone() })
            })
            .collect();
        let virtuals = ir.snapshots.iter().map(ExitVirtuals::of).collect();
        TraceData {
            virtuals,
            targets: cells(),
            taken: cells(),
            loops: core::cell::Cell::new(0),
            stress_count: core::cell::Cell::new(0),
            uops,
            globals,
            frames,
        }
    }
}

/// Assembled code and where things are in it.
pub struct Assembled {
    /// The code (position-independent).
    pub bytes: Vec<u8>,
    /// Offset of the entry from Rust (`extern "sysv64" fn(&mut NativeState) -> u64`).
    pub entry: usize,
    /// Offset where other traces' exits jump in.
    pub link_entry: usize,
    /// Offset of the path unlinked exits take back to the executor.
    pub exit_return: usize,
    /// Value-stack room above a frame's base the code writes into.
    pub slack: usize,
    /// Machine instructions.
    pub instructions: usize,
    /// `(offset, what)` marks for listings: an IR instruction index, or
    /// `u32::MAX - k` for the out-of-line parts.
    pub marks: Vec<(usize, Mark)>,
}

/// What a piece of the listing came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// The prologue and entries.
    Entry,
    /// IR instruction `n`.
    Inst(u32),
    /// The exit stub of IR instruction `inst` for snapshot `snapshot`.
    Stub {
        /// The guard.
        inst: u32,
        /// Its snapshot.
        snapshot: u32,
    },
    /// The slow path of the safepoint at IR instruction `n`.
    Slow(u32),
    /// The return paths.
    Return,
}

/// A pending exit stub.
struct Stub {
    label: CodeLabel,
    inst: usize,
    snapshot: u32,
    /// The snapshot values' representations where the exit is taken.
    reprs: Vec<Repr>,
    /// The locals it writes (none when written before, as a loop
    /// safepoint's slow path does).
    locals: Vec<(u32, Repr)>,
    /// The fields of the objects it makes (`Snapshot::virtual_fields`).
    fields: Vec<Repr>,
    /// The value of a fused comparison in this exit (the guard failed, so
    /// the comparison came out the other way).
    flags_value: bool,
}

/// Where a loop-carried word is, for the back edge's moves.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    /// A virtual register's location.
    At(Loc),
    /// `rax`, holding a word a cycle of moves needs later.
    Scratch,
}

/// A pending slow path: an entry-point call out of line, with the
/// caller-saved registers live across it saved around it.
struct Slow {
    label: CodeLabel,
    back: CodeLabel,
    inst: usize,
    kind: SlowKind,
}

/// What a slow path does.
enum SlowKind {
    /// A safepoint's full check at `pc`.
    Safepoint(u32),
    /// A loop safepoint's full check at `pc`, then the trace from its start.
    LoopSafepoint(u32),
    /// A global load whose inline cache missed (the site's operands at `site`).
    Global(u64),
}

/// What a fused comparison left in the flags.
#[derive(Clone, Copy)]
enum Cond {
    /// `cmp a, b` of ints: "a op b".
    Int(CompareOp),
    /// `ucomisd` arranged so that `Lt`/`Gt` read as "above" and `Le`/`Ge` as
    /// "above or equal" (false when unordered); `Eq`/`Ne` need the parity flag.
    Float(CompareOp),
}

type R = Result<(), IcedError>;

struct Emit<'a> {
    a: CodeAssembler,
    ir: &'a TraceIr,
    plan: &'a Plan,
    ctx: &'a TraceContext,
    data: &'a TraceData,
    stubs: Vec<Stub>,
    slow: Vec<Slow>,
    loop_head: CodeLabel,
    /// Where a peeled loop's body starts (its `loop_header`).
    body_head: Option<CodeLabel>,
    error: CodeLabel,
    internal: CodeLabel,
    exit_return: CodeLabel,
    cond: Option<Cond>,
    uops_seen: usize,
    globals_seen: usize,
    slack: usize,
    marks: Vec<(usize, Mark)>,
    frame: i32,
}

/// Compiles `ir` with `plan` into code.
pub fn assemble(ir: &TraceIr, plan: &Plan, ctx: &TraceContext, data: &TraceData) -> Result<Assembled, IcedError> {
    let mut a = CodeAssembler::new(64)?;
    let loop_head = a.create_label();
    let error = a.create_label();
    let internal = a.create_label();
    let exit_return = a.create_label();
    // Spill slots below the saved registers, keeping rsp 16-byte aligned
    // (rbp is aligned: the caller's rsp was, then the return address and rbp).
    let frame = (plan.slots as i32 * 8 + SAVED + 15) / 16 * 16 - SAVED;
    let mut e = Emit {
        a,
        ir,
        plan,
        ctx,
        data,
        stubs: Vec::new(),
        slow: Vec::new(),
        loop_head,
        body_head: None,
        error,
        internal,
        exit_return,
        cond: None,
        uops_seen: 0,
        globals_seen: 0,
        slack: 0,
        marks: Vec::new(),
        frame,
    };
    let mut entry = e.a.create_label();
    let mut link_entry = e.a.create_label();
    e.mark(Mark::Entry);
    e.a.set_label(&mut entry)?;
    e.a.push(rbp)?;
    e.a.mov(rbp, rsp)?;
    for r in [rbx, r12, r13, r14, r15] {
        e.a.push(r)?;
    }
    e.a.mov(r15, rdi)?;
    e.a.set_label(&mut link_entry)?;
    if e.ir.insts.iter().any(|i| matches!(i.op, Op::GuardGlobals(_))) {
        // Its validity cell is cleared by the dicts whose entries it took
        // as constants, before the driver unlinks it: a linked exit into it
        // then returns to the driver as the exit it was (which declines
        // the link, as it does for backend-interp). Tier 1 never enters
        // an invalid trace.
        e.a.mov(rax, alloc::rc::Rc::as_ptr(&e.ctx.valid) as u64)?;
        e.a.cmp(byte_ptr(rax), 0)?;
        e.a.je(e.exit_return)?;
    }
    e.a.lea(rsp, qword_ptr(rbp - (SAVED + e.frame)))?;
    // The frame this trace starts in is its root (also when entered by a link).
    e.a.mov(rax, qword_ptr(r15 + nat::STATE_DEPTH))?;
    e.a.mov(qword_ptr(r15 + nat::STATE_ROOT), rax)?;
    e.a.mov(r14, qword_ptr(r15 + nat::STATE_LOCALS))?;
    let mut head = e.loop_head;
    e.a.set_label(&mut head)?;
    for i in 0..ir.insts.len() {
        e.mark(Mark::Inst(i as u32));
        e.inst(i)?;
    }
    e.out_of_line()?;
    let result = e.a.assemble_options(0, BlockEncoderOptions::RETURN_NEW_INSTRUCTION_OFFSETS)?;
    let offsets = &result.inner.new_instruction_offsets;
    let marks = e.marks.iter().filter_map(|&(k, m)| offsets.get(k).map(|&o| (o as usize, m))).collect();
    Ok(Assembled {
        entry: result.label_ip(&entry)? as usize,
        link_entry: result.label_ip(&link_entry)? as usize,
        exit_return: result.label_ip(&e.exit_return)? as usize,
        slack: e.slack + 16,
        instructions: offsets.len(),
        marks,
        bytes: result.inner.code_buffer,
    })
}

/// `v` as a sign-extended 32-bit immediate, if it fits.
fn imm32(v: u64) -> Option<i32> {
    let s = v as i64;
    (s == s as i32 as i64).then_some(s as i32)
}

fn is_float(r: Repr) -> bool {
    matches!(r, Repr::Typed { ty: Ty::Float, .. } | Repr::Const(Value::Float(_)))
}

impl Emit<'_> {
    fn mark(&mut self, m: Mark) {
        self.marks.push((self.a.instructions().len(), m));
    }

    fn loc(&self, v: VReg) -> Loc {
        self.plan.vregs[v as usize].loc
    }

    fn slot(&self, k: u32) -> AsmMemoryOperand {
        qword_ptr(rbp - (SAVED + 8 * (k as i32 + 1)))
    }

    fn nlocals(&self, code: u32) -> usize {
        self.ctx.codes.get(code as usize).map(|c| c.nlocals()).unwrap_or(0)
    }

    /// Moves an immediate into a 64-bit register (the short forms when they fit).
    fn mov_imm(&mut self, dst: AsmRegister64, v: u64) -> R {
        if v == 0 {
            let d32 = reg32_of(dst);
            self.a.xor(d32, d32)
        } else if v <= u32::MAX as u64 {
            self.a.mov(reg32_of(dst), v as u32)
        } else if let Some(s) = imm32(v) {
            self.a.mov(dst, s as i64)
        } else {
            self.a.mov(dst, v)
        }
    }

    /// Copies virtual register `v` (a general-purpose one) into `dst`.
    fn gpr_into(&mut self, dst: AsmRegister64, v: VReg) -> R {
        match self.loc(v) {
            Loc::Gpr(n) if GPR64[n as usize] == dst => Ok(()),
            Loc::Gpr(n) => self.a.mov(dst, GPR64[n as usize]),
            Loc::Slot(k) => self.a.mov(dst, self.slot(k)),
            Loc::Xmm(n) => self.a.movq(dst, XMM[n as usize]),
            Loc::None => self.a.xor(reg32_of(dst), reg32_of(dst)),
        }
    }

    /// Writes `src` into virtual register `v`.
    fn gpr_define(&mut self, v: VReg, src: AsmRegister64) -> R {
        match self.loc(v) {
            Loc::Gpr(n) if GPR64[n as usize] == src => Ok(()),
            Loc::Gpr(n) => self.a.mov(GPR64[n as usize], src),
            Loc::Slot(k) => self.a.mov(self.slot(k), src),
            Loc::Xmm(n) => self.a.movq(XMM[n as usize], src),
            Loc::None => Ok(()),
        }
    }

    /// Virtual register `v` as a register: its own, or `scratch` loaded from its slot.
    fn gpr_reg(&mut self, v: VReg, scratch: AsmRegister64) -> Result<AsmRegister64, IcedError> {
        match self.loc(v) {
            Loc::Gpr(n) => Ok(GPR64[n as usize]),
            _ => {
                self.gpr_into(scratch, v)?;
                Ok(scratch)
            }
        }
    }

    /// The payload word of `r` into `dst`.
    fn payload_into(&mut self, dst: AsmRegister64, r: Repr) -> R {
        match r {
            Repr::Const(v) => self.mov_imm(dst, const_words(v).1.unwrap_or(0)),
            Repr::Boxed { payload, .. } | Repr::Typed { payload: Some(payload), .. } => self.gpr_into(dst, payload),
            Repr::Typed { payload: None, .. } | Repr::Flags => self.mov_imm(dst, 0),
        }
    }

    /// A float operand in an XMM register: its own, or `scratch` loaded.
    fn xmm_reg(&mut self, r: Repr, scratch: AsmRegisterXmm) -> Result<AsmRegisterXmm, IcedError> {
        match r {
            Repr::Typed { payload: Some(p), .. } => match self.loc(p) {
                Loc::Xmm(n) => Ok(XMM[n as usize]),
                Loc::Slot(k) => {
                    self.a.movsd_2(scratch, self.slot(k))?;
                    Ok(scratch)
                }
                _ => {
                    self.gpr_into(rax, p)?;
                    self.a.movq(scratch, rax)?;
                    Ok(scratch)
                }
            },
            other => {
                self.payload_into(rax, other)?;
                self.a.movq(scratch, rax)?;
                Ok(scratch)
            }
        }
    }

    /// Writes `xmm` into the float virtual register `v`.
    fn xmm_define(&mut self, v: VReg, src: AsmRegisterXmm) -> R {
        match self.loc(v) {
            Loc::Xmm(n) if XMM[n as usize] == src => Ok(()),
            Loc::Xmm(n) => self.a.movapd(XMM[n as usize], src),
            Loc::Slot(k) => self.a.movsd_2(self.slot(k), src),
            Loc::Gpr(n) => self.a.movq(GPR64[n as usize], src),
            Loc::None => Ok(()),
        }
    }

    /// Writes `r` as a `Value` (tag and payload words) at `base + disp`.
    /// Uses `rcx` as scratch, so `base` must not be `rcx`.
    fn store_boxed(&mut self, base: AsmRegister64, disp: i32, r: Repr, flags_value: bool) -> R {
        let tag = qword_ptr(base + disp);
        let pay = qword_ptr(base + (disp + 8));
        match r {
            Repr::Const(v) => self.store_const(base, disp, v),
            Repr::Flags => self.store_const(base, disp, Value::Bool(flags_value)),
            Repr::Boxed { tag: t, payload } => {
                let tr = self.gpr_reg(t, rcx)?;
                self.a.mov(tag, tr)?;
                let pr = self.gpr_reg(payload, rcx)?;
                self.a.mov(pay, pr)
            }
            Repr::Typed { ty, payload } => {
                self.a.mov(tag, tag_word(ty) as i32)?;
                let Some(p) = payload else { return Ok(()) };
                match self.loc(p) {
                    Loc::Xmm(n) => self.a.movsd_2(pay, XMM[n as usize]),
                    _ => {
                        let pr = self.gpr_reg(p, rcx)?;
                        self.a.mov(pay, pr)
                    }
                }
            }
        }
    }

    fn store_const(&mut self, base: AsmRegister64, disp: i32, v: Value) -> R {
        let (tag, payload) = const_words(v);
        self.a.mov(qword_ptr(base + disp), tag as i32)?;
        match payload {
            None => Ok(()),
            Some(p) => match imm32(p) {
                Some(s) => self.a.mov(qword_ptr(base + (disp + 8)), s),
                None => {
                    self.a.mov(rcx, p)?;
                    self.a.mov(qword_ptr(base + (disp + 8)), rcx)
                }
            },
        }
    }

    /// Loads a `Value` at `base + disp` into a boxed representation's registers.
    fn load_boxed(&mut self, base: AsmRegister64, disp: i32, r: Option<Repr>) -> R {
        let Some(Repr::Boxed { tag, payload }) = r else { return Ok(()) };
        for (v, d) in [(tag, disp), (payload, disp + 8)] {
            match self.loc(v) {
                Loc::Gpr(n) => self.a.mov(GPR64[n as usize], qword_ptr(base + d))?,
                Loc::None => {}
                _ => {
                    self.a.mov(rax, qword_ptr(base + d))?;
                    self.gpr_define(v, rax)?;
                }
            }
        }
        Ok(())
    }

    /// An exit stub for instruction `i` through `snapshot`, taken with the
    /// snapshot values as `reprs` (the plan's, or none for "as is" exits).
    fn exit_to(&mut self, i: usize, snapshot: u32, flags_value: bool) -> CodeLabel {
        let label = self.a.create_label();
        let reprs = self.plan.snap[i].clone();
        let locals = self.plan.snap_locals[i].clone();
        let fields = self.plan.snap_fields[i].clone();
        self.stubs.push(Stub { label, inst: i, snapshot, reprs, locals, fields, flags_value });
        label
    }

    /// True if instruction `i`'s snapshot describes objects the trace did not make.
    fn holds_virtuals(&self, i: usize) -> bool {
        self.ir.insts[i].snapshot.is_some_and(|k| !self.ir.snapshots[k as usize].virtuals.is_empty())
    }

    /// The exit stub of instruction `i` through its own snapshot.
    fn exit(&mut self, i: usize) -> CodeLabel {
        let s = self.ir.insts[i].snapshot.unwrap_or(0);
        self.exit_to(i, s, false)
    }

    /// Calls an entry point with the state and one immediate argument;
    /// reloads the locals pointer after.
    fn call(&mut self, f: usize, arg: Option<u64>) -> R {
        self.a.mov(rdi, r15)?;
        if let Some(x) = arg {
            self.mov_imm(rsi, x)?;
        }
        self.a.mov(rax, f as u64)?;
        self.a.call(rax)?;
        self.a.mov(r14, qword_ptr(r15 + nat::STATE_LOCALS))
    }

    /// Goes to the error path if the entry point raised.
    fn check_raised(&mut self) -> R {
        self.a.cmp(rax, RAISED as i64 as i32)?;
        self.a.je(self.error)
    }

    fn note_stack(&mut self, code: u32, entries: usize) {
        self.slack = self.slack.max(self.nlocals(code) + entries);
    }

    /// Sets the value stack's length to the top frame's operand base plus `entries`.
    fn set_stack_len(&mut self, code: u32, entries: usize) -> R {
        self.note_stack(code, entries);
        self.a.mov(rax, qword_ptr(r15 + nat::STATE_BASE))?;
        self.a.add(rax, (self.nlocals(code) + entries) as i32)?;
        self.a.mov(rcx, qword_ptr(r15 + nat::STATE_VM))?;
        self.a.mov(qword_ptr(rcx + lay::VM_STACK_LEN as i32), rax)
    }

    fn operand_disp(&self, code: u32, index: usize) -> i32 {
        ((self.nlocals(code) + index) * 16) as i32
    }

    /// The address of heap object `payload` (an object index) into `dst`.
    fn object_address(&mut self, dst: AsmRegister64, obj: Repr) -> R {
        let d32 = reg32_of(dst);
        match obj {
            Repr::Const(Value::Obj(r)) => self.a.mov(d32, r.0)?,
            Repr::Typed { payload: Some(p), .. } | Repr::Boxed { payload: p, .. } => match self.loc(p) {
                Loc::Gpr(n) => self.a.mov(d32, GPR32[n as usize])?,
                Loc::Slot(k) => self.a.mov(d32, dword_ptr(rbp - (SAVED + 8 * (k as i32 + 1))))?,
                _ => self.a.xor(d32, d32)?,
            },
            _ => self.a.xor(d32, d32)?,
        }
        let size = lay::OBJ_SIZE as u32;
        if size.is_power_of_two() {
            self.a.shl(dst, size.trailing_zeros())?;
        } else {
            self.a.imul_3(dst, dst, size as i32)?;
        }
        self.a.add(dst, qword_ptr(r15 + nat::STATE_HEAP))
    }

    /// Puts the address of the heap object `v` in `dst`, going to `exit`
    /// unless `v` is an object whose kind byte is `kind`. False (after an
    /// unconditional jump to `exit`) when `v` can never be an object.
    fn object_of_kind(&mut self, dst: AsmRegister64, v: Repr, kind: u8, exit: CodeLabel) -> Result<bool, IcedError> {
        match v {
            Repr::Boxed { tag, .. } => {
                self.cmp_tag(tag, lay::TAG_OBJ)?;
                self.a.jne(exit)?;
            }
            Repr::Typed { ty: Ty::Obj, .. } | Repr::Const(Value::Obj(_)) => {}
            _ => {
                self.a.jmp(exit)?;
                return Ok(false);
            }
        }
        self.object_address(dst, v)?;
        self.a.cmp(byte_ptr(dst + lay::OBJ_KIND as i32), kind as i32)?;
        self.a.jne(exit)?;
        Ok(true)
    }

    /// Steps a range, list or tuple iterator inline; exits (before the
    /// `FOR_ITER`) for another object or an exhausted iterator.
    fn iter_next(&mut self, i: usize, kind: IterKind, it: Repr, result: Option<Repr>) -> R {
        let l = self.exit(i);
        if !kind.steps_inline() {
            self.store_boxed(r15, nat::STATE_ARGS, it, false)?;
            self.call(nat::jit_iter_next as *const () as usize, Some(kind as u64))?;
            self.a.test(eax, eax)?;
            self.a.je(l)?;
            return self.define_from_args(result);
        }
        if !self.object_of_kind(rcx, it, lay::KIND_ITER, l)? {
            return Ok(());
        }
        if kind == IterKind::Range {
            self.a.cmp(byte_ptr(rcx + lay::ITER_STATE as i32), lay::ITER_RANGE as i32)?;
            self.a.jne(l)?;
            self.a.mov(rax, qword_ptr(rcx + lay::RANGE_ITER_REMAINING as i32))?;
            self.a.test(rax, rax)?;
            self.a.je(l)?;
            self.a.sub(rax, 1)?;
            self.a.mov(qword_ptr(rcx + lay::RANGE_ITER_REMAINING as i32), rax)?;
            self.a.mov(rax, qword_ptr(rcx + lay::RANGE_ITER_NEXT as i32))?;
            if let Some(Repr::Typed { payload: Some(p), .. }) = result {
                self.gpr_define(p, rax)?;
            }
            // (Wrapping, as tier 1: past the last value it is never read.)
            self.a.add(rax, qword_ptr(rcx + lay::RANGE_ITER_STEP as i32))?;
            return self.a.mov(qword_ptr(rcx + lay::RANGE_ITER_NEXT as i32), rax);
        }
        self.a.cmp(byte_ptr(rcx + lay::ITER_STATE as i32), lay::ITER_SEQ as i32)?;
        self.a.jne(l)?;
        // The sequence must be of the kind recorded (lists and tuples share a layout).
        self.a.mov(eax, dword_ptr(rcx + lay::SEQ_ITER_SEQ as i32))?;
        let size = lay::OBJ_SIZE as i32;
        self.a.imul_3(rax, rax, size)?;
        self.a.add(rax, qword_ptr(r15 + nat::STATE_HEAP))?;
        let want = if kind == IterKind::List { lay::KIND_LIST } else { lay::KIND_TUPLE };
        self.a.cmp(byte_ptr(rax + lay::OBJ_KIND as i32), want as i32)?;
        self.a.jne(l)?;
        // Iterator in xmm15 while rcx holds the index.
        self.a.movq(xmm15, rcx)?;
        self.a.mov(rcx, qword_ptr(rcx + lay::SEQ_ITER_INDEX as i32))?;
        self.a.cmp(rcx, qword_ptr(rax + lay::LIST_LEN as i32))?;
        self.a.jae(l)?;
        self.a.shl(rcx, 4)?;
        self.a.add(rcx, qword_ptr(rax + lay::LIST_ITEMS as i32))?;
        self.load_boxed(rcx, 0, result)?;
        self.a.movq(rax, xmm15)?;
        self.a.inc(qword_ptr(rax + lay::SEQ_ITER_INDEX as i32))
    }

    /// The item index of a small int `index` into `dst` for the sequence at
    /// `obj` (negative counts from the end), exiting to `out` when out of range.
    fn item_index(&mut self, dst: AsmRegister64, obj: AsmRegister64, index: Repr, out: CodeLabel) -> R {
        let mut positive = self.a.create_label();
        self.payload_into(dst, index)?;
        self.a.test(dst, dst)?;
        self.a.jns(positive)?;
        self.a.add(dst, qword_ptr(obj + lay::LIST_LEN as i32))?;
        self.a.set_label(&mut positive)?;
        // Unsigned: still negative means out of range too.
        self.a.cmp(dst, qword_ptr(obj + lay::LIST_LEN as i32))?;
        self.a.jae(out)
    }

    /// Zero-extends a bool's or an object index's payload after its type was established.
    fn normalize(&mut self, ty: Ty, p: VReg) -> R {
        match (ty, self.loc(p)) {
            (Ty::Bool, Loc::Gpr(n)) => self.a.movzx(GPR32[n as usize], GPR8[n as usize]),
            (Ty::Obj, Loc::Gpr(n)) => self.a.mov(GPR32[n as usize], GPR32[n as usize]),
            (Ty::Bool, Loc::Slot(k)) => {
                self.a.movzx(eax, byte_ptr(rbp - (SAVED + 8 * (k as i32 + 1))))?;
                self.a.mov(self.slot(k), rax)
            }
            (Ty::Obj, Loc::Slot(k)) => {
                self.a.mov(eax, dword_ptr(rbp - (SAVED + 8 * (k as i32 + 1))))?;
                self.a.mov(self.slot(k), rax)
            }
            _ => Ok(()),
        }
    }

    /// After a guard established `ty` for a boxed value: the unboxing the plan chose.
    fn unbox(&mut self, before: Repr, after: Option<Repr>, ty: Ty) -> R {
        let (Repr::Boxed { payload, .. }, Some(Repr::Typed { payload: Some(to), .. })) = (before, after) else {
            return Ok(());
        };
        if ty == Ty::Float {
            self.gpr_into(rax, payload)?;
            self.a.movq(xmm15, rax)?;
            self.xmm_define(to, xmm15)
        } else {
            self.normalize(ty, to)
        }
    }

    /// `cmp` of a boxed value's tag against `tag`.
    fn cmp_tag(&mut self, t: VReg, tag: u64) -> R {
        match self.loc(t) {
            Loc::Gpr(n) => self.a.cmp(GPR64[n as usize], tag as i32),
            Loc::Slot(k) => self.a.cmp(self.slot(k), tag as i32),
            _ => self.a.cmp(rsp, rsp),
        }
    }

    fn inst(&mut self, i: usize) -> R {
        let inst = &self.ir.insts[i];
        let args = self.plan.args[i].clone();
        let result = self.plan.result[i];
        let code = self.plan.code[i];
        match &inst.op {
            Op::Const(_) => {}
            Op::LoadLocal(slot) => self.load_boxed(r14, *slot as i32 * 16, result)?,
            Op::LoadStack(index) => {
                self.note_stack(code, *index as usize + 1);
                let d = self.operand_disp(code, *index as usize);
                self.load_boxed(r14, d, result)?
            }
            Op::StoreLocal(slot) => self.store_boxed(r14, *slot as i32 * 16, args[0], false)?,
            Op::GuardType(ty) => self.guard_type(i, args[0], *ty, result)?,
            Op::GuardNotNull => match args[0] {
                Repr::Boxed { tag, .. } => {
                    self.cmp_tag(tag, lay::TAG_NULL)?;
                    let l = self.exit(i);
                    self.a.je(l)?;
                }
                Repr::Const(Value::Null) => {
                    let l = self.exit(i);
                    self.a.jmp(l)?;
                }
                _ => {}
            },
            Op::GuardTrue | Op::GuardFalse => self.guard_bool(i, args[0], matches!(inst.op, Op::GuardTrue))?,
            Op::IntArith(op) => self.int_arith(i, *op, args[0], args[1], result)?,
            Op::FloatArith(op) => self.float_arith(i, *op, args[0], args[1], result)?,
            Op::FloatNeg => {
                // The sign bit flipped (NaNs included, as Python's `-x`).
                self.payload_into(rax, args[0])?;
                self.a.btc(rax, 63)?;
                if let Some(Repr::Typed { payload: Some(p), .. }) = result {
                    self.a.movq(xmm15, rax)?;
                    self.xmm_define(p, xmm15)?;
                }
            }
            Op::IntToFloat => self.int_to_float(i, args[0], result)?,
            Op::FloatPow => {
                self.store_boxed(r15, nat::STATE_ARGS, args[0], false)?;
                self.store_boxed(r15, nat::STATE_ARGS + 16, args[1], false)?;
                self.call(nat::jit_float_pow as *const () as usize, None)?;
                self.a.test(eax, eax)?;
                let l = self.exit(i);
                self.a.je(l)?;
                if let Some(Repr::Typed { payload: Some(p), .. }) = result {
                    self.a.movsd_2(xmm15, qword_ptr(r15 + (nat::STATE_ARGS + 8)))?;
                    self.xmm_define(p, xmm15)?;
                }
            }
            Op::CompareInt(c) => self.compare_int(i, *c, args[0], args[1], result)?,
            Op::CompareFloat(c) => self.compare_float(i, *c, args[0], args[1], result)?,
            Op::Is(negate) => self.is(*negate, args[0], args[1], result, self.plan.calls[i])?,
            Op::Truthy(pc) => {
                self.store_boxed(r15, nat::STATE_ARGS, args[0], false)?;
                self.call(nat::jit_truthy as *const () as usize, Some(*pc as u64))?;
                self.check_raised()?;
                self.define_from_rax(result)?;
            }
            Op::Truth => {
                self.store_boxed(r15, nat::STATE_ARGS, args[0], false)?;
                self.call(nat::jit_truth as *const () as usize, None)?;
                self.check_raised()?;
                self.define_from_rax(result)?;
            }
            Op::GuardShape { class, shape } => {
                let l = self.exit(i);
                if !self.object_of_kind(rcx, args[0], lay::KIND_INSTANCE, l)? {
                    return Ok(());
                }
                self.a.cmp(dword_ptr(rcx + lay::INSTANCE_CLASS as i32), *class as i32)?;
                self.a.jne(l)?;
                self.a.cmp(dword_ptr(rcx + lay::INSTANCE_SHAPE as i32), *shape as i32)?;
                self.a.jne(l)?;
                self.unbox(args[0], result, Ty::Obj)?;
            }
            Op::GuardKind(kind) => {
                let l = self.exit(i);
                if !self.object_of_kind(rcx, args[0], kind.obj_kind() as u8, l)? {
                    return Ok(());
                }
                self.unbox(args[0], result, Ty::Obj)?;
            }
            Op::GuardFunc { code, globals } => {
                let l = self.exit(i);
                if !self.object_of_kind(rcx, args[0], lay::KIND_FUNCTION, l)? {
                    return Ok(());
                }
                let word = self.ctx.codes.get(*code as usize).map(lay::code_word).unwrap_or(0);
                self.a.mov(rax, word)?;
                self.a.cmp(qword_ptr(rcx + lay::FUNCTION_CODE as i32), rax)?;
                self.a.jne(l)?;
                if *globals {
                    self.a.mov(rax, qword_ptr(r15 + nat::STATE_FRAME))?;
                    self.a.mov(eax, dword_ptr(rax + nat::FRAME_GLOBALS))?;
                    self.a.cmp(eax, dword_ptr(rcx + lay::FUNCTION_GLOBALS as i32))?;
                    self.a.jne(l)?;
                }
                self.unbox(args[0], result, Ty::Obj)?;
            }
            Op::LoadItem => {
                // The kind was guarded; list and tuple items have the same layout.
                let l = self.exit(i);
                self.object_address(rcx, args[0])?;
                self.item_index(rax, rcx, args[1], l)?;
                self.a.mov(rcx, qword_ptr(rcx + lay::LIST_ITEMS as i32))?;
                self.a.shl(rax, 4)?;
                self.a.add(rcx, rax)?;
                self.load_boxed(rcx, 0, result)?;
            }
            Op::StoreItem => {
                let l = self.exit(i);
                self.object_address(rax, args[0])?;
                self.item_index(rcx, rax, args[1], l)?;
                self.a.mov(rax, qword_ptr(rax + lay::LIST_ITEMS as i32))?;
                self.a.shl(rcx, 4)?;
                self.a.add(rax, rcx)?;
                self.store_boxed(rax, 0, args[2], false)?;
            }
            Op::IterNext(kind) => self.iter_next(i, *kind, args[0], result)?,
            Op::RangeItem(reverse) => self.range_item(i, *reverse, &args, result)?,
            Op::Runtime(f) => {
                for (k, a) in args.iter().enumerate() {
                    self.store_boxed(r15, nat::STATE_ARGS + 16 * k as i32, *a, false)?;
                }
                self.call(nat::runtime_entry(*f) as *const () as usize, None)?;
                self.a.test(eax, eax)?;
                let l = self.exit(i);
                self.a.je(l)?;
                self.define_from_args(result)?;
            }
            Op::GuardGen { code, pc, values } => {
                let l = self.exit(i);
                if !self.object_of_kind(rcx, args[0], lay::KIND_GENERATOR, l)? {
                    return Ok(());
                }
                self.a.cmp(byte_ptr(rcx + lay::GENERATOR_STATE as i32), lay::GEN_SUSPENDED as i32)?;
                self.a.jne(l)?;
                self.a.cmp(dword_ptr(rcx + lay::GENERATOR_PC as i32), *pc as i32)?;
                self.a.jne(l)?;
                self.a.cmp(qword_ptr(rcx + lay::GENERATOR_VALUES_LEN as i32), *values as i32)?;
                self.a.jne(l)?;
                let word = self.ctx.codes.get(*code as usize).map(lay::code_word).unwrap_or(0);
                self.a.mov(rax, word)?;
                self.a.cmp(qword_ptr(rcx + lay::GENERATOR_CODE as i32), rax)?;
                self.a.jne(l)?;
                // (A generator: an object from here on.)
                self.unbox(args[0], result, Ty::Obj)?;
            }
            Op::LoadGenValue(n) => {
                // (After `guard_gen`, which checked how many values there are.)
                self.object_address(rcx, args[0])?;
                self.a.cmp(qword_ptr(rcx + lay::GENERATOR_VALUES_LEN as i32), *n as i32)?;
                self.a.jbe(self.internal)?;
                self.a.mov(rcx, qword_ptr(rcx + lay::GENERATOR_VALUES as i32))?;
                self.load_boxed(rcx, *n as i32 * 16, result)?;
            }
            Op::StoreGenValue(n) => {
                self.object_address(rax, args[0])?;
                self.a.cmp(qword_ptr(rax + lay::GENERATOR_VALUES_LEN as i32), *n as i32)?;
                self.a.jbe(self.internal)?;
                self.a.mov(rax, qword_ptr(rax + lay::GENERATOR_VALUES as i32))?;
                self.store_boxed(rax, *n as i32 * 16, args[1], false)?;
            }
            Op::Yield { next } => {
                self.call(nat::jit_yield as *const () as usize, Some(*next as u64))?;
                self.a.test(eax, eax)?;
                let l = self.exit(i);
                self.a.je(l)?;
            }
            Op::ResumeGen { send, exit, next } => {
                self.mov_imm(rdx, *next as u64)?;
                let send_exit = *exit as u64 | (*send as u64) << 63;
                self.call(nat::jit_resume_gen as *const () as usize, Some(send_exit))?;
                self.check_raised()?;
                self.a.test(eax, eax)?;
                let l = self.exit(i);
                self.a.je(l)?;
            }
            Op::CallPy { argc, next, .. } => {
                self.mov_imm(rdx, *next as u64)?;
                self.call(nat::jit_call_py as *const () as usize, Some(*argc as u64))?;
                self.check_raised()?;
                self.a.test(eax, eax)?;
                let l = self.exit(i);
                self.a.je(l)?;
            }
            Op::CallBuiltin { func, argc, next } => {
                self.mov_imm(rdx, *next as u64)?;
                self.call(nat::jit_call_builtin as *const () as usize, Some(*func as u64 | (*argc as u64) << 32))?;
                self.check_raised()?;
                self.define_from_args(result)?;
            }
            Op::LoadCell | Op::StoreCell => {
                let l = self.exit(i);
                if !self.object_of_kind(rax, args[0], lay::KIND_CELL, l)? {
                    return Ok(());
                }
                if matches!(inst.op, Op::LoadCell) {
                    // An empty cell (`Null`) leaves to tier 1, which raises.
                    self.a.cmp(qword_ptr(rax + (lay::CELL_VALUE + lay::VALUE_TAG) as i32), lay::TAG_NULL as i32)?;
                    self.a.je(l)?;
                    self.a.mov(rcx, rax)?;
                    self.load_boxed(rcx, lay::CELL_VALUE as i32, result)?;
                } else {
                    self.store_boxed(rax, lay::CELL_VALUE as i32, args[1], false)?;
                }
            }
            Op::GuardClass(class) => {
                self.store_boxed(r15, nat::STATE_ARGS, args[0], false)?;
                self.call(nat::jit_has_class as *const () as usize, Some(*class as u64))?;
                self.a.test(eax, eax)?;
                let l = self.exit(i);
                self.a.je(l)?;
                self.unbox(args[0], result, Ty::Obj)?;
            }
            Op::FuncCell(n) => {
                // The guard proved a function running the code; the length check keeps a broken IR from reading past the cells.
                self.object_address(rcx, args[0])?;
                self.a.cmp(qword_ptr(rcx + lay::FUNCTION_CLOSURE_LEN as i32), *n as i32)?;
                self.a.jbe(self.internal)?;
                self.a.mov(rcx, qword_ptr(rcx + lay::FUNCTION_CLOSURE_PTR as i32))?;
                self.load_boxed(rcx, (*n as usize * lay::VALUE_SIZE) as i32, result)?;
            }
            Op::NewInstance(class) => {
                self.call(nat::jit_new_instance as *const () as usize, Some(*class as u64))?;
                self.check_raised()?;
                // The object index, as a typed object's payload.
                self.define_from_rax(result)?;
            }
            // Made by the exits that need it (`jit_materialize`).
            Op::Virtual => {}
            Op::AddSlot { slot, shape } => {
                self.store_boxed(r15, nat::STATE_ARGS, args[0], false)?;
                self.store_boxed(r15, nat::STATE_ARGS + 16, args[1], false)?;
                self.call(nat::jit_add_slot as *const () as usize, Some(*slot as u64 | (*shape as u64) << 32))?;
                self.a.test(eax, eax)?;
                let l = self.exit(i);
                self.a.je(l)?;
            }
            Op::LoadSlot(n) => {
                self.object_address(rcx, args[0])?;
                self.a.cmp(qword_ptr(rcx + lay::INSTANCE_SLOTS_LEN as i32), *n as i32)?;
                self.a.jbe(self.internal)?;
                self.a.mov(rcx, qword_ptr(rcx + lay::INSTANCE_SLOTS as i32))?;
                self.load_boxed(rcx, *n as i32 * 16, result)?;
            }
            Op::StoreSlot(n) => {
                self.object_address(rax, args[0])?;
                self.a.cmp(qword_ptr(rax + lay::INSTANCE_SLOTS_LEN as i32), *n as i32)?;
                self.a.jbe(self.internal)?;
                self.a.mov(rax, qword_ptr(rax + lay::INSTANCE_SLOTS as i32))?;
                self.store_boxed(rax, *n as i32 * 16, args[1], false)?;
            }
            Op::LoadGlobal { .. } => {
                // Inline cache: the entry's address, valid while the frame's
                // globals and the dict epoch are those it was filled with.
                let site = &self.data.globals[self.globals_seen] as *const GlobalLoad as u64;
                self.globals_seen += 1;
                let label = self.a.create_label();
                let mut back = self.a.create_label();
                self.a.mov(rax, site)?;
                self.a.mov(rcx, qword_ptr(r15 + nat::STATE_DICT_EPOCH))?;
                self.a.mov(rcx, qword_ptr(rcx))?;
                self.a.cmp(rcx, qword_ptr(rax + nat::GLOBAL_EPOCH))?;
                self.a.jne(label)?;
                self.a.mov(rcx, qword_ptr(r15 + nat::STATE_FRAME))?;
                self.a.mov(ecx, dword_ptr(rcx + nat::FRAME_GLOBALS))?;
                self.a.cmp(ecx, dword_ptr(rax + nat::GLOBAL_DICT))?;
                self.a.jne(label)?;
                self.a.mov(rcx, qword_ptr(rax + nat::GLOBAL_VALUE))?;
                self.load_boxed(rcx, 0, result)?;
                self.a.set_label(&mut back)?;
                self.a.zero_bytes()?;
                self.slow.push(Slow { label, back, inst: i, kind: SlowKind::Global(site) });
            }
            Op::Sync(keep) => {
                for (j, r) in args.iter().enumerate() {
                    let d = self.operand_disp(code, *keep as usize + j);
                    self.store_boxed(r14, d, *r, false)?;
                }
                self.set_stack_len(code, *keep as usize + args.len())?;
            }
            Op::Exec { pc, .. } => {
                self.call(nat::jit_exec as *const () as usize, Some(*pc as u64))?;
                self.check_raised()?;
            }
            Op::Return(pc) => {
                self.call(nat::jit_return as *const () as usize, Some(*pc as u64))?;
                self.check_raised()?;
            }
            Op::Uops { jump_exit, .. } => {
                let c = &self.data.uops[self.uops_seen] as *const UopsCall as u64;
                self.uops_seen += 1;
                self.call(nat::jit_uops as *const () as usize, Some(c))?;
                self.check_raised()?;
                let l = self.exit(i);
                self.a.cmp(rax, UOPS_DEOPT as i32)?;
                self.a.je(l)?;
                if let Some(j) = jump_exit {
                    let label = self.a.create_label();
                    self.stubs.push(Stub {
                        label,
                        inst: i,
                        snapshot: *j,
                        reprs: Vec::new(),
                        locals: Vec::new(),
                        fields: Vec::new(),
                        flags_value: false,
                    });
                    self.a.cmp(rax, UOPS_LEFT_LOOP as i32)?;
                    self.a.je(label)?;
                }
            }
            Op::GuardFrame { depth, code: c, pc } => {
                let l = self.exit(i);
                self.a.mov(rax, qword_ptr(r15 + nat::STATE_ROOT))?;
                if *depth != 0 {
                    self.a.add(rax, *depth)?;
                }
                self.a.cmp(rax, qword_ptr(r15 + nat::STATE_DEPTH))?;
                self.a.jne(l)?;
                let code_ptr = self.ctx.codes.get(*c as usize).map(|c| alloc::rc::Rc::as_ptr(c) as u64).unwrap_or(0);
                self.a.mov(rax, code_ptr)?;
                self.a.cmp(qword_ptr(r15 + nat::STATE_CODE), rax)?;
                self.a.jne(l)?;
                self.a.mov(rax, qword_ptr(r15 + nat::STATE_FRAME))?;
                self.a.cmp(qword_ptr(rax + nat::FRAME_PC), *pc as i32)?;
                self.a.jne(l)?;
            }
            Op::GuardSteppable => {
                self.a.cmp(qword_ptr(r15 + nat::STATE_STEPPABLE), 0)?;
                let l = self.exit(i);
                self.a.je(l)?;
            }
            Op::GuardLen(n) => {
                // (After `guard_kind`: lists and tuples keep their length at the same place.)
                let l = self.exit(i);
                self.object_address(rcx, args[0])?;
                self.a.cmp(qword_ptr(rcx + lay::LIST_LEN as i32), *n as i32)?;
                self.a.jne(l)?;
            }
            Op::GuardRoom(n) => {
                self.a.cmp(qword_ptr(r15 + nat::STATE_ROOM), *n as i32)?;
                let l = self.exit(i);
                self.a.jb(l)?;
            }
            Op::CheckValid => {
                let l = self.exit(i);
                self.a.mov(rax, alloc::rc::Rc::as_ptr(&self.ctx.valid) as u64)?;
                self.a.cmp(byte_ptr(rax), 0)?;
                self.a.je(l)?;
            }
            Op::GuardGlobals(dict) => {
                let l = self.exit(i);
                self.a.mov(rax, qword_ptr(r15 + nat::STATE_FRAME))?;
                self.a.cmp(dword_ptr(rax + nat::FRAME_GLOBALS), *dict as i32)?;
                self.a.jne(l)?;
            }
            Op::Safepoint(pc) | Op::LoopSafepoint(pc) => {
                let label = self.a.create_label();
                let mut back = self.a.create_label();
                self.a.mov(rax, qword_ptr(r15 + nat::STATE_VM))?;
                self.a.sub(dword_ptr(rax + nat::VM_SAFEPOINT_TICKS), 1)?;
                self.a.je(label)?;
                self.a.cmp(qword_ptr(r15 + nat::STATE_GC_DUE), 0)?;
                self.a.jne(label)?;
                self.a.set_label(&mut back)?;
                self.a.zero_bytes()?;
                let kind = match inst.op {
                    Op::LoopSafepoint(_) => SlowKind::LoopSafepoint(*pc),
                    _ => SlowKind::Safepoint(*pc),
                };
                self.slow.push(Slow { label, back, inst: i, kind });
            }
            Op::Exit => {
                let l = self.exit(i);
                self.a.jmp(l)?;
            }
            Op::StressExit(every) => {
                let l = self.exit(i);
                let mut go_on = self.a.create_label();
                self.a.mov(rax, self.data.stress_count.as_ptr() as u64)?;
                self.a.add(dword_ptr(rax), 1)?;
                self.a.cmp(dword_ptr(rax), *every as i32)?;
                self.a.jb(go_on)?;
                self.a.mov(dword_ptr(rax), 0)?;
                self.a.jmp(l)?;
                self.a.set_label(&mut go_on)?;
                self.a.zero_bytes()?;
            }
            Op::LoopHeader(pc) => {
                self.count_loop(*pc)?;
                // `loop` comes back after the header (it counts its own iterations).
                let mut head = self.a.create_label();
                self.a.set_label(&mut head)?;
                self.a.zero_bytes()?;
                self.body_head = Some(head);
            }
            Op::Loop(pc) => {
                self.move_carried()?;
                self.count_loop(*pc)?;
                self.a.jmp(self.body_head.unwrap_or(self.loop_head))?;
            }
        }
        Ok(())
    }

    /// Defines `result` from the value an entry point left in `args[0]`.
    fn define_from_args(&mut self, result: Option<Repr>) -> R {
        let payload = qword_ptr(r15 + (nat::STATE_ARGS + 8));
        match result {
            Some(Repr::Boxed { .. }) => self.load_boxed(r15, nat::STATE_ARGS, result),
            Some(Repr::Typed { ty, payload: Some(p) }) => {
                match ty {
                    Ty::Bool => self.a.movzx(eax, byte_ptr(r15 + (nat::STATE_ARGS + 8)))?,
                    Ty::Obj => self.a.mov(eax, dword_ptr(r15 + (nat::STATE_ARGS + 8)))?,
                    _ => self.a.mov(rax, payload)?,
                }
                self.gpr_define(p, rax)
            }
            _ => Ok(()),
        }
    }

    fn define_from_rax(&mut self, result: Option<Repr>) -> R {
        if let Some(Repr::Typed { payload: Some(p), .. }) = result {
            self.gpr_define(p, rax)?;
        }
        Ok(())
    }

    fn guard_type(&mut self, i: usize, v: Repr, ty: Ty, result: Option<Repr>) -> R {
        let holds = match v {
            Repr::Boxed { tag, .. } => {
                if ty == Ty::Any {
                    return Ok(());
                }
                self.cmp_tag(tag, tag_word(ty))?;
                let l = self.exit(i);
                self.a.jne(l)?;
                return self.unbox(v, result, ty);
            }
            Repr::Typed { ty: t, .. } => t == ty || ty == Ty::Any,
            Repr::Const(c) => ty == Ty::Any || Ty::of(c) == ty,
            Repr::Flags => ty == Ty::Bool || ty == Ty::Any,
        };
        if !holds {
            let l = self.exit(i);
            self.a.jmp(l)?;
        }
        Ok(())
    }

    fn guard_bool(&mut self, i: usize, v: Repr, want: bool) -> R {
        match v {
            Repr::Flags => {
                let cond = self.cond.take().unwrap_or(Cond::Int(CompareOp::Ne));
                // The exit is taken when the comparison came out `!want`.
                let l = self.exit_to(i, self.ir.insts[i].snapshot.unwrap_or(0), !want);
                self.jump_if(cond, !want, l)
            }
            Repr::Typed { ty: Ty::Bool, payload: Some(p) } => {
                match self.loc(p) {
                    Loc::Gpr(n) => self.a.test(GPR8[n as usize], GPR8[n as usize])?,
                    Loc::Slot(k) => self.a.cmp(byte_ptr(rbp - (SAVED + 8 * (k as i32 + 1))), 0)?,
                    _ => self.a.cmp(rsp, rsp)?,
                }
                let l = self.exit(i);
                if want {
                    self.a.je(l)
                } else {
                    self.a.jne(l)
                }
            }
            Repr::Const(Value::Bool(b)) if b == want => Ok(()),
            Repr::Boxed { tag, payload } => {
                let l = self.exit(i);
                self.cmp_tag(tag, lay::TAG_BOOL)?;
                self.a.jne(l)?;
                match self.loc(payload) {
                    Loc::Gpr(n) => self.a.cmp(GPR8[n as usize], want as i32)?,
                    Loc::Slot(k) => self.a.cmp(byte_ptr(rbp - (SAVED + 8 * (k as i32 + 1))), want as i32)?,
                    _ => self.a.cmp(rsp, rsp)?,
                }
                self.a.jne(l)
            }
            _ => {
                let l = self.exit(i);
                self.a.jmp(l)
            }
        }
    }

    /// Jumps to `l` when the comparison in the flags is `value`.
    fn jump_if(&mut self, cond: Cond, value: bool, l: CodeLabel) -> R {
        use CompareOp::*;
        match cond {
            Cond::Int(op) => match (op, value) {
                (Lt, true) | (Ge, false) => self.a.jl(l),
                (Le, true) | (Gt, false) => self.a.jle(l),
                (Gt, true) | (Le, false) => self.a.jg(l),
                (Ge, true) | (Lt, false) => self.a.jge(l),
                (Eq, true) | (Ne, false) => self.a.je(l),
                (Ne, true) | (Eq, false) => self.a.jne(l),
            },
            Cond::Float(op) => match (op, value) {
                (Lt | Gt, true) => self.a.ja(l),
                (Lt | Gt, false) => self.a.jbe(l),
                (Le | Ge, true) => self.a.jae(l),
                (Le | Ge, false) => self.a.jb(l),
                (Eq, false) | (Ne, true) => {
                    self.a.jp(l)?;
                    self.a.jne(l)
                }
                (Eq, true) | (Ne, false) => {
                    let mut skip = self.a.create_label();
                    self.a.jp(skip)?;
                    self.a.je(l)?;
                    self.a.set_label(&mut skip)?;
                    self.a.zero_bytes()
                }
            },
        }
    }

    /// Sets `al` to the comparison in the flags.
    fn set_if(&mut self, cond: Cond) -> R {
        use CompareOp::*;
        match cond {
            Cond::Int(op) => match op {
                Lt => self.a.setl(al),
                Le => self.a.setle(al),
                Gt => self.a.setg(al),
                Ge => self.a.setge(al),
                Eq => self.a.sete(al),
                Ne => self.a.setne(al),
            },
            Cond::Float(op) => match op {
                Lt | Gt => self.a.seta(al),
                Le | Ge => self.a.setae(al),
                Eq => {
                    self.a.sete(al)?;
                    self.a.setnp(cl)?;
                    self.a.and(al, cl)
                }
                Ne => {
                    self.a.setne(al)?;
                    self.a.setp(cl)?;
                    self.a.or(al, cl)
                }
            },
        }
    }

    /// Materializes a comparison (unless fused into the next guard).
    fn finish_compare(&mut self, i: usize, cond: Cond, result: Option<Repr>) -> R {
        if self.plan.fused[i] {
            self.cond = Some(cond);
            return Ok(());
        }
        self.set_if(cond)?;
        self.a.movzx(eax, al)?;
        self.define_from_rax(result)
    }

    /// A second operand for a 64-bit integer instruction: a register, a
    /// spill slot, or an immediate.
    fn int_operand(&mut self, r: Repr) -> Result<IntOperand, IcedError> {
        Ok(match r {
            Repr::Const(v) => {
                let bits = const_words(v).1.unwrap_or(0);
                match imm32(bits) {
                    Some(s) => IntOperand::Imm(s),
                    None => {
                        self.a.mov(rcx, bits)?;
                        IntOperand::Reg(rcx)
                    }
                }
            }
            Repr::Typed { payload: Some(p), .. } | Repr::Boxed { payload: p, .. } => match self.loc(p) {
                Loc::Gpr(n) => IntOperand::Reg(GPR64[n as usize]),
                Loc::Slot(k) => IntOperand::Mem(self.slot(k)),
                _ => {
                    self.gpr_into(rcx, p)?;
                    IntOperand::Reg(rcx)
                }
            },
            _ => IntOperand::Imm(0),
        })
    }

    fn int_arith(&mut self, i: usize, op: IntOp, a: Repr, b: Repr, result: Option<Repr>) -> R {
        match op {
            IntOp::LShift | IntOp::RShift => self.shift(i, op, a, b)?,
            IntOp::FloorDiv | IntOp::Mod => self.divide(i, op, a, b)?,
            _ => {
                self.payload_into(rax, a)?;
                let operand = self.int_operand(b)?;
                macro_rules! alu {
                    ($m:ident) => {
                        match operand {
                            IntOperand::Imm(k) => self.a.$m(rax, k)?,
                            IntOperand::Reg(r) => self.a.$m(rax, r)?,
                            IntOperand::Mem(m) => self.a.$m(rax, m)?,
                        }
                    };
                }
                match op {
                    IntOp::Add => alu!(add),
                    IntOp::Sub => alu!(sub),
                    IntOp::And => alu!(and),
                    IntOp::Or => alu!(or),
                    IntOp::Xor => alu!(xor),
                    _ => match operand {
                        IntOperand::Imm(k) => self.a.imul_3(rax, rax, k)?,
                        IntOperand::Reg(r) => self.a.imul_2(rax, r)?,
                        IntOperand::Mem(m) => self.a.imul_2(rax, m)?,
                    },
                }
                if matches!(op, IntOp::Add | IntOp::Sub | IntOp::Mul) {
                    let l = self.exit(i);
                    self.a.jo(l)?;
                }
            }
        }
        if let Some(Repr::Typed { payload: Some(p), .. }) = result {
            self.gpr_define(p, rax)?;
        }
        Ok(())
    }

    /// Item `args[2]` of `range(args[0], args[1])` (or of `reversed()` of
    /// it) into `rax`, as `backend::range_item`: exits unless `0 <= k <
    /// stop - start` (the subtraction not overflowing), when neither the
    /// item nor its computation can overflow.
    fn range_item(&mut self, i: usize, reverse: bool, args: &[Repr], result: Option<Repr>) -> R {
        let l = self.exit(i);
        let (start, stop, k) = (args[0], args[1], args[2]);
        // rax = stop - start, the length.
        self.payload_into(rax, stop)?;
        self.payload_into(rcx, start)?;
        self.a.sub(rax, rcx)?;
        self.a.jo(l)?;
        // rcx = k: past the end when length <= k (signed; a negative k too).
        self.payload_into(rcx, k)?;
        self.a.test(rcx, rcx)?;
        self.a.js(l)?;
        self.a.cmp(rax, rcx)?;
        self.a.jle(l)?;
        if reverse {
            // stop - 1 - k
            self.payload_into(rax, stop)?;
            self.a.sub(rax, 1)?;
            self.a.sub(rax, rcx)?;
        } else {
            // start + k
            self.payload_into(rax, start)?;
            self.a.add(rax, rcx)?;
        }
        if let Some(Repr::Typed { payload: Some(p), .. }) = result {
            self.gpr_define(p, rax)?;
        }
        Ok(())
    }

    /// `<<` and `>>` into `rax`; counts out of range (and `<<` that loses
    /// bits) exit.
    fn shift(&mut self, i: usize, op: IntOp, a: Repr, b: Repr) -> R {
        let l = self.exit(i);
        self.payload_into(rcx, b)?;
        self.payload_into(rax, a)?;
        // Unsigned: negative counts are out of range too.
        self.a.cmp(rcx, if op == IntOp::LShift { 62 } else { 63 })?;
        self.a.ja(l)?;
        if op == IntOp::RShift {
            return self.a.sar(rax, cl);
        }
        // x << y must shift back to x (the count in rcx is done with after).
        self.a.shl(rax, cl)?;
        self.a.movq(xmm15, rax)?;
        self.a.sar(rax, cl)?;
        match self.int_operand(a)? {
            IntOperand::Imm(k) => self.a.cmp(rax, k)?,
            IntOperand::Reg(r) => self.a.cmp(rax, r)?,
            IntOperand::Mem(m) => self.a.cmp(rax, m)?,
        }
        self.a.jne(l)?;
        self.a.movq(rax, xmm15)
    }

    /// `//` and `%` with Python's floor semantics into `rax`; a zero divisor
    /// and `i64::MIN // -1` exit. `idiv` needs `rdx`, an allocated
    /// register: it is kept in `xmm15` meanwhile (after every exit check, so
    /// the stubs see it intact).
    fn divide(&mut self, i: usize, op: IntOp, a: Repr, b: Repr) -> R {
        let l = self.exit(i);
        self.payload_into(rcx, b)?;
        self.payload_into(rax, a)?;
        self.a.test(rcx, rcx)?;
        self.a.je(l)?;
        let mut divisor_ok = self.a.create_label();
        self.a.cmp(rcx, -1)?;
        self.a.jne(divisor_ok)?;
        // Dividing by -1: only i64::MIN overflows (negating it does too).
        self.a.neg(rax)?;
        self.a.jo(l)?;
        self.a.neg(rax)?;
        self.a.set_label(&mut divisor_ok)?;
        self.a.movq(xmm15, rdx)?;
        self.a.cqo()?;
        self.a.idiv(rcx)?;
        // Truncated quotient in rax, remainder in rdx; floor them when the
        // remainder is nonzero and its sign differs from the divisor's.
        let mut done = self.a.create_label();
        self.a.test(rdx, rdx)?;
        self.a.je(done)?;
        if op == IntOp::FloorDiv {
            self.a.xor(rdx, rcx)?;
            self.a.jns(done)?;
            self.a.sub(rax, 1)?;
            self.a.set_label(&mut done)?;
        } else {
            self.a.mov(rax, rdx)?;
            self.a.xor(rax, rcx)?;
            self.a.jns(done)?;
            self.a.add(rdx, rcx)?;
            self.a.set_label(&mut done)?;
            self.a.mov(rax, rdx)?;
        }
        self.a.movq(rdx, xmm15)
    }

    fn float_arith(&mut self, i: usize, op: FloatOp, a: Repr, b: Repr, result: Option<Repr>) -> R {
        if op == FloatOp::Div {
            // x / 0.0 (either sign) leaves to tier 1, which raises.
            self.payload_into(rax, b)?;
            self.a.add(rax, rax)?;
            let l = self.exit(i);
            self.a.je(l)?;
        }
        let x = self.xmm_reg(a, xmm15)?;
        if x != xmm15 {
            self.a.movapd(xmm15, x)?;
        }
        let y = match b {
            Repr::Typed { payload: Some(p), .. } if matches!(self.loc(p), Loc::Slot(_)) => {
                let Loc::Slot(k) = self.loc(p) else { unreachable!() };
                let m = self.slot(k);
                match op {
                    FloatOp::Add => self.a.addsd(xmm15, m)?,
                    FloatOp::Sub => self.a.subsd(xmm15, m)?,
                    FloatOp::Mul => self.a.mulsd(xmm15, m)?,
                    FloatOp::Div => self.a.divsd(xmm15, m)?,
                }
                None
            }
            other => Some(self.xmm_reg(other, xmm14)?),
        };
        if let Some(y) = y {
            match op {
                FloatOp::Add => self.a.addsd(xmm15, y)?,
                FloatOp::Sub => self.a.subsd(xmm15, y)?,
                FloatOp::Mul => self.a.mulsd(xmm15, y)?,
                FloatOp::Div => self.a.divsd(xmm15, y)?,
            }
        }
        if let Some(Repr::Typed { payload: Some(p), .. }) = result {
            self.xmm_define(p, xmm15)?;
        }
        Ok(())
    }

    /// `ir::int_to_float`: exits unless `-2**53 <= x < 2**53` (the bits
    /// above 53, sign included, all equal), then converts.
    fn int_to_float(&mut self, i: usize, a: Repr, result: Option<Repr>) -> R {
        self.payload_into(rax, a)?;
        self.a.mov(rcx, rax)?;
        self.a.sar(rcx, 53)?;
        self.a.add(rcx, 1)?;
        self.a.cmp(rcx, 1)?;
        let l = self.exit(i);
        self.a.ja(l)?;
        self.a.cvtsi2sd(xmm15, rax)?;
        if let Some(Repr::Typed { payload: Some(p), .. }) = result {
            self.xmm_define(p, xmm15)?;
        }
        Ok(())
    }

    fn compare_int(&mut self, i: usize, op: CompareOp, a: Repr, b: Repr, result: Option<Repr>) -> R {
        // `cmp` needs its first operand in a register; a constant goes second.
        let (first, second, op) =
            if matches!(a, Repr::Const(_)) && !matches!(b, Repr::Const(_)) { (b, a, swapped(op)) } else { (a, b, op) };
        let x = match first {
            Repr::Typed { payload: Some(p), .. } | Repr::Boxed { payload: p, .. } => self.gpr_reg(p, rax)?,
            other => {
                self.payload_into(rax, other)?;
                rax
            }
        };
        match self.int_operand(second)? {
            IntOperand::Imm(k) => self.a.cmp(x, k)?,
            IntOperand::Reg(r) => self.a.cmp(x, r)?,
            IntOperand::Mem(m) => self.a.cmp(x, m)?,
        }
        self.finish_compare(i, Cond::Int(op), result)
    }

    fn compare_float(&mut self, i: usize, op: CompareOp, a: Repr, b: Repr, result: Option<Repr>) -> R {
        // Lt/Le compare b against a, so that every ordered test reads "above".
        let (first, second) = match op {
            CompareOp::Lt | CompareOp::Le => (b, a),
            _ => (a, b),
        };
        let x = self.xmm_reg(first, xmm15)?;
        let y = self.xmm_reg(second, xmm14)?;
        self.a.ucomisd(x, y)?;
        self.finish_compare(i, Cond::Float(op), result)
    }

    fn is(&mut self, negate: bool, a: Repr, b: Repr, result: Option<Repr>, call: bool) -> R {
        let Some(Repr::Typed { payload: Some(dst), .. }) = result else { return Ok(()) };
        if call {
            self.store_boxed(r15, nat::STATE_ARGS, a, false)?;
            self.store_boxed(r15, nat::STATE_ARGS + 16, b, false)?;
            self.call(nat::jit_is as *const () as usize, None)?;
        } else {
            match (a, b) {
                (Repr::Boxed { tag, .. }, _) | (_, Repr::Boxed { tag, .. }) => {
                    // Against None (the plan calls the entry point otherwise).
                    self.cmp_tag(tag, lay::TAG_NONE)?;
                }
                (x, y) if is_float(x) => {
                    self.payload_into(rax, x)?;
                    self.payload_into(rcx, y)?;
                    self.a.cmp(rax, rcx)?;
                }
                (x, y) => {
                    self.payload_into(rax, x)?;
                    match self.int_operand(y)? {
                        IntOperand::Imm(k) => self.a.cmp(rax, k)?,
                        IntOperand::Reg(r) => self.a.cmp(rax, r)?,
                        IntOperand::Mem(m) => self.a.cmp(rax, m)?,
                    }
                }
            }
            self.a.sete(al)?;
            self.a.movzx(eax, al)?;
        }
        if negate {
            self.a.xor(eax, 1)?;
        }
        self.gpr_define(dst, rax)
    }

    /// Sets the frame at the loop header `pc` and counts an iteration.
    fn count_loop(&mut self, pc: u32) -> R {
        self.a.mov(rax, qword_ptr(r15 + nat::STATE_FRAME))?;
        self.a.mov(qword_ptr(rax + nat::FRAME_PC), pc as i32)?;
        self.a.mov(rax, self.data.loops.as_ptr() as u64)?;
        self.a.inc(qword_ptr(rax))
    }

    /// The loop-carried values' moves at the back edge (`Plan::carried`),
    /// all at once: registers and slots through `rcx`, a cycle broken
    /// through `rax`, constants last.
    fn move_carried(&mut self) -> R {
        let plan = self.plan;
        let place = |v: VReg| Place::At(plan.vregs[v as usize].loc);
        let words: Vec<(Place, Place)> = self
            .plan
            .carried
            .iter()
            .filter_map(|&(to, from)| match from {
                Source::VReg(f) => Some((place(to), place(f))),
                Source::Imm(_) => None,
            })
            .collect();
        for (to, from) in vm_core::jit::parallel_move::parallel_moves(&words, Place::Scratch) {
            match (to, from) {
                (Place::At(Loc::Gpr(t)), Place::At(Loc::Gpr(f))) => self.a.mov(GPR64[t as usize], GPR64[f as usize])?,
                _ => {
                    self.place_into_rcx(from)?;
                    self.rcx_into_place(to)?;
                }
            }
        }
        for &(to, from) in &plan.carried {
            if let Source::Imm(x) = from {
                self.mov_imm(rcx, x)?;
                self.rcx_into_place(place(to))?;
            }
        }
        Ok(())
    }

    fn place_into_rcx(&mut self, from: Place) -> R {
        match from {
            Place::Scratch => self.a.mov(rcx, rax),
            Place::At(Loc::Gpr(n)) => self.a.mov(rcx, GPR64[n as usize]),
            Place::At(Loc::Xmm(n)) => self.a.movq(rcx, XMM[n as usize]),
            Place::At(Loc::Slot(k)) => self.a.mov(rcx, self.slot(k)),
            Place::At(Loc::None) => Ok(()),
        }
    }

    fn rcx_into_place(&mut self, to: Place) -> R {
        match to {
            Place::Scratch => self.a.mov(rax, rcx),
            Place::At(Loc::Gpr(n)) => self.a.mov(GPR64[n as usize], rcx),
            Place::At(Loc::Xmm(n)) => self.a.movq(XMM[n as usize], rcx),
            Place::At(Loc::Slot(k)) => self.a.mov(self.slot(k), rcx),
            Place::At(Loc::None) => Ok(()),
        }
    }

    /// Exit stubs, safepoint slow paths and the return paths, after the body.
    fn out_of_line(&mut self) -> R {
        for s in core::mem::take(&mut self.slow) {
            let mut label = s.label;
            self.mark(Mark::Slow(s.inst as u32));
            self.a.set_label(&mut label)?;
            match s.kind {
                SlowKind::Safepoint(pc) => {
                    self.call_saving(s.inst, nat::jit_safepoint as *const () as usize, pc as u64)?;
                    self.check_raised()?;
                }
                SlowKind::LoopSafepoint(_) if self.holds_virtuals(s.inst) => {
                    // Objects only exits make: the safepoint leaves through
                    // its exit, which makes them (tier 1 runs the check).
                    let l = self.exit(s.inst);
                    self.a.jmp(l)?;
                    continue;
                }
                SlowKind::LoopSafepoint(pc) => {
                    // The frame gets the locals the trace keeps as values;
                    // then, the check having maybe collected garbage, the
                    // trace starts over (nothing held in registers is
                    // needed), unless that invalidated it.
                    for (slot, r) in self.plan.snap_locals[s.inst].clone() {
                        self.store_boxed(r14, slot as i32 * 16, r, false)?;
                    }
                    self.call(nat::jit_safepoint as *const () as usize, Some(pc as u64))?;
                    self.check_raised()?;
                    let l = self.a.create_label();
                    let snapshot = self.ir.insts[s.inst].snapshot.unwrap_or(0);
                    let stub = Stub {
                        label: l,
                        inst: s.inst,
                        snapshot,
                        reprs: Vec::new(),
                        locals: Vec::new(),
                        fields: Vec::new(),
                        flags_value: false,
                    };
                    self.stubs.push(stub);
                    self.a.mov(rax, alloc::rc::Rc::as_ptr(&self.ctx.valid) as u64)?;
                    self.a.cmp(byte_ptr(rax), 0)?;
                    self.a.je(l)?;
                    let snap = self.ir.insts[s.inst].snapshot.map(|k| &self.ir.snapshots[k as usize]);
                    self.count_loop(snap.and_then(|k| k.pc).unwrap_or(0))?;
                    self.a.jmp(self.loop_head)?;
                    continue;
                }
                SlowKind::Global(site) => {
                    self.call_saving(s.inst, nat::jit_load_global as *const () as usize, site)?;
                    self.a.test(eax, eax)?;
                    let l = self.exit(s.inst);
                    self.a.je(l)?;
                    let result = self.plan.result[s.inst];
                    self.load_boxed(r15, nat::STATE_ARGS, result)?;
                }
            }
            self.a.jmp(s.back)?;
        }
        let stubs = core::mem::take(&mut self.stubs);
        for mut s in stubs {
            self.mark(Mark::Stub { inst: s.inst as u32, snapshot: s.snapshot });
            self.a.set_label(&mut s.label)?;
            self.stub(&s)?;
        }
        self.mark(Mark::Return);
        // (Labels are values: `label_ip` needs the one `set_label` updated.)
        let mut ret = self.exit_return;
        self.a.set_label(&mut ret)?;
        self.exit_return = ret;
        self.a.xor(eax, eax)?;
        self.epilogue()?;
        let mut internal = self.internal;
        self.a.set_label(&mut internal)?;
        self.call(nat::jit_internal_error as *const () as usize, None)?;
        let mut error = self.error;
        self.a.set_label(&mut error)?;
        self.a.mov(rax, RAISED as i64)?;
        self.epilogue()
    }

    fn epilogue(&mut self) -> R {
        self.a.lea(rsp, qword_ptr(rbp - SAVED))?;
        for r in [r15, r14, r13, r12, rbx] {
            self.a.pop(r)?;
        }
        self.a.pop(rbp)?;
        self.a.ret()
    }

    /// An entry-point call for instruction `inst` that saves (and restores)
    /// the caller-saved registers live across it, for calls out of line.
    fn call_saving(&mut self, inst: usize, f: usize, arg: u64) -> R {
        let at = 2 * inst as u32 + 1;
        let live: Vec<Loc> = self
            .plan
            .vregs
            .iter()
            .filter(|v| v.start < at && v.end >= at)
            .map(|v| v.loc)
            .filter(|l| matches!(l, Loc::Gpr(n) if (*n as usize) < CALLER_SAVED) || matches!(l, Loc::Xmm(_)))
            .collect();
        let bytes = ((live.len() * 8).div_ceil(16) * 16) as i32;
        if bytes > 0 {
            self.a.sub(rsp, bytes)?;
        }
        for (k, l) in live.iter().enumerate() {
            match l {
                Loc::Gpr(n) => self.a.mov(qword_ptr(rsp + 8 * k as i32), GPR64[*n as usize])?,
                Loc::Xmm(n) => self.a.movsd_2(qword_ptr(rsp + 8 * k as i32), XMM[*n as usize])?,
                _ => {}
            }
        }
        self.call(f, Some(arg))?;
        for (k, l) in live.iter().enumerate() {
            match l {
                Loc::Gpr(n) => self.a.mov(GPR64[*n as usize], qword_ptr(rsp + 8 * k as i32))?,
                Loc::Xmm(n) => self.a.movsd_2(XMM[*n as usize], qword_ptr(rsp + 8 * k as i32))?,
                _ => {}
            }
        }
        if bytes > 0 {
            self.a.add(rsp, bytes)?;
        }
        Ok(())
    }

    /// An exit stub: writes the snapshot back (as `backend::restore` does),
    /// records the exit and jumps through its data word.
    fn stub(&mut self, s: &Stub) -> R {
        let snap = &self.ir.snapshots[s.snapshot as usize];
        // The root frame (the top one at such exits) gets the locals the trace kept as values.
        for &(slot, r) in &s.locals {
            self.store_boxed(r14, slot as i32 * 16, r, s.flags_value)?;
        }
        if let Some(pc) = snap.pc {
            let base = snap.keep as usize;
            for (j, r) in s.reprs.iter().enumerate() {
                let d = self.operand_disp(snap.code, base + j);
                self.store_boxed(r14, d, *r, s.flags_value)?;
            }
            self.set_stack_len(snap.code, base + s.reprs.len())?;
            self.a.mov(rax, qword_ptr(r15 + nat::STATE_FRAME))?;
            self.a.mov(qword_ptr(rax + nat::FRAME_PC), pc as i32)?;
        }
        if let Some(virtuals) = &self.data.virtuals[s.snapshot as usize] {
            // The objects the trace did not make: their fields, then the
            // call that makes them and puts them in place of the `None`s
            // written for them.
            self.a.mov(rax, virtuals.fields.as_ptr() as u64)?;
            for (k, r) in s.fields.iter().enumerate() {
                self.store_boxed(rax, (k * lay::VALUE_SIZE) as i32, *r, s.flags_value)?;
            }
            self.call(nat::jit_materialize as *const () as usize, Some(virtuals as *const ExitVirtuals as u64))?;
        }
        if snap.pc.is_some() {
            if let Some(frames) = &self.data.frames[s.snapshot as usize] {
                // Calls the trace ran inline get their frames (the values are written).
                self.call(nat::jit_push_frames as *const () as usize, Some(frames as *const ExitFrames as u64))?;
            }
        }
        self.a.mov(dword_ptr(r15 + nat::STATE_EXIT), s.snapshot)?;
        self.a.mov(dword_ptr(r15 + nat::STATE_TRACE), self.ctx.id)?;
        self.a.mov(rax, self.data.taken[s.snapshot as usize].as_ptr() as u64)?;
        self.a.inc(qword_ptr(rax))?;
        self.a.mov(rax, self.data.targets[s.snapshot as usize].as_ptr() as u64)?;
        self.a.jmp(qword_ptr(rax))
    }
}

/// The comparison with its operands exchanged (`a < b` is `b > a`).
fn swapped(op: CompareOp) -> CompareOp {
    match op {
        CompareOp::Lt => CompareOp::Gt,
        CompareOp::Le => CompareOp::Ge,
        CompareOp::Gt => CompareOp::Lt,
        CompareOp::Ge => CompareOp::Le,
        other => other,
    }
}

/// A second integer operand.
#[derive(Clone, Copy)]
enum IntOperand {
    Imm(i32),
    Reg(AsmRegister64),
    Mem(AsmMemoryOperand),
}

/// The 32-bit half of one of the 64-bit registers this backend uses.
fn reg32_of(r: AsmRegister64) -> AsmRegister32 {
    const PAIRS: [(AsmRegister64, AsmRegister32); 16] = [
        (rax, eax),
        (rcx, ecx),
        (rdx, edx),
        (rbx, ebx),
        (rsp, esp),
        (rbp, ebp),
        (rsi, esi),
        (rdi, edi),
        (r8, r8d),
        (r9, r9d),
        (r10, r10d),
        (r11, r11d),
        (r12, r12d),
        (r13, r13d),
        (r14, r14d),
        (r15, r15d),
    ];
    PAIRS.iter().find(|p| p.0 == r).map(|p| p.1).unwrap_or(eax)
}
