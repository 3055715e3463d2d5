// Offline: after one visit, the service worker has the page, its modules, the analyser (and its
// worker) and the example article; a reload with the network off loads, analyses a paste, the
// example and a long text (in the worker).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setup, openPage, paste, waitForOutput, root } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.teardown();
});

test('a reload with the network off works: the page, the analyser and the example', async () => {
  const { page, context, problems } = await openPage(env);
  // The service worker is installed (its cache filled on install). The network goes off at once:
  // everything the reload needs must come from what the first visit stored.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  // The network really is off: a file the page never loaded cannot be fetched.
  assert.equal(await page.evaluate(() => fetch('/never-cached.txt').then(() => 'fetched', () => 'failed')), 'failed');
  problems.length = 0;
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });
  assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'no service worker controls the page');
  assert.match(await page.textContent('#status'), /Ready/);

  const text = 'Offline still. "The ferry runs at noon," the harbour master said.';
  await paste(page, text);
  await waitForOutput(page, text);
  assert.ok(await page.locator('#output mark.attr').count() > 0, 'no highlight offline');

  await page.click('#example');
  await waitForOutput(page, readFileSync(path.join(root, 'www/example.txt'), 'utf8'));

  // A long text goes through the worker, whose files and .wasm come from the cache too.
  const { generateText } = await import('../../scripts/bench.mjs');
  const long = generateText(150_000);
  await paste(page, long);
  await page.waitForSelector('#progress:not([hidden])');
  await waitForOutput(page, long);
  await page.waitForSelector('#progress', { state: 'hidden' });
  assert.ok(await page.locator('#output mark.attr').count() > 100, 'no highlight offline');
  // The only failure allowed is the probe above; the page itself loaded everything from the cache.
  assert.deepEqual(problems.filter((p) => !p.includes('never-cached')), []);
  await context.setOffline(false);
  await context.close();
});
