//! The abstract syntax tree: output of the parser, input of the code generator.
//!
//! The parser accepts Python 3.11's grammar for everything ouro knows how to
//! name (more than the code generator compiles); the code generator rejects
//! constructs outside the supported subset with an error naming them and
//! their line.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

/// A source position: 1-based line, 0-based column (in characters), like CPython.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    /// 1-based line number.
    pub line: u32,
    /// 0-based column offset in characters.
    pub col: u32,
}

/// An expression with its source position.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// What the expression is.
    pub kind: ExprKind,
    /// Where it starts.
    pub pos: Pos,
    /// Where it ends (exclusive column), used for error carets.
    pub end: Pos,
}

/// A statement with its source position.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    /// What the statement is.
    pub kind: StmtKind,
    /// Where it starts.
    pub pos: Pos,
    /// Where its last token ends (exclusive column; line 0 when unknown,
    /// for statements the compiler makes up), for traceback carets.
    pub end: Pos,
}

/// Binary arithmetic and bitwise operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `&`
    BitAnd,
    /// `@`
    MatMul,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `not x`
    Not,
    /// `-x`
    Neg,
    /// `+x`
    Pos,
    /// `~x`
    Invert,
}

/// Short-circuit boolean operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    /// `and`
    And,
    /// `or`
    Or,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtE,
    /// `>`
    Gt,
    /// `>=`
    GtE,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}

/// An integer literal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntLit {
    /// Fits in an i64.
    Small(i64),
    /// Does not fit: the digits (no prefix, no underscores) and their radix.
    Big {
        /// Digits in `radix`, without prefix or underscores.
        digits: String,
        /// 2, 8, 10 or 16.
        radix: u32,
    },
}

/// One piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    /// Literal text (escapes and `{{`/`}}` already resolved).
    Literal(String),
    /// A `{expr!conv:spec}` replacement field.
    Field {
        /// The expression.
        value: Box<Expr>,
        /// `Some('r' | 's' | 'a')` for `!r`, `!s`, `!a`.
        conversion: Option<char>,
        /// The format spec, itself possibly containing fields.
        format_spec: Option<Vec<FStringPart>>,
        /// `f"{x=}"` self-documenting form: the source text including `=`.
        debug_text: Option<String>,
    },
}

/// A keyword argument in a call: `name=value`, or `**value` when `name` is None.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// The keyword, or None for `**mapping`.
    pub name: Option<String>,
    /// The value.
    pub value: Expr,
    /// Where it starts.
    pub pos: Pos,
}

/// One `for ... in ... if ...` clause of a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    /// The loop target.
    pub target: Expr,
    /// The iterable.
    pub iter: Expr,
    /// The `if` filters, in order.
    pub ifs: Vec<Expr>,
    /// `async for` (always rejected by the code generator).
    pub is_async: bool,
}

/// A formal parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// The parameter name.
    pub name: String,
    /// Annotation, if any (a function's `__annotations__`).
    pub annotation: Option<Box<Expr>>,
    /// Where it is.
    pub pos: Pos,
}

/// A function's parameter list.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    /// Positional-only parameters (before `/`).
    pub posonly: Vec<Param>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Param>,
    /// Defaults for the last `defaults.len()` of `posonly ++ args`.
    pub defaults: Vec<Expr>,
    /// `*args`.
    pub vararg: Option<Param>,
    /// Keyword-only parameters (after `*` or `*args`).
    pub kwonly: Vec<Param>,
    /// One default per keyword-only parameter (None = required).
    pub kw_defaults: Vec<Option<Expr>>,
    /// `**kwargs`.
    pub kwarg: Option<Param>,
}

/// Expressions.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// An integer literal.
    Int(IntLit),
    /// A float literal.
    Float(f64),
    /// An imaginary literal `1j` (rejected by the code generator).
    Imaginary(f64),
    /// A string literal (adjacent literals already concatenated).
    Str(String),
    /// A bytes literal (rejected by the code generator).
    Bytes(Vec<u8>),
    /// An f-string (adjacent plain and f-string literals merged into one).
    JoinedStr(Vec<FStringPart>),
    /// `True` / `False`.
    Bool(bool),
    /// `None`.
    None,
    /// `...`
    Ellipsis,
    /// A name.
    Name(String),
    /// `[a, b]`
    List(Vec<Expr>),
    /// `(a, b)` or `a, b`
    Tuple(Vec<Expr>),
    /// `{k: v}`; a None key is `**mapping`.
    Dict(Vec<(Option<Expr>, Expr)>),
    /// `{a, b}`
    Set(Vec<Expr>),
    /// `left op right`
    BinOp {
        /// Operator.
        op: BinOp,
        /// Left operand.
        left: Box<Expr>,
        /// Right operand.
        right: Box<Expr>,
    },
    /// `op operand`
    UnaryOp {
        /// Operator.
        op: UnaryOp,
        /// Operand.
        operand: Box<Expr>,
    },
    /// `a and b and c` / `a or b`
    BoolOp {
        /// Operator.
        op: BoolOp,
        /// Two or more operands.
        values: Vec<Expr>,
    },
    /// `a < b <= c`
    Compare {
        /// First operand.
        left: Box<Expr>,
        /// Operators, one per comparator.
        ops: Vec<CmpOp>,
        /// The other operands.
        comparators: Vec<Expr>,
    },
    /// `body if test else orelse`
    IfExp {
        /// Condition.
        test: Box<Expr>,
        /// Value if true.
        body: Box<Expr>,
        /// Value if false.
        orelse: Box<Expr>,
    },
    /// `func(args, keywords)`; `args` may contain `Starred`.
    Call {
        /// Callee.
        func: Box<Expr>,
        /// Positional arguments (possibly `Starred`).
        args: Vec<Expr>,
        /// Keyword arguments and `**mapping`.
        keywords: Vec<Keyword>,
    },
    /// `value.attr`
    Attribute {
        /// Object.
        value: Box<Expr>,
        /// Attribute name.
        attr: String,
    },
    /// `value[index]`; a slice index is `Slice`, `a[1:2, 3]` is a `Tuple` of them.
    Subscript {
        /// Container.
        value: Box<Expr>,
        /// Index.
        index: Box<Expr>,
    },
    /// `lower:upper:step` (only inside a subscript).
    Slice {
        /// Start.
        lower: Option<Box<Expr>>,
        /// Stop.
        upper: Option<Box<Expr>>,
        /// Step.
        step: Option<Box<Expr>>,
    },
    /// `*value` in a call, list/tuple display or assignment target.
    Starred(Box<Expr>),
    /// `[elt for ...]`
    ListComp {
        /// Element.
        elt: Box<Expr>,
        /// Clauses.
        generators: Vec<Comprehension>,
    },
    /// `{elt for ...}`
    SetComp {
        /// Element.
        elt: Box<Expr>,
        /// Clauses.
        generators: Vec<Comprehension>,
    },
    /// `{key: value for ...}`
    DictComp {
        /// Key.
        key: Box<Expr>,
        /// Value.
        value: Box<Expr>,
        /// Clauses.
        generators: Vec<Comprehension>,
    },
    /// `(elt for ...)`
    GeneratorExp {
        /// Element.
        elt: Box<Expr>,
        /// Clauses.
        generators: Vec<Comprehension>,
    },
    /// `lambda args: body`
    Lambda {
        /// Parameters.
        args: Box<Arguments>,
        /// Body.
        body: Box<Expr>,
    },
    /// `yield value`
    Yield(Option<Box<Expr>>),
    /// `yield from value`
    YieldFrom(Box<Expr>),
    /// `await value` (rejected by the code generator).
    Await(Box<Expr>),
    /// `name := value`
    NamedExpr {
        /// Target (a Name).
        target: Box<Expr>,
        /// Value.
        value: Box<Expr>,
    },
}

/// One `except` clause.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// Exception type expression (None = bare `except:`).
    pub typ: Option<Expr>,
    /// `as name`.
    pub name: Option<String>,
    /// Handler body.
    pub body: Vec<Stmt>,
    /// Where the `except` keyword is.
    pub pos: Pos,
}

/// One `with` item: `context_expr as target`.
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    /// The context manager expression.
    pub context_expr: Expr,
    /// The `as` target.
    pub target: Option<Expr>,
}

/// `name as asname` in an import.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// Dotted name (or `*`).
    pub name: String,
    /// `as` name.
    pub asname: Option<String>,
    /// Where it is.
    pub pos: Pos,
}

/// Statements.
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// An expression statement.
    Expr(Expr),
    /// `t1 = t2 = value`
    Assign {
        /// One or more targets, left to right.
        targets: Vec<Expr>,
        /// Value.
        value: Expr,
    },
    /// `target op= value`
    AugAssign {
        /// Target.
        target: Expr,
        /// Operator.
        op: BinOp,
        /// Value.
        value: Expr,
    },
    /// `target: annotation = value`
    AnnAssign {
        /// Target.
        target: Expr,
        /// Annotation.
        annotation: Expr,
        /// Value, if any.
        value: Option<Expr>,
    },
    /// `if test: body else: orelse` (`elif` nests in `orelse`).
    If {
        /// Condition.
        test: Expr,
        /// Then-branch.
        body: Vec<Stmt>,
        /// Else-branch (possibly a single nested `If` for `elif`).
        orelse: Vec<Stmt>,
    },
    /// `while test: body else: orelse`
    While {
        /// Condition.
        test: Expr,
        /// Body.
        body: Vec<Stmt>,
        /// `else` clause.
        orelse: Vec<Stmt>,
    },
    /// `for target in iter: body else: orelse`
    For {
        /// Loop target.
        target: Expr,
        /// Iterable.
        iter: Expr,
        /// Body.
        body: Vec<Stmt>,
        /// `else` clause.
        orelse: Vec<Stmt>,
        /// `async for` (rejected).
        is_async: bool,
    },
    /// `break`
    Break,
    /// `continue`
    Continue,
    /// `pass`
    Pass,
    /// `return value`
    Return(Option<Expr>),
    /// `def name(args): body`
    FunctionDef {
        /// Name (its `__name__`).
        name: String,
        /// The name it is stored under when private name mangling changes
        /// it (`_C__f` for `def __f` in class `C`; see `private_names`).
        bound_as: Option<String>,
        /// Parameters.
        args: Box<Arguments>,
        /// Body.
        body: Vec<Stmt>,
        /// Decorators, outermost first.
        decorators: Vec<Expr>,
        /// Return annotation (the `return` entry of `__annotations__`).
        returns: Option<Box<Expr>>,
        /// `async def` (rejected).
        is_async: bool,
    },
    /// `class name(bases, keywords): body`
    ClassDef {
        /// Name (its `__name__`).
        name: String,
        /// The name it is stored under when private name mangling changes it.
        bound_as: Option<String>,
        /// Base class expressions.
        bases: Vec<Expr>,
        /// Keywords such as `metaclass=`.
        keywords: Vec<Keyword>,
        /// Body.
        body: Vec<Stmt>,
        /// Decorators, outermost first.
        decorators: Vec<Expr>,
    },
    /// `global a, b`
    Global(Vec<String>),
    /// `nonlocal a, b`
    Nonlocal(Vec<String>),
    /// `del a, b[0]`
    Delete(Vec<Expr>),
    /// `assert test, msg`
    Assert {
        /// Condition.
        test: Expr,
        /// Message.
        msg: Option<Expr>,
    },
    /// `raise exc from cause`
    Raise {
        /// Exception (None = re-raise).
        exc: Option<Expr>,
        /// Cause.
        cause: Option<Expr>,
    },
    /// `try: ... except ...: ... else: ... finally: ...`
    Try {
        /// Body.
        body: Vec<Stmt>,
        /// Handlers.
        handlers: Vec<ExceptHandler>,
        /// `else` clause.
        orelse: Vec<Stmt>,
        /// `finally` clause.
        finalbody: Vec<Stmt>,
        /// `except*` (rejected).
        is_star: bool,
    },
    /// `with items: body`
    With {
        /// Items.
        items: Vec<WithItem>,
        /// Body.
        body: Vec<Stmt>,
        /// `async with` (rejected).
        is_async: bool,
    },
    /// `import a.b as c, d`
    Import(Vec<Alias>),
    /// `from .module import a as b`
    ImportFrom {
        /// Module (None for `from . import x`).
        module: Option<String>,
        /// Names.
        names: Vec<Alias>,
        /// Number of leading dots.
        level: u32,
    },
    /// `match subject: case ...` (PEP 634).
    Match {
        /// The subject expression.
        subject: Expr,
        /// The `case` clauses, in order.
        cases: Vec<MatchCase>,
    },
}

/// One `case pattern if guard: body` clause of a `match` statement.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    /// The pattern.
    pub pattern: Pattern,
    /// The `if` guard.
    pub guard: Option<Expr>,
    /// The body.
    pub body: Vec<Stmt>,
}

/// A pattern of a `case` clause.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// What the pattern is.
    pub kind: PatternKind,
    /// Where it starts.
    pub pos: Pos,
}

/// The kinds of patterns (PEP 634).
#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A literal (number, string, complex literal) or dotted name, compared with `==`.
    Value(Expr),
    /// `None`, `True` or `False`, compared with `is`.
    Singleton(Expr),
    /// `[p, ...]` / `(p, ...)` / `p, ...` (may hold one [`PatternKind::Star`]).
    Sequence(Vec<Pattern>),
    /// `*name` inside a sequence pattern (`None` for `*_`).
    Star(Option<String>),
    /// `{key: p, ..., **rest}`.
    Mapping {
        /// Keys: literals or dotted names.
        keys: Vec<Expr>,
        /// The pattern for each key.
        patterns: Vec<Pattern>,
        /// `**rest`.
        rest: Option<String>,
    },
    /// `Cls(p, ..., attr=p, ...)`.
    Class {
        /// The class: a name or dotted name.
        cls: Expr,
        /// Positional sub-patterns (matched through `__match_args__`).
        patterns: Vec<Pattern>,
        /// Keyword attribute names.
        kwd_attrs: Vec<String>,
        /// Keyword sub-patterns.
        kwd_patterns: Vec<Pattern>,
    },
    /// `p as name`; a capture when `pattern` is `None`; the wildcard `_` when both are.
    As {
        /// The sub-pattern.
        pattern: Option<Box<Pattern>>,
        /// The bound name.
        name: Option<String>,
    },
    /// `p | q | ...`.
    Or(Vec<Pattern>),
}

/// A parsed module.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Module {
    /// Top-level statements.
    pub body: Vec<Stmt>,
}
