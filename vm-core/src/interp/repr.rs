//! `repr()` and `str()` of every value, in CPython's exact formats.

use alloc::format;
use alloc::string::String;
use alloc::string::ToString;
use alloc::vec::Vec;

use crate::runtime::float_fmt::float_repr;
use crate::runtime::object::{BigRange, DictViewKind, Instance, Obj, PyResult};
use crate::runtime::str_repr::str_repr;
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// Decimal text of a big int, with CPython's digit limit.
    pub fn bigint_text(&mut self, b: &crate::runtime::bigint::BigInt) -> PyResult<String> {
        // A number of `d` digits has more than `(d - 1) * log2(10)` bits:
        // check cheaply first.
        let limit = self.int_max_str_digits;
        if limit != 0 && b.bits() as usize >= limit.saturating_mul(3321) / 1000 {
            let s = b.to_string();
            let digits = s.trim_start_matches('-').len();
            if digits > limit {
                return Err(self.value_error(format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            return Ok(s);
        }
        Ok(b.to_string())
    }

    /// A callable's `__qualname__`, else its `__name__`, else `?` (the
    /// name a bound method's repr shows).
    fn callable_qualname(&mut self, f: Value) -> String {
        for name in [self.names.qualname, self.names.name] {
            if let Ok(Some(v)) = self.get_attr_opt(f, name) {
                if let Some(s) = self.as_str(v) {
                    return String::from(s);
                }
            }
        }
        String::from("?")
    }

    fn addr(r: ObjRef) -> String {
        format!("0x{:012x}", 0x7f00_0000_0000u64 + (r.0 as u64) * 16)
    }

    /// Calls a class's `__repr__` method `f` on `v`; its result must be a str.
    fn call_repr_method(&mut self, f: Value, v: Value) -> PyResult<String> {
        let class = self.class_of(v);
        let s = self.call_special(f, v, class, &[])?;
        match self.as_str(s) {
            Some(t) => Ok(String::from(t)),
            None => {
                let tn = self.type_name(s);
                Err(self.type_error(format!("__repr__ returned non-string (type {tn})")))
            }
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        let mut out = String::new();
        match v {
            Value::Null => out.push_str("<NULL>"),
            Value::None => out.push_str("None"),
            Value::Bool(b) => out.push_str(if b { "True" } else { "False" }),
            Value::Int(i) => out.push_str(&format!("{i}")),
            Value::Float(f) => float_repr(f, &mut out),
            Value::Obj(r) => return self.repr_obj(r),
        }
        Ok(out)
    }

    fn repr_obj(&mut self, r: ObjRef) -> PyResult<String> {
        if self.nest_depth >= self.config.recursion_limit {
            let c = self.exc.recursion_error;
            return Err(self.new_exception(c, "maximum recursion depth exceeded while getting the repr of an object"));
        }
        self.nest_depth += 1;
        let r = self.repr_obj_inner(r);
        self.nest_depth -= 1;
        r
    }

    fn repr_obj_inner(&mut self, r: ObjRef) -> PyResult<String> {
        let v = Value::Obj(r);
        let mut out = String::new();
        match self.heap.get(r) {
            Obj::Str(s) => str_repr(s.as_str(), &mut out),
            Obj::Complex(z) => z.repr(&mut out),
            Obj::Bytes(b) => {
                if b.mutable {
                    out.push_str("bytearray(");
                    crate::runtime::bytes::bytes_repr(&b.data, &mut out);
                    out.push(')');
                } else {
                    crate::runtime::bytes::bytes_repr(&b.data, &mut out);
                }
            }
            Obj::BigInt(b) => {
                let b = b.clone();
                return self.bigint_text(&b);
            }
            Obj::List(items) => {
                let items = items.clone();
                return self.repr_seq(r, &items, "[", "]", false);
            }
            Obj::Tuple(items) => {
                let items = items.to_vec();
                return self.repr_seq(r, &items, "(", ")", true);
            }
            Obj::Dict(d) => {
                let entries: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
                if self.repr_guard.contains(&r) {
                    return Ok(String::from("{...}"));
                }
                self.repr_guard.push(r);
                let result = (|| {
                    let mut out = String::from("{");
                    for (i, (k, val)) in entries.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(&self.repr(*k)?);
                        out.push_str(": ");
                        out.push_str(&self.repr(*val)?);
                    }
                    out.push('}');
                    Ok(out)
                })();
                self.repr_guard.pop();
                return result;
            }
            Obj::Set(_) => return self.set_repr(r),
            Obj::Range { start, stop, step } => {
                if *step == 1 {
                    out = format!("range({start}, {stop})");
                } else {
                    out = format!("range({start}, {stop}, {step})");
                }
            }
            Obj::BigRange(r) => {
                let BigRange { start, stop, step } = &**r;
                if num_traits::ToPrimitive::to_i64(step) == Some(1) {
                    out = format!("range({start}, {stop})");
                } else {
                    out = format!("range({start}, {stop}, {step})");
                }
            }
            Obj::Slice(s) => {
                let [a, b, c] = s.parts();
                out = format!("slice({}, {}, {})", self.repr(a)?, self.repr(b)?, self.repr(c)?);
            }
            Obj::Function(f) => {
                out = format!("<function {} at {}>", f.code.code.qualname, Self::addr(r));
            }
            Obj::BoundMethod { receiver, func } => {
                let (receiver, func) = (*receiver, *func);
                let fname = match func {
                    Value::Obj(fr) => match self.heap.get(fr) {
                        Obj::Function(f) => String::from(&*f.code.code.qualname),
                        // A built-in class method bound to its class (`dict.fromkeys`).
                        #[cfg(feature = "rare-methods")]
                        Obj::Builtin { def, .. }
                            if self.builtin_methods.get(&fr) == Some(&crate::builtins::MethodKind::Class) =>
                        {
                            let tn = self.type_name(receiver);
                            let addr = Self::addr(receiver.as_obj().unwrap_or(fr));
                            return Ok(format!("<built-in method {} of {tn} object at {addr}>", def.name));
                        }
                        Obj::Builtin { def, .. } => String::from(def.name),
                        _ => String::new(),
                    },
                    _ => String::new(),
                };
                // Any other callable: its `__qualname__` (or `__name__`), as CPython.
                let fname = if fname.is_empty() { self.callable_qualname(func) } else { fname };
                out = format!("<bound method {fname} of {}>", self.repr(receiver)?);
            }
            Obj::Builtin { def, receiver } => {
                let (name, receiver) = (def.name, *receiver);
                if let Some(text) = self.dunder_wrapper_repr(def, receiver) {
                    out = text;
                } else if let Some(host_name) = self.host_fn_name(def, receiver) {
                    out = format!("<built-in function {host_name}>");
                } else if receiver.is_null() {
                    out = format!("<built-in function {name}>");
                    // A built-in type's method read from the type (`list.append`,
                    // `str.maketrans`).
                    #[cfg(feature = "rare-methods")]
                    {
                        let slot = self.wrapper_binding(r, def, receiver).is_some();
                        match self.builtin_method_class(r) {
                            Some((c, crate::builtins::MethodKind::Plain)) if slot => {
                                out = format!("<slot wrapper '{name}' of '{}' objects>", self.class_name(c));
                            }
                            Some((c, crate::builtins::MethodKind::Plain)) => {
                                out = format!("<method '{name}' of '{}' objects>", self.class_name(c));
                            }
                            Some((c, _)) => {
                                out = format!("<built-in method {name} of type object at {}>", Self::addr(c))
                            }
                            None => {}
                        }
                    }
                } else {
                    let tn = self.type_name(receiver);
                    let addr = match receiver {
                        Value::Obj(o) => Self::addr(o),
                        _ => Self::addr(r),
                    };
                    out = format!("<built-in method {name} of {tn} object at {addr}>");
                    // `f.__call__`, `prop.__get__`.
                    #[cfg(feature = "rare-methods")]
                    if self.wrapper_binding(r, def, receiver) == Some(true) {
                        out = format!("<method-wrapper '{name}' of {tn} object at {addr}>");
                    }
                }
            }
            Obj::Class(c) => {
                let user = &*c.module != "builtins";
                if user {
                    if let Some(text) = self.class_protocol(v, "__ouro_class_repr__", &[])? {
                        return match self.as_str(text) {
                            Some(t) => Ok(String::from(t)),
                            None => Err(self.type_error("__repr__ returned non-string")),
                        };
                    }
                }
                out = format!("<class '{}'>", self.class_dotted_name(r));
            }
            Obj::Instance(inst) => {
                let class = inst.class;
                let repr_name = self.names.repr;
                if inst.native.is_some() {
                    if let Some(s) = self.native_dunder(v, repr_name, &[])? {
                        return Ok(String::from(self.as_str(s).unwrap_or("")));
                    }
                }
                if let Some(f) = self.lookup_class_attr(class, repr_name) {
                    return self.call_repr_method(f, v);
                }
                out = self.default_instance_repr(r)?;
            }
            Obj::UserData { class, .. } => {
                // A host class's value: its `__repr__` method, if the host gave one.
                let class = *class;
                if let Some(f) = self.lookup_class_attr(class, self.names.repr) {
                    return self.call_repr_method(f, v);
                }
                out = format!("<{} object at {}>", self.class_dotted_name(class), Self::addr(r));
            }
            Obj::Code(c) => {
                out = format!(
                    "<code object {} at {}, file \"{}\", line {}>",
                    c.code.name,
                    Self::addr(r),
                    c.code.filename,
                    c.code.first_line
                );
            }
            Obj::DictView { dict, kind } => {
                let name = match kind {
                    DictViewKind::Keys => "dict_keys",
                    DictViewKind::Values => "dict_values",
                    DictViewKind::Items => "dict_items",
                };
                let _ = dict;
                let items = self.collect_iterable(v)?;
                let list = self.new_list(items);
                return Ok(format!("{name}({})", self.repr(list)?));
            }
            Obj::NotImplemented => out.push_str("NotImplemented"),
            Obj::Cell(_) => out = format!("<cell at {}>", Self::addr(r)),
            Obj::Traceback { .. } => out = format!("<traceback object at {}>", Self::addr(r)),
            #[cfg(feature = "frames")]
            Obj::Frame(_) => out = self.frame_repr(r, &Self::addr(r)),
            Obj::Module { name, dict } => {
                let (name, dict) = (*name, *dict);
                let n = self.str_text(name);
                let file = self.dict_get_str(dict, self.names.file).and_then(|f| self.as_str(f).map(String::from));
                // (A module made by `module(name)` has a `None` loader and
                // shows no origin.)
                let loader = self.intern("__loader__");
                out = match file {
                    Some(f) => format!("<module '{n}' from '{f}'>"),
                    None if matches!(self.dict_get_str(dict, loader), Some(Value::None)) => format!("<module '{n}'>"),
                    None => format!("<module '{n}' (built-in)>"),
                };
            }
            Obj::Generator(g) => {
                let kind = if g.code.code.flags & crate::bytecode::code::FLAG_COROUTINE != 0 {
                    "coroutine"
                } else if g.code.code.flags & crate::bytecode::code::FLAG_ASYNC_GENERATOR != 0 {
                    "async_generator"
                } else {
                    "generator"
                };
                out = format!("<{kind} object {} at {}>", g.code.code.qualname, Self::addr(r))
            }
            Obj::Ellipsis => out.push_str("Ellipsis"),
            Obj::StaticMethod(f) | Obj::ClassMethod(f) => {
                let kind =
                    if matches!(self.heap.get(r), Obj::StaticMethod(_)) { "staticmethod" } else { "classmethod" };
                let f = *f;
                out = format!("<{kind}({})>", self.repr(f)?);
            }
            Obj::Property(_) => out = format!("<property object at {}>", Self::addr(r)),
            Obj::Super { this, obj, obj_type } => {
                let this = String::from(self.class_name(*this));
                if obj.is_null() {
                    out = format!("<super: <class '{this}'>, NULL>");
                } else {
                    out = format!("<super: <class '{this}'>, <{} object>>", self.class_name(*obj_type));
                }
            }
            Obj::Iter(_) | Obj::Free { .. } => {
                let tn = self.type_name(v);
                out = format!("<{tn} object at {}>", Self::addr(r));
            }
        }
        Ok(out)
    }

    fn repr_seq(&mut self, r: ObjRef, items: &[Value], open: &str, close: &str, tuple: bool) -> PyResult<String> {
        if self.repr_guard.contains(&r) {
            return Ok(format!("{open}...{close}"));
        }
        self.repr_guard.push(r);
        let result = (|| {
            let mut out = String::from(open);
            for (i, &it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&self.repr(it)?);
            }
            if tuple && items.len() == 1 {
                out.push(',');
            }
            out.push_str(close);
            Ok(out)
        })();
        self.repr_guard.pop();
        result
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: Value) -> PyResult<String> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Ok(String::from(s.as_str())),
                Obj::Instance(inst) => {
                    let class = inst.class;
                    let str_name = self.names.str_;
                    if inst.native.is_some() {
                        if let Some(s) = self.native_dunder(v, str_name, &[])? {
                            return Ok(String::from(self.as_str(s).unwrap_or("")));
                        }
                    }
                    if let Some(f) = self.lookup_class_attr(class, str_name) {
                        let s = self.call_value(f, &[v])?;
                        return match self.as_str(s) {
                            Some(t) => Ok(String::from(t)),
                            None => {
                                let tn = self.type_name(s);
                                Err(self.type_error(format!("__str__ returned non-string (type {tn})")))
                            }
                        };
                    }
                    self.default_str(v)
                }
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// `object.__str__` (or `BaseException.__str__`) of `v`: what `str(v)`
    /// gives when no class of `v` defines `__str__`.
    pub(crate) fn default_str(&mut self, v: Value) -> PyResult<String> {
        let Value::Obj(r) = v else { return self.to_str(v) };
        let (class, args) = match self.heap.get(r) {
            Obj::Instance(Instance { class, exc: Some(e), .. }) => (*class, e.args),
            Obj::Instance(_) => return self.repr(v),
            _ => return self.to_str(v),
        };
        let items = match args {
            Value::Obj(t) => match self.heap.get(t) {
                Obj::Tuple(items) => items.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let key_error = self.exc.key_error;
        match *items.as_slice() {
            [] => Ok(String::new()),
            [one] if self.is_subclass(class, key_error) => self.repr(one),
            [one] => self.to_str(one),
            _ => self.repr(args),
        }
    }

    /// `object.__repr__` (or `BaseException.__repr__`) of the instance `r`:
    /// its repr when no class defines `__repr__`.
    pub(crate) fn default_instance_repr(&mut self, r: ObjRef) -> PyResult<String> {
        let (class, exc_args) = match self.heap.get(r) {
            Obj::Instance(inst) => (inst.class, inst.exc.as_ref().map(|e| e.args)),
            _ => return self.repr(Value::Obj(r)),
        };
        if let Some(args) = exc_args {
            let name = String::from(self.class_name(class));
            let items = match args {
                Value::Obj(t) => match self.heap.get(t) {
                    Obj::Tuple(items) => items.to_vec(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            let mut parts = Vec::new();
            for it in items {
                parts.push(self.repr(it)?);
            }
            return Ok(format!("{name}({})", parts.join(", ")));
        }
        Ok(format!("<{} object at {}>", self.class_dotted_name(class), Self::addr(r)))
    }
}
