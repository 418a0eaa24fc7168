'use strict';
// once() and prependOnceListener(): the listener runs at most once, is removed before it runs,
// and can be removed beforehand by the original function.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  const emitter = new EventEmitter();
  emitter.once('x', common.mustCall(function(...args) {
    assert.strictEqual(this, emitter);
    assert.deepStrictEqual(args, [1, 2]);
    // Already gone while it runs.
    assert.strictEqual(emitter.listenerCount('x'), 0);
  }));
  assert.strictEqual(emitter.emit('x', 1, 2), true);
  assert.strictEqual(emitter.emit('x', 1, 2), false);
}

{
  // A re-entrant emit from inside the listener does not run it again.
  const emitter = new EventEmitter();
  emitter.once('x', common.mustCall(() => emitter.emit('x')));
  emitter.emit('x');
}

{
  // Removing by the original function.
  const emitter = new EventEmitter();
  const listener = common.mustNotCall();
  emitter.once('x', listener);
  emitter.removeListener('x', listener);
  assert.strictEqual(emitter.emit('x'), false);
  emitter.once('x', listener);
  emitter.once('x', listener);
  emitter.off('x', listener);
  assert.strictEqual(emitter.listenerCount('x'), 1);
  emitter.removeAllListeners('x');
}

{
  // listeners() shows the original, rawListeners() the wrapper, which can be called directly:
  // the first call removes it and runs the listener, later calls do nothing.
  const emitter = new EventEmitter();
  const listener = common.mustCall(function(value) { return value * 2; });
  emitter.once('x', listener);
  assert.deepStrictEqual(emitter.listeners('x'), [listener]);
  const [wrapper] = emitter.rawListeners('x');
  assert.notStrictEqual(wrapper, listener);
  assert.strictEqual(wrapper.listener, listener);
  assert.strictEqual(wrapper.name, 'bound onceWrapper');
  assert.deepStrictEqual(Object.keys(wrapper), ['listener']);
  assert.strictEqual(wrapper(21), 42);
  assert.strictEqual(emitter.listenerCount('x'), 0);
  assert.strictEqual(wrapper(21), undefined);
}

{
  // prependOnceListener() goes first.
  const emitter = new EventEmitter();
  const order = [];
  emitter.on('x', () => order.push('on'));
  emitter.prependOnceListener('x', () => order.push('prepended once'));
  emitter.emit('x');
  emitter.emit('x');
  assert.deepStrictEqual(order, ['prepended once', 'on', 'on']);
}

{
  // once() goes through this.on() and prependOnceListener() through this.prependListener(),
  // so subclasses that override them see the wrapper.
  class Logged extends EventEmitter {
    on(name, listener) {
      this.added = [name, listener.listener];
      return super.on(name, listener);
    }

    prependListener(name, listener) {
      this.prepended = [name, listener.listener];
      return super.prependListener(name, listener);
    }
  }
  const emitter = new Logged();
  const listener = () => {};
  emitter.once('a', listener);
  emitter.prependOnceListener('b', listener);
  assert.deepStrictEqual(emitter.added, ['a', listener]);
  assert.deepStrictEqual(emitter.prepended, ['b', listener]);
}

{
  // 'removeListener' reports the original function.
  const emitter = new EventEmitter();
  const listener = common.mustCall();
  emitter.on('removeListener', common.mustCall((name, removed) => {
    assert.strictEqual(name, 'x');
    assert.strictEqual(removed, listener);
  }));
  emitter.once('x', listener);
  emitter.emit('x');
}

{
  // once() with errors from the listener: it is removed anyway.
  const emitter = new EventEmitter();
  emitter.once('x', () => { throw new Error('boom'); });
  assert.throws(() => emitter.emit('x'), /boom/);
  assert.strictEqual(emitter.listenerCount('x'), 0);
}
