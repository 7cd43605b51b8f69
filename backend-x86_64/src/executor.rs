//! A compiled trace: its machine code, its data words, and running it.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use vm_core::jit::backend::native::{NativeState, RAISED};
use vm_core::jit::backend::{self as rt, Executor, ExitTaken, NativeCounts, TraceContext};
use vm_core::jit::code_memory::ExecutableCode;
use vm_core::runtime::object::PyResult;
use vm_core::vm::Vm;

use crate::emit::{Mark, TraceData};

/// A trace compiled to machine code.
pub struct NativeExecutor {
    pub(crate) code: ExecutableCode,
    pub(crate) data: Box<TraceData>,
    /// Offsets into the code.
    pub(crate) entry: usize,
    pub(crate) link_entry: usize,
    pub(crate) exit_return: usize,
    /// Value-stack room the code writes above a frame's base.
    pub(crate) slack: usize,
    /// Bytes of code.
    pub(crate) len: usize,
    /// Machine instructions.
    pub(crate) instructions: usize,
    /// Keeps the validity flag and code objects the code points at alive.
    pub(crate) ctx: TraceContext,
    /// For listings: where each IR instruction's code starts, and the IR text.
    #[cfg_attr(not(feature = "disasm"), allow(dead_code))]
    pub(crate) marks: Vec<(usize, Mark)>,
    #[cfg_attr(not(feature = "disasm"), allow(dead_code))]
    pub(crate) ir_text: Vec<String>,
}

impl NativeExecutor {
    fn addr(&self, offset: usize) -> usize {
        self.code.addr() + offset
    }
}

impl Executor for NativeExecutor {
    fn run(&self, vm: &mut Vm) -> PyResult<ExitTaken> {
        let mut state = NativeState::new(self.slack);
        state.refresh(vm);
        state.vm = vm;
        // SAFETY: `entry` is the prologue of this executor's published code,
        // compiled as an `extern "sysv64" fn(&mut NativeState) -> u64` (the
        // System V convention, callee-saved registers restored on every
        // return path). Everything it dereferences stays valid for the call:
        // the state (on this stack), the VM (reached only through
        // `state.vm`, since `vm` is not used until it returns), this code
        // and data (the driver holds this executor), traces it links into
        // (freed only once no trace runs), and the objects named in it
        // (held by `ctx`).
        let status = unsafe {
            let entry: extern "sysv64" fn(&mut NativeState) -> u64 = core::mem::transmute(self.addr(self.entry));
            entry(&mut state)
        };
        if status == RAISED {
            return Err(match state.error.take() {
                Some(e) => e,
                None => rt::internal_error(vm, "a trace raised without an exception"),
            });
        }
        Ok(ExitTaken { trace: state.trace, exit: state.exit, loops: 0, ops: 0 })
    }

    fn size(&self) -> usize {
        self.instructions
    }

    fn link_target(&self) -> Option<usize> {
        Some(self.addr(self.link_entry))
    }

    fn set_exit_link(&self, exit: u32, target: Option<usize>) -> bool {
        if let Some(word) = self.data.targets.get(exit as usize) {
            word.set(target.unwrap_or(self.addr(self.exit_return)) as u64);
        }
        true
    }

    fn native_counts(&self) -> Option<NativeCounts> {
        Some(NativeCounts { loops: self.data.loops.get(), exits: self.data.taken.iter().map(|c| c.get()).collect() })
    }

    fn code_bytes(&self) -> usize {
        self.len
    }

    fn disassemble(&self) -> Option<String> {
        #[cfg(feature = "disasm")]
        {
            Some(crate::disasm::listing(self))
        }
        #[cfg(not(feature = "disasm"))]
        {
            Some(String::from("  (no disassembler in this build: it needs the `disasm` feature)\n"))
        }
    }
}

impl core::fmt::Debug for NativeExecutor {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "NativeExecutor(trace {}, {:?})", self.ctx.id, self.code)
    }
}
