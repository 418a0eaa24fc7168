'use strict';
// A script read from stdin: piped with no file, or named `-`.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

let r = spawnSync(process.execPath, [], { input: 'console.log("piped", typeof require)', encoding: 'utf8' });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, 'piped function\n');

r = spawnSync(process.execPath, ['-', 'x', 'y'], {
  input: 'console.log(JSON.stringify(process.argv.slice(1)), __filename)',
  encoding: 'utf8',
});
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, '["-","x","y"] [stdin]\n');

r = spawnSync(process.execPath, ['-p'], { input: '40 + 2', encoding: 'utf8' });
assert.strictEqual(r.stdout, '42\n');
