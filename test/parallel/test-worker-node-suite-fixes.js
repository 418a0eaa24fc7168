'use strict';
// worker_threads behaviours node's own tests check: the process 'worker' event, terminate()
// of an unref'd worker, process.exit() in a worker stopping it at once, MessagePort.emit()
// and close(callback), messages waiting while a port has no listener, options.transfer read
// as a sequence, argv entries made strings, and a heap snapshot stream's read().
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel, threadId } = require('worker_threads');

process.once('worker', common.mustCall((worker) => {
  assert.ok(worker instanceof Worker);
  assert.ok(worker.threadId > threadId);
}));

(async () => {
  // terminate() resolves for an unref'd worker; argv entries become strings.
  const worker = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.postMessage(process.argv.slice(2));
    setTimeout(() => {}, 1e6);
  `, { eval: true, argv: [null, 123, Symbol('s')] });
  const [argv] = await require('events').once(worker, 'message');
  assert.deepStrictEqual(argv, ['null', '123', 'Symbol(s)']);
  const snapshot = await worker.getHeapSnapshot();
  assert.ok(JSON.parse(snapshot.read()).nodes.length > 0);
  worker.unref();
  assert.strictEqual(await worker.terminate(), 1);

  // process.exit() in a worker: nothing after it runs.
  const shared = new Int32Array(new SharedArrayBuffer(4));
  const exiting = new Worker(`
    const { workerData } = require('worker_threads');
    process.exit(3);
    workerData[0] = 1;
  `, { eval: true, workerData: shared });
  const [code] = await require('events').once(exiting, 'exit');
  assert.strictEqual(code, 3);
  assert.strictEqual(shared[0], 0);
})().then(common.mustCall());

{
  const { port2 } = new MessageChannel();
  port2.addEventListener('foo', common.mustCall((event) => {
    assert.strictEqual(event.type, 'foo');
    assert.strictEqual(event.detail, 'bar');
  }));
  port2.on('foo', common.mustCall((value) => assert.strictEqual(value, 'bar')));
  port2.emit('foo', 'bar');
  port2.close(common.mustCall());
}

{
  // A message sent while the port has no listener waits for the next one.
  const { port1, port2 } = new MessageChannel();
  const dummy = common.mustNotCall();
  port2.on('message', dummy);
  setImmediate(() => {
    port2.off('message', dummy);
    port1.postMessage('kept');
    setImmediate(() => {
      port2.on('message', common.mustCall((value) => {
        assert.strictEqual(value, 'kept');
        port2.close();
      }));
    });
  });
}

{
  const { port1 } = new MessageChannel();
  const bad = { code: 'ERR_INVALID_ARG_TYPE', message: 'Optional options.transfer argument must be an iterable' };
  for (const transfer of [null, 0, {}, { [Symbol.iterator]() { return {}; } }, { [Symbol.iterator]() { return { next: null }; } }]) {
    assert.throws(() => port1.postMessage(1, { transfer }), bad);
  }
  port1.postMessage(1, { transfer: undefined });
  port1.close();
}
