'use strict';
// V8 options pass through the command line (dashes or underscores).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(...args) {
  return spawnSync(process.execPath, args, { encoding: 'utf8' });
}

assert.strictEqual(run('--stack-trace-limit=3', '-p', 'Error.stackTraceLimit').stdout, '3\n');
assert.strictEqual(run('--expose-gc', '-p', 'typeof gc').stdout, 'function\n');
assert.strictEqual(run('--expose_gc', '-p', 'typeof gc').stdout, 'function\n');
assert.strictEqual(run('-p', 'typeof gc').stdout, 'undefined\n');
const r = run('--max-old-space-size=64', '-p', '"ok"');
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, 'ok\n');
