'use strict';
// Going over the limit emits one MaxListenersExceededWarning per list of listeners, with
// Node's text and the emitter, event name and count attached.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

class Custom extends EventEmitter {}

const emitter = new EventEmitter();
emitter.setMaxListeners(1);
const custom = new Custom();
custom.setMaxListeners(2);
const symbol = Symbol('sym');

const expected = [
  [emitter, 'x', 2, '2 x listeners added to [EventEmitter]. MaxListeners is 1.'],
  [emitter, symbol, 2, '2 Symbol(sym) listeners added to [EventEmitter]. MaxListeners is 1.'],
  [custom, 'y', 3, '3 y listeners added to [Custom]. MaxListeners is 2.'],
];

process.on('warning', common.mustCall((warning) => {
  const [target, type, count, text] = expected.shift();
  assert.strictEqual(warning.name, 'MaxListenersExceededWarning');
  assert.ok(warning instanceof Error);
  assert.strictEqual(warning.message,
                     `Possible EventEmitter memory leak detected. ${text} ` +
                     'Use emitter.setMaxListeners() to increase limit');
  assert.strictEqual(warning.emitter, target);
  assert.strictEqual(warning.type, type);
  assert.strictEqual(warning.count, count);
  assert.deepStrictEqual(Object.keys(warning), ['name', 'emitter', 'type', 'count']);
}, expected.length));

emitter.on('x', () => {});
emitter.on('x', () => {}); // warns
emitter.on('x', () => {}); // the same list: no second warning
emitter.prependListener(symbol, () => {});
emitter.prependListener(symbol, () => {}); // warns
for (let i = 0; i < 5; i++) custom.on('y', () => {}); // warns once, at the third

// A limit of 0 means no limit.
const unlimited = new EventEmitter();
unlimited.setMaxListeners(0);
for (let i = 0; i < 100; i++) unlimited.on('z', () => {});
// Two listeners on as many events do not add up.
const spread = new EventEmitter();
spread.setMaxListeners(1);
spread.on('a', () => {});
spread.on('b', () => {});
