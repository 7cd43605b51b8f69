//! `except*` (PEP 654), compiled by rewriting the statement into plain
//! `try`/`except` over the `_Star` helper of `stdlib/_exceptiongroup.py`
//! before scopes are analysed (so the hidden names are ordinary locals):
//!
//! ```text
//! try: BODY                        try: BODY
//! except* T as e: H          =>    except BaseException as .egN:
//! else: ...                            .stN = __import__('_exceptiongroup')._Star(.egN)
//! finally: ...                         if .stN.match(T):
//!                                          try: .stN.reraise(.stN.matched)  # what H sees
//!                                          except BaseException:            # as the exception
//!                                              e = .stN.matched
//!                                              try: H
//!                                              except BaseException as .xN: .stN.raised(.xN)
//!                                      .rN = .stN.result()
//!                                      if .rN is not None: .stN.reraise(.rN)
//!                                  else: ... finally: ...
//! ```
//!
//! Every clause runs whatever the others raised; `result` combines what
//! they raised with what no clause matched, as CPython's
//! `_PyExc_PrepReraiseStar` does. `reraise` (the native `_star.reraise`)
//! raises as CPython's `RERAISE`: no traceback entry for this frame and
//! no `__context__` from the exception being handled. The names start
//! with a dot, so no script can name them; `N` numbers the statements of
//! one module, so nested `except*` statements do not share them.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::ast::{CmpOp, ExceptHandler, Expr, ExprKind, Pos, Stmt, StmtKind};
use super::error::CompileError;

/// Rewrites every `try ... except*` statement in `body` (and in the
/// blocks and function and class bodies inside it). A `return`, or a
/// `break`/`continue` leaving an `except*` block, is CPython's SyntaxError.
pub fn desugar(body: &mut [Stmt]) -> Result<(), CompileError> {
    let mut counter = 0;
    walk(body, &mut counter)
}

/// The first `return`, or `break`/`continue` outside a loop of its own, in
/// an `except*` block (not looking into nested functions and classes).
fn find_exit(body: &[Stmt], in_loop: bool) -> Option<Pos> {
    body.iter().find_map(|s| match &s.kind {
        StmtKind::Return(_) => Some(s.pos),
        StmtKind::Break | StmtKind::Continue if !in_loop => Some(s.pos),
        StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
            find_exit(body, true).or_else(|| find_exit(orelse, in_loop))
        }
        StmtKind::If { body, orelse, .. } => find_exit(body, in_loop).or_else(|| find_exit(orelse, in_loop)),
        StmtKind::With { body, .. } => find_exit(body, in_loop),
        StmtKind::Match { cases, .. } => cases.iter().find_map(|c| find_exit(&c.body, in_loop)),
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => find_exit(body, in_loop)
            .or_else(|| handlers.iter().find_map(|h| find_exit(&h.body, in_loop)))
            .or_else(|| find_exit(orelse, in_loop))
            .or_else(|| find_exit(finalbody, in_loop)),
        _ => None,
    })
}

fn walk(body: &mut [Stmt], n: &mut u32) -> Result<(), CompileError> {
    for s in body.iter_mut() {
        match &mut s.kind {
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                walk(body, n)?;
                walk(orelse, n)?;
            }
            StmtKind::FunctionDef { body, .. } | StmtKind::ClassDef { body, .. } | StmtKind::With { body, .. } => {
                walk(body, n)?
            }
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    walk(&mut c.body, n)?;
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                walk(body, n)?;
                for h in handlers.iter_mut() {
                    walk(&mut h.body, n)?;
                }
                walk(orelse, n)?;
                walk(finalbody, n)?;
                if *is_star {
                    if let Some(p) = handlers.iter().find_map(|h| find_exit(&h.body, false)) {
                        return Err(CompileError::syntax(
                            "'break', 'continue' and 'return' cannot appear in an except* block",
                            p.line,
                            p.col + 1,
                        ));
                    }
                    *is_star = false;
                    let clauses = core::mem::take(handlers);
                    let pos = clauses.first().map_or(s.pos, |h| h.pos);
                    handlers.push(star_handler(clauses, pos, *n));
                    *n += 1;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn expr(kind: ExprKind, pos: Pos) -> Expr {
    Expr { kind, pos, end: pos }
}

fn name(id: &str, pos: Pos) -> Expr {
    expr(ExprKind::Name(String::from(id)), pos)
}

fn attr(value: Expr, attr: &str, pos: Pos) -> Expr {
    expr(ExprKind::Attribute { value: Box::new(value), attr: String::from(attr) }, pos)
}

fn call(func: Expr, args: Vec<Expr>, pos: Pos) -> Expr {
    expr(ExprKind::Call { func: Box::new(func), args, keywords: Vec::new() }, pos)
}

fn stmt(kind: StmtKind, pos: Pos) -> Stmt {
    Stmt { kind, pos, end: Pos::default() }
}

fn assign(target: &str, value: Expr, pos: Pos) -> Stmt {
    stmt(StmtKind::Assign { targets: vec![name(target, pos)], value }, pos)
}

/// `try: body  except BaseException [as name]: handler`.
fn try_except(body: Vec<Stmt>, as_name: Option<String>, handler: Vec<Stmt>, pos: Pos) -> Stmt {
    let h = ExceptHandler { typ: Some(name("BaseException", pos)), name: as_name, body: handler, pos };
    stmt(StmtKind::Try { body, handlers: vec![h], orelse: Vec::new(), finalbody: Vec::new(), is_star: false }, pos)
}

/// The one `except BaseException` handler that does what the clauses did.
fn star_handler(clauses: Vec<ExceptHandler>, pos: Pos, n: u32) -> ExceptHandler {
    let (eg, st, x, r) = (format!(".eg{n}"), format!(".st{n}"), format!(".x{n}"), format!(".r{n}"));
    let module = call(name("__import__", pos), vec![expr(ExprKind::Str(String::from("_exceptiongroup")), pos)], pos);
    let mut body = vec![assign(&st, call(attr(module, "_Star", pos), vec![name(&eg, pos)], pos), pos)];
    for c in clauses {
        let p = c.pos;
        let types = c.typ.unwrap_or_else(|| name("BaseException", p));
        let matched = || attr(name(&st, p), "matched", p);
        let record = stmt(StmtKind::Expr(call(attr(name(&st, p), "raised", p), vec![name(&x, p)], p)), p);
        let mut inner = Vec::new();
        if let Some(target) = &c.name {
            inner.push(assign(target, matched(), p));
        }
        inner.push(try_except(c.body, Some(x.clone()), vec![record], p));
        let reraise = stmt(StmtKind::Expr(call(attr(name(&st, p), "reraise", p), vec![matched()], p)), p);
        let run = try_except(vec![reraise], None, inner, p);
        let test = call(attr(name(&st, p), "match", p), vec![types], p);
        body.push(stmt(StmtKind::If { test, body: vec![run], orelse: Vec::new() }, p));
    }
    body.push(assign(&r, call(attr(name(&st, pos), "result", pos), Vec::new(), pos), pos));
    let pending = expr(
        ExprKind::Compare {
            left: Box::new(name(&r, pos)),
            ops: vec![CmpOp::IsNot],
            comparators: vec![expr(ExprKind::None, pos)],
        },
        pos,
    );
    let raise = stmt(StmtKind::Expr(call(attr(name(&st, pos), "reraise", pos), vec![name(&r, pos)], pos)), pos);
    body.push(stmt(StmtKind::If { test: pending, body: vec![raise], orelse: Vec::new() }, pos));
    ExceptHandler { typ: Some(name("BaseException", pos)), name: Some(eg), body, pos }
}
