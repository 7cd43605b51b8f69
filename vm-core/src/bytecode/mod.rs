//! Bytecode: the opcode table, code objects, the disassembler, the
//! verifier and (feature `bytecode-file`) bytecode files.

pub mod code;
pub mod disasm;
#[cfg(feature = "bytecode-file")]
pub mod file;
pub mod opcode;
pub mod verify;

pub use code::{Code, CodeKind, Const};
pub use opcode::{BinaryOp, CompareOp, Opcode};
