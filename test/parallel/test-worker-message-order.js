'use strict';
// Under load from several threads at once, no message is lost or reordered on a port.
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel } = require('worker_threads');

const senders = 4;
const perSender = 20000;
const { port1, port2 } = new MessageChannel();
const next = new Array(senders).fill(0);
let total = 0;
port1.on('message', (batch) => {
  const [sender, sequence] = batch;
  assert.strictEqual(sequence, next[sender], `sender ${sender}`);
  next[sender]++;
  if (++total === senders * perSender) port1.close();
});

// All workers write to one port: each gets a port of its own entangled with a relay in the
// parent, plus one shared public channel: the shared one is this channel's port2, kept here;
// workers send through their parentPort and the parent forwards in order.
for (let sender = 0; sender < senders; sender++) {
  const worker = new Worker(`
    const { parentPort, workerData: { sender, perSender } } = require('worker_threads');
    for (let i = 0; i < perSender; i++) parentPort.postMessage([sender, i]);
  `, { eval: true, workerData: { sender, perSender } });
  worker.on('message', (message) => port2.postMessage(message));
  worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

// And directly: several workers posting to ports whose other ends all live here.
const direct = new Array(senders).fill(0);
for (let sender = 0; sender < senders; sender++) {
  const channel = new MessageChannel();
  const worker = new Worker(`
    const { workerData: { port, perSender } } = require('worker_threads');
    for (let i = 0; i < perSender; i++) port.postMessage(i);
    port.close();
  `, { eval: true, workerData: { port: channel.port2, perSender }, transferList: [channel.port2] });
  channel.port1.on('message', (value) => {
    assert.strictEqual(value, direct[sender]++);
  });
  channel.port1.on('close', common.mustCall(() => assert.strictEqual(direct[sender], perSender)));
  worker.on('exit', common.mustCall());
}

process.on('exit', () => assert.strictEqual(total, senders * perSender));
