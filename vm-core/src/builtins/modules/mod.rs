//! Built-in modules (`math`, `random`, `time`, `sys`): each is a table of
//! native functions plus an initializer for its constants, found by name
//! when a script imports it.

use crate::runtime::object::BuiltinDef;
use crate::runtime::value::ObjRef;
use crate::vm::Vm;

/// A built-in module's description.
pub struct NativeModule {
    /// The module name (`math`).
    pub name: &'static str,
    /// Its functions.
    pub functions: &'static [BuiltinDef],
    /// Fills in everything else (constants, state) in the module's namespace dict.
    pub init: fn(&mut Vm, ObjRef),
}

/// Every built-in module.
pub static NATIVE_MODULES: &[&NativeModule] = &[];

/// The built-in module called `name`.
pub fn find(name: &str) -> Option<&'static NativeModule> {
    NATIVE_MODULES.iter().copied().find(|m| m.name == name)
}
