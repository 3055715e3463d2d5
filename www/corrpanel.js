// The corrections panel: the statement to correct (the highlight focused or clicked last), its
// removal or reassignment, the merge of two sources, the count and Clear. What it does is kept
// by corrections.js; the page analyses again after each change (ctx.changed).
import * as corr from './corrections.js';
import { claimOf } from './claims.js';

const plural = (n, one) => `${n} ${n === 1 ? one : `${one}s`}`;

/** A source to give statements to, from a group of the workspace. */
const sourceOfGroup = (g) => (g.resolved && g.id ? { id: g.id, name: g.name, kind: g.kind ?? null, side: g.side ?? null } : corr.newSource(g.name));

/**
 * ui: the page's elements (corr*, output). ctx: { store, view() → the document shown,
 * groups() → the workspace's source groups, changed(message) }. Returns { setTarget(i), render(message?) }.
 */
export function correctionsPanel(ui, ctx) {
  const { store } = ctx;
  let target = null; // attribution index in the document shown

  function setTarget(i) {
    const view = ctx.view();
    target = i != null && view?.analysis.attributions[i] ? i : null;
    ui.corrReject.disabled = ui.corrAssign.disabled = target == null;
    if (target == null) {
      ui.corrTarget.textContent = 'Focus or click a highlight to correct it.';
      return;
    }
    const c = claimOf(view, target);
    const clipped = c.content.length > 90 ? `${c.content.slice(0, 89)}…` : c.content;
    // A quotation keeps its own marks; reported words get ours.
    const shown = /^["“”«»„'‘’「『‹]/.test(clipped) ? clipped : `“${clipped}”`;
    ui.corrTarget.textContent = `Statement: ${shown}, now given to ${c.source ?? 'an unknown speaker'}.`;
  }

  function render(message) {
    const groups = ctx.groups();
    ui.corrNames.replaceChildren(...groups.map((g) => Object.assign(document.createElement('option'), { value: g.name })));
    for (const [select, pick] of [[ui.corrFrom, 1], [ui.corrInto, 0]]) {
      const value = select.value;
      select.replaceChildren(...groups.map((g) => Object.assign(document.createElement('option'), { value: g.key, textContent: `${g.name} (${g.count})` })));
      select.value = groups.some((g) => g.key === value) ? value : groups[Math.min(pick, groups.length - 1)]?.key ?? '';
    }
    // Never offer a source merged into itself.
    if (ui.corrFrom.value === ui.corrInto.value) ui.corrFrom.value = groups.find((g) => g.key !== ui.corrInto.value)?.key ?? '';
    ui.corrMerge.disabled = groups.length < 2;
    const n = corr.count(store);
    const counted = n ? `${plural(n, 'correction')} kept in this browser.` : 'No corrections.';
    ui.corrCount.textContent = message ? `${message} ${counted}` : counted;
    ui.corrClear.hidden = n === 0;
  }

  ui.output.addEventListener('focusin', (e) => {
    const m = e.target.closest?.('mark.attr');
    if (m) setTarget(Number(m.dataset.attr));
  });
  ui.corrReject.addEventListener('click', () => {
    const view = ctx.view();
    if (target == null || !view) return;
    corr.reject(store, view.text, view.analysis.attributions[target]);
    ctx.changed('Removed.');
  });
  ui.corrAssign.addEventListener('click', () => {
    const view = ctx.view();
    const name = ui.corrSource.value.replace(/\s+/g, ' ').trim();
    if (target == null || !view || !name) return;
    const known = ctx.groups().find((g) => g.name.toLowerCase() === name.toLowerCase());
    corr.move(store, view.text, view.analysis.attributions[target], known ? sourceOfGroup(known) : corr.newSource(name));
    ui.corrSource.value = '';
    ctx.changed(`Given to ${known ? known.name : name}.`);
  });
  ui.corrMerge.addEventListener('click', () => {
    const groups = ctx.groups();
    const from = groups.find((g) => g.key === ui.corrFrom.value);
    const into = groups.find((g) => g.key === ui.corrInto.value);
    if (!from || !into || from.key === into.key) return;
    const to = sourceOfGroup(into);
    corr.merge(store, from.key, to);
    // An unresolved source merged into is given a source of its own, its statements with it.
    if (!into.resolved) corr.merge(store, into.key, to);
    ctx.changed(`${from.name} merged into ${into.name}.`);
  });
  ui.corrClear.addEventListener('click', () => {
    corr.clear(store);
    ctx.changed('Corrections cleared.');
  });

  return { setTarget, render };
}
