//! Counters reported by `ouro --stats`.

/// Number of specializable instruction families (see `for_each_family!`).
pub const NUM_FAMILIES: usize = 8;

/// VM-wide counters.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    /// Count executions per family (costs a little; `--stats` turns it on).
    pub enabled: bool,
    /// Bytecode instructions executed by tier 1.
    pub instructions: u64,
    /// Calls made (Python and native).
    pub calls: u64,
    /// Per family: executions in generic form.
    pub generic_runs: [u64; NUM_FAMILIES],
    /// Per family: executions in a specialized form.
    pub specialized_runs: [u64; NUM_FAMILIES],
    /// Per family: successful specializations.
    pub specialized: [u64; NUM_FAMILIES],
    /// Per family: attempts that found no fitting form.
    pub specialize_failed: [u64; NUM_FAMILIES],
    /// Per family: guard failures that deoptimized a specialized instruction.
    pub deopts: [u64; NUM_FAMILIES],
}
