'use strict';
// Flags: --expose-internals
// The buffer binding's transferArrayBuffer moves memory to a new ArrayBuffer and detaches
// the old one, except for memory that must stay put: Buffer's allocation pool, which every
// pooled Buffer views, is marked untransferable.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] !== 'child') {
  const result = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', __filename, 'child'],
                           { encoding: 'utf8' });
  assert.strictEqual(result.status, 0, result.stderr);
  return;
}

const { internalBinding } = require('internal/test/binding');
const { transferArrayBuffer, isUntransferable, markUntransferable } = internalBinding('buffer');

const memory = new ArrayBuffer(8);
new Uint8Array(memory)[0] = 7;
const moved = transferArrayBuffer(memory);
assert.strictEqual(memory.byteLength, 0);
assert.strictEqual(moved.byteLength, 8);
assert.strictEqual(new Uint8Array(moved)[0], 7);
assert.strictEqual(transferArrayBuffer(memory), undefined);

const pooled = Buffer.from('abc');
assert.strictEqual(isUntransferable(pooled.buffer), true);
assert.strictEqual(transferArrayBuffer(pooled.buffer), undefined);
assert.strictEqual(pooled.toString(), 'abc');
assert.strictEqual(Buffer.from('still pooled').toString(), 'still pooled');

const own = Buffer.alloc(10000);
assert.strictEqual(isUntransferable(own.buffer), false);
assert.strictEqual(transferArrayBuffer(own.buffer).byteLength, 10000);
assert.strictEqual(own.length, 0);

const marked = new ArrayBuffer(4);
markUntransferable(marked);
assert.strictEqual(transferArrayBuffer(marked), undefined);
assert.strictEqual(marked.byteLength, 4);
