'use strict';
// child_process. The synchronous family (spawnSync, execFileSync, execSync) runs the child on
// a private uv loop in C++ (src/spawn_sync.cc); the asynchronous family arrives with the
// processes issue.

const { spawn: spawnSyncBinding } = internalBinding('spawn_sync');
const {
  normalizeSpawnArguments,
  normalizeStdio,
  signalNumber,
  signalName,
  validateTimeout,
  validateMaxBuffer,
} = require('internal/child_process/normalize');
const { uvErrmapGet } = require('internal/errors');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const kDefaultMaxBuffer = 1024 * 1024;

function toBufferLike(bytes) {
  const BufferClass = globalThis.Buffer;
  if (bytes === null || typeof bytes === 'string' || BufferClass === undefined) return bytes;
  return BufferClass.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function spawnError(errno, syscall, file, spawnargs) {
  const [code, message] = uvErrmapGet(errno) || ['UNKNOWN', 'unknown error'];
  const err = new Error(`${syscall} ${code}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  err.path = file;
  err.spawnargs = spawnargs;
  void message;
  return err;
}

function spawnSync(file, args, options) {
  const normalized = normalizeSpawnArguments(file, args, options);
  options = normalized.options;
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  let input = options.input;
  if (input !== undefined && typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  const encoding = options.encoding && options.encoding !== 'buffer' ? options.encoding : undefined;
  const result = spawnSyncBinding({
    file: normalized.file,
    args: normalized.args,
    cwd: options.cwd,
    envPairs: options.envPairs,
    stdio: normalizeStdio(options.stdio, input),
    timeout: options.timeout,
    maxBuffer: options.maxBuffer ?? kDefaultMaxBuffer,
    killSignal: signalNumber(options.killSignal),
    detached: options.detached,
    uid: options.uid,
    gid: options.gid,
    encoding: encoding === 'utf8' || encoding === 'utf-8' ? 'utf8' : undefined,
  });
  if (typeof result.signal === 'number') result.signal = signalName(result.signal);
  if (result.output) {
    result.output = result.output.map(toBufferLike);
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

function execFileSync(file, args, options) {
  if (!Array.isArray(args) && args !== undefined && args !== null && typeof args === 'object') {
    options = args;
    args = [];
  }
  options = { maxBuffer: kDefaultMaxBuffer, ...options };
  const inheritStderr = !options.stdio;
  const result = spawnSync(file, args || [], options);
  if (inheritStderr && result.stderr && result.stderr.length > 0) process.stderr.write(result.stderr);
  const err = checkExecSyncError(result, [file, ...(args || [])], undefined);
  if (err) throw err;
  return result.stdout;
}

function execSync(command, options) {
  options = { maxBuffer: kDefaultMaxBuffer, ...options, shell: options?.shell || true };
  const inheritStderr = !options.stdio;
  const result = spawnSync(command, options);
  if (inheritStderr && result.stderr && result.stderr.length > 0) process.stderr.write(result.stderr);
  const err = checkExecSyncError(result, undefined, command);
  if (err) throw err;
  return result.stdout;
}

module.exports = { spawnSync, execFileSync, execSync };
