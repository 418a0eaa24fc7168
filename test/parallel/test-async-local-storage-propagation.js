'use strict';
// AsyncLocalStorage: the store follows the code that scheduled the work, through ticks,
// microtasks, promise reactions, await, timers and immediates; exit, enterWith, snapshot.
const common = require('../common');
const assert = require('assert');
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');

const als = new AsyncLocalStorage();
const seen = new Map();
const log = (label) => seen.set(label, als.getStore());

als.run('A', () => {
  log('sync');
  process.nextTick(() => log('tick'));
  queueMicrotask(() => log('micro'));
  Promise.resolve().then(() => log('then'));
  (async () => { await null; log('await'); })();
  setTimeout(() => { log('timeout'); setImmediate(() => log('nested immediate')); }, 1);
  setImmediate(() => log('immediate'));
  const interval = setInterval(() => { log('interval'); clearInterval(interval); }, 1);
  als.run('B', () => setTimeout(() => log('inner timeout'), 2));
  als.exit(() => log('exit'));
});
log('outside');
setTimeout(() => log('outside timeout'), 3);

const resource = als.run('C', () => new AsyncResource('X'));
resource.runInAsyncScope(() => log('resource'));
const bound = als.run('F', () => AsyncLocalStorage.bind(() => als.getStore()));
assert.strictEqual(bound(), 'F');
const snapshot = als.run('D', () => AsyncLocalStorage.snapshot());
snapshot(() => log('snapshot'));

const other = new AsyncLocalStorage();
other.run(1, () => als.run(2, () => {
  assert.strictEqual(other.getStore(), 1);
  assert.strictEqual(als.getStore(), 2);
}));
assert.strictEqual(other.getStore(), undefined);

process.on('exit', () => {
  als.enterWith('E');
  assert.strictEqual(als.getStore(), 'E');
  als.disable();
  assert.strictEqual(als.getStore(), undefined);
  assert.deepStrictEqual(Object.fromEntries(seen), {
    'sync': 'A', 'exit': undefined, 'outside': undefined, 'resource': 'C', 'snapshot': 'D',
    'tick': 'A', 'micro': 'A', 'then': 'A', 'await': 'A', 'timeout': 'A',
    'nested immediate': 'A', 'immediate': 'A', 'interval': 'A', 'inner timeout': 'B',
    'outside timeout': undefined,
  });
});
common.mustCall()();
