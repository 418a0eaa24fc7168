'use strict';
// process is an EventEmitter whose toString tag is 'process'.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

assert.ok(process instanceof EventEmitter);
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
assert.strictEqual(`${process}`, '[object process]');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(process, Symbol.toStringTag), {
  value: 'process', writable: true, enumerable: false, configurable: false,
});
assert.strictEqual(process.constructor.name, 'process');
assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(process)), EventEmitter.prototype);

for (const name of ['on', 'once', 'emit', 'off', 'addListener', 'removeListener',
                    'removeAllListeners', 'listeners', 'listenerCount', 'eventNames']) {
  assert.strictEqual(process[name], EventEmitter.prototype[name], name);
}

const listener = common.mustCall(function(a, b) {
  assert.strictEqual(this, process);
  assert.deepStrictEqual([a, b], [1, 2]);
});
process.on('lode-test-event', listener);
assert.strictEqual(process.listenerCount('lode-test-event'), 1);
assert.strictEqual(process.emit('lode-test-event', 1, 2), true);
process.off('lode-test-event', listener);
assert.strictEqual(process.emit('lode-test-event'), false);
