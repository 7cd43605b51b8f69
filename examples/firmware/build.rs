//! Compiles `script.py` to a bytecode file with the host's compiler (the
//! firmware image carries no compiler), and hands the linker the board's
//! memory map.
use std::{env, fs, path::PathBuf};

fn main() {
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let source = fs::read_to_string("script.py").expect("script.py");
    let bytes = match vm_core::api::compile_to_bytes(&source, "script.py") {
        Ok(bytes) => bytes,
        Err(e) => panic!("script.py does not compile:\n{}", e.traceback),
    };
    fs::write(out.join("script.ouroc"), bytes).expect("write the bytecode file");

    let target = env::var("TARGET").expect("cargo sets TARGET");
    let arch = env::var("CARGO_CFG_TARGET_ARCH").expect("cargo sets CARGO_CFG_TARGET_ARCH");
    let memory = match arch.as_str() {
        "arm" => "memory-arm.x",
        "riscv32" => "memory-riscv.x",
        _ => panic!(
            "the firmware example builds for thumbv7em-none-eabihf or riscv32imac-unknown-none-elf, not {target}"
        ),
    };
    fs::copy(memory, out.join("memory.x")).expect("copy the memory map");
    println!("cargo:rustc-link-search={}", out.display());
    if arch == "riscv32" {
        // riscv-rt's link.x expects memory.x (the region aliases) before it.
        println!("cargo:rustc-link-arg=-Tmemory.x");
    }
    println!("cargo:rustc-link-arg=-Tlink.x");
    for f in ["script.py", "memory-arm.x", "memory-riscv.x", "build.rs"] {
        println!("cargo:rerun-if-changed={f}");
    }
}
