// The npm package as its users get it: packed with `npm pack`, installed into a fresh project,
// imported by name, and type-checked with TypeScript in strict mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
let project;

before(() => {
  project = mkdtempSync(join(tmpdir(), 'quotelens-consumer-'));
  const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: root, encoding: 'utf8' });
  const [{ filename, files }] = JSON.parse(packed);
  const names = files.map((f) => f.path);
  for (const f of ['pkg/node.js', 'pkg/index.js', 'pkg/index.d.ts', 'pkg/quotelens_core_bg.wasm', 'README.md']) {
    assert.ok(names.includes(f), `the tarball has ${f}`);
  }
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', join(project, filename)], { cwd: project, stdio: 'pipe' });
});

after(() => rmSync(project, { recursive: true, force: true }));

test('a fresh Node project imports { analyze } from "quotelens" with no init call', () => {
  writeFileSync(
    join(project, 'main.mjs'),
    `import { analyze } from 'quotelens';
const text = '"We are ready," Lavrov said 😀. The talks went on.';
const a = analyze(text);
console.log(JSON.stringify({ n: a.sentences.length, q: text.slice(a.quotations[0].start, a.quotations[0].end) }));`,
  );
  const out = JSON.parse(execFileSync('node', ['main.mjs'], { cwd: project, encoding: 'utf8' }));
  assert.deepEqual(out, { n: 2, q: '"We are ready,"' });
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
  assert.equal(execFileSync('node', ['browser-entry.mjs'], { cwd: project, encoding: 'utf8' }).trim(), '2');
});

test('the TypeScript types stand alone: lib ES2022, no DOM, no Node types, skipLibCheck off', () => {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  copyFileSync(join(here, 'types-standalone.ts'), join(project, 'types-standalone.ts'));
  writeFileSync(join(project, 'tsconfig.standalone.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022',
      lib: ['es2022'], types: [], skipLibCheck: false },
    files: ['types-standalone.ts'],
  }));
  try {
    execFileSync('node', [tsc, '-p', 'tsconfig.standalone.json'], { cwd: project, encoding: 'utf8' });
  } catch (e) {
    assert.fail(`tsc found errors:\n${e.stdout}${e.stderr}`);
  }
});

test('the TypeScript types describe the analysis (strict, no any)', () => {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  copyFileSync(join(here, 'types-check.ts'), join(project, 'types-check.ts'));
  const args = ['--strict', '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022',
    '--lib', 'es2022,dom', 'types-check.ts'];
  try {
    execFileSync('node', [tsc, ...args], { cwd: project, encoding: 'utf8' });
  } catch (e) {
    assert.fail(`tsc found errors:\n${e.stdout}${e.stderr}`);
  }
});
