//! TEMPORARY stub (replaced by str_repr.rs).
#![allow(missing_docs)]
use alloc::string::String;
pub fn str_repr(s: &str, out: &mut String) { out.push('\''); for c in s.chars() { match c { '\'' => out.push_str("\\'"), '\\' => out.push_str("\\\\"), '\n' => out.push_str("\\n"), _ => out.push(c) } } out.push('\''); }
pub fn is_py_space(c: char) -> bool { c.is_whitespace() || ("\x1c\x1d\x1e\x1f").contains(c) }
