'use strict';
// The public `util` module.

const {
  format,
  formatWithOptions,
  inspect,
  stripVTControlCharacters,
} = require('internal/util/inspect');
const { debuglog } = require('internal/util/debuglog');
const {
  deprecate,
  getSystemErrorMap,
  getSystemErrorName,
  promisify,
  shouldColorize,
  toUSVString,
} = require('internal/util');
const types = require('internal/util/types');
const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
  },
  ErrnoException,
  ExceptionWithHostPort,
} = require('internal/errors');
const {
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateObject,
  validateOneOf,
  validateString,
} = require('internal/validators');

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// A promise rejected with a falsy value becomes an error, so the callback can tell
// "rejected with null" from "no error".
function callbackifyOnRejected(reason, callback) {
  if (!reason) {
    const error = new ERR_FALSY_VALUE_REJECTION(reason);
    Error.captureStackTrace(error, callbackifyOnRejected);
    reason = error;
  }
  return callback(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  // The promise is not returned: the callback's own errors must not look like rejections.
  function callbackified(...args) {
    const maybeCallback = args.pop();
    validateFunction(maybeCallback, 'last argument');
    const callback = maybeCallback.bind(this);
    Reflect.apply(original, this, args).then(
      (value) => process.nextTick(callback, null, value),
      (reason) => process.nextTick(callbackifyOnRejected, reason, callback));
  }

  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const descriptor of Object.values(descriptors)) Object.setPrototypeOf(descriptor, null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

let comparisons;
function isDeepStrictEqual(a, b) {
  comparisons ??= require('internal/util/comparisons');
  return comparisons.isDeepStrictEqual(a, b);
}

function isBuffer(value) {
  return require('buffer').Buffer.isBuffer(value);
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const twoDigits = (number) => `${number}`.padStart(2, '0');

// '26 Feb 16:19:34'
function timestamp() {
  const now = new Date();
  const time = `${twoDigits(now.getHours())}:${twoDigits(now.getMinutes())}:` +
    twoDigits(now.getSeconds());
  return `${now.getDate()} ${months[now.getMonth()]} ${time}`;
}

function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  for (let index = keys.length - 1; index >= 0; index--) target[keys[index]] = source[keys[index]];
  return target;
}

function isStreamLike(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  if (stream._readableState || stream._writableState) return true;
  if (typeof stream.on === 'function' &&
      (typeof stream.write === 'function' || typeof stream.pipe === 'function')) {
    return true;
  }
  // WHATWG streams.
  return typeof stream.getReader === 'function' || typeof stream.getWriter === 'function';
}

const escapeStyleCode = (code) => `\u001b[${code}m`;

function codesForStyle(style) {
  const codes = inspect.colors[style];
  if (codes == null) validateOneOf(style, 'format', Object.keys(inspect.colors));
  return codes;
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && !isStreamLike(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  if (Array.isArray(format)) {
    // Node 20 applies a list of styles without asking the stream about colors.
    let opening = '';
    let closing = '';
    for (const style of format) {
      const codes = codesForStyle(style);
      opening += escapeStyleCode(codes[0]);
      closing = escapeStyleCode(codes[1]) + closing;
    }
    return `${opening}${text}${closing}`;
  }
  const codes = codesForStyle(format);
  if (validateStream && !shouldColorize(stream)) return text;
  return `${escapeStyleCode(codes[0])}${text}${escapeStyleCode(codes[1])}`;
}

// Resolves with the abort event once `signal` aborts (at once, with undefined, if it
// already has). (Node also stops waiting when `resource` is garbage
// collected; lode keeps waiting.)
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowArray | kValidateObjectAllowFunction);
  if (signal.aborted) return;
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, { once: true });
  });
}

// The deprecated public check also takes objects that only say they are errors.
function isError(value) {
  return Object.prototype.toString.call(value) === '[object Error]' || value instanceof Error;
}

// The public forms check the errno as getSystemErrorName does, since users can reach them.
function _errnoException(...args) {
  getSystemErrorName(args[0]);
  return ErrnoException(...args);
}

function _exceptionWithHostPort(...args) {
  getSystemErrorName(args[0]);
  return ExceptionWithHostPort(...args);
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean(arg) { return typeof arg === 'boolean'; },
  isBuffer,
  isDeepStrictEqual,
  isNull(arg) { return arg === null; },
  isNullOrUndefined(arg) { return arg === null || arg === undefined; },
  isNumber(arg) { return typeof arg === 'number'; },
  isString(arg) { return typeof arg === 'string'; },
  isSymbol(arg) { return typeof arg === 'symbol'; },
  isUndefined(arg) { return arg === undefined; },
  isRegExp: types.isRegExp,
  isObject(arg) { return arg !== null && typeof arg === 'object'; },
  isDate: types.isDate,
  isError,
  isFunction(arg) { return typeof arg === 'function'; },
  isPrimitive(arg) { return arg === null || (typeof arg !== 'object' && typeof arg !== 'function'); },
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  // Placeholders keep Node's key order; defineOptional() below fills them in.
  transferableAbortSignal: undefined,
  transferableAbortController: undefined,
  aborted,
  types,
  parseEnv: undefined,
  parseArgs: undefined,
  TextDecoder: undefined,
  TextEncoder: undefined,
  MIMEType: undefined,
  MIMEParams: undefined,
};

// Features that live in other modules load on first access; one lode has not built yet
// reads as undefined.
function defineOptional(name, load) {
  let value;
  let loaded = false;
  Object.defineProperty(module.exports, name, {
    enumerable: true,
    configurable: true,
    get() {
      if (!loaded) {
        loaded = true;
        value = load();
      }
      return value;
    },
    set(newValue) {
      loaded = true;
      value = newValue;
    },
  });
}

let builtinIds;
function fromBuiltin(id, name) {
  builtinIds ??= new Set(internalBinding('builtins').builtinIds);
  return builtinIds.has(id) ? require(id)[name] : undefined;
}

defineOptional('transferableAbortSignal',
               () => fromBuiltin('internal/abort_controller', 'transferableAbortSignal'));
defineOptional('transferableAbortController',
               () => fromBuiltin('internal/abort_controller', 'transferableAbortController'));
defineOptional('parseEnv', () => {
  const { parseEnv } = internalBinding('util');
  if (typeof parseEnv !== 'function') return undefined;
  return function parseEnv(content) {
    validateString(content, 'content');
    return parseEnv(content);
  };
});
defineOptional('parseArgs', () => require('internal/util/parse_args').parseArgs);
defineOptional('TextDecoder', () => globalThis.TextDecoder ?? fromBuiltin('internal/encoding', 'TextDecoder'));
defineOptional('TextEncoder', () => globalThis.TextEncoder ?? fromBuiltin('internal/encoding', 'TextEncoder'));
defineOptional('MIMEType', () => fromBuiltin('internal/mime', 'MIMEType'));
defineOptional('MIMEParams', () => fromBuiltin('internal/mime', 'MIMEParams'));
