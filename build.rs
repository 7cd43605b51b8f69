//! Link options for the `ouro` binary only (the library is linked by its
//! host, with the host's options).
//!
//! On Linux with glibc 2.36 or later, the binary's relative relocations are
//! packed (`-z pack-relative-relocs`, DT_RELR): a position-independent
//! executable carries one 24-byte `.rela.dyn` entry per pointer in its
//! read-only data (vtables, string tables), about 95 KB for ouro; packed
//! they take about 1 KB. The loader must know DT_RELR (glibc 2.36, 2022),
//! so the option is used only when the C library the binary is linked
//! against here is that new (the linker then records the requirement, and
//! an older loader refuses the binary with a clear message instead of
//! misbehaving); cross builds and other systems link as before.

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let native = var("HOST") == var("TARGET");
    if native && var("CARGO_CFG_TARGET_OS") == "linux" && var("CARGO_CFG_TARGET_ENV") == "gnu" && glibc_has_relr() {
        println!("cargo:rustc-link-arg-bin=ouro=-Wl,-z,pack-relative-relocs");
    }
}

/// Whether this system's glibc (`getconf GNU_LIBC_VERSION`: "glibc 2.36")
/// is 2.36 or later.
fn glibc_has_relr() -> bool {
    let Ok(out) = Command::new("getconf").arg("GNU_LIBC_VERSION").output() else { return false };
    let text = String::from_utf8_lossy(&out.stdout);
    let Some(version) = text.trim().strip_prefix("glibc ") else { return false };
    let mut parts = version.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    let (major, minor) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    (major, minor) >= (2, 36)
}
