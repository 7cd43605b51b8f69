//! CPython 3.11's caret lines: the row under a traceback entry's source
//! line that underlines where the failing instruction came from
//! (`Code::positions`), `^^^^` under a call or a name, `~~^~~` with the
//! operator of a binary operation or `~^^^` with the brackets of a
//! subscript picked out.
//!
//! CPython finds the operator or brackets by parsing the underlined text
//! again; so does [`anchors`], with ouro's parser. Two printers exist in
//! CPython and they differ in small ways: the interpreter's (C, for an
//! uncaught exception: [`render`]) and the `traceback` module's (Python,
//! ported in stdlib/traceback.py, which asks [`anchors`] in its
//! `module_style`).

use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::code::Position;
use crate::compiler::ast::{ExprKind, StmtKind};

/// Where the operator or brackets are within the underlined segment: the
/// characters before `left_end` and from `right_start` on are drawn `~`,
/// the ones between `^`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anchors {
    /// End of the leading `~` run (characters into the segment).
    pub left_end: usize,
    /// Start of the trailing `~` run.
    pub right_start: usize,
}

/// The anchors of `segment` when it is a binary operation or a subscript
/// (and parses alone as one), else None. `module_style` reproduces the
/// `traceback` module's arithmetic, which mixes UTF-8 byte and character
/// offsets when it looks for the operator (so non-ASCII text before the
/// operator moves its `^`, as in CPython).
pub fn anchors(segment: &str, module_style: bool) -> Option<Anchors> {
    let module = crate::compiler::parser::parse_module(segment).ok()?;
    let [stmt] = module.body.as_slice() else { return None };
    let StmtKind::Expr(e) = &stmt.kind else { return None };
    let chars: Vec<char> = segment.chars().collect();
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (left_end, right_start) = (left.end.col as usize, right.pos.col as usize);
            if module_style {
                module_operator(segment, &chars, left_end, right_start)
            } else {
                interpreter_operator(&chars, left_end, right_start)
            }
        }
        ExprKind::Subscript { value, index } => {
            // From the operands' ends on to the brackets, past the `]`.
            let find = |from: usize, bracket: char| {
                chars.get(from..).and_then(|rest| rest.iter().position(|&c| c == bracket)).map(|k| from + k)
            };
            let left = find(value.end.col as usize, '[').unwrap_or(chars.len()).max(value.end.col as usize);
            let from = index.end.col as usize + 1;
            let right = find(from, ']').map_or(chars.len().max(from), |k| k + 1);
            Some(Anchors { left_end: left, right_start: right })
        }
        _ => None,
    }
}

/// The interpreter's operator search: the first character between the
/// operands that is neither a space nor a closing parenthesis (the
/// operator is two characters when the next one is not a space).
fn interpreter_operator(chars: &[char], left_end: usize, right_start: usize) -> Option<Anchors> {
    let mut found = None;
    let between = chars.iter().enumerate().take(right_start).skip(left_end);
    for (i, &c) in between.filter(|(_, c)| !c.is_whitespace()) {
        let wide = i + 1 < right_start && chars.get(i + 1).is_some_and(|c| !c.is_whitespace());
        found = Some(Anchors { left_end: i, right_start: i + 1 + usize::from(wide) });
        if !(c == ')' && i + 1 < right_start) {
            break;
        }
    }
    found
}

/// The `traceback` module's operator search, offsets as it computes them:
/// the operands' ends are UTF-8 byte offsets that it indexes the
/// characters with before converting back.
fn module_operator(segment: &str, chars: &[char], left_end: usize, right_start: usize) -> Option<Anchors> {
    let byte_of = |col: usize| segment.char_indices().nth(col).map_or(segment.len(), |(b, _)| b);
    // CPython's `_byte_offset_to_character_offset`: the characters a
    // lossy decoding of the first `offset` bytes gives.
    let to_chars = |offset: usize| {
        let bytes = segment.as_bytes();
        String::from_utf8_lossy(bytes.get(..offset).unwrap_or(bytes)).chars().count()
    };
    let (left_bytes, right_bytes) = (byte_of(left_end), byte_of(right_start));
    let operator: &[char] = chars.get(to_chars(left_bytes)..to_chars(right_bytes)).unwrap_or(&[]);
    let offset = operator.iter().take_while(|c| c.is_whitespace()).count();
    let mut left = left_bytes + offset;
    let mut right = left + 1;
    if operator.get(offset + 1).is_some_and(|c| !c.is_whitespace()) {
        right += 1;
    }
    while chars.get(left).is_some_and(|&c| c.is_whitespace() || c == ')' || c == '#') {
        left += 1;
        right += 1;
    }
    Some(Anchors { left_end: to_chars(left), right_start: to_chars(right) })
}

/// Columns a character takes on a terminal: 2 for East Asian wide and
/// fullwidth ones (when the Unicode table is built in), else 1.
fn display_width(chars: &[char]) -> usize {
    #[cfg(feature = "mod-unicodedata")]
    return chars
        .iter()
        .map(|&c| {
            let wide = matches!(
                crate::builtins::modules::unicodedata::data::Props::of(c as u32).east_asian_width(),
                "W" | "F"
            );
            1 + usize::from(wide)
        })
        .sum();
    #[cfg(not(feature = "mod-unicodedata"))]
    chars.len()
}

/// The caret line the interpreter prints under `line` (the source line,
/// without its line break) for an instruction at `pos`, with its
/// four-space margin and without a line break; None when the underlined
/// part is the whole line (less its indentation) and has no anchors.
pub fn render(line: &str, pos: Position) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    // `chars[from..to]`, empty where that is out of range.
    let part = |from: usize, to: usize| chars.get(from..to).unwrap_or(&[]);
    let indent = chars.iter().take_while(|c| c.is_whitespace()).count();
    let start = usize::from(pos.col);
    if start < indent || start > chars.len() {
        return None;
    }
    let (end, anchors) = match pos.end_line_delta {
        0 => {
            let end = usize::from(pos.end_col).clamp(start, chars.len());
            (end, anchors(&part(start, end).iter().collect::<String>(), false))
        }
        _ => (chars.len() - chars.iter().rev().take_while(|c| c.is_whitespace()).count(), None),
    };
    let end = end.max(start);
    let split = anchors.filter(|a| a.right_start > a.left_end);
    if end - start >= chars.len() - indent && split.is_none() {
        return None;
    }
    let mut out = String::from("    ");
    let mut draw = |c: char, text: &[char]| out.extend(core::iter::repeat_n(c, display_width(text)));
    draw(' ', part(indent, start));
    let segment = part(start, end);
    match split {
        Some(a) => {
            let left = a.left_end.min(segment.len());
            let right = a.right_start.clamp(left, segment.len());
            let piece = |from: usize, to: usize| segment.get(from..to).unwrap_or(&[]);
            draw('~', piece(0, left));
            draw('^', piece(left, right));
            draw('~', piece(right, segment.len()));
        }
        None => draw('^', segment),
    }
    Some(out)
}
