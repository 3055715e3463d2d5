// Export of the reading as one self-contained HTML file: the highlighted article(s), the sources
// with their numbers, the key and the comparison, styled by the page's own stylesheet copied in.
// It needs no script (its Content-Security-Policy allows none) and loads nothing: this is how a
// reading is shared without uploading anything.
//
// Safety: the file is built as a DOM (clones of the page's own nodes, whose text came in through
// textContent, and new nodes filled through textContent) and serialised by the browser, which
// escapes every text node and attribute value. No string of article text is ever concatenated
// into markup.

/** The page's stylesheet rules, as text (same-origin sheets only). */
function pageCSS() {
  const out = [];
  for (const sheet of document.styleSheets) {
    let rules;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const r of rules) out.push(r.cssText);
  }
  return out.join('\n');
}

const EXPORT_CSS = `
body { background: var(--paper); }
.exported { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
.exported .doc { margin-bottom: 2rem; }
.exported .sources li { display: flex; align-items: center; gap: 0.5rem; }
.exported mark.attr { cursor: auto; }
`;

/**
 * Builds the file. docs: [{ title, output (the rendered article element), descriptions (element
 * with the d-<i> descriptions), sources: [{ n, name, count, meta, colour }] }]; key: the key
 * element; compare: the comparison body element or null; title: the file's title.
 * Returns the HTML text.
 */
export function exportReading({ title, docs, key, compare, compareTitle }) {
  const out = document.implementation.createHTMLDocument('');
  const el = (tag, className, text) => {
    const n = out.createElement(tag);
    if (className) n.className = className;
    if (text != null) n.textContent = text;
    return n;
  };
  out.documentElement.lang = 'en';
  const head = out.head;
  const charset = el('meta');
  charset.setAttribute('charset', 'utf-8');
  head.prepend(charset);
  const csp = el('meta');
  csp.httpEquiv = 'Content-Security-Policy';
  csp.content = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  head.append(csp);
  const viewport = el('meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  head.append(viewport);
  out.title = title;

  const main = el('main', 'exported');
  main.append(el('h1', null, title));
  main.append(el('p', 'muted small', `Exported from quotelens on ${new Date().toISOString().slice(0, 10)}. Highlights show what sources said; hover one (or read its description) for speaker, cue, kind and confidence.`));

  for (const d of docs) {
    const section = el('section', 'doc reading');
    section.append(el('h2', null, d.title));
    const article = out.importNode(d.output, true);
    article.removeAttribute('id');
    article.classList.remove('filtering');
    for (const n of article.querySelectorAll('[tabindex]')) n.removeAttribute('tabindex');
    for (const n of article.querySelectorAll('.hot, .selected')) n.classList.remove('hot', 'selected');
    // Without a script there is no tooltip: the highlight's own description is its title.
    for (const m of article.querySelectorAll('mark.attr[aria-describedby]')) {
      const desc = d.descriptions.querySelector(`#${CSS.escape(m.getAttribute('aria-describedby'))}`);
      if (desc) m.title = desc.textContent;
    }
    section.append(article, out.importNode(d.descriptions, true));

    section.append(el('h3', null, 'Sources'));
    const list = el('ol', 'sources');
    for (const s of d.sources) {
      const li = el('li', s.colour);
      li.append(el('span', 'swatch num', String(s.n)), el('strong', null, s.name), el('span', 'muted small', `${s.count} ${s.count === 1 ? 'statement' : 'statements'}${s.meta ? ` · ${s.meta}` : ''}`));
      list.append(li);
    }
    if (!d.sources.length) list.append(el('li', 'muted', 'No attributed statements found.'));
    section.append(list);
    main.append(section);
  }

  main.append(el('h2', null, 'Key'));
  main.append(out.importNode(key, true));

  if (compare) {
    const section = el('section', 'compare');
    section.append(el('h2', null, compareTitle || 'Comparison'));
    const body = out.importNode(compare, true);
    body.removeAttribute('id');
    section.append(body);
    main.append(section);
  }
  out.body.append(main);
  // The stylesheet goes in as text at the end of <head>: a <style> element built in this document
  // would be checked against the page's CSP (which the document inherits) and reported. It is the
  // page's own CSS, never article text; "</style" is neutralised all the same.
  const css = (pageCSS() + EXPORT_CSS).replace(/<\/style/gi, '<\\/style');
  const markup = out.documentElement.outerHTML.replace("</head>", () => `<style>\n${css}\n</style></head>`);
  return `<!doctype html>\n${markup}\n`;
}
