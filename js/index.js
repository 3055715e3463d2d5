// Browsers and bundlers: `import init, { analyze } from 'quotelens'; await init();`
// init() fetches quotelens_core_bg.wasm from beside this module and compiles it while it streams.
// It also takes a URL, a Response, bytes or a WebAssembly.Module: init({ moduleOrPath }).
import coreInit from './quotelens_core.js';
import { state } from './ready.js';

export default async function init(input) {
  // camelCase like every other option; wasm-bindgen's own name, module_or_path, works too.
  if (input != null && typeof input === 'object' && 'moduleOrPath' in input) input = { module_or_path: input.moduleOrPath };
  const exports = await coreInit(input);
  state.ready = true;
  return exports;
}
export * from './api.js';
