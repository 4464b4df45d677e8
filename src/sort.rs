//! One small stable sort for the whole crate.
//!
//! The standard library's sorts are fast and large: every element type and
//! comparator gets its own copy of driftsort or ipnsort, and a dozen call
//! sites cost about 22 KiB of the browser build. Here a single merge sort
//! orders *indices* through a `dyn` comparator (one copy for all), and a
//! tiny generic step moves the elements into that order. `O(n log n)`
//! comparisons, stable, one allocation of `n` indices; the vectors sorted in
//! an analysis are short (the entities of a sentence, the links of a report).
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
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.windows(2).all(|w| cmp(&w[0], &w[1]) != Ordering::Greater) {
        return;
    }
    let order = sorted_indices(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
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
/// through a hash map is linear; the few distinct strings sort quickly. (A
/// `&str` map, the type the comparison already uses: no new map code in the
/// browser build.)
pub fn dedup_sort<S: AsRef<str> + Ord>(v: &mut Vec<S>) {
    if v.len() <= 64 {
        return sort_dedup(v);
    }
    let first: Vec<bool> = {
        let mut seen: crate::hash::HashMap<&str, usize> = crate::hash::map_with_capacity(v.len());
        v.iter().map(|x| seen.insert(x.as_ref(), 0).is_none()).collect()
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

/// The indices `0..n` in the order `cmp` gives them (stable), by a
/// bottom-up merge sort.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
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
                if cmp(a[j], a[i]) == Ordering::Less {
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
        for n in [0, 1, 2, 3, 7, 16, 33, 100, 1000] {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 60) as u8, i)
                })
                .collect();
            // The merge sort the browser build uses, natively too.
            let merged: Vec<(u8, usize)> =
                sorted_indices(v.len(), &|a, b| v[a].0.cmp(&v[b].0)).into_iter().map(|i| v[i]).collect();
            let (mut ours, mut std) = (v.clone(), v);
            sort_by_key(&mut ours, |x| x.0);
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std, "n = {n}");
            assert_eq!(merged, std, "n = {n}");
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
