// analyzeAsync's two halves, for a browser's module worker (async.js, worker.js) and Node's
// worker_threads (node-async.js, node-worker.js) alike: the caller's side starts a worker per
// call and ends it when the call settles or its signal aborts; the worker's side analyses.
//
// The messages, worker to caller: { progress: [stage, done, total] }, then { analysis } with the
// analysis' lists left empty, one { key, items } per slice of each list, and { done: true }; or
// { error: { name, message, code } }. Each message is read (structured clone) in a task of its
// own, so that the caller's thread is never blocked for long by a large analysis.
import { QuotelensError, analyzeWithProgress, checkArguments, isPlain } from './api.js';

/** Items per message: a slice of a 2 MB article's attributions takes milliseconds to read. */
const SLICE = 1000;

/** The worker's side: answers one request, { text, options }, through post, once ready (the .wasm loaded). */
export async function answer(ready, { text, options }, post) {
  let analysis;
  try {
    await ready;
    analysis = analyzeWithProgress(text, options, (stage, done, total) => post({ progress: [stage, done, total] }));
  } catch (err) {
    post({ error: { name: err?.name, message: err?.message ?? String(err), code: err?.code } });
    return;
  }
  const lists = Object.keys(analysis).filter((key) => Array.isArray(analysis[key]));
  const head = { ...analysis };
  for (const key of lists) head[key] = [];
  post({ analysis: head });
  for (const key of lists) {
    for (let i = 0; i < analysis[key].length; i += SLICE) post({ key, items: analysis[key].slice(i, i + SLICE) });
  }
  post({ done: true });
}

const abortError = () => new DOMException('The analysis was aborted.', 'AbortError');

/**
 * The caller's side: checks the arguments as analyze does, starts a worker with spawn() and
 * settles with its answer. spawn(onMessage, onFailure) returns the worker (postMessage, terminate).
 */
export function analyzeIn(spawn, text, options) {
  return new Promise((resolve, reject) => {
    const { signal, onProgress, ...rest } = isPlain(options) ? options : {};
    if (signal?.aborted) throw signal.reason ?? abortError();
    if (signal != null && typeof signal.addEventListener !== 'function') {
      throw new QuotelensError('bad options: signal must be an AbortSignal', 'bad_options');
    }
    if (onProgress != null && typeof onProgress !== 'function') {
      throw new QuotelensError('bad options: onProgress must be a function', 'bad_options');
    }
    checkArguments(text, isPlain(options) ? rest : options);

    let analysis = null;
    let settled = false;
    const settle = (fn, value) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      fn(value);
    };
    const onAbort = () => settle(reject, signal.reason ?? abortError());
    const worker = spawn(
      (m) => {
        if (settled) return; // a message sent before the worker was ended
        if (m.progress) {
          const [stage, done, total] = m.progress;
          onProgress?.({ stage, done, total });
        } else if (m.analysis) {
          analysis = m.analysis;
        } else if (m.key) {
          // push(...items) would put every item on the stack at once.
          for (const item of m.items) analysis[m.key].push(item);
        } else if (m.done) {
          settle(resolve, analysis);
        } else if (m.error) {
          const { name, message, code } = m.error;
          settle(reject, name === 'QuotelensError' ? new QuotelensError(message, code) : new Error(message));
        }
      },
      (why) => settle(reject, new QuotelensError(`quotelens could not run its worker: ${why}`, 'init_failed')),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      worker.postMessage({ text, options: isPlain(options) ? rest : options });
    } catch (err) {
      // Options that pass the checks but cannot be copied to the worker (a proxy).
      settle(reject, new QuotelensError(`bad options: they cannot be sent to the worker (${err.message})`, 'bad_options'));
    }
  });
}
