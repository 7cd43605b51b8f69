//! The compiler: source text in, `Code` out (lexer -> parser -> AST -> code generator).

pub mod ast;
pub mod codegen;
pub mod error;
pub mod lexer;
pub mod parser;
pub mod symtable;
pub mod token;

use alloc::rc::Rc;

use crate::bytecode::Code;
pub use error::{CompileError, CompileErrorKind};

/// Compiles a module's source text.
pub fn compile(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    let module = parser::parse_module(source)?;
    codegen::compile_module(&module, filename)
}
