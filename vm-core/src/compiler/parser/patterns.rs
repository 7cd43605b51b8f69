//! The `match` statement's grammar (PEP 634): the subject, `case` clauses,
//! and patterns, with CPython 3.11's syntax errors for the common mistakes.

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::Parser;
use crate::compiler::ast::{BinOp, Expr, ExprKind, MatchCase, Pattern, PatternKind, Pos, Stmt, StmtKind, UnaryOp};
use crate::compiler::error::CompileError;
use crate::compiler::token::{Kw, Op, Tok};

impl Parser {
    /// The match statement after its header was recognized (the `match`
    /// soft keyword is the current token).
    pub(super) fn match_stmt(&mut self) -> Result<Stmt, CompileError> {
        let kw = self.advance();
        let first = self.star_named_expression()?;
        let subject = if self.at_op(Op::Comma) {
            let (pos, mut depth) = (first.pos, self.d);
            let mut elts = alloc::vec![first];
            while self.eat_op(Op::Comma) {
                if self.at_op(Op::Colon) {
                    break;
                }
                elts.push(self.star_named_expression()?);
                depth = depth.max(self.d);
            }
            let end = self.prev_end();
            self.mk(ExprKind::Tuple(elts), pos, end, depth)?
        } else {
            if let ExprKind::Starred(_) = first.kind {
                return Err(self.err_expr("can't use starred expression here", &first));
            }
            first
        };
        self.colon(true)?;
        // The header check guaranteed NEWLINE; the block must be indented.
        self.advance();
        if self.tok() != &Tok::Indent {
            let t = self.cur();
            return Err(super::error_span(
                crate::compiler::error::CompileErrorKind::Indentation,
                alloc::format!("expected an indented block after 'match' statement on line {}", kw.start.line),
                t.start,
                t.end,
            ));
        }
        self.advance();
        let mut cases = Vec::new();
        while !matches!(self.tok(), Tok::Dedent | Tok::EndMarker) {
            if !matches!(self.tok(), Tok::Name(n) if n == "case") {
                return Err(self.invalid());
            }
            let line = self.advance().start.line;
            let pattern = self.top_pattern()?;
            let guard = if self.eat_kw(Kw::If) { Some(self.named_expression()?) } else { None };
            self.colon(false)?;
            let body = self.block("'case' statement", line)?;
            cases.push(MatchCase { pattern, guard, body });
        }
        self.advance();
        Ok(Stmt { kind: StmtKind::Match { subject, cases }, pos: kw.start, end: kw.start })
    }

    /// `patterns`: an open sequence (`case a, *b:`) or one pattern.
    fn top_pattern(&mut self) -> Result<Pattern, CompileError> {
        let pos = self.pos();
        let first = self.maybe_star_pattern()?;
        if !self.at_op(Op::Comma) {
            if let PatternKind::Star(_) = first.kind {
                return Err(self.err("invalid syntax", pos, self.pos()));
            }
            return Ok(first);
        }
        let mut items = alloc::vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::Colon) || self.at_kw(Kw::If) {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        Ok(Pattern { kind: PatternKind::Sequence(items), pos })
    }

    fn maybe_star_pattern(&mut self) -> Result<Pattern, CompileError> {
        if self.at_op(Op::Star) {
            let pos = self.advance().start;
            let (name, _) = self.expect_name()?;
            let name = (name != "_").then_some(name);
            return Ok(Pattern { kind: PatternKind::Star(name), pos });
        }
        self.pattern()
    }

    /// `or_pattern ['as' NAME]`.
    fn pattern(&mut self) -> Result<Pattern, CompileError> {
        self.enter()?;
        let r = self.pattern_inner();
        self.depth -= 1;
        r
    }

    fn pattern_inner(&mut self) -> Result<Pattern, CompileError> {
        let pos = self.pos();
        let mut alts = alloc::vec![self.closed_pattern()?];
        while self.eat_op(Op::VBar) {
            alts.push(self.closed_pattern()?);
        }
        let p = match alts.len() {
            1 => alts.remove(0),
            _ => Pattern { kind: PatternKind::Or(alts), pos },
        };
        if !self.eat_kw(Kw::As) {
            return Ok(p);
        }
        let t = self.cur().clone();
        match &t.tok {
            Tok::Name(n) if n == "_" => Err(self.err("cannot use '_' as a target", t.start, t.end)),
            Tok::Name(n) => {
                let n = n.clone();
                self.advance();
                Ok(Pattern { kind: PatternKind::As { pattern: Some(Box::new(p)), name: Some(n) }, pos })
            }
            _ if self.starts_expr() => {
                let e = self.expression()?;
                Err(self.err_expr("invalid pattern target", &e))
            }
            _ => Err(self.invalid()),
        }
    }

    fn enter(&mut self) -> Result<(), CompileError> {
        self.depth += 1;
        if self.depth > super::MAX_RECURSION {
            let p = self.pos();
            return Err(self.err(super::TOO_DEEP, p, p));
        }
        Ok(())
    }

    fn closed_pattern(&mut self) -> Result<Pattern, CompileError> {
        let pos = self.pos();
        let kind = match self.tok().clone() {
            Tok::Op(Op::Minus) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => {
                PatternKind::Value(self.number_literal()?)
            }
            Tok::Str(_) => {
                let e = self.strings()?;
                if let ExprKind::JoinedStr(_) = e.kind {
                    return Err(self.err_expr("patterns may only match literals and attribute lookups", &e));
                }
                PatternKind::Value(e)
            }
            Tok::Kw(Kw::None | Kw::True | Kw::False) => {
                let t = self.advance();
                let kind = match t.tok {
                    Tok::Kw(Kw::None) => ExprKind::None,
                    Tok::Kw(Kw::True) => ExprKind::Bool(true),
                    _ => ExprKind::Bool(false),
                };
                PatternKind::Singleton(self.leaf(kind, t.start, t.end))
            }
            Tok::Name(n) => {
                if self.peek_tok(1) != &Tok::Op(Op::Dot) && self.peek_tok(1) != &Tok::Op(Op::LPar) {
                    self.advance();
                    PatternKind::As { pattern: None, name: (n != "_").then_some(n) }
                } else {
                    let name = self.dotted_value()?;
                    if self.at_op(Op::LPar) {
                        return self.class_pattern(name, pos);
                    }
                    PatternKind::Value(name)
                }
            }
            Tok::Op(Op::LPar) => {
                self.advance();
                if self.eat_op(Op::RPar) {
                    PatternKind::Sequence(Vec::new())
                } else {
                    let first = self.maybe_star_pattern()?;
                    if self.eat_op(Op::RPar) {
                        if let PatternKind::Star(_) = first.kind {
                            return Err(self.err("invalid syntax", first.pos, first.pos));
                        }
                        return Ok(first);
                    }
                    let mut items = alloc::vec![first];
                    while self.eat_op(Op::Comma) {
                        if self.at_op(Op::RPar) {
                            break;
                        }
                        items.push(self.maybe_star_pattern()?);
                    }
                    self.expect_op(Op::RPar)?;
                    PatternKind::Sequence(items)
                }
            }
            Tok::Op(Op::LSqb) => {
                self.advance();
                let mut items = Vec::new();
                while !self.at_op(Op::RSqb) {
                    items.push(self.maybe_star_pattern()?);
                    if !self.eat_op(Op::Comma) {
                        break;
                    }
                }
                self.expect_op(Op::RSqb)?;
                PatternKind::Sequence(items)
            }
            Tok::Op(Op::LBrace) => self.mapping_pattern()?,
            _ => return Err(self.invalid()),
        };
        Ok(Pattern { kind, pos })
    }

    /// `signed_number` or `signed_real_number ('+'|'-') imaginary_number`.
    fn number_literal(&mut self) -> Result<Expr, CompileError> {
        let pos = self.pos();
        let neg = self.eat_op(Op::Minus);
        let t = self.advance();
        let kind = match t.tok {
            Tok::Int(v) => ExprKind::Int(v),
            Tok::Float(v) => ExprKind::Float(v),
            Tok::Imag(v) => ExprKind::Imaginary(v),
            _ => return Err(self.err("invalid syntax", t.start, t.end)),
        };
        let imag_first = matches!(kind, ExprKind::Imaginary(_));
        let mut e = self.leaf(kind, t.start, t.end);
        if neg {
            e = self.mk(ExprKind::UnaryOp { op: UnaryOp::Neg, operand: Box::new(e) }, pos, t.end, 1)?;
        }
        let op = match self.op() {
            Some(Op::Plus) => BinOp::Add,
            Some(Op::Minus) => BinOp::Sub,
            _ => return Ok(e),
        };
        if imag_first {
            return Err(self.err_expr("real number required in complex literal", &e));
        }
        self.advance();
        let t = self.advance();
        let Tok::Imag(v) = t.tok else {
            return Err(self.err("imaginary number required in complex literal", t.start, t.end));
        };
        let im = self.leaf(ExprKind::Imaginary(v), t.start, t.end);
        self.mk(ExprKind::BinOp { op, left: Box::new(e), right: Box::new(im) }, pos, t.end, 2)
    }

    /// `NAME ('.' NAME)*` as a name or attribute expression.
    fn dotted_value(&mut self) -> Result<Expr, CompileError> {
        let t = self.advance();
        let Tok::Name(n) = t.tok else { return Err(self.invalid()) };
        let mut e = self.leaf(ExprKind::Name(n), t.start, t.end);
        let mut depth = 1;
        while self.eat_op(Op::Dot) {
            let (attr, _) = self.expect_name()?;
            let end = self.prev_end();
            depth += 1;
            e = self.mk(ExprKind::Attribute { value: Box::new(e), attr }, t.start, end, depth)?;
        }
        Ok(e)
    }

    /// `Cls(p, ..., name=p, ...)` after the class expression.
    fn class_pattern(&mut self, cls: Expr, pos: Pos) -> Result<Pattern, CompileError> {
        self.expect_op(Op::LPar)?;
        let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
        while !self.at_op(Op::RPar) {
            if matches!(self.tok(), Tok::Name(_)) && self.peek_tok(1) == &Tok::Op(Op::Equal) {
                let (name, _) = self.expect_name()?;
                self.advance();
                kwd_attrs.push(name);
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    let end = self.prev_end();
                    return Err(self.err("positional patterns follow keyword patterns", p.pos, end));
                }
                patterns.push(p);
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.expect_op(Op::RPar)?;
        Ok(Pattern { kind: PatternKind::Class { cls, patterns, kwd_attrs, kwd_patterns }, pos })
    }

    /// `{key: p, ..., **rest}`.
    fn mapping_pattern(&mut self) -> Result<PatternKind, CompileError> {
        self.expect_op(Op::LBrace)?;
        let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
        while !self.at_op(Op::RBrace) {
            if self.eat_op(Op::DoubleStar) {
                let t = self.cur().clone();
                let (name, _) = self.expect_name()?;
                if name == "_" {
                    return Err(self.err("invalid syntax", t.start, t.end));
                }
                rest = Some(name);
                self.eat_op(Op::Comma);
                if !self.at_op(Op::RBrace) {
                    return Err(self.invalid());
                }
                break;
            }
            let key = match self.tok() {
                Tok::Op(Op::Minus) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => self.number_literal()?,
                Tok::Str(_) => {
                    let e = self.strings()?;
                    if let ExprKind::JoinedStr(_) = e.kind {
                        return Err(self.err_expr("patterns may only match literals and attribute lookups", &e));
                    }
                    e
                }
                Tok::Kw(Kw::None | Kw::True | Kw::False) => self.atom()?,
                Tok::Name(_) if self.peek_tok(1) == &Tok::Op(Op::Dot) => self.dotted_value()?,
                _ => return Err(self.invalid()),
            };
            self.expect_op(Op::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.expect_op(Op::RBrace)?;
        Ok(PatternKind::Mapping { keys, patterns, rest })
    }
}
