// Several documents in one workspace: two accounts of one event added and named, each analysed on
// its own, compared across (a source met in both is one party; every claim says its document and
// sentence, and leads back to it), removed again; files dropped together become documents.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, openPage, paste, waitForOutput, analyzeInNode, PAGE_OPTIONS } from './helpers.mjs';

const first = {
  title: 'Washington readout',
  text: "Readout on the leaders' call\n\nThe White House said the two presidents discussed trade and security during a long call on Monday.\n\nA White House spokesman said the president raised the detention of two journalists.\n",
};
const second = {
  title: 'Moscow readout',
  text: 'Kremlin account of the call\n\nThe Kremlin said the conversation was businesslike and focused on energy prices.\n\nKremlin spokesman Dmitry Peskov said sanctions were not discussed.\n\nThe White House said talks would continue next month, according to the Kremlin.\n',
};

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

/** The claims listed in one column: { text, meta, sentence, href }. */
const claimsOf = (page, party) =>
  page.$$eval(`#cmp-body .cmp-col[data-party="${party}"] .cmp-claims li`, (ls) =>
    ls.map((l) => ({ text: l.querySelector('a')?.textContent, meta: l.querySelector('.claim-meta')?.textContent, sentence: l.querySelector('.claim-sentence')?.textContent, href: l.querySelector('a')?.getAttribute('href') })),
  );

async function pick(page, select, id) {
  const values = await page.$$eval(`${select} option`, (os) => os.map((o) => o.value));
  assert.ok(values.includes(id), `${id} is not offered in ${select}: ${values.join(', ')}`);
  await page.selectOption(select, id);
}

test('two accounts of one call, compared across documents', async (t) => {
  const { page, problems } = await openPage(env);
  const a1 = await analyzeInNode(first.text, PAGE_OPTIONS);
  const a2 = await analyzeInNode(second.text, PAGE_OPTIONS);
  const count = (a, id) => a.sources.find((s) => s.id === id)?.attributions.length ?? 0;
  assert.ok(count(a1, 'white-house') > 0 && count(a2, 'white-house') > 0, 'the White House is heard in both accounts');

  await page.fill('#doc-title', first.title);
  await paste(page, first.text);
  await waitForOutput(page, first.text);
  await page.click('#add-doc');
  assert.equal(await page.inputValue('#article'), '', 'a new document starts empty');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'article');
  await page.fill('#doc-title', second.title);
  await paste(page, second.text);
  await waitForOutput(page, second.text);

  await t.test('the document list names both, the second shown', async () => {
    const listed = await page.$$eval('#doc-list .doc-open', (bs) => bs.map((b) => ({ text: b.textContent, current: b.getAttribute('aria-current') })));
    assert.deepEqual(listed, [{ text: `1. ${first.title}`, current: null }, { text: `2. ${second.title}`, current: 'true' }]);
    // Each is analysed on its own: the sources listed are the second document's.
    const sources = await page.$$eval('#sources .source-name', (n) => n.map((x) => x.textContent));
    assert.equal(sources.length, a2.sources.length);
  });

  await pick(page, '#cmp-a', 'white-house');
  await pick(page, '#cmp-b', 'kremlin');

  await t.test('a source met in both documents is one party, with every claim saying its document and sentence', async () => {
    const option = await page.$eval('#cmp-a', (s) => s.selectedOptions[0].textContent);
    assert.match(option, new RegExp(`\\(${count(a1, 'white-house') + count(a2, 'white-house')}\\)$`), option);
    const claims = await claimsOf(page, 'a');
    assert.equal(claims.length, count(a1, 'white-house') + count(a2, 'white-house'));
    const inFirst = claims.filter((c) => c.meta.includes(`in “${first.title}”`));
    const inSecond = claims.filter((c) => c.meta.includes(`in “${second.title}”`));
    assert.equal(inFirst.length, count(a1, 'white-house'), claims.map((c) => c.meta).join(' | '));
    assert.equal(inSecond.length, count(a2, 'white-house'));
    for (const c of inFirst) assert.ok(first.text.includes(c.sentence), `sentence ${c.sentence} is not in the first document`);
    for (const c of inSecond) assert.ok(second.text.includes(c.sentence), `sentence ${c.sentence} is not in the second document`);
    const kremlin = await claimsOf(page, 'b');
    assert.ok(kremlin.length > 0 && kremlin.every((c) => c.meta.includes(`in “${second.title}”`)));
  });

  await t.test('a claim of the other document leads back to it: the document is shown, the highlight focused', async () => {
    const claims = await claimsOf(page, 'a');
    const target = claims.findIndex((c) => c.meta.includes(`in “${first.title}”`));
    await page.locator('#cmp-body .cmp-col[data-party="a"] .cmp-claims li a').nth(target).click();
    await waitForOutput(page, first.text);
    assert.equal(await page.inputValue('#article'), first.text);
    assert.equal(await page.inputValue('#doc-title'), first.title);
    const focused = await page.evaluate(() => (document.activeElement?.matches('mark.attr') ? document.activeElement.textContent : null));
    assert.ok(focused && claims[target].text.includes(focused.replace(/\s+/g, ' ').trim().slice(0, 20)), `focused: ${focused}, claim: ${claims[target].text}`);
    // The pair stays.
    assert.equal(await page.inputValue('#cmp-a'), 'white-house');
    assert.equal(await page.inputValue('#cmp-b'), 'kremlin');
  });

  await t.test('the exported reading holds both documents', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 5000 }), page.click('#export-html')]);
    const html = readFileSync(await download.path(), 'utf8');
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const exported = await context.newPage();
    await exported.setContent(html);
    assert.deepEqual(await exported.$$eval('.doc .output', (os) => os.map((o) => o.textContent)), [first.text, second.text]);
    assert.deepEqual(await exported.$$eval('.doc > h2', (hs) => hs.map((x) => x.textContent)), [`1. ${first.title}`, `2. ${second.title}`]);
    // Every link of the comparison finds its highlight in the file.
    for (const href of await exported.$$eval('.compare a[href^="#hl-"]', (as) => as.map((a) => a.getAttribute('href')))) {
      assert.equal(await exported.locator(href).count(), 1, `${href} leads nowhere`);
    }
    await context.close();
  });

  await t.test('removing a document takes its claims out of the comparison', async () => {
    await page.click('#doc-list li:nth-child(2) .doc-remove');
    assert.equal(await page.locator('#doc-list .doc-open').count(), 1);
    const claims = await claimsOf(page, 'a');
    assert.equal(claims.length, count(a1, 'white-house'), claims.map((c) => c.meta).join(' | '));
    assert.ok(claims.every((c) => !c.meta.includes(second.title)));
  });
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('files dropped together become documents of the workspace, each named after its file', async () => {
  const { page, problems } = await openPage(env);
  const dataTransfer = await page.evaluateHandle(([x, y]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([x], 'washington.txt', { type: 'text/plain' }));
    dt.items.add(new File([y], 'moscow.txt', { type: 'text/plain' }));
    return dt;
  }, [first.text, second.text]);
  await page.dispatchEvent('#article', 'drop', { dataTransfer });
  await page.waitForFunction(() => document.querySelectorAll('#doc-list .doc-open').length === 2, null, { timeout: 5000 });
  await waitForOutput(page, second.text);
  assert.deepEqual(await page.$$eval('#doc-list .doc-open', (bs) => bs.map((b) => b.textContent)), ['1. washington', '2. moscow']);
  await page.click('#doc-list li:nth-child(1) .doc-open');
  await waitForOutput(page, first.text);
  assert.deepEqual(problems, []);
  await page.context().close();
});
