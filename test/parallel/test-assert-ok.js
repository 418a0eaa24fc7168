'use strict';
// assert(value) / assert.ok(value): truthiness, and the message that quotes the failing call
// from the caller's source file.
require('../common');
const assert = require('assert');

const falsy = (code) => `The expression evaluated to a falsy value:\n\n  ${code}\n`;

// The module itself is `ok`.
assert.strictEqual(assert, assert.ok);
assert.strictEqual(assert.ok.name, 'ok');
assert.strictEqual(assert.ok.length, 0);

// Truthy values pass.
for (const value of [true, 1, -1, 'a', {}, [], () => {}, Symbol('s'), 1n, Infinity]) {
  assert(value);
  assert.ok(value);
  assert.ok(value, 'message is ignored');
}

// Each falsy value fails with the same properties.
for (const value of [false, 0, -0, '', null, undefined, NaN, 0n]) {
  assert.throws(() => assert.ok(value), {
    name: 'AssertionError',
    code: 'ERR_ASSERTION',
    constructor: assert.AssertionError,
    generatedMessage: true,
    operator: '==',
    actual: value,
    expected: true,
    message: falsy('assert.ok(value)'),
  });
}

// The quote is the call as written, whatever form it takes.
assert.throws(() => assert.ok(null), { message: falsy('assert.ok(null)') });
assert.throws(() => assert(typeof 123n === 'string'),
              { message: falsy("assert(typeof 123n === 'string')") });
assert.throws(() => { assert(true); assert(null, undefined); },
              { message: falsy('assert(null, undefined)') });
assert.throws(() => assert.ok.call(null, 0), { message: falsy('assert.ok.call(null, 0)') });
// eslint-disable-next-line dot-notation, quotes
assert.throws(() => assert['ok']["apply"](null, [0]),
              { message: falsy('assert[\'ok\']["apply"](null, [0])') });
assert.throws(() => assert?.ok?.(0), { message: falsy('assert?.ok?.(0)') });
assert.throws(() => { const check = assert; check(0, undefined); },
              { message: falsy('check(0, undefined)') });
assert.throws(() => {
  const wrapper = (fn, value) => fn(value);
  wrapper(assert, false);
}, { message: falsy('fn(value)') });
assert.throws(() => { if (true) assert.ok(0); }, { message: falsy('assert.ok(0)') });
assert.throws(() => { const get = () => assert; get().ok(0); }, { message: falsy('get().ok(0)') });
assert.throws(() => { const items = [assert]; items[0](0); }, { message: falsy('items[0](0)') });
assert.throws(() => (0, assert.ok)(0), { message: falsy('(0, assert.ok)(0)') });
// For a call of a call's result, Node.js quotes the inner call.
assert.throws(() => { const get = () => assert; get()(0); }, { message: falsy('get()') });
assert.throws(() => {
  try { assert.ok(0);   // eslint-disable-line brace-style
  } catch (err) {
    throw err;
  }
}, { message: falsy('assert.ok(0)') });

// Strings, templates, comments and regular expressions may hold parentheses.
assert.throws(() => assert.ok(typeof 1 === 'string' /* ) */),
              { message: falsy("assert.ok(typeof 1 === 'string' /* ) */)") });
assert.throws(() => assert.ok(`${1})` === 'x'), { message: falsy("assert.ok(`${1})` === 'x')") });
assert.throws(() => assert.ok(/\)/.test('x')), { message: falsy("assert.ok(/\\)/.test('x'))") });
assert.throws(() => assert.ok(3 / 1 === 2 && (2) / 2 === 3),
              { message: falsy('assert.ok(3 / 1 === 2 && (2) / 2 === 3)') });

// A call on the next line after the object quotes from the method name.
assert.throws(() => {
  assert
    .ok(null, undefined);
}, { message: falsy('ok(null, undefined)') });

// Calls over several lines keep their lines; indentation up to the call's column is removed.
assert.throws(() => {
  assert.ok(
    typeof 123 === 'string'
  );
}, { message: falsy("assert.ok(\n    typeof 123 === 'string'\n  )") });
assert.throws(() => {
  assert(
    (() => 'string')()
    ===
  123 instanceof
        Buffer
  );
}, {
  message: falsy("assert(\n    (() => 'string')()\n    ===\n  123 instanceof\n        Buffer\n  )"),
});

// Control characters in the source are escaped.
assert.throws(() => assert.ok('' === '	' && '' === false),
              { message: falsy("assert.ok('\\u0001' === '\t' && '\\b\\f\\u001b' === false)") });

// A stack trace limit of zero does not matter.
{
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  assert.throws(() => assert.ok(typeof 123 === 'string'),
                { message: falsy("assert.ok(typeof 123 === 'string')") });
  Error.stackTraceLimit = limit;
}

// Without readable source (eval, new Function) the message is plain.
assert.throws(() => new Function('assert', 'assert(1 === 2);')(assert),
              { message: 'false == true', generatedMessage: true });
assert.throws(() => eval('assert.ok(1 === 2);'), { message: 'false == true' });
assert.throws(() => eval('assert.ok(0);'), { message: '0 == true' });
assert.throws(() => eval('assert.ok(null);'), { message: 'null == true' });

// No argument at all.
assert.throws(() => assert(), {
  message: 'No value argument passed to `assert.ok()`',
  generatedMessage: true,
  actual: undefined,
});
assert.throws(() => assert.ok(...[]), { message: 'No value argument passed to `assert.ok()`' });

// A given message is used as is; null and undefined count as no message.
assert.throws(() => assert.ok(false, 'custom'), { message: 'custom', generatedMessage: false });
assert.throws(() => assert.ok(false, ''), { message: '', generatedMessage: false });
assert.throws(() => assert.ok(false, 0), { message: '0', generatedMessage: false });
assert.throws(() => assert(false, Symbol('foo')), { message: 'Symbol(foo)', generatedMessage: false });
assert.throws(() => assert.ok(false, undefined), { message: falsy('assert.ok(false, undefined)') });
assert.throws(() => assert.ok(false, null), { message: falsy('assert.ok(false, null)') });

// An Error as message is thrown itself.
{
  const error = new RangeError('mine');
  assert.throws(() => assert.ok(0, error), (thrown) => thrown === error);
}

// Extra arguments passed by a caller become the message.
assert.throws(() => [0].forEach(assert), { message: '0', generatedMessage: false });

// The stack starts at the caller.
try {
  assert.ok(false);
} catch (err) {
  assert.match(err.stack, /^AssertionError \[ERR_ASSERTION\]: The expression evaluated/);
  assert.match(err.stack.split('\n').find((line) => line.startsWith('    at ')),
               /test-assert-ok\.js/);
}
