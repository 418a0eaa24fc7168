'use strict';
// A custom message replaces the whole generated message, except for strictEqual and
// deepStrictEqual failures: there it replaces only the header line of the comparison.
require('../common');
const assert = require('assert');

assert.throws(() => assert.strictEqual(1, 2, 'oh no'), {
  message: 'oh no\n\n1 !== 2\n',
  generatedMessage: false,
});
assert.throws(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'oh no'), {
  message: 'oh no\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }',
  generatedMessage: false,
});
assert.throws(() => assert.strictEqual({ a: 1 }, { a: 2 }, 'oh no'), {
  message: 'oh no\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }',
});
assert.throws(() => assert.strictEqual('a'.repeat(20), 'a'.repeat(21), 'x'), {
  message: "x\n+ actual - expected\n\n+ 'aaaaaaaaaaaaaaaaaaaa'\n- 'aaaaaaaaaaaaaaaaaaaaa'\n" +
           '                       ^',
});
// Any truthy value is turned into a string; falsy ones count as no message.
assert.throws(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 5), {
  message: '5\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }',
  generatedMessage: false,
});
assert.throws(() => assert.strictEqual(1, 2, { toString() { return 'T'; } }), {
  message: 'T\n\n1 !== 2\n',
});
for (const none of ['', 0, null, false, undefined]) {
  assert.throws(() => assert.strictEqual(1, 2, none), {
    message: 'Expected values to be strictly equal:\n\n1 !== 2\n',
    generatedMessage: true,
  });
}
// Values that only differ by identity keep their own message.
assert.throws(() => assert.strictEqual([], [], 'oh no'), {
  message: 'Values have same structure but are not reference-equal:\n\n[]\n',
  generatedMessage: false,
});
// The same through the AssertionError constructor.
assert.strictEqual(
  new assert.AssertionError({ actual: 1, expected: 2, operator: 'deepStrictEqual', message: 'x' }).message,
  'x\n\n1 !== 2\n');

// Everything else uses the message as it is.
assert.throws(() => assert.notStrictEqual(1, 1, 'oh no'), { message: 'oh no' });
assert.throws(() => assert.notDeepStrictEqual([1], [1], 'oh no'), { message: 'oh no' });
assert.throws(() => assert.deepEqual(1, 2, 'oh no'), { message: 'oh no' });
assert.throws(() => assert.equal(1, 2, 'oh no'), { message: 'oh no' });
assert.throws(() => assert.equal(1, 2, ''), { message: '', generatedMessage: true });

// The listing of a validation object that a thrown primitive does not match.
assert.throws(() => assert.throws(() => { throw 'foobar'; }, { message: 'foobar' }, 'message'), {
  message: "message\n+ actual - expected\n\n+ 'foobar'\n- {\n-   message: 'foobar'\n- }",
  actual: 'foobar',
  operator: 'throws',
  generatedMessage: false,
});
