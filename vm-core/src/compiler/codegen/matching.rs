//! Code generation for the `match` statement, after CPython 3.11's
//! `compiler_match` and `compiler_pattern_*`.
//!
//! Each pattern consumes the subject on top of the stack. Values it
//! captures stay on the stack (rotated beneath whatever the pattern still
//! works on) and are stored only once the whole pattern matched, so a
//! failed case binds nothing. A failure jumps into a chain of `POP_TOP`s
//! (`fail_pop`) entered at the depth it failed at. The same syntax errors
//! as CPython: irrefutable patterns before others, alternatives binding
//! different names, repeated names, several starred names, duplicate
//! literal keys.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{syntax, CResult, Loc, Unit};
use crate::bytecode::code::Const;
use crate::bytecode::opcode::{CompareOp, Opcode, COMPARE_BOOL_FLAG};
use crate::compiler::ast::{BinOp, Expr, ExprKind, MatchCase, Pattern, PatternKind, UnaryOp};

/// The state of one case's pattern being compiled (CPython's `pattern_context`).
struct PatternCtx {
    /// Names captured so far; their values are on the stack, in this order.
    stores: Vec<String>,
    /// May this pattern be irrefutable?
    allow_irrefutable: bool,
    /// `fail_pop[n]`: jumps to the failure exit that pops `n` items.
    fail_pop: Vec<Vec<usize>>,
    /// Items on top of the captured values that the pattern still needs.
    on_top: usize,
}

impl PatternCtx {
    fn new(allow_irrefutable: bool) -> Self {
        PatternCtx { stores: Vec::new(), allow_irrefutable, fail_pop: Vec::new(), on_top: 0 }
    }
}

/// `_` (a wildcard, no capture).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::As { pattern: None, name: None })
}

impl Unit {
    /// `match subject: case ...`.
    pub(super) fn match_stmt(&mut self, subject: &Expr, cases: &[MatchCase]) -> CResult<()> {
        self.expr(subject)?;
        let n = cases.len();
        // A final wildcard case (after at least one other) needs no test.
        let (default, pattern_cases) = match cases.split_last() {
            Some((last, init)) if !init.is_empty() && is_wildcard(&last.pattern) => (Some(last), init),
            _ => (None, cases),
        };
        let mut end_jumps = Vec::new();
        for (i, case) in pattern_cases.iter().enumerate() {
            let last = i + 1 == pattern_cases.len();
            self.loc = Loc::line(case.pattern.pos.line);
            // Keep the subject for the next case, unless this is the last one.
            if !last {
                self.emit(Opcode::Copy, 1);
            }
            let mut pc = PatternCtx::new(case.guard.is_some() || i + 1 == n);
            self.pattern(&case.pattern, &mut pc)?;
            // A match: store the captured names (their values are on the stack).
            for name in &pc.stores {
                self.store_name(name);
            }
            if let Some(guard) = &case.guard {
                ensure_fail_pop(&mut pc, 0);
                let jumps = self.jump_if(guard, false)?;
                if let Some(fail) = pc.fail_pop.first_mut() {
                    fail.extend(jumps);
                }
            }
            if !last {
                self.emit(Opcode::PopTop, 0);
            }
            self.body(&case.body)?;
            end_jumps.push(self.emit(Opcode::JumpForward, 0));
            self.loc = Loc::line(case.pattern.pos.line);
            self.emit_fail_pop(&mut pc);
        }
        if let Some(case) = default {
            self.loc = Loc::line(case.pattern.pos.line);
            self.emit(Opcode::Nop, 0);
            if let Some(guard) = &case.guard {
                end_jumps.extend(self.jump_if(guard, false)?);
            }
            self.body(&case.body)?;
        }
        let end = self.here();
        self.patch_all(&end_jumps, end);
        Ok(())
    }

    /// The `POP_TOP` chain failures jump into (CPython's `emit_and_reset_fail_pop`).
    fn emit_fail_pop(&mut self, pc: &mut PatternCtx) {
        let labels = core::mem::take(&mut pc.fail_pop);
        for (n, jumps) in labels.iter().enumerate().rev() {
            let here = self.here();
            self.patch_all(jumps, here);
            if n > 0 {
                self.emit(Opcode::PopTop, 0);
            }
        }
    }

    /// Jumps (with `op`) to the failure exit for the current depth.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        ensure_fail_pop(pc, pops);
        let j = self.emit(op, 0);
        if let Some(fail) = pc.fail_pop.get_mut(pops) {
            fail.push(j);
        }
    }

    /// Moves the top of the stack `count` places down (`SWAP`s).
    fn rotate(&mut self, count: usize) {
        for k in (2..=count).rev() {
            self.emit(Opcode::Swap, k as u32);
        }
    }

    /// Captures the value on top as `name` (`None` discards it).
    fn pattern_store(&mut self, name: Option<&String>, pc: &mut PatternCtx, p: &Pattern) -> CResult<()> {
        let Some(name) = name else {
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        };
        if name == "__debug__" {
            return Err(syntax("cannot assign to __debug__", p.pos));
        }
        if pc.stores.contains(name) {
            return Err(syntax(&format!("multiple assignments to name '{name}' in pattern"), p.pos));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.clone());
        Ok(())
    }

    /// A sub-pattern: irrefutable ones are fine inside others.
    fn subpattern(&mut self, p: &Pattern, pc: &mut PatternCtx) -> CResult<()> {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    fn pattern(&mut self, p: &Pattern, pc: &mut PatternCtx) -> CResult<()> {
        self.loc = Loc::line(p.pos.line);
        match &p.kind {
            PatternKind::Value(e) => {
                self.expr(e)?;
                self.emit(Opcode::CompareOp, CompareOp::Eq as u32 | COMPARE_BOOL_FLAG);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
            }
            PatternKind::Singleton(e) => {
                self.expr(e)?;
                self.emit(Opcode::IsOp, 0);
                self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
            }
            PatternKind::As { pattern: None, name } => {
                if !pc.allow_irrefutable {
                    return Err(match name {
                        Some(n) => syntax(&format!("name capture '{n}' makes remaining patterns unreachable"), p.pos),
                        None => syntax("wildcard makes remaining patterns unreachable", p.pos),
                    });
                }
                self.pattern_store(name.as_ref(), pc, p)?;
            }
            PatternKind::As { pattern: Some(sub), name } => {
                pc.on_top += 1;
                self.emit(Opcode::Copy, 1);
                self.pattern(sub, pc)?;
                pc.on_top -= 1;
                self.pattern_store(name.as_ref(), pc, p)?;
            }
            PatternKind::Star(name) => self.pattern_store(name.as_ref(), pc, p)?,
            PatternKind::Sequence(items) => self.sequence_pattern(items, pc, p)?,
            PatternKind::Mapping { keys, patterns, rest } => {
                self.mapping_pattern(keys, patterns, rest.as_ref(), pc, p)?
            }
            PatternKind::Class { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.class_pattern(cls, patterns, kwd_attrs, kwd_patterns, pc)?
            }
            PatternKind::Or(alts) => self.or_pattern(alts, pc, p)?,
        }
        Ok(())
    }

    fn sequence_pattern(&mut self, items: &[Pattern], pc: &mut PatternCtx, p: &Pattern) -> CResult<()> {
        let size = items.len();
        let mut star = None;
        let mut only_wildcard = true;
        for (i, item) in items.iter().enumerate() {
            if let PatternKind::Star(name) = &item.kind {
                if star.is_some() {
                    return Err(syntax("multiple starred names in sequence pattern", p.pos));
                }
                only_wildcard &= name.is_none();
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(item);
        }
        // The subject stays on top through the type and length checks.
        pc.on_top += 1;
        self.emit(Opcode::MatchSequence, 0);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        let min_len = match star {
            None => Some((size, CompareOp::Eq)),
            Some(_) if size > 1 => Some((size - 1, CompareOp::Ge)),
            Some(_) => None,
        };
        if let Some((len, op)) = min_len {
            self.emit(Opcode::GetLen, 0);
            self.load_const(Const::Int(len as i64));
            self.emit(Opcode::CompareOp, op as u32 | COMPARE_BOOL_FLAG);
            self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        }
        match star {
            Some(s) => self.emit(Opcode::UnpackEx, (s | ((size - s - 1) << 8)) as u32),
            None => self.emit(Opcode::UnpackSequence, size as u32),
        };
        pc.on_top += size;
        for item in items {
            pc.on_top -= 1;
            self.subpattern(item, pc)?;
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        keys: &[Expr],
        patterns: &[Pattern],
        rest: Option<&String>,
        pc: &mut PatternCtx,
        p: &Pattern,
    ) -> CResult<()> {
        let size = keys.len();
        pc.on_top += 1;
        self.emit(Opcode::MatchMapping, 0);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Opcode::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GetLen, 0);
            self.load_const(Const::Int(size as i64));
            self.emit(Opcode::CompareOp, CompareOp::Ge as u32 | COMPARE_BOOL_FLAG);
            self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        }
        let mut seen: Vec<Const> = Vec::new();
        for key in keys {
            match literal_const(key) {
                Some(c) => {
                    if seen.iter().any(|s| same_key(s, &c)) {
                        let msg = format!("mapping pattern checks duplicate key ({})", const_repr(&c));
                        return Err(syntax(&msg, p.pos));
                    }
                    seen.push(c);
                }
                None if matches!(key.kind, ExprKind::Attribute { .. }) => {}
                None => {
                    return Err(syntax("mapping pattern keys may only match literals and attribute lookups", p.pos))
                }
            }
            self.expr(key)?;
        }
        self.emit(Opcode::BuildTuple, size as u32);
        self.emit(Opcode::MatchKeys, 0);
        // The keys tuple and the values tuple (or None) are on top of the subject.
        pc.on_top += 2;
        self.emit(Opcode::Copy, 1);
        self.load_const(Const::None);
        self.emit(Opcode::IsOp, 1);
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        self.emit(Opcode::UnpackSequence, size as u32);
        pc.on_top = pc.on_top + size - 1;
        for sub in patterns {
            pc.on_top -= 1;
            self.subpattern(sub, pc)?;
        }
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                // rest = dict(subject); del rest[key] for each key.
                self.emit(Opcode::BuildMap, 0);
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::DictUpdate, 2);
                self.emit(Opcode::UnpackSequence, size as u32);
                for k in (1..=size).rev() {
                    self.emit(Opcode::Copy, 1 + k as u32);
                    self.emit(Opcode::Swap, 2);
                    self.emit(Opcode::DeleteSubscr, 0);
                }
                self.pattern_store(Some(name), pc, p)?;
            }
            None => {
                self.emit(Opcode::PopTop, 0);
                self.emit(Opcode::PopTop, 0);
            }
        }
        Ok(())
    }

    fn class_pattern(
        &mut self,
        cls: &Expr,
        patterns: &[Pattern],
        kwd_attrs: &[String],
        kwd_patterns: &[Pattern],
        pc: &mut PatternCtx,
    ) -> CResult<()> {
        for (i, (a, p)) in kwd_attrs.iter().zip(kwd_patterns).enumerate() {
            if a == "__debug__" {
                return Err(syntax("cannot assign to __debug__", p.pos));
            }
            if kwd_attrs.get(i + 1..).unwrap_or_default().contains(a) {
                return Err(syntax(&format!("attribute name repeated in class pattern: {a}"), p.pos));
            }
        }
        self.expr(cls)?;
        let names = kwd_attrs.iter().map(|a| Const::Str(a.as_str().into())).collect();
        self.load_const(Const::Tuple(names));
        self.emit(Opcode::MatchClass, patterns.len() as u32);
        self.emit(Opcode::Copy, 1);
        self.load_const(Const::None);
        self.emit(Opcode::IsOp, 1);
        // A tuple of the attributes (or None) replaced the subject.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Opcode::PopJumpIfFalse);
        let total = patterns.len() + kwd_patterns.len();
        self.emit(Opcode::UnpackSequence, total as u32);
        pc.on_top = pc.on_top + total - 1;
        for sub in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.emit(Opcode::PopTop, 0);
                continue;
            }
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    fn or_pattern(&mut self, alts: &[Pattern], pc: &mut PatternCtx, p: &Pattern) -> CResult<()> {
        let outer = core::mem::replace(pc, PatternCtx::new(false));
        let mut end_jumps = Vec::new();
        let mut control: Option<Vec<String>> = None;
        let diff = || syntax("alternative patterns bind different names", p.pos);
        for (i, alt) in alts.iter().enumerate() {
            *pc = PatternCtx::new(i + 1 == alts.len() && outer.allow_irrefutable);
            self.emit(Opcode::Copy, 1);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) if ctrl.len() != pc.stores.len() => return Err(diff()),
                Some(ctrl) => {
                    // Put the captures in the first alternative's order.
                    for (icontrol, name) in ctrl.iter().enumerate().rev() {
                        let Some(istores) = pc.stores.iter().position(|n| n == name) else {
                            return Err(diff());
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            pc.stores.splice(at..at, rotated);
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            end_jumps.push(self.emit(Opcode::JumpForward, 0));
            self.emit_fail_pop(pc);
        }
        *pc = outer;
        // No alternative matched: pop the subject and fail.
        self.emit(Opcode::PopTop, 0);
        self.jump_to_fail_pop(pc, Opcode::JumpForward);
        let end = self.here();
        self.patch_all(&end_jumps, end);
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(syntax(&format!("multiple assignments to name '{name}' in pattern"), p.pos));
            }
            pc.stores.push(name);
        }
        // Pop the subject.
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }
}

fn ensure_fail_pop(pc: &mut PatternCtx, n: usize) {
    while pc.fail_pop.len() <= n {
        pc.fail_pop.push(Vec::new());
    }
}

/// The constant a literal key is (numbers, strings, `None`/`True`/`False`,
/// negated numbers and complex literals); `None` for dotted names.
fn literal_const(e: &Expr) -> Option<Const> {
    Some(match &e.kind {
        ExprKind::Str(s) => Const::Str(s.as_str().into()),
        ExprKind::Bytes(b) => Const::Bytes(b.clone()),
        ExprKind::None => Const::None,
        ExprKind::Bool(b) => Const::Bool(*b),
        ExprKind::Float(f) => Const::Float(*f),
        ExprKind::Imaginary(f) => Const::Complex { re: 0.0, im: *f },
        ExprKind::Int(_) => Unit::constant_of(e)?,
        ExprKind::UnaryOp { op: UnaryOp::Neg, operand } => match literal_const(operand)? {
            Const::Float(f) => Const::Float(-f),
            Const::Complex { re, im } => Const::Complex { re: -re, im: -im },
            _ => Unit::constant_of(e)?,
        },
        ExprKind::BinOp { op, left, right } => {
            let re = match literal_const(left)? {
                Const::Int(i) => i as f64,
                Const::Float(f) => f,
                _ => return None,
            };
            let Const::Complex { im, .. } = literal_const(right)? else { return None };
            Const::Complex { re, im: if *op == BinOp::Sub { -im } else { im } }
        }
        _ => return None,
    })
}

/// Numeric value of a key constant, as (re, im) when it fits a float pair.
fn numeric(c: &Const) -> Option<(f64, f64)> {
    match c {
        Const::Bool(b) => Some((f64::from(u8::from(*b)), 0.0)),
        Const::Int(i) => Some((*i as f64, 0.0)),
        Const::Float(f) => Some((*f, 0.0)),
        Const::Complex { re, im } => Some((*re, *im)),
        _ => None,
    }
}

/// Would the two key constants be the same dict key (`1 == 1.0 == True`)?
fn same_key(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Int(x), Const::Int(y)) => x == y,
        (Const::BigInt(x), Const::BigInt(y)) => x == y,
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::None, Const::None) => true,
        _ => match (numeric(a), numeric(b)) {
            // Exact for ints up to 2**53, which literal keys are in practice.
            (Some(x), Some(y)) => x == y && !matches!((a, b), (Const::BigInt(_), _) | (_, Const::BigInt(_))),
            _ => false,
        },
    }
}

/// `repr()` of a key constant, for the duplicate-key message.
fn const_repr(c: &Const) -> String {
    let mut s = String::new();
    match c {
        Const::None => s.push_str("None"),
        Const::Bool(b) => s.push_str(if *b { "True" } else { "False" }),
        Const::Int(i) => s = format!("{i}"),
        Const::BigInt(b) => s = format!("{b}"),
        Const::Float(f) => crate::runtime::float_fmt::float_repr(*f, &mut s),
        Const::Complex { re, im } => crate::runtime::complex::Complex::new(*re, *im).repr(&mut s),
        Const::Str(t) => crate::runtime::str_repr::str_repr(t, &mut s),
        Const::Bytes(b) => crate::runtime::bytes::bytes_repr(b, &mut s),
        _ => s.push_str("..."),
    }
    s
}
