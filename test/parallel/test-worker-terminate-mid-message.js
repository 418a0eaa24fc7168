'use strict';
// Terminating a worker while it floods the parent (and while the parent floods it) leaves the
// parent and the other workers working; messages already delivered are whole.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const flood = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', () => {});
  const payload = { text: 'x'.repeat(4096), list: Array.from({ length: 100 }, (_, i) => i) };
  for (let i = 0; ; i++) parentPort.postMessage({ i, payload });
`, { eval: true });
let received = 0;
flood.on('message', (message) => {
  assert.strictEqual(message.i, received++);
  assert.strictEqual(message.payload.text.length, 4096);
  if (received === 100) {
    for (let i = 0; i < 1000; i++) flood.postMessage({ i, data: new ArrayBuffer(1024) });
    flood.terminate().then(common.mustCall((code) => assert.strictEqual(code, 1)));
  }
});

const healthy = new Worker(require('path').join(__dirname, '..', 'fixtures', 'worker', 'echo.js'));
flood.on('exit', common.mustCall(() => {
  healthy.postMessage('still there?');
  healthy.once('message', common.mustCall((reply) => {
    assert.strictEqual(reply, 'still there?');
    healthy.postMessage('exit');
  }));
}));
healthy.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
