'use strict';
// tee() of a default stream: both branches see the same chunks (the same objects), read at
// their own pace; cancel reaches the source only when both branches cancel; errors reach
// both; node closes the branches on the next tick, after pending microtasks.
const common = require('../common');
const assert = require('assert');

async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

(async () => {
  {
    const object = { shared: true };
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue('a');
        controller.enqueue(object);
        controller.close();
      },
    });
    const branches = stream.tee();
    assert.strictEqual(branches.length, 2);
    assert.ok(Array.isArray(branches));
    assert.strictEqual(stream.locked, true);
    assert.notStrictEqual(branches[0], branches[1]);
    const [first, second] = await Promise.all(branches.map(collect));
    assert.deepStrictEqual(first, ['a', object]);
    assert.strictEqual(first[1], second[1]);
  }

  // One branch may read ahead; the other keeps everything.
  {
    let n = 0;
    const stream = new ReadableStream({
      pull(controller) {
        controller.enqueue(n++);
        if (n === 4) controller.close();
      },
    });
    const [fast, slow] = stream.tee();
    assert.deepStrictEqual(await collect(fast), [0, 1, 2, 3]);
    assert.deepStrictEqual(await collect(slow), [0, 1, 2, 3]);
  }

  // Cancel one branch: the other goes on; cancel both: the source gets both reasons.
  {
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(1);
        controller.enqueue(2);
        controller.close();
      },
      cancel: common.mustNotCall(),
    });
    const [first, second] = stream.tee();
    // The branch's cancel settles once the source is closed (or both branches cancel).
    const cancelled = first.cancel('not needed');
    assert.deepStrictEqual(await collect(second), [1, 2]);
    assert.strictEqual(await cancelled, undefined);
  }
  {
    const stream = new ReadableStream({
      cancel: common.mustCall((reason) => {
        assert.deepStrictEqual(reason, ['reason 1', 'reason 2']);
        return 'ignored';
      }),
    });
    const [first, second] = stream.tee();
    const firstCancel = first.cancel('reason 1');
    let settled = false;
    firstCancel.then(() => { settled = true; });
    await new Promise(setImmediate);
    assert.strictEqual(settled, false);
    const secondCancel = second.cancel('reason 2');
    assert.deepStrictEqual(await Promise.all([firstCancel, secondCancel]), [undefined, undefined]);
  }
  {
    const error = new Error('cancel failed');
    const [first, second] = new ReadableStream({ cancel() { throw error; } }).tee();
    await Promise.all([assert.rejects(first.cancel(), error), assert.rejects(second.cancel(), error)]);
  }

  // An error of the source errors both branches.
  {
    const error = new Error('source failed');
    let controller;
    const [first, second] = new ReadableStream({ start(c) { controller = c; } }).tee();
    const reads = [first.getReader().read(), second.getReader().closed];
    controller.error(error);
    await assert.rejects(reads[0], error);
    await assert.rejects(reads[1], error);
  }

  // A locked stream cannot be teed.
  {
    const stream = new ReadableStream();
    stream.getReader();
    assert.throws(() => stream.tee(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked' });
  }

  // Teeing a branch works too.
  {
    const [a] = ReadableStream.from([1, 2]).tee();
    const [b, c] = a.tee();
    assert.deepStrictEqual(await collect(b), [1, 2]);
    assert.deepStrictEqual(await collect(c), [1, 2]);
  }
})().then(common.mustCall());

// The branches close on the next tick: after microtasks, before immediates.
{
  const log = [];
  let controller;
  const [branch] = new ReadableStream({ start(c) { controller = c; } }).tee();
  const reader = branch.getReader();
  reader.read().then(({ value }) => log.push(`read ${value}`));
  reader.read().then(({ done }) => log.push(`read done=${done}`));
  controller.enqueue('a');
  controller.close();
  let ticks = 0;
  const spin = () => {
    if (ticks++ < 100) Promise.resolve().then(spin);
    else log.push('100 microtasks');
  };
  spin();
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(log, ['read a', '100 microtasks', 'read done=true']);
  }));
}

// Tick order of chunks and cancels.
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

const orderScenarios = {
  'chunks': [(log) => {
    const stream = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); } });
    const [b1, b2] = stream.tee();
    const r1 = b1.getReader();
    const r2 = b2.getReader();
    r1.read().then(({ value }) => log(`r1 ${value}`));
    r2.read().then(({ value }) => log(`r2 ${value}`));
    r1.read().then(({ value }) => log(`r1 ${value}`));
  }, ['r1 a@4', 'r2 a@4', 'r1 b@5']],
  'cancel both': [(log) => {
    const stream = new ReadableStream({
      start(c) { c.enqueue(1); },
      cancel: (reason) => log(`cancel ${reason.join()}`),
    });
    const [b1, b2] = stream.tee();
    b1.cancel('A').then(() => log('b1 cancelled'));
    b2.cancel('B').then(() => log('b2 cancelled'));
  }, ['cancel A,B@1', 'b1 cancelled@5', 'b2 cancelled@5']],
  'error': [(log) => {
    let controller;
    const [b1, b2] = new ReadableStream({ start(c) { controller = c; } }).tee();
    b1.getReader().closed.catch((error) => log(`b1 ${error}`));
    b2.getReader().read().catch((error) => log(`b2 ${error}`));
    controller.error('E');
  }, ['b1 E@3', 'b2 E@3']],
};

(async () => {
  for (const [name, [scenario, expected]] of Object.entries(orderScenarios)) {
    assert.deepStrictEqual(await recordTicks(scenario), expected, name);
  }
})().then(common.mustCall());
