//! `_traceback`: what `traceback` (stdlib/traceback.py) needs from a
//! traceback object that ouro's `tb_frame` (always `None`: ouro has no
//! frame objects) cannot give. `code(tb)` is the code object of the
//! frame the entry belongs to (its `co_filename` and `co_name` name the
//! file and function).

use super::NativeModule;
use crate::builtins::{arity, no_kwargs};
use crate::runtime::object::{BuiltinDef, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// The `_traceback` module.
pub static MODULE: NativeModule = NativeModule { name: "_traceback", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[BuiltinDef { name: "code", func: code }];

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
