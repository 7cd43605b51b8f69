//! # vm-core
//!
//! The `no_std` core of ouro, an embeddable VM for a Python-compatible
//! language.
//!
//! ```text
//! source --compiler--> Code --Vm::load_code--> CodeObject
//!        --tier 1 (interp)--> results, or a Python exception with traceback
//! ```
//!
//! | feature    | default | what it adds |
//! |------------|---------|--------------|
//! | `compiler` | yes     | source-to-bytecode compiler (`compiler::compile`, `Vm::run_source`) |
//! | `unicode-identifiers` | yes | NFKC normalization of non-ASCII identifiers (else refused) |
//! | `bytecode-file` | yes | writing and loading bytecode files (`Vm::run_bytecode`) |
//! | `jit`      | yes     | the trace JIT's front end and `Vm::set_jit` (backends need it) |
//! | `native-modules` | yes | `mod-math`, `mod-cmath`, `mod-random`, `mod-time` (`sys`, `gc` always) |
//! | `stdlib`   | yes     | the standard-library modules written in Python (`mod-NAME` each) |
//! | `unicode-case` | yes | Unicode case mappings of `str.upper()` and kin (else ASCII only, other text refused) |
//! | `complex` | yes | complex arithmetic, `complex()`, formatting (else NotImplementedError naming it) |
//! | `bytes` | yes | methods and constructors of `bytes`/`bytearray`, `str.encode`, `int.to_bytes`/`from_bytes` |
//! | `match` | yes | the compiler's `match` statement (else refused with NotImplementedError naming it) |
//! | `small-tables` | no | smaller, slower number-conversion tables (for firmware) |
//! | `small-code` | no | hot helpers not forced inline, byte-scan str search, FNV intern hashing: smaller, slower code (for firmware) |
//! | `big-int` | yes | ints beyond 64 bits (else `OverflowError` naming the feature) |
#![no_std]
#![warn(missing_docs)]
// A panic aborts the host (release builds use `panic = "abort"`): errors a
// script or a host can cause are `Err`s. The few remaining `expect`s are VM
// invariants, each with an `#[allow]` saying why (tests may unwrap: clippy.toml).
#![deny(clippy::unwrap_used, clippy::expect_used)]
// Indexing and slicing panic out of range: script, bytecode-file and host
// data is read with checked accesses (`get`, slice patterns, iterators);
// the remaining plain indexing is bounded by an invariant (verified
// bytecode, the JIT IR's construction, a length checked just before, a
// fixed-size table), named in an `#[allow]` on the item that indexes.
#![deny(clippy::indexing_slicing)]
// Without big ints `runtime::bigint::BigInt` is uninhabited: the code
// that handles one stays (shared with the default build) but is
// unreachable, and its bindings are never used.
#![cfg_attr(not(feature = "big-int"), allow(unreachable_code, unused_variables))]

extern crate alloc;

pub mod api;
pub mod builtins;
pub mod bytecode;
#[cfg(feature = "compiler")]
pub mod compiler;
pub mod interp;
pub mod jit;
pub mod runtime;
pub mod stats;
pub mod stdlib;
pub mod uop;
pub mod vm;

pub use api::{
    ClassBuilder, FromPy, Handle, HostError, HostFn, HostFnRef, HostMethod, HostParam, IntoPy, IntoPyArgs,
    IntoPyResult, Kwargs, ModuleBuilder, SendVm, UserData,
};
pub use runtime::value::{ObjRef, Value};
pub use vm::{
    BufferHost, ConfigError, FileInfo, Host, HostIoError, InterruptHandle, ScriptError, StopReason, Vm, VmConfig,
    WriteMode,
};
