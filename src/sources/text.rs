//! Words, normalisation, topic phrases and framing words: byte-level helpers over the original
//! text (never rewritten), shared by source resolution and comparison.

use std::borrow::Cow;

use super::lexicon::*;
use crate::analysis::Span;

/// A word of the text: letters and digits, with inner hyphens, apostrophes and dots
/// ("business-like", "Sa'ar", "U.S").
#[derive(Clone, Debug)]
pub(crate) struct Word<'t> {
    pub span: Span,
    /// Lowercase, no dots, apostrophes or diacritics; a possessive "'s" dropped. Most words are
    /// written so already, and borrow it from the text.
    pub norm: Cow<'t, str>,
    /// The first letter is uppercase.
    pub cap: bool,
    /// Ended with a possessive "'s".
    pub possessive: bool,
    /// Two or more letters, all uppercase ("US", "NATO").
    pub upper: bool,
    /// A contraction: a verb form with its subject or negation ("don't", "I'm").
    pub contraction: bool,
}

fn is_inner(c: char) -> bool {
    matches!(c, '-' | '\'' | '\u{2019}' | '.' | '\u{2010}' | '\u{2011}')
}

/// The words of `span` of `text`.
pub(crate) fn words(text: &str, span: Span) -> Vec<Word<'_>> {
    let s = &text[span.start..span.end];
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let alnum = c.is_alphanumeric();
        match start {
            None if alnum => start = Some(i),
            Some(_) if alnum => {}
            Some(b) => {
                let next_alnum = it.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
                if !(is_inner(c) && next_alnum) {
                    out.push(word(text, Span::new(span.start + b, span.start + i)));
                    start = None;
                }
            }
            None => {}
        }
    }
    if let Some(b) = start {
        out.push(word(text, Span::new(span.start + b, span.end)));
    }
    out
}

fn word(text: &str, span: Span) -> Word<'_> {
    let raw = span.text(text);
    let (body, possessive) = match raw
        .strip_suffix("'s")
        .or_else(|| raw.strip_suffix("\u{2019}s"))
    {
        Some(b) if !b.is_empty() => (b, true),
        _ => (raw, false),
    };
    Word {
        span,
        norm: norm_word(body),
        cap: raw.chars().next().is_some_and(char::is_uppercase),
        possessive,
        upper: body.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !body.chars().any(char::is_lowercase),
        contraction: is_contraction(raw),
    }
}

/// Does the word end like a contraction, with either apostrophe ("don't", "they’ve")?
fn is_contraction(raw: &str) -> bool {
    // Every ending has an apostrophe: most words are out at once.
    raw.contains(['\'', '\u{2019}'])
        && CONTRACTION_ENDINGS.split_terminator('\n').any(|e| {
            let at = e.bytes().position(|b| b == b'\'').unwrap_or(0);
            let (head, tail) = (&e[..at], &e[at..]);
            raw.strip_suffix(tail.get(1..).unwrap_or(""))
                .and_then(|r| r.strip_suffix('\'').or_else(|| r.strip_suffix('\u{2019}')))
                .is_some_and(|r| r.ends_with(head) && r.len() > head.len())
        })
}

/// Lowercase, without dots, apostrophes or the common Latin diacritics: `s` itself when it is
/// written so.
pub(crate) fn norm_word(s: &str) -> Cow<'_, str> {
    if s.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '.' | '\'' | '\u{2019}' => {}
            '\u{2010}' | '\u{2011}' => out.push('-'),
            c => {
                out.push(fold_diacritic(crate::text::lower_char(c)));
            }
        }
    }
    Cow::Owned(out)
}

fn fold_diacritic(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ğ' => 'g',
        'ś' | 'š' | 'ş' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        'ř' => 'r',
        'ď' => 'd',
        'ť' | 'ţ' => 't',
        c => c,
    }
}

/// The alias form of a phrase: normalised words, hyphenated ones split, joined by one space.
pub(crate) fn alias_key(s: &str) -> String {
    let ws = words(s, Span::new(0, s.len()));
    let mut out = String::new();
    for w in &ws {
        for part in w.norm.split('-').filter(|p| !p.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(part);
        }
    }
    out
}

/// A slug for ids: "Dmitry Peskov" → "dmitry-peskov".
pub(crate) fn slug(s: &str) -> String {
    alias_key(s).replace(' ', "-")
}

/// Whether `w` is in a word list: the lexicon's lists are sorted (binary search); a short list
/// written in place is scanned.
pub(crate) fn is_in(list: &[&str], w: &str) -> bool {
    if list.len() <= 16 {
        list.contains(&w)
    } else {
        list.binary_search(&w).is_ok()
    }
}

/// True when the text between two words is only spaces.
fn only_space(text: &str, from: usize, to: usize) -> bool {
    from <= to && text[from..to].chars().all(crate::segment::is_space)
}

// ---- Topics ----

/// A topic phrase of a claim: its span and its display name ("safe zones" for
/// "safe, or de-escalation, zones"); `alt` is the other name an "A, or B, C" phrase gives.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Topic {
    pub span: Span,
    pub name: String,
    pub alt: Option<String>,
}

fn topical(w: &Word, prev: Option<&Word>) -> bool {
    let n = &*w.norm;
    let raw_upper = w.upper;
    if n.chars().count() < 2 || n.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    if TOPIC_STOP.contains(n) && !raw_upper {
        return false;
    }
    // A contraction is a verb with its subject or negation ("don't", "I'm", "they've").
    if w.contraction {
        return false;
    }
    // After a subject pronoun or a contraction a lowercase word is a verb ("he identifies",
    // "they've read").
    if !w.cap && prev.is_some_and(|p| p.contraction || SUBJECT_PRONOUNS.contains(&p.norm)) {
        return false;
    }
    if EVALUATIVE.contains(n) || INTENSIFIERS.contains(n) {
        return false;
    }
    // An infinitive: "to achieve", "to safeguard".
    if prev.is_some_and(|p| p.norm == "to") && !w.cap {
        return false;
    }
    if w.cap {
        return true;
    }
    if n.len() > 4 && n.ends_with("ly") {
        return false;
    }
    if n.len() > 4 && n.ends_with("ed") && !n.ends_with("eed") {
        return false;
    }
    if n.len() > 5 && n.ends_with("ing") && !ING_NOUNS.contains(n) {
        // A gerund is a noun after a determiner ("the suffering"), a verb elsewhere.
        return prev.is_some_and(|p| {
            is_in(
                &[
                    "the", "a", "an", "this", "their", "its", "his", "her", "our", "any", "no",
                ],
                &p.norm,
            )
        });
    }
    true
}

/// A lone lowercase word that is an adjective by its ending ("humanitarian", "war-torn").
fn adjective_alone(w: &Word) -> bool {
    let n = &*w.norm;
    !w.cap
        && n.len() > 5
        && ADJECTIVE_ENDINGS
            .split_terminator('\n')
            .any(|e| n.ends_with(e))
}

/// The topic phrases of `span`: runs of content words between function words and punctuation,
/// at most four words, heads last. `skip` spans (quoted framing) are left out.
pub(crate) fn topics(text: &str, span: Span, skip: &[Span]) -> Vec<Topic> {
    topics_in(text, &words(text, span), skip)
}

/// [`topics`] of words already split.
pub(crate) fn topics_in(text: &str, ws: &[Word], skip: &[Span]) -> Vec<Topic> {
    let region_first = ws.first().map_or(0, |w| w.span.start);
    // Runs of topical words joined only by spaces.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let prev = i.checked_sub(1).map(|p| &ws[p]);
        if skip.iter().any(|s| s.overlaps(ws[i].span)) || !topical(&ws[i], prev) {
            i += 1;
            continue;
        }
        let start = i;
        // A possessive ends its phrase: "Syria's war" gives "Syria" and "war".
        while i + 1 < ws.len()
            && !ws[i].possessive
            && only_space(text, ws[i].span.end, ws[i + 1].span.start)
            && !skip.iter().any(|s| s.overlaps(ws[i + 1].span))
            && topical(&ws[i + 1], Some(&ws[i]))
        {
            i += 1;
        }
        runs.push((start, i));
        i += 1;
    }
    let mut out = Vec::new();
    let mut r = 0;
    while r < runs.len() {
        let (s, e) = runs[r];
        // "safe, or de-escalation, zones": one phrase with two names.
        if r + 2 < runs.len() {
            let (s2, e2) = runs[r + 1];
            let (s3, e3) = runs[r + 2];
            let gap1 = &text[ws[e].span.end..ws[s2].span.start];
            let gap2 = &text[ws[e2].span.end..ws[s3].span.start];
            if alias_key(gap1) == "or" && gap1.contains(',') && gap2.trim() == "," {
                let first = phrase_name(text, region_first, &ws[s..=e], &ws[s3..=e3]);
                let alt = phrase_name(text, region_first, &ws[s2..=e2], &ws[s3..=e3]);
                if let Some(name) = first {
                    out.push(Topic {
                        span: Span::new(ws[s].span.start, ws[e3].span.end),
                        name,
                        alt,
                    });
                }
                r += 3;
                continue;
            }
        }
        let mut s = s;
        while s <= e && TOPIC_LEADING_DROP.contains(&ws[s].norm) {
            s += 1;
        }
        let s = s.max(e.saturating_sub(3));
        if s == e && adjective_alone(&ws[s]) {
            r += 1;
            continue;
        }
        if s <= e {
            if let Some(name) = phrase_name(text, region_first, &ws[s..=e], &[]) {
                out.push(Topic {
                    span: Span::new(ws[s].span.start, ws[e].span.end),
                    name,
                    alt: None,
                });
            }
        }
        r += 1;
    }
    // Kept with its attribution to the end: no room for four topics where there are one or two.
    out.shrink_to_fit();
    out
}

fn phrase_name(text: &str, region_start: usize, a: &[Word], b: &[Word]) -> Option<String> {
    let all: Vec<&Word> = a.iter().chain(b).collect();
    // Only a capital that starts the region may be the sentence's, not the name's.
    let proper =
        all.iter().all(|w| w.cap) || all.first().is_some_and(|w| w.span.start != region_start);
    let mut parts: Vec<String> = Vec::with_capacity(all.len());
    for (i, w) in all.iter().enumerate() {
        let raw = w.span.text(text);
        let raw = if w.possessive {
            &raw[..raw.len() - raw.chars().rev().take(2).map(char::len_utf8).sum::<usize>()]
        } else {
            raw
        };
        parts.push(if i == 0 && !proper {
            crate::text::to_lower(raw)
        } else {
            raw.to_string()
        });
    }
    let name = parts.join(" ");
    (!name.is_empty()).then_some(name)
}

/// The grouping key of a topic name: lowercase, the head singular, synonyms folded into their
/// group ("conversation", "phone call", "in-person meeting" → "talks").
pub(crate) fn topic_key(name: &str) -> String {
    let lower = crate::text::to_lower(name);
    let words: Vec<&str> = lower.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return String::new();
    }
    let head = *words.last().unwrap();
    let last_two = (words.len() >= 2).then(|| words[words.len() - 2..].join(" "));
    for group in crate::wordlist::rows(TOPIC_GROUPS) {
        if group
            .words()
            .any(|g| g == lower || g == head || last_two.as_deref() == Some(g))
        {
            return group.first().to_string();
        }
    }
    let mut words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    let last = words.last_mut().unwrap();
    *last = singular(last);
    words.join(" ")
}

/// True when a topic key is the label of a synonym group ("talks").
pub(crate) fn is_group_label(key: &str) -> bool {
    crate::wordlist::rows(TOPIC_GROUPS).any(|g| g.first() == key)
}

fn singular(w: &str) -> String {
    if w.len() > 4 && w.ends_with("ies") {
        format!("{}y", &w[..w.len() - 3])
    } else if w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
    {
        w[..w.len() - 1].to_string()
    } else {
        w.to_string()
    }
}

// ---- Framing ----

/// The evaluative phrases of `span`: lexicon words with the intensifiers before them.
pub(crate) fn evaluative(text: &str, span: Span) -> Vec<Span> {
    evaluative_in(text, &words(text, span))
}

/// [`evaluative`] of words already split.
pub(crate) fn evaluative_in(text: &str, ws: &[Word]) -> Vec<Span> {
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        if !EVALUATIVE.contains(&w.norm) {
            continue;
        }
        let mut s = i;
        while s > 0
            && INTENSIFIERS.contains(&ws[s - 1].norm)
            && only_space(text, ws[s - 1].span.end, ws[s].span.start)
        {
            s -= 1;
        }
        out.push(Span::new(ws[s].span.start, w.span.end));
    }
    out
}

/// The framing of a short quoted fragment: the whole fragment, without edge punctuation.
pub(crate) fn short_fragment(text: &str, span: Span) -> Option<Span> {
    let ws = words(text, span);
    // "a great success" frames as "great success".
    let s = usize::from(ws.len() > 1 && is_in(&["a", "an", "the"], &ws[0].norm));
    if ws.len() <= s || ws.len() > FRAMING_MAX_WORDS {
        return None;
    }
    Some(Span::new(ws[s].span.start, ws[ws.len() - 1].span.end))
}

/// Quoted fragments inside `span` (between paired quotation marks).
pub(crate) fn quoted_fragments(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in span.text(text).char_indices() {
        let at = span.start + i;
        if is_quote(c, text, at) {
            match open {
                None => open = Some(at + c.len_utf8()),
                Some(o) => {
                    out.push(Span::new(o, at));
                    open = None;
                }
            }
        }
    }
    out
}

/// A quotation mark, not an apostrophe inside a word ("isn't", "Sa'ar").
fn is_quote(c: char, text: &str, at: usize) -> bool {
    if !crate::quotes::is_quote_mark(c) {
        return false;
    }
    if c == '\'' || c == '\u{2019}' {
        let before = text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let after = text[at + c.len_utf8()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        return !(before && after);
    }
    true
}

/// The position of the first occurrence of a word sequence in `ws` (by normalised form).
pub(crate) fn find_seq(ws: &[Word], seq: crate::wordlist::Row) -> Option<usize> {
    let n = seq.len();
    if n == 0 || ws.len() < n {
        return None;
    }
    (0..=ws.len() - n).find(|&i| seq.words().zip(&ws[i..]).all(|(s, w)| w.norm == s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        topics(text, Span::new(0, text.len()), &[])
            .into_iter()
            .map(|t| t.name)
            .collect()
    }

    #[test]
    fn words_keep_inner_marks() {
        let t = "U.S. officials call it business-like; Sa'ar's view.";
        let w: Vec<_> = words(t, Span::new(0, t.len()))
            .into_iter()
            .map(|w| w.norm)
            .collect();
        assert_eq!(
            w,
            [
                "us",
                "officials",
                "call",
                "it",
                "business-like",
                "saar",
                "view"
            ]
        );
    }

    #[test]
    fn alias_keys_fold_case_hyphens_and_diacritics() {
        assert_eq!(alias_key("Russian-state media"), "russian state media");
        assert_eq!(alias_key("Erdoğan"), "erdogan");
        assert_eq!(slug("Dmitry Peskov"), "dmitry-peskov");
    }

    #[test]
    fn contractions_and_verbs_after_pronouns_are_no_topics() {
        assert_eq!(
            names("I don't think Latinos in Texas think that he identifies strongly enough as a Latino"),
            ["Latinos", "Texas", "Latino"]
        );
        assert_eq!(names("I'm not sure they've read the report"), ["report"]);
    }

    #[test]
    fn topics_are_noun_runs() {
        assert_eq!(
            names("the conversation included a focus on setting up safe zones in Syria"),
            ["conversation", "safe zones", "Syria"]
        );
        assert_eq!(
            names("The conversation was a very good one and included lasting peace for humanitarian reasons"),
            ["conversation", "peace"]
        );
        assert_eq!(
            names("missile strikes on a Syrian air base to achieve two goals"),
            ["missile strikes", "Syrian air base", "goals"]
        );
        assert_eq!(
            names("the leaders also agreed to try to set up their first in-person meeting in July"),
            ["in-person meeting"]
        );
    }

    #[test]
    fn an_or_apposition_is_one_topic_with_two_names() {
        let t = "the discussion of safe, or de-escalation, zones to achieve peace";
        let ts = topics(t, Span::new(0, t.len()), &[]);
        let safe = ts.iter().find(|t| t.name == "safe zones").unwrap();
        assert_eq!(safe.alt.as_deref(), Some("de-escalation zones"));
        assert_eq!(safe.span.text(t), "safe, or de-escalation, zones");
    }

    #[test]
    fn topic_keys_fold_synonyms_and_plurals() {
        assert_eq!(topic_key("in-person meeting"), "talks");
        assert_eq!(topic_key("phone discussion"), "talks");
        assert_eq!(topic_key("conversation"), "talks");
        assert_eq!(topic_key("safe zones"), "safe zone");
        assert_eq!(topic_key("Safe zone"), "safe zone");
    }

    #[test]
    fn evaluative_words_take_their_intensifiers() {
        let t = "The conversation was a very good one, and deeply constructive.";
        let got: Vec<_> = evaluative(t, Span::new(0, t.len()))
            .into_iter()
            .map(|s| s.text(t))
            .collect();
        assert_eq!(got, ["very good", "deeply constructive"]);
    }

    #[test]
    fn quoted_fragments_skip_apostrophes() {
        let t = "said the talks weren't \"useful\" but 'frank'";
        let got: Vec<_> = quoted_fragments(t, Span::new(0, t.len()))
            .into_iter()
            .map(|s| s.text(t))
            .collect();
        assert_eq!(got, ["useful", "frank"]);
    }
}
