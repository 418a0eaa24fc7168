'use strict';
// serialization: 'advanced' carries what JSON cannot (Maps, Sets, BigInts, typed arrays,
// Dates, cycles), both ways, many messages in order, and a server handle alongside. Buffers
// and typed arrays keep their kind; other host objects (a Blob) arrive as plain copies; a
// lone BigInt is refused at send(), as in node.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (message, handle) => {
    if (message === 'done') {
      process.disconnect();
      return;
    }
    if (handle) {
      assert.ok(handle instanceof net.Server);
      handle.close(() => process.send({ closedServer: true }));
      return;
    }
    message.echoed = true;
    process.send(message);
  });
  return;
}

const kCount = 1000;
const child = fork(__filename, ['child'], { serialization: 'advanced' });
let received = 0;
child.on('message', (message) => {
  if (message.closedServer) {
    child.send('done');
    return;
  }
  assert.strictEqual(message.echoed, true);
  assert.strictEqual(message.index, BigInt(received));
  assert.deepStrictEqual(message.map, new Map([['k', new Set([1, 2])]]));
  assert.deepStrictEqual(message.bytes, new Uint8Array([1, 2, 3]));
  assert.strictEqual(message.self, message);
  assert.ok(message.when instanceof Date);
  assert.ok(Buffer.isBuffer(message.buffer));
  assert.strictEqual(message.buffer.toString(), 'buf');
  assert.deepStrictEqual(message.wide, new Float64Array([1.5, -2]));
  assert.deepStrictEqual(message.blob, {});
  received++;
  if (received === kCount) {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', common.mustCall(() => {
      child.send('server', server, common.mustSucceed(() => server.close()));
    }));
  }
});
for (let i = 0; i < kCount; i++) {
  const message = {
    index: BigInt(i),
    map: new Map([['k', new Set([1, 2])]]),
    bytes: new Uint8Array([1, 2, 3]),
    when: new Date(0),
    buffer: Buffer.from('buf'),
    wide: new Float64Array([1.5, -2]),
    blob: new Blob(['b']),
  };
  message.self = message;
  child.send(message);
}
assert.throws(() => child.send(10n), { code: 'ERR_INVALID_ARG_TYPE' });
child.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(received, kCount);
}));
