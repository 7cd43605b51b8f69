//! Bytecode files (`vm_core::bytecode::file`) and the verifier: the whole
//! conformance corpus survives compile -> bytes -> load -> run with the same
//! output; corrupted, truncated, bit-flipped and hostile files are refused
//! with an `Err`; and a seeded randomized mutation run (stable Rust, no
//! fuzzer needed) never makes the loader, or the code it accepts, panic.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use ouro::bytecode::code::{Code, Const, ExceptionEntry};
use ouro::bytecode::file::{self, BytecodeError};
use ouro::bytecode::opcode::{encode, Opcode};
use ouro::{BufferHost, JitMode, Vm, VmConfig};
use ouro_tests::{is_helper_module, run_program, run_script, scripts_under, JitRun, Program};

fn corpus() -> (PathBuf, Vec<PathBuf>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance");
    let scripts = scripts_under(&root).into_iter().filter(|s| !is_helper_module(s)).collect();
    (root, scripts)
}

fn compile_file(path: &Path) -> Option<Vec<u8>> {
    let source = std::fs::read_to_string(path).expect("read script");
    let name = path.file_name().unwrap_or_default().to_string_lossy().to_string();
    ouro::api::compile_to_bytes(&source, &name).ok()
}

#[test]
fn the_verifier_accepts_the_compiled_corpus() {
    let (_, scripts) = corpus();
    let mut failures = Vec::new();
    for script in scripts {
        let source = std::fs::read_to_string(&script).expect("read");
        let Ok(code) = ouro::compiler::compile(&source, "x.py") else { continue };
        if let Err(e) = ouro::bytecode::verify::verify(&code) {
            failures.push(format!("{}: {e}", script.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `code` and the bodies among its constants without their column
/// positions, which bytecode files do not carry.
fn without_positions(code: &Code) -> Code {
    let mut code = code.clone();
    code.positions.clear();
    for c in &mut code.consts {
        if let Const::Code(inner) = c {
            *inner = std::rc::Rc::new(without_positions(inner));
        }
    }
    code
}

/// `text` without the caret lines tracebacks draw from column positions
/// (lines of only `^` and `~` after spaces, and after an exception
/// group's `| ` margin), which a bytecode file's code has none of.
fn without_caret_lines(text: &str) -> String {
    let caret_line = |l: &str| {
        let t = l.trim_start_matches(' ');
        let t = t.strip_prefix('|').map_or(t, |rest| rest.trim_start_matches(' '));
        !t.is_empty() && t.len() < l.len() && t.chars().all(|c| c == '^' || c == '~')
    };
    text.split_inclusive('\n').filter(|l| !caret_line(l.trim_end_matches('\n'))).collect()
}

/// Every corpus script: compiled, written, loaded (the code is equal to the
/// compiler's but for its column positions), run from the bytes; stdout, exit status and error line are
/// what the source run gives (and so what CPython gives), in tier 1 and in
/// the default JIT at threshold 1.
#[test]
fn the_corpus_round_trips_through_bytecode_files() {
    let (root, scripts) = corpus();
    let runs = [
        JitRun { mode: JitMode::Off, threshold: None, code_limit: None, stress_exits: None, param: None },
        JitRun { mode: JitMode::default_mode(), threshold: Some(1), code_limit: None, stress_exits: None, param: None },
    ];
    let mut failures = Vec::new();
    let mut ran = 0;
    for script in &scripts {
        let rel = script.strip_prefix(&root).unwrap_or(script).display().to_string();
        let source = std::fs::read_to_string(script).expect("read script");
        let name = script.file_name().unwrap_or_default().to_string_lossy().to_string();
        // (Its `FrameSummary` columns are None without positions.)
        if rel.ends_with("traceback_carets.py") {
            continue;
        }
        let Ok(code) = ouro::compiler::compile(&source, &name) else { continue };
        let bytes = file::to_bytes(&code).expect("serializes");
        match file::from_bytes(&bytes) {
            Ok(loaded) if *loaded == without_positions(&code) => {}
            Ok(_) => {
                failures.push(format!("{rel}: the loaded code differs from the compiled code"));
                continue;
            }
            Err(e) => {
                failures.push(format!("{rel}: {e}"));
                continue;
            }
        }
        let dir = script.parent().unwrap_or(&root);
        for run in runs {
            let want = without_caret_lines(&run_script(&source, &name, dir, run).render());
            let got = without_caret_lines(&run_program(Program::Bytecode(bytes.clone()), &name, dir, run).render());
            ran += 1;
            if got != want {
                failures.push(format!("{rel} [{}]:\n--- source run\n{want}--- bytecode run\n{got}", run.describe()));
            }
        }
    }
    assert!(ran >= 160, "corpus too small: {ran} runs");
    assert!(failures.is_empty(), "{} of {ran} differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn header_problems_are_named() {
    let bytes = ouro::api::compile_to_bytes("print('hi')\n", "hi.py").expect("compiles");
    assert!(file::is_bytecode(&bytes));
    assert_eq!(file::from_bytes(b"print('hi')\n"), Err(BytecodeError::NotBytecode));
    assert_eq!(file::from_bytes(b""), Err(BytecodeError::Truncated));
    assert_eq!(file::from_bytes(&bytes[..5]), Err(BytecodeError::Truncated));
    let mut v = bytes.clone();
    v[8] = 9;
    assert_eq!(file::from_bytes(&v), Err(BytecodeError::Version { found: 9, expected: file::FORMAT_VERSION }));
    let mut v = bytes.clone();
    v[10] = 1;
    assert_eq!(file::from_bytes(&v), Err(BytecodeError::Flags));
    let mut v = bytes.clone();
    v[20] ^= 4;
    assert_eq!(file::from_bytes(&v), Err(BytecodeError::Fingerprint));
    let mut v = bytes.clone();
    *v.last_mut().expect("payload") ^= 0x10;
    assert_eq!(file::from_bytes(&v), Err(BytecodeError::Checksum));
    let mut v = bytes.clone();
    v.push(0);
    assert!(matches!(file::from_bytes(&v), Err(BytecodeError::Malformed(_))));
    // The host API turns them into a ValueError; nothing runs.
    let mut vm = Vm::new(VmConfig::default(), Box::new(BufferHost::default()));
    let e = vm.run_bytecode(&bytes[..bytes.len() - 3]).expect_err("truncated");
    assert_eq!(e.kind, "ValueError");
    assert_eq!(e.message, "bad bytecode file: the file is truncated");
    vm.run_bytecode(&bytes).expect("the intact file runs");
}

/// A larger file (several code objects, constants of every kind).
fn sample() -> Vec<u8> {
    let source = "import math\nclass A:\n    'doc'\n    def m(self, *a, k=3, **kw):\n        return (a, k, kw, 2**100, 1.5, ..., None, True, 'y')\n\ndef g(n):\n    for i in range(n):\n        try:\n            yield {i, -i} | frozenset({1, 2, 3})\n        except ValueError as e:\n            continue\n        finally:\n            pass\nprint(A().m(1, k=2, z=3), list(g(3)), math.pi)\n";
    ouro::api::compile_to_bytes(source, "sample.py").expect("compiles")
}

#[test]
fn every_truncation_and_every_bit_flip_is_refused() {
    let bytes = sample();
    file::from_bytes(&bytes).expect("the sample loads");
    for len in 0..bytes.len() {
        assert!(file::from_bytes(&bytes[..len]).is_err(), "truncated to {len} loads");
    }
    // CRC-32 detects every single-bit error (and the header fields are checked).
    for i in 0..bytes.len() * 8 {
        let mut v = bytes.clone();
        v[i / 8] ^= 1 << (i % 8);
        assert!(file::from_bytes(&v).is_err(), "bit {i} flipped loads");
    }
}

/// Recomputes length and CRC after editing the payload, as a hostile
/// file would: the decoder and the verifier must catch what is wrong.
fn reseal(mut v: Vec<u8>) -> Vec<u8> {
    if v.len() < file::HEADER_LEN {
        return v;
    }
    let len = (v.len() - file::HEADER_LEN) as u32;
    let crc = file::crc32(&v[file::HEADER_LEN..]);
    v[12..16].copy_from_slice(&len.to_le_bytes());
    v[24..28].copy_from_slice(&crc.to_le_bytes());
    v
}

/// A module's code decoded from `source`, for hand-made hostile variants.
fn module(source: &str) -> Code {
    let bytes = ouro::api::compile_to_bytes(source, "m.py").expect("compiles");
    file::decode_unverified(&bytes).expect("decodes")
}

fn refused(code: &Code) -> String {
    let bytes = file::to_bytes(code).expect("serializes");
    match file::from_bytes(&bytes) {
        Err(e) => e.to_string(),
        Ok(_) => panic!("hostile code loaded"),
    }
}

#[test]
fn the_verifier_refuses_hostile_code() {
    let base = module("x = 1\nif x:\n    print(x)\n");
    file::from_bytes(&file::to_bytes(&base).expect("ok")).expect("the base verifies");
    let with = |f: &dyn Fn(&mut Code)| {
        let mut c = base.clone();
        f(&mut c);
        refused(&c)
    };
    // An unknown opcode, a specialized form, ENTER_EXECUTOR.
    assert!(with(&|c| c.instrs[0] = 0xff).contains("unknown opcode"));
    assert!(with(&|c| c.instrs[0] = encode(Opcode::BinaryOpAddInt, 0)).contains("made at run time"));
    // Operands out of range.
    assert!(with(&|c| c.instrs[0] = encode(Opcode::LoadConst, 99)).contains("constant index"));
    assert!(with(&|c| c.instrs[0] = encode(Opcode::LoadFast, 0)).contains("local index"));
    assert!(with(&|c| c.instrs[0] = encode(Opcode::LoadName, 99)).contains("name index"));
    // Stack underflow, and a stack larger than declared.
    assert!(with(&|c| c.instrs[0] = encode(Opcode::PopTop, 0)).contains("needs 1 stack items, has 0"));
    assert!(with(&|c| c.stacksize = 0).contains("declares 0"));
    // A jump into an inline cache, past the end; control falling off the end.
    let jump_at = base.instrs.iter().position(|&u| u & 0xff == Opcode::PopJumpIfFalse as u32).expect("a branch");
    let cache =
        base.instrs.iter().position(|&u| u & 0xff == Opcode::LoadGlobal as u32 || u & 0xff == Opcode::Call as u32);
    if let Some(at) = cache {
        assert!(
            with(&|c| c.instrs[jump_at] = encode(Opcode::PopJumpIfFalse, at as u32 + 1)).contains("not an instruction")
        );
    }
    assert!(with(&|c| c.instrs[jump_at] = encode(Opcode::PopJumpIfFalse, 1 << 20)).contains("jump target"));
    assert!(with(&|c| {
        let n = c.instrs.len();
        c.instrs[n - 1] = encode(Opcode::Nop, 0);
    })
    .contains("not an instruction"));
    // Inconsistent depths where paths meet: the `if` body leaves its call's result.
    let last_pop = base.instrs.iter().rposition(|&u| u == encode(Opcode::PopTop, 0)).expect("a POP_TOP");
    assert!(with(&|c| c.instrs[last_pop] = encode(Opcode::Nop, 0)).contains("where another path has"));
    // An inline cache not in its initial state.
    let call = base.instrs.iter().position(|&u| u & 0xff == Opcode::Call as u32).expect("a call");
    assert!(with(&|c| c.instrs[call + 2] = 7).contains("inline cache"));
    // Exception-table entries: a bad target, a depth above the stack size.
    assert!(with(&|c| c.exception_table.push(ExceptionEntry { start: 0, end: 1, target: 999, depth: 0 }))
        .contains("exception-table entry"));
    let last = base.instrs.len() as u32 - 1;
    assert!(with(&|c| c.exception_table.push(ExceptionEntry { start: 0, end: 1, target: last, depth: 40 }))
        .contains("stack depth"));
    // Loops without a back edge (no safepoint: fuel and interrupts would
    // never be seen): a forward jump pointing backwards, a handler before
    // the code it protects.
    assert!(with(&|c| c.instrs[jump_at] = encode(Opcode::PopJumpIfFalse, 0)).contains("goes the wrong way"));
    assert!(with(&|c| c.instrs[jump_at] = encode(Opcode::JumpForward, jump_at as u32)).contains("goes the wrong way"));
    assert!(with(&|c| c.exception_table.push(ExceptionEntry { start: 2, end: 3, target: 0, depth: 0 }))
        .contains("exception-table entry"));
    // Header fields: the line table (the file format ties it to the
    // instructions, so this one fails to decode), parameters beyond the locals.
    assert!(with(&|c| {
        c.lines.pop();
    })
    .contains("truncated"));
    assert!(with(&|c| c.argcount = 3).contains("parameters"));
    // KW_NAMES must name strs and feed a CALL with enough arguments.
    assert!(with(&|c| {
        c.consts.push(Const::Tuple(vec![Const::Int(1)]));
        c.instrs[0] = encode(Opcode::KwNames, c.consts.len() as u32 - 1);
    })
    .contains("KW_NAMES"));
    // A nested module body.
    assert!(with(&|c| c.consts.push(Const::Code(std::rc::Rc::new(base.clone())))).contains("module body"));
    // A `yield from`'s YIELD_VALUE (operand 1) only right after its SEND.
    assert!(with(&|c| c.instrs[1] = encode(Opcode::YieldValue, 1)).contains("not right after a SEND"));
    assert!(with(&|c| c.instrs[1] = encode(Opcode::YieldValue, 2)).contains("YIELD_VALUE with operand"));
}

#[test]
fn nesting_is_bounded() {
    // Tuples nested past the limit: refused when written and when read.
    let mut k = Const::None;
    for _ in 0..file::MAX_NESTING + 5 {
        k = Const::Tuple(vec![k]);
    }
    let mut c = module("pass\n");
    c.consts.push(k);
    assert_eq!(file::to_bytes(&c), Err(BytecodeError::TooDeep));
    // A hand-made payload of 100,000 nested tuples: refused, no stack overflow.
    let mut marked = module("pass\n");
    marked.consts = vec![Const::Str("@@MARK@@".into())];
    let marked = file::to_bytes(&marked).expect("ok");
    let at = marked.windows(8).position(|w| w == b"@@MARK@@").expect("marker") - 2; // tag, length
    let mut evil = marked[..at].to_vec();
    for _ in 0..100_000 {
        evil.extend_from_slice(&[7, 1]); // a tuple of one item...
    }
    evil.push(0); // ...None
    evil.extend_from_slice(&marked[at + 10..]);
    assert_eq!(file::from_bytes(&reseal(evil)), Err(BytecodeError::TooDeep));
}

/// xorshift64*: a small seeded generator (the test is reproducible).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One random edit of a file's payload (then resealed).
fn mutate(rng: &mut Rng, bytes: &[u8]) -> Vec<u8> {
    let mut v = bytes.to_vec();
    let edits = 1 + rng.below(4);
    for _ in 0..edits {
        let start = file::HEADER_LEN;
        let span = v.len().saturating_sub(start).max(1);
        let at = start + rng.below(span);
        match rng.below(8) {
            0 | 1 => {
                if at < v.len() {
                    v[at] ^= 1 << rng.below(8);
                }
            }
            2 => {
                if at < v.len() {
                    v[at] = rng.next() as u8;
                }
            }
            3 => {
                // Interesting small values: operands, counts, tags.
                if at < v.len() {
                    v[at] = [0, 1, 2, 0x7f, 0x80, 0xff, 10, 7][rng.below(8)];
                }
            }
            4 => v.insert(at.min(v.len()), rng.next() as u8),
            5 => {
                if at < v.len() {
                    v.remove(at);
                }
            }
            6 => v.truncate(at),
            _ => {
                // Copy a run of bytes from elsewhere in the file.
                let from = start + rng.below(span);
                let n = 1 + rng.below(16);
                let chunk: Vec<u8> = v.iter().skip(from).take(n).copied().collect();
                let at = at.min(v.len());
                v.splice(at..at, chunk);
            }
        }
    }
    reseal(v)
}

/// How many code objects a tree has.
fn count_code(c: &Code) -> usize {
    1 + c.consts.iter().map(|k| if let Const::Code(inner) = k { count_code(inner) } else { 0 }).sum::<usize>()
}

/// The `n`th code object of a tree (preorder), mutably.
fn nth_code<'a>(c: &'a mut Code, n: &mut usize) -> Option<&'a mut Code> {
    if *n == 0 {
        return Some(c);
    }
    *n -= 1;
    for k in &mut c.consts {
        if let Const::Code(inner) = k {
            if let Some(found) = nth_code(std::rc::Rc::make_mut(inner), n) {
                return Some(found);
            }
        }
    }
    None
}

/// One random edit of the decoded code (an operand, an opcode, a count,
/// an exception entry), written back as a well-formed file: this is what
/// exercises the verifier rather than the decoder.
fn mutate_code(rng: &mut Rng, bytes: &[u8]) -> Vec<u8> {
    let Ok(mut code) = file::decode_unverified(bytes) else { return bytes.to_vec() };
    let mut n = rng.below(count_code(&code));
    let Some(c) = nth_code(&mut code, &mut n) else { return bytes.to_vec() };
    let small = |rng: &mut Rng| [0u32, 1, 2, 3, 4, 5, 8, 0x10, 0x100, 0xffffff][rng.below(10)];
    let generic: Vec<Opcode> =
        Opcode::ALL.iter().copied().filter(|o| !o.is_specialized() && *o != Opcode::EnterExecutor).collect();
    for _ in 0..1 + rng.below(3) {
        let pc = rng.below(c.instrs.len());
        let (op, arg) = (c.instrs[pc] & 0xff, c.instrs[pc] >> 8);
        match rng.below(10) {
            0..=3 => c.instrs[pc] = op | (small(rng) << 8),
            4 => c.instrs[pc] = op | ((arg ^ (1 << rng.below(24))) << 8),
            5 | 6 => c.instrs[pc] = encode(generic[rng.below(generic.len())], arg),
            7 => c.stacksize = c.stacksize.wrapping_add(rng.below(3) as u32).wrapping_sub(1),
            8 => {
                if let Some(e) = c.exception_table.get_mut(rng.below(4)) {
                    match rng.below(4) {
                        0 => e.start = small(rng),
                        1 => e.end = e.end.wrapping_add(rng.below(3) as u32).wrapping_sub(1),
                        2 => e.target = e.target.wrapping_add(rng.below(5) as u32).wrapping_sub(2),
                        _ => e.depth = e.depth.wrapping_add(rng.below(3) as u32).wrapping_sub(1),
                    }
                }
            }
            _ => match rng.below(4) {
                0 => c.argcount = small(rng),
                1 => c.kwonlyargcount = small(rng),
                2 => c.flags ^= 1 << rng.below(3),
                _ => {
                    if let Some(f) = c.freevars.first_mut() {
                        f.1 = small(rng);
                    }
                }
            },
        }
    }
    file::to_bytes(&code).unwrap_or_else(|_| bytes.to_vec())
}

/// Seeded mutations of real files, half of the bytes (resealed), half of
/// the decoded code: the loader never panics, and code it accepts runs
/// (under fuel and heap limits) without panicking or hanging either.
#[test]
fn randomized_mutations_never_panic() {
    let (_, scripts) = corpus();
    // A spread of the corpus (every 7th script) plus the sample.
    let mut files: Vec<Vec<u8>> = scripts.iter().step_by(7).filter_map(|s| compile_file(s)).collect();
    files.push(sample());
    let iterations: usize = std::env::var("OURO_MUTATIONS").ok().and_then(|s| s.parse().ok()).unwrap_or(20_000);
    let max_runs: usize = std::env::var("OURO_MUTATION_RUNS").ok().and_then(|s| s.parse().ok()).unwrap_or(300);
    let seed: u64 =
        std::env::var("OURO_MUTATION_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x005e_ed0f_f00b_a5e5);
    let mut rng = Rng(seed);
    // OURO_MUTATION_JIT=interp|x86_64 runs the verified ones with that JIT at threshold 1.
    let jit = std::env::var("OURO_MUTATION_JIT").ok().and_then(|m| JitMode::from_name(&m));
    let (mut loaded, mut ran) = (0, 0);
    for i in 0..iterations {
        let original = &files[i % files.len()];
        let bytes = if i % 2 == 0 { mutate(&mut rng, original) } else { mutate_code(&mut rng, original) };
        let result = catch_unwind(AssertUnwindSafe(|| file::from_bytes(&bytes)));
        let Ok(result) = result else {
            let path = std::env::temp_dir().join(format!("ouro-mutation-{i}.ouroc"));
            let _ = std::fs::write(&path, &bytes);
            panic!("the loader panicked on mutation {i} (saved to {})", path.display());
        };
        if result.is_err() {
            continue;
        }
        loaded += 1;
        // Run what verified (most of it only differs in constants or names),
        // in tier 1, with a budget: it must end in Ok or a script error.
        if ran < max_runs {
            ran += 1;
            let run = catch_unwind(AssertUnwindSafe(|| {
                let config = VmConfig { heap_limit: 64 << 20, ..VmConfig::default() };
                let mut vm = Vm::new(config, Box::new(BufferHost::default()));
                if let Some(mode) = jit {
                    let run = JitRun { mode, threshold: Some(1), code_limit: None, stress_exits: None, param: None };
                    ouro::configure_jit(&mut vm, mode, run.params()).expect("JIT mode in this build");
                }
                vm.set_fuel(Some(200_000));
                let _ = vm.run_bytecode(&bytes);
            }));
            if run.is_err() {
                let path = std::env::temp_dir().join(format!("ouro-mutation-{i}.ouroc"));
                let _ = std::fs::write(&path, &bytes);
                panic!("verified code panicked when run, mutation {i} (saved to {})", path.display());
            }
        }
    }
    eprintln!("{iterations} mutations: {loaded} still verified, {ran} of those run");
}
