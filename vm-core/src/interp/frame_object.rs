//! Frame objects (feature `frames`): what `sys._getframe()`, a traceback's
//! `tb_frame` and a frame's `f_back` give, as CPython's `frame` type.
//!
//! A frame object is made only when asked for, and at most one per running
//! frame: the VM frame keeps it (`Frame::obj`), and the object keeps the
//! index of its VM frame. It is live while that VM frame still holds it;
//! then `f_lineno` is the frame's current line and `f_locals` a fresh dict
//! of its fast locals and cells (as CPython's for function frames; a module
//! or class body's namespace itself). Once the VM frame is gone (a new
//! frame at the same index does not hold the object) it answers with what
//! it saw last: the line and locals read last while it ran, or those the
//! frame had when an exception took it off the stack (`Vm::unwind`).
//!
//! A traceback entry notes the frame's globals, its index and its frame
//! object if it had one; `tb_frame` makes the object at the first read (the
//! live frame's own if it still runs). An exception passing a frame costs
//! no allocation: frames that never had an object and are gone show their
//! code, globals and line, an empty `f_locals` (CPython's show the
//! locals they had), and the frame of the entry outside theirs as `f_back`.

use alloc::rc::Rc;

use crate::interp::code::CodeObject;
use crate::runtime::object::{BuiltinDef, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// The state of a frame object (`Obj::Frame`).
#[derive(Debug)]
pub struct FrameObject {
    /// The frame's code.
    pub code: Rc<CodeObject>,
    /// Its globals.
    pub globals: ObjRef,
    /// Index of its VM frame in `Vm::frames` (meaningful while live).
    pub index: usize,
    /// The line it ran when last seen (its last line once gone).
    pub line: u32,
    /// The instruction it ran when last seen (code-unit index).
    pub last_instr: u32,
    /// `f_locals` once the frame is gone (a dict), else `Null`.
    pub locals: Value,
    /// `f_back` as last seen (a frame object or `None`; `Null`: not yet asked).
    pub back: Value,
    /// `f_code` once asked (a code object), else `Null`.
    pub code_obj: Value,
    /// `f_trace` (stored, never called: ouro has no tracing hooks).
    pub trace: Value,
}

impl FrameObject {
    /// Calls `f` on the values it holds (GC roots).
    pub fn for_each_ref(&self, f: &mut impl FnMut(Value)) {
        self.code.for_each_ref(f);
        f(Value::Obj(self.globals));
        f(self.locals);
        f(self.back);
        f(self.code_obj);
        f(self.trace);
    }
}

/// A VM frame's or a traceback entry's frame object, if any (an `ObjRef`
/// with a spare value for none, so that it fits beside another `u32`: the
/// frames and traceback entries stay their size).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MaybeFrame(u32);

impl MaybeFrame {
    /// No frame object.
    pub const NONE: MaybeFrame = MaybeFrame(u32::MAX);

    /// The frame object `r`.
    pub fn some(r: ObjRef) -> MaybeFrame {
        MaybeFrame(r.0)
    }

    /// The frame object, if any.
    pub fn get(self) -> Option<ObjRef> {
        (self != MaybeFrame::NONE).then_some(ObjRef(self.0))
    }
}

/// What a traceback entry keeps of its frame for `tb_frame`.
#[derive(Clone, Debug)]
pub struct TracebackFrame {
    /// The frame's globals.
    pub globals: ObjRef,
    /// Index of the frame in `Vm::frames` when the exception passed it.
    pub index: u32,
    /// Its frame object: the frame's own when it had one then, else made
    /// at the first `tb_frame`.
    pub obj: MaybeFrame,
}

impl TracebackFrame {
    /// The same note without the frame object (for the entry of a
    /// comprehension inlined in the frame: its frame is not the frame's own).
    pub fn without_object(&self) -> TracebackFrame {
        TracebackFrame { obj: MaybeFrame::NONE, ..self.clone() }
    }

    /// Calls `f` on the values it holds (GC roots).
    pub fn for_each_ref(&self, f: &mut impl FnMut(Value)) {
        f(Value::Obj(self.globals));
        if let Some(o) = self.obj.get() {
            f(Value::Obj(o));
        }
    }
}

/// The frame object's methods.
static CLEAR: BuiltinDef = BuiltinDef { name: "clear", func: clear };

/// True for frames a traceback and `sys._getframe` show (not the
/// Python-written loops of built-ins).
fn visible(code: &CodeObject) -> bool {
    code.code.flags & crate::bytecode::code::FLAG_HIDDEN == 0
}

impl Vm {
    /// The traceback note for the VM frame at `index` (`Vm::add_traceback`).
    #[inline]
    pub(crate) fn traceback_frame_note(&self, index: usize) -> TracebackFrame {
        match self.frames.get(index) {
            Some(f) => TracebackFrame { globals: f.globals, index: index as u32, obj: f.obj },
            None => TracebackFrame { globals: self.builtins, index: u32::MAX, obj: MaybeFrame::NONE },
        }
    }

    /// The frame `depth` frames out from the top one (0: the top one), if
    /// the stack is that deep, counting one for each comprehension inlined
    /// where a frame stands (CPython 3.11 runs those in frames of their
    /// own): the index of its VM frame and how many of those comprehensions
    /// it is out from the innermost one.
    fn visible_scope(&self, depth: usize) -> Option<(usize, usize)> {
        let frames = self.frames.iter().enumerate().rev().filter(|(_, f)| visible(&f.code));
        let scopes =
            frames.flat_map(|(i, f)| (0..f.code.code.frames_at(f.pc.saturating_sub(1)).count()).map(move |k| (i, k)));
        scopes.into_iter().nth(depth)
    }

    /// The frame object of the frame at `index` seen `skip` comprehension
    /// frames out from its innermost one: the frame's own object when that
    /// is past the comprehensions inlined where it stands, else one for a
    /// comprehension's frame (made anew: a snapshot with the line it stands
    /// at, no locals, and the frame outside it as `f_back`).
    fn scope_object(&mut self, index: usize, skip: usize) -> Option<ObjRef> {
        let f = self.frames.get(index)?;
        let (code, globals) = (f.code.clone(), f.globals);
        let scopes: alloc::vec::Vec<_> =
            code.code.frames_at(f.pc.saturating_sub(1)).map(|(c, at)| (c.copied(), at)).collect();
        let mut obj = self.frame_object_at(index)?;
        for &(c, at) in scopes.get(skip..)?.iter().rev() {
            let Some(c) = c else { continue };
            let fo = FrameObject {
                code: self.comprehension_code(&code.code, &c),
                globals,
                index: usize::MAX,
                line: code.code.line_at(at as usize),
                last_instr: at,
                locals: Value::Null,
                back: Value::Obj(obj),
                code_obj: Value::Null,
                trace: Value::None,
            };
            obj = self.new_frame_object(fo);
        }
        Some(obj)
    }

    /// The visible frame below the one at `index`, if any.
    fn frame_below(&self, index: usize) -> Option<usize> {
        let below = self.frames.get(..index)?;
        below.iter().rposition(|f| visible(&f.code))
    }

    /// The frame object of the running frame at `index` (made at the first
    /// request, then the same object while the frame runs).
    /// (`None` past the top of the frame stack.)
    pub(crate) fn frame_object_at(&mut self, index: usize) -> Option<ObjRef> {
        let f = self.frames.get(index)?;
        let (line, last_instr) = current_position(&f.code, f.pc);
        if let Some(r) = f.obj.get() {
            self.note_position(r, line, last_instr);
            return Some(r);
        }
        let fo = FrameObject {
            code: f.code.clone(),
            globals: f.globals,
            index,
            line,
            last_instr,
            locals: Value::Null,
            back: Value::Null,
            code_obj: Value::Null,
            trace: Value::None,
        };
        let r = self.new_frame_object(fo);
        if let Some(f) = self.frames.get_mut(index) {
            f.obj = MaybeFrame::some(r);
        }
        Some(r)
    }

    /// Notes the position a frame object's running frame is at (what it
    /// shows once the frame is gone).
    fn note_position(&mut self, r: ObjRef, line: u32, last_instr: u32) {
        if let Obj::Frame(fo) = self.heap.get_mut(r) {
            fo.line = line;
            fo.last_instr = last_instr;
        }
    }

    /// The frame object of the visible frame below the one at `index`, or `None`.
    fn frame_object_below(&mut self, index: usize) -> Value {
        match self.frame_below(index).and_then(|b| self.scope_object(b, 0)) {
            Some(b) => Value::Obj(b),
            None => Value::None,
        }
    }

    /// Allocates a frame object (making the `frame` class the first time).
    fn new_frame_object(&mut self, fo: FrameObject) -> ObjRef {
        if self.frame_class.is_none() {
            let object = self.types.object;
            let c = self.new_builtin_class("frame", Some(object), crate::runtime::object::Layout::Native);
            self.frame_class = Some(c);
        }
        self.heap.alloc(Obj::Frame(alloc::boxed::Box::new(fo)))
    }

    /// `sys._getframe(depth)`: the frame object `depth` calls out from the caller's.
    pub(crate) fn getframe(&mut self, depth: usize) -> PyResult<Value> {
        match self.visible_scope(depth).and_then(|(i, skip)| self.scope_object(i, skip)) {
            Some(r) => Ok(Value::Obj(r)),
            None => Err(self.value_error("call stack is not deep enough")),
        }
    }

    /// The index of the VM frame that `frame` stands for, while it runs.
    fn live_index(&self, frame: ObjRef) -> Option<usize> {
        let Obj::Frame(fo) = self.heap.get(frame) else { return None };
        self.frames.get(fo.index).filter(|f| f.obj == MaybeFrame::some(frame)).map(|_| fo.index)
    }

    /// Called as an exception takes the frame at `index` off the stack:
    /// its frame object, if it has one, keeps the frame's last line, locals
    /// and caller. (Frames without one keep nothing: the exception path
    /// allocates nothing for frame objects.)
    pub(crate) fn frame_left_by_exception(&mut self, index: usize) {
        let Some(r) = self.frames.get(index).and_then(|f| f.obj.get()) else { return };
        // (An error making the snapshot leaves the frame object as it was.)
        let _ = self.refresh_frame_object(r, index);
    }

    /// Reads the running frame at `index` into its frame object `r`: line,
    /// locals and caller, what it shows once the frame is gone.
    fn refresh_frame_object(&mut self, r: ObjRef, index: usize) -> PyResult<()> {
        let Some(f) = self.frames.get(index) else { return Ok(()) };
        let (line, last_instr) = current_position(&f.code, f.pc);
        self.note_position(r, line, last_instr);
        let locals = crate::builtins::functions::frame_locals_dict(self, index)?;
        let back = self.frame_object_below(index);
        if let Obj::Frame(fo) = self.heap.get_mut(r) {
            fo.locals = locals;
            fo.back = back;
        }
        Ok(())
    }

    /// `tb.tb_frame` for traceback entry `index` (0 = outermost) of `exc`.
    /// A gone frame's `f_back` is the frame of the entry outside it (its
    /// caller when the exception passed), so those are made first, from
    /// the innermost entry that has its frame object already.
    pub(crate) fn traceback_frame(&mut self, exc: ObjRef, index: usize) -> Value {
        let Some(first) = self.traceback_frame_note_at(exc, index) else { return Value::None };
        if let Some(r) = first.get() {
            return Value::Obj(r);
        }
        let mut start = index;
        while start > 0 && self.traceback_frame_note_at(exc, start - 1).is_some_and(|m| m.get().is_none()) {
            start -= 1;
        }
        let mut back = match start.checked_sub(1).and_then(|outer| self.traceback_frame_note_at(exc, outer)) {
            Some(m) => m.get().map_or(Value::None, Value::Obj),
            None => Value::None,
        };
        for i in start..=index {
            back = self.make_traceback_frame(exc, i, back);
        }
        back
    }

    /// The frame object noted in traceback entry `index` (0 = outermost)
    /// of `exc`, `None` past the entries.
    fn traceback_frame_note_at(&self, exc: ObjRef, index: usize) -> Option<MaybeFrame> {
        match self.heap.get(exc) {
            Obj::Instance(i) => i.exc.as_ref().and_then(|e| e.traceback.iter().rev().nth(index)).map(|t| t.frame.obj),
            _ => None,
        }
    }

    /// Makes (and notes) the frame object of traceback entry `index` of
    /// `exc`, whose frame, if gone, was called from `back`'s.
    fn make_traceback_frame(&mut self, exc: ObjRef, index: usize, back: Value) -> Value {
        let entry = match self.heap.get(exc) {
            Obj::Instance(i) => i.exc.as_ref().and_then(|e| e.traceback.iter().rev().nth(index).cloned()),
            _ => None,
        };
        let Some(entry) = entry else { return Value::None };
        if let Some(r) = entry.frame.obj.get() {
            return Value::Obj(r);
        }
        // Still running (the frame handling it, or one it passed on its
        // way there): that frame's own object.
        let at = entry.frame.index as usize;
        let running =
            self.frames.get(at).is_some_and(|f| Rc::ptr_eq(&f.code, &entry.code) && f.globals == entry.frame.globals);
        let own = if running && entry.comprehension.is_none() { self.frame_object_at(at) } else { None };
        let r = if let Some(own) = own {
            own
        } else {
            // (An inlined comprehension's entry gets a frame of its own.)
            let inlined = entry.comprehension.and(entry.code.code.comprehensions_at(entry.pc as usize).next());
            let code = match inlined {
                Some(c) => self.comprehension_code(&entry.code.code, c),
                None => entry.code.clone(),
            };
            let fo = FrameObject {
                code,
                globals: entry.frame.globals,
                index: usize::MAX,
                line: entry.line,
                last_instr: 0,
                locals: Value::Null,
                back,
                code_obj: Value::Null,
                trace: Value::None,
            };
            self.new_frame_object(fo)
        };
        if let Obj::Instance(i) = self.heap.get_mut(exc) {
            if let Some(e) = i.exc.as_mut() {
                let n = e.traceback.len();
                if let Some(t) = n.checked_sub(index + 1).and_then(|k| e.traceback.get_mut(k)) {
                    t.frame.obj = MaybeFrame::some(r);
                }
            }
        }
        Value::Obj(r)
    }

    /// An attribute of a frame object, or `None` if it has no such one.
    pub(crate) fn frame_attr(&mut self, r: ObjRef, name: ObjRef) -> PyResult<Option<Value>> {
        let live = self.live_index(r);
        if let Some(f) = live.and_then(|i| self.frames.get(i)) {
            // (What a gone frame shows is what was seen last.)
            let (line, last_instr) = current_position(&f.code, f.pc);
            self.note_position(r, line, last_instr);
        }
        let Obj::Frame(fo) = self.heap.get(r) else { return Ok(None) };
        let n = self.str_text(name);
        Ok(Some(match n.as_str() {
            "f_code" => {
                if !fo.code_obj.is_null() {
                    return Ok(Some(fo.code_obj));
                }
                let code = fo.code.clone();
                let c = Value::Obj(self.heap.alloc(Obj::Code(code)));
                if let Obj::Frame(fo) = self.heap.get_mut(r) {
                    fo.code_obj = c;
                }
                c
            }
            "f_globals" => Value::Obj(fo.globals),
            "f_builtins" => Value::Obj(self.builtins),
            "f_lineno" => Value::Int(i64::from(fo.line)),
            "f_lasti" => Value::Int(i64::from(fo.last_instr) * 2),
            "f_trace" => fo.trace,
            "f_trace_lines" => Value::Bool(true),
            "f_trace_opcodes" => Value::Bool(false),
            "f_locals" => match live {
                Some(index) => {
                    let locals = crate::builtins::functions::frame_locals_dict(self, index)?;
                    if let Obj::Frame(fo) = self.heap.get_mut(r) {
                        fo.locals = locals;
                    }
                    locals
                }
                None if fo.locals.is_null() => {
                    let d = Value::Obj(self.new_dict_obj());
                    if let Obj::Frame(fo) = self.heap.get_mut(r) {
                        fo.locals = d;
                    }
                    d
                }
                None => fo.locals,
            },
            "f_back" => match live {
                Some(index) => {
                    let back = self.frame_object_below(index);
                    if let Obj::Frame(fo) = self.heap.get_mut(r) {
                        fo.back = back;
                    }
                    back
                }
                None if fo.back.is_null() => Value::None,
                None => fo.back,
            },
            "clear" => Value::Obj(self.heap.alloc(Obj::Builtin { def: &CLEAR, receiver: Value::Obj(r) })),
            _ => return Ok(None),
        }))
    }

    /// `frame.f_trace = value` (the only writable attribute); false for
    /// other names (AttributeError).
    pub(crate) fn set_frame_attr(&mut self, r: ObjRef, name: ObjRef, value: Value) -> bool {
        if self.str_text(name) != "f_trace" {
            return false;
        }
        if let Obj::Frame(fo) = self.heap.get_mut(r) {
            fo.trace = value;
        }
        true
    }

    /// `repr(frame)`, as CPython prints it.
    pub(crate) fn frame_repr(&self, r: ObjRef, addr: &str) -> alloc::string::String {
        let Obj::Frame(fo) = self.heap.get(r) else { return alloc::string::String::new() };
        let line = match self.live_index(r).and_then(|i| self.frames.get(i)) {
            Some(f) => current_position(&f.code, f.pc).0,
            None => fo.line,
        };
        let mut file = alloc::string::String::new();
        crate::runtime::str_repr::str_repr(&fo.code.code.filename, &mut file);
        alloc::format!("<frame at {addr}, file {file}, line {line}, code {}>", fo.code.code.name)
    }
}

/// The line and instruction of a frame standing at `pc` (after the
/// instruction it runs: a call, or the one being run), or inside inlined
/// comprehensions at the outermost one (CPython's call of its function).
fn current_position(code: &CodeObject, pc: usize) -> (u32, u32) {
    let running = pc.saturating_sub(1);
    let at = code.code.frames_at(running).last().map_or(running as u32, |(_, at)| at);
    (code.code.line_at(at as usize), at)
}

/// `frame.clear()`: drops a gone frame's locals; a running frame refuses.
fn clear(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, "clear", kw)?;
    crate::builtins::arity(vm, "clear", args, 1, 1)?;
    let Some(r) = args.first().and_then(|v| v.as_obj()).filter(|&r| matches!(vm.heap.get(r), Obj::Frame(_))) else {
        return Err(vm.type_error("descriptor 'clear' requires a 'frame' object"));
    };
    if vm.live_index(r).is_some() {
        return Err(vm.runtime_error_msg("cannot clear an executing frame"));
    }
    if let Obj::Frame(fo) = vm.heap.get_mut(r) {
        fo.locals = Value::Null;
    }
    Ok(Value::None)
}
