// HTML to article text: a pasted web page (text/html on the clipboard), a dropped or picked .html
// file, or raw page source pasted as text. The HTML is parsed by DOMParser, whose documents have
// no browsing context: their scripts never run and their images and styles are never fetched.
// Nothing parsed here is ever put into the page; only the text that comes out is.

/** Elements whose content is not article text. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'X-STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'HEAD',
  'NAV', 'FORM', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'AUDIO', 'VIDEO', 'MATH', 'DIALOG',
]);

/** Elements that end a paragraph (their text stands apart from what is around them). */
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'DL', 'DT',
  'DD', 'PRE', 'ADDRESS', 'HR', 'CAPTION', 'BODY', 'HGROUP', 'DETAILS', 'SUMMARY', 'CENTER',
]);

/**
 * Renames inline event handlers, style attributes and <style> elements before parsing. Nothing in
 * a parsed document would run or apply anyway; but a parsed document inherits the page's
 * Content-Security-Policy, and Chromium reports each handler and style it meets as a violation in
 * the console. (A tag this regex misreads only brings the console message back.)
 */
function quiet(html) {
  return html
    .replace(/<(\/?)style\b/gi, '<$1x-style')
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)(on[a-z]+|style)(\s*=)/gi, '$1data-x-$2$3'));
}

/** Pasted plain text that is really a page's source. */
export function looksLikeHtmlSource(text) {
  const head = text.slice(0, 2000).trimStart();
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<\?xml[^>]*>\s*<html)/i.test(head)) return true;
  // Markup-heavy text: many block tags, and most of the text inside tags.
  const tags = text.match(/<\/?(?:p|div|span|a|li|h[1-6]|meta|script|br|article|section)\b[^>]*>/gi) ?? [];
  const inTags = tags.reduce((n, t) => n + t.length, 0);
  return tags.length >= 12 && inTags > text.length * 0.25;
}

/** Clipboard HTML worth converting: it has paragraph structure (not just styled lines). */
export function hasStructure(html) {
  return /<(?:p|h[1-6]|li|figcaption|blockquote|article)[\s>]/i.test(html);
}

/**
 * Converts HTML to text: paragraphs, headings, list items and captions each become a paragraph
 * (separated by a blank line), <br> a line break, other whitespace is collapsed. When the page
 * has an <article>, that is the text (with the page's <h1> before it if it lies outside).
 * Returns { title, text }.
 */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(quiet(html), 'text/html');
  const body = doc.body ?? doc.documentElement;
  const h1 = doc.querySelector('h1');
  const articles = [...doc.querySelectorAll('article')].sort((x, y) => y.textContent.length - x.textContent.length);
  let roots = [body];
  if (articles[0] && articles[0].textContent.trim().length >= 200) {
    roots = h1 && !articles[0].contains(h1) ? [h1, articles[0]] : [articles[0]];
  }
  const paragraphs = [];
  let line = '';
  let lines = [];
  const flush = () => {
    lines.push(line);
    const p = lines.map((l) => l.replace(/[ \t\f\r\n\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n');
    if (p) paragraphs.push(p);
    line = '';
    lines = [];
  };
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.data;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const tag = node.tagName.toUpperCase();
    if (SKIP.has(tag) || node.hidden || node.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'BR') {
      lines.push(line);
      line = '';
      return;
    }
    if (tag === 'PRE') {
      flush();
      paragraphs.push(node.textContent.replace(/^\n|\s+$/g, ''));
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (tag === 'TD' || tag === 'TH') line += ' ';
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  for (const r of roots) walk(r);
  flush();
  const title = (h1?.textContent || doc.title || '').replace(/\s+/g, ' ').trim();
  return { title, text: paragraphs.join('\n\n') + (paragraphs.length ? '\n' : '') };
}
