//! The disassembler: `Code` in, human-readable listing out (`ouro --dump bytecode`).

use alloc::format;
use alloc::string::String;
use core::fmt::Write;

use super::code::{Code, Const};
use super::opcode::{decode, ArgKind, BinaryOp, CompareOp, Opcode};

fn const_text(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Int(i) => format!("{i}"),
        Const::BigInt(b) => format!("{b}"),
        Const::Float(f) => format!("{f:?}"),
        Const::Complex { re, im } => format!("complex({re:?}, {im:?})"),
        Const::Bytes(b) => {
            let mut s = String::new();
            crate::runtime::bytes::bytes_repr(b, &mut s);
            s
        }
        Const::Str(s) => format!("{s:?}"),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Tuple(items) => {
            let parts: alloc::vec::Vec<String> = items.iter().map(const_text).collect();
            format!("({})", parts.join(", "))
        }
        Const::FrozenSet(items) => {
            let parts: alloc::vec::Vec<String> = items.iter().map(const_text).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Const::Code(code) => format!("<code {}>", code.qualname),
    }
}

/// Appends the listing of `code` and, after it, of every nested code object.
pub fn disassemble(code: &Code, out: &mut String) {
    let _ = writeln!(out, "Disassembly of <code {}> ({}, line {}):", code.qualname, code.filename, code.first_line);
    if !code.exception_table.is_empty() {
        let _ = writeln!(out, "  exception table:");
        for e in &code.exception_table {
            let _ = writeln!(out, "    {} to {} -> {} [depth {}]", e.start, e.end, e.target, e.depth);
        }
    }
    let mut last_line = 0;
    let mut skip = 0;
    for (pc, &unit) in code.instrs.iter().enumerate() {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let (byte, arg) = decode(unit);
        skip = Opcode::from_u8(byte).map_or(0, |op| op.cache_size());
        let line = code.line_at(pc);
        let line_col = if line != last_line { format!("{line:>5}") } else { String::from("     ") };
        last_line = line;
        let Some(op) = Opcode::from_u8(byte) else {
            let _ = writeln!(out, "{line_col} {pc:>6} <bad opcode {byte}>");
            continue;
        };
        let detail = match op.arg_kind() {
            ArgKind::None => String::new(),
            ArgKind::Count => format!("{arg}"),
            ArgKind::Jump => format!("to {arg}"),
            ArgKind::Const => {
                format!("{arg} ({})", code.consts.get(arg as usize).map_or(String::from("?"), const_text))
            }
            ArgKind::Local => format!("{arg} ({})", code.varnames.get(arg as usize).map_or("?", |s| s)),
            ArgKind::Name => format!("{arg} ({})", code.names.get(arg as usize).map_or("?", |s| s)),
            ArgKind::BinOp => match BinaryOp::from_arg(arg) {
                Some((op, inplace)) => format!("{arg} ({}{})", op.symbol(), if inplace { "=" } else { "" }),
                None => format!("{arg} (?)"),
            },
            ArgKind::CmpOp => {
                let bool_flag = if CompareOp::coerces_to_bool(arg) { ", bool" } else { "" };
                format!("{arg} ({}{bool_flag})", CompareOp::from_arg(arg).map_or("?", |c| c.symbol()))
            }
        };
        let text = format!("{line_col} {pc:>6} {:<22}{detail}", op.name());
        let _ = writeln!(out, "{}", text.trim_end());
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            disassemble(inner, out);
        }
    }
}
