// scripts/serve.mjs: the MIME types streaming compile and ES modules need, no way out of www/ and
// pkg/, and the next port when one is busy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { start } from '../../scripts/serve.mjs';

let server;
before(async () => {
  server = await start({ port: 0 });
});
after(async () => {
  await server?.close();
});

/** A raw GET, so that "../" reaches the server as typed (fetch would normalise it away). */
function get(rawPath) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serves the page, the package and the wasm with the right types', async () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  const page = await get('/');
  assert.equal(page.status, 200);
  assert.match(page.type, /^text\/html/);
  assert.match(page.body, /<title>quotelens/);
  assert.match((await get('/app.js')).type, /^text\/javascript/);
  assert.match((await get('/pkg/index.js')).type, /^text\/javascript/);
  assert.match((await get('/style.css')).type, /^text\/css/);
  const wasm = await get('/pkg/quotelens_core_bg.wasm');
  assert.equal(wasm.status, 200);
  assert.equal(wasm.type, 'application/wasm');
  assert.equal(wasm.body.slice(0, 4), '\0asm');
});

test('no directory traversal', async () => {
  for (const p of ['/../package.json', '/pkg/../../package.json', '/%2e%2e/package.json', '/pkg/%2e%2e/%2e%2e/Cargo.toml', '/..%2fpackage.json', '/pkg/..%5c..%5cpackage.json', '/%00', '/%E0%A4%A', '/pkg/', '/pkg']) {
    const res = await get(p);
    assert.equal(res.status === 404 || res.status === 400, true, `${p} → ${res.status}`);
    assert.doesNotMatch(res.body, /"name": "quotelens"|\[package\]/, p);
  }
});

test('takes the next port when the first is busy', async () => {
  const second = await start({ port: server.port });
  try {
    assert.notEqual(second.port, server.port);
    assert.ok(second.port > server.port && second.port <= server.port + 20);
  } finally {
    await second.close();
  }
});
