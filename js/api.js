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

function typeError(message, code) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

// A lone surrogate (half of a UTF-16 pair) cannot cross into Rust: the glue passes it as U+FFFD,
// which also takes one UTF-16 unit, so every offset still holds but a span's text differs from
// text.slice(start, end). Such texts are rare: only for them are the spans' texts sliced again.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (s) => (typeof s.isWellFormed === 'function' ? s.isWellFormed() : !LONE_SURROGATE.test(s));

/** Calls `fix` on every span ({start, end, text}) inside `value`. */
function eachSpan(value, fix) {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) eachSpan(v, fix);
    return;
  }
  if (typeof value.text === 'string' && typeof value.start === 'number' && typeof value.end === 'number') fix(value);
  for (const key in value) eachSpan(value[key], fix);
}

/** @type {import('./index.d.ts').analyze} */
export function analyze(text, options) {
  if (typeof text !== 'string') throw typeError('analyze(text): text must be a string', 'bad_text');
  if (options != null && typeof options !== 'object') throw typeError('analyze(text, options): options must be an object', 'bad_options');
  // The options object is read by the wasm, which refuses unknown keys.
  const analysis = call(() => core.analyze(text, options));
  if (!wellFormed(text)) eachSpan(analysis, (span) => { span.text = text.slice(span.start, span.end); });
  return analysis;
}

/** @type {import('./index.d.ts').compare} */
export function compare(analysis, a, b) {
  if (analysis == null || typeof analysis !== 'object') throw typeError('compare(analysis, a, b): analysis must be what analyze returned', 'bad_options');
  if (typeof a !== 'string' || typeof b !== 'string') throw typeError('compare(analysis, a, b): a and b must be source or side ids', 'bad_options');
  const comparison = call(() => core.compare(analysis, a, b));
  // Spans whose text has a lone surrogate (see analyze) get their text back from the analysis.
  const lone = new Map();
  eachSpan(analysis, (span) => { if (!wellFormed(span.text)) lone.set(`${span.start}:${span.end}`, span.text); });
  if (lone.size) eachSpan(comparison, (span) => { span.text = lone.get(`${span.start}:${span.end}`) ?? span.text; });
  return comparison;
}

/** For tests: panics inside wasm, to prove that a panic is an Error and the module recovers. */
export function __panicForTests() {
  return call(() => core.__panicForTests());
}
