// quotelens/worker in Node (pkg/node-async.js): analyzeAsync in a worker thread, with progress
// and an AbortSignal. The browser side (pkg/async.js, a module worker) is tested in Chromium by
// tests/browser/worker.test.mjs and, packed, by tests/package/tarball.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeAsync, QuotelensError } from '../../pkg/node-async.js';
import { analyze, QuotelensError as SyncError } from '../../pkg/node.js';
import { generateText } from '../../scripts/bench.mjs';

const TEXT = generateText(200_000);

test('analyzeAsync gives what analyze gives, with progress that rises to the total', async () => {
  const seen = [];
  const options = { classes: ['speech', 'writing'], minConfidence: 0.3 };
  const analysis = await analyzeAsync(TEXT, { ...options, onProgress: (p) => seen.push(p) });
  assert.deepEqual(analysis, analyze(TEXT, options));
  const total = analysis.sentences.length;
  assert.ok(total > 1000, `${total} sentences`);
  // About every 1% of the sentences, then the sources stage once.
  assert.ok(seen.length >= 50 && seen.length <= 101, `${seen.length} calls`);
  assert.deepEqual(seen.at(-1), { stage: 'sources', done: total, total });
  assert.ok(seen.slice(0, -1).every((p) => p.stage === 'attributions' && p.total === total));
  assert.equal(seen[0].done, 0);
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i].done > seen[i - 1].done, `done goes up: ${seen[i - 1].done} then ${seen[i].done}`);
});

test('an abort ends the worker and rejects with an AbortError; an aborted signal rejects at once', async () => {
  const controller = new AbortController();
  let calls = 0;
  const pending = analyzeAsync(TEXT, {
    signal: controller.signal,
    onProgress: () => {
      if (++calls === 3) controller.abort();
    },
  });
  await assert.rejects(pending, (err) => err instanceof DOMException && err.name === 'AbortError');
  const after = calls;
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(calls, after, 'no progress after the abort');

  // Already aborted: no worker is started (the promise settles before one could answer).
  const t0 = performance.now();
  await assert.rejects(analyzeAsync(TEXT, { signal: AbortSignal.abort() }), { name: 'AbortError' });
  assert.ok(performance.now() - t0 < 50, 'rejected at once');
  // The signal's own reason, as fetch does.
  const reason = new Error('changed my mind');
  await assert.rejects(analyzeAsync(TEXT, { signal: AbortSignal.abort(reason) }), (err) => err === reason);
});

test('errors are the same QuotelensErrors as analyze throws', async () => {
  assert.equal(QuotelensError, SyncError, 'one class for both entries');
  const same = async (text, options) => {
    let sync;
    try {
      analyze(text, options);
    } catch (err) {
      sync = err;
    }
    assert.ok(sync instanceof QuotelensError, `analyze throws for ${JSON.stringify(options)}`);
    await assert.rejects(analyzeAsync(text, options), (err) => {
      assert.ok(err instanceof QuotelensError, `${err}`);
      assert.equal(err.code, sync.code);
      assert.equal(err.message, sync.message);
      return true;
    });
  };
  await same(42);
  await same('Text.', { minConfidence: 2 });
  await same('Text.', { colour: 'red' });
  await same('Text.', { classes: ['rumour'] });
  await same('Text.', { sources: { sources: 'Jane Doe' } });
  // Found by the wasm in the worker, not by the checks before it.
  await same('Text.', { sources: { sourcez: [] } });
  await same('Text.', { lang: 'klingon' });
  await same('x'.repeat(64 * 1024 * 1024 + 1));
  await assert.rejects(analyzeAsync('Text.', { onProgress: 'yes' }), { code: 'bad_options' });
  await assert.rejects(analyzeAsync('Text.', { signal: {} }), { code: 'bad_options' });
  await assert.rejects(analyzeAsync('Text.', 'en'), { code: 'bad_options' });
});
