//! The `ouro` command: run a script or a bytecode file, compile a script
//! to one (`ouro compile`), or inspect how ouro compiles and runs it.

use std::process::ExitCode;

use clap::{Arg, ArgAction, Command};

mod repl;
use ouro::{JitMode, StdHost, Vm, VmConfig};

/// The command's allocator. Strings, lists and dicts own Rust allocations,
/// so allocation speed is part of the VM's speed; glibc's malloc spent a
/// quarter of the string benchmark's time. (Embedders bring their own.)
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn cli() -> Command {
    Command::new("ouro")
        .about("Run a Python-compatible script on the ouro VM")
        .arg(Arg::new("interactive").short('i').action(ArgAction::SetTrue).help(
            "Start the interactive prompt after running the script (it starts anyway without a script)",
        ))
        .arg(Arg::new("command").short('c').value_name("CODE").help("Program passed in as a string"))
        .arg(
            Arg::new("jit")
                .long("jit")
                .value_name("MODE")
                .default_value(JitMode::default_mode().name())
                .help("Execution tier for hot loops: off | interp | x86_64 (default: x86_64 where built in, else off)"),
        )
        .arg(
            Arg::new("jit-threshold")
                .long("jit-threshold")
                .value_name("N")
                .value_parser(clap::value_parser!(u32).range(1..))
                .help("Back edges before a loop is traced, calls before a function is, and exit failures before a side trace (hot_loop, hot_call, hot_exit)"),
        )
        .arg(
            Arg::new("jit-param")
                .long("jit-param")
                .value_name("NAME=VALUE")
                .action(ArgAction::Append)
                .help("Set a JIT parameter (see --jit-param help for the list)"),
        )
        .arg(Arg::new("dump").long("dump").value_name("WHAT").action(ArgAction::Append).help(
            "bytecode: print compiled code instead of running; uops / ir / asm: print each trace as recorded / optimized / as machine code (stderr)",
        ))
        .arg(Arg::new("perf-map").long("perf-map").action(ArgAction::SetTrue).help(
            "With --jit x86_64: name each trace's code in /tmp/perf-PID.map for `perf report`",
        ))
        .arg(Arg::new("stats").long("stats").action(ArgAction::SetTrue).help("Print VM counters to stderr at exit"))
        .arg(
            Arg::new("heap-limit")
                .long("heap-limit")
                .value_name("BYTES")
                .value_parser(clap::value_parser!(u64))
                .help("Heap limit in bytes (MemoryError beyond it)"),
        )
        .arg(
            Arg::new("recursion-limit")
                .long("recursion-limit")
                .value_name("N")
                .value_parser(clap::value_parser!(u64))
                .help("Maximum Python call depth (RecursionError beyond it)"),
        )
        .arg(
            Arg::new("fuel")
                .long("fuel")
                .value_name("N")
                .value_parser(clap::value_parser!(u64).range(1..))
                .help("Stop the script (uncatchably) after about N loop iterations and calls"),
        )
        .arg(
            Arg::new("timeout")
                .long("timeout")
                .value_name("SECONDS")
                .value_parser(clap::value_parser!(f64))
                .help("Stop the script (uncatchably) after SECONDS of wall-clock time"),
        )
        .arg(
            Arg::new("path")
                .short('I')
                .long("path")
                .value_name("DIR")
                .action(ArgAction::Append)
                .help("Also search DIR for imported modules (after the script's directory)"),
        )
        .arg(Arg::new("file").value_name("FILE").help("Script (or bytecode file) to run"))
        .after_help("To compile a script to a bytecode file: ouro compile FILE [-o OUT] (then run `ouro OUT`)")
        .arg(Arg::new("args").value_name("ARGS").num_args(0..).trailing_var_arg(true).help("Arguments for the script"))
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
fn compile_command(args: &[String]) -> ExitCode {
    let matches = Command::new("compile")
        .bin_name("ouro compile")
        .about("Compile a script to a bytecode file (run it with `ouro FILE.ouroc`)")
        .arg(Arg::new("file").value_name("FILE").required(true).help("Script to compile"))
        .arg(Arg::new("output").short('o').long("output").value_name("OUT").help("Output file (default: FILE.ouroc)"))
        .get_matches_from(args);
    let file = matches.get_one::<String>("file").cloned().unwrap_or_default();
    let out = matches
        .get_one::<String>("output")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(&file).with_extension("ouroc"));
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
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).is_some_and(|a| a == "compile") {
        return compile_command(&args[1..]);
    }
    let matches = cli().get_matches();
    let mode_name = matches.get_one::<String>("jit").map(String::as_str).unwrap_or(JitMode::default_mode().name());
    let Some(mode) = JitMode::from_name(mode_name) else {
        eprintln!("ouro: unknown --jit mode '{mode_name}' (expected off, interp or x86_64)");
        return ExitCode::from(2);
    };
    if let Some(reason) = mode.unavailable_reason() {
        eprintln!("ouro: --jit {}: {reason}", mode.name());
        return ExitCode::from(2);
    }
    let mut params = ouro::jit::JitParams::default();
    if let Some(&n) = matches.get_one::<u32>("jit-threshold") {
        params.set_threshold(n);
    }
    for p in matches.get_many::<String>("jit-param").into_iter().flatten() {
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
    let (program, filename) = match (matches.get_one::<String>("command"), matches.get_one::<String>("file")) {
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
    let interactive = matches.get_flag("interactive") || no_script;
    let argv = std::iter::once(filename.clone())
        .chain(matches.get_many::<String>("args").into_iter().flatten().cloned())
        .collect();
    let mut config = VmConfig { argv, ..VmConfig::default() };
    if let Some(&limit) = matches.get_one::<u64>("heap-limit") {
        config.heap_limit = limit as usize;
    }
    if let Some(&limit) = matches.get_one::<u64>("recursion-limit") {
        config.recursion_limit = limit as usize;
    }
    if let Err(e) = config.validate() {
        eprintln!("ouro: invalid limits: {e}");
        return ExitCode::from(2);
    }
    let fuel = matches.get_one::<u64>("fuel").copied();
    let timeout = matches.get_one::<f64>("timeout").copied();
    if let Some(t) = timeout {
        if !(t.is_finite() && t > 0.0) {
            eprintln!("ouro: --timeout {t}: expected a positive number of seconds");
            return ExitCode::from(2);
        }
    }
    let dumps: Vec<String> = matches.get_many::<String>("dump").into_iter().flatten().cloned().collect();
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
        perf_map: matches.get_flag("perf-map"),
        fuel,
        timeout,
        interactive,
    };
    let dump = dumps.iter().any(|d| d == "bytecode");
    let paths: Vec<std::path::PathBuf> =
        matches.get_many::<String>("path").into_iter().flatten().map(std::path::PathBuf::from).collect();
    let stats = matches.get_flag("stats");

    // Dunders called from native code re-enter the interpreter on the Rust
    // stack; give that room, whatever the platform's main-thread default is.
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run(program, filename, config, dump, stats, paths, jit));
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
    program: Program,
    filename: String,
    config: VmConfig,
    dump: bool,
    stats: bool,
    paths: Vec<std::path::PathBuf>,
    jit: JitSetup,
) -> ExitCode {
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
    let host = StdHost::new(&filename, &paths);
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
    // With the prompt to follow, the script runs in the persistent
    // namespace the prompt uses (CPython's `-i`).
    let result = match (&program, jit.interactive) {
        (Program::Source(source), true) if source.is_empty() => Ok(()),
        (Program::Source(source), true) => vm.exec(source, &filename),
        (Program::Source(source), false) => vm.run_source(source, &filename),
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
    if stats {
        let h = vm.heap.stats;
        let text = format!(
            "--- ouro stats ---\ninstructions executed: {}\ncalls: {}\nheap: {} collections, {} objects allocated, {} freed, {} live now, peak live {} bytes\n",
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
