'use strict';
// FormData: an ordered list of (name, value) entries, each value a string or a File.

const { Blob, File } = require('buffer');
const { inspect } = require('internal/util/inspect');

const kEntries = Symbol('entries');

function requireArgs(count, needed, method) {
  if (count < needed) {
    throw new TypeError(`FormData.${method}: ${needed} argument${needed === 1 ? '' : 's'} required, but only ${count} found.`);
  }
}

function requireFormData(value) {
  if (value === null || typeof value !== 'object' || !(kEntries in value)) throw new TypeError('Illegal invocation');
}

// The entry the standard makes of (name, value, filename).
function makeEntry(name, value, filename, argumentCount, method) {
  name = `${name}`;
  if (argumentCount > 2 && !(value instanceof Blob)) {
    throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
  }
  if (!(value instanceof Blob)) return [name, `${value}`];
  if (!(value instanceof File) || filename !== undefined) {
    const options = { type: value.type };
    if (value instanceof File) options.lastModified = value.lastModified;
    value = new File([value], filename !== undefined ? `${filename}` : (value instanceof File ? value.name : 'blob'), options);
  }
  return [name, value];
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError("FormData constructor: Argument 1 is not of type 'HTMLFormElement'.");
    }
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    requireFormData(this);
    requireArgs(arguments.length, 2, 'append');
    this[kEntries].push(makeEntry(name, value, filename, arguments.length, 'append'));
  }

  delete(name) {
    requireFormData(this);
    requireArgs(arguments.length, 1, 'delete');
    name = `${name}`;
    this[kEntries] = this[kEntries].filter((entry) => entry[0] !== name);
  }

  get(name) {
    requireFormData(this);
    requireArgs(arguments.length, 1, 'get');
    name = `${name}`;
    const entry = this[kEntries].find((candidate) => candidate[0] === name);
    return entry === undefined ? null : entry[1];
  }

  getAll(name) {
    requireFormData(this);
    requireArgs(arguments.length, 1, 'getAll');
    name = `${name}`;
    return this[kEntries].filter((entry) => entry[0] === name).map((entry) => entry[1]);
  }

  has(name) {
    requireFormData(this);
    requireArgs(arguments.length, 1, 'has');
    name = `${name}`;
    return this[kEntries].some((entry) => entry[0] === name);
  }

  set(name, value, filename = undefined) {
    requireFormData(this);
    requireArgs(arguments.length, 2, 'set');
    const entry = makeEntry(name, value, filename, arguments.length, 'set');
    const entries = this[kEntries];
    const first = entries.findIndex((candidate) => candidate[0] === entry[0]);
    if (first === -1) {
      entries.push(entry);
    } else {
      this[kEntries] = entries.filter((candidate, index) => index <= first || candidate[0] !== entry[0]);
      this[kEntries][first] = entry;
    }
  }

  forEach(callback, thisArg = undefined) {
    requireFormData(this);
    requireArgs(arguments.length, 1, 'forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  *entries() {
    requireFormData(this);
    for (let i = 0; i < this[kEntries].length; i++) yield [this[kEntries][i][0], this[kEntries][i][1]];
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
    return `FormData ${inspect(this[kEntries].map(([name, value]) => ({ name, value })), options)}`;
  }
}

Object.defineProperty(FormData.prototype, Symbol.toStringTag, { __proto__: null, value: 'FormData', configurable: true });

module.exports = { FormData };
