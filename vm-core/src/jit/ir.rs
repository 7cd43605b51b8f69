//! The typed SSA trace IR: what the optimizer works on and the backends
//! compile.
//!
//! A trace is a straight line of instructions; each defines at most one
//! value (its index), so a forward walk sees every definition before its
//! uses. `Loop` jumps back to instruction 0 with every value recomputed,
//! or, in a peeled loop (`opt::peel_loop`), to the instruction after the
//! `loop_header`, with the loop-carried values its operands name.
//!
//! Frames stay real unless a call runs inline, and fast locals are written
//! through (`StoreLocal` stores at once) except where `opt::virtual_locals`
//! keeps them as values, so the state a guard must restore is the top
//! frame's operand stack and position, those locals, and the frames of
//! calls run inline: its [`Snapshot`]. The operand stack is kept virtual between
//! synchronization points: the first `keep` entries are in memory, the rest
//! are IR values; `Sync` writes them, and every instruction that runs
//! arbitrary code (`Exec`, `Truthy`) is preceded by one, so the garbage
//! collector sees every live value.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use crate::bytecode::opcode::{CompareOp, Opcode};
use crate::runtime::value::Value;

/// An IR value: the index of the instruction that defines it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ValueId(pub u32);

/// What the optimizer knows of a value's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// Nothing known.
    Any,
    /// A small int.
    Int,
    /// A float.
    Float,
    /// A bool.
    Bool,
    /// `None`.
    NoneT,
    /// A heap object.
    Obj,
    /// The instruction defines no value.
    Void,
}

impl Ty {
    /// The type of a concrete value.
    pub fn of(v: Value) -> Ty {
        match v {
            Value::Int(_) => Ty::Int,
            Value::Float(_) => Ty::Float,
            Value::Bool(_) => Ty::Bool,
            Value::None => Ty::NoneT,
            Value::Obj(_) => Ty::Obj,
            Value::Null => Ty::Any,
        }
    }

    /// True if `v` has this type.
    pub fn matches(self, v: Value) -> bool {
        self == Ty::Any || Ty::of(v) == self
    }

    /// The IR text name.
    pub fn name(self) -> &'static str {
        match self {
            Ty::Any => "any",
            Ty::Int => "int",
            Ty::Float => "float",
            Ty::Bool => "bool",
            Ty::NoneT => "none",
            Ty::Obj => "obj",
            Ty::Void => "void",
        }
    }

    /// Parses an IR text name.
    pub fn from_name(s: &str) -> Option<Ty> {
        [Ty::Any, Ty::Int, Ty::Float, Ty::Bool, Ty::NoneT, Ty::Obj, Ty::Void].into_iter().find(|t| t.name() == s)
    }
}

/// The built-in types `GuardKind` tells apart (exactly the type:
/// instances of subclasses are other kinds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `list`
    List,
    /// `tuple`
    Tuple,
    /// `str`
    Str,
    /// `dict`
    Dict,
    /// `range` (with small-int bounds)
    Range,
    /// `set` or `frozenset`
    Set,
    /// A built-in iterator (`Obj::Iter`: over a sequence, range, dict,
    /// `enumerate`, `zip`, ...), which `iter()` gives back as it is.
    Iter,
}

impl Kind {
    /// The IR text name.
    pub fn name(self) -> &'static str {
        match self {
            Kind::List => "list",
            Kind::Tuple => "tuple",
            Kind::Str => "str",
            Kind::Dict => "dict",
            Kind::Range => "range",
            Kind::Set => "set",
            Kind::Iter => "iterator",
        }
    }

    /// The heap object kind (its kind byte).
    pub fn obj_kind(self) -> crate::runtime::object::ObjKind {
        use crate::runtime::object::ObjKind;
        match self {
            Kind::List => ObjKind::List,
            Kind::Tuple => ObjKind::Tuple,
            Kind::Str => ObjKind::Str,
            Kind::Dict => ObjKind::Dict,
            Kind::Range => ObjKind::Range,
            Kind::Set => ObjKind::Set,
            Kind::Iter => ObjKind::Iter,
        }
    }
}

/// Invokes `$m!` with the runtime functions `Op::Runtime` calls:
/// `(Variant, "name", operands, result type)`. Each takes its operands as
/// values (their kinds guarded before), runs no Python code, and either
/// gives its result or makes the trace exit before the instruction
/// (tier 1 then runs it, and raises what it raises).
macro_rules! for_each_runtime_fn {
    ($m:ident) => {
        $crate::with_array_entries! { runtime_fns $m;
            (DictGet, "dict_get", 2, Ty::Any),
            (DictSet, "dict_set", 3, Ty::Void),
            (DictIn, "dict_in", 2, Ty::Bool),
            (DictNotIn, "dict_not_in", 2, Ty::Bool),
            (StrConcat, "str_concat", 2, Ty::Obj),
            (StrItem, "str_item", 2, Ty::Obj),
            (StrEq, "str_eq", 2, Ty::Bool),
            (StrNe, "str_ne", 2, Ty::Bool),
            (StrIn, "str_in", 2, Ty::Bool),
            (StrNotIn, "str_not_in", 2, Ty::Bool),
            (Len, "len", 1, Ty::Int),
            (ListAppend, "list_append", 2, Ty::NoneT),
            (DictGetOr, "dict_get_or", 3, Ty::Any),
            (SetIn, "set_in", 2, Ty::Bool),
            (SetNotIn, "set_not_in", 2, Ty::Bool),
            (SetAdd, "set_add", 2, Ty::NoneT),
            (SetCompare, "set_compare", 3, Ty::Bool),
            (SetBinop, "set_binop", 3, Ty::Obj),
            (DictGetHashed, "dict_get_hashed", 3, Ty::Any),
            (DictSetHashed, "dict_set_hashed", 4, Ty::Void),
            (KeyInHashed, "key_in_hashed", 3, Ty::Bool),
            (KeyNotInHashed, "key_not_in_hashed", 3, Ty::Bool),
            (KeyEqCandidate, "key_eq_candidate", 3, Ty::Obj),
            (DictGetPair, "dict_get_pair", 3, Ty::Any),
            (DictInPair, "dict_in_pair", 3, Ty::Bool),
            (DictNotInPair, "dict_not_in_pair", 3, Ty::Bool),
            (ListPop, "list_pop", 1, Ty::Any),
            (ListPopAt, "list_pop_at", 2, Ty::Any),
            (IntOfFloat, "int_of_float", 1, Ty::Int),
            (Tuple1, "tuple1", 1, Ty::Obj),
            (Tuple2, "tuple2", 2, Ty::Obj),
            (Tuple3, "tuple3", 3, Ty::Obj),
            (IterSeq, "iter_seq", 1, Ty::Obj),
            (IterRange, "iter_range", 1, Ty::Obj),
            (IterDone, "iter_done", 1, Ty::Void),
            (RangeIter, "range_iter", 2, Ty::Obj),
            (RangeIterRev, "range_iter_rev", 2, Ty::Obj),
            (YieldFromGen, "yield_from_gen", 1, Ty::Obj),
            (List0, "list0", 0, Ty::Obj),
            (List1, "list1", 1, Ty::Obj),
            (List2, "list2", 2, Ty::Obj),
            (List3, "list3", 3, Ty::Obj),
            (StrLower, "str_lower", 1, Ty::Obj),
            (StrUpper, "str_upper", 1, Ty::Obj),
            (Slice, "slice", 3, Ty::Obj),
            (GetSlice, "get_slice", 4, Ty::Obj),
            (SetSlice, "set_slice", 5, Ty::Void),
            (MakeFunction, "make_function", 6, Ty::Obj),
        }
    };
}

macro_rules! define_runtime_fns {
    ($(($variant:ident, $name:literal, $arity:expr, $ty:expr)),* $(,)?) => {
        /// A runtime function a trace calls on values (`Op::Runtime`; see
        /// `backend::runtime_call` for what each computes).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum RuntimeFn {
            $(
                #[doc = concat!("`", $name, "`")]
                $variant,
            )*
        }

        impl RuntimeFn {
            /// Every function, by discriminant.
            pub const ALL: &'static [RuntimeFn] = &[$(RuntimeFn::$variant),*];
            /// The most operands any takes.
            pub const MAX_ARITY: usize = {
                let arities = [$($arity),*];
                let (mut max, mut i) = (0, 0);
                while i < arities.len() {
                    if arities[i] > max {
                        max = arities[i];
                    }
                    i += 1;
                }
                max
            };
            /// The IR text name.
            pub fn name(self) -> &'static str {
                match self { $(RuntimeFn::$variant => $name,)* }
            }
            /// How many operands it takes.
            pub fn arity(self) -> usize {
                match self { $(RuntimeFn::$variant => $arity,)* }
            }
            /// The type of its result (`Void`: none).
            pub fn ty(self) -> Ty {
                match self { $(RuntimeFn::$variant => $ty,)* }
            }
        }
    };
}
for_each_runtime_fn!(define_runtime_fns);

impl RuntimeFn {
    /// True for the functions that only make a new object from their
    /// operands (`tuple1`..`tuple3`, `list0`..`list3`, `slice`,
    /// `iter_seq`, `range_iter`, `range_iter_rev`, `make_function`): with nothing using
    /// the object, no instruction and no exit, `dce` removes the call.
    pub fn only_allocates(self) -> bool {
        self.makes().is_some()
    }

    /// What the functions that only make an object make of their operands.
    pub fn makes(self) -> Option<VirtualKind> {
        use RuntimeFn::*;
        match self {
            Tuple1 | Tuple2 | Tuple3 => Some(VirtualKind::Tuple),
            List0 | List1 | List2 | List3 => Some(VirtualKind::List),
            Slice => Some(VirtualKind::Slice),
            IterSeq => Some(VirtualKind::SeqIter { index: 0 }),
            MakeFunction => Some(VirtualKind::Function),
            RangeIter => Some(VirtualKind::RangeIter { index: 0, reverse: false }),
            RangeIterRev => Some(VirtualKind::RangeIter { index: 0, reverse: true }),
            _ => None,
        }
    }
}

/// (For tables per runtime function elsewhere: the native entry points.)
#[cfg(target_arch = "x86_64")]
pub(crate) use for_each_runtime_fn;

/// The built-in iterators `IterNext` steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IterKind {
    /// Over a `range` (values are small ints).
    Range,
    /// Over a `list`.
    List,
    /// Over a `tuple`.
    Tuple,
    /// Over a `dict`'s keys, values or items (a dict that changed size
    /// exits, and tier 1 raises).
    Dict,
    /// Over a `str`'s characters.
    Str,
    /// `enumerate()` of an iterator of another kind here (its items new
    /// tuples).
    Enumerate,
    /// The `__getitem__` iterator over an exact `array.array` (feature
    /// `array-module`; never recorded without it).
    Array,
    /// Over a `set` or `frozenset` (one that changed size exits, and tier
    /// 1 raises).
    Set,
}

impl IterKind {
    /// Every kind, by discriminant.
    pub const ALL: [IterKind; 8] = [
        IterKind::Range,
        IterKind::List,
        IterKind::Tuple,
        IterKind::Dict,
        IterKind::Str,
        IterKind::Enumerate,
        IterKind::Array,
        IterKind::Set,
    ];

    /// The IR text name.
    pub fn name(self) -> &'static str {
        match self {
            IterKind::Range => "range",
            IterKind::List => "list",
            IterKind::Tuple => "tuple",
            IterKind::Dict => "dict",
            IterKind::Str => "str",
            IterKind::Enumerate => "enumerate",
            IterKind::Array => "array",
            IterKind::Set => "set",
        }
    }

    /// True for the iterators machine code steps in place (the others
    /// through a call: their items may be new objects).
    pub fn steps_inline(self) -> bool {
        matches!(self, IterKind::Range | IterKind::List | IterKind::Tuple)
    }
}

/// Integer operations on small ints. Whatever tier 1's specialized form
/// would not compute on small ints (overflow, division by zero, shifts out
/// of range, `i64::MIN // -1`) exits, and tier 1 computes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `<<` (shift counts 0..=62 without overflow)
    LShift,
    /// `>>` (shift counts 0..=63)
    RShift,
    /// `//` (floor division)
    FloorDiv,
    /// `%` (the result has the divisor's sign)
    Mod,
}

impl IntOp {
    /// The operation `BINARY_OP`'s operator is on small ints, if the IR has it.
    pub fn of(op: crate::bytecode::opcode::BinaryOp) -> Option<IntOp> {
        use crate::bytecode::opcode::BinaryOp as B;
        Some(match op {
            B::Add => IntOp::Add,
            B::Sub => IntOp::Sub,
            B::Mul => IntOp::Mul,
            B::And => IntOp::And,
            B::Or => IntOp::Or,
            B::Xor => IntOp::Xor,
            B::LShift => IntOp::LShift,
            B::RShift => IntOp::RShift,
            B::FloorDiv => IntOp::FloorDiv,
            B::Mod => IntOp::Mod,
            _ => return None,
        })
    }
}

/// Float operations (division by zero exits).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FloatOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
}

/// Invokes `$m!` with the IR operation table: `(Variant, "name", pure, guard)`.
/// Pure operations may be removed when unused; guards may exit.
macro_rules! for_each_ir_op {
    ($m:ident) => {
        $m! {
            (Const, "const", true, false),
            (LoadLocal, "load_local", true, false),
            (StoreLocal, "store_local", false, false),
            (LoadStack, "load_stack", true, false),
            (GuardType, "guard_type", false, true),
            (GuardNotNull, "guard_not_null", false, true),
            (GuardTrue, "guard_true", false, true),
            (GuardFalse, "guard_false", false, true),
            (IntArith, "int", false, true),
            (FloatArith, "float", false, true),
            (IntToFloat, "int_to_float", false, true),
            (FloatPow, "float_pow", false, true),
            (FloatNeg, "float_neg", true, false),
            (CompareInt, "cmp_int", true, false),
            (CompareFloat, "cmp_float", true, false),
            (Is, "is", true, false),
            (Truthy, "truthy", false, false),
            (GuardShape, "guard_shape", false, true),
            (GuardClass, "guard_class", false, true),
            (GuardKind, "guard_kind", false, true),
            (GuardLen, "guard_len", false, true),
            (GuardFunc, "guard_func", false, true),
            (LoadItem, "load_item", false, true),
            (StoreItem, "store_item", false, true),
            (IterNext, "iter_next", false, true),
            (RangeItem, "range_item", false, true),
            (LoadCell, "load_cell", false, true),
            (FuncCell, "func_cell", true, false),
            (StoreCell, "store_cell", false, true),
            (Runtime, "rt", false, true),
            (CallBuiltin, "call_builtin", false, false),
            (CallPy, "call_py", false, true),
            (ResumeGen, "resume_gen", false, true),
            (GuardGen, "guard_gen", false, true),
            (LoadGenValue, "gen_value", true, false),
            (StoreGenValue, "store_gen_value", false, false),
            (Yield, "yield", false, true),
            (Truth, "truth", true, false),
            (LoadSlot, "load_slot", true, false),
            (StoreSlot, "store_slot", false, false),
            (NewInstance, "new_instance", false, false),
            (Virtual, "virtual", true, false),
            (AddSlot, "add_slot", false, true),
            (LoadGlobal, "load_global", false, true),
            (Sync, "sync", false, false),
            (Exec, "exec", false, false),
            (Return, "return", false, false),
            (Uops, "uops", false, true),
            (GuardFrame, "guard_frame", false, true),
            (GuardSteppable, "guard_steppable", false, true),
            (GuardRoom, "guard_room", false, true),
            (CheckValid, "check_valid", false, true),
            (GuardGlobals, "guard_globals", false, true),
            (Safepoint, "safepoint", false, false),
            (LoopSafepoint, "loop_safepoint", false, true),
            (LoopHeader, "loop_header", false, false),
            (Exit, "exit", false, true),
            (StressExit, "stress_exit", false, true),
            (Loop, "loop", false, false),
        }
    };
}

/// An IR operation (operands are in [`Inst::args`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// A constant.
    Const(Value),
    /// The top frame's fast local `slot` (may be unbound: `Null`).
    LoadLocal(u32),
    /// `args[0]` into the top frame's fast local `slot` (written at once).
    StoreLocal(u32),
    /// The top frame's operand-stack entry `index` as it is in memory.
    LoadStack(u32),
    /// Exits unless `args[0]` has the type.
    GuardType(Ty),
    /// Exits if `args[0]` is unbound (`Null`).
    GuardNotNull,
    /// Exits unless `args[0]` is `True`.
    GuardTrue,
    /// Exits unless `args[0]` is `False`.
    GuardFalse,
    /// Int arithmetic on `args[0], args[1]`; exits on overflow.
    IntArith(IntOp),
    /// Float arithmetic on `args[0], args[1]`; exits on division by zero.
    FloatArith(FloatOp),
    /// `args[0]`, an int, as a float; exits unless it converts exactly
    /// (`-2**53 <= x < 2**53`).
    IntToFloat,
    /// `args[0] ** args[1]` on floats with CPython's special cases
    /// ([`eval_float_pow`]); exits where that raises (tier 1 raises).
    FloatPow,
    /// `-args[0]` of a float: its sign bit flipped (a NaN's too, as
    /// Python's `-x` does).
    FloatNeg,
    /// Int comparison -> bool.
    CompareInt(CompareOp),
    /// Float comparison -> bool (NaN compares unequal).
    CompareFloat(CompareOp),
    /// `args[0] is args[1]`, negated if set -> bool.
    Is(bool),
    /// `bool(args[0])` (may call `__bool__`/`__len__`; preceded by a sync);
    /// errors are raised with the frame at this position.
    Truthy(u32),
    /// Exits unless `args[0]` is a heap object of this class (`ObjRef`):
    /// `list`, `str`, or a user class, whose version is then an assumption
    /// (changing the class invalidates the trace).
    GuardClass(u32),
    /// Exits unless `args[0]` is a heap object of this built-in kind.
    GuardKind(Kind),
    /// Exits unless the list or tuple (its kind guarded before) holds
    /// exactly `n` items (`UNPACK_SEQUENCE`: another length exits before
    /// the instruction, and tier 1 raises).
    GuardLen(u32),
    /// Exits unless `args[0]` is a Python function whose code is the
    /// trace's code `code` and, with `globals`, whose globals are the top
    /// frame's (what an inlined call depends on: not the function object,
    /// which closures and lambdas make anew).
    GuardFunc {
        /// Index into the trace's codes.
        code: u32,
        /// Also check the globals (the callee loads globals through the caller's frame).
        globals: bool,
    },
    /// `args[0][args[1]]` for a list or tuple (a guard established which)
    /// and a small int (negative counts from the end); exits when out of
    /// range (tier 1 raises `IndexError`).
    LoadItem,
    /// `args[0][args[1]] = args[2]` for a list and a small int; exits when
    /// out of range.
    StoreItem,
    /// A runtime function on the operands (their kinds guarded): its
    /// result, or an exit before the instruction (tier 1 runs it).
    Runtime(RuntimeFn),
    /// `CALL_PY_EXACT_ARGS` with the callee guarded (its code, `self` or
    /// `NULL`) and the stack in memory: pushes its frame, the caller's
    /// standing at `next`; exits (before the call) if it cannot bind as
    /// guarded, raises `RecursionError` at the limit. The trace goes on in
    /// the callee.
    CallPy {
        /// Arguments after `self`/`NULL`.
        argc: u32,
        /// The caller's position after the instruction.
        next: u32,
        /// The callee's code (index into the trace's codes), as guarded:
        /// the top frame's from here on.
        code: u32,
    },
    /// `FOR_ITER_GEN` (or `SEND_GEN` with `send`: the value to send on
    /// top) with the stack in memory: resumes the generator under it,
    /// whose frame is pushed (the caller standing at `next`); exits before
    /// the instruction if it is finished (tier 1 then leaves the loop or
    /// ends the delegation). A frame guard follows (the generator resumes
    /// where it last yielded).
    ResumeGen {
        /// `SEND_GEN` (else `FOR_ITER_GEN`).
        send: bool,
        /// The instruction's exit target (where the generator's return goes).
        exit: u32,
        /// The caller's position after the instruction.
        next: u32,
    },
    /// Exits unless `args[0]` is a generator suspended at `pc` of the
    /// trace's code `code` with `values` saved values (its locals and
    /// operand stack): the state a generator region (`lower`, virtual
    /// generator frames) was recorded from.
    GuardGen {
        /// Index into the trace's codes.
        code: u32,
        /// Where the generator resumes.
        pc: u32,
        /// How many values its frame saved.
        values: u32,
    },
    /// Saved value `n` of the generator `args[0]` (guarded by `guard_gen`).
    LoadGenValue(u32),
    /// Sets saved value `n` of the generator `args[0]` to `args[1]` (the
    /// generator region's `yield`, which commits its frame).
    StoreGenValue(u32),
    /// `YIELD_VALUE` to a Python frame (`guard_steppable` before) with the
    /// stack in memory: suspends the generator, its position `next`, and
    /// pushes the value on its consumer's stack. Exits (state as is) if
    /// the top frame is not a generator's. A frame guard follows.
    Yield {
        /// The generator's position after the instruction.
        next: u32,
    },
    /// Calls the built-in function or class `func` (`ObjRef`) the way
    /// `CALL_BUILTIN` does, with the stack in memory ending with the
    /// callee, `self` or `NULL`, and `argc` arguments, which it pops; the
    /// frame stands at `next` while it runs (errors raise from there),
    /// and it may run any code. Its value is the result.
    CallBuiltin {
        /// The callee (`ObjRef`), guarded before.
        func: u32,
        /// Arguments after `self`/`NULL`.
        argc: u32,
        /// The position after the instruction.
        next: u32,
    },
    /// The next value of `args[0]`, an iterator of this kind (advancing
    /// it); exits (before the `FOR_ITER`, which tier 1 then runs) when it is
    /// another kind of object or exhausted.
    IterNext(IterKind),
    /// Item `args[2]` (a small int, counting from 0) of `range(args[0],
    /// args[1])`, or with `true` of `reversed()` of it; exits when there
    /// is no such item. A step of an iterator `sink` left unmade (see
    /// `backend::range_item`).
    RangeItem(bool),
    /// The value in the closure cell `args[0]`; exits (tier 1 raises)
    /// unless it is a cell holding a value.
    LoadCell,
    /// Stores `args[1]` into the closure cell `args[0]`; exits unless it is a cell.
    StoreCell,
    /// Closure cell `n` of the function `args[0]` (a `guard_func` proved it
    /// a function running code with at least `n + 1` free variables): how an
    /// inlined callee, which has no frame, reaches its free variables.
    FuncCell(u32),
    /// `bool(args[0])` for a value whose truth runs no Python code (a
    /// guard established its type or class): `Vm::truth_native`.
    Truth,
    /// Exits unless `args[0]` is an instance of the class with the shape
    /// (the class's version is an assumption: changing the class
    /// invalidates the trace).
    GuardShape {
        /// The class (`ObjRef`).
        class: u32,
        /// The instance shape.
        shape: u32,
    },
    /// Instance slot `n` of `args[0]` (an instance of a guarded shape).
    LoadSlot(u32),
    /// Stores `args[1]` into instance slot `n` of `args[0]`.
    StoreSlot(u32),
    /// A new instance of the class (`ObjRef`) with no attributes, as
    /// `CALL_ALLOC_AND_ENTER_INIT` allocates it before `__init__`.
    NewInstance(u32),
    /// An object the trace does not allocate (`opt::sink_allocations`):
    /// no code, no value at run time. Only snapshots name it, and each
    /// one that does describes it (`Snapshot::virtuals`), so its exit
    /// allocates it.
    Virtual,
    /// Adds an attribute: appends `args[1]` to the slots of the instance
    /// `args[0]` (a `guard_shape` proved its class and shape before) as
    /// slot `slot`, and moves it to `shape`, the transition tier 1 takes;
    /// exits (nothing stored) unless it has exactly `slot` slots.
    AddSlot {
        /// The new slot's index.
        slot: u32,
        /// The shape after the store (a `ShapeId`).
        shape: u32,
    },
    /// A global (the top frame's globals, or the builtins), read at `index`
    /// of the dict's entries; exits unless the key there is `name` (and, for
    /// builtins, unless the globals' keys version is still `keys`, so no
    /// global shadows it).
    LoadGlobal {
        /// Read the builtins instead of the globals.
        builtin: bool,
        /// Entry index.
        index: u32,
        /// The interned name (`ObjRef`).
        name: u32,
        /// For builtins: the globals' keys version.
        keys: u32,
    },
    /// Writes the virtual stack: keeps the first `keep` entries in memory,
    /// then pushes `args`.
    Sync(u32),
    /// Runs the instruction at `pc` of the top frame in tier 1 (the stack is
    /// in memory). `op` is the opcode recorded there, for printing and for
    /// passes that need to know what it may touch.
    Exec {
        /// Code-unit index of the instruction.
        pc: u32,
        /// The opcode recorded.
        op: Opcode,
    },
    /// `RETURN_VALUE` at `pc` with the stack in memory: pops the top frame
    /// directly when it simply returns to its Python caller (or is an
    /// `__init__` returning `None`), else runs the instruction in tier 1.
    Return(u32),
    /// Runs a specialized instruction's uops (`Opcode::uops`) through the
    /// uop table's functions, on the stack in memory, with the operands and
    /// inline cache recorded. A failed guard exits through the snapshot
    /// (before the instruction); a loop exit (`FOR_ITER` exhausted) leaves
    /// through `jump_exit` with the state as it is.
    Uops {
        /// The specialized form.
        op: Opcode,
        /// Its position.
        pc: u32,
        /// The position after it and its cache (where the frame stands while it runs).
        next: u32,
        /// Operand, name and cache as recorded.
        args: crate::uop::UopArgs,
        /// For forms that can leave a loop: the snapshot taken (state as it
        /// is) when execution goes the other way than recorded.
        jump_exit: Option<u32>,
        /// The recording left the loop here (the uops jumped).
        jumped: bool,
    },
    /// Exits (with the state as it is) unless the frame depth below the
    /// root, the top frame's code (index into the trace's code list) and
    /// its position are these.
    GuardFrame {
        /// Frames above the trace's root frame (negative: below it, after returns).
        depth: i32,
        /// Index into the trace's codes.
        code: u32,
        /// The expected position.
        pc: u32,
    },
    /// Exits unless the top frame hands its value to a Python frame when it
    /// returns or yields (a frame returning to native code ends the trace).
    GuardSteppable,
    /// Exits unless the recursion limit allows `n` more frames (a call
    /// inlined without a frame checks what pushing one would).
    GuardRoom(u32),
    /// Exits (state as it is) if the trace was invalidated.
    CheckValid,
    /// Exits unless the top frame's globals are this dict (`ObjRef`): the
    /// one whose entries the trace took as constants (see
    /// `Recording::constant_globals`).
    GuardGlobals(u32),
    /// A loop back edge's safepoint (interrupts, fuel, GC) with the frame
    /// at this position; the stack is in memory.
    Safepoint(u32),
    /// Leaves the trace through its snapshot.
    Exit,
    /// Testing only (`stress_exits`): counts down a per-trace counter and
    /// leaves through its snapshot (the next guard's) every `n`th time,
    /// so exit paths run where the guard itself would pass.
    StressExit(u32),
    /// The safepoint that ends a loop iteration (the stack is in memory,
    /// the frame at the loop's back edge, this position): when it has work
    /// (interrupts, fuel, the deadline, a collection, finalizers) it does
    /// it and then starts the trace again at instruction 0 (the frame at
    /// its snapshot's position, the loop header), or leaves through its
    /// snapshot if the trace was invalidated meanwhile. So nothing after
    /// it in the trace sees code run: values held across the back edge
    /// stay valid, and the loop's facts hold around it.
    LoopSafepoint(u32),
    /// Where a peeled loop's body starts (`opt::peel_loop`): the
    /// instructions before it are the first iteration, the preamble. Sets
    /// the frame at the loop header, this position, and counts the
    /// preamble's iteration.
    LoopHeader(u32),
    /// Jumps back with the frame at the loop header, this position (the
    /// stack is in memory; exits that keep the position "as is" may come
    /// before anything else sets it): to the instruction after the
    /// `loop_header` if there is one, else to instruction 0. Its operands
    /// are pairs `(p, s)`, the loop-carried values: at the jump each `p`
    /// (a value the preamble defined) takes the value `s` has, all at
    /// once, so that the next iteration sees as `p` what this one computed
    /// as `s`.
    Loop(u32),
}

/// One IR instruction.
#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    /// The operation.
    pub op: Op,
    /// Operands.
    pub args: Vec<ValueId>,
    /// The type of the value defined (`Void` if none).
    pub ty: Ty,
    /// For guards and exits: the state to resume tier 1 from.
    pub snapshot: Option<u32>,
}

/// What tier 1 resumes from when a guard fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// Where tier 1 resumes in the top frame (`None`: the position the
    /// frame holds already, after an `Exec`).
    pub pc: Option<u32>,
    /// Operand-stack entries already in memory.
    pub keep: u32,
    /// Values to push above them.
    pub stack: Vec<ValueId>,
    /// Frames above the trace's root (negative: below it).
    pub depth: i32,
    /// Index into the trace's code list of the top frame's code.
    pub code: u32,
    /// Bytecode instructions the trace completed before this exit (for
    /// the share of bytecode run in traces).
    pub done: u32,
    /// Calls the trace ran inline whose frames the exit pushes, outermost
    /// first (empty for most exits). `stack` then holds, after the top
    /// frame's operands up to the outermost call, each call's function, its
    /// `NULL` (when it has no `self`), its fast locals and its operand
    /// stack, as tier 1's value stack would; `pc` is the top frame's
    /// position after the outermost call.
    pub frames: Vec<InlinedFrame>,
    /// Fast locals of the trace's root frame that the trace keeps as values
    /// (`opt::virtual_locals`): `(slot, value)`, written into the frame
    /// first (the root frame is the top one there: such exits are never
    /// inside a frame the trace pushed).
    pub locals: Vec<(u32, ValueId)>,
    /// The objects the trace did not allocate (`Op::Virtual`) that the
    /// stack, the locals or each other hold here: the exit allocates them
    /// all, then fills their fields, then writes the stack and locals.
    pub virtuals: Vec<VirtualObject>,
}

impl Snapshot {
    /// Every value the exit needs: the stack's, the locals', then the
    /// virtual objects' and their fields.
    pub fn values(&self) -> impl Iterator<Item = ValueId> + '_ {
        self.stack
            .iter()
            .copied()
            .chain(self.locals.iter().map(|&(_, v)| v))
            .chain(self.virtuals.iter().flat_map(|o| core::iter::once(o.value).chain(o.fields.iter().copied())))
    }

    /// The same, to rewrite.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut ValueId> {
        self.stack
            .iter_mut()
            .chain(self.locals.iter_mut().map(|(_, v)| v))
            .chain(self.virtuals.iter_mut().flat_map(|o| core::iter::once(&mut o.value).chain(o.fields.iter_mut())))
    }

    /// The index in `virtuals` of the object `v` stands for, if it is one.
    pub fn virtual_index(&self, v: ValueId) -> Option<usize> {
        self.virtuals.iter().position(|o| o.value == v)
    }

    /// The fields an exit reads from values, in the order backends pass
    /// them: each virtual object's fields in turn, except those that are
    /// virtual objects themselves.
    pub fn virtual_fields(&self) -> impl Iterator<Item = ValueId> + '_ {
        self.virtuals.iter().flat_map(|o| o.fields.iter().copied()).filter(|f| self.virtual_index(*f).is_none())
    }
}

/// An object an exit allocates because the trace did not
/// (`opt::sink_allocations`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VirtualObject {
    /// The `Op::Virtual` value standing for it.
    pub value: ValueId,
    /// What it is.
    pub kind: VirtualKind,
    /// Its fields in order (slots, or items): values, or other virtual
    /// objects of the same snapshot.
    pub fields: Vec<ValueId>,
}

/// What a virtual object is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VirtualKind {
    /// An instance of the class (`ObjRef`) with the shape (`ShapeId`) its
    /// fields as slots give it.
    Instance {
        /// The class.
        class: u32,
        /// The shape.
        shape: u32,
    },
    /// A tuple of its fields.
    Tuple,
    /// A list of its fields.
    List,
    /// A slice of its fields (start, stop, step).
    Slice,
    /// An iterator over its one field, a list or tuple, at `index` (the
    /// trace stepped it `index` times: each `iter_next` on it became a
    /// `load_item` at a constant index).
    SeqIter {
        /// The next item's index.
        index: u32,
    },
    /// An iterator over `range(start, stop)` (its two fields; with
    /// `reverse`, over `reversed()` of it: `rt range_iter`,
    /// `range_iter_rev`) that has given `index` items (each step became a
    /// `range_item` at a constant index).
    RangeIter {
        /// Items given so far.
        index: u32,
        /// Counting down from `stop - 1`.
        reverse: bool,
    },
    /// A function (`MAKE_FUNCTION`, `rt make_function`) of its fields:
    /// code, globals, defaults (a tuple or None), keyword defaults (a dict
    /// or None), then the closure's cells, one field each.
    Function,
}

/// A frame an exit pushes for a call the trace ran inline without one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InlinedFrame {
    /// Index into the trace's codes of the callee's code.
    pub code: u32,
    /// Where the callee resumes.
    pub pc: u32,
    /// Operand-stack index (in the top frame's terms, as `keep`) of the
    /// function called; its fast locals start one or two entries above it.
    pub call_base: u32,
    /// The callee's first local is the `self` just above the function
    /// (a method call), instead of after a `NULL`.
    pub with_self: bool,
    /// For `CALL_ALLOC_AND_ENTER_INIT`: the `__init__` function (`ObjRef`;
    /// the function slot holds the class, as in tier 1): the frame returns
    /// its `self`, the new instance.
    pub init: Option<u32>,
    /// For `BINARY_OP_INSTANCE`: the dunder function (`ObjRef`) and the
    /// instruction's operand. Its locals start at `call_base` (the two
    /// operands, which it never reassigns, are its first two locals, as
    /// in tier 1), and it returns as tier 1's dunder frame does.
    pub dunder: Option<(u32, u32)>,
    /// `dunder` is a rich comparison's (`COMPARE_OP_INSTANCE`: the frame
    /// returns as tier 1's comparison dunder frame does).
    pub compare: bool,
    /// For a special method tier 1 runs as a frame without a function slot
    /// (`LOAD_ATTR_PROPERTY`'s getter, `BINARY_SUBSCR_INSTANCE`'s
    /// `__getitem__`, `CONTAINS_OP_INSTANCE`'s `__contains__`,
    /// `STORE_SUBSCR_INSTANCE`'s `__setitem__`): the function (`ObjRef`).
    /// Its operands are its first locals, from `call_base`.
    pub hook: Option<u32>,
    /// What `hook`'s frame does with its return.
    pub hook_return: HookReturn,
}

/// What a special method's frame does with its return value
/// (`InlinedFrame::hook`; tier 1's `ReturnAction` for it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HookReturn {
    /// Pushes it (a getter, `__getitem__`).
    #[default]
    Push,
    /// Pushes its truth, negated for `not in` (`__contains__`).
    Contains {
        /// `not in`.
        negate: bool,
    },
    /// Drops it (`__setitem__`).
    Discard,
    /// Pushes it over the iterator (`__next__`, run over a copy of the
    /// iterator); a StopIteration it raises ends the loop at `exit`.
    ForIterNext {
        /// The loop's exit (`FOR_ITER`'s jump target).
        exit: u32,
    },
    /// A dict or set key's hash (`__hash__`, run over a copy of the key):
    /// the operation `op` looks the key up with it (in the trace, a
    /// runtime function on the hash; an exit at the return leaves the
    /// lookup to tier 1's `ReturnAction::KeyHash`).
    KeyHash {
        /// The operation.
        op: crate::interp::frame::KeyOp,
    },
    /// A stored key's `__eq__` (run with the key looked up, after its
    /// `__hash__`; the hash and the stored key wait below the frame): the
    /// operation `op` finishes on that stored key if it returned true.
    KeyEq {
        /// The operation.
        op: crate::interp::frame::KeyOp,
    },
    /// Pushes it, a length (`__len__`). The frame sits as a call's does:
    /// the `len` built-in and `NULL` below its local, and its return
    /// drops them too.
    Len,
    /// Pushes it in place of the instance, an iterator (`__iter__`, run by
    /// `GET_ITER`): in the trace, one of the kind the loop after it stepped.
    GetIter {
        /// The iterator's class (`ObjRef`) where it is an instance, 0 for
        /// a built-in iterator.
        iterator_class: u32,
    },
}

impl InlinedFrame {
    /// Operand-stack index (in the top frame's terms) of the callee's first local.
    pub fn locals_at(&self) -> u32 {
        if self.hook_return == HookReturn::Len {
            return self.call_base + 2;
        }
        if self.dunder.is_some() || self.hook.is_some() {
            return self.call_base;
        }
        self.call_base + if self.with_self { 1 } else { 2 }
    }
}

/// A trace in IR form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TraceIr {
    /// The instructions.
    pub insts: Vec<Inst>,
    /// Exit states, indexed by `Inst::snapshot`.
    pub snapshots: Vec<Snapshot>,
    /// Display names of the codes the trace runs (`Snapshot::code`, `GuardFrame`).
    pub code_names: Vec<String>,
}

macro_rules! define_op_info {
    ($(($variant:ident, $name:literal, $pure:expr, $guard:expr)),* $(,)?) => {
        impl Op {
            /// The IR text name.
            pub fn name(&self) -> &'static str {
                match self { $(Op::$variant { .. } => $name,)* }
            }
            /// True if removing the instruction when its value is unused changes nothing.
            pub fn is_pure(&self) -> bool {
                match self { $(Op::$variant { .. } => $pure,)* }
            }
            /// True if the instruction may leave the trace through a snapshot.
            pub fn is_guard(&self) -> bool {
                match self { $(Op::$variant { .. } => $guard,)* }
            }
        }
    };
}
for_each_ir_op!(define_op_info);

impl Op {
    /// True if the instruction may run arbitrary code (and so break assumptions or collect garbage).
    pub fn runs_code(&self) -> bool {
        matches!(
            self,
            Op::Exec { .. }
                | Op::Return(_)
                | Op::Uops { .. }
                | Op::Truthy(_)
                | Op::Safepoint(_)
                | Op::CallBuiltin { .. }
        )
    }

    /// True if the instruction may invalidate the trace: it runs code, or
    /// stores into a dict (which may be globals the trace assumed).
    pub fn may_invalidate(&self) -> bool {
        self.runs_code() || matches!(self, Op::Runtime(RuntimeFn::DictSet | RuntimeFn::DictSetHashed))
    }

    /// True if the top frame may be another one after the instruction
    /// (it pushes or pops a frame, or tier 1 ran it and may have).
    pub fn may_change_frame(&self) -> bool {
        matches!(
            self,
            Op::Exec { .. }
                | Op::Return(_)
                | Op::Uops { .. }
                | Op::CallPy { .. }
                | Op::ResumeGen { .. }
                | Op::Yield { .. }
        )
    }
}

impl TraceIr {
    /// The index of the peeled loop's `loop_header`, if the trace has one.
    pub fn loop_header(&self) -> Option<usize> {
        self.insts.iter().position(|i| matches!(i.op, Op::LoopHeader(_)))
    }

    /// Appends an instruction; returns its value.
    pub fn push(&mut self, op: Op, args: Vec<ValueId>, ty: Ty, snapshot: Option<u32>) -> ValueId {
        self.insts.push(Inst { op, args, ty, snapshot });
        ValueId(self.insts.len() as u32 - 1)
    }

    /// Adds a snapshot; returns its index.
    pub fn add_snapshot(&mut self, s: Snapshot) -> u32 {
        self.snapshots.push(s);
        self.snapshots.len() as u32 - 1
    }

    /// Number of exits (guards and exit instructions).
    pub fn exit_count(&self) -> usize {
        self.insts.iter().filter(|i| i.snapshot.is_some()).count()
    }

    /// The textual form (`--dump ir`, golden tests).
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for (i, inst) in self.insts.iter().enumerate() {
            if inst.ty != Ty::Void {
                let _ = write!(out, "v{i}: {} = ", inst.ty.name());
            } else {
                out.push_str("    ");
            }
            out.push_str(inst.op.name());
            let _ = match &inst.op {
                Op::Const(v) => write!(out, " {}", const_text(*v)),
                Op::LoadLocal(s) | Op::StoreLocal(s) => write!(out, " #{s}"),
                Op::LoadStack(s) => write!(out, " @{s}"),
                Op::GuardType(t) => write!(out, " {}", t.name()),
                Op::IntArith(o) => write!(out, ".{}", int_op_name(*o)),
                Op::FloatArith(o) => write!(out, ".{}", float_op_name(*o)),
                Op::CompareInt(c) | Op::CompareFloat(c) => write!(out, " {}", c.symbol()),
                Op::Is(neg) => write!(out, "{}", if *neg { " not" } else { "" }),
                Op::Sync(keep) => write!(out, " keep={keep}"),
                Op::Exec { pc, op } => write!(out, " {} @{pc}", op.name()),
                Op::Uops { pc, op, jump_exit, jumped, .. } => {
                    let uops: Vec<&str> = op.uops().iter().map(|u| u.name()).collect();
                    let way = if *jumped { "if-not-exhausted" } else { "if-exhausted" };
                    let loop_exit = jump_exit.map(|j| alloc::format!(" {way}={}", self.exit_text(j)));
                    write!(out, " {} @{pc} [{}]{}", op.name(), uops.join(" "), loop_exit.unwrap_or_default())
                }
                Op::GuardFrame { depth, code, pc } => {
                    write!(out, " depth={depth} code={} pc={pc}", self.code_name(*code))
                }
                Op::Truthy(pc)
                | Op::Safepoint(pc)
                | Op::LoopSafepoint(pc)
                | Op::LoopHeader(pc)
                | Op::Return(pc)
                | Op::Loop(pc) => write!(out, " @{pc}"),
                Op::StressExit(n) => write!(out, " every={n}"),
                Op::GuardRoom(n) | Op::GuardLen(n) => write!(out, " {n}"),
                Op::GuardShape { class, shape } => write!(out, " class=obj{class} shape={shape}"),
                Op::GuardClass(class) | Op::GuardGlobals(class) => write!(out, " obj{class}"),
                Op::GuardKind(kind) => write!(out, " {}", kind.name()),
                Op::GuardFunc { code, globals } => {
                    write!(out, " code={}{}", self.code_name(*code), if *globals { " globals" } else { "" })
                }
                Op::IterNext(kind) => write!(out, " {}", kind.name()),
                Op::RangeItem(reverse) => write!(out, "{}", if *reverse { " reversed" } else { "" }),
                Op::Runtime(f) => write!(out, " {}", f.name()),
                Op::CallBuiltin { func, argc, next } => write!(out, " obj{func} argc={argc} next=@{next}"),
                Op::Yield { next } => write!(out, " next=@{next}"),
                Op::ResumeGen { send, exit, next } => {
                    write!(out, "{} exit=@{exit} next=@{next}", if *send { " send" } else { "" })
                }
                Op::CallPy { argc, next, code } => {
                    write!(out, " {} argc={argc} next=@{next}", self.code_name(*code))
                }
                Op::LoadSlot(n) | Op::StoreSlot(n) | Op::FuncCell(n) | Op::LoadGenValue(n) | Op::StoreGenValue(n) => {
                    write!(out, " [{n}]")
                }
                Op::GuardGen { code, pc, values } => {
                    write!(out, " code={} pc={pc} values={values}", self.code_name(*code))
                }
                Op::AddSlot { slot, shape } => write!(out, " [{slot}] shape={shape}"),
                Op::NewInstance(class) => write!(out, " class=obj{class}"),
                Op::LoadGlobal { builtin, index, name, keys } => {
                    let which = if *builtin { alloc::format!("builtins keys={keys}") } else { "globals".into() };
                    write!(out, " {which} [{index}] name=obj{name}")
                }
                _ => Ok(()),
            };
            for a in &inst.args {
                let _ = write!(out, " v{}", a.0);
            }
            if let Some(s) = inst.snapshot {
                out.push_str("  -> ");
                out.push_str(&self.exit_text(s));
            }
            out.push('\n');
        }
        out
    }

    // `s` is an instruction's snapshot id, an index `add_snapshot` returned.
    #[allow(clippy::indexing_slicing)]
    fn exit_text(&self, s: u32) -> String {
        let snap = &self.snapshots[s as usize];
        let mut out = String::new();
        match snap.pc {
            Some(pc) => {
                let _ = write!(out, "{}@{pc}", self.code_name(snap.code));
            }
            None => out.push_str("(as is)"),
        }
        let _ = write!(out, " keep={} [", snap.keep);
        for (j, v) in snap.stack.iter().enumerate() {
            let _ = write!(out, "{}v{}", if j > 0 { " " } else { "" }, v.0);
        }
        out.push(']');
        for (slot, v) in &snap.locals {
            let _ = write!(out, " #{slot}=v{}", v.0);
        }
        for f in &snap.frames {
            let _ = write!(out, " +frame {}@{} at {}", self.code_name(f.code), f.pc, f.call_base);
        }
        for o in &snap.virtuals {
            let _ = match o.kind {
                VirtualKind::Instance { class, shape } => write!(out, " {{v{}=obj{class} shape={shape}", o.value.0),
                VirtualKind::Tuple => write!(out, " {{v{}=tuple", o.value.0),
                VirtualKind::List => write!(out, " {{v{}=list", o.value.0),
                VirtualKind::Slice => write!(out, " {{v{}=slice", o.value.0),
                VirtualKind::SeqIter { index } => write!(out, " {{v{}=iter@{index}", o.value.0),
                VirtualKind::Function => write!(out, " {{v{}=function", o.value.0),
                VirtualKind::RangeIter { index, reverse } => {
                    write!(out, " {{v{}=range_iter{}@{index}", o.value.0, if reverse { "_rev" } else { "" })
                }
            };
            for f in &o.fields {
                let _ = write!(out, " v{}", f.0);
            }
            out.push('}');
        }
        out
    }

    fn code_name(&self, code: u32) -> &str {
        self.code_names.get(code as usize).map(|s| s.as_str()).unwrap_or("?")
    }
}

fn const_text(v: Value) -> String {
    match v {
        Value::Int(i) => alloc::format!("{i}"),
        Value::Float(f) => alloc::format!("{f:?}"),
        Value::Bool(b) => String::from(if b { "True" } else { "False" }),
        Value::None => String::from("None"),
        Value::Null => String::from("NULL"),
        Value::Obj(r) => alloc::format!("obj{}", r.0),
    }
}

/// The IR text name of an int operation.
pub fn int_op_name(o: IntOp) -> &'static str {
    match o {
        IntOp::Add => "add",
        IntOp::Sub => "sub",
        IntOp::Mul => "mul",
        IntOp::And => "and",
        IntOp::Or => "or",
        IntOp::Xor => "xor",
        IntOp::LShift => "lshift",
        IntOp::RShift => "rshift",
        IntOp::FloorDiv => "floordiv",
        IntOp::Mod => "mod",
    }
}

/// The IR text name of a float operation.
pub fn float_op_name(o: FloatOp) -> &'static str {
    match o {
        FloatOp::Add => "add",
        FloatOp::Sub => "sub",
        FloatOp::Mul => "mul",
        FloatOp::Div => "div",
    }
}

/// Applies an int operation with Python's semantics on small ints (`None`:
/// not computable here, see [`IntOp`]; the trace exits, tier 1 deopts).
#[inline]
pub fn eval_int(op: IntOp, x: i64, y: i64) -> Option<i64> {
    match op {
        IntOp::Add => x.checked_add(y),
        IntOp::Sub => x.checked_sub(y),
        IntOp::Mul => x.checked_mul(y),
        IntOp::And => Some(x & y),
        IntOp::Or => Some(x | y),
        IntOp::Xor => Some(x ^ y),
        IntOp::RShift => (0..64).contains(&y).then(|| x >> y),
        IntOp::LShift => ((0..63).contains(&y) && (x << y) >> y == x).then(|| x << y),
        IntOp::FloorDiv | IntOp::Mod if y == 0 || (x == i64::MIN && y == -1) => None,
        IntOp::FloorDiv => {
            let q = x / y;
            Some(if (x % y != 0) && ((x < 0) != (y < 0)) { q - 1 } else { q })
        }
        IntOp::Mod => {
            let r = x % y;
            Some(if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r })
        }
    }
}

/// Applies a float operation (`None`: division by zero, the trace exits).
#[inline]
pub fn eval_float(op: FloatOp, x: f64, y: f64) -> Option<f64> {
    match op {
        FloatOp::Add => Some(x + y),
        FloatOp::Sub => Some(x - y),
        FloatOp::Mul => Some(x * y),
        FloatOp::Div if y == 0.0 => None,
        FloatOp::Div => Some(x / y),
    }
}

/// Float `**` as tier 1 computes it (`None`: it raises, the trace exits).
#[inline]
pub fn eval_float_pow(x: f64, y: f64) -> Option<f64> {
    crate::runtime::num::float_pow(x, y).ok()
}

/// An int as a float when the conversion is exact (`None`: the trace exits).
#[inline]
pub fn int_to_float(x: i64) -> Option<f64> {
    const LIMIT: i64 = 1 << 53;
    (-LIMIT..LIMIT).contains(&x).then_some(x as f64)
}

/// Compares floats as Python does (any comparison with NaN is false, except `!=`).
#[inline]
pub fn compare_floats(op: CompareOp, x: f64, y: f64) -> bool {
    match x.partial_cmp(&y) {
        Some(o) => op.test(o),
        None => op == CompareOp::Ne,
    }
}
