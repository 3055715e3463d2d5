// The size budget: what a browser downloads (the .wasm and its JavaScript glue, gzipped) stays
// within 200 KB with every language in it. The build writes pkg/sizes.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const pkg = new URL('../../pkg/', import.meta.url);
const BUDGET = 200_000;

test('the .wasm and its browser glue are within 200 KB gzipped', () => {
  // Measured here, not read from sizes.json, so that a stale file cannot pass.
  // Node's entries (node.js, node-async.js, node-worker.js) and the test entry are not downloaded.
  const files = readdirSync(pkg).filter((f) => /\.(wasm|js)$/.test(f) && !f.startsWith('node') && f !== 'test.js');
  for (const f of ['quotelens_core_bg.wasm', 'quotelens_core.js', 'async.js', 'worker.js', 'remote.js']) assert.ok(files.includes(f), `${f} is counted: ${files}`);
  const gzipped = files.reduce((n, f) => n + gzipSync(readFileSync(new URL(f, pkg)), { level: 9 }).length, 0);
  assert.ok(gzipped <= BUDGET, `${gzipped} bytes gzipped, over the ${BUDGET} budget`);
});
