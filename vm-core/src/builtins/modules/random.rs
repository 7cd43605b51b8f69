//! The `random` module: CPython 3.11's Mersenne Twister (MT19937) and the
//! algorithms of its `random.py`, bit for bit, so a seeded script draws the
//! same numbers as under CPython.
//!
//! The generator state lives in [`Vm::random`]; it is seeded from the
//! host's entropy source when the module is initialized (as CPython seeds
//! from `os.urandom`), else from the host clocks, or with a fixed key when
//! the host has neither.

use crate::builtins::{arg_at, args_from};
use crate::runtime::bigint::{BigInt, BigUint, Sign};
use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;
use num_traits::{Signed, ToPrimitive};

use super::{bind_args, index_arg, missing_arg, NativeModule};
use crate::builtins::arity;
use crate::bytecode::opcode::{BinaryOp, CompareOp};
use crate::runtime::ftrig;
use crate::runtime::object::{BuiltinDef, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::{fmath, int_ops};
use crate::vm::Vm;

/// The `random` module.
pub static MODULE: NativeModule = NativeModule { name: "random", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[
    BuiltinDef { name: "seed", func: seed },
    BuiltinDef { name: "getstate", func: getstate },
    BuiltinDef { name: "setstate", func: setstate },
    BuiltinDef { name: "random", func: random },
    BuiltinDef { name: "getrandbits", func: getrandbits },
    BuiltinDef { name: "randbytes", func: randbytes },
    BuiltinDef { name: "randrange", func: randrange },
    BuiltinDef { name: "randint", func: randint },
    BuiltinDef { name: "choice", func: choice },
    BuiltinDef { name: "choices", func: choices },
    BuiltinDef { name: "shuffle", func: shuffle },
    BuiltinDef { name: "sample", func: sample },
    BuiltinDef { name: "uniform", func: uniform },
    BuiltinDef { name: "triangular", func: triangular },
    BuiltinDef { name: "gauss", func: gauss },
    BuiltinDef { name: "normalvariate", func: normalvariate },
    BuiltinDef { name: "expovariate", func: expovariate },
    BuiltinDef { name: "gammavariate", func: gammavariate },
    BuiltinDef { name: "betavariate", func: betavariate },
    BuiltinDef { name: "lognormvariate", func: lognormvariate },
    BuiltinDef { name: "vonmisesvariate", func: vonmisesvariate },
    BuiltinDef { name: "paretovariate", func: paretovariate },
    BuiltinDef { name: "weibullvariate", func: weibullvariate },
];

fn init(vm: &mut Vm, ns: ObjRef) {
    let key = fresh_key(vm);
    vm.random = Some(Box::new(RandomState::from_key(&key)));
    install_random_class(vm, ns);
}

/// `random.Random`: each instance (an `Obj::UserData` holding a
/// [`RandomState`]) has its own generator; its methods are the module's
/// functions run with the instance's state swapped in for the VM's. An
/// instance of a subclass is an ordinary instance whose generator is such
/// a `UserData` in its attribute `__ouro_random_state__`, made by
/// `Random.__init__` (through `self.seed`) or at first use.
fn install_random_class(vm: &mut Vm, ns: ObjRef) {
    let dict = vm.new_dict_obj();
    let module = Value::Obj(vm.intern("random"));
    let name = vm.new_str("Random");
    let object = Value::Obj(vm.types.object);
    let bases = vm.new_tuple(alloc::vec![object]);
    let roots = vm.temp_roots.len();
    vm.temp_roots.extend([name, bases, Value::Obj(dict)]);
    let made = vm.dict_set_str(dict, vm.names.module, module).and_then(|()| vm.make_class(name, bases, dict));
    vm.temp_roots.truncate(roots);
    let Ok(Value::Obj(class)) = made else { return };
    vm.set_ctor(class, random_new);
    let class_dict = match vm.heap.get(class) {
        Obj::Class(c) => c.dict,
        _ => return,
    };
    for def in METHODS.iter().chain([&INIT, &REDUCE]) {
        let f = vm.heap.alloc(Obj::Builtin { def, receiver: Value::Null });
        let key = vm.intern(def.name);
        let _ = vm.dict_set_str(class_dict, key, Value::Obj(f));
        // `__getstate__`/`__setstate__` are the same methods, for copy
        // and pickle.
        if matches!(def.name, "getstate" | "setstate") {
            let key = vm.intern(if def.name == "getstate" { "__getstate__" } else { "__setstate__" });
            let _ = vm.dict_set_str(class_dict, key, Value::Obj(f));
        }
    }
    let key = vm.intern("Random");
    let _ = vm.dict_set_str(ns, key, Value::Obj(class));
}

/// `random.Random(x=None)`: a generator seeded as `seed(x)` would.
fn random_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let class = random_class(vm).ok_or_else(|| vm.type_error("random.Random is not available"))?;
    // (Boxed twice: `swap_state` swaps the inner boxes, not 2.5 KB of state.)
    let value: Box<dyn core::any::Any + Send> = Box::new(Box::new(RandomState::from_key(&[0])));
    let obj = Value::Obj(vm.heap.alloc(Obj::UserData { class, value }));
    let mut call = alloc::vec![obj];
    call.extend_from_slice(args);
    vm.temp_roots.push(obj);
    let seeded = with_own_state(vm, &call, kw, "seed", seed);
    vm.temp_roots.pop();
    seeded.map(|_| obj)
}

/// The `Random` class, from the `random` module's namespace.
fn random_class(vm: &mut Vm) -> Option<ObjRef> {
    let module = vm.intern("random");
    let Some(Value::Obj(m)) = vm.dict_get_str(vm.modules, module) else { return None };
    let Obj::Module { dict, .. } = vm.heap.get(m) else { return None };
    let dict = *dict;
    let key = vm.intern("Random");
    match vm.dict_get_str(dict, key) {
        Some(Value::Obj(c)) => Some(c),
        _ => None,
    }
}

/// `Random.__reduce__()`: `(type(self), (), self.getstate())`, so copies
/// and pickles keep the generator's state.
static REDUCE: BuiltinDef = BuiltinDef { name: "__reduce__", func: random_reduce };

fn random_reduce(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let state = with_own_state(vm, args, kw, "getstate", getstate)?;
    let class = Value::Obj(vm.class_of(arg_at(args, 0)));
    let no_args = vm.new_tuple(Vec::new());
    Ok(vm.new_tuple(alloc::vec![class, no_args, state]))
}

/// `Random.__init__(self, x=None)`: `self.seed(x)`, so a subclass's
/// `seed` runs, as in CPython.
pub(crate) static INIT: BuiltinDef = BuiltinDef { name: "__init__", func: random_init };

fn random_init(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let this = args.first().copied().unwrap_or(Value::None);
    let [x] = bind_args(vm, "Random.__init__", args_from(args, 1), kw, ["x"])?;
    let seed = vm.intern("seed");
    let f = vm.get_attr(this, seed)?;
    vm.call_value(f, &[x.unwrap_or(Value::None)])?;
    Ok(Value::None)
}

/// The `UserData` holding `obj`'s generator: `obj` itself for an exact
/// `Random`, the `__ouro_random_state__` attribute of a subclass's
/// instance (made, freshly seeded, at first use); `None` for anything
/// else.
fn state_holder(vm: &mut Vm, obj: Value) -> PyResult<Option<ObjRef>> {
    let Value::Obj(r) = obj else { return Ok(None) };
    let class = match vm.heap.get(r) {
        Obj::UserData { value, .. } => return Ok(value.is::<Box<RandomState>>().then_some(r)),
        Obj::Instance(i) => i.class,
        _ => return Ok(None),
    };
    let Some(random) = random_class(vm) else { return Ok(None) };
    if !vm.is_subclass(class, random) {
        return Ok(None);
    }
    let key = vm.intern("__ouro_random_state__");
    if let Some(Value::Obj(h)) = vm.generic_get_attr(obj, key)? {
        if matches!(vm.heap.get(h), Obj::UserData { .. }) {
            return Ok(Some(h));
        }
    }
    let seed = fresh_key(vm);
    let value: Box<dyn core::any::Any + Send> = Box::new(Box::new(RandomState::from_key(&seed)));
    let holder = vm.heap.alloc(Obj::UserData { class: random, value });
    vm.set_attr(obj, key, Value::Obj(holder))?;
    Ok(Some(holder))
}

/// Swaps the VM's generator with the one `obj` (a `Random`) holds; false
/// if `obj` is not one.
fn swap_state(vm: &mut Vm, obj: Value) -> bool {
    let Ok(Some(r)) = state_holder(vm, obj) else { return false };
    let mut global = vm.random.take().unwrap_or_else(|| Box::new(RandomState::from_key(&[0])));
    let swapped = match vm.heap.get_mut(r) {
        Obj::UserData { value, .. } => match value.downcast_mut::<Box<RandomState>>() {
            Some(own) => {
                core::mem::swap(own, &mut global);
                true
            }
            None => false,
        },
        _ => false,
    };
    vm.random = Some(global);
    swapped
}

/// Runs the module function `f` as the method `name` of `arg_at(args, 0)`.
fn with_own_state(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    name: &str,
    f: crate::runtime::object::NativeFn,
) -> PyResult<Value> {
    let this = args.first().copied().unwrap_or(Value::None);
    refuse_overridden_source(vm, this, name)?;
    if !swap_state(vm, this) {
        let tn = vm.type_name(this);
        return Err(vm.type_error(format!("descriptor '{name}' requires a 'Random' object but received a '{tn}'")));
    }
    let r = f(vm, args_from(args, 1), kw);
    swap_state(vm, this);
    r
}

/// The methods that draw from the generator: in CPython a subclass's own
/// `random()` or `getrandbits()` feeds them; ouro's run on the generator
/// itself, so for such a subclass they raise `NotImplementedError` rather
/// than ignore its source.
fn refuse_overridden_source(vm: &mut Vm, this: Value, name: &str) -> PyResult<()> {
    if matches!(name, "seed" | "getstate" | "setstate" | "random" | "getrandbits") {
        return Ok(());
    }
    let Value::Obj(r) = this else { return Ok(()) };
    let Obj::Instance(inst) = vm.heap.get(r) else { return Ok(()) };
    let class = inst.class;
    let Some(random) = random_class(vm) else { return Ok(()) };
    for source in ["random", "getrandbits"] {
        let key = vm.intern(source);
        if vm.lookup_class_attr(class, key) != vm.lookup_class_attr(random, key) {
            return Err(vm.not_implemented_error(format!(
                "Random.{name}() of a subclass that overrides {source}() (ouro's methods draw from the generator itself)"
            )));
        }
    }
    Ok(())
}

macro_rules! random_methods {
    ($($name:ident),* $(,)?) => {
        /// The methods of `random.Random`: the module functions on the instance's generator.
        static METHODS: &[BuiltinDef] = &[$(BuiltinDef {
            name: stringify!($name),
            func: {
                fn method(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
                    with_own_state(vm, args, kw, stringify!($name), $name)
                }
                method
            },
        }),*];
    };
}

random_methods![
    seed,
    getstate,
    setstate,
    random,
    getrandbits,
    randbytes,
    randrange,
    randint,
    choice,
    choices,
    shuffle,
    sample,
    uniform,
    triangular,
    gauss,
    normalvariate,
    expovariate,
    gammavariate,
    betavariate,
    lognormvariate,
    vonmisesvariate,
    paretovariate,
    weibullvariate,
];

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// One Mersenne Twister generator plus `random.py`'s cached `gauss_next`.
#[derive(Clone)]
pub struct RandomState {
    mt: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

impl core::fmt::Debug for RandomState {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("RandomState").field("index", &self.index).finish_non_exhaustive()
    }
}

// Indexing: Mersenne Twister on the fixed `[u32; N]` state: the loops keep
// `i`, `kk`, `kk + 1` and `kk + M` below `N`, `self.index < N` once the
// refill check has run, and `j < key.len()` (reset to 0 at the end; `key`
// is never empty).
#[allow(clippy::indexing_slicing)]
impl RandomState {
    fn init_genrand(s: u32) -> RandomState {
        let mut mt = [0u32; N];
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32.wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_add(i as u32);
        }
        RandomState { mt, index: N, gauss_next: None }
    }

    /// A generator seeded like CPython's `init_by_array(key)`.
    pub fn from_key(key: &[u32]) -> RandomState {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let mut s = RandomState::init_genrand(19_650_218);
        let mt = &mut s.mt;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
            mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        s
    }

    /// A generator seeded like CPython's `random.seed(n)` for an int `n`
    /// (its absolute value's 32-bit words, least significant first).
    pub fn from_int(n: &BigInt) -> RandomState {
        RandomState::from_key(&n.magnitude().to_u32_digits())
    }

    /// The next 32 random bits (`genrand_uint32`).
    pub fn next_u32(&mut self) -> u32 {
        let mag01 = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        if self.index >= N {
            let mt = &mut self.mt;
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01(y);
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random.random()`: 53 random bits as a float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`.
    pub fn bits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => (self.next_u32() >> (32 - k)) as u64,
            _ => {
                let lo = self.next_u32() as u64;
                let hi = (self.next_u32() >> (64 - k)) as u64;
                lo | (hi << 32)
            }
        }
    }

    /// `getrandbits(k)` for any `k`: 32-bit words, least significant first,
    /// the last one shifted down to the bits left.
    pub fn bits_big(&mut self, k: u64) -> BigUint {
        if k <= 64 {
            return BigUint::from(self.bits_u64(k as u32));
        }
        let words = (k - 1) / 32 + 1;
        let mut out = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        BigUint::new(out)
    }

    /// `_randbelow_with_getrandbits(n)` for `0 < n`.
    pub fn below_u64(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow_with_getrandbits(n)` for a big `n > 0`.
    pub fn below_big(&mut self, n: &BigUint) -> BigUint {
        if let Some(small) = n.to_u64() {
            return BigUint::from(self.below_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.bits_big(k);
            if &r < n {
                return r;
            }
        }
    }

    /// `random.gauss()`'s standard normal draw (with the cached second value).
    pub fn gauss(&mut self) -> f64 {
        if let Some(z) = self.gauss_next.take() {
            return z;
        }
        let x2pi = self.random() * (2.0 * core::f64::consts::PI);
        let g2rad = libm::sqrt(-2.0 * fmath::log(1.0 - self.random()));
        self.gauss_next = Some(ftrig::sin(x2pi) * g2rad);
        ftrig::cos(x2pi) * g2rad
    }
}

/// A seed key for a generator the script does not seed: 256 bits from the
/// host's entropy source (as CPython seeds from `os.urandom`), else from
/// the host clocks (CPython's fallback when `os.urandom` fails).
fn fresh_key(vm: &mut Vm) -> Vec<u32> {
    let mut bytes = [0u8; 32];
    if vm.host.fill_random(&mut bytes) {
        return bytes.chunks_exact(4).map(|c| c.iter().rev().fold(0, |w, &b| w << 8 | u32::from(b))).collect();
    }
    let mut key = Vec::new();
    for t in [vm.host.time(), vm.host.perf_counter()].into_iter().flatten() {
        let ns = (t * 1e9) as u64;
        key.push(ns as u32);
        key.push((ns >> 32) as u32);
    }
    if key.is_empty() {
        key.push(0);
    }
    key
}

/// The VM's generator, seeded afresh on first use.
fn rng(vm: &mut Vm) -> &mut RandomState {
    if vm.random.is_none() {
        let key = fresh_key(vm);
        vm.random = Some(Box::new(RandomState::from_key(&key)));
    }
    vm.random.get_or_insert_with(|| Box::new(RandomState::from_key(&[0])))
}

fn seed(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [a, version] = bind_args(vm, "Random.seed", args, kw, ["a", "version"])?;
    let a = a.unwrap_or(Value::None);
    let version = match version {
        None => 2,
        Some(v) => vm.to_i64(v).unwrap_or(2),
    };
    let state = if let Some(text) = vm.as_str(a) {
        let bytes = text.as_bytes();
        if version == 1 {
            let mut x: u64 = match text.chars().next() {
                Some(c) => (c as u64) << 7,
                None => 0,
            };
            for c in text.chars() {
                x = 1_000_003u64.wrapping_mul(x) ^ c as u64;
            }
            x ^= text.chars().count() as u64;
            // `-2 if x == -1 else x`: x is never -1 here (it is unsigned).
            RandomState::from_int(&BigInt::from(x))
        } else {
            let mut all = Vec::with_capacity(bytes.len() + 64);
            all.extend_from_slice(bytes);
            all.extend_from_slice(&<sha2::Sha512 as sha2::Digest>::digest(bytes));
            RandomState::from_key(&BigUint::from_bytes_be(&all).to_u32_digits())
        }
    } else {
        match a {
            Value::None => RandomState::from_key(&fresh_key(vm)),
            Value::Float(f) => {
                // Not an int: CPython seeds from hash(a) cast to an unsigned size_t.
                let h = int_ops::hash_f64(f) as u64;
                RandomState::from_int(&BigInt::from(h))
            }
            _ if vm.is_int(a) => {
                let n = index_arg(vm, a)?;
                RandomState::from_int(&n)
            }
            _ => {
                return Err(
                    vm.type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
                )
            }
        }
    };
    vm.random = Some(Box::new(state));
    Ok(Value::None)
}

/// The `VERSION` of the state tuples `getstate` returns (`random.py`'s).
const STATE_VERSION: i64 = 3;

/// `getstate()`: `(3, (624 Mersenne Twister words..., index), gauss_next)`,
/// as CPython returns it.
fn getstate(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, "Random.getstate", kw)?;
    arity(vm, "Random.getstate", args, 0, 0)?;
    let state = rng(vm);
    let mut words: Vec<Value> = state.mt.iter().map(|&w| Value::Int(w as i64)).collect();
    words.push(Value::Int(state.index as i64));
    let gauss = state.gauss_next.map_or(Value::None, Value::Float);
    let words = vm.new_tuple(words);
    let roots = vm.temp_roots.len();
    vm.temp_roots.push(words);
    let t = vm.new_tuple(alloc::vec![Value::Int(STATE_VERSION), words, gauss]);
    vm.temp_roots.truncate(roots);
    Ok(t)
}

/// The items of `v` if it is a tuple.
fn tuple_items(vm: &Vm, v: Value) -> Option<Vec<Value>> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Tuple(items) => Some(items.to_vec()),
            _ => None,
        },
        _ => None,
    }
}

/// `setstate(state)`: restores what `getstate` returned (CPython's checks
/// and messages).
fn setstate(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, "Random.setstate", kw)?;
    arity(vm, "Random.setstate", args, 1, 1)?;
    let state = arg_at(args, 0);
    let Some(parts) = tuple_items(vm, state) else {
        let tn = vm.type_name(state);
        return Err(vm.type_error(format!("'{tn}' object is not subscriptable")));
    };
    let version = parts.first().copied().unwrap_or(Value::None);
    let version_n = vm.to_i64(version).filter(|_| vm.is_int(version));
    if parts.len() != 3 || !matches!(version_n, Some(2 | STATE_VERSION)) {
        let shown = vm.to_str(version)?;
        return Err(vm.value_error(format!(
            "state with version {shown} passed to Random.setstate() of version {STATE_VERSION}"
        )));
    }
    let (internal, gauss) = (arg_at(&parts, 1), arg_at(&parts, 2));
    let Some(words) = tuple_items(vm, internal) else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if words.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    // Version 2 states held signed words: `x % 2**32` makes them version 3's.
    let words: Vec<Value> = if version_n == Some(2) {
        let mut out = Vec::with_capacity(words.len());
        for &w in &words {
            let n = index_arg(vm, w)?;
            out.push(Value::Int(num_integer::Integer::mod_floor(&n, &BigInt::from(1u64 << 32)).to_i64().unwrap_or(0)));
        }
        out
    } else {
        words
    };
    let mut mt = [0u32; N];
    for (slot, &w) in mt.iter_mut().zip(&words) {
        let n = index_arg(vm, w)?;
        // CPython takes each word as a C unsigned long and keeps its low 32 bits.
        *slot =
            n.to_u64().ok_or_else(|| vm.overflow_error("Python int too large to convert to C unsigned long"))? as u32;
    }
    let index = index_arg(vm, arg_at(&words, N))?;
    let index = match index.to_usize() {
        Some(i) if i <= N => i,
        _ => return Err(vm.value_error("invalid state")),
    };
    let gauss_next = match gauss {
        Value::None => None,
        Value::Float(f) => Some(f),
        v => Some(super::float_arg(vm, v)?),
    };
    vm.random = Some(Box::new(RandomState { mt, index, gauss_next }));
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, "Random.random", kw)?;
    arity(vm, "Random.random", args, 0, 0)?;
    Ok(Value::Float(rng(vm).random()))
}

fn getrandbits(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, "getrandbits", kw)?;
    arity(vm, "getrandbits", args, 1, 1)?;
    let k = index_arg(vm, arg_at(args, 0))?;
    let Some(k) = k.to_i32() else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k <= 63 {
        let r = rng(vm).bits_u64(k as u32);
        return Ok(Value::Int(r as i64));
    }
    if vm.heap.would_exceed(k as usize / 8) {
        return Err(vm.memory_error());
    }
    let r = rng(vm).bits_big(k as u64);
    Ok(vm.new_bigint(BigInt::from_biguint(Sign::Plus, r)))
}

/// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`, as
/// random.py computes it.
fn randbytes(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, "randbytes", kw)?;
    arity(vm, "randbytes", args, 1, 1)?;
    let n = index_arg(vm, arg_at(args, 0))?;
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    };
    let Some(k) = n.checked_mul(8).and_then(|k| i32::try_from(k).ok()) else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let n = n as usize;
    if vm.heap.would_exceed(n) {
        return Err(vm.memory_error());
    }
    let mut data = if n == 0 { Vec::new() } else { rng(vm).bits_big(k as u64).to_bytes_le() };
    data.resize(n, 0);
    Ok(vm.new_bytes(data, false))
}

/// A uniformly random int in `[0, n)` for `n > 0`.
fn randbelow(vm: &mut Vm, n: &BigInt) -> BigInt {
    let r = rng(vm).below_big(n.magnitude());
    BigInt::from_biguint(Sign::Plus, r)
}

/// `randrange`'s `_index(x)` with its fallback to `int(x)` for integral
/// floats (CPython also prints a DeprecationWarning, which ouro omits).
fn randrange_index(vm: &mut Vm, v: Value, which: &str) -> PyResult<BigInt> {
    if vm.is_int(v) || vm.is_instance_value(v) && vm.lookup_class_attr(vm.class_of(v), vm.names.index).is_some() {
        return index_arg(vm, v);
    }
    let non_integer = |vm: &mut Vm| vm.value_error(format!("non-integer {which} for randrange()"));
    if let Value::Float(f) = v {
        let i = int_ops::f64_to_bigint(f).map_err(|e| {
            let e = crate::runtime::num::NumErr::from(e);
            vm.num_error(e)
        })?;
        if libm::trunc(f) != f {
            return Err(non_integer(vm));
        }
        return Ok(i);
    }
    if let Some(s) = vm.as_str(v) {
        let s = alloc::string::String::from(s);
        return match int_ops::parse_int(&s, 10) {
            Some(_) => Err(non_integer(vm)),
            None => {
                let r = vm.repr(v)?;
                Err(vm.value_error(format!("invalid literal for int() with base 10: {r}")))
            }
        };
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{tn}'")))
}

fn randrange_impl(vm: &mut Vm, start: Value, stop: Option<Value>, step: Option<Value>) -> PyResult<Value> {
    let istart = randrange_index(vm, start, "arg 1")?;
    let stop = stop.filter(|v| !matches!(v, Value::None));
    let Some(stop) = stop else {
        if let Some(s) = step {
            if !matches!(s, Value::Int(1)) {
                return Err(vm.type_error("Missing a non-None stop argument"));
            }
        }
        if istart.is_positive() {
            let r = randbelow(vm, &istart);
            return Ok(vm.new_bigint(r));
        }
        return Err(vm.value_error("empty range for randrange()"));
    };
    let istop = randrange_index(vm, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        None => BigInt::from(1),
        Some(s) => randrange_index(vm, s, "step")?,
    };
    if istep == BigInt::from(1) {
        if width.is_positive() {
            let r = randbelow(vm, &width);
            return Ok(vm.new_bigint(istart + r));
        }
        return Err(vm.value_error(format!("empty range for randrange() ({istart}, {istop}, {width})")));
    }
    let n = if istep.is_positive() {
        int_ops::floordiv_big(&(&width + &istep - 1), &istep)
    } else if istep.is_negative() {
        int_ops::floordiv_big(&(&width + &istep + 1), &istep)
    } else {
        return Err(vm.value_error("zero step for randrange()"));
    };
    let n = n.unwrap_or_default();
    if !n.is_positive() {
        return Err(vm.value_error("empty range for randrange()"));
    }
    let r = randbelow(vm, &n);
    Ok(vm.new_bigint(istart + istep * r))
}

fn randrange(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [start, stop, step] = bind_args(vm, "Random.randrange", args, kw, ["start", "stop", "step"])?;
    let Some(start) = start else { return Err(missing_arg(vm, "Random.randrange", "start")) };
    randrange_impl(vm, start, stop, step)
}

fn randint(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [a, b] = bind_args(vm, "Random.randint", args, kw, ["a", "b"])?;
    let Some(a) = a else { return Err(missing_arg(vm, "Random.randint", "a")) };
    let Some(b) = b else { return Err(missing_arg(vm, "Random.randint", "b")) };
    let stop = vm.binary_op(BinaryOp::Add, b, Value::Int(1), false)?;
    randrange_impl(vm, a, Some(stop), None)
}

fn len_of(vm: &mut Vm, v: Value) -> PyResult<usize> {
    crate::builtins::functions::len_of(vm, v)
}

fn choice(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [seq] = bind_args(vm, "Random.choice", args, kw, ["seq"])?;
    let Some(seq) = seq else { return Err(missing_arg(vm, "Random.choice", "seq")) };
    let n = len_of(vm, seq)?;
    if n == 0 {
        return Err(vm.index_error("Cannot choose from an empty sequence"));
    }
    let i = rng(vm).below_u64(n as u64);
    vm.get_item(seq, Value::Int(i as i64))
}

fn shuffle(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [x] = bind_args(vm, "Random.shuffle", args, kw, ["x"])?;
    let Some(x) = x else { return Err(missing_arg(vm, "Random.shuffle", "x")) };
    let n = len_of(vm, x)?;
    if let Value::Obj(r) = x {
        if matches!(vm.heap.get(r), Obj::List(_)) {
            rng(vm);
            let Vm { random, heap, .. } = vm;
            if let (Some(g), Obj::List(items)) = (random.as_mut(), heap.get_mut(r)) {
                for i in (1..items.len()).rev() {
                    let j = g.below_u64(i as u64 + 1) as usize;
                    items.swap(i, j);
                }
            }
            return Ok(Value::None);
        }
    }
    // Any other mutable sequence, through its __getitem__/__setitem__.
    for i in (1..n).rev() {
        let j = rng(vm).below_u64(i as u64 + 1) as i64;
        let (vi, vj) = (Value::Int(i as i64), Value::Int(j));
        let a = vm.get_item(x, vi)?;
        vm.temp_roots.push(a);
        let b = vm.get_item(x, vj);
        let res = b.and_then(|b| {
            vm.temp_roots.push(b);
            let r = vm.set_item(x, vi, b).and_then(|_| vm.set_item(x, vj, a));
            vm.temp_roots.pop();
            r
        });
        vm.temp_roots.pop();
        res?;
    }
    Ok(Value::None)
}

/// `4 ** ceil(log(k * 3, 4))`-based size threshold of `sample`.
fn sample_setsize(k: u64) -> u128 {
    let mut setsize: u128 = 21;
    if k > 5 {
        let e = libm::ceil(fmath::log((k as f64) * 3.0) / fmath::log(4.0));
        let e = if e.is_finite() && e > 0.0 { (e as u32).min(63) } else { 0 };
        setsize += 4u128.pow(e);
    }
    setsize
}

/// The indices `sample` picks from a population of `n`, in selection order.
fn sample_indices(vm: &mut Vm, n: u64, k: u64) -> Vec<u64> {
    let g = rng(vm);
    let mut out = Vec::with_capacity(k as usize);
    if (n as u128) <= sample_setsize(k) {
        let mut pool: Vec<u64> = (0..n).collect();
        for i in 0..k {
            // `pool[j]`, with the last of the pool moving into its place.
            let j = g.below_u64(n - i) as usize;
            if j < pool.len() {
                out.push(pool.swap_remove(j));
            }
        }
    } else {
        let mut selected = hashbrown::HashSet::new();
        for _ in 0..k {
            let mut j = g.below_u64(n);
            while selected.contains(&j) {
                j = g.below_u64(n);
            }
            selected.insert(j);
            out.push(j);
        }
    }
    out
}

fn is_sequence(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(
        vm.heap.get(r),
        Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Range { .. } | Obj::BigRange(_)
    ))
}

/// `list(accumulate(values))` with Python `+`.
fn accumulate(vm: &mut Vm, values: Value) -> PyResult<Vec<Value>> {
    let items = vm.collect_iterable(values)?;
    let holder = vm.new_list(Vec::new());
    vm.temp_roots.push(holder);
    let mut acc: Option<Value> = None;
    let mut result = Ok(());
    for it in items {
        let next = match acc {
            None => Ok(it),
            Some(a) => vm.binary_op(BinaryOp::Add, a, it, false),
        };
        match next {
            Ok(v) => {
                acc = Some(v);
                if let (Value::Obj(h), Some(v)) = (holder, acc) {
                    if let Obj::List(l) = vm.heap.get_mut(h) {
                        l.push(v);
                    }
                }
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.temp_roots.pop();
    result?;
    match holder {
        Value::Obj(h) => match vm.heap.get_mut(h) {
            Obj::List(l) => Ok(core::mem::take(l).into()),
            _ => Ok(Vec::new()),
        },
        _ => Ok(Vec::new()),
    }
}

/// `bisect.bisect_right(a, x, lo, hi)` with Python `<`.
fn bisect_right(vm: &mut Vm, a: &[Value], x: Value, mut lo: usize, mut hi: usize) -> PyResult<usize> {
    while lo < hi {
        let mid = (lo + hi) / 2;
        let Some(&item) = a.get(mid) else { break };
        if vm.compare_bool(CompareOp::Lt, x, item)? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn sample(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (kw_counts, kw_rest): (super::KwList, super::KwList) =
        kw.iter().partition(|(k, _)| vm.str_text(*k) == "counts");
    let [population, k] = bind_args(vm, "Random.sample", args, &kw_rest, ["population", "k"])?;
    let Some(population) = population else { return Err(missing_arg(vm, "Random.sample", "population")) };
    let Some(k) = k else { return Err(missing_arg(vm, "Random.sample", "k")) };
    let counts = kw_counts.first().map(|&(_, v)| v).filter(|v| !matches!(v, Value::None));
    if !is_sequence(vm, population) {
        return Err(vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    let n = len_of(vm, population)?;
    if let Some(counts) = counts {
        let cum = accumulate(vm, counts)?;
        let holder = vm.new_list(cum.clone());
        vm.temp_roots.push(holder);
        let r = sample_counts(vm, population, n, &cum, k);
        vm.temp_roots.pop();
        return r;
    }
    let k = sample_k(vm, k, n)?;
    let picks = sample_indices(vm, n as u64, k);
    let mut out = Vec::with_capacity(picks.len());
    for j in picks {
        out.push(vm.get_item(population, Value::Int(j as i64))?);
    }
    Ok(vm.new_list(out))
}

/// `sample`'s checks of `k`: `0 <= k <= n` and an int.
fn sample_k(vm: &mut Vm, k: Value, n: usize) -> PyResult<u64> {
    match vm.as_num(k) {
        Some(crate::runtime::num::Num::Float(f)) if (0.0..=n as f64).contains(&f) => {
            Err(vm.type_error("can't multiply sequence by non-int of type 'float'"))
        }
        Some(num) => match num.to_big().ok().and_then(|b| b.to_u64()) {
            Some(k) if !matches!(num, crate::runtime::num::Num::Float(_)) && k <= n as u64 => Ok(k),
            _ => Err(vm.value_error("Sample larger than population or is negative")),
        },
        None => {
            let tn = vm.type_name(k);
            Err(vm.type_error(format!("'<=' not supported between instances of 'int' and '{tn}'")))
        }
    }
}

fn sample_counts(vm: &mut Vm, population: Value, n: usize, cum: &[Value], k: Value) -> PyResult<Value> {
    if cum.len() != n {
        return Err(vm.value_error("The number of counts does not match the population"));
    }
    let Some(&total) = cum.last() else { return Err(vm.index_error("pop from empty list")) };
    if !vm.is_int(total) {
        return Err(vm.type_error("Counts must be integers"));
    }
    let total = index_arg(vm, total)?;
    if !total.is_positive() {
        return Err(vm.value_error("Total of counts must be greater than zero"));
    }
    let Some(total) = total.to_i64() else {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    };
    let k = sample_k(vm, k, total as usize)?;
    let picks = sample_indices(vm, total as u64, k);
    let mut out = Vec::with_capacity(picks.len());
    for s in picks {
        let i = bisect_right(vm, cum.get(..n - 1).unwrap_or_default(), Value::Int(s as i64), 0, n - 1)?;
        out.push(vm.get_item(population, Value::Int(i as i64))?);
    }
    Ok(vm.new_list(out))
}

fn choices(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [population, weights, cum_weights, k] =
        bind_args(vm, "Random.choices", args, kw, ["population", "weights", "cum_weights", "k"])?;
    let Some(population) = population else { return Err(missing_arg(vm, "Random.choices", "population")) };
    let weights = weights.filter(|v| !matches!(v, Value::None));
    let cum_weights = cum_weights.filter(|v| !matches!(v, Value::None));
    let k = match k {
        None => 1,
        Some(v) => index_arg(vm, v)?.to_i64().unwrap_or(i64::MAX).max(0),
    };
    let n = len_of(vm, population)?;
    let cum = match (weights, cum_weights) {
        (None, None) => {
            let nf = n as f64;
            let mut out = Vec::new();
            for _ in 0..k {
                let i = libm::floor(rng(vm).random() * nf);
                out.push(vm.get_item(population, Value::Int(i as i64))?);
            }
            return Ok(vm.new_list(out));
        }
        (Some(w), None) => accumulate(vm, w)?,
        (None, Some(c)) => vm.collect_iterable(c)?,
        (Some(_), Some(_)) => return Err(vm.type_error("Cannot specify both weights and cumulative weights")),
    };
    let holder = vm.new_list(cum.clone());
    vm.temp_roots.push(holder);
    let r = choices_weighted(vm, population, n, &cum, k);
    vm.temp_roots.pop();
    r
}

fn choices_weighted(vm: &mut Vm, population: Value, n: usize, cum: &[Value], k: i64) -> PyResult<Value> {
    if cum.len() != n {
        return Err(vm.value_error("The number of weights does not match the population"));
    }
    let Some(&last) = cum.last() else { return Err(vm.index_error("list index out of range")) };
    let total = vm.binary_op(BinaryOp::Add, last, Value::Float(0.0), false)?;
    let total = match total {
        Value::Float(f) => f,
        other => super::float_arg(vm, other)?,
    };
    if total <= 0.0 {
        return Err(vm.value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(vm.value_error("Total of weights must be finite"));
    }
    let hi = n - 1;
    let mut out = Vec::new();
    for _ in 0..k {
        let x = Value::Float(rng(vm).random() * total);
        let i = bisect_right(vm, cum, x, 0, hi)?;
        out.push(vm.get_item(population, Value::Int(i as i64))?);
    }
    Ok(vm.new_list(out))
}

/// Python `a op b`.
fn op(vm: &mut Vm, o: BinaryOp, a: Value, b: Value) -> PyResult<Value> {
    vm.binary_op(o, a, b, false)
}

fn uniform(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [a, b] = bind_args(vm, "Random.uniform", args, kw, ["a", "b"])?;
    let Some(a) = a else { return Err(missing_arg(vm, "Random.uniform", "a")) };
    let Some(b) = b else { return Err(missing_arg(vm, "Random.uniform", "b")) };
    let r = Value::Float(rng(vm).random());
    let d = op(vm, BinaryOp::Sub, b, a)?;
    let d = op(vm, BinaryOp::Mul, d, r)?;
    op(vm, BinaryOp::Add, a, d)
}

fn triangular(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [low, high, mode] = bind_args(vm, "Random.triangular", args, kw, ["low", "high", "mode"])?;
    let mut low = low.unwrap_or(Value::Float(0.0));
    let mut high = high.unwrap_or(Value::Float(1.0));
    let mut u = rng(vm).random();
    let mut c = match mode.filter(|m| !matches!(m, Value::None)) {
        None => 0.5,
        Some(m) => {
            let num = op(vm, BinaryOp::Sub, m, low)?;
            let den = op(vm, BinaryOp::Sub, high, low)?;
            match op(vm, BinaryOp::TrueDiv, num, den) {
                Ok(c) => super::float_arg(vm, c)?,
                Err(e) if vm.exception_matches(e, vm.exc.zero_division_error) => return Ok(low),
                Err(e) => return Err(e),
            }
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        core::mem::swap(&mut low, &mut high);
    }
    let d = op(vm, BinaryOp::Sub, high, low)?;
    let d = op(vm, BinaryOp::Mul, d, Value::Float(libm::sqrt(u * c)))?;
    op(vm, BinaryOp::Add, low, d)
}

/// `mu + z * sigma` with the defaults 0.0 and 1.0.
fn scale(vm: &mut Vm, z: f64, mu: Option<Value>, sigma: Option<Value>) -> PyResult<Value> {
    let mu = mu.unwrap_or(Value::Float(0.0));
    let sigma = sigma.unwrap_or(Value::Float(1.0));
    let zs = op(vm, BinaryOp::Mul, Value::Float(z), sigma)?;
    op(vm, BinaryOp::Add, mu, zs)
}

fn gauss(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [mu, sigma] = bind_args(vm, "Random.gauss", args, kw, ["mu", "sigma"])?;
    let z = rng(vm).gauss();
    scale(vm, z, mu, sigma)
}

fn normalvariate(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [mu, sigma] = bind_args(vm, "Random.normalvariate", args, kw, ["mu", "sigma"])?;
    let magic = 4.0 * fmath::exp(-0.5) / libm::sqrt(2.0);
    let g = rng(vm);
    let z = loop {
        let u1 = g.random();
        let u2 = 1.0 - g.random();
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -fmath::log(u2) {
            break z;
        }
    };
    scale(vm, z, mu, sigma)
}

fn expovariate(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [lambd] = bind_args(vm, "Random.expovariate", args, kw, ["lambd"])?;
    let Some(lambd) = lambd else { return Err(missing_arg(vm, "Random.expovariate", "lambd")) };
    let r = rng(vm).random();
    let num = Value::Float(-fmath::log(1.0 - r));
    op(vm, BinaryOp::TrueDiv, num, lambd)
}

/// Required float arguments of `Random.<name>`.
fn float_args<const N: usize>(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    names: [&str; N],
) -> PyResult<[f64; N]> {
    let vals = bind_args(vm, name, args, kw, names)?;
    let mut out = [0.0; N];
    for ((o, v), param) in out.iter_mut().zip(vals).zip(names) {
        let Some(v) = v else { return Err(missing_arg(vm, name, param)) };
        *o = super::float_arg(vm, v)?;
    }
    Ok(out)
}

impl RandomState {
    /// `random.gammavariate(alpha, beta)` (random.py's three methods:
    /// Cheng's for alpha > 1, exponential for 1, Ahrens-Dieter's GS below).
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> f64 {
        if alpha > 1.0 {
            let log4 = fmath::log(4.0);
            let sg_magic = 1.0 + fmath::log(4.5);
            let ainv = libm::sqrt(2.0 * alpha - 1.0);
            let bbb = alpha - log4;
            let ccc = alpha + ainv;
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = fmath::log(u1 / (1.0 - u1)) / ainv;
                let x = alpha * fmath::exp(v);
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + sg_magic - 4.5 * z >= 0.0 || r >= fmath::log(z) {
                    return x * beta;
                }
            }
        } else if alpha == 1.0 {
            -fmath::log(1.0 - self.random()) * beta
        } else {
            let e = core::f64::consts::E;
            let x = loop {
                let u = self.random();
                let b = (e + alpha) / e;
                let p = b * u;
                let x = if p <= 1.0 { fmath::pow(p, 1.0 / alpha) } else { -fmath::log((b - p) / alpha) };
                let u1 = self.random();
                if p > 1.0 {
                    if u1 <= fmath::pow(x, alpha - 1.0) {
                        break x;
                    }
                } else if u1 <= fmath::exp(-x) {
                    break x;
                }
            };
            x * beta
        }
    }
}

fn gammavariate(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [alpha, beta] = float_args(vm, "Random.gammavariate", args, kw, ["alpha", "beta"])?;
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(vm.value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    Ok(Value::Float(rng(vm).gammavariate(alpha, beta)))
}

fn betavariate(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [alpha, beta] = float_args(vm, "Random.betavariate", args, kw, ["alpha", "beta"])?;
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(vm.value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    let g = rng(vm);
    let y = g.gammavariate(alpha, 1.0);
    if y != 0.0 {
        return Ok(Value::Float(y / (y + g.gammavariate(beta, 1.0))));
    }
    Ok(Value::Float(0.0))
}

fn lognormvariate(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [mu, sigma] = bind_args(vm, "Random.lognormvariate", args, kw, ["mu", "sigma"])?;
    let Some(mu) = mu else { return Err(missing_arg(vm, "Random.lognormvariate", "mu")) };
    let Some(sigma) = sigma else { return Err(missing_arg(vm, "Random.lognormvariate", "sigma")) };
    let n = normalvariate(vm, &[mu, sigma], &[])?;
    let n = super::float_arg(vm, n)?;
    let r = fmath::exp(n);
    if r.is_infinite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn vonmisesvariate(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [mu, kappa] = float_args(vm, "Random.vonmisesvariate", args, kw, ["mu", "kappa"])?;
    let pi = core::f64::consts::PI;
    let tau = core::f64::consts::TAU;
    let g = rng(vm);
    if kappa <= 1e-6 {
        return Ok(Value::Float(tau * g.random()));
    }
    let s = 0.5 / kappa;
    let r = s + libm::sqrt(1.0 + s * s);
    let z = loop {
        let u1 = g.random();
        let z = ftrig::cos(pi * u1);
        let d = z / (r + z);
        let u2 = g.random();
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * fmath::exp(d) {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let u3 = g.random();
    let theta = if u3 > 0.5 { mu + ftrig::acos(f) } else { mu - ftrig::acos(f) };
    let m = int_ops::float_mod(theta, tau).unwrap_or(f64::NAN);
    Ok(Value::Float(m))
}

fn paretovariate(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [alpha] = float_args(vm, "Random.paretovariate", args, kw, ["alpha"])?;
    let u = 1.0 - rng(vm).random();
    if alpha == 0.0 {
        let c = vm.exc.zero_division_error;
        return Err(vm.new_exception(c, "float division by zero"));
    }
    let r = int_ops::float_pow(u, -1.0 / alpha).map_err(|e| vm.num_error(e.into()))?;
    Ok(Value::Float(r))
}

fn weibullvariate(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [alpha, beta] = float_args(vm, "Random.weibullvariate", args, kw, ["alpha", "beta"])?;
    let u = 1.0 - rng(vm).random();
    if beta == 0.0 {
        let c = vm.exc.zero_division_error;
        return Err(vm.new_exception(c, "float division by zero"));
    }
    let r = int_ops::float_pow(-fmath::log(u), 1.0 / beta).map_err(|e| vm.num_error(e.into()))?;
    Ok(Value::Float(alpha * r))
}

#[cfg(test)]
mod tests;
