//! Character predicates for matching: the categories (`\d`, `\w`, `\s`)
//! under Unicode or ASCII rules, case folding, and set membership.

use super::ast::{Category, CharSet, SetItem};
use crate::runtime::str_repr as sr;

/// A word character (`\w`): `_` or alphanumeric (Python's `str.isalnum`).
#[inline]
pub fn is_word(c: char, ascii: bool) -> bool {
    if c.is_ascii() || ascii {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    sr::is_alnum_char(c)
}

/// A digit (`\d`): a decimal digit of any script, or `0-9` under ASCII.
#[inline]
fn is_digit(c: char, ascii: bool) -> bool {
    if c.is_ascii() || ascii {
        return c.is_ascii_digit();
    }
    sr::is_decimal_char(c)
}

/// Whitespace (`\s`): Python's `str.isspace`, or ASCII's six under ASCII.
#[inline]
fn is_space(c: char, ascii: bool) -> bool {
    if ascii {
        return matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c');
    }
    sr::is_py_space(c)
}

/// Whether `c` is in `cat`.
pub fn in_category(cat: Category, c: char, ascii: bool) -> bool {
    match cat {
        Category::Digit => is_digit(c, ascii),
        Category::NotDigit => !is_digit(c, ascii),
        Category::Word => is_word(c, ascii),
        Category::NotWord => !is_word(c, ascii),
        Category::Space => is_space(c, ascii),
        Category::NotSpace => !is_space(c, ascii),
    }
}

/// The simple lowercase of `c` (itself when it has none or maps to
/// several characters); ASCII letters only under `ascii`.
#[inline]
pub fn lower(c: char, ascii: bool) -> char {
    if c.is_ascii() || ascii {
        return c.to_ascii_lowercase();
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// The simple uppercase of `c` (see [`lower`]).
#[inline]
pub fn upper(c: char, ascii: bool) -> char {
    if c.is_ascii() || ascii {
        return c.to_ascii_uppercase();
    }
    let mut it = c.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

/// Case-insensitive equality of `c` with `folded` (already [`lower`]ed).
#[inline]
pub fn eq_fold(c: char, folded: char, ascii: bool) -> bool {
    c == folded || lower(c, ascii) == folded || lower(upper(c, ascii), ascii) == folded
}

fn items_contain(items: &[SetItem], c: char, ascii: bool) -> bool {
    items.iter().any(|it| match *it {
        SetItem::Char(x) => x == c,
        SetItem::Range(a, b) => a <= c && c <= b,
        SetItem::Cat(cat) => in_category(cat, c, ascii),
    })
}

/// Whether `c` matches the set (its case folding and negation included).
pub fn set_matches(set: &CharSet, c: char) -> bool {
    let mut hit = items_contain(&set.items, c, set.ascii);
    if !hit && set.icase {
        let l = lower(c, set.ascii);
        let u = upper(c, set.ascii);
        hit =
            (l != c && items_contain(&set.items, l, set.ascii)) || (u != c && items_contain(&set.items, u, set.ascii));
    }
    hit != set.negated
}
