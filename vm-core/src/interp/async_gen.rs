//! Async generators (`async def` with `yield`): generator objects whose
//! code has `FLAG_ASYNC_GENERATOR`. `asend()`/`__anext__()`, `athrow()` and
//! `aclose()` return awaitables ([`IterState::AsyncGenOp`]) that resume the
//! generator when sent to, following CPython 3.11's `genobject.c`.
//!
//! CPython wraps what an async generator's own `yield` gives so its
//! awaitable can tell it from what an `await` inside passes through to the
//! event loop. Here the generator's state tells: after its own `yield` it
//! is `Suspended`; inside an `await` (a `yield from` loop) it is
//! `Delegating`. The first ends the awaitable (StopIteration carrying the
//! value), the second is yielded on; a return ends it with StopAsyncIteration.

use crate::runtime::object::{
    AsyncGenOpKind, AsyncGenOpState, GenState, IterState, Obj, PyErr, PyResult, ASYNC_GEN_CLOSED, ASYNC_GEN_RUNNING,
};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// A new awaitable of `kind` over the async generator `gen`.
    pub(crate) fn new_async_gen_op(&mut self, gen: ObjRef, kind: AsyncGenOpKind, arg: Value) -> Value {
        let state = AsyncGenOpState::Init;
        Value::Obj(self.heap.alloc(Obj::Iter(IterState::AsyncGenOp { gen, arg, kind, state })))
    }

    /// The parts of an awaitable, or a TypeError for anything else.
    fn async_gen_op(&mut self, op: ObjRef) -> PyResult<(ObjRef, Value, AsyncGenOpKind, AsyncGenOpState)> {
        match self.heap.get(op) {
            Obj::Iter(IterState::AsyncGenOp { gen, arg, kind, state }) => Ok((*gen, *arg, *kind, *state)),
            _ => Err(self.type_error("not an async generator awaitable")),
        }
    }

    fn set_async_gen_op_state(&mut self, op: ObjRef, to: AsyncGenOpState) {
        if let Obj::Iter(IterState::AsyncGenOp { state, .. }) = self.heap.get_mut(op) {
            *state = to;
        }
    }

    fn async_gen_flags(&self, gen: ObjRef) -> u8 {
        match self.heap.get(gen) {
            Obj::Generator(g) => g.details.async_flags,
            _ => 0,
        }
    }

    fn update_async_gen_flags(&mut self, gen: ObjRef, set: u8, clear: u8) {
        if let Obj::Generator(g) = self.heap.get_mut(gen) {
            g.details.async_flags = (g.details.async_flags & !clear) | set;
        }
    }

    /// Resumes `gen` with `sent`, or raises `exc` in it.
    fn async_gen_resume(&mut self, gen: ObjRef, sent: Value, exc: Option<PyErr>) -> PyResult<Option<Value>> {
        match exc {
            Some(e) => self.gen_throw(gen, e),
            None => self.gen_resume_native(gen, sent),
        }
    }

    /// True if `gen` stopped at its own `yield` (not inside an `await`).
    fn async_gen_yielded(&self, gen: ObjRef) -> bool {
        matches!(self.heap.get(gen), Obj::Generator(g) if g.state == GenState::Suspended)
    }

    /// CPython's `async_gen_unwrap_value`: a value of the generator's own
    /// `yield` becomes StopIteration carrying it, a return StopAsyncIteration.
    fn async_gen_unwrap(&mut self, gen: ObjRef, r: PyResult<Option<Value>>) -> PyResult<Value> {
        let err = match r {
            Ok(Some(v)) if self.async_gen_yielded(gen) => {
                self.update_async_gen_flags(gen, 0, ASYNC_GEN_RUNNING);
                return Err(self.stop_iteration_with(v));
            }
            Ok(Some(v)) => return Ok(v),
            Ok(None) => self.new_exception_empty(self.exc.stop_async_iteration),
            Err(e) => e,
        };
        let closed = self.ends_async_gen(err);
        self.update_async_gen_flags(gen, if closed { ASYNC_GEN_CLOSED } else { 0 }, ASYNC_GEN_RUNNING);
        Err(err)
    }

    /// True for StopAsyncIteration and GeneratorExit.
    fn ends_async_gen(&mut self, err: PyErr) -> bool {
        let (stop, exit) = (self.exc.stop_async_iteration, self.exc.generator_exit);
        self.exception_matches(err, stop) || self.exception_matches(err, exit)
    }

    /// The awaitable's `send(sent)` (`__next__` sends None): a value for the
    /// event loop, or StopIteration carrying the result.
    pub(crate) fn async_gen_op_send(&mut self, op: ObjRef, sent: Value) -> PyResult<Value> {
        self.async_gen_op_step(op, sent, None)
    }

    /// The awaitable's `throw(exc)`.
    pub(crate) fn async_gen_op_throw(&mut self, op: ObjRef, exc: PyErr) -> PyResult<Value> {
        self.async_gen_op_step(op, Value::None, Some(exc))
    }

    /// The error of a finished awaitable asked to run again, if `op` is one.
    pub(crate) fn async_gen_op_reuse_error(&mut self, op: ObjRef) -> Option<PyErr> {
        match self.heap.get(op) {
            Obj::Iter(IterState::AsyncGenOp { kind, state: AsyncGenOpState::Closed, .. }) => {
                Some(self.runtime_error_msg(if *kind == AsyncGenOpKind::Send {
                    "cannot reuse already awaited __anext__()/asend()"
                } else {
                    "cannot reuse already awaited aclose()/athrow()"
                }))
            }
            _ => None,
        }
    }

    /// The awaitable's `close()`.
    pub(crate) fn async_gen_op_close(&mut self, op: ObjRef) -> PyResult<()> {
        self.async_gen_op(op)?;
        self.set_async_gen_op_state(op, AsyncGenOpState::Closed);
        Ok(())
    }

    fn async_gen_op_step(&mut self, op: ObjRef, sent: Value, exc: Option<PyErr>) -> PyResult<Value> {
        let (gen, arg, kind, state) = self.async_gen_op(op)?;
        if kind != AsyncGenOpKind::Send {
            return self.athrow_step(op, sent, exc);
        }
        if state == AsyncGenOpState::Closed {
            return Err(self.runtime_error_msg("cannot reuse already awaited __anext__()/asend()"));
        }
        let mut sent = sent;
        if state == AsyncGenOpState::Init && exc.is_none() {
            if self.async_gen_flags(gen) & ASYNC_GEN_RUNNING != 0 {
                return Err(self.runtime_error_msg("anext(): asynchronous generator is already running"));
            }
            if matches!(sent, Value::None) {
                sent = arg;
            }
            self.set_async_gen_op_state(op, AsyncGenOpState::Iter);
        }
        if exc.is_none() {
            self.update_async_gen_flags(gen, ASYNC_GEN_RUNNING, 0);
        }
        let r = self.async_gen_resume(gen, sent, exc);
        let r = self.async_gen_unwrap(gen, r);
        if r.is_err() {
            self.set_async_gen_op_state(op, AsyncGenOpState::Closed);
        }
        r
    }

    /// `athrow()`/`aclose()` awaitables (CPython's `async_gen_athrow_send`
    /// and `async_gen_athrow_throw`).
    fn athrow_step(&mut self, op: ObjRef, sent: Value, exc: Option<PyErr>) -> PyResult<Value> {
        let (gen, arg, kind, state) = self.async_gen_op(op)?;
        let close = kind == AsyncGenOpKind::Close;
        if state == AsyncGenOpState::Closed {
            return Err(self.runtime_error_msg("cannot reuse already awaited aclose()/athrow()"));
        }
        if let Some(e) = exc {
            // throw() into the awaitable.
            let r = self.gen_throw(gen, e);
            if !close {
                return self.async_gen_unwrap(gen, r);
            }
            return match r {
                Ok(Some(_)) if self.async_gen_yielded(gen) => Err(self.athrow_yield_close(op, gen)),
                Ok(Some(v)) => Ok(v),
                Ok(None) => Err(self.athrow_check_error(op, gen, true, None)),
                Err(e) => Err(self.athrow_check_error(op, gen, true, Some(e))),
            };
        }
        if matches!(self.heap.get(gen), Obj::Generator(g) if g.state == GenState::Done) {
            self.set_async_gen_op_state(op, AsyncGenOpState::Closed);
            return Err(self.stop_iteration_with(Value::None));
        }
        let r = if state == AsyncGenOpState::Init {
            let flags = self.async_gen_flags(gen);
            if flags & ASYNC_GEN_RUNNING != 0 {
                self.set_async_gen_op_state(op, AsyncGenOpState::Closed);
                let which = if close { "aclose" } else { "athrow" };
                let msg = alloc::format!("{which}(): asynchronous generator is already running");
                return Err(self.runtime_error_msg(&msg));
            }
            if flags & ASYNC_GEN_CLOSED != 0 {
                self.set_async_gen_op_state(op, AsyncGenOpState::Closed);
                return Err(self.new_exception_empty(self.exc.stop_async_iteration));
            }
            if !matches!(sent, Value::None) {
                return Err(self.runtime_error_msg("can't send non-None value to a just-started coroutine"));
            }
            self.set_async_gen_op_state(op, AsyncGenOpState::Iter);
            self.update_async_gen_flags(gen, ASYNC_GEN_RUNNING, 0);
            if close {
                self.update_async_gen_flags(gen, ASYNC_GEN_CLOSED, 0);
                let exit = self.new_exception_empty(self.exc.generator_exit);
                self.gen_throw(gen, exit)
            } else {
                let args = match arg {
                    Value::Obj(t) => match self.heap.get(t) {
                        Obj::Tuple(items) => items.to_vec(),
                        _ => alloc::vec![arg],
                    },
                    _ => alloc::vec![arg],
                };
                match crate::builtins::throw_args_exception(self, "athrow", &args) {
                    Ok(e) => {
                        let r = self.gen_throw(gen, e);
                        return match self.async_gen_unwrap(gen, r) {
                            Ok(v) => Ok(v),
                            Err(e) => Err(self.athrow_check_error(op, gen, false, Some(e))),
                        };
                    }
                    // (As CPython's: the generator stays marked running.)
                    Err(e) => return Err(e),
                }
            }
        } else {
            let r = self.gen_resume_native(gen, sent);
            if !close {
                return self.async_gen_unwrap(gen, r);
            }
            r
        };
        match r {
            Ok(Some(_)) if self.async_gen_yielded(gen) => Err(self.athrow_yield_close(op, gen)),
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(self.athrow_check_error(op, gen, close, None)),
            Err(e) => Err(self.athrow_check_error(op, gen, close, Some(e))),
        }
    }

    /// `aclose()` found the generator yielding instead of ending.
    fn athrow_yield_close(&mut self, op: ObjRef, gen: ObjRef) -> PyErr {
        self.update_async_gen_flags(gen, 0, ASYNC_GEN_RUNNING);
        self.set_async_gen_op_state(op, AsyncGenOpState::Closed);
        self.runtime_error_msg("async generator ignored GeneratorExit")
    }

    /// The generator ended an `athrow()`/`aclose()` with `err` (None: it
    /// returned, which is StopAsyncIteration); `aclose()` turns the
    /// expected endings into a plain StopIteration.
    fn athrow_check_error(&mut self, op: ObjRef, gen: ObjRef, close: bool, err: Option<PyErr>) -> PyErr {
        self.update_async_gen_flags(gen, 0, ASYNC_GEN_RUNNING);
        self.set_async_gen_op_state(op, AsyncGenOpState::Closed);
        let err = match err {
            Some(e) => e,
            None => self.new_exception_empty(self.exc.stop_async_iteration),
        };
        if close && self.ends_async_gen(err) {
            return self.stop_iteration_with(Value::None);
        }
        err
    }
}
