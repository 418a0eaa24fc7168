'use strict';
// util.aborted() resolves when the signal aborts and rejects bad arguments asynchronously.
const common = require('../common');
const assert = require('assert');
const util = require('util');

const controller = new AbortController();
const resource = {};
let settled = false;
util.aborted(controller.signal, resource).then(common.mustCall((event) => {
  settled = true;
  assert.strictEqual(event.type, 'abort');
  assert.strictEqual(event.target, controller.signal);
}));
setImmediate(common.mustCall(() => {
  assert.strictEqual(settled, false);
  controller.abort();
}));

util.aborted(AbortSignal.abort(), resource).then(common.mustCall((value) => {
  assert.strictEqual(value, undefined);
}));

const invalid = [
  [undefined, resource, 'The "signal" argument must be an instance of AbortSignal. Received undefined'],
  [{}, resource, 'The "signal" argument must be an instance of AbortSignal. Received an instance of Object'],
  [new AbortController().signal, 5, 'The "resource" argument must be of type object. Received type number (5)'],
];
for (const [signal, target, message] of invalid) {
  assert.rejects(util.aborted(signal, target), { code: 'ERR_INVALID_ARG_TYPE', message })
    .then(common.mustCall());
}
