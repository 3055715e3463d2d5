//! The cue lexicon: which words report what someone said, wrote, believes or judges.
//!
//! The table is learned from PolNeAR train (see `learned_cues.rs`): each word carries how often it
//! is a cue where it occurs, and how often the content follows it.

use crate::wordlist::WordList;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

use super::learned_cues::{AFTER, CLASS, COMMA, KEYS, NEXT_CONTEXT, PREC, PREV_CONTEXT, STARTS};
use super::lexicon;
use crate::analysis::CueClass;

/// The learned weights of "replied", for speech verbs too rare to be learned.
const RARE_SPEECH: (u8, u8, CueClass) = (214, 196, CueClass::Speech);

/// (P(cue | word) * 255, P(content after | cue) * 255, class) of a lowercased word.
pub fn weight(w: &str) -> Option<(u8, u8, CueClass)> {
    if lexicon::is_rare_speech_verb(w) {
        return Some(RARE_SPEECH);
    }
    find(w).map(|i| {
        let class = if lexicon::is_action_cue(w) {
            // Learned as a cue of PolNeAR's, but a deed: not what the reader calls a statement.
            CueClass::Action
        } else {
            [
                CueClass::Speech,
                CueClass::Writing,
                CueClass::Belief,
                CueClass::Evaluation,
            ][CLASS[i] as usize & 3]
        };
        (PREC[i], AFTER[i], class)
    })
}

/// P(content after the cue stops at the next comma) * 255, for a key of the table.
pub fn comma(w: &str) -> u8 {
    find(w).map_or(128, |i| COMMA[i])
}

/// The index of a key in the learned table, from a hash map built at the first look-up (the
/// bisection of [`find_sorted`] is the reference it is tested against).
fn find(w: &str) -> Option<usize> {
    static INDEX: OnceLock<FxHashMap<&'static str, usize>> = OnceLock::new();
    INDEX
        .get_or_init(|| (0..PREC.len()).map(|i| (key(i), i)).collect())
        .get(w)
        .copied()
}

/// The index of a key in the learned table, by bisection.
#[cfg(test)]
fn find_sorted(w: &str) -> Option<usize> {
    let (mut lo, mut hi) = (0, PREC.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        match key(mid).cmp(w) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(mid),
        }
    }
    None
}

/// The i-th key of the learned table.
pub fn key(i: usize) -> &'static str {
    &KEYS[STARTS[i] as usize..STARTS[i + 1] as usize - 1]
}

/// The class of the token before a cue word (index into PREV_CONTEXT): subject-like,
/// determiner, auxiliary, punctuation or start, other word. `w` is lowercased, `cap` its case.
pub fn prev_class(w: Option<(&str, bool)>) -> usize {
    match w {
        None => 3,
        Some((w, cap)) if cap || lexicon::anaphor(w).is_some() || lexicon::is_deictic(w) => 0,
        Some((w, _)) if lexicon::is_determiner(w) || w.ends_with("'s") => 1,
        Some((w, _)) if lexicon::is_auxiliary(w) || (w.len() > 4 && w.ends_with("ly")) => 2,
        Some(_) => 4,
    }
}

/// The class of the token after a cue word (index into NEXT_CONTEXT): "that", clause start,
/// punctuation or end, particle, other word.
pub fn next_class(w: Option<(&str, bool)>) -> usize {
    match w {
        None => 2,
        Some(("that", _)) => 0,
        Some((w, cap))
            if cap
                || lexicon::anaphor(w).is_some()
                || lexicon::is_deictic(w)
                || lexicon::is_determiner(w) =>
        {
            1
        }
        Some((w, _)) if lexicon::is_cue_particle(w) => 3,
        Some(_) => 4,
    }
}

/// A cue weight adjusted by the learned log-odds of its context.
pub fn in_context(weight: u8, prev: usize, next: usize) -> u8 {
    let p = (weight as f32 / 255.0).clamp(0.002, 0.998);
    let z = (p / (1.0 - p)).ln() + (PREV_CONTEXT[prev] as f32 + NEXT_CONTEXT[next] as f32) / 16.0;
    (255.0 / (1.0 + (-z).exp())).round() as u8
}

/// The weight of a two-word cue ending in a particle ("talked about"), given both lowercased.
pub fn pair_weight(first: &str, particle: &str, buf: &mut String) -> Option<(u8, u8, CueClass)> {
    if !super::lexicon::is_cue_particle(particle) {
        return None;
    }
    buf.clear();
    buf.push_str(first);
    buf.push(' ');
    buf.push_str(particle);
    weight(buf)
}

/// Cues that name what was said with a quoted word: `called it "very good"`, `characterised the
/// call as "business-like"`. A short quotation after one of them is a partial quote.
static NAMING_CUES: WordList = words![
    "branded",
    "call",
    "called",
    "calling",
    "calls",
    "characterised",
    "characterized",
    "compared",
    "compares",
    "comparing",
    "describe",
    "described",
    "describes",
    "describing",
    "dubbed",
    "labeled",
    "labelled",
    "termed",
];

pub fn is_naming(w: &str) -> bool {
    NAMING_CUES.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_cues_are_learned() {
        for w in ["said", "told", "according", "wrote", "believes"] {
            assert!(weight(w).is_some_and(|(p, _, _)| p > 40), "{w}");
        }
        assert!(weight("the").is_none());
        assert!((1..PREC.len()).all(|i| key(i - 1) < key(i)));
    }

    #[test]
    fn the_hash_map_finds_what_the_bisection_finds() {
        for i in 0..PREC.len() {
            let k = key(i);
            for probe in [k.to_string(), format!("{k}s"), k[..k.len() - 1].to_string()] {
                assert_eq!(find(&probe), find_sorted(&probe), "{probe}");
            }
        }
        assert_eq!(find(""), find_sorted(""));
    }

    /// std's float functions on wasm32 are the libm crate's, natively the system's: both must
    /// give every weight the same value, so that the page and the CLI agree.
    #[test]
    fn in_context_is_the_same_with_libm() {
        for weight in 0..=255u8 {
            for prev in 0..PREV_CONTEXT.len() {
                for next in 0..NEXT_CONTEXT.len() {
                    let p = (weight as f32 / 255.0).clamp(0.002, 0.998);
                    let context = (PREV_CONTEXT[prev] as f32 + NEXT_CONTEXT[next] as f32) / 16.0;
                    let z = libm::logf(p / (1.0 - p)) + context;
                    let with_libm = libm::roundf(255.0 / (1.0 + libm::expf(-z))) as u8;
                    assert_eq!(
                        in_context(weight, prev, next),
                        with_libm,
                        "{weight} {prev} {next}"
                    );
                }
            }
        }
    }
}
