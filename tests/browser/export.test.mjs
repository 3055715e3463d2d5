// Export of the reading: the downloaded HTML file, opened with JavaScript off, shows the article
// word for word with its highlights (each titled with its own speaker), the numbered sources, the
// key and the comparison, and loads nothing. And the print stylesheet leaves the controls out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setup, openPage, paste, waitForOutput, analyzeInNode, PAGE_OPTIONS, ORCHARD_ARTICLE, root } from './helpers.mjs';

const text = ORCHARD_ARTICLE;

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

test('the exported HTML file, opened with JavaScript off, holds the whole reading', async () => {
  const { page, problems } = await openPage(env);
  const analysis = await analyzeInNode(text, PAGE_OPTIONS);
  await page.fill('#doc-title', 'Summer rationing <b>draft</b>');
  await paste(page, text);
  await waitForOutput(page, text);
  await page.locator('#compare').waitFor({ state: 'visible', timeout: 5000 });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 5000 }), page.click('#export-html')]);
  assert.match(download.suggestedFilename(), /^quotelens-summer-rationing-b-draft-b\.html$/);
  const html = readFileSync(await download.path(), 'utf8');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ql-export-')), 'reading.html');
  writeFileSync(file, html);

  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const exported = await context.newPage();
  const requests = [];
  exported.on('request', (r) => requests.push(r.url()));
  await exported.goto(pathToFileURL(file).href);

  // Word for word, with every highlight, and nothing that would run.
  assert.equal(await exported.$eval('.doc .output', (o) => o.textContent), text);
  assert.equal(await exported.locator('script').count(), 0);
  assert.equal(await exported.locator('.doc .output b').count(), 0, 'the title became markup');
  assert.equal(await exported.title(), 'Summer rationing <b>draft</b> — quotelens reading');
  assert.equal(await exported.locator('h1').textContent(), 'Summer rationing <b>draft</b> — quotelens reading');
  const marks = await exported.$$eval('.doc mark.attr:not(.cont)', (ms) => ms.map((m) => ({ i: Number(m.dataset.attr), title: m.title, bg: getComputedStyle(m).backgroundImage + getComputedStyle(m).backgroundColor })));
  assert.equal(marks.length, analysis.attributions.length);
  for (const m of marks) {
    const a = analysis.attributions[m.i];
    if (a.speaker) assert.ok(m.title.includes(a.speaker.text), `highlight ${m.i} titled: ${m.title}`);
    assert.ok(m.title.includes(`${Math.round(a.confidence * 100)}%`), m.title);
    assert.notEqual(m.bg, 'nonergba(0, 0, 0, 0)', 'the page’s styles did not come along');
  }
  // The numbered sources and the comparison, with each claim's sentence.
  const sources = await exported.$$eval('.doc ol.sources li', (ls) => ls.map((l) => l.textContent));
  assert.ok(sources.some((s) => /^1.*(Barros|Haddad)/.test(s)), sources.join(' | '));
  const claims = await exported.$$eval('.compare .cmp-claims li', (ls) => ls.map((l) => l.textContent));
  assert.ok(claims.length >= 2, claims.join(' | '));
  assert.ok(claims.some((c) => c.includes('Haddad told a public meeting')), `a claim with its sentence: ${claims.join(' | ')}`);
  // A link in the comparison leads to its highlight, inside the file.
  const href = await exported.$eval('.compare .cmp-claims a', (a) => a.getAttribute('href'));
  assert.match(href, /^#hl-\d+-\d+$/);
  assert.equal(await exported.locator(href).count(), 1);
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), []);
  await exported.screenshot({ path: path.join(path.dirname(file), 'export.png'), fullPage: true });
  await context.close();

  // Accessible as the page is: axe-core finds nothing (injected, so scripts and CSP allowed here).
  const checking = await env.browser.newContext({ bypassCSP: true });
  const checked = await checking.newPage();
  await checked.setContent(html);
  await checked.addScriptTag({ content: readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8') });
  const violations = await checked.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.help}`));
  assert.deepEqual(violations, []);
  await checking.close();
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('printing shows the reading, sources and comparison, not the controls', async () => {
  const { page, problems } = await openPage(env);
  await paste(page, text);
  await waitForOutput(page, text);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['#intake', '#export-html', '#cmp-a', '.exports', '#custom']) assert.ok(await page.locator(hidden).isHidden(), `${hidden} is printed`);
  for (const shown of ['#output', '#sources', '#cmp-body']) assert.ok(await page.locator(shown).isVisible(), `${shown} is not printed`);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000);
  assert.deepEqual(problems, []);
  await page.context().close();
});
