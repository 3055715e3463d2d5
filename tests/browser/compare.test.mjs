// The comparison panel on the sample article: White House against the Kremlin, as
// trump-putin-call.expected.json has it under "comparison"; links back to the text; exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, openPage, paste, waitForOutput, readSample, sameName } from './helpers.mjs';

const text = readSample('trump-putin-call.txt');
const expected = JSON.parse(readSample('trump-putin-call.expected.json')).comparison;
const norm = (s) => s.toLowerCase().replace(/[“”"'.,]/g, '').replace(/\s+/g, ' ').trim();

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

/** Picks a party by its label in a select (e.g. "White House"), sources before sides. */
async function choose(page, select, name) {
  const options = await page.$$eval(`${select} option`, (os) => os.map((o) => ({ value: o.value, label: o.textContent.replace(/ \(\d+\)$/, ''), group: o.parentElement.label })));
  const found = options.find((o) => o.group === 'Sources' && o.label.toLowerCase().replace(/^the /, '') === name.toLowerCase()) ?? options.find((o) => o.label.toLowerCase().includes(name.toLowerCase()));
  assert.ok(found, `no "${name}" to pick in ${select} (options: ${options.map((o) => o.label).join(', ') || 'none'})`);
  await page.selectOption(select, found.value);
}

const column = (page, party) =>
  page.$eval(`#cmp-body .cmp-col[data-party="${party}"]`, (col) => ({
    name: col.querySelector('h3').textContent,
    framing: [...col.querySelectorAll('.cmp-framing li')].map((li) => li.textContent),
    topics: [...col.querySelectorAll('.cmp-topics li')].map((li) => ({ text: li.textContent, only: !!li.querySelector('.only') })),
    claims: col.querySelectorAll('.cmp-claims li a').length,
  }));

test('comparison panel on the sample article: White House and Kremlin side by side', async (t) => {
  const { page, problems } = await openPage(env);
  await paste(page, text);
  await waitForOutput(page, text);
  await page.locator('#compare').waitFor({ state: 'visible', timeout: 3000 }).catch(() => {});
  assert.ok(await page.locator('#compare').isVisible(), 'no comparison panel (is compare in pkg/index.d.ts yet?)');

  await t.test('by default, the two most quoted sides', async () => {
    const a = await page.$eval('#cmp-a', (s) => s.selectedOptions[0]?.parentElement.label);
    const b = await page.$eval('#cmp-b', (s) => s.selectedOptions[0]?.parentElement.label);
    assert.equal(a, 'Sides');
    assert.equal(b, 'Sides');
    const sides = [await page.inputValue('#cmp-a'), await page.inputValue('#cmp-b')].sort();
    assert.deepEqual(sides, ['russia', 'us']);
  });

  await choose(page, '#cmp-a', expected.a);
  await choose(page, '#cmp-b', expected.b);
  const a = await column(page, 'a');
  const b = await column(page, 'b');

  await t.test('framing words of each side', () => {
    assert.ok(sameName(a.name.replace(/(source|side).*$/, ''), expected.a) || a.name.includes(expected.a), a.name);
    for (const w of expected.framing_a) assert.ok(a.framing.some((f) => norm(f) === norm(w)), `${expected.a} framing: ${a.framing.join(' | ')}`);
    for (const w of expected.framing_b) assert.ok(b.framing.some((f) => norm(f) === norm(w)), `${expected.b} framing: ${b.framing.join(' | ')}`);
    assert.ok(a.claims > 0 && b.claims > 0);
  });

  await t.test('topics raised by only one side are marked', () => {
    for (const topic of expected.topics_only_a) {
      const item = a.topics.find((x) => norm(x.text).includes(norm(topic)));
      assert.ok(item, `${expected.a} topics: ${a.topics.map((x) => x.text).join(' | ')}`);
      assert.ok(item.only, `"${topic}" is not marked "only this side"`);
    }
  });

  await t.test('the omission statement and a shared topic', async () => {
    const omissions = await page.$$eval('#cmp-body .cmp-omissions li', (l) => l.map((x) => x.textContent));
    for (const o of expected.omission_statements) {
      assert.ok(omissions.some((x) => x.includes(o.sentence) && x.includes(o.about) && norm(x).includes(norm(o.topic))), `omissions: ${omissions.join(' | ')}`);
    }
    const both = await page.$$eval('#cmp-body .cmp-both li', (l) => l.map((x) => x.textContent));
    assert.ok(both.length > 0 && !both[0].includes('nothing in common'), `raised by both: ${both.join(' | ')}`);
  });

  await t.test('an item links back to its highlight (scroll and focus)', async () => {
    const link = page.locator('#cmp-body .cmp-col[data-party="a"] .cmp-framing a').first();
    await link.click();
    const focused = await page.evaluate(() => (document.activeElement?.matches('mark.attr') ? document.activeElement.textContent : null));
    assert.ok(focused && norm(focused).includes(norm(expected.framing_a[0])), `focus went to: ${focused}`);
    assert.ok(await page.locator('#tip').isVisible());
  });

  await t.test('exports: JSON, CSV and Markdown downloads', async () => {
    const grab = async (button) => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 5000 }), page.click(button)]);
      return { name: download.suggestedFilename(), body: readFileSync(await download.path(), 'utf8') };
    };
    const json = await grab('#export-json');
    assert.match(json.name, /\.json$/);
    const data = JSON.parse(json.body);
    assert.ok(sameName(data.a.name, expected.a) && sameName(data.b.name, expected.b), `${data.a.name} / ${data.b.name}`);
    const csv = await grab('#export-csv');
    assert.match(csv.name, /\.csv$/);
    assert.match(csv.body.split('\r\n')[0], /^party,section,item,/);
    for (const w of [...expected.framing_a, ...expected.framing_b]) assert.ok(csv.body.includes(w), `CSV lacks ${w}`);
    const mdown = await grab('#export-md');
    assert.match(mdown.name, /\.md$/);
    assert.ok(mdown.body.startsWith('# '), mdown.body.slice(0, 80));
    assert.ok(mdown.body.includes('only this side'));
  });

  assert.deepEqual(problems, []);
  await page.context().close();
});

test('your own sides: JSON in the page regroups the sources and the comparison', async () => {
  const { page, problems } = await openPage(env);
  await paste(page, text);
  await waitForOutput(page, text);
  await page.click('#custom summary');
  await page.fill('#custom-json', JSON.stringify({ sides: { hawks: ['military leaders'] } }));
  await page.locator('#custom-json').blur(); // a change event re-analyses
  await page.waitForFunction(() => [...document.querySelectorAll('#sources .source-meta')].some((m) => m.textContent.split(' · ').includes('hawks')), null, { timeout: 5000 });
  const sides = await page.$$eval('#cmp-a optgroup[label="Sides"] option', (os) => os.map((o) => o.value));
  assert.ok(sides.includes('hawks'), `sides to compare: ${sides.join(', ')}`);
  await page.selectOption('#cmp-b', 'hawks');
  const b = await column(page, 'b');
  assert.ok(b.claims >= 1, 'the hawks have no claims');

  // Not JSON: said beside the box, and the article is still analysed.
  await page.fill('#custom-json', '{"sides": ');
  await page.locator('#custom-json').blur();
  await page.locator('#custom-error').waitFor({ state: 'visible', timeout: 5000 });
  assert.match(await page.textContent('#custom-error'), /not valid JSON/);
  assert.ok(await page.locator('#results').isVisible());
  assert.ok(await page.locator('#error').isHidden());

  // JSON the analyser refuses: said beside the box too, and the article is analysed without it.
  await page.fill('#custom-json', '{"sides": {"hawks": 5}}');
  await page.locator('#custom-json').blur();
  await page.waitForFunction(() => /not accepted/.test(document.querySelector('#custom-error').textContent), null, { timeout: 5000 });
  assert.ok(await page.locator('#custom-error').isVisible());
  assert.ok(await page.locator('#results').isVisible());
  assert.ok(await page.locator('#error').isHidden());
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('exports neutralise article text: CSV formulas and Markdown markup', async () => {
  const { page, problems } = await openPage(env);
  const out = await page.evaluate(async () => {
    const { toCSV, toMarkdown } = await import('/compare.js');
    const span = (text) => ({ start: 0, end: text.length, text });
    const party = (name, claim) => ({ query: name, id: name, name, kind: 'source', side: null, sources: [0], attributions: [{ index: 0, kind: 'direct', confidence: 0.5, sentence: 0, source: name, content: span(claim) }], framing: [], topics: [] });
    const cmp = { a: party('A', '=HYPERLINK("http://x","y")'), b: party('B', '[click](javascript:alert(1)) <img src=x>'), sharedTopics: [], onlyA: [], onlyB: [], omissions: [], contrasts: [] };
    return { csv: toCSV(cmp), md: toMarkdown(cmp) };
  });
  const rows = out.csv.trim().split('\r\n');
  assert.ok(rows.some((r) => r.includes(`"'=HYPERLINK(""http://x"",""y"")"`)), rows.join('\n'));
  // Markdown: brackets, parentheses and angle brackets from the article come escaped.
  assert.ok(!/(^|[^\\])\]\(/.test(out.md), `a live link: ${out.md}`);
  assert.ok(!/(^|[^\\])</.test(out.md), `live HTML: ${out.md}`);
  assert.ok(out.md.includes('\\[click\\]\\(javascript:alert\\(1\\)\\) \\<img src=x\\>'), out.md);
  assert.deepEqual(problems, []);
  await page.context().close();
});
