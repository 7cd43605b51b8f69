//! `_star`: the one thing `except*` (compiler/except_star.rs, over
//! stdlib/_exceptiongroup.py) needs that Python's `raise` cannot do.
//! `reraise(exc)` raises `exc` as CPython's `except*` raises the group it
//! hands a clause and the group it leaves unhandled: as a re-raise in the
//! calling frame, so the frame adds no traceback entry of its own (the
//! exception keeps the entries it had, and the frames it goes on through
//! add theirs) and the exception being handled does not become its
//! `__context__` (neither here nor when the statement's cleanup or a
//! `finally` of that frame passes it on: `Vm::set_exception_context`
//! knows it by the mark this leaves in its `caught_line`). It must be
//! called straight from the frame the statement runs in.

use super::NativeModule;
use crate::builtins::no_kwargs_arity;
use crate::runtime::object::{BuiltinDef, Obj, PyErr, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// The line in `caught_line` of an exception `reraise` raised (no line
/// is this one).
pub(crate) const RERAISED: u32 = u32::MAX;

/// The `_star` module.
pub static MODULE: NativeModule = NativeModule { name: "_star", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[BuiltinDef { name: "reraise", func: reraise }];

fn init(_vm: &mut Vm, _ns: ObjRef) {}

fn reraise(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "reraise", args, kw, 1, 1)?;
    let depth = vm.frames.len().wrapping_sub(1);
    let exc = match args.first() {
        Some(&Value::Obj(r)) => match vm.heap.get_mut(r) {
            Obj::Instance(i) => match i.exc.as_mut() {
                Some(e) => {
                    // Marked as caught in this frame: unwinding adds no entry
                    // (and, by the line, no context).
                    e.caught_line = Some((depth, RERAISED));
                    Some(r)
                }
                None => None,
            },
            _ => None,
        },
        _ => None,
    };
    let Some(exc) = exc else { return Err(vm.type_error("exceptions must derive from BaseException")) };
    Err(PyErr(exc))
}
