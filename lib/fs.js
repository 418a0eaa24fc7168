'use strict';
// The fs module: every operation as a callback function (run on the thread pool, completed
// in the poll phase) and as a *Sync function (run on the calling thread). The promise API is
// lib/internal/fs/promises.js; streams, watchers, directories and the multi-step
// algorithms (realpath, rm -r, cp) live beside it in lib/internal/fs/.

const { Buffer } = require('buffer');
const { FastBuffer, stringTooLongError } = require('internal/buffer');
const {
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_VALUE,
    ERR_UNKNOWN_ENCODING,
  },
  AbortError,
} = require('internal/errors');
const {
  validateBoolean,
  validateEncoding,
  validateFunction,
  validateInteger,
  validateObject,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const { customPromisifyArgs, deprecate, kEmptyObject } = require('internal/util');
const { isArrayBufferView } = require('internal/util/types');
const {
  binding,
  callbackRequest,
  checkString,
  constants,
  encodingId,
  getOptions,
  getValidMode,
  getValidatedFd,
  getValidatedFdNative,
  getValidatedPath,
  kWriteFileMaxChunkSize,
  maybeCallback,
  notOnStack,
  parseFileMode,
  stringToFlags,
  submitted,
  symlinkFlags,
  throwIfError,
  throwIfWriteError,
  toName,
  toUnixTimestamp,
  uvError,
  validateBufferArray,
  validateId,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateStringAfterArrayBufferView,
  viewBytes,
  warnOnNonPortableTemplate,
} = require('internal/fs/utils');
const {
  Stats,
  getStatFsFromBinding,
  getStatsFromBinding,
  statFsArray,
  statsArray,
} = require('internal/fs/stats');
const { Dirent, readdir, readdirSync } = require('internal/fs/dir');

const { F_OK, R_OK, W_OK, X_OK } = constants;

// Whether a path argument is a file descriptor: an int32, tested the way node tests it (so
// that, as there, a BigInt or a Symbol fails with V8's TypeError).
function isFd(value) {
  return value === (value | 0);
}

// access, exists --------------------------------------------------------------------------------

function access(path, mode, callback) {
  if (typeof mode === 'function') [callback, mode] = [mode, F_OK];
  path = getValidatedPath(path);
  callback = maybeCallback(callback);  // before the mode, as in node
  mode = getValidMode(mode, 'access');
  const req = callbackRequest(callback, path);
  submitted(binding.access(path, mode, req), req);
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  const ctx = {};
  binding.access(path, mode, undefined, ctx);
  throwIfError(ctx, path);
}

function exists(path, callback) {
  maybeCallback(callback);
  try {
    path = getValidatedPath(path);
  } catch {
    callback(false);
    return;
  }
  const req = callbackRequest((err) => callback(!err), path);
  submitted(binding.access(path, F_OK, req), req);
}

Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  const ctx = {};
  binding.access(path, F_OK, undefined, ctx);
  return ctx.errno === undefined;
}

// open, close -----------------------------------------------------------------------------------

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = maybeCallback(callback);
  const req = callbackRequest(callback, path);
  submitted(binding.open(path, flagsNumber, mode, req), req);
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  const ctx = {};
  const fd = binding.open(path, flagsNumber, mode, undefined, ctx);
  throwIfError(ctx, path);
  return fd;
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  if (callback !== defaultCloseCallback) callback = maybeCallback(callback);
  fd = getValidatedFdNative(fd);
  const req = callbackRequest(callback);
  submitted(binding.close(fd, req), req);
}

function closeSync(fd) {
  fd = getValidatedFdNative(fd);
  const ctx = {};
  binding.close(fd, undefined, ctx);
  throwIfError(ctx);
}

// read, readv -----------------------------------------------------------------------------------

function validateBuffer(buffer) {
  if (!isArrayBufferView(buffer)) {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(
      'buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// The (offset, length, position) of a read, from positional arguments or an options object.
function readArguments(buffer, offset, length, position, fromOptions, options) {
  if (fromOptions) {
    if (options !== undefined) validateObject(options, 'options', kValidateObjectAllowNullable);
    const given = options ?? kEmptyObject;
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = given);
  }
  validateBuffer(buffer);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  return { offset, length, position };
}

function checkReadRange(buffer, offset, length, position) {
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  return position;
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let args;
  if (arguments.length <= 4) {
    let options;
    if (arguments.length === 4) {
      // read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      options = offsetOrOptions;
    } else if (arguments.length === 3) {
      // read(fd, buffer, callback) or read(fd, { buffer, ... }, callback)
      callback = offsetOrOptions;
      if (!isArrayBufferView(buffer)) {
        options = buffer;
        ({ buffer = Buffer.alloc(16384) } = options ?? kEmptyObject);
      }
    } else {
      // read(fd, callback)
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    args = readArguments(buffer, undefined, undefined, undefined, true, options);
  } else {
    args = readArguments(buffer, offsetOrOptions, length, position, false);
  }
  validateFunction(callback, 'cb');
  if (args.length === 0) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  const pos = checkReadRange(buffer, args.offset, args.length, args.position);
  const req = callbackRequest((err, bytesRead) => callback(err, bytesRead || 0, buffer));
  submitted(binding.read(fd, buffer, args.offset, args.length, pos, req), req);
}
Object.defineProperty(read, customPromisifyArgs, { value: ['bytesRead', 'buffer'] });

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  const fromOptions = arguments.length <= 3 || typeof offsetOrOptions === 'object';
  const args = readArguments(buffer, offsetOrOptions, length, position, fromOptions,
                             fromOptions ? offsetOrOptions : undefined);
  if (args.length === 0) return 0;
  const pos = checkReadRange(buffer, args.offset, args.length, args.position);
  const ctx = {};
  const bytesRead = binding.read(fd, buffer, args.offset, args.length, pos, undefined, ctx);
  throwIfError(ctx);
  return bytesRead;
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  const list = validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  const req = callbackRequest((err, bytesRead) => callback(err, bytesRead || 0, buffers));
  submitted(binding.readBuffers(fd, list, position, req), req);
}
Object.defineProperty(readv, customPromisifyArgs, { value: ['bytesRead', 'buffers'] });

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  const list = validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const ctx = {};
  const bytesRead = binding.readBuffers(fd, list, position, undefined, ctx);
  throwIfError(ctx);
  return bytesRead;
}

// write, writev ---------------------------------------------------------------------------------

// The (offset, length, position) of a buffer write. (In the callback form a function in
// the offset's place is the callback.)
function writeBufferArguments(buffer, offset, length, position, callbackForm = false) {
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null || (callbackForm && typeof offset === 'function')) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (typeof length !== 'number') length = buffer.byteLength - offset;
  if (typeof position !== 'number') position = null;
  validateOffsetLengthWrite(offset, length, buffer.byteLength);
  return { offset, length, position };
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  if (isArrayBufferView(buffer)) {
    callback = maybeCallback(callback || position || length || offsetOrOptions);
    const args = writeBufferArguments(buffer, offsetOrOptions, length, position, true);
    const req = callbackRequest((err, written) => callback(err, written || 0, buffer));
    submitted(binding.writeBuffer(fd, buffer, args.offset, args.length, args.position, req), req);
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  // write(fd, string[, position[, encoding]], callback)
  let stringPosition = offsetOrOptions;
  let encoding = length;
  if (typeof position !== 'function') {
    if (typeof offsetOrOptions === 'function') {
      position = offsetOrOptions;
      stringPosition = null;
    } else {
      position = length;
    }
    encoding = 'utf8';
  }
  validateEncoding(buffer, encoding);
  callback = maybeCallback(position);
  const text = buffer;
  const req = callbackRequest((err, written) => callback(err, written || 0, text));
  submitted(binding.writeString(fd, text, stringPosition ?? null, encodingId(encoding), req), req);
}
Object.defineProperty(write, customPromisifyArgs, { value: ['bytesWritten', 'buffer'] });

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  const ctx = {};
  let written;
  if (isArrayBufferView(buffer)) {
    const args = writeBufferArguments(buffer, offsetOrOptions, length, position);
    const { offset, length: count, position: at } = args;
    written = binding.writeBuffer(fd, buffer, offset, count, at, undefined, ctx);
  } else {
    validateStringAfterArrayBufferView(buffer, 'buffer');
    validateEncoding(buffer, length);
    const at = offsetOrOptions ?? null;
    written = binding.writeString(fd, buffer, at, encodingId(length), undefined, ctx);
  }
  throwIfWriteError(ctx);
  return written;
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  const list = validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (list.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  const req = callbackRequest((err, written) => callback(err, written || 0, buffers));
  submitted(binding.writeBuffers(fd, list, position, req), req);
}
Object.defineProperty(writev, customPromisifyArgs, { value: ['bytesWritten', 'buffers'] });

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  const list = validateBufferArray(buffers);
  if (list.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  const ctx = {};
  const written = binding.writeBuffers(fd, list, position, undefined, ctx);
  throwIfError(ctx);
  return written;
}

// readFile --------------------------------------------------------------------------------------

// The error of a whole-file read: open errors name the path; a file over 2 GiB is
// ERR_FS_FILE_TOO_LARGE.
function readFileError(errno, syscall, path, size, stackStart) {
  if (errno === -27 /* EFBIG */) return new ERR_FS_FILE_TOO_LARGE(size);
  return uvError(errno, syscall, syscall === 'open' ? path : undefined, undefined, stackStart);
}

// The contents as asked for: a Buffer without an encoding, else a string. ('buffer' passes
// the option checks but names no string encoding, so it fails here, as in node.)
function readFileResult(result, encoding) {
  if (encoding === 'buffer') throw new ERR_UNKNOWN_ENCODING(encoding);
  if (typeof result === 'object' && result !== null) {
    return new FastBuffer(result.buffer, result.byteOffset, result.length);
  }
  return checkString(result);
}

function readFileEncoding(options) {
  return options.encoding == null ? 'buffer' : options.encoding;
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const isUserFd = isFd(path);
  if (!isUserFd) path = getValidatedPath(path);
  else getValidatedFd(path);
  const flags = stringToFlags(options.flag || 'r', 'options.flag');
  const { signal } = options;
  if (signal?.aborted) {
    process.nextTick(callback, new AbortError(undefined, { cause: signal.reason }));
    return;
  }
  const { encoding } = options;
  const req = new binding.FSReqCallback(false);
  req.oncomplete = (errno, result, syscall) => {
    if (signal?.aborted) {
      callback(new AbortError(undefined, { cause: signal.reason }));
    } else if (errno < 0) {
      if (errno === -27) {
        fs.stat(path, (err, stats) => callback(readFileError(errno, syscall, path, stats?.size)));
        return;
      }
      callback(readFileError(errno, syscall, path, undefined, notOnStack));
    } else {
      let data;
      try {
        data = readFileResult(result, encoding);
      } catch (err) {
        callback(err);
        return;
      }
      callback(null, data);
    }
  };
  submitted(binding.readFile(path, flags, encodingId(readFileEncoding(options)), req), req);
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const isUserFd = isFd(path);
  if (!isUserFd) path = getValidatedPath(path);
  else getValidatedFd(path);
  const flags = stringToFlags(options.flag || 'r', 'options.flag');
  const { encoding } = options;
  const ctx = {};
  const encodingToRead = encodingId(readFileEncoding(options));
  const result = binding.readFile(path, flags, encodingToRead, undefined, ctx);
  if (ctx.errno !== undefined) {
    // node reads UTF-8 text in one native call, which refuses a file too big for a string.
    if (ctx.errno === -27 && encodingId(encoding) === encodingId('utf8') && encoding != null) {
      throw stringTooLongError();
    }
    const size = ctx.errno === -27 ? (isUserFd ? fstatSync(path) : statSync(path)).size : undefined;
    throw readFileError(ctx.errno, ctx.syscall, path, size, readFileSync);
  }
  return readFileResult(result, encoding);
}

// writeFile, appendFile -------------------------------------------------------------------------

// The bytes (or string) writeFile writes: strings stay strings for the binding to encode.
function writeFileData(data) {
  if (isArrayBufferView(data)) return viewBytes(data);
  validateStringAfterArrayBufferView(data, 'data');
  return data;
}

function writeFileOptions(options, defaultFlag) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  if (options.flush != null) validateBoolean(options.flush, 'options.flush');
  return options;
}

// The error of a whole-file write: only a failed open names the path.
function writeFileError(ctx, path, stackStart) {
  const errorPath = ctx.syscall === 'open' ? path : undefined;
  return uvError(ctx.errno, ctx.syscall, errorPath, undefined, stackStart);
}

function writeFileSync(path, data, options) {
  options = writeFileOptions(options, 'w');
  data = writeFileData(data);
  const flags = stringToFlags(options.flag || 'w', 'options.flag');
  if (isFd(path)) getValidatedFd(path);
  else path = getValidatedPath(path);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  // One call: open, write everything, fsync with `flush`, close.
  const ctx = {};
  const encoding = encodingId(options.encoding || 'utf8');
  binding.writeFile(path, data, encoding, flags, mode, Boolean(options.flush), undefined, ctx);
  if (ctx.errno !== undefined) throw writeFileError(ctx, path, writeFileSync);
}

// Writes `data` (bytes) to fd from its current position, chunk by chunk when a signal may
// abort in between; calls back with the first error.
function writeAll(fd, data, signal, callback) {
  let offset = 0;
  const step = () => {
    if (signal?.aborted) {
      callback(new AbortError(undefined, { cause: signal.reason }));
      return;
    }
    if (offset >= data.byteLength) {
      callback(null);
      return;
    }
    const left = data.byteLength - offset;
    const length = signal ? Math.min(kWriteFileMaxChunkSize, left) : left;
    const req = callbackRequest((err, written) => {
      if (err) {
        callback(err);
        return;
      }
      offset += written;
      step();
    });
    submitted(binding.writeBuffer(fd, data, offset, length, null, req), req);
  };
  step();
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = writeFileOptions(options, 'w');
  data = writeFileData(data);
  const { signal } = options;
  if (signal === undefined) {
    // One trip to the thread pool: open, write everything, fsync with `flush`, close.
    const flags = stringToFlags(options.flag || 'w', 'options.flag');
    if (isFd(path)) getValidatedFd(path);
    else path = getValidatedPath(path);
    const mode = parseFileMode(options.mode, 'mode', 0o666);
    const req = new binding.FSReqCallback(false);
    req.oncomplete = (errno, result, syscall) => {
      if (errno < 0) callback(writeFileError({ errno, syscall }, path, notOnStack));
      else callback(null);
    };
    submitted(binding.writeFile(path, data, encodingId(options.encoding || 'utf8'), flags, mode,
                                Boolean(options.flush), req), req);
    return;
  }
  // With a signal: chunk by chunk, so that an abort stops it in between.
  if (typeof data === 'string') data = Buffer.from(data, options.encoding || 'utf8');
  if (isFd(path)) {
    writeAll(getValidatedFd(path), data, signal, callback);
    return;
  }
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag || 'w', 'options.flag');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (signal?.aborted) {
    process.nextTick(callback, new AbortError(undefined, { cause: signal.reason }));
    return;
  }
  open(path, flags, mode, (openErr, fd) => {
    if (openErr) {
      callback(openErr);
      return;
    }
    const finish = (err) => close(fd, (closeErr) => callback(err || closeErr || null));
    writeAll(fd, data, signal, (err) => {
      if (err || !options.flush) {
        finish(err);
        return;
      }
      fsync(fd, finish);
    });
  });
}

function appendFileOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  return options;
}

// appendFile always appends to an fd, whatever the flag says.
function appendFlag(path, options) {
  return !options.flag || isFd(path) ? { ...options, flag: 'a' } : options;
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = appendFlag(path, appendFileOptions(options));
  writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = appendFlag(path, appendFileOptions(options));
  writeFileSync(path, data, options);
}

// stat family -----------------------------------------------------------------------------------

function statOptions(options) {
  return options === undefined || options === null || typeof options === 'function' ?
    { bigint: false } : options;
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') callback = options;
  options = statOptions(options);
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  const req = callbackRequest(callback, path, undefined, getStatsFromBinding);
  submitted(binding.stat(path, statsArray(options.bigint, true), req), req);
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') callback = options;
  options = statOptions(options);
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  const req = callbackRequest(callback, path, undefined, getStatsFromBinding);
  submitted(binding.lstat(path, statsArray(options.bigint, true), req), req);
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') callback = options;
  options = statOptions(options);
  callback = maybeCallback(callback);
  fd = getValidatedFd(fd);
  const req = callbackRequest(callback, undefined, undefined, getStatsFromBinding);
  submitted(binding.fstat(fd, statsArray(options.bigint, true), req), req);
}

function isMissing(errno) {
  return errno === -2; /* ENOENT */
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const ctx = {};
  const array = binding.stat(path, statsArray(options.bigint, false), undefined, ctx);
  if (options.throwIfNoEntry === false && isMissing(ctx.errno)) return undefined;
  throwIfError(ctx, path);
  return getStatsFromBinding(array);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const ctx = {};
  const array = binding.lstat(path, statsArray(options.bigint, false), undefined, ctx);
  if (options.throwIfNoEntry === false && isMissing(ctx.errno)) return undefined;
  throwIfError(ctx, path);
  return getStatsFromBinding(array);
}

function fstatSync(fd, options = { bigint: false }) {
  const array = statsArray(options.bigint, false);  // the options are read first, as in node
  fd = getValidatedFdNative(fd);
  const ctx = {};
  binding.fstat(fd, array, undefined, ctx);
  throwIfError(ctx);
  return getStatsFromBinding(array);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') [callback, options] = [options, { bigint: false }];
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  const req = callbackRequest(callback, path, undefined, getStatFsFromBinding);
  submitted(binding.statfs(path, statFsArray(options.bigint), req), req);
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const ctx = {};
  const array = binding.statfs(path, statFsArray(options.bigint), undefined, ctx);
  throwIfError(ctx, path);
  return getStatFsFromBinding(array);
}

// Operations on one path ------------------------------------------------------------------------

// The callback and sync forms of an operation with `arity` arguments before the callback,
// whose binding method takes what `prepare` (which validates) returns, path first. Node
// checks the callback before the other arguments for some operations (`callbackFirst`).
function pathOperation(method, arity, prepare, errorPaths = (args) => [args[0]],
                       callbackFirst = false) {
  const callbackForm = function(...args) {
    let callback;
    if (callbackFirst) callback = maybeCallback(args[arity]);
    const prepared = prepare(...args.slice(0, arity));
    if (!callbackFirst) callback = maybeCallback(args[arity]);
    const [path, dest] = errorPaths(prepared);
    const req = callbackRequest(callback, path, dest);
    submitted(method(...prepared, req), req);
  };
  const syncForm = function(...args) {
    const prepared = prepare(...args.slice(0, arity));
    const ctx = {};
    const result = method(...prepared, undefined, ctx);
    const [path, dest] = errorPaths(prepared);
    throwIfError(ctx, path, dest);
    return result;
  };
  Object.defineProperty(callbackForm, 'length', { value: arity + 1 });
  Object.defineProperty(syncForm, 'length', { value: arity });
  return [callbackForm, syncForm];
}

const bothPaths = (args) => args;
const firstPath = (args) => [args[0]];
const [rename, renameSync] = pathOperation(
  binding.rename, 2,
  (oldPath, newPath) => [getValidatedPath(oldPath, 'oldPath'),
                         getValidatedPath(newPath, 'newPath')],
  bothPaths, true);
const [link, linkSync] = pathOperation(
  binding.link, 2,
  (existingPath, newPath) => [getValidatedPath(existingPath, 'existingPath'),
                              getValidatedPath(newPath, 'newPath')],
  bothPaths, true);
const [unlink, unlinkSync] = pathOperation(
  binding.unlink, 1, (path) => [getValidatedPath(path)], firstPath, true);
const [chmod, chmodSync] = pathOperation(
  binding.chmod, 2, (path, mode) => [getValidatedPath(path), parseFileMode(mode, 'mode')]);
const [chown, chownSync] = pathOperation(
  binding.chown, 3,
  (path, uid, gid) => [getValidatedPath(path), validateId(uid, 'uid'), validateId(gid, 'gid')],
  firstPath, true);
const [lchown, lchownSync] = pathOperation(
  binding.lchown, 3,
  (path, uid, gid) => [getValidatedPath(path), validateId(uid, 'uid'), validateId(gid, 'gid')],
  firstPath, true);
const [utimes, utimesSync] = pathOperation(
  binding.utimes, 3,
  (path, atime, mtime) => [getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime)],
  firstPath, true);
const [lutimes, lutimesSync] = pathOperation(
  binding.lutimes, 3,
  (path, atime, mtime) => [getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime)],
  firstPath, true);

function copyFileArguments(src, dest, mode) {
  return [
    getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), getValidMode(mode, 'copyFile'),
  ];
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') [callback, mode] = [mode, 0];
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = maybeCallback(callback);  // before the mode, as in node
  mode = getValidMode(mode, 'copyFile');
  const req = callbackRequest(callback, src, dest);
  submitted(binding.copyFile(src, dest, mode, req), req);
}

function copyFileSync(src, dest, mode) {
  const args = copyFileArguments(src, dest, mode);
  const ctx = {};
  binding.copyFile(...args, undefined, ctx);
  throwIfError(ctx, args[0], args[1]);
}

// As in node, the last argument is the callback, checked first; a type not a string is ignored.
function symlink(target, path, type, callback) {
  callback = maybeCallback(arguments[arguments.length - 1]);
  if (typeof type !== 'string') type = undefined;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = symlinkFlags(type);
  const req = callbackRequest(callback, target, path);
  submitted(binding.symlink(target, path, flags, req), req);
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const ctx = {};
  binding.symlink(target, path, symlinkFlags(type), undefined, ctx);
  throwIfError(ctx, target, path);
}

function readlink(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const req = callbackRequest(callback, path, undefined, toName);
  submitted(binding.readlink(path, encodingId(options.encoding), req), req);
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const ctx = {};
  const target = binding.readlink(path, encodingId(options.encoding), undefined, ctx);
  throwIfError(ctx, path);
  return toName(target);
}

// mkdir, mkdtemp, rmdir -------------------------------------------------------------------------

// mkdir's mode (unparsed) and recursive flag from its options (a mode, or { mode, recursive }).
function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  return [mode, recursive];
}

// The checks run in node's order: callback, path, the recursive flag, then the mode.
function mkdir(path, options, callback) {
  if (typeof options === 'function') [callback, options] = [options, undefined];
  const [mode, recursive] = mkdirOptions(options);
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const req = callbackRequest(callback, path);
  submitted(binding.mkdir(path, parseFileMode(mode, 'mode'), recursive, req), req);
}

function mkdirArguments(path, options) {
  path = getValidatedPath(path);
  const [mode, recursive] = mkdirOptions(options);
  const parsedMode = parseFileMode(mode, 'mode');
  validateBoolean(recursive, 'options.recursive');
  return [path, parsedMode, recursive];
}

function mkdirSync(path, options) {
  const args = mkdirArguments(path, options);
  const ctx = {};
  const first = binding.mkdir(...args, undefined, ctx);
  throwIfError(ctx, args[0]);
  return first;
}

function mkdtempArguments(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return [prefix, encodingId(options.encoding)];
}

// node refuses an empty prefix with EINVAL (naming the template 'XXXXX').
function emptyPrefixError(prefix, stackStart) {
  return prefix.length === 0 ? uvError(-22, 'mkdtemp', 'XXXXX', undefined, stackStart) : null;
}

function mkdtemp(prefix, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  const args = mkdtempArguments(prefix, options);
  const refused = emptyPrefixError(args[0], notOnStack);
  if (refused) {
    process.nextTick(callback, refused);
    return;
  }
  const req = callbackRequest(callback, `${args[0]}XXXXXX`, undefined, toName);
  submitted(binding.mkdtemp(...args, req), req);
}

function mkdtempSync(prefix, options) {
  const args = mkdtempArguments(prefix, options);
  const refused = emptyPrefixError(args[0], mkdtempSync);
  if (refused) throw refused;
  const ctx = {};
  const created = binding.mkdtemp(...args, undefined, ctx);
  throwIfError(ctx, `${args[0]}XXXXXX`);
  return toName(created);
}

// fd operations ---------------------------------------------------------------------------------

// The callback and sync forms of an operation on an fd and `arity - 1` more arguments. As in
// node, the other arguments are checked first (by `prepare`), then the callback, the fd last.
function fdOperation(method, arity, prepare, validateSyncFd = getValidatedFd) {
  const callbackForm = function(fd, ...args) {
    const prepared = prepare(...args.slice(0, arity - 1));
    const callback = maybeCallback(args[arity - 1]);
    fd = getValidatedFd(fd);
    const req = callbackRequest(callback);
    submitted(method(fd, ...prepared, req), req);
  };
  const syncForm = function(fd, ...args) {
    const prepared = prepare(...args.slice(0, arity - 1));
    fd = validateSyncFd(fd);
    const ctx = {};
    method(fd, ...prepared, undefined, ctx);
    throwIfError(ctx);
  };
  Object.defineProperty(callbackForm, 'length', { value: arity + 1 });
  Object.defineProperty(syncForm, 'length', { value: arity });
  return [callbackForm, syncForm];
}

// node checks the descriptor of fsyncSync and fdatasyncSync in C++.
const [fsync, fsyncSync] = fdOperation(binding.fsync, 1, () => [], getValidatedFdNative);
const [fdatasync, fdatasyncSync] = fdOperation(
  binding.fdatasync, 1, () => [], getValidatedFdNative);
const [fchmod, fchmodSync] = fdOperation(
  binding.fchmod, 2, (mode) => [parseFileMode(mode, 'mode')]);
const [fchown, fchownSync] = fdOperation(
  binding.fchown, 3, (uid, gid) => [validateId(uid, 'uid'), validateId(gid, 'gid')]);
const [futimes, futimesSync] = fdOperation(
  binding.futimes, 3,
  (atime, mtime) => [toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')]);

function truncateLength(len) {
  if (len === undefined) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') [callback, len] = [len, 0];
  len = truncateLength(len);
  callback = maybeCallback(callback);
  fd = getValidatedFd(fd);
  const req = callbackRequest(callback);
  submitted(binding.ftruncate(fd, len, req), req);
}

function ftruncateSync(fd, len = 0) {
  len = truncateLength(len);
  fd = getValidatedFdNative(fd);
  const ctx = {};
  binding.ftruncate(fd, len, undefined, ctx);
  throwIfError(ctx);
}

const warnTruncateFd = deprecate(() => {},
  'Using fs.truncate with a file descriptor is deprecated. Please use fs.ftruncate with a file ' +
  'descriptor instead.', 'DEP0081');

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    warnTruncateFd();
    ftruncate(path, len, callback);
    return;
  }
  if (typeof len === 'function') [callback, len] = [len, 0];
  else if (len === undefined) len = 0;
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = maybeCallback(callback);
  open(path, 'r+', (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    ftruncate(fd, len, (truncateErr) => {
      close(fd, (closeErr) => callback(truncateErr || closeErr || null));
    });
  });
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    warnTruncateFd();
    ftruncateSync(path, len);
    return;
  }
  if (len === undefined) len = 0;
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

// The module ------------------------------------------------------------------------------------

function lazyModule(id) {
  let loaded;
  return () => (loaded ??= require(id));
}
const realpathModule = lazyModule('internal/fs/realpath');
const rimrafModule = lazyModule('internal/fs/rimraf');
const cpModule = lazyModule('internal/fs/cp');
const dirModule = lazyModule('internal/fs/opendir');
const blobModule = lazyModule('internal/fs/blob');
const streamsModule = lazyModule('internal/fs/streams');
const watchersModule = lazyModule('internal/fs/watchers');
const promisesModule = lazyModule('internal/fs/promises');

function realpath(path, options, callback) {
  return realpathModule().realpath(path, options, callback);
}
// Anonymous, as node's are (assigning to a property names no function).
realpath.native = function(path, options, callback) {
  return realpathModule().realpathNative(path, options, callback);
};
function realpathSync(path, options) {
  return realpathModule().realpathSync(path, options);
}
realpathSync.native = function(path, options) {
  return realpathModule().realpathNativeSync(path, options);
};

// Operations whose code loads on first use.
function cp(src, dest, options, callback) {
  return cpModule().cp(src, dest, options, callback);
}

function cpSync(src, dest, options) {
  return cpModule().cpSync(src, dest, options);
}

function createReadStream(path, options) {
  return new (streamsModule().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (streamsModule().WriteStream)(path, options);
}

function openAsBlob(path, options = undefined) {
  return blobModule().openAsBlob(path, options);
}

function rm(path, options, callback) {
  return rimrafModule().rm(path, options, callback);
}

function rmSync(path, options) {
  return rimrafModule().rmSync(path, options);
}

function rmdir(path, options, callback) {
  return rimrafModule().rmdir(path, options, callback);
}

function rmdirSync(path, options) {
  return rimrafModule().rmdirSync(path, options);
}

function unwatchFile(filename, listener) {
  return watchersModule().unwatchFile(filename, listener);
}

function watch(filename, options, listener) {
  return watchersModule().watch(filename, options, listener);
}

function watchFile(filename, options, listener) {
  return watchersModule().watchFile(filename, options, listener);
}

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,
};

// Public functions carry their own names, as node's do.
for (const [name, fn] of Object.entries({ rename, renameSync, link, linkSync, unlink, unlinkSync,
  chmod, chmodSync, chown, chownSync, lchown, lchownSync, utimes, utimesSync, lutimes, lutimesSync,
  fsync, fsyncSync, fdatasync, fdatasyncSync, fchmod, fchmodSync, fchown, fchownSync, futimes,
  futimesSync })) {
  Object.defineProperty(fn, 'name', { value: name });
}

function defineLazy(name, get) {
  Object.defineProperty(fs, name, {
    get,
    set(value) {
      const descriptor = { value, writable: true, enumerable: true, configurable: true };
      Object.defineProperty(fs, name, descriptor);
    },
    enumerable: true,
    configurable: true,
  });
}

defineLazy('ReadStream', () => streamsModule().ReadStream);
defineLazy('WriteStream', () => streamsModule().WriteStream);
defineLazy('FileReadStream', () => streamsModule().FileReadStream);
defineLazy('FileWriteStream', () => streamsModule().FileWriteStream);
fs._toUnixTimestamp = toUnixTimestamp;
defineLazy('Dir', () => dirModule().Dir);
fs.opendir = function opendir(path, options, callback) {
  return dirModule().opendir(path, options, callback);
};
fs.opendirSync = function opendirSync(path, options) {
  return dirModule().opendirSync(path, options);
};

Object.defineProperties(fs, {
  F_OK: { value: F_OK, writable: false, enumerable: true, configurable: false },
  R_OK: { value: R_OK, writable: false, enumerable: true, configurable: false },
  W_OK: { value: W_OK, writable: false, enumerable: true, configurable: false },
  X_OK: { value: X_OK, writable: false, enumerable: true, configurable: false },
  constants: { value: constants, writable: false, enumerable: true, configurable: false },
  promises: {
    get() { return promisesModule().exports; },
    enumerable: true,
    configurable: true,
  },
});
