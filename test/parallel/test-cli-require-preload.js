'use strict';
// -r/--require preload modules, in order, before the main script.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixtures = path.join(__dirname, '..', 'fixtures', 'cli');
const main = path.join(fixtures, 'print-preloads.js');

let r = spawnSync(process.execPath, ['-r', path.join(fixtures, 'preload-a.js'),
                                     '--require', path.join(fixtures, 'preload-b.js'), main],
                  { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, '["a","b"]\n');

// Relative preloads resolve from the current folder.
r = spawnSync(process.execPath, ['--require=./preload-b.js', '-r', './preload-a.js', main],
              { encoding: 'utf8', cwd: fixtures });
assert.strictEqual(r.stdout, '["b","a"]\n');

// Preloads apply to -e too.
r = spawnSync(process.execPath, ['-r', path.join(fixtures, 'preload-a.js'), '-p', 'preloadOrder.join()'],
              { encoding: 'utf8' });
assert.strictEqual(r.stdout, 'a\n');

r = spawnSync(process.execPath, ['-r', './no-such-preload', '-e', '0'], { encoding: 'utf8', cwd: fixtures });
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /Cannot find module/);
