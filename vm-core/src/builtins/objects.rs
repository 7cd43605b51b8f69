//! The object model's built-ins: `object`'s methods (`__init__`, `__new__`,
//! `__setattr__`, ...), `staticmethod`, `classmethod`, `property` and
//! `super`.

use crate::builtins::{arg_at, args_from, no_kwargs_arity};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::functions::attr_name;
use super::{exact_args, kwargs, no_kwargs};
use crate::runtime::object::{BuiltinDef, Instance, Layout, Obj, Property, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::value_vec::ValueVec;
use crate::vm::Vm;

/// Methods of `object` that are plain (bound on access).
static OBJECT_METHODS: &[BuiltinDef] = &[
    BuiltinDef { name: "__init__", func: object_init },
    BuiltinDef { name: "__setattr__", func: object_setattr },
    BuiltinDef { name: "__getattribute__", func: object_getattribute },
    BuiltinDef { name: "__delattr__", func: object_delattr },
];

/// `object`'s pickling methods: the default reductions, written in
/// Python in `copyreg` (`_object_reduce_ex`, ...).
#[cfg(feature = "mod-copy")]
static OBJECT_REDUCE_METHODS: &[BuiltinDef] = &[
    BuiltinDef { name: "__reduce_ex__", func: object_reduce_ex },
    BuiltinDef { name: "__reduce__", func: object_reduce },
    BuiltinDef { name: "__getstate__", func: object_getstate },
];

/// `object`'s introspection methods (CPython's `object.__dir__`,
/// `__sizeof__` and the class method `__subclasshook__`).
#[cfg(feature = "rare-methods")]
static OBJECT_RARE_METHODS: &[BuiltinDef] =
    &[BuiltinDef { name: "__dir__", func: object_dir }, BuiltinDef { name: "__sizeof__", func: object_sizeof }];
#[cfg(feature = "rare-methods")]
static OBJECT_SUBCLASSHOOK: BuiltinDef = BuiltinDef { name: "__subclasshook__", func: object_subclasshook };

static NATIVE_NEW: BuiltinDef = BuiltinDef { name: "__new__", func: native_type_new };
static NATIVE_INIT: &[BuiltinDef] = &[BuiltinDef { name: "__init__", func: native_type_init }];

/// `list.__new__(cls, ...)`, `int.__new__(cls, ...)`, ...
fn native_type_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    match args.first() {
        Some(&Value::Obj(cls)) if matches!(vm.heap.get(cls), Obj::Class(_)) => {
            vm.native_new(cls, args_from(args, 1), kw)
        }
        _ => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

/// `list.__init__(self, iterable=())`, `dict.__init__`, `set.__init__`.
fn native_type_init(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let Some(&this) = args.first() else {
        return Err(vm.type_error("descriptor '__init__' needs an argument"));
    };
    vm.native_init(this, args_from(args, 1), kw)?;
    Ok(Value::None)
}

/// `type.__new__`, `type.__init__` and `type.__call__`.
#[cfg(feature = "metaclasses")]
fn install_type_methods(vm: &mut Vm) {
    let type_dict = super::class_dict(vm, vm.types.type_);
    super::install_table(vm, type_dict, TYPE_METHODS);
    let f = Value::Obj(vm.heap.alloc(Obj::Builtin { def: &TYPE_NEW, receiver: Value::Null }));
    let w = vm.heap.alloc(Obj::StaticMethod(f));
    let _ = vm.dict_set_str(type_dict, vm.names.new, Value::Obj(w));
}

#[cfg(feature = "metaclasses")]
static TYPE_METHODS: &[BuiltinDef] =
    &[BuiltinDef { name: "__init__", func: type_init }, BuiltinDef { name: "__call__", func: type_call }];
#[cfg(feature = "metaclasses")]
static TYPE_NEW: BuiltinDef = BuiltinDef { name: "__new__", func: type_dunder_new };

#[cfg(feature = "metaclasses")]
/// `type.__new__(mcls, name, bases, namespace, **kwargs)`.
fn type_dunder_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let mcls = match args.first() {
        Some(&Value::Obj(m)) if matches!(vm.heap.get(m), Obj::Class(_)) && vm.is_subclass(m, vm.types.type_) => m,
        Some(&v) => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("type.__new__(X): X is not a type object ({tn})")));
        }
        None => return Err(vm.type_error("type.__new__(): not enough arguments")),
    };
    if args.len() != 4 {
        let n = args.len() - 1;
        return Err(vm.type_error(format!("type.__new__() takes exactly 3 arguments ({n} given)")));
    }
    type_new3_ex(vm, arg_at(args, 1), arg_at(args, 2), arg_at(args, 3), Some(mcls), kw)
}

#[cfg(feature = "metaclasses")]
/// `type.__init__`: accepts what `type.__new__` accepted.
fn type_init(_vm: &mut Vm, _args: &[Value], _kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

#[cfg(feature = "metaclasses")]
/// `type.__call__(cls, *args, **kwargs)`: instantiation without the
/// metaclass's own `__call__` (which is usually the caller).
fn type_call(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let cls = match args.first() {
        Some(&Value::Obj(c)) if matches!(vm.heap.get(c), Obj::Class(_)) => c,
        _ => return Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    };
    vm.skip_meta_call = matches!(vm.heap.get(cls), Obj::Class(c) if c.meta.is_some());
    let r = vm.call_value_kw(Value::Obj(cls), args_from(args, 1), kw);
    vm.skip_meta_call = false;
    r
}

static OBJECT_NEW: BuiltinDef = BuiltinDef { name: "__new__", func: object_new };
static OBJECT_INIT_SUBCLASS: BuiltinDef = BuiltinDef { name: "__init_subclass__", func: object_init_subclass };

/// Methods of `property`.
static PROPERTY_METHODS: &[BuiltinDef] = &[
    BuiltinDef { name: "getter", func: property_getter },
    BuiltinDef { name: "setter", func: property_setter },
    BuiltinDef { name: "deleter", func: property_deleter },
];

/// Installs `object`'s methods and the descriptor types' constructors.
pub fn install(vm: &mut Vm) {
    let t = vm.types;
    let object_dict = super::class_dict(vm, t.object);
    super::install_table(vm, object_dict, OBJECT_METHODS);
    #[cfg(feature = "mod-copy")]
    super::install_table(vm, object_dict, OBJECT_REDUCE_METHODS);
    #[cfg(feature = "rare-methods")]
    super::install_table(vm, object_dict, OBJECT_RARE_METHODS);
    // `__new__` is a static method, `__init_subclass__` a class method.
    let defs = [(&OBJECT_NEW, true), (&OBJECT_INIT_SUBCLASS, false)];
    #[cfg(feature = "rare-methods")]
    let defs = [defs[0], defs[1], (&OBJECT_SUBCLASSHOOK, false)];
    for (def, static_) in defs {
        let f = Value::Obj(vm.heap.alloc(Obj::Builtin { def, receiver: Value::Null }));
        let w = vm.heap.alloc(if static_ { Obj::StaticMethod(f) } else { Obj::ClassMethod(f) });
        let name = vm.intern(def.name);
        let _ = vm.dict_set_str(object_dict, name, Value::Obj(w));
    }
    // Built-in types a class may derive from: `T.__new__(cls, ...)`, and
    // `__init__` for the mutable ones (reached through `super()`).
    for class in [t.list, t.dict, t.set, t.frozenset, t.tuple, t.str_, t.int, t.float] {
        let d = super::class_dict(vm, class);
        let f = Value::Obj(vm.heap.alloc(Obj::Builtin { def: &NATIVE_NEW, receiver: Value::Null }));
        let w = vm.heap.alloc(Obj::StaticMethod(f));
        let name = vm.intern("__new__");
        let _ = vm.dict_set_str(d, name, Value::Obj(w));
        if [t.list, t.dict, t.set].contains(&class) {
            super::install_table(vm, d, NATIVE_INIT);
        }
    }
    // `type`'s methods a metaclass reaches through `super()`.
    #[cfg(feature = "metaclasses")]
    install_type_methods(vm);
    let property_dict = super::class_dict(vm, t.property);
    super::install_table(vm, property_dict, PROPERTY_METHODS);
    vm.set_ctor(t.staticmethod, staticmethod_new);
    vm.set_ctor(t.classmethod, classmethod_new);
    vm.set_ctor(t.property, property_new);
    vm.set_ctor(t.super_, super_new);
    vm.set_ctor(t.object, object_ctor);
    #[cfg(feature = "rare-methods")]
    vm.set_ctor(t.module, module_new);
}

/// `module(name, doc=None)` (`types.ModuleType`): a new module whose
/// namespace has `__name__`, `__doc__` and CPython's `None`s for
/// `__package__`, `__loader__` and `__spec__`.
#[cfg(feature = "rare-methods")]
fn module_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [name_kw, doc_kw] = kwargs(vm, "module", kw, ["name", "doc"])?;
    if args.len() > 2 {
        return Err(vm.type_error(format!("module() takes at most 2 arguments ({} given)", args.len())));
    }
    let Some(name) = args.first().copied().or(name_kw) else {
        return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
    };
    let Some(text) = vm.as_str(name).map(String::from) else {
        let tn = vm.type_name(name);
        return Err(vm.type_error(format!("module() argument 'name' must be str, not {tn}")));
    };
    let doc = args.get(1).copied().or(doc_kw).unwrap_or(Value::None);
    let dict = vm.new_dict_obj();
    let key = vm.intern(&text);
    let module = vm.heap.alloc(Obj::Module { name: key, dict });
    vm.temp_roots.push(Value::Obj(module));
    let mut fill = || -> PyResult<()> {
        vm.dict_set_str(dict, vm.names.name, Value::Obj(key))?;
        vm.dict_set_str(dict, vm.names.doc, doc)?;
        for n in ["__package__", "__loader__", "__spec__"] {
            let k = vm.intern(n);
            vm.dict_set_str(dict, k, Value::None)?;
        }
        Ok(())
    };
    let filled = fill();
    vm.temp_roots.pop();
    filled.map(|()| Value::Obj(module))
}

/// Checks an `object` pickling method's arguments (`self` and `extra`
/// more) and calls `copyreg`'s `helper` with them.
#[cfg(feature = "mod-copy")]
fn call_copyreg(
    vm: &mut Vm,
    method: &str,
    helper: &str,
    extra: usize,
    args: &[Value],
    kw: &[(ObjRef, Value)],
) -> PyResult<Value> {
    let qualified = format!("object.{method}");
    no_kwargs(vm, &qualified, kw)?;
    if args.is_empty() {
        return Err(vm.type_error(format!("unbound method {qualified}() needs an argument")));
    }
    super::arity(vm, &qualified, args_from(args, 1), extra, extra)?;
    let copyreg = vm.import_module("copyreg")?;
    let name = vm.intern(helper);
    let f = vm.get_attr(copyreg, name)?;
    vm.call_value(f, args)
}

/// `object.__reduce_ex__(protocol)`.
#[cfg(feature = "mod-copy")]
fn object_reduce_ex(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    call_copyreg(vm, "__reduce_ex__", "_object_reduce_ex", 1, args, kw)
}

/// `object.__reduce__()`.
#[cfg(feature = "mod-copy")]
fn object_reduce(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    call_copyreg(vm, "__reduce__", "_object_reduce", 0, args, kw)
}

/// `object.__getstate__()`.
#[cfg(feature = "mod-copy")]
fn object_getstate(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    call_copyreg(vm, "__getstate__", "_object_getstate", 0, args, kw)
}

/// The bytes ouro uses for `v`: its heap slot and what it owns (a value
/// held inline, such as a small int, is one `Value`). `object.__sizeof__`
/// and `sys.getsizeof`.
#[cfg(feature = "rare-methods")]
pub(crate) fn ouro_size_of(vm: &Vm, v: Value) -> usize {
    match v {
        Value::Obj(r) => core::mem::size_of::<Obj>() + vm.heap.get(r).heap_size(),
        _ => core::mem::size_of::<Value>(),
    }
}

/// `object.__dir__()`: the default `dir()` listing.
#[cfg(feature = "rare-methods")]
fn object_dir(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "object.__dir__", kw)?;
    let Some(&this) = args.first() else {
        return Err(vm.type_error("unbound method object.__dir__() needs an argument"));
    };
    super::arity(vm, "object.__dir__", args_from(args, 1), 0, 0)?;
    super::functions::default_dir(vm, Some(this))
}

/// `object.__sizeof__()`: ouro's size of the object (see `sys.getsizeof`).
#[cfg(feature = "rare-methods")]
fn object_sizeof(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "object.__sizeof__", kw)?;
    let Some(&this) = args.first() else {
        return Err(vm.type_error("unbound method object.__sizeof__() needs an argument"));
    };
    super::arity(vm, "object.__sizeof__", args_from(args, 1), 0, 0)?;
    Ok(Value::Int(ouro_size_of(vm, this) as i64))
}

/// `object.__subclasshook__(subclass)`: `NotImplemented` (the default for
/// `issubclass` through an ABC).
#[cfg(feature = "rare-methods")]
fn object_subclasshook(vm: &mut Vm, _args: &[Value], _kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

/// True if `class` (or a base other than `object`) defines `name` in Python.
fn overrides(vm: &Vm, class: ObjRef, name: ObjRef) -> bool {
    match vm.lookup_class_attr(class, name) {
        Some(Value::Obj(f)) => match vm.heap.get(f) {
            Obj::Builtin { .. } => false,
            Obj::StaticMethod(inner) | Obj::ClassMethod(inner) => {
                !matches!(inner, Value::Obj(i) if matches!(vm.heap.get(*i), Obj::Builtin { .. }))
            }
            _ => true,
        },
        Some(_) => true,
        None => false,
    }
}

fn object_init(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let Some(&this) = args.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    if args.len() > 1 || !kw.is_empty() {
        let class = vm.class_of(this);
        if overrides(vm, class, vm.names.init) {
            return Err(vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if !overrides(vm, class, vm.names.new) {
            let tn = String::from(vm.class_name(class));
            return Err(
                vm.type_error(format!("{tn}.__init__() takes exactly one argument (the instance to initialize)"))
            );
        }
    }
    Ok(Value::None)
}

/// A fresh instance of the user (or exception) class `class`.
pub(crate) fn new_instance(vm: &mut Vm, class: ObjRef) -> PyResult<Value> {
    let (layout, shape, name) = match vm.heap.get(class) {
        Obj::Class(c) => (c.layout, c.root_shape, String::from(&*c.name)),
        _ => return Err(vm.type_error("object.__new__(X): X is not a type object")),
    };
    if let (Layout::Wrapped, Some(base)) = (layout, vm.native_base(class)) {
        let bn = String::from(vm.class_name(base));
        return Err(vm.type_error(format!("object.__new__({name}) is not safe, use {bn}.__new__()")));
    }
    if layout == Layout::Native && class != vm.types.object {
        return Err(vm.type_error(format!("object.__new__({name}) is not safe, use {name}.__new__()")));
    }
    let exc = if layout == Layout::Exception {
        let args = vm.new_tuple(Vec::new());
        Some(alloc::boxed::Box::new(crate::runtime::object::ExcData { args, ..Default::default() }))
    } else {
        None
    };
    let inst = vm.heap.alloc(Obj::Instance(Instance { class, shape, slots: ValueVec::new(), exc, native: None }));
    Ok(Value::Obj(inst))
}

fn object_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let class = match cls {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => r,
        _ => {
            let tn = vm.type_name(cls);
            return Err(vm.type_error(format!("object.__new__(X): X is not a type object ({tn})")));
        }
    };
    if args.len() > 1 || !kw.is_empty() {
        if overrides(vm, class, vm.names.new) {
            return Err(vm.type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if !overrides(vm, class, vm.names.init) {
            let tn = String::from(vm.class_name(class));
            return Err(vm.type_error(format!("{tn}() takes no arguments")));
        }
    }
    new_instance(vm, class)
}

/// `object()`.
fn object_ctor(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    if !args.is_empty() || !kw.is_empty() {
        return Err(vm.type_error("object() takes no arguments"));
    }
    let o = vm.types.object;
    new_instance(vm, o)
}

fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        let cn = match args.first() {
            Some(&Value::Obj(c)) => match vm.heap.get(c) {
                Obj::Class(c) => String::from(&*c.qualname),
                _ => String::from("object"),
            },
            _ => String::from("object"),
        };
        return Err(vm.type_error(format!("{cn}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(Value::None)
}

fn object_setattr(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "__setattr__", args, kw, 3, 3)?;
    let name = attr_name(vm, arg_at(args, 1))?;
    vm.generic_set_attr(arg_at(args, 0), name, arg_at(args, 2))?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "__getattribute__", args, kw, 2, 2)?;
    let name = attr_name(vm, arg_at(args, 1))?;
    match vm.generic_get_attr(arg_at(args, 0), name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(arg_at(args, 0), name)),
    }
}

fn object_delattr(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "__delattr__", args, kw, 2, 2)?;
    let name = attr_name(vm, arg_at(args, 1))?;
    vm.generic_del_attr(arg_at(args, 0), name)?;
    Ok(Value::None)
}

fn staticmethod_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "staticmethod", kw)?;
    exact_args(vm, "staticmethod", args, 1)?;
    Ok(Value::Obj(vm.heap.alloc(Obj::StaticMethod(arg_at(args, 0)))))
}

fn classmethod_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "classmethod", kw)?;
    exact_args(vm, "classmethod", args, 1)?;
    Ok(Value::Obj(vm.heap.alloc(Obj::ClassMethod(arg_at(args, 0)))))
}

fn property_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let named = kwargs(vm, "property", kw, ["fget", "fset", "fdel", "doc"])?;
    if args.len() > 4 {
        return Err(vm.type_error(format!("property() takes at most 4 arguments ({} given)", args.len())));
    }
    let mut v = [Value::None; 4];
    let names = ["fget", "fset", "fdel", "doc"];
    for (i, ((slot, named), n)) in v.iter_mut().zip(named).zip(names).enumerate() {
        if let Some(&a) = args.get(i) {
            if named.is_some() {
                return Err(
                    vm.type_error(format!("argument for property() given by name ('{n}') and position ({})", i + 1))
                );
            }
            *slot = a;
        } else if let Some(a) = named {
            *slot = a;
        }
    }
    let [fget, fset, fdel, mut doc] = v;
    // Without a `doc`, the getter's docstring is the property's.
    if matches!(doc, Value::None) && !matches!(fget, Value::None) {
        let name = vm.names.doc;
        if let Some(d) = vm.get_attr_opt(fget, name)? {
            doc = d;
        }
    }
    let p = Property { fget, fset, fdel, doc, name: Value::Null };
    Ok(Value::Obj(vm.heap.alloc(Obj::Property(p.into()))))
}

/// `prop.getter(f)` / `.setter(f)` / `.deleter(f)`: a copy with one accessor replaced.
fn property_with(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], which: usize, name: &str) -> PyResult<Value> {
    no_kwargs(vm, name, kw)?;
    let mut p = match args.first() {
        Some(Value::Obj(r)) => match vm.heap.get(*r) {
            Obj::Property(p) => **p,
            _ => return Err(vm.type_error(format!("descriptor '{name}' requires a 'property' object"))),
        },
        _ => return Err(vm.type_error(format!("descriptor '{name}' requires a 'property' object"))),
    };
    if args.len() != 2 {
        return Err(vm.type_error(format!("property.{name}() takes exactly one argument ({} given)", args.len() - 1)));
    }
    match which {
        0 => p.fget = arg_at(args, 1),
        1 => p.fset = arg_at(args, 1),
        _ => p.fdel = arg_at(args, 1),
    }
    Ok(Value::Obj(vm.heap.alloc(Obj::Property(p.into()))))
}

fn property_getter(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    property_with(vm, args, kw, 0, "getter")
}

fn property_setter(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    property_with(vm, args, kw, 1, "setter")
}

fn property_deleter(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    property_with(vm, args, kw, 2, "deleter")
}

fn runtime_error(vm: &mut Vm, msg: impl AsRef<str>) -> crate::runtime::object::PyErr {
    let c = vm.exc.runtime_error;
    vm.new_exception(c, msg)
}

/// The cell contents if `v` is a cell, else `v`.
fn deref(vm: &Vm, v: Value) -> Value {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Cell(inner) => *inner,
            _ => v,
        },
        _ => v,
    }
}

/// Zero-argument `super()`: the calling frame's `__class__` cell and first argument.
fn super_implicit(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let Some(frame) = vm.frames.last() else { return Err(runtime_error(vm, "super(): no current frame")) };
    let (code, base) = (frame.code.clone(), frame.base);
    if code.code.argcount == 0 {
        return Err(runtime_error(vm, "super(): no arguments"));
    }
    let first = deref(vm, vm.stack.get(base).copied().unwrap_or(Value::Null));
    if first.is_null() {
        return Err(runtime_error(vm, "super(): arg[0] deleted"));
    }
    let Some(&(_, slot)) = code.code.freevars.iter().find(|(n, _)| &**n == "__class__") else {
        return Err(runtime_error(vm, "super(): __class__ cell not found"));
    };
    let class = deref(vm, vm.stack.get(base + slot as usize).copied().unwrap_or(Value::Null));
    if class.is_null() {
        return Err(runtime_error(vm, "super(): empty __class__ cell"));
    }
    if !matches!(class, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_))) {
        let tn = vm.type_name(class);
        return Err(runtime_error(vm, format!("super(): __class__ is not a type ({tn})")));
    }
    Ok((class, first))
}

fn super_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "super", kw)?;
    if args.len() > 2 {
        return Err(vm.type_error(format!("super() takes at most 2 arguments ({} given)", args.len())));
    }
    let (this, obj) = match args.len() {
        0 => super_implicit(vm)?,
        1 => (arg_at(args, 0), Value::Null),
        _ => (arg_at(args, 0), arg_at(args, 1)),
    };
    let this = match this {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => r,
        _ => {
            let tn = vm.type_name(this);
            return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
        }
    };
    let obj_type = if obj.is_null() {
        this
    } else {
        match obj {
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) && vm.is_subclass(r, this) => r,
            _ if vm.isinstance(obj, this) => vm.class_of(obj),
            _ => return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type")),
        }
    };
    Ok(Value::Obj(vm.heap.alloc(Obj::Super { this, obj, obj_type })))
}

/// `type(name, bases, dict)`: builds a class like a class statement would.
pub(crate) fn type_new3(vm: &mut Vm, name: Value, bases: Value, dict: Value) -> PyResult<Value> {
    type_new3_ex(vm, name, bases, dict, None, &[])
}

/// [`type_new3`] with a metaclass and the class keywords.
fn type_new3_ex(
    vm: &mut Vm,
    name: Value,
    bases: Value,
    dict: Value,
    meta: Option<ObjRef>,
    kw: &[(ObjRef, Value)],
) -> PyResult<Value> {
    let checks = [(name, 1, "str"), (bases, 2, "tuple"), (dict, 3, "dict")];
    for (v, i, want) in checks {
        let ok = match (v, want) {
            (Value::Obj(r), "str") => matches!(vm.heap.get(r), Obj::Str(_)),
            (Value::Obj(r), "tuple") => matches!(vm.heap.get(r), Obj::Tuple(_)),
            (Value::Obj(r), _) => matches!(vm.heap.get(r), Obj::Dict(_)),
            _ => false,
        };
        if !ok {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("type.__new__() argument {i} must be {want}, not {tn}")));
        }
    }
    let entries: Vec<(Value, Value)> = match dict {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let ns = vm.new_dict_obj();
    let roots = vm.temp_roots.len();
    vm.temp_roots.push(Value::Obj(ns));
    let result = (|| {
        for (k, v) in entries {
            let k = match k {
                Value::Obj(r) if matches!(vm.heap.get(r), Obj::Str(_)) => Value::Obj(vm.intern_obj(r)),
                _ => k,
            };
            vm.dict_set(ns, k, v)?;
        }
        if vm.dict_get_str(ns, vm.names.module).is_none() {
            if let Some(g) = vm.frames.last().map(|f| f.globals) {
                let m = vm.dict_get_str(g, vm.names.name).unwrap_or(Value::None);
                vm.dict_set_str(ns, vm.names.module, m)?;
            }
        }
        vm.make_class_ex(name, bases, ns, meta, kw)
    })();
    vm.temp_roots.truncate(roots);
    result
}
