//! The fixed memory layout of what JIT code reads and writes inline: values,
//! the kind byte of heap objects, list and tuple items, an instance's class,
//! shape and slots, [`ValueVec`]s and the VM's value stack.
//!
//! Input: the types themselves. Output: byte offsets and tag values as
//! constants, for a backend emitting loads and guards instead of calling
//! Rust. Every constant is computed with `offset_of!`/`size_of` (on
//! `#[repr(C)]` mirrors of enum variants, whose layout the Rust Reference
//! defines for `#[repr(u8)]`/`#[repr(u64)]` enums) or read off the enums'
//! declared discriminants, never written by hand; the tests below pin them
//! against real objects, so a layout change fails a test instead of silently
//! breaking JIT code.
//!
//! Addressing: object `r` (an `ObjRef`) is at
//! `Heap::slots_ptr() + r.index() * OBJ_SIZE`; the base moves only when an
//! allocation grows the slot table.

use core::mem::{offset_of, size_of, MaybeUninit};

use alloc::rc::Rc;

use super::object::{Class, Function, GenState, Generator, Instance, IterState, Obj, ObjKind};
use super::value::{ObjRef, Value};
use super::value_vec::ValueVec;
use crate::interp::code::CodeObject;
use crate::interp::stack::ValueStack;
use crate::vm::Vm;

/// The layout of a `#[repr(u64)]` [`Value`] variant with a payload of type
/// `T` (the Reference: a `#[repr(C)]` struct of the tag, then the fields).
#[repr(C)]
struct ValueVariant<T> {
    tag: u64,
    payload: T,
}

/// The layout of `Obj::List(ValueVec)` and `Obj::Tuple(ValueVec)` (a
/// `#[repr(C)]` struct of the `u8` kind, then the field).
#[repr(C)]
struct SeqVariant {
    kind: u8,
    items: ValueVec,
}

/// The layout of `Obj::Iter(IterState)`.
#[repr(C)]
struct IterVariant {
    kind: u8,
    state: IterState,
}

/// The layout of `IterState::Range` (`#[repr(u8)]`: the tag, then the fields).
#[repr(C)]
struct RangeIterFields {
    tag: u8,
    next: i64,
    remaining: u64,
    step: i64,
}

/// The layout of `IterState::Seq`.
#[repr(C)]
struct SeqIterFields {
    tag: u8,
    seq: ObjRef,
    index: usize,
}

/// The layout of `Obj::Cell(Value)`.
#[repr(C)]
struct CellVariant {
    kind: u8,
    value: Value,
}

/// The layout of `Obj::Instance(Instance)`.
#[repr(C)]
struct InstanceVariant {
    kind: u8,
    instance: Instance,
}

/// The layout of `Obj::Function(Function)`.
#[repr(C)]
struct FunctionVariant {
    kind: u8,
    function: Function,
}

/// The layout of `Obj::Class(Class)`.
#[repr(C)]
struct GeneratorVariant {
    kind: u8,
    generator: Generator,
}

#[repr(C)]
struct ClassVariant {
    kind: u8,
    class: Class,
}

/// The tag word of `v`, read at compile time.
const fn tag_of(v: Value) -> u64 {
    // SAFETY: `Value` is 16 bytes (asserted in `value.rs`), as is the
    // array; `MaybeUninit<u64>` may hold any bytes, including the payload's
    // padding.
    let words = unsafe { core::mem::transmute::<Value, [MaybeUninit<u64>; 2]>(v) };
    // SAFETY: a `#[repr(u64)]` enum starts with its tag, a fully
    // initialized `u64`.
    unsafe { words[0].assume_init() }
}

/// Bytes in a [`Value`]: a tag word and a payload word.
pub const VALUE_SIZE: usize = size_of::<Value>();
/// Offset of a value's tag word (a `u64`, one of the `TAG_*`).
pub const VALUE_TAG: usize = offset_of!(ValueVariant<i64>, tag);
/// Offset of a value's payload word. Which bytes are meaningful depends on
/// the tag: `TAG_INT` all 8 (an `i64`); `TAG_FLOAT` all 8 (an `f64`);
/// `TAG_BOOL` only the first (0 or 1; the other 7 are undefined);
/// `TAG_OBJ` only the first 4 (the `u32` heap index, an `ObjRef`; the other
/// 4 are undefined); `TAG_NULL`/`TAG_NONE` none. Read only the meaningful
/// bytes (or mask them); writing all 8 is fine.
pub const VALUE_PAYLOAD: usize = offset_of!(ValueVariant<i64>, payload);

/// Tag of `Null` (an unbound local, an empty call slot; never seen by Python code).
pub const TAG_NULL: u64 = tag_of(Value::Null);
/// Tag of `None`.
pub const TAG_NONE: u64 = tag_of(Value::None);
/// Tag of a bool (payload: one byte, 0 or 1).
pub const TAG_BOOL: u64 = tag_of(Value::Bool(false));
/// Tag of an int that fits in an `i64` (payload: the `i64`).
pub const TAG_INT: u64 = tag_of(Value::Int(0));
/// Tag of a float (payload: the `f64`).
pub const TAG_FLOAT: u64 = tag_of(Value::Float(0.0));
/// Tag of a heap object (payload: the `u32` slot index).
pub const TAG_OBJ: u64 = tag_of(Value::Obj(ObjRef(0)));

/// Bytes in one heap slot (an [`Obj`]).
pub const OBJ_SIZE: usize = size_of::<Obj>();
/// Offset of an object's kind byte (a `u8`: an [`ObjKind`], one of `KIND_*`).
pub const OBJ_KIND: usize = offset_of!(SeqVariant, kind);
/// Kind byte of a list.
pub const KIND_LIST: u8 = ObjKind::List as u8;
/// Kind byte of a tuple.
pub const KIND_TUPLE: u8 = ObjKind::Tuple as u8;
/// Kind byte of an instance of a user or exception class.
pub const KIND_INSTANCE: u8 = ObjKind::Instance as u8;
/// Kind byte of a class.
pub const KIND_CLASS: u8 = ObjKind::Class as u8;

/// Offset of a [`ValueVec`]'s buffer pointer (`*mut Value`).
pub const VALUE_VEC_PTR: usize = ValueVec::PTR_OFFSET;
/// Offset of a [`ValueVec`]'s length (`usize`, values).
pub const VALUE_VEC_LEN: usize = ValueVec::LEN_OFFSET;
/// Offset of a [`ValueVec`]'s capacity (`usize`, values).
pub const VALUE_VEC_CAP: usize = ValueVec::CAP_OFFSET;

/// Offset, from the start of a list object, of its items pointer (`*mut Value`).
pub const LIST_ITEMS: usize = offset_of!(SeqVariant, items) + VALUE_VEC_PTR;
/// Offset, from the start of a list object, of its length (`usize`).
pub const LIST_LEN: usize = offset_of!(SeqVariant, items) + VALUE_VEC_LEN;
/// Offset, from the start of a list object, of its capacity (`usize`).
pub const LIST_CAP: usize = offset_of!(SeqVariant, items) + VALUE_VEC_CAP;
/// Offset, from the start of a tuple object, of its items pointer (`*mut Value`).
pub const TUPLE_ITEMS: usize = offset_of!(SeqVariant, items) + VALUE_VEC_PTR;
/// Offset, from the start of a tuple object, of its length (`usize`).
pub const TUPLE_LEN: usize = offset_of!(SeqVariant, items) + VALUE_VEC_LEN;

/// Offset, from the start of an instance object, of its class (a `u32` `ObjRef`).
pub const INSTANCE_CLASS: usize = offset_of!(InstanceVariant, instance) + offset_of!(Instance, class);
/// Offset, from the start of an instance object, of its shape (a `u32` `ShapeId`).
pub const INSTANCE_SHAPE: usize = offset_of!(InstanceVariant, instance) + offset_of!(Instance, shape);
/// Offset, from the start of an instance object, of its slots pointer (`*mut Value`).
pub const INSTANCE_SLOTS: usize = offset_of!(InstanceVariant, instance) + offset_of!(Instance, slots) + VALUE_VEC_PTR;
/// Offset, from the start of an instance object, of its number of slots (`usize`).
pub const INSTANCE_SLOTS_LEN: usize =
    offset_of!(InstanceVariant, instance) + offset_of!(Instance, slots) + VALUE_VEC_LEN;

/// Offset, from the start of a class object, of its version (`u32`, bumped
/// on every change to the class or a base: the guard of cached lookups).
pub const CLASS_VERSION: usize = offset_of!(ClassVariant, class) + offset_of!(Class, version);
/// Offset, from the start of a class object, of its hook bits (`u8`, the
/// `object::HOOK_*` flags).
pub const CLASS_HOOKS: usize = offset_of!(ClassVariant, class) + offset_of!(Class, hooks);

/// Kind byte of a Python function.
pub const KIND_FUNCTION: u8 = ObjKind::Function as u8;
/// Offset, from the start of a function object, of its code: an
/// `Rc<CodeObject>`, one word, compared with [`code_word`].
pub const FUNCTION_CODE: usize = offset_of!(FunctionVariant, function) + offset_of!(Function, code);
/// Offset, from the start of a function object, of its globals (a `u32` `ObjRef`).
pub const FUNCTION_GLOBALS: usize = offset_of!(FunctionVariant, function) + offset_of!(Function, globals);

/// Offset, from the start of a function object, of its closure cells'
/// pointer (`*const Value`; the data half of a `Box<[Value]>`, which the
/// layout test pins down).
pub const FUNCTION_CLOSURE_PTR: usize = offset_of!(FunctionVariant, function) + offset_of!(Function, closure);
/// Offset, from the start of a function object, of its number of closure
/// cells (`usize`; the length half of the `Box<[Value]>`).
pub const FUNCTION_CLOSURE_LEN: usize = FUNCTION_CLOSURE_PTR + size_of::<usize>();

/// The word a function whose code is `code` holds at [`FUNCTION_CODE`].
pub fn code_word(code: &Rc<CodeObject>) -> u64 {
    const _: () = assert!(size_of::<Rc<CodeObject>>() == size_of::<usize>());
    // SAFETY: an `Rc` of a sized type is one non-null pointer (asserted
    // above); copying its bits neither clones nor drops it.
    unsafe { core::mem::transmute_copy::<Rc<CodeObject>, usize>(code) as u64 }
}

/// Offset, inside a [`Vm`], of the value stack's buffer pointer (`*mut Value`).
pub const VM_STACK_PTR: usize = offset_of!(Vm, stack) + ValueStack::VALUES_OFFSET + VALUE_VEC_PTR;
/// Offset, inside a [`Vm`], of the value stack's length (`usize`, values).
pub const VM_STACK_LEN: usize = offset_of!(Vm, stack) + ValueStack::VALUES_OFFSET + VALUE_VEC_LEN;
/// Offset, inside a [`Vm`], of the value stack's capacity (`usize`, values).
pub const VM_STACK_CAP: usize = offset_of!(Vm, stack) + ValueStack::VALUES_OFFSET + VALUE_VEC_CAP;

/// `KIND_*` of a generator (`Obj::Generator`).
pub const KIND_GENERATOR: u8 = ObjKind::Generator as u8;
/// Offset of a generator's state (a `u8`, a `GenState`).
pub const GENERATOR_STATE: usize = offset_of!(GeneratorVariant, generator) + offset_of!(Generator, state);
/// The state byte of a generator suspended at a plain `yield`.
pub const GEN_SUSPENDED: u8 = GenState::Suspended as u8;
/// Offset of where a generator resumes (a `u32`).
pub const GENERATOR_PC: usize = offset_of!(GeneratorVariant, generator) + offset_of!(Generator, pc);
/// Offset of a generator's code (an `Rc<CodeObject>`, compared with [`code_word`]).
pub const GENERATOR_CODE: usize = offset_of!(GeneratorVariant, generator) + offset_of!(Generator, code);
/// Offset of a generator's saved values' pointer (`*mut Value`).
pub const GENERATOR_VALUES: usize =
    offset_of!(GeneratorVariant, generator) + offset_of!(Generator, values) + VALUE_VEC_PTR;
/// Offset of a generator's number of saved values (`usize`).
pub const GENERATOR_VALUES_LEN: usize =
    offset_of!(GeneratorVariant, generator) + offset_of!(Generator, values) + VALUE_VEC_LEN;

/// `KIND_*` of a built-in iterator (`Obj::Iter`).
pub const KIND_ITER: u8 = ObjKind::Iter as u8;
/// `KIND_*` of a closure cell (`Obj::Cell`).
pub const KIND_CELL: u8 = ObjKind::Cell as u8;
/// Offset of a cell's `Value` in its object.
pub const CELL_VALUE: usize = offset_of!(CellVariant, value);
/// Offset of an iterator's state tag (a `u8`) in its object.
pub const ITER_STATE: usize = offset_of!(IterVariant, state);
/// The state tag of a range iterator.
pub const ITER_RANGE: u8 = iter_tag(&IterState::Range { next: 0, remaining: 0, step: 1 });
/// The state tag of a list or tuple iterator.
pub const ITER_SEQ: u8 = iter_tag(&IterState::Seq { seq: ObjRef(0), index: 0 });
/// Offset of a range iterator's next value (an `i64`) in its object.
pub const RANGE_ITER_NEXT: usize = ITER_STATE + offset_of!(RangeIterFields, next);
/// Offset of a range iterator's count of values left (a `u64`).
pub const RANGE_ITER_REMAINING: usize = ITER_STATE + offset_of!(RangeIterFields, remaining);
/// Offset of a range iterator's step (an `i64`).
pub const RANGE_ITER_STEP: usize = ITER_STATE + offset_of!(RangeIterFields, step);
/// Offset of a sequence iterator's sequence (an `ObjRef`, a `u32`).
pub const SEQ_ITER_SEQ: usize = ITER_STATE + offset_of!(SeqIterFields, seq);
/// Offset of a sequence iterator's next index (a `usize`).
pub const SEQ_ITER_INDEX: usize = ITER_STATE + offset_of!(SeqIterFields, index);

/// The tag byte of an iterator state, read at compile time.
const fn iter_tag(s: &IterState) -> u8 {
    // SAFETY: `IterState` is `#[repr(u8)]`: its first byte is the tag.
    unsafe { *(s as *const IterState).cast::<u8>() }
}

// The mirrors describe `Value`/`Obj` only if these hold.
const _: () = {
    assert!(size_of::<ValueVariant<i64>>() == VALUE_SIZE);
    assert!(offset_of!(ValueVariant<bool>, payload) == VALUE_PAYLOAD);
    assert!(offset_of!(ValueVariant<ObjRef>, payload) == VALUE_PAYLOAD);
    assert!(offset_of!(ValueVariant<f64>, payload) == VALUE_PAYLOAD);
    assert!(size_of::<SeqVariant>() <= OBJ_SIZE);
    assert!(size_of::<InstanceVariant>() <= OBJ_SIZE);
    assert!(size_of::<ClassVariant>() <= OBJ_SIZE);
    assert!(size_of::<IterVariant>() <= OBJ_SIZE);
    assert!(size_of::<CellVariant>() <= OBJ_SIZE);
    assert!(size_of::<ObjKind>() == 1);
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::heap::Heap;
    use crate::runtime::object::{ShapeId, ShapeTable};
    use crate::vm::{BufferHost, VmConfig};
    use alloc::boxed::Box;
    use alloc::vec;
    use core::ptr::addr_of;

    /// Reads a `T` at `offset` bytes past `base`.
    ///
    /// # Safety
    /// `base + offset` must be inside a live object and hold an initialized `T`.
    unsafe fn read<T: Copy>(base: *const u8, offset: usize) -> T {
        // SAFETY: the caller's promise; `read_unaligned` needs no alignment.
        unsafe { base.add(offset).cast::<T>().read_unaligned() }
    }

    /// `read`, for offsets this module claims hold a `T` (the claim under
    /// test: a wrong constant reads the wrong field of the same object).
    macro_rules! at {
        ($t:ty, $base:expr, $offset:expr) => {{
            // SAFETY: `$base` points at a live object (value, vector, heap
            // slot or VM) larger than `$offset + size_of::<$t>()`, and the
            // bytes there are initialized fields (the tests read each payload
            // only as wide as its meaningful bytes).
            unsafe { read::<$t>($base, $offset) }
        }};
    }

    /// The address of the object `r` computed as JIT code does.
    fn slot_addr(heap: &Heap, r: ObjRef) -> *const u8 {
        heap.slots_ptr().cast::<u8>().wrapping_add(r.index() * OBJ_SIZE)
    }

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn obj_size_is_pinned() {
        // Growth of a variant grows every object: notice it here.
        assert_eq!(OBJ_SIZE, 56);
        assert_eq!(core::mem::align_of::<Obj>(), 8);
    }

    #[test]
    fn value_constants_match_values() {
        assert_eq!((VALUE_SIZE, VALUE_TAG, VALUE_PAYLOAD), (16, 0, 8));
        let cases = [
            (Value::Null, TAG_NULL),
            (Value::None, TAG_NONE),
            (Value::Bool(true), TAG_BOOL),
            (Value::Int(-5), TAG_INT),
            (Value::Float(2.5), TAG_FLOAT),
            (Value::Obj(ObjRef(7)), TAG_OBJ),
        ];
        for (v, tag) in cases {
            let p = addr_of!(v).cast::<u8>();
            assert_eq!(at!(u64, p, VALUE_TAG), tag, "{v:?}");
        }
        let tags = [TAG_NULL, TAG_NONE, TAG_BOOL, TAG_INT, TAG_FLOAT, TAG_OBJ];
        assert!(tags.iter().enumerate().all(|(i, t)| !tags[..i].contains(t)), "tags must differ");
        let (b, i, f, o) = (Value::Bool(true), Value::Int(-5), Value::Float(2.5), Value::Obj(ObjRef(7)));
        assert_eq!(at!(u8, addr_of!(b).cast(), VALUE_PAYLOAD), 1);
        assert_eq!(at!(i64, addr_of!(i).cast(), VALUE_PAYLOAD), -5);
        assert_eq!(at!(u64, addr_of!(f).cast(), VALUE_PAYLOAD), 2.5f64.to_bits());
        assert_eq!(at!(u32, addr_of!(o).cast(), VALUE_PAYLOAD), 7);
    }

    #[test]
    fn value_vec_offsets() {
        let v = ValueVec::from(vec![Value::Int(1), Value::Int(2)]);
        let p = addr_of!(v).cast::<u8>();
        assert_eq!(at!(*const Value, p, VALUE_VEC_PTR), v.as_ptr());
        assert_eq!(at!(usize, p, VALUE_VEC_LEN), 2);
        assert_eq!(at!(usize, p, VALUE_VEC_CAP), v.capacity());
    }

    #[test]
    fn object_constants_match_objects() {
        let mut heap = Heap::new(usize::MAX);
        let list = heap.alloc(Obj::List(vec![Value::Int(1), Value::Int(2), Value::Int(3)].into()));
        let tuple = heap.alloc(Obj::Tuple(vec![Value::None, Value::Bool(true)].into()));
        let inst = heap.alloc(Obj::Instance(Instance {
            class: ObjRef(1234),
            shape: ShapeId(42),
            slots: vec![Value::Int(10), Value::Float(0.5)].into(),
            exc: None,
            native: None,
        }));

        let p = slot_addr(&heap, list);
        assert_eq!(p, (heap.get(list) as *const Obj).cast::<u8>());
        assert_eq!(at!(u8, p, OBJ_KIND), KIND_LIST);
        let Obj::List(items) = heap.get(list) else { panic!("not a list") };
        assert_eq!(addr_of!(*items).cast::<u8>(), p.wrapping_add(LIST_ITEMS - VALUE_VEC_PTR));
        assert_eq!(at!(*const Value, p, LIST_ITEMS), items.as_ptr());
        assert_eq!(at!(usize, p, LIST_LEN), 3);
        assert_eq!(at!(usize, p, LIST_CAP), items.capacity());

        let p = slot_addr(&heap, tuple);
        assert_eq!(p, (heap.get(tuple) as *const Obj).cast::<u8>());
        assert_eq!(at!(u8, p, OBJ_KIND), KIND_TUPLE);
        let Obj::Tuple(items) = heap.get(tuple) else { panic!("not a tuple") };
        assert_eq!(addr_of!(*items).cast::<u8>(), p.wrapping_add(TUPLE_ITEMS - VALUE_VEC_PTR));
        assert_eq!(at!(*const Value, p, TUPLE_ITEMS), items.as_ptr());
        assert_eq!(at!(usize, p, TUPLE_LEN), 2);

        let p = slot_addr(&heap, inst);
        assert_eq!(p, (heap.get(inst) as *const Obj).cast::<u8>());
        assert_eq!(at!(u8, p, OBJ_KIND), KIND_INSTANCE);
        let Obj::Instance(i) = heap.get(inst) else { panic!("not an instance") };
        assert_eq!(addr_of!(i.class).cast::<u8>(), p.wrapping_add(INSTANCE_CLASS));
        assert_eq!(addr_of!(i.shape).cast::<u8>(), p.wrapping_add(INSTANCE_SHAPE));
        assert_eq!(addr_of!(i.slots).cast::<u8>(), p.wrapping_add(INSTANCE_SLOTS - VALUE_VEC_PTR));
        assert_eq!(at!(u32, p, INSTANCE_CLASS), 1234);
        assert_eq!(at!(u32, p, INSTANCE_SHAPE), 42);
        assert_eq!(at!(*const Value, p, INSTANCE_SLOTS), i.slots.as_ptr());
        assert_eq!(at!(usize, p, INSTANCE_SLOTS_LEN), 2);
        // The slot values themselves, as JIT code loads them.
        let slots = at!(*const Value, p, INSTANCE_SLOTS).cast::<u8>();
        assert_eq!(at!(u64, slots, VALUE_TAG), TAG_INT);
        assert_eq!(at!(i64, slots, VALUE_PAYLOAD), 10);
        assert_eq!(at!(u64, slots.wrapping_add(VALUE_SIZE), VALUE_TAG), TAG_FLOAT);
    }

    #[test]
    fn iterator_and_cell_constants_match_objects() {
        let mut heap = Heap::new(usize::MAX);
        let range = heap.alloc(Obj::Iter(IterState::Range { next: -3, remaining: 17, step: 5 }));
        let seq = heap.alloc(Obj::Iter(IterState::Seq { seq: ObjRef(99), index: 12 }));
        let cell = heap.alloc(Obj::Cell(Value::Int(41)));
        let p = slot_addr(&heap, range);
        assert_eq!(at!(u8, p, OBJ_KIND), KIND_ITER);
        assert_eq!(at!(u8, p, ITER_STATE), ITER_RANGE);
        assert_eq!(at!(i64, p, RANGE_ITER_NEXT), -3);
        assert_eq!(at!(u64, p, RANGE_ITER_REMAINING), 17);
        assert_eq!(at!(i64, p, RANGE_ITER_STEP), 5);
        let p = slot_addr(&heap, seq);
        assert_eq!(at!(u8, p, ITER_STATE), ITER_SEQ);
        assert_ne!(ITER_SEQ, ITER_RANGE);
        assert_eq!(at!(u32, p, SEQ_ITER_SEQ), 99);
        assert_eq!(at!(usize, p, SEQ_ITER_INDEX), 12);
        let p = slot_addr(&heap, cell);
        assert_eq!(at!(u8, p, OBJ_KIND), KIND_CELL);
        assert_eq!(at!(u64, p, CELL_VALUE + VALUE_TAG), TAG_INT);
        assert_eq!(at!(i64, p, CELL_VALUE + VALUE_PAYLOAD), 41);
    }

    #[test]
    fn class_constants_match_a_class() {
        let mut vm = Vm::new(VmConfig::default(), Box::new(BufferHost::default()));
        let object = vm.types.object;
        let p = slot_addr(&vm.heap, object);
        assert_eq!(at!(u8, p, OBJ_KIND), KIND_CLASS);
        let Obj::Class(c) = vm.heap.get_mut(object) else { panic!("not a class") };
        c.version = 0x1234_5678;
        c.hooks = 0x15;
        let p = slot_addr(&vm.heap, object);
        assert_eq!(at!(u32, p, CLASS_VERSION), 0x1234_5678);
        assert_eq!(at!(u8, p, CLASS_HOOKS), 0x15);
    }

    /// Objects a script built (grown, sliced, sorted, collected around),
    /// read through the constants as JIT code would.
    #[test]
    #[cfg(feature = "compiler")]
    fn script_objects_match_constants() {
        let src = "\
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
ps = [P(i, i * 0.5) for i in range(40)]
lst = [3, 1, 2]
lst.append(4)
lst.insert(0, 5)
lst[1:3] = [7, 7, 7]
lst.sort()
del lst[0]
tup = (lst[0], 'a', None, True)
def squares(n):
    for i in range(n):
        yield i * i
total = sum(squares(50))
gen = squares(9)
next(gen)
next(gen)
o = ps[7]
def outer(a, b):
    def inner():
        return a + b
    return inner
adds = outer(1, 2)
";
        let mut vm = Vm::new(VmConfig::default(), Box::new(BufferHost::default()));
        vm.run_source(src, "<layout>").expect("script runs");
        let main = vm.intern("__main__");
        let Some(Value::Obj(module)) = vm.dict_get_str(vm.modules, main) else { panic!("no __main__") };
        let Obj::Module { dict: globals, .. } = *vm.heap.get(module) else { panic!("not a module") };
        let mut global = |name: &str| {
            let key = vm.intern(name);
            match vm.dict_get_str(globals, key) {
                Some(Value::Obj(r)) => r,
                other => panic!("{name} = {other:?}"),
            }
        };
        let (lst, tup, o, class) = (global("lst"), global("tup"), global("o"), global("P"));
        let (squares, adds, gen) = (global("squares"), global("adds"), global("gen"));
        let heap = &vm.heap;

        let p = slot_addr(heap, gen);
        assert_eq!(at!(u8, p, OBJ_KIND), KIND_GENERATOR);
        let Obj::Generator(g) = heap.get(gen) else { panic!("not a generator") };
        assert_eq!(g.state, GenState::Suspended);
        assert_eq!(at!(u8, p, GENERATOR_STATE), GEN_SUSPENDED);
        assert_eq!(at!(u32, p, GENERATOR_PC), g.pc);
        assert_eq!(at!(u64, p, GENERATOR_CODE), code_word(&g.code));
        assert_eq!(at!(usize, p, GENERATOR_VALUES_LEN), g.values.len());
        assert!(g.values.len() >= 3, "n, i and the loop's iterator");
        let values = at!(*const Value, p, GENERATOR_VALUES).cast::<u8>();
        // `n` (local 0) is 9; `i` (local 1) is 1 after two items.
        assert_eq!(at!(u64, values, VALUE_TAG), TAG_INT);
        assert_eq!(at!(i64, values, VALUE_PAYLOAD), 9);
        assert_eq!(at!(i64, values.wrapping_add(VALUE_SIZE), VALUE_PAYLOAD), 1);

        let p = slot_addr(heap, squares);
        assert_eq!(at!(u8, p, OBJ_KIND), KIND_FUNCTION);
        let Obj::Function(f) = heap.get(squares) else { panic!("not a function") };
        assert_eq!(at!(u64, p, FUNCTION_CODE), code_word(&f.code));
        assert_eq!(at!(u32, p, FUNCTION_GLOBALS), f.globals.0);
        assert_eq!(f.globals, globals);
        let p = slot_addr(heap, adds);
        let Obj::Function(f) = heap.get(adds) else { panic!("not a function") };
        assert_eq!(f.closure.len(), 2);
        assert_eq!(at!(usize, p, FUNCTION_CLOSURE_PTR), f.closure.as_ptr() as usize);
        assert_eq!(at!(usize, p, FUNCTION_CLOSURE_LEN), 2);

        let p = slot_addr(heap, lst);
        assert_eq!(at!(u8, p, OBJ_KIND), KIND_LIST);
        assert_eq!(at!(usize, p, LIST_LEN), 5);
        assert!(at!(usize, p, LIST_CAP) >= 5);
        let items = at!(*const Value, p, LIST_ITEMS).cast::<u8>();
        for (i, want) in [4i64, 5, 7, 7, 7].into_iter().enumerate() {
            let item = items.wrapping_add(i * VALUE_SIZE);
            assert_eq!((at!(u64, item, VALUE_TAG), at!(i64, item, VALUE_PAYLOAD)), (TAG_INT, want));
        }

        let p = slot_addr(heap, tup);
        assert_eq!(at!(u8, p, OBJ_KIND), KIND_TUPLE);
        assert_eq!(at!(usize, p, TUPLE_LEN), 4);
        let items = at!(*const Value, p, TUPLE_ITEMS).cast::<u8>();
        let tags = [TAG_INT, TAG_OBJ, TAG_NONE, TAG_BOOL];
        for (i, tag) in tags.into_iter().enumerate() {
            assert_eq!(at!(u64, items.wrapping_add(i * VALUE_SIZE), VALUE_TAG), tag);
        }
        assert_eq!(at!(u8, items.wrapping_add(3 * VALUE_SIZE), VALUE_PAYLOAD), 1);

        let p = slot_addr(heap, o);
        assert_eq!(at!(u8, p, OBJ_KIND), KIND_INSTANCE);
        assert_eq!(at!(u32, p, INSTANCE_CLASS), class.0);
        let Obj::Instance(inst) = heap.get(o) else { panic!("not an instance") };
        assert_eq!(at!(u32, p, INSTANCE_SHAPE), inst.shape.0);
        assert_eq!(at!(usize, p, INSTANCE_SLOTS_LEN), 2);
        let slots = at!(*const Value, p, INSTANCE_SLOTS).cast::<u8>();
        assert_eq!((at!(u64, slots, VALUE_TAG), at!(i64, slots, VALUE_PAYLOAD)), (TAG_INT, 7));
        let y = slots.wrapping_add(VALUE_SIZE);
        assert_eq!((at!(u64, y, VALUE_TAG), at!(u64, y, VALUE_PAYLOAD)), (TAG_FLOAT, 3.5f64.to_bits()));

        let p = slot_addr(heap, class);
        assert_eq!(at!(u8, p, OBJ_KIND), KIND_CLASS);
        let Obj::Class(c) = heap.get(class) else { panic!("not a class") };
        assert_eq!(at!(u32, p, CLASS_VERSION), c.version);
    }

    #[test]
    fn kind_bytes_are_the_discriminants() {
        let mut heap = Heap::new(usize::MAX);
        let objs = [
            (heap.alloc(Obj::List(ValueVec::new())), ObjKind::List),
            (heap.alloc(Obj::Tuple(ValueVec::new())), ObjKind::Tuple),
            (heap.alloc(Obj::Cell(Value::None)), ObjKind::Cell),
            (heap.alloc(Obj::Range { start: 0, stop: 5, step: 1 }), ObjKind::Range),
            (heap.alloc(Obj::NotImplemented), ObjKind::NotImplemented),
            (heap.alloc(Obj::Dict(Default::default())), ObjKind::Dict),
            (
                heap.alloc(Obj::Instance(Instance {
                    class: ObjRef(0),
                    shape: ShapeTable::EMPTY,
                    slots: ValueVec::new(),
                    exc: None,
                    native: None,
                })),
                ObjKind::Instance,
            ),
        ];
        for (r, kind) in objs {
            assert_eq!(at!(u8, slot_addr(&heap, r), OBJ_KIND), kind as u8, "{kind:?}");
        }
        // A freed slot reads as `Free`.
        heap.collect(core::iter::empty());
        assert_eq!(at!(u8, slot_addr(&heap, objs[0].0), OBJ_KIND), ObjKind::Free as u8);
    }

    #[test]
    fn vm_stack_offsets() {
        let mut vm = Vm::new(VmConfig::default(), Box::new(BufferHost::default()));
        vm.stack.push(Value::Int(3));
        vm.stack.push(Value::Int(4));
        let p = addr_of!(vm).cast::<u8>();
        assert_eq!(at!(*const Value, p, VM_STACK_PTR), vm.stack.as_ptr());
        assert_eq!(at!(usize, p, VM_STACK_LEN), vm.stack.len());
        assert_eq!(at!(usize, p, VM_STACK_CAP), vm.stack.capacity());
        let top = at!(*const Value, p, VM_STACK_PTR).cast::<u8>().wrapping_add((vm.stack.len() - 1) * VALUE_SIZE);
        assert_eq!(at!(i64, top, VALUE_PAYLOAD), 4);
    }
}
