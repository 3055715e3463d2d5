// The details tooltip of a highlight, on hover and on keyboard focus: its source, the speaker as
// written, cue, kind, confidence, sentence and document. It is visual only (aria-hidden): screen
// readers hear each highlight's own description (aria-describedby) instead, so that in browse
// mode every highlight names its own speaker.
import { h } from './render.js';
import { claimOf, percent } from './claims.js';

/** tip: the tooltip element; output: the article; view() → the document shown (or null). */
export function detailsTooltip(tip, output, view) {
  let tipFor = null;
  let tipTarget = null;
  let tipTimer = 0;

  function fill(v, i) {
    const c = claimOf(v, i);
    const g = v.groupOf[i];
    tip.replaceChildren();
    const head = h('div', 'tip-head');
    head.append(h('span', `swatch num ${g.colour}`, String(g.n)), h('strong', null, g.name));
    if (g.side) head.append(h('span', 'pill', g.side));
    tip.append(head);
    const dl = h('dl');
    const row = (label, value, className) => {
      dl.append(h('dt', null, label), h('dd', className, value));
    };
    row('Speaker', c.speaker ?? '— (not named in this sentence)', 'tip-speaker');
    row('Cue', c.cue ? `${c.cue} (${c.cueClass})` : `— (${c.cueClass})`, 'tip-cue');
    row('Kind', c.kind, 'tip-kind');
    row('Confidence', percent(c.confidence), 'tip-confidence');
    if (c.via) row('Via', c.via, 'tip-via');
    if (g.affiliation) row('Affiliation', g.affiliation);
    row('Sourcing', c.sourcing);
    if (c.corrected) row('Correction', 'source set by you', 'tip-corrected');
    row('Sentence', c.sentence.length > 240 ? `${c.sentence.slice(0, 239)}…` : c.sentence, 'tip-sentence');
    row('Document', c.document, 'tip-document');
    tip.append(dl);
  }

  function show(target) {
    clearTimeout(tipTimer);
    const v = view();
    const i = Number(target.dataset.attr);
    if (!v || !v.analysis.attributions[i]) return;
    tipTarget = target;
    if (tipFor !== i) {
      if (tipFor != null) for (const p of v.pieces[tipFor] ?? []) p.classList.remove('hot');
      tipFor = i;
      fill(v, i);
      for (const p of v.pieces[i]) p.classList.add('hot');
    }
    tip.hidden = false;
    const rect = target.getClientRects()[0] ?? target.getBoundingClientRect();
    const tw = tip.offsetWidth;
    const th = tip.offsetHeight;
    let top = rect.bottom + 6;
    if (top + th > window.innerHeight - 8) top = Math.max(8, rect.top - th - 6);
    const left = Math.min(Math.max(8, rect.left), Math.max(8, window.innerWidth - tw - 8));
    tip.style.top = `${top}px`;
    tip.style.left = `${left}px`;
  }

  function hide() {
    clearTimeout(tipTimer);
    tip.hidden = true;
    const v = view();
    if (tipFor != null && v) for (const p of v.pieces?.[tipFor] ?? []) p.classList.remove('hot');
    tipFor = null;
    tipTarget = null;
  }

  function hideSoon() {
    clearTimeout(tipTimer);
    tipTimer = setTimeout(hide, 150);
  }

  output.addEventListener('mouseover', (e) => {
    const t = e.target.closest?.('mark.attr');
    if (t) show(t);
  });
  output.addEventListener('mouseout', (e) => {
    const t = e.target.closest?.('mark.attr');
    if (t && !(e.relatedTarget && t.contains(e.relatedTarget))) hideSoon();
  });
  output.addEventListener('focusin', (e) => {
    const t = e.target.closest?.('mark.attr');
    if (t) show(t);
  });
  output.addEventListener('focusout', () => hide());
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !tip.hidden) hide();
  });
  // The tooltip follows its highlight when the page scrolls.
  window.addEventListener('scroll', () => {
    if (!tip.hidden && tipTarget?.isConnected) show(tipTarget);
  }, { passive: true });

  return { hide };
}
