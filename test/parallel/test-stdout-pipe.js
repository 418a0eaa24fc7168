'use strict';
// With stdout a pipe, process.stdout is a net.Socket that writes (and never closes fd 1).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const child = spawnSync(process.execPath, ['-e', `
  const net = require('net');
  const out = process.stdout;
  const facts = [out instanceof net.Socket, out._type, out.fd, out._isStdio, out.writable, out.readable,
                 out.isTTY, out === process.stdout];
  const returned = out.write(JSON.stringify(facts) + '\\n', (err) => {
    process.stderr.write('callback ' + err + '\\n');
  });
  out.write(Buffer.from('bytes\\n'));
  out.end('ended\\n');
  out.on('finish', () => process.stderr.write('finish ' + returned + '\\n'));
`], { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
const [facts, ...rest] = child.stdout.split('\n');
assert.deepStrictEqual(JSON.parse(facts), [true, 'pipe', 1, true, true, false, null, true]);
assert.deepStrictEqual(rest, ['bytes', 'ended', '']);
assert.strictEqual(child.stderr, 'callback null\nfinish true\n');
