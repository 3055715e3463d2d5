//! The reference segmenter: Unicode's sentence boundaries (UAX#29, `unicode-segmentation`) give
//! the pieces, and every terminator in them, where UAX#29 broke or not, goes to the same rules as
//! the fast path. Plain and slow on purpose: the property test holds the byte scan to it.

use super::data::LangData;
use crate::analysis::Span;
use unicode_segmentation::UnicodeSegmentation;

/// Appends the positions of the terminators in `unit` to `out`, read through UAX#29's pieces.
pub fn terminators(text: &str, unit: Span, data: &LangData, out: &mut Vec<usize>) {
    for (i, piece) in unit.text(text).split_sentence_bound_indices() {
        let base = unit.start + i;
        for (j, c) in piece.char_indices() {
            if data.is_terminator(c) {
                out.push(base + j);
            }
        }
    }
}
