'use strict';
// process.env copies as a plain object of its variables: by structuredClone(), inside other
// values, and through a MessageChannel; the copy is detached from the environment.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

process.env.LODE_TEST_CLONE = 'yes';
const copy = structuredClone(process.env);
assert.strictEqual(Object.getPrototypeOf(copy), Object.prototype);
assert.strictEqual(copy.LODE_TEST_CLONE, 'yes');
assert.deepStrictEqual(Object.keys(copy).sort(), Object.keys(process.env).sort());
copy.LODE_TEST_CLONE = 'changed';
assert.strictEqual(process.env.LODE_TEST_CLONE, 'yes');

const nested = structuredClone({ env: process.env, again: process.env });
assert.strictEqual(nested.env.LODE_TEST_CLONE, 'yes');
assert.strictEqual(nested.env, nested.again);

const { port1, port2 } = new MessageChannel();
port2.on('message', common.mustCall((message) => {
  assert.strictEqual(message.LODE_TEST_CLONE, 'yes');
  port2.close();
}));
port1.postMessage(process.env);
