//! Quotations: direct speech with its cue and speaker, partial quotes after a naming cue, and
//! quoted terms (which are not speech).

use super::scoring::Layout;
use super::speaker_lexicon;
use super::speakers::{self, MAX_NP};
use super::tokens::{self, Token};
use super::{cover, cues, lexicon, Engine, Found, QUOTE_MIN};
use crate::analysis::{CueClass, Kind, Quotation, Sentence, Span};

/// How far past a quotation to look for `, X said` (bytes).
const AFTER_WINDOW: usize = 240;
/// How many tokens before a quotation may hold its cue (`X told reporters on Tuesday: "…"`).
const BEFORE_TOKENS: usize = 8;
/// The longest parenthesis (tokens) stepped over between a cue and its quotation.
const PARENTHESIS_TOKENS: usize = 6;
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
    // The quotation opens its sentence; also after a `.` the segmenter missed (`…," Trump
    // said. "He wants …"`).
    let heads = first_word >= qa
        || qa
            .checked_sub(1)
            .is_some_and(|k| toks[k].is('.') || toks[k].is('?') || toks[k].is('!'));
    // A quotation that is its whole sentence (`"Very good."`) is speech, however short.
    let alone = heads && ends_like_speech && q.closed && !toks[qb..].iter().any(|t| t.word);
    // `on "Face the Nation," Sanders was asked`: the title of a work is no one's words, unless a
    // naming cue makes it a partial quote (`he called him "Little Marco"`).
    if !heads && title(e, toks, qa, qb, q) {
        partial(e, si, toks, qa, q);
        return;
    }
    // `answered: "Nobody cares."`, `asked simply, "Who cares?"`: set off by a colon or a comma,
    // a short sentence is what was said.
    let introduced = qa > 0
        && (toks[qa - 1].is(':') || toks[qa - 1].is(','))
        && inner.ends_with(['.', '?', '!']);
    let speechlike = multi || words >= 5 || (ends_like_speech && words >= 3) || alone || introduced;
    if !speechlike {
        // A short answer or the first part of a split quotation, heading its sentence with its
        // cue right after ("\"Absolutely,\" he said" / "\"My hope,\" he said, \"is …\""), is
        // speech; anywhere else a short quotation is a term or a partial quote.
        if heads && words >= 1 && inner.ends_with([',', '?', '!', '.', '…']) {
            if let Some(f) = after(e, sentences, q, heads) {
                direct(e, si, q, f);
                return;
            }
        }
        partial(e, si, toks, qa, q);
        return;
    }
    let found_after = after(e, sentences, q, heads);
    // `The party, held every four years, "allows us to get our message out," he said`: a
    // quotation that goes on the sentence's own clause is the end of a mixed report.
    if let Some(f) = found_after.filter(|_| !heads && qa > first_word) {
        let lower = inner
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(|c| !tokens::is_upper(c));
        // Backwards, so that the scan stops at the quotation before (a sentence of many
        // quotations is not rescanned from its start for each). Only a strong cue before it
        // ("X said …") claims the quotation: "her eagerness to defend …" does not.
        let plain = toks[first_word..qa].iter().rev().all(|t| {
            e.work += 1;
            !t.quoted
                && !t.is(':')
                && !t.is(';')
                && !(t.word && e.cue(t).is_some_and(|c| c.0 >= super::STRONG_CUE))
        });
        if lower && plain {
            let content = Span::new(toks[first_word].span.start, q.outer.end);
            record(e, si, Kind::Mixed, content, f);
            return;
        }
    }
    // `… said Wednesday, "…." The aide declined to …`: a quotation that ends its sentence takes
    // the cue set off right before it over a cue word in the next sentence.
    let found = if inner.ends_with(['.', '?', '!']) {
        before(e, toks, qa).or(found_after)
    } else {
        found_after.or_else(|| before(e, toks, qa))
    }
    .or_else(|| colon_name(e, toks, qa));
    let (cue, cue_weight, class, speaker, via, layout) = match found {
        Some(f) => f,
        None => {
            // No cue of its own: inside the writer's sentence it is a partial quote if a naming
            // cue comes before it, however long ("called the attack, by his son, \"the act of a
            // terrorist.\""); a quotation that opens its sentence continues the last speaker.
            if !heads {
                partial(e, si, toks, qa, q);
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
                        .find(|a| a.speaker == Some(speaker))
                        .and_then(|a| a.resolved);
                    // The previous sentence's quotation speaker goes on even when a later report
                    // in that sentence handed on another ("…," said Lionel Sosa, a consultant
                    // and a Republican who said …. "…" is still Sosa's).
                    e.memory.go_on_with(text, speaker, r.unwrap_or(speaker));
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
    // The first half starts after the last quotation recorded in this sentence, if any.
    let floor = e
        .direct_spans
        .last()
        .map_or(first_word, |d| {
            toks.partition_point(|t| t.span.start < d.end)
        })
        .max(first_word);
    e.work += qa.saturating_sub(floor);
    // A time or place adjunct ("In a call on Monday, X said, \"…\"", "Just last week, X
    // wrote, \"…\"") sets the scene, after a joining "But" too: it is no first half.
    let head = split_head(toks, floor, qa, cue, speaker).filter(|&(a, b)| {
        // (Past "But" and adverbs: "Immediately after the attacks, X said, \"…\"".)
        let first = (a..b)
            .find(|&i| {
                !toks[i].word || {
                    let w = e.lower(&toks[i]);
                    !lexicon::is_cue_joiner(&w) && !(w.len() > 4 && w.ends_with("ly"))
                }
            })
            .unwrap_or(a);
        !lexicon::is_adjunct_opener(&e.lower(&toks[first]))
            && cover(toks, a, b).is_none_or(|c| !super::reported::only_time_or_place(e, toks, c))
    });
    direct(e, si, q, (cue, cue_weight, class, speaker, via, layout));
    if let Some((a, b)) = head {
        let quoted = toks[a..b].iter().any(|t| t.quoted);
        e.push(Found {
            kind: if quoted { Kind::Mixed } else { Kind::Indirect },
            content: cover(toks, a, b).unwrap_or_else(|| panic!("a head holds a word")),
            cue,
            cue_weight,
            class,
            speaker,
            via,
            layout: Layout::Before,
            carried: false,
            sentence: si,
        });
    }
}

/// `The club's investment, Ms. Tanzer said, "is a perfect example"`: a cue and speaker set off by
/// commas right before a quotation split what was said; the words before them, from `floor` (the
/// start of the sentence, or the end of a quotation before in it), are its first half. Returns
/// its token range.
fn split_head(
    toks: &[Token],
    floor: usize,
    qa: usize,
    cue: Option<Span>,
    speaker: Option<Span>,
) -> Option<(usize, usize)> {
    let (cue, speaker) = (cue?, speaker?);
    let at = |x: usize| toks.partition_point(|t| t.span.start < x);
    let (lead, tail) = (
        at(cue.start.min(speaker.start)),
        at(cue.end.max(speaker.end)),
    );
    let a = (floor..lead).find(|&i| toks[i].word || toks[i].quoted)?;
    let set_off = lead > a + 1 && toks[lead - 1].is(',') && tail + 1 == qa && toks[tail].is(',');
    if !set_off || toks[a..lead].iter().any(|t| t.is(';') || t.is(':')) {
        return None;
    }
    Some((a, lead - 1))
}

/// Records a quotation with a cue (or a speaker) of its own as direct speech.
fn direct(e: &mut Engine, si: usize, q: &Quotation, found: CueFound) {
    record(e, si, Kind::Direct, q.outer, found)
}

/// Records `content` (a quotation, or a report ending in one) with the cue found for it.
fn record(e: &mut Engine, si: usize, kind: Kind, content: Span, found: CueFound) {
    let (cue, cue_weight, class, speaker, via, layout) = found;
    if let Some(c) = cue {
        e.used_cues.push(c.start);
    }
    e.direct_spans.push(content);
    e.push(Found {
        kind,
        content,
        cue,
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
            e.memory.hand_on(e.text, sp, r);
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
            .filter_map(|a| a.speaker.map(|s| (a, s)))
            // A quotation's speaker, then one of speech, then a likely one, before a later
            // weaker report ("…, pointing out that 98 senators voted" does not make the
            // senators the next quotation's).
            .max_by_key(|(a, s)| {
                (
                    matches!(a.kind, Kind::Direct | Kind::Mixed),
                    matches!(a.cue_class, CueClass::Speech | CueClass::Writing),
                    a.confidence >= 0.5,
                    s.start,
                )
            });
        if let Some((_, sp)) = best {
            return Some((sp, None));
        }
    }
    None
}

/// (cue, cue weight, class, speaker, via, layout); no cue for `"…" — Carla Sanchez`.
type CueFound = (
    Option<Span>,
    u8,
    CueClass,
    Option<Span>,
    Option<Span>,
    Layout,
);

/// How many tokens a phrase between a quotation and its cue may take (`"…," of the Clinton
/// proposals, Mr. Holtz-Eakin said`).
const PHRASE_TOKENS: usize = 12;

/// `"…," X said` or `"…," said X`, in the words right after the quotation; also `"…" — Carla
/// Sanchez` (a name after a dash speaks, with no cue) and `"…," of the plan, X said`.
/// How far after `told` a "that" makes it open reported speech of its own.
const HEARER_TOKENS: usize = 8;

/// The cue after quotation `q`. `heads`: the quotation opens its sentence.
fn after(e: &mut Engine, sentences: &[Sentence], q: &Quotation, heads: bool) -> Option<CueFound> {
    let text = e.text;
    let se = crate::quotes::sentence_at(sentences, q.outer.end.saturating_sub(1));
    let mut end = sentences
        .get(se)
        .map_or(text.len(), |s| s.span.end)
        .max(q.outer.end);
    // `"Is it?" Hannity pressed.`: the segmenter ends a sentence at a quotation's `?` or `!`,
    // so the cue may open the next sentence of the same paragraph.
    let mut spilled = false;
    if let Some(next) = sentences.get(se + 1) {
        let gap = text.get(q.outer.end..next.span.start).unwrap_or("\n");
        if end <= q.outer.end && gap.chars().all(|c| c.is_whitespace() && c != '\n') {
            end = next.span.end;
            spilled = true;
        }
    }
    end = end.min(q.outer.end + AFTER_WINDOW).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut toks = Vec::new();
    tokens::tokenize(text, Span::new(q.outer.end, end), &mut |_| false, &mut toks);
    // Stop at the next quotation mark: what follows it is someone's words again.
    let next_quote = toks
        .iter()
        .position(|t| !t.word && crate::quotes::is_quote_mark(t.first));
    if let Some(stop) = next_quote {
        toks.truncate(stop);
    }
    e.work += toks.len();
    let mut i = 0;
    let mut dash = false;
    while i < toks.len() && (toks[i].is(',') || is_dash(&toks[i])) {
        dash |= is_dash(&toks[i]);
        i += 1;
    }
    let start = i;
    // `"…," of the Clinton proposals, Mr. Holtz-Eakin said`: a phrase about the quotation
    // between it and its cue (its nouns are no cue: "proposals", "plans").
    let inner = q.inner.text(text).trim_end();
    let phrase = inner.ends_with(',')
        && toks
            .get(start)
            .is_some_and(|t| t.word && speaker_lexicon::opens_phrase_after_quote(&e.lower(t)));
    // `… a "decent man," and said that …`: a cue after "and" or "but" opens a clause of its
    // own; the quotation belongs to the clause before.
    if toks
        .get(start)
        .is_some_and(|t| t.word && lexicon::is_cue_joiner(&e.lower(t)))
    {
        return None;
    }
    let found = if phrase {
        let lim = toks.len().min(start + PHRASE_TOKENS);
        (start + 1..lim)
            .find(|&k| toks[k].is(','))
            .and_then(|comma| walk(e, &toks, comma + 1))
    } else {
        walk(e, &toks, start)
    };
    if dash && found.is_none() {
        return dash_name(e, &toks, start);
    }
    let f = found?;
    // Across a sentence end, or after a quotation inside its sentence (`on "Sunday Morning
    // Futures," Rep. Issa said Clinton's …`), only a bare `X said.` / `said X, …` is the
    // quotation's: "Issa said Clinton's …" opens reported speech of its own.
    if spilled || !heads {
        let cue = f.0?;
        let c = toks.partition_point(|t| t.span.start < cue.start);
        let k = match f.3 {
            Some(sp) if sp.start > cue.start => toks.partition_point(|t| t.span.start < sp.end),
            _ => c + 1,
        };
        // `he told Chris Cuomo of CNN after the debate`: a hearer, with no "that" after it.
        let hearer = lexicon::is_hearer_cue(&e.lower(&toks[c]))
            && !toks[k..toks.len().min(k + HEARER_TOKENS)]
                .iter()
                .take_while(|t| t.word)
                .any(|t| lexicon::is_complementiser(&e.lower(t)));
        let ends = hearer
            || toks
                .get(k)
                .is_none_or(|t| !t.word || speaker_lexicon::follows_quote_cue(&e.lower(t)));
        // `"…." In an interview, she said, "…"`: the cue introduces the next quotation.
        let introduces =
            spilled && next_quote.is_some() && toks.last().is_some_and(|t| t.is(',') || t.is(':'));
        if !ends || introduces {
            return None;
        }
    }
    Some(f)
}

fn is_dash(t: &Token) -> bool {
    t.is('—') || t.is('–') || t.is('―') || t.is('-')
}

/// `"…" ― Carla Sanchez.`: a name (capitalised words) after a dash, ending its clause, is the
/// speaker of the quotation before it, as in a list of voices.
fn dash_name(e: &mut Engine, toks: &[Token], start: usize) -> Option<CueFound> {
    let text = e.text;
    if !toks.get(start)?.capitalised() {
        return None;
    }
    let np = speakers::right(text, toks, start, toks.len(), &mut e.buf)?;
    let b = toks.partition_point(|t| t.span.start < np.end);
    let name = toks[start..b]
        .iter()
        .all(|t| !t.word || t.capitalised() || speaker_lexicon::is_name_particle(&e.lower(t)));
    let ends = toks.get(b).is_none_or(|t| !t.word);
    (name && ends).then_some((None, 0, CueClass::Speech, Some(np), None, Layout::NoCue))
}

/// From `start`, over a noun phrase and cue prefixes to the cue: `X said` / `said X` /
/// `X, APPOSITION, said`.
fn walk(e: &mut Engine, toks: &[Token], start: usize) -> Option<CueFound> {
    let text = e.text;
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
            return apposition_cue(e, toks, start, j);
        }
        if let Some((w, _, class)) = e.cue(&toks[j]) {
            let word = e.lower(&toks[j]);
            // `"…," Sharp said`: a capitalised word right after a quotation, before another
            // word, is a name even when it is also a cue word.
            let name =
                j == start && toks[j].capitalised() && toks.get(j + 1).is_some_and(|t| t.word);
            // "the statement said", "Friday's decision": after a determiner or a possessive the
            // cue word is a noun; the verb after it is the cue.
            let noun = j > start && toks[j - 1].word && {
                let prev = e.lower(&toks[j - 1]);
                lexicon::is_determiner(&prev) || prev.ends_with("'s")
            };
            // `"…." Specifically, he …`: a word set off by a comma is a sentence adverb.
            let adverb = j == start && toks.get(j + 1).is_some_and(|t| t.is(','));
            let is_cue = w >= QUOTE_MIN
                && !name
                && !noun
                && !adverb
                && !(j > start && lexicon::is_cue_prefix(&word));
            if is_cue {
                let cue = toks[j].span;
                let speaker = if j == start {
                    speakers::right(text, toks, j + 1, toks.len(), &mut e.buf)
                } else {
                    let mut k = j - 1;
                    while k > start && toks[k].word && lexicon::is_cue_prefix(&e.lower(&toks[k])) {
                        k -= 1;
                    }
                    speakers::left(text, toks, start, k, &mut e.buf)
                };
                let via = channel(e, toks, j + 1);
                return Some((Some(cue), w, class, speaker, via, Layout::Before));
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
/// How many commas the name's apposition may hold ("Ana Ruiz, 67, a nurse in Allentown, Pa.,
/// said").
const APPOSITION_COMMAS: usize = 4;

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
            if commas > APPOSITION_COMMAS {
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
                    return Some((Some(toks[c].span), w, class, speaker, via, Layout::Before));
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
    let set_off = toks[k].is(':') || toks[k].is(',');
    if set_off {
        k = k.checked_sub(1)?;
    }
    // `told the Associated Press (AP), "…"`: past a short parenthesis before the mark.
    if set_off && toks[k].is(')') {
        let open = (k.saturating_sub(PARENTHESIS_TOKENS)..k)
            .rev()
            .find(|&i| toks[i].is('('))?;
        k = open.checked_sub(1)?;
    }
    let floor = qa.saturating_sub(BEFORE_TOKENS);
    let mut j = k as isize;
    while j >= floor as isize {
        let t = toks[j as usize];
        if !t.word || t.quoted {
            return None;
        }
        if let Some((mut w, _, mut class)) = e.cue(&t) {
            if w >= QUOTE_MIN {
                let mut j = j as usize;
                let mut t = t;
                // `answered that rhetorical question: "…"`: a weak cue (a noun, the object) gives
                // way to a surer one before it in the same words.
                if w < super::STRONG_CUE {
                    let strong = (floor..j)
                        .rev()
                        .take_while(|&i| toks[i].word && !toks[i].quoted)
                        .find_map(|i| e.cue(&toks[i]).filter(|c| c.0 > w).map(|c| (i, c)));
                    if let Some((i, c)) = strong {
                        (j, t, w, class) = (i, toks[i], c.0, c.2);
                    }
                }
                // `said he would "bomb …" oil fields`, `added that "…"`: words of the writer's
                // own between cue and quotation, not set off by `:` or `,`, make it reported
                // speech carrying quoted words (mixed), which the reported-speech rules read whole.
                let word = e.lower(&t);
                if !set_off && j < k && !lexicon::is_hearer_cue(&word) && {
                    let before = e.lower(&toks[k]);
                    !lexicon::is_cue_suffix_start(&before)
                } {
                    return None;
                }
                let mut s = j;
                while s > 0 && toks[s - 1].word && lexicon::is_cue_prefix(&e.lower(&toks[s - 1])) {
                    s -= 1;
                }
                // `Trump issued a statement, "…"`: the noun is the channel verb's object; the
                // subject is the verb's.
                if s >= 2
                    && toks[s - 1].word
                    && lexicon::is_article(&e.lower(&toks[s - 1]))
                    && toks[s - 2].word
                    && lexicon::is_channel_object_verb(&e.lower(&toks[s - 2]))
                {
                    s -= 2;
                }
                // `According to Limbaugh, "…"`: the speaker follows the cue.
                if word == "according"
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| n.word && e.lower(n) == "to")
                {
                    let speaker = speakers::right(text, toks, j + 2, qa, &mut e.buf);
                    return Some((Some(t.span), w, class, speaker, None, Layout::According));
                }
                let speaker = s
                    .checked_sub(1)
                    .and_then(|end| speakers::left(text, toks, 0, end, &mut e.buf));
                // `"…," said Lavrov, "but …"`: the name between cue and quotation speaks; after a
                // hearer cue only when the cue opens the sentence (`Asked a delegate: "…"`).
                let opens = !toks[..j].iter().any(|t| t.word);
                let inverted = (speaker.is_none()
                    && set_off
                    && j < k
                    && (opens || !lexicon::is_hearer_cue(&word))
                    && (toks[j + 1].capitalised()
                        || lexicon::is_determiner(&e.lower(&toks[j + 1]))))
                .then(|| speakers::right(text, toks, j + 1, k + 1, &mut e.buf))
                .flatten();
                let speaker = speaker
                    .or(inverted)
                    .or_else(|| e.clause_subject(toks, j))
                    .or_else(|| speakers::main_subject(text, toks, j, &mut e.buf));
                return Some((Some(t.span), w, class, speaker, None, Layout::After));
            }
        }
        j -= 1;
    }
    None
}

/// `… tweeted about … Donald Trump: "…"` / `- Pew Research: "…"`: a name (capitalised words)
/// set off before a colon introduces the quotation after it. A label heading its paragraph is
/// the transcript rule's (`reported::colon_line`), so the name must follow punctuation.
fn colon_name(e: &mut Engine, toks: &[Token], qa: usize) -> Option<CueFound> {
    let colon = qa.checked_sub(1).filter(|&k| toks[k].is(':'))?;
    let mut a = colon;
    while a > 0 && colon - a < MAX_NP {
        let t = &toks[a - 1];
        let fits = t.word
            && !t.quoted
            && (t.capitalised() || {
                let w = e.lower(t);
                w == "and" || speaker_lexicon::is_name_particle(&w)
            });
        if !fits {
            break;
        }
        a -= 1;
    }
    // Set off: after punctuation, or opening a sentence inside its paragraph.
    let set_off = match a.checked_sub(1) {
        Some(b) => !toks[b].word && !toks[b].quoted,
        None => !super::paragraph_start(e.text, toks[0].span.start),
    };
    if a == colon
        || !set_off
        || !toks[a].capitalised()
        || lexicon::is_np_breaker(&e.lower(&toks[a]))
    {
        return None;
    }
    let speaker = cover(toks, a, colon);
    Some((None, 0, CueClass::Speech, speaker, None, Layout::NoCue))
}

/// The most words a quoted title may have ("The Late Show With Stephen Colbert").
const TITLE_WORDS: usize = 8;

/// Is the quotation `toks[qa..qb]` a title in title case: two to eight words, each capitalised but
/// for the short words titles keep lowercase, and no stop inside ("Face the Nation,")?
fn title(e: &mut Engine, toks: &[Token], qa: usize, qb: usize, q: &Quotation) -> bool {
    if !q.closed || qb - qa > 2 * TITLE_WORDS + 4 {
        return false;
    }
    let mut inner = toks[qa..qb]
        .iter()
        .filter(|t| t.span.start >= q.inner.start && t.span.end <= q.inner.end)
        .peekable();
    if !inner.peek().is_some_and(|t| t.capitalised()) {
        return false;
    }
    let mut words = 0;
    for t in inner {
        if t.is('.') || t.is('?') || t.is('!') || t.is(';') {
            return false;
        }
        if t.word {
            words += 1;
            let titled = t.capitalised()
                || t.first.is_ascii_digit()
                || lexicon::is_title_small_word(&e.lower(t));
            if !titled {
                return false;
            }
        }
    }
    (2..=TITLE_WORDS).contains(&words)
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
        // (Not a noun after its article: "characterized the call as \"…\"".)
        let naming = t.word && !t.quoted && cues::is_naming(&e.lower(&t));
        if naming && !(j > 0 && lexicon::is_determiner(&e.lower(&toks[j - 1]))) {
            let (w, _, class) = e.cue(&t).unwrap_or((QUOTE_MIN, 255, CueClass::Speech));
            let speaker = j
                .checked_sub(1)
                .and_then(|end| speakers::left(text, toks, 0, end, &mut e.buf));
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
            return;
        }
    }
}
