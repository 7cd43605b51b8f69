//! Substring search on str text: `find`, `rfind`, `contains`, `count`,
//! `replace`.
//!
//! The default build uses core's two-way searcher (`str::find` and the
//! `Pattern` methods). `small-code` (the firmware images) scans bytes
//! instead ([`scan`]: a match of valid UTF-8 in valid UTF-8 starts and ends
//! on character boundaries), which leaves core's searcher out of the image
//! and with it, since no other str slice there can panic,
//! `slice_error_fail`'s chain (`char`'s `Debug`, the grapheme-extend
//! table). Results are the same either way (the tests compare the two).

use alloc::string::String;

/// The byte offset of the first `needle` in `hay`.
#[inline]
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    if cfg!(feature = "small-code") {
        scan::find(hay, needle)
    } else {
        hay.find(needle)
    }
}

/// The byte offset of the last `needle` in `hay`.
#[inline]
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    if cfg!(feature = "small-code") {
        scan::rfind(hay, needle)
    } else {
        hay.rfind(needle)
    }
}

/// Does `hay` contain `needle`?
#[inline]
pub fn contains(hay: &str, needle: &str) -> bool {
    if cfg!(feature = "small-code") {
        scan::find(hay, needle).is_some()
    } else {
        hay.contains(needle)
    }
}

/// Non-overlapping occurrences of a non-empty `needle`.
#[inline]
pub fn count(hay: &str, needle: &str) -> usize {
    if cfg!(feature = "small-code") {
        scan::count(hay, needle)
    } else {
        hay.matches(needle).count()
    }
}

/// `hay` with the first `max` non-overlapping occurrences of a non-empty
/// `old` replaced by `new` (`usize::MAX`: all).
#[inline]
pub fn replace(hay: &str, old: &str, new: &str, max: usize) -> String {
    if cfg!(feature = "small-code") {
        scan::replace(hay, old, new, max)
    } else {
        if max == usize::MAX {
            hay.replace(old, new)
        } else {
            hay.replacen(old, new, max)
        }
    }
}

/// `s.rsplit_once(c)` for an ASCII `c`, by a byte scan (the same split:
/// an ASCII byte is never part of another character); core's reverse char
/// searcher is about 600 bytes of a firmware image.
pub fn rsplit_once_ascii(s: &str, c: u8) -> Option<(&str, &str)> {
    let i = s.bytes().rposition(|b| b == c)?;
    Some((s.get(..i)?, s.get(i + 1..)?))
}

/// The byte scans `small-code` uses (compiled in every build, so that the
/// tests compare them with core's searcher).
pub mod scan {
    use crate::runtime::bytes as rb;
    use alloc::string::String;

    /// The byte offset of the first `needle` in `hay`.
    pub fn find(hay: &str, needle: &str) -> Option<usize> {
        rb::find(hay.as_bytes(), needle.as_bytes(), 0, hay.len())
    }

    /// The byte offset of the last `needle` in `hay`.
    pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
        rb::rfind(hay.as_bytes(), needle.as_bytes(), 0, hay.len())
    }

    /// Non-overlapping occurrences of a non-empty `needle`.
    pub fn count(hay: &str, needle: &str) -> usize {
        rb::count(hay.as_bytes(), needle.as_bytes())
    }

    /// `hay` with the first `max` occurrences of a non-empty `old`
    /// replaced by `new`.
    pub fn replace(hay: &str, old: &str, new: &str, max: usize) -> String {
        let mut out = String::with_capacity(hay.len());
        let (mut rest, mut left) = (hay, max);
        while left > 0 {
            let Some(i) = find(rest, old) else { break };
            out.push_str(rest.get(..i).unwrap_or_default());
            out.push_str(new);
            rest = rest.get(i + old.len()..).unwrap_or_default();
            left -= 1;
        }
        out.push_str(rest);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::scan;

    #[test]
    fn rsplit_once_ascii_agrees_with_core() {
        for s in ["", ".", "a.b", "a.b.c", "é.ü.", ".x", "no dot", "日本.語"] {
            assert_eq!(super::rsplit_once_ascii(s, b'.'), s.rsplit_once('.'), "{s:?}");
        }
    }

    #[test]
    fn scans_agree_with_core() {
        let hays = ["", "a", "abcabc", "aaaa", "héllo wörld hé", "日本語の日本", "x😀y😀😀z", "ababab"];
        let needles = ["", "a", "b", "abc", "aa", "é", "hé", "日本", "😀", "😀😀", "zz", "bab"];
        for hay in hays {
            for needle in needles {
                assert_eq!(scan::find(hay, needle), hay.find(needle), "{hay:?}.find({needle:?})");
                assert_eq!(scan::rfind(hay, needle), hay.rfind(needle), "{hay:?}.rfind({needle:?})");
                if needle.is_empty() {
                    continue;
                }
                assert_eq!(scan::count(hay, needle), hay.matches(needle).count(), "{hay:?}.count({needle:?})");
                for max in [0, 1, 2, usize::MAX] {
                    let want =
                        if max == usize::MAX { hay.replace(needle, "<>") } else { hay.replacen(needle, "<>", max) };
                    assert_eq!(scan::replace(hay, needle, "<>", max), want, "{hay:?}.replace({needle:?}, {max})");
                }
            }
        }
    }
}
