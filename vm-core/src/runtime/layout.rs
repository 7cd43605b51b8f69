//! TEMPORARY placeholder (replaced by the obj-layout branch's module).
#![allow(missing_docs)]
pub const VALUE_SIZE: usize = 16;
pub const VALUE_TAG: usize = 0;
pub const VALUE_PAYLOAD: usize = 8;
pub const TAG_NULL: u64 = 0;
pub const TAG_NONE: u64 = 1;
pub const TAG_BOOL: u64 = 2;
pub const TAG_INT: u64 = 3;
pub const TAG_FLOAT: u64 = 4;
pub const TAG_OBJ: u64 = 5;
pub const OBJ_SIZE: usize = core::mem::size_of::<super::object::Obj>();
pub const OBJ_KIND: usize = 0;
pub const KIND_LIST: u8 = 3;
pub const KIND_TUPLE: u8 = 4;
pub const KIND_INSTANCE: u8 = 14;
pub const LIST_ITEMS: usize = 8;
pub const LIST_LEN: usize = 16;
pub const TUPLE_ITEMS: usize = 8;
pub const TUPLE_LEN: usize = 16;
pub const INSTANCE_CLASS: usize = 8;
pub const INSTANCE_SHAPE: usize = 12;
pub const INSTANCE_SLOTS: usize = 16;
pub const INSTANCE_SLOTS_LEN: usize = 24;
pub const VM_STACK_PTR: usize = core::mem::offset_of!(crate::vm::Vm, stack);
pub const VM_STACK_LEN: usize = core::mem::offset_of!(crate::vm::Vm, stack) + 8;
pub const VM_STACK_CAP: usize = core::mem::offset_of!(crate::vm::Vm, stack) + 16;
