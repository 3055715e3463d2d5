// The page's behaviour in Chromium: the example button, keyboard focus and hover details, offsets
// in scripts beyond ASCII, the nesting of overlapping spans, and errors shown as messages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setup, openPage, paste, waitForOutput, highlights, byAttribution, analyzeInNode, readSample, root, PAGE_OPTIONS } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

const percent = (p) => `${Math.round(p * 100)}%`;

test('the example button loads the example article and analyses it', async (t) => {
  const { page, problems } = await openPage(env);
  const example = readFileSync(path.join(root, 'www/example.txt'), 'utf8');
  await page.click('#example');
  await waitForOutput(page, example);
  assert.equal(await page.inputValue('#article'), example);
  assert.match(await page.textContent('#status'), /\d+ sentences · \d+ quotations/);

  await t.test('its quotes from both sides are highlighted: direct, partial and indirect, two or more sources', async () => {
    const sources = await page.$$eval('#sources button.source .source-name', (n) => n.map((x) => x.textContent));
    const kinds = await page.$$eval('#output mark.attr', (m) => [...new Set(m.map((x) => [...x.classList].find((c) => c.startsWith('kind-'))))]);
    assert.ok(sources.length >= 2, `sources listed: ${sources.join(', ') || 'none'}`);
    for (const kind of ['kind-direct', 'kind-partial', 'kind-indirect']) assert.ok(kinds.includes(kind), `no ${kind} highlight (found: ${kinds.join(', ') || 'none'})`);
  });
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('keyboard focus and hover on a highlight show speaker, cue, kind and confidence', async () => {
  const { page, problems } = await openPage(env);
  const text = readSample('trump-putin-call.txt');
  // The page's highlights are numbered as in the analysis it asked for: speech and writing.
  const analysis = await analyzeInNode(text, PAGE_OPTIONS);
  await paste(page, text);
  await waitForOutput(page, text);

  // From the last button, Tab moves into the article: one stop, on its first highlight.
  await page.focus('#clear');
  let focused = null;
  for (let i = 0; i < 8 && focused == null; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => (document.activeElement?.matches('mark.attr') ? Number(document.activeElement.dataset.attr) : null));
  }
  assert.notEqual(focused, null, `Tab never reached a highlight (${analysis.attributions.length} attributions in the analysis)`);
  const firstInText = analysis.attributions.map((a, i) => [a.content.start, i]).sort((x, y) => x[0] - y[0])[0][1];
  assert.equal(focused, firstInText, 'Tab lands on the first highlight of the article');

  const checkTip = async (i) => {
    const a = analysis.attributions[i];
    const tip = page.locator('#tip');
    assert.ok(await tip.isVisible(), 'the details tooltip is not visible');
    assert.equal(await tip.locator('.tip-speaker').textContent(), a.speaker ? a.speaker.text : '— (not named in this sentence)');
    assert.equal(await tip.locator('.tip-cue').textContent(), a.cue ? `${a.cue.text} (${a.cueClass})` : `— (${a.cueClass})`);
    assert.equal(await tip.locator('.tip-kind').textContent(), a.kind);
    assert.equal(await tip.locator('.tip-confidence').textContent(), percent(a.confidence));
    const labels = await tip.locator('dt').allTextContents();
    for (const l of ['Speaker', 'Cue', 'Kind', 'Confidence', 'Sentence', 'Document']) assert.ok(labels.includes(l), `no ${l} in the tooltip`);
    const s = analysis.sentences[a.sentence];
    assert.equal(await tip.locator('.tip-sentence').textContent(), text.slice(s.start, s.end).replace(/\s+/g, ' ').trim().slice(0, 240).replace(/^(.{239}).+$/s, '$1…'));
  };
  await checkTip(focused);

  // The right arrow goes to the next attribution in the text, and the tooltip follows; the
  // article stays one tab stop (only the current highlight is in the tab order).
  if (analysis.attributions.length > 1) {
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => Number(document.activeElement.dataset.attr));
    assert.notEqual(second, focused);
    await checkTip(second);
    assert.equal(await page.$$eval('#output [tabindex="0"]', (els) => els.length), 1);
  }
  await page.keyboard.press('Escape');
  assert.ok(await page.locator('#tip').isHidden(), 'Escape does not dismiss the tooltip');

  // Hover: move the mouse over the last highlight.
  await page.locator('#clear').focus();
  const last = page.locator('#output mark.attr:not(.cont)').last();
  await last.hover();
  await page.waitForSelector('#tip:not([hidden])', { timeout: 2000 });
  const i = Number(await last.getAttribute('data-attr'));
  assert.equal(await page.locator('#tip .tip-kind').textContent(), analysis.attributions[i].kind);
  assert.deepEqual(problems, []);
  await page.context().close();
});

// Astral emoji (surrogate pairs, ZWJ sequences, skin tones, flags), CJK, Arabic (right to left),
// combining marks and mathematical letters: every highlighted span must equal text.slice(start, end).
const intl = [
  'Café owners 😀 in Zürich said the new rule was “très bien 👍🏽” on Tuesday.',
  '"We welcome 𝒜ll visitors 🇺🇦 and 👩‍👩‍👧," the mayor said. The spokesman added that prices had risen.',
  '東京の関係者は「会談は建設的だった」と述べた。',
  'قال المتحدث إن "المحادثات كانت مثمرة" يوم الثلاثاء.',
  'The minister called the plan «a good start» and "nai\u0308ve, but e\u0301lan-filled," her office said.',
  '"Prices will fall," said Ana\u0301 Pe\u0301rez, a spokeswoman. "We are sure of it 💯."',
].join('\n\n');

test('offsets: with emoji, CJK, Arabic and combining marks, every highlight is text.slice(start, end)', async (t) => {
  const { page, problems } = await openPage(env);
  const analysis = await analyzeInNode(intl, PAGE_OPTIONS);
  assert.ok(analysis.quotations.length >= 6, `only ${analysis.quotations.length} quotations found: the test would prove little`);
  await paste(page, intl);
  await waitForOutput(page, intl);

  const pieces = await page.$$eval('#output [data-start]', (els) =>
    els.map((e) => ({
      type: e.dataset.sentence != null ? 's' : e.dataset.quote != null ? 'q' : e.dataset.attr != null ? 'a' : e.classList[0],
      i: Number(e.dataset.sentence ?? e.dataset.quote ?? e.dataset.attr ?? -1),
      start: Number(e.dataset.start),
      end: Number(e.dataset.end),
      text: e.textContent,
    })),
  );
  await t.test('every highlighted piece is text.slice(start, end)', () => {
    for (const p of pieces) assert.equal(p.text, intl.slice(p.start, p.end), `${p.type} piece [${p.start}, ${p.end})`);
  });
  await t.test("the pieces of each span join to the analysis's span", () => {
    const joined = (type, i) => {
      const own = pieces.filter((p) => p.type === type && p.i === i);
      return { start: Math.min(...own.map((p) => p.start)), end: Math.max(...own.map((p) => p.end)), text: own.map((p) => p.text).join('') };
    };
    analysis.sentences.forEach((s, i) => assert.deepEqual(joined('s', i), { start: s.start, end: s.end, text: intl.slice(s.start, s.end) }));
    analysis.quotations.forEach((q, i) => {
      assert.deepEqual(joined('q', i), { start: q.start, end: q.end, text: intl.slice(q.start, q.end) });
      assert.equal(q.inner.text, intl.slice(q.inner.start, q.inner.end));
    });
    analysis.attributions.forEach((a, i) => assert.deepEqual(joined('a', i), { start: a.content.start, end: a.content.end, text: a.content.text }));
  });
  // This one checks the analysis more than the page: each quote is found whole, marks included.
  await t.test('each quote is shown whole, from its opening to its closing mark', async () => {
    const quotes = await page.$$eval('#output .q', (q) => q.map((x) => x.textContent));
    for (const q of ['“très bien 👍🏽”', '「会談は建設的だった」', '"المحادثات كانت مثمرة"', '«a good start»', '"nai\u0308ve, but e\u0301lan-filled,"']) {
      assert.ok(quotes.includes(q), `quote ${q} not shown whole; quotations shown: ${quotes.map((x) => JSON.stringify(x)).join(', ')}`);
    }
  });
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('nesting rule: crossing spans are split into continuation pieces, nothing is lost or repeated', async () => {
  const { page, problems } = await openPage(env);
  // A made-up analysis whose spans cross each other, to test the renderer on its own.
  const result = await page.evaluate(async () => {
    const { renderArticle, groupSources } = await import('/render.js');
    const text = 'He said "one two. Three four" and left. Then "five" ended.';
    const span = (s, e) => ({ start: s, end: e, text: text.slice(s, e) });
    const src = { id: 'x', name: 'X', kind: 'person', side: null, affiliation: null };
    const analysis = {
      sentences: [{ start: 0, end: 17, role: 'body' }, { start: 18, end: 39, role: 'body' }, { start: 40, end: 58, role: 'boilerplate' }],
      quotations: [{ start: 8, end: 29, inner: span(9, 28), sentence: 0, closed: true }, { start: 45, end: 51, inner: span(46, 50), sentence: 2, closed: true }],
      attributions: [
        // crosses the sentence end at 17 and the quotation's end at 29
        { kind: 'mixed', content: span(13, 33), cue: span(3, 7), speaker: span(0, 2), via: null, source: src, cueClass: 'speech', sourcing: 'person', confidence: 0.5, sentence: 0 },
        // nested inside the next quote, sharing nothing
        { kind: 'partial', content: span(46, 50), cue: span(52, 57), speaker: null, via: null, source: null, cueClass: 'speech', sourcing: 'unattributed', confidence: 0.25, sentence: 2 },
        // wraps that quote whole: a reported content with scare quotes inside
        { kind: 'indirect', content: span(40, 51), cue: null, speaker: null, via: null, source: src, cueClass: 'speech', sourcing: 'person', confidence: 0.75, sentence: 2 },
      ],
      sources: [{ ...src, attributions: [0] }],
    };
    const { groupOf } = groupSources(analysis);
    const { fragment, pieces } = renderArticle(text, analysis, groupOf);
    const box = document.createElement('div');
    box.append(fragment);
    return {
      text,
      shown: box.textContent,
      pieces: pieces.map((list) => list.map((p) => ({ start: +p.dataset.start, end: +p.dataset.end, text: p.textContent, described: p.getAttribute('aria-describedby'), inQuote: !!p.parentElement.closest('.q'), sentence: p.closest('.s')?.dataset.sentence ?? null }))),
      // Sentences are never inside a quotation or an attribution.
      sentencesOutermost: [...box.querySelectorAll('.s')].every((s) => !s.parentElement.closest('.q, .attr')),
      innerQuoteHolds: box.querySelector('[data-quote="1"] mark.attr')?.textContent,
      outerHoldsQuote: box.querySelector('mark[data-attr="2"] [data-quote="1"]')?.textContent,
    };
  });
  assert.equal(result.shown, result.text);
  const [a0, a1, a2] = result.pieces;
  // Split where sentence 0 ends (17), across the gap between sentences, and where the quote ends (29).
  assert.deepEqual(a0.map((p) => p.text), ['two.', ' ', 'Three four"', ' and']);
  assert.deepEqual(a0.map((p) => [p.start, p.end]), [[13, 17], [17, 18], [18, 29], [29, 33]]);
  assert.deepEqual(a0.map((p) => p.described), ['d-0', null, null, null], 'only the first piece carries the description');
  assert.deepEqual(a0.map((p) => p.inQuote), [true, true, true, false]);
  assert.deepEqual(a0.map((p) => p.sentence), ['0', null, '1', '1']);
  assert.ok(result.sentencesOutermost, 'a sentence was opened inside a quotation or an attribution');
  assert.equal(a1.length, 1);
  assert.equal(result.innerQuoteHolds, 'five', 'a quote\'s marks wrap the content they enclose');
  assert.deepEqual(a2.map((p) => p.text), ['Then "five"'], 'a reported content wraps the quote inside it, in one piece');
  assert.equal(result.outerHoldsQuote, '"five"');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('errors are messages, not crashes: a missing .wasm', async () => {
  const origin = new URL(env.server.url).origin;
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.route(`${origin}/pkg/quotelens_core_bg.wasm`, (r) => r.fulfill({ status: 404, body: 'not found' }));
  await page.goto(env.server.url);
  const error = page.locator('#error');
  await error.waitFor({ state: 'visible', timeout: 10000 });
  assert.match(await error.textContent(), /Could not load the analyser/);
  assert.ok(await page.locator('#analyse').isDisabled());
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('an empty paste clears the results instead of failing', async () => {
  const { page, problems } = await openPage(env);
  await paste(page, 'A short note. "Fine," she said.');
  await waitForOutput(page, 'A short note. "Fine," she said.');
  await page.click('#clear');
  assert.ok(await page.locator('#results').isHidden());
  await page.click('#analyse');
  assert.ok(await page.locator('#results').isHidden());
  assert.ok(await page.locator('#error').isHidden());
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('errors are messages, not crashes: a text over the size limit, then the page still works', async () => {
  const { page, problems } = await openPage(env);
  // 67.2 MB: the box is hidden while it is filled, only so that Chromium does not lay out 67 MB.
  await page.evaluate(() => {
    const box = document.getElementById('article');
    box.style.display = 'none';
    box.value = 'Word. '.repeat(11.2e6);
  });
  await page.click('#analyse');
  const error = page.locator('#error');
  await error.waitFor({ state: 'visible', timeout: 30000 });
  assert.match(await error.textContent(), /too large/);
  assert.equal(await error.getAttribute('role'), 'alert');
  assert.ok(await page.locator('#results').isHidden());
  await page.evaluate(() => {
    const box = document.getElementById('article');
    box.value = '';
    box.style.display = '';
  });
  const text = '"It works again," the engineer said.';
  await paste(page, text);
  await waitForOutput(page, text);
  assert.ok(await error.isHidden(), 'the old error is still shown');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('a long article (300 KB) is shown whole, with its highlights', async () => {
  const { generateText } = await import('../../scripts/bench.mjs');
  const text = generateText(300_000);
  const { page, problems } = await openPage(env);
  await paste(page, text);
  await waitForOutput(page, text);
  const analysis = await analyzeInNode(text, PAGE_OPTIONS);
  const shown = await page.$$eval('#output mark.attr:not(.cont)', (m) => m.length);
  assert.equal(shown, analysis.attributions.filter((a) => a.content.end > a.content.start).length);
  // The last highlight is reachable: scrolled to, it is laid out and shows its details.
  const last = page.locator('#output mark.attr:not(.cont)').last();
  await last.focus();
  assert.ok(await page.locator('#tip').isVisible());
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('the unsure-readings box shows the attributions the library leaves out by default', async () => {
  // "described as" is an unsure speech reading.
  const text = 'The senator said the bill would pass. The plan was described as a failure.';
  const sure = await analyzeInNode(text, PAGE_OPTIONS);
  const all = await analyzeInNode(text, { ...PAGE_OPTIONS, minConfidence: 0 });
  assert.ok(all.attributions.length > sure.attributions.length, 'the text has an unsure reading');
  const { page, problems } = await openPage(env);
  await paste(page, text);
  await waitForOutput(page, text);
  const count = () => page.$$eval('#output mark.attr:not(.cont)', (m) => m.length);
  assert.equal(await count(), sure.attributions.length);
  await page.check('#unsure');
  await page.waitForFunction((n) => document.querySelectorAll('#output mark.attr:not(.cont)').length === n, all.attributions.length);
  assert.ok(await page.locator('#output mark.attr.low').count() > 0, 'an unsure reading is drawn dashed');
  await page.uncheck('#unsure');
  await page.waitForFunction((n) => document.querySelectorAll('#output mark.attr:not(.cont)').length === n, sure.attributions.length);
  assert.deepEqual(problems, []);
  await page.context().close();
});
