//! Byte offsets to UTF-16 code units, once, at the edge.
//!
//! The core works in byte ranges of the `&str`; JavaScript indexes strings in UTF-16 code units.
//! Converting each span with its own `encode_utf16().count()` would be quadratic in an article full
//! of spans, so the boundaries are sorted and the text is walked a single time.

/// A lookup from byte offsets (each on a char boundary) to UTF-16 offsets, built in one pass.
pub struct Utf16Map {
    bytes: Vec<usize>,
    units: Vec<usize>,
}

impl Utf16Map {
    /// Builds the map for the given byte offsets (any order, duplicates allowed).
    pub fn new(text: &str, mut offsets: Vec<usize>) -> Utf16Map {
        offsets.sort_unstable();
        offsets.dedup();
        // Each offset is listed by every span that has it: the map keeps only the distinct ones.
        offsets.shrink_to_fit();
        let mut units = Vec::with_capacity(offsets.len());
        let (mut byte, mut unit) = (0usize, 0usize);
        for &target in &offsets {
            let target = target.min(text.len());
            unit += utf16_len(&text.as_bytes()[byte..target]);
            byte = target;
            units.push(unit);
        }
        Utf16Map {
            bytes: offsets,
            units,
        }
    }

    /// The UTF-16 offset of a byte offset given to [`Utf16Map::new`].
    pub fn get(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units[i],
            // Not registered: a bug in the caller, but never a panic across the boundary.
            Err(_) => self.units.last().copied().unwrap_or(0),
        }
    }
}

/// The UTF-16 length of valid UTF-8 bytes: every byte that does not continue a character starts
/// one unit, and four-byte characters (outside the BMP) take a second.
pub fn utf16_len(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| ((b & 0xC0) != 0x80) as usize + (b >= 0xF0) as usize)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_encode_utf16_on_mixed_scripts() {
        let text = "a😀b 日本 مرحبا e\u{301} 𝄞!";
        let offsets: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let map = Utf16Map::new(text, offsets.iter().rev().copied().collect());
        for &o in &offsets {
            assert_eq!(map.get(o), text[..o].encode_utf16().count(), "at byte {o}");
        }
    }
}
