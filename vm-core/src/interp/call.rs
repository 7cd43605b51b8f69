//! Calls: binding arguments to parameters, pushing frames for Python
//! functions, calling natives, instantiating classes, building classes.

use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use crate::bytecode::code::{FLAG_GENERATOR, FLAG_VARARGS, FLAG_VARKEYWORDS};
use crate::interp::code::CodeObject;
use crate::interp::eval::CallOutcome;
use crate::interp::frame::{Frame, ReturnAction};
use crate::runtime::object::{
    Class, ClassDetails, Function, FunctionDetails, Instance, Layout, Obj, PyResult, ShapeTable,
};
use crate::runtime::value::{ObjRef, Value};
use crate::runtime::value_vec::ValueVec;
use crate::vm::Vm;

impl Vm {
    /// Executes CALL: the stack holds `callable, self_or_null, args..., kwvalues...`.
    // Indexing: `CALL` runs in verified code (loaded files pass the verifier; compiler output has the
    // shape it proves, checked on every compiled code object in debug builds):
    // the stack holds the callable, its self slot and `argc` arguments.
    #[allow(clippy::indexing_slicing)]
    pub(crate) fn call_from_stack(&mut self, argc: usize, kwnames: Option<ObjRef>) -> PyResult<CallOutcome> {
        let len = self.stack.len();
        let call_base = len - argc - 2;
        let mut callee = self.stack[call_base];
        // A bound method in the callable slot: unpack it into the two slots.
        if self.stack[call_base + 1].is_null() {
            if let Value::Obj(r) = callee {
                if let Obj::BoundMethod { receiver, func } = self.heap.get(r) {
                    let (receiver, func) = (*receiver, *func);
                    self.stack[call_base] = func;
                    self.stack[call_base + 1] = receiver;
                    callee = func;
                }
            }
        }
        let args_start = if self.stack[call_base + 1].is_null() { call_base + 2 } else { call_base + 1 };
        self.call_at(callee, call_base, args_start, kwnames, ReturnAction::Push)
    }

    /// Calls `callee` with the arguments at `stack[args_start..]` (the last
    /// `len(kwnames)` of them keyword values). Python functions get a frame
    /// (with `on_return`); everything else runs now and its result replaces
    /// `stack[call_base..]`.
    fn call_at(
        &mut self,
        callee: Value,
        call_base: usize,
        args_start: usize,
        kwnames: Option<ObjRef>,
        on_return: ReturnAction,
    ) -> PyResult<CallOutcome> {
        self.stats.calls += 1;
        let Value::Obj(r) = callee else {
            return Err(self.not_callable(callee));
        };
        match self.heap.get(r) {
            Obj::Function(_) => self.push_function_frame(r, call_base, args_start, kwnames, on_return),
            Obj::Builtin { def, receiver } => {
                let (func, receiver) = (def.func, *receiver);
                let (pos, kw) = self.split_args(args_start, kwnames);
                let mut args = pos;
                if !receiver.is_null() {
                    args.insert(0, receiver);
                }
                self.native_call_result(func, &args, &kw, call_base, on_return)
            }
            Obj::BoundMethod { receiver, func } => {
                // Reached when a bound method is called with a filled self slot
                // (from native code): insert the receiver as the first argument.
                let (receiver, func) = (*receiver, *func);
                self.stack.insert(args_start, receiver);
                self.call_at(func, call_base, args_start, kwnames, on_return)
            }
            Obj::Class(class) => {
                if let Some(m) = class.meta.filter(|_| cfg!(feature = "metaclasses")) {
                    // A metaclass's own `__call__` runs instead (`type.__call__` is built in).
                    if !core::mem::take(&mut self.skip_meta_call) {
                        if let Some(f) = self.lookup_class_attr(m, self.names.call) {
                            if !self.is_builtin_init(f) {
                                self.stack.insert(args_start, callee);
                                return self.call_at(f, call_base, args_start, kwnames, on_return);
                            }
                        }
                    }
                }
                let Obj::Class(class) = self.heap.get(r) else { unreachable_frame() };
                if let Some(ctor) = class.ctor {
                    let (args, kw) = self.split_args(args_start, kwnames);
                    return self.native_call_result(ctor, &args, &kw, call_base, on_return);
                }
                if class.layout == Layout::Native {
                    if cfg!(feature = "metaclasses") && self.is_subclass(r, self.types.type_) {
                        let (pos, kw) = self.split_args(args_start, kwnames);
                        let roots = self.temp_roots.len();
                        self.temp_roots.extend(pos.iter().copied());
                        self.temp_roots.extend(kw.iter().map(|&(_, v)| v));
                        let obj = self.run_new_and_init(r, &pos, &kw);
                        self.temp_roots.truncate(roots);
                        return self.native_call_result(
                            |_, a, _| Ok(a.first().copied().unwrap_or(Value::None)),
                            &[obj?],
                            &[],
                            call_base,
                            on_return,
                        );
                    }
                    let Obj::Class(class) = self.heap.get(r) else { unreachable_frame() };
                    let name = class.name.clone();
                    return Err(self.type_error(format!("cannot create '{name}' instances")));
                }
                self.instantiate(r, call_base, args_start, kwnames, on_return)
            }
            Obj::StaticMethod(inner) => {
                let inner = *inner;
                self.call_at(inner, call_base, args_start, kwnames, on_return)
            }
            Obj::Instance(inst) => {
                let class = inst.class;
                let call = self.names.call;
                match self.lookup_class_attr(class, call) {
                    Some(f) => {
                        self.stack.insert(args_start, callee);
                        self.call_at(f, call_base, args_start, kwnames, on_return)
                    }
                    None => Err(self.not_callable(callee)),
                }
            }
            _ => Err(self.not_callable(callee)),
        }
    }

    fn not_callable(&mut self, v: Value) -> crate::runtime::object::PyErr {
        let tn = self.type_name(v);
        self.type_error(format!("'{tn}' object is not callable"))
    }

    /// Splits the stack's arguments into positional values and keyword pairs, popping them.
    // Indexing: `args_start` is within the stack (the caller's call layout).
    #[allow(clippy::indexing_slicing)]
    fn split_args(&mut self, args_start: usize, kwnames: Option<ObjRef>) -> (Vec<Value>, Vec<(ObjRef, Value)>) {
        let mut args: Vec<Value> = self.stack[args_start..].to_vec();
        let mut kw = Vec::new();
        if let Some(names) = kwnames {
            if let Obj::Tuple(names) = self.heap.get(names) {
                let n = names.len();
                let vals = args.split_off(args.len() - n);
                for (name, v) in names.iter().zip(vals) {
                    if let Value::Obj(name) = name {
                        kw.push((*name, v));
                    }
                }
            }
        }
        (args, kw)
    }

    fn native_call_result(
        &mut self,
        func: crate::runtime::object::NativeFn,
        args: &[Value],
        kw: &[(ObjRef, Value)],
        call_base: usize,
        on_return: ReturnAction,
    ) -> PyResult<CallOutcome> {
        let result = func(self, args, kw)?;
        self.stack.truncate(call_base);
        match on_return {
            ReturnAction::Init { instance } => {
                self.stack.push(instance);
            }
            _ => self.stack.push(result),
        }
        Ok(CallOutcome::Done)
    }

    /// Binds arguments and pushes a frame for the Python function `func`.
    fn push_function_frame(
        &mut self,
        func: ObjRef,
        call_base: usize,
        args_start: usize,
        kwnames: Option<ObjRef>,
        on_return: ReturnAction,
    ) -> PyResult<CallOutcome> {
        if self.frames.len() >= self.config.recursion_limit {
            return Err(self.recursion_error());
        }
        let Obj::Function(f) = self.heap.get(func) else { unreachable_frame() };
        let code = f.code.clone();
        let globals = f.globals;
        let nargs = self.stack.len() - args_start;
        let c = &code.code;
        let simple = kwnames.is_none()
            && c.flags & (FLAG_VARARGS | FLAG_VARKEYWORDS) == 0
            && c.kwonlyargcount == 0
            && nargs == c.argcount as usize;
        if !simple {
            let locals = self.bind_arguments(func, &code, args_start, kwnames)?;
            self.stack.truncate(args_start);
            self.stack.extend(locals);
        }
        let frame = self.new_frame(func, code, globals, call_base, args_start, on_return);
        if frame.code.code.flags & FLAG_GENERATOR != 0 {
            return Ok(self.make_generator(frame));
        }
        self.frames.push(frame);
        Ok(CallOutcome::Frame)
    }

    /// The frame for running `func` with its arguments already bound at
    /// `stack[args_start..]`: the other locals are made unbound and the
    /// closure's cells are put in the free-variable slots.
    #[cfg_attr(not(feature = "small-code"), inline(always))]
    // Indexing: the frame's `nlocals` slots were just filled in, and a free
    // variable's slot is a local (verified).
    #[allow(clippy::indexing_slicing)]
    pub(crate) fn new_frame(
        &mut self,
        func: ObjRef,
        code: Rc<CodeObject>,
        globals: ObjRef,
        call_base: usize,
        args_start: usize,
        on_return: ReturnAction,
    ) -> Frame {
        self.stack.fill_null_reserving(args_start + code.nlocals, args_start + code.frame_size);
        if !code.code.freevars.is_empty() {
            if let Obj::Function(f) = self.heap.get(func) {
                for (&(_, slot), &cell) in code.code.freevars.iter().zip(f.closure.iter()) {
                    self.stack[args_start + slot as usize] = cell;
                }
            }
        }
        Frame {
            code,
            pc: 0,
            base: args_start,
            ret_base: call_base,
            globals,
            locals_dict: None,
            func: Value::Obj(func),
            on_return,
            #[cfg(feature = "frames")]
            obj: crate::interp::frame_object::MaybeFrame::NONE,
        }
    }

    /// The general argument binder: positional, keyword, defaults, `*args`, `**kwargs`.
    // Indexing: `locals` has `nlocals` slots, which the verifier proves hold
    // the parameters (`argcount + kwonlyargcount` plus the `*args`/`**kwargs`
    // slots), `varnames` has one name per local, and a default index stays
    // below `defaults.len()` (`first_default` is `argcount` minus it).
    #[allow(clippy::indexing_slicing)]
    fn bind_arguments(
        &mut self,
        func: ObjRef,
        code: &Rc<CodeObject>,
        args_start: usize,
        kwnames: Option<ObjRef>,
    ) -> PyResult<Vec<Value>> {
        let (pos, kw) = self.split_args(args_start, kwnames);
        let c = &code.code;
        let argcount = c.argcount as usize;
        let kwonly = c.kwonlyargcount as usize;
        let has_varargs = c.flags & FLAG_VARARGS != 0;
        let has_varkw = c.flags & FLAG_VARKEYWORDS != 0;
        let mut locals = vec![Value::Null; code.nlocals()];
        // Error messages name the function by its `__qualname__` (which a
        // program may have set, as dataclasses do).
        let qual = match self.heap.get(func) {
            Obj::Function(f) => f.qualname.map(|q| self.str_text(q)),
            _ => None,
        }
        .unwrap_or_else(|| String::from(&*c.qualname));

        // Positional arguments.
        let npos = pos.len().min(argcount);
        locals[..npos].copy_from_slice(&pos[..npos]);
        if pos.len() > argcount {
            if has_varargs {
                let extra = self.new_tuple(pos[argcount..].to_vec());
                locals[argcount + kwonly] = extra;
            } else {
                let defaults_len = self.function_defaults_len(func);
                let takes = if defaults_len > 0 {
                    format!("from {} to {} positional arguments", argcount.saturating_sub(defaults_len), argcount)
                } else {
                    format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
                };
                let given = pos.len();
                let kwgiven = kw.len();
                let was = if given == 1 { "was" } else { "were" };
                let extra = if kwgiven > 0 {
                    format!(
                        " positional argument{} (and {} keyword-only argument{})",
                        if given == 1 { "" } else { "s" },
                        kwgiven,
                        if kwgiven == 1 { "" } else { "s" }
                    )
                } else {
                    String::new()
                };
                return Err(self.type_error(format!("{qual}() takes {takes} but {given}{extra} {was} given")));
            }
        } else if has_varargs {
            let empty = self.new_tuple(Vec::new());
            locals[argcount + kwonly] = empty;
        }

        // Keyword arguments.
        let varkw_dict = if has_varkw {
            let d = self.new_dict_obj();
            let idx = argcount + kwonly + usize::from(has_varargs);
            locals[idx] = Value::Obj(d);
            Some(d)
        } else {
            None
        };
        for (name, value) in kw {
            let slot = code.varnames[..argcount + kwonly]
                .iter()
                .enumerate()
                .skip(c.posonlyargcount as usize)
                .find(|(_, &n)| n == name || self.str_eq(n, name))
                .map(|(i, _)| i);
            match slot {
                Some(i) => {
                    if !locals[i].is_null() {
                        let n = self.str_text(name);
                        return Err(self.type_error(format!("{qual}() got multiple values for argument '{n}'")));
                    }
                    locals[i] = value;
                }
                None => match varkw_dict {
                    Some(d) => self.dict_set(d, Value::Obj(name), value)?,
                    None => {
                        let n = self.str_text(name);
                        return Err(self.type_error(format!("{qual}() got an unexpected keyword argument '{n}'")));
                    }
                },
            }
        }

        // Defaults.
        let Obj::Function(f) = self.heap.get(func) else { unreachable_frame() };
        let defaults = f.defaults.clone();
        let kwdefaults = f.kwdefaults;
        let first_default = argcount - defaults.len().min(argcount);
        for (i, local) in locals.iter_mut().enumerate().take(argcount).skip(first_default) {
            if local.is_null() {
                *local = defaults[i - first_default];
            }
        }
        let missing: Vec<usize> = (0..argcount).filter(|&i| locals[i].is_null()).collect();
        if !missing.is_empty() {
            let names: Vec<String> = missing.iter().map(|&i| format!("'{}'", c.varnames[i])).collect();
            return Err(self.type_error(format!(
                "{qual}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&names)
            )));
        }
        if let Some(kd) = kwdefaults {
            for (i, local) in locals.iter_mut().enumerate().take(argcount + kwonly).skip(argcount) {
                if local.is_null() {
                    if let Some(v) = self.dict_get_str(kd, code.varnames[i]) {
                        *local = v;
                    }
                }
            }
        }
        let missing: Vec<String> = (argcount..argcount + kwonly)
            .filter(|&i| locals[i].is_null())
            .map(|i| format!("'{}'", c.varnames[i]))
            .collect();
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        Ok(locals)
    }

    fn function_defaults_len(&self, func: ObjRef) -> usize {
        match self.heap.get(func) {
            Obj::Function(f) => f.defaults.len(),
            _ => 0,
        }
    }

    /// Creates an instance of the user class `class` and runs its `__init__`.
    fn instantiate(
        &mut self,
        class: ObjRef,
        call_base: usize,
        args_start: usize,
        kwnames: Option<ObjRef>,
        on_return: ReturnAction,
    ) -> PyResult<CallOutcome> {
        if self.class_overrides_new(class) || self.native_base(class).is_some() {
            return self.instantiate_with_new(class, call_base, args_start, kwnames);
        }
        let Obj::Class(c) = self.heap.get(class) else { unreachable_frame() };
        let is_exc = c.layout == Layout::Exception;
        let root_shape = c.root_shape;
        let inst = self.heap.alloc(Obj::Instance(Instance {
            class,
            shape: root_shape,
            slots: ValueVec::new(),
            exc: if is_exc { Some(alloc::boxed::Box::default()) } else { None },
            native: None,
        }));
        let instance = Value::Obj(inst);
        let builtin_init = self.lookup_class_attr(class, self.names.init).is_some_and(|f| self.is_builtin_init(f));
        if is_exc && kwnames.is_some() && builtin_init && crate::builtins::exception_keywords(self, class).is_none() {
            let name = String::from(self.class_name(class));
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        if is_exc {
            // BaseException.__new__ stores the positional arguments as `args`.
            let (mut pos, kw) = self.split_args(args_start, kwnames);
            // The attributes the built-in `__init__` sets from the arguments
            // (ImportError's `name`, SyntaxError's location, ...).
            let fields = if builtin_init { Some((pos.clone(), kw)) } else { None };
            let os_error = self.exc.os_error;
            let mut os_args = None;
            if self.is_subclass(class, os_error) {
                // OSError.__new__ parses `errno, strerror, filename, ...`; a
                // class with its own `__init__` parses them there, through
                // `super()`, and starts with empty `args`.
                if self.lookup_class_attr(class, self.names.init).is_some_and(|f| self.is_builtin_init(f)) {
                    os_args = Some(pos.clone());
                } else {
                    pos.clear();
                }
            }
            let args = self.new_tuple(pos);
            if let Obj::Instance(i) = self.heap.get_mut(inst) {
                if let Some(e) = i.exc.as_mut() {
                    e.args = args;
                }
            }
            if let Some(pos) = os_args {
                self.temp_roots.push(instance);
                let r = crate::builtins::os_error_setup(self, inst, &pos);
                self.temp_roots.pop();
                r?;
            }
            if let Some((pos, kw)) = fields {
                self.temp_roots.push(instance);
                let r = crate::builtins::exception_setup(self, inst, &pos, &kw);
                self.temp_roots.pop();
                r?;
            }
        }
        let init = self.names.init;
        let init_fn = self.lookup_class_attr(class, init);
        let nargs = self.stack.len() - args_start;
        match init_fn {
            Some(f) if !self.is_builtin_init(f) => {
                // Rewrite the call as `__init__(instance, args...)`.
                self.stack.insert(args_start, instance);
                let on_return = match on_return {
                    ReturnAction::ToNative => ReturnAction::ToNative,
                    _ => ReturnAction::Init { instance },
                };
                if let ReturnAction::ToNative = on_return {
                    // Native callers get the instance back via call_value's wrapper.
                    self.temp_roots.push(instance);
                }
                self.call_at(f, call_base, args_start, kwnames, on_return)
            }
            _ => {
                if nargs > 0 && !is_exc {
                    let name = self.class_name(class);
                    return Err(self.type_error(format!("{name}() takes no arguments")));
                }
                self.stack.truncate(call_base);
                self.stack.push(instance);
                if let ReturnAction::ToNative = on_return {
                    return Ok(CallOutcome::Done);
                }
                Ok(CallOutcome::Done)
            }
        }
    }

    /// True if a Python `__new__` is defined on `class` or a base.
    pub(crate) fn class_overrides_new(&self, class: ObjRef) -> bool {
        match self.lookup_class_attr(class, self.names.new) {
            Some(Value::Obj(f)) => match self.heap.get(f) {
                // `object.__new__` is a built-in; a host class's constructor
                // (`api::ClassBuilder`) is a host function and overrides it.
                Obj::StaticMethod(Value::Obj(inner)) => match self.heap.get(*inner) {
                    Obj::Builtin { def, .. } => core::ptr::eq(*def, &crate::api::HOST_FN),
                    _ => true,
                },
                Obj::Builtin { .. } => false,
                _ => true,
            },
            _ => false,
        }
    }

    /// Instantiation through a Python `__new__`: `obj = cls.__new__(cls,
    /// *args)`, then `obj.__init__(*args)` if `obj` is an instance of `cls`.
    /// Runs both through native calls (this path is rare).
    fn instantiate_with_new(
        &mut self,
        class: ObjRef,
        call_base: usize,
        args_start: usize,
        kwnames: Option<ObjRef>,
    ) -> PyResult<CallOutcome> {
        let (pos, kw) = self.split_args(args_start, kwnames);
        let roots = self.temp_roots.len();
        self.temp_roots.extend(pos.iter().copied());
        self.temp_roots.extend(kw.iter().map(|&(_, v)| v));
        let result = self.run_new_and_init(class, &pos, &kw);
        self.temp_roots.truncate(roots);
        let obj = result?;
        self.stack.truncate(call_base);
        self.stack.push(obj);
        Ok(CallOutcome::Done)
    }

    fn run_new_and_init(&mut self, class: ObjRef, pos: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
        let obj = if self.class_overrides_new(class) || self.is_subclass(class, self.types.type_) {
            let new = self.lookup_class_attr(class, self.names.new).unwrap_or(Value::None);
            let new = self.bind_descr(new, Value::Null, class)?;
            let mut args = Vec::with_capacity(pos.len() + 1);
            args.push(Value::Obj(class));
            args.extend_from_slice(pos);
            self.call_value_kw(new, &args, kw)?
        } else {
            // A subclass of a built-in type without its own `__new__`.
            self.native_new(class, pos, kw)?
        };
        if !self.isinstance(obj, class) {
            return Ok(obj);
        }
        self.temp_roots.push(obj);
        let cls = self.class_of(obj);
        let wrapped = self.native_of(obj).is_some();
        if let Some(init) = self.lookup_class_attr(cls, self.names.init) {
            if wrapped && self.is_builtin_init(init) {
                // `list.__init__` and friends fill the value; immutable
                // types took their arguments in `__new__`.
                self.native_init_if_mutable(obj, pos, kw)?;
            } else if !self.is_builtin_init(init) {
                let bound = self.bind_descr(init, obj, cls)?;
                let r = self.call_value_kw(bound, pos, kw)?;
                if !matches!(r, Value::None) {
                    let tn = self.type_name(r);
                    return Err(self.type_error(format!("__init__() should return None, not '{tn}'")));
                }
            }
        }
        Ok(obj)
    }

    /// True for the built-in `__init__`s (object's, the built-in types',
    /// the exceptions'), whose work instantiation does itself; a built-in
    /// class's `__init__` that is an ordinary method (`random.Random`'s,
    /// which calls `self.seed`) is called like a Python one.
    fn is_builtin_init(&self, f: Value) -> bool {
        match f {
            Value::Obj(r) => match self.heap.get(r) {
                #[cfg(feature = "mod-random")]
                Obj::Builtin { def, .. } if core::ptr::eq(*def, &crate::builtins::modules::random::INIT) => false,
                Obj::Builtin { .. } => true,
                _ => false,
            },
            _ => false,
        }
    }

    /// Calls any callable from native code and returns its result. Python
    /// functions run in a nested run of the eval loop.
    pub fn call_value(&mut self, callee: Value, args: &[Value]) -> PyResult<Value> {
        self.call_value_kw(callee, args, &[])
    }

    /// Like [`Vm::call_value`], with keyword arguments.
    pub fn call_value_kw(&mut self, callee: Value, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
        if self.native_depth >= self.config.max_native_depth {
            return Err(self.recursion_error());
        }
        let call_base = self.stack.len();
        self.stack.push(callee);
        self.stack.push(Value::Null);
        self.stack.extend_from_slice(args);
        let kwnames = if kw.is_empty() {
            None
        } else {
            self.stack.extend(kw.iter().map(|&(_, v)| v));
            let names: Vec<Value> = kw.iter().map(|&(n, _)| Value::Obj(n)).collect();
            self.new_tuple(names).as_obj()
        };
        // A class called directly or through a bound method (a class method
        // wrapping a class): its `__init__` frame's result is not the call's.
        let target = match callee {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BoundMethod { func, .. } => *func,
                _ => callee,
            },
            _ => callee,
        };
        let is_class_init = matches!(target, Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)));
        let roots_before = self.temp_roots.len();
        // A built-in called from here (not from a Python frame) sees
        // `native_call_floor == frames.len()`: its native caller may hold
        // values it did not root (`gc.collect` then collects later).
        #[cfg(feature = "mod-weakref")]
        let floor = core::mem::replace(&mut self.native_call_floor, self.frames.len());
        let outcome = self.call_at(callee, call_base, call_base + 2, kwnames, ReturnAction::ToNative);
        #[cfg(feature = "mod-weakref")]
        {
            self.native_call_floor = floor;
        }
        let result = match outcome {
            Err(e) => {
                self.stack.truncate(call_base);
                Err(e)
            }
            Ok(CallOutcome::Done) => {
                let v = self.stack.pop().unwrap_or(Value::None);
                self.stack.truncate(call_base);
                Ok(v)
            }
            Ok(CallOutcome::Frame) => {
                self.native_depth += 1;
                let entry = self.frames.len() - 1;
                let r = self.execute(entry);
                self.native_depth -= 1;
                self.stack.truncate(call_base);
                r
            }
        };
        let result = match result {
            Ok(v) if is_class_init && self.temp_roots.len() > roots_before => {
                let inst = self.temp_roots.get(roots_before).copied().unwrap_or(Value::None);
                if !matches!(v, Value::None) {
                    let tn = self.type_name(v);
                    self.temp_roots.truncate(roots_before);
                    return Err(self.type_error(format!("__init__() should return None, not '{tn}'")));
                }
                Ok(inst)
            }
            r => r,
        };
        self.temp_roots.truncate(roots_before);
        result
    }

    /// Creates a function object (MAKE_FUNCTION): `closure` is the tuple
    /// of cells, or None.
    pub(crate) fn make_function(
        &mut self,
        code_v: Value,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
        globals: ObjRef,
    ) -> Value {
        let cells = self.tuple_items_or_none(closure);
        self.make_function_with_cells(code_v, defaults, kwdefaults, cells, globals)
    }

    /// The items of `v` if it is a tuple, else none.
    fn tuple_items_or_none(&self, v: Value) -> Box<[Value]> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Tuple(items) => items.as_slice().into(),
                _ => Box::new([]),
            },
            _ => Box::new([]),
        }
    }

    /// [`Vm::make_function`] with the closure's cells given one by one
    /// (a trace's exit making a function it did not make).
    pub(crate) fn make_function_with_cells(
        &mut self,
        code_v: Value,
        defaults: Value,
        kwdefaults: Value,
        closure: Box<[Value]>,
        globals: ObjRef,
    ) -> Value {
        let code = match code_v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Code(c) => c.clone(),
                _ => return Value::None,
            },
            _ => return Value::None,
        };
        let defaults = self.tuple_items_or_none(defaults);
        let name = code.name;
        let doc = match code.code.doc.as_deref() {
            Some(d) => self.new_str(d),
            None => Value::None,
        };
        let f = Function {
            code,
            globals,
            version: 0,
            closure,
            details: Box::new(FunctionDetails {
                defaults,
                kwdefaults: kwdefaults.as_obj(),
                name,
                qualname: None,
                doc,
                attrs: None,
                annotations: None,
            }),
        };
        Value::Obj(self.heap.alloc(Obj::Function(f)))
    }

    /// BUILD_CLASS: pushes a frame running the class body in a fresh namespace.
    /// `arg` is BUILD_CLASS's operand: the number of bases, plus 1 << 16
    /// when the class keywords (a dict) are on top. With keywords or a
    /// metaclass other than `type`, the metaclass and the keywords stay on
    /// the stack under the body's frame until [`Vm::class_statement_end`].
    pub(crate) fn start_class_body(&mut self, arg: usize) -> PyResult<()> {
        let roots = self.temp_roots.len();
        let r = self.start_class_body_rooted(arg);
        self.temp_roots.truncate(roots);
        r
    }

    /// [`Vm::start_class_body`], leaving what it roots on `temp_roots`.
    // Indexing: `LOAD_BUILD_CLASS`'s call layout in verified code (loaded files pass the verifier; compiler output has the
    // shape it proves, checked on every compiled code object in debug builds):
    // the stack holds the body, the name and `nbases` bases (and the keywords);
    // the body's free-variable slots are locals of the frame just reserved.
    #[allow(clippy::indexing_slicing)]
    fn start_class_body_rooted(&mut self, arg: usize) -> PyResult<()> {
        let (nbases, has_kw) = (arg & 0xffff, arg >> 16 != 0);
        let len = self.stack.len();
        let call_base = len - nbases - 2 - has_kw as usize;
        let body = self.stack[call_base];
        let name = self.stack[call_base + 1];
        let orig_bases: Vec<Value> = self.stack[call_base + 2..call_base + 2 + nbases].to_vec();
        let kw = if has_kw { self.stack[len - 1] } else { Value::None };
        // PEP 560: a base that is no class may stand for others (the
        // tuples they came from stay rooted until the caller's truncation).
        let (bases_v, orig_tuple) = match self.mro_entries(&orig_bases)? {
            Some(v) => {
                let t = self.new_tuple(orig_bases);
                self.temp_roots.push(t);
                (v, Some(t))
            }
            None => (orig_bases, None),
        };
        if !cfg!(feature = "metaclasses") && has_kw {
            return Err(self.not_implemented_error("class keyword arguments (such as metaclass=) are not supported"));
        }
        let mut meta = Value::Obj(self.types.type_);
        if let Value::Obj(d) = kw {
            let m = self.intern("metaclass");
            if let Some(v) = self.dict_get_str(d, m) {
                meta = v;
                self.dict_del_str(d, m);
            }
        }
        if let Value::Obj(m) = meta {
            if cfg!(feature = "metaclasses") && matches!(self.heap.get(m), Obj::Class(_)) {
                meta = Value::Obj(self.winner_meta(m, &bases_v)?);
            }
        }
        let extras = cfg!(feature = "metaclasses") && (has_kw || meta != Value::Obj(self.types.type_));
        let bases = self.new_tuple(bases_v);
        let mut namespace = None;
        if let (Value::Obj(m), true) = (meta, extras) {
            if let Some(p) = self.class_of_lookup(m, "__prepare__") {
                let p = self.bind_descr(p, Value::Null, m)?;
                let kws = self.kw_pairs(kw)?;
                self.temp_roots.push(bases);
                let ns = self.call_value_kw(p, &[name, bases], &kws);
                self.temp_roots.pop();
                let ns = ns?;
                match ns {
                    Value::Obj(d) if matches!(self.heap.get(d), Obj::Dict(_)) => namespace = Some(d),
                    _ => {
                        let tn = self.type_name(ns);
                        return Err(self.not_implemented_error(format!(
                            "a class namespace from __prepare__ that is not a dict ('{tn}')"
                        )));
                    }
                }
            }
        }
        self.temp_roots.push(bases);
        let namespace = match namespace {
            Some(d) => d,
            None => self.new_dict_obj(),
        };
        self.temp_roots.pop();
        let globals = self.frame().globals;
        let modname = self.dict_get_str(globals, self.names.name).unwrap_or(Value::None);
        self.dict_set_str(namespace, self.names.module, modname)?;
        let qualname = self.names.qualname;
        self.dict_set_str(namespace, qualname, name)?;
        if let Some(t) = orig_tuple {
            let key = self.intern("__orig_bases__");
            self.dict_set_str(namespace, key, t)?;
        }
        let Value::Obj(f) = body else { return Err(self.system_error("bad class body")) };
        let Obj::Function(func) = self.heap.get(f) else { return Err(self.system_error("bad class body")) };
        let code = func.code.clone();
        let closure = func.closure.clone();
        self.stack.truncate(call_base);
        if extras {
            self.stack.push(meta);
            self.stack.push(kw);
        }
        let ret_base = self.stack.len();
        let base = self.stack.len();
        self.stack.resize(base + code.nlocals(), Value::Null);
        for (&(_, slot), &cell) in code.code.freevars.iter().zip(closure.iter()) {
            self.stack[base + slot as usize] = cell;
        }
        if self.frames.len() >= self.config.recursion_limit {
            return Err(self.recursion_error());
        }
        self.push_frame(Frame {
            code,
            pc: 0,
            base,
            ret_base,
            globals,
            locals_dict: Some(namespace),
            func: Value::Null,
            on_return: ReturnAction::BuildClass { name, bases, namespace, extras },
            #[cfg(feature = "frames")]
            obj: crate::interp::frame_object::MaybeFrame::NONE,
        });
        Ok(())
    }

    /// A class body finished: with `extras`, the metaclass and keywords are
    /// the two values on top of the stack; calls the metaclass (or builds
    /// the class directly for `type`).
    // Indexing: the metaclass and keywords `start_class_body` left are the two
    // top stack items.
    #[allow(clippy::indexing_slicing)]
    pub(crate) fn class_statement_end(
        &mut self,
        name: Value,
        bases: Value,
        namespace: ObjRef,
        extras: bool,
    ) -> PyResult<Value> {
        if !cfg!(feature = "metaclasses") || !extras {
            return self.make_class(name, bases, namespace);
        }
        // The metaclass and keywords stay on the stack (rooted) until the class exists.
        let len = self.stack.len();
        let (meta, kw) = (self.stack[len - 2], self.stack[len - 1]);
        let roots = self.temp_roots.len();
        self.temp_roots.extend([name, bases, Value::Obj(namespace)]);
        let r = match self.kw_pairs(kw) {
            Err(e) => Err(e),
            Ok(kws) if meta == Value::Obj(self.types.type_) => self.make_class_ex(name, bases, namespace, None, &kws),
            Ok(kws) => self.call_value_kw(meta, &[name, bases, Value::Obj(namespace)], &kws),
        };
        self.temp_roots.truncate(roots);
        self.stack.truncate(len - 2);
        r
    }

    /// The keyword pairs of a dict of keywords (`None`: none).
    fn kw_pairs(&mut self, kw: Value) -> PyResult<Vec<(ObjRef, Value)>> {
        let Value::Obj(d) = kw else { return Ok(Vec::new()) };
        let entries: Vec<(Value, Value)> = match self.heap.get(d) {
            Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        };
        let mut out = Vec::with_capacity(entries.len());
        for (k, v) in entries {
            match k {
                Value::Obj(s) if matches!(self.heap.get(s), Obj::Str(_)) => out.push((self.intern_obj(s), v)),
                _ => return Err(self.type_error("keywords must be strings")),
            }
        }
        Ok(out)
    }

    /// The bases of a class statement with each base that is not a class
    /// but has `__mro_entries__` replaced by the tuple it returns (PEP
    /// 560), or None when no base has one. The tuples the entries came
    /// from stay on `temp_roots` (the caller truncates it).
    fn mro_entries(&mut self, bases: &[Value]) -> PyResult<Option<Vec<Value>>> {
        let mut out = Vec::with_capacity(bases.len());
        let mut changed = false;
        let name = self.intern("__mro_entries__");
        for &b in bases {
            if let Value::Obj(r) = b {
                if matches!(self.heap.get(r), Obj::Class(_)) {
                    out.push(b);
                    continue;
                }
            }
            let Some(method) = self.get_attr_opt(b, name)? else {
                out.push(b);
                continue;
            };
            self.temp_roots.push(method);
            let all = self.new_tuple(bases.to_vec());
            self.temp_roots.push(all);
            let entries = self.call_value(method, &[all])?;
            self.temp_roots.push(entries);
            let items = match entries {
                Value::Obj(t) => match self.heap.get(t) {
                    Obj::Tuple(items) => Some(items.to_vec()),
                    _ => None,
                },
                _ => None,
            };
            let Some(items) = items else {
                return Err(self.type_error("__mro_entries__ must return a tuple"));
            };
            out.extend(items);
            changed = true;
        }
        Ok(changed.then_some(out))
    }

    /// An attribute a metaclass defines itself (not one `type` provides).
    fn class_of_lookup(&mut self, meta: ObjRef, name: &str) -> Option<Value> {
        if meta == self.types.type_ {
            return None;
        }
        let n = self.intern(name);
        self.lookup_class_attr(meta, n)
    }

    /// The most derived of `meta` and the bases' metaclasses.
    pub(crate) fn winner_meta(&mut self, meta: ObjRef, bases: &[Value]) -> PyResult<ObjRef> {
        let mut winner = meta;
        for &b in bases {
            let bm = self.class_of(b);
            if self.is_subclass(winner, bm) {
                continue;
            }
            if self.is_subclass(bm, winner) {
                winner = bm;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// Builds a class object from a finished class body.
    pub(crate) fn make_class(&mut self, name: Value, bases: Value, namespace: ObjRef) -> PyResult<Value> {
        self.make_class_ex(name, bases, namespace, None, &[])
    }

    /// [`Vm::make_class`] with a metaclass (`None`: `type` or the bases')
    /// and the class keywords (for `__init_subclass__`).
    pub(crate) fn make_class_ex(
        &mut self,
        name: Value,
        bases: Value,
        namespace: ObjRef,
        meta: Option<ObjRef>,
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        let r = self.make_class_inner(name, bases, namespace, meta, kw);
        // Class creation edits the new class's dict directly: drop cached lookups.
        self.clear_attr_cache();
        r
    }

    fn make_class_inner(
        &mut self,
        name: Value,
        bases: Value,
        namespace: ObjRef,
        meta: Option<ObjRef>,
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        let name_s = self.str_text_v(name);
        let mut base_refs: Vec<ObjRef> = Vec::new();
        if let Value::Obj(t) = bases {
            if let Obj::Tuple(items) = self.heap.get(t) {
                for &b in items.iter() {
                    match b {
                        Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)) => base_refs.push(r),
                        _ => return Err(self.type_error(String::from("bases must be types"))),
                    }
                }
            }
        }
        for (i, &b) in base_refs.iter().enumerate() {
            if base_refs.get(..i).unwrap_or_default().contains(&b) {
                let bn = String::from(self.class_name(b));
                return Err(self.type_error(format!("duplicate base class {bn}")));
            }
        }
        if base_refs.is_empty() {
            base_refs.push(self.types.object);
        }
        let mut layout = Layout::Object;
        for &b in &base_refs {
            let Obj::Class(bc) = self.heap.get(b) else { continue };
            match bc.layout {
                Layout::Exception => layout = Layout::Exception,
                Layout::Native if b == self.types.object => {}
                Layout::Native if cfg!(feature = "metaclasses") && self.is_subclass(b, self.types.type_) => {
                    layout = Layout::Native
                }
                Layout::Native if self.is_subclassable_native(b) => layout = Layout::Wrapped,
                Layout::Wrapped => layout = Layout::Wrapped,
                Layout::Native => {
                    let bn = bc.name.clone();
                    // Types CPython itself refuses as bases.
                    const FINAL: &[&str] = &[
                        "bool",
                        "range",
                        "slice",
                        "NoneType",
                        "NotImplementedType",
                        "ellipsis",
                        "function",
                        "builtin_function_or_method",
                        "method",
                        "generator",
                        "cell",
                        "code",
                        "traceback",
                        "dict_keys",
                        "dict_values",
                        "dict_items",
                    ];
                    if FINAL.contains(&&*bn) {
                        return Err(self.type_error(format!("type '{bn}' is not an acceptable base type")));
                    }
                    return Err(self
                        .not_implemented_error(format!("subclassing the built-in type '{bn}' is not supported yet")));
                }
                Layout::Object => {}
            }
        }
        let mro_tail = self.c3_merge(&base_refs, &name_s)?;
        let meta = if cfg!(feature = "metaclasses") {
            let base_vals: Vec<Value> = base_refs.iter().map(|&b| Value::Obj(b)).collect();
            let meta = self.winner_meta(meta.unwrap_or(self.types.type_), &base_vals)?;
            (meta != self.types.type_).then_some(meta)
        } else {
            None
        };
        let qualname = match self.dict_get_str(namespace, self.names.qualname) {
            Some(v) => self.str_text_v(v),
            None => name_s.clone(),
        };
        let module = match self.dict_get_str(namespace, self.names.module) {
            Some(v) => self.str_text_v(v),
            None => String::from("__main__"),
        };
        // Like CPython, `__qualname__` lives on the class, not in its dict.
        self.dict_del_str(namespace, self.names.qualname);
        let own_slots = self.own_slots(namespace, &name_s)?;
        self.prepare_namespace(namespace)?;
        let class = Class {
            version: self.fresh_class_version(),
            hooks: 0,
            layout,
            dict: namespace,
            root_shape: ShapeTable::EMPTY,
            ctor: None,
            slots: None,
            details: Box::new(ClassDetails {
                name: name_s.into(),
                qualname: qualname.into(),
                module: module.into(),
                bases: base_refs.as_slice().into(),
                mro: Box::new([]),
                subclasses: Vec::new(),
                meta,
            }),
        };
        let r = self.heap.alloc(Obj::Class(class));
        let mut mro = vec![r];
        mro.extend(mro_tail);
        // Instances are restricted to slots only if every class in the MRO declares them.
        let mut slots = own_slots;
        for &k in mro.get(1..).unwrap_or_default() {
            let Some(s) = slots.as_mut() else { break };
            match self.heap.get(k) {
                Obj::Class(c) => match &c.slots {
                    Some(ks) => s.extend(ks.iter().copied()),
                    None => slots = None,
                },
                _ => slots = None,
            }
        }
        if let Obj::Class(c) = self.heap.get_mut(r) {
            c.mro = mro.into();
            c.slots = slots.map(Vec::into_boxed_slice);
        }
        for b in base_refs {
            if let Obj::Class(bc) = self.heap.get_mut(b) {
                bc.subclasses.push(r);
            }
        }
        let hooks = self.compute_hooks(r);
        if let Obj::Class(c) = self.heap.get_mut(r) {
            c.hooks = hooks;
        }
        // A class that defines __eq__ but not __hash__ gets __hash__ = None.
        let eq = self.cmp_names.get(crate::bytecode::opcode::CompareOp::Eq as usize).copied();
        let defines_eq = eq.is_some_and(|eq| self.dict_get_str(namespace, eq).is_some());
        if defines_eq && self.dict_get_str(namespace, self.names.hash).is_none() {
            self.dict_set_str(namespace, self.names.hash, Value::None)?;
        }
        // The implicit `__class__` cell of methods using `super()`.
        if let Some(Value::Obj(cell)) = self.dict_get_str(namespace, self.names.classcell) {
            if let Obj::Cell(v) = self.heap.get_mut(cell) {
                *v = Value::Obj(r);
            }
            self.dict_del_str(namespace, self.names.classcell);
        }
        let roots = self.temp_roots.len();
        self.temp_roots.push(Value::Obj(r));
        let result = self.finish_class(r, namespace, kw);
        self.temp_roots.truncate(roots);
        result?;
        Ok(Value::Obj(r))
    }

    /// The names a class body's `__slots__` declares (`None` without
    /// `__slots__`, or when it lists `__dict__`), private ones mangled
    /// with the class's name `class` (`__x` in `C` is `_C__x`).
    fn own_slots(&mut self, namespace: ObjRef, class: &str) -> PyResult<Option<Vec<ObjRef>>> {
        let Some(sv) = self.dict_get_str(namespace, self.names.slots) else { return Ok(None) };
        let items = if self.as_str(sv).is_some() { vec![sv] } else { self.collect_iterable(sv)? };
        let mut out = Vec::new();
        let mut has_dict = false;
        for it in items {
            let Some(text) = self.as_str(it).map(String::from) else {
                let tn = self.type_name(it);
                return Err(self.type_error(format!("__slots__ items must be strings, not '{tn}'")));
            };
            if text == "__dict__" {
                has_dict = true;
                continue;
            }
            let text = crate::runtime::mangle::private_name(class, &text).unwrap_or(text);
            let n = self.intern(&text);
            if self.dict_get_str(namespace, n).is_some() {
                let mut r = String::new();
                crate::runtime::str_repr::str_repr(&text, &mut r);
                return Err(self.value_error(format!("{r} in __slots__ conflicts with class variable")));
            }
            out.push(n);
        }
        Ok(if has_dict { None } else { Some(out) })
    }

    /// Namespace fix-ups before the class exists: `__doc__` defaults to
    /// `None`; `__new__` is an implicit staticmethod and `__init_subclass__`
    /// an implicit classmethod.
    fn prepare_namespace(&mut self, namespace: ObjRef) -> PyResult<()> {
        if self.dict_get_str(namespace, self.names.doc).is_none() {
            self.dict_set_str(namespace, self.names.doc, Value::None)?;
        }
        for (name, static_) in [(self.names.new, true), (self.names.init_subclass, false)] {
            if let Some(v @ Value::Obj(f)) = self.dict_get_str(namespace, name) {
                if matches!(self.heap.get(f), Obj::Function(_)) {
                    let w = if static_ { Obj::StaticMethod(v) } else { Obj::ClassMethod(v) };
                    let w = self.heap.alloc(w);
                    self.dict_set_str(namespace, name, Value::Obj(w))?;
                }
            }
        }
        Ok(())
    }

    /// After the class exists: `__set_name__` on its attributes, then the
    /// parent's `__init_subclass__`.
    fn finish_class(&mut self, class: ObjRef, namespace: ObjRef, kw: &[(ObjRef, Value)]) -> PyResult<()> {
        let entries: Vec<(Value, Value)> = match self.heap.get(namespace) {
            Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => Vec::new(),
        };
        for (k, v) in entries {
            let Value::Obj(vr) = v else { continue };
            if let Obj::Property(p) = self.heap.get_mut(vr) {
                p.name = k;
            } else if let Obj::Instance(i) = self.heap.get(vr) {
                let c = i.class;
                if let Some(f) = self.lookup_class_attr(c, self.names.set_name) {
                    self.call_value(f, &[v, Value::Obj(class), k])?;
                }
            }
        }
        let Obj::Class(c) = self.heap.get(class) else { return Ok(()) };
        if c.mro.len() > 1 {
            let name = self.names.init_subclass;
            if let Some(f) = self.super_lookup(class, Value::Obj(class), class, name)? {
                self.call_value_kw(f, &[], kw)?;
            }
        }
        Ok(())
    }

    /// C3 linearization of the bases' MROs (the new class itself excluded).
    fn c3_merge(&mut self, bases: &[ObjRef], name: &str) -> PyResult<Vec<ObjRef>> {
        let mut seqs: Vec<Vec<ObjRef>> = bases
            .iter()
            .map(|&b| match self.heap.get(b) {
                Obj::Class(c) => c.mro.to_vec(),
                _ => Vec::new(),
            })
            .collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let candidate = (seqs.iter().filter_map(|s| s.first().copied()))
                .find(|&c| !seqs.iter().any(|s| s.get(1..).unwrap_or_default().contains(&c)));
            match candidate {
                Some(c) => {
                    out.push(c);
                    for s in seqs.iter_mut() {
                        if s.first() == Some(&c) {
                            s.remove(0);
                        }
                    }
                }
                None => {
                    // CPython names the heads of the sequences left to merge.
                    let mut heads: Vec<ObjRef> = Vec::new();
                    for &h in seqs.iter().filter_map(|s| s.first()) {
                        if !heads.contains(&h) {
                            heads.push(h);
                        }
                    }
                    let names: Vec<String> = heads.iter().map(|&b| String::from(self.class_name(b))).collect();
                    let _ = name;
                    return Err(self.type_error(format!(
                        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                        names.join(", ")
                    )));
                }
            }
        }
    }
}

fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    }
}

#[cold]
fn unreachable_frame() -> ! {
    unreachable!("checked by the caller")
}
