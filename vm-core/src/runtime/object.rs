//! The object model: every kind of heap object, classes, instances and shapes.

use crate::runtime::bigint::BigInt;
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::ops::{Deref, DerefMut};

use super::dict::Dict;
use super::set::SetObj;
use super::str::StrObj;
use super::value::{ObjRef, Value};
use super::value_vec::ValueVec;
use crate::bytecode::code::ComprehensionKind;
use crate::interp::code::CodeObject;
use crate::vm::Vm;

/// Result of any operation that can raise: the error is the exception object.
pub type PyResult<T> = Result<T, PyErr>;

/// A raised Python exception (a handle to the exception instance).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PyErr(pub ObjRef);

/// A native function: positional arguments, then keyword arguments as
/// (interned name, value) pairs.
pub type NativeFn = fn(&mut Vm, &[Value], &[(ObjRef, Value)]) -> PyResult<Value>;

/// A built-in function or method's static description.
#[derive(Debug)]
pub struct BuiltinDef {
    /// Its `__name__`.
    pub name: &'static str,
    /// The Rust implementation. For methods, `args[0]` is the receiver.
    pub func: NativeFn,
}

/// A Python function: code plus the environment it closes over.
///
/// What a call reads (code, globals, closure, the version traces check) is
/// inline in the heap slot; the rest is boxed in [`FunctionDetails`] and
/// reached through `Deref` (`f.defaults` reads as a field).
#[derive(Debug)]
pub struct Function {
    /// The compiled body.
    pub code: Rc<CodeObject>,
    /// The module globals it runs in.
    pub globals: ObjRef,
    /// Bumped when `__code__`/`__defaults__` change (a trace assumption).
    pub version: u32,
    /// Cells for the code's free variables.
    pub closure: Box<[Value]>,
    /// Everything else.
    pub details: Box<FunctionDetails>,
}

/// The parts of a [`Function`] that calls with exactly their positional
/// arguments do not read.
#[derive(Debug)]
pub struct FunctionDetails {
    /// Defaults of the last positional parameters.
    pub defaults: Box<[Value]>,
    /// Defaults of keyword-only parameters (a dict), if any.
    pub kwdefaults: Option<ObjRef>,
    /// `__name__` (an interned str).
    pub name: ObjRef,
    /// `__qualname__` when reassigned (else the code's).
    pub qualname: Option<ObjRef>,
    /// `__doc__`.
    pub doc: Value,
    /// Other attributes set on the function (`f.cache = {}`), as a dict.
    pub attrs: Option<ObjRef>,
    /// `__annotations__` (a dict), once set or read.
    pub annotations: Option<ObjRef>,
}

impl Deref for Function {
    type Target = FunctionDetails;
    #[inline]
    fn deref(&self) -> &FunctionDetails {
        &self.details
    }
}

impl DerefMut for Function {
    #[inline]
    fn deref_mut(&mut self) -> &mut FunctionDetails {
        &mut self.details
    }
}

/// The traceback entry for one frame an exception passed through.
#[derive(Clone, Debug)]
pub struct TracebackEntry {
    /// Code object of the frame.
    pub code: Rc<CodeObject>,
    /// Line being executed.
    pub line: u32,
    /// The instruction being executed (its position underlines the line).
    pub pc: u32,
    /// Set for the entry of a comprehension inlined in `code`: the frame
    /// CPython 3.11 runs it in (`<listcomp>`...).
    pub comprehension: Option<ComprehensionKind>,
    /// What `tb_frame` needs of the frame (feature `frames`).
    #[cfg(feature = "frames")]
    pub frame: crate::interp::frame_object::TracebackFrame,
}

impl TracebackEntry {
    /// The name of the entry's function (`co_name`).
    pub fn function_name(&self) -> &str {
        match self.comprehension {
            Some(kind) => kind.frame_name(),
            None => &self.code.code.name,
        }
    }
}

/// Native state of an exception instance.
#[derive(Debug, Default)]
pub struct ExcData {
    /// `e.args` (a tuple).
    pub args: Value,
    /// Frames it propagated through, innermost first.
    pub traceback: Vec<TracebackEntry>,
    /// `__cause__`.
    pub cause: Value,
    /// `__context__`.
    pub context: Value,
    /// `__suppress_context__` (set by `raise ... from ...`).
    pub suppress_context: bool,
    /// Where it was first caught: (frame index, line), so a re-raise from a
    /// handler reports the original line for that frame.
    pub caught_line: Option<(usize, u32)>,
}

/// An instance of a user class (or of a built-in exception class).
///
/// `#[repr(C)]`: `class`, `shape` and `slots` come first at fixed offsets
/// (`runtime::layout::INSTANCE_*`), for inline loads by JIT code.
#[derive(Debug)]
#[repr(C)]
pub struct Instance {
    /// Its class.
    pub class: ObjRef,
    /// The shape describing `slots`.
    pub shape: ShapeId,
    /// Attribute values, laid out by the shape.
    pub slots: ValueVec,
    /// Exception state, for instances of exception classes.
    pub exc: Option<Box<ExcData>>,
    /// For instances of subclasses of built-in types (`class C(list)`):
    /// the built-in value the instance wraps, a `list`/`dict`/`set`/
    /// `tuple`/`str`/big `int` object, or a `Cell` holding an inline
    /// `int`/`float` (see `Vm::native_of`).
    pub native: Option<ObjRef>,
}

/// Where a generator is in its life (a byte machine code reads:
/// `runtime::layout::GENERATOR_STATE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum GenState {
    /// Created, not started.
    Created,
    /// Suspended at a `yield`.
    Suspended,
    /// Suspended at the `yield` of a `yield from` (a `YIELD_VALUE` with
    /// operand 1): its delegate is the last of its saved values.
    Delegating,
    /// Running: on the frame stack, or a link of a `yield from` chain whose
    /// innermost generator is (its values then stay saved).
    Running,
    /// Returned or raised; cannot run again.
    Done,
}

/// A generator object.
///
/// While created or suspended it holds a saved frame: its code, `pc` and
/// `values`, plus the globals and function in [`GeneratorDetails`]. What
/// every `yield` and resumption touches is inline in the heap slot; the
/// rest is boxed.
#[derive(Debug)]
pub struct Generator {
    /// Life-cycle state.
    pub state: GenState,
    /// Where the saved frame resumes (a `u32`, like every jump target).
    pub pc: u32,
    /// The code it runs (`__name__` / `__qualname__` come from it too).
    pub code: Rc<CodeObject>,
    /// While created or suspended: the frame's locals followed by its
    /// operand stack at the suspension point. While running: empty, keeping
    /// its buffer for the next suspension (no allocation per `yield`). A
    /// `ValueVec`: machine code reads and writes it in place (virtual
    /// generator frames, `runtime::layout::GENERATOR_VALUES`).
    pub values: ValueVec,
    /// What a resumption reads once and a suspension writes once.
    pub details: Box<GeneratorDetails>,
}

/// The parts of a [`Generator`] outside its heap slot.
#[derive(Debug)]
pub struct GeneratorDetails {
    /// The exception being handled inside the generator when it suspended.
    pub handled: Value,
    /// Module globals of its frame.
    pub globals: ObjRef,
    /// The generator function (its frame's `func`).
    pub func: Value,
    /// An async generator's `ASYNC_GEN_*` bits (0 for other generators).
    pub async_flags: u8,
}

/// [`GeneratorDetails::async_flags`]: an `asend()`/`athrow()` awaitable is
/// running it (CPython's `ag_running_async`).
pub const ASYNC_GEN_RUNNING: u8 = 1;
/// [`GeneratorDetails::async_flags`]: closed by `aclose()`, or ended by
/// StopAsyncIteration or GeneratorExit (CPython's `ag_closed`).
pub const ASYNC_GEN_CLOSED: u8 = 2;

/// What an async generator's awaitable ([`IterState::AsyncGenOp`]) does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsyncGenOpKind {
    /// `asend(value)` / `__anext__()`.
    Send,
    /// `athrow(...)`.
    Throw,
    /// `aclose()`.
    Close,
}

/// Where an async generator's awaitable is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsyncGenOpState {
    /// Not yet sent to.
    Init,
    /// Started: further sends resume the generator.
    Iter,
    /// Finished; sending again is an error.
    Closed,
}

impl Generator {
    /// True while it holds a saved frame (created or suspended).
    #[inline]
    pub fn has_frame(&self) -> bool {
        matches!(self.state, GenState::Created | GenState::Suspended | GenState::Delegating)
    }
}

/// How instances of a class are laid out (what its built-in base is).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Plain attribute-slot instances (`object` subclasses).
    Object,
    /// Exception instances (`BaseException` subclasses).
    Exception,
    /// A built-in type whose instances are not `Instance`s (int, str, ...).
    Native,
    /// A user subclass of a built-in container or scalar type (`list`,
    /// `dict`, `set`, `frozenset`, `tuple`, `str`, `int`, `float`): its
    /// instances are `Instance`s whose `native` holds the built-in value.
    Wrapped,
}

/// A class (user-defined or built-in).
///
/// What tier 1 checks on every attribute access, method call and
/// instantiation (version, hooks, namespace, root shape, `__slots__`,
/// constructor) is inline in the heap slot, `#[repr(C)]` with `version` and
/// `hooks` first (`runtime::layout::CLASS_*`); names and the hierarchy are
/// boxed in [`ClassDetails`] and reached through `Deref` (`c.mro` reads as a
/// field).
#[derive(Debug)]
#[repr(C)]
pub struct Class {
    /// Bumped whenever this class or a base changes (a specialization guard).
    pub version: u32,
    /// Which attribute hooks (`HOOK_*`) the class or a base overrides.
    pub hooks: u8,
    /// Instance layout.
    pub layout: Layout,
    /// The class namespace (a dict keyed by interned strs).
    pub dict: ObjRef,
    /// The shape a fresh instance starts with (`ShapeTable::EMPTY` for
    /// every class: the JIT's `types` pass and its virtual objects assume
    /// a new instance has that shape).
    pub root_shape: ShapeId,
    /// Constructor for built-in types (`int(x)`), if callable.
    pub ctor: Option<NativeFn>,
    /// The instance attribute names `__slots__` allows, or `None` when
    /// instances have a `__dict__` (no restriction).
    pub slots: Option<Box<[ObjRef]>>,
    /// Names and hierarchy.
    pub details: Box<ClassDetails>,
}

/// A class's name text: borrowed from static data (the built-in classes'
/// tables: no allocation) or owned, in two words like a `Box<str>` (the
/// top bit of the length says which). `Vm::new` makes about 120 built-in
/// classes: their three names as `Box<str>`s were about 3.7 KB of its
/// allocations on a 32-bit target.
pub struct ClassText {
    ptr: core::ptr::NonNull<u8>,
    /// The length in bytes, with [`ClassText::OWNED`] set when `ptr` came
    /// from a `Box<str>` this value owns.
    len: usize,
}

// SAFETY: a `ClassText` is either a `&'static str` or a `Box<str>` it owns
// alone, and never mutated: both are `Send` and `Sync`.
unsafe impl Send for ClassText {}
// SAFETY: as for `Send`.
unsafe impl Sync for ClassText {}

impl ClassText {
    /// The length's flag bit for owned text (a `str` is never longer than
    /// `isize::MAX` bytes, so the bit is free).
    const OWNED: usize = !(usize::MAX >> 1);

    /// Text borrowed from static data.
    pub const fn from_static(text: &'static str) -> ClassText {
        // SAFETY: a `&str`'s pointer is never null.
        let ptr = unsafe { core::ptr::NonNull::new_unchecked(text.as_ptr() as *mut u8) };
        ClassText { ptr, len: text.len() }
    }
}

impl From<Box<str>> for ClassText {
    fn from(text: Box<str>) -> ClassText {
        let len = text.len();
        let raw = Box::into_raw(text) as *mut u8;
        // SAFETY: `Box::into_raw` never returns null.
        let ptr = unsafe { core::ptr::NonNull::new_unchecked(raw) };
        ClassText { ptr, len: len | ClassText::OWNED }
    }
}

impl From<&str> for ClassText {
    fn from(text: &str) -> ClassText {
        ClassText::from(Box::<str>::from(text))
    }
}

impl From<alloc::string::String> for ClassText {
    fn from(text: alloc::string::String) -> ClassText {
        ClassText::from(text.into_boxed_str())
    }
}

impl Deref for ClassText {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        // SAFETY: `ptr` and the length without the flag are those of a
        // `str` that lives as long as `self` (static, or owned by `self`).
        unsafe {
            core::str::from_utf8_unchecked(core::slice::from_raw_parts(self.ptr.as_ptr(), self.len & !Self::OWNED))
        }
    }
}

impl AsRef<str> for ClassText {
    fn as_ref(&self) -> &str {
        self
    }
}

impl Clone for ClassText {
    fn clone(&self) -> ClassText {
        if self.len & Self::OWNED == 0 {
            ClassText { ptr: self.ptr, len: self.len }
        } else {
            ClassText::from(&**self)
        }
    }
}

impl Drop for ClassText {
    fn drop(&mut self) {
        if self.len & Self::OWNED != 0 {
            let raw = core::ptr::slice_from_raw_parts_mut(self.ptr.as_ptr(), self.len & !Self::OWNED) as *mut str;
            // SAFETY: owned text came from `Box::into_raw` of a `Box<str>`
            // of this length, and is freed once, here.
            drop(unsafe { Box::from_raw(raw) });
        }
    }
}

impl core::fmt::Display for ClassText {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        core::fmt::Display::fmt(&**self, f)
    }
}

impl core::fmt::Debug for ClassText {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        core::fmt::Debug::fmt(&**self, f)
    }
}

/// A `slice`'s start, stop and step. Inline in the slot on 64-bit targets;
/// boxed on 32-bit ones, where three inline 16-byte values would make
/// every heap slot 56 bytes instead of 48 (a slice is rarely made there:
/// tier 1's `BUILD_SLICE` and `slice()`).
#[derive(Debug)]
pub struct SliceObj {
    #[cfg(target_pointer_width = "64")]
    parts: [Value; 3],
    #[cfg(not(target_pointer_width = "64"))]
    parts: Box<[Value; 3]>,
}

impl SliceObj {
    /// `slice(start, stop, step)`.
    #[inline]
    // (`into` boxes them on 32-bit targets.)
    #[allow(clippy::useless_conversion)]
    pub fn new(start: Value, stop: Value, step: Value) -> SliceObj {
        SliceObj { parts: [start, stop, step].into() }
    }

    /// `[start, stop, step]`.
    #[inline]
    pub fn parts(&self) -> [Value; 3] {
        let parts: &[Value; 3] = &self.parts;
        *parts
    }

    /// The parts, to fill in (a materialized virtual slice).
    pub fn parts_mut(&mut self) -> &mut [Value; 3] {
        let parts: &mut [Value; 3] = &mut self.parts;
        parts
    }
}

/// The parts of a [`Class`] only slower paths read: names and hierarchy.
#[derive(Debug)]
pub struct ClassDetails {
    /// `__name__`.
    pub name: ClassText,
    /// `__qualname__`.
    pub qualname: ClassText,
    /// `__module__` (`builtins` for built-in types).
    pub module: ClassText,
    /// Direct bases.
    pub bases: Box<[ObjRef]>,
    /// Method resolution order, starting with the class itself.
    pub mro: Box<[ObjRef]>,
    /// Known direct subclasses, so a change can bump their versions too.
    pub subclasses: Vec<ObjRef>,
    /// The metaclass when it is not `type` (a subclass of `type`).
    pub meta: Option<ObjRef>,
}

impl Deref for Class {
    type Target = ClassDetails;
    #[inline]
    fn deref(&self) -> &ClassDetails {
        &self.details
    }
}

impl DerefMut for Class {
    #[inline]
    fn deref_mut(&mut self) -> &mut ClassDetails {
        &mut self.details
    }
}

/// The class (or a base) defines `__getattr__`.
pub const HOOK_GETATTR: u8 = 1;
/// The class (or a base) overrides `__setattr__`.
pub const HOOK_SETATTR: u8 = 2;
/// The class (or a base) overrides `__delattr__`.
pub const HOOK_DELATTR: u8 = 4;
/// The class (or a base) overrides `__getattribute__`.
pub const HOOK_GETATTRIBUTE: u8 = 8;
/// A class attribute may be a data descriptor (a property or an instance of
/// a user class), so instance stores must consult the class first.
pub const HOOK_DESCR: u8 = 16;
/// The class (or a base) answers `isinstance`/`issubclass` itself
/// (`__ouro_subclasscheck__`, the standard library's abstract base classes),
/// so the specialized `isinstance` must not decide by the MRO alone.
pub const HOOK_SUBCLASSCHECK: u8 = 32;
/// The class (or a base) defines `__hash__` or `__eq__` (a function, or
/// `None`): its instances are not hashed and compared by identity, so
/// dict and set lookups with them may run Python code.
pub const HOOK_HASH_EQ: u8 = 64;

/// A `property` object.
#[derive(Debug, Clone, Copy)]
pub struct Property {
    /// The getter (`None` when absent).
    pub fget: Value,
    /// The setter (`None` when absent).
    pub fset: Value,
    /// The deleter (`None` when absent).
    pub fdel: Value,
    /// `__doc__`.
    pub doc: Value,
    /// The attribute name given by `__set_name__` (`Null` until set).
    pub name: Value,
}

/// A `range` whose bounds do not fit in i64.
#[derive(Debug)]
pub struct BigRange {
    /// Start.
    pub start: BigInt,
    /// Stop.
    pub stop: BigInt,
    /// Step (never 0).
    pub step: BigInt,
}

/// Which values a built-in iterator walks. `#[repr(u8)]` with explicit
/// discriminants, like [`Obj`]: JIT code steps range and sequence
/// iterators inline (`runtime::layout::ITER_*`, `RANGE_ITER_*`, `SEQ_ITER_*`).
#[derive(Debug)]
#[repr(u8)]
pub enum IterState {
    /// A list, tuple or str by index.
    Seq {
        /// The sequence.
        seq: ObjRef,
        /// Next index.
        index: usize,
    } = 0,
    /// A list or tuple backwards (`reversed`).
    SeqReverse {
        /// The sequence.
        seq: ObjRef,
        /// Items left (the next is at `remaining - 1`).
        remaining: usize,
    } = 1,
    /// A range.
    Range {
        /// Next value.
        next: i64,
        /// Values left.
        remaining: u64,
        /// Step.
        step: i64,
    } = 2,
    /// A dict's keys, values or items.
    Dict {
        /// The dict.
        dict: ObjRef,
        /// Next raw entry position.
        pos: usize,
        /// What to yield.
        kind: DictViewKind,
        /// The length when iteration began (changing it is an error).
        len: usize,
    } = 3,
    /// `enumerate(it, start)`.
    Enumerate {
        /// Underlying iterator.
        iter: Value,
        /// Next count.
        count: Value,
    } = 4,
    /// `zip(a, b, ...)`.
    Zip {
        /// Underlying iterators.
        iters: Vec<Value>,
        /// `strict=True`: iterables of unequal lengths raise ValueError.
        strict: bool,
    } = 5,
    /// `map(func, *iterables)`.
    Map {
        /// The function.
        func: Value,
        /// Underlying iterators.
        iters: Vec<Value>,
    } = 6,
    /// `filter(func, iterable)` (`func` None keeps truthy items).
    Filter {
        /// The predicate.
        func: Value,
        /// Underlying iterator.
        iter: Value,
    } = 7,
    /// A set or frozenset by slot position.
    Set {
        /// The set.
        set: ObjRef,
        /// Next slot.
        pos: usize,
        /// The length when iteration began (changing it is an error).
        used: usize,
    } = 8,
    /// The old sequence protocol: `obj[0]`, `obj[1]`, ... until IndexError.
    GetItem {
        /// The object with `__getitem__`.
        obj: Value,
        /// Next index.
        index: i64,
    } = 9,
    /// Exhausted.
    Done = 10,
    /// The awaitable of an async generator's `asend()`/`__anext__()`,
    /// `athrow()` or `aclose()` (`interp::async_gen`).
    AsyncGenOp {
        /// The async generator.
        gen: ObjRef,
        /// `asend`'s value, `athrow`'s arguments (a tuple), or None.
        arg: Value,
        /// Which operation.
        kind: AsyncGenOpKind,
        /// Its progress.
        state: AsyncGenOpState,
    } = 11,
}

/// The three dict views.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    /// `keys()`
    Keys,
    /// `values()`
    Values,
    /// `items()`
    Items,
}

/// The kind byte at the start of every heap object: the discriminant of
/// [`Obj`], one per variant (JIT code tests it before touching a variant's
/// fields; `runtime::layout::KIND_*` are these values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum ObjKind {
    /// [`Obj::Free`].
    Free = 0,
    /// [`Obj::Str`].
    Str = 1,
    /// [`Obj::BigInt`].
    BigInt = 2,
    /// [`Obj::List`].
    List = 3,
    /// [`Obj::Tuple`].
    Tuple = 4,
    /// [`Obj::Dict`].
    Dict = 5,
    /// [`Obj::Set`].
    Set = 6,
    /// [`Obj::Range`].
    Range = 7,
    /// [`Obj::BigRange`].
    BigRange = 8,
    /// [`Obj::Slice`].
    Slice = 9,
    /// [`Obj::Function`].
    Function = 10,
    /// [`Obj::BoundMethod`].
    BoundMethod = 11,
    /// [`Obj::Builtin`].
    Builtin = 12,
    /// [`Obj::Class`].
    Class = 13,
    /// [`Obj::Instance`].
    Instance = 14,
    /// [`Obj::Code`].
    Code = 15,
    /// [`Obj::Iter`].
    Iter = 16,
    /// [`Obj::DictView`].
    DictView = 17,
    /// [`Obj::Cell`].
    Cell = 18,
    /// [`Obj::Generator`].
    Generator = 19,
    /// [`Obj::Traceback`].
    Traceback = 20,
    /// [`Obj::Module`].
    Module = 21,
    /// [`Obj::NotImplemented`].
    NotImplemented = 22,
    /// [`Obj::Ellipsis`].
    Ellipsis = 23,
    /// [`Obj::StaticMethod`].
    StaticMethod = 24,
    /// [`Obj::ClassMethod`].
    ClassMethod = 25,
    /// [`Obj::Property`].
    Property = 26,
    /// [`Obj::Super`].
    Super = 27,
    /// [`Obj::Complex`].
    Complex = 28,
    /// [`Obj::Bytes`].
    Bytes = 29,
    /// [`Obj::UserData`].
    UserData = 30,
    /// [`Obj::Frame`].
    #[cfg(feature = "frames")]
    Frame = 31,
}

/// Every kind of heap object.
///
/// Every object costs one slot of `size_of::<Obj>()` bytes (56; 48 on
/// 32-bit targets, where a slice's parts are boxed and a str keeps 26
/// bytes inline), so no inline payload is over 48 bytes (40): the large,
/// rarely hot ones (set, big range, property) are boxed, and dicts,
/// functions, classes and generators keep what tier 1 reads on hot paths
/// inline and box the rest.
///
/// `#[repr(u8)]` with explicit discriminants fixes the layout (the Rust
/// Reference defines it as a union of `#[repr(C)]` structs, one per variant,
/// each starting with the `u8` kind): the kind byte is at offset 0 and each
/// variant's fields follow it in declaration order, so JIT code can test an
/// object's kind and load list/tuple items and instance slots inline. The
/// offsets are in `runtime::layout`, pinned by a test. The discriminants
/// are the [`ObjKind`]s.
#[derive(Debug)]
#[repr(u8)]
pub enum Obj {
    /// A free slot, on the heap's free list: `next` is the next free slot's
    /// index (`u32::MAX` ends the list).
    Free {
        /// The next free slot.
        next: u32,
    } = ObjKind::Free as u8,
    /// `str`
    Str(StrObj) = ObjKind::Str as u8,
    /// `int` beyond i64.
    BigInt(BigInt) = ObjKind::BigInt as u8,
    /// `list`
    List(ValueVec) = ObjKind::List as u8,
    /// `tuple` (never grows: its capacity is its length)
    Tuple(ValueVec) = ObjKind::Tuple as u8,
    /// `dict`
    Dict(Dict) = ObjKind::Dict as u8,
    /// `set` / `frozenset`
    Set(Box<SetObj>) = ObjKind::Set as u8,
    /// `range`
    Range {
        /// Start.
        start: i64,
        /// Stop.
        stop: i64,
        /// Step (never 0).
        step: i64,
    } = ObjKind::Range as u8,
    /// `range` whose bounds do not fit in i64 (rare; the slow path).
    BigRange(Box<BigRange>) = ObjKind::BigRange as u8,
    /// `slice`
    Slice(SliceObj) = ObjKind::Slice as u8,
    /// A Python function.
    Function(Function) = ObjKind::Function as u8,
    /// A function bound to a receiver.
    BoundMethod {
        /// `self`.
        receiver: Value,
        /// The function.
        func: Value,
    } = ObjKind::BoundMethod as u8,
    /// A built-in function; `receiver` is `Null` unless bound.
    Builtin {
        /// Description.
        def: &'static BuiltinDef,
        /// Bound receiver (`Null` when unbound).
        receiver: Value,
    } = ObjKind::Builtin as u8,
    /// A class.
    Class(Class) = ObjKind::Class as u8,
    /// An instance of a user or exception class.
    Instance(Instance) = ObjKind::Instance as u8,
    /// A code object.
    Code(Rc<CodeObject>) = ObjKind::Code as u8,
    /// A built-in iterator.
    Iter(IterState) = ObjKind::Iter as u8,
    /// `dict_keys` / `dict_values` / `dict_items`.
    DictView {
        /// The dict.
        dict: ObjRef,
        /// Which view.
        kind: DictViewKind,
    } = ObjKind::DictView as u8,
    /// A cell holding a variable shared with nested functions (`Null` = unbound).
    Cell(Value) = ObjKind::Cell as u8,
    /// A generator.
    Generator(Generator) = ObjKind::Generator as u8,
    /// `e.__traceback__`: a view of an exception's traceback (innermost entry
    /// `index` of the exception's list, counted from the outermost).
    Traceback {
        /// The exception.
        exc: ObjRef,
        /// Which entry, 0 = outermost.
        index: usize,
    } = ObjKind::Traceback as u8,
    /// A module: its name and namespace.
    Module {
        /// `__name__` (a str).
        name: ObjRef,
        /// The module's globals.
        dict: ObjRef,
    } = ObjKind::Module as u8,
    /// `NotImplemented`
    NotImplemented = ObjKind::NotImplemented as u8,
    /// `Ellipsis`
    Ellipsis = ObjKind::Ellipsis as u8,
    /// `staticmethod(f)`
    StaticMethod(Value) = ObjKind::StaticMethod as u8,
    /// `classmethod(f)`
    ClassMethod(Value) = ObjKind::ClassMethod as u8,
    /// `property(fget, fset, fdel, doc)`
    Property(Box<Property>) = ObjKind::Property as u8,
    /// `super(this, obj)`: attribute lookup in `obj_type`'s MRO after `this`.
    Super {
        /// The class whose successors are searched.
        this: ObjRef,
        /// The bound object (an instance, a class, or `Null` when unbound).
        obj: Value,
        /// `type(obj)`, or `obj` itself when it is a class.
        obj_type: ObjRef,
    } = ObjKind::Super as u8,
    /// `complex` (immutable; the arithmetic is in `runtime::complex`).
    Complex(crate::runtime::complex::Complex) = ObjKind::Complex as u8,
    /// `bytes` / `bytearray` (`runtime::bytes`).
    Bytes(crate::runtime::bytes::BytesObj) = ObjKind::Bytes as u8,
    /// An opaque host value (`api::ClassBuilder`): an instance of a
    /// host-defined class owning a Rust value, dropped when collected.
    UserData {
        /// Its class (made by `Vm::register_class`, or a subclass).
        class: ObjRef,
        /// The host's value.
        value: Box<dyn core::any::Any + Send>,
    } = ObjKind::UserData as u8,
    /// A frame object (`sys._getframe()`, `tb_frame`): a view of a running
    /// frame, or what is left of one that returned (feature `frames`).
    #[cfg(feature = "frames")]
    Frame(Box<crate::interp::frame_object::FrameObject>) = ObjKind::Frame as u8,
}

// A slot is 48 bytes on 32-bit targets (`Vm::new` makes about 700 objects).
#[cfg(target_pointer_width = "32")]
const _: () = assert!(core::mem::size_of::<Obj>() == 48);

impl Obj {
    /// Calls `f` on every value this object references (for the GC).
    pub fn for_each_ref(&self, mut f: impl FnMut(Value)) {
        match self {
            Obj::Free { .. }
            | Obj::Str(_)
            | Obj::BigInt(_)
            | Obj::Complex(_)
            | Obj::Bytes(_)
            | Obj::Range { .. }
            | Obj::BigRange(_) => {}
            Obj::NotImplemented | Obj::Ellipsis => {}
            Obj::List(items) => items.iter().for_each(|&v| f(v)),
            Obj::Tuple(items) => items.iter().for_each(|&v| f(v)),
            Obj::Dict(d) => d.iter().for_each(|e| {
                f(e.key);
                f(e.value)
            }),
            Obj::Set(s) => s.table.iter().for_each(|e| f(e.key)),
            Obj::Slice(s) => s.parts().into_iter().for_each(f),
            Obj::Function(func) => {
                func.code.for_each_ref(&mut f);
                f(Value::Obj(func.globals));
                func.defaults.iter().for_each(|&v| f(v));
                if let Some(k) = func.kwdefaults {
                    f(Value::Obj(k))
                }
                f(Value::Obj(func.name));
                func.closure.iter().for_each(|&v| f(v));
                f(func.doc);
                if let Some(q) = func.qualname {
                    f(Value::Obj(q))
                }
                if let Some(a) = func.attrs {
                    f(Value::Obj(a))
                }
                if let Some(a) = func.annotations {
                    f(Value::Obj(a))
                }
            }
            Obj::BoundMethod { receiver, func } => {
                f(*receiver);
                f(*func)
            }
            Obj::Cell(v) => f(*v),
            Obj::Traceback { exc, .. } => f(Value::Obj(*exc)),
            Obj::Module { name, dict } => {
                f(Value::Obj(*name));
                f(Value::Obj(*dict))
            }
            Obj::Generator(g) => {
                g.code.for_each_ref(&mut f);
                f(g.details.handled);
                // (A running generator's values are empty unless it is a link
                // of a `yield from` chain, whose frame is not on the stack.)
                g.values.iter().for_each(|&v| f(v));
                if g.state != GenState::Done {
                    f(Value::Obj(g.details.globals));
                    f(g.details.func);
                }
            }
            Obj::Builtin { receiver, .. } => f(*receiver),
            Obj::Class(c) => {
                c.bases.iter().for_each(|&b| f(Value::Obj(b)));
                c.mro.iter().for_each(|&b| f(Value::Obj(b)));
                c.subclasses.iter().for_each(|&b| f(Value::Obj(b)));
                c.meta.iter().for_each(|&b| f(Value::Obj(b)));
                f(Value::Obj(c.dict))
            }
            Obj::Instance(inst) => {
                f(Value::Obj(inst.class));
                if let Some(n) = inst.native {
                    f(Value::Obj(n));
                }
                inst.slots.iter().for_each(|&v| f(v));
                if let Some(e) = &inst.exc {
                    f(e.args);
                    f(e.cause);
                    f(e.context);
                    e.traceback.iter().for_each(|t| {
                        t.code.for_each_ref(&mut f);
                        #[cfg(feature = "frames")]
                        t.frame.for_each_ref(&mut f);
                    });
                }
            }
            Obj::Code(code) => code.for_each_ref(&mut f),
            Obj::Iter(state) => match state {
                IterState::Seq { seq, .. } | IterState::SeqReverse { seq, .. } => f(Value::Obj(*seq)),
                IterState::Dict { dict, .. } => f(Value::Obj(*dict)),
                IterState::Set { set, .. } => f(Value::Obj(*set)),
                IterState::Enumerate { iter, count } => {
                    f(*iter);
                    f(*count)
                }
                IterState::Zip { iters, .. } => iters.iter().for_each(|&v| f(v)),
                IterState::GetItem { obj, .. } => f(*obj),
                IterState::Map { func, iters } => {
                    f(*func);
                    iters.iter().for_each(|&v| f(v))
                }
                IterState::Filter { func, iter } => {
                    f(*func);
                    f(*iter)
                }
                IterState::AsyncGenOp { gen, arg, .. } => {
                    f(Value::Obj(*gen));
                    f(*arg)
                }
                IterState::Range { .. } | IterState::Done => {}
            },
            Obj::DictView { dict, .. } => f(Value::Obj(*dict)),
            Obj::StaticMethod(v) | Obj::ClassMethod(v) => f(*v),
            Obj::Property(p) => {
                f(p.fget);
                f(p.fset);
                f(p.fdel);
                f(p.doc);
                f(p.name)
            }
            Obj::Super { this, obj, obj_type } => {
                f(Value::Obj(*this));
                f(*obj);
                f(Value::Obj(*obj_type))
            }
            Obj::UserData { class, .. } => f(Value::Obj(*class)),
            #[cfg(feature = "frames")]
            Obj::Frame(frame) => frame.for_each_ref(&mut f),
        }
    }

    /// Approximate bytes owned outside the slot itself, for heap accounting
    /// (boxed variants count their box).
    pub fn heap_size(&self) -> usize {
        use core::mem::size_of;
        let v = size_of::<Value>();
        let big = |b: &BigInt| (b.bits() as usize).div_ceil(8);
        match self {
            Obj::Str(s) => s.heap_size(),
            Obj::BigInt(b) => big(b),
            Obj::Bytes(b) => b.data.capacity(),
            Obj::List(items) => items.capacity() * v,
            Obj::Tuple(items) => items.capacity() * v,
            Obj::Dict(d) => d.heap_size(),
            Obj::Set(s) => size_of::<SetObj>() + s.table.heap_size(),
            Obj::BigRange(r) => size_of::<BigRange>() + big(&r.start) + big(&r.stop) + big(&r.step),
            Obj::Function(f) => size_of::<FunctionDetails>() + (f.defaults.len() + f.closure.len()) * v,
            Obj::Class(c) => {
                let names = c.name.len() + c.qualname.len() + c.module.len();
                let slots = c.slots.as_ref().map_or(0, |s| s.len() * 4);
                size_of::<ClassDetails>() + (c.bases.len() + c.mro.len() + c.subclasses.len()) * 4 + names + slots
            }
            Obj::Instance(i) => i.slots.capacity() * v + i.exc.as_ref().map_or(0, |e| 64 + e.traceback.len() * 16),
            Obj::Iter(IterState::Zip { iters, .. }) => iters.len() * v,
            Obj::Generator(g) => size_of::<GeneratorDetails>() + g.values.capacity() * v,
            Obj::Property(_) => size_of::<Property>(),
            #[cfg(not(target_pointer_width = "64"))]
            Obj::Slice(_) => 3 * v,
            Obj::Code(c) => c.heap_size(),
            #[cfg(feature = "array-module")]
            Obj::UserData { value, .. } if value.is::<crate::builtins::modules::array::ArrayData>() => {
                value.downcast_ref::<crate::builtins::modules::array::ArrayData>().map_or(0, |a| a.data.capacity())
            }
            Obj::UserData { value, .. } => core::mem::size_of_val::<dyn core::any::Any + Send>(&**value),
            #[cfg(feature = "frames")]
            Obj::Frame(_) => size_of::<crate::interp::frame_object::FrameObject>(),
            _ => 0,
        }
    }
}

/// Index of a shape in the VM's shape table (a plain `u32` in memory).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct ShapeId(pub u32);

/// A hidden class: the ordered attribute names of instances built alike.
#[derive(Debug, Default)]
pub struct Shape {
    /// Attribute names (interned strs), in slot order.
    pub names: Vec<ObjRef>,
    /// Shapes reached by adding one more attribute.
    pub transitions: Vec<(ObjRef, ShapeId)>,
}

/// All shapes. Shapes are never freed (their names are GC roots); the number
/// of shapes is bounded by how many distinct attribute orders a program makes.
#[derive(Debug, Default)]
pub struct ShapeTable {
    shapes: Vec<Shape>,
    /// Bytes the shapes' name and transition lists hold (counted as they
    /// are made: shapes are never freed).
    bytes: usize,
}

impl ShapeTable {
    /// A table holding only the empty root shape (id 0) and the dict-mode
    /// marker shape (id 1).
    pub fn new() -> Self {
        ShapeTable { shapes: alloc::vec![Shape::default(), Shape::default()], bytes: 0 }
    }

    /// Bytes the table holds (counted against the heap limit).
    pub fn heap_size(&self) -> usize {
        self.shapes.capacity() * core::mem::size_of::<Shape>() + self.bytes
    }

    /// The empty shape.
    pub const EMPTY: ShapeId = ShapeId(0);

    /// Marks an instance in dict mode: its only slot holds its `__dict__`
    /// (a real dict), made when `obj.__dict__` was first asked for. It has
    /// no names and no transitions; never `add` to it.
    pub const DICT: ShapeId = ShapeId(1);

    /// True if `shape` keeps `name` in slot `slot`.
    #[inline]
    pub fn has_at(&self, shape: ShapeId, slot: usize, name: ObjRef) -> bool {
        self.shapes.get(shape.0 as usize).and_then(|s| s.names.get(slot)) == Some(&name)
    }

    /// Slot index of `name` in `shape`.
    #[inline]
    pub fn lookup(&self, shape: ShapeId, name: ObjRef) -> Option<usize> {
        self.shapes.get(shape.0 as usize)?.names.iter().position(|&n| n == name)
    }

    /// The shape after adding `name` to `shape`, if some object took that
    /// transition before.
    pub fn transition(&self, shape: ShapeId, name: ObjRef) -> Option<ShapeId> {
        let s = self.shapes.get(shape.0 as usize)?;
        s.transitions.iter().find(|(n, _)| *n == name).map(|&(_, next)| next)
    }

    /// The shape after adding `name` to `shape`.
    // A `ShapeId` is an index this table handed out (`add` pushes the shape
    // it returns; shapes are never removed).
    #[allow(clippy::indexing_slicing)]
    pub fn add(&mut self, shape: ShapeId, name: ObjRef) -> ShapeId {
        let s = &self.shapes[shape.0 as usize];
        if let Some(&(_, next)) = s.transitions.iter().find(|(n, _)| *n == name) {
            return next;
        }
        let mut names = s.names.clone();
        names.push(name);
        // The new shape's names and the parent's transition entry.
        self.bytes += names.capacity() * core::mem::size_of::<ObjRef>() + core::mem::size_of::<(ObjRef, ShapeId)>() * 2;
        let id = ShapeId(self.shapes.len() as u32);
        self.shapes.push(Shape { names, transitions: Vec::new() });
        self.shapes[shape.0 as usize].transitions.push((name, id));
        id
    }

    /// The attribute names of a shape, in slot order.
    pub fn names(&self, shape: ShapeId) -> &[ObjRef] {
        self.shapes.get(shape.0 as usize).map_or(&[][..], |s| &s.names)
    }

    /// Every name used by any shape (GC roots).
    pub fn all_names(&self) -> impl Iterator<Item = ObjRef> + '_ {
        self.shapes.iter().flat_map(|s| s.names.iter().copied())
    }
}
