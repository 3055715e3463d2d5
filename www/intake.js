// Getting an article into the box: the file picker, a file dropped on the input area, and a paste
// of HTML (a web page copied, or its raw source pasted as text), converted to its text by
// htmltext.js. Files are read locally (File.text()); nothing is uploaded.
import { htmlToText, looksLikeHtmlSource, hasStructure } from './htmltext.js';

const isHtmlFile = (file) => /\.html?$/i.test(file.name) || file.type === 'text/html';
const stem = (name) => name.replace(/\.[^.]+$/, '');

/** Reads a .txt or .html file: { text, title, note }. */
export async function readArticleFile(file) {
  const raw = await file.text();
  if (isHtmlFile(file) || looksLikeHtmlSource(raw)) {
    const { title, text } = htmlToText(raw);
    return { text, title: title || stem(file.name), note: `Opened ${file.name}: the text of this HTML page (its markup and scripts are left out).`, file: true };
  }
  return { text: raw, title: stem(file.name), note: `Opened ${file.name}.`, file: true };
}

/**
 * Wires the picker, drag and drop and HTML paste. opts: { zone, textarea, picker, openButton,
 * onText({ text, title, note }) (text null: the box already holds it), onError(message) }.
 */
export function setupIntake({ zone, textarea, picker, openButton, onText, onError }) {
  // Several files: each its own document, in the order given.
  const open = async (files) => {
    for (const file of files) {
      try {
        onText(await readArticleFile(file));
      } catch (err) {
        onError(`Could not read ${file.name}: ${err && err.message ? err.message : err}`);
      }
    }
  };

  openButton.addEventListener('click', () => picker.click());
  picker.addEventListener('change', () => {
    const files = [...(picker.files ?? [])];
    picker.value = '';
    open(files);
  });

  const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  zone.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    zone.classList.add('dropping');
  });
  zone.addEventListener('dragleave', (e) => {
    if (!zone.contains(e.relatedTarget)) zone.classList.remove('dropping');
  });
  zone.addEventListener('drop', (e) => {
    zone.classList.remove('dropping');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (!files.length) return; // dropped text: the text box takes it as usual
    e.preventDefault();
    open(files);
  });

  // HTML on the clipboard: a copied web page (text/html, possibly with no plain text at all), or
  // a page's source pasted as plain text. Either becomes the page's text, inserted at the caret.
  textarea.addEventListener('paste', (e) => {
    const data = e.clipboardData;
    if (!data) return;
    const html = data.getData('text/html');
    const plain = data.getData('text/plain');
    let converted = null;
    let note = null;
    if (html && (hasStructure(html) || !plain.trim())) {
      converted = htmlToText(html);
      note = 'Pasted from a web page: its text, with paragraphs, headings and captions (its markup and scripts are left out).';
    } else if (plain && looksLikeHtmlSource(plain)) {
      converted = htmlToText(plain);
      note = 'This looked like a page’s HTML source: it was converted to the page’s text.';
    }
    if (!converted || !converted.text.trim()) return;
    e.preventDefault();
    textarea.setRangeText(converted.text, textarea.selectionStart, textarea.selectionEnd, 'end');
    onText({ text: null, title: converted.title, note });
  });
}
