//! Reducing a divergent program to a small reproducer.
//!
//! The shrinker works on lines with Python's indentation as structure. It
//! repeatedly tries, keeping each change under which `still_fails` holds:
//! removing runs of sibling statements (a statement with its whole body),
//! unwrapping a block header (keeping its dedented body), and shrinking
//! integer literals (loop counts, iteration numbers, constants). A removal
//! that leaves a header without a body gets a `pass`. It stops at a fixed
//! point or when the budget of test runs or time is spent.

use std::time::Instant;

/// Limits on one shrink.
#[derive(Clone, Copy, Debug)]
pub struct Budget {
    /// Maximum number of candidate programs tested.
    pub tests: usize,
    /// Wall-clock deadline.
    pub deadline: Option<Instant>,
}

/// Shrinks `src` while `still_fails` holds; returns the smallest program found
/// and the number of candidates tested. `still_fails(src)` is assumed true.
pub fn shrink(src: &str, budget: Budget, mut still_fails: impl FnMut(&str) -> bool) -> (String, usize) {
    let mut s = Shrinker { lines: src.lines().map(str::to_string).collect(), tested: 0, budget };
    let mut test = |lines: &[String]| still_fails(&join(lines));
    loop {
        let mut changed = false;
        for size in [32, 8, 4, 2, 1] {
            changed |= s.remove_pass(size, &mut test);
        }
        changed |= s.unwrap_pass(&mut test);
        changed |= s.literal_pass(&mut test);
        if !changed || s.exhausted() {
            break;
        }
    }
    (join(&s.lines), s.tested)
}

struct Shrinker {
    lines: Vec<String>,
    tested: usize,
    budget: Budget,
}

impl Shrinker {
    fn exhausted(&self) -> bool {
        self.tested >= self.budget.tests || self.budget.deadline.is_some_and(|d| Instant::now() >= d)
    }

    /// Tests `candidate` (after repair); adopts it if the failure persists.
    fn try_adopt(&mut self, candidate: Vec<String>, test: &mut impl FnMut(&[String]) -> bool) -> bool {
        if self.exhausted() {
            return false;
        }
        let candidate = repair(candidate);
        if candidate == self.lines {
            return false;
        }
        self.tested += 1;
        if test(&candidate) {
            self.lines = candidate;
            true
        } else {
            false
        }
    }

    /// Tries removing `size` consecutive sibling statements at every line.
    fn remove_pass(&mut self, size: usize, test: &mut impl FnMut(&[String]) -> bool) -> bool {
        let mut changed = false;
        let mut i = 0;
        while i < self.lines.len() && !self.exhausted() {
            let end = siblings_end(&self.lines, i, size);
            let mut c = self.lines.clone();
            c.drain(i..end);
            if self.try_adopt(c, test) {
                changed = true;
            } else {
                i += 1;
            }
        }
        changed
    }

    /// Tries replacing each block header by its dedented body.
    fn unwrap_pass(&mut self, test: &mut impl FnMut(&[String]) -> bool) -> bool {
        let mut changed = false;
        let mut i = 0;
        while i < self.lines.len() && !self.exhausted() {
            if is_header(&self.lines[i]) {
                let end = block_end(&self.lines, i);
                let mut c = self.lines.clone();
                for l in &mut c[i + 1..end] {
                    let cut = l.len().min(4).min(indent(l));
                    l.drain(..cut);
                }
                c.remove(i);
                if self.try_adopt(c, test) {
                    changed = true;
                    continue;
                }
            }
            i += 1;
        }
        changed
    }

    /// Tries making each integer literal smaller: 1, then halves.
    fn literal_pass(&mut self, test: &mut impl FnMut(&[String]) -> bool) -> bool {
        let mut changed = false;
        for li in 0..self.lines.len() {
            let mut k = 0;
            while let Some((start, end)) = find_int(&self.lines[li], k) {
                if self.exhausted() {
                    return changed;
                }
                let text = self.lines[li][start..end].to_string();
                let Ok(mut v) = text.parse::<u128>() else {
                    k = end;
                    continue;
                };
                let mut new_end = end;
                let mut adopt = |this: &mut Self, t: u128, new_end: &mut usize| {
                    let mut c = this.lines.clone();
                    c[li].replace_range(start..*new_end, &t.to_string());
                    let ok = this.try_adopt(c, test);
                    if ok {
                        *new_end = start + t.to_string().len();
                    }
                    ok
                };
                if v > 1 && adopt(self, 1, &mut new_end) {
                    changed = true;
                    v = 1;
                }
                let mut h = v / 2;
                let mut tries = 0;
                while h >= 1 && tries < 24 {
                    tries += 1;
                    if adopt(self, v - h, &mut new_end) {
                        changed = true;
                        v -= h;
                        h = h.min(v / 2);
                    } else {
                        h /= 2;
                    }
                }
                k = new_end;
            }
        }
        changed
    }
}

fn join(lines: &[String]) -> String {
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_blank(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#')
}

fn is_header(line: &str) -> bool {
    !is_blank(line) && line.trim_end().ends_with(':')
}

/// The index after the block that starts at line `i` (the line and every
/// following line indented deeper than it).
fn block_end(lines: &[String], i: usize) -> usize {
    let ind = indent(&lines[i]);
    let mut j = i + 1;
    while j < lines.len() && (is_blank(&lines[j]) || indent(&lines[j]) > ind) {
        j += 1;
    }
    j
}

/// The index after `count` sibling blocks starting at line `i`.
fn siblings_end(lines: &[String], i: usize, count: usize) -> usize {
    let ind = indent(&lines[i]);
    let mut j = i;
    for _ in 0..count {
        if j >= lines.len() || indent(&lines[j]) != ind {
            break;
        }
        j = block_end(lines, j);
    }
    j.max(i + 1)
}

/// Gives every header left without a body a `pass`.
fn repair(lines: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    for i in 0..lines.len() {
        out.push(lines[i].clone());
        if is_header(&lines[i]) {
            let next = lines[i + 1..].iter().find(|l| !is_blank(l));
            if next.is_none_or(|n| indent(n) <= indent(&lines[i])) {
                out.push(format!("{}pass", " ".repeat(indent(&lines[i]) + 4)));
            }
        }
    }
    out
}

/// The byte range of the first decimal integer literal at or after `from`
/// that is not part of a name, a float or a string-ish token.
fn find_int(line: &str, from: usize) -> Option<(usize, usize)> {
    let b = line.as_bytes();
    let mut i = from;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let prev_ok = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_' || b[i - 1] == b'.');
            let mut j = i;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            let next_ok = j >= b.len() || !(b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] == b'.');
            if prev_ok && next_ok {
                return Some((i, j));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn budget() -> Budget {
        Budget { tests: 10_000, deadline: None }
    }

    #[test]
    fn removes_irrelevant_statements_and_blocks() {
        let src = "def f(n):\n    acc = 0\n    for i in range(n):\n        acc += i\n        if i == 5:\n            BUG\n    return acc\nx = 1\nprint(f(10))\ny = 2\n";
        let (out, _) = shrink(src, budget(), |s| s.contains("BUG") && s.contains("for i in"));
        assert!(out.contains("BUG"));
        assert!(!out.contains("x = 1"));
        assert!(!out.contains("print"));
        assert!(out.lines().count() <= 4, "{out}");
        // The shrunk program is still well indented: BUG sits inside the loop.
        assert!(out.contains("for i in range(n):\n"), "{out}");
    }

    #[test]
    fn shrinks_literals() {
        let src = "for i in range(2000):\n    if i == 1500:\n        BUG\n";
        let (out, _) = shrink(src, budget(), |s| {
            let n: Vec<u64> = s.split(|c: char| !c.is_ascii_digit()).filter_map(|t| t.parse().ok()).collect();
            s.contains("BUG") && n.len() == 2 && n[0] > n[1] && n[1] >= 10
        });
        assert!(out.contains("range(11)") && out.contains("i == 10"), "{out}");
    }

    #[test]
    fn repair_adds_pass_and_literals_skip_names_and_floats() {
        let r = repair(vec!["if x:".to_string(), "y = 1".to_string()]);
        assert_eq!(r, vec!["if x:", "    pass", "y = 1"]);
        assert_eq!(find_int("x1 = 2.5 + 30", 0), Some((11, 13)));
        assert_eq!(find_int("a = 1e300", 0), None);
    }

    #[test]
    fn respects_budget() {
        let src = (0..100).map(|i| format!("x{i} = {i}\n")).collect::<String>();
        let (_, tested) = shrink(&src, Budget { tests: 7, deadline: None }, |_| false);
        assert_eq!(tested, 7);
    }
}
