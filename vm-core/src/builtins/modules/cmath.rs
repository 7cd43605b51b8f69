//! The `cmath` module (a subset), following CPython 3.11's `cmathmodule.c`
//! for finite arguments (its scaled `sqrt`, `log` near 1 through `log1p`,
//! `exp` near overflow) and C99 Annex G for infinities and NaNs. Errors are
//! CPython's: `ValueError: math domain error`, `OverflowError: math range
//! error`.
//!
//! Has every function of CPython 3.11's `cmath` and its constants. The
//! trigonometric and hyperbolic functions follow `cmathmodule.c`'s
//! formulas (over the real functions of `runtime::fmath`/`runtime::ftrig`)
//! and its tables of special values (`cmath/special.rs`, C99 Annex G).

use super::{bind_args, float_arg, NativeModule};
use crate::builtins::arg_at;
use crate::builtins::{no_kwargs, no_kwargs_arity};
use crate::runtime::complex::Complex;
use crate::runtime::object::{BuiltinDef, PyErr, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::{fmath, ftrig};
use crate::vm::Vm;

mod special;

/// The `cmath` module.
pub static MODULE: NativeModule = NativeModule { name: "cmath", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[
    BuiltinDef { name: "sqrt", func: sqrt },
    BuiltinDef { name: "exp", func: exp },
    BuiltinDef { name: "log", func: log },
    BuiltinDef { name: "log10", func: log10 },
    BuiltinDef { name: "phase", func: phase },
    BuiltinDef { name: "polar", func: polar },
    BuiltinDef { name: "rect", func: rect },
    BuiltinDef { name: "sin", func: sin },
    BuiltinDef { name: "cos", func: cos },
    BuiltinDef { name: "tan", func: tan },
    BuiltinDef { name: "asin", func: asin },
    BuiltinDef { name: "acos", func: acos },
    BuiltinDef { name: "atan", func: atan },
    BuiltinDef { name: "sinh", func: sinh },
    BuiltinDef { name: "cosh", func: cosh },
    BuiltinDef { name: "tanh", func: tanh },
    BuiltinDef { name: "asinh", func: asinh },
    BuiltinDef { name: "acosh", func: acosh },
    BuiltinDef { name: "atanh", func: atanh },
    BuiltinDef { name: "isnan", func: isnan },
    BuiltinDef { name: "isinf", func: isinf },
    BuiltinDef { name: "isfinite", func: isfinite },
    BuiltinDef { name: "isclose", func: isclose },
];

fn init(vm: &mut Vm, ns: ObjRef) {
    let consts = [
        ("pi", Value::Float(core::f64::consts::PI)),
        ("e", Value::Float(core::f64::consts::E)),
        ("tau", Value::Float(core::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
    ];
    for (name, value) in consts {
        let key = vm.intern(name);
        let _ = vm.dict_set_str(ns, key, value);
    }
    for (name, im) in [("infj", f64::INFINITY), ("nanj", f64::NAN)] {
        let key = vm.intern(name);
        let z = vm.new_complex(Complex::new(0.0, im));
        let _ = vm.dict_set_str(ns, key, z);
    }
}

/// `DBL_MIN`, the smallest normal double.
const DBL_MIN: f64 = f64::MIN_POSITIVE;
/// `CM_LARGE_DOUBLE`: `DBL_MAX / 4`.
const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
/// `CM_LOG_LARGE_DOUBLE`: `log(CM_LARGE_DOUBLE)`.
const LOG_LARGE_DOUBLE: f64 = 708.3964185322641;

fn domain_error(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}

/// A `cmath` argument: a complex, or anything `float()`-like.
fn complex_arg(vm: &mut Vm, v: Value) -> PyResult<Complex> {
    match vm.as_complex(v) {
        Some(z) => Ok(z),
        None => float_arg(vm, v).map(|f| Complex::new(f, 0.0)),
    }
}

fn one_arg(vm: &mut Vm, name: &str, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Complex> {
    no_kwargs_arity(vm, name, args, kw, 1, 1)?;
    complex_arg(vm, arg_at(args, 0))
}

/// `cmath.sqrt(z)`: principal square root.
fn c_sqrt(z: Complex) -> Complex {
    if !z.re.is_finite() || !z.im.is_finite() {
        return if z.im.is_infinite() {
            Complex::new(f64::INFINITY, z.im)
        } else if z.re.is_nan() {
            Complex::new(f64::NAN, f64::NAN)
        } else if z.re == f64::NEG_INFINITY {
            if z.im.is_nan() {
                Complex::new(f64::NAN, f64::INFINITY)
            } else {
                Complex::new(0.0, libm::copysign(f64::INFINITY, z.im))
            }
        } else if z.re == f64::INFINITY {
            Complex::new(f64::INFINITY, if z.im.is_nan() { z.im } else { libm::copysign(0.0, z.im) })
        } else {
            Complex::new(f64::NAN, f64::NAN)
        };
    }
    if z.re == 0.0 && z.im == 0.0 {
        return Complex::new(0.0, z.im);
    }
    let (mut ax, ay) = (libm::fabs(z.re), libm::fabs(z.im));
    let s = if ax < DBL_MIN && ay < DBL_MIN {
        ax = libm::ldexp(ax, 53);
        libm::ldexp(libm::sqrt(ax + fmath::hypot(ax, libm::ldexp(ay, 53))), -27)
    } else {
        ax /= 8.0;
        2.0 * libm::sqrt(ax + fmath::hypot(ax, ay / 8.0))
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        Complex::new(s, libm::copysign(d, z.im))
    } else {
        Complex::new(d, libm::copysign(s, z.im))
    }
}

/// `ln(z)`, and whether it was a domain error (at zero: `-inf` real part).
fn c_log(z: Complex) -> (Complex, bool) {
    if !z.re.is_finite() || !z.im.is_finite() {
        let re = if z.re.is_infinite() || z.im.is_infinite() { f64::INFINITY } else { f64::NAN };
        return (Complex::new(re, ftrig::atan2(z.im, z.re)), false);
    }
    let (ax, ay) = (libm::fabs(z.re), libm::fabs(z.im));
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        fmath::log(fmath::hypot(ax / 2.0, ay / 2.0)) + core::f64::consts::LN_2
    } else if ax < DBL_MIN && ay < DBL_MIN {
        if ax == 0.0 && ay == 0.0 {
            return (Complex::new(f64::NEG_INFINITY, ftrig::atan2(z.im, z.re)), true);
        }
        fmath::log(fmath::hypot(libm::ldexp(ax, 53), libm::ldexp(ay, 53))) - 53.0 * core::f64::consts::LN_2
    } else {
        let h = fmath::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            libm::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            fmath::log(h)
        }
    };
    (Complex::new(re, ftrig::atan2(z.im, z.re)), false)
}

fn sqrt(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let z = one_arg(vm, "sqrt", args, kw)?;
    Ok(vm.new_complex(c_sqrt(z)))
}

fn exp(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let z = one_arg(vm, "exp", args, kw)?;
    let r = if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_nan() {
            Complex::new(f64::NAN, if z.im == 0.0 { z.im } else { f64::NAN })
        } else if z.re == f64::NEG_INFINITY {
            if z.im.is_finite() {
                Complex::new(0.0 * ftrig::cos(z.im), 0.0 * ftrig::sin(z.im))
            } else {
                Complex::new(0.0, 0.0)
            }
        } else if z.re == f64::INFINITY {
            if z.im == 0.0 {
                Complex::new(f64::INFINITY, z.im)
            } else if z.im.is_finite() {
                Complex::new(f64::INFINITY * ftrig::cos(z.im), f64::INFINITY * ftrig::sin(z.im))
            } else {
                return Err(domain_error(vm));
            }
        } else {
            // finite real part, infinite or NaN imaginary part
            if z.im.is_infinite() {
                return Err(domain_error(vm));
            }
            Complex::new(f64::NAN, f64::NAN)
        }
    } else {
        let r = if z.re > LOG_LARGE_DOUBLE {
            let l = fmath::exp(z.re - 1.0);
            Complex::new(l * ftrig::cos(z.im) * core::f64::consts::E, l * ftrig::sin(z.im) * core::f64::consts::E)
        } else {
            let l = fmath::exp(z.re);
            Complex::new(l * ftrig::cos(z.im), l * ftrig::sin(z.im))
        };
        if r.re.is_infinite() || r.im.is_infinite() {
            return Err(vm.overflow_error("math range error"));
        }
        r
    };
    Ok(vm.new_complex(r))
}

fn log(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [x, base] = bind_args(vm, "log", args, kw, ["x", "base"])?;
    let Some(x) = x else {
        return Err(vm.type_error("log() missing required argument 'x' (pos 1)"));
    };
    let x = complex_arg(vm, x)?;
    let (mut r, mut edom) = c_log(x);
    if let Some(b) = base {
        // As CPython: the base's log resets the error flag, and a zero
        // divisor (base 1) is the domain error.
        let b = complex_arg(vm, b)?;
        let (lb, _) = c_log(b);
        (r, edom) = match r.checked_div(lb) {
            Ok(q) => (q, false),
            Err(_) => (r, true),
        };
    }
    if edom {
        return Err(domain_error(vm));
    }
    Ok(vm.new_complex(r))
}

fn log10(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let z = one_arg(vm, "log10", args, kw)?;
    let (r, edom) = c_log(z);
    if edom {
        return Err(domain_error(vm));
    }
    Ok(vm.new_complex(Complex::new(r.re / core::f64::consts::LN_10, r.im / core::f64::consts::LN_10)))
}

fn phase(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let z = one_arg(vm, "phase", args, kw)?;
    Ok(Value::Float(ftrig::atan2(z.im, z.re)))
}

fn polar(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let z = one_arg(vm, "polar", args, kw)?;
    let r = match z.abs() {
        Ok(r) => r,
        Err(_) => return Err(vm.overflow_error("math range error")),
    };
    let phi = ftrig::atan2(z.im, z.re);
    Ok(vm.new_tuple(alloc::vec![Value::Float(r), Value::Float(phi)]))
}

fn rect(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "rect", kw)?;
    if args.len() != 2 {
        let n = args.len();
        return Err(vm.type_error(alloc::format!("rect expected 2 arguments, got {n}")));
    }
    let r = float_arg(vm, arg_at(args, 0))?;
    let phi = float_arg(vm, arg_at(args, 1))?;
    let z = if !r.is_finite() || !phi.is_finite() {
        if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            Complex::new(r * ftrig::cos(phi), r * ftrig::sin(phi))
        } else if r.is_finite() && r != 0.0 && phi.is_infinite() {
            return Err(domain_error(vm));
        } else if phi == 0.0 {
            Complex::new(r, r * phi)
        } else {
            Complex::new(r * ftrig::cos(phi), r * ftrig::sin(phi))
        }
    } else if phi == 0.0 {
        Complex::new(r, r * phi)
    } else {
        Complex::new(r * ftrig::cos(phi), r * ftrig::sin(phi))
    };
    Ok(vm.new_complex(z))
}

fn isnan(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let z = one_arg(vm, "isnan", args, kw)?;
    Ok(Value::Bool(z.re.is_nan() || z.im.is_nan()))
}

fn isinf(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let z = one_arg(vm, "isinf", args, kw)?;
    Ok(Value::Bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn isfinite(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let z = one_arg(vm, "isfinite", args, kw)?;
    Ok(Value::Bool(z.re.is_finite() && z.im.is_finite()))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    if args.len() > 2 {
        let n = args.len();
        return Err(vm.type_error(alloc::format!("isclose() takes exactly 2 positional arguments ({n} given)")));
    }
    let [a, b, rel_tol, abs_tol] = bind_args(vm, "isclose", args, kw, ["a", "b", "rel_tol", "abs_tol"])?;
    let (Some(a), Some(b)) = (a, b) else {
        let which = if a.is_none() { "a" } else { "b" };
        let pos = if a.is_none() { 1 } else { 2 };
        return Err(vm.type_error(alloc::format!("isclose() missing required argument '{which}' (pos {pos})")));
    };
    let (a, b) = (complex_arg(vm, a)?, complex_arg(vm, b)?);
    let rel_tol = match rel_tol {
        Some(v) => float_arg(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match abs_tol {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let c_abs = |z: Complex| z.abs().unwrap_or(f64::INFINITY);
    let diff = c_abs(b - a);
    Ok(Value::Bool(diff <= rel_tol * c_abs(b) || diff <= rel_tol * c_abs(a) || diff <= abs_tol))
}

// ----- trigonometric and hyperbolic functions -----

/// Why a `cmath` function failed: C's `errno` after it (`EDOM` or `ERANGE`).
#[derive(Clone, Copy)]
enum CErr {
    Domain,
    Range,
}

type CResult = Result<Complex, CErr>;

const LN2: f64 = core::f64::consts::LN_2;
/// `CM_SQRT_LARGE_DOUBLE`: `sqrt(DBL_MAX / 4)`.
const SQRT_LARGE_DOUBLE: f64 = 6.703903964971298e153;
/// `CM_SQRT_DBL_MIN`: `sqrt(DBL_MIN)`.
const SQRT_DBL_MIN: f64 = 1.4916681462400413e-154;

/// The class of a part for the special-value tables: -inf, negative,
/// -0.0, +0.0, positive, +inf, nan.
fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x < 0.0 {
            0
        } else {
            5
        }
    } else if x == 0.0 {
        if x.is_sign_negative() {
            2
        } else {
            3
        }
    } else if x < 0.0 {
        1
    } else {
        4
    }
}

/// `table`'s entry for `z`.
#[allow(clippy::indexing_slicing)] // `class` is below 7, the tables' size
fn lookup(z: Complex, table: &special::Table) -> Complex {
    let code = usize::from(table[class(z.re)][class(z.im)]);
    let value = |c: usize| special::VALUES.get(c).copied().unwrap_or(f64::NAN);
    Complex::new(value(code >> 4), value(code & 15))
}

/// The table's value when a part of `z` is not finite.
fn special(z: Complex, table: &special::Table) -> Option<Complex> {
    if z.re.is_finite() && z.im.is_finite() {
        return None;
    }
    Some(lookup(z, table))
}

/// `log(hypot(x/2, y/2)) + 2*ln2`: `log|z|` without overflow.
fn log_abs_large(z: Complex) -> f64 {
    fmath::log(fmath::hypot(z.re / 2.0, z.im / 2.0)) + LN2 * 2.0
}

/// `-i * f(i*z)`, for `asin`, `atan`, `sin` and `tan`.
fn rotated(z: Complex, f: fn(Complex) -> CResult) -> CResult {
    let s = f(Complex::new(-z.im, z.re))?;
    Ok(Complex::new(s.im, -s.re))
}

fn c_acos(z: Complex) -> CResult {
    if let Some(r) = special(z, &special::ACOS) {
        return Ok(r);
    }
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        let re = ftrig::atan2(z.im.abs(), z.re);
        let im =
            if z.re < 0.0 { -libm::copysign(log_abs_large(z), z.im) } else { libm::copysign(log_abs_large(z), -z.im) };
        return Ok(Complex::new(re, im));
    }
    let s1 = c_sqrt(Complex::new(1.0 - z.re, -z.im));
    let s2 = c_sqrt(Complex::new(1.0 + z.re, z.im));
    Ok(Complex::new(2.0 * ftrig::atan2(s1.re, s2.re), fmath::asinh(s2.re * s1.im - s2.im * s1.re)))
}

fn c_acosh(z: Complex) -> CResult {
    if let Some(r) = special(z, &special::ACOSH) {
        return Ok(r);
    }
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        return Ok(Complex::new(log_abs_large(z), ftrig::atan2(z.im, z.re)));
    }
    let s1 = c_sqrt(Complex::new(z.re - 1.0, z.im));
    let s2 = c_sqrt(Complex::new(z.re + 1.0, z.im));
    Ok(Complex::new(fmath::asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * ftrig::atan2(s1.im, s2.re)))
}

fn c_asinh(z: Complex) -> CResult {
    if let Some(r) = special(z, &special::ASINH) {
        return Ok(r);
    }
    if z.re.abs() > LARGE_DOUBLE || z.im.abs() > LARGE_DOUBLE {
        let re =
            if z.im >= 0.0 { libm::copysign(log_abs_large(z), z.re) } else { -libm::copysign(log_abs_large(z), -z.re) };
        return Ok(Complex::new(re, ftrig::atan2(z.im, z.re.abs())));
    }
    let s1 = c_sqrt(Complex::new(1.0 + z.im, -z.re));
    let s2 = c_sqrt(Complex::new(1.0 - z.im, z.re));
    Ok(Complex::new(fmath::asinh(s1.re * s2.im - s2.re * s1.im), ftrig::atan2(z.im, s1.re * s2.re - s1.im * s2.im)))
}

fn c_asin(z: Complex) -> CResult {
    rotated(z, c_asinh)
}

fn c_atanh(z: Complex) -> CResult {
    if let Some(r) = special(z, &special::ATANH) {
        return Ok(r);
    }
    if z.re < 0.0 {
        // atanh(z) = -atanh(-z)
        let r = c_atanh(Complex::new(-z.re, -z.im))?;
        return Ok(Complex::new(-r.re, -r.im));
    }
    let ay = z.im.abs();
    if z.re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE {
        // atanh(z) ~ 1/z +- i*pi/2
        let h = fmath::hypot(z.re / 2.0, z.im / 2.0);
        let re = z.re / 4.0 / h / h;
        return Ok(Complex::new(re, -libm::copysign(core::f64::consts::FRAC_PI_2, -z.im)));
    }
    if z.re == 1.0 && ay < SQRT_DBL_MIN {
        if ay == 0.0 {
            return Err(CErr::Domain); // a pole
        }
        let re = -fmath::log(libm::sqrt(ay) / libm::sqrt(fmath::hypot(ay, 2.0)));
        return Ok(Complex::new(re, libm::copysign(ftrig::atan2(2.0, -ay) / 2.0, z.im)));
    }
    let one_minus = 1.0 - z.re;
    let re = libm::log1p(4.0 * z.re / (one_minus * one_minus + ay * ay)) / 4.0;
    let im = -ftrig::atan2(-2.0 * z.im, one_minus * (1.0 + z.re) - ay * ay) / 2.0;
    Ok(Complex::new(re, im))
}

fn c_atan(z: Complex) -> CResult {
    rotated(z, c_atanh)
}

/// `cosh` and `sinh` share their structure: `(cos y * f(x), sin y * g(x))`
/// with `f, g` = `cosh, sinh` or `sinh, cosh`. At `x = -inf` cosh flips
/// the sign of the imaginary part, sinh that of the real part.
fn c_cosh_sinh(z: Complex, is_cosh: bool) -> CResult {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let (c, s) = (ftrig::cos(z.im), ftrig::sin(z.im));
            let (re, im) = (libm::copysign(f64::INFINITY, c), libm::copysign(f64::INFINITY, s));
            match (z.re > 0.0, is_cosh) {
                (true, _) => Complex::new(re, im),
                (false, true) => Complex::new(re, -im),
                (false, false) => Complex::new(-re, im),
            }
        } else {
            lookup(z, if is_cosh { &special::COSH } else { &special::SINH })
        };
        if z.im.is_infinite() && !z.re.is_nan() {
            return Err(CErr::Domain);
        }
        return Ok(r);
    }
    type F = fn(f64) -> f64;
    let (f, g): (F, F) = if is_cosh { (fmath::cosh, fmath::sinh) } else { (fmath::sinh, fmath::cosh) };
    let r = if z.re.abs() > LOG_LARGE_DOUBLE {
        // cosh(x) may overflow where the result does not.
        let x1 = z.re - libm::copysign(1.0, z.re);
        let e = core::f64::consts::E;
        Complex::new(ftrig::cos(z.im) * f(x1) * e, ftrig::sin(z.im) * g(x1) * e)
    } else {
        Complex::new(ftrig::cos(z.im) * f(z.re), ftrig::sin(z.im) * g(z.re))
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(CErr::Range);
    }
    Ok(r)
}

fn c_cosh(z: Complex) -> CResult {
    c_cosh_sinh(z, true)
}

fn c_sinh(z: Complex) -> CResult {
    c_cosh_sinh(z, false)
}

fn c_cos(z: Complex) -> CResult {
    // cos(z) = cosh(iz)
    c_cosh(Complex::new(-z.im, z.re))
}

fn c_sin(z: Complex) -> CResult {
    rotated(z, c_sinh)
}

fn c_tanh(z: Complex) -> CResult {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let im = libm::copysign(0.0, 2.0 * ftrig::sin(z.im) * ftrig::cos(z.im));
            Complex::new(if z.re > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            lookup(z, &special::TANH)
        };
        if z.im.is_infinite() && z.re.is_finite() {
            return Err(CErr::Domain);
        }
        return Ok(r);
    }
    if z.re.abs() > LOG_LARGE_DOUBLE {
        // 1 - tanh(x)**2 ~ 4 exp(-2|x|), and 2*y could overflow.
        let im = 4.0 * ftrig::sin(z.im) * ftrig::cos(z.im) * fmath::exp(-2.0 * z.re.abs());
        return Ok(Complex::new(libm::copysign(1.0, z.re), im));
    }
    let tx = fmath::tanh(z.re);
    let ty = ftrig::tan(z.im);
    let cx = 1.0 / fmath::cosh(z.re);
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok(Complex::new(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

fn c_tan(z: Complex) -> CResult {
    rotated(z, c_tanh)
}

/// Calls one of the functions above as CPython's wrapper does: `EDOM` is
/// `ValueError`, `ERANGE` is `OverflowError`.
fn complex_1(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    f: fn(Complex) -> CResult,
) -> PyResult<Value> {
    let z = one_arg(vm, name, args, kw)?;
    match f(z) {
        Ok(r) => Ok(vm.new_complex(r)),
        Err(CErr::Domain) => Err(domain_error(vm)),
        Err(CErr::Range) => Err(vm.overflow_error("math range error")),
    }
}

macro_rules! complex_funcs {
    ($($name:ident => $f:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
                complex_1(vm, stringify!($name), args, kw, $f)
            }
        )*
    };
}

complex_funcs! {
    sin => c_sin;
    cos => c_cos;
    tan => c_tan;
    asin => c_asin;
    acos => c_acos;
    atan => c_atan;
    sinh => c_sinh;
    cosh => c_cosh;
    tanh => c_tanh;
    asinh => c_asinh;
    acosh => c_acosh;
    atanh => c_atanh;
}
