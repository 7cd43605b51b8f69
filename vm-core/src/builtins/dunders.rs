//! The dunder methods of built-in types as attributes: `(5).__add__(1)`,
//! `list.__len__(x)`, `int.__add__(2, 3)`, `object.__eq__`, and
//! `x.__len__()` on an instance of a `list` subclass.
//!
//! [`DUNDERS`] holds one row per dunder naming the built-in types that
//! have it (CPython 3.11's sets). The row carries no behaviour: a call
//! runs the operation the operators and built-in functions already
//! implement (`binary_op`, `compare`, `len`, `hash`, ...). Attribute
//! lookup reaches this table only after the class dicts miss, so Python
//! overrides win and the operators themselves never look here.
//!
//! A wrapper is an `Obj::Builtin` whose `def` is its row's and whose
//! receiver is a tuple `(row index, owner type)` (unbound: `int.__add__`,
//! a "slot wrapper") or `(row index, owner type, self)` (bound:
//! `(5).__add__`, a "method-wrapper").

use crate::builtins::{arg_at, args_from};
use alloc::format;
use alloc::string::String;
use alloc::vec;

use crate::bytecode::opcode::{BinaryOp, CompareOp};
use crate::runtime::object::{BuiltinDef, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

// Kinds of built-in value, as bits of a row's `types`.
const INT: u16 = 1; // int and bool
const FLOAT: u16 = 1 << 1;
const COMPLEX: u16 = 1 << 2;
const STR: u16 = 1 << 3;
const BYTES: u16 = 1 << 4;
const BYTEARRAY: u16 = 1 << 5;
const LIST: u16 = 1 << 6;
const TUPLE: u16 = 1 << 7;
const DICT: u16 = 1 << 8;
const SET: u16 = 1 << 9;
const FROZENSET: u16 = 1 << 10;
const RANGE: u16 = 1 << 11;
const NONE: u16 = 1 << 12;
/// Iterators and generators.
const ITER: u16 = 1 << 13;
/// Every other type: only `object`'s own dunders.
const OBJECT: u16 = 1 << 14;
const ALL: u16 = u16::MAX;

const REAL: u16 = INT | FLOAT;
const NUM: u16 = REAL | COMPLEX;
const BINARY: u16 = BYTES | BYTEARRAY;
const SEQ: u16 = STR | BINARY | LIST | TUPLE;
const SETS: u16 = SET | FROZENSET;
const SIZED: u16 = SEQ | DICT | SETS | RANGE;
/// Types with `__hash__ = None`.
const UNHASHABLE: u16 = LIST | DICT | SET | BYTEARRAY;
/// Types whose `<`, `<=`, `>`, `>=` compare (the others return NotImplemented).
const ORDERED: u16 = REAL | SEQ | SETS;
/// Types with only `object`'s hash, repr, str and format.
const PLAIN: u16 = OBJECT | ITER | NONE;
/// Types whose `==` is their own (the others compare by identity).
const EQUATABLE: u16 = NUM | SEQ | DICT | SETS | RANGE;

/// One dunder: its name (in `def`), the kinds of value that have it, and
/// how many arguments it takes after `self`.
struct Dunder {
    def: BuiltinDef,
    types: u16,
    min_args: u8,
    max_args: u8,
}

macro_rules! dunders {
    ($(($name:literal, $types:expr, $min:literal, $max:literal)),* $(,)?) => {
        /// Every dunder a built-in type (or `object`) has as an attribute
        /// without a Python-visible entry in its class dict.
        static DUNDERS: &[Dunder] = &[$(Dunder {
            def: BuiltinDef { name: $name, func: call_wrapper },
            types: $types,
            min_args: $min,
            max_args: $max,
        }),*];
    };
}

dunders![
    // object's own: every type has them.
    ("__eq__", ALL, 1, 1),
    ("__ne__", ALL, 1, 1),
    ("__lt__", ALL, 1, 1),
    ("__le__", ALL, 1, 1),
    ("__gt__", ALL, 1, 1),
    ("__ge__", ALL, 1, 1),
    ("__hash__", ALL, 0, 0),
    ("__repr__", ALL, 0, 0),
    ("__str__", ALL, 0, 0),
    ("__format__", ALL, 1, 1),
    // Arithmetic (binary_op).
    ("__add__", NUM | SEQ, 1, 1),
    ("__radd__", NUM, 1, 1),
    ("__iadd__", LIST | BYTEARRAY, 1, 1),
    ("__sub__", NUM | SETS, 1, 1),
    ("__rsub__", NUM | SETS, 1, 1),
    ("__isub__", SET, 1, 1),
    ("__mul__", NUM | SEQ, 1, 1),
    ("__rmul__", NUM | SEQ, 1, 1),
    ("__imul__", LIST | BYTEARRAY, 1, 1),
    ("__truediv__", NUM, 1, 1),
    ("__rtruediv__", NUM, 1, 1),
    ("__floordiv__", REAL, 1, 1),
    ("__rfloordiv__", REAL, 1, 1),
    ("__mod__", REAL | STR | BINARY, 1, 1),
    ("__rmod__", REAL | STR | BINARY, 1, 1),
    ("__divmod__", REAL, 1, 1),
    ("__rdivmod__", REAL, 1, 1),
    ("__pow__", NUM, 1, 2),
    ("__rpow__", NUM, 1, 2),
    ("__lshift__", INT, 1, 1),
    ("__rlshift__", INT, 1, 1),
    ("__rshift__", INT, 1, 1),
    ("__rrshift__", INT, 1, 1),
    ("__and__", INT | SETS, 1, 1),
    ("__rand__", INT | SETS, 1, 1),
    ("__iand__", SET, 1, 1),
    ("__or__", INT | SETS | DICT, 1, 1),
    ("__ror__", INT | SETS | DICT, 1, 1),
    ("__ior__", SET | DICT, 1, 1),
    ("__xor__", INT | SETS, 1, 1),
    ("__rxor__", INT | SETS, 1, 1),
    ("__ixor__", SET, 1, 1),
    // Unary operators and conversions.
    ("__neg__", NUM, 0, 0),
    ("__pos__", NUM, 0, 0),
    ("__abs__", NUM, 0, 0),
    ("__invert__", INT, 0, 0),
    ("__bool__", NUM | RANGE | NONE, 0, 0),
    ("__int__", REAL, 0, 0),
    ("__float__", REAL, 0, 0),
    ("__index__", INT, 0, 0),
    ("__trunc__", REAL, 0, 0),
    ("__floor__", REAL, 0, 0),
    ("__ceil__", REAL, 0, 0),
    ("__round__", REAL, 0, 1),
    // Containers and iteration.
    ("__len__", SIZED, 0, 0),
    ("__contains__", SIZED, 1, 1),
    ("__getitem__", SEQ | DICT | RANGE, 1, 1),
    ("__setitem__", LIST | DICT | BYTEARRAY, 2, 2),
    ("__delitem__", LIST | DICT | BYTEARRAY, 1, 1),
    ("__iter__", SIZED | ITER, 0, 0),
    ("__next__", ITER, 0, 0),
    ("__reversed__", LIST | DICT | RANGE, 0, 0),
];

/// The row of `name` for a value of `kind`.
fn find(name: &str, kind: u16) -> Option<usize> {
    if !name.starts_with("__") {
        return None;
    }
    DUNDERS.iter().position(|d| d.def.name == name && d.types & kind != 0)
}

/// The kind of the instances of `class` (a subclass of a built-in type
/// counts as that type).
fn kind_of_class(vm: &Vm, class: ObjRef) -> u16 {
    let t = &vm.types;
    let base = vm.native_base(class).unwrap_or(class);
    let kinds = [
        (t.int, INT),
        (t.bool_, INT),
        (t.float, FLOAT),
        (t.complex, COMPLEX),
        (t.str_, STR),
        (t.bytes, BYTES),
        (t.bytearray, BYTEARRAY),
        (t.list, LIST),
        (t.tuple, TUPLE),
        (t.dict, DICT),
        (t.set, SET),
        (t.frozenset, FROZENSET),
        (t.range, RANGE),
        (t.none_type, NONE),
    ];
    if let Some(&(_, k)) = kinds.iter().find(|&&(c, _)| c == base) {
        return k;
    }
    let iterators = [
        t.list_iterator,
        t.list_reverseiterator,
        t.tuple_iterator,
        t.str_iterator,
        t.bytes_iterator,
        t.bytearray_iterator,
        t.range_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.set_iterator,
        t.enumerate,
        t.zip,
        t.iterator,
        t.map,
        t.filter,
        t.generator,
    ];
    if iterators.contains(&base) {
        ITER
    } else {
        OBJECT
    }
}

/// The type whose dunder a value of `class` finds: `int` for a subclass
/// of `int`, `object` for a user class.
fn owner_of(vm: &Vm, class: ObjRef, kind: u16) -> ObjRef {
    if kind == OBJECT {
        return vm.types.object;
    }
    vm.native_base(class).unwrap_or(class)
}

/// True if `def` is one of the built-in types' dunder wrappers.
pub(crate) fn is_dunder_wrapper(def: &BuiltinDef) -> bool {
    // (Every wrapper's def lives inside the DUNDERS table.)
    let table = DUNDERS.as_ptr_range();
    (table.start as usize..table.end as usize).contains(&(def as *const BuiltinDef as usize))
}

impl Vm {
    /// The built-in dunders instances of `class` have without a class-dict
    /// entry (for `dir()`).
    pub(crate) fn builtin_dunder_names(&self, class: ObjRef) -> impl Iterator<Item = &'static str> {
        let kind = kind_of_class(self, class);
        DUNDERS.iter().filter(move |d| d.types & kind != 0).map(|d| d.def.name)
    }

    /// `obj.name` for a built-in dunder of `class` (`obj`'s class) that no
    /// class dict holds: a bound wrapper, `None` for the `__hash__` of an
    /// unhashable type, or `None` (Rust) when the type has no such dunder.
    pub(crate) fn builtin_dunder_attr(&mut self, obj: Value, class: ObjRef, name: ObjRef) -> Option<Value> {
        self.dunder_wrapper(Some(obj), class, name)
    }

    /// `cls.name` for a built-in dunder: an unbound wrapper (`int.__add__`).
    pub(crate) fn builtin_dunder_class_attr(&mut self, class: ObjRef, name: ObjRef) -> Option<Value> {
        self.dunder_wrapper(None, class, name)
    }

    /// `super().name` in a class whose built-in base is `object`: object's
    /// own dunder bound to `obj`.
    pub(crate) fn object_dunder_attr(&mut self, obj: Value, name: ObjRef) -> Option<Value> {
        self.dunder_wrapper(Some(obj), self.types.object, name)
    }

    fn dunder_wrapper(&mut self, obj: Option<Value>, class: ObjRef, name: ObjRef) -> Option<Value> {
        let kind = kind_of_class(self, class);
        let row = find(self.as_str(Value::Obj(name))?, kind)?;
        let dunder = DUNDERS.get(row)?;
        if dunder.def.name == "__hash__" && kind & UNHASHABLE != 0 {
            return Some(Value::None);
        }
        let owner = owner_of(self, class, kind);
        let mut items = vec![Value::Int(row as i64), Value::Obj(owner)];
        items.extend(obj);
        let receiver = self.new_tuple(items);
        Some(Value::Obj(self.heap.alloc(Obj::Builtin { def: &dunder.def, receiver })))
    }

    /// What identifies a built-in method's receiver, for `==` and `hash`
    /// of methods: a dunder wrapper's `(row, owner, self)` tuple is made
    /// afresh at each lookup, so its items; else the receiver itself.
    pub(crate) fn builtin_receiver<'a>(&'a self, def: &BuiltinDef, receiver: &'a Value) -> &'a [Value] {
        if let (true, Value::Obj(r)) = (is_dunder_wrapper(def), receiver) {
            if let Obj::Tuple(items) = self.heap.get(*r) {
                return items;
            }
        }
        core::slice::from_ref(receiver)
    }

    /// The repr of a dunder wrapper (`<slot wrapper '__add__' of 'int'
    /// objects>`, `<method-wrapper '__add__' of int object at 0x...>`), or
    /// `None` when `def` is not one.
    pub(crate) fn dunder_wrapper_repr(&self, def: &BuiltinDef, receiver: Value) -> Option<String> {
        if !is_dunder_wrapper(def) {
            return None;
        }
        let (_, owner, this) = self.wrapper_parts(receiver)?;
        let name = def.name;
        Some(match this {
            None => format!("<slot wrapper '{name}' of '{}' objects>", self.class_name(owner)),
            Some(v) => {
                let tn = self.type_name(v);
                let addr = match v {
                    Value::Obj(r) => 0x7f00_0000_0000u64 + (r.0 as u64) * 16,
                    _ => 0x7f00_0000_0000u64,
                };
                format!("<method-wrapper '{name}' of {tn} object at 0x{addr:012x}>")
            }
        })
    }

    /// Whether a dunder wrapper is bound to an object (a method-wrapper,
    /// `(5).__add__`, `f.__call__`) or read from its class (a slot wrapper,
    /// `int.__add__`); `None` when `def` is not one.
    #[cfg(feature = "rare-methods")]
    pub(crate) fn dunder_wrapper_bound(&self, def: &BuiltinDef, receiver: Value) -> Option<bool> {
        if super::protocol_dunders::is_protocol_wrapper(def) {
            return Some(true);
        }
        if !is_dunder_wrapper(def) {
            return None;
        }
        Some(self.wrapper_parts(receiver)?.2.is_some())
    }

    /// `(row, owner, self)` from a wrapper's receiver tuple.
    /// The class a dunder wrapper (`int.__add__`, `(5).__add__`) belongs
    /// to, or `None` when `def` is not one.
    #[cfg(feature = "rare-methods")]
    pub(crate) fn dunder_wrapper_owner(&self, def: &BuiltinDef, receiver: Value) -> Option<ObjRef> {
        if !is_dunder_wrapper(def) {
            return None;
        }
        Some(self.wrapper_parts(receiver)?.1)
    }

    /// A slot wrapper (`list.__len__`) found on a class and read through
    /// `instance` (an alias in a subclass): the method-wrapper bound to it,
    /// as CPython's descriptor gives; `None` for anything else.
    pub(crate) fn bind_slot_wrapper(
        &mut self,
        def: &'static BuiltinDef,
        receiver: Value,
        instance: Value,
    ) -> Option<Value> {
        if !is_dunder_wrapper(def) {
            return None;
        }
        let (row, owner, None) = self.wrapper_parts(receiver)? else { return None };
        let receiver = self.new_tuple(vec![Value::Int(row as i64), Value::Obj(owner), instance]);
        Some(Value::Obj(self.heap.alloc(Obj::Builtin { def, receiver })))
    }

    /// The object a method-wrapper (`(5).__add__`) is bound to; `None` for
    /// a slot wrapper (`int.__add__`).
    /// (Call it for a dunder wrapper only: [`is_dunder_wrapper`].)
    pub(crate) fn dunder_wrapper_self(&self, receiver: Value) -> Option<Value> {
        self.wrapper_parts(receiver)?.2
    }

    fn wrapper_parts(&self, receiver: Value) -> Option<(usize, ObjRef, Option<Value>)> {
        let Value::Obj(t) = receiver else { return None };
        let Obj::Tuple(items) = self.heap.get(t) else { return None };
        match (items.first(), items.get(1)) {
            (Some(&Value::Int(i)), Some(&Value::Obj(owner))) => Some((i as usize, owner, items.get(2).copied())),
            _ => None,
        }
    }

    /// Runs the dunder of row `row` on `this` (an instance of `owner`).
    fn run_wrapper(&mut self, row: usize, owner: ObjRef, this: Value, args: &[Value]) -> PyResult<Value> {
        let Some(dunder) = DUNDERS.get(row) else { return Err(self.system_error("bad dunder wrapper")) };
        let name = dunder.def.name;
        let kind = kind_of_class(self, owner);
        let native = self.unwrap_native(this);
        let other = args.first().map(|&a| self.unwrap_native(a));
        let other_kind = other.map_or(0, |o| kind_of_class(self, self.class_of(o)));
        let ni = self.not_implemented();
        // Comparisons: the type's own, or object's (identity).
        if let Some(&op) = CompareOp::ALL.iter().find(|op| op.dunder() == name) {
            let other = other.unwrap_or(Value::None);
            let own = if matches!(op, CompareOp::Eq | CompareOp::Ne) { EQUATABLE } else { ORDERED };
            if kind & own == 0 {
                return match op {
                    CompareOp::Eq => Ok(if this.is(arg_at(args, 0)) { Value::Bool(true) } else { ni }),
                    CompareOp::Ne => {
                        let eq = self.intern("__eq__");
                        let f = self.get_attr(this, eq)?;
                        let r = self.call_value(f, args)?;
                        if r.is(ni) {
                            return Ok(ni);
                        }
                        Ok(Value::Bool(!self.truthy(r)?))
                    }
                    _ => Ok(ni),
                };
            }
            if !accepts(kind, other_kind) {
                return Ok(ni);
            }
            return self.compare(op, native, other);
        }
        // Binary operators: NotImplemented for operands of other types,
        // as the numeric, set and dict types do.
        let binary = BinaryOp::ALL.iter().find_map(|&op| {
            [op.dunder(), op.rdunder(), op.idunder()].iter().position(|&n| n == name).map(|slot| (op, slot))
        });
        let divmod = matches!(name, "__divmod__" | "__rdivmod__");
        if binary.is_some() || divmod {
            let inplace = matches!(binary, Some((_, 2)));
            let checked = if inplace { SETS } else { NUM | SETS | DICT };
            if kind & checked != 0 && !accepts(kind, other_kind) {
                return Ok(ni);
            }
        }
        let other = other.unwrap_or(Value::None);
        if let Some((op, slot)) = binary {
            if op == BinaryOp::Add && kind & SEQ != 0 && other_kind & PLAIN != 0 {
                // Concatenation takes no reflected operand here.
                let (tn, on) = (self.type_name(native), self.type_name(other));
                let msg = if kind & BINARY != 0 {
                    format!("can't concat {on} to {tn}")
                } else {
                    format!("can only concatenate {tn} (not \"{on}\") to {tn}")
                };
                return Err(self.type_error(msg));
            }
            if op == BinaryOp::Pow && args.len() == 2 {
                let pow = self.builtin_function("pow");
                let (a, b) = if slot == 0 { (native, other) } else { (other, native) };
                return self.call_value(pow, &[a, b, arg_at(args, 1)]);
            }
            return match slot {
                0 => self.binary_op(op, native, other, false),
                1 => self.binary_op(op, other, native, false),
                _ => {
                    let r = self.binary_op(op, native, other, true)?;
                    Ok(if r.is(native) { this } else { r })
                }
            };
        }
        match name {
            "__hash__" if kind & PLAIN != 0 => match this {
                Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)) => Ok(Value::Int((r.0 as i64) << 4 | 1)),
                _ => self.hash(this).map(Value::Int),
            },
            "__repr__" if kind & PLAIN != 0 => {
                let s = match this {
                    Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)) => self.default_instance_repr(r)?,
                    _ => self.repr(this)?,
                };
                Ok(self.new_string(s))
            }
            "__str__" if kind & PLAIN != 0 => {
                let s = self.default_str(this)?;
                Ok(self.new_string(s))
            }
            "__format__" if kind & PLAIN != 0 => {
                let Some(spec) = self.as_str(other).map(String::from) else {
                    let tn = self.type_name(other);
                    return Err(self.type_error(format!("format_spec must be a str, not {tn}")));
                };
                if !spec.is_empty() {
                    let tn = self.type_name(this);
                    return Err(self.type_error(format!("unsupported format string passed to {tn}.__format__")));
                }
                let s = self.to_str(this)?;
                Ok(self.new_string(s))
            }
            "__next__" => match self.iter_next(this)? {
                Some(v) => Ok(v),
                None => {
                    let next = self.builtin_function("next");
                    self.call_value(next, &[this])
                }
            },
            "__iter__" if kind == ITER => Ok(this),
            _ => {
                let name = self.intern(name);
                match self.run_builtin_dunder(this, native, name, args)? {
                    Some(v) => Ok(v),
                    None => Err(self.no_attribute(this, name)),
                }
            }
        }
    }
}

/// True if a `kind` value's binary operators and comparisons take an
/// operand of `other` kind (int takes ints, float takes ints and floats,
/// ...); otherwise they return NotImplemented.
fn accepts(kind: u16, other: u16) -> bool {
    let ok = match kind {
        INT => INT,
        FLOAT => REAL,
        COMPLEX => NUM,
        BYTES | BYTEARRAY => BINARY,
        SET | FROZENSET => SETS,
        k => k,
    };
    ok & other != 0
}

/// Calls a wrapper: `arg_at(args, 0)` is its receiver tuple.
fn call_wrapper(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let Some((row, owner, bound)) = args.first().and_then(|&r| vm.wrapper_parts(r)) else {
        return Err(vm.type_error("bad slot wrapper"));
    };
    let Some(d) = DUNDERS.get(row) else { return Err(vm.type_error("bad slot wrapper")) };
    let name = d.def.name;
    let (this, rest) = match bound {
        Some(this) => (this, args_from(args, 1)),
        None => {
            let on = String::from(vm.class_name(owner));
            let Some(&this) = args.get(1) else {
                return Err(vm.type_error(format!("descriptor '{name}' of '{on}' object needs an argument")));
            };
            if !vm.isinstance(this, owner) {
                let tn = vm.type_name(this);
                return Err(
                    vm.type_error(format!("descriptor '{name}' requires a '{on}' object but received a '{tn}'"))
                );
            }
            (this, args_from(args, 2))
        }
    };
    if !kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let (min, max, n) = (d.min_args as usize, d.max_args as usize, rest.len());
    if n < min || n > max {
        let msg = if min == max {
            let s = if min == 1 { "" } else { "s" };
            format!("expected {min} argument{s}, got {n}")
        } else if n > max {
            format!("expected at most {max} arguments, got {n}")
        } else {
            format!("expected at least {min} argument, got {n}")
        };
        return Err(vm.type_error(msg));
    }
    vm.run_wrapper(row, owner, this, rest)
}
