//! Built-in functions' loops over generators, written in Python
//! (`python_loops.py`, compiled at first use where the compiler is built
//! in). `sum(gen)` and `list(gen)`-like collection run their loop as a
//! Python frame: the generator resumes inside the same interpreter loop
//! (tier 1's `FOR_ITER_GEN`) instead of a native re-entry per item, and a
//! trace records the consumer loop and the generator body together. The
//! frames are hidden from tracebacks (`FLAG_HIDDEN`), so errors read as
//! they do from the native built-ins. Builds without the compiler use the
//! native loops; the results are the same.

use alloc::vec::Vec;

use crate::runtime::object::{Obj, PyResult};
use crate::runtime::value::Value;
use crate::vm::Vm;

/// One of the Python-written loops.
#[derive(Clone, Copy, Debug)]
pub enum PythonLoop {
    /// `sum(iterable, total)`: `total + item` over the items.
    Sum,
    /// `extend(out, iterable)`: appends the items to the list `out`.
    Extend,
    /// `extend_map(out, function, iterable)`: appends `function(item)` for
    /// each item (`list(map(f, it))`, `sorted`'s keys).
    ExtendMap,
    /// `extend_filter(out, function, iterable)`: appends the items for
    /// which `function(item)` is true (`list(filter(f, it))`).
    ExtendFilter,
    /// `any(iterable)`.
    Any,
    /// `all(iterable)`.
    All,
}

impl PythonLoop {
    /// The function's name in `python_loops.py`.
    pub fn name(self) -> &'static str {
        match self {
            PythonLoop::Sum => "sum",
            PythonLoop::Extend => "extend",
            PythonLoop::ExtendMap => "extend_map",
            PythonLoop::ExtendFilter => "extend_filter",
            PythonLoop::Any => "any",
            PythonLoop::All => "all",
        }
    }
}

impl Vm {
    /// True if `v` is a generator, which a built-in should drive through
    /// [`Vm::run_python_loop`] when that is available.
    pub fn is_generator(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Generator(_)))
    }

    /// True if `v` is a Python function, which a built-in calling it per
    /// item should call from [`Vm::run_python_loop`] when that is available.
    pub fn is_python_function(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Function(_)))
    }

    /// Appends to a new list what `which` (one of the `Extend` loops)
    /// produces from `args` after the list, and returns the items; `None`
    /// when this build cannot run the loop.
    pub fn collect_with_python_loop(&mut self, which: PythonLoop, args: &[Value]) -> Option<PyResult<Vec<Value>>> {
        self.jit.as_ref()?;
        let out = self.new_list(Vec::new());
        let mut call = Vec::with_capacity(args.len() + 1);
        call.push(out);
        call.extend_from_slice(args);
        self.temp_roots.push(out);
        let ran = self.run_python_loop(which, &call);
        self.temp_roots.pop();
        Some(ran?.map(|_| match out {
            Value::Obj(o) => match self.heap.get(o) {
                Obj::List(items) => items.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }))
    }

    /// Runs `which` with `args`, or `None` when this build cannot (no
    /// compiler): the caller then runs its native loop.
    pub fn run_python_loop(&mut self, which: PythonLoop, args: &[Value]) -> Option<PyResult<Value>> {
        // Without a JIT the native loops are faster (callgrind, `sum` over a
        // generator pipeline: 6% fewer instructions in tier 1 than the
        // Python loop; with the x86-64 JIT the Python loop runs 16-27%
        // fewer, as traces record it with the generators).
        self.jit.as_ref()?;
        let f = self.python_loop(which)?;
        Some(self.call_value(f, args))
    }

    /// The function object for `which`, compiling the module on first use.
    #[cfg(feature = "compiler")]
    fn python_loop(&mut self, which: PythonLoop) -> Option<Value> {
        let dict = match self.python_loops {
            Some(d) => d,
            None => {
                let file = "<built-in loops>";
                let mut code = crate::compiler::compile(include_str!("python_loops.py"), file).ok()?;
                crate::bytecode::code::mark_hidden(&mut code);
                let dict = self.new_dict_obj();
                self.temp_roots.push(Value::Obj(dict));
                let module_name = Value::Obj(self.intern("builtins"));
                let ran = self.dict_set_str(dict, self.names.name, module_name).and_then(|()| {
                    let code = self.load_code(code);
                    self.run_module_code(code, dict)
                });
                self.temp_roots.pop();
                ran.ok()?;
                self.python_loops = Some(dict);
                dict
            }
        };
        let name = self.intern(which.name());
        self.dict_get_str(dict, name)
    }

    #[cfg(not(feature = "compiler"))]
    fn python_loop(&mut self, _which: PythonLoop) -> Option<Value> {
        None
    }

    /// The function `name` that `source` (a module defining it) makes,
    /// compiled at first use into the built-in loops' namespace; `None`
    /// without the compiler.
    #[cfg(all(feature = "compiler", feature = "coroutines"))]
    pub(crate) fn python_helper(&mut self, name: &str, source: &str) -> Option<Value> {
        self.python_loop(PythonLoop::Sum)?;
        let dict = self.python_loops?;
        let key = self.intern(name);
        if let Some(f) = self.dict_get_str(dict, key) {
            return Some(f);
        }
        let mut code = crate::compiler::compile(source, "<built-in helpers>").ok()?;
        crate::bytecode::code::mark_hidden(&mut code);
        let code = self.load_code(code);
        self.run_module_code(code, dict).ok()?;
        self.dict_get_str(dict, key)
    }
}
