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
