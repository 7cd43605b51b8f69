//! `set` and `frozenset` (not built yet: the opcodes exist and raise).

use crate::runtime::object::PyResult;
use crate::runtime::value::Value;
use crate::vm::Vm;

impl Vm {
    /// BUILD_SET.
    pub(crate) fn build_set(&mut self, items: &[Value]) -> PyResult<Value> {
        let _ = items;
        Err(self.not_implemented_error("sets are not supported yet"))
    }

    /// SET_ADD.
    pub(crate) fn set_add_value(&mut self, set: Value, v: Value) -> PyResult<()> {
        let _ = (set, v);
        Err(self.not_implemented_error("sets are not supported yet"))
    }

    /// SET_UPDATE.
    pub(crate) fn set_update_from(&mut self, set: Value, it: Value) -> PyResult<()> {
        let _ = (set, it);
        Err(self.not_implemented_error("sets are not supported yet"))
    }
}
