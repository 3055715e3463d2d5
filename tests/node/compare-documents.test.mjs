// compare() across several documents, through the npm package: a list of analyses in, one
// comparison out, every claim saying its document; one analysis in a list gives its own comparison.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, compare } from '../../pkg/node.js';

const dir = join(fileURLToPath(new URL('.', import.meta.url)), '../fixtures/compare-documents');
const texts = ['washington.txt', 'moscow.txt'].map((f) => readFileSync(join(dir, f), 'utf8'));

test('a list of analyses is compared across: the White House of both readouts is one party', () => {
  const analyses = texts.map((t) => analyze(t));
  const c = compare(analyses, 'White House', 'Kremlin');
  const heard = analyses.map((a) => a.sources.find((s) => s.id === 'white-house')?.attributions.length ?? 0);
  assert.ok(heard[0] > 0 && heard[1] > 0, `heard ${heard}`);
  assert.equal(c.a.attributions.length, heard[0] + heard[1]);
  assert.equal(c.documents.length, 2);
  for (const at of c.a.attributions) {
    const start = c.documents[at.document];
    const own = analyses[at.document].attributions[at.index - start.attribution];
    assert.equal(own.content.text, at.content.text);
    assert.equal(own.content.start, at.content.start - start.offset);
    assert.equal(own.sentence, at.sentence - start.sentence);
  }
});

test('one analysis, alone or in a list, gives the same comparison', () => {
  const a = analyze(texts[1]);
  assert.deepEqual(compare([a], 'Kremlin', 'White House'), compare(a, 'Kremlin', 'White House'));
  assert.equal(compare(a, 'Kremlin', 'White House').documents, undefined);
});

test('a list with something else in it is refused with a typed error', () => {
  assert.throws(() => compare([analyze(texts[0]), 42], 'White House', 'Kremlin'), (e) => e.code === 'bad_analysis' && /not a number/.test(e.message));
  assert.throws(() => compare([], 'White House', 'Kremlin'), (e) => e.code === 'bad_analysis' && /an empty list/.test(e.message));
  // and the module keeps working
  assert.equal(compare([analyze(texts[1])], 'Kremlin', 'White House').a.name, 'Kremlin');
});
