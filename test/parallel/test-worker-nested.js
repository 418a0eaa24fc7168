'use strict';
// Workers can start workers; thread ids are unique across the process.
const common = require('../common');
const assert = require('assert');
const { Worker, threadId } = require('worker_threads');

const worker = new Worker(`
  const { Worker, parentPort, threadId } = require('worker_threads');
  const inner = new Worker(
    "const wt = require('worker_threads'); wt.parentPort.postMessage([wt.threadId, wt.isMainThread])",
    { eval: true });
  inner.on('message', (value) => parentPort.postMessage({ outer: threadId, inner: value, innerId: inner.threadId }));
  inner.on('exit', (code) => parentPort.postMessage({ innerExit: code }));
`, { eval: true });
const messages = [];
worker.on('message', (message) => messages.push(message));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  const [report, exit] = messages;
  assert.strictEqual(report.inner[0], report.innerId);
  assert.strictEqual(report.inner[1], false);
  assert.notStrictEqual(report.outer, report.innerId);
  assert.notStrictEqual(report.outer, threadId);
  assert.deepStrictEqual(exit, { innerExit: 0 });
}));

// A worker terminated while its own worker runs takes that one down too.
const parent = new Worker(`
  const { Worker, parentPort } = require('worker_threads');
  const inner = new Worker('setInterval(() => {}, 1000); require("worker_threads").parentPort.postMessage("up")', { eval: true });
  inner.on('message', () => parentPort.postMessage('inner up'));
`, { eval: true });
parent.on('message', common.mustCall(() => parent.terminate()));
parent.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
