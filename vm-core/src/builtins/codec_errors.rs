//! Codec error handlers: what `str.encode` and `bytes.decode` put in place
//! of text their codec cannot handle, by the handler's name (`errors=`).
//!
//! ouro's strs are UTF-8 text and hold no lone surrogates, which shapes
//! two of CPython's handlers: `surrogateescape` and `surrogatepass`
//! re-raise the codec's error for anything but surrogates, so on encoding
//! they are exactly `strict`; on decoding they would make a lone surrogate,
//! which ouro cannot hold, so they raise the codec's error as `strict`
//! does. `namereplace` needs the Unicode name table ouro leaves out: it is
//! an unknown handler when encoding (a LookupError; with `rare-methods`,
//! decoding gets CPython's TypeError for it, as for `xmlcharrefreplace`).
#![cfg_attr(not(feature = "bytes"), allow(dead_code))]

use alloc::format;
use alloc::string::String;

use crate::runtime::object::PyResult;
use crate::vm::Vm;

/// An error handler ouro has.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Handler {
    /// Raise the codec's error.
    Strict,
    /// Leave the failing text out.
    Ignore,
    /// `?` for each character not encoded, U+FFFD for each failing run of
    /// bytes.
    Replace,
    /// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for each character or byte.
    #[cfg(feature = "rare-methods")]
    Backslash,
    /// `&#N;` for each character (encoding only).
    #[cfg(feature = "rare-methods")]
    XmlCharRef,
}

impl Handler {
    /// The handler named `errors` (CPython looks it up only when the codec
    /// fails): a LookupError for a name ouro lacks, a TypeError for an
    /// encoding-only handler asked to decode.
    pub(super) fn lookup(vm: &mut Vm, errors: &str, decoding: bool) -> PyResult<Handler> {
        Ok(match errors {
            "strict" | "surrogateescape" | "surrogatepass" => Handler::Strict,
            "ignore" => Handler::Ignore,
            "replace" => Handler::Replace,
            #[cfg(feature = "rare-methods")]
            "backslashreplace" => Handler::Backslash,
            #[cfg(feature = "rare-methods")]
            "xmlcharrefreplace" if !decoding => Handler::XmlCharRef,
            // Known handlers that only encode.
            #[cfg(feature = "rare-methods")]
            "xmlcharrefreplace" | "namereplace" if decoding => {
                return Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
            }
            _ => {
                let _ = decoding;
                let c = vm.exc.lookup_error;
                return Err(vm.new_exception(c, format!("unknown error handler name '{errors}'")));
            }
        })
    }

    /// Appends the replacement for code point `cp` (a character not
    /// encoded, or a byte not decoded) to `out`; `Strict` appends nothing
    /// (its caller raises instead).
    pub(super) fn replace(self, cp: u32, decoding: bool, out: &mut String) {
        match self {
            Handler::Strict | Handler::Ignore => {}
            Handler::Replace => out.push(if decoding { '\u{fffd}' } else { '?' }),
            #[cfg(feature = "rare-methods")]
            Handler::Backslash => out.push_str(&match cp {
                0..=0xff => format!("\\x{cp:02x}"),
                0x100..=0xffff => format!("\\u{cp:04x}"),
                _ => format!("\\U{cp:08x}"),
            }),
            #[cfg(feature = "rare-methods")]
            Handler::XmlCharRef => out.push_str(&format!("&#{cp};")),
        }
        let _ = cp;
    }
}
