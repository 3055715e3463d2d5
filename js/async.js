// quotelens/worker in browsers: analyzeAsync runs the analysis in a module worker (worker.js),
// so that a long article never blocks the page. Bundlers that know the
// new Worker(new URL(…, import.meta.url)) pattern (Vite, webpack) bundle the worker with it.
import { analyzeIn } from './remote.js';

export { QuotelensError } from './api.js';

/** @type {import('./worker.d.ts').analyzeAsync} */
export function analyzeAsync(text, options) {
  return analyzeIn((onMessage, onFailure) => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    worker.onmessage = (e) => onMessage(e.data);
    worker.onmessageerror = () => onFailure('a message from it could not be read');
    worker.onerror = (e) => {
      e.preventDefault(); // reported through the promise, not as an uncaught error
      onFailure(e.message || 'its script could not be loaded');
    };
    return worker;
  }, text, options);
}
