'use strict';
// What cannot be cloned throws a DataCloneError DOMException from postMessage itself, and
// nothing is sent.
require('../common');
const assert = require('assert');
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();

const cases = [
  [() => 1, '() => 1 could not be cloned.'],
  [Symbol('s'), 'Symbol(s) could not be cloned.'],
  [{ method() {} }, 'method() {} could not be cloned.'],
  [new WeakMap(), '#<WeakMap> could not be cloned.'],
  [new WeakSet(), '#<WeakSet> could not be cloned.'],
  [Promise.resolve(), '#<Promise> could not be cloned.'],
  [[1, 2, () => 3], '() => 3 could not be cloned.'],
];
for (const [value, message] of cases) {
  assert.throws(() => port1.postMessage(value), (error) => {
    assert.ok(error instanceof DOMException);
    assert.strictEqual(error.name, 'DataCloneError');
    assert.strictEqual(error.code, 25);
    assert.strictEqual(error.message, message);
    return true;
  });
}
// A getter that throws: its error comes out as it is.
assert.throws(() => port1.postMessage({ get boom() { throw new Error('from getter'); } }),
              { message: 'from getter' });
// Host objects other than ports cannot travel.
const { port1: other } = new MessageChannel();
assert.throws(() => port1.postMessage({ port: other }), {
  name: 'TypeError',
  code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
  message: 'Object that needs transfer was found in message but not listed in transferList',
});
other.close();

assert.strictEqual(receiveMessageOnPort(port2), undefined);
port1.close();
