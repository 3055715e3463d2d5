// quotelens page. Everything runs here, in the browser: the article is never sent anywhere.
//
// Safety: article text reaches the DOM only through document.createTextNode and textContent,
// never through innerHTML or any other HTML parser.
//
// The highlighted view is built in render.js (its nesting rule is described there); claims in
// context in claims.js; the tooltip in tip.js; keyboard moves in nav.js; files and pasted HTML in
// intake.js and htmltext.js; the document list in docbar.js; corrections in corrections.js (kept)
// and corrpanel.js (their panel); the comparison panel and its exports in compare.js; the HTML
// export in export.js; the offline cache in sw.js. The comparison across documents is the
// library's: compare() given the list of analyses.
//
// The workspace holds several documents; one is shown (in the box and as the highlighted
// reading), each is analysed on its own, and the comparison reads them all.
import init, * as ql from '../pkg/index.js';
import { analyzeAsync } from '../pkg/async.js';
import { h, groupSources, renderArticle, articleSteps, finish, inSlices } from './render.js';
import { renderComparePanel, toCSV, toMarkdown, download, fileStem } from './compare.js';
import { claimOf, describeClaim, documentTitle } from './claims.js';
import { articleNavigator } from './nav.js';
import { setupIntake } from './intake.js';
import { exportReading } from './export.js';
import { renderDocList } from './docbar.js';
import { detailsTooltip } from './tip.js';
import { correctionsPanel } from './corrpanel.js';
import * as corr from './corrections.js';

const $ = (id) => document.getElementById(id);
const ui = {
  article: $('article'),
  analyse: $('analyse'),
  example: $('example'),
  clear: $('clear'),
  status: $('status'),
  progress: $('progress'),
  progressBar: $('progress-bar'),
  cancel: $('cancel'),
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
  exportHtml: $('export-html'),
  docTitle: $('doc-title'),
  descs: $('descs'),
  walk: $('walk'),
  prev: $('prev-statement'),
  next: $('next-statement'),
  reading: $('reading'),
  skip: $('skip'),
  key: $('key'),
  notice: $('notice'),
  openFile: $('open-file'),
  file: $('file'),
  intake: $('intake'),
  docList: $('doc-list'),
  addDoc: $('add-doc'),
  readingTitle: $('reading-title'),
  fKind: $('f-kind'),
  fConf: $('f-conf'),
  filterCount: $('filter-count'),
  corrections: $('corrections'),
  corrTarget: $('corr-target'),
  corrReject: $('corr-reject'),
  corrSource: $('corr-source'),
  corrNames: $('corr-names'),
  corrAssign: $('corr-assign'),
  corrFrom: $('corr-from'),
  corrInto: $('corr-into'),
  corrMerge: $('corr-merge'),
  corrCount: $('corr-count'),
  corrClear: $('corr-clear'),
};

/** The workspace: each document's title and text and, once analysed, its view. */
const docs = [{ title: '', text: '', view: null }];
/** The document shown. */
let active = 0;
/** The view of the document shown: { text, analysis, groups, groupOf, title, key, pieces, order }. */
let view = null;
let selected = null; // { key }: the source picked in the list
let ready = false;

// ---------------------------------------------------------------------------------------------
// Small helpers

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
// Tooltip (tip.js)

const tip = detailsTooltip(ui.tip, ui.output, () => view);
const hideTip = tip.hide;

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
    label.append(h('span', `swatch num ${g.colour}`, String(g.n)), h('span', 'source-name', g.name));
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
    selected = { key };
    for (const b of ui.sources.querySelectorAll('button.source')) b.setAttribute('aria-pressed', String(b.dataset.key === key));
    ui.showAll.hidden = false;
    applyFilters();
    // A source's first statement, then each click (or arrow key) the next one.
    const order = readingOrder();
    if (order.length) nav.focus(order[0]);
    return;
  }
  nav.step(1);
}

/** The kind and confidence filters. */
const filtersOn = () => Boolean(ui.fKind.value) || Number(ui.fConf.value) > 0;

function passes(i) {
  const a = view.analysis.attributions[i];
  return (!ui.fKind.value || a.kind === ui.fKind.value) && a.confidence >= Number(ui.fConf.value || 0);
}

/** Attribution indices in reading order: the selected source's, if one is picked, that pass the filters. */
function readingOrder() {
  if (!view) return [];
  const g = selected && view.groups.find((x) => x.key === selected.key);
  const base = g ? g.order : view.order;
  return filtersOn() ? base.filter(passes) : base;
}

/** Marks what the source picked and the filters leave in (the rest steps back); Previous/Next walk it. */
function applyFilters() {
  if (!view) return;
  for (const p of ui.output.querySelectorAll('mark.selected')) p.classList.remove('selected');
  const on = Boolean(selected) || filtersOn();
  const order = readingOrder();
  ui.output.classList.toggle('filtering', on);
  if (on) for (const i of order) for (const p of view.pieces[i]) p.classList.add('selected');
  ui.walk.hidden = !on;
  const g = selected && view.groups.find((x) => x.key === selected.key);
  const what = g ? `statement of ${g.name}` : 'statement shown';
  ui.prev.setAttribute('aria-label', `Previous ${what}`);
  ui.next.setAttribute('aria-label', `Next ${what}`);
  ui.filterCount.textContent = on ? `${plural(order.length, 'statement')} of ${view.order.length} shown` : '';
  if (!order.includes(nav.current)) nav.reset();
}

const nav = articleNavigator(ui.output, {
  order: readingOrder,
  first: (i) => view?.pieces[i]?.[0] ?? null,
});

function focusAttribution(i) {
  if (view?.pieces[i]?.[0]) nav.focus(i);
}

function clearSelection() {
  selected = null;
  for (const b of ui.sources.querySelectorAll('button.source')) b.setAttribute('aria-pressed', 'false');
  ui.showAll.hidden = true;
  applyFilters();
}

ui.fKind.addEventListener('change', applyFilters);
ui.fConf.addEventListener('change', applyFilters);

ui.showAll.addEventListener('click', () => {
  clearSelection();
  if (nav.current != null) nav.focus(nav.current);
});
ui.prev.addEventListener('click', () => nav.step(-1));
ui.next.addEventListener('click', () => nav.step(1));
// The skip link lands on the current highlight (or the article when there is none).
ui.skip.addEventListener('click', (e) => {
  e.preventDefault();
  if (ui.results.hidden) {
    ui.article.focus();
    return;
  }
  if (nav.current != null) nav.focus(nav.current);
  else ui.reading.focus();
});

// ---------------------------------------------------------------------------------------------
// Analysis

/**
 * Texts longer than this (in UTF-16 units) are analysed in a worker, with progress and Cancel,
 * and shown a slice at a time: the page never freezes (the sync analysis of 100 KB takes about
 * 0.1 s).
 */
const LONG = 100_000;

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

/** The AbortController of the long analysis under way (in the worker, then shown in slices). */
let job = null;

/** How long a slice of a long job works before it lets the page handle input and paint (ms). */
const SLICE = 20;

/** Lets the page handle input and paint between two slices of a long job. */
const yieldToPage = () => (globalThis.scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0)));

/** The time from a request to its reading shown, for the status line. */
function elapsed(since) {
  const ms = performance.now() - since;
  return ms < 10 ? `${ms.toFixed(1)} ms` : ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** The progress bar and its Cancel button; `fraction` null is a stage of unknown length. */
function showProgress(message, fraction) {
  ui.progress.hidden = false;
  if (fraction == null) ui.progressBar.removeAttribute('value');
  else ui.progressBar.value = fraction;
  // The status is a live region: said at each stage and each tenth, not at every step.
  if (message !== ui.status.textContent) setStatus(message);
}

function hideProgress() {
  ui.progress.hidden = true;
  ui.output.removeAttribute('aria-busy');
}

/** Ends the long job under way, if any (a new request, Clear, Cancel). */
function stopJob() {
  job?.abort();
  job = null;
  hideProgress();
}

ui.cancel.addEventListener('click', () => {
  if (!job) return;
  stopJob();
  resetResults();
  renderDocs();
  setStatus('Analysis cancelled. Press Analyse to start it again.');
  ui.analyse.focus();
});

/** Analyses the box's text: a long one in the worker, with progress. */
function run() {
  if (!ready) return;
  const started = performance.now();
  stopJob();
  hideError();
  hideTip();
  const text = ui.article.value;
  if (!text.trim()) {
    saveBox();
    if (docs[active]) docs[active].view = null;
    resetResults();
    renderDocs();
    renderCompare(); // the workspace's other documents are still compared
    setStatus('Paste an article, or load the example.');
    return;
  }
  if (text.length > LONG) analyseInWorker(text, started);
  else analyseNow(text, started);
}

/** A long text: analysed in the worker (the page shows the progress), then shown in slices. */
async function analyseInWorker(text, started) {
  const controller = new AbortController();
  job = controller;
  const { signal } = controller;
  // The pair compared stays when the same article is analysed again (a box ticked).
  const keep = (view?.text === text || keepPair) && !ui.compare.hidden;
  keepPair = false;
  saveBox();
  resetResults();
  const size = `${Math.round(text.length / 1000).toLocaleString('en')}k characters`;
  showProgress(`Analysing ${size}…`, null);
  // The focus goes to Cancel, the one thing to do meanwhile (and then to the reading), and the
  // caret left in the box goes: Chromium checks it against each block of the reading as it is
  // inserted, which took 0.3 ms a block and frames of 0.5 to 0.9 s with 2 MB in the box.
  if (document.activeElement === ui.article) {
    ui.cancel.focus();
    getSelection()?.removeAllRanges();
  }
  let tenth = -1;
  const onProgress = ({ stage, done, total }) => {
    if (stage === 'sources') return showProgress(`Analysing ${size}: finding the sources…`, null);
    const now = Math.floor((10 * done) / total);
    if (now !== tenth) showProgress(`Analysing ${size}: ${10 * now}% of ${total.toLocaleString('en')} sentences read…`);
    tenth = now;
    ui.progressBar.value = done / total;
  };
  const options = analyseOptions();
  let analysis;
  try {
    try {
      analysis = await analyzeAsync(text, { ...options, ...choiceOptions(), signal, onProgress });
    } catch (err) {
      // The user's sources were refused: say so beside them, and analyse without them.
      if (!options || err?.code !== 'bad_options') throw err;
      ui.customError.textContent = `Your sources were not accepted (${err.message}); analysed without them.`;
      ui.customError.hidden = false;
      analysis = await analyzeAsync(text, { ...choiceOptions(), signal, onProgress });
    }
    showProgress('Showing the highlights…', null);
    await yieldToPage(); // after the task that got the analysis
    signal.throwIfAborted();
    await show(text, analysis, started, signal, keep);
  } catch (err) {
    if (signal.aborted) return; // cancelled, or replaced by a newer request: that one speaks
    stopJob();
    resetResults();
    showError(err?.code ? describeError(err) : `Could not display the analysis: ${err && err.message ? err.message : err}`);
    setStatus('');
    return;
  }
  if (job === controller) job = null;
  const focused = document.activeElement === ui.cancel;
  hideProgress();
  if (focused) ui.reading.focus({ preventScroll: true });
}

function analyseNow(text, started) {
  let analysis;
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
  try {
    show(text, analysis, started);
  } catch (err) {
    resetResults();
    showError(`Could not display the analysis: ${err && err.message ? err.message : err}`);
  }
}

function resetResults() {
  view = null;
  selected = null;
  ui.walk.hidden = true;
  ui.descs.replaceChildren();
  ui.results.hidden = true;
  ui.compare.hidden = true;
  ui.output.replaceChildren();
  ui.sources.replaceChildren();
}

/** Each highlight's own description (aria-describedby="d-<k>-<i>"), read by screen readers. */
function descriptions(v, pieces, k) {
  const fragment = document.createDocumentFragment();
  finish(descriptionSteps(fragment, v, pieces, k));
  return fragment;
}

/** The descriptions' walk, appending to `root`: it yields every few hundred. */
function* descriptionSteps(root, v, pieces, k) {
  for (let i = 0; i < pieces.length; i++) {
    if (!pieces[i].length) continue;
    const d = h('span', null, describeClaim(claimOf(v, i)));
    d.id = `d-${k}-${i}`;
    root.append(d);
    if (i % 256 === 0) yield;
  }
}

/** A document's analysis, as the reader corrected it, with its source groups and title. */
function makeView(text, raw, givenTitle) {
  const analysis = corr.applyCorrections(raw, text, store);
  const { groups, groupOf } = groupSources(analysis);
  return { text, analysis, groups, groupOf, givenTitle, title: documentTitle(text, analysis, givenTitle), key: optionsKey() };
}

/** Shows a new analysis of the document shown; `started` is when it was asked for (for the status). */
function show(text, analysis, started, signal, kept) {
  // The same article analysed again (a box ticked, sources edited), or another document of the
  // workspace shown, keeps the pair being compared.
  const keep = kept ?? ((view?.text === text || keepPair) && !ui.compare.hidden);
  keepPair = false;
  docs[active].text = text;
  docs[active].title = ui.docTitle.value;
  docs[active].view = makeView(text, analysis, ui.docTitle.value);
  return display(docs[active].view, started, keep, signal);
}

/**
 * Renders a document's view as the reading, its sources and the comparison. A long one is shown
 * a slice at a time (a promise, which rejects when `signal` aborts between two slices); a short
 * one at once.
 */
function display(v, started, keep, signal) {
  if (v.text.length <= LONG) {
    const { fragment, pieces } = renderArticle(v.text, v.analysis, v.groupOf, { prefix: `${active}-` });
    ui.output.lang = v.analysis.language || '';
    ui.output.dir = 'auto';
    ui.output.replaceChildren(fragment);
    ui.descs.replaceChildren(descriptions(v, pieces, active));
    finishDisplay(v, pieces, started, keep);
    return Promise.resolve();
  }
  return displayInSlices(v, started, keep, signal);
}

async function displayInSlices(v, started, keep, signal) {
  const pause = async () => {
    await yieldToPage();
    signal?.throwIfAborted();
  };
  const k = active;
  // Nothing reads the view while it is built: the highlights come before their view.
  view = null;
  await pause(); // after the view's making
  ui.results.hidden = false;
  // Before the slices: a language or direction set later would restyle every one of them.
  ui.output.lang = v.analysis.language || '';
  ui.output.dir = 'auto';
  ui.output.classList.add('long');
  ui.output.setAttribute('aria-busy', 'true');
  ui.output.replaceChildren();
  ui.descs.replaceChildren();
  let tenth = -1;
  const pieces = await inSlices(articleSteps(ui.output, v.text, v.analysis, v.groupOf, `${k}-`), pause, SLICE, (fraction) => {
    const now = Math.floor(fraction * 10);
    if (now !== tenth) setStatus(`Showing the highlights: ${10 * now}%…`);
    tenth = now;
    ui.progressBar.value = fraction;
  });
  await inSlices(descriptionSteps(ui.descs, v, pieces, k), pause, SLICE);
  await pause();
  finishDisplay(v, pieces, started, keep, { compareLater: true });
  ui.output.removeAttribute('aria-busy');
}

/** display's end, once the article and the descriptions are in. */
function finishDisplay(v, pieces, started, keep, { compareLater = false } = {}) {
  const pair = keep ? [ui.cmpA.value, ui.cmpB.value] : [];
  const { text, analysis, groups } = v;
  const byStart = (x, y) => analysis.attributions[x].content.start - analysis.attributions[y].content.start || x - y;
  const order = analysis.attributions.map((_, i) => i).filter((i) => pieces[i].length).sort(byStart);
  for (const g of groups) g.order = g.attributions.filter((i) => pieces[i].length).sort(byStart);
  view = Object.assign(v, { pieces, order });
  renderDocs();
  ui.readingTitle.textContent = docs.length > 1 ? `Document ${active + 1}: ${v.title}` : 'Article';
  setTarget(null);
  selected = null;
  ui.showAll.hidden = true;
  ui.output.classList.toggle('long', text.length > LONG);
  nav.reset();
  applyFilters();
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
      ...(started == null ? [] : [elapsed(started)]),
    ].join(' · '),
  );
  renderCompare(pair[0], pair[1], { later: compareLater });
  renderCorrections();
}

// ---------------------------------------------------------------------------------------------
// Corrections (kept by corrections.js, in localStorage only; the panel in corrpanel.js)

const store = corr.load();
let corrections = 0; // bumped at each change: every view made before is stale

/** The workspace's sources (every document), for the names offered and the merge selects. */
function workspaceGroups() {
  return joinGroups(docs.map((_, k) => ({ k, view: viewOf(k) })).filter((x) => x.view));
}

const corrPanel = correctionsPanel(ui, {
  store,
  view: () => view,
  groups: workspaceGroups,
  /** A correction made: every view is stale; the shown document is analysed again at once. */
  changed(message) {
    corrections++;
    saveBox();
    run(); // the shown document again (its other documents follow, in the comparison)
    corrPanel.render(message);
  },
});
const setTarget = corrPanel.setTarget;
const renderCorrections = () => corrPanel.render();

// ---------------------------------------------------------------------------------------------
// The workspace's documents

let keepPair = false;

/** What a view depends on besides the text: one made under other options or corrections is stale. */
function optionsKey() {
  return JSON.stringify([ui.custom.hidden ? '' : ui.customJson.value.trim(), choiceOptions(), corrections]);
}

/** A document's view, analysed now if it has none yet (or a stale one); null when empty or refused. */
function viewOf(k) {
  const doc = docs[k];
  if (k === active) return view;
  if (!doc.text.trim()) return null;
  if (fresh(doc)) return doc.view;
  let analysis;
  try {
    // The user's sources as for the document shown (their errors are said beside the box).
    const options = analyseOptions();
    try {
      analysis = ql.analyze(doc.text, { ...options, ...choiceOptions() });
    } catch (err) {
      if (!options || err?.code !== 'bad_options') throw err;
      analysis = ql.analyze(doc.text, choiceOptions());
    }
  } catch {
    doc.view = null;
    return null;
  }
  doc.view = makeView(doc.text, analysis, doc.title);
  return doc.view;
}

function renderDocs() {
  renderDocList(ui.docList, docs.map((d, k) => ({ title: k === active ? ui.docTitle.value || (view && view.title) || titleOf(d) : titleOf(d) })), active, {
    select: (k) => switchTo(k),
    remove: (k) => removeDocument(k),
  });
}

const titleOf = (d) => d.title || (d.view && d.view.title) || (d.text.trim() ? d.text.trim().split('\n')[0].slice(0, 60) : '');

/** Keeps what the box holds in the document shown. */
function saveBox() {
  if (!docs[active]) return;
  docs[active].text = ui.article.value;
  docs[active].title = ui.docTitle.value;
}

/** Whether a document's view was made from its text, title and the options now. */
const fresh = (doc) => Boolean(doc.view && doc.view.key === optionsKey() && doc.view.text === doc.text && doc.view.givenTitle === doc.title);

/** Shows document k: its text in the box, its reading (analysed again only when stale). */
function switchTo(k, then) {
  let shown;
  if (k !== active) {
    stopJob(); // a long job of the document left would show it over this one
    if (active >= 0) saveBox();
    hideTip();
    active = k;
    const doc = docs[k];
    ui.article.value = doc.text;
    ui.docTitle.value = doc.title;
    ui.notice.hidden = true;
    if (fresh(doc) && doc.text.length > LONG) {
      // Shown a slice at a time, as after its analysis: with the progress bar and Cancel.
      stopJob();
      const controller = (job = new AbortController());
      showProgress('Showing the highlights…', null);
      shown = display(doc.view, null, !ui.compare.hidden, controller.signal).then(
        () => job === controller && stopJob(),
        () => {},
      );
    } else if (fresh(doc)) {
      display(doc.view, null, !ui.compare.hidden);
    } else if (doc.text.trim()) {
      keepPair = true;
      run();
    } else {
      resetResults();
      setStatus('Paste an article, or load the example.');
      renderCompare(ui.cmpA.value, ui.cmpB.value);
    }
  }
  renderDocs();
  if (shown) shown.then(() => then?.());
  else then?.();
}

function addDocument() {
  saveBox();
  docs.push({ title: '', text: '', view: null });
  switchTo(docs.length - 1);
  ui.article.focus();
}

function removeDocument(k) {
  saveBox();
  docs.splice(k, 1);
  if (!docs.length) docs.push({ title: '', text: '', view: null });
  const next = Math.min(k < active ? active - 1 : active, docs.length - 1);
  // Force the shown document to be loaded again, even when its index stays the same.
  active = -1;
  view = null;
  switchTo(next);
  renderCompare(ui.cmpA.value, ui.cmpB.value);
}

ui.addDoc.addEventListener('click', addDocument);

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

/**
 * The sources of several documents as one list of groups (joined by key, counts added), for the
 * party choices: the shown document's number and colour win.
 */
function joinGroups(live) {
  const byKey = new Map();
  for (const { k, view: v } of live) {
    for (const g of v.groups) {
      let m = byKey.get(g.key);
      if (!m) byKey.set(g.key, (m = { key: g.key, id: g.id, name: g.name, side: g.side, kind: g.kind, resolved: g.resolved, colour: g.colour, n: null, count: 0 }));
      m.count += g.attributions.length;
      m.side ??= g.side;
      if (k === active) Object.assign(m, { n: g.n, colour: g.colour });
    }
  }
  return [...byKey.values()]
    .map((m) => ({ ...m, attributions: new Array(m.count).fill(0) }))
    .sort((x, y) => y.count - x.count || x.name.localeCompare(y.name));
}

/** The comparison over every document of the workspace. */
let compared = null; // { claim(i) } for the exports

/**
 * Renders the comparison panel for the pair a, b (or the default pair). `later`: only the choice
 * of the pair, with a button that compares (after a long article, whose comparison takes a good
 * part of a second on the page's thread).
 */
function renderCompare(a, b, { later = false } = {}) {
  comparison = null;
  compared = null;
  const live = docs.map((_, k) => ({ k, view: viewOf(k) })).filter((x) => x.view);
  if (!hasCompare || !live.length) {
    ui.compare.hidden = true;
    return;
  }
  // Across documents the comparison numbers attributions and sentences on from one document to
  // the next, and says where each starts (documents); one document is its own numbering.
  let starts = [{ attribution: 0, sentence: 0 }];
  const compareAll = (analyses, a, b) => {
    const c = ql.compare(analyses.length === 1 ? analyses[0] : analyses, a, b);
    starts = c.documents ?? [{ attribution: 0, sentence: 0 }];
    return c;
  };
  const locate = (n, field) => {
    for (let d = starts.length - 1; d >= 0; d--) if (starts[d][field] <= n) return { doc: d, index: n - starts[d][field] };
    return null;
  };
  const where = (i) => {
    const l = locate(i, 'attribution');
    return l && { k: live[l.doc].k, view: live[l.doc].view, i: l.index };
  };
  const claim = (i) => {
    const w = where(i);
    return { ...claimOf(w.view, w.i), documentNumber: w.k + 1 };
  };
  compared = { claim, multi: live.length > 1 };
  comparison = renderComparePanel(
    {
      ui,
      analysis: live.map((x) => x.view.analysis),
      groups: joinGroups(live),
      compare: compareAll,
      claim,
      multi: live.length > 1,
      later: later ? () => renderCompare(ui.cmpA.value, ui.cmpB.value) : null,
      href: (i) => {
        const w = where(i);
        return `#hl-${w.k}-${w.i}`;
      },
      focusAttribution: (i) => {
        const w = where(i);
        if (w) switchTo(w.k, () => focusAttribution(w.i));
      },
      focusSentence: (j) => {
        const l = locate(j, 'sentence');
        if (l) switchTo(live[l.doc].k, () => focusSentence(l.index));
      },
    },
    a,
    b,
  );
}

/** The claims of the comparison, in context, for the JSON export. */
function comparisonWithContext(cmp) {
  const claims = {};
  for (const p of [cmp.a, cmp.b]) for (const at of p.attributions) claims[at.index] = compared.claim(at.index);
  const documents = docs.map((d, k) => viewOf(k)?.title).filter(Boolean);
  return { document: documents.join(' · '), documents, comparison: cmp, claims };
}

ui.unsure.addEventListener('change', () => run());
ui.beliefs.addEventListener('change', () => run());
ui.cmpA.addEventListener('change', () => renderCompare(ui.cmpA.value, ui.cmpB.value));
ui.cmpB.addEventListener('change', () => renderCompare(ui.cmpA.value, ui.cmpB.value));
ui.exportJson.addEventListener('click', () => {
  if (comparison) download(`${fileStem(comparison)}.json`, 'application/json', JSON.stringify(comparisonWithContext(comparison), null, 2) + '\n');
});
ui.exportCsv.addEventListener('click', () => {
  if (comparison) download(`${fileStem(comparison)}.csv`, 'text/csv', toCSV(comparison, compared.claim));
});
ui.exportMd.addEventListener('click', () => {
  if (comparison) download(`${fileStem(comparison)}.md`, 'text/markdown', toMarkdown(comparison, compared.claim));
});
if (hasCompare) {
  ui.custom.hidden = false;
  ui.customJson.placeholder = '{"sides": {"hawks": ["Jane Doe", "military leaders"]}, "aliases": {"the palace": "Kremlin"}}';
  ui.customJson.addEventListener('change', () => {
    if (view) run();
  });
}

// ---------------------------------------------------------------------------------------------
// Export of the reading as one HTML file

const slug = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'article';

/** A document rendered apart from the page (no selection, no focus), for the export. */
function exportedDoc(k, v) {
  const { fragment, pieces } = renderArticle(v.text, v.analysis, v.groupOf, { prefix: `${k}-` });
  const output = h('div', `output${v.text.length > LONG ? ' long' : ''}`);
  output.lang = v.analysis.language || '';
  output.dir = 'auto';
  output.append(fragment);
  const descs = h('div');
  descs.hidden = true;
  descs.append(descriptions(v, pieces, k));
  const sources = v.groups.map((g) => {
    const meta = [g.side, g.kind, g.resolved ? null : 'unresolved', g.affiliation].filter(Boolean).join(' · ');
    return { n: g.n, name: g.name, count: g.attributions.length, meta, colour: g.colour };
  });
  return { title: docs.length > 1 ? `${k + 1}. ${v.title}` : v.title, output, descriptions: descs, sources };
}

ui.exportHtml.addEventListener('click', () => {
  saveBox();
  const live = docs.map((_, k) => ({ k, view: viewOf(k) })).filter((x) => x.view);
  if (!live.length) return;
  hideTip();
  const name = live.length === 1 ? live[0].view.title : `${live[0].view.title} and ${plural(live.length - 1, 'other document')}`;
  const html = exportReading({
    title: `${name} — quotelens reading`,
    docs: live.map(({ k, view: v }) => exportedDoc(k, v)),
    key: ui.key,
    compare: comparison ? ui.cmpBody : null,
    compareTitle: comparison ? `Comparison: ${comparison.a.name} and ${comparison.b.name}` : null,
  });
  download(`quotelens-${slug(name)}.html`, 'text/html', html);
});

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
ui.docTitle.addEventListener('change', () => {
  docs[active].title = ui.docTitle.value;
  if (view) run();
  else renderDocs();
});
setupIntake({
  zone: ui.intake,
  textarea: ui.article,
  picker: ui.file,
  openButton: ui.openFile,
  /**
   * New text (from a file, a drop or converted HTML): say what happened, analyse it. A file
   * opened while the box holds an article becomes a new document of the workspace.
   */
  onText({ text, title, note, file }) {
    if (file && ui.article.value.trim()) addDocument();
    if (title && !ui.docTitle.value.trim()) ui.docTitle.value = title;
    ui.notice.textContent = note ?? '';
    ui.notice.hidden = !note;
    if (text != null) ui.article.value = text;
    run();
  },
  onError: (message) => showError(message),
});
ui.clear.addEventListener('click', () => {
  stopJob();
  ui.article.value = '';
  ui.docTitle.value = '';
  ui.notice.hidden = true;
  hideError();
  hideTip();
  saveBox();
  docs[active].view = null;
  resetResults();
  renderDocs();
  renderCompare();
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
    renderDocs();
    if (ui.article.value.trim()) run();
  } catch (err) {
    setStatus('');
    showError(`Could not load the analyser: ${err && err.message ? err.message : err}. Serve this page over HTTP (npm start).`);
  }
}

// The offline cache: after one visit, the page, the analyser and the example load with no network.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register(new URL('sw.js', import.meta.url), { type: 'classic' }).catch(() => {});
}

main();
