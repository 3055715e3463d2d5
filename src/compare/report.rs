//! The comparison as a report: Markdown for a write-up, CSV for a spreadsheet.

use std::fmt::Write;

use super::{Comparison, Party, PartyKind};
use crate::analysis::Kind;

fn kind_word(k: Kind) -> &'static str {
    match k {
        Kind::Direct => "direct",
        Kind::Partial => "partial",
        Kind::Indirect => "indirect",
        Kind::Mixed => "mixed",
    }
}

/// Text for one Markdown table cell or line: no pipes, no line breaks, spaces folded.
fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out.replace('|', "\\|")
}

fn quoted(items: &[String]) -> String {
    if items.is_empty() {
        return "—".to_string();
    }
    items
        .iter()
        .map(|s| format!("“{}”", cell(s)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn title(p: &Party) -> String {
    match (p.kind, &p.side) {
        (PartyKind::Side, _) => format!("{} (side)", p.name),
        (PartyKind::Source, Some(side)) => format!("{} ({side})", p.name),
        (PartyKind::Source, None) => p.name.clone(),
    }
}

fn counts(p: &Party) -> String {
    let mut by_kind: Vec<(&str, usize)> = Vec::new();
    for a in &p.attributions {
        let k = kind_word(a.kind);
        match by_kind.iter_mut().find(|(n, _)| *n == k) {
            Some(e) => e.1 += 1,
            None => by_kind.push((k, 1)),
        }
    }
    let detail = by_kind
        .iter()
        .map(|(k, n)| format!("{n} {k}"))
        .collect::<Vec<_>>()
        .join(", ");
    if detail.is_empty() {
        "0".to_string()
    } else {
        format!("{} ({detail})", p.attributions.len())
    }
}

impl Comparison {
    /// "sentence 3", or across documents "document 2, sentence 3" (counted in that document).
    fn place(&self, sentence: usize, document: Option<usize>) -> String {
        match document.and_then(|d| self.documents.get(d).map(|s| (d, s))) {
            Some((d, start)) => format!(
                "document {}, sentence {}",
                d + 1,
                sentence - start.sentence + 1
            ),
            None => format!("sentence {}", sentence + 1),
        }
    }

    /// A report a fact-checker pastes into a write-up.
    pub fn to_markdown(&self) -> String {
        let (a, b) = (&self.a, &self.b);
        let mut md = String::new();
        let _ = writeln!(
            md,
            "# {} and {}: how each framed it\n",
            cell(&a.name),
            cell(&b.name)
        );
        let _ = writeln!(md, "| | {} | {} |", cell(&title(a)), cell(&title(b)));
        let _ = writeln!(md, "|---|---|---|");
        let _ = writeln!(md, "| Attributions | {} | {} |", counts(a), counts(b));
        let framing =
            |p: &Party| quoted(&p.framing.iter().map(|f| f.text.clone()).collect::<Vec<_>>());
        let _ = writeln!(md, "| Framing words | {} | {} |", framing(a), framing(b));
        let topics = |p: &Party| {
            let list: Vec<String> = p
                .topics
                .iter()
                .map(|t| {
                    if t.only {
                        format!("**{}** (only)", cell(&t.name))
                    } else {
                        cell(&t.name)
                    }
                })
                .collect();
            if list.is_empty() {
                "—".to_string()
            } else {
                list.join(", ")
            }
        };
        let _ = writeln!(md, "| Topics | {} | {} |", topics(a), topics(b));

        if !self.shared_topics.is_empty() {
            let _ = writeln!(md, "\n## Raised by both\n");
            for t in &self.shared_topics {
                let _ = writeln!(
                    md,
                    "- **{}** — {}: {}; {}: {}",
                    cell(&t.name),
                    cell(&a.name),
                    quoted(&t.forms_a),
                    cell(&b.name),
                    quoted(&t.forms_b)
                );
            }
        }
        for (p, only) in [(a, &self.only_a), (b, &self.only_b)] {
            if !only.is_empty() {
                let _ = writeln!(md, "\n## Raised only by {}\n", cell(&p.name));
                for t in only {
                    let _ = writeln!(md, "- {}", cell(t));
                }
            }
        }
        if !self.omissions.is_empty() {
            let _ = writeln!(md, "\n## What the article says was left out\n");
            for o in &self.omissions {
                let other = if o.party == "a" { &b.name } else { &a.name };
                let raised = if o.raised_by_other {
                    format!(" (raised by {})", cell(other))
                } else {
                    String::new()
                };
                let _ = writeln!(
                    md,
                    "- {}: **{}**{raised} — “{}”",
                    cell(&o.about),
                    cell(&o.topic),
                    cell(&o.text.text)
                );
            }
        }
        if !self.contrasts.is_empty() {
            let _ = writeln!(md, "\n## Where the article contrasts them\n");
            for c in &self.contrasts {
                let _ = writeln!(
                    md,
                    "- “{}” ({} / {}, *{}*)",
                    cell(&c.text.text),
                    cell(&c.sources_a.join(", ")),
                    cell(&c.sources_b.join(", ")),
                    cell(&c.cue)
                );
            }
        }
        for p in [a, b] {
            let _ = writeln!(md, "\n## What {} said\n", cell(&p.name));
            if p.attributions.is_empty() {
                let _ = writeln!(md, "- (no attributions)");
            }
            for at in &p.attributions {
                let who = if p.kind == PartyKind::Side || at.source != p.name {
                    format!("{}, ", cell(&at.source))
                } else {
                    String::new()
                };
                let _ = writeln!(
                    md,
                    "- “{}” ({who}{}, confidence {:.2}, {})",
                    cell(
                        at.content
                            .text
                            .trim_matches(|c: char| c == '"' || c == '“' || c == '”')
                    ),
                    kind_word(at.kind),
                    at.confidence,
                    self.place(at.sentence, at.document)
                );
            }
        }
        md
    }

    /// One row per item: `section,party,source,kind,confidence,text,detail,sentence`, with a
    /// header; `party` is the party's name. Sections: attribution, framing, topic, shared_topic,
    /// omission, contrast. Across documents, a `document` column follows (1 for the first; the
    /// sentence is then counted in that document).
    pub fn to_csv(&self) -> String {
        let across = !self.documents.is_empty();
        let mut out = String::from("section,party,source,kind,confidence,text,detail,sentence");
        out.push_str(if across { ",document\n" } else { "\n" });
        // The sentence (counted in its document) and, across documents, the document.
        let local = |sentence: usize, document: Option<usize>| -> [String; 2] {
            match document.and_then(|d| self.documents.get(d).map(|s| (d, s))) {
                Some((d, s)) => [(sentence - s.sentence).to_string(), (d + 1).to_string()],
                None => [sentence.to_string(), String::new()],
            }
        };
        let mut row = |fields: [&str; 8], document: &str| {
            let mut line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            if across {
                line.push(csv_field(document));
            }
            out.push_str(&line.join(","));
            out.push('\n');
        };
        for p in [&self.a, &self.b] {
            for at in &p.attributions {
                let [sentence, document] = local(at.sentence, at.document);
                row(
                    [
                        "attribution",
                        &p.name,
                        &at.source,
                        kind_word(at.kind),
                        &format!("{:.2}", at.confidence),
                        &at.content.text,
                        "",
                        &sentence,
                    ],
                    &document,
                );
            }
            for f in &p.framing {
                let idx: Vec<String> = f.attributions.iter().map(|i| i.to_string()).collect();
                row(
                    [
                        "framing",
                        &p.name,
                        "",
                        "",
                        "",
                        &f.text,
                        &format!("attributions {}", idx.join(" ")),
                        "",
                    ],
                    "",
                );
            }
            for t in &p.topics {
                let detail = if t.only { "only this party" } else { "" };
                row(["topic", &p.name, "", "", "", &t.name, detail, ""], "");
            }
        }
        for t in &self.shared_topics {
            let detail = format!(
                "{}: {}; {}: {}",
                self.a.name,
                t.forms_a.join(" / "),
                self.b.name,
                t.forms_b.join(" / ")
            );
            row(["shared_topic", "", "", "", "", &t.name, &detail, ""], "");
        }
        for o in &self.omissions {
            let party = if o.party == "a" {
                &self.a.name
            } else {
                &self.b.name
            };
            let [sentence, document] = local(o.sentence, o.document);
            row(
                [
                    "omission",
                    party,
                    &o.about,
                    "",
                    "",
                    &o.topic,
                    &o.text.text,
                    &sentence,
                ],
                &document,
            );
        }
        for c in &self.contrasts {
            let detail = format!("{} / {}", c.sources_a.join(" "), c.sources_b.join(" "));
            let [sentence, document] = local(c.sentence, c.document);
            row(
                ["contrast", "", "", "", "", &c.text.text, &detail, &sentence],
                &document,
            );
        }
        out
    }
}

/// A CSV field (RFC 4180): quoted when it has a comma, a quote or a line break; whitespace runs
/// folded; a leading = + - @ escaped. The comparison's CSV and the CLI's `analyze --format csv`.
pub fn csv_field(s: &str) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    // A leading = + - @ would be a formula in a spreadsheet.
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s
    };
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}
