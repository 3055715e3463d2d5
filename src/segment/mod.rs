//! Sentence boundaries: Unicode's rules (UAX#29, from `unicode-segmentation`) inside each
//! paragraph, corrected where news text breaks them (abbreviations, initials).
//!
//! Real pasted text ends paragraphs without a full stop, so a line break always ends a sentence.

use crate::analysis::{Role, Sentence, Span};
use crate::lang::Lang;
use unicode_segmentation::UnicodeSegmentation;

/// Words that end with a full stop without ending the sentence.
static ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "st", "jr",
    "sr", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "vs", "inc", "corp", "co", "no", "jan", "feb",
    "aug", "sept", "oct", "nov", "dec",
];

/// Whitespace as pasted articles have it: ASCII, U+00A0 and the other Unicode spaces.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// The sentences of `text`, all with role [`Role::Body`] (see [`crate::roles`]).
pub fn sentences(text: &str, _lang: Lang) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for (i, c) in text.char_indices().chain([(text.len(), '\n')]) {
        if c == '\n' || c == '\r' {
            split_paragraph(text, Span::new(line_start, i), &mut out);
            line_start = i + c.len_utf8();
        }
    }
    out
}

fn split_paragraph(text: &str, para: Span, out: &mut Vec<Sentence>) {
    let mut pending: Option<Span> = None;
    for (i, piece) in para.text(text).split_sentence_bound_indices() {
        let span = trim(
            text,
            Span::new(para.start + i, para.start + i + piece.len()),
        );
        if span.is_empty() {
            continue;
        }
        let merged = match pending {
            Some(prev) if ends_with_abbreviation(prev.text(text)) => {
                Span::new(prev.start, span.end)
            }
            Some(prev) => {
                out.push(Sentence {
                    span: prev,
                    role: Role::Body,
                });
                span
            }
            None => span,
        };
        pending = Some(merged);
    }
    if let Some(prev) = pending {
        out.push(Sentence {
            span: prev,
            role: Role::Body,
        });
    }
}

fn ends_with_abbreviation(sentence: &str) -> bool {
    let Some(body) = sentence.strip_suffix('.') else {
        return false;
    };
    let word = body
        .rsplit(|c: char| is_space(c) || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
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
}
