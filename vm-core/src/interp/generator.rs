//! Generators: creation on call, resumption by pushing the saved frame back
//! on the frame stack (no Rust recursion when a Python loop drives them),
//! suspension at `yield`, `send`/`throw`/`close`.

use alloc::boxed::Box;
use alloc::rc::Rc;

use crate::bytecode::code::{FLAG_ASYNC_GENERATOR, FLAG_COROUTINE};
use crate::interp::eval::CallOutcome;
use crate::interp::frame::{Frame, GenMode, ReturnAction};
use crate::runtime::object::{GenState, Generator, GeneratorDetails, Obj, PyErr, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::value_vec::ValueVec;
use crate::vm::Vm;

impl Vm {
    /// Turns a just-bound generator-function frame (its locals at
    /// `stack[base..]`) into a generator object that replaces the call.
    pub(crate) fn make_generator(&mut self, frame: Frame) -> CallOutcome {
        let values = self.stack.split_off(frame.base);
        self.stack.truncate(frame.ret_base);
        let g = Generator {
            state: GenState::Created,
            pc: 0,
            code: frame.code,
            values,
            details: Box::new(GeneratorDetails {
                handled: Value::None,
                globals: frame.globals,
                func: frame.func,
                async_flags: 0,
            }),
        };
        let r = self.heap.alloc(Obj::Generator(g));
        self.stack.push(Value::Obj(r));
        CallOutcome::Done
    }

    /// Pushes a generator's frame to continue it, with `sent` as the value
    /// of the `yield` it stopped at. `Ok(false)` if it is exhausted.
    pub(crate) fn resume_generator(&mut self, gen: ObjRef, sent: Value, mode: GenMode) -> PyResult<bool> {
        let depth_ok = self.frames.len() < self.config.recursion_limit;
        let outer_handled = Value::load(&self.handled);
        let Obj::Generator(g) = self.heap.get_mut(gen) else { return Err(self.system_error("not a generator")) };
        // The common case first: a suspended generator resumed within the
        // recursion limit (one state test; the rest in `resume_generator_slow`).
        // The frame push below is written out again there on purpose: one
        // shared `#[inline(always)]` helper cost 2% on generators and 3.5%
        // on fib under `--jit off` (callgrind; the eval loop's code changes).
        if g.state != GenState::Suspended || !depth_ok {
            return self.resume_generator_slow(gen, sent, mode);
        }
        g.state = GenState::Running;
        let base = self.stack.len();
        self.stack.extend_from_values(&g.values);
        g.values.clear();
        self.stack.push(sent);
        let details = &*g.details;
        self.handled = details.handled;
        self.stack.reserve_frame(base + g.code.frame_size);
        self.frames.push(Frame {
            code: g.code.clone(),
            pc: g.pc as usize,
            base,
            ret_base: base,
            globals: details.globals,
            locals_dict: None,
            func: details.func,
            on_return: ReturnAction::Generator { gen, mode, outer_handled, head: gen },
            #[cfg(feature = "frames")]
            obj: crate::interp::frame_object::MaybeFrame::NONE,
        });
        Ok(true)
    }

    /// `resume_generator` for a generator not suspended at a plain `yield`
    /// (created, inside `yield from`, running or done) or past the
    /// recursion limit.
    ///
    /// A generator suspended inside `yield from` a generator that can take
    /// `sent` (itself perhaps inside `yield from`, and so on) is not
    /// resumed level by level, each `SEND` resuming the next: the innermost
    /// generator's frame is pushed at once and the links between are marked
    /// running, their frames left saved. What the innermost yields goes
    /// straight to the resumer (each link's state after its `SEND` and
    /// `YIELD_VALUE` would be what it was before). When the innermost
    /// returns or raises, [`Vm::resume_link_below`] puts back the frame of
    /// the link it was delegated from, so the return value, the exception
    /// and the traceback take the path they would have. CPython 3.11 pays
    /// a frame per level per item; a recursive tree walk by `yield from`
    /// is the case this is for.
    #[inline(never)]
    fn resume_generator_slow(&mut self, gen: ObjRef, sent: Value, mode: GenMode) -> PyResult<bool> {
        let Obj::Generator(g) = self.heap.get(gen) else { return Err(self.system_error("not a generator")) };
        let coro = g.code.code.flags & FLAG_COROUTINE != 0;
        let kind = if coro {
            "coroutine"
        } else if g.code.code.flags & FLAG_ASYNC_GENERATOR != 0 {
            "async generator"
        } else {
            "generator"
        };
        match g.state {
            GenState::Done if coro => return Err(self.runtime_error_msg("cannot reuse already awaited coroutine")),
            GenState::Done => return Ok(false),
            GenState::Running => return Err(self.value_error(alloc::format!("{kind} already executing"))),
            GenState::Created if !matches!(sent, Value::None) => {
                return Err(self.type_error(alloc::format!("can't send non-None value to a just-started {kind}")));
            }
            _ => {}
        }
        if self.frames.len() >= self.config.recursion_limit {
            return Err(self.recursion_error());
        }
        let Some(inner) = self.enter_delegation_chain(gen, sent) else {
            return Err(self.value_error(alloc::format!("{kind} already executing")));
        };
        self.push_generator_frame(inner, sent, mode, gen);
        Ok(true)
    }

    /// Follows `gen`'s `yield from` delegates while each is a generator
    /// that `sent` can resume (the links passed stay `Delegating`: a link
    /// whose innermost delegate runs counts as running, see
    /// [`Vm::generator_running`], so entering and leaving a chain writes
    /// nothing). Returns the last one reached (`gen` itself if it does not delegate,
    /// or if the chain's frames would pass the recursion limit: then each
    /// `SEND` resumes the next, and the one past the limit raises), or
    /// `None` if the chain's innermost generator is running (so is `gen`).
    fn enter_delegation_chain(&mut self, gen: ObjRef, sent: Value) -> Option<ObjRef> {
        let mut link = gen;
        let mut links = 0;
        // (A chain has no cycle: a `SEND` to a running generator raises.
        // The bounds on these walks only guard against a VM bug; they are
        // not the recursion limit, which a script may lower meanwhile.)
        for _ in 0..self.heap.live_objects() {
            let Obj::Generator(g) = self.heap.get(link) else { break };
            let (GenState::Delegating, Some(&Value::Obj(delegate))) = (g.state, g.values.last()) else { break };
            let resumable = match self.heap.get(delegate) {
                Obj::Generator(d) => match d.state {
                    GenState::Suspended | GenState::Delegating => true,
                    GenState::Created => matches!(sent, Value::None),
                    GenState::Running => return None,
                    GenState::Done => false,
                },
                _ => false,
            };
            if !resumable {
                break;
            }
            link = delegate;
            links += 1;
        }
        if self.frames.len() + links >= self.config.recursion_limit {
            return Some(gen);
        }
        Some(link)
    }

    /// True if `gen` is executing: running, or suspended in `yield from`
    /// with its innermost delegate running (the links of a chain resumed
    /// at once, [`Vm::resume_generator_slow`], stay `Delegating`).
    pub(crate) fn generator_running(&self, gen: ObjRef) -> bool {
        let mut link = gen;
        for _ in 0..self.heap.live_objects() {
            let Obj::Generator(g) = self.heap.get(link) else { return false };
            match (g.state, g.values.last()) {
                (GenState::Running, _) => return true,
                (GenState::Delegating, Some(&Value::Obj(next))) => link = next,
                _ => return false,
            }
        }
        false
    }

    /// A trace's resumption (`backend::resume_gen`): pushes `gen`'s frame
    /// if it is a generator suspended at a plain `yield` and the recursion
    /// limit allows one more frame, with the value on top of the stack sent
    /// (`send`, popped) or `None`. False, nothing changed, otherwise: the
    /// caller takes [`Vm::resume_generator`]'s general path.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub(crate) fn resume_suspended(&mut self, gen: ObjRef, send: bool, mode: GenMode) -> bool {
        let room = self.frames.len() < self.config.recursion_limit;
        match self.heap.get(gen) {
            Obj::Generator(g) if room && g.state == GenState::Suspended => {}
            _ => return false,
        }
        let sent = if send { self.stack.pop_value() } else { Value::None };
        self.push_generator_frame(gen, sent, mode, gen);
        true
    }

    /// Tier 1's inner loop's `FOR_ITER_GEN` (`interp::inner`): resumes
    /// `gen` for a `for` loop that exits at `exit`, as
    /// [`Vm::resume_suspended`] does (false, nothing changed, if `gen` is
    /// not a generator suspended at a plain `yield`, or the recursion limit
    /// is reached: the big loop takes over).
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub(crate) fn resume_for_iter(&mut self, gen: ObjRef, exit: u32) -> bool {
        self.resume_suspended(gen, false, GenMode::ForIter { exit })
    }

    /// Pushes `gen`'s saved frame (created, suspended or delegating), with
    /// `sent` pushed unless it is just starting; `head` is the generator its
    /// resumer resumed (see [`Vm::resume_generator_slow`]).
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    fn push_generator_frame(&mut self, gen: ObjRef, sent: Value, mode: GenMode, head: ObjRef) {
        // Read as two 8-byte loads: copied as one 16-byte value, it ended up
        // in a temporary the frame was then copied from with loads that
        // straddled the temporary's narrower stores (a store-forwarding
        // stall on every resume: `resume_gen` 12.6% -> 7.9% of generators).
        let outer_handled = Value::load(&self.handled);
        let Obj::Generator(g) = self.heap.get_mut(gen) else { return };
        let first = g.state == GenState::Created;
        g.state = GenState::Running;
        let base = self.stack.len();
        self.stack.extend_from_values(&g.values);
        g.values.clear();
        if !first {
            self.stack.push(sent);
        }
        let details = &*g.details;
        let gen_handled = details.handled;
        self.stack.reserve_frame(base + g.code.frame_size);
        self.frames.push(Frame {
            code: g.code.clone(),
            pc: g.pc as usize,
            base,
            ret_base: base,
            globals: details.globals,
            locals_dict: None,
            func: details.func,
            on_return: ReturnAction::Generator { gen, mode, outer_handled, head },
            #[cfg(feature = "frames")]
            obj: crate::interp::frame_object::MaybeFrame::NONE,
        });
        self.handled = gen_handled;
    }

    /// YIELD_VALUE: saves the top frame into its generator and pops it
    /// (`yields_from`: the `YIELD_VALUE` of a `yield from`, operand 1).
    /// Returns the resumption mode so the loop knows where `value` goes.
    #[inline(never)]
    pub(crate) fn suspend_generator(&mut self, yields_from: bool) -> Option<GenMode> {
        self.suspend_top_generator(yields_from)
    }

    /// [`Vm::suspend_generator`], inlined (tier 1's inner loop).
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    pub(crate) fn suspend_top_generator(&mut self, yields_from: bool) -> Option<GenMode> {
        let frame = self.frames.last()?;
        let ReturnAction::Generator { gen, mode, outer_handled, .. } = frame.on_return else {
            return None;
        };
        let (base, pc) = (frame.base, frame.pc);
        let state = if yields_from { GenState::Delegating } else { GenState::Suspended };
        let handled = self.handled;
        self.handled = outer_handled;
        if let Obj::Generator(g) = self.heap.get_mut(gen) {
            // A generator's frame runs its code; only the pc and the values change.
            debug_assert!(Rc::ptr_eq(&g.code, &frame.code));
            let saved = self.stack.get(base..).unwrap_or(&[]);
            // (Empty while running: `resume_generator` cleared it.)
            g.values.clear();
            g.values.extend_from_values(saved);
            g.pc = pc as u32;
            g.state = state;
            g.details.handled = handled;
        }
        self.stack.truncate(base);
        self.frames.pop();
        Some(mode)
    }

    /// The innermost generator `inner` of a `yield from` chain resumed at
    /// once (see [`Vm::resume_generator_slow`]) ended, its frame popped:
    /// pushes the saved frame of the link it was delegated from, standing
    /// in its `SEND` as if it had resumed `inner` (the links above it stay
    /// as they are, it is the chain's innermost now). Returns how `inner`'s
    /// end reaches that frame: by `SEND`'s mode, with the link's handled
    /// exception to restore.
    pub(crate) fn resume_link_below(
        &mut self,
        head: ObjRef,
        inner: ObjRef,
        mode: GenMode,
        outer_handled: Value,
    ) -> (GenMode, Value) {
        // (Two 8-byte loads: see `push_generator_frame`.)
        let outer_handled = Value::load(&outer_handled);
        let mut link = head;
        for _ in 0..self.heap.live_objects() {
            match self.heap.get(link) {
                Obj::Generator(g) if g.values.last() != Some(&Value::Obj(inner)) => match g.values.last() {
                    Some(&Value::Obj(next)) => link = next,
                    _ => break,
                },
                _ => break,
            }
        }
        let Obj::Generator(g) = self.heap.get_mut(link) else { return (mode, outer_handled) };
        // (Its frame runs again: no longer a link waiting in `yield from`.)
        g.state = GenState::Running;
        let base = self.stack.len();
        self.stack.extend_from_values(&g.values);
        g.values.clear();
        let details = &*g.details;
        self.stack.reserve_frame(base + g.code.frame_size);
        self.frames.push(Frame {
            code: g.code.clone(),
            // At its `YIELD_VALUE`, right after the `SEND`: where a frame
            // waiting for its delegate stands.
            pc: (g.pc as usize).saturating_sub(1),
            base,
            ret_base: base,
            globals: details.globals,
            locals_dict: None,
            func: details.func,
            on_return: ReturnAction::Generator { gen: link, mode, outer_handled, head },
            #[cfg(feature = "frames")]
            obj: crate::interp::frame_object::MaybeFrame::NONE,
        });
        let exit = send_before(&g.code, g.pc as usize).unwrap_or(0) as u32;
        (GenMode::Send { exit }, details.handled)
    }

    /// A generator frame ended (returned or raised): mark it done.
    pub(crate) fn finish_generator(&mut self, gen: ObjRef, outer_handled: Value) {
        self.handled = outer_handled;
        if let Obj::Generator(g) = self.heap.get_mut(gen) {
            g.state = GenState::Done;
            g.values = ValueVec::new();
            g.details.handled = Value::None;
        }
    }

    /// PEP 479: a StopIteration escaping a generator `gen` becomes a
    /// RuntimeError (and StopAsyncIteration escaping an async generator).
    pub(crate) fn generator_exit_error(&mut self, gen: ObjRef, err: PyErr) -> PyErr {
        let is_async = matches!(self.heap.get(gen), Obj::Generator(g) if g.code.code.flags & FLAG_ASYNC_GENERATOR != 0);
        let stop = self.exc.stop_iteration;
        let msg = if self.exception_matches(err, stop) {
            if is_async {
                "async generator raised StopIteration"
            } else {
                "generator raised StopIteration"
            }
        } else if is_async && self.exception_matches(err, self.exc.stop_async_iteration) {
            "async generator raised StopAsyncIteration"
        } else {
            return err;
        };
        let c = self.exc.runtime_error;
        let new = self.new_exception(c, msg);
        if let Obj::Instance(i) = self.heap.get_mut(new.0) {
            if let Some(e) = i.exc.as_mut() {
                e.cause = Value::Obj(err.0);
                e.context = Value::Obj(err.0);
                e.suppress_context = true;
            }
        }
        new
    }

    /// Resumes a generator from native code. `Ok(Some(v))`: it yielded `v`;
    /// `Ok(None)`: it returned (its value is in `last_return`).
    pub fn gen_resume_native(&mut self, gen: ObjRef, sent: Value) -> PyResult<Option<Value>> {
        if self.native_depth >= self.config.max_native_depth {
            return Err(self.recursion_error());
        }
        self.gen_return_value = Value::None;
        if !self.resume_generator(gen, sent, GenMode::Native)? {
            return Ok(None);
        }
        self.native_depth += 1;
        let entry = self.frames.len() - 1;
        // The inner loop first: most generators yield before any
        // instruction it leaves to the big loop.
        let r = match self.run_inner_native() {
            Some(v) => Ok(Some(v)),
            None => {
                let r = self.execute(entry);
                self.resumption_result(r)
            }
        };
        self.native_depth -= 1;
        r
    }

    /// What a native resumption ended with: `Some(value)` if the generator
    /// yielded, `None` if it returned (the value goes to `gen_return_value`).
    fn resumption_result(&mut self, r: PyResult<Value>) -> PyResult<Option<Value>> {
        let v = r?;
        if self.gen_yielded {
            self.gen_yielded = false;
            return Ok(Some(v));
        }
        self.gen_return_value = v;
        Ok(None)
    }

    /// `gen.throw(exc)`: raises `exc` at the generator's suspension point.
    pub fn gen_throw(&mut self, gen: ObjRef, exc: PyErr) -> PyResult<Option<Value>> {
        let state = match self.heap.get(gen) {
            Obj::Generator(g) => g.state,
            _ => return Err(self.type_error("not a generator")),
        };
        if state == GenState::Created || state == GenState::Done {
            self.finish_generator(gen, self.handled);
            return Err(exc);
        }
        if state == GenState::Delegating && self.generator_running(gen) {
            return Err(self.value_error("generator already executing"));
        }
        // Suspended inside `yield from`: the exception goes to the delegate first.
        let mut exc = exc;
        if let Some((receiver, exit)) = self.delegation_point(gen) {
            let gen_exit = self.exc.generator_exit;
            if self.exception_matches(exc, gen_exit) {
                if let Some(inner) = self.as_generator(receiver) {
                    if let Err(e) = self.gen_close(inner) {
                        exc = e;
                    }
                } else if let Err(e) = self.close_delegate(receiver) {
                    exc = e;
                }
            } else if let Some(inner) = self.as_generator(receiver) {
                match self.gen_throw(inner, exc) {
                    Ok(Some(v)) => return Ok(Some(v)),
                    Ok(None) => {
                        let ret = self.gen_return_value;
                        return self.end_delegation(gen, exit, ret);
                    }
                    Err(e) => exc = e,
                }
            } else if let Some(throw) = self.delegate_method(receiver, "throw")? {
                // Another iterator or awaitable (an async generator's
                // `asend()`, a user `__await__` iterator): its `throw`.
                match self.call_value(throw, &[Value::Obj(exc.0)]) {
                    Ok(v) => return Ok(Some(v)),
                    Err(e) if self.exception_matches(e, self.exc.stop_iteration) => {
                        let ret = self.stop_iteration_value(e);
                        return self.end_delegation(gen, exit, ret);
                    }
                    Err(e) => exc = e,
                }
            }
        }
        if !self.resume_generator(gen, Value::None, GenMode::Native)? {
            return Err(exc);
        }
        // The frame is back with the (unused) sent value pushed; raise at its pc.
        self.stack.pop();
        self.native_depth += 1;
        let entry = self.frames.len() - 1;
        let r = match self.unwind_from(exc, entry) {
            Ok(()) => self.execute(entry),
            Err(e) => Err(e),
        };
        self.native_depth -= 1;
        self.resumption_result(r)
    }

    /// The delegate of `gen`'s `yield from` finished with `ret`: `gen`
    /// continues after its delegation loop with `ret` as the result.
    fn end_delegation(&mut self, gen: ObjRef, exit: usize, ret: Value) -> PyResult<Option<Value>> {
        if let Obj::Generator(g) = self.heap.get_mut(gen) {
            if g.has_frame() {
                g.values.pop();
                g.pc = exit as u32;
                // No longer in its `yield from`: what is below the
                // delegate on its stack must not be taken for one.
                if g.state == GenState::Delegating {
                    g.state = GenState::Suspended;
                }
            }
        }
        self.gen_resume_native(gen, ret)
    }

    /// A delegate's `throw` or `close` method, if it has one (CPython's
    /// `_gen_throw` looks them up on a delegate that is not a generator).
    fn delegate_method(&mut self, receiver: Value, name: &str) -> PyResult<Option<Value>> {
        let name = self.intern(name);
        match self.get_attr(receiver, name) {
            Ok(f) => Ok(Some(f)),
            Err(e) if self.exception_matches(e, self.exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Closes a delegate that is not a generator: its `close()`, if any.
    fn close_delegate(&mut self, receiver: Value) -> PyResult<()> {
        if let Some(close) = self.delegate_method(receiver, "close")? {
            self.call_value(close, &[])?;
        }
        Ok(())
    }

    /// If the generator is suspended in `yield from`: its delegate and the
    /// instruction where the delegation ends.
    fn delegation_point(&self, gen: ObjRef) -> Option<(Value, usize)> {
        let Obj::Generator(g) = self.heap.get(gen) else { return None };
        if !g.has_frame() {
            return None;
        }
        let exit = send_before(&g.code, g.pc as usize)?;
        Some((*g.values.last()?, exit))
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, gen: ObjRef) -> PyResult<()> {
        let state = match self.heap.get(gen) {
            Obj::Generator(g) => g.state,
            _ => return Ok(()),
        };
        match state {
            GenState::Suspended | GenState::Delegating => {}
            GenState::Running => return Err(self.value_error("generator already executing")),
            GenState::Created | GenState::Done => {
                self.finish_generator(gen, self.handled);
                return Ok(());
            }
        }
        let c = self.exc.generator_exit;
        let exc = self.new_exception_empty(c);
        match self.gen_throw(gen, exc) {
            Ok(Some(_)) => Err(self.runtime_error_msg("generator ignored GeneratorExit")),
            Ok(None) => Ok(()),
            Err(e) => {
                let stop = self.exc.stop_iteration;
                if self.exception_matches(e, c) || self.exception_matches(e, stop) {
                    Ok(())
                } else {
                    Err(e)
                }
            }
        }
    }

    /// The generator object behind a value, if it is one.
    pub fn as_generator(&self, v: Value) -> Option<ObjRef> {
        match v {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Generator(_)) => Some(r),
            _ => None,
        }
    }
}

/// If the instruction before `pc` of `code` is the `YIELD_VALUE` of a
/// `yield from` (a `SEND` form, then its inline cache, right before it):
/// the `SEND`'s exit (where the delegation ends).
pub(crate) fn send_before(code: &crate::interp::code::CodeObject, pc: usize) -> Option<usize> {
    use crate::bytecode::opcode::{decode, Opcode};
    let at = pc.checked_sub(2 + Opcode::Send.cache_size())?;
    let (op, arg) = decode(code.instrs.get(at)?.get());
    (Opcode::from_u8(op)?.family() == Opcode::Send).then_some(arg as usize)
}
