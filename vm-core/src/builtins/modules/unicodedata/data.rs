//! Lookups in the generated tables ([`super::tables`]): a code point's
//! properties record, its decomposition mapping, and the primary composite
//! of a pair.

use super::tables::{
    BIDIS, CATEGORIES, COMPOSE, DECOMP_CPS, DECOMP_ENDS, DECOMP_TEXT, NUMERIC, PROPS, RECORD_BITS, RUNS, TAGS, WIDTHS,
};

/// The properties of one code point (a PROPS record).
#[derive(Clone, Copy)]
pub struct Props([u8; 5]);

/// Entry `i` of a table of names (`""` past its end, which the generated records never reach).
fn name(table: &[&'static str], i: usize) -> &'static str {
    table.get(i).copied().unwrap_or_default()
}

/// How numeric a character is.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NumericKind {
    /// No numeric value.
    None,
    /// A numeric value (`numeric`) only.
    Numeric,
    /// A digit (`digit` and `numeric`).
    Digit,
    /// A decimal digit (`decimal`, `digit` and `numeric`).
    Decimal,
}

impl Props {
    /// The record of code point `cp` (any `u32`; past the code space, the last run's).
    pub fn of(cp: u32) -> Props {
        let run = RUNS.partition_point(|&r| r >> RECORD_BITS <= cp).saturating_sub(1);
        let record = RUNS.get(run).map_or(0, |r| r & ((1 << RECORD_BITS) - 1));
        Props(PROPS.get(record as usize).copied().unwrap_or_default())
    }

    /// The general category (`Lu`, `Cn`, ...).
    pub fn category(self) -> &'static str {
        name(CATEGORIES, self.0[0] as usize)
    }

    /// The bidirectional class (`L`, `AN`, ..., or `""`).
    pub fn bidirectional(self) -> &'static str {
        name(BIDIS, self.0[1] as usize)
    }

    /// The canonical combining class.
    pub fn combining(self) -> u8 {
        self.0[2]
    }

    /// The east asian width (`W`, `Na`, ...).
    pub fn east_asian_width(self) -> &'static str {
        name(WIDTHS, (self.0[3] & 7) as usize)
    }

    /// Whether the character is mirrored in bidirectional text.
    pub fn mirrored(self) -> bool {
        self.0[3] & 8 != 0
    }

    /// The numeric value, if the character is at least `kind` numeric.
    pub fn numeric(self, kind: NumericKind) -> Option<f64> {
        let have = match self.0[3] >> 4 {
            0 => NumericKind::None,
            1 => NumericKind::Numeric,
            2 => NumericKind::Digit,
            _ => NumericKind::Decimal,
        };
        if have == NumericKind::None || have < kind {
            return None;
        }
        NUMERIC.get(self.0[4] as usize).copied()
    }
}

/// The canonical combining class of `c`.
pub fn combining_class(c: char) -> u8 {
    // Every character below U+0300 is a starter.
    if (c as u32) < 0x300 {
        return 0;
    }
    Props::of(c as u32).combining()
}

/// The low bits of a DECOMP_CPS entry: the code point (the tag is above them).
const CP_MASK: u32 = (1 << 21) - 1;

/// The tag and characters of DECOMP_CPS's `i`th mapping.
fn mapping(i: usize) -> Option<(u32, &'static str)> {
    let start = i.checked_sub(1).and_then(|j| DECOMP_ENDS.get(j)).map_or(0, |&e| e as usize);
    let text = DECOMP_TEXT.get(start..*DECOMP_ENDS.get(i)? as usize)?;
    Some((DECOMP_CPS.get(i)? >> 21, text))
}

/// The decomposition mapping of `cp`: its tag (`None` for a canonical
/// mapping, else `<compat>`, ...) and its characters.
pub fn decomposition(cp: u32) -> Option<(Option<&'static str>, &'static str)> {
    let i = DECOMP_CPS.binary_search_by_key(&cp, |&e| e & CP_MASK).ok()?;
    let (tag, text) = mapping(i)?;
    Some(((tag != 0).then(|| name(TAGS, tag as usize - 1)), text))
}

/// The primary composite of `first` followed by `second`, if canonical
/// composition joins them (Hangul syllables aside).
pub fn compose_pair(first: char, second: char) -> Option<char> {
    let key = (Some(first), Some(second));
    let found = COMPOSE.binary_search_by(|&i| {
        let mut chars = mapping(i as usize).map_or("", |(_, text)| text).chars();
        (chars.next(), chars.next()).cmp(&key)
    });
    let i = *COMPOSE.get(found.ok()?)? as usize;
    char::from_u32(DECOMP_CPS.get(i)? & CP_MASK)
}
