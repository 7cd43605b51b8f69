//! Star-args and double-star: spreading `f(*a, **k)` into a plain call,
//! `[*a]`/`{**d}` displays, and starred assignment (`a, *b, c = x`).

use alloc::format;
use alloc::vec::Vec;

use crate::runtime::object::{Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// Like `collect_iterable`, with CPython's message for `*x` of a non-iterable.
    pub(crate) fn collect_iterable_for_star(&mut self, v: Value, callee: Option<Value>) -> PyResult<Vec<Value>> {
        if !self.is_iterable(v) {
            let tn = self.type_name(v);
            let msg = match callee {
                Some(c) => format!("{} argument after * must be an iterable, not {tn}", self.function_str(c)),
                None => format!("Value after * must be an iterable, not {tn}"),
            };
            return Err(self.type_error(msg));
        }
        self.collect_iterable(v)
    }

    /// Merges a mapping into a dict; with `no_duplicates` (call keywords) a
    /// repeated key is a TypeError.
    pub(crate) fn dict_merge_from(&mut self, d: ObjRef, src: Value, callee: Option<Value>) -> PyResult<()> {
        let no_duplicates = callee.is_some();
        let fs = callee.map(|c| self.function_str(c)).unwrap_or_default();
        let pairs: Vec<(Value, Value)> = match src {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Dict(sd) => sd.iter().map(|e| (e.key, e.value)).collect(),
                _ => {
                    let keys_name = self.intern("keys");
                    if !self.is_instance_value(src) || self.get_attr_opt(src, keys_name)?.is_none() {
                        let tn = self.type_name(src);
                        return Err(self.type_error(if no_duplicates {
                            format!("{fs} argument after ** must be a mapping, not {tn}")
                        } else {
                            format!("'{tn}' object is not a mapping")
                        }));
                    }
                    let keys_fn = self.get_attr(src, keys_name)?;
                    let keys = self.call_value(keys_fn, &[])?;
                    let keys = self.collect_iterable(keys)?;
                    let mut out = Vec::new();
                    for k in keys {
                        let v = self.get_item(src, k)?;
                        out.push((k, v));
                    }
                    out
                }
            },
            _ => {
                let tn = self.type_name(src);
                return Err(self.type_error(if no_duplicates {
                    format!("{fs} argument after ** must be a mapping, not {tn}")
                } else {
                    format!("'{tn}' object is not a mapping")
                }));
            }
        };
        for (k, v) in pairs {
            if no_duplicates {
                if self.as_str(k).is_none() {
                    return Err(self.type_error("keywords must be strings"));
                }
                if self.dict_get(d, k)?.is_some() {
                    let name = self.as_str(k).map(alloc::string::String::from).unwrap_or_default();
                    return Err(self.type_error(format!("{fs} got multiple values for keyword argument '{name}'")));
                }
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// How CPython names a callable in call errors: `module.qualname()` for
    /// Python functions, `name()` for built-ins, `repr()` otherwise.
    pub fn function_str(&mut self, f: Value) -> alloc::string::String {
        if let Value::Obj(r) = f {
            match self.heap.get(r) {
                Obj::Function(func) => {
                    let qual = alloc::string::String::from(&*func.code.code.qualname);
                    let globals = func.globals;
                    let module = self
                        .dict_get_str(globals, self.names.name)
                        .and_then(|m| self.as_str(m).map(alloc::string::String::from));
                    return match module {
                        Some(m) if m != "builtins" => format!("{m}.{qual}()"),
                        _ => format!("{qual}()"),
                    };
                }
                // (With `rare-methods`, CPython's `module.qualname()`: `math.sqrt()`, `list.append()`.)
                #[cfg(feature = "rare-methods")]
                Obj::Builtin { def, receiver } if self.host_fn_name(def, *receiver).is_none() => {
                    let qual = self.builtin_qualname(r);
                    let module = self.intern("__module__");
                    let module = self
                        .get_attr_opt(f, module)
                        .ok()
                        .flatten()
                        .and_then(|m| self.as_str(m).map(alloc::string::String::from));
                    return match module {
                        Some(m) if m != "builtins" => format!("{m}.{qual}()"),
                        _ => format!("{qual}()"),
                    };
                }
                #[cfg(feature = "rare-methods")]
                Obj::Class(c) => {
                    return match self.class_module(r) {
                        Some(m) if m != "builtins" => format!("{m}.{}()", c.qualname),
                        _ => format!("{}()", c.qualname),
                    };
                }
                Obj::Builtin { def, receiver } => {
                    return format!("{}()", self.host_fn_name(def, *receiver).unwrap_or(def.name))
                }
                Obj::BoundMethod { func, .. } => {
                    let func = *func;
                    return self.function_str(func);
                }
                _ => {}
            }
        }
        self.repr(f).unwrap_or_default()
    }

    /// CALL_FUNCTION_EX: pushes the positional values of `args` and the
    /// values of `kwargs` after the callable's two slots; returns the
    /// keyword-names tuple for the call.
    pub(crate) fn spread_call_args(&mut self, args: Value, kwargs: Value) -> PyResult<Option<ObjRef>> {
        let positional = match args {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::List(v) | Obj::Tuple(v) => v.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        // The one instruction that grows the value stack by an unbounded
        // amount at once: the growth is charged to the heap limit first.
        let extra = positional.len() + self.dict_len_of(kwargs);
        let (len, cap) = (self.stack.len(), self.stack.capacity());
        let grows = len + extra > cap;
        if grows {
            let grown = (len + extra).max(cap * 2) - cap;
            self.reserve(grown.saturating_mul(core::mem::size_of::<Value>()))?;
        }
        self.call_ex_base = self.stack.len();
        self.stack.extend_from_slice(&positional);
        if grows {
            // Counted now: the call's safepoint sees it.
            self.account_memory();
        }
        let Value::Obj(kd) = kwargs else { return Ok(None) };
        let entries: Vec<(Value, Value)> = match self.heap.get(kd) {
            Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        };
        if entries.is_empty() {
            return Ok(None);
        }
        let mut names = Vec::with_capacity(entries.len());
        for (k, v) in entries {
            let Value::Obj(kr) = k else { return Err(self.type_error("keywords must be strings")) };
            let name = self.intern_obj(kr);
            names.push(Value::Obj(name));
            self.stack.push(v);
        }
        let t = self.new_tuple(names);
        Ok(t.as_obj())
    }

    /// The number of entries of `v` if it is a dict, else 0.
    fn dict_len_of(&self, v: Value) -> usize {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Dict(d) => d.len(),
                _ => 0,
            },
            _ => 0,
        }
    }

    /// UNPACK_EX: `before` items, a list of the middle, `after` items.
    pub(crate) fn unpack_ex(&mut self, v: Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        if !self.is_iterable(v) {
            let tn = self.type_name(v);
            return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
        }
        let items = self.collect_iterable(v)?;
        let split = (items.split_at_checked(before))
            .and_then(|(head, rest)| Some((head, rest.split_at_checked(rest.len().checked_sub(after)?)?)));
        let Some((head, (middle, tail))) = split else {
            let need = before + after;
            let got = items.len();
            return Err(self.value_error(format!("not enough values to unpack (expected at least {need}, got {got})")));
        };
        let mut out = Vec::with_capacity(before + after + 1);
        out.extend_from_slice(head);
        let middle = middle.to_vec();
        let list = self.new_list(middle);
        out.push(list);
        out.extend_from_slice(tail);
        Ok(out)
    }
}
