//! A stable merge sort whose comparison may fail (it runs Python `__lt__`).
//! Never panics, whatever the comparison answers.

use alloc::vec::Vec;

use crate::runtime::object::PyResult;

/// Sorts `items` stably by `less`, stopping at the first error.
// Indexing: every index is below `n = items.len()` (`j < end <= n` in the
// insertion sort, `i < mid <= n` and `j < hi <= n` in the merges), and
// `items` is the caller's own slice, which `less` cannot resize.
#[allow(clippy::indexing_slicing)]
pub fn merge_sort<T: Copy>(items: &mut [T], less: &mut impl FnMut(T, T) -> PyResult<bool>) -> PyResult<()> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion sort for short runs, then bottom-up merges.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && less(items[j], items[j - 1])? {
                items.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut buf: Vec<T> = Vec::with_capacity(n);
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    if less(items[j], items[i])? {
                        buf.push(items[j]);
                        j += 1;
                    } else {
                        buf.push(items[i]);
                        i += 1;
                    }
                }
                buf.extend_from_slice(&items[i..mid]);
                buf.extend_from_slice(&items[j..hi]);
                items[lo..hi].copy_from_slice(&buf);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}
