//! ouro's native JIT backend: compiles optimized trace IR to x86-64
//! machine code with iced-x86, into code memory the host supplies.
//!
//! ```text
//! TraceIr --plan (representations, linear scan)--> Plan
//!         --emit (iced-x86 CodeAssembler)--> bytes --CodeArena--> ExecutableCode
//! ```
//!
//! Traces run with the VM's values in registers (ints and floats unboxed),
//! call `vm_core::jit::backend::native`'s entry points for whatever they do
//! not do inline, leave through exit stubs that write tier 1's state back,
//! and link into each other natively: an exit's continuation is a data
//! word, so linking and unlinking never write code (see `emit`).
//!
//! | feature  | what it adds |
//! |----------|--------------|
//! | `disasm` | assembly listings of compiled traces (`--dump asm`) |
//!
//! The crate is `no_std`; it builds for `x86_64-unknown-none` with a
//! host-supplied [`CodeMemory`].
#![no_std]

extern crate alloc;

#[cfg(feature = "disasm")]
mod disasm;
mod emit;
mod executor;
mod plan;

use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;

use vm_core::jit::backend::{Backend, CompileError, Executor, TraceContext};
use vm_core::jit::code_memory::{CodeArena, CodeMemory, CodeMemoryError, SharedArena};
use vm_core::jit::ir::TraceIr;

pub use executor::NativeExecutor;

/// The x86-64 backend.
pub struct X86Backend {
    arena: SharedArena,
}

impl X86Backend {
    /// A backend placing code in `memory` (its limit is the JIT's
    /// `max_code_bytes`, applied at each compilation).
    pub fn new(memory: Box<dyn CodeMemory>) -> X86Backend {
        X86Backend { arena: CodeArena::new(memory, usize::MAX) }
    }
}

impl core::fmt::Debug for X86Backend {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "X86Backend({} bytes of code)", self.arena.borrow().bytes_in_use())
    }
}

fn memory_error(e: CodeMemoryError) -> CompileError {
    match e {
        CodeMemoryError::LimitReached | CodeMemoryError::MapFailed => CompileError::CodeMemoryFull,
        CodeMemoryError::ProtectFailed => {
            CompileError::Unsupported(String::from("code memory cannot be made executable"))
        }
    }
}

impl Backend for X86Backend {
    fn name(&self) -> &'static str {
        "x86_64"
    }

    fn compile(&mut self, ir: &TraceIr, ctx: TraceContext) -> Result<Rc<dyn Executor>, CompileError> {
        self.arena.borrow_mut().set_limit(ctx.code_limit);
        let plan = plan::plan(ir).map_err(|why| CompileError::Unsupported(String::from(why)))?;
        let data = Box::new(emit::TraceData::new(ir, &ctx));
        let asm =
            emit::assemble(ir, &plan, &ctx, &data).map_err(|e| CompileError::Unsupported(format!("assembler: {e}")))?;
        let len = asm.bytes.len();
        let mut writable = CodeArena::reserve(&self.arena, len).map_err(memory_error)?;
        writable.bytes_mut()[..len].copy_from_slice(&asm.bytes);
        let code = writable.publish().map_err(memory_error)?;
        code.describe(len, &ctx.name);
        let return_path = (code.addr() + asm.exit_return) as u64;
        for word in data.targets.iter() {
            word.set(return_path);
        }
        let ir_text = if cfg!(feature = "disasm") {
            ir.to_text().lines().map(String::from).collect()
        } else {
            alloc::vec::Vec::new()
        };
        Ok(Rc::new(NativeExecutor {
            code,
            data,
            entry: asm.entry,
            link_entry: asm.link_entry,
            exit_return: asm.exit_return,
            slack: asm.slack,
            len,
            instructions: asm.instructions,
            ctx,
            marks: asm.marks,
            ir_text,
        }))
    }

    fn code_bytes(&self) -> usize {
        self.arena.borrow().bytes_in_use()
    }
}
