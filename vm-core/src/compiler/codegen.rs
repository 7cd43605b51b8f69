//! The code generator: AST in, `Code` (bytecode, constants, line table) out.
//!
//! Comprehensions are compiled inline (as CPython 3.12 does, PEP 709): their
//! loop variables live in hidden fast-local slots of the enclosing code, so
//! they neither leak nor need closures. In a class body (and when a nested
//! scope captures a loop variable, or the comprehension is async) they are
//! nested functions as in CPython 3.11, so they do not see class-level names
//! (only their first iterable is evaluated in the class scope).

use crate::runtime::bigint::BigInt;
use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use hashbrown::{HashMap, HashSet};
use num_traits::ToPrimitive;

use super::ast::*;
use super::error::{CompileError, CompileErrorKind};
use super::symtable::Scope;
use crate::bytecode::code::{
    Code, CodeKind, ComprehensionKind, Const, ExceptionEntry, InlinedComprehension, Position, FLAG_ASYNC_GENERATOR,
    FLAG_COROUTINE, FLAG_GENERATOR, FLAG_VARARGS, FLAG_VARKEYWORDS,
};
use crate::bytecode::opcode::{
    encode, BinaryOp as Bop, CompareOp, Opcode, CALL_CONTEXT, COMPARE_BOOL_FLAG, INPLACE_FLAG, MAX_ARG,
};

type CResult<T> = Result<T, CompileError>;

#[cfg(feature = "match")]
mod matching;

/// Compiles a parsed module into its code object.
pub fn compile_module(module: &Module, filename: &str) -> CResult<Rc<Code>> {
    let mut unit = module_unit(module, filename)?;
    unit.doc = docstring(&module.body);
    module_body(unit, module)
}

/// Compiles `compile(..., 'single')`'s input: a module body whose
/// expression statements (outside functions and classes) pass their values
/// to `sys.displayhook`. It holds no docstring.
#[cfg(feature = "interactive")]
pub fn compile_interactive(module: &Module, filename: &str) -> CResult<Rc<Code>> {
    let mut unit = module_unit(module, filename)?;
    unit.interactive = true;
    module_body(unit, module)
}

/// The unit a module body compiles into: its scope checked (a misplaced
/// `global` is a SyntaxError), its `global` names declared, and its
/// `from __future__ import annotations` flag set.
fn module_unit(module: &Module, filename: &str) -> CResult<Unit> {
    let scope = Scope::of_body(&module.body);
    if let Some((msg, pos)) = scope.error.clone() {
        return Err(syntax(&msg, pos));
    }
    let scope = Scope { globals: scope.globals, ..Scope::default() };
    let mut unit = Unit::new(CodeKind::Module, "<module>", "<module>", Rc::from(filename), 1, scope);
    unit.future_annotations = module.body.iter().any(|s| {
        matches!(&s.kind, StmtKind::ImportFrom { module: Some(m), names, level: 0 }
            if m == "__future__" && names.iter().any(|a| a.name == "annotations"))
    });
    Ok(unit)
}

/// Compiles a module body into `unit` and finishes its code object.
fn module_body(mut unit: Unit, module: &Module) -> CResult<Rc<Code>> {
    unit.setup_annotations(&module.body);
    unit.body(&module.body)?;
    unit.load_const(Const::None);
    unit.emit(Opcode::ReturnValue, 0);
    Ok(Rc::new(unit.finish()?))
}

/// Compiles one expression as a module-level code object that returns its
/// value (`eval`'s input).
pub fn compile_expression(expr: &Expr, filename: &str) -> CResult<Rc<Code>> {
    let filename: Rc<str> = Rc::from(filename);
    let mut unit = Unit::new(CodeKind::Module, "<module>", "<module>", filename, 1, Scope::default());
    unit.loc = Loc::expr(expr);
    unit.expr(expr)?;
    unit.emit(Opcode::ReturnValue, 0);
    Ok(Rc::new(unit.finish()?))
}

/// A block the code being compiled is nested in, with what leaving it
/// early (`return`, `break`, `continue`) must undo.
#[derive(Clone)]
enum FBlockKind {
    /// A loop. A `for` loop keeps its iterator on the stack.
    Loop { continue_target: usize, break_patches: Vec<usize>, is_for: bool },
    /// A `try` body (nothing to undo).
    TryBody,
    /// The body of a `try` with a `finally`: leaving runs the finally body.
    Finally { body: Vec<Stmt> },
    /// An `except` clause body: the previously handled exception is on the stack.
    HandlerBody { name: Option<String> },
    /// A `finally` body run for an exception: previous and current exception on the stack.
    ExcState,
    /// A `with` body: the bound `__exit__` is on the stack.
    With,
    /// An `async with` body: the bound `__aexit__` is on the stack.
    AsyncWith,
}

#[derive(Clone)]
struct FBlock {
    kind: FBlockKind,
    /// Length of the handler stack when the block was entered.
    handlers_len: usize,
}

impl FBlockKind {
    /// Operand-stack items the block keeps below the code inside it.
    fn depth(&self) -> u32 {
        match self {
            FBlockKind::Loop { is_for, .. } => *is_for as u32,
            FBlockKind::HandlerBody { .. } | FBlockKind::With | FBlockKind::AsyncWith => 1,
            FBlockKind::ExcState => 2,
            FBlockKind::TryBody | FBlockKind::Finally { .. } => 0,
        }
    }
}

/// Marks instructions not protected by any handler.
const NO_HANDLER: u32 = u32::MAX;

/// One code object under construction.
struct Unit {
    kind: CodeKind,
    name: Box<str>,
    qualname: Box<str>,
    filename: Rc<str>,
    instrs: Vec<u32>,
    lines: Vec<u32>,
    positions: Vec<Position>,
    consts: Vec<Const>,
    names: Vec<Box<str>>,
    name_index: HashMap<Box<str>, u32>,
    varnames: Vec<Box<str>>,
    local_index: HashMap<Box<str>, u32>,
    globals: HashSet<String>,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u32,
    first_line: u32,
    /// Where the instructions being emitted come from.
    loc: Loc,
    fblocks: Vec<FBlock>,
    /// Active handlers (indices into `handler_defs`), innermost last.
    handler_stack: Vec<u32>,
    /// Each handler's (target, stack depth).
    handler_defs: Vec<(usize, u32)>,
    /// The innermost handler of each instruction.
    instr_handler: Vec<u32>,
    /// Items pushed temporarily on top of the block depth (a return value
    /// kept while `finally` bodies run).
    extra_depth: u32,
    /// Comprehension variables in scope: name -> hidden slot.
    hidden: Vec<(String, u32)>,
    /// The comprehensions inlined so far, each before those nested in it.
    comprehensions: Vec<InlinedComprehension>,
    /// Names accessed through cells: captured locals and free variables -> slot.
    deref: HashMap<String, u32>,
    /// Free variables, in closure order (their slots are the last locals).
    freevars: Vec<String>,
    /// Names nested scopes may capture from here or above.
    available: HashSet<String>,
    /// Compiling the items of a tuple/list target (where `*x` is allowed).
    in_starred_target: bool,
    /// The docstring, when the body starts with one.
    doc: Option<Box<str>>,
    /// `from __future__ import annotations` is in force: annotations are
    /// stored as their source text instead of evaluated.
    future_annotations: bool,
    /// Compiling an `async def` body (`await` allowed).
    is_async: bool,
    /// `compile(..., 'single')`'s module body: expression statements
    /// outside functions and classes show their values through
    /// `sys.displayhook`.
    #[cfg(feature = "interactive")]
    interactive: bool,
}

/// The source span the instructions being emitted come from: an
/// expression's or a statement's, or just a line (`end_line` 0) where
/// CPython's position is not worth recording. Without `caret-lines` only
/// the line is kept.
#[derive(Clone, Copy, Debug)]
struct Loc {
    line: u32,
    #[cfg(feature = "caret-lines")]
    col: u32,
    #[cfg(feature = "caret-lines")]
    end_line: u32,
    #[cfg(feature = "caret-lines")]
    end_col: u32,
}

impl Loc {
    /// A line without columns.
    fn line(line: u32) -> Loc {
        Loc {
            line,
            #[cfg(feature = "caret-lines")]
            col: 0,
            #[cfg(feature = "caret-lines")]
            end_line: 0,
            #[cfg(feature = "caret-lines")]
            end_col: 0,
        }
    }

    /// From `pos` to `end` (a line only when `end` is unknown).
    #[cfg(feature = "caret-lines")]
    fn span(pos: Pos, end: Pos) -> Loc {
        match end.line >= pos.line {
            true => Loc { line: pos.line, col: pos.col, end_line: end.line, end_col: end.col },
            false => Loc::line(pos.line),
        }
    }

    #[cfg(not(feature = "caret-lines"))]
    fn span(pos: Pos, _end: Pos) -> Loc {
        Loc::line(pos.line)
    }

    fn expr(e: &Expr) -> Loc {
        Loc::span(e.pos, e.end)
    }

    fn stmt(s: &Stmt) -> Loc {
        Loc::span(s.pos, s.end)
    }

    /// The position table's entry for this span.
    #[cfg(feature = "caret-lines")]
    fn position(self) -> Position {
        let narrow = |n: u32| u16::try_from(n).ok().filter(|&n| n != u16::MAX);
        match (narrow(self.col), narrow(self.end_col), narrow(self.end_line.wrapping_sub(self.line))) {
            (Some(col), Some(end_col), Some(end_line_delta)) if self.end_line != 0 => {
                Position { col, end_col, end_line_delta }
            }
            _ => Position::UNKNOWN,
        }
    }
}

/// Where CPython's failed `assert` raises: at the comparison that decided
/// it (its conditional jump leaves that position current), or at the
/// statement (None) when the test is anything else.
fn assert_raise_loc(test: &Expr) -> Option<Loc> {
    match &test.kind {
        ExprKind::Compare { .. } => Some(Loc::expr(test)),
        ExprKind::BoolOp { values, .. } => values.last().and_then(assert_raise_loc),
        ExprKind::UnaryOp { op: UnaryOp::Not, operand } => assert_raise_loc(operand),
        _ => None,
    }
}

/// A construct ouro does not support yet, as a compile error at `pos`.
pub(super) fn unsupported(what: &str, pos: Pos) -> CompileError {
    CompileError {
        kind: CompileErrorKind::NotImplemented,
        msg: format!("{what} is not supported yet"),
        line: pos.line,
        col: pos.col + 1,
        end_col: 0,
    }
}

fn syntax(msg: &str, pos: Pos) -> CompileError {
    CompileError::syntax(msg, pos.line, pos.col + 1)
}

fn const_eq(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Complex { re: a, im: b }, Const::Complex { re: c, im: d }) => {
            a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
        }
        (Const::Tuple(x), Const::Tuple(y)) | (Const::FrozenSet(x), Const::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| const_eq(p, q))
        }
        (Const::Code(_), _) | (_, Const::Code(_)) => false,
        _ => a == b,
    }
}

impl Unit {
    fn new(kind: CodeKind, name: &str, qualname: &str, filename: Rc<str>, first_line: u32, scope: Scope) -> Unit {
        Unit {
            kind,
            name: name.into(),
            qualname: qualname.into(),
            filename,
            instrs: Vec::new(),
            lines: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            local_index: HashMap::new(),
            globals: scope.globals,
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags: 0,
            first_line,
            loc: Loc::line(first_line),
            fblocks: Vec::new(),
            handler_stack: Vec::new(),
            handler_defs: Vec::new(),
            instr_handler: Vec::new(),
            extra_depth: 0,
            hidden: Vec::new(),
            deref: HashMap::new(),
            freevars: Vec::new(),
            available: HashSet::new(),
            in_starred_target: false,
            comprehensions: Vec::new(),
            doc: None,
            future_annotations: false,
            is_async: false,
            #[cfg(feature = "interactive")]
            interactive: false,
        }
    }

    fn exception_table(&self) -> Vec<ExceptionEntry> {
        let mut out: Vec<ExceptionEntry> = Vec::new();
        for (pc, &h) in self.instr_handler.iter().enumerate() {
            if h == NO_HANDLER {
                continue;
            }
            let Some(&(target, depth)) = self.handler_defs.get(h as usize) else { continue };
            match out.last_mut() {
                Some(e) if e.end == pc as u32 && e.target == target as u32 && e.depth == depth => e.end += 1,
                _ => out.push(ExceptionEntry { start: pc as u32, end: pc as u32 + 1, target: target as u32, depth }),
            }
        }
        out
    }

    /// The finished code object, its operand-stack size from the verifier.
    fn finish(self) -> CResult<Code> {
        let exception_table = self.exception_table();
        let mut code = Code {
            exception_table,
            doc: self.doc,
            // A free variable always has a deref slot (`function_code`).
            freevars: (self.freevars.iter())
                .filter_map(|n| Some((Box::from(n.as_str()), *self.deref.get(n.as_str())?)))
                .collect(),
            kind: self.kind,
            name: self.name,
            qualname: self.qualname,
            filename: self.filename,
            instrs: self.instrs,
            lines: self.lines,
            positions: self.positions,
            consts: self.consts,
            names: self.names,
            varnames: self.varnames,
            argcount: self.argcount,
            posonlyargcount: self.posonly,
            kwonlyargcount: self.kwonly,
            flags: self.flags,
            stacksize: 0,
            first_line: self.first_line,
            comprehensions: self.comprehensions,
        };
        // The verifier's flow analysis gives the stack size (CPython's
        // assembler computes it the same way). Tier 1 relies on it: a
        // frame's stack room is reserved once and pushes are not checked
        // (`ValueStack::push_reserved`), so code the verifier refuses (a
        // compiler bug) is an error, never run.
        match crate::bytecode::verify::stack_depth(&code) {
            Ok(depth) => code.stacksize = depth,
            Err(e) => {
                debug_assert!(false, "the compiler produced code the verifier refuses: {e}");
                return Err(CompileError {
                    kind: CompileErrorKind::NotImplemented,
                    msg: format!("internal compiler error: {e}"),
                    line: code.first_line,
                    col: 0,
                    end_col: 0,
                });
            }
        }
        Ok(code)
    }

    fn pos(&self) -> Pos {
        Pos { line: self.loc.line, col: 0 }
    }

    fn emit(&mut self, op: Opcode, arg: u32) -> usize {
        let at = self.instrs.len();
        let handler = self.handler_stack.last().copied().unwrap_or(NO_HANDLER);
        self.instrs.push(encode(op, arg.min(MAX_ARG)));
        self.lines.push(self.loc.line);
        self.push_position();
        self.instr_handler.push(handler);
        // Inline cache: the warm-up counter, then the specialized forms' data.
        for i in 0..op.cache_size() {
            self.instrs.push(if i == 0 { crate::interp::specialize::INITIAL_COUNTER } else { 0 });
            self.lines.push(self.loc.line);
            self.push_position();
            self.instr_handler.push(handler);
        }
        at
    }

    /// Records the current span for the code unit just emitted.
    fn push_position(&mut self) {
        #[cfg(feature = "caret-lines")]
        self.positions.push(self.loc.position());
    }

    fn here(&self) -> usize {
        self.instrs.len()
    }

    fn patch(&mut self, at: usize, target: usize) {
        // `at` is a jump `emit` placed.
        if let Some(unit) = self.instrs.get_mut(at) {
            *unit = (*unit & 0xff) | ((target as u32) << 8);
        }
    }

    fn patch_all(&mut self, jumps: &[usize], target: usize) {
        for &j in jumps {
            self.patch(j, target);
        }
    }

    fn add_const(&mut self, c: Const) -> CResult<u32> {
        if let Some(i) = self.consts.iter().position(|x| const_eq(x, &c)) {
            return Ok(i as u32);
        }
        if self.consts.len() as u32 >= MAX_ARG {
            return Err(syntax("too many constants", self.pos()));
        }
        self.consts.push(c);
        Ok(self.consts.len() as u32 - 1)
    }

    fn load_const(&mut self, c: Const) {
        if let Ok(i) = self.add_const(c) {
            self.emit(Opcode::LoadConst, i);
        }
    }

    fn name(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.name_index.get(n) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(n.into());
        self.name_index.insert(n.into(), i);
        i
    }

    fn add_local(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.local_index.get(n) {
            return i;
        }
        let i = self.varnames.len() as u32;
        self.varnames.push(n.into());
        self.local_index.insert(n.into(), i);
        i
    }

    fn new_hidden(&mut self, n: &str) -> u32 {
        let i = self.varnames.len() as u32;
        self.varnames.push(n.into());
        i
    }

    // ----- names -----

    fn load_name(&mut self, n: &str) {
        if let Some(&(_, slot)) = self.hidden.iter().rev().find(|(h, _)| h == n) {
            self.emit(Opcode::LoadFast, slot);
            return;
        }
        if let Some(&slot) = self.deref.get(n) {
            let op = if self.kind == CodeKind::Class { Opcode::LoadClassDeref } else { Opcode::LoadDeref };
            self.emit(op, slot);
            return;
        }
        match self.kind {
            CodeKind::Function if !self.globals.contains(n) => {
                if let Some(&i) = self.local_index.get(n) {
                    self.emit(Opcode::LoadFast, i);
                } else {
                    let i = self.name(n);
                    self.emit(Opcode::LoadGlobal, i);
                }
            }
            CodeKind::Function => {
                let i = self.name(n);
                self.emit(Opcode::LoadGlobal, i);
            }
            _ => {
                let i = self.name(n);
                if self.globals.contains(n) {
                    self.emit(Opcode::LoadGlobal, i);
                } else {
                    self.emit(Opcode::LoadName, i);
                }
            }
        }
    }

    fn store_name(&mut self, n: &str) {
        if let Some(&(_, slot)) = self.hidden.iter().rev().find(|(h, _)| h == n) {
            self.emit(Opcode::StoreFast, slot);
            return;
        }
        if self.globals.contains(n) {
            let i = self.name(n);
            self.emit(Opcode::StoreGlobal, i);
            return;
        }
        match (self.kind, self.deref.get(n).copied()) {
            (CodeKind::Function, Some(slot)) => {
                self.emit(Opcode::StoreDeref, slot);
            }
            (CodeKind::Function, None) => {
                let i = self.add_local(n);
                self.emit(Opcode::StoreFast, i);
            }
            _ => {
                let i = self.name(n);
                self.emit(Opcode::StoreName, i);
            }
        }
    }

    fn delete_name(&mut self, n: &str) {
        if self.globals.contains(n) {
            let i = self.name(n);
            self.emit(Opcode::DeleteGlobal, i);
            return;
        }
        match (self.kind, self.deref.get(n).copied()) {
            (CodeKind::Function, Some(slot)) => {
                self.emit(Opcode::DeleteDeref, slot);
            }
            (CodeKind::Function, None) => {
                let i = self.add_local(n);
                self.emit(Opcode::DeleteFast, i);
            }
            _ => {
                let i = self.name(n);
                self.emit(Opcode::DeleteName, i);
            }
        }
    }

    // ----- statements -----

    /// `__annotations__ = {}` at the start of a module or class body that
    /// annotates a name (CPython's SETUP_ANNOTATIONS).
    fn setup_annotations(&mut self, body: &[Stmt]) {
        fn annotates(body: &[Stmt]) -> bool {
            body.iter().any(|s| match &s.kind {
                StmtKind::AnnAssign { target, .. } => matches!(target.kind, ExprKind::Name(_)),
                StmtKind::If { body, orelse, .. }
                | StmtKind::While { body, orelse, .. }
                | StmtKind::For { body, orelse, .. } => annotates(body) || annotates(orelse),
                StmtKind::With { body, .. } => annotates(body),
                StmtKind::Match { cases, .. } => cases.iter().any(|c| annotates(&c.body)),
                StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                    annotates(body)
                        || handlers.iter().any(|h| annotates(&h.body))
                        || annotates(orelse)
                        || annotates(finalbody)
                }
                _ => false,
            })
        }
        if annotates(body) {
            self.emit(Opcode::BuildMap, 0);
            let a = self.name("__annotations__");
            self.emit(Opcode::StoreName, a);
        }
    }

    fn body(&mut self, body: &[Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.loc = Loc::stmt(s);
        match &s.kind {
            #[cfg(feature = "interactive")]
            StmtKind::Expr(e) if self.interactive => {
                // `sys.displayhook(value)`, `sys` imported without a name.
                self.load_const(Const::Int(0));
                self.load_const(Const::None);
                let sys = self.name("sys");
                self.emit(Opcode::ImportName, sys);
                let hook = self.name("displayhook");
                self.emit(Opcode::LoadMethod, hook);
                self.expr(e)?;
                self.loc = Loc::stmt(s);
                self.emit(Opcode::Call, 1);
                self.emit(Opcode::PopTop, 0);
            }
            StmtKind::Expr(e) => {
                self.expr(e)?;
                self.loc = Loc::stmt(s);
                self.emit(Opcode::PopTop, 0);
            }
            StmtKind::Assign { targets, value } => {
                if let Some(n) = swap_assignment(targets, value) {
                    // `a, b = b, a` (2 or 3 names on each side, no starred
                    // item): the values are reversed on the stack by one
                    // SWAP instead of a tuple built and unpacked, as
                    // CPython 3.11's compiler does.
                    if let ExprKind::Tuple(values) = &value.kind {
                        for v in values {
                            self.expr(v)?;
                        }
                    }
                    self.emit(Opcode::Swap, n);
                    if let Some(ExprKind::Tuple(items) | ExprKind::List(items)) = targets.first().map(|t| &t.kind) {
                        for it in items {
                            self.store_target(it)?;
                        }
                    }
                    return Ok(());
                }
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Opcode::Copy, 1);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AnnAssign { target, annotation, value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
                // Module and class bodies record `name: annotation` in `__annotations__`.
                if let (ExprKind::Name(n), CodeKind::Module | CodeKind::Class) = (&target.kind, self.kind) {
                    self.annotation(annotation)?;
                    let a = self.name("__annotations__");
                    self.emit(Opcode::LoadName, a);
                    self.load_const(Const::Str(n.as_str().into()));
                    self.emit(Opcode::StoreSubscr, 0);
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::If { test, body, orelse } => {
                let jf = self.jump_if(test, false)?;
                self.body(body)?;
                if orelse.is_empty() {
                    let end = self.here();
                    self.patch_all(&jf, end);
                } else {
                    let jend = self.emit(Opcode::JumpForward, 0);
                    let els = self.here();
                    self.patch_all(&jf, els);
                    self.body(orelse)?;
                    let end = self.here();
                    self.patch(jend, end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.here();
                let jf = self.jump_if(test, false)?;
                self.push_fblock(FBlockKind::Loop { continue_target: start, break_patches: Vec::new(), is_for: false });
                self.body(body)?;
                self.loc = Loc::stmt(s);
                self.emit(Opcode::JumpBackward, start as u32);
                let breaks = self.pop_loop();
                let els = self.here();
                self.patch_all(&jf, els);
                self.body(orelse)?;
                let end = self.here();
                for p in breaks {
                    self.patch(p, end);
                }
            }
            StmtKind::For { target, iter, body, orelse, is_async: true } if cfg!(feature = "coroutines") => {
                self.check_await(s.pos, "'async for'")?;
                self.expr(iter)?;
                self.loc = Loc::stmt(s);
                // (A comprehension function's `.0` is the async iterator
                // already: its caller ran GET_AITER, as CPython's does.)
                if !matches!(&iter.kind, ExprKind::Name(n) if n == ".0") {
                    self.emit(Opcode::GetAIter, 0);
                }
                let start = self.here();
                self.push_fblock(FBlockKind::Loop { continue_target: start, break_patches: Vec::new(), is_for: true });
                let h = self.push_handler();
                self.emit(Opcode::GetANext, 0);
                self.delegate_to_top();
                self.handler_stack.pop();
                self.store_target(target)?;
                self.body(body)?;
                self.loc = Loc::stmt(s);
                self.emit(Opcode::JumpBackward, start as u32);
                let breaks = self.pop_loop();
                self.set_handler_target(h);
                self.emit(Opcode::EndAsyncFor, 0);
                self.body(orelse)?;
                let end = self.here();
                self.patch_all(&breaks, end);
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                if *is_async {
                    return Err(unsupported("'async for'", s.pos));
                }
                self.iter_expr(iter)?;
                self.loc = Loc::stmt(s);
                self.emit(Opcode::GetIter, 0);
                let start = self.emit(Opcode::ForIter, 0);
                self.store_target(target)?;
                self.push_fblock(FBlockKind::Loop { continue_target: start, break_patches: Vec::new(), is_for: true });
                self.body(body)?;
                self.loc = Loc::stmt(s);
                self.emit(Opcode::JumpBackward, start as u32);
                let breaks = self.pop_loop();
                let exit = self.here();
                self.patch(start, exit);
                self.body(orelse)?;
                let end = self.here();
                for p in breaks {
                    self.patch(p, end);
                }
            }
            StmtKind::Break => {
                let Some(li) = self.innermost_loop() else { return Err(syntax("'break' outside loop", s.pos)) };
                let j = self.unwind_fblocks_then(li + 1, false, |this| {
                    let is_for =
                        matches!(this.fblocks.get(li).map(|b| &b.kind), Some(FBlockKind::Loop { is_for: true, .. }));
                    if is_for {
                        this.emit(Opcode::PopTop, 0);
                    }
                    Ok(this.emit(Opcode::JumpForward, 0))
                })?;
                if let Some(FBlockKind::Loop { break_patches, .. }) = self.fblocks.get_mut(li).map(|b| &mut b.kind) {
                    break_patches.push(j);
                }
            }
            StmtKind::Continue => {
                let Some(li) = self.innermost_loop() else {
                    return Err(syntax("'continue' not properly in loop", s.pos));
                };
                let Some(&FBlockKind::Loop { continue_target, .. }) = self.fblocks.get(li).map(|b| &b.kind) else {
                    return Ok(());
                };
                self.unwind_fblocks_then(li + 1, false, |this| {
                    this.emit(Opcode::JumpBackward, continue_target as u32);
                    Ok(())
                })?;
            }
            StmtKind::Pass => {}
            StmtKind::Return(v) => {
                if self.kind != CodeKind::Function {
                    return Err(syntax("'return' outside function", s.pos));
                }
                if v.is_some() && self.flags & FLAG_ASYNC_GENERATOR != 0 {
                    return Err(syntax("'return' with value in async generator", s.pos));
                }
                match v {
                    Some(e) => self.expr(e)?,
                    None => self.load_const(Const::None),
                }
                self.loc = Loc::stmt(s);
                self.extra_depth += 1;
                let loc = Loc::stmt(s);
                self.unwind_fblocks_then(0, true, |this| {
                    this.extra_depth -= 1;
                    this.loc = loc;
                    this.emit(Opcode::ReturnValue, 0);
                    Ok(())
                })?;
            }
            StmtKind::FunctionDef { name, bound_as, args, body, decorators, returns, is_async } => {
                if *is_async && !cfg!(feature = "coroutines") {
                    return Err(unsupported("'async def'", s.pos));
                }
                for d in decorators {
                    self.expr(d)?;
                    self.emit(Opcode::PushNull, 0);
                }
                self.loc = Loc::stmt(s);
                // A decorated function's code starts at its first
                // decorator (CPython's `co_firstlineno`).
                let first_line = decorators.first().map_or(s.pos.line, |d| d.pos.line);
                self.make_function(name, args, body, s.pos, first_line, *is_async)?;
                self.function_annotations(args, returns.as_deref())?;
                self.loc = Loc::stmt(s);
                for _ in decorators {
                    self.emit(Opcode::Call, 1);
                }
                self.store_name(bound_as.as_ref().unwrap_or(name));
            }
            StmtKind::ClassDef { name, bound_as, bases, keywords, body, decorators } => {
                for d in decorators {
                    self.expr(d)?;
                    self.emit(Opcode::PushNull, 0);
                }
                self.loc = Loc::stmt(s);
                let mut code = self.class_code(name, body, s.pos)?;
                code.first_line = decorators.first().map_or(s.pos.line, |d| d.pos.line);
                let flags = self.emit_closure(&code);
                self.load_const(Const::Code(Rc::new(code)));
                self.emit(Opcode::MakeFunction, flags);
                self.load_const(Const::Str(name.as_str().into()));
                for b in bases {
                    if let ExprKind::Starred(_) = b.kind {
                        return Err(unsupported("starred base classes", b.pos));
                    }
                    self.expr(b)?;
                }
                if let Some(k) = keywords.first().filter(|_| !cfg!(feature = "metaclasses")) {
                    return Err(unsupported("class keyword arguments (such as metaclass=)", k.pos));
                }
                if !keywords.is_empty() {
                    self.emit(Opcode::BuildMap, 0);
                    for k in keywords {
                        if let Some(n) = &k.name {
                            self.load_const(Const::Str(n.as_str().into()));
                        }
                        self.expr(&k.value)?;
                        if k.name.is_some() {
                            self.emit(Opcode::BuildMap, 1);
                        }
                        self.emit(Opcode::DictUpdate, 1);
                    }
                }
                self.loc = Loc::stmt(s);
                self.emit(Opcode::BuildClass, bases.len() as u32 | ((!keywords.is_empty() as u32) << 16));
                for _ in decorators {
                    self.emit(Opcode::Call, 1);
                }
                self.store_name(bound_as.as_ref().unwrap_or(name));
            }
            StmtKind::Global(_) => {}
            StmtKind::Nonlocal(_) => {
                if self.kind != CodeKind::Function {
                    return Err(syntax("nonlocal declaration not allowed at module level", s.pos));
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let j = self.jump_if(test, true)?;
                let raise_at = assert_raise_loc(test).unwrap_or(Loc::stmt(s));
                self.loc = raise_at;
                self.emit(Opcode::LoadAssertionError, 0);
                if let Some(m) = msg {
                    self.emit(Opcode::PushNull, 0);
                    self.expr(m)?;
                    self.loc = raise_at;
                    self.emit(Opcode::Call, 1);
                }
                self.emit(Opcode::RaiseVarargs, 1);
                let end = self.here();
                self.patch_all(&j, end);
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.loc = Loc::stmt(s);
                self.emit(Opcode::RaiseVarargs, n);
            }
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                if *is_star {
                    return Err(unsupported("'except*'", s.pos));
                }
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::With { items, body, is_async } => {
                if *is_async && !cfg!(feature = "coroutines") {
                    return Err(unsupported("'async with'", s.pos));
                }
                if *is_async {
                    self.check_await(s.pos, "'async with'")?;
                }
                self.with_items(items, body, s.pos, *is_async)?;
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.loc = if a.pos.line == s.pos.line { Loc::stmt(s) } else { Loc::line(a.pos.line) };
                    self.load_const(Const::Int(0));
                    self.load_const(Const::None);
                    let i = self.name(&a.name);
                    self.emit(Opcode::ImportName, i);
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b as c` binds the leaf module.
                            for part in a.name.split('.').skip(1) {
                                let p = self.name(part);
                                self.emit(Opcode::ImportFrom, p);
                                self.emit(Opcode::Swap, 2);
                                self.emit(Opcode::PopTop, 0);
                            }
                            self.store_name(asname);
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("");
                            self.store_name(top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names, level } => {
                self.load_const(Const::Int(*level as i64));
                let fromlist: Vec<Const> = names.iter().map(|a| Const::Str(a.name.as_str().into())).collect();
                self.load_const(Const::Tuple(fromlist));
                let i = self.name(module.as_deref().unwrap_or(""));
                self.emit(Opcode::ImportName, i);
                if matches!(names.as_slice(), [only] if only.name == "*") {
                    if self.kind == CodeKind::Function {
                        return Err(syntax("import * only allowed at module level", s.pos));
                    }
                    self.emit(Opcode::ImportStar, 0);
                } else {
                    for a in names {
                        let n = self.name(&a.name);
                        self.emit(Opcode::ImportFrom, n);
                        self.store_name(a.asname.as_ref().unwrap_or(&a.name));
                    }
                    self.emit(Opcode::PopTop, 0);
                }
            }
            #[cfg(feature = "match")]
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            // The parser refuses match statements without the feature.
            #[cfg(not(feature = "match"))]
            StmtKind::Match { .. } => {}
        }
        Ok(())
    }

    fn child_qualname(&self, name: &str) -> String {
        match self.kind {
            CodeKind::Module => String::from(name),
            CodeKind::Class => format!("{}.{name}", self.qualname),
            CodeKind::Function => format!("{}.<locals>.{name}", self.qualname),
        }
    }

    fn make_function(
        &mut self,
        name: &str,
        args: &Arguments,
        body: &[Stmt],
        pos: Pos,
        first_line: u32,
        is_async: bool,
    ) -> CResult<()> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Opcode::BuildTuple, args.defaults.len() as u32);
            flags |= 1;
        }
        if args.kw_defaults.iter().any(|d| d.is_some()) {
            let mut n = 0;
            for (p, d) in args.kwonly.iter().zip(&args.kw_defaults) {
                if let Some(d) = d {
                    self.load_const(Const::Str(p.name.as_str().into()));
                    self.expr(d)?;
                    n += 1;
                }
            }
            self.emit(Opcode::BuildMap, n);
            flags |= 2;
        }
        let qual = self.child_qualname(name);
        let mut code = self.function_code(name, &qual, args, body, pos, is_async)?;
        code.first_line = first_line;
        flags |= self.emit_closure(&code);
        self.load_const(Const::Code(Rc::new(code)));
        self.emit(Opcode::MakeFunction, flags);
        Ok(())
    }

    /// Pushes an annotation's value: the expression's, or its source text
    /// under `from __future__ import annotations`.
    fn annotation(&mut self, annotation: &Expr) -> CResult<()> {
        if self.future_annotations {
            let text = unparse_annotation(annotation).ok_or_else(|| {
                unsupported("this annotation with 'from __future__ import annotations'", annotation.pos)
            })?;
            self.load_const(Const::Str(text.into()));
            Ok(())
        } else {
            self.expr(annotation)
        }
    }

    /// With the new function on the stack, sets its `__annotations__` to
    /// the dict of its parameters' and return annotations (in CPython's
    /// order: parameters, positional-only ones, `*args`, keyword-only ones,
    /// `**kwargs`, `return`) when it has any. (CPython evaluates them just
    /// before creating the function; here just after.)
    fn function_annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> CResult<()> {
        let params = args.args.iter().chain(&args.posonly).chain(&args.vararg).chain(&args.kwonly).chain(&args.kwarg);
        let mut entries: Vec<(&str, &Expr)> =
            params.filter_map(|p| p.annotation.as_deref().map(|a| (p.name.as_str(), a))).collect();
        if let Some(r) = returns {
            entries.push(("return", r));
        }
        if entries.is_empty() {
            return Ok(());
        }
        self.emit(Opcode::Copy, 1);
        for (name, a) in &entries {
            self.load_const(Const::Str((*name).into()));
            self.annotation(a)?;
        }
        self.emit(Opcode::BuildMap, entries.len() as u32);
        self.emit(Opcode::Swap, 2);
        let a = self.name("__annotations__");
        self.emit(Opcode::StoreAttr, a);
        Ok(())
    }

    /// Names nested scopes may capture, as seen from inside this unit.
    fn capturable(&self) -> &HashSet<String> {
        &self.available
    }

    fn function_code(
        &self,
        name: &str,
        qual: &str,
        args: &Arguments,
        body: &[Stmt],
        pos: Pos,
        is_async: bool,
    ) -> CResult<Code> {
        let scope = Scope::of_body(body);
        if let Some((msg, epos)) = scope.error.clone() {
            return Err(syntax(&msg, epos));
        }
        let params = param_names(args);
        let mut seen = HashSet::new();
        for p in &params {
            if !seen.insert(p.as_str()) {
                return Err(syntax(&format!("duplicate argument '{p}' in function definition"), pos));
            }
        }
        let enclosing = self.capturable().clone();
        let mut free: Vec<String> = scope
            .free_in_function(params.iter().map(|s| s.as_str()))
            .into_iter()
            .filter(|n| enclosing.contains(n))
            .collect();
        sort_names(&mut free);
        for n in &scope.nonlocals {
            if !enclosing.contains(n) {
                return Err(syntax(&format!("no binding for nonlocal '{n}' found"), pos));
            }
        }
        let child_free = scope.child_free.clone();
        let is_generator = scope.has_yield;
        let nonlocals = scope.nonlocals.clone();
        let assigned = scope.assigned.clone();
        let mut u = Unit::new(CodeKind::Function, name, qual, self.filename.clone(), pos.line, scope);
        u.future_annotations = self.future_annotations;
        for p in args.posonly.iter().chain(&args.args) {
            u.add_local(&p.name);
        }
        for p in &args.kwonly {
            u.add_local(&p.name);
        }
        u.argcount = (args.posonly.len() + args.args.len()) as u32;
        u.posonly = args.posonly.len() as u32;
        u.kwonly = args.kwonly.len() as u32;
        if let Some(v) = &args.vararg {
            u.add_local(&v.name);
            u.flags |= FLAG_VARARGS;
        }
        if let Some(k) = &args.kwarg {
            u.add_local(&k.name);
            u.flags |= FLAG_VARKEYWORDS;
        }
        if is_generator || is_async {
            u.flags |= FLAG_GENERATOR;
        }
        if is_async {
            // `yield` in an `async def` makes an async generator.
            u.flags |= if is_generator { FLAG_ASYNC_GENERATOR } else { FLAG_COROUTINE };
            u.is_async = true;
        }
        for a in &assigned {
            if !u.globals.contains(a) && !nonlocals.contains(a) {
                u.add_local(a);
            }
        }
        // Captured locals become cells; free variables get the last slots.
        let mut cells: Vec<String> =
            u.local_index.keys().filter(|n| child_free.contains(&***n)).map(|n| String::from(&**n)).collect();
        sort_names(&mut cells);
        for c in &cells {
            // `cells` are keys of `local_index`.
            if let Some(&slot) = u.local_index.get(c.as_str()) {
                u.deref.insert(c.clone(), slot);
            }
        }
        for f in &free {
            let slot = u.new_hidden(f);
            u.deref.insert(f.clone(), slot);
        }
        u.freevars = free;
        u.available = enclosing;
        u.available.extend(u.local_index.keys().map(|k| String::from(&**k)));
        u.available.extend(u.freevars.iter().cloned());
        for c in &cells {
            if let Some(&slot) = u.local_index.get(c.as_str()) {
                u.emit(Opcode::MakeCell, slot);
            }
        }
        u.doc = docstring(body);
        u.body(body)?;
        u.load_const(Const::None);
        u.emit(Opcode::ReturnValue, 0);
        u.finish()
    }

    fn class_code(&self, name: &str, body: &[Stmt], pos: Pos) -> CResult<Code> {
        let qual = self.child_qualname(name);
        let scope = Scope::of_class_body(body);
        if let Some((msg, epos)) = scope.error.clone() {
            return Err(syntax(&msg, epos));
        }
        let enclosing = self.capturable().clone();
        let mut free: Vec<String> = scope.free_in_class().into_iter().filter(|n| enclosing.contains(n)).collect();
        sort_names(&mut free);
        let needs_class_cell = scope.child_free.contains("__class__");
        let mut inner = Unit::new(CodeKind::Class, name, &qual, self.filename.clone(), pos.line, scope);
        inner.future_annotations = self.future_annotations;
        for f in &free {
            let slot = inner.new_hidden(f);
            inner.deref.insert(f.clone(), slot);
        }
        inner.freevars = free;
        inner.available = enclosing;
        // Methods using `super()` or `__class__` close over a `__class__`
        // cell; the class body hands it to the class builder as
        // `__classcell__`, which fills it with the new class.
        let class_cell = if needs_class_cell {
            let slot = inner.new_hidden("__class__");
            inner.deref.insert(String::from("__class__"), slot);
            inner.available.insert(String::from("__class__"));
            inner.emit(Opcode::MakeCell, slot);
            Some(slot)
        } else {
            None
        };
        inner.load_const(Const::Str(qual.as_str().into()));
        let q = inner.name("__qualname__");
        inner.emit(Opcode::StoreName, q);
        // A leading string literal is the class docstring.
        if let Some(StmtKind::Expr(Expr { kind: ExprKind::Str(doc), .. })) = body.first().map(|s| &s.kind) {
            inner.load_const(Const::Str(doc.as_str().into()));
            let d = inner.name("__doc__");
            inner.emit(Opcode::StoreName, d);
        }
        inner.setup_annotations(body);
        inner.body(body)?;
        if let Some(slot) = class_cell {
            inner.emit(Opcode::LoadClosure, slot);
            let c = inner.name("__classcell__");
            inner.emit(Opcode::StoreName, c);
        }
        inner.load_const(Const::None);
        inner.emit(Opcode::ReturnValue, 0);
        inner.finish()
    }

    /// Emits the closure tuple for a nested code object's free variables;
    /// returns the MAKE_FUNCTION flag bit for it.
    fn emit_closure(&mut self, code: &Code) -> u32 {
        let n = code.freevars.len();
        if n == 0 {
            return 0;
        }
        let names: Vec<Box<str>> = code.freevars.iter().map(|(n, _)| n.clone()).collect();
        for name in names {
            let slot = self.deref.get(&*name).copied().unwrap_or(0);
            self.emit(Opcode::LoadClosure, slot);
        }
        self.emit(Opcode::BuildTuple, n as u32);
        8
    }

    fn push_fblock(&mut self, kind: FBlockKind) {
        self.fblocks.push(FBlock { kind, handlers_len: self.handler_stack.len() });
    }

    fn pop_loop(&mut self) -> Vec<usize> {
        match self.fblocks.pop() {
            Some(FBlock { kind: FBlockKind::Loop { break_patches, .. }, .. }) => break_patches,
            _ => Vec::new(),
        }
    }

    fn innermost_loop(&self) -> Option<usize> {
        self.fblocks.iter().rposition(|b| matches!(b.kind, FBlockKind::Loop { .. }))
    }

    /// Operand-stack depth at the current statement.
    fn stack_depth(&self) -> u32 {
        self.fblocks.iter().map(|b| b.kind.depth()).sum::<u32>() + self.extra_depth
    }

    /// Starts a handler region protecting what follows; returns its id.
    fn push_handler(&mut self) -> u32 {
        let id = self.handler_defs.len() as u32;
        self.handler_defs.push((0, self.stack_depth()));
        self.handler_stack.push(id);
        id
    }

    fn set_handler_target(&mut self, id: u32) {
        let here = self.here();
        // `id` is a handler `new_handler` made.
        if let Some(def) = self.handler_defs.get_mut(id as usize) {
            def.0 = here;
        }
    }

    /// Emits what leaving blocks `fblocks[down_to..]` early requires,
    /// innermost first, each outside the block it undoes. With
    /// `preserve_tos` a return value on the stack is kept on top. `then`
    /// emits the jump (or return) that leaves, outside the handlers of the
    /// blocks left (a safepoint on a back edge may raise).
    fn unwind_fblocks_then<T>(
        &mut self,
        down_to: usize,
        preserve_tos: bool,
        then: impl FnOnce(&mut Self) -> CResult<T>,
    ) -> CResult<T> {
        let saved_blocks = self.fblocks.clone();
        let saved_handlers = self.handler_stack.clone();
        for (i, block) in saved_blocks.iter().enumerate().skip(down_to).rev() {
            let block = block.clone();
            self.fblocks.truncate(i);
            self.handler_stack.truncate(block.handlers_len);
            match block.kind {
                FBlockKind::Loop { is_for, .. } => {
                    if is_for && !preserve_tos {
                        self.emit(Opcode::PopTop, 0);
                    }
                }
                FBlockKind::TryBody => {}
                FBlockKind::Finally { body } => self.body(&body)?,
                FBlockKind::HandlerBody { name } => {
                    if preserve_tos {
                        self.emit(Opcode::Swap, 2);
                    }
                    self.emit(Opcode::PopExcept, 0);
                    if let Some(n) = name {
                        self.load_const(Const::None);
                        self.store_name(&n);
                        self.delete_name(&n);
                    }
                }
                FBlockKind::ExcState => {
                    if preserve_tos {
                        self.emit(Opcode::Swap, 2);
                        self.emit(Opcode::PopTop, 0);
                        self.emit(Opcode::Swap, 2);
                    } else {
                        self.emit(Opcode::PopTop, 0);
                    }
                    self.emit(Opcode::PopExcept, 0);
                }
                FBlockKind::With => {
                    if preserve_tos {
                        self.emit(Opcode::Swap, 2);
                    }
                    self.emit(Opcode::WithExit, 0);
                }
                FBlockKind::AsyncWith => {
                    if preserve_tos {
                        self.emit(Opcode::Swap, 2);
                    }
                    self.emit(Opcode::WithExit, 1);
                    self.delegate_to_top();
                    self.emit(Opcode::PopTop, 0);
                }
            }
        }
        let r = then(self);
        self.fblocks = saved_blocks;
        self.handler_stack = saved_handlers;
        r
    }

    /// The shared cleanup handler: an exception escaped while another was
    /// being handled; restore the previous one and re-raise.
    fn emit_cleanup_handler(&mut self, id: u32) {
        self.set_handler_target(id);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 0);
    }

    fn try_except(&mut self, body: &[Stmt], handlers: &[ExceptHandler], orelse: &[Stmt]) -> CResult<()> {
        let h = self.push_handler();
        self.push_fblock(FBlockKind::TryBody);
        self.body(body)?;
        self.fblocks.pop();
        self.handler_stack.pop();
        self.body(orelse)?;
        let mut ends = vec![self.emit(Opcode::JumpForward, 0)];
        self.set_handler_target(h);
        self.emit(Opcode::PushExcInfo, 0);
        self.push_fblock(FBlockKind::HandlerBody { name: None });
        let cleanup = self.push_handler();
        self.fblocks.pop();
        for (i, handler) in handlers.iter().enumerate() {
            self.loc = Loc::line(handler.pos.line);
            let next = match &handler.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit(Opcode::CheckExcMatch, 0);
                    Some(self.emit(Opcode::PopJumpIfFalse, 0))
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(syntax("default 'except:' must be last", handler.pos));
                    }
                    None
                }
            };
            match &handler.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Opcode::PopTop, 0);
                }
            }
            // Leaving the body early (return, break, continue) restores the
            // exception state outside the cleanup handler's range, as the
            // normal exit below does: what runs after POP_EXCEPT is below
            // the cleanup handler's stack depth.
            let outside_cleanup = self.handler_stack.len() - 1;
            self.fblocks.push(FBlock {
                kind: FBlockKind::HandlerBody { name: handler.name.clone() },
                handlers_len: outside_cleanup,
            });
            self.body(&handler.body)?;
            self.fblocks.pop();
            let cleanup_id = self.handler_stack.pop();
            self.emit(Opcode::PopExcept, 0);
            if let Some(n) = &handler.name {
                self.load_const(Const::None);
                self.store_name(n);
                self.delete_name(n);
            }
            ends.push(self.emit(Opcode::JumpForward, 0));
            self.handler_stack.extend(cleanup_id);
            if let Some(j) = next {
                let here = self.here();
                self.patch(j, here);
            }
        }
        self.emit(Opcode::Reraise, 0);
        self.handler_stack.pop();
        self.emit_cleanup_handler(cleanup);
        let end = self.here();
        for j in ends {
            self.patch(j, end);
        }
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> CResult<()> {
        let h = self.push_handler();
        self.push_fblock(FBlockKind::Finally { body: finalbody.to_vec() });
        if handlers.is_empty() {
            self.body(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.fblocks.pop();
        self.handler_stack.pop();
        self.body(finalbody)?;
        let jend = self.emit(Opcode::JumpForward, 0);
        // The exceptional path: run the finally body, then re-raise.
        self.set_handler_target(h);
        self.emit(Opcode::PushExcInfo, 0);
        self.push_fblock(FBlockKind::HandlerBody { name: None });
        let cleanup = self.push_handler();
        self.fblocks.pop();
        // Leaving early restores the exception state outside the cleanup handler.
        let outside_cleanup = self.handler_stack.len() - 1;
        self.fblocks.push(FBlock { kind: FBlockKind::ExcState, handlers_len: outside_cleanup });
        self.body(finalbody)?;
        self.fblocks.pop();
        self.emit(Opcode::Reraise, 0);
        self.handler_stack.pop();
        self.emit_cleanup_handler(cleanup);
        let end = self.here();
        self.patch(jend, end);
        Ok(())
    }

    fn with_items(&mut self, items: &[WithItem], body: &[Stmt], pos: Pos, is_async: bool) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else { return self.body(body) };
        self.expr(&first.context_expr)?;
        self.loc = Loc::line(pos.line);
        let a = is_async as u32;
        self.emit(Opcode::BeforeWith, a);
        if is_async {
            self.emit(Opcode::GetAwaitable, 1);
            self.delegate_to_top();
        }
        let block = if is_async { FBlockKind::AsyncWith } else { FBlockKind::With };
        self.push_fblock(block.clone());
        let h = self.push_handler();
        match &first.target {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Opcode::PopTop, 0);
            }
        }
        self.with_items(rest, body, pos, is_async)?;
        self.handler_stack.pop();
        self.fblocks.pop();
        self.loc = Loc::line(pos.line);
        self.emit(Opcode::WithExit, a);
        if is_async {
            self.emit(Opcode::GetAwaitable, 2);
            self.delegate_to_top();
            self.emit(Opcode::PopTop, 0);
        }
        let jend = self.emit(Opcode::JumpForward, 0);
        // Exceptional exit: stack is exit, exc.
        self.set_handler_target(h);
        self.emit(Opcode::PushExcInfo, 0);
        self.push_fblock(block);
        self.push_fblock(FBlockKind::HandlerBody { name: None });
        let cleanup = self.push_handler();
        self.fblocks.pop();
        self.fblocks.pop();
        self.emit(Opcode::WithExceptStart, a);
        if is_async {
            self.emit(Opcode::GetAwaitable, 2);
            self.delegate_to_top();
            self.emit(Opcode::ToBool, 0);
        }
        let suppress = self.emit(Opcode::PopJumpIfTrue, 0);
        self.emit(Opcode::Reraise, 0);
        self.handler_stack.pop();
        let here = self.here();
        self.patch(suppress, here);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::PopTop, 0);
        let jend2 = self.emit(Opcode::JumpForward, 0);
        self.emit_cleanup_handler(cleanup);
        let end = self.here();
        self.patch(jend, end);
        self.patch(jend2, end);
        Ok(())
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> CResult<()> {
        let arg = bin_op(op) as u32 | INPLACE_FLAG;
        // The target's reads and writes are at the target, the operation
        // at the statement (as CPython's positions are).
        let statement = self.loc;
        let at_target = Loc::expr(target);
        self.loc = at_target;
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.loc = statement;
                self.emit(Opcode::BinaryOp, arg);
                self.loc = at_target;
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Opcode::Copy, 1);
                let i = self.name(attr);
                self.emit(Opcode::LoadAttr, i);
                self.expr(value)?;
                self.loc = statement;
                self.emit(Opcode::BinaryOp, arg);
                self.loc = at_target;
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreAttr, i);
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.subscript_index(index)?;
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::BinarySubscr, 0);
                self.expr(value)?;
                self.loc = statement;
                self.emit(Opcode::BinaryOp, arg);
                self.loc = at_target;
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreSubscr, 0);
            }
            _ => return Err(syntax("'expression' is an illegal expression for augmented assignment", target.pos)),
        }
        self.loc = statement;
        Ok(())
    }

    fn store_target(&mut self, t: &Expr) -> CResult<()> {
        let saved = self.loc;
        self.loc = Loc::expr(t);
        self.store_target_at(t)?;
        self.loc = saved;
        Ok(())
    }

    /// `store_target` with the target's position current.
    fn store_target_at(&mut self, t: &Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.loc = Loc::expr(t);
                let i = self.name(attr);
                self.emit(Opcode::StoreAttr, i);
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.subscript_index(index)?;
                self.loc = Loc::expr(t);
                self.emit(Opcode::StoreSubscr, 0);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let stars: Vec<usize> = items
                    .iter()
                    .enumerate()
                    .filter(|(_, i)| matches!(i.kind, ExprKind::Starred(_)))
                    .map(|(k, _)| k)
                    .collect();
                match stars.as_slice() {
                    [] => {
                        self.emit(Opcode::UnpackSequence, items.len() as u32);
                    }
                    [k] => {
                        let before = *k as u32;
                        let after = (items.len() - k - 1) as u32;
                        if before > 255 || after > 255 {
                            return Err(syntax("too many expressions in star-unpacking assignment", t.pos));
                        }
                        self.emit(Opcode::UnpackEx, before | (after << 8));
                    }
                    _ => return Err(syntax("multiple starred expressions in assignment", t.pos)),
                }
                let saved = self.in_starred_target;
                self.in_starred_target = true;
                for it in items {
                    self.store_target(it)?;
                }
                self.in_starred_target = saved;
            }
            ExprKind::Starred(inner) if self.in_starred_target => self.store_target(inner)?,
            ExprKind::Starred(_) => return Err(syntax("starred assignment target must be in a list or tuple", t.pos)),
            _ => return Err(syntax("cannot assign to expression", t.pos)),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &Expr) -> CResult<()> {
        let saved = self.loc;
        self.loc = Loc::expr(t);
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.loc = Loc::expr(t);
                let i = self.name(attr);
                self.emit(Opcode::DeleteAttr, i);
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.subscript_index(index)?;
                self.loc = Loc::expr(t);
                self.emit(Opcode::DeleteSubscr, 0);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for it in items {
                    self.delete_target(it)?;
                }
            }
            _ => return Err(syntax("cannot delete expression", t.pos)),
        }
        self.loc = saved;
        Ok(())
    }

    /// Compiles `test` and conditional jumps taken when its truth equals
    /// `when` (falling through otherwise); returns the jumps to patch to
    /// the target. As CPython does, `not` flips `when` and `and`/`or` become
    /// a jump per operand (no `JUMP_IF_*_OR_POP`), so every value's truth is
    /// computed once, and every jump sees a bool (`bool_expr`).
    fn jump_if(&mut self, test: &Expr, when: bool) -> CResult<Vec<usize>> {
        match &test.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => self.jump_if(operand, !when),
            // A constant test that never jumps (`while True:`, `while 1:`)
            // compiles to nothing, as in CPython.
            ExprKind::Bool(b) if *b != when => Ok(Vec::new()),
            ExprKind::Int(IntLit::Small(i)) if (*i != 0) != when => Ok(Vec::new()),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                // An operand equal to `decides` settles the whole test:
                // `or` on a true one, `and` on a false one.
                let decides = *op == BoolOp::Or;
                let Some((last, rest)) = values.split_last() else { return Ok(Vec::new()) };
                let mut to_target = Vec::new();
                let mut past_test = Vec::new();
                for v in rest {
                    let jumps = self.jump_if(v, decides)?;
                    if decides == when {
                        to_target.extend(jumps);
                    } else {
                        past_test.extend(jumps);
                    }
                }
                to_target.extend(self.jump_if(last, when)?);
                let here = self.here();
                self.patch_all(&past_test, here);
                Ok(to_target)
            }
            _ => {
                self.bool_expr(test)?;
                self.loc = Loc::expr(test);
                let op = if when { Opcode::PopJumpIfTrue } else { Opcode::PopJumpIfFalse };
                Ok(vec![self.emit(op, 0)])
            }
        }
    }

    /// Compiles `e` for a conditional jump: what it leaves is a bool with
    /// the truth of `e`'s value (`jump_if` has taken `not`, `and`, `or`
    /// apart). Comparisons coerce their results themselves
    /// ([`COMPARE_BOOL_FLAG`]); `is`, `in` and bool constants give bools;
    /// anything else gets a `TO_BOOL`.
    fn bool_expr(&mut self, e: &Expr) -> CResult<()> {
        let saved = self.loc;
        self.loc = Loc::expr(e);
        match &e.kind {
            ExprKind::Compare { left, ops, comparators } => self.compare(left, ops, comparators, true)?,
            ExprKind::Bool(_) => self.expr_inner(e)?,
            _ => {
                self.expr_inner(e)?;
                self.loc = Loc::expr(e);
                self.emit(Opcode::ToBool, 0);
            }
        }
        self.loc = saved;
        Ok(())
    }

    // ----- expressions -----

    fn expr(&mut self, e: &Expr) -> CResult<()> {
        let saved = self.loc;
        self.loc = Loc::expr(e);
        self.expr_inner(e)?;
        self.loc = saved;
        Ok(())
    }

    fn int_const(lit: &IntLit, negate: bool, pos: Pos) -> CResult<Const> {
        let big: BigInt = match lit {
            IntLit::Small(i) => {
                if !negate {
                    return Ok(Const::Int(*i));
                }
                if let Some(n) = i.checked_neg() {
                    return Ok(Const::Int(n));
                }
                #[cfg(not(feature = "big-int"))]
                return Err(syntax(crate::runtime::bigint::NO_BIG_INT, pos));
                #[cfg(feature = "big-int")]
                BigInt::from(*i)
            }
            #[cfg(not(feature = "big-int"))]
            IntLit::Big { digits, radix } => {
                // Only -2**63 fits of the literals beyond i64's positive range.
                let text =
                    if negate { alloc::format!("-{digits}") } else { alloc::string::String::from(digits.as_str()) };
                return match crate::runtime::int_ops::parse_int(&text, *radix) {
                    Some(Ok(crate::runtime::int_ops::PyInt::Small(i))) => Ok(Const::Int(i)),
                    Some(_) => Err(syntax(crate::runtime::bigint::NO_BIG_INT, pos)),
                    None => Err(syntax("invalid integer literal", pos)),
                };
            }
            #[cfg(feature = "big-int")]
            IntLit::Big { digits, radix } => match BigInt::parse_bytes(digits.as_bytes(), *radix) {
                Some(b) => b,
                None => return Err(syntax("invalid integer literal", pos)),
            },
        };
        let big = if negate { -big } else { big };
        Ok(match big.to_i64() {
            Some(i) => Const::Int(i),
            None => Const::BigInt(big),
        })
    }

    fn constant_of(e: &Expr) -> Option<Const> {
        match &e.kind {
            ExprKind::Int(l) => Self::int_const(l, false, e.pos).ok(),
            ExprKind::Float(f) => Some(Const::Float(*f)),
            ExprKind::Imaginary(f) => Some(Const::Complex { re: 0.0, im: *f }),
            ExprKind::Bytes(b) => Some(Const::Bytes(b.clone())),
            ExprKind::Str(s) => Some(Const::Str(s.as_str().into())),
            ExprKind::Bool(b) => Some(Const::Bool(*b)),
            ExprKind::None => Some(Const::None),
            ExprKind::Ellipsis => Some(Const::Ellipsis),
            ExprKind::UnaryOp { op: UnaryOp::Neg, operand } => match &operand.kind {
                ExprKind::Int(l) => Self::int_const(l, true, e.pos).ok(),
                ExprKind::Float(f) => Some(Const::Float(-*f)),
                ExprKind::Imaginary(f) => Some(Const::Complex { re: -0.0, im: -*f }),
                _ => None,
            },
            ExprKind::Tuple(items) => {
                let cs: Option<Vec<Const>> = items.iter().map(Self::constant_of).collect();
                cs.map(Const::Tuple)
            }
            _ => None,
        }
    }

    /// An f-string, CPython 3.11 style: each piece is pushed as a str
    /// (literals as constants, fields through `FORMAT_VALUE`), then one
    /// `BUILD_STRING` joins them (none when there is a single piece).
    fn fstring(&mut self, parts: &[FStringPart]) -> CResult<()> {
        let mut count: u32 = 0;
        let mut literal = String::new();
        let flush = |this: &mut Self, literal: &mut String, count: &mut u32| {
            if !literal.is_empty() {
                this.load_const(Const::Str(core::mem::take(literal).as_str().into()));
                *count += 1;
            }
        };
        for p in parts {
            match p {
                FStringPart::Literal(s) => literal.push_str(s),
                FStringPart::Field { value, conversion, format_spec, debug_text } => {
                    if let Some(t) = debug_text {
                        literal.push_str(t);
                    }
                    flush(self, &mut literal, &mut count);
                    self.expr(value)?;
                    let mut arg = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    if let Some(spec) = format_spec {
                        if !spec.is_empty() {
                            self.fstring(spec)?;
                            arg |= 4;
                        }
                    }
                    self.emit(Opcode::FormatValue, arg);
                    count += 1;
                }
            }
        }
        flush(self, &mut literal, &mut count);
        match count {
            0 => self.load_const(Const::Str("".into())),
            1 => {}
            n => {
                self.emit(Opcode::BuildString, n);
            }
        }
        Ok(())
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult<()> {
        if let Some(c) = Self::constant_of(e) {
            self.load_const(c);
            return Ok(());
        }
        match &e.kind {
            // `constant_of` refused the literal: `int_const`'s error.
            ExprKind::Int(l) => self.load_const(Self::int_const(l, false, e.pos)?),
            ExprKind::Float(_) | ExprKind::Imaginary(_) | ExprKind::Str(_) | ExprKind::Bool(_) => {}
            ExprKind::None | ExprKind::Bytes(_) => {}
            ExprKind::Ellipsis => {}
            ExprKind::JoinedStr(parts) => self.fstring(parts)?,
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::List(items) if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) => {
                self.starred_sequence(items, false)?;
            }
            ExprKind::Tuple(items) if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) => {
                self.starred_sequence(items, false)?;
                self.emit(Opcode::ListToTuple, 0);
            }
            ExprKind::Set(items) if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) => {
                self.emit(Opcode::BuildSet, 0);
                for it in items {
                    match &it.kind {
                        ExprKind::Starred(inner) => {
                            self.expr(inner)?;
                            self.emit(Opcode::SetUpdate, 1);
                        }
                        _ => {
                            self.expr(it)?;
                            self.emit(Opcode::SetAdd, 1);
                        }
                    }
                }
            }
            ExprKind::List(items) => {
                for it in items {
                    self.expr(it)?;
                }
                self.emit(Opcode::BuildList, items.len() as u32);
            }
            ExprKind::Tuple(items) => {
                for it in items {
                    self.expr(it)?;
                }
                self.emit(Opcode::BuildTuple, items.len() as u32);
            }
            ExprKind::Set(items) if items.len() > 2 && items.iter().all(|i| Self::constant_of(i).is_some()) => {
                // CPython folds an all-constant display of 3+ items into a
                // frozenset constant merged into an empty set (which decides
                // the table layout, hence the iteration order).
                let consts = items.iter().filter_map(Self::constant_of).collect();
                self.emit(Opcode::BuildSet, 0);
                self.load_const(Const::FrozenSet(consts));
                self.emit(Opcode::SetUpdate, 1);
            }
            ExprKind::Set(items) => {
                for it in items {
                    self.expr(it)?;
                }
                self.emit(Opcode::BuildSet, items.len() as u32);
            }
            ExprKind::Dict(pairs) if pairs.iter().any(|(k, _)| k.is_none()) => {
                self.emit(Opcode::BuildMap, 0);
                for (k, v) in pairs {
                    match k {
                        Some(k) => {
                            self.expr(k)?;
                            self.expr(v)?;
                            self.emit(Opcode::MapAdd, 1);
                        }
                        None => {
                            self.expr(v)?;
                            self.emit(Opcode::DictUpdate, 1);
                        }
                    }
                }
            }
            ExprKind::Dict(pairs) => {
                for (k, v) in pairs {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
                self.emit(Opcode::BuildMap, pairs.len() as u32);
            }
            ExprKind::BinOp { op, left, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Opcode::BinaryOp, bin_op(*op) as u32);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                let o = match op {
                    UnaryOp::Not => Opcode::UnaryNot,
                    UnaryOp::Neg => Opcode::UnaryNegative,
                    UnaryOp::Pos => Opcode::UnaryPositive,
                    UnaryOp::Invert => Opcode::UnaryInvert,
                };
                self.emit(o, 0);
            }
            ExprKind::BoolOp { op, values } => {
                let jop = match op {
                    BoolOp::And => Opcode::JumpIfFalseOrPop,
                    BoolOp::Or => Opcode::JumpIfTrueOrPop,
                };
                let mut patches = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        patches.push(self.emit(jop, 0));
                    }
                }
                let end = self.here();
                for p in patches {
                    self.patch(p, end);
                }
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(left, ops, comparators, false)?,
            ExprKind::IfExp { test, body, orelse } => {
                let jf = self.jump_if(test, false)?;
                self.expr(body)?;
                let jend = self.emit(Opcode::JumpForward, 0);
                let els = self.here();
                self.patch_all(&jf, els);
                self.expr(orelse)?;
                let end = self.here();
                self.patch(jend, end);
            }
            ExprKind::Call { func, args, keywords } => self.call(e, func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name(attr);
                self.loc = Loc::expr(e);
                self.emit(Opcode::LoadAttr, i);
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.subscript_index(index)?;
                self.loc = Loc::expr(e);
                self.emit(Opcode::BinarySubscr, 0);
            }
            ExprKind::Slice { .. } => self.subscript_index(e)?,
            ExprKind::Starred(_) => return Err(syntax("can't use starred expression here", e.pos)),
            ExprKind::ListComp { elt, generators }
                if matches!(self.kind, CodeKind::Class)
                    || comprehension_is_async(generators, &[elt])
                    || Self::comprehension_needs_function(
                        generators,
                        &Stmt { kind: StmtKind::Expr((**elt).clone()), pos: e.pos, end: e.end },
                    ) =>
            {
                self.comprehension_as_function(
                    e,
                    "<listcomp>",
                    ExprKind::List(Vec::new()),
                    "append",
                    vec![(**elt).clone()],
                    generators,
                )?;
            }
            ExprKind::SetComp { elt, generators }
                if matches!(self.kind, CodeKind::Class)
                    || comprehension_is_async(generators, &[elt])
                    || Self::comprehension_needs_function(
                        generators,
                        &Stmt { kind: StmtKind::Expr((**elt).clone()), pos: e.pos, end: e.end },
                    ) =>
            {
                self.comprehension_as_function(
                    e,
                    "<setcomp>",
                    ExprKind::Set(Vec::new()),
                    "add",
                    vec![(**elt).clone()],
                    generators,
                )?;
            }
            ExprKind::DictComp { key, value, generators }
                if matches!(self.kind, CodeKind::Class)
                    || comprehension_is_async(generators, &[key, value])
                    || Self::comprehension_needs_function(
                        generators,
                        &Stmt {
                            kind: StmtKind::Expr(Expr {
                                kind: ExprKind::Tuple(vec![(**key).clone(), (**value).clone()]),
                                pos: e.pos,
                                end: e.end,
                            }),
                            pos: e.pos,
                            end: e.end,
                        },
                    ) =>
            {
                self.comprehension_as_function(
                    e,
                    "<dictcomp>",
                    ExprKind::Dict(Vec::new()),
                    // `.r.update(((key, value),))`: the key is evaluated first
                    // (dicts have no `__setitem__` attribute yet).
                    "update",
                    vec![Expr {
                        kind: ExprKind::Tuple(vec![Expr {
                            kind: ExprKind::Tuple(vec![(**key).clone(), (**value).clone()]),
                            pos: e.pos,
                            end: e.end,
                        }]),
                        pos: e.pos,
                        end: e.end,
                    }],
                    generators,
                )?;
            }
            ExprKind::ListComp { elt, generators } => {
                self.inline_comprehension(e, ComprehensionKind::List, generators, &mut |u, depth| {
                    u.expr(elt)?;
                    u.emit(Opcode::ListAppend, depth);
                    Ok(())
                })?;
            }
            ExprKind::DictComp { key, value, generators } => {
                self.inline_comprehension(e, ComprehensionKind::Dict, generators, &mut |u, depth| {
                    u.expr(key)?;
                    u.expr(value)?;
                    u.emit(Opcode::MapAdd, depth);
                    Ok(())
                })?;
            }
            ExprKind::SetComp { elt, generators } => {
                self.inline_comprehension(e, ComprehensionKind::Set, generators, &mut |u, depth| {
                    u.expr(elt)?;
                    u.emit(Opcode::SetAdd, depth);
                    Ok(())
                })?;
            }
            ExprKind::GeneratorExp { elt, generators } => self.generator_expression(e, elt, generators)?,
            ExprKind::Lambda { args, body } => {
                let ret = Stmt { kind: StmtKind::Return(Some((**body).clone())), pos: body.pos, end: body.end };
                self.make_function("<lambda>", args, core::slice::from_ref(&ret), e.pos, e.pos.line, false)?;
            }
            ExprKind::Yield(v) => {
                if self.kind != CodeKind::Function {
                    return Err(syntax("'yield' outside function", e.pos));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.loc = Loc::expr(e);
                self.emit(Opcode::YieldValue, 0);
            }
            ExprKind::YieldFrom(v) => {
                if self.kind != CodeKind::Function {
                    return Err(syntax("'yield' outside function", e.pos));
                }
                if self.is_async {
                    return Err(syntax("'yield from' inside async function", e.pos));
                }
                self.expr(v)?;
                self.loc = Loc::expr(e);
                self.emit(Opcode::GetYieldFromIter, 0);
                self.delegate_to_top();
            }
            ExprKind::Await(_) if !cfg!(feature = "coroutines") => return Err(unsupported("'await'", e.pos)),
            ExprKind::Await(v) => {
                self.check_await(e.pos, "'await'")?;
                self.expr(v)?;
                self.loc = Loc::expr(e);
                self.emit(Opcode::GetAwaitable, 0);
                self.delegate_to_top();
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Opcode::Copy, 1);
                self.store_target(target)?;
            }
        }
        Ok(())
    }

    /// Refuses an `await`-like construct outside an `async def`.
    fn check_await(&self, pos: Pos, what: &str) -> CResult<()> {
        if self.is_async {
            return Ok(());
        }
        if self.kind != CodeKind::Function && what == "'await'" {
            return Err(syntax("'await' outside function", pos));
        }
        if self.kind == CodeKind::Function && self.name.starts_with('<') && &*self.name != "<lambda>" {
            return Err(unsupported(&format!("{what} inside a comprehension"), pos));
        }
        Err(syntax(&format!("{what} outside async function"), pos))
    }

    /// The `yield from` loop over the iterator or awaitable on top of the
    /// stack (after GET_YIELD_FROM_ITER or GET_AWAITABLE); leaves the result.
    fn delegate_to_top(&mut self) {
        self.load_const(Const::None);
        let send = self.emit(Opcode::Send, 0);
        // (Operand 1: a `yield from`'s yield, see `GenState::Delegating`;
        // chains of awaits resume at once too.)
        self.emit(Opcode::YieldValue, 1);
        self.emit(Opcode::JumpBackward, send as u32);
        let exit = self.here();
        self.patch(send, exit);
    }

    fn subscript_index(&mut self, index: &Expr) -> CResult<()> {
        if let ExprKind::Slice { lower, upper, step } = &index.kind {
            for part in [lower, upper] {
                match part {
                    Some(p) => self.expr(p)?,
                    None => self.load_const(Const::None),
                }
            }
            match step {
                Some(s) => {
                    self.expr(s)?;
                    self.emit(Opcode::BuildSlice, 3);
                }
                None => {
                    self.emit(Opcode::BuildSlice, 2);
                }
            }
            return Ok(());
        }
        self.expr(index)
    }

    /// The iterable of a `for` or comprehension. As CPython's AST optimizer
    /// does, an all-constant set display there becomes a frozenset constant
    /// (iterated in that frozenset's order).
    fn iter_expr(&mut self, e: &Expr) -> CResult<()> {
        if let ExprKind::Set(items) = &e.kind {
            let consts: Option<Vec<Const>> = items.iter().map(Self::constant_of).collect();
            if let Some(consts) = consts {
                self.load_const(Const::FrozenSet(consts));
                return Ok(());
            }
        }
        self.expr(e)
    }

    /// A comparison (chained ones short-circuit). With `as_bool` every
    /// `COMPARE_OP` carries [`COMPARE_BOOL_FLAG`], so the result is a bool.
    fn compare(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr], as_bool: bool) -> CResult<()> {
        self.expr(left)?;
        let mut cleanup = Vec::new();
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.expr(right)?;
            let last = i + 1 == ops.len();
            if !last {
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::Copy, 2);
            }
            self.emit_cmp(*op, as_bool);
            if !last {
                cleanup.push(self.emit(Opcode::JumpIfFalseOrPop, 0));
            }
        }
        if !cleanup.is_empty() {
            let jend = self.emit(Opcode::JumpForward, 0);
            let c = self.here();
            for p in cleanup {
                self.patch(p, c);
            }
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::PopTop, 0);
            let end = self.here();
            self.patch(jend, end);
        }
        Ok(())
    }

    fn emit_cmp(&mut self, op: CmpOp, as_bool: bool) {
        let flag = if as_bool { COMPARE_BOOL_FLAG } else { 0 };
        match op {
            CmpOp::Eq => self.emit(Opcode::CompareOp, CompareOp::Eq as u32 | flag),
            CmpOp::NotEq => self.emit(Opcode::CompareOp, CompareOp::Ne as u32 | flag),
            CmpOp::Lt => self.emit(Opcode::CompareOp, CompareOp::Lt as u32 | flag),
            CmpOp::LtE => self.emit(Opcode::CompareOp, CompareOp::Le as u32 | flag),
            CmpOp::Gt => self.emit(Opcode::CompareOp, CompareOp::Gt as u32 | flag),
            CmpOp::GtE => self.emit(Opcode::CompareOp, CompareOp::Ge as u32 | flag),
            CmpOp::Is => self.emit(Opcode::IsOp, 0),
            CmpOp::IsNot => self.emit(Opcode::IsOp, 1),
            CmpOp::In => self.emit(Opcode::ContainsOp, 0),
            CmpOp::NotIn => self.emit(Opcode::ContainsOp, 1),
        };
    }

    fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> CResult<()> {
        let needs_ex =
            args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) || keywords.iter().any(|k| k.name.is_none());
        if needs_ex {
            self.expr(func)?;
            self.emit(Opcode::PushNull, 0);
            self.starred_sequence(args, true)?;
            let has_kw = !keywords.is_empty();
            if has_kw {
                self.emit(Opcode::BuildMap, 0);
                for k in keywords {
                    match &k.name {
                        Some(n) => {
                            self.load_const(Const::Str(n.as_str().into()));
                            self.expr(&k.value)?;
                            self.emit(Opcode::BuildMap, 1);
                        }
                        None => self.expr(&k.value)?,
                    }
                    self.emit(Opcode::DictMerge, 1);
                }
            }
            self.loc = Loc::expr(e);
            self.emit(Opcode::CallFunctionEx, has_kw as u32);
            return Ok(());
        }
        match &func.kind {
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name(attr);
                self.loc = Loc::expr(func);
                self.emit(Opcode::LoadMethod, i);
            }
            _ => {
                self.expr(func)?;
                self.emit(Opcode::PushNull, 0);
            }
        }
        for a in args {
            self.expr(a)?;
        }
        for k in keywords {
            self.expr(&k.value)?;
        }
        self.loc = Loc::expr(e);
        if !keywords.is_empty() {
            let names: Vec<Const> =
                keywords.iter().map(|k| Const::Str(k.name.as_deref().unwrap_or("").into())).collect();
            let i = self.add_const(Const::Tuple(names))?;
            self.emit(Opcode::KwNames, i);
        }
        self.emit(Opcode::Call, (args.len() + keywords.len()) as u32);
        Ok(())
    }

    /// `(elt for ...)`: a nested generator function taking the first
    /// iterable's iterator as its one argument, called at once.
    fn generator_expression(&mut self, e: &Expr, elt: &Expr, generators: &[Comprehension]) -> CResult<()> {
        let yield_stmt = Stmt {
            kind: StmtKind::Expr(Expr {
                kind: ExprKind::Yield(Some(Box::new(elt.clone()))),
                pos: elt.pos,
                end: elt.end,
            }),
            pos: elt.pos,
            end: elt.end,
        };
        self.call_comprehension_function(e, "<genexpr>", generators, Vec::new(), yield_stmt, None)
    }

    /// True if a nested scope (a lambda, a generator expression) captures a
    /// comprehension's loop variable: then the comprehension needs its own
    /// function scope, as in CPython 3.11, instead of being inlined.
    fn comprehension_needs_function(generators: &[Comprehension], inner: &Stmt) -> bool {
        let body = nest_comprehension(generators, inner.clone());
        let scope = Scope::of_body(&body);
        let mut targets = Vec::new();
        for g in generators {
            collect_target_names(&g.target, &mut targets);
        }
        targets.iter().any(|t| scope.child_free.contains(t))
    }

    /// Compiles a comprehension as a nested function taking the first
    /// iterable's iterator (`.0`) and calls it: `prologue`, then the loops
    /// around `inner`, then `return result` (when given).
    fn call_comprehension_function(
        &mut self,
        e: &Expr,
        name: &str,
        generators: &[Comprehension],
        prologue: Vec<Stmt>,
        inner: Stmt,
        result: Option<Expr>,
    ) -> CResult<()> {
        let Some(first) = generators.first() else { return Err(syntax("invalid comprehension", e.pos)) };
        let is_genexpr = result.is_none();
        let is_async = match &inner.kind {
            StmtKind::Expr(x) if is_genexpr => comprehension_is_async(generators, &[x]),
            StmtKind::Expr(x) => self.check_async_comprehension(generators, &[x], e.pos)?,
            _ => false,
        };
        if is_async && !cfg!(feature = "coroutines") {
            return Err(unsupported("async comprehensions", e.pos));
        }
        let mut inner_gens = generators.to_vec();
        if let Some(g) = inner_gens.first_mut() {
            g.iter = Expr { kind: ExprKind::Name(String::from(".0")), pos: first.iter.pos, end: first.iter.end };
        }
        let mut body = prologue;
        body.extend(nest_comprehension(&inner_gens, inner));
        // PEP 572: an assignment expression in a comprehension binds in the
        // enclosing function (or module), not in the comprehension's scope.
        let mut walrus = Vec::new();
        body.iter().for_each(|s| walrus_targets_stmt(s, &mut walrus));
        if !walrus.is_empty() {
            let decl = match self.kind {
                CodeKind::Class => {
                    let msg = "assignment expression within a comprehension cannot be used in a class body";
                    return Err(syntax(msg, e.pos));
                }
                CodeKind::Function if !walrus.iter().all(|n| self.globals.contains(n)) => StmtKind::Nonlocal(walrus),
                _ => StmtKind::Global(walrus),
            };
            body.insert(0, Stmt { kind: decl, pos: e.pos, end: e.end });
        }
        if let Some(r) = result {
            body.push(Stmt { kind: StmtKind::Return(Some(r)), pos: e.pos, end: e.end });
        }
        let args = Arguments {
            args: vec![Param { name: String::from(".0"), annotation: None, pos: e.pos }],
            ..Arguments::default()
        };
        self.expr(&first.iter)?;
        self.emit(if first.is_async { Opcode::GetAIter } else { Opcode::GetIter }, 0);
        let qual = self.child_qualname(name);
        let code = self.function_code(name, &qual, &args, &body, e.pos, is_async)?;
        let flags = self.emit_closure(&code);
        self.load_const(Const::Code(Rc::new(code)));
        self.emit(Opcode::MakeFunction, flags);
        // Stack: iterator, function -> function, NULL, iterator.
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PushNull, 0);
        self.emit(Opcode::Swap, 2);
        self.loc = Loc::expr(e);
        self.emit(Opcode::Call, 1);
        if is_async && !is_genexpr {
            // An async list/set/dict comprehension's function is a coroutine.
            self.emit(Opcode::GetAwaitable, 0);
            self.delegate_to_top();
        }
        Ok(())
    }

    /// Refuses an async comprehension (one with `async for`, or `await`
    /// past its first iterable) outside an `async def` (or an async
    /// comprehension); returns whether it is one.
    fn check_async_comprehension(&self, gens: &[Comprehension], elts: &[&Expr], pos: Pos) -> CResult<bool> {
        if !comprehension_is_async(gens, elts) {
            return Ok(false);
        }
        if !cfg!(feature = "coroutines") {
            return Err(unsupported("async comprehensions", pos));
        }
        if !self.is_async {
            return Err(syntax("asynchronous comprehension outside of an asynchronous function", pos));
        }
        Ok(true)
    }

    /// A list/set/dict comprehension whose loop variables are captured:
    /// compiled as a function building `.r` through its methods.
    fn comprehension_as_function(
        &mut self,
        e: &Expr,
        name: &str,
        empty: ExprKind,
        method: &str,
        args: Vec<Expr>,
        generators: &[Comprehension],
    ) -> CResult<()> {
        let at = |kind: ExprKind| Expr { kind, pos: e.pos, end: e.end };
        let result = at(ExprKind::Name(String::from(".r")));
        let prologue = vec![Stmt {
            kind: StmtKind::Assign { targets: vec![result.clone()], value: at(empty) },
            pos: e.pos,
            end: e.end,
        }];
        let call = at(ExprKind::Call {
            func: Box::new(at(ExprKind::Attribute { value: Box::new(result.clone()), attr: String::from(method) })),
            args,
            keywords: Vec::new(),
        });
        let inner = Stmt { kind: StmtKind::Expr(call), pos: e.pos, end: e.end };
        self.call_comprehension_function(e, name, generators, prologue, inner, Some(result))
    }

    /// Builds a list from items that may include `*iterable` (on the stack).
    fn starred_sequence(&mut self, items: &[Expr], for_call: bool) -> CResult<()> {
        self.emit(Opcode::BuildList, 0);
        for it in items {
            match &it.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Opcode::ListExtend, 1 | if for_call { CALL_CONTEXT } else { 0 });
                }
                _ => {
                    self.expr(it)?;
                    self.emit(Opcode::ListAppend, 1);
                }
            }
        }
        Ok(())
    }

    /// Compiles a list, set or dict comprehension inline: its `BUILD_*`
    /// (with the whole comprehension's position), then its loops, noted
    /// in the code's table of inlined comprehensions so a traceback shows
    /// the frame CPython 3.11 runs them in.
    fn inline_comprehension(
        &mut self,
        e: &Expr,
        kind: ComprehensionKind,
        gens: &[Comprehension],
        body: &mut dyn FnMut(&mut Unit, u32) -> CResult<()>,
    ) -> CResult<()> {
        self.loc = Loc::expr(e);
        let build = match kind {
            ComprehensionKind::List => Opcode::BuildList,
            ComprehensionKind::Set => Opcode::BuildSet,
            ComprehensionKind::Dict => Opcode::BuildMap,
        };
        let anchor = self.emit(build, 0) as u32;
        let index = self.comprehensions.len();
        self.comprehensions.push(InlinedComprehension { kind, anchor, start: 0, end: 0 });
        let (start, end) = self.comprehension(gens, 0, body)?;
        if let Some(c) = self.comprehensions.get_mut(index) {
            (c.start, c.end) = (start as u32, end as u32);
        }
        Ok(())
    }

    /// Compiles the loops of an inline comprehension; `body` emits the
    /// element with the accumulator `depth` places below the top. Returns
    /// where the loop at `level` starts (its `FOR_ITER`) and ends.
    fn comprehension(
        &mut self,
        gens: &[Comprehension],
        level: usize,
        body: &mut dyn FnMut(&mut Unit, u32) -> CResult<()>,
    ) -> CResult<(usize, usize)> {
        let Some(g) = gens.get(level) else {
            body(self, level as u32 + 1)?;
            return Ok((self.here(), self.here()));
        };
        if g.is_async {
            // (Async comprehensions are compiled as functions, as in CPython 3.11.)
            return Err(unsupported("an inline async comprehension", g.iter.pos));
        }
        self.iter_expr(&g.iter)?;
        self.emit(Opcode::GetIter, 0);
        let start = self.emit(Opcode::ForIter, 0);
        let hidden_before = self.hidden.len();
        let mut names = Vec::new();
        collect_target_names(&g.target, &mut names);
        for n in names {
            let slot = self.new_hidden(&n);
            self.hidden.push((n, slot));
        }
        self.store_target(&g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            skips.extend(self.jump_if(cond, false)?);
        }
        self.comprehension(gens, level + 1, body)?;
        // A filtered-out item goes to the back edge, not straight to
        // FOR_ITER: only JUMP_BACKWARD goes backwards (it is the loop's
        // safepoint, which meters fuel; the verifier insists).
        let back = self.here();
        for s in skips {
            self.patch(s, back);
        }
        self.emit(Opcode::JumpBackward, start as u32);
        let end = self.here();
        self.patch(start, end);
        self.hidden.truncate(hidden_before);
        Ok((start, end))
    }
}

/// True if a comprehension is asynchronous (CPython's rule): an `async
/// for` clause, or an `await` or async list/set/dict comprehension in its
/// elements, conditions or iterables past the first (nested generator
/// expressions and lambdas are scopes of their own).
fn comprehension_is_async(gens: &[Comprehension], elts: &[&Expr]) -> bool {
    gens.iter().any(|g| g.is_async)
        || elts.iter().any(|e| contains_async(e))
        || gens.iter().any(|g| g.ifs.iter().any(contains_async))
        || gens.iter().skip(1).any(|g| contains_async(&g.iter))
}

/// True if `e` is an async list/set/dict comprehension (compiled as a
/// coroutine function; the symbol table must see it as a scope).
pub(crate) fn comprehension_expr_is_async(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
            comprehension_is_async(generators, &[elt])
        }
        ExprKind::DictComp { key, value, generators } => comprehension_is_async(generators, &[key, value]),
        _ => false,
    }
}

/// True if evaluating `e` in its scope awaits (see [`comprehension_is_async`]).
fn contains_async(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Await(_) => true,
        ExprKind::Lambda { .. } => false,
        ExprKind::GeneratorExp { generators, .. } => generators.first().is_some_and(|g| contains_async(&g.iter)),
        ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
            comprehension_is_async(generators, &[elt]) || generators.first().is_some_and(|g| contains_async(&g.iter))
        }
        ExprKind::DictComp { key, value, generators } => {
            comprehension_is_async(generators, &[key, value])
                || generators.first().is_some_and(|g| contains_async(&g.iter))
        }
        _ => {
            let mut found = false;
            super::symtable::for_each_child(e, &mut |c| found = found || contains_async(c));
            found
        }
    }
}

/// The text CPython's `ast.unparse` gives an annotation, for the common
/// forms (names, attributes, subscripts, tuples, lists, strings, `None`,
/// `X | Y`); `None` for the rest.
fn unparse_annotation(e: &Expr) -> Option<String> {
    Some(match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::None => String::from("None"),
        ExprKind::Ellipsis => String::from("..."),
        ExprKind::Bool(b) => String::from(if *b { "True" } else { "False" }),
        ExprKind::Attribute { value, attr } => format!("{}.{attr}", unparse_annotation(value)?),
        ExprKind::Subscript { value, index } => {
            let inner = match &index.kind {
                ExprKind::Tuple(items) if !items.is_empty() => {
                    items.iter().map(unparse_annotation).collect::<Option<Vec<_>>>()?.join(", ")
                }
                _ => unparse_annotation(index)?,
            };
            format!("{}[{inner}]", unparse_annotation(value)?)
        }
        ExprKind::Tuple(items) => {
            let parts = items.iter().map(unparse_annotation).collect::<Option<Vec<_>>>()?;
            if let [one] = parts.as_slice() {
                format!("({one},)")
            } else {
                format!("({})", parts.join(", "))
            }
        }
        ExprKind::List(items) => {
            format!("[{}]", items.iter().map(unparse_annotation).collect::<Option<Vec<_>>>()?.join(", "))
        }
        ExprKind::Str(text) => {
            let mut out = String::new();
            crate::runtime::str_repr::str_repr(text, &mut out);
            out
        }
        ExprKind::BinOp { left, op: BinOp::BitOr, right } => {
            format!("{} | {}", unparse_annotation(left)?, unparse_annotation(right)?)
        }
        _ => return None,
    })
}

/// The docstring of a body: its first statement, if a plain string literal.
fn docstring(body: &[Stmt]) -> Option<Box<str>> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr { kind: ExprKind::Str(s), .. })) => Some(s.as_str().into()),
        _ => None,
    }
}

/// Turns comprehension clauses around `inner` into nested `for`/`if` statements.
fn nest_comprehension(gens: &[Comprehension], inner: Stmt) -> Vec<Stmt> {
    let Some((g, rest)) = gens.split_first() else { return vec![inner] };
    let mut body = nest_comprehension(rest, inner);
    for cond in g.ifs.iter().rev() {
        body = vec![Stmt {
            kind: StmtKind::If { test: cond.clone(), body, orelse: Vec::new() },
            pos: cond.pos,
            end: cond.end,
        }];
    }
    vec![Stmt {
        kind: StmtKind::For {
            target: g.target.clone(),
            iter: g.iter.clone(),
            body,
            orelse: Vec::new(),
            is_async: g.is_async,
        },
        pos: g.iter.pos,
        end: g.iter.end,
    }]
}

/// The names bound by assignment expressions in comprehension statements
/// built by [`nest_comprehension`] (nested comprehensions included, lambdas not).
fn walrus_targets_stmt(s: &Stmt, out: &mut Vec<String>) {
    match &s.kind {
        StmtKind::For { iter, body, .. } => {
            walrus_targets(iter, out);
            body.iter().for_each(|s| walrus_targets_stmt(s, out));
        }
        StmtKind::If { test, body, .. } => {
            walrus_targets(test, out);
            body.iter().for_each(|s| walrus_targets_stmt(s, out));
        }
        StmtKind::Expr(e) => walrus_targets(e, out),
        _ => {}
    }
}

/// The names bound by assignment expressions in `e`, outside lambdas.
pub(crate) fn walrus_targets(e: &Expr, out: &mut Vec<String>) {
    match &e.kind {
        ExprKind::Lambda { .. } => {}
        ExprKind::NamedExpr { target, value } => {
            if let ExprKind::Name(n) = &target.kind {
                if !out.contains(n) {
                    out.push(n.clone());
                }
            }
            walrus_targets(value, out);
        }
        _ => super::symtable::for_each_child(e, &mut |c| walrus_targets(c, out)),
    }
}

pub(crate) fn collect_target_names(t: &Expr, out: &mut Vec<String>) {
    match &t.kind {
        ExprKind::Name(n) => out.push(n.clone()),
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().for_each(|i| collect_target_names(i, out)),
        ExprKind::Starred(i) => collect_target_names(i, out),
        _ => {}
    }
}

/// Every parameter name of a function, in order.
pub fn param_names(args: &Arguments) -> Vec<String> {
    all_params(args).map(String::from).collect()
}

fn all_params(args: &Arguments) -> impl Iterator<Item = &str> {
    args.posonly
        .iter()
        .chain(&args.args)
        .chain(&args.vararg)
        .chain(&args.kwonly)
        .chain(&args.kwarg)
        .map(|p| p.name.as_str())
}

fn bin_op(op: BinOp) -> Bop {
    match op {
        BinOp::Add => Bop::Add,
        BinOp::Sub => Bop::Sub,
        BinOp::Mul => Bop::Mul,
        BinOp::Div => Bop::TrueDiv,
        BinOp::FloorDiv => Bop::FloorDiv,
        BinOp::Mod => Bop::Mod,
        BinOp::Pow => Bop::Pow,
        BinOp::LShift => Bop::LShift,
        BinOp::RShift => Bop::RShift,
        BinOp::BitOr => Bop::Or,
        BinOp::BitXor => Bop::Xor,
        BinOp::BitAnd => Bop::And,
        BinOp::MatMul => Bop::MatMul,
    }
}

#[allow(dead_code)]
fn unused() -> Vec<u8> {
    vec![]
}

/// The operand of the `SWAP` that replaces `BUILD_TUPLE n` + `UNPACK_SEQUENCE n`
/// in `t1, t2 = v1, v2` (or three of each): one target, a tuple or list of
/// 2 or 3 items, none starred, assigned a tuple display of as many items,
/// none starred. CPython 3.11 makes the same rewrite.
fn swap_assignment(targets: &[Expr], value: &Expr) -> Option<u32> {
    let [target] = targets else { return None };
    let (ExprKind::Tuple(items) | ExprKind::List(items)) = &target.kind else { return None };
    let ExprKind::Tuple(values) = &value.kind else { return None };
    let starred = |e: &Expr| matches!(e.kind, ExprKind::Starred(_));
    if items.len() != values.len() || !(2..=3).contains(&items.len()) {
        return None;
    }
    if items.iter().any(starred) || values.iter().any(starred) {
        return None;
    }
    Some(items.len() as u32)
}

/// Sorts a function's free or cell variable names (a handful) by insertion:
/// core's sort would add about 2 KB of code to a firmware image for this.
// `0 < j <= i < names.len()`.
#[allow(clippy::indexing_slicing)]
fn sort_names(names: &mut [String]) {
    for i in 1..names.len() {
        let mut j = i;
        while j > 0 && names[j] < names[j - 1] {
            names.swap(j, j - 1);
            j -= 1;
        }
    }
}
