'use strict';
// addEventListener() with a null or undefined listener adds nothing and emits an
// AddEventListenerArgumentTypeWarning.
const common = require('../common');
const assert = require('assert');
const { getEventListeners } = require('events');

const target = new EventTarget();
const seen = [];
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'AddEventListenerArgumentTypeWarning');
  assert.strictEqual(warning.target, target);
  assert.strictEqual(warning.type, 'x');
  assert.ok(warning instanceof Error);
  seen.push(warning.message);
}, 2));

target.addEventListener('x', null);
target.addEventListener('x', undefined, { once: true });
assert.deepStrictEqual(getEventListeners(target, 'x'), []);
// The warning is emitted on a later tick, not during the call.
assert.deepStrictEqual(seen, []);

process.on('exit', () => {
  assert.deepStrictEqual(seen, [
    'addEventListener called with null which has no effect.',
    'addEventListener called with undefined which has no effect.',
  ]);
});
