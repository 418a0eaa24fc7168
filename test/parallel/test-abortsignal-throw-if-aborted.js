'use strict';
// AbortSignal#throwIfAborted() throws the reason itself, whatever it is, once aborted.
require('../common');
const assert = require('assert');

const controller = new AbortController();
assert.strictEqual(controller.signal.throwIfAborted(), undefined);
controller.abort();
assert.throws(() => controller.signal.throwIfAborted(), (error) => error === controller.signal.reason);

for (const reason of [new Error('custom'), 'text', 0, null, { object: true }]) {
  assert.throws(() => AbortSignal.abort(reason).throwIfAborted(), (thrown) => thrown === reason);
}

assert.throws(() => AbortSignal.prototype.throwIfAborted.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type AbortSignal',
});
