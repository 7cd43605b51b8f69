//! `exec`, `eval` and `compile`: source text (or a code object) run in a
//! namespace at run time. Compiling needs the `compiler` feature; without
//! it only code objects can be run.

use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;

use super::kwargs;
use crate::interp::code::CodeObject;
use crate::interp::frame::{Frame, ReturnAction};
use crate::runtime::object::{BuiltinDef, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// The built-in functions of this module.
pub static FUNCTIONS: &[BuiltinDef] = &[
    BuiltinDef { name: "exec", func: exec },
    BuiltinDef { name: "eval", func: eval },
    BuiltinDef { name: "compile", func: compile },
];

/// How source text is compiled: `compile()`'s `mode`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// A module body (statements).
    Exec,
    /// One expression, whose value is the result.
    Eval,
    /// One statement whose expression statements show their values
    /// through `sys.displayhook` (`compile(..., 'single')`).
    Single,
}

/// The exception a compile error in `source` becomes at run time:
/// `SyntaxError: msg (file, line N)` (or the subclass, or
/// NotImplementedError), with CPython's `msg`, `filename`, `lineno`,
/// `offset` and `text` (the line, with its newline).
#[cfg(feature = "compiler")]
pub(crate) fn compile_error_exception(
    vm: &mut Vm,
    e: &crate::compiler::CompileError,
    file: &str,
    source: &str,
) -> crate::runtime::object::PyErr {
    use crate::compiler::CompileErrorKind as K;
    let class = match e.kind {
        K::Syntax => vm.exc.syntax_error,
        K::Indentation => vm.exc.indentation_error,
        K::Tab => vm.exc.tab_error,
        K::NotImplemented => vm.exc.not_implemented_error,
    };
    if e.kind == K::NotImplemented {
        return vm.new_exception(class, &e.msg);
    }
    let err = vm.new_exception(class, format!("{} ({file}, line {})", e.msg, e.line));
    let msg = vm.new_str(&e.msg);
    vm.set_exc_field(err, "msg", msg);
    vm.set_exc_field(err, "lineno", Value::Int(e.line as i64));
    if e.col > 0 {
        vm.set_exc_field(err, "offset", Value::Int(e.col as i64));
    }
    let f = vm.new_str(file);
    vm.set_exc_field(err, "filename", f);
    if let Some(line) = (e.line as usize).checked_sub(1).and_then(|i| source.lines().nth(i)) {
        let text = vm.new_string(format!("{line}\n"));
        vm.set_exc_field(err, "text", text);
    }
    err
}

/// Source text (a str, or bytes decoded as UTF-8 later) or a code object.
fn code_of(vm: &mut Vm, source: Value, file: &str, mode: Mode, func: &str) -> PyResult<Rc<CodeObject>> {
    if let Value::Obj(r) = source {
        if let Obj::Code(c) = vm.heap.get(r) {
            return Ok(c.clone());
        }
    }
    let Some(text) = vm.as_str(source).map(String::from) else {
        let what = if func == "compile" {
            String::from("compile() arg 1 must be a string, bytes or AST object")
        } else {
            format!("{func}() arg 1 must be a string, bytes or code object")
        };
        return Err(vm.type_error(what));
    };
    if text.contains('\0') {
        return Err(vm.new_exception(vm.exc.syntax_error, "source code string cannot contain null bytes"));
    }
    #[cfg(feature = "compiler")]
    {
        let compiled = match mode {
            Mode::Exec => crate::compiler::compile(&text, file),
            Mode::Eval => crate::compiler::compile_eval(&text, file),
            #[cfg(feature = "interactive")]
            Mode::Single => crate::compiler::compile_single(&text, file),
            #[cfg(not(feature = "interactive"))]
            Mode::Single => {
                return Err(vm.not_implemented_error("compile() mode 'single' needs the 'interactive' feature"))
            }
        };
        match compiled {
            Ok(code) => Ok(vm.load_code(code)),
            Err(e) => Err(compile_error_exception(vm, &e, file, &text)),
        }
    }
    #[cfg(not(feature = "compiler"))]
    {
        let _ = (text, file, mode);
        Err(vm.not_implemented_error(format!("{func}() of source text: this build has no compiler")))
    }
}

/// The globals and locals to run in: the arguments, or the caller's.
fn namespaces(vm: &mut Vm, globals: Option<Value>, locals: Option<Value>, func: &str) -> PyResult<(ObjRef, ObjRef)> {
    let dict_of = |vm: &Vm, v: Value| match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_)) => Some(r),
        _ => None,
    };
    let mut refs = [None, None];
    for (i, (slot, (v, what))) in refs.iter_mut().zip([(globals, "globals"), (locals, "locals")]).enumerate() {
        let Some(v) = v.filter(|v| !matches!(v, Value::None)) else { continue };
        match dict_of(vm, v) {
            Some(r) => *slot = Some(r),
            // CPython 3.11's messages differ between the two functions.
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(match (i, func) {
                    (0, "eval") => format!("{what} must be a dict"),
                    (0, _) => format!("{func}() {what} must be a dict, not {tn}"),
                    (_, "eval") => format!("{what} must be a mapping"),
                    _ => format!("{what} must be a mapping or None, not {tn}"),
                }));
            }
        }
    }
    let [globals, locals] = refs;
    match (globals, locals) {
        (Some(g), Some(l)) => Ok((g, l)),
        (Some(g), None) => Ok((g, g)),
        (None, l) => {
            let Some(frame) = vm.frames.last() else {
                return Err(vm.system_error(format!("{func}(): no current frame")));
            };
            let g = frame.globals;
            let l = match l {
                Some(l) => Value::Obj(l),
                None => super::functions::locals_dict(vm)?,
            };
            match l {
                Value::Obj(r) => Ok((g, r)),
                _ => Ok((g, g)),
            }
        }
    }
}

/// Runs `code` with `globals` and `locals` (module-level name semantics).
fn run_in(vm: &mut Vm, code: Rc<CodeObject>, globals: ObjRef, locals: ObjRef) -> PyResult<Value> {
    if vm.native_depth >= vm.config.max_native_depth {
        return Err(vm.recursion_error());
    }
    vm.temp_roots.push(Value::Obj(globals));
    vm.temp_roots.push(Value::Obj(locals));
    let base = vm.stack.len();
    vm.stack.resize(base + code.nlocals(), Value::Null);
    let entry = vm.frames.len();
    vm.push_frame(Frame {
        code,
        pc: 0,
        base,
        ret_base: base,
        globals,
        locals_dict: Some(locals),
        func: Value::Null,
        on_return: ReturnAction::ToNative,
        #[cfg(feature = "frames")]
        obj: crate::interp::frame_object::MaybeFrame::NONE,
    });
    vm.native_depth += 1;
    let r = vm.execute(entry);
    vm.native_depth -= 1;
    vm.temp_roots.pop();
    vm.temp_roots.pop();
    r
}

fn exec_or_eval(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], mode: Mode) -> PyResult<Value> {
    let func = if mode == Mode::Exec { "exec" } else { "eval" };
    let [g_kw, l_kw] = kwargs(vm, func, kw, ["globals", "locals"])?;
    if args.len() > 3 {
        return Err(vm.type_error(format!("{func} expected at most 3 arguments, got {}", args.len())));
    }
    let Some(&source) = args.first() else {
        return Err(vm.type_error(format!("{func} expected at least 1 argument, got 0")));
    };
    let globals = args.get(1).copied().or(g_kw);
    let locals = args.get(2).copied().or(l_kw);
    let (g, l) = namespaces(vm, globals, locals, func)?;
    vm.temp_roots.push(Value::Obj(g));
    vm.temp_roots.push(Value::Obj(l));
    let code = code_of(vm, source, "<string>", mode, func);
    vm.temp_roots.pop();
    vm.temp_roots.pop();
    let r = run_in(vm, code?, g, l)?;
    Ok(if mode == Mode::Exec { Value::None } else { r })
}

/// `exec(source, globals=None, locals=None)`.
fn exec(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    exec_or_eval(vm, args, kw, Mode::Exec)
}

/// `eval(expression, globals=None, locals=None)`.
fn eval(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    exec_or_eval(vm, args, kw, Mode::Eval)
}

/// `compile(source, filename, mode)`: a code object for `exec`/`eval`.
fn compile(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [src_kw, file_kw, mode_kw, _flags, _dont_inherit, _optimize] =
        kwargs(vm, "compile", kw, ["source", "filename", "mode", "flags", "dont_inherit", "optimize"])?;
    let source = args.first().copied().or(src_kw);
    let file = args.get(1).copied().or(file_kw);
    let mode = args.get(2).copied().or(mode_kw);
    let (Some(source), Some(file), Some(mode)) = (source, file, mode) else {
        let missing = if source.is_none() {
            "'source' (pos 1)"
        } else if file.is_none() {
            "'filename' (pos 2)"
        } else {
            "'mode' (pos 3)"
        };
        return Err(vm.type_error(format!("compile() missing required argument {missing}")));
    };
    let Some(file) = vm.as_str(file).map(String::from) else {
        let tn = vm.type_name(file);
        return Err(vm.type_error(format!("compile() argument 'filename' must be str, not {tn}")));
    };
    let mode = match vm.as_str(mode) {
        Some("exec") => Mode::Exec,
        Some("single") => Mode::Single,
        Some("eval") => Mode::Eval,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let code = code_of(vm, source, &file, mode, "compile")?;
    Ok(Value::Obj(vm.heap.alloc(Obj::Code(code))))
}
