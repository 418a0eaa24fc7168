'use strict';
// ReadableStream.from(): arrays, sync and async iterables, generators, node streams; the
// errors for non-iterables and misbehaving iterators; cancel(); node's tick order.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

(async () => {
  assert.deepStrictEqual(await collect(ReadableStream.from([1, 'two', { three: 3 }])), [1, 'two', { three: 3 }]);
  assert.deepStrictEqual(await collect(ReadableStream.from('ab')), ['a', 'b']);
  assert.deepStrictEqual(await collect(ReadableStream.from(new Set([1, 2]))), [1, 2]);
  // Promises in a sync iterable are awaited; in an async iterable they are not.
  assert.deepStrictEqual(await collect(ReadableStream.from([Promise.resolve('p'), 'q'])), ['p', 'q']);
  {
    const promise = Promise.resolve('kept');
    const [chunk] = await collect(ReadableStream.from((async function* () { yield promise; })()));
    assert.strictEqual(chunk, 'kept');
  }
  assert.deepStrictEqual(await collect(ReadableStream.from((function* () { yield 1; yield 2; })())), [1, 2]);
  assert.deepStrictEqual(await collect(ReadableStream.from((async function* () { yield 'a'; yield 'b'; })())), ['a', 'b']);
  assert.deepStrictEqual(await collect(ReadableStream.from(Readable.from(['x', 'y']))), ['x', 'y']);
  // A ReadableStream is async iterable.
  assert.deepStrictEqual(await collect(ReadableStream.from(ReadableStream.from([5]))), [5]);
  assert.deepStrictEqual(await collect(ReadableStream.from([])), []);

  // The stream pulls only when read (high water mark 0).
  {
    let pulled = 0;
    const stream = ReadableStream.from({
      [Symbol.asyncIterator]() {
        return { next() { pulled++; return { value: pulled, done: pulled > 2 }; } };
      },
    });
    await new Promise(setImmediate);
    assert.strictEqual(pulled, 0);
    const reader = stream.getReader();
    assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
    assert.strictEqual(pulled, 1);
  }

  // Not iterable.
  for (const value of [1, {}, { [Symbol.iterator]: undefined }]) {
    assert.throws(() => ReadableStream.from(value), { name: 'TypeError', code: 'ERR_ARG_NOT_ITERABLE' });
  }
  assert.throws(() => ReadableStream.from(1), { message: '1 must be iterable' });
  assert.throws(() => ReadableStream.from(null), TypeError);
  assert.throws(() => ReadableStream.from(undefined), TypeError);
  assert.throws(() => ReadableStream.from({ [Symbol.iterator]: 1 }), TypeError);
  assert.throws(() => ReadableStream.from({ [Symbol.asyncIterator]() { return 1; } }), {
    name: 'TypeError',
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: The iterator method must return an object',
  });

  // A next() that throws, rejects or answers a non-object errors the stream.
  for (const [next, expected] of [
    [() => { throw new Error('next threw'); }, { message: 'next threw' }],
    [() => Promise.reject(new Error('next rejected')), { message: 'next rejected' }],
    [() => 1, { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: The iterator.next() method must return an object' }],
  ]) {
    const stream = ReadableStream.from({ [Symbol.asyncIterator]: () => ({ next }) });
    await assert.rejects(stream.getReader().read(), expected);
  }
  {
    const error = new Error('generator failed');
    const stream = ReadableStream.from((async function* () {
      yield 1;
      throw error;
    })());
    await assert.rejects(collect(stream), error);
  }

  // cancel() calls the iterator's return() with the reason, if it has one.
  {
    const iterator = {
      next: common.mustNotCall(),
      return: common.mustCall(function(reason) {
        assert.strictEqual(this, iterator);
        assert.strictEqual(reason, 'stop');
        return { done: true };
      }),
    };
    await ReadableStream.from({ [Symbol.asyncIterator]: () => iterator }).cancel('stop');
  }
  await ReadableStream.from({ [Symbol.asyncIterator]: () => ({ next: common.mustNotCall() }) }).cancel();
  await assert.rejects(ReadableStream.from({
    [Symbol.asyncIterator]: () => ({ next() {}, return() { return 5; } }),
  }).cancel(), {
    name: 'TypeError',
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: The promise returned by the iterator.return() method must fulfill with an object',
  });
  await assert.rejects(ReadableStream.from({
    [Symbol.asyncIterator]: () => ({ next() {}, return() { throw new Error('return threw'); } }),
  }).cancel(), { message: 'return threw' });

  // Breaking out of iteration finishes a generator source.
  {
    let finished = false;
    const stream = ReadableStream.from((async function* () {
      try {
        yield 1;
        yield 2;
      } finally {
        finished = true;
      }
    })());
    for await (const chunk of stream) {
      assert.strictEqual(chunk, 1);
      break;
    }
    assert.strictEqual(finished, true);
  }

  // A sync generator cancelled before its first read is never started.
  {
    const generator = (function* () { yield 1; })();
    const stream = ReadableStream.from({ [Symbol.iterator]: () => generator });
    await stream.cancel('early');
    assert.deepStrictEqual(generator.next(), { value: 1, done: false });
  }
})().then(common.mustCall());

// Tick order.
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

function readAll(stream, log, reads) {
  const reader = stream.getReader();
  for (let i = 0; i < reads; i++) {
    reader.read().then(({ value, done }) => log(done ? 'done' : `read ${value}`));
  }
}

function countingIterable(log, wrap) {
  let n = 0;
  return {
    [Symbol.asyncIterator]() {
      return {
        next() {
          log('next');
          n++;
          return wrap(n > 2 ? { done: true } : { value: n, done: false });
        },
      };
    },
  };
}

const orderScenarios = {
  'async iterable answering objects': [(log) => {
    readAll(ReadableStream.from(countingIterable(log, (result) => result)), log, 3);
  }, ['next@2', 'read 1@4', 'next@5', 'read 2@7', 'next@8', 'done@10']],
  'async iterable answering promises': [(log) => {
    readAll(ReadableStream.from(countingIterable(log, (result) => Promise.resolve(result))), log, 3);
  }, ['next@2', 'read 1@4', 'next@5', 'read 2@7', 'next@8', 'done@10']],
  'sync generator': [(log) => {
    function* generate() {
      log('g1');
      yield 1;
      log('g2');
      yield 2;
      log('g3');
    }
    readAll(ReadableStream.from(generate()), log, 3);
  }, ['g1@2', 'read 1@6', 'g2@7', 'read 2@11', 'g3@12', 'done@17']],
  'async generator': [(log) => {
    async function* generate() {
      yield 1;
      log('after 1');
      yield 2;
    }
    readAll(ReadableStream.from(generate()), log, 3);
  }, ['read 1@5', 'after 1@6', 'read 2@9', 'done@12']],
  'cancel() with return()': [(log) => {
    const stream = ReadableStream.from({
      [Symbol.asyncIterator]: () => ({
        next() { return { value: 1 }; },
        return(reason) {
          log(`return ${reason}`);
          return { done: true };
        },
      }),
    });
    stream.cancel('X').then(() => log('cancelled'));
  }, ['return X@1', 'cancelled@5']],
  'cancel() of a sync iterable': [(log) => {
    const stream = ReadableStream.from({
      [Symbol.iterator]: () => ({
        next() { return { value: 1 }; },
        return: () => log('return'),
      }),
    });
    stream.cancel('X').then(() => log('cancelled'));
  }, ['cancelled@6']],
};

(async () => {
  for (const [name, [scenario, expected]] of Object.entries(orderScenarios)) {
    assert.deepStrictEqual(await recordTicks(scenario), expected, name);
  }
})().then(common.mustCall());
