#!/usr/bin/env node
// Builds the npm package into pkg/: the core compiled to wasm32, wasm-bindgen's ESM glue,
// wasm-opt (-Oz, see below), and the package's own entry points and types from js/.
//
// The wasm-bindgen CLI must be the exact version of the crate (its glue and the .wasm speak a
// private protocol), so it is installed into .tools/ when the one there does not match.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = join(root, 'pkg');
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
const step = (msg) => console.log(`\n== ${msg}`);

function lockedVersion(name) {
  const lock = readFileSync(join(root, 'Cargo.lock'), 'utf8');
  const m = lock.match(new RegExp(`name = "${name}"\\nversion = "([^"]+)"`));
  if (!m) throw new Error(`${name} is not in Cargo.lock`);
  return m[1];
}

function ensureWasmBindgen() {
  if (!existsSync(join(root, 'Cargo.lock'))) run('cargo', ['generate-lockfile']);
  const want = lockedVersion('wasm-bindgen');
  const bin = join(root, '.tools', 'bin', 'wasm-bindgen');
  let have = null;
  try {
    have = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim().split(' ')[1];
  } catch {}
  if (have !== want) {
    step(`installing wasm-bindgen-cli ${want} into .tools/ (once, about 5 minutes)`);
    // Not --locked: the CLI's own lock file pins a webpki-roots release the registry no longer serves.
    run('cargo', ['install', 'wasm-bindgen-cli', '--version', want, '--root', join(root, '.tools')]);
  }
  return bin;
}

// rust-toolchain.toml lists the wasm32 target, but rustup adds it only when it installs the
// toolchain itself: a machine that already has 1.95.0 (as this kind's image does) lacks it.
function ensureWasmTarget() {
  const libdir = execFileSync('rustc', ['--print', 'target-libdir', '--target', 'wasm32-unknown-unknown'],
    { cwd: root, encoding: 'utf8' }).trim();
  if (!existsSync(libdir) || readdirSync(libdir).length === 0) {
    step('rustup target add wasm32-unknown-unknown');
    run('rustup', ['target', 'add', 'wasm32-unknown-unknown']);
  }
}

function ensureNodeModules() {
  if (!existsSync(join(root, 'node_modules', '.bin', 'wasm-opt'))) {
    step('npm install (binaryen for wasm-opt, playwright-core for tests)');
    run('npm', ['install', '--no-audit', '--no-fund']);
  }
}

const t0 = Date.now();
ensureNodeModules();
const wasmBindgen = ensureWasmBindgen();
ensureWasmTarget();

step('cargo build --target wasm32-unknown-unknown --profile wasm');
run('cargo', ['build', '--lib', '--target', 'wasm32-unknown-unknown', '--profile', 'wasm']);

step('wasm-bindgen');
rmSync(pkg, { recursive: true, force: true });
mkdirSync(pkg);
run(wasmBindgen, [
  '--target', 'web',
  '--out-dir', pkg,
  '--out-name', 'quotelens_core',
  // Lets the wrapper re-instantiate the module after a panic, so that it keeps working.
  '--experimental-reset-state-function',
  join(process.env.CARGO_TARGET_DIR || join(root, 'target'), 'wasm32-unknown-unknown', 'wasm', 'quotelens.wasm'),
]);

step('the generated glue, minified (esbuild)');
// wasm-bindgen's glue is generated, not read: minified it is 1.4 KB smaller gzipped (3.5 KB
// instead of 4.9 KB). Only local names and spaces go; the exports and the import object's
// property names, which the .wasm looks up, stay as they are.
const esbuild = await import('esbuild');
const glueFile = join(pkg, 'quotelens_core.js');
const glue = await esbuild.transform(readFileSync(glueFile, 'utf8'), {
  minify: true,
  format: 'esm',
  target: 'es2020',
  legalComments: 'none',
});
writeFileSync(glueFile, glue.code);

step('wasm-opt -Oz (--flatten --rereloop -Oz) x2 --converge');
const wasmFile = join(pkg, 'quotelens_core_bg.wasm');
run(join(root, 'node_modules', '.bin', 'wasm-opt'), [
  // -Oz, then the control flow flattened and re-structured by the relooper, then -Oz again:
  // about 0.5 KB smaller gzipped than -Oz alone (and 1.3 KB raw), for a few seconds more. A second
  // round, and the last passes repeated until the module stops shrinking (--converge), take
  // another 0.3 KB off; a third round gains nothing.
  '-Oz', '--flatten', '--rereloop', '-Oz', '--flatten', '--rereloop', '-Oz', '--converge',
  // A function called from one place is inlined there only when it is small (15 bytes; by
  // default always): the inlined copies made one 78 KB function that gzip compressed worse than
  // the functions apart. 3.4 KB smaller gzipped, though 4 KB larger raw; 10 to 20 give about the
  // same, 0 (never) 0.2 KB less gain.
  '--one-caller-inline-max-function-size=15',
  // Lets constant parts of addresses move into loads' and stores' offsets (0.9 KB gzipped). True
  // of Rust's layout: the stack sits below the data and grows down from 1 MB, so the first KB is
  // reached only by a stack that has already overflowed.
  '--low-memory-unused',
  // The custom sections no reader needs: debug names, the producers and the target features
  // (the features are listed for tools that link the module further; browsers ignore them).
  '--strip-debug', '--strip-producers', '--strip-target-features',
  // The features rustc enables by default for wasm32-unknown-unknown.
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
  wasmFile, '-o', wasmFile,
]);

step('package entry points');
// The entry points ship minified like the glue (esbuild; exports and property names kept, and
// QuotelensError's name is set in its constructor): 3 KB less gzipped, which the budget needs.
// They are read, with their comments, in js/.
for (const f of readdirSync(join(root, 'js'))) {
  if (!f.endsWith('.js')) {
    copyFileSync(join(root, 'js', f), join(pkg, f));
    continue;
  }
  const { code } = await esbuild.transform(readFileSync(join(root, 'js', f), 'utf8'), {
    minify: true,
    format: 'esm',
    target: 'es2020',
    legalComments: 'none',
  });
  writeFileSync(join(pkg, f), code);
}
// wasm-bindgen writes a .gitignore and its own package.json; the package is described by ours.
rmSync(join(pkg, '.gitignore'), { force: true });
rmSync(join(pkg, 'package.json'), { force: true });

step('CommonJS entry (esbuild)');
// `require('quotelens')` in Node: the ESM glue and api.js bundled into one CommonJS file that
// compiles the .wasm beside it at require time, as node.js does at import. Node 20 before 20.19
// cannot require an ES module, and tools that load CommonJS only (jest without ESM) need it.
await esbuild.build({
  stdin: {
    contents: `import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initSync } from './quotelens_core.js';
import { state } from './ready.js';
initSync({ module: readFileSync(join(__dirname, 'quotelens_core_bg.wasm')) });
state.ready = true;
export { analyze, compare, QuotelensError } from './api.js';
/** Already initialised, as in node.js. */
export default async function init() {}
`,
    resolveDir: pkg,
    sourcefile: 'node-cjs-entry.js',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: join(pkg, 'node.cjs'),
  // The glue's default init reads import.meta.url; the CommonJS entry never calls it.
  logOverride: { 'empty-import-meta': 'silent' },
  legalComments: 'none',
});
// Its types: the ESM ones, as a CommonJS declaration file (TypeScript reads a .d.ts of a
// "type": "module" package as ESM, which a require cannot load).
copyFileSync(join(pkg, 'index.d.ts'), join(pkg, 'index.d.cts'));

const sizes = {};
for (const f of readdirSync(pkg).filter((f) => /\.(wasm|js)$/.test(f))) {
  const bytes = readFileSync(join(pkg, f));
  sizes[f] = { bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
const total = (pred) => Object.entries(sizes).filter(([f]) => pred(f)).reduce((n, [, s]) => n + s.gzip, 0);
writeFileSync(join(pkg, 'sizes.json'), JSON.stringify(sizes, null, 2) + '\n');
console.log('\nsize (bytes, gzip -9):');
for (const [f, s] of Object.entries(sizes)) console.log(`  ${f.padEnd(28)} ${String(s.bytes).padStart(8)} ${String(s.gzip).padStart(8)}`);
console.log(`  wasm + browser glue, gzipped: ${total((f) => !f.startsWith('node') && f !== 'test.js')} bytes`);
console.log(`built pkg/ in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
