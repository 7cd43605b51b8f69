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
    Alias, Arguments, BinOp, BoolOp, CmpOp, Comprehension, ExceptHandler, Expr, ExprKind, FStringPart, Keyword, Module,
    Param, Pos, Stmt, StmtKind, UnaryOp, WithItem,
};
use super::error::{CompileError, CompileErrorKind};
use super::lexer::{self, Lexed};
use super::token::{Kw, Op, StrLit, Tok, Token};

/// Maximum nesting of recursive expression constructs (brackets, lambdas,
/// conditional expressions, f-string fields).
pub const MAX_RECURSION: u32 = 250;
/// Maximum depth of an expression tree (an atom has depth 1).
pub const MAX_EXPR_DEPTH: u32 = 1000;

#[cfg(feature = "match")]
mod patterns;

const TOO_DEEP: &str = "too many nested expressions";

/// Parses a module (`exec` mode).
pub fn parse_module(source: &str) -> Result<Module, CompileError> {
    let mut lexed = lexer::tokenize(source);
    let lex_error = lexed.error.take();
    let mut p = Parser::new(lexed, 0)?;
    p.module().map_err(|e| match lex_error {
        // As in CPython, a tokenizer error anywhere wins over a parser error,
        // except over "unexpected indent" found before it, and except the
        // indentation and line-continuation errors CPython's tokenizer
        // reports without raising (they win only once the parser reaches
        // them).
        Some(lex) if e.msg != "unexpected indent" && (!lex_error_waits(&lex) || e.line >= lex.line) => lex,
        _ => e,
    })
}

/// True for the tokenizer errors CPython reports only when the parser
/// reaches them (its tokenizer's `E_DEDENT`, `E_TABSPACE`, `E_TOODEEP`,
/// `E_LINECONT` and `E_EOF` codes, which set no exception at once), so a
/// parser error on an earlier line wins.
fn lex_error_waits(e: &CompileError) -> bool {
    [
        "unindent does not match any outer indentation level",
        "inconsistent use of tabs and spaces in indentation",
        "too many levels of indentation",
        "unexpected character after line continuation character",
        "unexpected EOF while parsing",
    ]
    .contains(&e.msg.as_str())
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
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Imaginary(_) | ExprKind::Str(_) | ExprKind::Bytes(_) => {
            "literal"
        }
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

    // The lexer ends the tokens with `EndMarker` (or `Error`), so they are
    // never empty, and `advance` stops at the last one.
    #[allow(clippy::indexing_slicing)]
    fn cur(&self) -> &Token {
        &self.toks[self.i.min(self.toks.len() - 1)]
    }

    fn tok(&self) -> &Tok {
        &self.cur().tok
    }

    // As `cur`: a clamped index into the non-empty tokens.
    #[allow(clippy::indexing_slicing)]
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
        match self.i.checked_sub(1).and_then(|p| self.toks.get(p)) {
            Some(prev) => prev.end,
            None => self.cur().start,
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
            Tok::Op(op) => {
                matches!(op, Op::LPar | Op::LSqb | Op::LBrace | Op::Minus | Op::Plus | Op::Tilde | Op::Ellipsis)
            }
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
        let compound = match self.tok() {
            Tok::Kw(Kw::If | Kw::While | Kw::For | Kw::Try | Kw::With | Kw::Def | Kw::Class) | Tok::Op(Op::At) => {
                self.compound()?
            }
            Tok::Kw(Kw::Async) if matches!(self.peek_tok(1), Tok::Kw(Kw::Def | Kw::For | Kw::With)) => {
                self.compound()?
            }
            Tok::Name(n) if n == "match" => match self.try_match()? {
                Some(s) => s,
                None => return self.simple_stmts(out),
            },
            _ => return self.simple_stmts(out),
        };
        out.push(Stmt { end: self.code_end(), ..compound });
        Ok(())
    }

    /// End of the last token before the current one that is not a line
    /// break or an indentation change: where the statement just parsed ends.
    fn code_end(&self) -> Pos {
        let before = self.toks.get(..self.i).unwrap_or(&[]);
        let last = before.iter().rev().find(|t| !matches!(t.tok, Tok::Newline | Tok::Indent | Tok::Dedent));
        last.map_or_else(|| self.prev_end(), |t| t.end)
    }

    #[inline(never)]
    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> Result<(), CompileError> {
        loop {
            let s = self.simple_stmt()?;
            out.push(Stmt { end: self.prev_end(), ..s });
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
        Ok(Stmt { kind, pos, end: pos })
    }

    fn dotted_name(&mut self) -> Result<(String, Pos), CompileError> {
        let (mut name, p) = self.expect_name()?;
        while self.eat_op(Op::Dot) {
            name.push('.');
            name.push_str(&self.expect_name()?.0);
        }
        Ok((name, p))
    }

    #[inline(never)]
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

    #[inline(never)]
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
        Ok(Stmt { kind, pos, end: pos })
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

    #[inline(never)]
    fn compound(&mut self) -> Result<Stmt, CompileError> {
        let pos = self.pos();
        match self.tok() {
            Tok::Op(Op::At) => self.decorated(),
            Tok::Kw(Kw::If) => self.if_stmt(),
            Tok::Kw(Kw::While) => {
                self.advance();
                let test = self.condition()?;
                self.colon(false)?;
                let body = self.block("'while' statement", pos.line)?;
                let orelse = self.else_block()?;
                Ok(Stmt { kind: StmtKind::While { test, body, orelse }, pos, end: pos })
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
            let test = self.condition()?;
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
            let s = Stmt { kind: StmtKind::If { test, body, orelse }, pos, end: pos };
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
        Ok(Stmt { kind: StmtKind::For { target, iter, body, orelse, is_async }, pos, end: pos })
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
        Ok(Stmt { kind: StmtKind::Try { body, handlers, orelse, finalbody, is_star }, pos, end: pos })
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
        Ok(Stmt { kind: StmtKind::With { items, body, is_async }, pos, end: pos })
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
        Ok(Stmt {
            kind: StmtKind::FunctionDef {
                name,
                bound_as: None,
                args: Box::new(args),
                body,
                decorators,
                returns,
                is_async,
            },
            pos,
            end: pos,
        })
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
        Ok(Stmt { kind: StmtKind::ClassDef { name, bound_as: None, bases, keywords, body, decorators }, pos, end: pos })
    }

    /// `match` is a soft keyword: if the line looks like a match statement
    /// header, parse the statement (`patterns.rs`); otherwise return None
    /// and let it parse as an expression.
    #[inline(never)]
    fn try_match(&mut self) -> Result<Option<Stmt>, CompileError> {
        let (save_i, save_depth) = (self.i, self.depth);
        self.advance();
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
        self.i = save_i;
        self.depth = save_depth;
        if header.is_err() {
            return Ok(None);
        }
        #[cfg(not(feature = "match"))]
        {
            let t = self.cur();
            Err(error_span(
                crate::compiler::error::CompileErrorKind::NotImplemented,
                "the match statement needs vm-core's 'match' feature",
                t.start,
                t.end,
            ))
        }
        #[cfg(feature = "match")]
        self.match_stmt().map(Some)
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
            // `*args: *Ts` (PEP 646) is accepted for any parameter here.
            let e = self.star_expression()?;
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
        if matches!(self.tok(), Tok::Name(_)) && self.peek_tok(1) == &Tok::Op(Op::ColonEqual) {
            return self.walrus();
        }
        let e = self.expression()?;
        if self.at_op(Op::ColonEqual) {
            let msg = format!("cannot use assignment expressions with {}", expr_name(&e));
            return Err(self.err_expr(msg, &e));
        }
        Ok(e)
    }

    /// A condition (`if`/`elif`/`while`): a named expression, with CPython's
    /// hint when `=` was written for `==`.
    fn condition(&mut self) -> Result<Expr, CompileError> {
        let e = self.named_expression()?;
        if self.at_op(Op::Equal) {
            let msg = match e.kind {
                ExprKind::Name(_) => String::from("invalid syntax. Maybe you meant '==' or ':=' instead of '='?"),
                _ => format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(&e)),
            };
            return Err(self.err_expr(msg, &e));
        }
        Ok(e)
    }

    /// `NAME := expression`.
    #[inline(never)]
    fn walrus(&mut self) -> Result<Expr, CompileError> {
        {
            if let Tok::Name(n) = self.tok() {
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
        Err(self.invalid())
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
        let start = self.pos();
        let body = self.disjunction()?;
        if !self.at_kw(Kw::If) {
            return Ok(body);
        }
        self.ternary(body, start)
    }

    /// `body if test else orelse`, at the `if`; `start` is where `body`'s
    /// first token (a parenthesis, perhaps) starts.
    #[inline(never)]
    fn ternary(&mut self, body: Expr, start: Pos) -> Result<Expr, CompileError> {
        let mut depth = self.d;
        self.advance();
        let test = self.disjunction()?;
        depth = depth.max(self.d);
        if !self.eat_kw(Kw::Else) {
            return Err(self.err("expected 'else' after 'if' expression", body.pos, test.end));
        }
        let orelse = self.expression()?;
        depth = depth.max(self.d);
        let (pos, end) = (start, self.prev_end());
        let kind = ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) };
        self.mk(kind, pos, end, depth)
    }

    #[inline(never)]
    fn lambda(&mut self) -> Result<Expr, CompileError> {
        let pos = self.advance().start;
        let args = self.params(Op::Colon, false)?;
        let mut depth = self.d;
        self.expect_op(Op::Colon)?;
        let body = self.expression()?;
        depth = depth.max(self.d);
        let end = self.prev_end();
        self.mk(ExprKind::Lambda { args: Box::new(args), body: Box::new(body) }, pos, end, depth)
    }

    fn disjunction(&mut self) -> Result<Expr, CompileError> {
        let start = self.pos();
        let first = self.conjunction()?;
        if !self.at_kw(Kw::Or) {
            return Ok(first);
        }
        self.bool_rest(Kw::Or, first, start)
    }

    fn conjunction(&mut self) -> Result<Expr, CompileError> {
        let start = self.pos();
        let first = self.inversion()?;
        if !self.at_kw(Kw::And) {
            return Ok(first);
        }
        self.bool_rest(Kw::And, first, start)
    }

    /// The rest of an `and`/`or` chain after its first operand, which
    /// starts at `pos` (with its parentheses: CPython's positions).
    #[inline(never)]
    fn bool_rest(&mut self, kw: Kw, first: Expr, pos: Pos) -> Result<Expr, CompileError> {
        let mut depth = self.d;
        let mut values = alloc::vec![first];
        while self.eat_kw(kw) {
            values.push(if kw == Kw::Or { self.conjunction()? } else { self.inversion()? });
            depth = depth.max(self.d);
        }
        let end = self.prev_end();
        let op = if kw == Kw::Or { BoolOp::Or } else { BoolOp::And };
        self.mk(ExprKind::BoolOp { op, values }, pos, end, depth)
    }

    /// `not* comparison`, iteratively.
    fn inversion(&mut self) -> Result<Expr, CompileError> {
        if !self.at_kw(Kw::Not) {
            return self.comparison();
        }
        self.inversion_slow()
    }

    #[inline(never)]
    fn inversion_slow(&mut self) -> Result<Expr, CompileError> {
        let mut nots = Vec::new();
        while self.at_kw(Kw::Not) {
            nots.push(self.advance().start);
        }
        let mut e = self.comparison()?;
        let end = self.prev_end();
        while let Some(pos) = nots.pop() {
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
        let start = self.pos();
        let left = self.bitwise_or()?;
        if self.cmp_op().is_none() {
            return Ok(left);
        }
        self.comparison_rest(left, start)
    }

    /// The rest of a comparison chain after `left`, which starts at `start`.
    #[inline(never)]
    fn comparison_rest(&mut self, left: Expr, start: Pos) -> Result<Expr, CompileError> {
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
        let (pos, end) = (start, self.prev_end());
        self.mk(ExprKind::Compare { left: Box::new(left), ops, comparators }, pos, end, depth)
    }

    fn bitwise_or(&mut self) -> Result<Expr, CompileError> {
        self.binary(1)
    }

    /// Binary operators by precedence climbing; all are left-associative.
    fn binary(&mut self, min_prec: u8) -> Result<Expr, CompileError> {
        let start = self.pos();
        let left = self.factor()?;
        if self.op().and_then(binop_of).is_none() {
            return Ok(left);
        }
        self.binary_rest(min_prec, left, start)
    }

    /// The operators after `left`, which starts at `start` (its first
    /// token, a parenthesis perhaps: a node spans its operands' brackets,
    /// as CPython's positions do, for traceback carets).
    #[inline(never)]
    fn binary_rest(&mut self, min_prec: u8, mut left: Expr, start: Pos) -> Result<Expr, CompileError> {
        let mut depth = self.d;
        while let Some((op, prec)) = self.op().and_then(binop_of) {
            if prec < min_prec {
                break;
            }
            self.advance();
            let right = self.binary(prec + 1)?;
            let d = depth.max(self.d);
            let (pos, end) = (start, self.prev_end());
            left = self.mk(ExprKind::BinOp { op, left: Box::new(left), right: Box::new(right) }, pos, end, d)?;
            depth = self.d;
        }
        self.d = depth;
        Ok(left)
    }

    /// `factor` and `power`, iteratively: `-a ** -b ** c` is
    /// `-(a ** (-(b ** c)))`.
    fn factor(&mut self) -> Result<Expr, CompileError> {
        // Fast path (keeps this frame small on the recursion path).
        if !matches!(self.op(), Some(Op::Minus | Op::Plus | Op::Tilde)) {
            let start = self.pos();
            let e = self.await_primary()?;
            if !self.at_op(Op::DoubleStar) {
                return Ok(e);
            }
            return self.factor_slow(Some((e, start)));
        }
        self.factor_slow(None)
    }

    /// The general case of [`Parser::factor`]; `first` is an already parsed
    /// operand without unary operators, and where it starts.
    #[inline(never)]
    fn factor_slow(&mut self, mut first: Option<(Expr, Pos)>) -> Result<Expr, CompileError> {
        // Each segment: the unary operators before an operand, the operand,
        // its depth and where it starts (its parenthesis, if any).
        let mut segments: Vec<PowSegment> = Vec::new();
        loop {
            let mut ops = Vec::new();
            while first.is_none() {
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
            let (operand, start) = match first.take() {
                Some(e) => e,
                None => {
                    let start = self.pos();
                    (self.await_primary()?, start)
                }
            };
            segments.push((ops, operand, self.d, start));
            if segments.len() as u32 > MAX_EXPR_DEPTH {
                return Err(self.err(TOO_DEEP, self.pos(), self.pos()));
            }
            if !self.eat_op(Op::DoubleStar) {
                break;
            }
        }
        // Every node built here ends where the whole chain ends.
        let end = self.prev_end();
        let mut acc: Option<(Expr, u32)> = None;
        while let Some((mut ops, operand, operand_d, start)) = segments.pop() {
            let mut e = match acc.take() {
                None => (operand, operand_d),
                Some((right, rd)) => {
                    let pos = start;
                    let kind = ExprKind::BinOp { op: BinOp::Pow, left: Box::new(operand), right: Box::new(right) };
                    let node = self.mk(kind, pos, end, operand_d.max(rd))?;
                    (node, self.d)
                }
            };
            while let Some((op, pos)) = ops.pop() {
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
        if !self.at_kw(Kw::Await) {
            return self.primary();
        }
        self.await_slow()
    }

    #[inline(never)]
    fn await_slow(&mut self) -> Result<Expr, CompileError> {
        let mut awaits = Vec::new();
        while self.at_kw(Kw::Await) {
            awaits.push(self.advance().start);
            if awaits.len() as u32 > MAX_EXPR_DEPTH {
                return Err(self.err(TOO_DEEP, self.pos(), self.pos()));
            }
        }
        let mut e = self.primary()?;
        let end = self.prev_end();
        while let Some(pos) = awaits.pop() {
            let d = self.d;
            e = self.mk(ExprKind::Await(Box::new(e)), pos, end, d)?;
        }
        Ok(e)
    }

    /// An atom followed by trailers: `.name`, `(args)`, `[index]`.
    fn primary(&mut self) -> Result<Expr, CompileError> {
        let start = self.pos();
        let mut e = self.atom()?;
        while matches!(self.op(), Some(Op::Dot | Op::LPar | Op::LSqb)) {
            e = self.trailer(e, start)?;
        }
        Ok(e)
    }

    /// One trailer applied to `e`; the new node starts at `pos`, where the
    /// primary's first token is (a parenthesis, perhaps).
    #[inline(never)]
    fn trailer(&mut self, e: Expr, pos: Pos) -> Result<Expr, CompileError> {
        let depth = self.d;
        let open = self.advance();
        match open.tok {
            Tok::Op(Op::Dot) => {
                let (attr, _) = self.expect_name()?;
                let end = self.prev_end();
                self.mk(ExprKind::Attribute { value: Box::new(e), attr }, pos, end, depth)
            }
            Tok::Op(Op::LPar) => {
                let (args, keywords, d) = self.call_args(true)?;
                let end = self.close(Op::RPar, None)?;
                let kind = ExprKind::Call { func: Box::new(e), args, keywords };
                self.mk(kind, pos, end, depth.max(d))
            }
            _ => {
                let index = self.slices()?;
                let d = self.d;
                let end = self.close(Op::RSqb, Some(&index))?;
                let kind = ExprKind::Subscript { value: Box::new(e), index: Box::new(index) };
                self.mk(kind, pos, end, depth.max(d))
            }
        }
    }

    /// Call arguments up to (not including) `)`. Returns the maximum depth.
    #[inline(never)]
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
    #[inline(never)]
    fn slices(&mut self) -> Result<Expr, CompileError> {
        let first = self.slice()?;
        if !self.at_op(Op::Comma) {
            if let ExprKind::Starred(_) = first.kind {
                // `a[*b]` is `a[(*b,)]`.
                let (pos, end, d) = (first.pos, first.end, self.d);
                return self.mk(ExprKind::Tuple(alloc::vec![first]), pos, end, d);
            }
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
    #[inline(never)]
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
    #[inline(never)]
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
        let pos = if closer.is_some() { open } else { elts.first().map_or(open, |e| e.pos) };
        let end = if closer.is_some() { end } else { elts.last().map_or(end, |e| e.end) };
        self.mk(ExprKind::Tuple(elts), pos, end, depth)
    }

    #[inline(never)]
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

    #[inline(never)]
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
    #[inline(never)]
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
    #[inline(never)]
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
        while let Some(c) = f.at(*i) {
            if let Some(next) = f.at(*i + 1).filter(|_| !f.raw && c == '\\') {
                if next == 'N' && f.at(*i + 2) == Some('{') {
                    while let Some(c) = f.at(*i).filter(|&c| c != '}') {
                        lit.push(c);
                        *i += 1;
                    }
                    if f.at(*i).is_some() {
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
        while let Some(ch) = f.at(*i) {
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
                        let msg =
                            format!("f-string: closing parenthesis '{ch}' does not match opening parenthesis '{open}'");
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
        let text = f.text(expr_start, expr_end);
        if text.chars().all(|c| c.is_whitespace()) {
            return Err(f.error("f-string: empty expression not allowed", *i));
        }
        let value = self.fstring_expr(&text, f.pos_of(expr_start))?;
        let mut depth = self.d;
        let mut debug_text = None;
        if f.at(*i) == Some('=') {
            *i += 1;
            while f.at(*i).is_some_and(char::is_whitespace) {
                *i += 1;
            }
            debug_text = Some(f.text(expr_start, *i));
        }
        let mut conversion = None;
        if f.at(*i) == Some('!') {
            *i += 1;
            let Some(c) = f.at(*i) else {
                return Err(f.error("f-string: expecting '}'", *i));
            };
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(f.error("f-string: invalid conversion character: expected 's', 'r', or 'a'", *i));
            }
            conversion = Some(c);
            *i += 1;
        }
        let mut format_spec = None;
        if f.at(*i) == Some(':') {
            *i += 1;
            let spec = self.fstring_parts(f, i, level + 1)?;
            depth = depth.max(self.d);
            format_spec = Some(spec);
        }
        if f.at(*i) != Some('}') {
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

/// A `**` operand with its prefix unary operators and its tree depth.
type PowSegment = (Vec<(UnaryOp, Pos)>, Expr, u32, Pos);

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
    /// The character at `i`, if any.
    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    /// The characters from `a` to `b`.
    fn text(&self, a: usize, b: usize) -> String {
        self.chars.get(a..b).unwrap_or_default().iter().collect()
    }

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
        lexer::escape_error(msg, self.tok_start.line, self.tok_end.col + 1)
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;
    use alloc::string::ToString;

    /// Compact S-expression dump of an AST, mirrored by a Python script over
    /// `ast` for comparison with CPython.
    mod sx {
        use super::super::super::ast::*;
        use alloc::boxed::Box;
        use alloc::format;
        use alloc::string::String;
        use alloc::vec::Vec;

        fn esc(s: &str) -> String {
            let mut o = String::new();
            for c in s.chars() {
                if c.is_ascii_graphic() && c != '"' && c != '\\' {
                    o.push(c);
                } else {
                    o.push_str(&format!("\\x{{{:X}}}", c as u32));
                }
            }
            o
        }

        fn list(v: &[Expr]) -> String {
            let parts: Vec<String> = v.iter().map(expr).collect();
            format!("[{}]", parts.join(" "))
        }

        fn opt(e: &Option<Expr>) -> String {
            e.as_ref().map(expr).unwrap_or_else(|| String::from("-"))
        }

        fn optb(e: &Option<Box<Expr>>) -> String {
            e.as_ref().map(|b| expr(b)).unwrap_or_else(|| String::from("-"))
        }

        fn binop(op: BinOp) -> &'static str {
            match op {
                BinOp::Add => "Add",
                BinOp::Sub => "Sub",
                BinOp::Mul => "Mult",
                BinOp::Div => "Div",
                BinOp::FloorDiv => "FloorDiv",
                BinOp::Mod => "Mod",
                BinOp::Pow => "Pow",
                BinOp::LShift => "LShift",
                BinOp::RShift => "RShift",
                BinOp::BitOr => "BitOr",
                BinOp::BitXor => "BitXor",
                BinOp::BitAnd => "BitAnd",
                BinOp::MatMul => "MatMult",
            }
        }

        fn cmpop(op: CmpOp) -> &'static str {
            match op {
                CmpOp::Eq => "Eq",
                CmpOp::NotEq => "NotEq",
                CmpOp::Lt => "Lt",
                CmpOp::LtE => "LtE",
                CmpOp::Gt => "Gt",
                CmpOp::GtE => "GtE",
                CmpOp::Is => "Is",
                CmpOp::IsNot => "IsNot",
                CmpOp::In => "In",
                CmpOp::NotIn => "NotIn",
            }
        }

        fn comps(g: &[Comprehension]) -> String {
            let parts: Vec<String> = g
                .iter()
                .map(|c| {
                    format!(
                        "(for{} {} {} {})",
                        if c.is_async { "*" } else { "" },
                        expr(&c.target),
                        expr(&c.iter),
                        list(&c.ifs)
                    )
                })
                .collect();
            parts.join(" ")
        }

        fn param(p: &Param) -> String {
            match &p.annotation {
                Some(a) => format!("{}:{}", p.name, expr(a)),
                None => p.name.clone(),
            }
        }

        fn args(a: &Arguments) -> String {
            let ps = |v: &[Param]| v.iter().map(param).collect::<Vec<_>>().join(" ");
            let kwd: Vec<String> = a.kw_defaults.iter().map(opt).collect();
            format!(
                "(args [{}] [{}] {} {} [{}] [{}] {})",
                ps(&a.posonly),
                ps(&a.args),
                list(&a.defaults),
                a.vararg.as_ref().map(param).unwrap_or_else(|| String::from("-")),
                ps(&a.kwonly),
                kwd.join(" "),
                a.kwarg.as_ref().map(param).unwrap_or_else(|| String::from("-")),
            )
        }

        fn keywords(k: &[Keyword]) -> String {
            let parts: Vec<String> =
                k.iter().map(|k| format!("{}={}", k.name.as_deref().unwrap_or("**"), expr(&k.value))).collect();
            format!("[{}]", parts.join(" "))
        }

        fn fparts(parts: &[FStringPart]) -> String {
            // CPython stores `{x=}`'s text as a literal before the field; mirror that.
            let mut items: Vec<String> = Vec::new();
            let mut lit: Option<String> = None;
            for p in parts {
                match p {
                    FStringPart::Literal(s) => lit.get_or_insert_with(String::new).push_str(s),
                    FStringPart::Field { value, conversion, format_spec, debug_text } => {
                        if let Some(d) = debug_text {
                            lit.get_or_insert_with(String::new).push_str(d);
                        }
                        if let Some(l) = lit.take() {
                            items.push(format!("s\"{}\"", esc(&l)));
                        }
                        items.push(format!(
                            "(fmt {} {} {})",
                            expr(value),
                            conversion.map(|c| format!("{c}")).unwrap_or_else(|| String::from("-")),
                            format_spec
                                .as_ref()
                                .map(|s| format!("(joined {})", fparts(s)))
                                .unwrap_or_else(|| String::from("-")),
                        ));
                    }
                }
            }
            if let Some(l) = lit.take() {
                items.push(format!("s\"{}\"", esc(&l)));
            }
            items.join(" ")
        }

        /// One expression.
        pub fn expr(e: &Expr) -> String {
            match &e.kind {
                ExprKind::Int(IntLit::Small(v)) => format!("{v}"),
                ExprKind::Int(IntLit::Big { digits, radix: 10 }) => digits.clone(),
                ExprKind::Int(IntLit::Big { digits, radix }) => match u128::from_str_radix(digits, *radix) {
                    Ok(v) => format!("{v}"),
                    Err(_) => format!("big:{digits}:{radix}"),
                },
                ExprKind::Float(v) => format!("{v:?}"),
                ExprKind::Imaginary(v) => format!("{v:?}j"),
                ExprKind::Str(s) => format!("s\"{}\"", esc(s)),
                ExprKind::Bytes(b) => {
                    let h: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
                    format!("b\"{}\"", h.join(""))
                }
                ExprKind::JoinedStr(p) => format!("(joined {})", fparts(p)),
                ExprKind::Bool(b) => String::from(if *b { "True" } else { "False" }),
                ExprKind::None => String::from("None"),
                ExprKind::Ellipsis => String::from("..."),
                ExprKind::Name(n) => n.clone(),
                ExprKind::List(v) => format!("(list {})", list(v)),
                ExprKind::Tuple(v) => format!("(tuple {})", list(v)),
                ExprKind::Set(v) => format!("(set {})", list(v)),
                ExprKind::Dict(items) => {
                    let v: Vec<String> = items.iter().map(|(k, v)| format!("{}:{}", opt(k), expr(v))).collect();
                    format!("(dict {})", v.join(" "))
                }
                ExprKind::BinOp { op, left, right } => format!("({} {} {})", binop(*op), expr(left), expr(right)),
                ExprKind::UnaryOp { op, operand } => {
                    let n = match op {
                        UnaryOp::Not => "Not",
                        UnaryOp::Neg => "USub",
                        UnaryOp::Pos => "UAdd",
                        UnaryOp::Invert => "Invert",
                    };
                    format!("({n} {})", expr(operand))
                }
                ExprKind::BoolOp { op, values } => {
                    format!("({} {})", if *op == BoolOp::And { "And" } else { "Or" }, list(values))
                }
                ExprKind::Compare { left, ops, comparators } => {
                    let mut s = format!("(Compare {}", expr(left));
                    for (o, c) in ops.iter().zip(comparators) {
                        s.push_str(&format!(" {} {}", cmpop(*o), expr(c)));
                    }
                    s.push(')');
                    s
                }
                ExprKind::IfExp { test, body, orelse } => {
                    format!("(if {} {} {})", expr(test), expr(body), expr(orelse))
                }
                ExprKind::Call { func, args, keywords: k } => {
                    format!("(call {} {} {})", expr(func), list(args), keywords(k))
                }
                ExprKind::Attribute { value, attr } => format!("(. {} {})", expr(value), attr),
                ExprKind::Subscript { value, index } => format!("(sub {} {})", expr(value), expr(index)),
                ExprKind::Slice { lower, upper, step } => {
                    format!("(slice {} {} {})", optb(lower), optb(upper), optb(step))
                }
                ExprKind::Starred(v) => format!("(* {})", expr(v)),
                ExprKind::ListComp { elt, generators } => format!("(listcomp {} {})", expr(elt), comps(generators)),
                ExprKind::SetComp { elt, generators } => format!("(setcomp {} {})", expr(elt), comps(generators)),
                ExprKind::GeneratorExp { elt, generators } => format!("(genexp {} {})", expr(elt), comps(generators)),
                ExprKind::DictComp { key, value, generators } => {
                    format!("(dictcomp {} {} {})", expr(key), expr(value), comps(generators))
                }
                ExprKind::Lambda { args: a, body } => format!("(lambda {} {})", args(a), expr(body)),
                ExprKind::Yield(v) => format!("(yield {})", optb(v)),
                ExprKind::YieldFrom(v) => format!("(yieldfrom {})", expr(v)),
                ExprKind::Await(v) => format!("(await {})", expr(v)),
                ExprKind::NamedExpr { target, value } => format!("(:= {} {})", expr(target), expr(value)),
            }
        }

        fn body(v: &[Stmt]) -> String {
            let parts: Vec<String> = v.iter().map(stmt).collect();
            format!("[{}]", parts.join(" "))
        }

        fn alias(a: &[Alias]) -> String {
            let parts: Vec<String> = a
                .iter()
                .map(|a| match &a.asname {
                    Some(n) => format!("{}:{}", a.name, n),
                    None => a.name.clone(),
                })
                .collect();
            parts.join(" ")
        }

        /// One statement.
        pub fn stmt(s: &Stmt) -> String {
            match &s.kind {
                StmtKind::Expr(e) => expr(e),
                StmtKind::Assign { targets, value } => format!("(= {} {})", list(targets), expr(value)),
                StmtKind::AugAssign { target, op, value } => {
                    format!("({}= {} {})", binop(*op), expr(target), expr(value))
                }
                StmtKind::AnnAssign { target, annotation, value } => {
                    format!("(ann {} {} {})", expr(target), expr(annotation), opt(value))
                }
                StmtKind::If { test, body: b, orelse } => format!("(If {} {} {})", expr(test), body(b), body(orelse)),
                StmtKind::While { test, body: b, orelse } => {
                    format!("(While {} {} {})", expr(test), body(b), body(orelse))
                }
                StmtKind::For { target, iter, body: b, orelse, is_async } => format!(
                    "(For{} {} {} {} {})",
                    if *is_async { "*" } else { "" },
                    expr(target),
                    expr(iter),
                    body(b),
                    body(orelse)
                ),
                StmtKind::Break => String::from("Break"),
                StmtKind::Continue => String::from("Continue"),
                StmtKind::Pass => String::from("Pass"),
                StmtKind::Return(v) => format!("(Return {})", opt(v)),
                StmtKind::FunctionDef { name, args: a, body: b, decorators, returns, is_async, .. } => format!(
                    "(Def{} {} {} {} {} {})",
                    if *is_async { "*" } else { "" },
                    name,
                    args(a),
                    body(b),
                    list(decorators),
                    optb(returns)
                ),
                StmtKind::ClassDef { name, bases, keywords: k, body: b, decorators, .. } => {
                    format!("(Class {} {} {} {} {})", name, list(bases), keywords(k), body(b), list(decorators))
                }
                StmtKind::Global(n) => format!("(Global {})", n.join(" ")),
                StmtKind::Nonlocal(n) => format!("(Nonlocal {})", n.join(" ")),
                StmtKind::Delete(t) => format!("(Del {})", list(t)),
                StmtKind::Assert { test, msg } => format!("(Assert {} {})", expr(test), opt(msg)),
                StmtKind::Raise { exc, cause } => format!("(Raise {} {})", opt(exc), opt(cause)),
                StmtKind::Try { body: b, handlers, orelse, finalbody, is_star } => {
                    let hs: Vec<String> = handlers
                        .iter()
                        .map(|h| {
                            format!("(except {} {} {})", opt(&h.typ), h.name.as_deref().unwrap_or("-"), body(&h.body))
                        })
                        .collect();
                    format!(
                        "(Try{} {} [{}] {} {})",
                        if *is_star { "*" } else { "" },
                        body(b),
                        hs.join(" "),
                        body(orelse),
                        body(finalbody)
                    )
                }
                StmtKind::With { items, body: b, is_async } => {
                    let is: Vec<String> =
                        items.iter().map(|i| format!("{} as {}", expr(&i.context_expr), opt(&i.target))).collect();
                    format!("(With{} [{}] {})", if *is_async { "*" } else { "" }, is.join(", "), body(b))
                }
                StmtKind::Import(a) => format!("(Import {})", alias(a)),
                StmtKind::ImportFrom { module, names, level } => {
                    format!("(From {} {} {})", module.as_deref().unwrap_or("-"), level, alias(names))
                }
                StmtKind::Match { .. } => String::from("Match"),
            }
        }

        /// A module.
        pub fn module(m: &Module) -> String {
            m.body.iter().map(stmt).collect::<Vec<_>>().join("\n")
        }
    }

    fn shape(src: &str) -> String {
        match parse_module(src) {
            Ok(m) => sx::module(&m),
            Err(e) => format!("ERR {}: {} ({}:{})", e.kind.name(), e.msg, e.line, e.col),
        }
    }

    /// Expected shapes, generated with CPython's `ast` module and an
    /// equivalent S-expression printer.
    #[test]
    fn ast_shapes() {
        let cases: &[(&str, &str)] = &[
            ("a + b * c - d", "(Sub (Add a (Mult b c)) d)"),
            ("a ** b ** c", "(Pow a (Pow b c))"),
            ("-2 ** 2", "(USub (Pow 2 2))"),
            ("2 ** -1", "(Pow 2 (USub 1))"),
            ("-a ** -b", "(USub (Pow a (USub b)))"),
            ("not a == b", "(Not (Compare a Eq b))"),
            ("a or b and not c", "(Or [a (And [b (Not c)])])"),
            ("a | b ^ c & d << e + f", "(BitOr a (BitXor b (BitAnd c (LShift d (Add e f)))))"),
            ("a < b < c", "(Compare a Lt b Lt c)"),
            ("a not in b is not c", "(Compare a NotIn b IsNot c)"),
            ("x if a else y if b else z", "(if a x (if b y z))"),
            ("~a // b % c @ d", "(MatMult (Mod (FloorDiv (Invert a) b) c) d)"),
            ("a[::2]", "(sub a (slice - - 2))"),
            ("a[1:2, 3]", "(sub a (tuple [(slice 1 2 -) 3]))"),
            ("a[:]", "(sub a (slice - - -))"),
            ("a[x:=1]", "(sub a (:= x 1))"),
            ("a[*b]", "(sub a (tuple [(* b)]))"),
            ("a[1:2:3, ...]", "(sub a (tuple [(slice 1 2 3) ...]))"),
            ("f(a, *b, c=1, **d)", "(call f [a (* b)] [c=1 **=d])"),
            ("f(x for x in y)", "(call f [(genexp x (for x y []))] [])"),
            ("f((x for x in y), 1)", "(call f [(genexp x (for x y [])) 1] [])"),
            ("[x for x in y if x if not x for z in x]", "(listcomp x (for x y [x (Not x)]) (for z x []))"),
            ("{k: v for k, v in d}", "(dictcomp k v (for (tuple [k v]) d []))"),
            ("{x for x in y}", "(setcomp x (for x y []))"),
            ("(x for x in y)", "(genexp x (for x y []))"),
            ("[*a, b]", "(list [(* a) b])"),
            ("{**a, 'b': 1}", "(dict -:a s\"b\":1)"),
            ("x, = y", "(= [(tuple [x])] y)"),
            ("a = b = c", "(= [a b] c)"),
            ("a, *b = c", "(= [(tuple [a (* b)])] c)"),
            ("[a, *b] = c", "(= [(list [a (* b)])] c)"),
            ("x += 1", "(Add= x 1)"),
            ("x: int = 5", "(ann x int 5)"),
            ("x.y: int", "(ann (. x y) int -)"),
            ("lambda a, b=1, *c, d, e=2, **f: 0", "(lambda (args [] [a b] [1] c [d e] [- 2] f) 0)"),
            ("lambda: (yield)", "(lambda (args [] [] [] - [] [] -) (yield -))"),
            ("lambda *a, b: 0", "(lambda (args [] [] [] a [b] [-] -) 0)"),
            ("def f(a, /, b=2, *, c, **k) -> int:\n    return a", "(Def f (args [a] [b] [2] - [c] [-] k) [(Return a)] [] int)"),
            ("def f(a: int, *args: str, b: 'x' = 1, **kw: 'y'): pass", "(Def f (args [] [a:int] [] args:str [b:s\"x\"] [1] kw:s\"y\") [Pass] [] -)"),
            ("@dec\n@dec2(1)\ndef f(): pass", "(Def f (args [] [] [] - [] [] -) [Pass] [dec (call dec2 [1] [])] -)"),
            ("@d\nclass A(B, metaclass=M):\n    pass", "(Class A [B] [metaclass=M] [Pass] [d])"),
            ("class A: pass", "(Class A [] [] [Pass] [])"),
            ("class A(): pass", "(Class A [] [] [Pass] [])"),
            ("f'a{b!r:>{w}}c{{d}}'", "(joined s\"a\" (fmt b r (joined s\">\" (fmt w - -))) s\"c{d}\")"),
            ("f'{x=}' 'y' f'{z = :4}'", "(joined s\"x=\" (fmt x r -) s\"yz\\x{20}=\\x{20}\" (fmt z - (joined s\"4\")))"),
            ("f'''{\na\n}'''", "(joined (fmt a - -))"),
            ("f'{a!s}{b!a}'", "(joined (fmt a s -) (fmt b a -))"),
            ("f'{a:{b}.{c}f}'", "(joined (fmt a - (joined (fmt b - -) s\".\" (fmt c - -) s\"f\")))"),
            ("f'{x,y}' f'{\"q\"}'", "(joined (fmt (tuple [x y]) - -) (fmt s\"q\" - -))"),
            ("F'\\n{x}\\t' fR'\\n{x}'", "(joined s\"\\x{A}\" (fmt x - -) s\"\\x{9}\\x{5C}n\" (fmt x - -))"),
            ("f''", "(joined )"),
            ("f'{{}}'", "(joined s\"{}\")"),
            ("f'{a[\"b\"]:>10}'", "(joined (fmt (sub a s\"b\") - (joined s\">10\")))"),
            ("f'{(lambda: 1)()}'", "(joined (fmt (call (lambda (args [] [] [] - [] [] -) 1) [] []) - -))"),
            ("f'{x:=5}'", "(joined (fmt x - (joined s\"=5\")))"),
            ("f'{(x:=5)}'", "(joined (fmt (:= x 5) - -))"),
            ("f'{ x = }'", "(joined s\"\\x{20}x\\x{20}=\\x{20}\" (fmt x r -))"),
            ("rb'\\x00' b'a'", "b\"5c78303061\""),
            ("'a' 'b' \"c\"", "s\"abc\""),
            ("'\\x41\\101\\u00e9\\n\\\\\\q'", "s\"AA\\x{E9}\\x{A}\\x{5C}\\x{5C}q\""),
            ("r'\\n'", "s\"\\x{5C}n\""),
            ("'''a\nb'''", "s\"a\\x{A}b\""),
            ("'a\\\nb'", "s\"ab\""),
            ("(1, 2), (), (1,)", "(tuple [(tuple [1 2]) (tuple []) (tuple [1])])"),
            ("if a:\n    pass\nelif b:\n    pass\nelse:\n    pass", "(If a [Pass] [(If b [Pass] [Pass])])"),
            ("if a:\n    pass\nelif b:\n    pass\nelif c:\n    x\n", "(If a [Pass] [(If b [Pass] [(If c [x] [])])])"),
            ("for x, y in z:\n    break\nelse:\n    continue", "(For (tuple [x y]) z [Break] [Continue])"),
            ("for x in y, z: pass", "(For x (tuple [y z]) [Pass] [])"),
            ("while x: pass", "(While x [Pass] [])"),
            ("try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass", "(Try [Pass] [(except (tuple [A B]) e [(Raise X e)]) (except - - [(Raise - -)])] [Pass] [Pass])"),
            ("try:\n    pass\nexcept* E:\n    pass", "(Try* [Pass] [(except E - [Pass])] [] [])"),
            ("with a as b, c: pass", "(With [a as b, c as -] [Pass])"),
            ("with (a as b, c as d,): pass", "(With [a as b, c as d] [Pass])"),
            ("with (a, b) as c: pass", "(With [(tuple [a b]) as c] [Pass])"),
            ("with (a): pass", "(With [a as -] [Pass])"),
            ("with a as (b, c): pass", "(With [a as (tuple [b c])] [Pass])"),
            ("import a.b as c, d\nfrom .. import e\nfrom .f import (g as h, i,)\nfrom j import *\nfrom ...k import l", "(Import a.b:c d)\n(From - 2 e)\n(From f 1 g:h i)\n(From j 0 *)\n(From k 3 l)"),
            ("global a, b\ndel a, b[0], c.d\ndel (a, b), [c]\nassert x, 'm'\nnonlocal q", "(Global a b)\n(Del [a (sub b 0) (. c d)])\n(Del [(tuple [a b]) (list [c])])\n(Assert x s\"m\")\n(Nonlocal q)"),
            ("x = yield\ny = yield from z\nawait w\nyield a, *b", "(= [x] (yield -))\n(= [y] (yieldfrom z))\n(await w)\n(yield (tuple [a (* b)]))"),
            ("(n := 10) > 5", "(Compare (:= n 10) Gt 5)"),
            ("print(1); print(2);", "(call print [1] [])\n(call print [2] [])"),
            ("if x: a; b", "(If x [a b] [])"),
            ("while 1:\n  if x: break\n  continue", "(While 1 [(If x [Break] []) Continue] [])"),
            ("1e5, 1.5j, .5, 5., 0xff, 0o17, 0b11, 1_000, 99999999999999999999, 1E-3, 0e0, 00, 1if 1else 2", "(tuple [100000.0 1.5j 0.5 5.0 255 15 3 1000 99999999999999999999 0.001 0.0 0 (if 1 1 2)])"),
            ("x = ...", "(= [x] ...)"),
            ("a.b.c(d)[e].f", "(. (sub (call (. (. a b) c) [d] []) e) f)"),
            ("-x.y ** -z[0]", "(USub (Pow (. x y) (USub (sub z 0))))"),
            ("await x ** 2", "(Pow (await x) 2)"),
            ("not -x", "(Not (USub x))"),
            ("a if b else lambda: c", "(if b a (lambda (args [] [] [] - [] [] -) c))"),
            ("x = *a, *b", "(= [x] (tuple [(* a) (* b)]))"),
            ("return_ = 1\nreturn_", "(= [return_] 1)\nreturn_"),
            ("async def f():\n    async for x in y:\n        pass\n    async with a: pass\n    [x async for x in y]", "(Def* f (args [] [] [] - [] [] -) [(For* x y [Pass] []) (With* [a as -] [Pass]) (listcomp x (for* x y []))] [] -)"),
            ("match x:\n    case 1:\n        pass", "Match"),
            ("match(x)", "(call match [x] [])"),
            ("match = 1", "(= [match] 1)"),
            ("match.x", "(. match x)"),
            ("match[x]", "(sub match x)"),
            ("match, x = 1, 2", "(= [(tuple [match x])] (tuple [1 2]))"),
            ("x = not not a", "(= [x] (Not (Not a)))"),
            ("a, b = b, a", "(= [(tuple [a b])] (tuple [b a]))"),
            ("a[1], b.c = d", "(= [(tuple [(sub a 1) (. b c)])] d)"),
            ("x = [\n  1,\n  2,\n]\n", "(= [x] (list [1 2]))"),
            ("x = (  # c\n  1\n)\n", "(= [x] 1)"),
            ("\n\n# comment\n\nx = 1\n  # indented comment\ny = 2\n", "(= [x] 1)\n(= [y] 2)"),
            ("if x:\n\n    # c\n    y\n\n\nz", "(If x [y] [])\nz"),
            ("if x:\n\ty\n\tz", "(If x [y z] [])"),
            ("def f():\n    def g():\n        return 1\n    return g\n", "(Def f (args [] [] [] - [] [] -) [(Def g (args [] [] [] - [] [] -) [(Return 1)] [] -) (Return g)] [] -)"),
            ("x = 1 \\\n    + 2", "(= [x] (Add 1 2))"),
            ("a @= b; c **= d; e //= f; g >>= h; i <<= j; k ^= l; m |= n; o &= p; q %= r", "(MatMult= a b)\n(Pow= c d)\n(FloorDiv= e f)\n(RShift= g h)\n(LShift= i j)\n(BitXor= k l)\n(BitOr= m n)\n(BitAnd= o p)\n(Mod= q r)"),
            ("café = 1\nπ = 3.14\n変数 = 2", "(= [café] 1)\n(= [π] 3.14)\n(= [変数] 2)"),
            ("f(a)(b)(c)", "(call (call (call f [a] []) [b] []) [c] [])"),
            ("f(*a, *b, c=1, **d, e=2, **f)", "(call f [(* a) (* b)] [c=1 **=d e=2 **=f])"),
            ("f(a, b=1,)", "(call f [a] [b=1])"),
            ("f(x=1)", "(call f [] [x=1])"),
            ("f(**k)", "(call f [] [**=k])"),
            ("{1: 2, **a, 3: 4}", "(dict 1:2 -:a 3:4)"),
            ("{1, *a, 2}", "(set [1 (* a) 2])"),
            ("{}", "(dict )"),
            ("{1}", "(set [1])"),
            ("[]", "(list [])"),
            ("[1,]", "(list [1])"),
            ("()", "(tuple [])"),
            ("(1)", "1"),
            ("((1),)", "(tuple [1])"),
            ("x = (yield)", "(= [x] (yield -))"),
            ("def f(): return", "(Def f (args [] [] [] - [] [] -) [(Return -)] [] -)"),
            ("def f(): return 1, 2", "(Def f (args [] [] [] - [] [] -) [(Return (tuple [1 2]))] [] -)"),
            ("raise", "(Raise - -)"),
            ("raise E", "(Raise E -)"),
            ("assert x", "(Assert x -)"),
            ("class A(object, *bases, **kw): pass", "(Class A [object (* bases)] [**=kw] [Pass] [])"),
            ("@a.b.c\n@d[0]\n@(lambda f: f)\ndef f(): pass", "(Def f (args [] [] [] - [] [] -) [Pass] [(. (. a b) c) (sub d 0) (lambda (args [] [f] [] - [] [] -) f)] -)"),
            ("lambda x, /, y: 0", "(lambda (args [x] [y] [] - [] [] -) 0)"),
            ("lambda *, k=1: k", "(lambda (args [] [] [] - [k] [1] -) k)"),
            ("lambda **kw: kw", "(lambda (args [] [] [] - [] [] kw) kw)"),
            ("x = lambda: lambda: 0", "(= [x] (lambda (args [] [] [] - [] [] -) (lambda (args [] [] [] - [] [] -) 0)))"),
        ];
        for (src, want) in cases {
            assert_eq!(shape(src), *want, "source: {src:?}");
        }
    }

    #[test]
    fn positions() {
        let m = parse_module("x = foo(a,\n  b) + 1\nif y:\n    z").unwrap_or_default();
        let StmtKind::Assign { targets, value } = &m.body[0].kind else { panic!("not an assignment") };
        assert_eq!(targets[0].pos, Pos { line: 1, col: 0 });
        assert_eq!(targets[0].end, Pos { line: 1, col: 1 });
        assert_eq!(value.pos, Pos { line: 1, col: 4 });
        assert_eq!(value.end, Pos { line: 2, col: 8 });
        assert_eq!(m.body[1].pos, Pos { line: 3, col: 0 });
        let StmtKind::If { body, .. } = &m.body[1].kind else { panic!("not an if") };
        assert_eq!(body[0].pos, Pos { line: 4, col: 4 });
        let m = parse_module("f'{ab}'").unwrap_or_default();
        let StmtKind::Expr(Expr { kind: ExprKind::JoinedStr(parts), .. }) = &m.body[0].kind else {
            panic!("not an f-string")
        };
        let FStringPart::Field { value, .. } = &parts[0] else { panic!("not a field") };
        assert_eq!((value.pos, value.end), (Pos { line: 1, col: 3 }, Pos { line: 1, col: 5 }));
    }

    /// Bad snippets: (source, kind, message, line, 1-based column or 0 to
    /// skip the column check), as CPython 3.11 reports them.
    #[test]
    fn errors() {
        use CompileErrorKind::{Indentation as I, Syntax as S, Tab as T};
        let cases: &[(&str, CompileErrorKind, &str, u32, u32)] = &[
            ("x = (1,", S, "'(' was never closed", 1, 5),
            ("x = )", S, "unmatched ')'", 1, 5),
            ("x = (]", S, "closing parenthesis ']' does not match opening parenthesis '('", 1, 6),
            ("x = (\n]", S, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1),
            ("x = 'abc", S, "unterminated string literal (detected at line 1)", 1, 5),
            ("x = \"\"\"abc\ndef", S, "unterminated triple-quoted string literal (detected at line 2)", 1, 5),
            ("if x:\nx", I, "expected an indented block after 'if' statement on line 1", 2, 1),
            ("if x:\n    y\n  z", I, "unindent does not match any outer indentation level", 3, 4),
            ("  x = 1", I, "unexpected indent", 1, 2),
            ("def f():\nreturn", I, "expected an indented block after function definition on line 1", 2, 1),
            ("1 = x", S, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
            ("f() = 1", S, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
            ("a + b = 1", S, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1),
            ("x = 1 2", S, "invalid syntax", 1, 7),
            ("x = [1 2]", S, "invalid syntax. Perhaps you forgot a comma?", 1, 6),
            ("x = [a b]", S, "invalid syntax. Perhaps you forgot a comma?", 1, 6),
            ("x = 1abc", S, "invalid decimal literal", 1, 5),
            ("x = €", S, "invalid character '€' (U+20AC)", 1, 5),
            ("x = \u{a0}", S, "invalid non-printable character U+00A0", 1, 5),
            ("x = 1 \\ 2", S, "unexpected character after line continuation character", 1, 8),
            ("x = 1 \\", S, "unexpected EOF while parsing", 1, 8),
            ("f(a=1, b)", S, "positional argument follows keyword argument", 1, 9),
            ("def f(a=1, b): pass", S, "non-default argument follows default argument", 1, 12),
            ("f(x for x in y, 1)", S, "Generator expression must be parenthesized", 1, 3),
            ("f(1, x for x in y)", S, "Generator expression must be parenthesized", 1, 6),
            ("if x", S, "expected ':'", 1, 5),
            ("if x y:", S, "invalid syntax", 1, 6),
            ("if x:\n  pass\nelse\n  pass", S, "expected ':'", 3, 5),
            (
                "x = 01",
                S,
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                1,
                5,
            ),
            (
                "x = 0_7",
                S,
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                1,
                5,
            ),
            ("x = 0x", S, "invalid hexadecimal literal", 1, 6),
            ("x = 0b2", S, "invalid digit '2' in binary literal", 1, 7),
            ("x = 0o8", S, "invalid digit '8' in octal literal", 1, 7),
            ("x = 1_", S, "invalid decimal literal", 1, 6),
            ("x = 1__0", S, "invalid decimal literal", 1, 6),
            ("x = 1e", S, "invalid decimal literal", 1, 5),
            ("x = 1.__class__", S, "invalid decimal literal", 1, 6),
            ("x = $", S, "invalid syntax", 1, 5),
            ("x = a ? b", S, "invalid syntax", 1, 7),
            ("\tif x:\n        pass", I, "unexpected indent", 1, 1),
            ("if x:\n\tpass\n        pass", T, "inconsistent use of tabs and spaces in indentation", 3, 1),
            ("if x:\n        pass\n\tpass", T, "inconsistent use of tabs and spaces in indentation", 3, 1),
            ("class A:\npass", I, "expected an indented block after class definition on line 1", 2, 1),
            ("for x in y:\npass", I, "expected an indented block after 'for' statement on line 1", 2, 1),
            ("while x:\npass", I, "expected an indented block after 'while' statement on line 1", 2, 1),
            ("try:\npass", I, "expected an indented block after 'try' statement on line 1", 2, 1),
            ("try:\n  pass\nexcept:\npass", I, "expected an indented block after 'except' statement on line 3", 4, 1),
            ("try:\n  pass\nfinally:\npass", I, "expected an indented block after 'finally' statement on line 3", 4, 1),
            ("with x:\npass", I, "expected an indented block after 'with' statement on line 1", 2, 1),
            ("if x:\n  pass\nelif y:\npass", I, "expected an indented block after 'elif' statement on line 3", 4, 1),
            ("if x:\n  pass\nelse:\npass", I, "expected an indented block after 'else' statement on line 3", 4, 1),
            ("match x:\ncase 1: pass", I, "expected an indented block after 'match' statement on line 1", 2, 1),
            ("def f()", S, "expected ':'", 1, 8),
            ("class A", S, "expected ':'", 1, 8),
            ("for x in y", S, "expected ':'", 1, 11),
            ("while x", S, "expected ':'", 1, 8),
            ("lambda x", S, "invalid syntax", 1, 9),
            ("{1 2}", S, "invalid syntax. Perhaps you forgot a comma?", 1, 2),
            ("(1 2)", S, "invalid syntax. Perhaps you forgot a comma?", 1, 2),
            ("x = (\n  1\n  2)", S, "invalid syntax. Perhaps you forgot a comma?", 2, 3),
            ("x = [1, 2\ny = 3", S, "'[' was never closed", 1, 5),
            ("print \"x\"", S, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
            ("f(**k, *a)", S, "iterable argument unpacking follows keyword argument unpacking", 1, 8),
            ("f(**a, b)", S, "positional argument follows keyword argument unpacking", 1, 9),
            ("f(a=1, a=2)", S, "keyword argument repeated: a", 1, 8),
            ("f(a+1=2)", S, "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3),
            ("x := 1", S, "invalid syntax", 1, 3),
            ("(a.b := 1)", S, "cannot use assignment expressions with attribute", 1, 2),
            ("del f()", S, "cannot delete function call", 1, 5),
            ("del 1", S, "cannot delete literal", 1, 5),
            ("del a + b", S, "cannot delete expression", 1, 5),
            ("for 1 in x: pass", S, "cannot assign to literal", 1, 5),
            ("with a as 1: pass", S, "cannot assign to literal", 1, 11),
            ("(a, b) += 1", S, "'tuple' is an illegal expression for augmented assignment", 1, 1),
            ("a, b += 1", S, "'tuple' is an illegal expression for augmented assignment", 1, 1),
            ("f() += 1", S, "'function call' is an illegal expression for augmented assignment", 1, 1),
            ("x: int, y: int = 1", S, "invalid syntax", 1, 7),
            ("[x]: int", S, "only single target (not list) can be annotated", 1, 1),
            ("import a.b as", S, "invalid syntax", 1, 14),
            ("from . import", S, "invalid syntax", 1, 14),
            ("from x import a, b,", S, "trailing comma not allowed without surrounding parentheses", 1, 20),
            ("from x import *, a", S, "invalid syntax", 1, 16),
            ("def f(*): pass", S, "named arguments must follow bare *", 1, 7),
            ("def f(*, **k): pass", S, "named arguments must follow bare *", 1, 7),
            ("def f(**k, a): pass", S, "arguments cannot follow var-keyword argument", 1, 12),
            ("def f(a, a): pass", S, "duplicate argument 'a' in function definition", 1, 10),
            ("def f(/, a): pass", S, "at least one argument must precede /", 1, 7),
            ("def f(x=1, /, y): pass", S, "non-default argument follows default argument", 1, 15),
            ("lambda x=1, y: 0", S, "non-default argument follows default argument", 1, 13),
            ("x = yield = 1", S, "assignment to yield expression not possible", 1, 5),
            ("f(*)", S, "invalid syntax", 1, 4),
            ("a[]", S, "invalid syntax", 1, 3),
            ("not", S, "invalid syntax", 1, 4),
            ("x = f\"{}\"", S, "f-string: empty expression not allowed", 1, 10),
            ("x = f\"{ }\"", S, "f-string: empty expression not allowed", 1, 11),
            ("x = f\"{a!x}\"", S, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13),
            ("x = f\"{a\"", S, "f-string: expecting '}'", 1, 10),
            ("x = f\"}\"", S, "f-string: single '}' is not allowed", 1, 9),
            ("x = f\"{a:{b:{c}}}\"", S, "f-string: expressions nested too deeply", 1, 19),
            ("x = f\"{#}\"", S, "f-string expression part cannot include '#'", 1, 11),
            ("x = f\"{a)}\"", S, "f-string: unmatched ')'", 1, 12),
            ("x = f\"{(a}\"", S, "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 12),
            ("a = f\"{x!r=}\"", S, "f-string: expecting '}'", 1, 14),
            ("x = f\"{'\\n'}\"", S, "f-string expression part cannot include a backslash", 1, 14),
            ("x = f\"{a b}\"", S, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 0),
            ("x = 1 if 2", S, "expected 'else' after 'if' expression", 1, 5),
            ("x = a if b else", S, "invalid syntax", 1, 16),
            ("def f(): pass\nx\n  y", I, "unexpected indent", 3, 2),
            ("x = (\n1,\n2\n", S, "'(' was never closed", 1, 5),
            ("a ** -", S, "invalid syntax", 1, 7),
            ("if True:\n    x = 1\n   y = 2", I, "unindent does not match any outer indentation level", 3, 9),
            ("else: pass", S, "invalid syntax", 1, 1),
            ("if x:\n  pass\n  else: pass", S, "invalid syntax", 3, 3),
            ("x = *a", S, "can't use starred expression here", 1, 5),
            ("*a = 1", S, "starred assignment target must be in a list or tuple", 1, 1),
            ("x = (*a)", S, "cannot use starred expression here", 1, 6),
            ("x = [*a for a in b]", S, "iterable unpacking cannot be used in comprehension", 1, 6),
            ("x = {**a for a in b}", S, "dict unpacking cannot be used in dict comprehension", 1, 6),
            ("x = [**a]", S, "invalid syntax", 1, 6),
            ("a, *b, *c = d", S, "multiple starred expressions in assignment", 1, 1),
            ("f(a)(b) = 1", S, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
            ("x = a b c", S, "invalid syntax", 1, 7),
            ("True = 1", S, "cannot assign to True", 1, 1),
            ("None = 1", S, "cannot assign to None", 1, 1),
            ("__debug__ = 1", S, "cannot assign to __debug__", 1, 1),
            ("... = 1", S, "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1),
            ("(a, 1) = x", S, "cannot assign to literal", 1, 5),
            ("x.True", S, "invalid syntax", 1, 3),
            ("import *", S, "invalid syntax", 1, 8),
            ("global x, ", S, "invalid syntax", 1, 11),
            ("x = 1;;", S, "invalid syntax", 1, 7),
            (";", S, "invalid syntax", 1, 1),
            ("x = 1 \\\n", S, "unexpected EOF while parsing", 1, 8),
            ("try:\n  pass\nexcept A, B:\n  pass", S, "multiple exception types must be parenthesized", 3, 8),
            ("try:\n  pass\nx=1", S, "expected 'except' or 'finally' block", 3, 1),
            ("try:\n  pass\nexcept:\n  pass\nexcept A:\n  pass", S, "default 'except:' must be last", 3, 1),
            ("a = b\n = c", I, "unexpected indent", 2, 1),
            ("class A(x for x in y): pass", S, "invalid syntax", 1, 11),
            ("x = [1, 2,,]", S, "invalid syntax", 1, 11),
            ("f(,)", S, "invalid syntax", 1, 3),
            ("x = {1:2, 3}", S, "':' expected after dictionary key", 1, 11),
            ("x = {1, 2:3}", S, "invalid syntax", 1, 10),
            ("raise from x", S, "invalid syntax", 1, 7),
            ("assert", S, "invalid syntax", 1, 7),
            ("x = 1 +", S, "invalid syntax", 1, 8),
            ("x = (1 +)", S, "invalid syntax", 1, 9),
            ("if x:\n  pass\nelif:\n  pass", S, "invalid syntax", 3, 5),
            ("x = [i for i in]", S, "invalid syntax", 1, 16),
            ("x = [for x in y]", S, "invalid syntax", 1, 6),
            ("x = 'a' b'c'", S, "cannot mix bytes and nonbytes literals", 1, 13),
            ("x = b\"é\"", S, "bytes can only contain ASCII literal characters", 1, 5),
            (
                "x = \"\\x4\"",
                S,
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
                1,
                10,
            ),
            ("x = b\"\\x4\"", S, "(value error) invalid \\x escape at position 0", 1, 11),
            ("if x:\n  pass\n y = \"abc", I, "unindent does not match any outer indentation level", 3, 10),
            ("x = 1 2\ny = 'abc", S, "unterminated string literal (detected at line 2)", 2, 5),
            ("  x = 1\ny = 'abc\n", I, "unexpected indent", 1, 2),
        ];
        for (src, kind, msg, line, col) in cases {
            let e = parse_module(src).expect_err(src);
            assert_eq!((e.kind, e.msg.as_str(), e.line), (*kind, *msg, *line), "source: {src:?}");
            if *col != 0 {
                assert_eq!(e.col, *col, "column for {src:?}");
            }
        }
    }

    #[test]
    fn unsupported_escapes_are_not_implemented() {
        for src in ["'\\N{BULLET}'", "'\\ud800'", "f'\\ud800{x}'"] {
            let e = parse_module(src).expect_err(src);
            assert_eq!(e.kind, CompileErrorKind::NotImplemented, "{src}");
        }
    }

    /// Runs on an 8 MiB stack (a typical main thread): 199 nested brackets
    /// need about 0.7 MiB with `opt-level = 1` but more when unoptimized,
    /// more than the 2 MiB test threads get by default.
    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let t = std::thread::Builder::new().stack_size(8 << 20).spawn(deep_nesting);
        assert!(t.is_ok_and(|h| h.join().is_ok()));
    }

    fn deep_nesting() {
        let deep: &[String] = &[
            "(".repeat(10_000),
            format!("{}1{}", "(".repeat(10_000), ")".repeat(10_000)),
            format!("{}1", "-".repeat(100_000)),
            format!("{}1", "not ".repeat(100_000)),
            format!("{}1", "await ".repeat(100_000)),
            format!("{}1", "2**".repeat(100_000)),
            format!("{}1", "a+".repeat(100_000)),
            format!("{}1+", "a+".repeat(100_000)),
            format!("a{}", ".b".repeat(100_000)),
            format!("a{}", "()".repeat(100_000)),
            format!("a{}", "[0]".repeat(100_000)),
            format!("{}1", "lambda:".repeat(100_000)),
            format!("{}1", "1 if 1 else ".repeat(100_000)),
            format!("x = {}{}1{}", "[-(-".repeat(66), "-".repeat(900), ")]".repeat(66)),
            format!("x = {}{}1{}", "(a+".repeat(150), "a+".repeat(900), ")".repeat(150)),
            format!("if x: pass\n{}", "elif x: pass\n".repeat(100_000)),
            format!("x = {}1{}", "f'{".repeat(3), "}'".repeat(3)),
        ];
        for src in deep {
            assert!(parse_module(src).is_err(), "{}", &src[..40.min(src.len())]);
        }
        // Still fine below the limits.
        for ok in [
            format!("x = {}1{}", "(".repeat(199), ")".repeat(199)),
            format!("x = {}1{}", "[{(".repeat(66), ")}]".repeat(66)),
            format!("x = {}1", "-".repeat(900)),
            format!("x = {}1", "a+".repeat(900)),
            format!("{}1{}", "-(".repeat(199), ")".repeat(199)),
            deeply_indented(),
        ] {
            assert!(parse_module(&ok).is_ok(), "{}", &ok[..40]);
        }
    }

    /// 99 nested blocks around a 199-deep bracket expression.
    fn deeply_indented() -> String {
        let mut src = String::new();
        for i in 0..99 {
            src.push_str(&" ".repeat(i));
            src.push_str("if x:\n");
        }
        src.push_str(&" ".repeat(99));
        src.push_str(&format!("y = {}1{}\n", "(".repeat(199), ")".repeat(199)));
        src
    }

    /// A tiny deterministic PRNG (xorshift64*).
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    #[test]
    fn fuzz_random_bytes() {
        const BIASED: &[u8] = b"()[]{}:;,.=+-*/%<>!&|^~@'\"\\#\n\t abcfrxj0189_eE";
        let mut rng = Rng(0x1234_5678_9abc_def1);
        for _ in 0..3000 {
            let len = rng.below(64);
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    let b = rng.next() as u8;
                    // Mostly Python-ish ASCII, sometimes arbitrary bytes.
                    if b < 200 {
                        BIASED[b as usize % BIASED.len()]
                    } else {
                        b
                    }
                })
                .collect();
            let src = String::from_utf8_lossy(&bytes).to_string();
            let _ = parse_module(&src);
        }
    }

    #[test]
    fn fuzz_token_soup() {
        const PIECES: &[&str] = &[
            "if",
            "elif",
            "else",
            "while",
            "for",
            "in",
            "not",
            "is",
            "and",
            "or",
            "def",
            "class",
            "return",
            "lambda",
            "yield",
            "from",
            "import",
            "as",
            "with",
            "try",
            "except",
            "finally",
            "raise",
            "del",
            "global",
            "nonlocal",
            "pass",
            "break",
            "continue",
            "async",
            "await",
            "match",
            "case",
            "None",
            "True",
            "x",
            "y",
            "f",
            "_",
            "1",
            "0x1f",
            "1.5e3",
            "2j",
            "'s'",
            "\"\"\"t\"\"\"",
            "b'b'",
            "f'{x}'",
            "f'{x!r:>{y}}'",
            "f'{x=}'",
            "f'{'",
            "rb'\\\\'",
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            ":",
            ";",
            ",",
            ".",
            "...",
            "=",
            "==",
            "+=",
            "->",
            ":=",
            "+",
            "-",
            "*",
            "**",
            "/",
            "//",
            "%",
            "@",
            "<",
            ">=",
            "!=",
            "~",
            "|",
            "&",
            "^",
            "<<",
            "\\\n",
            "#c",
            "\n",
            "\n    ",
            "\n\t",
            "\n  ",
            " ",
            " ",
            " ",
        ];
        let mut rng = Rng(0xdead_beef_cafe_f00d);
        for _ in 0..3000 {
            let n = 1 + rng.below(40);
            let mut src = String::new();
            for _ in 0..n {
                src.push_str(PIECES[rng.below(PIECES.len())]);
                if rng.below(3) == 0 {
                    src.push(' ');
                }
            }
            let _ = parse_module(&src);
        }
    }
}
