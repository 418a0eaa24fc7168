'use strict';
// Option handling shared by every child_process function: file/args/options normalization,
// shell commands, environment pairs, and stdio specifications.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_IPC_SYNC_FORK, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  validateArray,
  validateObject,
  validateString,
  validateBoolean,
} = require('internal/validators');
const { convertToValidSignal } = require('internal/util');
const { getValidatedPath } = require('internal/fs/utils');

// A kill signal as a number (undefined when none is given), checked as node checks it.
function sanitizeKillSignal(signal) {
  if (typeof signal === 'string' || typeof signal === 'number') return convertToValidSignal(signal);
  if (signal != null) throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], signal);
  return undefined;
}

function signalName(number) {
  const { signals } = internalBinding('constants').os;
  for (const name of Object.keys(signals)) if (signals[name] === number) return name;
  return null;
}

function checkNoNullBytes(value, name) {
  if (typeof value === 'string' && value.includes('\0')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
}

// node's int32 test for uid and gid: anything else (a BigInt or Symbol fails on `|`) is refused.
function checkInt32Option(value, name) {
  if (value != null && value !== (value | 0)) throw new ERR_INVALID_ARG_TYPE(name, 'int32', value);
}

// (file, args?, options?) -> { file, args (argv incl. argv0), options } with node's checks, in
// node's order. The options are an own-property copy, so a getter is read once.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  checkNoNullBytes(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
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
  for (let i = 0; i < args.length; i++) checkNoNullBytes(args[i], `args[${i}]`);
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { ...options };

  let cwd = options.cwd;
  if (cwd != null) {
    cwd = getValidatedPath(cwd, 'options.cwd');
    if (typeof cwd !== 'string') {
      cwd = require('buffer').Buffer.from(cwd.buffer, cwd.byteOffset, cwd.byteLength).toString();
    }
  }
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  checkInt32Option(options.uid, 'options.uid');
  checkInt32Option(options.gid, 'options.gid');
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    checkNoNullBytes(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }

  if (options.shell) {
    checkNoNullBytes(options.shell, 'options.shell');
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  const argv0 = typeof options.argv0 === 'string' ? options.argv0 : file;
  const env = options.env || process.env;
  const envPairs = [];
  // Inherited keys count too, as in node.
  for (const key in env) {
    const value = env[key];
    if (value === undefined) continue;
    checkNoNullBytes(key, `options.env['${key}']`);
    checkNoNullBytes(value, `options.env['${key}']`);
    envPairs.push(`${key}=${value}`);
  }
  return { file, args: [argv0, ...args], options: { ...options, cwd, envPairs } };
}

// stdio as given ('pipe', 'inherit', 'ignore', or an array of those / fds / null) -> the list
// of slot descriptions the binding takes, as node's synchronous spawn reads it: a negative
// number is a pipe, and a string or bytes in the list is passed over.
function normalizeStdio(stdio) {
  if (typeof stdio === 'string') {
    if (!['pipe', 'inherit', 'ignore', 'overlapped'].includes(stdio)) {
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
    stdio = [stdio, stdio, stdio];
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  const slots = [];
  for (let i = 0; i < Math.max(3, stdio.length); i++) {
    let spec = stdio[i];
    if (spec === null || spec === undefined) spec = i < 3 ? 'pipe' : 'ignore';
    if (spec === 'ignore') {
      slots.push({ type: 'ignore' });
    } else if (spec === 'pipe' || spec === 'overlapped' || (typeof spec === 'number' && spec < 0)) {
      slots.push({ type: 'pipe', readable: i === 0, writable: i !== 0 });
    } else if (spec === 'ipc') {
      throw new ERR_IPC_SYNC_FORK();
    } else if (spec === 'inherit') {
      slots.push({ type: 'inherit', fd: i });
    } else if (typeof spec === 'number' || typeof spec.fd === 'number') {
      slots.push({ type: 'fd', fd: typeof spec === 'number' ? spec : spec.fd });
    } else if (!ArrayBuffer.isView(spec) && typeof spec !== 'string') {
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
  sanitizeKillSignal,
  signalName,
  validateTimeout,
  validateMaxBuffer,
  validateArray,
};
