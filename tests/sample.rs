//! The user's own example article, read the way the user reads it (`../shared/samples`): every
//! sentence with its role, every expected attribution with its source, and nothing attributed
//! where nothing was said.

use quotelens::{analyze, Options};
use serde_json::Value;

fn load() -> (String, Value) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/samples/");
    let read = |f: &str| {
        std::fs::read_to_string(format!("{dir}{f}")).unwrap_or_else(|e| {
            panic!("{dir}{f}: {e} (the shared samples must sit beside the repository)")
        })
    };
    let expected =
        serde_json::from_str(&read("trump-putin-call.expected.json")).expect("expected JSON");
    (read("trump-putin-call.txt"), expected)
}

/// The text of a UTF-16 span of `text`.
fn slice16(text: &str, start: u64, end: u64) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[start as usize..end as usize])
}

fn fold(s: &str) -> String {
    s.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn trim_marks(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || "\"'“”‘’.,;:".contains(c))
}

#[test]
fn sample_sentences_and_roles() {
    let (text, expected) = load();
    let analysis = serde_json::to_value(analyze(&text, &Options::default()).unwrap()).unwrap();
    let got: Vec<(String, String)> = analysis["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                fold(&slice16(
                    &text,
                    s["start"].as_u64().unwrap(),
                    s["end"].as_u64().unwrap(),
                )),
                s["role"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want: Vec<(String, String)> = expected["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                fold(s["text"].as_str().unwrap()),
                s["role"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(got, want);
}

#[test]
fn sample_attributions_with_their_sources() {
    let (text, expected) = load();
    let analysis = serde_json::to_value(analyze(&text, &Options::default()).unwrap()).unwrap();
    let attributions = analysis["attributions"].as_array().unwrap();
    let mut failures = Vec::new();
    for exp in expected["attributions"].as_array().unwrap() {
        let content = trim_marks(exp["content"].as_str().unwrap());
        let source = exp["source"].as_str().unwrap().to_lowercase();
        let found = attributions.iter().find(|a| {
            let got = &a["content"]["text"].as_str().unwrap_or_default();
            let got = trim_marks(got);
            // The same words, give or take surrounding marks; or overlapping by most of both.
            got == content
                || (got.len() * 2 > content.len() && content.contains(got))
                || (content.len() * 2 > got.len() && got.contains(content))
        });
        match found {
            None => failures.push(format!("not found: {content:?}")),
            Some(a) => {
                let names = format!(
                    "{} {} {}",
                    a["source"]["name"], a["source"]["id"], a["source"]["affiliation"]
                )
                .to_lowercase();
                if !source.split_whitespace().all(|w| names.contains(w)) {
                    failures.push(format!("{content:?}: source {names}, want {source}"));
                }
            }
        }
    }
    for not in expected["not_attributed"].as_array().unwrap() {
        let not = not.as_str().unwrap();
        let start = text.find(not).unwrap();
        let end = start + not.len();
        let start16 = text[..start].encode_utf16().count() as u64;
        let end16 = text[..end].encode_utf16().count() as u64;
        for a in attributions {
            let (s, e) = (
                a["content"]["start"].as_u64().unwrap(),
                a["content"]["end"].as_u64().unwrap(),
            );
            if s < end16 && start16 < e {
                failures.push(format!("attributed, though nobody said it: {not:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
