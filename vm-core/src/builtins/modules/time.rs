//! The `time` module over the host's clocks ([`crate::vm::Host::time`],
//! [`crate::vm::Host::perf_counter`], [`crate::vm::Host::sleep`]).
//!
//! Broken-down time (`struct_time`, `gmtime`, `strftime`, ...) is in
//! [`calendar`]; the host reports no time zone, so local time is UTC.
//!
//! A host without a clock makes every clock read `0.0` (or `0` for the
//! `_ns` variants) instead of raising, so scripts that only time themselves
//! still run on bare-metal hosts; `sleep` then returns at once.

use crate::builtins::arg_at;

use super::NativeModule;
use crate::builtins::no_kwargs_arity;
use crate::runtime::object::{BuiltinDef, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// The `time` module.
pub static MODULE: NativeModule = NativeModule { name: "time", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[
    BuiltinDef { name: "time", func: time },
    BuiltinDef { name: "time_ns", func: time_ns },
    BuiltinDef { name: "perf_counter", func: perf_counter },
    BuiltinDef { name: "perf_counter_ns", func: perf_counter_ns },
    BuiltinDef { name: "monotonic", func: monotonic },
    BuiltinDef { name: "monotonic_ns", func: monotonic_ns },
    BuiltinDef { name: "process_time", func: process_time },
    BuiltinDef { name: "process_time_ns", func: process_time_ns },
    BuiltinDef { name: "sleep", func: sleep },
    BuiltinDef { name: "gmtime", func: calendar::gmtime },
    BuiltinDef { name: "localtime", func: calendar::localtime },
    BuiltinDef { name: "mktime", func: calendar::mktime },
    BuiltinDef { name: "asctime", func: calendar::asctime },
    BuiltinDef { name: "strftime", func: calendar::strftime },
];

mod calendar;

fn init(vm: &mut Vm, ns: ObjRef) {
    if let Some(class) = super::structseq::new_class(vm, &calendar::STRUCT_TIME) {
        vm.set_ctor(class, calendar::struct_time_new);
        let key = vm.intern("struct_time");
        let _ = vm.dict_set_str(ns, key, Value::Obj(class));
    }
    let zone = vm.new_str("UTC");
    let roots = vm.temp_roots.len();
    vm.temp_roots.push(zone);
    let tzname = vm.new_tuple(alloc::vec![zone, zone]);
    vm.temp_roots.truncate(roots);
    for (name, value) in
        [("timezone", Value::Int(0)), ("altzone", Value::Int(0)), ("daylight", Value::Int(0)), ("tzname", tzname)]
    {
        let key = vm.intern(name);
        let _ = vm.dict_set_str(ns, key, value);
    }
}

/// Which host clock a function reads.
#[derive(Clone, Copy)]
enum Clock {
    Wall,
    Monotonic,
}

fn read(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, clock: Clock) -> PyResult<f64> {
    no_kwargs_arity(vm, name, args, kw, 0, 0)?;
    let t = match clock {
        Clock::Wall => vm.host.time(),
        Clock::Monotonic => vm.host.perf_counter(),
    };
    Ok(t.unwrap_or(0.0))
}

/// Seconds as integer nanoseconds.
fn ns(vm: &mut Vm, t: f64) -> Value {
    let n = t * 1e9;
    if n.is_finite() && n.abs() < 9.0e18 {
        Value::Int(n as i64)
    } else {
        match crate::runtime::int_ops::f64_to_bigint(n) {
            Ok(b) => vm.new_bigint(b),
            Err(_) => Value::Int(0),
        }
    }
}

macro_rules! clock_fns {
    ($($name:ident, $ns_name:ident, $clock:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
                Ok(Value::Float(read(vm, args, kw, concat!("time.", stringify!($name)), $clock)?))
            }
            fn $ns_name(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
                let t = read(vm, args, kw, concat!("time.", stringify!($ns_name)), $clock)?;
                Ok(ns(vm, t))
            }
        )*
    };
}

clock_fns! {
    time, time_ns, Clock::Wall;
    perf_counter, perf_counter_ns, Clock::Monotonic;
    monotonic, monotonic_ns, Clock::Monotonic;
    process_time, process_time_ns, Clock::Monotonic;
}

fn sleep(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "time.sleep", args, kw, 1, 1)?;
    let secs = match arg_at(args, 0) {
        Value::Float(f) => f,
        Value::Int(i) => i as f64,
        Value::Bool(b) => b as i64 as f64,
        v => match v {
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_)) => {
                return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
            }
            _ => {
                return Err(vm.not_integer_error(v));
            }
        },
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 9.2e9 {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    vm.host.sleep(secs);
    Ok(Value::None)
}
