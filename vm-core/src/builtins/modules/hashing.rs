//! `_hashlib`: the hash algorithms behind `hashlib` (`stdlib/hashlib.py`):
//! MD5, SHA-1, the SHA-2 family, SHA-3 and SHAKE (RustCrypto's `md-5`,
//! `sha1`, `sha2`, `sha3` and `shake` crates), and PBKDF2-HMAC over them.
//!
//! A hash's running state is an `Obj::UserData` holding a [`Hasher`]; the
//! Python layer wraps it in its `HASH`/`HASHXOF` objects and hands this
//! module bytes or bytearrays only (it turns other buffers into bytes).
//! Functions: `info(name)` → `(name, digest_size, block_size)` or
//! ValueError; `new(name)` → a state; `update(state, data)`;
//! `digest(state, length)` (`length` is read for SHAKE only) → bytes, the
//! state left as it was; `copy(state)` → a new state;
//! `pbkdf2_hmac(name, password, salt, iterations, dklen)` → bytes.

use alloc::boxed::Box;
use alloc::format;
use alloc::vec;
use alloc::vec::Vec;

use sha2::digest::{Digest, ExtendableOutput, Update};

use super::NativeModule;
use crate::builtins::{arg_at, no_kwargs_arity};
use crate::runtime::object::{BuiltinDef, Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// The `_hashlib` module.
pub static MODULE: NativeModule = NativeModule { name: "_hashlib", functions: FUNCTIONS, init };

static FUNCTIONS: &[BuiltinDef] = &[
    BuiltinDef { name: "info", func: info },
    BuiltinDef { name: "new", func: new },
    BuiltinDef { name: "update", func: update },
    BuiltinDef { name: "digest", func: digest },
    BuiltinDef { name: "copy", func: copy },
    BuiltinDef { name: "pbkdf2_hmac", func: pbkdf2_hmac },
];

fn init(_vm: &mut Vm, _ns: ObjRef) {}

/// Declares [`Hasher`] and the algorithm table from one list: variant,
/// hashlib name, digest size, block size, the crate's type.
macro_rules! algorithms {
    ($(($variant:ident, $name:literal, $digest_size:literal, $block_size:literal, $ty:ty)),* $(,)?) => {
        /// A running hash of one of the algorithms.
        #[derive(Clone)]
        enum Hasher {
            $(
                #[doc = $name]
                $variant($ty),
            )*
        }

        /// Every algorithm: (name, digest size, block size), in the order
        /// of [`Hasher`]'s variants.
        const ALGORITHMS: &[(&str, usize, usize)] = &[$(($name, $digest_size, $block_size)),*];

        impl Hasher {
            /// A fresh hash of the algorithm at `index` in [`ALGORITHMS`].
            fn new(index: usize) -> Option<Hasher> {
                let mut i = 0;
                $(
                    if i == index {
                        return Some(Hasher::$variant(<$ty>::default()));
                    }
                    i += 1;
                )*
                let _ = i;
                None
            }

            /// Feeds `data` in.
            fn update(&mut self, data: &[u8]) {
                match self {
                    $(Hasher::$variant(h) => Update::update(h, data),)*
                }
            }
        }
    };
}

algorithms! {
    (Md5, "md5", 16, 64, md5::Md5),
    (Sha1, "sha1", 20, 64, sha1::Sha1),
    (Sha224, "sha224", 28, 64, sha2::Sha224),
    (Sha256, "sha256", 32, 64, sha2::Sha256),
    (Sha384, "sha384", 48, 128, sha2::Sha384),
    (Sha512, "sha512", 64, 128, sha2::Sha512),
    (Sha512_224, "sha512_224", 28, 128, sha2::Sha512_224),
    (Sha512_256, "sha512_256", 32, 128, sha2::Sha512_256),
    (Sha3_224, "sha3_224", 28, 144, sha3::Sha3_224),
    (Sha3_256, "sha3_256", 32, 136, sha3::Sha3_256),
    (Sha3_384, "sha3_384", 48, 104, sha3::Sha3_384),
    (Sha3_512, "sha3_512", 64, 72, sha3::Sha3_512),
    (Shake128, "shake_128", 0, 168, shake::Shake128),
    (Shake256, "shake_256", 0, 136, shake::Shake256),
}

impl Hasher {
    /// The digest of what was fed so far (`length` bytes for SHAKE),
    /// leaving this hash as it was.
    fn finish(&self, length: usize) -> Vec<u8> {
        /// A fixed-size digest of a copy of `h`.
        fn fixed<D: Digest + Clone>(h: &D) -> Vec<u8> {
            h.clone().finalize().to_vec()
        }
        /// `length` bytes of an extendable output of a copy of `h`.
        fn xof<X: ExtendableOutput + Clone>(h: &X, length: usize) -> Vec<u8> {
            let mut out = vec![0; length];
            h.clone().finalize_xof_into(&mut out);
            out
        }
        match self {
            Hasher::Md5(h) => fixed(h),
            Hasher::Sha1(h) => fixed(h),
            Hasher::Sha224(h) => fixed(h),
            Hasher::Sha256(h) => fixed(h),
            Hasher::Sha384(h) => fixed(h),
            Hasher::Sha512(h) => fixed(h),
            Hasher::Sha512_224(h) => fixed(h),
            Hasher::Sha512_256(h) => fixed(h),
            Hasher::Sha3_224(h) => fixed(h),
            Hasher::Sha3_256(h) => fixed(h),
            Hasher::Sha3_384(h) => fixed(h),
            Hasher::Sha3_512(h) => fixed(h),
            Hasher::Shake128(h) => xof(h, length),
            Hasher::Shake256(h) => xof(h, length),
        }
    }
}

/// The index in [`ALGORITHMS`] of the algorithm `name` stands for: its
/// hashlib name in any case, or OpenSSL's spelling with a dash (`SHA-256`,
/// `sha3-256`).
fn lookup(name: &str) -> Option<usize> {
    let lower = name.to_ascii_lowercase();
    let plain = match lower.strip_prefix("sha3-") {
        Some(bits) => format!("sha3_{bits}"),
        None => lower.replacen("sha-", "sha", 1),
    };
    ALGORITHMS.iter().position(|&(n, _, _)| n == plain)
}

/// The algorithm named by argument `i`, or ValueError.
fn algorithm_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<usize> {
    let v = arg_at(args, i);
    let Some(name) = vm.as_str(v) else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("new() argument 'name' must be str, not {tn}")));
    };
    match lookup(name) {
        Some(index) => Ok(index),
        None => {
            let msg = format!("unsupported hash type {name}");
            Err(vm.value_error(msg))
        }
    }
}

/// The bytes of a bytes or bytearray argument (the Python layer converted
/// every other buffer).
fn data_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<Vec<u8>> {
    let v = arg_at(args, i);
    match vm.bytes_of(v) {
        Some((data, _)) => Ok(data),
        None => Err(vm.type_error("object supporting the buffer API required")),
    }
}

/// The hash state of argument 0.
fn state_arg(vm: &mut Vm, args: &[Value]) -> PyResult<ObjRef> {
    match arg_at(args, 0) {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::UserData { value, .. } if value.is::<Hasher>()) => Ok(r),
        _ => Err(vm.type_error("_hashlib: not a hash state")),
    }
}

/// The running hash of a state [`state_arg`] checked.
fn hasher(vm: &mut Vm, state: ObjRef) -> Option<&mut Hasher> {
    match vm.heap.get_mut(state) {
        Obj::UserData { value, .. } => value.downcast_mut::<Hasher>(),
        _ => None,
    }
}

/// A new state object holding `h`.
fn new_state(vm: &mut Vm, h: Hasher) -> Value {
    let class = vm.types.object;
    Value::Obj(vm.heap.alloc(Obj::UserData { class, value: Box::new(h) }))
}

/// `info(name)`: `(name, digest_size, block_size)` of the algorithm.
fn info(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "info", args, kw, 1, 1)?;
    let index = algorithm_arg(vm, args, 0)?;
    let Some(&(name, digest_size, block_size)) = ALGORITHMS.get(index) else {
        return Err(vm.value_error("unsupported hash type"));
    };
    let name = vm.new_str(name);
    Ok(vm.new_tuple(vec![name, Value::Int(digest_size as i64), Value::Int(block_size as i64)]))
}

/// `new(name)`: a fresh state of the algorithm.
fn new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "new", args, kw, 1, 1)?;
    let index = algorithm_arg(vm, args, 0)?;
    match Hasher::new(index) {
        Some(h) => Ok(new_state(vm, h)),
        None => Err(vm.value_error("unsupported hash type")),
    }
}

/// `update(state, data)`.
fn update(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "update", args, kw, 2, 2)?;
    let state = state_arg(vm, args)?;
    let data = data_arg(vm, args, 1)?;
    // Hashing is work a script can make unbounded: charge it as fuel, a
    // unit per 4 KB, like the other bulk built-ins.
    vm.check_limits(data.len() as u64 / 4096)?;
    if let Some(h) = hasher(vm, state) {
        h.update(&data);
    }
    Ok(Value::None)
}

/// `digest(state, length)`: the digest so far (`length` bytes for SHAKE).
fn digest(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "digest", args, kw, 2, 2)?;
    let state = state_arg(vm, args)?;
    let length = match arg_at(args, 1) {
        Value::Int(n) if n >= 0 => n as usize,
        _ => return Err(vm.value_error("length must be a non-negative int")),
    };
    vm.reserve(length)?;
    let out = hasher(vm, state).map(|h| h.finish(length)).unwrap_or_default();
    Ok(vm.new_bytes(out, false))
}

/// `copy(state)`: an independent state with the same input so far.
fn copy(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "copy", args, kw, 1, 1)?;
    let state = state_arg(vm, args)?;
    match hasher(vm, state).cloned() {
        Some(h) => Ok(new_state(vm, h)),
        None => Err(vm.type_error("_hashlib: not a hash state")),
    }
}

/// HMAC's keyed inner and outer hashes for `key` (RFC 2104): the key,
/// hashed first when longer than a block, padded with zeros, XORed with
/// 0x36 and 0x5c.
fn hmac_keyed(fresh: &Hasher, block_size: usize, digest_size: usize, key: &[u8]) -> (Hasher, Hasher) {
    let mut block = if key.len() > block_size {
        let mut h = fresh.clone();
        h.update(key);
        h.finish(digest_size)
    } else {
        key.to_vec()
    };
    block.resize(block_size, 0);
    let mut inner = fresh.clone();
    let mut outer = fresh.clone();
    inner.update(&block.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    outer.update(&block.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    (inner, outer)
}

/// HMAC of `message` with the keyed hashes [`hmac_keyed`] made.
fn hmac(keyed: &(Hasher, Hasher), digest_size: usize, message: &[u8]) -> Vec<u8> {
    let mut inner = keyed.0.clone();
    inner.update(message);
    let mut outer = keyed.1.clone();
    outer.update(&inner.finish(digest_size));
    outer.finish(digest_size)
}

/// `pbkdf2_hmac(name, password, salt, iterations, dklen)` (RFC 8018's
/// PBKDF2 with HMAC; `dklen` None is the digest size). The argument checks
/// are `hashlib.py`'s; the work is charged as fuel, a unit per 64 HMACs.
fn pbkdf2_hmac(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs_arity(vm, "pbkdf2_hmac", args, kw, 5, 5)?;
    let index = algorithm_arg(vm, args, 0)?;
    let password = data_arg(vm, args, 1)?;
    let salt = data_arg(vm, args, 2)?;
    let (Some(fresh), Some(&(name, digest_size, block_size))) = (Hasher::new(index), ALGORITHMS.get(index)) else {
        return Err(vm.value_error("unsupported hash type"));
    };
    if digest_size == 0 {
        return Err(vm.value_error(format!("unsupported hash type {name}")));
    }
    let (Value::Int(iterations), dklen) = (arg_at(args, 3), arg_at(args, 4)) else {
        return Err(vm.type_error("iterations must be an int"));
    };
    let dklen = match dklen {
        Value::None => digest_size,
        Value::Int(n) if n > 0 => n as usize,
        _ => return Err(vm.value_error("key length must be greater than 0.")),
    };
    let iterations = iterations.max(1) as u64;
    vm.reserve(dklen)?;
    let keyed = hmac_keyed(&fresh, block_size, digest_size, &password);
    let mut out = Vec::with_capacity(dklen);
    let mut block_index: u32 = 1;
    while out.len() < dklen {
        let mut first = salt.clone();
        first.extend_from_slice(&block_index.to_be_bytes());
        let mut u = hmac(&keyed, digest_size, &first);
        let mut t = u.clone();
        for i in 1..iterations {
            if i % 64 == 0 {
                vm.check_limits(1)?;
            }
            u = hmac(&keyed, digest_size, &u);
            for (a, b) in t.iter_mut().zip(&u) {
                *a ^= b;
            }
        }
        let take = (dklen - out.len()).min(digest_size);
        out.extend_from_slice(t.get(..take).unwrap_or(&t));
        block_index = block_index.wrapping_add(1);
    }
    Ok(vm.new_bytes(out, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> alloc::string::String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn hash(name: &str, data: &[u8], length: usize) -> alloc::string::String {
        let mut h = Hasher::new(lookup(name).expect("known algorithm")).expect("a hasher");
        h.update(data);
        hex(&h.finish(length))
    }

    #[test]
    fn digests_match_cpython() {
        // Values from python3: hashlib.new(name, b"abc").hexdigest(...).
        assert_eq!(hash("md5", b"abc", 0), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(hash("SHA1", b"abc", 0), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(hash("sha-256", b"abc", 0), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(hash("sha3-256", b"abc", 0), "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532");
        assert_eq!(hash("shake_128", b"abc", 8), "5881092dd818bf5c");
        assert_eq!(lookup("blake2b"), None);
    }

    #[test]
    fn pbkdf2_matches_rfc_6070() {
        // RFC 6070's second test vector: "password", "salt", 2 iterations.
        let index = lookup("sha1").expect("sha1");
        let fresh = Hasher::new(index).expect("a hasher");
        let keyed = hmac_keyed(&fresh, 64, 20, b"password");
        let mut first = b"salt".to_vec();
        first.extend_from_slice(&1u32.to_be_bytes());
        let u1 = hmac(&keyed, 20, &first);
        let u2 = hmac(&keyed, 20, &u1);
        let t: Vec<u8> = u1.iter().zip(&u2).map(|(a, b)| a ^ b).collect();
        assert_eq!(hex(&t), "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957");
    }
}
