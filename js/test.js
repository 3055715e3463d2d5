// The test entry: the Node entry and what only tests need (a deliberate panic). It is not in
// package.json's exports, so that users of the package never see it.
export * from './node.js';
export { default } from './node.js';
export { panicForTests } from './api.js';
