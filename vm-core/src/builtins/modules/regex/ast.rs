//! The parsed form of a regular expression: a tree of [`Node`]s whose
//! leaves carry the flags in force where they were written (scoped inline
//! flags such as `(?i:...)` make those differ inside one pattern).

use alloc::boxed::Box;
use alloc::vec::Vec;

/// `re.IGNORECASE`.
pub const FLAG_IGNORECASE: u32 = 2;
/// `re.LOCALE`.
pub const FLAG_LOCALE: u32 = 4;
/// `re.MULTILINE`.
pub const FLAG_MULTILINE: u32 = 8;
/// `re.DOTALL`.
pub const FLAG_DOTALL: u32 = 16;
/// `re.UNICODE`.
pub const FLAG_UNICODE: u32 = 32;
/// `re.VERBOSE`.
pub const FLAG_VERBOSE: u32 = 64;
/// `re.DEBUG`.
pub const FLAG_DEBUG: u32 = 128;
/// `re.ASCII`.
pub const FLAG_ASCII: u32 = 256;

/// The largest repeat count plus one (`{m,n}` counts must stay below it);
/// also the "no upper bound" marker.
pub const MAXREPEAT: u32 = u32::MAX;

/// A predefined character category (`\d`, `\w`, `\s` and their negations).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// `\d`.
    Digit,
    /// `\D`.
    NotDigit,
    /// `\w`.
    Word,
    /// `\W`.
    NotWord,
    /// `\s`.
    Space,
    /// `\S`.
    NotSpace,
}

/// One member of a character set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetItem {
    /// One character.
    Char(char),
    /// An inclusive range.
    Range(char, char),
    /// A category.
    Cat(Category),
}

/// A character set: `[...]`, `[^...]`, or a category escape on its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CharSet {
    /// `[^...]`.
    pub negated: bool,
    /// The members.
    pub items: Vec<SetItem>,
    /// Case-insensitive matching.
    pub icase: bool,
    /// Categories and case folding use ASCII rules only.
    pub ascii: bool,
}

/// A zero-width position test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `^` (at line starts too when `multiline`).
    Bol {
        /// Under `re.MULTILINE`.
        multiline: bool,
    },
    /// `$` (before a final newline, or at line ends when `multiline`).
    Eol {
        /// Under `re.MULTILINE`.
        multiline: bool,
    },
    /// `\A`.
    Start,
    /// `\Z`.
    End,
    /// `\b`.
    Boundary {
        /// Words are ASCII words.
        ascii: bool,
    },
    /// `\B`.
    NotBoundary {
        /// Words are ASCII words.
        ascii: bool,
    },
}

/// How a repeat prefers its counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Greed {
    /// As many as possible first (`*`).
    Greedy,
    /// As few as possible first (`*?`).
    Lazy,
    /// As many as possible, never giving any back (`*+`).
    Possessive,
}

/// What a lookaround-like group does with its body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LookKind {
    /// `(?=...)` / `(?!...)`.
    Ahead,
    /// `(?<=...)` / `(?<!...)` (the body has a fixed width).
    Behind,
    /// `(?>...)`: the body's first match, kept without backtracking into it.
    Atomic,
}

/// A node of the pattern tree.
#[derive(Clone, Debug)]
pub enum Node {
    /// Matches the empty string.
    Empty,
    /// One literal character.
    Lit {
        /// The character.
        c: char,
        /// Case-insensitive.
        icase: bool,
        /// ASCII-only case folding.
        ascii: bool,
    },
    /// `.`.
    Any {
        /// Also matches a newline (`re.DOTALL`).
        dotall: bool,
    },
    /// A character set or category.
    Set(CharSet),
    /// A sequence.
    Cat(Vec<Node>),
    /// Alternatives, tried left to right.
    Alt(Vec<Node>),
    /// A capturing group.
    Group {
        /// Its number (1-based).
        index: usize,
        /// Its body.
        body: Box<Node>,
    },
    /// A quantified node.
    Repeat {
        /// What repeats.
        body: Box<Node>,
        /// Least count.
        min: u32,
        /// Greatest count ([`MAXREPEAT`]: no bound).
        max: u32,
        /// Greedy, lazy or possessive.
        greed: Greed,
    },
    /// A zero-width assertion.
    At(At),
    /// `\N` or `(?P=name)`.
    Backref {
        /// The group number.
        group: usize,
        /// Case-insensitive comparison.
        icase: bool,
        /// ASCII-only case folding.
        ascii: bool,
    },
    /// A lookaround or atomic group.
    Look {
        /// Which one.
        kind: LookKind,
        /// `(?!...)` / `(?<!...)`.
        negate: bool,
        /// Its body.
        body: Box<Node>,
    },
    /// `(?(group)yes|no)`.
    Cond {
        /// The group tested.
        group: usize,
        /// Taken when the group matched.
        yes: Box<Node>,
        /// Taken otherwise.
        no: Box<Node>,
    },
}

impl Node {
    /// The least and greatest number of characters this node matches
    /// (`usize::MAX` for no bound); `groups` gives each closed group's widths.
    pub fn width(&self, groups: &[(usize, usize)]) -> (usize, usize) {
        match self {
            Node::Empty | Node::At(_) | Node::Look { kind: LookKind::Ahead | LookKind::Behind, .. } => (0, 0),
            Node::Lit { .. } | Node::Any { .. } | Node::Set(_) => (1, 1),
            Node::Cat(items) => items.iter().fold((0, 0), |(lo, hi), n| {
                let (a, b) = n.width(groups);
                (lo.saturating_add(a), hi.saturating_add(b))
            }),
            Node::Alt(items) => {
                let mut lo = usize::MAX;
                let mut hi = 0;
                for n in items {
                    let (a, b) = n.width(groups);
                    lo = lo.min(a);
                    hi = hi.max(b);
                }
                (if items.is_empty() { 0 } else { lo }, hi)
            }
            Node::Group { body, .. } | Node::Look { body, .. } => body.width(groups),
            Node::Repeat { body, min, max, .. } => {
                let (a, b) = body.width(groups);
                let hi = if *max == MAXREPEAT {
                    if b == 0 {
                        0
                    } else {
                        usize::MAX
                    }
                } else {
                    b.saturating_mul(*max as usize)
                };
                (a.saturating_mul(*min as usize), hi)
            }
            Node::Backref { group, .. } => groups.get(*group).copied().unwrap_or((0, usize::MAX)),
            Node::Cond { yes, no, .. } => {
                let (a, b) = yes.width(groups);
                let (c, d) = no.width(groups);
                (a.min(c), b.max(d))
            }
        }
    }

    /// True when the node can match without consuming anything.
    pub fn nullable(&self) -> bool {
        match self {
            Node::Empty | Node::At(_) | Node::Look { .. } | Node::Backref { .. } => true,
            Node::Lit { .. } | Node::Any { .. } | Node::Set(_) => false,
            Node::Cat(items) => items.iter().all(Node::nullable),
            Node::Alt(items) => items.iter().any(Node::nullable),
            Node::Group { body, .. } => body.nullable(),
            Node::Repeat { body, min, .. } => *min == 0 || body.nullable(),
            Node::Cond { yes, no, .. } => yes.nullable() || no.nullable(),
        }
    }
}
