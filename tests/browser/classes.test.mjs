// The cue classes in the page: by default it shows statements only (speech and writing); the
// "Beliefs, judgements and actions too" box re-analyses with every class, and the source list, the
// empty-state text and the comparison follow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, paste, waitForOutput, highlights, byAttribution, analyzeInNode } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

/** The attributions highlighted: their texts, in order. */
const shown = async (page) => [...byAttribution(await highlights(page)).values()].map((e) => e.text);

/** Waits until exactly `n` attributions are highlighted (the re-analysis after a box changes). */
const waitForCount = (page, n) =>
  page.waitForFunction((k) => document.querySelectorAll('#output mark.attr:not(.cont)').length === k, n, { timeout: 5000 });

test('by default only speech and writing are highlighted; the box shows beliefs and judgements too', async (t) => {
  const text = '"We will win," the mayor said. The governor believes the plan will fail. Critics criticized the budget as reckless.';
  // The engine's reading of the text, to know that the test is about classes, not about misses.
  const all = (await analyzeInNode(text)).attributions.map((a) => [a.cueClass, a.content.text]);
  assert.deepEqual(all, [['speech', '"We will win,"'], ['belief', 'the plan will fail'], ['evaluation', 'the budget as reckless']]);

  const { page, problems } = await openPage(env);
  assert.equal(await page.isChecked('#beliefs'), false, 'the box starts unticked');
  await paste(page, text);
  await waitForOutput(page, text);

  await t.test('by default: the speech only, and the page says what is hidden', async () => {
    assert.deepEqual(await shown(page), ['"We will win,"']);
    assert.match(await page.textContent('#status'), /1 attribution \(speech and writing\)/);
    assert.ok(await page.locator('#classes-note').isVisible(), 'the note on hidden beliefs and judgements is not shown');
    assert.match(await page.textContent('#classes-note'), /hidden/);
    assert.match(await page.getAttribute('label:has(#beliefs)', 'title'), /believe.*judged/);
  });

  await t.test('ticked: the belief and the evaluation too, each with its class in the details', async () => {
    await page.check('#beliefs');
    await waitForCount(page, 3);
    assert.deepEqual(await shown(page), ['"We will win,"', 'the plan will fail', 'the budget as reckless']);
    assert.match(await page.textContent('#status'), /3 attributions ·/);
    assert.doesNotMatch(await page.textContent('#status'), /speech and writing/);
    assert.ok(await page.locator('#classes-note').isHidden());
    for (const [content, cue] of [['the plan will fail', 'believes (belief)'], ['the budget as reckless', 'criticized (evaluation)']]) {
      await page.locator('#output mark.attr:not(.cont)', { hasText: content }).focus();
      assert.equal(await page.locator('#tip .tip-cue').textContent(), cue);
    }
  });

  await t.test('unticked again: back to the speech only', async () => {
    await page.uncheck('#beliefs');
    await waitForCount(page, 1);
    assert.deepEqual(await shown(page), ['"We will win,"']);
    assert.ok(await page.locator('#classes-note').isVisible());
  });

  assert.deepEqual(problems, []);
  await page.context().close();
});

test('a text with only a belief: the empty source list says beliefs are hidden, and how to see them', async () => {
  const text = 'The governor believes the plan will fail.';
  const { page, problems } = await openPage(env);
  await paste(page, text);
  await waitForOutput(page, text);
  assert.deepEqual(await shown(page), []);
  const empty = page.locator('#sources-empty');
  assert.ok(await empty.isVisible());
  assert.match(await empty.textContent(), /No attributed speech or writing found\. Beliefs, judgements and actions are hidden: tick “Beliefs, judgements and actions too”/);
  await page.check('#beliefs');
  await waitForCount(page, 1);
  assert.ok(await empty.isHidden(), 'the empty-state text stays');
  assert.deepEqual(await page.$$eval('#sources .source-name', (n) => n.map((x) => x.textContent)), ['The governor']);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('the comparison follows the box, and keeps the pair being compared', async () => {
  const text = '"We will win," Vladimir Putin said. "Talks will go on," Donald Trump said. '
    + 'Donald Trump believes the plan will fail. Senator John McCain criticized the budget as reckless.';
  const { page, problems } = await openPage(env);
  await paste(page, text);
  await waitForOutput(page, text);
  await page.locator('#compare').waitFor({ state: 'visible', timeout: 5000 });
  const offered = () => page.$$eval('#cmp-a option', (os) => os.map((o) => o.textContent));
  const claims = (party) => page.$$eval(`#cmp-body .cmp-col[data-party="${party}"] .cmp-claims li`, (l) => l.map((x) => x.textContent));

  assert.deepEqual((await offered()).filter((o) => /McCain/.test(o)), [], 'McCain only judged: not offered by default');
  const trump = await page.$eval('#cmp-a', (s) => [...s.options].find((o) => o.textContent.startsWith('Donald Trump')).value);
  const putin = await page.$eval('#cmp-a', (s) => [...s.options].find((o) => o.textContent.startsWith('Vladimir Putin')).value);
  await page.selectOption('#cmp-a', trump);
  await page.selectOption('#cmp-b', putin);
  assert.ok((await offered()).includes('Donald Trump (1)'), (await offered()).join(', '));
  assert.equal((await claims('a')).length, 1);

  await page.check('#beliefs');
  await waitForCount(page, 4);
  assert.ok((await offered()).some((o) => o.startsWith('John McCain')), (await offered()).join(', '));
  assert.ok((await offered()).includes('Donald Trump (2)'), (await offered()).join(', '));
  // Re-analysed, the same article keeps Trump against Putin, now with Trump's belief.
  assert.equal(await page.inputValue('#cmp-a'), trump);
  assert.equal(await page.inputValue('#cmp-b'), putin);
  const trumpClaims = await claims('a');
  assert.equal(trumpClaims.length, 2);
  assert.ok(trumpClaims.some((c) => c.includes('the plan will fail')), trumpClaims.join(' | '));
  assert.deepEqual(problems, []);
  await page.context().close();
});
