//! The `complex` type's constructor and methods (`complex(re, im)`,
//! `complex("1+2j")`, `z.conjugate()`), with CPython 3.11's messages.

use crate::builtins::arg_at;
use alloc::format;
#[cfg(feature = "complex")]
use alloc::string::String;

#[cfg(feature = "complex")]
use super::kwargs;
use super::no_kwargs;
use crate::runtime::complex::Complex;
#[cfg(feature = "complex")]
use crate::runtime::complex::{parse_complex, ParseComplexErr};
#[cfg(feature = "complex")]
use crate::runtime::object::Obj;
use crate::runtime::object::{BuiltinDef, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// `complex` methods.
pub static COMPLEX_METHODS: &[BuiltinDef] = &[BuiltinDef { name: "conjugate", func: complex_conjugate }];

/// Sets `complex`'s constructor and installs its methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.complex;
    #[cfg(feature = "complex")]
    vm.set_ctor(t, complex_new);
    #[cfg(not(feature = "complex"))]
    vm.set_ctor(t, |vm, _, _| Err(vm.missing_feature("complex()", "complex")));
}

#[cfg(feature = "complex")]
/// One argument of `complex(real, imag)`: a complex (`Some` imaginary
/// part), a real number, or an instance with `__complex__`/`__float__`/
/// `__index__`; `None` when it is none of those.
fn complex_part(vm: &mut Vm, v: Value) -> PyResult<Option<(f64, Option<f64>)>> {
    if let Some(z) = vm.as_complex(v) {
        return Ok(Some((z.re, Some(z.im))));
    }
    if let Some(n) = vm.as_num(v) {
        return n.to_f64().map(|f| Some((f, None))).map_err(|e| vm.num_error(e));
    }
    if !matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_))) {
        return Ok(None);
    }
    let name = vm.intern("__complex__");
    if let Some(r) = vm.call_method_opt(v, name, &[])? {
        return match vm.as_complex(r) {
            Some(z) => Ok(Some((z.re, Some(z.im)))),
            None => {
                let tn = vm.type_name(r);
                Err(vm.type_error(format!("__complex__ returned non-complex (type {tn})")))
            }
        };
    }
    let has = |vm: &mut Vm, n: &str| {
        let name = vm.intern(n);
        let cls = vm.class_of(v);
        vm.lookup_class_attr(cls, name).is_some()
    };
    if has(vm, "__float__") || has(vm, "__index__") {
        return super::modules::float_arg(vm, v).map(|f| Some((f, None)));
    }
    Ok(None)
}

#[cfg(feature = "complex")]
fn complex_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [real_kw, imag_kw] = kwargs(vm, "complex", kw, ["real", "imag"])?;
    if args.len() > 2 {
        let n = args.len();
        return Err(vm.type_error(format!("complex() takes at most 2 arguments ({n} given)")));
    }
    let real = args.first().copied().or(real_kw);
    let imag = args.get(1).copied().or(imag_kw);
    let Some(r) = real else {
        let im = match imag {
            None => 0.0,
            Some(i) => imag_part(vm, i)?.0,
        };
        return Ok(vm.new_complex(Complex::new(0.0, im)));
    };
    if let Some(s) = vm.as_str(r).map(String::from) {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match parse_complex(&s) {
            Ok(z) => Ok(vm.new_complex(z)),
            Err(ParseComplexErr::Malformed) => Err(vm.value_error("complex() arg is a malformed string")),
            Err(ParseComplexErr::Underscore) => {
                let mut r = String::new();
                crate::runtime::str_repr::str_repr(&s, &mut r);
                Err(vm.value_error(format!("could not convert string to complex: {r}")))
            }
        };
    }
    let Some((cr_re, cr_im)) = complex_part(vm, r)? else {
        let tn = vm.type_name(r);
        return Err(vm.type_error(format!("complex() first argument must be a string or a number, not '{tn}'")));
    };
    if imag.is_none() && cr_im.is_some() && vm.as_complex(r).is_some() {
        return Ok(r);
    }
    // CPython's complex_new: re = r.real - i.imag, im = i.real + r.imag.
    let (mut re, mut im) = (cr_re, cr_im.unwrap_or(0.0));
    if let Some(i) = imag {
        let (ci_re, ci_im) = imag_part(vm, i)?;
        if let Some(ci_im) = ci_im {
            re -= ci_im;
        }
        im = match cr_im {
            Some(cr_im) => ci_re + cr_im,
            None => ci_re,
        };
    }
    Ok(vm.new_complex(Complex::new(re, im)))
}

#[cfg(feature = "complex")]
/// The second argument of `complex()`.
fn imag_part(vm: &mut Vm, i: Value) -> PyResult<(f64, Option<f64>)> {
    if vm.as_str(i).is_some() {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    match complex_part(vm, i)? {
        Some(p) => Ok(p),
        None => {
            let tn = vm.type_name(i);
            Err(vm.type_error(format!("complex() second argument must be a number, not '{tn}'")))
        }
    }
}

fn complex_conjugate(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "complex.conjugate", kw)?;
    if args.len() != 1 {
        let n = args.len().saturating_sub(1);
        return Err(vm.type_error(format!("complex.conjugate() takes no arguments ({n} given)")));
    }
    match vm.as_complex(arg_at(args, 0)) {
        Some(z) => Ok(vm.new_complex(Complex::new(z.re, -z.im))),
        None => {
            let tn = vm.type_name(arg_at(args, 0));
            Err(vm.type_error(format!("descriptor 'conjugate' for 'complex' objects doesn't apply to a '{tn}' object")))
        }
    }
}
