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

  await t.test('by default, the two sources with the most statements', async () => {
    const picked = await Promise.all(['#cmp-a', '#cmp-b'].map((sel) => page.$eval(sel, (s) => ({ group: s.selectedOptions[0]?.parentElement.label, label: s.selectedOptions[0]?.textContent }))));
    assert.deepEqual(picked.map((p) => p.group), ['Sources', 'Sources']);
    const count = (label) => Number(/\((\d+)\)$/.exec(label)[1]);
    const counts = await page.$$eval('#cmp-a optgroup[label="Sources"] option', (os) => os.map((o) => o.textContent));
    const top = counts.map(count).sort((x, y) => y - x).slice(0, 2);
    assert.deepEqual(picked.map((p) => count(p.label)), top, `picked ${picked.map((p) => p.label).join(' and ')} among ${counts.join(', ')}`);
    // The source list, most quoted first, agrees: the first two sources are the pair.
    const listed = await page.$$eval('#sources button.source', (bs) => bs.slice(0, 2).map((b) => b.querySelector('.source-name').textContent));
    assert.deepEqual(picked.map((p) => p.label.replace(/ \(\d+\)$/, '')), listed);
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

  await t.test('topics: at most a dozen a side, things named, each leading to every claim that raises it', async () => {
    const topics = await page.$$eval('#cmp-body .cmp-col[data-party="a"] .cmp-topics li', (ls) =>
      ls.map((l) => ({ name: l.querySelector('a')?.textContent, links: [...l.querySelectorAll('a')].map((a) => a.getAttribute('href')) })),
    );
    assert.ok(topics.length > 0 && topics.length <= 12, `${topics.length} topics`);
    for (const w of ['he', 'she', 'they', 'it', 'away', 'said', 'the']) assert.ok(!topics.some((x) => x.name?.toLowerCase() === w), `“${w}” listed as a topic`);
    const claims = await page.$$eval('#cmp-body .cmp-col[data-party="a"] .cmp-claims li a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(topics.some((x) => x.links.length > 1), 'no topic leads to more than one claim');
    for (const x of topics) {
      assert.equal(new Set(x.links).size, x.links.length, `${x.name} links a claim twice`);
      for (const href of x.links) assert.ok(claims.includes(href), `${x.name} links to ${href}, not a claim of this party`);
    }
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
    const cmp = data.comparison;
    assert.ok(sameName(cmp.a.name, expected.a) && sameName(cmp.b.name, expected.b), `${cmp.a.name} / ${cmp.b.name}`);
    // Each claim comes in context: the sentence it stands in, the speaker as written, the document.
    const first = cmp.a.attributions[0];
    const context = data.claims[first.index];
    assert.ok(context.sentence.includes(first.content.text.replace(/\s+/g, ' ').trim()), `${context.sentence} / ${first.content.text}`);
    assert.ok(context.speaker && text.includes(context.speaker), `speaker as written: ${context.speaker}`);
    assert.equal(context.document, data.document);
    assert.ok(text.startsWith(data.document.replace(/…$/, '')), `document title: ${data.document}`);
    const csv = await grab('#export-csv');
    assert.match(csv.name, /\.csv$/);
    assert.match(csv.body.split('\r\n')[0], /^party,section,item,.*speaker_as_written,cue,cue_class,sentence,document$/);
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
  // A side speaks through several sources: each claim names its own.
  const metas = await page.$$eval('#cmp-body .cmp-col[data-party="b"] .claim-meta', (ms) => ms.map((m) => m.textContent.trim()));
  const hawks = await page.$$eval('#sources button.source', (bs) => bs.filter((b) => b.querySelector('.source-meta')?.textContent.split(' · ').includes('hawks')).map((b) => b.querySelector('.source-name').textContent));
  assert.ok(metas.length && metas.every((m) => hawks.some((name) => m.startsWith(name))), `claims ${metas.join(' | ')} / hawks ${hawks.join(', ')}`);

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
