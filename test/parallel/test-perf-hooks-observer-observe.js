'use strict';
// PerformanceObserver.observe(): option checks, entryTypes vs type mode, and what
// util.inspect shows of an observer's state.
require('../common');
const assert = require('assert');
const util = require('util');
const { PerformanceObserver } = require('perf_hooks');

function state(observer) {
  return util.inspect(observer, { breakLength: Infinity });
}
function fresh() {
  return new PerformanceObserver(() => {});
}

assert.throws(() => new PerformanceObserver(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => new PerformanceObserver(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => PerformanceObserver(() => {}), TypeError);
assert.strictEqual(PerformanceObserver.length, 1);
assert.strictEqual(PerformanceObserver.prototype.observe.length, 0);

let observer = fresh();
assert.strictEqual(state(observer), 'PerformanceObserver { connected: false, pending: false, entryTypes: [], buffer: [] }');
assert.strictEqual(Object.prototype.toString.call(observer), '[object PerformanceObserver]');

// The options object.
assert.throws(() => observer.observe(), {
  code: 'ERR_MISSING_ARGS',
  name: 'TypeError',
  message: 'The "options.entryTypes" and "options.type" arguments must be specified',
});
for (const options of [{}, { buffered: true }, { type: undefined }]) {
  assert.throws(() => observer.observe(options), { code: 'ERR_MISSING_ARGS' });
}
for (const options of [null, 1, [], () => {}]) {
  assert.throws(() => observer.observe(options), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => observer.observe({ entryTypes: ['mark'], type: 'mark' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.entryTypes' options.entryTypes can not set with options.type together. " +
    "Received [ 'mark' ]",
});
for (const entryTypes of ['mark', null, 0, { length: 1, 0: 'mark' }]) {
  assert.throws(() => fresh().observe({ entryTypes }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
}
assert.throws(() => fresh().observe({ entryTypes: 'mark' }), {
  message: 'The "options.entryTypes" property must be string[]. Received type string (\'mark\')',
});

// entryTypes: unsupported names are skipped; nothing supported leaves it disconnected.
observer = fresh();
observer.observe({ entryTypes: ['mark', 'mark', 'bogus', 1, 'measure'] });
assert.strictEqual(state(observer),
                   "PerformanceObserver { connected: true, pending: false, entryTypes: [ 'mark', 'measure' ], buffer: [] }");
// A second call replaces the list; buffered means nothing here.
observer.observe({ entryTypes: ['function'], buffered: true });
assert.strictEqual(state(observer),
                   "PerformanceObserver { connected: true, pending: false, entryTypes: [ 'function' ], buffer: [] }");
observer.observe({ entryTypes: [] });
assert.strictEqual(state(observer), 'PerformanceObserver { connected: false, pending: false, entryTypes: [], buffer: [] }');
// After that, the observer may switch to single-type mode.
observer.observe({ type: 'mark' });
observer.disconnect();

// type: one more type per call, case-sensitive; an unknown one is ignored.
observer = fresh();
observer.observe({ type: 'MARK' });
observer.observe({ type: 1 });
assert.strictEqual(state(observer), 'PerformanceObserver { connected: false, pending: false, entryTypes: [], buffer: [] }');
observer.observe({ type: 'mark' });
observer.observe({ type: 'measure' });
observer.observe({ type: 'mark' });
observer.observe({ entryTypes: undefined, type: 'gc' });
assert.strictEqual(state(observer), 'PerformanceObserver { connected: true, pending: false, ' +
                   "entryTypes: [ 'mark', 'measure', 'gc' ], buffer: [] }");

// The two modes exclude each other until disconnect().
function invalidModification(message) {
  return (error) => {
    assert.ok(error instanceof DOMException);
    assert.strictEqual(error.name, 'InvalidModificationError');
    assert.strictEqual(error.code, 13);
    assert.strictEqual(error.message, message);
    return true;
  };
}
assert.throws(() => observer.observe({ entryTypes: ['mark'] }),
              invalidModification('PerformanceObserver can not change to multiple observations'));
// The mode is checked before the entryTypes value.
assert.throws(() => observer.observe({ entryTypes: 5 }),
              invalidModification('PerformanceObserver can not change to multiple observations'));
observer.disconnect();
assert.strictEqual(state(observer), 'PerformanceObserver { connected: false, pending: false, entryTypes: [], buffer: [] }');
observer.observe({ entryTypes: ['mark'] });
assert.throws(() => observer.observe({ type: 'measure' }),
              invalidModification('PerformanceObserver can not change to single observation'));
observer.disconnect();
observer.disconnect();

// A null next to a value is no conflict, but it still counts as given when the mode is
// chosen: the type wins a first call, and a later call may not switch.
observer = fresh();
observer.observe({ entryTypes: ['mark'], type: null });
assert.strictEqual(state(observer), 'PerformanceObserver { connected: false, pending: false, entryTypes: [], buffer: [] }');
observer.observe({ type: 'mark' });
assert.throws(() => observer.observe({ entryTypes: null, type: 'gc' }),
              invalidModification('PerformanceObserver can not change to multiple observations'));
observer.disconnect();
observer.observe({ entryTypes: ['mark'] });
assert.throws(() => observer.observe({ entryTypes: null, type: 'gc' }),
              invalidModification('PerformanceObserver can not change to single observation'));
observer.disconnect();
// The mode sticks even when the values are then rejected.
observer = fresh();
assert.throws(() => observer.observe({ entryTypes: 'mark' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => observer.observe({ type: 'mark' }),
              invalidModification('PerformanceObserver can not change to single observation'));
observer.disconnect();

// Even an unsupported type puts the observer in single-type mode.
observer = fresh();
observer.observe({ type: 'bogus' });
assert.throws(() => observer.observe({ entryTypes: ['mark'] }),
              invalidModification('PerformanceObserver can not change to multiple observations'));
observer.disconnect();

// The supported types: one frozen array.
const types = PerformanceObserver.supportedEntryTypes;
assert.deepStrictEqual(types, ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);
assert.ok(Object.isFrozen(types));
assert.strictEqual(PerformanceObserver.supportedEntryTypes, types);
const descriptor = Object.getOwnPropertyDescriptor(PerformanceObserver, 'supportedEntryTypes');
assert.strictEqual(typeof descriptor.get, 'function');
assert.strictEqual(descriptor.enumerable, false);

for (const name of ['observe', 'disconnect', 'takeRecords']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(PerformanceObserver.prototype, name).enumerable, true);
  assert.throws(() => PerformanceObserver.prototype[name].call({}, { type: 'mark' }), TypeError);
}
