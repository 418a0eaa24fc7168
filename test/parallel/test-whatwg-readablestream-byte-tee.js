'use strict';
// tee() of a byte stream: both branches are byte streams, each with its own copy of the
// bytes; a BYOB read on a branch reads into the caller's buffer; cancel and errors as for
// default streams; node's tick order.
const common = require('../common');
const assert = require('assert');

async function readAllBytes(stream) {
  const bytes = [];
  for await (const chunk of stream) bytes.push(...chunk);
  return bytes;
}

function bytesThenClose(...chunks) {
  return new ReadableStream({
    type: 'bytes',
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
      controller.close();
    },
  });
}

(async () => {
  {
    const [first, second] = bytesThenClose([1, 2], [3]).tee();
    // Both branches accept BYOB readers.
    first.getReader({ mode: 'byob' }).releaseLock();
    assert.deepStrictEqual(await Promise.all([readAllBytes(first), readAllBytes(second)]), [[1, 2, 3], [1, 2, 3]]);
  }

  // Each branch gets its own copy.
  {
    const [first, second] = bytesThenClose([5, 6]).tee();
    const [a, b] = await Promise.all([first.getReader().read(), second.getReader().read()]);
    assert.notStrictEqual(a.value.buffer, b.value.buffer);
    a.value[0] = 0;
    assert.deepStrictEqual([...b.value], [5, 6]);
  }

  // A BYOB read on one branch fills the caller's buffer; the other branch gets a copy.
  {
    const [first, second] = bytesThenClose([1, 2, 3]).tee();
    const byob = first.getReader({ mode: 'byob' });
    const buffer = new ArrayBuffer(2);
    const { value } = await byob.read(new Uint8Array(buffer));
    assert.deepStrictEqual([...value], [1, 2]);
    assert.strictEqual(value.buffer.byteLength, 2);
    assert.deepStrictEqual([...(await byob.read(new Uint8Array(2))).value], [3]);
    const end = await byob.read(new Uint8Array(2));
    assert.deepStrictEqual([end.done, end.value.byteLength], [true, 0]);
    assert.deepStrictEqual(await readAllBytes(second), [1, 2, 3]);
  }

  // Cancel reaches the source when both branches cancel, with both reasons.
  {
    const stream = new ReadableStream({
      type: 'bytes',
      cancel: common.mustCall((reason) => assert.deepStrictEqual(reason, [1, 2])),
    });
    const [first, second] = stream.tee();
    await Promise.all([first.cancel(1), second.cancel(2)]);
  }

  // Errors reach both branches.
  {
    let controller;
    const [first, second] = new ReadableStream({ type: 'bytes', start(c) { controller = c; } }).tee();
    const error = new Error('broken');
    const reads = [first.getReader({ mode: 'byob' }).read(new Uint8Array(1)), second.getReader().read()];
    controller.error(error);
    await assert.rejects(reads[0], error);
    await assert.rejects(reads[1], error);
  }
})().then(common.mustCall());

function recordTicks(scenario) {
  return new Promise((resolve) => {
    const log = [];
    let tick = 0;
    let counting = true;
    const count = () => {
      if (!counting || tick > 40) return;
      tick++;
      Promise.resolve().then(count);
    };
    count();
    scenario((event) => log.push(`${event}@${tick}`));
    setTimeout(() => {
      counting = false;
      resolve(log);
    }, 10);
  });
}

recordTicks((log) => {
  const [first, second] = bytesThenClose([1, 2, 3]).tee();
  const byob = first.getReader({ mode: 'byob' });
  const reader = second.getReader();
  byob.read(new Uint8Array(2)).then(({ value }) => log(`byob ${[...value]}`));
  reader.read().then(({ value }) => log(`default ${[...value]}`));
  byob.read(new Uint8Array(2)).then(({ value }) => log(`byob ${[...value]}`));
  byob.read(new Uint8Array(2)).then(({ done }) => log(`byob done=${done}`));
  reader.read().then(({ done }) => log(`default done=${done}`));
}).then(common.mustCall((log) => {
  assert.deepStrictEqual(log, ['default 1,2@4', 'byob 1,2@5', 'default done=false@5', 'byob 3@6', 'byob done=true@6']);
}));
