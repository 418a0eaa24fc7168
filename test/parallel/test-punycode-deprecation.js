'use strict';
// require('punycode') warns (DEP0040) only with --pending-deprecation or
// NODE_PENDING_DEPRECATION=1, once, as node 20 does.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const warning = 'DeprecationWarning DEP0040 The `punycode` module is deprecated. ' +
  'Please use a userland alternative instead.';
const script = `
process.on('warning', (w) => console.log(w.name, w.code, w.message));
require('punycode');
require('punycode');
require('node:punycode');
`;

function run(args, env = {}) {
  const { NODE_PENDING_DEPRECATION, ...baseEnv } = process.env;
  const result = spawnSync(process.execPath, [...args, '-e', script], {
    encoding: 'utf8', env: { ...baseEnv, ...env },
  });
  assert.strictEqual(result.status, 0, result.stderr);
  return result.stdout.trim();
}

assert.strictEqual(run([]), '');
assert.strictEqual(run(['--pending-deprecation']), warning);
assert.strictEqual(run([], { NODE_PENDING_DEPRECATION: '1' }), warning);
assert.strictEqual(run(['--pending-deprecation', '--no-deprecation']), '');
