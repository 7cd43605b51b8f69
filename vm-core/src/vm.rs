//! The `Vm`: the embedding API and the state every tier shares (heap, types,
//! interned names, frames, host hooks).

use crate::runtime::bigint::BigInt;
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
#[cfg(not(feature = "small-code"))]
use core::hash::BuildHasher;
use num_traits::ToPrimitive;

use crate::bytecode::opcode::{BinaryOp, CompareOp};
use crate::bytecode::{Code, Const};
use crate::interp::code::CodeObject;
use crate::interp::frame::Frame;
use crate::interp::stack::ValueStack;
use crate::runtime::dict::Dict;
use crate::runtime::heap::Heap;
use crate::runtime::object::{Class, ClassDetails, ClassText, Layout, NativeFn, Obj, PyErr, PyResult, ShapeTable};
use crate::runtime::str::{StrObj, INLINE_CAP};
use crate::runtime::types::{ExcTypes, Types};
use crate::runtime::value::{ObjRef, Value};
use crate::stats::Stats;

/// What the VM needs from its host: where output goes and what the script is called.
/// No_std hosts implement it over a UART, a log buffer, a game console...
pub trait Host {
    /// Writes text printed by the script (`print`, `sys.stdout.write`).
    fn write_stdout(&mut self, text: &str);
    /// Writes diagnostics (tracebacks printed by the host helpers).
    fn write_stderr(&mut self, text: &str) {
        let _ = text;
    }
    /// Writes bytes a script wrote to `sys.stdout.buffer`, in order with
    /// the text. The default writes them as UTF-8 text (invalid sequences
    /// as U+FFFD); a host with a byte stream writes them as they are.
    fn write_stdout_bytes(&mut self, data: &[u8]) {
        write_utf8_lossy(data, &mut |text| self.write_stdout(text));
    }
    /// Writes bytes a script wrote to `sys.stderr.buffer` (as
    /// [`Host::write_stdout_bytes`] does for stdout).
    fn write_stderr_bytes(&mut self, data: &[u8]) {
        write_utf8_lossy(data, &mut |text| self.write_stderr(text));
    }
    /// The script's name, as used in `sys.argv[0]`.
    fn script_name(&self) -> &str {
        "<script>"
    }
    /// The script's path, as used in `__main__.__file__` (CPython makes it
    /// absolute); the script's name unless the host knows better.
    fn script_path(&self) -> &str {
        self.script_name()
    }
    /// The interpreter program's path (`sys.executable`); empty, as
    /// CPython's when it cannot tell, unless the host knows.
    fn executable(&self) -> String {
        String::new()
    }
    /// Pushes buffered stdout out (the REPL calls it before each prompt).
    fn flush(&mut self) {}
    /// For in-memory hosts: hands over (and clears) the collected stdout.
    fn take_buffered_stdout(&mut self) -> Option<String> {
        None
    }
    /// Wall-clock time in seconds since the Unix epoch (`time.time()`), if the host has a clock.
    fn time(&self) -> Option<f64> {
        None
    }
    /// A monotonic clock in seconds (`time.perf_counter()`, `time.monotonic()`), if the host has one.
    fn perf_counter(&self) -> Option<f64> {
        None
    }
    /// Blocks for `seconds` (`time.sleep`); hosts without a clock may return at once.
    fn sleep(&mut self, seconds: f64) {
        let _ = seconds;
    }
    /// One line of standard input for `input()`, with its newline; `None`
    /// at end of input (or when the host has no input), which raises `EOFError`.
    fn read_line(&mut self) -> Option<String> {
        None
    }
    /// Source of a user module `name` (dotted), for `import name`: the
    /// source text and a file name for tracebacks. `None` if not found.
    fn load_module_source(&mut self, name: &str) -> Option<(String, String)> {
        let _ = name;
        None
    }
    /// The directories `sys.path` starts with (the script's directory
    /// first, as CPython's); none by default.
    fn module_search_path(&self) -> Vec<String> {
        Vec::new()
    }
    /// Source of a user module `name` looked for in `path` (`sys.path`'s
    /// strs as the script left them). The default ignores `path` and asks
    /// [`Host::load_module_source`], for hosts without directories.
    fn load_module_source_from(&mut self, name: &str, path: &[String]) -> Option<(String, String)> {
        let _ = path;
        self.load_module_source(name)
    }
    /// The whole content of the file at `path`, for `open(path)` in a
    /// reading mode. The default refuses ([`HostIoError::refused`]: the
    /// script gets `PermissionError`), so a host gives scripts file access
    /// only by implementing this and [`Host::write_file`].
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, HostIoError> {
        let _ = path;
        Err(HostIoError::refused())
    }
    /// Writes `data` to the file at `path` as `mode` says (`open` in a
    /// writing mode calls it at open with no data, to create or truncate
    /// the file, then with what the script wrote at each flush). The
    /// default refuses, as [`Host::read_file`] does.
    fn write_file(&mut self, path: &str, data: &[u8], mode: WriteMode) -> Result<(), HostIoError> {
        let _ = (path, data, mode);
        Err(HostIoError::refused())
    }
    /// What there is at `path` (`os.path.exists`/`isfile`/`isdir`/
    /// `getsize`, `os.stat`'s kind and size). The default refuses, as
    /// [`Host::read_file`] does (`os.path.exists` is then False).
    fn file_info(&mut self, path: &str) -> Result<FileInfo, HostIoError> {
        let _ = path;
        Err(HostIoError::refused())
    }
    /// The names in the directory at `path`, without `.` and `..`, in any
    /// order (`os.listdir`). The default refuses.
    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, HostIoError> {
        let _ = path;
        Err(HostIoError::refused())
    }
    /// Removes the file at `path` (`os.remove`, `os.unlink`,
    /// `Path.unlink`); a directory is an error (`EISDIR` on Linux). The
    /// default refuses.
    fn remove_file(&mut self, path: &str) -> Result<(), HostIoError> {
        let _ = path;
        Err(HostIoError::refused())
    }
    /// Makes the directory `path`, whose parent must exist (`os.mkdir`,
    /// and `os.makedirs` one level at a time); an existing path is
    /// `EEXIST`. The default refuses.
    fn make_dir(&mut self, path: &str) -> Result<(), HostIoError> {
        let _ = path;
        Err(HostIoError::refused())
    }
    /// Removes the empty directory `path` (`os.rmdir`); one with entries
    /// is `ENOTEMPTY`. The default refuses.
    fn remove_dir(&mut self, path: &str) -> Result<(), HostIoError> {
        let _ = path;
        Err(HostIoError::refused())
    }
    /// Renames `from` to `to`, replacing a file already at `to`, as
    /// POSIX `rename` does (`os.rename`, `os.replace`, `shutil.move`).
    /// The default refuses.
    fn rename(&mut self, from: &str, to: &str) -> Result<(), HostIoError> {
        let _ = (from, to);
        Err(HostIoError::refused())
    }
    /// The current directory, absolute (`os.getcwd`, relative paths in
    /// `os.path.abspath`). The default refuses.
    fn current_dir(&mut self) -> Result<String, HostIoError> {
        Err(HostIoError::refused())
    }
    /// Makes `path` the current directory (`os.chdir`). The default
    /// refuses: a host whose process others share keeps its directory.
    fn set_current_dir(&mut self, path: &str) -> Result<(), HostIoError> {
        let _ = path;
        Err(HostIoError::refused())
    }
    /// The environment variables a script sees (`os.environ`, read once,
    /// at `import os`). The default: none.
    fn env_vars(&mut self) -> Vec<(String, String)> {
        Vec::new()
    }
    /// Fills `buf` with random bytes fit for cryptography (`os.urandom`,
    /// `secrets`, and the seed of `random` when the script gives none);
    /// false when the host has no entropy source (the default): `os.urandom`
    /// then raises `NotImplementedError`, as CPython's does without one,
    /// and `random` seeds from the clocks.
    fn fill_random(&mut self, buf: &mut [u8]) -> bool {
        let _ = buf;
        false
    }
}

/// Hands `data` to `write` as text, piece by piece, with U+FFFD for each
/// invalid UTF-8 sequence (as `String::from_utf8_lossy`, without its
/// code in every firmware image: the default byte hooks sit in each
/// host's vtable).
fn write_utf8_lossy(mut data: &[u8], write: &mut dyn FnMut(&str)) {
    while !data.is_empty() {
        match core::str::from_utf8(data) {
            Ok(text) => return write(text),
            Err(e) => {
                let (valid, rest) = data.split_at(e.valid_up_to());
                if let Ok(text) = core::str::from_utf8(valid) {
                    write(text);
                }
                write("\u{FFFD}");
                let bad = e.error_len().unwrap_or(rest.len());
                data = rest.get(bad..).unwrap_or(&[]);
            }
        }
    }
}

/// What [`Host::file_info`] tells of a path.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FileInfo {
    /// A regular file.
    pub is_file: bool,
    /// A directory.
    pub is_dir: bool,
    /// The size in bytes.
    pub size: u64,
    /// The last modification, in nanoseconds since the Unix epoch
    /// (`os.stat().st_mtime`, `os.path.getmtime`), if the host knows it
    /// (unknown reads as 0).
    pub mtime_ns: Option<i64>,
    /// The permission bits (`0o644`), the low 12 bits of
    /// `os.stat().st_mode`, if the host knows them (unknown reads as 0).
    pub permissions: Option<u32>,
}

/// A failed host file operation: the C `errno` and its text, which the
/// script sees as the `OSError` subclass CPython raises for that errno
/// (2 is `FileNotFoundError: [Errno 2] No such file or directory: 'x'`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostIoError {
    /// The errno (`ENOENT` is 2, `EACCES` 13, `EISDIR` 21).
    pub errno: i32,
    /// Its text, as `strerror` gives it.
    pub message: String,
}

impl HostIoError {
    /// The refusal of a host without file access: `EPERM`, which scripts
    /// see as `PermissionError: [Errno 1] Operation not permitted: 'x'`.
    pub fn refused() -> HostIoError {
        HostIoError { errno: 1, message: String::from("Operation not permitted") }
    }
}

/// How [`Host::write_file`] opens its file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteMode {
    /// Created if missing, emptied first (`open(path, 'w')`).
    Truncate,
    /// Created if missing, written at its end (`'a'`).
    Append,
    /// Created; an existing file is an error, `EEXIST` (`'x'`).
    CreateNew,
}

/// A host that collects output in memory (tests, embedding examples).
#[derive(Debug, Default)]
pub struct BufferHost {
    /// Everything printed to stdout.
    pub stdout: String,
    /// Everything printed to stderr.
    pub stderr: String,
}

impl Host for BufferHost {
    fn write_stdout(&mut self, text: &str) {
        self.stdout.push_str(text);
    }
    fn write_stderr(&mut self, text: &str) {
        self.stderr.push_str(text);
    }
    fn take_buffered_stdout(&mut self) -> Option<String> {
        Some(core::mem::take(&mut self.stdout))
    }
}

/// Back edges and calls between checks of the interrupt flag, the fuel
/// budget and the deadline.
pub const SAFEPOINT_INTERVAL: u32 = 1024;

/// Elements a bulk built-in (building a list from a range, sorting,
/// joining, repeating) handles per safepoint tick: such work checks the
/// limits at least every `SAFEPOINT_INTERVAL * BULK_ITEMS_PER_TICK`
/// elements.
pub const BULK_ITEMS_PER_TICK: usize = 16;

/// Elements a built-in iterates or collects between two checks of the
/// limits (a power of two: checks test the low bits).
pub const BULK_CHECK_EVERY: usize = 4096;

/// Why the host's limits ended a run. A hard stop is not a Python
/// exception a script can catch: no `except` (not even `except
/// BaseException`), `finally` block or `with` exit runs while it unwinds
/// (they could run forever, or resume the script); the frames are
/// discarded and the host gets a [`ScriptError`] with `stop` set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StopReason {
    /// The fuel budget ([`Vm::set_fuel`]) ran out.
    FuelExhausted,
    /// The host called [`InterruptHandle::stop`].
    Interrupted,
    /// The wall-clock deadline ([`Vm::set_deadline`]) passed.
    DeadlineExceeded,
    /// Live data stayed above twice the heap limit: the script caught
    /// `MemoryError` (raised at the limit) and kept allocating.
    HeapExhausted,
}

impl StopReason {
    /// The message the host's error carries.
    pub fn message(self) -> &'static str {
        match self {
            StopReason::FuelExhausted => "execution fuel exhausted",
            StopReason::Interrupted => "interrupted by the host",
            StopReason::DeadlineExceeded => "deadline exceeded",
            StopReason::HeapExhausted => "heap limit exceeded",
        }
    }
}

/// Lets the host (another thread, a signal or interrupt handler) stop a
/// running script. Cheap to clone; `Send + Sync`.
#[derive(Clone, Debug, Default)]
pub struct InterruptHandle(alloc::sync::Arc<core::sync::atomic::AtomicU8>);

impl InterruptHandle {
    const NONE: u8 = 0;
    const KEYBOARD: u8 = 1;
    const STOP: u8 = 2;

    /// Requests a hard stop ([`StopReason::Interrupted`]): the run ends
    /// with an error the script cannot catch.
    pub fn stop(&self) {
        self.0.store(Self::STOP, core::sync::atomic::Ordering::Relaxed);
    }

    /// Requests a `KeyboardInterrupt` (catchable, as Ctrl-C in CPython).
    /// Returns true if a request was already pending (not yet seen by the
    /// script: it reached no safepoint since). A pending hard stop is kept.
    pub fn keyboard_interrupt(&self) -> bool {
        use core::sync::atomic::Ordering::Relaxed;
        self.0.compare_exchange(Self::NONE, Self::KEYBOARD, Relaxed, Relaxed).is_err()
    }

    /// True if a request is pending.
    pub fn is_pending(&self) -> bool {
        self.0.load(core::sync::atomic::Ordering::Relaxed) != Self::NONE
    }

    fn take(&self) -> u8 {
        self.0.swap(Self::NONE, core::sync::atomic::Ordering::Relaxed)
    }
}

/// The intern table's hasher: foldhash (hashbrown's default), or on
/// `small-code` builds the str hash (FNV-1a, in every image anyway), which
/// leaves foldhash, its seeding and the `Debug` chain its `unwrap`s pull
/// in out of the image. The table finds names by their text, so the
/// choice changes no result.
#[cfg(not(feature = "small-code"))]
type InternHasher = hashbrown::DefaultHashBuilder;
#[cfg(feature = "small-code")]
#[derive(Default)]
struct InternHasher;
#[cfg(feature = "small-code")]
impl InternHasher {
    fn hash_one(&self, text: &str) -> u64 {
        crate::runtime::str::bytes_hash(text.as_bytes())
    }
}

/// Limits and settings chosen by the host.
#[derive(Clone, Debug)]
pub struct VmConfig {
    /// Heap limit in bytes (`MemoryError` past it).
    pub heap_limit: usize,
    /// Maximum Python call depth (`RecursionError` past it), like `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    /// Maximum nesting of native-to-Python re-entry (dunders called by
    /// built-ins, generators resumed by them), which does use the Rust
    /// stack: choose it for the thread's stack
    /// ([`VmConfig::native_depth_for_stack`]).
    pub max_native_depth: usize,
    /// `sys.argv` (the script name first).
    pub argv: Vec<String>,
    /// Entries of the class attribute cache (rounded up to a power of two):
    /// 32 bytes each, plus a method cache of a quarter as many entries (20
    /// bytes each). The
    /// default 1024 suits programs with many classes; firmware takes a
    /// few dozen (see [`VmConfig::small`]).
    pub attr_cache_entries: usize,
    /// Values the value stack (locals and operand stacks of all frames,
    /// 16 bytes each) holds before it first grows.
    pub initial_stack: usize,
}

/// A [`VmConfig`] the VM cannot run with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// `heap_limit` is below [`VmConfig::MIN_HEAP_LIMIT`].
    HeapLimitTooSmall(usize),
    /// `recursion_limit` is 0.
    RecursionLimitZero,
    /// `max_native_depth` is 0.
    NativeDepthZero,
}

impl core::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            ConfigError::HeapLimitTooSmall(n) => {
                write!(f, "heap limit {n} bytes is too small: the VM needs at least {} bytes", VmConfig::MIN_HEAP_LIMIT)
            }
            ConfigError::RecursionLimitZero => f.write_str("the recursion limit must be at least 1"),
            ConfigError::NativeDepthZero => f.write_str("the native re-entry depth must be at least 1"),
        }
    }
}

impl core::error::Error for ConfigError {}

impl VmConfig {
    /// The smallest heap limit accepted: the built-in types, functions and
    /// interned names take about 80 KB before a script allocates anything,
    /// and with the slot table, value stack, frames and attribute cache
    /// (all counted against the limit) about 140 KB at the default
    /// settings, 63 KB with [`VmConfig::small`] on a 32-bit target. So
    /// 256 KiB on 64-bit targets, 128 KiB on smaller ones (a device with
    /// 256 KiB of RAM gives the VM a limit below that, leaving its
    /// allocator room for what the VM's estimate does not see).
    pub const MIN_HEAP_LIMIT: usize = if cfg!(target_pointer_width = "64") { 256 << 10 } else { 128 << 10 };

    /// Settings for a small device: a `heap_limit` heap, a 32-entry
    /// attribute cache (and an 8-entry method cache), a value stack that
    /// starts at 64 values (and room for 4 frames; both grow), a
    /// recursion limit of 100 and native re-entry depth of 20 (a
    /// microcontroller's Rust stack is small).
    pub fn small(heap_limit: usize) -> VmConfig {
        VmConfig {
            heap_limit,
            recursion_limit: 100,
            max_native_depth: 20,
            argv: Vec::new(),
            attr_cache_entries: 32,
            initial_stack: 64,
        }
    }

    /// Rust stack one native re-entry is reckoned to take: measured at 3
    /// to 4 KB in a release build on x86-64 (a `__repr__` nested in
    /// `repr`, a generator resumed by `min`, a `sorted` key), with room
    /// for other paths and less optimized builds.
    pub const NATIVE_LEVEL_STACK: usize = 32 << 10;

    /// The `max_native_depth` a VM running on a thread with `stack_bytes`
    /// of stack can afford (at least 1). The CLI's 256 MiB thread affords
    /// 8192 levels, more than the default recursion limit lets a script
    /// reach, as on CPython, whose limit counts C recursion too.
    pub const fn native_depth_for_stack(stack_bytes: usize) -> usize {
        let depth = stack_bytes / Self::NATIVE_LEVEL_STACK;
        if depth == 0 {
            1
        } else {
            depth
        }
    }

    /// Checks the limits: a heap limit of at least [`VmConfig::MIN_HEAP_LIMIT`],
    /// a recursion limit and native depth of at least 1.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if self.heap_limit < Self::MIN_HEAP_LIMIT {
            return Err(ConfigError::HeapLimitTooSmall(self.heap_limit));
        }
        if self.recursion_limit == 0 {
            return Err(ConfigError::RecursionLimitZero);
        }
        if self.max_native_depth == 0 {
            return Err(ConfigError::NativeDepthZero);
        }
        Ok(())
    }
}

impl Default for VmConfig {
    fn default() -> Self {
        VmConfig {
            heap_limit: 1 << 30,
            recursion_limit: 1000,
            max_native_depth: 200,
            argv: Vec::new(),
            attr_cache_entries: 1024,
            initial_stack: 1024,
        }
    }
}

macro_rules! common_names {
    ($($field:ident = $text:literal),* $(,)?) => {
        /// Interned strs the runtime looks up often. `#[repr(C)]` with
        /// only `ObjRef` fields, so made as an array by one loop (a call
        /// site per name was about 0.8 KB of code on thumbv7em).
        #[derive(Clone, Copy, Debug)]
        #[repr(C)]
        pub struct Names {
            $(#[doc = $text] pub $field: ObjRef,)*
        }
        impl Names {
            const TEXTS: &[&str] = &[$($text),*];
            const COUNT: usize = Self::TEXTS.len();

            fn new(vm: &mut Vm) -> Names {
                let mut all = [ObjRef(0); Self::COUNT];
                for (slot, text) in all.iter_mut().zip(Self::TEXTS) {
                    *slot = vm.intern(text);
                }
                Names::from_array(all)
            }
            fn placeholder(p: ObjRef) -> Names {
                Names::from_array([p; Self::COUNT])
            }
            fn from_array(all: [ObjRef; Self::COUNT]) -> Names {
                // SAFETY: `Names` is `#[repr(C)]` with `COUNT` fields, all
                // `ObjRef` (a `#[repr(transparent)]` `u32`): the layout of
                // `[ObjRef; COUNT]`, in the same order (the assertion
                // below checks that there is no padding).
                unsafe { core::mem::transmute::<[ObjRef; Self::COUNT], Names>(all) }
            }
        }
        const _: () = assert!(core::mem::size_of::<Names>() == Names::COUNT * core::mem::size_of::<ObjRef>());
    };
}

common_names! {
    init = "__init__", call = "__call__", len = "__len__", bool_ = "__bool__",
    repr = "__repr__", str_ = "__str__", hash = "__hash__", getitem = "__getitem__",
    setitem = "__setitem__", delitem = "__delitem__", contains = "__contains__",
    iter = "__iter__", next = "__next__", neg = "__neg__", pos = "__pos__",
    invert = "__invert__", name = "__name__", qualname = "__qualname__",
    module = "__module__", class = "__class__", doc = "__doc__", args = "args",
    main = "__main__", builtins = "__builtins__", index = "__index__",
    int_ = "__int__", float_ = "__float__", abs = "__abs__", round = "__round__",
    sep = "sep", end = "end", key = "key", reverse = "reverse", default = "default",
    start = "start", mro = "__mro__", bases = "__bases__", dict_ = "__dict__",
    file = "__file__", base = "base", getattr = "__getattr__", setattr = "__setattr__",
    delattr = "__delattr__", getattribute = "__getattribute__", new = "__new__",
    slots = "__slots__", classcell = "__classcell__", set_name = "__set_name__",
    init_subclass = "__init_subclass__", get = "__get__", set = "__set__", delete = "__delete__",
    ouro_subclasscheck = "__ouro_subclasscheck__", instancecheck = "__instancecheck__",
    subclasscheck = "__subclasscheck__", ouro_tp_name = "__ouro_tp_name__",
}

/// An error returned to the host: the Python exception, already rendered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptError {
    /// The exception class name (`ZeroDivisionError`).
    pub kind: String,
    /// `str(exception)`.
    pub message: String,
    /// The full CPython-style traceback text, ending with `Kind: message\n`
    /// (for `SystemExit`: just its message, if any).
    pub traceback: String,
    /// The process exit status CPython would use: 1, or `SystemExit`'s code.
    pub exit_code: i32,
    /// Set when the host's limits ended the run (fuel, deadline, interrupt):
    /// then no Python code saw the error.
    pub stop: Option<StopReason>,
}

impl core::fmt::Display for ScriptError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.message)
        }
    }
}

impl core::error::Error for ScriptError {}

/// The text of an interned str (every entry of `Vm::interned` is a str).
fn interned_text(heap: &Heap, r: ObjRef) -> &str {
    match heap.get(r) {
        Obj::Str(s) => s.as_str(),
        _ => "",
    }
}

/// The virtual machine.
pub struct Vm {
    /// The GC heap.
    pub heap: Heap,
    /// Instance shapes.
    pub shapes: ShapeTable,
    /// Interned strs by text. The table holds only handles and hashes the
    /// objects' own text, so each name is stored once (a `Box<str>` key
    /// beside the object cost a second allocation per name: ~20 KB at
    /// start-up on a 32-bit target).
    interned: hashbrown::HashTable<ObjRef>,
    intern_hasher: InternHasher,
    /// Built-in types.
    pub types: Types,
    /// Built-in exception classes.
    pub exc: ExcTypes,
    /// Common interned names.
    pub names: Names,
    /// Dunder names of binary operators: `[forward, reflected, in-place]` per `BinaryOp`.
    pub binop_names: Vec<[ObjRef; 3]>,
    /// Dunder names of comparisons, per `CompareOp`.
    pub cmp_names: Vec<ObjRef>,
    /// The `builtins` namespace.
    pub builtins: ObjRef,
    /// The one empty dict every built-in class without attributes of its
    /// own shares (most exception classes: about 100 dict objects fewer in
    /// `Vm::new`). Never written: scripts cannot set attributes of
    /// built-in classes, and `Vm::new` gives a class a dict of its own
    /// before installing anything in it (`builtins::class_dict`).
    pub(crate) shared_class_dict: ObjRef,
    /// The built-in types' methods as their class dicts hold them: plain
    /// ones (`list.append`, CPython's method descriptors) and the
    /// functions inside class methods (`dict.fromkeys`), which give
    /// those callables their CPython types (`Vm::builtin_callable_class`).
    #[cfg(feature = "rare-methods")]
    pub(crate) builtin_methods: hashbrown::HashMap<ObjRef, crate::builtins::MethodKind>,
    /// `None`'s companions as heap singletons.
    pub not_implemented: ObjRef,
    /// `Ellipsis`.
    pub ellipsis: ObjRef,
    /// The value stack: locals and operand stacks of all frames.
    pub stack: ValueStack,
    /// The call stack.
    pub frames: Vec<Frame>,
    /// Values native code keeps alive across calls back into Python.
    pub temp_roots: Vec<Value>,
    /// Containers being repr'd (to print `[...]` for cycles).
    pub repr_guard: Vec<ObjRef>,
    /// The collector's list of roots, kept between collections: a
    /// collection runs when memory is short, so it reuses this buffer's
    /// room instead of allocating a new list each time (which, on a small
    /// device near its limit, was an allocation the arena could refuse).
    gc_roots: Vec<Value>,
    /// The file name of the code `run_main` last ran: tracebacks show
    /// source lines only for frames of that file.
    pub main_file: Option<Rc<str>>,
    /// What `gc.isenabled()` reports (the collector itself always runs).
    pub gc_enabled: bool,
    /// `sys.get_int_max_str_digits()`: int<->decimal str conversions with
    /// more digits raise `ValueError`; 0 for no limit.
    pub int_max_str_digits: usize,
    /// Depth of Rust recursion in repr and comparisons of nested containers
    /// (bounded by the recursion limit, like CPython's C recursion checks).
    pub nest_depth: usize,
    /// Set when a natively resumed generator suspended (vs returned).
    pub gen_yielded: bool,
    /// What the last natively resumed generator returned.
    pub gen_return_value: Value,
    /// Class attribute lookups by (class, version, name).
    pub attr_cache: Box<[core::cell::Cell<crate::interp::attr::AttrCacheEntry>]>,
    /// Instance methods by (class, version, shape, name), a quarter of
    /// `attr_cache`'s entries (see `interp::attr::MethodCacheEntry`).
    pub method_cache: Box<[core::cell::Cell<crate::interp::attr::MethodCacheEntry>]>,
    /// Counts down to the next full safepoint check (interrupt, fuel).
    pub safepoint_ticks: u32,
    /// Items iterated natively (`iter_next`), counting to the next check of the limits.
    pub bulk_count: u32,
    /// Remaining fuel (back edges and calls), if the host set a budget.
    pub fuel_left: Option<u64>,
    /// Set by the host (or a Ctrl-C handler) to stop the script (see [`Vm::interrupt_handle`]).
    pub interrupt: InterruptHandle,
    /// The hard stop under way, if any (see [`StopReason`]): set when fuel,
    /// the deadline or the host's interrupt ended the run; cleared when the
    /// error reaches the host.
    pub stop: Option<StopReason>,
    /// The exception object that carries the hard stop while it unwinds.
    stop_err: Option<PyErr>,
    /// The class of that exception (not reachable from scripts), made at
    /// the first hard stop.
    stop_class: Option<ObjRef>,
    /// The `frame` class, made with the first frame object (feature `frames`).
    #[cfg(feature = "frames")]
    pub(crate) frame_class: Option<ObjRef>,
    /// The wall-clock deadline, as a `Host::perf_counter` reading, if any.
    pub deadline: Option<f64>,
    /// Where CALL_FUNCTION_EX's callable slots end (set while spreading arguments).
    pub call_ex_base: usize,
    /// The exception currently being handled (`None` outside handlers).
    pub handled: Value,
    /// Keyword names for the next CALL (set by KW_NAMES).
    pub pending_kwnames: Option<ObjRef>,
    /// How deep native code has re-entered the interpreter.
    pub native_depth: usize,
    /// How many frames there were when native code last called a callable
    /// (`Vm::call_value_kw`): a built-in running with exactly that many was
    /// called by native code, not by a Python frame (see `gc.collect`).
    #[cfg(feature = "mod-weakref")]
    pub(crate) native_call_floor: usize,
    /// Unreachable generators a collection kept alive for their
    /// `close()` (`interp/finalize.rs`); GC roots until closed.
    pub(crate) finalize_queue: Vec<ObjRef>,
    /// Set while that queue's generators are being closed.
    pub(crate) finalizing: bool,
    /// Which objects the live weak references point to (not GC roots:
    /// `runtime/weak.rs`).
    #[cfg(feature = "mod-weakref")]
    pub(crate) weak: crate::runtime::weak::WeakTable,
    /// Weak references cleared by a collection whose callbacks are still to
    /// be called (GC roots until called).
    #[cfg(feature = "mod-weakref")]
    pub(crate) weak_pending: Vec<ObjRef>,
    /// Set while those callbacks are being called.
    #[cfg(feature = "mod-weakref")]
    pub(crate) weak_calling: bool,
    /// What [`Vm::finalize`] calls first (`weakref.finalize`'s exit hook;
    /// `None` when unset). A GC root.
    #[cfg(feature = "mod-weakref")]
    pub(crate) weak_atexit: Value,
    /// Set by `type.__call__`: the next call of a class skips its
    /// metaclass's `__call__` (which is what is running).
    pub(crate) skip_meta_call: bool,
    /// Limits.
    pub config: VmConfig,
    /// Counters for `--stats`.
    pub stats: Stats,
    /// `sys.modules`: module name -> module object.
    pub modules: ObjRef,
    /// The namespace of the built-ins' Python-written loops
    /// (`builtins::python_loops`), once compiled.
    pub python_loops: Option<ObjRef>,
    /// The `random` module's generator state (seeded when the module is
    /// initialized, or on first use).
    #[cfg(feature = "mod-random")]
    pub random: Option<Box<crate::builtins::modules::random::RandomState>>,
    /// What the `array` module registered (its class, for the subscript
    /// shortcuts on exact `array` instances).
    #[cfg(feature = "array-module")]
    pub array_hooks: Option<crate::builtins::modules::array::ArrayHooks>,
    /// The last class version handed out (see `fresh_class_version`).
    pub class_versions: u32,
    /// The trace JIT, when a backend is installed (`Vm::set_jit`).
    pub jit: Option<Box<crate::jit::Jit>>,
    /// Functions the host registered (see [`Vm::register_fn`]).
    pub(crate) host_fns: Vec<crate::api::HostFnEntry>,
    /// Classes the host registered for its Rust types (see
    /// [`Vm::register_class`]), GC roots.
    pub(crate) user_classes: Vec<(core::any::TypeId, ObjRef)>,
    /// Values the host holds through [`crate::api::Handle`]s (GC roots).
    pub host_roots: alloc::sync::Arc<crate::api::RootTable>,
    /// The persistent `__main__` namespace of [`Vm::exec`] and friends.
    pub(crate) main_globals: Option<ObjRef>,
    /// The host.
    pub host: Box<dyn Host>,
}

impl core::fmt::Debug for Vm {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Vm").field("frames", &self.frames.len()).finish_non_exhaustive()
    }
}

/// In a table of built-in classes, a base that is not in the table.
const NO_BASE: u16 = u16::MAX;

/// The index of each class's base among the table's field names (a base
/// comes before its subclasses), or [`NO_BASE`]; computed at compile time.
// Const evaluation: an index past `fields` or `bases` (`N` entries each)
// fails the build, never a run.
#[allow(clippy::indexing_slicing)]
const fn base_indices<const N: usize>(fields: &[&str], bases: &[&str]) -> [u16; N] {
    let mut out = [NO_BASE; N];
    let mut i = 0;
    while i < N {
        let mut j = 0;
        while j < i {
            if const_str_eq(fields[j], bases[i]) {
                out[i] = j as u16;
            }
            j += 1;
        }
        // A base outside the table is `object` (or none, for `object`).
        assert!(out[i] != NO_BASE || const_str_eq(bases[i], "none") || const_str_eq(bases[i], "object"));
        i += 1;
    }
    out
}

// `i < a.len() == b.len()` by the checks above (const fn: no iterators).
#[allow(clippy::indexing_slicing)]
const fn const_str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl Vm {
    /// A fresh VM, or why `config` is invalid (see [`VmConfig::validate`]).
    pub fn try_new(config: VmConfig, host: Box<dyn Host>) -> Result<Vm, ConfigError> {
        config.validate()?;
        Ok(Vm::new(config, host))
    }

    /// A fresh VM with the built-in types, exceptions and functions
    /// installed. Limits below the minimums are raised to them (use
    /// [`Vm::try_new`] to have them rejected instead).
    pub fn new(mut config: VmConfig, host: Box<dyn Host>) -> Vm {
        config.heap_limit = config.heap_limit.max(VmConfig::MIN_HEAP_LIMIT);
        config.recursion_limit = config.recursion_limit.max(1);
        config.max_native_depth = config.max_native_depth.max(1);
        let mut heap = Heap::new(config.heap_limit);
        let placeholder = heap.alloc(Obj::NotImplemented);
        let ellipsis = heap.alloc(Obj::Ellipsis);
        let types = Types::from_array([placeholder; Types::COUNT]);
        let exc = ExcTypes::from_array([placeholder; ExcTypes::COUNT]);
        let mut vm = Vm {
            heap,
            shapes: ShapeTable::new(),
            interned: hashbrown::HashTable::new(),
            intern_hasher: Default::default(),
            types,
            exc,
            names: Names::placeholder(placeholder),
            binop_names: Vec::new(),
            cmp_names: Vec::new(),
            builtins: placeholder,
            shared_class_dict: placeholder,
            #[cfg(feature = "rare-methods")]
            builtin_methods: hashbrown::HashMap::new(),
            not_implemented: placeholder,
            ellipsis,
            stack: ValueStack::with_capacity(config.initial_stack),
            frames: Vec::with_capacity(config.initial_stack / 16),
            temp_roots: Vec::new(),
            repr_guard: Vec::new(),
            gc_roots: Vec::new(),
            main_file: None,
            gc_enabled: true,
            int_max_str_digits: crate::runtime::int_ops::INT_MAX_STR_DIGITS,
            pending_kwnames: None,
            handled: Value::None,
            call_ex_base: 0,
            safepoint_ticks: SAFEPOINT_INTERVAL,
            attr_cache: (0..config.attr_cache_entries.max(1).next_power_of_two())
                .map(|_| core::cell::Cell::default())
                .collect(),
            method_cache: (0..(config.attr_cache_entries / 4).max(1).next_power_of_two())
                .map(|_| core::cell::Cell::default())
                .collect(),
            fuel_left: None,
            bulk_count: 0,
            interrupt: InterruptHandle::default(),
            stop: None,
            stop_err: None,
            stop_class: None,
            #[cfg(feature = "frames")]
            frame_class: None,
            deadline: None,
            gen_yielded: false,
            nest_depth: 0,
            gen_return_value: Value::None,
            native_depth: 0,
            #[cfg(feature = "mod-weakref")]
            native_call_floor: 0,
            skip_meta_call: false,
            finalize_queue: Vec::new(),
            finalizing: false,
            #[cfg(feature = "mod-weakref")]
            weak: crate::runtime::weak::WeakTable::default(),
            #[cfg(feature = "mod-weakref")]
            weak_pending: Vec::new(),
            #[cfg(feature = "mod-weakref")]
            weak_calling: false,
            #[cfg(feature = "mod-weakref")]
            weak_atexit: Value::None,
            config,
            stats: Stats::default(),
            modules: placeholder,
            python_loops: None,
            #[cfg(feature = "mod-random")]
            random: None,
            #[cfg(feature = "array-module")]
            array_hooks: None,
            class_versions: 1,
            jit: None,
            host_fns: Vec::new(),
            user_classes: Vec::new(),
            host_roots: Default::default(),
            main_globals: None,
            host,
        };
        vm.names = Names::new(&mut vm);
        vm.binop_names = BinaryOp::ALL
            .iter()
            .map(|op| [vm.intern(op.dunder()), vm.intern(op.rdunder()), vm.intern(op.idunder())])
            .collect();
        vm.cmp_names = CompareOp::ALL.iter().map(|op| vm.intern(op.dunder())).collect();
        vm.builtins = vm.new_dict_obj();
        vm.modules = vm.new_dict_obj();
        vm.shared_class_dict = vm.new_dict_obj();

        // Types: `object` first, then the rest in table order (bases come
        // first), made by one loop over static tables (with the binding
        // loops in `builtins::install`, 1.4 KB less code on thumbv7em than
        // a call site per class).
        macro_rules! make_classes {
            ($set:ident, $ty:ident, $outer:expr, $layout:expr; $(($field:ident, $name:literal, $base:ident)),* $(,)?) => {{
                const NAMES: &[&str] = &[$($name),*];
                const FIELDS: &[&str] = &[$(stringify!($field)),*];
                const BASES: [u16; NAMES.len()] = base_indices(FIELDS, &[$(stringify!($base)),*]);
                let mut made = [placeholder; $ty::COUNT];
                vm.new_builtin_classes(NAMES, &BASES, $outer, $layout, &mut made);
                vm.$set = $ty::from_array(made);
            }};
        }
        macro_rules! make_types {
            ($($t:tt)*) => {
                make_classes!(types, Types, None, Layout::Native; $($t)*)
            };
        }
        crate::for_each_builtin_type!(make_types);
        // `object` instances are plain instances without a `__dict__`.
        if let Obj::Class(c) = vm.heap.get_mut(vm.types.object) {
            c.layout = Layout::Object;
            c.slots = Some(Box::new([]));
        }
        // Exceptions: a base outside the table is `object`.
        macro_rules! make_excs {
            ($($t:tt)*) => {
                make_classes!(exc, ExcTypes, Some(vm.types.object), Layout::Exception; $($t)*)
            };
        }
        crate::for_each_exception!(make_excs);
        vm.not_implemented = placeholder;
        crate::builtins::install(&mut vm);
        vm.heap.shrink_dicts();
        vm
    }

    /// The interned str for `text` (one object per distinct text).
    pub fn intern(&mut self, text: &str) -> ObjRef {
        let hash = self.intern_hasher.hash_one(text);
        let heap = &self.heap;
        if let Some(&r) = self.interned.find(hash, |&r| interned_text(heap, r) == text) {
            return r;
        }
        let r = self.heap.alloc(Obj::Str(StrObj::from_text(text)));
        let (heap, hasher) = (&self.heap, &self.intern_hasher);
        self.interned.insert_unique(hash, r, |&r| hasher.hash_one(interned_text(heap, r)));
        r
    }

    /// Interns an existing str object's text (returns the canonical object).
    pub fn intern_obj(&mut self, s: ObjRef) -> ObjRef {
        let Obj::Str(st) = self.heap.get(s) else { return s };
        let text = st.as_str();
        let hash = self.intern_hasher.hash_one(text);
        let heap = &self.heap;
        if let Some(&r) = self.interned.find(hash, |&r| interned_text(heap, r) == text) {
            return r;
        }
        let hasher = &self.intern_hasher;
        self.interned.insert_unique(hash, s, |&r| hasher.hash_one(interned_text(heap, r)));
        s
    }

    /// Makes the built-in classes of one table into `made`, in order:
    /// class `i` is named `names[i]` and its base is `made[bases[i]]`, or
    /// `outer` when `bases[i]` is [`NO_BASE`].
    fn new_builtin_classes(
        &mut self,
        names: &[&'static str],
        bases: &[u16],
        outer: Option<ObjRef>,
        layout: Layout,
        made: &mut [ObjRef],
    ) {
        for (i, (&name, &b)) in names.iter().zip(bases).enumerate() {
            let base = if b == NO_BASE { outer } else { made.get(b as usize).copied() };
            if let Some(slot) = made.get_mut(i) {
                *slot = self.new_builtin_class(name, base, layout);
            }
        }
    }

    pub(crate) fn new_builtin_class(&mut self, name: &'static str, base: Option<ObjRef>, layout: Layout) -> ObjRef {
        // Shared until something is installed in it (`builtins::class_dict`).
        let dict = self.shared_class_dict;
        let bases: Box<[ObjRef]> = base.into_iter().collect();
        let mut mro = Vec::new();
        if let Some(b) = base {
            if let Obj::Class(bc) = self.heap.get(b) {
                mro.extend_from_slice(&bc.mro);
            }
        }
        let class = Class {
            version: 1,
            hooks: 0,
            layout,
            dict,
            root_shape: ShapeTable::EMPTY,
            ctor: None,
            slots: None,
            details: Box::new(ClassDetails {
                name: ClassText::from_static(name),
                qualname: ClassText::from_static(name),
                module: ClassText::from_static("builtins"),
                bases,
                mro: Box::new([]),
                subclasses: Vec::new(),
                meta: None,
            }),
        };
        let r = self.heap.alloc(Obj::Class(class));
        // Exactly as long as it needs to be (an `insert` at the front would
        // double it: about 1 KB of `Vm::new` on a 32-bit target).
        let mut full = Vec::with_capacity(mro.len() + 1);
        full.push(r);
        full.extend_from_slice(&mro);
        if let Obj::Class(c) = self.heap.get_mut(r) {
            c.mro = full.into();
        }
        if let Some(b) = base {
            if let Obj::Class(bc) = self.heap.get_mut(b) {
                bc.subclasses.push(r);
            }
        }
        r
    }

    /// Sets the constructor of a built-in type.
    pub fn set_ctor(&mut self, class: ObjRef, ctor: NativeFn) {
        if let Obj::Class(c) = self.heap.get_mut(class) {
            c.ctor = Some(ctor);
        }
    }

    // ----- allocation helpers -----

    /// A new str. (Not inlined: it is called from hundreds of places.)
    #[inline(never)]
    pub fn new_str(&mut self, text: &str) -> Value {
        if text.len() > INLINE_CAP {
            return Value::Obj(self.heap.alloc(Obj::Str(StrObj::from_text(text))));
        }
        // Written in place (see `Heap::alloc_empty_str`).
        let r = self.heap.alloc_empty_str();
        if let Obj::Str(s) = self.heap.get_mut(r) {
            s.push_inline(text);
        }
        Value::Obj(r)
    }

    /// `x + y` for two strs (`None` if either is not a str, or the
    /// allocator refuses the result's buffer: callers that raise probe
    /// first with [`Vm::reserve`]).
    pub fn new_str_concat(&mut self, x: ObjRef, y: ObjRef) -> Option<Value> {
        let (Obj::Str(a), Obj::Str(b)) = (self.heap.get(x), self.heap.get(y)) else { return None };
        if a.as_str().len() + b.as_str().len() > INLINE_CAP {
            let mut s = String::new();
            s.try_reserve_exact(a.as_str().len() + b.as_str().len()).ok()?;
            s.push_str(a.as_str());
            s.push_str(b.as_str());
            return Some(self.new_string(s));
        }
        // Written in place (see `Heap::alloc_empty_str`).
        let r = self.heap.alloc_empty_str();
        for part in [x, y] {
            if let Some((Obj::Str(part), Obj::Str(out))) = self.heap.pair_mut(part, r) {
                out.push_inline(part.as_str());
            }
        }
        Some(Value::Obj(r))
    }

    /// `s.upper()` (or `s.lower()` when `upper` is false) for a str `s`
    /// of ASCII text short enough to be kept inline; `None` otherwise.
    pub fn new_str_ascii_case(&mut self, s: ObjRef, upper: bool) -> Option<Value> {
        match self.heap.get(s) {
            Obj::Str(text) if text.is_ascii() && text.as_str().len() <= INLINE_CAP => {}
            _ => return None,
        }
        // Written in place (see `Heap::alloc_empty_str`).
        let r = self.heap.alloc_empty_str();
        if let Some((Obj::Str(text), Obj::Str(out))) = self.heap.pair_mut(s, r) {
            out.set_ascii_case(text.as_str(), upper);
        }
        Some(Value::Obj(r))
    }

    /// A new one-character str (indexing and iterating a str).
    pub fn new_char_str(&mut self, c: char) -> Value {
        let mut buf = [0u8; 4];
        let text: &str = c.encode_utf8(&mut buf);
        self.new_str(text)
    }

    /// A new str from an owned String.
    pub fn new_string(&mut self, text: String) -> Value {
        if text.len() <= INLINE_CAP {
            return self.new_str(&text);
        }
        Value::Obj(self.heap.alloc(Obj::Str(StrObj::new(text.into_boxed_str()))))
    }

    /// A new list.
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(self.heap.alloc(Obj::List(items.into())))
    }

    /// A new tuple.
    pub fn new_tuple(&mut self, mut items: Vec<Value>) -> Value {
        items.shrink_to_fit();
        Value::Obj(self.heap.alloc(Obj::Tuple(items.into())))
    }

    /// A new empty dict handle.
    pub fn new_dict_obj(&mut self) -> ObjRef {
        self.heap.alloc(Obj::Dict(Dict::new()))
    }

    /// An int value from a big int (small when it fits).
    pub fn new_bigint(&mut self, b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(self.heap.alloc(Obj::BigInt(b))),
        }
    }

    /// An int value from a small or big int.
    pub fn new_pyint(&mut self, i: crate::runtime::int_ops::PyInt) -> Value {
        match i {
            crate::runtime::int_ops::PyInt::Small(s) => Value::Int(s),
            crate::runtime::int_ops::PyInt::Big(b) => self.new_bigint(b),
        }
    }

    /// An int value from a 128-bit integer: small when it fits in `i64`,
    /// else a big int, or without the `big-int` feature `OverflowError`.
    pub fn new_int_i128(&mut self, i: i128) -> PyResult<Value> {
        if let Ok(s) = i64::try_from(i) {
            return Ok(Value::Int(s));
        }
        #[cfg(feature = "big-int")]
        return Ok(self.new_bigint(BigInt::from(i)));
        #[cfg(not(feature = "big-int"))]
        Err(self.no_big_int())
    }

    /// [`Vm::new_int_i128`] for a `u128`.
    pub fn new_int_u128(&mut self, u: u128) -> PyResult<Value> {
        if let Ok(s) = i64::try_from(u) {
            return Ok(Value::Int(s));
        }
        #[cfg(feature = "big-int")]
        return Ok(self.new_bigint(BigInt::from(u)));
        #[cfg(not(feature = "big-int"))]
        Err(self.no_big_int())
    }

    /// The `OverflowError` of an int result beyond `i64` in a build
    /// without the `big-int` feature.
    pub fn no_big_int(&mut self) -> PyErr {
        self.overflow_error(crate::runtime::bigint::NO_BIG_INT)
    }

    /// `NotImplemented`.
    #[inline]
    pub fn not_implemented(&self) -> Value {
        Value::Obj(self.not_implemented)
    }

    /// Loads compiled code into the heap: constants become values, names are interned.
    pub fn load_code(&mut self, code: Rc<Code>) -> Rc<CodeObject> {
        let consts: Vec<Value> = code.consts.iter().map(|c| self.const_value(c)).collect();
        let names: Vec<ObjRef> = code.names.iter().map(|n| self.intern(n)).collect();
        let varnames: Vec<ObjRef> = code.varnames.iter().map(|n| self.intern(n)).collect();
        let name = self.intern(&code.name);
        let instrs =
            crate::interp::code::fuse_superinstructions(&code.instrs).into_iter().map(core::cell::Cell::new).collect();
        let simple_argcount =
            if code.flags == 0 && code.kwonlyargcount == 0 { code.argcount } else { CodeObject::NOT_SIMPLE };
        let nlocals = code.varnames.len();
        Rc::new(CodeObject {
            simple_argcount,
            nlocals,
            frame_size: nlocals + code.stacksize as usize,
            code,
            instrs,
            consts: consts.into_boxed_slice(),
            names: names.into_boxed_slice(),
            varnames: varnames.into_boxed_slice(),
            name,
            entry_counter: core::cell::Cell::new(0),
            entry_trace: core::cell::Cell::new(CodeObject::NO_TRACE),
        })
    }

    /// The code object of the function CPython 3.11 runs the comprehension
    /// `c` (inlined in `code`) in: what tracebacks and frame objects show
    /// for its frame.
    #[cfg(any(feature = "frames", feature = "mod-traceback"))]
    pub(crate) fn comprehension_code(
        &mut self,
        code: &Code,
        c: &crate::bytecode::code::InlinedComprehension,
    ) -> Rc<CodeObject> {
        self.load_code(Rc::new(code.comprehension_code(c)))
    }

    fn const_value(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(b) => self.new_bigint(b.clone()),
            Const::Float(f) => Value::Float(*f),
            Const::Bytes(b) => self.new_bytes(b.clone(), false),
            Const::Complex { re, im } => self.new_complex(crate::runtime::complex::Complex::new(*re, *im)),
            Const::Str(s) => Value::Obj(self.intern(s)),
            Const::Ellipsis => Value::Obj(self.ellipsis),
            Const::Tuple(items) => {
                let vals = items.iter().map(|c| self.const_value(c)).collect();
                self.new_tuple(vals)
            }
            Const::FrozenSet(items) => {
                let vals = items.iter().map(|c| self.const_value(c)).collect();
                self.frozenset_const(vals)
            }
            Const::Code(inner) => {
                let obj = self.load_code(inner.clone());
                Value::Obj(self.heap.alloc(Obj::Code(obj)))
            }
        }
    }

    // ----- memory accounting -----

    /// The bytes the VM holds for the script outside its heap objects:
    /// the value stack's and frame stack's capacity, the attribute cache,
    /// the interned-name table, the shape table, native-code roots and
    /// guards, host function entries, and the JIT ([`crate::jit::Jit::memory_bytes`]:
    /// traces estimated, code memory exact). Each is a capacity read (the
    /// JIT's trace bytes and the shapes' are running counts), so this is
    /// cheap enough for every slow safepoint.
    pub fn memory_outside_heap(&self) -> usize {
        use core::mem::size_of;
        let jit = match self.jit.as_ref() {
            Some(j) if cfg!(feature = "jit") => size_of::<crate::jit::Jit>() + j.memory_bytes(),
            _ => 0,
        };
        self.stack.capacity() * size_of::<Value>()
            + self.frames.capacity() * size_of::<Frame>()
            + self.attr_cache.len() * size_of::<crate::interp::attr::AttrCacheEntry>()
            + self.method_cache.len() * size_of::<crate::interp::attr::MethodCacheEntry>()
            + self.interned.capacity() * (size_of::<ObjRef>() + 1)
            + self.shapes.heap_size()
            + self.temp_roots.capacity() * size_of::<Value>()
            + self.repr_guard.capacity() * size_of::<ObjRef>()
            + self.host_fns.capacity() * size_of::<crate::api::HostFnEntry>()
            + (self.binop_names.capacity() * 3 + self.cmp_names.capacity()) * size_of::<ObjRef>()
            + jit
    }

    /// Reports [`Vm::memory_outside_heap`] to the heap, so that the heap
    /// limit bounds it with the objects (see [`Heap::set_external`]). Runs
    /// at every slow safepoint (every `SAFEPOINT_INTERVAL` ticks, and in
    /// bulk built-ins' checks) and before every collection; what grows
    /// between two reports is bounded by that much work (a thousand calls'
    /// frames), and the one instruction that grows the value stack by an
    /// unbounded amount at once (`f(*args)`) reserves it first. Out of
    /// line: it runs on slow paths only.
    #[inline(never)]
    pub fn account_memory(&mut self) {
        let outside = self.memory_outside_heap();
        self.heap.set_external(outside);
    }

    /// All the memory counted against the heap limit, as of the last
    /// report ([`Vm::account_memory`]): objects, the slot table, and
    /// everything outside the heap.
    pub fn memory_in_use(&self) -> usize {
        self.heap.in_use()
    }

    /// Gives back the value stack's and frame stack's spare capacity when
    /// they are mostly empty (after deep recursion ended, say by a caught
    /// `MemoryError`), so that it stops counting against the limit. Not
    /// while a trace runs: machine code may hold the stack's address.
    fn shrink_stacks(&mut self) {
        if self.jit.as_ref().is_some_and(|j| j.is_executing()) {
            return;
        }
        let floor = self.config.initial_stack.max(64);
        let (len, cap) = (self.stack.len(), self.stack.capacity());
        if cap > floor && cap > len * 4 {
            // Never below a live frame's reserved room (tier 1 pushes into
            // it unchecked: `ValueStack::push_reserved`).
            let reserved = self.frames.iter().map(|f| f.base + f.code.frame_size).max().unwrap_or(0);
            self.stack.shrink_to((len * 2).max(floor).max(reserved));
        }
        let floor = (self.config.initial_stack / 16).max(4);
        let (len, cap) = (self.frames.len(), self.frames.capacity());
        if cap > floor && cap > len * 4 {
            self.frames.shrink_to((len * 2).max(floor));
        }
    }

    // ----- GC -----

    /// Runs a collection with every root the VM knows.
    pub fn collect_garbage(&mut self) {
        self.shrink_stacks();
        self.account_memory();
        let mut roots = core::mem::take(&mut self.gc_roots);
        roots.clear();
        // (A refused reservation leaves the pushes below to grow it.)
        let _ = roots.try_reserve(self.stack.len() + 256);
        roots.extend_from_slice(&self.stack);
        roots.extend_from_slice(&self.temp_roots);
        roots.extend(self.finalize_queue.iter().map(|&r| Value::Obj(r)));
        #[cfg(feature = "mod-weakref")]
        {
            roots.extend(self.weak_pending.iter().map(|&r| Value::Obj(r)));
            roots.push(self.weak_atexit);
        }
        if let Some(jit) = self.jit.as_ref().filter(|_| cfg!(feature = "jit")) {
            jit.for_each_root(&mut |v| roots.push(v));
        }
        for f in &self.frames {
            f.code.for_each_ref(&mut |v| roots.push(v));
            roots.push(Value::Obj(f.globals));
            if let Some(l) = f.locals_dict {
                roots.push(Value::Obj(l));
            }
            roots.push(f.func);
            f.on_return.for_each_ref(&mut |v| roots.push(v));
            #[cfg(feature = "frames")]
            if let Some(o) = f.obj.get() {
                roots.push(Value::Obj(o));
            }
        }
        roots.extend(self.interned.iter().map(|&r| Value::Obj(r)));
        roots.extend(self.shapes.all_names().map(Value::Obj));
        roots.extend(self.repr_guard.iter().map(|&r| Value::Obj(r)));
        if let Some(k) = self.pending_kwnames {
            roots.push(Value::Obj(k));
        }
        roots.push(Value::Obj(self.modules));
        roots.extend(self.python_loops.map(Value::Obj));
        #[cfg(feature = "array-module")]
        if let Some(h) = self.array_hooks {
            roots.extend([Value::Obj(h.class), Value::Obj(h.slot), h.wrap]);
        }
        roots.push(Value::Obj(self.builtins));
        roots.push(Value::Obj(self.shared_class_dict));
        roots.push(self.handled);
        roots.push(self.gen_return_value);
        roots.push(Value::Obj(self.not_implemented));
        roots.push(Value::Obj(self.ellipsis));
        if let Some(c) = self.stop_class {
            roots.push(Value::Obj(c));
        }
        #[cfg(feature = "frames")]
        if let Some(c) = self.frame_class {
            roots.push(Value::Obj(c));
        }
        self.host_roots.for_each(&mut |v| roots.push(v));
        roots.extend(self.user_classes.iter().map(|&(_, c)| Value::Obj(c)));
        if let Some(g) = self.main_globals {
            roots.push(Value::Obj(g));
        }
        if let Some(e) = self.stop_err {
            roots.push(Value::Obj(e.0));
        }
        macro_rules! type_roots {
            ($(($field:ident, $name:literal, $base:ident)),* $(,)?) => {
                $(roots.push(Value::Obj(self.types.$field));)*
            };
        }
        crate::for_each_builtin_type!(type_roots);
        macro_rules! exc_roots {
            ($(($field:ident, $name:literal, $base:ident)),* $(,)?) => {
                $(roots.push(Value::Obj(self.exc.$field));)*
            };
        }
        crate::for_each_exception!(exc_roots);
        // Generators to close keep their frames alive until closed; while a
        // long trace runs (no closing then) only a bounded number wait.
        let room = self.finalize_queue.len() < crate::interp::finalize::MAX_PENDING;
        let unreachable =
            self.heap.collect_finalizing(roots.drain(..), |o| room && crate::interp::finalize::needs_close(o));
        self.gc_roots = roots;
        self.finalize_queue.extend(unreachable);
        // Before anything is allocated into the freed slots.
        #[cfg(feature = "mod-weakref")]
        self.weak.after_sweep(&self.heap, &mut self.weak_pending);
        self.clear_attr_cache();
    }

    /// The safepoint (loop back edges and calls): every
    /// `SAFEPOINT_INTERVAL` ticks, the limits are checked (the host's
    /// interrupt, fuel, the deadline: see [`Vm::check_limits`]); a collection
    /// runs when due, then `MemoryError` if the heap is still over its limit.
    pub fn safepoint(&mut self) -> PyResult<()> {
        if self.safepoint_ticks == 0 {
            self.safepoint_ticks = SAFEPOINT_INTERVAL;
            self.check_limits(SAFEPOINT_INTERVAL as u64)?;
        }
        if self.heap.should_collect() {
            self.collect_garbage();
            if self.heap.over_limit() {
                return self.over_limit();
            }
        }
        if !self.finalize_queue.is_empty() {
            self.run_pending_finalizers();
        }
        #[cfg(feature = "mod-weakref")]
        if !self.weak_pending.is_empty() {
            self.run_weak_callbacks();
        }
        Ok(())
    }

    /// After a collection left the memory in use over the limit: the JIT
    /// gives its traces and code memory back first; if that is not enough,
    /// `MemoryError` (or, when the objects alone are twice the limit, the
    /// script caught `MemoryError` and kept growing: a hard stop).
    #[cold]
    #[inline(never)]
    fn over_limit(&mut self) -> PyResult<()> {
        if self.jit.as_mut().is_some_and(|j| j.release_memory()) {
            self.account_memory();
            if !self.heap.over_limit() {
                return Ok(());
            }
        }
        if self.heap.bytes() / 2 > self.heap.limit() {
            return Err(self.hard_stop(StopReason::HeapExhausted));
        }
        Err(self.memory_error())
    }

    /// Checks the limits a script cannot escape, charging `work` units of
    /// fuel (a unit is a loop back edge, a call, or a bounded slice of a
    /// bulk built-in's work): a pending hard stop, the host's interrupt
    /// (hard stop) or keyboard interrupt (`KeyboardInterrupt`), fuel, the
    /// deadline. Also reports the memory the VM holds outside the heap
    /// ([`Vm::account_memory`]: the next safepoint collects and raises
    /// `MemoryError` if that passed the limit). Never collects garbage, so
    /// native code may call it while it holds unrooted values.
    pub fn check_limits(&mut self, work: u64) -> PyResult<()> {
        self.account_memory();
        if let Some(e) = self.stop_err {
            // Still stopping: every later safepoint takes the slow path.
            self.safepoint_ticks = 1;
            return Err(e);
        }
        match self.interrupt.take() {
            InterruptHandle::STOP => return Err(self.hard_stop(StopReason::Interrupted)),
            InterruptHandle::KEYBOARD => {
                let c = self.exc.keyboard_interrupt;
                return Err(self.new_exception_empty(c));
            }
            _ => {}
        }
        if let Some(fuel) = self.fuel_left.as_mut() {
            *fuel = fuel.saturating_sub(work);
            if *fuel == 0 {
                return Err(self.hard_stop(StopReason::FuelExhausted));
            }
        }
        if let Some(deadline) = self.deadline {
            if self.host.perf_counter().is_some_and(|now| now >= deadline) {
                return Err(self.hard_stop(StopReason::DeadlineExceeded));
            }
        }
        Ok(())
    }

    /// For bulk built-ins: charges `items` units of work (elements built,
    /// compared or copied) against the safepoint counter, checking the
    /// limits (see [`Vm::check_limits`]) each time `SAFEPOINT_INTERVAL`
    /// units have passed. Never collects.
    #[inline]
    pub fn charge_work(&mut self, items: usize) -> PyResult<()> {
        let units = (items / BULK_ITEMS_PER_TICK).max(1);
        if units >= self.safepoint_ticks as usize {
            self.safepoint_ticks = SAFEPOINT_INTERVAL;
            return self.check_limits((units as u64).max(SAFEPOINT_INTERVAL as u64));
        }
        self.safepoint_ticks -= units as u32;
        Ok(())
    }

    /// Charges the heap limit for `bytes` a built-in is about to allocate:
    /// `MemoryError` when they would not fit (see [`Heap::would_exceed`])
    /// or the allocator cannot serve them ([`Heap::allocator_can_serve`]).
    #[inline]
    pub fn reserve(&mut self, bytes: usize) -> PyResult<()> {
        if self.heap.would_exceed(bytes) || !Heap::allocator_can_serve(bytes) {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// Starts a hard stop: from now on no handler runs (`except`,
    /// `finally`, `with` exits are all skipped), every safepoint fails
    /// again, and the error reaches the host as a [`ScriptError`] whose
    /// `stop` is `reason`.
    pub fn hard_stop(&mut self, reason: StopReason) -> PyErr {
        if let Some(e) = self.stop_err {
            return e;
        }
        let c = match self.stop_class {
            Some(c) => c,
            None => {
                // A BaseException no script can name (it is not in `builtins`);
                // handlers never see it anyway.
                let base = self.exc.base_exception;
                let c = self.new_builtin_class("ExecutionStopped", Some(base), Layout::Exception);
                if let Obj::Class(class) = self.heap.get_mut(c) {
                    class.details.module = ClassText::from_static("ouro");
                }
                self.stop_class = Some(c);
                c
            }
        };
        let e = self.new_exception(c, reason.message());
        self.stop = Some(reason);
        self.stop_err = Some(e);
        self.safepoint_ticks = 1;
        e
    }

    /// The exception carrying the hard stop under way, if any.
    pub fn pending_stop(&self) -> Option<PyErr> {
        self.stop_err
    }

    /// Called when the host starts a run: a hard stop left over from an
    /// earlier run whose error the host did not render is forgotten.
    pub(crate) fn begin_host_call(&mut self) {
        if self.frames.is_empty() && self.native_depth == 0 {
            self.stop = None;
            self.stop_err = None;
        }
    }

    /// Ends a hard stop once its error has reached the host: the VM can run
    /// again (the frames it stopped in are gone).
    pub fn clear_stop(&mut self) -> Option<StopReason> {
        self.stop_err = None;
        self.interrupt.take();
        self.stop.take()
    }

    /// A handle the host can use, from any thread or an interrupt handler,
    /// to stop the running script: [`InterruptHandle::stop`] ends the run
    /// with an error no script can catch (checked at the next safepoint:
    /// loop back edge, call, or slice of a bulk built-in, in every tier),
    /// [`InterruptHandle::keyboard_interrupt`] raises a catchable
    /// `KeyboardInterrupt` instead (the CLI's Ctrl-C).
    pub fn interrupt_handle(&self) -> InterruptHandle {
        self.interrupt.clone()
    }

    /// Sets (or removes) the fuel budget: roughly how many loop back edges
    /// and calls (and slices of `BULK_ITEMS_PER_TICK` elements of bulk
    /// built-ins' work) the script may still execute. When it runs out the
    /// run ends with a hard stop ([`StopReason::FuelExhausted`]), checked
    /// every `SAFEPOINT_INTERVAL` units, in every tier.
    pub fn set_fuel(&mut self, fuel: Option<u64>) {
        self.fuel_left = fuel;
    }

    /// The fuel left, if a budget is set.
    pub fn fuel(&self) -> Option<u64> {
        self.fuel_left
    }

    /// Sets (or removes) a wall-clock budget, in seconds from now, measured
    /// with [`Host::perf_counter`] (a host without a clock cannot have
    /// deadlines: this returns `false`). Past it the run ends with a hard
    /// stop ([`StopReason::DeadlineExceeded`]), checked at the same points
    /// as fuel.
    pub fn set_deadline(&mut self, seconds: Option<f64>) -> bool {
        match seconds {
            None => {
                self.deadline = None;
                true
            }
            Some(s) => match self.host.perf_counter() {
                Some(now) if s.is_finite() || s == f64::INFINITY => {
                    self.deadline = Some(now + s.max(0.0));
                    true
                }
                _ => false,
            },
        }
    }

    /// A `MemoryError` (allocated even when the heap is full; out of line:
    /// the paths that raise it are cold).
    #[cold]
    #[inline(never)]
    pub fn memory_error(&mut self) -> PyErr {
        let cls = self.exc.memory_error;
        self.new_exception_empty(cls)
    }
}

impl Vm {
    /// Runs loaded code as the `__main__` module. Returns the uncaught
    /// exception, if any, as a `PyErr` (see [`Vm::script_error`]).
    pub fn run_main(&mut self, code: Rc<Code>) -> PyResult<Value> {
        self.run_main_in_package(code, None)
    }

    /// [`Vm::run_main`] for a module of `package` run as the script (what
    /// `python -m pkg.mod` does: its relative imports are `package`'s).
    pub fn run_main_in_package(&mut self, code: Rc<Code>, package: Option<&str>) -> PyResult<Value> {
        // A command (`-c`, `<string>`) has no file, as CPython's has none.
        let has_file = code.filename.as_ref() != "<string>";
        self.main_file = Some(code.filename.clone());
        self.begin_host_call();
        let code = self.load_code(code);
        let globals = self.new_dict_obj();
        let main = self.names.main;
        self.dict_set_str(globals, self.names.name, Value::Obj(main))?;
        if has_file {
            let file = self.new_str(self.host.script_path().to_owned_string().as_str());
            self.dict_set_str(globals, self.names.file, file)?;
        }
        self.set_main_module_names(globals, package, has_file)?;
        let module = self.heap.alloc(Obj::Module { name: main, dict: globals });
        self.dict_set_str(self.modules, main, Value::Obj(module))?;
        let result = self.run_module_code(code, globals);
        if self.native_depth == 0 {
            self.temp_roots.clear();
            self.repr_guard.clear();
            self.handled = Value::None;
        }
        result
    }

    /// The names CPython's `__main__` has beside `__name__` and `__file__`:
    /// `__package__` (`None` for a script), `__spec__` (`None`: not yet
    /// `-m`'s spec), `__annotations__` (empty), `__builtins__` (the
    /// `builtins` module), and for a script from a file `__cached__`
    /// (`None`). Not `__loader__`: making one would import `importlib` at
    /// every start.
    pub(crate) fn set_main_module_names(
        &mut self,
        globals: ObjRef,
        package: Option<&str>,
        has_file: bool,
    ) -> PyResult<()> {
        let package = match package {
            Some(p) => self.new_str(p),
            None => Value::None,
        };
        let builtins = self.import_module("builtins")?;
        let annotations = Value::Obj(self.new_dict_obj());
        for (name, value) in [("__package__", package), ("__spec__", Value::None), ("__annotations__", annotations)] {
            let key = self.intern(name);
            self.dict_set_str(globals, key, value)?;
        }
        if has_file {
            let key = self.intern("__cached__");
            self.dict_set_str(globals, key, Value::None)?;
        }
        let key = self.intern("__builtins__");
        self.dict_set_str(globals, key, builtins)
    }

    /// Runs a module body with `globals` as its namespace.
    pub fn run_module_code(&mut self, code: Rc<CodeObject>, globals: ObjRef) -> PyResult<Value> {
        let doc = match code.code.doc.as_deref() {
            Some(d) => self.new_str(d),
            None => Value::None,
        };
        self.dict_set_str(globals, self.names.doc, doc)?;
        let base = self.stack.len();
        self.stack.resize(base + code.nlocals(), Value::Null);
        let entry = self.frames.len();
        self.push_frame(Frame {
            code,
            pc: 0,
            base,
            ret_base: base,
            globals,
            locals_dict: Some(globals),
            func: Value::Null,
            on_return: crate::interp::frame::ReturnAction::ToNative,
            #[cfg(feature = "frames")]
            obj: crate::interp::frame_object::MaybeFrame::NONE,
        });
        self.execute(entry)
    }

    /// Compiles and runs a script as `__main__`. Errors (syntax errors and
    /// uncaught exceptions) come back rendered, CPython-style.
    #[cfg(feature = "compiler")]
    pub fn run_source(&mut self, source: &str, filename: &str) -> Result<(), ScriptError> {
        self.run_source_in_package(source, filename, None)
    }

    /// [`Vm::run_source`] for a module of `package` run as the script (see
    /// [`Vm::run_main_in_package`]).
    #[cfg(feature = "compiler")]
    pub fn run_source_in_package(
        &mut self,
        source: &str,
        filename: &str,
        package: Option<&str>,
    ) -> Result<(), ScriptError> {
        let code = match crate::compiler::compile(source, filename) {
            Ok(c) => c,
            Err(e) => return Err(render_compile_error(&e, source, filename)),
        };
        match self.run_main_in_package(code, package) {
            Ok(_) => Ok(()),
            Err(e) => Err(self.script_error(e, Some(source))),
        }
    }
}

trait ToOwnedString {
    fn to_owned_string(&self) -> String;
}

impl ToOwnedString for str {
    fn to_owned_string(&self) -> String {
        String::from(self)
    }
}

/// Renders a compile error the way CPython prints a `SyntaxError`.
#[cfg(feature = "compiler")]
pub fn render_compile_error(e: &crate::compiler::CompileError, source: &str, filename: &str) -> ScriptError {
    use core::fmt::Write;
    let mut tb = String::new();
    let _ = writeln!(tb, "  File \"{filename}\", line {}", e.line);
    if let Some(text) = source.lines().nth(e.line.saturating_sub(1) as usize) {
        let trimmed = text.trim_start();
        let indent = text.chars().count() - trimmed.chars().count();
        let trimmed = trimmed.trim_end();
        let _ = writeln!(tb, "    {trimmed}");
        if e.col > 0 {
            let caret_col = (e.col as usize).saturating_sub(1).saturating_sub(indent);
            let width = if e.end_col > e.col { (e.end_col - e.col) as usize } else { 1 };
            let _ = writeln!(tb, "    {}{}", " ".repeat(caret_col), "^".repeat(width));
        }
    }
    let kind = String::from(e.kind.name());
    let _ = writeln!(tb, "{kind}: {}", e.msg);
    ScriptError { kind, message: e.msg.clone(), traceback: tb, exit_code: 1, stop: None }
}

impl Vm {
    /// Takes what a [`BufferHost`] has collected on stdout, if the host is one.
    pub fn take_buffered_stdout(&mut self) -> Option<String> {
        self.host.take_buffered_stdout()
    }
}
