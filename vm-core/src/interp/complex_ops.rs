//! The VM side of `complex`: allocation, mixed int/float/complex
//! operands, operators, equality and the errors CPython raises. The
//! arithmetic itself is `runtime::complex`.

use core::cmp::Ordering;

use crate::bytecode::opcode::{BinaryOp, CompareOp};
use crate::runtime::complex::Complex;
#[cfg(feature = "complex")]
use crate::runtime::complex::ComplexErr;
use crate::runtime::num::{self, Num};
#[cfg(feature = "complex")]
use crate::runtime::object::PyErr;
use crate::runtime::object::{Obj, PyResult};
use crate::runtime::value::Value;
use crate::vm::Vm;

impl Vm {
    /// A new `complex` object.
    pub fn new_complex(&mut self, z: Complex) -> Value {
        Value::Obj(self.heap.alloc(Obj::Complex(z)))
    }

    /// The value of a `complex` object (not of ints or floats).
    #[inline]
    pub fn as_complex(&self, v: Value) -> Option<Complex> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Complex(z) => Some(*z),
                _ => None,
            },
            _ => None,
        }
    }

    /// Any number as a complex: `None` for non-numbers, `OverflowError`
    /// for an int too large for a float.
    pub(crate) fn complex_of(&mut self, v: Value) -> Option<PyResult<Complex>> {
        if let Some(z) = self.as_complex(v) {
            return Some(Ok(z));
        }
        let n = self.as_num(v)?;
        Some(n.to_f64().map(|re| Complex::new(re, 0.0)).map_err(|e| self.num_error(e)))
    }

    /// Turns a complex error into the Python exception.
    #[cfg(feature = "complex")]
    pub(crate) fn complex_error(&mut self, e: ComplexErr) -> PyErr {
        match e {
            ComplexErr::ZeroDivision(m) => {
                let c = self.exc.zero_division_error;
                self.new_exception(c, m)
            }
            ComplexErr::Overflow(m) => self.overflow_error(m),
        }
    }

    /// `a op b` where one operand is complex and the other a number;
    /// `None` otherwise, and for the operators complex lacks (`//`, `%`,
    /// the bitwise ones), which then fail with the generic TypeError.
    pub(crate) fn complex_binop(&mut self, op: BinaryOp, a: Value, b: Value) -> Option<PyResult<Value>> {
        if self.as_complex(a).is_none() && self.as_complex(b).is_none() {
            return None;
        }
        if !matches!(op, BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::TrueDiv | BinaryOp::Pow) {
            return None;
        }
        let x = match self.complex_of(a)? {
            Ok(x) => x,
            Err(e) => return Some(Err(e)),
        };
        let y = match self.complex_of(b)? {
            Ok(y) => y,
            Err(e) => return Some(Err(e)),
        };
        Some(self.complex_arith(op, x, y))
    }

    /// `x op y` on two complex values (`+ - * / **`).
    pub(crate) fn complex_arith(&mut self, op: BinaryOp, x: Complex, y: Complex) -> PyResult<Value> {
        #[cfg(not(feature = "complex"))]
        {
            let _ = (op, x, y);
            Err(self.missing_feature("complex arithmetic", "complex"))
        }
        #[cfg(feature = "complex")]
        let r = match op {
            BinaryOp::Add => Ok(x + y),
            BinaryOp::Sub => Ok(x - y),
            BinaryOp::Mul => Ok(x * y),
            BinaryOp::TrueDiv => x.checked_div(y),
            _ => x.pow(y),
        };
        #[cfg(feature = "complex")]
        match r {
            Ok(z) => Ok(self.new_complex(z)),
            Err(e) => Err(self.complex_error(e)),
        }
    }

    /// `x ** y` on ints/floats whose result is complex in CPython (a
    /// negative base with a fractional exponent): the complex power of the
    /// operands as floats.
    pub(crate) fn real_pow_to_complex(&mut self, x: &Num, y: &Num) -> PyResult<Value> {
        let (x, y) = match (x.to_f64(), y.to_f64()) {
            (Ok(x), Ok(y)) => (x, y),
            (Err(e), _) | (_, Err(e)) => return Err(self.num_error(e)),
        };
        self.complex_arith(BinaryOp::Pow, Complex::new(x, 0.0), Complex::new(y, 0.0))
    }

    /// `z == other` for a complex `z` and any value: `None` when `other`
    /// is not a number (its dunders decide). Ints compare exactly.
    pub(crate) fn complex_eq(&self, z: Complex, other: Value) -> Option<bool> {
        if let Some(w) = self.as_complex(other) {
            return Some(z.re == w.re && z.im == w.im);
        }
        let n = self.as_num(other)?;
        Some(z.im == 0.0 && num::compare(&Num::Float(z.re), &n) == Some(Ordering::Equal))
    }

    /// `a op b` for built-in comparisons involving a complex: `==`/`!=`
    /// with numbers; `None` for everything else (ordering raises the
    /// generic TypeError).
    pub(crate) fn complex_compare(&self, op: CompareOp, a: Value, b: Value) -> Option<bool> {
        if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
            return None;
        }
        let eq = match (self.as_complex(a), self.as_complex(b)) {
            (Some(z), _) => self.complex_eq(z, b)?,
            (None, Some(z)) => self.complex_eq(z, a)?,
            (None, None) => return None,
        };
        Some(eq == (op == CompareOp::Eq))
    }
}
