//! `ouro-bench`: runs the benchmark programs in `benches/programs/` under
//! every compiled-in ouro mode, CPython (`python3`) and PyPy (`pypy3`),
//! verifies every run's checksum and writes the result table as Markdown
//! (`benches/RESULTS.md`) and JSON (`benches/results.json`).
//!
//! See `benches/README.md` for usage.

mod manifest;
mod report;
mod run;
mod sysinfo;

use manifest::Program;
use report::{Cell, Column, Report, Row};
use run::{Runner, Verdict};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str = "\
ouro-bench: time the benchmark programs under ouro, CPython and PyPy

usage: cargo run --release -p ouro-bench -- [OPTIONS]

  --quick            every program once with its small count, no warm-up (CI: correctness only);
                     never installs anything; results go to target/bench-tmp/ instead of benches/
  --runs K           timed runs per program and implementation (default 5)
  --warmup W         untimed warm-up runs before them (default 1)
  --only A,B         only these programs (results go to target/bench-tmp/)
  --modes M,N        ouro --jit modes to try (default off,interp,x86_64; unavailable ones are skipped)
  --no-pypy          do not run (or install) pypy3
  --ouro PATH        the ouro binary (default: target/release/ouro, or under $CARGO_TARGET_DIR; `cargo build --release`)
  --timeout SECS     per-run limit (default 600)
  --bless            recompute the expected checksums with python3 and rewrite the manifest
  -h, --help         this text
";

/// Parsed command-line options.
struct Options {
    quick: bool,
    runs: usize,
    warmup: usize,
    only: Option<Vec<String>>,
    modes: Vec<String>,
    no_pypy: bool,
    ouro: Option<PathBuf>,
    timeout: Duration,
    bless: bool,
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        quick: false,
        runs: 5,
        warmup: 1,
        only: None,
        modes: vec!["off".into(), "interp".into(), "x86_64".into()],
        no_pypy: false,
        ouro: None,
        timeout: Duration::from_secs(600),
        bless: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--quick" => o.quick = true,
            "--no-pypy" => o.no_pypy = true,
            "--bless" => o.bless = true,
            "--runs" => o.runs = value("--runs")?.parse().map_err(|_| "--runs needs a positive integer")?,
            "--warmup" => o.warmup = value("--warmup")?.parse().map_err(|_| "--warmup needs an integer")?,
            "--timeout" => {
                let secs: u64 = value("--timeout")?.parse().map_err(|_| "--timeout needs seconds")?;
                o.timeout = Duration::from_secs(secs);
            }
            "--only" => o.only = Some(split_list(&value("--only")?)),
            "--modes" => o.modes = split_list(&value("--modes")?),
            "--ouro" => o.ouro = Some(PathBuf::from(value("--ouro")?)),
            "-h" | "--help" => {
                print!("{USAGE}");
                std::process::exit(0);
            }
            other => return Err(format!("unknown option `{other}` (try --help)")),
        }
    }
    if o.runs == 0 {
        return Err("--runs must be at least 1".into());
    }
    if o.quick {
        o.runs = 1;
        o.warmup = 0;
    }
    Ok(o)
}

fn split_list(s: &str) -> Vec<String> {
    s.split(',').map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect()
}

/// Finds an executable on `PATH`.
fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| p.is_file())
}

/// Resolves a Python launcher to the interpreter it really runs
/// (`sys.executable`), so that wrapper scripts such as pyenv shims do not
/// add their own start-up time to every measurement.
fn real_python(launcher: PathBuf) -> PathBuf {
    let launcher_s = launcher.to_string_lossy().into_owned();
    match sysinfo::command_output(&launcher_s, &["-c", "import sys; print(sys.executable)"]) {
        Some(exe) if Path::new(&exe).is_file() => PathBuf::from(exe),
        _ => launcher,
    }
}

/// Writes `programs/NAME.py` with its last line replaced by `print(main(COUNT))`.
fn wrap(programs_dir: &Path, tmp: &Path, program: &Program, count: u64) -> Result<PathBuf, String> {
    let src_path = programs_dir.join(format!("{}.py", program.name));
    let src = std::fs::read_to_string(&src_path).map_err(|e| format!("{}: {e}", src_path.display()))?;
    let lines: Vec<&str> = src.lines().collect();
    let last = lines
        .iter()
        .rposition(|l| !l.trim().is_empty())
        .ok_or_else(|| format!("{}: empty file", src_path.display()))?;
    if !lines[last].starts_with("print(main(") {
        return Err(format!("{}: the last line must be `print(main(N))`", src_path.display()));
    }
    let mut out = lines[..last].join("\n");
    out.push_str(&format!("\nprint(main({count}))\n"));
    let dst = tmp.join(format!("{}.py", program.name));
    std::fs::write(&dst, out).map_err(|e| format!("{}: {e}", dst.display()))?;
    Ok(dst)
}

fn bless(python: &Path, programs: &mut [Program], all: &mut [Program], dirs: &Dirs) -> Result<(), String> {
    for p in programs.iter_mut() {
        for quick in [false, true] {
            let file = wrap(&dirs.programs, &dirs.tmp, p, p.count(quick))?;
            let argv = [python.to_string_lossy().into_owned(), file.to_string_lossy().into_owned()];
            let raw = run::run_raw(&argv, Duration::from_secs(1200)).map_err(|e| format!("python3: {e}"))?;
            if raw.status.is_none_or(|s| !s.success()) {
                return Err(format!("python3 failed on {}: {}", p.name, run::last_line(&raw.stderr)));
            }
            let out = raw.stdout.trim_end_matches(['\n', '\r']).to_string();
            eprintln!("{:>14} {:>8} -> {out}   ({:.2} s)", p.name, p.count(quick), raw.secs);
            if quick {
                p.expect_quick = Some(out);
            } else {
                p.expect_normal = Some(out);
            }
        }
        if let Some(slot) = all.iter_mut().find(|q| q.name == p.name) {
            *slot = p.clone();
        }
    }
    std::fs::write(&dirs.manifest, manifest::render(all)).map_err(|e| format!("{}: {e}", dirs.manifest.display()))?;
    eprintln!("wrote {}", dirs.manifest.display());
    Ok(())
}

/// The directories the runner works in.
struct Dirs {
    root: PathBuf,
    bench: PathBuf,
    programs: PathBuf,
    manifest: PathBuf,
    tmp: PathBuf,
}

/// An implementation to run programs under.
struct Impl {
    column: Column,
    argv: Vec<String>,
    is_ouro: bool,
}

fn version_of(program: &str) -> String {
    sysinfo::command_output(program, &["--version"])
        .map(|v| v.lines().map(str::trim).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "unknown".into())
}

fn run_with_timeout(argv: &[&str], secs: u64) -> bool {
    let argv: Vec<String> = argv.iter().map(|s| s.to_string()).collect();
    match run::run_raw(&argv, Duration::from_secs(secs)) {
        Ok(raw) => {
            let ok = raw.status.is_some_and(|s| s.success());
            if !ok {
                eprintln!("  `{}` failed: {}", argv.join(" "), run::last_line(&raw.stderr));
            }
            ok
        }
        Err(e) => {
            eprintln!("  `{}` could not start: {e}", argv.join(" "));
            false
        }
    }
}

/// Finds pypy3, installing it with apt-get when allowed; notes what happened.
fn find_pypy(opts: &Options, notes: &mut Vec<String>) -> Option<PathBuf> {
    if opts.no_pypy {
        notes.push("PyPy was not run (`--no-pypy`).".into());
        return None;
    }
    if let Some(p) = which("pypy3") {
        return Some(p);
    }
    if opts.quick {
        notes.push("`pypy3` is not installed; `--quick` never installs it, so PyPy was skipped.".into());
        return None;
    }
    let root = sysinfo::command_output("id", &["-u"]).as_deref() == Some("0");
    if !root || which("apt-get").is_none() {
        notes.push(
            "`pypy3` is not installed and cannot be installed here (needs root and apt-get); PyPy was skipped.".into(),
        );
        return None;
    }
    eprintln!("pypy3 not found: trying `apt-get install -y pypy3` ...");
    std::env::set_var("DEBIAN_FRONTEND", "noninteractive");
    let installed = run_with_timeout(&["apt-get", "install", "-y", "-q", "pypy3"], 900)
        || (run_with_timeout(&["apt-get", "update", "-q"], 300)
            && run_with_timeout(&["apt-get", "install", "-y", "-q", "pypy3"], 900));
    match which("pypy3") {
        Some(p) if installed => {
            notes.push("`pypy3` was installed by this run with `apt-get install pypy3`.".into());
            Some(p)
        }
        _ => {
            notes.push("`pypy3` is not installed and `apt-get install pypy3` failed; PyPy was skipped.".into());
            None
        }
    }
}

fn real_main() -> Result<bool, String> {
    let opts = parse_args()?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("benches/ has a parent").to_path_buf();
    let bench = root.join("benches");
    let dirs = Dirs {
        programs: bench.join("programs"),
        manifest: bench.join("programs").join("manifest.toml"),
        tmp: root.join("target").join("bench-tmp"),
        bench,
        root,
    };
    std::fs::create_dir_all(&dirs.tmp).map_err(|e| format!("{}: {e}", dirs.tmp.display()))?;
    let text = std::fs::read_to_string(&dirs.manifest).map_err(|e| format!("{}: {e}", dirs.manifest.display()))?;
    let mut all = manifest::parse(&text).map_err(|e| format!("{}: {e}", dirs.manifest.display()))?;
    let mut programs = match &opts.only {
        None => all.clone(),
        Some(names) => {
            let mut chosen = Vec::new();
            for n in names {
                let p = all.iter().find(|p| &p.name == n).ok_or_else(|| format!("--only: no program `{n}`"))?;
                chosen.push(p.clone());
            }
            chosen
        }
    };

    let python = which("python3").map(real_python);
    if opts.bless {
        let python = python.ok_or("--bless needs python3 (CPython 3.11) on PATH")?;
        bless(&python, &mut programs, &mut all, &dirs)?;
        return Ok(true);
    }

    // Where `cargo build --release` put it (honouring CARGO_TARGET_DIR, as cargo does).
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| dirs.root.join("target"), |t| dirs.root.join(t));
    let ouro = opts.ouro.clone().unwrap_or_else(|| target.join("release").join("ouro"));
    if !ouro.is_file() {
        return Err(format!(
            "ouro binary not found at {}: build it first with `cargo build --release`",
            ouro.display()
        ));
    }
    // Measure a private copy: other builds may replace target/release/ouro mid-run.
    let snapshot = dirs.tmp.join("ouro");
    std::fs::copy(&ouro, &snapshot)
        .map_err(|e| format!("copying {} to {}: {e}", ouro.display(), snapshot.display()))?;
    let ouro_s = snapshot.to_string_lossy().into_owned();
    let machine = sysinfo::machine(&dirs.root);
    let load_start = sysinfo::load_average();
    let mut notes = Vec::new();
    let mut impls = Vec::new();
    for mode in &opts.modes {
        let probe = [ouro_s.clone(), "--jit".into(), mode.clone(), "-c".into(), "pass".into()];
        let raw = run::run_raw(&probe, Duration::from_secs(30)).map_err(|e| format!("{ouro_s}: {e}"))?;
        match raw.status.and_then(|s| s.code()) {
            Some(0) => impls.push(Impl {
                column: Column {
                    label: format!("ouro {mode}"),
                    version: format!("ouro git {} (`--jit {mode}`)", machine.ouro_rev),
                    is_baseline: false,
                },
                argv: vec![ouro_s.clone(), "--jit".into(), mode.clone()],
                is_ouro: true,
            }),
            code => {
                let why = run::last_line(&raw.stderr);
                eprintln!("ouro --jit {mode}: not available (exit {code:?}: {why})");
                notes.push(format!("`ouro --jit {mode}` is not available in this build: {why}"));
            }
        }
    }
    if impls.is_empty() {
        return Err("no ouro --jit mode is available".into());
    }
    match &python {
        Some(p) => impls.push(Impl {
            column: Column { label: "python3".into(), version: version_of(&p.to_string_lossy()), is_baseline: true },
            argv: vec![p.to_string_lossy().into_owned()],
            is_ouro: false,
        }),
        None => notes.push("`python3` was not found: CPython was skipped and no ratios are given.".into()),
    }
    if let Some(p) = find_pypy(&opts, &mut notes).map(real_python) {
        let p = p.to_string_lossy().into_owned();
        impls.push(Impl {
            column: Column { label: "pypy3".into(), version: version_of(&p), is_baseline: false },
            argv: vec![p],
            is_ouro: false,
        });
    }

    let time_bin = run::find_gnu_time(&dirs.tmp.join("probe-rss"));
    if time_bin.is_none() {
        notes.push("GNU `/usr/bin/time` was not found, so peak memory was not measured.".into());
    }
    let runner = Runner { rss_file: dirs.tmp.join("rss"), time_bin, timeout: opts.timeout };

    let mut rows = Vec::new();
    for p in &programs {
        let count = p.count(opts.quick);
        let expected = p.expected(opts.quick).map(str::to_string);
        let file = wrap(&dirs.programs, &dirs.tmp, p, count)?;
        // Round-robin: run i of every implementation before run i + 1 of
        // any, so a slow spell of a noisy machine falls on all of them.
        let mut cells: Vec<Cell> = impls.iter().map(|_| Cell::default()).collect();
        if expected.is_none() {
            for cell in &mut cells {
                cell.verdict = Some(Verdict::Failed("no expected checksum in the manifest: run --bless".into()));
            }
        }
        for i in 0..opts.warmup + opts.runs {
            for (imp, cell) in impls.iter().zip(&mut cells) {
                let Some(expected) = &expected else { break };
                if cell.verdict.is_some() {
                    continue;
                }
                let m = runner.measure(&imp.argv, &file, expected, imp.is_ouro);
                cell.rss_kib = cell.rss_kib.max(m.rss_kib);
                if m.verdict != Verdict::Ok {
                    cell.verdict = Some(m.verdict);
                } else if i >= opts.warmup {
                    cell.times.push(m.secs);
                }
            }
        }
        for (imp, cell) in impls.iter().zip(&mut cells) {
            let verdict = cell.verdict.get_or_insert(Verdict::Ok);
            let shown = match verdict {
                Verdict::Ok => {
                    let (med, min, max) = run::stats(&cell.times);
                    format!("ok  median {med:.3} s  (min {min:.3}, max {max:.3})")
                }
                Verdict::Unsupported(m) => format!("not yet supported: {m}"),
                Verdict::Failed(m) => format!("FAILED: {m}"),
            };
            eprintln!("{:>14} {:>12}  {shown}", p.name, imp.column.label);
        }
        rows.push(Row { program: p.name.clone(), count, needs: p.needs.clone(), cells });
    }

    let report = Report {
        machine,
        quick: opts.quick,
        warmup: opts.warmup,
        runs: opts.runs,
        rss_measured: runner.time_bin.is_some(),
        load: (load_start, sysinfo::load_average()),
        columns: impls.iter().map(|i| i.column.clone()).collect(),
        rows,
        notes,
    };
    let out_dir = if opts.quick || opts.only.is_some() { dirs.tmp.clone() } else { dirs.bench.clone() };
    let md_path = out_dir.join("RESULTS.md");
    let json_path = out_dir.join("results.json");
    let md = report.markdown();
    std::fs::write(&md_path, &md).map_err(|e| format!("{}: {e}", md_path.display()))?;
    std::fs::write(&json_path, report.json()).map_err(|e| format!("{}: {e}", json_path.display()))?;
    println!("{md}");
    eprintln!("wrote {} and {}", md_path.display(), json_path.display());
    Ok(!report.has_failures())
}

fn main() -> ExitCode {
    match real_main() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => {
            eprintln!("ouro-bench: some runs FAILED (see the Failures section above)");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("ouro-bench: error: {e}");
            ExitCode::from(2)
        }
    }
}
