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

use crate::runtime::object::{BuiltinDef, Obj, PyErr, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::{ScriptError, Vm};

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
        match s.free.pop() {
            Some(i) => {
                s.values[i as usize] = v;
                i
            }
            None => {
                s.values.push(v);
                (s.values.len() - 1) as u32
            }
        }
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
pub trait FromPy: Sized {
    /// Converts `v`, or raises `TypeError` (`OverflowError` for ints out of range).
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<Self>;
}

/// A Rust value that can become a script value.
pub trait IntoPy {
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
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
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
                Ok(match i64::try_from(self) {
                    Ok(i) => Value::Int(i),
                    Err(_) => vm.new_bigint(num_bigint::BigInt::from(self)),
                })
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
pub trait IntoPyArgs {
    /// Converts every argument.
    fn into_args(self, vm: &mut Vm) -> PyResult<Vec<Value>>;
}

/// The result of a host function: a value ([`IntoPy`]) or a
/// `Result<T, HostError>` whose error is raised in the script.
pub trait IntoPyResult {
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
/// six [`FromPy`] arguments and an [`IntoPyResult`] result. `Args` is the
/// argument tuple type (inferred).
pub trait HostFn<Args>: Send + 'static {
    /// Number of positional arguments.
    const ARITY: usize;
    /// Converts the arguments, calls, converts the result.
    fn call(&mut self, vm: &mut Vm, args: &[Value]) -> PyResult<Value>;
}

macro_rules! tuple_impls {
    ($n:literal; $($a:ident $i:tt),*) => {
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

        impl<Func, Res, $($a: FromPy,)*> HostFn<($($a,)*)> for Func
        where
            Func: FnMut($($a),*) -> Res + Send + 'static,
            Res: IntoPyResult,
        {
            const ARITY: usize = $n;
            #[allow(unused_variables)]
            fn call(&mut self, vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
                let r = (self)($($a::from_py(vm, args[$i])?),*);
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
        let items = tuple_items(vm, v, 2)?;
        vm.with_rooted(&items, |vm| Ok((A::from_py(vm, items[0])?, B::from_py(vm, items[1])?)))
    }
}

impl<A: FromPy, B: FromPy, C: FromPy> FromPy for (A, B, C) {
    fn from_py(vm: &mut Vm, v: Value) -> PyResult<(A, B, C)> {
        let items = tuple_items(vm, v, 3)?;
        vm.with_rooted(&items, |vm| {
            Ok((A::from_py(vm, items[0])?, B::from_py(vm, items[1])?, C::from_py(vm, items[2])?))
        })
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

fn tuple_items(vm: &mut Vm, v: Value, n: usize) -> PyResult<Vec<Value>> {
    if let Value::Obj(r) = v {
        if let Obj::Tuple(items) | Obj::List(items) = vm.heap.get(r) {
            if items.len() == n {
                return Ok(items.to_vec());
            }
            let len = items.len();
            return Err(vm.type_error(format!("expected a sequence of {n} items, got {len}")));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("expected a tuple of {n} items, got {tn}")))
}

// ----- host functions -----

/// A registered host function: its name and the type-erased closure
/// (`None` while it runs).
pub(crate) struct HostFnEntry {
    name: String,
    arity: usize,
    func: Option<Box<ErasedFn>>,
}

type ErasedFn = dyn FnMut(&mut Vm, &[Value]) -> PyResult<Value> + Send;

impl core::fmt::Debug for HostFnEntry {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("HostFnEntry").field("name", &self.name).field("arity", &self.arity).finish_non_exhaustive()
    }
}

/// The one built-in behind every host function; its receiver is the
/// function's index in `Vm::host_fns`.
pub(crate) static HOST_FN: BuiltinDef = BuiltinDef { name: "<host function>", func: call_host_fn };

fn call_host_fn(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let Some((&Value::Int(index), args)) = args.split_first() else {
        return Err(vm.system_error("bad host function call"));
    };
    let index = index as usize;
    let Some(entry) = vm.host_fns.get_mut(index) else {
        return Err(vm.system_error("bad host function index"));
    };
    let (name, arity) = (entry.name.clone(), entry.arity);
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() != arity {
        let s = if arity == 1 { "" } else { "s" };
        return Err(
            vm.type_error(format!("{name}() takes {arity} positional argument{s} but {} were given", args.len()))
        );
    }
    let Some(mut f) = vm.host_fns[index].func.take() else {
        return Err(vm.new_exception(vm.exc.runtime_error, format!("host function {name}() is already running")));
    };
    let r = f(vm, args);
    vm.host_fns[index].func = Some(f);
    r
}

impl Vm {
    /// The name of a host function object (`None` for other built-ins).
    pub(crate) fn host_fn_name(&self, def: &BuiltinDef, receiver: Value) -> Option<&str> {
        if !core::ptr::eq(def, &HOST_FN) && !core::ptr::eq(def, &HOST_FN_RAW) {
            return None;
        }
        match receiver {
            Value::Int(i) => self.host_fns.get(i as usize).map(|e| e.name.as_str()),
            _ => None,
        }
    }

    /// Makes a function object for `f` (not yet bound to a name).
    fn host_fn_object<Args, F: HostFn<Args>>(&mut self, name: &str, mut f: F) -> Value {
        let index = self.host_fns.len();
        let arity = F::ARITY;
        self.host_fns.push(HostFnEntry {
            name: String::from(name),
            arity,
            func: Some(Box::new(move |vm: &mut Vm, args: &[Value]| f.call(vm, args))),
        });
        Value::Obj(self.heap.alloc(Obj::Builtin { def: &HOST_FN, receiver: Value::Int(index as i64) }))
    }

    /// Makes `f` a built-in every script sees as `name`: a Rust closure
    /// (it may capture host state) with typed arguments and result, e.g.
    /// `vm.register_fn("clamp", |x: f64, lo: f64, hi: f64| x.clamp(lo, hi))`.
    /// Arguments convert with [`FromPy`] (a mismatch raises `TypeError` in
    /// the script), the result with [`IntoPyResult`] (an `Err` is raised).
    /// Calls take positional arguments only. While it runs, the same
    /// function cannot be re-entered (a script it calls back into gets
    /// `RuntimeError` if it calls it again).
    pub fn register_fn<Args>(&mut self, name: &str, f: impl HostFn<Args>) {
        let func = self.host_fn_object(name, f);
        let key = self.intern(name);
        let _ = self.dict_set_str(self.builtins, key, func);
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
        let index = self.host_fns.len();
        self.host_fns.push(HostFnEntry { name: String::from(name), arity: usize::MAX, func: Some(Box::new(f)) });
        let func = Value::Obj(self.heap.alloc(Obj::Builtin { def: &HOST_FN_RAW, receiver: Value::Int(index as i64) }));
        let key = self.intern(name);
        let _ = self.dict_set_str(self.builtins, key, func);
    }

    /// Adds a module scripts can `import name`, filled by the returned
    /// builder (functions and values). Replaces an earlier module of that name.
    pub fn add_module(&mut self, name: &str) -> ModuleBuilder<'_> {
        let key = self.intern(name);
        let dict = self.new_dict_obj();
        let _ = self.dict_set_str(dict, self.names.name, Value::Obj(key));
        let module = Value::Obj(self.heap.alloc(Obj::Module { name: key, dict }));
        let _ = self.dict_set_str(self.modules, key, module);
        ModuleBuilder { vm: self, dict }
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
    let Some(mut f) = vm.host_fns[index].func.take() else {
        return Err(vm.new_exception(vm.exc.runtime_error, format!("host function {name}() is already running")));
    };
    let args = args.to_vec();
    let r = vm.with_rooted(&args, |vm| f(vm, &args));
    vm.host_fns[index].func = Some(f);
    r
}

/// The built-in behind functions registered with [`Vm::register_raw_fn`].
pub(crate) static HOST_FN_RAW: BuiltinDef = BuiltinDef { name: "<host function>", func: call_host_fn_raw };

/// Fills a host module (see [`Vm::add_module`]).
pub struct ModuleBuilder<'a> {
    vm: &'a mut Vm,
    dict: ObjRef,
}

impl core::fmt::Debug for ModuleBuilder<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ModuleBuilder").finish_non_exhaustive()
    }
}

impl ModuleBuilder<'_> {
    /// Adds a typed host function (see [`Vm::register_fn`]).
    pub fn function<Args>(self, name: &str, f: impl HostFn<Args>) -> Self {
        let func = self.vm.host_fn_object(name, f);
        let key = self.vm.intern(name);
        let _ = self.vm.dict_set_str(self.dict, key, func);
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
