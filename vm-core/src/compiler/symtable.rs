//! Scope analysis: which names a function body binds (its fast locals) and
//! which it declares `global`. Input: a function body. Output: `Scope`.

use alloc::string::String;
use alloc::vec::Vec;
use hashbrown::HashSet;

use super::ast::{Expr, ExprKind, Pattern, PatternKind, Stmt, StmtKind};

/// The names a function body binds and declares.
#[derive(Debug, Default)]
pub struct Scope {
    /// Names assigned anywhere in the body (locals unless declared global).
    pub assigned: Vec<String>,
    /// Names declared `global`.
    pub globals: HashSet<String>,
    /// Names declared `nonlocal`.
    pub nonlocals: HashSet<String>,
    /// Every name read directly in the body (not in nested scopes).
    pub used: HashSet<String>,
    /// The first scope error found (a `global`/`nonlocal` after use), with its position.
    pub error: Option<(String, super::ast::Pos)>,
    /// The body contains `yield` or `yield from` (it is a generator).
    pub has_yield: bool,
    /// Names free in nested function and class scopes (what they need from here or above).
    pub child_free: HashSet<String>,
    /// The body is a class body: its list/set/dict comprehensions are nested
    /// function scopes (codegen compiles them as functions there).
    pub class_body: bool,
}

impl Scope {
    fn bind(&mut self, name: &str) {
        if !self.assigned.iter().any(|n| n == name) {
            self.assigned.push(String::from(name));
        }
    }

    /// Names a function scope with parameters `params` needs from enclosing
    /// scopes: read or assigned-as-nonlocal here or in nested scopes, and not
    /// bound here.
    pub fn free_in_function<'a>(&self, params: impl Iterator<Item = &'a str>) -> HashSet<String> {
        let params: HashSet<&str> = params.collect();
        let mut out: HashSet<String> = self
            .used
            .iter()
            .chain(self.child_free.iter())
            .filter(|n| {
                !params.contains(n.as_str())
                    && (!self.assigned.iter().any(|a| a == *n) || self.nonlocals.contains(*n))
                    && !self.globals.contains(*n)
            })
            .cloned()
            .collect();
        out.extend(self.nonlocals.iter().cloned());
        out
    }

    /// Names a class body needs from enclosing function scopes: its own free
    /// reads, and everything its methods need (class names are not visible to them).
    pub fn free_in_class(&self) -> HashSet<String> {
        let mut out: HashSet<String> = self
            .used
            .iter()
            .filter(|n| !self.assigned.iter().any(|a| a == *n) && !self.globals.contains(*n))
            .cloned()
            .collect();
        // The class body provides `__class__` to its methods itself.
        out.extend(self.child_free.iter().filter(|n| !self.globals.contains(*n) && *n != "__class__").cloned());
        out
    }

    /// Analyses a body.
    pub fn of_body(body: &[Stmt]) -> Scope {
        let mut s = Scope::default();
        for st in body {
            s.stmt(st);
        }
        s
    }

    /// Analyses a class body (its comprehensions are nested function scopes).
    pub fn of_class_body(body: &[Stmt]) -> Scope {
        let mut s = Scope { class_body: true, ..Scope::default() };
        for st in body {
            s.stmt(st);
        }
        s
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().for_each(|i| self.target(i)),
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn stmt(&mut self, st: &Stmt) {
        match &st.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(|t| self.target(t));
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target);
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if value.is_some() {
                    self.target(target);
                }
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                body.iter().chain(orelse).for_each(|s| self.stmt(s));
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.target(target);
                self.expr(iter);
                body.iter().chain(orelse).for_each(|s| self.stmt(s));
            }
            StmtKind::Return(Some(e)) => self.expr(e),
            StmtKind::FunctionDef { name, bound_as, args, body, decorators, .. } => {
                self.bind(bound_as.as_ref().unwrap_or(name));
                decorators.iter().for_each(|d| self.expr(d));
                args.defaults.iter().for_each(|d| self.expr(d));
                args.kw_defaults.iter().flatten().for_each(|d| self.expr(d));
                let inner = Scope::of_body(body);
                let params = super::codegen::param_names(args);
                self.child_free.extend(inner.free_in_function(params.iter().map(|s| s.as_str())));
            }
            StmtKind::ClassDef { name, bound_as, bases, body, decorators, keywords } => {
                self.bind(bound_as.as_ref().unwrap_or(name));
                bases.iter().chain(decorators).for_each(|b| self.expr(b));
                keywords.iter().for_each(|k| self.expr(&k.value));
                let inner = Scope::of_class_body(body);
                self.child_free.extend(inner.free_in_class());
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let kind = if matches!(st.kind, StmtKind::Global(_)) { "global" } else { "nonlocal" };
                for n in names {
                    let problem = if self.assigned.iter().any(|a| a == n) {
                        Some("is assigned to before")
                    } else if self.used.contains(n) {
                        Some("is used prior to")
                    } else {
                        None
                    };
                    if let (Some(p), None) = (problem, &self.error) {
                        self.error = Some((alloc::format!("name '{n}' {p} {kind} declaration"), st.pos));
                    }
                }
                if kind == "global" {
                    self.globals.extend(names.iter().cloned());
                } else {
                    self.nonlocals.extend(names.iter().cloned());
                }
            }
            StmtKind::Delete(targets) => targets.iter().for_each(|t| self.target(t)),
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Raise { exc, cause } => {
                exc.iter().chain(cause).for_each(|e| self.expr(e));
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                body.iter().chain(orelse).chain(finalbody).for_each(|s| self.stmt(s));
                for h in handlers {
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    h.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr);
                    if let Some(t) = &it.target {
                        self.target(t);
                    }
                }
                body.iter().for_each(|s| self.stmt(s));
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound =
                        a.asname.clone().unwrap_or_else(|| String::from(a.name.split('.').next().unwrap_or("")));
                    self.bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.bind(a.asname.as_ref().unwrap_or(&a.name));
                }
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            _ => {}
        }
    }

    /// The names a pattern binds and the expressions it evaluates.
    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::Value(e) | PatternKind::Singleton(e) => self.expr(e),
            PatternKind::Sequence(items) | PatternKind::Or(items) => items.iter().for_each(|i| self.pattern(i)),
            PatternKind::Star(name) => name.iter().for_each(|n| self.bind(n)),
            PatternKind::Mapping { keys, patterns, rest } => {
                keys.iter().for_each(|k| self.expr(k));
                patterns.iter().for_each(|i| self.pattern(i));
                rest.iter().for_each(|n| self.bind(n));
            }
            PatternKind::Class { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls);
                patterns.iter().chain(kwd_patterns).for_each(|i| self.pattern(i));
            }
            PatternKind::As { pattern, name } => {
                pattern.iter().for_each(|i| self.pattern(i));
                name.iter().for_each(|n| self.bind(n));
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => {
                // `super()` finds its class through the implicit `__class__` cell.
                if n == "super" {
                    self.used.insert(String::from("__class__"));
                }
                self.used.insert(n.clone());
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                self.has_yield = true;
                for_each_child(e, &mut |c| self.expr(c));
            }
            ExprKind::NamedExpr { target, value } => {
                self.target(target);
                self.expr(value);
            }
            ExprKind::Lambda { args, body } => {
                args.defaults.iter().for_each(|d| self.expr(d));
                args.kw_defaults.iter().flatten().for_each(|d| self.expr(d));
                let mut inner = Scope::default();
                inner.expr(body);
                let params = super::codegen::param_names(args);
                self.child_free.extend(inner.free_in_function(params.iter().map(|s| s.as_str())));
            }
            ExprKind::GeneratorExp { elt, generators } => {
                // A nested function scope whose first iterable is evaluated here.
                if let Some(first) = generators.first() {
                    self.expr(&first.iter);
                }
                let mut inner = Scope::default();
                for (i, g) in generators.iter().enumerate() {
                    inner.target(&g.target);
                    if i > 0 {
                        inner.expr(&g.iter);
                    }
                    g.ifs.iter().for_each(|c| inner.expr(c));
                }
                inner.expr(elt);
                // PEP 572: assignment expressions bind here, not in the generator.
                let mut walrus = Vec::new();
                super::codegen::walrus_targets(e, &mut walrus);
                for n in &walrus {
                    self.bind(n);
                    inner.nonlocals.insert(n.clone());
                }
                self.child_free.extend(inner.free_in_function(core::iter::empty()));
            }
            ExprKind::ListComp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::DictComp { generators, .. } => {
                // Codegen inlines the comprehension unless it is in a class
                // body, a nested scope captures one of its loop variables, or
                // it is asynchronous; then it is a nested function (its first
                // iterable evaluated here), and what it needs from this scope
                // must be cells here.
                let mut inner = Scope::default();
                let mut loop_vars = Vec::new();
                for g in generators {
                    inner.target(&g.target);
                    super::codegen::collect_target_names(&g.target, &mut loop_vars);
                }
                for_each_child(e, &mut |c| inner.expr(c));
                if self.class_body
                    || loop_vars.iter().any(|v| inner.child_free.contains(v))
                    || super::codegen::comprehension_expr_is_async(e)
                {
                    if let Some(first) = generators.first() {
                        self.expr(&first.iter);
                    }
                    let mut walrus = Vec::new();
                    super::codegen::walrus_targets(e, &mut walrus);
                    for n in &walrus {
                        self.bind(n);
                        inner.nonlocals.insert(n.clone());
                    }
                    self.child_free.extend(inner.free_in_function(core::iter::empty()));
                } else {
                    for g in generators {
                        self.target(&g.target);
                    }
                    for_each_child(e, &mut |c| self.expr(c));
                }
            }
            _ => for_each_child(e, &mut |c| self.expr(c)),
        }
    }
}

/// Defines a function that calls `f` on every direct sub-expression of an
/// expression, through shared or (with `mut`) exclusive references: one
/// list of the children for the analyses that read the tree and the passes
/// that rewrite it.
macro_rules! child_visitor {
    ($(#[$doc:meta])* $name:ident $(, $m:tt)?) => {
        $(#[$doc])*
        pub fn $name(e: &$($m)? Expr, f: &mut impl FnMut(&$($m)? Expr)) {
            use super::ast::FStringPart;
            fn parts(ps: &$($m)? [FStringPart], f: &mut impl FnMut(&$($m)? Expr)) {
                for p in ps {
                    if let FStringPart::Field { value, format_spec, .. } = p {
                        f(value);
                        if let Some(spec) = format_spec {
                            parts(spec, f);
                        }
                    }
                }
            }
            match &$($m)? e.kind {
                ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                    for i in items {
                        f(i)
                    }
                }
                ExprKind::Dict(pairs) => {
                    for (k, v) in pairs {
                        if let Some(k) = k {
                            f(k);
                        }
                        f(v);
                    }
                }
                ExprKind::JoinedStr(ps) => parts(ps, f),
                ExprKind::BinOp { left, right, .. } => {
                    f(left);
                    f(right)
                }
                ExprKind::UnaryOp { operand, .. } => f(operand),
                ExprKind::BoolOp { values, .. } => {
                    for v in values {
                        f(v)
                    }
                }
                ExprKind::Compare { left, comparators, .. } => {
                    f(left);
                    for c in comparators {
                        f(c)
                    }
                }
                ExprKind::IfExp { test, body, orelse } => {
                    f(test);
                    f(body);
                    f(orelse)
                }
                ExprKind::Call { func, args, keywords } => {
                    f(func);
                    for a in args {
                        f(a)
                    }
                    for k in keywords {
                        f(&$($m)? k.value)
                    }
                }
                ExprKind::Attribute { value, .. } => f(value),
                ExprKind::Subscript { value, index } => {
                    f(value);
                    f(index)
                }
                ExprKind::Slice { lower, upper, step } => {
                    for x in [lower, upper, step].into_iter().flatten() {
                        f(x)
                    }
                }
                ExprKind::Starred(v) | ExprKind::YieldFrom(v) | ExprKind::Await(v) => f(v),
                ExprKind::Yield(Some(v)) => f(v),
                ExprKind::ListComp { elt, generators }
                | ExprKind::SetComp { elt, generators }
                | ExprKind::GeneratorExp { elt, generators } => {
                    f(elt);
                    for g in generators {
                        f(&$($m)? g.target);
                        f(&$($m)? g.iter);
                        for c in &$($m)? g.ifs {
                            f(c)
                        }
                    }
                }
                ExprKind::DictComp { key, value, generators } => {
                    f(key);
                    f(value);
                    for g in generators {
                        f(&$($m)? g.target);
                        f(&$($m)? g.iter);
                        for c in &$($m)? g.ifs {
                            f(c)
                        }
                    }
                }
                ExprKind::Lambda { body, .. } => f(body),
                ExprKind::NamedExpr { target, value } => {
                    f(target);
                    f(value)
                }
                _ => {}
            }
        }
    };
}

child_visitor!(
    /// Calls `f` on every direct sub-expression of `e` (a lambda's body, not
    /// its defaults).
    for_each_child
);
child_visitor!(
    /// Calls `f` on every direct sub-expression of `e`, for rewriting them.
    for_each_child_mut,
    mut
);
