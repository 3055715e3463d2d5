// The comparison panel: two sources or sides side by side (claims, framing words, topics), what
// only one raised, omissions and contrasts; every item links back to its place in the article.
// Every claim is shown in context (its sentence, speaker as written, cue, kind, confidence and
// document, from claims.js). Exports as JSON, CSV and Markdown, built here and downloaded through
// a Blob. DOM only through createElement and textContent.
import { h } from './render.js';
import { kindLabel } from './claims.js';
import { sharedTopics, topicAttributionsA, topicAttributionsB, raisedByOther } from './fields.js';
import { rankTopics, namesAThing, MAX_TOPICS } from './topics.js';

const clip = (s, n = 180) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const percent = (p) => `${Math.round(p * 100)}%`;
/** Quotes a claim, unless it already carries its own quotation marks. */
const quoted = (s) => (/^["“”«»„'‘’「『‹]/.test(s) ? s : `“${s}”`);

/**
 * The parties one can pick: sides (most quoted first) and sources. Each is
 * { value, label, count, colour, n }. `groups` are the page's source groups.
 */
export function partyChoices(analysis, groups) {
  const sides = new Map();
  for (const g of groups) {
    if (!g.resolved || !g.side) continue;
    const s = sides.get(g.side) ?? { value: g.side, label: `Side: ${g.side}`, count: 0, colour: g.colour, top: 0 };
    s.count += g.attributions.length;
    if (g.attributions.length > s.top) {
      s.top = g.attributions.length;
      s.colour = g.colour;
    }
    sides.set(g.side, s);
  }
  const bySide = [...sides.values()].sort((x, y) => y.count - x.count || x.value.localeCompare(y.value));
  const bySource = groups.filter((g) => g.resolved).map((g) => ({ value: g.id, label: g.name, count: g.attributions.length, colour: g.colour, n: g.n }));
  return { sides: bySide, sources: bySource };
}

/**
 * Default pair: the two sources with the most statements (a pair of sides can hide that one
 * source did all the talking), else the two most quoted sides.
 */
export function defaultPair(choices) {
  const sources = [...choices.sources].sort((x, y) => y.count - x.count);
  if (sources.length >= 2) return [sources[0].value, sources[1].value];
  if (choices.sides.length >= 2) return [choices.sides[0].value, choices.sides[1].value];
  const all = [...choices.sides, ...choices.sources];
  if (all.length >= 2) return [all[0].value, all[1].value];
  return null;
}

function fillSelect(select, choices, value) {
  select.replaceChildren();
  const group = (label, list) => {
    if (!list.length) return;
    const og = document.createElement('optgroup');
    og.label = label;
    for (const c of list) {
      const o = document.createElement('option');
      o.value = c.value;
      o.textContent = `${c.label} (${c.count})`;
      og.append(o);
    }
    select.append(og);
  };
  group('Sides', choices.sides);
  group('Sources', choices.sources);
  select.value = value;
}

/**
 * Renders the panel. ctx: { ui, analysis (what ctx.compare reads: the documents' analyses), groups, compare, focusAttribution(i), focusSentence(j), claim(i) → the claim in
 * context (claims.js), href(i) → the link to highlight i, multi (several documents), later (set: the pair is only offered, with a button that calls it to compare) }.
 * Returns the comparison shown (or null).
 */
export function renderComparePanel(ctx, a, b) {
  const { ui, analysis, groups } = ctx;
  const choices = partyChoices(analysis, groups);
  // A pair no longer offered (after a re-analysis left a party out) falls back to the default.
  const offered = (v) => [...choices.sides, ...choices.sources].some((c) => c.value === v);
  const pair = a && b && offered(a) && offered(b) ? [a, b] : defaultPair(choices);
  if (!pair) {
    ui.compare.hidden = true;
    return null;
  }
  fillSelect(ui.cmpA, choices, pair[0]);
  fillSelect(ui.cmpB, choices, pair[1]);
  ui.compare.hidden = false;
  ui.cmpBody.replaceChildren();
  if (ctx.later) {
    const go = h('button', null, 'Compare');
    go.type = 'button';
    go.id = 'cmp-go';
    go.addEventListener('click', () => ctx.later());
    const ask = h('p', 'cmp-later muted small', 'A long article is compared when you ask: pick the two accounts above, or press ');
    ask.append(go, '.');
    ui.cmpBody.append(ask);
    return null;
  }
  let cmp;
  try {
    cmp = ctx.compare(analysis, pair[0], pair[1]);
  } catch (err) {
    ui.cmpBody.append(h('p', 'error', `Could not compare these two: ${err && err.message ? err.message : err}`));
    return null;
  }
  const colourOf = (party) => {
    const all = [...choices.sides, ...choices.sources];
    return all.find((c) => c.value === party.id || c.value === party.query)?.colour ?? 'cx';
  };
  const link = (label, onClick, href) => {
    const a = h('a', null, label);
    a.href = href ?? '#output';
    a.addEventListener('click', (e) => {
      e.preventDefault();
      onClick();
    });
    return a;
  };
  const toAttr = (i) => () => ctx.focusAttribution(i);

  for (const party of [cmp.a, cmp.b]) {
    const col = h('section', `cmp-col ${colourOf(party)}`);
    col.dataset.party = party === cmp.a ? 'a' : 'b';
    const title = h('h3');
    const n = choices.sources.find((c) => c.value === party.id)?.n;
    title.append(h('span', `swatch${n ? ' num' : ''} ${colourOf(party)}`, n ? String(n) : null), h('span', null, party.name));
    const meta = [party.kind === 'side' ? 'side' : 'source'];
    if (party.kind === 'source' && party.side) meta.push(party.side);
    title.append(h('span', 'muted small', meta.join(' · ')));
    col.append(title);

    col.append(h('h4', null, `Claims (${party.attributions.length})`));
    const claims = h('ul', 'cmp-claims');
    for (const at of party.attributions) {
      const c = ctx.claim(at.index);
      const li = h('li');
      li.append(link(quoted(clip(at.content.text)), toAttr(at.index), ctx.href(at.index)));
      li.append(h('span', 'claim-meta muted small', ` ${claimMeta(c, { document: ctx.multi, source: party.kind === 'side' })}`));
      li.append(h('span', 'claim-sentence small', c.sentence));
      claims.append(li);
    }
    if (!party.attributions.length) claims.append(h('li', 'muted', 'none'));
    col.append(claims);

    col.append(h('h4', null, 'Framing words'));
    const framing = h('ul', 'cmp-framing');
    for (const f of party.framing) {
      const li = h('li');
      const first = f.attributions[0];
      li.append(first != null ? link(f.text, toAttr(first), ctx.href(first)) : h('span', null, f.text));
      framing.append(li);
    }
    if (!party.framing.length) framing.append(h('li', 'muted', 'none found'));
    col.append(framing);

    col.append(h('h4', null, 'Topics'));
    const topics = h('ul', 'cmp-topics');
    for (const t of rankTopics(party.topics)) {
      const li = h('li');
      const first = t.attributions[0];
      li.append(first != null ? link(t.name, toAttr(first), ctx.href(first)) : h('span', null, t.name));
      // Each further claim on the topic, by its number: the topic leads to all of them.
      const more = t.attributions.slice(1);
      if (more.length) {
        const refs = h('span', 'topic-claims small');
        more.forEach((i, k) => {
          const a = link(String(k + 2), toAttr(i), ctx.href(i));
          a.setAttribute('aria-label', `${t.name}: claim ${k + 2} of ${t.attributions.length}`);
          refs.append(' ', a);
        });
        li.append(refs);
      }
      if (t.forms && t.forms.length > 1) li.append(h('span', 'muted small', ` (${t.forms.join(', ')})`));
      if (t.only) li.append(h('span', 'only', 'only this side'));
      topics.append(li);
    }
    if (!topics.children.length) topics.append(h('li', 'muted', 'none found'));
    col.append(topics);
    ui.cmpBody.append(col);
  }

  const across = h('section', 'cmp-shared');
  across.append(h('h4', null, 'Raised by both'));
  const shared = h('ul', 'cmp-both');
  const both = sharedTopics(cmp).filter((t) => namesAThing(t.name)).slice(0, MAX_TOPICS);
  for (const t of both) {
    const li = h('li');
    li.append(h('span', null, t.name));
    const ia = topicAttributionsA(t)[0];
    const ib = topicAttributionsB(t)[0];
    if (ia != null) li.append(' ', link(`(${cmp.a.name})`, toAttr(ia), ctx.href(ia)));
    if (ib != null) li.append(' ', link(`(${cmp.b.name})`, toAttr(ib), ctx.href(ib)));
    shared.append(li);
  }
  if (!both.length) shared.append(h('li', 'muted', 'nothing in common found'));
  across.append(shared);

  across.append(h('h4', null, 'Omissions noted by the article'));
  const om = h('ul', 'cmp-omissions');
  for (const o of cmp.omissions) {
    const li = h('li');
    li.append(link(`“${clip(o.text.text)}”`, () => ctx.focusSentence(o.sentence)));
    li.append(h('span', 'muted small', ` ${o.about}: ${o.topic}${raisedByOther(o) ? ' (raised by the other side)' : ''}`));
    om.append(li);
  }
  if (!cmp.omissions.length) om.append(h('li', 'muted', 'none'));
  across.append(om);

  across.append(h('h4', null, 'Where the article contrasts them'));
  const co = h('ul', 'cmp-contrasts');
  for (const c of cmp.contrasts) {
    const li = h('li');
    li.append(link(`“${clip(c.text.text)}”`, () => ctx.focusSentence(c.sentence)));
    li.append(h('span', 'muted small', ` (${c.cue})`));
    co.append(li);
  }
  if (!cmp.contrasts.length) co.append(h('li', 'muted', 'none'));
  across.append(co);
  ui.cmpBody.append(across);
  return cmp;
}

// ---------------------------------------------------------------------------------------------
// Exports

/** A CSV cell: quoted when needed; a leading = + - @ is defused for spreadsheets. */
function cell(value) {
  let s = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The claim's context in one line: (for a side, whose claims come from several sources) the
 * source, the speaker as written, cue, kind, confidence and (unless the page holds one document,
 * named once above) the document.
 */
export function claimMeta(c, { document: withDocument = true, source: withSource = true } = {}) {
  return [
    ...(withSource && c.source ? [c.source] : []),
    c.speaker ? `${c.speaker}` : 'speaker not named',
    c.cue ? `“${c.cue}” (${c.cueClass})` : c.cueClass,
    kindLabel(c.kind),
    percent(c.confidence),
    ...(withDocument ? [`in “${c.document}”`] : []),
  ].join(' · ');
}

/** claim(i) → the claim in context (claims.js); without it, the context columns stay empty. */
export function toCSV(cmp, claim = () => ({})) {
  const rows = [['party', 'section', 'item', 'kind', 'source', 'confidence', 'only_this_side', 'start', 'end', 'speaker_as_written', 'cue', 'cue_class', 'sentence', 'document']];
  for (const [label, p] of [['a', cmp.a], ['b', cmp.b]]) {
    const who = `${label}: ${p.name}`;
    for (const at of p.attributions) {
      const c = claim(at.index);
      // Offsets in the claim's own document (across documents, the comparison's run on).
      rows.push([who, 'claim', at.content.text, at.kind, c.source ?? at.source, at.confidence.toFixed(3), '', c.start ?? at.content.start, c.end ?? at.content.end, c.speaker ?? '', c.cue ?? '', c.cueClass, c.sentence, c.document]);
    }
    for (const f of p.framing) rows.push([who, 'framing', f.text, '', '', '', '', f.spans[0]?.start ?? '', f.spans[0]?.end ?? '']);
    for (const t of rankTopics(p.topics)) rows.push([who, 'topic', t.name, '', '', '', t.only ? 'yes' : 'no', t.spans[0]?.start ?? '', t.spans[0]?.end ?? '']);
  }
  for (const t of sharedTopics(cmp)) rows.push(['both', 'shared topic', t.name, '', '', '', '', '', '']);
  for (const o of cmp.omissions) rows.push([`${o.party}: ${o.about}`, 'omission', `${o.topic}: ${o.text.text}`, '', '', '', '', o.text.start, o.text.end]);
  for (const c of cmp.contrasts) rows.push(['both', 'contrast', c.text.text, c.cue, '', '', '', c.text.start, c.text.end]);
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Markdown text: neutralises characters that would turn article text into markup. */
const md = (s) => String(s).replace(/\s+/g, ' ').replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1');

/** claim(i) → the claim in context (claims.js); without it, claims come without context. */
export function toMarkdown(cmp, claim) {
  const out = [`# ${md(cmp.a.name)} and ${md(cmp.b.name)}`, ''];
  for (const p of [cmp.a, cmp.b]) {
    out.push(`## ${md(p.name)}`, '', '**Claims**', '');
    for (const at of p.attributions) {
      if (!claim) {
        out.push(`- ${quoted(md(at.content.text))} (${at.kind}, ${md(at.source)}, ${percent(at.confidence)})`);
        continue;
      }
      const c = claim(at.index);
      out.push(`- ${quoted(md(at.content.text))} (${md(claimMeta(c, { source: p.kind === 'side' }))})`, `  - in: ${md(c.sentence)}`);
    }
    if (!p.attributions.length) out.push('- none');
    out.push('', '**Framing words**', '');
    for (const f of p.framing) out.push(`- ${md(f.text)}`);
    if (!p.framing.length) out.push('- none found');
    out.push('', '**Topics**', '');
    for (const t of rankTopics(p.topics)) out.push(`- ${md(t.name)}${t.only ? ' — *only this side*' : ''}`);
    if (!p.topics.length) out.push('- none found');
    out.push('');
  }
  out.push('## Across both', '', '**Raised by both**', '');
  for (const t of sharedTopics(cmp)) out.push(`- ${md(t.name)}`);
  if (!sharedTopics(cmp).length) out.push('- nothing in common found');
  out.push('', '**Omissions noted by the article**', '');
  for (const o of cmp.omissions) out.push(`- ${md(o.about)}, ${md(o.topic)}: “${md(o.text.text)}”`);
  if (!cmp.omissions.length) out.push('- none');
  out.push('', '**Where the article contrasts them**', '');
  for (const c of cmp.contrasts) out.push(`- “${md(c.text.text)}”`);
  if (!cmp.contrasts.length) out.push('- none');
  out.push('', '_Made with quotelens; the confidence is the probability that the speaker is right._', '');
  return out.join('\n');
}

export function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function fileStem(cmp) {
  const slug = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'x';
  return `quotelens-${slug(cmp.a.name)}-vs-${slug(cmp.b.name)}`;
}
