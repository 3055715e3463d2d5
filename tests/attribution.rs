//! Attribution fixtures (tests/fixtures/attribution/*.toml), robustness and linearity.
//!
//! A fixture case gives a text and the attributions expected in it; each expected field is
//! compared only when given. Contents compare after trimming quote marks, spaces and edge
//! punctuation (as the external scorers do).

use quotelens::analysis::{Attribution, Quotation, Sentence, Span};
use quotelens::{attribution, lang::Lang, quotes, roles, segment};
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    #[allow(dead_code)]
    why: String,
    text: String,
    #[serde(default)]
    expect: Vec<Expect>,
    #[serde(default)]
    not_attributed: Vec<String>,
    /// How many attributions the text holds, when the case is about what is left out.
    count: Option<usize>,
}

#[derive(Deserialize, Default)]
struct Expect {
    content: String,
    kind: Option<String>,
    speaker: Option<String>,
    resolved: Option<String>,
    cue: Option<String>,
    via: Option<String>,
    cue_class: Option<String>,
    sourcing: Option<String>,
}

/// The stages before attribution, for English text.
fn stages(text: &str) -> (Lang, Vec<Sentence>, Vec<Quotation>) {
    let lang = Lang::from_code("en").unwrap();
    let mut sentences = segment::sentences(text, lang);
    roles::assign(text, &mut sentences);
    let quotations = quotes::find(text, &sentences);
    (lang, sentences, quotations)
}

fn run(text: &str) -> Vec<Attribution> {
    let (lang, sentences, quotations) = stages(text);
    attribution::attribute(text, lang, &sentences, &quotations)
}

fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || "\"'“”„‘’«».,;:!?—–-".contains(c))
}

fn json_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v)
        .unwrap()
        .trim_matches('"')
        .to_string()
}

fn describe(text: &str, a: &Attribution) -> String {
    let t = |s: Option<Span>| s.map(|s| s.text(text).to_string());
    format!(
        "{:?} content={:?} speaker={:?} resolved={:?} cue={:?} via={:?} {:?} {:?}",
        a.kind,
        a.content.text(text),
        t(a.speaker),
        t(a.resolved),
        t(a.cue),
        t(a.via),
        a.cue_class,
        a.sourcing
    )
}

fn check(case: &Case) -> Result<(), String> {
    let text = case.text.as_str();
    let got = run(text);
    let all = || {
        got.iter()
            .map(|a| describe(text, a))
            .collect::<Vec<_>>()
            .join("\n  ")
    };
    for e in &case.expect {
        let a = got
            .iter()
            .find(|a| trim(a.content.text(text)) == trim(&e.content))
            .ok_or_else(|| {
                format!(
                    "no attribution with content {:?}; got:\n  {}",
                    e.content,
                    all()
                )
            })?;
        let span_is = |s: Option<Span>, want: &Option<String>| {
            want.as_ref()
                .is_none_or(|w| s.map(|s| s.text(text)) == Some(w.as_str()))
        };
        let ok = e.kind.as_ref().is_none_or(|k| &json_name(&a.kind) == k)
            && span_is(a.speaker, &e.speaker)
            && span_is(a.resolved, &e.resolved)
            && span_is(a.cue, &e.cue)
            && span_is(a.via, &e.via)
            && e.cue_class
                .as_ref()
                .is_none_or(|c| &json_name(&a.cue_class) == c)
            && e.sourcing
                .as_ref()
                .is_none_or(|c| &json_name(&a.sourcing) == c)
            && (0.0..=1.0).contains(&a.confidence);
        if !ok {
            return Err(format!(
                "content {:?}: got {}",
                e.content,
                describe(text, a)
            ));
        }
    }
    if let Some(n) = case.count.filter(|&n| n != got.len()) {
        let all: Vec<String> = got.iter().map(|a| describe(text, a)).collect();
        return Err(format!(
            "{n} attributions expected, got {}:\n  {}",
            got.len(),
            all.join("\n  ")
        ));
    }
    for n in &case.not_attributed {
        let at = text
            .find(n.as_str())
            .ok_or_else(|| format!("{n:?} not in the text"))?;
        let span = Span::new(at, at + n.len());
        if let Some(a) = got.iter().find(|a| a.content.overlaps(span)) {
            return Err(format!("{n:?} is attributed: {}", describe(text, a)));
        }
    }
    Ok(())
}

#[test]
fn fixtures() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/attribution");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    let mut n = 0;
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
    {
        let file: File = toml::from_str(&std::fs::read_to_string(path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for case in &file.case {
            n += 1;
            if let Err(e) = check(case) {
                failures.push(format!(
                    "{} / {}: {e}",
                    path.file_name().unwrap().to_string_lossy(),
                    case.name
                ));
            }
        }
    }
    assert!(n >= 30, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{} of {n} cases failed:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// Texts that must give an answer, not a panic.
#[test]
fn never_panics() {
    let nasty = [
        String::new(),
        "\0".to_string(),
        "\"".repeat(1000),
        "“”„‘’«»'\"` ``''".repeat(100),
        "\"unbalanced, he said.\n\n\"and again".to_string(),
        "said said said, said. According to according to, said".to_string(),
        "é\"said\u{feff}\u{a0}told: „“ ” ‚ ‘".repeat(50),
        "\"A,\" B said, \"C\n\n\"D\n\"E".to_string(),
    ];
    for text in &nasty {
        let got = run(text);
        for a in got {
            for s in [Some(a.content), a.speaker, a.resolved, a.cue, a.via]
                .into_iter()
                .flatten()
            {
                assert!(
                    text.is_char_boundary(s.start)
                        && text.is_char_boundary(s.end)
                        && s.start <= s.end
                );
            }
        }
        quotelens::analyze(text, &quotelens::Options::default()).unwrap();
    }
}

/// The work counter of the engine, for the same material at 1x and 8x.
fn work(unit: &str, times: usize) -> usize {
    let text = unit.repeat(times);
    let (lang, sentences, quotations) = stages(&text);
    attribution::attribute_counted(&text, lang, &sentences, &quotations).1
}

fn assert_linear(unit: &str, base: usize) {
    let (a, b) = (work(unit, base), work(unit, base * 8));
    assert!(a > 0);
    // Linear work grows 8x; allow a little for edges, far below the 64x of a quadratic path.
    assert!(b <= a * 9, "work {a} at 1x, {b} at 8x");
}

#[test]
fn ten_thousand_quote_marks_stay_linear() {
    assert_linear("\"", 1250);
    assert_linear("\" said \"", 1250);
    assert_linear("“a, ” he said “", 1250);
    // One sentence of many direct quotes and cues: no per-cue scan of the sentence's quotes.
    assert_linear("\"We are here, and ready,\" he said, \"", 1250);
    // A claim split by `, X said,` before each quotation: its first half starts after the
    // quotation before, never at the sentence start.
    assert_linear(
        "the plan, the mayor said, \"is a good one for all,\" and ",
        1250,
    );
    // A quotation going on the sentence's clause looks back only to the quotation before.
    assert_linear(
        "a b c d e f g h i j \"allows us to get it out,\" he said and ",
        1250,
    );
    // A quoted title is no speech, so its cue reports the clause before: the check that a claim
    // stands there reads four words, not the clause to its start.
    assert_linear("on \"Face the Nation,\" he said ", 1250);
}

/// All attributions' contents together, in bytes: what the output spends on them.
fn content_bytes(unit: &str, times: usize) -> usize {
    run(&unit.repeat(times))
        .iter()
        .map(|a| a.content.len())
        .sum()
}

#[test]
fn a_long_sentence_of_cues_gives_a_linear_output() {
    // Each cue's content runs on to the sentence end unless bounded: quadratic in the length.
    let unit = "he reminding Citing backed reminding asked said which ";
    let (a, b) = (content_bytes(unit, 1000), content_bytes(unit, 8000));
    assert!(a > 0 && b <= a * 9, "contents {a} bytes at 1x, {b} at 8x");
}

#[test]
fn a_megabyte_paragraph_stays_linear() {
    // One paragraph, one sentence: every cue looks at its clause, never the whole paragraph.
    assert_linear(
        "officials said that he told reporters, according to them, ",
        2000,
    );
    assert_linear("the plan said ", 10_000);
    // A sentence opening with a subordinator and holding many cues: no rescan from its start.
    assert_linear("When to called Instead told was ", 2000);
    // Many sentences in one paragraph: nothing may rescan the paragraph per sentence.
    assert_linear("He said it was fine. \"Yes,\" she said. ", 2000);
    // And it completes at a megabyte.
    let big = "officials said that he told reporters, \"it is\" according to them, ".repeat(16_000);
    assert!(big.len() > 1_000_000);
    let _ = run(&big);
}

/// The analysis reports a claim once: a report nested in another's content is left out (the
/// engine finds both; `attribution::drop_nested` says why).
#[test]
fn a_nested_report_is_one_claim() {
    let text = "City Attorney Brad Holm said in the letter that the advertisement suggests that \
                Phoenix supports the campaign.";
    let (lang, sentences, quotations) = stages(text);
    let engine = attribution::attribute(text, lang, &sentences, &quotations);
    let inner = |a: &&Attribution| trim(a.content.text(text)).starts_with("that Phoenix");
    assert!(
        engine.iter().any(|a| inner(&a)),
        "the engine finds the inner report"
    );
    let analysis = quotelens::analyze(text, &quotelens::Options::default()).unwrap();
    let contents: Vec<&str> = analysis
        .attributions
        .iter()
        .map(|a| trim(&a.content.text))
        .collect();
    assert!(
        contents.contains(&"that the advertisement suggests that Phoenix supports the campaign")
    );
    assert!(
        !contents.iter().any(|c| c.starts_with("that Phoenix")),
        "{contents:?}"
    );
}
