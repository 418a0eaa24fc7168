'use strict';
// -v/--version print one version line; -h/--help print usage; both exit 0 without running code.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

for (const flag of ['-v', '--version']) {
  const r = spawnSync(process.execPath, [flag], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0);
  assert.match(r.stdout, /^v\d+\.\d+\.\d+\n$/);
}

for (const flag of ['-h', '--help']) {
  const r = spawnSync(process.execPath, [flag, '-e', 'console.log("ran")'], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0);
  assert.match(r.stdout, /^Usage: \S+ \[options\] \[ script\.js \] \[arguments\]/);
  assert.doesNotMatch(r.stdout, /^ran$/m);
}
