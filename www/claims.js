// A claim in context: what one attribution says, with everything a reader needs to check it
// (the sentence it stands in, the speaker as written, the source, kind, cue, confidence and the
// document). The tooltip, each highlight's accessible description, the comparison and every export
// read claims from here, so they all say the same thing.
import { cueClass } from './fields.js';

export const percent = (p) => `${Math.round(p * 100)}%`;
const squash = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * The document's title: the one given, else its headline sentence, else its first line (clipped).
 */
export function documentTitle(text, analysis, given) {
  if (given && given.trim()) return squash(given);
  const headline = analysis?.sentences?.find((s) => s.role === 'headline');
  const first = headline ? text.slice(headline.start, headline.end) : text.split('\n').find((l) => l.trim()) ?? '';
  const t = squash(first);
  return t.length > 90 ? `${t.slice(0, 89)}…` : t || 'Untitled';
}

/**
 * Claim i of a document. doc: { title, text, analysis, groupOf }.
 * Returns { index, document, content, start, end, sentence, speaker, source, n, sourceKey, kind,
 * cue, cueClass, confidence, via, sourcing }.
 */
export function claimOf(doc, i) {
  const a = doc.analysis.attributions[i];
  const g = doc.groupOf[i];
  const s = doc.analysis.sentences[a.sentence];
  return {
    index: i,
    document: doc.title,
    content: a.content.text,
    start: a.content.start,
    end: a.content.end,
    sentence: s ? squash(doc.text.slice(s.start, s.end)) : squash(a.content.text),
    speaker: a.speaker ? squash(a.speaker.text) : null,
    source: g ? g.name : null,
    n: g ? g.n : null,
    sourceKey: g ? g.key : null,
    kind: a.kind,
    cue: a.cue ? squash(a.cue.text) : null,
    cueClass: cueClass(a),
    confidence: a.confidence,
    via: a.via ? squash(a.via.text) : null,
    sourcing: a.sourcing,
    corrected: Boolean(a.corrected),
  };
}

const KIND = { direct: 'direct quotation', partial: 'partial quotation', mixed: 'mixed quotation', indirect: 'reported speech' };
export const kindLabel = (kind) => KIND[kind] ?? kind;

/** One line a screen reader reads for a highlight: its own speaker, cue, kind and confidence. */
export function describeClaim(c) {
  const parts = [
    `Source ${c.n}: ${c.source ?? 'unknown'}`,
    c.speaker ? `speaker as written: ${c.speaker}` : 'speaker not named in this sentence',
    c.cue ? `cue: ${c.cue} (${c.cueClass})` : `cue class: ${c.cueClass}`,
    kindLabel(c.kind),
    `confidence ${percent(c.confidence)}`,
  ];
  if (c.via) parts.push(`via ${c.via}`);
  if (c.corrected) parts.push('source corrected by you');
  parts.push(`in “${c.document}”`);
  return `${parts.join('; ')}.`;
}
