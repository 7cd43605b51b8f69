//! The backtracking matcher: runs a [`Program`] over a subject with an
//! explicit backtrack stack (no recursion per character, and none per
//! lookaround either: a lookaround leaves a marker on the same stack), so
//! long subjects cannot overflow the Rust stack.
//!
//! The state lives in [`Matcher`] between calls: [`Matcher::run`] stops
//! after a budget of steps and returns [`Outcome::Yield`], so the caller
//! can charge the VM's fuel, check its interrupt and deadline, and call
//! `run` again to continue exactly where it stopped.
//!
//! Positions are byte offsets into the subject (UTF-8 text, or bytes where
//! each byte is one character).

use alloc::vec;
use alloc::vec::Vec;

use super::ast::{At, Greed, LookKind, MAXREPEAT};
use super::chars;
use super::program::{Inst, Item, Program};

/// A capture slot that holds no position.
pub const UNSET: usize = usize::MAX;

/// How a match is anchored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// At the start position only (`match`).
    Match,
    /// At the start position, ending at the end (`fullmatch`).
    Full,
    /// At the first position from the start where one exists (`search`).
    Search,
}

/// What [`Matcher::run`] ended with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A match: see [`Matcher::slots`].
    Matched,
    /// No match.
    Failed,
    /// The step budget ran out; call `run` again to continue.
    Yield,
}

/// One entry of the backtrack stack: a choice to resume, or a change to undo.
#[derive(Clone, Copy, Debug)]
enum Bt {
    /// Resume at `pc` with `pos`.
    Choice { pc: u32, pos: usize },
    /// Restore a capture slot.
    Slot { idx: u32, old: usize },
    /// Restore a counted repeat's counter and last iteration start.
    Count { reg: u32, count: u32, last: usize },
    /// A lazy counted repeat: try one more iteration at `pos`.
    LazyIter { pc: u32, pos: usize },
    /// A greedy single-item repeat that took `count` items ending at `pos`: give one back.
    Greedy { pc: u32, pos: usize, count: u32 },
    /// A lazy single-item repeat that took `count` items ending at `pos`: take one more.
    Lazy { pc: u32, pos: usize, count: u32 },
    /// A lookaround (or atomic group) started at `pc` at `pos`; reached by
    /// backtracking, its body failed.
    Look { pc: u32, pos: usize },
}

/// The matching state of one `match`/`search`/`fullmatch` call.
#[derive(Debug)]
pub struct Matcher {
    /// Capture slots: group `g`'s start and end at `2g`, `2g + 1`
    /// (byte offsets, or [`UNSET`]), then `lastindex` (0 for none).
    pub slots: Vec<usize>,
    counts: Vec<u32>,
    lasts: Vec<usize>,
    bt: Vec<Bt>,
    /// Backtrack-stack indices of the lookaround markers in progress.
    looks: Vec<usize>,
    pc: usize,
    pos: usize,
    /// Where the current attempt started.
    start: usize,
    /// The subject's end (`endpos`).
    end: usize,
    mode: Mode,
    /// A match at the first attempt must not be empty (after an empty match).
    must_advance: bool,
    /// An attempt is to begin at `start`.
    fresh: bool,
    done: bool,
}

/// The character at `pos` and the position after it.
#[inline]
fn next_char(t: &[u8], pos: usize, bytes: bool) -> Option<(char, usize)> {
    let b = *t.get(pos)?;
    if b < 0x80 || bytes {
        return Some((b as char, pos + 1));
    }
    let (len, init) = if b >= 0xf0 {
        (4, (b & 0x07) as u32)
    } else if b >= 0xe0 {
        (3, (b & 0x0f) as u32)
    } else {
        (2, (b & 0x1f) as u32)
    };
    let mut v = init;
    for i in 1..len {
        v = (v << 6) | (*t.get(pos + i)? & 0x3f) as u32;
    }
    Some((char::from_u32(v).unwrap_or('\u{fffd}'), pos + len))
}

/// The character before `pos` and its position.
// `0 < pos <= t.len()` (see `impl Matcher`), and `i < pos`.
#[inline]
#[allow(clippy::indexing_slicing)]
fn prev_char(t: &[u8], pos: usize, bytes: bool) -> Option<(char, usize)> {
    if pos == 0 {
        return None;
    }
    let b = t[pos - 1];
    if b < 0x80 || bytes {
        return Some((b as char, pos - 1));
    }
    let mut i = pos - 1;
    while i > 0 && t[i] & 0xc0 == 0x80 {
        i -= 1;
    }
    next_char(t, i, bytes).map(|(c, _)| (c, i))
}

/// The position after `pos` (one character on).
#[inline]
fn step(t: &[u8], pos: usize, bytes: bool) -> usize {
    next_char(t, pos, bytes).map_or(pos + 1, |(_, p)| p)
}

// Indexing: the matcher's hot loop. Positions stay within the subject:
// `bounds` gives `start <= end <= len` (no matcher when `pos > endpos`),
// `run` cuts the subject at `end`, and positions move only by
// `next_char`/`prev_char` (which stop at its ends) or back to saved ones;
// `t[pos]` reads follow `pos < t.len()` checks. The other indices are the
// compiled program's own: pcs are instruction indices `compile` emitted,
// slot numbers are below `2 * (groups + 1)` (`slots` has one more, for
// `lastindex`), registers below `prog.regs` (the size of `counts` and
// `lasts`), set numbers index `prog.sets`, and a lookaround's mark is the
// index of its `Bt::Look` on the backtrack stack.
#[allow(clippy::indexing_slicing)]
impl Matcher {
    /// Capture slot `i` (`UNSET` past the end).
    pub fn slot(&self, i: usize) -> usize {
        self.slots.get(i).copied().unwrap_or(UNSET)
    }

    /// A matcher for `prog` over a subject of `end` bytes, starting at `start`.
    pub fn new(prog: &Program, start: usize, end: usize, mode: Mode, must_advance: bool) -> Matcher {
        Matcher {
            slots: vec![UNSET; 2 * (prog.groups + 1) + 1],
            counts: vec![0; prog.regs],
            lasts: vec![UNSET; prog.regs],
            bt: Vec::new(),
            looks: Vec::new(),
            pc: 0,
            pos: start,
            start,
            end,
            mode,
            must_advance,
            fresh: true,
            done: false,
        }
    }

    /// Prepares another search from `start` (keeping the allocations).
    pub fn restart(&mut self, start: usize, must_advance: bool) {
        self.start = start;
        self.pos = start;
        self.must_advance = must_advance;
        self.fresh = true;
        self.done = false;
    }

    /// Bytes the matcher's stacks hold (for the heap limit).
    pub fn memory(&self) -> usize {
        self.bt.capacity() * core::mem::size_of::<Bt>() + self.looks.capacity() * 8
    }

    /// The `lastindex` slot.
    pub fn lastindex(&self) -> usize {
        let v = self.slots[self.slots.len() - 1];
        if v == UNSET {
            0
        } else {
            v
        }
    }

    fn item_matches(prog: &Program, item: Item, c: char) -> bool {
        match item {
            Item::Char(x) => c == x,
            Item::Fold(key, ascii) => c == key || chars::fold(c, ascii) == key,
            Item::Any => c != '\n',
            Item::AnyAll => true,
            Item::Set(i) => chars::set_matches(&prog.sets[i as usize], c),
        }
    }

    fn set_slot(&mut self, idx: usize, v: usize) {
        self.bt.push(Bt::Slot { idx: idx as u32, old: self.slots[idx] });
        self.slots[idx] = v;
    }

    fn at(&self, t: &[u8], at: At, bytes: bool) -> bool {
        let pos = self.pos;
        match at {
            At::Start => pos == 0,
            At::End => pos == t.len(),
            At::Bol { multiline } => pos == 0 || (multiline && t[pos - 1] == b'\n'),
            At::Eol { multiline } => pos == t.len() || (t[pos] == b'\n' && (multiline || pos + 1 == t.len())),
            At::Boundary { ascii } | At::NotBoundary { ascii } => {
                if t.is_empty() {
                    return false;
                }
                let before = prev_char(t, pos, bytes).is_some_and(|(c, _)| chars::is_word(c, ascii || bytes));
                let after = next_char(t, pos, bytes).is_some_and(|(c, _)| chars::is_word(c, ascii || bytes));
                (before != after) == matches!(at, At::Boundary { .. })
            }
        }
    }

    /// Whether the text group `group` matched occurs again at the current
    /// position; moves past it if so.
    fn backref(&mut self, t: &[u8], group: usize, icase: bool, ascii: bool, bytes: bool) -> bool {
        let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
        if s == UNSET || e == UNSET || e < s {
            return false;
        }
        if !icase {
            let len = e - s;
            if self.pos + len <= t.len() && t[s..e] == t[self.pos..self.pos + len] {
                self.pos += len;
                return true;
            }
            return false;
        }
        let (mut i, mut j) = (s, self.pos);
        while i < e {
            let (Some((a, ni)), Some((b, nj))) = (next_char(t, i, bytes), next_char(t, j, bytes)) else {
                return false;
            };
            // CPython compares a backreference's simple lowercases only.
            if a != b && chars::lower(a, ascii) != chars::lower(b, ascii) {
                return false;
            }
            i = ni;
            j = nj;
        }
        self.pos = j;
        true
    }

    /// Pops the backtrack stack to the next choice; false when none is left.
    fn backtrack(&mut self, prog: &Program, t: &[u8]) -> bool {
        let bytes = prog.bytes;
        while let Some(e) = self.bt.pop() {
            match e {
                Bt::Choice { pc, pos } => {
                    self.pc = pc as usize;
                    self.pos = pos;
                    return true;
                }
                Bt::Slot { idx, old } => self.slots[idx as usize] = old,
                Bt::Count { reg, count, last } => {
                    self.counts[reg as usize] = count;
                    self.lasts[reg as usize] = last;
                }
                Bt::LazyIter { pc, pos } => {
                    let Inst::RepLoop { reg, .. } = prog.insts[pc as usize] else { continue };
                    let r = reg as usize;
                    self.bt.push(Bt::Count { reg, count: self.counts[r], last: self.lasts[r] });
                    self.counts[r] += 1;
                    self.lasts[r] = pos;
                    self.pc = pc as usize + 1;
                    self.pos = pos;
                    return true;
                }
                Bt::Greedy { pc, pos, count } => {
                    let Inst::RepeatOne { min, .. } = prog.insts[pc as usize] else { continue };
                    // The literal that must follow, if any: skip positions where it cannot.
                    let follow = match prog.insts.get(pc as usize + 1) {
                        Some(Inst::One(Item::Char(c))) => Some(*c),
                        _ => None,
                    };
                    let mut count = count - 1;
                    let mut pos = prev_char(t, pos, bytes).map_or(0, |(_, p)| p);
                    if let Some(f) = follow {
                        while count > min && next_char(t, pos, bytes).map(|(c, _)| c) != Some(f) {
                            count -= 1;
                            pos = prev_char(t, pos, bytes).map_or(0, |(_, p)| p);
                        }
                    }
                    if count > min {
                        self.bt.push(Bt::Greedy { pc, pos, count });
                    }
                    self.pc = pc as usize + 1;
                    self.pos = pos;
                    return true;
                }
                Bt::Lazy { pc, pos, count } => {
                    let Inst::RepeatOne { item, max, .. } = prog.insts[pc as usize] else { continue };
                    match next_char(t, pos, bytes) {
                        Some((c, np)) if Self::item_matches(prog, item, c) => {
                            let count = count + 1;
                            if count < max {
                                self.bt.push(Bt::Lazy { pc, pos: np, count });
                            }
                            self.pc = pc as usize + 1;
                            self.pos = np;
                            return true;
                        }
                        _ => {}
                    }
                }
                Bt::Look { pc, pos } => {
                    self.looks.pop();
                    let Inst::LookStart { negate, cont, .. } = prog.insts[pc as usize] else { continue };
                    if negate {
                        // The body cannot match: a negative lookaround succeeds.
                        self.pc = cont as usize;
                        self.pos = pos;
                        return true;
                    }
                }
            }
        }
        false
    }

    /// Runs for at most about `budget` steps.
    pub fn run(&mut self, prog: &Program, t: &[u8], budget: usize) -> Outcome {
        let t = &t[..self.end.min(t.len())];
        let bytes = prog.bytes;
        let mut steps = 0usize;
        if self.done {
            return Outcome::Failed;
        }
        loop {
            if self.fresh {
                self.fresh = false;
                if self.mode == Mode::Search {
                    if let Some(p) = prog.prefix {
                        match find_char(t, self.start, p, bytes) {
                            Some(at) => {
                                if at != self.start {
                                    self.must_advance = false;
                                }
                                self.start = at;
                            }
                            None => {
                                self.done = true;
                                return Outcome::Failed;
                            }
                        }
                    }
                }
                self.slots.iter_mut().for_each(|s| *s = UNSET);
                self.bt.clear();
                self.looks.clear();
                self.pc = 0;
                self.pos = self.start;
            }
            steps += 1;
            if steps > budget {
                return Outcome::Yield;
            }
            let ok = match prog.insts[self.pc] {
                Inst::One(item) => match next_char(t, self.pos, bytes) {
                    Some((c, np)) if Self::item_matches(prog, item, c) => {
                        self.pos = np;
                        self.pc += 1;
                        true
                    }
                    _ => false,
                },
                Inst::RepeatOne { item, min, max, greed } => {
                    let target = if greed == Greed::Lazy { min } else { max };
                    let mut count = 0u32;
                    let mut pos = self.pos;
                    while count < target {
                        match next_char(t, pos, bytes) {
                            Some((c, np)) if Self::item_matches(prog, item, c) => {
                                pos = np;
                                count += 1;
                            }
                            _ => break,
                        }
                    }
                    steps += count as usize;
                    if count < min {
                        false
                    } else {
                        match greed {
                            Greed::Greedy if count > min => {
                                self.bt.push(Bt::Greedy { pc: self.pc as u32, pos, count });
                            }
                            Greed::Lazy if count < max => {
                                self.bt.push(Bt::Lazy { pc: self.pc as u32, pos, count });
                            }
                            _ => {}
                        }
                        self.pos = pos;
                        self.pc += 1;
                        true
                    }
                }
                Inst::Split(a, b) => {
                    self.bt.push(Bt::Choice { pc: b, pos: self.pos });
                    self.pc = a as usize;
                    true
                }
                Inst::Jmp(a) => {
                    self.pc = a as usize;
                    true
                }
                Inst::Save(slot) => {
                    let slot = slot as usize;
                    self.set_slot(slot, self.pos);
                    if slot % 2 == 1 {
                        let li = self.slots.len() - 1;
                        self.set_slot(li, slot / 2);
                    }
                    self.pc += 1;
                    true
                }
                Inst::At(at) => {
                    if self.at(t, at, bytes) {
                        self.pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Backref { group, icase, ascii } => {
                    if self.backref(t, group as usize, icase, ascii, bytes) {
                        self.pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::RepStart { reg } => {
                    let r = reg as usize;
                    self.bt.push(Bt::Count { reg, count: self.counts[r], last: self.lasts[r] });
                    self.counts[r] = 0;
                    self.lasts[r] = UNSET;
                    self.pc += 1;
                    true
                }
                Inst::RepLoop { reg, min, max, greedy, exit } => {
                    let r = reg as usize;
                    let count = self.counts[r];
                    // The zero-width check compares with where the last
                    // iteration past `min` started (as CPython does: the
                    // first check after the required ones always passes).
                    let iterate = |m: &mut Matcher, past_min: bool| {
                        m.bt.push(Bt::Count { reg, count, last: m.lasts[r] });
                        m.counts[r] = count + 1;
                        if past_min {
                            m.lasts[r] = m.pos;
                        }
                        m.pc += 1;
                    };
                    if count < min {
                        iterate(self, false);
                    } else if (max == MAXREPEAT || count < max) && self.pos != self.lasts[r] {
                        if greedy {
                            self.bt.push(Bt::Choice { pc: exit, pos: self.pos });
                            iterate(self, true);
                        } else {
                            self.bt.push(Bt::LazyIter { pc: self.pc as u32, pos: self.pos });
                            self.pc = exit as usize;
                        }
                    } else {
                        self.pc = exit as usize;
                    }
                    true
                }
                Inst::LookStart { kind, width, .. } => {
                    self.bt.push(Bt::Look { pc: self.pc as u32, pos: self.pos });
                    self.looks.push(self.bt.len() - 1);
                    self.pc += 1;
                    if kind == LookKind::Behind {
                        let mut p = self.pos;
                        let mut ok = true;
                        for _ in 0..width {
                            match prev_char(t, p, bytes) {
                                Some((_, q)) => p = q,
                                None => {
                                    ok = false;
                                    break;
                                }
                            }
                        }
                        self.pos = p;
                        ok
                    } else {
                        true
                    }
                }
                Inst::LookEnd => self.look_end(prog),
                Inst::Cond { group, no } => {
                    let g = group as usize;
                    if 2 * g + 1 < self.slots.len() && self.slots[2 * g + 1] != UNSET {
                        self.pc += 1;
                    } else {
                        self.pc = no as usize;
                    }
                    true
                }
                Inst::Match => {
                    let reject = (self.mode == Mode::Full && self.pos != t.len())
                        || (self.must_advance && self.pos == self.start);
                    if reject {
                        false
                    } else {
                        self.slots[0] = self.start;
                        self.slots[1] = self.pos;
                        self.done = true;
                        return Outcome::Matched;
                    }
                }
            };
            if !ok && !self.backtrack(prog, t) {
                // This attempt failed.
                if self.mode != Mode::Search || self.start >= t.len() || prog.anchored {
                    self.done = true;
                    return Outcome::Failed;
                }
                self.start = step(t, self.start, bytes);
                self.must_advance = false;
                self.fresh = true;
            }
        }
    }

    /// The body of the innermost lookaround matched: keep its captures
    /// (positive) or undo them and fail (negative). Returns false to backtrack.
    fn look_end(&mut self, prog: &Program) -> bool {
        let Some(mark) = self.looks.pop() else { return false };
        let Bt::Look { pc, pos } = self.bt[mark] else { return false };
        let Inst::LookStart { kind, negate, cont, .. } = prog.insts[pc as usize] else { return false };
        if kind == LookKind::Behind && self.pos != pos {
            // (Cannot happen for a fixed-width body; treat as no match.)
            self.looks.push(mark);
            return false;
        }
        let undo: Vec<Bt> =
            self.bt.drain(mark + 1..).filter(|e| matches!(e, Bt::Slot { .. } | Bt::Count { .. })).collect();
        self.bt.truncate(mark);
        if negate {
            for e in undo.iter().rev() {
                match *e {
                    Bt::Slot { idx, old } => self.slots[idx as usize] = old,
                    Bt::Count { reg, count, last } => {
                        self.counts[reg as usize] = count;
                        self.lasts[reg as usize] = last;
                    }
                    _ => {}
                }
            }
            return false;
        }
        self.bt.extend(undo);
        if kind != LookKind::Atomic {
            self.pos = pos;
        }
        self.pc = cont as usize;
        true
    }
}

/// The first position at or after `from` holding `c`.
fn find_char(t: &[u8], from: usize, c: char, bytes: bool) -> Option<usize> {
    if bytes || c.is_ascii() {
        let b = c as u32 as u8;
        return t.get(from..)?.iter().position(|&x| x == b).map(|i| from + i);
    }
    let mut buf = [0u8; 4];
    let enc = c.encode_utf8(&mut buf).as_bytes();
    let hay = t.get(from..)?;
    hay.windows(enc.len()).position(|w| w == enc).map(|i| from + i)
}
