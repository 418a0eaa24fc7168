'use strict';
// v8.promiseHooks: init, before, after and settled hooks, several at a time, removed by the
// function registering returns; bad hooks are rejected, and a throwing hook is an uncaught
// exception that does not stop the promise operation.
const common = require('../common');
const assert = require('assert');
const { promiseHooks } = require('v8');

assert.deepStrictEqual(Object.keys(promiseHooks).sort(), ['createHook', 'onAfter', 'onBefore', 'onInit', 'onSettled']);

// Validation.
for (const [method, name] of [['onInit', 'initHook'], ['onBefore', 'beforeHook'], ['onAfter', 'afterHook'],
                              ['onSettled', 'settledHook']]) {
  for (const hook of [undefined, null, 1, 'f', {}]) {
    assert.throws(() => promiseHooks[method](hook), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: new RegExp(`^The "${name}" argument must be of type function`),
    });
  }
}
assert.throws(() => promiseHooks.createHook({ init: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "initHook" argument must be of type function. Received type number (1)',
});
assert.throws(() => promiseHooks.createHook({ settled: 'x' }), { code: 'ERR_INVALID_ARG_TYPE', message: /"settledHook"/ });
assert.throws(() => promiseHooks.createHook(null), TypeError);
// Missing and falsy members are skipped.
for (const hooks of [undefined, 1, {}, { init: 0 }, { before: null }, { after: '' }, { settled: false }]) {
  const stop = promiseHooks.createHook(hooks);
  assert.strictEqual(typeof stop, 'function');
  stop();
}

// Events, in order, for a small chain.
const events = [];
const parents = new Map();
const stopInit = promiseHooks.onInit((promise, parent) => {
  events.push('init');
  parents.set(promise, parent);
});
const stopSettled = promiseHooks.onSettled((...args) => {
  assert.strictEqual(args.length, 1);
  events.push('settled');
});
const stopBoth = promiseHooks.createHook({
  before(promise) { events.push('before'); assert.ok(promise instanceof Promise); },
  after(promise) { events.push('after'); assert.ok(promise instanceof Promise); },
});
assert.strictEqual(stopInit.name, 'bound stop');
assert.strictEqual(stopInit.length, 0);

const first = Promise.resolve(1);
const second = first.then(() => 2);
assert.strictEqual(parents.get(first), undefined);
assert.strictEqual(parents.get(second), first);

second.then(common.mustCall(() => {
  stopInit();
  stopSettled();
  stopBoth();
  stopInit();  // a second stop does nothing
  assert.deepStrictEqual(events, ['init', 'settled', 'init', 'init', 'before', 'settled', 'after', 'before']);
  const count = events.length;
  Promise.resolve().then(common.mustCall(() => {
    assert.strictEqual(events.length, count);
    severalHooks();
  }));
}));

// Several hooks run in the order they were added.
function severalHooks() {
  const order = [];
  const stopOne = promiseHooks.onInit(() => order.push(1));
  const stopTwo = promiseHooks.onInit(() => order.push(2));
  Promise.resolve();
  stopOne();
  Promise.resolve();
  stopTwo();
  Promise.resolve();
  assert.deepStrictEqual(order, [1, 2, 2]);
  throwingHook();
}

// A hook that throws: the exception is uncaught, the promise is still made.
function throwingHook() {
  const error = new Error('hook failed');
  process.on('uncaughtException', common.mustCall((caught) => assert.strictEqual(caught, error)));
  const stop = promiseHooks.onInit(() => { throw error; });
  const promise = Promise.resolve(7);
  stop();
  assert.ok(promise instanceof Promise);
  promise.then(common.mustCall((value) => assert.strictEqual(value, 7)));
}
