'use strict';
// The Fetch standard's Headers: a list of (lowercased name, value) pairs with the standard's
// checks and its iteration order (sorted names, values of one name combined with ', ',
// except set-cookie, whose values stay apart). `guard` makes a Headers read-only for fetch's
// own objects (a response's headers, say).

const { inspect } = require('internal/util/inspect');

const kList = Symbol('headers list');  // Map: lowercase name -> array of values
const kGuard = Symbol('headers guard');
const kSorted = Symbol('headers sorted');  // cached iteration list, dropped on change

const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// A value may not contain NUL, CR or LF, nor be anything but a ByteString.
const invalidValue = /[\0\r\n]/;

function checkName(name, method) {
  if (!tokenPattern.test(name)) throw new TypeError(`Headers.${method}: "${name}" is an invalid header name.`);
}

function toByteString(value) {
  const text = `${value}`;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 255) {
      throw new TypeError('Cannot convert argument to a ByteString because the character at index ' +
                          `${i} has a value of ${code} which is greater than 255.`);
    }
  }
  return text;
}

// Leading and trailing HTTP whitespace (tab, LF, CR, space) goes.
function normalizeValue(value) {
  let start = 0;
  let end = value.length;
  const space = (c) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
  while (start < end && space(value.charCodeAt(start))) start++;
  while (end > start && space(value.charCodeAt(end - 1))) end--;
  return value.slice(start, end);
}

function requireArgs(count, needed, method) {
  if (count < needed) {
    throw new TypeError(`${method}: ${needed} argument${needed === 1 ? '' : 's'} required, but only ${count} found.`);
  }
}

function checkGuard(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

function requireHeaders(value) {
  if (value === null || typeof value !== 'object' || !(kList in value)) throw new TypeError('Illegal invocation');
}

function appendTo(headers, name, value) {
  name = toByteString(name);
  value = normalizeValue(toByteString(value));
  checkName(name, 'append');
  if (invalidValue.test(value)) throw new TypeError(`Headers.append: "${value}" is an invalid header value.`);
  checkGuard(headers);
  const key = name.toLowerCase();
  const list = headers[kList];
  const values = list.get(key);
  if (values === undefined) list.set(key, [value]);
  else values.push(value);
  headers[kSorted] = null;
}

function fill(headers, init) {
  if (init === undefined) return;
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
                        'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError('Headers constructor: expected name/value pair to be length 2, found 0.');
      }
      const items = [...pair];
      if (items.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${items.length}.`);
      }
      appendTo(headers, items[0], items[1]);
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
    if (descriptor === undefined || !descriptor.enumerable) continue;
    if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    appendTo(headers, key, init[key]);
  }
}

class Headers {
  constructor(init = undefined) {
    this[kList] = new Map();
    this[kGuard] = 'none';
    this[kSorted] = null;
    fill(this, init);
  }

  append(name, value) {
    requireHeaders(this);
    requireArgs(arguments.length, 2, 'Headers.append');
    appendTo(this, name, value);
  }

  delete(name) {
    requireHeaders(this);
    requireArgs(arguments.length, 1, 'Headers.delete');
    name = toByteString(name);
    checkName(name, 'delete');
    checkGuard(this);
    if (this[kList].delete(name.toLowerCase())) this[kSorted] = null;
  }

  get(name) {
    requireHeaders(this);
    requireArgs(arguments.length, 1, 'Headers.get');
    name = toByteString(name);
    checkName(name, 'get');
    const values = this[kList].get(name.toLowerCase());
    return values === undefined ? null : values.join(', ');
  }

  getSetCookie() {
    requireHeaders(this);
    const values = this[kList].get('set-cookie');
    return values === undefined ? [] : [...values];
  }

  has(name) {
    requireHeaders(this);
    requireArgs(arguments.length, 1, 'Headers.has');
    name = toByteString(name);
    checkName(name, 'has');
    return this[kList].has(name.toLowerCase());
  }

  set(name, value) {
    requireHeaders(this);
    requireArgs(arguments.length, 2, 'Headers.set');
    name = toByteString(name);
    value = normalizeValue(toByteString(value));
    checkName(name, 'set');
    if (invalidValue.test(value)) throw new TypeError(`Headers.set: "${value}" is an invalid header value.`);
    checkGuard(this);
    this[kList].set(name.toLowerCase(), [value]);
    this[kSorted] = null;
  }

  forEach(callback, thisArg = undefined) {
    requireHeaders(this);
    requireArgs(arguments.length, 1, 'Headers.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [name, value] of sortedPairs(this)) callback.call(thisArg, value, name, this);
  }

  *entries() {
    requireHeaders(this);
    // Iteration sees the list as it is at each step, as the standard's iterator does.
    for (let i = 0; ; i++) {
      const pairs = sortedPairs(this);
      if (i >= pairs.length) return;
      yield [pairs[i][0], pairs[i][1]];
    }
  }

  *keys() {
    for (const [name] of this.entries()) yield name;
  }

  *values() {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  [inspect.custom](depth, options) {
    const shown = {};
    for (const [name, value] of sortedPairs(this)) shown[name] = value;
    return `Headers ${inspect(shown, options)}`;
  }
}

function sortedPairs(headers) {
  if (headers[kSorted] !== null) return headers[kSorted];
  const names = [...headers[kList].keys()].sort();
  const pairs = [];
  for (const name of names) {
    const values = headers[kList].get(name);
    if (name === 'set-cookie') {
      for (const value of values) pairs.push([name, value]);
    } else {
      pairs.push([name, values.join(', ')]);
    }
  }
  headers[kSorted] = pairs;
  return pairs;
}

Object.defineProperty(Headers.prototype, Symbol.toStringTag, { __proto__: null, value: 'Headers', configurable: true });
for (const name of ['append', 'delete', 'get', 'getSetCookie', 'has', 'set', 'forEach', 'entries', 'keys', 'values']) {
  Object.defineProperty(Headers.prototype, name, { __proto__: null, enumerable: true });
}

// Internal: a Headers whose list is built by fetch, with a guard.
function headersFrom(pairs, guard) {
  const headers = new Headers();
  for (let i = 0; i < pairs.length; i += 2) appendTo(headers, pairs[i], pairs[i + 1]);
  headers[kGuard] = guard;
  return headers;
}

function setGuard(headers, guard) {
  headers[kGuard] = guard;
}

// Internal: every (name, value) to send, set-cookie and all, in insertion-independent order.
function headerPairs(headers) {
  const pairs = [];
  for (const [name, values] of headers[kList]) {
    for (const value of values) pairs.push(name, value);
  }
  return pairs;
}

module.exports = { Headers, headersFrom, headerPairs, setGuard, fill, kList };
