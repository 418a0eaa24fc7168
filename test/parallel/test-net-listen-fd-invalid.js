'use strict';
// listen({ fd }) with a descriptor that is not a socket fails with EINVAL on the next tick.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { spawnSync } = require('child_process');

const server = net.createServer();
server.on('listening', common.mustNotCall());
server.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'EINVAL');
  assert.strictEqual(err.syscall, 'listen');
  assert.strictEqual(err.message, 'listen EINVAL: invalid argument');
}));
server.listen({ fd: 99 });

// An fd that is a file (stdin from /dev/null) is no better.
const child = spawnSync('sh', ['-c', '"$0" -e "$1" < /dev/null', process.execPath, `
  require('net').createServer().listen({ fd: 0 }).on('error', (err) => console.log(err.code));
`], { encoding: 'utf8' });
assert.strictEqual(child.stdout, 'EINVAL\n');
