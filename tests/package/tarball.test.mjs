// The npm package as its users get it: a clean clone of the repository (what is committed, not
// the working tree) packed with `npm pack`, the one tarball installed into a fresh project, and
// used from there by Node (ESM and CommonJS), TypeScript, and bundles of Vite, esbuild and
// webpack, for Node and (in Chromium) for the browser. Each runs an analysis.
//
// The clone borrows the repository's build tools (node_modules/, .tools/ and the cargo target
// directory): they are caches, and the tarball is built from the clone's own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
let work;
let project;
let tarball;

/** What every project runs: an analysis, and a typed error. */
const RUN = `
async function run() {
  if (typeof init === 'function') await init();
  const a = analyze('"We are ready," Lavrov said.');
  let code = null;
  try { compare(a, 'Lavrov', 'Atlantis'); } catch (e) { code = e instanceof QuotelensError ? e.code : 'untyped: ' + e; }
  return { speaker: a.attributions[0]?.speaker?.text, words: a.attributions[0]?.inner?.text, code };
}`;
const EXPECTED = { speaker: 'Lavrov', words: 'We are ready', code: 'unknown_source' };
const IMPORT = `import init, { analyze, compare, QuotelensError } from 'quotelens';`;
// Node needs no init: only the named exports, which a bundler may take from api.js directly,
// skipping node.js (which compiles the .wasm) unless sideEffects says that it must not.
const NODE_APP = `import { analyze, compare, QuotelensError } from 'quotelens';\nconst init = undefined;${RUN}
run().then((r) => console.log(JSON.stringify(r)));\n`;
const BROWSER_APP = `${IMPORT}${RUN}
run().then((r) => { document.body.dataset.result = JSON.stringify(r); },
  (e) => { document.body.dataset.result = JSON.stringify({ error: String(e) }); });
`;
const PAGE = (script) => `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body><script type="module" src="${script}"></script></body></html>`;

const sh = (cmd, args, cwd, env = {}) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ...env } });
const runNode = (file, cwd) => JSON.parse(sh(process.execPath, [file], cwd).trim().split('\n').pop());

before(() => {
  work = mkdtempSync(join(tmpdir(), 'quotelens-package-'));
  const clone = join(work, 'clone');
  sh('git', ['clone', '--quiet', root, clone], work);
  for (const cache of ['node_modules', '.tools']) symlinkSync(join(root, cache), join(clone, cache));
  const target = process.env.CARGO_TARGET_DIR || join(root, 'target');
  const [{ filename }] = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], clone, { CARGO_TARGET_DIR: target }));
  tarball = join(work, filename);
  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  sh('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], project);
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the tarball of a clean clone holds the package, its licences and its metadata', () => {
  const files = sh('tar', ['-tzf', tarball], work).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
  for (const f of ['pkg/node.js', 'pkg/node.cjs', 'pkg/index.js', 'pkg/index.d.ts', 'pkg/index.d.cts', 'pkg/quotelens_core_bg.wasm',
    'pkg/async.js', 'pkg/worker.js', 'pkg/remote.js', 'pkg/node-async.js', 'pkg/node-worker.js', 'pkg/worker.d.ts',
    'README.md', 'LICENSE-MIT', 'LICENSE-APACHE']) {
    assert.ok(files.includes(f), `the tarball has ${f}: ${files}`);
  }
  assert.ok(!files.includes('pkg/test.js'), 'the test entry stays out');
  const meta = JSON.parse(readFileSync(join(project, 'node_modules', 'quotelens', 'package.json'), 'utf8'));
  assert.ok(meta.repository && meta.homepage && meta.keywords.length, 'repository, homepage, keywords');
  assert.ok(meta.sideEffects.includes('./pkg/node.js'), 'node.js compiles the .wasm at import: not side-effect free');
});

test('Node, ESM: import { analyze } from "quotelens" with no init call', () => {
  writeFileSync(join(project, 'main.mjs'), `import { analyze } from 'quotelens';
const text = '"We are ready," Lavrov said 😀. The talks went on.';
const a = analyze(text);
console.log(JSON.stringify({ n: a.sentences.length, q: text.slice(a.quotations[0].start, a.quotations[0].end) }));`);
  assert.deepEqual(runNode('main.mjs', project), { n: 2, q: '"We are ready,"' });
  writeFileSync(join(project, 'app.mjs'), NODE_APP);
  assert.deepEqual(runNode('app.mjs', project), EXPECTED);
});

/** What quotelens/worker runs: an analysis in a worker, with its progress, and an abort. */
const ASYNC_RUN = `
async function runAsync() {
  const stages = new Set();
  const a = await analyzeAsync('"We are ready," Lavrov said.', { onProgress: (p) => stages.add(p.stage) });
  const aborted = await analyzeAsync('Text.', { signal: AbortSignal.abort() }).catch((e) => e.name);
  const code = await analyzeAsync(42).catch((e) => (e instanceof QuotelensError ? e.code : 'untyped: ' + e));
  return { speaker: a.attributions[0]?.speaker?.text, stages: [...stages], aborted, code };
}`;
const ASYNC_EXPECTED = { speaker: 'Lavrov', stages: ['attributions', 'sources'], aborted: 'AbortError', code: 'bad_text' };
const ASYNC_IMPORT = `import { analyzeAsync, QuotelensError } from 'quotelens/worker';`;

test('Node, ESM: import { analyzeAsync } from "quotelens/worker" runs in a worker thread', () => {
  writeFileSync(join(project, 'async.mjs'), `${ASYNC_IMPORT}${ASYNC_RUN}
runAsync().then((r) => console.log(JSON.stringify({ ...r, entry: import.meta.resolve('quotelens/worker').split('/').pop() })));`);
  assert.deepEqual(runNode('async.mjs', project), { ...ASYNC_EXPECTED, entry: 'node-async.js' });
});

test('Node, CommonJS: require("quotelens") loads the CommonJS entry', () => {
  writeFileSync(join(project, 'main.cjs'), `const { default: init, analyze, compare, QuotelensError } = require('quotelens');
${RUN}
run().then((r) => console.log(JSON.stringify({ ...r, entry: require.resolve('quotelens').split('/').pop() })));`);
  assert.deepEqual(runNode('main.cjs', project), { ...EXPECTED, entry: 'node.cjs' });
});

test('the browser entry (default condition) exports init and analyze', () => {
  writeFileSync(
    join(project, 'browser-entry.mjs'),
    `import { readFileSync } from 'node:fs';
const dir = new URL('./node_modules/quotelens/pkg/', import.meta.url);
const mod = await import(new URL('index.js', dir));
// What a bundler does with the default condition: init with the .wasm's bytes.
await mod.default({ moduleOrPath: readFileSync(new URL('quotelens_core_bg.wasm', dir)) });
console.log(mod.analyze('One. Two.').sentences.length);`,
  );
  assert.equal(sh(process.execPath, ['browser-entry.mjs'], project).trim(), '2');
});

function tsc(args) {
  try {
    sh(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), ...args], project);
  } catch (e) {
    assert.fail(`tsc found errors:\n${e.stdout}${e.stderr}`);
  }
}

test('the TypeScript types stand alone: lib ES2022, no DOM, no Node types, skipLibCheck off', () => {
  copyFileSync(join(here, 'types-standalone.ts'), join(project, 'types-standalone.ts'));
  writeFileSync(join(project, 'tsconfig.standalone.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022',
      lib: ['es2022'], types: [], skipLibCheck: false },
    files: ['types-standalone.ts'],
  }));
  tsc(['-p', 'tsconfig.standalone.json']);
});

test('the TypeScript types describe the analysis (strict, no any), for import and for require', () => {
  copyFileSync(join(here, 'types-check.ts'), join(project, 'types-check.ts'));
  tsc(['--strict', '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022',
    '--lib', 'es2022,dom', 'types-check.ts']);
  // A CommonJS TypeScript file: require resolves to node.cjs, typed by index.d.cts.
  writeFileSync(join(project, 'types-require.cts'), `import quotelens = require('quotelens');
const a: quotelens.Analysis = quotelens.analyze('"We are ready," Lavrov said.');
const code: quotelens.ErrorCode = 'bad_text';
export const out = [a.attributions[0]?.cueClass, code];
`);
  tsc(['--strict', '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022',
    '--lib', 'es2022', 'types-require.cts']);
});

test('esbuild, for Node: a bundle (with the .wasm copied beside it) runs anywhere', async () => {
  const esbuild = await import('esbuild');
  writeFileSync(join(project, 'app.mjs'), NODE_APP);
  const out = join(work, 'esbuild-node');
  await esbuild.build({ entryPoints: [join(project, 'app.mjs')], bundle: true, platform: 'node', format: 'esm',
    outfile: join(out, 'app.mjs'), absWorkingDir: project, logLevel: 'silent' });
  copyFileSync(join(project, 'node_modules/quotelens/pkg/quotelens_core_bg.wasm'), join(out, 'quotelens_core_bg.wasm'));
  assert.deepEqual(runNode('app.mjs', out), EXPECTED); // out has no node_modules: the bundle is whole
});

/** Runs webpack (its Node API) with `config`, in the project. */
async function webpack(config) {
  const { default: webpack } = await import('webpack');
  const stats = await new Promise((resolve, reject) => {
    webpack({ mode: 'production', context: project, ...config }, (err, s) => (err ? reject(err) : resolve(s)));
  });
  assert.ok(!stats.hasErrors(), stats.toString({ all: false, errors: true }));
}

test('webpack, for Node (target node20): the bundle keeps the .wasm and runs', async () => {
  writeFileSync(join(project, 'app.mjs'), NODE_APP);
  const out = join(work, 'webpack-node');
  await webpack({ target: 'node20', entry: './app.mjs', output: { path: out, filename: 'app.cjs' } });
  assert.deepEqual(runNode('app.cjs', out), EXPECTED);
});

/** Serves `dir` over HTTP (the .wasm as application/wasm, so that it compiles while it streams). */
function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
  const server = createServer((req, res) => {
    const file = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(dir) || !existsSync(file) || !extname(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Opens each app's index.html in Chromium and returns what it wrote in body[data-result]. */
async function inChromium(dirs) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const server = await serve(work);
  const results = {};
  try {
    for (const dir of dirs) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://127.0.0.1:${server.address().port}/${dir}/index.html`);
      await page.waitForSelector('body[data-result]', { timeout: 15000 }).catch(() => {});
      const result = await page.evaluate(() => document.body.dataset.result);
      results[dir] = result ? JSON.parse(result) : { error: `nothing written; page errors: ${errors}` };
      await page.close();
    }
  } finally {
    server.close();
    await browser.close();
  }
  return results;
}

test('browsers: Vite (page and module worker), esbuild and webpack bundles, and an import map run an analysis in Chromium; quotelens/worker with Vite and an import map', async () => {
  writeFileSync(join(project, 'web.mjs'), BROWSER_APP);

  // Vite (build): index.html at the app's root, the .wasm emitted as an asset.
  const viteApp = join(project, 'vite-app');
  mkdirSync(viteApp, { recursive: true });
  writeFileSync(join(viteApp, 'index.html'), PAGE('/main.js'));
  writeFileSync(join(viteApp, 'main.js'), BROWSER_APP);
  const vite = await import('vite');
  await vite.build({ root: viteApp, base: './', logLevel: 'silent', configFile: false, build: { outDir: join(work, 'vite'), emptyOutDir: true } });

  // esbuild: it does not copy the .wasm; the recipe copies it beside the bundle.
  const esbuild = await import('esbuild');
  const esb = join(work, 'esbuild-web');
  await esbuild.build({ entryPoints: [join(project, 'web.mjs')], bundle: true, platform: 'browser', format: 'esm',
    outfile: join(esb, 'main.js'), absWorkingDir: project, logLevel: 'silent' });
  copyFileSync(join(project, 'node_modules/quotelens/pkg/quotelens_core_bg.wasm'), join(esb, 'quotelens_core_bg.wasm'));
  writeFileSync(join(esb, 'index.html'), PAGE('main.js'));

  // webpack (target web): the .wasm is an asset of new URL(…, import.meta.url).
  const wp = join(work, 'webpack-web');
  await webpack({ target: 'web', entry: './web.mjs', output: { path: wp, filename: 'main.js' } });
  writeFileSync(join(wp, 'index.html'), PAGE('main.js'));

  // Vite with the README's module worker: the analysis runs off the main thread.
  const viteWorker = join(project, 'vite-worker');
  mkdirSync(viteWorker, { recursive: true });
  writeFileSync(join(viteWorker, 'index.html'), PAGE('/main.js'));
  writeFileSync(join(viteWorker, 'main.js'), `const worker = new Worker(new URL('./quotelens-worker.js', import.meta.url), { type: 'module' });
worker.onmessage = (e) => { document.body.dataset.result = JSON.stringify(e.data); };
worker.postMessage('"We are ready," Lavrov said.');`);
  writeFileSync(join(viteWorker, 'quotelens-worker.js'), `${IMPORT}${RUN.replace("'\"We are ready,\" Lavrov said.'", 'text')}
onmessage = async (e) => { const text = e.data; postMessage(await run(text)); };`.replace('async function run()', 'async function run(text)'));
  await vite.build({ root: viteWorker, base: './', logLevel: 'silent', configFile: false, build: { outDir: join(work, 'vite-worker'), emptyOutDir: true } });

  // quotelens/worker in a Vite build: the module worker and its .wasm are bundled with it.
  const viteAsync = join(project, 'vite-async');
  mkdirSync(viteAsync, { recursive: true });
  writeFileSync(join(viteAsync, 'index.html'), PAGE('/main.js'));
  writeFileSync(join(viteAsync, 'main.js'), `${ASYNC_IMPORT}${ASYNC_RUN}
runAsync().then((r) => { document.body.dataset.result = JSON.stringify(r); },
  (e) => { document.body.dataset.result = JSON.stringify({ error: String(e) }); });`);
  await vite.build({ root: viteAsync, base: './', logLevel: 'silent', configFile: false, build: { outDir: join(work, 'vite-async'), emptyOutDir: true } });

  // No bundler: the README's import map, the package served as installed.
  mkdirSync(join(project, 'plain'), { recursive: true });
  writeFileSync(join(project, 'plain', 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><title>t</title>
<script type="importmap">{"imports": {"quotelens": "../node_modules/quotelens/pkg/index.js"}}</script></head>
<body><script type="module">${BROWSER_APP}</script></body></html>`);
  mkdirSync(join(project, 'plain-async'), { recursive: true });
  writeFileSync(join(project, 'plain-async', 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><title>t</title>
<script type="importmap">{"imports": {"quotelens/worker": "../node_modules/quotelens/pkg/async.js"}}</script></head>
<body><script type="module">${ASYNC_IMPORT}${ASYNC_RUN}
runAsync().then((r) => { document.body.dataset.result = JSON.stringify(r); },
  (e) => { document.body.dataset.result = JSON.stringify({ error: String(e) }); });</script></body></html>`);

  const results = await inChromium(['vite', 'vite-worker', 'esbuild-web', 'webpack-web', 'project/plain', 'vite-async', 'project/plain-async']);
  assert.deepEqual(results, { vite: EXPECTED, 'vite-worker': EXPECTED, 'esbuild-web': EXPECTED, 'webpack-web': EXPECTED, 'project/plain': EXPECTED,
    'vite-async': ASYNC_EXPECTED, 'project/plain-async': ASYNC_EXPECTED });
});
