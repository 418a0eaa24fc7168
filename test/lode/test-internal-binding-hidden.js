'use strict';
// User code cannot reach internalBinding or internal/* modules; process.binding serves an
// allow-list only.
require('../common');
const assert = require('assert');

assert.strictEqual(typeof internalBinding, 'undefined');
assert.strictEqual(typeof globalThis.internalBinding, 'undefined');
assert.throws(() => require('internal/errors'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require('node:internal/errors'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });

assert.strictEqual(typeof process.binding('constants').os.signals.SIGINT, 'number');
assert.throws(() => process.binding('contextify'), {
  code: 'ERR_INVALID_MODULE',
  message: 'No such module: contextify',
});
assert.throws(() => process.binding('no_such_binding'), { code: 'ERR_INVALID_MODULE' });
