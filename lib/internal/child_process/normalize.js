'use strict';
// Option handling shared by every child_process function: file/args/options normalization,
// shell commands, environment pairs, and stdio specifications.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  validateArray,
  validateObject,
  validateString,
  validateBoolean,
  validateInt32,
  validateOneOf,
} = require('internal/validators');

function signalNumber(signal) {
  if (signal === undefined || signal === null) return 15;
  if (typeof signal === 'number') return signal;
  const { signals } = internalBinding('constants').os;
  const number = signals[signal];
  if (number === undefined) {
    const { codes: { ERR_UNKNOWN_SIGNAL } } = require('internal/errors');
    throw new ERR_UNKNOWN_SIGNAL(signal);
  }
  return number;
}

function signalName(number) {
  const { signals } = internalBinding('constants').os;
  for (const name of Object.keys(signals)) if (signals[name] === number) return name;
  return null;
}

// (file, args?, options?) -> { file, args (argv incl. argv0), options } with node's checks.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (file.includes('\0')) {
    throw new ERR_INVALID_ARG_VALUE('file', file, 'must be a string without null bytes');
  }
  if (Array.isArray(args)) {
    args = [...args];
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string') args[i] = String(args[i]);
    if (args[i].includes('\0')) {
      throw new ERR_INVALID_ARG_VALUE(`args[${i}]`, args[i], 'must be a string without null bytes');
    }
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');

  let cwd = options.cwd;
  if (cwd != null) {
    if (typeof cwd === 'object' && typeof cwd.href === 'string') cwd = decodeURIComponent(new URL(cwd.href).pathname);
    validateString(cwd, 'options.cwd');
  }
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null) validateInt32(options.uid, 'options.uid');
  if (options.gid != null) validateInt32(options.gid, 'options.gid');
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');

  if (options.shell) {
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  const argv0 = typeof options.argv0 === 'string' ? options.argv0 : file;
  const env = options.env || process.env;
  const envPairs = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value === undefined) continue;
    if (String(key).includes('\0') || String(value).includes('\0')) {
      throw new ERR_INVALID_ARG_VALUE('options.env', env, 'must be a string without null bytes');
    }
    envPairs.push(`${key}=${value}`);
  }
  return { file, args: [argv0, ...args], options: { ...options, cwd, envPairs } };
}

// stdio as given ('pipe', 'inherit', 'ignore', or an array of those / fds / null) -> the list
// of slot descriptions the binding takes; `input` feeds slot 0.
function normalizeStdio(stdio, input) {
  if (stdio === undefined || stdio === null) stdio = 'pipe';
  if (typeof stdio === 'string') {
    validateOneOf(stdio, 'stdio', ['pipe', 'inherit', 'ignore', 'overlapped']);
    stdio = [stdio, stdio, stdio];
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  const slots = [];
  for (let i = 0; i < Math.max(3, stdio.length); i++) {
    let spec = stdio[i];
    if (spec === null || spec === undefined) spec = i < 3 ? 'pipe' : 'ignore';
    if (spec === 'pipe' || spec === 'overlapped') {
      slots.push({ type: 'pipe', readable: i === 0, writable: i !== 0, input: i === 0 ? input : undefined });
    } else if (spec === 'ignore') {
      slots.push({ type: 'ignore' });
    } else if (spec === 'inherit') {
      slots.push({ type: 'inherit', fd: i });
    } else if (typeof spec === 'number') {
      slots.push({ type: 'fd', fd: spec });
    } else if (typeof spec === 'object' && typeof spec.fd === 'number') {
      slots.push({ type: 'fd', fd: spec.fd });
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', spec);
    }
  }
  return slots;
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

module.exports = {
  normalizeSpawnArguments,
  normalizeStdio,
  signalNumber,
  signalName,
  validateTimeout,
  validateMaxBuffer,
  validateArray,
};
