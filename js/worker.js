// The module worker behind analyzeAsync (async.js): loads the .wasm, analyses one article.
import init from './index.js';
import { answer } from './remote.js';

const ready = init();
onmessage = (e) => answer(ready, e.data, (m) => postMessage(m));
