'use strict';
// assert.CallTracker (deprecated, DEP0173): wrapping, counting, report(), verify(), getCalls(),
// reset().
const common = require('../common');
const assert = require('assert');

common.expectWarning('DeprecationWarning', 'assert.CallTracker is deprecated.', 'DEP0173');

const tracker = new assert.CallTracker();
assert.ok(tracker instanceof assert.CallTracker);
assert.strictEqual(Object.getPrototypeOf(tracker).constructor.name, 'CallTracker');
assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(tracker)),
                       ['constructor', 'reset', 'getCalls', 'calls', 'report', 'verify']);
assert.throws(() => assert.CallTracker(), { name: 'TypeError' });

// The wrapper keeps the function's name, length and own properties, and its result.
{
  function func(a, b, c = 2) { return a + b + c; }
  func.custom = 'yes';
  const wrapped = tracker.calls(func);
  assert.strictEqual(wrapped.name, 'func');
  assert.strictEqual(wrapped.length, 2);
  assert.strictEqual(wrapped.custom, 'yes');
  assert.strictEqual(wrapped(1, 2, 3), 6);
  tracker.verify();
}

// Expected counts are validated.
assert.throws(() => tracker.calls(() => {}, '1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => tracker.calls(() => {}, null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => tracker.calls(() => {}, 0.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => tracker.calls(() => {}, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "expected" is out of range. It must be >= 1 && <= 4294967295. Received 0',
});

// A number alone or no function tracks a no-op.
{
  const own = new assert.CallTracker();
  const noop = own.calls(2);
  noop();
  noop();
  own.calls(undefined, 1)();
  own.verify();
}

// report(): one entry per function called a different number of times.
{
  const own = new assert.CallTracker();
  function foo() {}
  const callsFoo = own.calls(foo, 1);
  const anonymous = own.calls(() => {}, 2);
  const report = own.report();
  assert.strictEqual(report.length, 2);
  assert.deepStrictEqual(Object.keys(report[0]), ['message', 'actual', 'expected', 'operator', 'stack']);
  assert.strictEqual(report[0].message,
                     'Expected the foo function to be executed 1 time(s) but was executed 0 time(s).');
  assert.strictEqual(report[0].operator, 'foo');
  assert.strictEqual(report[0].actual, 0);
  assert.strictEqual(report[0].expected, 1);
  assert.ok(report[0].stack instanceof Error);
  assert.strictEqual(report[1].operator, 'calls');
  assert.strictEqual(report[1].message,
                     'Expected the calls function to be executed 2 time(s) but was executed 0 time(s).');
  callsFoo();
  anonymous();
  anonymous();
  assert.deepStrictEqual(own.report(), []);
  callsFoo();
  assert.strictEqual(own.report()[0].message,
                     'Expected the foo function to be executed 1 time(s) but was executed 2 time(s).');
}

// verify(): one failure names it, several get a summary; details list them all.
{
  const own = new assert.CallTracker();
  function foo() {}
  function bar() {}
  const callsFoo = own.calls(foo, 1);
  const callsBar = own.calls(bar, 1);
  assert.throws(() => own.verify(), (err) => {
    assert.strictEqual(err.message, 'Functions were not called the expected number of times');
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err['operator 0'], 'foo');
    assert.strictEqual(err['operator 1'], 'bar');
    assert.strictEqual(err.operator, undefined);
    return true;
  });
  callsFoo();
  assert.throws(() => own.verify(), {
    message: 'Expected the bar function to be executed 1 time(s) but was executed 0 time(s).',
  });
  callsBar();
  own.verify();
}

// getCalls(): frozen records of this and the arguments.
{
  const own = new assert.CallTracker();
  const fn = own.calls(function() { return this; });
  const first = {};
  fn(first, 2);
  fn.call(first, 3);
  const calls = own.getCalls(fn);
  assert.deepStrictEqual(calls, [
    { thisArg: undefined, arguments: [first, 2] },
    { thisArg: first, arguments: [3] },
  ]);
  assert.deepStrictEqual(Object.keys(calls[0]), ['thisArg', 'arguments']);
  assert.ok(Object.isFrozen(calls));
  assert.ok(Object.isFrozen(calls[0]));
  assert.ok(Object.isFrozen(calls[0].arguments));
  assert.deepStrictEqual(own.getCalls(own.calls()), []);
  for (const bad of [() => {}, 1, true, null, undefined, {}, []]) {
    assert.throws(() => own.getCalls(bad), {
      code: 'ERR_INVALID_ARG_VALUE',
      message: /^The argument 'tracked' is not a tracked function\. Received /,
    });
  }

  // reset(): of one function or of all.
  const other = own.calls();
  other();
  own.reset(fn);
  assert.deepStrictEqual(own.getCalls(fn), []);
  assert.strictEqual(own.getCalls(other).length, 1);
  fn();
  own.reset();
  assert.deepStrictEqual(own.getCalls(fn), []);
  assert.deepStrictEqual(own.getCalls(other), []);
  for (const bad of [() => {}, 1, true, null, {}, []]) {
    assert.throws(() => own.reset(bad), { code: 'ERR_INVALID_ARG_VALUE' });
  }
}

// Errors thrown by the tracked function go through; the call still counts.
{
  const own = new assert.CallTracker();
  const fn = own.calls(() => { throw new Error('Expected to throw'); });
  assert.throws(() => fn(), { message: 'Expected to throw' });
  own.verify();
}

// No new tracked functions once the process is exiting.
process.on('exit', () => {
  assert.throws(() => tracker.calls(() => {}, 1), {
    code: 'ERR_UNAVAILABLE_DURING_EXIT',
    message: 'Cannot call function in process exit handler',
  });
});
