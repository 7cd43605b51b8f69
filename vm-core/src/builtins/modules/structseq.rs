//! Struct sequences (CPython's `structseq`): tuples whose items also have
//! names, such as `sys.float_info` and `time.struct_time`.
//!
//! A struct sequence class is a `tuple` subclass made at module
//! initialization. Its instances wrap the tuple of the sequence fields
//! (so indexing, unpacking, comparison and `tuple(x)` are the tuple's);
//! each sequence field is a property reading its item. Fields past the
//! sequence ones (`struct_time`'s `tm_zone`, `tm_gmtoff`) are attributes
//! of the instance only, as in CPython.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::arg_at;
use crate::runtime::object::{BuiltinDef, Obj, Property, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// A struct sequence type: its module, name and field names.
pub struct StructSeqDef {
    /// `__module__` (`"sys"`, `"time"`).
    pub module: &'static str,
    /// `__name__`.
    pub name: &'static str,
    /// Every field name, the sequence fields first.
    pub fields: &'static [&'static str],
    /// How many fields are items of the tuple.
    pub n_sequence: usize,
}

/// The getter of a sequence field: bound to the field's index, called with
/// the instance.
static FIELD_GETTER: BuiltinDef = BuiltinDef { name: "structseq_field", func: field_get };

/// `__repr__` of every struct sequence: `module.name(field=value, ...)`.
static REPR: BuiltinDef = BuiltinDef { name: "__repr__", func: repr };

/// Makes the class `def` describes (`None` if the VM ran out of memory
/// or a base misbehaved).
pub fn new_class(vm: &mut Vm, def: &StructSeqDef) -> Option<ObjRef> {
    let dict = vm.new_dict_obj();
    let roots = vm.temp_roots.len();
    vm.temp_roots.push(Value::Obj(dict));
    let made = fill_namespace(vm, dict, def).and_then(|()| {
        let name = vm.new_str(def.name);
        vm.temp_roots.push(name);
        let bases = vm.new_tuple(alloc::vec![Value::Obj(vm.types.tuple)]);
        vm.temp_roots.push(bases);
        vm.make_class(name, bases, dict)
    });
    vm.temp_roots.truncate(roots);
    match made {
        Ok(Value::Obj(c)) => Some(c),
        _ => None,
    }
}

fn fill_namespace(vm: &mut Vm, dict: ObjRef, def: &StructSeqDef) -> PyResult<()> {
    let module = Value::Obj(vm.intern(def.module));
    vm.dict_set_str(dict, vm.names.module, module)?;
    for (i, field) in def.fields.iter().enumerate().take(def.n_sequence) {
        let getter = vm.heap.alloc(Obj::Builtin { def: &FIELD_GETTER, receiver: Value::Int(i as i64) });
        let doc = Value::None;
        let p = Property { fget: Value::Obj(getter), fset: Value::None, fdel: Value::None, doc, name: Value::Null };
        let prop = vm.heap.alloc(Obj::Property(alloc::boxed::Box::new(p)));
        let key = vm.intern(field);
        vm.dict_set_str(dict, key, Value::Obj(prop))?;
    }
    let repr = vm.heap.alloc(Obj::Builtin { def: &REPR, receiver: Value::Null });
    let key = vm.intern("__repr__");
    vm.dict_set_str(dict, key, Value::Obj(repr))?;
    let names: Vec<Value> = def.fields.iter().take(def.n_sequence).map(|f| Value::Obj(vm.intern(f))).collect();
    let match_args = vm.new_tuple(names);
    let counts = [
        ("__match_args__", match_args),
        ("n_sequence_fields", Value::Int(def.n_sequence as i64)),
        ("n_fields", Value::Int(def.fields.len() as i64)),
        ("n_unnamed_fields", Value::Int(0)),
    ];
    for (name, value) in counts {
        let key = vm.intern(name);
        vm.dict_set_str(dict, key, value)?;
    }
    Ok(())
}

/// A new instance of the struct sequence `class`: `items` holds every
/// field's value (`fields.len()` of them, the sequence fields first).
pub fn new_instance(vm: &mut Vm, class: ObjRef, def: &StructSeqDef, mut items: Vec<Value>) -> PyResult<Value> {
    let extra = items.split_off(def.n_sequence.min(items.len()));
    let roots = vm.temp_roots.len();
    vm.temp_roots.extend(extra.iter().copied());
    let tuple = vm.new_tuple(items);
    vm.temp_roots.push(tuple);
    let obj = vm.wrap_native(class, tuple);
    vm.temp_roots.push(obj);
    let mut set = Ok(());
    for (name, value) in def.fields.iter().skip(def.n_sequence).zip(extra) {
        let key = vm.intern(name);
        set = set.and_then(|()| vm.generic_set_attr(obj, key, value));
    }
    vm.temp_roots.truncate(roots);
    set.map(|()| obj)
}

/// The tuple a struct sequence instance wraps.
fn items_of(vm: &Vm, obj: Value) -> Option<Vec<Value>> {
    match vm.native_of(obj)? {
        Value::Obj(t) => match vm.heap.get(t) {
            Obj::Tuple(items) => Some(items.to_vec()),
            _ => None,
        },
        _ => None,
    }
}

fn field_get(vm: &mut Vm, args: &[Value], _kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let (index, obj) = (arg_at(args, 0), arg_at(args, 1));
    let i = vm.to_i64(index).unwrap_or(0) as usize;
    match items_of(vm, obj).and_then(|items| items.get(i).copied()) {
        Some(v) => Ok(v),
        None => {
            let tn = vm.type_name(obj);
            Err(vm.type_error(format!("descriptor for a struct sequence field doesn't apply to a '{tn}' object")))
        }
    }
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    let obj = arg_at(args, 0);
    let class = vm.class_of(obj);
    let (module, name) = match vm.heap.get(class) {
        Obj::Class(c) => (String::from(&*c.module), String::from(&*c.name)),
        _ => (String::new(), String::new()),
    };
    let key = vm.intern("__match_args__");
    let names: Vec<Value> = match vm.lookup_class_attr(class, key) {
        Some(Value::Obj(t)) => match vm.heap.get(t) {
            Obj::Tuple(n) => n.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let items = items_of(vm, obj).unwrap_or_default();
    let mut out = format!("{module}.{name}(");
    for (i, (field, value)) in names.iter().zip(items).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.str_text_v(*field));
        out.push('=');
        out.push_str(&vm.repr(value)?);
    }
    out.push(')');
    Ok(vm.new_str(&out))
}
