'use strict';
// LODE_LIB_DIR loads the JavaScript library from a folder instead of the embedded copy, so a
// library edit needs no rebuild.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const libDir = path.join(__dirname, '..', '..', 'lib');
const copy = path.join(tmpdir.path, 'lib');
// A copy made with cp(1), so the test depends on nothing but spawnSync and a few fs calls.
assert.strictEqual(spawnSync('cp', ['-r', libDir, copy]).status, 0);
fs.appendFileSync(path.join(copy, 'path.js'), '\nmodule.exports.fromDisk = true;\n');

const r = spawnSync(process.execPath, ['-p', 'require("path").fromDisk'], {
  encoding: 'utf8',
  env: { ...process.env, LODE_LIB_DIR: copy },
});
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, 'true\n');

const embedded = spawnSync(process.execPath, ['-p', 'require("path").fromDisk'], { encoding: 'utf8' });
assert.strictEqual(embedded.stdout, 'undefined\n');
