//! `str` objects: immutable UTF-8 text with O(1) length and indexing.
//!
//! ASCII strings index by byte. Other strings build, on first index, a table
//! of the byte offset of every character (the same O(1) guarantee PEP 393
//! gives CPython, paid only by non-ASCII strings that are indexed).

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::{Cell, OnceCell};

/// A Python `str`.
#[derive(Debug)]
pub struct StrObj {
    text: Box<str>,
    char_len: usize,
    hash: Cell<u64>,
    offsets: OnceCell<Box<[u32]>>,
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
        let char_len = if text.is_ascii() { text.len() } else { text.chars().count() };
        StrObj { text, char_len, hash: Cell::new(0), offsets: OnceCell::new() }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in characters (Python's `len`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// True if every character is ASCII.
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    /// The cached hash (Python's `hash(s)`, not randomized).
    #[inline]
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = str_hash(&self.text);
        self.hash.set(h);
        h
    }

    /// Byte offset of character `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() || i == 0 {
            return i;
        }
        if i >= self.char_len {
            return self.text.len();
        }
        let table = self.offsets.get_or_init(|| {
            let v: Vec<u32> = self.text.char_indices().map(|(o, _)| o as u32).collect();
            v.into_boxed_slice()
        });
        table[i] as usize
    }

    /// The character index of byte offset `b` (a character boundary, `b <=
    /// len`): the inverse of [`StrObj::byte_offset`].
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() || b == 0 {
            return b;
        }
        if b >= self.text.len() {
            return self.char_len;
        }
        let _ = self.byte_offset(1);
        match self.offsets.get() {
            Some(table) => match table.binary_search(&(b as u32)) {
                Ok(i) | Err(i) => i,
            },
            None => self.text[..b].chars().count(),
        }
    }

    /// Character `i` (`i < char_len`).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            return self.text.as_bytes()[i] as char;
        }
        let o = self.byte_offset(i);
        self.text[o..].chars().next().unwrap_or('\0')
    }

    /// The substring of characters `start..end`.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.text[a..b]
    }

    /// Bytes the object owns, for heap accounting.
    pub fn heap_size(&self) -> usize {
        self.text.len() + self.offsets.get().map_or(0, |t| t.len() * 4)
    }
}
