//! Quotations and brackets that are embedded in a larger sentence.
//!
//! `„Prieskumy beriem na ľahkú váhu. V podstate ma to nezaujíma,“ reagoval Matovič` is one
//! sentence: the quotation closes without its own final punctuation (or the sentence goes on in
//! lower case after it), so the full stops inside it end no sentence. A quotation that closes
//! with its own full stop (`"We left. They stayed."`) is split as usual.

use super::chars::{is_format, is_space, ByteSet};
use super::data::LangData;
use crate::analysis::Span;

/// What closes an opening mark. Marks that serve both ways (`"`, `“`, `»`) are resolved by the
/// stack: they close the innermost quotation they can close, and open one otherwise.
fn closes(open: char, close: char) -> bool {
    matches!(
        (open, close),
        ('"', '"')
            | ('＂', '＂')
            | ('(', ')')
            | ('[', ']')
            | ('{', '}')
            | ('«', '»')
            | ('»', '«')
            | ('‹', '›')
            | ('›', '‹')
            | ('“', '”')
            | ('„', '“')
            | ('„', '”')
            | ('‚', '‘')
            | ('‚', '’')
            | ('‘', '’')
            | ('「', '」')
            | ('『', '』')
            | ('（', '）')
            | ('［', '］')
            | ('【', '】')
            | ('《', '》')
            | ('〈', '〉')
            | ('〔', '〕')
    )
}

fn opens(c: char) -> bool {
    matches!(
        c,
        '"' | '＂'
            | '('
            | '['
            | '{'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '“'
            | '„'
            | '‚'
            | '‘'
            | '「'
            | '『'
            | '（'
            | '［'
            | '【'
            | '《'
            | '〈'
            | '〔'
    )
}

fn can_close(c: char) -> bool {
    matches!(
        c,
        '"' | '＂'
            | ')'
            | ']'
            | '}'
            | '»'
            | '«'
            | '›'
            | '‹'
            | '”'
            | '“'
            | '‘'
            | '’'
            | '」'
            | '』'
            | '）'
            | '］'
            | '】'
            | '》'
            | '〉'
            | '〕'
    )
}

/// Spans (from opening mark to closing mark) inside which terminators end no sentence, sorted
/// and disjoint. Only pairs closed within `unit` count.
pub fn protected(text: &str, unit: Span, data: &LangData) -> Vec<Span> {
    let s = unit.text(text);
    let bytes = s.as_bytes();
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut pairs: Vec<Span> = Vec::new();
    let mut i = 0;
    // Only bytes that can start a mark are decoded: ASCII brackets and quotes, and the lead
    // bytes of « » (C2), “ ” „ ‘ ’ ‹ › (E2), CJK brackets (E3) and fullwidth forms (EF).
    static MARKS: std::sync::OnceLock<ByteSet<7>> = std::sync::OnceLock::new();
    let marks = MARKS.get_or_init(|| {
        let ascii = b"\"()[]{}";
        let mut lut = [false; 256];
        for &b in ascii.iter().chain(&[0xC2, 0xE2, 0xE3, 0xEF]) {
            lut[b as usize] = true;
        }
        ByteSet::new(ascii, lut)
    });
    while let Some(at) = marks.find(bytes, i) {
        i = at;
        let c = s[i..].chars().next().unwrap_or(' ');
        let at = unit.start + i;
        i += c.len_utf8();
        if !opens(c) && !can_close(c) {
            continue;
        }
        // An apostrophe inside or after a word is no quotation mark.
        let apostrophe = matches!(c, '’' | '‘') && {
            let prev = s[..at - unit.start].chars().next_back().unwrap_or(' ');
            let next = s[i..].chars().next().unwrap_or(' ');
            prev.is_alphanumeric() && (next.is_alphanumeric() || c == '‘')
        };
        if apostrophe {
            continue;
        }
        if can_close(c) {
            // Only the innermost two: a stray mark deep down should not swallow the rest (and
            // the search stays O(1)).
            if let Some(d) = stack.iter().rev().take(2).position(|&(o, _)| closes(o, c)) {
                let k = stack.len() - 1 - d;
                let (_, o) = stack[k];
                stack.truncate(k);
                pairs.push(Span::new(o, at));
                continue;
            }
        }
        if opens(c) {
            stack.push((c, at));
        }
    }
    let mut out: Vec<Span> = pairs
        .into_iter()
        .filter(|&p| embedded(text, unit, p, data))
        .collect();
    crate::order::by_key(&mut out, |p| (p.start, usize::MAX - p.end, 0));
    let mut merged: Vec<Span> = Vec::with_capacity(out.len());
    for p in out {
        match merged.last_mut() {
            Some(m) if p.start < m.end => m.end = m.end.max(p.end),
            _ => merged.push(p),
        }
    }
    merged
}

/// Whether the pair (opening mark at `p.start`, closing mark at `p.end`) sits inside a sentence.
fn embedded(text: &str, unit: Span, p: Span, data: &LangData) -> bool {
    let close_len = text[p.end..].chars().next().map_or(1, char::len_utf8);
    let inner = &text[p.start..p.end];
    let last = inner.chars().rev().find(|&c| !is_space(c) && !is_format(c));
    let ends_itself = last.is_some_and(|c| data.is_terminator(c));
    if !ends_itself {
        return true;
    }
    let after = &text[p.end + close_len..unit.end];
    let trimmed = after.trim_start_matches(|c| is_space(c) || is_format(c));
    let spaced = trimmed.len() != after.len();
    match trimmed.chars().next() {
        Some(c) if c.is_lowercase() || matches!(c, ',' | ';' | ':') => true,
        // "「はい。」と言った": the sentence goes on right after the mark.
        Some(c) if !spaced && c.is_alphabetic() => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn prot(s: &str) -> Vec<&str> {
        let data = super::super::data::get(Lang::EN);
        protected(s, Span::new(0, s.len()), data)
            .iter()
            .map(|p| &s[p.start..p.end])
            .collect()
    }

    #[test]
    fn embedded_quotations_are_protected() {
        assert_eq!(prot("\"We left. Now,\" he said."), ["\"We left. Now,"]);
        assert_eq!(prot("„Ja. Nein,“ sagte er."), ["„Ja. Nein,"]);
        assert!(prot("\"We left. They stayed.\" Then.").is_empty());
        assert_eq!(prot("\"Stop. Now.\" he said"), ["\"Stop. Now."]);
    }

    #[test]
    fn apostrophes_and_unclosed_marks_are_ignored() {
        assert!(prot("It's Jane's \"book. And").is_empty());
        assert_eq!(prot("(See it. Now) ok"), ["(See it. Now"]);
    }
}
