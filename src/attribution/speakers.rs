//! Speaker noun phrases, read outward from a cue over the sentence's tokens, and their sourcing
//! class. Every walk is bounded by `MAX_NP` words, so the cost per cue is constant.

use super::lexicon;
use super::speaker_lexicon;
use super::tokens::{lower, range, Token};
use crate::analysis::{CueClass, Sourcing, Span};

/// The longest speaker noun phrase, in tokens.
pub const MAX_NP: usize = 9;

/// A capitalised -ing word: a participle opening a clause ("Continuing to explain", "Rattling
/// off") or a name ("Schilling", "Xi Jinping", "Beijing").
fn capitalised_ing(text: &str, t: &Token, buf: &mut String) -> bool {
    t.word && t.capitalised() && {
        let w = lower(text, t, buf);
        w.len() > 5 && w.ends_with("ing")
    }
}

/// Is the capitalised -ing word `toks[i]` (walking right from `start`) a name? It is after another
/// capitalised word of the phrase ("Gene Sperling"), or when what follows it could only follow a
/// name: punctuation ("…, said Ebeling.") or a verb that reports ("Schilling told"). A participle
/// is followed by its object or a preposition ("Speaking to reporters").
fn ing_is_name(text: &str, toks: &[Token], start: usize, i: usize, buf: &mut String) -> bool {
    if i > start && toks[i - 1].capitalised() && !capitalised_ing(text, &toks[i - 1], buf) {
        return true;
    }
    match toks.get(i + 1) {
        None => true,
        Some(n) if !n.word => true,
        Some(n) if n.capitalised() || n.quoted => false,
        Some(n) => {
            let w = lower(text, n, buf);
            speaker_lexicon::is_between_subject_and_cue(w)
                || !w.ends_with("ing") && is_reporting_verb(w)
        }
    }
}

fn is_reporting_verb(w: &str) -> bool {
    super::cues::weight(w).is_some_and(|(p, _, _)| p >= super::REPORTED_MIN)
}

/// "Asked about …", "Pressed on …": a capitalised past participle with a lowercase word after it
/// opens a clause (a name ending in -ed is followed by its verb: "Mohammed said").
fn opens_with_participle(text: &str, toks: &[Token], start: usize, buf: &mut String) -> bool {
    let t = &toks[start];
    t.capitalised()
        && {
            let w = lower(text, t, buf);
            w.len() > 4 && w.ends_with("ed")
        }
        && toks.get(start + 1).is_some_and(|n| {
            n.word && !n.capitalised() && !n.quoted && !is_reporting_verb(lower(text, n, buf))
        })
}

/// A capitalised modal `toks[i]` is a name ("Theresa May said", "Will wrote"), unless a time
/// word or preposition makes it the month ("In May,", "last May").
fn is_modal_name(text: &str, toks: &[Token], i: usize, buf: &mut String) -> bool {
    toks[i].capitalised()
        && speaker_lexicon::is_modal_name(lower(text, &toks[i], buf))
        && (i == 0
            || !lower_word(text, &toks[i - 1], buf).is_some_and(|w| {
                speaker_lexicon::is_time_preposition(w)
                    || speaker_lexicon::is_time_phrase_word(w)
                    || speaker_lexicon::is_time_adverb(w)
            }))
}

fn np_word_or_participle(text: &str, t: &Token, ing_name: bool, buf: &mut String) -> bool {
    if !t.word || t.quoted {
        return false;
    }
    let cap = t.capitalised();
    let w = lower(text, t, buf);
    // "doesn't", "they're": a verb or a pronoun with its verb, never part of a name.
    if w.contains("n't") || w.ends_with("'re") || w.ends_with("'ve") || w.ends_with("'ll") {
        return false;
    }
    // "There's still time", "It's become": a pronoun with "is", not a possessive.
    if speaker_lexicon::is_pronoun_with_is(w) {
        return false;
    }
    // "Continuing to explain", "Rattling off": a capitalised participle opens a clause, unless
    // the caller knows it to be a name.
    if cap && w.len() > 5 && w.ends_with("ing") && !ing_name {
        return false;
    }
    // Capitalised clause words ("When", "In", "Although") open a clause, not a name.
    !lexicon::is_np_breaker(w)
        && (cap || super::cues::weight(w).is_none_or(|(p, _, _)| p < super::QUOTE_MIN))
}

fn is_pronoun(text: &str, t: &Token, buf: &mut String) -> bool {
    let w = lower(text, t, buf);
    lexicon::anaphor(w).is_some() || lexicon::is_deictic(w)
}

/// How many words between a subject and its cue ("could not resist", "have often been") a walk
/// steps over.
const MAX_BETWEEN: usize = 5;

fn lower_word<'b>(text: &str, t: &Token, buf: &'b mut String) -> Option<&'b str> {
    (t.word && !t.quoted).then(|| lower(text, t, buf))
}

/// The speaker that ends at token `end` (inclusive), walking left; `floor` is the first token it
/// may take. Words that stand between a subject and its cue ("has often", "could not resist") are
/// stepped over; a relative pronoun is the speaker itself ("officials who have questioned"); a
/// noun phrase that is the object of a verb ("Trump and Ryan issued a statement describing")
/// gives way to the subject before the verb.
pub fn left(
    text: &str,
    toks: &[Token],
    floor: usize,
    end: usize,
    buf: &mut String,
) -> Option<Span> {
    let s = left_at(text, toks, floor, end, buf, false)?;
    // "Another source speaking to Fox News said": the hearer of a participle is not the
    // subject; the one speaking is.
    let a = toks.partition_point(|t| t.span.start < s.start);
    if a >= floor + 3
        && lower_word(text, &toks[a - 1], buf).is_some_and(|w| matches!(w, "to" | "with"))
        && lower_word(text, &toks[a - 2], buf)
            .is_some_and(|w| w.ends_with("ing") && lexicon::is_audience_verb(w))
    {
        return left_at(text, toks, floor, a - 3, buf, true);
    }
    Some(coordinated(text, toks, floor, s, buf).unwrap_or(s))
}

/// "The White House and the Kremlin said": both conjuncts speak, when the first opens its clause
/// (the sentence's start, or a comma, colon or semicolon before it). Not "… said the plan failed
/// and Trump said": there the phrase before "and" ends another clause.
fn coordinated(
    text: &str,
    toks: &[Token],
    floor: usize,
    s: Span,
    buf: &mut String,
) -> Option<Span> {
    let a = toks.partition_point(|t| t.span.start < s.start);
    if a < floor + 2 || lower_word(text, &toks[a - 1], buf) != Some("and") {
        return None;
    }
    let first = noun_phrase(text, toks, floor, a - 2, buf)?;
    let f = toks.partition_point(|t| t.span.start < first.start);
    let opens = f == floor || toks[f - 1].is(',') || toks[f - 1].is(':') || toks[f - 1].is(';');
    (opens && !names_no_one(text, toks, first, buf) && !is_pronoun(text, &toks[f], buf))
        .then(|| Span::new(first.start, s.end))
}

/// [`left`]; `again` is set when a rule below walks on from a verb's subject, which it does
/// only once (bounded work and stack, whatever the text).
fn left_at(
    text: &str,
    toks: &[Token],
    floor: usize,
    end: usize,
    buf: &mut String,
    again: bool,
) -> Option<Span> {
    let cue_end = end;
    if let Some(s) = fronted_participle_subject(text, toks, floor, end, buf) {
        return Some(s);
    }
    // "X made it clear that": "it" is the verb's dummy object; the verb's subject speaks.
    if !again
        && end >= floor + 2
        && lower_word(text, &toks[end], buf) == Some("it")
        && lower_word(text, &toks[end - 1], buf).is_some_and(speaker_lexicon::takes_dummy_it)
    {
        if toks[end - 2].word {
            return left_at(text, toks, floor, end - 2, buf, true);
        }
        // "Obama, making it clear that …, stood": the participle hangs on the main clause.
        return main_subject(text, toks, end - 1, buf);
    }
    // "Rajoy said … and insisted that", "Cruz knocked Rubio and called him": a cue in the second
    // of two coordinated verb phrases shares the clause's subject.
    if end > floor
        && lower_word(text, &toks[end], buf).is_some_and(speaker_lexicon::joins_verb_phrases)
    {
        // After a comma the conjunct joins the main clause ("Trump cast the blame on …, and
        // emphasized"); without one, the nearest clause ("when Cruz knocked Rubio and called").
        if toks[end - 1].is(',') {
            return main_subject(text, toks, end + 1, buf);
        }
        return nearest_subject(text, toks, end + 1, buf)
            .or_else(|| main_subject(text, toks, end + 1, buf));
    }
    let end = skip_left(text, toks, floor, end, buf)?;
    let mut e = end;
    // Up to three rounds of words between the subject and its cue: auxiliaries and adverbs
    // ("has often"), then a time phrase with its preposition ("who in the past has voiced",
    // "who just a week ago surprised", "Trump in 2010 said").
    for _ in 0..3 {
        let before = e;
        while e > floor
            && end - e < MAX_BETWEEN
            && !is_modal_name(text, toks, e, buf)
            && lower_word(text, &toks[e], buf)
                .is_some_and(speaker_lexicon::is_between_subject_and_cue)
        {
            e -= 1;
        }
        if e != before {
            e = skip_left(text, toks, floor, e, buf)?;
        }
        let Some(np) = noun_phrase(text, toks, floor, e, buf) else {
            break;
        };
        let a = toks.partition_point(|t| t.span.start < np.start);
        if a <= floor
            || !(is_time_phrase(text, toks, np, buf) || is_adverbial_noun(text, toks, np, buf))
        {
            break;
        }
        e = a - 1;
        if e > floor
            && lower_word(text, &toks[e], buf).is_some_and(speaker_lexicon::is_time_preposition)
        {
            e -= 1;
        }
        e = skip_left(text, toks, floor, e, buf)?;
    }
    // Not for a participle: "…, stressing" hangs on the main clause, not on a phrase before it.
    let participle = (e + 1..toks.len())
        .find(|&k| {
            !lower_word(text, &toks[k], buf)
                .is_some_and(speaker_lexicon::is_between_subject_and_cue)
        })
        .and_then(|k| lower_word(text, &toks[k], buf))
        .is_some_and(|w| w.ends_with("ing"));
    if !participle {
        if let Some(s) = past_parenthetical(text, toks, floor, e, buf) {
            return Some(s);
        }
    }
    let found = relative(text, toks, floor, e, buf).or_else(|| finish(text, toks, floor, e, buf));
    // "others who want to ban abortion said", "groups that have endorsed him say": the phrase
    // before the cue ends a relative clause inside the subject; the clause's noun speaks. (Not
    // for a participle or an infinitive, whose subject may be inside the clause: "a speech that
    // included Trump vowing", "a win that led her to declare".)
    let found = match found {
        Some(np) if !again && !nonfinite_cue(text, toks, cue_end, buf) => {
            relative_clause_head(text, toks, floor, np, buf).or(found)
        }
        _ => found,
    };
    // "The judge pointed to a previous case to say …", "used it to justify …": a purpose
    // infinitive's phrase before "to" is an object; the clause's subject speaks.
    if let Some(np) = found
        .filter(|_| !again)
        .filter(|&np| infinitive_object(text, toks, floor, cue_end, np, buf))
    {
        let j = cue_end + 1;
        let a = toks.partition_point(|t| t.span.start < np.start);
        // After a verb, the subject before it ("a woman at the rally used a word to describe");
        // after a preposition, the subject of the clause.
        let verb = a >= floor + 2
            && !speaker_lexicon::is_purpose_object_preposition(lower(text, &toks[a - 1], buf));
        let s = verb
            .then(|| left_at(text, toks, floor, a - 2, buf, true))
            .flatten()
            .filter(|s| s.end <= np.start && fits_subject(text, toks, *s, buf))
            .or_else(|| nearest_subject(text, toks, j, buf))
            .or_else(|| main_subject(text, toks, j, buf));
        if let Some(s) = s.filter(|s| s.end <= np.start) {
            return Some(s);
        }
    }
    found
}

/// How many words before a cue a fronted participle clause may have.
const FRONTED_CUE_WORDS: usize = 4;

/// A cue in a participle clause that opens the sentence ("Continuing to explain …, Carson
/// rejected", "Using a crude phrase to describe …, he said", "Instead of calling …, Trump
/// said") hangs on the subject after the clause's comma, not on a word of the clause. The
/// clause opens with a capitalised participle (not a name: "Schilling told"), or the cue is a
/// gerund after a preposition.
fn fronted_participle_subject(
    text: &str,
    toks: &[Token],
    floor: usize,
    end: usize,
    buf: &mut String,
) -> Option<Span> {
    // The cue is within a few words of the clause's start ("Using a crude phrase to describe"),
    // not the verb of a subject after a long unpunctuated clause ("Listing … ventures she added").
    if floor != 0
        || end > FRONTED_CUE_WORDS
        || toks[..=end].iter().any(|t| !t.word || t.quoted)
        || is_pronoun(text, &toks[end], buf)
    {
        return None;
    }
    // "Using a phrase", "Arriving upon the scene": a capitalised -ing word and a lowercase
    // word that is not a name's verb ("Schilling told", "Ewing has said").
    let participle = toks[0].capitalised()
        && lower(text, &toks[0], buf).len() >= 5
        && lower(text, &toks[0], buf).ends_with("ing")
        && toks.get(1).is_some_and(|n| {
            n.word && !n.quoted && !n.capitalised() && {
                let w = lower(text, n, buf);
                w == "to"
                    || lexicon::is_determiner(w)
                    || speaker_lexicon::opens_participle_clause(w)
                    || speaker_lexicon::is_purpose_object_preposition(w)
                    || !speaker_lexicon::is_between_subject_and_cue(w) && !is_reporting_verb(w)
            }
        });
    // "Instead of calling", "By citing": the preposition opens the sentence.
    let mut gerund = || {
        end <= 1
            && lower_word(text, &toks[end], buf)
                .is_some_and(|w| w == "of" || speaker_lexicon::opens_participle_clause(w))
            && toks
                .get(end + 1)
                .is_some_and(|t| t.word && !t.capitalised() && lower(text, t, buf).ends_with("ing"))
    };
    if !(participle || gerund()) {
        return None;
    }
    subject_after_comma(text, toks, end + 1, buf)
}

/// A phrase that can be a subject: a name, a pronoun, or a determiner's phrase.
fn fits_subject(text: &str, toks: &[Token], s: Span, buf: &mut String) -> bool {
    let b = toks.partition_point(|t| t.span.start < s.start);
    toks[b].capitalised() || is_pronoun(text, &toks[b], buf) || {
        let w = lower(text, &toks[b], buf);
        lexicon::is_determiner(w) || w.ends_with("'s") || w.ends_with("’s")
    }
}

/// Is `np`, found before the "to" of an infinitive cue at `cue_end + 1`, the object of a verb or
/// a preposition ("used it", "appeared on news shows", "was the first") rather than a subject?
/// Not after a verb whose object is the infinitive's subject ("urged them to say"), nor an
/// object pronoun ("pressure on her to say", "for him to say").
fn infinitive_object(
    text: &str,
    toks: &[Token],
    floor: usize,
    cue_end: usize,
    np: Span,
    buf: &mut String,
) -> bool {
    if toks
        .get(cue_end + 1)
        .is_none_or(|t| !t.word || t.quoted || lower(text, t, buf) != "to")
    {
        return false;
    }
    let a = toks.partition_point(|t| t.span.start < np.start);
    if a <= floor || toks[a].word && speaker_lexicon::is_object_pronoun(lower(text, &toks[a], buf))
    {
        return false;
    }
    // "parades in those cities paused to remember": the phrase ends with its own verb.
    let last = &toks[cue_end];
    if !last.capitalised()
        && lower_word(text, last, buf).is_some_and(speaker_lexicon::is_object_verb)
    {
        return false;
    }
    let Some(w) = lower_word(text, &toks[a - 1], buf).filter(|_| !toks[a - 1].capitalised()) else {
        return false;
    };
    if speaker_lexicon::is_object_control_verb(w) || speaker_lexicon::opens_clause(w) {
        return false;
    }
    if speaker_lexicon::is_purpose_object_preposition(w) {
        // "called on the party to denounce": the preposition belongs to a verb of control.
        return a < floor + 2
            || !lower_word(text, &toks[a - 2], buf)
                .is_some_and(speaker_lexicon::is_control_before_preposition);
    }
    speaker_lexicon::is_object_verb(w) || speaker_lexicon::is_copula(w)
}

/// Capitalised words (and name particles) only: "Ana White", "Corey R. Lewin".
fn is_name(text: &str, toks: &[Token], np: Span, buf: &mut String) -> bool {
    let (a, b) = range(toks, np);
    toks[a..b].iter().all(|t| {
        t.is('.')
            || t.word
                && !t.quoted
                && (t.capitalised() || speaker_lexicon::is_name_particle(lower(text, t, buf)))
    }) && !lexicon::is_determiner(lower(text, &toks[a], buf))
}

fn is_dash(t: &Token) -> bool {
    t.is('—') || t.is('–') || t.is('-')
}

/// "Clinton, without naming him, also accused", "Pantucci, at the Institute, said", "Gingrich —
/// mentioned by Newsmax as … — told": a phrase set off by commas or dashes between the subject
/// and its cue. It must open with a lowercase word that cannot start a subject of its own (a
/// preposition or a participle: not "and", not a name), and the subject before it must look like
/// one.
fn past_parenthetical(
    text: &str,
    toks: &[Token],
    floor: usize,
    e: usize,
    buf: &mut String,
) -> Option<Span> {
    let close = &toks[e];
    if !(close.is(',') || is_dash(close)) || e <= floor + 2 {
        return None;
    }
    // "Gov. John Kasich (R-OH), said": a name with its parenthesis, set off by the comma, that
    // opens its clause (not the end of a description: "…, the High Commissioner for Refugees
    // (UNHCR), reacted").
    if close.is(',') && toks[e - 1].is(')') {
        let end = skip_left(text, toks, floor, e - 1, buf)?;
        let s = noun_phrase(text, toks, floor, end, buf)?;
        let a = toks.partition_point(|t| t.span.start < s.start);
        let opens = a == floor || !toks[a - 1].word && !toks[a - 1].is('&');
        return (opens && is_name(text, toks, s, buf)).then_some(s);
    }
    let from = e.saturating_sub(APPOSITION_WINDOW).max(floor);
    // "…, a retired nurse in Allentown, Pa., said": a place's state, with its abbreviation's
    // full stop, is part of the description.
    let state = |c: usize| {
        // (A comma that opens the window, or ends it, has no state around it.)
        c > 0
            && c + 1 < e
            && toks[c + 1].capitalised()
            && (c + 2 == e || c + 3 == e && toks[c + 2].is('.'))
            && toks[c - 1].capitalised()
    };
    let open = (from..e).rev().find(|&c| {
        toks[c].is(',') && !state(c)
            || is_dash(&toks[c])
            || toks[c].is('.') && c + 1 != e
            || toks[c].is(';')
    })?;
    if !(toks[open].is(',') || is_dash(&toks[open]))
        || is_dash(close) != is_dash(&toks[open])
        || open <= floor
    {
        return None;
    }
    let first = &toks[open + 1];
    // "…, a spokeswoman, Ana White, said": a name set off after a lowercase description is
    // the description's name, and speaks.
    // (Not before an infinitive: "breaking with the chairwoman, Janet Yellen, to argue".)
    let infinitive = toks
        .get(e + 1)
        .is_some_and(|t| lower_word(text, t, buf) == Some("to"));
    if close.is(',')
        && !infinitive
        && first.capitalised()
        && toks[open - 1].word
        && !toks[open - 1].quoted
    {
        let described = !toks[open - 1].capitalised()
            && lower_word(text, &toks[open - 1], buf).is_some_and(|w| {
                !lexicon::is_np_breaker(w)
                    && !speaker_lexicon::is_between_subject_and_cue(w)
                    && super::cues::weight(w).is_none()
            });
        if described {
            if let Some(name) = noun_phrase(text, toks, floor, e - 1, buf) {
                if name.start == first.span.start && is_name(text, toks, name, buf) {
                    // With its description when that is a determiner's phrase, so that the
                    // content before it ends there.
                    let d = noun_phrase(text, toks, floor, open - 1, buf)
                        .filter(|&d| fits_subject(text, toks, d, buf));
                    // (A description opening the clause is the subject as it stands: "His
                    // former partner, Lawrence Cummings, called".)
                    if d.is_some_and(|d| d.start == toks[floor].span.start) {
                        return None;
                    }
                    return Some(d.map_or(name, |d| Span::new(d.start, name.end)));
                }
            }
        }
    }
    let w = lower_word(text, first, buf)?;
    let parenthetical = !first.capitalised()
        && (speaker_lexicon::is_time_preposition(w)
            || speaker_lexicon::opens_participle_clause(w)
            || matches!(w, "at" | "according" | "with" | "of" | "as")
            || w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")));
    if !parenthetical {
        return apposition_subject(text, toks, floor, open, buf);
    }
    let end = skip_left(text, toks, floor, open - 1, buf)?;
    let s = noun_phrase(text, toks, floor, end, buf)?;
    let b = toks.partition_point(|t| t.span.start < s.start);
    // "in Aurora, Colorado, in July": a place's state, not a subject.
    if b >= floor + 2 && toks[b - 1].is(',') && toks[b - 2].capitalised() {
        return None;
    }
    let fits = toks[b].capitalised() || is_pronoun(text, &toks[b], buf) || {
        let w = lower(text, &toks[b], buf);
        lexicon::is_determiner(w)
    };
    fits.then_some(s)
}

/// "Kevin Brady, chairman of the committee, said", "Mr. Conant, the Republican consultant,
/// said", "David Axelrod, who was chief strategist, said": a description set off by commas
/// between a name and its cue. The description opens with a lowercase word that does not open a
/// clause of its own (no conjunction, no pronoun: "…, but critics said" is not one), and the name
/// before it opens its clause (the sentence, or after a comma or a quotation mark), so that the
/// end of a list or of a prepositional phrase is not taken, nor a fronted adverb ("Now, many
/// have trouble …, worry").
fn apposition_subject(
    text: &str,
    toks: &[Token],
    floor: usize,
    mut open: usize,
    buf: &mut String,
) -> Option<Span> {
    // "J.J. Goldberg, editor of The Forward, a newspaper in New York, wrote": up to two
    // descriptions, each set off by commas.
    for second in [false, true] {
        let first = &toks[open + 1];
        let w = lower_word(text, first, buf)?;
        let relative = matches!(w, "who" | "whose");
        let det = lexicon::is_determiner(w);
        let clause = speaker_lexicon::opens_clause(w)
            || speaker_lexicon::joins_verb_phrases(w)
            || speaker_lexicon::is_between_subject_and_cue(w)
            || lexicon::is_np_breaker(w) && !det
            // "whose agency, Fenton, made the ads, said": a verb makes the phrase before a
            // subject.
            || speaker_lexicon::is_object_verb(w)
            || is_reporting_verb(w);
        if first.capitalised() || !relative && (clause || !det && is_pronoun(text, first, buf)) {
            return None;
        }
        // "Woodrow Benford, 58, who lives …, says": past an age set off by commas.
        let end = match skip_left(text, toks, floor, open, buf)? {
            e if e == open => skip_left(text, toks, floor, open - 1, buf)?,
            e => e,
        };
        let s = noun_phrase(text, toks, floor, end, buf)?;
        let a = toks.partition_point(|t| t.span.start < s.start);
        let opens = a == floor || !toks[a - 1].word;
        if opens
            && (is_name(text, toks, s, buf) || is_definite_nominal(text, toks, s, buf))
            && !names_no_one(text, toks, s, buf)
        {
            return Some(s);
        }
        if second {
            break;
        }
        let from = open.saturating_sub(APPOSITION_WINDOW).max(floor);
        open = (from..open)
            .rev()
            .find(|&c| !toks[c].word)
            .filter(|&c| toks[c].is(',') && c > floor)?;
    }
    None
}

/// "the mayor", "the company": "the" and a head noun that stands for a person or an
/// organisation, which a description set off by commas may follow as a name's can.
fn is_definite_nominal(text: &str, toks: &[Token], np: Span, buf: &mut String) -> bool {
    let (a, b) = range(toks, np);
    b > a + 1
        && lower(text, &toks[a], buf) == "the"
        && lexicon::nominal(lower(text, &toks[b - 1], buf)).is_some()
}

/// The subject ending at `end`, past a verb phrase it may be part of; never a time phrase or a
/// sentence adverb.
fn finish(text: &str, toks: &[Token], floor: usize, end: usize, buf: &mut String) -> Option<Span> {
    let np = subject(text, toks, floor, end, buf)?;
    if let Some(s) = past_verb_phrase(text, toks, floor, np, buf) {
        return Some(s);
    }
    if let Some(s) = verb_in_phrase(text, toks, floor, np, buf) {
        return Some(s);
    }
    if names_no_one(text, toks, np, buf) {
        return None;
    }
    // Walking left, a preposition is where the walk went too far ("arrests including a number
    // of …", "Within Sanders' inner circle"): the phrase after it.
    if opens_with_preposition(text, toks, np, buf) {
        let (a, b) = range(toks, np);
        return (b > a + 1).then(|| Span::new(toks[a + 1].span.start, np.end));
    }
    Some(without_verb(text, toks, np, buf))
}

/// "who spent more time talking about", "They distributed news stories about": a walk that
/// took a verb with its object ends at the verb's subject, a relative pronoun, a pronoun or a
/// name right before it. (Not a verb whose object speaks: "it prompted Cooper to accuse".)
fn verb_in_phrase(
    text: &str,
    toks: &[Token],
    floor: usize,
    np: Span,
    buf: &mut String,
) -> Option<Span> {
    let (a, b) = range(toks, np);
    if b < a + 2
        || a <= floor
        || toks[a].capitalised()
        || !lower_word(text, &toks[a], buf).is_some_and(|w| {
            speaker_lexicon::is_object_verb(w) && !speaker_lexicon::is_object_control_verb(w)
        })
    {
        return None;
    }
    let end = skip_left(text, toks, floor, a - 1, buf)?;
    let t = &toks[end];
    if lower_word(text, t, buf).is_some_and(|w| matches!(w, "who" | "which")) {
        return Some(t.span);
    }
    if !(t.capitalised() || t.word && is_pronoun(text, t, buf)) {
        return None;
    }
    noun_phrase(text, toks, floor, end, buf).filter(|&s| fits_subject(text, toks, s, buf))
}

/// "has led some donors to worry": the object speaks, without the verb the walk took with it.
fn without_verb(text: &str, toks: &[Token], np: Span, buf: &mut String) -> Span {
    let (a, b) = range(toks, np);
    if b > a + 1
        && !toks[a].capitalised()
        && lower_word(text, &toks[a], buf).is_some_and(speaker_lexicon::is_object_control_verb)
    {
        return Span::new(toks[a + 1].span.start, np.end);
    }
    np
}

/// How many tokens a clause set off by commas between a subject and its verb may take.
const APPOSITION_WINDOW: usize = 24;

/// How far left of a phrase inside a verb phrase its verb may be, in tokens.
const VERB_WINDOW: usize = 8;

/// A cue at the end of a longer verb phrase ("Sanders has made clear", "The campaign sent a
/// fundraising email Wednesday saying", "Trump also took multiple swipes at") has the verb's
/// object or the verb itself before it, not the speaker. When a lowercase phrase is preceded,
/// within the same clause, by a verb (an auxiliary, a past tense, a verb that takes an object),
/// the speaker is the subject before that verb group. A verb that itself reports ("argued",
/// "claimed") has the phrase as the subject of its content, so it is left alone.
fn past_verb_phrase(
    text: &str,
    toks: &[Token],
    floor: usize,
    np: Span,
    buf: &mut String,
) -> Option<Span> {
    let (a, b) = range(toks, np);
    // A phrase with a name in it is taken as it is, unless it is the object of "to" before a
    // participle ("wrote a letter to Ms. Hale asking"): the writer asks.
    let to_object = a > floor + 1
        && lower_word(text, &toks[a - 1], buf) == Some("to")
        && toks
            .get(b)
            .is_some_and(|t| t.word && !t.capitalised() && lower(text, t, buf).ends_with("ing"));
    // "took his own life hoping": a possessive opens a phrase, it is not a pronoun subject.
    let possessive = lexicon::is_possessive(lower(text, &toks[a], buf));
    if a <= floor
        || !to_object && toks[a..b].iter().any(|t| t.capitalised())
        || !possessive && is_pronoun(text, &toks[a], buf)
    {
        return None;
    }
    let first = lower(text, &toks[a], buf);
    // "has led some allies to worry": the phrase starts with a verb whose object speaks (alone,
    // "can be heard asking", the verb is part of the verb group).
    if b > a + 1 && speaker_lexicon::is_object_control_verb(first) {
        return None;
    }
    let det = lexicon::is_determiner(first);
    // Leftward to the verb: lowercase words of the same clause only.
    let mut v = a - 1;
    loop {
        let t = &toks[v];
        let w = lower_word(text, t, buf)?;
        let pronoun = lexicon::anaphor(w).is_some() || lexicon::is_deictic(w);
        // A verb that reports has the phrase as the subject of its content ("argued the
        // president said"), unless it is one that takes an object ("issued a statement saying").
        let reports = super::cues::weight(w).is_some_and(|(p, _, _)| p >= super::REPORTED_MIN)
            && !speaker_lexicon::takes_object(w);
        if t.capitalised()
            || speaker_lexicon::opens_clause(w)
            || pronoun
            || speaker_lexicon::is_object_control_verb(w)
            || reports
        {
            return None;
        }
        if speaker_lexicon::is_between_subject_and_cue(w) || speaker_lexicon::is_object_verb(w) {
            // "It was a tweet pushing …": after "be", a determiner's phrase is a predicate.
            if det && v + 1 == a && speaker_lexicon::is_copula(w.strip_suffix("n't").unwrap_or(w)) {
                return None;
            }
            break;
        }
        if v <= floor || a - v >= VERB_WINDOW {
            return None;
        }
        v -= 1;
    }
    // Over the rest of the verb group ("has also", "quickly").
    while v > floor
        && lower_word(text, &toks[v - 1], buf).is_some_and(|w| {
            !toks[v - 1].capitalised()
                && (speaker_lexicon::is_between_subject_and_cue(w)
                    || speaker_lexicon::is_object_verb(w))
        })
    {
        v -= 1;
    }
    if v <= floor {
        return None;
    }
    let mut end = v - 1;
    // "Representative Brooks, who has welcomed support, doesn't mince words about": the subject
    // is before a clause set off by commas.
    if toks[end].is(',') {
        // (A relative clause may be long: "X, who said last week that …, issued a statement".)
        let from = end.saturating_sub(SUBJECT_WINDOW).max(floor);
        let c = (from..end).rev().find(|&c| toks[c].is(','))?;
        let w = lower_word(text, toks.get(c + 1)?, buf)?;
        if !(speaker_lexicon::is_relative_pronoun(w) || lexicon::is_determiner(w)) || c <= floor {
            return None;
        }
        end = c - 1;
    }
    let end = skip_left(text, toks, floor, end, buf)?;
    // "a farmer who took his savings hoping": the relative pronoun speaks (resolved later).
    if lower_word(text, &toks[end], buf).is_some_and(|w| matches!(w, "who" | "which")) {
        return Some(toks[end].span);
    }
    let s = noun_phrase(text, toks, floor, end, buf)?;
    // Only a phrase that can be a subject: a name, a pronoun, or a determiner's phrase.
    let b = toks.partition_point(|t| t.span.start < s.start);
    let w = lower(text, &toks[b], buf);
    let fits = !speaker_lexicon::is_expletive(w) && toks[b].capitalised()
        || lexicon::anaphor(w).is_some()
        || lexicon::is_deictic(w)
        || lexicon::is_determiner(w)
        || w.ends_with("'s")
        || w.ends_with("’s");
    fits.then_some(s)
}

/// How many tokens before a cue the subject of its main clause may start.
pub(crate) const SUBJECT_WINDOW: usize = 40;

/// The subject of the main clause that a cue with no subject of its own hangs on ("At the debate,
/// Sanders compared himself to Clinton, saying …"): the first noun phrase, at the sentence start
/// or after a comma, that opens with a name, a pronoun or a determiner and is followed by more of
/// its clause (not by a comma: "Instead," / "On Tuesday," are fronted phrases). Bounded window.
pub fn main_subject(text: &str, toks: &[Token], j: usize, buf: &mut String) -> Option<Span> {
    let lo = j.saturating_sub(SUBJECT_WINDOW);
    (lo..j)
        .find_map(|p| {
            let opens = p == 0 || (p > lo && toks[p - 1].is(','));
            opens.then(|| subject_at(text, toks, p, j, buf)).flatten()
        })
        .or_else(|| after_fronted_clause(text, toks, j, buf))
}

/// A cue in a fronted participle clause ("Citing …, the spokeswoman told", "In describing …,
/// Cuban said", "One month after announcing …, Rubio still believes") hangs on the subject
/// right after the clause's comma. The clause opens the sentence: the cue is its first word, or
/// comes right after a preposition with no comma before it.
fn after_fronted_clause(text: &str, toks: &[Token], j: usize, buf: &mut String) -> Option<Span> {
    // (Within the window: a clause opening the sentence is no longer than that.)
    let fronted = j == 0
        || j <= SUBJECT_WINDOW
            && lower_word(text, &toks[j - 1], buf)
                .is_some_and(speaker_lexicon::opens_participle_clause)
            && !toks[..j].iter().any(|t| t.is(','));
    if !fronted {
        return None;
    }
    subject_after_comma(text, toks, j, buf)
}

/// The subject right after the first comma past token `j` (within the subject window).
fn subject_after_comma(text: &str, toks: &[Token], j: usize, buf: &mut String) -> Option<Span> {
    let limit = toks.len().min(j + SUBJECT_WINDOW);
    let comma = (j + 1..limit).find(|&k| toks[k].is(','))?;
    // Past the closing mark of a quotation that holds the comma.
    let p = (comma + 1..limit).find(|&k| toks[k].word)?;
    let end = (p + 1..limit)
        .find(|&k| toks[k].is(',') || toks[k].is('.'))
        .unwrap_or(limit);
    subject_at(text, toks, p, end, buf)
}

/// The subject of the clause nearest before a cue that continues it after "and" ("The crowd
/// cheered when Trump spotted a sign and asked …" → "Trump"): the last noun phrase that opens a
/// clause (after a comma, a subordinator like "when" or "but", or ", and") and has its verb
/// after it. Not after "that" or a preposition: what follows them is a content or an object.
fn nearest_subject(text: &str, toks: &[Token], j: usize, buf: &mut String) -> Option<Span> {
    let lo = j.saturating_sub(SUBJECT_WINDOW);
    (lo..j).rev().find_map(|p| {
        // "after he asked", but not "after a lunch", "as a hero".
        let pronoun =
            lower_word(text, &toks[p], buf).is_some_and(|w| lexicon::anaphor(w).is_some());
        let opens = p == 0
            || p > lo && toks[p - 1].is(',')
            || p > lo + 1
                && lower_word(text, &toks[p - 1], buf).is_some_and(|w| {
                    speaker_lexicon::joins_verb_phrases(w) && toks[p - 2].is(',')
                        || speaker_lexicon::opens_adverbial_clause(w)
                        || speaker_lexicon::opens_clause_or_phrase(w) && pronoun
                });
        // ", who digested the news and vowed …": the relative pronoun is the subject.
        let relative = p > lo
            && toks[p - 1].is(',')
            && lower_word(text, &toks[p], buf).is_some_and(|w| matches!(w, "who" | "which"))
            // Not when the relative clause closed before the cue ("X, who …, has toned down").
            && !toks[p..j].iter().any(|t| t.is(','));
        if relative {
            return Some(toks[p].span);
        }
        opens.then(|| subject_at(text, toks, p, j, buf)).flatten()
    })
}

/// The noun phrase at `p` when it can be a subject: a name, a pronoun or a determiner's phrase,
/// cut at its verb, with more of its clause (or the cue) after it.
fn subject_at(text: &str, toks: &[Token], p: usize, j: usize, buf: &mut String) -> Option<Span> {
    let t = &toks[p];
    if !t.word || t.quoted {
        return None;
    }
    let w = lower(text, t, buf);
    if lexicon::is_np_breaker(w) || lexicon::is_time_word(w) || lexicon::is_cue_prefix(w) {
        return None;
    }
    let det = lexicon::is_determiner(w);
    if !(t.capitalised() || det || is_pronoun(text, t, buf)) {
        return None;
    }
    let np = right(text, toks, p, j, buf)?;
    // The phrase may start later than `p`, after a dateline.
    let p = toks.partition_point(|t| t.span.start < np.start);
    // Stop the phrase at its verb ("Sanders compared himself" → "Sanders").
    let b = toks.partition_point(|t| t.span.start < np.end);
    let mut last = p;
    for k in p + 1..b {
        let lw = lower_word(text, &toks[k], buf);
        if lw.is_some_and(|w| {
            !toks[k].capitalised()
                && (speaker_lexicon::is_object_verb(w)
                    || speaker_lexicon::is_between_subject_and_cue(w))
        }) {
            break;
        }
        last = k;
    }
    let next = last + 1;
    // Right before the cue it is the cue's own subject ("his words appeared").
    if next > j || next < j && !toks[next].word {
        return None; // a fronted phrase, or nothing after it
    }
    Some(Span::new(toks[p].span.start, toks[last].span.end))
}

/// How far before a relative pronoun its antecedent may start (bytes).
const ANTECEDENT_WINDOW: usize = 160;

/// The noun phrase a relative pronoun speaker stands for: the one right before it, past a comma
/// ("Sen. Bernie Sanders, who has long opposed"). Tokenises a bounded window, so constant work.
pub fn antecedent(text: &str, pronoun: Span) -> Option<Span> {
    let mut from = pronoun.start.saturating_sub(ANTECEDENT_WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut toks = Vec::new();
    super::tokens::tokenize(
        text,
        Span::new(from, pronoun.start),
        &mut |_| false,
        &mut toks,
    );
    let mut end = toks.len().checked_sub(1)?;
    if toks[end].is(',') {
        end = end.checked_sub(1)?;
    }
    let mut buf = String::new();
    // The window's first token may be cut: never take it.
    let end = skip_left(text, &toks, 1, end, &mut buf)?;
    let np = (toks[end].word && end >= 1)
        .then(|| noun_phrase(text, &toks, 1, end, &mut buf))
        .flatten()?;
    // "Laurence Meyer, a former Fed governor who argued": the name the apposition describes.
    let a = toks.partition_point(|t| t.span.start < np.start);
    let described = a >= 3
        && toks[a - 1].is(',')
        && lexicon::is_determiner(lower(text, &toks[a], &mut buf))
        && toks[a - 2].capitalised();
    if described {
        // Capitalised words and initials only ("James B. Comey"): a sentence's last word and
        // its full stop are not part of the name.
        let mut b = a - 2;
        while b > 1 && a - 2 - b < MAX_NP {
            let p = &toks[b - 1];
            let initial =
                p.is('.') && b >= 3 && toks[b - 2].span.len() == 1 && toks[b - 2].capitalised();
            if !(p.word && p.capitalised() && !p.quoted || initial) {
                break;
            }
            b -= if initial { 2 } else { 1 };
        }
        let first = lower(text, &toks[b], &mut buf);
        if !lexicon::is_determiner(first) && !lexicon::is_np_breaker(first) {
            return Some(Span::new(toks[b].span.start, toks[a - 2].span.end));
        }
    }
    Some(np)
}

/// Is the cue at `cue_end` an infinitive ("to declare", "want to") or a participle (past the
/// adverbs between a subject and its cue: "vowing", "also saying")? Bounded: such a run of
/// adverbs is short.
fn nonfinite_cue(text: &str, toks: &[Token], cue_end: usize, buf: &mut String) -> bool {
    lower_word(text, &toks[cue_end], buf) == Some("to")
        || toks.get(cue_end + 1).and_then(|t| lower_word(text, t, buf)) == Some("to")
        || (cue_end + 1..toks.len().min(cue_end + 1 + MAX_NP))
            .find(|&k| {
                !lower_word(text, &toks[k], buf)
                    .is_some_and(speaker_lexicon::is_between_subject_and_cue)
            })
            .and_then(|k| lower_word(text, &toks[k], buf))
            .is_some_and(|w| w.ends_with("ing"))
}

/// How many words a relative clause inside a subject may have before the cue's phrase.
const RELATIVE_CLAUSE_WORDS: usize = 8;

/// The noun before a relative clause that `np` ends ("Hawkins and others who want to ban
/// abortion [said]"): within a few words left of `np`, with no punctuation between, a relative
/// pronoun after a noun, with the clause's own verb between it and `np` (right after the
/// pronoun `np` is the clause's subject: "the report that Trump said"). A conjunction or
/// another clause word on the way means `np` is in a clause of its own.
fn relative_clause_head(
    text: &str,
    toks: &[Token],
    floor: usize,
    np: Span,
    buf: &mut String,
) -> Option<Span> {
    let (a, b) = range(toks, np);
    // (A phrase across a full stop is already a misreading: "… contained. Mr. Rhodes said".)
    if toks[a..b].iter().any(|t| t.is('.')) {
        return None;
    }
    let lo = a.saturating_sub(RELATIVE_CLAUSE_WORDS).max(floor);
    let mut k = a;
    while k > lo {
        k -= 1;
        let w = lower_word(text, &toks[k], buf)?;
        if matches!(w, "who" | "that") {
            if k + 1 == a || after_verb(text, toks, floor, k, buf) || k == floor {
                return None;
            }
            let s = noun_phrase(text, toks, floor, k - 1, buf)?;
            return (!names_no_one(text, toks, s, buf) && !is_pronoun(text, &toks[k - 1], buf))
                .then_some(s);
        }
        if speaker_lexicon::opens_clause(w) || speaker_lexicon::joins_verb_phrases(w) {
            return None;
        }
    }
    None
}

/// "who", "which", "that" (and "many of whom") as a speaker.
fn relative(
    text: &str,
    toks: &[Token],
    floor: usize,
    end: usize,
    buf: &mut String,
) -> Option<Span> {
    let w = lower_word(text, &toks[end], buf)?;
    if !speaker_lexicon::is_relative_pronoun(w) {
        return None;
    }
    let whom = w == "whom";
    // "repeated that promise", "adding that …": after a verb "that" is a determiner or opens a
    // content clause, not a relative pronoun ("a headline that said") nor a demonstrative
    // subject ("That suggests …").
    if w == "that" && after_verb(text, toks, floor, end, buf) {
        return None;
    }
    // "the same day that footage emerged": after a time noun "that" stands for "when".
    if end > floor
        && lower_word(text, &toks[end - 1], buf)
            .is_some_and(|p| speaker_lexicon::is_time_unit(p) || lexicon::is_time_word(p))
    {
        return None;
    }
    let mut first = end;
    // "many of whom say": the quantifier is part of the speaker.
    if whom && end >= floor + 2 && lower_word(text, &toks[end - 1], buf) == Some("of") {
        first = end - 2;
    }
    Some(Span::new(toks[first].span.start, toks[end].span.end))
}

/// Is the word before `toks[at]` a verb form (a past tense, an auxiliary, a reporting
/// participle, a listed verb) or a conjunction?
fn after_verb(text: &str, toks: &[Token], floor: usize, at: usize, buf: &mut String) -> bool {
    at > floor
        && lower_word(text, &toks[at - 1], buf).is_some_and(|p| {
            speaker_lexicon::is_object_verb(p)
                || speaker_lexicon::is_between_subject_and_cue(p)
                || speaker_lexicon::opens_clause(p)
                || speaker_lexicon::is_verb_before_that(p)
                || p.ends_with("ing") && is_reporting_verb(p)
        })
}

/// The noun phrase ending at `end`, unless it is a verb's object with a subject before the verb.
fn subject(text: &str, toks: &[Token], floor: usize, end: usize, buf: &mut String) -> Option<Span> {
    let np = noun_phrase(text, toks, floor, end, buf)?;
    let a = toks.partition_point(|t| t.span.start < np.start);
    let lowercase_head = !toks[a].capitalised() && !is_pronoun(text, &toks[a], buf);
    if lowercase_head && a >= floor + 2 {
        let verb = lower_word(text, &toks[a - 1], buf)
            .is_some_and(|w| speaker_lexicon::is_object_verb(w) && !lexicon::is_np_breaker(w));
        let before = &toks[a - 2];
        if verb && (before.capitalised() || before.word && is_pronoun(text, before, buf)) {
            if let Some(s) = noun_phrase(text, toks, floor, a - 2, buf) {
                return Some(s);
            }
        }
    }
    Some(np)
}

/// The noun phrase that ends at token `end` (inclusive), walking left.
fn noun_phrase(
    text: &str,
    toks: &[Token],
    floor: usize,
    end: usize,
    buf: &mut String,
) -> Option<Span> {
    let mut i = end as isize;
    let mut first = None;
    let mut n = 0;
    while i >= floor as isize && n < MAX_NP {
        let t = &toks[i as usize];
        // A pronoun is a whole noun phrase: "say he" gives "he".
        if first.is_some() && t.word && is_pronoun(text, t, buf) {
            break;
        }
        if first.is_none() && t.word && is_pronoun(text, t, buf) {
            return Some(t.span);
        }
        // The head next to the cue may be a noun that is also a cue ("A White House statement said").
        let head_noun = first.is_none() && t.word && !t.quoted && {
            let w = lower(text, t, buf);
            // (Not a verb of speaking: "an official who spoke anonymously said".)
            !lexicon::is_np_breaker(w)
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && !w.ends_with('s')
                && !lexicon::is_audience_verb(w)
        };
        // Walking left from a cue, a capitalised -ing word is part of a name ("Schilling told",
        // "Xi Jinping said"): a participle clause would be set off by a comma.
        if head_noun
            || np_word_or_participle(text, t, true, buf)
            || is_modal_name(text, toks, i as usize, buf)
            || (t.is('.') && first.is_some())
            // A possessive's apostrophe ("Sanders' campaign") right after its word; not the
            // closing mark of a quotation in `''` style.
            || (t.is('\'')
                && first.is_some()
                && i > 0
                && toks[i as usize - 1].word
                && toks[i as usize - 1].span.end == t.span.start)
        {
            first = Some(i as usize);
            n += 1;
            i -= 1;
            continue;
        }
        break;
    }
    let first = first?;
    // A determiner alone ("It made no mention") is not a speaker: the caller looks further.
    if first == end && {
        let w = lower(text, &toks[end], buf);
        lexicon::is_determiner(w) || matches!(w, "no" | "any" | "every" | "each")
    } {
        return None;
    }
    Some(Span::new(toks[first].span.start, toks[end].span.end))
}

/// Steps left over what stands between a name and its cue: a time phrase ("Trump on Tuesday
/// said"), a parenthesis ("Sanders (I-Vt.) said") and an age ("Suu Kyi, 70, said"). Bounded.
fn skip_left(
    text: &str,
    toks: &[Token],
    floor: usize,
    mut end: usize,
    buf: &mut String,
) -> Option<usize> {
    let mut skipped_time = false;
    for _ in 0..6 {
        if end <= floor {
            break;
        }
        let t = &toks[end];
        if t.is(')') {
            let open = (floor..end).rev().take(10).find(|&k| toks[k].is('('))?;
            end = open.checked_sub(1)?;
            continue;
        }
        if t.is(',')
            && end >= floor + 2
            && toks[end - 1].first.is_ascii_digit()
            && toks[end - 2].is(',')
        {
            end = end.checked_sub(3)?;
            continue;
        }
        if t.word && !t.capitalised() || t.word && lexicon::is_time_word(lower(text, t, buf)) {
            let w = lower(text, t, buf);
            if lexicon::is_time_word(w)
                || (skipped_time && matches!(w, "on" | "in" | "last" | "this" | "late" | "early"))
            {
                skipped_time = true;
                end -= 1;
                continue;
            }
        }
        break;
    }
    Some(end)
}

/// The noun phrase that starts at token `start`, walking right (for "said Yuri Ushakov").
/// It takes one apposition after a comma when it starts with a determiner ("…, the Kremlin's
/// spokesman").
pub fn right(
    text: &str,
    toks: &[Token],
    start: usize,
    limit: usize,
    buf: &mut String,
) -> Option<Span> {
    // "WASHINGTON — President Obama said": a dateline is not a noun phrase.
    let start = if start == 0 {
        after_dateline(text, toks, limit, buf).unwrap_or(start)
    } else {
        start
    };
    if start < limit && opens_with_participle(text, toks, start, buf) {
        return None;
    }
    let np = right_np(text, toks, start, limit, buf)?;
    // A fronted prepositional phrase ("Despite his low standing, …") is not the clause subject.
    (!names_no_one(text, toks, np, buf) && !opens_with_preposition(text, toks, np, buf))
        .then_some(np)
}

/// A time phrase or a sentence adverb ("Last week", "A few days later", "Instead") at a clause
/// start names no one.
fn names_no_one(text: &str, toks: &[Token], np: Span, buf: &mut String) -> bool {
    let (a, b) = range(toks, np);
    is_time_phrase(text, toks, np, buf)
        || b == a + 1 && speaker_lexicon::is_sentence_adverb(lower(text, &toks[a], buf))
        || is_adverbial_noun(text, toks, np, buf)
}

/// Does the phrase open with a preposition ("Despite his low standing", "including a number")?
fn opens_with_preposition(text: &str, toks: &[Token], np: Span, buf: &mut String) -> bool {
    let a = toks.partition_point(|t| t.span.start < np.start);
    speaker_lexicon::is_phrase_preposition(lower(text, &toks[a], buf))
}

/// "in general", "in particular", "in fact": a noun that makes an adverb with "in". Also the
/// channel a subject speaks through, before its cue: "Jeb Bush in a Medium post said", "Trump on
/// Twitter said".
fn is_adverbial_noun(text: &str, toks: &[Token], np: Span, buf: &mut String) -> bool {
    let (a, b) = range(toks, np);
    let prep = match a
        .checked_sub(1)
        .and_then(|p| lower_word(text, &toks[p], buf))
    {
        Some("in") => "in",
        Some("on") => "on",
        _ => return false,
    };
    if b == a + 1 && {
        let w = lower(text, &toks[a], buf);
        match prep {
            "in" => speaker_lexicon::is_adverbial_noun(w),
            _ => a >= 2 && toks[a - 2].word && speaker_lexicon::is_platform(w),
        }
    } {
        return true;
    }
    // (After the subject: "In a statement announcing …," opens its clause with the channel.)
    b > a + 1
        && a >= 2
        && toks[a - 2].word
        && lexicon::is_determiner(lower(text, &toks[a], buf))
        && super::cues::weight(lower(text, &toks[b - 1], buf))
            .is_some_and(|(_, _, c)| matches!(c, CueClass::Writing))
}

/// A phrase of time words, numbers and fillers with at least one time word or unit ("last
/// week", "a few days later", "2010").
fn is_time_phrase(text: &str, toks: &[Token], np: Span, buf: &mut String) -> bool {
    let (a, b) = range(toks, np);
    let mut anchored = false;
    toks[a..b].iter().all(|t| {
        t.word && !t.quoted && {
            let w = lower(text, t, buf);
            // A year ("in 2010") is a time; other numbers only fill ("46 years ago").
            let year = w.len() == 4
                && (w.starts_with("19") || w.starts_with("20"))
                && w.bytes().all(|c| c.is_ascii_digit());
            // "13 Hours" mid-phrase in capitals is a title, not a time.
            // A capitalised unit is a title ("13 Hours", "Time"), not a time.
            let anchor = year
                || lexicon::is_time_word(w)
                || speaker_lexicon::is_time_adverb(w)
                || speaker_lexicon::is_time_unit(w) && !t.capitalised();
            anchored |= anchor;
            anchor
                || t.first.is_ascii_digit()
                || speaker_lexicon::is_time_phrase_word(w)
                || speaker_lexicon::is_time_unit(w)
        }
    }) && (anchored || {
        // "Hours later": a capitalised unit with a time adverb after it.
        toks.get(b).is_some_and(|t| {
            t.word && !t.quoted && speaker_lexicon::is_time_adverb(lower(text, t, buf))
        }) && speaker_lexicon::is_time_unit(lower(text, &toks[a], buf))
    })
}

/// Where the text after a dateline starts: capitals, perhaps a state, a date and an agency, then
/// a dash ("WASHINGTON --", "ORLANDO, Fla. (Reuters) -"). The first word is all capitals.
/// A place in ordinary capitals counts when an agency in parentheses follows it ("Washington
/// (AFP) –"); the dash may be a horizontal bar ("PHILADELPHIA ―").
fn after_dateline(text: &str, toks: &[Token], limit: usize, buf: &mut String) -> Option<usize> {
    let first = toks.first()?;
    let t = first.span.text(text);
    if !first.word || t.chars().count() < 3 || !first.capitalised() {
        return None;
    }
    let all_caps = !t.chars().any(|c| c.is_lowercase());
    let dash = |t: &Token| t.is('-') || t.is('—') || t.is('–') || t.is('―');
    let mut agency = false;
    let mut k = 1;
    while k < limit.min(10) {
        let t = &toks[k];
        if dash(t) {
            if !(all_caps || agency) {
                return None;
            }
            while k < limit && dash(&toks[k]) {
                k += 1;
            }
            return (k < limit).then_some(k);
        }
        // "(AFP)", "(Reuters)": one word in parentheses.
        if t.is('(') && toks.get(k + 2).is_some_and(|c| c.is(')')) {
            let w = toks[k + 1].span.text(text);
            agency |= toks[k + 1].word
                && (w.len() >= 2 && !w.chars().any(|c| c.is_lowercase())
                    || speaker_lexicon::is_news_agency(lower(text, &toks[k + 1], buf)));
        }
        // "PARIS, Aug 31 (Reuters) -": a date may follow the place.
        let ok = t.capitalised()
            || t.word && t.first.is_ascii_digit()
            || t.is(',')
            || t.is('(')
            || t.is(')')
            || t.is('.');
        if !ok {
            return None;
        }
        k += 1;
    }
    None
}

fn right_np(
    text: &str,
    toks: &[Token],
    start: usize,
    limit: usize,
    buf: &mut String,
) -> Option<Span> {
    let mut last = None;
    let mut i = start;
    let mut n = 0;
    let mut crossed = false;
    let mut before_comma = None;
    while i < limit && n < MAX_NP {
        let t = &toks[i];
        let ing_name = capitalised_ing(text, t, buf) && ing_is_name(text, toks, start, i, buf);
        // After the determiner that opens the phrase a word is its noun even when it is also a
        // cue ("The statement", "The anxiety about …").
        let after_det = i == start + 1
            && last == Some(start)
            && t.word
            && !t.quoted
            && lexicon::is_determiner(lower(text, &toks[i - 1], buf))
            && !lexicon::is_np_breaker(lower(text, t, buf));
        if after_det
            || np_word_or_participle(text, t, ing_name, buf)
            || is_modal_name(text, toks, i, buf)
        {
            last = Some(i);
            n += 1;
            i += 1;
            continue;
        }
        if t.is(',') && !crossed && last.is_some() && i + 1 < limit {
            let w = lower(text, &toks[i + 1], buf).to_string();
            if matches!(w.as_str(), "the" | "a" | "an") || w.ends_with("'s") {
                crossed = true;
                before_comma = last;
                i += 1;
                continue;
            }
        }
        break;
    }
    let mut last = last?;
    // An apposition ends the phrase: "said Peskov, the Kremlin's spokesman." — not a clause
    // ("According to state media, the talks will resume").
    if crossed && i < limit && !(toks[i].is(',') || toks[i].is('.')) {
        last = before_comma?;
    }
    Some(Span::new(toks[start].span.start, toks[last].span.end))
}

/// The words of a span, lowercased, for the class tests below.
fn each_word(text: &str, span: Span, mut f: impl FnMut(&str, bool) -> bool) -> bool {
    // One buffer for all the words: this runs for every attribution.
    let mut buf = String::new();
    for w in span
        .text(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
    {
        let cap = w.chars().next().is_some_and(super::tokens::is_upper);
        buf.clear();
        for c in w.chars() {
            buf.push(if c == '’' {
                '\''
            } else {
                super::tokens::lower_char(c)
            });
        }
        if f(buf.strip_suffix("'s").unwrap_or(&buf), cap) {
            return true;
        }
    }
    false
}

/// A word of two to six capital letters and nothing else ("CBP", "NATO").
fn is_initialism(w: &str) -> bool {
    let w = w.trim_end_matches("'s").trim_end_matches("’s");
    (2..=6).contains(&w.chars().count()) && w.chars().all(|c| c.is_ascii_uppercase())
}

/// Who stands behind a speaker noun phrase (already resolved to its antecedent).
pub fn sourcing(text: &str, resolved: Option<Span>) -> Sourcing {
    let Some(span) = resolved else {
        return Sourcing::Unattributed;
    };
    // The head (last word) decides first: "Kremlin aide Yuri Ushakov" is a person,
    // "A White House statement" an organisation, "Russian-state media" the media.
    let head = span
        .text(text)
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let head_l = super::tokens::to_lower(head);
    let head_l = head_l.trim_end_matches("'s").trim_end_matches("’s");
    let head_l = head_l.rsplit('-').next().unwrap_or_default();
    if lexicon::is_media_word(head_l) {
        return Sourcing::Media;
    }
    if lexicon::is_org_word(head_l) {
        return Sourcing::Organisation;
    }
    if lexicon::is_unnamed_word(head_l) {
        return Sourcing::Unnamed;
    }
    let words = span.text(text).split_whitespace().count();
    // "Israel said": a state, by the registry of known sources.
    if words == 1 && crate::sources::names_an_organisation(head_l) {
        return Sourcing::Organisation;
    }
    // "CBP announced": an initialism names a body far more often than a person.
    if words == 1 && is_initialism(head) {
        return Sourcing::Organisation;
    }
    // "the Rodong Sinmun", "the Pentagon": a name with "the" is a body or a title, not a person,
    // unless a role heads it ("the Conservative MP").
    let mut ws = span.text(text).split_whitespace();
    let definite_name = ws.next().is_some_and(|w| w == "the" || w == "The")
        && ws.all(|w| w.chars().next().is_some_and(super::tokens::is_upper));
    let role = super::speaker_lexicon::is_person_role(head_l)
        || super::speaker_lexicon::is_proxy_role(head_l)
        || lexicon::nominal(head_l).is_some();
    if definite_name && words >= 2 && !role {
        return Sourcing::Organisation;
    }
    if head.chars().next().is_some_and(super::tokens::is_upper)
        && words >= 2
        && !lexicon::is_org_word(head_l)
    {
        let org = each_word(text, span, |w, _| {
            lexicon::is_org_word(w) || lexicon::is_media_word(w)
        });
        let titled = each_word(text, span, |w, _| {
            lexicon::nominal(w) == Some(lexicon::Refers::Person)
        });
        // "… the Ministry of Finance Brian Manning": a first name before the last word.
        let first_name = span
            .text(text)
            .split_whitespace()
            .rev()
            .nth(1)
            .is_some_and(|w| super::speaker_lexicon::is_first_name(&super::tokens::to_lower(w)));
        if !org || titled || first_name {
            return Sourcing::Person;
        }
    }
    if each_word(text, span, |w, _| lexicon::is_media_word(w)) {
        return Sourcing::Media;
    }
    if each_word(text, span, |w, _| lexicon::is_unnamed_word(w)) {
        return Sourcing::Unnamed;
    }
    if each_word(text, span, |w, _| lexicon::is_org_word(w)) {
        return Sourcing::Organisation;
    }
    let mut first = true;
    let named = each_word(text, span, |_, cap| {
        let r = cap && !first;
        first = false;
        r
    }) || span
        .text(text)
        .chars()
        .next()
        .is_some_and(super::tokens::is_upper)
        && !matches!(
            span.text(text).split_whitespace().next(),
            Some("The" | "A" | "An")
        );
    if named {
        Sourcing::Person
    } else {
        Sourcing::Unnamed
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{tokenize, Token};
    use crate::analysis::Span;

    fn right_from_start(text: &str) -> Option<String> {
        let mut toks: Vec<Token> = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut |_| false, &mut toks);
        super::right(text, &toks, 0, toks.len(), &mut String::new())
            .map(|s| s.text(text).to_string())
    }

    #[test]
    fn expletive_with_is_names_no_one() {
        // "There's" is "there is", not a possessive: no noun phrase opens the clause.
        assert_eq!(
            right_from_start("There's still time for the mayor to act."),
            None
        );
        // "He's" is a pronoun that speaks.
        assert_eq!(
            right_from_start("He's also praising it.").as_deref(),
            Some("He's")
        );
    }
}
