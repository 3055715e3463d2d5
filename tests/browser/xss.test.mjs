// Pasted markup is text: it shows literally, creates no element and runs nothing. The first run
// bypasses the page's Content-Security-Policy, so that the rendering alone is on trial; the second
// keeps it, as users get it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, paste, waitForOutput } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

const payload = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"<img src=x onerror=window.__pwned=1>," he said.',
  '"We deny it," said <img src=x onerror=window.__pwned=1> spokesman <b onmouseover="window.__pwned=1">Bob Stone</b>.',
  'Officials said <svg onload="window.__pwned=1"></svg> the <iframe srcdoc="<script>parent.__pwned=1</script>"></iframe> talks "<script>window.__pwned=1</script>" were over.',
  'The minister called it "&lt;b&gt;fine&lt;/b&gt; <a href=javascript:window.__pwned=1>here</a>", according to <style>body{display:none}</style> state media.',
].join('\n\n');

const MARKUP = 'img, script, svg, iframe, object, embed, b, a, style, link, meta, form, input';

for (const bypassCSP of [true, false]) {
  test(`pasted HTML is shown as text and nothing runs (${bypassCSP ? 'CSP bypassed' : 'with the page CSP'})`, async () => {
    const { page, problems } = await openPage(env, { bypassCSP });
    await paste(page, payload);
    await waitForOutput(page, payload);

    // Hover and focus every highlight, and click every source: tooltips and lists get built too.
    for (const mark of await page.locator('#output mark.attr').all()) {
      await mark.hover();
      await mark.focus();
    }
    for (const button of await page.locator('#sources button.source').all()) await button.click();
    await page.waitForTimeout(300); // an image's onerror would fire by now

    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'injected code ran');
    assert.equal(await page.$eval('#output', (o) => o.textContent), payload, 'the text is not shown literally');
    for (const where of ['#output', '#sources', '#tip', '#status', '#error']) {
      const found = await page.$$eval(`${where} :is(${MARKUP})`, (els) => els.map((e) => e.outerHTML));
      assert.deepEqual(found, [], `markup created inside ${where}`);
    }
    assert.equal(await page.$$eval('#output *', (els) => els.filter((e) => !['SPAN', 'MARK'].includes(e.tagName) && !(e.tagName === 'DIV' && e.className === 'para')).length), 0);
    assert.ok(await page.locator('#output').isVisible(), 'the injected <style> hid the page');
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}

/** Checks that nothing ran and no markup was created from the text, wherever it was shown. */
async function nothingRan(page, where = ['#output', '#sources', '#tip', '#status', '#error', '#notice', '#cmp-body', '#descs']) {
  await page.waitForTimeout(300); // an image's onerror would fire by now
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'injected code ran');
  for (const w of where) {
    // The comparison's own links to highlights (href="#hl-…") and the corrections' name box are the
    // page's, not the text's.
    const found = await page.$$eval(`${w} :is(${MARKUP}):not(a[href^="#hl-"], a[href="#output"], #corr-source)`, (els) => els.map((e) => e.outerHTML));
    assert.deepEqual(found, [], `markup created inside ${w}`);
  }
}

test('a dropped .txt file with markup is shown as text, and nothing runs (CSP bypassed)', async () => {
  const { page, problems } = await openPage(env, { bypassCSP: true });
  const dataTransfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'notes.txt', { type: 'text/plain' }));
    return dt;
  }, payload);
  await page.dispatchEvent('#article', 'drop', { dataTransfer });
  await waitForOutput(page, payload);
  for (const mark of await page.locator('#output mark.attr').all()) await mark.focus();
  await nothingRan(page);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('pasted HTML and a dropped .html file become text: their scripts never run (CSP bypassed)', async () => {
  const { page, problems } = await openPage(env, { bypassCSP: true });
  // The payload as a page: its paragraphs are markup this time, so the conversion is on trial.
  const html = `<html><head><title>x<img src=x onerror="window.__pwned=1"></title><script>window.__pwned=1</script></head><body>${payload.split('\n\n').map((p) => `<p>${p}</p>`).join('')}<p>&lt;img src=x onerror="window.__pwned=1"&gt; "Escaped markup stays text," the editor said.</p></body></html>`;
  const dataTransfer = await page.evaluateHandle((h) => {
    const dt = new DataTransfer();
    dt.items.add(new File([h], 'page.html', { type: 'text/html' }));
    return dt;
  }, html);
  await page.dispatchEvent('#article', 'drop', { dataTransfer });
  await page.waitForFunction(() => document.querySelector('#article').value.includes('Escaped markup'), null, { timeout: 5000 });
  const value = await page.inputValue('#article');
  await waitForOutput(page, value);
  // The escaped markup of the page is its text, shown literally.
  assert.ok(value.includes('<img src=x onerror="window.__pwned=1"> "Escaped markup stays text,"'), value);
  assert.ok((await page.$eval('#output', (o) => o.textContent)).includes('<img src=x onerror='));
  for (const mark of await page.locator('#output mark.attr').all()) await mark.focus();
  await nothingRan(page);

  // The same page through the clipboard as text/html.
  await page.fill('#article', '');
  await page.evaluate((h) => navigator.clipboard.write([new ClipboardItem({ 'text/html': new Blob([h], { type: 'text/html' }) })]), html);
  await page.focus('#article');
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => document.querySelector('#article').value.includes('Escaped markup'), null, { timeout: 5000 });
  await waitForOutput(page, await page.inputValue('#article'));
  await nothingRan(page);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('the exported HTML file holds the markup as text: opened with scripts on, nothing runs', async () => {
  const { readFileSync } = await import('node:fs');
  const { page, problems } = await openPage(env);
  await page.fill('#doc-title', '<img src=x onerror="window.__pwned=1">Title');
  await paste(page, payload);
  await waitForOutput(page, payload);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 5000 }), page.click('#export-html')]);
  const html = readFileSync(await download.path(), 'utf8');
  // Its own CSP would block scripts anyway: bypass it, so that the escaping alone is on trial.
  const context = await env.browser.newContext({ bypassCSP: true });
  const exported = await context.newPage();
  await exported.setContent(html);
  await exported.waitForTimeout(300);
  assert.equal(await exported.evaluate(() => window.__pwned), undefined, 'injected code ran in the export');
  assert.equal(await exported.$eval('.doc .output', (o) => o.textContent), payload);
  for (const where of ['.doc', '.compare', 'h1']) {
    const found = await exported.$$eval(`${where} :is(${MARKUP}):not(a[href^="#hl-"], a[href="#output"])`, (els) => els.map((e) => e.outerHTML));
    assert.deepEqual(found, [], `markup created inside ${where} of the export`);
  }
  assert.equal(await exported.locator('script').count(), 0);
  assert.ok(await exported.locator('.doc .output').isVisible(), 'the injected <style> hid the export');
  await context.close();
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('markup typed as a title or as a corrected source’s name stays text everywhere it is shown', async () => {
  const { page, problems } = await openPage(env, { bypassCSP: true });
  const evil = '<img src=x onerror="window.__pwned=1"><b>Evil</b>';
  await page.fill('#doc-title', evil);
  const text = '"The bridge will open in May," site manager Carla Mendes said.';
  await paste(page, text);
  await waitForOutput(page, text);
  await page.click('#add-doc');
  await paste(page, text);
  await waitForOutput(page, text);
  await page.click('#corrections summary');
  await page.locator('#output mark.attr').first().click();
  await page.fill('#corr-source', evil);
  await page.click('#corr-assign');
  await page.waitForFunction((e) => [...document.querySelectorAll('#sources .source-name')].some((n) => n.textContent === e), evil);
  assert.ok((await page.$$eval('#doc-list .doc-open', (bs) => bs.map((b) => b.textContent))).includes(`1. ${evil}`));
  for (const mark of await page.locator('#output mark.attr').all()) await mark.hover();
  await nothingRan(page, ['#output', '#sources', '#tip', '#doc-list', '#corrections', '#cmp-body', '#descs', '#reading-title']);
  assert.deepEqual(problems, []);
  await page.context().close();
});
