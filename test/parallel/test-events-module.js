'use strict';
// The events module: the constructor is the export, with Node's static members, property
// attributes, prototype members and names.
require('../common');
const assert = require('assert');
const events = require('events');
const EventEmitter = events;

assert.strictEqual(require('node:events'), events);
assert.strictEqual(events.EventEmitter, EventEmitter);
assert.strictEqual(typeof EventEmitter, 'function');
assert.strictEqual(EventEmitter.name, 'EventEmitter');
assert.strictEqual(EventEmitter.length, 1);

assert.deepStrictEqual(Object.keys(EventEmitter), [
  'addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners', 'EventEmitter',
  'usingDomains', 'captureRejectionSymbol', 'captureRejections', 'EventEmitterAsyncResource',
  'errorMonitor', 'defaultMaxListeners', 'setMaxListeners', 'init', 'listenerCount',
]);
assert.strictEqual(events.usingDomains, false);
assert.strictEqual(events.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(events.errorMonitor.toString(), 'Symbol(events.errorMonitor)');
assert.strictEqual(events.kMaxEventTargetListeners.toString(), 'Symbol(events.maxEventTargetListeners)');
assert.strictEqual(events.kMaxEventTargetListenersWarned.toString(),
                   'Symbol(events.maxEventTargetListenersWarned)');
for (const name of ['kMaxEventTargetListeners', 'kMaxEventTargetListenersWarned']) {
  const descriptor = Object.getOwnPropertyDescriptor(EventEmitter, name);
  assert.deepStrictEqual([descriptor.writable, descriptor.enumerable, descriptor.configurable],
                         [false, false, false]);
}
for (const name of ['captureRejections', 'defaultMaxListeners']) {
  const descriptor = Object.getOwnPropertyDescriptor(EventEmitter, name);
  assert.strictEqual(typeof descriptor.get, 'function');
  assert.strictEqual(typeof descriptor.set, 'function');
  assert.strictEqual(descriptor.configurable, false);
}
const lazy = Object.getOwnPropertyDescriptor(EventEmitter, 'EventEmitterAsyncResource');
assert.strictEqual(lazy.get.name, 'lazyEventEmitterAsyncResource');
assert.strictEqual(lazy.set, undefined);

// Function kinds and names.
assert.strictEqual(Object.prototype.toString.call(events.once), '[object AsyncFunction]');
assert.strictEqual(events.once.name, 'once');
assert.strictEqual(events.on.name, 'on');
assert.strictEqual(events.getEventListeners.name, 'getEventListeners');
assert.strictEqual(events.addAbortListener.name, 'addAbortListener');
assert.strictEqual(EventEmitter.init.name, '');
assert.strictEqual(EventEmitter.setMaxListeners.name, '');
assert.strictEqual(EventEmitter.listenerCount.name, '');

// The prototype: Node's field defaults, then the methods, in order.
assert.deepStrictEqual(Object.keys(EventEmitter.prototype), [
  '_events', '_eventsCount', '_maxListeners', 'setMaxListeners', 'getMaxListeners', 'emit',
  'addListener', 'on', 'prependListener', 'once', 'prependOnceListener', 'removeListener',
  'off', 'removeAllListeners', 'listeners', 'rawListeners', 'listenerCount', 'eventNames',
]);
assert.strictEqual(EventEmitter.prototype._events, undefined);
assert.strictEqual(EventEmitter.prototype._eventsCount, 0);
assert.strictEqual(EventEmitter.prototype._maxListeners, undefined);
assert.strictEqual(EventEmitter.prototype.on.name, 'addListener');
assert.strictEqual(EventEmitter.prototype.off.name, 'removeListener');
for (const name of ['emit', 'once', 'listeners', 'eventNames', 'removeAllListeners']) {
  assert.strictEqual(EventEmitter.prototype[name].name, name);
}

// An instance: three own fields, and two symbols that util.inspect shows.
const emitter = new EventEmitter();
assert.deepStrictEqual(Object.keys(emitter), ['_events', '_eventsCount', '_maxListeners']);
assert.deepStrictEqual(Object.getOwnPropertySymbols(emitter).map(String),
                       ['Symbol(shapeMode)', 'Symbol(kCapture)']);
assert.strictEqual(require('util').inspect(emitter),
                   'EventEmitter {\n' +
                   '  _events: [Object: null prototype] {},\n' +
                   '  _eventsCount: 0,\n' +
                   '  _maxListeners: undefined,\n' +
                   '  [Symbol(shapeMode)]: false,\n' +
                   '  [Symbol(kCapture)]: false\n' +
                   '}');
// Callable without `new` only through .call() on an object, as old code does.
assert.throws(() => EventEmitter(), TypeError);
