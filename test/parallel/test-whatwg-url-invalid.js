'use strict';
// Failures: ERR_INVALID_URL carries `input` (and `base` when one was given); arguments are
// converted to strings; URL.canParse and URL.parse report instead of throwing.
require('../common');
const assert = require('assert');

assert.throws(() => new URL('x'), (error) => {
  assert.ok(error instanceof TypeError);
  assert.strictEqual(error.code, 'ERR_INVALID_URL');
  assert.strictEqual(error.message, 'Invalid URL');
  assert.strictEqual(error.input, 'x');
  assert.strictEqual('base' in error, false);
  assert.match(error.stack, /^TypeError.*: Invalid URL\n/);
  return true;
});
// An invalid base fails with both values.
assert.throws(() => new URL('x', 'y'), { code: 'ERR_INVALID_URL', input: 'x', base: 'y' });
assert.throws(() => new URL('http://a', null), { code: 'ERR_INVALID_URL', input: 'http://a', base: 'null' });
// A valid base that cannot serve: the relative input still fails with the base shown.
assert.throws(() => new URL('x', 'mailto:a@b'), { code: 'ERR_INVALID_URL', input: 'x', base: 'mailto:a@b' });
// undefined means "no base"; other values are stringified.
assert.throws(() => new URL('x', undefined), (error) => error.input === 'x' && !('base' in error));
assert.strictEqual(new URL('/p', { toString: () => 'http://h/' }).href, 'http://h/p');
assert.strictEqual(new URL({ toString: () => 'http://h/q' }).href, 'http://h/q');
assert.throws(() => new URL(undefined), { code: 'ERR_INVALID_URL', input: 'undefined' });
assert.throws(() => new URL(Symbol('x')), TypeError);

assert.throws(() => new URL(), {
  code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "url" argument must be specified',
});
assert.throws(() => URL('http://a'), TypeError);

// The href setter throws the same error and leaves the URL alone.
const url = new URL('http://a/');
assert.throws(() => { url.href = 'bad'; }, { code: 'ERR_INVALID_URL', input: 'bad' });
assert.strictEqual(url.href, 'http://a/');

// canParse and parse.
assert.strictEqual(URL.canParse('http://a'), true);
assert.strictEqual(URL.canParse('x'), false);
assert.strictEqual(URL.canParse('x', 'http://a'), true);
assert.strictEqual(URL.canParse('http://a', 'bad base'), false);
assert.strictEqual(URL.canParse('http://a', undefined), true);
assert.throws(() => URL.canParse(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(URL.parse('x'), null);
assert.strictEqual(URL.parse('x', 'bad base'), null);
const parsed = URL.parse('/x', 'http://b');
assert.ok(parsed instanceof URL);
assert.strictEqual(parsed.href, 'http://b/x');
assert.throws(() => URL.parse(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(URL.canParse.length, 1);
assert.strictEqual(URL.parse.length, 1);
