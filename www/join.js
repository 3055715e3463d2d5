// Several documents compared as one: their analyses are joined into the one input compare()
// reads (attributions, sources, sides, omissions, contrasts), and what the comparison says is
// mapped back to each document. Sources are joined across documents by their canonical id (the
// gazetteer's), so "the Kremlin" in one article and in the other is one party.
//
// In the joined input, document d's attribution i is number attrBase[d] + i, its sentence j is
// sentenceBase[d] + j, and its offsets are moved by textBase[d] (so no two documents' spans meet).

/** A span moved by `by` (its other fields, such as a topic's name, kept). */
const shift = (span, by) => (span ? { ...span, start: span.start + by, end: span.end + by } : span);

/**
 * docs: [{ text, analysis }]. Returns { input, attrBase, sentenceBase, textBase, locate(i) →
 * { doc, index }, locateSentence(j) → { doc, index } }.
 */
export function joinAnalyses(docs) {
  const input = { attributions: [], sources: [], sides: [], omissions: [], contrasts: [] };
  const attrBase = [];
  const sentenceBase = [];
  const textBase = [];
  const sourceById = new Map();
  const sideById = new Map();
  let attrs = 0;
  let sentences = 0;
  let offset = 0;
  docs.forEach(({ text, analysis: a }, d) => {
    attrBase.push(attrs);
    sentenceBase.push(sentences);
    textBase.push(offset);
    for (const t of a.attributions) {
      input.attributions.push({
        kind: t.kind,
        content: shift(t.content, offset),
        confidence: t.confidence,
        sentence: t.sentence + sentences,
        source: t.source ? { name: t.source.name } : null,
        topics: (t.topics ?? []).map((s) => shift(s, offset)),
        framing: (t.framing ?? []).map((s) => shift(s, offset)),
      });
    }
    // This document's source k is the joined input's source sourceAt[k].
    const sourceAt = (a.sources ?? []).map((s) => {
      let k = sourceById.get(s.id);
      if (k == null) {
        k = input.sources.length;
        sourceById.set(s.id, k);
        input.sources.push({ id: s.id, name: s.name, kind: s.kind ?? null, side: s.side ?? null, attributions: [] });
      }
      const joined = input.sources[k];
      joined.side ??= s.side ?? null;
      joined.attributions.push(...(s.attributions ?? []).map((i) => i + attrs));
      return k;
    });
    for (const side of a.sides ?? []) {
      let k = sideById.get(side.id);
      if (k == null) {
        k = input.sides.length;
        sideById.set(side.id, k);
        input.sides.push({ id: side.id, name: side.name, sources: [] });
      }
      const joined = input.sides[k];
      for (const s of side.sources ?? []) if (!joined.sources.includes(sourceAt[s])) joined.sources.push(sourceAt[s]);
    }
    for (const o of a.omissions ?? []) {
      input.omissions.push({ ...o, sentence: o.sentence + sentences, text: shift(o.text, offset), topic: shift(o.topic, offset), cue: shift(o.cue, offset), source: o.source == null ? null : sourceAt[o.source] });
    }
    for (const c of a.contrasts ?? []) {
      input.contrasts.push({ ...c, sentence: c.sentence + sentences, text: shift(c.text, offset), cue: shift(c.cue, offset), sources: (c.sources ?? []).map((s) => sourceAt[s]) });
    }
    attrs += a.attributions.length;
    sentences += a.sentences.length;
    offset += text.length + 2;
  });

  /** The document holding joined number n: the last whose first number is n or less and that
   *  has any (a document with no attribution shares its first number with the next). */
  const find = (bases, total, n) => {
    for (let d = bases.length - 1; d >= 0; d--) {
      const end = d + 1 < bases.length ? bases[d + 1] : total;
      if (bases[d] <= n && n < end) return { doc: d, index: n - bases[d] };
    }
    return null;
  };
  return {
    input,
    attrBase,
    sentenceBase,
    textBase,
    locate: (i) => find(attrBase, attrs, i),
    locateSentence: (j) => find(sentenceBase, sentences, j),
  };
}
