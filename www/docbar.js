// The workspace's document list: one button per document (the one shown is aria-current), a
// Remove button beside each, and Add document. Titles come in through textContent.
import { h } from './render.js';

/**
 * Renders the list into `list`. docs: [{ title }]; active: the index shown; on: { select(k),
 * remove(k) }.
 */
export function renderDocList(list, docs, active, on) {
  list.replaceChildren();
  docs.forEach((doc, k) => {
    const li = h('li', 'doc-item');
    const name = doc.title || 'Untitled';
    const open = h('button', 'doc-open', `${k + 1}. ${name}`);
    open.type = 'button';
    open.dataset.doc = k;
    if (k === active) open.setAttribute('aria-current', 'true');
    open.addEventListener('click', () => on.select(k));
    const remove = h('button', 'doc-remove', '×');
    remove.type = 'button';
    remove.setAttribute('aria-label', `Remove document ${k + 1}: ${name}`);
    remove.title = 'Remove this document';
    remove.addEventListener('click', () => on.remove(k));
    li.append(open, remove);
    list.append(li);
  });
}
