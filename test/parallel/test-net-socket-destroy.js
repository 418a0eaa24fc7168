'use strict';
// destroy(): with an error it emits 'error' then 'close'; without one just 'close' (with no
// argument when the socket never had a handle); destroying before the connection completes
// cancels it; destroySoon() ends first.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const order = [];
const plain = new net.Socket();
plain.on('close', common.mustCall((...args) => {
  assert.deepStrictEqual(args, []);
  order.push('plain close');
}));
plain.destroy();
assert.strictEqual(plain.destroyed, true);

const failed = new net.Socket();
const boom = new Error('boom');
failed.on('error', common.mustCall((err) => {
  assert.strictEqual(err, boom);
  order.push('error');
}));
failed.on('close', common.mustCall((...args) => {
  assert.deepStrictEqual(args, []);
  order.push('error close');
}));
failed.destroy(boom);

const server = net.createServer(common.mustCall((socket) => {
  let data = '';
  socket.on('data', (chunk) => { data += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(data, 'soon');
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  // Destroyed while connecting: no 'connect', a clean 'close'.
  const early = net.connect(port, '127.0.0.1');
  early.on('connect', common.mustNotCall());
  early.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, false)));
  early.destroy();
  assert.strictEqual(early.connecting, false);

  const soon = net.connect(port, '127.0.0.1', common.mustCall(() => {
    soon.write('soon');
    soon.destroySoon();
    assert.strictEqual(soon.writableEnded, true);
  }));
  soon.on('close', common.mustCall(() => {
    assert.strictEqual(soon.destroyed, true);
  }));
}));

process.on('exit', () => {
  assert.deepStrictEqual(order, ['plain close', 'error', 'error close']);
});
