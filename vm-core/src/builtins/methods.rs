//! Methods of `str`, `list`, `dict`, `tuple`, `int` and `float`.
//! `arg_at(args, 0)` is always the receiver.

use crate::builtins::arg_at;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::{arity, int_arg, kwargs, no_kwargs, no_kwargs_arity, str_arg};
use crate::runtime::object::{BuiltinDef, DictViewKind, Obj, PyResult};
use crate::runtime::str::StrObj;
use crate::runtime::str_search;
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

use crate::runtime::bytes as rb;
use crate::runtime::str_repr as sr;

use super::format::{str_format, str_format_map};

/// Python's `str.isspace` for one character.
pub fn py_isspace(c: char) -> bool {
    sr::is_py_space(c)
}

macro_rules! defs {
    ($($name:literal => $f:ident),* $(,)?) => {
        &[$(BuiltinDef { name: $name, func: $f }),*]
    };
}

/// `str` methods.
pub static STR_METHODS: &[BuiltinDef] = defs! {
    "split" => str_split, "rsplit" => str_rsplit, "join" => str_join, "strip" => str_strip,
    "lstrip" => str_lstrip, "rstrip" => str_rstrip, "replace" => str_replace, "find" => str_find,
    "rfind" => str_rfind, "index" => str_index, "rindex" => str_rindex, "count" => str_count,
    "startswith" => str_startswith, "endswith" => str_endswith, "upper" => str_upper,
    "lower" => str_lower, "casefold" => str_casefold, "isdigit" => str_isdigit, "isdecimal" => str_isdecimal, "istitle" => str_istitle, "isnumeric" => str_isnumeric,
    "isalpha" => str_isalpha, "isspace" => str_isspace, "isalnum" => str_isalnum,
    "isupper" => str_isupper, "islower" => str_islower, "center" => str_center, "ljust" => str_ljust,
    "rjust" => str_rjust, "zfill" => str_zfill, "title" => str_title, "capitalize" => str_capitalize,
    "swapcase" => str_swapcase, "splitlines" => str_splitlines, "partition" => str_partition,
    "rpartition" => str_rpartition, "isidentifier" => str_isidentifier,
    "format" => str_format, "format_map" => str_format_map, "isascii" => str_isascii,
    "removeprefix" => str_removeprefix, "removesuffix" => str_removesuffix, "expandtabs" => str_expandtabs,
};

/// `slice` methods.
pub static SLICE_METHODS: &[BuiltinDef] = defs! { "indices" => slice_indices };

/// `list` methods.
pub static LIST_METHODS: &[BuiltinDef] = defs! {
    "append" => list_append, "extend" => list_extend, "insert" => list_insert, "pop" => list_pop,
    "remove" => list_remove, "index" => list_index, "count" => list_count, "sort" => list_sort,
    "reverse" => list_reverse, "copy" => list_copy, "clear" => list_clear,
};

/// `dict` methods.
pub static DICT_METHODS: &[BuiltinDef] = defs! {
    "get" => dict_get, "keys" => dict_keys, "values" => dict_values, "items" => dict_items,
    "pop" => dict_pop, "setdefault" => dict_setdefault, "update" => dict_update, "copy" => dict_copy,
    "clear" => dict_clear, "popitem" => dict_popitem,
};

/// `tuple` methods.
pub static TUPLE_METHODS: &[BuiltinDef] = defs! { "index" => list_index, "count" => list_count };

/// `float` methods.
pub static FLOAT_METHODS: &[BuiltinDef] = defs! {
    "is_integer" => float_is_integer, "conjugate" => real_conjugate, "as_integer_ratio" => float_as_integer_ratio,
};

/// `int` methods.
pub static INT_METHODS: &[BuiltinDef] = defs! {
    "bit_length" => int_bit_length, "conjugate" => real_conjugate, "as_integer_ratio" => int_as_integer_ratio,
    "bit_count" => int_bit_count,
};

// ----- helpers -----

fn recv_str(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<String> {
    match args.first().and_then(|&v| vm.as_str(vm.unwrap_native(v))) {
        Some(s) => Ok(String::from(s)),
        None => Err(super::descriptor_error(vm, name, "str", args)),
    }
}

fn recv_list(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<ObjRef> {
    match args.first().map(|&v| vm.unwrap_native(v)) {
        Some(Value::Obj(r)) if matches!(vm.heap.get(r), Obj::List(_) | Obj::Tuple(_)) => Ok(r),
        _ => Err(super::descriptor_error(vm, name, "list", args)),
    }
}

fn recv_dict(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<ObjRef> {
    match args.first().map(|&v| vm.unwrap_native(v)) {
        Some(Value::Obj(r)) if matches!(vm.heap.get(r), Obj::Dict(_)) => Ok(r),
        _ => Err(super::descriptor_error(vm, name, "dict", args)),
    }
}

fn list_items(vm: &Vm, r: ObjRef) -> Vec<Value> {
    match vm.heap.get(r) {
        Obj::List(v) | Obj::Tuple(v) => v.to_vec(),
        _ => Vec::new(),
    }
}

fn with_list<T>(vm: &mut Vm, r: ObjRef, f: impl FnOnce(&mut Vec<Value>) -> T) -> Option<T> {
    match vm.heap.get_mut(r) {
        Obj::List(v) => Some(v.with_vec(f)),
        _ => None,
    }
}

fn opt_str_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.as_str(v) {
            Some(s) => Ok(Some(String::from(s))),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("must be str or None, not {tn}")))
            }
        },
    }
}

fn bool_v(b: bool) -> PyResult<Value> {
    Ok(Value::Bool(b))
}

/// Resolves optional start/end arguments against a char length.
fn span(vm: &mut Vm, start: Option<Value>, end: Option<Value>, len: usize) -> PyResult<(usize, usize)> {
    let adj = |vm: &mut Vm, v: Option<Value>, default: usize| -> PyResult<usize> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = int_arg(vm, v)?;
                let i = if i < 0 { (i + len as i64).max(0) } else { i.min(len as i64) };
                Ok(i as usize)
            }
        }
    };
    Ok((adj(vm, start, 0)?, adj(vm, end, len)?))
}

/// Resolves the optional start/end arguments of a str search against the
/// char length `len`: `None` when the range finds nothing, not even the
/// empty string (a start past the length, or after the end), as CPython's
/// searches decide.
fn search_span(vm: &mut Vm, start: Option<Value>, end: Option<Value>, len: usize) -> PyResult<Option<(usize, usize)>> {
    let bound = |vm: &mut Vm, v: Option<Value>| -> PyResult<Option<i64>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(v) => Ok(Some(int_arg(vm, v)?)),
        }
    };
    let (start, end) = (bound(vm, start)?, bound(vm, end)?);
    if start.is_some_and(|a| a > len as i64) {
        return Ok(None);
    }
    let clamp = |i: i64| if i < 0 { (i + len as i64).max(0) as usize } else { (i as u64).min(len as u64) as usize };
    let (a, b) = (start.map_or(0, clamp), end.map_or(len, clamp));
    Ok((a <= b).then_some((a, b)))
}

/// The receiver of a str method (a str subclass's wrapped str), checked:
/// methods read its text in place through [`str_obj`] and `Vm::as_str`
/// rather than copying it, so a call costs what it scans or makes.
fn recv_value(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let v = args.first().map_or(Value::None, |&v| vm.unwrap_native(v));
    match str_obj(vm, v) {
        Some(_) => Ok(v),
        None => Err(super::descriptor_error(vm, name, "str", args)),
    }
}

/// A method's checks in one out-of-line call: no keyword arguments,
/// `min..=max` positional arguments (the receiver counted), then the
/// receiver, a list (or tuple: [`recv_list`]).
#[cfg_attr(feature = "small-code", inline(never))]
#[cfg_attr(not(feature = "small-code"), inline)]
fn checked_list(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    min: usize,
    max: usize,
) -> PyResult<ObjRef> {
    no_kwargs_arity(vm, name, args, kw, min, max)?;
    recv_list(vm, args, name)
}

/// [`checked_list`] for a dict receiver ([`recv_dict`]).
#[cfg_attr(feature = "small-code", inline(never))]
#[cfg_attr(not(feature = "small-code"), inline)]
fn checked_dict(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    min: usize,
    max: usize,
) -> PyResult<ObjRef> {
    no_kwargs_arity(vm, name, args, kw, min, max)?;
    recv_dict(vm, args, name)
}

/// [`checked_list`] for a str receiver as a value ([`recv_value`]).
#[cfg_attr(feature = "small-code", inline(never))]
#[cfg_attr(not(feature = "small-code"), inline)]
fn checked_value(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    min: usize,
    max: usize,
) -> PyResult<Value> {
    no_kwargs_arity(vm, name, args, kw, min, max)?;
    recv_value(vm, args, name)
}

/// The str object `v` is, if it is one.
fn str_obj(vm: &Vm, v: Value) -> Option<&StrObj> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// The char length of `v`, a str from [`recv_value`].
fn char_len(vm: &Vm, v: Value) -> usize {
    str_obj(vm, v).map_or(0, StrObj::char_len)
}

// ----- str -----

fn split_impl(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, right: bool) -> PyResult<Value> {
    let [sep_kw, max_kw] = kwargs(vm, name, kw, ["sep", "maxsplit"])?;
    arity(vm, name, args, 1, 3)?;
    let s = recv_str(vm, args, name)?;
    let sep = opt_str_arg(vm, args.get(1).copied().or(sep_kw))?;
    let maxsplit = match args.get(2).copied().or(max_kw) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut parts: Vec<&str> = Vec::new();
    match sep {
        Some(sep) => {
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if !cfg!(feature = "small-code") {
                // Core's split iterators: one searcher for the whole
                // string (the scan below, for `small-code`, restarts per part).
                if right {
                    parts.extend(s.rsplitn(max.saturating_add(1), sep.as_str()));
                    parts.reverse();
                } else {
                    parts.extend(s.splitn(max.saturating_add(1), sep.as_str()));
                }
            } else if right {
                let mut rest = s.as_str();
                while parts.len() < max {
                    match str_search::rfind(rest, &sep) {
                        Some(i) => {
                            parts.push(rest.get(i + sep.len()..).unwrap_or_default());
                            rest = rest.get(..i).unwrap_or_default();
                        }
                        None => break,
                    }
                }
                parts.push(rest);
                parts.reverse();
            } else {
                let mut rest = s.as_str();
                while parts.len() < max {
                    match str_search::find(rest, &sep) {
                        Some(i) => {
                            parts.push(rest.get(..i).unwrap_or_default());
                            rest = rest.get(i + sep.len()..).unwrap_or_default();
                        }
                        None => break,
                    }
                }
                parts.push(rest);
            }
        }
        None => {
            if right {
                let mut rest = s.trim_end_matches(py_isspace);
                while !rest.is_empty() {
                    if parts.len() >= max {
                        parts.push(rest);
                        break;
                    }
                    match rest.rfind(py_isspace) {
                        Some(i) => {
                            let tail = rest.get(i..).unwrap_or_default();
                            let c = tail.chars().next().map_or(1, |c| c.len_utf8());
                            parts.push(tail.get(c..).unwrap_or_default());
                            rest = rest.get(..i).unwrap_or_default().trim_end_matches(py_isspace);
                        }
                        None => {
                            parts.push(rest);
                            break;
                        }
                    }
                }
                parts.reverse();
            } else if s.is_ascii() {
                split_ascii_whitespace(&s, max, &mut parts);
            } else {
                let mut rest = s.trim_start_matches(py_isspace);
                while !rest.is_empty() {
                    if parts.len() >= max {
                        parts.push(rest);
                        break;
                    }
                    match rest.find(py_isspace) {
                        Some(i) => {
                            parts.push(rest.get(..i).unwrap_or_default());
                            rest = rest.get(i..).unwrap_or_default().trim_start_matches(py_isspace);
                        }
                        None => {
                            parts.push(rest);
                            break;
                        }
                    }
                }
            }
        }
    }
    let vals: Vec<Value> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(vals))
}

/// `s.split()` (at most `max` splits) for an ASCII `s`, byte by byte: the
/// same parts as the general path (Python's whitespace in ASCII is
/// `\t`..`\r`, `\x1c`..`\x1f` and space), without decoding characters.
fn split_ascii_whitespace<'a>(s: &'a str, max: usize, parts: &mut Vec<&'a str>) {
    let is_space = |b: u8| matches!(b, b'\t'..=b'\r' | 0x1c..=b' ');
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        while bytes.get(i).is_some_and(|&b| is_space(b)) {
            i += 1;
        }
        if i == bytes.len() {
            break;
        }
        if parts.len() >= max {
            // The rest, leading whitespace gone, trailing kept (as CPython).
            parts.push(s.get(i..).unwrap_or_default());
            break;
        }
        let start = i;
        while bytes.get(i).is_some_and(|&b| !is_space(b)) {
            i += 1;
        }
        parts.push(s.get(start..i).unwrap_or_default());
    }
}

fn str_split(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    split_impl(vm, args, kw, "split", false)
}

fn str_rsplit(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    split_impl(vm, args, kw, "rsplit", true)
}

fn str_join(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "join", args, kw, 2, 2)?;
    let sep = recv_str(vm, args, "join")?;
    let items = vm.collect_iterable(arg_at(args, 1))?;
    // The result's size is known before building it: charge it first.
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for it in &items {
        total = total.saturating_add(vm.as_str(*it).map_or(0, str::len));
    }
    vm.reserve(total)?;
    vm.charge_work(total / core::mem::size_of::<Value>())?;
    let mut out = String::with_capacity(total);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.as_str(*it) {
            Some(s) => out.push_str(s),
            None => {
                let tn = vm.type_name(*it);
                return Err(vm.type_error(format!("sequence item {i}: expected str instance, {tn} found")));
            }
        }
    }
    Ok(vm.new_string(out))
}

fn strip_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let recv = checked_value(vm, name, args, kw, 1, 2)?;
    let chars = opt_str_arg(vm, args.get(1).copied())?;
    let s = vm.as_str(recv).unwrap_or_default();
    let mut t = s;
    match chars {
        Some(cs) => {
            let set: Vec<char> = cs.chars().collect();
            if left {
                t = t.trim_start_matches(|c| set.contains(&c));
            }
            if right {
                t = t.trim_end_matches(|c| set.contains(&c));
            }
        }
        None => {
            if left {
                t = t.trim_start_matches(py_isspace);
            }
            if right {
                t = t.trim_end_matches(py_isspace);
            }
        }
    }
    if t.len() == s.len() {
        // Unchanged: the receiver's str itself (a subclass's gives a str).
        return Ok(recv);
    }
    let t = String::from(t);
    Ok(vm.new_string(t))
}

fn str_strip(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, kw, "rstrip", false, true)
}

fn str_replace(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let recv = checked_value(vm, "replace", args, kw, 3, 4)?;
    let old = str_arg(vm, arg_at(args, 1), "replace() argument 1")?;
    let new = str_arg(vm, arg_at(args, 2), "replace() argument 2")?;
    let count = match args.get(3) {
        Some(&c) => int_arg(vm, c)?,
        None => -1,
    };
    let s = vm.as_str(recv).unwrap_or_default();
    if count == 0 || (!old.is_empty() && !str_search::contains(s, &old)) {
        // Nothing to replace: the receiver's str itself, as CPython.
        return Ok(recv);
    }
    let out = if count < 0 {
        if old.is_empty() {
            let mut o = String::new();
            o.push_str(&new);
            for c in s.chars() {
                o.push(c);
                o.push_str(&new);
            }
            o
        } else {
            str_search::replace(s, &old, &new, usize::MAX)
        }
    } else if old.is_empty() {
        let mut o = String::new();
        let mut n = 0;
        let mut chars = s.chars();
        loop {
            if (n as i64) < count {
                o.push_str(&new);
                n += 1;
            } else {
                o.push_str(chars.as_str());
                break;
            }
            match chars.next() {
                Some(c) => o.push(c),
                None => break,
            }
        }
        o
    } else {
        str_search::replace(s, &old, &new, count as usize)
    };
    Ok(vm.new_string(out))
}

fn find_impl(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, right: bool) -> PyResult<Option<usize>> {
    let recv = checked_value(vm, name, args, kw, 2, 4)?;
    let sub = match vm.as_str(arg_at(args, 1)) {
        Some(x) => String::from(x),
        None => {
            let tn = vm.type_name(arg_at(args, 1));
            return Err(vm.type_error(format!("must be str, not {tn}")));
        }
    };
    let len = char_len(vm, recv);
    let Some((a, b)) = search_span(vm, args.get(2).copied(), args.get(3).copied(), len)? else { return Ok(None) };
    // The receiver's text in place (no copy: a scan from `start` costs
    // what it scans, whatever the string's length).
    let Some(so) = str_obj(vm, recv) else { return Ok(None) };
    let (ba, bb) = (so.byte_offset(a), so.byte_offset(b));
    let hay = so.as_str().get(ba..bb).unwrap_or("");
    let found = if right { str_search::rfind(hay, &sub) } else { str_search::find(hay, &sub) };
    Ok(found.map(|byte| so.char_index(ba + byte)))
}

fn str_find(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, kw, "find", false)?.map_or(-1, |i| i as i64)))
}

fn str_rfind(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, kw, "rfind", true)?.map_or(-1, |i| i as i64)))
}

fn str_index(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    match find_impl(vm, args, kw, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_rindex(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    match find_impl(vm, args, kw, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_count(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let recv = checked_value(vm, "count", args, kw, 2, 4)?;
    let sub = str_arg(vm, arg_at(args, 1), "count() argument 1")?;
    let len = char_len(vm, recv);
    let Some((a, b)) = search_span(vm, args.get(2).copied(), args.get(3).copied(), len)? else {
        return Ok(Value::Int(0));
    };
    let n = match str_obj(vm, recv) {
        _ if sub.is_empty() => b - a + 1,
        Some(so) => str_search::count(so.slice_chars(a, b), &sub),
        None => 0,
    };
    Ok(Value::Int(n as i64))
}

fn affix_impl(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, suffix: bool) -> PyResult<Value> {
    let recv = checked_value(vm, name, args, kw, 2, 4)?;
    let len = char_len(vm, recv);
    let span = search_span(vm, args.get(2).copied(), args.get(3).copied(), len)?;
    let candidates: Vec<Value> = match arg_at(args, 1) {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Tuple(items) => items.to_vec(),
            Obj::Str(_) => vec![arg_at(args, 1)],
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    if candidates.is_empty() && vm.as_str(arg_at(args, 1)).is_none() {
        let tn = vm.type_name(arg_at(args, 1));
        return Err(vm.type_error(format!("{name} first arg must be str or a tuple of str, not {tn}")));
    }
    let Some((a, b)) = span else { return bool_v(false) };
    for c in candidates {
        // The range of the receiver's text in place: a test costs the
        // affix's length, not the string's.
        let hit = match (vm.as_str(c), str_obj(vm, recv)) {
            (Some(p), Some(so)) => {
                let hay = so.slice_chars(a, b);
                Some((suffix && hay.ends_with(p)) || (!suffix && hay.starts_with(p)))
            }
            (Some(_), None) => Some(false),
            (None, _) => None,
        };
        match hit {
            Some(true) => return bool_v(true),
            Some(false) => {}
            None => {
                let tn = vm.type_name(c);
                return Err(vm.type_error(format!("tuple for {name} must only contain str, not {tn}")));
            }
        }
    }
    bool_v(false)
}

fn str_startswith(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    affix_impl(vm, args, kw, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    affix_impl(vm, args, kw, "endswith", true)
}

/// `s.NAME()` through `f` (made in place, without `f`, for ASCII text when
/// `ascii_case` says which of `upper` (true) and `lower` (false) it is).
fn map_str(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    name: &str,
    f: fn(&str) -> String,
    ascii_case: Option<bool>,
) -> PyResult<Value> {
    no_kwargs_arity(vm, name, args, kw, 1, 1)?;
    // The receiver is read in place (not copied): `f` makes the one new string.
    if let (Some(upper), Some(Value::Obj(s))) = (ascii_case, args.first().map(|&v| vm.unwrap_native(v))) {
        if let Some(mapped) = vm.new_str_ascii_case(s, upper) {
            return Ok(mapped);
        }
    }
    let out = match args.first().and_then(|&v| vm.as_str(vm.unwrap_native(v))) {
        #[cfg(not(feature = "unicode-case"))]
        Some(s) if !s.is_ascii() => {
            return Err(vm.not_implemented_error(format!(
                "str.{name}() of non-ASCII text needs vm-core's 'unicode-case' feature"
            )))
        }
        Some(s) => f(s),
        None => return Err(super::descriptor_error(vm, name, "str", args)),
    };
    Ok(vm.new_string(out))
}

fn test_str(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let recv = checked_value(vm, name, args, kw, 1, 1)?;
    bool_v(f(vm.as_str(recv).unwrap_or_default()))
}

pub(super) fn str_upper(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    map_str(vm, args, kw, "upper", sr::str_upper, Some(true))
}

fn str_casefold(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    map_str(vm, args, kw, "casefold", sr::str_casefold, None)
}

pub(super) fn str_lower(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    map_str(vm, args, kw, "lower", sr::str_lower, Some(false))
}

fn str_swapcase(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    map_str(vm, args, kw, "swapcase", sr::str_swapcase, None)
}

fn str_title(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    map_str(vm, args, kw, "title", sr::str_title, None)
}

fn str_capitalize(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    map_str(vm, args, kw, "capitalize", sr::str_capitalize, None)
}

fn str_isdigit(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_str(vm, args, kw, "isdigit", sr::str_isdigit)
}

fn str_isdecimal(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_str(vm, args, kw, "isdecimal", sr::str_isdecimal)
}

fn str_istitle(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_str(vm, args, kw, "istitle", sr::str_istitle)
}

fn str_isnumeric(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_str(vm, args, kw, "isnumeric", sr::str_isnumeric)
}

fn str_isalpha(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_str(vm, args, kw, "isalpha", sr::str_isalpha)
}

fn str_isalnum(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_str(vm, args, kw, "isalnum", sr::str_isalnum)
}

fn str_isspace(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_str(vm, args, kw, "isspace", sr::str_isspace)
}

fn str_isupper(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_str(vm, args, kw, "isupper", sr::str_isupper)
}

fn str_islower(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_str(vm, args, kw, "islower", sr::str_islower)
}

fn str_isascii(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let recv = checked_value(vm, "isascii", args, kw, 1, 1)?;
    bool_v(str_obj(vm, recv).is_some_and(StrObj::is_ascii))
}

fn str_removeprefix(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    remove_affix(vm, args, kw, "removeprefix", true)
}

fn str_removesuffix(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    remove_affix(vm, args, kw, "removesuffix", false)
}

/// `str.removeprefix` / `str.removesuffix`.
fn remove_affix(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, prefix: bool) -> PyResult<Value> {
    let recv = checked_value(vm, name, args, kw, 2, 2)?;
    let a = arg_at(args, 1);
    let (Some(s), Some(affix)) = (vm.as_str(recv), vm.as_str(vm.unwrap_native(a))) else {
        let tn = if matches!(a, Value::None) { String::from("None") } else { vm.type_name(a) };
        return Err(vm.type_error(format!("{name}() argument must be str, not {tn}")));
    };
    let rest = if prefix { s.strip_prefix(affix) } else { s.strip_suffix(affix) };
    match rest {
        Some(rest) if rest.len() < s.len() => {
            let rest = String::from(rest);
            Ok(vm.new_string(rest))
        }
        // Unchanged: the receiver's str itself.
        _ => Ok(recv),
    }
}

/// `str.expandtabs(tabsize=8)`: tabs become spaces up to the next multiple
/// of `tabsize` columns (the column restarts after `\n` and `\r`).
fn str_expandtabs(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [size_kw] = super::kwargs(vm, "expandtabs", kw, ["tabsize"])?;
    arity(vm, "expandtabs", args, 1, 2)?;
    let recv = recv_value(vm, args, "expandtabs")?;
    let size = match args.get(1).copied().or(size_kw) {
        Some(v) => int_arg(vm, v)?,
        None => 8,
    };
    let s = vm.as_str(recv).unwrap_or_default();
    let mut out = String::with_capacity(s.len());
    if !rb::expand_tabs(s.chars(), size, vm.heap.limit(), &mut out) {
        return Err(vm.memory_error());
    }
    Ok(vm.new_string(out))
}

/// `slice.indices(length)`: the (start, stop, step) the slice selects in
/// a sequence of that length.
fn slice_indices(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "indices", kw)?;
    let Some(Value::Obj(r)) = args.first().copied() else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    if args.len() != 2 {
        let n = args.len().saturating_sub(1);
        return Err(vm.type_error(format!("slice.indices() takes exactly one argument ({n} given)")));
    }
    let len = arg_at(args, 1);
    let n = match len {
        Value::Int(_) | Value::Bool(_) => vm.index_value(len, "slice")?,
        Value::Obj(o) if matches!(vm.heap.get(o), Obj::BigInt(_) | Obj::Instance(_)) => vm.index_value(len, "slice")?,
        _ => {
            return Err(vm.not_integer_error(len));
        }
    };
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    if !matches!(vm.heap.get(r), Obj::Slice(_)) {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    }
    let ix = vm.slice_indices(r, n as usize)?;
    Ok(vm.new_tuple(alloc::vec![Value::Int(ix.start), Value::Int(ix.stop), Value::Int(ix.step)]))
}

fn str_isidentifier(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    test_str(vm, args, kw, "isidentifier", |s| {
        let mut cs = s.chars();
        matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric())
    })
}

fn pad_impl(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, mode: u8) -> PyResult<Value> {
    let recv = checked_value(vm, name, args, kw, 2, 3)?;
    let width = int_arg(vm, arg_at(args, 1))?;
    let fill = match args.get(2) {
        Some(&f) => {
            let t = str_arg(vm, f, &format!("{name}() argument 2"))?;
            let mut cs = t.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return Err(vm.type_error("The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    let len = char_len(vm, recv) as i64;
    if width <= len {
        return Ok(recv);
    }
    if (width - len) as usize > vm.heap.limit() {
        return Err(vm.memory_error());
    }
    let (left, right) = rb::pad_sides(len as usize, width as usize, mode);
    let s = vm.as_str(recv).unwrap_or_default();
    let out = rb::pad(s.as_bytes(), left, right, fill.encode_utf8(&mut [0; 4]).as_bytes());
    Ok(vm.new_string(String::from_utf8(out).unwrap_or_default()))
}

fn str_ljust(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    pad_impl(vm, args, kw, "ljust", 0)
}

fn str_rjust(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    pad_impl(vm, args, kw, "rjust", 1)
}

fn str_center(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    pad_impl(vm, args, kw, "center", 2)
}

fn str_zfill(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let recv = checked_value(vm, "zfill", args, kw, 2, 2)?;
    let width = int_arg(vm, arg_at(args, 1))?;
    let len = char_len(vm, recv) as i64;
    if width <= len {
        return Ok(recv);
    }
    let fill = (width - len) as usize;
    if fill > vm.heap.limit() {
        return Err(vm.memory_error());
    }
    let out = rb::zfill(vm.as_str(recv).unwrap_or_default().as_bytes(), fill);
    Ok(vm.new_string(String::from_utf8(out).unwrap_or_default()))
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [keep_kw] = kwargs(vm, "splitlines", kw, ["keepends"])?;
    arity(vm, "splitlines", args, 1, 2)?;
    let s = recv_str(vm, args, "splitlines")?;
    let keep = match args.get(1).copied().or(keep_kw) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let is_break = |c: char| {
        matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
    };
    let spans = rb::line_spans(s.char_indices(), s.len(), is_break, keep);
    let vals: Vec<Value> = spans.into_iter().map(|(a, b)| vm.new_str(s.get(a..b).unwrap_or_default())).collect();
    Ok(vm.new_list(vals))
}

fn partition_impl(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, right: bool) -> PyResult<Value> {
    let recv = checked_value(vm, name, args, kw, 2, 2)?;
    let sep = str_arg(vm, arg_at(args, 1), &format!("{name}() argument"))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let s = vm.as_str(recv).unwrap_or_default();
    let found = if right { str_search::rfind(s, &sep) } else { str_search::find(s, &sep) };
    let spans = rb::partition_spans(s.len(), sep.len(), found, right);
    // The whole text (`None`) is the receiver itself (a subclass's
    // instance too, as CPython), not a copy.
    let parts = spans.map(|(a, b)| (a > 0 || b < s.len()).then(|| String::from(s.get(a..b).unwrap_or_default())));
    let vals = parts.map(|p| p.map_or(arg_at(args, 0), |p| vm.new_string(p))).to_vec();
    Ok(vm.new_tuple(vals))
}

fn str_partition(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, kw, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, kw, "rpartition", true)
}

// ----- list / tuple -----

pub(super) fn list_append(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let r = checked_list(vm, "append", args, kw, 2, 2)?;
    if let Obj::List(l) = vm.heap.get_mut(r) {
        if !l.try_push(arg_at(args, 1)) {
            return Err(vm.memory_error());
        }
    }
    vm.heap.note_growth(16);
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let r = checked_list(vm, "extend", args, kw, 2, 2)?;
    let items = vm.collect_iterable(arg_at(args, 1))?;
    if with_list(vm, r, |l| l.try_reserve(items.len()).is_err()) == Some(true) {
        return Err(vm.memory_error());
    }
    vm.heap.note_growth(16 * items.len());
    with_list(vm, r, |l| l.extend(items));
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let r = checked_list(vm, "insert", args, kw, 3, 3)?;
    let i = int_arg(vm, arg_at(args, 1))?;
    if with_list(vm, r, |l| l.try_reserve(1).is_err()) == Some(true) {
        return Err(vm.memory_error());
    }
    with_list(vm, r, |l| {
        let len = l.len() as i64;
        let idx = if i < 0 { (i + len).max(0) } else { i.min(len) };
        l.insert(idx as usize, arg_at(args, 2));
    });
    vm.heap.note_growth(16);
    Ok(Value::None)
}

pub(super) fn list_pop(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let r = checked_list(vm, "pop", args, kw, 1, 2)?;
    let i = match args.get(1) {
        Some(&v) => int_arg(vm, v)?,
        None => -1,
    };
    let res = with_list(vm, r, |l| {
        if l.is_empty() {
            return Err("pop from empty list");
        }
        let len = l.len() as i64;
        let idx = if i < 0 { i + len } else { i };
        if idx < 0 || idx >= len {
            return Err("pop index out of range");
        }
        Ok(l.remove(idx as usize))
    });
    match res {
        Some(Ok(v)) => Ok(v),
        Some(Err(m)) => Err(vm.index_error(m)),
        None => Ok(Value::None),
    }
}

fn list_remove(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let r = checked_list(vm, "remove", args, kw, 2, 2)?;
    let items = list_items(vm, r);
    for (i, &v) in items.iter().enumerate() {
        if vm.eq(v, arg_at(args, 1))? {
            with_list(vm, r, |l| {
                if i < l.len() {
                    l.remove(i);
                }
            });
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn list_index(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let r = checked_list(vm, "index", args, kw, 2, 4)?;
    let is_tuple = matches!(vm.heap.get(r), Obj::Tuple(_));
    let items = list_items(vm, r);
    let (a, b) = span(vm, args.get(2).copied(), args.get(3).copied(), items.len())?;
    for (i, &item) in items.iter().enumerate().take(b).skip(a) {
        if vm.eq(item, arg_at(args, 1))? {
            return Ok(Value::Int(i as i64));
        }
    }
    if is_tuple {
        return Err(vm.value_error("tuple.index(x): x not in tuple"));
    }
    let rep = vm.repr(arg_at(args, 1))?;
    Err(vm.value_error(format!("{rep} is not in list")))
}

fn list_count(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let r = checked_list(vm, "count", args, kw, 2, 2)?;
    let items = list_items(vm, r);
    let mut n = 0;
    for v in items {
        if vm.eq(v, arg_at(args, 1))? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let [key, reverse] = kwargs(vm, "sort", kw, ["key", "reverse"])?;
    if args.len() != 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let r = recv_list(vm, args, "sort")?;
    let reverse = match reverse {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut items = list_items(vm, r);
    // CPython empties the list while sorting so mutation is detectable.
    let key = key.filter(|k| !matches!(k, Value::None));
    super::functions::sort_values(vm, &mut items, key, reverse)?;
    with_list(vm, r, |l| *l = items);
    Ok(Value::None)
}

fn list_reverse(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let r = checked_list(vm, "reverse", args, kw, 1, 1)?;
    with_list(vm, r, |l| l.reverse());
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let r = checked_list(vm, "copy", args, kw, 1, 1)?;
    let items = list_items(vm, r);
    Ok(vm.new_list(items))
}

fn list_clear(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let r = checked_list(vm, "clear", args, kw, 1, 1)?;
    with_list(vm, r, |l| l.clear());
    Ok(Value::None)
}

// ----- dict -----

pub(super) fn dict_get(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let d = checked_dict(vm, "get", args, kw, 2, 3)?;
    Ok(vm.dict_get(d, arg_at(args, 1))?.unwrap_or(args.get(2).copied().unwrap_or(Value::None)))
}

fn view(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)], name: &str, kind: DictViewKind) -> PyResult<Value> {
    let d = checked_dict(vm, name, args, kw, 1, 1)?;
    Ok(Value::Obj(vm.heap.alloc(Obj::DictView { dict: d, kind })))
}

fn dict_keys(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    view(vm, args, kw, "keys", DictViewKind::Keys)
}

fn dict_values(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    view(vm, args, kw, "values", DictViewKind::Values)
}

fn dict_items(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    view(vm, args, kw, "items", DictViewKind::Items)
}

fn dict_pop(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let d = checked_dict(vm, "pop", args, kw, 2, 3)?;
    match vm.dict_remove(d, arg_at(args, 1))? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(&def) => Ok(def),
            None => Err(vm.key_error(arg_at(args, 1))),
        },
    }
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let d = checked_dict(vm, "setdefault", args, kw, 2, 3)?;
    if let Some(v) = vm.dict_get(d, arg_at(args, 1))? {
        return Ok(v);
    }
    let def = args.get(2).copied().unwrap_or(Value::None);
    vm.dict_set(d, arg_at(args, 1), def)?;
    Ok(def)
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    arity(vm, "update", args, 1, 2)?;
    let d = recv_dict(vm, args, "update")?;
    if let Some(&src) = args.get(1) {
        super::types::dict_merge(vm, d, src)?;
    }
    for &(k, v) in kw {
        vm.dict_set(d, Value::Obj(k), v)?;
    }
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let d = checked_dict(vm, "copy", args, kw, 1, 1)?;
    let n = vm.new_dict_obj();
    super::types::dict_merge(vm, n, Value::Obj(d))?;
    Ok(Value::Obj(n))
}

fn dict_clear(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let d = checked_dict(vm, "clear", args, kw, 1, 1)?;
    if let Obj::Dict(dd) = vm.heap.get_mut(d) {
        dd.clear();
    }
    Ok(Value::None)
}

fn dict_popitem(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let d = checked_dict(vm, "popitem", args, kw, 1, 1)?;
    let last = match vm.heap.get(d) {
        Obj::Dict(dd) => (0..dd.raw_len()).rev().find(|&i| dd.raw_entry(i).is_some()),
        _ => None,
    };
    match last {
        Some(i) => {
            let e = match vm.heap.get_mut(d) {
                Obj::Dict(dd) => dd.remove_at(i),
                _ => None,
            };
            let Some(e) = e else { return Ok(Value::None) };
            Ok(vm.new_tuple(vec![e.key, e.value]))
        }
        None => {
            let c = vm.exc.key_error;
            Err(vm.new_exception(c, "popitem(): dictionary is empty"))
        }
    }
}

/// `dict.fromkeys(iterable, value=None)` (installed as a classmethod).
pub fn dict_fromkeys(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "fromkeys", kw)?;
    if args.len() < 2 || args.len() > 3 {
        let n = args.len().saturating_sub(1);
        return Err(vm.type_error(format!("fromkeys expected at least 1 argument, got {n}")));
    }
    let value = args.get(2).copied().unwrap_or(Value::None);
    let cls = arg_at(args, 0);
    if cls != Value::Obj(vm.types.dict) && !cls.is_null() {
        // A subclass: `cls()`, then `d[key] = value` through its
        // `__setitem__` for each key as the iterable gives it, as CPython
        // does (with `rare-methods`).
        #[cfg(feature = "rare-methods")]
        {
            let d = vm.call_value(cls, &[])?;
            vm.temp_roots.push(d);
            let r = fill_from_keys(vm, d, arg_at(args, 1), value);
            vm.temp_roots.pop();
            return r.map(|()| d);
        }
        #[cfg(not(feature = "rare-methods"))]
        return Err(vm.missing_feature("fromkeys() of a dict subclass", "rare-methods"));
    }
    let keys = vm.collect_iterable(arg_at(args, 1))?;
    let d = vm.new_dict_obj();
    vm.temp_roots.push(Value::Obj(d));
    for k in keys {
        if let Err(e) = vm.dict_set(d, k, value) {
            vm.temp_roots.pop();
            return Err(e);
        }
    }
    vm.temp_roots.pop();
    Ok(Value::Obj(d))
}

/// `d[key] = value` for each key of `iterable` (`fromkeys` of a subclass).
#[cfg(feature = "rare-methods")]
fn fill_from_keys(vm: &mut Vm, d: Value, iterable: Value, value: Value) -> PyResult<()> {
    let it = vm.get_iter(iterable)?;
    vm.temp_roots.push(it);
    let r = (|| {
        while let Some(k) = vm.iter_next(it)? {
            vm.set_item(d, k, value)?;
        }
        Ok(())
    })();
    vm.temp_roots.pop();
    r
}

/// `fromkeys` as a static definition (wrapped in a classmethod at install).
pub static DICT_FROMKEYS: BuiltinDef = BuiltinDef { name: "fromkeys", func: dict_fromkeys };

// ----- numbers -----

/// `int.conjugate()` / `float.conjugate()`: the number itself (a bool gives an int).
fn real_conjugate(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "conjugate", kw)?;
    let v = args.first().map(|&v| vm.unwrap_native(v));
    match v {
        Some(Value::Bool(b)) => Ok(Value::Int(b as i64)),
        Some(v) if vm.as_num(v).is_some() => Ok(v),
        _ => Err(vm.type_error("descriptor 'conjugate' requires a number")),
    }
}

fn float_is_integer(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "is_integer", kw)?;
    match args.first().map(|&v| vm.unwrap_native(v)).as_ref() {
        Some(Value::Float(f)) => bool_v(f.is_finite() && libm::floor(*f) == *f),
        _ => Err(vm.type_error("descriptor 'is_integer' requires a 'float' object")),
    }
}

/// `float.as_integer_ratio()`: the exact value as a fraction in lowest
/// terms with a positive (power-of-two) denominator.
fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "as_integer_ratio", args, kw, 1, 1)?;
    let Some(Value::Float(f)) = args.first().map(|&v| vm.unwrap_native(v)) else {
        return Err(vm.type_error("descriptor 'as_integer_ratio' requires a 'float' object"));
    };
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    // f = mantissa * 2**exp exactly.
    let (mut mantissa, mut exp) = if exp_bits == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp_bits - 1075) };
    if mantissa == 0 {
        return Ok(vm.new_tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    if exp < 0 {
        let shift = (mantissa.trailing_zeros() as i64).min(-exp);
        mantissa >>= shift;
        exp += shift;
    }
    #[cfg(not(feature = "big-int"))]
    let (n, d) = {
        // Both parts in 128 bits where they fit (the mantissa has at most
        // 53 bits), else a value beyond i64 anyway.
        let too_big = u128::MAX;
        let num = match exp {
            0..64 => u128::from(mantissa) << exp,
            64.. => too_big,
            _ => u128::from(mantissa),
        };
        let den = match exp {
            -127..0 => 1u128 << -exp,
            0.. => 1,
            _ => too_big,
        };
        let num = i128::try_from(num).unwrap_or(i128::MAX);
        (vm.new_int_i128(if f < 0.0 { -num } else { num })?, vm.new_int_u128(den)?)
    };
    #[cfg(feature = "big-int")]
    let (n, d) = {
        let mut num = crate::runtime::bigint::BigInt::from(mantissa);
        let mut den = crate::runtime::bigint::BigInt::from(1u8);
        if exp >= 0 {
            num <<= exp as usize;
        } else {
            den <<= (-exp) as usize;
        }
        if f < 0.0 {
            num = -num;
        }
        let n = vm.new_bigint(num);
        vm.temp_roots.push(n);
        let d = vm.new_bigint(den);
        vm.temp_roots.pop();
        (n, d)
    };
    Ok(vm.new_tuple(vec![n, d]))
}

/// `int.as_integer_ratio()`: `(int(self), 1)`.
fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "as_integer_ratio", args, kw, 1, 1)?;
    match args.first().map(|&v| vm.unwrap_native(v)) {
        Some(Value::Bool(b)) => Ok(vm.new_tuple(vec![Value::Int(b as i64), Value::Int(1)])),
        Some(v)
            if matches!(vm.as_num(v), Some(crate::runtime::num::Num::Small(_) | crate::runtime::num::Num::Big(_))) =>
        {
            Ok(vm.new_tuple(vec![v, Value::Int(1)]))
        }
        _ => Err(vm.type_error("descriptor 'as_integer_ratio' requires an 'int' object")),
    }
}

/// `int.bit_count()`: the number of ones in the absolute value's binary form.
fn int_bit_count(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "bit_count", args, kw, 1, 1)?;
    match args.first().and_then(|&v| vm.as_num(vm.unwrap_native(v))) {
        Some(crate::runtime::num::Num::Small(i)) => Ok(Value::Int(i.unsigned_abs().count_ones() as i64)),
        Some(crate::runtime::num::Num::Big(b)) => {
            Ok(Value::Int(b.magnitude().iter_u64_digits().map(|d| d.count_ones() as i64).sum()))
        }
        _ => Err(vm.type_error("descriptor 'bit_count' requires an 'int' object")),
    }
}

fn int_bit_length(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "bit_length", kw)?;
    match args.first().and_then(|&v| vm.as_num(vm.unwrap_native(v))) {
        Some(crate::runtime::num::Num::Small(i)) => Ok(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64)),
        Some(crate::runtime::num::Num::Big(b)) => Ok(Value::Int(b.bits() as i64)),
        _ => Err(vm.type_error("descriptor 'bit_length' requires an 'int' object")),
    }
}
