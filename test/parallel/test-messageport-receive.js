'use strict';
// receiveMessageOnPort() takes the next queued message synchronously, started or not.
require('../common');
const assert = require('assert');
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
assert.strictEqual(receiveMessageOnPort(port2), undefined);
port1.postMessage({ first: true });
port1.postMessage(2);
port1.postMessage(undefined);
const first = receiveMessageOnPort(port2);
assert.deepStrictEqual(first, { message: { first: true } });
assert.deepStrictEqual(Object.keys(first), ['message']);
assert.deepStrictEqual(receiveMessageOnPort(port2), { message: 2 });
assert.deepStrictEqual(receiveMessageOnPort(port2), { message: undefined });
assert.strictEqual(receiveMessageOnPort(port2), undefined);

for (const bad of [undefined, null, {}, 1, 'port', port1.postMessage]) {
  assert.throws(() => receiveMessageOnPort(bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "port" argument must be a MessagePort instance',
  });
}

// Inside a listener it takes the message after the one being delivered.
port2.on('message', (value) => {
  assert.strictEqual(value, 'a');
  assert.deepStrictEqual(receiveMessageOnPort(port2), { message: 'b' });
  port2.close();
});
port1.postMessage('a');
port1.postMessage('b');
