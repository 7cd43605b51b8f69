//! Raising exceptions from Rust, tracebacks, and rendering them for the host.

use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use crate::interp::code::CodeObject;
use crate::runtime::object::{ExcData, Instance, Obj, PyErr, PyResult, TracebackEntry};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::value_vec::ValueVec;
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
        let r = self.heap.alloc(Obj::Instance(Instance {
            class,
            shape,
            slots: ValueVec::new(),
            exc: Some(exc.into()),
            native: None,
        }));
        PyErr(r)
    }

    /// `TypeError(msg)`.
    pub fn type_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        let c = self.exc.type_error;
        self.new_exception(c, msg)
    }

    /// `TypeError: 'T' object cannot be interpreted as an integer` for `v`
    /// (one copy of the message's construction for its many call sites).
    #[cold]
    #[inline(never)]
    pub(crate) fn not_integer_error(&mut self, v: Value) -> PyErr {
        let tn = self.type_name(v);
        self.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
    }

    /// `TypeError: __index__ returned non-int (type T)` for `__index__`'s
    /// result `v`.
    #[cold]
    #[inline(never)]
    pub(crate) fn index_non_int_error(&mut self, v: Value) -> PyErr {
        let tn = self.type_name(v);
        self.type_error(format!("__index__ returned non-int (type {tn})"))
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

    /// `NotImplementedError` for what this build of vm-core leaves out:
    /// "`what` needs vm-core's 'FEATURE' feature".
    pub fn missing_feature(&mut self, what: &str, feature: &str) -> PyErr {
        self.not_implemented_error(alloc::format!("{what} needs vm-core's '{feature}' feature"))
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

    /// The `value` of a StopIteration (its first argument, or None).
    pub fn stop_iteration_value(&self, err: PyErr) -> Value {
        if let Obj::Instance(Instance { exc: Some(e), .. }) = self.heap.get(err.0) {
            if let Value::Obj(t) = e.args {
                if let Obj::Tuple(items) = self.heap.get(t) {
                    return items.first().copied().unwrap_or(Value::None);
                }
            }
        }
        Value::None
    }

    /// `StopIteration()`.
    pub fn stop_iteration(&mut self) -> PyErr {
        let c = self.exc.stop_iteration;
        self.new_exception_empty(c)
    }

    /// `StopIteration` carrying a generator's return value (no argument
    /// for `None`, as CPython raises it).
    pub fn stop_iteration_with(&mut self, value: Value) -> PyErr {
        if matches!(value, Value::None) {
            return self.stop_iteration();
        }
        let c = self.exc.stop_iteration;
        self.new_exception_args(c, alloc::vec![value])
    }

    /// `RecursionError`.
    pub fn recursion_error(&mut self) -> PyErr {
        let c = self.exc.recursion_error;
        self.new_exception(c, "maximum recursion depth exceeded")
    }

    /// `NameError: name 'x' is not defined` (with `.name`).
    pub fn name_error(&mut self, name: ObjRef) -> PyErr {
        let n = self.str_text(name);
        let c = self.exc.name_error;
        let e = self.new_exception(c, format!("name '{n}' is not defined"));
        self.set_exc_field(e, "name", Value::Obj(name));
        e
    }

    /// Stores an extra attribute (`name`, `obj`, `path`) on an exception.
    pub fn set_exc_field(&mut self, e: PyErr, field: &str, v: Value) {
        let key = self.intern(field);
        let _ = self.generic_set_attr(Value::Obj(e.0), key, v);
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
        let e = match self.exception_from(v) {
            Ok(e) => e,
            Err(e) => e,
        };
        // An explicit raise records the raising frame anew.
        if let Obj::Instance(i) = self.heap.get_mut(e.0) {
            if let Some(x) = i.exc.as_mut() {
                x.caught_line = None;
            }
        }
        e
    }

    fn exception_from(&mut self, v: Value) -> Result<PyErr, PyErr> {
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
        let exc = match self.exception_from(v) {
            Ok(e) => e,
            Err(e) => return e,
        };
        let cause = match cause {
            Value::None => Value::None,
            c => match self.exception_from(c) {
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
        #[cfg(feature = "exception-groups")]
        let depth = self.frames.len().wrapping_sub(1);
        if let Obj::Instance(i) = self.heap.get_mut(err.0) {
            if let Some(e) = i.exc.as_mut() {
                // An except* statement's re-raise, still in its frame.
                #[cfg(feature = "exception-groups")]
                if e.caught_line == Some((depth, crate::builtins::modules::star::RERAISED)) {
                    return;
                }
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
    pub(crate) fn enter_context(&mut self, ctx: Value, is_async: bool) -> PyResult<(Value, Value)> {
        let (enter_s, exit_s, asynchronous) =
            if is_async { ("__aenter__", "__aexit__", "asynchronous ") } else { ("__enter__", "__exit__", "") };
        let (enter_name, exit_name) = (self.intern(enter_s), self.intern(exit_s));
        let cls = self.class_of(ctx);
        let (enter, exit) = (self.lookup_class_attr(cls, enter_name), self.lookup_class_attr(cls, exit_name));
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let tn = self.type_name(ctx);
            let extra = if enter.is_some() { format!(" (missed {exit_s} method)") } else { String::new() };
            return Err(self.type_error(format!(
                "'{tn}' object does not support the {asynchronous}context manager protocol{extra}"
            )));
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

    /// Appends a frame to an exception's traceback: `code` running the
    /// instruction at `pc`, preceded by an entry for each comprehension
    /// inlined there that runs `pc` (CPython 3.11 runs those in frames of
    /// their own), innermost first.
    #[inline]
    pub(crate) fn add_traceback(&mut self, err: PyErr, code: Rc<CodeObject>, pc: usize) {
        #[cfg(feature = "frames")]
        let frame = self.traceback_frame_note(self.frames.len().wrapping_sub(1));
        let Obj::Instance(i) = self.heap.get_mut(err.0) else { return };
        let Some(e) = i.exc.as_mut() else { return };
        let before = e.traceback.len();
        for (comprehension, at) in code.code.frames_at(pc) {
            e.traceback.push(TracebackEntry {
                code: code.clone(),
                line: code.code.line_at(at as usize),
                pc: at,
                comprehension: comprehension.map(|c| c.kind),
                // (A comprehension's frame is not the code's own frame.)
                #[cfg(feature = "frames")]
                frame: match comprehension {
                    Some(_) => frame.without_object(),
                    None => frame.clone(),
                },
            });
        }
        let added = e.traceback.len() - before;
        self.heap.note_growth(16 * added);
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
        let _ = (key_error, args);
        match self.to_str(v) {
            Ok(s) => s,
            Err(_) => String::from("<exception str() failed>"),
        }
    }

    /// Converts an uncaught exception into a `ScriptError` with a
    /// CPython-style traceback, including chained causes and contexts.
    pub fn script_error(&mut self, err: PyErr, source: Option<&str>) -> ScriptError {
        if let Some(stop_err) = self.pending_stop() {
            // A hard stop: whatever error the unwinding turned into, the host
            // learns why the run ended (with the traceback where it stopped).
            let tb = self.render_uncaught(stop_err, source);
            let kind = self.exception_kind(stop_err);
            let reason = self.clear_stop();
            let message = reason.map(|r| String::from(r.message())).unwrap_or_default();
            return ScriptError { kind, message, traceback: tb, exit_code: 1, stop: reason };
        }
        let system_exit = self.exc.system_exit;
        if self.exception_matches(err, system_exit) {
            // SystemExit(code): None/absent -> 0, int -> itself, else print it, 1.
            let code = self.stop_iteration_value(err);
            let kind = String::from("SystemExit");
            return match code {
                Value::None => {
                    ScriptError { kind, message: String::new(), traceback: String::new(), exit_code: 0, stop: None }
                }
                Value::Int(i) => ScriptError {
                    kind,
                    message: String::new(),
                    traceback: String::new(),
                    exit_code: i as i32,
                    stop: None,
                },
                Value::Bool(b) => ScriptError {
                    kind,
                    message: String::new(),
                    traceback: String::new(),
                    exit_code: b as i32,
                    stop: None,
                },
                other => {
                    let text = self.to_str(other).unwrap_or_default();
                    ScriptError {
                        kind,
                        message: text.clone(),
                        traceback: format!("{text}\n"),
                        exit_code: 1,
                        stop: None,
                    }
                }
            };
        }
        let tb = self.render_uncaught(err, source);
        let kind = self.exception_kind(err);
        let message = self.exception_message(err);
        ScriptError { kind, message, traceback: tb, exit_code: 1, stop: None }
    }

    pub(crate) fn exception_kind(&self, err: PyErr) -> String {
        let c = self.class_of(Value::Obj(err.0));
        let name = match self.heap.get(c) {
            Obj::Class(c) => String::from(&*c.qualname),
            _ => String::from("Exception"),
        };
        match self.class_module(c) {
            Some("builtins" | "__main__") => name,
            Some(module) => format!("{module}.{name}"),
            None => format!("<unknown>.{name}"),
        }
    }

    /// The report of an uncaught exception: its traceback, the chain of
    /// causes and contexts before it and, with exception groups, the tree
    /// of a group's sub-exceptions (`exc_report.rs`).
    fn render_uncaught(&mut self, err: PyErr, source: Option<&str>) -> String {
        let mut tb = String::new();
        #[cfg(feature = "exception-groups")]
        self.render_report(err, source, &mut tb);
        #[cfg(not(feature = "exception-groups"))]
        self.render_chain(err, source, &mut tb, &mut Vec::new(), 0);
        tb
    }

    #[cfg(not(feature = "exception-groups"))]
    fn render_chain(
        &mut self,
        err: PyErr,
        source: Option<&str>,
        tb: &mut String,
        seen: &mut Vec<ObjRef>,
        depth: usize,
    ) {
        seen.push(err.0);
        let (entries, cause, context, suppress) = match self.heap.get(err.0) {
            Obj::Instance(Instance { exc: Some(e), .. }) => {
                (e.traceback.clone(), e.cause, e.context, e.suppress_context)
            }
            _ => (Vec::new(), Value::None, Value::None, false),
        };
        if depth < 32 {
            match (cause, context) {
                (Value::Obj(c), _) if !seen.contains(&c) => {
                    self.render_chain(PyErr(c), source, tb, seen, depth + 1);
                    tb.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                }
                (_, Value::Obj(c)) if !suppress && !seen.contains(&c) => {
                    self.render_chain(PyErr(c), source, tb, seen, depth + 1);
                    tb.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
                }
                _ => {}
            }
        }
        if !entries.is_empty() {
            tb.push_str("Traceback (most recent call last):\n");
            #[cfg(feature = "module-path")]
            let others = self.module_sources(&entries);
            #[cfg(not(feature = "module-path"))]
            let others = Vec::new();
            render_entries(&entries, source, self.main_file.as_deref(), &others, tb);
        }
        let kind = self.exception_kind(err);
        let mut message = self.exception_message(err);
        let syntax_error = self.exc.syntax_error;
        if self.exception_matches(err, syntax_error) {
            // A SyntaxError raised at run time (by an import, `exec`, ...)
            // prints its location as a frame line and its bare message.
            let me = Value::Obj(err.0);
            let (f, l, m) = (self.intern("filename"), self.intern("lineno"), self.intern("msg"));
            let fields = (self.get_attr_opt(me, f), self.get_attr_opt(me, l), self.get_attr_opt(me, m));
            if let (Ok(Some(f)), Ok(Some(Value::Int(line))), Ok(Some(m))) = fields {
                if let (Some(f), Some(m)) = (self.as_str(f), self.as_str(m)) {
                    tb.push_str(&format!("  File \"{f}\", line {line}\n"));
                    message = String::from(m);
                }
            }
        }
        tb.push_str(&kind);
        if !message.is_empty() {
            tb.push_str(": ");
            tb.push_str(&message);
        }
        tb.push('\n');
        let notes_name = self.intern("__notes__");
        if let Ok(Some(Value::Obj(l))) = self.get_attr_opt(Value::Obj(err.0), notes_name) {
            let notes: Vec<Value> = match self.heap.get(l) {
                Obj::List(items) => items.to_vec(),
                _ => Vec::new(),
            };
            for n in notes {
                let text = self.to_str(n).unwrap_or_default();
                tb.push_str(&text);
                tb.push('\n');
            }
        }
    }
}

#[cfg(feature = "module-path")]
impl Vm {
    /// The sources of the files other than the main script that `entries`
    /// run in (imported modules), read through the host as CPython's
    /// `linecache` reads them, for their lines in a traceback. Files the
    /// host refuses or that are not UTF-8 are left out.
    pub(crate) fn module_sources(&mut self, entries: &[TracebackEntry]) -> Vec<(String, String)> {
        let mut sources: Vec<(String, String)> = Vec::new();
        let mut tried: Vec<&str> = Vec::new();
        for e in entries {
            let file = &*e.code.code.filename;
            if file.starts_with('<') || self.main_file.as_deref() == Some(file) || tried.contains(&file) {
                continue;
            }
            tried.push(file);
            if let Ok(Ok(text)) = self.host.read_file(file).map(String::from_utf8) {
                sources.push((String::from(file), text));
            }
        }
        sources
    }
}

/// Renders traceback entries outermost first, collapsing long runs of the
/// same line like CPython ("[Previous line repeated N more times]"), with
/// each entry's source line from the main script's `source` or, for
/// other files, `others` (file name, source).
pub(crate) fn render_entries(
    entries: &[TracebackEntry],
    source: Option<&str>,
    main_file: Option<&str>,
    others: &[(String, String)],
    out: &mut String,
) {
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
        let name = String::from(e.function_name());
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
        let src = match main_file.is_none_or(|m| m == file.as_str()) {
            true => source,
            false => others.iter().find(|(f, _)| *f == file).map(|(_, text)| text.as_str()),
        };
        if let Some(src) = src {
            if let Some(text) = src.lines().nth(e.line.saturating_sub(1) as usize) {
                // The interpreter strips the indentation only.
                if !text.trim().is_empty() {
                    out.push_str("    ");
                    out.push_str(text.trim_start());
                    out.push('\n');
                    #[cfg(feature = "caret-lines")]
                    if let Some(carets) =
                        e.code.code.position_at(e.pc as usize).and_then(|p| super::caret_line::render(text, p))
                    {
                        out.push_str(&carets);
                        out.push('\n');
                    }
                }
            }
        }
    }
    flush(repeats, out);
}
