//! Attribute access: instance slots by shape, class attributes through the
//! MRO, methods bound on load, and the type queries built on classes.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::runtime::object::{
    Function, Obj, PyResult, ShapeId, ShapeTable, HOOK_DELATTR, HOOK_DESCR, HOOK_GETATTR, HOOK_GETATTRIBUTE,
    HOOK_HASH_EQ, HOOK_SETATTR, HOOK_SUBCLASSCHECK,
};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::value_vec::ValueVec;
use crate::vm::Vm;

/// One entry of the class attribute cache (`Vm::attr_cache`).
#[derive(Clone, Copy, Debug, Default)]
pub struct AttrCacheEntry {
    /// The class (0 = empty: no class lives in slot 0).
    pub class: u32,
    /// Its version when the entry was made.
    pub version: u32,
    /// The interned attribute name.
    pub name: u32,
    /// What the MRO lookup found.
    pub value: Option<Value>,
}

/// The slot of `(class, name)` in a cache of `entries` entries (a power
/// of two: `VmConfig::attr_cache_entries` rounded up).
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn attr_cache_index(class: ObjRef, name: ObjRef, entries: usize) -> usize {
    (class.0.wrapping_mul(0x9e37_79b1) ^ name.0.wrapping_mul(0x85eb_ca6b)) as usize >> 3 & (entries - 1)
}

/// One entry of the method cache (`Vm::method_cache`): an instance of
/// `class` (at `version`) whose shape is `shape` has no attribute `name`
/// of its own, and its class's `name` is the Python function `method`.
/// What `LOAD_METHOD` finds for the receivers its two-way inline cache
/// does not hold (sites with three or more receiver classes).
#[derive(Clone, Copy, Debug, Default)]
pub struct MethodCacheEntry {
    /// The class (0 = empty: no class lives in slot 0).
    pub class: u32,
    /// Its version when the entry was made.
    pub version: u32,
    /// The instance's shape.
    pub shape: u32,
    /// The interned method name.
    pub name: u32,
    /// The function.
    pub method: u32,
}

/// The slot of `(class, shape, name)` in a method cache of `entries`
/// entries (a power of two).
#[cfg_attr(not(feature = "small-code"), inline(always))]
fn method_cache_index(class: ObjRef, shape: ShapeId, name: ObjRef, entries: usize) -> usize {
    let h = class.0.wrapping_mul(0x9e37_79b1) ^ name.0.wrapping_mul(0x85eb_ca6b) ^ shape.0.wrapping_mul(0xc2b2_ae35);
    (h >> 16) as usize & (entries - 1)
}

impl Vm {
    /// Forgets every class attribute and method lookup (after a collection
    /// or class creation).
    pub fn clear_attr_cache(&self) {
        for e in self.attr_cache.iter() {
            e.set(AttrCacheEntry::default());
        }
        for e in self.method_cache.iter() {
            e.set(MethodCacheEntry::default());
        }
    }

    /// The method `name` of an instance of `class` with shape `shape`, if
    /// the method cache holds it for the class's current version.
    #[inline]
    pub(crate) fn cached_method(&self, class: ObjRef, shape: ShapeId, name: ObjRef) -> Option<ObjRef> {
        let e = self.method_cache.get(method_cache_index(class, shape, name, self.method_cache.len()))?.get();
        let hit = e.class == class.0
            && e.shape == shape.0
            && e.name == name.0
            && matches!(self.heap.get(class), Obj::Class(c) if c.version == e.version);
        hit.then_some(ObjRef(e.method))
    }

    /// Remembers that instances of `class` with shape `shape` find the
    /// Python function `method` as their method `name` (see
    /// [`MethodCacheEntry`]; the caller checked the shape holds no `name`
    /// and the class has no `__getattribute__`).
    fn cache_method(&self, class: ObjRef, shape: ShapeId, name: ObjRef, method: ObjRef) {
        let Obj::Class(c) = self.heap.get(class) else { return };
        if let Some(slot) = self.method_cache.get(method_cache_index(class, shape, name, self.method_cache.len())) {
            slot.set(MethodCacheEntry {
                class: class.0,
                version: c.version,
                shape: shape.0,
                name: name.0,
                method: method.0,
            });
        }
    }

    /// The class of any value.
    pub fn class_of(&self, v: Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none_type,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Free { .. } => t.object,
                Obj::Str(_) => t.str_,
                Obj::BigInt(_) => t.int,
                Obj::Complex(_) => t.complex,
                Obj::Bytes(b) => {
                    if b.mutable {
                        t.bytearray
                    } else {
                        t.bytes
                    }
                }
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
                Obj::Range { .. } | Obj::BigRange(_) => t.range,
                Obj::Slice(_) => t.slice,
                Obj::Function(_) => t.function,
                #[cfg(feature = "rare-methods")]
                Obj::BoundMethod { .. } | Obj::Builtin { .. } => self.builtin_callable_class(r),
                #[cfg(not(feature = "rare-methods"))]
                Obj::BoundMethod { .. } => t.method,
                #[cfg(not(feature = "rare-methods"))]
                Obj::Builtin { .. } => t.builtin_function,
                Obj::Class(c) => c.meta.unwrap_or(t.type_),
                Obj::Instance(i) => i.class,
                Obj::UserData { class, .. } => *class,
                Obj::Code(_) => t.code,
                Obj::NotImplemented => t.not_implemented_type,
                Obj::Cell(_) => t.cell,
                Obj::Generator(g) if g.code.code.flags & crate::bytecode::code::FLAG_COROUTINE != 0 => t.coroutine,
                Obj::Generator(g) if g.code.code.flags & crate::bytecode::code::FLAG_ASYNC_GENERATOR != 0 => {
                    t.async_generator
                }
                Obj::Generator(_) => t.generator,
                Obj::Module { .. } => t.module,
                Obj::Traceback { .. } => t.traceback,
                #[cfg(feature = "frames")]
                Obj::Frame(_) => self.frame_class.unwrap_or(t.object),
                Obj::Ellipsis => t.ellipsis,
                Obj::StaticMethod(_) => t.staticmethod,
                Obj::ClassMethod(_) => t.classmethod,
                Obj::Property(_) => t.property,
                Obj::Super { .. } => t.super_,
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
                            Obj::Bytes(b) if b.mutable => t.bytearray_iterator,
                            Obj::Bytes(_) => t.bytes_iterator,
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
                        IterState::Map { .. } => t.map,
                        IterState::Filter { .. } => t.filter,
                        IterState::Done => t.list_iterator,
                        IterState::AsyncGenOp { kind: crate::runtime::object::AsyncGenOpKind::Send, .. } => {
                            t.async_generator_asend
                        }
                        IterState::AsyncGenOp { .. } => t.async_generator_athrow,
                    }
                }
            },
        }
    }

    /// `type(v).__name__` as CPython's messages spell it: for a class
    /// standing in for one of CPython's C types, that type's full name
    /// (`datetime.date`, from the class's own `__ouro_tp_name__`).
    pub fn type_name(&self, v: Value) -> String {
        let class = self.class_of(v);
        if let Obj::Class(c) = self.heap.get(class) {
            if let Some(full) = self.dict_get_str(c.dict, self.names.ouro_tp_name).and_then(|n| self.as_str(n)) {
                return String::from(full);
            }
        }
        String::from(self.class_name(class))
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

    /// Whether `v` is an instance whose class defines `__class__` (which
    /// `isinstance` then also consults).
    pub(crate) fn overrides_class_attr(&self, v: Value) -> bool {
        let Value::Obj(r) = v else { return false };
        let Obj::Instance(i) = self.heap.get(r) else { return false };
        self.lookup_class_attr(i.class, self.names.class).is_some()
    }

    /// Finds `name` in the class dicts along `class`'s MRO.
    // `attr_cache` has a power-of-two length (at least 1, `Vm::new`) and
    // `attr_cache_index` masks with `len - 1`.
    #[allow(clippy::indexing_slicing)]
    pub fn lookup_class_attr(&self, class: ObjRef, name: ObjRef) -> Option<Value> {
        let Obj::Class(c) = self.heap.get(class) else { return None };
        // The attribute cache: (class, version, name) -> result. A class's
        // version changes whenever it or a base changes; the cache is
        // cleared by every collection (slots are reused) and class creation.
        let slot = &self.attr_cache[attr_cache_index(class, name, self.attr_cache.len())];
        let e = slot.get();
        if e.class == class.0 && e.name == name.0 && e.version == c.version {
            return e.value;
        }
        let found = self.lookup_class_attr_uncached(c, name);
        slot.set(AttrCacheEntry { class: class.0, version: c.version, name: name.0, value: found });
        found
    }

    fn lookup_class_attr_uncached(&self, c: &crate::runtime::object::Class, name: ObjRef) -> Option<Value> {
        for &k in &c.mro {
            if let Obj::Class(kc) = self.heap.get(k) {
                if let Some(v) = self.dict_get_str(kc.dict, name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// The attribute hooks (`HOOK_*`) of a class.
    #[inline]
    pub fn class_hooks(&self, class: ObjRef) -> u8 {
        match self.heap.get(class) {
            Obj::Class(c) => c.hooks,
            _ => 0,
        }
    }

    /// Works out a class's attribute hooks from its MRO.
    pub fn compute_hooks(&self, class: ObjRef) -> u8 {
        let mut hooks = 0;
        let n = self.names;
        for (flag, name) in [
            (HOOK_GETATTR, n.getattr),
            (HOOK_SETATTR, n.setattr),
            (HOOK_DELATTR, n.delattr),
            (HOOK_GETATTRIBUTE, n.getattribute),
        ] {
            // `object`'s own versions are built-ins: only Python overrides count.
            if let Some(Value::Obj(f)) = self.lookup_class_attr(class, name) {
                if !matches!(self.heap.get(f), Obj::Builtin { .. }) {
                    hooks |= flag;
                }
            }
        }
        let Obj::Class(c) = self.heap.get(class) else { return hooks };
        let meta_check = c.meta.filter(|_| cfg!(feature = "metaclasses")).is_some_and(|m| {
            [n.instancecheck, n.subclasscheck].iter().any(|&s| self.lookup_class_attr(m, s).is_some())
        });
        if meta_check || self.lookup_class_attr(class, n.ouro_subclasscheck).is_some() {
            hooks |= HOOK_SUBCLASSCHECK;
        }
        let eq = self.cmp_names.get(crate::bytecode::opcode::CompareOp::Eq as usize).copied();
        if [Some(n.hash), eq].into_iter().flatten().any(|name| self.lookup_class_attr(class, name).is_some()) {
            hooks |= HOOK_HASH_EQ;
        }
        for &k in &c.mro {
            let Obj::Class(kc) = self.heap.get(k) else { continue };
            let Obj::Dict(d) = self.heap.get(kc.dict) else { continue };
            if d.iter().any(|e| self.maybe_data_descriptor(e.value)) {
                hooks |= HOOK_DESCR;
                break;
            }
        }
        hooks
    }

    /// True for class attributes that may intercept instance stores.
    pub(crate) fn maybe_data_descriptor(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Property(_) | Obj::Instance(_)))
    }

    /// `class` and every class deriving from it.
    fn class_and_subclasses(&self, class: ObjRef) -> Vec<ObjRef> {
        let mut out = Vec::new();
        let mut work = alloc::vec![class];
        while let Some(c) = work.pop() {
            if out.contains(&c) {
                continue;
            }
            out.push(c);
            if let Obj::Class(cl) = self.heap.get(c) {
                work.extend(cl.subclasses.iter().copied());
            }
        }
        out
    }

    /// Recomputes the hooks of `class` and its subclasses.
    pub(crate) fn refresh_hooks(&mut self, class: ObjRef) {
        for c in self.class_and_subclasses(class) {
            let h = self.compute_hooks(c);
            if let Obj::Class(cl) = self.heap.get_mut(c) {
                cl.hooks = h;
            }
        }
    }

    /// Bookkeeping after a class attribute store (`value`) or delete (`Null`).
    pub(crate) fn class_attr_changed(&mut self, class: ObjRef, name: ObjRef, value: Value) {
        self.bump_class_version(class);
        let n = self.names;
        let eq = self.cmp_names.get(crate::bytecode::opcode::CompareOp::Eq as usize).copied();
        let hooked = [Some(n.getattr), Some(n.setattr), Some(n.delattr), Some(n.getattribute), Some(n.hash), eq];
        if hooked.into_iter().flatten().any(|h| self.str_eq(h, name)) {
            self.refresh_hooks(class);
        } else if self.maybe_data_descriptor(value) {
            for c in self.class_and_subclasses(class) {
                if let Obj::Class(cl) = self.heap.get_mut(c) {
                    cl.hooks |= HOOK_DESCR;
                }
            }
        }
    }

    /// The descriptor protocol: what a class attribute `v` found on `owner`
    /// gives when read through `instance` (`Null` for access on the class).
    pub fn bind_descr(&mut self, v: Value, instance: Value, owner: ObjRef) -> PyResult<Value> {
        let Value::Obj(f) = v else { return Ok(v) };
        match self.heap.get(f) {
            Obj::Function(_) if !instance.is_null() => {
                Ok(Value::Obj(self.heap.alloc(Obj::BoundMethod { receiver: instance, func: v })))
            }
            Obj::Builtin { def, receiver: Value::Null }
                if !instance.is_null() && !crate::builtins::is_plain_function(def) =>
            {
                let def = *def;
                Ok(Value::Obj(self.heap.alloc(Obj::Builtin { def, receiver: instance })))
            }
            // A host class's method (`api::ClassBuilder::method`) binds as a method.
            Obj::Builtin { def, .. } if !instance.is_null() && core::ptr::eq(*def, &crate::api::HOST_METHOD) => {
                Ok(Value::Obj(self.heap.alloc(Obj::BoundMethod { receiver: instance, func: v })))
            }
            // A slot wrapper (`size = list.__len__` in a subclass) binds too.
            Obj::Builtin { def, receiver } if !instance.is_null() && !receiver.is_null() => {
                let (def, receiver) = (*def, *receiver);
                Ok(self.bind_slot_wrapper(def, receiver, instance).unwrap_or(v))
            }
            Obj::StaticMethod(inner) => Ok(*inner),
            Obj::ClassMethod(inner) => {
                let func = *inner;
                Ok(Value::Obj(self.heap.alloc(Obj::BoundMethod { receiver: Value::Obj(owner), func })))
            }
            Obj::Property(p) if !instance.is_null() => {
                let p = **p;
                if matches!(p.fget, Value::None) {
                    return Err(self.property_error(p.name, instance, "getter"));
                }
                self.call_value(p.fget, &[instance])
            }
            Obj::Instance(i) => {
                let class = i.class;
                match self.lookup_class_attr(class, self.names.get) {
                    Some(g) => {
                        let inst = if instance.is_null() { Value::None } else { instance };
                        self.call_value(g, &[v, inst, Value::Obj(owner)])
                    }
                    None => Ok(v),
                }
            }
            _ => Ok(v),
        }
    }

    /// True if a class attribute read through the class itself is `v`
    /// unchanged, with no code run (`bind_descr(v, Null, _) == v`): plain
    /// data and functions, not static/class methods or instances (whose
    /// class may define `__get__`).
    #[inline]
    pub(crate) fn class_attr_is_plain(&self, v: Value) -> bool {
        match v {
            Value::Obj(r) => matches!(
                self.heap.get(r),
                Obj::Function(_)
                    | Obj::Builtin { .. }
                    | Obj::Class(_)
                    | Obj::Str(_)
                    | Obj::BigInt(_)
                    | Obj::Tuple(_)
                    | Obj::List(_)
                    | Obj::Dict(_)
                    | Obj::Set(_)
                    | Obj::Module { .. }
            ),
            Value::Null => false,
            _ => true,
        }
    }

    /// "property 'x' of 'A' object has no setter" and friends.
    fn property_error(&mut self, name: Value, obj: Value, what: &str) -> crate::runtime::object::PyErr {
        let class = self.class_of(obj);
        let mut tq = String::new();
        let q = match self.heap.get(class) {
            Obj::Class(c) => String::from(&*c.qualname),
            _ => String::new(),
        };
        crate::runtime::str_repr::str_repr(&q, &mut tq);
        match self.as_str(name).map(String::from) {
            Some(n) => {
                let mut nr = String::new();
                crate::runtime::str_repr::str_repr(&n, &mut nr);
                self.attribute_error(format!("property {nr} of {tq} object has no {what}"))
            }
            None => self.attribute_error(format!("property of {tq} object has no {what}")),
        }
    }

    /// True for a data descriptor: a property, or an object whose class
    /// defines `__set__` or `__delete__`.
    fn is_data_descriptor(&self, d: Value) -> bool {
        let Value::Obj(r) = d else { return false };
        match self.heap.get(r) {
            Obj::Property(_) => true,
            Obj::Instance(i) => {
                self.lookup_class_attr(i.class, self.names.set).is_some()
                    || self.lookup_class_attr(i.class, self.names.delete).is_some()
            }
            _ => false,
        }
    }

    /// Runs a data descriptor's store (`value`) or delete (`Null`) for
    /// `obj`; false when `d` is not a data descriptor.
    pub(crate) fn descr_store(&mut self, d: Value, obj: Value, value: Value) -> PyResult<bool> {
        let Value::Obj(r) = d else { return Ok(false) };
        match self.heap.get(r) {
            Obj::Property(p) => {
                let p = **p;
                let (f, what) = if value.is_null() { (p.fdel, "deleter") } else { (p.fset, "setter") };
                if matches!(f, Value::None) {
                    return Err(self.property_error(p.name, obj, what));
                }
                if value.is_null() {
                    self.call_value(f, &[obj])?;
                } else {
                    self.call_value(f, &[obj, value])?;
                }
                Ok(true)
            }
            Obj::Instance(i) => {
                let class = i.class;
                let hook = if value.is_null() { self.names.delete } else { self.names.set };
                let Some(f) = self.lookup_class_attr(class, hook) else { return Ok(false) };
                if value.is_null() {
                    self.call_value(f, &[d, obj])?;
                } else {
                    self.call_value(f, &[d, obj, value])?;
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Calls the hook `f` (found on `class`) as a method of `obj`.
    fn call_hook(&mut self, f: Value, obj: Value, class: ObjRef, args: &[Value]) -> PyResult<Value> {
        let plain = matches!(f, Value::Obj(r) if matches!(self.heap.get(r), Obj::Function(_) | Obj::Builtin { receiver: Value::Null, .. }));
        if plain {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj);
            full.extend_from_slice(args);
            return self.call_value(f, &full);
        }
        let bound = self.bind_descr(f, obj, class)?;
        self.call_value(bound, args)
    }

    /// True if `err` is an AttributeError.
    pub fn is_attribute_error(&self, err: crate::runtime::object::PyErr) -> bool {
        self.exception_matches(err, self.exc.attribute_error)
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
        #[cfg(not(feature = "bytes"))]
        if crate::builtins::bytes::is_missing_method(self, obj, &n) {
            return self.missing_feature("this bytes/bytearray operation", "bytes");
        }
        if let Value::Obj(r) = obj {
            if let Obj::Class(c) = self.heap.get(r) {
                let cn = String::from(&*c.name);
                return self.attribute_error(format!("type object '{cn}' has no attribute '{n}'"));
            }
            if let Obj::Module { name: m, .. } = self.heap.get(r) {
                let mn = self.str_text(*m);
                return self.attribute_error(format!("module '{mn}' has no attribute '{n}'"));
            }
        }
        let tn = self.type_name(obj);
        let e = self.attribute_error(format!("'{tn}' object has no attribute '{n}'"));
        self.set_exc_field(e, "name", Value::Obj(name));
        self.set_exc_field(e, "obj", obj);
        e
    }

    /// `obj.name`, or `None` when it does not exist. Honours
    /// `__getattribute__` and `__getattr__` overrides; an AttributeError they
    /// raise is returned as an error.
    pub fn get_attr_opt(&mut self, obj: Value, name: ObjRef) -> PyResult<Option<Value>> {
        if let Value::Obj(r) = obj {
            if let Obj::Instance(inst) = self.heap.get(r) {
                let class = inst.class;
                let hooks = self.class_hooks(class);
                if hooks & (HOOK_GETATTR | HOOK_GETATTRIBUTE) != 0 {
                    return self.get_attr_hooked(obj, class, name, hooks);
                }
            }
        }
        self.generic_get_attr(obj, name)
    }

    fn get_attr_hooked(&mut self, obj: Value, class: ObjRef, name: ObjRef, hooks: u8) -> PyResult<Option<Value>> {
        let first = if hooks & HOOK_GETATTRIBUTE != 0 {
            match self.lookup_class_attr(class, self.names.getattribute) {
                Some(f) => self.call_hook(f, obj, class, &[Value::Obj(name)]).map(Some),
                None => self.generic_get_attr(obj, name),
            }
        } else {
            self.generic_get_attr(obj, name)
        };
        let missing = match first {
            Ok(Some(v)) => return Ok(Some(v)),
            Ok(None) => None,
            Err(e) if self.is_attribute_error(e) => Some(e),
            Err(e) => return Err(e),
        };
        if hooks & HOOK_GETATTR != 0 {
            if let Some(f) = self.lookup_class_attr(class, self.names.getattr) {
                return self.call_hook(f, obj, class, &[Value::Obj(name)]).map(Some);
            }
        }
        match missing {
            Some(e) => Err(e),
            None => Ok(None),
        }
    }

    /// The instance's `__dict__`: switches it to dict mode on first use, so
    /// the dict is a live view of its attributes.
    fn instance_dict(&mut self, r: ObjRef) -> PyResult<Value> {
        let Obj::Instance(inst) = self.heap.get(r) else { return Ok(Value::None) };
        if inst.shape == ShapeTable::DICT {
            return Ok(inst.slots.first().copied().unwrap_or(Value::None));
        }
        let names: Vec<ObjRef> = self.shapes.names(inst.shape).to_vec();
        let values = inst.slots.clone();
        let d = self.new_dict_obj();
        for (n, v) in names.into_iter().zip(values) {
            self.dict_set_str(d, n, v)?;
        }
        if let Obj::Instance(inst) = self.heap.get_mut(r) {
            inst.shape = ShapeTable::DICT;
            inst.slots = ValueVec::from([Value::Obj(d)]);
        }
        Ok(Value::Obj(d))
    }

    /// The dict of a dict-mode instance.
    fn dict_of(&self, inst: &crate::runtime::object::Instance) -> Option<ObjRef> {
        if inst.shape == ShapeTable::DICT {
            inst.slots.first().and_then(|v| v.as_obj())
        } else {
            None
        }
    }

    /// `object.__getattribute__`: the lookup without the instance hooks.
    pub fn generic_get_attr(&mut self, obj: Value, name: ObjRef) -> PyResult<Option<Value>> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Instance(inst) => {
                    // A data descriptor on the class (a property, an object whose
                    // class defines `__set__` or `__delete__`) comes before the
                    // instance's own attributes.
                    if self.class_hooks(inst.class) & HOOK_DESCR != 0 {
                        let class = inst.class;
                        if let Some(d) = self.lookup_class_attr(class, name) {
                            if self.is_data_descriptor(d) {
                                return self.bind_descr(d, obj, class).map(Some);
                            }
                        }
                    }
                    let Obj::Instance(inst) = self.heap.get(r) else { return Ok(None) };
                    if let Some(d) = self.dict_of(inst) {
                        if let Some(v) = self.dict_get_str(d, name) {
                            return Ok(Some(v));
                        }
                    } else if let Some(&v) = self.shapes.lookup(inst.shape, name).and_then(|i| inst.slots.get(i)) {
                        return Ok(Some(v));
                    }
                    let class = inst.class;
                    if name == self.names.class {
                        return Ok(Some(Value::Obj(class)));
                    }
                    if let Some(e) = &inst.exc {
                        if name == self.names.args {
                            return Ok(Some(e.args));
                        }
                        let (cause, context, suppress) = (e.cause, e.context, e.suppress_context);
                        match self.str_text(name).as_str() {
                            "__cause__" => return Ok(Some(cause)),
                            "__context__" => return Ok(Some(context)),
                            "__suppress_context__" => return Ok(Some(Value::Bool(suppress))),
                            "__traceback__" => return Ok(Some(self.traceback_of(r, 0))),
                            "code" if self.is_subclass(class, self.exc.system_exit) => {
                                return Ok(Some(self.stop_iteration_value(crate::runtime::object::PyErr(r))));
                            }
                            "value" if self.is_subclass(class, self.exc.stop_iteration) => {
                                return Ok(Some(self.stop_iteration_value(crate::runtime::object::PyErr(r))));
                            }
                            _ => {}
                        }
                    }
                    if let Some(v) = self.lookup_class_attr(class, name) {
                        return self.bind_descr(v, obj, class).map(Some);
                    }
                    if name == self.names.dict_ {
                        let has_dict = matches!(self.heap.get(class), Obj::Class(c) if c.slots.is_none());
                        if has_dict {
                            return self.instance_dict(r).map(Some);
                        }
                    }
                    return Ok(self.builtin_dunder_attr(obj, class, name));
                }
                Obj::Class(_) => return self.class_get_attr(r, name),
                // (`__qualname__` names the class of a built-in type's method with `rare-methods`.)
                #[cfg(feature = "rare-methods")]
                Obj::Builtin { .. } if name == self.names.qualname => {
                    let n = self.builtin_qualname(r);
                    return Ok(Some(self.new_str(&n)));
                }
                Obj::Builtin { def, receiver } if name == self.names.name || name == self.names.qualname => {
                    let n = String::from(self.host_fn_name(def, *receiver).unwrap_or(def.name));
                    return Ok(Some(self.new_str(&n)));
                }
                Obj::Module { dict, .. } => {
                    let dict = *dict;
                    if name == self.names.dict_ {
                        return Ok(Some(Value::Obj(dict)));
                    }
                    let found = self.dict_get_str(dict, name);
                    #[cfg(any(feature = "memoryview", feature = "open", feature = "exception-groups"))]
                    if found.is_none() && dict == self.builtins {
                        return self.lazy_builtin(name);
                    }
                    // PEP 562: a module's own `__getattr__` answers for what it lacks.
                    if found.is_none() {
                        if let Some(hook) = self.dict_get_str(dict, self.names.getattr) {
                            return self.call_value(hook, &[Value::Obj(name)]).map(Some);
                        }
                    }
                    return Ok(found);
                }
                Obj::Traceback { exc, index } => {
                    let (exc, index) = (*exc, *index);
                    let entry = match self.heap.get(exc) {
                        Obj::Instance(i) => i.exc.as_ref().and_then(|e| e.traceback.iter().rev().nth(index).cloned()),
                        _ => None,
                    };
                    let n = self.str_text(name);
                    return Ok(match (n.as_str(), entry) {
                        ("tb_lineno", Some(e)) => Some(Value::Int(e.line as i64)),
                        // A byte offset, as `f_lasti` (two bytes per code unit).
                        ("tb_lasti", Some(e)) => Some(Value::Int(i64::from(e.pc) * 2)),
                        ("tb_next", _) => Some(self.traceback_of(exc, index + 1)),
                        #[cfg(feature = "frames")]
                        ("tb_frame", _) => Some(self.traceback_frame(exc, index)),
                        #[cfg(not(feature = "frames"))]
                        ("tb_frame", _) => Some(Value::None),
                        _ => None,
                    });
                }
                #[cfg(feature = "frames")]
                Obj::Frame(_) => {
                    if let Some(v) = self.frame_attr(r, name)? {
                        return Ok(Some(v));
                    }
                }
                Obj::Function(_) | Obj::Generator(_) | Obj::Code(_) | Obj::Cell(_) => {
                    if let Some(v) = self.introspection_attr(r, name)? {
                        return Ok(Some(v));
                    }
                }
                Obj::BoundMethod { receiver, func } => {
                    let (receiver, func) = (*receiver, *func);
                    if self.str_text(name) == "__self__" {
                        return Ok(Some(receiver));
                    }
                    if self.str_text(name) == "__func__" {
                        return Ok(Some(func));
                    }
                    if self.str_text(name) == "__call__" {
                        return self.protocol_dunder_attr(obj, name);
                    }
                    #[cfg(feature = "rare-methods")]
                    if name == self.names.qualname {
                        if let Some(q) = self.bound_builtin_qualname(receiver, func) {
                            return Ok(Some(self.new_str(&q)));
                        }
                    }
                    return self.get_attr_opt(func, name);
                }
                Obj::StaticMethod(f) | Obj::ClassMethod(f) => {
                    let f = *f;
                    if self.str_text(name) == "__func__" {
                        return Ok(Some(f));
                    }
                }
                Obj::Property(p) => {
                    let p = **p;
                    match self.str_text(name).as_str() {
                        "fget" => return Ok(Some(p.fget)),
                        "fset" => return Ok(Some(p.fset)),
                        "fdel" => return Ok(Some(p.fdel)),
                        "__doc__" => return Ok(Some(p.doc)),
                        _ => {}
                    }
                }
                Obj::Super { this, obj: sobj, obj_type } => {
                    let (this, sobj, obj_type) = (*this, *sobj, *obj_type);
                    if let Some(v) = self.super_lookup(this, sobj, obj_type, name)? {
                        return Ok(Some(v));
                    }
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
            return self.bind_descr(v, obj, cls).map(Some);
        }
        // Attributes computed from the value (int.real, float.imag, ...).
        if let Some(v) = crate::builtins::value_attr(self, obj, name)? {
            return Ok(Some(v));
        }
        // The type's dunders (`(5).__add__`), then the call and descriptor
        // protocols of built-in callables (`f.__call__`, `f.__get__`).
        if let Some(v) = self.builtin_dunder_attr(obj, cls, name) {
            return Ok(Some(v));
        }
        self.protocol_dunder_attr(obj, name)
    }

    /// Read-only introspection attributes of functions, code objects,
    /// generators and cells (`f.__defaults__`, `code.co_varnames`, ...).
    fn introspection_attr(&mut self, r: ObjRef, name: ObjRef) -> PyResult<Option<Value>> {
        use crate::runtime::object::GenState;
        let n = self.str_text(name);
        let tuple_of_strs = |vm: &mut Vm, items: Vec<String>| -> Value {
            let vals = items.into_iter().map(|s| vm.new_string(s)).collect();
            vm.new_tuple(vals)
        };
        match self.heap.get(r) {
            Obj::Function(f) => {
                let (defaults, kwdefaults, code, closure, globals) =
                    (f.defaults.to_vec(), f.kwdefaults, f.code.clone(), f.closure.to_vec(), f.globals);
                let (fname, fqual, doc, attrs) = match self.heap.get(r) {
                    Obj::Function(f) => (f.name, f.qualname, f.doc, f.attrs),
                    _ => return Ok(None),
                };
                if let Some(a) = attrs {
                    if let Some(v) = self.dict_get_str(a, name) {
                        return Ok(Some(v));
                    }
                }
                Ok(match n.as_str() {
                    "__name__" => Some(Value::Obj(fname)),
                    "__qualname__" => Some(match fqual {
                        Some(q) => Value::Obj(q),
                        None => self.new_string(String::from(&*code.code.qualname)),
                    }),
                    "__doc__" => Some(doc),
                    "__dict__" => Some(self.function_lazy_dict(r, |f| &mut f.attrs)),
                    "__defaults__" => Some(if defaults.is_empty() { Value::None } else { self.new_tuple(defaults) }),
                    "__kwdefaults__" => Some(kwdefaults.map_or(Value::None, Value::Obj)),
                    "__annotations__" => Some(self.function_lazy_dict(r, |f| &mut f.annotations)),
                    "__code__" => Some(Value::Obj(self.heap.alloc(Obj::Code(code)))),
                    "__closure__" => Some(if closure.is_empty() { Value::None } else { self.new_tuple(closure) }),
                    "__globals__" => Some(Value::Obj(globals)),
                    "__module__" => Some(self.dict_get_str(globals, self.names.name).unwrap_or(Value::None)),
                    _ => None,
                })
            }
            Obj::Generator(g) => {
                let (state, code) = (g.state, g.code.clone());
                // (A link of a `yield from` chain runs while its innermost delegate does.)
                let running = state == GenState::Running || self.generator_running(r);
                let delegate = g.has_frame().then_some(g).and_then(|g| {
                    crate::interp::generator::send_before(&g.code, g.pc as usize).and(g.values.last().copied())
                });
                Ok(match n.as_str() {
                    "__name__" => Some(self.new_string(String::from(&*code.code.name))),
                    "__qualname__" => Some(self.new_string(String::from(&*code.code.qualname))),
                    "gi_running" => Some(Value::Bool(running)),
                    "gi_suspended" => {
                        Some(Value::Bool(!running && matches!(state, GenState::Suspended | GenState::Delegating)))
                    }
                    "gi_frame" => Some(if state == GenState::Done {
                        Value::None
                    } else {
                        Value::Obj(self.heap.alloc(Obj::Code(code)))
                    }),
                    "gi_code" => Some(Value::Obj(self.heap.alloc(Obj::Code(code)))),
                    "gi_yieldfrom" => Some(delegate.unwrap_or(Value::None)),
                    _ => None,
                })
            }
            Obj::Code(c) => {
                let c = c.clone();
                let code = &c.code;
                let frees: Vec<String> = code.freevars.iter().map(|(n, _)| String::from(&**n)).collect();
                let hidden: Vec<u32> = code.freevars.iter().map(|&(_, s)| s).collect();
                let varnames: Vec<String> = code
                    .varnames
                    .iter()
                    .enumerate()
                    .filter(|(i, n)| !hidden.contains(&(*i as u32)) && !n.is_empty())
                    .map(|(_, n)| String::from(&**n))
                    .collect();
                Ok(match n.as_str() {
                    "co_name" => Some(self.new_string(String::from(&*code.name))),
                    "co_qualname" => Some(self.new_string(String::from(&*code.qualname))),
                    "co_filename" => Some(self.new_string(String::from(&*code.filename))),
                    "co_firstlineno" => Some(Value::Int(code.first_line as i64)),
                    "co_argcount" => Some(Value::Int(code.argcount as i64)),
                    "co_posonlyargcount" => Some(Value::Int(code.posonlyargcount as i64)),
                    "co_kwonlyargcount" => Some(Value::Int(code.kwonlyargcount as i64)),
                    "co_nlocals" => Some(Value::Int(varnames.len() as i64)),
                    "co_varnames" => Some(tuple_of_strs(self, varnames)),
                    "co_freevars" => Some(tuple_of_strs(self, frees)),
                    "co_flags" if cfg!(feature = "rare-methods") => {
                        Some(Value::Int(i64::from(cpython_code_flags(code))))
                    }
                    _ => None,
                })
            }
            Obj::Cell(v) => {
                let v = *v;
                if n != "cell_contents" {
                    return Ok(None);
                }
                if v.is_null() {
                    return Err(self.value_error("Cell is empty"));
                }
                Ok(Some(v))
            }
            _ => Ok(None),
        }
    }

    /// Function `r`'s `__dict__` or `__annotations__` (the dict in
    /// `field`), made empty at first read, as in CPython.
    fn function_lazy_dict(&mut self, r: ObjRef, field: fn(&mut Function) -> &mut Option<ObjRef>) -> Value {
        if let Obj::Function(f) = self.heap.get_mut(r) {
            if let Some(d) = *field(f) {
                return Value::Obj(d);
            }
        }
        let d = self.new_dict_obj();
        if let Obj::Function(f) = self.heap.get_mut(r) {
            *field(f) = Some(d);
        }
        Value::Obj(d)
    }

    /// Attribute lookup on a class object.
    fn class_get_attr(&mut self, r: ObjRef, name: ObjRef) -> PyResult<Option<Value>> {
        // `type`'s data descriptors `__name__` and `__qualname__` win over
        // the class's namespace.
        let n = self.names;
        if name == n.name || name == n.qualname {
            if let Obj::Class(c) = self.heap.get(r) {
                let s = String::from(if name == n.name { &*c.name } else { &*c.qualname });
                return Ok(Some(self.new_string(s)));
            }
        }
        if let Some(v) = self.lookup_class_attr(r, name) {
            return self.bind_descr(v, Value::Null, r).map(Some);
        }
        let Obj::Class(c) = self.heap.get(r) else { return Ok(None) };
        let n = self.names;
        if name == n.module {
            let s = String::from(&*c.module);
            return Ok(Some(self.new_string(s)));
        }
        if name == n.mro {
            let items = c.mro.iter().map(|&k| Value::Obj(k)).collect();
            return Ok(Some(self.new_tuple(items)));
        }
        if name == n.bases {
            let items = c.bases.iter().map(|&k| Value::Obj(k)).collect();
            return Ok(Some(self.new_tuple(items)));
        }
        if name == n.class {
            return Ok(Some(Value::Obj(c.meta.unwrap_or(self.types.type_))));
        }
        if name == n.dict_ {
            // A snapshot (CPython gives a read-only live mappingproxy).
            let src = c.dict;
            let entries: Vec<(Value, Value)> = match self.heap.get(src) {
                Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
                _ => Vec::new(),
            };
            let d = self.new_dict_obj();
            for (k, v) in entries {
                self.dict_set(d, k, v)?;
            }
            return Ok(Some(Value::Obj(d)));
        }
        // Then the metaclass's attributes, bound to the class.
        if let Some(m) = c.meta.filter(|_| cfg!(feature = "metaclasses")) {
            if let Some(v) = self.lookup_class_attr(m, name) {
                return self.bind_descr(v, Value::Obj(r), m).map(Some);
            }
        }
        #[cfg(feature = "rare-methods")]
        if let Some(v) = self.class_rare_attr(r, name) {
            return Ok(Some(v));
        }
        // Then the built-in dunders of its instances (`int.__add__`), and
        // `type.__call__` bound to it.
        if let Some(v) = self.builtin_dunder_class_attr(r, name) {
            return Ok(Some(v));
        }
        Ok(self.class_call_attr(r, name))
    }

    /// `cls.__name__ = value` or `cls.__qualname__ = value` (`which`) for a
    /// class that is not built in (with `rare-methods`; without it such an
    /// assignment raises NotImplementedError naming the feature).
    #[cfg(feature = "rare-methods")]
    fn set_class_name(&mut self, class: ObjRef, which: ObjRef, value: Value) -> PyResult<()> {
        let is_name = which == self.names.name;
        let Some(text) = self.as_str(value).map(String::from) else {
            let (cn, an, tn) = (String::from(self.class_name(class)), self.str_text(which), self.type_name(value));
            return Err(self.type_error(format!("can only assign string to {cn}.{an}, not '{tn}'")));
        };
        if is_name && text.contains('\0') {
            return Err(self.value_error("type name must not contain null characters"));
        }
        if let Obj::Class(c) = self.heap.get_mut(class) {
            if is_name {
                c.details.name = text.as_str().into();
            } else {
                c.details.qualname = text.as_str().into();
            }
        }
        self.bump_class_version(class);
        Ok(())
    }

    /// A class's `__module__` as CPython's `type.__module__` gives it: a
    /// class's own namespace entry (assignable) unless it is built in;
    /// `None` when that entry is not a str.
    pub(crate) fn class_module(&self, class: ObjRef) -> Option<&str> {
        let Obj::Class(c) = self.heap.get(class) else { return None };
        if &*c.module == "builtins" {
            return Some("builtins");
        }
        match self.dict_get_str(c.dict, self.names.module) {
            Some(v) => self.as_str(v),
            None => Some(&c.module),
        }
    }

    /// `module.qualname` of a class as the default reprs show it
    /// (`type.__repr__`, `object.__repr__`): just its name when its
    /// `__module__` is `builtins` or not a str.
    pub(crate) fn class_dotted_name(&self, class: ObjRef) -> String {
        let Obj::Class(c) = self.heap.get(class) else { return String::new() };
        if &*c.module == "builtins" {
            return String::from(&*c.qualname);
        }
        match self.class_module(class) {
            Some(m) if m != "builtins" => format!("{m}.{}", c.qualname),
            _ => String::from(&*c.name),
        }
    }

    /// `super(this, obj).name`: searches `obj_type`'s MRO after `this`.
    pub(crate) fn super_lookup(
        &mut self,
        this: ObjRef,
        obj: Value,
        obj_type: ObjRef,
        name: ObjRef,
    ) -> PyResult<Option<Value>> {
        // `__class__` is the super object's own class.
        if name == self.names.class {
            return Ok(None);
        }
        let Obj::Class(c) = self.heap.get(obj_type) else { return Ok(None) };
        let Some(pos) = c.mro.iter().position(|&k| k == this) else { return Ok(None) };
        let mut found = None;
        let after = c.mro.get(pos + 1..).unwrap_or_default();
        for &k in after {
            if let Obj::Class(kc) = self.heap.get(k) {
                if let Some(v) = self.dict_get_str(kc.dict, name) {
                    found = Some(v);
                    break;
                }
            }
        }
        let Some(v) = found else {
            // `super().__repr__()` and friends in a subclass of a built-in
            // type: the built-in operation on the wrapped value.
            if let Some(base) = self.native_base(obj_type) {
                if after.contains(&base) && self.native_of(obj).is_some() {
                    return Ok(self.native_dunder_method(obj, name));
                }
            }
            // `super().__repr__()` and friends reaching `object`.
            if !obj.is_null() && obj != Value::Obj(obj_type) {
                return Ok(self.object_dunder_attr(obj, name));
            }
            return Ok(None);
        };
        if obj.is_null() {
            return Ok(Some(v));
        }
        let inst = if obj == Value::Obj(obj_type) { Value::Null } else { obj };
        self.bind_descr(v, inst, obj_type).map(Some)
    }

    /// `e.__traceback__` (or its `tb_next` chain): None when there are no entries left.
    pub fn traceback_of(&mut self, exc: ObjRef, index: usize) -> Value {
        let n = match self.heap.get(exc) {
            Obj::Instance(i) => i.exc.as_ref().map_or(0, |e| e.traceback.len()),
            _ => 0,
        };
        if index >= n {
            return Value::None;
        }
        Value::Obj(self.heap.alloc(Obj::Traceback { exc, index }))
    }

    /// `f.name = value` on a Python function.
    fn set_function_attr(&mut self, r: ObjRef, name: ObjRef, value: Value) -> PyResult<()> {
        let n = self.str_text(name);
        match n.as_str() {
            "__name__" | "__qualname__" => {
                let Some(s) = value.as_obj().filter(|_| self.as_str(value).is_some()) else {
                    return Err(self.type_error(format!("{n} must be set to a string object")));
                };
                if let Obj::Function(f) = self.heap.get_mut(r) {
                    if n == "__name__" {
                        f.name = s;
                    } else {
                        f.qualname = Some(s);
                    }
                }
            }
            "__doc__" => {
                if let Obj::Function(f) = self.heap.get_mut(r) {
                    f.doc = value;
                }
            }
            "__annotations__" => {
                let d = match value {
                    Value::None => None,
                    Value::Obj(d) if matches!(self.heap.get(d), Obj::Dict(_)) => Some(d),
                    _ => return Err(self.type_error("__annotations__ must be set to a dict object")),
                };
                if let Obj::Function(f) = self.heap.get_mut(r) {
                    f.annotations = d;
                }
            }
            "__defaults__" => {
                let items = match value {
                    Value::None => Vec::new(),
                    _ => self.collect_iterable(value)?,
                };
                if let Obj::Function(f) = self.heap.get_mut(r) {
                    f.defaults = items.into_boxed_slice();
                    f.version = f.version.wrapping_add(1);
                }
            }
            _ => {
                let attrs = match self.heap.get(r) {
                    Obj::Function(f) => f.attrs,
                    _ => None,
                };
                let d = match attrs {
                    Some(d) => d,
                    None => {
                        let d = self.new_dict_obj();
                        if let Obj::Function(f) = self.heap.get_mut(r) {
                            f.attrs = Some(d);
                        }
                        d
                    }
                };
                let name = self.intern_obj(name);
                self.dict_set_str(d, name, value)?;
            }
        }
        Ok(())
    }

    /// LOAD_METHOD: returns the two call slots `(callable, self_or_null)`
    /// without allocating a bound method when the attribute is a plain method.
    // Out of line and small: the method cache's hit (sites with more
    // receiver classes than the specialized form's two entries run this)
    // pays no prologue of the general lookup, `load_method_slow`.
    #[inline(never)]
    pub fn load_method(&mut self, obj: Value, name: ObjRef) -> PyResult<(Value, Value)> {
        if let Value::Obj(r) = obj {
            if let Obj::Instance(inst) = self.heap.get(r) {
                if let Some(m) = self.cached_method(inst.class, inst.shape, name) {
                    return Ok((Value::Obj(m), obj));
                }
            }
        }
        self.load_method_slow(obj, name)
    }

    /// Tier 1's `LOAD_METHOD_INSTANCE` when neither entry matches the
    /// receiver (a site with more receiver classes than entries): the
    /// method cache's hit, as the generic `LOAD_METHOD` would find it,
    /// without deoptimizing the site. True if it replaced the receiver on
    /// the stack by the method and the receiver; false changes nothing
    /// (the form's uops run and deoptimize).
    #[inline(never)]
    pub(crate) fn load_method_from_cache(&mut self, name: Option<ObjRef>) -> bool {
        let (Some(name), obj @ Value::Obj(r)) = (name, self.stack.top()) else { return false };
        let Obj::Instance(inst) = self.heap.get(r) else { return false };
        let Some(m) = self.cached_method(inst.class, inst.shape, name) else { return false };
        self.stack.set_top(Value::Obj(m));
        self.stack.push(obj);
        true
    }

    /// `load_method` past the method cache.
    #[inline(never)]
    fn load_method_slow(&mut self, obj: Value, name: ObjRef) -> PyResult<(Value, Value)> {
        let mut cacheable = None;
        if let Value::Obj(r) = obj {
            if let Obj::Instance(inst) = self.heap.get(r) {
                if inst.shape != ShapeTable::DICT {
                    cacheable = Some((inst.class, inst.shape));
                }
            }
        }
        let cls = self.class_of(obj);
        let shadowed = match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(inst) => {
                    if self.class_hooks(inst.class) & HOOK_GETATTRIBUTE != 0 {
                        true
                    } else if let Some(d) = self.dict_of(inst) {
                        self.dict_get_str(d, name).is_some()
                    } else {
                        self.shapes.lookup(inst.shape, name).is_some()
                    }
                }
                Obj::Class(_) | Obj::Super { .. } => true,
                _ => false,
            },
            _ => false,
        };
        if !shadowed {
            if let Some(Value::Obj(f)) = self.lookup_class_attr(cls, name) {
                match self.heap.get(f) {
                    Obj::Function(_) => {
                        if let Some((class, shape)) = cacheable {
                            self.cache_method(class, shape, name, f);
                        }
                        return Ok((Value::Obj(f), obj));
                    }
                    Obj::Builtin { def, receiver: Value::Null } if !crate::builtins::is_plain_function(def) => {
                        return Ok((Value::Obj(f), obj))
                    }
                    Obj::StaticMethod(inner) => return Ok((*inner, Value::Null)),
                    Obj::ClassMethod(inner) => return Ok((*inner, Value::Obj(cls))),
                    _ => {}
                }
            }
        }
        let v = self.get_attr(obj, name)?;
        Ok((v, Value::Null))
    }

    /// `obj.name = value`, honouring a `__setattr__` override.
    pub fn set_attr(&mut self, obj: Value, name: ObjRef, value: Value) -> PyResult<()> {
        if let Value::Obj(r) = obj {
            if let Obj::Instance(inst) = self.heap.get(r) {
                let class = inst.class;
                if self.class_hooks(class) & HOOK_SETATTR != 0 {
                    if let Some(f) = self.lookup_class_attr(class, self.names.setattr) {
                        self.call_hook(f, obj, class, &[Value::Obj(name), value])?;
                        return Ok(());
                    }
                }
            }
        }
        self.generic_set_attr(obj, name, value)
    }

    /// Whether `name` is one of the names `allowed` by `__slots__`.
    fn slot_allowed(&self, allowed: &[ObjRef], name: ObjRef) -> bool {
        allowed.iter().any(|&a| self.str_eq(a, name))
    }

    /// `object.__setattr__`.
    pub fn generic_set_attr(&mut self, obj: Value, name: ObjRef, value: Value) -> PyResult<()> {
        if let Value::Obj(r) = obj {
            if matches!(self.heap.get(r), Obj::Instance(i) if i.exc.is_some()) {
                let n = self.str_text(name);
                if crate::builtins::set_exception_attr(self, r, &n, value)? {
                    return Ok(());
                }
            }
            if let Obj::Function(_) = self.heap.get(r) {
                return self.set_function_attr(r, name, value);
            }
            #[cfg(feature = "frames")]
            if matches!(self.heap.get(r), Obj::Frame(_)) && self.set_frame_attr(r, name, value) {
                return Ok(());
            }
            match self.heap.get(r) {
                Obj::Instance(inst) => {
                    let shape = inst.shape;
                    let class = inst.class;
                    let dict = self.dict_of(inst);
                    let (hooks, restricted) = match self.heap.get(class) {
                        Obj::Class(c) => (c.hooks, c.slots.is_some()),
                        _ => (0, false),
                    };
                    // A data descriptor on the class wins over the instance's own attribute.
                    if hooks & HOOK_DESCR != 0 {
                        if let Some(d) = self.lookup_class_attr(class, name) {
                            if self.descr_store(d, obj, value)? {
                                return Ok(());
                            }
                        }
                    }
                    // `object.__class__`, unless the class has a `__class__` of its own.
                    if name == self.names.class && self.lookup_class_attr(class, name).is_none() {
                        return self.assign_class(obj, value);
                    }
                    if dict.is_none() {
                        if let Some(i) = self.shapes.lookup(shape, name) {
                            if let Obj::Instance(inst) = self.heap.get_mut(r) {
                                if let Some(slot) = inst.slots.get_mut(i) {
                                    *slot = value;
                                }
                            }
                            return Ok(());
                        }
                    }
                    if restricted {
                        let ok = match self.heap.get(class) {
                            Obj::Class(c) => match &c.slots {
                                Some(allowed) => self.slot_allowed(allowed, name),
                                None => true,
                            },
                            _ => true,
                        };
                        if !ok {
                            let tn = self.type_name(obj);
                            let n = self.str_text(name);
                            if self.lookup_class_attr(class, name).is_some() {
                                return Err(self.attribute_error(format!("'{tn}' object attribute '{n}' is read-only")));
                            }
                            return Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")));
                        }
                    }
                    let name = self.intern_obj(name);
                    if let Some(d) = dict {
                        return self.dict_set_str(d, name, value);
                    }
                    let new_shape = self.shapes.add(shape, name);
                    if let Obj::Instance(inst) = self.heap.get_mut(r) {
                        inst.shape = new_shape;
                        inst.slots.push(value);
                    }
                    self.heap.note_growth(16);
                    return Ok(());
                }
                Obj::Module { dict, .. } => {
                    let dict = *dict;
                    let name = self.intern_obj(name);
                    return self.dict_set_str(dict, name, value);
                }
                Obj::Class(c) => {
                    if c.module.as_ref() == "builtins" {
                        let cn = String::from(&*c.name);
                        let n = self.str_text(name);
                        return Err(self.type_error(format!("cannot set '{n}' attribute of immutable type '{cn}'")));
                    }
                    let dict = c.dict;
                    let name = self.intern_obj(name);
                    if name == self.names.name || name == self.names.qualname {
                        #[cfg(feature = "rare-methods")]
                        return self.set_class_name(r, name, value);
                        #[cfg(not(feature = "rare-methods"))]
                        return Err(
                            self.missing_feature("assigning a class's __name__ or __qualname__", "rare-methods")
                        );
                    }
                    self.dict_set_str(dict, name, value)?;
                    self.class_attr_changed(r, name, value);
                    return Ok(());
                }
                Obj::UserData { class, .. } => {
                    // A host class's property setter (`api::ClassBuilder::property`).
                    if let Some(d) = self.lookup_class_attr(*class, name) {
                        if self.descr_store(d, obj, value)? {
                            return Ok(());
                        }
                    }
                }
                _ => {}
            }
        }
        if name == self.names.class && !matches!(obj, Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_))) {
            return self.assign_class(obj, value);
        }
        let tn = self.type_name(obj);
        let n = self.str_text(name);
        if self.lookup_class_attr(self.class_of(obj), name).is_some() {
            return Err(self.attribute_error(format!("'{tn}' object attribute '{n}' is read-only")));
        }
        Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
    }

    /// `del obj.name`, honouring a `__delattr__` override.
    pub fn del_attr(&mut self, obj: Value, name: ObjRef) -> PyResult<()> {
        if let Value::Obj(r) = obj {
            if let Obj::Instance(inst) = self.heap.get(r) {
                let class = inst.class;
                if self.class_hooks(class) & HOOK_DELATTR != 0 {
                    if let Some(f) = self.lookup_class_attr(class, self.names.delattr) {
                        self.call_hook(f, obj, class, &[Value::Obj(name)])?;
                        return Ok(());
                    }
                }
            }
        }
        self.generic_del_attr(obj, name)
    }

    /// `object.__delattr__`.
    pub fn generic_del_attr(&mut self, obj: Value, name: ObjRef) -> PyResult<()> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Instance(inst) => {
                    let class = inst.class;
                    if name == self.names.class && self.lookup_class_attr(class, name).is_none() {
                        return self.assign_class(obj, Value::Null);
                    }
                    if let Some(d) = self.dict_of(inst) {
                        if self.dict_del_str(d, name) {
                            return Ok(());
                        }
                    } else if let Some(i) = self.shapes.lookup(inst.shape, name) {
                        // Rebuild the shape without the name.
                        let names: Vec<ObjRef> = self.shapes.names(inst.shape).to_vec();
                        let mut slots = inst.slots.clone();
                        slots.remove(i);
                        let mut shape = ShapeTable::EMPTY;
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
                    if self.class_hooks(class) & HOOK_DESCR != 0 {
                        if let Some(d) = self.lookup_class_attr(class, name) {
                            if self.descr_store(d, obj, Value::Null)? {
                                return Ok(());
                            }
                        }
                    }
                    let declared = match self.heap.get(class) {
                        Obj::Class(c) => c.slots.as_ref().map(|allowed| self.slot_allowed(allowed, name)),
                        _ => None,
                    };
                    match declared {
                        // An unset slot: CPython's member descriptor raises with the bare name.
                        Some(true) => {
                            let n = self.str_text(name);
                            return Err(self.attribute_error(n));
                        }
                        Some(false) if self.lookup_class_attr(class, name).is_some() => {
                            let tn = self.type_name(obj);
                            let n = self.str_text(name);
                            return Err(self.attribute_error(format!("'{tn}' object attribute '{n}' is read-only")));
                        }
                        _ => {}
                    }
                }
                Obj::Class(c) => {
                    let dict = c.dict;
                    if let Some(err) = self.class_del_refusal(r, name) {
                        return Err(err);
                    }
                    if self.dict_del_str(dict, name) {
                        self.class_attr_changed(r, name, Value::Null);
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        Err(self.no_attribute(obj, name))
    }

    /// CPython's refusal of `del C.name` for what a class's type guards:
    /// every attribute of a built-in type, and the special attributes
    /// (`__name__`, `__qualname__`, `__module__`, `__doc__`, `__bases__`
    /// and the read-only `__mro__`, `__dict__`, `__class__`) of any class.
    /// `None` when the name is an ordinary class attribute.
    fn class_del_refusal(&mut self, class: ObjRef, name: ObjRef) -> Option<crate::runtime::object::PyErr> {
        let Obj::Class(c) = self.heap.get(class) else { return None };
        let cn = String::from(&*c.name);
        let builtin = c.module.as_ref() == "builtins";
        let n = self.names;
        let an = self.str_text(name);
        if builtin {
            return Some(self.type_error(format!("cannot set '{an}' attribute of immutable type '{cn}'")));
        }
        if [n.name, n.qualname, n.module, n.doc, n.bases].iter().any(|&k| self.str_eq(k, name)) {
            return Some(self.type_error(format!("cannot delete '{an}' attribute of immutable type '{cn}'")));
        }
        if self.str_eq(n.mro, name) {
            return Some(self.attribute_error("readonly attribute"));
        }
        if self.str_eq(n.dict_, name) {
            return Some(self.attribute_error("attribute '__dict__' of 'type' objects is not writable"));
        }
        if self.str_eq(n.class, name) {
            return Some(self.type_error("can't delete __class__ attribute"));
        }
        None
    }

    /// A class version never used before: caches key on (class, version),
    /// so a class freed and another allocated in its slot cannot match a
    /// stale entry.
    pub fn fresh_class_version(&mut self) -> u32 {
        self.class_versions = self.class_versions.wrapping_add(1).max(2);
        self.class_versions
    }

    /// Marks a class and all its subclasses as changed.
    pub fn bump_class_version(&mut self, class: ObjRef) {
        let mut work = alloc::vec![class];
        while let Some(c) = work.pop() {
            let version = self.fresh_class_version();
            if let Obj::Class(cl) = self.heap.get_mut(c) {
                cl.version = version;
                work.extend(cl.subclasses.iter().copied());
            }
            if let Some(jit) = self.jit.as_mut().filter(|_| cfg!(feature = "jit")) {
                jit.class_changed(c);
            }
        }
    }
}

/// A code object's `co_flags` with CPython 3.11's bit values (ouro's own
/// flags are numbered differently): `CO_OPTIMIZED | CO_NEWLOCALS` for a
/// function, `CO_NESTED` for one inside another function (its qualified
/// name has `<locals>`), the argument and generator kinds.
fn cpython_code_flags(code: &crate::bytecode::code::Code) -> u32 {
    use crate::bytecode::code as c;
    let mut flags = 0;
    if code.kind == c::CodeKind::Function {
        flags |= 0x1 | 0x2;
        if code.qualname.contains("<locals>") {
            flags |= 0x10;
        }
    }
    let mapped = [
        (c::FLAG_VARARGS, 0x4),
        (c::FLAG_VARKEYWORDS, 0x8),
        (c::FLAG_COROUTINE, 0x80),
        (c::FLAG_ITERABLE_COROUTINE, 0x100),
        (c::FLAG_ASYNC_GENERATOR, 0x200),
    ];
    for (ours, theirs) in mapped {
        if code.flags & ours != 0 {
            flags |= theirs;
        }
    }
    // CPython marks plain generators only (a coroutine or an async
    // generator is not also CO_GENERATOR).
    if code.flags & c::FLAG_GENERATOR != 0 && code.flags & (c::FLAG_COROUTINE | c::FLAG_ASYNC_GENERATOR) == 0 {
        flags |= 0x20;
    }
    flags
}
