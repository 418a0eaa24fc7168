'use strict';
// Short-lived Buffers cost scavenges, not mark-sweeps: lode asks V8 10.2 for a scavenge after
// every 32 MiB of Buffer memory with no GC in between (src/external_memory.h), where V8 itself
// would start a full mark-sweep at 64 MiB. gc() stays as the user set it.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  for (let i = 0; i < 8000; i++) Buffer.allocUnsafeSlow(64 * 1024);  // 500 MiB in all
  const vm = require('vm');
  process.stdout.write(`gc:${typeof globalThis.gc},${vm.runInNewContext('typeof gc')}\n`);
  return;
}

const plain = spawnSync(process.execPath, ['--trace-gc', __filename, 'child'], { encoding: 'utf8' });
assert.strictEqual(plain.status, 0, plain.stderr);
const lines = plain.stdout.split('\n');
const scavenges = lines.filter((line) => line.includes('Scavenge')).length;
const markSweeps = lines.filter((line) => line.includes('Mark-sweep') || line.includes('Mark-Compact')).length;
assert.ok(scavenges >= 10, plain.stdout);
assert.ok(markSweeps <= 2, plain.stdout);
assert.ok(plain.stdout.includes('gc:undefined,undefined'), plain.stdout);

const exposed = spawnSync(process.execPath, ['--expose-gc', __filename, 'child'], { encoding: 'utf8' });
assert.strictEqual(exposed.status, 0, exposed.stderr);
assert.ok(exposed.stdout.includes('gc:function,function'), exposed.stdout);
