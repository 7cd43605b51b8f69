//! Assembly listings of compiled traces (`--dump asm`): iced-x86's decoder
//! and its fast Intel-syntax formatter (`fast_fmt`: about 65 KB smaller in
//! the CLI than the configurable `intel` one) over the published code, each
//! piece under the IR instruction (or stub, or slow path) it came from.

use alloc::format;
use alloc::string::String;
use core::fmt::Write;

use iced_x86::{Decoder, DecoderOptions, FastFormatter};

use crate::emit::Mark;
use crate::executor::NativeExecutor;

/// The listing of `x`'s code.
pub fn listing(x: &NativeExecutor) -> String {
    let bytes = &x.code.bytes()[..x.len];
    let base = x.code.addr() as u64;
    let mut decoder = Decoder::with_ip(64, bytes, base, DecoderOptions::NONE);
    let mut formatter = FastFormatter::new();
    let mut out = String::new();
    let mut text = String::new();
    let mut marks = x.marks.iter().peekable();
    while decoder.can_decode() {
        let offset = (decoder.ip() - base) as usize;
        while let Some(&&(at, mark)) = marks.peek() {
            if at > offset {
                break;
            }
            marks.next();
            let header = match mark {
                Mark::Entry => String::from("entry"),
                Mark::Inst(n) => x.ir_text.get(n as usize).map(|s| s.trim()).unwrap_or("?").into(),
                Mark::Stub { inst, snapshot } => format!("exit stub of #{inst} (snapshot {snapshot})"),
                Mark::Slow(n) => format!("safepoint slow path of #{n}"),
                Mark::Return => String::from("return paths"),
            };
            let _ = writeln!(out, "  ; {header}");
        }
        let inst = decoder.decode();
        text.clear();
        formatter.format(&inst, &mut text);
        // Operands from column 8, as the listing had them with the Intel formatter.
        let _ = match text.split_once(' ') {
            Some((mnemonic, operands)) => writeln!(out, "  {offset:5x}  {mnemonic:<7} {operands}"),
            None => writeln!(out, "  {offset:5x}  {text}"),
        };
    }
    out
}
