//! Private name mangling over the AST, before scope analysis: inside a
//! class body, and every function, lambda and comprehension nested in it
//! up to the next class, the identifiers `__spam` (names, attributes,
//! parameters, `global`/`nonlocal` names, import and pattern bindings,
//! and the names definitions are stored under) become `_Class__spam`, as
//! CPython's compiler renames them. Keyword-argument names, class-pattern
//! keywords, a definition's own `__name__` and string arguments stay as
//! written. Input: a module body; output: the same body, renamed in place.

use alloc::string::String;

use super::ast::{Arguments, Expr, ExprKind, Pattern, PatternKind, Stmt, StmtKind};
use super::codegen::unsupported;
use super::error::CompileError;
use super::symtable::for_each_child_mut;
use crate::runtime::mangle::private_name;

/// Renames the private names of every class in `body` (a module's).
pub fn mangle_module(body: &mut [Stmt]) -> Result<(), CompileError> {
    body.iter_mut().try_for_each(|s| stmt(s, None))
}

/// Renames `name` in place when it is private inside class `class`.
fn rename(class: Option<&str>, name: &mut String) {
    if let Some(m) = class.and_then(|c| private_name(c, name)) {
        *name = m;
    }
}

fn body(stmts: &mut [Stmt], class: Option<&str>) -> Result<(), CompileError> {
    stmts.iter_mut().try_for_each(|s| stmt(s, class))
}

fn stmt(s: &mut Stmt, class: Option<&str>) -> Result<(), CompileError> {
    match &mut s.kind {
        StmtKind::Expr(e) => expr(e, class),
        StmtKind::Assign { targets, value } => {
            targets.iter_mut().for_each(|t| expr(t, class));
            expr(value, class);
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, class);
            expr(value, class);
        }
        StmtKind::AnnAssign { target, annotation, value } => {
            expr(target, class);
            expr(annotation, class);
            value.iter_mut().for_each(|v| expr(v, class));
        }
        StmtKind::If { test, body: then, orelse } | StmtKind::While { test, body: then, orelse } => {
            expr(test, class);
            body(then, class)?;
            body(orelse, class)?;
        }
        StmtKind::For { target, iter, body: each, orelse, .. } => {
            expr(target, class);
            expr(iter, class);
            body(each, class)?;
            body(orelse, class)?;
        }
        StmtKind::Return(value) => value.iter_mut().for_each(|v| expr(v, class)),
        StmtKind::FunctionDef { name, bound_as, args, body: inner, decorators, returns, .. } => {
            decorators.iter_mut().for_each(|d| expr(d, class));
            *bound_as = class.and_then(|c| private_name(c, name));
            arguments(args, class);
            returns.iter_mut().for_each(|r| expr(r, class));
            body(inner, class)?;
        }
        StmtKind::ClassDef { name, bound_as, bases, keywords, body: inner, decorators } => {
            decorators.iter_mut().chain(bases.iter_mut()).for_each(|e| expr(e, class));
            keywords.iter_mut().for_each(|k| expr(&mut k.value, class));
            *bound_as = class.and_then(|c| private_name(c, name));
            // The class's own body mangles with its own name.
            body(inner, Some(name.as_str()))?;
        }
        StmtKind::Global(names) | StmtKind::Nonlocal(names) => names.iter_mut().for_each(|n| rename(class, n)),
        StmtKind::Delete(targets) => targets.iter_mut().for_each(|t| expr(t, class)),
        StmtKind::Assert { test, msg } => {
            expr(test, class);
            msg.iter_mut().for_each(|m| expr(m, class));
        }
        StmtKind::Raise { exc, cause } => exc.iter_mut().chain(cause.iter_mut()).for_each(|e| expr(e, class)),
        StmtKind::Try { body: tried, handlers, orelse, finalbody, .. } => {
            body(tried, class)?;
            for h in handlers {
                h.typ.iter_mut().for_each(|t| expr(t, class));
                h.name.iter_mut().for_each(|n| rename(class, n));
                body(&mut h.body, class)?;
            }
            body(orelse, class)?;
            body(finalbody, class)?;
        }
        StmtKind::With { items, body: inner, .. } => {
            for it in items {
                expr(&mut it.context_expr, class);
                it.target.iter_mut().for_each(|t| expr(t, class));
            }
            body(inner, class)?;
        }
        StmtKind::Import(aliases) => {
            for a in aliases {
                match &mut a.asname {
                    Some(asname) => rename(class, asname),
                    // `import __m` binds `_C__m` to the module `__m`.
                    None => {
                        let top = a.name.split('.').next().unwrap_or_default();
                        if let Some(m) = class.and_then(|c| private_name(c, top)) {
                            if top.len() != a.name.len() {
                                return Err(unsupported("a dotted import of a private module name in a class", a.pos));
                            }
                            a.asname = Some(m);
                        }
                    }
                }
            }
        }
        // `from m import __x` in a class reads `m._C__x`, as CPython does.
        StmtKind::ImportFrom { names, .. } => {
            for a in names {
                rename(class, &mut a.name);
                a.asname.iter_mut().for_each(|n| rename(class, n));
            }
        }
        StmtKind::Match { subject, cases } => {
            expr(subject, class);
            for c in cases {
                pattern(&mut c.pattern, class);
                c.guard.iter_mut().for_each(|g| expr(g, class));
                body(&mut c.body, class)?;
            }
        }
        StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
    }
    Ok(())
}

/// A function's or lambda's parameters, their defaults and annotations.
fn arguments(args: &mut Arguments, class: Option<&str>) {
    let Arguments { posonly, args: params, defaults, vararg, kwonly, kw_defaults, kwarg } = args;
    for p in posonly.iter_mut().chain(params).chain(vararg.iter_mut()).chain(kwonly).chain(kwarg.iter_mut()) {
        rename(class, &mut p.name);
        p.annotation.iter_mut().for_each(|a| expr(a, class));
    }
    defaults.iter_mut().chain(kw_defaults.iter_mut().flatten()).for_each(|d| expr(d, class));
}

fn expr(e: &mut Expr, class: Option<&str>) {
    match &mut e.kind {
        ExprKind::Name(n) => rename(class, n),
        ExprKind::Attribute { value, attr } => {
            rename(class, attr);
            expr(value, class);
        }
        ExprKind::Lambda { args, body } => {
            arguments(args, class);
            expr(body, class);
        }
        _ => for_each_child_mut(e, &mut |c| expr(c, class)),
    }
}

fn pattern(p: &mut Pattern, class: Option<&str>) {
    match &mut p.kind {
        PatternKind::Value(e) | PatternKind::Singleton(e) => expr(e, class),
        PatternKind::Sequence(items) | PatternKind::Or(items) => items.iter_mut().for_each(|i| pattern(i, class)),
        PatternKind::Star(name) => name.iter_mut().for_each(|n| rename(class, n)),
        PatternKind::Mapping { keys, patterns, rest } => {
            keys.iter_mut().for_each(|k| expr(k, class));
            patterns.iter_mut().for_each(|i| pattern(i, class));
            rest.iter_mut().for_each(|n| rename(class, n));
        }
        // Class patterns' keywords are attribute names CPython leaves as written.
        PatternKind::Class { cls, patterns, kwd_patterns, .. } => {
            expr(cls, class);
            patterns.iter_mut().chain(kwd_patterns).for_each(|i| pattern(i, class));
        }
        PatternKind::As { pattern: inner, name } => {
            inner.iter_mut().for_each(|i| pattern(i, class));
            name.iter_mut().for_each(|n| rename(class, n));
        }
    }
}
