//! The host API: what an embedding application uses instead of the VM's
//! internals. Input: Rust values, closures and source text from the host;
//! output: typed results, rooted handles, or a [`ScriptError`].
//!
//! - [`Handle`]: a script value the host keeps. It is a GC root until it is
//!   dropped, so collections never free (and reuse) what it points to.
//! - [`FromPy`] / [`IntoPy`]: typed conversions (ints, floats, bool, str,
//!   `Option`, `Vec`, tuples, maps, handles); a value of the wrong type is a
//!   `TypeError` with a CPython-like message.
//! - [`Vm::register_fn`] and [`Vm::add_module`]: Rust closures (capturing
//!   host state) with typed arguments and results, as built-ins or as
//!   modules scripts `import`.
//! - [`Vm::exec`], [`Vm::get_global`], [`Vm::set_global`], [`Vm::call`]:
//!   a persistent `__main__` namespace that successive runs share, and
//!   script functions called by name with typed arguments.
//! - [`compile_to_bytes`], [`Vm::run_bytecode`], [`Vm::exec_bytecode`]:
//!   bytecode files (`bytecode::file`), compiled once and loaded (verified)
//!   by a VM that may be built without the compiler.
//!
//! ```
//! use vm_core::{BufferHost, Vm, VmConfig};
//! let mut vm = Vm::new(VmConfig::default(), Box::new(BufferHost::default()));
//! let mut total = 0i64;
//! vm.register_fn("scale", move |x: i64, k: f64| -> f64 { x as f64 * k });
//! vm.exec("def area(w, h):\n    return scale(w * h, 0.5)\n", "game.py").unwrap();
//! let a: f64 = vm.call("area", (4, 5)).unwrap();
//! assert_eq!(a, 10.0);
//! total += a as i64;
//! vm.set_global("total", total).unwrap();
//! vm.exec("total += 1", "game.py").unwrap();
//! assert_eq!(vm.get_global::<i64>("total").unwrap(), 11);
//! ```

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::String;
use alloc::sync::Arc;
use alloc::vec::Vec;

use crate::runtime::object::{BuiltinDef, Obj, Property, PyErr, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::{ScriptError, Vm};

mod sealed {
    /// Implemented only by this crate's conversion types: a host cannot
    /// implement [`super::FromPy`], [`super::IntoPy`] and the other
    /// conversion traits, so no host code ever receives the `Vm` through
    /// them (part of [`super::SendVm`]'s safety argument).
    pub trait Sealed {}
    /// Sealing for [`super::HostFn`]: implemented for closures only.
    pub trait SealedFn<Args> {}
    /// Sealing for [`super::HostMethod`]: implemented for closures only.
    pub trait SealedMethod<T, Args> {}
}

macro_rules! sealed {
    ($($t:ty),*) => {$(impl sealed::Sealed for $t {})*};
}

sealed!(i8, i16, i32, i64, u8, u16, u32, u64, usize, isize, i128, u128, f64, f32, bool, String, Handle);
impl sealed::Sealed for &str {}
impl sealed::Sealed for &Handle {}
impl<T> sealed::Sealed for Option<T> {}
impl<T> sealed::Sealed for Vec<T> {}
impl<T, E> sealed::Sealed for Result<T, E> {}
impl<K, V> sealed::Sealed for BTreeMap<K, V> {}
impl<K, V, S> sealed::Sealed for hashbrown::HashMap<K, V, S> {}

// ----- handles -----

/// The VM's table of values the host holds through [`Handle`]s.
#[derive(Debug, Default)]
pub struct RootTable {
    slots: spin::Mutex<RootSlots>,
}

#[derive(Debug, Default)]
struct RootSlots {
    values: Vec<Value>,
    free: Vec<u32>,
}

impl RootTable {
    fn insert(&self, v: Value) -> u32 {
        let mut s = self.slots.lock();
        if let Some(i) = s.free.pop() {
            if let Some(slot) = s.values.get_mut(i as usize) {
                *slot = v;
                return i;
            }
        }
        s.values.push(v);
        (s.values.len() - 1) as u32
    }

    fn get(&self, slot: u32) -> Value {
        self.slots.lock().values.get(slot as usize).copied().unwrap_or(Value::None)
    }

    fn release(&self, slot: u32) {
        let mut s = self.slots.lock();
        if let Some(v) = s.values.get_mut(slot as usize) {
            *v = Value::None;
            s.free.push(slot);
        }
    }

    /// Calls `f` on every value held (the collector's roots).
    pub(crate) fn for_each(&self, f: &mut dyn FnMut(Value)) {
        for &v in self.slots.lock().values.iter() {
            f(v);
        }
    }

    /// Handles alive now.
    pub fn len(&self) -> usize {
        let s = self.slots.lock();
        s.values.len() - s.free.len()
    }

    /// True when no handle is alive.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A script value kept by the host: a GC root until dropped (cloning makes
/// another root). Use it with the VM that made it; another VM refuses it
/// (`TypeError`).
#[derive(Debug)]
pub struct Handle {
    table: Arc<RootTable>,
    slot: u32,
}

impl Clone for Handle {
    fn clone(&self) -> Handle {
        let v = self.table.get(self.slot);
        Handle { table: self.table.clone(), slot: self.table.insert(v) }
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        self.table.release(self.slot);
    }
}

impl Handle {
    /// The value, if `vm` is the VM this handle belongs to.
    pub fn value(&self, vm: &Vm) -> Option<Value> {
        Arc::ptr_eq(&self.table, &vm.host_roots).then(|| self.table.get(self.slot))
    }
}

// ----- errors from host code -----

/// The Python exception class of a [`HostError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostErrorKind {
    /// `TypeError`
    TypeError,
    /// `ValueError`
    ValueError,
    /// `RuntimeError`
    RuntimeError,
    /// `KeyError`
    KeyError,
    /// `IndexError`
    IndexError,
}

/// An error a host function returns: raised in the script as the Python
/// exception of its kind (a `&str`/`String` converts to `RuntimeError`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostError {
    /// The exception class.
    pub kind: HostErrorKind,
    /// The message (`str(exception)`).
    pub message: String,
}

impl HostError {
    /// A `TypeError`.
    pub fn type_error(message: impl Into<String>) -> HostError {
        HostError { kind: HostErrorKind::TypeError, message: message.into() }
    }
    /// A `ValueError`.
    pub fn value_error(message: impl Into<String>) -> HostError {
        HostError { kind: HostErrorKind::ValueError, message: message.into() }
    }
    /// A `RuntimeError`.
    pub fn runtime_error(message: impl Into<String>) -> HostError {
        HostError { kind: HostErrorKind::RuntimeError, message: message.into() }
    }
}

impl From<&str> for HostError {
    fn from(message: &str) -> HostError {
        HostError::runtime_error(message)
    }
}

impl From<String> for HostError {
    fn from(message: String) -> HostError {
        HostError::runtime_error(message)
    }
}

impl Vm {
    fn raise_host_error(&mut self, e: HostError) -> PyErr {
        let class = match e.kind {
            HostErrorKind::TypeError => self.exc.type_error,
            HostErrorKind::ValueError => self.exc.value_error,
            HostErrorKind::RuntimeError => self.exc.runtime_error,
            HostErrorKind::KeyError => self.exc.key_error,
            HostErrorKind::IndexError => self.exc.index_error,
        };
        self.new_exception(class, e.message)
    }
}

// ----- conversions -----

/// A Rust value that can be made from a script value. Conversions never
/// collect garbage, but may run Python code (iterating a generator into a
/// `Vec`), so the value being converted is kept rooted by the caller.
pub trait FromPy: Sized + sealed::Sealed {
    /// True for `Option<T>`: a host function parameter the caller may omit.
    #[doc(hidden)]
    const OPTIONAL: bool = false;
    /// Converts `v`, or raises `TypeError` (`OverflowError` for ints out of range).
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<Self>;
}

/// A Rust value that can become a script value.
pub trait IntoPy: sealed::Sealed {
    /// Converts `self` (allocating on the VM's heap as needed).
    fn into_py(self, vm: &mut Vm) -> PyResult<Value>;
}

fn int_from_py(vm: &mut Vm, v: Value) -> PyResult<i128> {
    match v {
        Value::Int(i) => Ok(i as i128),
        Value::Bool(b) => Ok(b as i128),
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_)) => {
            let i = match vm.heap.get(r) {
                Obj::BigInt(b) => num_traits::ToPrimitive::to_i128(b),
                _ => None,
            };
            i.ok_or_else(|| vm.overflow_error("Python int too large to convert to a Rust integer"))
        }
        _ => Err(vm.not_integer_error(v)),
    }
}

macro_rules! int_conversions {
    ($($t:ty),*) => {$(
        impl FromPy for $t {
            fn from_py(vm: &mut Vm, v: Value) -> PyResult<$t> {
                let i = int_from_py(vm, v)?;
                <$t>::try_from(i).map_err(|_| {
                    vm.overflow_error(format!("Python int {i} out of range for {}", stringify!($t)))
                })
            }
        }
        impl IntoPy for $t {
            fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
                match u128::try_from(self) {
                    Ok(u) => vm.new_int_u128(u),
                    Err(_) => vm.new_int_i128(self as i128),
                }
            }
        }
    )*};
}

int_conversions!(i8, i16, i32, i64, u8, u16, u32, u64, usize, isize, i128, u128);

impl FromPy for f64 {
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(f),
            _ if vm.is_int(v) => {
                let i = int_from_py(vm, v)?;
                Ok(i as f64)
            }
            _ => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("must be real number, not {tn}")))
            }
        }
    }
}

impl IntoPy for f64 {
    fn into_py(self, _vm: &mut Vm) -> PyResult<Value> {
        Ok(Value::Float(self))
    }
}

impl FromPy for f32 {
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<f32> {
        f64::from_py(vm, v).map(|f| f as f32)
    }
}

impl IntoPy for f32 {
    fn into_py(self, _vm: &mut Vm) -> PyResult<Value> {
        Ok(Value::Float(self as f64))
    }
}

impl FromPy for bool {
    /// Python truth (`bool(v)`), which may call `__bool__`/`__len__`.
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<bool> {
        vm.truthy(v)
    }
}

impl IntoPy for bool {
    fn into_py(self, _vm: &mut Vm) -> PyResult<Value> {
        Ok(Value::Bool(self))
    }
}

impl FromPy for String {
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<String> {
        match vm.as_str(v) {
            Some(s) => Ok(String::from(s)),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("expected str, got {tn}")))
            }
        }
    }
}

impl IntoPy for String {
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        Ok(vm.new_string(self))
    }
}

impl IntoPy for &str {
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        Ok(vm.new_str(self))
    }
}

impl FromPy for () {
    /// Accepts anything (the result of a function called for its effect).
    fn from_py(_vm: &mut Vm, _v: Value) -> PyResult<()> {
        Ok(())
    }
}

impl IntoPy for () {
    fn into_py(self, _vm: &mut Vm) -> PyResult<Value> {
        Ok(Value::None)
    }
}

impl<T: FromPy> FromPy for Option<T> {
    const OPTIONAL: bool = true;
    /// `None` is `None`; anything else converts as `T`.
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<Option<T>> {
        match v {
            Value::None => Ok(None),
            _ => T::from_py(vm, v).map(Some),
        }
    }
}

impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        match self {
            None => Ok(Value::None),
            Some(x) => x.into_py(vm),
        }
    }
}

impl Vm {
    /// Runs `f` with `values` rooted (kept alive by `temp_roots`).
    fn with_rooted<R>(&mut self, values: &[Value], f: impl FnOnce(&mut Vm) -> R) -> R {
        let n = self.temp_roots.len();
        self.temp_roots.extend_from_slice(values);
        let r = f(self);
        self.temp_roots.truncate(n);
        r
    }
}

impl<T: FromPy> FromPy for Vec<T> {
    /// Any iterable (a list, tuple, set, generator...).
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<Vec<T>> {
        if vm.as_str(v).is_some() {
            return Err(vm.type_error("expected a sequence, got str"));
        }
        let items = vm.collect_iterable(v)?;
        vm.with_rooted(&items, |vm| items.iter().map(|&x| T::from_py(vm, x)).collect())
    }
}

impl<T: IntoPy> IntoPy for Vec<T> {
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        let list = vm.new_list(Vec::new());
        vm.with_rooted(&[list], |vm| {
            for x in self {
                let v = x.into_py(vm)?;
                if let Value::Obj(r) = list {
                    if let Obj::List(items) = vm.heap.get_mut(r) {
                        items.push(v);
                    }
                }
                vm.heap.note_growth(core::mem::size_of::<Value>());
            }
            Ok(list)
        })
    }
}

fn dict_entries(vm: &mut Vm, v: Value) -> PyResult<Vec<(Value, Value)>> {
    if let Value::Obj(r) = v {
        if let Obj::Dict(d) = vm.heap.get(r) {
            return Ok(d.iter().map(|e| (e.key, e.value)).collect());
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("expected dict, got {tn}")))
}

fn map_into_py<K: IntoPy, V: IntoPy>(vm: &mut Vm, entries: impl IntoIterator<Item = (K, V)>) -> PyResult<Value> {
    let d = vm.new_dict_obj();
    vm.with_rooted(&[Value::Obj(d)], |vm| {
        for (k, v) in entries {
            let k = k.into_py(vm)?;
            vm.with_rooted(&[k], |vm| {
                let v = v.into_py(vm)?;
                vm.dict_set(d, k, v)
            })?;
        }
        Ok(Value::Obj(d))
    })
}

impl<K: FromPy + Ord, V: FromPy> FromPy for BTreeMap<K, V> {
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<BTreeMap<K, V>> {
        let entries = dict_entries(vm, v)?;
        let flat: Vec<Value> = entries.iter().flat_map(|&(k, v)| [k, v]).collect();
        vm.with_rooted(&flat, |vm| entries.iter().map(|&(k, v)| Ok((K::from_py(vm, k)?, V::from_py(vm, v)?))).collect())
    }
}

impl<K: IntoPy, V: IntoPy> IntoPy for BTreeMap<K, V> {
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        map_into_py(vm, self)
    }
}

impl<K: FromPy + Eq + core::hash::Hash, V: FromPy> FromPy for hashbrown::HashMap<K, V> {
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<hashbrown::HashMap<K, V>> {
        let entries = dict_entries(vm, v)?;
        let flat: Vec<Value> = entries.iter().flat_map(|&(k, v)| [k, v]).collect();
        vm.with_rooted(&flat, |vm| entries.iter().map(|&(k, v)| Ok((K::from_py(vm, k)?, V::from_py(vm, v)?))).collect())
    }
}

impl<K: IntoPy, V: IntoPy> IntoPy for hashbrown::HashMap<K, V> {
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        map_into_py(vm, self)
    }
}

impl FromPy for Handle {
    /// Any value, rooted for the host.
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<Handle> {
        Ok(vm.root(v))
    }
}

impl IntoPy for &Handle {
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        match self.value(vm) {
            Some(v) => Ok(v),
            None => Err(vm.type_error("a handle from another VM")),
        }
    }
}

impl IntoPy for Handle {
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        (&self).into_py(vm)
    }
}

/// Arguments of a call from the host: `()`, or a tuple of [`IntoPy`] values.
pub trait IntoPyArgs: sealed::Sealed {
    /// Converts every argument.
    fn into_args(self, vm: &mut Vm) -> PyResult<Vec<Value>>;
}

/// The result of a host function: a value ([`IntoPy`]) or a
/// `Result<T, HostError>` whose error is raised in the script.
pub trait IntoPyResult: sealed::Sealed {
    /// Converts the result (raising the error).
    fn into_py_result(self, vm: &mut Vm) -> PyResult<Value>;
}

impl<T: IntoPy> IntoPyResult for T {
    fn into_py_result(self, vm: &mut Vm) -> PyResult<Value> {
        self.into_py(vm)
    }
}

impl<T: IntoPy, E: Into<HostError>> IntoPyResult for Result<T, E> {
    fn into_py_result(self, vm: &mut Vm) -> PyResult<Value> {
        match self {
            Ok(v) => v.into_py(vm),
            Err(e) => Err(vm.raise_host_error(e.into())),
        }
    }
}

/// A Rust closure a script can call: `FnMut(A, B, ...) -> R` with up to
/// six [`HostParam`] arguments (any [`FromPy`] type; an `Option<T>` the
/// caller may omit; [`Kwargs`] last) and an [`IntoPyResult`] result.
/// `Args` is the argument tuple type (inferred). Implemented for closures
/// only (sealed).
pub trait HostFn<Args>: Send + 'static + sealed::SealedFn<Args> {
    /// The kinds of the closure's parameters, in order.
    #[doc(hidden)]
    fn param_kinds() -> Vec<ParamKind>;
    /// Converts the bound arguments (`Null`: omitted) and the extra
    /// keywords, calls, converts the result.
    #[doc(hidden)]
    fn call(&mut self, vm: &mut Vm, args: &[Value], extra: &[(ObjRef, Value)]) -> PyResult<Value>;
}

/// A method of a host class ([`ClassBuilder::method`]): a closure taking
/// the object's Rust value as `&T` or `&mut T`, then up to six
/// [`HostParam`]s, returning an [`IntoPyResult`]. `Args` is inferred
/// (annotate the closure's parameters). Sealed.
pub trait HostMethod<T, Args>: Send + 'static + sealed::SealedMethod<T, Args> {
    /// The kinds of the parameters after the receiver.
    #[doc(hidden)]
    fn param_kinds() -> Vec<ParamKind>;
    /// Converts the arguments, borrows `this`'s value, calls.
    #[doc(hidden)]
    fn call(&mut self, vm: &mut Vm, this: Value, args: &[Value], extra: &[(ObjRef, Value)]) -> PyResult<Value>;
}

/// Marks a [`HostMethod`] taking `&T`.
#[doc(hidden)]
#[derive(Debug)]
pub struct ByRef;

/// Marks a [`HostMethod`] taking `&mut T`.
#[doc(hidden)]
#[derive(Debug)]
pub struct ByMut;

/// The bound argument `i` (`Null` when the caller omitted it).
fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::Null)
}

macro_rules! tuple_impls {
    ($n:literal; $($a:ident $i:tt),*) => {
        impl<$($a,)*> sealed::Sealed for ($($a,)*) {}

        impl<$($a: IntoPy,)*> IntoPyArgs for ($($a,)*) {
            #[allow(unused_variables, unused_mut, clippy::unused_unit)]
            fn into_args(self, vm: &mut Vm) -> PyResult<Vec<Value>> {
                let mut out = Vec::new();
                $(
                    let v = self.$i.into_py(vm)?;
                    out.push(v);
                    // Earlier arguments stay alive while later ones convert.
                    vm.temp_roots.push(v);
                )*
                let n = vm.temp_roots.len() - out.len();
                vm.temp_roots.truncate(n);
                Ok(out)
            }
        }

        impl<Func, Res, $($a: HostParam,)*> sealed::SealedFn<($($a,)*)> for Func
        where
            Func: FnMut($($a),*) -> Res + Send + 'static,
            Res: IntoPyResult,
        {
        }

        impl<Func, Res, $($a: HostParam,)*> HostFn<($($a,)*)> for Func
        where
            Func: FnMut($($a),*) -> Res + Send + 'static,
            Res: IntoPyResult,
        {
            fn param_kinds() -> Vec<ParamKind> {
                alloc::vec![$($a::KIND),*]
            }
            #[allow(unused_variables)]
            fn call(&mut self, vm: &mut Vm, args: &[Value], extra: &[(ObjRef, Value)]) -> PyResult<Value> {
                let r = (self)($($a::from_param(vm, arg(args, $i), extra)?),*);
                r.into_py_result(vm)
            }
        }

        impl<T, Func, Res, $($a: HostParam,)*> sealed::SealedMethod<T, (ByRef, ($($a,)*))> for Func
        where
            T: Send + 'static,
            Func: FnMut(&T, $($a),*) -> Res + Send + 'static,
            Res: IntoPyResult,
        {
        }

        impl<T, Func, Res, $($a: HostParam,)*> HostMethod<T, (ByRef, ($($a,)*))> for Func
        where
            T: Send + 'static,
            Func: FnMut(&T, $($a),*) -> Res + Send + 'static,
            Res: IntoPyResult,
        {
            fn param_kinds() -> Vec<ParamKind> {
                alloc::vec![$($a::KIND),*]
            }
            #[allow(unused_variables, clippy::unused_unit)]
            fn call(&mut self, vm: &mut Vm, this: Value, args: &[Value], extra: &[(ObjRef, Value)]) -> PyResult<Value> {
                let converted = ($($a::from_param(vm, arg(args, $i), extra)?,)*);
                let r = match userdata_mut::<T>(vm, this) {
                    Some(t) => (self)(&*t, $(converted.$i),*),
                    None => return Err(vm.system_error("host method called on another type")),
                };
                r.into_py_result(vm)
            }
        }

        impl<T, Func, Res, $($a: HostParam,)*> sealed::SealedMethod<T, (ByMut, ($($a,)*))> for Func
        where
            T: Send + 'static,
            Func: FnMut(&mut T, $($a),*) -> Res + Send + 'static,
            Res: IntoPyResult,
        {
        }

        impl<T, Func, Res, $($a: HostParam,)*> HostMethod<T, (ByMut, ($($a,)*))> for Func
        where
            T: Send + 'static,
            Func: FnMut(&mut T, $($a),*) -> Res + Send + 'static,
            Res: IntoPyResult,
        {
            fn param_kinds() -> Vec<ParamKind> {
                alloc::vec![$($a::KIND),*]
            }
            #[allow(unused_variables, clippy::unused_unit)]
            fn call(&mut self, vm: &mut Vm, this: Value, args: &[Value], extra: &[(ObjRef, Value)]) -> PyResult<Value> {
                let converted = ($($a::from_param(vm, arg(args, $i), extra)?,)*);
                let r = match userdata_mut::<T>(vm, this) {
                    Some(t) => (self)(t, $(converted.$i),*),
                    None => return Err(vm.system_error("host method called on another type")),
                };
                r.into_py_result(vm)
            }
        }
    };
}

tuple_impls!(0;);
tuple_impls!(1; A 0);
tuple_impls!(2; A 0, B 1);
tuple_impls!(3; A 0, B 1, C 2);
tuple_impls!(4; A 0, B 1, C 2, D 3);
tuple_impls!(5; A 0, B 1, C 2, D 3, E 4);
tuple_impls!(6; A 0, B 1, C 2, D 3, E 4, G 5);

impl<A: FromPy, B: FromPy> FromPy for (A, B) {
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<(A, B)> {
        let items = tuple_items::<2>(vm, v)?;
        let [a, b] = items;
        vm.with_rooted(&items, |vm| Ok((A::from_py(vm, a)?, B::from_py(vm, b)?)))
    }
}

impl<A: FromPy, B: FromPy, C: FromPy> FromPy for (A, B, C) {
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<(A, B, C)> {
        let items = tuple_items::<3>(vm, v)?;
        let [a, b, c] = items;
        vm.with_rooted(&items, |vm| Ok((A::from_py(vm, a)?, B::from_py(vm, b)?, C::from_py(vm, c)?)))
    }
}

impl<A: IntoPy, B: IntoPy> IntoPy for (A, B) {
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        let items = self.into_args(vm)?;
        Ok(vm.new_tuple(items))
    }
}

impl<A: IntoPy, B: IntoPy, C: IntoPy> IntoPy for (A, B, C) {
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        let items = self.into_args(vm)?;
        Ok(vm.new_tuple(items))
    }
}

fn tuple_items<const N: usize>(vm: &mut Vm, v: Value) -> PyResult<[Value; N]> {
    let n = N;
    if let Value::Obj(r) = v {
        if let Obj::Tuple(items) | Obj::List(items) = vm.heap.get(r) {
            if let Ok(items) = <[Value; N]>::try_from(&items[..]) {
                return Ok(items);
            }
            let len = items.len();
            return Err(vm.type_error(format!("expected a sequence of {n} items, got {len}")));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("expected a tuple of {n} items, got {tn}")))
}

// ----- host functions -----

/// How a host function's parameter binds (from [`HostParam::KIND`]).
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    /// A value the caller must pass.
    Required,
    /// An `Option<T>` the caller may omit (it is then `None`).
    Optional,
    /// [`Kwargs`]: the keyword arguments no named parameter took.
    Kwargs,
}

/// One parameter of a host function: any [`FromPy`] type (an `Option<T>`
/// may be omitted by the caller and is then `None`), or, as the last
/// parameter, [`Kwargs`]. Sealed.
pub trait HostParam: Sized + sealed::Sealed {
    /// How the parameter binds.
    #[doc(hidden)]
    const KIND: ParamKind;
    /// Converts the argument bound to this parameter (`Null`: omitted), or
    /// for [`Kwargs`] the keyword arguments no parameter took.
    #[doc(hidden)]
    fn from_param(vm: &mut Vm, v: Value, extra: &[(ObjRef, Value)]) -> PyResult<Self>;
}

impl<T: FromPy> HostParam for T {
    const KIND: ParamKind = if T::OPTIONAL { ParamKind::Optional } else { ParamKind::Required };
    fn from_param(vm: &mut Vm, v: Value, _extra: &[(ObjRef, Value)]) -> PyResult<T> {
        T::from_py(vm, if v.is_null() { Value::None } else { v })
    }
}

/// The keyword arguments a host function takes beyond its named
/// parameters (Python's `**kwargs`), each converted to `T`
/// (`Kwargs<Handle>` accepts anything). Only as the closure's last
/// parameter: `|x: f64, opts: Kwargs<f64>| ...`. Without it, an unknown
/// keyword is a `TypeError` ("got an unexpected keyword argument").
#[derive(Clone, Debug, PartialEq)]
pub struct Kwargs<T>(pub Vec<(String, T)>);

impl<T> Default for Kwargs<T> {
    fn default() -> Kwargs<T> {
        Kwargs(Vec::new())
    }
}

impl<T> Kwargs<T> {
    /// The value passed as `name`, if any.
    pub fn get(&self, name: &str) -> Option<&T> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// How many keyword arguments were passed.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when none was passed.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The names and values, in the order of the call.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &T)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
}

impl<T> sealed::Sealed for Kwargs<T> {}

impl<T: FromPy> HostParam for Kwargs<T> {
    const KIND: ParamKind = ParamKind::Kwargs;
    fn from_param(vm: &mut Vm, _v: Value, extra: &[(ObjRef, Value)]) -> PyResult<Kwargs<T>> {
        let mut out = Vec::with_capacity(extra.len());
        for &(k, v) in extra {
            let name = vm.str_text(k);
            out.push((name, T::from_py(vm, v)?));
        }
        Ok(Kwargs(out))
    }
}

/// A registered host function: its name, its parameters and the
/// type-erased closure (`None` while it runs).
pub(crate) struct HostFnEntry {
    /// The name errors show: `clamp`, `Vec2.length`.
    name: String,
    /// The positional-or-keyword parameters ([`Kwargs`] excluded).
    kinds: Vec<ParamKind>,
    /// Their names, once the host gave them ([`HostFnRef::params`]).
    names: Option<Vec<String>>,
    /// The last parameter is [`Kwargs`].
    kwargs: bool,
    /// Arguments passed through unbound before the parameters: 1 for a
    /// method's `self` and a constructor's class, else 0.
    leading: usize,
    /// Takes any arguments, unbound: raw functions ([`Vm::register_raw_fn`],
    /// which refuse keywords) and a host class's `__new__` without a
    /// constructor (which refuses everything).
    raw: bool,
    func: Option<Box<ErasedFn>>,
}

type ErasedFn = dyn FnMut(&mut Vm, &[Value], &[(ObjRef, Value)]) -> PyResult<Value> + Send;

/// Arguments bound to a host function's parameters, and the keywords left
/// for its [`Kwargs`].
type Bound = (Vec<Value>, Vec<(ObjRef, Value)>);

impl core::fmt::Debug for HostFnEntry {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("HostFnEntry").field("name", &self.name).field("kinds", &self.kinds).finish_non_exhaustive()
    }
}

impl HostFnEntry {
    fn new(name: String, kinds: Vec<ParamKind>, leading: usize, func: Box<ErasedFn>) -> HostFnEntry {
        let kwargs = kinds.last() == Some(&ParamKind::Kwargs);
        let mut kinds = kinds;
        if kwargs {
            kinds.pop();
        }
        assert!(!kinds.contains(&ParamKind::Kwargs), "{name}: Kwargs must be the last parameter");
        HostFnEntry { name, kinds, names: None, kwargs, leading, raw: false, func: Some(func) }
    }

    /// "takes 2 positional arguments but 3 were given" (CPython's words).
    fn takes(&self, given: usize) -> String {
        let max = self.kinds.len();
        let min = self.kinds.iter().filter(|&&k| k == ParamKind::Required).count();
        let was = if given == 1 { "was" } else { "were" };
        let name = &self.name;
        if min == max {
            let s = if max == 1 { "" } else { "s" };
            format!("{name}() takes {max} positional argument{s} but {given} {was} given")
        } else {
            format!("{name}() takes from {min} to {max} positional arguments but {given} {was} given")
        }
    }

    /// Binds positional and keyword arguments to the parameters as CPython
    /// does for a function `def name(p1, p2=None, ..., **kwargs)`: the bound
    /// values (`Null` for an omitted optional one) and the keywords no
    /// parameter took, or the `TypeError` message.
    fn bind(&self, vm: &Vm, pos: &[Value], kw: &[(ObjRef, Value)]) -> Result<Bound, String> {
        let n = self.kinds.len();
        let name = &self.name;
        if pos.len() > n {
            return Err(self.takes(pos.len()));
        }
        let mut slots = pos.to_vec();
        slots.resize(n, Value::Null);
        let mut extra = Vec::new();
        for &(k, v) in kw {
            let key = vm.str_text(k);
            let at = self.names.as_ref().and_then(|p| p.iter().position(|p| *p == key));
            // `names` has one entry per slot (`set_param_names`).
            match at.and_then(|i| slots.get_mut(i)) {
                Some(slot) if !slot.is_null() => {
                    return Err(format!("{name}() got multiple values for argument '{key}'"));
                }
                Some(slot) => *slot = v,
                None if self.kwargs => extra.push((k, v)),
                None if self.names.is_none() => return Err(format!("{name}() takes no keyword arguments")),
                None => return Err(format!("{name}() got an unexpected keyword argument '{key}'")),
            }
        }
        let missing: Vec<usize> = (slots.iter().zip(&self.kinds).enumerate())
            .filter(|&(_, (s, &k))| s.is_null() && k == ParamKind::Required)
            .map(|(i, _)| i)
            .collect();
        if !missing.is_empty() {
            let Some(names) = &self.names else { return Err(self.takes(pos.len())) };
            let quoted: Vec<String> = missing.iter().filter_map(|&i| names.get(i)).map(|n| format!("'{n}'")).collect();
            let list = match quoted.as_slice() {
                [] => String::new(),
                [one] => one.clone(),
                [a, b] => format!("{a} and {b}"),
                [init @ .., last] => format!("{}, and {last}", init.join(", ")),
            };
            let s = if missing.len() == 1 { "" } else { "s" };
            return Err(format!("{name}() missing {} required positional argument{s}: {list}", missing.len()));
        }
        Ok((slots, extra))
    }
}

/// The one built-in behind every typed host function; its receiver is the
/// function's index in `Vm::host_fns`.
pub(crate) static HOST_FN: BuiltinDef = BuiltinDef { name: "<host function>", func: call_host_fn };

/// The built-in behind host class methods (`ClassBuilder::method`): as
/// [`HOST_FN`], but it binds to an object read through a class
/// (`Vm::bind_descr`), so the first argument is `self`.
pub(crate) static HOST_METHOD: BuiltinDef = BuiltinDef { name: "<host method>", func: call_host_fn };

fn call_host_fn(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let Some((&Value::Int(index), args)) = args.split_first() else {
        return Err(vm.system_error("bad host function call"));
    };
    let index = index as usize;
    let Some(entry) = vm.host_fns.get(index) else {
        return Err(vm.system_error("bad host function index"));
    };
    if entry.raw || (kw.is_empty() && args.len() == entry.leading + entry.kinds.len()) {
        // Every parameter passed by position (the common case), or a
        // function that takes anything: no binding.
        let mut f = take_host_fn(vm, index)?;
        let r = vm.with_rooted(args, |vm| f(vm, args, kw));
        put_host_fn(vm, index, f);
        return r;
    }
    let leading = entry.leading.min(args.len());
    if entry.leading > args.len() {
        let m = format!("unbound method {}() needs an argument", entry.name);
        return Err(vm.type_error(m));
    }
    let (lead, rest) = args.split_at(leading);
    let (bound, extra) = match entry.bind(vm, rest, kw) {
        Ok(b) => b,
        Err(m) => return Err(vm.type_error(m)),
    };
    let mut f = take_host_fn(vm, index)?;
    let mut all = Vec::with_capacity(lead.len() + bound.len() + 2 * extra.len());
    all.extend_from_slice(lead);
    all.extend_from_slice(&bound);
    let n = all.len();
    // Rooted while they convert (a conversion may run Python code).
    all.extend(extra.iter().flat_map(|&(k, v)| [Value::Obj(k), v]));
    let r = vm.with_rooted(&all, |vm| f(vm, all.get(..n).unwrap_or_default(), &extra));
    put_host_fn(vm, index, f);
    r
}

/// Takes host function `index`'s closure out for a call (`None` while it
/// runs: a recursive call is a `RuntimeError`).
fn take_host_fn(vm: &mut Vm, index: usize) -> PyResult<Box<ErasedFn>> {
    let Some(entry) = vm.host_fns.get_mut(index) else {
        return Err(vm.system_error("bad host function index"));
    };
    match entry.func.take() {
        Some(f) => Ok(f),
        None => {
            let m = format!("host function {}() is already running", entry.name);
            Err(vm.new_exception(vm.exc.runtime_error, m))
        }
    }
}

/// Puts a closure [`take_host_fn`] took back.
fn put_host_fn(vm: &mut Vm, index: usize, f: Box<ErasedFn>) {
    if let Some(entry) = vm.host_fns.get_mut(index) {
        entry.func = Some(f);
    }
}

/// What [`Vm::register_fn`] returns: names the function's parameters, so
/// scripts can pass them by keyword.
pub struct HostFnRef<'a> {
    vm: &'a mut Vm,
    index: usize,
}

impl core::fmt::Debug for HostFnRef<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("HostFnRef").field("index", &self.index).finish_non_exhaustive()
    }
}

impl HostFnRef<'_> {
    /// Names the parameters (in order, [`Kwargs`] not counted): then
    /// scripts may pass them by keyword, and a missing one is reported by
    /// name as CPython does (`spawn() missing 1 required positional
    /// argument: 'x'`). Without names, arguments are positional only.
    ///
    /// # Panics
    /// If the number of names is not the number of parameters.
    pub fn params(self, names: &[&str]) -> Self {
        self.vm.set_param_names(self.index, names);
        self
    }
}

impl Vm {
    /// The name of a host function object (`None` for other built-ins).
    pub(crate) fn host_fn_name(&self, def: &BuiltinDef, receiver: Value) -> Option<&str> {
        let host = [&HOST_FN, &HOST_FN_RAW, &HOST_METHOD];
        if !host.iter().any(|&h| core::ptr::eq(def, h)) {
            return None;
        }
        match receiver {
            Value::Int(i) => self.host_fns.get(i as usize).map(|e| {
                crate::runtime::str_search::rsplit_once_ascii(&e.name, b'.').map_or(&*e.name, |(_, last)| last)
            }),
            _ => None,
        }
    }

    fn set_param_names(&mut self, index: usize, names: &[&str]) {
        // `index` is a registered function's (a `HostFnRef` or a
        // `ModuleBuilder`'s last one).
        let Some(e) = self.host_fns.get_mut(index) else { return };
        assert_eq!(
            names.len(),
            e.kinds.len(),
            "{}: {} parameter names for {} parameters",
            e.name,
            names.len(),
            e.kinds.len()
        );
        e.names = Some(names.iter().map(|&n| String::from(n)).collect());
    }

    /// Adds an entry to `host_fns` and makes its function object.
    fn push_host_fn(&mut self, def: &'static BuiltinDef, entry: HostFnEntry) -> (usize, Value) {
        let index = self.host_fns.len();
        self.host_fns.push(entry);
        (index, Value::Obj(self.heap.alloc(Obj::Builtin { def, receiver: Value::Int(index as i64) })))
    }

    /// Makes a function object for `f` (not yet bound to a name).
    fn host_fn_object<Args, F: HostFn<Args>>(&mut self, name: &str, mut f: F) -> (usize, Value) {
        let func: Box<ErasedFn> =
            Box::new(move |vm: &mut Vm, args: &[Value], extra: &[(ObjRef, Value)]| f.call(vm, args, extra));
        self.push_host_fn(&HOST_FN, HostFnEntry::new(String::from(name), F::param_kinds(), 0, func))
    }

    /// Makes `f` a built-in every script sees as `name`: a Rust closure
    /// (it may capture host state) with typed arguments and result, e.g.
    /// `vm.register_fn("clamp", |x: f64, lo: f64, hi: f64| x.clamp(lo, hi))`.
    /// Arguments convert with [`FromPy`] (a mismatch raises `TypeError` in
    /// the script), the result with [`IntoPyResult`] (an `Err` is raised).
    /// Arguments are positional unless the returned [`HostFnRef`] names
    /// them (`.params(&["x", "lo", "hi"])`); an `Option<T>` parameter may
    /// be omitted; a last [`Kwargs`] parameter takes any other keywords.
    /// While it runs, the same function cannot be re-entered (a script it
    /// calls back into gets `RuntimeError` if it calls it again).
    pub fn register_fn<Args>(&mut self, name: &str, f: impl HostFn<Args>) -> HostFnRef<'_> {
        let (index, func) = self.host_fn_object(name, f);
        let key = self.intern(name);
        let _ = self.dict_set_str(self.builtins, key, func);
        HostFnRef { vm: self, index }
    }

    /// Like [`Vm::register_fn`], with the VM and the raw argument values:
    /// for functions that call back into the script or take any number of
    /// arguments. `Value`s must not be kept past the call (root them with
    /// [`Vm::root`]).
    pub fn register_raw_fn(
        &mut self,
        name: &str,
        f: impl FnMut(&mut Vm, &[Value]) -> PyResult<Value> + Send + 'static,
    ) {
        let mut f = f;
        let func: Box<ErasedFn> = Box::new(move |vm: &mut Vm, args: &[Value], _: &[(ObjRef, Value)]| f(vm, args));
        let mut entry = HostFnEntry::new(String::from(name), Vec::new(), 0, func);
        entry.raw = true;
        let (_, func) = self.push_host_fn(&HOST_FN_RAW, entry);
        let key = self.intern(name);
        let _ = self.dict_set_str(self.builtins, key, func);
    }

    /// Adds a module scripts can `import name`, filled by the returned
    /// builder (functions, classes and values). Replaces an earlier module
    /// of that name.
    pub fn add_module(&mut self, name: &str) -> ModuleBuilder<'_> {
        let key = self.intern(name);
        let dict = self.new_dict_obj();
        let _ = self.dict_set_str(dict, self.names.name, Value::Obj(key));
        let module = Value::Obj(self.heap.alloc(Obj::Module { name: key, dict }));
        let _ = self.dict_set_str(self.modules, key, module);
        ModuleBuilder { vm: self, dict, module: String::from(name), last: None }
    }

    /// Roots `v` for the host: the handle keeps it alive until dropped.
    pub fn root(&mut self, v: Value) -> Handle {
        Handle { table: self.host_roots.clone(), slot: self.host_roots.insert(v) }
    }

    /// Handles the host holds now.
    pub fn live_handles(&self) -> usize {
        self.host_roots.len()
    }
}

fn call_host_fn_raw(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let Some((&Value::Int(index), args)) = args.split_first() else {
        return Err(vm.system_error("bad host function call"));
    };
    let index = index as usize;
    let Some(entry) = vm.host_fns.get_mut(index) else {
        return Err(vm.system_error("bad host function index"));
    };
    let name = entry.name.clone();
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let mut f = take_host_fn(vm, index)?;
    let args = args.to_vec();
    let r = vm.with_rooted(&args, |vm| f(vm, &args, &[]));
    put_host_fn(vm, index, f);
    r
}

/// The built-in behind functions registered with [`Vm::register_raw_fn`].
pub(crate) static HOST_FN_RAW: BuiltinDef = BuiltinDef { name: "<host function>", func: call_host_fn_raw };

/// Fills a host module (see [`Vm::add_module`]).
pub struct ModuleBuilder<'a> {
    vm: &'a mut Vm,
    dict: ObjRef,
    module: String,
    /// The host function added last (what [`ModuleBuilder::params`] names).
    last: Option<usize>,
}

impl core::fmt::Debug for ModuleBuilder<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ModuleBuilder").field("module", &self.module).finish_non_exhaustive()
    }
}

impl ModuleBuilder<'_> {
    /// Adds a typed host function (see [`Vm::register_fn`]).
    pub fn function<Args>(mut self, name: &str, f: impl HostFn<Args>) -> Self {
        let (index, func) = self.vm.host_fn_object(name, f);
        let key = self.vm.intern(name);
        let _ = self.vm.dict_set_str(self.dict, key, func);
        self.last = Some(index);
        self
    }

    /// Names the parameters of the function added last (see
    /// [`HostFnRef::params`]).
    ///
    /// # Panics
    /// If no function was added yet, or the number of names is not the
    /// number of parameters.
    pub fn params(self, names: &[&str]) -> Self {
        assert!(self.last.is_some(), "ModuleBuilder::params before any function");
        if let Some(index) = self.last {
            self.vm.set_param_names(index, names);
        }
        self
    }

    /// Adds a host class `name` for the Rust type `T`, defined by `build`
    /// (see [`Vm::register_class`]), as `module.name`.
    pub fn class<T: Send + 'static>(
        self,
        name: &str,
        build: impl for<'b> FnOnce(ClassBuilder<'b, T>) -> ClassBuilder<'b, T>,
    ) -> Self {
        let class = self.vm.new_host_class::<T>(name, &self.module);
        let key = self.vm.intern(name);
        let _ = self.vm.dict_set_str(self.dict, key, Value::Obj(class));
        build(ClassBuilder { vm: &mut *self.vm, class, last: None, marker: core::marker::PhantomData });
        self
    }

    /// Adds a value (a constant, a dict of settings...).
    pub fn value(self, name: &str, v: impl IntoPy) -> Result<Self, ScriptError> {
        let key = self.vm.intern(name);
        let r = v.into_py(self.vm).and_then(|v| self.vm.dict_set_str(self.dict, key, v));
        match r {
            Ok(()) => Ok(self),
            Err(e) => Err(self.vm.script_error(e, None)),
        }
    }
}

// ----- host classes -----

/// The Rust value of a host class's object, if `v` is one holding a `T`.
fn userdata_mut<T: 'static>(vm: &mut Vm, v: Value) -> Option<&mut T> {
    match v {
        Value::Obj(r) => match vm.heap.get_mut(r) {
            Obj::UserData { value, .. } => value.downcast_mut::<T>(),
            _ => None,
        },
        _ => None,
    }
}

/// A Rust value as a script object of its host class (see
/// [`Vm::register_class`]): return `UserData(v)` from a host function or
/// method to give the script a new object; take `UserData<T>` as an
/// argument to receive a copy of one (`T: Clone`). The object owns its
/// value; the value is dropped when the object is collected.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UserData<T>(pub T);

impl<T> sealed::Sealed for UserData<T> {}

impl<T: Send + 'static> IntoPy for UserData<T> {
    /// `TypeError` if no class was registered for `T`.
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        let id = core::any::TypeId::of::<T>();
        let Some(&(_, class)) = vm.user_classes.iter().find(|(t, _)| *t == id) else {
            let tn = core::any::type_name::<T>();
            return Err(vm.type_error(format!("no host class is registered for the Rust type {tn}")));
        };
        vm.heap.note_growth(core::mem::size_of::<T>());
        Ok(Value::Obj(vm.heap.alloc(Obj::UserData { class, value: Box::new(self.0) })))
    }
}

impl<T: Clone + Send + 'static> FromPy for UserData<T> {
    /// A copy of the object's value; `TypeError` for anything else.
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<UserData<T>> {
        if let Some(t) = userdata_mut::<T>(vm, v) {
            return Ok(UserData(t.clone()));
        }
        let want = vm.host_class_name::<T>();
        let tn = vm.type_name(v);
        Err(vm.type_error(format!("expected {want}, got {tn}")))
    }
}

impl Vm {
    /// The class name registered for `T` (the Rust type name if none).
    fn host_class_name<T: 'static>(&self) -> String {
        let id = core::any::TypeId::of::<T>();
        match self.user_classes.iter().find(|(t, _)| *t == id) {
            Some(&(_, c)) => String::from(self.class_name(c)),
            None => String::from(core::any::type_name::<T>()),
        }
    }

    /// Makes (or remakes) the class for `T`: a subclass of `object` whose
    /// objects are `Obj::UserData`, not constructible until the host gives
    /// a constructor.
    fn new_host_class<T: Send + 'static>(&mut self, name: &str, module: &str) -> ObjRef {
        let ns = self.new_dict_obj();
        let module_key = self.intern(module);
        let _ = self.dict_set_str(ns, self.names.module, Value::Obj(module_key));
        let name_v = self.new_str(name);
        let object = Value::Obj(self.types.object);
        let bases = self.new_tuple(alloc::vec![object]);
        let class = match self.with_rooted(&[name_v, bases, Value::Obj(ns)], |vm| vm.make_class(name_v, bases, ns)) {
            Ok(Value::Obj(c)) => c,
            _ => unreachable!("a host class from a fresh namespace"),
        };
        let id = core::any::TypeId::of::<T>();
        self.user_classes.retain(|(t, _)| *t != id);
        self.user_classes.push((id, class));
        // Until a constructor is given: `Vec2()` is an error, as for a
        // built-in type that cannot be instantiated.
        let label = String::from(name);
        let no_ctor: Box<ErasedFn> = Box::new(move |vm: &mut Vm, _: &[Value], _: &[(ObjRef, Value)]| {
            Err(vm.type_error(format!("cannot create '{label}' instances")))
        });
        let mut entry = HostFnEntry::new(format!("{name}.__new__"), Vec::new(), 1, no_ctor);
        entry.raw = true;
        self.set_host_new(class, entry);
        class
    }

    /// Sets a host class's attribute (also in the `builtins` module,
    /// where scripts cannot).
    fn set_class_attr(&mut self, class: ObjRef, key: ObjRef, value: Value) {
        if let Obj::Class(c) = self.heap.get(class) {
            let dict = c.dict;
            let _ = self.dict_set_str(dict, key, value);
            self.class_attr_changed(class, key, value);
        }
    }

    /// Installs `entry` as the class's `__new__` (a static method taking
    /// the class first).
    fn set_host_new(&mut self, class: ObjRef, mut entry: HostFnEntry) {
        entry.leading = 1;
        let (_, f) = self.push_host_fn(&HOST_FN, entry);
        let sm = Value::Obj(self.heap.alloc(Obj::StaticMethod(f)));
        self.set_class_attr(class, self.names.new, sm);
    }

    /// Registers the Rust type `T` as a class scripts see as the built-in
    /// `name`: objects of it own a `T` (dropped when the object is
    /// collected), and the returned builder adds a constructor, methods
    /// and properties, e.g.
    /// `vm.register_class::<Vec2>("Vec2").constructor(|x: f64, y: f64| UserData(Vec2 { x, y })).method("length", |v: &Vec2| v.len())`.
    /// Host functions give objects to scripts by returning [`UserData`].
    /// A missing attribute is an `AttributeError`, a method called on
    /// another type a `TypeError`, as in CPython. Registering `T` again
    /// makes a new class (objects made before keep the old one).
    pub fn register_class<T: Send + 'static>(&mut self, name: &str) -> ClassBuilder<'_, T> {
        let class = self.new_host_class::<T>(name, "builtins");
        let key = self.intern(name);
        let _ = self.dict_set_str(self.builtins, key, Value::Obj(class));
        ClassBuilder { vm: self, class, last: None, marker: core::marker::PhantomData }
    }
}

/// Defines a host class (see [`Vm::register_class`] and
/// [`ModuleBuilder::class`]).
pub struct ClassBuilder<'a, T> {
    vm: &'a mut Vm,
    class: ObjRef,
    /// The host function added last (what [`ClassBuilder::params`] names).
    last: Option<usize>,
    marker: core::marker::PhantomData<fn(T)>,
}

impl<T> core::fmt::Debug for ClassBuilder<'_, T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ClassBuilder").field("class", &self.class).finish_non_exhaustive()
    }
}

impl<T: Send + 'static> ClassBuilder<'_, T> {
    fn qualified(&self, name: &str) -> String {
        format!("{}.{name}", self.vm.class_name(self.class))
    }

    /// Makes the class callable: `Vec2(1.0, 2.0)` calls `f` (a
    /// [`HostFn`] returning `UserData<T>`, or a `Result` of it) and gives
    /// its object. A script subclass of the class gets objects of the
    /// subclass.
    pub fn constructor<Args, F: HostFn<Args>>(mut self, f: F) -> Self {
        let mut f = f;
        let class = self.class;
        let func: Box<ErasedFn> = Box::new(move |vm: &mut Vm, args: &[Value], extra: &[(ObjRef, Value)]| {
            let Some((&cls, args)) = args.split_first() else {
                return Err(vm.type_error("a host class constructor needs its class"));
            };
            let obj = f.call(vm, args, extra)?;
            // `Sub(...)` for a script subclass `Sub`: the object is a `Sub`.
            if let (Value::Obj(c), Value::Obj(o)) = (cls, obj) {
                if c != class && vm.is_subclass(c, class) {
                    if let Obj::UserData { class, .. } = vm.heap.get_mut(o) {
                        *class = c;
                    }
                }
            }
            Ok(obj)
        });
        let name = String::from(self.vm.class_name(class));
        let entry = HostFnEntry::new(name, F::param_kinds(), 1, func);
        let index = self.vm.host_fns.len();
        self.vm.set_host_new(class, entry);
        self.last = Some(index);
        self
    }

    /// Adds a method: a closure taking the object's value as `&T` or
    /// `&mut T`, then typed parameters (as [`Vm::register_fn`]'s), e.g.
    /// `.method("scale", |v: &mut Vec2, k: f64| { v.x *= k; v.y *= k; })`.
    /// Calling it on an object of another type is a `TypeError`. A method
    /// named `__repr__` gives the objects' `repr`.
    pub fn method<Args, M: HostMethod<T, Args>>(mut self, name: &str, f: M) -> Self {
        let obj = self.method_object(name, f);
        let key = self.vm.intern(name);
        self.vm.set_class_attr(self.class, key, obj);
        self
    }

    /// Adds a read-only property: `v.name` calls `f(&value)`.
    pub fn getter<Args, M: HostMethod<T, Args>>(mut self, name: &str, f: M) -> Self {
        let get = self.method_object(name, f);
        self.set_property(name, Some(get), None);
        self
    }

    /// Makes the property `name` writable: `v.name = x` calls
    /// `f(&mut value, x)` (give the getter first; without one the
    /// property cannot be read).
    pub fn setter<Args, M: HostMethod<T, Args>>(mut self, name: &str, f: M) -> Self {
        let set = self.method_object(name, f);
        self.set_property(name, None, Some(set));
        self
    }

    /// Names the parameters of the constructor or method added last (see
    /// [`HostFnRef::params`]).
    ///
    /// # Panics
    /// If nothing was added yet, or the number of names is not the number
    /// of parameters.
    pub fn params(self, names: &[&str]) -> Self {
        assert!(self.last.is_some(), "ClassBuilder::params before any constructor or method");
        if let Some(index) = self.last {
            self.vm.set_param_names(index, names);
        }
        self
    }

    /// The host function object for method `name` (bound to `self` when
    /// read through an object).
    fn method_object<Args, M: HostMethod<T, Args>>(&mut self, name: &str, f: M) -> Value {
        let mut f = f;
        let class_name = String::from(self.vm.class_name(self.class));
        let method = String::from(name);
        let func: Box<ErasedFn> = Box::new(move |vm: &mut Vm, args: &[Value], extra: &[(ObjRef, Value)]| {
            let Some((&this, args)) = args.split_first() else {
                return Err(vm.type_error(format!("unbound method {method}() needs an argument")));
            };
            if userdata_mut::<T>(vm, this).is_none() {
                let tn = vm.type_name(this);
                let m = format!("descriptor '{method}' for '{class_name}' objects doesn't apply to a '{tn}' object");
                return Err(vm.type_error(m));
            }
            f.call(vm, this, args, extra)
        });
        let qualified = self.qualified(name);
        let (index, obj) = self.vm.push_host_fn(&HOST_METHOD, HostFnEntry::new(qualified, M::param_kinds(), 1, func));
        self.last = Some(index);
        obj
    }

    /// Sets the getter or setter of property `name`, keeping the other.
    fn set_property(&mut self, name: &str, get: Option<Value>, set: Option<Value>) {
        let key = self.vm.intern(name);
        let dict = match self.vm.heap.get(self.class) {
            Obj::Class(c) => c.dict,
            _ => return,
        };
        let mut p = match self.vm.dict_get_str(dict, key) {
            Some(Value::Obj(r)) => match self.vm.heap.get(r) {
                Obj::Property(p) => **p,
                _ => Property {
                    fget: Value::None,
                    fset: Value::None,
                    fdel: Value::None,
                    doc: Value::None,
                    name: Value::Obj(key),
                },
            },
            _ => Property {
                fget: Value::None,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
                name: Value::Obj(key),
            },
        };
        if let Some(g) = get {
            p.fget = g;
        }
        if let Some(s) = set {
            p.fset = s;
        }
        let prop = Value::Obj(self.vm.heap.alloc(Obj::Property(Box::new(p))));
        self.vm.set_class_attr(self.class, key, prop);
    }
}

// ----- the persistent namespace -----

impl Vm {
    /// The `__main__` namespace that [`Vm::exec`], [`Vm::get_global`],
    /// [`Vm::set_global`] and [`Vm::call`] share (made on first use).
    pub fn main_globals(&mut self) -> ObjRef {
        if let Some(g) = self.main_globals {
            return g;
        }
        let g = self.new_dict_obj();
        let main = self.names.main;
        let _ = self.dict_set_str(g, self.names.name, Value::Obj(main));
        let _ = self.dict_set_str(g, self.names.doc, Value::None);
        let _ = self.set_main_module_names(g, None, false);
        let module = self.heap.alloc(Obj::Module { name: main, dict: g });
        let _ = self.dict_set_str(self.modules, main, Value::Obj(module));
        self.main_globals = Some(g);
        g
    }

    /// Ends a host call: forgets what native code kept for it, and turns an
    /// error into the host's [`ScriptError`].
    fn finish_host_call<T>(&mut self, r: PyResult<T>, source: Option<&str>) -> Result<T, ScriptError> {
        if self.native_depth == 0 && self.frames.is_empty() {
            self.temp_roots.clear();
            self.repr_guard.clear();
            self.handled = Value::None;
        }
        r.map_err(|e| self.script_error(e, source))
    }

    /// Compiles and runs `source` in the persistent `__main__` namespace:
    /// what one call defines, the next one sees (a REPL, a game's script
    /// loaded once and called every frame). Unlike [`Vm::run_source`], the
    /// namespace is not reset.
    #[cfg(feature = "compiler")]
    pub fn exec(&mut self, source: &str, filename: &str) -> Result<(), ScriptError> {
        let code = match crate::compiler::compile(source, filename) {
            Ok(c) => c,
            Err(e) => return Err(crate::vm::render_compile_error(&e, source, filename)),
        };
        self.exec_code(code, Some(source))
    }

    /// Runs compiled code (from the compiler or a bytecode file) in the
    /// persistent `__main__` namespace; `source`, when known, fills the
    /// traceback's source lines.
    pub fn exec_code(
        &mut self,
        code: alloc::rc::Rc<crate::bytecode::Code>,
        source: Option<&str>,
    ) -> Result<(), ScriptError> {
        self.begin_host_call();
        let globals = self.main_globals();
        let code = self.load_code(code);
        let r = self.run_module_code(code, globals).map(|_| ());
        self.finish_host_call(r, source)
    }

    /// The global `name` of the `__main__` namespace, converted to `T`
    /// (`NameError` if missing, `TypeError` if it does not convert).
    pub fn get_global<T: FromPy>(&mut self, name: &str) -> Result<T, ScriptError> {
        self.begin_host_call();
        let g = self.main_globals();
        let key = self.intern(name);
        let r = match self.dict_get_str(g, key) {
            Some(v) => self.with_rooted(&[v], |vm| T::from_py(vm, v)),
            None => Err(self.name_error(key)),
        };
        self.finish_host_call(r, None)
    }

    /// Sets the global `name` of the `__main__` namespace.
    pub fn set_global<T: IntoPy>(&mut self, name: &str, value: T) -> Result<(), ScriptError> {
        self.begin_host_call();
        let g = self.main_globals();
        let key = self.intern(name);
        let r = value.into_py(self).and_then(|v| self.dict_set_str(g, key, v));
        self.finish_host_call(r, None)
    }

    /// Calls the script function (any callable) bound to global `name` in
    /// `__main__` with typed arguments; converts its result to `R`.
    pub fn call<R: FromPy>(&mut self, name: &str, args: impl IntoPyArgs) -> Result<R, ScriptError> {
        self.begin_host_call();
        let g = self.main_globals();
        let key = self.intern(name);
        let r = match self.dict_get_str(g, key) {
            Some(f) => self.with_rooted(&[f], |vm| vm.call_converted(f, args)),
            None => Err(self.name_error(key)),
        };
        self.finish_host_call(r, None)
    }

    /// Calls the callable `f` holds with typed arguments (the cheap way to
    /// call the same script function often: no name lookup).
    pub fn call_handle<R: FromPy>(&mut self, f: &Handle, args: impl IntoPyArgs) -> Result<R, ScriptError> {
        self.begin_host_call();
        let r = match f.value(self) {
            Some(fv) => self.call_converted(fv, args),
            None => Err(self.type_error("a handle from another VM")),
        };
        self.finish_host_call(r, None)
    }

    fn call_converted<R: FromPy>(&mut self, f: Value, args: impl IntoPyArgs) -> PyResult<R> {
        let args = args.into_args(self)?;
        let result = self.call_value(f, &args)?;
        self.with_rooted(&[result], |vm| R::from_py(vm, result))
    }
}

// ----- bytecode files -----

#[cfg(feature = "bytecode-file")]
impl From<crate::bytecode::file::BytecodeError> for ScriptError {
    /// A file that does not load is a `ValueError` (CPython: "bad marshal
    /// data"); no Python code ran.
    fn from(e: crate::bytecode::file::BytecodeError) -> ScriptError {
        let message = format!("bad bytecode file: {e}");
        ScriptError {
            kind: String::from("ValueError"),
            traceback: format!("ValueError: {message}\n"),
            message,
            exit_code: 1,
            stop: None,
        }
    }
}

/// Compiles `source` (named `filename` in tracebacks) to the bytes of a
/// bytecode file, for [`Vm::run_bytecode`] or [`Vm::exec_bytecode`] on
/// this or another machine (same ouro version). A syntax error comes back
/// rendered as [`Vm::run_source`] renders it.
///
/// ```
/// use vm_core::{BufferHost, Vm, VmConfig};
/// let bytes = vm_core::api::compile_to_bytes("x = 6 * 7\n", "answer.py").unwrap();
/// let mut vm = Vm::new(VmConfig::default(), Box::new(BufferHost::default()));
/// vm.exec_bytecode(&bytes).unwrap();
/// assert_eq!(vm.get_global::<i64>("x").unwrap(), 42);
/// assert!(vm.exec_bytecode(&bytes[..bytes.len() - 1]).is_err());
/// ```
#[cfg(all(feature = "compiler", feature = "bytecode-file"))]
pub fn compile_to_bytes(source: &str, filename: &str) -> Result<Vec<u8>, ScriptError> {
    let code = crate::compiler::compile(source, filename)
        .map_err(|e| crate::vm::render_compile_error(&e, source, filename))?;
    Ok(crate::bytecode::file::to_bytes(&code)?)
}

#[cfg(feature = "bytecode-file")]
impl Vm {
    /// Loads a bytecode file (checked and verified: bad bytes are an
    /// `Err`, never a crash) and runs it as a fresh `__main__`, as
    /// [`Vm::run_source`] runs source.
    pub fn run_bytecode(&mut self, bytes: &[u8]) -> Result<(), ScriptError> {
        let code = crate::bytecode::file::from_bytes(bytes)?;
        match self.run_main(code) {
            Ok(_) => Ok(()),
            Err(e) => Err(self.script_error(e, None)),
        }
    }

    /// Loads a bytecode file and runs it in the persistent `__main__`
    /// namespace, as [`Vm::exec`] runs source.
    pub fn exec_bytecode(&mut self, bytes: &[u8]) -> Result<(), ScriptError> {
        let code = crate::bytecode::file::from_bytes(bytes)?;
        self.exec_code(code, None)
    }
}

// ----- a VM that can move between threads -----

/// A [`Vm`] that can move to another thread (`Send`), with the host API
/// and nothing else: its internals are sealed.
///
/// `Vm` itself is not `Send`: compiled code, JIT executors and their
/// guards are shared inside the VM through `Rc` and `Cell`, and `Vm`'s
/// public fields and raw-function callbacks let code outside the VM hold
/// clones of them (`vm.frames[0].code.clone()`), so moving a `Vm` to
/// another thread could race on a non-atomic count. A `SendVm` owns its
/// `Vm` privately and gives the host only values that share nothing with
/// it, so every `Rc` stays inside and moves with it (see the `SAFETY`
/// comment and docs/ARCHITECTURE.md, "The host API", on `Send`).
///
/// ```
/// use vm_core::{BufferHost, SendVm, VmConfig};
/// let mut vm = SendVm::new(VmConfig::default(), Box::new(BufferHost::default()));
/// vm.register_fn("twice", |x: i64| 2 * x);
/// vm.exec("def f(n):\n    return twice(n) + 1\n", "w.py").unwrap();
/// let r = std::thread::spawn(move || vm.call::<i64>("f", (20,)).unwrap()).join().unwrap();
/// assert_eq!(r, 41);
/// ```
pub struct SendVm {
    vm: Vm,
}

// SAFETY: a `Vm` is not `Send` only because of state it shares *inside
// itself*: `Rc<Code>`/`Rc<CodeObject>` clones held by functions, frames,
// generators, tracebacks and traces; `Rc<dyn Executor>`, `Rc<Cell<..>>`
// guards and the JIT's code arena; raw pointers from machine code into
// those allocations; `Cell` counters. Moving all of it to another thread
// at once is sound: no other thread can reach any of it, and nothing in
// it is tied to a thread (vm-core and the backends are `no_std`: no
// thread-locals; code pages are process-wide; nothing caches the `Vm`'s
// own address across calls). What would make it unsound is an alias
// outside the VM, and a `SendVm` admits none:
// - the `Vm` field is private, and no method returns a reference into it
//   or anything but `Send` values that share no `Rc` with it (converted
//   Rust values, `Handle`s, which are `Arc` + mutex, `ScriptError`
//   strings, `InterruptHandle`s, which are atomics);
// - host code that runs inside the VM cannot see the `Vm`: host
//   functions, methods, constructors are closures over converted Rust
//   values (`HostFn`/`HostMethod`/`HostParam` and the conversion traits
//   are sealed, so no host impl receives `&mut Vm`), and there is no
//   `register_raw_fn`, `exec_code(Rc<Code>)` or field access here;
// - what the host puts into the VM is `Send`: the `Host` (`Box<dyn Host +
//   Send>`), every closure (`HostFn: Send`), userdata (`T: Send`), the
//   JIT's code memory (`configure_jit` in the `ouro` crate takes only
//   `Send` code memory); those were the only non-VM owners of state;
// - `SendVm::vm_mut`, the one way in, is `unsafe` with this as its contract.
// So whatever a `SendVm` holds is reachable only through the `SendVm`,
// which is the ordinary condition for a type with non-atomic interior
// sharing to be `Send` (as `mlua::Lua` under its `send` feature, which
// requires `Send` callbacks and userdata).
unsafe impl Send for SendVm {}

impl core::fmt::Debug for SendVm {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("SendVm").finish_non_exhaustive()
    }
}

impl SendVm {
    /// A fresh VM (see [`Vm::new`]); the host must be `Send`.
    pub fn new(config: crate::vm::VmConfig, host: Box<dyn crate::vm::Host + Send>) -> SendVm {
        SendVm { vm: Vm::new(config, host) }
    }

    /// A fresh VM, or why `config` is invalid (see [`Vm::try_new`]).
    pub fn try_new(
        config: crate::vm::VmConfig,
        host: Box<dyn crate::vm::Host + Send>,
    ) -> Result<SendVm, crate::vm::ConfigError> {
        Vm::try_new(config, host).map(|vm| SendVm { vm })
    }

    /// The VM itself, for what the sealed API does not offer (it can no
    /// longer move between threads).
    pub fn into_inner(self) -> Vm {
        self.vm
    }

    /// The VM itself, to install a JIT backend or similar.
    ///
    /// # Safety
    /// Until the `SendVm` is next used or moved, the caller must not keep
    /// anything that shares non-atomic state with the VM outside it (an
    /// `Rc` or `Cell` reference cloned from its fields, a reference into
    /// it, a raw function that captures such a thing in a thread-local),
    /// and must put only `Send` things into it (host, closures, code
    /// memory). The `ouro` crate's `configure_send_jit` is such a caller.
    pub unsafe fn vm_mut(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// See [`Vm::register_fn`].
    pub fn register_fn<Args>(&mut self, name: &str, f: impl HostFn<Args>) -> HostFnRef<'_> {
        self.vm.register_fn(name, f)
    }

    /// See [`Vm::add_module`].
    pub fn add_module(&mut self, name: &str) -> ModuleBuilder<'_> {
        self.vm.add_module(name)
    }

    /// See [`Vm::register_class`].
    pub fn register_class<T: Send + 'static>(&mut self, name: &str) -> ClassBuilder<'_, T> {
        self.vm.register_class(name)
    }

    /// See [`Vm::exec`].
    #[cfg(feature = "compiler")]
    pub fn exec(&mut self, source: &str, filename: &str) -> Result<(), ScriptError> {
        self.vm.exec(source, filename)
    }

    /// See [`Vm::run_source`].
    #[cfg(feature = "compiler")]
    pub fn run_source(&mut self, source: &str, filename: &str) -> Result<(), ScriptError> {
        self.vm.run_source(source, filename)
    }

    /// See [`Vm::exec_bytecode`].
    #[cfg(feature = "bytecode-file")]
    pub fn exec_bytecode(&mut self, bytes: &[u8]) -> Result<(), ScriptError> {
        self.vm.exec_bytecode(bytes)
    }

    /// See [`Vm::run_bytecode`].
    #[cfg(feature = "bytecode-file")]
    pub fn run_bytecode(&mut self, bytes: &[u8]) -> Result<(), ScriptError> {
        self.vm.run_bytecode(bytes)
    }

    /// See [`Vm::get_global`].
    pub fn get_global<T: FromPy>(&mut self, name: &str) -> Result<T, ScriptError> {
        self.vm.get_global(name)
    }

    /// See [`Vm::set_global`].
    pub fn set_global<T: IntoPy>(&mut self, name: &str, value: T) -> Result<(), ScriptError> {
        self.vm.set_global(name, value)
    }

    /// See [`Vm::call`].
    pub fn call<R: FromPy>(&mut self, name: &str, args: impl IntoPyArgs) -> Result<R, ScriptError> {
        self.vm.call(name, args)
    }

    /// See [`Vm::call_handle`].
    pub fn call_handle<R: FromPy>(&mut self, f: &Handle, args: impl IntoPyArgs) -> Result<R, ScriptError> {
        self.vm.call_handle(f, args)
    }

    /// See [`Vm::set_fuel`].
    pub fn set_fuel(&mut self, fuel: Option<u64>) {
        self.vm.set_fuel(fuel)
    }

    /// See [`Vm::set_deadline`].
    pub fn set_deadline(&mut self, seconds: Option<f64>) -> bool {
        self.vm.set_deadline(seconds)
    }

    /// See [`Vm::interrupt_handle`].
    pub fn interrupt_handle(&self) -> crate::vm::InterruptHandle {
        self.vm.interrupt_handle()
    }

    /// See [`Vm::live_handles`].
    pub fn live_handles(&self) -> usize {
        self.vm.live_handles()
    }

    /// See [`Vm::collect_garbage`].
    pub fn collect_garbage(&mut self) {
        self.vm.collect_garbage()
    }

    /// What the script printed, when the host buffers it (see
    /// `Host::take_buffered_stdout`).
    pub fn take_buffered_stdout(&mut self) -> Option<String> {
        self.vm.take_buffered_stdout()
    }

    /// The JIT's counters (traces compiled, entries...), when a JIT is
    /// installed.
    pub fn jit_stats(&self) -> Option<crate::jit::JitStats> {
        self.vm.jit.as_ref().map(|j| j.counters())
    }
}
