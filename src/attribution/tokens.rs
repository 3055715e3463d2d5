//! Words and punctuation of one sentence, with byte spans: the unit every rule counts in.
//!
//! A word is a run of letters and digits, with inner apostrophes and hyphens (`don't`,
//! `Russian-state`), a comma between digits (`1,000`), and a full stop after an initial or a short capitalised abbreviation (`Mr.`,
//! `U.S.`). Everything else that is not space is a one-character punctuation token.

use crate::analysis::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    /// The first character of the token (its punctuation character when it is not a word).
    pub first: char,
    pub word: bool,
    /// Inside a quotation (its marks included).
    pub quoted: bool,
}

impl Token {
    pub fn is(&self, c: char) -> bool {
        !self.word && self.first == c
    }
    pub fn capitalised(&self) -> bool {
        self.word && is_upper(self.first)
    }
}

pub use crate::text::{lower_char, to_lower};

/// An uppercase letter (see [`lower_char`]).
pub fn is_upper(c: char) -> bool {
    lower_char(c) != c
}

fn inner_joiner(c: char) -> bool {
    // (`&` in a name: "P&G", "AT&T".)
    matches!(c, '\'' | '’' | '-' | '‐' | '&')
}

/// Appends the tokens of `span` to `out`. `quoted` says, for a byte offset, whether it lies inside
/// a quotation; it is called with increasing offsets.
pub fn tokenize(
    text: &str,
    span: Span,
    quoted: &mut impl FnMut(usize) -> bool,
    out: &mut Vec<Token>,
) {
    let s = &text[span.start..span.end];
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let start = span.start + i;
        if c.is_whitespace() || c == '\u{feff}' {
            continue;
        }
        // "$15", "€5": a currency sign before a digit is part of the amount, a word ("Fight for
        // $15 organizing director Kendall Fells").
        let amount = matches!(c, '$' | '€' | '£' | '¥')
            && it.peek().is_some_and(|&(_, d)| d.is_ascii_digit());
        if !c.is_alphanumeric() && !amount {
            out.push(Token {
                span: Span::new(start, start + c.len_utf8()),
                first: c,
                word: false,
                quoted: quoted(start),
            });
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut letters = 1;
        while let Some(&(j, d)) = it.peek() {
            if d.is_alphanumeric() {
                letters += 1;
                end = span.start + j + d.len_utf8();
                it.next();
                continue;
            }
            // A joiner or a full stop stays inside the word only when a letter follows it
            // (`U.S`, `don't`), or for the full stop of `Mr.`/`U.S.`/an initial.
            let after = s[j + d.len_utf8()..].chars().next();
            // A comma between digits is a thousands separator (`1,000`), not a clause break.
            let in_number = d == ','
                && s[..j].ends_with(|p: char| p.is_ascii_digit())
                && after.is_some_and(|a| a.is_ascii_digit());
            if (inner_joiner(d) || d == '.') && after.is_some_and(char::is_alphanumeric)
                || in_number
            {
                end = span.start + j + d.len_utf8();
                it.next();
                continue;
            }
            if d == '.' && is_upper(c) && letters <= 3 && after.is_none_or(|a| a.is_whitespace()) {
                let word = &text[start..end];
                if letters == 1
                    || word.contains('.')
                    || crate::attribution::lexicon::is_title_abbreviation(word)
                {
                    end = span.start + j + 1;
                    it.next();
                }
            }
            break;
        }
        out.push(Token {
            span: Span::new(start, end),
            first: c,
            word: true,
            quoted: quoted(start),
        });
    }
}

/// The tokens of `span`, as the index range `a..b` (those starting inside it).
pub fn range(toks: &[Token], span: Span) -> (usize, usize) {
    (
        toks.partition_point(|t| t.span.start < span.start),
        toks.partition_point(|t| t.span.start < span.end),
    )
}

/// The word, lowercased into `buf` (ASCII apostrophe for ’), for table look-ups.
pub fn lower<'b>(text: &str, t: &Token, buf: &'b mut String) -> &'b str {
    buf.clear();
    let w = t.span.text(text);
    if w.is_ascii() {
        // The common case, byte by byte.
        buf.push_str(w);
        buf.make_ascii_lowercase();
        return buf.as_str();
    }
    for c in w.chars() {
        buf.push(if c == '’' { '\'' } else { lower_char(c) });
    }
    buf.as_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut |_| false, &mut out);
        out.iter().map(|t| t.span.text(text)).collect()
    }

    #[test]
    fn words_keep_abbreviations_and_joiners() {
        // (text, its tokens separated by spaces)
        let cases = [
            (
                "Mr. Smith's U.S. plan, he said.",
                "Mr. Smith's U.S. plan , he said .",
            ),
            ("Russian-state media: “ok”", "Russian-state media : “ ok ”"),
            ("$1,000, or 2, 3", "$1,000 , or 2 , 3"),
            ("Fight for $15, $ 5", "Fight for $15 , $ 5"),
            ("P&G and AT&T, & co", "P&G and AT&T , & co"),
            ("", ""),
        ];
        for (text, want) in cases {
            assert_eq!(
                words(text),
                want.split_whitespace().collect::<Vec<_>>(),
                "{text}"
            );
        }
    }
}
