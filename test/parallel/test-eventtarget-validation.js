'use strict';
// Argument and receiver checks of EventTarget's methods, with Node's error codes.
require('../common');
const assert = require('assert');

const target = new EventTarget();
const listener = () => {};

for (const method of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  for (const receiver of [{}, null, undefined, 1, new Event('x')]) {
    assert.throws(() => EventTarget.prototype[method].call(receiver, 'x', listener), {
      code: 'ERR_INVALID_THIS',
      name: 'TypeError',
      message: 'Value of "this" must be of type EventTarget',
    });
  }
}

for (const args of [[], ['x']]) {
  assert.throws(() => target.addEventListener(...args), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "type" and "listener" arguments must be specified',
  });
  assert.throws(() => target.removeEventListener(...args), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "type" and "listener" arguments must be specified',
  });
}

for (const bad of [1, 'string', true, 1n, Symbol('s')]) {
  assert.throws(() => target.addEventListener('x', bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "listener" argument must be an instance of EventListener\. Received /,
  });
  assert.throws(() => target.removeEventListener('x', bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "listener" argument must be an instance of EventListener\. Received /,
  });
}

// removeEventListener() with null or undefined does nothing.
target.removeEventListener('x', null);
target.removeEventListener('x', undefined);
// Removing something that was never added is fine.
target.removeEventListener('never', listener);

for (const options of [1, 'capture', 1n, Symbol('s')]) {
  assert.throws(() => target.addEventListener('x', listener, options), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "options" argument must be of type object\. Received /,
  });
}
// The options are checked before the listener.
assert.throws(() => target.addEventListener('x', 1, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => target.addEventListener('x', 1), {
  message: 'The "listener" argument must be an instance of EventListener. Received type number (1)',
});

// A symbol is not a valid event type (WebIDL DOMString conversion).
assert.throws(() => target.addEventListener(Symbol('t'), listener), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'value' is invalid. Received Symbol(t)",
});
assert.throws(() => target.removeEventListener(Symbol('t'), listener), {
  code: 'ERR_INVALID_ARG_VALUE',
});

assert.throws(() => target.dispatchEvent(), {
  code: 'ERR_MISSING_ARGS',
  name: 'TypeError',
  message: 'The "event" argument must be specified',
});
for (const notEvent of [null, undefined, 'x', 1, { type: 'x' }, new EventTarget()]) {
  assert.throws(() => target.dispatchEvent(notEvent), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "event" argument must be an instance of Event\. Received /,
  });
}
assert.throws(() => target.dispatchEvent({ type: 'x' }), {
  message: 'The "event" argument must be an instance of Event. Received an instance of Object',
});
