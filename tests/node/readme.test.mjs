// The README's API example runs as written (against the built package) and prints what its
// comments say it prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test('the README\'s API example runs and prints what its comments say', () => {
  const section = readme.slice(readme.indexOf('## The API'), readme.indexOf('### The analysis'));
  const example = section.match(/```js\n([\s\S]*?)```/)[1];
  assert.match(example, /compare\(a, 'White House', 'Kremlin'\)/);
  const pkg = new URL('../../pkg/node.js', import.meta.url).href;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', example.replaceAll("'quotelens'", JSON.stringify(pkg))], { encoding: 'utf8' });
  // Each comment "// [ … ]" after a console.log is a line of the output.
  const promised = [...example.matchAll(/console\.log\(.*\);\s*\/\/ (\[.*\])$/gm)].map((m) => m[1]);
  assert.equal(promised.length, 3);
  for (const line of promised) assert.ok(out.includes(line), `prints ${line}:\n${out}`);
});
