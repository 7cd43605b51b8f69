//! `Code`: the compiler's output for one module, class body or function —
//! instructions, constants, names and the line table. Heap-independent, so
//! it can be built without a VM and shipped as data.

use crate::runtime::bigint::BigInt;
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;

/// A constant in a code object's constant table.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    /// `None`
    None,
    /// `True`/`False`
    Bool(bool),
    /// A small int.
    Int(i64),
    /// A big int.
    BigInt(BigInt),
    /// A float.
    Float(f64),
    /// A `bytes` literal.
    Bytes(Vec<u8>),
    /// A complex number (imaginary literals and their negations).
    Complex {
        /// Real part.
        re: f64,
        /// Imaginary part.
        im: f64,
    },
    /// A string.
    Str(Box<str>),
    /// A tuple of constants (keyword-name tuples, folded literals).
    Tuple(Vec<Const>),
    /// A frozenset of constants, items in source order (folded set displays).
    FrozenSet(Vec<Const>),
    /// `...`
    Ellipsis,
    /// A nested code object (function, class body, comprehension).
    Code(Rc<Code>),
}

/// What a code object is the body of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// A module's top level (names are globals, via LOAD_NAME/STORE_NAME).
    Module,
    /// A class body (names live in the class namespace).
    Class,
    /// A function, lambda or comprehension (names are fast locals).
    Function,
}

/// Flag: the function takes `*args`.
pub const FLAG_VARARGS: u32 = 1;
/// Flag: the function takes `**kwargs`.
pub const FLAG_VARKEYWORDS: u32 = 2;
/// Flag: calling the function makes a generator.
pub const FLAG_GENERATOR: u32 = 4;
/// Flag: the code stands for what CPython implements in C (a built-in's
/// Python-written loop, `builtins::python_loops`; a standard-library
/// function CPython writes in C, `stdlib::NativeParts`): its frames add no
/// traceback entries and are not among the running frames.
pub const FLAG_HIDDEN: u32 = 8;
/// Flag: an `async def` (with [`FLAG_GENERATOR`]): calling it makes a coroutine.
pub const FLAG_COROUTINE: u32 = 16;
/// Flag: a generator function `types.coroutine` marked (its generators are awaitable).
pub const FLAG_ITERABLE_COROUTINE: u32 = 32;
/// Flag: an `async def` with `yield` (with [`FLAG_GENERATOR`], without
/// [`FLAG_COROUTINE`]): calling it makes an async generator.
pub const FLAG_ASYNC_GENERATOR: u32 = 64;

/// Sets [`FLAG_HIDDEN`] on `code` and every code object nested in it
/// (freshly compiled: no other reference to them exists yet; shared ones are
/// copied).
pub fn mark_hidden(code: &mut Rc<Code>) {
    let code = Rc::make_mut(code);
    code.flags |= FLAG_HIDDEN;
    for c in &mut code.consts {
        if let Const::Code(inner) = c {
            mark_hidden(inner);
        }
    }
}

/// Sets [`FLAG_HIDDEN`] on the code objects nested in `code` whose
/// qualified name is one of `roots` or within one (`deque`, `deque.remove`,
/// `cmp_to_key.<locals>.K`), and on everything nested in those.
pub fn mark_hidden_within(code: &mut Rc<Code>, roots: &[&str]) {
    let code = Rc::make_mut(code);
    for c in &mut code.consts {
        if let Const::Code(inner) = c {
            let q = &*inner.qualname;
            let within = |r: &&str| q.strip_prefix(*r).is_some_and(|rest| rest.is_empty() || rest.starts_with('.'));
            if roots.iter().any(within) {
                mark_hidden(inner);
            } else {
                mark_hidden_within(inner, roots);
            }
        }
    }
}

/// One exception-table entry: instructions `start..end` are protected by
/// the handler at `target`, which runs with the operand stack cut back to
/// `depth` items and the exception pushed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    /// First protected instruction.
    pub start: u32,
    /// One past the last protected instruction.
    pub end: u32,
    /// Handler's first instruction.
    pub target: u32,
    /// Operand-stack depth to restore before pushing the exception.
    pub depth: u32,
}

/// Where an instruction's expression or statement sits in the source,
/// relative to the instruction's line (CPython 3.11's `co_positions`, in
/// characters): what a traceback's caret line underlines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// 0-based column where it starts.
    pub col: u16,
    /// 0-based column where it ends (exclusive), on its last line.
    pub end_col: u16,
    /// How many lines after the instruction's line it ends.
    pub end_line_delta: u16,
}

impl Position {
    /// No position known (a made-up instruction, or a column beyond `u16`).
    pub const UNKNOWN: Position = Position { col: u16::MAX, end_col: u16::MAX, end_line_delta: 0 };
}

/// Which built collection an inlined comprehension makes: the name of the
/// frame CPython 3.11 runs it in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    /// `[x for ...]`: `<listcomp>`.
    List,
    /// `{x for ...}`: `<setcomp>`.
    Set,
    /// `{k: v for ...}`: `<dictcomp>`.
    Dict,
}

impl ComprehensionKind {
    /// Every kind, in its bytecode-file tag order.
    pub const ALL: [ComprehensionKind; 3] = [ComprehensionKind::List, ComprehensionKind::Set, ComprehensionKind::Dict];

    /// The name of CPython's function for it (`<listcomp>`...).
    pub fn frame_name(self) -> &'static str {
        match self {
            ComprehensionKind::List => "<listcomp>",
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
        }
    }
}

/// A list, set or dict comprehension the compiler inlined into its
/// enclosing code where CPython 3.11 calls a function of its own: a
/// traceback through `start..end` shows that function's frame as well.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InlinedComprehension {
    /// What it builds (its frame's name).
    pub kind: ComprehensionKind,
    /// Its `BUILD_*` instruction, whose line and position are the whole
    /// comprehension's: where the enclosing frame's entry points (CPython's
    /// call of the comprehension function).
    pub anchor: u32,
    /// The first instruction CPython runs in the comprehension's frame
    /// (the outermost loop's `FOR_ITER`: the first iterable is evaluated
    /// in the enclosing frame).
    pub start: u32,
    /// One past its last.
    pub end: u32,
}

/// A compiled body.
#[derive(Clone, Debug, PartialEq)]
pub struct Code {
    /// What this is the body of.
    pub kind: CodeKind,
    /// `__name__` (`<module>`, the function name, `<listcomp>`...).
    pub name: Box<str>,
    /// `__qualname__` (`A.method`).
    pub qualname: Box<str>,
    /// The file it came from, for tracebacks.
    pub filename: Rc<str>,
    /// The instructions: one code unit each (see `opcode::encode`).
    pub instrs: Vec<u32>,
    /// The source line of each instruction.
    pub lines: Vec<u32>,
    /// Where each instruction's source is within its line (for caret
    /// lines), or empty: bytecode files do not carry positions, and the
    /// compiler records them only with the `caret-lines` feature.
    pub positions: Vec<Position>,
    /// Constants.
    pub consts: Vec<Const>,
    /// Global, attribute and namespace names.
    pub names: Vec<Box<str>>,
    /// Fast locals: parameters first, in order.
    pub varnames: Vec<Box<str>>,
    /// Number of positional parameters (including positional-only).
    pub argcount: u32,
    /// Number of positional-only parameters.
    pub posonlyargcount: u32,
    /// Number of keyword-only parameters (they follow the positional ones in `varnames`).
    pub kwonlyargcount: u32,
    /// `FLAG_*` bits.
    pub flags: u32,
    /// The largest operand-stack depth.
    pub stacksize: u32,
    /// Line of the `def`/`class` (or 1).
    pub first_line: u32,
    /// Exception handlers, innermost first for overlapping ranges.
    pub exception_table: Vec<ExceptionEntry>,
    /// The docstring (the body's first statement, when it is a string literal).
    pub doc: Option<Box<str>>,
    /// Free variables: name and the local slot that receives the closure's cell, in closure order.
    pub freevars: Vec<(Box<str>, u32)>,
    /// The comprehensions inlined here, each before those nested in it.
    pub comprehensions: Vec<InlinedComprehension>,
}

impl Code {
    /// True for a body taking exactly `params` positional parameters and
    /// nothing else (no `*args`, `**kwargs` or keyword-only ones; not a
    /// generator or coroutine): a frame can run it with just its operands.
    pub fn takes_only(&self, params: u32) -> bool {
        self.flags == 0 && self.kwonlyargcount == 0 && self.argcount == params
    }

    /// Number of fast locals.
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// The handler protecting instruction `pc`, if any.
    pub fn handler_for(&self, pc: usize) -> Option<&ExceptionEntry> {
        let pc = pc as u32;
        self.exception_table.iter().find(|e| e.start <= pc && pc < e.end)
    }

    /// Source line of the instruction at `pc`.
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }

    /// The comprehensions whose frames (in CPython) run the instruction at
    /// `pc`, innermost first.
    pub fn comprehensions_at(&self, pc: usize) -> impl Iterator<Item = &InlinedComprehension> {
        let pc = pc as u32;
        self.comprehensions.iter().rev().filter(move |c| c.start <= pc && pc < c.end)
    }

    /// The frames CPython 3.11 would have running the instruction at `pc`,
    /// innermost first: one for each comprehension inlined here that runs
    /// it, then this code's own; each with the instruction it stands at
    /// (`pc` for the innermost, the anchor of the comprehension inside it
    /// for the others).
    pub fn frames_at(&self, pc: usize) -> impl Iterator<Item = (Option<&InlinedComprehension>, u32)> {
        let mut at = pc as u32;
        self.comprehensions_at(pc).map(Some).chain(core::iter::once(None)).map(move |c| {
            let here = at;
            if let Some(c) = c {
                at = c.anchor;
            }
            (c, here)
        })
    }

    /// A code object with the names CPython 3.11 gives the function the
    /// comprehension `c` inlined here runs in (`<listcomp>`,
    /// `f.<locals>.<listcomp>`) and its first line; it has no instructions
    /// of its own.
    pub fn comprehension_code(&self, c: &InlinedComprehension) -> Code {
        let name = c.kind.frame_name();
        let qualname = match self.kind {
            CodeKind::Function => alloc::format!("{}.<locals>.{name}", self.qualname),
            _ => alloc::string::String::from(name),
        };
        Code {
            kind: CodeKind::Function,
            name: name.into(),
            qualname: qualname.into(),
            filename: self.filename.clone(),
            instrs: Vec::new(),
            lines: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames: Vec::new(),
            argcount: 1,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            stacksize: 0,
            first_line: self.line_at(c.anchor as usize),
            exception_table: Vec::new(),
            doc: None,
            freevars: Vec::new(),
            comprehensions: Vec::new(),
        }
    }

    /// Where the instruction at `pc` is within its line, when known.
    pub fn position_at(&self, pc: usize) -> Option<Position> {
        self.positions.get(pc).copied().filter(|p| *p != Position::UNKNOWN)
    }
}
