'use strict';
// Destroying process.stdout emits 'close' but leaves the descriptor open and the stream usable.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const child = spawnSync(process.execPath, ['-e', `
  process.stdout.on('close', () => {
    process.stderr.write('close\\n');
    console.log('still', process.stdout.destroyed, process.stdout.writable);
  });
  process.stdout.destroy();
`], { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stderr, 'close\n');
assert.strictEqual(child.stdout, 'still false true\n');
