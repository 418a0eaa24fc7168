'use strict';
// A #! first line is ignored; process.argv holds the absolute script path and its arguments.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixtures = path.join(__dirname, '..', 'fixtures', 'cli');

let r = spawnSync(process.execPath, [path.join(fixtures, 'shebang.js')], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, 'shebang ok\n');

r = spawnSync(process.execPath, ['argv.js', 'one', '--two', '-3'], { encoding: 'utf8', cwd: fixtures });
assert.strictEqual(r.stdout, '["one","--two","-3"]\n');

r = spawnSync(process.execPath, ['-e', 'console.log(process.argv[0] === process.execPath)'], { encoding: 'utf8' });
assert.strictEqual(r.stdout, 'true\n');

r = spawnSync(process.execPath, ['no-such-script.js'], { encoding: 'utf8', cwd: fixtures });
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /Cannot find module '.*no-such-script\.js'/);
