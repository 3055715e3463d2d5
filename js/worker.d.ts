// quotelens/worker: analyze off the calling thread (a module worker in browsers, a worker thread
// in Node), with progress and cancellation.
import type { Analysis, AsyncOptions } from './index.js';

export type { Analysis, AsyncOptions, AbortSignalLike, Progress, ErrorCode, Options } from './index.js';
export { QuotelensError } from './index.js';

/**
 * Analyses one article in a worker of its own (started for the call, ended when it settles) and
 * resolves to what analyze returns. No init() is needed. Rejects with a QuotelensError as
 * analyze throws (see ErrorCode; "init_failed" when the worker cannot start or load the .wasm),
 * or, when `signal` aborts, with its reason (an AbortError DOMException by default), at once for
 * a signal already aborted.
 */
export function analyzeAsync(text: string, options?: AsyncOptions): Promise<Analysis>;
