'use strict';
// removeAllListeners(): one event or all of them; with 'removeListener' listeners, each removal
// is reported (last added first) and the 'removeListener' listeners go last.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  const emitter = new EventEmitter();
  emitter.on('a', () => {}).on('a', () => {}).on('b', () => {});
  assert.strictEqual(emitter.removeAllListeners('a'), emitter);
  assert.deepStrictEqual(emitter.eventNames(), ['b']);
  assert.strictEqual(emitter._eventsCount, 1);
  emitter.removeAllListeners('not there');
  assert.strictEqual(emitter.removeAllListeners(), emitter);
  assert.deepStrictEqual(emitter.eventNames(), []);
  assert.strictEqual(emitter._eventsCount, 0);
  assert.strictEqual(Object.getPrototypeOf(emitter._events), null);
}

{
  const emitter = new EventEmitter();
  const f = function f() {};
  const g = function g() {};
  const s = Symbol('s');
  const reported = [];
  emitter.on('removeListener', (name, listener) => reported.push([name, listener.name]));
  emitter.on('a', f).on('a', g).once('b', f).on(s, g);
  emitter.removeAllListeners();
  assert.deepStrictEqual(reported, [['a', 'g'], ['a', 'f'], ['b', 'f'], [s, 'g']]);
  assert.deepStrictEqual(emitter.eventNames(), []);
  assert.strictEqual(emitter._eventsCount, 0);
}

{
  // One event only, with reporting.
  const emitter = new EventEmitter();
  const f = () => {};
  emitter.on('x', f).on('y', f);
  emitter.on('removeListener', common.mustCall((name) => assert.strictEqual(name, 'x')));
  emitter.removeAllListeners('x');
  assert.deepStrictEqual(emitter.eventNames(), ['y', 'removeListener']);
}

{
  // removeAllListeners(undefined) is about the event named undefined, not all events.
  const emitter = new EventEmitter();
  emitter.on('x', () => {});
  emitter.on(undefined, () => {});
  emitter.removeAllListeners(undefined);
  assert.deepStrictEqual(emitter.eventNames(), ['x']);
}

{
  // An emitter whose fields were never set up.
  const bare = Object.create(EventEmitter.prototype);
  assert.strictEqual(bare.removeAllListeners(), bare);
  assert.strictEqual(bare.removeAllListeners('x'), bare);
}
