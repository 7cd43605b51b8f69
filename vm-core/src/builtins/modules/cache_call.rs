//! `_functools`: the call of `functools`' memoizing wrapper
//! (stdlib/functools.py's `_lru_cache_wrapper.__call__`), native as
//! CPython's C wrapper is, so that a hit runs no Python code (the Python
//! version made memoized recursion about nine times slower than CPython)
//! and a traceback through a cached function shows no wrapper frame.
//!
//! The wrapper's state is a list in its `_state` attribute (see
//! [`State`]), which the Python methods (`cache_info`, `cache_clear`)
//! read too.

use alloc::vec::Vec;

use super::NativeModule;
use crate::runtime::object::{BuiltinDef, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// The `_functools` module (its function is the wrapper class's `__call__`).
pub static MODULE: NativeModule = NativeModule { name: "_functools", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[BuiltinDef { name: "cache_call", func: cache_call }];

fn init(_vm: &mut Vm, _ns: ObjRef) {}

/// The items of a wrapper's `_state` list, in order.
#[derive(Clone, Copy)]
enum State {
    /// The cache: a dict in recency order (a hit moves its entry to the
    /// end; a full bounded cache drops its first entry).
    Entries,
    /// `maxsize`: None (unbounded) or an int.
    MaxSize,
    /// `typed`: whether argument types are part of the key.
    Typed,
    /// The hit count (an int).
    Hits,
    /// The miss count (an int).
    Misses,
    /// The wrapped function.
    Function,
    /// The marker between positional and keyword parts of a key.
    KeywordMarker,
}

/// How many items a wrapper's state has.
const STATE_LEN: usize = State::KeywordMarker as usize + 1;

/// `wrapper(*args, **kwds)`: the cached result for the arguments' key, or
/// the wrapped function's, stored under the key.
fn cache_call(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let Some((&wrapper, args)) = args.split_first() else {
        return Err(vm.type_error("cache_call() needs the cache wrapper"));
    };
    let name = vm.intern("_state");
    let state_list = vm.get_attr(wrapper, name)?;
    let state: [Value; STATE_LEN] = match state_list.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::List(items)) => match items.as_slice().try_into() {
            Ok(state) => state,
            Err(_) => return Err(vm.type_error("the cache wrapper's state is not a list of 7")),
        },
        _ => return Err(vm.type_error("the cache wrapper's state is not a list of 7")),
    };
    let get = |item: State| state.get(item as usize).copied().unwrap_or(Value::None);
    let entries = match get(State::Entries) {
        Value::Obj(d) if matches!(vm.heap.get(d), Obj::Dict(_)) => d,
        _ => return Err(vm.type_error("the cache wrapper's entries are not a dict")),
    };
    let typed = vm.truthy(get(State::Typed))?;
    let key = cache_key(vm, get(State::KeywordMarker), args, kw, typed)?;
    vm.temp_roots.push(key);
    let function = get(State::Function);
    let result = lookup_or_call(vm, state_list, entries, get(State::MaxSize), key, function, args, kw);
    vm.temp_roots.pop();
    result
}

/// The key of a call, as CPython's `_make_key`: a lone int or str argument
/// is its own key; otherwise a tuple of the positional arguments, the
/// marker and the keyword names and values, then (`typed`) their types.
fn cache_key(vm: &mut Vm, marker: Value, args: &[Value], kw: &[(ObjRef, Value)], typed: bool) -> PyResult<Value> {
    if let [only] = args {
        let class = vm.class_of(*only);
        if kw.is_empty() && !typed && (class == vm.types.int || class == vm.types.str_) {
            return Ok(*only);
        }
    }
    let mut parts: Vec<Value> = args.to_vec();
    if !kw.is_empty() {
        parts.push(marker);
        for &(name, value) in kw {
            parts.push(Value::Obj(name));
            parts.push(value);
        }
    }
    if typed {
        let values: Vec<Value> = args.iter().copied().chain(kw.iter().map(|&(_, v)| v)).collect();
        parts.extend(values.into_iter().map(|v| Value::Obj(vm.class_of(v))));
    }
    Ok(vm.new_tuple(parts))
}

/// Adds one to a count of the state list.
fn count(vm: &mut Vm, state_list: Value, item: State) {
    if let Some(Obj::List(items)) = state_list.as_obj().map(|r| vm.heap.get_mut(r)) {
        if let Some(slot) = items.as_mut_slice().get_mut(item as usize) {
            if let Value::Int(n) = *slot {
                *slot = Value::Int(n.saturating_add(1));
            }
        }
    }
}

/// The cached result under `key` (moved to the most recent end of a
/// bounded cache), or the wrapped function's, stored as `lru_cache` does.
#[allow(clippy::too_many_arguments)]
fn lookup_or_call(
    vm: &mut Vm,
    state_list: Value,
    entries: ObjRef,
    maxsize: Value,
    key: Value,
    function: Value,
    args: &[Value],
    kw: &[(ObjRef, Value)],
) -> PyResult<Value> {
    if let Some(found) = vm.dict_get(entries, key)? {
        count(vm, state_list, State::Hits);
        if !matches!(maxsize, Value::None) {
            vm.temp_roots.push(found);
            let moved = vm.dict_remove(entries, key).and_then(|_| vm.dict_set(entries, key, found));
            vm.temp_roots.pop();
            moved?;
        }
        return Ok(found);
    }
    count(vm, state_list, State::Misses);
    let result = vm.call_value_kw(function, args, kw)?;
    vm.temp_roots.push(result);
    let stored = store(vm, entries, maxsize, key, result);
    vm.temp_roots.pop();
    stored.map(|()| result)
}
/// Stores a new result: always in an unbounded cache, never in a cache of
/// size 0 or less, and in a full bounded cache in place of the least
/// recently used entry.
fn store(vm: &mut Vm, entries: ObjRef, maxsize: Value, key: Value, result: Value) -> PyResult<()> {
    let limit = match maxsize {
        Value::None => return vm.dict_set(entries, key, result),
        Value::Int(n) if n <= 0 => return Ok(()),
        Value::Int(n) => n as usize,
        _ => usize::MAX,
    };
    if vm.dict_get(entries, key)?.is_none() {
        let (len, oldest) = match vm.heap.get(entries) {
            Obj::Dict(d) => (d.len(), d.iter().next().map(|e| e.key)),
            _ => (0, None),
        };
        if let Some(oldest) = oldest.filter(|_| len >= limit) {
            vm.dict_remove(entries, oldest)?;
        }
    }
    vm.dict_set(entries, key, result)
}
