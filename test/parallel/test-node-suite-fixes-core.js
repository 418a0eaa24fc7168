'use strict';
// Behaviours node's own tests check, in the core modules: an unhandled 'error' whose value
// cannot be inspected, path/posix and path/win32, querystring with an empty separator or
// equals sign, and StringDecoder methods called on something that is not one.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const qs = require('querystring');

assert.throws(() => new EventEmitter().emit('error', {
  [require('util').inspect.custom]() { throw new Error('no'); },
}), { code: 'ERR_UNHANDLED_ERROR', message: 'Unhandled error. ([object Object])' });

assert.strictEqual(require('path/posix'), require('path').posix);
assert.strictEqual(require('path/win32'), require('path').win32);
assert.strictEqual(require('node:path/posix').sep, '/');

assert.deepStrictEqual({ ...qs.parse('a', []) }, { a: '' });
assert.deepStrictEqual({ ...qs.parse('a', null, []) }, { '': 'a' });
// An empty string is no separator at all: the defaults apply.
assert.deepStrictEqual({ ...qs.parse('a=1&b=2', '', '') }, { a: '1', b: '2' });

assert.throws(() => new StringDecoder('utf8').__proto__.write(Buffer.from('abc')), // eslint-disable-line no-proto
              { code: 'ERR_INVALID_THIS' });
