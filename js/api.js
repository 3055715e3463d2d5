// The package's functions over wasm-bindgen's glue: argument checks, and recovery from panics.
import * as core from './quotelens_core.js';
import { state } from './ready.js';

/** An input that gets no analysis; `code` is stable (index.d.ts lists them). */
export class QuotelensError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'QuotelensError';
    this.code = code;
  }
}

/**
 * Calls into wasm. A QuotelensError (a typed error: bad options, text too large, …, thrown by
 * src/wasm.rs) leaves the instance sound. Anything else is a panic or a trap: the instance's
 * memory may be inconsistent, so it is re-instantiated from the compiled module before the error
 * goes to the caller.
 */
function call(fn) {
  if (!state.ready) throw new QuotelensError('quotelens is not initialised: call await init() first', 'not_initialised');
  try {
    return fn();
  } catch (err) {
    // Thrown by src/wasm.rs as an Error named QuotelensError: made an instance of the class.
    if (err instanceof Error && err.name === 'QuotelensError') throw new QuotelensError(err.message, err.code);
    core.__wbg_reset_state();
    const error = err instanceof Error ? err : new Error(String(err));
    if (!(err instanceof Error)) error.cause = err;
    throw error;
  }
}

/** What `value` is, for a message: "a string", "a Map", "null", "NaN", "a BigInt". */
function what(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (typeof value === 'bigint') return 'a BigInt';
  if (typeof value !== 'object') return `a ${typeof value}`;
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return tag === 'Object' ? 'an object' : `a ${tag}`;
}

/** A plain object: `{…}` (an array, a Map, a Date, … are objects of another kind). */
export const isPlain = (value) => value !== null && typeof value === 'object' && !Array.isArray(value)
  && Object.prototype.toString.call(value) === '[object Object]';

/**
 * The options are what JSON can hold: plain objects, arrays, strings, finite numbers, booleans
 * and null. Anything else (a Map, a BigInt, a function, NaN) is refused here, with its path,
 * before the wasm reads them; the wasm refuses unknown keys and wrong types of the rest.
 */
function checkJsonLike(value, path, seen = new Set()) {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || value === undefined) return;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return;
  } else if (Array.isArray(value) || isPlain(value)) {
    if (seen.has(value)) throw new QuotelensError(`bad options: ${path} contains itself`, 'bad_options');
    seen.add(value);
    for (const key of Object.keys(value)) checkJsonLike(value[key], Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, seen);
    seen.delete(value);
    return;
  }
  throw new QuotelensError(`bad options: ${path} is ${what(value)}, which options cannot hold`, 'bad_options');
}

// The options' types, said plainly (the wasm's reader would say "invalid type" or worse).
const OPTION_TYPES = [
  ['lang', 'a language code such as "en"', (v) => typeof v === 'string'],
  ['minConfidence', 'a number from 0 to 1', (v) => typeof v === 'number'],
  ['classes', 'a list of cue classes such as ["speech", "writing"]', Array.isArray],
  ['sources', 'an object ({ sources, aliases, sides, builtin })', isPlain],
];

/** The sources option's lists are lists (the wasm's reader would iterate a string and fail obscurely). */
function checkLists(g) {
  const lists = [['sources.sources', g.sources]];
  if (Array.isArray(g.sources)) g.sources.forEach((s, i) => isPlain(s) && lists.push([`sources.sources[${i}].aliases`, s.aliases]));
  if (isPlain(g.sides)) {
    for (const [id, side] of Object.entries(g.sides)) {
      if (isPlain(side)) lists.push([`sources.sides.${id}.members`, side.members], [`sources.sides.${id}.words`, side.words]);
    }
  }
  for (const [path, value] of lists) {
    if (value != null && !Array.isArray(value)) throw new QuotelensError(`bad options: ${path} must be a list, not ${what(value)}`, 'bad_options');
  }
}

// A lone surrogate (half of a UTF-16 pair) cannot cross into Rust: the glue passes it as U+FFFD,
// which also takes one UTF-16 unit, so every offset still holds but a span's text differs from
// text.slice(start, end). Such texts are rare: only for them are the spans' texts sliced again.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (s) => (typeof s.isWellFormed === 'function' ? s.isWellFormed() : !LONE_SURROGATE.test(s));

/** Calls `fix` on every span ({start, end, text}) inside `value` (once each, cycles or not). */
function eachSpan(value, fix, seen = new Set()) {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const v of value) eachSpan(v, fix, seen);
    return;
  }
  if (typeof value.text === 'string' && typeof value.start === 'number' && typeof value.end === 'number') fix(value);
  for (const key in value) eachSpan(value[key], fix, seen);
}

/**
 * The checks analyze makes before the wasm reads anything: a QuotelensError for a text that is
 * not a string, and for options that are not a plain object of what JSON can hold, of the right
 * types. analyzeAsync makes them too, before it starts a worker.
 */
export function checkArguments(text, options) {
  if (typeof text !== 'string') throw new QuotelensError(`analyze(text): text must be a string, not ${what(text)}`, 'bad_text');
  if (options != null) {
    if (!isPlain(options)) throw new QuotelensError(`analyze(text, options): options must be an object, not ${what(options)}`, 'bad_options');
    try {
      checkJsonLike(options, 'options');
      for (const [key, type, ok] of OPTION_TYPES) {
        const value = options[key];
        if (value != null && !ok(value)) throw new QuotelensError(`bad options: ${key} must be ${type}, not ${what(value)}`, 'bad_options');
      }
      if (options.sources) checkLists(options.sources);
    } catch (err) {
      // A getter or a proxy that throws as the options are read.
      if (err instanceof QuotelensError) throw err;
      throw new QuotelensError(`bad options: reading them threw ${err}`, 'bad_options');
    }
  }
}

/** @type {import('./index.d.ts').analyze} */
export function analyze(text, options) {
  return analyzeWithProgress(text, options);
}

/** analyze, calling progress(stage, done, total) as it goes (in the worker, worker.js). */
export function analyzeWithProgress(text, options, progress) {
  checkArguments(text, options);
  const analysis = call(() => (progress ? core.analyzeWithProgress(text, options, progress) : core.analyze(text, options)));
  if (!wellFormed(text)) eachSpan(analysis, (span) => { span.text = text.slice(span.start, span.end); });
  return analysis;
}

/** @type {import('./index.d.ts').compare} */
export function compare(analysis, a, b) {
  // One analysis, or a list of them (several documents, compared across).
  const isAnalysis = (x) => isPlain(x) && Array.isArray(x.attributions) && Array.isArray(x.sources);
  const analyses = Array.isArray(analysis) ? analysis : [analysis];
  const k = analyses.findIndex((x) => !isAnalysis(x));
  if (k >= 0 || !analyses.length) {
    const bad = analyses[k];
    const why = !analyses.length ? 'an empty list' : isPlain(bad) ? 'an object without attributions and sources' : what(bad);
    throw new QuotelensError(`compare(analysis, a, b): analysis must be what analyze returned (or a list of those), not ${why}`, 'bad_analysis');
  }
  for (const [name, query] of [['a', a], ['b', b]]) {
    if (typeof query !== 'string' || !query.trim()) {
      const why = typeof query === 'string' ? 'a blank string' : what(query);
      throw new QuotelensError(`compare(analysis, a, b): ${name} must name a source or side ("Kremlin", "us"), not ${why}`, 'bad_query');
    }
  }
  const comparison = call(() => core.compare(analysis, a, b));
  // Spans whose text has a lone surrogate (see analyze) get their text back from the analysis;
  // across documents, each document's spans are moved by where it starts in the comparison.
  const lone = new Map();
  analyses.forEach((one, d) => {
    const offset = comparison.documents?.[d]?.offset ?? 0;
    eachSpan(one, (span) => { if (!wellFormed(span.text)) lone.set(`${span.start + offset}:${span.end + offset}`, span.text); });
  });
  if (lone.size) eachSpan(comparison, (span) => { span.text = lone.get(`${span.start}:${span.end}`) ?? span.text; });
  return comparison;
}

/** For tests (the test entry, test.js): panics inside wasm, to prove that a panic is an Error and the module recovers. */
export function panicForTests() {
  return call(() => core.__panicForTests());
}
