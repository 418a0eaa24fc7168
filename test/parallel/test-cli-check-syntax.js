'use strict';
// -c/--check compiles a file without running it.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixtures = path.join(__dirname, '..', 'fixtures', 'cli');

let r = spawnSync(process.execPath, ['--check', path.join(fixtures, 'throws.js')], { encoding: 'utf8' });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, '');
assert.strictEqual(r.stderr, '');

r = spawnSync(process.execPath, ['-c', path.join(fixtures, 'syntax-error.js')], { encoding: 'utf8' });
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /syntax-error\.js:3\nlet broken = ;\n {13}\^\n/);
assert.match(r.stderr, /SyntaxError: Unexpected token ';'/);
