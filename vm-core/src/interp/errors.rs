//! Raising exceptions from Rust, tracebacks, and rendering them for the host.

use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use crate::interp::code::CodeObject;
use crate::runtime::object::{ExcData, Instance, Obj, PyErr, PyResult, TracebackEntry};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::{ScriptError, Vm};

impl Vm {
    /// A new exception instance of `class` with `args == (msg,)`.
    pub fn new_exception(&mut self, class: ObjRef, msg: impl AsRef<str>) -> PyErr {
        let s = self.new_str(msg.as_ref());
        self.new_exception_args(class, alloc::vec![s])
    }

    /// A new exception instance of `class` with `args == ()`.
    pub fn new_exception_empty(&mut self, class: ObjRef) -> PyErr {
        self.new_exception_args(class, Vec::new())
    }

    /// A new exception instance with the given args.
    pub fn new_exception_args(&mut self, class: ObjRef, args: Vec<Value>) -> PyErr {
        let args = self.new_tuple(args);
        let shape = match self.heap.get(class) {
            Obj::Class(c) => c.root_shape,
            _ => crate::runtime::object::ShapeTable::EMPTY,
        };
        let exc = ExcData { args, cause: Value::None, context: Value::None, ..ExcData::default() };
        let r = self.heap.alloc(Obj::Instance(Instance { class, shape, slots: Vec::new(), exc: Some(exc.into()) }));
        PyErr(r)
    }

    /// `TypeError(msg)`.
    pub fn type_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.exc.type_error;
        self.new_exception(c, msg)
    }

    /// `ValueError(msg)`.
    pub fn value_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.exc.value_error;
        self.new_exception(c, msg)
    }

    /// `IndexError(msg)`.
    pub fn index_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.exc.index_error;
        self.new_exception(c, msg)
    }

    /// `OverflowError(msg)`.
    pub fn overflow_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.exc.overflow_error;
        self.new_exception(c, msg)
    }

    /// `AttributeError(msg)`.
    pub fn attribute_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.exc.attribute_error;
        self.new_exception(c, msg)
    }

    /// `NotImplementedError(msg)`.
    pub fn not_implemented_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.exc.not_implemented_error;
        self.new_exception(c, msg)
    }

    /// `SystemError(msg)`: an internal invariant failed (a VM bug, reported, not a panic).
    pub fn system_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.exc.system_error;
        self.new_exception(c, msg)
    }

    /// `KeyError(key)`.
    pub fn key_error(&mut self, key: Value) -> PyErr {
        let c = self.exc.key_error;
        self.new_exception_args(c, alloc::vec![key])
    }

    /// `StopIteration()`.
    pub fn stop_iteration(&mut self) -> PyErr {
        let c = self.exc.stop_iteration;
        self.new_exception_empty(c)
    }

    /// `RecursionError`.
    pub fn recursion_error(&mut self) -> PyErr {
        let c = self.exc.recursion_error;
        self.new_exception(c, "maximum recursion depth exceeded")
    }

    /// `NameError: name 'x' is not defined`.
    pub fn name_error(&mut self, name: ObjRef) -> PyErr {
        let n = self.str_text(name);
        let c = self.exc.name_error;
        self.new_exception(c, format!("name '{n}' is not defined"))
    }

    /// `UnboundLocalError` for a fast local read before assignment.
    pub fn unbound_local_error(&mut self, name: ObjRef) -> PyErr {
        let n = self.str_text(name);
        let c = self.exc.unbound_local_error;
        self.new_exception(c, format!("cannot access local variable '{n}' where it is not associated with a value"))
    }

    /// `raise` with no operand: the exception being handled, again.
    pub(crate) fn reraise_handled(&mut self) -> PyErr {
        match self.handled {
            Value::Obj(r) => PyErr(r),
            _ => {
                let c = self.exc.runtime_error;
                self.new_exception(c, "No active exception to reraise")
            }
        }
    }

    /// Turns the operand of `raise X` into an exception to raise (an
    /// instance, or an instance made by calling a class), or the TypeError
    /// explaining why it cannot be raised.
    pub(crate) fn make_raisable(&mut self, v: Value) -> PyErr {
        match self.to_exception(v) {
            Ok(e) => e,
            Err(e) => e,
        }
    }

    fn to_exception(&mut self, v: Value) -> Result<PyErr, PyErr> {
        let base = self.exc.base_exception;
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Obj::Class(_) if self.is_subclass(r, base) => {
                    let inst = self.call_value(v, &[])?;
                    if self.isinstance(inst, base) {
                        if let Value::Obj(i) = inst {
                            return Ok(PyErr(i));
                        }
                    }
                    let tn = self.type_name(inst);
                    let rv = self.repr(v).unwrap_or_default();
                    return Err(self.type_error(format!(
                        "calling {rv} should have returned an instance of BaseException, not {tn}"
                    )));
                }
                Obj::Instance(_) if self.isinstance(v, base) => return Ok(PyErr(r)),
                _ => {}
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// `raise exc from cause`.
    pub(crate) fn make_raisable_with_cause(&mut self, v: Value, cause: Value) -> PyErr {
        let exc = match self.to_exception(v) {
            Ok(e) => e,
            Err(e) => return e,
        };
        let cause = match cause {
            Value::None => Value::None,
            c => match self.to_exception(c) {
                Ok(e) => Value::Obj(e.0),
                Err(_) => return self.type_error("exception causes must derive from BaseException"),
            },
        };
        if let Obj::Instance(i) = self.heap.get_mut(exc.0) {
            if let Some(e) = i.exc.as_mut() {
                e.cause = cause;
                e.suppress_context = true;
            }
        }
        exc
    }

    /// Chains the exception being handled as `__context__` of a new one.
    pub(crate) fn set_exception_context(&mut self, err: PyErr) {
        let handled = self.handled;
        if handled.is(Value::Obj(err.0)) || matches!(handled, Value::None) {
            return;
        }
        if let Obj::Instance(i) = self.heap.get_mut(err.0) {
            if let Some(e) = i.exc.as_mut() {
                if matches!(e.context, Value::None) {
                    e.context = handled;
                }
            }
        }
    }

    /// `except typ:` — does the exception match a class or tuple of classes?
    pub(crate) fn exception_matches_value(&mut self, exc: Value, typ: Value) -> PyResult<bool> {
        let base = self.exc.base_exception;
        let classes: Vec<ObjRef> = match typ {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Class(_) => alloc::vec![r],
                Obj::Tuple(items) => items.iter().filter_map(|v| v.as_obj()).collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let valid = !classes.is_empty()
            && classes.iter().all(|&c| matches!(self.heap.get(c), Obj::Class(_)) && self.is_subclass(c, base));
        let empty_tuple = matches!(typ, Value::Obj(r) if matches!(self.heap.get(r), Obj::Tuple(t) if t.is_empty()));
        if !valid && !empty_tuple {
            return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        Ok(classes.iter().any(|&c| self.isinstance(exc, c)))
    }

    /// `with ctx:` — returns (bound `__exit__`, result of `__enter__()`).
    pub(crate) fn enter_context(&mut self, ctx: Value) -> PyResult<(Value, Value)> {
        let enter_name = self.intern("__enter__");
        let exit_name = self.intern("__exit__");
        let cls = self.class_of(ctx);
        let (Some(enter), Some(exit)) =
            (self.lookup_class_attr(cls, enter_name), self.lookup_class_attr(cls, exit_name))
        else {
            let tn = self.type_name(ctx);
            return Err(self.type_error(format!("'{tn}' object does not support the context manager protocol")));
        };
        let bound_exit = Value::Obj(self.heap.alloc(Obj::BoundMethod { receiver: ctx, func: exit }));
        self.temp_roots.push(bound_exit);
        let entered = self.call_value(enter, &[ctx]);
        self.temp_roots.pop();
        Ok((bound_exit, entered?))
    }

    /// The error for reading an unbound cell or free variable.
    pub(crate) fn unbound_deref_error(&mut self, code: &CodeObject, slot: usize, name: ObjRef) -> PyErr {
        let n = self.str_text(name);
        if code.code.freevars.iter().any(|&(_, s)| s as usize == slot) {
            let c = self.exc.name_error;
            return self.new_exception(
                c,
                format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"),
            );
        }
        self.unbound_local_error(name)
    }

    /// Appends a frame to an exception's traceback.
    pub(crate) fn add_traceback(&mut self, err: PyErr, code: Rc<CodeObject>, line: u32) {
        if let Obj::Instance(i) = self.heap.get_mut(err.0) {
            if let Some(e) = i.exc.as_mut() {
                e.traceback.push(TracebackEntry { code, line });
            }
        }
    }

    /// True if `err` is an instance of `class` (or a subclass).
    pub fn exception_matches(&self, err: PyErr, class: ObjRef) -> bool {
        let c = self.class_of(Value::Obj(err.0));
        self.is_subclass(c, class)
    }

    /// Renders `str(exc)` the way the traceback's last line shows it.
    pub fn exception_message(&mut self, err: PyErr) -> String {
        let v = Value::Obj(err.0);
        let key_error = self.exc.key_error;
        let args = match self.heap.get(err.0) {
            Obj::Instance(Instance { exc: Some(e), .. }) => e.args,
            _ => Value::None,
        };
        // KeyError shows the repr of its single argument.
        if self.exception_matches(err, key_error) {
            if let Value::Obj(t) = args {
                if let Obj::Tuple(items) = self.heap.get(t) {
                    if items.len() == 1 {
                        let k = items[0];
                        return self.repr(k).unwrap_or_default();
                    }
                }
            }
        }
        match self.to_str(v) {
            Ok(s) => s,
            Err(_) => String::from("<exception str() failed>"),
        }
    }

    /// Converts an uncaught exception into a `ScriptError` with a CPython-style traceback.
    pub fn script_error(&mut self, err: PyErr, source: Option<&str>) -> ScriptError {
        let kind = {
            let c = self.class_of(Value::Obj(err.0));
            let (name, module) = match self.heap.get(c) {
                Obj::Class(c) => (String::from(&*c.name), String::from(&*c.module)),
                _ => (String::from("Exception"), String::from("builtins")),
            };
            if module == "builtins" || module == "__main__" {
                name
            } else {
                format!("{module}.{name}")
            }
        };
        let message = self.exception_message(err);
        let mut tb = String::new();
        let entries: Vec<TracebackEntry> = match self.heap.get(err.0) {
            Obj::Instance(Instance { exc: Some(e), .. }) => e.traceback.clone(),
            _ => Vec::new(),
        };
        if !entries.is_empty() {
            tb.push_str("Traceback (most recent call last):\n");
            render_entries(&entries, source, &mut tb);
        }
        tb.push_str(&kind);
        if !message.is_empty() {
            tb.push_str(": ");
            tb.push_str(&message);
        }
        tb.push('\n');
        ScriptError { kind, message, traceback: tb }
    }
}

/// Renders traceback entries outermost first, collapsing long runs of the
/// same line like CPython ("[Previous line repeated N more times]").
fn render_entries(entries: &[TracebackEntry], source: Option<&str>, out: &mut String) {
    let mut last: Option<(String, u32, String)> = None;
    let mut repeats = 0usize;
    let flush = |repeats: usize, out: &mut String| {
        if repeats > 3 {
            let n = repeats - 3;
            out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
        }
    };
    for e in entries.iter().rev() {
        let file = String::from(&*e.code.code.filename);
        let name = String::from(&*e.code.code.name);
        let key = (file.clone(), e.line, name.clone());
        if last.as_ref() == Some(&key) {
            repeats += 1;
            if repeats > 3 {
                continue;
            }
        } else {
            flush(repeats, out);
            repeats = 1;
            last = Some(key);
        }
        out.push_str(&format!("  File \"{file}\", line {}, in {name}\n", e.line));
        if let Some(src) = source.filter(|_| &*e.code.code.filename == file.as_str()) {
            if let Some(text) = src.lines().nth(e.line.saturating_sub(1) as usize) {
                let t = text.trim();
                if !t.is_empty() {
                    out.push_str("    ");
                    out.push_str(t);
                    out.push('\n');
                }
            }
        }
    }
    flush(repeats, out);
}
