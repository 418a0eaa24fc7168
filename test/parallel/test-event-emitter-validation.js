'use strict';
// Every method that takes a listener rejects anything but a function, before doing anything.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter();
emitter.on('newListener', common.mustNotCall());
const methods = ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener',
                 'removeListener', 'off'];
for (const method of methods) {
  for (const value of [undefined, null, 1, 'f', {}, [], Symbol('s')]) {
    assert.throws(() => emitter[method]('x', value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: /^The "listener" argument must be of type function\. Received /,
    }, `${method}(${String(value)})`);
  }
}
assert.throws(() => emitter.on('x', 1), {
  message: 'The "listener" argument must be of type function. Received type number (1)',
});
assert.throws(() => emitter.once('x', null), {
  message: 'The "listener" argument must be of type function. Received null',
});
assert.strictEqual(emitter.listenerCount('x'), 0);

// Any function will do, including classes, async and bound functions.
const plain = new EventEmitter();
plain.on('x', class {});
plain.on('x', async () => {});
plain.on('x', function() {}.bind(null));
plain.on('x', function* () {});
assert.strictEqual(plain.listenerCount('x'), 4);
