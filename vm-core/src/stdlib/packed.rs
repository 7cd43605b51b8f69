//! Unpacking the standard-library sources that `build.rs` packed (input:
//! the packed bytes; output: the source text). The format is a
//! byte-aligned LZ77, described in `build.rs`: literal runs and copies of
//! earlier output, lengths and distances as LEB128.

use alloc::string::String;
use alloc::vec::Vec;

/// The text `packed` holds, or `None` if the bytes are not a well-formed
/// stream of UTF-8 text (they come from the build script, so that would be
/// a build bug).
pub fn unpack(packed: &[u8]) -> Option<String> {
    let mut out = Vec::with_capacity(packed.len() * 3);
    let mut at = 0;
    let varint = |at: &mut usize| {
        let (mut n, mut shift) = (0usize, 0u32);
        loop {
            let b = *packed.get(*at)?;
            *at += 1;
            n |= usize::from(b & 0x7f).checked_shl(shift)?;
            if b < 0x80 {
                return Some(n);
            }
            shift += 7;
        }
    };
    loop {
        let literals = varint(&mut at)?;
        out.extend_from_slice(packed.get(at..at.checked_add(literals)?)?);
        at += literals;
        let len = varint(&mut at)?;
        if len == 0 {
            break;
        }
        let start = out.len().checked_sub(varint(&mut at)?)?;
        if start + len <= out.len() {
            out.extend_from_within(start..start + len);
        } else {
            // Byte by byte: the copy overlaps the bytes it produces.
            for i in start..start + len {
                out.push(*out.get(i)?);
            }
        }
    }
    String::from_utf8(out).ok()
}
