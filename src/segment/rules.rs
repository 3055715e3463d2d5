//! The decision at one candidate boundary: a cluster of terminators (`.`, `?!`, `...`, `. . .`,
//! `。`) and what surrounds it. Both segmenters (the UAX#29 reference and the byte scan) call
//! these two functions at every cluster, so they differ only in how they find the clusters.
//!
//! The rules, in order:
//! - `[...]` marks an omission, and a terminator inside an embedded quotation ends nothing.
//! - At the paragraph's end there is a boundary.
//! - Directly followed by a letter or digit: no boundary ("3.5", "U.S", "e-mail.com"), except
//!   after the terminators of unspaced scripts ("。"), and a missing space ("word.Next").
//! - Followed by a lower-case word, a comma or a closing bracket: no boundary.
//! - Ellipses: ". . ." within a sentence; "word. . . . Next" ends after "word.".
//! - `?`, `!` and the like, and "...": a boundary.
//! - A single full stop: not after a list marker, a title ("Mr."), an ordinal ("12. Juni"), an
//!   abbreviation before a number ("p. 55"); after other abbreviations, initials and "U.S." only
//!   when a sentence starter follows ("… & Co. It closed") and the sentence has > 3 words.

use super::chars::{is_closer, is_dot, is_format, is_opener, is_space, is_unspaced_terminator};
use super::data::LangData;
use crate::analysis::Span;

/// What the rules see of one paragraph unit.
pub struct Ctx<'a> {
    pub text: &'a str,
    pub unit: Span,
    pub data: &'a LangData,
    /// Embedded quotations and brackets, sorted and disjoint (see [`super::enclosures`]).
    pub protected: &'a [Span],
}

/// A run of terminators.
#[derive(Debug, Clone, Copy)]
pub struct Cluster {
    pub start: usize,
    pub end: usize,
    /// The byte length of the first terminator.
    first_len: usize,
    /// Full stops (an ellipsis character counts three).
    dots: u32,
    /// Any terminator that is not a full stop (`?`, `!`, `։`, `。`).
    strong: bool,
    /// Dots separated by spaces (". . .").
    spaced: bool,
    /// The first terminator touches the word before it.
    attached: bool,
    unspaced_script: bool,
    chars: u32,
}

/// The cluster starting at `p`, which holds a terminator of the language.
pub fn cluster(ctx: &Ctx, p: usize) -> Cluster {
    let t = ctx.text;
    let first = t[p..]
        .chars()
        .next()
        .unwrap_or_else(|| panic!("a terminator at p"));
    let mut cl = Cluster {
        start: p,
        end: p,
        first_len: first.len_utf8(),
        dots: 0,
        strong: false,
        spaced: false,
        attached: t[ctx.unit.start..p]
            .chars()
            .next_back()
            .is_some_and(|c| !is_space(c)),
        unspaced_script: false,
        chars: 0,
    };
    loop {
        while let Some(c) = t[cl.end..ctx.unit.end].chars().next() {
            if !ctx.data.is_terminator(c) {
                break;
            }
            cl.add(c);
            cl.end += c.len_utf8();
        }
        // ". . .": one space, then a lone dot (not the start of "...").
        let rest = &t[cl.end..ctx.unit.end];
        let mut it = rest.chars();
        match (it.next(), it.next(), it.next()) {
            (Some(s), Some('.'), after)
                if cl.dots > 0 && matches!(s, ' ' | '\u{a0}') && after != Some('.') =>
            {
                cl.spaced = true;
                cl.add('.');
                cl.end += s.len_utf8() + 1;
            }
            _ => break,
        }
    }
    cl
}

impl Cluster {
    fn add(&mut self, c: char) {
        self.chars += 1;
        if is_dot(c) {
            self.dots += if c == '\u{2026}' { 3 } else { 1 };
        } else {
            self.strong = true;
        }
        self.unspaced_script |= is_unspaced_terminator(c);
    }
}

/// Where the sentence ends if `cl` ends one (before any following spaces), given that the current
/// sentence started at `sentence_start`.
pub fn decide(ctx: &Ctx, cl: &Cluster, sentence_start: usize) -> Option<usize> {
    let t = ctx.text;
    let unit_end = ctx.unit.end;
    let before = t[ctx.unit.start..cl.start].chars().next_back();
    // "[...]", "(…)": an omission, not an end.
    if !cl.strong
        && matches!(before, Some('[' | '('))
        && t[cl.end..unit_end].starts_with([']', ')'])
    {
        return None;
    }
    let (after, closers) = skip_closers(t, cl.end, unit_end);
    if is_protected(ctx.protected, cl.start, after) {
        return None;
    }
    let rest = &t[after..unit_end];
    let Some(first) = rest.chars().next() else {
        return Some(after);
    };
    if rest.chars().all(|c| is_space(c) || is_format(c)) {
        return Some(after);
    }
    let single_dot = !cl.strong && cl.chars == 1 && cl.dots == 1;
    if !is_space(first) {
        if cl.dots > 0 && closers == 0 && first.is_numeric() {
            return None;
        }
        if cl.unspaced_script {
            return if closers > 0 && first.is_alphabetic() {
                None
            } else {
                Some(after)
            };
        }
        if closers == 0 && cl.chars == 1 && missing_space(ctx, cl, first) {
            return Some(after);
        }
        return None;
    }
    let (mut f, mut word) = next_word(t, after, unit_end);
    // "— сказал он", "- деп": a dash after the terminator brings the speaker in lower case.
    if f.is_some_and(|c| matches!(c, '—' | '–' | '-'))
        && word.chars().all(|c| matches!(c, '—' | '–' | '-'))
    {
        let dash_end = t.len()
            - t[after..]
                .trim_start_matches(|c| is_space(c) || matches!(c, '—' | '–' | '-'))
                .len();
        if t[after..dash_end].ends_with(is_space) {
            let (g, w) = next_word(t, dash_end.min(unit_end), unit_end);
            if g.is_some_and(char::is_lowercase) {
                (f, word) = (g, w);
            }
        }
    }
    let Some(f) = f else {
        return Some(after);
    };
    if f.is_lowercase() || matches!(f, ',' | ';' | ':' | '%') || (is_closer(f) && !is_opener(f)) {
        return None;
    }
    if closers > 0 && attribution_follows(ctx, after) {
        return None;
    }
    if !cl.strong && cl.spaced {
        if !cl.attached && cl.dots == 3 {
            return None;
        }
        if cl.attached && cl.dots >= 4 {
            return Some(cl.start + cl.first_len);
        }
    }
    if cl.strong || cl.dots >= 2 || cl.unspaced_script {
        return Some(after);
    }
    if !single_dot {
        return Some(after);
    }
    if is_list_marker(t, sentence_start, cl.start) {
        return None;
    }
    if closers > 0 {
        return Some(after);
    }
    let tok = token_before(t, ctx.unit.start, cl.start);
    if tok.is_empty() {
        return Some(after);
    }
    let mut buf = [0u8; 32];
    let owned;
    let low: &str = if tok.len() <= buf.len() && tok.is_ascii() {
        // The common case, without allocating.
        buf[..tok.len()].copy_from_slice(tok.as_bytes());
        buf[..tok.len()].make_ascii_lowercase();
        std::str::from_utf8(&buf[..tok.len()]).unwrap_or_default()
    } else {
        owned = lower(tok);
        &owned
    };
    let low = low.rsplit(['\'', '’']).next().unwrap_or("");
    let data = ctx.data;
    if data.is_title(low) {
        return None;
    }
    let starter_follows = || {
        let w = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        data.is_starter(&lower(w))
    };
    if is_number(tok) {
        // "am 3. Oktober", "zum 20. Mal": an ordinal before a month or after a determiner;
        // "auf Platz 19. Trainer …": a number ending the sentence.
        let short = tok.len() <= 3 && tok.bytes().all(|b| b.is_ascii_digit());
        if data.ordinal_dot && short && !starter_follows() {
            let next = word.trim_end_matches(|c: char| !c.is_alphanumeric());
            // `tok` is a slice of `t`: its offset is exact even with format characters around.
            let tok_start = tok.as_ptr() as usize - t.as_ptr() as usize;
            let gap = t[ctx.unit.start..tok_start].trim_end_matches(is_space);
            let prev = token_before(t, ctx.unit.start, ctx.unit.start + gap.len());
            if data.is_month(&lower(next)) || data.is_before_ordinal(&lower(prev)) {
                return None;
            }
        }
        return Some(after);
    }
    if data.ordinal_dot && is_roman(tok) && !starter_follows() {
        return None;
    }
    if f.is_numeric() && data.is_number_abbr(low) {
        return None;
    }
    let abbreviation = data.is_abbr(low) || low.chars().count() == 1 || is_dotted(low);
    if !abbreviation {
        return Some(after);
    }
    if !f.is_alphabetic() {
        return None;
    }
    if starter_follows() && words(&t[sentence_start..cl.start]) > 3 {
        return Some(after);
    }
    None
}

/// Skips closing quotes and brackets (a French `»` may stand after a space) and format
/// characters; returns the position after them and how many closers there were.
fn skip_closers(t: &str, mut at: usize, end: usize) -> (usize, u32) {
    let mut n = 0;
    loop {
        let rest = &t[at..end];
        let Some(c) = rest.chars().next() else {
            return (at, n);
        };
        if is_closer(c) && !matches!(c, '«' | '‹') || is_format(c) {
            n += u32::from(!is_format(c));
            at += c.len_utf8();
            continue;
        }
        // A footnote mark after the full stop, as pasted from Wikipedia: "martyr.[1] The".
        if c == '[' {
            let digits = rest[1..].bytes().take_while(u8::is_ascii_digit).count();
            if (1..=3).contains(&digits) && rest[1 + digits..].starts_with(']') {
                at += digits + 2;
                n += 1;
                continue;
            }
        }
        if is_space(c) && !super::chars::is_line_break(c) {
            let after = rest.trim_start_matches(|c| is_space(c) && !super::chars::is_line_break(c));
            if after.starts_with(['»', '›']) {
                at = end - after.len() + '»'.len_utf8();
                n += 1;
                continue;
            }
        }
        return (at, n);
    }
}

/// After a closing quotation mark: "Peskov asked." or "White House spokesman Sean Spicer said,"
/// — a few words ending in a reporting verb that closes the clause. The quotation and its
/// attribution are one sentence (`"Why now?" Peskov asked.`).
fn attribution_follows(ctx: &Ctx, at: usize) -> bool {
    const MAX_WORDS: usize = 6;
    if ctx.data.reporting.is_empty() {
        return false;
    }
    let rest = &ctx.text[at..ctx.unit.end];
    for (i, raw) in rest
        .split(is_space)
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .enumerate()
    {
        let word = raw.trim_end_matches([',', '.', ';', '!', '?']);
        if i > 0 && ctx.data.is_reporting(&lower(word)) {
            return raw.len() != word.len()
                || at + rest.len() == ctx.unit.end && rest.trim_end().ends_with(raw);
        }
        if raw.len() != word.len() || raw.ends_with(|c: char| is_closer(c)) {
            return false;
        }
    }
    false
}

fn is_protected(spans: &[Span], start: usize, after: usize) -> bool {
    let i = spans.partition_point(|s| s.start < start);
    // The span opening before `start` is the one before index i (they are disjoint).
    i > 0 && {
        let s = spans[i - 1];
        start < s.end && after <= s.end
    }
}

/// The first character of the next word (after spaces and opening marks), and the word.
fn next_word(t: &str, at: usize, end: usize) -> (Option<char>, &str) {
    let rest = t[at..end].trim_start_matches(|c| is_space(c) || is_format(c) || is_opener(c));
    let word_end = rest.find(|c: char| is_space(c)).unwrap_or(rest.len());
    (rest.chars().next(), &rest[..word_end])
}

/// The word before `at` without leading opening marks, bullets or format characters.
fn token_before(t: &str, unit_start: usize, at: usize) -> &str {
    let s = &t[unit_start..at];
    let s = s.trim_end_matches(is_format);
    let start = s
        .rfind(|c: char| is_space(c))
        .map_or(0, |i| i + s[i..].chars().next().map_or(1, char::len_utf8));
    s[start..].trim_start_matches(|c: char| is_opener(c) || is_format(c) || c == '¿' || c == '¡')
}

fn lower(s: &str) -> String {
    s.chars()
        .filter(|&c| !is_format(c))
        .map(crate::text::lower_char)
        .collect()
}

/// "1.", "a.", "• 9.", "iv." as the whole sentence so far: a list marker.
fn is_list_marker(t: &str, sentence_start: usize, at: usize) -> bool {
    // A marker is short: "• 10." at most, with a few spaces.
    if at - sentence_start > 24 {
        return false;
    }
    let s = t[sentence_start..at]
        .trim_start_matches(|c: char| is_space(c) || super::chars::is_bullet(c));
    let s = s.trim_start_matches(|c: char| is_space(c) || c == '(');
    !s.is_empty()
        && ((s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()))
            || (s.len() == 1 && s.as_bytes()[0].is_ascii_alphabetic())
            || (s.len() <= 4 && s.bytes().all(|b| b"ivxIVX".contains(&b))))
}

/// Digits with separators, with a currency sign before or a percent after: "$100.00", "1.000".
fn is_number(tok: &str) -> bool {
    let core = tok.trim_start_matches(['$', '€', '£', '¥', '+', '-', '−', '#', '№']);
    core.starts_with(|c: char| c.is_ascii_digit())
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ':' | '/' | '-'))
}

fn is_roman(tok: &str) -> bool {
    !tok.is_empty() && tok.len() <= 6 && tok.bytes().all(|b| b"IVXLCDM".contains(&b))
}

/// "u.s", "e.g", "ph.d", "l.n": short parts joined by full stops.
fn is_dotted(low: &str) -> bool {
    low.contains('.')
        && low
            .split('.')
            .all(|p| (1..=3).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic))
}

/// The number of words, counted up to 4 (all the rules need).
fn words(s: &str) -> usize {
    s.split(is_space).filter(|w| !w.is_empty()).take(4).count()
}

/// "word.Next" with the space left out: a lower-case word of two letters or more, then a
/// capitalised one, in a token that is no address ("Jane.Doe@example.com", "www.Site.org").
fn missing_space(ctx: &Ctx, cl: &Cluster, next: char) -> bool {
    let t = ctx.text;
    if !next.is_uppercase() || !matches!(&t[cl.start..cl.end], "." | "!" | "?") {
        return false;
    }
    let left = &t[ctx.unit.start..cl.start];
    let right = &t[cl.end..ctx.unit.end];
    let lw: &str = {
        let i = left
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphabetic())
            .last()
            .map_or(left.len(), |(i, _)| i);
        &left[i..]
    };
    let rw_len = right.chars().take_while(|c| c.is_alphabetic()).count();
    // "bought 1,000.That": a number of three characters or more (not a list mark "1.Helado")
    // before a capitalised word.
    let number_left = lw.is_empty() && {
        let n = left
            .chars()
            .rev()
            .take_while(|&c| c.is_ascii_digit() || c == ',' || c == '.')
            .count();
        n >= 3
            && left.ends_with(|c: char| c.is_ascii_digit())
            && right.chars().nth(1).is_some_and(char::is_lowercase)
    };
    let word_left =
        lw.chars().count() >= 2 && lw.chars().next_back().is_some_and(char::is_lowercase);
    if rw_len < 2 || !(word_left || number_left) {
        return false;
    }
    // Look at most WINDOW bytes each way: enough for an address, and no quadratic path on a
    // huge text without spaces.
    const WINDOW: usize = 64;
    let mut lo = left.len().saturating_sub(WINDOW);
    while !left.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = right.len().min(WINDOW);
    while !right.is_char_boundary(hi) {
        hi -= 1;
    }
    let (left, right) = (&left[lo..], &right[..hi]);
    let tok_start = left
        .char_indices()
        .rev()
        .find(|&(_, c)| is_space(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let tok_end = right.find(|c: char| is_space(c)).unwrap_or(right.len());
    let token = [&left[tok_start..], &right[..tok_end]].concat();
    if token.contains('@') || token.contains("://") || lower(&token).starts_with("www") {
        return false;
    }
    !ctx.data.is_any_abbr(&lower(lw))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    /// The boundary decisions of a one-unit text: the text up to each boundary.
    fn ends(s: &str, code: &str) -> Vec<usize> {
        let data = super::super::data::get(Lang::from_code(code).unwrap());
        let unit = Span::new(0, s.len());
        let prot = super::super::enclosures::protected(s, unit, data);
        let ctx = Ctx {
            text: s,
            unit,
            data,
            protected: &prot,
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < s.len() {
            let c = s[i..].chars().next().unwrap();
            if data.is_terminator(c) {
                let cl = cluster(&ctx, i);
                if let Some(b) = decide(&ctx, &cl, 0) {
                    out.push(b);
                }
                i = cl.end;
            } else {
                i += c.len_utf8();
            }
        }
        out
    }

    #[test]
    fn clusters_take_spaced_dots_but_not_a_following_ellipsis() {
        let s = "raak. ...en";
        let data = super::super::data::get(Lang::EN);
        let ctx = Ctx {
            text: s,
            unit: Span::new(0, s.len()),
            data,
            protected: &[],
        };
        assert_eq!(cluster(&ctx, 4).end, 5);
        let s = "is . . . I";
        let ctx = Ctx {
            text: s,
            unit: Span::new(0, s.len()),
            data,
            protected: &[],
        };
        let cl = cluster(&ctx, 3);
        assert_eq!((cl.end, cl.dots, cl.spaced), (8, 3, true));
    }

    #[test]
    fn abbreviations_titles_and_numbers() {
        assert_eq!(ends("Mr. Smith left.", "en"), [15]);
        assert_eq!(ends("Ask Jane and co. They know.", "en"), [16, 27]);
        assert_eq!(ends("The U.S. Senate met.", "en"), [20]);
        assert_eq!(ends("He paid $5.00. It was cheap.", "en"), [14, 28]);
        assert_eq!(ends("Am 12. Juni war es.", "de"), [19]);
    }

    #[test]
    fn missing_space_after_a_word() {
        assert_eq!(ends("It ended.Then it began.", "en"), [9, 23]);
        assert_eq!(ends("Mail Jane.Doe@example.com now.", "en"), [30]);
    }
}
