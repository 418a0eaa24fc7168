'use strict';
// Deep equality for assert.deepEqual() (loose), assert.deepStrictEqual() and
// util.isDeepStrictEqual() (strict). The rules are those documented for Node.js 20:
// - strict: primitives by Object.is, prototypes and [[Class]] tags must match, enumerable
//   own symbols count;
// - loose: primitives by == (NaN equals NaN), prototypes and symbols are ignored.
// Both compare own enumerable string keys, Map/Set contents regardless of order, the bytes
// of buffers and views, Date times, RegExp source/flags/lastIndex, boxed values, and the
// message/name/cause/errors of errors. Cycles are handled by assuming that a pair of objects
// already being compared further up the stack is equal.

const {
  isAnyArrayBuffer,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDate,
  isMap,
  isNativeError,
  isNumberObject,
  isRegExp,
  isSet,
  isStringObject,
  isSymbolObject,
} = internalBinding('types');
const {
  getOwnNonIndexProperties,
  constants: { ONLY_ENUMERABLE },
} = internalBinding('util');

const LOOSE = false;
const STRICT = true;

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const isEnumerable = (object, key) => Object.prototype.propertyIsEnumerable.call(object, key);
const classTag = (value) => Object.prototype.toString.call(value);

const typedArrayTagGetter = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
// The element type of a typed array ('Uint8Array', ...), or undefined for anything else.
const typedArrayName = (value) => typedArrayTagGetter.call(value);

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

// Values that are not objects: compare them the way the mode asks.
function primitivesEqual(a, b, strict) {
  if (strict) return Object.is(a, b);
  // eslint-disable-next-line eqeqeq
  return a == b || (a !== a && b !== b);
}

// Anything reachable through a Map or Set entry or a property goes through here.
function deepEqual(a, b, strict, memo) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (!isObjectLike(a) || !isObjectLike(b)) {
    // In strict mode a function is only equal to itself; loosely, `==` decides.
    if (strict) return typeof a === 'number' && a !== a && b !== b;
    if (isObjectLike(a) || isObjectLike(b)) return false;
    return primitivesEqual(a, b, LOOSE);
  }
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (classTag(a) !== classTag(b)) return false;
  return objectsEqual(a, b, strict, memo);
}

// The special kind of an object decides which internal state is compared besides the keys.
function kindOf(value, tag) {
  if (tag === '[object Object]') return 'object';
  if (Array.isArray(value)) return 'array';
  if (ArrayBuffer.isView(value)) return 'view';
  if (isDate(value)) return 'date';
  if (isRegExp(value)) return 'regexp';
  if (isMap(value)) return 'map';
  if (isSet(value)) return 'set';
  if (isAnyArrayBuffer(value)) return 'buffer';
  if (isBoxedPrimitive(value)) return 'boxed';
  if (isNativeError(value) || value instanceof Error) return 'error';
  if (looksLikeURL(value)) return 'url';
  return 'object';
}

function looksLikeURL(value) {
  try {
    return typeof URL === 'function' && value instanceof URL;
  } catch {
    return false;
  }
}

function objectsEqual(a, b, strict, memo) {
  const tag = classTag(a);
  const kind = kindOf(a, tag);
  if (kind !== kindOf(b, tag)) return false;
  // Cheap checks of internal state come before any recursion.
  switch (kind) {
    case 'array':
      if (a.length !== b.length) return false;
      break;
    case 'date':
      if (Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
      break;
    case 'regexp':
      if (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
      break;
    case 'view':
      if (!viewsEqual(a, b, strict)) return false;
      break;
    case 'buffer':
      if (!bytesEqual(new Uint8Array(a), new Uint8Array(b))) return false;
      break;
    case 'boxed':
      if (!boxedValuesEqual(a, b)) return false;
      break;
    case 'map':
    case 'set':
      if (a.size !== b.size) return false;
      break;
    case 'error':
      if (!errorBasicsEqual(a, b)) return false;
      break;
    case 'url':
      if (a.href !== b.href) return false;
      break;
  }

  const skipIndices = kind === 'array' || kind === 'view';
  const keysA = enumerableKeys(a, strict, skipIndices);
  const keysB = enumerableKeys(b, strict, skipIndices);
  if (keysA.length !== keysB.length) return false;
  for (const key of keysA) {
    if (!isEnumerable(b, key)) return false;
  }

  if (memo === undefined) memo = new Map();
  let partners = memo.get(a);
  if (partners !== undefined && partners.has(b)) return true;
  if (partners === undefined) {
    partners = new Set();
    memo.set(a, partners);
  }
  partners.add(b);
  try {
    return nestedValuesEqual(a, b, kind, keysA, strict, memo);
  } finally {
    partners.delete(b);
    if (partners.size === 0) memo.delete(a);
  }
}

function nestedValuesEqual(a, b, kind, keys, strict, memo) {
  switch (kind) {
    case 'array':
      if (!arrayElementsEqual(a, b, strict, memo)) return false;
      break;
    case 'set':
      if (!setsEqual(a, b, strict, memo)) return false;
      break;
    case 'map':
      if (!mapsEqual(a, b, strict, memo)) return false;
      break;
    case 'error':
      if (!errorExtrasEqual(a, b, strict, memo)) return false;
      break;
  }
  for (const key of keys) {
    if (!deepEqual(a[key], b[key], strict, memo)) return false;
  }
  return true;
}

// Own enumerable keys; symbols only count in strict mode. Arrays and views leave their
// indices to the element comparison.
function enumerableKeys(object, strict, skipIndices) {
  let keys;
  if (skipIndices) {
    keys = getOwnNonIndexProperties(object, ONLY_ENUMERABLE);
    if (!strict) keys = keys.filter((key) => typeof key === 'string');
    return keys;
  }
  keys = Object.keys(object);
  if (strict) {
    for (const symbol of Object.getOwnPropertySymbols(object)) {
      if (isEnumerable(object, symbol)) keys.push(symbol);
    }
  }
  return keys;
}

function arrayElementsEqual(a, b, strict, memo) {
  for (let index = 0; index < a.length; index++) {
    const inA = hasOwn(a, index);
    if (inA !== hasOwn(b, index)) return false;
    if (!inA) return sparseElementsEqual(a, b, index, strict, memo);
    if (!deepEqual(a[index], b[index], strict, memo)) return false;
  }
  return true;
}

// After the first hole, walking every index could take forever (think `[]` with length 2**32-1);
// the present indices are compared instead. Both arrays share the same length.
function sparseElementsEqual(a, b, from, strict, memo) {
  const indicesA = presentIndices(a, from);
  const indicesB = presentIndices(b, from);
  if (indicesA.length !== indicesB.length) return false;
  for (let i = 0; i < indicesA.length; i++) {
    if (indicesA[i] !== indicesB[i]) return false;
    if (!deepEqual(a[indicesA[i]], b[indicesA[i]], strict, memo)) return false;
  }
  return true;
}

function presentIndices(array, from) {
  const result = [];
  for (const key of Object.keys(array)) {
    const index = key >>> 0;
    if (String(index) === key && index !== 4294967295 && index >= from) result.push(key);
  }
  return result;
}

function bytesEqual(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function viewBytes(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function viewsEqual(a, b, strict) {
  const name = typedArrayName(a);
  if (name !== typedArrayName(b)) return false;
  // Loosely, floats compare by value: 0 equals -0, NaN differs from NaN.
  if (!strict && (name === 'Float32Array' || name === 'Float64Array')) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      // eslint-disable-next-line eqeqeq
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  return bytesEqual(viewBytes(a), viewBytes(b));
}

function boxedValuesEqual(a, b) {
  const checks = [
    [isNumberObject, Number.prototype.valueOf],
    [isStringObject, String.prototype.valueOf],
    [isBooleanObject, Boolean.prototype.valueOf],
    [isBigIntObject, BigInt.prototype.valueOf],
    [isSymbolObject, Symbol.prototype.valueOf],
  ];
  for (const [test, unbox] of checks) {
    if (test(a)) return test(b) && Object.is(unbox.call(a), unbox.call(b));
  }
  return false;
}

// `message` and `name` are usually non-enumerable: then they are compared by identity
// here; when enumerable they are compared with the other keys.
function errorBasicsEqual(a, b) {
  for (const key of ['message', 'name']) {
    const enumerable = isEnumerable(a, key);
    if (enumerable !== isEnumerable(b, key)) return false;
    if (!enumerable && a[key] !== b[key]) return false;
  }
  return true;
}

function errorExtrasEqual(a, b, strict, memo) {
  for (const key of ['cause', 'errors']) {
    const enumerable = isEnumerable(a, key);
    if (enumerable !== isEnumerable(b, key)) return false;
    if (!enumerable && !deepEqual(a[key], b[key], strict, memo)) return false;
  }
  return true;
}

// Greedily pairs each value of `pending` with a distinct, deep-equal value of `candidates`.
function matchAll(pending, candidates, equals) {
  const used = new Array(candidates.length).fill(false);
  for (const item of pending) {
    let found = false;
    for (let i = 0; i < candidates.length; i++) {
      if (!used[i] && equals(item, candidates[i])) {
        used[i] = true;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

// A value is first looked up with the set's own lookup (identity for objects); what is left
// over (other objects, and in loose mode primitives equal only under ==) has to pair up with
// what is left of the other set.
function setsEqual(a, b, strict, memo) {
  const pending = [];
  for (const value of a) {
    if (b.has(value)) continue;
    if (strict && !isObjectLike(value)) return false;
    pending.push(value);
  }
  if (pending.length === 0) return true;
  const candidates = [];
  for (const value of b) {
    if (!a.has(value)) candidates.push(value);
  }
  return matchAll(pending, candidates, (x, y) => deepEqual(x, y, strict, memo));
}

// Entries whose key is in the other map with an equal value pair up directly; the rest must
// pair up with the rest of the other map by deep-equal keys and values.
function mapsEqual(a, b, strict, memo) {
  const pending = [];
  const taken = new Set();
  for (const entry of a) {
    const key = entry[0];
    if (b.has(key) && deepEqual(entry[1], b.get(key), strict, memo)) {
      taken.add(key);
    } else if (strict && !isObjectLike(key)) {
      return false;
    } else {
      pending.push(entry);
    }
  }
  if (pending.length === 0) return true;
  const candidates = [];
  for (const entry of b) {
    if (!taken.has(entry[0])) candidates.push(entry);
  }
  return matchAll(pending, candidates, (x, y) =>
    deepEqual(x[0], y[0], strict, memo) && deepEqual(x[1], y[1], strict, memo));
}

function isDeepEqual(a, b) {
  return deepEqual(a, b, LOOSE);
}

function isDeepStrictEqual(a, b) {
  return deepEqual(a, b, STRICT);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
