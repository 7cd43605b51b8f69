//! `difftest`: run generated programs under every ouro mode and CPython.
//!
//! ```text
//! cargo run --release -p difftest -- --seed S --count N [--ouro PATH] [--jobs J]
//! ```
//! Exits 1 when any program diverged (after saving shrunk reproducers).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use difftest::exec::{Outcome, Status};
use difftest::runner::{default_ouro, Runner};
use difftest::shrink::{shrink, Budget};
use difftest::{found, gen, modes};

const USAGE: &str = "usage: difftest [--seed S] [--count N] [--ouro PATH] [--jobs J] [--timeout SECS]
                [--extra-modes] [--file PATH]
                [--no-python] [--no-shrink] [--shrink-tests N] [--found DIR] [--print SEED]

  --seed S          first seed (default 1); programs use seeds S, S+1, ..., S+N-1
  --count N         number of programs (default 100)
  --ouro PATH       the ouro CLI (default $CARGO_TARGET_DIR/release/ouro or target/release/ouro)
  --jobs J          worker threads (default 1)
  --timeout SECS    per-run timeout (default 5)
  --extra-modes     also run JIT stress settings (tiny code memory, short traces, no inlining)
  --no-python       do not compare with CPython even when python3 is present
  --no-shrink       save divergent programs unshrunk
  --shrink-tests N  candidate programs tried per shrink (default 400)
  --found DIR       where reproducers go (default difftest/found)
  --print SEED      print the program for SEED and exit
  --file PATH       check (and shrink) the program in PATH instead of generated ones";

struct Args {
    seed: u64,
    count: u64,
    ouro: PathBuf,
    jobs: usize,
    timeout: u64,
    python: bool,
    shrink: bool,
    shrink_tests: usize,
    found: PathBuf,
    file: Option<PathBuf>,
    extra_modes: bool,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut a = Args {
        seed: 1,
        count: 100,
        ouro: default_ouro(),
        jobs: 1,
        timeout: 5,
        python: true,
        shrink: true,
        shrink_tests: 400,
        found: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("found"),
        file: None,
        extra_modes: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        let num = |v: String| v.parse::<u64>().map_err(|e| format!("{flag}: {e}"));
        match flag.as_str() {
            "--seed" => a.seed = num(value()?)?,
            "--count" => a.count = num(value()?)?,
            "--ouro" => a.ouro = PathBuf::from(value()?),
            "--jobs" => a.jobs = num(value()?)?.max(1) as usize,
            "--timeout" => a.timeout = num(value()?)?,
            "--no-python" => a.python = false,
            "--extra-modes" => a.extra_modes = true,
            "--no-shrink" => a.shrink = false,
            "--shrink-tests" => a.shrink_tests = num(value()?)? as usize,
            "--found" => a.found = PathBuf::from(value()?),
            "--file" => {
                a.file = Some(PathBuf::from(value()?));
                a.count = 1;
            }
            "--print" => {
                print!("{}", gen::generate(num(value()?)?));
                return Ok(None);
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            _ => return Err(format!("unknown argument {flag}\n{USAGE}")),
        }
    }
    Ok(Some(a))
}

/// What a worker reports for one program.
struct Report {
    seed: u64,
    results: Vec<(String, Outcome)>,
    python: Option<Outcome>,
    /// (kind, signature, saved path) of a divergence.
    divergence: Option<(bool, String, Option<PathBuf>)>,
}

/// Per-mode tallies of how runs ended.
#[derive(Default)]
struct Tally {
    runs: u64,
    ok: u64,
    error: u64,
    crash: u64,
    timeout: u64,
}

impl Tally {
    fn add(&mut self, o: &Outcome) {
        self.runs += 1;
        match o.status {
            Status::Exit(0) => self.ok += 1,
            Status::Exit(_) => self.error += 1,
            Status::Signal(_) => self.crash += 1,
            Status::Timeout => self.timeout += 1,
        }
    }
}

fn work(runner: &Runner, args: &Args, slot: usize, seed: u64) -> std::io::Result<Report> {
    let runner = &Runner { modes: runner.modes.iter().map(|m| m.for_seed(seed)).collect(), ..runner.clone() };
    let src = match &args.file {
        Some(p) => std::fs::read_to_string(p)?,
        None => gen::generate(seed),
    };
    let checked = runner.check(&src, slot)?;
    let Some(sig) = checked.verdict.signature() else {
        return Ok(Report { seed, results: checked.results, python: checked.python, divergence: None });
    };
    let is_tier = checked.verdict.is_tier();
    let program = if args.shrink {
        let (modes, with_py) = runner.modes_for(&checked.verdict);
        let budget = Budget { tests: args.shrink_tests, deadline: Some(Instant::now() + Duration::from_secs(240)) };
        let (small, _) = shrink(&src, budget, |s| {
            runner
                .check_with(s, slot, &modes, with_py)
                .map(|c| c.verdict.signature().as_deref() == Some(&sig))
                .unwrap_or(false)
        });
        small
    } else {
        src.clone()
    };
    let final_check = runner.check(&program, slot)?;
    let shown = if final_check.verdict.signature().is_some() { &final_check } else { &checked };
    let origin = match &args.file {
        Some(p) => p.display().to_string(),
        None => format!("cargo run --release -p difftest -- --print {seed}"),
    };
    let path = found::save(&args.found, seed, &origin, shown, &program)?;
    Ok(Report { seed, results: checked.results, python: checked.python, divergence: Some((is_tier, sig, path)) })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(a)) => a,
        Ok(None) => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    if !args.ouro.exists() {
        eprintln!(
            "no ouro binary at {}; build it with `cargo build --release -p ouro` or pass --ouro",
            args.ouro.display()
        );
        return ExitCode::from(2);
    }
    let scratch = std::env::temp_dir().join(format!("difftest-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&scratch) {
        eprintln!("cannot create {}: {e}", scratch.display());
        return ExitCode::from(2);
    }
    let runner = Runner {
        ouro: args.ouro.clone(),
        modes: {
            let mut m = modes::discover(&args.ouro);
            if args.extra_modes {
                m.extend(modes::extra(&m));
            }
            m
        },
        python: if args.python { difftest::exec::find_python() } else { None },
        timeout: Duration::from_secs(args.timeout),
        scratch: scratch.clone(),
    };
    let names: Vec<&str> = runner.modes.iter().map(|m| m.name.as_str()).collect();
    println!(
        "difftest: seeds {}..{} under [{}]{}",
        args.seed,
        args.seed + args.count,
        names.join(", "),
        if runner.python.is_some() { " and CPython" } else { " (no CPython)" }
    );
    let start = Instant::now();
    let next = AtomicU64::new(0);
    let (tx, rx) = mpsc::channel::<std::io::Result<Report>>();
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut divergences: Vec<(u64, bool, String, Option<PathBuf>)> = Vec::new();
    let mut programs = 0u64;
    let mut failed_io = false;
    std::thread::scope(|s| {
        for slot in 0..args.jobs {
            let tx = tx.clone();
            let (runner, args, next) = (&runner, &args, &next);
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= args.count {
                    break;
                }
                if tx.send(work(runner, args, slot, args.seed + i)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for report in rx {
            let r = match report {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("difftest: i/o error: {e}");
                    failed_io = true;
                    continue;
                }
            };
            programs += 1;
            for (name, o) in &r.results {
                tallies.entry(name.clone()).or_default().add(o);
            }
            if let Some(py) = &r.python {
                tallies.entry("cpython".to_string()).or_default().add(py);
            }
            if let Some((tier, sig, path)) = r.divergence {
                let where_ = path
                    .as_ref()
                    .map_or("(same reproducer as an earlier seed)".to_string(), |p| p.display().to_string());
                println!(
                    "DIVERGENCE seed {} {}: {sig} -> {where_}",
                    r.seed,
                    if tier { "tier" } else { "ouro-vs-cpython" }
                );
                divergences.push((r.seed, tier, sig, path));
            }
            if programs % 100 == 0 {
                println!("  {programs} programs, {} divergences, {:.0?}", divergences.len(), start.elapsed());
            }
        }
    });
    let _ = std::fs::remove_dir_all(&scratch);
    println!("\nprograms run: {programs} in {:.1?}", start.elapsed());
    println!("{:<22} {:>7} {:>7} {:>7} {:>7} {:>7}", "mode", "runs", "ok", "error", "crash", "timeout");
    for (name, t) in &tallies {
        println!("{name:<22} {:>7} {:>7} {:>7} {:>7} {:>7}", t.runs, t.ok, t.error, t.crash, t.timeout);
    }
    let tier = divergences.iter().filter(|d| d.1).count();
    println!("divergences: {} (tier: {tier}, ouro-vs-cpython: {})", divergences.len(), divergences.len() - tier);
    if divergences.is_empty() && !failed_io {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
