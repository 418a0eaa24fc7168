'use strict';
// The global object: `global` is globalThis; the enumerable globals are only those node has
// (process and console are there but not enumerable).
require('../common');
const assert = require('assert');

assert.strictEqual(globalThis.global, globalThis);
assert.strictEqual(global, globalThis);
assert.strictEqual(Object.prototype.toString.call(globalThis), '[object global]');

// What node 20 lists in Object.keys(globalThis); nothing else may show up.
const nodeEnumerableGlobals = new Set([
  'global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval',
  'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'fetch',
  'crypto',
]);
for (const key of Object.keys(globalThis)) {
  assert.ok(nodeEnumerableGlobals.has(key), `unexpected enumerable global: ${key}`);
}
assert.ok(Object.keys(globalThis).includes('global'));
assert.ok(Object.keys(globalThis).includes('queueMicrotask'));

for (const name of ['process', 'console']) {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(descriptor.enumerable, false, name);
  assert.strictEqual(descriptor.configurable, true, name);
  assert.strictEqual(name in globalThis, true);
}
assert.strictEqual(globalThis.process, process);
assert.strictEqual(typeof globalThis.console.log, 'function');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(globalThis, 'global'), {
  value: globalThis, writable: true, enumerable: true, configurable: true,
});

// No symbol-keyed property is enumerable either.
for (const symbol of Object.getOwnPropertySymbols(globalThis)) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, symbol).enumerable, false);
}
