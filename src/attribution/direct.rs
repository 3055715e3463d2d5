//! Quotations: direct speech with its cue and speaker, partial quotes after a naming cue, and
//! quoted terms (which are not speech).

use super::scoring::Layout;
use super::speakers::{self, MAX_NP};
use super::tokens::{self, Token};
use super::{cover, cues, lexicon, Engine, Found, QUOTE_MIN};
use crate::analysis::{CueClass, Kind, Quotation, Sentence, Span};

/// How far past a quotation to look for `, X said` (bytes).
const AFTER_WINDOW: usize = 240;
/// How many tokens before a quotation may hold its cue (`X told reporters on Tuesday: "…"`).
const BEFORE_TOKENS: usize = 8;
/// How many tokens before a short quotation may hold its naming cue.
const NAMING_TOKENS: usize = 10;

/// `first_word`: the index of the sentence's first word token (or its length), computed once
/// per sentence so that a sentence of many quotations is not rescanned for each.
pub(crate) fn quotation(
    e: &mut Engine,
    sentences: &[Sentence],
    si: usize,
    toks: &[Token],
    first_word: usize,
    q: &Quotation,
) {
    let text = e.text;
    let qa = toks.partition_point(|t| t.span.start < q.outer.start);
    let qb = toks.partition_point(|t| t.span.start < q.outer.end);
    let words = toks[qa..qb].iter().filter(|t| t.word).take(5).count();
    let inner = q
        .inner
        .text(text)
        .trim_end_matches(|c: char| c.is_whitespace());
    let ends_like_speech = inner.ends_with(['.', ',', '?', '!', '…']) || !q.closed;
    let sentence_end = sentences[si].span.end;
    let multi = q.outer.end > sentence_end;
    let speechlike = multi || words >= 5 || (ends_like_speech && words >= 3);
    if !speechlike {
        partial(e, si, toks, qa, q);
        return;
    }
    let found = after(e, sentences, q).or_else(|| before(e, toks, qa));
    let (cue, cue_weight, class, speaker, via, layout) = match found {
        Some(f) => f,
        None => {
            // No cue of its own: a quotation that opens its sentence continues the last speaker.
            let at_start = first_word >= qa;
            if !at_start {
                return;
            }
            let content = q.outer;
            match continued_speaker(e, sentences, si) {
                // `He said: ¶ "…"`: the cue introducing it is its own.
                Some((_, Some((cue, speaker, w, class)))) => {
                    e.direct_spans.push(content);
                    e.push(Found {
                        kind: Kind::Direct,
                        content,
                        cue: Some(cue),
                        cue_weight: w,
                        class,
                        speaker: Some(speaker),
                        via: None,
                        layout: Layout::After,
                        carried: false,
                        sentence: si,
                    });
                    return;
                }
                Some((speaker, None)) => {
                    let r = e
                        .out
                        .iter()
                        .rev()
                        .take(8)
                        .find(|a| a.speaker == Some(speaker));
                    if let Some(r) = r.and_then(|a| a.resolved) {
                        e.memory.hand_on(speaker, r);
                    }
                }
                None => {}
            }
            if let Some((speaker, _)) = e.memory.last {
                e.direct_spans.push(content);
                e.push(Found {
                    kind: Kind::Direct,
                    content,
                    cue: None,
                    cue_weight: 0,
                    class: CueClass::Speech,
                    speaker: Some(speaker),
                    via: None,
                    layout: Layout::NoCue,
                    carried: true,
                    sentence: si,
                });
            }
            return;
        }
    };
    e.used_cues.push(cue.start);
    e.direct_spans.push(q.outer);
    e.push(Found {
        kind: Kind::Direct,
        content: q.outer,
        cue: Some(cue),
        cue_weight,
        class,
        speaker,
        via,
        layout,
        carried: false,
        sentence: si,
    });
    // Whoever a quotation's own cue names speaks on in the next speakerless quotation, whatever
    // the cue ("…,” she continued. “…”", "the letter reads").
    if let Some(a) = e.out.last() {
        if let (Some(sp), Some(r)) = (a.speaker, a.resolved) {
            e.memory.hand_on(sp, r);
        }
    }
}

/// How many tokens of the sentence before a speakerless quotation are read for `X said:`.
const INTRO_TOKENS: usize = 16;

/// The speaker a quotation with no cue of its own continues: the one of a cue introducing it
/// from the end of the sentence before (`He said: ¶ "…"`), else the last speaker of that
/// sentence when it is in the same paragraph (`X called him a master. "He showed …"`), else the
/// last speaker handed on.
fn continued_speaker(
    e: &mut Engine,
    sentences: &[Sentence],
    si: usize,
) -> Option<(Span, Option<(Span, Span, u8, CueClass)>)> {
    let text = e.text;
    let prev = si.checked_sub(1).map(|p| sentences[p].span)?;
    let mut toks = Vec::new();
    tokens::tokenize(text, prev, &mut |_| false, &mut toks);
    let from = toks.len().saturating_sub(INTRO_TOKENS);
    let toks = &toks[from..];
    e.work += toks.len();
    if toks.last().is_some_and(|t| t.is(':')) {
        for j in (0..toks.len() - 1).rev() {
            if !toks[j].word {
                break;
            }
            if let Some((w, _, class)) = e.cue(&toks[j]) {
                if w >= QUOTE_MIN {
                    let speaker = j
                        .checked_sub(1)
                        .and_then(|end| speakers::left(text, toks, 0, end, &mut e.buf))?;
                    return Some((speaker, Some((toks[j].span, speaker, w, class))));
                }
            }
        }
    }
    // The previous sentence's speakers, read from the end of the output (bounded).
    let same_paragraph = !text[prev.end..sentences[si].span.start].contains('\n');
    if same_paragraph {
        let best = e
            .out
            .iter()
            .rev()
            .take(8)
            .filter(|a| a.sentence + 1 == si && a.kind != Kind::Partial)
            .filter_map(|a| a.speaker)
            .max_by_key(|s| s.start);
        if let Some(sp) = best {
            return Some((sp, None));
        }
    }
    None
}

type CueFound = (Span, u8, CueClass, Option<Span>, Option<Span>, Layout);

/// `"…," X said` or `"…," said X`, in the words right after the quotation.
fn after(e: &mut Engine, sentences: &[Sentence], q: &Quotation) -> Option<CueFound> {
    let text = e.text;
    let se = crate::quotes::sentence_at(sentences, q.outer.end.saturating_sub(1));
    let mut end = sentences
        .get(se)
        .map_or(text.len(), |s| s.span.end)
        .max(q.outer.end);
    end = end.min(q.outer.end + AFTER_WINDOW).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut toks = Vec::new();
    tokens::tokenize(text, Span::new(q.outer.end, end), &mut |_| false, &mut toks);
    // Stop at the next quotation mark: what follows it is someone's words again.
    if let Some(stop) = toks
        .iter()
        .position(|t| !t.word && crate::quotes::is_quote_mark(t.first))
    {
        toks.truncate(stop);
    }
    e.work += toks.len();
    let mut i = 0;
    while i < toks.len() && (toks[i].is(',') || toks[i].is('—') || toks[i].is('-')) {
        i += 1;
    }
    let start = i;
    // Walk over a noun phrase and cue prefixes to the cue.
    let mut j = start;
    let mut limit = start + MAX_NP + 3;
    while j < toks.len() && j < limit {
        // "Rep. Gwen Moore (D-Wis.) said": a parenthesis inside the name is crossed.
        if toks[j].is('(') && j > start {
            let Some(close) = (j + 1..toks.len().min(j + 10)).find(|&k| toks[k].is(')')) else {
                break;
            };
            limit += close + 1 - j;
            j = close + 1;
            continue;
        }
        // "Mr. King, 82, told me" / "Scott Pruitt, the attorney general of Oklahoma, said": an
        // age or an apposition between the name and its cue.
        if toks[j].is(',') && j > start {
            return apposition_cue(e, &toks, start, j);
        }
        if let Some((w, _, class)) = e.cue(&toks[j]) {
            let word = e.lower(&toks[j]);
            let is_cue = w >= QUOTE_MIN && !(j > start && lexicon::is_cue_prefix(&word));
            if is_cue {
                let cue = toks[j].span;
                let speaker = if j == start {
                    speakers::right(text, &toks, j + 1, toks.len(), &mut e.buf)
                } else {
                    let mut k = j - 1;
                    while k > start && toks[k].word && lexicon::is_cue_prefix(&e.lower(&toks[k])) {
                        k -= 1;
                    }
                    speakers::left(text, &toks, start, k, &mut e.buf)
                };
                let via = channel(e, &toks, j + 1);
                return Some((cue, w, class, speaker, via, Layout::Before));
            }
        }
        if !toks[j].word {
            break;
        }
        j += 1;
    }
    None
}

/// How many tokens an apposition between a name and its cue may take ("Leonard E. Burman,
/// director of the Tax Policy Center and a professor at …, said").
const APPOSITION_TOKENS: usize = 32;

/// `"…," NAME, APPOSITION, said`: the name (before `comma`) is the speaker when, after at most
/// three commas within a bounded window, a cue follows. The name must look like one (a capital or
/// a determiner first), so that a following clause (`"…," but, critics said`) is not taken.
fn apposition_cue(e: &mut Engine, toks: &[Token], start: usize, comma: usize) -> Option<CueFound> {
    let text = e.text;
    let head = toks[start];
    if !(head.capitalised() || lexicon::is_determiner(&e.lower(&head))) {
        return None;
    }
    let lim = toks.len().min(comma + APPOSITION_TOKENS);
    let mut commas = 0;
    let mut k = comma;
    while k < lim {
        let t = toks[k];
        e.work += 1;
        if t.is(',') {
            commas += 1;
            if commas > 3 {
                return None;
            }
            // Past the comma, over cue prefixes, to a cue?
            let mut c = k + 1;
            while c < lim && toks[c].word && lexicon::is_cue_prefix(&e.lower(&toks[c])) {
                c += 1;
            }
            if let Some((w, _, class)) = toks[..lim].get(c).and_then(|t| e.cue(t)) {
                if w >= QUOTE_MIN {
                    let speaker = speakers::left(text, toks, start, comma - 1, &mut e.buf);
                    let via = channel(e, toks, c + 1);
                    return Some((toks[c].span, w, class, speaker, via, Layout::Before));
                }
            }
        } else if !(t.word || t.is('(') || t.is(')') || t.is('-') || t.is('.') || t.is('\'')) {
            return None;
        }
        k += 1;
    }
    None
}

/// `, Interfax reported` / `, according to Interfax` after the cue: the channel it came through.
fn channel(e: &mut Engine, toks: &[Token], from: usize) -> Option<Span> {
    let text = e.text;
    let comma = (from..toks.len().min(from + MAX_NP + 1)).find(|&i| !toks[i].word)?;
    if !toks[comma].is(',') {
        return None;
    }
    let a = comma + 1;
    if a < toks.len()
        && e.lower(&toks[a]) == "according"
        && a + 1 < toks.len()
        && e.lower(&toks[a + 1]) == "to"
    {
        return speakers::right(text, toks, a + 2, toks.len(), &mut e.buf);
    }
    let np = speakers::right(text, toks, a, toks.len(), &mut e.buf)?;
    let b = toks.partition_point(|t| t.span.start < np.end);
    let verb = toks.get(b)?;
    lexicon::is_channel_verb(&e.lower(verb)).then_some(np)
}

/// `X said: "…"` / `X told reporters, "…"`: the cue in the few words before the quotation.
fn before(e: &mut Engine, toks: &[Token], qa: usize) -> Option<CueFound> {
    let text = e.text;
    let mut k = qa.checked_sub(1)?;
    if toks[k].is(':') || toks[k].is(',') {
        k = k.checked_sub(1)?;
    }
    let floor = qa.saturating_sub(BEFORE_TOKENS);
    let mut j = k as isize;
    while j >= floor as isize {
        let t = toks[j as usize];
        if !t.word || t.quoted {
            return None;
        }
        if let Some((w, _, class)) = e.cue(&t) {
            if w >= QUOTE_MIN {
                let j = j as usize;
                let mut s = j;
                while s > 0 && toks[s - 1].word && lexicon::is_cue_prefix(&e.lower(&toks[s - 1])) {
                    s -= 1;
                }
                // `According to Limbaugh, "…"`: the speaker follows the cue.
                if e.lower(&t) == "according"
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| n.word && e.lower(n) == "to")
                {
                    let speaker = speakers::right(text, toks, j + 2, qa, &mut e.buf);
                    return Some((t.span, w, class, speaker, None, Layout::According));
                }
                let speaker = s
                    .checked_sub(1)
                    .and_then(|end| speakers::left(text, toks, 0, end, &mut e.buf));
                let speaker = speaker
                    .or_else(|| e.clause_subject(toks, j))
                    .or_else(|| speakers::main_subject(text, toks, j, &mut e.buf));
                return Some((t.span, w, class, speaker, None, Layout::After));
            }
        }
        j -= 1;
    }
    None
}

/// A short quotation: a partial quote after a naming cue, otherwise a quoted term.
fn partial(e: &mut Engine, si: usize, toks: &[Token], qa: usize, q: &Quotation) {
    let text = e.text;
    let floor = qa.saturating_sub(NAMING_TOKENS);
    for j in (floor..qa).rev() {
        let t = toks[j];
        if t.is('.') || t.is(';') || t.is(':') {
            return;
        }
        if t.word && !t.quoted && cues::is_naming(&e.lower(&t)) {
            let (w, _, class) = e.cue(&t).unwrap_or((QUOTE_MIN, 255, CueClass::Speech));
            let speaker = j
                .checked_sub(1)
                .and_then(|end| speakers::left(text, toks, 0, end, &mut e.buf));
            let content = cover(
                toks,
                qa,
                toks.partition_point(|t| t.span.start < q.outer.end),
            )
            .unwrap_or(q.outer);
            e.push(Found {
                kind: Kind::Partial,
                content: q.inner,
                cue: Some(t.span),
                cue_weight: w,
                class,
                speaker,
                via: None,
                layout: Layout::After,
                carried: false,
                sentence: si,
            });
            let _ = content;
            return;
        }
    }
}
