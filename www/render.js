// Rendering of an analysis: the highlighted article and the source groups. Pure DOM building,
// no state. Article text reaches the DOM only through createTextNode and textContent.
//
// Nesting rule. Spans come in layers, outermost first:
//   block (-1) > sentence (0) > quotation (1) > attribution content (2) > speaker / cue / via (3).
// Blocks are the text cut after each blank line; they tile the whole text and are rendered as
// divs (with content-visibility: auto for a long text, so that only what is on screen is laid out).
// Spans are sorted by start, then by layer, then longer first, and a span opens inside whatever is
// open when it starts, with one exception: a block or a sentence never opens inside a quotation or
// an attribution (those are closed and reopened inside it). So a direct quote's marks wrap its
// content, an indirect content wraps the scare quotes inside it, and a span that outlives the one
// it opened in (they cross) is closed where the outer one ends and reopened right after it as a
// continuation piece. Every piece carries its own data-start/data-end (UTF-16 offsets, so
// text.slice(start, end) is its text). No piece is a tab stop here: the page makes the article one
// tab stop (a roving tabindex over the first pieces, nav.js). The first piece of an attribution
// carries its source's number (data-n, shown by CSS so that the text stays the article's) and
// points at its own description (aria-describedby="d-<prefix><i>", written by the page; the prefix
// keeps ids apart when several documents share a page, as in the HTML export).
// The sorted boundaries are walked once, left to right.

export const PALETTE = 10;
const LAYER = { p: -1, s: 0, q: 1, a: 2, spk: 3, cue: 3, via: 3 };

export function h(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

/** A 32-bit FNV-1a hash: a source's colour slot, a document's fingerprint. */
export function fnv1a(str) {
  let x = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    x ^= str.charCodeAt(i);
    x = Math.imul(x, 0x01000193) >>> 0;
  }
  return x;
}

// ---------------------------------------------------------------------------------------------
// Sources: groups of attributions, each with a stable colour

/**
 * Groups the attributions by canonical source (or, when unresolved, by the speaker as written).
 * Returns { groups (most quoted first), groupOf (attribution index → group) }.
 */
export function groupSources(analysis) {
  const byKey = new Map();
  const groupOf = new Array(analysis.attributions.length).fill(null);
  const add = (key, make) => {
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { key, attributions: [], ...make() }));
    return g;
  };
  const fromSource = (s) => () => ({
    id: s.id,
    name: s.name,
    kind: s.kind,
    side: s.side ?? null,
    affiliation: s.affiliation ?? null,
    resolved: true,
  });
  for (const s of analysis.sources ?? []) {
    const g = add(`id:${s.id}`, fromSource(s));
    for (const i of s.attributions ?? []) {
      if (i >= 0 && i < groupOf.length && !groupOf[i]) {
        groupOf[i] = g;
        g.attributions.push(i);
      }
    }
  }
  analysis.attributions.forEach((a, i) => {
    if (groupOf[i]) return;
    let g;
    if (a.source) {
      g = add(`id:${a.source.id}`, fromSource(a.source));
    } else {
      const spoken = a.speaker ? a.speaker.text.replace(/\s+/g, ' ').trim() : '';
      g = add(`speaker:${spoken.toLowerCase()}`, () => ({
        id: null,
        name: spoken || 'Unknown speaker',
        kind: null,
        side: null,
        affiliation: null,
        resolved: false,
      }));
    }
    groupOf[i] = g;
    g.attributions.push(i);
  });
  const groups = [...byKey.values()].filter((g) => g.attributions.length > 0);
  for (const g of groups) g.attributions.sort((x, y) => x - y);
  groups.sort((x, y) => y.attributions.length - x.attributions.length || x.name.localeCompare(y.name));
  // A number per source, most quoted first: sources stay apart without colour (and past ten).
  groups.forEach((g, k) => {
    g.n = k + 1;
  });
  // Colour: a slot chosen by a hash of the source id, so a source keeps its colour from one
  // article to the next; on a clash within one article the less quoted source moves on.
  const used = new Set();
  for (const g of groups) {
    if (!g.resolved) {
      g.colour = 'cx';
      continue;
    }
    let slot = fnv1a(g.key) % PALETTE;
    for (let k = 0; k < PALETTE && used.has(slot); k++) slot = (slot + 1) % PALETTE;
    used.add(slot);
    if (used.size === PALETTE) used.clear();
    g.colour = `c${slot}`;
  }
  return { groups, groupOf };
}

// ---------------------------------------------------------------------------------------------
// The highlighted view

function validSpan(s, length) {
  return s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end;
}

/** Blocks tiling the text: each ends after a run of blank lines (or at the end of the text). */
function blocks(text) {
  const out = [];
  const blank = /\n(?:[ \t\u00a0\r]*\n)+/g;
  let start = 0;
  for (let m; (m = blank.exec(text)); ) {
    const end = m.index + m[0].length;
    if (end >= text.length) break;
    out.push({ start, end, type: 'p' });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length, type: 'p' });
  return out;
}

function collectSpans(text, analysis, groupOf) {
  const n = text.length;
  const spans = blocks(text);
  analysis.sentences.forEach((s, i) => {
    if (validSpan(s, n)) spans.push({ start: s.start, end: s.end, type: 's', i, role: s.role });
  });
  // Which source a quotation belongs to: an attribution whose content overlaps it.
  const quoteGroup = quotationSources(analysis, groupOf);
  analysis.quotations.forEach((q, i) => {
    if (validSpan(q, n)) spans.push({ start: q.start, end: q.end, type: 'q', i, closed: q.closed, group: quoteGroup[i] });
  });
  const marks = new Map(); // speaker/cue/via spans shared by several attributions
  analysis.attributions.forEach((a, i) => {
    if (validSpan(a.content, n)) spans.push({ start: a.content.start, end: a.content.end, type: 'a', i, group: groupOf[i] });
    for (const [type, span] of [['spk', a.speaker], ['cue', a.cue], ['via', a.via]]) {
      if (!validSpan(span, n)) continue;
      const key = `${type}:${span.start}:${span.end}`;
      const m = marks.get(key);
      if (m) m.attrs.push(i);
      else marks.set(key, { start: span.start, end: span.end, type, attrs: [i], group: groupOf[i] });
    }
  });
  spans.push(...marks.values());
  spans.sort((x, y) => x.start - y.start || LAYER[x.type] - LAYER[y.type] || y.end - x.end);
  return spans;
}

/** For each quotation, the group of an attribution whose content overlaps it (sweep, no n×m). */
function quotationSources(analysis, groupOf) {
  const result = new Array(analysis.quotations.length).fill(null);
  const qs = analysis.quotations.map((q, i) => ({ start: q.start, end: q.end, i })).sort((x, y) => x.start - y.start);
  const starts = qs.map((q) => q.start);
  // Longest quotation seen so far bounds how far back an overlapping one can start.
  let maxLen = 0;
  for (const q of qs) maxLen = Math.max(maxLen, q.end - q.start);
  analysis.attributions.forEach((a, ai) => {
    const c = a.content;
    if (!c || !groupOf[ai]) return;
    // first quotation that could overlap: start > c.start - maxLen
    let lo = 0;
    let hi = starts.length;
    const from = c.start - maxLen;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < qs.length && qs[k].start < c.end; k++) {
      const q = qs[k];
      if (q.end > c.start && result[q.i] == null) result[q.i] = groupOf[ai];
    }
  });
  return result;
}

function makeElement(span, continuation, analysis, prefix) {
  let node;
  switch (span.type) {
    case 'p':
      node = h('div', 'para');
      break;
    case 's':
      node = h('span', `s role-${span.role}`);
      node.dataset.sentence = span.i;
      break;
    case 'q':
      node = h('span', `q${span.closed ? '' : ' q-unclosed'}${span.group ? ' ' + span.group.colour : ''}`);
      node.dataset.quote = span.i;
      break;
    case 'a': {
      const a = analysis.attributions[span.i];
      node = h('mark', `attr kind-${a.kind} ${span.group.colour}${a.confidence < 0.5 ? ' low' : ''}${continuation ? ' cont' : ''}`);
      node.dataset.attr = span.i;
      node.dataset.source = span.group.key;
      node.tabIndex = -1;
      if (!continuation) {
        node.id = `hl-${prefix}${span.i}`;
        node.dataset.n = span.group.n;
        node.setAttribute('aria-describedby', `d-${prefix}${span.i}`);
      }
      break;
    }
    default:
      node = h('span', `${span.type} ${span.group.colour}`);
      node.dataset.attrs = span.attrs.join(' ');
  }
  return node;
}

/**
 * Builds the highlighted article as a fragment, walking the sorted span boundaries once.
 * Returns { fragment, pieces } where pieces[i] lists the elements of attribution i. `prefix` goes
 * into the ids (hl-<prefix><i>, d-<prefix><i>).
 */
export function renderArticle(text, analysis, groupOf, { prefix = '' } = {}) {
  const fragment = document.createDocumentFragment();
  return { fragment, pieces: finish(articleSteps(fragment, text, analysis, groupOf, prefix)) };
}

/** Runs steps (a generator) to its end; returns what it returns. */
export function finish(steps) {
  let step;
  do step = steps.next();
  while (!step.done);
  return step.value;
}

/**
 * Runs steps a slice at a time: whenever it has worked for `slice` ms, it awaits pause(), so
 * that a long job never blocks the page for long (and the browser lays out each slice as it
 * comes). onStep gets what the step before each pause yielded. Resolves to what steps returns.
 */
export async function inSlices(steps, pause, slice, onStep) {
  for (let t = performance.now(); ; ) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - t > slice) {
      onStep?.(step.value);
      await pause();
      t = performance.now();
    }
  }
}

/**
 * renderArticle's walk, appending to `root` (a fragment, or the page's own element for a long
 * article shown a slice at a time): every few hundred spans it yields how far it has got (0..1);
 * it returns pieces.
 */
export function* articleSteps(root, text, analysis, groupOf, prefix = '') {
  const spans = collectSpans(text, analysis, groupOf);
  yield 0;
  const pieces = analysis.attributions.map(() => []);
  const stack = [];
  let pos = 0;
  let next = 0;
  const top = () => (stack.length ? stack[stack.length - 1].node : root);
  const emit = (to) => {
    if (to > pos) {
      top().appendChild(document.createTextNode(text.slice(pos, to)));
      pos = to;
    }
  };
  const open = (span) => {
    // Blocks and sentences never open inside a quotation or an attribution: those close here
    // and reopen inside them (a piece that would be empty is dropped).
    let k = stack.length;
    if (LAYER[span.type] <= 0) while (k > 0 && LAYER[stack[k - 1].span.type] > LAYER[span.type]) k--;
    const moved = stack.splice(k);
    for (const entry of moved) close(entry, pos);
    const continuation = span.type === 'a' && pieces[span.i].length > 0;
    const node = makeElement(span, continuation, analysis, prefix);
    node.dataset.start = pos;
    top().appendChild(node);
    stack.push({ span, node, start: pos });
    if (span.type === 'a') pieces[span.i].push(node);
    for (const entry of moved) open(entry.span);
  };
  const close = (entry, at) => {
    if (entry.start === at) {
      entry.node.remove();
      if (entry.span.type === 'a') pieces[entry.span.i].pop();
    } else {
      entry.node.dataset.end = at;
    }
  };
  while (next < spans.length || stack.length) {
    const nextStart = next < spans.length ? spans[next].start : Infinity;
    let minEnd = Infinity;
    let k = -1;
    for (let j = 0; j < stack.length; j++) {
      if (stack[j].span.end < minEnd) {
        minEnd = stack[j].span.end;
        k = j;
      }
    }
    if (minEnd <= nextStart) {
      emit(minEnd);
      const closed = stack.splice(k);
      for (const entry of closed) close(entry, minEnd);
      for (const entry of closed) if (entry.span.end > minEnd) open(entry.span);
    } else {
      emit(nextStart);
      open(spans[next++]);
      if (next % 256 === 0) yield next / spans.length;
    }
  }
  emit(text.length);
  return pieces;
}

