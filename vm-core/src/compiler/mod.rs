//! The compiler: source text in, `Code` out (lexer -> parser -> AST -> code generator).

pub mod ast;
pub mod codegen;
pub mod error;
#[cfg(feature = "exception-groups")]
mod except_star;
pub mod lexer;
pub mod parser;
mod private_names;
pub mod symtable;
pub mod token;

use alloc::rc::Rc;

use crate::bytecode::Code;
pub use error::{CompileError, CompileErrorKind};

/// Compiles a module's source text.
pub fn compile(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    let mut module = parser::parse_module(source)?;
    private_names::mangle_module(&mut module.body)?;
    #[cfg(feature = "exception-groups")]
    except_star::desugar(&mut module.body)?;
    codegen::compile_module(&module, filename)
}

/// Compiles `compile(..., 'single')`'s input: one statement (a line of
/// simple statements, or one compound statement) whose expression
/// statements show their values through `sys.displayhook`.
#[cfg(feature = "interactive")]
pub fn compile_single(source: &str, filename: &str) -> Result<Rc<Code>, CompileError> {
    let mut module = parser::parse_module(source)?;
    if let [first, rest @ ..] = module.body.as_slice() {
        let compound = !matches!(
            first.kind,
            ast::StmtKind::Expr(_)
                | ast::StmtKind::Assign { .. }
                | ast::StmtKind::AugAssign { .. }
                | ast::StmtKind::AnnAssign { .. }
                | ast::StmtKind::Pass
                | ast::StmtKind::Break
                | ast::StmtKind::Continue
                | ast::StmtKind::Return(_)
                | ast::StmtKind::Raise { .. }
                | ast::StmtKind::Global(_)
                | ast::StmtKind::Nonlocal(_)
                | ast::StmtKind::Delete(_)
                | ast::StmtKind::Assert { .. }
                | ast::StmtKind::Import(_)
                | ast::StmtKind::ImportFrom { .. }
        );
        // CPython's two messages: a statement after a compound one is
        // invalid syntax; one on a later line after simple statements is
        // reported on the first line.
        if let Some(next) = rest.iter().find(|s| compound || s.pos.line != first.pos.line) {
            return Err(if compound {
                CompileError::syntax("invalid syntax", next.pos.line, next.pos.col + 1)
            } else {
                CompileError::syntax(
                    "multiple statements found while compiling a single statement",
                    first.pos.line,
                    first.pos.col + 1,
                )
            });
        }
    }
    private_names::mangle_module(&mut module.body)?;
    #[cfg(feature = "exception-groups")]
    except_star::desugar(&mut module.body)?;
    codegen::compile_interactive(&module, filename)
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
