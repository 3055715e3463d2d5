// The package's functions over wasm-bindgen's glue: argument checks, and recovery from panics.
import * as core from './quotelens_core.js';

/**
 * Calls into wasm. A QuotelensError (a typed error: bad options, text too large, …) leaves the
 * instance sound. Anything else is a panic or a trap: the instance's memory may be inconsistent,
 * so it is re-instantiated from the compiled module before the error goes to the caller.
 */
function call(fn) {
  let out;
  try {
    out = fn();
  } catch (err) {
    core.__wbg_reset_state();
    const error = err instanceof Error ? err : new Error(String(err));
    if (!(err instanceof Error)) error.cause = err;
    throw error;
  }
  // A typed error comes back as "\0code:message", which no JSON starts with (src/wasm.rs says why).
  if (typeof out === 'string' && out.charCodeAt(0) === 0) {
    const at = out.indexOf(':');
    const error = new Error(out.slice(at + 1));
    error.name = 'QuotelensError';
    error.code = out.slice(1, at);
    throw error;
  }
  return out;
}

function typeError(message, code) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

/** @type {import('./index.d.ts').analyze} */
export function analyze(text, options) {
  if (typeof text !== 'string') throw typeError('analyze(text): text must be a string', 'bad_text');
  if (options != null && typeof options !== 'object') throw typeError('analyze(text, options): options must be an object', 'bad_options');
  // JSON both ways: the wasm reads and writes JSON text (see src/wasm.rs); it refuses unknown keys.
  const json = options == null ? '' : JSON.stringify(options);
  return JSON.parse(call(() => core.analyze(text, json)));
}

/** @type {import('./index.d.ts').compare} */
export function compare(analysis, a, b) {
  if (analysis == null || typeof analysis !== 'object') throw typeError('compare(analysis, a, b): analysis must be what analyze returned', 'bad_options');
  if (typeof a !== 'string' || typeof b !== 'string') throw typeError('compare(analysis, a, b): a and b must be source or side ids', 'bad_options');
  const json = JSON.stringify(analysis);
  return JSON.parse(call(() => core.compare(json, a, b)));
}

/** For tests: panics inside wasm, to prove that a panic is an Error and the module recovers. */
export function __panicForTests() {
  return call(() => core.__panicForTests());
}
