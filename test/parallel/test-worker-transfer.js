'use strict';
// What a Worker is made with can carry transferables (transferList), and worker.postMessage
// transfers both ways: ArrayBuffers move, ports keep working across threads.
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel } = require('worker_threads');

const buffer = new ArrayBuffer(1024);
new Uint8Array(buffer).fill(3);
const { port1, port2 } = new MessageChannel();
const worker = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  const { buffer, port } = workerData;
  port.postMessage(new Uint8Array(buffer).reduce((sum, byte) => sum + byte, 0));
  port.on('message', (message) => {
    if (message === 'close') return port.close();
    const bytes = new Uint8Array(message);
    bytes[0] = 99;
    port.postMessage(message, [message]);
  });
`, { eval: true, workerData: { buffer, port: port2 }, transferList: [buffer, port2] });
assert.strictEqual(buffer.byteLength, 0);

// One listener for the whole conversation: a port with a 'message' listener keeps the loop
// alive until it closes, so the 'close' that follows the worker's port.close() is never lost
// to an early exit (a 'close' listener alone does not hold the loop).
let step = 0;
const onMessage = common.mustCall((message) => {
  if (step++ === 0) {
    assert.strictEqual(message, 3 * 1024);
    const big = new ArrayBuffer(64 * 1024 * 1024);
    port1.postMessage(big, [big]);
    assert.strictEqual(big.byteLength, 0);
    return;
  }
  assert.strictEqual(message.byteLength, 64 * 1024 * 1024);
  assert.strictEqual(new Uint8Array(message)[0], 99);
  port1.postMessage('close');
}, 2);
port1.on('message', onMessage);
port1.on('close', common.mustCall(() => port1.off('message', onMessage)));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

// worker.postMessage takes a transfer list too.
{
  const echo = new Worker(require('path').join(__dirname, '..', 'fixtures', 'worker', 'echo.js'));
  const data = new Float64Array([1.5, 2.5]);
  echo.postMessage(data, [data.buffer]);
  assert.strictEqual(data.length, 0);
  echo.once('message', common.mustCall((value) => {
    assert.deepStrictEqual(value, new Float64Array([1.5, 2.5]));
    echo.postMessage('exit');
  }));
  echo.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}
