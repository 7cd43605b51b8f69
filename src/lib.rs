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
        const ALL: [JitMode; 3] = [JitMode::Off, JitMode::Interp, JitMode::X86_64];
        const NO_NATIVE: [JitMode; 2] = [JitMode::Off, JitMode::Interp];
        match (cfg!(feature = "jit-interp"), NATIVE_BUILT) {
            (true, true) => &ALL,
            (true, false) => &NO_NATIVE,
            (false, true) => &[JitMode::Off, JitMode::X86_64],
            (false, false) => &[JitMode::Off],
        }
    }

    /// The mode hot loops run in unless the host or the CLI chooses:
    /// machine code where this build has the x86-64 backend and the
    /// standard library (which provides its code memory), else the
    /// specializing interpreter alone.
    pub fn default_mode() -> JitMode {
        if NATIVE_BUILT && cfg!(feature = "std") {
            JitMode::X86_64
        } else {
            JitMode::Off
        }
    }

    /// Why a mode cannot be used in this build, if it cannot.
    pub fn unavailable_reason(self) -> Option<&'static str> {
        match self {
            JitMode::Off => None,
            JitMode::Interp if cfg!(feature = "jit-interp") => None,
            JitMode::Interp => Some("this build was made without the 'jit-interp' feature"),
            JitMode::X86_64 if NATIVE_BUILT => None,
            JitMode::X86_64 if cfg!(feature = "jit-x86_64") => Some("the x86-64 backend needs an x86-64 processor"),
            JitMode::X86_64 => Some("this build was made without the 'jit-x86_64' feature"),
        }
    }
}

/// True when the x86-64 backend is in this build (feature and architecture).
const NATIVE_BUILT: bool = cfg!(all(feature = "jit-x86_64", target_arch = "x86_64"));

/// Installs the JIT for `mode` in `vm` with `params` (`Off` removes it).
/// Fails with the reason when the mode is not in this build. Without the
/// `std` feature the x86-64 backend needs the host's code memory: use
/// [`configure_native_jit`].
pub fn configure_jit(vm: &mut Vm, mode: JitMode, params: jit::JitParams) -> Result<(), &'static str> {
    if let Some(reason) = mode.unavailable_reason() {
        return Err(reason);
    }
    match mode {
        JitMode::Off => vm.jit = None,
        #[cfg(feature = "jit-interp")]
        JitMode::Interp => vm.set_jit(alloc::boxed::Box::new(backend_interp::InterpBackend::new()), params),
        #[cfg(all(feature = "jit-x86_64", target_arch = "x86_64", feature = "std"))]
        JitMode::X86_64 => configure_native_jit(vm, alloc::boxed::Box::new(OsCodeMemory::new()), params)?,
        #[allow(unreachable_patterns)]
        _ => return Err("this JIT backend needs the host's code memory in a build without 'std'"),
    }
    Ok(())
}

/// Installs the x86-64 JIT with `memory` as its code memory (a kernel's or
/// firmware's executable pages; `OsCodeMemory` under `std`).
#[cfg(all(feature = "jit-x86_64", target_arch = "x86_64"))]
pub fn configure_native_jit(
    vm: &mut Vm,
    memory: alloc::boxed::Box<dyn jit::code_memory::CodeMemory>,
    params: jit::JitParams,
) -> Result<(), &'static str> {
    vm.set_jit(alloc::boxed::Box::new(backend_x86_64::X86Backend::new(memory)), params);
    Ok(())
}

/// Installs the JIT for `mode` in a [`SendVm`], which stays `Send` (see
/// [`configure_jit`]): a trace compiled on one thread runs on whichever
/// thread the VM moves to.
pub fn configure_send_jit(vm: &mut SendVm, mode: JitMode, params: jit::JitParams) -> Result<(), &'static str> {
    // SAFETY: `SendVm::vm_mut`'s contract. `configure_jit` keeps nothing
    // outside the VM: the backend, its code arena and every executor it
    // will compile live in `vm.jit`; the only thing it brings in from
    // outside is `OsCodeMemory`, which is `Send` (a file handle at most).
    configure_jit(unsafe { vm.vm_mut() }, mode, params)
}

/// Installs the x86-64 JIT in a [`SendVm`] with `memory` as its code
/// memory, which must be `Send` (see [`configure_native_jit`]).
#[cfg(all(feature = "jit-x86_64", target_arch = "x86_64"))]
pub fn configure_send_native_jit(
    vm: &mut SendVm,
    memory: alloc::boxed::Box<dyn jit::code_memory::CodeMemory + Send>,
    params: jit::JitParams,
) -> Result<(), &'static str> {
    // SAFETY: `SendVm::vm_mut`'s contract: the backend and its executors
    // live in `vm.jit`, and `memory`, the only outside owner, is `Send`.
    configure_native_jit(unsafe { vm.vm_mut() }, memory, params)
}

#[cfg(all(feature = "std", target_arch = "x86_64"))]
mod code_memory;
#[cfg(all(feature = "std", target_arch = "x86_64"))]
pub use code_memory::OsCodeMemory;

#[cfg(feature = "std")]
mod std_host;
#[cfg(feature = "std")]
pub use std_host::{
    file_info, fill_random, find_module_source, list_dir, make_dir, read_file, remove_dir, remove_file, rename,
    write_file, StdHost,
};
