'use strict';
// Garbage in every argument position of assert, assert.strict, AssertionError and
// CallTracker: the same errors (AssertionError included) as node.
require('../common');
const badInput = require('../common/bad-input');
const assert = require('assert');

const targets = {
  ...badInput.functionsOf(assert, 'assert', ['AssertionError', 'CallTracker', 'strict']),
  ...badInput.functionsOf(assert.strict, 'assert.strict', ['AssertionError', 'CallTracker', 'strict']),
  'assert': [undefined, assert],
  'new AssertionError': [undefined, badInput.construct(assert.AssertionError)],
  'new CallTracker': [undefined, badInput.construct(assert.CallTracker)],
};
// A second valid argument shows how each treats a garbage third one (message, error...).
for (const name of ['throws', 'doesNotThrow', 'rejects', 'doesNotReject']) {
  const thrower = () => { throw new TypeError('thrown'); };
  targets[`assert.${name}/thrower`] = [assert, assert[name], { args: [thrower, TypeError] }];
  targets[`assert.${name}/quiet`] = [assert, assert[name], { args: [() => {}, TypeError] }];
}
for (const name of ['equal', 'strictEqual', 'deepEqual', 'deepStrictEqual', 'notEqual', 'notStrictEqual',
                    'notDeepEqual', 'notDeepStrictEqual', 'match', 'doesNotMatch']) {
  targets[`assert.${name}/message`] = [assert, assert[name], { args: ['x', /y/] }];
}

if (assert.CallTracker) {
  const Tracker = assert.CallTracker.prototype;
  const freshTracker = () => new assert.CallTracker();
  Object.assign(targets, badInput.methodsOf(Tracker, 'tracker', badInput.methodNames(Tracker),
                                            freshTracker, { args: [function tracked() {}, 1] }));
}

badInput.check(__filename, targets);
