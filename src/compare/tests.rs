//! The comparison on hand-made attributions, so that it is tested apart from the engine.

use super::*;
use crate::analysis::Sourcing;
use crate::sources::tests::attr;
use crate::{analyze_with, Options};

/// The analysis of `text` with attributions (speaker, content, kind) found by their text.
fn analysis(text: &str, given: &[(&str, &str, Kind)], options: &Options) -> Analysis {
    analyze_with(text, options, |_, _, sentences, _| {
        given
            .iter()
            .map(|&(speaker, content, kind)| {
                let mut a = attr(text, speaker, content, kind, Sourcing::Organisation);
                a.confidence = 0.8;
                a.sentence = crate::quotes::sentence_at(sentences, a.content.start);
                a
            })
            .collect()
    })
    .unwrap()
}

const TEXT: &str = "The White House called the talks \"very good\". \
    \"We discussed safe zones and the ceasefire,\" the White House said. \
    The Kremlin called the talks \"constructive\". It made no mention of safe zones. \
    Kremlin spokesman Dmitry Peskov said the ceasefire was fragile.";

fn sample() -> Analysis {
    analysis(
        TEXT,
        &[
            ("The White House", "very good", Kind::Partial),
            (
                "the White House",
                "We discussed safe zones and the ceasefire,",
                Kind::Direct,
            ),
            ("The Kremlin", "constructive", Kind::Partial),
            (
                "Kremlin spokesman Dmitry Peskov",
                "the ceasefire was fragile",
                Kind::Indirect,
            ),
        ],
        &Options::default(),
    )
}

#[test]
fn sources_framing_topics_and_omissions() {
    let a = sample();
    let c = compare(&a, "white house", "KREMLIN").unwrap();
    assert_eq!(
        (c.a.id.as_str(), c.a.kind),
        ("white-house", PartyKind::Source)
    );
    assert_eq!(
        c.a.framing
            .iter()
            .map(|f| f.text.as_str())
            .collect::<Vec<_>>(),
        ["very good"]
    );
    assert_eq!(
        c.b.framing
            .iter()
            .map(|f| f.text.as_str())
            .collect::<Vec<_>>(),
        ["constructive"]
    );
    assert_eq!(
        c.shared_topics
            .iter()
            .map(|t| t.key.as_str())
            .collect::<Vec<_>>(),
        ["talks"]
    );
    // Peskov is a source of his own: the Kremlin party does not take his ceasefire.
    assert_eq!(c.only_a, ["safe zones", "ceasefire"]);
    assert!(c.only_b.is_empty());
    assert_eq!(c.omissions.len(), 1);
    let o = &c.omissions[0];
    assert_eq!(
        (o.party.as_str(), o.about.as_str(), o.topic.as_str()),
        ("b", "Kremlin", "safe zones")
    );
    assert!(o.raised_by_other);
    assert_eq!(o.text.text, "It made no mention of safe zones.");
}

#[test]
fn sides_gather_their_sources() {
    let a = sample();
    let c = compare(&a, "us", "Russia").unwrap();
    assert_eq!((c.b.id.as_str(), c.b.kind), ("russia", PartyKind::Side));
    let names: Vec<&str> = c.b.attributions.iter().map(|a| a.source.as_str()).collect();
    assert_eq!(names, ["Kremlin", "Dmitry Peskov"]);
    // The ceasefire is now raised by both sides.
    assert!(c.shared_topics.iter().any(|t| t.key == "ceasefire"));
    assert!(c.b.framing.iter().any(|f| f.text == "fragile") || c.b.framing.len() == 1);
}

#[test]
fn parties_by_alias_surname_and_side_name() {
    let a = sample();
    assert_eq!(compare(&a, "Peskov", "us").unwrap().a.name, "Dmitry Peskov");
    assert_eq!(
        compare(&a, "dmitry-peskov", "United States").unwrap().b.id,
        "us"
    );
    let e = compare(&a, "Kremlin", "Élysée").unwrap_err();
    assert_eq!(e, Error::UnknownSource("Élysée".into()));
    assert_eq!(compare(&a, "", "us").unwrap_err().code(), "unknown_source");
}

#[test]
fn reports_name_everything_a_fact_checker_pastes() {
    let c = compare(&sample(), "White House", "Kremlin").unwrap();
    let md = c.to_markdown();
    assert!(md.starts_with("# White House and Kremlin"));
    assert!(
        md.contains("| Framing words | “very good” | “constructive” |"),
        "{md}"
    );
    assert!(md.contains("- Kremlin: **safe zones** (raised by White House) — “It made no mention of safe zones.”"), "{md}");
    let csv = c.to_csv();
    assert!(
        csv.contains("omission,Kremlin,Kremlin,,,safe zones,It made no mention of safe zones.,"),
        "{csv}"
    );
    assert!(
        csv.contains(",direct,0.80,\"We discussed safe zones and the ceasefire,\",,1\n"),
        "{csv}"
    );
}

#[test]
fn csv_fields_are_quoted_and_formulas_defused() {
    assert_eq!(report_csv_field("a,b"), "\"a,b\"");
    assert_eq!(report_csv_field("=1+1"), "'=1+1");
    assert_eq!(report_csv_field("two\nlines"), "two lines");
}

fn report_csv_field(s: &str) -> String {
    report::csv_field(s)
}

#[test]
fn contrasts_between_the_parties() {
    let text = "Washington wants a ceasefire first, while Moscow insists on talks.";
    let a = analysis(text, &[], &Options::default());
    let c = compare(&a, "White House", "Russian government").unwrap();
    assert_eq!(c.contrasts.len(), 1);
    assert_eq!(c.contrasts[0].cue, "while");
    assert_eq!(c.contrasts[0].sources_a, ["White House"]);
    assert_eq!(c.contrasts[0].sources_b, ["Russian government"]);
}

#[test]
fn an_organisation_that_speaks_through_its_people_is_found_by_name() {
    let text = "Kremlin spokesman Dmitry Peskov said the talks were useful. \
                White House press secretary Karoline Leavitt said the talks were difficult.";
    let a = analysis(
        text,
        &[
            (
                "Kremlin spokesman Dmitry Peskov",
                "the talks were useful",
                Kind::Indirect,
            ),
            (
                "White House press secretary Karoline Leavitt",
                "the talks were difficult",
                Kind::Indirect,
            ),
        ],
        &Options::default(),
    );
    // Neither organisation speaks itself: only their spokespeople are sources.
    assert!(a
        .sources
        .iter()
        .all(|s| s.source.kind == SourceKind::Person));
    let c = compare(&a, "White House", "kremlin").unwrap();
    assert_eq!(
        (c.a.id.as_str(), c.a.name.as_str()),
        ("white-house", "White House")
    );
    assert_eq!(c.a.source_ids, ["karoline-leavitt"]);
    assert_eq!(
        (c.b.id.as_str(), c.b.side.as_deref()),
        ("kremlin", Some("russia"))
    );
    assert_eq!(c.b.source_ids, ["dmitry-peskov"]);
    assert_eq!(c.b.attributions[0].content.text, "the talks were useful");
    // A built-in alias of the organisation finds them too; an unknown one still fails.
    assert_eq!(
        compare(&a, "Russian presidency", "White House")
            .unwrap()
            .a
            .source_ids,
        ["dmitry-peskov"]
    );
    assert!(compare(&a, "Élysée", "Kremlin").is_err());
}
