//! Compile-time errors: what the lexer, parser and code generator report.

use alloc::string::String;

/// Which Python exception class a compile error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError` (a subclass of SyntaxError)
    Indentation,
    /// `TabError` (a subclass of IndentationError)
    Tab,
    /// `NotImplementedError`: valid Python that ouro does not support yet.
    NotImplemented,
}

impl CompileErrorKind {
    /// The Python exception class name.
    pub fn name(self) -> &'static str {
        match self {
            CompileErrorKind::Syntax => "SyntaxError",
            CompileErrorKind::Indentation => "IndentationError",
            CompileErrorKind::Tab => "TabError",
            CompileErrorKind::NotImplemented => "NotImplementedError",
        }
    }
}

/// A compile error with CPython-style location: 1-based line, 1-based column
/// (the caret position CPython prints is `col` counted from 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// The exception class.
    pub kind: CompileErrorKind,
    /// The message, exactly as CPython 3.11 words it where we know the case.
    pub msg: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column of the caret (0 = no caret).
    pub col: u32,
    /// 1-based end column of the caret range (0 = single caret).
    pub end_col: u32,
}

impl CompileError {
    /// A SyntaxError at `line`, 1-based `col`.
    pub fn syntax(msg: impl Into<String>, line: u32, col: u32) -> Self {
        CompileError { kind: CompileErrorKind::Syntax, msg: msg.into(), line, col, end_col: 0 }
    }
}

impl core::fmt::Display for CompileError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}: {} (line {})", self.kind.name(), self.msg, self.line)
    }
}

impl core::error::Error for CompileError {}
