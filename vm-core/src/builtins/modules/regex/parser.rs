//! Pattern text to [`Node`] tree, with Python's syntax (3.11's `re`):
//! escapes and their octal/backreference rules, sets, quantifiers (greedy,
//! lazy, possessive), groups of every kind, inline flags, verbose mode.
//! Errors carry CPython's message and position (in characters).

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::ast::*;

/// Which exception a bad pattern raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `re.error`.
    Re,
    /// `OverflowError` (repeat counts too large).
    Overflow,
    /// `ValueError` (incompatible flags).
    Value,
    /// `RecursionError` (groups nested too deeply).
    Recursion,
}

/// A pattern error: message and position (characters into the pattern).
#[derive(Clone, Debug)]
pub struct Error {
    /// The exception class.
    pub kind: ErrorKind,
    /// CPython's message, without the position.
    pub msg: String,
    /// Where, when known.
    pub pos: Option<usize>,
}

/// The result of parsing a pattern.
pub struct Parsed {
    /// The tree.
    pub node: Node,
    /// The number of capturing groups.
    pub groups: usize,
    /// Group names and numbers, in definition order.
    pub names: Vec<(String, usize)>,
    /// The flags after the pattern's global inline flags.
    pub flags: u32,
    /// Each group's least and greatest width (index 0 unused).
    pub widths: Vec<(usize, usize)>,
}

/// Deepest nesting of groups accepted (the parser, the compiler and the
/// tree's drop recurse per group); CPython's recursive parser gives up
/// near there too, with RecursionError.
const MAX_NESTING: usize = 480;

struct Parser<'a> {
    pat: &'a [char],
    pos: usize,
    flags: u32,
    bytes: bool,
    /// Groups opened so far.
    groups: usize,
    names: Vec<(String, usize)>,
    /// Groups not yet closed.
    open: Vec<usize>,
    /// Each group's width once closed (index 0 unused).
    widths: Vec<(usize, usize)>,
    /// Group references in conditionals (checked when the pattern ends).
    cond_refs: Vec<(usize, usize)>,
    /// Inside lookbehinds: the group count when each started.
    lookbehind: Vec<usize>,
    depth: usize,
}

/// Parses `pat` (a str pattern's characters, or a bytes pattern's bytes as
/// Latin-1 characters when `bytes`) under `flags`.
pub fn parse(pat: &[char], flags: u32, bytes: bool) -> Result<Parsed, Error> {
    let mut p = Parser {
        pat,
        pos: 0,
        flags,
        bytes,
        groups: 0,
        names: Vec::new(),
        open: Vec::new(),
        widths: alloc::vec![(0, 0)],
        cond_refs: Vec::new(),
        lookbehind: Vec::new(),
        depth: 0,
    };
    let node = match p.alternation(true, flags) {
        Ok(n) => n,
        Err(e) => return Err(p.trailing_backslash().unwrap_or(e)),
    };
    if p.pos < pat.len() {
        // Only `)` stops the top level early.
        return Err(p.err("unbalanced parenthesis", p.pos));
    }
    for &(g, pos) in &p.cond_refs {
        if g > p.groups {
            return Err(p.err(format!("invalid group reference {g}"), pos));
        }
    }
    Ok(Parsed { node, groups: p.groups, names: p.names, flags: p.flags, widths: p.widths })
}

/// Python's `repr` of a name (for messages CPython formats with `%r`).
fn py_repr(s: &str) -> String {
    let mut out = String::new();
    crate::runtime::str_repr::str_repr(s, &mut out);
    out
}

fn is_octal(c: char) -> bool {
    ('0'..='7').contains(&c)
}

fn is_word_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

/// Python's `str.isidentifier` (close enough for group names: letters,
/// digits and `_`, not starting with a digit).
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_word_start(c) => chars.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

impl Parser<'_> {
    fn err(&self, msg: impl Into<String>, pos: usize) -> Error {
        Error { kind: ErrorKind::Re, msg: msg.into(), pos: Some(pos) }
    }

    fn peek(&self) -> Option<char> {
        self.pat.get(self.pos).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn verbose(flags: u32) -> bool {
        flags & FLAG_VERBOSE != 0
    }

    /// `a|b|c` up to a `)` or the end. `top`: the pattern's top level
    /// (where global flags may appear first).
    fn alternation(&mut self, top: bool, flags: u32) -> Result<Node, Error> {
        let mut branches = Vec::new();
        let mut flags = flags;
        loop {
            let first = top && branches.is_empty();
            let (node, f) = self.sequence(first, flags)?;
            // Global flags set in the first branch apply to the rest.
            flags = f;
            branches.push(node);
            if !self.eat('|') {
                break;
            }
        }
        Ok(if branches.len() == 1 { branches.pop().unwrap_or(Node::Empty) } else { Node::Alt(branches) })
    }

    /// One branch: items up to `|`, `)` or the end. Returns the flags in
    /// force at its end (global flags may have changed them).
    fn sequence(&mut self, first: bool, mut flags: u32) -> Result<(Node, u32), Error> {
        let mut items: Vec<Node> = Vec::new();
        // Whether the last item is a quantifier's result (for "multiple repeat").
        let mut last_repeat = false;
        // Whether the last item came from a group (an anchor in a group may repeat).
        let mut last_group = false;
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let start = self.pos;
            self.pos += 1;
            if Self::verbose(flags) {
                if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                    continue;
                }
                if c == '#' {
                    while let Some(d) = self.peek() {
                        self.pos += 1;
                        if d == '\\' {
                            self.escaped_char()?;
                        } else if d == '\n' {
                            break;
                        }
                    }
                    continue;
                }
            }
            match c {
                '*' | '+' | '?' | '{' => {
                    let (min, max) = match c {
                        '*' => (0, MAXREPEAT),
                        '+' => (1, MAXREPEAT),
                        '?' => (0, 1),
                        _ => match self.braces()? {
                            Some(mm) => mm,
                            None => {
                                items.push(self.lit('{', flags));
                                last_repeat = false;
                                last_group = false;
                                continue;
                            }
                        },
                    };
                    let Some(item) = items.pop() else {
                        return Err(self.err("nothing to repeat", start));
                    };
                    if matches!(item, Node::At(_)) && !last_group {
                        return Err(self.err("nothing to repeat", start));
                    }
                    if last_repeat {
                        return Err(self.err("multiple repeat", start));
                    }
                    let greed = if self.eat('?') {
                        Greed::Lazy
                    } else if self.eat('+') {
                        Greed::Possessive
                    } else {
                        Greed::Greedy
                    };
                    items.push(Node::Repeat { body: Box::new(item), min, max, greed });
                    last_repeat = true;
                    last_group = false;
                    continue;
                }
                _ => {}
            }
            let before = (last_repeat, last_group);
            last_repeat = false;
            last_group = c == '(';
            match c {
                '.' => items.push(Node::Any { dotall: flags & FLAG_DOTALL != 0 }),
                '^' => items.push(Node::At(At::Bol { multiline: flags & FLAG_MULTILINE != 0 })),
                '$' => items.push(Node::At(At::Eol { multiline: flags & FLAG_MULTILINE != 0 })),
                '[' => items.push(self.set(start, flags)?),
                '\\' => items.push(self.escape(start, flags)?),
                '(' => {
                    match self.group(start, flags, first && items.is_empty())? {
                        GroupResult::Node(n) => items.push(n),
                        // A comment or flags add no item: a quantifier after
                        // them applies to what came before.
                        GroupResult::Nothing => (last_repeat, last_group) = before,
                        GroupResult::GlobalFlags(f) => {
                            flags = f;
                            self.flags = f;
                            (last_repeat, last_group) = before;
                        }
                    }
                }
                c => items.push(self.lit(c, flags)),
            }
        }
        let node = match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Cat(items),
        };
        Ok((node, flags))
    }

    fn lit(&self, c: char, flags: u32) -> Node {
        Node::Lit { c, icase: flags & FLAG_IGNORECASE != 0, ascii: self.ascii(flags) }
    }

    fn ascii(&self, flags: u32) -> bool {
        self.bytes || flags & FLAG_ASCII != 0
    }

    /// `{m,n}` after the `{` at `start`: the counts, or None when the text
    /// is not a repeat (then `{` is a literal and the position is restored).
    fn braces(&mut self) -> Result<Option<(u32, u32)>, Error> {
        let here = self.pos;
        if self.peek() == Some('}') {
            return Ok(None);
        }
        let mut lo = String::new();
        let mut hi = String::new();
        while let Some(d) = self.peek().filter(char::is_ascii_digit) {
            lo.push(d);
            self.pos += 1;
        }
        let comma = self.eat(',');
        if comma {
            while let Some(d) = self.peek().filter(char::is_ascii_digit) {
                hi.push(d);
                self.pos += 1;
            }
        } else {
            hi = lo.clone();
        }
        if !self.eat('}') {
            self.pos = here;
            return Ok(None);
        }
        let count = |s: &str| -> Result<u32, Error> {
            match s.parse::<u64>() {
                Ok(v) if v < MAXREPEAT as u64 => Ok(v as u32),
                _ => Err(Error {
                    kind: ErrorKind::Overflow,
                    msg: "the repetition number is too large".into(),
                    pos: None,
                }),
            }
        };
        let min = if lo.is_empty() { 0 } else { count(&lo)? };
        let max = if hi.is_empty() { MAXREPEAT } else { count(&hi)? };
        if max < min {
            return Err(self.err("min repeat greater than max repeat", here));
        }
        Ok(Some((min, max)))
    }

    /// A character set after the `[` at `start`.
    fn set(&mut self, start: usize, flags: u32) -> Result<Node, Error> {
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return Err(self.err("unterminated character set", start));
            };
            let item_start = self.pos;
            self.pos += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let lo = if c == '\\' { self.class_escape(item_start)? } else { SetItem::Char(c) };
            // A range?
            if self.peek() == Some('-') && self.pat.get(self.pos + 1).is_some_and(|&n| n != ']') {
                self.pos += 1;
                let hi_start = self.pos;
                let Some(h) = self.peek() else {
                    return Err(self.err("unterminated character set", start));
                };
                self.pos += 1;
                let hi = if h == '\\' { self.class_escape(hi_start)? } else { SetItem::Char(h) };
                match (lo, hi) {
                    (SetItem::Char(a), SetItem::Char(b)) => {
                        if b < a {
                            let text = self.text_from(item_start);
                            return Err(self.err(format!("bad character range {text}"), item_start));
                        }
                        items.push(SetItem::Range(a, b));
                    }
                    _ => {
                        let text = self.text_from(item_start);
                        return Err(self.err(format!("bad character range {text}"), item_start));
                    }
                }
            } else if self.peek() == Some('-') && self.pat.get(self.pos + 1).is_none() {
                return Err(self.err("unterminated character set", start));
            } else {
                items.push(lo);
            }
        }
        Ok(Node::Set(CharSet { negated, items, icase: flags & FLAG_IGNORECASE != 0, ascii: self.ascii(flags) }))
    }

    /// `\x..`, `\u....`, `\U........` after the letter: the code point.
    fn hex_escape(&mut self, start: usize, digits: usize) -> Result<char, Error> {
        let mut v: u32 = 0;
        for _ in 0..digits {
            match self.peek().and_then(|d| d.to_digit(16)) {
                Some(d) => {
                    v = v * 16 + d;
                    self.pos += 1;
                }
                None => {
                    let text = self.text_from(start);
                    return Err(self.err(format!("incomplete escape {text}"), start));
                }
            }
        }
        match char::from_u32(v) {
            Some(c) => Ok(c),
            None => {
                let text = self.text_from(start);
                Err(self.err(format!("bad escape {text}"), start))
            }
        }
    }

    /// The escapes common to sets and the rest: control letters and hex.
    /// `None` when `c` is not one of them.
    fn simple_escape(&mut self, c: char, start: usize) -> Result<Option<char>, Error> {
        Ok(Some(match c {
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            '\\' => '\\',
            'x' => self.hex_escape(start, 2)?,
            'u' if !self.bytes => self.hex_escape(start, 4)?,
            'U' if !self.bytes => {
                let ch = self.hex_escape(start, 8)?;
                return Ok(Some(ch));
            }
            'N' if !self.bytes => {
                if !self.eat('{') {
                    return Err(self.err("missing {", self.pos));
                }
                let name_start = self.pos;
                loop {
                    match self.peek() {
                        None if self.pos == name_start => {
                            return Err(self.err("missing character name", self.pos));
                        }
                        None => return Err(self.err("missing }, unterminated name", name_start)),
                        Some('}') if self.pos == name_start => {
                            return Err(self.err("missing character name", name_start));
                        }
                        Some('}') => break,
                        Some(c) => {
                            self.pos += 1;
                            if c == '\\' {
                                self.escaped_char()?;
                            }
                        }
                    }
                }
                self.pos += 1;
                // Named characters need Unicode's name table, which ouro does not ship.
                return Err(self.err("\\N{...} escapes (character names) are not supported by ouro's re", start));
            }
            _ => return Ok(None),
        }))
    }

    /// CPython's tokenizer reads one token ahead, so a lone backslash
    /// ending the pattern is reported as soon as the token before it is
    /// read: an error found from there on is that one instead.
    /// The pattern text from `start` to the current position.
    fn text_from(&self, start: usize) -> String {
        self.pat.get(start..self.pos).unwrap_or_default().iter().collect()
    }

    fn trailing_backslash(&self) -> Option<Error> {
        let n = self.pat.len();
        if n == 0 || self.pos + 1 < n {
            return None;
        }
        let mut i = 0;
        let mut lone = false;
        while i < n {
            if self.pat.get(i) == Some(&'\\') {
                lone = i + 1 == n;
                i += 2;
            } else {
                i += 1;
            }
        }
        lone.then(|| self.err("bad escape (end of pattern)", n - 1))
    }

    /// The character after a backslash just consumed (CPython reads the
    /// pair as one token), or "bad escape (end of pattern)".
    fn escaped_char(&mut self) -> Result<char, Error> {
        match self.peek() {
            Some(c) => {
                self.pos += 1;
                Ok(c)
            }
            None => Err(self.err("bad escape (end of pattern)", self.pat.len().saturating_sub(1))),
        }
    }

    fn bad_escape(&self, start: usize) -> Error {
        let text = self.text_from(start);
        self.err(format!("bad escape {text}"), start)
    }

    /// An escape inside a set, after the `\` at `start`.
    fn class_escape(&mut self, start: usize) -> Result<SetItem, Error> {
        let Some(c) = self.peek() else {
            return Err(self.err("bad escape (end of pattern)", start));
        };
        self.pos += 1;
        if c == 'b' {
            return Ok(SetItem::Char('\x08'));
        }
        if let Some(ch) = self.simple_escape(c, start)? {
            return Ok(SetItem::Char(ch));
        }
        let cat = category_escape(c);
        if let Some(cat) = cat {
            return Ok(SetItem::Cat(cat));
        }
        if is_octal(c) {
            let v = self.octal_digits(c as u32 - '0' as u32, 2);
            if v > 0o377 {
                let text = self.text_from(start);
                return Err(self.err(format!("octal escape value {text} outside of range 0-0o377"), start));
            }
            return Ok(SetItem::Char(char::from_u32(v).unwrap_or('\0')));
        }
        if c.is_ascii_alphanumeric() {
            return Err(self.bad_escape(start));
        }
        Ok(SetItem::Char(c))
    }

    /// `v` extended by up to `max` more octal digits read from the pattern.
    fn octal_digits(&mut self, mut v: u32, max: usize) -> u32 {
        for _ in 0..max {
            match self.peek() {
                Some(d) if is_octal(d) => {
                    v = v * 8 + (d as u32 - '0' as u32);
                    self.pos += 1;
                }
                _ => break,
            }
        }
        v
    }

    /// An escape outside a set, after the `\` at `start`.
    fn escape(&mut self, start: usize, flags: u32) -> Result<Node, Error> {
        let Some(c) = self.peek() else {
            return Err(self.err("bad escape (end of pattern)", start));
        };
        self.pos += 1;
        let ascii = self.ascii(flags);
        let icase = flags & FLAG_IGNORECASE != 0;
        let at = match c {
            'A' => Some(At::Start),
            'Z' => Some(At::End),
            'b' => Some(At::Boundary { ascii }),
            'B' => Some(At::NotBoundary { ascii }),
            _ => None,
        };
        if let Some(at) = at {
            return Ok(Node::At(at));
        }
        if let Some(ch) = self.simple_escape(c, start)? {
            return Ok(self.lit(ch, flags));
        }
        let cat = category_escape(c);
        if let Some(cat) = cat {
            return Ok(Node::Set(CharSet { negated: false, items: alloc::vec![SetItem::Cat(cat)], icase, ascii }));
        }
        if c == '0' {
            let v = self.octal_digits(0, 2);
            return Ok(self.lit(char::from_u32(v).unwrap_or('\0'), flags));
        }
        if c.is_ascii_digit() {
            let mut digits = String::from(c);
            if let Some(d) = self.peek().filter(char::is_ascii_digit) {
                self.pos += 1;
                digits.push(d);
                if is_octal(c) && is_octal(d) && self.peek().is_some_and(is_octal) {
                    let e = self.peek().unwrap_or('0');
                    self.pos += 1;
                    digits.push(e);
                    let v = u32::from_str_radix(&digits, 8).unwrap_or(0);
                    if v > 0o377 {
                        return Err(self.err(format!("octal escape value \\{digits} outside of range 0-0o377"), start));
                    }
                    return Ok(self.lit(char::from_u32(v).unwrap_or('\0'), flags));
                }
            }
            let group: usize = digits.parse().unwrap_or(0);
            return self.backref(group, start, start + 1, flags);
        }
        if c.is_ascii_alphabetic() {
            return Err(self.bad_escape(start));
        }
        Ok(self.lit(c, flags))
    }

    /// A reference to `group` written at `start` (`err_pos` for "invalid
    /// group reference").
    fn backref(&mut self, group: usize, start: usize, err_pos: usize, flags: u32) -> Result<Node, Error> {
        if group == 0 || group > self.groups {
            return Err(self.err(format!("invalid group reference {group}"), err_pos));
        }
        if self.open.contains(&group) {
            return Err(self.err("cannot refer to an open group", start));
        }
        if let Some(&lb) = self.lookbehind.last() {
            if group > lb {
                return Err(self.err("cannot refer to group defined in the same lookbehind subpattern", self.pos));
            }
        }
        Ok(Node::Backref { group, icase: flags & FLAG_IGNORECASE != 0, ascii: self.ascii(flags) })
    }

    /// A name up to `term` (`>` or `)`), for `(?P<name>`, `(?P=name)`.
    fn name(&mut self, term: char) -> Result<(String, usize), Error> {
        let start = self.pos;
        let mut name = String::new();
        loop {
            match self.peek() {
                None if name.is_empty() => return Err(self.err("missing group name", start)),
                None => {
                    let what =
                        if term == '>' { "missing >, unterminated name" } else { "missing ), unterminated name" };
                    return Err(self.err(what, start));
                }
                Some(c) if c == term => {
                    self.pos += 1;
                    break;
                }
                Some(c) => {
                    // A backslash takes the next character with it (as CPython's tokens do).
                    name.push(c);
                    self.pos += 1;
                    if c == '\\' {
                        name.push(self.escaped_char()?);
                    }
                }
            }
        }
        if name.is_empty() {
            return Err(self.err("missing group name", start));
        }
        Ok((name, start))
    }

    fn enter(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(Error {
                kind: ErrorKind::Recursion,
                msg: "maximum recursion depth exceeded".into(),
                pos: None,
            });
        }
        Ok(())
    }

    /// The body of a group and its `)`.
    fn group_body(&mut self, start: usize, flags: u32) -> Result<Node, Error> {
        self.enter()?;
        let body = self.alternation(false, flags)?;
        self.depth -= 1;
        if !self.eat(')') {
            return Err(self.err("missing ), unterminated subpattern", start));
        }
        Ok(body)
    }

    fn capture(&mut self, start: usize, flags: u32, name: Option<(String, usize)>) -> Result<Node, Error> {
        self.groups += 1;
        let index = self.groups;
        if let Some((name, name_pos)) = name {
            if !is_identifier(&name) {
                return Err(self.err(format!("bad character in group name {}", py_repr(&name)), name_pos));
            }
            if let Some(&(_, old)) = self.names.iter().find(|(n, _)| *n == name) {
                return Err(self.err(
                    format!("redefinition of group name {} as group {index}; was group {old}", py_repr(&name)),
                    name_pos,
                ));
            }
            self.names.push((name, index));
        }
        self.open.push(index);
        self.widths.push((0, usize::MAX));
        let body = self.group_body(start, flags)?;
        self.open.retain(|&g| g != index);
        let w = body.width(&self.widths);
        // `widths` has an entry per group, pushed above for this one.
        if let Some(slot) = self.widths.get_mut(index) {
            *slot = w;
        }
        Ok(Node::Group { index, body: Box::new(body) })
    }

    /// What follows a `(` at `start`.
    fn group(&mut self, start: usize, flags: u32, first: bool) -> Result<GroupResult, Error> {
        if !self.eat('?') {
            return Ok(GroupResult::Node(self.capture(start, flags, None)?));
        }
        let Some(c) = self.peek() else {
            return Err(self.err("unexpected end of pattern", self.pos));
        };
        self.pos += 1;
        match c {
            ':' => Ok(GroupResult::Node(self.group_body(start, flags)?)),
            'P' => {
                if self.eat('<') {
                    let name = self.name('>')?;
                    Ok(GroupResult::Node(self.capture(start, flags, Some(name))?))
                } else if self.eat('=') {
                    let (name, name_pos) = self.name(')')?;
                    if !is_identifier(&name) {
                        return Err(self.err(format!("bad character in group name {}", py_repr(&name)), name_pos));
                    }
                    let Some(&(_, g)) = self.names.iter().find(|(n, _)| *n == name) else {
                        return Err(self.err(format!("unknown group name {}", py_repr(&name)), name_pos));
                    };
                    Ok(GroupResult::Node(self.backref(g, name_pos, name_pos, flags)?))
                } else {
                    match self.peek() {
                        None => Err(self.err("unexpected end of pattern", self.pos)),
                        Some(d) => {
                            self.pos += 1;
                            let d = if d == '\\' { format!("\\{}", self.escaped_char()?) } else { format!("{d}") };
                            Err(self.err(format!("unknown extension ?P{d}"), start + 1))
                        }
                    }
                }
            }
            '#' => {
                loop {
                    match self.peek() {
                        None => return Err(self.err("missing ), unterminated comment", start)),
                        Some(')') => {
                            self.pos += 1;
                            break;
                        }
                        Some('\\') => {
                            self.pos += 1;
                            self.escaped_char()?;
                        }
                        Some(_) => self.pos += 1,
                    }
                }
                Ok(GroupResult::Nothing)
            }
            '=' | '!' => {
                self.enter()?;
                let body = self.alternation(false, flags)?;
                self.depth -= 1;
                if !self.eat(')') {
                    return Err(self.err("missing ), unterminated subpattern", start));
                }
                Ok(GroupResult::Node(Node::Look { kind: LookKind::Ahead, negate: c == '!', body: Box::new(body) }))
            }
            '<' => {
                let negate = match self.peek() {
                    Some('=') => false,
                    Some('!') => true,
                    None => return Err(self.err("unexpected end of pattern", self.pos)),
                    Some('\\') => {
                        self.pos += 1;
                        let e = self.escaped_char()?;
                        return Err(self.err(format!("unknown extension ?<\\{e}"), start + 1));
                    }
                    Some(d) => {
                        self.pos += 1;
                        return Err(self.err(format!("unknown extension ?<{d}"), start + 1));
                    }
                };
                self.pos += 1;
                self.lookbehind.push(self.groups);
                self.enter()?;
                let body = self.alternation(false, flags)?;
                self.depth -= 1;
                self.lookbehind.pop();
                if !self.eat(')') {
                    return Err(self.err("missing ), unterminated subpattern", start));
                }
                let (lo, hi) = body.width(&self.widths);
                if lo != hi {
                    return Err(Error {
                        kind: ErrorKind::Re,
                        msg: "look-behind requires fixed-width pattern".into(),
                        pos: None,
                    });
                }
                Ok(GroupResult::Node(Node::Look { kind: LookKind::Behind, negate, body: Box::new(body) }))
            }
            '>' => {
                let body = self.group_body(start, flags)?;
                Ok(GroupResult::Node(Node::Look { kind: LookKind::Atomic, negate: false, body: Box::new(body) }))
            }
            '(' => self.conditional(start, flags),
            c if "aiLmsux-".contains(c) => self.flag_group(start, c, flags, first),
            '\\' => {
                let e = self.escaped_char()?;
                Err(self.err(format!("unknown extension ?\\{e}"), start + 1))
            }
            c => Err(self.err(format!("unknown extension ?{c}"), start + 1)),
        }
    }

    /// `(?(cond)yes|no)` after `(?(`.
    fn conditional(&mut self, start: usize, flags: u32) -> Result<GroupResult, Error> {
        let (name, name_pos) = self.name(')')?;
        let group = if !name.is_empty() && name.chars().all(|c| c.is_ascii_digit()) {
            let g: usize = name.parse().unwrap_or(usize::MAX);
            if g == 0 {
                return Err(self.err("bad group number", name_pos));
            }
            self.cond_refs.push((g, name_pos));
            g
        } else {
            if !is_identifier(&name) {
                return Err(self.err(format!("bad character in group name {}", py_repr(&name)), name_pos));
            }
            match self.names.iter().find(|(n, _)| *n == name) {
                Some(&(_, g)) => g,
                None => return Err(self.err(format!("unknown group name {}", py_repr(&name)), name_pos)),
            }
        };
        self.enter()?;
        let (yes, f) = self.sequence(false, flags)?;
        let no = if self.eat('|') {
            let (no, _) = self.sequence(false, f)?;
            if self.peek() == Some('|') {
                return Err(self.err("conditional backref with more than two branches", self.pos));
            }
            no
        } else {
            Node::Empty
        };
        self.depth -= 1;
        if !self.eat(')') {
            return Err(self.err("missing ), unterminated subpattern", start));
        }
        Ok(GroupResult::Node(Node::Cond { group, yes: Box::new(yes), no: Box::new(no) }))
    }

    /// Inline flags after `(?`, first letter `c`: global `(?imsx)` or
    /// scoped `(?i-m:...)`.
    fn flag_group(&mut self, start: usize, c: char, flags: u32, first: bool) -> Result<GroupResult, Error> {
        let bit = |c: char| match c {
            'a' => FLAG_ASCII,
            'i' => FLAG_IGNORECASE,
            'L' => FLAG_LOCALE,
            'm' => FLAG_MULTILINE,
            's' => FLAG_DOTALL,
            'u' => FLAG_UNICODE,
            'x' => FLAG_VERBOSE,
            _ => 0,
        };
        let mut add = 0u32;
        let mut del = 0u32;
        let mut ch = c;
        self.pos -= 1;
        if ch != '-' {
            loop {
                ch = match self.peek() {
                    Some(ch) => ch,
                    None => return Err(self.err("missing -, : or )", self.pos)),
                };
                let b = bit(ch);
                if b == 0 {
                    break;
                }
                self.pos += 1;
                if ch == 'L' && !self.bytes {
                    return Err(self.err("bad inline flags: cannot use 'L' flag with a str pattern", self.pos));
                }
                if ch == 'u' && self.bytes {
                    return Err(self.err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.pos));
                }
                add |= b;
                let exclusive = add & (FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE);
                if exclusive.count_ones() > 1 {
                    return Err(self.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.pos));
                }
            }
            if ch == ')' {
                self.pos += 1;
                if !first {
                    return Err(self.err("global flags not at the start of the expression", start));
                }
                let f = flags | add;
                if add & FLAG_ASCII != 0 {
                    // ASCII replaces the default UNICODE.
                    return Ok(GroupResult::GlobalFlags(f & !FLAG_UNICODE));
                }
                return Ok(GroupResult::GlobalFlags(f));
            }
        }
        if ch == '-' {
            self.pos += 1;
            if self.peek().is_none() {
                return Err(self.err("missing flag", self.pos));
            }
            loop {
                let Some(d2) = self.peek() else {
                    return Err(self.err("missing :", self.pos));
                };
                let b = bit(d2);
                if b == 0 {
                    if d2 == ':' && del != 0 {
                        break;
                    }
                    if del == 0 {
                        let msg = if d2.is_ascii_alphabetic() { "unknown flag" } else { "missing flag" };
                        return Err(self.err(msg, self.pos));
                    }
                    let msg = if d2.is_ascii_alphabetic() { "unknown flag" } else { "missing :" };
                    return Err(self.err(msg, self.pos));
                }
                if matches!(d2, 'a' | 'u' | 'L') {
                    return Err(self.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.pos + 1));
                }
                self.pos += 1;
                del |= b;
            }
            if add & del != 0 {
                return Err(self.err("bad inline flags: flag turned on and off", self.pos));
            }
        }
        if !self.eat(':') {
            let msg = match self.peek() {
                Some(ch) if ch.is_ascii_alphabetic() => "unknown flag",
                _ => "missing -, : or )",
            };
            return Err(self.err(msg, self.pos));
        }
        let mut inner = (flags | add) & !del;
        if add & FLAG_ASCII != 0 {
            inner &= !FLAG_UNICODE;
        }
        if add & FLAG_UNICODE != 0 {
            inner &= !FLAG_ASCII;
        }
        let body = self.group_body(start, inner)?;
        Ok(GroupResult::Node(body))
    }
}

enum GroupResult {
    Node(Node),
    /// A comment.
    Nothing,
    /// `(?flags)` at the start: the new flags.
    GlobalFlags(u32),
}

/// The class a `\d` `\D` `\w` `\W` `\s` `\S` escape names (`c` is the
/// letter after the backslash).
fn category_escape(c: char) -> Option<Category> {
    match c {
        'd' => Some(Category::Digit),
        'D' => Some(Category::NotDigit),
        'w' => Some(Category::Word),
        'W' => Some(Category::NotWord),
        's' => Some(Category::Space),
        'S' => Some(Category::NotSpace),
        _ => None,
    }
}
