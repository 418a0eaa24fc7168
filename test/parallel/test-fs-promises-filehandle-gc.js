'use strict';
// A FileHandle dropped while open is closed when the GC collects it, with node's warning and
// deprecation (DEP0137). Runs itself with --expose-gc.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const warnings = [];
  process.on('warning', (warning) => warnings.push([warning.name, warning.code, warning.message]));
  let fd;
  (async () => {
    fd = (await fs.promises.open(__filename)).fd;
  })().then(async () => {
    for (let i = 0; i < 10 && warnings.length < 2; i++) {
      globalThis.gc();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' });  // closed
    process.stdout.write(JSON.stringify({ fd, warnings }));
  });
  return;
}

const child = spawnSync(process.execPath, ['--expose-gc', __filename, 'child'], { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
const { fd, warnings } = JSON.parse(child.stdout);
assert.deepStrictEqual(warnings, [
  ['Warning', null, `Closing file descriptor ${fd} on garbage collection`],
  ['DeprecationWarning', 'DEP0137', 'Closing a FileHandle object on garbage collection is deprecated. ' +
    'Please close FileHandle objects explicitly using FileHandle.prototype.close(). In the future, an ' +
    'error will be thrown if a file descriptor is closed during garbage collection.'],
]);
assert.match(child.stderr, new RegExp(`Warning: Closing file descriptor ${fd} on garbage collection`));
assert.match(child.stderr, /\[DEP0137\] DeprecationWarning: Closing a FileHandle object/);
common.mustCall()();
