'use strict';
// An exception nobody catches in a worker ends it with code 1 and reaches the parent as an
// 'error' event: an Error keeps its type, message, stack and clonable own properties; other
// values arrive as they are. The worker's process still emits 'exit'.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { Worker } = require('worker_threads');

function expectError(code, check, options = { eval: true }) {
  const worker = new Worker(code, options);
  worker.on('error', common.mustCall(check));
  worker.on('exit', common.mustCall((exitCode) => assert.strictEqual(exitCode, 1)));
  return worker;
}

expectError(`
  const error = new RangeError('out of range');
  error.code = 'E_RANGE';
  error.extra = { list: [1] };
  error.fn = () => {};
  throw error;
`, (error) => {
  assert.ok(error instanceof RangeError);
  assert.strictEqual(error.message, 'out of range');
  assert.strictEqual(error.code, 'E_RANGE');
  assert.deepStrictEqual(error.extra, { list: [1] });
  assert.strictEqual(error.fn, undefined);
  assert.match(error.stack, /RangeError: out of range\n {4}at /);
  assert.match(error.stack, /\[worker eval\]:2/);
});

expectError(path.join(__dirname, '..', 'fixtures', 'worker', 'throws.js'), (error) => {
  assert.ok(error instanceof RangeError);
  assert.strictEqual(error.message, 'thrown from a worker file');
  assert.deepStrictEqual(error.detail, { count: 3 });
  assert.match(error.stack, /throws\.js/);
}, {});

expectError('Promise.reject(new TypeError("rejected"))', (error) => {
  assert.ok(error instanceof TypeError);
  assert.strictEqual(error.message, 'rejected');
});

expectError('syntax error here', (error) => {
  assert.ok(error instanceof SyntaxError);
});

expectError('throw 42', (value) => assert.strictEqual(value, 42));
expectError('throw "text"', (value) => assert.strictEqual(value, 'text'));
expectError('throw { plain: [1] }', (value) => assert.deepStrictEqual(value, { plain: [1] }));
expectError('throw null', (value) => assert.strictEqual(value, null));
expectError('throw Symbol("sym")', (value) => {
  assert.strictEqual(typeof value, 'symbol');
  assert.strictEqual(value.description, 'sym');
});
expectError('throw () => 1', (value) => assert.strictEqual(typeof value, 'string'));

// An 'uncaughtException' listener in the worker handles it; the worker goes on.
{
  const worker = new Worker(`
    const { parentPort } = require('worker_threads');
    process.on('uncaughtException', (error) => parentPort.postMessage('handled ' + error.message));
    setTimeout(() => { throw new Error('once'); }, 1);
    setTimeout(() => parentPort.postMessage('still running'), 20);
  `, { eval: true });
  const messages = [];
  worker.on('message', (message) => messages.push(message));
  worker.on('error', common.mustNotCall());
  worker.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(messages, ['handled once', 'still running']);
  }));
}

// The worker's 'exit' listeners run. (Node does not order the 'error' event against the
// worker's messages; lode delivers the messages first.)
{
  const worker = new Worker(`
    const { parentPort } = require('worker_threads');
    process.on('exit', (code) => parentPort.postMessage('exit ' + code));
    parentPort.postMessage('before');
    throw new Error('boom');
  `, { eval: true });
  const seen = [];
  worker.on('message', (message) => seen.push(message));
  worker.on('error', common.mustCall((error) => seen.push(error.message)));
  worker.on('exit', common.mustCall(() => {
    assert.deepStrictEqual([...seen].sort(), ['before', 'boom', 'exit 1']);
    assert.ok(seen.indexOf('before') < seen.indexOf('exit 1'));
  }));
}

// A throwing 'uncaughtException' listener: its own error is reported.
expectError(`
  process.on('uncaughtException', () => { throw new Error('from the handler'); });
  throw new Error('first');
`, (error) => assert.strictEqual(error.message, 'from the handler'));
