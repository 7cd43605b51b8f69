//! The opcode table: every instruction defined once, and everything about
//! instructions (the enum, names, operand kinds, stack effects) derived from it.
//!
//! An instruction is one 32-bit code unit: opcode in the low 8 bits, operand
//! in the high 24. Jump operands are absolute code-unit indices.

/// How an instruction's operand is interpreted (for the disassembler and verifier).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// No operand.
    None,
    /// A plain count or flag.
    Count,
    /// Index into the constants.
    Const,
    /// Index into the local variable names.
    Local,
    /// Index into the names table (globals, attributes).
    Name,
    /// Absolute jump target.
    Jump,
    /// A binary operator (see [`BinaryOp`]).
    BinOp,
    /// A comparison operator (see [`CompareOp`]).
    CmpOp,
}

/// Invokes `$m!` with the whole opcode table:
/// `(Variant, "NAME", ArgKind, |arg| stack_effect, |arg| stack_inputs)`.
///
/// `stack_effect` is the net change of the operand stack's depth (on the
/// fall-through path); `stack_inputs` is how many of the top items the
/// instruction reads or consumes, i.e. the depth it needs (the verifier
/// checks both, and that an exception raised inside a protected
/// instruction leaves the stack at or above its handler's depth).
#[macro_export]
macro_rules! for_each_opcode {
    ($m:ident) => {
        $crate::with_array_entries! { opcodes $m;
            (Nop, "NOP", None, |_a: u32| 0, |_a: u32| 0),
            (PopTop, "POP_TOP", None, |_a: u32| -1, |_a: u32| 1),
            // Push a copy of the item `arg` places down (1 = top).
            (Copy, "COPY", Count, |_a: u32| 1, |a: u32| a),
            // Swap the top with the item `arg` places down (2 = second).
            (Swap, "SWAP", Count, |_a: u32| 0, |a: u32| a),
            (PushNull, "PUSH_NULL", None, |_a: u32| 1, |_a: u32| 0),
            (LoadConst, "LOAD_CONST", Const, |_a: u32| 1, |_a: u32| 0),
            (LoadFast, "LOAD_FAST", Local, |_a: u32| 1, |_a: u32| 0),
            (StoreFast, "STORE_FAST", Local, |_a: u32| -1, |_a: u32| 1),
            (DeleteFast, "DELETE_FAST", Local, |_a: u32| 0, |_a: u32| 0),
            (LoadName, "LOAD_NAME", Name, |_a: u32| 1, |_a: u32| 0),
            (StoreName, "STORE_NAME", Name, |_a: u32| -1, |_a: u32| 1),
            (DeleteName, "DELETE_NAME", Name, |_a: u32| 0, |_a: u32| 0),
            (LoadGlobal, "LOAD_GLOBAL", Name, |_a: u32| 1, |_a: u32| 0),
            (StoreGlobal, "STORE_GLOBAL", Name, |_a: u32| -1, |_a: u32| 1),
            (DeleteGlobal, "DELETE_GLOBAL", Name, |_a: u32| 0, |_a: u32| 0),
            (LoadAttr, "LOAD_ATTR", Name, |_a: u32| 0, |_a: u32| 1),
            (StoreAttr, "STORE_ATTR", Name, |_a: u32| -2, |_a: u32| 2),
            (DeleteAttr, "DELETE_ATTR", Name, |_a: u32| -1, |_a: u32| 1),
            // obj -> (method, obj) or (attr, NULL): the two call slots.
            (LoadMethod, "LOAD_METHOD", Name, |_a: u32| 1, |_a: u32| 1),
            (BinaryOp, "BINARY_OP", BinOp, |_a: u32| -1, |_a: u32| 2),
            (UnaryNegative, "UNARY_NEGATIVE", None, |_a: u32| 0, |_a: u32| 1),
            (UnaryPositive, "UNARY_POSITIVE", None, |_a: u32| 0, |_a: u32| 1),
            (UnaryNot, "UNARY_NOT", None, |_a: u32| 0, |_a: u32| 1),
            (UnaryInvert, "UNARY_INVERT", None, |_a: u32| 0, |_a: u32| 1),
            // TOS -> bool(TOS) (before a conditional jump on a value not known to be a bool).
            (ToBool, "TO_BOOL", None, |_a: u32| 0, |_a: u32| 1),
            (CompareOp, "COMPARE_OP", CmpOp, |_a: u32| -1, |_a: u32| 2),
            // `is` (arg 0) / `is not` (arg 1).
            (IsOp, "IS_OP", Count, |_a: u32| -1, |_a: u32| 2),
            // `in` (arg 0) / `not in` (arg 1).
            (ContainsOp, "CONTAINS_OP", Count, |_a: u32| -1, |_a: u32| 2),
            (BinarySubscr, "BINARY_SUBSCR", None, |_a: u32| -1, |_a: u32| 2),
            (StoreSubscr, "STORE_SUBSCR", None, |_a: u32| -3, |_a: u32| 3),
            (DeleteSubscr, "DELETE_SUBSCR", None, |_a: u32| -2, |_a: u32| 2),
            (BuildSlice, "BUILD_SLICE", Count, |a: u32| 1 - a as i32, |a: u32| a),
            (BuildList, "BUILD_LIST", Count, |a: u32| 1 - a as i32, |a: u32| a),
            (BuildTuple, "BUILD_TUPLE", Count, |a: u32| 1 - a as i32, |a: u32| a),
            // arg = number of key/value pairs.
            (BuildMap, "BUILD_MAP", Count, |a: u32| 1 - 2 * a as i32, |a: u32| 2 * a),
            // Append top to the list `arg` places down (comprehensions).
            (ListAppend, "LIST_APPEND", Count, |_a: u32| -1, |a: u32| a + 1),
            // Store key, value (top two) into the dict `arg` places below them.
            (MapAdd, "MAP_ADD", Count, |_a: u32| -2, |a: u32| a + 2),
            (UnpackSequence, "UNPACK_SEQUENCE", Count, |a: u32| a as i32 - 1, |_a: u32| 1),
            (JumpForward, "JUMP_FORWARD", Jump, |_a: u32| 0, |_a: u32| 0),
            // A loop's back edge: the safepoint and the hot-loop counter live here.
            (JumpBackward, "JUMP_BACKWARD", Jump, |_a: u32| 0, |_a: u32| 0),
            // A hot back edge whose loop has a trace: runs it (cache: the trace number).
            (EnterExecutor, "ENTER_EXECUTOR", Jump, |_a: u32| 0, |_a: u32| 0),
            (PopJumpIfFalse, "POP_JUMP_IF_FALSE", Jump, |_a: u32| -1, |_a: u32| 1),
            (PopJumpIfTrue, "POP_JUMP_IF_TRUE", Jump, |_a: u32| -1, |_a: u32| 1),
            (JumpIfFalseOrPop, "JUMP_IF_FALSE_OR_POP", Jump, |_a: u32| -1, |_a: u32| 1),
            (JumpIfTrueOrPop, "JUMP_IF_TRUE_OR_POP", Jump, |_a: u32| -1, |_a: u32| 1),
            (GetIter, "GET_ITER", None, |_a: u32| 0, |_a: u32| 1),
            // iter -> iter, next; or pop iter and jump to arg when exhausted.
            (ForIter, "FOR_ITER", Jump, |_a: u32| 1, |_a: u32| 1),
            // Names the keyword arguments of the next CALL (a tuple constant).
            (KwNames, "KW_NAMES", Const, |_a: u32| 0, |_a: u32| 0),
            // callable, self_or_null, arg1..argN -> result.
            (Call, "CALL", Count, |a: u32| -1 - a as i32, |a: u32| a + 2),
            (ReturnValue, "RETURN_VALUE", None, |_a: u32| -1, |_a: u32| 1),
            // arg bit 0: a defaults tuple is below the code; bit 1: a kw-defaults dict.
            // arg bit 3: a closure tuple of cells is just below the code.
            (MakeFunction, "MAKE_FUNCTION", Count, |a: u32| -((a & 1) as i32) - ((a >> 1) & 1) as i32 - ((a >> 3) & 1) as i32, |a: u32| 1 + (a & 1) + ((a >> 1) & 1) + ((a >> 3) & 1)),
            // Wrap local `arg` in a new cell (function entry, for captured locals).
            (MakeCell, "MAKE_CELL", Local, |_a: u32| 0, |_a: u32| 0),
            // Push the cell in slot `arg` (to build a closure).
            (LoadClosure, "LOAD_CLOSURE", Local, |_a: u32| 1, |_a: u32| 0),
            (LoadDeref, "LOAD_DEREF", Local, |_a: u32| 1, |_a: u32| 0),
            (StoreDeref, "STORE_DEREF", Local, |_a: u32| -1, |_a: u32| 1),
            (DeleteDeref, "DELETE_DEREF", Local, |_a: u32| 0, |_a: u32| 0),
            // Class bodies: the namespace first, then the cell in slot `arg`.
            (LoadClassDeref, "LOAD_CLASSDEREF", Local, |_a: u32| 1, |_a: u32| 0),
            // Extend the list `arg` places below TOS with the iterable TOS.
            (ListExtend, "LIST_EXTEND", Count, |_a: u32| -1, |a: u32| { if a & $crate::bytecode::opcode::CALL_CONTEXT != 0 { ((a & 0xff) + 1).max(4) } else { (a & 0xff) + 1 } }),
            (ListToTuple, "LIST_TO_TUPLE", None, |_a: u32| 0, |_a: u32| 1),
            // Merge the mapping TOS into the dict `arg` below; duplicate keys are an error (calls).
            (DictMerge, "DICT_MERGE", Count, |_a: u32| -1, |a: u32| (a + 1).max(5)),
            // Update the dict `arg` below with the mapping TOS (displays).
            (DictUpdate, "DICT_UPDATE", Count, |_a: u32| -1, |a: u32| a + 1),
            // callable, self_or_null, args_list[, kwargs_dict] -> result (arg 1: kwargs present).
            (CallFunctionEx, "CALL_FUNCTION_EX", Count, |a: u32| -2 - (a & 1) as i32, |a: u32| 3 + (a & 1)),
            // Unpack with a starred target: arg = before | after << 8.
            (UnpackEx, "UNPACK_EX", Count, |a: u32| ((a & 0xff) + (a >> 8)) as i32, |_a: u32| 1),
            (BuildSet, "BUILD_SET", Count, |a: u32| 1 - a as i32, |a: u32| a),
            // Add TOS to the set `arg` places below it.
            (SetAdd, "SET_ADD", Count, |_a: u32| -1, |a: u32| a + 1),
            // Add every item of the iterable TOS to the set `arg` below.
            (SetUpdate, "SET_UPDATE", Count, |_a: u32| -1, |a: u32| a + 1),
            // Suspend the generator, handing TOS to whoever resumed it; the
            // value sent in on resumption is pushed.
            (YieldValue, "YIELD_VALUE", None, |_a: u32| 0, |_a: u32| 1),
            // receiver, value -> receiver, yielded (falls through to YIELD_VALUE);
            // or, when the receiver is exhausted, its return value and a jump to `arg`.
            (Send, "SEND", Jump, |_a: u32| 0, |_a: u32| 2),
            // ----- specialized forms (PEP 659): see `for_each_specialization!` -----
            (BinaryOpAddInt, "BINARY_OP_ADD_INT", BinOp, |_a: u32| -1, |_a: u32| 2),
            (BinaryOpSubInt, "BINARY_OP_SUB_INT", BinOp, |_a: u32| -1, |_a: u32| 2),
            (BinaryOpMulInt, "BINARY_OP_MUL_INT", BinOp, |_a: u32| -1, |_a: u32| 2),
            (BinaryOpBitInt, "BINARY_OP_BIT_INT", BinOp, |_a: u32| -1, |_a: u32| 2),
            (BinaryOpDivModInt, "BINARY_OP_DIVMOD_INT", BinOp, |_a: u32| -1, |_a: u32| 2),
            (BinaryOpAddFloat, "BINARY_OP_ADD_FLOAT", BinOp, |_a: u32| -1, |_a: u32| 2),
            (BinaryOpSubFloat, "BINARY_OP_SUB_FLOAT", BinOp, |_a: u32| -1, |_a: u32| 2),
            (BinaryOpMulFloat, "BINARY_OP_MUL_FLOAT", BinOp, |_a: u32| -1, |_a: u32| 2),
            (BinaryOpDivFloat, "BINARY_OP_DIV_FLOAT", BinOp, |_a: u32| -1, |_a: u32| 2),
            (BinaryOpInstance, "BINARY_OP_INSTANCE", BinOp, |_a: u32| -1, |_a: u32| 2),
            (CompareOpInt, "COMPARE_OP_INT", CmpOp, |_a: u32| -1, |_a: u32| 2),
            (CompareOpFloat, "COMPARE_OP_FLOAT", CmpOp, |_a: u32| -1, |_a: u32| 2),
            (LoadGlobalModule, "LOAD_GLOBAL_MODULE", Name, |_a: u32| 1, |_a: u32| 0),
            (LoadGlobalBuiltin, "LOAD_GLOBAL_BUILTIN", Name, |_a: u32| 1, |_a: u32| 0),
            (LoadAttrInstance, "LOAD_ATTR_INSTANCE", Name, |_a: u32| 0, |_a: u32| 1),
            (LoadMethodInstance, "LOAD_METHOD_INSTANCE", Name, |_a: u32| 1, |_a: u32| 1),
            (LoadMethodBuiltin, "LOAD_METHOD_BUILTIN", Name, |_a: u32| 1, |_a: u32| 1),
            (StoreAttrInstance, "STORE_ATTR_INSTANCE", Name, |_a: u32| -2, |_a: u32| 2),
            (CallPyExactArgs, "CALL_PY_EXACT_ARGS", Count, |a: u32| -1 - a as i32, |a: u32| a + 2),
            // A generator function called with exactly its positional parameters: the generator, no frame.
            (CallPyGen, "CALL_PY_GEN", Count, |a: u32| -1 - a as i32, |a: u32| a + 2),
            (ForIterRange, "FOR_ITER_RANGE", Jump, |_a: u32| 1, |_a: u32| 1),
            (ForIterList, "FOR_ITER_LIST", Jump, |_a: u32| 1, |_a: u32| 1),
            (BinarySubscrListInt, "BINARY_SUBSCR_LIST_INT", None, |_a: u32| -1, |_a: u32| 2),
            (BinarySubscrTupleInt, "BINARY_SUBSCR_TUPLE_INT", None, |_a: u32| -1, |_a: u32| 2),
            (BinarySubscrDict, "BINARY_SUBSCR_DICT", None, |_a: u32| -1, |_a: u32| 2),
            (StoreSubscrListInt, "STORE_SUBSCR_LIST_INT", None, |_a: u32| -3, |_a: u32| 3),
            (StoreSubscrDict, "STORE_SUBSCR_DICT", None, |_a: u32| -3, |_a: u32| 3),
            (UnpackSequenceTwoTuple, "UNPACK_SEQUENCE_TWO_TUPLE", Count, |a: u32| a as i32 - 1, |_a: u32| 1),
            (UnpackSequenceTuple, "UNPACK_SEQUENCE_TUPLE", Count, |a: u32| a as i32 - 1, |_a: u32| 1),
            (UnpackSequenceList, "UNPACK_SEQUENCE_LIST", Count, |a: u32| a as i32 - 1, |_a: u32| 1),
            (ContainsOpDict, "CONTAINS_OP_DICT", Count, |_a: u32| -1, |_a: u32| 2),
            (CallBuiltin, "CALL_BUILTIN", Count, |a: u32| -1 - a as i32, |a: u32| a + 2),
            (CallLen, "CALL_LEN", Count, |a: u32| -1 - a as i32, |a: u32| a + 2),
            (CallAllocAndEnterInit, "CALL_ALLOC_AND_ENTER_INIT", Count, |a: u32| -1 - a as i32, |a: u32| a + 2),
            (BinaryOpAddStr, "BINARY_OP_ADD_STR", BinOp, |_a: u32| -1, |_a: u32| 2),
            (BinarySubscrStrInt, "BINARY_SUBSCR_STR_INT", None, |_a: u32| -1, |_a: u32| 2),
            (CompareOpStr, "COMPARE_OP_STR", CmpOp, |_a: u32| -1, |_a: u32| 2),
            (LoadAttrClass, "LOAD_ATTR_CLASS", Name, |_a: u32| 0, |_a: u32| 1),
            (LoadAttrModule, "LOAD_ATTR_MODULE", Name, |_a: u32| 0, |_a: u32| 1),
            (CallIsinstance, "CALL_ISINSTANCE", Count, |a: u32| -1 - a as i32, |a: u32| a + 2),
            (ForIterTuple, "FOR_ITER_TUPLE", Jump, |_a: u32| 1, |_a: u32| 1),
            (ContainsOpSet, "CONTAINS_OP_SET", Count, |_a: u32| -1, |_a: u32| 2),
            (ContainsOpStr, "CONTAINS_OP_STR", Count, |_a: u32| -1, |_a: u32| 2),
            (ContainsOpList, "CONTAINS_OP_LIST", Count, |_a: u32| -1, |_a: u32| 2),
            (ForIterGen, "FOR_ITER_GEN", Jump, |_a: u32| 1, |_a: u32| 1),
            (CallBuiltinClass, "CALL_BUILTIN_CLASS", Count, |a: u32| -1 - a as i32, |a: u32| a + 2),
            (StoreAttrInstanceAdd, "STORE_ATTR_INSTANCE_ADD", Name, |_a: u32| -2, |_a: u32| 2),
            (ToBoolBool, "TO_BOOL_BOOL", None, |_a: u32| 0, |_a: u32| 1),
            (ToBoolInt, "TO_BOOL_INT", None, |_a: u32| 0, |_a: u32| 1),
            (ToBoolNone, "TO_BOOL_NONE", None, |_a: u32| 0, |_a: u32| 1),
            (ToBoolList, "TO_BOOL_LIST", None, |_a: u32| 0, |_a: u32| 1),
            (ToBoolStr, "TO_BOOL_STR", None, |_a: u32| 0, |_a: u32| 1),
            (ToBoolAlwaysTrue, "TO_BOOL_ALWAYS_TRUE", None, |_a: u32| 0, |_a: u32| 1),
            (SendGen, "SEND_GEN", Jump, |_a: u32| 0, |_a: u32| 2),
            // iter(TOS) for `yield from` (generators pass through).
            (GetYieldFromIter, "GET_YIELD_FROM_ITER", None, |_a: u32| 0, |_a: u32| 1),
            // level, fromlist -> module (`import name`, `from name import ...`).
            (ImportName, "IMPORT_NAME", Name, |_a: u32| -1, |_a: u32| 2),
            // module -> module, module.name (ImportError if missing).
            (ImportFrom, "IMPORT_FROM", Name, |_a: u32| 1, |_a: u32| 1),
            // module -> (binds every public name in the current namespace).
            (ImportStar, "IMPORT_STAR", None, |_a: u32| -1, |_a: u32| 1),
            // body_function, name, base1..baseN[, kwargs dict] -> class; arg =
            // N, plus 1 << 16 when the class keywords (a dict) are on top.
            (BuildClass, "BUILD_CLASS", Count, |a: u32| -1 - (a & 0xffff) as i32 - (a >> 16) as i32, |a: u32| (a & 0xffff) + 2 + (a >> 16)),
            // Raise: arg 0 re-raises the handled exception, 1 raises TOS, 2 raises TOS1 from TOS.
            (RaiseVarargs, "RAISE_VARARGS", Count, |a: u32| -(a as i32), |a: u32| a),
            // Re-raise TOS (an exception being handled) keeping its traceback.
            (Reraise, "RERAISE", None, |_a: u32| -1, |_a: u32| 1),
            // exc -> prev_handled, exc; the exception becomes the one being handled.
            (PushExcInfo, "PUSH_EXC_INFO", None, |_a: u32| 1, |_a: u32| 1),
            // prev_handled -> (restores it as the one being handled).
            (PopExcept, "POP_EXCEPT", None, |_a: u32| -1, |_a: u32| 1),
            // exc, type -> exc, bool (does `except type` match?).
            (CheckExcMatch, "CHECK_EXC_MATCH", None, |_a: u32| 0, |_a: u32| 2),
            (LoadAssertionError, "LOAD_ASSERTION_ERROR", None, |_a: u32| 1, |_a: u32| 0),
            // ctx -> exit_bound, ctx.__enter__() (arg 1: `__aexit__`, `__aenter__()`).
            (BeforeWith, "BEFORE_WITH", Count, |_a: u32| 1, |_a: u32| 1),
            // exit_bound -> (calls exit_bound(None, None, None)); arg 1 keeps its result.
            (WithExit, "WITH_EXIT", Count, |a: u32| a as i32 - 1, |_a: u32| 1),
            // exit_bound, prev, exc -> exit_bound, prev, exc, bool(exit_bound(type, exc, tb))
            // (arg 1: the result itself, to be awaited).
            (WithExceptStart, "WITH_EXCEPT_START", Count, |_a: u32| 1, |_a: u32| 3),
            // ----- coroutines -----
            // x -> awaitable iterator of `await x` (arg: 0 await, 1 __aenter__, 2 __aexit__).
            (GetAwaitable, "GET_AWAITABLE", Count, |_a: u32| 0, |_a: u32| 1),
            // x -> x.__aiter__().
            (GetAIter, "GET_AITER", None, |_a: u32| 0, |_a: u32| 1),
            // aiter -> aiter, awaitable of aiter.__anext__().
            (GetANext, "GET_ANEXT", None, |_a: u32| 1, |_a: u32| 1),
            // aiter, exc -> (ends `async for` on StopAsyncIteration, else re-raises exc).
            (EndAsyncFor, "END_ASYNC_FOR", None, |_a: u32| -2, |_a: u32| 2),
            // value [spec] -> str: arg bits 0-1 conversion (0 none, 1 str, 2 repr,
            // 3 ascii); bit 2: a format spec str is on top of the value.
            (FormatValue, "FORMAT_VALUE", Count, |a: u32| -(((a >> 2) & 1) as i32), |a: u32| 1 + ((a >> 2) & 1)),
            // Concatenates the top `arg` strs into one.
            (BuildString, "BUILD_STRING", Count, |a: u32| 1 - a as i32, |a: u32| a),
            // ----- `match` (PEP 634; CPython 3.11's instructions) -----
            // subject -> subject, bool (is it a sequence for sequence patterns?).
            (MatchSequence, "MATCH_SEQUENCE", None, |_a: u32| 1, |_a: u32| 1),
            // subject -> subject, bool (is it a mapping for mapping patterns?).
            (MatchMapping, "MATCH_MAPPING", None, |_a: u32| 1, |_a: u32| 1),
            // obj -> obj, len(obj).
            (GetLen, "GET_LEN", None, |_a: u32| 1, |_a: u32| 1),
            // subject, keys -> subject, keys, values tuple (or None if a key is missing).
            (MatchKeys, "MATCH_KEYS", None, |_a: u32| 1, |_a: u32| 2),
            // subject, cls, attr_names -> attributes tuple (`arg` positional
            // ones through `__match_args__`, then the named ones), or None.
            (MatchClass, "MATCH_CLASS", Count, |_a: u32| -2, |_a: u32| 3),
            // `next(gen)`, `gen.__next__()`, `gen.send(v)` on a generator:
            // its frame is pushed (a yield is the call's result; a return raises StopIteration).
            (CallGen, "CALL_GEN", Count, |a: u32| -1 - a as i32, |a: u32| a + 2),
            // A property of an instance: its getter's frame is pushed with
            // the instance as `self` (the getter's return replaces it).
            (LoadAttrProperty, "LOAD_ATTR_PROPERTY", Name, |_a: u32| 0, |_a: u32| 1),
            // `obj[key]` on an instance whose class has a Python
            // `__getitem__`: its frame is pushed with the two operands.
            (BinarySubscrInstance, "BINARY_SUBSCR_INSTANCE", None, |_a: u32| -1, |_a: u32| 2),
            // A rich comparison whose left operand's class has the
            // operator's dunder as a Python function: its frame is pushed
            // with the two operands (`ReturnAction::CompareDunder`).
            (CompareOpInstance, "COMPARE_OP_INSTANCE", CmpOp, |_a: u32| -1, |_a: u32| 2),
            // `item in obj` on an instance whose class has a Python
            // `__contains__`: its frame is pushed with the container and
            // the item (`ReturnAction::Contains`).
            (ContainsOpInstance, "CONTAINS_OP_INSTANCE", None, |_a: u32| -1, |_a: u32| 2),
            // `obj[key] = value` on an instance whose class has a Python
            // `__setitem__`: its frame is pushed with the container, the
            // key and the value (`ReturnAction::Discard`).
            (StoreSubscrInstance, "STORE_SUBSCR_INSTANCE", None, |_a: u32| -3, |_a: u32| 3),
            // `len(obj)` on an instance whose class has a Python `__len__`:
            // its frame is pushed with the instance (`ReturnAction::Len`).
            (CallLenInstance, "CALL_LEN_INSTANCE", Count, |a: u32| -1 - a as i32, |a: u32| a + 2),
            // `for` over an instance whose class has a Python `__next__`:
            // its frame is pushed over a copy of the iterator
            // (`ReturnAction::ForIterNext`: a StopIteration it raises ends
            // the loop).
            (ForIterInstance, "FOR_ITER_INSTANCE", Jump, |_a: u32| 1, |_a: u32| 1),
            // `dict[key]`, `dict[key] = value`, `key in dict` or `key in
            // set` with an instance key whose class has a Python
            // `__hash__`: its frame is pushed over a copy of the key
            // (`ReturnAction::KeyHash`; the lookup may push a stored key's
            // `__eq__` frame: `interp::key_frames`).
            (BinarySubscrDictHash, "BINARY_SUBSCR_DICT_HASH", None, |_a: u32| -1, |_a: u32| 2),
            (StoreSubscrDictHash, "STORE_SUBSCR_DICT_HASH", None, |_a: u32| -3, |_a: u32| 3),
            (ContainsOpHash, "CONTAINS_OP_HASH", Count, |_a: u32| -1, |_a: u32| 2),
            // ----- superinstructions (made at load, never stored) -----
            // The first instruction of a pair, marked to say the next one is
            // the second (`Opcode::unfused` is the first's opcode). Tier 1's
            // normal copy runs both in one dispatch; the recording copy and
            // everything else see the first alone, then the second, which
            // stays in place (a jump may land on it).
            (LoadFastLoadFast, "LOAD_FAST__LOAD_FAST", Local, |_a: u32| 1, |_a: u32| 0),
            (LoadFastLoadConst, "LOAD_FAST__LOAD_CONST", Local, |_a: u32| 1, |_a: u32| 0),
            (StoreFastLoadFast, "STORE_FAST__LOAD_FAST", Local, |_a: u32| -1, |_a: u32| 1),
            (StoreFastStoreFast, "STORE_FAST__STORE_FAST", Local, |_a: u32| -1, |_a: u32| 1),
            (LoadConstLoadFast, "LOAD_CONST__LOAD_FAST", Const, |_a: u32| 1, |_a: u32| 0),
            // `return CONST` (CPython 3.12's RETURN_CONST).
            (LoadConstReturnValue, "LOAD_CONST__RETURN_VALUE", Const, |_a: u32| 1, |_a: u32| 0),
            (LoadFastReturnValue, "LOAD_FAST__RETURN_VALUE", Local, |_a: u32| 1, |_a: u32| 0),
            // `obj.attr` of a local (the second a `LOAD_ATTR`, maybe specialized).
            (LoadFastLoadAttr, "LOAD_FAST__LOAD_ATTR", Local, |_a: u32| 1, |_a: u32| 0),
        }
    };
}

/// Appends the `array` module's entries (feature `array-module`) to a
/// table: `opcodes`, `specializations`, `uops` or `runtime_fns` (the JIT's). Without the feature the
/// tables are unchanged, so firmware has neither the forms nor their
/// code. (They come last: no stored opcode is renumbered.)
#[cfg(feature = "array-module")]
#[doc(hidden)]
#[macro_export]
macro_rules! with_array_entries {
    (opcodes $m:ident; $($t:tt)*) => {
        $m! {
            $($t)*
            // `array[int]` and `array[int] = v` on an exact `array.array`
            // (its packed items read or written in place, no call).
            (BinarySubscrArrayInt, "BINARY_SUBSCR_ARRAY_INT", None, |_a: u32| -1, |_a: u32| 2),
            (StoreSubscrArrayInt, "STORE_SUBSCR_ARRAY_INT", None, |_a: u32| -3, |_a: u32| 3),
        }
    };
    (specializations $m:ident; $($t:tt)*) => {
        $m! {
            $($t)*
            (BinarySubscrArrayInt, BinarySubscr, [SubscrArrayInt]),
            (StoreSubscrArrayInt, StoreSubscr, [StoreArrayInt]),
        }
    };
    (runtime_fns $m:ident; $($t:tt)*) => {
        $m! {
            $($t)*
            // `BINARY_SUBSCR_ARRAY_INT` / `STORE_SUBSCR_ARRAY_INT` (array, index[, value]).
            (ArrayGet, "array_get", 2, Ty::Any),
            (ArraySet, "array_set", 3, Ty::Void),
        }
    };
    (uops $m:ident; $($t:tt)*) => {
        $m! {
            $($t)*
            // Each checks its operands itself (an exact array, an int
            // index in range, for a store a value converted without
            // running code) and deoptimizes otherwise.
            (SubscrArrayInt, "_BINARY_SUBSCR_ARRAY_INT", Action, subscr_array_int),
            (StoreArrayInt, "_STORE_SUBSCR_ARRAY_INT", Action, store_array_int),
        }
    };
}

/// (Without `array-module`: the tables as they are.)
#[cfg(not(feature = "array-module"))]
#[doc(hidden)]
#[macro_export]
macro_rules! with_array_entries {
    ($table:ident $m:ident; $($t:tt)*) => {
        $m! { $($t)* }
    };
}

macro_rules! define_opcodes {
    ($(($variant:ident, $name:literal, $kind:ident, $effect:expr, $inputs:expr)),* $(,)?) => {
        /// A bytecode operation.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $(
                #[doc = $name]
                $variant,
            )*
        }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant),*];

            /// The disassembler's name.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$variant => $name,)* }
            }

            /// What the operand means.
            #[inline]
            pub fn arg_kind(self) -> ArgKind {
                match self { $(Opcode::$variant => ArgKind::$kind,)* }
            }

            /// Net stack effect of executing it with operand `arg` (the
            /// fall-through path for jumps; `FOR_ITER`'s exit path pops one).
            pub fn stack_effect(self, arg: u32) -> i32 {
                match self { $(Opcode::$variant => ($effect)(arg),)* }
            }

            /// How many operand-stack items it reads or consumes (the depth
            /// it needs before it runs).
            pub fn stack_inputs(self, arg: u32) -> u32 {
                match self { $(Opcode::$variant => ($inputs)(arg),)* }
            }

            /// True if the operand indexes the names table (usable in constant tables).
            pub const fn has_name_arg(self) -> bool {
                match self { $(Opcode::$variant => matches!(ArgKind::$kind, ArgKind::Name),)* }
            }

            /// Decodes an opcode byte.
            #[cfg_attr(not(feature = "small-code"), inline(always))]
            pub fn from_u8(b: u8) -> Option<Opcode> {
                // Every opcode's discriminant is its index in `ALL` (checked
                // below), so a byte below `ALL.len()` is a discriminant:
                // decoding is one range check, no table load. (Indexing in
                // a constant cannot panic at run time: `i` is in range.)
                #[allow(clippy::indexing_slicing)]
                const _: () = {
                    let mut i = 0;
                    while i < Opcode::ALL.len() {
                        assert!(Opcode::ALL[i] as usize == i);
                        i += 1;
                    }
                };
                if (b as usize) < Self::ALL.len() {
                    // SAFETY: `Opcode` is `repr(u8)` with the discriminants
                    // `0..ALL.len()` (the assertion above), and `b` is one of them.
                    Some(unsafe { core::mem::transmute::<u8, Opcode>(b) })
                } else {
                    None
                }
            }
        }
    };
}

for_each_opcode!(define_opcodes);

impl Opcode {
    /// The superinstruction for `first` followed by `second`, if there is one.
    pub fn fused(first: Opcode, second: Opcode) -> Option<Opcode> {
        match (first, second) {
            (Opcode::LoadFast, Opcode::LoadFast) => Some(Opcode::LoadFastLoadFast),
            (Opcode::LoadFast, Opcode::LoadConst) => Some(Opcode::LoadFastLoadConst),
            (Opcode::StoreFast, Opcode::LoadFast) => Some(Opcode::StoreFastLoadFast),
            (Opcode::StoreFast, Opcode::StoreFast) => Some(Opcode::StoreFastStoreFast),
            (Opcode::LoadConst, Opcode::LoadFast) => Some(Opcode::LoadConstLoadFast),
            (Opcode::LoadConst, Opcode::ReturnValue) => Some(Opcode::LoadConstReturnValue),
            (Opcode::LoadFast, Opcode::ReturnValue) => Some(Opcode::LoadFastReturnValue),
            (Opcode::LoadFast, Opcode::LoadAttr) => Some(Opcode::LoadFastLoadAttr),
            _ => None,
        }
    }

    /// The instruction a superinstruction starts with (itself for the others).
    #[inline]
    pub fn unfused(self) -> Opcode {
        match self {
            Opcode::LoadFastLoadFast
            | Opcode::LoadFastLoadConst
            | Opcode::LoadFastReturnValue
            | Opcode::LoadFastLoadAttr => Opcode::LoadFast,
            Opcode::StoreFastLoadFast | Opcode::StoreFastStoreFast => Opcode::StoreFast,
            Opcode::LoadConstLoadFast | Opcode::LoadConstReturnValue => Opcode::LoadConst,
            other => other,
        }
    }

    /// True if the operand is a jump target.
    pub fn is_jump(self) -> bool {
        self.arg_kind() == ArgKind::Jump
    }
}

/// Invokes `$m!` with every specializable family: `(Generic, cache_units)`.
/// The inline cache follows the instruction; its first unit is the
/// warm-up/back-off counter, the rest belong to the specialized forms.
#[macro_export]
macro_rules! for_each_family {
    ($m:ident) => {
        $m! {
            (BinaryOp, 1),
            (CompareOp, 1),
            (LoadGlobal, 3),
            (LoadAttr, 9),
            (LoadMethod, 9),
            (StoreAttr, 9),
            (Call, 4),
            (ForIter, 1),
            (BinarySubscr, 1),
            (StoreSubscr, 1),
            (UnpackSequence, 1),
            (ContainsOp, 1),
            (ToBool, 3),
            (Send, 1),
        }
    };
}

/// Invokes `$m!` with every specialized form: `(Specialized, Generic,
/// [uops...])`. Guards come first, then actions; tier 1 runs exactly this
/// uop sequence, and so will the recorder and the trace backends.
#[macro_export]
macro_rules! for_each_specialization {
    ($m:ident) => {
        $crate::with_array_entries! { specializations $m;
            (BinaryOpAddInt, BinaryOp, [GuardBothInt, AddInt]),
            (BinaryOpSubInt, BinaryOp, [GuardBothInt, SubInt]),
            (BinaryOpMulInt, BinaryOp, [GuardBothInt, MulInt]),
            (BinaryOpBitInt, BinaryOp, [GuardBothInt, BitInt]),
            (BinaryOpDivModInt, BinaryOp, [GuardBothInt, DivModInt]),
            (BinaryOpAddFloat, BinaryOp, [GuardBothFloat, AddFloat]),
            (BinaryOpSubFloat, BinaryOp, [GuardBothFloat, SubFloat]),
            (BinaryOpMulFloat, BinaryOp, [GuardBothFloat, MulFloat]),
            (BinaryOpDivFloat, BinaryOp, [GuardBothFloat, DivFloat]),
            (BinaryOpInstance, BinaryOp, [GuardBinaryDunder, BinaryDunderFrame]),
            (CompareOpInt, CompareOp, [GuardBothInt, CompareInt]),
            (CompareOpFloat, CompareOp, [GuardBothFloat, CompareFloat]),
            (LoadGlobalModule, LoadGlobal, [LoadGlobalModuleSlot]),
            (LoadGlobalBuiltin, LoadGlobal, [GuardGlobalsKeys, LoadGlobalBuiltinSlot]),
            (LoadAttrInstance, LoadAttr, [GuardSlotShape, LoadAttrSlot]),
            (LoadMethodInstance, LoadMethod, [GuardInstanceShape, LoadMethodCached]),
            (LoadMethodBuiltin, LoadMethod, [GuardBuiltinType, LoadMethodCached]),
            (StoreAttrInstance, StoreAttr, [GuardStoreShape, StoreAttrSlot]),
            (CallPyExactArgs, Call, [GuardSimpleFunction, CallPyExact]),
            (CallPyGen, Call, [GuardGeneratorFunction, MakeGenerator]),
            (ForIterRange, ForIter, [GuardRangeIter, ForIterRangeNext]),
            (ForIterList, ForIter, [GuardListIter, ForIterListNext]),
            (BinarySubscrListInt, BinarySubscr, [GuardListInt, SubscrListInt]),
            (BinarySubscrTupleInt, BinarySubscr, [GuardTupleInt, SubscrTupleInt]),
            (BinarySubscrDict, BinarySubscr, [GuardDict, SubscrDict]),
            (StoreSubscrListInt, StoreSubscr, [GuardStoreListInt, StoreListInt]),
            (StoreSubscrDict, StoreSubscr, [GuardStoreDict, StoreDict]),
            (UnpackSequenceTwoTuple, UnpackSequence, [GuardTupleLen, UnpackTuple]),
            (UnpackSequenceTuple, UnpackSequence, [GuardTupleLen, UnpackTuple]),
            (UnpackSequenceList, UnpackSequence, [GuardListLen, UnpackList]),
            (ContainsOpDict, ContainsOp, [GuardContainsDict, ContainsDict]),
            (CallBuiltin, Call, [GuardCallee, CallNative]),
            (CallLen, Call, [GuardCallee, CallLenFast]),
            (CallAllocAndEnterInit, Call, [GuardClassInit, CallInitFrame]),
            (BinaryOpAddStr, BinaryOp, [GuardBothStr, AddStr]),
            (BinarySubscrStrInt, BinarySubscr, [GuardStrInt, SubscrStrInt]),
            (CompareOpStr, CompareOp, [GuardBothStr, CompareStr]),
            (LoadAttrClass, LoadAttr, [GuardClassVersion, LoadAttrClassEntry]),
            (LoadAttrModule, LoadAttr, [GuardModuleKeys, LoadAttrModuleSlot]),
            (CallIsinstance, Call, [GuardCallee, GuardIsinstanceArgs, CallIsinstanceFast]),
            (ForIterTuple, ForIter, [GuardTupleIter, ForIterTupleNext]),
            (ContainsOpSet, ContainsOp, [GuardContainsSet, ContainsSet]),
            (ContainsOpStr, ContainsOp, [GuardBothStr, ContainsStr]),
            (ContainsOpList, ContainsOp, [GuardContainsList, ContainsList]),
            (ForIterGen, ForIter, [GuardGenerator, ForIterGenFrame]),
            (CallBuiltinClass, Call, [GuardCallee, CallNative]),
            (StoreAttrInstanceAdd, StoreAttr, [GuardStoreAdd, StoreAttrAdd]),
            (ToBoolBool, ToBool, [GuardTosBool]),
            (ToBoolInt, ToBool, [GuardTosInt, ToBoolNative]),
            (ToBoolNone, ToBool, [GuardTosNone, ToBoolNative]),
            (ToBoolList, ToBool, [GuardBuiltinType, ToBoolNative]),
            (ToBoolStr, ToBool, [GuardBuiltinType, ToBoolNative]),
            (ToBoolAlwaysTrue, ToBool, [GuardTosClassVersion, ReplaceWithTrue]),
            (SendGen, Send, [GuardSendGenerator, SendGenFrame]),
            (CallGen, Call, [GuardCallGen, CallGenFrame]),
            (LoadAttrProperty, LoadAttr, [GuardPropertyClass, PropertyFrame]),
            (BinarySubscrInstance, BinarySubscr, [GuardSubscrInstance, SubscrDunderFrame]),
            (CompareOpInstance, CompareOp, [GuardBinaryDunder, CompareDunderFrame]),
            (ContainsOpInstance, ContainsOp, [GuardContainsInstance, ContainsDunderFrame]),
            (StoreSubscrInstance, StoreSubscr, [GuardSetitemInstance, SetitemDunderFrame]),
            (CallLenInstance, Call, [GuardCallee, LenDunderFrame]),
            (ForIterInstance, ForIter, [GuardNextInstance, NextDunderFrame]),
            (BinarySubscrDictHash, BinarySubscr, [GuardSubscrKeyHash, SubscrKeyHashFrame]),
            (StoreSubscrDictHash, StoreSubscr, [GuardStoreKeyHash, StoreKeyHashFrame]),
            (ContainsOpHash, ContainsOp, [GuardContainsKeyHash, ContainsKeyHashFrame]),
        }
    };
}

macro_rules! define_family_info {
    ($(($generic:ident, $cache:expr)),* $(,)?) => {
        impl Opcode {
            /// Code units of inline cache after the generic instruction of a family.
            const fn family_cache(self) -> usize {
                match self { $(Opcode::$generic => $cache,)* _ => 0 }
            }
        }
    };
}
for_each_family!(define_family_info);

macro_rules! define_specialization_info {
    ($(($spec:ident, $generic:ident, [$($uop:ident),*])),* $(,)?) => {
        impl Opcode {
            /// The generic instruction a specialized form belongs to (itself for generic ones).
            #[inline]
            pub const fn family(self) -> Opcode {
                match self { $(Opcode::$spec => Opcode::$generic,)* other => other }
            }

            /// True for a specialized form.
            #[inline]
            pub fn is_specialized(self) -> bool {
                self.family() != self
            }

            /// `cache_size` usable in constant tables. Back edges carry one
            /// unit: the hot-loop counter, or the trace they enter.
            pub const fn cache_size_const(self) -> usize {
                match self {
                    Opcode::JumpBackward | Opcode::EnterExecutor => 1,
                    _ => self.family().family_cache(),
                }
            }

            /// The uops a specialized form runs (empty for generic instructions).
            pub fn uops(self) -> &'static [$crate::uop::Uop] {
                match self { $(Opcode::$spec => &[$($crate::uop::Uop::$uop),*],)* _ => &[] }
            }
        }
    };
}
for_each_specialization!(define_specialization_info);

impl Opcode {
    /// Code units of inline cache that follow this instruction.
    #[inline]
    pub fn cache_size(self) -> usize {
        self.cache_size_const()
    }
}

/// Packs an instruction into a code unit.
#[inline]
pub fn encode(op: Opcode, arg: u32) -> u32 {
    debug_assert!(arg < (1 << 24));
    (op as u32) | (arg << 8)
}

/// Splits a code unit into its opcode byte and operand.
#[inline]
pub fn decode(unit: u32) -> (u8, u32) {
    ((unit & 0xff) as u8, unit >> 8)
}

/// The largest operand an instruction can carry.
pub const MAX_ARG: u32 = (1 << 24) - 1;

macro_rules! define_binary_ops {
    ($(($variant:ident, $sym:literal, $dunder:literal, $rdunder:literal, $idunder:literal)),* $(,)?) => {
        /// Binary operators, as `BINARY_OP`'s operand (plus [`INPLACE_FLAG`] for `op=`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum BinaryOp { $(#[doc = $sym] $variant,)* }

        impl BinaryOp {
            /// Every operator, in operand order.
            pub const ALL: &'static [BinaryOp] = &[$(BinaryOp::$variant),*];
            /// The operator's symbol, as in error messages (`+`).
            pub fn symbol(self) -> &'static str { match self { $(BinaryOp::$variant => $sym,)* } }
            /// The forward dunder (`__add__`).
            pub fn dunder(self) -> &'static str { match self { $(BinaryOp::$variant => $dunder,)* } }
            /// The reflected dunder (`__radd__`).
            pub fn rdunder(self) -> &'static str { match self { $(BinaryOp::$variant => $rdunder,)* } }
            /// The in-place dunder (`__iadd__`).
            pub fn idunder(self) -> &'static str { match self { $(BinaryOp::$variant => $idunder,)* } }
        }
    };
}

define_binary_ops! {
    (Add, "+", "__add__", "__radd__", "__iadd__"),
    (Sub, "-", "__sub__", "__rsub__", "__isub__"),
    (Mul, "*", "__mul__", "__rmul__", "__imul__"),
    (TrueDiv, "/", "__truediv__", "__rtruediv__", "__itruediv__"),
    (FloorDiv, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    (Mod, "%", "__mod__", "__rmod__", "__imod__"),
    (Pow, "**", "__pow__", "__rpow__", "__ipow__"),
    (LShift, "<<", "__lshift__", "__rlshift__", "__ilshift__"),
    (RShift, ">>", "__rshift__", "__rrshift__", "__irshift__"),
    (And, "&", "__and__", "__rand__", "__iand__"),
    (Or, "|", "__or__", "__ror__", "__ior__"),
    (Xor, "^", "__xor__", "__rxor__", "__ixor__"),
    (MatMul, "@", "__matmul__", "__rmatmul__", "__imatmul__"),
}

/// Set in `LIST_EXTEND`'s operand when it builds a call's `*args` (for error messages).
pub const CALL_CONTEXT: u32 = 0x100;

/// Set in `BINARY_OP`'s operand for augmented assignment (`+=`).
pub const INPLACE_FLAG: u32 = 0x80;

impl BinaryOp {
    /// Decodes `BINARY_OP`'s operand into the operator and the in-place flag.
    pub fn from_arg(arg: u32) -> Option<(BinaryOp, bool)> {
        let op = *Self::ALL.get((arg & !INPLACE_FLAG) as usize)?;
        Some((op, arg & INPLACE_FLAG != 0))
    }
}

/// Set in `COMPARE_OP`'s operand when a conditional jump consumes the
/// result: the generic instruction then pushes `bool(result)` (the
/// specialized forms produce bools anyway), so no `TO_BOOL` is needed.
pub const COMPARE_BOOL_FLAG: u32 = 0x10;

/// Rich comparison operators, as `COMPARE_OP`'s operand (plus [`COMPARE_BOOL_FLAG`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CompareOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CompareOp {
    /// Every operator, in operand order.
    pub const ALL: &'static [CompareOp] =
        &[CompareOp::Lt, CompareOp::Le, CompareOp::Eq, CompareOp::Ne, CompareOp::Gt, CompareOp::Ge];

    /// The symbol, as in error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// The dunder method (`__lt__`).
    pub fn dunder(self) -> &'static str {
        match self {
            CompareOp::Lt => "__lt__",
            CompareOp::Le => "__le__",
            CompareOp::Eq => "__eq__",
            CompareOp::Ne => "__ne__",
            CompareOp::Gt => "__gt__",
            CompareOp::Ge => "__ge__",
        }
    }

    /// The operator with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    /// Decodes `COMPARE_OP`'s operand (the operator; see [`CompareOp::coerces_to_bool`] for the flag).
    pub fn from_arg(arg: u32) -> Option<CompareOp> {
        Self::ALL.get((arg & !COMPARE_BOOL_FLAG) as usize).copied()
    }

    /// True if `COMPARE_OP`'s operand asks for the result as a bool ([`COMPARE_BOOL_FLAG`]).
    pub fn coerces_to_bool(arg: u32) -> bool {
        arg & COMPARE_BOOL_FLAG != 0
    }

    /// Whether an ordering satisfies the operator.
    pub fn test(self, ord: core::cmp::Ordering) -> bool {
        use core::cmp::Ordering::*;
        match self {
            CompareOp::Lt => ord == Less,
            CompareOp::Le => ord != Greater,
            CompareOp::Eq => ord == Equal,
            CompareOp::Ne => ord != Equal,
            CompareOp::Gt => ord == Greater,
            CompareOp::Ge => ord != Less,
        }
    }
}
