//! The pipeline's byte spans become the public [`Analysis`], with UTF-16 offsets, in one pass.

use crate::analysis::*;
use crate::lang::Lang;
use crate::offsets::Utf16Map;
use crate::sources::Findings;

pub(crate) fn build(
    text: &str,
    lang: Lang,
    sentences: &[Sentence],
    quotations: &[Quotation],
    attributions: &[Attribution],
    findings: &Findings,
) -> Analysis {
    let sources = &findings.sources;
    // Every offset the output holds, for one pass over the text.
    let mut offsets = vec![0, text.len()];
    let mut add = |s: Span| {
        offsets.push(s.start);
        offsets.push(s.end);
    };
    for s in sentences {
        add(s.span);
    }
    for q in quotations {
        add(q.outer);
        add(q.inner);
    }
    // Each attribution's quoted words (direct and partial quotes).
    let inners: Vec<Option<Span>> = attributions
        .iter()
        .map(|a| {
            matches!(a.kind, Kind::Direct | Kind::Partial).then(|| quoted_words(text, a.content))
        })
        .collect();
    for (a, inner) in attributions.iter().zip(&inners) {
        for span in [Some(a.content), *inner, a.cue, a.speaker, a.via]
            .into_iter()
            .flatten()
        {
            add(span);
        }
    }
    for n in &findings.notes {
        for t in &n.topics {
            add(t.span);
        }
        for &f in &n.framing {
            add(f);
        }
    }
    for o in &findings.omissions {
        add(o.cue);
        add(o.topic.span);
    }
    for c in &findings.contrasts {
        add(c.cue);
    }
    let map = Utf16Map::new(text, offsets);
    let reach = reaches(quotations);
    let text_span = |s: Span| TextSpan {
        start: map.get(s.start),
        end: map.get(s.end),
        text: s.text(text).to_string(),
    };
    let topic = |t: &crate::sources::text::Topic| TopicOut {
        start: map.get(t.span.start),
        end: map.get(t.span.end),
        text: t.span.text(text).to_string(),
        name: t.name.clone(),
    };
    let sentence_span = |i: usize| text_span(sentences.get(i).map_or(Span::new(0, 0), |s| s.span));
    let source_id = |i: usize| sources.get(i).map(|s| s.id.clone());
    let source_ids = |indices: &[usize]| indices.iter().filter_map(|&i| source_id(i)).collect();

    let mut sources_out: Vec<SourceOut> = sources
        .iter()
        .map(|s| SourceOut {
            source: s.clone(),
            attributions: Vec::new(),
        })
        .collect();
    for (i, a) in attributions.iter().enumerate() {
        if let Some(s) = a.source.and_then(|s| sources_out.get_mut(s)) {
            s.attributions.push(i);
        }
    }
    Analysis {
        schema: 1,
        language: lang.code().to_string(),
        length: map.get(text.len()),
        sentences: sentences
            .iter()
            .map(|s| SentenceOut {
                start: map.get(s.span.start),
                end: map.get(s.span.end),
                text: s.span.text(text).to_string(),
                role: s.role,
            })
            .collect(),
        quotations: quotations
            .iter()
            .map(|q| QuotationOut {
                start: map.get(q.outer.start),
                end: map.get(q.outer.end),
                inner: text_span(q.inner),
                sentence: q.sentence,
                closed: q.closed,
            })
            .collect(),
        attributions: attributions
            .iter()
            .enumerate()
            .map(|(i, a)| AttributionOut {
                kind: a.kind,
                content: text_span(a.content),
                inner: inners[i].map(text_span),
                quotation: first_overlapping(quotations, &reach, a.content),
                cue: a.cue.map(text_span),
                speaker: a.speaker.map(text_span),
                via: a.via.map(text_span),
                source: a.source.and_then(|s| sources.get(s)).cloned(),
                cue_class: a.cue_class,
                sourcing: a.sourcing,
                confidence: shortest_decimal(a.confidence),
                sentence: a.sentence,
                topics: findings
                    .notes
                    .get(i)
                    .map_or(Vec::new(), |n| n.topics.iter().map(topic).collect()),
                framing: findings.notes.get(i).map_or(Vec::new(), |n| {
                    n.framing.iter().map(|&f| text_span(f)).collect()
                }),
            })
            .collect(),
        sources: sources_out,
        sides: findings
            .sides
            .iter()
            .map(|(id, name, sources)| SideOut {
                id: id.clone(),
                name: name.clone(),
                sources: sources.clone(),
                source_ids: source_ids(sources),
            })
            .collect(),
        omissions: findings
            .omissions
            .iter()
            .map(|o| OmissionOut {
                sentence: o.sentence,
                text: sentence_span(o.sentence),
                cue: text_span(o.cue),
                source: o.source,
                source_id: o.source.and_then(source_id),
                topic: topic(&o.topic),
            })
            .collect(),
        contrasts: findings
            .contrasts
            .iter()
            .map(|c| ContrastOut {
                sentence: c.sentence,
                text: sentence_span(c.sentence),
                cue: text_span(c.cue),
                sources: c.sources.clone(),
                source_ids: source_ids(&c.sources),
            })
            .collect(),
    }
}

/// The quoted words of a quote's span: without the marks around them, and without the comma
/// (with any space) that stands, before the cue, for the speaker's full stop
/// (`"We are ready," Lavrov said` gives `We are ready`).
fn quoted_words(text: &str, span: Span) -> Span {
    let s = span.text(text);
    // One mark each side at most, so that an apostrophe ending the words stays.
    let mut words = s.trim_start();
    if let Some(c) = words
        .chars()
        .next()
        .filter(|&c| crate::quotes::is_quote_mark(c))
    {
        words = &words[c.len_utf8()..];
    }
    let start = s.len() - words.len();
    words = words.trim_end();
    if let Some(c) = words
        .chars()
        .last()
        .filter(|&c| crate::quotes::is_quote_mark(c))
    {
        words = &words[..words.len() - c.len_utf8()];
    }
    let words = words.trim_end_matches(|c: char| c == ',' || c.is_whitespace());
    Span::new(span.start + start, span.start + start + words.len())
}

/// The f64 of `x`'s shortest decimal form, the number that JSON writes for an f32 ("0.972549",
/// where `f64::from` gives 0.9725490212440491): the same number in the CLI's JSON and in the
/// JavaScript objects built from the analysis. What `x.to_string().parse()` gives for a
/// confidence (in fact for 1e-13 ≤ x < 1e6, and 0), without float formatting and parsing in the
/// wasm build (about 10 KB gzipped).
fn shortest_decimal(x: f32) -> f64 {
    // The fewest decimal places that read back as `x`. Powers of ten up to 1e22 are exact and
    // dividing by one is correctly rounded, so `y` is the f64 nearest the decimal, as parsing it
    // gives.
    for places in 1..=22 {
        let scale = 10f64.powi(places);
        let y = (f64::from(x) * scale).round() / scale;
        if y as f32 == x {
            return y;
        }
    }
    x.into()
}

/// For each quotation (in text order), the furthest end of it and those before it: quotations
/// can nest, so their ends alone are not in order, but these are.
fn reaches(quotations: &[Quotation]) -> Vec<usize> {
    let mut furthest = 0;
    quotations
        .iter()
        .map(|q| {
            furthest = furthest.max(q.outer.end);
            furthest
        })
        .collect()
}

/// The first quotation that overlaps `content`, in log time. The first whose reach passes the
/// content's start is the first that ends after it; it overlaps if it also starts before the
/// content's end (and if it does not, no later one does).
fn first_overlapping(quotations: &[Quotation], reach: &[usize], content: Span) -> Option<usize> {
    let i = reach.partition_point(|&end| end <= content.start);
    quotations
        .get(i)
        .is_some_and(|q| q.outer.start < content.end)
        .then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The reference: std's shortest decimal form of an f32, read back as an f64.
    fn reference(x: f32) -> f64 {
        x.to_string().parse().unwrap()
    }

    #[test]
    fn shortest_decimal_is_the_parsed_shortest_form() {
        // Every confidence the calibration gives (k/255), then a sweep of [0, 1] and beyond.
        let mut xs: Vec<f32> = (0..=255).map(|k| k as f32 / 255.0).collect();
        let mut seed = 0x2545_f491_u32;
        for _ in 0..200_000 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            xs.push(f32::from_bits(seed % 0x3f80_0001).max(1e-13)); // 1e-13 to 1
        }
        xs.extend([0.0, 1.0, 0.1, 0.25, 1e-7, 12.5, 1234.567, 999_999.9]);
        for x in xs {
            assert_eq!(shortest_decimal(x), reference(x), "{x:e}");
        }
    }

    proptest! {
        // The reference: a scan for the first quotation that overlaps.
        #[test]
        fn first_overlapping_is_the_scan(
            spans in proptest::collection::vec((0usize..60, 1usize..20), 0..12),
            content in (0usize..80, 0usize..20),
        ) {
            let mut quotations: Vec<Quotation> = spans
                .iter()
                .map(|&(start, len)| Quotation {
                    outer: Span::new(start, start + len),
                    inner: Span::new(start + 1, start + len - 1),
                    sentence: 0,
                    closed: true,
                })
                .collect();
            quotations.sort_by_key(|q| (q.outer.start, usize::MAX - q.outer.end));
            let content = Span::new(content.0, content.0 + content.1);
            let scan = quotations.iter().position(|q| q.outer.overlaps(content));
            prop_assert_eq!(first_overlapping(&quotations, &reaches(&quotations), content), scan);
        }
    }
}
