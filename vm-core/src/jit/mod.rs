//! The trace-recording JIT: hot-loop detection, the recorder, the trace
//! IR and its optimizer, the backend interface, and the trace driver that
//! runs compiled traces, follows linked exits, grows side traces from hot
//! exits and invalidates traces whose assumptions break.
//!
//! ```text
//! JUMP_BACKWARD (hot) -> tracing copy of the eval loop -> recorder (uops)
//!   -> lower (IR) -> opt passes -> Backend::compile -> ENTER_EXECUTOR
//! ```

// Indexing: trace and exit ids are the JIT's own (`traces` only grows, an
// executor's id and exit numbers are indices it assigned), `jump_at` is
// the pc of a `JUMP_BACKWARD` in verified code (its cache unit follows it)
// that the JIT itself rewrote, snapshots are indexed by the exits'
// snapshot ids, and `stats.aborts` has one entry per `AbortReason`.
#![allow(clippy::indexing_slicing)]

pub mod backend;
pub mod code_memory;
pub mod ir;
pub mod lower;
pub mod opt;
pub mod parallel_move;
pub mod params;
pub mod recorder;

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;
use core::fmt::Write;

use hashbrown::HashMap;

pub use backend::{Backend, CompileError, Executor, ExitTaken, TraceContext};
pub use params::JitParams;

use crate::bytecode::opcode::{decode, encode, Opcode};
use crate::interp::code::CodeObject;
use crate::runtime::object::PyResult;
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;
use recorder::{Recording, TraceEnd};

/// Invokes `$m!` with every reason a recording can be abandoned: `(Variant, "description")`.
macro_rules! for_each_abort_reason {
    ($m:ident) => {
        $m! {
            (Exception, "an exception was raised while recording"),
            (LeftRootFrame, "execution left the trace's root frame"),
            (TooLong, "the first instruction alone exceeds the trace length"),
            (Unsupported, "an instruction the recorder cannot start with"),
            (TraceLimit, "the number of traces reached max_traces"),
            (MemoryLimit, "the memory in use was too close to the heap limit for another trace"),
            (TooManyExits, "the trace needs more than max_exits exits"),
            (Backend, "the backend could not compile the trace"),
            (CodeMemoryFull, "code memory was full (every trace was flushed)"),
            (Stale, "a class the trace depends on changed while it was recorded"),
            (TooShort, "a root trace ending in tier 1 (no loop, no link) covered fewer than min_open_trace instructions"),
        }
    };
}

macro_rules! define_abort {
    ($(($variant:ident, $text:literal)),* $(,)?) => {
        /// Why a recording was abandoned (counted for `--stats`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum AbortReason {
            $(#[doc = $text] $variant,)*
        }

        impl AbortReason {
            /// Every reason, in table order.
            pub const ALL: &'static [AbortReason] = &[$(AbortReason::$variant),*];

            /// The description `--stats` prints.
            pub fn describe(self) -> &'static str {
                match self { $(AbortReason::$variant => $text,)* }
            }
        }
    };
}
for_each_abort_reason!(define_abort);

/// What a trace grows from.
#[derive(Clone, Debug)]
pub enum TraceKind {
    /// A hot loop: the back edge at `jump_at` of `code`.
    Root {
        /// The code holding the loop.
        code: Rc<CodeObject>,
        /// Position of the `JUMP_BACKWARD`.
        jump_at: u32,
    },
    /// A hot function: its entry (instruction 0 of `code`), reached by
    /// calls from tier 1.
    Entry {
        /// The function's code.
        code: Rc<CodeObject>,
    },
    /// A hot exit of another trace.
    Side {
        /// The parent trace.
        parent: u32,
        /// The exit (snapshot index).
        exit: u32,
    },
}

/// Counters for `--stats`.
#[derive(Clone, Debug, Default)]
pub struct JitStats {
    /// Recordings started.
    pub recordings: u64,
    /// Root traces compiled.
    pub root_traces: u64,
    /// Side traces compiled.
    pub side_traces: u64,
    /// Recordings abandoned, per `AbortReason`.
    pub aborts: [u64; AbortReason::ALL.len()],
    /// Recordings cut back at `max_trace_length` (they end with an exit).
    pub cut_too_long: u64,
    /// Traces entered from tier 1.
    pub entries: u64,
    /// Exits that returned to tier 1.
    pub cold_exits: u64,
    /// Exits that continued in a linked trace.
    pub linked_exits: u64,
    /// Traces invalidated.
    pub invalidations: u64,
    /// Bytecode instructions completed inside traces.
    pub instructions: u64,
    /// Uops recorded.
    pub uops_recorded: u64,
    /// IR instructions executed in traces.
    pub ops: u64,
    /// Hot exits that could not grow a side trace (depth or trace limits).
    pub side_refused: u64,
    /// Times code memory filled up and every trace was flushed.
    pub flushes: u64,
    /// Invalidated traces whose executors (and code memory) were freed.
    pub traces_freed: u64,
}

/// Per exit: how often it was taken and where it continues.
#[derive(Debug, Default)]
pub struct ExitInfo {
    /// Times taken to tier 1.
    pub count: Cell<u32>,
    /// Recordings from it that were abandoned.
    pub aborts: Cell<u32>,
    /// The trace it continues in.
    pub link: Cell<Option<u32>>,
}

/// A compiled trace.
pub struct Trace {
    /// `None` once the trace was invalidated and freed.
    executor: Option<Rc<dyn Executor>>,
    /// Invalidated: unanchored, unlinked and due to be freed. (Its
    /// validity cell can be cleared before, by a dict whose entry it
    /// assumed; the driver retires it when it next meets it.)
    retired: bool,
    /// The executor counts in machine code ([`Executor::native_counts`]).
    native: bool,
    ctx: TraceContext,
    /// The optimized IR (for dumps).
    pub ir: ir::TraceIr,
    /// Per snapshot: exit counters and links.
    pub exits: Box<[ExitInfo]>,
    /// Side-trace chain length (0 for root traces).
    pub side_depth: u32,
    /// Where it came from.
    pub kind: TraceKind,
    /// Where its loop starts, for root traces: (code, position).
    anchor: Option<(Rc<CodeObject>, u32)>,
    /// Heap constants it uses.
    roots: Box<[ObjRef]>,
    /// Bytecode instructions per loop iteration.
    loop_len: u32,
    /// A function-entry trace or a side trace of one (`Recording::from_entry`).
    from_entry: bool,
    /// The memory it holds, estimated (see [`Trace::estimate_bytes`]).
    bytes: usize,
}

impl Trace {
    /// An estimate of the memory a trace holds, counted against the heap
    /// limit: its IR (instructions, snapshots and their stack lists, code
    /// names), counted twice because every backend keeps its own form of
    /// it beside the IR (the interp backend its translated instructions, the
    /// x86-64 backend its exit tables; machine code itself is counted
    /// exactly, as the backend's code memory), plus its exit counters,
    /// heap constants and the `Trace` itself.
    fn estimate_bytes(ir: &ir::TraceIr, exits: usize, roots: usize) -> usize {
        use core::mem::size_of;
        let snapshots: usize = ir
            .snapshots
            .iter()
            .map(|s| {
                size_of::<ir::Snapshot>()
                    + s.stack.capacity() * size_of::<ir::ValueId>()
                    + s.locals.capacity() * size_of::<(u32, ir::ValueId)>()
            })
            .sum();
        let names: usize = ir.code_names.iter().map(|n| size_of::<String>() + n.capacity()).sum();
        let ir_bytes = ir.insts.capacity() * size_of::<ir::Inst>() + snapshots + names;
        size_of::<Trace>() + 2 * ir_bytes + exits * size_of::<ExitInfo>() + roots * size_of::<ObjRef>()
    }
}

/// The memory the JIT must leave free under the heap limit before it
/// records a trace: a long trace's estimate is a few hundred KB at most
/// (`max_trace_length` uops; measured on the benchmarks: under 100 KB).
pub const TRACE_RESERVE: usize = 128 << 10;

/// The JIT state of a VM.
pub struct Jit {
    /// Thresholds and limits.
    pub params: JitParams,
    backend: Box<dyn Backend>,
    traces: Vec<Trace>,
    anchors: HashMap<(usize, u32), u32>,
    /// Class -> traces recorded with its current version.
    class_deps: HashMap<u32, Vec<u32>>,
    /// The recording in progress.
    pub(crate) recording: Option<Box<Recording>>,
    /// Counters.
    pub stats: JitStats,
    /// Print each trace's uops as recorded (to stderr).
    pub dump_uops: bool,
    /// Print each trace's IR as lowered and as optimized (to stderr).
    pub dump_ir: bool,
    /// With `dump_ir`: print the IR after every pass, not just the last.
    pub dump_passes: bool,
    /// When set, dumps go here instead of to stderr (tests).
    pub dump_log: Option<String>,
    /// Traces running (nested through native re-entry).
    executing: u32,
    /// Print each trace's machine code (to stderr).
    pub dump_asm: bool,
    /// Invalidated traces to free once no trace is running.
    graveyard: Vec<u32>,
    /// Counts of native executors already freed: (bytecode instructions
    /// completed in them, exits taken).
    freed_counts: (u64, u64),
    /// Bumped whenever a dict whose entries machine code caches changes
    /// its keys or is freed (`Dict::watch`): those caches check it.
    pub dict_epoch: Rc<Cell<u64>>,
    /// The estimated bytes of the traces not yet freed.
    trace_bytes: usize,
}

/// The hot-loop counter in a `JUMP_BACKWARD`'s cache unit: bits 0-23 count
/// down, bits 24-30 count aborted recordings, bit 31 marks it armed (set to
/// the hot-loop threshold once).
const COUNT_MASK: u32 = 0x00ff_ffff;
const ARMED: u32 = 1 << 31;
const ABORT_SHIFT: u32 = 24;

/// What tier 1 does after a call entered a function whose hot-call counter expired.
pub(crate) enum OnEntry {
    /// Run the function in tier 1.
    Interpret,
    /// Enter its function-entry trace.
    Enter(u32),
    /// Switch to the tracing copy: a recording has started.
    Record,
}

/// What the trace driver asks tier 1 to do next.
pub(crate) enum AfterTrace {
    /// Continue in tier 1 at the top frame's position.
    Resume,
    /// Switch to the tracing copy: a recording has started.
    Record,
}

impl Jit {
    /// A JIT using `backend` with `params`.
    pub fn new(backend: Box<dyn Backend>, params: JitParams) -> Jit {
        Jit {
            params,
            backend,
            traces: Vec::new(),
            anchors: HashMap::new(),
            class_deps: HashMap::new(),
            recording: None,
            stats: JitStats::default(),
            dump_uops: false,
            dump_ir: false,
            dump_passes: false,
            dump_log: None,
            executing: 0,
            dump_asm: false,
            graveyard: Vec::new(),
            freed_counts: (0, 0),
            dict_epoch: Rc::new(Cell::new(0)),
            trace_bytes: 0,
        }
    }

    /// The backend's name.
    pub fn backend_name(&self) -> &'static str {
        self.backend.name()
    }

    /// The valid root trace whose loop starts at `pc` of `code`, if any.
    pub(crate) fn trace_at(&self, code: &Rc<CodeObject>, pc: u32) -> Option<u32> {
        let id = *self.anchors.get(&(Rc::as_ptr(code) as usize, pc))?;
        self.traces[id as usize].ctx.valid.get().then_some(id)
    }

    /// True while a trace runs (machine code may hold VM addresses).
    pub(crate) fn is_executing(&self) -> bool {
        self.executing > 0
    }

    /// Traces compiled and not yet freed.
    pub fn trace_count(&self) -> usize {
        self.traces.len() - self.stats.traces_freed as usize
    }

    /// The memory the JIT holds, counted against the heap limit: the
    /// traces (estimated: [`Trace::estimate_bytes`]), the trace table and
    /// its maps, the recording under way (its uops), and the backend's code
    /// memory (exact: bytes of machine code in use).
    pub fn memory_bytes(&self) -> usize {
        use core::mem::size_of;
        let tables = self.traces.capacity() * size_of::<Trace>()
            + self.anchors.capacity() * (size_of::<((usize, u32), u32)>() + 1)
            + self.class_deps.capacity() * (size_of::<(u32, Vec<u32>)>() + 1);
        let recording = self.recording.as_ref().map_or(0, |r| r.memory_bytes());
        self.trace_bytes + tables + recording + self.backend.code_bytes()
    }

    /// Why no new trace may be recorded, if so: `max_traces` are live
    /// ([`AbortReason::TraceLimit`]), or the memory in use (`in_use`, the
    /// JIT's included) leaves less than [`TRACE_RESERVE`] under the heap
    /// `limit`, or the JIT's own memory would pass a quarter of it
    /// ([`AbortReason::MemoryLimit`]: the script keeps three quarters of its
    /// limit whatever the JIT does).
    fn full(&self, in_use: usize, limit: usize) -> Option<AbortReason> {
        if self.trace_count() >= self.params.max_traces as usize {
            Some(AbortReason::TraceLimit)
        } else if in_use.saturating_add(TRACE_RESERVE) > limit
            || self.memory_bytes().saturating_add(TRACE_RESERVE) > limit / 4
        {
            Some(AbortReason::MemoryLimit)
        } else {
            None
        }
    }

    /// Calls `f` on every heap value the JIT keeps alive.
    pub(crate) fn for_each_root(&self, f: &mut impl FnMut(Value)) {
        for t in &self.traces {
            t.roots.iter().for_each(|&r| f(Value::Obj(r)));
            t.ctx.codes.iter().for_each(|c| c.for_each_ref(f));
        }
        if let Some(rec) = &self.recording {
            rec.codes.iter().for_each(|c| c.for_each_ref(f));
            rec.start_code.for_each_ref(f);
        }
    }

    /// Backs off the site a recording came from after it was abandoned.
    fn penalize(&mut self, kind: &TraceKind) {
        match kind {
            TraceKind::Root { code, jump_at } => {
                if let Some(cell) = code.instrs.get(*jump_at as usize + 1) {
                    let aborts = ((cell.get() >> ABORT_SHIFT) & 0x7f) + 1;
                    let wait = if aborts >= self.params.penalty_max {
                        COUNT_MASK
                    } else {
                        (self.params.penalty_base << aborts.min(20)).min(COUNT_MASK)
                    };
                    cell.set(ARMED | (aborts << ABORT_SHIFT) | wait);
                }
            }
            TraceKind::Entry { code } => {
                let aborts = ((code.entry_counter.get() >> ABORT_SHIFT) & 0x7f) + 1;
                let wait = if aborts >= self.params.penalty_max {
                    COUNT_MASK
                } else {
                    (self.params.penalty_base << aborts.min(20)).min(COUNT_MASK)
                };
                code.entry_counter.set(ARMED | (aborts << ABORT_SHIFT) | wait);
            }
            TraceKind::Side { parent, exit } => {
                if let Some(e) = self.traces.get(*parent as usize).and_then(|t| t.exits.get(*exit as usize)) {
                    e.aborts.set(e.aborts.get() + 1);
                    e.count.set(0);
                }
            }
        }
    }

    /// Marks trace `id` invalid: tier 1 stops entering it, exits linked
    /// to it return to tier 1 instead, and it is freed once no trace runs.
    pub fn invalidate(&mut self, id: u32) {
        let Some(t) = self.traces.get_mut(id as usize) else { return };
        t.ctx.valid.set(false);
        if core::mem::replace(&mut t.retired, true) {
            return;
        }
        self.stats.invalidations += 1;
        if let Some((code, pc)) = &t.anchor {
            self.anchors.remove(&(Rc::as_ptr(code) as usize, *pc));
        }
        for from in &self.traces {
            for (k, e) in from.exits.iter().enumerate() {
                if e.link.get() == Some(id) {
                    e.link.set(None);
                    if let Some(x) = &from.executor {
                        x.set_exit_link(k as u32, None);
                    }
                }
            }
        }
        self.graveyard.push(id);
        self.free_dead();
    }

    /// Frees the invalidated traces' executors (their code memory) and IR,
    /// unless a trace is running (its machine code could be one of them, or
    /// return into one).
    fn free_dead(&mut self) {
        if self.executing > 0 {
            return;
        }
        for id in core::mem::take(&mut self.graveyard) {
            let t = &mut self.traces[id as usize];
            let Some(executor) = t.executor.take() else { continue };
            if let Some(counts) = executor.native_counts() {
                self.freed_counts.0 += native_instructions(t, &counts);
                self.freed_counts.1 += counts.exits.iter().sum::<u64>();
            }
            drop(executor);
            t.ir = ir::TraceIr::default();
            t.roots = Box::new([]);
            t.ctx.codes = Rc::new([]);
            self.trace_bytes -= core::mem::take(&mut t.bytes);
            self.stats.traces_freed += 1;
        }
    }

    /// Under memory pressure (a collection left the heap over its limit):
    /// invalidates and frees every trace, unless a trace is running (then
    /// nothing is freed now). True if memory was given back.
    pub(crate) fn release_memory(&mut self) -> bool {
        if self.executing > 0 || self.trace_count() == 0 {
            return false;
        }
        self.flush_all();
        true
    }

    /// Invalidates every trace and counts a flush (code memory is full).
    fn flush_all(&mut self) {
        self.stats.flushes += 1;
        self.invalidate_all();
    }

    /// Bytecode instructions completed by native code, and exits it took,
    /// over every trace (freed ones included).
    fn native_totals(&self) -> (u64, u64) {
        let mut totals = self.freed_counts;
        for t in &self.traces {
            if let Some(counts) = t.executor.as_ref().and_then(|x| x.native_counts()) {
                totals.0 += native_instructions(t, &counts);
                totals.1 += counts.exits.iter().sum::<u64>();
            }
        }
        totals
    }

    /// A class (or a base of it) changed: traces that depend on its version are invalid now.
    pub(crate) fn class_changed(&mut self, class: ObjRef) {
        if let Some(ids) = self.class_deps.remove(&class.0) {
            for id in ids {
                self.invalidate(id);
            }
        }
    }

    /// Invalidates every trace (e.g. after the host changes the backend's world).
    pub fn invalidate_all(&mut self) {
        for id in 0..self.traces.len() as u32 {
            self.invalidate(id);
        }
    }

    /// The counters, including what native executors counted in machine
    /// code (bytecode completed in traces, exits linked natively).
    pub fn counters(&self) -> JitStats {
        let mut s = self.stats.clone();
        if self.traces.iter().any(|t| t.native) {
            let (instructions, exits) = self.native_totals();
            s.instructions += instructions;
            s.linked_exits += exits.saturating_sub(s.cold_exits);
        }
        s
    }

    /// The text `--stats` prints for the JIT.
    pub fn report(&self, tier1_instructions: u64) -> String {
        let s = &self.counters();
        let mut out = String::new();
        let _ = writeln!(out, "jit ({} backend):", self.backend.name());
        let _ = writeln!(out, "  recordings started      {:>12}", s.recordings);
        let _ = writeln!(out, "  root traces             {:>12}", s.root_traces);
        let _ = writeln!(out, "  side traces             {:>12}", s.side_traces);
        let _ = writeln!(out, "  cut at max length       {:>12}", s.cut_too_long);
        let aborted: u64 = s.aborts.iter().sum();
        let _ = writeln!(out, "  aborted                 {:>12}", aborted);
        for r in AbortReason::ALL {
            let n = s.aborts[*r as usize];
            if n > 0 {
                let _ = writeln!(out, "    {:>8}  {}", n, r.describe());
            }
        }
        let _ = writeln!(out, "  uops recorded           {:>12}", s.uops_recorded);
        let _ = writeln!(out, "  trace entries           {:>12}", s.entries);
        let _ = writeln!(out, "  IR instructions run     {:>12}", s.ops);
        let native = self.traces.iter().any(|t| t.native);
        let _ = writeln!(out, "  exits to tier 1         {:>12}", s.cold_exits);
        if native {
            let _ = writeln!(out, "  exits linked natively   {:>12}", s.linked_exits);
        } else {
            let _ = writeln!(out, "  exits linked            {:>12}", s.linked_exits);
        }
        let _ = writeln!(out, "  hot exits refused       {:>12}", s.side_refused);
        let _ = writeln!(out, "  invalidations           {:>12}", s.invalidations);
        let _ = writeln!(out, "  traces freed            {:>12}", s.traces_freed);
        if native {
            let bytes = self.backend.code_bytes();
            let _ =
                writeln!(out, "  code memory in use      {:>12}  bytes (limit {})", bytes, self.params.max_code_bytes);
            let _ = writeln!(out, "  code memory flushes     {:>12}", s.flushes);
        }
        let in_traces = s.instructions;
        let total = in_traces + tier1_instructions;
        let share = if total > 0 { 100.0 * in_traces as f64 / total as f64 } else { 0.0 };
        let _ = writeln!(out, "  bytecode in traces      {:>12}  ({share:.1}% of {total})", in_traces);
        out
    }
}

impl Vm {
    /// Turns the JIT on with `backend` and `params` (replacing any earlier JIT and its traces).
    #[cfg(feature = "jit")]
    pub fn set_jit(&mut self, backend: Box<dyn Backend>, params: JitParams) {
        self.jit = Some(Box::new(Jit::new(backend, params)));
    }

    /// A `JUMP_BACKWARD` at `jump_at` found its counter at zero. Returns true
    /// if a recording started (the caller switches to the tracing copy once
    /// the jump is done).
    pub(crate) fn jit_hot_loop(&mut self, code: &Rc<CodeObject>, jump_at: usize) -> bool {
        let cell = &code.instrs[jump_at + 1];
        let c = cell.get();
        let Some(jit) = self.jit.as_mut() else {
            cell.set(COUNT_MASK);
            return false;
        };
        if c & ARMED == 0 {
            cell.set(ARMED | (jit.params.hot_loop.saturating_sub(1)).min(COUNT_MASK));
            return false;
        }
        let aborts = (c >> ABORT_SHIFT) & 0x7f;
        let target = decode(code.instrs[jump_at].get()).1;
        if let Some(id) = jit.trace_at(code, target) {
            code.instrs[jump_at].set(encode(Opcode::EnterExecutor, target));
            cell.set(id);
            return false;
        }
        if aborts >= jit.params.penalty_max {
            cell.set(c | COUNT_MASK);
            return false;
        }
        if jit.recording.is_some() || jit.executing > 0 || self.frames.is_empty() {
            cell.set(c | (jit.params.penalty_base & COUNT_MASK));
            return false;
        }
        if let Some(reason) = jit.full(self.heap.in_use(), self.heap.limit()) {
            jit.stats.aborts[reason as usize] += 1;
            cell.set(c | COUNT_MASK);
            return false;
        }
        let wait = jit.params.gen_loop_wait;
        if aborts == 0 && wait > 1 && jit.params.penalty_max > 1 && self.frames.last().is_some_and(driven_by_for_loop) {
            // A loop inside a generator a Python `for` drives: its consumer's
            // loop gets a trace first, in which the generator runs without
            // a frame (`lower::generator_region`); only a generator looping
            // `gen_loop_wait` times per item or more gets a trace of its own.
            // (The wait is noted as one back-off, so it is taken once.)
            let count = (wait.saturating_mul(jit.params.hot_loop)).min(COUNT_MASK);
            cell.set(ARMED | (1 << ABORT_SHIFT) | count);
            return false;
        }
        cell.set(c | COUNT_MASK);
        let kind = TraceKind::Root { code: code.clone(), jump_at: jump_at as u32 };
        self.start_recording(kind);
        // The loop header: where the jump is about to go.
        if let Some(rec) = self.jit.as_mut().and_then(|j| j.recording.as_mut()) {
            rec.start_pc = target;
        }
        true
    }

    /// A call from tier 1 just entered `code` (the top frame, at instruction
    /// 0) and found its hot-call counter at zero: enter the function's
    /// trace, start recording one, or go on counting.
    pub(crate) fn jit_hot_entry(&mut self, code: &Rc<CodeObject>) -> OnEntry {
        let cell = &code.entry_counter;
        let c = cell.get();
        let Some(jit) = self.jit.as_mut() else {
            cell.set(COUNT_MASK);
            return OnEntry::Interpret;
        };
        if jit.params.entry_traces == 0 {
            // Switched off: park the counter.
            cell.set(ARMED | COUNT_MASK);
            return OnEntry::Interpret;
        }
        let id = code.entry_trace.get();
        if id != CodeObject::NO_TRACE {
            if jit.traces.get(id as usize).is_some_and(|t| t.ctx.valid.get()) {
                return OnEntry::Enter(id);
            }
            // Invalidated: count again.
            jit.invalidate(id);
            code.entry_trace.set(CodeObject::NO_TRACE);
            cell.set(ARMED | jit.params.hot_call.min(COUNT_MASK));
            return OnEntry::Interpret;
        }
        if code.code.flags & crate::bytecode::code::FLAG_GENERATOR != 0 {
            // Only a generator's first resume starts at instruction 0: its
            // loops are what gets hot, and they get traces of their own.
            cell.set(ARMED | COUNT_MASK);
            return OnEntry::Interpret;
        }
        if c & ARMED == 0 {
            cell.set(ARMED | (jit.params.hot_call.saturating_sub(1)).min(COUNT_MASK));
            return OnEntry::Interpret;
        }
        let aborts = (c >> ABORT_SHIFT) & 0x7f;
        if aborts >= jit.params.penalty_max {
            cell.set(c | COUNT_MASK);
            return OnEntry::Interpret;
        }
        if let Some(id) = jit.trace_at(code, 0) {
            // A loop trace starts at instruction 0: calls enter it.
            code.entry_trace.set(id);
            return OnEntry::Enter(id);
        }
        if jit.recording.is_some() || jit.executing > 0 {
            cell.set(c | (jit.params.penalty_base & COUNT_MASK));
            return OnEntry::Interpret;
        }
        if let Some(reason) = jit.full(self.heap.in_use(), self.heap.limit()) {
            jit.stats.aborts[reason as usize] += 1;
            cell.set(c | COUNT_MASK);
            return OnEntry::Interpret;
        }
        cell.set(c | COUNT_MASK);
        self.start_recording(TraceKind::Entry { code: code.clone() });
        OnEntry::Record
    }

    /// Starts recording at the top frame's position (already saved in the frame).
    fn start_recording(&mut self, kind: TraceKind) {
        let rec = Recording::new(self, kind);
        let Some(jit) = self.jit.as_mut() else { return };
        jit.stats.recordings += 1;
        jit.recording = Some(Box::new(rec));
    }

    /// Compiles a finished recording and installs it (anchoring root
    /// traces, linking side traces into their parent's exit).
    pub(crate) fn install_trace(&mut self, rec: Box<Recording>, exit_at: (i32, u32, u32, u32)) {
        let deps = rec.class_dependencies();
        let stale = deps.iter().any(|&(class, version)| {
            !matches!(self.heap.get(class), crate::runtime::object::Obj::Class(c) if c.version == version)
        });
        let Some(jit) = self.jit.as_ref() else { return };
        let globals = if jit.params.global_consts != 0 { rec.constant_globals() } else { Vec::new() };
        let stale = stale || !self.globals_still(&rec, &globals);
        let Some(jit) = self.jit.as_mut() else { return };
        // A root trace that goes back to tier 1 at its end pays an entry and
        // an exit on every run (a generator's loop that yields to native
        // code, an expression generator): short ones cost more than they save.
        let open_root = !matches!(rec.kind, TraceKind::Side { .. }) && rec.end == Some(TraceEnd::Exit);
        if open_root && rec.insts.len() < jit.params.min_open_trace as usize {
            jit.stats.aborts[AbortReason::TooShort as usize] += 1;
            jit.penalize(&rec.kind);
            return;
        }
        if stale {
            jit.stats.aborts[AbortReason::Stale as usize] += 1;
            jit.penalize(&rec.kind);
            return;
        }
        jit.stats.uops_recorded += rec.uops.len() as u64;
        let mut optimized = lower::lower(&rec, &self.heap, exit_at, &jit.params);
        let mut stages: Vec<(&str, String)> = Vec::new();
        if jit.dump_ir {
            stages.push(("as lowered", optimized.to_text()));
        }
        for (k, (name, pass)) in opt::PASSES.iter().enumerate() {
            if jit.params.passes & 1 << k == 0 {
                continue;
            }
            optimized = pass(optimized);
            if jit.dump_ir && jit.dump_passes {
                stages.push((name, optimized.to_text()));
            }
        }
        if jit.params.stress_exits > 0 {
            optimized = opt::insert_stress_exits(optimized, jit.params.stress_exits);
        }
        if jit.dump_ir && !jit.dump_passes {
            stages.push(("optimized", optimized.to_text()));
        }
        if optimized.snapshots.len() > jit.params.max_exits as usize {
            jit.stats.aborts[AbortReason::TooManyExits as usize] += 1;
            jit.penalize(&rec.kind);
            return;
        }
        let id = jit.traces.len() as u32;
        let ctx = TraceContext {
            id,
            valid: Rc::new(Cell::new(true)),
            codes: rec.codes.to_vec().into(),
            code_limit: jit.params.max_code_bytes as usize,
            name: trace_name(id, &rec),
        };
        let executor = match jit.backend.compile(&optimized, ctx.clone()) {
            Ok(e) => e,
            Err(CompileError::CodeMemoryFull) => {
                // As LuaJIT does: drop every trace and record afresh.
                jit.stats.aborts[AbortReason::CodeMemoryFull as usize] += 1;
                jit.penalize(&rec.kind);
                jit.flush_all();
                return;
            }
            Err(CompileError::Unsupported(why)) => {
                jit.stats.aborts[AbortReason::Backend as usize] += 1;
                jit.penalize(&rec.kind);
                if jit.dump_ir || jit.dump_asm {
                    let mut text = dump_text(jit, id, &rec, &stages);
                    let _ = writeln!(text, "--- the {} backend refused the trace: {why}", jit.backend.name());
                    match jit.dump_log.as_mut() {
                        Some(log) => log.push_str(&text),
                        None => self.host.write_stderr(&text),
                    }
                }
                return;
            }
        };
        if jit.dump_uops || jit.dump_ir || jit.dump_asm {
            let mut text = dump_text(jit, id, &rec, &stages);
            if jit.dump_asm {
                match executor.disassemble() {
                    Some(asm) => {
                        let _ = writeln!(text, "--- machine code ({} bytes)", executor.code_bytes());
                        text.push_str(&asm);
                    }
                    None => text.push_str("--- no machine code (this backend interprets the IR)\n"),
                }
            }
            match jit.dump_log.as_mut() {
                Some(log) => log.push_str(&text),
                None => self.host.write_stderr(&text),
            }
        }
        let Some(jit) = self.jit.as_mut() else { return };
        let exits: Box<[ExitInfo]> = (0..optimized.snapshots.len()).map(|_| ExitInfo::default()).collect();
        // A trace ending at a trace's start (another's, or its own in a
        // recursive call) continues there when its last exit is that
        // position: a lowering abandoned early ends in an exit elsewhere,
        // which must go to tier 1.
        let at_end = |s: &u32| {
            optimized.snapshots.get(*s as usize).is_some_and(|snap| {
                let (depth, code, pc, _) = exit_at;
                snap.pc == Some(pc) && snap.depth == depth && snap.code == code
            })
        };
        let last_at_end = optimized.insts.last().and_then(|i| i.snapshot).filter(at_end);
        if let Some(TraceEnd::Link(to)) = rec.end {
            let target = jit.traces.get(to as usize).filter(|t| t.ctx.valid.get());
            if let (Some(last), Some(target)) = (last_at_end, target) {
                exits[last as usize].link.set(Some(to));
                executor.set_exit_link(last, target.executor.as_ref().and_then(|x| x.link_target()));
            }
        }
        let (side_depth, anchor) = match &rec.kind {
            TraceKind::Root { .. } | TraceKind::Entry { .. } => {
                jit.stats.root_traces += 1;
                (0, Some((rec.start_code.clone(), rec.start_pc)))
            }
            TraceKind::Side { parent, exit } => {
                jit.stats.side_traces += 1;
                let parent_trace = &jit.traces[*parent as usize];
                if let Some(e) = parent_trace.exits.get(*exit as usize) {
                    e.link.set(Some(id));
                    if let Some(p) = &parent_trace.executor {
                        p.set_exit_link(*exit, executor.link_target());
                    }
                }
                (parent_trace.side_depth + 1, None)
            }
        };
        if let Some((code, pc)) = &anchor {
            jit.anchors.insert((Rc::as_ptr(code) as usize, *pc), id);
        }
        let deps_count = deps.len();
        for (class, _) in deps {
            jit.class_deps.entry(class.0).or_default().push(id);
        }
        if let TraceKind::Root { code, jump_at } = &rec.kind {
            // The back edge that got hot enters the trace from now on.
            let target = decode(code.instrs[*jump_at as usize].get()).1;
            if Some(target) == anchor.as_ref().map(|a| a.1) && Rc::ptr_eq(code, &rec.start_code) {
                code.instrs[*jump_at as usize].set(encode(Opcode::EnterExecutor, target));
                code.instrs[*jump_at as usize + 1].set(id);
            }
        }
        if let TraceKind::Entry { code } = &rec.kind {
            // Calls from tier 1 enter the trace from now on.
            code.entry_trace.set(id);
            code.entry_counter.set(ARMED);
        }
        if rec.end == Some(TraceEnd::Recurse) {
            // The recursive call continues at this trace's own start.
            if let Some(last) = last_at_end {
                exits[last as usize].link.set(Some(id));
                executor.set_exit_link(last, executor.link_target());
            }
        }
        let loop_len = if rec.end == Some(TraceEnd::Loop) { rec.insts.len() as u32 } else { 0 };
        let roots = backend::const_roots(&optimized);
        // Its entries in `class_deps` too (counted with the trace).
        let bytes = Trace::estimate_bytes(&optimized, exits.len(), roots.len() + deps_count);
        jit.trace_bytes += bytes;
        let valid = ctx.valid.clone();
        jit.traces.push(Trace {
            bytes,
            native: executor.native_counts().is_some(),
            executor: Some(executor),
            retired: false,
            ctx,
            ir: optimized,
            exits,
            side_depth,
            kind: rec.kind.clone(),
            anchor,
            roots,
            loop_len,
            from_entry: rec.from_entry,
        });
        self.assume_globals(&globals, &valid);
    }

    /// True if every global the recording takes as a constant still holds
    /// the value it saw (and a builtin is still not shadowed by a global).
    fn globals_still(&self, rec: &Recording, globals: &[Option<recorder::GlobalSeen>]) -> bool {
        use crate::runtime::object::Obj;
        globals.iter().zip(&rec.uop_args).all(|(g, args)| {
            let Some(g) = g else { return true };
            let holds = match self.heap.get(ObjRef(g.dict)) {
                Obj::Dict(d) => d.raw_entry(g.index as usize).is_some_and(|e| e.value.is(g.value)),
                _ => false,
            };
            // A builtin's load was specialized for the globals' keys version in `cache[0]`.
            let unshadowed = g.dict == g.globals
                || matches!(self.heap.get(ObjRef(g.globals)), Obj::Dict(d) if d.keys_version == args.cache[0]);
            holds && unshadowed
        })
    }

    /// Makes the trace whose validity is `valid` depend on the entries it
    /// took as constants (and, for builtins, on the globals' keys).
    fn assume_globals(&mut self, globals: &[Option<recorder::GlobalSeen>], valid: &Rc<Cell<bool>>) {
        use crate::runtime::object::Obj;
        for g in globals.iter().flatten() {
            if let Obj::Dict(d) = self.heap.get_mut(ObjRef(g.dict)) {
                d.assume(g.index as usize, valid);
            }
            if g.dict != g.globals {
                if let Obj::Dict(d) = self.heap.get_mut(ObjRef(g.globals)) {
                    d.assume_keys(valid);
                }
            }
        }
    }

    /// Runs trace `id` (entered at its anchor with the frame's position
    /// there: the back edge at `jump_at` of `code`, or with `jump_at` None
    /// the function entry), then the traces its exits link to, until an
    /// exit returns to tier 1. The VM state is tier 1's when it returns.
    pub(crate) fn run_traces(
        &mut self,
        code: &Rc<CodeObject>,
        jump_at: Option<usize>,
        id: u32,
    ) -> PyResult<AfterTrace> {
        let after = self.run_traces_from(code, jump_at, id);
        if let Some(jit) = self.jit.as_mut() {
            jit.free_dead();
        }
        after
    }

    fn run_traces_from(&mut self, code: &Rc<CodeObject>, jump_at: Option<usize>, mut id: u32) -> PyResult<AfterTrace> {
        {
            let Some(jit) = self.jit.as_mut() else { return Ok(AfterTrace::Resume) };
            let valid = jit.traces.get(id as usize).is_some_and(|t| t.ctx.valid.get());
            if !valid {
                // Invalidated: the back edge (or the function entry) goes back to counting.
                jit.invalidate(id);
                match jump_at {
                    Some(jump_at) => {
                        let target = decode(code.instrs[jump_at].get()).1;
                        code.instrs[jump_at].set(encode(Opcode::JumpBackward, target));
                        code.instrs[jump_at + 1].set(ARMED | jit.params.hot_loop.min(COUNT_MASK));
                    }
                    None => {
                        code.entry_trace.set(CodeObject::NO_TRACE);
                        code.entry_counter.set(ARMED | jit.params.hot_call.min(COUNT_MASK));
                    }
                }
                return Ok(AfterTrace::Resume);
            }
            jit.stats.entries += 1;
        }
        loop {
            let Some(jit) = self.jit.as_mut() else { return Ok(AfterTrace::Resume) };
            let Some(executor) = jit.traces[id as usize].executor.clone() else {
                return Ok(AfterTrace::Resume);
            };
            jit.executing += 1;
            let result = executor.run(self);
            let Some(jit) = self.jit.as_mut() else {
                // Nothing removes the JIT while a trace runs (host functions
                // get no `&mut Vm`); if it were gone, the trace has written its
                // state back and tier 1 goes on.
                result?;
                return Ok(AfterTrace::Resume);
            };
            jit.executing -= 1;
            let ExitTaken { trace, exit, loops, ops } = result?;
            // A native backend may have left through a trace linked to this one.
            id = trace;
            jit.stats.ops += ops;
            let t = &jit.traces[id as usize];
            let snap = &t.ir.snapshots[exit as usize];
            if !t.native {
                jit.stats.instructions += snap.done as u64 + loops * t.loop_len as u64;
            }
            if !t.ctx.valid.get() {
                // A global it assumed was rebound while it ran (or before a
                // linked exit entered it), or an object's class changed: it
                // left at its next check, back to tier 1 (a cold exit: a
                // native executor counted it among its exits, and
                // `counters` takes the linked ones as those not cold).
                jit.stats.cold_exits += 1;
                jit.invalidate(id);
                return Ok(AfterTrace::Resume);
            }
            if let Some(next) = t.exits[exit as usize].link.get() {
                if jit.traces[next as usize].ctx.valid.get() {
                    jit.stats.linked_exits += 1;
                    id = next;
                    continue;
                }
                // Invalid since the link was made (a global it assumed was
                // rebound): retired now, which unlinks it everywhere.
                jit.invalidate(next);
            }
            let t = &jit.traces[id as usize];
            let snap = &t.ir.snapshots[exit as usize];
            let info = &t.exits[exit as usize];
            jit.stats.cold_exits += 1;
            let count = info.count.get() + 1;
            info.count.set(count);
            let aborts = info.aborts.get();
            let threshold = jit.params.hot_exit.saturating_mul(1 << aborts.min(16));
            if count < threshold || jit.recording.is_some() || jit.executing > 0 {
                return Ok(AfterTrace::Resume);
            }
            if aborts >= jit.params.penalty_max
                || t.side_depth >= jit.params.max_side_depth
                || jit.full(self.heap.in_use(), self.heap.limit()).is_some()
            {
                if count == threshold {
                    jit.stats.side_refused += 1;
                }
                return Ok(AfterTrace::Resume);
            }
            info.count.set(0);
            let as_is = snap.pc.is_none();
            let from_entry = t.from_entry;
            self.start_recording(TraceKind::Side { parent: id, exit });
            if let Some(rec) = self.jit.as_mut().and_then(|j| j.recording.as_mut()) {
                rec.entry_guard = as_is;
                rec.from_entry = from_entry;
            }
            return Ok(AfterTrace::Record);
        }
    }
}

/// Bytecode instructions a native executor completed: its loops times the
/// loop's length plus, per exit, times taken times the instructions done there.
fn native_instructions(t: &Trace, counts: &backend::NativeCounts) -> u64 {
    let at_exits: u64 = t.ir.snapshots.iter().zip(&counts.exits).map(|(s, &n)| s.done as u64 * n).sum();
    at_exits + counts.loops * t.loop_len as u64
}

/// How profilers and dumps name a trace: its number, kind and start.
fn trace_name(id: u32, rec: &Recording) -> String {
    let code = &rec.start_code;
    let line = code.code.line_at(rec.start_pc as usize);
    let kind = match &rec.kind {
        TraceKind::Root { .. } => String::from("loop"),
        TraceKind::Entry { .. } => String::from("entry"),
        TraceKind::Side { parent, exit } => alloc::format!("side of {parent}/{exit}"),
    };
    alloc::format!("ouro trace {id} ({kind} at {}@{} line {line})", code.code.name, rec.start_pc)
}

fn dump_text(jit: &Jit, id: u32, rec: &Recording, stages: &[(&str, String)]) -> String {
    let mut out = String::new();
    let kind = match &rec.kind {
        TraceKind::Root { .. } => String::from("root"),
        TraceKind::Entry { .. } => String::from("function entry"),
        TraceKind::Side { parent, exit } => alloc::format!("side of trace {parent} exit {exit}"),
    };
    let _ =
        writeln!(out, "=== trace {id} ({kind}) at {}@{} ends {:?}", rec.start_code.code.name, rec.start_pc, rec.end);
    if jit.dump_uops {
        let _ = writeln!(out, "--- uops ({} from {} instructions)", rec.uops.len(), rec.insts.len());
        let mut last = u32::MAX;
        for u in &rec.uops {
            let inst = &rec.insts[u.inst as usize];
            if u.inst != last {
                let code = &rec.codes[inst.code as usize];
                let line = code.code.line_at(inst.pc as usize);
                let _ = writeln!(out, "  {}@{} line {} {} {}", code.code.name, inst.pc, line, inst.op.name(), inst.arg);
                last = u.inst;
            }
            let _ = writeln!(out, "      {}", u.uop.name());
        }
    }
    for (name, text) in stages {
        let _ = writeln!(out, "--- ir {name} ({} instructions)", text.lines().count());
        out.push_str(text);
    }
    out
}

impl Jit {
    /// True while a trace runs or a recording is under way (nothing but
    /// the script may run then: generator finalizers wait).
    pub(crate) fn busy(&self) -> bool {
        self.executing > 0 || self.recording.is_some()
    }
}

/// True for the frame of a generator a Python `for` loop resumed (`FOR_ITER_GEN`).
fn driven_by_for_loop(frame: &crate::interp::frame::Frame) -> bool {
    use crate::interp::frame::{GenMode, ReturnAction};
    matches!(frame.on_return, ReturnAction::Generator { mode: GenMode::ForIter { .. }, .. })
}
