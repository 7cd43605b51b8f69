//! The host API against the documented behaviour: handles survive
//! collections, typed closures with captured state, host modules, the
//! persistent namespace, calls by name and by handle, conversion errors.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use ouro::vm::BufferHost;
use ouro::{Handle, HostError, Vm, VmConfig};

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
    assert_eq!(vm.attr_cache.len(), 64);
    vm.exec(
        "class P:\n    def __init__(self, x):\n        self.x = x\n    def get(self):\n        return self.x\n\
         print(sum(P(i).get() for i in range(100)), {'k': [1, 2]})\n",
        "small.py",
    )
    .unwrap();
    assert_eq!(out(&mut vm), "4950 {'k': [1, 2]}\n");
}
