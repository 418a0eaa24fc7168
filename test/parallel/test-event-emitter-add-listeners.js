'use strict';
// on()/addListener(): listeners run in order with the emitter as `this` and all arguments;
// 'newListener' is emitted before the listener is added, with once() listeners unwrapped.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  const emitter = new EventEmitter();
  const calls = [];
  assert.strictEqual(emitter.on('x', function(...args) { calls.push(['first', this, args]); }), emitter);
  assert.strictEqual(emitter.addListener('x', (...args) => calls.push(['second', args])), emitter);
  assert.strictEqual(emitter.emit('x', 1, 'two', null), true);
  assert.deepStrictEqual(calls, [['first', emitter, [1, 'two', null]], ['second', [1, 'two', null]]]);
  assert.strictEqual(emitter.emit('nobody'), false);
  assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
}

{
  // 'newListener' comes before the listener is in place, with the event name and listener.
  const emitter = new EventEmitter();
  const listener = common.mustCall();
  const seen = [];
  emitter.on('newListener', function(name, added) {
    assert.strictEqual(this, emitter);
    seen.push([name, added, emitter.listenerCount(name)]);
  });
  emitter.on('hello', listener);
  const symbol = Symbol('s');
  emitter.once(symbol, listener);
  assert.deepStrictEqual(seen, [['hello', listener, 0], [symbol, listener, 0]]);
  emitter.emit('hello');
}

{
  // A listener added from a 'newListener' listener for the same event goes first.
  const emitter = new EventEmitter();
  const order = [];
  emitter.once('newListener', (name) => {
    if (name === 'x') emitter.on('x', () => order.push('added in newListener'));
  });
  emitter.on('x', () => order.push('original'));
  emitter.emit('x');
  assert.deepStrictEqual(order, ['added in newListener', 'original']);
}

{
  // The same function can be added many times; every copy runs.
  const emitter = new EventEmitter();
  const listener = common.mustCall(3);
  emitter.on('x', listener).on('x', listener).on('x', listener);
  emitter.emit('x');
  assert.strictEqual(emitter.listenerCount('x'), 3);
}

{
  // Listeners added during an emit() do not run in that emit.
  const emitter = new EventEmitter();
  const late = common.mustCall(1);
  emitter.on('x', common.mustCall(() => emitter.on('x', late), 2));
  emitter.emit('x');
  emitter.emit('x'); // now `late` (added once in the first emit) runs; the second copy waits
}

{
  // Internal storage as old packages expect it: a function, then an array.
  const emitter = new EventEmitter();
  const a = () => {};
  const b = () => {};
  emitter.on('x', a);
  assert.strictEqual(emitter._events.x, a);
  assert.strictEqual(emitter._eventsCount, 1);
  emitter.on('x', b);
  assert.deepStrictEqual(emitter._events.x, [a, b]);
  assert.strictEqual(emitter._eventsCount, 1);
  assert.strictEqual(Object.getPrototypeOf(emitter._events), null);
}

{
  // Event names are property keys: numbers and their string form are the same event.
  const emitter = new EventEmitter();
  emitter.on(1, common.mustCall(2));
  emitter.emit('1');
  emitter.emit(1);
}
