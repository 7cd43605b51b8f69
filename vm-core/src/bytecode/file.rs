//! Bytecode files. Input: a module's [`Code`] tree ([`to_bytes`]) or the
//! bytes of a file ([`from_bytes`]). Output: the bytes, or a verified
//! `Rc<Code>` ready for `Vm::load_code`. Needs no compiler: firmware can
//! build vm-core with `default-features = false, features =
//! ["bytecode-file"]` and run what a host machine compiled.
//!
//! ```text
//! offset size  field
//!      0    8  magic            7f 'O' 'U' 'R' 'O' 'C' '\r' '\n'
//!      8    2  format version   (u16, little-endian; FORMAT_VERSION)
//!     10    2  flags            (reserved: 0)
//!     12    4  payload length   (u32)
//!     16    8  fingerprint      (u64: ouro's version and instruction set, see `fingerprint`)
//!     24    4  CRC-32           (IEEE, of the payload)
//!     28    -  payload          the module's code object, then nothing
//! ```
//!
//! Payload encoding (all integers LEB128 varints unless said otherwise;
//! signed ones zigzag-encoded; strs are a length and UTF-8 bytes):
//!
//! ```text
//! code    = kind:u8 name:str qualname:str filename argcount posonlyargcount
//!           kwonlyargcount flags stacksize first_line
//!           n (instr:u32-le)*n (line delta, signed)*n
//!           n const*n  n str*n (names)  n str*n (varnames)
//!           n (str slot)*n (freevars)  n (start end target depth)*n
//!           n (kind:u8 anchor start end)*n (inlined comprehensions;
//!             kind 0 list, 1 set, 2 dict)
//!           doc:(0 | 1 str)
//! filename = 0 (the enclosing code's) | len+1 bytes
//! const   = 0 None | 1 False | 2 True | 3 int:signed | 4 bigint:(n bytes, two's complement LE)
//!         | 5 float:u64-le bits | 6 str | 7 tuple:(n const*n) | 8 frozenset:(n const*n)
//!         | 9 Ellipsis | 10 code
//! ```
//!
//! Loading never trusts the file: every length is checked against the bytes
//! left before anything is allocated, nesting is bounded ([`MAX_NESTING`])
//! so hostile input cannot overflow the Rust stack, and the result goes
//! through the verifier (`bytecode::verify`) before it is returned. So
//! [`from_bytes`] gives `Ok` or `Err` for any input, never a panic: it is
//! the entry point fuzzers call.

#[cfg(feature = "big-int")]
use crate::runtime::bigint::BigInt;
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::vec::Vec;

use super::code::{Code, CodeKind, ComprehensionKind, Const, ExceptionEntry, InlinedComprehension};
use super::opcode::{BinaryOp, Opcode, CALL_CONTEXT, COMPARE_BOOL_FLAG, INPLACE_FLAG};
use super::verify::{self, VerifyError};

/// The first eight bytes of every bytecode file.
pub const MAGIC: [u8; 8] = *b"\x7fOUROC\r\n";

/// The version of the layout described in the module docs. Bumped when the
/// header or the payload encoding changes.
pub const FORMAT_VERSION: u16 = 2;

/// Bytes before the payload.
pub const HEADER_LEN: usize = 28;

/// How deep code objects and constants may nest (functions in functions,
/// tuples in tuples, counted together). The compiler's own limits (250
/// nested brackets, 100 indentation levels) stay well below it.
pub const MAX_NESTING: usize = 512;

/// Why bytes are not a loadable bytecode file (or code cannot be written as one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BytecodeError {
    /// The bytes do not start with [`MAGIC`].
    NotBytecode,
    /// Written in another layout version.
    Version {
        /// The file's version.
        found: u16,
        /// This build's [`FORMAT_VERSION`].
        expected: u16,
    },
    /// Compiled by another ouro version or for another instruction set.
    Fingerprint,
    /// The reserved flags are not 0.
    Flags,
    /// The payload's CRC-32 does not match: the file is corrupted.
    Checksum,
    /// The file ends early.
    Truncated,
    /// The payload does not decode (what was wrong).
    Malformed(&'static str),
    /// Code objects or constants nest deeper than [`MAX_NESTING`].
    TooDeep,
    /// The code decodes but the verifier refuses it.
    Verify(VerifyError),
}

impl core::fmt::Display for BytecodeError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            BytecodeError::NotBytecode => write!(f, "not an ouro bytecode file (bad magic number)"),
            BytecodeError::Version { found, expected } => {
                write!(f, "bytecode format version {found}, this ouro reads version {expected}")
            }
            BytecodeError::Fingerprint => {
                write!(f, "compiled by another ouro version or instruction set (fingerprint mismatch): recompile it")
            }
            BytecodeError::Flags => write!(f, "unknown header flags"),
            BytecodeError::Checksum => write!(f, "checksum mismatch: the file is corrupted"),
            BytecodeError::Truncated => write!(f, "the file is truncated"),
            BytecodeError::Malformed(what) => write!(f, "malformed bytecode: {what}"),
            BytecodeError::TooDeep => write!(f, "code objects or constants nest too deeply"),
            BytecodeError::Verify(e) => write!(f, "the verifier refuses the code: {e}"),
        }
    }
}

impl core::error::Error for BytecodeError {}

impl From<VerifyError> for BytecodeError {
    fn from(e: VerifyError) -> Self {
        BytecodeError::Verify(e)
    }
}

/// True if `bytes` start like a bytecode file (the CLI tells scripts from
/// compiled files this way, whatever their names).
pub fn is_bytecode(bytes: &[u8]) -> bool {
    bytes.starts_with(&MAGIC)
}

// ----- fingerprint and checksum -----

/// FNV-1a, 64-bit.
struct Fnv(u64);

impl Fnv {
    fn bytes(&mut self, b: &[u8]) {
        for &x in b {
            self.0 ^= x as u64;
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn u32(&mut self, v: u32) {
        self.bytes(&v.to_le_bytes());
    }
}

/// What a file must have been compiled for: a hash of ouro's version, the
/// format version, and everything about the instruction set the bytecode
/// depends on (each opcode's number, name, operand kind, cache size, stack
/// effects; the operator tables; operand flag bits; the initial cache
/// counter). Any change to those makes older files fail to load with
/// [`BytecodeError::Fingerprint`] instead of running wrongly. Cargo
/// features do not enter it: they add or remove tiers and modules, not
/// instructions, so a file compiled with the JIT loads without it.
pub fn fingerprint() -> u64 {
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    h.bytes(b"ouro ");
    h.bytes(env!("CARGO_PKG_VERSION").as_bytes());
    h.u32(FORMAT_VERSION as u32);
    for &op in Opcode::ALL {
        h.u32(op as u32);
        h.bytes(op.name().as_bytes());
        h.u32(op.arg_kind() as u32);
        h.u32(op.cache_size() as u32);
        for arg in [0, 1, 2, 3, 0x10b, 0x304] {
            h.u32(op.stack_effect(arg) as u32);
            h.u32(op.stack_inputs(arg));
        }
    }
    for &b in BinaryOp::ALL {
        h.bytes(b.symbol().as_bytes());
    }
    h.u32(super::opcode::CompareOp::ALL.len() as u32);
    for v in [
        INPLACE_FLAG,
        COMPARE_BOOL_FLAG,
        CALL_CONTEXT,
        crate::interp::specialize::INITIAL_COUNTER,
        super::code::FLAG_VARARGS,
        super::code::FLAG_VARKEYWORDS,
        super::code::FLAG_GENERATOR,
        super::code::FLAG_COROUTINE,
        super::code::FLAG_ASYNC_GENERATOR,
    ] {
        h.u32(v);
    }
    h.0
}

/// The CRC-32 table (IEEE polynomial, reflected), built at compile time.
// `i < 256` by the loop condition (a const context, where iterators
// and `get_mut` are not available).
#[allow(clippy::indexing_slicing)]
const CRC_TABLE: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xedb8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// CRC-32 (IEEE 802.3, as zlib's `crc32`).
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut c = !0u32;
    for &b in bytes {
        // A 256-entry table indexed by a byte.
        #[allow(clippy::indexing_slicing)]
        let t = CRC_TABLE[((c ^ b as u32) & 0xff) as usize];
        c = t ^ (c >> 8);
    }
    !c
}

// ----- writing -----

struct Writer {
    out: Vec<u8>,
}

impl Writer {
    fn uv(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.out.push(byte);
                return;
            }
            self.out.push(byte | 0x80);
        }
    }
    fn sv(&mut self, v: i64) {
        self.uv(((v << 1) ^ (v >> 63)) as u64);
    }
    fn str(&mut self, s: &str) {
        self.uv(s.len() as u64);
        self.out.extend_from_slice(s.as_bytes());
    }

    fn code(&mut self, c: &Code, parent_file: Option<&str>, depth: usize) -> Result<(), BytecodeError> {
        if depth > MAX_NESTING {
            return Err(BytecodeError::TooDeep);
        }
        self.out.push(match c.kind {
            CodeKind::Module => 0,
            CodeKind::Class => 1,
            CodeKind::Function => 2,
        });
        self.str(&c.name);
        self.str(&c.qualname);
        if parent_file == Some(&*c.filename) {
            self.uv(0);
        } else {
            self.uv(c.filename.len() as u64 + 1);
            self.out.extend_from_slice(c.filename.as_bytes());
        }
        for v in [c.argcount, c.posonlyargcount, c.kwonlyargcount, c.flags, c.stacksize, c.first_line] {
            self.uv(v as u64);
        }
        self.uv(c.instrs.len() as u64);
        for &u in &c.instrs {
            self.out.extend_from_slice(&u.to_le_bytes());
        }
        let mut prev = c.first_line as i64;
        for &l in &c.lines {
            self.sv(l as i64 - prev);
            prev = l as i64;
        }
        self.uv(c.consts.len() as u64);
        for k in &c.consts {
            self.constant(k, &c.filename, depth + 1)?;
        }
        for table in [&c.names, &c.varnames] {
            self.uv(table.len() as u64);
            for n in table.iter() {
                self.str(n);
            }
        }
        self.uv(c.freevars.len() as u64);
        for (n, slot) in &c.freevars {
            self.str(n);
            self.uv(*slot as u64);
        }
        self.uv(c.exception_table.len() as u64);
        for e in &c.exception_table {
            for v in [e.start, e.end, e.target, e.depth] {
                self.uv(v as u64);
            }
        }
        self.uv(c.comprehensions.len() as u64);
        for comp in &c.comprehensions {
            self.out.push(comp.kind as u8);
            for v in [comp.anchor, comp.start, comp.end] {
                self.uv(v as u64);
            }
        }
        match &c.doc {
            None => self.out.push(0),
            Some(d) => {
                self.out.push(1);
                self.str(d);
            }
        }
        Ok(())
    }

    fn constant(&mut self, k: &Const, file: &str, depth: usize) -> Result<(), BytecodeError> {
        if depth > MAX_NESTING {
            return Err(BytecodeError::TooDeep);
        }
        match k {
            Const::None => self.out.push(0),
            Const::Bool(false) => self.out.push(1),
            Const::Bool(true) => self.out.push(2),
            Const::Int(i) => {
                self.out.push(3);
                self.sv(*i);
            }
            Const::BigInt(b) => {
                self.out.push(4);
                #[cfg(not(feature = "big-int"))]
                let bytes: Vec<u8> = match *b {};
                #[cfg(feature = "big-int")]
                let bytes = b.to_signed_bytes_le();
                self.uv(bytes.len() as u64);
                self.out.extend_from_slice(&bytes);
            }
            Const::Float(f) => {
                self.out.push(5);
                self.out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Const::Str(s) => {
                self.out.push(6);
                self.str(s);
            }
            Const::Tuple(items) | Const::FrozenSet(items) => {
                self.out.push(if matches!(k, Const::Tuple(_)) { 7 } else { 8 });
                self.uv(items.len() as u64);
                for item in items {
                    self.constant(item, file, depth + 1)?;
                }
            }
            Const::Ellipsis => self.out.push(9),
            Const::Code(c) => {
                self.out.push(10);
                self.code(c, Some(file), depth + 1)?;
            }
            Const::Bytes(b) => {
                self.out.push(12);
                self.uv(b.len() as u64);
                self.out.extend_from_slice(b);
            }
            Const::Complex { re, im } => {
                self.out.push(11);
                self.out.extend_from_slice(&re.to_bits().to_le_bytes());
                self.out.extend_from_slice(&im.to_bits().to_le_bytes());
            }
        }
        Ok(())
    }
}

/// Writes a module's code tree as a bytecode file. Fails only for code
/// nested deeper than [`MAX_NESTING`] or too large for the header's
/// 32-bit payload length.
pub fn to_bytes(code: &Code) -> Result<Vec<u8>, BytecodeError> {
    let mut w = Writer { out: Vec::new() };
    w.code(code, None, 0)?;
    let payload_len = u32::try_from(w.out.len()).map_err(|_| BytecodeError::Malformed("code too large"))?;
    let mut out = Vec::with_capacity(HEADER_LEN + w.out.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&payload_len.to_le_bytes());
    out.extend_from_slice(&fingerprint().to_le_bytes());
    out.extend_from_slice(&crc32(&w.out).to_le_bytes());
    out.extend_from_slice(&w.out);
    Ok(out)
}

// ----- reading -----

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn left(&self) -> usize {
        self.bytes.len() - self.at
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], BytecodeError> {
        let s = self.bytes.get(self.at..).and_then(|rest| rest.get(..n)).ok_or(BytecodeError::Truncated)?;
        self.at += n;
        Ok(s)
    }
    fn take_array<const N: usize>(&mut self) -> Result<[u8; N], BytecodeError> {
        let (&a, _) = self.take(N)?.split_first_chunk::<N>().ok_or(BytecodeError::Truncated)?;
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8, BytecodeError> {
        let [b] = self.take_array::<1>()?;
        Ok(b)
    }
    fn uv(&mut self) -> Result<u64, BytecodeError> {
        let mut v: u64 = 0;
        for i in 0..10 {
            let b = self.u8()?;
            let bits = (b & 0x7f) as u64;
            if i == 9 && b > 1 {
                return Err(BytecodeError::Malformed("varint overflows 64 bits"));
            }
            v |= bits << (7 * i);
            if b & 0x80 == 0 {
                if b == 0 && i > 0 {
                    return Err(BytecodeError::Malformed("overlong varint"));
                }
                return Ok(v);
            }
        }
        Err(BytecodeError::Malformed("varint too long"))
    }
    fn u32v(&mut self) -> Result<u32, BytecodeError> {
        u32::try_from(self.uv()?).map_err(|_| BytecodeError::Malformed("number out of range"))
    }
    fn sv(&mut self) -> Result<i64, BytecodeError> {
        let u = self.uv()?;
        Ok((u >> 1) as i64 ^ -((u & 1) as i64))
    }
    /// A count of items each taking at least `min_bytes`: refused when the
    /// bytes left cannot hold them (so nothing huge is allocated).
    fn count(&mut self, min_bytes: usize) -> Result<usize, BytecodeError> {
        let n = self.uv()?;
        if n > (self.left() / min_bytes) as u64 {
            return Err(BytecodeError::Truncated);
        }
        Ok(n as usize)
    }
    fn str(&mut self) -> Result<&'a str, BytecodeError> {
        let n = self.count(1)?;
        core::str::from_utf8(self.take(n)?).map_err(|_| BytecodeError::Malformed("a str is not UTF-8"))
    }

    fn code(&mut self, parent_file: Option<&Rc<str>>, depth: usize) -> Result<Code, BytecodeError> {
        if depth > MAX_NESTING {
            return Err(BytecodeError::TooDeep);
        }
        let kind = match self.u8()? {
            0 => CodeKind::Module,
            1 => CodeKind::Class,
            2 => CodeKind::Function,
            _ => return Err(BytecodeError::Malformed("unknown code kind")),
        };
        let name: Box<str> = self.str()?.into();
        let qualname: Box<str> = self.str()?.into();
        let filename: Rc<str> = match self.uv()? {
            0 => match parent_file {
                Some(f) => f.clone(),
                None => return Err(BytecodeError::Malformed("the module has no file name")),
            },
            n => {
                let n = usize::try_from(n - 1).map_err(|_| BytecodeError::Truncated)?;
                let bytes = self.take(n)?;
                core::str::from_utf8(bytes).map_err(|_| BytecodeError::Malformed("a str is not UTF-8"))?.into()
            }
        };
        let argcount = self.u32v()?;
        let posonlyargcount = self.u32v()?;
        let kwonlyargcount = self.u32v()?;
        let flags = self.u32v()?;
        let stacksize = self.u32v()?;
        let first_line = self.u32v()?;
        // Each instruction is 4 bytes plus at least 1 for its line.
        let n = self.count(5)?;
        let mut instrs = Vec::with_capacity(n);
        for _ in 0..n {
            instrs.push(u32::from_le_bytes(self.take_array()?));
        }
        let mut lines = Vec::with_capacity(n);
        let mut line = first_line as i64;
        for _ in 0..n {
            line = line.checked_add(self.sv()?).ok_or(BytecodeError::Malformed("line out of range"))?;
            lines.push(u32::try_from(line).map_err(|_| BytecodeError::Malformed("line out of range"))?);
        }
        let n = self.count(1)?;
        let mut consts = Vec::with_capacity(n);
        for _ in 0..n {
            consts.push(self.constant(&filename, depth + 1)?);
        }
        let mut tables: [Vec<Box<str>>; 2] = [Vec::new(), Vec::new()];
        for t in &mut tables {
            let n = self.count(1)?;
            t.reserve(n);
            for _ in 0..n {
                t.push(self.str()?.into());
            }
        }
        let [names, varnames] = tables;
        let n = self.count(2)?;
        let mut freevars = Vec::with_capacity(n);
        for _ in 0..n {
            let name: Box<str> = self.str()?.into();
            freevars.push((name, self.u32v()?));
        }
        let n = self.count(4)?;
        let mut exception_table = Vec::with_capacity(n);
        for _ in 0..n {
            let (start, end, target, depth) = (self.u32v()?, self.u32v()?, self.u32v()?, self.u32v()?);
            exception_table.push(ExceptionEntry { start, end, target, depth });
        }
        let n = self.count(4)?;
        let mut comprehensions = Vec::with_capacity(n);
        for _ in 0..n {
            let kind = *ComprehensionKind::ALL
                .get(usize::from(self.u8()?))
                .ok_or(BytecodeError::Malformed("bad comprehension kind"))?;
            let (anchor, start, end) = (self.u32v()?, self.u32v()?, self.u32v()?);
            comprehensions.push(InlinedComprehension { kind, anchor, start, end });
        }
        let doc = match self.u8()? {
            0 => None,
            1 => Some(self.str()?.into()),
            _ => return Err(BytecodeError::Malformed("bad docstring tag")),
        };
        Ok(Code {
            kind,
            name,
            qualname,
            filename,
            instrs,
            lines,
            // Bytecode files carry lines, not columns: no caret lines.
            positions: Vec::new(),
            consts,
            names,
            varnames,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            stacksize,
            first_line,
            exception_table,
            doc,
            freevars,
            comprehensions,
        })
    }

    fn constant(&mut self, file: &Rc<str>, depth: usize) -> Result<Const, BytecodeError> {
        if depth > MAX_NESTING {
            return Err(BytecodeError::TooDeep);
        }
        Ok(match self.u8()? {
            0 => Const::None,
            1 => Const::Bool(false),
            2 => Const::Bool(true),
            3 => Const::Int(self.sv()?),
            4 => {
                let n = self.count(1)?;
                #[cfg(not(feature = "big-int"))]
                return {
                    let _ = self.take(n)?;
                    Err(BytecodeError::Malformed("a big int constant (ouro was built without the big-int feature)"))
                };
                #[cfg(feature = "big-int")]
                Const::BigInt(BigInt::from_signed_bytes_le(self.take(n)?))
            }
            5 => Const::Float(f64::from_bits(u64::from_le_bytes(self.take_array()?))),
            6 => Const::Str(self.str()?.into()),
            tag @ (7 | 8) => {
                let n = self.count(1)?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.constant(file, depth + 1)?);
                }
                if tag == 7 {
                    Const::Tuple(items)
                } else {
                    Const::FrozenSet(items)
                }
            }
            9 => Const::Ellipsis,
            10 => Const::Code(Rc::new(self.code(Some(file), depth + 1)?)),
            12 => {
                let n = self.count(1)?;
                Const::Bytes(self.take(n)?.to_vec())
            }
            11 => {
                let mut part =
                    || -> Result<f64, BytecodeError> { Ok(f64::from_bits(u64::from_le_bytes(self.take_array()?))) };
                let re = part()?;
                Const::Complex { re, im: part()? }
            }
            _ => return Err(BytecodeError::Malformed("unknown constant tag")),
        })
    }
}

/// The `N` bytes at `at` in the fixed-size header (every caller's
/// offset is a constant inside it; zeros otherwise, never a panic).
fn header_field<const N: usize>(header: &[u8; HEADER_LEN], at: usize) -> [u8; N] {
    header.get(at..).and_then(|s| s.first_chunk::<N>()).copied().unwrap_or([0; N])
}

/// Checks a file's header and checksum; returns the payload.
fn payload(bytes: &[u8]) -> Result<&[u8], BytecodeError> {
    if bytes.len() < MAGIC.len() || !is_bytecode(bytes) {
        return Err(if MAGIC.starts_with(bytes) { BytecodeError::Truncated } else { BytecodeError::NotBytecode });
    }
    let Some((header, body)) = bytes.split_first_chunk::<HEADER_LEN>() else {
        return Err(BytecodeError::Truncated);
    };
    let u16_at = |i: usize| u16::from_le_bytes(header_field(header, i));
    let u32_at = |i: usize| u32::from_le_bytes(header_field(header, i));
    let version = u16_at(8);
    if version != FORMAT_VERSION {
        return Err(BytecodeError::Version { found: version, expected: FORMAT_VERSION });
    }
    if u16_at(10) != 0 {
        return Err(BytecodeError::Flags);
    }
    if u64::from_le_bytes(header_field(header, 16)) != fingerprint() {
        return Err(BytecodeError::Fingerprint);
    }
    match (u32_at(12) as usize).cmp(&body.len()) {
        core::cmp::Ordering::Greater => return Err(BytecodeError::Truncated),
        core::cmp::Ordering::Less => return Err(BytecodeError::Malformed("bytes after the payload")),
        core::cmp::Ordering::Equal => {}
    }
    if crc32(body) != u32_at(24) {
        return Err(BytecodeError::Checksum);
    }
    Ok(body)
}

/// Decodes a bytecode file without verifying the code (for tests that
/// feed the verifier hostile code directly; hosts use [`from_bytes`]).
pub fn decode_unverified(bytes: &[u8]) -> Result<Code, BytecodeError> {
    let body = payload(bytes)?;
    let mut r = Reader { bytes: body, at: 0 };
    let code = r.code(None, 0)?;
    if r.left() != 0 {
        return Err(BytecodeError::Malformed("bytes after the module's code"));
    }
    Ok(code)
}

/// Loads a bytecode file: header, checksum, decoding, then the verifier
/// on every code object. `Ok` code is safe to run in any tier; any other
/// input is an `Err`, never a panic (the loader's fuzzing entry point).
pub fn from_bytes(bytes: &[u8]) -> Result<Rc<Code>, BytecodeError> {
    let code = decode_unverified(bytes)?;
    verify::verify(&code)?;
    Ok(Rc::new(code))
}
