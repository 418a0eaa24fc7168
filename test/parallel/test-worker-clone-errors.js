'use strict';
// Garbage posted from a worker throws there, synchronously, and leaves both sides working.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  const results = [];
  for (const value of [() => 1, Symbol('s'), new WeakMap(), { nested: [() => 2] }]) {
    try { parentPort.postMessage(value); results.push('sent'); } catch (error) {
      results.push([error.name, error instanceof DOMException]);
    }
  }
  try { parentPort.postMessage(1, [1]); } catch (error) { results.push(error.code); }
  parentPort.postMessage(results);
`, { eval: true });
worker.on('message', common.mustCall((results) => {
  assert.deepStrictEqual(results, [
    ['DataCloneError', true], ['DataCloneError', true], ['DataCloneError', true], ['DataCloneError', true],
    'ERR_INVALID_TRANSFER_OBJECT',
  ]);
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
assert.throws(() => worker.postMessage(() => {}), { name: 'DataCloneError' });
