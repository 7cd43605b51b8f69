//! The interactive prompt (`ouro` with no script, or `-i`): line editing
//! and history (`line_edit`), multi-line input, results echoed as
//! CPython's REPL does, tracebacks without leaving the prompt.

use crate::line_edit::{Editor, ReadError};
use ouro::Vm;

/// What the compiler says about the input so far.
enum Input {
    /// Complete: run it.
    Complete,
    /// Unfinished (an open bracket, a block header, a continued line): read more.
    Incomplete,
}

/// True if a compile error only means "the input stops too early".
fn incomplete(source: &str) -> Input {
    match ouro::compiler::compile(source, "<stdin>") {
        Ok(_) => Input::Complete,
        Err(e) => {
            let lines = source.lines().count() as u32;
            let at_end = e.line >= lines;
            if e.msg.contains("was never closed")
                || e.msg.contains("unexpected EOF")
                || e.msg.contains("unterminated triple-quoted")
                || (at_end && e.msg.starts_with("expected an indented block"))
            {
                Input::Incomplete
            } else {
                Input::Complete
            }
        }
    }
}

/// The expression form of `source`, if it is a single expression: it is run
/// as an assignment to a hidden name so its value can be echoed.
fn as_expression(source: &str) -> Option<std::rc::Rc<ouro::bytecode::Code>> {
    const PREFIX: &str = "__ouro_repl_value__ = (";
    let wrapped = format!("{PREFIX}{source}\n)\n");
    let code = ouro::compiler::compile(&wrapped, "<stdin>").ok()?;
    Some(std::rc::Rc::new(unshift_first_line(&code, PREFIX.len() as u16)))
}

/// `code` with the columns of its first line's instructions moved `by`
/// to the left (the wrapping's prefix taken out), so caret lines
/// underline the input as typed.
fn unshift_first_line(code: &ouro::bytecode::Code, by: u16) -> ouro::bytecode::Code {
    use ouro::bytecode::code::{Const, Position};
    let mut code = code.clone();
    for (p, &line) in code.positions.iter_mut().zip(&code.lines) {
        if line == 1 && *p != Position::UNKNOWN {
            p.col = p.col.saturating_sub(by);
            if p.end_line_delta == 0 {
                p.end_col = p.end_col.saturating_sub(by);
            }
        }
    }
    for c in &mut code.consts {
        if let Const::Code(inner) = c {
            *inner = std::rc::Rc::new(unshift_first_line(inner, by));
        }
    }
    code
}

/// Runs one complete input in the persistent namespace; echoes the value of
/// an expression (`repr`, unless None) and stores it in `builtins._`.
/// Returns the exit status if the input raised `SystemExit`.
fn run_input(vm: &mut Vm, source: &str) -> Option<i32> {
    let result = match as_expression(source) {
        // Tracebacks show the line as typed (the wrapping keeps line numbers).
        Some(code) => vm.exec_code(code, Some(source)).and_then(|()| echo(vm)),
        None => vm.exec(source, "<stdin>"),
    };
    vm.host.flush();
    match result {
        Ok(()) => None,
        Err(e) if e.kind == "SystemExit" => {
            if !e.traceback.is_empty() {
                vm.host.write_stderr(&e.traceback);
            }
            Some(e.exit_code)
        }
        Err(e) => {
            vm.host.write_stderr(&e.traceback);
            None
        }
    }
}

/// Prints the value an expression input left (unless None) and makes it `_`.
fn echo(vm: &mut Vm) -> Result<(), ouro::ScriptError> {
    let value: Option<ouro::Handle> = vm.get_global("__ouro_repl_value__")?;
    let globals = vm.main_globals();
    let hidden = vm.intern("__ouro_repl_value__");
    let _ = vm.dict_del_str(globals, hidden);
    let Some(h) = value else { return Ok(()) };
    let Some(v) = h.value(vm) else { return Ok(()) };
    let underscore = vm.intern("_");
    let builtins = vm.builtins;
    let text = vm.dict_set_str(builtins, underscore, v).and_then(|()| vm.repr(v));
    match text {
        Ok(t) => {
            vm.host.write_stdout(&t);
            vm.host.write_stdout("\n");
            Ok(())
        }
        Err(e) => Err(vm.script_error(e, None)),
    }
}

/// Reads, runs and echoes until end of input (Ctrl-D) or `SystemExit`;
/// returns the exit status.
pub fn run(vm: &mut Vm) -> i32 {
    let mut editor = Editor::new();
    eprintln!("ouro {} (Python 3.11 compatible); Ctrl-D to exit", env!("CARGO_PKG_VERSION"));
    loop {
        vm.host.flush();
        let first = match editor.readline(">>> ") {
            Ok(line) => line,
            Err(ReadError::Interrupted) => {
                eprintln!("\nKeyboardInterrupt");
                continue;
            }
            Err(_) => {
                eprintln!();
                return 0;
            }
        };
        if first.trim().is_empty() {
            continue;
        }
        let mut source = first.clone();
        // A block header (or a line the compiler finds unfinished) reads
        // more lines; a block ends at an empty line, as in CPython's REPL.
        let block = first.trim_end().ends_with(':');
        if block || matches!(incomplete(&source), Input::Incomplete) {
            loop {
                match editor.readline("... ") {
                    Ok(line) => {
                        if block && line.trim().is_empty() {
                            break;
                        }
                        source.push('\n');
                        source.push_str(&line);
                        if !block && matches!(incomplete(&source), Input::Complete) {
                            break;
                        }
                    }
                    Err(ReadError::Interrupted) => {
                        eprintln!("\nKeyboardInterrupt");
                        source.clear();
                        break;
                    }
                    Err(_) => break,
                }
            }
        }
        if source.is_empty() {
            continue;
        }
        editor.add_history_entry(&source);
        source.push('\n');
        if let Some(code) = run_input(vm, &source) {
            return code;
        }
    }
}
