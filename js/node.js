// Node (>= 20): `import { analyze } from 'quotelens'` works at once; the .wasm beside this file is
// compiled synchronously at import time.
import { readFileSync } from 'node:fs';
import { initSync } from './quotelens_core.js';
import { state } from './ready.js';

initSync({ module: readFileSync(new URL('./quotelens_core_bg.wasm', import.meta.url)) });
state.ready = true;

/** Already initialised: kept so that code written for browsers runs unchanged. */
export default async function init() {}
export { analyze, compare, QuotelensError } from './api.js';
