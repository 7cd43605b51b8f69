//! Bytecode: the opcode table, code objects, the disassembler, the
//! verifier.

pub mod code;
pub mod disasm;
pub mod opcode;
pub mod verify;

pub use code::{Code, CodeKind, Const};
pub use opcode::{BinaryOp, CompareOp, Opcode};
