// Getting articles in: a web page pasted as HTML (text/html only on the clipboard), a page's raw
// source pasted as text, a .html file dropped on the box, a .txt file opened with the picker.
// Each is analysed, keeps its paragraphs, headings and captions, and runs none of its scripts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, waitForOutput } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

const page_html = `<!doctype html>
<html><head><title>Lighthouse keepers | The Coast Gazette</title>
<style>body { display: none }</style>
<script>window.__pwned = 1</script></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <button>Subscribe now</button></nav>
<article>
<h1>Lighthouse keepers return to <em>Skerry Point</em></h1>
<p>The coastal trust said on Friday that two keepers would live at the light again from May.</p>
<figure><img src="x" onerror="window.__pwned = 1" alt=""><figcaption>The Skerry Point light, photographed in 1931.</figcaption></figure>
<p>"A light with people in it is a safer light," trust director Owen Marsh said.</p>
<h2>Costs</h2>
<p>Fishermen's association secretary Lena Berg said the plan would cost less than the trust feared.<br>She called it "overdue".</p>
<script>document.body.append("injected text")</script>
</article>
<footer>© The Coast Gazette</footer>
</body></html>`;

/** What a reader should find in the converted text, paragraph by paragraph. */
const expectedParagraphs = [
  'Lighthouse keepers return to Skerry Point',
  'The coastal trust said on Friday that two keepers would live at the light again from May.',
  'The Skerry Point light, photographed in 1931.',
  '"A light with people in it is a safer light," trust director Owen Marsh said.',
  'Costs',
  'Fishermen\'s association secretary Lena Berg said the plan would cost less than the trust feared.\nShe called it "overdue".',
];

/** Checks the box, the analysis shown, the title and that nothing of the page ran. */
async function checkConverted(page, { title }) {
  await page.waitForFunction(() => document.querySelector('#article').value.includes('Skerry'), null, { timeout: 5000 });
  const value = await page.inputValue('#article');
  const paragraphs = value.trim().split(/\n\n/);
  assert.deepEqual(paragraphs, expectedParagraphs, `converted text:\n${value}`);
  for (const junk of ['Subscribe', 'Home', 'injected text', 'window.__pwned', 'display: none']) assert.ok(!value.includes(junk), `“${junk}” came through`);
  await waitForOutput(page, value);
  const speakers = await page.$$eval('#output .spk', (s) => s.map((x) => x.textContent));
  assert.ok(speakers.some((s) => s.includes('Owen Marsh')), `speakers: ${speakers.join(', ')}`);
  assert.equal(await page.inputValue('#doc-title'), title);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a script of the pasted page ran');
}

test('a web page pasted as HTML (no plain text on the clipboard) is analysed as its text', async () => {
  const { page, problems } = await openPage(env);
  await page.evaluate((html) => navigator.clipboard.write([new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }) })]), page_html);
  // Chromium's clipboard sanitiser parses the HTML in the page as it is written, and reports its
  // handler and <style> as CSP violations: that is the test's copying, not the page's paste.
  const copying = problems.splice(0).filter((p) => !/Content Security Policy/.test(p));
  assert.deepEqual(copying, []);
  await page.focus('#article');
  await page.keyboard.press('Control+V');
  await checkConverted(page, { title: 'Lighthouse keepers return to Skerry Point' });
  assert.match(await page.textContent('#notice'), /web page/);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('a page’s raw source pasted as text is recognised and converted', async () => {
  const { page, problems } = await openPage(env);
  await page.evaluate((html) => navigator.clipboard.writeText(html), page_html);
  await page.focus('#article');
  await page.keyboard.press('Control+V');
  await checkConverted(page, { title: 'Lighthouse keepers return to Skerry Point' });
  assert.match(await page.textContent('#notice'), /HTML source/);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('an .html file dropped on the box is opened and analysed', async () => {
  const { page, problems } = await openPage(env);
  const dataTransfer = await page.evaluateHandle((html) => {
    const dt = new DataTransfer();
    dt.items.add(new File([html], 'skerry.html', { type: 'text/html' }));
    return dt;
  }, page_html);
  await page.dispatchEvent('#article', 'dragenter', { dataTransfer });
  await page.dispatchEvent('#article', 'dragover', { dataTransfer });
  await page.dispatchEvent('#article', 'drop', { dataTransfer });
  await checkConverted(page, { title: 'Lighthouse keepers return to Skerry Point' });
  assert.match(await page.textContent('#notice'), /skerry\.html/);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('a .txt file opened with the picker is analysed as it is, named after the file', async () => {
  const { page, problems } = await openPage(env);
  const text = 'Bridge repairs delayed\n\n"The steel arrived late," site manager Carla Mendes said.\n';
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#open-file')]);
  await chooser.setFiles({ name: 'bridge-repairs.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await waitForOutput(page, text);
  assert.equal(await page.inputValue('#article'), text);
  assert.equal(await page.inputValue('#doc-title'), 'bridge-repairs');
  assert.ok((await page.$$eval('#output .spk', (s) => s.map((x) => x.textContent))).some((s) => s.includes('Carla Mendes')));
  assert.deepEqual(problems, []);
  await page.context().close();
});
