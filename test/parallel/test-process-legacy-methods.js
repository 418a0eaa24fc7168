'use strict';
// Old corners of `process` node 20 still has: process.assert() (DEP0100), process._rawDebug(),
// process.constrainedMemory() and process.config.variables.node_module_version.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'raw-debug') {
  // Written straight to fd 2: neither process.stderr nor the tick queue is involved.
  process.nextTick = () => { throw new Error('no ticking'); };
  process.stderr.write = common.mustNotCall('stderr.write');
  process._rawDebug('raw %s %d', 'debug', 42, { a: 1 });
  return;
}

common.expectWarning('DeprecationWarning',
                     'process.assert() is deprecated. Please use the `assert` module instead.',
                     'DEP0100');
assert.strictEqual(process.assert(1, 'unused'), undefined);
assert.strictEqual(process.assert('yes'), undefined);
assert.throws(() => process.assert(0, 'custom message'),
              { name: 'Error', code: 'ERR_ASSERTION', message: 'custom message' });
assert.throws(() => process.assert(null),
              { name: 'Error', code: 'ERR_ASSERTION', message: 'assertion error' });

// A number of bytes when the OS imposes a limit, undefined when there is none known.
const limit = process.constrainedMemory();
assert(limit === undefined || (typeof limit === 'number' && limit > 0), `${limit}`);

assert(Number.isInteger(process.config.variables.node_module_version));
assert(process.config.variables.node_module_version > 0);

assert.strictEqual(typeof process._rawDebug, 'function');
assert.strictEqual(process._rawDebug.name, '_rawDebug');
const child = spawnSync(process.execPath, [__filename, 'raw-debug'], { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stdout, '');
assert.strictEqual(child.stderr, 'raw debug 42 { a: 1 }\n');
