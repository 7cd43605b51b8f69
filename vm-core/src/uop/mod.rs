//! The uop table: the micro-operations specialized instructions are made of.
//!
//! Input: the VM state at an instruction and the operands its inline cache
//! (or, later, the recorder) captured. Output: the state after the uop, or a
//! request to deoptimize. Each uop is defined once, here; tier 1 runs the
//! uop sequence of a specialized instruction (`Opcode::uops`) through these
//! same functions, and the recorder and trace backends will too.

mod semantics;
pub(crate) use semantics::push_operand_frame;
pub use semantics::{
    builtin_len, call_builtin_value, call_py_exact_args, is_simple_key, range_advance, seq_index, seq_iter_step,
    seq_peek, str_item,
};
pub(crate) use semantics::{
    load_attr_instance_of, load_attr_instance_shortcut, load_method_instance_of, load_method_instance_shortcut,
    store_attr_instance_into, store_attr_instance_shortcut,
};

use crate::runtime::object::PyResult;
use crate::runtime::value::ObjRef;
use crate::vm::Vm;

/// What a uop asks the interpreter to do next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// Run the next uop (or the next instruction).
    Continue,
    /// A guard failed: rewrite the instruction to its generic form and run that.
    Deopt,
    /// Continue at this instruction (a loop exit).
    Jump(usize),
    /// A Python frame was pushed; continue in it.
    Frame,
}

/// The operands a uop sees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UopArgs {
    /// Where the current frame's locals start on the value stack.
    pub base: usize,
    /// The instruction's operand.
    pub oparg: u32,
    /// The instruction's name operand resolved (`Name` instructions).
    pub name: ObjRef,
    /// The inline cache after the counter.
    pub cache: [u32; 8],
}

/// Whether a uop checks an assumption or does the work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UopKind {
    /// Checks an assumption; `Deopt` when it does not hold.
    Guard,
    /// Performs the operation.
    Action,
}

/// Invokes `$m!` with the uop table: `(Variant, "NAME", kind, semantics fn)`.
#[macro_export]
macro_rules! for_each_uop {
    ($m:ident) => {
        $crate::with_array_entries! { uops $m;
            (GuardBothInt, "_GUARD_BOTH_INT", Guard, guard_both_int),
            (GuardBothFloat, "_GUARD_BOTH_FLOAT", Guard, guard_both_float),
            (AddInt, "_BINARY_OP_ADD_INT", Action, add_int),
            (SubInt, "_BINARY_OP_SUB_INT", Action, sub_int),
            (MulInt, "_BINARY_OP_MUL_INT", Action, mul_int),
            (BitInt, "_BINARY_OP_BIT_INT", Action, bit_int),
            (DivModInt, "_BINARY_OP_DIVMOD_INT", Action, divmod_int),
            (AddFloat, "_BINARY_OP_ADD_FLOAT", Action, add_float),
            (SubFloat, "_BINARY_OP_SUB_FLOAT", Action, sub_float),
            (MulFloat, "_BINARY_OP_MUL_FLOAT", Action, mul_float),
            (DivFloat, "_BINARY_OP_DIV_FLOAT", Action, div_float),
            (CompareInt, "_COMPARE_OP_INT", Action, compare_int),
            (CompareFloat, "_COMPARE_OP_FLOAT", Action, compare_float),
            (GuardGlobalsKeys, "_GUARD_GLOBALS_KEYS", Guard, guard_globals_keys),
            (LoadGlobalModuleSlot, "_LOAD_GLOBAL_MODULE", Action, load_global_module),
            (LoadGlobalBuiltinSlot, "_LOAD_GLOBAL_BUILTIN", Action, load_global_builtin),
            (GuardInstanceShape, "_GUARD_INSTANCE_SHAPE", Guard, guard_instance_shape),
            (GuardSlotShape, "_GUARD_SLOT_SHAPE", Guard, guard_slot_shape),
            (LoadAttrSlot, "_LOAD_ATTR_SLOT", Action, load_attr_slot),
            (LoadMethodCached, "_LOAD_METHOD_CACHED", Action, load_method_cached),
            (GuardBuiltinType, "_GUARD_BUILTIN_TYPE", Guard, guard_builtin_type),
            (GuardStoreShape, "_GUARD_STORE_SHAPE", Guard, guard_store_shape),
            (StoreAttrSlot, "_STORE_ATTR_SLOT", Action, store_attr_slot),
            (GuardStoreAdd, "_GUARD_STORE_ADD", Guard, guard_store_add),
            (StoreAttrAdd, "_STORE_ATTR_ADD", Action, store_attr_add),
            (GuardCallee, "_GUARD_CALLEE", Guard, guard_callee),
            (GuardSimpleFunction, "_GUARD_SIMPLE_FUNCTION", Guard, guard_simple_function),
            (CallPyExact, "_CALL_PY_EXACT_ARGS", Action, call_py_exact),
            (GuardGeneratorFunction, "_GUARD_GENERATOR_FUNCTION", Guard, guard_generator_function),
            (MakeGenerator, "_MAKE_GENERATOR", Action, make_generator),
            (GuardRangeIter, "_GUARD_RANGE_ITER", Guard, guard_range_iter),
            (ForIterRangeNext, "_FOR_ITER_RANGE", Action, for_iter_range),
            (GuardListIter, "_GUARD_LIST_ITER", Guard, guard_list_iter),
            (ForIterListNext, "_FOR_ITER_LIST", Action, for_iter_list),
            (GuardListInt, "_GUARD_LIST_INT", Guard, guard_list_int),
            (SubscrListInt, "_BINARY_SUBSCR_LIST_INT", Action, subscr_list_int),
            (GuardTupleInt, "_GUARD_TUPLE_INT", Guard, guard_tuple_int),
            (SubscrTupleInt, "_BINARY_SUBSCR_TUPLE_INT", Action, subscr_tuple_int),
            (GuardDict, "_GUARD_DICT", Guard, guard_dict),
            (SubscrDict, "_BINARY_SUBSCR_DICT", Action, subscr_dict),
            (GuardStoreListInt, "_GUARD_STORE_LIST_INT", Guard, guard_store_list_int),
            (StoreListInt, "_STORE_SUBSCR_LIST_INT", Action, store_list_int),
            (GuardStoreDict, "_GUARD_STORE_DICT", Guard, guard_store_dict),
            (StoreDict, "_STORE_SUBSCR_DICT", Action, store_dict),
            (GuardTupleLen, "_GUARD_TUPLE_LEN", Guard, guard_tuple_len),
            (UnpackTuple, "_UNPACK_SEQUENCE_TUPLE", Action, unpack_tuple),
            (GuardListLen, "_GUARD_LIST_LEN", Guard, guard_list_len),
            (UnpackList, "_UNPACK_SEQUENCE_LIST", Action, unpack_list),
            (GuardContainsDict, "_GUARD_CONTAINS_DICT", Guard, guard_contains_dict),
            (ContainsDict, "_CONTAINS_OP_DICT", Action, contains_dict),
            (CallNative, "_CALL_BUILTIN", Action, call_native),
            (CallLenFast, "_CALL_LEN", Action, call_len),
            (GuardClassInit, "_GUARD_CLASS_INIT", Guard, guard_class_init),
            (CallInitFrame, "_CALL_ALLOC_AND_ENTER_INIT", Action, call_init_frame),
            (GuardBinaryDunder, "_GUARD_BINARY_DUNDER", Guard, guard_binary_dunder),
            (BinaryDunderFrame, "_BINARY_OP_PUSH_DUNDER_FRAME", Action, binary_dunder_frame),
            (CompareDunderFrame, "_COMPARE_OP_PUSH_DUNDER_FRAME", Action, compare_dunder_frame),
            (GuardContainsInstance, "_GUARD_CONTAINS_INSTANCE", Guard, guard_contains_instance),
            (ContainsDunderFrame, "_CONTAINS_OP_PUSH_CONTAINS_FRAME", Action, contains_dunder_frame),
            (GuardSetitemInstance, "_GUARD_SETITEM_INSTANCE", Guard, guard_setitem_instance),
            (SetitemDunderFrame, "_STORE_SUBSCR_PUSH_SETITEM_FRAME", Action, setitem_dunder_frame),
            (LenDunderFrame, "_CALL_LEN_PUSH_LEN_FRAME", Action, len_dunder_frame),
            (GuardNextInstance, "_GUARD_NEXT_INSTANCE", Guard, guard_next_instance),
            (NextDunderFrame, "_FOR_ITER_PUSH_NEXT_FRAME", Action, next_dunder_frame),
            (GuardSubscrKeyHash, "_GUARD_SUBSCR_KEY_HASH", Guard, guard_subscr_key_hash),
            (SubscrKeyHashFrame, "_BINARY_SUBSCR_PUSH_HASH_FRAME", Action, subscr_key_hash_frame),
            (GuardStoreKeyHash, "_GUARD_STORE_KEY_HASH", Guard, guard_store_key_hash),
            (StoreKeyHashFrame, "_STORE_SUBSCR_PUSH_HASH_FRAME", Action, store_key_hash_frame),
            (GuardContainsKeyHash, "_GUARD_CONTAINS_KEY_HASH", Guard, guard_contains_key_hash),
            (ContainsKeyHashFrame, "_CONTAINS_OP_PUSH_HASH_FRAME", Action, contains_key_hash_frame),
            (GuardPropertyClass, "_GUARD_PROPERTY_CLASS", Guard, guard_property_class),
            (PropertyFrame, "_LOAD_ATTR_PROPERTY_FRAME", Action, property_frame),
            (GuardSubscrInstance, "_GUARD_SUBSCR_INSTANCE", Guard, guard_subscr_instance),
            (SubscrDunderFrame, "_BINARY_SUBSCR_PUSH_GETITEM_FRAME", Action, subscr_dunder_frame),
            (GuardBothStr, "_GUARD_BOTH_STR", Guard, guard_both_str),
            (AddStr, "_BINARY_OP_ADD_STR", Action, add_str),
            (CompareStr, "_COMPARE_OP_STR", Action, compare_str),
            (GuardStrInt, "_GUARD_STR_INT", Guard, guard_str_int),
            (SubscrStrInt, "_BINARY_SUBSCR_STR_INT", Action, subscr_str_int),
            (GuardClassVersion, "_GUARD_CLASS_VERSION", Guard, guard_class_version),
            (LoadAttrClassEntry, "_LOAD_ATTR_CLASS", Action, load_attr_class),
            (GuardModuleKeys, "_GUARD_MODULE_KEYS", Guard, guard_module_keys),
            (LoadAttrModuleSlot, "_LOAD_ATTR_MODULE", Action, load_attr_module),
            (GuardIsinstanceArgs, "_GUARD_ISINSTANCE_ARGS", Guard, guard_isinstance_args),
            (CallIsinstanceFast, "_CALL_ISINSTANCE", Action, call_isinstance),
            (GuardTupleIter, "_GUARD_TUPLE_ITER", Guard, guard_tuple_iter),
            (ForIterTupleNext, "_FOR_ITER_TUPLE", Action, for_iter_tuple),
            (GuardContainsSet, "_GUARD_CONTAINS_SET", Guard, guard_contains_set),
            (ContainsSet, "_CONTAINS_OP_SET", Action, contains_set),
            (ContainsStr, "_CONTAINS_OP_STR", Action, contains_str),
            (GuardContainsList, "_GUARD_CONTAINS_LIST", Guard, guard_contains_list),
            (ContainsList, "_CONTAINS_OP_LIST", Action, contains_list),
            (GuardGenerator, "_GUARD_GENERATOR", Guard, guard_generator),
            (ForIterGenFrame, "_FOR_ITER_GEN_FRAME", Action, for_iter_gen),
            (GuardSendGenerator, "_GUARD_SEND_GEN", Guard, guard_send_generator),
            (SendGenFrame, "_SEND_GEN_FRAME", Action, send_gen),
            (GuardCallGen, "_GUARD_CALL_GEN", Guard, guard_call_gen),
            (CallGenFrame, "_CALL_GEN_FRAME", Action, call_gen),
            (GuardTosBool, "_GUARD_TOS_BOOL", Guard, guard_tos_bool),
            (GuardTosInt, "_GUARD_TOS_INT", Guard, guard_tos_int),
            (GuardTosNone, "_GUARD_TOS_NONE", Guard, guard_tos_none),
            (GuardTosClassVersion, "_GUARD_TOS_CLASS_VERSION", Guard, guard_tos_class_version),
            (ToBoolNative, "_TO_BOOL_NATIVE", Action, to_bool_native),
            (ReplaceWithTrue, "_REPLACE_WITH_TRUE", Action, replace_with_true),
            // ----- uops only traces contain (the recorder's lowering of plain instructions) -----
            (LoadFast, "_LOAD_FAST", Action, load_fast),
            (StoreFast, "_STORE_FAST", Action, store_fast),
            (LoadConst, "_LOAD_CONST", Action, load_const),
            (PopTop, "_POP_TOP", Action, pop_top),
            (PushNull, "_PUSH_NULL", Action, push_null),
            (CopyTop, "_COPY", Action, copy_top),
            (SwapTop, "_SWAP", Action, swap_top),
            (IsOp, "_IS_OP", Action, is_op),
            (Safepoint, "_SAFEPOINT", Action, safepoint),
            (GuardIsTruePop, "_GUARD_IS_TRUE_POP", Guard, guard_is_true_pop),
            (GuardIsFalsePop, "_GUARD_IS_FALSE_POP", Guard, guard_is_false_pop),
            // Runs the instruction in tier 1 (instructions the IR does not model).
            (Exec, "_EXEC", Action, exec),
            // After an instruction whose successor is only known at run time:
            // exits unless execution is where the recording went (cache: depth, pc).
            (DynamicExit, "_DYNAMIC_EXIT", Guard, dynamic_exit),
        }
    };
}

macro_rules! define_uops {
    ($(($variant:ident, $name:literal, $kind:ident, $func:ident)),* $(,)?) => {
        /// A micro-operation.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Uop {
            $(#[doc = $name] $variant,)*
        }

        impl Uop {
            /// Every uop, in table order.
            pub const ALL: &'static [Uop] = &[$(Uop::$variant),*];

            /// The uop's name (as `--dump uops` will print it).
            pub fn name(self) -> &'static str {
                match self { $(Uop::$variant => $name,)* }
            }

            /// Guard or action.
            pub fn kind(self) -> UopKind {
                match self { $(Uop::$variant => UopKind::$kind,)* }
            }

            /// True for a guard whose instruction's action uops re-check
            /// everything it checks before any effect (deoptimizing the
            /// same way): tier 1 skips it (`run_specialized_at`); traces
            /// and the recorder still see it.
            pub const fn redundant_in_tier1(self) -> bool {
                matches!(
                    self,
                    Uop::GuardBothInt
                        | Uop::GuardBothFloat
                        | Uop::GuardListInt
                        | Uop::GuardTupleInt
                        | Uop::GuardStoreListInt
                        | Uop::GuardRangeIter
                        | Uop::GuardListIter
                        | Uop::GuardTupleIter
                        | Uop::GuardSimpleFunction
                )
            }

            /// Runs the uop's semantics.
            #[cfg_attr(not(feature = "small-code"), inline(always))]
            pub fn run(self, vm: &mut Vm, args: &mut UopArgs) -> PyResult<Flow> {
                match self { $(Uop::$variant => semantics::$func(vm, args),)* }
            }
        }
    };
}

for_each_uop!(define_uops);
