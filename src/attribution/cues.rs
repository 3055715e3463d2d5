//! The cue lexicon: which words report what someone said, wrote, believes or judges.
//!
//! The table is learned from PolNeAR train (see `learned_cues.rs`): each word carries how often it
//! is a cue where it occurs, and how often the content follows it.

use super::learned_cues::CUES;
use crate::analysis::CueClass;

/// (P(cue | word) * 255, P(content after | cue) * 255, class) of a lowercased word.
pub fn weight(w: &str) -> Option<(u8, u8, CueClass)> {
    CUES.binary_search_by(|&(k, ..)| k.cmp(w))
        .ok()
        .map(|i| (CUES[i].1, CUES[i].2, CUES[i].3))
}

/// Cues that name what was said with a quoted word: `called it "very good"`, `characterised the
/// call as "business-like"`. A short quotation after one of them is a partial quote.
static NAMING_CUES: &[&str] = &[
    "branded", "called", "calling", "characterised", "characterized", "describe",
    "described", "describes", "describing", "dubbed", "labeled", "labelled", "termed",
];

pub fn is_naming(w: &str) -> bool {
    NAMING_CUES.binary_search(&w).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_cues_are_learned() {
        for w in ["said", "told", "according", "wrote", "believes"] {
            assert!(weight(w).is_some_and(|(p, _, _)| p > 100), "{w}");
        }
        assert!(weight("the").is_none());
        assert!(NAMING_CUES.windows(2).all(|w| w[0] < w[1]));
    }
}
