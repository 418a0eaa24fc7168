'use strict';
// Writing to a child's stdin and reading its stdout: cat echoes everything, including a
// large write, and ends when stdin ends.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const child = spawn('cat');
const big = 'x'.repeat(1 << 20);
const chunks = [];
child.stdout.on('data', (chunk) => chunks.push(chunk));
child.stdin.write('hello ');
child.stdin.write(big);
child.stdin.end(' world', common.mustCall());
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  const text = Buffer.concat(chunks).toString();
  assert.strictEqual(text.length, big.length + 12);
  assert.ok(text.startsWith('hello x'));
  assert.ok(text.endsWith('x world'));
}));
