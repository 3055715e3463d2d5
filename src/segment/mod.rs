//! Sentence boundaries for pasted news articles in many languages.
//!
//! 1. [`lines`] cuts the text into paragraph units (blank lines and unwrapped line breaks end a
//!    paragraph, and with it a sentence; hard-wrapped lines are joined).
//! 2. In each unit, [`lists`] finds inline list items and [`enclosures`] the quotations and
//!    brackets embedded in a sentence.
//! 3. Candidate boundaries are the terminator clusters; [`rules`] decides at each, with the
//!    language's tables from [`data`] (abbreviations, titles, starters, ordinals, terminators).
//!
//! Step 3 has two ways of finding the clusters: [`fast`], a byte scan (used by [`sentences`]), and
//! [`reference`], UAX#29 from `unicode-segmentation` (used by [`reference_sentences`]); a property
//! test holds them to the same answer. Spans are trimmed byte ranges of the original text.

mod chars;
mod data;
mod enclosures;
mod fast;
mod lines;
mod lists;
mod reference;
mod rules;

use crate::analysis::{Role, Sentence, Span};
use crate::lang::Lang;

pub use chars::is_space;

/// The sentences of `text`, all with role [`Role::Body`] (see [`crate::roles`]).
pub fn sentences(text: &str, lang: Lang) -> Vec<Sentence> {
    let data = data::get(lang);
    let scanner = fast::Scanner::new(data);
    segment(text, data, |unit, out| {
        scanner.terminators(text, unit, data, out)
    })
}

/// The same sentences as [`sentences`], found through UAX#29's boundaries: the reference the
/// fast path is tested against, and the baseline of the benchmark.
pub fn reference_sentences(text: &str, lang: Lang) -> Vec<Sentence> {
    let data = data::get(lang);
    segment(text, data, |unit, out| {
        reference::terminators(text, unit, data, out)
    })
}

/// The shared driver: units, lists and enclosures, then the rules at each candidate, in order.
fn segment(
    text: &str,
    data: &data::LangData,
    mut candidates: impl FnMut(Span, &mut Vec<usize>),
) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut found = Vec::new();
    for unit in lines::units(text) {
        let protected = enclosures::protected(text, unit, data);
        let ctx = rules::Ctx {
            text,
            unit,
            data,
            protected: &protected,
        };
        let splits = lists::splits(text, unit);
        let mut splits = splits.iter().copied().peekable();
        found.clear();
        candidates(unit, &mut found);
        let mut start = unit.start;
        let (mut trimmed, mut trimmed_for) = (unit.start, usize::MAX);
        let mut pos = unit.start;
        let mut next = found.iter().copied();
        loop {
            let t = next.by_ref().find(|&t| t >= pos);
            while let Some(s) = splits.next_if(|&s| s <= t.unwrap_or(unit.end)) {
                if s > start {
                    push(text, Span::new(start, s), &mut out);
                    start = s;
                }
            }
            let Some(t) = t else { break };
            let cl = rules::cluster(&ctx, t);
            // The sentence's first word, found once per sentence (no rescans of leading spaces).
            if trimmed_for != start {
                trimmed = skip_spaces(text, start, unit.end);
                trimmed_for = start;
            }
            if let Some(b) = rules::decide(&ctx, &cl, trimmed) {
                push(text, Span::new(start, b), &mut out);
                start = b;
            }
            pos = cl.end;
        }
        push(text, Span::new(start, unit.end), &mut out);
    }
    out
}

fn skip_spaces(text: &str, start: usize, end: usize) -> usize {
    end - text[start..end].trim_start_matches(is_space).len()
}

fn push(text: &str, span: Span, out: &mut Vec<Sentence>) {
    let span = trim(text, span);
    if !span.is_empty() {
        out.push(Sentence {
            span,
            role: Role::Body,
        });
    }
}

/// The span without leading and trailing whitespace.
pub fn trim(text: &str, span: Span) -> Span {
    let s = span.text(text);
    let start = span.start + (s.len() - s.trim_start_matches(is_space).len());
    let end = span.start + s.trim_end_matches(is_space).len();
    Span::new(start, end.max(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        sentences(text, Lang::EN)
            .iter()
            .map(|s| s.span.text(text))
            .collect()
    }

    #[test]
    fn paragraphs_without_full_stop_end_sentences() {
        assert_eq!(
            texts("A move that outraged Moscow\n\nNext one."),
            ["A move that outraged Moscow", "Next one."]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            texts("Mr. Smith went to Washington. He left."),
            ["Mr. Smith went to Washington.", "He left."]
        );
    }

    #[test]
    fn fast_and_reference_agree_on_a_sample() {
        let t = "WASHINGTON — Mr. Smith said. \"We are ready,\" Lavrov said. \"Go.\"\r\n\r\n1) One 2) Two";
        assert_eq!(sentences(t, Lang::EN), reference_sentences(t, Lang::EN));
    }
}
