//! End-to-end comparison fixtures: `tests/fixtures/compare/*.toml`, each an article, two parties,
//! and what a fact-checker would check in the comparison. They run the whole pipeline (the
//! attribution engine included), the way the CLI and the page do.

use std::path::{Path, PathBuf};

use quotelens::analysis::Analysis;
use quotelens::sources::Gazetteer;
use quotelens::{analyze, compare, Comparison, Options};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    why: String,
    /// The article, relative to the crate root.
    text_file: String,
    /// A user gazetteer (JSON), as `--sources` takes it.
    #[serde(default)]
    sources: Option<String>,
    a: String,
    b: String,
    a_is: Identity,
    b_is: Identity,
    expect: Expect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Identity {
    name: String,
    /// "source" parties give the source's kind; "side" parties say "side".
    kind: String,
    #[serde(default)]
    side: Option<String>,
    #[serde(default)]
    affiliation: Option<String>,
    /// For a side: the names of its sources, all of them.
    #[serde(default)]
    sources: Option<Vec<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct Expect {
    /// Exactly these framing words (any order, any case).
    framing_a: Option<Vec<String>>,
    framing_b: Option<Vec<String>>,
    /// Among the party's topics (by name, key or the words used).
    topics_a: Vec<String>,
    topics_b: Vec<String>,
    /// Not among the party's topics.
    not_topics_a: Vec<String>,
    not_topics_b: Vec<String>,
    /// Among the topics both raised (by name or key).
    shared: Vec<String>,
    /// Among the topics only one raised.
    only_a: Vec<String>,
    only_b: Vec<String>,
    /// Exactly these omission statements.
    omissions: Option<Vec<ExpectOmission>>,
    /// Exactly this many contrast sentences, each containing the text given.
    contrasts: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectOmission {
    party: String,
    about: String,
    topic: String,
    raised_by_other: bool,
}

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compare");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    out.sort();
    out
}

fn lower(v: &[String]) -> Vec<String> {
    let mut v: Vec<String> = v.iter().map(|s| s.to_lowercase()).collect();
    v.sort();
    v
}

fn check_identity(
    name: &str,
    analysis: &Analysis,
    c: &Comparison,
    which: &str,
    want: &Identity,
    errors: &mut Vec<String>,
) {
    let p = if which == "a" { &c.a } else { &c.b };
    let mut fail = |m: String| errors.push(format!("{name}: party {which}: {m}"));
    if p.name != want.name {
        fail(format!("name {:?}, want {:?}", p.name, want.name));
    }
    if want.kind == "side" {
        if p.kind != quotelens::compare::PartyKind::Side {
            fail("a source, want a side".to_string());
        }
    } else {
        let Some(&s) = p.sources.first() else {
            return fail("no source".into());
        };
        let src = &analysis.sources[s].source;
        let kind = serde_json::to_value(src.kind).unwrap();
        if kind != want.kind.as_str() {
            fail(format!("kind {kind}, want {}", want.kind));
        }
        if want.affiliation.is_some() && src.affiliation != want.affiliation {
            fail(format!(
                "affiliation {:?}, want {:?}",
                src.affiliation, want.affiliation
            ));
        }
    }
    if want.side.is_some() && p.side != want.side {
        fail(format!("side {:?}, want {:?}", p.side, want.side));
    }
    if let Some(sources) = &want.sources {
        let got: Vec<String> = p
            .sources
            .iter()
            .map(|&s| analysis.sources[s].source.name.clone())
            .collect();
        if lower(&got) != lower(sources) {
            fail(format!("sources {got:?}, want {sources:?}"));
        }
    }
}

fn run_case(path: &Path, errors: &mut Vec<String>) -> bool {
    let name = path.file_stem().unwrap().to_string_lossy().to_string();
    let case: Case = toml::from_str(&std::fs::read_to_string(path).unwrap())
        .unwrap_or_else(|e| panic!("{name}: bad fixture: {e}"));
    assert!(!case.why.is_empty(), "{name}: say why the case exists");
    let text_path = Path::new(env!("CARGO_MANIFEST_DIR")).join(&case.text_file);
    // A missing text is a failure, never a silent skip (../shared sits beside the repository).
    let text = std::fs::read_to_string(&text_path)
        .unwrap_or_else(|e| panic!("{name}: {}: {e}", text_path.display()));
    let options = Options {
        sources: case
            .sources
            .as_deref()
            .map(|j| Gazetteer::from_json(j).unwrap_or_else(|e| panic!("{name}: {e}"))),
        ..Options::default()
    };
    let analysis = analyze(&text, &options).unwrap();
    let c = match compare(&analysis, &case.a, &case.b) {
        Ok(c) => c,
        Err(e) => {
            errors.push(format!("{name}: {e}"));
            return true;
        }
    };
    // The comparison survives JSON, as the wasm binding and the page pass it.
    let json = serde_json::to_string(&c).unwrap();
    assert_eq!(
        serde_json::from_str::<Comparison>(&json).unwrap(),
        c,
        "{name}: JSON round trip"
    );

    check_identity(&name, &analysis, &c, "a", &case.a_is, errors);
    check_identity(&name, &analysis, &c, "b", &case.b_is, errors);
    let e = &case.expect;
    let mut fail = |m: String| errors.push(format!("{name}: {m}"));
    for (which, p, want) in [("a", &c.a, &e.framing_a), ("b", &c.b, &e.framing_b)] {
        if let Some(want) = want {
            let got: Vec<String> = p.framing.iter().map(|f| f.text.clone()).collect();
            if lower(&got) != lower(want) {
                fail(format!("framing_{which} {got:?}, want {want:?}"));
            }
        }
    }
    let names = |p: &quotelens::compare::Party| -> Vec<String> {
        p.topics
            .iter()
            .flat_map(|t| {
                [t.name.to_lowercase(), t.key.clone()]
                    .into_iter()
                    .chain(t.forms.iter().map(|f| f.to_lowercase()))
            })
            .collect()
    };
    for (which, p, want, not) in [
        ("a", &c.a, &e.topics_a, &e.not_topics_a),
        ("b", &c.b, &e.topics_b, &e.not_topics_b),
    ] {
        let got = names(p);
        for t in want {
            if !got.contains(&t.to_lowercase()) {
                fail(format!("topics_{which} lack {t:?}: {got:?}"));
            }
        }
        for t in not {
            if got.contains(&t.to_lowercase()) {
                fail(format!("topics_{which} has {t:?}"));
            }
        }
    }
    let shared: Vec<String> = c
        .shared_topics
        .iter()
        .flat_map(|t| [t.name.to_lowercase(), t.key.clone()])
        .collect();
    for t in &e.shared {
        if !shared.contains(&t.to_lowercase()) {
            fail(format!("shared topics lack {t:?}: {shared:?}"));
        }
    }
    for (which, got, want) in [("a", &c.only_a, &e.only_a), ("b", &c.only_b, &e.only_b)] {
        let got = lower(got);
        for t in want {
            if !got.contains(&t.to_lowercase()) {
                fail(format!("only_{which} lacks {t:?}: {got:?}"));
            }
        }
    }
    if let Some(want) = &e.omissions {
        let got: Vec<(String, String, String, bool)> = c
            .omissions
            .iter()
            .map(|o| {
                (
                    o.party.clone(),
                    o.about.clone(),
                    o.topic.to_lowercase(),
                    o.raised_by_other,
                )
            })
            .collect();
        let want: Vec<(String, String, String, bool)> = want
            .iter()
            .map(|o| {
                (
                    o.party.clone(),
                    o.about.clone(),
                    o.topic.to_lowercase(),
                    o.raised_by_other,
                )
            })
            .collect();
        if got != want {
            fail(format!("omissions {got:?}, want {want:?}"));
        }
    }
    if let Some(want) = &e.contrasts {
        let got: Vec<&str> = c.contrasts.iter().map(|c| c.text.text.as_str()).collect();
        if got.len() != want.len()
            || !want
                .iter()
                .all(|w| got.iter().any(|g| g.contains(w.as_str())))
        {
            fail(format!("contrasts {got:?}, want {want:?}"));
        }
    }
    // The report names both parties and every framing word.
    let md = c.to_markdown();
    for f in c.a.framing.iter().chain(&c.b.framing) {
        if !md.contains(&f.text) {
            fail(format!("markdown lacks {:?}", f.text));
        }
    }
    true
}

#[test]
fn comparison_fixtures() {
    let mut errors = Vec::new();
    let mut ran = 0;
    for path in fixtures() {
        ran += usize::from(run_case(&path, &mut errors));
    }
    assert!(ran >= 3, "only {ran} fixtures ran");
    assert!(errors.is_empty(), "\n{}", errors.join("\n"));
}

#[test]
fn unknown_parties_are_errors() {
    let text = "\"It was good,\" the White House said.";
    let analysis = analyze(text, &Options::default()).unwrap();
    let e = compare(&analysis, "White House", "Atlantis").unwrap_err();
    assert_eq!(e.code(), "unknown_source");
    assert!(e.to_string().contains("Atlantis"));
}

#[test]
fn a_deserialised_analysis_compares_the_same() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/compare/person-vs-organisation.txt"),
    )
    .unwrap();
    let analysis = analyze(&text, &Options::default()).unwrap();
    let back: Analysis = serde_json::from_str(&serde_json::to_string(&analysis).unwrap()).unwrap();
    assert_eq!(
        compare(&analysis, "peskov", "us").unwrap(),
        compare(&back, "peskov", "us").unwrap()
    );
}
