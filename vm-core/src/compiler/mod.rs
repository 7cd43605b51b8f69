//! The compiler: source text in, `Code` out (lexer -> parser -> AST -> code generator).

pub mod ast;
pub mod codegen;
pub mod error;
#[cfg(feature = "exception-groups")]
mod except_star;
pub mod lexer;
pub mod parser;
pub mod symtable;
pub mod token;

use alloc::rc::Rc;

use crate::bytecode::Code;
pub use error::{CompileError, CompileErrorKind};

/// Compiles a module's source text.
pub fn compile(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    #[allow(unused_mut)]
    let mut module = parser::parse_module(source)?;
    #[cfg(feature = "exception-groups")]
    except_star::desugar(&mut module.body)?;
    codegen::compile_module(&module, filename)
}

/// Compiles `eval`'s input: a single expression (leading spaces and tabs
/// are ignored, as CPython's `eval` strips them).
pub fn compile_eval(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    let source = source.trim_start_matches([' ', '\t']);
    let module = parser::parse_module(source)?;
    match module.body.as_slice() {
        [ast::Stmt { kind: ast::StmtKind::Expr(e), .. }] => codegen::compile_expression(e, filename),
        [] => Err(CompileError::syntax("invalid syntax", 1, 1)),
        [first, ..] => Err(CompileError::syntax("invalid syntax", first.pos.line, first.pos.col)),
    }
}
