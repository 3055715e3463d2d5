// The reader's corrections of a reading: a statement rejected (not a statement, or not this
// one), a statement given to another source (a new name splits a source), one source merged into
// another. They are kept in this browser's localStorage only, never sent anywhere, and applied to
// each analysis before anything is shown, so the highlights, the source list, the comparison and
// the exports all see the corrected reading.
//
// A statement is known by its document (a hash of the text) and its content's offsets, so a
// correction holds across reloads and re-analyses of the same text. A merge is known by the
// source's key and holds in every document.

import { fnv1a } from './render.js';

const STORE = 'quotelens-corrections-v1';

/** A document's fingerprint: its length and a hash of its text. */
export const fingerprint = (text) => `${text.length}:${fnv1a(text).toString(36)}`;
const spanKey = (a) => `${a.content.start}:${a.content.end}`;
const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** The key of an attribution's source group, as render.js groups them. */
export function groupKeyOf(a) {
  if (a.source) return `id:${a.source.id}`;
  return `speaker:${(a.speaker ? squash(a.speaker.text) : '').toLowerCase()}`;
}

const empty = () => ({ rejects: [], moves: [], merges: [] });

export function load() {
  try {
    const s = JSON.parse(localStorage.getItem(STORE) ?? 'null');
    if (s && Array.isArray(s.rejects) && Array.isArray(s.moves) && Array.isArray(s.merges)) return s;
  } catch {
    // a store that is not ours, or storage refused: start empty
  }
  return empty();
}

function save(store) {
  try {
    localStorage.setItem(STORE, JSON.stringify(store));
  } catch {
    // storage full or refused: the correction holds until the page is closed
  }
}

export const count = (store) => store.rejects.length + store.moves.length + store.merges.length;

/** A source to give statements to: { id, name, kind, side }. A new name gets a user id. */
export function newSource(name) {
  const slug = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'source';
  return { id: `user-${slug}`, name: squash(name), kind: null, side: null };
}

export function reject(store, text, a) {
  const doc = fingerprint(text);
  const span = spanKey(a);
  store.moves = store.moves.filter((m) => !(m.doc === doc && m.span === span));
  if (!store.rejects.some((r) => r.doc === doc && r.span === span)) store.rejects.push({ doc, span, text: a.content.text.slice(0, 80) });
  save(store);
}

export function move(store, text, a, to) {
  const doc = fingerprint(text);
  const span = spanKey(a);
  store.moves = store.moves.filter((m) => !(m.doc === doc && m.span === span));
  store.moves.push({ doc, span, to });
  save(store);
}

/** Merges source group `from` (a key) into source `to` ({ id, name, kind, side }). */
export function merge(store, from, to) {
  if (from === `id:${to.id}`) return;
  store.merges = store.merges.filter((m) => m.from !== from);
  store.merges.push({ from, to });
  save(store);
}

export function clear(store) {
  Object.assign(store, empty());
  save(store);
}

/**
 * The analysis as corrected: rejected attributions left out (sources' lists renumbered), moved and
 * merged ones given their new source (added to `sources` when new). The speaker as written stays.
 * Returns a new analysis; the one given is not changed.
 */
export function applyCorrections(analysis, text, store) {
  if (!count(store)) return analysis;
  const doc = fingerprint(text);
  const rejected = new Set(store.rejects.filter((r) => r.doc === doc).map((r) => r.span));
  const moves = new Map(store.moves.filter((m) => m.doc === doc).map((m) => [m.span, m.to]));
  const merges = new Map(store.merges.map((m) => [m.from, m.to]));

  const renumber = new Map();
  const attributions = [];
  analysis.attributions.forEach((a, i) => {
    if (rejected.has(spanKey(a))) return;
    renumber.set(i, attributions.length);
    attributions.push(a);
  });
  const sources = (analysis.sources ?? []).map((s) => ({ ...s, attributions: (s.attributions ?? []).filter((i) => renumber.has(i)).map((i) => renumber.get(i)) }));
  const indexOf = new Map(sources.map((s, k) => [s.id, k]));

  attributions.forEach((a, j) => {
    let to = moves.get(spanKey(a));
    if (!to) {
      // A merge, followed through a chain of merges (a few steps at most; a cycle stops).
      let key = groupKeyOf(a);
      for (let step = 0; step < 8 && merges.has(key); step++) {
        to = merges.get(key);
        key = `id:${to.id}`;
      }
    }
    if (!to || (a.source && a.source.id === to.id)) return;
    for (const s of sources) {
      const at = s.attributions.indexOf(j);
      if (at >= 0) s.attributions.splice(at, 1);
    }
    let k = indexOf.get(to.id);
    if (k == null) {
      k = sources.length;
      indexOf.set(to.id, k);
      sources.push({ id: to.id, name: to.name, kind: to.kind ?? null, side: to.side ?? null, affiliation: null, attributions: [] });
    }
    sources[k].attributions.push(j);
    sources[k].attributions.sort((x, y) => x - y);
    const s = sources[k];
    attributions[j] = { ...a, source: { id: s.id, name: s.name, kind: s.kind ?? null, side: s.side ?? null, affiliation: s.affiliation ?? null }, corrected: true };
  });
  return { ...analysis, attributions, sources };
}
