'use strict';
// The methods of `process` that talk to the OS: each validates in JS and calls the
// 'process_methods' binding, reading numeric results from typed arrays it reuses.

const binding = internalBinding('process_methods');
const {
  codes: { ERR_ASSERTION, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL },
  ErrnoException,
  UVException,
  uvErrmapGet,
} = require('internal/errors');
const { validateObject, validateString, validateInteger } = require('internal/validators');

const hrtimeFields = new Uint32Array(3);
const memoryFields = new Float64Array(5);
const usageFields = new Float64Array(16);

function hrtime(previous) {
  binding.hrtime(hrtimeFields);
  const seconds = hrtimeFields[0] * 0x100000000 + hrtimeFields[1];
  const nanoseconds = hrtimeFields[2];
  if (previous !== undefined) {
    if (!Array.isArray(previous)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', previous);
    if (previous.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, previous.length);
    let secondsDiff = seconds - previous[0];
    let nanoDiff = nanoseconds - previous[1];
    if (nanoDiff < 0) {
      secondsDiff--;
      nanoDiff += 1e9;
    }
    return [secondsDiff, nanoDiff];
  }
  return [seconds, nanoseconds];
}
hrtime.bigint = function hrtimeBigInt() { return binding.hrtimeBigInt(); };

function memoryUsage() {
  binding.memoryUsage(memoryFields);
  return {
    rss: memoryFields[0],
    heapTotal: memoryFields[1],
    heapUsed: memoryFields[2],
    external: memoryFields[3],
    arrayBuffers: memoryFields[4],
  };
}
memoryUsage.rss = function rss() { return binding.rss(); };

function readUsage() {
  const err = binding.resourceUsage(usageFields);
  if (err !== 0) throw new ErrnoException(err, 'uv_getrusage');
}

// Each field of a previous reading must be a number in [0, Number.MAX_SAFE_INTEGER].
function validateCpuField(previous, field) {
  const value = previous[field];
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(`prevValue.${field}`, 'number', value);
  if (!(value >= 0 && value <= Number.MAX_SAFE_INTEGER)) {
    throw new ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${field}`, value);
  }
}

function cpuUsage(previous) {
  // Any falsy argument means "no previous reading", as in node.
  if (previous) {
    validateObject(previous, 'prevValue');
    validateCpuField(previous, 'user');
    validateCpuField(previous, 'system');
  }
  readUsage();
  const user = usageFields[0];
  const system = usageFields[1];
  if (previous) return { user: user - previous.user, system: system - previous.system };
  return { user, system };
}

function resourceUsage() {
  readUsage();
  const f = usageFields;
  return {
    userCPUTime: f[0], systemCPUTime: f[1], maxRSS: f[2], sharedMemorySize: f[3],
    unsharedDataSize: f[4], unsharedStackSize: f[5], minorPageFault: f[6], majorPageFault: f[7],
    swappedOut: f[8], fsRead: f[9], fsWrite: f[10], ipcSent: f[11], ipcReceived: f[12],
    signalsCount: f[13], voluntaryContextSwitches: f[14], involuntaryContextSwitches: f[15],
  };
}

function cwd() {
  const result = binding.cwd();
  if (typeof result === 'number') throw new UVException({ errno: result, syscall: 'uv_cwd' });
  return result;
}

function chdir(directory) {
  validateString(directory, 'directory');
  const err = binding.chdir(directory);
  if (err !== 0) throw chdirError(err, directory);
}

// node reports the directory it was in as `path` and the target as `dest` (even an empty
// one), and, like the C call, sees the target only up to a NUL byte.
function chdirError(errno, directory) {
  const [code, description] = uvErrmapGet(errno) ?? ['UNKNOWN', 'unknown error'];
  const from = binding.cwd();
  const dest = directory.split('\0', 1)[0];
  const error = new Error(`${code}: ${description}, chdir '${from}' -> '${dest}'`);
  Object.assign(error, { errno, code, syscall: 'chdir', path: from, dest });
  Error.captureStackTrace(error, chdir);
  return error;
}

function umask(mask) {
  if (mask === undefined) return binding.umask();
  if (mask === null) mask = undefined;  // node reports a null mask as undefined
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      throw new ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
    }
    mask = Number.parseInt(mask, 8);
  }
  validateInteger(mask, 'mask', 0, 0xFFFFFFFF);
  // `>>> 0`: -0 passes the check but is no Uint32 to V8 (the binding would only read).
  return binding.umask(mask >>> 0);
}

function kill(pid, signal) {
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);  // eslint-disable-line eqeqeq
  let signalNumber;
  if (signal === (signal | 0)) {
    signalNumber = signal;  // an int32, 0 included: passed through for the OS to judge
  } else {
    // Anything else (null and undefined mean SIGTERM) must name a signal.
    const name = signal || 'SIGTERM';
    const { signals } = internalBinding('constants').os;
    signalNumber = Object.prototype.hasOwnProperty.call(signals, name) ? signals[name] : undefined;
    if (!signalNumber) throw new ERR_UNKNOWN_SIGNAL(name);
  }
  // Through process._kill, as node's: the raw call that tests and tools replace.
  const err = process._kill(pid, signalNumber);
  if (err) throw new ErrnoException(err, 'kill');
  return true;
}

// process.exitCode: undefined, null, or a safe integer. A non-empty string is judged by the
// number it converts to (so ' 1 ' and '0x10' pass and '1.5' is out of range), except that a
// string converting to NaN is reported as a wrong type, as node does.
function validateExitCode(code) {
  if (code === undefined || code === null) return;
  if (typeof code === 'string' && code !== '' && !Number.isNaN(+code)) {
    validateInteger(+code, 'code');
    return;
  }
  validateInteger(code, 'code');
}

function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    require('internal/process/pre_exit').runPreExitHooks();
    process.emit('exit', process.exitCode || 0);
  }
  binding.reallyExit(process.exitCode || 0);
}

// process.assert() (DEP0100): a bare check throwing ERR_ASSERTION, kept for old code.
function processAssert(value, message) {
  if (!value) throw new ERR_ASSERTION(message || 'assertion error');
}

// process._rawDebug(...args): formatted like console.error but written synchronously to fd 2,
// bypassing process.stderr and the tick queue, so it works when everything else is broken.
function _rawDebug(...args) {
  binding.rawDebug(require('internal/util/inspect').format(...args));
}

function abort() {
  binding.kill(process.pid, 6);
}

// process.env: reads and writes go straight to the C environment; values become strings.
// Names that are not set fall through to an Object.prototype-derived prototype, so
// `process.env.hasOwnProperty(...)` and `${process.env}` keep working as in node.
function envDefineError(message) {
  // node throws this one from C++: a plain TypeError carrying a code.
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_OBJECT_DEFINE_PROPERTY';
  return err;
}

// DEP0104, only under --pending-deprecation (or NODE_PENDING_DEPRECATION=1), once.
let envNonStringWarned = false;
function warnEnvNonString() {
  if (envNonStringWarned) return;
  if (process._lodeOptions?.['--pending-deprecation'] !== 'true' &&
      binding.getEnv('NODE_PENDING_DEPRECATION') !== '1') return;
  envNonStringWarned = true;
  process.emitWarning('Assigning any value other than a string, number, or boolean to a process.env ' +
                      'property is deprecated. Please make sure to convert the value to a string ' +
                      'before setting process.env with it.', 'DeprecationWarning', 'DEP0104');
}

// process.env over `store` ({ get(name), set(name, value), delete(name), keys() }, all with
// string names and values): an object whose named properties C++ intercepts, as node's is, so
// that structuredClone(), postMessage() and inspect() see the variables as own properties.
// Names that are not variables fall through to an Object.prototype-derived prototype, so
// `process.env.hasOwnProperty(...)` and `${process.env}` keep working as in node.
function envObjectFrom(store, onSet) {
  const envPrototype = Object.create(Object.prototype, {
    constructor: { value: function() {}, writable: true, configurable: true, enumerable: false },
  });
  Object.defineProperty(envPrototype.constructor, 'name', { value: '' });
  envPrototype.constructor.prototype = envPrototype;
  // What structuredClone() and postMessage() copy: the variables, as a plain object.
  const { kCloneData } = require('internal/util');
  Object.defineProperty(envPrototype, kCloneData, {
    __proto__: null,
    value() {
      const variables = {};
      for (const name of store.keys()) variables[name] = store.get(name);
      return { type: 'Env', variables };
    },
  });
  const handlers = {
    __proto__: null,
    get(name) {
      return typeof name === 'string' ? store.get(name) : undefined;
    },
    set(name, value) {
      onSet?.(value);
      store.set(`${name}`, `${value}`);  // a Symbol name throws, as in node
    },
    has(name) {
      return typeof name === 'string' && store.get(name) !== undefined;
    },
    deleteProperty(name) {
      if (typeof name === 'string') store.delete(name);
    },
    ownKeys() {
      return store.keys();
    },
    defineProperty(name, descriptor) {
      if ('get' in descriptor || 'set' in descriptor) {
        throw envDefineError("'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      if (!('value' in descriptor) || !descriptor.configurable || !descriptor.writable ||
          !descriptor.enumerable) {
        throw envDefineError(
          "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      store.set(`${name}`, `${descriptor.value}`);
    },
  };
  return binding.createEnvObject(handlers, envPrototype);
}

// The real environment: reads and writes go straight to the C environment.
function createEnvObject() {
  return envObjectFrom({
    get: (name) => binding.getEnv(name),
    set: (name, value) => binding.setEnv(name, value),
    delete: (name) => binding.unsetEnv(name),
    keys: () => binding.envKeys(),
  }, (value) => {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      warnEnvNonString();
    }
  });
}

module.exports = {
  hrtime,
  memoryUsage,
  cpuUsage,
  resourceUsage,
  cwd,
  chdir,
  umask,
  kill,
  exit,
  abort,
  assert: require('internal/util').deprecate(
    processAssert, 'process.assert() is deprecated. Please use the `assert` module instead.', 'DEP0100'),
  _rawDebug,
  constrainedMemory: () => binding.constrainedMemory(),
  validateExitCode,
  createEnvObject,
  envObjectFrom,
  uptime: () => binding.uptime(),
};
