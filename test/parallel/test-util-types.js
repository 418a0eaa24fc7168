'use strict';
// util.types: one predicate per kind of built-in object, also reachable as require('util/types').
require('../common');
const assert = require('assert');
const util = require('util');
const { types } = util;

assert.strictEqual(require('util/types'), types);
assert.strictEqual(require('node:util/types'), types);

const expectedNames = [
  'isExternal', 'isDate', 'isArgumentsObject', 'isBigIntObject', 'isBooleanObject',
  'isNumberObject', 'isStringObject', 'isSymbolObject', 'isNativeError', 'isRegExp',
  'isAsyncFunction', 'isGeneratorFunction', 'isGeneratorObject', 'isPromise', 'isMap', 'isSet',
  'isMapIterator', 'isSetIterator', 'isWeakMap', 'isWeakSet', 'isArrayBuffer', 'isDataView',
  'isSharedArrayBuffer', 'isProxy', 'isModuleNamespaceObject', 'isAnyArrayBuffer',
  'isBoxedPrimitive', 'isArrayBufferView', 'isTypedArray', 'isUint8Array', 'isUint8ClampedArray',
  'isUint16Array', 'isUint32Array', 'isInt8Array', 'isInt16Array', 'isInt32Array',
  'isFloat32Array', 'isFloat64Array', 'isBigInt64Array', 'isBigUint64Array', 'isKeyObject',
  'isCryptoKey',
];
assert.deepStrictEqual(Object.keys(types), expectedNames);
for (const name of expectedNames) {
  assert.strictEqual(typeof types[name], 'function', name);
}

// Each predicate against a value that has the kind and one that does not.
const cases = [
  ['isDate', new Date(), Date.prototype],
  ['isArgumentsObject', (function() { return arguments; })(), []],
  ['isBigIntObject', Object(1n), 1n],
  ['isBooleanObject', new Boolean(false), false],
  ['isNumberObject', new Number(0), 0],
  ['isStringObject', new String(''), ''],
  ['isSymbolObject', Object(Symbol()), Symbol()],
  ['isNativeError', new TypeError(), Object.create(Error.prototype)],
  ['isRegExp', /a/, { source: 'a', flags: '' }],
  ['isAsyncFunction', async () => {}, () => {}],
  ['isGeneratorFunction', function* () {}, function() {}],
  ['isGeneratorObject', (function* () {})(), {}],
  ['isPromise', Promise.resolve(), { then() {} }],
  ['isMap', new Map(), new WeakMap()],
  ['isSet', new Set(), new WeakSet()],
  ['isMapIterator', new Map().keys(), new Set().keys()],
  ['isSetIterator', new Set().values(), new Map().values()],
  ['isWeakMap', new WeakMap(), new Map()],
  ['isWeakSet', new WeakSet(), new Set()],
  ['isArrayBuffer', new ArrayBuffer(1), new SharedArrayBuffer(1)],
  ['isSharedArrayBuffer', new SharedArrayBuffer(1), new ArrayBuffer(1)],
  ['isAnyArrayBuffer', new SharedArrayBuffer(1), new Uint8Array(1)],
  ['isDataView', new DataView(new ArrayBuffer(1)), new Uint8Array(1)],
  ['isProxy', new Proxy({}, {}), {}],
  ['isBoxedPrimitive', Object(Symbol()), Symbol()],
  ['isArrayBufferView', new DataView(new ArrayBuffer(1)), new ArrayBuffer(1)],
  ['isTypedArray', new Float64Array(1), new DataView(new ArrayBuffer(1))],
  ['isUint8Array', new Uint8Array(1), new Uint8ClampedArray(1)],
  ['isUint8ClampedArray', new Uint8ClampedArray(1), new Uint8Array(1)],
  ['isUint16Array', new Uint16Array(1), new Int16Array(1)],
  ['isUint32Array', new Uint32Array(1), new Int32Array(1)],
  ['isInt8Array', new Int8Array(1), new Uint8Array(1)],
  ['isInt16Array', new Int16Array(1), new Uint16Array(1)],
  ['isInt32Array', new Int32Array(1), new Uint32Array(1)],
  ['isFloat32Array', new Float32Array(1), new Float64Array(1)],
  ['isFloat64Array', new Float64Array(1), new Float32Array(1)],
  ['isBigInt64Array', new BigInt64Array(1), new BigUint64Array(1)],
  ['isBigUint64Array', new BigUint64Array(1), new BigInt64Array(1)],
];
for (const [name, yes, no] of cases) {
  assert.strictEqual(types[name](yes), true, `${name} should accept its kind`);
  assert.strictEqual(types[name](no), false, `${name} should reject other values`);
}

// Typed-array checks look at the object's real kind, not its prototype chain.
const disguised = new Uint8Array(2);
Object.setPrototypeOf(disguised, Float64Array.prototype);
assert.strictEqual(types.isUint8Array(disguised), true);
assert.strictEqual(types.isFloat64Array(disguised), false);
assert.strictEqual(types.isTypedArray(Object.create(Uint8Array.prototype)), false);
assert.strictEqual(types.isUint8Array(Buffer.alloc(1)), true);

for (const value of [undefined, null, 1, 'x', {}, []]) {
  assert.strictEqual(types.isTypedArray(value), false);
  assert.strictEqual(types.isArrayBufferView(value), false);
  assert.strictEqual(types.isKeyObject(value), false);
  assert.strictEqual(types.isCryptoKey(value), false);
}

assert.strictEqual(types.isUint8Array.name, 'isUint8Array');
assert.strictEqual(types.isUint8Array.length, 1);
