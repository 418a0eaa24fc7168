'use strict';
// assert.ifError(): fails for anything but null and undefined; for errors the message names the
// error and the stack shows where it came from.
require('../common');
const assert = require('assert');

assert.ifError(null);
assert.ifError(undefined);
assert.ifError();
assert.strictEqual(assert.ifError.length, 1);

let original;
(function a() {
  (function b() {
    original = new Error('test error');
  })();
})();
const originalStack = original.stack;

(function x() {
  (function y() {
    let threw = false;
    try {
      assert.ifError(original);
    } catch (err) {
      threw = true;
      assert.strictEqual(err.message, 'ifError got unwanted exception: test error');
      assert.strictEqual(err.name, 'AssertionError');
      assert.strictEqual(err.code, 'ERR_ASSERTION');
      assert.strictEqual(err.actual, original);
      assert.strictEqual(err.expected, null);
      assert.strictEqual(err.operator, 'ifError');
      assert.strictEqual(err.generatedMessage, false);
      // The original error is untouched.
      assert.strictEqual(original.stack, originalStack);
      // The new stack: the frames leading to ifError(), then those of the original error.
      const lines = err.stack.split('\n');
      assert.strictEqual(lines[0], 'AssertionError [ERR_ASSERTION]: ifError got unwanted exception: test error');
      assert.match(lines[1], /at y /);
      assert.match(lines[2], /at x /);
      const originalFrames = originalStack.split('\n').slice(1);
      assert.deepStrictEqual(lines.slice(-originalFrames.length), originalFrames);
      assert.ok(err.stack.includes('at b '));
    }
    assert.ok(threw);
  })();
})();

// A stack without frames is not copied.
assert.throws(() => {
  const error = new Error();
  error.stack = 'Error: containing weird stack\nYes!\nI am part of a stack.';
  assert.ifError(error);
}, (error) => !error.stack.includes('Yes!'));

// An empty message names the constructor.
assert.throws(() => assert.ifError(new TypeError()), {
  message: 'ifError got unwanted exception: TypeError',
});
assert.throws(() => assert.ifError({ constructor: null, message: '' }), {
  message: 'ifError got unwanted exception: ',
});
assert.throws(() => assert.ifError({ message: 'plain object' }), {
  message: 'ifError got unwanted exception: plain object',
});

// Anything else is inspected.
assert.throws(() => assert.ifError({ stack: false }), {
  message: 'ifError got unwanted exception: { stack: false }',
});
assert.throws(() => assert.ifError(false), { message: 'ifError got unwanted exception: false' });
assert.throws(() => assert.ifError(0), { message: 'ifError got unwanted exception: 0' });
assert.throws(() => assert.ifError(''), { message: "ifError got unwanted exception: ''" });
assert.throws(() => assert.ifError('str'), { message: "ifError got unwanted exception: 'str'" });
assert.throws(() => assert.ifError({ message: 5 }), {
  message: 'ifError got unwanted exception: { message: 5 }',
});
assert.throws(() => assert.ifError([1]), { message: 'ifError got unwanted exception: [ 1 ]' });

// A passing ifError() inside throws() leaves the "missing exception" message.
{
  let threw = false;
  try {
    assert.throws(() => {
      assert.ifError(null);
    });
  } catch (err) {
    threw = true;
    assert.strictEqual(err.message, 'Missing expected exception.');
    assert.ok(!err.stack.includes('throws'));
  }
  assert.ok(threw);
}
