'use strict';
// An uncaught exception prints the file and line, the source line, a caret under the column,
// a blank line, then the error's stack, and exits with code 1.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixtures = path.join(__dirname, '..', 'fixtures', 'cli');

let file = path.join(fixtures, 'throws.js');
let r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
assert.strictEqual(r.status, 1);
assert.strictEqual(r.stdout, '');
const lines = r.stderr.split('\n');
assert.strictEqual(lines[0], `${file}:3`);
assert.strictEqual(lines[1], "  throw new Error('boom');");
assert.strictEqual(lines[2], '  ^');
assert.strictEqual(lines[3], '');
assert.strictEqual(lines[4], 'Error: boom');
assert.match(lines[5], /^ {4}at fail \(.*throws\.js:3:9\)$/);

// A syntax error in a module points at the offending token.
file = path.join(fixtures, 'syntax-error.js');
r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
assert.strictEqual(r.status, 1);
assert.ok(r.stderr.startsWith(`${file}:3\nlet broken = ;\n             ^\n\nSyntaxError: Unexpected token ';'\n`),
          r.stderr);

// A thrown primitive is shown as a value.
file = path.join(fixtures, 'throws-primitive.js');
r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /throws-primitive\.js:1\nthrow 42;\n\^\n42\n/);
