//! The `math` module, following CPython 3.11's `mathmodule.c`: the same
//! special-value handling and errors (`ValueError: math domain error`,
//! `OverflowError: math range error`), exact integer functions, `fsum`'s
//! exact summation and `hypot`'s accurate vector norm.
//!
//! `exp`, `exp2`, `expm1`, `log`, `log2`, `log10`, `pow`, `sinh`, `cosh`,
//! `tanh`, `asinh`, `acosh`, `erf` and `erfc` come from `runtime::fmath` (correctly rounded
//! in practice, or glibc's own formulas on top of those, so they print
//! what CPython on Linux prints, except where glibc's `exp`, `log` or `pow`
//! is not correctly rounded: about 1 input in 2,000; glibc's `sin`/`cos`
//! likewise). `gamma` and `lgamma`
//! are CPython's own code (`math/gamma.rs`). The other transcendentals come from
//! the `libm` crate (a port of musl's libm), which differs from glibc in
//! the last bit for a few percent of inputs.

use crate::builtins::arg_at;
use crate::runtime::bigint::{BigInt, BigUint, Sign};
use alloc::format;
use alloc::vec::Vec;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{bind_args, float_arg, index_arg, NativeModule};
use crate::builtins::{no_kwargs, no_kwargs_arity};
use crate::bytecode::opcode::BinaryOp;
use crate::runtime::ftrig;
use crate::runtime::num::NumErr;
use crate::runtime::object::{BuiltinDef, Obj, PyErr, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::{fmath, int_ops};
use crate::vm::Vm;

mod gamma;

/// The `math` module.
pub static MODULE: NativeModule = NativeModule { name: "math", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[
    BuiltinDef { name: "sqrt", func: sqrt },
    BuiltinDef { name: "cbrt", func: cbrt },
    BuiltinDef { name: "exp", func: exp },
    BuiltinDef { name: "exp2", func: exp2 },
    BuiltinDef { name: "expm1", func: expm1 },
    BuiltinDef { name: "log", func: log },
    BuiltinDef { name: "log2", func: log2 },
    BuiltinDef { name: "log10", func: log10 },
    BuiltinDef { name: "log1p", func: log1p },
    BuiltinDef { name: "pow", func: pow },
    BuiltinDef { name: "sin", func: sin },
    BuiltinDef { name: "cos", func: cos },
    BuiltinDef { name: "tan", func: tan },
    BuiltinDef { name: "asin", func: asin },
    BuiltinDef { name: "acos", func: acos },
    BuiltinDef { name: "atan", func: atan },
    BuiltinDef { name: "atan2", func: atan2 },
    BuiltinDef { name: "sinh", func: sinh },
    BuiltinDef { name: "cosh", func: cosh },
    BuiltinDef { name: "tanh", func: tanh },
    BuiltinDef { name: "asinh", func: asinh },
    BuiltinDef { name: "acosh", func: acosh },
    BuiltinDef { name: "atanh", func: atanh },
    BuiltinDef { name: "erf", func: erf },
    BuiltinDef { name: "erfc", func: erfc },
    BuiltinDef { name: "gamma", func: gamma },
    BuiltinDef { name: "lgamma", func: lgamma },
    BuiltinDef { name: "fabs", func: fabs },
    BuiltinDef { name: "floor", func: floor },
    BuiltinDef { name: "ceil", func: ceil },
    BuiltinDef { name: "trunc", func: trunc },
    BuiltinDef { name: "fmod", func: fmod },
    BuiltinDef { name: "remainder", func: remainder },
    BuiltinDef { name: "copysign", func: copysign },
    BuiltinDef { name: "hypot", func: hypot },
    BuiltinDef { name: "dist", func: dist },
    BuiltinDef { name: "degrees", func: degrees },
    BuiltinDef { name: "radians", func: radians },
    BuiltinDef { name: "isfinite", func: isfinite },
    BuiltinDef { name: "isinf", func: isinf },
    BuiltinDef { name: "isnan", func: isnan },
    BuiltinDef { name: "isclose", func: isclose },
    BuiltinDef { name: "factorial", func: factorial },
    BuiltinDef { name: "gcd", func: gcd },
    BuiltinDef { name: "lcm", func: lcm },
    BuiltinDef { name: "comb", func: comb },
    BuiltinDef { name: "perm", func: perm },
    BuiltinDef { name: "isqrt", func: isqrt },
    BuiltinDef { name: "prod", func: prod },
    BuiltinDef { name: "fsum", func: fsum },
    BuiltinDef { name: "modf", func: modf },
    BuiltinDef { name: "frexp", func: frexp },
    BuiltinDef { name: "ldexp", func: ldexp },
    BuiltinDef { name: "ulp", func: ulp },
    BuiltinDef { name: "nextafter", func: nextafter },
];

fn init(vm: &mut Vm, ns: ObjRef) {
    let consts = [
        ("pi", core::f64::consts::PI),
        ("e", core::f64::consts::E),
        ("tau", core::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    for (name, value) in consts {
        let key = vm.intern(name);
        let _ = vm.dict_set_str(ns, key, Value::Float(value));
    }
}

/// Bits an exactly computed integer result (`factorial`, `comb`, `perm`)
/// may have; past it ouro raises `OverflowError` rather than compute for
/// minutes (CPython would compute it).
const MAX_RESULT_BITS: f64 = (1u64 << 24) as f64;

fn domain_error(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range_error(vm: &mut Vm) -> PyErr {
    vm.overflow_error("math range error")
}

fn num_err(vm: &mut Vm, e: int_ops::NumError) -> PyErr {
    vm.num_error(NumErr::from(e))
}

/// CPython's `math_1`: a NaN from a non-NaN is a domain error; an infinity
/// from a finite value is a range error (`can_overflow`) or a domain error
/// (a singularity).
fn math_1(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    no_kwargs_arity(vm, name, args, kw, 1, 1)?;
    let x = float_arg(vm, arg_at(args, 0))?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error(vm) } else { domain_error(vm) });
    }
    Ok(Value::Float(r))
}

macro_rules! func1 {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
                math_1(vm, args, kw, concat!("math.", stringify!($name)), $f, $overflow)
            }
        )*
    };
}

func1! {
    sqrt => libm::sqrt, false;
    cbrt => libm::cbrt, false;
    exp => fmath::exp, true;
    exp2 => fmath::exp2, true;
    expm1 => fmath::expm1, true;
    log1p => libm::log1p, false;
    sin => ftrig::sin, false;
    cos => ftrig::cos, false;
    tan => ftrig::tan, false;
    asin => ftrig::asin, false;
    acos => ftrig::acos, false;
    atan => ftrig::atan, false;
    sinh => fmath::sinh, true;
    cosh => fmath::cosh, true;
    tanh => fmath::tanh, false;
    asinh => fmath::asinh, false;
    acosh => fmath::acosh, false;
    atanh => libm::atanh, false;
    erf => fmath::erf, false;
    erfc => fmath::erfc, false;
    fabs => libm::fabs, false;
}

/// CPython's `math_1a` over its own `m_tgamma`/`m_lgamma` (see `gamma.rs`).
fn gamma_1(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    name: &str,
    f: fn(f64) -> Result<f64, bool>,
) -> PyResult<Value> {
    no_kwargs_arity(vm, name, args, kw, 1, 1)?;
    let x = float_arg(vm, arg_at(args, 0))?;
    match f(x) {
        Ok(r) => Ok(Value::Float(r)),
        Err(true) => Err(domain_error(vm)),
        Err(false) => Err(range_error(vm)),
    }
}

fn gamma(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    gamma_1(vm, args, kw, "math.gamma", gamma::gamma)
}

fn lgamma(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    gamma_1(vm, args, kw, "math.lgamma", gamma::lgamma)
}

/// Checks `name` got exactly two positional arguments (CPython's wording).
fn two_args(vm: &mut Vm, name: &str, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<(f64, f64)> {
    no_kwargs(vm, name, kw)?;
    if args.len() != 2 {
        let n = args.len();
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {n}")));
    }
    let x = float_arg(vm, arg_at(args, 0))?;
    let y = float_arg(vm, arg_at(args, 1))?;
    Ok((x, y))
}

/// CPython's `math_2` error rule for two-argument functions.
fn math_2(vm: &mut Vm, x: f64, y: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (y, x) = two_args(vm, "atan2", args, kw)?;
    let pi = core::f64::consts::PI;
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if y.is_infinite() {
        if x.is_infinite() {
            if libm::copysign(1.0, x) == 1.0 {
                libm::copysign(0.25 * pi, y)
            } else {
                libm::copysign(0.75 * pi, y)
            }
        } else {
            libm::copysign(0.5 * pi, y)
        }
    } else if x.is_infinite() || y == 0.0 {
        if libm::copysign(1.0, x) == 1.0 {
            libm::copysign(0.0, y)
        } else {
            libm::copysign(pi, y)
        }
    } else {
        ftrig::atan2(y, x)
    };
    math_2(vm, y, x, r)
}

fn copysign(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (x, y) = two_args(vm, "copysign", args, kw)?;
    Ok(Value::Float(libm::copysign(x, y)))
}

fn remainder(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (x, y) = two_args(vm, "remainder", args, kw)?;
    let r = if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            f64::NAN
        } else {
            libm::remainder(x, y)
        }
    } else if x.is_nan() {
        x
    } else if y.is_nan() {
        y
    } else if x.is_infinite() {
        f64::NAN
    } else {
        x
    };
    math_2(vm, x, y, r)
}

fn fmod(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (x, y) = two_args(vm, "fmod", args, kw)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = crate::runtime::fmod::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

fn pow(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (x, y) = two_args(vm, "pow", args, kw)?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && crate::runtime::fmod::fmod(libm::fabs(y), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    libm::fabs(x)
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                libm::copysign(0.0, x)
            } else {
                0.0
            }
        } else if libm::fabs(x) == 1.0 {
            1.0
        } else if y > 0.0 && libm::fabs(x) > 1.0 {
            y
        } else if y < 0.0 && libm::fabs(x) < 1.0 {
            -y
        } else {
            0.0
        }
    } else {
        let r = fmath::pow(x, y);
        if r.is_nan() || (r.is_infinite() && x == 0.0) {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(range_error(vm));
        }
        r
    };
    Ok(Value::Float(r))
}

// ----- logarithms -----

/// `(x, e)` with `n == x * 2**e`, `0.5 <= x < 1`, `x` correctly rounded
/// (CPython's `_PyLong_Frexp`), for a positive big int.
fn big_frexp(n: &BigUint) -> (f64, i64) {
    let bits = n.bits();
    if bits <= 64 {
        let v = n.to_u64().unwrap_or(0) as f64;
        let (m, e) = libm::frexp(v);
        return (m, e as i64);
    }
    // The top 64 bits, with a sticky bit for everything below them.
    let shift = bits - 64;
    let top: BigUint = n >> shift;
    let mut t = top.to_u64().unwrap_or(u64::MAX);
    if n.trailing_zeros().unwrap_or(0) < shift {
        t |= 1;
    }
    let (m, e) = libm::frexp(t as f64);
    (m, e as i64 + shift as i64)
}

/// CPython's `loghelper`: ints are handled exactly (any size), other values
/// go through `math_1` with `f`.
fn loghelper(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if vm.is_int(v) {
        let n = index_arg(vm, v)?;
        if !n.is_positive() {
            return Err(domain_error(vm));
        }
        return Ok(match int_ops::bigint_to_f64(&n) {
            Ok(x) => f(x),
            Err(_) => {
                let (x, e) = big_frexp(n.magnitude());
                f(x) + f(2.0) * e as f64
            }
        });
    }
    let x = float_arg(vm, v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() || r.is_infinite() && x.is_finite() {
        return Err(domain_error(vm));
    }
    Ok(r)
}

/// The special cases CPython's logarithms share: +inf and nan pass
/// through, 0 gives -inf, negatives and -inf give nan (the caller raises
/// "math domain error" for finite arguments); positive finite `x` uses `f`.
fn log_like(x: f64, f: fn(f64) -> f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            f(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log(x: f64) -> f64 {
    log_like(x, fmath::log)
}

fn m_log2(x: f64) -> f64 {
    log_like(x, fmath::log2)
}

fn m_log10(x: f64) -> f64 {
    log_like(x, fmath::log10)
}

fn log(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "log", kw)?;
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, arg_at(args, 0), m_log)?;
    if args.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = loghelper(vm, arg_at(args, 1), m_log)?;
    if den == 0.0 {
        let c = vm.exc.zero_division_error;
        return Err(vm.new_exception(c, "float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn log2(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "math.log2", args, kw, 1, 1)?;
    Ok(Value::Float(loghelper(vm, arg_at(args, 0), m_log2)?))
}

fn log10(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "math.log10", args, kw, 1, 1)?;
    Ok(Value::Float(loghelper(vm, arg_at(args, 0), m_log10)?))
}

// ----- float to int -----

/// An int value from a float, with CPython's errors for inf and NaN.
fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_finite() && f.abs() < 9.0e18 {
        return Ok(Value::Int(f as i64));
    }
    match int_ops::f64_to_bigint(f) {
        Ok(b) => Ok(vm.new_bigint(b)),
        Err(e) => Err(num_err(vm, e)),
    }
}

/// `floor`/`ceil`: ints as they are, floats rounded, instances through
/// `dunder` or else `__float__`.
fn round_to_int(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    no_kwargs_arity(vm, name, args, kw, 1, 1)?;
    let x = arg_at(args, 0);
    match x {
        Value::Int(_) => return Ok(x),
        Value::Bool(b) => return Ok(Value::Int(b as i64)),
        Value::Float(v) => return float_to_int(vm, f(v)),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(_) => return Ok(x),
            Obj::Instance(_) => {
                let d = vm.intern(dunder);
                if let Some(res) = vm.call_method_opt(x, d, &[])? {
                    return Ok(res);
                }
            }
            _ => {}
        },
        _ => {}
    }
    let v = float_arg(vm, x)?;
    float_to_int(vm, f(v))
}

fn floor(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    round_to_int(vm, args, kw, "math.floor", "__floor__", libm::floor)
}

fn ceil(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    round_to_int(vm, args, kw, "math.ceil", "__ceil__", libm::ceil)
}

fn trunc(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "math.trunc", args, kw, 1, 1)?;
    let x = arg_at(args, 0);
    match x {
        Value::Int(_) => return Ok(x),
        Value::Bool(b) => return Ok(Value::Int(b as i64)),
        Value::Float(v) => return float_to_int(vm, libm::trunc(v)),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(_) => return Ok(x),
            Obj::Instance(_) => {
                let d = vm.intern("__trunc__");
                if let Some(res) = vm.call_method_opt(x, d, &[])? {
                    return Ok(res);
                }
            }
            _ => {}
        },
        _ => {}
    }
    let tn = vm.type_name(x);
    Err(vm.type_error(format!("type {tn} doesn't define __trunc__ method")))
}

// ----- simple float functions -----

fn one_float(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str) -> PyResult<f64> {
    no_kwargs_arity(vm, name, args, kw, 1, 1)?;
    float_arg(vm, arg_at(args, 0))
}

fn degrees(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let x = one_float(vm, args, kw, "math.degrees")?;
    Ok(Value::Float(x * (180.0 / core::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let x = one_float(vm, args, kw, "math.radians")?;
    Ok(Value::Float(x * (core::f64::consts::PI / 180.0)))
}

fn isfinite(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, args, kw, "math.isfinite")?.is_finite()))
}

fn isinf(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, args, kw, "math.isinf")?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, args, kw, "math.isnan")?.is_nan()))
}

fn modf(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let x = one_float(vm, args, kw, "math.modf")?;
    let (frac, int) = if x.is_infinite() {
        (libm::copysign(0.0, x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        libm::modf(x)
    };
    Ok(vm.new_tuple(alloc::vec![Value::Float(frac), Value::Float(int)]))
}

fn frexp(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let x = one_float(vm, args, kw, "math.frexp")?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 { (x, 0) } else { libm::frexp(x) };
    Ok(vm.new_tuple(alloc::vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "ldexp", kw)?;
    if args.len() != 2 {
        let n = args.len();
        return Err(vm.type_error(format!("ldexp expected 2 arguments, got {n}")));
    }
    let x = float_arg(vm, arg_at(args, 0))?;
    if !vm.is_int(arg_at(args, 1)) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let e = index_arg(vm, arg_at(args, 1))?;
    let e = e.to_i64().unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if e > i32::MAX as i64 {
        return Err(range_error(vm));
    } else if e < i32::MIN as i64 {
        libm::copysign(0.0, x)
    } else {
        let r = libm::ldexp(x, e as i32);
        if r.is_infinite() {
            return Err(range_error(vm));
        }
        r
    };
    Ok(Value::Float(r))
}

fn ulp(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let x = one_float(vm, args, kw, "math.ulp")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = libm::fabs(x);
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = libm::nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = libm::nextafter(x, f64::NEG_INFINITY);
        return Ok(Value::Float(x - x2));
    }
    Ok(Value::Float(x2 - x))
}

fn nextafter(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (x, y) = two_args(vm, "nextafter", args, kw)?;
    Ok(Value::Float(libm::nextafter(x, y)))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (named, pos): (super::KwList, super::KwList) =
        kw.iter().partition(|(k, _)| matches!(vm.str_text(*k).as_str(), "rel_tol" | "abs_tol"));
    let [a, b] = bind_args(vm, "isclose", args, &pos, ["a", "b"])?;
    let Some(a) = a else { return Err(vm.type_error("isclose() missing required argument 'a' (pos 1)")) };
    let Some(b) = b else { return Err(vm.type_error("isclose() missing required argument 'b' (pos 2)")) };
    let (a, b) = (float_arg(vm, a)?, float_arg(vm, b)?);
    let mut rel_tol = 1e-9;
    let mut abs_tol = 0.0;
    for (k, v) in named {
        let x = float_arg(vm, v)?;
        if vm.str_text(k) == "rel_tol" {
            rel_tol = x;
        } else {
            abs_tol = x;
        }
    }
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = libm::fabs(b - a);
    let close = diff <= libm::fabs(rel_tol * b) || diff <= libm::fabs(rel_tol * a) || diff <= abs_tol;
    Ok(Value::Bool(close))
}

// ----- sums and norms -----

/// CPython 3.11's `vector_norm`: the Euclidean norm of non-negative finite
/// values (`max` is the largest), accurate to within 1 ulp.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134_217_729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = libm::frexp(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e >= -1023 {
        let scale = libm::ldexp(1.0, -max_e);
        for &v in vec {
            let mut x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            x = hi * hi;
            let mut old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            x = 2.0 * hi * lo;
            old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            frac3 += lo * lo;
        }
        let h = libm::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        let mut x = h;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        x = -hi * hi;
        let mut old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        x = -2.0 * hi * lo;
        old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        x = -lo * lo;
        old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Scaling would overflow: divide by max instead.
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * libm::sqrt(csum - 1.0 + frac1)
}

fn norm_of(coords: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in coords {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    vector_norm(coords, max, found_nan)
}

fn hypot(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "hypot", kw)?;
    let mut coords = Vec::with_capacity(args.len());
    for &a in args {
        coords.push(libm::fabs(float_arg(vm, a)?));
    }
    Ok(Value::Float(norm_of(&coords)))
}

fn dist(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "dist", kw)?;
    if args.len() != 2 {
        let n = args.len();
        return Err(vm.type_error(format!("dist expected 2 arguments, got {n}")));
    }
    let p = vm.collect_iterable(arg_at(args, 0))?;
    let holder = vm.new_list(p.clone());
    vm.temp_roots.push(holder);
    let q = vm.collect_iterable(arg_at(args, 1));
    vm.temp_roots.pop();
    let q = q?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut coords = Vec::with_capacity(p.len());
    for (&a, &b) in p.iter().zip(q.iter()) {
        let (x, y) = (float_arg(vm, a)?, float_arg(vm, b)?);
        coords.push(libm::fabs(x - y));
    }
    Ok(Value::Float(norm_of(&coords)))
}

/// CPython's `fsum`: Shewchuk's exact partials, then a correctly rounded
/// (half-even) total.
// Indexing: CPython's `msum` over the partials `p`: the write index
// `i <= j < p.len()`, and the final walk counts `n` down from `p.len()`
// (reading `p[n - 1]` only when `n > 0`).
#[allow(clippy::indexing_slicing)]
pub fn fsum_floats(items: impl IntoIterator<Item = f64>) -> Result<f64, &'static str> {
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    for xsave in items {
        let mut x = xsave;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if libm::fabs(x) < libm::fabs(y) {
                core::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err("intermediate overflow in fsum");
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err("-inf + inf in fsum");
        }
        return Ok(special_sum);
    }
    let mut n = p.len();
    let mut hi = 0.0f64;
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn fsum(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "math.fsum", args, kw, 1, 1)?;
    let items = vm.collect_iterable(arg_at(args, 0))?;
    let mut floats = Vec::with_capacity(items.len());
    for it in items {
        floats.push(float_arg(vm, it)?);
    }
    match fsum_floats(floats) {
        Ok(s) => Ok(Value::Float(s)),
        Err(m) if m.starts_with("intermediate") => Err(vm.overflow_error(m)),
        Err(m) => Err(vm.value_error(m)),
    }
}

fn prod(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [start] = crate::builtins::kwargs(vm, "prod", kw, ["start"])?;
    if args.len() != 1 {
        let n = args.len();
        return Err(vm.type_error(format!("prod() takes exactly 1 positional argument ({n} given)")));
    }
    let items = vm.collect_iterable(arg_at(args, 0))?;
    let holder = vm.new_list(items.clone());
    vm.temp_roots.push(holder);
    let mut acc = start.unwrap_or(Value::Int(1));
    let mut result = Ok(());
    for it in items {
        vm.temp_roots.push(acc);
        let r = vm.binary_op(BinaryOp::Mul, acc, it, false);
        vm.temp_roots.pop();
        match r {
            Ok(v) => acc = v,
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.temp_roots.pop();
    result.map(|_| acc)
}

// ----- integer functions -----

/// The integer argument of an integer function, as a BigInt.
fn int_of(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    index_arg(vm, v)
}

/// `lo * (lo+1) * ... * hi` by balanced splitting (so big products meet
/// big products and Karatsuba pays off).
fn product_range(lo: &BigUint, count: u64) -> BigUint {
    if count == 0 {
        return BigUint::one();
    }
    if count <= 16 {
        let mut acc = lo.clone();
        for i in 1..count {
            acc *= lo + i;
        }
        return acc;
    }
    let half = count / 2;
    let mid = lo + half;
    product_range(lo, half) * product_range(&mid, count - half)
}

fn too_large(vm: &mut Vm, what: &str) -> PyErr {
    vm.overflow_error(format!("{what}() result too large to compute (ouro computes at most 2**24-bit results)"))
}

fn factorial(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "math.factorial", args, kw, 1, 1)?;
    let n = int_of(vm, arg_at(args, 0))?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    let nf = n as f64;
    // log2(n!) ~ n*log2(n) - n*log2(e)
    if n > 2 && nf * libm::log2(nf) - nf * core::f64::consts::LOG2_E > MAX_RESULT_BITS {
        return Err(too_large(vm, "factorial"));
    }
    if n < 2 {
        return Ok(Value::Int(1));
    }
    let r = product_range(&BigUint::from(2u32), n as u64 - 1);
    Ok(vm.new_bigint(BigInt::from_biguint(Sign::Plus, r)))
}

fn gcd(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "gcd", kw)?;
    let mut acc = BigInt::zero();
    for &a in args {
        let x = int_of(vm, a)?;
        acc = acc.gcd(&x);
    }
    Ok(vm.new_bigint(acc))
}

fn lcm(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "lcm", kw)?;
    let mut acc = BigInt::one();
    for &a in args {
        let x = int_of(vm, a)?;
        if acc.is_zero() || x.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        let g = acc.gcd(&x);
        acc = (&acc / g * x).abs();
    }
    Ok(vm.new_bigint(acc))
}

/// `comb`/`perm` arguments: non-negative ints.
fn n_k(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    k_optional: bool,
) -> PyResult<(BigInt, Option<BigInt>)> {
    no_kwargs(vm, name, kw)?;
    let n_args = args.len();
    if k_optional {
        if n_args == 0 || n_args > 2 {
            let msg = if n_args == 0 {
                format!("{name} expected at least 1 argument, got 0")
            } else {
                format!("{name} expected at most 2 arguments, got {n_args}")
            };
            return Err(vm.type_error(msg));
        }
    } else if n_args != 2 {
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {n_args}")));
    }
    let n = int_of(vm, arg_at(args, 0))?;
    let k = match args.get(1) {
        Some(&v) if !(k_optional && matches!(v, Value::None)) => Some(int_of(vm, v)?),
        _ => None,
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if let Some(k) = &k {
        if k.is_negative() {
            return Err(vm.value_error("k must be a non-negative integer"));
        }
    }
    Ok((n, k))
}

fn perm(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (n, k) = n_k(vm, "perm", args, kw, true)?;
    let Some(k) = k else {
        let v = vm.new_bigint(n);
        return factorial(vm, &[v], &[]);
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        return Err(vm.overflow_error("k must not exceed 9223372036854775807"));
    };
    let bits = k as f64 * int_ops::bigint_to_f64(&n).map(libm::log2).unwrap_or(f64::INFINITY);
    if bits > MAX_RESULT_BITS {
        return Err(too_large(vm, "perm"));
    }
    let lo = (n.magnitude() - k) + 1u32;
    let r = product_range(&lo, k);
    Ok(vm.new_bigint(BigInt::from_biguint(Sign::Plus, r)))
}

fn comb(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (n, k) = n_k(vm, "comb", args, kw, false)?;
    let k = k.unwrap_or_default();
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = core::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        return Err(vm.overflow_error("min(n - k, k) must not exceed 9223372036854775807"));
    };
    let n = n.magnitude().clone();
    // log2 of the result, bounded by k*log2(n) and by n bits.
    let nf = int_ops::bigint_to_f64(&BigInt::from_biguint(Sign::Plus, n.clone())).unwrap_or(f64::INFINITY);
    let bits = (k as f64 * libm::log2(nf)).min(nf);
    // The multiplicative loop costs about k * bits / 64 word operations.
    if bits > MAX_RESULT_BITS || k as f64 * bits > 64.0 * 2.0e8 {
        return Err(too_large(vm, "comb"));
    }
    // C(n, k) = prod_{i<k} (n - i) / (i + 1), exact at every step.
    let mut r = BigUint::one();
    for i in 0..k {
        r *= &n - i;
        r /= i + 1;
    }
    Ok(vm.new_bigint(BigInt::from_biguint(Sign::Plus, r)))
}

fn isqrt(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "math.isqrt", args, kw, 1, 1)?;
    let n = int_of(vm, arg_at(args, 0))?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    let r = n.magnitude().sqrt();
    Ok(vm.new_bigint(BigInt::from_biguint(Sign::Plus, r)))
}

#[cfg(test)]
mod tests;
