//! Sorting records by position in the text, through one instance of std's sort.
//!
//! std's sort is generic over the element type and the comparison, so every `sort_by_key` call
//! site carries its own copy of the whole algorithm into the wasm: about 1 KB gzipped each, 13 KB
//! for the thirteen sorts the analysis had. Here every caller's records are ordered by a [`Key`]
//! through a list of `(Key, index)` pairs, so the sort itself is compiled once; only the small
//! permutation that follows is generic.

/// A position to sort by: compared as a tuple, first field first. Reverse an order with
/// `usize::MAX - x`.
pub type Key = (usize, usize, usize);

/// Sorts `items` by `key`, stably (records with equal keys keep their order), as
/// `items.sort_by_key(key)` does.
pub fn by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> Key) {
    // The index makes every pair distinct, so the unstable sort gives the stable order.
    let mut order: Vec<(Key, usize)> = items.iter().map(key).zip(0..).collect();
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|(_, i)| slots[i].take()));
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        // The reference is std's stable sort by the same key.
        #[test]
        fn by_key_is_sort_by_key(items in proptest::collection::vec((0usize..4, 0usize..4, any::<u8>()), 0..60)) {
            let key = |&(a, b, _): &(usize, usize, u8)| (a, usize::MAX - b, 0);
            let mut got = items.clone();
            super::by_key(&mut got, key);
            let mut want = items;
            want.sort_by_key(key);
            prop_assert_eq!(got, want);
        }
    }
}
