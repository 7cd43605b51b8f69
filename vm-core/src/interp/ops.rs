//! Operators: binary and unary arithmetic, rich comparison, truth, hashing,
//! equality and membership, with dunder dispatch for instances.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;

use crate::bytecode::opcode::{BinaryOp, CompareOp, Opcode};
use crate::runtime::complex::Complex;
use crate::runtime::num::{self, Num, NumErr, NumResult};
use crate::runtime::object::{BigRange, BuiltinDef, Obj, PyErr, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// The numeric view of a value, if it is an int, bool or float.
    pub fn as_num(&self, v: Value) -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::Small(i)),
            Value::Bool(b) => Some(Num::Small(b as i64)),
            Value::Float(f) => Some(Num::Float(f)),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(b) => Some(Num::Big(b.clone())),
                _ => None,
            },
            _ => None,
        }
    }

    /// True for int and bool values (not float).
    pub fn is_int(&self, v: Value) -> bool {
        match v {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Obj(r) => matches!(self.heap.get(r), Obj::BigInt(_)),
            _ => false,
        }
    }

    /// The int an object stands for as an index (CPython's
    /// `PyNumber_Index`): an int or bool itself, an int subclass's value,
    /// else what its `__index__` returns (TypeError unless that is an int);
    /// `None` when it has no `__index__`.
    pub fn index_of(&mut self, v: Value) -> PyResult<Option<Value>> {
        if self.is_int(v) {
            return Ok(Some(v));
        }
        if !matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_))) {
            return Ok(None);
        }
        if let Some(n) = self.native_of(v).filter(|&n| self.is_int(n)) {
            return Ok(Some(n));
        }
        match self.call_method_opt(v, self.names.index, &[])? {
            Some(i) if self.is_int(i) => Ok(Some(self.unwrap_native(i))),
            Some(i) => Err(self.index_non_int_error(i)),
            None => Ok(None),
        }
    }

    /// Turns a numeric result into a value.
    pub fn num_value(&mut self, r: NumResult) -> Value {
        match r {
            NumResult::Small(i) => Value::Int(i),
            NumResult::Float(f) => Value::Float(f),
            NumResult::Big(b) => self.new_bigint(b),
        }
    }

    /// Turns a numeric error into the Python exception.
    pub fn num_error(&mut self, e: NumErr) -> PyErr {
        match e {
            NumErr::ZeroDivision(m) => {
                let c = self.exc.zero_division_error;
                self.new_exception(c, m)
            }
            NumErr::Overflow(m) => {
                let c = self.exc.overflow_error;
                self.new_exception(c, m)
            }
            NumErr::Value(m) => self.value_error(m),
            NumErr::Memory => self.memory_error(),
            NumErr::Complex => self.not_implemented_error("complex numbers are not supported"),
            NumErr::Raised(e) => e,
        }
    }

    /// Charges the heap limit and fuel for an int operation whose result
    /// may be big (`*`, `**`, `<<` with a big operand or result), before it
    /// runs: its size is known from the operands' sizes.
    fn charge_int_op(&mut self, op: BinaryOp, a: &Num, b: &Num) -> PyResult<()> {
        fn bits(n: &Num) -> u64 {
            match n {
                Num::Small(i) => 64 - u64::from(i.unsigned_abs().leading_zeros()),
                Num::Big(b) => b.bits(),
                Num::Float(_) => 0,
            }
        }
        fn small_exp(n: &Num) -> u64 {
            match n {
                Num::Small(i) => (*i).max(0) as u64,
                Num::Big(b) if b.sign() != crate::runtime::bigint::Sign::Minus => u64::MAX,
                _ => 0,
            }
        }
        let result_bits = match op {
            BinaryOp::Mul => bits(a).saturating_add(bits(b)),
            BinaryOp::Pow if bits(a) > 1 => bits(a).saturating_mul(small_exp(b)),
            BinaryOp::LShift if bits(a) > 0 => bits(a).saturating_add(small_exp(b)),
            _ => return Ok(()),
        };
        if result_bits <= 1 << 12 {
            return Ok(());
        }
        let bytes = usize::try_from(result_bits / 8).unwrap_or(usize::MAX);
        self.reserve(bytes)?;
        // Multiplication is superlinear; a limb of result is a unit of work.
        self.charge_work(usize::try_from(result_bits / 64).unwrap_or(usize::MAX))
    }

    fn numeric_binop(&mut self, op: BinaryOp, a: &Num, b: &Num) -> Option<Result<NumResult, NumErr>> {
        let both_int = !matches!(a, Num::Float(_)) && !matches!(b, Num::Float(_));
        if both_int && matches!(op, BinaryOp::Mul | BinaryOp::Pow | BinaryOp::LShift) {
            if let Err(e) = self.charge_int_op(op, a, b) {
                return Some(Err(NumErr::Raised(e)));
            }
        }
        Some(match op {
            BinaryOp::Add => num::add(a, b),
            BinaryOp::Sub => num::sub(a, b),
            BinaryOp::Mul => num::mul(a, b),
            BinaryOp::TrueDiv => num::true_div(a, b),
            BinaryOp::FloorDiv => num::floor_div(a, b),
            BinaryOp::Mod => num::modulo(a, b),
            BinaryOp::Pow => num::power(a, b),
            BinaryOp::LShift if both_int => num::bitwise("<<", a, b),
            BinaryOp::RShift if both_int => num::bitwise(">>", a, b),
            BinaryOp::And if both_int => num::bitwise("&", a, b),
            BinaryOp::Or if both_int => num::bitwise("|", a, b),
            BinaryOp::Xor if both_int => num::bitwise("^", a, b),
            _ => return None,
        })
    }

    /// `a op b` (or `a op= b` when `inplace`).
    pub fn binary_op(&mut self, op: BinaryOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        // Float arithmetic the specialized forms do not run (`**`, and a
        // float with a small int on the other side): straight to the
        // operation, as `numeric_binop` would do it (the int converted as
        // `Num::to_f64` does); errors take the general path, which raises them.
        let floats = match (a, b) {
            (Value::Float(x), Value::Float(y)) => Some((x, y)),
            (Value::Float(x), Value::Int(y)) => Some((x, y as f64)),
            (Value::Int(x), Value::Float(y)) => Some((x as f64, y)),
            _ => None,
        };
        if let Some((x, y)) = floats {
            match op {
                BinaryOp::Add => return Ok(Value::Float(x + y)),
                BinaryOp::Sub => return Ok(Value::Float(x - y)),
                BinaryOp::Mul => return Ok(Value::Float(x * y)),
                BinaryOp::TrueDiv if y != 0.0 => return Ok(Value::Float(x / y)),
                BinaryOp::Pow => {
                    if let Ok(r) = num::float_pow(x, y) {
                        return Ok(Value::Float(r));
                    }
                }
                _ => {}
            }
        }
        // bool & | ^ bool stays bool.
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinaryOp::And => return Ok(Value::Bool(x & y)),
                BinaryOp::Or => return Ok(Value::Bool(x | y)),
                BinaryOp::Xor => return Ok(Value::Bool(x ^ y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
            if let Some(r) = self.numeric_binop(op, &x, &y) {
                return match r {
                    Ok(r) => Ok(self.num_value(r)),
                    Err(NumErr::Complex) => self.real_pow_to_complex(&x, &y),
                    Err(e) => Err(self.num_error(e)),
                };
            }
        }
        if let Some(r) = self.complex_binop(op, a, b) {
            return r;
        }
        if let Some(r) = self.bytes_binop(op, a, b, inplace) {
            return r;
        }
        if let Some(r) = self.set_binop(op, a, b, inplace)? {
            return Ok(r);
        }
        #[cfg(feature = "rare-methods")]
        if self.set_like_view(a).is_some() {
            if let Some(r) = self.dict_view_binop(op, a, b)? {
                return Ok(r);
            }
        }
        if self.is_instance_value(a) || self.is_instance_value(b) {
            let r = self.dunder_binop(op, a, b, inplace)?;
            if !r.is(self.not_implemented()) {
                return Ok(r);
            }
        }
        #[cfg(feature = "rare-methods")]
        if let Some(r) = self.dict_view_binop(op, a, b)? {
            return Ok(r);
        }
        if let Some(r) = self.sequence_binop(op, a, b, inplace)? {
            return Ok(r);
        }
        if cfg!(feature = "rare-methods") {
            if let Some(r) = self.repeat_by_index(op, a, b, inplace)? {
                return Ok(r);
            }
        }
        if op == BinaryOp::Or {
            if let Some(r) = self.type_union(a, b)? {
                return Ok(r);
            }
        }
        Err(self.binop_type_error(op, a, b, inplace))
    }

    /// `a | b` where one side is a class (`type.__or__`/`__ror__`, PEP
    /// 604): `types._union_or` builds the `types.UnionType` (`int | None`).
    /// `None` when neither side is a class, a metaclass defines the
    /// operator (not supported: the TypeError stands), or the other side is
    /// no type, `None`, generic alias or union.
    fn type_union(&mut self, a: Value, b: Value) -> PyResult<Option<Value>> {
        let mut any_class = false;
        for v in [a, b] {
            if let Value::Obj(r) = v {
                if let Obj::Class(c) = self.heap.get(r) {
                    any_class = true;
                    let meta = c.meta;
                    let (or, ror) = (self.intern("__or__"), self.intern("__ror__"));
                    if meta.is_some_and(|m| self.lookup_class_attr(m, or).or(self.lookup_class_attr(m, ror)).is_some())
                    {
                        return Ok(None);
                    }
                }
            }
        }
        if !any_class || crate::stdlib::find("types").is_none() {
            return Ok(None);
        }
        let types = self.import_module("types")?;
        let name = self.intern("_union_or");
        let f = self.get_attr(types, name)?;
        let r = self.call_value(f, &[a, b])?;
        Ok(if r.is(self.not_implemented()) { None } else { Some(r) })
    }

    /// What `binary_op` does after the left operand's forward dunder
    /// returned `NotImplemented`, for `BINARY_OP_INSTANCE` (whose guard
    /// ensures the right operand is not an instance of another class, so no
    /// reflected dunder is due).
    pub(crate) fn binary_op_after_forward(&mut self, oparg: u32, a: Value, b: Value) -> PyResult<Value> {
        let Some((op, inplace)) = BinaryOp::from_arg(oparg) else {
            return Err(self.system_error("bad BINARY_OP operand"));
        };
        #[cfg(feature = "rare-methods")]
        if let Some(r) = self.dict_view_binop(op, a, b)? {
            return Ok(r);
        }
        if let Some(r) = self.sequence_binop(op, a, b, inplace)? {
            return Ok(r);
        }
        if cfg!(feature = "rare-methods") {
            if let Some(r) = self.repeat_by_index(op, a, b, inplace)? {
                return Ok(r);
            }
        }
        Err(self.binop_type_error(op, a, b, inplace))
    }

    /// Whether `v` is a str, list, tuple, bytes or bytearray (or of a
    /// subclass): a sequence `*` repeats (CPython's `sq_repeat`).
    fn is_repeatable(&self, v: Value) -> bool {
        let t = &self.types;
        let class = self.class_of(v);
        [t.str_, t.list, t.tuple, t.bytes, t.bytearray].into_iter().any(|k| self.is_subclass(class, k))
    }

    /// `seq * n` / `n * seq` where `n` is an instance with `__index__`
    /// (CPython's `sequence_repeat`), once no `__mul__` answered.
    fn repeat_by_index(&mut self, op: BinaryOp, a: Value, b: Value, inplace: bool) -> PyResult<Option<Value>> {
        if op != BinaryOp::Mul {
            return Ok(None);
        }
        let (seq_first, count) = if self.is_repeatable(a) && self.is_instance_value(b) {
            (true, b)
        } else if self.is_repeatable(b) && self.is_instance_value(a) && !self.is_repeatable(a) {
            (false, a)
        } else {
            return Ok(None);
        };
        let Some(n) = self.index_of(count)? else { return Ok(None) };
        let (x, y) = if seq_first { (a, n) } else { (n, b) };
        self.binary_op(op, x, y, inplace).map(Some)
    }

    /// `x + y` for two strs (`None` if either is not a str).
    pub(crate) fn str_concat(&mut self, x: ObjRef, y: ObjRef) -> Option<Value> {
        self.new_str_concat(x, y)
    }

    /// `x op y` for two strs (`None` if either is not a str).
    #[inline]
    pub(crate) fn str_compare(&self, op: CompareOp, x: ObjRef, y: ObjRef) -> Option<bool> {
        match (self.heap.get(x), self.heap.get(y)) {
            (Obj::Str(x), Obj::Str(y)) => Some(op.test(x.as_str().cmp(y.as_str()))),
            _ => None,
        }
    }

    /// `needle in hay` for two strs (`None` if either is not a str).
    #[inline]
    pub(crate) fn str_contains(&self, hay: ObjRef, needle: ObjRef) -> Option<bool> {
        match (self.heap.get(hay), self.heap.get(needle)) {
            (Obj::Str(h), Obj::Str(n)) => Some(crate::runtime::str_search::contains(h.as_str(), n.as_str())),
            _ => None,
        }
    }

    fn binop_type_error(&mut self, op: BinaryOp, a: Value, b: Value, inplace: bool) -> PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinaryOp::Add && !inplace {
            for (kind, name) in [("str", "str"), ("list", "list"), ("tuple", "tuple")] {
                if ta == kind {
                    return self.type_error(format!("can only concatenate {name} (not \"{tb}\") to {name}"));
                }
            }
        }
        // CPython repeats the left operand if it is a sequence, else the
        // right one, and names the other operand's type.
        if op == BinaryOp::Mul && self.is_repeatable(a) {
            return self.type_error(format!("can't multiply sequence by non-int of type '{tb}'"));
        }
        if op == BinaryOp::Mul && self.is_repeatable(b) {
            return self.type_error(format!("can't multiply sequence by non-int of type '{ta}'"));
        }
        let sym = if op == BinaryOp::Pow && !inplace { String::from("** or pow()") } else { String::from(op.symbol()) };
        let eq = if inplace { "=" } else { "" };
        self.type_error(format!("unsupported operand type(s) for {sym}{eq}: '{ta}' and '{tb}'"))
    }

    /// True for instances of user classes.
    pub fn is_instance_value(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)))
    }

    // `binop_names` has one row per `BinaryOp` (`Vm::new` fills it from `ALL`).
    #[allow(clippy::indexing_slicing)]
    fn dunder_binop(&mut self, op: BinaryOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        let [fwd, refl, inpl] = self.binop_names[op as usize];
        let ni = self.not_implemented();
        if inplace && self.is_instance_value(a) {
            if let Some(r) = self.call_method_opt(a, inpl, &[b])? {
                if !r.is(ni) {
                    return Ok(r);
                }
            }
        }
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        let b_first =
            ca != cb && self.is_instance_value(b) && self.is_subclass(cb, ca) && self.class_overrides(cb, ca, refl);
        if b_first {
            if let Some(r) = self.call_method_opt(b, refl, &[a])? {
                if !r.is(ni) {
                    return Ok(r);
                }
            }
        }
        if self.is_instance_value(a) {
            if let Some(r) = self.call_method_opt(a, fwd, &[b])? {
                if !r.is(ni) {
                    return Ok(r);
                }
            }
        } else if let Some(r) = self.sequence_binop(op, a, b, inplace)? {
            return Ok(r);
        }
        if !b_first && ca != cb && self.is_instance_value(b) {
            if let Some(r) = self.call_method_opt(b, refl, &[a])? {
                if !r.is(ni) {
                    return Ok(r);
                }
            }
        }
        Ok(ni)
    }

    /// True if `cls` finds `name` somewhere before reaching `base` in its MRO.
    fn class_overrides(&self, cls: ObjRef, base: ObjRef, name: ObjRef) -> bool {
        let Obj::Class(c) = self.heap.get(cls) else { return false };
        for &k in &c.mro {
            if k == base {
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

    /// Calls `obj.name(*args)` if the class defines `name`; `None` if it does not.
    pub fn call_method_opt(&mut self, obj: Value, name: ObjRef, args: &[Value]) -> PyResult<Option<Value>> {
        if self.native_of(obj).is_some() {
            if let Some(r) = self.native_dunder(obj, name, args)? {
                return Ok(Some(r));
            }
        }
        let cls = self.class_of(obj);
        let Some(f) = self.lookup_class_attr(cls, name) else { return Ok(None) };
        if matches!(f, Value::None) {
            return Ok(None);
        }
        self.call_special(f, obj, cls, args).map(Some)
    }

    /// Calls `f`, the special method `obj`'s class `cls` holds, on `obj`:
    /// a function or built-in with `obj` first; anything else bound as a
    /// descriptor (`__get__`, static and class methods) or called as it
    /// is (a callable instance, a bound method), as CPython's
    /// special-method lookup does.
    pub(crate) fn call_special(&mut self, f: Value, obj: Value, cls: ObjRef, args: &[Value]) -> PyResult<Value> {
        if matches!(f, Value::Obj(r) if !matches!(self.heap.get(r), Obj::Function(_) | Obj::Builtin { .. })) {
            let bound = self.bind_descr(f, obj, cls)?;
            return self.call_value(bound, args);
        }
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(obj);
        full.extend_from_slice(args);
        self.call_value(f, &full)
    }

    fn sequence_binop(&mut self, op: BinaryOp, a: Value, b: Value, inplace: bool) -> PyResult<Option<Value>> {
        let (Value::Obj(ra), bv) = (a, b) else {
            // int * sequence
            if op == BinaryOp::Mul && self.is_int(a) {
                if let Value::Obj(rb) = b {
                    if matches!(self.heap.get(rb), Obj::Str(_) | Obj::List(_) | Obj::Tuple(_)) {
                        return self.sequence_binop(op, b, a, false);
                    }
                }
            }
            return Ok(None);
        };
        match op {
            BinaryOp::Add => {
                let Value::Obj(rb) = bv else {
                    // `list += 5` is `list.extend(5)`: "'int' object is not iterable".
                    if inplace && matches!(self.heap.get(ra), Obj::List(_)) {
                        self.collect_iterable(b)?;
                    }
                    return Ok(None);
                };
                match (self.heap.get(ra), self.heap.get(rb)) {
                    (Obj::Str(x), Obj::Str(y)) => {
                        self.reserve(x.as_str().len() + y.as_str().len())?;
                        match self.str_concat(ra, rb) {
                            Some(s) => Ok(Some(s)),
                            // (Two strs: the allocator refused the result.)
                            None => Err(self.memory_error()),
                        }
                    }
                    (Obj::List(x), Obj::List(y)) => {
                        let n = x.len() + y.len();
                        self.reserve(n.saturating_mul(core::mem::size_of::<Value>()))?;
                        self.charge_work(n)?;
                        let Obj::List(y) = self.heap.get(rb) else { return Ok(None) };
                        let Obj::List(x) = self.heap.get(ra) else { return Ok(None) };
                        if inplace {
                            let extra = y.clone();
                            if let Obj::List(x) = self.heap.get_mut(ra) {
                                x.extend(extra);
                            }
                            return Ok(Some(a));
                        }
                        let mut v = x.to_vec();
                        v.extend_from_slice(y);
                        Ok(Some(self.new_list(v)))
                    }
                    (Obj::List(_), _) if inplace => {
                        let items = self.collect_iterable(b)?;
                        if let Obj::List(x) = self.heap.get_mut(ra) {
                            x.extend(items);
                        }
                        Ok(Some(a))
                    }
                    (Obj::Tuple(x), Obj::Tuple(y)) => {
                        let n = x.len() + y.len();
                        self.reserve(n.saturating_mul(core::mem::size_of::<Value>()))?;
                        self.charge_work(n)?;
                        let Obj::Tuple(y) = self.heap.get(rb) else { return Ok(None) };
                        let Obj::Tuple(x) = self.heap.get(ra) else { return Ok(None) };
                        let mut v = x.to_vec();
                        v.extend_from_slice(y);
                        Ok(Some(self.new_tuple(v)))
                    }
                    _ => Ok(None),
                }
            }
            BinaryOp::Mul => {
                let n = match bv {
                    Value::Int(n) => n,
                    Value::Bool(b) => b as i64,
                    Value::Obj(r) if matches!(self.heap.get(r), Obj::BigInt(_)) => {
                        if let Obj::BigInt(b) = self.heap.get(r) {
                            if b.sign() == crate::runtime::bigint::Sign::Minus {
                                0
                            } else {
                                return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
                            }
                        } else {
                            0
                        }
                    }
                    _ => return Ok(None),
                };
                let n = n.max(0) as usize;
                let unit = match self.heap.get(ra) {
                    Obj::Str(s) => s.as_str().len(),
                    Obj::List(v) => v.len() * 16,
                    Obj::Tuple(v) => v.len() * 16,
                    _ => return Ok(None),
                };
                let total = unit.saturating_mul(n);
                if total > self.heap.limit() {
                    return Err(self.memory_error());
                }
                self.reserve(total)?;
                self.charge_work(total / core::mem::size_of::<Value>())?;
                match self.heap.get(ra) {
                    Obj::Str(s) => {
                        let r = s.as_str().repeat(n);
                        Ok(Some(self.new_string(r)))
                    }
                    Obj::List(v) => {
                        let r = v.repeat(n);
                        if inplace {
                            if let Obj::List(x) = self.heap.get_mut(ra) {
                                *x = r.into();
                            }
                            return Ok(Some(a));
                        }
                        Ok(Some(self.new_list(r)))
                    }
                    Obj::Tuple(v) => {
                        let r = v.repeat(n);
                        Ok(Some(self.new_tuple(r)))
                    }
                    _ => Ok(None),
                }
            }
            BinaryOp::Or if matches!(self.heap.get(ra), Obj::Dict(_)) => {
                let Value::Obj(rb) = bv else { return Ok(None) };
                if !matches!(self.heap.get(rb), Obj::Dict(_)) {
                    return Ok(None);
                }
                let target = if inplace {
                    ra
                } else {
                    let d = self.new_dict_obj();
                    self.temp_roots.push(Value::Obj(d));
                    let r = crate::builtins::dict_merge(self, d, a);
                    self.temp_roots.pop();
                    r?;
                    d
                };
                self.temp_roots.push(Value::Obj(target));
                let r = crate::builtins::dict_merge(self, target, b);
                self.temp_roots.pop();
                r?;
                Ok(Some(Value::Obj(target)))
            }
            BinaryOp::Mod => {
                if let Obj::Str(_) = self.heap.get(ra) {
                    return crate::builtins::format::percent_format(self, a, b).map(Some);
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    /// `-x`, `+x`, `~x`.
    pub fn unary_op(&mut self, op: Opcode, v: Value) -> PyResult<Value> {
        if let Some(n) = self.as_num(v) {
            let r = match (op, n) {
                (Opcode::UnaryNegative, Num::Small(i)) => match i.checked_neg() {
                    Some(r) => NumResult::Small(r),
                    #[cfg(feature = "big-int")]
                    None => NumResult::Big(-crate::runtime::bigint::BigInt::from(i)),
                    #[cfg(not(feature = "big-int"))]
                    None => return Err(self.no_big_int()),
                },
                (Opcode::UnaryNegative, Num::Big(b)) => NumResult::Big(-b),
                (Opcode::UnaryNegative, Num::Float(f)) => NumResult::Float(-f),
                (Opcode::UnaryPositive, Num::Small(i)) => NumResult::Small(i),
                (Opcode::UnaryPositive, Num::Big(b)) => NumResult::Big(b),
                (Opcode::UnaryPositive, Num::Float(f)) => NumResult::Float(f),
                (Opcode::UnaryInvert, Num::Small(i)) => NumResult::Small(!i),
                #[cfg(feature = "big-int")]
                (Opcode::UnaryInvert, Num::Big(b)) => NumResult::Big(-b - 1),
                #[cfg(not(feature = "big-int"))]
                (Opcode::UnaryInvert, Num::Big(b)) => match b {},
                (_, Num::Float(_)) => {
                    return Err(self.type_error("bad operand type for unary ~: 'float'"));
                }
                _ => return Err(self.system_error("bad unary op")),
            };
            return Ok(self.num_value(r));
        }
        if let Some(z) = self.as_complex(v) {
            match op {
                Opcode::UnaryNegative => return Ok(self.new_complex(Complex::new(-z.re, -z.im))),
                Opcode::UnaryPositive => return Ok(self.new_complex(z)),
                _ => {}
            }
        }
        let (name, sym) = match op {
            Opcode::UnaryNegative => (self.names.neg, "-"),
            Opcode::UnaryPositive => (self.names.pos, "+"),
            _ => (self.names.invert, "~"),
        };
        if self.is_instance_value(v) {
            if let Some(r) = self.call_method_opt(v, name, &[])? {
                return Ok(r);
            }
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("bad operand type for unary {sym}: '{tn}'")))
    }

    /// Rich comparison `a op b`, returning whatever the dunder returned.
    pub fn compare(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult<Value> {
        if let Some(r) = self.native_compare(op, a, b)? {
            return Ok(Value::Bool(r));
        }
        let ni = self.not_implemented();
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        let a_inst = self.is_instance_value(a);
        let b_inst = self.is_instance_value(b);
        let swapped = op.swapped();
        let b_first = b_inst && ca != cb && self.is_subclass(cb, ca);
        if b_first {
            if let Some(r) = self.call_compare_dunder(swapped, b, a)? {
                if !r.is(ni) {
                    return Ok(r);
                }
            }
        }
        if a_inst {
            if let Some(r) = self.call_compare_dunder(op, a, b)? {
                if !r.is(ni) {
                    return Ok(r);
                }
            }
        }
        if b_inst && !b_first {
            if let Some(r) = self.call_compare_dunder(swapped, b, a)? {
                if !r.is(ni) {
                    return Ok(r);
                }
            }
        }
        self.compare_default(op, a, b)
    }

    /// What `compare` does after the left operand's dunder returned
    /// `NotImplemented`, for `COMPARE_OP_INSTANCE` (whose guard ensures the
    /// right operand is not an instance of another class, so its reflected
    /// dunder, if any, comes after).
    pub(crate) fn compare_after_forward(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult<Value> {
        if self.is_instance_value(b) {
            if let Some(r) = self.call_compare_dunder(op.swapped(), b, a)? {
                if !r.is(self.not_implemented()) {
                    return Ok(r);
                }
            }
        }
        self.compare_default(op, a, b)
    }

    /// A comparison no dunder answered: identity for `==` and `!=`, else TypeError.
    fn compare_default(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult<Value> {
        match op {
            CompareOp::Eq => Ok(Value::Bool(a.is(b))),
            CompareOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => {
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!("'{}' not supported between instances of '{ta}' and '{tb}'", op.symbol())))
            }
        }
    }

    // `cmp_names` has one entry per `CompareOp` (`Vm::new` fills it from `ALL`).
    #[allow(clippy::indexing_slicing)]
    fn call_compare_dunder(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        let name = self.cmp_names[op as usize];
        let cls = self.class_of(a);
        if self.lookup_class_attr(cls, name).is_some() || self.native_of(a).is_some() {
            return self.call_method_opt(a, name, &[b]);
        }
        if op == CompareOp::Ne {
            // object.__ne__ inverts __eq__.
            let eq = self.cmp_names[CompareOp::Eq as usize];
            if let Some(r) = self.call_method_opt(a, eq, &[b])? {
                if r.is(self.not_implemented()) {
                    return Ok(Some(r));
                }
                let t = self.truthy(r)?;
                return Ok(Some(Value::Bool(!t)));
            }
        }
        Ok(None)
    }

    /// Compares built-in values; `None` when dunders must decide.
    pub(crate) fn native_compare(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult<Option<bool>> {
        let big_int = |r: ObjRef| matches!(self.heap.get(r), Obj::BigInt(_));
        // (Two objects neither of which is a number skip the numbers: strs, sets, tuples.)
        let numbers = match (a, b) {
            (Value::Obj(ra), Value::Obj(rb)) => big_int(ra) || big_int(rb),
            _ => true,
        };
        if numbers {
            if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
                return Ok(Some(match num::compare(&x, &y) {
                    Some(o) => op.test(o),
                    None => op == CompareOp::Ne,
                }));
            }
        }
        let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
            return Ok(self.complex_compare(op, a, b));
        };
        match (self.heap.get(ra), self.heap.get(rb)) {
            (Obj::Str(_), Obj::Str(_)) => Ok(self.str_compare(op, ra, rb)),
            (Obj::Complex(_), _) | (_, Obj::Complex(_)) => Ok(self.complex_compare(op, a, b)),
            (Obj::Bytes(_), Obj::Bytes(_)) => Ok(self.bytes_compare(op, a, b)),
            (Obj::List(_), Obj::List(_)) | (Obj::Tuple(_), Obj::Tuple(_)) => {
                self.sequence_compare(op, ra, rb).map(Some)
            }
            (Obj::Dict(_), Obj::Dict(_)) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
                let eq = self.dict_eq(ra, rb)?;
                Ok(Some(eq == (op == CompareOp::Eq)))
            }
            (Obj::Set(_), Obj::Set(_)) => self.set_richcompare(op, ra, rb).map(Some),
            (Obj::BoundMethod { .. }, _) | (Obj::Builtin { .. }, _) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
                Ok(self.bound_method_eq(ra, rb).map(|eq| eq == (op == CompareOp::Eq)))
            }
            (Obj::Range { .. }, Obj::Range { .. }) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
                let eq = self.range_eq(ra, rb);
                Ok(Some(eq == (op == CompareOp::Eq)))
            }
            (Obj::DictView { .. }, Obj::DictView { .. }) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
                let x = self.collect_iterable(a)?;
                let y = self.collect_iterable(b)?;
                let mut eq = x.len() == y.len();
                if eq {
                    for v in &x {
                        if !self.seq_contains(&y, *v)? {
                            eq = false;
                            break;
                        }
                    }
                }
                Ok(Some(eq == (op == CompareOp::Eq)))
            }
            (Obj::Slice(x), Obj::Slice(y)) => {
                // Slices compare as the tuples (start, stop, step).
                let (x, y) = (x.parts(), y.parts());
                for (&p, &q) in x.iter().zip(y.iter()) {
                    if !self.eq(p, q)? {
                        return match op {
                            CompareOp::Eq => Ok(Some(false)),
                            CompareOp::Ne => Ok(Some(true)),
                            _ => self.compare_bool(op, p, q).map(Some),
                        };
                    }
                }
                Ok(Some(op.test(Ordering::Equal)))
            }
            (Obj::Instance(_), _) | (_, Obj::Instance(_)) => Ok(None),
            _ => match op {
                CompareOp::Eq => Ok(Some(a.is(b))),
                CompareOp::Ne => Ok(Some(!a.is(b))),
                _ => Ok(None),
            },
        }
    }

    fn range_eq(&self, a: ObjRef, b: ObjRef) -> bool {
        let (Obj::Range { start: s1, stop: e1, step: t1 }, Obj::Range { start: s2, stop: e2, step: t2 }) =
            (self.heap.get(a), self.heap.get(b))
        else {
            return false;
        };
        let l1 = crate::builtins::range_len(*s1, *e1, *t1);
        let l2 = crate::builtins::range_len(*s2, *e2, *t2);
        if l1 != l2 {
            return false;
        }
        if l1 == 0 {
            return true;
        }
        if s1 != s2 {
            return false;
        }
        l1 == 1 || t1 == t2
    }

    fn sequence_compare(&mut self, op: CompareOp, ra: ObjRef, rb: ObjRef) -> PyResult<bool> {
        if let Some(r) = self.sequence_compare_pure(op, ra, rb) {
            return Ok(r);
        }
        if self.nest_depth >= self.config.recursion_limit {
            let c = self.exc.recursion_error;
            return Err(self.new_exception(c, "maximum recursion depth exceeded in comparison"));
        }
        self.nest_depth += 1;
        let r = self.sequence_compare_inner(op, ra, rb);
        self.nest_depth -= 1;
        r
    }

    /// [`Vm::sequence_compare`] of two lists or tuples whose items, up to
    /// the first pair that differs, are pairs of small ints, of floats
    /// (not NaN) or of strs, which compare without Python code; `None`
    /// (nothing done) at any other pair. (The general path copies both
    /// item lists and calls the full equality on each pair: a sort of
    /// `(int, int)` keys spent 800 machine instructions per comparison.)
    fn sequence_compare_pure(&self, op: CompareOp, ra: ObjRef, rb: ObjRef) -> Option<bool> {
        use core::cmp::Ordering;
        let items = |r: ObjRef| match self.heap.get(r) {
            Obj::List(v) | Obj::Tuple(v) => Some(v.as_slice()),
            _ => None,
        };
        let (x, y) = (items(ra)?, items(rb)?);
        if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
            return Some(op == CompareOp::Ne);
        }
        for (&p, &q) in x.iter().zip(y) {
            let order = match (p, q) {
                (Value::Int(a), Value::Int(b)) => a.cmp(&b),
                (Value::Float(a), Value::Float(b)) => a.partial_cmp(&b)?,
                (Value::Obj(a), Value::Obj(b)) => match (self.heap.get(a), self.heap.get(b)) {
                    // (UTF-8 orders as the code points do.)
                    (Obj::Str(a), Obj::Str(b)) => a.as_str().cmp(b.as_str()),
                    _ => return None,
                },
                _ => return None,
            };
            if order != Ordering::Equal {
                return Some(match op {
                    CompareOp::Eq => false,
                    CompareOp::Ne => true,
                    _ => op.test(order),
                });
            }
        }
        Some(op.test(x.len().cmp(&y.len())))
    }

    fn sequence_compare_inner(&mut self, op: CompareOp, ra: ObjRef, rb: ObjRef) -> PyResult<bool> {
        let items = |vm: &Vm, r: ObjRef| -> Vec<Value> {
            match vm.heap.get(r) {
                Obj::List(v) => v.to_vec(),
                Obj::Tuple(v) => v.to_vec(),
                _ => Vec::new(),
            }
        };
        let x = items(self, ra);
        let y = items(self, rb);
        self.temp_roots.push(Value::Obj(ra));
        self.temp_roots.push(Value::Obj(rb));
        let result = (|| {
            if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
                return Ok(op == CompareOp::Ne);
            }
            for (i, (&p, &q)) in x.iter().zip(y.iter()).enumerate() {
                let _ = i;
                if !self.eq(p, q)? {
                    return match op {
                        CompareOp::Eq => Ok(false),
                        CompareOp::Ne => Ok(true),
                        _ => {
                            let r = self.compare(op, p, q)?;
                            self.truthy(r)
                        }
                    };
                }
            }
            Ok(op.test(x.len().cmp(&y.len())))
        })();
        self.temp_roots.truncate(self.temp_roots.len() - 2);
        result
    }

    /// Compares with `op` and reduces the result to a bool.
    pub fn compare_bool(&mut self, op: CompareOp, a: Value, b: Value) -> PyResult<bool> {
        if let Some(r) = self.native_compare(op, a, b)? {
            return Ok(r);
        }
        let r = self.compare(op, a, b)?;
        self.truthy(r)
    }

    /// `a == b` as a bool (identity implies equality, as in containers).
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = self.simple_eq(a, b) {
            return Ok(r);
        }
        self.compare_bool(CompareOp::Eq, a, b)
    }

    /// Equality decidable without running Python code; `None` otherwise.
    /// Two strs or two ints are compared inline (dict and set probes call
    /// this on every hash match).
    #[inline]
    pub fn simple_eq(&self, a: Value, b: Value) -> Option<bool> {
        match (a, b) {
            (Value::Obj(ra), Value::Obj(rb)) => {
                if let (Obj::Str(x), Obj::Str(y)) = (self.heap.get(ra), self.heap.get(rb)) {
                    return Some(ra == rb || x.same_text(y));
                }
            }
            (Value::Int(x), Value::Int(y)) => return Some(x == y),
            _ => {}
        }
        self.simple_eq_at(a, b, 0)
    }

    /// `simple_eq` for tuples nested `depth` deep (deeper ones defer to the
    /// guarded slow path, so no input can exhaust the Rust stack here).
    #[inline(never)]
    fn simple_eq_at(&self, a: Value, b: Value, depth: u32) -> Option<bool> {
        if a.is(b) {
            return Some(true);
        }
        if depth > 32 {
            return None;
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x == y),
            (Value::Obj(ra), Value::Obj(rb)) => match (self.heap.get(ra), self.heap.get(rb)) {
                (Obj::Str(x), Obj::Str(y)) => Some(x.same_text(y)),
                (Obj::Instance(_), _) | (_, Obj::Instance(_)) => self.plain_instance_eq(ra, rb),
                (Obj::Tuple(x), Obj::Tuple(y)) => {
                    if x.len() != y.len() {
                        return Some(false);
                    }
                    for (&p, &q) in x.iter().zip(y.iter()) {
                        if !self.simple_eq_at(p, q, depth + 1)? {
                            return Some(false);
                        }
                    }
                    Some(true)
                }
                (Obj::BigInt(x), Obj::BigInt(y)) => Some(x == y),
                (Obj::Bytes(x), Obj::Bytes(y)) => Some(x.data == y.data),
                (Obj::BoundMethod { .. }, _) | (Obj::Builtin { .. }, _) => self.bound_method_eq(ra, rb),
                (Obj::Complex(z), _) => Some(self.complex_eq(*z, b).unwrap_or(false)),
                (_, Obj::Complex(z)) => Some(self.complex_eq(*z, a).unwrap_or(false)),
                (Obj::Str(_), _) | (_, Obj::Str(_)) => Some(false),
                _ => None,
            },
            (Value::Obj(r), other) | (other, Value::Obj(r)) => match self.heap.get(r) {
                // A number or `None` against an instance: identity, unless the
                // instance's class defines `__eq__`.
                Obj::Instance(_) => self.is_plain_instance(r).then_some(false),
                Obj::Complex(z) => self.complex_eq(*z, other).or(Some(false)),
                Obj::BigInt(x) => match other {
                    Value::Float(f) => {
                        Some(num::compare(&Num::Big(x.clone()), &Num::Float(f)) == Some(Ordering::Equal))
                    }
                    _ => Some(false),
                },
                _ => Some(false),
            },
            _ => {
                let (x, y) = (self.as_num(a)?, self.as_num(b)?);
                Some(num::compare(&x, &y) == Some(Ordering::Equal))
            }
        }
    }

    /// `a == b` for two bound methods, Python or built-in: the same
    /// function bound to the same object (CPython compares the receivers
    /// by identity since 3.8); `None` unless `a` and `b` are both methods
    /// of one kind.
    fn bound_method_eq(&self, a: ObjRef, b: ObjRef) -> Option<bool> {
        match (self.heap.get(a), self.heap.get(b)) {
            (Obj::BoundMethod { receiver: s1, func: f1 }, Obj::BoundMethod { receiver: s2, func: f2 }) => {
                Some(s1.is(*s2) && f1.is(*f2))
            }
            (Obj::Builtin { def: d1, receiver: s1 }, Obj::Builtin { def: d2, receiver: s2 }) => {
                let (x, y) = (self.builtin_receiver(d1, s1), self.builtin_receiver(d2, s2));
                Some(core::ptr::eq(*d1, *d2) && x.len() == y.len() && x.iter().zip(y).all(|(p, q)| p.is(*q)))
            }
            _ => None,
        }
    }

    /// A hash of `v`'s identity (its reference, or its value when it is
    /// stored inline), for hashes built on `is`.
    fn identity_hash(&self, v: Value) -> i64 {
        match v {
            Value::Obj(r) => (r.0 as i64) << 4 | 1,
            _ => self.pure_hash_at(v, 0).unwrap_or(0),
        }
    }

    /// True for an instance whose class defines neither `__hash__` nor
    /// `__eq__` and derives from no built-in type: hashing it and `==` on
    /// it are identity (`object`'s).
    #[inline]
    fn hashed_by_identity(&self, i: &crate::runtime::object::Instance) -> bool {
        i.native.is_none() && self.class_hooks(i.class) & crate::runtime::object::HOOK_HASH_EQ == 0
    }

    /// True for an instance [`Vm::hashed_by_identity`].
    fn is_plain_instance(&self, r: ObjRef) -> bool {
        matches!(self.heap.get(r), Obj::Instance(i) if self.hashed_by_identity(i))
    }

    /// `a == b` for two distinct objects, at least one an instance, when no
    /// Python `__eq__` can take part: both plain instances
    /// ([`Vm::is_plain_instance`]), or a plain instance and a built-in
    /// value (whose `__eq__` gives `NotImplemented` for an instance), are
    /// unequal. `None` when either side's `__eq__` may be Python code.
    fn plain_instance_eq(&self, a: ObjRef, b: ObjRef) -> Option<bool> {
        let plain_or_builtin = |r: ObjRef| match self.heap.get(r) {
            Obj::Instance(_) => self.is_plain_instance(r),
            Obj::Class(_) => false,
            _ => true,
        };
        (plain_or_builtin(a) && plain_or_builtin(b)).then_some(false)
    }

    /// Python truth value.
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        match self.truth_native(v) {
            Some(b) => Ok(b),
            None => self.instance_truth(v),
        }
    }

    /// The truth of every value whose truth runs no Python code (all but
    /// instances of classes: `None` for those). Shared by `truthy` and the
    /// `TO_BOOL` forms.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub fn truth_native(&self, v: Value) -> Option<bool> {
        match v {
            Value::Bool(b) => Some(b),
            Value::None | Value::Null => Some(false),
            Value::Int(i) => Some(i != 0),
            Value::Float(f) => Some(f != 0.0),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Some(s.char_len() > 0),
                Obj::List(l) => Some(!l.is_empty()),
                Obj::Tuple(t) => Some(!t.is_empty()),
                Obj::Dict(d) => Some(!d.is_empty()),
                Obj::Set(s) => Some(!s.table.is_empty()),
                Obj::BigInt(_) => Some(true),
                Obj::Complex(z) => Some(z.re != 0.0 || z.im != 0.0),
                Obj::Bytes(b) => Some(!b.data.is_empty()),
                Obj::Range { start, stop, step } => Some(crate::builtins::range_len(*start, *stop, *step) > 0),
                Obj::BigRange(r) => {
                    let BigRange { start, stop, step } = &**r;
                    Some(
                        crate::builtins::big_range_len(start, stop, step).sign()
                            != crate::runtime::bigint::Sign::NoSign,
                    )
                }
                Obj::DictView { dict, .. } => Some(matches!(self.heap.get(*dict), Obj::Dict(d) if !d.is_empty())),
                Obj::Instance(_) => None,
                _ => Some(true),
            },
        }
    }

    /// The truth of an instance: its class's `__bool__` (which must return a
    /// bool), else `__len__`, else true.
    fn instance_truth(&mut self, v: Value) -> PyResult<bool> {
        if let Some(r) = self.call_method_opt(v, self.names.bool_, &[])? {
            return match r {
                Value::Bool(b) => Ok(b),
                _ => {
                    let tn = self.type_name(r);
                    Err(self.type_error(format!("__bool__ should return bool, returned {tn}")))
                }
            };
        }
        if let Some(r) = self.call_method_opt(v, self.names.len, &[])? {
            let n = self.len_result(r)?;
            return Ok(n > 0);
        }
        Ok(true)
    }

    /// True if instances of `class` are always true: its MRO defines neither
    /// `__bool__` nor `__len__` (what `instance_truth` looks up), so their
    /// truth runs no code while the class is unchanged (`TO_BOOL_ALWAYS_TRUE`).
    pub(crate) fn class_always_true(&self, class: ObjRef) -> bool {
        // A subclass of a built-in type is as true as the value it wraps.
        self.lookup_class_attr(class, self.names.bool_).is_none()
            && self.lookup_class_attr(class, self.names.len).is_none()
            && self.native_base(class).is_none()
    }

    /// Validates what `__len__` returned.
    pub fn len_result(&mut self, r: Value) -> PyResult<usize> {
        match r {
            Value::Int(n) if n >= 0 => Ok(n as usize),
            Value::Bool(b) => Ok(b as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            // A big int: negative is checked first, then the size (CPython's slot_sq_length).
            Value::Obj(b) if matches!(self.heap.get(b), Obj::BigInt(n) if n.sign() == crate::runtime::bigint::Sign::Minus) => {
                Err(self.value_error("__len__() should return >= 0"))
            }
            Value::Obj(b) if matches!(self.heap.get(b), Obj::BigInt(_)) => {
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            _ => Err(self.not_integer_error(r)),
        }
    }

    /// Python `hash(v)`. A str or an int is hashed inline (dict and set
    /// probes call this for every key; the general path below is a big
    /// function whose entry alone cost ~30 instructions per str key).
    #[inline]
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        match v {
            Value::Obj(r) => {
                if let Obj::Str(s) = self.heap.get(r) {
                    return Ok(s.hash() as i64);
                }
            }
            Value::Int(i) => return Ok(crate::runtime::int_ops::hash_i64(i)),
            _ => {}
        }
        self.hash_any(v)
    }

    /// The hash a Python `__hash__` returned `h` stands for (-1 is -2, as
    /// CPython keeps -1 for errors; a big int hashes as ints do); a
    /// TypeError if it is not an int.
    pub(crate) fn hash_result(&mut self, h: Value) -> PyResult<i64> {
        match h {
            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
            Value::Bool(b) => Ok(b as i64),
            _ => match self.as_num(h) {
                Some(Num::Big(b)) => Ok(crate::runtime::int_ops::hash_int(&b)),
                _ => Err(self.type_error("__hash__ method should return an integer")),
            },
        }
    }

    /// The hash of a value whose hashing runs no Python code and cannot
    /// fail: numbers, `None`, strs, bytes, tuples of such values, frozen
    /// sets whose hash is cached, and instances of classes that do not
    /// define `__hash__` (hashed by identity); `None` for everything else
    /// (what [`Vm::hash`] must run Python code for, or raises for).
    #[inline]
    pub fn pure_hash(&self, v: Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(crate::runtime::int_ops::hash_i64(i)),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Some(s.hash() as i64),
                _ => self.pure_hash_at(v, 0),
            },
            _ => self.pure_hash_at(v, 0),
        }
    }

    /// [`Vm::pure_hash`] for a value nested `depth` tuples deep (deeper
    /// ones take the general path, so no input exhausts the Rust stack).
    fn pure_hash_at(&self, v: Value, depth: u32) -> Option<i64> {
        use crate::runtime::int_ops;
        let r = match v {
            Value::Int(i) => return Some(int_ops::hash_i64(i)),
            Value::Bool(b) => return Some(b as i64),
            Value::Float(f) => return Some(int_ops::hash_f64(f)),
            Value::None | Value::Null => return Some(0xFCA86420),
            Value::Obj(r) => r,
        };
        match self.heap.get(r) {
            Obj::Str(s) => Some(s.hash() as i64),
            Obj::BigInt(b) => Some(int_ops::hash_int(b)),
            Obj::Complex(z) => Some(z.hash()),
            Obj::Bytes(b) if !b.mutable => Some(crate::runtime::str::bytes_hash(&b.data) as i64),
            Obj::Tuple(items) if depth < 32 => self.pure_tuple_hash(items, depth),
            Obj::Set(s) if s.frozen => s.hash,
            Obj::Instance(inst) => self.hashed_by_identity(inst).then_some((r.0 as i64) << 4 | 1),
            // Consistent with `bound_method_eq`.
            Obj::BoundMethod { receiver, func } => {
                Some(non_error_hash(self.identity_hash(*receiver) ^ self.identity_hash(*func)))
            }
            Obj::Builtin { def, receiver } => {
                let receiver = self.builtin_receiver(def, receiver).iter().fold(0, |h, &v| h ^ self.identity_hash(v));
                Some(non_error_hash(receiver ^ (*def as *const BuiltinDef as usize as i64)))
            }
            Obj::Tuple(_) | Obj::Set(_) | Obj::List(_) | Obj::Dict(_) | Obj::Slice(_) | Obj::Bytes(_) => None,
            _ => Some((r.0 as i64) << 4 | 1),
        }
    }

    /// [`Vm::pure_hash`] of a tuple holding `items`, nested `depth` deep
    /// (CPython's xxHash-based tuple hash).
    pub(crate) fn pure_tuple_hash(&self, items: &[Value], depth: u32) -> Option<i64> {
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let mut acc: u64 = P5;
        for &item in items {
            let lane = self.pure_hash_at(item, depth + 1)? as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
        Some(if acc == u64::MAX { 1546275796 } else { acc as i64 })
    }

    /// `stored == (items...)` for a tuple not made, when no Python code
    /// decides it (`None` otherwise; see [`Vm::simple_eq`]).
    pub(crate) fn simple_eq_items(&self, stored: Value, items: &[Value]) -> Option<bool> {
        let Value::Obj(r) = stored else { return Some(false) };
        match self.heap.get(r) {
            Obj::Tuple(t) if t.len() == items.len() => {
                for (&x, &y) in t.iter().zip(items) {
                    if !self.simple_eq(x, y)? {
                        return Some(false);
                    }
                }
                Some(true)
            }
            Obj::Instance(_) => self.is_plain_instance(r).then_some(false),
            Obj::Class(_) => None,
            _ => Some(false),
        }
    }

    /// [`Vm::hash`] for every kind of value.
    #[inline(never)]
    fn hash_any(&mut self, v: Value) -> PyResult<i64> {
        use crate::runtime::int_ops;
        if let Some(h) = self.pure_hash(v) {
            return Ok(h);
        }
        match v {
            Value::Int(i) => Ok(int_ops::hash_i64(i)),
            Value::Bool(b) => Ok(b as i64),
            Value::Float(f) => Ok(int_ops::hash_f64(f)),
            Value::None | Value::Null => Ok(0xFCA86420),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Ok(s.hash() as i64),
                Obj::BigInt(b) => Ok(int_ops::hash_int(b)),
                Obj::Complex(z) => Ok(z.hash()),
                Obj::Bytes(b) if !b.mutable => Ok(crate::runtime::str::bytes_hash(&b.data) as i64),
                Obj::Tuple(items) => {
                    let items = items.clone();
                    const P1: u64 = 11400714785074694791;
                    const P2: u64 = 14029467366897019727;
                    const P5: u64 = 2870177450012600261;
                    let mut acc: u64 = P5;
                    for &item in items.iter() {
                        let lane = self.hash(item)? as u64;
                        acc = acc.wrapping_add(lane.wrapping_mul(P2));
                        acc = acc.rotate_left(31);
                        acc = acc.wrapping_mul(P1);
                    }
                    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
                    if acc == u64::MAX {
                        return Ok(1546275796);
                    }
                    Ok(acc as i64)
                }
                Obj::List(_) | Obj::Dict(_) | Obj::Slice(_) | Obj::Bytes(_) => {
                    let tn = self.type_name(v);
                    Err(self.type_error(format!("unhashable type: '{tn}'")))
                }
                Obj::Set(_) => self.set_hash(r),
                Obj::Instance(inst) => {
                    let cls = inst.class;
                    if let Some(native) = self.native_of(v) {
                        // Not overridden: the wrapped value's hash (an error,
                        // named after the subclass, for mutable values).
                        let mutable = matches!(native, Value::Obj(n)
                            if matches!(self.heap.get(n), Obj::List(_) | Obj::Dict(_))
                                || matches!(self.heap.get(n), Obj::Set(s) if !s.frozen));
                        let hash = self.names.hash;
                        if mutable && !self.overrides_before_native(cls, hash) {
                            let tn = self.type_name(v);
                            return Err(self.type_error(format!("unhashable type: '{tn}'")));
                        }
                        if let Some(Value::Int(h)) = self.native_dunder(v, hash, &[])? {
                            return Ok(h);
                        }
                    }
                    match self.lookup_class_attr(cls, self.names.hash) {
                        Some(Value::None) => {
                            let tn = self.type_name(v);
                            Err(self.type_error(format!("unhashable type: '{tn}'")))
                        }
                        Some(f) => {
                            let h = self.call_value(f, &[v])?;
                            self.hash_result(h)
                        }
                        None => Ok((r.0 as i64) << 4 | 1),
                    }
                }
                _ => Ok((r.0 as i64) << 4 | 1),
            },
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Value::Obj(r) = container {
            match self.heap.get(r) {
                Obj::Str(_) => {
                    return match item {
                        Value::Obj(i) => match self.str_contains(r, i) {
                            Some(found) => Ok(found),
                            None => {
                                let tn = self.type_name(item);
                                Err(self.type_error(format!("'in <string>' requires string as left operand, not {tn}")))
                            }
                        },
                        _ => {
                            let tn = self.type_name(item);
                            Err(self.type_error(format!("'in <string>' requires string as left operand, not {tn}")))
                        }
                    };
                }
                Obj::List(_) => return self.list_contains(r, item),
                Obj::Bytes(_) => return self.bytes_contains(r, item),
                Obj::Tuple(v) => {
                    let v = v.to_vec();
                    return self.seq_contains(&v, item);
                }
                Obj::Dict(_) => return Ok(self.dict_get(r, item)?.is_some()),
                Obj::Set(_) => return self.set_contains(r, item),
                Obj::DictView { dict, kind } => {
                    let (d, kind) = (*dict, *kind);
                    #[cfg(feature = "rare-methods")]
                    if kind != crate::runtime::object::DictViewKind::Values {
                        return self.view_contains(d, kind, item);
                    }
                    #[cfg(not(feature = "rare-methods"))]
                    if kind == crate::runtime::object::DictViewKind::Keys {
                        return Ok(self.dict_get(d, item)?.is_some());
                    }
                    let items = self.collect_iterable(container)?;
                    return self.seq_contains(&items, item);
                }
                Obj::Range { start, stop, step } => {
                    let (start, stop, step) = (*start, *stop, *step);
                    let i = match item {
                        Value::Int(i) => i,
                        Value::Bool(b) => b as i64,
                        _ => {
                            let items = self.collect_iterable(container)?;
                            return self.seq_contains(&items, item);
                        }
                    };
                    let inside = if step > 0 { i >= start && i < stop } else { i <= start && i > stop };
                    return Ok(inside && (i - start) % step == 0);
                }
                Obj::BigRange(r) => {
                    let BigRange { start, stop, step } = &**r;
                    if !self.is_int(item) {
                        return Ok(false);
                    }
                    #[cfg(not(feature = "big-int"))]
                    match *start {}
                    #[cfg(feature = "big-int")]
                    {
                        let i = self.as_num(item).and_then(|n| n.to_big().ok()).unwrap_or_default();
                        let inside = if num_traits::Signed::is_positive(step) {
                            &i >= start && &i < stop
                        } else {
                            &i <= start && &i > stop
                        };
                        let zero = crate::runtime::bigint::BigInt::from(0);
                        return Ok(inside && num_integer::Integer::mod_floor(&(&i - start), step) == zero);
                    }
                }
                Obj::Instance(_) => {
                    if let Some(r) = self.call_method_opt(container, self.names.contains, &[item])? {
                        return self.truthy(r);
                    }
                }
                Obj::Class(_) => {
                    if let Some(r) = self.class_protocol(container, "__ouro_class_contains__", &[item])? {
                        return self.truthy(r);
                    }
                }
                _ => {}
            }
        }
        let cls = self.class_of(container);
        let iterable = self.lookup_class_attr(cls, self.names.iter).is_some()
            || self.lookup_class_attr(cls, self.names.getitem).is_some()
            || self.native_of(container).is_some()
            || matches!(container, Value::Obj(r) if matches!(self.heap.get(r), Obj::Iter(_)));
        if !iterable {
            let tn = self.type_name(container);
            return Err(self.type_error(format!("argument of type '{tn}' is not iterable")));
        }
        let it = self.get_iter(container)?;
        self.temp_roots.push(it);
        let result = loop {
            match self.iter_next(it) {
                Ok(Some(v)) => match self.eq(v, item) {
                    Ok(true) => break Ok(true),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                },
                Ok(None) => break Ok(false),
                Err(e) => break Err(e),
            }
        };
        self.temp_roots.pop();
        result
    }

    /// `item in list`, as CPython scans it: by index over the live list (an
    /// `__eq__` that shrinks the list ends the scan early). Elements whose
    /// equality with `item` runs no Python code are compared in place.
    pub(crate) fn list_contains(&mut self, list: ObjRef, item: Value) -> PyResult<bool> {
        let Obj::List(items) = self.heap.get(list) else { return Ok(false) };
        let mut slow_from = None;
        for (i, &v) in items.iter().enumerate() {
            match self.simple_eq(v, item) {
                Some(true) => return Ok(true),
                Some(false) => {}
                None => {
                    slow_from = Some(i);
                    break;
                }
            }
        }
        let Some(mut i) = slow_from else { return Ok(false) };
        self.temp_roots.push(Value::Obj(list));
        let r = loop {
            let v = match self.heap.get(list) {
                Obj::List(items) => match items.get(i) {
                    Some(&v) => v,
                    None => break Ok(false),
                },
                _ => break Ok(false),
            };
            match self.eq(v, item) {
                Ok(true) => break Ok(true),
                Ok(false) => i += 1,
                Err(e) => break Err(e),
            }
        };
        self.temp_roots.pop();
        r
    }

    /// Membership by equality in a slice of values.
    pub fn seq_contains(&mut self, items: &[Value], item: Value) -> PyResult<bool> {
        for &v in items {
            if self.eq(v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// `h`, or -2 when it is -1 (CPython keeps -1 for "error").
fn non_error_hash(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}
