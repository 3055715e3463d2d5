// Browsers and bundlers: `import init, { analyze } from 'quotelens'; await init();`
// init() fetches quotelens_core_bg.wasm from beside this module and compiles it while it streams.
// It also takes a URL, a Response, bytes or a WebAssembly.Module: init({ moduleOrPath }).
import coreInit from './quotelens_core.js';
import { QuotelensError } from './api.js';
import { state } from './ready.js';

export default async function init(input) {
  // camelCase like every other option; wasm-bindgen's own name, module_or_path, works too.
  if (input != null && typeof input === 'object' && 'moduleOrPath' in input) input = { module_or_path: input.moduleOrPath };
  let exports;
  try {
    exports = await coreInit(input);
  } catch (err) {
    // A 404, a wrong MIME type, bytes that are not this .wasm, an argument of another kind.
    const error = new QuotelensError(`quotelens could not load its .wasm: ${err && err.message ? err.message : err}`, 'init_failed');
    error.cause = err;
    throw error;
  }
  state.ready = true;
  return exports;
}
export { analyze, compare, QuotelensError } from './api.js';
