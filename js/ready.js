// Whether the wasm module is instantiated: set by the entry points (index.js after `await
// init()`, node.js at import), read by api.js so that a call before init says so.
export const state = { ready: false };
