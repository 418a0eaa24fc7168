'use strict';
// Async iteration of a ReadableStream: values(), for await, break and return() (which cancel
// unless preventCancel), errors, the iterator's shape, and node's tick order.
const common = require('../common');
const assert = require('assert');

function streamOf(chunks, extra = {}) {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
    ...extra,
  });
}

(async () => {
  // for await reads every chunk and unlocks the stream at the end.
  {
    const stream = streamOf([1, 2, 3]);
    const seen = [];
    for await (const chunk of stream) seen.push(chunk);
    assert.deepStrictEqual(seen, [1, 2, 3]);
    assert.strictEqual(stream.locked, false);
  }

  // Iterating locks the stream.
  {
    const stream = streamOf([1]);
    const iterator = stream.values();
    assert.strictEqual(stream.locked, true);
    assert.throws(() => stream.values(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked' });
    assert.throws(() => stream[Symbol.asyncIterator](), { code: 'ERR_INVALID_STATE' });
    assert.deepStrictEqual(await iterator.next(), { value: 1, done: false });
    assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });
    assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });
    assert.strictEqual(stream.locked, false);
  }

  // break cancels the stream with undefined and releases the lock.
  {
    const stream = streamOf([1, 2], { cancel: common.mustCall((reason) => assert.strictEqual(reason, undefined)) });
    for await (const chunk of stream) {
      assert.strictEqual(chunk, 1);
      break;
    }
    assert.strictEqual(stream.locked, false);
    assert.deepStrictEqual(await stream.getReader().read(), { value: undefined, done: true });
  }

  // preventCancel: break only releases the lock; the rest stays readable.
  {
    const stream = streamOf([1, 2], { cancel: common.mustNotCall() });
    for await (const chunk of stream.values({ preventCancel: true })) {
      assert.strictEqual(chunk, 1);
      break;
    }
    assert.strictEqual(stream.locked, false);
    assert.deepStrictEqual(await stream.getReader().read(), { value: 2, done: false });
  }

  // return(value) cancels with the value and answers { value, done: true }, once.
  {
    const stream = new ReadableStream({ cancel: common.mustCall((reason) => assert.strictEqual(reason, 'bye')) });
    const iterator = stream.values();
    assert.deepStrictEqual(await iterator.return('bye'), { value: 'bye', done: true });
    assert.deepStrictEqual(await iterator.return('again'), { value: 'again', done: true });
    assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });
    assert.strictEqual(stream.locked, false);
  }

  // A failing cancel rejects return().
  {
    const stream = new ReadableStream({ cancel() { throw new Error('cancel failed'); } });
    await assert.rejects(stream.values().return(), { message: 'cancel failed' });
  }

  // An error ends the iteration with the error.
  {
    const error = new Error('broken');
    let controller;
    const stream = new ReadableStream({ start(c) { controller = c; } });
    const iterator = stream.values();
    const pending = iterator.next();
    controller.error(error);
    await assert.rejects(pending, error);
    assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });
    assert.strictEqual(stream.locked, false);
  }
  {
    const error = new Error('thrown in the loop');
    const stream = streamOf([1, 2], { cancel: common.mustCall((reason) => assert.strictEqual(reason, undefined)) });
    await assert.rejects((async () => {
      for await (const chunk of stream) throw error; // eslint-disable-line no-unused-vars
    })(), error);
  }

  // Options.
  assert.throws(() => new ReadableStream().values(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (1)',
  });
  new ReadableStream().values(null);
  new ReadableStream().values({ preventCancel: 'truthy' });

  // Shape: own enumerable next/return, an async iterator prototype.
  {
    const iterator = new ReadableStream().values();
    assert.deepStrictEqual(Object.keys(iterator), ['next', 'return']);
    assert.strictEqual(iterator[Symbol.asyncIterator](), iterator);
    const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
    assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(iterator)), AsyncIteratorPrototype);
    assert.strictEqual(iterator.next.name, 'next');
    assert.strictEqual(iterator.return.name, 'return');
  }
})().then(common.mustCall());

// Tick order: the first read starts a tick after the first next(); return() waits for a
// pending next().
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

function later(ticks, fn) {
  let promise = Promise.resolve();
  for (let i = 0; i < ticks; i++) promise = promise.then();
  promise.then(fn);
}

const orderScenarios = {
  'next() with a queued chunk': [(log) => {
    const iterator = streamOf([1]).values();
    iterator.next().then(() => log('next'));
  }, ['next@5']],
  'two next() calls': [(log) => {
    const iterator = streamOf([1, 2]).values();
    iterator.next().then(() => log('first'));
    iterator.next().then(() => log('second'));
  }, ['first@5', 'second@8']],
  'next() before the chunk': [(log) => {
    let controller;
    const iterator = new ReadableStream({ start(c) { controller = c; } }).values();
    iterator.next().then(() => log('next'));
    later(3, () => {
      log('enqueue');
      controller.enqueue(1);
    });
  }, ['enqueue@5', 'next@7']],
  'the first read': [(log) => {
    const iterator = new ReadableStream({ pull: () => log('pull') }, { highWaterMark: 0 }).values();
    later(3, () => {
      log('next');
      iterator.next();
    });
  }, ['next@5', 'pull@6']],
  'return()': [(log) => {
    const iterator = new ReadableStream({ cancel: () => log('cancel') }).values();
    iterator.return('v').then(({ value }) => log(`return ${value}`));
  }, ['cancel@1', 'return v@4']],
  'return() with preventCancel': [(log) => {
    const iterator = new ReadableStream().values({ preventCancel: true });
    iterator.return('v').then(({ value }) => log(`return ${value}`));
  }, ['return v@2']],
  'next() then return()': [(log) => {
    const iterator = streamOf([1], { cancel: () => log('cancel') }).values();
    iterator.next().then(() => log('next'));
    iterator.return().then(() => log('return'));
  }, ['next@5', 'return@8']],
  'for await': [(log) => {
    const stream = streamOf([1, 2]);
    (async () => {
      for await (const chunk of stream) log(`chunk ${chunk}`);
      log('done');
    })();
  }, ['chunk 1@5', 'chunk 2@6', 'done@10']],
  'break': [(log) => {
    const stream = new ReadableStream({
      start(controller) { controller.enqueue(1); },
      cancel: () => log('cancel'),
    });
    (async () => {
      for await (const chunk of stream) {
        log(`chunk ${chunk}`);
        break;
      }
      log('after the loop');
    })();
  }, ['chunk 1@5', 'cancel@5', 'after the loop@8']],
};

(async () => {
  for (const [name, [scenario, expected]] of Object.entries(orderScenarios)) {
    assert.deepStrictEqual(await recordTicks(scenario), expected, name);
  }
})().then(common.mustCall());
