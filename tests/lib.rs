//! Shared helpers for ouro's integration tests: running a script through the
//! library and rendering the result in the conformance corpus's `.out` format.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use ouro::{find_module_source, Host, JitMode, Vm, VmConfig};

/// A JIT mode and, optionally, a forced-low threshold (so traces form, exit
/// and link even in short scripts) and a code memory limit.
#[derive(Clone, Copy, Debug)]
pub struct JitRun {
    /// The backend.
    pub mode: JitMode,
    /// `hot_loop` and `hot_exit` (the defaults when `None`).
    pub threshold: Option<u32>,
    /// `max_code_bytes` (the default when `None`).
    pub code_limit: Option<u32>,
    /// `stress_exits`: every Nth guard of a trace fails (off when `None`);
    /// `min_open_trace` is 0 then.
    pub stress_exits: Option<u32>,
    /// One more parameter, `name=value` (an optimization switched off).
    pub param: Option<&'static str>,
}

/// Stack of the threads scripts run on (as the CLI's).
pub const VM_STACK: usize = 256 << 20;

/// The optimizations the corpus also runs without, one at a time (each
/// pass of `opt::PASSES` by its bit in `passes`, call inlining, direct
/// built-in and Python calls, virtual generator frames, unpacking tuples
/// the trace built from their items, globals as constants, function-entry
/// traces).
pub const ABLATIONS: &[&str] = &[
    "passes=254",
    "passes=253",
    "passes=251",
    "passes=247",
    "passes=239",
    "passes=223",
    "passes=191",
    "passes=127",
    "inline_calls=0",
    "native_calls=0",
    "virtual_gens=0",
    "virtual_tuples=0",
    "global_consts=0",
    "entry_traces=0",
];

impl JitRun {
    /// Every configuration the corpus runs under in this build: each
    /// available mode at its defaults, each JIT mode at threshold 1, each
    /// JIT mode at threshold 1 with every third guard forced to fail (so
    /// every exit path, snapshot and side trace runs), and the x86-64
    /// backend at threshold 1 with one page of code memory (so
    /// compilations fail, flush every trace and record again); and each JIT
    /// mode at threshold 1 with each of [`ABLATIONS`].
    pub fn all() -> Vec<JitRun> {
        let mut runs = Vec::new();
        let plain = |mode| JitRun { mode, threshold: None, code_limit: None, stress_exits: None, param: None };
        for &mode in JitMode::available() {
            runs.push(plain(mode));
            if mode != JitMode::Off {
                runs.push(JitRun { threshold: Some(1), ..plain(mode) });
                runs.push(JitRun { threshold: Some(1), stress_exits: Some(3), ..plain(mode) });
            }
            if mode == JitMode::X86_64 {
                runs.push(JitRun { threshold: Some(1), code_limit: Some(4096), ..plain(mode) });
            }
            if mode != JitMode::Off {
                for &a in ABLATIONS {
                    runs.push(JitRun { threshold: Some(1), param: Some(a), ..plain(mode) });
                }
            }
        }
        runs
    }

    /// The JIT parameters of this run.
    pub fn params(self) -> ouro::jit::JitParams {
        let mut p = ouro::jit::JitParams::default();
        if let Some(t) = self.threshold {
            p.set_threshold(t);
        }
        if let Some(bytes) = self.code_limit {
            p.max_code_bytes = bytes;
        }
        if let Some(n) = self.stress_exits {
            // Short root traces ending in tier 1 are kept too, so their exits run.
            p.stress_exits = n;
            p.min_open_trace = 0;
        }
        if let Some(a) = self.param {
            // A test's own table: a bad entry is a bug in the test.
            p.set_from_str(a).expect("a JIT parameter assignment");
        }
        p
    }

    /// How the CLI would spell it.
    pub fn describe(self) -> String {
        let mut s = format!("--jit {}", self.mode.name());
        if let Some(t) = self.threshold {
            s.push_str(&format!(" --jit-threshold {t}"));
        }
        if let Some(bytes) = self.code_limit {
            s.push_str(&format!(" --jit-param max_code_bytes={bytes}"));
        }
        if let Some(n) = self.stress_exits {
            s.push_str(&format!(" --jit-param stress_exits={n} --jit-param min_open_trace=0"));
        }
        if let Some(a) = self.param {
            s.push_str(&format!(" --jit-param {a}"));
        }
        s
    }
}

/// The test host: output in memory, modules from the script's directory,
/// a deterministic clock.
struct TestHost {
    stdout: String,
    /// What the script wrote to stderr (shared with `run_program`, which
    /// reads its last line after a failure, as regen.sh does).
    stderr: Rc<RefCell<String>>,
    dir: PathBuf,
    script: String,
    ticks: std::cell::Cell<f64>,
}

impl Host for TestHost {
    fn write_stdout(&mut self, text: &str) {
        self.stdout.push_str(text);
    }
    fn write_stderr(&mut self, text: &str) {
        self.stderr.borrow_mut().push_str(text);
    }
    fn script_name(&self) -> &str {
        &self.script
    }
    fn take_buffered_stdout(&mut self) -> Option<String> {
        Some(std::mem::take(&mut self.stdout))
    }
    fn time(&self) -> Option<f64> {
        Some(1_700_000_000.0 + self.perf_counter().unwrap_or(0.0))
    }
    fn perf_counter(&self) -> Option<f64> {
        let t = self.ticks.get() + 0.001;
        self.ticks.set(t);
        Some(t)
    }
    fn load_module_source(&mut self, name: &str) -> Option<(String, String)> {
        find_module_source(std::slice::from_ref(&self.dir), name)
    }
    // `sys.path` is `['']`: the script's directory, as the file hooks
    // below see relative paths.
    fn module_search_path(&self) -> Vec<String> {
        vec![String::new()]
    }
    fn load_module_source_from(&mut self, name: &str, path: &[String]) -> Option<(String, String)> {
        let dirs: Vec<std::path::PathBuf> = path.iter().map(|p| self.dir.join(p)).collect();
        find_module_source(&dirs, name)
    }
    // Files as the CLI sees them, relative paths from the script's
    // directory (regen.sh runs CPython there).
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, ouro::HostIoError> {
        ouro::read_file(&self.dir.join(path))
    }
    fn write_file(&mut self, path: &str, data: &[u8], mode: ouro::WriteMode) -> Result<(), ouro::HostIoError> {
        ouro::write_file(&self.dir.join(path), data, mode)
    }
    fn file_info(&mut self, path: &str) -> Result<ouro::FileInfo, ouro::HostIoError> {
        ouro::file_info(&self.dir.join(path))
    }
    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, ouro::HostIoError> {
        ouro::list_dir(&self.dir.join(path))
    }
    fn remove_file(&mut self, path: &str) -> Result<(), ouro::HostIoError> {
        ouro::remove_file(&self.dir.join(path))
    }
    fn make_dir(&mut self, path: &str) -> Result<(), ouro::HostIoError> {
        ouro::make_dir(&self.dir.join(path))
    }
    fn remove_dir(&mut self, path: &str) -> Result<(), ouro::HostIoError> {
        ouro::remove_dir(&self.dir.join(path))
    }
    fn rename(&mut self, from: &str, to: &str) -> Result<(), ouro::HostIoError> {
        ouro::rename(&self.dir.join(from), &self.dir.join(to))
    }
    // The script's directory is the current one (as under regen.sh).
    fn current_dir(&mut self) -> Result<String, ouro::HostIoError> {
        Ok(self.dir.canonicalize().unwrap_or_else(|_| self.dir.clone()).to_string_lossy().into_owned())
    }
    // `os.chdir` moves the directory relative paths (and `sys.path`'s
    // '') start from.
    fn set_current_dir(&mut self, path: &str) -> Result<(), ouro::HostIoError> {
        let dir = self.dir.join(path);
        match ouro::file_info(&dir)? {
            info if info.is_dir => {
                self.dir = dir;
                Ok(())
            }
            _ => Err(ouro::HostIoError { errno: 20, message: String::from("Not a directory") }),
        }
    }
    fn fill_random(&mut self, buf: &mut [u8]) -> bool {
        ouro::fill_random(buf)
    }
}

/// What a script run produced, in the corpus's terms.
pub struct RunOutput {
    /// Everything printed to stdout.
    pub stdout: String,
    /// Process-style exit status (0 ok, 1 uncaught exception or syntax error).
    pub exit: i32,
    /// The last line of the traceback (`Kind: message`), when `exit != 0`.
    pub last_error_line: Option<String>,
    /// Everything written to stderr, the traceback included, when `exit != 0`.
    pub stderr: String,
}

impl RunOutput {
    /// Renders the `.out` format documented in `tests/conformance/regen.sh`.
    pub fn render(&self) -> String {
        let mut s = self.stdout.clone();
        if !s.is_empty() && !s.ends_with('\n') {
            s.push('\n');
        }
        s.push_str(&format!("--- exit {}\n", self.exit));
        if let Some(l) = &self.last_error_line {
            s.push_str(&format!("--- {l}\n"));
        }
        s
    }

    /// The `.out` format of a script marked `# conformance: full traceback`:
    /// all of stderr instead of its last line.
    pub fn render_full_traceback(&self) -> String {
        let mut s = self.stdout.clone();
        if !s.is_empty() && !s.ends_with('\n') {
            s.push('\n');
        }
        s.push_str(&format!("--- exit {}\n", self.exit));
        if self.exit != 0 {
            s.push_str("--- traceback\n");
            s.push_str(&self.stderr);
            if !s.ends_with('\n') {
                s.push('\n');
            }
        }
        s
    }
}

/// Runs `source` (named `filename`, in directory `dir` for imports) on a
/// fresh VM in `mode`, on a thread with a large stack as the CLI does.
pub fn run_script(source: &str, filename: &str, dir: &Path, run: JitRun) -> RunOutput {
    run_program(Program::Source(source.to_string()), filename, dir, run)
}

/// What [`run_program`] runs.
pub enum Program {
    /// Source text.
    Source(String),
    /// The bytes of a bytecode file.
    Bytecode(Vec<u8>),
}

/// Runs a program as `run_script` does: source through `Vm::run_source`,
/// a bytecode file through `Vm::run_bytecode`.
pub fn run_program(program: Program, filename: &str, dir: &Path, run: JitRun) -> RunOutput {
    let filename = filename.to_string();
    let dir = dir.to_path_buf();
    std::thread::Builder::new()
        .stack_size(VM_STACK)
        .spawn(move || {
            let stderr = Rc::new(RefCell::new(String::new()));
            let host = TestHost {
                stdout: String::new(),
                stderr: Rc::clone(&stderr),
                dir,
                script: filename.clone(),
                ticks: Default::default(),
            };
            let config = VmConfig {
                argv: vec![filename.clone()],
                max_native_depth: VmConfig::native_depth_for_stack(VM_STACK),
                ..VmConfig::default()
            };
            let mut vm = Vm::new(config, Box::new(host));
            ouro::configure_jit(&mut vm, run.mode, run.params()).expect("JIT mode in this build");
            let result = match &program {
                Program::Source(source) => vm.run_source(source, &filename),
                Program::Bytecode(bytes) => vm.run_bytecode(bytes),
            };
            // Shutdown, as the CLI does: suspended generators are closed.
            vm.finalize();
            let (exit, last, all) = match result {
                Ok(()) => (0, None, String::new()),
                Err(e) if e.exit_code == 0 => (0, None, String::new()),
                // The last line of stderr, the traceback after what the
                // script wrote (argparse's "prog: error: ..." before a
                // SystemExit(2) has no traceback after it).
                Err(e) => {
                    let text = format!("{}\n{}", stderr.borrow(), e.traceback);
                    let last = text.lines().rev().find(|l| !l.trim().is_empty()).map(|l| l.trim_end().to_string());
                    (e.exit_code, last, format!("{}{}", stderr.borrow(), e.traceback))
                }
            };
            let stdout = take_stdout(&mut vm);
            RunOutput { stdout, exit, last_error_line: last, stderr: all }
        })
        .expect("spawn")
        .join()
        .unwrap_or(RunOutput {
            stdout: String::new(),
            exit: 101,
            last_error_line: Some("<VM thread panicked>".into()),
            stderr: String::new(),
        })
}

fn take_stdout(vm: &mut Vm) -> String {
    vm.take_buffered_stdout().unwrap_or_default()
}

/// Every `.py` file under `dir`, sorted.
pub fn scripts_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Helper modules imported by scripts are listed in a `MODULES` file next to them.
pub fn is_helper_module(script: &Path) -> bool {
    let Some(dir) = script.parent() else { return false };
    let Ok(list) = std::fs::read_to_string(dir.join("MODULES")) else { return false };
    let name = script.file_name().unwrap_or_default().to_string_lossy().to_string();
    list.lines().any(|l| l.trim() == name)
}
