// The npm package's API, run against the built pkg/ in Node: shape, offsets, errors, recovery.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import init, { analyze, compare, panicForTests } from '../../pkg/test.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Built by the test command (cargo build --release), in CARGO_TARGET_DIR when that is set.
const cli = join(process.env.CARGO_TARGET_DIR || join(root, 'target'), 'release', 'quotelens');

test('init resolves at once in Node and analyze needs no call to it', async () => {
  await init();
  assert.equal(analyze('Hello.').sentences.length, 1);
});

test('every span is text.slice(start, end) across emoji, CJK, Arabic and combining marks', () => {
  const text = [
    '😀 The minister 👩‍👩‍👧 said: "Talks in 東京 went well 🎉." He added, "Très bien, cafe\u0301!"',
    'قال المتحدث إن "المحادثات كانت بناءة" 😀.',
    '"We are ready," Lavrov said, "but not at any price 🙂." 日本の首相は「前進だ」と述べた。',
  ].join('\n\n');
  const a = analyze(text);
  assert.equal(a.length, text.length);
  assert.ok(a.sentences.length >= 4, 'sentences found');
  assert.ok(a.quotations.length >= 4, 'quotations found');
  for (const s of a.sentences) {
    assert.ok(0 <= s.start && s.start < s.end && s.end <= text.length);
    assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end), 'sentences are trimmed');
  }
  for (const q of a.quotations) {
    assert.equal(q.inner.text, text.slice(q.inner.start, q.inner.end));
    assert.ok(q.start <= q.inner.start && q.inner.end <= q.end);
  }
  for (const at of a.attributions) {
    for (const span of [at.content, at.cue, at.speaker, at.via].filter(Boolean)) {
      assert.equal(span.text, text.slice(span.start, span.end));
    }
  }
  const ready = a.quotations.find((q) => q.inner.text.startsWith('We are ready'));
  assert.equal(text.slice(ready.start, ready.end), '"We are ready,"');
});

/** Every {start, end, text} object inside `value`. */
function spans(value, out = []) {
  if (value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const v of value) spans(v, out);
    return out;
  }
  if (typeof value.text === 'string' && typeof value.start === 'number') out.push(value);
  for (const key in value) spans(value[key], out);
  return out;
}

test('every span, even next to a lone surrogate, has text equal to text.slice(start, end)', () => {
  // Lone surrogates are read by the wasm as U+FFFD; the offsets hold, and the texts are given back.
  const text = 'Talks \ud800 stalled. "We are \udfff ready," Lavrov said \ud83d. The Kremlin called it "good \udc00."';
  const a = analyze(text, { minConfidence: 0 });
  const all = spans(a);
  assert.ok(a.attributions.length >= 2 && all.length > 10, `${a.attributions.length} attributions, ${all.length} spans`);
  assert.ok(all.some((s) => !s.text.isWellFormed()), 'some span holds a lone surrogate');
  for (const s of all) assert.equal(s.text, text.slice(s.start, s.end));
  const c = compare(a, 'Lavrov', 'Kremlin');
  const compared = spans(c);
  assert.ok(compared.some((s) => !s.text.isWellFormed()), 'the comparison quotes one too');
  for (const s of compared) assert.equal(s.text, text.slice(s.start, s.end));
});

test('names are camelCase, and records link by index and by id', () => {
  const text = [
    'The Kremlin and the White House traded claims on Tuesday.',
    '"We are ready," Kremlin spokesman Dmitry Peskov said.',
    'The White House called the talks "very good," while the Kremlin said they were "businesslike."',
    'It made no mention of safe zones.',
    'Officials dismissed what they called "a bad joke" and moved on.',
  ].join(' ');
  const a = analyze(text);
  const snake = JSON.stringify(a).match(/"[a-z]+_[a-z_]+":/g);
  assert.equal(snake, null, `no snake_case key: ${snake}`);
  for (const s of a.sentences) assert.equal(s.text, text.slice(s.start, s.end));
  const ready = a.attributions.find((at) => at.content.text.includes('We are ready'));
  assert.equal(ready.kind, 'direct');
  assert.equal(ready.content.text, '"We are ready,"', 'content is the quote as written');
  assert.equal(ready.inner.text, 'We are ready', 'inner: the words without marks or the comma');
  assert.equal(a.quotations[ready.quotation].inner.text, 'We are ready,');
  assert.equal(ready.cueClass, 'speech');
  const partial = a.attributions.find((at) => at.kind === 'partial');
  assert.equal(partial?.inner.text, 'a bad joke', 'a partial quote\'s words');
  for (const at of a.attributions) {
    if (at.kind === 'indirect') assert.equal(at.inner, null);
    if (at.quotation !== null) {
      const q = a.quotations[at.quotation];
      assert.ok(q.start < at.content.end && at.content.start < q.end, 'the linked quotation is in the content');
    }
  }
  assert.ok(a.sides.length > 0, 'sides found');
  for (const side of a.sides) assert.deepEqual(side.sourceIds, side.sources.map((i) => a.sources[i].id));
  for (const o of a.omissions) assert.equal(o.sourceId, o.source === null ? null : a.sources[o.source].id);
  for (const c of a.contrasts) assert.deepEqual(c.sourceIds, c.sources.map((i) => a.sources[i].id));
  const c = compare(a, 'White House', 'Kremlin');
  assert.deepEqual(c.b.sourceIds, c.b.sources.map((i) => a.sources[i].id));
  assert.ok(Array.isArray(c.sharedTopics) && Array.isArray(c.onlyA) && Array.isArray(c.onlyB));
  assert.equal(JSON.stringify(c).match(/"[a-z]+_[a-z_]+":/g), null, 'no snake_case key in the comparison');
});

test('hard inputs get an answer, not a crash', () => {
  const inputs = {
    empty: '',
    whitespace: ' \n\t\u00a0\r\n',
    nul: 'He said\u0000 "no\u0000."\u0000',
    'lone surrogates': 'a \ud800 b "\udfff," he said. \ud83d',
    unbalanced: '"He said "she said \u201c\u201c\u201d \u00ab no',
    'only quote marks': '"\'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e'.repeat(2000),
    'old Mac and Windows line ends': 'One.\rTwo.\r\nThree "four,\r\n" she said.',
  };
  for (const [name, text] of Object.entries(inputs)) {
    const a = analyze(text);
    assert.equal(a.length, text.length, name);
    for (const s of a.sentences) assert.ok(s.end <= text.length, name);
  }
  assert.deepEqual(analyze('').sentences, []);
});

test('bad arguments and options are typed errors', () => {
  assert.throws(() => analyze(42), { name: 'QuotelensError', code: 'bad_text' });
  assert.throws(() => analyze('x', 'en'), { name: 'QuotelensError', code: 'bad_options' });
  assert.throws(() => analyze('x', { lang: 'not a language' }), { name: 'QuotelensError', code: 'unknown_language' });
  assert.throws(() => analyze('x', { lang: 5 }), { name: 'QuotelensError', code: 'bad_options' });
  assert.equal(analyze('Der Mann sagte, dass es regnet.', { lang: 'de' }).language, 'de');
});

test('minConfidence leaves out the less likely attributions, and 0 keeps them all', () => {
  const text = 'The senator said the bill would pass. They were told to leave the zones by Friday. "We will see," he added.';
  const all = analyze(text, { minConfidence: 0 }).attributions;
  const sure = analyze(text, { minConfidence: 0.9 }).attributions;
  const byDefault = analyze(text).attributions;
  assert.ok(all.length > sure.length, 'a high minimum leaves some out');
  const min = 0.25;
  assert.ok(all.some((a) => a.confidence < min), 'the text has a doubtful attribution');
  assert.deepEqual(byDefault, all.filter((a) => a.confidence >= min || a.kind === 'partial'), 'the default minimum is 0.25');
  for (const a of sure) assert.ok(a.confidence >= 0.9 || a.kind === 'partial');
  assert.throws(() => analyze('x', { minConfidence: 2 }), { name: 'QuotelensError', code: 'bad_options' });
  assert.throws(() => analyze('x', { minConfidence: 'high' }), { name: 'QuotelensError', code: 'bad_options' });
});

test('classes keeps only the attributions of those cue classes; a bad list is a typed error', () => {
  const text = '"We will win," the mayor said. The governor believes the plan will fail. '
    + 'Critics criticized the budget as reckless. The ministry wrote that talks would resume.';
  const classes = (options) => analyze(text, options).attributions.map((a) => a.cueClass);
  assert.deepEqual(classes(), ['speech', 'belief', 'evaluation', 'writing'], 'by default every class is kept');
  assert.deepEqual(classes({ classes: ['speech', 'writing'] }), ['speech', 'writing']);
  assert.deepEqual(classes({ classes: ['evaluation'] }), ['evaluation']);
  assert.deepEqual(classes({ classes: null }), classes(), 'null is the default, as for every option');
  const all = analyze(text, { minConfidence: 0 });
  const both = analyze(text, { minConfidence: 0, classes: ['belief', 'speech'] });
  assert.deepEqual(both.attributions, all.attributions.filter((a) => ['belief', 'speech'].includes(a.cueClass)), 'with minConfidence too');
  // Sources and compare see only what is kept.
  const two = '"We will win," Vladimir Putin said. Donald Trump believes the plan will fail.';
  assert.deepEqual(analyze(two).sources.map((s) => s.name).sort(), ['Donald Trump', 'Vladimir Putin']);
  const spoken = analyze(two, { classes: ['speech'] });
  assert.deepEqual(spoken.sources.map((s) => s.name), ['Vladimir Putin']);
  assert.throws(() => compare(spoken, 'Putin', 'Trump'), { name: 'QuotelensError', code: 'unknown_source' });
  for (const bad of [[], ['rumour'], ['speech', 'Speech'], 'speech', [1], { speech: true }]) {
    assert.throws(() => analyze(text, { classes: bad }), { name: 'QuotelensError', code: 'bad_options' }, JSON.stringify(bad));
  }
  assert.throws(() => analyze(text, { classes: ['speech', 'rumour'] }), /unknown cue class "rumour", expected speech, writing, belief, evaluation or action/);
  assert.equal(analyze('Still. Working.').sentences.length, 2);
});

test('a panic in Rust is an Error with a message, and the module keeps working', () => {
  const before = analyze('"We are ready," Lavrov said.');
  assert.throws(() => panicForTests(), (e) => e instanceof Error && /deliberate panic/.test(e.message));
  assert.deepEqual(analyze('"We are ready," Lavrov said.'), before);
  assert.throws(() => panicForTests(), /deliberate panic/);
  assert.deepEqual(analyze('"We are ready," Lavrov said.'), before);
});

test('text over the size limit is a typed error, and the module keeps working', () => {
  const huge = 'x'.repeat(65 * 1024 * 1024);
  assert.throws(() => analyze(huge), { name: 'QuotelensError', code: 'too_large' });
  assert.equal(analyze('Still. Working.').sentences.length, 2);
});

test('the CLI prints the same analysis JSON as the npm package', () => {
  const sample = `${root}../shared/samples/trump-putin-call.txt`;
  assert.ok(existsSync(cli), `${cli} is built by the test command (cargo build --release)`);
  assert.ok(existsSync(sample), `${sample}: the project's sample article, beside the repository`);
  const fromCli = JSON.parse(execFileSync(cli, ['analyze', sample], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  const fromWasm = analyze(readFileSync(sample, 'utf8'));
  // One JSON writer (src/json.rs) for both: equal to the last digit of every confidence.
  assert.deepEqual(fromWasm, fromCli);
});

test('compare puts the White House next to the Kremlin, as the sample expects', () => {
  const sample = `${root}../shared/samples/trump-putin-call`;
  const expected = JSON.parse(readFileSync(`${sample}.expected.json`, 'utf8')).comparison;
  const analysis = analyze(readFileSync(`${sample}.txt`, 'utf8'));
  const c = compare(analysis, expected.a, expected.b);
  const words = (party) => party.framing.map((f) => f.text.toLowerCase());
  for (const w of expected.framing_a) assert.ok(words(c.a).includes(w), `${expected.a} framing has ${w}: ${words(c.a)}`);
  for (const w of expected.framing_b) assert.ok(words(c.b).includes(w), `${expected.b} framing has ${w}: ${words(c.b)}`);
  for (const t of expected.topics_only_a) assert.ok(c.onlyA.map((x) => x.toLowerCase()).includes(t), `only ${expected.a}: ${t} in ${c.onlyA}`);
  for (const o of expected.omission_statements) {
    const found = c.omissions.find((x) => x.text.text === o.sentence);
    assert.ok(found, `omission: ${o.sentence}`);
    assert.equal(found.about, o.about);
    assert.equal(found.topic.toLowerCase(), o.topic);
  }
  assert.ok(c.sharedTopics.length > 0, 'the leaders\' meeting is raised by both');
  // The CLI gives the same comparison.
  const fromCli = JSON.parse(execFileSync(cli, ['compare', '--a', expected.a, '--b', expected.b, `${sample}.txt`], { encoding: 'utf8' }));
  assert.deepEqual(c, fromCli);
});

test('compare by an organisation\'s name finds the people who speak for it', () => {
  const text = 'Kremlin spokesman Dmitry Peskov said the talks were useful. '
    + 'White House press secretary Karoline Leavitt said the talks had been difficult and long.';
  const a = analyze(text);
  assert.ok(!a.sources.some((s) => s.id === 'kremlin' || s.id === 'white-house'), 'the organisations do not speak themselves');
  const c = compare(a, 'White House', 'Kremlin');
  assert.deepEqual([c.a.name, c.a.sourceIds], ['White House', ['karoline-leavitt']]);
  assert.deepEqual([c.b.name, c.b.sourceIds], ['Kremlin', ['dmitry-peskov']]);
  assert.match(c.b.attributions[0].content.text, /talks were useful/);
});

test('compare refuses what is not an analysis or not in it, and keeps working', () => {
  const analysis = analyze('"We are ready," Lavrov said.');
  assert.throws(() => compare(analysis, 'Lavrov', 'Atlantis'), { name: 'QuotelensError', code: 'unknown_source' });
  assert.throws(() => compare({ attributions: 'nope' }, 'a', 'b'), { name: 'QuotelensError', code: 'bad_analysis' });
  assert.throws(() => compare(null, 'a', 'b'), { name: 'QuotelensError', code: 'bad_analysis' });
  assert.equal(analyze('Still. Working.').sentences.length, 2);
});

// One value of every JavaScript type, and the odd ones of the common types.
const ODD = {
  undefined: undefined, null: null, true: true, zero: 0, NaN: NaN, Infinity: -Infinity, BigInt: 10n,
  symbol: Symbol('s'), function: () => 'x', string: 'en', 'empty string': '', array: [], 'array of text': ['x'],
  object: {}, Map: new Map([['lang', 'en']]), Set: new Set(['en']), Date: new Date(0), RegExp: /x/,
  Promise: Promise.resolve('x'), 'String object': new String('x'), Uint8Array: new Uint8Array(2),
  Error: new Error('x'), 'null-prototype object': Object.create(null),
};

/** The error `f` throws (or undefined). */
function thrown(f) {
  try {
    f();
  } catch (err) {
    return err;
  }
  return undefined;
}

test('every bad argument of every type is a QuotelensError with a documented code', async () => {
  const { QuotelensError } = await import('../../pkg/node.js');
  const types = readFileSync(new URL('../../pkg/index.d.ts', import.meta.url), 'utf8');
  const union = types.match(/export type ErrorCode =([^;]*);/)[1];
  const documented = [...union.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
  const expect = (f, codes, label) => {
    const err = thrown(f);
    assert.ok(err instanceof QuotelensError, `${label}: ${err} is a QuotelensError`);
    assert.ok(codes.includes(err.code), `${label}: code ${err.code}, expected ${codes}`);
    assert.ok(documented.includes(err.code), `${label}: ${err.code} is in index.d.ts' ErrorCode`);
    assert.ok(err.message.length > 10, label);
  };
  const analysis = analyze('"We are ready," Lavrov said.');
  for (const [name, value] of Object.entries(ODD)) {
    if (typeof value !== 'string') expect(() => analyze(value), ['bad_text'], `analyze(${name})`);
    if (!['undefined', 'null', 'object', 'null-prototype object'].includes(name)) {
      expect(() => analyze('x', value), ['bad_options'], `analyze(text, ${name})`);
    }
    for (const key of ['lang', 'minConfidence', 'classes', 'sources']) {
      if (value === undefined || value === null) continue; // as if absent
      if (key === 'lang' && typeof value === 'string') continue; // 'en' and '' are languages or not
      if (key === 'classes' && name === 'array of text') continue;
      if (key === 'minConfidence' && name === 'zero') continue;
      if (key === 'sources' && (name === 'object' || name === 'null-prototype object')) continue;
      expect(() => analyze('x', { [key]: value }), ['bad_options', 'unknown_language'], `analyze(text, { ${key}: ${name} })`);
    }
    if (typeof value !== 'string') expect(() => analyze('x', { sources: { sides: { hawks: [value] } } }), ['bad_options'], `a side member ${name}`);
    if (name !== 'object' && name !== 'null-prototype object') {
      expect(() => compare(value, 'a', 'b'), ['bad_analysis'], `compare(${name})`);
    }
    if (typeof value !== 'string' || !value) {
      expect(() => compare(analysis, value, 'Lavrov'), ['bad_query'], `compare(analysis, ${name})`);
      expect(() => compare(analysis, 'Lavrov', value), ['bad_query'], `compare(analysis, Lavrov, ${name})`);
    }
  }
  expect(() => compare({}, 'a', 'b'), ['bad_analysis'], 'compare({})');
  assert.match(thrown(() => compare({}, 'a', 'b')).message, /what analyze returned/);
  expect(() => compare({ attributions: [{ kind: 'direct' }], sources: [] }, 'a', 'b'), ['bad_analysis'], 'an attribution without content');
  expect(() => compare(analysis, 'Atlantis', 'Lavrov'), ['unknown_source'], 'unknown');
  expect(() => compare(analysis, '   ', 'Lavrov'), ['bad_query'], 'blank');
  // options "en" and [] are the same mistake, said the same way.
  assert.equal(thrown(() => analyze('x', 'en')).code, thrown(() => analyze('x', [])).code);
  assert.match(thrown(() => analyze('x', { minConfidence: 1n })).message, /minConfidence is a BigInt/);
  assert.match(thrown(() => analyze('x', new Map())).message, /not a Map/);
  // Where a list belongs, anything else is said plainly.
  for (const sources of [{ sources: 'Jane' }, { sources: [{ name: 'Jane', aliases: 'J' }] }, { sides: { a: { members: 'x' } } }]) {
    assert.match(thrown(() => analyze('x', { sources })).message, /must be a list, not a string/);
  }
  // Found by fuzzing: a source's side that no id can name.
  assert.match(thrown(() => analyze('x', { sources: { sources: [{ name: 'Jane Doe', side: '\b\b' }] } })).message, /source side/);
  // Options that contain themselves, or throw as they are read.
  const cyclic = { sources: { sides: {} } };
  cyclic.sources.sides.loop = cyclic;
  expect(() => analyze('x', cyclic), ['bad_options'], 'cyclic options');
  const throwing = { get lang() { throw new Error('no'); } };
  expect(() => analyze('x', throwing), ['bad_options'], 'a throwing getter');
  expect(() => analyze('x', new Proxy({}, { ownKeys() { throw new Error('no'); } })), ['bad_options'], 'a throwing proxy');
  const looped = analyze('"We are ready," Lavrov said.');
  looped.self = looped;
  assert.equal(compare(looped, 'Lavrov', 'Lavrov').a.name, 'Sergei Lavrov', 'an analysis with a cycle added still compares');
  // And the module is still sound.
  assert.equal(analyze('Still. Working.').sentences.length, 2);
});

test('init with something that is not the .wasm is an init_failed QuotelensError', () => {
  const script = `
    import init, { analyze } from ${JSON.stringify(new URL('../../pkg/index.js', import.meta.url).href)};
    const out = [];
    for (const input of [{ moduleOrPath: new Uint8Array([1, 2, 3]) }, { moduleOrPath: 42 }]) {
      try { await init(input); out.push('no error'); } catch (e) { out.push([e.name, e.code]); }
    }
    try { analyze('x'); } catch (e) { out.push(e.code); }
    console.log(JSON.stringify(out));`;
  const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
  assert.deepEqual(out, [['QuotelensError', 'init_failed'], ['QuotelensError', 'init_failed'], 'not_initialised']);
});

test('unknown options are refused, not ignored', () => {
  assert.throws(() => analyze('x', { bogus: 1 }), { name: 'QuotelensError', code: 'bad_options' });
  assert.throws(() => analyze('x', { sources: { bogus: 1 } }), { name: 'QuotelensError', code: 'bad_options' });
  // At any depth: a misspelt key of a source, and NaN for a number.
  assert.throws(() => analyze('x', { sources: { sources: [{ name: 'Jane Doe', alias: ['Doe'] }] } }), { name: 'QuotelensError', code: 'bad_options', message: /unknown field `alias` in options\.sources\.sources\[0\]/ });
  assert.throws(() => analyze('x', { minConfidence: NaN }), { name: 'QuotelensError', code: 'bad_options' });
  const withSides = analyze('"Stop the war," Jane Doe said.', { sources: { sides: { doves: ['Jane Doe'] } } });
  assert.equal(withSides.attributions[0]?.source?.side, 'doves');
});

test('a typed error is an instance of the exported QuotelensError class', async () => {
  const { QuotelensError } = await import('../../pkg/node.js');
  let caught;
  try {
    analyze('x', { lang: 'klingon' });
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof QuotelensError && caught instanceof Error);
  assert.equal(caught.code, 'unknown_language');
  assert.equal(caught.name, 'QuotelensError');
  assert.match(caught.message, /klingon/);
});

test('the browser entry called before init says to call await init() first', () => {
  // A process of its own: in this one the Node entry has initialised the module already.
  const script = `
    import { analyze, QuotelensError } from ${JSON.stringify(new URL('../../pkg/index.js', import.meta.url).href)};
    try { analyze('Hello.'); console.log('no error'); }
    catch (e) { console.log(JSON.stringify([e instanceof QuotelensError, e.code, e.message])); }`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  const [isTyped, code, message] = JSON.parse(out);
  assert.ok(isTyped, out);
  assert.equal(code, 'not_initialised');
  assert.match(message, /await init\(\)/);
});
