//! Reported speech: every cue word not used by a quotation, with the speaker on one side and the
//! content clause on the other.

use super::scoring::Layout;
use super::speakers::{self, MAX_NP};
use super::tokens::{range, Token};
use super::{cover, cues, lexicon, Engine, Found, REPORTED_MIN};
use crate::analysis::{CueClass, Kind, Quotation, Span};

/// Above this P(content stops at the next comma) (of 255), it does.
const COMMA_STOP: u8 = 140;
/// How far (tokens) to look for that comma.
const COMMA_WINDOW: usize = 60;

/// How far into a line (tokens) a speaker label's colon may come.
const LABEL_TOKENS: usize = 8;

/// How long (tokens) the subject of a second report after "and" may be.
const JOINED_SUBJECT_TOKENS: usize = 4;

/// How far (tokens) after "according to" its source may run before a comma.
const ACCORDING_WINDOW: usize = 24;

/// Below this P(content after the cue) (of 255), the content is the subject before the cue.
const CONTENT_BEFORE: u8 = 100;

/// The longest reported content (tokens). PolNeAR's longest run to about 300 words, 99.9% to 73;
/// without a bound, a long sentence of many cues (a list pasted without full stops) would give
/// contents each running to its end, and an output quadratic in its length.
const MAX_CONTENT: usize = 400;

/// How far after a cue a `that` may open the content (`told reporters on Tuesday that`).
const THAT_WINDOW: usize = 8;
/// How far that `that` may come after a time or place tail opening right after the cue.
const TAIL_THAT_WINDOW: usize = 20;

pub(crate) fn sentence(
    e: &mut Engine,
    si: usize,
    span: Span,
    headline: bool,
    toks: &[Token],
    quotations: &[Quotation],
) {
    let text = e.text;
    // Forget the cues and quotations of earlier sentences.
    e.used_cues.retain(|&c| c >= span.start);
    e.direct_spans.retain(|d| d.end > span.start);
    // Sorted, so that each cue looks them up in log time (a sentence may hold thousands).
    e.used_cues.sort_unstable();
    crate::order::by_key(&mut e.direct_spans, |d| (d.end, d.start, 0));
    let (cuts, hard_cuts) = cuts(e, toks);
    let mut next_cut = 0;
    for j in 0..toks.len() {
        let t = toks[j];
        if !t.word || t.quoted {
            continue;
        }
        let single = e.cue(&t);
        // "talked about", "criticism of": a pair surer than its first word heads as one cue.
        let pair = match toks.get(j + 1) {
            // Only a particle can end a pair: test that without lowercasing anything.
            Some(n)
                if n.word
                    && !n.quoted
                    && lexicon::is_cue_particle_ignoring_case(n.span.text(text)) =>
            {
                let (a, b) = (e.lower(&t), e.lower(n));
                let mut buf = String::new();
                cues::pair_weight(&a, &b, &mut buf)
            }
            _ => None,
        };
        let (w, after, class, cue_len) = match (single, pair) {
            (s, Some(p)) if s.is_none_or(|s| p.0 > s.0) => (p.0, p.1, p.2, 2),
            (Some(s), _) => (s.0, s.1, s.2, 1),
            _ => continue,
        };
        // A headline drops its articles and auxiliaries, so that nouns read as verbs ("Port
        // strike talks collapse …"): there only a word that is nearly always a cue ("says")
        // reports.
        if headline && w < super::STRONG_CUE {
            continue;
        }
        // The words around it make it more or less likely a cue ("believe that" / "the support").
        let w = if cue_len == 1 {
            let ctx = |e: &mut Engine, t: Option<&Token>| {
                t.filter(|t| t.word).map(|t| (e.lower(t), t.capitalised()))
            };
            let prev = ctx(e, j.checked_sub(1).map(|i| &toks[i]));
            let next = ctx(e, toks.get(j + 1));
            cues::in_context(
                w,
                cues::prev_class(prev.as_ref().map(|(s, c)| (s.as_str(), *c))),
                cues::next_class(next.as_ref().map(|(s, c)| (s.as_str(), *c))),
            )
        } else {
            w
        };
        if w < REPORTED_MIN || e.used_cues.binary_search(&t.span.start).is_ok() {
            continue;
        }
        // Adverbs ("also", "reportedly") belong to a cue but never head one; after a possessive
        // the word is a noun or an adjective.
        let word = e.lower(&t);
        if lexicon::is_cue_prefix(&word)
            || (j > 0 && toks[j - 1].word && lexicon::is_possessive(&e.lower(&toks[j - 1])))
        {
            continue;
        }
        // After an article the word is a noun ("The talks came …"): it reports only with its
        // clause or object next ("the claim that …", "a statement:"), and not as the channel of
        // the clause's own cue ("said in a statement that …" is one report, the verb's).
        if cue_len == 1 && j > 0 && toks[j - 1].word && lexicon::is_article(&e.lower(&toks[j - 1]))
        {
            let channel = j >= 2
                && matches!(class, CueClass::Speech | CueClass::Writing)
                && toks[j - 2].word
                && lexicon::is_channel_preposition(&e.lower(&toks[j - 2]));
            let object_next = toks
                .get(j + 1)
                .is_some_and(|n| n.is(':') || n.word && lexicon::is_complementiser(&e.lower(n)));
            if channel || !object_next {
                continue;
            }
        }
        // "spoke to reporters", "talked with voters", "spoke Thursday night": an audience or a
        // time, not what was said (that comes with "about" or "of", a pair cue of its own).
        if cue_len == 1
            && lexicon::is_audience_verb(&word)
            && toks.get(j + 1).is_none_or(|n| {
                !n.word || {
                    let w = e.lower(n);
                    matches!(w.as_str(), "to" | "with") || lexicon::is_cue_suffix_start(&w)
                }
            })
        {
            continue;
        }
        if in_set_phrase(e, toks, j, &word) {
            continue;
        }
        // "Obama found himself in the awkward position …": with a reflexive object, "find" places
        // its subject, it reports nothing.
        if lexicon::is_finding_verb(&word)
            && toks
                .get(j + 1)
                .is_some_and(|n| n.word && lexicon::is_reflexive(&e.lower(n)))
        {
            continue;
        }
        // "a group called Citizens for Trump", "a show called \"Brokers\"": a naming participle
        // after an indefinite noun names, it does not report.
        if j >= 2
            && lexicon::is_naming_participle(&word)
            && toks[j - 1].word
            && toks[j - 2].word
            && matches!(e.lower(&toks[j - 2]).as_str(), "a" | "an")
        {
            continue;
        }
        // A noun before the real cue ("A White House statement said"): the stronger word heads.
        if cue_len == 1
            && toks
                .get(j + 1)
                .is_some_and(|n| e.cue(n).is_some_and(|(w2, _, _)| w2 >= w))
        {
            continue;
        }
        while next_cut < cuts.len() && cuts[next_cut] <= j {
            next_cut += 1;
        }
        let end = cuts.get(next_cut).copied().unwrap_or(toks.len());
        // Object-like contents ("denied it, with …") stop at the next comma.
        let key = if cue_len == 2 {
            let mut k = word.clone();
            k.push(' ');
            k.push_str(&e.lower(&toks[j + 1]));
            k
        } else {
            word.clone()
        };
        let comma_stop = cues::comma(&key) > COMMA_STOP;
        let found = if word == "according" {
            according(e, toks, &cuts, j, end)
        } else {
            verb(
                e,
                toks,
                (&cuts, &hard_cuts),
                j,
                cue_len,
                after,
                comma_stop,
                end,
                &word,
            )
        };
        let Some(Reading {
            content,
            speaker,
            layout,
            split,
        }) = found
        else {
            continue;
        };
        // "Smith said last week.", "…, she told reporters on Thursday.": a time (or a place) is
        // not what was said.
        if only_time_or_place(e, toks, content) {
            continue;
        }
        // The direct quotations that end inside or after the content (a few at most overlap it).
        let first = e.direct_spans.partition_point(|d| d.end <= content.start);
        e.work += 1;
        if content.is_empty()
            || e.direct_spans[first..]
                .iter()
                .take(8)
                .any(|d| d.overlaps(content) && content.len() <= d.len() * 2)
        {
            continue;
        }
        let content = end_at_quotation(e, toks, quotations, content);
        // A first half of a few words ("Any small hospital, he said, would …", "In December,
        // he said, the …") is the subject or a fronted phrase of the claim after the cue, not a
        // claim of its own; a clause before the cue is one.
        let split = split.filter(|s| s.text(e.text).split_whitespace().nth(3).is_some());
        for content in split.into_iter().chain([content]) {
            e.push(Found {
                kind: reported_kind(quotations, content),
                content,
                cue: cover(toks, j, j + cue_len),
                cue_weight: w,
                class,
                speaker,
                via: None,
                layout,
                carried: false,
                sentence: si,
            });
        }
    }
}

/// An interview or transcript line, `FALLIN: I think …` / `Q: …`: the speaker's words run to the
/// end of the paragraph. `opens_body`: the line is the body's first.
pub(crate) fn colon_line(
    e: &mut Engine,
    si: usize,
    toks: &[Token],
    quotations: &[Quotation],
    opens_body: bool,
) {
    let text = e.text;
    let Some(colon) = toks.iter().take(LABEL_TOKENS).position(|t| t.is(':')) else {
        return;
    };
    // "EXCLUSIVE – Roger Stone: …": a label in capitals before a dash is the page's.
    let from = match toks[..colon]
        .iter()
        .position(|t| t.is('–') || t.is('—') || t.is('-'))
    {
        Some(d)
            if d > 0
                && toks[..d]
                    .iter()
                    .all(|t| t.word && !t.span.text(text).chars().any(char::is_lowercase)) =>
        {
            d + 1
        }
        _ => 0,
    };
    // The name ends at "to" or "on" ("Clinton to Planned Parenthood: …", "CNN President On
    // Trump: …"); an organisation may be lowercase ("Clinton camp").
    let mut name_end = colon;
    for k in from..colon {
        let t = &toks[k];
        let w = e.lower(t);
        if k > from && matches!(w.as_str(), "to" | "on") {
            name_end = k;
            break;
        }
        if !t.word || t.quoted || !(t.capitalised() || k > from && lexicon::is_org_word(&w)) {
            return;
        }
    }
    if name_end == from
        || (name_end < colon && !toks[name_end + 1..colon].iter().all(|t| t.capitalised()))
    {
        return;
    }
    let first = e.lower(&toks[from]);
    let last = e.lower(&toks[name_end - 1]);
    // Page furniture ("Update:", "The Latest:", "Breaking:") and interview letters ("Q:", "A:").
    let furniture = lexicon::is_not_a_speaker_label(&first)
        || lexicon::is_not_a_speaker_label(&last)
        || (name_end == from + 1 && first.chars().nth(1).is_none());
    if furniture || toks[colon + 1..].iter().filter(|t| t.word).take(3).count() < 3 {
        return;
    }
    // "NEW DELHI: Nearly 150 …": a label in capitals opening the body is its dateline, unless
    // it comes again (a transcript's first line).
    let label = Span::new(toks[from].span.start, toks[colon].span.end).text(text);
    if opens_body && !label.chars().any(char::is_lowercase) && text.matches(label).nth(1).is_none()
    {
        return;
    }
    let start = toks[colon + 1].span.start;
    // The paragraph ends at the next line break (each paragraph is scanned once).
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let end = start + text[start..end].trim_end().len();
    let content = Span::new(start, end);
    if is_name_list(content.text(text)) {
        return;
    }
    let kind = reported_kind(quotations, content);
    e.push(Found {
        kind,
        content,
        cue: Some(toks[colon].span),
        cue_weight: 128,
        class: crate::analysis::CueClass::Speech,
        speaker: cover(toks, from, name_end),
        via: None,
        layout: Layout::After,
        carried: false,
        sentence: si,
    });
}

/// "Ryan Call, Laura Carno, Matt Chandler, …": a list of names (three commas or more, nearly
/// every word capitalised) is what a label lists, not what it said.
fn is_name_list(s: &str) -> bool {
    let words = s.split_whitespace().count();
    let capitalised = s
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    s.matches(',').count() >= 3 && capitalised * 5 >= words * 4
}

/// Token indices where reported content stops: `;`, and a comma before another attribution
/// (`, X said`, `, adding`, `, according to`) or before a clause of its own (`, but`, `, which`,
/// `, drawing …`). One pass, a bounded look-ahead per comma. The second list leaves out the
/// clause openers: a claim that ends at its cue (`…, but …, X said.`) runs back past them.
fn cuts(e: &mut Engine, toks: &[Token]) -> (Vec<usize>, Vec<usize>) {
    let mut out = Vec::new();
    let mut hard = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.quoted {
            continue;
        }
        if t.is(';') {
            out.push(i);
            hard.push(i);
        } else if t.word
            && i + 1 < toks.len()
            && toks[i + 1].word
            && !toks[i + 1].quoted
            && {
                let w = e.lower(t);
                lexicon::is_cue_joiner(&w)
            }
            && e.cue(&toks[i + 1])
                .is_some_and(|(w, _, _)| w >= REPORTED_MIN)
        {
            // "… and added": a second report of the same speaker.
            out.push(i);
            hard.push(i);
        } else if t.word && lexicon::is_cue_joiner(&e.lower(t)) && {
            // "… and 14 percent said …": a second report of another speaker.
            let lim = toks.len().min(i + 2 + JOINED_SUBJECT_TOKENS);
            let mut k = i + 1;
            while k < lim
                && toks[k].word
                && !toks[k].quoted
                && e.cue(&toks[k]).is_none_or(|c| c.0 < super::STRONG_CUE)
            {
                k += 1;
            }
            e.work += k - i;
            k > i + 1 && k < lim && toks[k].word && !toks[k].quoted
        } {
            out.push(i);
            hard.push(i);
        } else if t.is(',')
            && toks.get(i + 1).is_some_and(|n| {
                n.word && !n.quoted && {
                    let w = e.lower(n);
                    lexicon::is_clause_opener(&w)
                        || (w.len() > 5
                            && w.ends_with("ing")
                            && !n.capitalised()
                            && !lexicon::is_ing_preposition(&w))
                }
            })
        {
            // "…, but", "…, which", "…, drawing a sharp reply".
            out.push(i);
        } else if t.is(',') {
            for k in i + 1..toks.len().min(i + 2 + MAX_NP / 2) {
                e.work += 1;
                if !toks[k].word || toks[k].quoted {
                    break;
                }
                if e.cue(&toks[k]).is_some_and(|(w, _, _)| w >= REPORTED_MIN) {
                    out.push(i);
                    hard.push(i);
                    break;
                }
            }
        }
    }
    (out, hard)
}

/// Is a quotation opening inside `span`?
/// Reported speech that carries quoted words is mixed; without them, indirect.
/// How many quotations inside a content are looked at for [`end_at_quotation`].
const QUOTATIONS_IN_CONTENT: usize = 4;

/// A mixed content ends with its quotation when a comma and a clause of the writer's follow it
/// (`things "should be wrapped up by Cleveland," referring to the convention` → the quoted
/// claim; `are "about right," though voters …`).
fn end_at_quotation(
    e: &mut Engine,
    toks: &[Token],
    quotations: &[Quotation],
    content: Span,
) -> Span {
    let first = quotations.partition_point(|q| q.outer.start < content.start);
    for q in quotations[first..].iter().take(QUOTATIONS_IN_CONTENT) {
        if q.outer.end >= content.end {
            break;
        }
        let mut i = toks.partition_point(|t| t.span.start < q.outer.end);
        let comma_after = toks.get(i).is_some_and(|t| t.is(','));
        let comma = comma_after || q.inner.text(e.text).trim_end().ends_with(',');
        i += usize::from(comma_after);
        let words_after = toks[i..]
            .iter()
            .take_while(|t| t.span.end <= content.end)
            .filter(|t| t.word)
            .take(2)
            .count();
        let opener = toks.get(i).is_some_and(|t| {
            t.word && !t.quoted && {
                let w = e.lower(t);
                w.ends_with("ing") || lexicon::is_after_quotation_opener(&w)
            }
        });
        if comma && opener && words_after == 2 {
            return Span::new(content.start, q.outer.end);
        }
    }
    content
}

fn reported_kind(quotations: &[Quotation], content: Span) -> Kind {
    if has_quotation(quotations, content) {
        Kind::Mixed
    } else {
        Kind::Indirect
    }
}

fn has_quotation(quotations: &[Quotation], span: Span) -> bool {
    let i = quotations.partition_point(|q| q.outer.start < span.start);
    quotations.get(i).is_some_and(|q| q.outer.start < span.end)
        || i.checked_sub(1).is_some_and(|p| {
            quotations[p].outer.end > span.start && quotations[p].outer.end <= span.end
        })
}

/// The content from token `a` to `b` (exclusive), without edge punctuation; needs two words.
fn content(toks: &[Token], a: usize, b: usize) -> Option<Span> {
    content_of(toks, a, b, 2)
}

/// [`content`] with at least `min_words` words.
fn content_of(toks: &[Token], mut a: usize, b: usize, min_words: usize) -> Option<Span> {
    while a < b && !toks[a].word && !toks[a].quoted {
        a += 1;
    }
    let mut b = b.min(a + MAX_CONTENT);
    while b > a && !toks[b - 1].word && !toks[b - 1].quoted {
        b -= 1;
    }
    let words = toks[a..b].iter().filter(|t| t.word).take(min_words).count();
    (words >= min_words).then(|| cover(toks, a, b)).flatten()
}

/// The first cut after token `i` (`or` when none): cuts are sorted, so a binary search.
fn cut_after(cuts: &[usize], i: usize, or: usize) -> usize {
    cuts.get(cuts.partition_point(|&c| c <= i))
        .copied()
        .unwrap_or(or)
}

/// The start of the clause that ends before token `le`: after the last cut before it.
fn clause_start(cuts: &[usize], le: usize) -> usize {
    let i = cuts.partition_point(|&c| c < le);
    i.checked_sub(1).map_or(0, |p| cuts[p] + 1)
}

/// What a cue reports: its content, speaker and layout, and the content's first half when the cue
/// splits it (`The problem, she said, is that …`).
struct Reading {
    content: Span,
    speaker: Option<Span>,
    layout: Layout,
    split: Option<Span>,
}

impl Reading {
    fn new(content: Span, speaker: Option<Span>, layout: Layout) -> Self {
        Reading {
            content,
            speaker,
            layout,
            split: None,
        }
    }
}

/// How far into a content (tokens) a participle may take over its report.
const PARTICIPLE_WINDOW: usize = 6;

/// Does a reporting participle follow a short object at `r` that opens with an article or a
/// possessive ("a statement saying", "his video on Facebook claiming")? Words only: a comma or a
/// "that" ends the object.
fn reporting_participle_after(e: &mut Engine, toks: &[Token], r: usize, stop: usize) -> bool {
    let opens_object = toks.get(r).is_some_and(|t| {
        t.word && {
            let w = e.lower(t);
            lexicon::is_article(&w) || lexicon::is_possessive(&w)
        }
    });
    if !opens_object {
        return false;
    }
    for t in toks[r + 1..stop.min(r + PARTICIPLE_WINDOW)].iter() {
        if !t.word || t.quoted {
            return false;
        }
        let w = e.lower(t);
        if lexicon::is_complementiser(&w) {
            return false;
        }
        if lexicon::is_reporting_participle(&w) {
            return true;
        }
    }
    false
}

/// Is the content a time, a place or a channel and nothing else ("last week", "on Thursday",
/// "from Los Angeles", "on its website": "Lerer reported from Los Angeles." reports nothing)?
pub(crate) fn only_time_or_place(e: &mut Engine, toks: &[Token], content: Span) -> bool {
    let (a, b) = range(toks, content);
    let (mut anchored, mut place, mut channel) = (false, false, false);
    // A time or a place is short: a longer content is not read to its end.
    for (n, t) in toks[a..b].iter().filter(|t| t.word).enumerate() {
        let w = e.lower(t);
        if n == 4 {
            return false;
        }
        if n == 0 && lexicon::is_place_preposition(&w) {
            place = true;
        } else if n == 0 && w == "on" {
            channel = true;
        } else if lexicon::is_time_word(&w)
            || place && t.capitalised()
            || channel && super::speaker_lexicon::is_platform(&w)
        {
            anchored = true;
        } else if !(lexicon::is_time_modifier(&w) || channel && lexicon::is_determiner(&w)) {
            return false;
        }
    }
    anchored
}

/// `According to X, …` and `…, according to X.`
fn according(
    e: &mut Engine,
    toks: &[Token],
    cuts: &[usize],
    j: usize,
    end: usize,
) -> Option<Reading> {
    let text = e.text;
    if j + 1 >= toks.len() || e.lower(&toks[j + 1]) != "to" {
        return None;
    }
    let mut speaker = speakers::right(text, toks, j + 2, toks.len(), &mut e.buf);
    let mut after_np = speaker.map_or(j + 2, |s| toks.partition_point(|t| t.span.start < s.end));
    // "…, according to credible reports received by Amnesty.": a source ending the sentence runs
    // to its end, past what a speaker phrase holds.
    // (Only a short one: no long sentence is scanned for each cue.)
    let closing = speaker.is_some()
        && j > 0
        && toks[j - 1].is(',')
        && end == toks.len()
        && end < j + 2 + ACCORDING_WINDOW / 2;
    if let Some(last) = (after_np..end)
        .rev()
        .find(|&i| toks[i].word)
        .filter(|_| closing)
    {
        if toks[after_np..=last].iter().all(|t| t.word && !t.quoted) {
            speaker = cover(toks, j + 2, last + 1);
            after_np = last + 1;
        }
    }
    // The source ends at the next comma, even past what a speaker phrase may hold ("According
    // to early results of exit polls conducted for the AP and networks, …").
    let mut comma = (after_np..toks.len().min(j + 2 + ACCORDING_WINDOW))
        .find(|&i| toks[i].is(',') && !toks[i].quoted);
    let opens = j == 0
        || !toks[..j].iter().take(3).any(|t| t.word)
        || toks[j - 1].is(':')
        || (clause_start(cuts, j) == j && !toks[j - 1].is(','))
        || fronted_adjunct(e, toks, clause_start(cuts, j.saturating_sub(1)), j);
    // With no comma after it, a source holding one took the claim for an apposition
    // ("According to two auditors, the fund lost …"): it ends at its first comma. Not when the
    // claim came before it: "…, according to Brian Wieser, an analyst at Pivotal." is all source.
    if comma.is_none() && speaker.is_some() && opens {
        if let Some(c) = (j + 3..after_np).find(|&i| toks[i].is(',')) {
            speaker = cover(toks, j + 2, c);
            comma = Some(c);
        }
    }
    // "According to documents from Diane Blair, a close friend of hers who died in 2000, the first
    // lady …": an apposition with a relative clause is still the source's; the claim follows it.
    if let Some(c) = comma.filter(|_| opens) {
        comma = Some(past_apposition(e, toks, c).unwrap_or(c));
    }
    if let Some(comma) = comma.filter(|_| opens) {
        let stop = cut_after(cuts, comma, toks.len());
        let c = content(toks, comma + 1, stop)?;
        return Some(Reading::new(c, speaker, Layout::According));
    }
    let mut a = clause_start(cuts, j.saturating_sub(1));
    // "But, according to the poll, …": a conjunction joins, it is not what was said.
    if a + 1 < j && toks[a + 1].is(',') && lexicon::is_cue_joiner(&e.lower(&toks[a])) {
        a += 2;
    }
    // "The implication, according to the aide, is that …": the content goes on after the source;
    // its first half may be one word ("Fundraising, according to the campaign, has surged").
    // Unless that is an apposition to the source running to the end: "…, according to Brian
    // Wieser, an analyst at Pivotal Research Group."
    if let Some(comma) = comma.filter(|&c| {
        c + 1 < end && j > 0 && toks[j - 1].is(',') && !apposition_to_end(e, toks, c, end)
    }) {
        if let Some(rest) = content(toks, comma + 1, end) {
            let split = content_of(toks, a, j, 1);
            return Some(Reading {
                content: rest,
                speaker,
                layout: Layout::According,
                split,
            });
        }
    }
    let before = content(toks, a, j)?;
    Some(Reading::new(before, speaker, Layout::According))
}

/// The comma that closes an apposition opening at the comma `c`: a noun phrase with a determiner
/// ("a close friend of hers") and, after it, at most a relative clause before the next comma.
/// `None` when what follows `c` is a clause ("the talks will resume").
fn past_apposition(e: &mut Engine, toks: &[Token], c: usize) -> Option<usize> {
    let first = toks.get(c + 1).filter(|t| t.word)?;
    if !lexicon::is_article(&e.lower(first)) {
        return None;
    }
    let limit = toks.len().min(c + 1 + ACCORDING_WINDOW);
    let np = speakers::right(e.text, toks, c + 1, limit, &mut e.buf)?;
    let after = toks.partition_point(|t| t.span.start < np.end);
    let next = toks.get(after)?;
    let relative = next.word && lexicon::is_apposition_relative(&e.lower(next));
    if !(relative || next.is(',')) {
        return None;
    }
    (after..limit).find(|&i| toks[i].is(',') && !toks[i].quoted)
}

/// Is all that follows the comma `c` up to `end` a noun phrase with an article, its prepositional
/// phrases included ("an analyst at Pivotal Research Group")?
fn apposition_to_end(e: &mut Engine, toks: &[Token], c: usize, end: usize) -> bool {
    // No longer than a source may be (and no scan of a long sentence for each cue).
    let opens = toks
        .get(c + 1)
        .is_some_and(|t| t.word && lexicon::is_article(&e.lower(t)));
    if !opens || end > c + 1 + ACCORDING_WINDOW {
        return false;
    }
    let mut i = c + 1;
    // A noun phrase, then at most two "of / at / in …" phrases, and at most a relative clause
    // ("a businessman who sat on its board").
    for _ in 0..3 {
        let Some(np) = speakers::right(e.text, toks, i, end, &mut e.buf) else {
            return false;
        };
        i = toks.partition_point(|t| t.span.start < np.end);
        if !toks[i..end].iter().any(|t| t.word) {
            return true;
        }
        let w = e.lower(&toks[i]);
        if toks[i].word && lexicon::is_apposition_relative(&w) {
            return true;
        }
        if !(toks[i].word && lexicon::is_apposition_preposition(&w)) {
            return false;
        }
        i += 1;
    }
    false
}

/// The longest scene-setting phrase before "according to" (tokens).
const FRONTED_ADJUNCT_TOKENS: usize = 8;

/// Is `toks[a..j]` a short scene-setting phrase before `, according to X, …` ("But the next
/// day", "In addition", "Since last November")? Then what X said follows the source.
fn fronted_adjunct(e: &mut Engine, toks: &[Token], mut a: usize, j: usize) -> bool {
    if a < j && toks[a].word && lexicon::is_cue_joiner(&e.lower(&toks[a])) {
        a += 1;
    }
    // A long clause is no short phrase (and is not rescanned for each cue).
    if j > a + FRONTED_ADJUNCT_TOKENS {
        return false;
    }
    let words = (a..j).filter(|&i| toks[i].word).count();
    let first = (a..j).find(|&i| toks[i].word);
    let last = (a..j).rev().find(|&i| toks[i].word);
    match (first, last) {
        // (A clause is no phrase: "Admissions have doubled since June, according to …".)
        (Some(f), Some(l))
            if words <= 5
                && toks[j - 1].is(',')
                && !toks[f..l]
                    .iter()
                    .any(|t| t.word && lexicon::is_auxiliary(&e.lower(t))) =>
        {
            let (first, last) = (e.lower(&toks[f]), e.lower(&toks[l]));
            // (Not an -ing word: "Fundraising, according to …, has surged" is a claim's subject.)
            lexicon::is_adjunct_opener(&first) && !first.ends_with("ing")
                || lexicon::is_time_word(&first)
                || lexicon::is_time_word(&last)
        }
        _ => false,
    }
}

/// A verb (or noun) cue: `X said (that) …`, `X told Y that …`, `…, X said.`, `…, said X.`
fn verb(
    e: &mut Engine,
    toks: &[Token],
    (cuts, hard_cuts): (&[usize], &[usize]),
    j: usize,
    cue_len: usize,
    after: u8,
    comma_stop: bool,
    end: usize,
    word: &str,
) -> Option<Reading> {
    let text = e.text;
    // The subject: the noun phrase before the cue, past "has also", "reportedly" and the like.
    let mut k = j;
    while k > 0 && toks[k - 1].word && lexicon::is_cue_prefix(&e.lower(&toks[k - 1])) && j - k < 3 {
        k -= 1;
    }
    let mut subject = k
        .checked_sub(1)
        .and_then(|end| speakers::left(text, toks, 0, end, &mut e.buf));
    let mut subject_start = subject.map(|s| toks.partition_point(|t| t.span.start < s.start));
    // (Not for a participle: `…, the governor stayed upbeat, reminding …` hangs on the clause.)
    if subject.is_none()
        && k >= 2
        && toks[k - 1].is(',')
        && toks[k - 2].word
        && !word.ends_with("ing")
    {
        // "Cruz, who has seen his lead evaporate, challenged …": cross back to the comma before.
        let floor = k.saturating_sub(16);
        if let Some(c) = (floor..k - 1).rev().find(|&c| toks[c].is(',')) {
            let first = e.lower(toks.get(c + 1)?);
            let relative = matches!(first.as_str(), "who" | "which");
            // An apposition is a noun phrase to the comma ("Cruz, the front-runner, said"), not a
            // clause ("…, the race will be tight, said Dan Gerstein": the claim, then the
            // speaker after the cue).
            let apposition = (matches!(first.as_str(), "the" | "a" | "an")
                || first.ends_with("'s"))
                && !speakers::right(text, toks, c + 1, k - 1, &mut e.buf).is_some_and(|np| {
                    let next = toks.partition_point(|t| t.span.start < np.end);
                    next < k - 1 && toks[next].word && {
                        let w = e.lower(&toks[next]);
                        lexicon::is_auxiliary(&w) && !matches!(w.as_str(), "to" | "also" | "not")
                    }
                });
            if relative || apposition {
                if let Some(s) = c
                    .checked_sub(1)
                    .and_then(|end| speakers::left(text, toks, 0, end, &mut e.buf))
                {
                    subject = Some(s);
                    subject_start = Some(toks.partition_point(|t| t.span.start < s.start));
                }
            }
        }
    }
    // The content after the cue: past a hearer or a time phrase up to "that".
    let mut r = j + cue_len;
    if r < end && toks[r].word && matches!(e.lower(&toks[r]).as_str(), "out" | "up") {
        r += 1;
    }
    if r < end {
        let first = e.lower(&toks[r]);
        if lexicon::is_hearer_cue(word) || lexicon::is_cue_suffix_start(&first) || toks[r].is(',') {
            // A time and place tail set off by a comma may run long before its "that" ("said
            // Thursday during a taping of a town hall in Buffalo, New York, that …"); further
            // than THAT_WINDOW, a "that" without the comma is a relative ("a race that could …").
            let window = if lexicon::is_cue_suffix_start(&first) {
                TAIL_THAT_WINDOW
            } else {
                THAT_WINDOW
            };
            let lim = end.min(r + window);
            let mut i = r;
            while i < lim && (toks[i].word || toks[i].is(',')) && !toks[i].quoted {
                if lexicon::is_complementiser(&e.lower(&toks[i]))
                    && (i < r + THAT_WINDOW || toks[i - 1].is(','))
                {
                    r = i;
                    break;
                }
                i += 1;
            }
        }
        // "that" stays: it opens the reported clause (PolNeAR's contents start with it).
        if toks[r].is(':') || toks[r].is(',') {
            r += 1;
        }
    }
    // Cues whose content mostly comes first ("X appears to …", "X is expected to …"): the
    // subject is what is reported on, and no one is named as its source.
    if after < CONTENT_BEFORE {
        if let Some(s) = subject {
            // A passive with its agent ("changes proposed by the government"): the agent speaks.
            let agent = if cue_len == 2 && e.lower(&toks[j + 1]) == "by" {
                speakers::right(text, toks, j + 2, end, &mut e.buf)
            } else {
                None
            };
            return Some(Reading::new(s, agent, Layout::Before));
        }
    }
    // A passive with its agent ("the bill opposed by House Republicans", "As reported by the
    // Post, …"): the agent speaks, and what it spoke of is the subject or the clause after it.
    let by = j + cue_len;
    if cue_len == 1
        && word != "said"
        && (word.ends_with("ed") || word.ends_with("en"))
        && toks
            .get(by)
            .is_some_and(|t| t.word && !t.quoted && e.lower(t) == "by")
    {
        let agent = speakers::right(text, toks, by + 1, end, &mut e.buf);
        let after_agent = agent.map_or(by + 1, |a| toks.partition_point(|t| t.span.start < a.end));
        let fronted = k > 0 && e.lower(&toks[k - 1]) == "as" && clause_start(cuts, k - 1) + 1 >= k;
        if fronted && after_agent < end && toks[after_agent].is(',') {
            let c = content(toks, after_agent + 1, end)?;
            return Some(Reading::new(c, agent, Layout::According));
        }
        return subject.map(|s| Reading::new(s, agent, Layout::Before));
    }
    // `…, claiming the quarantine …`: a participle has no inverted speaker.
    let inverted_np = if subject.is_none()
        && cue_len == 1
        && (k == 0 || !toks[k - 1].word)
        && !word.ends_with("ing")
    {
        speakers::right(text, toks, j + 1, end, &mut e.buf)
    } else {
        None
    };
    // Where the content before `, X said` ends (exclusive): at its comma, or after the closing
    // marks of a quotation that holds the comma (`… was "heartbreaking," she said`).
    let comma_end = |at: usize| -> Option<usize> {
        if at > 0 && toks[at - 1].is(',') {
            return Some(at - 1);
        }
        let marks = toks[..at]
            .iter()
            .rev()
            .take(2)
            .take_while(|t| t.quoted && !t.word && !t.is(','));
        let m = at - marks.count();
        (m < at && m > 0 && toks[m - 1].is(',') && toks[m - 1].quoted).then_some(at)
    };
    // "…, said Dan Gerstein, director of …": a name right after the cue, after a comma or a
    // closing quotation mark, is the speaker even with a long apposition.
    if let Some(np) = inverted_np {
        let after_np = toks.partition_point(|t| t.span.start < np.end);
        let named = toks[j + 1].capitalised() || lexicon::is_determiner(&e.lower(&toks[j + 1]));
        // "…, said a former spokesman for the ministry.": a prepositional phrase may end a
        // role; the speaker then runs to the comma or the end.
        let head = toks[after_np - 1];
        let pp_end = toks
            .get(after_np)
            .filter(|t| t.word && lexicon::is_np_preposition(&e.lower(t)))
            // Only after a person's role ("a spokesman for"), not "endorsed Cruz for president".
            .filter(|_| {
                let h = e.lower(&head);
                lexicon::nominal(h.trim_end_matches('s')) == Some(lexicon::Refers::Person)
                    || lexicon::is_unnamed_word(&h)
            })
            .and_then(|_| {
                let lim = end.min(after_np + MAX_NP);
                let stop = (after_np + 1..lim).find(|&i| !toks[i].word).unwrap_or(lim);
                (stop >= end || toks[stop].is(',') || toks[stop].is('.')).then_some(stop)
            });
        let ends =
            after_np >= end || toks[after_np].is(',') || toks[after_np].is('.') || pp_end.is_some();
        if let Some(ce) = comma_end(k).filter(|_| named && ends) {
            let c = content(toks, clause_start(hard_cuts, ce), ce)?;
            let speaker = match pp_end {
                Some(stop) => cover(toks, j + 1, stop),
                None => inverted_np,
            };
            return Some(Reading::new(c, speaker, Layout::Before));
        }
    }
    // "…, X told The New York Times.": a hearer with no "that" after it is part of the tail.
    let hearer = (inverted_np.is_none()
        && lexicon::is_hearer_cue(word)
        && !toks[j + 1..end.min(j + 1 + THAT_WINDOW)]
            .iter()
            .any(|t| t.word && lexicon::is_complementiser(&e.lower(t))))
    .then(|| speakers::right(text, toks, j + 1, end, &mut e.buf))
    .flatten();
    // "…, said X." / "…, X said.": nothing but the speaker (or a time phrase) after the cue.
    let right_after_np = inverted_np
        .or(hearer)
        .map_or(j + 1, |s| toks.partition_point(|t| t.span.start < s.end));
    let tail_words = toks[right_after_np..end]
        .iter()
        .filter(|t| t.word)
        .take(3)
        .count();
    let suffix = toks
        .get(right_after_np)
        .is_some_and(|t| t.word && lexicon::is_cue_suffix_start(&e.lower(t)));
    // "…, the report says — also in line with …": after a dash, the writer's aside.
    let aside = toks
        .get(right_after_np)
        .is_some_and(|t| t.is('—') || t.is('–'));
    let closes = tail_words == 0 || (tail_words <= 2 && suffix) || aside;
    // After a plain speech cue, a longer tail of time and place ("said during a speech in Iowa
    // on Tuesday") closes it too, when no "that" follows and a whole clause, not a
    // scene-setting phrase ("In Iowa,"), stands before the comma.
    let place_tail = suffix
        && cue_len == 1
        && e.cue(&toks[j]).is_some_and(|c| c.0 >= super::STRONG_CUE)
        && !toks[right_after_np..end.min(right_after_np + COMMA_WINDOW)]
            .iter()
            .any(|t| t.word && lexicon::is_complementiser(&e.lower(t)));
    let claim_before = |e: &mut Engine, ce: usize| {
        let a = clause_start(cuts, ce);
        // Four words are enough to know: a long clause is not counted to its end for each cue.
        let (mut words, mut i) = (0, a);
        while i < ce && words < 4 {
            words += usize::from(toks[i].word);
            i += 1;
        }
        e.work += i - a;
        words >= 4 && toks[a].word && !lexicon::is_adjunct_opener(&e.lower(&toks[a]))
    };
    // "The problem, she said, is that …": a cue set off by commas splits its content in two; its
    // first part may be one word ("Trump, she said, has …").
    if let Some(ce) = subject_start.and_then(comma_end) {
        let after = j + cue_len;
        if after + 1 < toks.len() && toks[after].is(',') {
            let a = clause_start(cuts, ce);
            let first = content_of(toks, a, ce, 1);
            // The comma after the cue is a cut of its own when another cue follows it.
            let stop = cut_after(cuts, after, toks.len());
            if let (Some(first), Some(rest)) = (first, content(toks, after + 1, stop)) {
                // "But, Carson added, he …": a conjunction alone joins, it is not a first half.
                let joiner = a + 1 == ce && lexicon::is_cue_joiner(&e.lower(&toks[a]));
                return Some(Reading {
                    content: rest,
                    speaker: subject,
                    layout: Layout::After,
                    split: (!joiner).then_some(first),
                });
            }
        }
    }
    if let Some(ce) = inverted_np
        .and_then(|_| comma_end(k))
        .filter(|&ce| closes || place_tail && claim_before(e, ce))
    {
        let c = content(toks, clause_start(hard_cuts, ce), ce)?;
        return Some(Reading::new(c, inverted_np, Layout::Before));
    }
    if let Some(ce) = subject_start
        .and_then(comma_end)
        .filter(|&ce| closes || place_tail && claim_before(e, ce))
    {
        let c = content(toks, clause_start(hard_cuts, ce), ce)?;
        return Some(Reading::new(c, subject, Layout::Before));
    }
    // "Though Grassley said he'd hold a hearing, it's unlikely …": a report inside a fronted
    // subordinate clause ends with that clause, at its comma. (Read within the subject window:
    // no cue rescans a long sentence from its start.)
    let fronted = j <= speakers::SUBJECT_WINDOW
        && toks
            .first()
            .is_some_and(|t| t.word && lexicon::is_fronted_subordinator(&e.lower(t)))
        && !toks[..j].iter().any(|t| t.is(','));
    let stop = if comma_stop || fronted {
        (r + 1..end.min(r + COMMA_WINDOW))
            .find(|&i| toks[i].is(',') && !toks[i].quoted)
            .unwrap_or(end)
    } else {
        end
    };
    // "X issued a statement saying …", "X posted a video claiming …": the participle reports
    // (with this cue's subject); the object before it is the channel, not what was said.
    if lexicon::is_channel_object_verb(word) && reporting_participle_after(e, toks, r, stop) {
        return None;
    }
    let c = content(toks, r, stop)?;
    // "Trump appears to …", "She was asked about …": the subject of a raising verb or of a
    // passive is what is reported on, not who reports it; no one is named.
    let participle =
        word.ends_with("ed") || word.ends_with("en") || lexicon::is_irregular_participle(word);
    let passive = participle
        && toks[k.saturating_sub(1)..j]
            .iter()
            .any(|t| t.word && super::speaker_lexicon::is_copula(&e.lower(t)));
    // "…, aimed at finding a solution": a participle of intention right after a comma modifies
    // the noun before it (a passive without its copula); no one is named.
    let reduced = participle
        && subject.is_none()
        && k > 0
        && toks[k - 1].is(',')
        && e.cue(&toks[j])
            .is_some_and(|c| matches!(c.2, crate::analysis::CueClass::Belief));
    // "…, he said when asked about …", "Asked whether he would …, Johnson demurred": the one
    // asked is not the asker, who goes unnamed.
    let asked_of = lexicon::is_hearer_cue(word)
        && participle
        && (k == 0 || toks[k - 1].word && lexicon::is_fronted_subordinator(&e.lower(&toks[k - 1])));
    let passive = passive || reduced || asked_of;
    if lexicon::is_raising_cue(word) || passive {
        return Some(Reading::new(c, None, Layout::After));
    }
    let speaker = subject.or_else(|| e.clause_subject(toks, j).filter(|sp| !sp.overlaps(c)));
    Some(Reading::new(c, speaker, Layout::After))
}

/// Whether the cue word at `j` is part of an idiom, or of a set phrase that stands alone after the
/// clause's start (a punctuation mark, "and", "but") and before a punctuation mark ("All told, up
/// to 5 million could be eligible", "That said, …"; "a statement that said" reports).
fn in_set_phrase(e: &mut Engine, toks: &[Token], j: usize, word: &str) -> bool {
    let mut matches = |table: &'static str, alone: bool| {
        crate::wordlist::rows(table).any(|row| {
            let Some(start) = row
                .words()
                .position(|w| w == word)
                .and_then(|k| j.checked_sub(k))
            else {
                return false;
            };
            let end = start + row.len();
            let opens = !alone || start == 0 || {
                let t = &toks[start - 1];
                !t.word || lexicon::is_cue_joiner(&e.lower(t))
            };
            opens
                && end <= toks.len()
                && (!alone || toks.get(end).is_none_or(|t| !t.word))
                && row
                    .words()
                    .zip(&toks[start..end])
                    .all(|(w, t)| t.word && e.lower(t) == w)
        })
    };
    matches(lexicon::IDIOMS, false) || matches(lexicon::SET_PHRASES, true)
}
