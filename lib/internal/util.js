'use strict';
// Small helpers shared by many builtins: deprecation warnings, promisify, encodings,
// lazy properties, system error names. Nothing here is public; lib/util.js re-exports
// the parts Node documents.

let errors;
function lazyErrors() {
  errors ??= require('internal/errors');
  return errors;
}

let validators;
function lazyValidators() {
  validators ??= require('internal/validators');
  return validators;
}

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const customPromisifySymbol = Symbol.for('nodejs.util.promisify.custom');
// Set on callback APIs whose callback receives several values (e.g. fs.read) to name them
// in the object their promisified form resolves with.
const customPromisifyArgs = Symbol('customPromisifyArgs');
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');
// [kCloneData]() on an object says what a copy of it is made from (internal/worker/js_transferable).
const kCloneData = Symbol('kCloneData');

const kEmptyObject = Object.freeze(Object.create(null));
const kEnumerableProperty = Object.freeze(Object.assign(Object.create(null), { enumerable: true }));

const isWindows = process.platform === 'win32';
const isMacOS = process.platform === 'darwin';

function isError(value) {
  return lazyTypes().isNativeError(value) || value instanceof Error;
}

let types;
function lazyTypes() {
  types ??= require('internal/util/types');
  return types;
}

// ---------------------------------------------------------------------------------------------
// Deprecations and warnings

// Codes already warned about: one warning per code per process, however many wrappers share it.
const codesWarned = new Set();

function deprecationWarner(message, code, deprecated) {
  let warned = false;
  return function warnOnce() {
    if (warned) return;
    warned = true;
    if (code === undefined) {
      process.emitWarning(message, 'DeprecationWarning', deprecated);
    } else if (!codesWarned.has(code)) {
      codesWarned.add(code);
      process.emitWarning(message, 'DeprecationWarning', code, deprecated);
    }
  };
}

// Wraps `fn` so the first call emits a DeprecationWarning (unless --no-deprecation).
// The wrapper keeps working as a constructor and shares fn's prototype. (`useEmitSync` is
// accepted for Node's signature; lode always emits through process.emitWarning.)
// eslint-disable-next-line no-unused-vars
function deprecate(fn, message, code, useEmitSync) {
  if (code !== undefined) lazyValidators().validateString(code, 'code');
  let warn;
  function deprecated(...args) {
    if (!process.noDeprecation) warn();
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  warn = deprecationWarner(message, code, deprecated);
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

const experimentalWarned = new Set();
function emitExperimentalWarning(feature) {
  if (experimentalWarned.has(feature)) return;
  experimentalWarned.add(feature);
  process.emitWarning(`${feature} is an experimental feature and might change at any time`,
                      'ExperimentalWarning');
}

// ---------------------------------------------------------------------------------------------
// Promises and callbacks

// Copies every own property (name and length included) of `source` onto `target`.
// Descriptors get a null prototype so a polluted Object.prototype cannot add `get`/`set`.
function copyOwnProperties(target, descriptors) {
  for (const descriptor of Object.values(descriptors)) Object.setPrototypeOf(descriptor, null);
  return Object.defineProperties(target, descriptors);
}

function promisify(original) {
  lazyValidators().validateFunction(original, 'original');
  const custom = original[customPromisifySymbol];
  if (custom) {
    lazyValidators().validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, customPromisifySymbol, {
      value: custom, enumerable: false, writable: false, configurable: true,
    });
  }

  const valueNames = original[customPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((error, ...values) => {
        if (error) return reject(error);
        if (valueNames !== undefined && values.length > 1) {
          const named = {};
          for (let index = 0; index < valueNames.length; index++) {
            named[valueNames[index]] = values[index];
          }
          resolve(named);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, customPromisifySymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyOwnProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = customPromisifySymbol;

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((resolvePromise, rejectPromise) => {
    resolve = resolvePromise;
    reject = rejectPromise;
  });
  return { promise, resolve, reject };
}

// Calls `callback` at most once; later calls return undefined (or the first result).
function once(callback, { preserveReturnValue = false } = kEmptyObject) {
  let called = false;
  let returnValue;
  return function(...args) {
    if (called) return returnValue;
    called = true;
    const result = Reflect.apply(callback, this, args);
    returnValue = preserveReturnValue ? result : undefined;
    return result;
  };
}

// Remembers the first result of `fn`.
function cachedResult(fn) {
  let result;
  return () => {
    if (result === undefined) result = fn();
    return result;
  };
}

// ---------------------------------------------------------------------------------------------
// Strings and small data helpers

const encodingNames = {
  'utf8': 'utf8', 'utf-8': 'utf8', '': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'base64': 'base64', 'base64url': 'base64url', 'hex': 'hex', 'ascii': 'ascii',
};

// The canonical name of a Buffer encoding ('UTF-8' -> 'utf8'), or undefined if unknown.
function normalizeEncoding(encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return 'utf8';
  if (typeof encoding !== 'string') encoding = `${encoding}`;
  return Object.prototype.hasOwnProperty.call(encodingNames, encoding.toLowerCase()) ?
    encodingNames[encoding.toLowerCase()] : undefined;
}

// Replaces lone surrogates with U+FFFD so the string is valid UTF-16 / Unicode scalar values.
function toUSVString(input) {
  const text = `${input}`;
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
                      '\ufffd');
}

const sgrSequence = /\u001b\[\d\d?m/g;
function removeColors(text) {
  return String(text).replace(sgrSequence, '');
}

function join(output, separator) {
  return output.join(separator);
}

// Removes list[index] in place; faster than splice for the hot paths that use it.
function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

function filterDuplicateStrings(items, lowerCase) {
  const seen = new Set();
  const result = [];
  for (const item of items) {
    const key = lowerCase ? item.toLowerCase() : item;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(item);
  }
  return result;
}

function getConstructorOf(object) {
  while (object) {
    const descriptor = Object.getOwnPropertyDescriptor(object, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '') {
      return descriptor.value;
    }
    object = Object.getPrototypeOf(object);
  }
  return null;
}

// Sets an own data property even when a setter or read-only property sits on the prototype.
function setOwnProperty(object, key, value) {
  return Object.defineProperty(object, key, {
    value, writable: true, enumerable: true, configurable: true,
  });
}

// ---------------------------------------------------------------------------------------------
// Lazy properties and global interfaces

// Defines `keys` on `target` as getters that load `id` on first access and then become
// ordinary data properties.
function defineLazyProperties(target, id, keys, enumerable = true) {
  let module;
  for (const key of keys) {
    let value;
    let loaded = false;
    Object.defineProperty(target, key, {
      enumerable,
      configurable: true,
      get() {
        if (!loaded) {
          module ??= require(id);
          value = module[key];
          loaded = true;
        }
        return value;
      },
      set(newValue) {
        value = newValue;
        loaded = true;
      },
    });
  }
}

// Installs a class on a global object the way WebIDL interfaces are: non-enumerable.
function exposeInterface(target, name, interfaceObject) {
  Object.defineProperty(target, name, {
    writable: true, enumerable: false, configurable: true, value: interfaceObject,
  });
}

function exposeNamespace(target, name, namespaceObject) {
  Object.defineProperty(target, name, {
    writable: true, enumerable: false, configurable: true, value: namespaceObject,
  });
}

function exposeLazyInterfaces(target, id, keys) {
  defineLazyProperties(target, id, keys, false);
}

// A method that works even when detached from its object, like a WebIDL operation.
function defineOperation(target, name, method) {
  Object.defineProperty(target, name, {
    writable: true, enumerable: true, configurable: true, value: method,
  });
}

// ---------------------------------------------------------------------------------------------
// System errors and signals

let errorMapCache;
function getSystemErrorMap() {
  errorMapCache ??= internalBinding('uv').getErrorMap();
  return errorMapCache;
}

function getSystemErrorName(errno) {
  lazyValidators().validateNumber(errno, 'err');
  if (errno >= 0 || !Number.isSafeInteger(errno)) {
    throw new (lazyErrors().codes.ERR_OUT_OF_RANGE)('err', 'a negative integer', errno);
  }
  return getSystemErrorMap().get(errno)?.[0] ?? `Unknown system error ${errno}`;
}

let signalNumbers;
// Turns 'SIGTERM' or 15 into the signal number, throwing Node's errors for unknown values.
function convertToValidSignal(signal) {
  signalNumbers ??= internalBinding('constants').os.signals;
  if (typeof signal === 'number' && Object.values(signalNumbers).includes(signal)) return signal;
  if (typeof signal === 'string') {
    const number = signalNumbers[signal.toUpperCase()];
    if (number) return number;
  }
  throw new (lazyErrors().codes.ERR_UNKNOWN_SIGNAL)(signal);
}

// ---------------------------------------------------------------------------------------------
// Terminal colors

// Whether text written to `stream` should carry ANSI colors: FORCE_COLOR decides when set,
// otherwise only terminals with more than two colors get them.
function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return ['', '1', 'true', '2', '3'].includes(force);
  if (!stream?.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

// The length of a string or a TypedArray chunk. V8 10.2's optimizing compiler turns
// `view.length` on a TypedArray whose map is only known from feedback into a generic property
// load that calls the getter (about 4x the cost of calling the getter itself), so the byte
// paths of streams, net and Buffer ask for it this way.
const typedArrayLengthGetter =
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'length').get;
function typedArrayLength(view) {
  return typedArrayLengthGetter.call(view);
}
function chunkLength(chunk) {
  return typeof chunk === 'string' ? chunk.length : typedArrayLengthGetter.call(chunk);
}

// sleep(msec): blocks this thread for msec milliseconds (node's internals and tests use it
// to let time pass without the loop).
function sleep(msec) {
  lazyValidators().validateUint32(msec, 'msec');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, msec);
}

module.exports = {
  sleep,
  kCloneData,
  chunkLength,
  typedArrayLength,
  cachedResult,
  convertToValidSignal,
  createDeferredPromise,
  customInspectSymbol,
  customPromisifyArgs,
  defineLazyProperties,
  defineOperation,
  deprecate,
  emitExperimentalWarning,
  exposeInterface,
  exposeLazyInterfaces,
  exposeNamespace,
  filterDuplicateStrings,
  getConstructorOf,
  getSystemErrorMap,
  getSystemErrorName,
  isError,
  isMacOS,
  isWindows,
  join,
  kEmptyObject,
  kEnumerableProperty,
  kIsEncodingSymbol,
  normalizeEncoding,
  once,
  promisify,
  removeColors,
  setOwnProperty,
  shouldColorize,
  spliceOne,
  toUSVString,
};
