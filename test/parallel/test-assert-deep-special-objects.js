'use strict';
// Deep equality of objects with internal state: Date, RegExp, boxed primitives, errors,
// typed arrays, ArrayBuffer, DataView, URL.
require('../common');
const assert = require('assert');
const util = require('util');

function check(a, b, expectLoose, expectStrict) {
  let isLoose = true;
  try {
    assert.deepEqual(a, b);
  } catch {
    isLoose = false;
  }
  assert.strictEqual(isLoose, expectLoose, `deepEqual(${util.inspect(a)}, ${util.inspect(b)})`);
  assert.strictEqual(util.isDeepStrictEqual(a, b), expectStrict,
                     `isDeepStrictEqual(${util.inspect(a)}, ${util.inspect(b)})`);
  assert.strictEqual(util.isDeepStrictEqual(b, a), expectStrict);
}

const nonEnumerable = (object, key, value) =>
  Object.defineProperty(object, key, { value, enumerable: false, writable: true, configurable: true });
const enumerable = (object, key, value) =>
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });

// Date: time value and own properties. An invalid date never equals another.
check(new Date(0), new Date(0), true, true);
check(new Date(0), new Date(1), false, false);
check(Object.assign(new Date(0), { x: 1 }), new Date(0), false, false);
check(new Date(NaN), new Date(NaN), false, false);
check(new Date(0), 0, false, false);

// RegExp: source, flags, lastIndex and own properties.
check(/a/g, /a/g, true, true);
check(/a/g, /a/i, false, false);
check(/a/, /b/, false, false);
check(Object.assign(/a/g, { lastIndex: 1 }), /a/g, false, false);
check(Object.assign(/a/g, { x: 1 }), /a/g, false, false);

// Boxed primitives: the boxed value with Object.is, then own properties.
check(new Number(1), new Number(1), true, true);
check(new Number(1), new Number(2), false, false);
check(new Number(0), new Number(-0), false, false);
check(new Number(NaN), new Number(NaN), true, true);
check(new String('ab'), new String('ab'), true, true);
check(new String('a'), new String('b'), false, false);
check(Object.assign(new String('a'), { x: 1 }), new String('a'), false, false);
check(new Boolean(true), new Boolean(false), false, false);
check(Object(Symbol.for('x')), Object(Symbol.for('x')), true, true);
check(Object(1n), Object(1n), true, true);
check(Object(1n), Object(2n), false, false);
check(new Number(1), new String('1'), false, false);
check(new Number(1), Object.setPrototypeOf({}, Number.prototype), false, false);

// Errors: name and message (by identity when not enumerable), cause and errors, own keys.
// The stack is ignored.
check(new Error('a'), new Error('a'), true, true);
check(new Error('a'), new TypeError('a'), false, false);
check(new Error('a'), new Error('b'), false, false);
check(Object.assign(new Error('a'), { code: 1 }), new Error('a'), false, false);
check(Object.assign(new Error('a'), { stack: 'x' }), new Error('a'), true, true);
check(new Error('a'), { message: 'a', name: 'Error' }, false, false);
check(new Error('a', { cause: 1 }), new Error('a', { cause: 1 }), true, true);
check(new Error('a', { cause: 1 }), new Error('a', { cause: '1' }), true, false);
check(new Error('a', { cause: undefined }), new Error('a'), true, true);
check(nonEnumerable(new Error('a'), 'cause', 1), new Error('a'), false, false);
check(enumerable(new Error('a'), 'cause', 1), nonEnumerable(new Error('a'), 'cause', 1), false, false);
check(enumerable(new Error('a'), 'message', 'a'), new Error('a'), false, false);
check(enumerable(new Error('a'), 'message', 1), enumerable(new Error('a'), 'message', '1'), true, false);
check(nonEnumerable(new Error('a'), 'message', 1), nonEnumerable(new Error('a'), 'message', '1'), false, false);
check(nonEnumerable(new Error('a'), 'name', 1), nonEnumerable(new Error('a'), 'name', '1'), false, false);
check(nonEnumerable(new Error('a'), 'name', 'Error'), new Error('a'), true, true);
check(new AggregateError([1], 'a'), new AggregateError([1], 'a'), true, true);
check(new AggregateError([1], 'a'), new AggregateError(['1'], 'a'), true, false);
check(new AggregateError([], 'a'), new Error('a'), false, false);
check(nonEnumerable(new Error('a'), 'errors', undefined), new Error('a'), true, true);
check(nonEnumerable(new Error('a'), 'errors', []), new Error('a'), false, false);
// Objects that only inherit from Error.prototype compare as plain objects.
check(Object.create(Error.prototype), Object.create(Error.prototype), true, true);
check(Object.create(Error.prototype), Object.create(TypeError.prototype), true, false);
check(new Error('a'), Object.create(Error.prototype), false, false);

// Typed arrays: type and bytes (loosely, float elements by value), then own properties.
check(new Uint8Array([1, 2]), new Uint8Array([1, 2]), true, true);
check(new Uint8Array([1, 2]), new Uint8Array([1, 3]), false, false);
check(new Uint8Array([1, 2]), new Int8Array([1, 2]), false, false);
check(new Uint8Array(2), new Uint8ClampedArray(2), false, false);
check(new Float32Array([-0]), new Float32Array([0]), true, false);
check(new Float64Array([NaN]), new Float64Array([NaN]), false, true);
check(new BigInt64Array([1n]), new BigInt64Array([1n]), true, true);
check(Object.assign(new Uint8Array(1), { a: 1 }), new Uint8Array(1), false, false);
check(Buffer.from('abc'), Buffer.from('abc'), true, true);
check(Buffer.from('a'), new Uint8Array([97]), true, false);
check(new Uint8Array(2), new ArrayBuffer(2), false, false);
check(new Uint8Array(new ArrayBuffer(4), 1, 2), new Uint8Array(2), true, true);

// ArrayBuffer / SharedArrayBuffer: kind and bytes.
check(new ArrayBuffer(2), new ArrayBuffer(2), true, true);
check(new ArrayBuffer(2), new ArrayBuffer(3), false, false);
check(new Uint16Array([1]).buffer, new Uint8Array([1, 0]).buffer, true, true);
check(new Uint8Array([1]).buffer, new Uint8Array([2]).buffer, false, false);
check(new ArrayBuffer(2), new SharedArrayBuffer(2), false, false);
check(new SharedArrayBuffer(2), new SharedArrayBuffer(2), true, true);

// DataView: the bytes it covers.
check(new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)), true, true);
check(new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(3)), false, false);
check(new DataView(new ArrayBuffer(4), 1), new DataView(new ArrayBuffer(3)), true, true);

// URL: the href, then own properties.
check(new URL('http://a/'), new URL('http://a/'), true, true);
check(new URL('http://a/'), new URL('http://b/'), false, false);
check(Object.assign(new URL('http://a/'), { foo: 1 }), new URL('http://a/'), false, false);
check(new URL('http://a/'), { href: 'http://a/' }, false, false);
check(new (class extends URL {})('http://a/'), new URL('http://a/'), true, false);
