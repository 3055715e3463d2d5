//! The quotelens command line: arguments, files, JSON lines and exit codes; no analysis logic.
//!
//! ```text
//! quotelens analyze [--lang CODE] [--min-confidence P] [--classes LIST] [--format json|csv] FILE|-
//!                                               the analysis JSON of one article (csv: its
//!                                               attributions, one row each)
//! quotelens analyze --jsonl [--jobs N] [--format json|csv] [--lang CODE] [FILE|-]
//!                                               lines {"id","text","lang"?} in,
//!                                               lines {"id","analysis"} or {"id","error"} out
//!                                               (csv: attribution rows with the id), in input
//!                                               order, on all cores
//! quotelens compare --a SOURCE --b SOURCE [--format json|markdown|csv] [--classes LIST] FILE|- [FILE…]
//!                                               two sources or sides of one article (or across
//!                                               several), side by side
//! ```

use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::Instant;

use quotelens::sources::Gazetteer;
use quotelens::{analyze, compare_documents, Analysis, CueClasses, Options};
use serde::Serialize;
use serde_json::Value;

const USAGE: &str = "usage: quotelens analyze [--lang CODE] [--jsonl [--jobs N]] [--sources ALIASES.json]
                         [--min-confidence P] [--classes LIST] [--format json|csv] FILE|-
       quotelens compare --a SOURCE --b SOURCE [--format json|markdown|csv] [--lang CODE]
                         [--sources ALIASES.json] [--min-confidence P] [--classes LIST] FILE|- [FILE…]
       quotelens --help | --version

  analyze FILE     print the analysis of one article (FILE, or - for standard input) as JSON
  --jsonl          read lines {\"id\", \"text\", \"lang\"?} and write {\"id\", \"analysis\"} per line,
                   in order; a bad line gets {\"id\", \"error\"} and the rest go on; progress on
                   standard error when it is a terminal
  --jobs N         analyse N lines at a time (default: one per core)
  --lang CODE      force the language (ISO 639-1), instead of detecting it
  --min-confidence P
                   leave out attributions less likely than P to be right (default 0.25; 0: all)
  --classes LIST   keep only attributions whose cue is of these classes, comma-separated:
                   speech, writing, belief, evaluation, action (default: all five)
  compare FILE     compare two sources or sides of the article: attributions, framing words,
                   topics (shared and only one's), omission statements, contrasts; given several
                   files (two accounts of one event), across them: each claim says its document
  --a, --b SOURCE  a source or side id or name, any case (\"White House\", kremlin, us)
  --format F       analyze: json (default) or csv (one row per attribution; with --jsonl,
                   the line's id first); compare: json, markdown (a report for a write-up) or csv
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
    /// compare's further files.
    more: Vec<String>,
    a: Option<String>,
    b: Option<String>,
    format: Option<String>,
    sources: Option<String>,
    min_confidence: Option<String>,
    classes: Option<String>,
    jobs: Option<String>,
}

fn parse(args: &[String]) -> Result<Args, Fail> {
    let mut out = Args {
        command: String::new(),
        jsonl: false,
        lang: None,
        input: None,
        more: Vec::new(),
        a: None,
        b: None,
        format: None,
        sources: None,
        min_confidence: None,
        classes: None,
        jobs: None,
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
            "--a" | "--b" | "--format" | "--sources" | "--min-confidence" | "--classes"
            | "--jobs" => {
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
                    "--jobs" => &mut out.jobs,
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
            s if out.command == "compare" => out.more.push(s.to_string()),
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
    if args.command == "analyze" && !matches!(args.format.as_deref(), None | Some("json" | "csv")) {
        return Err(Fail(format!(
            "unknown format {:?} for analyze: json or csv",
            args.format.unwrap_or_default()
        )));
    }
    let csv = args.format.as_deref() == Some("csv");
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
            if csv {
                print!("{}{}", csv_header(false), csv_rows(None, &analysis));
            } else {
                print_pretty(&analysis)?;
            }
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
    let paths: Vec<&str> = std::iter::once(path)
        .chain(args.more.iter().map(String::as_str))
        .collect();
    let texts = paths
        .iter()
        .map(|p| read_text(p))
        .collect::<Result<Vec<_>, _>>()?;
    let options = Options {
        lang: args.lang.clone(),
        sources: user_sources(args)?,
        min_confidence: min_confidence(args)?,
        classes: classes(args)?,
    };
    // Each document analysed on its own, then compared across (one file: its own comparison).
    let comparison = guarded(|| {
        let analyses = texts
            .iter()
            .map(|t| analyze(t, &options))
            .collect::<Result<Vec<_>, _>>()?;
        compare_documents(&analyses, a, b)
    })?;
    match format {
        "json" => print_pretty(&comparison)?,
        "csv" => print!("{}", comparison.to_csv()),
        _ => {
            // Several files: the report starts by numbering them, as its claims cite them.
            if paths.len() > 1 {
                println!("Documents compared:\n");
                for (k, p) in paths.iter().enumerate() {
                    println!("{}. {p}", k + 1);
                }
                println!();
            }
            print!("{}", comparison.to_markdown());
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The JSON the CLI prints: the library's, as the npm package returns it, indented.
/// Writes `value` as indented JSON and a newline to standard output, as it is serialised: a
/// large analysis' JSON is many times the text, and is never held in memory whole.
fn print_pretty<T: Serialize>(value: &T) -> Result<(), Fail> {
    let mut out = BufWriter::new(io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, value)
        .map_err(io::Error::from)
        .and_then(|()| writeln!(out))
        .and_then(|()| out.flush())
        .map_err(|e| Fail(e.to_string()))
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

/// Lines read, analysed (in parallel) and written per round: enough to keep every core busy,
/// few enough to bound memory, and written in input order.
const LINES_PER_ROUND: usize = 512;

fn jsonl(args: &Args) -> Result<ExitCode, Fail> {
    let path = args.input.as_deref().unwrap_or("-");
    let (reader, total_bytes): (Box<dyn BufRead>, Option<u64>) = if path == "-" {
        (Box::new(io::stdin().lock()), None)
    } else {
        let file =
            std::fs::File::open(path).map_err(|e| Fail(format!("cannot read {path}: {e}")))?;
        let len = file.metadata().ok().map(|m| m.len());
        (Box::new(io::BufReader::new(file)), len)
    };
    let jobs = match args.jobs.as_deref() {
        Some(n) => n
            .parse::<usize>()
            .ok()
            .filter(|&n| n > 0)
            .ok_or_else(|| Fail(format!("--jobs needs a number of 1 or more, not {n:?}")))?,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let sources = user_sources(args)?;
    let options = LineOptions {
        lang: args.lang.as_deref(),
        sources: sources.as_ref(),
        min_confidence: min_confidence(args)?,
        classes: classes(args)?,
        csv: args.format.as_deref() == Some("csv"),
    };
    let mut progress = io::stderr()
        .is_terminal()
        .then(|| Progress::new(total_bytes));
    let mut out = BufWriter::new(io::stdout().lock());
    if options.csv {
        write!(out, "{}", csv_header(true)).map_err(|e| Fail(e.to_string()))?;
    }
    let mut failed = 0usize;
    let mut lines = reader.split(b'\n').enumerate();
    loop {
        // (line number, line) of the round, blank lines left out.
        let mut round = Vec::with_capacity(LINES_PER_ROUND);
        let mut bytes = 0;
        for (n, line) in lines.by_ref() {
            let line = line.map_err(|e| Fail(format!("cannot read {path}: {e}")))?;
            bytes += line.len() + 1;
            if !line.iter().all(u8::is_ascii_whitespace) {
                round.push((n, line));
                if round.len() == LINES_PER_ROUND {
                    break;
                }
            }
        }
        if round.is_empty() && bytes == 0 {
            break;
        }
        let records = analyse_round(&round, &options, jobs);
        for ((n, _), (record, error)) in round.iter().zip(records) {
            if let Some(error) = error {
                failed += 1;
                eprintln!("quotelens: line {}: {error}", n + 1);
            }
            write!(out, "{record}").map_err(|e| Fail(e.to_string()))?;
        }
        if let Some(p) = progress.as_mut() {
            p.advance(round.len(), bytes);
        }
    }
    out.flush().map_err(|e| Fail(e.to_string()))?;
    if let Some(p) = progress {
        p.finish();
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// What every line of a `--jsonl` run is analysed with.
struct LineOptions<'a> {
    lang: Option<&'a str>,
    sources: Option<&'a Gazetteer>,
    min_confidence: f32,
    classes: CueClasses,
    /// Attribution rows (with the line's id) instead of JSON lines; a bad line has none.
    csv: bool,
}

/// The output record of each line, in order, with its error message when it failed: `jobs`
/// threads take the next line to analyse until none is left.
fn analyse_round(
    round: &[(usize, Vec<u8>)],
    options: &LineOptions,
    jobs: usize,
) -> Vec<(String, Option<String>)> {
    let slots: Vec<OnceLock<(String, Option<String>)>> =
        round.iter().map(|_| OnceLock::new()).collect();
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..jobs.min(round.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((_, line)) = round.get(i) else {
                    break;
                };
                let record = match one_line(line, options) {
                    Ok((id, analysis)) if options.csv => (csv_rows(Some(&id), &analysis), None),
                    Ok((id, analysis)) => (to_line(&Record { id, analysis }) + "\n", None),
                    Err((id, code, error)) => {
                        let record = if options.csv {
                            String::new()
                        } else {
                            to_line(&Failure {
                                id,
                                code,
                                error: error.clone(),
                            }) + "\n"
                        };
                        (record, Some(format!("{code}: {error}")))
                    }
                };
                // Each slot is set once, by the thread that took its index.
                let _ = slots[i].set(record);
            });
        }
    });
    slots
        .into_iter()
        .map(|slot| slot.into_inner().unwrap_or_default())
        .collect()
}

/// The CSV columns of `analyze --format csv`, one row per attribution: names as in the JSON;
/// offsets in UTF-16 code units; `source` is the source's name.
fn csv_header(with_id: bool) -> String {
    let columns = "attribution,sentence,kind,cueClass,confidence,speaker,source,sourceId,side,\
                   affiliation,start,end,content,inner,cue,via\n";
    if with_id {
        format!("id,{columns}")
    } else {
        columns.to_string()
    }
}

/// An analysis' attributions as CSV rows (after the line's id, for `--jsonl`).
fn csv_rows(id: Option<&Value>, analysis: &Analysis) -> String {
    use quotelens::compare::csv_field as field;
    let id = id.map(|id| match id {
        Value::String(s) => field(s) + ",",
        other => field(&other.to_string()) + ",",
    });
    let text = |t: &Option<quotelens::analysis::TextSpan>| {
        t.as_ref().map_or(String::new(), |t| field(&t.text))
    };
    // An enum's name as the JSON writes it ("direct", "speech").
    fn word<T: Serialize>(v: &T) -> String {
        match serde_json::to_value(v) {
            Ok(Value::String(s)) => s,
            _ => String::new(),
        }
    }
    let mut out = String::new();
    for (i, a) in analysis.attributions.iter().enumerate() {
        let source = a.source.as_ref();
        let cells = [
            i.to_string(),
            a.sentence.to_string(),
            word(&a.kind),
            word(&a.cue_class),
            a.confidence.to_string(),
            text(&a.speaker),
            source.map_or(String::new(), |s| field(&s.name)),
            source.map_or(String::new(), |s| field(&s.id)),
            source
                .and_then(|s| s.side.as_deref())
                .map_or(String::new(), field),
            source
                .and_then(|s| s.affiliation.as_deref())
                .map_or(String::new(), field),
            a.content.start.to_string(),
            a.content.end.to_string(),
            field(&a.content.text),
            text(&a.inner),
            text(&a.cue),
            text(&a.via),
        ];
        out += id.as_deref().unwrap_or_default();
        out += &cells.join(",");
        out.push('\n');
    }
    out
}

/// A record as one line of JSON. The records always serialise; were one not to, the line says so.
fn to_line<T: Serialize>(record: &T) -> String {
    serde_json::to_string(record)
        .unwrap_or_else(|e| format!("{{\"error\":\"a record could not be written: {e}\"}}"))
}

/// Rows, megabytes, speed and (for a file) the time left, rewritten on one line of a terminal.
struct Progress {
    start: Instant,
    rows: usize,
    bytes: u64,
    total: Option<u64>,
}

impl Progress {
    fn new(total: Option<u64>) -> Progress {
        Progress {
            start: Instant::now(),
            rows: 0,
            bytes: 0,
            total,
        }
    }

    fn advance(&mut self, rows: usize, bytes: usize) {
        self.rows += rows;
        self.bytes += bytes as u64;
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let rate = self.bytes as f64 / 1e6 / secs;
        let left = self
            .total
            .filter(|&t| t > self.bytes && rate > 0.0)
            .map(|t| format!(", {:.0} s left", (t - self.bytes) as f64 / 1e6 / rate))
            .unwrap_or_default();
        eprint!(
            "\r{} rows, {:.1} MB, {:.1} MB/s{left}   ",
            self.rows,
            self.bytes as f64 / 1e6,
            rate
        );
    }

    fn finish(self) {
        eprintln!();
    }
}

/// An output line of `--jsonl`.
#[derive(Serialize)]
struct Record {
    id: Value,
    analysis: Analysis,
}

/// The output line of a bad input line: `code` is the library's error code (as the npm
/// package's `QuotelensError.code`), `bad_line` for a line that is not a JSON object, `bad_text`
/// for one without a text, `internal` for a bug.
#[derive(Serialize)]
struct Failure {
    id: Value,
    code: &'static str,
    error: String,
}

/// A bad line: its id (null when unreadable), code and message.
type LineError = (Value, &'static str, String);

fn one_line(line: &[u8], options: &LineOptions) -> Result<(Value, Analysis), LineError> {
    let bad_line = |msg: String| (Value::Null, "bad_line", msg);
    let line = std::str::from_utf8(line).map_err(|_| bad_line("not UTF-8 text".into()))?;
    let input: Value = serde_json::from_str(line).map_err(|e| bad_line(e.to_string()))?;
    let Value::Object(fields) = input else {
        return Err(bad_line("not a JSON object".into()));
    };
    let id = fields.get("id").cloned().unwrap_or(Value::Null);
    let Some(Value::String(text)) = fields.get("text") else {
        return Err((id, "bad_text", "no \"text\" string".into()));
    };
    let lang = match fields.get("lang") {
        Some(Value::String(lang)) => Some(lang.to_string()),
        _ => options.lang.map(str::to_string),
    };
    let options = Options {
        lang,
        sources: options.sources.cloned(),
        min_confidence: options.min_confidence,
        classes: options.classes,
    };
    match panic::catch_unwind(AssertUnwindSafe(|| analyze(text, &options))) {
        Ok(Ok(analysis)) => Ok((id, analysis)),
        Ok(Err(e)) => Err((id, e.code(), e.to_string())),
        Err(p) => Err((
            id,
            "internal",
            format!("internal error: {}", panic_message(&p)),
        )),
    }
}
