'use strict';
// os.constants: read-only, null-prototype records of signals, errno, priority and dlopen.
require('../common');
const assert = require('assert');
const os = require('os');

const descriptor = Object.getOwnPropertyDescriptor(os, 'constants');
assert.strictEqual(descriptor.writable, false);
assert.strictEqual(descriptor.enumerable, true);
assert.strictEqual(descriptor.configurable, false);

const { constants } = os;
assert.deepStrictEqual(Object.keys(constants), ['UV_UDP_REUSEADDR', 'dlopen', 'errno', 'signals', 'priority']);
assert.strictEqual(Object.getPrototypeOf(constants), null);
for (const key of ['dlopen', 'errno', 'signals', 'priority']) {
  assert.strictEqual(Object.getPrototypeOf(constants[key]), null, key);
}
assert.strictEqual(constants.UV_UDP_REUSEADDR, 4);
assert.strictEqual(constants.signals.SIGINT, 2);
assert.strictEqual(constants.signals.SIGKILL, 9);
assert.strictEqual(constants.signals.SIGTERM, 15);
assert.strictEqual(constants.signals.SIGIOT, constants.signals.SIGABRT);
assert.strictEqual(constants.errno.ENOENT, 2);
assert.strictEqual(constants.errno.EACCES, 13);
assert.strictEqual(constants.errno.EWOULDBLOCK, constants.errno.EAGAIN);
assert.deepStrictEqual({ ...constants.priority }, {
  PRIORITY_LOW: 19,
  PRIORITY_BELOW_NORMAL: 10,
  PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14,
  PRIORITY_HIGHEST: -20,
});
assert.deepStrictEqual({ ...constants.dlopen }, {
  RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8,
});

// The record itself cannot be replaced.
assert.throws(() => { 'use strict'; os.constants = {}; }, TypeError);
assert.strictEqual(os.constants, constants);
