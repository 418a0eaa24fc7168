'use strict';
// --zero-fill-buffers: allocUnsafe, allocUnsafeSlow and SlowBuffer memory is zeroed, pooled
// or not.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const program = `
  const { SlowBuffer } = require('buffer');
  const all = [];
  for (let i = 0; i < 50; i++) {
    // Dirty what was handed out, so reused memory would show.
    for (const b of [Buffer.allocUnsafe(i * 37), Buffer.allocUnsafeSlow(i * 101), new SlowBuffer(i * 3)]) {
      all.push(b.every((byte) => byte === 0));
      b.fill(0xff);
    }
    all.push(Buffer.allocUnsafe(1 << 16).every((byte) => byte === 0));
  }
  process.stdout.write(String(all.every(Boolean)));
`;
const result = spawnSync(process.execPath, ['--no-deprecation', '--zero-fill-buffers', '-e', program], { encoding: 'utf8' });
assert.strictEqual(result.status, 0, result.stderr);
assert.strictEqual(result.stdout, 'true');
