'use strict';
// assert.rejects() and assert.doesNotReject(): promises, functions returning promises, and
// thenables; the same expectations as throws()/doesNotThrow().
const common = require('../common');
const assert = require('assert');

const returnValueError = (received) => ({
  code: 'ERR_INVALID_RETURN_VALUE',
  name: 'TypeError',
  message: `Expected instance of Promise to be returned from the "promiseFn" function but got ${received}.`,
});

async function main() {
  // Both return promises and are async functions.
  assert.strictEqual(Object.prototype.toString.call(assert.rejects), '[object AsyncFunction]');
  assert.strictEqual(Object.prototype.toString.call(assert.doesNotReject), '[object AsyncFunction]');
  assert.strictEqual(assert.rejects.length, 1);
  assert.strictEqual(assert.doesNotReject.length, 1);

  // rejects
  await assert.rejects(Promise.reject(new TypeError('x')), TypeError);
  await assert.rejects(() => Promise.reject(new TypeError('x')), { name: 'TypeError', message: 'x' });
  await assert.rejects(async () => { throw new Error('foo'); }, /^Error: foo$/);
  await assert.rejects(async () => { throw new Error('foo'); });

  await assert.rejects(assert.rejects(() => Promise.resolve()), {
    code: 'ERR_ASSERTION',
    operator: 'rejects',
    generatedMessage: false,
    message: 'Missing expected rejection.',
    actual: undefined,
  });
  await assert.rejects(assert.rejects(Promise.resolve(), TypeError, 'msg'), {
    message: 'Missing expected rejection (TypeError): msg',
    expected: TypeError,
  });
  await assert.rejects(assert.rejects(() => Promise.reject(new TypeError('x')), RangeError), {
    operator: 'rejects',
    generatedMessage: true,
    message: 'The error is expected to be an instance of "RangeError". Received "TypeError"\n\n' +
             'Error message:\n\nx',
  });
  await assert.rejects(assert.rejects(async () => { throw new Error('foo'); }, { message: 'bar' }), {
    operator: 'rejects',
    message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
             "  Comparison {\n+   message: 'foo'\n-   message: 'bar'\n  }",
  });
  await assert.rejects(assert.rejects(async () => { throw 'foo'; }, 'foo'), {
    code: 'ERR_AMBIGUOUS_ARGUMENT',
  });

  // A function that throws synchronously makes rejects() itself reject with that error.
  await assert.rejects(assert.rejects(() => { throw new TypeError('sync'); }, TypeError),
                       { name: 'TypeError', message: 'sync' });

  // Thenables with a catch method count as promises.
  const thenable = { then(resolve, reject) { reject(new Error('thenable')); }, catch() {} };
  await assert.rejects(thenable, /thenable/);
  await assert.rejects(() => thenable, /thenable/);

  // Anything else is refused.
  await assert.rejects(assert.rejects(() => 'x'), returnValueError("type string ('x')"));
  await assert.rejects(assert.rejects(() => {}), returnValueError('undefined'));
  await assert.rejects(assert.rejects(() => new Map()), returnValueError('an instance of Map'));
  await assert.rejects(assert.rejects(() => ({ then() {} })), returnValueError('an instance of Object'));
  await assert.rejects(assert.rejects(null), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "promiseFn" argument must be of type function or an instance of Promise. Received null',
  });
  await assert.rejects(assert.rejects('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "promiseFn" argument must be of type function or an instance of Promise. ' +
             "Received type string ('x')",
  });

  // doesNotReject
  await assert.doesNotReject(Promise.resolve(1));
  await assert.doesNotReject(() => Promise.resolve(1));
  await assert.doesNotReject(async () => {});
  await assert.rejects(assert.doesNotReject(() => Promise.reject(new TypeError('x'))), {
    code: 'ERR_ASSERTION',
    operator: 'doesNotReject',
    generatedMessage: false,
    message: 'Got unwanted rejection.\nActual message: "x"',
  });
  await assert.rejects(assert.doesNotReject(Promise.reject(new TypeError('x')), 'msg'), {
    message: 'Got unwanted rejection: msg\nActual message: "x"',
  });
  // A rejection the given class does not describe passes through.
  await assert.rejects(assert.doesNotReject(Promise.reject(new TypeError('x')), RangeError),
                       { name: 'TypeError', message: 'x' });
  await assert.rejects(assert.doesNotReject(() => { throw new Error('sync'); }), { message: 'sync' });
  await assert.rejects(assert.doesNotReject(() => 1), returnValueError('type number (1)'));

  // The stack starts at the caller.
  await assert.rejects(() => Promise.resolve(), TypeError).catch(common.mustCall((err) => {
    assert.ok(!err.stack.includes('at Function.rejects'));
  }));
}

main().then(common.mustCall());
