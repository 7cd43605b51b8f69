//! The built-in functions (`print`, `len`, `sorted`, ...).

use crate::builtins::{arg_at, args_from, no_kwargs_arity};
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::{arity, int_arg, kwargs, no_kwargs, sort::merge_sort};
use crate::bytecode::opcode::{BinaryOp, CompareOp};
use crate::runtime::num::Num;
use crate::runtime::object::{BigRange, BuiltinDef, IterState, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// Every built-in function.
pub static FUNCTIONS: &[BuiltinDef] = &[
    BuiltinDef { name: "print", func: print },
    BuiltinDef { name: "len", func: len },
    BuiltinDef { name: "repr", func: repr },
    BuiltinDef { name: "abs", func: abs },
    BuiltinDef { name: "min", func: min },
    BuiltinDef { name: "max", func: max },
    BuiltinDef { name: "sum", func: sum },
    BuiltinDef { name: "isinstance", func: isinstance },
    BuiltinDef { name: "issubclass", func: issubclass },
    BuiltinDef { name: "iter", func: iter },
    BuiltinDef { name: "next", func: builtin_next },
    BuiltinDef { name: "sorted", func: sorted },
    BuiltinDef { name: "reversed", func: reversed },
    BuiltinDef { name: "hash", func: hash },
    BuiltinDef { name: "ord", func: ord },
    BuiltinDef { name: "chr", func: chr },
    BuiltinDef { name: "divmod", func: divmod },
    BuiltinDef { name: "pow", func: pow },
    BuiltinDef { name: "round", func: round },
    BuiltinDef { name: "any", func: any },
    BuiltinDef { name: "all", func: all },
    BuiltinDef { name: "callable", func: callable },
    BuiltinDef { name: "id", func: id },
    BuiltinDef { name: "getattr", func: getattr },
    BuiltinDef { name: "setattr", func: setattr },
    BuiltinDef { name: "hasattr", func: hasattr },
    BuiltinDef { name: "delattr", func: delattr },
    BuiltinDef { name: "dir", func: dir },
    BuiltinDef { name: "globals", func: globals },
    BuiltinDef { name: "locals", func: locals },
    BuiltinDef { name: "vars", func: vars },
    BuiltinDef { name: "__import__", func: dunder_import },
    BuiltinDef { name: "format", func: super::format::builtin_format },
    BuiltinDef { name: "ascii", func: super::format::builtin_ascii },
    BuiltinDef { name: "hex", func: hex },
    BuiltinDef { name: "oct", func: oct },
    BuiltinDef { name: "bin", func: bin },
    BuiltinDef { name: "input", func: input },
];

/// `hex`/`oct`/`bin`: `-0x1f`-style text of any `__index__`-able value.
fn int_in_radix(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, radix: u32) -> PyResult<Value> {
    no_kwargs_arity(vm, name, args, kw, 1, 1)?;
    let n = super::modules::index_int(vm, arg_at(args, 0))?;
    let prefix = match radix {
        16 => "0x",
        8 => "0o",
        _ => "0b",
    };
    let (digits, neg) = match n {
        crate::runtime::int_ops::PyInt::Small(i) => {
            let m = i.unsigned_abs();
            let digits = match radix {
                16 => format!("{m:x}"),
                8 => format!("{m:o}"),
                _ => format!("{m:b}"),
            };
            (digits, i < 0)
        }
        crate::runtime::int_ops::PyInt::Big(b) => {
            (b.magnitude().to_str_radix(radix), b.sign() == crate::runtime::bigint::Sign::Minus)
        }
    };
    let sign = if neg { "-" } else { "" };
    Ok(vm.new_string(format!("{sign}{prefix}{digits}")))
}

fn hex(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    int_in_radix(vm, args, kw, "hex", 16)
}

fn oct(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    int_in_radix(vm, args, kw, "oct", 8)
}

fn bin(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    int_in_radix(vm, args, kw, "bin", 2)
}

/// `input(prompt='')`: writes the prompt, reads a line from the host
/// (without its newline); `EOFError` when the host has no more input.
fn input(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "input", args, kw, 0, 1)?;
    if let Some(&p) = args.first() {
        let text = vm.to_str(p)?;
        vm.host.write_stdout(&text);
    }
    match vm.host.read_line() {
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_string(line))
        }
        None => {
            let c = vm.exc.eof_error;
            Err(vm.new_exception(c, "EOF when reading a line"))
        }
    }
}

fn print(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [sep, end, file, flush] = kwargs(vm, "print", kw, ["sep", "end", "file", "flush"])?;
    let text_of = |vm: &mut Vm, v: Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(String::from(default)),
            Some(v) => match vm.as_str(v) {
                Some(s) => Ok(String::from(s)),
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.type_error(format!("{what} must be None or a string, not {tn}")))
                }
            },
        }
    };
    let sep = text_of(vm, sep, " ", "sep")?;
    let end = text_of(vm, end, "\n", "end")?;
    let file = match file {
        None | Some(Value::None) => super::modules::sys::current_stdout(vm),
        Some(f) => Some(f),
    };
    let stream = match file {
        // `sys.stdout` is None: print does nothing, as in CPython.
        Some(Value::None) => return Ok(Value::None),
        Some(f) if !super::modules::sys::is_host_stream(vm, f) => f,
        host => {
            let mut out = String::new();
            for (i, &a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                out.push_str(&vm.to_str(a)?);
            }
            out.push_str(&end);
            match host {
                Some(f) if super::modules::sys::is_stderr(vm, f) => vm.host.write_stderr(&out),
                _ => vm.host.write_stdout(&out),
            }
            return Ok(Value::None);
        }
    };
    // Any object with a `write` method receives each piece, as CPython's
    // `PyFile_WriteObject` calls do: the items, the separators, the end.
    vm.temp_roots.push(stream);
    let r = print_to(vm, stream, args, &sep, &end, flush);
    vm.temp_roots.pop();
    r
}

/// `print(..., file=stream)` for a stream that is not the host's.
fn print_to(vm: &mut Vm, stream: Value, args: &[Value], sep: &str, end: &str, flush: Option<Value>) -> PyResult<Value> {
    let write = vm.intern("write");
    let write = vm.get_attr(stream, write)?;
    vm.temp_roots.push(write);
    let r = (|| {
        for (i, &a) in args.iter().enumerate() {
            if i > 0 {
                let s = vm.new_str(sep);
                vm.call_value(write, &[s])?;
            }
            let s = vm.to_str(a)?;
            let s = vm.new_string(s);
            vm.call_value(write, &[s])?;
        }
        let s = vm.new_str(end);
        vm.call_value(write, &[s])?;
        if let Some(f) = flush {
            if vm.truthy(f)? {
                let name = vm.intern("flush");
                let fl = vm.get_attr(stream, name)?;
                vm.call_value(fl, &[])?;
            }
        }
        Ok(Value::None)
    })();
    vm.temp_roots.pop();
    r
}

/// `len(v)` as a usize.
pub fn len_of(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if let Value::Obj(r) = v {
        match vm.heap.get(r) {
            Obj::Str(s) => return Ok(s.char_len()),
            Obj::Bytes(b) => return Ok(b.data.len()),
            Obj::List(l) => return Ok(l.len()),
            Obj::Tuple(t) => return Ok(t.len()),
            Obj::Dict(d) => return Ok(d.len()),
            Obj::Set(s) => return Ok(s.table.len()),
            Obj::Range { start, stop, step } => {
                // range(-2**63, 2**63 - 1) has more items than an ssize_t holds.
                let n = super::range_len(*start, *stop, *step);
                return match i64::try_from(n) {
                    Ok(_) => Ok(n),
                    Err(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
                };
            }
            Obj::BigRange(r) => {
                let BigRange { start, stop, step } = &**r;
                let n = super::big_range_len(start, stop, step);
                return match num_traits::ToPrimitive::to_i64(&n) {
                    Some(n) => Ok(n as usize),
                    None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
                };
            }
            Obj::DictView { dict, .. } => {
                if let Obj::Dict(d) = vm.heap.get(*dict) {
                    return Ok(d.len());
                }
            }
            Obj::Instance(_) => {
                if let Some(r) = vm.call_method_opt(v, vm.names.len, &[])? {
                    return vm.len_result(r);
                }
            }
            Obj::Class(_) => {
                if let Some(r) = vm.class_protocol(v, "__ouro_class_len__", &[])? {
                    return vm.len_result(r);
                }
            }
            _ => {}
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("object of type '{tn}' has no len()")))
}

fn len(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "len", args, kw, 1, 1)?;
    Ok(Value::Int(len_of(vm, arg_at(args, 0))? as i64))
}

fn repr(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "repr", args, kw, 1, 1)?;
    let s = vm.repr(arg_at(args, 0))?;
    Ok(vm.new_string(s))
}

fn abs(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "abs", args, kw, 1, 1)?;
    match vm.as_num(arg_at(args, 0)) {
        Some(Num::Small(i)) => match i.checked_abs() {
            Some(a) => Ok(Value::Int(a)),
            None => vm.new_int_i128(-i128::from(i)),
        },
        Some(Num::Big(b)) => Ok(vm.new_bigint(if b.sign() == crate::runtime::bigint::Sign::Minus { -b } else { b })),
        Some(Num::Float(f)) => Ok(Value::Float(f.abs())),
        None => {
            #[cfg(not(feature = "complex"))]
            if vm.as_complex(arg_at(args, 0)).is_some() {
                return Err(vm.missing_feature("abs() of a complex", "complex"));
            }
            #[cfg(feature = "complex")]
            if let Some(z) = vm.as_complex(arg_at(args, 0)) {
                return z.abs().map(Value::Float).map_err(|e| vm.complex_error(e));
            }
            if let Some(r) = vm.call_method_opt(arg_at(args, 0), vm.names.abs, &[])? {
                return Ok(r);
            }
            let tn = vm.type_name(arg_at(args, 0));
            Err(vm.type_error(format!("bad operand type for abs(): '{tn}'")))
        }
    }
}

fn min_max(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, op: CompareOp) -> PyResult<Value> {
    let [key, default] = kwargs(vm, name, kw, ["key", "default"])?;
    let key = key.filter(|k| !matches!(k, Value::None));
    let items = match args.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect_iterable(arg_at(args, 0))?,
        _ => {
            if default.is_some() {
                return Err(
                    vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments"))
                );
            }
            args.to_vec()
        }
    };
    let Some((&first, rest)) = items.split_first() else {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    };
    let holder = vm.new_list(items.clone());
    vm.temp_roots.push(holder);
    let result = (|| {
        let mut best = first;
        let mut best_key = match key {
            Some(k) => vm.call_value(k, &[best])?,
            None => best,
        };
        vm.temp_roots.push(best_key);
        for &it in rest {
            let k = match key {
                Some(kf) => {
                    let k = vm.call_value(kf, &[it])?;
                    vm.temp_roots.push(k);
                    k
                }
                None => it,
            };
            let better = match (k, best_key) {
                (Value::Int(a), Value::Int(b)) => (a < b) == (op == CompareOp::Lt) && a != b,
                _ => vm.compare_bool(op, k, best_key)?,
            };
            if better {
                best = it;
                best_key = k;
            }
        }
        Ok(best)
    })();
    vm.temp_roots.truncate(vm.temp_roots.iter().rposition(|v| v.is(holder)).unwrap_or(0));
    result
}

fn min(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    min_max(vm, args, kw, "min", CompareOp::Lt)
}

fn max(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    min_max(vm, args, kw, "max", CompareOp::Gt)
}

fn sum(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [start] = kwargs(vm, "sum", kw, ["start"])?;
    arity(vm, "sum", args, 1, 2)?;
    let mut acc = args.get(1).copied().or(start).unwrap_or(Value::Int(0));
    if vm.as_str(acc).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if vm.is_generator(arg_at(args, 0)) {
        if let Some(r) = vm.run_python_loop(crate::builtins::PythonLoop::Sum, &[arg_at(args, 0), acc]) {
            return r;
        }
    }
    // A list or tuple is read by index: no iterator object, no dispatch on
    // the iterator's kind per item.
    let seq = vm.as_list_or_tuple(arg_at(args, 0));
    let it = match seq {
        Some(_) => arg_at(args, 0),
        None => vm.get_iter(arg_at(args, 0))?,
    };
    // The iterator and the total so far stay rooted: the next item may run
    // Python code (a generator, `__add__`) that collects.
    let roots = vm.temp_roots.len();
    vm.temp_roots.push(it);
    vm.temp_roots.push(acc);
    let result = (|| {
        let mut index = 0;
        if let Some(seq) = seq {
            (acc, index) = sum_numbers(vm, seq, acc);
            vm.bulk_ticks(index)?;
        }
        loop {
            let item = match seq {
                Some(seq) => {
                    vm.bulk_tick()?;
                    index += 1;
                    vm.seq_item(seq, index - 1)
                }
                None => vm.iter_next(it)?,
            };
            let Some(v) = item else { return Ok(acc) };
            acc = match (acc, v) {
                (Value::Int(a), Value::Int(b)) if a.checked_add(b).is_some() => Value::Int(a + b),
                (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
                _ => vm.binary_op(BinaryOp::Add, acc, v, false)?,
            };
            if let Some(root) = vm.temp_roots.get_mut(roots + 1) {
                *root = acc;
            }
        }
    })();
    vm.temp_roots.truncate(roots);
    result
}

/// `sum`'s fast start on a list or tuple: adds items while both the total
/// and the item are small ints (without overflow) or both floats, which runs
/// no Python code. Returns the total and the index of the first item left
/// for the general loop.
fn sum_numbers(vm: &Vm, seq: ObjRef, mut acc: Value) -> (Value, usize) {
    let items: &[Value] = match vm.heap.get(seq) {
        Obj::List(items) | Obj::Tuple(items) => items,
        _ => return (acc, 0),
    };
    for (i, &v) in items.iter().enumerate() {
        acc = match (acc, v) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(b) {
                Some(total) => Value::Int(total),
                None => return (acc, i),
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => return (acc, i),
        };
    }
    (acc, items.len())
}

/// The classes `isinstance`/`issubclass` (`fname`) test against, a tuple
/// flattened; objects among them whose type answers the test itself (its
/// `__instancecheck__`/`__subclasscheck__`: a `types.UnionType`) go to
/// `checkers`.
fn class_or_tuple(vm: &mut Vm, v: Value, fname: &str, checkers: &mut Vec<Value>) -> PyResult<Vec<ObjRef>> {
    if let Value::Obj(r) = v {
        match vm.heap.get(r) {
            Obj::Class(_) => return Ok(vec![r]),
            Obj::Tuple(items) => {
                let items = items.to_vec();
                let mut out = Vec::new();
                for it in items {
                    out.extend(class_or_tuple(vm, it, fname, checkers)?);
                }
                return Ok(out);
            }
            Obj::Instance(i) => {
                let class = i.class;
                let hook = vm.intern(if fname == "isinstance" { "__instancecheck__" } else { "__subclasscheck__" });
                if vm.lookup_class_attr(class, hook).is_some() {
                    checkers.push(v);
                    return Ok(Vec::new());
                }
            }
            _ => {}
        }
    }
    Err(vm.type_error(format!("{fname}() arg 2 must be a type, a tuple of types, or a union")))
}

/// Whether one of `checkers` (see `class_or_tuple`) says yes to `x`.
fn checkers_accept(vm: &mut Vm, x: Value, checkers: &[Value], instance: bool) -> PyResult<bool> {
    let hook = vm.intern(if instance { "__instancecheck__" } else { "__subclasscheck__" });
    for &c in checkers {
        let r = vm.call_method_opt(c, hook, &[x])?.unwrap_or(Value::Bool(false));
        if vm.truthy(r)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn isinstance(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "isinstance", args, kw, 2, 2)?;
    let mut checkers = Vec::new();
    let classes = class_or_tuple(vm, arg_at(args, 1), "isinstance", &mut checkers)?;
    if classes.iter().any(|&c| vm.isinstance(arg_at(args, 0), c))
        || class_attr_isinstance(vm, arg_at(args, 0), &classes)?
        || checkers_accept(vm, arg_at(args, 0), &checkers, true)?
    {
        return Ok(Value::Bool(true));
    }
    abc_check(vm, arg_at(args, 0), &classes, true)
}

/// `isinstance`'s second look, as CPython's: an instance whose class
/// overrides `__class__` (as a mock with a spec does) is also an
/// instance of the class that attribute gives.
fn class_attr_isinstance(vm: &mut Vm, x: Value, classes: &[ObjRef]) -> PyResult<bool> {
    if !vm.overrides_class_attr(x) {
        return Ok(false);
    }
    let name = vm.names.class;
    let Some(Value::Obj(k)) = vm.get_attr_opt(x, name)? else { return Ok(false) };
    if k == vm.class_of(x) || !matches!(vm.heap.get(k), Obj::Class(_)) {
        return Ok(false);
    }
    Ok(classes.iter().any(|&c| vm.is_subclass(k, c)))
}

/// The standard library's abstract base classes (`collections.abc`)
/// answer `isinstance`/`issubclass` for classes that do not inherit from
/// them through a classmethod `__ouro_subclasscheck__(cls, subclass)`,
/// which stands for `ABCMeta.__subclasscheck__` until metaclasses exist.
fn abc_subclass_check(vm: &mut Vm, sub: ObjRef, classes: &[ObjRef]) -> PyResult<Value> {
    abc_check(vm, Value::Obj(sub), classes, false)
}

/// The hooks for `isinstance(x, C)` (`instance`) or `issubclass(x, C)`:
/// the metaclass's `__instancecheck__`/`__subclasscheck__`, else
/// `__ouro_instancecheck__` with `x` (for `isinstance`, where `C` has it),
/// else `__ouro_subclasscheck__` with `x`'s class.
fn abc_check(vm: &mut Vm, x: Value, classes: &[ObjRef], instance: bool) -> PyResult<Value> {
    let hook = vm.names.ouro_subclasscheck;
    for &c in classes {
        if vm.class_hooks(c) & crate::runtime::object::HOOK_SUBCLASSCHECK == 0 {
            continue;
        }
        let suffix = if instance { "_instancecheck__" } else { "_subclasscheck__" };
        let r = match vm.meta_dunder(c, suffix) {
            Some(f) => vm.call_value(f, &[x])?,
            None => {
                // (typing.Protocol checks an instance's own attributes.)
                let instance_hook = match instance {
                    true => {
                        let name = vm.intern("__ouro_instancecheck__");
                        vm.get_attr_opt(Value::Obj(c), name)?
                    }
                    false => None,
                };
                match instance_hook {
                    Some(f) => vm.call_value(f, &[x])?,
                    None => {
                        let sub = if instance { Value::Obj(vm.class_of(x)) } else { x };
                        let Some(f) = vm.get_attr_opt(Value::Obj(c), hook)? else { continue };
                        vm.call_value(f, &[sub])?
                    }
                }
            }
        };
        if vm.truthy(r)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn issubclass(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "issubclass", args, kw, 2, 2)?;
    let Value::Obj(c) = arg_at(args, 0) else { return Err(vm.type_error("issubclass() arg 1 must be a class")) };
    if !matches!(vm.heap.get(c), Obj::Class(_)) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let mut checkers = Vec::new();
    let classes = class_or_tuple(vm, arg_at(args, 1), "issubclass", &mut checkers)?;
    if classes.iter().any(|&b| vm.is_subclass(c, b)) || checkers_accept(vm, Value::Obj(c), &checkers, false)? {
        return Ok(Value::Bool(true));
    }
    abc_subclass_check(vm, c, &classes)
}

pub(crate) fn iter(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "iter", args, kw, 1, 1)?;
    vm.get_iter(arg_at(args, 0))
}

pub(crate) fn builtin_next(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "next", args, kw, 1, 2)?;
    let it = arg_at(args, 0);
    let is_iter = match it {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Iter(_) | Obj::Generator(_) => true,
            Obj::Instance(i) => vm.lookup_class_attr(i.class, vm.names.next).is_some(),
            _ => false,
        },
        _ => false,
    };
    if !is_iter {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(&d) => Ok(d),
            None => {
                let resumable = vm.as_generator(it).is_some()
                    || matches!(it, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Iter(IterState::AsyncGenOp { .. })));
                let ret = if resumable { vm.gen_return_value } else { Value::None };
                Err(vm.stop_iteration_with(ret))
            }
        },
    }
}

pub(super) fn enumerate(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [start_kw] = kwargs(vm, "enumerate", kw, ["start"])?;
    arity(vm, "enumerate", args, 1, 2)?;
    let start = args.get(1).copied().or(start_kw).unwrap_or(Value::Int(0));
    if !vm.is_int(start) {
        return Err(vm.not_integer_error(start));
    }
    let inner = vm.get_iter(arg_at(args, 0))?;
    Ok(Value::Obj(vm.heap.alloc(Obj::Iter(IterState::Enumerate { iter: inner, count: start }))))
}

pub(super) fn zip(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [strict] = kwargs(vm, "zip", kw, ["strict"])?;
    let strict = match strict {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut iters = Vec::with_capacity(args.len());
    for &a in args {
        let it = vm.get_iter(a)?;
        iters.push(it);
        vm.temp_roots.push(it);
    }
    vm.temp_roots.truncate(vm.temp_roots.len() - iters.len());
    Ok(Value::Obj(vm.heap.alloc(Obj::Iter(IterState::Zip { iters, strict }))))
}

pub(super) fn map(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "map", kw)?;
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(args.len() - 1);
    let holder = vm.new_list(Vec::new());
    vm.temp_roots.push(holder);
    for &a in args_from(args, 1) {
        match vm.get_iter(a) {
            Ok(it) => {
                iters.push(it);
                if let Value::Obj(h) = holder {
                    if let Obj::List(l) = vm.heap.get_mut(h) {
                        l.push(it);
                    }
                }
            }
            Err(e) => {
                vm.temp_roots.pop();
                return Err(e);
            }
        }
    }
    vm.temp_roots.pop();
    Ok(Value::Obj(vm.heap.alloc(Obj::Iter(IterState::Map { func: arg_at(args, 0), iters }))))
}

pub(super) fn filter(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "filter", kw)?;
    if args.len() != 2 {
        let n = args.len();
        return Err(vm.type_error(format!("filter expected 2 arguments, got {n}")));
    }
    let it = vm.get_iter(arg_at(args, 1))?;
    Ok(Value::Obj(vm.heap.alloc(Obj::Iter(IterState::Filter { func: arg_at(args, 0), iter: it }))))
}

fn dir(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "dir", args, kw, 0, 1)?;
    if let Some(&v) = args.first() {
        if let Some(listing) = own_dir(vm, v)? {
            return sorted(vm, &[listing], &[]);
        }
    }
    default_dir(vm, args.first().copied())
}

/// `dir()` (the caller's names) or `dir(v)` without `v`'s own `__dir__`
/// (also `object.__dir__`): a sorted list of strs.
pub(crate) fn default_dir(vm: &mut Vm, v: Option<Value>) -> PyResult<Value> {
    let mut dicts: Vec<ObjRef> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    match v {
        None => {
            if let Some(f) = vm.frames.last() {
                dicts.push(f.locals_dict.unwrap_or(f.globals));
                if f.locals_dict.is_none() {
                    let code = f.code.clone();
                    for (i, &n) in code.varnames.iter().enumerate() {
                        if !vm.stack.get(f.base + i).is_none_or(|v| v.is_null()) {
                            names.push(vm.str_text(n));
                        }
                    }
                    dicts.clear();
                }
            }
        }
        Some(v) => {
            if let Value::Obj(r) = v {
                match vm.heap.get(r) {
                    Obj::Module { dict, .. } => dicts.push(*dict),
                    Obj::Instance(inst) => {
                        names.extend(vm.shapes.names(inst.shape).to_vec().into_iter().map(|n| vm.str_text(n)));
                    }
                    _ => {}
                }
            }
            let cls = match v {
                Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => r,
                _ => vm.class_of(v),
            };
            let is_module = matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Module { .. }));
            if !is_module {
                if let Obj::Class(c) = vm.heap.get(cls) {
                    for &k in &c.mro {
                        if let Obj::Class(kc) = vm.heap.get(k) {
                            dicts.push(kc.dict);
                        }
                    }
                }
                #[cfg(feature = "rare-methods")]
                {
                    let is_class = v == Value::Obj(cls);
                    collect_dict_names(vm, &dicts, &mut names);
                    dicts.clear();
                    hidden_attr_names(vm, v, cls, is_class, &mut names);
                }
            }
        }
    }
    collect_dict_names(vm, &dicts, &mut names);
    // The VM's own merge sort (core's sorts would add about 4 KB of code to
    // a firmware image for this one use).
    // (Without the VM's own protocol names, `__ouro_*__`: CPython has none.)
    let mut sorted: Vec<&str> = names.iter().map(String::as_str).filter(|n| !n.starts_with("__ouro_")).collect();
    merge_sort(&mut sorted, &mut |a, b| Ok(a < b))?;
    sorted.dedup();
    let vals: Vec<Value> = sorted.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(vals))
}

/// The str keys of `dicts`, appended to `names`.
fn collect_dict_names(vm: &mut Vm, dicts: &[ObjRef], names: &mut Vec<String>) {
    for &d in dicts {
        if let Obj::Dict(dd) = vm.heap.get(d) {
            let keys: Vec<Value> = dd.iter().map(|e| e.key).collect();
            names.extend(keys.into_iter().filter_map(|k| vm.as_str(k).map(String::from)));
        }
    }
}

/// Attributes of built-in values that CPython's `dir()` finds in its
/// types' dicts but ouro computes on access: checked one by one on the
/// value (`dir(5)` lists `real`, `dir(e)` an exception's `args`).
#[cfg(feature = "rare-methods")]
const COMPUTED_ATTRS: &[&str] = &[
    "__dict__",
    "__doc__",
    "__name__",
    "__qualname__",
    "__module__",
    "__self__",
    "__func__",
    "__call__",
    "__code__",
    "__defaults__",
    "__kwdefaults__",
    "__globals__",
    "__closure__",
    "__annotations__",
    "__getnewargs__",
    "__class_getitem__",
    "__length_hint__",
    "__complex__",
    "__bytes__",
    "__text_signature__",
    "__cause__",
    "__context__",
    "__suppress_context__",
    "__traceback__",
    "args",
    "real",
    "imag",
    "numerator",
    "denominator",
    "start",
    "stop",
    "step",
    "gi_code",
    "gi_frame",
    "gi_running",
    "gi_suspended",
    "gi_yieldfrom",
];

/// The attributes `dir(v)` lists beyond the class dicts: `__class__`,
/// the built-in dunders of `cls` (from the dunder table), `__dict__` and
/// `__weakref__` of a Python class without `__slots__`, and, for a value
/// whose class hooks no attribute access, the computed attributes it
/// has.
#[cfg(feature = "rare-methods")]
fn hidden_attr_names(vm: &mut Vm, v: Value, cls: ObjRef, is_class: bool, names: &mut Vec<String>) {
    use crate::runtime::object::{Layout, HOOK_GETATTR, HOOK_GETATTRIBUTE};
    names.push(String::from("__class__"));
    names.extend(vm.builtin_dunder_names(cls).map(String::from));
    let (module, slots) = (vm.intern("__module__"), vm.intern("__slots__"));
    let mro = match vm.heap.get(cls) {
        Obj::Class(c) => c.mro.to_vec(),
        _ => Vec::new(),
    };
    let python_class_with_dict = mro.iter().any(|&k| match vm.heap.get(k) {
        Obj::Class(c) => {
            let d = c.dict;
            vm.dict_get_str(d, module).is_some() && vm.dict_get_str(d, slots).is_none() && c.layout != Layout::Native
        }
        _ => false,
    });
    if python_class_with_dict {
        names.extend(["__dict__", "__weakref__"].map(String::from));
    }
    // Slots are descriptors in CPython's class dicts (private names
    // mangled with the class's name).
    for &k in &mro {
        let Obj::Class(c) = vm.heap.get(k) else { continue };
        let dict = c.dict;
        let class_name = String::from(vm.class_name(k).trim_start_matches('_'));
        let declared = match vm.dict_get_str(dict, slots) {
            Some(v) if vm.as_str(v).is_some() => alloc::vec![v],
            Some(v) => vm.collect_iterable(v).unwrap_or_default(),
            None => continue,
        };
        for v in declared {
            let Some(name) = vm.as_str(v) else { continue };
            if name == "__dict__" || name == "__weakref__" {
                continue;
            }
            names.push(match name.starts_with("__") && !name.ends_with("__") && !class_name.is_empty() {
                true => format!("_{class_name}{name}"),
                false => String::from(name),
            });
        }
    }
    let hooked = matches!(vm.heap.get(cls), Obj::Class(c) if c.hooks & (HOOK_GETATTR | HOOK_GETATTRIBUTE) != 0);
    if is_class || hooked {
        return;
    }
    for &name in COMPUTED_ATTRS {
        if names.iter().any(|n| n == name) {
            continue;
        }
        let key = vm.intern(name);
        if vm.get_attr(v, key).is_ok() {
            names.push(String::from(name));
        }
    }
}

/// What `v`'s own `__dir__` lists (a module's, PEP 562, or one a Python
/// class defines), for `dir(v)` to sort; `None` when it has none.
fn own_dir(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let Value::Obj(r) = v else { return Ok(None) };
    let name = vm.intern("__dir__");
    let hook = match *vm.heap.get(r) {
        Obj::Module { dict, .. } => vm.dict_get_str(dict, name),
        Obj::Instance(ref inst) => {
            // (`object.__dir__`, a built-in, is the default listing.)
            let class = inst.class;
            match vm.lookup_class_attr(class, name) {
                Some(Value::Obj(f)) if matches!(vm.heap.get(f), Obj::Builtin { .. }) => None,
                Some(_) => Some(vm.get_attr(v, name)?),
                None => None,
            }
        }
        _ => None,
    };
    match hook {
        Some(f) => vm.call_value(f, &[]).map(Some),
        None => Ok(None),
    }
}

fn globals(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "globals", args, kw, 0, 0)?;
    match vm.frames.last() {
        Some(f) => Ok(Value::Obj(f.globals)),
        None => Ok(Value::None),
    }
}

/// The calling frame's local variables as a dict (a snapshot for functions).
pub(crate) fn locals_dict(vm: &mut Vm) -> PyResult<Value> {
    match vm.frames.len().checked_sub(1) {
        Some(top) => frame_locals_dict(vm, top),
        None => Ok(Value::None),
    }
}

/// The local variables of the frame at `index` of the frame stack as a
/// dict (a snapshot for functions; a module or class body's namespace).
pub(crate) fn frame_locals_dict(vm: &mut Vm, index: usize) -> PyResult<Value> {
    let Some(f) = vm.frames.get(index) else { return Ok(Value::None) };
    if let Some(d) = f.locals_dict {
        return Ok(Value::Obj(d));
    }
    let (code, base) = (f.code.clone(), f.base);
    let d = vm.new_dict_obj();
    vm.temp_roots.push(Value::Obj(d));
    let filled = fill_locals(vm, d, &code, base);
    vm.temp_roots.pop();
    filled.map(|()| Value::Obj(d))
}

/// Stores the fast locals of a function frame whose locals start at
/// `base` of the value stack (cells read through, unbound ones and hidden
/// names left out) into the dict `d`.
fn fill_locals(vm: &mut Vm, d: ObjRef, code: &crate::interp::code::CodeObject, base: usize) -> PyResult<()> {
    for (i, &name) in code.varnames.iter().enumerate() {
        let mut v = vm.stack.get(base + i).copied().unwrap_or(Value::Null);
        if let Value::Obj(c) = v {
            if let Obj::Cell(inner) = vm.heap.get(c) {
                v = *inner;
            }
        }
        if v.is_null() || vm.str_text(name).starts_with('.') {
            continue;
        }
        vm.dict_set_str(d, name, v)?;
    }
    Ok(())
}

fn locals(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "locals", args, kw, 0, 0)?;
    locals_dict(vm)
}

fn vars(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "vars", args, kw, 0, 1)?;
    let Some(&obj) = args.first() else { return locals_dict(vm) };
    let dict_name = vm.names.dict_;
    match vm.get_attr_opt(obj, dict_name)? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dunder_import(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [name_kw, _g, _l, fromlist_kw, level_kw] =
        kwargs(vm, "__import__", kw, ["name", "globals", "locals", "fromlist", "level"])?;
    let Some(name) = args.first().copied().or(name_kw) else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let Some(text) = vm.as_str(name).map(String::from) else {
        return Err(vm.type_error("module name must be a string"));
    };
    if text.is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let fromlist = args.get(3).copied().or(fromlist_kw).unwrap_or(Value::None);
    let fromlist = if matches!(fromlist, Value::None) || !vm.truthy(fromlist)? { Value::None } else { fromlist };
    let level = args.get(4).copied().or(level_kw).unwrap_or(Value::Int(0));
    let name_ref = vm.intern(&text);
    vm.import_name(name_ref, fromlist, level)
}

/// Sorts values in place by `key` (or themselves), stably, with `reverse`.
pub fn sort_values(vm: &mut Vm, items: &mut [Value], key: Option<Value>, reverse: bool) -> PyResult<()> {
    // Keys and an index per item; about n log n comparisons, charged first.
    let n = items.len();
    vm.reserve(n.saturating_mul(core::mem::size_of::<Value>() + core::mem::size_of::<usize>()))?;
    vm.charge_work(n.saturating_mul(n.max(1).ilog2() as usize + 1))?;
    // A Python key function is called from a Python-written loop under a
    // JIT, which records the calls inline.
    let python_keys = match key {
        Some(k) if vm.is_python_function(k) => {
            let list = vm.new_list(items.to_vec());
            vm.temp_roots.push(list);
            let keys = vm.collect_with_python_loop(crate::builtins::PythonLoop::ExtendMap, &[k, list]);
            vm.temp_roots.pop();
            keys.transpose()?
        }
        _ => None,
    };
    if let Some(keys) = &python_keys {
        // (Rooted while sorting compares them.)
        let holder = vm.new_list(keys.clone());
        vm.temp_roots.push(holder);
    }
    let keys: Vec<Value> = match key {
        _ if python_keys.is_some() => python_keys.unwrap_or_default(),
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            let holder = vm.new_list(Vec::new());
            vm.temp_roots.push(holder);
            for &it in items.iter() {
                let kv = vm.call_value(k, &[it]);
                let kv = match kv {
                    Ok(kv) => kv,
                    Err(e) => {
                        vm.temp_roots.pop();
                        return Err(e);
                    }
                };
                if let Value::Obj(h) = holder {
                    if let Obj::List(l) = vm.heap.get_mut(h) {
                        l.push(kv);
                    }
                }
                ks.push(kv);
            }
            vm.temp_roots.pop();
            vm.temp_roots.push(holder);
            ks
        }
        None => items.to_vec(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    // Reverse keeps stability: reverse, stable sort, reverse again.
    if reverse {
        idx.reverse();
    }
    let all_int = keys.iter().all(|k| matches!(k, Value::Int(_)));
    let result = if all_int {
        let mut less = |a: usize, b: usize| -> PyResult<bool> {
            Ok(matches!((keys.get(a), keys.get(b)), (Some(Value::Int(x)), Some(Value::Int(y))) if x < y))
        };
        merge_sort(&mut idx, &mut less)
    } else {
        let mut less = |a: usize, b: usize| -> PyResult<bool> {
            let key = |i: usize| keys.get(i).copied().unwrap_or(Value::None);
            vm.compare_bool(CompareOp::Lt, key(a), key(b))
        };
        merge_sort(&mut idx, &mut less)
    };
    if key.is_some() {
        vm.temp_roots.pop();
    }
    result?;
    if reverse {
        idx.reverse();
    }
    // `idx` is a permutation of `0..items.len()`.
    let sorted: Vec<Value> = idx.iter().map(|&i| items.get(i).copied().unwrap_or(Value::None)).collect();
    for (slot, v) in items.iter_mut().zip(sorted) {
        *slot = v;
    }
    Ok(())
}

fn sorted(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [key, reverse] = kwargs(vm, "sorted", kw, ["key", "reverse"])?;
    if args.len() != 1 {
        let n = args.len();
        return Err(vm.type_error(format!("sorted expected 1 argument, got {n}")));
    }
    let mut items = vm.collect_iterable(arg_at(args, 0))?;
    let list = vm.new_list(Vec::new());
    vm.temp_roots.push(list);
    if let Value::Obj(l) = list {
        if let Obj::List(v) = vm.heap.get_mut(l) {
            v.extend_from_slice(&items);
        }
    }
    let reverse = match reverse {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let key = key.filter(|k| !matches!(k, Value::None));
    let r = sort_values(vm, &mut items, key, reverse);
    vm.temp_roots.pop();
    r?;
    if let Value::Obj(l) = list {
        if let Obj::List(v) = vm.heap.get_mut(l) {
            *v = items.into();
        }
    }
    Ok(list)
}

pub(crate) fn reversed(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "reversed", args, kw, 1, 1)?;
    let v = arg_at(args, 0);
    if let Value::Obj(r) = v {
        let state = match vm.heap.get(r) {
            Obj::List(l) => Some(IterState::SeqReverse { seq: r, remaining: l.len() }),
            Obj::Tuple(t) => Some(IterState::SeqReverse { seq: r, remaining: t.len() }),
            Obj::Str(s) => Some(IterState::SeqReverse { seq: r, remaining: s.char_len() }),
            Obj::Bytes(b) => Some(IterState::SeqReverse { seq: r, remaining: b.data.len() }),
            Obj::Range { start, stop, step } => {
                let n = super::range_len(*start, *stop, *step);
                let last = start + (n as i64 - 1) * step;
                Some(IterState::Range { next: last, remaining: n as u64, step: -step })
            }
            o if matches!(o, Obj::Dict(_)) || (cfg!(feature = "rare-methods") && matches!(o, Obj::DictView { .. })) => {
                let keys = vm.collect_iterable(v)?;
                let list = vm.new_list(keys);
                let n = match list {
                    Value::Obj(l) => match vm.heap.get(l) {
                        Obj::List(k) => k.len(),
                        _ => 0,
                    },
                    _ => 0,
                };
                Some(IterState::SeqReverse { seq: list.as_obj().unwrap_or(r), remaining: n })
            }
            Obj::Instance(_) => {
                let rev = vm.intern("__reversed__");
                if let Some(res) = vm.call_method_opt(v, rev, &[])? {
                    return Ok(res);
                }
                let items = vm.collect_iterable(v)?;
                let n = items.len();
                let list = vm.new_list(items);
                Some(IterState::SeqReverse { seq: list.as_obj().unwrap_or(r), remaining: n })
            }
            _ => None,
        };
        if let Some(state) = state {
            return Ok(Value::Obj(vm.heap.alloc(Obj::Iter(state))));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("'{tn}' object is not reversible")))
}

fn hash(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "hash", args, kw, 1, 1)?;
    Ok(Value::Int(vm.hash(arg_at(args, 0))?))
}

fn ord(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "ord", args, kw, 1, 1)?;
    match vm.as_str(arg_at(args, 0)) {
        Some(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => {
                    let n = s.chars().count();
                    Err(vm.type_error(format!("ord() expected a character, but string of length {n} found")))
                }
            }
        }
        None => {
            // With the `bytes` feature a bytes or bytearray of length 1 gives its byte.
            #[cfg(feature = "bytes")]
            if let Some(r) = super::bytes::ord_bytes(vm, arg_at(args, 0)) {
                return r;
            }
            let tn = vm.type_name(arg_at(args, 0));
            Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
        }
    }
}

fn chr(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "chr", args, kw, 1, 1)?;
    let i = int_arg(vm, arg_at(args, 0))?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut buf = [0u8; 4];
            Ok(vm.new_str(c.encode_utf8(&mut buf)))
        }
        None if (0xD800..0xE000).contains(&i) => Err(vm.value_error("surrogate code points are not supported")),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn divmod(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "divmod", args, kw, 2, 2)?;
    let (a, b) = (arg_at(args, 0), arg_at(args, 1));
    if let (Some(Num::Float(_)), Some(_)) | (Some(_), Some(Num::Float(_))) = (vm.as_num(a), vm.as_num(b)) {
        let (x, y) = (vm.as_num(a).and_then(|n| n.to_f64().ok()), vm.as_num(b).and_then(|n| n.to_f64().ok()));
        if let (Some(x), Some(y)) = (x, y) {
            let (q, m) = match crate::runtime::int_ops::float_divmod(x, y) {
                Ok(r) => r,
                Err(e) => return Err(vm.num_error(e.into())),
            };
            return Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(m)]));
        }
    }
    if vm.as_num(a).is_none() || vm.as_num(b).is_none() {
        // The binary-operator protocol: `a.__divmod__(b)`, then
        // `b.__rdivmod__(a)` (first when b's class is a proper subclass
        // of a's), skipping NotImplemented.
        let fwd = vm.intern("__divmod__");
        let refl = vm.intern("__rdivmod__");
        let ni = vm.not_implemented();
        let (ca, cb) = (vm.class_of(a), vm.class_of(b));
        let b_first = ca != cb && vm.is_instance_value(b) && vm.is_subclass(cb, ca);
        let mut order = [(a, fwd, b), (b, refl, a)];
        if b_first {
            order.swap(0, 1);
        }
        for (i, (x, name, y)) in order.into_iter().enumerate() {
            if !vm.is_instance_value(x) || (i == 1 && ca == cb) {
                continue;
            }
            if let Some(r) = vm.call_method_opt(x, name, &[y])? {
                if !r.is(ni) {
                    return Ok(r);
                }
            }
        }
        let (ta, tb) = (vm.type_name(a), vm.type_name(b));
        return Err(vm.type_error(format!("unsupported operand type(s) for divmod(): '{ta}' and '{tb}'")));
    }
    let q = vm.binary_op(BinaryOp::FloorDiv, a, b, false)?;
    let m = vm.binary_op(BinaryOp::Mod, a, b, false)?;
    Ok(vm.new_tuple(vec![q, m]))
}

fn pow(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [base_kw, exp_kw, mod_kw] = kwargs(vm, "pow", kw, ["base", "exp", "mod"])?;
    let base = args.first().copied().or(base_kw);
    let exp = args.get(1).copied().or(exp_kw);
    let modulus = args.get(2).copied().or(mod_kw).filter(|m| !matches!(m, Value::None));
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    match modulus {
        None => vm.binary_op(BinaryOp::Pow, base, exp, false),
        Some(m) => {
            if [base, exp, m].iter().any(|&v| vm.as_complex(v).is_some()) {
                return Err(vm.value_error("complex modulo"));
            }
            if !(vm.is_int(base) && vm.is_int(exp) && vm.is_int(m)) {
                return ternary_pow_other(vm, base, exp, m);
            }
            if let (Some(b), Some(e), Some(md)) = (vm.to_i64(base), vm.to_i64(exp), vm.to_i64(m)) {
                return match crate::runtime::int_ops::pow_mod_i64(b, e, md) {
                    Ok(r) => Ok(Value::Int(r)),
                    Err(e) => Err(vm.num_error(e.into())),
                };
            }
            let big = |v: Value| match vm.as_num(v) {
                Some(n) => n.to_big(),
                None => Err(crate::runtime::num::NumErr::Value("pow() arguments must be integers")),
            };
            let (b, e, md) = match (big(base), big(exp), big(m)) {
                (Ok(b), Ok(e), Ok(md)) => (b, e, md),
                (Err(e), ..) | (_, Err(e), _) | (.., Err(e)) => return Err(vm.num_error(e)),
            };
            match crate::runtime::int_ops::pow_mod(&b, &e, &md) {
                Ok(r) => Ok(vm.new_bigint(r)),
                Err(e) => Err(vm.num_error(e.into())),
            }
        }
    }
}

/// `pow(base, exp, mod)` when not all three are ints: the base's own
/// `__pow__(exp, mod)` (three-argument power does not try `__rpow__`), or
/// CPython's TypeError (floats: the modulus is refused).
fn ternary_pow_other(vm: &mut Vm, base: Value, exp: Value, m: Value) -> PyResult<Value> {
    if matches!(base, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_))) {
        let name = vm.intern("__pow__");
        if let Some(r) = vm.call_method_opt(base, name, &[exp, m])? {
            if !r.is(vm.not_implemented()) {
                return Ok(r);
            }
        }
    }
    let numeric = |vm: &Vm, v: Value| vm.is_int(v) || matches!(v, Value::Float(_));
    if numeric(vm, base) && numeric(vm, exp) && numeric(vm, m) {
        return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    let [a, b, c] = [base, exp, m].map(|v| vm.type_name(v));
    Err(vm.type_error(format!("unsupported operand type(s) for ** or pow(): '{a}', '{b}', '{c}'")))
}

fn round(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [num_kw, nd_kw] = kwargs(vm, "round", kw, ["number", "ndigits"])?;
    let Some(x) = args.first().copied().or(num_kw) else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = args.get(1).copied().or(nd_kw).filter(|v| !matches!(v, Value::None));
    match vm.as_num(x) {
        Some(Num::Float(f)) => match nd {
            None => {
                if f.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(vm.overflow_error("cannot convert float infinity to integer"));
                }
                let r = libm::rint(f);
                match crate::runtime::int_ops::f64_to_int(r) {
                    Ok(i) => Ok(vm.new_pyint(i)),
                    Err(e) => Err(vm.num_error(e.into())),
                }
            }
            Some(n) => {
                let n = int_arg(vm, n)?;
                Ok(Value::Float(crate::runtime::float_fmt::float_round(f, n)))
            }
        },
        Some(int) => match nd {
            None => Ok(match x {
                Value::Bool(b) => Value::Int(b as i64),
                _ => x,
            }),
            Some(n) => {
                let n = int_arg(vm, n)?;
                if n >= 0 {
                    return Ok(match x {
                        Value::Bool(b) => Value::Int(b as i64),
                        _ => x,
                    });
                }
                // Round half to even at 10**-n.
                if let Num::Small(v) = int {
                    // Half-even rounding is symmetric: round |v|. |v| <
                    // 10**19, which is below 10**-n / 2 past 10**19 (the
                    // largest power of ten in a u64): those round to 0.
                    let Some(p) = u32::try_from(-n).ok().and_then(|k| 10u64.checked_pow(k)) else {
                        return Ok(Value::Int(0));
                    };
                    let m = v.unsigned_abs();
                    let (q, r) = (m / p, m % p);
                    let q = match r.cmp(&(p - r)) {
                        core::cmp::Ordering::Greater => q + 1,
                        core::cmp::Ordering::Equal if q & 1 == 1 => q + 1,
                        _ => q,
                    };
                    let mag = i128::from(q) * i128::from(p);
                    return vm.new_int_i128(if v < 0 { -mag } else { mag });
                }
                #[cfg(not(feature = "big-int"))]
                return Err(vm.no_big_int());
                #[cfg(feature = "big-int")]
                {
                    use num_integer::Integer;
                    let p = num_traits::Pow::pow(crate::runtime::bigint::BigInt::from(10), (-n) as u64);
                    let v = int.to_big().map_err(|e| vm.num_error(e))?;
                    let (q, r) = v.div_mod_floor(&p);
                    let twice: crate::runtime::bigint::BigInt = &r * 2;
                    let q = match twice.cmp(&p) {
                        core::cmp::Ordering::Greater => q + 1,
                        core::cmp::Ordering::Equal if q.is_odd() => q + 1,
                        _ => q,
                    };
                    Ok(vm.new_bigint(q * p))
                }
            }
        },
        None => {
            if let Some(r) = vm.call_method_opt(x, vm.names.round, &nd.into_iter().collect::<Vec<_>>())? {
                return Ok(r);
            }
            let tn = vm.type_name(x);
            Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
        }
    }
}

fn any_all(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, want: bool) -> PyResult<Value> {
    no_kwargs_arity(vm, name, args, kw, 1, 1)?;
    if vm.is_generator(arg_at(args, 0)) {
        let which = if want { crate::builtins::PythonLoop::Any } else { crate::builtins::PythonLoop::All };
        if let Some(r) = vm.run_python_loop(which, &[arg_at(args, 0)]) {
            return r;
        }
    }
    let it = vm.get_iter(arg_at(args, 0))?;
    vm.temp_roots.push(it);
    let result = (|| {
        while let Some(v) = vm.iter_next(it)? {
            if vm.truthy(v)? == want {
                return Ok(Value::Bool(want));
            }
        }
        Ok(Value::Bool(!want))
    })();
    vm.temp_roots.pop();
    result
}

fn any(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    any_all(vm, args, kw, "any", true)
}

fn all(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    any_all(vm, args, kw, "all", false)
}

fn callable(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "callable", args, kw, 1, 1)?;
    let r = match arg_at(args, 0) {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Function(_) | Obj::Builtin { .. } | Obj::BoundMethod { .. } | Obj::Class(_) | Obj::StaticMethod(_) => {
                true
            }
            Obj::Instance(i) => vm.lookup_class_attr(i.class, vm.names.call).is_some(),
            _ => false,
        },
        _ => false,
    };
    Ok(Value::Bool(r))
}

fn id(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "id", args, kw, 1, 1)?;
    Ok(Value::Int(match arg_at(args, 0) {
        Value::Obj(r) => 0x7f00_0000_0000 + r.0 as i64 * 16,
        Value::Int(i) => 0x1000 + (i & 0xffff_ffff) * 32,
        Value::Float(f) => 0x2000 + (f.to_bits() as i64 & 0xffff_ffff) * 32,
        Value::Bool(b) => 0x100 + b as i64 * 16,
        Value::None | Value::Null => 0x80,
    }))
}

/// An attribute-name argument, interned (`getattr(o, 'x')`).
pub(super) fn attr_name(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(r) if vm.as_str(v).is_some() => Ok(vm.intern_obj(r)),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("attribute name must be string, not '{tn}'")))
        }
    }
}

fn getattr(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "getattr", args, kw, 2, 3)?;
    let name = attr_name(vm, arg_at(args, 1))?;
    match (vm.get_attr_opt(arg_at(args, 0), name), args.get(2)) {
        (Ok(Some(v)), _) => Ok(v),
        (Ok(None), Some(&d)) => Ok(d),
        (Err(e), Some(&d)) if vm.is_attribute_error(e) => Ok(d),
        (Ok(None), None) => Err(vm.no_attribute(arg_at(args, 0), name)),
        (Err(e), _) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "setattr", args, kw, 3, 3)?;
    let name = attr_name(vm, arg_at(args, 1))?;
    vm.set_attr(arg_at(args, 0), name, arg_at(args, 2))?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "hasattr", args, kw, 2, 2)?;
    let name = attr_name(vm, arg_at(args, 1))?;
    match vm.get_attr_opt(arg_at(args, 0), name) {
        Ok(v) => Ok(Value::Bool(v.is_some())),
        Err(e) if vm.is_attribute_error(e) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "delattr", args, kw, 2, 2)?;
    let name = attr_name(vm, arg_at(args, 1))?;
    vm.del_attr(arg_at(args, 0), name)?;
    Ok(Value::None)
}
