'use strict';
// Under --pending-deprecation (or NODE_PENDING_DEPRECATION=1), assigning a non-primitive to a
// process.env property warns once (DEP0104) and reading module.parent warns (DEP0144).
// Without it, neither warns.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const warnings = [];
  process.on('warning', (warning) => warnings.push(warning.code));
  process.env.LODE_TEST_A = 'string';
  process.env.LODE_TEST_B = 1;
  process.env.LODE_TEST_C = true;
  process.env.LODE_TEST_D = undefined;
  process.env.LODE_TEST_E = { toString() { return 'object'; } };
  assert.strictEqual(process.env.LODE_TEST_D, 'undefined');
  assert.strictEqual(process.env.LODE_TEST_E, 'object');
  assert.strictEqual(module.parent, null);
  module.parent = null;
  setImmediate(() => console.log(JSON.stringify(warnings)));
  return;
}

function run(args, env = {}) {
  const child = spawnSync(process.execPath, [...args, __filename, 'child'],
                          { encoding: 'utf8', env: { ...process.env, ...env } });
  assert.strictEqual(child.status, 0, child.stderr);
  return JSON.parse(child.stdout);
}

const without = { NODE_PENDING_DEPRECATION: '' };
assert.deepStrictEqual(run(['--pending-deprecation'], without), ['DEP0104', 'DEP0144']);
assert.deepStrictEqual(run([], { NODE_PENDING_DEPRECATION: '1' }), ['DEP0104', 'DEP0144']);
assert.deepStrictEqual(run([], without), []);
