//! Every input gets an analysis whose spans are sound: the whole pipeline, on arbitrary text and on
//! text built from the pieces that break parsers (quote marks, line ends, abbreviations, scripts).

use proptest::prelude::*;
use quotelens::{analyze, Analysis, Options};

/// Pieces of article-like text, mixed at random.
const PIECES: &[&str] = &[
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "「",
    "」",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    "\u{a0}",
    ".",
    ",",
    ":",
    "?",
    "!",
    "…",
    "...",
    " said",
    " told reporters",
    " according to",
    "According to",
    " the White House",
    " Putin",
    " he",
    " It",
    " Mr.",
    " U.S.",
    " Dr.",
    " p.m.",
    " 3.5",
    " READ MORE:",
    "SOURCE:",
    " — ",
    "😀",
    "日本",
    "مرحبا",
    "e\u{301}",
    "\0",
    "\u{feff}",
    "\u{2028}",
    " (",
    ")",
    "-",
    "https://example.org/a.b",
];

fn article_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..200).prop_map(|v| v.concat())
}

/// The invariants a caller relies on.
fn check(text: &str, a: &Analysis) {
    let units: Vec<u16> = text.encode_utf16().collect();
    let len = units.len();
    assert_eq!(a.length, len);
    // A UTF-16 offset is sound when it is within the text and not inside a surrogate pair.
    let sound = |o: usize| o <= len && (o == len || !(0xDC00..0xE000).contains(&units[o]));
    let slice = |s: usize, e: usize| String::from_utf16(&units[s..e]).unwrap();
    let mut last_end = 0;
    for s in &a.sentences {
        assert!(
            sound(s.start) && sound(s.end) && s.start < s.end,
            "sentence {s:?}"
        );
        assert!(
            s.start >= last_end,
            "sentences are in order and do not overlap"
        );
        last_end = s.end;
    }
    for q in &a.quotations {
        assert!(sound(q.start) && sound(q.end) && q.start <= q.inner.start && q.inner.end <= q.end);
        assert_eq!(slice(q.inner.start, q.inner.end), q.inner.text);
        assert!(q.sentence < a.sentences.len().max(1));
    }
    for at in &a.attributions {
        for span in [
            Some(&at.content),
            at.cue.as_ref(),
            at.speaker.as_ref(),
            at.via.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            assert!(
                sound(span.start) && sound(span.end) && span.start <= span.end,
                "{span:?}"
            );
            assert_eq!(slice(span.start, span.end), span.text);
        }
        assert!((0.0..=1.0).contains(&at.confidence));
        assert!(at.sentence < a.sentences.len());
    }
    for s in &a.sources {
        assert!(s.attributions.iter().all(|&i| i < a.attributions.len()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_gets_a_sound_analysis(text in any::<String>()) {
        let a = analyze(&text, &Options::default()).unwrap();
        check(&text, &a);
    }

    #[test]
    fn article_like_text_gets_a_sound_analysis(text in article_like()) {
        let a = analyze(&text, &Options::default()).unwrap();
        check(&text, &a);
    }
}

#[test]
fn pathological_inputs() {
    let cases = [
        String::new(),
        "\"".repeat(10_000),
        "“”‘’«»„\"'".repeat(3_000),
        "\0".repeat(1000),
        "said. ".repeat(20_000),
        format!("\"{}", "a very long unclosed quotation ".repeat(30_000)),
        "Mr. ".repeat(20_000),
        // A comma that opens the apposition window (found by the property test above).
        ", Mr.- said\"".to_string(),
        "\"We are here,\" he said, \"and 'ready'\" “she” told ".repeat(5_000),
        "\n".repeat(50_000),
    ];
    for text in &cases {
        let a = analyze(text, &Options::default()).unwrap();
        check(text, &a);
        // The answer stays in proportion to the question: no content swallows the rest of a
        // long sentence once per cue.
        let spans: usize = a
            .attributions
            .iter()
            .map(|at| at.content.end - at.content.start)
            .sum();
        assert!(
            spans <= 4 * a.length + 1000,
            "{} code units of content for {} of text",
            spans,
            a.length
        );
    }
}
