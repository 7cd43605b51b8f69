//! Generator finalization: an unfinished generator that becomes garbage is
//! closed (`gen.close()`: `GeneratorExit` at its `yield`, so its `finally`
//! blocks and `with` exits run), as CPython does when it frees one.
//!
//! CPython frees a generator the moment its reference count drops to zero;
//! ouro's collector is a tracing one and only learns that a generator is
//! garbage when it collects. So:
//!
//! - a collection keeps alive the unreachable generators suspended inside a
//!   `try`/`with` (the others have nothing to run) and queues them
//!   (`Vm::finalize_queue`); the next tier-1 safepoint outside any trace
//!   or recording closes them, in slot order, and a later collection frees
//!   them. While a trace runs (a hot loop may stay in one for its whole
//!   life) nothing is closed, and once [`MAX_PENDING`] generators wait,
//!   collections free further unreachable ones without closing them, so
//!   that memory stays bounded;
//! - at interpreter exit ([`Vm::finalize`], which the command line calls
//!   after the script, as CPython's shutdown does), every generator still
//!   suspended in such a block is closed: first those bound to names of
//!   `__main__` (in the order the names were bound), then the rest in slot
//!   order.
//!
//! An exception escaping `close()` is reported on stderr ("Exception
//! ignored in: ...") and otherwise ignored, as in CPython.

use alloc::format;
use alloc::vec::Vec;

use crate::bytecode::code::FLAG_ASYNC_GENERATOR;
use crate::runtime::object::{GenState, Obj};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// How many unreachable generators may wait for `close()` before
/// collections stop keeping more alive.
pub const MAX_PENDING: usize = 1024;

/// True for a generator (or coroutine) suspended where an exception handler
/// (a `try`, `with` or `except` block) is active: closing it runs code.
pub(crate) fn needs_close(obj: &Obj) -> bool {
    let Obj::Generator(g) = obj else { return false };
    if g.code.code.flags & FLAG_ASYNC_GENERATOR != 0 {
        // Closing one needs an event loop (CPython's asyncgen hooks).
        return false;
    }
    if !matches!(g.state, GenState::Suspended | GenState::Delegating) {
        return false;
    }
    let pc = g.pc as usize;
    g.code.code.handler_for(pc).is_some() || g.code.code.handler_for(pc.saturating_sub(1)).is_some()
}

impl Vm {
    /// Closes the generators the last collections found unreachable, when
    /// running Python code is safe here: not inside a trace or a recording
    /// (their guards assume nothing else runs), not already finalizing.
    pub(crate) fn run_pending_finalizers(&mut self) {
        if self.finalize_queue.is_empty() || self.finalizing {
            return;
        }
        if self.jit.as_ref().is_some_and(|j| j.busy()) {
            return;
        }
        let queue = core::mem::take(&mut self.finalize_queue);
        self.close_generators(&queue);
    }

    /// Interpreter shutdown: calls `weakref.finalize`'s exit hook (with
    /// `mod-weakref`), then closes every generator still suspended inside
    /// a `try`/`with` (see the module docs for the order). Hosts that keep
    /// the VM for more calls should not call it.
    pub fn finalize(&mut self) {
        // `weakref.finalize`'s exit hook first, as CPython's `atexit`
        // functions run before its shutdown (the hook reports its errors).
        #[cfg(feature = "mod-weakref")]
        let hook = core::mem::replace(&mut self.weak_atexit, Value::None);
        #[cfg(feature = "mod-weakref")]
        if hook != Value::None {
            self.run_weak_callbacks();
            self.temp_roots.push(hook);
            if let (Err(e), Value::Obj(h)) = (self.call_value(hook, &[]), hook) {
                self.report_unraisable(h, e);
            }
            self.temp_roots.pop();
        }
        let mut order: Vec<ObjRef> = core::mem::take(&mut self.finalize_queue);
        if let Some(g) = self.main_globals {
            if let Obj::Dict(d) = self.heap.get(g) {
                for e in d.iter() {
                    if let Value::Obj(r) = e.value {
                        if needs_close(self.heap.get(r)) && !order.contains(&r) {
                            order.push(r);
                        }
                    }
                }
            }
        }
        self.close_generators(&order);
        // Then the rest, until closing them leaves none (a `finally` may
        // start another generator); bounded, in case one keeps doing so.
        for _ in 0..8 {
            let rest: Vec<ObjRef> =
                (0..self.heap_slots()).map(|i| ObjRef(i as u32)).filter(|&r| needs_close(self.heap.get(r))).collect();
            if rest.is_empty() {
                break;
            }
            self.close_generators(&rest);
        }
    }

    fn heap_slots(&self) -> usize {
        self.heap.slot_count()
    }

    /// `close()` on each generator, reporting what escapes.
    fn close_generators(&mut self, gens: &[ObjRef]) {
        self.finalizing = true;
        let handled = self.handled;
        for (i, &g) in gens.iter().enumerate() {
            // The rest stay rooted while one runs.
            self.temp_roots.extend(gens.get(i..).unwrap_or_default().iter().map(|&r| Value::Obj(r)));
            let mark = self.temp_roots.len() - (gens.len() - i);
            if needs_close(self.heap.get(g)) {
                if let Err(e) = self.gen_close(g) {
                    self.report_unraisable(g, e);
                }
            }
            self.temp_roots.truncate(mark);
        }
        self.handled = handled;
        self.finalizing = false;
    }

    /// Calls the callbacks of the weak references collections cleared
    /// (`callback(ref)`, read from the reference's `__callback__`), when
    /// running Python code is safe here: not inside a trace or a recording,
    /// not already calling them. What a callback raises is reported on
    /// stderr ("Exception ignored in: <callback>"), as CPython does.
    #[cfg(feature = "mod-weakref")]
    pub(crate) fn run_weak_callbacks(&mut self) {
        if self.weak_pending.is_empty() || self.weak_calling {
            return;
        }
        if self.jit.as_ref().is_some_and(|j| j.busy()) {
            return;
        }
        self.weak_calling = true;
        let handled = self.handled;
        let name = self.intern("__callback__");
        // (Callbacks may let more referents die: bounded rounds.)
        for _ in 0..8 {
            let queue = core::mem::take(&mut self.weak_pending);
            if queue.is_empty() {
                break;
            }
            for (i, &w) in queue.iter().enumerate() {
                // The rest stay rooted while one runs.
                self.temp_roots.extend(queue.get(i..).unwrap_or_default().iter().map(|&r| Value::Obj(r)));
                let mark = self.temp_roots.len() - (queue.len() - i);
                match self.get_attr(Value::Obj(w), name) {
                    Ok(Value::None) | Err(_) => {}
                    Ok(cb) => {
                        self.temp_roots.push(cb);
                        if let Err(e) = self.call_value(cb, &[Value::Obj(w)]) {
                            match cb {
                                Value::Obj(c) => self.report_unraisable(c, e),
                                _ => self.report_unraisable(w, e),
                            }
                        }
                    }
                }
                self.temp_roots.truncate(mark);
            }
        }
        self.handled = handled;
        self.weak_calling = false;
    }

    /// CPython's "Exception ignored in: <obj>" report of an error nobody can catch.
    fn report_unraisable(&mut self, obj: ObjRef, err: crate::runtime::object::PyErr) {
        if self.pending_stop().is_some() {
            return;
        }
        let what = self.repr(Value::Obj(obj)).unwrap_or_default();
        let tb = self.script_error(err, None).traceback;
        let text = format!("Exception ignored in: {what}\n{tb}");
        self.host.write_stderr(&text);
    }
}
