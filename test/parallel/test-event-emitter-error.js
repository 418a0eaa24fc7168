'use strict';
// 'error' events: without a listener an Error is thrown as it is and anything else is wrapped
// in ERR_UNHANDLED_ERROR; errorMonitor listeners see the error first either way.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { inspect } = require('util');

{
  const emitter = new EventEmitter();
  const error = new TypeError('boom');
  assert.throws(() => emitter.emit('error', error), (thrown) => thrown === error);
}

{
  const emitter = new EventEmitter();
  for (const value of ['foo', 42, null, { a: 1 }, Symbol('s'), [1, 2]]) {
    assert.throws(() => emitter.emit('error', value), (thrown) => {
      assert.ok(thrown instanceof Error);
      assert.strictEqual(thrown.name, 'Error');
      assert.strictEqual(thrown.code, 'ERR_UNHANDLED_ERROR');
      assert.strictEqual(thrown.message, `Unhandled error. (${inspect(value)})`);
      assert.strictEqual(thrown.context, value);
      assert.deepStrictEqual(Object.keys(thrown), ['code', 'context']);
      return true;
    });
  }
  assert.throws(() => emitter.emit('error', 'foo'), {
    message: "Unhandled error. ('foo')",
  });
  // With no argument at all, the value reported is undefined.
  assert.throws(() => emitter.emit('error'), {
    code: 'ERR_UNHANDLED_ERROR',
    message: 'Unhandled error. (undefined)',
    context: undefined,
  });
}

{
  // Objects that merely look like errors are not thrown as they are.
  const emitter = new EventEmitter();
  const lookalike = { message: 'm', stack: 's' };
  assert.throws(() => emitter.emit('error', lookalike), {
    code: 'ERR_UNHANDLED_ERROR',
    context: lookalike,
  });
}

{
  // With a listener, nothing is thrown.
  const emitter = new EventEmitter();
  const error = new Error('handled');
  emitter.on('error', common.mustCall((received, extra) => {
    assert.strictEqual(received, error);
    assert.strictEqual(extra, 'extra');
  }));
  assert.strictEqual(emitter.emit('error', error, 'extra'), true);
}

{
  // errorMonitor listeners run before the 'error' listeners, and before the throw.
  const { errorMonitor } = EventEmitter;
  assert.strictEqual(typeof errorMonitor, 'symbol');
  assert.strictEqual(errorMonitor.description, 'events.errorMonitor');
  const emitter = new EventEmitter();
  const error = new Error('monitored');
  const order = [];
  emitter.on(errorMonitor, common.mustCall((received, extra) => {
    assert.strictEqual(received, error);
    assert.strictEqual(extra, 1);
    order.push('monitor');
  }, 2));
  assert.throws(() => emitter.emit('error', error, 1), (thrown) => thrown === error);
  emitter.on('error', () => order.push('listener'));
  emitter.emit('error', error, 1);
  assert.deepStrictEqual(order, ['monitor', 'monitor', 'listener']);
  // Emitting errorMonitor itself is an ordinary event.
  assert.strictEqual(new EventEmitter().emit(errorMonitor, error), false);
}

{
  // An emitter whose fields were never set up still throws.
  const bare = Object.create(EventEmitter.prototype);
  assert.throws(() => bare.emit('error', new Error('bare')), /^Error: bare$/);
}
