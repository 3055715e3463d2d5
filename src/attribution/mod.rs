//! Attribution: who said what.
//!
//! Everything turns on cues, the words that report speech, writing, belief or judgement. Their
//! lexicon is learned from PolNeAR train by `scripts/train_attribution.py` (`learned_cues.rs`):
//! each word (or "word particle" pair) carries its precision as a cue, how often its content
//! follows it, how often that content stops at a comma, and its class; two small log-odds tables
//! adjust the precision for the words around it.
//!
//! 1. Quotations first ([`direct`]): a speech-like quotation takes the cue and speaker next to it
//!    (`"…," X said` / `"…," said X` / `X said: "…"`), or, standing alone, the previous speaker.
//!    A short quotation after a naming cue (`called it "very good"`) is a partial quote; any other
//!    short quotation is a quoted term, not speech.
//! 2. Then every cue not used by a quotation gives reported speech ([`reported`]): the speaker is
//!    the noun phrase on one side, the content the clause on the other (`X said (that) …`,
//!    `…, X said.`, `According to X, …`). With quoted words inside, the kind is mixed.
//!    A transcript line (`HALE: …`) gives the paragraph to its label. A cue with no subject of its
//!    own ("…, adding that") takes the sentence's previous speaker or its subject.
//! 3. Speakers that point back ("he", "the spokesman") resolve through [`coref`]; each attribution
//!    gets a sourcing class and a calibrated confidence ([`scoring`]).
//!
//! All work is linear: each sentence is tokenised once, every look-around is bounded by a constant
//! number of tokens, the comma cuts are found in one pass, and per-sentence lists are searched in
//! log time. `attribute_counted` reports the work so that tests can hold it to that.
//!
//! A quotation with no speaker of its own gets the previous quote's speaker span as `speaker`
//! (that is the noun phrase that names who speaks) and its antecedent as `resolved`.
use crate::wordlist::WordList;

mod coref;
mod cues;
mod direct;
// Written by scripts/train_attribution.py: left as the script writes them.
#[rustfmt::skip]
mod learned_calibration;
#[rustfmt::skip]
mod learned_cues;
pub(crate) mod lexicon;
mod nesting;
mod reported;
pub(crate) mod scoring;
pub(crate) mod speaker_lexicon;
mod speakers;
mod tokens;

use crate::analysis::{Attribution, CueClass, Kind, Quotation, Role, Sentence, Span};
use crate::lang::Lang;
use tokens::Token;

pub use nesting::drop_nested;

/// A cue word counts for reported speech from this precision (of 255) on. Low, because the
/// calibrated confidence then sorts out the weak readings (`Options::min_confidence`): on train,
/// 95 → 72 keeps attribution F1 and adds two and a half points of indirect recall.
const REPORTED_MIN: u8 = 72;
/// Next to a quotation the context already says "speech": a weaker cue is enough.
const QUOTE_MIN: u8 = 30;

/// A cue at least this sure (said, told, says) makes its speaker the one a following quotation
/// without a speaker continues.
const STRONG_CUE: u8 = 180;

/// Finds the attributions of the article's headline and body sentences.
pub fn attribute(
    text: &str,
    lang: Lang,
    sentences: &[Sentence],
    quotations: &[Quotation],
) -> Vec<Attribution> {
    attribute_with_progress(text, lang, sentences, quotations, &mut |_| {})
}

/// [`attribute`], telling `progress` how many sentences are done every 1% of them.
pub fn attribute_with_progress(
    text: &str,
    lang: Lang,
    sentences: &[Sentence],
    quotations: &[Quotation],
    progress: &mut dyn FnMut(usize),
) -> Vec<Attribution> {
    engine(text, lang, sentences, quotations, progress).0
}

/// [`attribute`], also returning the number of tokens it looked at: the tests check that it grows
/// linearly with the text.
#[doc(hidden)]
pub fn attribute_counted(
    text: &str,
    lang: Lang,
    sentences: &[Sentence],
    quotations: &[Quotation],
) -> (Vec<Attribution>, usize) {
    engine(text, lang, sentences, quotations, &mut |_| {})
}

fn engine(
    text: &str,
    _lang: Lang,
    sentences: &[Sentence],
    quotations: &[Quotation],
    progress: &mut dyn FnMut(usize),
) -> (Vec<Attribution>, usize) {
    let mut e = Engine {
        text,
        out: Vec::new(),
        memory: coref::Memory::default(),
        buf: String::new(),
        work: 0,
        used_cues: Vec::new(),
        direct_spans: Vec::new(),
    };
    // Quotations sorted by where they open; a moving pointer says whether an offset is quoted.
    let mut qi = 0;
    let mut q_end = 0;
    let mut quoted = |at: usize| {
        while qi < quotations.len() && quotations[qi].outer.start <= at {
            q_end = q_end.max(quotations[qi].outer.end);
            qi += 1;
        }
        at < q_end
    };
    let mut toks: Vec<Token> = Vec::new();
    // First the roles the whole text gives named people (`coref::Memory::note_roles`), furniture
    // included: a caption's "First Lady Michelle Obama" says who "the first lady" above it is.
    for s in sentences {
        toks.clear();
        tokens::tokenize(text, s.span, &mut |_| false, &mut toks);
        e.memory.note_roles(text, &toks);
    }
    let mut next_q = 0;
    let mut seen_body = false;
    // At most a hundred calls, whatever the length: the callback may cross into JavaScript.
    let step = sentences.len().div_ceil(100).max(1);
    for (si, s) in sentences.iter().enumerate() {
        if si % step == 0 {
            progress(si);
        }
        if s.role == Role::Boilerplate {
            // Skip its quotations too.
            while next_q < quotations.len() && quotations[next_q].sentence <= si {
                next_q += 1;
            }
            continue;
        }
        toks.clear();
        tokens::tokenize(text, s.span, &mut quoted, &mut toks);
        e.work += toks.len();
        // A quotation may have taken its cue from the start of this sentence already.
        e.used_cues.retain(|&c| c >= s.span.start);
        e.direct_spans.clear();
        let first_word = toks.iter().position(|t| t.word).unwrap_or(toks.len());
        // The name that opens the sentence is an antecedent for the pronouns that follow; after
        // a fronted clause, the name that opens the main one ("When he was 16, Azza was …"). It
        // comes before the sentence's speakers: "Things got worse, said Dr. Lin. …, he said" is
        // Dr. Lin.
        let mut first = 0;
        while first < toks.len().min(3) && !toks[first].word {
            first += 1;
        }
        // After a short fronted phrase too ("During an interview, Skaik paused").
        let opener = toks.get(first).map(|t| e.lower(t)).unwrap_or_default();
        let reach = if SUBORDINATORS.contains(&opener) {
            speakers::SUBJECT_WINDOW
        } else if speaker_lexicon::is_time_preposition(&opener)
            || speaker_lexicon::is_phrase_preposition(&opener)
        {
            FRONTED_PHRASE
        } else {
            0
        };
        if reach > 0 {
            let window = toks.len().min(first + reach);
            if let Some(comma) = toks[first..window].iter().position(|t| t.is(',')) {
                first += comma + 1;
            }
        }
        if let Some(np) = speakers::right(text, &toks, first, toks.len(), &mut e.buf) {
            e.memory.mention(text, np);
        }
        while next_q < quotations.len() && quotations[next_q].sentence <= si {
            if quotations[next_q].sentence == si {
                e.work += 1;
                direct::quotation(
                    &mut e,
                    sentences,
                    si,
                    &toks,
                    first_word,
                    &quotations[next_q],
                );
            }
            next_q += 1;
        }
        if paragraph_start(text, s.span.start) {
            reported::colon_line(&mut e, si, &toks, quotations, !seen_body);
        }
        seen_body |= s.role == Role::Body;
        let headline = s.role == Role::Headline;
        reported::sentence(&mut e, si, s.span, headline, &toks, quotations);
        // So is a person the sentence introduces: "… was 25-year-old Nesma Hajjaj, who …".
        for np in introduced(text, &toks) {
            e.memory.mention(text, np);
        }
    }
    nesting::drop_weak_inner(text, &mut e.out);
    cut_at_next_attribution(text, &mut e.out);
    split_at_paragraphs(text, &mut e.out);
    in_reading_order(&mut e.out);
    (e.out, e.work)
}

/// The full names (two capitalised words or more) followed by ", who" or by an apposition with
/// a person's role (", the congressman's deputy chief of staff,"): people a sentence introduces
/// outside any attribution.
fn introduced<'a>(text: &'a str, toks: &'a [Token]) -> impl Iterator<Item = Span> + 'a {
    toks.windows(2).enumerate().filter_map(move |(i, w)| {
        // (Only after a comma: no word of the text is lowercased for this.)
        if !w[0].is(',') || i < 2 || !toks[i - 1].capitalised() {
            return None;
        }
        let next = tokens::to_lower(w[1].span.text(text));
        let who = next == "who";
        // The role within the apposition's first words, up to its end.
        let role = lexicon::is_article(&next)
            && toks[i + 2..]
                .iter()
                .take(6)
                .take_while(|t| t.word)
                .any(|t| {
                    let w = tokens::to_lower(t.span.text(text));
                    coref::is_role_word(w.trim_end_matches("'s").trim_end_matches("’s"))
                });
        if !(who || role) {
            return None;
        }
        let mut start = i;
        while start > 0 && toks[start - 1].capitalised() {
            start -= 1;
        }
        (i - start >= 2).then(|| Span::new(toks[start].span.start, toks[i - 1].span.end))
    })
}

/// Sorts attributions by their content, as `attribute` returns them (both engines). Of two claims
/// of the same words, the one whose cue stands nearer comes first: "urged the council to declare
/// that …" is first the council's declaration.
fn in_reading_order(out: &mut Vec<Attribution>) {
    crate::order::by_key(out, |a| {
        let cue = a.cue.unwrap_or(a.content);
        let gap = cue.start.saturating_sub(a.content.end) + a.content.start.saturating_sub(cue.end);
        (a.content.start, a.content.end, gap)
    });
}

/// A quotation that goes on over paragraphs, each reopening it, is one statement per paragraph,
/// as a reader lists them: the same speaker and cue for each.
fn split_at_paragraphs(text: &str, out: &mut Vec<Attribution>) {
    let mut parts = Vec::new();
    for a in out.iter_mut().filter(|a| a.kind == Kind::Direct) {
        let s = a.content.text(text);
        let mut start = 0;
        for (i, _) in s.match_indices('\n') {
            let next = s[i..].trim_start();
            // A paragraph that reopens the quotation with an opening mark (a straight ' is too
            // often an apostrophe).
            if i > start && next.starts_with(['“', '"', '«', '„', '‘', '»']) {
                let end = a.content.start + s[..i].trim_end().len();
                parts.push(Attribution {
                    content: Span::new(a.content.start + start, end),
                    ..a.clone()
                });
                start = s.len() - next.len();
            }
        }
        a.content.start += start;
    }
    out.extend(parts);
}

/// A reported content holds at most one other attribution: "Peskov said Trump told Putin that …"
/// nests one claim in another, but in a run-on chain ("X said …, Y told …, Z said …") each later
/// claim is its own. Without the bound a long sentence would be swallowed once per cue, and the
/// output would grow with the square of the text.
fn cut_at_next_attribution(text: &str, out: &mut [Attribution]) {
    // Where each attribution's own words (speaker or cue) begin.
    let mut marks: Vec<usize> = out
        .iter()
        .filter_map(|a| match (a.speaker, a.cue) {
            (Some(s), Some(c)) => Some(s.start.min(c.start)),
            (s, c) => s.or(c).map(|x| x.start),
        })
        .collect();
    marks.sort_unstable();
    marks.dedup();
    for a in out.iter_mut().filter(|a| a.kind != Kind::Direct) {
        let i = marks.partition_point(|&m| m <= a.content.start);
        let Some(&m) = marks.get(i + 1).filter(|&&m| m < a.content.end) else {
            continue;
        };
        let kept = text[a.content.start..m]
            .trim_end_matches(|c: char| c.is_whitespace() || ",;:—–-".chars().any(|x| x == c));
        if !kept.is_empty() {
            a.content.end = a.content.start + kept.len();
        }
    }
}

/// The state shared by the passes.
pub(crate) struct Engine<'t> {
    text: &'t str,
    out: Vec<Attribution>,
    memory: coref::Memory,
    buf: String,
    work: usize,
    /// Byte offsets of the cue words quotations used in the current sentence.
    used_cues: Vec<usize>,
    /// Quotations of the current sentence already attributed as direct speech.
    direct_spans: Vec<Span>,
}

/// What the passes found, before resolution and scoring.
struct Found {
    kind: Kind,
    content: Span,
    cue: Option<Span>,
    cue_weight: u8,
    class: CueClass,
    speaker: Option<Span>,
    via: Option<Span>,
    layout: scoring::Layout,
    carried: bool,
    sentence: usize,
}

/// How many tokens a fronted prepositional phrase before its clause's subject may take ("During
/// an interview,"): longer, the comma more likely closes something else.
const FRONTED_PHRASE: usize = 6;

/// Words that open a subordinate clause before its main clause's subject ("When asked …, she").
static SUBORDINATORS: WordList =
    words!["after", "as", "asked", "before", "if", "once", "when", "whenever", "while",];

impl Engine<'_> {
    /// The speaker of a cue with no subject of its own ("…, adding that", "saying",
    /// "When asked about it, she …"): the speaker of the sentence's previous attribution, the
    /// subject after a fronted clause, or the noun phrase that opens the sentence.
    fn clause_subject(&mut self, toks: &[Token], j: usize) -> Option<Span> {
        let text = self.text;
        let sentence_start = toks.first()?.span.start;
        // "Adding, \"…\"": a participle opening its sentence, with no clause of its own, goes on
        // from the last speaker.
        if j == 0
            && toks.get(1).is_some_and(|t| t.is(',') || t.is(':'))
            && self.lower(&toks[0]).ends_with("ing")
        {
            if let Some((sp, _)) = self.memory.last {
                return Some(sp);
            }
        }
        if let Some(a) = self.out.last() {
            if a.speaker.is_some()
                && a.content.start >= sentence_start
                && a.cue.is_some_and(|c| c.start < toks[j].span.start)
            {
                return a.speaker;
            }
        }
        // "…, Spicer said, adding, \"…\"": the cue just before, set off by a comma, speaks (a
        // quotation's cue is read before the reports of its sentence, so it is not in `out`).
        if j >= 3
            && toks[j - 1].is(',')
            && self.cue(&toks[j - 2]).is_some_and(|c| c.0 >= REPORTED_MIN)
        {
            if let Some(sp) = speakers::left(text, toks, 0, j - 3, &mut self.buf) {
                return Some(sp);
            }
        }
        let mut s = 0;
        while s < j
            && toks[s].word
            && matches!(
                self.lower(&toks[s]).as_str(),
                "but" | "and" | "so" | "yet" | "still"
            )
        {
            s += 1;
        }
        let fronted =
            s == j || (toks[s].word && SUBORDINATORS.contains(self.lower(&toks[s]).as_str()));
        // A fronted clause closed by a comma before the cue ("When Rubio did take Trump on, he
        // did it sideways, acknowledging …") leaves the cue to the main clause's subject. (A
        // clause longer than the subject window is not read as fronted: no rescanning a long
        // sentence from its start for each cue.)
        let fronted = fronted && j - s <= speakers::SUBJECT_WINDOW;
        self.work += if fronted { j - s } else { 0 };
        if fronted && !toks[s..j].iter().any(|t| t.is(',')) {
            let comma = (j + 1..toks.len().min(j + 20)).find(|&k| toks[k].is(','))?;
            return speakers::right(text, toks, comma + 1, toks.len(), &mut self.buf);
        }
        speakers::right(text, toks, s, j, &mut self.buf)
            .or_else(|| speakers::main_subject(text, toks, j, &mut self.buf))
    }

    fn lower(&mut self, t: &Token) -> String {
        let mut s = String::new();
        tokens::lower(self.text, t, &mut s);
        s
    }

    /// The cue weight of a token, when it is an unquoted word.
    fn cue(&mut self, t: &Token) -> Option<(u8, u8, CueClass)> {
        if !t.word || t.quoted {
            return None;
        }
        let w = tokens::lower(self.text, t, &mut self.buf);
        cues::weight(w)
    }

    /// Resolves, classifies, scores and records an attribution.
    fn push(&mut self, f: Found) {
        let text = self.text;
        // "We’ve seen …": the pronoun speaks, without its verb.
        let (speaker, resolved, form) = match f.speaker.map(|sp| without_contraction(text, sp)) {
            Some(sp) if f.carried => (
                Some(sp),
                self.memory.last.map(|l| l.1).or(Some(sp)),
                scoring::Form::Carried,
            ),
            Some(sp) => {
                let r = self.memory.resolve(text, sp);
                let form = if coref::refers(text, sp).is_some()
                    || sp.text(text).split_whitespace().count() == 1
                        && lexicon::is_deictic(&tokens::to_lower(sp.text(text)))
                {
                    scoring::Form::Pronoun
                } else if sp.text(text).chars().any(tokens::is_upper) {
                    scoring::Form::Named
                } else {
                    scoring::Form::Nominal
                };
                (Some(sp), Some(r), form)
            }
            None => (None, None, scoring::Form::None),
        };
        // "The crisis pushed …", "China's growth is expected to …": a thing that cannot speak,
        // nor stand for a later "he" ("In a video posted …, Mateen said: … he added").
        if f.speaker.is_some_and(|sp| cannot_speak(text, sp)) {
            return;
        }
        let sourcing = speakers::sourcing(text, resolved);
        if let (Some(sp), Some(r)) = (speaker, resolved) {
            if !f.carried {
                // Only a plain speech cue hands its speaker on to a following speakerless quote.
                self.memory
                    .note(text, sp, r, sourcing, f.cue_weight >= STRONG_CUE);
            }
        }
        // "It made no mention of …", "did not respond to …": a negated cue states nothing (the
        // sources stage reads the first as an omission). The speaker is still remembered.
        if f.cue.is_some_and(|cue| negated(text, cue)) {
            return;
        }
        let cue = f
            .cue
            .map(|c| tokens::to_lower(c.text(text)))
            .unwrap_or_default();
        // A quotation is words said, whatever its cue calls them ("“…,” he predicted").
        let mut class = match f.class {
            CueClass::Writing => CueClass::Writing,
            _ if f.kind == Kind::Direct => CueClass::Speech,
            c => c,
        };
        // `dubbed "Hebron Smart City"`, `calls him "Mini Mike"`: a name given, in title case, is a
        // characterisation (the evaluation class), not the speaker's statement.
        if cues::is_naming(&cue) && is_a_name(f.content.text(text)) {
            class = CueClass::Evaluation;
        }
        if f.kind == Kind::Indirect {
            match content_form(text, &cue, f.content) {
                ContentForm::Claim => {}
                ContentForm::Thing => class = CueClass::Action,
                ContentForm::Adjunct => return,
            }
        }
        let cell = scoring::cell(f.kind, form, f.cue_weight, f.layout);
        self.out.push(Attribution {
            kind: f.kind,
            content: f.content,
            cue: f.cue,
            speaker,
            resolved,
            via: f.via,
            source: None,
            cue_class: class,
            sourcing,
            confidence: scoring::confidence(cell),
            sentence: f.sentence,
        });
    }
}

/// Whether the cue is a negator ("declined to comment") or a word of its own clause, at most six
/// words before it, negates it ("did not respond to a request for comment", "made no mention",
/// "didn't say").
fn negated(text: &str, cue: Span) -> bool {
    let is_negator = |w: &str| {
        let w = tokens::to_lower(w);
        lexicon::is_negator(&w) || w.ends_with("n't") || w.ends_with("n’t")
    };
    let before = &text[crate::text::floor_boundary(text, cue.start.saturating_sub(80))..cue.start];
    if cue
        .text(text)
        .split_whitespace()
        .next()
        .is_some_and(is_negator)
    {
        return true;
    }
    // The words of the cue's clause before it, nearest first (not past its start: "did not wait
    // and said").
    let clause = before.split_whitespace().rev().take(6).take_while(|w| {
        let w = tokens::to_lower(w);
        !w.ends_with([',', ';', ':', '.', '"', '”', '“'])
            && !lexicon::is_clause_opener(&w)
            && !lexicon::is_cue_joiner(&w)
            && !lexicon::is_complementiser(&w)
    });
    // "A spokesperson who did not wish to be named said …": a negation before "named" is the
    // source's anonymity, not the cue's.
    let mut anonymous = false;
    for w in clause {
        anonymous |= lexicon::is_anonymity_word(&tokens::to_lower(w));
        if is_negator(w) {
            return !anonymous;
        }
    }
    false
}

/// Whether the speaker's head word names a thing that cannot speak (a state, an event, a
/// picture): "The crisis", "China's growth", "Verified video footage".
fn cannot_speak(text: &str, speaker: Span) -> bool {
    let head = speaker
        .text(text)
        .split_whitespace()
        .last()
        .unwrap_or_default();
    lexicon::is_mute_noun(&tokens::to_lower(
        head.trim_matches(|c: char| !c.is_alphanumeric()),
    ))
}

/// What a report's content is.
enum ContentForm {
    /// What was said: a clause, or a phrase that stands for one.
    Claim,
    /// A thing done or named, where a claim would go on ("announced his retirement", "cast her
    /// vote", "revealed it"): PolNeAR's relation, but a deed to a reader (the action class).
    Thing,
    /// No content at all: a short phrase opened by a preposition, which tells when, where or of
    /// what ("said on Tuesday", "a forecast of 2.3"), or a bare link.
    Adjunct,
}

fn content_form(text: &str, cue: &str, content: Span) -> ContentForm {
    /// A clause that opens with a preposition ("in 2023 growth will slow") is longer.
    const MAX_ADJUNCT_WORDS: usize = 5;
    /// "his retirement": a noun phrase, where a claim would go on ("the plan failed").
    const MAX_THING_WORDS: usize = 2;
    /// How far into the content a hearer (or a deed noun) may end ("informed the regional
    /// government of …", "announced her resignation").
    const MAX_OBJECT_WORDS: usize = 4;
    // Only the first few words matter: the work stays constant however long the content.
    let words: Vec<String> = content
        .text(text)
        .split_whitespace()
        .take(MAX_ADJUNCT_WORDS + 1)
        .map(|w| tokens::to_lower(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    let n = words.len();
    let first = words.first().map_or("", String::as_str);
    // "Asked about the aid, Al-Hams sighed.": the question put to the speaker, not their words.
    let adjunct = lexicon::is_adjunct_preposition(first) && n <= MAX_ADJUNCT_WORDS
        || lexicon::is_question_context(first);
    let thing = n <= MAX_THING_WORDS && lexicon::is_determiner(first)
        || n == 1 && lexicon::is_object_pronoun(first);
    // "announced his retirement", "declared her candidacy": a decision made known, not a claim
    // ("announced her resignation would take effect in May" is one).
    let deed = lexicon::is_determiner(first)
        && (1..n.min(MAX_OBJECT_WORDS)).any(|i| {
            lexicon::is_deed_noun(&words[i])
                && words.get(i + 1).is_none_or(|w| !lexicon::is_auxiliary(w))
        });
    // "informed the ministry of the arrest", "asked the minister about poverty": the hearer, then
    // only what it was about; "asked him to leave" and "told them the talks failed" go on.
    // Not a part of something ("told reporters most of the money …"), and "as" only right after
    // the hearer ("informed me as governor", not "told them the plan, as drafted, …").
    let about = lexicon::is_hearer_cue(cue)
        && !words.iter().any(|w| lexicon::goes_on_after_hearer(w))
        && (1..n.min(MAX_OBJECT_WORDS + 1)).any(|i| {
            lexicon::is_topic_preposition(&words[i])
                && !lexicon::is_quantifier(&words[i - 1])
                && (words[i] != "as" || i == 1)
        });
    let link = n == 1 && (first.starts_with("http://") || first.starts_with("https://"));
    if adjunct || link {
        ContentForm::Adjunct
    } else if thing || deed || about {
        ContentForm::Thing
    } else {
        ContentForm::Claim
    }
}

/// Is `quoted` a name in title case ("Mini Mike", "Facebook for Palestinians"), its quotation
/// marks and final stop aside?
fn is_a_name(quoted: &str) -> bool {
    /// Names given are short; a longer title-case quotation may be a slogan.
    const NAME_WORDS: usize = 5;
    let inner = quoted.trim_matches(|c: char| !c.is_alphanumeric());
    let words: Vec<&str> = inner.split_whitespace().collect();
    (2..=NAME_WORDS).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && !inner.contains(['.', '?', '!', ';', ','])
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || lexicon::is_title_small_word(&tokens::to_lower(w))
        })
}

/// `span` without a verb contracted onto its last word ("We’ve" → "We"; "O'Dell" stays).
fn without_contraction(text: &str, span: Span) -> Span {
    let s = span.text(text);
    match s.char_indices().rev().find(|&(_, c)| c == '\'' || c == '’') {
        Some((i, c))
            if i > 0 && lexicon::is_contracted_verb(&tokens::to_lower(&s[i + c.len_utf8()..])) =>
        {
            Span::new(span.start, span.start + i)
        }
        _ => span,
    }
}

/// Does a paragraph start at `at` (only spaces since the last line break)?
fn paragraph_start(text: &str, at: usize) -> bool {
    // Only back over spaces, so that a long paragraph is never rescanned.
    text[..at]
        .chars()
        .rev()
        .find(|&c| c == '\n' || !c.is_whitespace())
        .is_none_or(|c| c == '\n')
}

/// The span from the first to the last token of `toks[a..b]` (b exclusive), if any.
fn cover(toks: &[Token], a: usize, b: usize) -> Option<Span> {
    (a < b && b <= toks.len()).then(|| Span::new(toks[a].span.start, toks[b - 1].span.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(cue: &str, content: &str) -> &'static str {
        match content_form(content, cue, Span::new(0, content.len())) {
            ContentForm::Claim => "claim",
            ContentForm::Thing => "thing",
            ContentForm::Adjunct => "adjunct",
        }
    }

    #[test]
    fn a_hearer_and_what_it_was_told_of_is_a_thing() {
        assert_eq!(form("informed", "the ministry of the arrest"), "thing");
        assert_eq!(form("asked", "the minister about the strike"), "thing");
        assert_eq!(form("informed", "me as governor"), "thing");
        // A part of something, a clause after the hearer, "as" further on: claims.
        assert_eq!(
            form("told", "reporters most of the money was gone"),
            "claim"
        );
        assert_eq!(form("told", "them that the talks failed"), "claim");
        assert_eq!(form("told", "them the plan, as drafted, was dead"), "claim");
    }

    #[test]
    fn a_decision_made_known_is_a_thing() {
        assert_eq!(form("announced", "her resignation in mid-August"), "thing");
        assert_eq!(
            form("announced", "her resignation would take effect in May"),
            "claim"
        );
    }

    #[test]
    fn a_name_given_is_in_title_case() {
        assert!(is_a_name("“Mini Mike.”"));
        assert!(is_a_name("\"Facebook for Palestinians\""));
        assert!(!is_a_name("\"very good\""));
        assert!(!is_a_name("\"Sleepy\""));
        assert!(!is_a_name("\"We Will Win, Believe Me\""));
    }
}
