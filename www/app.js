// quotelens page. Everything runs here, in the browser: the article is never sent anywhere.
//
// Safety: article text reaches the DOM only through document.createTextNode and textContent,
// never through innerHTML or any other HTML parser.
//
// The highlighted view is built in render.js (its nesting rule is described there).
import init, * as ql from '../pkg/index.js';
import { h, groupSources, renderArticle } from './render.js';
import { renderComparePanel, toCSV, toMarkdown, download, fileStem } from './compare.js';

const $ = (id) => document.getElementById(id);
const ui = {
  article: $('article'),
  analyse: $('analyse'),
  example: $('example'),
  clear: $('clear'),
  status: $('status'),
  error: $('error'),
  results: $('results'),
  output: $('output'),
  sources: $('sources'),
  sourcesEmpty: $('sources-empty'),
  showAll: $('show-all'),
  tip: $('tip'),
  compare: $('compare'),
  cmpA: $('cmp-a'),
  cmpB: $('cmp-b'),
  cmpBody: $('cmp-body'),
  custom: $('custom'),
  customJson: $('custom-json'),
  customError: $('custom-error'),
  unsure: $('unsure'),
  beliefs: $('beliefs'),
  classesNote: $('classes-note'),
  exportJson: $('export-json'),
  exportCsv: $('export-csv'),
  exportMd: $('export-md'),
};

/** The state of the last analysis shown. */
let view = null;
let selected = null; // { key, next }
let ready = false;

// ---------------------------------------------------------------------------------------------
// Small helpers

const percent = (p) => `${Math.round(p * 100)}%`;
const plural = (n, one, many = one + 's') => `${n} ${n === 1 ? one : many}`;

function setStatus(message) {
  ui.status.textContent = message;
}

function showError(message) {
  ui.error.textContent = message;
  ui.error.hidden = false;
}

function hideError() {
  ui.error.hidden = true;
  ui.error.textContent = '';
}

function describeError(err) {
  const code = err && err.code;
  const message = err && err.message ? err.message : String(err);
  if (code === 'too_large') return `This text is too large to analyse. ${message}`;
  if (code === 'bad_options') return `Your sources JSON was not accepted: ${message}`;
  if (code === 'unknown_language') return `This language is not supported yet. ${message}`;
  return `Could not analyse this text: ${message}`;
}

// ---------------------------------------------------------------------------------------------
// Tooltip (hover and keyboard focus)

let tipFor = null;
let tipTarget = null;
let tipTimer = 0;

function fillTip(i) {
  const a = view.analysis.attributions[i];
  const g = view.groupOf[i];
  ui.tip.replaceChildren();
  const head = h('div', 'tip-head');
  head.append(h('span', `swatch ${g.colour}`), h('strong', null, g.name));
  if (g.side) head.append(h('span', 'pill', g.side));
  ui.tip.append(head);
  const dl = h('dl');
  const row = (label, value, className) => {
    dl.append(h('dt', null, label), h('dd', className, value));
  };
  row('Speaker', a.speaker ? a.speaker.text : '— (not named in this sentence)', 'tip-speaker');
  row('Cue', a.cue ? `${a.cue.text} (${a.cueClass})` : `— (${a.cueClass})`, 'tip-cue');
  row('Kind', a.kind, 'tip-kind');
  row('Confidence', percent(a.confidence), 'tip-confidence');
  if (a.via) row('Via', a.via.text, 'tip-via');
  if (g.affiliation) row('Affiliation', g.affiliation);
  row('Sourcing', a.sourcing);
  ui.tip.append(dl);
}

function showTip(target) {
  clearTimeout(tipTimer);
  const i = Number(target.dataset.attr);
  if (!view || !view.analysis.attributions[i]) return;
  tipTarget = target;
  if (tipFor !== i) {
    if (tipFor != null) for (const p of view.pieces[tipFor] ?? []) p.classList.remove('hot');
    tipFor = i;
    fillTip(i);
    for (const p of view.pieces[i]) p.classList.add('hot');
  }
  ui.tip.hidden = false;
  const rect = target.getClientRects()[0] ?? target.getBoundingClientRect();
  const tw = ui.tip.offsetWidth;
  const th = ui.tip.offsetHeight;
  let top = rect.bottom + 6;
  if (top + th > window.innerHeight - 8) top = Math.max(8, rect.top - th - 6);
  const left = Math.min(Math.max(8, rect.left), Math.max(8, window.innerWidth - tw - 8));
  ui.tip.style.top = `${top}px`;
  ui.tip.style.left = `${left}px`;
}

function hideTip() {
  clearTimeout(tipTimer);
  ui.tip.hidden = true;
  if (tipFor != null && view) for (const p of view.pieces[tipFor] ?? []) p.classList.remove('hot');
  tipFor = null;
  tipTarget = null;
}

function hideTipSoon() {
  clearTimeout(tipTimer);
  tipTimer = setTimeout(hideTip, 150);
}

ui.output.addEventListener('mouseover', (e) => {
  const t = e.target.closest?.('mark.attr');
  if (t) showTip(t);
});
ui.output.addEventListener('mouseout', (e) => {
  const t = e.target.closest?.('mark.attr');
  if (t && !(e.relatedTarget && t.contains(e.relatedTarget))) hideTipSoon();
});
ui.output.addEventListener('focusin', (e) => {
  const t = e.target.closest?.('mark.attr');
  if (t) showTip(t);
});
ui.output.addEventListener('focusout', () => hideTip());
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !ui.tip.hidden) hideTip();
});
// The tooltip follows its highlight when the page scrolls.
window.addEventListener('scroll', () => {
  if (!ui.tip.hidden && tipTarget?.isConnected) showTip(tipTarget);
}, { passive: true });

// ---------------------------------------------------------------------------------------------
// Source list (legend with counts; a click shows that source's highlights)

function renderSources() {
  ui.sources.replaceChildren();
  ui.sourcesEmpty.hidden = view.groups.length > 0;
  ui.sourcesEmpty.textContent = ui.beliefs.checked
    ? 'No attributed speech, writing, beliefs, judgements or actions found.'
    : 'No attributed speech or writing found. Beliefs, judgements and actions are hidden: tick “Beliefs, judgements and actions too” to see them.';
  for (const g of view.groups) {
    const li = h('li');
    const button = h('button', 'source');
    button.type = 'button';
    button.dataset.key = g.key;
    button.setAttribute('aria-pressed', 'false');
    const label = h('span', 'source-label');
    label.append(h('span', `swatch ${g.colour}`), h('span', 'source-name', g.name));
    const meta = [];
    if (g.side) meta.push(g.side);
    if (g.kind) meta.push(g.kind);
    if (!g.resolved) meta.push('unresolved');
    if (g.affiliation) meta.push(g.affiliation);
    button.append(label, h('span', 'count', String(g.attributions.length)));
    if (meta.length) button.append(h('span', 'source-meta', meta.join(' · ')));
    button.title = `Show the ${plural(g.attributions.length, 'highlight')} of ${g.name}`;
    button.addEventListener('click', () => selectSource(g.key));
    li.append(button);
    ui.sources.append(li);
  }
}

function selectSource(key) {
  if (!view) return;
  const g = view.groups.find((x) => x.key === key);
  if (!g) return;
  if (!selected || selected.key !== key) {
    clearSelection();
    selected = { key, next: 0 };
    ui.output.classList.add('filtering');
    for (const i of g.attributions) for (const p of view.pieces[i]) p.classList.add('selected');
    for (const b of ui.sources.querySelectorAll('button.source')) b.setAttribute('aria-pressed', String(b.dataset.key === key));
    ui.showAll.hidden = false;
  }
  // Each click moves to the source's next highlight.
  const i = g.attributions[selected.next % g.attributions.length];
  selected.next += 1;
  focusAttribution(i);
}

function focusAttribution(i) {
  const first = view?.pieces[i]?.[0];
  if (!first) return;
  first.scrollIntoView({ block: 'center', behavior: 'instant' });
  first.focus({ preventScroll: true });
}

function clearSelection() {
  selected = null;
  ui.output.classList.remove('filtering');
  for (const p of ui.output.querySelectorAll('mark.selected')) p.classList.remove('selected');
  for (const b of ui.sources.querySelectorAll('button.source')) b.setAttribute('aria-pressed', 'false');
  ui.showAll.hidden = true;
}

ui.showAll.addEventListener('click', clearSelection);

// ---------------------------------------------------------------------------------------------
// Analysis

/** The unsure-readings choice: the library leaves out attributions under 25% unless asked. */
const confidenceOption = () => (ui.unsure.checked ? { minConfidence: 0 } : {});

/**
 * The page shows statements, what sources said or wrote, unless asked for every cue class: a
 * belief ("thinks"), an evaluation ("criticized") or an action ("ordered") is not something the
 * source stated.
 */
const STATEMENTS = ['speech', 'writing'];
const ALL_CLASSES = ['speech', 'writing', 'belief', 'evaluation', 'action'];
const classesOption = () => ({ classes: ui.beliefs.checked ? ALL_CLASSES : STATEMENTS });

/** The page's own choices (the two boxes), whatever the user's sources. */
const choiceOptions = () => ({ ...confidenceOption(), ...classesOption() });

function analyseOptions() {
  if (ui.custom.hidden) return undefined;
  const raw = ui.customJson.value.trim();
  ui.customError.hidden = true;
  if (!raw) return undefined;
  try {
    return { sources: JSON.parse(raw) };
  } catch (err) {
    ui.customError.textContent = `Your sources JSON is not valid JSON (${err.message}); analysed without it.`;
    ui.customError.hidden = false;
    return undefined;
  }
}

let pending = 0;

/** Analyses the box's text; a long text first lets the page paint "Analysing…". */
function run() {
  if (!ready) return;
  hideError();
  hideTip();
  const text = ui.article.value;
  if (!text.trim()) {
    pending++;
    resetResults();
    setStatus('Paste an article, or load the example.');
    return;
  }
  if (text.length > 200000) {
    const ticket = ++pending;
    setStatus(`Analysing ${Math.round(text.length / 1000)}k characters…`);
    requestAnimationFrame(() => setTimeout(() => ticket === pending && analyseNow(text), 0));
    return;
  }
  pending++;
  analyseNow(text);
}

function analyseNow(text) {
  let analysis;
  const t0 = performance.now();
  const options = analyseOptions();
  try {
    try {
      analysis = ql.analyze(text, { ...options, ...choiceOptions() });
    } catch (err) {
      // The user's sources were refused: say so beside them, and analyse without them.
      if (!options || err?.code !== 'bad_options') throw err;
      ui.customError.textContent = `Your sources were not accepted (${err.message}); analysed without them.`;
      ui.customError.hidden = false;
      analysis = ql.analyze(text, choiceOptions());
    }
  } catch (err) {
    resetResults();
    showError(describeError(err));
    setStatus('');
    return;
  }
  const ms = performance.now() - t0;
  try {
    show(text, analysis, ms);
  } catch (err) {
    resetResults();
    showError(`Could not display the analysis: ${err && err.message ? err.message : err}`);
  }
}

function resetResults() {
  view = null;
  selected = null;
  ui.results.hidden = true;
  ui.compare.hidden = true;
  ui.output.replaceChildren();
  ui.sources.replaceChildren();
}

function show(text, analysis, ms) {
  const { groups, groupOf } = groupSources(analysis);
  const { fragment, pieces } = renderArticle(text, analysis, groupOf);
  // The same article analysed again (a box ticked, sources edited) keeps the pair being compared.
  const pair = view?.text === text && !ui.compare.hidden ? [ui.cmpA.value, ui.cmpB.value] : [];
  view = { text, analysis, groups, groupOf, pieces };
  selected = null;
  ui.output.classList.remove('filtering');
  ui.showAll.hidden = true;
  ui.output.classList.toggle('long', text.length > 100000);
  ui.output.replaceChildren(fragment);
  ui.output.lang = analysis.language || '';
  ui.output.dir = 'auto';
  renderSources();
  // Said once: the empty source list, when there is one, already says what is hidden.
  ui.classesNote.hidden = ui.beliefs.checked || groups.length === 0;
  ui.results.hidden = false;
  setStatus(
    [
      plural(analysis.sentences.length, 'sentence'),
      plural(analysis.quotations.length, 'quotation'),
      plural(analysis.attributions.length, 'attribution') + (ui.beliefs.checked ? '' : ' (speech and writing)'),
      plural(groups.length, 'source'),
      `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`,
    ].join(' · '),
  );
  renderCompare(...pair);
}

// ---------------------------------------------------------------------------------------------
// Comparison (when the package has compare)

const hasCompare = typeof ql.compare === 'function';
let comparison = null;

function focusSentence(i) {
  const s = ui.output.querySelector(`.s[data-sentence="${i}"]`);
  if (!s) return;
  s.tabIndex = -1;
  s.scrollIntoView({ block: 'center', behavior: 'instant' });
  s.focus({ preventScroll: true });
}

function renderCompare(a, b) {
  comparison = null;
  if (!hasCompare || !view) {
    ui.compare.hidden = true;
    return;
  }
  comparison = renderComparePanel(
    { ui, analysis: view.analysis, text: view.text, groups: view.groups, compare: ql.compare, focusAttribution, focusSentence },
    a,
    b,
  );
}

ui.unsure.addEventListener('change', () => run());
ui.beliefs.addEventListener('change', () => run());
ui.cmpA.addEventListener('change', () => renderCompare(ui.cmpA.value, ui.cmpB.value));
ui.cmpB.addEventListener('change', () => renderCompare(ui.cmpA.value, ui.cmpB.value));
ui.exportJson.addEventListener('click', () => {
  if (comparison) download(`${fileStem(comparison)}.json`, 'application/json', JSON.stringify(comparison, null, 2) + '\n');
});
ui.exportCsv.addEventListener('click', () => {
  if (comparison) download(`${fileStem(comparison)}.csv`, 'text/csv', toCSV(comparison));
});
ui.exportMd.addEventListener('click', () => {
  if (comparison) download(`${fileStem(comparison)}.md`, 'text/markdown', toMarkdown(comparison));
});
if (hasCompare) {
  ui.custom.hidden = false;
  ui.customJson.placeholder = '{"sides": {"hawks": ["Jane Doe", "military leaders"]}, "aliases": {"the palace": "Kremlin"}}';
  ui.customJson.addEventListener('change', () => {
    if (view) run();
  });
}

// ---------------------------------------------------------------------------------------------
// Wiring

ui.analyse.addEventListener('click', run);
ui.article.addEventListener('input', (e) => {
  // A paste (or drop) is analysed at once; typing waits for the button or Ctrl+Enter.
  if (e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop') run();
});
ui.article.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    run();
  }
});
ui.clear.addEventListener('click', () => {
  pending++;
  ui.article.value = '';
  hideError();
  hideTip();
  resetResults();
  setStatus(ready ? 'Paste an article, or load the example.' : ui.status.textContent);
  ui.article.focus();
});
ui.example.addEventListener('click', async () => {
  hideError();
  try {
    const res = await fetch(new URL('example.txt', import.meta.url));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    ui.article.value = await res.text();
  } catch (err) {
    showError(`Could not load the example article: ${err.message}`);
    return;
  }
  run();
});

async function main() {
  try {
    const t0 = performance.now();
    await init();
    ready = true;
    ui.analyse.disabled = false;
    ui.example.disabled = false;
    setStatus(`Ready (analyser loaded in ${Math.round(performance.now() - t0)} ms). Paste an article, or load the example.`);
    document.documentElement.dataset.ready = 'true';
    if (ui.article.value.trim()) run();
  } catch (err) {
    setStatus('');
    showError(`Could not load the analyser: ${err && err.message ? err.message : err}. Serve this page over HTTP (npm start).`);
  }
}

main();
