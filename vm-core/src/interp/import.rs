//! Imports: `sys.modules`, built-in modules (a native table each), and user
//! modules whose source the host provides (`Host::load_module_source`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::runtime::object::{Obj, PyResult};
use crate::runtime::str_search;
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// IMPORT_NAME: the module to bind (the top-level package for a plain
    /// `import a.b`, the named module for `from a.b import x`).
    pub fn import_name(&mut self, name: ObjRef, fromlist: Value, level: Value) -> PyResult<Value> {
        let mut full = self.str_text(name);
        if let Value::Int(level @ 1..) = level {
            full = self.resolve_relative(&full, level as usize)?;
            if self.str_text(name).is_empty() {
                // `from . import x`: the package itself (`a.b`, not `a`).
                self.import_module_chain(&full)?;
                return self.import_module(&full);
            }
        }
        let first = self.import_module_chain(&full)?;
        Ok(if matches!(fromlist, Value::None) { first } else { self.import_module(&full)? })
    }

    /// `from .name import ...` (`level` dots) in the current frame's module:
    /// the absolute module name, from the module's `__package__`.
    fn resolve_relative(&mut self, name: &str, level: usize) -> PyResult<String> {
        let globals = self.frame().globals;
        let key = self.intern("__package__");
        let package = self.dict_get_str(globals, key).and_then(|p| self.as_str(p).map(String::from));
        let c = self.exc.import_error;
        let Some(package) = package.filter(|p| !p.is_empty()) else {
            return Err(self.new_exception(c, "attempted relative import with no known parent package"));
        };
        let mut base = package.as_str();
        for _ in 1..level {
            match str_search::rsplit_once_ascii(base, b'.') {
                Some((b, _)) => base = b,
                None => return Err(self.new_exception(c, "attempted relative import beyond top-level package")),
            }
        }
        Ok(if name.is_empty() { String::from(base) } else { format!("{base}.{name}") })
    }

    /// Imports `a`, `a.b`, `a.b.c` in turn for `a.b.c`; the first one.
    fn import_module_chain(&mut self, full: &str) -> PyResult<Value> {
        let mut first = Value::None;
        let mut prefix = String::new();
        for (i, part) in full.split('.').enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(part);
            let module = self.import_module(&prefix)?;
            if i == 0 {
                first = module;
            }
        }
        Ok(first)
    }

    /// Imports (or finds already imported) the module called `name`.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        let key = self.intern(name);
        if let Some(m) = self.dict_get_str(self.modules, key) {
            return Ok(m);
        }
        let dict = self.new_dict_obj();
        self.dict_set_str(dict, self.names.name, Value::Obj(key))?;
        let module = Value::Obj(self.heap.alloc(Obj::Module { name: key, dict }));
        if let Some(native) = crate::builtins::modules::find(name) {
            for def in native.functions {
                let f = self.heap.alloc(Obj::Builtin { def, receiver: Value::Null });
                let n = self.intern(def.name);
                self.dict_set_str(dict, n, Value::Obj(f))?;
            }
            self.temp_roots.push(module);
            (native.init)(self, dict);
            self.temp_roots.pop();
            self.dict_set_str(self.modules, key, module)?;
            return Ok(module);
        }
        if name == "builtins" {
            let m = Value::Obj(self.heap.alloc(Obj::Module { name: key, dict: self.builtins }));
            self.dict_set_str(self.modules, key, m)?;
            return Ok(m);
        }
        let stdlib_module = crate::stdlib::find(name);
        let found = match stdlib_module {
            Some(m) => m.source().map(|source| (source, String::from(m.file))),
            #[cfg(feature = "module-path")]
            None => match self.sys_path() {
                Some(path) => self.host.load_module_source_from(name, &path),
                None => self.host.load_module_source(name),
            },
            #[cfg(not(feature = "module-path"))]
            None => self.host.load_module_source(name),
        };
        let Some((source, file)) = found else {
            #[cfg(feature = "module-path")]
            if let Some(dir) = self.namespace_package_dir(name) {
                return self.new_namespace_package(key, module, dict, dir);
            }
            let c = self.exc.module_not_found_error;
            let mut msg = format!("No module named '{name}'");
            if let Some((parent, _)) = str_search::rsplit_once_ascii(name, b'.') {
                let pkey = self.intern(parent);
                if let Some(p) = self.dict_get_str(self.modules, pkey) {
                    let path = self.intern("__path__");
                    let is_package = match p {
                        Value::Obj(pm) => match self.heap.get(pm) {
                            Obj::Module { dict, .. } => self.dict_get_str(*dict, path).is_some(),
                            _ => false,
                        },
                        _ => false,
                    };
                    if !is_package {
                        msg = format!("No module named '{name}'; '{parent}' is not a package");
                    }
                }
            }
            let m = self.new_str(&msg);
            let e = self.new_exception(c, msg);
            self.set_exc_field(e, "msg", m);
            let n = self.new_str(name);
            self.set_exc_field(e, "name", n);
            return Err(e);
        };
        #[cfg(feature = "compiler")]
        {
            let mut code = match crate::compiler::compile(&source, &file) {
                Ok(c) => c,
                Err(e) => return Err(crate::builtins::compile_error_exception(self, &e, &file, &source)),
            };
            match stdlib_module.map(|m| m.native) {
                Some(crate::stdlib::NativeParts::All) => crate::bytecode::code::mark_hidden(&mut code),
                Some(crate::stdlib::NativeParts::Names(roots)) => {
                    crate::bytecode::code::mark_hidden_within(&mut code, roots)
                }
                _ => {}
            }
            // A package (`__init__.py`) gets `__path__`; every module its `__package__`.
            let is_package = file.ends_with("__init__.py");
            let package =
                if is_package { name } else { str_search::rsplit_once_ascii(name, b'.').map_or("", |(p, _)| p) };
            let package = self.new_str(package);
            let pkey = self.intern("__package__");
            self.dict_set_str(dict, pkey, package)?;
            if is_package {
                let dir = file.strip_suffix("__init__.py").unwrap_or("").trim_end_matches(['/', '\\']);
                let dir = self.new_str(dir);
                let path = self.new_list(alloc::vec![dir]);
                let pkey = self.intern("__path__");
                self.dict_set_str(dict, pkey, path)?;
            }
            let f = self.new_str(&file);
            self.dict_set_str(dict, self.names.file, f)?;
            self.dict_set_str(self.modules, key, module)?;
            // (In `sys.modules` first: making the spec imports
            // `importlib.machinery`, and with it the `importlib` package.)
            if let Err(e) = self.set_source_module_names(name, dict, &file, is_package) {
                self.dict_del_str(self.modules, key);
                return Err(e);
            }
            let code = self.load_code(code);
            if self.native_depth >= self.config.max_native_depth {
                return Err(self.recursion_error());
            }
            self.native_depth += 1;
            let r = self.run_module_code(code, dict);
            self.native_depth -= 1;
            if let Err(e) = r {
                self.dict_del_str(self.modules, key);
                return Err(e);
            }
            self.bind_submodule(name, module)?;
            Ok(module)
        }
        #[cfg(not(feature = "compiler"))]
        {
            let _ = (source, file, dict, stdlib_module);
            let c = self.exc.import_error;
            Err(self.new_exception(c, format!("cannot compile module '{name}': this build has no compiler")))
        }
    }

    /// The names CPython's import gives a module loaded from a source file,
    /// besides `__name__`, `__file__`, `__package__` and `__path__`:
    /// `__builtins__` (the builtins' dict), `__cached__` (None: ouro writes
    /// no cache files), and `__spec__` and `__loader__`: with `importlib`,
    /// `importlib.machinery`'s `ModuleSpec` and `SourceFileLoader` (which
    /// sets its own), None without it.
    #[cfg(feature = "compiler")]
    fn set_source_module_names(&mut self, name: &str, dict: ObjRef, file: &str, is_package: bool) -> PyResult<()> {
        let (spec, loader) = self.source_module_spec(name, file, is_package).unwrap_or((Value::None, Value::None));
        let builtins = Value::Obj(self.builtins);
        for (key, value) in
            [("__builtins__", builtins), ("__cached__", Value::None), ("__spec__", spec), ("__loader__", loader)]
        {
            let key = self.intern(key);
            self.dict_set_str(dict, key, value)?;
        }
        Ok(())
    }

    /// `importlib.machinery._source_spec(name, file, is_package)` and its
    /// loader; `None` without `importlib`, for `importlib.machinery`
    /// itself, or when making it failed.
    #[cfg(feature = "compiler")]
    fn source_module_spec(&mut self, name: &str, file: &str, is_package: bool) -> Option<(Value, Value)> {
        if !cfg!(feature = "mod-importlib") || name == "importlib.machinery" {
            return None;
        }
        self.import_module_chain("importlib.machinery").ok()?;
        let machinery = self.import_module("importlib.machinery").ok()?;
        let make = self.intern("_source_spec");
        let make = self.get_attr(machinery, make).ok()?;
        let args = [self.new_str(name), self.new_str(file), Value::Bool(is_package)];
        let spec = self.call_value(make, &args).ok()?;
        self.temp_roots.push(spec);
        let loader = self.intern("loader");
        let loader = self.get_attr(spec, loader);
        self.temp_roots.pop();
        Some((spec, loader.ok()?))
    }

    /// A submodule becomes an attribute of its package.
    #[cfg(any(feature = "compiler", feature = "module-path"))]
    fn bind_submodule(&mut self, name: &str, module: Value) -> PyResult<()> {
        if let Some((parent, child)) = str_search::rsplit_once_ascii(name, b'.') {
            let pkey = self.intern(parent);
            if let Some(Value::Obj(p)) = self.dict_get_str(self.modules, pkey) {
                if let Obj::Module { dict: pdict, .. } = *self.heap.get(p) {
                    let ckey = self.intern(child);
                    self.dict_set_str(pdict, ckey, module)?;
                }
            }
        }
        Ok(())
    }

    /// The directory a PEP 420 namespace package `name` stands for: the
    /// first `sys.path` entry (or host search directory) holding a
    /// directory of that name, when no module or regular package was found.
    #[cfg(feature = "module-path")]
    fn namespace_package_dir(&mut self, name: &str) -> Option<String> {
        let path = self.sys_path().unwrap_or_else(|| self.host.module_search_path());
        let rel = name.replace('.', "/");
        path.iter()
            .map(|dir| if dir.is_empty() { rel.clone() } else { format!("{}/{rel}", dir.trim_end_matches('/')) })
            .find(|candidate| matches!(self.host.file_info(candidate), Ok(info) if info.is_dir))
    }

    /// Registers the namespace package `key` (its `__path__` is `[dir]`,
    /// its `__file__` None) and returns it.
    #[cfg(feature = "module-path")]
    fn new_namespace_package(&mut self, key: ObjRef, module: Value, dict: ObjRef, dir: String) -> PyResult<Value> {
        let name = self.str_text(key);
        let package = self.new_str(&name);
        let pkey = self.intern("__package__");
        self.dict_set_str(dict, pkey, package)?;
        let dir = self.new_string(dir);
        let path = self.new_list(alloc::vec![dir]);
        let pkey = self.intern("__path__");
        self.dict_set_str(dict, pkey, path)?;
        self.dict_set_str(dict, self.names.file, Value::None)?;
        self.dict_set_str(self.modules, key, module)?;
        self.bind_submodule(&name, module)?;
        Ok(module)
    }

    /// The strs of `sys.path` (`None` without a `sys` module or when the
    /// script replaced the list by something else).
    #[cfg(feature = "module-path")]
    fn sys_path(&mut self) -> Option<Vec<String>> {
        let sys = self.intern("sys");
        let Value::Obj(m) = self.dict_get_str(self.modules, sys)? else { return None };
        let Obj::Module { dict, .. } = *self.heap.get(m) else { return None };
        let key = self.intern("path");
        let Value::Obj(list) = self.dict_get_str(dict, key)? else { return None };
        let Obj::List(items) = self.heap.get(list) else { return None };
        Some(items.iter().filter_map(|&v| self.as_str(v).map(String::from)).collect())
    }

    /// IMPORT_FROM: `module.name`, as `from module import name` reports it.
    pub(crate) fn import_from(&mut self, module: Value, name: ObjRef) -> PyResult<Value> {
        match self.get_attr_opt(module, name) {
            Ok(Some(v)) => return Ok(v),
            // (An AttributeError from the module's `__getattr__` is an ImportError here.)
            Err(e) if !self.is_attribute_error(e) => return Err(e),
            _ => {}
        }
        // A submodule not yet imported.
        if let Value::Obj(m) = module {
            if let Obj::Module { name: mn, .. } = self.heap.get(m) {
                let full = format!("{}.{}", self.str_text(*mn), self.str_text(name));
                if let Ok(sub) = self.import_module(&full) {
                    return Ok(sub);
                }
            }
        }
        let n = self.str_text(name);
        let (mname, file) = match module {
            Value::Obj(m) => match self.heap.get(m) {
                Obj::Module { name: mn, dict } => {
                    let (mn, dict) = (*mn, *dict);
                    let file = self.dict_get_str(dict, self.names.file).and_then(|f| self.as_str(f).map(String::from));
                    (self.str_text(mn), file)
                }
                _ => (String::from("?"), None),
            },
            _ => (String::from("?"), None),
        };
        let where_ = file.clone().unwrap_or_else(|| String::from("unknown location"));
        let c = self.exc.import_error;
        let m = self.new_string(format!("cannot import name '{n}' from '{mname}' ({where_})"));
        let e = self.new_exception_args(c, alloc::vec![m]);
        self.set_exc_field(e, "msg", m);
        let mv = self.new_string(mname);
        self.set_exc_field(e, "name", mv);
        let pv = match file {
            Some(f) => self.new_string(f),
            None => Value::None,
        };
        self.set_exc_field(e, "path", pv);
        Err(e)
    }

    /// IMPORT_STAR: binds the module's public names (or its `__all__`) here.
    pub(crate) fn import_star(&mut self, module: Value) -> PyResult<()> {
        let Value::Obj(m) = module else { return Ok(()) };
        let Obj::Module { dict, .. } = *self.heap.get(m) else { return Ok(()) };
        let all_name = self.intern("__all__");
        let names: Vec<Value> = match self.dict_get_str(dict, all_name) {
            Some(all) => self.collect_iterable(all)?,
            None => match self.heap.get(dict) {
                Obj::Dict(d) => {
                    d.iter().map(|e| e.key).filter(|k| !self.as_str(*k).is_some_and(|s| s.starts_with('_'))).collect()
                }
                _ => Vec::new(),
            },
        };
        let frame = self.frame();
        let target = frame.locals_dict.unwrap_or(frame.globals);
        for n in names {
            let Value::Obj(nr) = n else { continue };
            let v = self.get_attr(module, nr)?;
            let nr = self.intern_obj(nr);
            self.dict_set_str(target, nr, v)?;
        }
        Ok(())
    }
}
