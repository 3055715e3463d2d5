// The worker thread behind Node's analyzeAsync (node-async.js): node.js compiles the .wasm at import.
import { parentPort } from 'node:worker_threads';
import './node.js';
import { answer } from './remote.js';

parentPort.on('message', (request) => answer(null, request, (m) => parentPort.postMessage(m)));
