//! The Unicode normalization forms (UAX #15) over the generated tables:
//! full decomposition (canonical, or compatibility too), canonical
//! ordering of combining marks, and canonical composition; Hangul
//! syllables decompose and compose arithmetically.

use super::data::{combining_class, compose_pair, decomposition};
use alloc::string::String;
use alloc::vec::Vec;

/// A normalization form.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Canonical composition.
    Nfc,
    /// Canonical decomposition.
    Nfd,
    /// Compatibility composition.
    Nfkc,
    /// Compatibility decomposition.
    Nfkd,
}

impl Form {
    /// The form called `name` (`"NFC"`, ...).
    pub fn from_name(name: &str) -> Option<Form> {
        Some(match name {
            "NFC" => Form::Nfc,
            "NFD" => Form::Nfd,
            "NFKC" => Form::Nfkc,
            "NFKD" => Form::Nfkd,
            _ => return None,
        })
    }

    fn compat(self) -> bool {
        matches!(self, Form::Nfkc | Form::Nfkd)
    }

    fn composes(self) -> bool {
        matches!(self, Form::Nfc | Form::Nfkc)
    }
}

// The Hangul syllable block's arithmetic (Unicode's chapter 3.12).
const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// `s` in normalization form `form`.
pub fn normalize(form: Form, s: &str) -> String {
    // ASCII is the same in every form.
    if s.is_ascii() {
        return String::from(s);
    }
    let mut chars = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose(c, form.compat(), &mut chars);
    }
    reorder(&mut chars);
    if form.composes() {
        chars = compose(&chars);
    }
    chars.into_iter().collect()
}

/// Appends the full decomposition of `c` to `out`.
fn decompose(c: char, compat: bool, out: &mut Vec<char>) {
    let cp = c as u32;
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let index = cp - S_BASE;
        let jamo = [L_BASE + index / N_COUNT, V_BASE + index % N_COUNT / T_COUNT, T_BASE + index % T_COUNT];
        let n = if index.is_multiple_of(T_COUNT) { 2 } else { 3 };
        out.extend(jamo.iter().take(n).filter_map(|&j| char::from_u32(j)));
        return;
    }
    match decomposition(cp) {
        Some((tag, text)) if tag.is_none() || compat => {
            for d in text.chars() {
                decompose(d, compat, out);
            }
        }
        _ => out.push(c),
    }
}

/// Puts each run of combining marks (nonzero classes) in class order, stably.
fn reorder(chars: &mut [char]) {
    for run in chars.chunk_by_mut(|&a, &b| (combining_class(a) == 0) == (combining_class(b) == 0)) {
        if run.len() > 1 && run.first().is_some_and(|&c| combining_class(c) != 0) {
            sort_by_class(run);
        }
    }
}

/// A stable sort by combining class: insertion for the usual few marks, a
/// counting sort over the 256 classes for long runs. (Not `sort_by_key`,
/// whose generic code would cost the binary about 14 KB.)
fn sort_by_class(run: &mut [char]) {
    if run.len() <= 16 {
        for i in 1..run.len() {
            let mut j = i;
            while let (Some(&a), Some(&b)) = (run.get(j.wrapping_sub(1)), run.get(j)) {
                if combining_class(a) <= combining_class(b) {
                    break;
                }
                run.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    // Where each class's characters start in the sorted run.
    let mut starts = [0usize; 256];
    for &c in run.iter() {
        if let Some(n) = starts.get_mut(combining_class(c) as usize) {
            *n += 1;
        }
    }
    let mut total = 0;
    for start in starts.iter_mut() {
        let n = *start;
        *start = total;
        total += n;
    }
    let mut sorted = alloc::vec!['\0'; run.len()];
    for &c in run.iter() {
        if let Some(pos) = starts.get_mut(combining_class(c) as usize) {
            if let Some(slot) = sorted.get_mut(*pos) {
                *slot = c;
            }
            *pos += 1;
        }
    }
    run.copy_from_slice(&sorted);
}

/// The composite of a Hangul L+V or LV+T pair.
fn compose_hangul(first: char, second: char) -> Option<char> {
    let (a, b) = (first as u32, second as u32);
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return char::from_u32(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    let is_lv = (S_BASE..S_BASE + S_COUNT).contains(&a) && (a - S_BASE).is_multiple_of(T_COUNT);
    if is_lv && (T_BASE + 1..T_BASE + T_COUNT).contains(&b) {
        return char::from_u32(a + (b - T_BASE));
    }
    None
}

/// Canonical composition of decomposed, reordered text: each character
/// joins the last starter before it when no character between them blocks
/// it (one of class zero or of a class at least its own).
fn compose(chars: &[char]) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    // The class of the last character kept since the starter (None: none kept).
    let mut last_class: Option<u8> = None;
    for &c in chars {
        let class = combining_class(c);
        let blocked = matches!(last_class, Some(last) if last == 0 || last >= class);
        if let Some(first) = starter.and_then(|s| out.get_mut(s)).filter(|_| !blocked) {
            if let Some(joined) = compose_hangul(*first, c).or_else(|| compose_pair(*first, c)) {
                *first = joined;
                continue;
            }
        }
        if class == 0 {
            starter = Some(out.len());
            last_class = None;
        } else {
            last_class = Some(class);
        }
        out.push(c);
    }
    out
}
