//! `_sre`: the regular-expression engine behind `re` (`stdlib/re.py`).
//!
//! [`parser`] turns a pattern into a tree ([`ast`]), [`program`] compiles
//! the tree into instructions, [`matcher`] runs them by backtracking with
//! an explicit stack, and [`chars`] holds the character predicates. This
//! module is the Python-facing layer:
//!
//! - `compile(pattern, flags)` returns `(program, groups, names, flags)`,
//!   or `(None, kind, message, position)` for a bad pattern (`re.py`
//!   raises `re.error`, `OverflowError`, `ValueError` or `RecursionError`
//!   from that);
//! - `match(program, string, pos, endpos, mode, must_advance)` returns
//!   the match's spans (start and end per group, -1 when unset, character
//!   indices) followed by `lastindex` and the clamped `pos` and `endpos`,
//!   or None (mode 0: match, 1: fullmatch, 2: search);
//! - `scan(program, string, pos, endpos, limit)` returns the spans of
//!   successive non-overlapping matches (what `findall`, `finditer`,
//!   `sub` and `split` walk), with Python 3.7's rule for empty matches;
//! - `findall(program, string, pos, endpos)` builds `Pattern.findall`'s
//!   list directly.
//!
//! The matcher stops every [`BUDGET`] steps; the loop here then charges
//! the VM's fuel and checks its limits (interrupt, deadline) and the
//! backtrack stack's size against the heap limit, and resumes it.

pub mod ast;
pub mod chars;
pub mod matcher;
pub mod parser;
pub mod program;

use crate::builtins::arg_at;
use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;

use super::NativeModule;
use crate::builtins::{arity, no_kwargs};
use crate::runtime::object::{BuiltinDef, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

use matcher::{Matcher, Mode, Outcome, UNSET};
use program::Program;

/// The `_sre` module.
pub static MODULE: NativeModule = NativeModule { name: "_sre", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[
    BuiltinDef { name: "compile", func: compile },
    BuiltinDef { name: "match", func: match_ },
    BuiltinDef { name: "scan", func: scan },
    BuiltinDef { name: "findall", func: findall },
];

/// Matcher steps between two checks of the VM's limits.
const BUDGET: usize = 4096;

/// Makes the class compiled programs belong to (`_sre.Program`).
fn init(vm: &mut Vm, ns: ObjRef) {
    let name = vm.new_str("Program");
    let bases = vm.new_tuple(alloc::vec![Value::Obj(vm.types.object)]);
    let body = vm.new_dict_obj();
    let module = vm.intern("__module__");
    let modname = vm.new_str("_sre");
    let _ = vm.dict_set_str(body, module, modname);
    if let Ok(class) = vm.make_class(name, bases, body) {
        let key = vm.intern("Program");
        let _ = vm.dict_set_str(ns, key, class);
    }
}

/// The `_sre.Program` class (from the loaded module).
fn program_class(vm: &mut Vm) -> Option<ObjRef> {
    let key = vm.intern("_sre");
    let Value::Obj(m) = vm.dict_get_str(vm.modules, key)? else { return None };
    let Obj::Module { dict, .. } = vm.heap.get(m) else { return None };
    let dict = *dict;
    let key = vm.intern("Program");
    match vm.dict_get_str(dict, key)? {
        Value::Obj(c) => Some(c),
        _ => None,
    }
}

/// An int argument, saturated to `i64` (positions are clamped anyway).
fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => match super::index_int(vm, v)? {
            crate::runtime::int_ops::PyInt::Small(i) => Ok(i),
            crate::runtime::int_ops::PyInt::Big(big) if big.sign() == crate::runtime::bigint::Sign::Minus => {
                Ok(i64::MIN)
            }
            crate::runtime::int_ops::PyInt::Big(_) => Ok(i64::MAX),
        },
    }
}

/// The str or bytes object behind `v` (a `str` subclass instance's text).
fn text_obj(vm: &Vm, v: Value) -> Value {
    if let Value::Obj(r) = v {
        if let Obj::Instance(i) = vm.heap.get(r) {
            if let Some(n) = i.native {
                return Value::Obj(n);
            }
        }
    }
    v
}

/// `compile(pattern, flags)`.
fn compile(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "compile", kw)?;
    arity(vm, "compile", args, 2, 2)?;
    let flags = int_arg(vm, arg_at(args, 1))? as u32;
    let (chars, bytes): (Vec<char>, bool) = match text_obj(vm, arg_at(args, 0)) {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(s) => (s.as_str().chars().collect(), false),
            Obj::Bytes(b) => (b.data.iter().map(|&x| x as char).collect(), true),
            _ => {
                let tn = vm.type_name(arg_at(args, 0));
                return Err(vm.type_error(format!("first argument must be string or compiled pattern, not {tn}")));
            }
        },
        _ => {
            let tn = vm.type_name(arg_at(args, 0));
            return Err(vm.type_error(format!("first argument must be string or compiled pattern, not {tn}")));
        }
    };
    let fail = |vm: &mut Vm, kind: &str, msg: &str, pos: Option<usize>| {
        let kind = vm.new_str(kind);
        let msg = vm.new_str(msg);
        let pos = pos.map_or(Value::None, |p| Value::Int(p as i64));
        Ok(vm.new_tuple(alloc::vec![Value::None, kind, msg, pos]))
    };
    let parsed = match parser::parse(&chars, flags, bytes) {
        Ok(p) => p,
        Err(e) => {
            let kind = match e.kind {
                parser::ErrorKind::Re => "error",
                parser::ErrorKind::Overflow => "overflow",
                parser::ErrorKind::Value => "value",
                parser::ErrorKind::Recursion => "recursion",
            };
            return fail(vm, kind, &e.msg, e.pos);
        }
    };
    // CPython's fix_flags: str patterns are Unicode unless ASCII.
    let mut flags = parsed.flags;
    use ast::{FLAG_ASCII, FLAG_LOCALE, FLAG_UNICODE};
    if bytes {
        if flags & FLAG_UNICODE != 0 {
            return fail(vm, "value", "cannot use UNICODE flag with a bytes pattern", None);
        }
        if flags & FLAG_LOCALE != 0 && flags & FLAG_ASCII != 0 {
            return fail(vm, "value", "ASCII and LOCALE flags are incompatible", None);
        }
    } else {
        if flags & FLAG_LOCALE != 0 {
            return fail(vm, "value", "cannot use LOCALE flag with a str pattern", None);
        }
        if flags & FLAG_ASCII == 0 {
            flags |= FLAG_UNICODE;
        } else if flags & FLAG_UNICODE != 0 {
            return fail(vm, "value", "ASCII and UNICODE flags are incompatible", None);
        }
    }
    let prog = program::compile(&parsed.node, parsed.groups, &parsed.widths, bytes);
    let class = match program_class(vm) {
        Some(c) => c,
        None => vm.types.object,
    };
    vm.reserve(prog.insts.len() * core::mem::size_of::<program::Inst>())?;
    let prog_obj = Value::Obj(vm.heap.alloc(Obj::UserData { class, value: Box::new(prog) }));
    let mut names = Vec::new();
    for (name, index) in &parsed.names {
        let n = vm.new_str(name);
        names.push(vm.new_tuple(alloc::vec![n, Value::Int(*index as i64)]));
    }
    let names = vm.new_list(names);
    Ok(vm.new_tuple(alloc::vec![prog_obj, Value::Int(parsed.groups as i64), names, Value::Int(flags as i64)]))
}

/// The program and subject of a call, checked.
struct Subject {
    prog: ObjRef,
    text: ObjRef,
    /// The subject's length in characters.
    len: usize,
}

fn with_program<R>(vm: &Vm, prog: ObjRef, f: impl FnOnce(&Program) -> R) -> Option<R> {
    match vm.heap.get(prog) {
        Obj::UserData { value, .. } => value.downcast_ref::<Program>().map(f),
        _ => None,
    }
}

fn subject(vm: &mut Vm, prog: Value, text: Value) -> PyResult<Subject> {
    let Value::Obj(p) = prog else { return Err(vm.type_error("expected a compiled program")) };
    let Some(bytes) = with_program(vm, p, |p| p.bytes) else {
        return Err(vm.type_error("expected a compiled program"));
    };
    let tn = vm.type_name(text);
    let Value::Obj(t) = text_obj(vm, text) else {
        return Err(vm.type_error(format!("expected string or bytes-like object, got '{tn}'")));
    };
    let len = match vm.heap.get(t) {
        Obj::Str(s) if !bytes => s.char_len(),
        Obj::Bytes(b) if bytes => b.data.len(),
        Obj::Str(_) => return Err(vm.type_error("cannot use a bytes pattern on a string-like object")),
        Obj::Bytes(_) => return Err(vm.type_error("cannot use a string pattern on a bytes-like object")),
        _ => return Err(vm.type_error(format!("expected string or bytes-like object, got '{tn}'"))),
    };
    Ok(Subject { prog: p, text: t, len })
}

/// Runs `f` with the program and the subject's bytes.
fn borrow<R>(vm: &Vm, s: &Subject, f: impl FnOnce(&Program, &[u8]) -> R) -> Option<R> {
    let Obj::UserData { value, .. } = vm.heap.get(s.prog) else { return None };
    let prog = value.downcast_ref::<Program>()?;
    let text: &[u8] = match vm.heap.get(s.text) {
        Obj::Str(t) => t.as_str().as_bytes(),
        Obj::Bytes(b) => &b.data,
        _ => return None,
    };
    Some(f(prog, text))
}

/// Character index `i` as a byte offset into the subject.
fn to_byte(vm: &Vm, s: &Subject, i: usize) -> usize {
    match vm.heap.get(s.text) {
        Obj::Str(t) => t.byte_offset(i.min(t.char_len())),
        _ => i,
    }
}

/// Byte offset `b` as a character index.
fn to_char(vm: &Vm, s: &Subject, b: usize) -> usize {
    match vm.heap.get(s.text) {
        Obj::Str(t) => t.char_index(b),
        _ => b,
    }
}

/// Where a call searches: byte offsets, and the clamped `pos`/`endpos`
/// (characters) that `Match.pos`/`Match.endpos` report.
#[derive(Clone, Copy)]
struct Bounds {
    start: usize,
    end: usize,
    pos: usize,
    endpos: usize,
}

/// Clamps `pos`/`endpos` to the subject as CPython does; None when `pos > endpos`.
fn bounds(vm: &mut Vm, s: &Subject, pos: Value, endpos: Value) -> PyResult<Option<Bounds>> {
    let clamp = |v: i64| v.clamp(0, s.len as i64) as usize;
    let p = clamp(int_arg(vm, pos)?);
    let e = if endpos == Value::None { s.len } else { clamp(int_arg(vm, endpos)?) };
    if p > e {
        return Ok(None);
    }
    Ok(Some(Bounds { start: to_byte(vm, s, p), end: to_byte(vm, s, e), pos: p, endpos: e }))
}

/// Runs the matcher to its end, checking the VM's limits between slices.
fn drive(vm: &mut Vm, s: &Subject, m: &mut Matcher) -> PyResult<bool> {
    loop {
        let out = borrow(vm, s, |prog, text| m.run(prog, text, BUDGET)).unwrap_or(Outcome::Failed);
        match out {
            Outcome::Matched => return Ok(true),
            Outcome::Failed => return Ok(false),
            Outcome::Yield => {
                vm.charge_work(BUDGET)?;
                vm.reserve(m.memory())?;
            }
        }
    }
}

/// The spans tuple of a finished match (character indices), then
/// `lastindex`, `pos` and `endpos`.
fn spans(vm: &mut Vm, s: &Subject, m: &Matcher, b: Bounds) -> Value {
    // The slots but the last (`lastindex`).
    let groups = m.slots.split_last().map_or(&[][..], |(_, init)| init);
    let mut out = Vec::with_capacity(groups.len() + 3);
    for &x in groups {
        out.push(Value::Int(if x == UNSET { -1 } else { to_char(vm, s, x) as i64 }));
    }
    out.push(Value::Int(m.lastindex() as i64));
    out.push(Value::Int(b.pos as i64));
    out.push(Value::Int(b.endpos as i64));
    vm.new_tuple(out)
}

fn new_matcher(vm: &Vm, s: &Subject, start: usize, end: usize, mode: Mode, must_advance: bool) -> Matcher {
    with_program(vm, s.prog, |p| Matcher::new(p, start, end, mode, must_advance))
        .unwrap_or_else(|| Matcher::new(&program::compile(&ast::Node::Empty, 0, &[], false), start, end, mode, false))
}

/// `match(program, string, pos, endpos, mode, must_advance)`.
fn match_(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "match", kw)?;
    arity(vm, "match", args, 6, 6)?;
    let s = subject(vm, arg_at(args, 0), arg_at(args, 1))?;
    let Some(b) = bounds(vm, &s, arg_at(args, 2), arg_at(args, 3))? else { return Ok(Value::None) };
    let mode = match int_arg(vm, arg_at(args, 4))? {
        0 => Mode::Match,
        1 => Mode::Full,
        _ => Mode::Search,
    };
    let must_advance = vm.truthy(arg_at(args, 5))?;
    let mut m = new_matcher(vm, &s, b.start, b.end, mode, must_advance);
    if drive(vm, &s, &mut m)? {
        Ok(spans(vm, &s, &m, b))
    } else {
        Ok(Value::None)
    }
}

/// Calls `item` for successive non-overlapping matches from `start` (at
/// most `limit` when `limit > 0`), with Python 3.7's rule: a match right
/// after an empty match must not be empty at the same place.
fn each_match(
    vm: &mut Vm,
    s: &Subject,
    b: Bounds,
    limit: i64,
    mut item: impl FnMut(&mut Vm, &Subject, &Matcher) -> PyResult<Value>,
) -> PyResult<Vec<Value>> {
    let (mut start, end) = (b.start, b.end);
    let mut found = Vec::new();
    let mut must_advance = false;
    let mut m = new_matcher(vm, s, start, end, Mode::Search, false);
    loop {
        if limit > 0 && found.len() as i64 >= limit {
            break;
        }
        m.restart(start, must_advance);
        if !drive(vm, s, &mut m)? {
            break;
        }
        let (ms, me) = (m.slot(0), m.slot(1));
        vm.charge_work(16)?;
        vm.reserve(found.len() * 64)?;
        found.push(item(vm, s, &m)?);
        must_advance = ms == me;
        start = me;
        if start > end {
            break;
        }
    }
    Ok(found)
}

/// `scan(program, string, pos, endpos, limit)`: every match's spans, left
/// to right (at most `limit` of them when `limit > 0`).
fn scan(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "scan", kw)?;
    arity(vm, "scan", args, 5, 5)?;
    let s = subject(vm, arg_at(args, 0), arg_at(args, 1))?;
    let limit = int_arg(vm, arg_at(args, 4))?;
    let Some(range) = bounds(vm, &s, arg_at(args, 2), arg_at(args, 3))? else { return Ok(vm.new_list(Vec::new())) };
    let found = each_match(vm, &s, range, limit, |vm, s, m| Ok(spans(vm, s, m, range)))?;
    Ok(vm.new_list(found))
}

/// The subject's text between two byte offsets, as a new str or bytes
/// (`empty` when either is unset).
fn piece(vm: &mut Vm, s: &Subject, a: usize, b: usize, empty: Value) -> Value {
    if a == UNSET || b == UNSET {
        return empty;
    }
    match vm.heap.get(s.text) {
        Obj::Str(t) => {
            let text = alloc::string::String::from(t.as_str().get(a..b).unwrap_or(""));
            vm.new_string(text)
        }
        Obj::Bytes(d) => {
            let data = d.data.get(a..b).unwrap_or(&[]).to_vec();
            vm.new_bytes(data, false)
        }
        _ => empty,
    }
}

/// `findall(program, string, pos, endpos)`: `Pattern.findall`'s list (the
/// matched text, group 1's, or a tuple of every group's, '' when unset).
fn findall(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "findall", kw)?;
    arity(vm, "findall", args, 4, 4)?;
    let s = subject(vm, arg_at(args, 0), arg_at(args, 1))?;
    let Some(range) = bounds(vm, &s, arg_at(args, 2), arg_at(args, 3))? else { return Ok(vm.new_list(Vec::new())) };
    let groups = with_program(vm, s.prog, |p| p.groups).unwrap_or(0);
    let empty = match vm.heap.get(s.text) {
        Obj::Bytes(_) => vm.new_bytes(Vec::new(), false),
        _ => vm.new_str(""),
    };
    let found = each_match(vm, &s, range, 0, |vm, s, m| {
        Ok(match groups {
            0 => piece(vm, s, m.slot(0), m.slot(1), empty),
            1 => piece(vm, s, m.slot(2), m.slot(3), empty),
            _ => {
                let items = (1..=groups).map(|g| piece(vm, s, m.slot(2 * g), m.slot(2 * g + 1), empty)).collect();
                vm.new_tuple(items)
            }
        })
    })?;
    Ok(vm.new_list(found))
}

#[cfg(test)]
mod tests {
    use super::matcher::{Matcher, Mode, Outcome, UNSET};
    use super::{parser, program};
    use alloc::vec::Vec;

    /// Group 0..=n spans of the first search match, run with `budget`
    /// steps per slice (resuming after each yield).
    fn search(pat: &str, text: &str, budget: usize) -> Option<Vec<(usize, usize)>> {
        let chars: Vec<char> = pat.chars().collect();
        let parsed = parser::parse(&chars, 0, false).ok()?;
        let prog = program::compile(&parsed.node, parsed.groups, &parsed.widths, false);
        let mut m = Matcher::new(&prog, 0, text.len(), Mode::Search, false);
        loop {
            match m.run(&prog, text.as_bytes(), budget) {
                Outcome::Yield => continue,
                Outcome::Failed => return None,
                Outcome::Matched => break,
            }
        }
        let n = prog.groups + 1;
        Some((0..n).map(|g| (m.slots[2 * g], m.slots[2 * g + 1])).collect())
    }

    #[test]
    fn resuming_after_every_step_gives_the_same_result() {
        let cases = [
            ("(a|ab)(c|bcd)(d*)", "xabcd"),
            ("(?<=a)b+(?=c)", "abbbc"),
            ("(?:(a)|b)*?c", "ababc"),
            ("(a*)*b", "aaab"),
            ("(?>a+)b", "aaab"),
            ("(\\w+)\\s+\\1", "say hello hello"),
            ("x{2,3}?y", "xxxxy"),
            ("(?!ab)a.", "abac"),
            ("(<)?\\w+(?(1)>)", "<tag>"),
            ("é+ü", "aééü"),
        ];
        for (pat, text) in cases {
            let whole = search(pat, text, usize::MAX);
            assert!(whole.is_some(), "{pat} should match {text}");
            assert_eq!(search(pat, text, 1), whole, "{pat} on {text}");
            assert_eq!(search(pat, text, 3), whole, "{pat} on {text}");
        }
    }

    #[test]
    fn spans_and_unset_groups() {
        assert_eq!(search("(a)|(b)", "b", 7), Some(alloc::vec![(0, 1), (UNSET, UNSET), (0, 1)]));
        assert_eq!(search("b+", "aabbbc", 7), Some(alloc::vec![(2, 5)]));
        assert_eq!(search("^b", "ab", 7), None);
        // Byte offsets: 'é' is two bytes.
        assert_eq!(search("ü", "éü", 7), Some(alloc::vec![(2, 4)]));
    }

    #[test]
    fn long_subjects_do_not_recurse() {
        let text = "ab".repeat(100_000);
        assert_eq!(search("(?:a|b)*$", &text, 4096), Some(alloc::vec![(0, text.len())]));
        assert_eq!(search("(ab)+", &text, 4096).map(|s| s[1]), Some((text.len() - 2, text.len())));
    }

    #[test]
    fn errors_carry_positions() {
        let chars: Vec<char> = "ab(c".chars().collect();
        let e = parser::parse(&chars, 0, false).err().map(|e| (e.msg, e.pos));
        assert_eq!(e, Some(("missing ), unterminated subpattern".into(), Some(2))));
        let chars: Vec<char> = "(?<=a*)b".chars().collect();
        assert!(parser::parse(&chars, 0, false).is_err());
    }
}
