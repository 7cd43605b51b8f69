//! # ouro
//!
//! An embeddable virtual machine for a Python-compatible language: a
//! `no_std` core with a specializing interpreter and a trace-recording JIT
//! whose code generation is a pluggable backend.
//!
//! ```text
//! source -> compiler -> bytecode -> tier 1 interpreter -> (hot loops) recorder
//!        -> optimizer -> Backend (interp | x86_64) -> side exits back to tier 1
//! ```
//!
//! | feature      | default | what it adds |
//! |--------------|---------|--------------|
//! | `std`        | yes     | [`StdHost`] (stdout/stderr) and the `ouro` CLI |
//! | `jit-interp` | yes     | the IR-interpreting JIT backend |
//! | `jit-x86_64` | yes     | the x86-64 machine-code JIT backend |
//!
//! This crate is the facade: it re-exports `vm-core` and picks the backend.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use vm_core::*;

/// Which execution tier runs hot loops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JitMode {
    /// The specializing interpreter alone.
    Off,
    /// Traces run on the IR-interpreting backend.
    Interp,
    /// Traces run as x86-64 machine code.
    X86_64,
}

impl JitMode {
    /// Parses a mode name as the CLI spells it (`off`, `interp`, `x86_64`).
    pub fn from_name(name: &str) -> Option<JitMode> {
        match name {
            "off" => Some(JitMode::Off),
            "interp" => Some(JitMode::Interp),
            "x86_64" => Some(JitMode::X86_64),
            _ => None,
        }
    }

    /// The CLI name.
    pub fn name(self) -> &'static str {
        match self {
            JitMode::Off => "off",
            JitMode::Interp => "interp",
            JitMode::X86_64 => "x86_64",
        }
    }

    /// Modes that can run in this build (others are refused with
    /// [`JitMode::unavailable_reason`]).
    pub fn available() -> &'static [JitMode] {
        if cfg!(feature = "jit-interp") {
            &[JitMode::Off, JitMode::Interp]
        } else {
            &[JitMode::Off]
        }
    }

    /// Why a mode cannot be used in this build, if it cannot.
    pub fn unavailable_reason(self) -> Option<&'static str> {
        match self {
            JitMode::Off => None,
            JitMode::Interp if cfg!(feature = "jit-interp") => None,
            JitMode::Interp => Some("this build was made without the 'jit-interp' feature"),
            JitMode::X86_64 if cfg!(feature = "jit-x86_64") => {
                Some("the 'x86_64' JIT backend is not implemented yet (the recording JIT lands in a later release)")
            }
            JitMode::X86_64 => Some("this build was made without the 'jit-x86_64' feature"),
        }
    }
}

/// Installs the JIT for `mode` in `vm` with `params` (`Off` removes it).
/// Fails with the reason when the mode is not in this build.
pub fn configure_jit(vm: &mut Vm, mode: JitMode, params: jit::JitParams) -> Result<(), &'static str> {
    if let Some(reason) = mode.unavailable_reason() {
        return Err(reason);
    }
    match mode {
        JitMode::Off => vm.jit = None,
        #[cfg(feature = "jit-interp")]
        JitMode::Interp => vm.set_jit(alloc::boxed::Box::new(backend_interp::InterpBackend::new()), params),
        #[allow(unreachable_patterns)]
        _ => return Err("this JIT backend is not implemented yet"),
    }
    Ok(())
}

#[cfg(feature = "std")]
mod std_host;
#[cfg(feature = "std")]
pub use std_host::{find_module_source, StdHost};
