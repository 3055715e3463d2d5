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
    let mut offsets = vec![0, text.len()];
    offsets.extend(sentences.iter().flat_map(|s| [s.span.start, s.span.end]));
    offsets.extend(
        quotations
            .iter()
            .flat_map(|q| [q.outer.start, q.outer.end, q.inner.start, q.inner.end]),
    );
    for a in attributions {
        for span in [Some(a.content), a.cue, a.speaker, a.via]
            .into_iter()
            .flatten()
        {
            offsets.extend([span.start, span.end]);
        }
    }
    for n in &findings.notes {
        offsets.extend(n.topics.iter().flat_map(|t| [t.span.start, t.span.end]));
        offsets.extend(n.framing.iter().flat_map(|f| [f.start, f.end]));
    }
    for o in &findings.omissions {
        offsets.extend([o.cue.start, o.cue.end, o.topic.span.start, o.topic.span.end]);
    }
    for c in &findings.contrasts {
        offsets.extend([c.cue.start, c.cue.end]);
    }
    let map = Utf16Map::new(text, offsets);
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
                cue: a.cue.map(text_span),
                speaker: a.speaker.map(text_span),
                via: a.via.map(text_span),
                source: a.source.and_then(|s| sources.get(s)).cloned(),
                cue_class: a.cue_class,
                sourcing: a.sourcing,
                confidence: a.confidence,
                sentence: a.sentence,
                topics: findings.notes.get(i).map_or(Vec::new(), |n| n.topics.iter().map(topic).collect()),
                framing: findings.notes.get(i).map_or(Vec::new(), |n| n.framing.iter().map(|&f| text_span(f)).collect()),
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
            })
            .collect(),
    }
}
