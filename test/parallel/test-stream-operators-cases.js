'use strict';
// The iterator-helper methods of Readable.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const from = (values) => Readable.from(values);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

common.expectWarning('DeprecationWarning', 'readable.asIndexedPairs will be removed in a future version.');

(async () => {
  assert.deepStrictEqual(await from([1, 2, 3]).map((x) => x * 2).toArray(), [2, 4, 6]);
  assert.deepStrictEqual(await from([1, 2, 3, 4]).filter(async (x) => x % 2 === 0).toArray(), [2, 4]);
  assert.deepStrictEqual(await from([1, 2]).flatMap((x) => [x, x * 10]).toArray(), [1, 10, 2, 20]);
  assert.deepStrictEqual(await from([1, 2, 3, 4]).take(2).toArray(), [1, 2]);
  assert.deepStrictEqual(await from([1, 2, 3, 4]).drop(3).toArray(), [4]);
  assert.deepStrictEqual(await from([1, 2]).take(0).toArray(), []);
  assert.deepStrictEqual(await from(['a', 'b']).asIndexedPairs().toArray(), [[0, 'a'], [1, 'b']]);
  assert.strictEqual(await from([1, 2, 3]).reduce((sum, x) => sum + x), 6);
  assert.strictEqual(await from([1, 2, 3]).reduce((sum, x) => sum + x, 10), 16);
  assert.strictEqual(await from([1, 5, 3]).some((x) => x > 4), true);
  assert.strictEqual(await from([1, 5, 3]).every((x) => x > 0), true);
  assert.strictEqual(await from([1, 5, 3]).every((x) => x > 1), false);
  assert.strictEqual(await from([1, 5, 3]).find((x) => x > 2), 5);
  assert.strictEqual(await from([1]).find((x) => x > 2), undefined);
  const seen = [];
  assert.strictEqual(await from([1, 2]).forEach((x) => { seen.push(x); }), undefined);
  assert.deepStrictEqual(seen, [1, 2]);

  // map() with concurrency keeps the source order while running callbacks side by side.
  let running = 0;
  let maxRunning = 0;
  const result = await from([30, 10, 20, 5]).map(async (ms) => {
    running++;
    maxRunning = Math.max(maxRunning, running);
    await sleep(ms);
    running--;
    return ms;
  }, { concurrency: 2 }).toArray();
  assert.deepStrictEqual(result, [30, 10, 20, 5]);
  assert.strictEqual(maxRunning, 2);

  // Errors from the callback reject.
  await assert.rejects(from([1, 2]).map(() => { throw new Error('map failed'); }).toArray(),
                       { message: 'map failed' });

  // reduce() of nothing without an initial value.
  await assert.rejects(from([]).reduce((a, b) => a + b), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'Reduce of an empty stream requires an initial value',
  });

  // An aborted signal.
  await assert.rejects(from([1, 2]).toArray({ signal: AbortSignal.abort() }), { name: 'AbortError' });
  await assert.rejects(from([1, 2]).reduce((a, b) => a + b, 0, { signal: AbortSignal.abort() }),
                       { name: 'AbortError' });
  const controller = new AbortController();
  const slow = from([1, 2, 3]).map(async (x, { signal }) => {
    assert.ok(signal instanceof AbortSignal);
    await sleep(5);
    return x;
  }, { signal: controller.signal });
  setTimeout(() => controller.abort(), 1);
  await assert.rejects(slow.toArray(), { name: 'AbortError' });

  // Argument checks: map and friends throw at once, the promise-returning ones reject.
  assert.throws(() => from([]).map(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "fn" argument must be of type function or an instance of AsyncFunction. ' +
             'Received type number (1)',
  });
  assert.throws(() => from([]).map((x) => x, { concurrency: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.concurrency" is out of range. It must be >= 1 && ' +
             '<= 9007199254740991. Received 0',
  });
  assert.throws(() => from([]).filter((x) => x, 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => from([]).take(-1), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "number" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => from([]).drop(1, { signal: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "options\.signal" property must be an instance of AbortSignal/,
  });
  await assert.rejects(from([]).forEach(1), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(from([]).reduce(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "reducer" argument must be of type function or an instance of AsyncFunction. ' +
             'Received type number (1)',
  });
  await assert.rejects(from([]).toArray(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new (from([]).map)(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

  // The stream-returning ones return Readables.
  const mapped = from([1]).map((x) => x);
  assert.ok(mapped instanceof Readable);
  assert.strictEqual(mapped.readableObjectMode, true);
})().then(common.mustCall());
