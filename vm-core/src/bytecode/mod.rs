//! Bytecode: the opcode table, code objects and the disassembler.

pub mod code;
pub mod disasm;
pub mod opcode;

pub use code::{Code, CodeKind, Const};
pub use opcode::{BinaryOp, CompareOp, Opcode};
