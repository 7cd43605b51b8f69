//! Each specializing family rewrites itself into the intended form after
//! warm-up on its intended input, and deoptimizes on other inputs (checked
//! on the instructions actually in the code object).

use vm_core::bytecode::opcode::{decode, Opcode};
use vm_core::runtime::object::Obj;
use vm_core::{BufferHost, Value, Vm, VmConfig};

/// Runs `src`, then returns the opcodes now in the code of global function `f`.
fn opcodes_of_f(src: &str) -> (Vm, Vec<Opcode>) {
    let mut vm = Vm::new(VmConfig::default(), Box::new(BufferHost::default()));
    vm.run_source(src, "t.py").unwrap_or_else(|e| panic!("{}", e.traceback));
    let main = vm.intern("__main__");
    let f = vm.intern("f");
    let module = vm.dict_get_str(vm.modules, main).expect("__main__");
    let Value::Obj(m) = module else { panic!() };
    let Obj::Module { dict, .. } = vm.heap.get(m) else { panic!() };
    let Some(Value::Obj(fr)) = vm.dict_get_str(*dict, f) else { panic!("no f") };
    let Obj::Function(func) = vm.heap.get(fr) else { panic!("f is not a function") };
    let mut ops = Vec::new();
    let mut pc = 0;
    while pc < func.code.instrs.len() {
        let (byte, _) = decode(func.code.instrs[pc].get());
        let op = Opcode::from_u8(byte).expect("opcode");
        ops.push(op);
        pc += 1 + op.cache_size();
    }
    (vm, ops)
}

fn has(ops: &[Opcode], op: Opcode) -> bool {
    ops.contains(&op)
}

#[test]
fn binary_op_specializes_per_type_and_deopts() {
    let (_, ops) = opcodes_of_f("def f(a, b):\n    return a + b\nfor i in range(20):\n    f(i, 1)\n");
    assert!(has(&ops, Opcode::BinaryOpAddInt), "{ops:?}");
    let (_, ops) = opcodes_of_f("def f(a, b):\n    return a * b\nfor i in range(20):\n    f(i + 0.5, 2.0)\n");
    assert!(has(&ops, Opcode::BinaryOpMulFloat), "{ops:?}");
    // Ints first, then strs: the int form deopts back to the generic instruction.
    let src = "def f(a, b):\n    return a + b\nfor i in range(20):\n    f(i, 1)\nf('a', 'b')\n";
    let (vm, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::BinaryOp) && !has(&ops, Opcode::BinaryOpAddInt), "{ops:?}");
    assert!(vm.stats.deopts[0] >= 1);
    // Unsupported operand types never specialize.
    let (_, ops) = opcodes_of_f("def f(a, b):\n    return a + b\nfor i in range(20):\n    f([i], [1])\n");
    assert!(has(&ops, Opcode::BinaryOp), "{ops:?}");
}

#[test]
fn compare_op_specializes() {
    let (_, ops) = opcodes_of_f("def f(a, b):\n    return a < b\nfor i in range(20):\n    f(i, 3)\n");
    assert!(has(&ops, Opcode::CompareOpInt), "{ops:?}");
    let (_, ops) = opcodes_of_f("def f(a, b):\n    return a < b\nfor i in range(20):\n    f(i * 0.5, 3.0)\n");
    assert!(has(&ops, Opcode::CompareOpFloat), "{ops:?}");
    let (_, ops) = opcodes_of_f("def f(a, b):\n    return a < b\nfor i in range(20):\n    f('x', 'y')\n");
    assert!(has(&ops, Opcode::CompareOpStr), "{ops:?}");
    let (_, ops) = opcodes_of_f("def f(a, b):\n    return a < b\nfor i in range(20):\n    f([i], [1])\n");
    assert!(has(&ops, Opcode::CompareOp), "{ops:?}");
}

#[test]
fn load_global_specializes_for_module_and_builtin_names() {
    let (_, ops) = opcodes_of_f("K = 3\ndef f():\n    return K\nfor i in range(20):\n    f()\n");
    assert!(has(&ops, Opcode::LoadGlobalModule), "{ops:?}");
    let (_, ops) = opcodes_of_f("def f():\n    return len\nfor i in range(20):\n    f()\n");
    assert!(has(&ops, Opcode::LoadGlobalBuiltin), "{ops:?}");
    // Shadowing the builtin with a global invalidates the builtin form.
    let src = "def f():\n    return len\nfor i in range(20):\n    f()\nlen = 5\nassert f() == 5\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(!has(&ops, Opcode::LoadGlobalBuiltin), "{ops:?}");
}

#[test]
fn attribute_and_method_access_specialize_and_deopt_on_class_change() {
    let src = "class A:\n    def __init__(self):\n        self.x = 1\n    def m(self):\n        return 2\n\
               def f(a):\n    a.x = a.x + 1\n    return a.m()\na = A()\nfor i in range(20):\n    f(a)\n";
    let (_, ops) = opcodes_of_f(src);
    for op in [Opcode::LoadAttrInstance, Opcode::StoreAttrInstance, Opcode::LoadMethodInstance] {
        assert!(has(&ops, op), "{op:?} missing in {ops:?}");
    }
    let mutated = format!("{src}A.m = lambda self: 3\nassert f(a) == 3\n");
    let (_, ops) = opcodes_of_f(&mutated);
    assert!(has(&ops, Opcode::LoadMethod), "{ops:?}");
}

#[test]
fn calls_and_loops_specialize() {
    let src = "def g(x):\n    return x\ndef f(xs):\n    t = 0\n    for v in xs:\n        t += g(v)\n    return t\n\
               f(list(range(30)))\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::CallPyExactArgs), "{ops:?}");
    assert!(has(&ops, Opcode::ForIterList), "{ops:?}");
    let src = "def f(n):\n    t = 0\n    for v in range(n):\n        t += v\n    return t\nf(30)\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::ForIterRange), "{ops:?}");
}

#[test]
fn every_specialized_form_is_made_of_uops_guards_first() {
    use vm_core::uop::UopKind;
    for &op in Opcode::ALL {
        if !op.is_specialized() {
            assert!(op.uops().is_empty());
            continue;
        }
        let uops = op.uops();
        assert!(!uops.is_empty(), "{op:?} has no uops");
        // A form may be guards only (TO_BOOL_BOOL: the value already is the result).
        let first_action = uops.iter().position(|u| u.kind() == UopKind::Action).unwrap_or(uops.len());
        assert!(uops[first_action..].iter().all(|u| u.kind() == UopKind::Action), "{op:?}: guard after action");
        assert_eq!(op.cache_size(), op.family().cache_size());
    }
}

#[test]
fn class_instantiation_specializes_and_deopts_when_init_changes() {
    let src = "class A:\n    def __init__(self, x):\n        self.x = x\ndef f(v):\n    return A(v).x\n\
               for i in range(20):\n    f(i)\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::CallAllocAndEnterInit), "{ops:?}");
    let changed = format!("{src}def init2(self, x):\n    self.x = -x\nA.__init__ = init2\nassert f(3) == -3\n");
    let (_, ops) = opcodes_of_f(&changed);
    assert!(!has(&ops, Opcode::CallAllocAndEnterInit), "{ops:?}");
}

#[test]
fn binary_op_on_instances_calls_the_dunder_as_a_frame_and_deopts() {
    let cls = "class V:\n    def __init__(self, x):\n        self.x = x\n    def __add__(self, o):\n        return V(self.x + (o.x if isinstance(o, V) else o))\n";
    let src = format!("{cls}def f(a, b):\n    return a + b\nfor i in range(20):\n    f(V(i), V(1))\n");
    let (_, ops) = opcodes_of_f(&src);
    assert!(has(&ops, Opcode::BinaryOpInstance), "{ops:?}");
    // A dunder the form cannot call as a plain frame (a default argument): it deopts.
    let src = format!("{cls}def f(a, b):\n    return a + b\nfor i in range(20):\n    f(V(i), 2)\nV.__add__ = lambda s, o, k=0: 0\nf(V(1), 2)\n");
    let (vm, ops) = opcodes_of_f(&src);
    assert!(has(&ops, Opcode::BinaryOp), "the class changed: {ops:?}");
    assert!(vm.stats.deopts[0] >= 1);
    // NotImplemented from the dunder: the operator finishes with a TypeError, as CPython does.
    let mut vm = Vm::new(VmConfig::default(), Box::new(BufferHost::default()));
    let src = "class N:\n    def __add__(self, o):\n        return NotImplemented\ndef f(a, b):\n    return a + b\nfor i in range(20):\n    try:\n        f(N(), 1)\n    except TypeError as e:\n        m = str(e)\nprint(m)\n";
    vm.run_source(src, "t.py").unwrap_or_else(|e| panic!("{}", e.traceback));
    assert_eq!(vm.take_buffered_stdout().as_deref(), Some("unsupported operand type(s) for +: 'N' and 'int'\n"));
}

/// Runs `src` and checks the printed output (the specialized forms must
/// compute what the generic path computes).
fn output_of(src: &str) -> String {
    let mut vm = Vm::new(VmConfig::default(), Box::new(BufferHost::default()));
    vm.run_source(src, "t.py").unwrap_or_else(|e| panic!("{}", e.traceback));
    vm.take_buffered_stdout().unwrap_or_default()
}

#[test]
fn str_concat_and_subscript_specialize_and_deopt() {
    let (_, ops) = opcodes_of_f("def f(a, b):\n    return a + b\nfor i in range(20):\n    f('x', str(i))\n");
    assert!(has(&ops, Opcode::BinaryOpAddStr), "{ops:?}");
    // A str site that later sees lists deoptimizes.
    let (vm, ops) = opcodes_of_f(
        "def f(a, b):\n    return a + b\nfor i in range(20):\n    f('x', 'y')\nassert f([1], [2]) == [1, 2]\n",
    );
    assert!(has(&ops, Opcode::BinaryOp) && !has(&ops, Opcode::BinaryOpAddStr), "{ops:?}");
    assert!(vm.stats.deopts[0] >= 1);
    let (_, ops) = opcodes_of_f("def f(s, i):\n    return s[i]\nfor i in range(20):\n    f('abcé', i % 4 - 2)\n");
    assert!(has(&ops, Opcode::BinarySubscrStrInt), "{ops:?}");
    // Out of range deoptimizes (the generic path raises IndexError).
    let src = "def f(s, i):\n    return s[i]\nfor i in range(20):\n    f('abc', 1)\ntry:\n    f('abc', 3)\nexcept IndexError:\n    pass\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::BinarySubscr), "{ops:?}");
    let out = output_of("def f(s, i):\n    return s[i]\nprint([f('aé€😀', i) for i in range(-4, 4)])\n");
    assert_eq!(out, "['a', 'é', '€', '😀', 'a', 'é', '€', '😀']\n");
}

#[test]
fn str_compare_specializes_for_all_operators() {
    for op in ["<", "<=", "==", "!=", ">", ">="] {
        let src = format!("def f(a, b):\n    return a {op} b\nfor i in range(20):\n    f('a', 'b')\n");
        let (_, ops) = opcodes_of_f(&src);
        assert!(has(&ops, Opcode::CompareOpStr), "{op}: {ops:?}");
    }
    let src = "def f(a, b):\n    return a < b\nfor i in range(20):\n    f('a', 'b')\nassert f(1, 2)\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::CompareOp), "{ops:?}");
    let src = "def f(a, b):\n    return (a < b, a <= b, a == b, a != b, a > b, a >= b)\n\
               for p in [('a', 'b'), ('b', 'a'), ('ab', 'ab'), ('', 'a'), ('é', 'z')] * 3:\n    print(f(*p))\n";
    let out = output_of(src);
    assert!(out.ends_with("(True, True, False, True, False, False)\n(False, False, False, True, True, True)\n(False, True, True, False, False, True)\n(True, True, False, True, False, False)\n(False, False, False, True, True, True)\n"), "{out}");
}

#[test]
fn class_and_module_attributes_specialize_and_deopt() {
    let cls = "class A:\n    K = 3\n    def m(self):\n        return 1\nclass B(A):\n    pass\n";
    let src = format!("{cls}def f(c):\n    return c.K\nfor i in range(20):\n    f(B)\n");
    let (_, ops) = opcodes_of_f(&src);
    assert!(has(&ops, Opcode::LoadAttrClass), "{ops:?}");
    // A base class change bumps the subclass's version: the form deoptimizes.
    let src = format!("{cls}def f(c):\n    return c.K\nfor i in range(20):\n    f(B)\nA.K = 4\nassert f(B) == 4\n");
    let (vm, ops) = opcodes_of_f(&src);
    assert!(has(&ops, Opcode::LoadAttr), "{ops:?}");
    assert!(vm.stats.deopts[3] >= 1);
    // Functions are plain; static and class methods are not cached.
    let src = format!("{cls}def f(c):\n    return c.m\nfor i in range(20):\n    f(A)\n");
    assert!(has(&opcodes_of_f(&src).1, Opcode::LoadAttrClass));
    let src = "class A:\n    @classmethod\n    def c(cls):\n        return cls\ndef f(c):\n    return c.c\nfor i in range(20):\n    f(A)\n";
    assert!(has(&opcodes_of_f(src).1, Opcode::LoadAttr));
    let src = "import math\ndef f(m):\n    return m.pi\nfor i in range(20):\n    f(math)\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::LoadAttrModule), "{ops:?}");
    // Another receiver kind deoptimizes.
    let src = "import math\nclass C:\n    pi = 3\ndef f(m):\n    return m.pi\nfor i in range(20):\n    f(math)\nassert f(C()) == 3\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::LoadAttr), "{ops:?}");
}

#[test]
fn isinstance_specializes_and_deopts_on_tuples() {
    let src = "class A:\n    pass\ndef f(x, c):\n    return isinstance(x, c)\nfor i in range(20):\n    f(i, A)\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::CallIsinstance), "{ops:?}");
    let src =
        "def f(x, c):\n    return isinstance(x, c)\nfor i in range(20):\n    f(i, int)\nassert f(1, (str, int))\n";
    let (vm, ops) = opcodes_of_f(src);
    assert!(!has(&ops, Opcode::CallIsinstance), "{ops:?}");
    assert!(vm.stats.deopts[6] >= 1);
}

#[test]
fn for_iter_over_tuples_specializes_and_deopts() {
    let src = "def f(xs):\n    t = 0\n    for v in xs:\n        t += v\n    return t\nf(tuple(range(30)))\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::ForIterTuple), "{ops:?}");
    let src = "def f(xs):\n    t = 0\n    for v in xs:\n        t += v\n    return t\nf(tuple(range(30)))\nassert f([1, 2]) == 3\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(!has(&ops, Opcode::ForIterTuple), "{ops:?}");
}

#[test]
fn contains_specializes_for_set_str_and_list() {
    let cases = [
        ("{1, 2, 3}", "i", Opcode::ContainsOpSet),
        ("'hello world'", "'lo w'", Opcode::ContainsOpStr),
        ("[1, 'a', None, 2.5]", "i", Opcode::ContainsOpList),
    ];
    for (container, needle, form) in cases {
        let src = format!("def f(x, c):\n    return x in c\nfor i in range(20):\n    f({needle}, {container})\n");
        let (_, ops) = opcodes_of_f(&src);
        assert!(has(&ops, form), "{form:?}: {ops:?}");
        // A needle that could run Python code (or a tuple container) deoptimizes.
        let src = format!(
            "def f(x, c):\n    return x in c\nfor i in range(20):\n    f({needle}, {container})\nf((1,), (1, 2))\n"
        );
        let (_, ops) = opcodes_of_f(&src);
        assert!(has(&ops, Opcode::ContainsOp), "{form:?}: {ops:?}");
    }
    // Elements with __eq__ go through the generic comparison, as before.
    let src = "class E:\n    def __eq__(self, o):\n        print('eq', o)\n        return o == 7\n\
               def f(x, c):\n    return x not in c\nfor i in range(20):\n    f(i, [1, 2])\nprint(f(7, [1, E(), 3]), f(8, [E()]))\n";
    assert_eq!(output_of(src), "eq 7\neq 8\nFalse True\n");
}

#[test]
fn for_iter_over_generators_pushes_their_frame_and_deopts() {
    let gen = "def g(n):\n    for i in range(n):\n        yield i\n";
    let src =
        format!("{gen}def f(it):\n    t = 0\n    for v in it:\n        t += v\n    return t\nassert f(g(30)) == 435\n");
    let (_, ops) = opcodes_of_f(&src);
    assert!(has(&ops, Opcode::ForIterGen), "{ops:?}");
    let src = format!(
        "{gen}def f(it):\n    t = 0\n    for v in it:\n        t += v\n    return t\nf(g(30))\nassert f([1, 2]) == 3\n"
    );
    let (vm, ops) = opcodes_of_f(&src);
    assert!(!has(&ops, Opcode::ForIterGen), "{ops:?}");
    assert!(vm.stats.deopts[7] >= 1);
    // An exhausted generator ends the loop in the specialized form; a running one raises.
    let src = format!(
        "{gen}def f(it):\n    t = 0\n    for v in it:\n        t += v\n    return t\nf(g(30))\nx = g(3)\nprint(f(x), f(x))\n\
         def r():\n    for v in me:\n        yield v\nme = r()\ntry:\n    f(me)\nexcept ValueError as e:\n    print(e)\n"
    );
    assert_eq!(output_of(&src), "3 0\ngenerator already executing\n");
}

#[test]
fn yield_from_a_generator_pushes_its_frame_and_deopts() {
    let gen = "def g(n):\n    for i in range(n):\n        yield i\n    return -1\n";
    // (A generator suspended in `yield from` a generator is resumed past
    // its `SEND`, straight into the delegate: the `SEND` runs once per
    // delegation, so this one delegates to many.)
    let src = format!(
        "{gen}def f(n):\n    for k in range(n):\n        r = yield from g(3)\n    yield r or 0\n\
         def total(n):\n    t = 0\n    for v in f(n):\n        t += v\n    return t\n\
         assert total(30) == 89\n"
    );
    let (_, ops) = opcodes_of_f(&src);
    assert!(has(&ops, Opcode::SendGen), "{ops:?}");
    // A delegate that is not a generator deoptimizes; the results stay right.
    let src = format!(
        "{gen}def f(it):\n    r = yield from it\n    yield r or 0\n\
         def total(it):\n    t = 0\n    for v in f(it):\n        t += v\n    return t\n\
         total(g(30))\nprint(total([1, 2, 3]), total(g(4)))\n"
    );
    assert_eq!(output_of(&src), "6 5\n");
}

#[test]
fn slot_access_stays_specialized_across_shapes_that_share_the_slot() {
    // Four subclasses add different attributes after the base's: four shapes,
    // `a` and `b` in slots 0 and 1 of each. The base-class site stays specialized.
    let src = "class B:\n    def __init__(self):\n        self.a = 1\n        self.b = 2\n\
               class C1(B):\n    def __init__(self):\n        B.__init__(self)\n        self.c = 3\n\
               class C2(B):\n    def __init__(self):\n        B.__init__(self)\n        self.d = 3\n\
               class C3(B):\n    def __init__(self):\n        B.__init__(self)\n        self.e = 3\n        self.f = 4\n\
               def f(o):\n    o.b = o.a + o.b\n    return o.b\n\
               objs = [B(), C1(), C2(), C3()]\nfor i in range(200):\n    f(objs[i % 4])\n";
    let (vm, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::LoadAttrInstance) && has(&ops, Opcode::StoreAttrInstance), "{ops:?}");
    assert!(!has(&ops, Opcode::LoadAttr) && !has(&ops, Opcode::StoreAttr), "{ops:?}");
    assert_eq!(vm.stats.deopts.iter().sum::<u64>(), 0);
    // `a` in another slot (set after another attribute) is a different entry; a
    // class gaining `__getattribute__` deopts the load.
    let src = "class B:\n    def __init__(self):\n        self.a = 1\n\
               class C(B):\n    def __init__(self):\n        self.z = 0\n        B.__init__(self)\n\
               def f(o):\n    return o.a\n\
               objs = [B(), C()]\nfor i in range(200):\n    f(objs[i % 2])\n\
               C.__getattribute__ = lambda self, name: 5\nassert f(objs[1]) == 5\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::LoadAttr), "{ops:?}");
}

#[test]
fn attribute_adding_stores_and_builtin_type_calls_specialize() {
    // `self.x = ...` on a fresh instance takes a shape transition.
    let src = "class P:\n    pass\ndef f(p):\n    p.x = 1\n    p.y = 2\n\
               for i in range(50):\n    f(P())\n";
    let (vm, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::StoreAttrInstanceAdd), "{ops:?}");
    assert_eq!(vm.stats.deopts.iter().sum::<u64>(), 0);
    // A class gaining `__setattr__` deopts it.
    let src = "class P:\n    pass\ndef f(p):\n    p.x = 1\nfor i in range(50):\n    f(P())\n\
               seen = []\nP.__setattr__ = lambda self, n, v: seen.append(n)\nf(P())\nassert seen == ['x']\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::StoreAttr) && !has(&ops, Opcode::StoreAttrInstanceAdd), "{ops:?}");
    // Built-in type constructors; another callee at the site deopts.
    let src = "def f(n):\n    return list(range(n))\nfor i in range(50):\n    f(3)\n";
    let (_, ops) = opcodes_of_f(src);
    assert_eq!(ops.iter().filter(|&&o| o == Opcode::CallBuiltinClass).count(), 2, "{ops:?}");
    let src = "def f(t, n):\n    return t(n)\nfor i in range(50):\n    f(str, 3)\nassert f(float, 2) == 2.0\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::Call) && !has(&ops, Opcode::CallBuiltinClass), "{ops:?}");
}

/// `def f(x)` testing `x`'s truth, warmed up on `value`, then run on `then` (if any).
fn truth_site(value: &str, then: &str) -> String {
    format!("def f(x):\n    if x:\n        return 1\n    return 0\nfor i in range(20):\n    f({value})\n{then}")
}

fn to_bool_deopts(vm: &Vm) -> u64 {
    let i = vm_core::interp::specialize::family_index(Opcode::ToBool).expect("TO_BOOL is a family");
    vm.stats.deopts[i]
}

#[test]
fn to_bool_specializes_per_type() {
    let cases = [
        ("i > 3", Opcode::ToBoolBool),
        ("i", Opcode::ToBoolInt),
        ("None", Opcode::ToBoolNone),
        ("[i] * (i % 2)", Opcode::ToBoolList),
        ("'ab'[:i % 3]", Opcode::ToBoolStr),
        ("A()", Opcode::ToBoolAlwaysTrue),
    ];
    for (value, form) in cases {
        let src = format!("class A:\n    pass\n{}", truth_site(value, ""));
        let (_, ops) = opcodes_of_f(&src);
        assert!(has(&ops, form), "{value}: {ops:?}");
        assert!(!has(&ops, Opcode::ToBool), "{value}: {ops:?}");
    }
    // Floats, tuples, dicts have no form: the generic instruction stays.
    for value in ["i * 0.5", "(i,)", "{}"] {
        let (vm, ops) = opcodes_of_f(&truth_site(value, ""));
        assert!(has(&ops, Opcode::ToBool), "{value}: {ops:?}");
        let i = vm_core::interp::specialize::family_index(Opcode::ToBool).expect("family");
        assert!(vm.stats.specialize_failed[i] >= 1);
    }
}

#[test]
fn to_bool_forms_deopt_on_other_types() {
    // Each form meets another type: back to the generic instruction, same answers.
    let others = [("i", "[]"), ("[i]", "0"), ("None", "'x'"), ("'s'", "None"), ("i > 3", "5"), ("A()", "[]")];
    for (value, other) in others {
        let src = format!(
            "class A:\n    pass\n{}",
            truth_site(value, &format!("assert f({other}) == (1 if {other} else 0)\n"))
        );
        let (vm, ops) = opcodes_of_f(&src);
        assert!(has(&ops, Opcode::ToBool), "{value} then {other}: {ops:?}");
        assert!(to_bool_deopts(&vm) >= 1, "{value} then {other}");
    }
}

#[test]
fn to_bool_always_true_deopts_when_the_class_gains_bool_or_len() {
    for dunder in ["__bool__ = lambda self: False", "__len__ = lambda self: 0"] {
        let attr = dunder.split(" = ").collect::<Vec<_>>();
        let then =
            format!("a = A()\nassert f(a) == 1\nA.{} = {}\nassert f(a) == 0\nassert f(A()) == 0\n", attr[0], attr[1]);
        let src = format!("class A:\n    pass\n{}", truth_site("A()", &then));
        let (vm, ops) = opcodes_of_f(&src);
        assert!(!has(&ops, Opcode::ToBoolAlwaysTrue), "{dunder}: {ops:?}");
        assert!(to_bool_deopts(&vm) >= 1, "{dunder}");
    }
    // A class (or a base) defining either never gets the form.
    for body in ["    def __bool__(self):\n        return True\n", "    def __len__(self):\n        return 1\n"] {
        let src = format!("class B:\n{body}class A(B):\n    pass\n{}", truth_site("A()", ""));
        let (vm, ops) = opcodes_of_f(&src);
        assert!(has(&ops, Opcode::ToBool), "{ops:?}");
        let i = vm_core::interp::specialize::family_index(Opcode::ToBool).expect("family");
        let reason = vm_core::interp::specialize::Fail::TruthDunder as usize;
        assert!(vm.stats.fail_reasons[i][reason] >= 1);
    }
}

/// The instructions (opcode, operand) of the code of global function `f` after running `src`.
fn instrs_of_f(src: &str) -> Vec<(Opcode, u32)> {
    let mut vm = Vm::new(VmConfig::default(), Box::new(BufferHost::default()));
    vm.run_source(src, "t.py").unwrap_or_else(|e| panic!("{}", e.traceback));
    let main = vm.intern("__main__");
    let f = vm.intern("f");
    let Some(Value::Obj(m)) = vm.dict_get_str(vm.modules, main) else { panic!() };
    let Obj::Module { dict, .. } = vm.heap.get(m) else { panic!() };
    let Some(Value::Obj(fr)) = vm.dict_get_str(*dict, f) else { panic!("no f") };
    let Obj::Function(func) = vm.heap.get(fr) else { panic!("f is not a function") };
    let mut out = Vec::new();
    let mut pc = 0;
    while pc < func.code.instrs.len() {
        let (byte, arg) = decode(func.code.instrs[pc].get());
        let op = Opcode::from_u8(byte).expect("opcode");
        out.push((op, arg));
        pc += 1 + op.cache_size();
    }
    out
}

#[test]
fn conditions_on_known_bools_get_no_to_bool() {
    use vm_core::bytecode::opcode::{CompareOp, COMPARE_BOOL_FLAG};
    // Comparisons in conditions carry the bool flag (chains too); `is`, `in`, `not` give bools.
    for cond in [
        "a < b",
        "a == b < 3",
        "a is b",
        "a in b",
        "not a < b",
        "a is not b and not a < b",
        "a in b or (a > b and True)",
        "True",
    ] {
        let src = format!("def f(a, b):\n    if {cond}:\n        return 1\n    while {cond}:\n        break\n");
        let ins = instrs_of_f(&src);
        assert!(!ins.iter().any(|(op, _)| op.family() == Opcode::ToBool), "{cond}: {ins:?}");
        for &(op, arg) in &ins {
            if op == Opcode::CompareOp {
                assert!(CompareOp::coerces_to_bool(arg), "{cond}: {ins:?}");
            }
        }
    }
    // Any other value is converted, in every kind of condition.
    for body in [
        "    if a:\n        return 1\n",
        "    while a:\n        a -= 1\n",
        "    assert a\n",
        "    return [x for x in b if x]\n",
        "    return 1 if a else 2\n",
        "    if a and b:\n        return 1\n",
    ] {
        let src = format!("def f(a, b):\n{body}");
        let ins = instrs_of_f(&src);
        assert!(ins.iter().any(|(op, _)| *op == Opcode::ToBool), "{body}: {ins:?}");
    }
    // `and`/`or` in a condition jump per operand (as CPython compiles them);
    // as values they keep JUMP_IF_*_OR_POP.
    let ins = instrs_of_f("def f(a, b):\n    while a and (b or not a):\n        return a or b\n");
    let count = |op| ins.iter().filter(|(o, _)| *o == op).count();
    assert_eq!(count(Opcode::ToBool), 3, "{ins:?}");
    assert_eq!(count(Opcode::JumpIfFalseOrPop), 0, "{ins:?}");
    assert_eq!(count(Opcode::JumpIfTrueOrPop), 1, "{ins:?}");
    // A comparison whose value is kept is not coerced.
    let ins = instrs_of_f("def f(a, b):\n    return a < b\n");
    assert!(ins.iter().any(|&(op, arg)| op == Opcode::CompareOp && arg & COMPARE_BOOL_FLAG == 0), "{ins:?}");
}

#[test]
fn compare_with_the_bool_flag_coerces_non_bool_results() {
    // Expected output from CPython 3.11 (each `__bool__` runs once per test).
    let src = "class R:\n    def __init__(self, v):\n        self.v = v\n    def __bool__(self):\n        print('bool', self.v)\n        return self.v\n\
               class C:\n    def __lt__(self, o):\n        return R(o > 0)\n\
               for i in [1, 0, 2]:\n    if C() < i:\n        print('lt', i)\n    print(type(C() < i).__name__, 'yes' if C() < i < 5 else 'no')\n";
    assert_eq!(
        output_of(src),
        "bool True\nlt 1\nbool True\nR yes\nbool False\nbool False\nR no\nbool True\nlt 2\nbool True\nR yes\n"
    );
}

#[test]
fn subscripts_specialize_per_container_and_deopt() {
    let site =
        |arg: &str, then: &str| format!("def f(c, k):\n    return c[k]\nfor i in range(20):\n    f({arg})\n{then}");
    for (arg, form) in [
        ("[1, 2, 3], 1", Opcode::BinarySubscrListInt),
        ("(1, 2, 3), -1", Opcode::BinarySubscrTupleInt),
        ("{'a': 1}, 'a'", Opcode::BinarySubscrDict),
    ] {
        let (_, ops) = opcodes_of_f(&site(arg, ""));
        assert!(has(&ops, form), "{arg}: {ops:?}");
        // Another container at the same site deopts back to the generic form.
        let (vm, ops) = opcodes_of_f(&site(arg, "assert f('xyz', slice(0, 2)) == 'xy'\n"));
        assert!(has(&ops, Opcode::BinarySubscr) && !has(&ops, form), "{arg}: {ops:?}");
        assert!(vm.stats.deopts.iter().sum::<u64>() >= 1);
    }
}

#[test]
fn stores_by_subscript_specialize_and_deopt() {
    let site = |arg: &str, then: &str| format!("def f(c, k):\n    c[k] = 7\nfor i in range(20):\n    f({arg})\n{then}");
    for (arg, form) in [("[1, 2, 3], 1", Opcode::StoreSubscrListInt), ("{}, 'a'", Opcode::StoreSubscrDict)] {
        let (_, ops) = opcodes_of_f(&site(arg, ""));
        assert!(has(&ops, form), "{arg}: {ops:?}");
        let then = "class C:\n    def __setitem__(self, k, v):\n        pass\nf(C(), 0)\n";
        let (_, ops) = opcodes_of_f(&site(arg, then));
        assert!(has(&ops, Opcode::StoreSubscr) && !has(&ops, form), "{arg}: {ops:?}");
    }
}

#[test]
fn unpacking_specializes_per_sequence_and_deopts() {
    let site = |arg: &str, then: &str| {
        format!("def f(s):\n    a, b = s\n    return a\nfor i in range(20):\n    f({arg})\n{then}")
    };
    for (arg, form) in [("(1, 2)", Opcode::UnpackSequenceTwoTuple), ("[1, 2]", Opcode::UnpackSequenceList)] {
        let (_, ops) = opcodes_of_f(&site(arg, ""));
        assert!(has(&ops, form), "{arg}: {ops:?}");
        let (_, ops) = opcodes_of_f(&site(arg, "assert f('xy') == 'x'\n"));
        assert!(has(&ops, Opcode::UnpackSequence) && !has(&ops, form), "{arg}: {ops:?}");
    }
    let src = "def f(s):\n    a, b, c = s\n    return a\nfor i in range(20):\n    f((1, 2, 3))\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::UnpackSequenceTuple), "{ops:?}");
}

#[test]
fn dict_membership_and_builtin_calls_specialize_and_deopt() {
    let src = "def f(k, d):\n    return k in d\nfor i in range(20):\n    f(i, {1: 2})\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::ContainsOpDict), "{ops:?}");
    let src = "def f(k, d):\n    return k in d\nfor i in range(20):\n    f(i, {1: 2})\nassert f(3, range(5))\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(!has(&ops, Opcode::ContainsOpDict), "{ops:?}");
    // len() and other built-in functions; a rebound name deopts the call.
    let src = "def f(x):\n    return len(x) + abs(-1)\nfor i in range(20):\n    f([1])\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(has(&ops, Opcode::CallLen) && has(&ops, Opcode::CallBuiltin), "{ops:?}");
    let src = "def f(x):\n    return len(x)\nfor i in range(20):\n    f([1])\nlen = lambda x: 5\nassert f([1]) == 5\n";
    let (_, ops) = opcodes_of_f(src);
    assert!(!has(&ops, Opcode::CallLen), "{ops:?}");
}
