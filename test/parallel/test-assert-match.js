'use strict';
// assert.match() and assert.doesNotMatch().
require('../common');
const assert = require('assert');

assert.strictEqual(assert.match.length, 3);
assert.strictEqual(assert.doesNotMatch.length, 3);

assert.match('I will pass', /pass$/);
assert.doesNotMatch('I will pass', /different$/);
// The expression's own exec is used, global ones included.
assert.match('abc', /b/g);

for (const [fn, name] of [[assert.match, 'match'], [assert.doesNotMatch, 'doesNotMatch']]) {
  // The second argument must be a RegExp.
  assert.throws(() => fn(/abc/, 'string'), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "regexp" argument must be an instance of RegExp. ' +
             "Received type string ('string')",
  });
  // The first must be a string.
  for (const [input, shown] of [[{ abc: 123 }, 'type object ({ abc: 123 })'],
                                [5, 'type number (5)'],
                                [null, 'type object (null)'],
                                [undefined, 'type undefined (undefined)']]) {
    assert.throws(() => fn(input, /abc/), {
      code: 'ERR_ASSERTION',
      actual: input,
      expected: /abc/,
      operator: name,
      generatedMessage: true,
      message: `The "string" argument must be of type string. Received ${shown}`,
    });
  }
}

assert.throws(() => assert.match('string', /abc/), {
  code: 'ERR_ASSERTION',
  actual: 'string',
  expected: /abc/,
  operator: 'match',
  message: "The input did not match the regular expression /abc/. Input:\n\n'string'\n",
  generatedMessage: true,
});
assert.throws(() => assert.doesNotMatch('string', /string/), {
  actual: 'string',
  expected: /string/,
  operator: 'doesNotMatch',
  message: 'The input was expected to not match the regular expression /string/. ' +
           "Input:\n\n'string'\n",
  generatedMessage: true,
});
// Long input is inspected like any string.
assert.throws(() => assert.match('x'.repeat(100), /y/), {
  message: 'The input did not match the regular expression /y/. Input:\n\n' +
           `'${'x'.repeat(100)}'\n`,
});

// Custom messages.
assert.throws(() => assert.match('string', /abc/, 'foobar'), {
  message: 'foobar',
  generatedMessage: false,
  operator: 'match',
});
assert.throws(() => assert.doesNotMatch('string', /string/, 'foobar'), {
  message: 'foobar',
  generatedMessage: false,
});
// An empty message counts as none.
assert.throws(() => assert.match('string', /abc/, ''), {
  message: "The input did not match the regular expression /abc/. Input:\n\n'string'\n",
  generatedMessage: true,
});
{
  const mine = new RangeError('foobar');
  assert.throws(() => assert.match('string', /abc/, mine), (err) => err === mine);
  assert.throws(() => assert.doesNotMatch('string', /string/, mine), (err) => err === mine);
}

// The stack starts at the caller.
try {
  assert.match('a', /b/);
} catch (err) {
  assert.match(err.stack.split('\n')[4], /test-assert-match\.js/);
}
