//! `_traceback`: what `traceback` (stdlib/traceback.py) needs from a
//! traceback object that ouro's `tb_frame` (always `None`: ouro has no
//! frame objects) cannot give. `code(tb)` is the code object of the
//! frame the entry belongs to (its `co_filename` and `co_name` name the
//! file and function). `frame(depth)` describes a running frame, for
//! what CPython reads from frame objects (`warnings`' caller,
//! `traceback.extract_stack`, `logging`'s caller): `(code, line, globals)`
//! of the Python frame `depth` calls out from the one calling it (0: that
//! frame itself), or `None` past the outermost. Frames of built-ins'
//! Python-written loops are skipped, as tracebacks skip them.

use super::NativeModule;
use crate::builtins::{arity, no_kwargs};
use crate::runtime::object::{BuiltinDef, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// The `_traceback` module.
pub static MODULE: NativeModule = NativeModule { name: "_traceback", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[BuiltinDef { name: "code", func: code }, BuiltinDef { name: "frame", func: frame }];

fn init(_vm: &mut Vm, _ns: ObjRef) {}

fn code(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "code", kw)?;
    arity(vm, "code", args, 1, 1)?;
    let entry = match args.first().and_then(|v| v.as_obj()).map(|r| vm.heap.get(r)) {
        Some(Obj::Traceback { exc, index }) => match vm.heap.get(*exc) {
            Obj::Instance(i) => {
                i.exc.as_ref().and_then(|e| e.traceback.iter().rev().nth(*index)).map(|e| e.code.clone())
            }
            _ => None,
        },
        _ => return Err(vm.type_error("code() argument must be a traceback")),
    };
    Ok(match entry {
        Some(c) => Value::Obj(vm.heap.alloc(Obj::Code(c))),
        None => Value::None,
    })
}

fn frame(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "frame", kw)?;
    arity(vm, "frame", args, 1, 1)?;
    let depth = vm.index_value(args.first().copied().unwrap_or(Value::None), "frame")?;
    let Ok(depth) = usize::try_from(depth) else { return Ok(Value::None) };
    let visible = vm.frames.iter().rev().filter(|f| f.code.code.flags & crate::bytecode::code::FLAG_HIDDEN == 0);
    let Some(f) = visible.into_iter().nth(depth) else { return Ok(Value::None) };
    // The frame stands after the instruction it runs (a call).
    let line = f.code.code.line_at(f.pc.saturating_sub(1));
    let (code, globals) = (f.code.clone(), f.globals);
    let code = Value::Obj(vm.heap.alloc(Obj::Code(code)));
    Ok(vm.new_tuple(alloc::vec![code, Value::Int(i64::from(line)), Value::Obj(globals)]))
}
