//! Packs the standard-library modules written in Python
//! (`src/stdlib/**/*.py`) for embedding: each file is compressed into
//! `$OUT_DIR/stdlib/PATH.lz` in the format `src/stdlib/packed.rs` decodes,
//! so the binary carries about 43% of the source text (the CLI 100 KB
//! less). The text is unpacked once per import, before it is compiled.
//!
//! The format is a byte-aligned LZ77: a run of sequences, each the number
//! of literal bytes that follow (LEB128), those bytes, then the length of
//! a copy of earlier output (LEB128; 0 ends the stream) and, unless it is
//! 0, how far back the copy starts (LEB128). Copies may overlap their own
//! output.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

/// The shortest copy worth a sequence (a copy costs at least three bytes).
const MIN_MATCH: usize = 4;
/// How many earlier positions with the same four bytes are tried.
const CHAIN_DEPTH: usize = 64;

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    let src = Path::new("src/stdlib");
    println!("cargo:rerun-if-changed=build.rs");
    // A directory is scanned recursively for changes.
    println!("cargo:rerun-if-changed={}", src.display());
    pack_dir(src, &Path::new(&out_dir).join("stdlib"));
}

/// Packs every `.py` file under `from` into `to`, keeping relative paths.
fn pack_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create the packed stdlib directory");
    let mut entries: Vec<_> =
        fs::read_dir(from).expect("read src/stdlib").map(|e| e.expect("dir entry").path()).collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().expect("file name");
        if path.is_dir() {
            pack_dir(&path, &to.join(name));
        } else if path.extension().is_some_and(|e| e == "py") {
            let text = fs::read(&path).expect("read a stdlib source");
            let mut out_name = name.to_os_string();
            out_name.push(".lz");
            fs::write(to.join(out_name), compress(&text)).expect("write a packed stdlib source");
        }
    }
}

/// Appends `n` as LEB128.
fn push_varint(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push((n & 0x7f) as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// `data` compressed (greedy longest match over hash chains of four-byte
/// prefixes; the files are small, so the whole file is the window).
fn compress(data: &[u8]) -> Vec<u8> {
    let n = data.len();
    let key = |p: usize| u32::from_le_bytes([data[p], data[p + 1], data[p + 2], data[p + 3]]);
    // The last position of each four-byte prefix, and each position's
    // previous one with the same prefix.
    let mut head = HashMap::<u32, usize>::new();
    let mut prev = vec![usize::MAX; n];
    let insert = |p: usize, head: &mut HashMap<u32, usize>, prev: &mut [usize]| {
        if p + MIN_MATCH <= n {
            prev[p] = head.insert(key(p), p).unwrap_or(usize::MAX);
        }
    };
    let mut out = Vec::new();
    let (mut i, mut literal_start) = (0, 0);
    while i < n {
        let (mut best_len, mut best_dist) = (0, 0);
        if i + MIN_MATCH <= n {
            let mut candidate = head.get(&key(i)).copied().unwrap_or(usize::MAX);
            let mut tries = CHAIN_DEPTH;
            while candidate != usize::MAX && tries > 0 {
                let len = data[i..].iter().zip(&data[candidate..]).take_while(|(a, b)| a == b).count();
                if len > best_len {
                    (best_len, best_dist) = (len, i - candidate);
                }
                candidate = prev[candidate];
                tries -= 1;
            }
        }
        if best_len >= MIN_MATCH {
            push_varint(&mut out, i - literal_start);
            out.extend_from_slice(&data[literal_start..i]);
            push_varint(&mut out, best_len);
            push_varint(&mut out, best_dist);
            for p in i..i + best_len {
                insert(p, &mut head, &mut prev);
            }
            i += best_len;
            literal_start = i;
        } else {
            insert(i, &mut head, &mut prev);
            i += 1;
        }
    }
    push_varint(&mut out, n - literal_start);
    out.extend_from_slice(&data[literal_start..]);
    push_varint(&mut out, 0);
    out
}
