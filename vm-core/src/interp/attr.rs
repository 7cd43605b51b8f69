//! Attribute access: instance slots by shape, class attributes through the
//! MRO, methods bound on load, and the type queries built on classes.

use alloc::format;
use alloc::string::String;

use crate::runtime::object::{Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// The class of any value.
    pub fn class_of(&self, v: Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none_type,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Free => t.object,
                Obj::Str(_) => t.str_,
                Obj::BigInt(_) => t.int,
                Obj::List(_) => t.list,
                Obj::Tuple(_) => t.tuple,
                Obj::Dict(_) => t.dict,
                Obj::Set(s) => {
                    if s.frozen {
                        t.frozenset
                    } else {
                        t.set
                    }
                }
                Obj::Range { .. } | Obj::BigRange { .. } => t.range,
                Obj::Slice { .. } => t.slice,
                Obj::Function(_) => t.function,
                Obj::BoundMethod { .. } => t.method,
                Obj::Builtin { .. } => t.builtin_function,
                Obj::Class(_) => t.type_,
                Obj::Instance(i) => i.class,
                Obj::Code(_) => t.code,
                Obj::NotImplemented => t.not_implemented_type,
                Obj::Cell(_) => t.cell,
                Obj::Ellipsis => t.ellipsis,
                Obj::DictView { kind, .. } => match kind {
                    crate::runtime::object::DictViewKind::Keys => t.dict_keys,
                    crate::runtime::object::DictViewKind::Values => t.dict_values,
                    crate::runtime::object::DictViewKind::Items => t.dict_items,
                },
                Obj::Iter(state) => {
                    use crate::runtime::object::{DictViewKind, IterState};
                    match state {
                        IterState::Seq { seq, .. } => match self.heap.get(*seq) {
                            Obj::Tuple(_) => t.tuple_iterator,
                            Obj::Str(_) => t.str_iterator,
                            _ => t.list_iterator,
                        },
                        IterState::SeqReverse { .. } => t.list_reverseiterator,
                        IterState::Range { .. } => t.range_iterator,
                        IterState::Dict { kind, .. } => match kind {
                            DictViewKind::Keys => t.dict_keyiterator,
                            DictViewKind::Values => t.dict_valueiterator,
                            DictViewKind::Items => t.dict_itemiterator,
                        },
                        IterState::Set { .. } => t.set_iterator,
                        IterState::Enumerate { .. } => t.enumerate,
                        IterState::Zip { .. } => t.zip,
                        IterState::GetItem { .. } => t.iterator,
                        IterState::Done => t.list_iterator,
                    }
                }
            },
        }
    }

    /// `type(v).__name__`.
    pub fn type_name(&self, v: Value) -> String {
        String::from(self.class_name(self.class_of(v)))
    }

    /// A class's `__name__`.
    pub fn class_name(&self, class: ObjRef) -> &str {
        match self.heap.get(class) {
            Obj::Class(c) => &c.name,
            _ => "?",
        }
    }

    /// True if `cls` is `base` or derives from it.
    pub fn is_subclass(&self, cls: ObjRef, base: ObjRef) -> bool {
        match self.heap.get(cls) {
            Obj::Class(c) => c.mro.contains(&base),
            _ => false,
        }
    }

    /// `isinstance(v, cls)` for a single class.
    pub fn isinstance(&self, v: Value, cls: ObjRef) -> bool {
        self.is_subclass(self.class_of(v), cls)
    }

    /// Finds `name` in the class dicts along `class`'s MRO.
    pub fn lookup_class_attr(&self, class: ObjRef, name: ObjRef) -> Option<Value> {
        let Obj::Class(c) = self.heap.get(class) else { return None };
        for &k in &c.mro {
            if let Obj::Class(kc) = self.heap.get(k) {
                if let Some(v) = self.dict_get_str(kc.dict, name) {
                    return Some(v);
                }
            }
        }
        None
    }

    fn is_function(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Function(_) | Obj::Builtin { .. }))
    }

    /// `obj.name`.
    pub fn get_attr(&mut self, obj: Value, name: ObjRef) -> PyResult<Value> {
        if let Some(v) = self.get_attr_opt(obj, name)? {
            return Ok(v);
        }
        Err(self.no_attribute(obj, name))
    }

    /// The AttributeError for a missing attribute.
    pub fn no_attribute(&mut self, obj: Value, name: ObjRef) -> crate::runtime::object::PyErr {
        let n = self.str_text(name);
        if let Value::Obj(r) = obj {
            if let Obj::Class(c) = self.heap.get(r) {
                let cn = String::from(&*c.name);
                return self.attribute_error(format!("type object '{cn}' has no attribute '{n}'"));
            }
        }
        let tn = self.type_name(obj);
        self.attribute_error(format!("'{tn}' object has no attribute '{n}'"))
    }

    /// `obj.name`, or `None` when it does not exist.
    pub fn get_attr_opt(&mut self, obj: Value, name: ObjRef) -> PyResult<Option<Value>> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Instance(inst) => {
                    if let Some(i) = self.shapes.lookup(inst.shape, name) {
                        return Ok(Some(inst.slots[i]));
                    }
                    let class = inst.class;
                    if name == self.names.class {
                        return Ok(Some(Value::Obj(class)));
                    }
                    if name == self.names.args {
                        if let Some(e) = &inst.exc {
                            return Ok(Some(e.args));
                        }
                    }
                    if let Some(v) = self.lookup_class_attr(class, name) {
                        if self.is_function(v)
                            && matches!(v, Value::Obj(f) if matches!(self.heap.get(f), Obj::Function(_)))
                        {
                            let m = self.heap.alloc(Obj::BoundMethod { receiver: obj, func: v });
                            return Ok(Some(Value::Obj(m)));
                        }
                        if let Value::Obj(f) = v {
                            if let Obj::Builtin { def, receiver: Value::Null } = self.heap.get(f) {
                                let def = *def;
                                let m = self.heap.alloc(Obj::Builtin { def, receiver: obj });
                                return Ok(Some(Value::Obj(m)));
                            }
                        }
                        return Ok(Some(v));
                    }
                    return Ok(None);
                }
                Obj::Class(c) => {
                    let class_name = String::from(&*c.name);
                    let (qual, module, mro, bases) =
                        (String::from(&*c.qualname), String::from(&*c.module), c.mro.clone(), c.bases.clone());
                    if let Some(v) = self.lookup_class_attr(r, name) {
                        return Ok(Some(v));
                    }
                    if name == self.names.name {
                        return Ok(Some(self.new_string(class_name)));
                    }
                    if name == self.names.qualname {
                        return Ok(Some(self.new_string(qual)));
                    }
                    if name == self.names.module {
                        return Ok(Some(self.new_string(module)));
                    }
                    if name == self.names.mro {
                        let items = mro.into_iter().map(Value::Obj).collect();
                        return Ok(Some(self.new_tuple(items)));
                    }
                    if name == self.names.bases {
                        let items = bases.into_iter().map(Value::Obj).collect();
                        return Ok(Some(self.new_tuple(items)));
                    }
                    if name == self.names.class {
                        return Ok(Some(Value::Obj(self.types.type_)));
                    }
                    return Ok(None);
                }
                Obj::Function(f) if name == self.names.name || name == self.names.qualname => {
                    let text = if name == self.names.name {
                        String::from(&*f.code.code.name)
                    } else {
                        String::from(&*f.code.code.qualname)
                    };
                    return Ok(Some(self.new_string(text)));
                }
                Obj::Builtin { def, .. } if name == self.names.name || name == self.names.qualname => {
                    let n = def.name;
                    return Ok(Some(self.new_str(n)));
                }
                Obj::BoundMethod { receiver, func } => {
                    let (receiver, func) = (*receiver, *func);
                    if self.str_text(name) == "__self__" {
                        return Ok(Some(receiver));
                    }
                    if self.str_text(name) == "__func__" {
                        return Ok(Some(func));
                    }
                    return self.get_attr_opt(func, name);
                }
                _ => {}
            }
        }
        if name == self.names.class {
            return Ok(Some(Value::Obj(self.class_of(obj))));
        }
        // Methods of built-in types.
        let cls = self.class_of(obj);
        if let Some(v) = self.lookup_class_attr(cls, name) {
            if let Value::Obj(f) = v {
                if let Obj::Builtin { def, receiver: Value::Null } = self.heap.get(f) {
                    let def = *def;
                    let m = self.heap.alloc(Obj::Builtin { def, receiver: obj });
                    return Ok(Some(Value::Obj(m)));
                }
            }
            return Ok(Some(v));
        }
        // Attributes computed from the value (int.real, float.imag, ...).
        crate::builtins::value_attr(self, obj, name)
    }

    /// LOAD_METHOD: returns the two call slots `(callable, self_or_null)`
    /// without allocating a bound method when the attribute is a plain method.
    pub fn load_method(&mut self, obj: Value, name: ObjRef) -> PyResult<(Value, Value)> {
        let cls = self.class_of(obj);
        let shadowed = match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(inst) => self.shapes.lookup(inst.shape, name).is_some(),
                Obj::Class(_) => true,
                _ => false,
            },
            _ => false,
        };
        if !shadowed {
            if let Some(v) = self.lookup_class_attr(cls, name) {
                if let Value::Obj(f) = v {
                    match self.heap.get(f) {
                        Obj::Function(_) => return Ok((v, obj)),
                        Obj::Builtin { receiver: Value::Null, .. } => return Ok((v, obj)),
                        _ => {}
                    }
                }
            }
        }
        let v = self.get_attr(obj, name)?;
        Ok((v, Value::Null))
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: Value, name: ObjRef, value: Value) -> PyResult<()> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Instance(inst) => {
                    let shape = inst.shape;
                    if let Some(i) = self.shapes.lookup(shape, name) {
                        if let Obj::Instance(inst) = self.heap.get_mut(r) {
                            inst.slots[i] = value;
                        }
                        return Ok(());
                    }
                    let name = self.intern_obj(name);
                    let new_shape = self.shapes.add(shape, name);
                    if let Obj::Instance(inst) = self.heap.get_mut(r) {
                        inst.shape = new_shape;
                        inst.slots.push(value);
                    }
                    self.heap.note_growth(16);
                    return Ok(());
                }
                Obj::Class(c) => {
                    if c.module.as_ref() == "builtins" {
                        let cn = String::from(&*c.name);
                        let n = self.str_text(name);
                        return Err(self.type_error(format!("cannot set '{n}' attribute of immutable type '{cn}'")));
                    }
                    let dict = c.dict;
                    let name = self.intern_obj(name);
                    self.dict_set_str(dict, name, value)?;
                    self.bump_class_version(r);
                    return Ok(());
                }
                _ => {}
            }
        }
        let tn = self.type_name(obj);
        let n = self.str_text(name);
        if self.lookup_class_attr(self.class_of(obj), name).is_some() {
            return Err(self.attribute_error(format!("'{tn}' object attribute '{n}' is read-only")));
        }
        Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: Value, name: ObjRef) -> PyResult<()> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Instance(inst) => {
                    if let Some(i) = self.shapes.lookup(inst.shape, name) {
                        // Rebuild the shape without the name.
                        let names: alloc::vec::Vec<ObjRef> = self.shapes.names(inst.shape).to_vec();
                        let mut slots = inst.slots.clone();
                        slots.remove(i);
                        let mut shape = crate::runtime::object::ShapeTable::EMPTY;
                        for (j, &n) in names.iter().enumerate() {
                            if j != i {
                                shape = self.shapes.add(shape, n);
                            }
                        }
                        if let Obj::Instance(inst) = self.heap.get_mut(r) {
                            inst.shape = shape;
                            inst.slots = slots;
                        }
                        return Ok(());
                    }
                }
                Obj::Class(c) => {
                    let dict = c.dict;
                    if self.dict_del_str(dict, name) {
                        self.bump_class_version(r);
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        Err(self.no_attribute(obj, name))
    }

    /// Marks a class and all its subclasses as changed.
    pub fn bump_class_version(&mut self, class: ObjRef) {
        let mut work = alloc::vec![class];
        while let Some(c) = work.pop() {
            if let Obj::Class(cl) = self.heap.get_mut(c) {
                cl.version = cl.version.wrapping_add(1);
                work.extend(cl.subclasses.iter().copied());
            }
        }
    }
}
