'use strict';
// setMaxListeners()/getMaxListeners(), EventEmitter.defaultMaxListeners and the static
// EventEmitter.setMaxListeners(n, ...targets), with Node's argument checks.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(EventEmitter.defaultMaxListeners, 10);

{
  const emitter = new EventEmitter();
  assert.strictEqual(emitter.getMaxListeners(), 10);
  assert.strictEqual(emitter._maxListeners, undefined);
  assert.strictEqual(emitter.setMaxListeners(3), emitter);
  assert.strictEqual(emitter.getMaxListeners(), 3);
  emitter.setMaxListeners(0); // no limit
  assert.strictEqual(emitter.getMaxListeners(), 0);
  emitter.setMaxListeners(Infinity);
  assert.strictEqual(emitter.getMaxListeners(), Infinity);

  assert.throws(() => emitter.setMaxListeners('a'), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "setMaxListeners" argument must be of type number. Received type string (\'a\')',
  });
  assert.throws(() => emitter.setMaxListeners(-1), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => emitter.setMaxListeners(NaN), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received NaN',
  });
  assert.strictEqual(emitter.getMaxListeners(), Infinity);
}

{
  // The default follows EventEmitter.defaultMaxListeners until the emitter sets its own.
  const emitter = new EventEmitter();
  EventEmitter.defaultMaxListeners = 4;
  assert.strictEqual(emitter.getMaxListeners(), 4);
  assert.strictEqual(EventEmitter.getMaxListeners(emitter), 4);
  assert.throws(() => { EventEmitter.defaultMaxListeners = -1; }, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "defaultMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => { EventEmitter.defaultMaxListeners = 'x'; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "defaultMaxListeners" argument must be of type number. Received type string (\'x\')',
  });
  assert.strictEqual(EventEmitter.defaultMaxListeners, 4);

  // The static form without targets sets the default; with targets, their own limits.
  EventEmitter.setMaxListeners(6);
  assert.strictEqual(EventEmitter.defaultMaxListeners, 6);
  const other = new EventEmitter();
  EventEmitter.setMaxListeners(2, emitter, other);
  assert.strictEqual(emitter.getMaxListeners(), 2);
  assert.strictEqual(other.getMaxListeners(), 2);
  assert.strictEqual(EventEmitter.defaultMaxListeners, 6);
  // Anything with a setMaxListeners method is accepted.
  let set;
  EventEmitter.setMaxListeners(5, { setMaxListeners(n) { set = n; } });
  assert.strictEqual(set, 5);

  assert.throws(() => EventEmitter.setMaxListeners(1, {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. ' +
             'Received an instance of Object',
  });
  assert.throws(() => EventEmitter.setMaxListeners(-1), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => EventEmitter.setMaxListeners('x', emitter), { code: 'ERR_INVALID_ARG_TYPE' });
  // Without arguments: the current default is kept.
  EventEmitter.setMaxListeners();
  assert.strictEqual(EventEmitter.defaultMaxListeners, 6);

  EventEmitter.defaultMaxListeners = 10;
}

{
  // events.getMaxListeners() rejects what is neither an emitter nor an EventTarget.
  assert.throws(() => EventEmitter.getMaxListeners({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' +
             'Received an instance of Object',
  });
  const descriptor = Object.getOwnPropertyDescriptor(EventEmitter, 'defaultMaxListeners');
  assert.strictEqual(descriptor.enumerable, true);
  assert.strictEqual(descriptor.configurable, false);
}
