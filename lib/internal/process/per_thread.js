'use strict';
// The methods of `process` that talk to the OS: each validates in JS and calls the
// 'process_methods' binding, reading numeric results from typed arrays it reuses.

const binding = internalBinding('process_methods');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL },
  ErrnoException,
  UVException,
} = require('internal/errors');
const { validateNumber, validateObject, validateString, validateInteger } = require('internal/validators');

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
hrtime.bigint = () => binding.hrtimeBigInt();

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
memoryUsage.rss = () => binding.rss();

function readUsage() {
  const err = binding.resourceUsage(usageFields);
  if (err !== 0) throw new ErrnoException(err, 'uv_getrusage');
}

function cpuUsage(previous) {
  if (previous !== undefined) {
    validateObject(previous, 'prevValue');
    if (typeof previous.user !== 'number' || previous.user < 0 || !Number.isFinite(previous.user)) {
      if (typeof previous.user !== 'number') throw new ERR_INVALID_ARG_TYPE('prevValue.user', 'number', previous.user);
      throw new ERR_OUT_OF_RANGE('prevValue.user', '>= 0 && <= 2^53', previous.user);
    }
    if (typeof previous.system !== 'number' || previous.system < 0 || !Number.isFinite(previous.system)) {
      if (typeof previous.system !== 'number') throw new ERR_INVALID_ARG_TYPE('prevValue.system', 'number', previous.system);
      throw new ERR_OUT_OF_RANGE('prevValue.system', '>= 0 && <= 2^53', previous.system);
    }
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
  if (err !== 0) {
    throw new UVException({ errno: err, syscall: 'chdir', path: directory, dest: undefined,
                            message: undefined, stackStart: chdir });
  }
}

function umask(mask) {
  if (mask === undefined) return binding.umask();
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
    }
    mask = Number.parseInt(mask, 8);
  }
  validateInteger(mask, 'mask', 0, 0xFFFFFFFF);
  return binding.umask(mask);
}

function kill(pid, signal) {
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);  // eslint-disable-line eqeqeq
  let signalNumber;
  if (signal === undefined) {
    signalNumber = 15;
  } else if (typeof signal === 'number') {
    signalNumber = signal | 0;
  } else {
    const { signals } = internalBinding('constants').os;
    signalNumber = signals[signal];
    if (signalNumber === undefined) throw new ERR_UNKNOWN_SIGNAL(signal);
  }
  const err = binding.kill(pid, signalNumber);
  if (err) throw new ErrnoException(err, 'kill');
  return true;
}

// process.exitCode: undefined, or an integer (node also takes integer strings).
function validateExitCode(code) {
  if (code === undefined || code === null) return;
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) return;
  validateInteger(code, 'code');
}

function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  binding.reallyExit(process.exitCode || 0);
}

function abort() {
  binding.kill(process.pid, 6);
}

// process.env: reads and writes go straight to the C environment; values become strings.
function createEnvObject() {
  const target = Object.create(null);
  return new Proxy(target, {
    get(_, key) {
      if (typeof key !== 'string') return undefined;
      return binding.getEnv(key);
    },
    set(_, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      binding.setEnv(key, `${value}`);
      return true;
    },
    has(_, key) {
      return typeof key === 'string' && binding.getEnv(key) !== undefined;
    },
    deleteProperty(_, key) {
      if (typeof key === 'string') binding.unsetEnv(key);
      return true;
    },
    ownKeys() {
      return binding.envKeys();
    },
    getOwnPropertyDescriptor(_, key) {
      if (typeof key !== 'string') return undefined;
      const value = binding.getEnv(key);
      if (value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(_, key, descriptor) {
      const { codes: { ERR_INVALID_OBJECT_DEFINE_PROPERTY } } = require('internal/errors');
      if (!descriptor.configurable || !descriptor.writable || !descriptor.enumerable || 'get' in descriptor || 'set' in descriptor) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(key,
          "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      binding.setEnv(String(key), `${descriptor.value}`);
      return true;
    },
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
  validateExitCode,
  createEnvObject,
  uptime: () => binding.uptime(),
};
