//! Several documents compared as one: two readouts of one call, two reports of one event. Their
//! analyses are joined into one [`Input`] (each document's attributions, sentences and offsets
//! numbered on from where the one before ended; a source met in several documents, known by its
//! canonical id, is one source), compared, and every claim, omission and contrast is told which
//! document it comes from.

use serde::{Deserialize, Deserializer, Serialize};

use super::{
    compare_input, Comparison, Input, InputAttribution, InputNote, InputSource, InputSpan,
};
use crate::analysis::Analysis;
use crate::Error;

/// Where one document starts in a comparison across documents: its first attribution's and first
/// sentence's numbers, and its first UTF-16 offset (the documents' texts laid end to end). A
/// number of the comparison minus its document's start is its number in that document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentStart {
    pub attribution: usize,
    pub sentence: usize,
    pub offset: usize,
}

/// Compares two sources or sides across the analyses of several documents (as [`super::compare`]
/// does within one; one document gives exactly its comparison).
pub fn compare_documents(analyses: &[Analysis], a: &str, b: &str) -> Result<Comparison, Error> {
    let inputs: Vec<Input> = analyses.iter().map(Input::from).collect();
    compare_inputs(&inputs, a, b)
}

/// [`compare_documents`] on the [`Input`] part of each analysis (what the wasm binding reads).
pub fn compare_inputs(inputs: &[Input], a: &str, b: &str) -> Result<Comparison, Error> {
    if let [one] = inputs {
        return compare_input(one, a, b);
    }
    let (joined, starts) = join(inputs);
    let mut c = compare_input(&joined, a, b)?;
    // The last document starting at or before a number holds it (one with nothing to number
    // starts where the next does, and the next is found first).
    let holder =
        |n: usize, of: fn(&DocumentStart) -> usize| starts.iter().rposition(|s| of(s) <= n);
    for p in [&mut c.a, &mut c.b] {
        for at in &mut p.attributions {
            at.document = holder(at.index, |s| s.attribution);
        }
    }
    for o in &mut c.omissions {
        o.document = holder(o.sentence, |s| s.sentence);
    }
    for x in &mut c.contrasts {
        x.document = holder(x.sentence, |s| s.sentence);
    }
    c.documents = starts;
    Ok(c)
}

fn join(inputs: &[Input]) -> (Input, Vec<DocumentStart>) {
    let mut out = Input::default();
    let mut starts = Vec::with_capacity(inputs.len());
    let (mut attributions, mut sentences, mut offset) = (0, 0, 0);
    for input in inputs {
        starts.push(DocumentStart {
            attribution: attributions,
            sentence: sentences,
            offset,
        });
        let shift = |s: &InputSpan| InputSpan {
            start: s.start + offset,
            end: s.end + offset,
            ..s.clone()
        };
        for t in &input.attributions {
            out.attributions.push(InputAttribution {
                content: shift(&t.content),
                sentence: t.sentence + sentences,
                topics: t.topics.iter().map(shift).collect(),
                framing: t.framing.iter().map(shift).collect(),
                ..t.clone()
            });
        }
        // This document's source k is the joined input's source at[k].
        let at: Vec<usize> = input
            .sources
            .iter()
            .map(|s| {
                let k = joined_slot(&mut out.sources, s);
                let joined = &mut out.sources[k];
                if joined.side.is_none() {
                    joined.side.clone_from(&s.side);
                }
                if joined.affiliation.is_none() {
                    joined.affiliation.clone_from(&s.affiliation);
                }
                joined
                    .attributions
                    .extend(s.attributions.iter().map(|i| i + attributions));
                k
            })
            .collect();
        let map = |list: &[usize]| -> Vec<usize> {
            list.iter().filter_map(|&s| at.get(s).copied()).collect()
        };
        for side in &input.sides {
            let k = joined_slot(&mut out.sides, side);
            for s in map(&side.sources) {
                if !out.sides[k].sources.contains(&s) {
                    out.sides[k].sources.push(s);
                }
            }
        }
        let note = |n: &InputNote| InputNote {
            sentence: n.sentence + sentences,
            text: shift(&n.text),
            source: n.source.and_then(|s| at.get(s).copied()),
            topic: shift(&n.topic),
            cue: shift(&n.cue),
            sources: map(&n.sources),
        };
        out.omissions.extend(input.omissions.iter().map(note));
        out.contrasts.extend(input.contrasts.iter().map(note));
        attributions += input.attributions.len();
        sentences += input.sentences;
        offset += input.length;
    }
    out.length = offset;
    out.sentences = sentences;
    (out, starts)
}

/// The index in the joined `list` of the source or side with `item`'s id; a new one is added
/// with empty lists, which the caller fills with indexes into the joined input.
fn joined_slot(list: &mut Vec<InputSource>, item: &InputSource) -> usize {
    list.iter()
        .position(|o| o.id == item.id)
        .unwrap_or_else(|| {
            list.push(InputSource {
                attributions: Vec::new(),
                sources: Vec::new(),
                ..item.clone()
            });
            list.len() - 1
        })
}

/// Reads a list as its length (an analysis' `sentences`, of which a comparison needs the count).
pub(super) fn count<'de, D: Deserializer<'de>>(d: D) -> Result<usize, D::Error> {
    Ok(Vec::<serde::de::IgnoredAny>::deserialize(d)?.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, compare, Options};

    const WASHINGTON: &str =
        "The White House said the two presidents discussed trade during a long call. \
        A White House spokesman said the president raised the detention of two journalists.";
    const NOTHING: &str = "Markets were calm on Monday. Shares rose slightly.";
    const MOSCOW: &str = "The Kremlin said the conversation was businesslike. \
        Kremlin spokesman Dmitry Peskov said sanctions were not discussed. \
        The White House said talks would continue next month.";

    fn analyses(texts: &[&str]) -> Vec<Analysis> {
        texts
            .iter()
            .map(|t| analyze(t, &Options::default()).unwrap())
            .collect()
    }

    /// The attributions of a source in one analysis, by content text.
    fn said_by(a: &Analysis, id: &str) -> Vec<String> {
        a.attributions
            .iter()
            .filter(|t| t.source.as_ref().is_some_and(|s| s.id == id))
            .map(|t| t.content.text.clone())
            .collect()
    }

    #[test]
    fn a_source_heard_in_several_documents_is_one_party_and_each_claim_says_where_it_is() {
        let docs = analyses(&[WASHINGTON, NOTHING, MOSCOW]);
        let c = compare_documents(&docs, "White House", "Kremlin").unwrap();
        assert_eq!(c.documents.len(), 3);
        let expected = [
            said_by(&docs[0], "white-house"),
            said_by(&docs[2], "white-house"),
        ];
        assert!(
            !expected[0].is_empty() && !expected[1].is_empty(),
            "{expected:?}"
        );
        assert_eq!(
            c.a.attributions.len(),
            expected[0].len() + expected[1].len()
        );
        for at in &c.a.attributions {
            let d = at
                .document
                .expect("a claim across documents says its document");
            let start = c.documents[d];
            let local = &docs[d].attributions[at.index - start.attribution];
            // The claim is that document's attribution, at its offsets and in its sentence.
            assert_eq!(local.content.text, at.content.text);
            assert_eq!(local.content.start, at.content.start - start.offset);
            assert_eq!(local.sentence, at.sentence - start.sentence);
        }
        let from: Vec<usize> = c.a.attributions.iter().filter_map(|a| a.document).collect();
        assert!(
            from.contains(&0) && from.contains(&2) && !from.contains(&1),
            "{from:?}"
        );
        assert!(c.b.attributions.iter().all(|a| a.document == Some(2)));
        // The numbering runs on: the empty document starts where the third does.
        assert_eq!(c.documents[1].attribution, c.documents[2].attribution);
        assert_eq!(c.documents[2].offset, docs[0].length + docs[1].length);
    }

    #[test]
    fn one_document_gives_its_own_comparison() {
        let docs = analyses(&[MOSCOW]);
        let one = compare_documents(&docs, "Kremlin", "White House").unwrap();
        assert_eq!(one, compare(&docs[0], "Kremlin", "White House").unwrap());
        assert!(one.documents.is_empty());
        let json = serde_json::to_value(&one).unwrap();
        assert!(
            json.get("documents").is_none(),
            "one document's JSON is unchanged"
        );
        assert!(json["a"]["attributions"][0].get("document").is_none());
    }

    #[test]
    fn the_wasm_input_reads_the_counts_it_numbers_with() {
        let docs = analyses(&[WASHINGTON, MOSCOW]);
        let inputs: Vec<Input> = docs
            .iter()
            .map(|a| serde_json::from_value(serde_json::to_value(a).unwrap()).unwrap())
            .collect();
        assert_eq!(inputs[0].sentences, docs[0].sentences.len());
        assert_eq!(inputs[0].length, docs[0].length);
        assert_eq!(
            compare_inputs(&inputs, "us", "russia").unwrap(),
            compare_documents(&docs, "us", "russia").unwrap()
        );
    }

    #[test]
    fn a_party_in_no_document_is_an_error() {
        let docs = analyses(&[WASHINGTON, MOSCOW]);
        let err = compare_documents(&docs, "White House", "Elysee Palace").unwrap_err();
        assert_eq!(err.code(), "unknown_source");
        assert_eq!(
            compare_documents(&[], "a", "b").unwrap_err().code(),
            "unknown_source"
        );
    }
}
