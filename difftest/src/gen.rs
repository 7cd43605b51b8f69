//! The seeded program generator.
//!
//! A program is a handful of *scenarios*: each is a function `sN(n)` with a hot
//! loop (hundreds to thousands of iterations) that, at chosen iterations,
//! changes something a tracing JIT specializes on: a local's type, an
//! instance's shape, a global or builtin binding, a method on a class, a list
//! becoming a tuple, small ints overflowing into big ints, exceptions raised
//! inside the loop, early exits. The module's last lines call each scenario
//! and print its checksum (or the name of the exception it raised), so the
//! output is a compact fingerprint of the run. Everything is decided here,
//! at generation time: the programs use no randomness and always terminate.
//!
//! The subset is what ouro supports today; features where ouro is known to
//! differ from CPython (see `tests/conformance-pending/README.md`) are avoided.

use crate::emit::Emitter;
use crate::rng::Rng;

/// The checksum modulus the scenarios fold their accumulators into.
const M: &str = "1000003";

/// Generates the program for `seed`; the same seed always gives the same text.
pub fn generate(seed: u64) -> String {
    let mut g = Gen { r: Rng::new(seed), top: Emitter::new(), funcs: Emitter::new(), main: Emitter::new() };
    g.top.line(format!("# difftest program, seed {seed}"));
    let count = g.r.range(2, 5) as usize;
    for id in 0..count {
        g.scenario(id);
    }
    if g.r.chance(1, 8) {
        g.uncaught(count);
    }
    let Gen { mut top, funcs, main, .. } = g;
    top.append(funcs);
    top.append(main);
    top.finish()
}

/// The kinds of scenario, each exercising one family of JIT invalidations.
#[derive(Clone, Copy, Debug)]
enum Kind {
    TypeFlip,
    NumericFlip,
    Shape,
    GlobalRebind,
    MethodReplace,
    Dunder,
    ListTuple,
    BigInt,
    Exceptions,
    EarlyExit,
    Generator,
    Closure,
    Dict,
    Float,
    Strings,
    Calls,
    IntEdges,
    FloatEdges,
    DeepRaise,
    CalleeMutation,
    Polymorphic,
    Aliasing,
    YieldFrom,
    Pipeline,
    Descriptors,
    IterMutation,
    Unbound,
    Protocols,
    Mix,
    MixCalls,
    ModuleMix,
}

const KINDS: [Kind; 34] = [
    Kind::TypeFlip,
    Kind::NumericFlip,
    Kind::Shape,
    Kind::GlobalRebind,
    Kind::MethodReplace,
    Kind::Dunder,
    Kind::ListTuple,
    Kind::BigInt,
    Kind::Exceptions,
    Kind::EarlyExit,
    Kind::Generator,
    Kind::Closure,
    Kind::Dict,
    Kind::Float,
    Kind::Strings,
    Kind::Calls,
    Kind::IntEdges,
    Kind::FloatEdges,
    Kind::DeepRaise,
    Kind::CalleeMutation,
    Kind::Polymorphic,
    Kind::Aliasing,
    Kind::YieldFrom,
    Kind::Pipeline,
    Kind::Descriptors,
    Kind::IterMutation,
    Kind::Unbound,
    Kind::Protocols,
    Kind::Mix,
    Kind::Mix,
    Kind::MixCalls,
    Kind::MixCalls,
    Kind::ModuleMix,
    Kind::ModuleMix,
];

struct Gen {
    r: Rng,
    /// Module-level classes, helper functions and globals.
    top: Emitter,
    /// The scenario functions.
    funcs: Emitter,
    /// The calls and prints at the end of the module.
    main: Emitter,
}

impl Gen {
    /// A loop count: short loops (tier 1 and threshold-1 traces) or long ones
    /// that cross the default hot-loop threshold.
    fn count(&mut self) -> i64 {
        match self.r.range(0, 9) {
            0..=3 => self.r.range(20, 400),
            4..=8 => self.r.range(1050, 2600),
            _ => self.r.range(400, 1000),
        }
    }

    /// An iteration at which to mutate, biased to after the default threshold.
    fn at(&mut self, n: i64) -> i64 {
        match self.r.range(0, 5) {
            0 => self.r.range(0, 12.min(n - 1)),
            1 | 2 if n > 1010 => self.r.range(1001, n - 1),
            3 => n / 2,
            _ => self.r.range(0, n - 1),
        }
    }

    /// A small int literal, sometimes negative.
    fn small(&mut self) -> i64 {
        self.r.range(-9, 20)
    }

    /// An int-valued expression over the loop counter `i`.
    fn int_expr(&mut self, depth: u32) -> String {
        if depth == 0 || self.r.chance(1, 4) {
            return match self.r.range(0, 4) {
                0 => "i".to_string(),
                1 => format!("{}", self.small()),
                2 => format!("(i % {})", self.r.range(2, 11)),
                3 => "(-i)".to_string(),
                _ => format!("(i * {})", self.r.range(2, 99)),
            };
        }
        let a = self.int_expr(depth - 1);
        let b = self.int_expr(depth - 1);
        match self.r.range(0, 13) {
            0 => format!("({a} + {b})"),
            1 => format!("({a} - {b})"),
            2 => format!("({a} * {b})"),
            3 => format!("({a} // ({b} | 1))"),
            4 => format!("({a} % ({b} | 1))"),
            5 => format!("({a} & {b})"),
            6 => format!("({a} | {b})"),
            7 => format!("({a} ^ {b})"),
            8 => format!("({a} << {})", self.r.range(0, 70)),
            9 => format!("({a} >> {})", self.r.range(0, 8)),
            10 => format!("{}({a}, {b})", self.r.pick(&["min", "max"])),
            11 => format!("abs({a})"),
            12 => format!("({a} if {a} < {b} else {b})"),
            _ => format!("({a} < {b})"),
        }
    }

    /// `if i == K:` blocks at between `lo` and `hi` random iterations
    /// `K` of an `n`-iteration loop, each filled by `body`.
    fn at_random_iterations(
        &mut self,
        f: &mut Emitter,
        n: i64,
        lo: i64,
        hi: i64,
        mut body: impl FnMut(&mut Self, &mut Emitter),
    ) {
        for _ in 0..self.r.range(lo, hi) {
            let k = self.at(n);
            f.open(format!("if i == {k}:"));
            body(self, f);
            f.close();
        }
    }

    /// Between `lo` and `hi` items drawn from `pool`, as a list display's contents.
    fn list_of(&mut self, pool: &[&str], lo: i64, hi: i64) -> String {
        let k = self.r.range(lo, hi);
        (0..k).map(|_| *self.r.pick(pool)).collect::<Vec<_>>().join(", ")
    }

    /// 0 to 2 extra statements folding random int arithmetic into `acc`.
    fn noise(&mut self, e: &mut Emitter) {
        for _ in 0..self.r.range(0, 2) {
            let x = self.int_expr(3);
            e.line(format!("acc = (acc + {x}) % {M}"));
        }
    }

    /// Opens a counting loop over `i` in `0..n` (for or while, sometimes
    /// descending); the body starts at the returned depth.
    fn open_loop(&mut self, e: &mut Emitter, n: &str) {
        match self.r.range(0, 5) {
            0..=2 => e.open(format!("for i in range({n}):")),
            3 => e.open(format!("for i in range({n} - 1, -1, -1):")),
            _ => {
                e.line("i = -1");
                e.open(format!("while i < {n} - 1:"));
                e.line("i += 1");
            }
        }
    }

    fn scenario(&mut self, id: usize) {
        let kind = *self.r.pick(&KINDS);
        let n = self.count();
        if let Kind::ModuleMix = kind {
            self.module_mix(id, n);
            return;
        }
        let mut f = Emitter::new();
        match kind {
            Kind::TypeFlip => self.type_flip(&mut f, id, n),
            Kind::NumericFlip => self.numeric_flip(&mut f, id, n),
            Kind::Shape => self.shape(&mut f, id, n),
            Kind::GlobalRebind => self.global_rebind(&mut f, id, n),
            Kind::MethodReplace => self.method_replace(&mut f, id, n),
            Kind::Dunder => self.dunder(&mut f, id, n),
            Kind::ListTuple => self.list_tuple(&mut f, id, n),
            Kind::BigInt => self.big_int(&mut f, id, n),
            Kind::Exceptions => self.exceptions(&mut f, id, n),
            Kind::EarlyExit => self.early_exit(&mut f, id, n),
            Kind::Generator => self.generator(&mut f, id, n),
            Kind::Closure => self.closure(&mut f, id, n),
            Kind::Dict => self.dict(&mut f, id, n),
            Kind::Float => self.float(&mut f, id, n),
            Kind::Strings => self.strings(&mut f, id, n),
            Kind::Calls => self.calls(&mut f, id, n),
            Kind::IntEdges => self.int_edges(&mut f, id, n),
            Kind::FloatEdges => self.float_edges(&mut f, id, n),
            Kind::DeepRaise => self.deep_raise(&mut f, id, n),
            Kind::CalleeMutation => self.callee_mutation(&mut f, id, n),
            Kind::Polymorphic => self.polymorphic(&mut f, id, n),
            Kind::Aliasing => self.aliasing(&mut f, id, n),
            Kind::YieldFrom => self.yield_from(&mut f, id, n),
            Kind::Pipeline => self.pipeline(&mut f, id, n),
            Kind::Descriptors => self.descriptors(&mut f, id, n),
            Kind::IterMutation => self.iter_mutation(&mut f, id, n),
            Kind::Unbound => self.unbound(&mut f, id, n),
            Kind::Protocols => self.protocols(&mut f, id, n),
            Kind::Mix => self.mix(&mut f, id, n),
            Kind::MixCalls => self.mix_calls(&mut f, id, n),
            Kind::ModuleMix => unreachable!("handled above"),
        }
        self.funcs.append(f);
        let repeat = self.r.chance(1, 3);
        let m = &mut self.main;
        if repeat {
            m.open("for _rep in range(2):");
        }
        m.open("try:");
        m.line(format!("print(\"s{id}\", s{id}({n}))"));
        m.close();
        m.open("except Exception as e:");
        m.line(format!("print(\"s{id} raised\", type(e).__name__)"));
        m.close();
        if repeat {
            m.close();
        }
    }

    /// A local takes several types (int, float, str, tuple, list, big int)
    /// while polymorphic operations run on it.
    fn type_flip(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let lits =
            ["7", "-3", "2.5", "-0.0", "'ab'", "'xyz'", "(1, 2)", "[3]", "12345678901234567890", "True", "1e300"];
        let ops = ["x + x", "x * 2", "x * 3", "[x, x]", "(x,)", "str(x)", "repr(x)", "x == x", "(x, 1)[0]"];
        let folds = ["len(str(y))", "len(repr(y))", "(1 if y == x else 2)", "len(str(y)) * 3 + 1", "(y != x) + 5"];
        f.open(format!("def s{id}(n):"));
        f.line("acc = 0");
        f.line(format!("x = {}", self.r.pick(&lits)));
        self.open_loop(f, "n");
        let op = *self.r.pick(&ops);
        f.line(format!("y = {op}"));
        f.line(format!("acc = (acc * 31 + {}) % {M}", self.r.pick(&folds)));
        if self.r.chance(1, 2) {
            f.open("if isinstance(x, int):");
            f.line(format!("acc = (acc + x % {}) % {M}", self.r.range(2, 97)));
            f.close();
        }
        self.noise(f);
        self.at_random_iterations(f, n, 1, 4, |g, f| {
            f.line(format!("x = {}", g.r.pick(&lits)));
        });
        end_loop_and_function(f, format!("return acc, {op}"));
    }

    /// Arithmetic on a value that switches between int, float, bool and big
    /// int: the guards on numeric types and on overflow.
    fn numeric_flip(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let lits = ["3", "-17", "0.5", "-2.25", "True", "2 ** 62 - 1", "2 ** 63", "-(2 ** 64)", "10 ** 20", "1000000"];
        let exprs = [
            "x * 3 + i",
            "x - i * 2",
            "x / 4",
            "x // 3",
            "x % 7",
            "-x + 1",
            "abs(x) + i",
            "x * x",
            "(x + i) * 2",
            "min(x, i)",
            "max(x, 3.5)",
        ];
        f.open(format!("def s{id}(n):"));
        f.line("acc = 0");
        f.line(format!("x = {}", self.r.pick(&lits)));
        self.open_loop(f, "n");
        let ex = *self.r.pick(&exprs);
        f.line(format!("y = {ex}"));
        f.open("if -1e15 < y < 1e15:");
        f.line(format!("acc = (acc + y) % {M}"));
        f.close();
        f.open("else:");
        f.line("acc = acc + 1");
        f.close();
        if self.r.chance(1, 2) {
            f.line(format!("x = x + {}", self.r.pick(&["1", "0.25", "i % 3", "True"])));
            f.open("if x > 10 ** 30 or x < -(10 ** 30):");
            f.line("x = 1");
            f.close();
        }
        self.noise(f);
        self.at_random_iterations(f, n, 1, 3, |g, f| {
            f.line(format!("x = {}", g.r.pick(&lits)));
        });
        end_loop_and_function(f, "return acc, x");
    }

    /// An instance gains, loses and re-gains attributes; class attributes
    /// shadowed and unshadowed; objects of two layouts alternate.
    fn shape(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let has_class_a = self.r.chance(2, 3);
        let t = &mut self.top;
        t.open(format!("class P{id}:"));
        if has_class_a {
            t.line("a = 3");
        }
        t.line("z = 11");
        t.open("def __init__(self, a, b):");
        t.line("self.a = a");
        t.line("self.b = b");
        t.close();
        t.close();
        t.open(format!("class Q{id}(P{id}):"));
        t.open("def __init__(self, a, b):");
        t.line("self.b = b");
        t.line("self.c = 1");
        t.line("self.a = a");
        t.close();
        t.close();
        f.open(format!("def s{id}(n):"));
        f.line(format!("o = P{id}(1, 2)"));
        f.line("acc = 0");
        self.open_loop(f, "n");
        let read_a = if has_class_a { "o.a" } else { "getattr(o, 'a', -1)" };
        f.line(format!("acc = (acc + {read_a} + o.b + o.z) % {M}"));
        f.line(format!("o.b = (o.b + i) % {}", self.r.range(5, 1000)));
        if self.r.chance(1, 2) {
            f.open("if hasattr(o, 'c'):");
            f.line("acc += o.c");
            f.close();
        }
        self.noise(f);
        let muts = [
            "o.c = i",
            "del o.a",
            "o.a = 2.5",
            "o.a = 'str'[0:0] or 4",
            "o.z = 100",
            "del o.b\n    o.b = 7",
            "o = Q{id}(i, 5)",
            "o = P{id}(i % 9, -1)",
            "P{id}.z = -5",
            "o.__dict__['d'] = 1",
        ];
        self.at_random_iterations(f, n, 1, 4, |g, f| {
            let m = g.r.pick(&muts).replace("{id}", &id.to_string());
            for part in m.split("\n    ") {
                if part == "del o.a" && !has_class_a {
                    f.line("del o.a");
                    f.line("o.a = i");
                } else if let Some(attr) = part.strip_prefix("del o.") {
                    f.open(format!("if '{attr}' in o.__dict__:"));
                    f.line(part);
                    f.close();
                } else {
                    f.line(part);
                }
            }
        });
        end_loop_and_function(f, "return acc, sorted(o.__dict__.items())");
    }

    /// Module globals (a constant, a function, a builtin) rebound mid-loop.
    fn global_rebind(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let builtin = *self.r.pick(&["abs", "len", "min"]);
        let use_builtin = match builtin {
            "abs" => "abs(i - 50)",
            "len" => "len(str(i))",
            _ => "min(i, 77)",
        };
        let fake = match builtin {
            "abs" => "lambda v: 1",
            "len" => "lambda v: 2",
            _ => "lambda a, b: a - b",
        };
        let t = &mut self.top;
        t.line(format!("G{id} = 3"));
        t.open(format!("def h{id}(v):"));
        t.line(format!("return v + G{id}"));
        t.close();
        t.open(format!("def h{id}b(v):"));
        t.line(format!("return v * 2 - G{id}"));
        t.close();
        f.open(format!("def s{id}(n):"));
        f.line(format!("global G{id}, h{id}, {builtin}"));
        f.line("acc = 0");
        self.open_loop(f, "n");
        f.line(format!("acc = (acc + h{id}(i) + {use_builtin}) % {M}"));
        self.noise(f);
        let muts = [
            format!("G{id} = {}", self.r.pick(&["2.5", "7", "-1", "10 ** 19", "True"])),
            format!("h{id} = h{id}b"),
            format!("{builtin} = {fake}"),
            format!("h{id} = lambda v: v % 5"),
        ];
        self.at_random_iterations(f, n, 1, 4, |g, f| {
            f.line(g.r.pick(&muts).clone());
        });
        f.close();
        f.open(format!("if '{builtin}' in globals():"));
        f.line(format!("del {builtin}"));
        end_loop_and_function(f, "return acc");
    }

    /// A method replaced on the class, shadowed on the instance, then the
    /// shadow deleted; a subclass sees the base class's replacement.
    fn method_replace(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let t = &mut self.top;
        t.open(format!("class M{id}:"));
        t.open("def __init__(self):");
        t.line("self.k = 1");
        t.close();
        t.open("def m(self, v):");
        t.line("return v + self.k");
        t.close();
        t.close();
        t.open(format!("class N{id}(M{id}):"));
        t.line("pass");
        t.close();
        t.open(format!("def m{id}_alt(self, v):"));
        t.line("return v * 2 + self.k");
        t.close();
        f.open(format!("def s{id}(n):"));
        let cls = if self.r.chance(1, 2) { "M" } else { "N" };
        f.line(format!("o = {cls}{id}()"));
        f.line("acc = 0");
        self.open_loop(f, "n");
        f.line(format!("acc = (acc + o.m(i)) % {M}"));
        self.noise(f);
        let muts = [
            format!("M{id}.m = m{id}_alt"),
            "o.m = lambda v: v - 1".to_string(),
            "o.k = 2.5".to_string(),
            format!("M{id}.m = lambda self, v: float(v) / 2"),
            format!("N{id}.m = lambda self, v: 3"),
            format!("o = N{id}()"),
            "o.__dict__.pop('m', None)".to_string(),
        ];
        self.at_random_iterations(f, n, 1, 4, |g, f| {
            f.line(g.r.pick(&muts).clone());
        });
        end_loop_and_function(f, "return acc");
    }

    /// Operator dunders on a user class, and an iterator class's
    /// `__next__`, replaced on the class mid-loop.
    fn dunder(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let t = &mut self.top;
        t.open(format!("class V{id}:"));
        t.open("def __init__(self, v):");
        t.line("self.v = v");
        t.close();
        t.open("def __add__(self, o):");
        t.line(format!("return V{id}((self.v + (o.v if isinstance(o, V{id}) else o)) % {M})"));
        t.close();
        t.open("def __lt__(self, o):");
        t.line("return self.v < o.v");
        t.close();
        t.open("def __len__(self):");
        t.line("return self.v % 10");
        t.close();
        t.open("def __getitem__(self, k):");
        t.line("return self.v + k");
        t.close();
        t.open("def __setitem__(self, k, v):");
        t.line(format!("self.v = (self.v + k * v) % {M}"));
        t.close();
        t.close();
        t.open(format!("class W{id}:"));
        t.open("def __init__(self, n):");
        t.line("self.n = n");
        t.close();
        t.open("def __iter__(self):");
        t.line("return self");
        t.close();
        t.open("def __next__(self):");
        t.open("if self.n <= 0:");
        t.line("raise StopIteration");
        t.close();
        t.line("self.n -= 1");
        t.line("return self.n");
        t.close();
        t.close();
        f.open(format!("def s{id}(n):"));
        f.line(format!("a = V{id}(1)"));
        f.line(format!("b = V{id}(2)"));
        f.line("acc = 0");
        self.open_loop(f, "n");
        f.line("a = a + b");
        f.line("a = a + i");
        f.line(format!("acc = (acc + len(a) + a[i % 4] + (a < b)) % {M}"));
        f.line("a[i % 3] = i % 5");
        f.open(format!("for e in W{id}(i % 4):"));
        f.line(format!("acc = (acc + e) % {M}"));
        f.close();
        self.noise(f);
        let muts = [
            format!("V{id}.__add__ = lambda self, o: V{id}(7)"),
            format!("V{id}.__len__ = lambda self: 1"),
            format!("V{id}.__lt__ = lambda self, o: True"),
            "b = 3".to_string(),
            format!("b = V{id}(2.5)"),
            format!("V{id}.__getitem__ = lambda self, k: -k"),
            format!("V{id}.__setitem__ = lambda self, k, v: None"),
            format!("W{id}.__next__ = lambda self: next(iter(()))"),
            format!("W{id}.__iter__ = lambda self: iter([1, 2])"),
        ];
        self.at_random_iterations(f, n, 1, 3, |g, f| {
            f.line(g.r.pick(&muts).clone());
        });
        end_loop_and_function(f, "return acc, a.v");
    }

    /// A sequence that is a list, then a tuple, then a range, and grows.
    fn list_tuple(&mut self, f: &mut Emitter, id: usize, n: i64) {
        f.open(format!("def s{id}(n):"));
        f.line(format!("seq = {}", self.r.pick(&["[1, 2, 3]", "(4, 5)", "range(3)", "[0]"])));
        f.line("acc = 0");
        self.open_loop(f, "n");
        f.line(format!("acc = (acc + seq[i % len(seq)] + len(seq)) % {M}"));
        if self.r.chance(1, 2) {
            f.open("for e in seq:");
            f.line(format!("acc = (acc + e) % {M}"));
            f.close();
        }
        if self.r.chance(1, 2) {
            f.open("if type(seq) is list and len(seq) < 40:");
            f.line(format!("seq.append(i % {})", self.r.range(2, 50)));
            f.close();
        }
        if self.r.chance(1, 3) {
            f.line(format!("acc = (acc + sum(seq[1:3]) + seq[-1]) % {M}"));
        }
        self.noise(f);
        let muts = [
            "seq = tuple(seq)",
            "seq = list(seq) + [i]",
            "seq = range(4)",
            "seq = (1.5, 2)",
            "seq = [10 ** 20, -1]",
            "seq = list(seq) * 2",
            "seq = seq[::-1]",
        ];
        self.at_random_iterations(f, n, 1, 4, |g, f| {
            f.line(*g.r.pick(&muts));
        });
        end_loop_and_function(f, "return acc, seq");
    }

    /// Repeated multiplication that overflows machine ints into big ints and
    /// is brought back down; constants near 2**62 and 2**63.
    fn big_int(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let starts = ["1", "-1", "2 ** 62 - 3", "2 ** 63 - 1", "-(2 ** 63)", "4611686018427387903", "3"];
        let steps = [
            "x * 3 + i",
            "x * -5 + 1",
            "x + x + 1",
            "(x << 3) - i",
            "x * x + 1",
            "-x * 7",
            "x * 1000003 - i",
            "x + 2 ** 61",
        ];
        f.open(format!("def s{id}(n):"));
        f.line(format!("x = {}", self.r.pick(&starts)));
        f.line("acc = 0");
        self.open_loop(f, "n");
        f.line(format!("x = {}", self.r.pick(&steps)));
        f.open(format!("if i % {} == 0 or x > 10 ** 60 or x < -(10 ** 60):", self.r.range(10, 90)));
        f.line(format!("x = {}", self.r.pick(&starts)));
        f.close();
        let folds =
            ["x % 1000003", "x & 65535", "(x >> 40) % 1000", "x // 123456789 % 1000", "abs(x) % 999", "hash(x) % 1000"];
        f.line(format!("acc = (acc ^ ({})) % {M}", self.r.pick(&folds)));
        self.noise(f);
        if self.r.chance(1, 2) {
            let k = self.at(n);
            f.open(format!("if i == {k}:"));
            f.line(*self.r.pick(&["x = -x", "x = True", "x = 2 ** 200", "acc = 2 ** 70"]));
            f.close();
        }
        end_loop_and_function(f, "return acc, x");
    }

    /// Exceptions raised and caught inside the hot loop, with finally.
    fn exceptions(&mut self, f: &mut Emitter, id: usize, n: i64) {
        self.top.open(format!("class E{id}(Exception):"));
        self.top.line("pass");
        self.top.close();
        let m1 = self.r.range(3, 11);
        let raisers = [
            format!("acc += 100 // (i % {m1} - {})", self.r.range(0, m1 - 1)),
            "acc += d[i % 5]".to_string(),
            "acc += lst[i % 5]".to_string(),
            format!("if i % {m1} == 0: raise E{id}(i)"),
            "acc += int('12' if i % 3 else 'x')".to_string(),
            "acc += len(None if i % 17 == 0 else 'ab')".to_string(),
            "acc += 1.0 / (i % 4)".to_string(),
        ];
        f.open(format!("def s{id}(n):"));
        f.line("acc = 0");
        f.line("d = {0: 1, 1: 2, 3: 4}");
        f.line("lst = [1, 2, 3]");
        f.line("caught = 0");
        self.open_loop(f, "n");
        f.open("try:");
        for _ in 0..self.r.range(1, 2) {
            let s = self.r.pick(&raisers).clone();
            if let Some((head, body)) = s.split_once(": ") {
                f.open(format!("{head}:"));
                f.line(body);
                f.close();
            } else {
                f.line(s);
            }
        }
        f.close();
        f.open("except ZeroDivisionError:");
        f.line("caught += 1");
        f.close();
        f.open("except (KeyError, IndexError) as e:");
        f.line("caught += 2");
        f.close();
        f.open(format!("except E{id} as e:"));
        f.line("caught += e.args[0] % 5");
        f.close();
        f.open("except Exception as e:");
        f.line("caught += len(type(e).__name__)");
        f.close();
        if self.r.chance(1, 2) {
            f.open("finally:");
            f.line("acc += 1");
            f.close();
        }
        f.line(format!("acc = acc % {M}"));
        self.noise(f);
        if self.r.chance(1, 2) {
            let k = self.at(n);
            f.open(format!("if i == {k}:"));
            f.line(*self.r.pick(&["lst = (1, 2)", "d = {}", "lst = lst + [9, 9]", "d[2] = 0.5"]));
            f.close();
        }
        end_loop_and_function(f, "return acc, caught");
    }

    /// Nested loops left early by break, continue and return.
    fn early_exit(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let inner = self.r.range(2, 30);
        f.open(format!("def s{id}(n):"));
        f.line("acc = 0");
        self.open_loop(f, "n");
        f.open(format!("for j in range({inner}):"));
        match self.r.range(0, 2) {
            0 => {
                f.open(format!("if j == i % {}:", self.r.range(2, inner + 3)));
                f.line("break");
            }
            1 => {
                f.open(format!("if (i + j) % {} == 0:", self.r.range(2, 7)));
                f.line("continue");
            }
            _ => {
                f.open(format!("if i > {} and j == {}:", self.at(n), self.r.range(0, inner - 1)));
                f.line("return acc");
            }
        }
        f.close();
        f.line(format!("acc = (acc + j * i) % {M}"));
        f.close();
        f.open("else:");
        f.line("acc += 1");
        f.close();
        self.noise(f);
        let k = self.at(n);
        f.open(format!("if i == {k}:"));
        f.line(*self.r.pick(&["break", "return -acc", "continue", "acc = acc * 2"]));
        f.close();
        f.close();
        f.open("else:");
        f.line("acc += 1000");
        end_loop_and_function(f, "return acc");
    }

    /// A generator whose yielded types change, consumed in a hot loop.
    fn generator(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let k = self.at(n);
        let t = &mut self.top;
        t.open(format!("def g{id}(n):"));
        t.open("for i in range(n):");
        t.open(format!("if i == {k}:"));
        t.line("yield 1.5");
        t.close();
        t.open(format!("if i > {k} and i % 5 == 0:"));
        t.line("yield -i");
        t.close();
        t.open("else:");
        t.line("yield i * 2");
        t.close();
        t.close();
        t.close();
        f.open(format!("def s{id}(n):"));
        f.line("acc = 0");
        f.open(format!("for v in g{id}(n):"));
        f.line(format!("acc = (acc + v) % {M}"));
        if self.r.chance(1, 2) {
            f.open(format!("if v == {}:", self.r.range(0, 2 * n)));
            f.line("break");
            f.close();
        }
        f.close();
        f.line(format!("it = g{id}(n)"));
        f.line("first = next(it)");
        f.line(format!("total = sum(g{id}({}))", self.r.range(0, 300)));
        f.line(format!("lst = [v for v in g{id}(20) if v != 4]"));
        f.line("return acc, first, total, lst");
        f.close();
    }

    /// A closure's cell rebound (and its type changed) mid-loop.
    fn closure(&mut self, f: &mut Emitter, id: usize, n: i64) {
        f.open(format!("def s{id}(n):"));
        f.line("c = 0");
        f.open("def bump(k):");
        f.line("nonlocal c");
        f.line("c += k");
        f.line("return c");
        f.close();
        f.line("acc = 0");
        self.open_loop(f, "n");
        f.line("before = c");
        f.line(format!("acc = (acc + bump(i % {})) % {M}", self.r.range(2, 9)));
        f.line(format!("acc = (acc + c - before) % {M}"));
        self.noise(f);
        let muts = ["c = 0.5", "c = 10 ** 20", "bump = lambda k: k * 3", "c = -c", "c = True"];
        self.at_random_iterations(f, n, 1, 3, |g, f| {
            f.line(*g.r.pick(&muts));
        });
        end_loop_and_function(f, "return acc, c");
    }

    /// A dict updated in a hot loop whose key types change.
    fn dict(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let m = self.r.range(3, 40);
        f.open(format!("def s{id}(n):"));
        f.line("d = {}");
        f.line("acc = 0");
        f.line("kf = 0");
        self.open_loop(f, "n");
        f.line(format!("k = i % {m} if kf == 0 else (str(i % {m}) if kf == 1 else (i % {m}) * 0.5)"));
        f.line("d[k] = d.get(k, 0) + i");
        f.open(format!("if i % {} == 0 and k in d:", self.r.range(2, 40)));
        f.line("del d[k]");
        f.close();
        f.line(format!("acc = (acc + len(d) + d.get(k, -1)) % {M}"));
        self.noise(f);
        let muts = ["kf = 1", "kf = 2", "d = {'x': 1}", "d = dict(d)", "d.clear()", "kf = 0"];
        self.at_random_iterations(f, n, 1, 3, |g, f| {
            f.line(*g.r.pick(&muts));
        });
        end_loop_and_function(f, "return acc, len(d), list(d.items())[:4]");
    }

    /// Float arithmetic, mixed with ints, with exact reprs printed.
    fn float(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let steps =
            ["f * 1.0001 + i / 7", "f - i * 0.3", "f / 1.5 + 2", "(f + i) % 3.5", "f * -0.5 + i", "f // 2.0 + i"];
        let folds =
            ["f % 3.5", "f // 2.0", "round(f, 2)", "abs(f)", "f * f % 10.0", "float(int(f) % 7)", "min(f, 9.5)"];
        f.open(format!("def s{id}(n):"));
        f.line(format!("f = {}", self.r.pick(&["0.5", "1", "-2.0", "1e-3"])));
        f.line("acc = 0.0");
        self.open_loop(f, "n");
        f.line(format!("f = {}", self.r.pick(&steps)));
        f.open("if f > 1e6 or f < -1e6:");
        f.line("f = f / 1e3");
        f.close();
        f.line(format!("acc = (acc + {}) % 1e9", self.r.pick(&folds)));
        let muts = ["f = i", "f = 10 ** 20", "f = True", "f = -0.0", "f = float(i) + 0.1"];
        self.at_random_iterations(f, n, 1, 3, |g, f| {
            f.line(*g.r.pick(&muts));
        });
        end_loop_and_function(f, "return acc, f, repr(acc / 3)");
    }

    /// String building, indexing, slicing and formatting; a str that becomes
    /// a list of strs.
    fn strings(&mut self, f: &mut Emitter, id: usize, n: i64) {
        f.open(format!("def s{id}(n):"));
        f.line(format!("s = {}", self.r.pick(&["'abc'", "'hello world'", "'x'"])));
        f.line("acc = 0");
        f.line("parts = []");
        self.open_loop(f, "n");
        f.line("t = s[i % len(s)] + str(i % 10)");
        f.line(format!("acc = (acc + len(t) + ord(t[0])) % {M}"));
        f.open(format!("if i % {} == 0:", self.r.range(5, 100)));
        f.line(*self.r.pick(&["parts.append(t)", "parts.append(f'{i}:{t!r}')", "parts.append(t.upper())"]));
        f.close();
        self.noise(f);
        let muts = ["s = s.upper() + 'xyz'", "s = ['q', 'r']", "s = ('u', 'v', 'w')", "s = s * 2", "s = 'é' + s[1:]"];
        self.at_random_iterations(f, n, 1, 3, |g, f| {
            f.line(*g.r.pick(&muts));
        });
        end_loop_and_function(f, "return acc, '|'.join(parts[:8]), f'{acc:x}', s");
    }

    /// Calls with defaults, keywords, *args and **kwargs; the callee rebound.
    fn calls(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let t = &mut self.top;
        t.open(format!("def k{id}(a, b=2, *rest, c=3, **kw):"));
        t.line("return a + b * c + len(rest) + len(kw)");
        t.close();
        t.open(format!("def k{id}b(a, b=5, *rest, c=1, **kw):"));
        t.line("return a - b + c");
        t.close();
        f.open(format!("def s{id}(n):"));
        f.line(format!("global k{id}"));
        f.line("acc = 0");
        self.open_loop(f, "n");
        let calls = [
            format!("k{id}(i)"),
            format!("k{id}(i, 1, c=i % 3)"),
            format!("k{id}(i, 1, 2, 3, z=1)"),
            format!("k{id}(*(i, 2))"),
            format!("k{id}(i, **{{'c': 4}})"),
        ];
        let a = self.r.pick(&calls).clone();
        let b = self.r.pick(&calls).clone();
        f.line(format!("acc = (acc + {a} + {b}) % {M}"));
        self.noise(f);
        self.at_random_iterations(f, n, 0, 2, |_, f| {
            f.line(format!("k{id} = k{id}b"));
        });
        end_loop_and_function(f, "return acc");
    }

    /// Int operators on values at the machine-word boundaries (2**31, 2**62,
    /// 2**63, 2**64, negatives): overflow checks, floor division and modulo
    /// signs, shifts, conversions.
    fn int_edges(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let pool = [
            "0",
            "1",
            "-1",
            "2",
            "-3",
            "7",
            "2 ** 31",
            "-(2 ** 31)",
            "2 ** 62 - 1",
            "2 ** 62",
            "-(2 ** 62)",
            "-(2 ** 62) - 1",
            "2 ** 63 - 1",
            "-(2 ** 63)",
            "2 ** 63",
            "2 ** 64 + 5",
            "-(2 ** 64)",
            "3037000499",
            "3037000500",
            "-4611686018427387904",
            "True",
        ];
        let ops = [
            "a + b",
            "a - b",
            "a * b",
            "a // (b or 1)",
            "a % (b or 1)",
            "-a",
            "a << (i % 66)",
            "a >> (i % 66)",
            "a & b",
            "a | b",
            "a ^ b",
            "~a",
            "abs(a)",
            "(a == b) + (a < b) * 2 + (a >= b) * 4",
            "a * a",
            "a - 1",
            "a + 1",
            "b * -1",
            "divmod(a, b or 3)[1]",
            "max(a, b) - min(a, b)",
            "int(str(a)) + b",
            "pow(a, 2)",
            "a * 2 + b * 3",
        ];
        let vals = self.list_of(&pool, 4, 9);
        f.open(format!("def s{id}(n):"));
        f.line(format!("vals = [{vals}]"));
        f.line("acc = 0");
        f.line("last = 0");
        self.open_loop(f, "n");
        let step = self.r.range(1, 13);
        f.line("a = vals[i % len(vals)]");
        f.line(format!("b = vals[(i * {step} + {}) % len(vals)]", self.r.range(0, 5)));
        for j in 0..self.r.range(2, 5) {
            f.line(format!("r{j} = {}", self.r.pick(&ops)));
            f.line(format!("acc = (acc * 3 + r{j} % {M}) % {M}"));
            f.line(format!("last = r{j}"));
        }
        self.noise(f);
        if self.r.chance(1, 2) {
            let k = self.at(n);
            f.open(format!("if i == {k}:"));
            f.line(*self.r.pick(&[
                "vals.append(2 ** 63)",
                "vals[0] = 1.5",
                "vals = vals[::-1]",
                "vals.append(-(2 ** 62))",
            ]));
            f.close();
        }
        end_loop_and_function(f, "return acc, last");
    }

    /// Float operators on edge values: signed zeros, infinities, NaN, huge
    /// and tiny magnitudes, mixed int/float comparisons near 2**53.
    fn float_edges(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let pool = [
            "0.0",
            "-0.0",
            "1.0",
            "-1.5",
            "0.1",
            "1e308",
            "-1e308",
            "5e-324",
            "float('inf')",
            "-float('inf')",
            "float('nan')",
            "2.0 ** 53",
            "2 ** 53 + 1",
            "3",
            "-7",
            "1e16",
            "0.5",
            "True",
        ];
        let ops = [
            "a + b",
            "a - b",
            "a * b",
            "a / (b or 1.0)",
            "a // (b or 1.0)",
            "a % (b or 1.0)",
            "-a",
            "abs(a)",
            "a * -1",
            "a - a",
            "(a == b) + (a < b) * 2 + (a != b) * 4",
            "max(a, b)",
            "min(a, b)",
            "a * 0.0",
            "a ** 2 if abs(a) < 1e100 else a",
            "float(a) + 0.0",
            "round(a, 3) if abs(a) < 1e300 else a",
        ];
        let vals = self.list_of(&pool, 3, 8);
        f.open(format!("def s{id}(n):"));
        f.line(format!("vals = [{vals}]"));
        f.line("seen = []");
        f.line("cnt = 0");
        self.open_loop(f, "n");
        f.line("a = vals[i % len(vals)]");
        f.line(format!("b = vals[(i * {} + 1) % len(vals)]", self.r.range(1, 7)));
        for j in 0..self.r.range(1, 4) {
            f.line(format!("r{j} = {}", self.r.pick(&ops)));
            f.open(format!("if i % {} == 0 and len(seen) < 24:", self.r.range(7, 97)));
            f.line(format!("seen.append(repr(r{j}))"));
            f.close();
            f.open(format!("if r{j} == r{j} and r{j} > 0:"));
            f.line("cnt += 1");
            f.close();
        }
        if self.r.chance(1, 2) {
            let k = self.at(n);
            f.open(format!("if i == {k}:"));
            f.line(*self.r.pick(&["vals.append(2 ** 70)", "vals[0] = 1", "vals = [-0.0, 0.0]", "vals.append(True)"]));
            f.close();
        }
        end_loop_and_function(f, "return cnt, seen");
    }

    /// Exceptions raised two or three inlined frames below the hot loop,
    /// through `finally` blocks, caught in the loop.
    fn deep_raise(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let m = self.r.range(3, 60);
        let k = self.at(n);
        let t = &mut self.top;
        t.open(format!("def d{id}c(i, box):"));
        t.open(format!("if i % {m} == {}:", m / 2));
        t.line(format!("raise {}('deep')", ["KeyError", "ValueError", "IndexError"][(m % 3) as usize]));
        t.close();
        t.open(format!("if i == {k}:"));
        t.line("box[0] = box[0] + 0.5");
        t.close();
        t.line("return i + box[0]");
        t.close();
        t.open(format!("def d{id}b(i, box):"));
        t.open("try:");
        t.line(format!("return d{id}c(i, box) * 2"));
        t.close();
        t.open("finally:");
        t.line("box[1] += 1");
        t.close();
        t.close();
        t.open(format!("def d{id}a(i, box):"));
        t.line(format!("v = d{id}b(i, box)"));
        t.line("return v - 1");
        t.close();
        f.open(format!("def s{id}(n):"));
        f.line("box = [1, 0]");
        f.line("acc = 0");
        f.line("caught = 0");
        self.open_loop(f, "n");
        f.open("try:");
        f.line(format!("acc = (acc + d{id}a(i, box)) % {M}"));
        f.close();
        f.open("except (KeyError, ValueError) as e:");
        f.line("caught += 1");
        f.close();
        f.open("except IndexError:");
        f.line("caught += 3");
        f.line(format!("if caught > {}: break", self.r.range(5, 200)).replace(": break", ":\n                break"));
        f.close();
        self.noise(f);
        end_loop_and_function(f, "return acc, caught, box");
    }

    /// A function called from the hot loop mutates what the loop reads (an
    /// attribute's type, a global, a list's length) at one call.
    fn callee_mutation(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let k = self.at(n);
        let what = *self.r.pick(&[
            "o.a = 1.5",
            "del o.a",
            "o.a = 'x'",
            "lst.append(7)",
            "lst.pop()",
            "lst[0] = 2 ** 64",
            "W{id} = 2.5",
            "W{id} = 'w'",
            "o.__class__.a = 9",
        ]);
        let what = what.replace("{id}", &id.to_string());
        let t = &mut self.top;
        t.line(format!("W{id} = 4"));
        t.open(format!("class O{id}:"));
        t.line("a = 0");
        t.close();
        t.open(format!("def u{id}(o, lst, i):"));
        t.line(format!("global W{id}"));
        t.open(format!("if i == {k}:"));
        t.line(what);
        t.close();
        t.line(format!("return W{id}"));
        t.close();
        f.open(format!("def s{id}(n):"));
        f.line(format!("o = O{id}()"));
        f.line("o.a = 3");
        f.line("lst = [1, 2, 3]");
        f.line("acc = 0");
        self.open_loop(f, "n");
        f.line(format!("w = u{id}(o, lst, i)"));
        let uses = ["acc = acc + o.a * 2", "acc = acc + lst[0] + len(lst)", "acc = acc + w * 3", "acc = acc + o.a"];
        for _ in 0..self.r.range(1, 3) {
            f.line(*self.r.pick(&uses));
        }
        f.line(format!("acc = acc if isinstance(acc, str) else acc % {M}"));
        f.open("if isinstance(acc, str):");
        f.line("acc = len(acc)");
        f.close();
        end_loop_and_function(f, "return acc, W{id}".replace("{id}", &id.to_string()));
    }

    /// Sites that see a different type on every few iterations, so guards
    /// fail often and side traces are built and chained.
    fn polymorphic(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let choices = [
            "(1, 2.5, 'a', (1,), [2], True, 10 ** 20)",
            "(3, -4.0)",
            "('x', 'yy', 'zzz')",
            "(2 ** 62, 1, -1.0)",
            "([1], (2,), 'q')",
        ];
        let ch = *self.r.pick(&choices);
        let ops = ["v + v", "v * 2", "len(str(v))", "repr(v)", "v == v", "(v, v)[1]", "[v][0]", "str(v) + '!'"];
        f.open(format!("def s{id}(n):"));
        f.line(format!("opts = {ch}"));
        f.line("acc = 0");
        self.open_loop(f, "n");
        let p = self.r.range(2, 9);
        f.line(format!("v = opts[(i // {p}) % len(opts)]"));
        for j in 0..self.r.range(1, 3) {
            f.line(format!("w{j} = {}", self.r.pick(&ops)));
            f.line(format!("acc = (acc * 7 + len(repr(w{j}))) % {M}"));
        }
        self.noise(f);
        if self.r.chance(1, 2) {
            let k = self.at(n);
            f.open(format!("if i == {k}:"));
            f.line(*self.r.pick(&[
                "opts = (7,)",
                "opts = opts[::-1]",
                "opts = opts + (0.5,)",
                "opts = ('s', 2 ** 65)",
            ]));
            f.close();
        }
        end_loop_and_function(f, "return acc, v");
    }

    /// Two names for one list or dict, one of them written in the loop;
    /// a list grown while it is iterated.
    fn aliasing(&mut self, f: &mut Emitter, id: usize, n: i64) {
        f.open(format!("def s{id}(n):"));
        f.line("a = [0, 1, 2, 3]");
        f.line("b = a");
        f.line("d = {'k': 1}");
        f.line("e = d");
        f.line("acc = 0");
        self.open_loop(f, "n");
        f.line("b[i % len(b)] = i");
        f.line("e['k'] = e['k'] + 1");
        f.line(format!("acc = (acc + a[i % len(a)] + d['k']) % {M}"));
        if self.r.chance(1, 2) {
            f.open("for x in a:");
            f.open(format!("if len(a) < {} and x == i % 5:", self.r.range(6, 40)));
            f.line("a.append(x + 1)");
            f.close();
            f.close();
        }
        let k = self.at(n);
        f.open(format!("if i == {k}:"));
        f.line(*self.r.pick(&[
            "b = list(b)",
            "a[0] = 1.5",
            "e['k'] = 0.5",
            "d = dict(d)",
            "a.clear()\n            a.append(1)",
        ]));
        f.close();
        self.noise(f);
        end_loop_and_function(f, "return acc, a, d");
    }

    /// Generator pipelines (stages over stages in a random order, a source
    /// shared by two consumers and left half-consumed, a stage that raises
    /// part-way), with a yielded type changing: what traces run without
    /// generator frames.
    fn pipeline(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let k = self.at(n);
        let bad = self.at(n);
        let m = self.r.range(2, 5);
        let t = &mut self.top;
        t.open(format!("def src{id}(n):"));
        t.line("i = 0");
        t.open("while i < n:");
        t.line(format!("yield i if i != {k} else {}", self.r.pick(&["2.5", "-1", "True", "i * 1.0"])));
        t.line("i += 1");
        t.close();
        t.close();
        t.open(format!("def keep{id}(s):"));
        t.open("for x in s:");
        t.open(format!("if x % {m} == 1:"));
        t.line("yield x");
        t.close();
        t.close();
        t.close();
        t.open(format!("def sq{id}(s):"));
        t.open("for x in s:");
        t.line(*self.r.pick(&["yield x * x", "yield x + 1", "yield -x"]));
        t.close();
        t.close();
        t.open(format!("def div{id}(s):"));
        t.open("for x in s:");
        t.line(format!("yield 1000 // (x - {bad})"));
        t.close();
        t.close();
        let stages: Vec<&str> = (0..self.r.range(1, 4)).map(|_| *self.r.pick(&["keep", "sq", "sq", "keep"])).collect();
        let mut chain = format!("src{id}(n)");
        for stage in stages {
            chain = format!("{stage}{id}({chain})");
        }
        f.open(format!("def s{id}(n):"));
        f.line("acc = 0");
        f.open(format!("for v in {chain}:"));
        f.line(format!("acc = (acc + v) % {M}"));
        f.close();
        f.line(format!("shared = src{id}(n)"));
        f.line("part = 0");
        f.open(format!("for v in sq{id}(shared):"));
        f.line("part += v");
        f.open(format!("if part > {}:", self.r.range(0, n * n)));
        f.line("break");
        f.close();
        f.close();
        f.line("rest = sum(1 for _ in shared)");
        f.line("got = 0");
        f.open("try:");
        f.open(format!("for v in div{id}(keep{id}(src{id}(n))):"));
        f.line(format!("got = (got + v) % {M}"));
        f.close();
        f.close();
        f.open("except ZeroDivisionError:");
        f.line("got = -got");
        f.close();
        f.line("return acc, part, rest, got");
        f.close();
    }

    /// Generators delegating with `yield from`, left early and resumed,
    /// raising part-way, with yielded types changing.
    fn yield_from(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let k = self.at(n);
        let m = self.r.range(2, 40);
        let t = &mut self.top;
        t.open(format!("def yi{id}(n, box):"));
        t.open("for i in range(n):");
        t.open(format!("if i == {k}:"));
        t.line(*self.r.pick(&["box.append(i)", "raise ValueError(i)", "yield 0.25", "return -1"]));
        t.close();
        t.line(format!("yield i % {m} if box[0] == 0 else str(i % {m})"));
        t.close();
        t.line("return len(box)");
        t.close();
        t.open(format!("def yo{id}(n, box):"));
        t.line(format!("r = yield from yi{id}(n, box)"));
        t.line("yield r");
        t.line(format!("yield from yi{id}(3, box)"));
        t.close();
        f.open(format!("def s{id}(n):"));
        f.line("box = [0]");
        f.line("acc = 0");
        f.line("count = 0");
        f.open("try:");
        f.open(format!("for v in yo{id}(n, box):"));
        f.line("count += 1");
        f.line(format!("acc = (acc + (v if isinstance(v, int) else len(str(v)))) % {M}"));
        f.open(format!("if count == {}:", self.r.range(n / 2, n + 10)));
        f.line("box[0] = 1");
        f.close();
        f.close();
        f.close();
        f.open("except ValueError as e:");
        f.line("acc += 1000");
        f.close();
        f.line(format!("g = yo{id}(50, [0])"));
        f.line("first = [next(g) for _ in range(5)]");
        f.line(format!("rest = sum(1 for v in g if v != {})", self.r.range(0, m)));
        f.line("return acc, count, first, rest");
        f.close();
    }

    /// A class gains a property, a `__getattr__` or a class attribute while
    /// instances of it and of a class sharing its layout are read in a loop.
    fn descriptors(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let t = &mut self.top;
        for c in ["A", "B"] {
            t.open(format!("class {c}{id}:"));
            t.open("def __init__(self, x):");
            t.line("self.x = x");
            t.line("self.y = 1");
            t.close();
            t.close();
        }
        f.open(format!("def s{id}(n):"));
        f.line(format!("objs = [A{id}(1), B{id}(2), A{id}(3)]"));
        f.line("acc = 0");
        self.open_loop(f, "n");
        f.line("o = objs[i % 3]");
        f.line(format!("acc = (acc + o.x * 2 + o.y) % {M}"));
        if self.r.chance(1, 2) {
            f.line("o.y = i % 7");
        }
        if self.r.chance(1, 2) {
            f.line(format!("acc = (acc + getattr(o, 'zz', 1)) % {M}"));
        }
        self.noise(f);
        let muts = [
            format!("A{id}.x = property(lambda self: 40)"),
            format!("B{id}.y = property(lambda self: -2)"),
            format!("A{id}.__getattr__ = lambda self, name: 3"),
            format!("B{id}.zz = 8"),
            format!("objs[1] = A{id}(5)"),
            format!("A{id}.y = 100"),
            "del objs[0].y".to_string(),
            format!("B{id}.x = property(lambda self: 1, lambda self, v: None)"),
        ];
        self.at_random_iterations(f, n, 1, 3, |g, f| {
            f.line(g.r.pick(&muts).clone());
        });
        end_loop_and_function(f, "return acc");
    }

    /// Native iteration forms under change: a list mutated while iterated,
    /// ranges across 2**63, negative steps, a user iterator class.
    fn iter_mutation(&mut self, f: &mut Emitter, id: usize, n: i64) {
        self.top.open(format!("class It{id}:"));
        self.top.open("def __init__(self, n):");
        self.top.line("self.i = 0");
        self.top.line("self.n = n");
        self.top.close();
        self.top.open("def __iter__(self):");
        self.top.line("return self");
        self.top.close();
        self.top.open("def __next__(self):");
        self.top.open("if self.i >= self.n:");
        self.top.line("raise StopIteration");
        self.top.close();
        self.top.line("self.i += 1");
        self.top.line("return self.i");
        self.top.close();
        self.top.close();
        let _ = n;
        let base = *self.r.pick(&["0", "2 ** 63 - 40", "-(2 ** 63) - 3", "2 ** 62 - 20", "-5"]);
        let step = *self.r.pick(&["1", "3", "-1", "-7", "2 ** 40"]);
        f.open(format!("def s{id}(n):"));
        f.line("acc = 0");
        f.line("lst = list(range(8))");
        f.open("for x in lst:");
        f.open(format!("if len(lst) < n and x % {} == 0:", self.r.range(2, 5)));
        f.line("lst.append(x + 1)");
        f.close();
        f.open(format!("if x == {}:", self.r.range(3, 200)));
        f.line(*self.r.pick(&["lst.pop()", "lst.pop(0)", "del lst[2:4]", "lst[0] = -1"]));
        f.close();
        f.line(format!("acc = (acc + x) % {M}"));
        f.close();
        f.line(format!("lo = {base}"));
        f.line(format!("st = {step}"));
        f.line(format!("hi = lo + st * (n // {})", self.r.range(1, 4)));
        f.open("for j in range(lo, hi, st):");
        f.line(format!("acc = (acc + j % {}) % {M}", self.r.range(2, 1000)));
        f.close();
        f.open(format!("for v in It{id}(n):"));
        f.line(format!("acc = (acc * 3 + v) % {M}"));
        f.close();
        f.open(format!("for t in tuple(lst[:{}]):", self.r.range(1, 300)));
        f.line(format!("acc = (acc + t * t) % {M}"));
        end_loop_and_function(f, "return acc, len(lst), lst[-3:]");
    }

    /// Locals and closure cells deleted part-way through a loop, so reads
    /// raise UnboundLocalError / NameError from inside traces.
    fn unbound(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let k = self.at(n);
        let k2 = self.at(n);
        f.open(format!("def s{id}(n):"));
        f.line("acc = 0");
        f.line("x = 5");
        f.line("c = 2");
        f.open("def get():");
        f.line("return c");
        f.close();
        f.line("errs = 0");
        self.open_loop(f, "n");
        f.open("try:");
        f.line(format!("acc = (acc + x + get()) % {M}"));
        f.close();
        f.open("except NameError as e:");
        f.line("errs += 1");
        f.line(format!("if errs > {}:", self.r.range(1, 50)));
        f.line("    x = 1");
        f.line("    c = 3");
        f.close();
        f.open(format!("if i == {k}:"));
        f.line("del x");
        f.close();
        f.open(format!("if i == {k2}:"));
        f.line("del c");
        f.close();
        self.noise(f);
        end_loop_and_function(f, "return acc, errs");
    }

    /// User protocols in hot loops: `__bool__`, `__call__`, `__eq__` and
    /// `__hash__` as dict keys, `__contains__`; replaced on the class.
    fn protocols(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let t = &mut self.top;
        t.open(format!("class K{id}:"));
        t.open("def __init__(self, v):");
        t.line("self.v = v");
        t.close();
        t.open("def __bool__(self):");
        t.line("return self.v % 3 != 0");
        t.close();
        t.open("def __call__(self, x):");
        t.line("return x + self.v");
        t.close();
        t.open("def __eq__(self, o):");
        t.line("return isinstance(o, K0) and self.v % 5 == o.v % 5".replace("K0", &format!("K{id}")));
        t.close();
        t.open("def __hash__(self):");
        t.line("return self.v % 5");
        t.close();
        t.open("def __contains__(self, x):");
        t.line("return x % self.v == 0 if self.v else False");
        t.close();
        t.close();
        f.open(format!("def s{id}(n):"));
        f.line("d = {}");
        f.line("acc = 0");
        self.open_loop(f, "n");
        f.line(format!("o = K{id}(i % {})", self.r.range(3, 30)));
        f.open("if o:");
        f.line(format!("acc = (acc + o(i)) % {M}"));
        f.close();
        f.line("d[o] = d.get(o, 0) + 1");
        f.line(format!("acc = (acc + (i in o) + 2 * (i + 1 not in o) + len(d)) % {M}"));
        self.noise(f);
        let muts = [
            format!("K{id}.__bool__ = lambda self: True"),
            format!("K{id}.__call__ = lambda self, x: -x"),
            format!("K{id}.__hash__ = lambda self: 0"),
            format!("K{id}.__contains__ = lambda self, x: True"),
            "d = {}".to_string(),
        ];
        self.at_random_iterations(f, n, 1, 3, |g, f| {
            f.line(g.r.pick(&muts).clone());
        });
        end_loop_and_function(f, "return acc, sorted(d.values())");
    }

    /// A literal of any type the mix scenario uses.
    fn mix_literal(&mut self) -> String {
        let pool = [
            "0",
            "1",
            "-2",
            "7",
            "2 ** 62",
            "2 ** 63 - 1",
            "-(2 ** 63)",
            "10 ** 18",
            "0.5",
            "-0.0",
            "1e300",
            "2.25",
            "'a'",
            "'xyz'",
            "''",
            "(1, 2)",
            "()",
            "[3, 4]",
            "[]",
            "True",
            "False",
            "None",
            "(0.5, 'q')",
        ];
        self.r.pick(&pool).to_string()
    }

    /// An expression over the mix variables `v0`..`v4`, the counter `i`
    /// and literals: any types meet any operators (errors are caught).
    fn mix_expr(&mut self, depth: u32) -> String {
        if depth == 0 || self.r.chance(1, 3) {
            return match self.r.range(0, 6) {
                0 => format!("({})", self.mix_literal()),
                1 => "i".to_string(),
                _ => format!("v{}", self.r.range(0, 4)),
            };
        }
        let a = self.mix_expr(depth - 1);
        let b = self.mix_expr(depth - 1);
        match self.r.range(0, 22) {
            0 => format!("({a} + {b})"),
            1 => format!("({a} - {b})"),
            2 => format!("({a} * ({b} % 4))"),
            3 => format!("({a} // {b})"),
            4 => format!("({a} % {b})"),
            5 => format!("({a} < {b})"),
            6 => format!("({a} == {b})"),
            7 => format!("({a} and {b})"),
            8 => format!("({a} or {b})"),
            9 => format!("(not {a})"),
            10 => format!("(-{a})"),
            11 => format!("len({a})"),
            12 => format!("str({a})"),
            13 => format!("int({a})"),
            14 => format!("float({a})"),
            15 => format!("{a}[{b}]"),
            16 => format!("{a}[1:]"),
            17 => format!("({a} << ({b} % 70))"),
            18 => format!("({a} & {b})"),
            19 => format!("({a}, {b})"),
            20 => format!("[{a}]"),
            21 => format!("({a} if {b} else i)"),
            _ => format!("abs({a})"),
        }
    }

    /// Five variables of any type updated by random expressions in a hot
    /// loop, each statement guarded; values kept small by resetting them.
    fn mix(&mut self, f: &mut Emitter, id: usize, n: i64) {
        f.open(format!("def s{id}(n):"));
        for v in 0..5 {
            f.line(format!("v{v} = {}", self.mix_literal()));
        }
        f.line("acc = 0");
        f.line("errs = 0");
        self.open_loop(f, "n");
        for _ in 0..self.r.range(2, 6) {
            let v = self.r.range(0, 4);
            let e = self.mix_expr(2);
            f.open("try:");
            f.line(format!("v{v} = {e}"));
            f.close();
            f.open("except Exception as e:");
            f.line("errs += len(type(e).__name__)");
            f.close();
            f.open(format!("if len(repr(v{v})) > 40:"));
            f.line(format!("v{v} = {}", self.mix_literal()));
            f.close();
            f.line(format!("acc = (acc * 31 + len(repr(v{v}))) % {M}"));
        }
        if self.r.chance(1, 2) {
            let k = self.at(n);
            f.open(format!("if i == {k}:"));
            f.line(format!("v{} = {}", self.r.range(0, 4), self.mix_literal()));
            f.close();
        }
        end_loop_and_function(f, "return acc, errs, v0, v1, v2, v3, v4");
    }

    /// One guarded mix statement assigning a random expression to a random
    /// variable, reset when its repr grows long, folded into `acc`.
    fn mix_statement(&mut self, f: &mut Emitter, fold: bool) {
        let v = self.r.range(0, 4);
        let e = self.mix_expr(2);
        f.open("try:");
        f.line(format!("v{v} = {e}"));
        f.close();
        f.open("except Exception as e:");
        f.line("errs += len(type(e).__name__)");
        f.close();
        f.open(format!("if len(repr(v{v})) > 40:"));
        f.line(format!("v{v} = {}", self.mix_literal()));
        f.close();
        if fold {
            f.line(format!("acc = (acc * 31 + len(repr(v{v}))) % {M}"));
        }
    }

    /// The mix scenario with calls: a helper taking the five variables
    /// (permuted) rebinds its parameters, and a closure rebinds the caller's
    /// variables through cells, so what a trace knows about locals across a
    /// call is put to the test.
    fn mix_calls(&mut self, f: &mut Emitter, id: usize, n: i64) {
        let t = &mut Emitter::new();
        t.open(format!("def mc{id}(v0, v1, v2, v3, v4, i):"));
        t.line("errs = 0");
        for _ in 0..self.r.range(1, 3) {
            self.mix_statement(t, false);
        }
        let ret = self.mix_expr(2);
        t.open("try:");
        t.line(format!("return {ret}"));
        t.close();
        t.open("except Exception:");
        t.line("return errs");
        t.close();
        t.close();
        let helper = std::mem::take(t);
        self.top.append(helper);
        f.open(format!("def s{id}(n):"));
        f.line(format!("global mc{id}"));
        for v in 0..5 {
            f.line(format!("v{v} = {}", self.mix_literal()));
        }
        f.line("acc = 0");
        f.line("errs = 0");
        let cell = self.r.range(0, 4);
        f.open("def poke(k):");
        f.line(format!("nonlocal v{cell}"));
        f.line(format!("v{cell} = k if k % 3 else str(k)"));
        f.close();
        self.open_loop(f, "n");
        let mut perm: Vec<i64> = (0..5).collect();
        for j in (1..5).rev() {
            let k = self.r.range(0, j as i64) as usize;
            perm.swap(j, k);
        }
        let args: Vec<String> = perm.iter().map(|p| format!("v{p}")).collect();
        let target = self.r.range(0, 4);
        f.line(format!("v{target} = mc{id}({}, i)", args.join(", ")));
        f.open(format!("if len(repr(v{target})) > 40:"));
        f.line(format!("v{target} = 0"));
        f.close();
        f.line(format!("acc = (acc * 31 + len(repr(v{target}))) % {M}"));
        if self.r.chance(1, 2) {
            f.open(format!("if i % {} == 0:", self.r.range(2, 60)));
            f.line("poke(i)");
            f.close();
            f.line(format!("acc = (acc + len(repr(v{cell}))) % {M}"));
        }
        for _ in 0..self.r.range(0, 2) {
            self.mix_statement(f, true);
        }
        if self.r.chance(1, 2) {
            let k = self.at(n);
            f.open(format!("if i == {k}:"));
            f.line(format!("mc{id} = lambda a, b, c, d, e, i: (e, d)"));
            f.close();
        }
        end_loop_and_function(f, "return acc, errs, v0, v1, v2, v3, v4");
    }

    /// The mix scenario at module level: the variables, the counter and the
    /// accumulator are globals, so loads and stores go through the module
    /// dict (and its caches); a global is deleted or rebound through
    /// `globals()` mid-loop.
    fn module_mix(&mut self, id: usize, n: i64) {
        let mut m = Emitter::new();
        m.open("try:");
        for v in 0..5 {
            m.line(format!("v{v} = {}", self.mix_literal()));
        }
        m.line("acc = 0");
        m.line("errs = 0");
        m.open(format!("for i in range({n}):"));
        for _ in 0..self.r.range(2, 5) {
            self.mix_statement(&mut m, true);
        }
        for _ in 0..self.r.range(0, 2) {
            let k = self.at(n);
            let v = self.r.range(0, 4);
            m.open(format!("if i == {k}:"));
            match self.r.range(0, 2) {
                0 => m.line(format!("del v{v}")),
                1 => m.line(format!("globals()['v{v}'] = {}", self.mix_literal())),
                _ => m.line(format!("v{v} = {}", self.mix_literal())),
            }
            m.close();
        }
        m.close();
        m.line(format!("print(\"s{id}\", acc, errs, v0, v1, v2, v3, v4)"));
        m.close();
        m.open("except Exception as e:");
        m.line(format!("print(\"s{id} raised\", type(e).__name__)"));
        m.close();
        self.main.append(m);
    }

    /// A module-level hot loop that ends with an uncaught exception, so the
    /// final error line and exit status are compared too.
    fn uncaught(&mut self, id: usize) {
        let n = self.count();
        let k = self.at(n);
        let m = &mut self.main;
        m.line(format!("acc{id} = 0"));
        m.open(format!("for i in range({n}):"));
        m.line(format!("acc{id} = (acc{id} + i * i) % {M}"));
        m.open(format!("if i == {k}:"));
        m.line(format!("raise ValueError('stop at %d with %d' % (i, acc{id}))"));
        m.close();
        m.close();
        m.line(format!("print(acc{id})"));
    }
}

/// Closes a scenario's loop, returns `value` and closes its function.
fn end_loop_and_function(f: &mut Emitter, value: impl AsRef<str>) {
    f.close();
    f.line(value);
    f.close();
}

#[cfg(test)]
mod tests {
    use super::generate;

    #[test]
    fn deterministic_per_seed() {
        for seed in 0..50 {
            assert_eq!(generate(seed), generate(seed));
        }
        assert_ne!(generate(1), generate(2));
    }

    #[test]
    fn programs_parse_under_python3() {
        let Some(py) = crate::exec::find_python() else {
            return;
        };
        let dir = std::env::temp_dir().join(format!("difftest-gen-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut cmd = std::process::Command::new(&py);
        cmd.args(["-c", "import ast, sys\nfor p in sys.argv[1:]: ast.parse(open(p).read(), p)"]);
        for seed in 0..300 {
            let path = dir.join(format!("p{seed}.py"));
            std::fs::write(&path, generate(seed)).unwrap();
            cmd.arg(&path);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
