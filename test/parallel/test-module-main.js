'use strict';
// The entry script is the main module: id '.', no parent, require.main and
// process.mainModule; modules it requires see the same require.main.
require('../common');
const assert = require('assert');

assert.strictEqual(require.main, module);
assert.strictEqual(process.mainModule, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(module.parent, null);
assert.strictEqual(module.loaded, false);
assert.strictEqual(require.main.filename, __filename);

const seen = require('../fixtures/modules/module-object/child');
assert.strictEqual(seen.requireMain, module);
assert.strictEqual(seen.parentId, '.');

process.on('exit', () => assert.strictEqual(module.loaded, true));

// A missing entry point fails with MODULE_NOT_FOUND and exit code 1, whatever its extension.
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();
for (const entry of ['no-such-main', 'no-such-main.js', 'no-such-main.mjs', 'no-such-main.cjs']) {
  const child = spawnSync(process.execPath, [entry], { cwd: tmpdir.path, encoding: 'utf8' });
  assert.strictEqual(child.status, 1, child.stderr);
  assert.match(child.stderr, /Error: Cannot find module '.*no-such-main[^']*'/);
  assert.match(child.stderr, /code: 'MODULE_NOT_FOUND'/);
  assert(child.stderr.includes(entry), child.stderr);
}
