//! The command line, parsed by hand (clap was a fifth of the stripped
//! binary). It follows the conventions clap gave the command, and its
//! messages: `--name VALUE` and `--name=VALUE`, short options clustered
//! (`-ic CODE`) or with the value attached (`-cCODE`, `-I/dir`), `--` ends
//! the options, and everything after FILE is the script's (as after
//! CPython's script name: `ouro prog.py --help` asks the script for its
//! help). Errors go to stderr with
//! status 2, `-h`/`--help` prints the help text to stdout.

use std::process::ExitCode;

/// The options of `ouro [OPTIONS] [FILE] [ARGS]...`.
#[derive(Default)]
pub struct Options {
    /// `-i`.
    pub interactive: bool,
    /// `-c CODE`.
    pub command: Option<String>,
    /// `-m MODULE`.
    pub module: Option<String>,
    /// `--jit MODE` (the default mode when absent).
    pub jit: Option<String>,
    /// `--jit-threshold N`.
    pub jit_threshold: Option<u32>,
    /// `--jit-param NAME=VALUE`, in order.
    pub jit_params: Vec<String>,
    /// `--dump WHAT`, in order.
    pub dumps: Vec<String>,
    /// `--perf-map`.
    pub perf_map: bool,
    /// `--stats`.
    pub stats: bool,
    /// `--heap-limit BYTES`.
    pub heap_limit: Option<u64>,
    /// `--recursion-limit N`.
    pub recursion_limit: Option<u64>,
    /// `--fuel N`.
    pub fuel: Option<u64>,
    /// `--timeout SECONDS`.
    pub timeout: Option<f64>,
    /// `-I DIR` / `--path DIR`, in order.
    pub paths: Vec<String>,
    /// The script (or bytecode file).
    pub file: Option<String>,
    /// The script's arguments.
    pub args: Vec<String>,
}

/// The options of `ouro compile [OPTIONS] <FILE>`.
pub struct CompileOptions {
    /// The script to compile.
    pub file: String,
    /// `-o OUT` / `--output OUT`.
    pub output: Option<String>,
}

/// One option of a command: its spellings, the name of its value (none for
/// a flag), and whether it may be given more than once.
struct Spec {
    short: Option<char>,
    long: Option<&'static str>,
    value: Option<&'static str>,
    repeat: bool,
}

impl Spec {
    /// How clap named the option in messages: `'--jit <MODE>'`, `'-i'`.
    fn display(&self) -> String {
        let name = match (self.long, self.short) {
            (Some(long), _) => format!("--{long}"),
            (None, Some(short)) => format!("-{short}"),
            (None, None) => String::new(),
        };
        match self.value {
            Some(v) => format!("{name} <{v}>"),
            None => name,
        }
    }
}

const fn spec(short: Option<char>, long: Option<&'static str>, value: Option<&'static str>, repeat: bool) -> Spec {
    Spec { short, long, value, repeat }
}

/// The main command's options; indexes into this table identify them.
const MAIN: &[Spec] = &[
    spec(Some('i'), None, None, false),
    spec(Some('c'), None, Some("CODE"), false),
    spec(None, Some("jit"), Some("MODE"), false),
    spec(None, Some("jit-threshold"), Some("N"), false),
    spec(None, Some("jit-param"), Some("NAME=VALUE"), true),
    spec(None, Some("dump"), Some("WHAT"), true),
    spec(None, Some("perf-map"), None, false),
    spec(None, Some("stats"), None, false),
    spec(None, Some("heap-limit"), Some("BYTES"), false),
    spec(None, Some("recursion-limit"), Some("N"), false),
    spec(None, Some("fuel"), Some("N"), false),
    spec(None, Some("timeout"), Some("SECONDS"), false),
    spec(Some('I'), Some("path"), Some("DIR"), true),
    spec(Some('h'), Some("help"), None, false),
    spec(Some('m'), None, Some("MODULE"), false),
];
const HELP: usize = 13;
const MODULE: usize = 14;

/// `ouro compile`'s options.
const COMPILE: &[Spec] =
    &[spec(Some('o'), Some("output"), Some("OUT"), false), spec(Some('h'), Some("help"), None, false)];
const COMPILE_HELP: usize = 1;

/// The help text of the main command; `{bin}` is the program's name and
/// `{jit}` the default JIT mode.
const MAIN_HELP: &str = "\
Run a Python-compatible script on the ouro VM

Usage: {bin} [OPTIONS] [FILE] [ARGS]...

Arguments:
  [FILE]     Script (or bytecode file) to run
  [ARGS]...  Arguments for the script

Options:
  -i                            Start the interactive prompt after running the script (it starts anyway without a script)
  -c <CODE>                     Program passed in as a string
  -m <MODULE>                   Run a module (a source file or a package's __main__.py on the search path) as the script; the rest are its arguments
      --jit <MODE>              Execution tier for hot loops: off | interp | x86_64 (default: x86_64 where built in, else off) [default: {jit}]
      --jit-threshold <N>       Back edges before a loop is traced, calls before a function is, and exit failures before a side trace (hot_loop, hot_call, hot_exit)
      --jit-param <NAME=VALUE>  Set a JIT parameter (see --jit-param help for the list)
      --dump <WHAT>             bytecode: print compiled code instead of running; uops / ir / asm: print each trace as recorded / optimized / as machine code (stderr)
      --perf-map                With --jit x86_64: name each trace's code in /tmp/perf-PID.map for `perf report`
      --stats                   Print VM counters to stderr at exit
      --heap-limit <BYTES>      Heap limit in bytes (MemoryError beyond it)
      --recursion-limit <N>     Maximum Python call depth (RecursionError beyond it)
      --fuel <N>                Stop the script (uncatchably) after about N loop iterations and calls
      --timeout <SECONDS>       Stop the script (uncatchably) after SECONDS of wall-clock time
  -I, --path <DIR>              Also search DIR for imported modules (after the script's directory)
  -h, --help                    Print help

To compile a script to a bytecode file: ouro compile FILE [-o OUT] (then run `ouro OUT`)
";

const COMPILE_HELP_TEXT: &str = "\
Compile a script to a bytecode file (run it with `ouro FILE.ouroc`)

Usage: ouro compile [OPTIONS] <FILE>

Arguments:
  <FILE>  Script to compile

Options:
  -o, --output <OUT>  Output file (default: FILE.ouroc)
  -h, --help          Print help
";

/// What a command line asks for: run with these options, or stop now
/// (help printed, or an error reported) with this status.
pub type Parsed<T> = Result<T, ExitCode>;

/// One occurrence of an option, or a positional argument.
enum Item {
    /// `MAIN[i]` or `COMPILE[i]`, with its value if it takes one.
    Opt(usize, Option<String>),
    Positional(String),
}

/// Splits a command line into options and positional arguments per `specs`.
struct Lexer<'a> {
    specs: &'a [Spec],
    args: std::iter::Peekable<std::vec::IntoIter<String>>,
    /// Short options still to read from a cluster (`-ic`: after `i`, `c`).
    cluster: Option<(String, usize)>,
    /// After `--` or once the trailing arguments began: all positional.
    rest_positional: bool,
}

/// A command-line error, as clap worded it.
enum Error {
    /// An unknown option (with clap's tip), or a positional too many (without).
    Unexpected(String, bool),
    /// An option that takes a value without one.
    MissingValue(usize),
    /// A value given to a flag (`--stats=x`).
    UnexpectedValue(String, usize),
    /// A value that does not parse.
    Invalid(String, usize, String),
    /// A non-repeatable option given twice.
    Repeated(usize),
    /// A required positional missing.
    Required(&'static str),
}

impl<'a> Lexer<'a> {
    fn new(specs: &'a [Spec], args: Vec<String>) -> Lexer<'a> {
        Lexer { specs, args: args.into_iter().peekable(), cluster: None, rest_positional: false }
    }

    fn find(&self, pred: impl Fn(&Spec) -> bool) -> Option<usize> {
        self.specs.iter().position(pred)
    }

    /// Whether `arg` would be read as an option (or `--`), so it cannot be
    /// the value of the option before it.
    fn looks_like_option(&self, arg: &str) -> bool {
        arg.starts_with('-') && arg.len() > 1
    }

    /// Whether `arg` is `--` or an option this command knows.
    fn known_option(&self, arg: &str) -> bool {
        if arg == "--" {
            return true;
        }
        if let Some(long) = arg.strip_prefix("--") {
            let name = long.split('=').next().unwrap_or(long);
            return self.find(|s| s.long == Some(name)).is_some();
        }
        match arg.strip_prefix('-').and_then(|s| s.chars().next()) {
            Some(c) => self.find(|s| s.short == Some(c)).is_some(),
            None => false,
        }
    }

    /// The value of option `i` from the next argument.
    fn next_value(&mut self, i: usize) -> Result<String, Error> {
        match self.args.peek().cloned() {
            Some(next) if !self.looks_like_option(&next) => Ok(self.args.next().unwrap_or_default()),
            Some(next) if !self.known_option(&next) => Err(Error::Unexpected(next, true)),
            _ => Err(Error::MissingValue(i)),
        }
    }

    fn next(&mut self) -> Option<Result<Item, Error>> {
        if let Some((cluster, at)) = self.cluster.take() {
            return Some(self.short(cluster, at));
        }
        let arg = self.args.next()?;
        if self.rest_positional {
            return Some(Ok(Item::Positional(arg)));
        }
        if arg == "--" {
            self.rest_positional = true;
            return self.next();
        }
        if let Some(long) = arg.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (long, None),
            };
            let Some(i) = self.find(|s| s.long == Some(name)) else {
                return Some(Err(Error::Unexpected(format!("--{name}"), true)));
            };
            return Some(match (self.specs[i].value.is_some(), inline) {
                (false, None) => Ok(Item::Opt(i, None)),
                (false, Some(v)) => Err(Error::UnexpectedValue(v, i)),
                (true, Some(v)) => Ok(Item::Opt(i, Some(v))),
                (true, None) => self.next_value(i).map(|v| Item::Opt(i, Some(v))),
            });
        }
        if arg.len() > 1 && arg.starts_with('-') {
            return Some(self.short(arg, 1));
        }
        Some(Ok(Item::Positional(arg)))
    }

    /// The short option at byte `at` of the cluster `arg` (`-ic`).
    fn short(&mut self, arg: String, at: usize) -> Result<Item, Error> {
        let c = arg[at..].chars().next().unwrap_or('-');
        let after = at + c.len_utf8();
        let Some(i) = self.find(|s| s.short == Some(c)) else {
            return Err(Error::Unexpected(format!("-{c}"), true));
        };
        if self.specs[i].value.is_none() {
            if after < arg.len() {
                self.cluster = Some((arg, after));
            }
            return Ok(Item::Opt(i, None));
        }
        // The rest of the cluster is the value (`-cCODE`, `-c=CODE`), else the next argument.
        let rest = &arg[after..];
        if rest.is_empty() {
            return self.next_value(i).map(|v| Item::Opt(i, Some(v)));
        }
        Ok(Item::Opt(i, Some(rest.strip_prefix('=').unwrap_or(rest).to_string())))
    }
}

/// The program's name as invoked (for the usage line).
fn bin_name(argv0: Option<&String>) -> String {
    argv0
        .and_then(|a| std::path::Path::new(a).file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| String::from("ouro"))
}

/// Prints `error` as clap did and returns status 2.
fn report(specs: &[Spec], usage: &str, error: Error) -> ExitCode {
    let (message, show_usage) = match error {
        Error::Unexpected(arg, true) => {
            (format!("unexpected argument '{arg}' found\n\n  tip: to pass '{arg}' as a value, use '-- {arg}'"), true)
        }
        Error::Unexpected(arg, false) => (format!("unexpected argument '{arg}' found"), true),
        Error::MissingValue(i) => {
            (format!("a value is required for '{}' but none was supplied", specs[i].display()), false)
        }
        Error::UnexpectedValue(v, i) => {
            (format!("unexpected value '{v}' for '{}' found; no more were expected", specs[i].display()), true)
        }
        Error::Invalid(v, i, why) => (format!("invalid value '{v}' for '{}': {why}", specs[i].display()), false),
        Error::Repeated(i) => (format!("the argument '{}' cannot be used multiple times", specs[i].display()), true),
        Error::Required(what) => (format!("the following required arguments were not provided:\n  {what}"), true),
    };
    let usage = if show_usage { format!("\nUsage: {usage}\n") } else { String::new() };
    eprint!("error: {message}\n{usage}\nFor more information, try '--help'.\n");
    ExitCode::from(2)
}

/// An integer option's value, with clap's messages.
fn parse_int<T: std::str::FromStr<Err = std::num::ParseIntError>>(v: &str, i: usize) -> Result<T, Error> {
    v.parse().map_err(|e: std::num::ParseIntError| Error::Invalid(v.to_string(), i, e.to_string()))
}

/// `--jit-threshold`: clap checked the range on an i64 (so `-1` is out of range, not malformed).
fn parse_threshold(v: &str, i: usize) -> Result<u32, Error> {
    let n: i64 = parse_int(v, i)?;
    u32::try_from(n)
        .ok()
        .filter(|&n| n >= 1)
        .ok_or_else(|| Error::Invalid(v.to_string(), i, format!("{n} is not in 1..=4294967295")))
}

/// `--fuel`: at least 1.
fn parse_fuel(v: &str, i: usize) -> Result<u64, Error> {
    match parse_int(v, i)? {
        0 => Err(Error::Invalid(v.to_string(), i, String::from("0 is not in 1..18446744073709551615"))),
        n => Ok(n),
    }
}

/// Parses `ouro [OPTIONS] [FILE] [ARGS]...` (`argv` with the program name
/// first); `default_jit` is shown in the help text.
pub fn parse_main(argv: Vec<String>, default_jit: &str) -> Parsed<Options> {
    let bin = bin_name(argv.first());
    let usage = format!("{bin} [OPTIONS] [FILE] [ARGS]...");
    parse_main_inner(argv, &bin, default_jit).map_err(|e| report(MAIN, &usage, e))?
}

fn parse_main_inner(argv: Vec<String>, bin: &str, default_jit: &str) -> Result<Parsed<Options>, Error> {
    let mut o = Options::default();
    let mut seen = [false; MAIN.len()];
    let mut lexer = Lexer::new(MAIN, argv.into_iter().skip(1).collect());
    while let Some(item) = lexer.next() {
        let (i, value) = match item? {
            Item::Positional(arg) => {
                // The script's arguments: everything after its name.
                if o.file.is_none() {
                    o.file = Some(arg);
                } else {
                    o.args.push(arg);
                }
                lexer.rest_positional = true;
                continue;
            }
            Item::Opt(i, value) => (i, value),
        };
        if seen[i] && !MAIN[i].repeat {
            return Err(Error::Repeated(i));
        }
        seen[i] = true;
        let v = value.unwrap_or_default();
        match i {
            0 => o.interactive = true,
            1 => o.command = Some(v),
            2 => o.jit = Some(v),
            3 => o.jit_threshold = Some(parse_threshold(&v, i)?),
            4 => o.jit_params.push(v),
            5 => o.dumps.push(v),
            6 => o.perf_map = true,
            7 => o.stats = true,
            8 => o.heap_limit = Some(parse_int(&v, i)?),
            9 => o.recursion_limit = Some(parse_int(&v, i)?),
            10 => o.fuel = Some(parse_fuel(&v, i)?),
            11 => {
                o.timeout = Some(v.parse().map_err(|e: std::num::ParseFloatError| Error::Invalid(v, i, e.to_string()))?)
            }
            12 => o.paths.push(v),
            HELP => {
                print!("{}", MAIN_HELP.replace("{bin}", bin).replace("{jit}", default_jit));
                return Ok(Err(ExitCode::SUCCESS));
            }
            MODULE => {
                // As CPython's `-m`: the options end at the module's name.
                o.module = Some(v);
                lexer.rest_positional = true;
            }
            _ => {}
        }
    }
    Ok(Ok(o))
}

/// Parses `ouro compile [OPTIONS] <FILE>` (`argv` starting at `compile`).
pub fn parse_compile(argv: Vec<String>) -> Parsed<CompileOptions> {
    let usage = "ouro compile [OPTIONS] <FILE>";
    let mut output = None;
    let mut file = None;
    let mut lexer = Lexer::new(COMPILE, argv.into_iter().skip(1).collect());
    let result = (|| {
        while let Some(item) = lexer.next() {
            match item? {
                Item::Positional(arg) if file.is_none() => file = Some(arg),
                Item::Positional(arg) => return Err(Error::Unexpected(arg, false)),
                Item::Opt(COMPILE_HELP, _) => {
                    print!("{COMPILE_HELP_TEXT}");
                    return Ok(false);
                }
                Item::Opt(i, _) if output.is_some() => return Err(Error::Repeated(i)),
                Item::Opt(_, v) => output = v,
            }
        }
        Ok(true)
    })();
    match result {
        Ok(true) => match file {
            Some(file) => Ok(CompileOptions { file, output }),
            None => {
                let usage = if output.is_some() { "ouro compile --output <OUT> <FILE>" } else { "ouro compile <FILE>" };
                Err(report(COMPILE, usage, Error::Required("<FILE>")))
            }
        },
        Ok(false) => Err(ExitCode::SUCCESS),
        Err(e) => Err(report(COMPILE, usage, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Options {
        let argv = std::iter::once("ouro").chain(args.iter().copied()).map(String::from).collect();
        parse_main_inner(argv, "ouro", "off").ok().and_then(Result::ok).expect("parses")
    }

    #[test]
    fn values_attached_clustered_or_separate() {
        let o = parse(&["-ic", "x=1", "--jit=off", "--dump", "ir", "--dump=asm", "-I/a", "--path", "/b"]);
        assert!(o.interactive);
        assert_eq!(o.command.as_deref(), Some("x=1"));
        assert_eq!(o.jit.as_deref(), Some("off"));
        assert_eq!(o.dumps, ["ir", "asm"]);
        assert_eq!(o.paths, ["/a", "/b"]);
        assert_eq!(parse(&["-cprint(1)"]).command.as_deref(), Some("print(1)"));
        assert_eq!(parse(&["-c=x"]).command.as_deref(), Some("x"));
    }

    #[test]
    fn everything_after_the_file_is_the_scripts() {
        let o = parse(&["--stats", "s.py", "--stats", "a", "-i", "--", "b"]);
        assert!(o.stats && !o.interactive);
        assert_eq!(o.file.as_deref(), Some("s.py"));
        assert_eq!(o.args, ["--stats", "a", "-i", "--", "b"]);
        let o = parse(&["--", "-s.py", "-x"]);
        assert_eq!((o.file.as_deref(), o.args.as_slice()), (Some("-s.py"), &[String::from("-x")][..]));
    }

    #[test]
    fn numbers_and_their_errors() {
        let o = parse(&["--jit-threshold", "5", "--fuel=+7", "--timeout", ".5", "--heap-limit", "9"]);
        assert_eq!((o.jit_threshold, o.fuel, o.timeout, o.heap_limit), (Some(5), Some(7), Some(0.5), Some(9)));
        let err = |args: &[&str]| {
            let argv = std::iter::once("ouro").chain(args.iter().copied()).map(String::from).collect();
            parse_main_inner(argv, "ouro", "off").err().expect("an error")
        };
        assert!(matches!(err(&["--jit-threshold=0"]), Error::Invalid(_, 3, m) if m == "0 is not in 1..=4294967295"));
        assert!(matches!(err(&["--fuel", "x"]), Error::Invalid(_, 10, m) if m == "invalid digit found in string"));
        assert!(matches!(err(&["--jit"]), Error::MissingValue(2)));
        assert!(matches!(err(&["--jit", "--stats"]), Error::MissingValue(2)));
        assert!(matches!(err(&["--heap-limit", "-5"]), Error::Unexpected(a, true) if a == "-5"));
        assert!(matches!(err(&["--stats", "--stats"]), Error::Repeated(7)));
        assert!(matches!(err(&["--stats=1"]), Error::UnexpectedValue(..)));
        assert!(matches!(err(&["-x"]), Error::Unexpected(a, true) if a == "-x"));
    }
}
