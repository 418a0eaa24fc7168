'use strict';
// A child's stdout given as the next child's stdin belongs to that child: this process does
// not read it (not even to drain it once the first child exits), so every byte reaches the
// second child. And a child whose IPC channel sits on fd 0 can still use process.stdin.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

if (process.argv[2] === 'stdin-on-channel') {
  assert.strictEqual(process.channel.fd, 0);
  assert.ok(process.stdin);
  return;
}

const text = 'line\n'.repeat(20000);
const producer = spawn('printf', ['%s', text]);
const consumer = spawn('wc', ['-c'], { stdio: [producer.stdout, 'pipe', 'inherit'] });
producer.stdout._handle.readStart = common.mustNotCall('read by the parent');
let count = '';
consumer.stdout.setEncoding('utf8');
consumer.stdout.on('data', (chunk) => { count += chunk; });
consumer.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(Number(count.trim()), text.length);
}));
producer.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

const child = spawn(process.execPath, [__filename, 'stdin-on-channel'], { stdio: ['ipc', 'inherit', 'inherit'] });
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
