//! Comparing the outcomes of one program across modes, and with CPython.
//!
//! The ouro modes must agree with each other exactly (a *tier* divergence is
//! a JIT or tier-1 bug); when they agree with each other but not with CPython
//! the program found a *language gap* (ouro vs CPython).

use crate::exec::{Outcome, Status};

/// The verdict on one program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Every ouro mode and CPython (when run) agree.
    Agree,
    /// The ouro modes disagree: each group lists modes with equal outcomes.
    Tier(Vec<(Vec<String>, Outcome)>),
    /// Every ouro mode agrees, but not with CPython.
    CPython {
        /// The outcome shared by all ouro modes.
        ouro: Outcome,
        /// CPython's outcome.
        python: Outcome,
    },
}

impl Verdict {
    /// A key that stays the same while a shrunk program still shows "the
    /// same" divergence: the partition of modes for a tier divergence, the
    /// differing parts (stdout, error line, status) and crash-ness for a gap.
    pub fn signature(&self) -> Option<String> {
        match self {
            Verdict::Agree => None,
            Verdict::Tier(groups) => {
                let mut parts: Vec<String> =
                    groups.iter().map(|(names, o)| format!("{}{}", names.join(","), crash_tag(&o.status))).collect();
                parts.sort();
                Some(format!("tier:{}", parts.join("|")))
            }
            Verdict::CPython { ouro, python } => {
                let mut what = Vec::new();
                if ouro.stdout != python.stdout {
                    what.push("stdout");
                }
                if ouro.error_line != python.error_line {
                    what.push("error");
                }
                if ouro.status != python.status {
                    what.push("status");
                }
                Some(format!("cpython:{}{}", what.join(","), crash_tag(&ouro.status)))
            }
        }
    }

    /// Whether this is a divergence between ouro modes.
    pub fn is_tier(&self) -> bool {
        matches!(self, Verdict::Tier(_))
    }
}

fn crash_tag(s: &Status) -> &'static str {
    match s {
        Status::Signal(_) => "!crash",
        Status::Timeout => "!timeout",
        Status::Exit(_) => "",
    }
}

/// Classifies the outcomes of the ouro modes (in mode order) and CPython's.
pub fn classify(results: &[(String, Outcome)], python: Option<&Outcome>) -> Verdict {
    let mut groups: Vec<(Vec<String>, Outcome)> = Vec::new();
    for (name, o) in results {
        match groups.iter_mut().find(|(_, g)| g == o) {
            Some((names, _)) => names.push(name.clone()),
            None => groups.push((vec![name.clone()], o.clone())),
        }
    }
    if groups.len() > 1 {
        return Verdict::Tier(groups);
    }
    match (groups.pop(), python) {
        // A program that never ends under CPython either is the generator's
        // fault, not a divergence; what a killed run printed is not compared.
        (Some((_, ouro)), Some(py)) if ouro.status == Status::Timeout && py.status == Status::Timeout => Verdict::Agree,
        (Some((_, ouro)), Some(py)) if &ouro != py => Verdict::CPython { ouro, python: py.clone() },
        _ => Verdict::Agree,
    }
}

/// A readable account of a divergence: each group's modes and the first line
/// where its stdout differs from the reference (CPython, or the first group).
pub fn describe(v: &Verdict) -> String {
    match v {
        Verdict::Agree => "agree".to_string(),
        Verdict::Tier(groups) => {
            let reference = &groups[0].1;
            let mut s = String::from("ouro modes disagree (tier divergence):\n");
            for (names, o) in groups {
                s += &format!("  [{}] {}\n", names.join(", "), o.summary());
                if let Some(d) = first_difference(&reference.stdout, &o.stdout) {
                    s += &format!("      {d}\n");
                }
            }
            s
        }
        Verdict::CPython { ouro, python } => {
            let mut s = String::from("all ouro modes agree, CPython differs (ouro vs CPython):\n");
            s += &format!("  [ouro] {}\n  [cpython] {}\n", ouro.summary(), python.summary());
            if let Some(d) = first_difference(&python.stdout, &ouro.stdout) {
                s += &format!("  stdout {d}\n");
            }
            s
        }
    }
}

/// `line N: expected ... got ...` for the first differing stdout line.
fn first_difference(expected: &str, got: &str) -> Option<String> {
    let (mut e, mut g) = (expected.lines(), got.lines());
    let mut n = 1;
    loop {
        match (e.next(), g.next()) {
            (None, None) => return None,
            (a, b) if a == b => n += 1,
            (a, b) => {
                let clip = |s: Option<&str>| s.map(|s| s.chars().take(160).collect::<String>());
                return Some(format!("line {n}: reference {:?}, this group {:?}", clip(a), clip(b)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out(s: &str, code: i32) -> Outcome {
        Outcome { stdout: s.to_string(), error_line: String::new(), status: Status::Exit(code) }
    }

    #[test]
    fn groups_modes_by_outcome() {
        let r = vec![
            ("off".to_string(), out("1\n", 0)),
            ("interp".to_string(), out("1\n", 0)),
            ("x86_64".to_string(), out("2\n", 0)),
        ];
        let v = classify(&r, None);
        assert!(v.is_tier());
        assert_eq!(v.signature().unwrap(), "tier:off,interp|x86_64");
        let same = vec![("off".to_string(), out("1\n", 0)), ("interp".to_string(), out("1\n", 0))];
        assert_eq!(classify(&same, Some(&out("1\n", 0))), Verdict::Agree);
        let gap = classify(&same, Some(&out("3\n", 0)));
        assert_eq!(gap.signature().unwrap(), "cpython:stdout");
        assert!(describe(&gap).contains("line 1"));
    }
}
