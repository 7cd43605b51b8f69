//! The interpreter's report of an uncaught exception in a build with
//! exception groups (feature `exception-groups`): CPython 3.11's layout,
//! a group drawn as the tree of its sub-exceptions.
//!
//! Inside a group every line gets a margin: two spaces per level of
//! nesting and `| ` (`+ ` on the outermost group's "Exception Group
//! Traceback" header). Each sub-exception opens with a numbered bar
//! (`+-+---- 1 ----` for the first, `+---- 2 ----` after it), at most 15
//! of them (then `... ` and "and N more exceptions"), and groups nested
//! more than 10 deep print "... (max_group_depth is 10)". The closing bar
//! is drawn once, by the innermost group that ends a run of last members.
//! Causes and contexts print before the exception as at the top level,
//! with the margin; an exception already shown is not shown again.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::runtime::object::{Instance, Obj, PyErr};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// Sub-exceptions shown per group (CPython's `max_group_width`).
const MAX_WIDTH: usize = 15;
/// Nesting of groups shown (CPython's `max_group_depth`).
const MAX_DEPTH: usize = 10;
/// Chained exceptions followed before the report stops following them.
const MAX_NESTING: usize = 32;

const CAUSE: &str = "The above exception was the direct cause of the following exception:\n";
const CONTEXT: &str = "During handling of the above exception, another exception occurred:\n";

/// The state of one report.
struct Report<'a> {
    source: Option<&'a str>,
    /// Exceptions printed or being printed (not printed again as a cause
    /// or context).
    seen: Vec<ObjRef>,
    /// Nesting of groups: the margin's width.
    depth: usize,
    /// The last member of a group is being printed and no nested group
    /// has drawn the closing bar yet.
    need_close: bool,
    /// Calls of `exception` in progress.
    nesting: usize,
    /// `BaseExceptionGroup`, once `_exceptiongroup` is loaded.
    group_class: Option<ObjRef>,
}

impl Report<'_> {
    /// The margin for lines at the current depth (nothing at the top).
    fn margin(&self, out: &mut String) {
        if self.depth > 0 {
            push_indent(out, self.depth);
            out.push_str("| ");
        }
    }

    /// `text` (lines ending in newlines) with the margin before each line.
    fn block(&self, text: &str, out: &mut String) {
        for line in text.split_inclusive('\n') {
            self.margin(out);
            out.push_str(line);
        }
    }
}

fn push_indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// Python's `str.splitlines(keepends=True)`.
fn split_lines_keep(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = match c {
            '\r' => match chars.peek() {
                Some(&(j, '\n')) => {
                    chars.next();
                    j + 1
                }
                _ => i + 1,
            },
            '\n' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}' => i + c.len_utf8(),
            _ => continue,
        };
        lines.push(text.get(start..end).unwrap_or(""));
        start = end;
    }
    if start < text.len() {
        lines.push(text.get(start..).unwrap_or(""));
    }
    lines
}

impl Vm {
    /// Appends the report of the uncaught exception `err` to `out`.
    pub(crate) fn render_report(&mut self, err: PyErr, source: Option<&str>, out: &mut String) {
        let group_class = self.base_exception_group();
        let mut r = Report { source, seen: Vec::new(), depth: 0, need_close: false, nesting: 0, group_class };
        self.report_exception(&mut r, err, out);
    }

    /// `BaseExceptionGroup` when `_exceptiongroup` has been imported (no
    /// group can exist before).
    fn base_exception_group(&mut self) -> Option<ObjRef> {
        let module = self.intern("_exceptiongroup");
        let Some(Value::Obj(m)) = self.dict_get_str(self.modules, module) else { return None };
        let Obj::Module { dict, .. } = self.heap.get(m) else { return None };
        let dict = *dict;
        let name = self.intern("BaseExceptionGroup");
        match self.dict_get_str(dict, name) {
            Some(Value::Obj(c)) if matches!(self.heap.get(c), Obj::Class(_)) => Some(c),
            _ => None,
        }
    }

    /// The sub-exceptions of `err` if it is an exception group.
    fn group_members(&mut self, r: &Report, err: PyErr) -> Option<Vec<Value>> {
        let class = r.group_class?;
        if !self.isinstance(Value::Obj(err.0), class) {
            return None;
        }
        let name = self.intern("_exceptions");
        match self.get_attr_opt(Value::Obj(err.0), name) {
            Ok(Some(Value::Obj(t))) => match self.heap.get(t) {
                Obj::Tuple(items) => Some(items.to_vec()),
                _ => None,
            },
            _ => None,
        }
    }

    /// `err` after its cause or context.
    fn report_exception(&mut self, r: &mut Report, err: PyErr, out: &mut String) {
        r.seen.push(err.0);
        let (cause, context, suppress) = match self.heap.get(err.0) {
            Obj::Instance(Instance { exc: Some(e), .. }) => (e.cause, e.context, e.suppress_context),
            _ => (Value::None, Value::None, false),
        };
        if r.nesting < MAX_NESTING {
            r.nesting += 1;
            // A cause is shown when it has not been, and then never the
            // context (the context when there is no cause).
            let chained = match (cause, context) {
                (Value::Obj(c), _) => Some((c, CAUSE)),
                (_, Value::Obj(c)) if !suppress => Some((c, CONTEXT)),
                _ => None,
            };
            if let Some((c, message)) = chained.filter(|(c, _)| !r.seen.contains(c)) {
                self.report_chained(r, PyErr(c), message, out);
            }
            r.nesting -= 1;
        }
        self.report_one(r, err, out);
    }

    /// A cause or context, then the line that links it to what follows.
    fn report_chained(&mut self, r: &mut Report, err: PyErr, message: &str, out: &mut String) {
        let need_close = r.need_close;
        self.report_exception(r, err, out);
        r.need_close = need_close;
        r.block("\n", out);
        r.block(message, out);
        r.block("\n", out);
    }

    /// One exception: its traceback, its last line and notes, and a
    /// group's sub-exceptions.
    fn report_one(&mut self, r: &mut Report, err: PyErr, out: &mut String) {
        let members = self.group_members(r, err);
        if members.is_some() && r.depth > MAX_DEPTH {
            r.margin(out);
            out.push_str(&format!("... (max_group_depth is {MAX_DEPTH})\n"));
            return;
        }
        let top = members.is_some() && r.depth == 0;
        if top {
            r.depth = 1;
        }
        let entries = match self.heap.get(err.0) {
            Obj::Instance(Instance { exc: Some(e), .. }) => e.traceback.clone(),
            _ => Vec::new(),
        };
        if !entries.is_empty() {
            if top {
                out.push_str("  + ");
            } else {
                r.margin(out);
            }
            out.push_str(if members.is_some() { "Exception Group Traceback" } else { "Traceback" });
            out.push_str(" (most recent call last):\n");
            #[cfg(feature = "module-path")]
            let others = self.module_sources(&entries);
            #[cfg(not(feature = "module-path"))]
            let others = Vec::new();
            let mut text = String::new();
            super::errors::render_entries(&entries, r.source, self.main_file.as_deref(), &others, &mut text);
            r.block(&text, out);
        }
        let (file_line, last) = self.final_line(err);
        if let Some(f) = file_line {
            r.block(&f, out);
        }
        // The last line takes one margin, however many lines it has.
        r.margin(out);
        out.push_str(&last);
        self.report_notes(r, err, out);
        let Some(members) = members else { return };
        let shown = members.len().min(MAX_WIDTH + 1);
        r.need_close = false;
        for (i, &m) in members.iter().take(shown).enumerate() {
            let last_member = i + 1 == shown;
            if last_member {
                r.need_close = true;
            }
            push_indent(out, r.depth);
            out.push_str(if i == 0 { "+-" } else { "  " });
            if i < MAX_WIDTH {
                out.push_str(&format!("+---------------- {} ----------------\n", i + 1));
            } else {
                out.push_str("+---------------- ... ----------------\n");
            }
            r.depth += 1;
            if i < MAX_WIDTH {
                if let Value::Obj(e) = m {
                    self.report_exception(r, PyErr(e), out);
                }
            } else {
                let more = members.len() - MAX_WIDTH;
                r.margin(out);
                out.push_str(&format!("and {more} more exception{}\n", if more > 1 { "s" } else { "" }));
            }
            if last_member && r.need_close {
                push_indent(out, r.depth);
                out.push_str("+------------------------------------\n");
                r.need_close = false;
            }
            r.depth -= 1;
        }
        if top {
            r.depth = 0;
        }
    }

    /// The exception's `__notes__`: each note's lines with the margin (a
    /// note whose `str()` fails as "<note str() failed>"), or the repr of
    /// a `__notes__` that is not a sequence.
    fn report_notes(&mut self, r: &Report, err: PyErr, out: &mut String) {
        let name = self.intern("__notes__");
        let notes = match self.get_attr_opt(Value::Obj(err.0), name) {
            Ok(Some(v)) => v,
            _ => return,
        };
        let items: Vec<Value> = match notes {
            Value::Obj(o) => match self.heap.get(o) {
                Obj::List(items) => items.to_vec(),
                Obj::Tuple(items) => items.to_vec(),
                Obj::Str(s) => {
                    // A string is a sequence of one-character notes.
                    let text = String::from(s.as_str());
                    for c in text.chars() {
                        r.margin(out);
                        out.push(c);
                        out.push('\n');
                    }
                    return;
                }
                _ => return self.report_notes_repr(r, notes, out),
            },
            _ => return self.report_notes_repr(r, notes, out),
        };
        for note in items {
            match self.to_str(note) {
                Ok(text) => {
                    for line in split_lines_keep(&text) {
                        r.margin(out);
                        out.push_str(line);
                    }
                }
                Err(_) => out.push_str("<note str() failed>"),
            }
            out.push('\n');
        }
    }

    fn report_notes_repr(&mut self, r: &Report, notes: Value, out: &mut String) {
        r.margin(out);
        match self.repr(notes) {
            Ok(text) => out.push_str(&text),
            Err(_) => out.push_str("<__notes__ repr() failed>"),
        }
    }

    /// The last line of an exception's report ("Kind: message\n"), with
    /// the location line a SyntaxError raised at run time (by an import,
    /// `exec`, ...) prints before it (then its bare message).
    fn final_line(&mut self, err: PyErr) -> (Option<String>, String) {
        let kind = self.exception_kind(err);
        let mut message = self.exception_message(err);
        let mut file_line = None;
        let syntax_error = self.exc.syntax_error;
        if self.exception_matches(err, syntax_error) {
            let me = Value::Obj(err.0);
            let (f, l, m) = (self.intern("filename"), self.intern("lineno"), self.intern("msg"));
            let fields = (self.get_attr_opt(me, f), self.get_attr_opt(me, l), self.get_attr_opt(me, m));
            if let (Ok(Some(f)), Ok(Some(Value::Int(line))), Ok(Some(m))) = fields {
                if let (Some(f), Some(m)) = (self.as_str(f), self.as_str(m)) {
                    file_line = Some(format!("  File \"{f}\", line {line}\n"));
                    message = String::from(m);
                }
            }
        }
        let mut last = kind;
        if !message.is_empty() {
            last.push_str(": ");
            last.push_str(&message);
        }
        last.push('\n');
        (file_line, last)
    }
}
