//! `obj.__class__ = C`: CPython's rules for changing an instance's class
//! (`object_set_class` in `typeobject.c`).
//!
//! Only instances of user classes can change class, and only to a user
//! class with a compatible layout: the same nearest built-in base and the
//! same `__slots__`. The instance keeps its attributes (shapes do not depend on
//! the class). Tier-1 inline caches key on the receiver's class, so they
//! miss by themselves; JIT traces may have checked an object's class once
//! and assumed it since, so every trace that depends on the old class is
//! invalidated (the trace checks its validity after any code it runs).

use alloc::format;
use alloc::string::String;

use crate::runtime::object::{Layout, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// `obj.__class__ = value` (`value` is `Value::Null` for `del`), for an
    /// object whose class has no `__class__` of its own.
    pub(crate) fn assign_class(&mut self, obj: Value, value: Value) -> PyResult<()> {
        if value.is_null() {
            return Err(self.type_error("can't delete __class__ attribute"));
        }
        let new = match value {
            Value::Obj(c) if matches!(self.heap.get(c), Obj::Class(_)) => c,
            _ => {
                let tn = self.type_name(value);
                return Err(self.type_error(format!("__class__ must be set to a class, not '{tn}' object")));
            }
        };
        let instance = match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(i) => Some((r, i.class)),
                _ => None,
            },
            _ => None,
        };
        let Some((r, old)) = instance.filter(|&(_, old)| self.is_mutable_class(old) && self.is_mutable_class(new))
        else {
            return Err(
                self.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses")
            );
        };
        if old == new {
            return Ok(());
        }
        if self.solid_base(old) != self.solid_base(new) || !self.same_slots(old, new) {
            let (nn, on) = (String::from(self.class_name(new)), String::from(self.class_name(old)));
            return Err(self.type_error(format!("__class__ assignment: '{nn}' object layout differs from '{on}'")));
        }
        if let Obj::Instance(i) = self.heap.get_mut(r) {
            i.class = new;
        }
        if let Some(jit) = self.jit.as_mut().filter(|_| cfg!(feature = "jit")) {
            jit.class_changed(old);
        }
        Ok(())
    }

    /// True for a class made by a `class` statement (CPython's heap types
    /// without `Py_TPFLAGS_IMMUTABLETYPE`): not a built-in or host class.
    fn is_mutable_class(&self, class: ObjRef) -> bool {
        match self.heap.get(class) {
            Obj::Class(c) => c.module.as_ref() != "builtins" && c.layout != Layout::Native,
            _ => false,
        }
    }

    /// The built-in class whose instance layout `class` extends: its
    /// nearest built-in ancestor. (A class statement's class adds a
    /// `__dict__` or `__weakref__` to its built-in base, so CPython's
    /// layouts match exactly when these bases do.)
    fn solid_base(&self, class: ObjRef) -> Option<ObjRef> {
        let Obj::Class(c) = self.heap.get(class) else { return None };
        c.mro.iter().copied().find(|&b| matches!(self.heap.get(b), Obj::Class(bc) if bc.module.as_ref() == "builtins"))
    }

    /// True if instances of both classes allow the same `__slots__` names
    /// (or both have a `__dict__`).
    fn same_slots(&self, a: ObjRef, b: ObjRef) -> bool {
        let slots = |c: ObjRef| match self.heap.get(c) {
            Obj::Class(c) => c.slots.as_deref(),
            _ => None,
        };
        match (slots(a), slots(b)) {
            (None, None) => true,
            (Some(x), Some(y)) => x.len() == y.len() && x.iter().all(|&n| y.iter().any(|&m| self.str_eq(n, m))),
            _ => false,
        }
    }
}
