'use strict';
// child_process. The synchronous family (spawnSync, execFileSync, execSync) runs the child on
// a private uv loop in C++ (src/spawn_sync.cc); the asynchronous family (spawn, execFile,
// exec, fork) runs it on the main loop through a ChildProcess (internal/child_process).

const { spawn: spawnSyncBinding } = internalBinding('spawn_sync');
const {
  normalizeSpawnArguments,
  normalizeStdio,
  sanitizeKillSignal,
  signalName,
  validateTimeout,
  validateMaxBuffer,
} = require('internal/child_process/normalize');
const { uvErrmapGet } = require('internal/errors');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');

const { ChildProcess } = require('internal/child_process');
const { spawn, execFile, exec, fork } = require('internal/child_process/spawn');

const kDefaultMaxBuffer = 1024 * 1024;
const kSigterm = 15;

function toBufferLike(bytes) {
  const BufferClass = globalThis.Buffer;
  if (bytes === null || typeof bytes === 'string' || BufferClass === undefined) return bytes;
  return BufferClass.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function spawnError(errno, syscall, file, spawnargs) {
  const [code] = uvErrmapGet(errno) || ['UNKNOWN'];
  const err = new Error(`${syscall} ${code}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  err.path = file;
  err.spawnargs = spawnargs;
  return err;
}

// Data for the child's stdin (options.input) or any slot's, as node takes it: bytes, or a
// string in options.encoding.
function checkedInput(input, index, encoding) {
  if (ArrayBuffer.isView(input)) return input;
  if (typeof input === 'string') return require('buffer').Buffer.from(input, encoding);
  throw new ERR_INVALID_ARG_TYPE(`options.stdio[${index}]`, ['Buffer', 'TypedArray', 'DataView', 'string'],
                                 input);
}

function spawnSync(file, args, options) {
  const normalized = normalizeSpawnArguments(file, args, options);
  options = { maxBuffer: kDefaultMaxBuffer, ...normalized.options };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const killSignal = sanitizeKillSignal(options.killSignal);
  const stdio = normalizeStdio(options.stdio || 'pipe');
  // A falsy input (null, 0, '') is no input, as in node.
  if (options.input) stdio[0] = { ...stdio[0], input: options.input };
  for (let i = 0; i < stdio.length; i++) {
    if (stdio[i].input != null) stdio[i].input = checkedInput(stdio[i].input, i, options.encoding);
  }
  const { encoding } = options;
  const result = spawnSyncBinding({
    file: normalized.file,
    // Every argument as a string (a Symbol throws here, as in node's binding).
    args: normalized.args.map((arg) => (typeof arg === 'string' ? arg : `${arg}`)),
    cwd: options.cwd,
    envPairs: options.envPairs,
    stdio,
    timeout: options.timeout,
    maxBuffer: options.maxBuffer ?? kDefaultMaxBuffer,
    killSignal: killSignal ?? kSigterm,
    detached: options.detached,
    // `| 0`: -0 passes node's int32 test but is no Int32 to V8.
    uid: options.uid == null ? undefined : options.uid | 0,
    gid: options.gid == null ? undefined : options.gid | 0,
    encoding: encoding === 'utf8' || encoding === 'utf-8' ? 'utf8' : undefined,
  });
  if (typeof result.signal === 'number') result.signal = signalName(result.signal);
  if (result.output) {
    result.output = result.output.map(toBufferLike);
    // Other encodings than utf8 are applied here, as node does (an unknown one throws).
    if (encoding && encoding !== 'buffer') {
      result.output = result.output.map((bytes) => {
        return bytes && typeof bytes !== 'string' ? bytes.toString(encoding) : bytes;
      });
    }
    result.stdout = result.output[1] ?? null;
    result.stderr = result.output[2] ?? null;
  } else {
    result.stdout = result.stderr = null;
  }
  if (result.error !== undefined) {
    result.error = spawnError(result.error, `spawnSync ${normalized.file}`, normalized.file,
                              normalized.args.slice(1));
  }
  return result;
}

function checkExecSyncError(result, args, command) {
  let err;
  if (result.error) {
    err = result.error;
    Object.assign(err, result);
  } else if (result.status !== 0) {
    let message = 'Command failed: ';
    message += command || args.join(' ');
    if (result.stderr && result.stderr.length > 0) message += `\n${result.stderr.toString()}`;
    err = new Error(message);
    Object.assign(err, result);
  }
  if (err) delete err.error;
  return err;
}

// execFileSync(file[, args][, options]): args may be left out, and a function where node's
// asynchronous form takes its callback is let through (and checked), as node does.
function execFileSync(file, args, options) {
  let callback;
  if (Array.isArray(args)) {
    args = [...args];
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  args ??= [];
  if (typeof options === 'function') callback = options;
  else if (options != null) validateObject(options, 'options');
  options ??= {};
  if (callback != null) validateFunction(callback, 'callback');
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');

  const inheritStderr = !options.stdio;
  const result = spawnSync(file, args, options);
  if (inheritStderr && result.stderr && result.stderr.length > 0) process.stderr.write(result.stderr);
  const err = checkExecSyncError(result, [options.argv0 || file, ...args], undefined);
  if (err) throw err;
  return result.stdout;
}

function execSync(command, options) {
  validateString(command, 'command');
  if (command.includes('\0')) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('command', command, 'must be a string without null bytes');
  }
  if (typeof options === 'function') options = undefined;
  options = { ...options };
  // A string shell is kept even when empty (then the command runs without one), as in node.
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  const inheritStderr = !options.stdio;
  const result = spawnSync(command, options);
  if (inheritStderr && result.stderr && result.stderr.length > 0) process.stderr.write(result.stderr);
  const err = checkExecSyncError(result, undefined, command);
  if (err) throw err;
  return result.stdout;
}

module.exports = { ChildProcess, fork, spawn, execFile, exec, spawnSync, execFileSync, execSync };
