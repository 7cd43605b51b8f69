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
    if c == '\u{130}' {
        // İ: its full lowercase is two characters, its simple one `i`.
        return 'i';
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

/// The case-folding key of `c`: two characters are equal ignoring case
/// when their keys are. Lowercasing the uppercase of the lowercase puts
/// `ſ` with `s`, `K` (Kelvin) with `k`, `ẞ` with `ß`, `ς` and `ϐ` with `σ`
/// and `β`, as CPython's case-insensitive matching does.
#[inline]
pub fn fold(c: char, ascii: bool) -> char {
    if c.is_ascii() || ascii {
        return c.to_ascii_lowercase();
    }
    match c {
        // Pairs with the same full case folding but no simple case mapping
        // between them, which CPython's matching also treats as equal.
        '\u{1fd3}' => '\u{390}',
        '\u{1fe3}' => '\u{3b0}',
        '\u{fb05}' => '\u{fb06}',
        _ => lower(upper(lower(c, false), false), false),
    }
}

fn items_contain(items: &[SetItem], c: char, ascii: bool) -> bool {
    items.iter().any(|it| match *it {
        SetItem::Char(x) => x == c,
        SetItem::Range(a, b) => a <= c && c <= b,
        SetItem::Cat(cat) => in_category(cat, c, ascii),
    })
}

/// Whether `c` matches the set (its case folding and negation included).
/// A case-insensitive set's single characters are stored folded (see
/// [`fold`]); ranges are tested with `c`'s case variants.
pub fn set_matches(set: &CharSet, c: char) -> bool {
    let mut hit = items_contain(&set.items, c, set.ascii);
    if !hit && set.icase {
        let f = fold(c, set.ascii);
        hit = [lower(c, set.ascii), upper(c, set.ascii), f, upper(f, set.ascii)]
            .iter()
            .any(|&v| v != c && items_contain(&set.items, v, set.ascii));
    }
    hit != set.negated
}
