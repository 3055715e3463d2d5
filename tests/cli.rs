//! The CLI's contract, which the external evaluation drives: `analyze FILE|-`, `analyze --jsonl`,
//! one-line errors with non-zero exit codes, and a bad JSONL line that does not stop the rest.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quotelens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the quotelens binary runs");
    // Written from a thread, so that a large input and output cannot fill both pipes at once. A
    // command that fails on its arguments exits without reading: a broken pipe is no error.
    let mut pipe = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&stdin);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn json(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes).expect("valid JSON")
}

fn one_line_error(out: &Output) -> String {
    assert!(!out.status.success(), "a failure exits non-zero");
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "one line, no panic trace: {err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    err
}

#[test]
fn analyze_a_file_and_stdin_alike() {
    let text = "\"We are ready,\" Lavrov said. 😀 Talks resume.";
    let dir = std::env::temp_dir().join(format!("quotelens-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("a.txt");
    std::fs::write(&path, text).unwrap();
    let from_file = run(&["analyze", path.to_str().unwrap()], b"");
    let from_stdin = run(&["analyze", "-"], text.as_bytes());
    assert!(from_file.status.success() && from_stdin.status.success());
    let (a, b) = (json(&from_file.stdout), json(&from_stdin.stdout));
    assert_eq!(a, b);
    assert_eq!(a["length"], text.encode_utf16().count());
    assert_eq!(a["quotations"][0]["inner"]["text"], "We are ready,");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn jsonl_keeps_order_and_survives_a_bad_line() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"One. Two.\"}\n",
        "this is not json\n",
        "{\"id\": 7, \"text\": \"Der Mann sagte, dass es regnet.\", \"lang\": \"de\"}\n",
        "{\"id\": \"no-text\"}\n",
        "\n",
        "{\"id\": \"c\", \"text\": \"\"}\n",
    );
    let out = run(&["analyze", "--jsonl"], input.as_bytes());
    assert_eq!(
        out.status.code(),
        Some(1),
        "bad lines make the exit code non-zero"
    );
    let lines: Vec<serde_json::Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(json)
        .collect();
    assert_eq!(lines.len(), 5, "one output line per input line");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(
        lines[0]["analysis"]["sentences"].as_array().unwrap().len(),
        2
    );
    assert!(lines[1]["error"].is_string());
    assert_eq!(lines[1]["code"], "bad_line");
    assert_eq!(lines[2]["id"], 7);
    assert_eq!(lines[2]["analysis"]["language"], "de");
    assert_eq!(lines[3]["id"], "no-text");
    assert!(lines[3]["error"].is_string());
    assert_eq!(lines[3]["code"], "bad_text");
    assert_eq!(lines[4]["analysis"]["sentences"], serde_json::json!([]));
}

#[test]
fn min_confidence_sets_which_attributions_are_kept() {
    let text =
        "The senator said the bill would pass. They were told to leave the zones by Friday. \
                \"We will see,\" he added.";
    let confidences = |args: &[&str]| -> Vec<f64> {
        let out = run(args, text.as_bytes());
        assert!(out.status.success());
        let a = json(&out.stdout);
        a["attributions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["confidence"].as_f64().unwrap())
            .collect()
    };
    // The default minimum as the output writes a confidence (its shortest decimal).
    let min: f64 = quotelens::DEFAULT_MIN_CONFIDENCE
        .to_string()
        .parse()
        .unwrap();
    let all = confidences(&["analyze", "--min-confidence", "0", "-"]);
    assert!(
        all.iter().any(|&c| c < min),
        "the text has a doubtful attribution: {all:?}"
    );
    let by_default = confidences(&["analyze", "-"]);
    let kept: Vec<f64> = all.iter().copied().filter(|&c| c >= min).collect();
    assert_eq!(by_default, kept, "the default minimum is {min}");
    let sure = confidences(&["analyze", "--min-confidence", "0.8", "-"]);
    assert!(
        sure.len() < all.len() && sure.iter().all(|&c| c >= 0.8),
        "{sure:?}"
    );
    one_line_error(&run(
        &["analyze", "--min-confidence", "1.5", "-"],
        b"Hello.",
    ));
    one_line_error(&run(&["analyze", "--min-confidence", "-"], b"Hello."));
}

#[test]
fn classes_set_which_cue_classes_are_kept() {
    let text = "\"We will win,\" the mayor said. The governor believes the plan will fail. \
                Critics criticized the budget as reckless. The ministry wrote that talks would resume.";
    let classes = |args: &[&str]| -> Vec<String> {
        let out = run(args, text.as_bytes());
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let a = json(&out.stdout);
        a["attributions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["cueClass"].as_str().unwrap().to_string())
            .collect()
    };
    // The default keeps all four classes, as the library does.
    assert_eq!(
        classes(&["analyze", "-"]),
        ["speech", "belief", "evaluation", "writing"]
    );
    assert_eq!(
        classes(&["analyze", "--classes", "speech,writing", "-"]),
        ["speech", "writing"]
    );
    assert_eq!(
        classes(&["analyze", "--classes", "Evaluation, belief", "-"]),
        ["belief", "evaluation"]
    );
    // --jsonl takes it too.
    let line = serde_json::json!({"id": 1, "text": text}).to_string();
    let out = run(
        &["analyze", "--jsonl", "--classes", "belief"],
        line.as_bytes(),
    );
    assert!(out.status.success());
    let a = &json(&out.stdout)["analysis"]["attributions"];
    assert_eq!(a.as_array().unwrap().len(), 1);
    assert_eq!(a[0]["cueClass"], "belief");
    for bad in ["rumour", "speech,rumour", "", ",", "speech,,writing"] {
        let err = one_line_error(&run(&["analyze", "--classes", bad, "-"], b"Hello."));
        assert!(
            err.contains("--classes needs") && err.contains("speech, writing, belief, evaluation"),
            "{bad:?}: {err}"
        );
    }
    one_line_error(&run(&["analyze", "--classes"], b"Hello."));
}

#[test]
fn bad_input_is_one_line_and_a_non_zero_exit() {
    one_line_error(&run(&["analyze", "/no/such/file.txt"], b""));
    one_line_error(&run(&["analyze", "-"], b"caf\xe9 au lait"));
    one_line_error(&run(&["analyze", "--lang", "not a code", "-"], b"Hello."));
    one_line_error(&run(&["frobnicate"], b""));
    one_line_error(&run(&["analyze", "--bogus"], b""));
}

#[test]
fn hard_texts_get_an_analysis() {
    for text in ["", "\0\0\0", "\"\"\"\"\"'''“”„«»", "\r\r\n\n \u{a0}"] {
        let out = run(&["analyze", "-"], text.as_bytes());
        assert!(out.status.success(), "{text:?}");
        assert_eq!(json(&out.stdout)["length"], text.encode_utf16().count());
    }
}

#[test]
fn jsonl_on_several_threads_writes_what_one_thread_writes() {
    // More lines than one round (512), of different lengths, so that threads finish out of order.
    let mut input = String::new();
    for i in 0..1100 {
        let text = format!(
            "\"Line {i} is here,\" the mayor said. {} The council said the vote would be held.",
            "Talks went on. ".repeat(i % 13)
        );
        input.push_str(&serde_json::json!({ "id": i, "text": text }).to_string());
        input.push('\n');
        if i % 97 == 0 {
            input.push_str("not json\n");
        }
    }
    let one = run(&["analyze", "--jsonl", "--jobs", "1"], input.as_bytes());
    let many = run(&["analyze", "--jsonl", "--jobs", "4"], input.as_bytes());
    assert_eq!(one.status.code(), Some(1), "the bad lines are failures");
    assert_eq!(one.stdout, many.stdout, "the same lines, in input order");
    assert_eq!(
        one.stderr, many.stderr,
        "the same errors, with their line numbers"
    );
    let ids: Vec<serde_json::Value> = String::from_utf8(many.stdout)
        .unwrap()
        .lines()
        .map(|l| json(l.as_bytes())["id"].clone())
        .filter(|id| !id.is_null())
        .collect();
    assert_eq!(
        ids,
        (0..1100).map(serde_json::Value::from).collect::<Vec<_>>()
    );
    let bad = run(&["analyze", "--jsonl", "--jobs", "0"], b"");
    assert!(one_line_error(&bad).contains("--jobs"));
}

/// RFC 4180 rows: fields split at commas outside quotes, `""` inside quotes a quote.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    rows
}

#[test]
fn csv_lists_the_attributions_of_the_json() {
    let text = "\"We are ready,\" Kremlin spokesman Dmitry Peskov said. The White House called \
                the talks \"very good, even =great,\" while the Kremlin said they were \"businesslike.\"";
    let analysis = json(&run(&["analyze", "-"], text.as_bytes()).stdout);
    let out = run(&["analyze", "--format", "csv", "-"], text.as_bytes());
    assert!(out.status.success());
    let rows = csv_rows(&String::from_utf8(out.stdout).unwrap());
    let attributions = analysis["attributions"].as_array().unwrap();
    assert!(attributions.len() >= 3, "{analysis}");
    assert_eq!(
        rows.len(),
        1 + attributions.len(),
        "a header and a row per attribution"
    );
    let header = &rows[0];
    for (row, a) in rows[1..].iter().zip(attributions) {
        assert_eq!(row.len(), header.len());
        let cell = |name: &str| row[header.iter().position(|h| h == name).unwrap()].as_str();
        for name in ["kind", "cueClass"] {
            assert_eq!(cell(name), a[name].as_str().unwrap());
        }
        assert_eq!(
            cell("confidence").parse::<f64>().unwrap(),
            a["confidence"].as_f64().unwrap()
        );
        assert_eq!(cell("start"), a["content"]["start"].to_string());
        assert_eq!(cell("end"), a["content"]["end"].to_string());
        assert_eq!(
            cell("content"),
            a["content"]["text"].as_str().unwrap(),
            "quotes and commas survive"
        );
        assert_eq!(
            cell("source"),
            a["source"]["name"].as_str().unwrap_or_default()
        );
        assert_eq!(
            cell("speaker"),
            a["speaker"]["text"].as_str().unwrap_or_default()
        );
    }
    // A leading = would be a spreadsheet formula: it never starts a cell.
    assert!(rows.iter().flatten().all(|c| !c.starts_with('=')));
}

#[test]
fn jsonl_csv_rows_carry_the_line_id_and_a_bad_line_has_none() {
    let input = "{\"id\": \"a1\", \"text\": \"\\\"Yes,\\\" Putin said.\"}\nnot json\n\
                 {\"id\": 7, \"text\": \"Peskov said the talks were useful.\"}\n";
    let out = run(
        &["analyze", "--jsonl", "--format", "csv", "--jobs", "2"],
        input.as_bytes(),
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "the bad line makes the exit code non-zero"
    );
    let rows = csv_rows(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(rows[0][..2], ["id", "attribution"]);
    let ids: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, ["a1", "7"], "in input order");
    assert!(String::from_utf8(out.stderr).unwrap().contains("line 2"));
    let bad = run(&["analyze", "--format", "markdown", "-"], b"Hello.");
    assert!(one_line_error(&bad).contains("json or csv"));
}
