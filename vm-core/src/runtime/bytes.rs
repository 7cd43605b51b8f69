//! `bytes` and `bytearray` values and their byte-string algorithms
//! (repr, hex, search, split, strip), as CPython's `bytesobject.c` and
//! `bytes_methods.c` define them. One heap kind holds both types; a
//! `bytearray` is the mutable one.

use alloc::string::String;
use alloc::vec::Vec;

/// A `bytes` or `bytearray` object.
#[derive(Clone, Debug, Default)]
pub struct BytesObj {
    /// The bytes.
    pub data: Vec<u8>,
    /// True for `bytearray`.
    pub mutable: bool,
}

/// Appends CPython's `repr` of the bytes (`b'...'`): `'` quotes unless
/// the data has `'` and no `"`; `\t \n \r \\`, the quote and bytes
/// outside printable ASCII escaped (`\xNN`).
pub fn bytes_repr(data: &[u8], out: &mut String) {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    out.push('b');
    out.push(quote);
    for &b in data {
        match b {
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\\' => out.push_str("\\\\"),
            _ if b as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(b as char),
            _ => {
                out.push_str("\\x");
                out.push(hex_digit(b >> 4));
                out.push(hex_digit(b));
            }
        }
    }
    out.push(quote);
}

/// The lowercase hex digit of `n`'s low four bits.
#[inline]
pub fn hex_digit(n: u8) -> char {
    char::from_digit(u32::from(n & 15), 16).unwrap_or('0')
}

/// `b.hex()`: two lowercase hex digits per byte.
pub fn to_hex(data: &[u8]) -> String {
    let mut s = String::with_capacity(data.len() * 2);
    for &b in data {
        s.push(hex_digit(b >> 4));
        s.push(hex_digit(b));
    }
    s
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed
/// between pairs; `Err(position)` of the first bad character.
pub fn from_hex(s: &str) -> Result<Vec<u8>, usize> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    while let Some(&c) = b.get(i) {
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = digit(c).ok_or(i)?;
        let lo = b.get(i + 1).copied().and_then(digit).ok_or(i + 1)?;
        out.push(hi << 4 | lo);
        i += 2;
    }
    Ok(out)
}

/// The first index of `needle` in `hay[start..end]`.
pub fn find(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end > hay.len() || needle.len() > end - start {
        return None;
    }
    (start..=end - needle.len()).find(|&i| hay.get(i..i + needle.len()) == Some(needle))
}

/// The last index of `needle` in `hay[start..end]`.
pub fn rfind(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end > hay.len() || needle.len() > end - start {
        return None;
    }
    (start..=end - needle.len()).rev().find(|&i| hay.get(i..i + needle.len()) == Some(needle))
}

/// Non-overlapping occurrences of a non-empty `needle`.
pub fn count(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let (mut n, mut i) = (0, 0);
    while let Some(j) = find(hay, needle, i, hay.len()) {
        n += 1;
        i = j + needle.len();
    }
    n
}

/// `b.replace(old, new, count)` (`count < 0`: all).
pub fn replace(hay: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(hay.len());
    let mut left = if count < 0 { usize::MAX } else { count as usize };
    if old.is_empty() {
        // Insert `new` before every byte and at the end.
        for (k, &b) in hay.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(b);
            if k + 1 == hay.len() && left > 0 {
                out.extend_from_slice(new);
            }
        }
        if hay.is_empty() && left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while left > 0 {
        let Some(j) = find(hay, old, i, hay.len()) else { break };
        out.extend_from_slice(hay.get(i..j).unwrap_or_default());
        out.extend_from_slice(new);
        i = j + old.len();
        left -= 1;
    }
    out.extend_from_slice(hay.get(i..).unwrap_or_default());
    out
}

/// `b.split(sep, maxsplit)` with a non-empty separator.
pub fn split_sep(data: &[u8], sep: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut i = 0;
    while left > 0 {
        let Some(j) = find(data, sep, i, data.len()) else { break };
        out.push(data.get(i..j).unwrap_or_default().to_vec());
        i = j + sep.len();
        left -= 1;
    }
    out.push(data.get(i..).unwrap_or_default().to_vec());
    out
}

/// `b.split(None, maxsplit)`: runs of ASCII whitespace separate.
pub fn split_whitespace(data: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut i = 0;
    let ws = |b: u8| b.is_ascii_whitespace() || b == 0x0b;
    loop {
        while data.get(i).is_some_and(|&b| ws(b)) {
            i += 1;
        }
        let Some(rest) = data.get(i..).filter(|r| !r.is_empty()) else { break };
        if left == 0 {
            // The rest keeps its trailing whitespace (as CPython's does).
            out.push(rest.to_vec());
            break;
        }
        let len = rest.iter().position(|&b| ws(b)).unwrap_or(rest.len());
        out.push(rest.get(..len).unwrap_or_default().to_vec());
        i += len;
        left -= 1;
    }
    out
}

/// `b.strip(chars)` (`None`: ASCII whitespace), from the `left`/`right` ends.
pub fn strip<'a>(data: &'a [u8], chars: Option<&[u8]>, left: bool, right: bool) -> &'a [u8] {
    let strip_it = |b: u8| match chars {
        Some(cs) => cs.contains(&b),
        None => b.is_ascii_whitespace() || b == 0x0b,
    };
    let mut rest = data;
    if left {
        let s = rest.iter().position(|&b| !strip_it(b)).unwrap_or(rest.len());
        rest = rest.get(s..).unwrap_or_default();
    }
    if right {
        let e = rest.iter().rposition(|&b| !strip_it(b)).map_or(0, |k| k + 1);
        rest = rest.get(..e).unwrap_or_default();
    }
    rest
}

/// `b.rsplit(sep, maxsplit)` (`sep` None: ASCII whitespace): `split` of
/// the reversed bytes by the reversed separator, each part and the list
/// reversed back (the rightmost match of `sep` is the leftmost of its
/// reversal).
pub fn rsplit(data: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> Vec<Vec<u8>> {
    let rev = |d: &[u8]| d.iter().rev().copied().collect::<Vec<u8>>();
    let mut parts = match sep {
        Some(s) => split_sep(&rev(data), &rev(s), maxsplit),
        None => split_whitespace(&rev(data), maxsplit),
    };
    parts.reverse();
    for p in &mut parts {
        p.reverse();
    }
    parts
}

/// The fill on each side of `ljust` (`mode` 0), `rjust` (1) and `center`
/// (2, CPython's rounding) padding text of `len` characters to `width`.
pub fn pad_sides(len: usize, width: usize, mode: u8) -> (usize, usize) {
    let total = width.saturating_sub(len);
    match mode {
        0 => (0, total),
        1 => (total, 0),
        _ => {
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    }
}

/// `data` with `left` and `right` copies of `fill` (one character's bytes)
/// around it.
pub fn pad(data: &[u8], left: usize, right: usize, fill: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + (left + right) * fill.len());
    out.extend(core::iter::repeat_n(fill, left).flatten());
    out.extend_from_slice(data);
    out.extend(core::iter::repeat_n(fill, right).flatten());
    out
}

/// `zfill`: `fill` zeros after a leading sign (`+`/`-`), else in front
/// (UTF-8 text too: the sign is ASCII).
pub fn zfill(data: &[u8], fill: usize) -> Vec<u8> {
    let at = usize::from(matches!(data.first(), Some(b'+' | b'-')));
    let mut out = Vec::with_capacity(data.len() + fill);
    out.extend_from_slice(data.get(..at).unwrap_or_default());
    out.extend(core::iter::repeat_n(b'0', fill));
    out.extend_from_slice(data.get(at..).unwrap_or_default());
    out
}

/// `expandtabs(size)` of `units` (bytes or characters): a tab becomes
/// spaces up to the next multiple of `size` columns; `\n` and `\r`
/// restart the column. False (the output unfinished) once it would pass
/// `limit` units.
pub fn expand_tabs<T: Copy + From<u8> + PartialEq>(
    units: impl Iterator<Item = T>,
    size: i64,
    limit: usize,
    out: &mut impl Extend<T>,
) -> bool {
    let (tab, nl, cr, space) = (T::from(b'\t'), T::from(b'\n'), T::from(b'\r'), T::from(b' '));
    let (mut column, mut written) = (0i64, 0usize);
    for c in units {
        if c == tab {
            if size > 0 {
                let n = size - column % size;
                written += n as usize;
                if written > limit {
                    return false;
                }
                out.extend(core::iter::repeat_n(space, n as usize));
                column += n;
            }
            continue;
        }
        out.extend(core::iter::once(c));
        written += 1;
        column = if c == nl || c == cr { 0 } else { column + 1 };
    }
    true
}

/// The byte ranges of the lines of `splitlines(keepends)`: `units` gives
/// each character with its byte offset, `is_break` says which end a line
/// (`\r\n` is one break), `len` is the text's byte length.
pub fn line_spans(
    units: impl Iterator<Item = (usize, char)>,
    len: usize,
    is_break: fn(char) -> bool,
    keep: bool,
) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut units = units.peekable();
    let mut start = 0;
    while let Some((i, c)) = units.next() {
        if !is_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && units.peek().map(|&(_, n)| n) == Some('\n') {
            units.next();
            end += 1;
        }
        spans.push((start, if keep { end } else { i }));
        start = end;
    }
    if start < len {
        spans.push((start, len));
    }
    spans
}

/// `title()` of ASCII text: upper after a non-letter, lower after a letter
/// (other bytes unchanged).
pub fn ascii_title(data: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    data.iter()
        .map(|&c| {
            let out = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            prev_cased = c.is_ascii_alphabetic();
            out
        })
        .collect()
}

/// `capitalize()` of ASCII text.
pub fn ascii_capitalize(data: &[u8]) -> Vec<u8> {
    let mut out = data.to_ascii_lowercase();
    if let Some(first) = out.first_mut() {
        first.make_ascii_uppercase();
    }
    out
}

/// `swapcase()` of ASCII text.
pub fn ascii_swapcase(data: &[u8]) -> Vec<u8> {
    data.iter().map(|&c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect()
}

/// `istitle()`: every upper(/title)-case unit follows an uncased one,
/// every lowercase unit a cased one, and some unit is cased.
pub fn is_title<T: Copy>(units: impl Iterator<Item = T>, upper: impl Fn(T) -> bool, lower: impl Fn(T) -> bool) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in units {
        if upper(c) {
            if prev_cased {
                return false;
            }
            (prev_cased, cased) = (true, true);
        } else if lower(c) {
            if !prev_cased {
                return false;
            }
            (prev_cased, cased) = (true, true);
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// The byte ranges of `partition(sep)` (`rpartition` when `right`) of
/// `n` bytes whose first (last) `sep` of `sep_len` bytes is `found`: the
/// text before it, `sep`, the text after; without a match the whole text
/// is the first (last) part.
pub fn partition_spans(n: usize, sep_len: usize, found: Option<usize>, right: bool) -> [(usize, usize); 3] {
    match found {
        Some(i) => [(0, i), (i, i + sep_len), (i + sep_len, n)],
        None if right => [(0, 0), (0, 0), (0, n)],
        None => [(0, n), (n, n), (n, n)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        let r = |d: &[u8]| {
            let mut s = String::new();
            bytes_repr(d, &mut s);
            s
        };
        assert_eq!(r(b"abc"), "b'abc'");
        assert_eq!(r(b"it's"), "b\"it's\"");
        assert_eq!(r(b"'\""), "b'\\'\"'");
        assert_eq!(r(b"\x00\x7f\xff\t\n\r\\"), "b'\\x00\\x7f\\xff\\t\\n\\r\\\\'");
    }

    #[test]
    fn helpers() {
        assert_eq!(from_hex("de ad BE"), Ok(alloc::vec![0xde, 0xad, 0xbe]));
        assert_eq!(from_hex("0g"), Err(1));
        assert_eq!(to_hex(&[0, 255]), "00ff");
        assert_eq!(replace(b"aaa", b"a", b"bb", 2), b"bbbba".to_vec());
        assert_eq!(replace(b"ab", b"", b"-", -1), b"-a-b-".to_vec());
        assert_eq!(split_whitespace(b"  a b  c ", 1), alloc::vec![b"a".to_vec(), b"b  c ".to_vec()]);
        assert_eq!(count(b"aaaa", b"aa"), 2);
    }
}
