'use strict';
// More listeners of one type than the target's limit (events.defaultMaxListeners unless
// set with events.setMaxListeners()) emits one MaxListenersExceededWarning per target.
const common = require('../common');
const assert = require('assert');
const events = require('events');

const plain = new EventTarget();
const limited = new EventTarget();
const signal = new AbortController().signal;

assert.strictEqual(events.getMaxListeners(plain), events.defaultMaxListeners);
assert.strictEqual(events.getMaxListeners(signal), 10);
events.setMaxListeners(2, limited);
assert.strictEqual(events.getMaxListeners(limited), 2);

const expected = [
  [plain, 'foo', 11,
   'Possible EventTarget memory leak detected. 11 foo listeners added to EventTarget. ' +
   'MaxListeners is 10. Use events.setMaxListeners() to increase limit'],
  [limited, 'bar', 3,
   'Possible EventTarget memory leak detected. 3 bar listeners added to EventTarget. ' +
   'MaxListeners is 2. Use events.setMaxListeners() to increase limit'],
  [signal, 'abort', 11,
   'Possible EventTarget memory leak detected. 11 abort listeners added to [AbortSignal]. ' +
   'MaxListeners is 10. Use events.setMaxListeners() to increase limit'],
];

process.on('warning', common.mustCall((warning) => {
  const [target, type, count, message] = expected.shift();
  assert.strictEqual(warning.name, 'MaxListenersExceededWarning');
  assert.strictEqual(warning.target, target);
  assert.strictEqual(warning.type, type);
  assert.strictEqual(warning.count, count);
  assert.strictEqual(warning.message, message);
}, 3));

for (let i = 0; i < 10; i++) plain.addEventListener('foo', () => {});
// Re-adding an existing listener does not count.
const listener = () => {};
plain.addEventListener('foo', listener);
plain.addEventListener('foo', listener);
// Only the first excess warns, for any type.
for (let i = 0; i < 12; i++) plain.addEventListener('other', () => {});
plain.addEventListener('foo', () => {});

for (let i = 0; i < 3; i++) limited.addEventListener('bar', () => {});

// Listeners that options.signal puts on the signal count too.
for (let i = 0; i < 11; i++) new EventTarget().addEventListener('x', () => {}, { signal });

// A limit of 0 means no limit.
const unlimited = new EventTarget();
events.setMaxListeners(0, unlimited);
for (let i = 0; i < 20; i++) unlimited.addEventListener('x', () => {});
