//! The `ouro` command: run a script or a bytecode file, compile a script
//! to one (`ouro compile`), or inspect how ouro compiles and runs it.

use std::process::ExitCode;

mod args;
mod line_edit;
mod repl;
use ouro::{JitMode, StdHost, Vm, VmConfig};

/// The command's allocator. Strings, lists and dicts own Rust allocations,
/// so allocation speed is part of the VM's speed; glibc's malloc spent a
/// quarter of the string benchmark's time. (Embedders bring their own.)
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Stack of the thread the VM runs on: dunders called from native code
/// re-enter the interpreter on the Rust stack, and the VM's native depth
/// limit is derived from this.
const VM_STACK: usize = 256 << 20;

/// What the command runs, and as what.
struct Script {
    program: Program,
    /// The file name it runs under (`<string>` for `-c`).
    filename: String,
    /// `-m`'s package: the module's relative imports are its.
    package: Option<String>,
}

/// The module `-m` runs: its file, source and package.
struct MainModule {
    path: String,
    source: String,
    package: String,
}

/// Finds the module `name` for `-m`, as CPython's `runpy` does: a source
/// file `a/b.py` or a package's `a/b/__main__.py` in the current directory
/// or the `-I` directories (then `OURO_PATH`'s), or a standard-library
/// module ouro ships.
fn find_main_module(name: &str, paths: &[String]) -> Result<MainModule, String> {
    if name.starts_with('.') {
        return Err(String::from("Relative module names not supported"));
    }
    if name.is_empty() || !name.split('.').all(|p| !p.is_empty()) {
        return Err(format!("No module named {name}"));
    }
    let rel: std::path::PathBuf = name.split('.').collect();
    let env_paths = std::env::var("OURO_PATH").unwrap_or_default();
    let dirs = std::iter::once(String::new())
        .chain(paths.iter().cloned())
        .chain(env_paths.split(':').filter(|s| !s.is_empty()).map(String::from));
    let package_of = |n: &str| n.rsplit_once('.').map_or(String::new(), |(p, _)| String::from(p));
    for dir in dirs {
        let base = std::path::Path::new(&dir).join(&rel);
        let (file, package) = match base.is_dir() {
            true => (base.join("__main__.py"), String::from(name)),
            false => (base.with_extension("py"), package_of(name)),
        };
        if base.is_dir() && !file.is_file() {
            return Err(format!(
                "No module named {name}.__main__; '{name}' is a package and cannot be directly executed"
            ));
        }
        if file.is_file() {
            let path = std::path::absolute(&file).unwrap_or(file).display().to_string();
            let source = std::fs::read_to_string(&path).map_err(|e| format!("can't open file '{path}': {e}"))?;
            return Ok(MainModule { path, source, package });
        }
    }
    // The packed stdlib: a package runs its `__main__` module.
    let Some(found) = ouro::stdlib::find(name) else {
        return Err(format!("No module named {name}"));
    };
    let (module, package) = match found.file.ends_with("/__init__.py") {
        true => match ouro::stdlib::find(&format!("{name}.__main__")) {
            Some(main) => (main, String::from(name)),
            None => {
                return Err(format!(
                    "No module named {name}.__main__; '{name}' is a package and cannot be directly executed"
                ))
            }
        },
        false => (found, package_of(name)),
    };
    match module.source() {
        Some(source) => Ok(MainModule { path: String::from(module.file), source, package }),
        None => Err(format!("No module named {name}")),
    }
}

/// What the command runs.
enum Program {
    /// Source text (a script, `-c`, or nothing: the prompt).
    Source(String),
    /// A bytecode file (`ouro compile` made it): recognised by its magic
    /// number, whatever the file is called.
    Bytecode(Vec<u8>),
}

/// `ouro compile FILE [-o OUT]`: writes FILE's bytecode (OUT defaults to
/// FILE with the extension `.ouroc`).
fn compile_command(args: Vec<String>) -> ExitCode {
    let opts = match args::parse_compile(args) {
        Ok(opts) => opts,
        Err(code) => return code,
    };
    let file = opts.file;
    let out = match opts.output {
        Some(out) => std::path::PathBuf::from(out),
        None => std::path::Path::new(&file).with_extension("ouroc"),
    };
    let source = match std::fs::read(&file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                eprint!("{}", non_utf8_error(&file, e.as_bytes(), e.utf8_error().valid_up_to()));
                return ExitCode::from(1);
            }
        },
        Err(e) => {
            eprintln!("ouro: can't open file '{file}': {e}");
            return ExitCode::from(2);
        }
    };
    match ouro::api::compile_to_bytes(&source, &file) {
        Ok(bytes) => match std::fs::write(&out, bytes) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("ouro: can't write '{}': {e}", out.display());
                ExitCode::from(2)
            }
        },
        Err(e) => {
            eprint!("{}", e.traceback);
            ExitCode::from(1)
        }
    }
}

fn main() -> ExitCode {
    let mut args: Vec<String> = Vec::new();
    for arg in std::env::args_os() {
        match arg.into_string() {
            Ok(arg) => args.push(arg),
            Err(_) => {
                eprint!("error: invalid UTF-8 was detected in one or more arguments\n\nFor more information, try '--help'.\n");
                return ExitCode::from(2);
            }
        }
    }
    if args.get(1).is_some_and(|a| a == "compile") {
        return compile_command(args.split_off(1));
    }
    let opts = match args::parse_main(args, JitMode::default_mode().name()) {
        Ok(opts) => opts,
        Err(code) => return code,
    };
    let mode_name = opts.jit.as_deref().unwrap_or(JitMode::default_mode().name());
    let Some(mode) = JitMode::from_name(mode_name) else {
        eprintln!("ouro: unknown --jit mode '{mode_name}' (expected off, interp or x86_64)");
        return ExitCode::from(2);
    };
    if let Some(reason) = mode.unavailable_reason() {
        eprintln!("ouro: --jit {}: {reason}", mode.name());
        return ExitCode::from(2);
    }
    let mut params = ouro::jit::JitParams::default();
    if let Some(n) = opts.jit_threshold {
        params.set_threshold(n);
    }
    for p in &opts.jit_params {
        if p == "help" {
            println!("JIT parameters (--jit-param NAME=VALUE):");
            for (name, default, min, max, doc) in ouro::jit::JitParams::TABLE {
                println!("  {name:<18} default {default:<6} range {min}..={max}  {doc}");
            }
            return ExitCode::SUCCESS;
        }
        if let Err(e) = params.set_from_str(p) {
            eprintln!("ouro: --jit-param: {e}");
            return ExitCode::from(2);
        }
    }
    // `-m MODULE`: its file runs as the script, in its package.
    let module = match &opts.module {
        Some(name) => match find_main_module(name, &opts.paths) {
            Ok(found) => Some(found),
            Err(message) => {
                eprintln!("ouro: {message}");
                return ExitCode::from(1);
            }
        },
        None => None,
    };
    let (program, filename) = match (&opts.command, &opts.file) {
        _ if module.is_some() => {
            let m = module.as_ref().expect("checked");
            (Program::Source(m.source.clone()), m.path.clone())
        }
        (Some(code), _) => (Program::Source(code.clone()), String::from("<string>")),
        (None, Some(file)) => match std::fs::read(file) {
            Ok(bytes) if ouro::bytecode::file::is_bytecode(&bytes) => (Program::Bytecode(bytes), file.clone()),
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(s) => (Program::Source(s), file.clone()),
                Err(e) => {
                    eprint!("{}", non_utf8_error(file, e.as_bytes(), e.utf8_error().valid_up_to()));
                    return ExitCode::from(1);
                }
            },
            Err(e) => {
                eprintln!("ouro: can't open file '{file}': {e}");
                return ExitCode::from(2);
            }
        },
        (None, None) => (Program::Source(String::new()), String::from("<stdin>")),
    };
    let no_script = matches!(&program, Program::Source(s) if s.is_empty()) && filename == "<stdin>";
    let interactive = opts.interactive || no_script;
    // `sys.argv` as CPython's: `['-c', args...]` for a command (whose
    // first argument the parser took for a file), the script's name first
    // otherwise.
    let argv = match (&opts.command, &module) {
        (_, Some(m)) => std::iter::once(m.path.clone()).chain(opts.file.clone()).chain(opts.args).collect(),
        (Some(_), None) => std::iter::once(String::from("-c")).chain(opts.file.clone()).chain(opts.args).collect(),
        (None, None) => std::iter::once(filename.clone()).chain(opts.args).collect(),
    };
    let package = module.map(|m| m.package);
    let mut config =
        VmConfig { argv, max_native_depth: VmConfig::native_depth_for_stack(VM_STACK), ..VmConfig::default() };
    if let Some(limit) = opts.heap_limit {
        config.heap_limit = limit as usize;
    }
    if let Some(limit) = opts.recursion_limit {
        config.recursion_limit = limit as usize;
    }
    if let Err(e) = config.validate() {
        eprintln!("ouro: invalid limits: {e}");
        return ExitCode::from(2);
    }
    let fuel = opts.fuel;
    let timeout = opts.timeout;
    if let Some(t) = timeout {
        if !(t.is_finite() && t > 0.0) {
            eprintln!("ouro: --timeout {t}: expected a positive number of seconds");
            return ExitCode::from(2);
        }
    }
    let dumps = opts.dumps;
    if let Some(bad) = dumps.iter().find(|d| !["bytecode", "uops", "ir", "asm"].contains(&d.as_str())) {
        eprintln!("ouro: --dump {bad}: unknown (available: bytecode, uops, ir, asm)");
        return ExitCode::from(2);
    }
    let jit = JitSetup {
        mode,
        params,
        dump_uops: dumps.iter().any(|d| d == "uops"),
        dump_ir: dumps.iter().any(|d| d == "ir"),
        dump_asm: dumps.iter().any(|d| d == "asm"),
        perf_map: opts.perf_map,
        fuel,
        timeout,
        interactive,
    };
    let dump = dumps.iter().any(|d| d == "bytecode");
    let paths: Vec<std::path::PathBuf> = opts.paths.into_iter().map(std::path::PathBuf::from).collect();
    let stats = opts.stats;

    // Whatever the platform's main-thread default is (see VM_STACK).
    let worker = std::thread::Builder::new()
        .stack_size(VM_STACK)
        .spawn(move || run(Script { program, filename, package }, config, dump, stats, paths, jit));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("ouro: internal error: the VM thread failed");
            ExitCode::from(70)
        }
    }
}

/// The JIT options of the command line.
struct JitSetup {
    mode: JitMode,
    params: ouro::jit::JitParams,
    dump_uops: bool,
    dump_ir: bool,
    dump_asm: bool,
    perf_map: bool,
    /// `--fuel`.
    fuel: Option<u64>,
    /// `--timeout`.
    timeout: Option<f64>,
    /// Run the interactive prompt after the script (`-i`, or no script).
    interactive: bool,
}

/// Installs the JIT the command line asked for.
fn install_jit(vm: &mut Vm, jit: &JitSetup) -> Result<(), String> {
    #[cfg(target_arch = "x86_64")]
    if jit.mode == JitMode::X86_64 && jit.perf_map && JitMode::X86_64.unavailable_reason().is_none() {
        let memory = ouro::OsCodeMemory::with_perf_map().map_err(|e| format!("--perf-map: {e}"))?;
        return ouro::configure_native_jit(vm, Box::new(memory), jit.params.clone()).map_err(String::from);
    }
    ouro::configure_jit(vm, jit.mode, jit.params.clone())
        .map_err(|reason| format!("--jit {}: {reason}", jit.mode.name()))
}

fn run(
    script: Script,
    config: VmConfig,
    dump: bool,
    stats: bool,
    paths: Vec<std::path::PathBuf>,
    jit: JitSetup,
) -> ExitCode {
    let Script { program, filename, package } = script;
    if dump {
        let code = match &program {
            Program::Source(source) => ouro::compiler::compile(source, &filename)
                .map_err(|e| ouro::vm::render_compile_error(&e, source, &filename).traceback),
            Program::Bytecode(bytes) => {
                ouro::bytecode::file::from_bytes(bytes).map_err(|e| format!("ouro: {filename}: {e}\n"))
            }
        };
        return match code {
            Ok(code) => {
                let mut text = String::new();
                ouro::bytecode::disasm::disassemble(&code, &mut text);
                print!("{text}");
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprint!("{message}");
                ExitCode::from(1)
            }
        };
    }
    let mut host = StdHost::new(&filename, &paths);
    if package.is_some() {
        // `-m`: the current directory leads the module search, as in CPython.
        host.set_script_dir(std::path::PathBuf::new());
    }
    // Code objects name the script by its absolute path, as CPython's do
    // (tracebacks, `co_filename`); `sys.argv[0]` stays as given.
    let filename = ouro::Host::script_path(&host).to_string();
    let mut vm = match Vm::try_new(config, Box::new(host)) {
        Ok(vm) => vm,
        Err(e) => {
            eprintln!("ouro: invalid limits: {e}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = install_site_builtins(&mut vm) {
        eprint!("{}", e.traceback);
        return ExitCode::from(70);
    }
    vm.set_fuel(jit.fuel);
    vm.set_deadline(jit.timeout);
    // Ctrl-C raises KeyboardInterrupt in the script at its next safepoint (a
    // second Ctrl-C while the first is still pending ends the process, as
    // a script that never reaches a safepoint could otherwise not be stopped).
    let flag = vm.interrupt_handle();
    let _ = ctrlc::set_handler(move || {
        if flag.keyboard_interrupt() {
            std::process::exit(130);
        }
    });
    vm.stats.enabled = stats;
    if let Err(reason) = install_jit(&mut vm, &jit) {
        eprintln!("ouro: {reason}");
        return ExitCode::from(2);
    }
    if let Some(j) = vm.jit.as_mut() {
        j.dump_uops = jit.dump_uops;
        j.dump_ir = jit.dump_ir;
        j.dump_asm = jit.dump_asm;
    }
    // `-m pkg.mod`: the package is imported first, as `runpy` does.
    if let Some(p) = package.as_deref().filter(|p| !p.is_empty()) {
        if let Err(e) = vm.exec(&format!("__import__({p:?})"), "<frozen runpy>") {
            vm.host.write_stderr(&e.traceback);
            return ExitCode::from(e.exit_code.clamp(0, 255) as u8);
        }
    }
    // With the prompt to follow, the script runs in the persistent
    // namespace the prompt uses (CPython's `-i`).
    let result = match (&program, jit.interactive) {
        (Program::Source(source), true) if source.is_empty() => Ok(()),
        (Program::Source(source), true) => {
            // CPython's `-i script.py` leaves the script's `__file__` for the prompt.
            vm.set_global("__file__", filename.as_str()).and_then(|()| vm.exec(source, &filename))
        }
        (Program::Source(source), false) => vm.run_source_in_package(source, &filename, package.as_deref()),
        (Program::Bytecode(bytes), true) => vm.exec_bytecode(bytes),
        (Program::Bytecode(bytes), false) => vm.run_bytecode(bytes),
    };
    let mut code = match result {
        Ok(()) => ExitCode::SUCCESS,
        // An uncaught KeyboardInterrupt ends the process as SIGINT would (CPython: 130).
        Err(e) if e.kind == "KeyboardInterrupt" => {
            vm.host.write_stderr(&e.traceback);
            ExitCode::from(130)
        }
        Err(e) => {
            vm.host.write_stderr(&e.traceback);
            ExitCode::from(e.exit_code.clamp(0, 255) as u8)
        }
    };
    if jit.interactive {
        vm.set_fuel(None);
        vm.set_deadline(None);
        code = ExitCode::from(repl::run(&mut vm).clamp(0, 255) as u8);
    }
    // Shutdown: suspended generators run their `finally` blocks, as in CPython.
    vm.finalize();
    if stats {
        let h = vm.heap.stats;
        let text = format!(
            "--- ouro stats ---\ninstructions executed: {}\ncalls: {}\nheap: {} collections, {} objects allocated, {} freed, {} live now, peak in use {} bytes (objects, tables, stacks, caches, JIT)\n",
            vm.stats.instructions,
            vm.stats.calls,
            h.collections,
            h.allocations,
            h.freed,
            vm.heap.live_objects(),
            h.peak_live_bytes
        );
        vm.host.write_stderr(&text);
        vm.host.write_stderr(&ouro::stats::specialization_report(&vm.stats));
        if let Some(j) = vm.jit.as_ref() {
            let report = j.report(vm.stats.instructions);
            vm.host.write_stderr(&report);
        }
    }
    code
}

/// What CPython's `site` adds for the command line (not for embedders, as
/// in CPython): `exit` and `quit`, which print how to leave when echoed and
/// raise `SystemExit` when called, in scripts and at the prompt alike.
const SITE_BUILTINS: &str = "\
class Quitter:
    __module__ = '_sitebuiltins'
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        raise SystemExit(code)
import builtins as _b
_b.exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
_b.quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
del _b, Quitter
";

/// Installs [`SITE_BUILTINS`].
fn install_site_builtins(vm: &mut Vm) -> Result<(), ouro::ScriptError> {
    vm.exec(SITE_BUILTINS, "<site>")
}

/// CPython's SyntaxError for a source file that is not UTF-8 (and declares
/// no other encoding): the first bad byte and its line.
fn non_utf8_error(file: &str, bytes: &[u8], bad_at: usize) -> String {
    let line = bytes[..bad_at].iter().filter(|&&b| b == b'\n').count() + 1;
    let byte = bytes.get(bad_at).copied().unwrap_or(0);
    let path = std::path::absolute(file).map(|p| p.display().to_string()).unwrap_or_else(|_| file.to_string());
    format!(
        "SyntaxError: Non-UTF-8 code starting with '\\x{byte:02x}' in file {path} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn non_utf8_source_is_a_syntax_error_naming_byte_and_line() {
        let bytes = b"print('ok')\n# \xff\n";
        let bad_at = 14; // where the first invalid byte is
        let msg = super::non_utf8_error("/x/y.py", bytes, bad_at);
        assert_eq!(
            msg,
            "SyntaxError: Non-UTF-8 code starting with '\\xff' in file /x/y.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"
        );
    }
}
