// Corrections: a reader merges two sources the analysis kept apart, gives a statement to a new
// source (splitting it off), and rejects a reading. Each shows at once in the highlights, the
// source list, the comparison and the exports; they survive a reload (localStorage, nothing
// sent), and can be cleared.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, openPage, paste, waitForOutput, analyzeInNode, PAGE_OPTIONS } from './helpers.mjs';

// The board and its engineer are two sources, as the article keeps them: the reader decides the
// board's statement is the engineer's.
const text = [
  'Orchard growers and the water board disagree over summer rationing',
  '"Without the full allocation we lose the harvest," orchard cooperative chair Ines Barros said on Tuesday.',
  'Water board engineer Tariq Haddad said reservoir levels were the lowest in a decade.',
  '"We cannot release water we do not have," the Valley Water Board said in a statement.',
  'Barros said growers would appeal the decision.',
].join('\n\n');

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

/** The source list as a reader sees it: name → number of statements. */
const sourceList = (page) =>
  page.$$eval('#sources button.source', (bs) => Object.fromEntries(bs.map((b) => [b.querySelector('.source-name').textContent, Number(b.querySelector('.count').textContent)])));

const highlightCount = (page) => page.locator('#output mark.attr:not(.cont)').count();

async function grab(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 5000 }), page.click(button)]);
  return readFileSync(await download.path(), 'utf8');
}

test('merge, split and reject: shown in highlights, sources, comparison and exports; kept; cleared', async (t) => {
  const analysis = await analyzeInNode(text, PAGE_OPTIONS);
  const names = analysis.sources.map((s) => s.name);
  const haddad = analysis.sources.find((s) => s.name === 'Tariq Haddad');
  const board = analysis.sources.find((s) => /Water Board/.test(s.name));
  assert.ok(haddad && board, `the test needs Tariq Haddad and the Water Board; the analysis has ${names.join(', ')}`);
  const barros = analysis.sources.find((s) => /Barros/.test(s.name));

  const { page, context, problems, requests } = await openPage(env);
  await paste(page, text);
  await waitForOutput(page, text);
  const before = await highlightCount(page);
  await page.click('#corrections summary');

  await t.test('merging the Water Board into “Tariq Haddad”: one source, in the list and the comparison', async () => {
    await page.selectOption('#corr-from', `id:${board.id}`);
    await page.selectOption('#corr-into', `id:${haddad.id}`);
    await page.click('#corr-merge');
    const list = await sourceList(page);
    assert.equal(list['Tariq Haddad'], haddad.attributions.length + board.attributions.length, JSON.stringify(list));
    assert.equal(list[board.name], undefined, JSON.stringify(list));
    assert.equal(await highlightCount(page), before, 'a merge removes no highlight');
    const offered = await page.$$eval('#cmp-a option', (os) => os.map((o) => o.textContent));
    assert.ok(offered.includes(`Tariq Haddad (${haddad.attributions.length + board.attributions.length})`), offered.join(', '));
    assert.ok(!offered.some((o) => o.startsWith(`${board.name} (`)), offered.join(', '));
    // The merged statement's description now names Tariq Haddad, and says it was corrected.
    const id = await page.$eval(`#output mark.attr[data-attr="${board.attributions[0]}"]`, (m) => m.getAttribute('aria-describedby'));
    const description = await page.$eval(`#${id}`, (d) => d.textContent);
    assert.match(description, /Tariq Haddad/);
    assert.match(description, /corrected by you/);
  });

  await t.test('a statement given to a new name is split off into a new source', async () => {
    const i = barros.attributions[barros.attributions.length - 1];
    await page.locator(`#output mark.attr[data-attr="${i}"]`).first().click();
    assert.match(await page.textContent('#corr-target'), /growers would appeal/);
    await page.fill('#corr-source', 'Growers’ lawyer');
    await page.click('#corr-assign');
    const list = await sourceList(page);
    assert.equal(list['Growers’ lawyer'], 1, JSON.stringify(list));
    assert.equal(list[barros.name], barros.attributions.length - 1, JSON.stringify(list));
    const offered = await page.$$eval('#cmp-a option', (os) => os.map((o) => o.textContent));
    assert.ok(offered.includes('Growers’ lawyer (1)'), offered.join(', '));
  });

  await t.test('a rejected reading loses its highlight and leaves the comparison and the exports', async () => {
    await page.locator(`#output mark.attr[data-attr="${barros.attributions[0]}"]`).first().click();
    await page.click('#corr-reject');
    assert.equal(await highlightCount(page), before - 1);
    const shown = await page.$$eval('#output mark.attr', (ms) => ms.map((m) => m.textContent).join(' '));
    assert.ok(!shown.includes('lose the harvest'), 'the rejected reading is still highlighted');
    assert.ok(!(await page.$eval('#cmp-body', (b) => b.textContent)).includes('lose the harvest'));
    const csv = await grab(page, '#export-csv');
    assert.ok(!csv.includes('lose the harvest'), 'the CSV export still has the rejected reading');
    const html = await grab(page, '#export-html');
    const exported = await env.browser.newContext({ javaScriptEnabled: false });
    const p = await exported.newPage();
    await p.setContent(html);
    const marks = await p.$$eval('.doc mark.attr', (ms) => ms.map((m) => m.textContent).join(' '));
    assert.ok(!marks.includes('lose the harvest'), 'the exported reading still highlights it');
    assert.ok(marks.includes('reservoir levels'));
    const sources = await p.$$eval('.doc ol.sources li', (ls) => ls.map((l) => l.textContent));
    assert.ok(sources.some((s) => s.includes('Tariq Haddad') && s.includes(`${haddad.attributions.length + board.attributions.length} statements`)), sources.join(' | '));
    await exported.close();
  });

  await t.test('kept in this browser: a reload and the same text give the corrected reading', async () => {
    assert.match(await page.textContent('#corr-count'), /3 corrections/);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await paste(page, text);
    await waitForOutput(page, text);
    assert.equal(await highlightCount(page), before - 1);
    assert.equal((await sourceList(page))['Growers’ lawyer'], 1);
    // Kept locally: no request carried the corrections or the text.
    assert.deepEqual(requests.filter((r) => r.method !== 'GET' || /Growers|lawyer|harvest/.test(decodeURIComponent(r.url))), []);
  });

  await t.test('cleared: the reading as analysed again', async () => {
    await page.click('#corrections summary');
    await page.click('#corr-clear');
    assert.equal(await highlightCount(page), before);
    const list = await sourceList(page);
    for (const s of analysis.sources) assert.equal(list[s.name], s.attributions.length, JSON.stringify(list));
    assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('quotelens-corrections-v1')).merges.length), 0);
  });
  assert.deepEqual(problems, []);
  await context.close();
});
