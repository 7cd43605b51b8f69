//! The tokenizer: source text to [`Token`]s, following CPython 3.11's rules
//! for indentation, implicit line joining, literals and error messages.
//!
//! The lexer runs to completion before parsing. When it fails, the tokens
//! produced so far end with a [`Tok::Error`] token and the error is kept in
//! [`Lexed::error`]; the parser reports it when it reaches that token, or
//! instead of a generic "invalid syntax" (CPython does the same: tokenizer
//! errors anywhere in the file win over a plain syntax error).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::ast::{BinOp, IntLit, Pos};
use super::error::{CompileError, CompileErrorKind};
use super::token::{Kw, Op, StrLit, Tok, Token};

/// Maximum bracket nesting, as in CPython's tokenizer (`MAXLEVEL`).
pub const MAX_BRACKET_DEPTH: usize = 200;
/// Maximum indentation depth, as in CPython's tokenizer (`MAXINDENT`).
pub const MAX_INDENT_DEPTH: usize = 100;

/// The result of tokenizing: the tokens, and the error that stopped the lexer.
#[derive(Clone, Debug)]
pub struct Lexed {
    /// The tokens; ends with `EndMarker`, or with `Error` when `error` is set.
    pub tokens: Vec<Token>,
    /// The tokenizer error, if any.
    pub error: Option<CompileError>,
}

/// Tokenizes a whole module.
pub fn tokenize(source: &str) -> Lexed {
    if let Some(at) = source.find('\0') {
        let line = source.get(..at).unwrap_or_default().matches('\n').count() as u32 + 1;
        let p = Pos { line, col: 0 };
        let tokens = alloc::vec![Token { tok: Tok::Error, start: p, end: p }];
        return Lexed { tokens, error: Some(syntax("source code cannot contain null bytes", line, 0)) };
    }
    Lexer::new(source, Pos { line: 1, col: 0 }, false).run()
}

/// Tokenizes the expression part of an f-string replacement field, as if it
/// were inside brackets (no NEWLINE/INDENT tokens). `start` is the source
/// position of the first character of `source`.
pub fn tokenize_fstring_expr(source: &str, start: Pos) -> Lexed {
    Lexer::new(source, start, true).run()
}

/// Can `c` start an identifier?
pub fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

/// Can `c` continue an identifier? (Letters, digits and the common
/// combining marks; an approximation of Unicode XID_Continue.)
pub fn is_id_continue(c: char) -> bool {
    c == '_'
        || c.is_ascii_alphanumeric()
        || (!c.is_ascii()
            && (c.is_alphanumeric()
                || matches!(c as u32,
                    0x0300..=0x036f | 0x0483..=0x0487 | 0x0591..=0x05bd | 0x0610..=0x061a
                    | 0x064b..=0x065f | 0x0670 | 0x06d6..=0x06dc | 0x06df..=0x06e8 | 0x06ea..=0x06ed
                    | 0x0900..=0x0903 | 0x093a..=0x094f | 0x0951..=0x0957 | 0x0962..=0x0963
                    | 0x0981..=0x0983 | 0x09bc..=0x09d7 | 0x0a01..=0x0a03 | 0x0a3c..=0x0a51
                    | 0x0a81..=0x0a83 | 0x0abc..=0x0acd | 0x0b01..=0x0b03 | 0x0b3c..=0x0b57
                    | 0x0b82 | 0x0bbe..=0x0bcd | 0x0c00..=0x0c04 | 0x0c3c..=0x0c56 | 0x0c81..=0x0c83
                    | 0x0cbc..=0x0cd6 | 0x0d00..=0x0d03 | 0x0d3b..=0x0d57 | 0x0e31..=0x0e3a
                    | 0x0e47..=0x0e4e | 0x0eb1..=0x0ebc | 0x0ec8..=0x0ecd | 0x1ab0..=0x1aff
                    | 0x1dc0..=0x1dff | 0x203f..=0x2040 | 0x20d0..=0x20ff | 0x3099..=0x309a
                    | 0xfe00..=0xfe0f | 0xfe20..=0xfe2f | 0xff3f | 0xe0100..=0xe01ef)))
}

struct Lexer {
    chars: Vec<char>,
    i: usize,
    line: u32,
    col: u32,
    tokens: Vec<Token>,
    /// Indentation stack: (column with tabs to multiples of 8, column with tabs as 1).
    indents: Vec<(u32, u32)>,
    /// Open brackets and where they are.
    brackets: Vec<(char, Pos)>,
    at_line_start: bool,
    /// Whether the current logical line has produced a token.
    line_has_tokens: bool,
    /// Lexing an f-string expression: behave as if inside brackets.
    fstring: bool,
}

fn err(kind: CompileErrorKind, msg: impl Into<String>, line: u32, col: u32) -> CompileError {
    CompileError { kind, msg: msg.into(), line, col, end_col: 0 }
}

fn syntax(msg: impl Into<String>, line: u32, col: u32) -> CompileError {
    CompileError::syntax(msg, line, col)
}

impl Lexer {
    fn new(source: &str, start: Pos, fstring: bool) -> Lexer {
        let mut chars = Vec::with_capacity(source.len());
        let mut it = source.chars().peekable();
        if !fstring && it.peek() == Some(&'\u{feff}') {
            it.next();
        }
        while let Some(c) = it.next() {
            if c == '\r' {
                if it.peek() == Some(&'\n') {
                    it.next();
                }
                chars.push('\n');
            } else {
                chars.push(c);
            }
        }
        Lexer {
            chars,
            i: 0,
            line: start.line,
            col: start.col,
            tokens: Vec::new(),
            indents: alloc::vec![(0, 0)],
            brackets: Vec::new(),
            at_line_start: !fstring,
            line_has_tokens: false,
            fstring,
        }
    }

    fn run(mut self) -> Lexed {
        loop {
            match self.step() {
                Ok(true) => {}
                Ok(false) => return Lexed { tokens: self.tokens, error: None },
                Err(e) => {
                    let p = self.pos();
                    self.tokens.push(Token { tok: Tok::Error, start: p, end: p });
                    return Lexed { tokens: self.tokens, error: Some(e) };
                }
            }
        }
    }

    fn pos(&self) -> Pos {
        Pos { line: self.line, col: self.col }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.chars.get(self.i + n).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.i += 1;
        if c == '\n' {
            self.line += 1;
            self.col = 0;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn push(&mut self, tok: Tok, start: Pos) {
        let end = self.pos();
        self.tokens.push(Token { tok, start, end });
        self.line_has_tokens = true;
    }

    /// Length in characters of the current physical line.
    fn current_line_len(&self) -> u32 {
        let before = self.chars.get(..self.i).unwrap_or_default();
        let after = self.chars.get(self.i..).unwrap_or_default();
        let s = before.iter().rev().take_while(|&&c| c != '\n').count();
        let e = after.iter().take_while(|&&c| c != '\n').count();
        (s + e) as u32
    }

    /// Produces the next token(s). Returns false after the end marker.
    fn step(&mut self) -> Result<bool, CompileError> {
        if self.at_line_start && !self.indentation()? {
            return Ok(true);
        }
        while let Some(' ' | '\t' | '\x0c') = self.peek() {
            self.bump();
        }
        let start = self.pos();
        let Some(c) = self.peek() else {
            return self.eof();
        };
        match c {
            '#' => {
                while !matches!(self.peek(), None | Some('\n')) {
                    self.bump();
                }
            }
            '\n' => {
                self.bump();
                if self.brackets.is_empty() && !self.fstring {
                    if self.line_has_tokens {
                        self.tokens.push(Token { tok: Tok::Newline, start, end: self.pos() });
                        self.line_has_tokens = false;
                    }
                    self.at_line_start = true;
                }
            }
            '\\' => {
                self.bump();
                match self.peek() {
                    Some('\n') => {
                        self.bump();
                        if self.peek().is_none() {
                            return Err(syntax("unexpected EOF while parsing", start.line, start.col + 2));
                        }
                    }
                    None => return Err(syntax("unexpected EOF while parsing", start.line, start.col + 2)),
                    Some(_) => {
                        return Err(syntax(
                            "unexpected character after line continuation character",
                            start.line,
                            start.col + 2,
                        ))
                    }
                }
            }
            c if c.is_ascii_digit() => self.number()?,
            '.' if self.peek_at(1).is_some_and(|d| d.is_ascii_digit()) => self.number()?,
            '\'' | '"' => self.string(start, "")?,
            c if is_id_start(c) => self.name()?,
            _ => self.operator(c)?,
        }
        Ok(true)
    }

    /// Handles indentation at the start of a logical line. Returns false if
    /// the line was blank (and has been consumed up to its newline).
    fn indentation(&mut self) -> Result<bool, CompileError> {
        let (mut col, mut altcol) = (0u32, 0u32);
        loop {
            match self.peek() {
                Some(' ') => {
                    col += 1;
                    altcol += 1;
                }
                Some('\t') => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                Some('\x0c') => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.bump();
        }
        match self.peek() {
            None => return Ok(true),
            Some('#') | Some('\n') => {
                while !matches!(self.peek(), None | Some('\n')) {
                    self.bump();
                }
                self.bump();
                return Ok(false);
            }
            _ => {}
        }
        self.at_line_start = false;
        let here = self.pos();
        let (top, alttop) = *self.indents.last().unwrap_or(&(0, 0));
        let tab_error =
            |line| err(CompileErrorKind::Tab, "inconsistent use of tabs and spaces in indentation", line, 1);
        if col == top {
            if altcol != alttop {
                return Err(tab_error(here.line));
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT_DEPTH {
                return Err(err(
                    CompileErrorKind::Indentation,
                    "too many levels of indentation",
                    here.line,
                    here.col + 1,
                ));
            }
            if altcol <= alttop {
                return Err(tab_error(here.line));
            }
            self.indents.push((col, altcol));
            self.tokens.push(Token { tok: Tok::Indent, start: here, end: here });
        } else {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&(c, _)| col < c) {
                self.indents.pop();
                self.tokens.push(Token { tok: Tok::Dedent, start: here, end: here });
            }
            let (top, alttop) = *self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                return Err(err(
                    CompileErrorKind::Indentation,
                    "unindent does not match any outer indentation level",
                    here.line,
                    self.current_line_len() + 1,
                ));
            }
            if altcol != alttop {
                return Err(tab_error(here.line));
            }
        }
        Ok(true)
    }

    fn eof(&mut self) -> Result<bool, CompileError> {
        let here = self.pos();
        if let Some(&(c, p)) = self.brackets.last() {
            if !self.fstring {
                return Err(syntax(format!("'{c}' was never closed"), p.line, p.col + 1));
            }
        }
        if self.line_has_tokens && !self.fstring {
            self.tokens.push(Token { tok: Tok::Newline, start: here, end: here });
            self.line_has_tokens = false;
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.tokens.push(Token { tok: Tok::Dedent, start: here, end: here });
        }
        self.tokens.push(Token { tok: Tok::EndMarker, start: here, end: here });
        Ok(false)
    }

    fn name(&mut self) -> Result<(), CompileError> {
        let start = self.pos();
        let mut word = String::new();
        while let Some(c) = self.peek() {
            if !is_id_continue(c) {
                break;
            }
            word.push(c);
            self.bump();
        }
        if let Some('\'' | '"') = self.peek() {
            let lower = word.to_ascii_lowercase();
            if matches!(lower.as_str(), "r" | "u" | "b" | "br" | "rb" | "f" | "fr" | "rf") {
                return self.string(start, &lower);
            }
        }
        // PEP 3131: identifiers are NFKC-normalized (`ﬁ` is `fi`). The
        // tables take ~110 KB, so a build without `unicode-identifiers`
        // refuses non-ASCII names rather than compare them unnormalized.
        if !word.is_ascii() {
            #[cfg(feature = "unicode-identifiers")]
            {
                use unicode_normalization::UnicodeNormalization;
                word = word.nfkc().collect();
            }
            #[cfg(not(feature = "unicode-identifiers"))]
            return Err(err(
                CompileErrorKind::NotImplemented,
                format!("non-ASCII identifier '{word}' (this build leaves out the unicode-identifiers feature)"),
                start.line,
                start.col,
            ));
        }
        let tok = match Kw::lookup(&word) {
            Some(kw) => Tok::Kw(kw),
            None => Tok::Name(word),
        };
        self.push(tok, start);
        Ok(())
    }

    fn operator(&mut self, c: char) -> Result<(), CompileError> {
        let start = self.pos();
        let c1 = self.peek_at(1);
        let c2 = self.peek_at(2);
        let aug = |op| Op::AugAssign(op);
        let (op, len) = match (c, c1, c2) {
            ('.', Some('.'), Some('.')) => (Op::Ellipsis, 3),
            ('*', Some('*'), Some('=')) => (aug(BinOp::Pow), 3),
            ('/', Some('/'), Some('=')) => (aug(BinOp::FloorDiv), 3),
            ('<', Some('<'), Some('=')) => (aug(BinOp::LShift), 3),
            ('>', Some('>'), Some('=')) => (aug(BinOp::RShift), 3),
            ('*', Some('*'), _) => (Op::DoubleStar, 2),
            ('/', Some('/'), _) => (Op::DoubleSlash, 2),
            ('<', Some('<'), _) => (Op::LeftShift, 2),
            ('>', Some('>'), _) => (Op::RightShift, 2),
            ('=', Some('='), _) => (Op::EqEqual, 2),
            ('!', Some('='), _) => (Op::NotEqual, 2),
            ('<', Some('='), _) => (Op::LessEqual, 2),
            ('>', Some('='), _) => (Op::GreaterEqual, 2),
            ('-', Some('>'), _) => (Op::RArrow, 2),
            (':', Some('='), _) => (Op::ColonEqual, 2),
            ('+', Some('='), _) => (aug(BinOp::Add), 2),
            ('-', Some('='), _) => (aug(BinOp::Sub), 2),
            ('*', Some('='), _) => (aug(BinOp::Mul), 2),
            ('/', Some('='), _) => (aug(BinOp::Div), 2),
            ('%', Some('='), _) => (aug(BinOp::Mod), 2),
            ('&', Some('='), _) => (aug(BinOp::BitAnd), 2),
            ('|', Some('='), _) => (aug(BinOp::BitOr), 2),
            ('^', Some('='), _) => (aug(BinOp::BitXor), 2),
            ('@', Some('='), _) => (aug(BinOp::MatMul), 2),
            ('(', _, _) => (Op::LPar, 1),
            (')', _, _) => (Op::RPar, 1),
            ('[', _, _) => (Op::LSqb, 1),
            (']', _, _) => (Op::RSqb, 1),
            ('{', _, _) => (Op::LBrace, 1),
            ('}', _, _) => (Op::RBrace, 1),
            (':', _, _) => (Op::Colon, 1),
            (',', _, _) => (Op::Comma, 1),
            (';', _, _) => (Op::Semi, 1),
            ('+', _, _) => (Op::Plus, 1),
            ('-', _, _) => (Op::Minus, 1),
            ('*', _, _) => (Op::Star, 1),
            ('/', _, _) => (Op::Slash, 1),
            ('|', _, _) => (Op::VBar, 1),
            ('&', _, _) => (Op::Amper, 1),
            ('<', _, _) => (Op::Less, 1),
            ('>', _, _) => (Op::Greater, 1),
            ('=', _, _) => (Op::Equal, 1),
            ('.', _, _) => (Op::Dot, 1),
            ('%', _, _) => (Op::Percent, 1),
            ('~', _, _) => (Op::Tilde, 1),
            ('^', _, _) => (Op::Circumflex, 1),
            ('@', _, _) => (Op::At, 1),
            _ => return Err(self.invalid_char(c)),
        };
        match c {
            '(' | '[' | '{' => {
                if self.brackets.len() >= MAX_BRACKET_DEPTH {
                    return Err(syntax("too many nested parentheses", start.line, start.col + 1));
                }
                self.brackets.push((c, start));
            }
            ')' | ']' | '}' => match self.brackets.pop() {
                None => {
                    return Err(syntax(format!("unmatched '{c}'"), start.line, start.col + 1));
                }
                Some((open, p)) => {
                    let expected = match open {
                        '(' => ')',
                        '[' => ']',
                        _ => '}',
                    };
                    if c != expected {
                        let msg = if p.line != start.line {
                            format!(
                                "closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {}",
                                p.line
                            )
                        } else {
                            format!("closing parenthesis '{c}' does not match opening parenthesis '{open}'")
                        };
                        return Err(syntax(msg, start.line, start.col + 1));
                    }
                }
            },
            _ => {}
        }
        for _ in 0..len {
            self.bump();
        }
        self.push(Tok::Op(op), start);
        Ok(())
    }

    fn invalid_char(&self, c: char) -> CompileError {
        let p = self.pos();
        if c.is_ascii() && !c.is_ascii_control() {
            let mut e = syntax("invalid syntax", p.line, p.col + 1);
            e.end_col = p.col + 2;
            return e;
        }
        let nonprintable = c.is_control()
            || (c.is_whitespace() && c != ' ')
            || matches!(c, '\u{00ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}');
        let msg = if nonprintable {
            format!("invalid non-printable character U+{:04X}", c as u32)
        } else {
            format!("invalid character '{c}' (U+{:04X})", c as u32)
        };
        syntax(msg, p.line, p.col + 1)
    }

    // ----- numbers -----

    /// Consumes digits with single underscores between them into `text`.
    fn decimal_tail(&mut self, text: &mut String) -> Result<(), CompileError> {
        loop {
            while let Some(d) = self.peek().filter(char::is_ascii_digit) {
                text.push(d);
                self.bump();
            }
            if self.peek() != Some('_') {
                return Ok(());
            }
            self.bump();
            if !self.peek().is_some_and(|d| d.is_ascii_digit()) {
                return Err(syntax("invalid decimal literal", self.line, self.col));
            }
        }
    }

    /// CPython's `verify_end_of_number`: a number may not run into a name,
    /// except (with a deprecation warning) into certain keywords.
    fn verify_end_of_number(&self, kind: &str) -> Result<(), CompileError> {
        let Some(c) = self.peek() else { return Ok(()) };
        let rest = |s: &str| s.chars().enumerate().all(|(k, ch)| self.peek_at(k) == Some(ch));
        let keyword_follows = match c {
            'a' => rest("and"),
            'e' => rest("else"),
            'f' => rest("for"),
            'i' => rest("if") || rest("in") || rest("is"),
            'n' => rest("not"),
            'o' => rest("or"),
            _ => false,
        };
        if !keyword_follows && (is_id_continue(c) || !c.is_ascii()) {
            return Err(syntax(format!("invalid {kind} literal"), self.line, self.col));
        }
        Ok(())
    }

    fn number(&mut self) -> Result<(), CompileError> {
        let start = self.pos();
        let first = self.peek().unwrap_or('0');
        if first == '0' {
            if let Some(p @ ('x' | 'X' | 'o' | 'O' | 'b' | 'B')) = self.peek_at(1) {
                return self.radix_number(start, p.to_ascii_lowercase());
            }
        }
        let mut text = String::new();
        let mut is_float = false;
        if first != '.' {
            self.decimal_tail(&mut text)?;
        }
        let int_end = self.pos();
        if self.peek() == Some('.') {
            self.bump();
            text.push('.');
            is_float = true;
            if self.peek().is_some_and(|d| d.is_ascii_digit()) {
                self.decimal_tail(&mut text)?;
            }
        }
        if let Some('e' | 'E') = self.peek() {
            let save = (self.i, self.line, self.col);
            self.bump();
            let mut exp = String::from("e");
            if let Some(sign @ ('+' | '-')) = self.peek() {
                self.bump();
                exp.push(sign);
                if !self.peek().is_some_and(|d| d.is_ascii_digit()) {
                    return Err(syntax("invalid decimal literal", self.line, self.col));
                }
            } else if !self.peek().is_some_and(|d| d.is_ascii_digit()) {
                (self.i, self.line, self.col) = save;
                self.verify_end_of_number("decimal")?;
                return self.finish_decimal(start, int_end, text, is_float);
            }
            self.decimal_tail(&mut exp)?;
            text.push_str(&exp);
            is_float = true;
        }
        if let Some('j' | 'J') = self.peek() {
            self.bump();
            self.verify_end_of_number("imaginary")?;
            let v = parse_float(&text).ok_or_else(|| syntax("invalid imaginary literal", start.line, start.col + 1))?;
            self.push(Tok::Imag(v), start);
            return Ok(());
        }
        self.verify_end_of_number("decimal")?;
        self.finish_decimal(start, int_end, text, is_float)
    }

    fn finish_decimal(&mut self, start: Pos, int_end: Pos, text: String, is_float: bool) -> Result<(), CompileError> {
        if is_float {
            let v = parse_float(&text).ok_or_else(|| syntax("invalid decimal literal", start.line, start.col + 1))?;
            self.push(Tok::Float(v), start);
            return Ok(());
        }
        if text.len() > 1 && text.starts_with('0') && text.bytes().any(|b| b != b'0') {
            let mut e = syntax(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                start.line,
                start.col + 1,
            );
            e.end_col = int_end.col + 1;
            return Err(e);
        }
        let digits = text.trim_start_matches('0').len();
        if digits > crate::runtime::int_ops::INT_MAX_STR_DIGITS {
            let limit = crate::runtime::int_ops::INT_MAX_STR_DIGITS;
            let msg = format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
            );
            return Err(syntax(msg, start.line, start.col + 1));
        }
        self.push(Tok::Int(make_int(&text, 10)), start);
        Ok(())
    }

    fn radix_number(&mut self, start: Pos, prefix: char) -> Result<(), CompileError> {
        let (radix, kind) = match prefix {
            'x' => (16, "hexadecimal"),
            'o' => (8, "octal"),
            _ => (2, "binary"),
        };
        self.bump();
        self.bump();
        let mut digits = String::new();
        loop {
            if self.peek() == Some('_') {
                self.bump();
            }
            match self.peek() {
                Some(d) if d.is_digit(radix) => {}
                Some(d) if d.is_ascii_digit() => {
                    return Err(syntax(format!("invalid digit '{d}' in {kind} literal"), self.line, self.col + 1));
                }
                _ => return Err(syntax(format!("invalid {kind} literal"), self.line, self.col)),
            }
            while let Some(d) = self.peek().filter(|d| d.is_digit(radix)) {
                digits.push(d);
                self.bump();
            }
            if self.peek() != Some('_') {
                break;
            }
        }
        if let Some(d) = self.peek().filter(char::is_ascii_digit) {
            return Err(syntax(format!("invalid digit '{d}' in {kind} literal"), self.line, self.col + 1));
        }
        self.verify_end_of_number(kind)?;
        self.push(Tok::Int(make_int(&digits, radix)), start);
        Ok(())
    }

    // ----- strings -----

    /// Lexes a string literal whose prefix (lowercased, possibly empty)
    /// started at `start`; the current character is the opening quote.
    fn string(&mut self, start: Pos, prefix: &str) -> Result<(), CompileError> {
        let quote = self.peek().unwrap_or('"');
        let triple = self.peek_at(1) == Some(quote) && self.peek_at(2) == Some(quote);
        let n = if triple { 3 } else { 1 };
        for _ in 0..n {
            self.bump();
        }
        let body_start = self.pos();
        let mut body = String::new();
        loop {
            match self.peek() {
                None => {
                    let msg = if triple {
                        let after_newline = self.i.checked_sub(1).and_then(|p| self.chars.get(p)) == Some(&'\n');
                        let line = if after_newline { self.line - 1 } else { self.line };
                        format!("unterminated triple-quoted string literal (detected at line {line})")
                    } else {
                        format!("unterminated string literal (detected at line {})", self.line)
                    };
                    return Err(syntax(msg, start.line, start.col + 1));
                }
                Some('\n') if !triple => {
                    let msg = format!("unterminated string literal (detected at line {})", self.line);
                    return Err(syntax(msg, start.line, start.col + 1));
                }
                Some('\\') => {
                    body.push('\\');
                    self.bump();
                    if let Some(c) = self.bump() {
                        body.push(c);
                    }
                }
                Some(c) if c == quote => {
                    if !triple {
                        self.bump();
                        break;
                    }
                    if self.peek_at(1) == Some(quote) && self.peek_at(2) == Some(quote) {
                        self.bump();
                        self.bump();
                        self.bump();
                        break;
                    }
                    body.push(c);
                    self.bump();
                }
                Some(c) => {
                    body.push(c);
                    self.bump();
                }
            }
        }
        let end = self.pos();
        let raw = prefix.contains('r');
        let lit = if prefix.contains('f') {
            StrLit::FStr { body, raw, body_start }
        } else if prefix.contains('b') {
            if !body.is_ascii() {
                let mut e = syntax("bytes can only contain ASCII literal characters", start.line, start.col + 1);
                e.end_col = end.col + 1;
                return Err(e);
            }
            if raw {
                StrLit::Bytes(body.into_bytes())
            } else {
                StrLit::Bytes(decode_bytes_escapes(&body).map_err(|m| syntax(m, start.line, end.col + 1))?)
            }
        } else if raw {
            StrLit::Str(body)
        } else {
            StrLit::Str(decode_escapes(&body).map_err(|m| escape_error(m, start.line, end.col + 1))?)
        };
        self.push(Tok::Str(lit), start);
        Ok(())
    }
}

/// Parses a float literal's text (underscores removed; may be `1.`, `.5`, `1.e5`).
fn parse_float(text: &str) -> Option<f64> {
    let mut s = String::with_capacity(text.len() + 2);
    let mut prev = None;
    for c in text.chars() {
        if c == '.' && prev.is_none() {
            s.push('0');
        }
        if prev == Some('.') && !c.is_ascii_digit() {
            s.push('0');
        }
        s.push(c);
        prev = Some(c);
    }
    if prev == Some('.') {
        s.push('0');
    }
    crate::runtime::float_fmt::parse_decimal(&s)
}

/// Builds an integer literal from digits (no prefix, no underscores).
fn make_int(digits: &str, radix: u32) -> IntLit {
    let mut v: i64 = 0;
    for c in digits.chars() {
        let d = c.to_digit(radix).unwrap_or(0) as i64;
        match v.checked_mul(radix as i64).and_then(|v| v.checked_add(d)) {
            Some(n) => v = n,
            None => {
                let trimmed = digits.trim_start_matches('0');
                return IntLit::Big { digits: String::from(trimmed), radix };
            }
        }
    }
    IntLit::Small(v)
}

/// Suffix of the error for a `\\ud800`-style escape: ouro's str cannot hold
/// lone surrogates (reported as NotImplementedError).
pub const UNSUPPORTED_SURROGATE: &str = "lone surrogates are not supported";
/// Suffix of the error for `\\N{...}`: ouro has no Unicode name table
/// (reported as NotImplementedError).
pub const UNSUPPORTED_NAMED: &str = "\\N{...} escapes are not supported";

/// The error for a str escape that failed to decode: a SyntaxError, or a
/// NotImplementedError for valid escapes ouro does not support.
pub fn escape_error(msg: String, line: u32, col: u32) -> CompileError {
    let kind = if msg.ends_with(UNSUPPORTED_SURROGATE) || msg.ends_with(UNSUPPORTED_NAMED) {
        CompileErrorKind::NotImplemented
    } else {
        CompileErrorKind::Syntax
    };
    err(kind, msg, line, col)
}

fn unicode_error(start: usize, end: usize, what: &str) -> String {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}")
}

/// Reads up to `n` hex digits starting at `chars[i]`; returns the value and how many were read.
fn read_hex(chars: &[char], i: usize, n: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut k = 0;
    while k < n {
        match chars.get(i + k).and_then(|c| c.to_digit(16)) {
            Some(d) => v = v * 16 + d,
            None => break,
        }
        k += 1;
    }
    (v, k)
}

/// Reads up to 3 octal digits starting at `chars[i]`.
fn read_octal(chars: &[char], i: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut k = 0;
    while k < 3 {
        match chars.get(i + k).and_then(|c| c.to_digit(8)) {
            Some(d) => v = v * 8 + d,
            None => break,
        }
        k += 1;
    }
    (v, k)
}

/// Decodes the escapes of a (non-raw) str literal body. On error returns
/// CPython's message (the caller adds the position).
pub fn decode_escapes(body: &str) -> Result<String, String> {
    if !body.contains('\\') {
        return Ok(String::from(body));
    }
    let chars: Vec<char> = body.chars().collect();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let Some(&e) = chars.get(i + 1).filter(|_| c == '\\') else {
            out.push(c);
            i += 1;
            continue;
        };
        let start = i;
        i += 2;
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let (v, k) = read_octal(&chars, i - 1);
                i += k - 1;
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (n, name) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let (v, k) = read_hex(&chars, i, n);
                if k < n {
                    return Err(unicode_error(start, start + 1 + k, name));
                }
                i += k;
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if v > 0x10ffff => return Err(unicode_error(start, i - 1, "illegal Unicode character")),
                    None => {
                        return Err(unicode_error(start, i - 1, UNSUPPORTED_SURROGATE));
                    }
                }
            }
            'N' => {
                let mut end = i;
                if chars.get(i) == Some(&'{') {
                    while chars.get(end).is_some_and(|&c| c != '}') {
                        end += 1;
                    }
                    if end < chars.len() {
                        return Err(unicode_error(start, end, UNSUPPORTED_NAMED));
                    }
                }
                return Err(unicode_error(start, end.min(chars.len()) - 1, "malformed \\N character escape"));
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decodes the escapes of a (non-raw, ASCII) bytes literal body.
pub fn decode_bytes_escapes(body: &str) -> Result<Vec<u8>, String> {
    let chars: Vec<char> = body.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let Some(&e) = chars.get(i + 1).filter(|_| c == '\\') else {
            out.push(c as u8);
            i += 1;
            continue;
        };
        let start = i;
        i += 2;
        match e {
            '\n' => {}
            '\\' => out.push(b'\\'),
            '\'' => out.push(b'\''),
            '"' => out.push(b'"'),
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'n' => out.push(b'\n'),
            'r' => out.push(b'\r'),
            't' => out.push(b'\t'),
            'v' => out.push(11),
            '0'..='7' => {
                let (v, k) = read_octal(&chars, i - 1);
                i += k - 1;
                out.push((v & 0xff) as u8);
            }
            'x' => {
                let (v, k) = read_hex(&chars, i, 2);
                if k < 2 {
                    return Err(format!("(value error) invalid \\x escape at position {start}"));
                }
                i += 2;
                out.push(v as u8);
            }
            other => {
                out.push(b'\\');
                out.push(other as u8);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Tok> {
        let lexed = tokenize(src);
        assert!(lexed.error.is_none(), "{:?}", lexed.error);
        lexed.tokens.into_iter().map(|t| t.tok).collect()
    }

    fn lex_err(src: &str) -> (String, u32, u32) {
        let e = tokenize(src).error.expect("expected a lexer error");
        (e.msg, e.line, e.col)
    }

    fn name(s: &str) -> Tok {
        Tok::Name(String::from(s))
    }

    #[test]
    fn indentation_tokens() {
        let toks = kinds("if x:\n    y\n\n  # c\n    z\nw\n");
        use Tok::*;
        assert_eq!(
            toks,
            alloc::vec![
                Kw(super::Kw::If),
                name("x"),
                Op(super::Op::Colon),
                Newline,
                Indent,
                name("y"),
                Newline,
                name("z"),
                Newline,
                Dedent,
                name("w"),
                Newline,
                EndMarker
            ]
        );
    }

    #[test]
    fn tabs_and_brackets() {
        let toks = kinds("if x:\n\ty = (1,\n  2)\n");
        assert!(toks.contains(&Tok::Indent));
        assert_eq!(toks.iter().filter(|t| **t == Tok::Newline).count(), 2);
        let toks = kinds("x = 1 + \\\n  2\n");
        assert_eq!(toks.iter().filter(|t| **t == Tok::Newline).count(), 1);
    }

    #[test]
    fn numbers() {
        let cases: &[(&str, Tok)] = &[
            ("0", Tok::Int(IntLit::Small(0))),
            ("00", Tok::Int(IntLit::Small(0))),
            ("1_000", Tok::Int(IntLit::Small(1000))),
            ("0x_1f", Tok::Int(IntLit::Small(31))),
            ("0o17", Tok::Int(IntLit::Small(15))),
            ("0B101", Tok::Int(IntLit::Small(5))),
            ("1.", Tok::Float(1.0)),
            (".5", Tok::Float(0.5)),
            ("1e5", Tok::Float(1e5)),
            ("1.5e-3", Tok::Float(1.5e-3)),
            ("1_0.0_1", Tok::Float(10.01)),
            ("09.5", Tok::Float(9.5)),
            ("0e5", Tok::Float(0.0)),
            ("1j", Tok::Imag(1.0)),
            ("1.5J", Tok::Imag(1.5)),
            ("9223372036854775807", Tok::Int(IntLit::Small(i64::MAX))),
            ("9223372036854775808", Tok::Int(IntLit::Big { digits: String::from("9223372036854775808"), radix: 10 })),
            ("0xffff_ffff_ffff_ffff_f", Tok::Int(IntLit::Big { digits: String::from("fffffffffffffffff"), radix: 16 })),
        ];
        for (src, want) in cases {
            let toks = kinds(src);
            assert_eq!(&toks[0], want, "{src}");
        }
        assert_eq!(kinds("1if x else 2")[0], Tok::Int(IntLit::Small(1)));
    }

    #[test]
    fn bad_numbers() {
        let cases: &[(&str, &str, u32)] = &[
            (
                "x = 01",
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                5,
            ),
            (
                "x = 0_7",
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                5,
            ),
            ("x = 0x", "invalid hexadecimal literal", 6),
            ("x = 0b2", "invalid digit '2' in binary literal", 7),
            ("x = 0o8", "invalid digit '8' in octal literal", 7),
            ("x = 1_", "invalid decimal literal", 6),
            ("x = 1__0", "invalid decimal literal", 6),
            ("x = 1e", "invalid decimal literal", 5),
            ("x = 1abc", "invalid decimal literal", 5),
            ("x = 1.__class__", "invalid decimal literal", 6),
        ];
        for (src, msg, col) in cases {
            let (m, line, c) = lex_err(src);
            assert_eq!((m.as_str(), line, c), (*msg, 1, *col), "{src}");
        }
    }

    #[test]
    fn strings() {
        let s = |v: &str| Tok::Str(StrLit::Str(String::from(v)));
        assert_eq!(kinds(r#"'a\tb'"#)[0], s("a\tb"));
        assert_eq!(kinds(r#"r'a\tb'"#)[0], s("a\\tb"));
        assert_eq!(kinds(r#""\x41\u00e9\U0001F600\101\0""#)[0], s("Aé😀A\0"));
        assert_eq!(kinds("'''a\nb'''")[0], s("a\nb"));
        assert_eq!(kinds("'a\\\nb'")[0], s("ab"));
        assert_eq!(kinds(r#"'\d\''"#)[0], s("\\d'"));
        assert_eq!(kinds(r#"Rb'\x00'"#)[0], Tok::Str(StrLit::Bytes(b"\\x00".to_vec())));
        assert_eq!(kinds(r#"b'\x00\777a'"#)[0], Tok::Str(StrLit::Bytes(alloc::vec![0, 255, b'a'])));
        assert!(matches!(kinds("f'{x}'")[0], Tok::Str(StrLit::FStr { .. })));
    }

    #[test]
    fn bad_tokens() {
        let cases: &[(&str, &str, u32, u32)] = &[
            ("x = 'abc", "unterminated string literal (detected at line 1)", 1, 5),
            ("x = \"\"\"abc\ndef", "unterminated triple-quoted string literal (detected at line 2)", 1, 5),
            ("x = \"\"\"abc\ndef\n", "unterminated triple-quoted string literal (detected at line 2)", 1, 5),
            ("x = (1,", "'(' was never closed", 1, 5),
            ("x = )", "unmatched ')'", 1, 5),
            ("x = (]", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6),
            ("x = (\n]", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1),
            ("x = €", "invalid character '€' (U+20AC)", 1, 5),
            ("x = \u{a0}", "invalid non-printable character U+00A0", 1, 5),
            ("x = 1 \\ 2", "unexpected character after line continuation character", 1, 8),
            ("x = 1 \\", "unexpected EOF while parsing", 1, 8),
            ("if x:\n    y\n  z", "unindent does not match any outer indentation level", 3, 4),
            ("if x:\n\tpass\n        pass", "inconsistent use of tabs and spaces in indentation", 3, 1),
            ("x = b\"é\"", "bytes can only contain ASCII literal characters", 1, 5),
            (
                "x = \"\\x4\"",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
                1,
                10,
            ),
            ("x = b\"\\x4\"", "(value error) invalid \\x escape at position 0", 1, 11),
        ];
        for (src, msg, line, col) in cases {
            let (m, l, c) = lex_err(src);
            assert_eq!((m.as_str(), l, c), (*msg, *line, *col), "{src:?}");
        }
    }

    #[test]
    fn nesting_limit() {
        let src = "(".repeat(10_000);
        let (m, _, _) = lex_err(&src);
        assert_eq!(m, "too many nested parentheses");
    }
}
