//! Counters reported by `ouro --stats`.

/// VM-wide counters.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    /// Bytecode instructions executed by tier 1.
    pub instructions: u64,
    /// Calls made (Python and native).
    pub calls: u64,
}
