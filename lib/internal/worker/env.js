'use strict';
// process.env in a worker made without SHARE_ENV: the worker's own copy of the variables
// (taken from the parent when the Worker was made), with process.env's behaviour: values
// become strings, names that are not set fall through to an Object.prototype-like prototype.
// Changes stay in the worker; nothing reaches the real environment.

function envDefineError(message) {
  const error = new TypeError(message);
  error.code = 'ERR_INVALID_OBJECT_DEFINE_PROPERTY';
  return error;
}

function createEnvCopy(entries) {
  const store = new Map();
  for (const [name, value] of Object.entries(entries)) store.set(name, `${value}`);
  const envPrototype = Object.create(Object.prototype, {
    constructor: { value: function() {}, writable: true, configurable: true, enumerable: false },
  });
  Object.defineProperty(envPrototype.constructor, 'name', { value: '' });
  envPrototype.constructor.prototype = envPrototype;
  return new Proxy(Object.create(envPrototype), {
    get(target, key, receiver) {
      if (typeof key === 'string' && store.has(key)) return store.get(key);
      return Reflect.get(target, key, receiver);
    },
    set(_, key, value) {
      store.set(`${key}`, `${value}`);  // a Symbol key throws, as in node
      return true;
    },
    has(target, key) {
      return (typeof key === 'string' && store.has(key)) || Reflect.has(target, key);
    },
    deleteProperty(_, key) {
      if (typeof key === 'string') store.delete(key);
      return true;
    },
    ownKeys() {
      return [...store.keys()];
    },
    getOwnPropertyDescriptor(_, key) {
      if (typeof key !== 'string' || !store.has(key)) return undefined;
      return { value: store.get(key), writable: true, enumerable: true, configurable: true };
    },
    defineProperty(_, key, descriptor) {
      if ('get' in descriptor || 'set' in descriptor) {
        throw envDefineError("'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      if (!('value' in descriptor) || !descriptor.configurable || !descriptor.writable ||
          !descriptor.enumerable) {
        throw envDefineError(
          "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      store.set(`${key}`, `${descriptor.value}`);
      return true;
    },
  });
}

module.exports = { createEnvCopy };
