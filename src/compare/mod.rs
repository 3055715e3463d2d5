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

mod documents;
mod report;

pub use documents::{compare_documents, compare_inputs, DocumentStart};
pub use report::csv_field;

use serde::{Deserialize, Serialize};

use crate::analysis::{Analysis, Kind, SourceKind, TextSpan};
use crate::sources::text::{alias_key, slug, topic_key};
use crate::Error;

/// Two parties side by side, and what the article says across them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
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
    /// In a comparison across documents ([`compare_documents`]), where each document starts in
    /// the numbering the comparison uses; empty for one document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocumentStart>,
}

/// Whether a party is one source or a whole side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PartyKind {
    Source,
    Side,
}

/// One side of the comparison: a source, an organisation through the persons affiliated to it,
/// or a side.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
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
    /// The same sources' ids.
    #[serde(default)]
    pub source_ids: Vec<String>,
    pub attributions: Vec<PartyAttribution>,
    pub framing: Vec<Framing>,
    pub topics: Vec<PartyTopic>,
}

/// An attribution of a party, as a fact-checker lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PartyAttribution {
    /// Index into the analysis' `attributions`.
    pub index: usize,
    pub kind: Kind,
    pub confidence: f64,
    pub sentence: usize,
    /// The name of the source that spoke.
    pub source: String,
    pub content: TextSpan,
    /// The document it comes from, in a comparison across documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<usize>,
}

/// An evaluative word or phrase, with where it was used.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Framing {
    pub text: String,
    /// Indices into the analysis' `attributions`.
    pub attributions: Vec<usize>,
    pub spans: Vec<TextSpan>,
}

/// A topic a party raised.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
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
#[serde(rename_all = "camelCase")]
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
#[serde(rename_all = "camelCase")]
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
    /// The document it comes from, in a comparison across documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<usize>,
}

/// A sentence contrasting the parties.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ComparedContrast {
    pub sentence: usize,
    pub text: TextSpan,
    /// The marker ("while", "but").
    pub cue: String,
    pub sources_a: Vec<String>,
    pub sources_b: Vec<String>,
    /// The document it comes from, in a comparison across documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<usize>,
}

/// What a comparison reads of an [`Analysis`]. The wasm binding deserialises this, not the whole
/// analysis, from the analysis given back to it: a deserialiser for every type of the analysis
/// cost the wasm build 7 KB gzipped more. Unknown fields are ignored, missing ones take their
/// defaults but for the four every attribution has, and few types stand for many (a span, a
/// topic and a name are all an [`InputSpan`]; a source and a side are both an [`InputSource`]).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Input {
    /// The text's length in UTF-16 code units (where the next document starts, when several
    /// are compared).
    pub length: usize,
    /// How many sentences the analysis has (read as a count: only numbering needs it).
    #[serde(deserialize_with = "documents::count")]
    pub sentences: usize,
    pub attributions: Vec<InputAttribution>,
    pub sources: Vec<InputSource>,
    pub sides: Vec<InputSource>,
    pub omissions: Vec<InputNote>,
    pub contrasts: Vec<InputNote>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct InputAttribution {
    pub kind: Kind,
    pub content: InputSpan,
    pub confidence: f64,
    pub sentence: usize,
    /// The source, of which only the name is read.
    #[serde(default)]
    pub source: Option<InputSpan>,
    #[serde(default)]
    pub topics: Vec<InputSpan>,
    #[serde(default)]
    pub framing: Vec<InputSpan>,
}

/// A text span (`start`, `end`, `text`), a topic (with its `name`) or a named thing.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
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
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct InputSource {
    pub id: String,
    pub name: String,
    pub kind: Option<SourceKind>,
    pub side: Option<String>,
    /// For a person, the organisation they speak for.
    pub affiliation: Option<String>,
    pub attributions: Vec<usize>,
    pub sources: Vec<usize>,
}

/// An omission (`source`, `topic`) or a contrast (`cue`, `sources`) in sentence `sentence`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct InputNote {
    pub sentence: usize,
    pub text: InputSpan,
    pub source: Option<usize>,
    pub topic: InputSpan,
    pub cue: InputSpan,
    pub sources: Vec<usize>,
}

impl From<&Analysis> for Input {
    fn from(a: &Analysis) -> Input {
        Input {
            length: a.length,
            sentences: a.sentences.len(),
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
                    affiliation: x.source.affiliation.clone(),
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
/// names, a gazetteer alias of a source ("Putin"), or an organisation that persons of the article
/// speak for ("Kremlin" for Peskov), matched case-insensitively. A source party is that source
/// alone (Peskov stays his own source beside the Kremlin's statements); an organisation that does
/// not speak itself is the persons affiliated to it; a side party ("russia") is every source on
/// the side.
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
            sentences.sort_unstable();
            sentences.dedup();
            (
                usize::from(t.only),
                usize::from(!omitted.contains(&t.key)),
                usize::MAX - sentences.len(),
            )
        };
        crate::order::by_key(&mut p.topics, rank);
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
                    document: None,
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
                document: None,
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
        documents: Vec::new(),
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
    let ids = |members: &[usize]| members.iter().map(|&j| sources[j].id.clone()).collect();
    // The sources that speak for an organisation: their affiliation names it ("Kremlin" for
    // Dmitry Peskov), by id, by name or as the built-in gazetteer's alias `known` of it.
    let affiliated = |known: Option<&str>| -> Vec<usize> {
        (0..sources.len())
            .filter(|&j| {
                sources[j].affiliation.as_deref().is_some_and(|a| {
                    let a_id = slug(a);
                    a_id == id || alias_key(a) == key || known == Some(a_id.as_str())
                })
            })
            .collect()
    };
    let source_party = |i: usize| {
        let s = &sources[i];
        Party {
            query: query.to_string(),
            id: s.id.clone(),
            name: s.name.clone(),
            kind: PartyKind::Source,
            side: s.side.clone(),
            sources: vec![i],
            source_ids: vec![s.id.clone()],
            attributions: Vec::new(),
            framing: Vec::new(),
            topics: Vec::new(),
        }
    };
    let side_party = |i: usize| {
        let s = &analysis.sides[i];
        Party {
            query: query.to_string(),
            id: s.id.clone(),
            name: s.name.clone(),
            kind: PartyKind::Side,
            side: Some(s.id.clone()),
            sources: s.sources.clone(),
            source_ids: s
                .sources
                .iter()
                .filter_map(|&j| sources.get(j).map(|s| s.id.clone()))
                .collect(),
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
    let known = crate::sources::builtin_id(&key);
    if let Some(gid) = &known {
        if let Some(i) = sources.iter().position(|s| s.id == *gid) {
            return Ok(source_party(i));
        }
    }
    // An organisation that speaks only through its people in this article: "Kremlin" when
    // Peskov speaks for it, "White House" for the press secretary.
    let members = affiliated(known.as_deref());
    if let Some(&first) = members.first() {
        let name = sources[first].affiliation.clone().unwrap_or_default();
        return Ok(Party {
            query: query.to_string(),
            id: slug(&name),
            name,
            kind: PartyKind::Source,
            side: sources[first].side.clone(),
            source_ids: ids(&members),
            sources: members,
            attributions: Vec::new(),
            framing: Vec::new(),
            topics: Vec::new(),
        });
    }
    // A surname: "Doe" for Jane Doe, when only one person has it.
    let by_surname: Vec<usize> = sources
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            s.kind == Some(SourceKind::Person)
                && alias_key(&s.name).rsplit(' ').next().unwrap_or_default() == key
        })
        .map(|(i, _)| i)
        .collect();
    if by_surname.len() == 1 {
        return Ok(source_party(by_surname[0]));
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
    indices.sort_unstable();
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
            document: None,
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
                    let u = &mut topics[k];
                    if !u.forms.iter().any(|f| f.eq_ignore_ascii_case(&form)) {
                        u.forms.push(form);
                    }
                    if !u.attributions.contains(&i) {
                        u.attributions.push(i);
                        counts[k] += 1;
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
    let mut counted: Vec<_> = counts.into_iter().enumerate().zip(topics).collect();
    crate::order::by_key(&mut counted, |&((i, count), _)| (usize::MAX - count, i, 0));
    p.topics = counted.into_iter().map(|(_, topic)| topic).collect();
}

#[cfg(test)]
mod tests;
