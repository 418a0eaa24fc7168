'use strict';
// spawn(): 'spawn', then 'exit', then 'close' once the output pipes have ended; the
// ChildProcess's fields along the way.
const common = require('../common');
const assert = require('assert');
const { spawn, ChildProcess } = require('child_process');

const child = spawn('/bin/sh', ['-c', 'echo out; echo err >&2; exit 7']);
assert.ok(child instanceof ChildProcess);
assert.strictEqual(typeof child.pid, 'number');
assert.strictEqual(child.spawnfile, '/bin/sh');
assert.deepStrictEqual(child.spawnargs, ['/bin/sh', '-c', 'echo out; echo err >&2; exit 7']);
assert.strictEqual(child.exitCode, null);
assert.strictEqual(child.signalCode, null);
assert.strictEqual(child.killed, false);
assert.strictEqual(child.stdio.length, 3);
assert.strictEqual(child.stdio[0], child.stdin);
assert.strictEqual(child.stdio[1], child.stdout);
assert.strictEqual(child.stdio[2], child.stderr);
assert.strictEqual(child.stdin.readable, false);
assert.strictEqual(child.stdin.writable, true);
assert.strictEqual(child.stdout.readable, true);

const order = [];
let out = '';
let err = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => { out += chunk; });
child.stderr.on('data', (chunk) => { err += chunk; });
child.on('spawn', common.mustCall(() => order.push('spawn')));
child.on('exit', common.mustCall((code, signal) => {
  order.push('exit');
  assert.strictEqual(code, 7);
  assert.strictEqual(signal, null);
  assert.strictEqual(child.exitCode, 7);
}));
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, 7);
  assert.strictEqual(signal, null);
  assert.strictEqual(out, 'out\n');
  assert.strictEqual(err, 'err\n');
  assert.strictEqual(order[0], 'spawn');
  assert.ok(order.includes('exit'));
  assert.strictEqual(child.stdout.destroyed, true);
  assert.strictEqual(child.stderr.destroyed, true);
}));
