//! The parser: tokens to [`Module`], a recursive-descent parser for Python
//! 3.11's statement and expression grammar.
//!
//! Error messages follow CPython 3.11 for the common cases. As in CPython, a
//! tokenizer error anywhere in the source wins over a parser error.
//!
//! The parser never overflows the Rust stack: bracket nesting is limited by
//! the lexer, recursion through nested expressions (brackets, lambdas,
//! conditional expressions) by [`MAX_RECURSION`], and the depth of every
//! expression tree, including left-associative chains such as `a+b+c+...`
//! that are parsed iteratively, by [`MAX_EXPR_DEPTH`], so that consumers of
//! the AST (the code generator, `Drop`) may recurse over it.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::ast::{
    Alias, Arguments, BinOp, BoolOp, CmpOp, Comprehension, ExceptHandler, Expr, ExprKind, FStringPart,
    Keyword, Module, Param, Pos, Stmt, StmtKind, UnaryOp, WithItem,
};
use super::error::{CompileError, CompileErrorKind};
use super::lexer::{self, Lexed};
use super::token::{Kw, Op, StrLit, Tok, Token};

/// Maximum nesting of recursive expression constructs (brackets, lambdas,
/// conditional expressions, f-string fields).
pub const MAX_RECURSION: u32 = 250;
/// Maximum depth of an expression tree (an atom has depth 1).
pub const MAX_EXPR_DEPTH: u32 = 1000;

const TOO_DEEP: &str = "too many nested expressions";

/// Parses a module (`exec` mode).
pub fn parse_module(source: &str) -> Result<Module, CompileError> {
    let mut lexed = lexer::tokenize(source);
    let lex_error = lexed.error.take();
    let mut p = Parser::new(lexed, 0)?;
    p.module().map_err(|e| match lex_error {
        // As in CPython, a tokenizer error anywhere wins over a parser error,
        // except over "unexpected indent" found before it.
        Some(lex) if e.msg != "unexpected indent" => lex,
        _ => e,
    })
}

/// Where an assignment target appears, for error messages.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    /// An ordinary target (`for`, `with`, comprehension, chained `=`).
    Store,
    /// The only target of `target = value`: CPython adds a hint.
    StoreHint,
    /// A `del` target.
    Del,
}

struct Parser {
    toks: Vec<Token>,
    i: usize,
    /// Current recursion depth of `expression()`.
    depth: u32,
    /// Depth of the tree of the expression returned last (side channel).
    d: u32,
}

/// Builds an error spanning `start..end` (CompileError columns are 1-based).
fn error_span(kind: CompileErrorKind, msg: impl Into<String>, start: Pos, end: Pos) -> CompileError {
    CompileError {
        kind,
        msg: msg.into(),
        line: start.line,
        col: start.col + 1,
        end_col: if end.line == start.line && end.col > start.col { end.col + 1 } else { 0 },
    }
}

/// CPython's name for an expression kind in "cannot assign to ..." messages.
fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::None => "None",
        ExprKind::Bool(true) => "True",
        ExprKind::Bool(false) => "False",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Imaginary(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_) => "literal",
    }
}

fn binop_of(op: Op) -> Option<(BinOp, u8)> {
    Some(match op {
        Op::VBar => (BinOp::BitOr, 1),
        Op::Circumflex => (BinOp::BitXor, 2),
        Op::Amper => (BinOp::BitAnd, 3),
        Op::LeftShift => (BinOp::LShift, 4),
        Op::RightShift => (BinOp::RShift, 4),
        Op::Plus => (BinOp::Add, 5),
        Op::Minus => (BinOp::Sub, 5),
        Op::Star => (BinOp::Mul, 6),
        Op::Slash => (BinOp::Div, 6),
        Op::DoubleSlash => (BinOp::FloorDiv, 6),
        Op::Percent => (BinOp::Mod, 6),
        Op::At => (BinOp::MatMul, 6),
        _ => return None,
    })
}

impl Parser {
    fn new(lexed: Lexed, depth: u32) -> Result<Parser, CompileError> {
        if let Some(e) = lexed.error {
            return Err(e);
        }
        Ok(Parser { toks: lexed.tokens, i: 0, depth, d: 0 })
    }

    // ----- token access -----

    fn cur(&self) -> &Token {
        &self.toks[self.i.min(self.toks.len() - 1)]
    }

    fn tok(&self) -> &Tok {
        &self.cur().tok
    }

    fn peek_tok(&self, n: usize) -> &Tok {
        &self.toks[(self.i + n).min(self.toks.len() - 1)].tok
    }

    fn op(&self) -> Option<Op> {
        match self.tok() {
            Tok::Op(op) => Some(*op),
            _ => None,
        }
    }

    fn kw(&self) -> Option<Kw> {
        match self.tok() {
            Tok::Kw(kw) => Some(*kw),
            _ => None,
        }
    }

    fn at_op(&self, op: Op) -> bool {
        self.op() == Some(op)
    }

    fn at_kw(&self, kw: Kw) -> bool {
        self.kw() == Some(kw)
    }

    fn pos(&self) -> Pos {
        self.cur().start
    }

    /// End of the previously consumed token.
    fn prev_end(&self) -> Pos {
        if self.i == 0 {
            self.cur().start
        } else {
            self.toks[self.i - 1].end
        }
    }

    fn advance(&mut self) -> Token {
        let t = self.cur().clone();
        if self.i < self.toks.len() - 1 {
            self.i += 1;
        }
        t
    }

    fn eat_op(&mut self, op: Op) -> bool {
        if self.at_op(op) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn eat_kw(&mut self, kw: Kw) -> bool {
        if self.at_kw(kw) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn expect_op(&mut self, op: Op) -> Result<Token, CompileError> {
        if self.at_op(op) {
            Ok(self.advance())
        } else {
            Err(self.invalid())
        }
    }

    fn expect_kw(&mut self, kw: Kw) -> Result<Token, CompileError> {
        if self.at_kw(kw) {
            Ok(self.advance())
        } else {
            Err(self.invalid())
        }
    }

    fn expect_name(&mut self) -> Result<(String, Pos), CompileError> {
        match self.tok() {
            Tok::Name(n) => {
                let n = n.clone();
                let p = self.advance().start;
                Ok((n, p))
            }
            _ => Err(self.invalid()),
        }
    }

    // ----- errors -----

    fn err(&self, msg: impl Into<String>, start: Pos, end: Pos) -> CompileError {
        error_span(CompileErrorKind::Syntax, msg, start, end)
    }

    fn err_expr(&self, msg: impl Into<String>, e: &Expr) -> CompileError {
        self.err(msg, e.pos, e.end)
    }

    /// "invalid syntax" at the current token.
    fn invalid(&self) -> CompileError {
        let t = self.cur();
        if t.tok == Tok::Indent {
            return CompileError {
                kind: CompileErrorKind::Indentation,
                msg: String::from("unexpected indent"),
                line: t.start.line,
                col: t.start.col,
                end_col: 0,
            };
        }
        self.err("invalid syntax", t.start, t.end)
    }

    /// The error for a missing `,`/closer after `prev` inside brackets:
    /// CPython's "Perhaps you forgot a comma?" when another expression follows.
    fn juxtaposed(&self, prev: &Expr) -> CompileError {
        let soft = matches!(&prev.kind, ExprKind::Name(n) if n == "match" || n == "case" || n == "_");
        let name_then_string = matches!(prev.kind, ExprKind::Name(_)) && matches!(self.tok(), Tok::Str(_));
        if self.starts_expr() && !soft && !name_then_string {
            let mut e = self.err("invalid syntax. Perhaps you forgot a comma?", prev.pos, self.cur().end);
            if self.cur().end.line != prev.pos.line {
                e.end_col = 0;
            }
            return e;
        }
        self.invalid()
    }

    /// Consumes the closing bracket `closer`, or reports why it is missing.
    fn close(&mut self, closer: Op, last: Option<&Expr>) -> Result<Pos, CompileError> {
        if self.eat_op(closer) {
            return Ok(self.prev_end());
        }
        Err(match last {
            Some(e) => self.juxtaposed(e),
            None => self.invalid(),
        })
    }

    fn starts_expr(&self) -> bool {
        match self.tok() {
            Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => true,
            Tok::Kw(kw) => matches!(kw, Kw::True | Kw::False | Kw::None | Kw::Not | Kw::Lambda | Kw::Await),
            Tok::Op(op) => matches!(
                op,
                Op::LPar | Op::LSqb | Op::LBrace | Op::Minus | Op::Plus | Op::Tilde | Op::Ellipsis
            ),
            _ => false,
        }
    }

    // ----- expression building helpers -----

    /// Builds a node whose deepest child has depth `child_depth`.
    fn mk(&mut self, kind: ExprKind, pos: Pos, end: Pos, child_depth: u32) -> Result<Expr, CompileError> {
        let d = child_depth + 1;
        if d > MAX_EXPR_DEPTH {
            return Err(self.err(TOO_DEEP, pos, pos));
        }
        self.d = d;
        Ok(Expr { kind, pos, end })
    }

    /// Builds a leaf.
    fn leaf(&mut self, kind: ExprKind, pos: Pos, end: Pos) -> Expr {
        self.d = 1;
        Expr { kind, pos, end }
    }

    // ----- statements -----

    fn module(&mut self) -> Result<Module, CompileError> {
        let mut body = Vec::new();
        loop {
            match self.tok() {
                Tok::EndMarker => break,
                Tok::Newline => {
                    self.advance();
                }
                _ => self.statement(&mut body)?,
            }
        }
        Ok(Module { body })
    }

    fn statement(&mut self, out: &mut Vec<Stmt>) -> Result<(), CompileError> {
        match self.tok() {
            Tok::Kw(Kw::If | Kw::While | Kw::For | Kw::Try | Kw::With | Kw::Def | Kw::Class)
            | Tok::Op(Op::At) => out.push(self.compound()?),
            Tok::Kw(Kw::Async) if matches!(self.peek_tok(1), Tok::Kw(Kw::Def | Kw::For | Kw::With)) => {
                out.push(self.compound()?)
            }
            Tok::Name(n) if n == "match" => match self.try_match()? {
                Some(s) => out.push(s),
                None => self.simple_stmts(out)?,
            },
            _ => self.simple_stmts(out)?,
        }
        Ok(())
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> Result<(), CompileError> {
        loop {
            out.push(self.simple_stmt()?);
            if self.eat_op(Op::Semi) {
                if self.tok() == &Tok::Newline {
                    break;
                }
                continue;
            }
            break;
        }
        if self.tok() != &Tok::Newline {
            return Err(self.invalid());
        }
        self.advance();
        Ok(())
    }

    fn at_stmt_end(&self) -> bool {
        matches!(self.tok(), Tok::Newline | Tok::Op(Op::Semi) | Tok::EndMarker)
    }

    fn simple_stmt(&mut self) -> Result<Stmt, CompileError> {
        let pos = self.pos();
        let kind = match self.kw() {
            Some(Kw::Pass) => {
                self.advance();
                StmtKind::Pass
            }
            Some(Kw::Break) => {
                self.advance();
                StmtKind::Break
            }
            Some(Kw::Continue) => {
                self.advance();
                StmtKind::Continue
            }
            Some(Kw::Return) => {
                self.advance();
                if self.at_stmt_end() {
                    StmtKind::Return(None)
                } else {
                    StmtKind::Return(Some(self.star_expressions()?))
                }
            }
            Some(Kw::Raise) => {
                self.advance();
                if self.at_stmt_end() {
                    StmtKind::Raise { exc: None, cause: None }
                } else {
                    let exc = self.expression()?;
                    let cause = if self.eat_kw(Kw::From) { Some(self.expression()?) } else { None };
                    StmtKind::Raise { exc: Some(exc), cause }
                }
            }
            Some(kw @ (Kw::Global | Kw::Nonlocal)) => {
                self.advance();
                let mut names = alloc::vec![self.expect_name()?.0];
                while self.eat_op(Op::Comma) {
                    names.push(self.expect_name()?.0);
                }
                if kw == Kw::Global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            Some(Kw::Del) => {
                self.advance();
                let mut targets = Vec::new();
                loop {
                    let t = self.expression()?;
                    self.check_target(&t, Ctx::Del, true)?;
                    targets.push(t);
                    if !self.eat_op(Op::Comma) || self.at_stmt_end() {
                        break;
                    }
                }
                StmtKind::Delete(targets)
            }
            Some(Kw::Assert) => {
                self.advance();
                let test = self.expression()?;
                let msg = if self.eat_op(Op::Comma) { Some(self.expression()?) } else { None };
                StmtKind::Assert { test, msg }
            }
            Some(Kw::Import) => {
                self.advance();
                let mut names = Vec::new();
                loop {
                    let (name, p) = self.dotted_name()?;
                    let asname = if self.eat_kw(Kw::As) { Some(self.expect_name()?.0) } else { None };
                    names.push(Alias { name, asname, pos: p });
                    if !self.eat_op(Op::Comma) {
                        break;
                    }
                }
                StmtKind::Import(names)
            }
            Some(Kw::From) => self.import_from()?,
            _ => return self.expr_stmt(),
        };
        Ok(Stmt { kind, pos })
    }

    fn dotted_name(&mut self) -> Result<(String, Pos), CompileError> {
        let (mut name, p) = self.expect_name()?;
        while self.eat_op(Op::Dot) {
            name.push('.');
            name.push_str(&self.expect_name()?.0);
        }
        Ok((name, p))
    }

    fn import_from(&mut self) -> Result<StmtKind, CompileError> {
        self.advance();
        let mut level = 0;
        loop {
            if self.eat_op(Op::Dot) {
                level += 1;
            } else if self.eat_op(Op::Ellipsis) {
                level += 3;
            } else {
                break;
            }
        }
        let module = if matches!(self.tok(), Tok::Name(_)) || level == 0 { Some(self.dotted_name()?.0) } else { None };
        self.expect_kw(Kw::Import)?;
        let mut names = Vec::new();
        if self.at_op(Op::Star) {
            let p = self.advance().start;
            names.push(Alias { name: String::from("*"), asname: None, pos: p });
            return Ok(StmtKind::ImportFrom { module, names, level });
        }
        let parens = self.eat_op(Op::LPar);
        loop {
            let (name, p) = self.expect_name()?;
            let asname = if self.eat_kw(Kw::As) { Some(self.expect_name()?.0) } else { None };
            names.push(Alias { name, asname, pos: p });
            if !self.at_op(Op::Comma) {
                break;
            }
            let comma = self.advance();
            if parens && self.at_op(Op::RPar) {
                break;
            }
            if !parens && self.at_stmt_end() {
                return Err(self.err(
                    "trailing comma not allowed without surrounding parentheses",
                    comma.end,
                    comma.end,
                ));
            }
        }
        if parens {
            self.expect_op(Op::RPar)?;
        }
        Ok(StmtKind::ImportFrom { module, names, level })
    }

    /// `yield_expr | star_expressions`, the right-hand side of assignments.
    fn rhs(&mut self) -> Result<Expr, CompileError> {
        if self.at_kw(Kw::Yield) {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    fn expr_stmt(&mut self) -> Result<Stmt, CompileError> {
        let pos = self.pos();
        let first = self.rhs()?;
        let kind = match self.op() {
            Some(Op::Equal) => {
                let mut items = alloc::vec![first];
                while self.eat_op(Op::Equal) {
                    items.push(self.rhs()?);
                }
                let value = items.pop().unwrap_or_else(|| unreachable_expr(pos));
                self.check_value(&value)?;
                let ctx = if items.len() == 1 { Ctx::StoreHint } else { Ctx::Store };
                for t in &items {
                    self.check_target(t, ctx, true)?;
                }
                StmtKind::Assign { targets: items, value }
            }
            Some(Op::AugAssign(op)) => {
                if !matches!(first.kind, ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
                    let msg = format!("'{}' is an illegal expression for augmented assignment", expr_name(&first));
                    return Err(self.err_expr(msg, &first));
                }
                self.check_target(&first, Ctx::Store, true)?;
                self.advance();
                let value = self.rhs()?;
                self.check_value(&value)?;
                StmtKind::AugAssign { target: first, op, value }
            }
            Some(Op::Colon) => {
                match &first.kind {
                    ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                    ExprKind::List(_) => {
                        return Err(self.err_expr("only single target (not list) can be annotated", &first))
                    }
                    ExprKind::Tuple(_) => {
                        return Err(self.err_expr("only single target (not tuple) can be annotated", &first))
                    }
                    _ => return Err(self.err_expr("illegal target for annotation", &first)),
                }
                self.check_target(&first, Ctx::Store, true)?;
                self.advance();
                let annotation = self.expression()?;
                let value = if self.eat_op(Op::Equal) { Some(self.rhs()?) } else { None };
                StmtKind::AnnAssign { target: first, annotation, value }
            }
            _ => {
                if let ExprKind::Name(n) = &first.kind {
                    if (n == "print" || n == "exec") && self.starts_expr() {
                        let msg = format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?");
                        return Err(self.err_expr(msg, &first));
                    }
                }
                self.check_value(&first)?;
                StmtKind::Expr(first)
            }
        };
        Ok(Stmt { kind, pos })
    }

    /// Rejects a bare starred expression used as a value.
    fn check_value(&self, e: &Expr) -> Result<(), CompileError> {
        if let ExprKind::Starred(_) = e.kind {
            return Err(self.err_expr("can't use starred expression here", e));
        }
        Ok(())
    }

    fn check_target(&self, e: &Expr, ctx: Ctx, top: bool) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::Name(n) => {
                if n == "__debug__" {
                    let msg = if ctx == Ctx::Del { "cannot delete __debug__" } else { "cannot assign to __debug__" };
                    return Err(self.err_expr(msg, e));
                }
                Ok(())
            }
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let mut stars = 0;
                for x in elts {
                    match &x.kind {
                        ExprKind::Starred(inner) if ctx != Ctx::Del => {
                            stars += 1;
                            self.check_target(inner, Ctx::Store, false)?;
                        }
                        _ => self.check_target(x, if ctx == Ctx::Del { Ctx::Del } else { Ctx::Store }, false)?,
                    }
                }
                if stars > 1 {
                    return Err(self.err_expr("multiple starred expressions in assignment", e));
                }
                Ok(())
            }
            ExprKind::Starred(_) if top && ctx != Ctx::Del => {
                Err(self.err_expr("starred assignment target must be in a list or tuple", e))
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) if ctx != Ctx::Del => {
                Err(self.err_expr("assignment to yield expression not possible", e))
            }
            _ => {
                let name = expr_name(e);
                let msg = match ctx {
                    Ctx::Del => format!("cannot delete {name}"),
                    Ctx::StoreHint if top && !matches!(e.kind, ExprKind::Bool(_) | ExprKind::None) => {
                        format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
                    }
                    _ => format!("cannot assign to {name}"),
                };
                Err(self.err_expr(msg, e))
            }
        }
    }

    // ----- compound statements -----

    /// Consumes the `:` ending a compound statement header. `forced` headers
    /// (`else`, `try`, `finally`) always say "expected ':'".
    fn colon(&mut self, forced: bool) -> Result<(), CompileError> {
        if self.eat_op(Op::Colon) {
            return Ok(());
        }
        if forced || self.tok() == &Tok::Newline {
            let t = self.cur();
            return Err(self.err("expected ':'", t.start, t.start));
        }
        Err(self.invalid())
    }

    /// Parses a suite after the header's `:`.
    fn block(&mut self, what: &str, line: u32) -> Result<Vec<Stmt>, CompileError> {
        let mut body = Vec::new();
        if self.tok() != &Tok::Newline {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.advance();
        if self.tok() != &Tok::Indent {
            let t = self.cur();
            return Err(error_span(
                CompileErrorKind::Indentation,
                format!("expected an indented block after {what} on line {line}"),
                t.start,
                t.end,
            ));
        }
        self.advance();
        while !matches!(self.tok(), Tok::Dedent | Tok::EndMarker) {
            self.statement(&mut body)?;
        }
        self.advance();
        Ok(body)
    }

    fn compound(&mut self) -> Result<Stmt, CompileError> {
        let pos = self.pos();
        match self.tok() {
            Tok::Op(Op::At) => self.decorated(),
            Tok::Kw(Kw::If) => self.if_stmt(),
            Tok::Kw(Kw::While) => {
                self.advance();
                let test = self.named_expression()?;
                self.colon(false)?;
                let body = self.block("'while' statement", pos.line)?;
                let orelse = self.else_block()?;
                Ok(Stmt { kind: StmtKind::While { test, body, orelse }, pos })
            }
            Tok::Kw(Kw::For) => self.for_stmt(false, pos),
            Tok::Kw(Kw::Try) => self.try_stmt(),
            Tok::Kw(Kw::With) => self.with_stmt(false, pos),
            Tok::Kw(Kw::Def) => self.funcdef(Vec::new(), false, pos),
            Tok::Kw(Kw::Class) => self.classdef(Vec::new(), pos),
            Tok::Kw(Kw::Async) => {
                self.advance();
                match self.kw() {
                    Some(Kw::Def) => self.funcdef(Vec::new(), true, pos),
                    Some(Kw::For) => self.for_stmt(true, pos),
                    Some(Kw::With) => self.with_stmt(true, pos),
                    _ => Err(self.invalid()),
                }
            }
            _ => Err(self.invalid()),
        }
    }

    fn else_block(&mut self) -> Result<Vec<Stmt>, CompileError> {
        if !self.at_kw(Kw::Else) {
            return Ok(Vec::new());
        }
        let line = self.advance().start.line;
        self.colon(true)?;
        self.block("'else' statement", line)
    }

    fn if_stmt(&mut self) -> Result<Stmt, CompileError> {
        // `elif` chains are collected iteratively and nested afterwards.
        let mut arms: Vec<(Pos, Expr, Vec<Stmt>)> = Vec::new();
        loop {
            let kw = self.advance();
            let what = if arms.is_empty() { "'if' statement" } else { "'elif' statement" };
            if arms.len() as u32 >= MAX_EXPR_DEPTH {
                return Err(self.err(TOO_DEEP, kw.start, kw.end));
            }
            let test = self.named_expression()?;
            self.colon(false)?;
            let body = self.block(what, kw.start.line)?;
            arms.push((kw.start, test, body));
            if !self.at_kw(Kw::Elif) {
                break;
            }
        }
        let mut orelse = self.else_block()?;
        let mut result = None;
        while let Some((pos, test, body)) = arms.pop() {
            let s = Stmt { kind: StmtKind::If { test, body, orelse }, pos };
            if arms.is_empty() {
                result = Some(s);
                break;
            }
            orelse = alloc::vec![s];
        }
        result.ok_or_else(|| self.invalid())
    }

    fn for_stmt(&mut self, is_async: bool, pos: Pos) -> Result<Stmt, CompileError> {
        self.advance();
        let target = self.star_targets()?;
        self.check_target(&target, Ctx::Store, true)?;
        self.expect_kw(Kw::In)?;
        let iter = self.star_expressions()?;
        self.colon(false)?;
        let body = self.block("'for' statement", pos.line)?;
        let orelse = self.else_block()?;
        Ok(Stmt { kind: StmtKind::For { target, iter, body, orelse, is_async }, pos })
    }

    fn try_stmt(&mut self) -> Result<Stmt, CompileError> {
        let pos = self.advance().start;
        self.colon(true)?;
        let body = self.block("'try' statement", pos.line)?;
        let mut handlers: Vec<ExceptHandler> = Vec::new();
        let mut is_star = None;
        while self.at_kw(Kw::Except) {
            let kw = self.advance();
            let star = self.eat_op(Op::Star);
            if *is_star.get_or_insert(star) != star {
                return Err(self.err("cannot have both 'except' and 'except*' on the same 'try'", kw.start, kw.end));
            }
            if let Some(prev) = handlers.last() {
                if prev.typ.is_none() {
                    return Err(self.err("default 'except:' must be last", prev.pos, prev.pos));
                }
            }
            let typ = if self.at_op(Op::Colon) {
                if star {
                    let t = self.cur();
                    return Err(self.err("expected one or more exception types", t.start, t.end));
                }
                None
            } else {
                let t = self.expression()?;
                if self.at_op(Op::Comma) {
                    return Err(self.err("multiple exception types must be parenthesized", t.pos, self.cur().end));
                }
                Some(t)
            };
            let name = if self.eat_kw(Kw::As) { Some(self.expect_name()?.0) } else { None };
            self.colon(false)?;
            let what = if star { "'except*' statement" } else { "'except' statement" };
            let hbody = self.block(what, kw.start.line)?;
            handlers.push(ExceptHandler { typ, name, body: hbody, pos: kw.start });
        }
        let orelse = if handlers.is_empty() { Vec::new() } else { self.else_block()? };
        let finalbody = if self.at_kw(Kw::Finally) {
            let line = self.advance().start.line;
            self.colon(true)?;
            self.block("'finally' statement", line)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            let t = self.cur();
            return Err(self.err("expected 'except' or 'finally' block", t.start, t.end));
        }
        let is_star = is_star.unwrap_or(false);
        Ok(Stmt { kind: StmtKind::Try { body, handlers, orelse, finalbody, is_star }, pos })
    }

    fn with_item(&mut self) -> Result<WithItem, CompileError> {
        let context_expr = self.expression()?;
        let target = if self.eat_kw(Kw::As) {
            let t = self.star_target()?;
            self.check_target(&t, Ctx::Store, true)?;
            Some(t)
        } else {
            None
        };
        Ok(WithItem { context_expr, target })
    }

    fn with_stmt(&mut self, is_async: bool, pos: Pos) -> Result<Stmt, CompileError> {
        self.advance();
        let mut items = Vec::new();
        if self.at_op(Op::LPar) {
            // Try the parenthesized form `with (a as b, c):` first.
            let (save_i, save_depth) = (self.i, self.depth);
            self.advance();
            let attempt = (|| {
                let mut items = alloc::vec![self.with_item()?];
                while self.eat_op(Op::Comma) {
                    if self.at_op(Op::RPar) {
                        break;
                    }
                    items.push(self.with_item()?);
                }
                self.expect_op(Op::RPar)?;
                if !self.at_op(Op::Colon) {
                    return Err(self.invalid());
                }
                Ok(items)
            })();
            match attempt {
                Ok(v) => items = v,
                Err(_) => {
                    self.i = save_i;
                    self.depth = save_depth;
                }
            }
        }
        if items.is_empty() {
            items.push(self.with_item()?);
            while self.eat_op(Op::Comma) {
                items.push(self.with_item()?);
            }
        }
        self.colon(false)?;
        let body = self.block("'with' statement", pos.line)?;
        Ok(Stmt { kind: StmtKind::With { items, body, is_async }, pos })
    }

    fn decorated(&mut self) -> Result<Stmt, CompileError> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::At) {
            decorators.push(self.named_expression()?);
            if self.tok() != &Tok::Newline {
                return Err(self.invalid());
            }
            self.advance();
        }
        let pos = self.pos();
        match self.kw() {
            Some(Kw::Def) => self.funcdef(decorators, false, pos),
            Some(Kw::Class) => self.classdef(decorators, pos),
            Some(Kw::Async) if matches!(self.peek_tok(1), Tok::Kw(Kw::Def)) => {
                self.advance();
                self.funcdef(decorators, true, pos)
            }
            _ => Err(self.invalid()),
        }
    }

    fn funcdef(&mut self, decorators: Vec<Expr>, is_async: bool, pos: Pos) -> Result<Stmt, CompileError> {
        let line = self.advance().start.line;
        let (name, _) = self.expect_name()?;
        self.expect_op(Op::LPar)?;
        let args = self.params(Op::RPar, true)?;
        self.expect_op(Op::RPar)?;
        let returns = if self.eat_op(Op::RArrow) { Some(Box::new(self.expression()?)) } else { None };
        self.colon(false)?;
        let body = self.block("function definition", line)?;
        Ok(Stmt { kind: StmtKind::FunctionDef { name, args: Box::new(args), body, decorators, returns, is_async }, pos })
    }

    fn classdef(&mut self, decorators: Vec<Expr>, pos: Pos) -> Result<Stmt, CompileError> {
        let line = self.advance().start.line;
        let (name, _) = self.expect_name()?;
        let (bases, keywords) = if self.eat_op(Op::LPar) {
            let (args, keywords, _) = self.call_args(false)?;
            self.close(Op::RPar, None)?;
            (args, keywords)
        } else {
            (Vec::new(), Vec::new())
        };
        self.colon(false)?;
        let body = self.block("class definition", line)?;
        Ok(Stmt { kind: StmtKind::ClassDef { name, bases, keywords, body, decorators }, pos })
    }

    /// `match` is a soft keyword: if the line looks like a match statement,
    /// skip its body and produce [`StmtKind::Match`] (which the code generator
    /// rejects); otherwise return None and let it parse as an expression.
    fn try_match(&mut self) -> Result<Option<Stmt>, CompileError> {
        let (save_i, save_depth) = (self.i, self.depth);
        let kw = self.advance();
        let header = (|| {
            if !self.starts_expr() && !self.at_op(Op::Star) {
                return Err(self.invalid());
            }
            let subject = self.star_named_expression()?;
            while self.eat_op(Op::Comma) {
                if self.at_op(Op::Colon) {
                    break;
                }
                self.star_named_expression()?;
            }
            drop(subject);
            if !self.eat_op(Op::Colon) || self.tok() != &Tok::Newline {
                return Err(self.invalid());
            }
            Ok(())
        })();
        if header.is_err() {
            self.i = save_i;
            self.depth = save_depth;
            return Ok(None);
        }
        self.advance();
        if self.tok() != &Tok::Indent {
            let t = self.cur();
            return Err(error_span(
                CompileErrorKind::Indentation,
                format!("expected an indented block after 'match' statement on line {}", kw.start.line),
                t.start,
                t.end,
            ));
        }
        let mut level = 0u32;
        loop {
            match self.advance().tok {
                Tok::Indent => level += 1,
                Tok::Dedent => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                Tok::EndMarker => break,
                _ => {}
            }
        }
        Ok(Some(Stmt { kind: StmtKind::Match, pos: kw.start }))
    }

    /// A parameter list up to (not including) `closer`.
    fn params(&mut self, closer: Op, annotations: bool) -> Result<Arguments, CompileError> {
        let mut a = Arguments::default();
        let mut slash = false;
        let mut star: Option<Token> = None;
        let mut seen_default = false;
        let mut names: Vec<String> = Vec::new();
        let mut depth = 0;
        loop {
            if self.at_op(closer) {
                break;
            }
            if self.at_op(Op::Slash) {
                let t = self.advance();
                if slash {
                    return Err(self.err("/ may appear only once", t.start, t.end));
                }
                if star.is_some() {
                    return Err(self.err("/ must be ahead of *", t.start, t.end));
                }
                if a.args.is_empty() {
                    return Err(self.err("at least one argument must precede /", t.start, t.end));
                }
                slash = true;
                a.posonly = core::mem::take(&mut a.args);
            } else if self.at_op(Op::Star) {
                let t = self.advance();
                if star.is_some() {
                    return Err(self.err("* argument may appear only once", t.start, t.end));
                }
                star = Some(t);
                if matches!(self.tok(), Tok::Name(_)) {
                    let p = self.param(annotations, &mut names, &mut depth)?;
                    a.vararg = Some(p);
                }
            } else if self.at_op(Op::DoubleStar) {
                self.advance();
                let p = self.param(annotations, &mut names, &mut depth)?;
                a.kwarg = Some(p);
                self.eat_op(Op::Comma);
                if !self.at_op(closer) {
                    let t = self.cur();
                    if matches!(t.tok, Tok::Name(_) | Tok::Op(Op::Star | Op::DoubleStar | Op::Slash)) {
                        return Err(self.err("arguments cannot follow var-keyword argument", t.start, t.end));
                    }
                    return Err(self.invalid());
                }
                break;
            } else if matches!(self.tok(), Tok::Name(_)) {
                let p = self.param(annotations, &mut names, &mut depth)?;
                let default = if self.eat_op(Op::Equal) {
                    let e = self.expression()?;
                    depth = depth.max(self.d);
                    Some(e)
                } else {
                    None
                };
                if star.is_some() {
                    a.kwonly.push(p);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(e) => {
                            seen_default = true;
                            a.defaults.push(e);
                        }
                        None if seen_default => {
                            let end = Pos { line: p.pos.line, col: p.pos.col + p.name.chars().count() as u32 };
                            return Err(self.err("non-default argument follows default argument", p.pos, end));
                        }
                        None => {}
                    }
                    a.args.push(p);
                }
            } else {
                return Err(self.invalid());
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        if let Some(t) = star {
            if a.vararg.is_none() && a.kwonly.is_empty() {
                return Err(self.err("named arguments must follow bare *", t.start, t.end));
            }
        }
        self.d = depth;
        Ok(a)
    }

    fn param(&mut self, annotations: bool, names: &mut Vec<String>, depth: &mut u32) -> Result<Param, CompileError> {
        let (name, pos) = self.expect_name()?;
        if names.contains(&name) {
            let end = Pos { line: pos.line, col: pos.col + name.chars().count() as u32 };
            return Err(self.err(format!("duplicate argument '{name}' in function definition"), pos, end));
        }
        names.push(name.clone());
        let annotation = if annotations && self.eat_op(Op::Colon) {
            let e = self.expression()?;
            *depth = (*depth).max(self.d);
            Some(Box::new(e))
        } else {
            None
        };
        Ok(Param { name, annotation, pos })
    }

    // ----- expressions -----

    /// `star_expressions`: a possibly unparenthesized tuple of (starred) expressions.
    fn star_expressions(&mut self) -> Result<Expr, CompileError> {
        let first = self.star_expression()?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut depth = self.d;
        let pos = first.pos;
        let mut elts = alloc::vec![first];
        while self.eat_op(Op::Comma) {
            if !self.starts_expr() && !self.at_op(Op::Star) {
                break;
            }
            elts.push(self.star_expression()?);
            depth = depth.max(self.d);
        }
        let end = self.prev_end();
        self.mk(ExprKind::Tuple(elts), pos, end, depth)
    }

    fn star_expression(&mut self) -> Result<Expr, CompileError> {
        if self.at_op(Op::Star) {
            let pos = self.advance().start;
            let v = self.bitwise_or()?;
            let end = v.end;
            let d = self.d;
            return self.mk(ExprKind::Starred(Box::new(v)), pos, end, d);
        }
        self.expression()
    }

    /// `star_named_expression`: an element of a list, set or tuple display.
    fn star_named_expression(&mut self) -> Result<Expr, CompileError> {
        if self.at_op(Op::Star) {
            let pos = self.advance().start;
            let v = self.bitwise_or()?;
            let end = v.end;
            let d = self.d;
            return self.mk(ExprKind::Starred(Box::new(v)), pos, end, d);
        }
        self.named_expression()
    }

    /// `NAME := expression | expression`.
    fn named_expression(&mut self) -> Result<Expr, CompileError> {
        if let Tok::Name(n) = self.tok() {
            if self.peek_tok(1) == &Tok::Op(Op::ColonEqual) {
                let n = n.clone();
                let t = self.advance();
                let target = Expr { kind: ExprKind::Name(n), pos: t.start, end: t.end };
                self.advance();
                let value = self.expression()?;
                let end = value.end;
                let d = self.d;
                let kind = ExprKind::NamedExpr { target: Box::new(target), value: Box::new(value) };
                return self.mk(kind, t.start, end, d);
            }
        }
        let e = self.expression()?;
        if self.at_op(Op::ColonEqual) {
            let msg = format!("cannot use assignment expressions with {}", expr_name(&e));
            return Err(self.err_expr(msg, &e));
        }
        Ok(e)
    }

    /// `expression`: lambda, conditional expression or disjunction.
    fn expression(&mut self) -> Result<Expr, CompileError> {
        self.depth += 1;
        if self.depth > MAX_RECURSION {
            let t = self.cur();
            return Err(self.err(TOO_DEEP, t.start, t.end));
        }
        let r = self.expression_inner();
        self.depth -= 1;
        r
    }

    fn expression_inner(&mut self) -> Result<Expr, CompileError> {
        if self.at_kw(Kw::Lambda) {
            return self.lambda();
        }
        let body = self.disjunction()?;
        if !self.at_kw(Kw::If) {
            return Ok(body);
        }
        let mut depth = self.d;
        self.advance();
        let test = self.disjunction()?;
        depth = depth.max(self.d);
        if !self.eat_kw(Kw::Else) {
            return Err(self.err("expected 'else' after 'if' expression", body.pos, test.end));
        }
        let orelse = self.expression()?;
        depth = depth.max(self.d);
        let (pos, end) = (body.pos, orelse.end);
        let kind = ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) };
        self.mk(kind, pos, end, depth)
    }

    fn lambda(&mut self) -> Result<Expr, CompileError> {
        let pos = self.advance().start;
        let args = self.params(Op::Colon, false)?;
        let mut depth = self.d;
        self.expect_op(Op::Colon)?;
        let body = self.expression()?;
        depth = depth.max(self.d);
        let end = body.end;
        self.mk(ExprKind::Lambda { args: Box::new(args), body: Box::new(body) }, pos, end, depth)
    }

    fn bool_chain(&mut self, kw: Kw) -> Result<Expr, CompileError> {
        let first = if kw == Kw::Or { self.bool_chain(Kw::And)? } else { self.inversion()? };
        if !self.at_kw(kw) {
            return Ok(first);
        }
        let mut depth = self.d;
        let pos = first.pos;
        let mut values = alloc::vec![first];
        while self.eat_kw(kw) {
            values.push(if kw == Kw::Or { self.bool_chain(Kw::And)? } else { self.inversion()? });
            depth = depth.max(self.d);
        }
        let end = self.prev_end();
        let op = if kw == Kw::Or { BoolOp::Or } else { BoolOp::And };
        self.mk(ExprKind::BoolOp { op, values }, pos, end, depth)
    }

    fn disjunction(&mut self) -> Result<Expr, CompileError> {
        self.bool_chain(Kw::Or)
    }

    /// `not* comparison`, iteratively.
    fn inversion(&mut self) -> Result<Expr, CompileError> {
        let mut nots = Vec::new();
        while self.at_kw(Kw::Not) {
            nots.push(self.advance().start);
        }
        let mut e = self.comparison()?;
        while let Some(pos) = nots.pop() {
            let end = e.end;
            let d = self.d;
            e = self.mk(ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(e) }, pos, end, d)?;
        }
        Ok(e)
    }

    fn cmp_op(&self) -> Option<(CmpOp, usize)> {
        Some(match self.tok() {
            Tok::Op(Op::EqEqual) => (CmpOp::Eq, 1),
            Tok::Op(Op::NotEqual) => (CmpOp::NotEq, 1),
            Tok::Op(Op::Less) => (CmpOp::Lt, 1),
            Tok::Op(Op::LessEqual) => (CmpOp::LtE, 1),
            Tok::Op(Op::Greater) => (CmpOp::Gt, 1),
            Tok::Op(Op::GreaterEqual) => (CmpOp::GtE, 1),
            Tok::Kw(Kw::In) => (CmpOp::In, 1),
            Tok::Kw(Kw::Not) if self.peek_tok(1) == &Tok::Kw(Kw::In) => (CmpOp::NotIn, 2),
            Tok::Kw(Kw::Is) if self.peek_tok(1) == &Tok::Kw(Kw::Not) => (CmpOp::IsNot, 2),
            Tok::Kw(Kw::Is) => (CmpOp::Is, 1),
            _ => return None,
        })
    }

    fn comparison(&mut self) -> Result<Expr, CompileError> {
        let left = self.bitwise_or()?;
        if self.cmp_op().is_none() {
            return Ok(left);
        }
        let mut depth = self.d;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, n)) = self.cmp_op() {
            for _ in 0..n {
                self.advance();
            }
            ops.push(op);
            comparators.push(self.bitwise_or()?);
            depth = depth.max(self.d);
        }
        let (pos, end) = (left.pos, self.prev_end());
        self.mk(ExprKind::Compare { left: Box::new(left), ops, comparators }, pos, end, depth)
    }

    fn bitwise_or(&mut self) -> Result<Expr, CompileError> {
        self.binary(1)
    }

    /// Binary operators by precedence climbing; all are left-associative.
    fn binary(&mut self, min_prec: u8) -> Result<Expr, CompileError> {
        let mut left = self.factor()?;
        let mut depth = self.d;
        while let Some((op, prec)) = self.op().and_then(binop_of) {
            if prec < min_prec {
                break;
            }
            self.advance();
            let right = self.binary(prec + 1)?;
            let d = depth.max(self.d);
            let (pos, end) = (left.pos, right.end);
            left = self.mk(ExprKind::BinOp { op, left: Box::new(left), right: Box::new(right) }, pos, end, d)?;
            depth = self.d;
        }
        self.d = depth;
        Ok(left)
    }

    /// `factor` and `power`, iteratively: `-a ** -b ** c` is
    /// `-(a ** (-(b ** c)))`.
    fn factor(&mut self) -> Result<Expr, CompileError> {
        // Each segment: the unary operators before an operand, the operand
        // and its depth.
        let mut segments: Vec<(Vec<(UnaryOp, Pos)>, Expr, u32)> = Vec::new();
        loop {
            let mut ops = Vec::new();
            loop {
                let op = match self.op() {
                    Some(Op::Minus) => UnaryOp::Neg,
                    Some(Op::Plus) => UnaryOp::Pos,
                    Some(Op::Tilde) => UnaryOp::Invert,
                    _ => break,
                };
                ops.push((op, self.advance().start));
                if ops.len() as u32 > MAX_EXPR_DEPTH {
                    return Err(self.err(TOO_DEEP, self.pos(), self.pos()));
                }
            }
            let operand = self.await_primary()?;
            segments.push((ops, operand, self.d));
            if segments.len() as u32 > MAX_EXPR_DEPTH {
                return Err(self.err(TOO_DEEP, self.pos(), self.pos()));
            }
            if !self.eat_op(Op::DoubleStar) {
                break;
            }
        }
        let mut acc: Option<(Expr, u32)> = None;
        while let Some((mut ops, operand, operand_d)) = segments.pop() {
            let mut e = match acc.take() {
                None => (operand, operand_d),
                Some((right, rd)) => {
                    let (pos, end) = (operand.pos, right.end);
                    let kind = ExprKind::BinOp { op: BinOp::Pow, left: Box::new(operand), right: Box::new(right) };
                    let node = self.mk(kind, pos, end, operand_d.max(rd))?;
                    (node, self.d)
                }
            };
            while let Some((op, pos)) = ops.pop() {
                let end = e.0.end;
                let node = self.mk(ExprKind::UnaryOp { op, operand: Box::new(e.0) }, pos, end, e.1)?;
                e = (node, self.d);
            }
            acc = Some(e);
        }
        match acc {
            Some((e, d)) => {
                self.d = d;
                Ok(e)
            }
            None => Err(self.invalid()),
        }
    }

    fn await_primary(&mut self) -> Result<Expr, CompileError> {
        let mut awaits = Vec::new();
        while self.at_kw(Kw::Await) {
            awaits.push(self.advance().start);
            if awaits.len() as u32 > MAX_EXPR_DEPTH {
                return Err(self.err(TOO_DEEP, self.pos(), self.pos()));
            }
        }
        let mut e = self.primary()?;
        while let Some(pos) = awaits.pop() {
            let end = e.end;
            let d = self.d;
            e = self.mk(ExprKind::Await(Box::new(e)), pos, end, d)?;
        }
        Ok(e)
    }

    /// An atom followed by trailers: `.name`, `(args)`, `[index]`.
    fn primary(&mut self) -> Result<Expr, CompileError> {
        let mut e = self.atom()?;
        loop {
            let depth = self.d;
            let pos = e.pos;
            match self.op() {
                Some(Op::Dot) => {
                    self.advance();
                    let (attr, _) = self.expect_name()?;
                    let end = self.prev_end();
                    e = self.mk(ExprKind::Attribute { value: Box::new(e), attr }, pos, end, depth)?;
                }
                Some(Op::LPar) => {
                    self.advance();
                    let (args, keywords, d) = self.call_args(true)?;
                    let end = self.close(Op::RPar, None)?;
                    let kind = ExprKind::Call { func: Box::new(e), args, keywords };
                    e = self.mk(kind, pos, end, depth.max(d))?;
                }
                Some(Op::LSqb) => {
                    self.advance();
                    let index = self.slices()?;
                    let d = self.d;
                    let end = self.close(Op::RSqb, Some(&index))?;
                    e = self.mk(ExprKind::Subscript { value: Box::new(e), index: Box::new(index) }, pos, end, depth.max(d))?;
                }
                _ => {
                    self.d = depth;
                    return Ok(e);
                }
            }
        }
    }

    /// Call arguments up to (not including) `)`. Returns the maximum depth.
    fn call_args(&mut self, allow_genexp: bool) -> Result<(Vec<Expr>, Vec<Keyword>, u32), CompileError> {
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut depth = 0;
        let mut seen_kw = false;
        let mut seen_dstar = false;
        loop {
            if self.at_op(Op::RPar) {
                break;
            }
            let start = self.pos();
            if self.eat_op(Op::Star) {
                let v = self.expression()?;
                if seen_dstar {
                    return Err(self.err(
                        "iterable argument unpacking follows keyword argument unpacking",
                        start,
                        v.end,
                    ));
                }
                let end = v.end;
                let d = self.d;
                args.push(self.mk(ExprKind::Starred(Box::new(v)), start, end, d)?);
            } else if self.eat_op(Op::DoubleStar) {
                let value = self.expression()?;
                keywords.push(Keyword { name: None, value, pos: start });
                seen_dstar = true;
            } else if matches!(self.tok(), Tok::Name(_)) && self.peek_tok(1) == &Tok::Op(Op::Equal) {
                let (name, _) = self.expect_name()?;
                self.advance();
                let value = self.expression()?;
                if keywords.iter().any(|k| k.name.as_deref() == Some(name.as_str())) {
                    return Err(self.err(format!("keyword argument repeated: {name}"), start, value.end));
                }
                keywords.push(Keyword { name: Some(name), value, pos: start });
                seen_kw = true;
            } else {
                let mut e = self.named_expression()?;
                if self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && self.peek_tok(1) == &Tok::Kw(Kw::For)) {
                    if !allow_genexp {
                        return Err(self.invalid());
                    }
                    let ed = self.d;
                    let (generators, gd) = self.comp_for()?;
                    let end = self.prev_end();
                    let pos = e.pos;
                    e = self.mk(ExprKind::GeneratorExp { elt: Box::new(e), generators }, pos, end, ed.max(gd))?;
                    if !args.is_empty() || !keywords.is_empty() || !self.at_op(Op::RPar) {
                        return Err(self.err_expr("Generator expression must be parenthesized", &e));
                    }
                } else if self.at_op(Op::Equal) {
                    let end = self.cur().end;
                    return Err(self.err(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        e.pos,
                        end,
                    ));
                }
                if seen_dstar {
                    return Err(self.err("positional argument follows keyword argument unpacking", e.end, e.end));
                }
                if seen_kw {
                    return Err(self.err("positional argument follows keyword argument", e.end, e.end));
                }
                args.push(e);
            }
            depth = depth.max(self.d);
            if !self.eat_op(Op::Comma) {
                if !self.at_op(Op::RPar) {
                    let last = match (args.last(), keywords.last()) {
                        (_, Some(k)) if seen_kw || seen_dstar => &k.value,
                        (Some(a), _) => a,
                        (None, Some(k)) => &k.value,
                        (None, None) => return Err(self.invalid()),
                    };
                    return Err(self.juxtaposed(last));
                }
                break;
            }
        }
        self.d = depth;
        Ok((args, keywords, depth))
    }

    /// The inside of `[...]` after a primary.
    fn slices(&mut self) -> Result<Expr, CompileError> {
        let first = self.slice()?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut depth = self.d;
        let pos = first.pos;
        let mut elts = alloc::vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RSqb) {
                break;
            }
            elts.push(self.slice()?);
            depth = depth.max(self.d);
        }
        let end = self.prev_end();
        self.mk(ExprKind::Tuple(elts), pos, end, depth)
    }

    fn slice(&mut self) -> Result<Expr, CompileError> {
        let pos = self.pos();
        if self.at_op(Op::Star) {
            return self.star_named_expression();
        }
        let mut depth = 0;
        let lower = if self.at_op(Op::Colon) {
            None
        } else {
            let e = self.named_expression()?;
            if !self.at_op(Op::Colon) {
                return Ok(e);
            }
            depth = self.d;
            Some(Box::new(e))
        };
        self.advance();
        let bound = |p: &mut Parser, depth: &mut u32| -> Result<Option<Box<Expr>>, CompileError> {
            if matches!(p.op(), Some(Op::Colon | Op::Comma | Op::RSqb)) {
                return Ok(None);
            }
            let e = p.expression()?;
            *depth = (*depth).max(p.d);
            Ok(Some(Box::new(e)))
        };
        let upper = bound(self, &mut depth)?;
        let step = if self.eat_op(Op::Colon) { bound(self, &mut depth)? } else { None };
        let end = self.prev_end();
        self.mk(ExprKind::Slice { lower, upper, step }, pos, end, depth)
    }

    fn atom(&mut self) -> Result<Expr, CompileError> {
        let t = self.cur().clone();
        let kind = match t.tok {
            Tok::Name(n) => ExprKind::Name(n),
            Tok::Kw(Kw::True) => ExprKind::Bool(true),
            Tok::Kw(Kw::False) => ExprKind::Bool(false),
            Tok::Kw(Kw::None) => ExprKind::None,
            Tok::Int(v) => ExprKind::Int(v),
            Tok::Float(v) => ExprKind::Float(v),
            Tok::Imag(v) => ExprKind::Imaginary(v),
            Tok::Op(Op::Ellipsis) => ExprKind::Ellipsis,
            Tok::Str(_) => return self.strings(),
            Tok::Op(Op::LPar) => return self.paren(),
            Tok::Op(Op::LSqb) => return self.list(),
            Tok::Op(Op::LBrace) => return self.dict_or_set(),
            _ => return Err(self.invalid()),
        };
        self.advance();
        Ok(self.leaf(kind, t.start, t.end))
    }

    fn at_comp_for(&self) -> bool {
        self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && self.peek_tok(1) == &Tok::Kw(Kw::For))
    }

    /// `(...)`: tuple, parenthesized expression, generator expression or yield.
    fn paren(&mut self) -> Result<Expr, CompileError> {
        let open = self.advance().start;
        if self.eat_op(Op::RPar) {
            let end = self.prev_end();
            return Ok(self.leaf(ExprKind::Tuple(Vec::new()), open, end));
        }
        if self.at_kw(Kw::Yield) {
            let y = self.yield_expr()?;
            self.close(Op::RPar, Some(&y))?;
            return Ok(y);
        }
        self.group_body(open, Some(Op::RPar))
    }

    /// The contents of a parenthesized group (or of an f-string field, when
    /// `closer` is None), after the opening bracket.
    fn group_body(&mut self, open: Pos, closer: Option<Op>) -> Result<Expr, CompileError> {
        let first = self.star_named_expression()?;
        let mut depth = self.d;
        let finish = |p: &mut Parser, last: Option<&Expr>| -> Result<Pos, CompileError> {
            match closer {
                Some(op) => p.close(op, last),
                None if p.tok() == &Tok::EndMarker => Ok(p.prev_end()),
                None => Err(match last {
                    Some(e) => p.juxtaposed(e),
                    None => p.invalid(),
                }),
            }
        };
        if self.at_comp_for() {
            if let ExprKind::Starred(_) = first.kind {
                return Err(self.err_expr("iterable unpacking cannot be used in comprehension", &first));
            }
            let (generators, gd) = self.comp_for()?;
            let end = finish(self, None)?;
            let kind = ExprKind::GeneratorExp { elt: Box::new(first), generators };
            return self.mk(kind, open, end, depth.max(gd));
        }
        if !self.at_op(Op::Comma) {
            finish(self, Some(&first))?;
            if let ExprKind::Starred(_) = first.kind {
                return Err(self.err_expr("cannot use starred expression here", &first));
            }
            self.d = depth;
            return Ok(first);
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(Op::Comma) {
            if closer.is_some_and(|c| self.at_op(c)) || (closer.is_none() && self.tok() == &Tok::EndMarker) {
                break;
            }
            elts.push(self.star_named_expression()?);
            depth = depth.max(self.d);
        }
        let end = finish(self, elts.last())?;
        let pos = if closer.is_some() { open } else { elts[0].pos };
        let end = if closer.is_some() { end } else { elts[elts.len() - 1].end };
        self.mk(ExprKind::Tuple(elts), pos, end, depth)
    }

    fn list(&mut self) -> Result<Expr, CompileError> {
        let open = self.advance().start;
        if self.eat_op(Op::RSqb) {
            let end = self.prev_end();
            return Ok(self.leaf(ExprKind::List(Vec::new()), open, end));
        }
        let first = self.star_named_expression()?;
        let mut depth = self.d;
        if self.at_comp_for() {
            if let ExprKind::Starred(_) = first.kind {
                return Err(self.err_expr("iterable unpacking cannot be used in comprehension", &first));
            }
            let (generators, gd) = self.comp_for()?;
            let end = self.close(Op::RSqb, None)?;
            return self.mk(ExprKind::ListComp { elt: Box::new(first), generators }, open, end, depth.max(gd));
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RSqb) {
                break;
            }
            elts.push(self.star_named_expression()?);
            depth = depth.max(self.d);
        }
        let end = self.close(Op::RSqb, elts.last())?;
        self.mk(ExprKind::List(elts), open, end, depth)
    }

    fn dict_or_set(&mut self) -> Result<Expr, CompileError> {
        let open = self.advance().start;
        if self.eat_op(Op::RBrace) {
            let end = self.prev_end();
            return Ok(self.leaf(ExprKind::Dict(Vec::new()), open, end));
        }
        // The first item decides between dict and set.
        let (first_key, first_value) = if self.at_op(Op::DoubleStar) {
            let star = self.advance().start;
            let v = self.bitwise_or()?;
            if self.at_comp_for() {
                return Err(self.err("dict unpacking cannot be used in dict comprehension", star, v.end));
            }
            (None, v)
        } else {
            let k = self.star_named_expression()?;
            let kd = self.d;
            if !self.eat_op(Op::Colon) {
                return self.set_rest(open, k, kd);
            }
            let v = self.expression()?;
            self.d = self.d.max(kd);
            if self.at_comp_for() {
                let d = self.d;
                let (generators, gd) = self.comp_for()?;
                let end = self.close(Op::RBrace, None)?;
                let kind = ExprKind::DictComp { key: Box::new(k), value: Box::new(v), generators };
                return self.mk(kind, open, end, d.max(gd));
            }
            (Some(k), v)
        };
        let mut depth = self.d;
        let mut items = alloc::vec![(first_key, first_value)];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RBrace) {
                break;
            }
            if self.eat_op(Op::DoubleStar) {
                let v = self.bitwise_or()?;
                depth = depth.max(self.d);
                items.push((None, v));
                continue;
            }
            let k = self.expression()?;
            depth = depth.max(self.d);
            if !self.eat_op(Op::Colon) {
                if matches!(self.op(), Some(Op::Comma | Op::RBrace)) {
                    let t = self.cur();
                    return Err(self.err("':' expected after dictionary key", k.pos, t.start));
                }
                return Err(self.juxtaposed(&k));
            }
            let v = self.expression()?;
            depth = depth.max(self.d);
            items.push((Some(k), v));
        }
        let last = items.last().map(|(_, v)| v);
        let end = self.close(Op::RBrace, last)?;
        self.mk(ExprKind::Dict(items), open, end, depth)
    }

    fn set_rest(&mut self, open: Pos, first: Expr, mut depth: u32) -> Result<Expr, CompileError> {
        if self.at_comp_for() {
            if let ExprKind::Starred(_) = first.kind {
                return Err(self.err_expr("iterable unpacking cannot be used in comprehension", &first));
            }
            let (generators, gd) = self.comp_for()?;
            let end = self.close(Op::RBrace, None)?;
            return self.mk(ExprKind::SetComp { elt: Box::new(first), generators }, open, end, depth.max(gd));
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RBrace) {
                break;
            }
            elts.push(self.star_named_expression()?);
            depth = depth.max(self.d);
        }
        let end = self.close(Op::RBrace, elts.last())?;
        self.mk(ExprKind::Set(elts), open, end, depth)
    }

    /// `for ... in ... if ...` clauses. Returns them and their maximum depth.
    fn comp_for(&mut self) -> Result<(Vec<Comprehension>, u32), CompileError> {
        let mut gens = Vec::new();
        let mut depth = 0;
        while self.at_comp_for() {
            let is_async = self.eat_kw(Kw::Async);
            self.advance();
            let target = self.star_targets()?;
            depth = depth.max(self.d);
            self.check_target(&target, Ctx::Store, true)?;
            self.expect_kw(Kw::In)?;
            let iter = self.disjunction()?;
            depth = depth.max(self.d);
            let mut ifs = Vec::new();
            while self.eat_kw(Kw::If) {
                ifs.push(self.disjunction()?);
                depth = depth.max(self.d);
            }
            gens.push(Comprehension { target, iter, ifs, is_async });
        }
        // Each clause sits one level below the comprehension node.
        Ok((gens, depth))
    }

    /// A single assignment target (`for` loops, `with ... as`).
    fn star_target(&mut self) -> Result<Expr, CompileError> {
        if self.at_op(Op::Star) {
            let pos = self.advance().start;
            let v = self.bitwise_or()?;
            let (end, d) = (v.end, self.d);
            return self.mk(ExprKind::Starred(Box::new(v)), pos, end, d);
        }
        self.bitwise_or()
    }

    /// A comma-separated target list, a Tuple if there is a comma.
    fn star_targets(&mut self) -> Result<Expr, CompileError> {
        let first = self.star_target()?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut depth = self.d;
        let pos = first.pos;
        let mut elts = alloc::vec![first];
        while self.eat_op(Op::Comma) {
            if !self.starts_expr() && !self.at_op(Op::Star) {
                break;
            }
            elts.push(self.star_target()?);
            depth = depth.max(self.d);
        }
        let end = self.prev_end();
        self.mk(ExprKind::Tuple(elts), pos, end, depth)
    }

    fn yield_expr(&mut self) -> Result<Expr, CompileError> {
        let pos = self.advance().start;
        if self.eat_kw(Kw::From) {
            let v = self.expression()?;
            let (end, d) = (v.end, self.d);
            return self.mk(ExprKind::YieldFrom(Box::new(v)), pos, end, d);
        }
        if self.starts_expr() || self.at_op(Op::Star) {
            let v = self.star_expressions()?;
            let (end, d) = (v.end, self.d);
            return self.mk(ExprKind::Yield(Some(Box::new(v))), pos, end, d);
        }
        let end = self.prev_end();
        Ok(self.leaf(ExprKind::Yield(None), pos, end))
    }

    // ----- strings -----

    /// Adjacent string literals, concatenated.
    fn strings(&mut self) -> Result<Expr, CompileError> {
        let first = self.cur().clone();
        let mut lits: Vec<Token> = Vec::new();
        while let Tok::Str(_) = self.tok() {
            lits.push(self.advance());
        }
        let end = self.prev_end();
        let is_bytes = |t: &Token| matches!(t.tok, Tok::Str(StrLit::Bytes(_)));
        let any_bytes = lits.iter().any(is_bytes);
        if any_bytes && !lits.iter().all(is_bytes) {
            return Err(self.err("cannot mix bytes and nonbytes literals", end, end));
        }
        if any_bytes {
            let mut out = Vec::new();
            for t in &lits {
                if let Tok::Str(StrLit::Bytes(b)) = &t.tok {
                    out.extend_from_slice(b);
                }
            }
            return Ok(self.leaf(ExprKind::Bytes(out), first.start, end));
        }
        if !lits.iter().any(|t| matches!(t.tok, Tok::Str(StrLit::FStr { .. }))) {
            let mut out = String::new();
            for t in &lits {
                if let Tok::Str(StrLit::Str(s)) = &t.tok {
                    out.push_str(s);
                }
            }
            return Ok(self.leaf(ExprKind::Str(out), first.start, end));
        }
        let mut parts = Vec::new();
        let mut depth = 0;
        for t in &lits {
            match &t.tok {
                Tok::Str(StrLit::Str(s)) => push_literal(&mut parts, s),
                Tok::Str(StrLit::FStr { body, raw, body_start }) => {
                    let mut f = FString::new(body, *raw, *body_start, t);
                    let mut i = 0;
                    let sub = self.fstring_parts(&mut f, &mut i, 0)?;
                    depth = depth.max(self.d);
                    for part in sub {
                        match part {
                            FStringPart::Literal(s) => push_literal(&mut parts, &s),
                            field => parts.push(field),
                        }
                    }
                }
                _ => {}
            }
        }
        self.mk(ExprKind::JoinedStr(parts), first.start, end, depth)
    }

    /// Parses f-string text from `*i` up to the end (level 0) or up to the
    /// `}` closing a format spec (level 1, not consumed).
    fn fstring_parts(&mut self, f: &mut FString, i: &mut usize, level: u32) -> Result<Vec<FStringPart>, CompileError> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        let mut depth = 0;
        let n = f.chars.len();
        while *i < n {
            let c = f.chars[*i];
            if !f.raw && c == '\\' && *i + 1 < n {
                let next = f.chars[*i + 1];
                if next == 'N' && f.chars.get(*i + 2) == Some(&'{') {
                    while *i < n && f.chars[*i] != '}' {
                        lit.push(f.chars[*i]);
                        *i += 1;
                    }
                    if *i < n {
                        lit.push('}');
                        *i += 1;
                    }
                    continue;
                }
                lit.push('\\');
                *i += 1;
                if next != '{' && next != '}' {
                    lit.push(next);
                    *i += 1;
                }
                continue;
            }
            if c == '{' || c == '}' {
                if level == 0 && f.chars.get(*i + 1) == Some(&c) {
                    lit.push(c);
                    *i += 2;
                    continue;
                }
                if c == '}' {
                    if level == 0 {
                        return Err(f.error("f-string: single '}' is not allowed", *i));
                    }
                    break;
                }
                self.flush_literal(f, &mut lit, &mut parts)?;
                let field = self.fstring_field(f, i, level)?;
                depth = depth.max(self.d);
                parts.push(field);
                continue;
            }
            lit.push(c);
            *i += 1;
        }
        self.flush_literal(f, &mut lit, &mut parts)?;
        self.d = depth;
        Ok(parts)
    }

    fn flush_literal(&self, f: &FString, lit: &mut String, parts: &mut Vec<FStringPart>) -> Result<(), CompileError> {
        if lit.is_empty() {
            return Ok(());
        }
        let text = if f.raw {
            core::mem::take(lit)
        } else {
            let decoded = lexer::decode_escapes(lit).map_err(|m| f.token_error(m))?;
            lit.clear();
            decoded
        };
        push_literal(parts, &text);
        Ok(())
    }

    /// One `{expr=!c:spec}` field; `*i` is at the `{`.
    fn fstring_field(&mut self, f: &mut FString, i: &mut usize, level: u32) -> Result<FStringPart, CompileError> {
        if level >= 2 {
            return Err(f.error("f-string: expressions nested too deeply", *i));
        }
        let n = f.chars.len();
        *i += 1;
        let expr_start = *i;
        let mut quote: Option<(char, bool)> = None;
        let mut stack: Vec<char> = Vec::new();
        while *i < n {
            let ch = f.chars[*i];
            if ch == '\\' {
                return Err(f.error("f-string expression part cannot include a backslash", *i));
            }
            if let Some((q, triple)) = quote {
                if ch == q {
                    if !triple {
                        quote = None;
                    } else if f.chars.get(*i + 1) == Some(&q) && f.chars.get(*i + 2) == Some(&q) {
                        *i += 2;
                        quote = None;
                    }
                }
                *i += 1;
                continue;
            }
            match ch {
                '\'' | '"' => {
                    let triple = f.chars.get(*i + 1) == Some(&ch) && f.chars.get(*i + 2) == Some(&ch);
                    if triple {
                        *i += 2;
                    }
                    quote = Some((ch, triple));
                }
                '[' | '(' | '{' => {
                    if stack.len() >= lexer::MAX_BRACKET_DEPTH {
                        return Err(f.error("f-string: too many nested parenthesis", *i));
                    }
                    stack.push(ch);
                }
                '#' => return Err(f.error("f-string expression part cannot include '#'", *i)),
                ']' | ')' | '}' if !stack.is_empty() => {
                    let open = stack.pop().unwrap_or('(');
                    let ok = matches!((open, ch), ('(', ')') | ('[', ']') | ('{', '}'));
                    if !ok {
                        let msg = format!("f-string: closing parenthesis '{ch}' does not match opening parenthesis '{open}'");
                        return Err(f.error(&msg, *i));
                    }
                }
                '!' | ':' | '}' | '=' | '<' | '>' if stack.is_empty() => {
                    let next = f.chars.get(*i + 1).copied();
                    if next == Some('=') && matches!(ch, '!' | '=' | '<' | '>') {
                        *i += 2;
                        continue;
                    }
                    if ch != '<' && ch != '>' {
                        break;
                    }
                }
                ']' | ')' => return Err(f.error(&format!("f-string: unmatched '{ch}'"), *i)),
                _ => {}
            }
            *i += 1;
        }
        if quote.is_some() {
            return Err(f.error("f-string: unterminated string", *i));
        }
        if let Some(&open) = stack.last() {
            return Err(f.error(&format!("f-string: unmatched '{open}'"), *i));
        }
        if *i >= n {
            return Err(f.error("f-string: expecting '}'", *i));
        }
        let expr_end = *i;
        let text: String = f.chars[expr_start..expr_end].iter().collect();
        if text.chars().all(|c| c.is_whitespace()) {
            return Err(f.error("f-string: empty expression not allowed", *i));
        }
        let value = self.fstring_expr(&text, f.pos_of(expr_start))?;
        let mut depth = self.d;
        let mut debug_text = None;
        if f.chars[*i] == '=' {
            *i += 1;
            while *i < n && f.chars[*i].is_whitespace() {
                *i += 1;
            }
            debug_text = Some(f.chars[expr_start..*i].iter().collect::<String>());
        }
        let mut conversion = None;
        if *i < n && f.chars[*i] == '!' {
            *i += 1;
            if *i >= n {
                return Err(f.error("f-string: expecting '}'", *i));
            }
            let c = f.chars[*i];
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(f.error("f-string: invalid conversion character: expected 's', 'r', or 'a'", *i));
            }
            conversion = Some(c);
            *i += 1;
        }
        let mut format_spec = None;
        if *i < n && f.chars[*i] == ':' {
            *i += 1;
            let spec = self.fstring_parts(f, i, level + 1)?;
            depth = depth.max(self.d);
            format_spec = Some(spec);
        }
        if *i >= n || f.chars[*i] != '}' {
            return Err(f.error("f-string: expecting '}'", *i));
        }
        *i += 1;
        if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        if depth + 2 > MAX_EXPR_DEPTH {
            return Err(f.error(TOO_DEEP, *i));
        }
        self.d = depth + 1;
        Ok(FStringPart::Field { value: Box::new(value), conversion, format_spec, debug_text })
    }

    /// Parses the expression of an f-string field with a fresh parser.
    fn fstring_expr(&mut self, text: &str, start: Pos) -> Result<Expr, CompileError> {
        let prefix = |mut e: CompileError| {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            e
        };
        let lexed = lexer::tokenize_fstring_expr(text, start);
        let mut sub = Parser::new(lexed, self.depth + 1).map_err(prefix)?;
        if sub.depth > MAX_RECURSION {
            return Err(self.err(TOO_DEEP, start, start));
        }
        let e = if sub.at_kw(Kw::Yield) {
            let y = sub.yield_expr()?;
            if sub.tok() != &Tok::EndMarker {
                return Err(prefix(sub.invalid()));
            }
            y
        } else {
            sub.group_body(start, None).map_err(prefix)?
        };
        self.d = sub.d;
        Ok(e)
    }
}

/// Appends literal text to f-string parts, merging with a preceding literal.
fn push_literal(parts: &mut Vec<FStringPart>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
        prev.push_str(s);
        return;
    }
    parts.push(FStringPart::Literal(String::from(s)));
}

fn unreachable_expr(pos: Pos) -> Expr {
    Expr { kind: ExprKind::None, pos, end: pos }
}

/// An f-string body being parsed, with a map from character index to position.
struct FString {
    chars: Vec<char>,
    raw: bool,
    start: Pos,
    /// The whole string token, for errors reported at its end.
    tok_start: Pos,
    tok_end: Pos,
}

impl FString {
    fn new(body: &str, raw: bool, start: Pos, tok: &Token) -> FString {
        FString { chars: body.chars().collect(), raw, start, tok_start: tok.start, tok_end: tok.end }
    }

    /// Source position of character `idx` of the body.
    fn pos_of(&self, idx: usize) -> Pos {
        let mut p = self.start;
        for &c in self.chars.iter().take(idx) {
            if c == '\n' {
                p.line += 1;
                p.col = 0;
            } else {
                p.col += 1;
            }
        }
        p
    }

    /// An error found while scanning the body: CPython reports these at the
    /// end of the string token.
    fn error(&self, msg: &str, _idx: usize) -> CompileError {
        CompileError::syntax(msg, self.tok_start.line, self.tok_end.col + 1)
    }

    fn token_error(&self, msg: String) -> CompileError {
        CompileError::syntax(msg, self.tok_start.line, self.tok_end.col + 1)
    }
}
