'use strict';
// An option neither lode nor V8 knows is refused with exit code 9, as node does.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const r = spawnSync(process.execPath, ['--no-such-option-here', '-e', '0'], { encoding: 'utf8' });
assert.strictEqual(r.status, 9);
assert.match(r.stderr, /: bad option: --no-such-option-here\n$/);
assert.strictEqual(r.stdout, '');

const missing = spawnSync(process.execPath, ['-e'], { encoding: 'utf8' });
assert.strictEqual(missing.status, 9);
assert.match(missing.stderr, /-e requires an argument/);
