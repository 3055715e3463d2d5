// The sample article, pasted into the page as a reader would: its expected attributions must be
// highlighted and grouped under the right source in the source list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, paste, waitForOutput, highlights, byAttribution, jaccard, sameName, readSample } from './helpers.mjs';

const text = readSample('trump-putin-call.txt');
const expected = JSON.parse(readSample('trump-putin-call.expected.json'));
const normalise = (s) => s.replace(/[\s\u00a0]+/g, ' ').trim();

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

test('sample article: pasted, shown verbatim, with sentence roles and per-source highlights', async (t) => {
  const { page, problems, requests, origin } = await openPage(env);
  await paste(page, text);
  await waitForOutput(page, text);

  await t.test('the article is shown verbatim, as text', async () => {
    assert.equal(await page.$eval('#output', (o) => o.textContent), text);
    assert.equal(await page.$$eval('#output *', (els) => els.filter((e) => !['SPAN', 'MARK'].includes(e.tagName) && !(e.tagName === 'DIV' && e.className === 'para')).length), 0);
  });

  await t.test('boilerplate sentences are dimmed and the headline stands out', async () => {
    const shown = await page.$$eval('#output .s', (els) =>
      els.map((e) => ({ text: e.textContent, role: [...e.classList].find((c) => c.startsWith('role-')), colour: getComputedStyle(e).color, weight: getComputedStyle(e).fontWeight })),
    );
    const wrong = [];
    for (const s of expected.sentences) {
      const found = shown.filter((x) => normalise(x.text) === s.text);
      if (!found.length) wrong.push(`not shown as a sentence: "${s.text}"`);
      else if (!found.some((x) => x.role === `role-${s.role}`)) wrong.push(`"${s.text}" shown as ${found[0].role}, expected role-${s.role}`);
    }
    assert.deepEqual(wrong, []);
    const body = shown.find((x) => x.role === 'role-body');
    const furniture = shown.find((x) => x.role === 'role-boilerplate');
    const headline = shown.find((x) => x.role === 'role-headline');
    assert.notEqual(furniture.colour, body.colour, 'boilerplate is not dimmed');
    assert.ok(Number(headline.weight) > Number(body.weight), 'the headline is not emphasised');
  });

  const list = await page.$$eval('#sources button.source', (bs) =>
    bs.map((b) => ({ name: b.querySelector('.source-name').textContent, count: Number(b.querySelector('.count').textContent) })),
  );
  const listed = list.map((s) => `${s.name} (${s.count})`).join(', ') || 'none';
  const all = byAttribution(await highlights(page));

  for (const [k, exp] of expected.attributions.entries()) {
    await t.test(`attribution ${k + 1}: ${exp.source} — "${exp.content.slice(0, 48)}${exp.content.length > 48 ? '…' : ''}"`, async () => {
      const start = text.indexOf(exp.content);
      assert.ok(start >= 0, 'the expected content is not in the sample text');
      const want = { start, end: start + exp.content.length };
      const index = list.findIndex((s) => sameName(s.name, exp.source));
      // For the message: what, if anything, is highlighted there.
      const near = [...all.values()].filter((e) => jaccard(e, want) > 0).map((e) => `"${e.text}"`).join(', ') || 'nothing';
      assert.ok(index >= 0, `no source named "${exp.source}" in the source list (listed: ${listed}); highlighted there: ${near}`);
      // A reader clicks the source in the list; its highlights are the selected ones.
      const button = page.locator('#sources button.source').nth(index);
      await button.click();
      assert.equal(await button.getAttribute('aria-pressed'), 'true');
      const mine = byAttribution(await highlights(page, '#output mark.attr.selected'));
      assert.equal(mine.size, list[index].count, 'the count in the list differs from the highlights shown');
      const hit = [...mine.values()].find((e) => jaccard(e, want) >= 0.5);
      assert.ok(hit, `"${exp.content}" is not highlighted under ${list[index].name}; its highlights: ${[...mine.values()].map((e) => `"${e.text}"`).join(', ')}; highlighted there: ${near}`);
      // The focused highlight is the one the click moved to, inside the selection.
      assert.ok(await page.evaluate(() => document.activeElement?.matches('mark.attr.selected')), 'the click did not move focus to a highlight of the source');
    });
  }

  await t.test('screenshot', async () => {
    await page.locator('#show-all').click({ timeout: 1000 }).catch(() => {});
    const first = page.locator('#output mark.attr').first();
    if (await first.count()) await first.focus();
    await page.screenshot({ path: '/tmp/quotelens-page.png', fullPage: true });
  });

  await t.test('no console errors, no page errors, no request beyond the page itself', async () => {
    assert.deepEqual(problems, []);
    const foreign = requests.filter((r) => new URL(r.url).origin !== origin && !r.url.startsWith('data:'));
    assert.deepEqual(foreign, []);
    assert.deepEqual(requests.filter((r) => r.method !== 'GET'), []);
  });
  await page.context().close();
});
