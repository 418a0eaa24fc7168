'use strict';
// tty.isatty() is false for anything that is not a terminal descriptor, never throwing.
require('../common');
const assert = require('assert');
const tty = require('tty');
const { spawnSync } = require('child_process');

for (const value of [-1, 1.5, 2 ** 31, NaN, Infinity, '0', null, undefined, {}, 0n, 1000]) {
  assert.strictEqual(tty.isatty(value), false, String(value));
}

// A child whose stdio are pipes sees no terminal on them.
const child = spawnSync(process.execPath, ['-e', `
  const tty = require('tty');
  console.log(JSON.stringify([0, 1, 2].map((fd) => tty.isatty(fd))));
`], { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stdout, '[false,false,false]\n');
