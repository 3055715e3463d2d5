// quotelens/worker in Node: analyzeAsync runs the analysis in a worker thread (node-worker.js),
// so that a long article does not block the event loop.
import { Worker } from 'node:worker_threads';
import { analyzeIn } from './remote.js';

export { QuotelensError } from './api.js';

/** @type {import('./worker.d.ts').analyzeAsync} */
export function analyzeAsync(text, options) {
  return analyzeIn((onMessage, onFailure) => {
    const worker = new Worker(new URL('./node-worker.js', import.meta.url));
    worker.on('message', onMessage);
    worker.on('messageerror', () => onFailure('a message from it could not be read'));
    worker.on('error', (err) => onFailure(err.message));
    // Ended by anything but terminate() (which comes after the answer): an out-of-memory, say.
    worker.on('exit', (code) => onFailure(`it stopped (exit code ${code})`));
    return worker;
  }, text, options);
}
