//! Adaptive specialization (PEP 659): generic instructions count down a
//! warm-up counter in their inline cache, then rewrite themselves in place
//! into a specialized form chosen from the operands they see; a specialized
//! form whose guard fails deoptimizes back to the generic instruction with
//! an exponential back-off before the next attempt.

// Indexing: `at` is the pc of a verified instruction being specialized or
// deoptimized, and its inline cache (sized by its family: the two-entry
// attribute caches hold the second entry from `at + 6`) follows it in
// `instrs`; the stack reads follow the verified call layout of the
// instruction; the per-family counters have one entry per family and
// `binop_names` one row per `BinaryOp`.
#![allow(clippy::indexing_slicing)]

use crate::bytecode::opcode::{BinaryOp, CompareOp, Opcode};
use crate::interp::code::CodeObject;
use crate::runtime::object::{Obj, PyResult, ShapeTable, HOOK_DESCR, HOOK_GETATTR, HOOK_GETATTRIBUTE, HOOK_SETATTR};
use crate::runtime::value::{ObjRef, Value};
use crate::uop::{Flow, Uop, UopArgs};
use crate::vm::Vm;

/// What `choose_specialization` yields: a form and its cache, or why not.
pub type Spec = Result<(Opcode, [u32; 4]), Fail>;

/// Invokes `$m!` with every reason a specialization attempt can fail:
/// `(Variant, "description")`.
#[macro_export]
macro_rules! for_each_fail_reason {
    ($m:ident) => {
        $m! {
            (Operands, "operand types have no specialized form"),
            (Operator, "operator has no specialized form"),
            (NotFound, "name not found"),
            (KeyNotInterned, "global stored under a non-interned key"),
            (NotInstance, "receiver is not an instance of a user class"),
            (DictMode, "instance uses a __dict__"),
            (ClassHooks, "class has attribute hooks or descriptors"),
            (NotInShape, "attribute is not an instance slot"),
            (ShadowedByInstance, "method shadowed by an instance attribute"),
            (NotFunction, "class attribute is not a Python function"),
            (Keywords, "call has keyword arguments"),
            (CalleeKind, "callee kind has no specialized form"),
            (ClassLayout, "class needs the general instantiation path"),
            (CodeFlags, "callee takes *args, **kwargs, keyword-only arguments or is a generator"),
            (ArgumentCount, "argument count differs from the parameters"),
            (Descriptor, "class attribute is bound or computed on access (static/class method, descriptor)"),
            (TruthDunder, "class defines __bool__ or __len__"),
            (ExceptionInstance, "receiver is an exception (its stores go through its exception fields)"),
            (NewTransition, "first store of the attribute on this shape (no transition to cache yet)"),
        }
    };
}

macro_rules! define_fail {
    ($(($variant:ident, $text:literal)),* $(,)?) => {
        /// Why a specialization attempt failed (counted per family for `--stats`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Fail {
            $(#[doc = $text] $variant,)*
        }

        impl Fail {
            /// Every reason, in table order.
            pub const ALL: &'static [Fail] = &[$(Fail::$variant),*];

            /// The description `--stats` prints.
            pub fn describe(self) -> &'static str {
                match self { $(Fail::$variant => $text,)* }
            }
        }
    };
}
for_each_fail_reason!(define_fail);

/// Executions of a generic instruction before its first specialization attempt.
pub const WARMUP: u32 = 8;
/// Largest back-off exponent: after repeated failures an instruction waits
/// `2^MAX_BACKOFF` executions between attempts.
pub const MAX_BACKOFF: u32 = 12;

/// The counter value a freshly compiled instruction starts with.
pub const INITIAL_COUNTER: u32 = WARMUP;

/// The counter after a failed attempt or a deopt: the next wait doubles.
fn backoff(counter: u32) -> u32 {
    let exp = ((counter >> 16) + 1).min(MAX_BACKOFF);
    (exp << 16) | ((1u32 << exp) - 1)
}

macro_rules! define_run_specialized {
    ($(($spec:ident, $generic:ident, [$($uop:ident),*])),* $(,)?) => {
        impl Vm {
            /// Runs a specialized instruction: its uops in order, stopping at
            /// the first that does not simply continue.
            #[cfg_attr(not(feature = "small-code"), inline(always))]
            pub(crate) fn run_specialized(&mut self, op: Opcode, args: &mut UopArgs) -> PyResult<Flow> {
                match op {
                    $(Opcode::$spec => {
                        $(
                            match Uop::$uop.run(self, args)? {
                                Flow::Continue => {}
                                other => return Ok(other),
                            }
                        )*
                        Ok(Flow::Continue)
                    })*
                    _ => Ok(Flow::Deopt),
                }
            }

            /// Tier 1's entry: runs the specialized instruction whose inline
            /// cache starts at `cache_at` (its counter unit) with the
            /// operands built for exactly that form (cache words and name
            /// operand known per form at compile time, so each arm copies
            /// only what its uops read), then its uops as `run_specialized`.
            /// `pc` (after the cache) is stored as the frame's position
            /// first, except for the forms that never need it
            /// ([`Opcode::keeps_pc_unsaved`]) unless `ALWAYS_SAVE_PC`.
            #[cfg_attr(not(feature = "small-code"), inline(always))]
            pub(crate) fn run_specialized_at<const ALWAYS_SAVE_PC: bool>(
                &mut self,
                op: Opcode,
                code: &CodeObject,
                cache_at: usize,
                base: usize,
                oparg: u32,
                pc: usize,
            ) -> PyResult<Flow> {
                match op {
                    $(Opcode::$spec => {
                        // The frame's position is saved for the forms that can
                        // raise or run other frames (tracebacks, returns); the
                        // others deoptimize instead, and the generic form saves it.
                        if ALWAYS_SAVE_PC || !Opcode::$spec.keeps_pc_unsaved() {
                            self.frame_mut().pc = pc;
                        }
                        const WORDS: usize = Opcode::$spec.cache_size_const() - 1;
                        const _: () = assert!(WORDS <= 8);
                        let mut args = UopArgs { base, oparg, name: ObjRef(0), cache: [0; 8] };
                        if Opcode::$spec.has_name_arg() {
                            args.name = code.names.get(oparg as usize).copied().unwrap_or(ObjRef(0));
                        }
                        if WORDS > 0 {
                            if let Some(words) = code.instrs.get(cache_at + 1..cache_at + 1 + WORDS) {
                                for (slot, w) in args.cache.iter_mut().zip(words) {
                                    *slot = w.get();
                                }
                            }
                        }
                        $(
                            if !Uop::$uop.redundant_in_tier1() {
                                match Uop::$uop.run(self, &mut args)? {
                                    Flow::Continue => {}
                                    other => return Ok(other),
                                }
                            }
                        )*
                        Ok(Flow::Continue)
                    })*
                    _ => Ok(Flow::Deopt),
                }
            }
        }
    };
}
crate::for_each_specialization!(define_run_specialized);

macro_rules! define_family_index {
    ($(($generic:ident, $cache:expr)),* $(,)?) => {
        /// The specializable families, in table order (for `--stats`).
        pub const FAMILIES: &[Opcode] = &[$(Opcode::$generic),*];
    };
}
crate::for_each_family!(define_family_index);

/// Index of an instruction's family in [`FAMILIES`].
pub fn family_index(op: Opcode) -> Option<usize> {
    let f = op.family();
    FAMILIES.iter().position(|&x| x == f)
}

impl Vm {
    /// `BINARY_OP_INSTANCE` when the left operand's class defines the
    /// operator's dunder as a plain two-argument Python function (no
    /// in-place dunder for `op=`) and the right operand is not an instance
    /// of another class.
    fn specialize_binary_dunder(&self, a: Value, b: Value, arg: u32) -> Spec {
        let (op, inplace) = BinaryOp::from_arg(arg).ok_or(Fail::Operator)?;
        let cls = self.class_of(a);
        if self.is_instance_value(b) && self.class_of(b) != cls {
            return Err(Fail::Operands);
        }
        let [fwd, _, inpl] = self.binop_names[op as usize];
        if inplace && self.lookup_class_attr(cls, inpl).is_some() {
            return Err(Fail::Operator);
        }
        self.operand_dunder(cls, fwd)?;
        Ok((Opcode::BinaryOpInstance, [0; 4]))
    }

    /// `COMPARE_OP_INSTANCE` when the left operand is a plain instance (not
    /// of a subclass of a built-in type) whose class defines the
    /// operator's dunder as a plain two-argument Python function, and the
    /// right operand is not an instance of another class (whose reflected
    /// dunder could come first).
    fn specialize_compare_dunder(&self, a: Value, b: Value, arg: u32) -> Spec {
        let op = CompareOp::from_arg(arg).ok_or(Fail::Operator)?;
        let plain = matches!(a, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(i) if i.native.is_none()));
        if !plain {
            return Err(Fail::Operands);
        }
        let cls = self.class_of(a);
        if self.is_instance_value(b) && self.class_of(b) != cls {
            return Err(Fail::Operands);
        }
        let name = *self.cmp_names.get(op as usize).ok_or(Fail::Operator)?;
        self.operand_dunder(cls, name)?;
        Ok((Opcode::CompareOpInstance, [0; 4]))
    }

    /// `Ok` if the class's dunder `name` is a Python function of exactly
    /// two parameters, as the binary and comparison forms run it.
    fn operand_dunder(&self, cls: ObjRef, name: ObjRef) -> Result<(), Fail> {
        if !matches!(self.lookup_class_attr(cls, name), Some(Value::Obj(_))) {
            return Err(Fail::NotFunction);
        }
        self.python_method(cls, name, 2).map(|_| ()).ok_or(Fail::CodeFlags)
    }

    /// The class's attribute `name` if it is a Python function taking
    /// exactly `params` positional parameters (what the forms that push a
    /// special method's frame run: `uop::semantics::push_operand_frame`).
    pub(crate) fn python_method(&self, class: ObjRef, name: ObjRef, params: u32) -> Option<ObjRef> {
        match self.lookup_class_attr(class, name)? {
            Value::Obj(f) if matches!(self.heap.get(f), Obj::Function(func) if func.code.code.takes_only(params)) => {
                Some(f)
            }
            _ => None,
        }
    }

    /// True if `v` is an instance whose class has the special method
    /// `name` as a Python function of `params` parameters.
    fn instance_with_method(&self, v: Value, name: ObjRef, params: u32) -> bool {
        let Value::Obj(r) = v else { return false };
        let Obj::Instance(i) = self.heap.get(r) else { return false };
        self.python_method(i.class, name, params).is_some()
    }

    /// True if both values are strs.
    fn both_str(&self, a: Value, b: Value) -> bool {
        let is_str = |v| matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Str(_)));
        is_str(a) && is_str(b)
    }

    /// True for an instance whose class's `__hash__` is a Python function
    /// of one parameter (a dict or set key the `*_HASH` forms take).
    fn python_hash(&self, v: Value) -> bool {
        let Value::Obj(r) = v else { return false };
        let Obj::Instance(i) = self.heap.get(r) else { return false };
        self.python_method(i.class, self.names.hash, 1).is_some()
    }

    /// `LOAD_ATTR_PROPERTY` for a property whose getter is a plain Python
    /// function of one parameter (no defaults needed, no `*args`, not a
    /// generator): cache [class, version, getter].
    fn specialize_property(&self, class: ObjRef, version: u32, name: ObjRef) -> Spec {
        let Some(Value::Obj(p)) = self.lookup_class_attr(class, name) else { return Err(Fail::ClassHooks) };
        let Obj::Property(prop) = self.heap.get(p) else { return Err(Fail::ClassHooks) };
        let Value::Obj(getter) = prop.fget else { return Err(Fail::ClassHooks) };
        let Obj::Function(f) = self.heap.get(getter) else { return Err(Fail::ClassHooks) };
        let c = &f.code.code;
        if !c.takes_only(1) {
            return Err(Fail::ClassHooks);
        }
        Ok((Opcode::LoadAttrProperty, [class.0, version, getter.0, 0]))
    }

    /// `LOAD_ATTR_CLASS`: the class dict entry (of `class` or the base where
    /// the MRO lookup finds `name`) holding a value the generic path returns
    /// unchanged; cache [class, version, dict, index].
    fn specialize_class_attr(&self, class: ObjRef, name: ObjRef) -> Spec {
        let Obj::Class(c) = self.heap.get(class) else { return Err(Fail::NotInstance) };
        let v = self.lookup_class_attr(class, name).ok_or(Fail::NotFound)?;
        if !self.class_attr_is_plain(v) {
            return Err(Fail::Descriptor);
        }
        for &k in &c.mro {
            let Obj::Class(kc) = self.heap.get(k) else { continue };
            if self.dict_get_str(kc.dict, name).is_none() {
                continue;
            }
            let i = Self::interned_index(self.heap.get(kc.dict), name).ok_or(Fail::KeyNotInterned)?;
            return Ok((Opcode::LoadAttrClass, [class.0, c.version, kc.dict.0, i]));
        }
        Err(Fail::NotFound)
    }

    /// `LOAD_ATTR_MODULE`: the module dict entry stored under the interned
    /// name; cache [keys version, index].
    fn specialize_module_attr(&self, dict: ObjRef, name: ObjRef) -> Spec {
        if name == self.names.dict_ {
            // `module.__dict__` is the dict itself, whatever the dict holds.
            return Err(Fail::NotFound);
        }
        let d = self.heap.get(dict);
        let Obj::Dict(dd) = d else { return Err(Fail::NotFound) };
        match Self::interned_index(d, name) {
            Some(i) => Ok((Opcode::LoadAttrModule, [dd.keys_version, i, 0, 0])),
            None if self.dict_get_str(dict, name).is_some() => Err(Fail::KeyNotInterned),
            None => Err(Fail::NotFound),
        }
    }

    /// The raw index of the entry of dict `d` whose key is the object `name`.
    fn interned_index(d: &Obj, name: ObjRef) -> Option<u32> {
        let Obj::Dict(d) = d else { return None };
        (0..d.raw_len()).find(|&i| d.raw_entry(i).is_some_and(|e| e.key == Value::Obj(name))).map(|i| i as u32)
    }

    /// Rewrites the instruction at `at` to `op` and fills its cache.
    fn rewrite(code: &CodeObject, at: usize, op: Opcode, cache: &[u32]) {
        let unit = code.instrs[at].get();
        let data_units = op.cache_size().saturating_sub(1);
        for (i, &c) in cache.iter().enumerate().take(data_units) {
            if let Some(cell) = code.instrs.get(at + 2 + i) {
                cell.set(c);
            }
        }
        code.instrs[at].set((unit & !0xff) | op as u32);
    }

    /// A specialized instruction's guard failed. Attribute forms first try to
    /// take the new receiver into the second entry of their two-way cache;
    /// otherwise the instruction goes back to its generic form.
    pub(crate) fn deoptimize(&mut self, code: &CodeObject, at: usize, op: Opcode) {
        if matches!(op, Opcode::LoadAttrInstance | Opcode::LoadMethodInstance | Opcode::StoreAttrInstance) {
            // (LOAD_METHOD_BUILTIN has no second entry: it deopts plainly.)
            let second_free = code.instrs.get(at + 6).is_some_and(|c| c.get() == 0);
            let arg = code.instrs[at].get() >> 8;
            if second_free {
                if let Ok((spec, cache)) = self.choose_specialization(code, op.family(), arg) {
                    if spec == op {
                        for (i, &c) in cache.iter().enumerate() {
                            code.instrs[at + 6 + i].set(c);
                        }
                        return;
                    }
                }
            }
            for i in 0..8 {
                if let Some(c) = code.instrs.get(at + 2 + i) {
                    c.set(0);
                }
            }
        }
        let generic = op.family();
        let unit = code.instrs[at].get();
        code.instrs[at].set((unit & !0xff) | generic as u32);
        if let Some(counter) = code.instrs.get(at + 1) {
            counter.set(backoff(counter.get()));
        }
        if let Some(i) = family_index(op) {
            self.stats.deopts[i] += 1;
        }
    }

    /// Tries to specialize the generic instruction at `at` for the operands
    /// now on the stack. On failure the counter backs off.
    pub(crate) fn specialize(&mut self, code: &CodeObject, at: usize, op: Opcode, arg: u32) -> bool {
        let chosen = self.choose_specialization(code, op, arg);
        let fi = family_index(op).unwrap_or(0);
        match chosen {
            Ok((spec, cache)) => {
                Self::rewrite(code, at, spec, &cache);
                self.stats.specialized[fi] += 1;
                true
            }
            Err(reason) => {
                if let Some(counter) = code.instrs.get(at + 1) {
                    counter.set(backoff(counter.get()));
                }
                self.stats.specialize_failed[fi] += 1;
                self.stats.fail_reasons[fi][reason as usize] += 1;
                false
            }
        }
    }

    /// Picks the specialized form for the operands now on the stack and its
    /// cache contents, or says why none fits.
    pub(crate) fn choose_specialization(&self, code: &CodeObject, op: Opcode, arg: u32) -> Spec {
        let len = self.stack.len();
        let top = *self.stack.last().ok_or(Fail::Operands)?;
        let none = [0u32; 4];
        let second = || self.stack.get(len.wrapping_sub(2)).copied().ok_or(Fail::Operands);
        match op {
            Opcode::BinaryOp => {
                let a = second()?;
                let (bop, _) = BinaryOp::from_arg(arg).ok_or(Fail::Operator)?;
                let spec = match (a, top, bop) {
                    (Value::Int(_), Value::Int(_), BinaryOp::Add) => Opcode::BinaryOpAddInt,
                    (Value::Int(_), Value::Int(_), BinaryOp::Sub) => Opcode::BinaryOpSubInt,
                    (Value::Int(_), Value::Int(_), BinaryOp::Mul) => Opcode::BinaryOpMulInt,
                    (
                        Value::Int(_),
                        Value::Int(_),
                        BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::LShift | BinaryOp::RShift,
                    ) => Opcode::BinaryOpBitInt,
                    (Value::Int(_), Value::Int(_), BinaryOp::FloorDiv | BinaryOp::Mod) => Opcode::BinaryOpDivModInt,
                    (Value::Float(_), Value::Float(_), BinaryOp::Add) => Opcode::BinaryOpAddFloat,
                    (Value::Float(_), Value::Float(_), BinaryOp::Sub) => Opcode::BinaryOpSubFloat,
                    (Value::Float(_), Value::Float(_), BinaryOp::Mul) => Opcode::BinaryOpMulFloat,
                    (Value::Float(_), Value::Float(_), BinaryOp::TrueDiv) => Opcode::BinaryOpDivFloat,
                    (Value::Obj(_), Value::Obj(_), BinaryOp::Add) if self.both_str(a, top) => Opcode::BinaryOpAddStr,
                    (Value::Int(_), Value::Int(_), _) | (Value::Float(_), Value::Float(_), _) => {
                        return Err(Fail::Operator)
                    }
                    (Value::Obj(_), _, _) if self.is_instance_value(a) => {
                        return self.specialize_binary_dunder(a, top, arg);
                    }
                    _ => return Err(Fail::Operands),
                };
                Ok((spec, none))
            }
            Opcode::CompareOp => match (second()?, top) {
                (Value::Int(_), Value::Int(_)) => Ok((Opcode::CompareOpInt, none)),
                (Value::Float(_), Value::Float(_)) => Ok((Opcode::CompareOpFloat, none)),
                (a, b) if self.both_str(a, b) => Ok((Opcode::CompareOpStr, none)),
                (a, b) if self.is_instance_value(a) => self.specialize_compare_dunder(a, b, arg),
                _ => Err(Fail::Operands),
            },
            Opcode::LoadGlobal => {
                let name = *code.names.get(arg as usize).ok_or(Fail::NotFound)?;
                let globals = self.frames.last().ok_or(Fail::NotFound)?.globals;
                let find = |dict| Self::interned_index(self.heap.get(dict), name);
                if let Some(i) = find(globals) {
                    return Ok((Opcode::LoadGlobalModule, [i, 0, 0, 0]));
                }
                if self.dict_get_str(globals, name).is_some() {
                    return Err(Fail::KeyNotInterned);
                }
                let keys = match self.heap.get(globals) {
                    Obj::Dict(d) => d.keys_version,
                    _ => return Err(Fail::NotFound),
                };
                let i = find(self.builtins).ok_or(Fail::NotFound)?;
                Ok((Opcode::LoadGlobalBuiltin, [keys, i, 0, 0]))
            }
            Opcode::LoadAttr | Opcode::LoadMethod | Opcode::StoreAttr => {
                let name = *code.names.get(arg as usize).ok_or(Fail::NotFound)?;
                if op == Opcode::LoadAttr {
                    if let Value::Obj(r) = top {
                        match self.heap.get(r) {
                            Obj::Class(_) => return self.specialize_class_attr(r, name),
                            Obj::Module { dict, .. } => return self.specialize_module_attr(*dict, name),
                            _ => {}
                        }
                    }
                }
                let builtin_data = match top {
                    Value::Int(_) | Value::Float(_) | Value::Bool(_) => true,
                    Value::Obj(r) => matches!(
                        self.heap.get(r),
                        Obj::Str(_)
                            | Obj::List(_)
                            | Obj::Tuple(_)
                            | Obj::Dict(_)
                            | Obj::Set(_)
                            | Obj::BigInt(_)
                            | Obj::Generator(_)
                    ),
                    _ => false,
                };
                if op == Opcode::LoadMethod && builtin_data {
                    // Methods of built-in types: a built-in function in the type's dict.
                    let class = self.class_of(top);
                    let is_builtin_type = matches!(self.heap.get(class), Obj::Class(c) if c.layout == crate::runtime::object::Layout::Native);
                    if is_builtin_type {
                        if let Some(Value::Obj(m)) = self.lookup_class_attr(class, name) {
                            if matches!(self.heap.get(m), Obj::Builtin { receiver: Value::Null, .. }) {
                                return Ok((Opcode::LoadMethodBuiltin, [class.0, 0, 0, m.0]));
                            }
                        }
                    }
                }
                let Value::Obj(r) = top else { return Err(Fail::NotInstance) };
                let Obj::Instance(inst) = self.heap.get(r) else { return Err(Fail::NotInstance) };
                if inst.shape == ShapeTable::DICT {
                    return Err(Fail::DictMode);
                }
                let Obj::Class(class) = self.heap.get(inst.class) else { return Err(Fail::NotInstance) };
                let slot = self.shapes.lookup(inst.shape, name);
                let head = [inst.class.0, class.version, inst.shape.0];
                // A class with data descriptors (properties) specializes the
                // names that are not one: what the class holds for the name
                // cannot change without bumping the version the form checks.
                let descr = class.hooks & HOOK_DESCR != 0
                    && self.lookup_class_attr(inst.class, name).is_some_and(|v| self.maybe_data_descriptor(v));
                match op {
                    Opcode::LoadAttr => {
                        if class.hooks & HOOK_GETATTRIBUTE != 0 {
                            return Err(Fail::ClassHooks);
                        }
                        if descr {
                            // An AttributeError from the getter falls back to `__getattr__`.
                            if class.hooks & HOOK_GETATTR != 0 {
                                return Err(Fail::ClassHooks);
                            }
                            return self.specialize_property(inst.class, class.version, name);
                        }
                        let slot = slot.ok_or(Fail::NotInShape)?;
                        Ok((Opcode::LoadAttrInstance, [head[0], head[1], head[2], slot as u32]))
                    }
                    Opcode::LoadMethod => {
                        if class.hooks & HOOK_GETATTRIBUTE != 0 || descr {
                            return Err(Fail::ClassHooks);
                        }
                        if slot.is_some() {
                            return Err(Fail::ShadowedByInstance);
                        }
                        let f = self.lookup_class_attr(inst.class, name).ok_or(Fail::NotFound)?;
                        match f {
                            Value::Obj(fr) if matches!(self.heap.get(fr), Obj::Function(_)) => {
                                Ok((Opcode::LoadMethodInstance, [head[0], head[1], head[2], fr.0]))
                            }
                            _ => Err(Fail::NotFunction),
                        }
                    }
                    _ => {
                        if class.hooks & HOOK_SETATTR != 0 || descr || class.slots.is_some() {
                            return Err(Fail::ClassHooks);
                        }
                        if inst.exc.is_some() {
                            return Err(Fail::ExceptionInstance);
                        }
                        match slot {
                            Some(slot) => Ok((Opcode::StoreAttrInstance, [head[0], head[1], head[2], slot as u32])),
                            None => {
                                // A new attribute: the shape transition the generic store took
                                // before (none yet: the next attempt will find it).
                                let next = self.shapes.transition(inst.shape, name).ok_or(Fail::NewTransition)?;
                                let new_slot = inst.slots.len() as u32;
                                Ok((Opcode::StoreAttrInstanceAdd, [head[0], head[2], new_slot, next.0]))
                            }
                        }
                    }
                }
            }
            Opcode::Call => {
                if self.pending_kwnames.is_some() {
                    return Err(Fail::Keywords);
                }
                let argc = arg as usize;
                let call_base = len.checked_sub(argc + 2).ok_or(Fail::Operands)?;
                let Value::Obj(fr) = self.stack[call_base] else { return Err(Fail::CalleeKind) };
                let self_slot_empty = self.stack[call_base + 1].is_null();
                match self.heap.get(fr) {
                    // A bound built-in method kept in a variable
                    // (`append = lst.append`): the same object each call.
                    Obj::Builtin { receiver, .. } if !receiver.is_null() && self_slot_empty => {
                        Ok((Opcode::CallBuiltin, [fr.0, 0, 0, 0]))
                    }
                    Obj::Builtin { def, receiver: Value::Null } => {
                        // `next(gen)`, `gen.__next__()`, `gen.send(v)` (cache word 1:
                        // where the generator is, see `uop::semantics::call_gen_position`).
                        if let Some(resumes) = crate::builtins::generator_resumption(def.func) {
                            let next_builtin = resumes == crate::builtins::GenResumption::NextBuiltin;
                            let (want_argc, want_empty) = match resumes {
                                crate::builtins::GenResumption::NextBuiltin => (1, true),
                                crate::builtins::GenResumption::DunderNext => (0, false),
                                crate::builtins::GenResumption::Send => (1, false),
                            };
                            let at = len - argc - 1 + usize::from(next_builtin);
                            if argc == want_argc
                                && self_slot_empty == want_empty
                                && self.as_generator(self.stack[at]).is_some()
                            {
                                return Ok((Opcode::CallGen, [fr.0, u32::from(next_builtin), 0, 0]));
                            }
                        }
                        let spec = if def.name == "len" && argc == 1 && self_slot_empty {
                            if self.instance_with_method(top, self.names.len, 1) {
                                Opcode::CallLenInstance
                            } else {
                                Opcode::CallLen
                            }
                        } else if def.name == "isinstance"
                            && argc == 2
                            && self_slot_empty
                            && matches!(top, Value::Obj(c) if matches!(self.heap.get(c),
                                Obj::Class(k) if k.hooks & crate::runtime::object::HOOK_SUBCLASSCHECK == 0))
                        {
                            Opcode::CallIsinstance
                        } else {
                            Opcode::CallBuiltin
                        };
                        let inline = if spec == Opcode::CallBuiltin {
                            crate::interp::inner::inline_builtin_code(def.func)
                        } else {
                            0
                        };
                        Ok((spec, [fr.0, inline, 0, 0]))
                    }
                    Obj::Class(class) if class.ctor.is_some() => {
                        // A built-in type's constructor (`range(n)`, `list(x)`): called as
                        // the generic path calls it.
                        Ok((Opcode::CallBuiltinClass, [fr.0, 0, 0, 0]))
                    }
                    Obj::Class(class) => {
                        if class.layout != crate::runtime::object::Layout::Object
                            || class.meta.is_some()
                            || class.slots.is_some()
                            || !self_slot_empty
                            || self.class_overrides_new(fr)
                        {
                            return Err(Fail::ClassLayout);
                        }
                        let version = class.version;
                        let init = self.lookup_class_attr(fr, self.names.init).ok_or(Fail::NotFound)?;
                        let Value::Obj(ir) = init else { return Err(Fail::NotFunction) };
                        let Obj::Function(f) = self.heap.get(ir) else { return Err(Fail::NotFunction) };
                        let c = &f.code.code;
                        if c.flags != 0 || c.kwonlyargcount != 0 {
                            return Err(Fail::CodeFlags);
                        }
                        if c.argcount as usize != argc + 1 {
                            return Err(Fail::ArgumentCount);
                        }
                        Ok((Opcode::CallAllocAndEnterInit, [fr.0, version, ir.0, 0]))
                    }
                    Obj::Function(f) if f.code.code.flags == crate::bytecode::code::FLAG_GENERATOR => {
                        if !f.code.binds_generator(argc + usize::from(!self_slot_empty)) {
                            return Err(Fail::CodeFlags);
                        }
                        Ok((Opcode::CallPyGen, [fr.0, f.version, 0, 0]))
                    }
                    Obj::Function(f) => {
                        let c = &f.code.code;
                        if c.flags != 0 || c.kwonlyargcount != 0 {
                            return Err(Fail::CodeFlags);
                        }
                        if argc + usize::from(!self_slot_empty) != c.argcount as usize {
                            return Err(Fail::ArgumentCount);
                        }
                        Ok((Opcode::CallPyExactArgs, [fr.0, f.version, 0, 0]))
                    }
                    _ => Err(Fail::CalleeKind),
                }
            }
            Opcode::ForIter => {
                let Value::Obj(r) = top else { return Err(Fail::Operands) };
                match self.heap.get(r) {
                    Obj::Iter(crate::runtime::object::IterState::Range { .. }) => Ok((Opcode::ForIterRange, none)),
                    Obj::Iter(crate::runtime::object::IterState::Seq { seq, .. })
                        if matches!(self.heap.get(*seq), Obj::List(_)) =>
                    {
                        Ok((Opcode::ForIterList, none))
                    }
                    Obj::Iter(crate::runtime::object::IterState::Seq { seq, .. })
                        if matches!(self.heap.get(*seq), Obj::Tuple(_)) =>
                    {
                        Ok((Opcode::ForIterTuple, none))
                    }
                    Obj::Generator(_) => Ok((Opcode::ForIterGen, none)),
                    Obj::Instance(i) if self.python_method(i.class, self.names.next, 1).is_some() => {
                        Ok((Opcode::ForIterInstance, none))
                    }
                    _ => Err(Fail::Operands),
                }
            }
            Opcode::Send => {
                let Value::Obj(r) = second()? else { return Err(Fail::Operands) };
                match self.heap.get(r) {
                    Obj::Generator(_) => Ok((Opcode::SendGen, none)),
                    _ => Err(Fail::Operands),
                }
            }
            Opcode::BinarySubscr => {
                let Value::Obj(r) = second()? else { return Err(Fail::Operands) };
                match (self.heap.get(r), top) {
                    (Obj::List(_), Value::Int(_)) => Ok((Opcode::BinarySubscrListInt, none)),
                    (Obj::Tuple(_), Value::Int(_)) => Ok((Opcode::BinarySubscrTupleInt, none)),
                    (Obj::Dict(_), _) if self.python_hash(top) => Ok((Opcode::BinarySubscrDictHash, none)),
                    (Obj::Dict(_), _) => Ok((Opcode::BinarySubscrDict, none)),
                    (Obj::Str(_), Value::Int(_)) => Ok((Opcode::BinarySubscrStrInt, none)),
                    #[cfg(feature = "array-module")]
                    (Obj::Instance(_), Value::Int(_))
                        if crate::builtins::modules::array::is_exact_array(self, Value::Obj(r)) =>
                    {
                        Ok((Opcode::BinarySubscrArrayInt, none))
                    }
                    (Obj::Instance(i), _) if self.python_method(i.class, self.names.getitem, 2).is_some() => {
                        Ok((Opcode::BinarySubscrInstance, none))
                    }
                    _ => Err(Fail::Operands),
                }
            }
            Opcode::StoreSubscr => {
                let Value::Obj(r) = second()? else { return Err(Fail::Operands) };
                match (self.heap.get(r), top) {
                    (Obj::List(_), Value::Int(_)) => Ok((Opcode::StoreSubscrListInt, none)),
                    (Obj::Dict(_), _) if self.python_hash(top) => Ok((Opcode::StoreSubscrDictHash, none)),
                    (Obj::Dict(_), _) => Ok((Opcode::StoreSubscrDict, none)),
                    #[cfg(feature = "array-module")]
                    (Obj::Instance(_), Value::Int(_))
                        if crate::builtins::modules::array::is_exact_array(self, Value::Obj(r)) =>
                    {
                        Ok((Opcode::StoreSubscrArrayInt, none))
                    }
                    (Obj::Instance(i), _) if self.python_method(i.class, self.names.setitem, 3).is_some() => {
                        Ok((Opcode::StoreSubscrInstance, none))
                    }
                    _ => Err(Fail::Operands),
                }
            }
            Opcode::UnpackSequence => {
                let Value::Obj(r) = top else { return Err(Fail::Operands) };
                match self.heap.get(r) {
                    Obj::Tuple(t) if t.len() == arg as usize => {
                        let spec = if arg == 2 { Opcode::UnpackSequenceTwoTuple } else { Opcode::UnpackSequenceTuple };
                        Ok((spec, none))
                    }
                    Obj::List(l) if l.len() == arg as usize => Ok((Opcode::UnpackSequenceList, none)),
                    _ => Err(Fail::Operands),
                }
            }
            Opcode::ContainsOp => {
                let Value::Obj(r) = top else { return Err(Fail::Operands) };
                let needle = second()?;
                // Set and list membership only for needles whose hash and
                // equality run no Python code (the uops check it each time;
                // a set also takes tuples and instances hashed by identity).
                let simple = match needle {
                    Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None => true,
                    Value::Obj(n) => matches!(self.heap.get(n), Obj::Str(_)),
                    Value::Null => false,
                };
                match self.heap.get(r) {
                    Obj::Dict(_) | Obj::Set(_) if self.python_hash(needle) => Ok((Opcode::ContainsOpHash, none)),
                    Obj::Dict(_) => Ok((Opcode::ContainsOpDict, none)),
                    Obj::Set(_) if simple || self.pure_hash(needle).is_some() => Ok((Opcode::ContainsOpSet, none)),
                    Obj::List(_) if simple => Ok((Opcode::ContainsOpList, none)),
                    Obj::Str(_) if self.both_str(needle, top) => Ok((Opcode::ContainsOpStr, none)),
                    Obj::Instance(i) if self.python_method(i.class, self.names.contains, 2).is_some() => {
                        Ok((Opcode::ContainsOpInstance, none))
                    }
                    _ => Err(Fail::Operands),
                }
            }
            Opcode::ToBool => {
                let spec = match top {
                    Value::Bool(_) => Opcode::ToBoolBool,
                    Value::Int(_) => Opcode::ToBoolInt,
                    Value::None => Opcode::ToBoolNone,
                    Value::Obj(r) => match self.heap.get(r) {
                        Obj::List(_) => return Ok((Opcode::ToBoolList, [self.types.list.0, 0, 0, 0])),
                        Obj::Str(_) => return Ok((Opcode::ToBoolStr, [self.types.str_.0, 0, 0, 0])),
                        Obj::Instance(inst) => {
                            let Obj::Class(c) = self.heap.get(inst.class) else { return Err(Fail::NotInstance) };
                            if !self.class_always_true(inst.class) {
                                return Err(Fail::TruthDunder);
                            }
                            return Ok((Opcode::ToBoolAlwaysTrue, [inst.class.0, c.version, 0, 0]));
                        }
                        _ => return Err(Fail::Operands),
                    },
                    _ => return Err(Fail::Operands),
                };
                Ok((spec, none))
            }
            _ => Err(Fail::Operands),
        }
    }
}

impl Opcode {
    /// True for a specialized form whose uops can neither raise nor push a
    /// frame nor read the frame's position: every case they do not handle
    /// deoptimizes (and the generic form saves the position itself), so
    /// tier 1 need not store the position before running them.
    pub const fn keeps_pc_unsaved(self) -> bool {
        self.is_small_number_form()
            || self.is_to_bool_form()
            || matches!(
                self,
                Opcode::LoadGlobalModule
                    | Opcode::LoadGlobalBuiltin
                    | Opcode::LoadAttrInstance
                    | Opcode::LoadMethodInstance
                    | Opcode::LoadMethodBuiltin
                    | Opcode::StoreAttrInstance
                    | Opcode::StoreAttrInstanceAdd
                    | Opcode::ForIterRange
                    | Opcode::ForIterList
                    | Opcode::ForIterTuple
                    | Opcode::BinarySubscrListInt
                    | Opcode::BinarySubscrTupleInt
                    | Opcode::StoreSubscrListInt
                    | Opcode::UnpackSequenceTwoTuple
                    | Opcode::UnpackSequenceTuple
                    | Opcode::UnpackSequenceList
            )
            || self.is_array_form()
    }

    /// The `array` module's specialized subscripts (feature `array-module`).
    #[cfg(feature = "array-module")]
    pub const fn is_array_form(self) -> bool {
        matches!(self, Opcode::BinarySubscrArrayInt | Opcode::StoreSubscrArrayInt)
    }

    /// The `array` module's specialized subscripts (none without `array-module`).
    #[cfg(not(feature = "array-module"))]
    pub const fn is_array_form(self) -> bool {
        false
    }

    /// The specialized arithmetic and comparisons on two small ints or two floats.
    pub const fn is_small_number_form(self) -> bool {
        matches!(
            self,
            Opcode::BinaryOpAddInt
                | Opcode::BinaryOpSubInt
                | Opcode::BinaryOpMulInt
                | Opcode::BinaryOpBitInt
                | Opcode::BinaryOpDivModInt
                | Opcode::BinaryOpAddFloat
                | Opcode::BinaryOpSubFloat
                | Opcode::BinaryOpMulFloat
                | Opcode::BinaryOpDivFloat
                | Opcode::CompareOpInt
                | Opcode::CompareOpFloat
        )
    }

    /// The specialized `TO_BOOL` forms.
    pub const fn is_to_bool_form(self) -> bool {
        matches!(
            self,
            Opcode::ToBoolBool
                | Opcode::ToBoolInt
                | Opcode::ToBoolNone
                | Opcode::ToBoolList
                | Opcode::ToBoolStr
                | Opcode::ToBoolAlwaysTrue
        )
    }
}
