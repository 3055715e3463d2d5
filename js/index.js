// Browsers and bundlers: `import init, { analyze } from 'quotelens'; await init();`
// init() fetches quotelens_core_bg.wasm from beside this module and compiles it while it streams.
// It also takes a URL, a Response, bytes or a WebAssembly.Module: init({ module_or_path }).
import coreInit from './quotelens_core.js';
import { state } from './ready.js';

export default async function init(input) {
  const exports = await coreInit(input);
  state.ready = true;
  return exports;
}
export * from './api.js';
