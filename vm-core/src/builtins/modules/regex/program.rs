//! The compiled form of a pattern: a flat program of [`Inst`]s for the
//! backtracking matcher, made from the parser's tree.

use alloc::vec::Vec;

use super::ast::*;
use super::chars;

/// Something that matches exactly one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// This character.
    Char(char),
    /// A character whose case-folding key ([`chars::fold`]) is this one
    /// (ASCII folding only when `bool`).
    Fold(char, bool),
    /// Anything but a newline.
    Any,
    /// Anything.
    AnyAll,
    /// A member of `Program::sets[i]`.
    Set(u32),
}

/// One instruction. Jump targets are instruction indices.
#[derive(Clone, Copy, Debug)]
pub enum Inst {
    /// Consume one character matching the item.
    One(Item),
    /// Consume `min..=max` characters matching the item; greedy ones give
    /// characters back one at a time on backtracking, lazy ones take more,
    /// possessive ones neither.
    RepeatOne {
        /// The item.
        item: Item,
        /// Least count.
        min: u32,
        /// Greatest count ([`MAXREPEAT`]: no bound).
        max: u32,
        /// Greedy, lazy or possessive.
        greed: Greed,
    },
    /// Continue at the first target; on backtracking, at the second.
    Split(u32, u32),
    /// Continue at the target.
    Jmp(u32),
    /// Record the position in a capture slot (odd slots: a group's end,
    /// which also sets `lastindex`).
    Save(u32),
    /// A zero-width test.
    At(At),
    /// The text a group matched, again.
    Backref {
        /// The group.
        group: u32,
        /// Case-insensitive.
        icase: bool,
        /// ASCII folding.
        ascii: bool,
    },
    /// Starts a counted repeat: its counter is 0.
    RepStart {
        /// The counter register.
        reg: u32,
    },
    /// The head of a counted repeat, reached before each iteration; the
    /// body follows, ending with a jump back here.
    RepLoop {
        /// The counter register.
        reg: u32,
        /// Least count.
        min: u32,
        /// Greatest count.
        max: u32,
        /// Prefer more iterations.
        greedy: bool,
        /// Where the repeat is done.
        exit: u32,
    },
    /// Starts a lookaround or atomic group whose body follows, ending
    /// with [`Inst::LookEnd`]; `cont` is the instruction after that.
    LookStart {
        /// Lookahead, lookbehind or atomic.
        kind: LookKind,
        /// Negative lookaround.
        negate: bool,
        /// A lookbehind's width in characters.
        width: u32,
        /// Where matching continues afterwards.
        cont: u32,
    },
    /// The body of the innermost lookaround matched.
    LookEnd,
    /// Continue at the next instruction if the group matched, else at `no`.
    Cond {
        /// The group.
        group: u32,
        /// The "no" branch.
        no: u32,
    },
    /// The whole pattern matched.
    Match,
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Program {
    /// The instructions; execution starts at 0.
    pub insts: Vec<Inst>,
    /// The character sets `Item::Set` refers to.
    pub sets: Vec<CharSet>,
    /// The number of capturing groups.
    pub groups: usize,
    /// The number of counted-repeat registers.
    pub regs: usize,
    /// The subject is bytes (one character per byte), not UTF-8 text.
    pub bytes: bool,
    /// A character every match starts with (searches skip to it).
    pub prefix: Option<char>,
    /// Every match starts at the beginning of the string (`\A`, `^`
    /// without MULTILINE).
    pub anchored: bool,
}

struct Compiler<'a> {
    widths: &'a [(usize, usize)],
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    regs: usize,
}

/// Compiles a parsed tree with `groups` capturing groups (`widths`: each
/// group's least and greatest width, for lookbehinds holding backreferences).
pub fn compile(node: &Node, groups: usize, widths: &[(usize, usize)], bytes: bool) -> Program {
    let mut c = Compiler { widths, insts: Vec::new(), sets: Vec::new(), regs: 0 };
    c.node(node);
    c.insts.push(Inst::Match);
    let mut prefix = None;
    let mut anchored = false;
    for inst in &c.insts {
        match *inst {
            Inst::Save(_) => continue,
            Inst::One(Item::Char(ch)) => prefix = Some(ch),
            Inst::RepeatOne { item: Item::Char(ch), min, .. } if min > 0 => prefix = Some(ch),
            Inst::At(At::Start | At::Bol { multiline: false }) => anchored = true,
            _ => {}
        }
        break;
    }
    Program { insts: c.insts, sets: c.sets, groups, regs: c.regs, bytes, prefix, anchored }
}

impl Compiler<'_> {
    fn here(&self) -> u32 {
        self.insts.len() as u32
    }

    fn patch(&mut self, at: u32, inst: Inst) {
        // `at` is a placeholder `emit` returned.
        if let Some(slot) = self.insts.get_mut(at as usize) {
            *slot = inst;
        }
    }

    /// The single-character item a node is, if it is one.
    fn item(&mut self, node: &Node) -> Option<Item> {
        Some(match node {
            Node::Lit { c, icase, ascii } => {
                if *icase && (c.is_ascii_alphabetic() || (!c.is_ascii() && !*ascii)) {
                    Item::Fold(chars::fold(*c, *ascii), *ascii)
                } else {
                    Item::Char(*c)
                }
            }
            Node::Any { dotall } => {
                if *dotall {
                    Item::AnyAll
                } else {
                    Item::Any
                }
            }
            Node::Set(set) => {
                if let (false, [SetItem::Char(ch)]) = (set.negated, set.items.as_slice()) {
                    let lit = Node::Lit { c: *ch, icase: set.icase, ascii: set.ascii };
                    return self.item(&lit);
                }
                let mut set = set.clone();
                if set.icase {
                    for it in set.items.iter_mut() {
                        if let SetItem::Char(ch) = it {
                            *ch = chars::fold(*ch, set.ascii);
                        }
                    }
                }
                let set = &set;
                // Shares equal sets (a bounded look, so huge patterns stay linear).
                let i = match self.sets.iter().rev().take(32).position(|s| s == set).map(|k| self.sets.len() - 1 - k) {
                    Some(i) => i,
                    None => {
                        self.sets.push(set.clone());
                        self.sets.len() - 1
                    }
                };
                Item::Set(i as u32)
            }
            _ => return None,
        })
    }

    fn node(&mut self, node: &Node) {
        if let Some(item) = self.item(node) {
            self.insts.push(Inst::One(item));
            return;
        }
        match node {
            Node::Empty => {}
            Node::Lit { .. } | Node::Any { .. } | Node::Set(_) => {}
            Node::Cat(items) => items.iter().for_each(|n| self.node(n)),
            Node::Alt(branches) => {
                let mut jumps = Vec::new();
                for (i, b) in branches.iter().enumerate() {
                    if i + 1 < branches.len() {
                        let split = self.here();
                        self.insts.push(Inst::Jmp(0));
                        self.node(b);
                        jumps.push(self.here());
                        self.insts.push(Inst::Jmp(0));
                        let next = self.here();
                        self.patch(split, Inst::Split(split + 1, next));
                    } else {
                        self.node(b);
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.patch(j, Inst::Jmp(end));
                }
            }
            Node::Group { index, body } => {
                self.insts.push(Inst::Save(2 * *index as u32));
                self.node(body);
                self.insts.push(Inst::Save(2 * *index as u32 + 1));
            }
            Node::Repeat { body, min, max, greed } => self.repeat(body, *min, *max, *greed),
            Node::At(at) => self.insts.push(Inst::At(*at)),
            Node::Backref { group, icase, ascii } => {
                self.insts.push(Inst::Backref { group: *group as u32, icase: *icase, ascii: *ascii })
            }
            Node::Look { kind, negate, body } => {
                let width = if *kind == LookKind::Behind { body.width(self.widths).0 as u32 } else { 0 };
                self.look(*kind, *negate, width, |c| c.node(body));
            }
            Node::Cond { group, yes, no } => {
                let at = self.here();
                self.insts.push(Inst::Jmp(0));
                self.node(yes);
                let jump = self.here();
                self.insts.push(Inst::Jmp(0));
                let no_at = self.here();
                self.node(no);
                let end = self.here();
                self.patch(at, Inst::Cond { group: *group as u32, no: no_at });
                self.patch(jump, Inst::Jmp(end));
            }
        }
    }

    fn look(&mut self, kind: LookKind, negate: bool, width: u32, body: impl FnOnce(&mut Self)) {
        let at = self.here();
        self.insts.push(Inst::Jmp(0));
        body(self);
        self.insts.push(Inst::LookEnd);
        let cont = self.here();
        self.patch(at, Inst::LookStart { kind, negate, width, cont });
    }

    fn repeat(&mut self, body: &Node, min: u32, max: u32, greed: Greed) {
        if let Some(item) = self.item(body) {
            self.insts.push(Inst::RepeatOne { item, min, max, greed });
            return;
        }
        if greed == Greed::Possessive {
            // As CPython does it: each iteration is atomic too, and the
            // whole repeat never gives iterations back.
            let atomic =
                Node::Look { kind: LookKind::Atomic, negate: false, body: alloc::boxed::Box::new(body.clone()) };
            self.look(LookKind::Atomic, false, 0, |c| c.repeat(&atomic, min, max, Greed::Greedy));
            return;
        }
        let greedy = greed == Greed::Greedy;
        if (min, max) == (0, 1) {
            let at = self.here();
            self.insts.push(Inst::Jmp(0));
            self.node(body);
            let end = self.here();
            self.patch(at, if greedy { Inst::Split(at + 1, end) } else { Inst::Split(end, at + 1) });
            return;
        }
        if max == MAXREPEAT && min <= 1 && !body.nullable() {
            if min == 0 {
                let head = self.here();
                self.insts.push(Inst::Jmp(0));
                self.node(body);
                self.insts.push(Inst::Jmp(head));
                let end = self.here();
                self.patch(head, if greedy { Inst::Split(head + 1, end) } else { Inst::Split(end, head + 1) });
            } else {
                let head = self.here();
                self.node(body);
                let next = self.here() + 1;
                self.insts.push(if greedy { Inst::Split(head, next) } else { Inst::Split(next, head) });
            }
            return;
        }
        let reg = self.regs as u32;
        self.regs += 1;
        self.insts.push(Inst::RepStart { reg });
        let head = self.here();
        self.insts.push(Inst::Jmp(0));
        self.node(body);
        self.insts.push(Inst::Jmp(head));
        let exit = self.here();
        self.patch(head, Inst::RepLoop { reg, min, max, greedy, exit });
    }
}
