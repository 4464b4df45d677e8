//! One small stable sort for the whole crate.
//!
//! The standard library's sorts are fast and large: every element type and
//! comparator gets its own copy of driftsort or ipnsort, and a dozen call
//! sites cost about 22 KiB of the browser build. Here one sort works on
//! positions through a `dyn` step (one copy for all element types) that
//! compares or swaps two elements, the only generic code per call site:
//! up to [`MAX_INSERTION`] elements by insertion in place, longer vectors
//! by a merge sort of indices (`O(n log n)` comparisons, four allocations
//! of `n` indices: two for the merge, two to apply its order) whose order is
//! then brought about by swaps. Stable; the
//! vectors sorted in an analysis are short (the entities of a sentence, the
//! stems of a claim).
//! Native builds, where size does not count, use the standard sort instead.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`.
///
/// Natively (the CLI, the benchmarks) this is the standard library's stable
/// sort, where bytes cost nothing and its speed counts; both are stable, so
/// the order is the same.
#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::ptr_arg)] // the same signature as the wasm build's, which needs the `Vec`
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    v.sort_by(cmp);
}

/// Sorts `v` stably by `cmp`.
#[cfg(target_arch = "wasm32")]
#[allow(clippy::ptr_arg)] // the native build's signature
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    // The only generic part: compare or swap two elements by position.
    sort_with(v.len(), &mut |a, b, swap| {
        if swap {
            v.swap(a, b);
            return false;
        }
        cmp(&v[a], &v[b]) == Ordering::Greater
    });
}

/// Longest vector sorted by insertion: in place, without the index vectors
/// of the merge sort, which for a handful of elements cost more than the
/// comparisons (most vectors sorted in an analysis have fewer than ten).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const MAX_INSERTION: usize = 16;

/// Sorts `n` elements stably through `step`, one copy for all element
/// types: `step(a, b, false)` says whether element `a` is greater than
/// element `b`; `step(a, b, true)` swaps the two.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn sort_with(n: usize, step: &mut dyn FnMut(usize, usize, bool) -> bool) {
    // Already sorted (often: the entities of a sentence come in order).
    if (1..n).all(|j| !step(j - 1, j, false)) {
        return;
    }
    if n <= MAX_INSERTION {
        for i in 1..n {
            // Only a strictly greater element moves: equal ones keep their order.
            let mut j = i;
            while j > 0 && step(j - 1, j, false) {
                step(j - 1, j, true);
                j -= 1;
            }
        }
        return;
    }
    let order = sorted_indices(n, &mut |a, b| step(a, b, false));
    // Move the elements into that order by swaps: `at[p]` is the element
    // now at position `p`, `now[e]` where element `e` is.
    let mut at: Vec<usize> = (0..n).collect();
    let mut now = at.clone();
    for (k, &e) in order.iter().enumerate() {
        let p = now[e];
        if p != k {
            step(k, p, true);
            let moved = at[k];
            at[p] = moved;
            now[moved] = p;
            at[k] = e;
            now[e] = k;
        }
    }
}

/// Sorts `v` stably by the key `key` gives.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)))
}

/// Sorts and removes repeats.
pub fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
    v.dedup();
}

/// Sorts strings and removes repeats, removing them first when there are
/// many, so that the sort sees each string once.
///
/// Why: the words of a long text are mostly repeats (a page that repeats a
/// sentence, a sentence that runs on through one megabyte), and sorting them
/// all costs `n log n`, so time grew faster than the text. Dropping repeats
/// through the crate's map ([`crate::hash::IdMap`]) is linear; the few
/// distinct strings sort quickly.
pub fn dedup_sort<S: AsRef<str> + Ord>(v: &mut Vec<S>) {
    if v.len() <= 64 {
        return sort_dedup(v);
    }
    let first: Vec<bool> = {
        let mut seen: crate::hash::IdMap<&str> = crate::hash::IdMap::with_capacity(v.len());
        v.iter().map(|x| seen.insert(x.as_ref()).1).collect()
    };
    let mut first = first.into_iter();
    v.retain(|_| first.next().unwrap_or(false));
    sort_by(v, S::cmp);
}

/// Calls `matched` with each pair of equal elements (by `cmp`) of two
/// slices sorted by `cmp` without repeats: their intersection, in one merge.
pub fn for_each_common<T>(a: &[T], b: &[T], cmp: impl Fn(&T, &T) -> Ordering, mut matched: impl FnMut(&T, &T)) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match cmp(&a[i], &b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                matched(&a[i], &b[j]);
                i += 1;
                j += 1;
            }
        }
    }
}

/// The indices `0..n` in ascending order (stable) by `greater(a, b)`,
/// which says whether element `a` is greater than element `b`; a bottom-up
/// merge sort.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn sorted_indices(n: usize, greater: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // Take from the right run only when strictly smaller: stable.
                if greater(a[i], a[j]) {
                    b[k] = a[j];
                    j += 1;
                } else {
                    b[k] = a[i];
                    i += 1;
                }
                k += 1;
            }
            b[k..k + (mid - i)].copy_from_slice(&a[i..mid]);
            k += mid - i;
            b[k..k + (end - j)].copy_from_slice(&a[j..end]);
            start = end;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_std() {
        let mut seed = 7u64;
        for n in [0, 1, 2, 3, 7, 16, 17, 33, 100, 1000] {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 60) as u8, i)
                })
                .collect();
            // The browser build's sort, run natively.
            let mut wasm = v.clone();
            sort_with(wasm.len(), &mut |a, b, swap| {
                if swap {
                    wasm.swap(a, b);
                    return false;
                }
                wasm[a].0 > wasm[b].0
            });
            let (mut ours, mut std) = (v.clone(), v);
            sort_by_key(&mut ours, |x| x.0);
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std, "n = {n}");
            assert_eq!(wasm, std, "n = {n}");
        }
        let mut d = vec![3, 1, 3, 2, 1];
        sort_dedup(&mut d);
        assert_eq!(d, [1, 2, 3]);
    }

    #[test]
    fn common_elements_of_sorted_slices() {
        let mut common = Vec::new();
        for_each_common(&[1, 3, 5, 7, 9], &[2, 3, 4, 9, 10], u32::cmp, |a, b| common.push((*a, *b)));
        assert_eq!(common, [(3, 3), (9, 9)]);
        let mut none = 0;
        for_each_common(&[1, 2], &[], u32::cmp, |_, _| none += 1);
        for_each_common(&[], &[1, 2], u32::cmp, |_, _| none += 1);
        assert_eq!(none, 0);
    }

    #[test]
    fn dedup_sort_gives_what_sort_dedup_gives() {
        let mut seed = 11u64;
        for n in [0, 5, 64, 65, 1000] {
            let v: Vec<String> = (0..n)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    format!("w{}", seed >> 58)
                })
                .collect();
            let (mut a, mut b) = (v.clone(), v);
            dedup_sort(&mut a);
            sort_dedup(&mut b);
            assert_eq!(a, b, "n = {n}");
        }
    }
}
