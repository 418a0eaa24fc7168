'use strict';
// NODE_OPTIONS adds options to every run; script-selecting options are refused there.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixtures = path.join(__dirname, '..', 'fixtures', 'cli');
const preload = path.join(fixtures, 'preload-a.js');

let r = spawnSync(process.execPath, [path.join(fixtures, 'print-preloads.js')], {
  encoding: 'utf8',
  env: { ...process.env, NODE_OPTIONS: `--require "${preload}"` },
});
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, '["a"]\n');

// Options from NODE_OPTIONS are not in execArgv.
r = spawnSync(process.execPath, ['--no-warnings', '-p', 'JSON.stringify(process.execArgv)'], {
  encoding: 'utf8',
  env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
});
assert.strictEqual(r.stdout, '["--no-warnings","-p","JSON.stringify(process.execArgv)"]\n');

r = spawnSync(process.execPath, ['-e', '0'], {
  encoding: 'utf8',
  env: { ...process.env, NODE_OPTIONS: '-e "1"' },
});
assert.strictEqual(r.status, 9);
assert.match(r.stderr, /-e is not allowed in NODE_OPTIONS/);
