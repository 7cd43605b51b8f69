//! Coroutines (`async def`): a coroutine is a generator object whose code
//! has `FLAG_COROUTINE` (so `type()` says `coroutine`); `await` is `yield
//! from` over what GET_AWAITABLE returns. These are the protocol steps of
//! `await`, `async for` and `async with`.

use crate::bytecode::code::{FLAG_COROUTINE, FLAG_ITERABLE_COROUTINE};
use crate::runtime::object::{IterState, Layout, Obj, PyResult};
use crate::runtime::value::Value;
use crate::vm::Vm;

impl Vm {
    /// GET_AWAITABLE: the iterator `await v` delegates to (`ctx` picks the
    /// error message: 0 `await`, 1 `__aenter__`, 2 `__aexit__`, 3 `__anext__`).
    pub(crate) fn get_awaitable(&mut self, v: Value, ctx: u32) -> PyResult<Value> {
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Obj::Generator(g) if g.code.code.flags & (FLAG_COROUTINE | FLAG_ITERABLE_COROUTINE) != 0 => {
                    return Ok(v);
                }
                Obj::Iter(IterState::AsyncGenOp { .. }) => return Ok(v),
                _ => {}
            }
        }
        let name = self.intern("__await__");
        let tn = self.type_name(v);
        if let (Some(f), Value::Obj(_)) = (self.lookup_class_attr(self.class_of(v), name), v) {
            if !matches!(self.heap.get(self.class_of(v)), Obj::Class(c) if c.layout == Layout::Native) {
                let f = self.bind_descr(f, v, self.class_of(v))?;
                let it = self.call_value(f, &[])?;
                let next = self.names.next;
                let ok = matches!(it, Value::Obj(r) if matches!(self.heap.get(r), Obj::Iter(_) | Obj::Generator(_)))
                    || self.lookup_class_attr(self.class_of(it), next).is_some();
                if !ok {
                    let itn = self.type_name(it);
                    return Err(self.type_error(alloc::format!("__await__() returned non-iterator of type '{itn}'")));
                }
                return Ok(it);
            }
        }
        Err(self.type_error(match ctx {
            1 => alloc::format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {tn}"
            ),
            2 => {
                alloc::format!("'async with' received an object from __aexit__ that does not implement __await__: {tn}")
            }
            3 => alloc::format!("'async for' received an invalid object from __anext__: {tn}"),
            _ => alloc::format!("object {tn} can't be used in 'await' expression"),
        }))
    }

    /// GET_AITER: `v.__aiter__()`, checked to have `__anext__`.
    pub(crate) fn get_aiter(&mut self, v: Value) -> PyResult<Value> {
        let (aiter, anext) = (self.intern("__aiter__"), self.intern("__anext__"));
        let Some(f) = self.lookup_class_attr(self.class_of(v), aiter) else {
            let tn = self.type_name(v);
            return Err(
                self.type_error(alloc::format!("'async for' requires an object with __aiter__ method, got {tn}"))
            );
        };
        let f = self.bind_descr(f, v, self.class_of(v))?;
        let it = self.call_value(f, &[])?;
        if self.lookup_class_attr(self.class_of(it), anext).is_none() {
            let tn = self.type_name(it);
            return Err(self.type_error(alloc::format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {tn}"
            )));
        }
        Ok(it)
    }

    /// GET_ANEXT: the awaitable of `aiter.__anext__()`.
    pub(crate) fn get_anext(&mut self, aiter: Value) -> PyResult<Value> {
        let anext = self.intern("__anext__");
        let cls = self.class_of(aiter);
        let Some(f) = self.lookup_class_attr(cls, anext) else {
            let tn = self.type_name(aiter);
            return Err(
                self.type_error(alloc::format!("'async for' requires an iterator with __anext__ method, got {tn}"))
            );
        };
        let f = self.bind_descr(f, aiter, cls)?;
        let a = self.call_value(f, &[])?;
        self.get_awaitable(a, 3)
    }
}
