//! Comparison of two sources or sides, from an [`Analysis`] alone (the wasm binding and the npm
//! package deserialise the analysis they returned earlier and pass it back).
//!
//! ```
//! let text = "\"The talks were very good,\" the White House said. \
//!             The Kremlin called the talks \"constructive.\" It made no mention of safe zones.";
//! let analysis = quotelens::analyze(text, &quotelens::Options::default()).unwrap();
//! // Parties are source or side ids or names, matched case-insensitively.
//! match quotelens::compare(&analysis, "White House", "Kremlin") {
//!     Ok(c) => println!("{}", c.to_markdown()),
//!     Err(e) => assert_eq!(e.code(), "unknown_source"), // when no attribution named them
//! }
//! ```

use crate::prelude::*;

mod report;

use core::cmp::Reverse;

use serde::{Deserialize, Serialize};

use crate::analysis::{Analysis, Kind, SourceKind, TextSpan};
use crate::json::{self, Value};
use crate::sort;
use crate::sources::text::{alias_key, slug, topic_key};
use crate::Error;

/// Two parties side by side, and what the article says across them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub a: Party,
    pub b: Party,
    /// Topics both raised (by key), with the words each used.
    pub shared_topics: Vec<SharedTopic>,
    /// Names of the topics only `a` raised, most raised first.
    pub only_a: Vec<String>,
    /// Names of the topics only `b` raised.
    pub only_b: Vec<String>,
    /// Omission statements about either party.
    pub omissions: Vec<ComparedOmission>,
    /// Sentences where the article sets a source of `a` against a source of `b`.
    pub contrasts: Vec<ComparedContrast>,
}

/// Whether a party is one source or a whole side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PartyKind {
    Source,
    Side,
}

/// One side of the comparison: a source (with the persons affiliated to it) or a side.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Party {
    /// What the caller asked for.
    pub query: String,
    pub id: String,
    pub name: String,
    pub kind: PartyKind,
    /// The side of a source party; the id itself for a side party.
    pub side: Option<String>,
    /// Indices into the analysis' `sources`.
    pub sources: Vec<usize>,
    pub attributions: Vec<PartyAttribution>,
    pub framing: Vec<Framing>,
    pub topics: Vec<PartyTopic>,
}

/// An attribution of a party, as a fact-checker lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartyAttribution {
    /// Index into the analysis' `attributions`.
    pub index: usize,
    pub kind: Kind,
    pub confidence: f32,
    pub sentence: usize,
    /// The name of the source that spoke.
    pub source: String,
    pub content: TextSpan,
}

/// An evaluative word or phrase, with where it was used.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Framing {
    pub text: String,
    /// Indices into the analysis' `attributions`.
    pub attributions: Vec<usize>,
    pub spans: Vec<TextSpan>,
}

/// A topic a party raised.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartyTopic {
    /// The grouping key: lowercase, singular, synonyms folded ("talks" for "phone call").
    pub key: String,
    pub name: String,
    /// The names it was raised under ("conversation", "phone discussion").
    pub forms: Vec<String>,
    pub attributions: Vec<usize>,
    /// True when the other party did not raise it.
    pub only: bool,
    pub spans: Vec<TextSpan>,
}

/// A topic both parties raised.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharedTopic {
    pub key: String,
    pub name: String,
    pub forms_a: Vec<String>,
    pub forms_b: Vec<String>,
    pub attributions_a: Vec<usize>,
    pub attributions_b: Vec<usize>,
}

/// "It made no mention of safe zones", about one of the parties.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ComparedOmission {
    pub sentence: usize,
    /// The sentence, with its UTF-16 offsets.
    pub text: TextSpan,
    /// "a" or "b".
    pub party: String,
    /// The name of the source that left the topic out.
    pub about: String,
    pub topic: String,
    pub topic_key: String,
    /// True when the other party raised the topic.
    pub raised_by_other: bool,
}

/// A sentence contrasting the parties.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ComparedContrast {
    pub sentence: usize,
    pub text: TextSpan,
    /// The marker ("while", "but").
    pub cue: String,
    pub sources_a: Vec<String>,
    pub sources_b: Vec<String>,
}

// The JSON form, as the serde derives above describe it (see `json::ToJson`).
json_names!(PartyKind { Source => "source", Side => "side" });
json_object!(Comparison {
    a,
    b,
    shared_topics,
    only_a,
    only_b,
    omissions,
    contrasts
});
json_object!(Party {
    query,
    id,
    name,
    kind,
    side,
    sources,
    attributions,
    framing,
    topics
});
json_object!(PartyAttribution {
    index,
    kind,
    confidence,
    sentence,
    source,
    content
});
json_object!(Framing {
    text,
    attributions,
    spans
});
json_object!(PartyTopic {
    key,
    name,
    forms,
    attributions,
    only,
    spans
});
json_object!(SharedTopic {
    key,
    name,
    forms_a,
    forms_b,
    attributions_a,
    attributions_b
});
json_object!(ComparedOmission {
    sentence,
    text,
    party,
    about,
    topic,
    topic_key,
    raised_by_other
});
json_object!(ComparedContrast {
    sentence,
    text,
    cue,
    sources_a,
    sources_b
});

/// What a comparison reads from an [`Analysis`]: the wasm binding reads this, not the whole
/// analysis, from the analysis' JSON ([`Input::from_json`]). Unknown fields are ignored, and few
/// types stand for many (a span, a topic and a name are all an [`InputSpan`]; a source and a side
/// are both an [`InputSource`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    pub attributions: Vec<InputAttribution>,
    pub sources: Vec<InputSource>,
    pub sides: Vec<InputSource>,
    pub omissions: Vec<InputNote>,
    pub contrasts: Vec<InputNote>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct InputAttribution {
    pub kind: Kind,
    pub content: InputSpan,
    pub confidence: f32,
    pub sentence: usize,
    /// The source, of which only the name is read.
    pub source: Option<InputSpan>,
    pub topics: Vec<InputSpan>,
    pub framing: Vec<InputSpan>,
}

/// A text span (`start`, `end`, `text`), a topic (with its `name`) or a named thing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InputSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub name: String,
}

impl InputSpan {
    fn text_span(&self) -> TextSpan {
        TextSpan {
            start: self.start,
            end: self.end,
            text: self.text.clone(),
        }
    }
}

impl From<&TextSpan> for InputSpan {
    fn from(t: &TextSpan) -> InputSpan {
        InputSpan {
            start: t.start,
            end: t.end,
            text: t.text.clone(),
            name: String::new(),
        }
    }
}

/// A source (`attributions` are its attributions) or a side (`sources` are its sources).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InputSource {
    pub id: String,
    pub name: String,
    pub kind: Option<SourceKind>,
    pub side: Option<String>,
    pub attributions: Vec<usize>,
    pub sources: Vec<usize>,
}

/// An omission (`source`, `topic`) or a contrast (`cue`, `sources`) in sentence `sentence`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InputNote {
    pub sentence: usize,
    pub text: InputSpan,
    pub source: Option<usize>,
    pub topic: InputSpan,
    pub cue: InputSpan,
    pub sources: Vec<usize>,
}

// Read by hand from a parsed JSON value: serde's derived deserialisers cost the wasm build tens
// of KB. A missing field takes its default, except the four every attribution has.

impl Input {
    /// Reads the input from an analysis' JSON, as `analyze` wrote it.
    pub fn from_json(json: &str) -> Result<Input, Error> {
        json::parse(json)
            .and_then(|v| Input::from_value(&v))
            .map_err(|e| match e {
                Error::BadOptions(why) => {
                    Error::BadOptions(String::from("not an analysis: ") + &why)
                }
                e => e,
            })
    }

    fn from_value(v: &Value) -> Result<Input, Error> {
        let mut input = Input::default();
        for (key, v) in v.object("the analysis")? {
            match &**key {
                "attributions" => {
                    input.attributions = v.list("attributions", InputAttribution::from_value)?
                }
                "sources" => input.sources = v.list("sources", InputSource::from_value)?,
                "sides" => input.sides = v.list("sides", InputSource::from_value)?,
                "omissions" => input.omissions = v.list("omissions", InputNote::from_value)?,
                "contrasts" => input.contrasts = v.list("contrasts", InputNote::from_value)?,
                _ => {}
            }
        }
        Ok(input)
    }
}

impl InputAttribution {
    fn from_value(v: &Value, what: &str) -> Result<InputAttribution, Error> {
        let (mut kind, mut content, mut confidence, mut sentence) = (None, None, None, None);
        let (mut source, mut topics, mut framing) = (None, Vec::new(), Vec::new());
        for (key, v) in v.object(what)? {
            match &**key {
                "kind" => kind = Some(v.variant("attribution kind", &Kind::ALL)?),
                "content" => content = Some(InputSpan::from_value(v, "an attribution's content")?),
                "confidence" => confidence = Some(v.number("a confidence")? as f32),
                "sentence" => sentence = Some(v.index("a sentence index")?),
                "source" => {
                    source = v
                        .nullable()
                        .map(|v| InputSpan::from_value(v, "a source"))
                        .transpose()?
                }
                "topics" => topics = v.list("topics", InputSpan::from_value)?,
                "framing" => framing = v.list("framing", InputSpan::from_value)?,
                _ => {}
            }
        }
        let missing = || {
            Error::BadOptions(
                String::from(what)
                    + ": an attribution needs kind, content, confidence and sentence",
            )
        };
        Ok(InputAttribution {
            kind: kind.ok_or_else(missing)?,
            content: content.ok_or_else(missing)?,
            confidence: confidence.ok_or_else(missing)?,
            sentence: sentence.ok_or_else(missing)?,
            source,
            topics,
            framing,
        })
    }
}

impl InputSpan {
    fn from_value(v: &Value, what: &str) -> Result<InputSpan, Error> {
        let mut span = InputSpan::default();
        for (key, v) in v.object(what)? {
            match &**key {
                "start" => span.start = v.index("an offset")?,
                "end" => span.end = v.index("an offset")?,
                "text" => span.text = v.string("a text")?,
                "name" => span.name = v.string("a name")?,
                _ => {}
            }
        }
        Ok(span)
    }
}

impl InputSource {
    fn from_value(v: &Value, what: &str) -> Result<InputSource, Error> {
        let mut source = InputSource::default();
        for (key, v) in v.object(what)? {
            match &**key {
                "id" => source.id = v.string("an id")?,
                "name" => source.name = v.string("a name")?,
                "kind" => {
                    source.kind = v
                        .nullable()
                        .map(|v| v.variant("source kind", &SourceKind::ALL))
                        .transpose()?
                }
                "side" => source.side = v.nullable().map(|v| v.string("a side")).transpose()?,
                "attributions" => {
                    source.attributions = v.list("attribution indices", Value::index)?
                }
                "sources" => source.sources = v.list("source indices", Value::index)?,
                _ => {}
            }
        }
        Ok(source)
    }
}

impl InputNote {
    fn from_value(v: &Value, what: &str) -> Result<InputNote, Error> {
        let mut note = InputNote::default();
        for (key, v) in v.object(what)? {
            match &**key {
                "sentence" => note.sentence = v.index("a sentence index")?,
                "text" => note.text = InputSpan::from_value(v, "a text")?,
                "source" => {
                    note.source = v
                        .nullable()
                        .map(|v| v.index("a source index"))
                        .transpose()?
                }
                "topic" => note.topic = InputSpan::from_value(v, "a topic")?,
                "cue" => note.cue = InputSpan::from_value(v, "a cue")?,
                "sources" => note.sources = v.list("source indices", Value::index)?,
                _ => {}
            }
        }
        Ok(note)
    }
}

impl From<&Analysis> for Input {
    fn from(a: &Analysis) -> Input {
        Input {
            attributions: a
                .attributions
                .iter()
                .map(|t| InputAttribution {
                    kind: t.kind,
                    content: (&t.content).into(),
                    confidence: t.confidence,
                    sentence: t.sentence,
                    source: t.source.as_ref().map(|s| InputSpan {
                        name: s.name.clone(),
                        ..InputSpan::default()
                    }),
                    topics: t
                        .topics
                        .iter()
                        .map(|x| InputSpan {
                            start: x.start,
                            end: x.end,
                            text: x.text.clone(),
                            name: x.name.clone(),
                        })
                        .collect(),
                    framing: t.framing.iter().map(InputSpan::from).collect(),
                })
                .collect(),
            sources: a
                .sources
                .iter()
                .map(|x| InputSource {
                    id: x.source.id.clone(),
                    name: x.source.name.clone(),
                    kind: Some(x.source.kind),
                    side: x.source.side.clone(),
                    attributions: x.attributions.clone(),
                    sources: Vec::new(),
                })
                .collect(),
            sides: a
                .sides
                .iter()
                .map(|x| InputSource {
                    id: x.id.clone(),
                    name: x.name.clone(),
                    sources: x.sources.clone(),
                    ..InputSource::default()
                })
                .collect(),
            omissions: a
                .omissions
                .iter()
                .map(|o| InputNote {
                    sentence: o.sentence,
                    text: (&o.text).into(),
                    source: o.source,
                    topic: InputSpan {
                        name: o.topic.name.clone(),
                        ..InputSpan::default()
                    },
                    ..InputNote::default()
                })
                .collect(),
            contrasts: a
                .contrasts
                .iter()
                .map(|c| InputNote {
                    sentence: c.sentence,
                    text: (&c.text).into(),
                    cue: (&c.cue).into(),
                    sources: c.sources.clone(),
                    ..InputNote::default()
                })
                .collect(),
        }
    }
}

/// Compares two sources or sides of an analysis. `a` and `b` are source ids or names, side ids or
/// names, or a gazetteer alias of a source ("Putin"), matched case-insensitively. A source party is
/// that source alone; a side party ("russia") is every source on the side.
pub fn compare(analysis: &Analysis, a: &str, b: &str) -> Result<Comparison, Error> {
    compare_input(&Input::from(analysis), a, b)
}

/// [`compare`] on the [`Input`] part of an analysis (what the wasm binding reads).
pub fn compare_input(analysis: &Input, a: &str, b: &str) -> Result<Comparison, Error> {
    let mut pa = party(analysis, a)?;
    let mut pb = party(analysis, b)?;
    fill(analysis, &mut pa);
    fill(analysis, &mut pb);

    let keys_a: Vec<&str> = pa.topics.iter().map(|t| t.key.as_str()).collect();
    let keys_b: Vec<&str> = pb.topics.iter().map(|t| t.key.as_str()).collect();
    let mut shared = Vec::new();
    for t in &pa.topics {
        if let Some(u) = pb.topics.iter().find(|u| u.key == t.key) {
            shared.push(SharedTopic {
                key: t.key.clone(),
                name: t.name.clone(),
                forms_a: t.forms.clone(),
                forms_b: u.forms.clone(),
                attributions_a: t.attributions.clone(),
                attributions_b: u.attributions.clone(),
            });
        }
    }
    let keys_a: Vec<String> = keys_a.into_iter().map(str::to_string).collect();
    let keys_b: Vec<String> = keys_b.into_iter().map(str::to_string).collect();
    for t in &mut pa.topics {
        t.only = !keys_b.contains(&t.key);
    }
    for t in &mut pb.topics {
        t.only = !keys_a.contains(&t.key);
    }
    // Topics the comparison turns on first: shared, then left out, then the most raised.
    let omitted: Vec<String> = analysis
        .omissions
        .iter()
        .filter(|o| {
            o.source
                .is_some_and(|s| pa.sources.contains(&s) || pb.sources.contains(&s))
        })
        .map(|o| topic_key(&o.topic.name))
        .collect();
    for p in [&mut pa, &mut pb] {
        let rank = |t: &PartyTopic| {
            let mut sentences: Vec<usize> = t
                .attributions
                .iter()
                .filter_map(|&i| analysis.attributions.get(i).map(|a| a.sentence))
                .collect();
            sort::sort(&mut sentences);
            sentences.dedup();
            (
                t.only,
                !omitted.contains(&t.key),
                usize::MAX - sentences.len(),
            )
        };
        let keys: Vec<_> = p.topics.iter().map(rank).collect();
        p.topics = sort::stable_by_keys(core::mem::take(&mut p.topics), &keys);
    }
    let only_a = pa
        .topics
        .iter()
        .filter(|t| t.only)
        .map(|t| t.name.clone())
        .collect();
    let only_b = pb
        .topics
        .iter()
        .filter(|t| t.only)
        .map(|t| t.name.clone())
        .collect();

    let mut omissions = Vec::new();
    for o in &analysis.omissions {
        let Some(s) = o.source else { continue };
        for (label, p, other) in [("a", &pa, &keys_b), ("b", &pb, &keys_a)] {
            if p.sources.contains(&s) {
                let key = topic_key(&o.topic.name);
                omissions.push(ComparedOmission {
                    sentence: o.sentence,
                    text: o.text.text_span(),
                    party: label.to_string(),
                    about: source_name(analysis, s),
                    topic: o.topic.name.clone(),
                    raised_by_other: other.contains(&key),
                    topic_key: key,
                });
            }
        }
    }

    let mut contrasts = Vec::new();
    for c in &analysis.contrasts {
        let names = |p: &Party| -> Vec<String> {
            c.sources
                .iter()
                .filter(|s| p.sources.contains(s))
                .map(|&s| source_name(analysis, s))
                .collect()
        };
        let (sa, sb) = (names(&pa), names(&pb));
        if !sa.is_empty() && !sb.is_empty() {
            contrasts.push(ComparedContrast {
                sentence: c.sentence,
                text: c.text.text_span(),
                cue: c.cue.text.clone(),
                sources_a: sa,
                sources_b: sb,
            });
        }
    }

    Ok(Comparison {
        a: pa,
        b: pb,
        shared_topics: shared,
        only_a,
        only_b,
        omissions,
        contrasts,
    })
}

fn source_name(analysis: &Input, s: usize) -> String {
    analysis
        .sources
        .get(s)
        .map(|s| s.name.clone())
        .unwrap_or_default()
}

/// Finds the party a query names.
fn party(analysis: &Input, query: &str) -> Result<Party, Error> {
    let (id, key) = (slug(query), alias_key(query));
    let unknown = || Error::UnknownSource(query.to_string());
    if key.is_empty() {
        return Err(unknown());
    }
    let sources = &analysis.sources;
    let source_party = |i: usize| {
        let s = sources.at(i);
        Party {
            query: query.to_string(),
            id: s.id.clone(),
            name: s.name.clone(),
            kind: PartyKind::Source,
            side: s.side.clone(),
            sources: vec![i],
            attributions: Vec::new(),
            framing: Vec::new(),
            topics: Vec::new(),
        }
    };
    let side_party = |i: usize| {
        let s = analysis.sides.at(i);
        Party {
            query: query.to_string(),
            id: s.id.clone(),
            name: s.name.clone(),
            kind: PartyKind::Side,
            side: Some(s.id.clone()),
            sources: s.sources.clone(),
            attributions: Vec::new(),
            framing: Vec::new(),
            topics: Vec::new(),
        }
    };
    if let Some(i) = sources.iter().position(|s| s.id == id) {
        return Ok(source_party(i));
    }
    if let Some(i) = analysis.sides.iter().position(|s| s.id == id) {
        return Ok(side_party(i));
    }
    if let Some(i) = sources.iter().position(|s| alias_key(&s.name) == key) {
        return Ok(source_party(i));
    }
    if let Some(i) = analysis
        .sides
        .iter()
        .position(|s| alias_key(&s.name) == key)
    {
        return Ok(side_party(i));
    }
    if let Some(gid) = crate::sources::builtin_id(&key) {
        if let Some(i) = sources.iter().position(|s| s.id == gid) {
            return Ok(source_party(i));
        }
    }
    // A surname: "Doe" for Jane Doe, when only one person has it.
    let by_surname: Vec<usize> = sources
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            s.kind == Some(SourceKind::Person)
                && crate::text::after_last(&alias_key(&s.name), b' ') == key.as_str()
        })
        .map(|(i, _)| i)
        .collect();
    if by_surname.len() == 1 {
        return Ok(source_party(*by_surname.at(0)));
    }
    Err(unknown())
}

/// Fills a party's attributions, framing and topics.
fn fill(analysis: &Input, p: &mut Party) {
    let mut indices: Vec<usize> = p
        .sources
        .iter()
        .filter_map(|&s| analysis.sources.get(s))
        .flat_map(|s| s.attributions.iter().copied())
        .collect();
    sort::sort(&mut indices);
    indices.dedup();
    let mut topics: Vec<PartyTopic> = Vec::new();
    let mut counts: Vec<usize> = Vec::new();
    // An attribution read from an omission statement about the party is not its claim.
    indices.retain(|&i| {
        analysis.attributions.get(i).is_some_and(|a| {
            !analysis.omissions.iter().any(|o| {
                o.sentence == a.sentence && o.source.is_some_and(|s| p.sources.contains(&s))
            })
        })
    });
    for &i in &indices {
        let Some(a) = analysis.attributions.get(i) else {
            continue;
        };
        let source = a
            .source
            .as_ref()
            .map(|s| s.name.clone())
            .unwrap_or_default();
        p.attributions.push(PartyAttribution {
            index: i,
            kind: a.kind,
            confidence: a.confidence,
            sentence: a.sentence,
            source,
            content: a.content.text_span(),
        });
        for f in &a.framing {
            let text = f
                .text
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_string();
            match p
                .framing
                .iter_mut()
                .find(|g| crate::text::eq_ignore_case(&g.text, &text))
            {
                Some(g) => {
                    if !g.attributions.contains(&i) {
                        g.attributions.push(i);
                    }
                    if !g.spans.iter().any(|x| x.start == f.start && x.end == f.end) {
                        g.spans.push(f.text_span());
                    }
                }
                None => p.framing.push(Framing {
                    text,
                    attributions: vec![i],
                    spans: vec![f.text_span()],
                }),
            }
        }
        for t in &a.topics {
            let key = topic_key(&t.name);
            if key.is_empty() {
                continue;
            }
            let span = TextSpan {
                start: t.start,
                end: t.end,
                text: t.text.clone(),
            };
            let form = t.name.clone();
            match topics.iter().position(|u| u.key == key) {
                Some(k) => {
                    let u = topics.at_mut(k);
                    if !u.forms.iter().any(|f| f.eq_ignore_ascii_case(&form)) {
                        u.forms.push(form);
                    }
                    if !u.attributions.contains(&i) {
                        u.attributions.push(i);
                        *counts.at_mut(k) += 1;
                    }
                    if !u
                        .spans
                        .iter()
                        .any(|x| x.start == span.start && x.end == span.end)
                    {
                        u.spans.push(span);
                    }
                }
                None => {
                    let name = if crate::sources::text::is_group_label(&key) {
                        key.clone()
                    } else {
                        form.clone()
                    };
                    topics.push(PartyTopic {
                        key,
                        name,
                        forms: vec![form],
                        attributions: vec![i],
                        only: false,
                        spans: vec![span],
                    });
                    counts.push(1);
                }
            }
        }
    }
    // Most raised first; the article's order breaks ties.
    let keys: Vec<Reverse<usize>> = counts.into_iter().map(Reverse).collect();
    p.topics = sort::stable_by_keys(topics, &keys);
}

#[cfg(test)]
mod tests;
