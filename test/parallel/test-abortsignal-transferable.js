'use strict';
// util.transferableAbortSignal() and util.transferableAbortController() hand back usable
// signals and controllers (lode has no workers yet, so nothing is transferred for now).
require('../common');
const assert = require('assert');
const util = require('util');

assert.ok(util.transferableAbortSignal(new AbortController().signal) instanceof AbortSignal);
const aborted = AbortSignal.abort('why');
assert.strictEqual(util.transferableAbortSignal(aborted).reason, 'why');

for (const value of [undefined, null, 1, {}, new EventTarget()]) {
  assert.throws(() => util.transferableAbortSignal(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "signal" argument must be an instance of AbortSignal\. Received /,
  });
}

const controller = util.transferableAbortController();
assert.ok(controller instanceof AbortController);
assert.strictEqual(controller.signal.aborted, false);
controller.abort('done');
assert.strictEqual(controller.signal.reason, 'done');
