//! Subclasses of built-in types (`class C(list)`, `class K(int)`). Input:
//! an operation on an instance of such a class that the class does not
//! override in Python. Output: the same operation on the built-in value
//! the instance wraps.
//!
//! Such an instance is an ordinary `Instance` (so attributes, shapes and
//! class-version guards work as for any user object) whose `native` field
//! holds the built-in value. Specialized instructions and trace guards
//! test exact kinds (`Obj::List`, ...) or the instance's class, so they
//! never mistake one for the built-in type.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::bytecode::opcode::{BinaryOp, CompareOp};
use crate::runtime::object::{Instance, Layout, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::value_vec::ValueVec;
use crate::vm::Vm;

impl Vm {
    /// The built-in value an instance of a built-in type's subclass wraps.
    pub fn native_of(&self, v: Value) -> Option<Value> {
        let Value::Obj(r) = v else { return None };
        let Obj::Instance(i) = self.heap.get(r) else { return None };
        let n = i.native?;
        Some(match self.heap.get(n) {
            Obj::Cell(x) => *x,
            _ => Value::Obj(n),
        })
    }

    /// `v`, or the built-in value it wraps.
    pub fn unwrap_native(&self, v: Value) -> Value {
        self.native_of(v).unwrap_or(v)
    }

    /// True for the built-in types a class may derive from.
    pub(crate) fn is_subclassable_native(&self, class: ObjRef) -> bool {
        let t = &self.types;
        [t.list, t.dict, t.set, t.frozenset, t.tuple, t.str_, t.int, t.float].contains(&class)
    }

    /// The built-in type whose values instances of `class` wrap.
    pub(crate) fn native_base(&self, class: ObjRef) -> Option<ObjRef> {
        let Obj::Class(c) = self.heap.get(class) else { return None };
        if c.layout == Layout::Native {
            return Some(class);
        }
        if c.layout != Layout::Wrapped {
            return None;
        }
        c.mro.iter().copied().find(|&k| self.is_subclassable_native(k))
    }

    /// A new instance of the subclass `class` wrapping `value`.
    pub(crate) fn wrap_native(&mut self, class: ObjRef, value: Value) -> Value {
        let value = self.unwrap_native(value);
        let native = match value {
            Value::Obj(r) => r,
            other => self.heap.alloc(Obj::Cell(other)),
        };
        let shape = match self.heap.get(class) {
            Obj::Class(c) => c.root_shape,
            _ => crate::runtime::object::ShapeTable::EMPTY,
        };
        let inst = Instance { class, shape, slots: ValueVec::new(), exc: None, native: Some(native) };
        Value::Obj(self.heap.alloc(Obj::Instance(inst)))
    }

    fn is_mutable_native(&self, base: ObjRef) -> bool {
        base == self.types.list || base == self.types.dict || base == self.types.set
    }

    /// `T.__new__(cls, *args)` for a built-in `T`: immutable types build
    /// their value from the arguments; mutable ones start empty (their
    /// `__init__` fills them).
    pub(crate) fn native_new(&mut self, cls: ObjRef, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
        let Some(base) = self.native_base(cls) else {
            let n = String::from(self.class_name(cls));
            return Err(self.type_error(format!("{n}.__new__(): not a subtype of a built-in type")));
        };
        let value = if self.is_mutable_native(base) {
            self.call_value(Value::Obj(base), &[])?
        } else {
            self.call_value_kw(Value::Obj(base), args, kw)?
        };
        if cls == base {
            return Ok(value);
        }
        self.temp_roots.push(value);
        let r = self.wrap_native(cls, value);
        self.temp_roots.pop();
        Ok(r)
    }

    /// `list.__init__` / `dict.__init__` / `set.__init__`: refill the value.
    pub(crate) fn native_init(&mut self, this: Value, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<()> {
        let target = self.unwrap_native(this);
        let Value::Obj(r) = target else { return Ok(()) };
        let tname = self.type_name(target);
        match self.heap.get(r) {
            Obj::List(_) | Obj::Set(_) => {
                if !kw.is_empty() {
                    return Err(self.type_error(format!("{tname}() takes no keyword arguments")));
                }
                if args.len() > 1 {
                    return Err(self.type_error(format!("{tname} expected at most 1 argument, got {}", args.len())));
                }
                let items = match args.first() {
                    Some(&it) => self.collect_iterable(it)?,
                    None => Vec::new(),
                };
                if let Obj::List(l) = self.heap.get_mut(r) {
                    *l = items.into();
                    return Ok(());
                }
                let clear = self.intern("clear");
                if let Some(f) = self.lookup_class_attr(self.types.set, clear) {
                    self.call_value(f, &[target])?;
                }
                for it in items {
                    self.set_add_value(target, it)?;
                }
                Ok(())
            }
            Obj::Dict(_) => {
                if args.len() > 1 {
                    return Err(self.type_error(format!("dict expected at most 1 argument, got {}", args.len())));
                }
                if let Some(&src) = args.first() {
                    crate::builtins::dict_merge(self, r, src)?;
                }
                for &(k, v) in kw {
                    self.dict_set_str(r, k, v)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Runs `native_init` when the wrapped value is a `list`, `dict` or `set`.
    pub(crate) fn native_init_if_mutable(
        &mut self,
        this: Value,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<()> {
        let cls = self.class_of(this);
        match self.native_base(cls) {
            Some(b) if self.is_mutable_native(b) => self.native_init(this, args, kw),
            _ => Ok(()),
        }
    }

    /// True if `cls` defines `name` in a class before its built-in base.
    pub(crate) fn overrides_before_native(&self, cls: ObjRef, name: ObjRef) -> bool {
        let Obj::Class(c) = self.heap.get(cls) else { return false };
        for &k in &c.mro {
            if self.is_subclassable_native(k) {
                return false;
            }
            if let Obj::Class(kc) = self.heap.get(k) {
                if self.dict_get_str(kc.dict, name).is_some() {
                    return true;
                }
            }
        }
        false
    }

    /// The dunder `name` of a subclass instance `obj` when its class does
    /// not override it: the built-in behaviour on the wrapped value
    /// (`None`: the built-in type has no such operation).
    pub(crate) fn native_dunder(&mut self, obj: Value, name: ObjRef, args: &[Value]) -> PyResult<Option<Value>> {
        let cls = self.class_of(obj);
        if self.overrides_before_native(cls, name) {
            return Ok(None);
        }
        self.run_native_dunder(obj, name, args)
    }

    /// The built-in dunder `name` on the value `obj` wraps, overridden or not.
    fn run_native_dunder(&mut self, obj: Value, name: ObjRef, args: &[Value]) -> PyResult<Option<Value>> {
        let Some(native) = self.native_of(obj) else { return Ok(None) };
        self.run_builtin_dunder(obj, native, name, args)
    }

    /// The built-in dunder `name` on the built-in value `native`, which is
    /// `obj` or the value `obj` (an instance of a subclass) wraps (`None`:
    /// the built-in type has no such operation).
    pub(crate) fn run_builtin_dunder(
        &mut self,
        obj: Value,
        native: Value,
        name: ObjRef,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let text = self.str_text(name);
        let arg = |i: usize| args.get(i).copied().unwrap_or(Value::None);
        let v = match text.as_str() {
            "__len__" => Value::Int(crate::builtins::len_of(self, native)? as i64),
            "__iter__" => self.get_iter(native)?,
            "__getitem__" => return self.native_getitem(obj, native, arg(0)).map(Some),
            "__setitem__" => {
                self.set_item(native, arg(0), arg(1))?;
                Value::None
            }
            "__delitem__" => {
                self.del_item(native, arg(0))?;
                Value::None
            }
            "__contains__" => Value::Bool(self.contains(native, arg(0))?),
            "__bool__" => Value::Bool(self.truthy(native)?),
            "__hash__" => Value::Int(self.hash(native)?),
            "__repr__" => {
                let mut s = self.repr(native)?;
                // A subclass of set names its type: `S({1, 2})`, `S()`.
                let set = matches!(native, Value::Obj(n) if matches!(self.heap.get(n), Obj::Set(_)));
                if set && !obj.is(native) {
                    let tn = self.type_name(obj);
                    s = if crate::builtins::len_of(self, native)? == 0 {
                        format!("{tn}()")
                    } else if s.starts_with('{') {
                        format!("{tn}({s})")
                    } else {
                        let inner = s.split_once('(').map_or(String::new(), |(_, r)| String::from(r));
                        format!("{tn}({inner}")
                    };
                }
                self.new_string(s)
            }
            "__str__" => {
                // A str's own text; other types print as their repr, which
                // the class may override.
                let s = if self.as_str(native).is_some() { self.to_str(native)? } else { self.repr(obj)? };
                self.new_string(s)
            }
            "__format__" => {
                let spec = self.as_str(arg(0)).map(String::from).unwrap_or_default();
                let text = if spec.is_empty() && self.as_str(native).is_none() {
                    // An empty spec is str(), which the class may override.
                    self.to_str(obj)?
                } else {
                    crate::builtins::format::format_value(self, native, &spec)?
                };
                self.new_string(text)
            }
            "__index__" if self.is_int(native) => {
                let int = self.builtin_function("int");
                self.call_value(int, &[native])?
            }
            "__index__" => return Ok(None),
            "__trunc__" | "__floor__" | "__ceil__" => {
                let x = match native {
                    Value::Float(f) if text == "__floor__" => Value::Float(libm::floor(f)),
                    Value::Float(f) if text == "__ceil__" => Value::Float(libm::ceil(f)),
                    other => other,
                };
                let int = self.builtin_function("int");
                self.call_value(int, &[x])?
            }
            "__neg__" => self.unary_op(crate::bytecode::opcode::Opcode::UnaryNegative, native)?,
            "__invert__" => self.unary_op(crate::bytecode::opcode::Opcode::UnaryInvert, native)?,
            "__pos__" => self.unary_op(crate::bytecode::opcode::Opcode::UnaryPositive, native)?,
            // Dunders behind built-in functions: the function on the value.
            "__abs__" | "__int__" | "__float__" | "__round__" | "__reversed__" => {
                let f = self.builtin_function(text.get(2..text.len() - 2).unwrap_or_default());
                let mut all = alloc::vec![native];
                all.extend_from_slice(args);
                self.call_value(f, &all)?
            }
            "__divmod__" | "__rdivmod__" => {
                let f = self.builtin_function("divmod");
                let other = self.unwrap_native(arg(0));
                let pair = if text == "__divmod__" { [native, other] } else { [other, native] };
                self.call_value(f, &pair)?
            }
            _ => {
                if let Some((_, &op)) = self.cmp_names.iter().zip(CompareOp::ALL).find(|(&n, _)| n == name) {
                    let other = self.unwrap_native(arg(0));
                    if let Some(r) = self.native_compare(op, native, other)? {
                        return Ok(Some(Value::Bool(r)));
                    }
                    // As CPython's built-in comparisons: NotImplemented for
                    // an operand of another type (the caller then tries the
                    // reflected side and names the instances' own types).
                    if self.class_of(native) != self.class_of(other) {
                        return Ok(Some(self.not_implemented()));
                    }
                    return self.compare(op, native, other).map(Some);
                }
                for (names, &op) in self.binop_names.clone().iter().zip(BinaryOp::ALL) {
                    let other = self.unwrap_native(arg(0));
                    let ni = self.not_implemented();
                    if names[0] == name || names[1] == name {
                        let (a, b) = if names[0] == name { (native, other) } else { (other, native) };
                        return match self.binary_op(op, a, b, false) {
                            Ok(v) => Ok(Some(v)),
                            Err(e) if self.class_of(Value::Obj(e.0)) == self.exc.type_error => Ok(Some(ni)),
                            Err(e) => Err(e),
                        };
                    }
                    if names[2] == name {
                        // In place: a mutable value changes and the instance is
                        // the result. A type without the in-place operation
                        // has no such dunder: the caller falls back to the
                        // forward one (`Counter &= c` runs `Counter.__and__`).
                        if !self.has_inplace_op(native, op) {
                            return Ok(None);
                        }
                        let r = self.binary_op(op, native, other, true)?;
                        return Ok(Some(if r.is(native) { obj } else { r }));
                    }
                }
                return Ok(None);
            }
        };
        Ok(Some(v))
    }

    /// Whether the built-in type of `native` defines the in-place form of
    /// `op` (`list.__iadd__`, `dict.__ior__`, `set.__iand__`, ...).
    fn has_inplace_op(&self, native: Value, op: BinaryOp) -> bool {
        let Value::Obj(r) = native else { return false };
        match self.heap.get(r) {
            Obj::List(_) => matches!(op, BinaryOp::Add | BinaryOp::Mul),
            Obj::Bytes(b) if b.mutable => matches!(op, BinaryOp::Add | BinaryOp::Mul),
            Obj::Dict(_) => op == BinaryOp::Or,
            Obj::Set(s) if !s.frozen => matches!(op, BinaryOp::Or | BinaryOp::And | BinaryOp::Sub | BinaryOp::Xor),
            _ => false,
        }
    }

    /// The built-in function `name` (`abs`, `divmod`, ...).
    pub(crate) fn builtin_function(&mut self, name: &str) -> Value {
        let n = self.intern(name);
        self.dict_get_str(self.builtins, n).unwrap_or(Value::None)
    }

    /// A bound method running the built-in dunder `name` on the value `obj`
    /// wraps (what `super().__getitem__` finds); `None` for names that are
    /// not dunders.
    pub(crate) fn native_dunder_method(&mut self, obj: Value, name: ObjRef) -> Option<Value> {
        let text = self.str_text(name);
        if !(text.starts_with("__") && text.ends_with("__")) {
            return None;
        }
        let receiver = self.new_tuple(alloc::vec![obj, Value::Obj(name)]);
        Some(Value::Obj(self.heap.alloc(Obj::Builtin { def: &NATIVE_DUNDER, receiver })))
    }

    /// `obj[key]` on the wrapped value; a `dict` subclass's `__missing__`
    /// supplies absent keys.
    fn native_getitem(&mut self, obj: Value, native: Value, key: Value) -> PyResult<Value> {
        let is_dict = matches!(native, Value::Obj(r) if matches!(self.heap.get(r), Obj::Dict(_)));
        if is_dict {
            let cls = self.class_of(obj);
            let missing = self.intern("__missing__");
            if let Some(f) = self.lookup_class_attr(cls, missing) {
                let Value::Obj(d) = native else { return self.get_item(native, key) };
                if let Some(v) = self.dict_get(d, key)? {
                    return Ok(v);
                }
                let bound = self.bind_descr(f, obj, cls)?;
                return self.call_value(bound, &[key]);
            }
        }
        self.get_item(native, key)
    }
}

static NATIVE_DUNDER: crate::runtime::object::BuiltinDef =
    crate::runtime::object::BuiltinDef { name: "__native__", func: call_native_dunder };

/// Called with `(instance, name)` bound as the receiver.
fn call_native_dunder(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let bound = match args.first() {
        Some(&Value::Obj(t)) => match vm.heap.get(t) {
            Obj::Tuple(items) => match *items.as_slice() {
                [obj, name] => Some((obj, name)),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    let Some((obj, Value::Obj(name))) = bound else { return Err(vm.type_error("bad native method")) };
    if !kw.is_empty() {
        let n = vm.str_text(name);
        return Err(vm.type_error(format!("{n}() takes no keyword arguments")));
    }
    match vm.run_native_dunder(obj, name, crate::builtins::args_from(args, 1))? {
        Some(v) => Ok(v),
        None => {
            let n = vm.str_text(name);
            Err(vm.attribute_error(format!("'super' object has no attribute '{n}'")))
        }
    }
}
