// Accessibility in Chromium: axe-core finds no violation at desktop and phone widths; a keyboard
// user walks through one source's statements; each highlight's accessible description (as
// Chromium computes it) names its own speaker; sources are told apart by a number, not colour only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setup, openPage, paste, waitForOutput, analyzeInNode, root, PAGE_OPTIONS } from './helpers.mjs';

const AXE = readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

// Three speakers, each heard more than once, one of them in the middle of the others.
const text = [
  'Harbour board and ferry crews argue over winter timetable',
  '"The winter timetable keeps every island connected," harbour board chair Nadia Coelho said on Monday.',
  'Ferry crew representative Piet Vos said the new rota would leave crews without rest days.',
  '"We asked for two more boats and got none," Vos told reporters at the quay.',
  'Coelho said the board would review the rota in March.',
  'Island councillor Ruth Imrie said residents had not been consulted about the changes.',
  '"Nobody asked the people who ride these ferries," Imrie said.',
  'Vos added that crews would vote on industrial action next week.',
].join('\n\n');

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

/** axe-core's violations on the page as it is now (injected into the page; CSP bypassed for it). */
async function axe(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

test('a long article’s progress: a named progress bar, the stage in the status, Cancel; axe-core finds no violations', async () => {
  const { generateText } = await import('../../scripts/bench.mjs');
  const long = generateText(2_000_000);
  const { page, problems } = await openPage(env, { bypassCSP: true });
  await paste(page, long);
  await page.waitForFunction(() => /sentences read/.test(document.getElementById('status').textContent), null, { timeout: 20000 });
  const bar = page.getByRole('progressbar', { name: 'Analysis progress' });
  assert.ok(await bar.isVisible());
  assert.equal(await page.getAttribute('#status', 'role'), 'status');
  assert.ok(await page.getByRole('button', { name: 'Cancel' }).isVisible());
  const violations = await axe(page);
  assert.ok(await bar.isVisible(), 'still under way when axe ran');
  assert.deepEqual(violations, [], 'the page while a long article is analysed');
  await page.click('#cancel');
  assert.deepEqual(problems, []);
  await page.context().close();
});

for (const [width, height] of [[1280, 900], [390, 844]]) {
  test(`axe-core finds no violations at ${width} px: empty page, analysed article with tooltip and comparison`, async () => {
    const { page, problems } = await openPage(env, { bypassCSP: true });
    await page.setViewportSize({ width, height });
    assert.deepEqual(await axe(page), [], 'the empty page');
    await paste(page, text);
    await waitForOutput(page, text);
    await page.locator('#compare').waitFor({ state: 'visible', timeout: 5000 });
    await page.locator('#output mark.attr[tabindex="0"]').focus();
    await page.click('#sources button.source >> nth=0');
    assert.ok(await page.locator('#tip').isVisible());
    assert.deepEqual(await axe(page), [], 'the analysed article, a source picked, its tooltip open');
    // The workbench's other parts: a filter on, the corrections open, a second document.
    await page.selectOption('#f-kind', 'direct');
    await page.click('#corrections summary');
    await page.click('#add-doc');
    await paste(page, 'A second account. "The ferries will run," the minister said.');
    await waitForOutput(page, 'A second account. "The ferries will run," the minister said.');
    assert.deepEqual(await axe(page), [], 'filters, corrections and two documents');
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}

test('a keyboard-only walk through one source’s statements', async () => {
  const { page, problems } = await openPage(env);
  const analysis = await analyzeInNode(text, PAGE_OPTIONS);
  const speakerOf = (i) => analysis.attributions[i].source?.name;
  const focusedAttr = () => page.evaluate(() => (document.activeElement?.matches('mark.attr') ? Number(document.activeElement.dataset.attr) : null));

  // The skip link is the page's first Tab stop, shown when focused.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'skip');
  const box = await page.locator('#skip').boundingBox();
  assert.ok(box && box.y >= 0, 'the skip link does not show when focused');

  // With an article analysed, it lands on a highlight.
  await paste(page, text);
  await waitForOutput(page, text);
  await page.focus('#skip');
  await page.keyboard.press('Enter');
  assert.notEqual(await focusedAttr(), null, 'the skip link did not land on a highlight');

  // One Tab leaves the article: the next stop is the first source in the list.
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement.matches('#sources button.source')), 'Tab stopped inside the article again');

  // Tab down the source list to Vos, pick him with Enter: his first statement is focused.
  const vos = analysis.sources.find((s) => /Vos/.test(s.name));
  assert.ok(vos && vos.attributions.length >= 3, `the analysis finds Vos three times (${JSON.stringify(analysis.sources.map((s) => [s.name, s.attributions.length]))})`);
  for (let k = 0; k < 10; k++) {
    const name = await page.evaluate(() => document.activeElement.querySelector?.('.source-name')?.textContent ?? '');
    if (name === vos.name) break;
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement.querySelector('.source-name')?.textContent), vos.name);
  await page.keyboard.press('Enter');
  const inOrder = [...vos.attributions].sort((x, y) => analysis.attributions[x].content.start - analysis.attributions[y].content.start);
  const visited = [await focusedAttr()];
  // The arrows now step through Vos's statements only, and wrap around.
  for (let k = 1; k < inOrder.length + 1; k++) {
    await page.keyboard.press('ArrowRight');
    visited.push(await focusedAttr());
  }
  assert.deepEqual(visited, [...inOrder, inOrder[0]], `visited ${visited.map(speakerOf).join(', ')}`);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await focusedAttr(), inOrder[inOrder.length - 1]);
  // The tooltip follows, naming Vos.
  assert.equal(await page.locator('#tip strong').textContent(), vos.name);
  // Previous/Next buttons, labelled with the source, do the same.
  assert.equal(await page.getAttribute('#next-statement', 'aria-label'), `Next statement of ${vos.name}`);
  await page.click('#next-statement');
  assert.equal(await focusedAttr(), inOrder[0]);
  // "Show all sources" brings every highlight back to the arrows.
  await page.click('#show-all');
  await page.keyboard.press('End');
  const last = analysis.attributions.map((a, i) => [a.content.start, i]).sort((x, y) => y[0] - x[0])[0][1];
  assert.equal(await focusedAttr(), last);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('each highlight’s accessible description (as Chromium computes it) names its own speaker', async () => {
  const { page, context, problems } = await openPage(env);
  const analysis = await analyzeInNode(text, PAGE_OPTIONS);
  await paste(page, text);
  await waitForOutput(page, text);
  const cdp = await context.newCDPSession(page);
  const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: doc.nodeId, selector: '#output mark.attr:not(.cont)' });
  assert.equal(nodeIds.length, analysis.attributions.length);
  const speakers = new Set();
  for (const nodeId of nodeIds) {
    const { attributes } = await cdp.send('DOM.getAttributes', { nodeId });
    const i = Number(attributes[attributes.indexOf('data-attr') + 1]);
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const description = nodes[0].description?.value ?? '';
    const a = analysis.attributions[i];
    if (a.speaker) {
      assert.ok(description.includes(a.speaker.text), `highlight ${i} (“${a.content.text}”) is described as: ${description}`);
      speakers.add(a.speaker.text);
    }
    assert.ok(description.includes(a.source?.name ?? ''), description);
    assert.ok(description.includes(`${Math.round(a.confidence * 100)}%`), description);
    assert.ok(description.includes(a.kind === 'indirect' ? 'reported speech' : 'quotation'), description);
  }
  assert.ok(speakers.size >= 3, `only ${speakers.size} different speakers described`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('sources are told apart without colour: a number on every statement and in the list', async () => {
  const { page, problems } = await openPage(env);
  await paste(page, text);
  await waitForOutput(page, text);
  const list = await page.$$eval('#sources button.source', (bs) => bs.map((b) => ({ n: b.querySelector('.swatch').textContent, key: b.dataset.key })));
  assert.deepEqual(list.map((x) => x.n), list.map((_, k) => String(k + 1)));
  const marks = await page.$$eval('#output mark.attr:not(.cont)', (ms) => ms.map((m) => ({ key: m.dataset.source, n: getComputedStyle(m, '::before').content })));
  for (const m of marks) {
    const listed = list.find((x) => x.key === m.key);
    assert.equal(m.n, `"${listed.n}"`, `a statement of ${m.key} shows ${m.n}`);
  }
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('filters by kind and confidence: the arrows and Previous/Next step through what is left', async () => {
  const { page, problems } = await openPage(env);
  const analysis = await analyzeInNode(text, PAGE_OPTIONS);
  await paste(page, text);
  await waitForOutput(page, text);
  const byStart = (x, y) => analysis.attributions[x].content.start - analysis.attributions[y].content.start;
  const focusedAttr = () => page.evaluate(() => Number(document.activeElement.dataset.attr));
  const walk = async (n) => {
    const seen = [await focusedAttr()];
    for (let k = 1; k < n; k++) {
      await page.keyboard.press('ArrowRight');
      seen.push(await focusedAttr());
    }
    return seen;
  };

  await page.selectOption('#f-kind', 'direct');
  const direct = analysis.attributions.map((a, i) => (a.kind === 'direct' ? i : -1)).filter((i) => i >= 0).sort(byStart);
  assert.ok(direct.length >= 2 && direct.length < analysis.attributions.length, `direct quotations: ${direct.length} of ${analysis.attributions.length}`);
  const kept = await page.$$eval('#output mark.attr.selected:not(.cont)', (ms) => ms.map((m) => Number(m.dataset.attr)));
  assert.deepEqual(kept.sort(byStart), direct);
  assert.equal(await page.textContent('#filter-count'), `${direct.length} statements of ${analysis.attributions.length} shown`);
  await page.locator('#output mark.attr[tabindex="0"]').focus();
  assert.deepEqual(await walk(direct.length + 1), [...direct, direct[0]]);

  // With a confidence floor too: only what passes both.
  await page.selectOption('#f-conf', '0.9');
  const both = direct.filter((i) => analysis.attributions[i].confidence >= 0.9);
  const tabStop = await page.$eval('#output mark.attr[tabindex="0"]', (m) => Number(m.dataset.attr));
  if (both.length) assert.ok(both.includes(tabStop), 'the tab stop is not on a statement shown');
  await page.selectOption('#f-kind', '');
  await page.selectOption('#f-conf', '0');
  assert.equal(await page.locator('#output.filtering').count(), 0, 'no filter, yet the article is still filtered');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('contrast: every source colour gives its speaker names 4.5:1 on its tint, and rules and outlines 3:1', async () => {
  const { page, problems } = await openPage(env);
  const colours = await page.evaluate(() => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const read = (cls) => {
      probe.className = cls;
      const s = getComputedStyle(probe);
      return { cls, c: s.getPropertyValue('--c').trim(), bg: s.getPropertyValue('--bg').trim() };
    };
    const list = [...Array(10).keys()].map((k) => read(`c${k}`)).concat(read('cx'));
    // The colours as the browser resolves them (rgb() strings).
    const resolve = (value) => {
      probe.className = '';
      probe.style.color = value;
      return getComputedStyle(probe).color;
    };
    const out = list.map((x) => ({ cls: x.cls, c: resolve(x.c), bg: resolve(x.bg) }));
    probe.remove();
    const quote = document.createElement('span');
    quote.className = 'q';
    document.body.append(quote);
    const q = getComputedStyle(quote).borderBottomColor;
    quote.remove();
    return { list: out, quoteRule: q };
  });
  const rgba = (s) => s.match(/[\d.]+/g).map(Number);
  const over = ([r, g, b, a = 1], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
  const lum = (rgb) => {
    const [r, g, b] = rgb.map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (x, y) => (Math.max(lum(x), lum(y)) + 0.05) / (Math.min(lum(x), lum(y)) + 0.05);
  const white = [255, 255, 255];
  assert.equal(colours.list.length, 11);
  for (const { cls, c, bg } of colours.list) {
    const tint = over(rgba(bg), white);
    const ink = rgba(c).slice(0, 3);
    assert.ok(ratio(ink, tint) >= 4.5, `${cls}: a speaker name on its tint is ${ratio(ink, tint).toFixed(2)}:1`);
    assert.ok(ratio(ink, white) >= 3, `${cls}: its rule and outline on white are ${ratio(ink, white).toFixed(2)}:1`);
    assert.ok(ratio(white, ink) >= 4.5, `${cls}: a white number on it is ${ratio(white, ink).toFixed(2)}:1`);
  }
  const q = rgba(colours.quoteRule).slice(0, 3);
  assert.ok(ratio(q, white) >= 3, `the quotation rule is ${ratio(q, white).toFixed(2)}:1`);
  assert.deepEqual(problems, []);
  await page.context().close();
});
