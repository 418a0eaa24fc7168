'use strict';
// events.getEventListeners() and events.getMaxListeners() for emitters.
require('../common');
const assert = require('assert');
const { getEventListeners, getMaxListeners, EventEmitter } = require('events');

const emitter = new EventEmitter();
const a = () => {};
const b = () => {};
assert.deepStrictEqual(getEventListeners(emitter, 'x'), []);
emitter.on('x', a);
emitter.once('x', b);
// Unwrapped, like emitter.listeners().
assert.deepStrictEqual(getEventListeners(emitter, 'x'), [a, b]);
assert.strictEqual(getMaxListeners(emitter), 10);
emitter.setMaxListeners(3);
assert.strictEqual(getMaxListeners(emitter), 3);

for (const value of [{}, 1, 'x']) {
  assert.throws(() => getEventListeners(value, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "emitter" argument must be an instance of EventEmitter or EventTarget\. Received /,
  });
  assert.throws(() => getMaxListeners(value), { code: 'ERR_INVALID_ARG_TYPE' });
}
// Anything with a listeners() method is asked.
assert.deepStrictEqual(getEventListeners({ listeners: (name) => [name] }, 'q'), ['q']);
