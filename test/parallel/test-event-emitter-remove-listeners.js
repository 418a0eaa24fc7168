'use strict';
// removeListener()/off(): removes the most recently added match, reports it with
// 'removeListener', and leaves an emit() that is under way alone.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(EventEmitter.prototype.off, EventEmitter.prototype.removeListener);

{
  const emitter = new EventEmitter();
  const a = () => {};
  const b = () => {};
  emitter.on('x', a).on('x', b).on('x', a);
  assert.strictEqual(emitter.removeListener('x', a), emitter);
  assert.deepStrictEqual(emitter.listeners('x'), [a, b]);
  emitter.off('x', a);
  assert.strictEqual(emitter._events.x, b); // back to a single function
  emitter.off('x', b);
  assert.deepStrictEqual(emitter.eventNames(), []);
  assert.strictEqual(emitter._eventsCount, 0);
  // Removing what is not there is fine.
  emitter.off('x', b);
  emitter.off('never', a);
}

{
  // 'removeListener' is emitted after the removal, with the name and the listener.
  const emitter = new EventEmitter();
  const listener = () => {};
  emitter.on('x', listener);
  emitter.on('removeListener', common.mustCall((name, removed) => {
    assert.strictEqual(name, 'x');
    assert.strictEqual(removed, listener);
    assert.strictEqual(emitter.listenerCount('x'), 0);
  }));
  emitter.removeListener('x', listener);
  // Nothing removed, nothing reported.
  emitter.removeListener('x', listener);
}

{
  // Removing the last 'removeListener' listener itself is not reported.
  const emitter = new EventEmitter();
  const onRemove = common.mustNotCall();
  emitter.on('removeListener', onRemove);
  emitter.removeListener('removeListener', onRemove);
}

{
  // All listeners of an emit() that is under way run, even those removed meanwhile.
  const emitter = new EventEmitter();
  const second = common.mustCall();
  emitter.on('x', common.mustCall(() => emitter.removeListener('x', second)));
  emitter.on('x', second);
  emitter.emit('x');
  assert.strictEqual(emitter.listenerCount('x'), 1);
}

{
  // Removing during an emit with one listener left: still not in the next emit.
  const emitter = new EventEmitter();
  const b = common.mustNotCall();
  const a = common.mustCall(() => emitter.off('x', b), 2);
  emitter.on('x', a);
  emitter.emit('x');
  emitter.on('x', b);
  emitter.off('x', b);
  emitter.emit('x');
}

{
  // The listener must be a function.
  const emitter = new EventEmitter();
  assert.throws(() => emitter.removeListener('x', 'nope'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be of type function. Received type string (\'nope\')',
  });
}

{
  // What 'removeListener' reports: for an event's only listener, the original function of a
  // once() wrapper; out of a list, the argument as given -- so a once() listener that removes
  // itself from a list is reported as its wrapper.
  const emitter = new EventEmitter();
  const reported = [];
  const original = function original() {};
  emitter.on('removeListener', (name, listener) => reported.push([name, listener]));
  emitter.once('single', original);
  emitter.emit('single');
  emitter.on('list', () => {});
  emitter.once('list', original);
  const [, wrapper] = emitter.rawListeners('list');
  emitter.emit('list');
  emitter.once('list', original);
  emitter.off('list', original);
  assert.deepStrictEqual(reported, [['single', original], ['list', wrapper], ['list', original]]);
}
