//! The `compare` subcommand and `--sources`, as a user runs them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn quotelens(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quotelens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/compare")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// The sample article: its absence is a failure, never a silent skip.
fn sample() -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/samples/trump-putin-call.txt");
    assert!(
        p.exists(),
        "{}: ../shared must sit beside the repository",
        p.display()
    );
    p
}

#[test]
fn compare_prints_json_by_default() {
    let o = quotelens(
        &[
            "compare",
            "--a",
            "Peskov",
            "--b",
            "state department",
            &fixture("person-vs-organisation.txt"),
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["a"]["name"], "Dmitry Peskov");
    assert_eq!(v["b"]["name"], "State Department");
    assert_eq!(v["b"]["side"], "us");
    let framing: Vec<&str> = v["a"]["framing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["text"].as_str().unwrap())
        .collect();
    assert!(framing.contains(&"useful"), "{framing:?}");
}

#[test]
fn compare_reads_standard_input_and_prints_markdown() {
    let text = std::fs::read_to_string(fixture("two-persons-one-side.txt")).unwrap();
    let o = quotelens(
        &[
            "compare",
            "--a",
            "lavrov",
            "--b",
            "Marchenko",
            "--format",
            "markdown",
            "-",
        ],
        Some(&text),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let md = stdout(&o);
    assert!(md.starts_with("# Sergei Lavrov and Olga Marchenko"), "{md}");
    assert!(md.contains("“constructive”"), "{md}");
    assert!(
        md.contains("Lavrov made no mention of the sanctions."),
        "{md}"
    );
}

#[test]
fn compare_on_the_sample_gives_the_issues_comparison() {
    let sample = sample();
    let o = quotelens(
        &[
            "compare",
            "--a",
            "White House",
            "--b",
            "Kremlin",
            "--format",
            "markdown",
            sample.to_str().unwrap(),
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let md = stdout(&o);
    assert!(
        md.contains("| Framing words | “very good” | “business-like”, “constructive” |"),
        "{md}"
    );
    assert!(
        md.contains("## Raised only by White House\n\n- safe zones"),
        "{md}"
    );
    assert!(
        md.contains("- Kremlin: **safe zones** (raised by White House)"),
        "{md}"
    );
    assert!(md.contains("## Raised by both\n\n- **talks**"), "{md}");
}

#[test]
fn compare_csv_has_a_header_and_rows() {
    let o = quotelens(
        &[
            "compare",
            "--a",
            "russia",
            "--b",
            "us",
            "--format",
            "csv",
            &fixture("person-vs-organisation.txt"),
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = stdout(&o);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("section,party,source,kind,confidence,text,detail,sentence")
    );
    assert!(
        csv.lines()
            .any(|l| l.starts_with("framing,Russia,,,,useful")),
        "{csv}"
    );
    assert!(
        csv.lines()
            .any(|l| l.starts_with("omission,United States,State Department")),
        "{csv}"
    );
}

#[test]
fn sources_file_defines_sides_for_compare_and_analyze() {
    let dir = std::env::temp_dir().join(format!("quotelens-cli-compare-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let aliases = dir.join("sides.json");
    std::fs::write(
        &aliases,
        r#"{"sides": {"city-hall": ["Ana Lopez"], "opposition": ["Tom Becker", "Mia Roth"]}}"#,
    )
    .unwrap();
    let text = fixture("user-sides.txt");
    let o = quotelens(
        &[
            "compare",
            "--a",
            "city-hall",
            "--b",
            "opposition",
            "--sources",
            aliases.to_str().unwrap(),
            &text,
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["b"]["kind"], "side");
    assert_eq!(v["b"]["sources"].as_array().unwrap().len(), 2);

    let o = quotelens(
        &["analyze", "--sources", aliases.to_str().unwrap(), &text],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let sides: Vec<&str> = v["sides"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(sides, ["city-hall", "opposition"]);

    // Without the file, nobody in this article is on a side.
    let o = quotelens(&["analyze", &text], None);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["sides"].as_array().unwrap().len(), 0);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn classes_choose_what_compare_puts_side_by_side() {
    let text = "\"We will win,\" Vladimir Putin said. Donald Trump believes the plan will fail. \
                \"Talks will go on,\" Trump said.";
    let compare = |classes: Option<&str>| {
        let mut args = vec!["compare", "--a", "Putin", "--b", "Trump"];
        args.extend(classes.map(|c| ["--classes", c]).into_iter().flatten());
        args.push("-");
        quotelens(&args, Some(text))
    };
    let claims = |classes: Option<&str>| -> Vec<String> {
        let o = compare(classes);
        assert!(o.status.success(), "{classes:?}: {}", stderr(&o));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        v["b"]["attributions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["content"]["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        claims(None),
        ["the plan will fail", "\"Talks will go on,\""]
    );
    assert_eq!(claims(Some("speech,writing")), ["\"Talks will go on,\""]);
    // Left with beliefs only, Putin said nothing: an unknown source, not an empty column.
    let o = compare(Some("belief"));
    assert!(!o.status.success());
    assert!(
        stderr(&o).starts_with("quotelens: unknown_source:"),
        "{}",
        stderr(&o)
    );
    let o = compare(Some("speech,opinion"));
    assert!(!o.status.success() && stdout(&o).is_empty());
    assert_eq!(stderr(&o).trim_end().lines().count(), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("--classes needs"), "{}", stderr(&o));
}

#[test]
fn errors_are_one_line_with_a_non_zero_exit() {
    let text = fixture("person-vs-organisation.txt");
    let cases: &[(&[&str], &str)] = &[
        (
            &["compare", "--a", "Peskov", "--b", "Atlantis", &text],
            "unknown_source",
        ),
        (&["compare", "--a", "Peskov", &text], "--b"),
        (&["compare", "--a", "Peskov", "--b", "us"], "FILE"),
        (
            &[
                "compare", "--a", "Peskov", "--b", "us", "--format", "pdf", &text,
            ],
            "format",
        ),
        (
            &[
                "compare",
                "--a",
                "Peskov",
                "--b",
                "us",
                "--sources",
                "/nonexistent/x.json",
                &text,
            ],
            "cannot read",
        ),
        (&["compare", "--a"], "--a needs a value"),
    ];
    for (args, needle) in cases {
        let o = quotelens(args, None);
        assert!(!o.status.success(), "{args:?} succeeded");
        let err = stderr(&o);
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(stdout(&o).is_empty(), "{args:?} printed to stdout");
    }
    // A malformed sources file is bad_options.
    let dir = std::env::temp_dir().join(format!("quotelens-cli-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"{"sources": [{"aliases": 3}]}"#).unwrap();
    let o = quotelens(
        &["analyze", "--sources", bad.to_str().unwrap(), &text],
        None,
    );
    assert!(!o.status.success());
    assert!(
        stderr(&o).starts_with("quotelens: bad_options:"),
        "{}",
        stderr(&o)
    );
    assert_eq!(stderr(&o).trim_end().lines().count(), 1);
    std::fs::remove_dir_all(&dir).ok();
}

fn documents_fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/compare-documents")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn compare_across_two_files_says_each_claims_document() {
    let (washington, moscow) = (
        documents_fixture("washington.txt"),
        documents_fixture("moscow.txt"),
    );
    let args = |format: &'static str| {
        [
            "compare",
            "--a",
            "White House",
            "--b",
            "Kremlin",
            "--format",
            format,
            washington.as_str(),
            moscow.as_str(),
        ]
    };
    let o = quotelens(&args("json"), None);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let texts = [
        std::fs::read_to_string(&washington).unwrap(),
        std::fs::read_to_string(&moscow).unwrap(),
    ];
    let claims = v["a"]["attributions"].as_array().unwrap();
    let documents: Vec<u64> = claims
        .iter()
        .map(|c| c["document"].as_u64().unwrap())
        .collect();
    // The White House is heard in both readouts, the Kremlin in the second only.
    assert!(
        documents.contains(&0) && documents.contains(&1),
        "{documents:?}"
    );
    for c in claims {
        let d = c["document"].as_u64().unwrap() as usize;
        let text = c["content"]["text"].as_str().unwrap();
        assert!(texts[d].contains(text), "{text} is not in document {d}");
    }
    assert!(v["b"]["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["document"] == 1));
    assert_eq!(v["documents"].as_array().unwrap().len(), 2);

    let o = quotelens(&args("markdown"), None);
    assert!(o.status.success(), "{}", stderr(&o));
    let md = stdout(&o);
    assert!(md.contains(&format!("1. {washington}")), "{md}");
    assert!(md.contains("document 1, sentence 2"), "{md}");
    assert!(md.contains("document 2, sentence"), "{md}");

    let o = quotelens(&args("csv"), None);
    let csv = stdout(&o);
    assert!(
        csv.starts_with("section,party,source,kind,confidence,text,detail,sentence,document\n"),
        "{csv}"
    );
}

#[test]
fn compare_of_one_file_keeps_its_report() {
    let o = quotelens(
        &[
            "compare",
            "--a",
            "White House",
            "--b",
            "Kremlin",
            "--format",
            "csv",
            &documents_fixture("moscow.txt"),
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("section,party,source,kind,confidence,text,detail,sentence\n"));
}
