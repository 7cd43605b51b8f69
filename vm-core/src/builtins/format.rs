//! String formatting: `%`-formatting (`"%d" % x`). Format specs and
//! `str.format` come with the language-breadth work.

use crate::runtime::object::PyResult;
use crate::runtime::value::Value;
use crate::vm::Vm;

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let _ = (fmt, args);
    Err(vm.not_implemented_error("'%' string formatting is not supported yet"))
}
