//! Parallel moves: a set of copies that happen at once (a peeled loop's
//! loop-carried values at its back edge), put in an order that does them
//! one at a time.

use alloc::vec::Vec;

/// Orders the moves `(to, from)`, meant to happen at once (every `from`
/// read before any `to` is written; no two moves share a `to`), so that
/// doing them one after another gives the same result. A cycle (`a`, `b`
/// swapping) goes through `scratch`, a place none of the moves names.
pub fn parallel_moves<T: Copy + PartialEq>(moves: &[(T, T)], scratch: T) -> Vec<(T, T)> {
    let mut pending: Vec<(T, T)> = moves.iter().copied().filter(|(to, from)| to != from).collect();
    let mut out = Vec::with_capacity(pending.len() + 1);
    while !pending.is_empty() {
        let ready = pending.iter().position(|&(to, _)| pending.iter().all(|&(_, from)| from != to));
        match ready {
            Some(k) => out.push(pending.remove(k)),
            None => {
                // Every destination is still to be read: a cycle. Its
                // first source goes to the scratch place and is read there.
                let Some(&(_, from)) = pending.first() else { break };
                out.push((scratch, from));
                for m in &mut pending {
                    if m.1 == from {
                        m.1 = scratch;
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::parallel_moves;
    use alloc::vec::Vec;

    /// Runs `moves` one at a time on registers holding their own numbers.
    fn run(moves: &[(u32, u32)], n: usize) -> Vec<u32> {
        let mut regs: Vec<u32> = (0..=n as u32).collect();
        for &(to, from) in &parallel_moves(moves, n as u32) {
            regs[to as usize] = regs[from as usize];
        }
        regs.truncate(n);
        regs
    }

    #[test]
    fn chains_cycles_and_fan_out_move_at_once() {
        // A chain: 0 <- 1 <- 2 (0 must be written before 1 changes).
        assert_eq!(run(&[(0, 1), (1, 2)], 3), [1, 2, 2]);
        // A swap and a three-cycle.
        assert_eq!(run(&[(0, 1), (1, 0)], 2), [1, 0]);
        assert_eq!(run(&[(0, 1), (1, 2), (2, 0)], 3), [1, 2, 0]);
        // One source read twice, a self-move, and a cycle beside a chain.
        assert_eq!(run(&[(0, 2), (1, 2), (3, 3)], 4), [2, 2, 2, 3]);
        assert_eq!(run(&[(0, 1), (1, 0), (2, 3), (3, 4)], 5), [1, 0, 3, 4, 4]);
    }
}
