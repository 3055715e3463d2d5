//! The quotelens command line: arguments, files, JSON lines and exit codes; no analysis logic.
//!
//! ```text
//! quotelens analyze [--lang CODE] [--min-confidence P] [--classes LIST] FILE|-
//!                                               the analysis JSON of one article
//! quotelens analyze --jsonl [--lang CODE] [FILE|-]
//!                                               lines {"id","text","lang"?} in,
//!                                               lines {"id","analysis"} or {"id","error"} out
//! quotelens compare --a SOURCE --b SOURCE [--format json|markdown|csv] [--classes LIST] FILE|-
//!                                               two sources or sides of one article, side by side
//! ```

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;

use quotelens::sources::Gazetteer;
use quotelens::{analyze, compare, Analysis, CueClasses, Options};
use serde::Serialize;
use serde_json::Value;

const USAGE: &str = "usage: quotelens analyze [--lang CODE] [--jsonl] [--sources ALIASES.json] [--min-confidence P]
                         [--classes LIST] FILE|-
       quotelens compare --a SOURCE --b SOURCE [--format json|markdown|csv] [--lang CODE]
                         [--sources ALIASES.json] [--min-confidence P] [--classes LIST] FILE|-
       quotelens --help | --version

  analyze FILE     print the analysis of one article (FILE, or - for standard input) as JSON
  --jsonl          read lines {\"id\", \"text\", \"lang\"?} and write {\"id\", \"analysis\"} per line,
                   in order; a bad line gets {\"id\", \"error\"} and the rest go on
  --lang CODE      force the language (ISO 639-1), instead of detecting it
  --min-confidence P
                   leave out attributions less likely than P to be right (default 0.25; 0: all)
  --classes LIST   keep only attributions whose cue is of these classes, comma-separated:
                   speech, writing, belief, evaluation, action (default: all five)
  compare FILE     compare two sources or sides of the article: attributions, framing words,
                   topics (shared and only one's), omission statements, contrasts
  --a, --b SOURCE  a source or side id or name, any case (\"White House\", kremlin, us)
  --format F       json (default), markdown (a report for a write-up) or csv
  --sources FILE   JSON of extra or overriding sources, aliases and sides:
                   {\"sources\": [{\"name\", \"kind\"?, \"side\"?, \"affiliation\"?, \"aliases\"?}],
                    \"aliases\": {\"alias\": \"source\"}, \"sides\": {\"id\": [\"member\", ...]}}";

/// A failure that ends the command: one line on standard error, and a non-zero exit code.
struct Fail(String);

fn main() -> ExitCode {
    // A panic is a bug; it must still end as one line, never as a trace.
    panic::set_hook(Box::new(|_| {}));
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(Fail(msg)) => {
            eprintln!("quotelens: {msg}");
            ExitCode::from(2)
        }
    }
}

struct Args {
    command: String,
    jsonl: bool,
    lang: Option<String>,
    input: Option<String>,
    a: Option<String>,
    b: Option<String>,
    format: Option<String>,
    sources: Option<String>,
    min_confidence: Option<String>,
    classes: Option<String>,
}

fn parse(args: &[String]) -> Result<Args, Fail> {
    let mut out = Args {
        command: String::new(),
        jsonl: false,
        lang: None,
        input: None,
        a: None,
        b: None,
        format: None,
        sources: None,
        min_confidence: None,
        classes: None,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--jsonl" => out.jsonl = true,
            "--lang" => {
                out.lang = Some(
                    it.next()
                        .ok_or_else(|| Fail("--lang needs a code".into()))?
                        .clone(),
                )
            }
            "--a" | "--b" | "--format" | "--sources" | "--min-confidence" | "--classes" => {
                let value = it
                    .next()
                    .ok_or_else(|| Fail(format!("{a} needs a value; see quotelens --help")))?
                    .clone();
                let slot = match a.as_str() {
                    "--a" => &mut out.a,
                    "--b" => &mut out.b,
                    "--format" => &mut out.format,
                    "--min-confidence" => &mut out.min_confidence,
                    "--classes" => &mut out.classes,
                    _ => &mut out.sources,
                };
                *slot = Some(value);
            }
            "-" => out.input = Some(a.clone()),
            s if s.starts_with("--") => {
                return Err(Fail(format!("unknown option {s}; see quotelens --help")))
            }
            s if out.command.is_empty() => out.command = s.to_string(),
            s if out.input.is_none() => out.input = Some(s.to_string()),
            s => return Err(Fail(format!("unexpected argument {s}"))),
        }
    }
    Ok(out)
}

fn run(args: &[String]) -> Result<ExitCode, Fail> {
    match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            return Ok(ExitCode::SUCCESS);
        }
        Some("-V" | "--version") => {
            println!("quotelens {}", env!("CARGO_PKG_VERSION"));
            return Ok(ExitCode::SUCCESS);
        }
        _ => {}
    }
    let args = parse(args)?;
    match args.command.as_str() {
        "analyze" if args.jsonl => jsonl(&args),
        "analyze" => {
            let path = args.input.as_deref().ok_or_else(|| {
                Fail("analyze needs a FILE or -; see quotelens --help".to_string())
            })?;
            let text = read_text(path)?;
            let options = Options {
                lang: args.lang.clone(),
                sources: user_sources(&args)?,
                min_confidence: min_confidence(&args)?,
                classes: classes(&args)?,
            };
            let analysis = guarded(|| analyze(&text, &options))?;
            println!("{}", pretty(&analysis)?);
            Ok(ExitCode::SUCCESS)
        }
        "compare" => compare_command(&args),
        other => Err(Fail(format!(
            "unknown command {other:?}; see quotelens --help"
        ))),
    }
}

fn min_confidence(args: &Args) -> Result<f32, Fail> {
    let Some(p) = args.min_confidence.as_deref() else {
        return Ok(quotelens::DEFAULT_MIN_CONFIDENCE);
    };
    p.parse::<f64>()
        .ok()
        .and_then(|p| quotelens::min_confidence(p).ok())
        .ok_or_else(|| {
            Fail(format!(
                "--min-confidence needs a number from 0 to 1, not {p:?}"
            ))
        })
}

/// The cue classes to keep (`--classes speech,writing`); all five by default.
fn classes(args: &Args) -> Result<CueClasses, Fail> {
    let Some(list) = args.classes.as_deref() else {
        return Ok(CueClasses::ALL);
    };
    // Any case, as --a and --b are.
    quotelens::classes(list.to_lowercase().split(',').map(str::trim)).map_err(|_| {
        Fail(format!(
            "--classes needs one or more of speech, writing, belief, evaluation, action, comma-separated, not {list:?}"
        ))
    })
}

/// The user's gazetteer (`--sources FILE`), if any.
fn user_sources(args: &Args) -> Result<Option<Gazetteer>, Fail> {
    let Some(path) = args.sources.as_deref() else {
        return Ok(None);
    };
    let json = read_text(path)?;
    Gazetteer::from_json(&json)
        .map(Some)
        .map_err(|e| Fail(format!("{}: {path}: {e}", e.code())))
}

fn compare_command(args: &Args) -> Result<ExitCode, Fail> {
    let (Some(a), Some(b)) = (args.a.as_deref(), args.b.as_deref()) else {
        return Err(Fail(
            "compare needs --a SOURCE and --b SOURCE; see quotelens --help".into(),
        ));
    };
    let format = args.format.as_deref().unwrap_or("json");
    if !matches!(format, "json" | "markdown" | "md" | "csv") {
        return Err(Fail(format!(
            "unknown format {format:?}: json, markdown or csv"
        )));
    }
    if args.jsonl {
        return Err(Fail("compare reads one article, not --jsonl".into()));
    }
    let path = args
        .input
        .as_deref()
        .ok_or_else(|| Fail("compare needs a FILE or -; see quotelens --help".into()))?;
    let text = read_text(path)?;
    let options = Options {
        lang: args.lang.clone(),
        sources: user_sources(args)?,
        min_confidence: min_confidence(args)?,
        classes: classes(args)?,
    };
    let comparison = guarded(|| analyze(&text, &options).and_then(|an| compare(&an, a, b)))?;
    match format {
        "json" => println!("{}", pretty(&comparison)?),
        "csv" => print!("{}", comparison.to_csv()),
        _ => print!("{}", comparison.to_markdown()),
    }
    Ok(ExitCode::SUCCESS)
}

/// The JSON the CLI prints: the library's, as the npm package returns it, indented.
fn pretty<T: Serialize>(value: &T) -> Result<String, Fail> {
    serde_json::to_string_pretty(value).map_err(|e| Fail(e.to_string()))
}

/// Runs an analysis; a typed error or a panic becomes one line.
fn guarded<T>(f: impl FnOnce() -> Result<T, quotelens::Error>) -> Result<T, Fail> {
    match panic::catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(Fail(format!("{}: {e}", e.code()))),
        Err(p) => Err(Fail(format!("internal error: {}", panic_message(&p)))),
    }
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_default()
}

fn read_bytes(path: &str) -> Result<Vec<u8>, Fail> {
    let mut bytes = Vec::new();
    let result = if path == "-" {
        io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map(|_| ())
    };
    result.map_err(|e| Fail(format!("cannot read {path}: {e}")))?;
    Ok(bytes)
}

fn read_text(path: &str) -> Result<String, Fail> {
    String::from_utf8(read_bytes(path)?).map_err(|e| {
        Fail(format!(
            "{path} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

fn jsonl(args: &Args) -> Result<ExitCode, Fail> {
    let path = args.input.as_deref().unwrap_or("-");
    let reader: Box<dyn BufRead> = if path == "-" {
        Box::new(io::stdin().lock())
    } else {
        Box::new(io::BufReader::new(
            std::fs::File::open(path).map_err(|e| Fail(format!("cannot read {path}: {e}")))?,
        ))
    };
    let sources = user_sources(args)?;
    let min_confidence = min_confidence(args)?;
    let classes = classes(args)?;
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = 0usize;
    for (n, line) in reader.split(b'\n').enumerate() {
        let line = line.map_err(|e| Fail(format!("cannot read {path}: {e}")))?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let record = match one_line(
            &line,
            args.lang.as_deref(),
            sources.as_ref(),
            min_confidence,
            classes,
        ) {
            Ok((id, analysis)) => serde_json::to_string(&Record { id, analysis }),
            Err((id, Fail(error))) => {
                failed += 1;
                eprintln!("quotelens: line {}: {error}", n + 1);
                serde_json::to_string(&Failure { id, error })
            }
        };
        let record = record.map_err(|e| Fail(e.to_string()))?;
        writeln!(out, "{record}").map_err(|e| Fail(e.to_string()))?;
    }
    out.flush().map_err(|e| Fail(e.to_string()))?;
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// An output line of `--jsonl`.
#[derive(Serialize)]
struct Record {
    id: Value,
    analysis: Analysis,
}

/// The output line of a bad input line.
#[derive(Serialize)]
struct Failure {
    id: Value,
    error: String,
}

fn one_line(
    line: &[u8],
    lang: Option<&str>,
    sources: Option<&Gazetteer>,
    min_confidence: f32,
    classes: CueClasses,
) -> Result<(Value, Analysis), (Value, Fail)> {
    let fail = |id: &Value, msg: String| (id.clone(), Fail(msg));
    let line =
        std::str::from_utf8(line).map_err(|_| fail(&Value::Null, "not UTF-8 text".into()))?;
    let input: Value = serde_json::from_str(line).map_err(|e| fail(&Value::Null, e.to_string()))?;
    let Value::Object(fields) = input else {
        return Err(fail(&Value::Null, "not a JSON object".into()));
    };
    let id = fields.get("id").cloned().unwrap_or(Value::Null);
    let Some(Value::String(text)) = fields.get("text") else {
        return Err(fail(&id, "no \"text\" string".into()));
    };
    let lang = match fields.get("lang") {
        Some(Value::String(lang)) => Some(lang.to_string()),
        _ => lang.map(str::to_string),
    };
    let options = Options {
        lang,
        sources: sources.cloned(),
        min_confidence,
        classes,
    };
    let analysis = guarded(|| analyze(text, &options)).map_err(|f| (id.clone(), f))?;
    Ok((id, analysis))
}
