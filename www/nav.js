// Keyboard navigation inside the article: the article is one tab stop (a roving tabindex: the
// current highlight has tabindex 0, every other -1), and the arrow keys move between highlights.
// With a source selected, the arrows (and the Previous/Next buttons) step through that source's
// statements only. Home and End go to the first and the last.

/**
 * output: the article element. ctx: { order() → attribution indices in reading order (already
 * narrowed to the selected source, if any), first(i) → the focusable element of attribution i,
 * onMove(i) }.
 */
export function articleNavigator(output, ctx) {
  let current = null;

  function setCurrent(i) {
    if (current != null) {
      const old = ctx.first(current);
      if (old) old.tabIndex = -1;
    }
    current = i;
    const el = i == null ? null : ctx.first(i);
    if (el) el.tabIndex = 0;
  }

  function focus(i) {
    setCurrent(i);
    const el = ctx.first(i);
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    el.focus({ preventScroll: true });
    ctx.onMove?.(i);
  }

  /** Moves by step (+1 / -1) in the current order, wrapping around. */
  function step(by) {
    const order = ctx.order();
    if (!order.length) return;
    const k = order.indexOf(current);
    const next = k < 0 ? (by > 0 ? 0 : order.length - 1) : (k + by + order.length) % order.length;
    focus(order[next]);
  }

  output.addEventListener('keydown', (e) => {
    if (!e.target.closest?.('mark.attr') || e.altKey || e.ctrlKey || e.metaKey) return;
    const order = ctx.order();
    const moves = {
      ArrowRight: () => step(1),
      ArrowDown: () => step(1),
      ArrowLeft: () => step(-1),
      ArrowUp: () => step(-1),
      Home: () => order.length && focus(order[0]),
      End: () => order.length && focus(order[order.length - 1]),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    move();
  });
  // A click (or a link from the comparison) that focuses a highlight makes it the current one.
  output.addEventListener('focusin', (e) => {
    const m = e.target.closest?.('mark.attr');
    if (m && !m.classList.contains('cont')) setCurrent(Number(m.dataset.attr));
  });

  return {
    /** After a new rendering: the first highlight in reading order is the tab stop. */
    reset() {
      const order = ctx.order();
      setCurrent(order.length ? order[0] : null);
    },
    focus,
    step,
    get current() {
      return current;
    },
  };
}
