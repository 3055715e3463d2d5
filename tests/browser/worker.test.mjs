// A long article (2 MB pasted) is analysed in a module worker and shown a slice at a time: the page
// shows the progress, stays responsive (no main-thread task over 100 ms, from the longtask
// entries), can cancel, and reports the time the whole took. And analyzeAsync itself, in
// Chromium: progress, abort, the same result as analyze.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, paste, waitForOutput, highlights, byAttribution, analyzeInNode, PAGE_OPTIONS, ORCHARD_ARTICLE } from './helpers.mjs';
import { generateText } from '../../scripts/bench.mjs';

const LONG_TEXT = generateText(2_000_000);

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

/** Records, in the page, every longtask entry, the status line's texts and the progress bar's values. */
function record(page) {
  return page.evaluate(() => {
    window.rec = { tasks: [], statuses: [], values: [], inputHandler: null };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.rec.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    const status = document.getElementById('status');
    const bar = document.getElementById('progress-bar');
    new MutationObserver(() => window.rec.statuses.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
    new MutationObserver(() => bar.hasAttribute('value') && window.rec.values.push(bar.value)).observe(bar, { attributes: true, attributeFilter: ['value'] });
    // The page's own share of the paste's task: its input handler runs between these two.
    let t0;
    addEventListener('input', () => (t0 = performance.now()), true);
    addEventListener('input', () => (window.rec.inputHandler = performance.now() - t0));
  });
}

test('2 MB pasted: progress shown, no main-thread task over 100 ms, the time reported, the result of analyze()', async () => {
  const { page, problems } = await openPage(env);
  await record(page);
  await paste(page, LONG_TEXT);
  // The paste's own task is Chromium putting 2 MB into the box (about half a second here, with
  // or without quotelens); what follows is the analysis and the rendering.
  const pasted = await page.evaluate(() => performance.now());
  await page.waitForSelector('#progress:not([hidden])', { timeout: 5000 });
  assert.equal(await page.locator('#progress-bar').getAttribute('aria-label'), 'Analysis progress');
  assert.ok(await page.locator('#cancel').isVisible(), 'Cancel is offered');
  await page.waitForFunction(() => document.getElementById('progress').hidden && !document.getElementById('results').hidden, null, { timeout: 60000 });
  await waitForOutput(page, LONG_TEXT);
  const rec = await page.evaluate(() => window.rec);

  assert.ok(rec.inputHandler < 100, `the page's input handler took ${rec.inputHandler} ms`);
  const long = rec.tasks.filter((t) => t.start >= pasted && t.duration > 100);
  assert.deepEqual(long, [], `main-thread tasks over 100 ms after the paste: ${JSON.stringify(long)}`);
  assert.ok(rec.tasks.some((t) => t.start < pasted), 'the observer sees long tasks (the paste is one)');

  // Progress: the sentences read, by tenths, and a bar that moves forward within each stage.
  const read = rec.statuses.map((s) => s.match(/: (\d+)% of [\d,]+ sentences read/)?.[1]).filter(Boolean).map(Number);
  assert.ok(read.length >= 5, `progress by sentence shown: ${JSON.stringify(rec.statuses)}`);
  assert.deepEqual(read, [...read].sort((x, y) => x - y), 'the percentage goes up');
  assert.ok(rec.statuses.some((s) => /finding the sources/.test(s)) && rec.statuses.some((s) => /Showing the highlights: \d+%/.test(s)), JSON.stringify(rec.statuses));
  assert.ok(new Set(rec.values).size >= 10, `the bar moved: ${rec.values.length} values`);

  // The status reports the whole time, from the paste to the reading shown.
  const status = await page.textContent('#status');
  const [, amount, unit] = status.match(/· ([\d.]+) (ms|s)$/) ?? [];
  assert.ok(amount, status);
  const seconds = Number(amount) / (unit === 'ms' ? 1000 : 1);
  const shownAt = await page.evaluate(() => performance.now());
  assert.ok(seconds > 0.2 && seconds * 1000 <= shownAt - pasted + 1000, `${status}: a time from the paste to the end`);
  console.log(`2 MB: ${status}; longest task after the paste ${Math.round(Math.max(0, ...rec.tasks.filter((t) => t.start >= pasted).map((t) => t.duration)))} ms; the paste's own ${Math.round(Math.max(...rec.tasks.filter((t) => t.start < pasted).map((t) => t.duration)))} ms`);

  // The same result as analyze() on the same text: every highlight where its attribution is.
  const analysis = await analyzeInNode(LONG_TEXT, PAGE_OPTIONS);
  assert.match(status, new RegExp(`^${analysis.sentences.length} sentences · ${analysis.quotations.length} quotations · ${analysis.attributions.length} attributions`));
  const shown = byAttribution(await highlights(page));
  assert.equal(shown.size, analysis.attributions.length);
  for (const [i, extent] of shown) {
    const { start, end } = analysis.attributions[i].content;
    assert.deepEqual([extent.start, extent.end], [start, end], `attribution ${i}`);
  }
  assert.equal(await page.locator('#descs > span').count(), analysis.attributions.length, 'each highlight has its description');

  // The page works on: a highlight's details, the comparison (on request for a long article).
  const last = page.locator('#output mark.attr:not(.cont)').last();
  await last.focus();
  assert.ok(await page.locator('#tip').isVisible());
  await page.click('#cmp-go');
  await page.waitForSelector('#cmp-body .cmp-col', { timeout: 10000 });
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('Cancel stops a long analysis: its worker ends, nothing is shown, the page works on', async () => {
  const { page, problems } = await openPage(env);
  await paste(page, LONG_TEXT);
  await page.waitForFunction(() => /sentences read/.test(document.getElementById('status').textContent), null, { timeout: 20000 });
  assert.equal(page.workers().length, 1, 'the analysis runs in a worker');
  await page.click('#cancel');
  assert.match(await page.textContent('#status'), /cancelled/);
  assert.ok(await page.locator('#progress').isHidden());
  for (let i = 0; i < 50 && page.workers().length; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(page.workers().length, 0, 'the worker was ended');
  // Longer than the analysis takes: nothing comes of it.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  assert.ok(await page.locator('#results').isHidden());
  assert.equal(await page.textContent('#output'), '');
  assert.match(await page.textContent('#status'), /cancelled/);
  // The page works on, with a short article (analysed at once, in the page).
  await paste(page, ORCHARD_ARTICLE);
  await waitForOutput(page, ORCHARD_ARTICLE);
  assert.ok(await page.locator('#output mark.attr').count() > 0);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('analyzeAsync in Chromium: the result of analyze, progress by sentence, abort, typed errors', async () => {
  const { page, problems } = await openPage(env);
  const text = generateText(300_000);
  const r = await page.evaluate(async (text) => {
    const { analyze } = await import('/pkg/index.js');
    const { analyzeAsync, QuotelensError } = await import('/pkg/async.js');
    const seen = [];
    const options = { classes: ['speech', 'writing'] };
    const async = await analyzeAsync(text, { ...options, onProgress: (p) => seen.push(p) });
    const same = JSON.stringify(async) === JSON.stringify(analyze(text, options));
    const controller = new AbortController();
    const aborted = analyzeAsync(text, { signal: controller.signal, onProgress: () => controller.abort() }).then(
      () => 'resolved',
      (e) => `${e instanceof DOMException} ${e.name}`,
    );
    const already = await analyzeAsync(text, { signal: AbortSignal.abort() }).catch((e) => e.name);
    const error = await analyzeAsync('Text.', { lang: 'klingon' }).catch((e) => ({ typed: e instanceof QuotelensError, code: e.code }));
    return { same, seen, total: async.sentences.length, aborted: await aborted, already, error };
  }, text);
  assert.ok(r.same, 'analyzeAsync and analyze give the same analysis');
  assert.ok(r.seen.length > 20, `${r.seen.length} progress calls`);
  assert.deepEqual(r.seen.at(-1), { stage: 'sources', done: r.total, total: r.total });
  for (let i = 1; i < r.seen.length; i++) assert.ok(r.seen[i].done > r.seen[i - 1].done);
  assert.equal(r.aborted, 'true AbortError');
  assert.equal(r.already, 'AbortError');
  assert.deepEqual(r.error, { typed: true, code: 'unknown_language' });
  assert.deepEqual(problems, []);
  await page.context().close();
});
