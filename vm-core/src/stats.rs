//! Counters reported by `ouro --stats`.

/// Number of specializable instruction families (see `for_each_family!`).
pub const NUM_FAMILIES: usize = crate::interp::specialize::FAMILIES.len();

use alloc::format;
use alloc::string::String;

/// The per-family specialization table `--stats` prints.
// The counters are `[_; NUM_FAMILIES]` arrays, `NUM_FAMILIES` being
// `FAMILIES.len()`, which `i` enumerates.
#[allow(clippy::indexing_slicing)]
pub fn specialization_report(s: &Stats) -> String {
    let mut out = String::from(
        "specialization (family: generic runs / specialized runs (share) / specialized / failed attempts / deopts)\n",
    );
    for (i, op) in crate::interp::specialize::FAMILIES.iter().enumerate() {
        let (g, sp) = (s.generic_runs[i], s.specialized_runs[i]);
        let share = if g + sp == 0 { 0.0 } else { 100.0 * sp as f64 / (g + sp) as f64 };
        out.push_str(&format!(
            "  {:<12} {:>12} / {:>12} ({:>5.1}%) / {:>6} / {:>6} / {:>6}\n",
            op.name(),
            g,
            sp,
            share,
            s.specialized[i],
            s.specialize_failed[i],
            s.deopts[i]
        ));
        for (r, &n) in s.fail_reasons[i].iter().enumerate() {
            if n > 0 {
                let reason = crate::interp::specialize::Fail::ALL.get(r).map_or("?", |f| f.describe());
                out.push_str(&format!("      failed {n:>6}x: {reason}\n"));
            }
        }
    }
    out
}

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
    /// Per family and failure reason (`specialize::Fail`): failed attempts.
    pub fail_reasons: [[u64; NUM_FAIL_REASONS]; NUM_FAMILIES],
}

/// Number of failure reasons (see `for_each_fail_reason!`).
pub const NUM_FAIL_REASONS: usize = crate::interp::specialize::Fail::ALL.len();
