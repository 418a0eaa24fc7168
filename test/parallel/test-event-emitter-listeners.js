'use strict';
// listeners(), rawListeners(), listenerCount() (also with a listener to count) and
// eventNames() (strings and symbols).
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  const emitter = new EventEmitter();
  const a = () => {};
  const b = () => {};
  assert.deepStrictEqual(emitter.listeners('x'), []);
  assert.deepStrictEqual(emitter.rawListeners('x'), []);
  emitter.on('x', a);
  const single = emitter.listeners('x');
  assert.deepStrictEqual(single, [a]);
  single.push(b); // a copy
  assert.deepStrictEqual(emitter.listeners('x'), [a]);

  emitter.on('x', b);
  const both = emitter.rawListeners('x');
  assert.deepStrictEqual(both, [a, b]);
  both.pop(); // a copy too
  assert.strictEqual(emitter.listenerCount('x'), 2);
}

{
  // listenerCount(name, listener) counts that listener (also when added with once()).
  const emitter = new EventEmitter();
  const a = () => {};
  const b = () => {};
  emitter.on('x', a).once('x', a).on('x', b);
  assert.strictEqual(emitter.listenerCount('x'), 3);
  assert.strictEqual(emitter.listenerCount('x', a), 2);
  assert.strictEqual(emitter.listenerCount('x', b), 1);
  assert.strictEqual(emitter.listenerCount('x', () => {}), 0);
  assert.strictEqual(emitter.listenerCount('y', a), 0);
  // Anything that is not a listener counts as no match; null and undefined count all.
  assert.strictEqual(emitter.listenerCount('x', 1), 0);
  assert.strictEqual(emitter.listenerCount('x', null), 3);
  emitter.removeAllListeners('x');
  emitter.once('x', a);
  assert.strictEqual(emitter.listenerCount('x', a), 1);
  assert.strictEqual(emitter.listenerCount('x', b), 0);
}

{
  // The deprecated static form.
  const emitter = new EventEmitter();
  emitter.on('x', () => {}).on('x', () => {});
  assert.strictEqual(EventEmitter.listenerCount(emitter, 'x'), 2);
  assert.strictEqual(EventEmitter.listenerCount(emitter, 'y'), 0);
  // Objects without a listenerCount method are read directly.
  const fake = { _events: { x: [() => {}, () => {}, () => {}] } };
  assert.strictEqual(EventEmitter.listenerCount(fake, 'x'), 3);
}

{
  const emitter = new EventEmitter();
  const s = Symbol('s');
  assert.deepStrictEqual(emitter.eventNames(), []);
  emitter.on('b', () => {});
  emitter.on(s, () => {});
  emitter.on('a', () => {});
  emitter.on('b', () => {});
  // Property-key order: strings as added, then symbols.
  assert.deepStrictEqual(emitter.eventNames(), ['b', 'a', s]);
  emitter.removeAllListeners('b');
  assert.deepStrictEqual(emitter.eventNames(), ['a', s]);
}

{
  // Fields never set up: everything is empty.
  const bare = Object.create(EventEmitter.prototype);
  assert.deepStrictEqual(bare.listeners('x'), []);
  assert.deepStrictEqual(bare.rawListeners('x'), []);
  assert.strictEqual(bare.listenerCount('x'), 0);
  assert.deepStrictEqual(bare.eventNames(), []);
  assert.strictEqual(bare.emit('x'), false);
}
