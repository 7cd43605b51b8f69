//! `str` objects: immutable UTF-8 text with O(1) length and indexing.
//!
//! Text of up to [`INLINE_CAP`] bytes (most words, keys and identifiers) is
//! kept in the object itself, so making one costs no allocation and
//! collecting it no free; longer text has its own allocation.
//!
//! ASCII strings index by byte. Longer non-ASCII strings build, on first
//! index, a table of the byte offset of every character (the same O(1)
//! guarantee PEP 393 gives CPython, paid only by non-ASCII strings that are
//! indexed); short ones scan their at most `INLINE_CAP` bytes.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::{Cell, OnceCell};

/// The longest text (in bytes) a `str` keeps inline: 30, or 26 on 32-bit
/// targets, where a `StrObj` is then 40 bytes and a heap slot 48 (with
/// 30 it would be 56, the size every object would pay).
pub const INLINE_CAP: usize = if cfg!(target_pointer_width = "64") { 30 } else { 26 };

/// Where a `str`'s bytes live.
///
/// `#[repr(u8)]` fixes the layout (a union of `#[repr(C)]` structs, each
/// starting with the `u8` tag) and `Inline` has tag 0, so an all-zero
/// `Text` is the empty inline text (`Heap::alloc_empty_str` relies on it).
#[repr(u8)]
enum Text {
    /// In the object: the first `len` bytes of `bytes`, valid UTF-8; the
    /// rest are zero (so two inline texts are equal when their arrays are).
    Inline { len: u8, bytes: [u8; INLINE_CAP] } = 0,
    /// In an allocation of its own, with the character offset table built
    /// on first index of non-ASCII text.
    Boxed { text: Box<str>, offsets: OnceCell<Box<Box<[u32]>>> } = 1,
}

/// A Python `str`. `#[repr(C)]`: all-zero bytes are the empty str
/// ([`StrObj::empty`]).
#[repr(C)]
pub struct StrObj {
    text: Text,
    char_len: usize,
    hash: Cell<u64>,
}

impl core::fmt::Debug for StrObj {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        core::fmt::Debug::fmt(self.as_str(), f)
    }
}

/// FNV-1a over the bytes, never 0 or the reserved -1 pattern.
#[inline(never)]
fn str_hash(s: &str) -> u64 {
    bytes_hash(s.as_bytes())
}

/// The hash of `str` text and of `bytes` (equal for ASCII, as in CPython).
pub fn bytes_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // Python hashes are signed and never -1; keep them positive-ish and non-zero.
    let h = h >> 2;
    if h == 0 {
        1
    } else {
        h
    }
}

impl StrObj {
    /// Wraps text.
    pub fn new(text: Box<str>) -> Self {
        if text.len() <= INLINE_CAP {
            return Self::from_text(&text);
        }
        let char_len = char_count(&text);
        StrObj { text: Text::Boxed { text, offsets: OnceCell::new() }, char_len, hash: Cell::new(0) }
    }

    /// A str with a copy of `text`.
    pub fn from_text(text: &str) -> Self {
        if text.len() > INLINE_CAP {
            return Self::new(text.into());
        }
        let mut bytes = [0; INLINE_CAP];
        if let Some(dst) = bytes.get_mut(..text.len()) {
            dst.copy_from_slice(text.as_bytes());
        }
        let text_len = text.len() as u8;
        StrObj { text: Text::Inline { len: text_len, bytes }, char_len: char_count(text), hash: Cell::new(0) }
    }

    /// A str owning `text` (copied inline when short).
    pub fn from_string(text: String) -> Self {
        if text.len() <= INLINE_CAP {
            Self::from_text(&text)
        } else {
            Self::new(text.into_boxed_str())
        }
    }

    /// The empty str, kept inline (all of its bytes are zero).
    pub const fn empty() -> StrObj {
        StrObj { text: Text::Inline { len: 0, bytes: [0; INLINE_CAP] }, char_len: 0, hash: Cell::new(0) }
    }

    /// Appends `text` to an inline str that has room for it (false, and
    /// nothing changed, if it has not). Resets the cached hash.
    pub fn push_inline(&mut self, text: &str) -> bool {
        let Text::Inline { len, bytes } = &mut self.text else { return false };
        let start = usize::from(*len);
        let Some(dest) = bytes.get_mut(start..start + text.len()) else { return false };
        copy_short(dest, text.as_bytes());
        *len += text.len() as u8;
        self.char_len += char_count(text);
        self.hash.set(0);
        true
    }

    /// Makes this inline str `text.upper()` (or `.lower()` when `upper` is
    /// false) for ASCII `text` that fits inline; false, and nothing
    /// changed, otherwise.
    pub fn set_ascii_case(&mut self, text: &str, upper: bool) -> bool {
        let Text::Inline { len, bytes } = &mut self.text else { return false };
        if text.len() > INLINE_CAP || !text.is_ascii() {
            return false;
        }
        bytes.fill(0);
        for (out, &b) in bytes.iter_mut().zip(text.as_bytes()) {
            *out = if upper { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() };
        }
        *len = text.len() as u8;
        self.char_len = text.len();
        self.hash.set(0);
        true
    }

    /// The text.
    #[inline]
    // `bytes` is `[u8; INLINE_CAP]` and the length is clamped to it.
    #[allow(clippy::indexing_slicing)]
    pub fn as_str(&self) -> &str {
        match &self.text {
            Text::Inline { len, bytes } => {
                let bytes = &bytes[..usize::from(*len).min(INLINE_CAP)];
                // SAFETY: these `len` bytes were only ever written from
                // whole `&str`s (`from_text`, `push_inline` appending at
                // the end) or as ASCII bytes (`set_ascii_case`), so they
                // are valid UTF-8.
                unsafe { core::str::from_utf8_unchecked(bytes) }
            }
            Text::Boxed { text, .. } => text,
        }
    }

    /// True if both hold the same text (inline texts compare as two
    /// fixed-size arrays, without a call to `memcmp`).
    #[inline]
    pub fn same_text(&self, other: &StrObj) -> bool {
        match (&self.text, &other.text) {
            (Text::Inline { len: a, bytes: x }, Text::Inline { len: b, bytes: y }) => a == b && x == y,
            _ => self.as_str() == other.as_str(),
        }
    }

    /// Length in characters (Python's `len`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// True if every character is ASCII.
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.as_str().len()
    }

    /// The cached hash (Python's `hash(s)`, not randomized).
    #[inline]
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = str_hash(self.as_str());
        self.hash.set(h);
        h
    }

    /// Byte offset of character `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        let text = self.as_str();
        if self.is_ascii() || i == 0 {
            return i;
        }
        if i >= self.char_len {
            return text.len();
        }
        match &self.text {
            Text::Inline { .. } => text.char_indices().nth(i).map_or(text.len(), |(o, _)| o),
            Text::Boxed { offsets, .. } => {
                let table = offsets.get_or_init(|| {
                    let v: Vec<u32> = text.char_indices().map(|(o, _)| o as u32).collect();
                    Box::new(v.into_boxed_slice())
                });
                table.get(i).map_or(text.len(), |&o| o as usize)
            }
        }
    }

    /// The character index of byte offset `b` (a character boundary, `b <=
    /// len`): the inverse of [`StrObj::byte_offset`].
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() || b == 0 {
            return b;
        }
        let text = self.as_str();
        if b >= text.len() {
            return self.char_len;
        }
        match &self.text {
            Text::Inline { .. } => text.get(..b).map_or(0, |t| t.chars().count()),
            Text::Boxed { offsets, .. } => {
                let _ = self.byte_offset(1);
                match offsets.get() {
                    Some(table) => match table.binary_search(&(b as u32)) {
                        Ok(i) | Err(i) => i,
                    },
                    None => text.get(..b).map_or(0, |t| t.chars().count()),
                }
            }
        }
    }

    /// Character `i` (`i < char_len`).
    pub fn char_at(&self, i: usize) -> char {
        let text = self.as_str();
        if self.is_ascii() {
            return text.as_bytes().get(i).map_or('\0', |&b| b as char);
        }
        let o = self.byte_offset(i);
        text.get(o..).and_then(|t| t.chars().next()).unwrap_or('\0')
    }

    /// The substring of characters `start..end`.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        self.as_str().get(a..b).unwrap_or_default()
    }

    /// Bytes the object owns outside its heap slot, for heap accounting.
    pub fn heap_size(&self) -> usize {
        match &self.text {
            Text::Inline { .. } => 0,
            Text::Boxed { text, offsets } => text.len() + offsets.get().map_or(0, |t| t.len() * 4),
        }
    }
}

/// `dest.copy_from_slice(src)` for at most `INLINE_CAP` bytes, as two
/// fixed-size (overlapping) copies instead of a call to `memcpy`, whose
/// size dispatch costs more than the copy at these lengths.
#[inline]
// Indexing: `n` is at most both lengths, and each arm copies `$w`-byte
// chunks only for `n >= $w` (the match below), so every range is in bounds.
#[allow(clippy::indexing_slicing)]
fn copy_short(dest: &mut [u8], src: &[u8]) {
    let n = src.len().min(dest.len());
    let (dest, src) = (&mut dest[..n], &src[..n]);
    macro_rules! two_chunks {
        ($w:literal) => {{
            dest[..$w].copy_from_slice(&src[..$w]);
            dest[n - $w..].copy_from_slice(&src[n - $w..]);
        }};
    }
    match n {
        16.. => two_chunks!(16),
        8..=15 => two_chunks!(8),
        4..=7 => two_chunks!(4),
        _ => {
            for (d, s) in dest.iter_mut().zip(src) {
                *d = *s;
            }
        }
    }
}

/// The number of characters in `text`.
fn char_count(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_text_read_back_alike() {
        for text in ["", "a", "héllo wörld", "x".repeat(INLINE_CAP).as_str(), "y".repeat(INLINE_CAP + 1).as_str()] {
            let s = StrObj::from_text(text);
            assert_eq!(s.as_str(), text);
            assert_eq!(s.char_len(), text.chars().count());
            assert_eq!(s.hash(), StrObj::new(text.into()).hash());
        }
    }

    #[test]
    fn push_inline_copies_every_length() {
        let source: String = ('a'..='z').chain('0'..='9').collect();
        for n in 0..=INLINE_CAP {
            let mut s = StrObj::empty();
            assert!(s.push_inline(&source[..n]));
            assert_eq!(s.as_str(), &source[..n]);
            assert_eq!(s.push_inline("!"), n < INLINE_CAP);
            assert!(StrObj::from_text(s.as_str()).same_text(&s));
        }
    }

    #[test]
    fn non_ascii_indexing_inline_and_boxed() {
        let short = "aé€😀b";
        let long = short.repeat(8);
        for text in [short, long.as_str()] {
            let s = StrObj::from_string(text.into());
            let chars: Vec<char> = text.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                assert_eq!(s.char_at(i), c);
                assert_eq!(s.char_index(s.byte_offset(i)), i);
            }
            assert_eq!(s.slice_chars(1, 3), chars[1..3].iter().collect::<String>());
            assert_eq!(s.byte_offset(chars.len()), text.len());
        }
        assert_eq!(StrObj::from_text(short).heap_size(), 0);
        assert!(StrObj::from_text(&long).heap_size() >= long.len());
    }
}
