//! The host API against the documented behaviour: handles survive
//! collections, typed closures with captured state, host modules, the
//! persistent namespace, calls by name and by handle, conversion errors.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use ouro::vm::BufferHost;
use ouro::{Handle, HostError, Kwargs, SendVm, UserData, Vm, VmConfig};

fn vm() -> Vm {
    Vm::new(VmConfig::default(), Box::new(BufferHost::default()))
}

fn out(vm: &mut Vm) -> String {
    vm.take_buffered_stdout().unwrap_or_default()
}

#[test]
fn handles_survive_collections() {
    let mut vm = vm();
    vm.exec("def greet(name):\n    return 'hello ' + name\n", "h.py").unwrap();
    let greet: Handle = vm.get_global("greet").unwrap();
    // Drop every script reference to the function, then churn the heap so
    // collections run and free slots get reused.
    vm.exec("del greet\njunk = []\nfor i in range(200000):\n    junk.append(str(i))\njunk = None\n", "churn.py")
        .unwrap();
    for _ in 0..3 {
        vm.collect_garbage();
    }
    vm.exec("xs = [str(i) for i in range(100000)]\n", "reuse.py").unwrap();
    let s: String = vm.call_handle(&greet, ("world",)).unwrap();
    assert_eq!(s, "hello world");
    assert_eq!(vm.live_handles(), 1);
    let twin = greet.clone();
    drop(greet);
    assert_eq!(vm.live_handles(), 1);
    drop(twin);
    assert_eq!(vm.live_handles(), 0);
}

#[test]
fn a_dropped_handle_releases_its_value() {
    let mut vm = vm();
    vm.exec("class Big:\n    pass\nobj = Big()\n", "d.py").unwrap();
    let h: Handle = vm.get_global("obj").unwrap();
    vm.exec("obj = None\n", "d.py").unwrap();
    vm.collect_garbage();
    let live_with = vm.heap.live_objects();
    drop(h);
    vm.collect_garbage();
    assert!(vm.heap.live_objects() < live_with, "the instance is freed once the handle is gone");
}

#[test]
fn typed_closures_capture_host_state() {
    let mut vm = vm();
    let score = Arc::new(AtomicI64::new(0));
    let s2 = score.clone();
    vm.register_fn("add_score", move |points: i64| s2.fetch_add(points, Ordering::Relaxed) + points);
    vm.register_fn("clamp", |x: f64, lo: f64, hi: f64| x.clamp(lo, hi));
    vm.register_fn("shout", |s: String| s.to_uppercase());
    vm.register_fn("pairs", |n: usize| (0..n).map(|i| (i, i * i)).collect::<Vec<_>>());
    vm.register_fn("total", |xs: Vec<i64>| xs.iter().sum::<i64>());
    vm.register_fn("maybe", |x: Option<i64>| x.map(|v| v + 1));
    vm.register_fn("checked_div", |a: i64, b: i64| -> Result<i64, HostError> {
        if b == 0 {
            Err(HostError::value_error("division by zero in the host"))
        } else {
            Ok(a / b)
        }
    });
    let src = "
print(add_score(10), add_score(5))
print(clamp(7.5, 0, 5), shout('hi'), pairs(3), total([1, 2, 3]), total(range(5)))
print(maybe(None), maybe(4), add_score, add_score.__name__)
try:
    checked_div(1, 0)
except ValueError as e:
    print('ValueError', e)
for bad in [lambda: total(5), lambda: add_score('x'), lambda: add_score(1, 2), lambda: shout(3), lambda: add_score(x=1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
";
    vm.exec(src, "typed.py").unwrap();
    assert_eq!(
        out(&mut vm),
        concat!(
            "10 15\n",
            "5.0 HI [(0, 0), (1, 1), (2, 4)] 6 10\n",
            "None 5 <built-in function add_score> add_score\n",
            "ValueError division by zero in the host\n",
            "TypeError 'int' object is not iterable\n",
            "TypeError 'str' object cannot be interpreted as an integer\n",
            "TypeError add_score() takes 1 positional argument but 2 were given\n",
            "TypeError expected str, got int\n",
            "TypeError add_score() takes no keyword arguments\n",
        )
    );
    assert_eq!(score.load(Ordering::Relaxed), 15);
}

#[test]
fn host_modules_are_importable() {
    let mut vm = vm();
    let mut settings = BTreeMap::new();
    settings.insert(String::from("width"), 640i64);
    settings.insert(String::from("height"), 480i64);
    vm.add_module("engine")
        .function("spawn", |kind: String, x: f64, y: f64| format!("{kind}@{x},{y}"))
        .value("VERSION", 3)
        .unwrap()
        .value("settings", settings)
        .unwrap();
    vm.exec(
        "import engine\nfrom engine import spawn\nprint(engine.VERSION, spawn('orc', 1, 2.5), engine.settings)\n",
        "m.py",
    )
    .unwrap();
    assert_eq!(out(&mut vm), "3 orc@1,2.5 {'height': 480, 'width': 640}\n");
}

#[test]
fn the_namespace_persists_across_exec_calls() {
    let mut vm = vm();
    vm.exec("counter = 0\ndef bump(by):\n    global counter\n    counter += by\n    return counter\n", "a.py").unwrap();
    vm.exec("bump(2)\n", "b.py").unwrap();
    let n: i64 = vm.call("bump", (3,)).unwrap();
    assert_eq!(n, 5);
    vm.set_global("counter", 100).unwrap();
    assert_eq!(vm.get_global::<i64>("counter").unwrap(), 100);
    let v: (i64, String) = {
        vm.exec("pair = (7, 'seven')\n", "c.py").unwrap();
        vm.get_global("pair").unwrap()
    };
    assert_eq!(v, (7, String::from("seven")));
    // Errors come back as ScriptError, and the VM stays usable.
    let e = vm.get_global::<i64>("missing").unwrap_err();
    assert_eq!((e.kind.as_str(), e.message.as_str()), ("NameError", "name 'missing' is not defined"));
    let e = vm.get_global::<String>("counter").unwrap_err();
    assert_eq!(e.kind, "TypeError");
    let e = vm.call::<i64>("bump", ("x",)).unwrap_err();
    assert_eq!(e.kind, "TypeError");
    assert!(e.traceback.contains("line 4, in bump"), "{}", e.traceback);
    assert_eq!(vm.call::<i64>("bump", (1,)).unwrap(), 101);
}

#[test]
fn host_functions_cannot_be_reentered_but_report_it() {
    let mut vm = vm();
    vm.register_raw_fn("call_back", |vm: &mut Vm, args: &[ouro::Value]| vm.call_value(args[0], &[]));
    vm.exec("def again():\n    return call_back(lambda: 1)\nprint(call_back(lambda: 2))\n", "r.py").unwrap();
    assert_eq!(out(&mut vm), "2\n");
    let e = vm.exec("call_back(again)\n", "r.py").unwrap_err();
    assert_eq!((e.kind.as_str(), e.message.as_str()), ("RuntimeError", "host function call_back() is already running"));
}

#[test]
fn limits_hold_in_host_calls() {
    let mut vm = vm();
    vm.exec("def spin():\n    while True:\n        try:\n            pass\n        except BaseException:\n            pass\n", "s.py").unwrap();
    vm.set_fuel(Some(100_000));
    let e = vm.call::<()>("spin", ()).unwrap_err();
    assert_eq!(e.stop, Some(ouro::StopReason::FuelExhausted));
    vm.set_fuel(None);
    vm.exec("print('still fine')\n", "s.py").unwrap();
    assert_eq!(out(&mut vm), "still fine\n");
}

#[test]
fn startup_objects_fit_the_preallocated_slots() {
    // `Heap::new` reserves `STARTUP_SLOTS` so that the slot table does not
    // double while `Vm::new` fills it: raise the constant when this fails.
    let vm = vm();
    let startup = vm.heap.live_objects();
    assert!(startup <= ouro::runtime::heap::STARTUP_SLOTS, "{startup} objects at start-up");
}

#[test]
fn small_config_runs_a_script() {
    let mut vm = Vm::new(VmConfig::small(256 << 10), Box::new(BufferHost::default()));
    assert_eq!(vm.attr_cache.len(), 32);
    vm.exec(
        "class P:\n    def __init__(self, x):\n        self.x = x\n    def get(self):\n        return self.x\n\
         print(sum(P(i).get() for i in range(100)), {'k': [1, 2]})\n",
        "small.py",
    )
    .unwrap();
    assert_eq!(out(&mut vm), "4950 {'k': [1, 2]}\n");
}

#[test]
fn keyword_arguments_bind_to_named_parameters() {
    let mut vm = vm();
    vm.register_fn("spawn", |kind: String, x: f64, y: Option<f64>| format!("{kind}@{x},{}", y.unwrap_or(0.0)))
        .params(&["kind", "x", "y"]);
    vm.register_fn("opts", |n: i64, extra: Kwargs<i64>| {
        let mut names: Vec<String> = extra.iter().map(|(k, v)| format!("{k}={v}")).collect();
        names.sort();
        format!("{n} {}", names.join(","))
    })
    .params(&["n"]);
    vm.register_fn("any_kw", |extra: Kwargs<Handle>| extra.len());
    vm.register_fn("positional", |a: i64, b: i64| a - b);
    vm.add_module("engine").function("move_to", |x: f64, y: f64| x * 10.0 + y).params(&["x", "y"]);
    let src = "
import engine
print(spawn('orc', 1), spawn('orc', x=2, y=3), spawn(y=4, kind='elf', x=5), spawn('orc', 1, 2))
print(opts(1), opts(2, b=3, a=4), opts(n=5, z=6), any_kw(), any_kw(p=[], q=None))
print(engine.move_to(y=1, x=2), positional(5, 3))
bad = [
    lambda: spawn('orc'),
    lambda: spawn(),
    lambda: spawn('orc', 1, z=2),
    lambda: spawn('orc', 1, kind='elf'),
    lambda: spawn('orc', 1, 2, 3),
    lambda: opts(1, n=2),
    lambda: opts(1, b='x'),
    lambda: positional(1, b=2),
    lambda: positional(1),
    lambda: engine.move_to(1),
    lambda: any_kw(1),
]
for f in bad:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
";
    vm.exec(src, "kw.py").unwrap();
    assert_eq!(
        out(&mut vm),
        concat!(
            "orc@1,0 orc@2,3 elf@5,4 orc@1,2\n",
            "1  2 a=4,b=3 5 z=6 0 2\n",
            "21.0 2\n",
            "TypeError spawn() missing 1 required positional argument: 'x'\n",
            "TypeError spawn() missing 2 required positional arguments: 'kind' and 'x'\n",
            "TypeError spawn() got an unexpected keyword argument 'z'\n",
            "TypeError spawn() got multiple values for argument 'kind'\n",
            "TypeError spawn() takes from 2 to 3 positional arguments but 4 were given\n",
            "TypeError opts() got multiple values for argument 'n'\n",
            "TypeError 'str' object cannot be interpreted as an integer\n",
            "TypeError positional() takes no keyword arguments\n",
            "TypeError positional() takes 2 positional arguments but 1 was given\n",
            "TypeError move_to() missing 1 required positional argument: 'y'\n",
            "TypeError any_kw() takes 0 positional arguments but 1 was given\n",
        )
    );
}

/// A host type exposed to scripts; counts values made (clones included)
/// and dropped, so the test sees the GC free them.
#[derive(Debug)]
struct Vec2 {
    x: f64,
    y: f64,
    counts: Arc<(AtomicI64, AtomicI64)>,
}

impl Vec2 {
    fn new(x: f64, y: f64, counts: &Arc<(AtomicI64, AtomicI64)>) -> Vec2 {
        counts.0.fetch_add(1, Ordering::Relaxed);
        Vec2 { x, y, counts: counts.clone() }
    }
}

impl Clone for Vec2 {
    fn clone(&self) -> Vec2 {
        Vec2::new(self.x, self.y, &self.counts)
    }
}

impl Drop for Vec2 {
    fn drop(&mut self) {
        self.counts.1.fetch_add(1, Ordering::Relaxed);
    }
}

#[test]
fn host_classes_expose_rust_values_with_methods() {
    let mut vm = vm();
    let counts = Arc::new((AtomicI64::new(0), AtomicI64::new(0)));
    let c = counts.clone();
    vm.register_class::<Vec2>("Vec2")
        .constructor(move |x: f64, y: Option<f64>| UserData(Vec2::new(x, y.unwrap_or(0.0), &c)))
        .params(&["x", "y"])
        .method("length", |v: &Vec2| (v.x * v.x + v.y * v.y).sqrt())
        .method("scale", |v: &mut Vec2, k: f64| {
            v.x *= k;
            v.y *= k;
        })
        .method("plus", |v: &Vec2, o: UserData<Vec2>| UserData(Vec2::new(v.x + o.0.x, v.y + o.0.y, &v.counts)))
        .method("__repr__", |v: &Vec2| format!("Vec2({}, {})", v.x, v.y))
        .getter("x", |v: &Vec2| v.x)
        .setter("x", |v: &mut Vec2, x: f64| v.x = x)
        .getter("y", |v: &Vec2| v.y);
    let c = counts.clone();
    vm.register_fn("origin", move || UserData(Vec2::new(0.0, 0.0, &c)));
    vm.register_fn("norm1", |v: UserData<Vec2>| v.0.x.abs() + v.0.y.abs());
    let src = "
v = Vec2(3, 4)
print(v, v.length(), Vec2(y=2, x=1), type(v).__name__, isinstance(v, Vec2))
v.scale(2)
v.x = 1.5
print(v, v.x, v.y, norm1(v), origin(), v.plus(Vec2(1, 1)))
m = v.length
print(m())
for bad in [lambda: v.nope, lambda: setattr(v, 'z', 1), lambda: setattr(v, 'y', 1)]:
    try:
        bad()
    except AttributeError as e:
        print('AttributeError', e)
for bad in [lambda: Vec2.length(5), lambda: v.scale('x'), lambda: norm1(5), lambda: Vec2(), lambda: v.length(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
total = 0.0
for i in range(2000):
    total += Vec2(i, 0).length()
print(total)
";
    vm.exec(src, "classes.py").unwrap();
    assert_eq!(
        out(&mut vm),
        concat!(
            "Vec2(3, 4) 5.0 Vec2(1, 2) Vec2 True\n",
            "Vec2(1.5, 8) 1.5 8.0 9.5 Vec2(0, 0) Vec2(2.5, 9)\n",
            "8.139410298049853\n",
            "AttributeError 'Vec2' object has no attribute 'nope'\n",
            "AttributeError 'Vec2' object has no attribute 'z'\n",
            "AttributeError property 'y' of 'Vec2' object has no setter\n",
            "TypeError descriptor 'length' for 'Vec2' objects doesn't apply to a 'int' object\n",
            "TypeError must be real number, not str\n",
            "TypeError expected Vec2, got int\n",
            "TypeError Vec2() missing 1 required positional argument: 'x'\n",
            "TypeError Vec2.length() takes 0 positional arguments but 1 was given\n",
            "1999000.0\n",
        )
    );
    // Garbage objects drop their Rust values when collected...
    vm.exec("v = None\nm = None\nbad = None\n", "free.py").unwrap();
    vm.collect_garbage();
    let (made, dropped) = (counts.0.load(Ordering::Relaxed), counts.1.load(Ordering::Relaxed));
    assert!(made >= 2000 && dropped >= made - 4, "made {made}, dropped {dropped} after a collection");
    // ...and the VM's drop drops the rest: every value exactly once.
    drop(vm);
    assert_eq!(counts.1.load(Ordering::Relaxed), counts.0.load(Ordering::Relaxed));
}

#[test]
fn host_classes_live_in_modules() {
    let mut vm = vm();
    #[derive(Debug)]
    struct Counter(i64);
    vm.add_module("engine").class::<Counter>("Counter", |c| {
        c.constructor(|| UserData(Counter(0)))
            .method("bump", |c: &mut Counter, by: Option<i64>| {
                c.0 += by.unwrap_or(1);
                c.0
            })
            .params(&["by"])
    });
    struct Opaque;
    vm.register_class::<Opaque>("Opaque").method("ping", |_: &Opaque| "pong");
    vm.register_fn("make_opaque", || UserData(Opaque));
    vm.exec(
        "o = make_opaque()\nprint(o.ping(), type(o))\n\
         for f in [lambda: Opaque(), lambda: Opaque(1, k=2)]:\n    try:\n        f()\n    except TypeError as e:\n        print(e)\n",
        "o.py",
    )
    .unwrap();
    assert_eq!(
        out(&mut vm),
        "pong <class 'Opaque'>\ncannot create 'Opaque' instances\ncannot create 'Opaque' instances\n"
    );
    vm.exec(
        "import engine\nc = engine.Counter()\nc.bump()\nprint(c.bump(by=5), type(c), engine.Counter.__module__)\n\
         class Sub(engine.Counter):\n    pass\ns = Sub()\nprint(s.bump(2), type(s).__name__, isinstance(s, engine.Counter))\n",
        "m.py",
    )
    .unwrap();
    assert_eq!(out(&mut vm), "6 <class 'engine.Counter'> engine\n2 Sub True\n");
}

fn assert_send<T: Send>() {}

#[test]
fn send_vm_is_send() {
    assert_send::<SendVm>();
    assert_send::<Handle>();
    assert_send::<ouro::InterruptHandle>();
}

/// A host whose output can be read from any thread.
#[derive(Default)]
struct SharedHost(Arc<std::sync::Mutex<String>>);

impl ouro::Host for SharedHost {
    fn write_stdout(&mut self, text: &str) {
        self.0.lock().unwrap().push_str(text);
    }
}

#[test]
fn a_send_vm_runs_its_traces_on_another_thread() {
    let output = Arc::new(std::sync::Mutex::new(String::new()));
    let mut vm = SendVm::new(VmConfig::default(), Box::new(SharedHost(output.clone())));
    let mode = ouro::JitMode::default_mode();
    let mut params = ouro::jit::JitParams::default();
    params.set_threshold(5);
    ouro::configure_send_jit(&mut vm, mode, params).unwrap();
    let calls = Arc::new(AtomicI64::new(0));
    let c = calls.clone();
    vm.register_fn("tick", move |n: i64| c.fetch_add(n, Ordering::Relaxed) + n);
    let counts = Arc::new((AtomicI64::new(0), AtomicI64::new(0)));
    let c = counts.clone();
    vm.register_class::<Vec2>("Vec2")
        .constructor(move |x: f64, y: f64| UserData(Vec2::new(x, y, &c)))
        .method("dot", |a: &Vec2, b: UserData<Vec2>| a.x * b.0.x + a.y * b.0.y);
    vm.exec(
        "def work(n):\n    s = 0\n    for i in range(n):\n        s += i * 3 % 7\n    return s\n\
         v = Vec2(1, 2)\nprint('main', work(1000), tick(1))\n",
        "w.py",
    )
    .unwrap();
    let traces = |vm: &SendVm| vm.jit_stats().map(|s| s.root_traces).unwrap_or(0);
    let entries = |vm: &SendVm| vm.jit_stats().map(|s| s.entries).unwrap_or(0);
    if mode != ouro::JitMode::Off {
        assert!(traces(&vm) > 0, "a trace compiled on the first thread");
    }
    let (compiled, entered) = (traces(&vm), entries(&vm));
    // Move the VM, its traces, closures and host objects to a worker...
    let worker = std::thread::spawn(move || {
        let s: i64 = vm.call("work", (100_000,)).unwrap();
        let after_work = (traces(&vm), entries(&vm));
        vm.exec("print('worker', v.dot(Vec2(3, 4)), tick(2))\n", "w2.py").unwrap();
        // Host methods and constructors inside a hot loop (a trace).
        vm.exec("t = 0.0\nfor i in range(3000):\n    t += v.dot(Vec2(i, 1))\nprint('loop', t)\n", "w3.py").unwrap();
        (vm, s, after_work)
    });
    let (mut vm, s, (compiled_after, entered_after)) = worker.join().unwrap();
    assert_eq!(s, (0..100_000i64).map(|i| i * 3 % 7).sum::<i64>());
    if mode != ouro::JitMode::Off {
        assert_eq!(compiled_after, compiled, "the worker reused the trace compiled on the first thread");
        assert!(entered_after > entered, "and ran it");
    }
    // ...and back.
    vm.exec("print('back', work(10), tick(3))\n", "w3.py").unwrap();
    assert_eq!(*output.lock().unwrap(), "main 2999 1\nworker 11.0 3\nloop 4504500.0\nback 30 6\n");
    assert_eq!(calls.load(Ordering::Relaxed), 6);
    drop(vm);
    assert_eq!(counts.0.load(Ordering::Relaxed), counts.1.load(Ordering::Relaxed));
}

#[test]
fn host_classes_and_keywords_in_hot_loops_under_every_jit_mode() {
    let src = "
class Sub(Vec2):
    pass
t = 0.0
names = []
for i in range(3000):
    v = Vec2(i, y=1) if i % 3 else Sub(x=i)
    v.scale(k=2)
    t += v.length() + v.x
    if i % 1000 == 0:
        names.append(type(v).__name__ + repr(v))
print(t, names)
";
    let mut outputs = Vec::new();
    for &mode in ouro::JitMode::available() {
        let mut vm = vm();
        let mut params = ouro::jit::JitParams::default();
        params.set_threshold(5);
        ouro::configure_jit(&mut vm, mode, params).unwrap();
        let counts = Arc::new((AtomicI64::new(0), AtomicI64::new(0)));
        let c = counts.clone();
        vm.register_class::<Vec2>("Vec2")
            .constructor(move |x: f64, y: Option<f64>| UserData(Vec2::new(x, y.unwrap_or(0.0), &c)))
            .params(&["x", "y"])
            .method("length", |v: &Vec2| v.x.hypot(v.y))
            .method("scale", |v: &mut Vec2, k: f64| {
                v.x *= k;
                v.y *= k;
            })
            .params(&["k"])
            .method("__repr__", |v: &Vec2| format!("Vec2({}, {})", v.x, v.y))
            .getter("x", |v: &Vec2| v.x);
        vm.exec(src, "hot.py").unwrap();
        outputs.push((mode, out(&mut vm)));
        drop(vm);
        assert_eq!(counts.0.load(Ordering::Relaxed), counts.1.load(Ordering::Relaxed), "{mode:?}: every value dropped");
    }
    for (mode, o) in &outputs {
        assert_eq!(o, &outputs[0].1, "{mode:?} prints what tier 1 prints");
    }
    assert!(
        outputs[0].1.ends_with(" ['SubVec2(0, 0)', 'Vec2Vec2(2000, 2)', 'Vec2Vec2(4000, 2)']\n"),
        "{}",
        outputs[0].1
    );
}

#[test]
fn host_objects_survive_the_generic_protocols() {
    let mut vm = vm();
    #[derive(Clone, Debug)]
    struct P(i64);
    vm.register_class::<P>("P")
        .constructor(|n: i64| UserData(P(n)))
        .getter("n", |p: &P| p.0)
        .method("get", |p: &P| p.0);
    let src = "
import copy
p = P(3)
q = P(3)
checks = [
    lambda: p == p, lambda: p == q, lambda: p != q, lambda: hash(p) == hash(p), lambda: {p: 1}[p],
    lambda: bool(p), lambda: str(p)[:9], lambda: p.__class__ is P, lambda: getattr(p, 'n'),
    lambda: hasattr(p, 'zz'), lambda: isinstance(p, object), lambda: 'get' in dir(p),
    lambda: P.get.__name__, lambda: p.get.__name__, lambda: repr(P)[:9], lambda: p.__dict__,
    lambda: vars(p), lambda: copy.copy(p), lambda: delattr(p, 'n'), lambda: p < q, lambda: len(p),
    lambda: p + q, lambda: iter(p), lambda: p(), lambda: P.n, lambda: type(p)(5).n,
]
for i, c in enumerate(checks):
    try:
        print(i, c())
    except Exception as e:
        print(i, type(e).__name__)
";
    let r = vm.exec(src, "proto.py");
    let printed = out(&mut vm);
    assert!(r.is_ok(), "{r:?}\n{printed}");
    let expected = [
        "0 True",
        "1 False",
        "2 True",
        "3 True",
        "4 1",
        "5 True",
        "6 <P object",
        "7 True",
        "8 3",
        "9 False",
        "10 True",
        "11 True",
        "12 get",
        "13 get",
        "14 <class 'P",
        "15 AttributeError",
        "16 TypeError",
        "17 TypeError",
        "18 AttributeError",
        "19 TypeError",
        "20 TypeError",
        "21 TypeError",
        "22 TypeError",
        "23 TypeError",
    ];
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(&lines[..expected.len()], &expected[..], "{printed}");
    assert!(lines[24].starts_with("24 <property object at "), "{printed}");
    assert_eq!(lines[25], "25 5");
}

/// The host example in README.md ("Host API"), verbatim: it must compile
/// and run.
#[allow(unused_variables, clippy::unnecessary_literal_unwrap)]
fn readme_host_example() -> Result<(), Box<dyn std::error::Error>> {
    use ouro::{BufferHost, Handle, HostError, StopReason, UserData, Vm, VmConfig};

    // Limits are checked: Vm::try_new refuses a heap limit under
    // VmConfig::MIN_HEAP_LIMIT or a recursion limit of 0 (Vm::new raises them).
    let mut vm =
        Vm::try_new(VmConfig { heap_limit: 16 << 20, ..VmConfig::default() }, Box::new(BufferHost::default()))?;

    // Rust closures with typed arguments and results; they may capture host state.
    vm.register_fn("clamp", |x: f64, lo: f64, hi: f64| x.clamp(lo, hi));
    vm.register_fn("load", |name: String| -> Result<Vec<i64>, HostError> {
        if name == "level1" {
            Ok(vec![1, 2, 3])
        } else {
            Err(HostError::value_error("no such level"))
        }
    });
    // A module scripts `import engine` from; named parameters take keywords
    // (`engine.spawn("orc", y=2, x=1)`), an Option<T> one may be omitted.
    vm.add_module("engine")
        .function("spawn", |kind: String, x: f64, y: Option<f64>| format!("{kind}@{x},{}", y.unwrap_or(0.0)))
        .params(&["kind", "x", "y"])
        .value("VERSION", 3)?;

    // A Rust type as a class: scripts call its methods, the GC drops the value.
    #[derive(Clone)]
    struct Vec2 {
        x: f64,
        y: f64,
    }
    vm.register_class::<Vec2>("Vec2")
        .constructor(|x: f64, y: f64| UserData(Vec2 { x, y })) // Vec2(3, 4)
        .method("length", |v: &Vec2| v.x.hypot(v.y)) // v.length()
        .method("scale", |v: &mut Vec2, k: f64| {
            v.x *= k;
            v.y *= k;
        })
        .getter("x", |v: &Vec2| v.x); // v.x
    vm.register_fn("origin", || UserData(Vec2 { x: 0.0, y: 0.0 })); // host code makes one

    // One persistent __main__ namespace: what exec defines, later calls see.
    vm.exec("import engine\ndef update(dt):\n    return clamp(dt * 60, 0, 1)\n", "game.py")?;
    let update: Handle = vm.get_global("update")?; // a GC root until dropped
    let x: f64 = vm.call_handle(&update, (0.016,))?; // typed arguments and result
    let y: f64 = vm.call("update", (0.5,))?; // or by name
    vm.set_global("score", 10)?;
    let score: i64 = vm.get_global("score")?;

    // Limits a script cannot escape: fuel, a wall-clock deadline, the host's stop.
    vm.set_fuel(Some(1_000_000));
    vm.set_deadline(Some(0.5)); // needs Host::perf_counter
    let stop = vm.interrupt_handle(); // Send + Sync: stop.stop() from any thread
    match vm.exec("while True:\n    try:\n        pass\n    except BaseException:\n        pass\n", "evil.py") {
        Err(e) if e.stop == Some(StopReason::FuelExhausted) => println!("stopped: {}", e.traceback),
        other => unreachable!("{other:?}"),
    }
    // Run hot loops as machine code (with `std`: code pages from the OS):
    // ouro::configure_jit(&mut vm, ouro::JitMode::X86_64, ouro::jit::JitParams::default())?;
    // A kernel or firmware supplies its own executable pages instead:
    // ouro::configure_native_jit(&mut vm, Box::new(MyCodeMemory::new()), params)?;

    // A VM that moves between threads: the same API, sealed internals.
    let mut worker_vm = ouro::SendVm::new(VmConfig::default(), Box::new(BufferHost::default()));
    ouro::configure_send_jit(&mut worker_vm, ouro::JitMode::default_mode(), Default::default())?;
    worker_vm.exec("def work(n):\n    return sum(i * i for i in range(n))\n", "w.py")?;
    let n: i64 = std::thread::spawn(move || worker_vm.call("work", (1000,))).join().unwrap()?;
    assert_eq!((x, y, score, n), (0.96, 1.0, 10, 332833500));
    Ok(())
}

#[test]
fn the_readme_host_example_runs() {
    readme_host_example().unwrap();
}

/// A host without file hooks refuses `open` with PermissionError (EPERM),
/// in every mode, before touching anything; a host with them gets the
/// calls with the script's path and mode.
#[test]
fn open_without_file_hooks_is_refused() {
    let mut vm = vm();
    let src = "for mode in ('r', 'w', 'a', 'x', 'rb', 'r+'):\n    try:\n        open('data.txt', mode)\n    except PermissionError as e:\n        print(mode, e.errno, e.strerror, e.filename, isinstance(e, OSError))\n";
    vm.exec(src, "open.py").unwrap();
    let text = out(&mut vm);
    assert_eq!(text.lines().count(), 6, "{text}");
    assert!(text.starts_with("r 1 Operation not permitted data.txt True\n"), "{text}");

    struct Files(std::sync::Arc<std::sync::Mutex<Vec<String>>>);
    impl ouro::Host for Files {
        fn write_stdout(&mut self, _text: &str) {}
        fn read_file(&mut self, path: &str) -> Result<Vec<u8>, ouro::HostIoError> {
            self.0.lock().unwrap().push(format!("read {path}"));
            Ok(b"one\ntwo\n".to_vec())
        }
        fn write_file(&mut self, path: &str, data: &[u8], mode: ouro::WriteMode) -> Result<(), ouro::HostIoError> {
            self.0.lock().unwrap().push(format!("write {path} {:?} {mode:?}", String::from_utf8_lossy(data)));
            Ok(())
        }
    }
    let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut vm = Vm::new(VmConfig::default(), Box::new(Files(log.clone())));
    vm.exec("assert open('in.txt').readlines() == ['one\\n', 'two\\n']\nwith open('out.txt', 'a') as f:\n    f.write('hi\\n')\n", "files.py").unwrap();
    assert_eq!(*log.lock().unwrap(), ["read in.txt", "write out.txt \"\" Append", "write out.txt \"hi\\n\" Append"]);
}

/// `os` asks the host: without its hooks nothing exists, the current
/// directory is refused and the environment is empty; a host with them
/// answers with what it chooses to show.
#[test]
fn os_queries_go_through_the_host() {
    let mut vm = vm();
    let src = "import os\nprint(os.environ, os.path.exists('x'), os.path.isdir('/'), os.getenv('HOME'))\ntry:\n    os.getcwd()\nexcept PermissionError as e:\n    print(e.errno)\ntry:\n    os.listdir('/')\nexcept PermissionError as e:\n    print(e.filename)\n";
    vm.exec(src, "os.py").unwrap();
    assert_eq!(out(&mut vm), "{} False False None\n1\n/\n");

    struct Sandbox;
    impl ouro::Host for Sandbox {
        fn write_stdout(&mut self, _text: &str) {}
        fn file_info(&mut self, path: &str) -> Result<ouro::FileInfo, ouro::HostIoError> {
            match path {
                "/data" => Ok(ouro::FileInfo { is_dir: true, ..Default::default() }),
                "/data/a.txt" => Ok(ouro::FileInfo { is_file: true, size: 42, ..Default::default() }),
                _ => Err(ouro::HostIoError { errno: 2, message: "No such file or directory".into() }),
            }
        }
        fn list_dir(&mut self, path: &str) -> Result<Vec<String>, ouro::HostIoError> {
            match path {
                "/data" => Ok(vec!["a.txt".into()]),
                _ => Err(ouro::HostIoError { errno: 20, message: "Not a directory".into() }),
            }
        }
        fn current_dir(&mut self) -> Result<String, ouro::HostIoError> {
            Ok("/data".into())
        }
        fn env_vars(&mut self) -> Vec<(String, String)> {
            vec![("MODE".into(), "test".into())]
        }
    }
    let mut vm = Vm::new(VmConfig::default(), Box::new(Sandbox));
    let src = "import os\nassert os.environ == {'MODE': 'test'}\nassert os.path.abspath('a.txt') == '/data/a.txt'\nassert os.path.getsize('/data/a.txt') == 42\nassert list(os.walk('/data')) == [('/data', [], ['a.txt'])]\nassert not os.path.exists('/etc')\n";
    vm.exec(src, "sandbox.py").unwrap();
}

/// `os`'s changes go through the host: without its hooks every one is
/// refused with PermissionError naming the path; a host with them gets
/// each call with the script's paths (`makedirs` one level at a time).
#[test]
fn os_changes_go_through_the_host() {
    let mut vm = vm();
    let src = "import os\nfor f, args in ((os.remove, ('a',)), (os.unlink, ('b',)), (os.mkdir, ('c',)), (os.rmdir, ('d',)), (os.rename, ('e', 'f')), (os.replace, ('g', 'h'))):\n    try:\n        f(*args)\n    except PermissionError as e:\n        print(f.__name__, e.errno, e.filename, e.filename2)\n";
    vm.exec(src, "os_refused.py").unwrap();
    assert_eq!(
        out(&mut vm),
        "remove 1 a None\nunlink 1 b None\nmkdir 1 c None\nrmdir 1 d None\nrename 1 e f\nreplace 1 g h\n"
    );

    struct Changes(std::sync::Arc<std::sync::Mutex<Vec<String>>>);
    impl ouro::Host for Changes {
        fn write_stdout(&mut self, _text: &str) {}
        fn file_info(&mut self, path: &str) -> Result<ouro::FileInfo, ouro::HostIoError> {
            match path {
                "/" | "/x" => Ok(ouro::FileInfo { is_dir: true, mtime_ns: Some(1_500_000_000), ..Default::default() }),
                _ => Err(ouro::HostIoError { errno: 2, message: "No such file or directory".into() }),
            }
        }
        fn remove_file(&mut self, path: &str) -> Result<(), ouro::HostIoError> {
            self.0.lock().unwrap().push(format!("remove {path}"));
            Ok(())
        }
        fn make_dir(&mut self, path: &str) -> Result<(), ouro::HostIoError> {
            self.0.lock().unwrap().push(format!("mkdir {path}"));
            Ok(())
        }
        fn remove_dir(&mut self, path: &str) -> Result<(), ouro::HostIoError> {
            self.0.lock().unwrap().push(format!("rmdir {path}"));
            Ok(())
        }
        fn rename(&mut self, from: &str, to: &str) -> Result<(), ouro::HostIoError> {
            self.0.lock().unwrap().push(format!("rename {from} {to}"));
            Ok(())
        }
    }
    let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut vm = Vm::new(VmConfig::default(), Box::new(Changes(log.clone())));
    let src = "import os\nos.makedirs('/x/y/z')\nos.unlink('/x/f')\nos.rmdir('/x/y/z')\nos.replace('/x/a', '/x/b')\nst = os.stat('/x')\nassert st.st_mode == 0o40000 and st.st_mtime == 1.5 and st.st_mtime_ns == 1_500_000_000\n";
    vm.exec(src, "os_changes.py").unwrap();
    assert_eq!(*log.lock().unwrap(), ["mkdir /x/y", "mkdir /x/y/z", "remove /x/f", "rmdir /x/y/z", "rename /x/a /x/b"]);
}

/// `os.urandom` and `secrets` draw from `Host::fill_random`: a host without
/// an entropy source gets `NotImplementedError` (as CPython without one)
/// and `random` still seeds (from the clocks); a host with one is asked
/// for exactly the bytes the script wants.
#[test]
fn urandom_goes_through_the_host() {
    let mut vm = vm();
    let src = "import os, random\ntry:\n    os.urandom(4)\nexcept NotImplementedError as e:\n    print(e)\nprint(0 <= random.random() < 1)\n";
    vm.exec(src, "urandom.py").unwrap();
    assert_eq!(out(&mut vm), "os.urandom: the host has no source of randomness\nTrue\n");

    struct Dice(std::sync::Arc<std::sync::Mutex<Vec<usize>>>);
    impl ouro::Host for Dice {
        fn write_stdout(&mut self, _text: &str) {}
        fn fill_random(&mut self, buf: &mut [u8]) -> bool {
            self.0.lock().unwrap().push(buf.len());
            buf.fill(4);
            true
        }
    }
    let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut vm = Vm::new(VmConfig::default(), Box::new(Dice(asked.clone())));
    let src = "import os, secrets\nassert os.urandom(3) == b'\\x04\\x04\\x04'\nassert secrets.token_hex(2) == '0404'\nassert secrets.randbelow(5) == 0\n";
    vm.exec(src, "dice.py").unwrap();
    assert_eq!(*asked.lock().unwrap(), [3, 2, 1]);
}
