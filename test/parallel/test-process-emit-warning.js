'use strict';
// process.emitWarning's argument forms, and the Error each one delivers to 'warning'
// listeners on a later tick.
const common = require('../common');
const assert = require('assert');

const received = [];
process.on('warning', common.mustCall((warning) => received.push(warning), 10));

function ctorToHide() {
  process.emitWarning('hidden frames', 'TypeA', 'CODE_A', ctorToHide);
}

process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'CustomWarning', 'CODE1');
process.emitWarning('with options', { type: 'OptionType', code: 'OPT1', detail: 'some detail' });
process.emitWarning('detail only', { detail: 'just detail' });
process.emitWarning('empty options', {});
process.emitWarning('ctor as type', function ctor() {});
ctorToHide();
const custom = new Error('an error object');
custom.name = 'MyWarning';
process.emitWarning(custom, 'IgnoredType', 'IGNORED');
process.emitWarning(new TypeError('type error'));

// Nothing is delivered synchronously.
assert.strictEqual(received.length, 0);

process.nextTick(common.mustCall(() => {
  assert.strictEqual(received.length, 10);
  const summary = received.map((w) => [w.name, w.message, w.code, w.detail]);
  assert.deepStrictEqual(summary, [
    ['Warning', 'plain', undefined, undefined],
    ['CustomWarning', 'typed', undefined, undefined],
    ['CustomWarning', 'coded', 'CODE1', undefined],
    ['OptionType', 'with options', 'OPT1', 'some detail'],
    ['Warning', 'detail only', undefined, 'just detail'],
    ['Warning', 'empty options', undefined, undefined],
    ['Warning', 'ctor as type', undefined, undefined],
    ['TypeA', 'hidden frames', 'CODE_A', undefined],
    ['MyWarning', 'an error object', undefined, undefined],
    ['TypeError', 'type error', undefined, undefined],
  ]);
  for (const warning of received) assert.ok(warning instanceof Error);
  // Warnings made from strings are Errors whose name (and code, detail) are own properties.
  assert.deepStrictEqual(Object.keys(received[0]), ['name']);
  assert.deepStrictEqual(Object.keys(received[3]), ['name', 'code', 'detail']);
  assert.strictEqual(received[0].stack.split('\n')[0], 'Warning: plain');
  assert.ok(received[0].stack.split('\n')[1].includes(__filename));
  // An Error is passed on untouched.
  assert.strictEqual(received[8], custom);
  assert.deepStrictEqual(Object.keys(custom), ['name']);
  // The frames of the given constructor and above are left out.
  assert.ok(!received[7].stack.includes('ctorToHide'));
}));
