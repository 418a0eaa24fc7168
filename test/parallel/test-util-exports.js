'use strict';
// The util module exposes Node 20's names, in Node's order.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(require('node:util'), util);
const names = [
  '_errnoException', '_exceptionWithHostPort', '_extend', 'callbackify', 'debug', 'debuglog',
  'deprecate', 'format', 'styleText', 'formatWithOptions', 'getSystemErrorMap',
  'getSystemErrorName', 'inherits', 'inspect', 'isArray', 'isBoolean', 'isBuffer',
  'isDeepStrictEqual', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
  'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive', 'log',
  'promisify', 'stripVTControlCharacters', 'toUSVString', 'transferableAbortSignal',
  'transferableAbortController', 'aborted', 'types', 'parseEnv', 'parseArgs', 'TextDecoder',
  'TextEncoder', 'MIMEType', 'MIMEParams',
];
assert.deepStrictEqual(Object.keys(util), names);

const lengths = {
  callbackify: 1, debuglog: 2, deprecate: 4, format: 0, formatWithOptions: 1, inherits: 2,
  inspect: 2, isDeepStrictEqual: 2, promisify: 1, stripVTControlCharacters: 1, toUSVString: 1,
  getSystemErrorName: 1, styleText: 2,
};
for (const [name, length] of Object.entries(lengths)) {
  assert.strictEqual(util[name].name, name);
  assert.strictEqual(util[name].length, length, name);
}
assert.strictEqual(util.inspect.custom, Symbol.for('nodejs.util.inspect.custom'));
assert.deepStrictEqual(Object.getOwnPropertyNames(util.inspect),
                       ['length', 'name', 'prototype', 'custom', 'defaultOptions', 'colors', 'styles']);
assert.strictEqual(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
assert.strictEqual(util.isDeepStrictEqual({ a: 1 }, { a: '1' }), false);
