//! `_traceback`: what `traceback` (stdlib/traceback.py) needs from a
//! traceback object that its `tb_frame` cannot give (`None` without the
//! `frames` feature). `code(tb)` is the code object of the
//! frame the entry belongs to (its `co_filename` and `co_name` name the
//! file and function; for a comprehension the compiler inlined, a code
//! object named like CPython's `<listcomp>`). `frame(depth)` describes a running frame, for
//! what CPython reads from frame objects (`warnings`' caller,
//! `traceback.extract_stack`, `logging`'s caller): `(code, line, globals)`
//! of the Python frame `depth` calls out from the one calling it (0: that
//! frame itself), or `None` past the outermost. Frames of built-ins'
//! Python-written loops are skipped, as tracebacks skip them.
//! `positions(tb)` is `(end_lineno, col, end_col)` of the instruction the
//! entry stopped at (columns in characters), or `None` when unknown, and
//! `anchors(segment)` where the operator or brackets of a binary operation
//! or subscript segment are, `(left_end, right_start)`, or `None`: what
//! the caret lines under `traceback`'s entries need
//! (interp/caret_line.rs).

use super::NativeModule;
use crate::builtins::no_kwargs_arity;
use crate::runtime::object::{BuiltinDef, Obj, PyResult, TracebackEntry};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;
use alloc::format;

/// The `_traceback` module.
pub static MODULE: NativeModule = NativeModule { name: "_traceback", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[
    BuiltinDef { name: "code", func: code },
    BuiltinDef { name: "frame", func: frame },
    BuiltinDef { name: "positions", func: positions },
    BuiltinDef { name: "anchors", func: anchors },
];

fn init(_vm: &mut Vm, _ns: ObjRef) {}

/// The traceback entry `tb` (the one argument of `what`) stands for.
fn entry_of(vm: &mut Vm, what: &str, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Option<TracebackEntry>> {
    no_kwargs_arity(vm, what, args, kw, 1, 1)?;
    match args.first().and_then(|v| v.as_obj()).map(|r| vm.heap.get(r)) {
        Some(Obj::Traceback { exc, index }) => Ok(match vm.heap.get(*exc) {
            Obj::Instance(i) => i.exc.as_ref().and_then(|e| e.traceback.iter().rev().nth(*index)).cloned(),
            _ => None,
        }),
        _ => Err(vm.type_error(format!("{what}() argument must be a traceback"))),
    }
}

fn code(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let Some(entry) = entry_of(vm, "code", args, kw)? else { return Ok(Value::None) };
    let inlined = entry.comprehension.and(entry.code.code.comprehensions_at(entry.pc as usize).next().copied());
    let code = match inlined {
        // An inlined comprehension's entry: a code object standing for
        // the function CPython would have run it in.
        Some(c) => vm.comprehension_code(&entry.code.code, &c),
        None => entry.code,
    };
    Ok(Value::Obj(vm.heap.alloc(Obj::Code(code))))
}

fn frame(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "frame", args, kw, 1, 1)?;
    let depth = vm.index_value(args.first().copied().unwrap_or(Value::None), "frame")?;
    let Ok(depth) = usize::try_from(depth) else { return Ok(Value::None) };
    // The frame stands after the instruction it runs (a call); a frame
    // standing inside inlined comprehensions counts as one per comprehension
    // and its own (CPython 3.11's frames).
    let visible = vm.frames.iter().rev().filter(|f| f.code.code.flags & crate::bytecode::code::FLAG_HIDDEN == 0);
    let scopes = visible.flat_map(|f| f.code.code.frames_at(f.pc.saturating_sub(1)).map(move |(c, at)| (f, c, at)));
    let Some((f, inlined, at)) = scopes.into_iter().nth(depth) else { return Ok(Value::None) };
    let (code, line, globals, inlined) =
        (f.code.clone(), f.code.code.line_at(at as usize), f.globals, inlined.copied());
    let code = match inlined {
        Some(c) => vm.comprehension_code(&code.code, &c),
        None => code,
    };
    let code = Value::Obj(vm.heap.alloc(Obj::Code(code)));
    Ok(vm.new_tuple(alloc::vec![code, Value::Int(i64::from(line)), Value::Obj(globals)]))
}

fn positions(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let entry = entry_of(vm, "positions", args, kw)?;
    let Some(p) = entry.as_ref().and_then(|e| e.code.code.position_at(e.pc as usize)) else { return Ok(Value::None) };
    let end_line = entry.map_or(0, |e| e.line) + u32::from(p.end_line_delta);
    let items = [end_line, u32::from(p.col), u32::from(p.end_col)].map(|n| Value::Int(i64::from(n)));
    Ok(vm.new_tuple(items.to_vec()))
}

fn anchors(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "anchors", args, kw, 1, 1)?;
    let segment = crate::builtins::str_arg(vm, args.first().copied().unwrap_or(Value::None), "anchors() argument")?;
    #[cfg(feature = "caret-lines")]
    if let Some(a) = crate::interp::caret_line::anchors(&segment, true) {
        let items = [a.left_end, a.right_start].map(|n| Value::Int(n as i64));
        return Ok(vm.new_tuple(items.to_vec()));
    }
    let _ = segment;
    Ok(Value::None)
}
