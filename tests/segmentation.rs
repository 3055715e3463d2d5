//! Sentence boundaries, driven by the fixtures in `tests/fixtures/sentences/*.toml` (one named case
//! per behaviour, each with the reason it exists), and a property test holding the byte-scan fast
//! path to the UAX#29 reference on arbitrary and article-like text.

use proptest::prelude::*;
use quotelens::analysis::{Role, Sentence};
use quotelens::lang::Lang;
use quotelens::{roles, segment};
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    why: String,
    #[serde(default = "english")]
    lang: String,
    text: String,
    sentences: Vec<String>,
    /// The role of each sentence, where the case is about roles.
    roles: Option<Vec<String>>,
}

fn english() -> String {
    "en".to_string()
}

fn role_name(r: Role) -> &'static str {
    match r {
        Role::Headline => "headline",
        Role::Body => "body",
        Role::Boilerplate => "boilerplate",
    }
}

#[test]
fn fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sentences");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/sentences")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for path in paths {
        let src = std::fs::read_to_string(&path).unwrap();
        let file: File = toml::from_str(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for case in file.case {
            count += 1;
            assert!(!case.why.trim().is_empty(), "{}: say why", case.name);
            let lang = Lang::from_code(&case.lang).unwrap_or_else(|| panic!("{}: lang", case.name));
            let mut got = segment::sentences(&case.text, lang);
            assert_eq!(
                got,
                segment::reference_sentences(&case.text, lang),
                "{}: fast path and reference differ",
                case.name
            );
            roles::assign(&case.text, &mut got);
            let texts: Vec<&str> = got.iter().map(|s| s.span.text(&case.text)).collect();
            if texts != case.sentences {
                failures.push(format!(
                    "{} ({}): {}\n  want {:?}\n  got  {:?}",
                    case.name,
                    path.file_name().unwrap().to_string_lossy(),
                    case.why,
                    case.sentences,
                    texts
                ));
                continue;
            }
            if let Some(want) = &case.roles {
                let have: Vec<&str> = got.iter().map(|s| role_name(s.role)).collect();
                if &have != want {
                    failures.push(format!(
                        "{}: roles\n  want {want:?}\n  got  {have:?}",
                        case.name
                    ));
                }
            }
        }
    }
    eprintln!("{count} fixture cases");
    assert!(count > 0, "no fixtures found");
    assert!(
        failures.is_empty(),
        "{} of {count} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn unknown_but_valid_codes_fall_back_to_unicode_rules() {
    for code in ["cs", "pt", "uk", "pt-BR"] {
        let lang = Lang::from_code(code).expect(code);
        assert_eq!(lang.code(), &code[..2]);
        assert_eq!(segment::sentences("Jedna. Dvě.", lang).len(), 2);
    }
    for bad in ["", "e", "english", "1x", "e1"] {
        assert!(Lang::from_code(bad).is_none(), "{bad}");
    }
}

/// Spans are ordered, disjoint, trimmed, on character boundaries and never empty.
fn check_spans(text: &str, got: &[Sentence]) {
    let mut last = 0;
    for s in got {
        assert!(s.span.start >= last && s.span.start < s.span.end && s.span.end <= text.len());
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        let t = s.span.text(text);
        assert_eq!(t, t.trim_matches(segment::is_space));
        last = s.span.end;
    }
}

/// Pieces of news text that exercise the rules: abbreviations, initials, numbers, ellipses,
/// quotation marks, brackets, lists, addresses, line endings and several scripts.
const PIECES: &[&str] = &[
    " ",
    " ",
    " ",
    "\u{a0}",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u{2029}",
    "\u{85}",
    "\t",
    "The",
    "he",
    "said",
    "Lavrov",
    "Mr.",
    "Dr.",
    "U.S.",
    "a.m.",
    "Co.",
    "Inc.",
    "etc.",
    "p.",
    "No.",
    "E.",
    "I.",
    "z.",
    "B.",
    "12.",
    "3.5",
    "$100.00",
    "1.",
    "2.",
    "1)",
    "2)",
    "a.",
    "b.",
    "•",
    "⁃",
    "-",
    "—",
    ".",
    ". ",
    "..",
    "...",
    ". . .",
    "…",
    "!",
    "?",
    "?!",
    ":",
    ";",
    ",",
    "\"",
    "'",
    "“",
    "”",
    "„",
    "«",
    "»",
    "‘",
    "’",
    "(",
    ")",
    "[",
    "]",
    "[...]",
    "「",
    "」",
    "《",
    "》",
    "。",
    "！",
    "？",
    "．",
    "।",
    "۔",
    "؟",
    "։",
    "።",
    "Jane.Doe@example.com",
    "https://x.org/a.html",
    "word.Next",
    "READ MORE:",
    "SOURCE:",
    "WASHINGTON",
    "г.",
    "Ул.",
    "вкл.",
    "Он",
    "и",
    "Λ",
    ";",
    "ա",
    "Ա",
    "\u{202a}",
    "\u{202c}",
    "\u{200b}",
    "XII.",
    "Juni",
    "ß",
    "ǅ",
    "x",
];

fn article_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            8 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => any::<char>().prop_map(String::from),
        ],
        0..80,
    )
    .prop_map(|v| v.concat())
}

fn langs() -> impl Strategy<Value = Lang> {
    prop::sample::select(&["en", "de", "da", "ru", "hy", "el", "ja", "ar", "es", "cs"][..])
        .prop_map(|c| Lang::from_code(c).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 2000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn fast_path_agrees_with_reference_on_article_like_text(text in article_like(), lang in langs()) {
        let fast = segment::sentences(&text, lang);
        check_spans(&text, &fast);
        prop_assert_eq!(fast, segment::reference_sentences(&text, lang));
    }

    #[test]
    fn fast_path_agrees_with_reference_on_arbitrary_text(text in any::<String>(), lang in langs()) {
        let fast = segment::sentences(&text, lang);
        check_spans(&text, &fast);
        prop_assert_eq!(fast, segment::reference_sentences(&text, lang));
    }
}
