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
  const tag = classTag(a);
  if (tag !== classTag(b)) return false;
  return objectsEqual(a, b, tag, strict, memo);
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

// Internal state that needs no recursion.
function sameInternalState(a, b, kind, strict) {
  switch (kind) {
    case 'array':
      return a.length === b.length;
    case 'date':
      return Date.prototype.getTime.call(a) === Date.prototype.getTime.call(b);
    case 'regexp':
      return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
    case 'view':
      return viewsEqual(a, b, strict);
    case 'buffer':
      return bytesEqual(new Uint8Array(a), new Uint8Array(b));
    case 'boxed':
      return boxedValuesEqual(a, b);
    case 'map':
    case 'set':
      return a.size === b.size;
    case 'error':
      return errorBasicsEqual(a, b);
    case 'url':
      return a.href === b.href;
    default:
      return true;
  }
}

function objectsEqual(a, b, tag, strict, memo) {
  const kind = kindOf(a, tag);
  if (kind !== kindOf(b, tag) || !sameInternalState(a, b, kind, strict)) return false;

  // Own enumerable string keys: same number, each enumerable on both sides.
  const skipIndices = kind === 'array' || kind === 'view';
  const keys = skipIndices ? nonIndexKeys(a) : Object.keys(a);
  const keysB = skipIndices ? nonIndexKeys(b) : Object.keys(b);
  if (keys.length !== keysB.length) return false;
  for (let i = 0; i < keys.length; i++) {
    if (!isEnumerable(b, keys[i])) return false;
  }
  // Values that are not objects are compared first: a difference there needs no recursion.
  // Objects are compared afterwards, with this pair marked as being compared.
  const nested = [];
  if (!comparePlainValues(a, b, keys, strict, nested)) return false;
  if (strict) {
    const symbols = enumerableSymbols(a);
    if (symbols.length !== enumerableSymbols(b).length) return false;
    for (let i = 0; i < symbols.length; i++) {
      if (!isEnumerable(b, symbols[i])) return false;
    }
    if (!comparePlainValues(a, b, symbols, strict, nested)) return false;
  }
  if (nested.length === 0 && (kind === 'object' || !hasNestedState(kind))) return true;

  if (memo === undefined) memo = new Map();
  if (isInProgress(memo, a, b)) return true;
  enter(memo, a, b);
  try {
    if (!nestedStateEqual(a, b, kind, strict, memo)) return false;
    for (let i = 0; i < nested.length; i += 2) {
      if (!deepEqual(nested[i], nested[i + 1], strict, memo)) return false;
    }
    return true;
  } finally {
    leave(memo, a, b);
  }
}

// Compares the values under `keys` that are not both objects; pushes the pairs that are onto
// `nested`.
function comparePlainValues(a, b, keys, strict, nested) {
  for (let i = 0; i < keys.length; i++) {
    const valueA = a[keys[i]];
    const valueB = b[keys[i]];
    if (isObjectLike(valueA) && isObjectLike(valueB)) {
      nested.push(valueA, valueB);
    } else if (!deepEqual(valueA, valueB, strict, undefined)) {
      return false;
    }
  }
  return true;
}

function hasNestedState(kind) {
  return kind === 'array' || kind === 'set' || kind === 'map' || kind === 'error';
}

function nestedStateEqual(a, b, kind, strict, memo) {
  switch (kind) {
    case 'array':
      return arrayElementsEqual(a, b, strict, memo);
    case 'set':
      return setsEqual(a, b, strict, memo);
    case 'map':
      return mapsEqual(a, b, strict, memo);
    case 'error':
      return errorExtrasEqual(a, b, strict, memo);
    default:
      return true;
  }
}

// The pairs being compared further up the stack: `a` maps to its partner, or to a Partners
// list when it is being compared with several objects at once.
class Partners {
  constructor(first, second) {
    this.list = [first, second];
  }
}

function isInProgress(memo, a, b) {
  const partner = memo.get(a);
  if (partner === undefined) return false;
  return partner === b || (partner instanceof Partners && partner.list.includes(b));
}

function enter(memo, a, b) {
  const partner = memo.get(a);
  if (partner === undefined) memo.set(a, b);
  else if (partner instanceof Partners) partner.list.push(b);
  else memo.set(a, new Partners(partner, b));
}

function leave(memo, a, b) {
  const partner = memo.get(a);
  if (partner === b) {
    memo.delete(a);
  } else if (partner instanceof Partners) {
    const { list } = partner;
    list.splice(list.lastIndexOf(b), 1);
    if (list.length === 1) memo.set(a, list[0]);
  }
}

// Own enumerable string keys that are not array indices (arrays and views compare their
// elements separately).
function nonIndexKeys(object) {
  const keys = getOwnNonIndexProperties(object, ONLY_ENUMERABLE);
  return keys.filter((key) => typeof key === 'string');
}

function enumerableSymbols(object) {
  const symbols = Object.getOwnPropertySymbols(object);
  if (symbols.length === 0) return symbols;
  return symbols.filter((symbol) => isEnumerable(object, symbol));
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

// Compares two Uint8Arrays. Long ones whose offsets share the same alignment are compared four
// bytes at a time.
function bytesEqual(a, b) {
  const length = a.byteLength;
  if (length !== b.byteLength) return false;
  let index = 0;
  if (length >= 64 && a.byteOffset % 4 === b.byteOffset % 4) {
    const lead = (4 - (a.byteOffset % 4)) % 4;
    for (; index < lead; index++) {
      if (a[index] !== b[index]) return false;
    }
    const words = (length - lead) >>> 2;
    const wordsA = new Uint32Array(a.buffer, a.byteOffset + lead, words);
    const wordsB = new Uint32Array(b.buffer, b.byteOffset + lead, words);
    for (let i = 0; i < words; i++) {
      if (wordsA[i] !== wordsB[i]) return false;
    }
    index = lead + words * 4;
  }
  for (; index < length; index++) {
    if (a[index] !== b[index]) return false;
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

const BOXED_KINDS = [
  [isNumberObject, Number.prototype.valueOf],
  [isStringObject, String.prototype.valueOf],
  [isBooleanObject, Boolean.prototype.valueOf],
  [isBigIntObject, BigInt.prototype.valueOf],
  [isSymbolObject, Symbol.prototype.valueOf],
];

function boxedValuesEqual(a, b) {
  for (const [test, unbox] of BOXED_KINDS) {
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
