//! The JIT's tunable thresholds and limits: one table, settable by the host
//! (`Vm::set_jit`) and by `ouro --jit-param name=value`.
//!
//! Defaults and why: CPython waits ~4000 back edges before tracing, PyPy
//! ~1000, LuaJIT 56. Short scripts and game frames want early compilation,
//! but a trace recorded in a loop's first iterations often records start-up
//! paths. Measured on the benchmark suite with `--jit interp` (hot_loop 16,
//! 100, 1000, 4000; docs/ARCHITECTURE.md, "JIT parameters"): 100 and 1000
//! tie within noise on every program; 16 is slower where it records
//! unrepresentative paths (mandelbrot 0.79 s vs 0.52 s, fannkuch 0.88 vs
//! 0.80) and 4000 misses inner loops that never get that hot (mandelbrot
//! 0.78 s). 1000 is the default: it costs well under a millisecond of
//! interpretation per loop. `hot_exit` 64 keeps one-off exits cold while a
//! branch taken on a steady fraction of iterations grows its side trace
//! within the first few hundred iterations.

/// Invokes `$m!` with the parameter table: `(field, "name", default, min, max, "doc")`.
#[macro_export]
macro_rules! for_each_jit_param {
    ($m:ident) => {
        $m! {
            (hot_loop, "hot_loop", 1000, 1, 1_000_000,
                "back edges of a loop before it is recorded"),
            (hot_call, "hot_call", 1000, 1, 1_000_000,
                "calls from tier 1 into a function before its entry is recorded"),
            (hot_exit, "hot_exit", 64, 1, 1_000_000,
                "failures of a side exit before a side trace is recorded from it"),
            (max_trace_length, "max_trace_length", 800, 8, 100_000,
                "uops in one trace; a longer recording is cut back and ends with an exit"),
            (max_traces, "max_traces", 1000, 1, 1_000_000,
                "live traces (root and side); past it no new trace is recorded"),
            (max_exits, "max_exits", 512, 1, 100_000,
                "exits of one trace; a recording that needs more is cut back"),
            (max_side_depth, "max_side_depth", 8, 0, 1000,
                "side traces grown from side traces (chain length) before exits stay cold"),
            (max_inline_depth, "max_inline_depth", 8, 0, 100,
                "Python frames a trace may enter below its root frame"),
            (penalty_base, "penalty_base", 16, 1, 1_000_000,
                "back-off after a first aborted recording at a site (doubles per abort)"),
            (penalty_max, "penalty_max", 6, 1, 30,
                "aborts at one site before it is blacklisted (never recorded again)"),
            (max_code_bytes, "max_code_bytes", 16 << 20, 4096, 1 << 30,
                "bytes of machine code (native backends); when full, every trace is flushed and recording starts again"),
            (min_open_trace, "min_open_trace", 64, 0, 100_000,
                "bytecode instructions a root trace must cover when it ends in tier 1 (cannot loop or link)"),
            (inline_calls, "inline_calls", 2, 0, 2,
                "calls run inline, without a frame: 2 callees storing attributes and list items too (exits push their frames), 1 only callees without visible effects, 0 none"),
            (native_calls, "native_calls", 1, 0, 1,
                "dict, str and len forms as runtime functions on values, built-in and Python calls made directly (0: their uops run)"),
            (passes, "passes", 255, 0, 255,
                "optimizer passes run, a bit each in order: forward_locals 1, forward_slots 2, types 4, fold 8, dce 16, peel 32 (loop peeling), virtual_locals 64, sink 128 (allocations only exits need) (for measuring each one)"),
            (gen_loop_wait, "gen_loop_wait", 8, 1, 1000,
                "a loop inside a generator a Python for-loop drives is recorded after this many times hot_loop back edges (its consumer's loop first; 1: no wait)"),
            (virtual_gens, "virtual_gens", 1, 0, 1,
                "a generator a trace resumes and that yields back in it runs without a frame, its saved values read and written in place (0: its frame is pushed)"),
            (virtual_tuples, "virtual_tuples", 1, 0, 1,
                "a tuple the trace built and unpacks is not read: its items are the values it was built from, and dce removes the allocation when no exit needs it (0: it is read)"),
            (global_consts, "global_consts", 1, 0, 1,
                "the globals and builtins a trace loads are constants in it, and rebinding one invalidates the trace (0: each load reads the dict through an inline cache)"),
            (entry_traces, "entry_traces", 1, 0, 1,
                "functions called hot_call times from tier 1 get a trace from their first instruction (0: never, for measuring)"),
            (follow_yields, "follow_yields", 1, 0, 1,
                "a trace follows a yield out of its root frame into the Python consumer (0: it ends there)"),
            (stress_exits, "stress_exits", 0, 0, 1_000_000,
                "testing: every Nth guard of each trace fails (0: off), so every exit path, snapshot and side trace runs"),
        }
    };
}

macro_rules! define_params {
    ($(($field:ident, $name:literal, $default:expr, $min:expr, $max:expr, $doc:literal)),* $(,)?) => {
        /// The JIT's thresholds and limits (see the table in `for_each_jit_param!`).
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct JitParams {
            $(#[doc = $doc] pub $field: u32,)*
        }

        impl Default for JitParams {
            fn default() -> Self {
                JitParams { $($field: $default,)* }
            }
        }

        impl JitParams {
            /// Every parameter: `(name, default, min, max, description)`.
            pub const TABLE: &'static [(&'static str, u32, u32, u32, &'static str)] =
                &[$(($name, $default, $min, $max, $doc)),*];

            /// Sets every hotness threshold (`hot_loop`, `hot_call`, `hot_exit`)
            /// to `n`: what `--jit-threshold` does.
            pub fn set_threshold(&mut self, n: u32) {
                self.hot_loop = n;
                self.hot_call = n;
                self.hot_exit = n;
            }

            /// Sets the parameter called `name`; an error names the problem.
            pub fn set(&mut self, name: &str, value: u32) -> Result<(), alloc::string::String> {
                match name {
                    $($name => {
                        if !($min..=$max).contains(&value) {
                            return Err(alloc::format!("jit parameter {} must be in {}..={}", $name, $min, $max));
                        }
                        self.$field = value;
                        Ok(())
                    })*
                    _ => Err(alloc::format!("unknown jit parameter '{}'", name)),
                }
            }

            /// The value of the parameter called `name`.
            pub fn get(&self, name: &str) -> Option<u32> {
                match name {
                    $($name => Some(self.$field),)*
                    _ => None,
                }
            }
        }
    };
}
for_each_jit_param!(define_params);

impl JitParams {
    /// Parses and applies `name=value`.
    pub fn set_from_str(&mut self, assignment: &str) -> Result<(), alloc::string::String> {
        let (name, value) =
            assignment.split_once('=').ok_or_else(|| alloc::format!("expected name=value, got '{assignment}'"))?;
        let value: u32 = value.trim().parse().map_err(|_| alloc::format!("'{value}' is not a non-negative integer"))?;
        self.set(name.trim(), value)
    }
}
