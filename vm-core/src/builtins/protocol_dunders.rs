//! The call and descriptor protocols of built-in callables as attributes:
//! `f.__call__(...)`, `f.__get__(obj, cls)`, `prop.__get__`/`__set__`/
//! `__delete__`, `staticmethod(f).__get__`, `classmethod(f).__wrapped__`,
//! `__isabstractmethod__`, `C.__call__` (`type.__call__` bound to `C`), and
//! `__self__`/`__module__` of built-in functions and methods.
//!
//! The behaviour exists (calls, `Vm::bind_descr`, `Vm::descr_store`); a
//! wrapper is an `Obj::Builtin` whose receiver is the object it belongs to,
//! and calling it runs that behaviour. Attribute lookup reaches here only
//! after the class dicts and the built-in types' dunder table missed.

use crate::builtins::{arg_at, args_from, arity};
use crate::runtime::object::{BuiltinDef, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// `x.__call__(*args, **kw)`: calls `x`.
static CALL: BuiltinDef = BuiltinDef { name: "__call__", func: call };
/// `d.__get__(instance, owner=None)`: what `owner`'s attribute lookup makes of `d`.
static GET: BuiltinDef = BuiltinDef { name: "__get__", func: get };
/// `prop.__set__(instance, value)`.
static SET: BuiltinDef = BuiltinDef { name: "__set__", func: set };
/// `prop.__delete__(instance)`.
static DELETE: BuiltinDef = BuiltinDef { name: "__delete__", func: delete };

/// True if `def` is one of these protocol wrappers (always bound: CPython's
/// method-wrappers).
#[cfg(feature = "rare-methods")]
pub(crate) fn is_protocol_wrapper(def: &BuiltinDef) -> bool {
    [&CALL, &GET, &SET, &DELETE].iter().any(|d| core::ptr::eq(*d, def))
}

fn call(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    vm.call_value_kw(arg_at(args, 0), args_from(args, 1), kw)
}

fn get(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, "__get__", kw)?;
    arity(vm, "__get__", args, 2, 3)?;
    let (descr, instance, owner) = (arg_at(args, 0), arg_at(args, 1), args.get(2).copied().unwrap_or(Value::None));
    let owner = match (instance, owner) {
        (Value::None, Value::None) => return Err(vm.type_error("__get__(None, None) is invalid")),
        (_, Value::Obj(c)) if matches!(vm.heap.get(c), Obj::Class(_)) => c,
        (Value::None, other) => vm.class_of(other),
        _ => vm.class_of(instance),
    };
    let instance = if matches!(instance, Value::None) { Value::Null } else { instance };
    if instance.is_null() && matches!(descr, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Property(_))) {
        return Ok(descr);
    }
    vm.bind_descr(descr, instance, owner)
}

fn set(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, "__set__", kw)?;
    arity(vm, "__set__", args, 3, 3)?;
    vm.descr_store(arg_at(args, 0), arg_at(args, 1), arg_at(args, 2))?;
    Ok(Value::None)
}

fn delete(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, "__delete__", kw)?;
    arity(vm, "__delete__", args, 2, 2)?;
    vm.descr_store(arg_at(args, 0), arg_at(args, 1), Value::Null)?;
    Ok(Value::None)
}

impl Vm {
    /// `obj.name` for a protocol dunder of a built-in callable or
    /// descriptor (`obj` is not a class), or `None` (Rust) if it has none.
    pub(crate) fn protocol_dunder_attr(&mut self, obj: Value, name: ObjRef) -> PyResult<Option<Value>> {
        let Value::Obj(r) = obj else { return Ok(None) };
        let n = self.str_text(name);
        let wrap = |vm: &mut Vm, def: &'static BuiltinDef| {
            Some(Value::Obj(vm.heap.alloc(Obj::Builtin { def, receiver: obj })))
        };
        Ok(match (self.heap.get(r), n.as_str()) {
            (Obj::Function(_) | Obj::Builtin { .. } | Obj::BoundMethod { .. } | Obj::StaticMethod(_), "__call__") => {
                wrap(self, &CALL)
            }
            (Obj::Function(_) | Obj::StaticMethod(_) | Obj::ClassMethod(_) | Obj::Property(_), "__get__") => {
                wrap(self, &GET)
            }
            (Obj::Property(_), "__set__") => wrap(self, &SET),
            (Obj::Property(_), "__delete__") => wrap(self, &DELETE),
            (Obj::Builtin { def, receiver }, "__self__" | "__module__") => {
                let (def, receiver) = (*def, *receiver);
                self.builtin_owner(def, receiver, n == "__self__")
            }
            (Obj::StaticMethod(f) | Obj::ClassMethod(f), "__wrapped__") => Some(*f),
            (Obj::StaticMethod(f) | Obj::ClassMethod(f), "__isabstractmethod__") => {
                let f = *f;
                Some(self.is_abstract(f)?)
            }
            (Obj::Property(p), "__isabstractmethod__") => {
                let parts = [p.fget, p.fset, p.fdel];
                let mut abstract_ = Value::Bool(false);
                for f in parts {
                    if let Value::Bool(true) = self.is_abstract(f)? {
                        abstract_ = Value::Bool(true);
                        break;
                    }
                }
                Some(abstract_)
            }
            _ => None,
        })
    }

    /// `f.__self__` (`want_self`) or `f.__module__` of a built-in: a
    /// function of `builtins` or of a native module gives that module (its
    /// name); a method bound to a receiver gives the receiver (and None), a
    /// method-wrapper its object. Unbound method descriptors, slot wrappers,
    /// host functions and the
    /// functions of `random` (bound methods of a hidden `Random` in CPython)
    /// have neither (nor has `reversed`, a class in CPython, a `__self__`): `None` (Rust), an AttributeError.
    fn builtin_owner(&mut self, def: &'static BuiltinDef, receiver: Value, want_self: bool) -> Option<Value> {
        if receiver.is_null() {
            let module = if super::functions::FUNCTIONS.iter().any(|d| core::ptr::eq(d, def)) {
                "builtins"
            } else {
                super::modules::NATIVE_MODULES
                    .iter()
                    .find(|m| {
                        !m.name.starts_with('_')
                            && m.name != "random"
                            && m.functions.iter().any(|d| core::ptr::eq(d, def))
                    })?
                    .name
            };
            if !want_self {
                return Some(self.new_str(module));
            }
            // `reversed` is a class in CPython: no `__self__`.
            if def.name == "reversed" {
                return None;
            }
            // (`builtins` is made at its first import.)
            return self.import_module(module).ok();
        }
        if super::dunders::is_dunder_wrapper(def) {
            // A method-wrapper's `__self__` (`(5).__add__`); it has no `__module__`.
            return self.dunder_wrapper_self(receiver).filter(|_| want_self);
        }
        if self.host_fn_name(def, receiver).is_some() {
            return None;
        }
        Some(if want_self { receiver } else { Value::None })
    }

    /// `C.__call__` for a class without its own: `type.__call__` bound to `C`.
    pub(crate) fn class_call_attr(&mut self, class: ObjRef, name: ObjRef) -> Option<Value> {
        if self.str_text(name) != "__call__" {
            return None;
        }
        Some(Value::Obj(self.heap.alloc(Obj::Builtin { def: &CALL, receiver: Value::Obj(class) })))
    }

    /// `f.__isabstractmethod__` as a bool (`False` when `f` has none).
    fn is_abstract(&mut self, f: Value) -> PyResult<Value> {
        if matches!(f, Value::None | Value::Null) {
            return Ok(Value::Bool(false));
        }
        let key = self.intern("__isabstractmethod__");
        match self.get_attr_opt(f, key) {
            Ok(Some(v)) => Ok(Value::Bool(self.truthy(v)?)),
            Ok(None) => Ok(Value::Bool(false)),
            Err(e) if self.is_attribute_error(e) => Ok(Value::Bool(false)),
            Err(e) => Err(e),
        }
    }
}
