//! One small sort for the crate. std's sorts are fast but large: each instantiation of
//! `sort_unstable` costs the wasm build about 2.5 KB, a stable `sort_by_key` more; this heapsort
//! is a few hundred bytes. It is O(n log n) and allocates nothing, and it is not stable: where
//! the order of ties matters, [`stable_by_keys`] sorts by key and index.

use crate::prelude::*;

/// Sorts `v` so that no element is `less` than the one before it.
pub fn sort_by<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    heapsort(&mut Slice { v, less });
}

/// What the heapsort needs of the sequence it sorts. It works through `dyn Heap`, so that its
/// loops are compiled once, not once per element type and order (about 150 bytes each).
trait Heap {
    fn len(&self) -> usize;
    /// Whether element `i` is less than element `j`.
    fn less(&self, i: usize, j: usize) -> bool;
    fn swap(&mut self, i: usize, j: usize);
}

struct Slice<'a, T, F> {
    v: &'a mut [T],
    less: F,
}

impl<T, F: Fn(&T, &T) -> bool> Heap for Slice<'_, T, F> {
    fn len(&self) -> usize {
        self.v.len()
    }

    fn less(&self, i: usize, j: usize) -> bool {
        (self.less)(self.v.at(i), self.v.at(j))
    }

    fn swap(&mut self, i: usize, j: usize) {
        self.v.swap(i, j);
    }
}

fn heapsort(h: &mut dyn Heap) {
    // Moves element `node` down the max-heap of the first `len` elements until both children are
    // no greater.
    let sift = |h: &mut dyn Heap, len: usize, mut node: usize| loop {
        let mut child = 2 * node + 1;
        if child >= len {
            break;
        }
        if child + 1 < len && h.less(child, child + 1) {
            child += 1;
        }
        if !h.less(node, child) {
            break;
        }
        h.swap(node, child);
        node = child;
    };
    let n = h.len();
    for node in (0..n / 2).rev() {
        sift(h, n, node);
    }
    for end in (1..n).rev() {
        h.swap(0, end);
        sift(h, end, 0);
    }
}

/// Sorts `v` in ascending order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a < b);
}

/// Sorts `v` by `key`, ascending.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a) < key(b));
}

/// `items` in the order of `keys` (one per item), ties in their order in `items`.
pub fn stable_by_keys<T, K: Ord>(items: Vec<T>, keys: &[K]) -> Vec<T> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_by(&mut order, |&x, &y| (keys.at(x), x) < (keys.at(y), y));
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|k| slots.at_mut(k).take())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_std() {
        let mut seed = 12345u32;
        for n in 0..200 {
            let mut v: Vec<u32> = (0..n)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    seed >> 24
                })
                .collect();
            let mut want = v.clone();
            want.sort();
            sort(&mut v);
            assert_eq!(v, want);
        }
    }

    #[test]
    fn stable_by_keys_keeps_ties_in_order() {
        let items = vec!["b1", "a1", "b2", "a2", "c1", "a3"];
        let keys: Vec<u8> = items.iter().map(|s| s.as_bytes()[0]).collect();
        assert_eq!(
            stable_by_keys(items, &keys),
            ["a1", "a2", "a3", "b1", "b2", "c1"]
        );
    }
}
