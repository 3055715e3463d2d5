//! What each fuzz target does with one input, shared by the targets (fuzz/fuzz_targets/) and the
//! replay of their findings (tests/fuzz_regressions.rs). Each input must get an analysis or a
//! typed error, never a panic, and an analysis must hold the schema's promises: offsets in
//! UTF-16 inside the text, every span's text equal to the text's slice, every index in range.
#![allow(dead_code)]

use quotelens::analysis::{Analysis, TextSpan};
use quotelens::compare::{compare_input, Input};
use quotelens::sources::Gazetteer;
use quotelens::{analyze, compare, CueClass, CueClasses, Error, Options};

/// A user's sources, so that inputs also run the user-gazetteer paths.
const USER_SOURCES: &str = r#"{"sources": [{"name": "Jane Doe", "kind": "person", "side": "doves",
  "affiliation": "Peace Office", "aliases": ["Doe", "the envoy"]}], "aliases": {"the palace": "Kremlin"},
  "sides": {"hawks": ["Kremlin", "military leaders"], "doves": {"name": "Doves", "members": ["Jane Doe"],
  "words": ["peace"]}}}"#;

/// analyze on text and options chosen by the input: its first four bytes pick the language, the
/// minimum confidence, the cue classes and whether the user's sources are on; the rest (as UTF-8,
/// invalid bytes replaced) is the text.
pub fn analyze_bytes(data: &[u8]) {
    let (head, rest) = data.split_at(data.len().min(4));
    let byte = |i: usize| head.get(i).copied().unwrap_or(0);
    let lang = ["", "en", "de", "fr", "xx", "ru", "it", "es"][usize::from(byte(0) % 8)];
    let mut classes = CueClasses::NONE;
    for (i, class) in CueClass::ALL.into_iter().enumerate() {
        if byte(2) >> i & 1 == 1 {
            classes = classes.with(class);
        }
    }
    let options = Options {
        lang: (!lang.is_empty()).then(|| lang.to_string()),
        sources: (byte(3) & 1 == 1).then(|| Gazetteer::from_json(USER_SOURCES).unwrap()),
        min_confidence: f32::from(byte(1)) / 255.0,
        classes: if classes.is_empty() {
            CueClasses::ALL
        } else {
            classes
        },
    };
    let text = String::from_utf8_lossy(rest);
    match analyze(&text, &options) {
        Ok(analysis) => {
            check(&text, &analysis);
            compare_pairs(&analysis);
        }
        Err(e) => assert!(
            lang == "xx" && matches!(e, Error::UnknownLanguage(_)),
            "{e}"
        ),
    }
}

/// The options reader: the input (if UTF-8) as the options' JSON, and as a gazetteer's. What
/// reads is used on a short article; what does not is a `bad_options` error.
pub fn options_bytes(data: &[u8]) {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    const TEXT: &str = "\"We are ready,\" Jane Doe said. The Kremlin called the talks \"useful.\" \
                        Doe, the envoy, said peace was near. It made no mention of sanctions.";
    match Options::from_json(json) {
        Ok(options) => match analyze(TEXT, &options) {
            Ok(analysis) => {
                check(TEXT, &analysis);
                compare_pairs(&analysis);
            }
            Err(e) => assert!(matches!(e, Error::UnknownLanguage(_)), "{e}"),
        },
        Err(e) => assert_eq!(e.code(), "bad_options", "{e}"),
    }
    if let Err(e) = Gazetteer::from_json(json) {
        assert_eq!(e.code(), "bad_options", "{e}");
    }
}

/// compare's input. An even first byte: the rest is the JSON of an analysis given back (any
/// JSON: indices out of range, missing records), compared on two names from its start. An odd
/// one: the rest is an article, analysed, and compared on names taken from the input.
pub fn compare_bytes(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    // Two names: the first two lines (any text), the rest the body.
    let mut parts = text.splitn(3, '\n');
    let (a, b, body) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    if mode % 2 == 0 {
        if let Ok(input) = serde_json::from_str::<Input>(body) {
            if let Err(e) = compare_input(&input, a, b) {
                assert_eq!(e.code(), "unknown_source", "{e}");
            }
        }
    } else if let Ok(analysis) = analyze(body, &Options::default()) {
        for (a, b) in [(a, b), (b, a)] {
            if let Err(e) = compare(&analysis, a, b) {
                assert_eq!(e.code(), "unknown_source", "{e}");
            }
        }
        compare_pairs(&analysis);
    }
}

/// Every pair of the first sources and sides compares, by id and by name, and the analysis read
/// back from its JSON (as the npm package hands it to compare) compares the same.
fn compare_pairs(analysis: &Analysis) {
    // (query, whether it must be found): ids must; a name may be one that no query reaches.
    let mut parties: Vec<(&str, bool)> = Vec::new();
    for s in analysis.sources.iter().take(3) {
        parties.extend([
            (s.source.id.as_str(), true),
            (s.source.name.as_str(), false),
        ]);
    }
    parties.extend(analysis.sides.iter().take(2).map(|s| (s.id.as_str(), true)));
    let json = serde_json::to_string(analysis).unwrap();
    let input: Input = serde_json::from_str(&json).unwrap();
    for &(a, must_a) in &parties {
        for &(b, must_b) in &parties {
            let direct = compare(analysis, a, b);
            match &direct {
                Ok(_) => {}
                Err(e) if !(must_a && must_b) => assert_eq!(e.code(), "unknown_source"),
                Err(e) => panic!("{a} vs {b}: {e}"),
            }
            assert_eq!(
                direct,
                compare_input(&input, a, b),
                "{a} vs {b} through JSON"
            );
        }
    }
}

/// The analysis' promises about `text`.
pub fn check(text: &str, a: &Analysis) {
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(a.length, units.len());
    let span = |start: usize, end: usize, got: &str, what: &str| {
        assert!(
            start <= end && end <= units.len(),
            "{what}: {start}..{end} of {}",
            units.len()
        );
        let slice = String::from_utf16(&units[start..end])
            .unwrap_or_else(|_| panic!("{what}: {start}..{end} splits a surrogate pair"));
        assert_eq!(got, slice, "{what}: text is not the slice");
    };
    let text_span = |t: &TextSpan, what: &str| span(t.start, t.end, &t.text, what);
    for s in &a.sentences {
        span(s.start, s.end, &s.text, "sentence");
    }
    for q in &a.quotations {
        text_span(&q.inner, "quotation inner");
        assert!(q.start <= q.inner.start && q.inner.end <= q.end && q.sentence < a.sentences.len());
    }
    for at in &a.attributions {
        text_span(&at.content, "content");
        for (t, what) in [
            (&at.inner, "inner"),
            (&at.cue, "cue"),
            (&at.speaker, "speaker"),
            (&at.via, "via"),
        ] {
            if let Some(t) = t {
                text_span(t, what);
            }
        }
        if let Some(inner) = &at.inner {
            assert!(
                at.content.start <= inner.start && inner.end <= at.content.end,
                "inner in content"
            );
        }
        assert!(at.sentence < a.sentences.len(), "attribution sentence");
        if let Some(q) = at.quotation {
            let q = &a.quotations[q];
            assert!(
                q.start < at.content.end.max(at.content.start + 1) && at.content.start < q.end,
                "quotation in content"
            );
        }
        for t in &at.topics {
            span(t.start, t.end, &t.text, "topic");
        }
        for f in &at.framing {
            text_span(f, "framing");
        }
        assert!(
            (0.0..=1.0).contains(&at.confidence),
            "confidence {}",
            at.confidence
        );
    }
    for s in &a.sources {
        assert!(
            s.attributions.iter().all(|&i| i < a.attributions.len()),
            "source attributions"
        );
    }
    let id = |i: usize| a.sources[i].source.id.clone();
    for s in &a.sides {
        assert!(
            s.sources.iter().all(|&i| i < a.sources.len()),
            "side sources"
        );
        assert_eq!(
            s.source_ids,
            s.sources.iter().map(|&i| id(i)).collect::<Vec<_>>()
        );
    }
    for o in &a.omissions {
        text_span(&o.text, "omission sentence");
        text_span(&o.cue, "omission cue");
        span(o.topic.start, o.topic.end, &o.topic.text, "omission topic");
        assert_eq!(o.source_id, o.source.map(id), "omission source");
    }
    for c in &a.contrasts {
        text_span(&c.text, "contrast sentence");
        text_span(&c.cue, "contrast cue");
        assert_eq!(
            c.source_ids,
            c.sources.iter().map(|&i| id(i)).collect::<Vec<_>>()
        );
    }
}
