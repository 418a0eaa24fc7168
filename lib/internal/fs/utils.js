'use strict';
// What every part of fs shares: argument checks (paths, fds, flags, modes, options,
// offsets, times) that throw Node's errors, the errors built from the binding's errnos, and
// the three ways of calling the binding (sync, callback, promise). See src/fs/fs_req.h for
// the binding's calling convention.

const binding = internalBinding('fs');
const fsConstants = makeConstants(internalBinding('constants').fs);
const { Buffer } = require('buffer');
const { FastBuffer, encodingIds, stringTooLongError } = require('internal/buffer');
const {
  codes: {
    ERR_FS_INVALID_SYMLINK_TYPE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
  UVException,
  hideStackFrames,
  kIsNodeError,
  uvErrmapGet,
} = require('internal/errors');
const { isURL, fileURLToPath } = require('internal/url');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateUint32,
} = require('internal/validators');
const { isArrayBufferView, isUint8Array, isDate } = require('internal/util/types');

const { FSReqCallback } = binding;
const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  F_OK, X_OK, R_OK, W_OK,
  COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE,
  UV_FS_SYMLINK_DIR, UV_FS_SYMLINK_JUNCTION,
} = fsConstants;

// fs.constants: read-only numbers on a null-prototype object, in node's order.
function makeConstants(values) {
  const order = [
    'UV_FS_SYMLINK_DIR', 'UV_FS_SYMLINK_JUNCTION', 'O_RDONLY', 'O_WRONLY', 'O_RDWR',
    'UV_DIRENT_UNKNOWN', 'UV_DIRENT_FILE', 'UV_DIRENT_DIR', 'UV_DIRENT_LINK', 'UV_DIRENT_FIFO',
    'UV_DIRENT_SOCKET', 'UV_DIRENT_CHAR', 'UV_DIRENT_BLOCK', 'EXTENSIONLESS_FORMAT_JAVASCRIPT',
    'EXTENSIONLESS_FORMAT_WASM', 'S_IFMT', 'S_IFREG', 'S_IFDIR', 'S_IFCHR', 'S_IFBLK', 'S_IFIFO',
    'S_IFLNK', 'S_IFSOCK', 'O_CREAT', 'O_EXCL', 'UV_FS_O_FILEMAP', 'O_NOCTTY', 'O_TRUNC',
    'O_APPEND', 'O_DIRECTORY', 'O_NOATIME', 'O_NOFOLLOW', 'O_SYNC', 'O_DSYNC', 'O_DIRECT',
    'O_NONBLOCK',
    'S_IRWXU', 'S_IRUSR', 'S_IWUSR', 'S_IXUSR', 'S_IRWXG', 'S_IRGRP', 'S_IWGRP', 'S_IXGRP',
    'S_IRWXO', 'S_IROTH', 'S_IWOTH', 'S_IXOTH', 'F_OK', 'R_OK', 'W_OK', 'X_OK',
    'UV_FS_COPYFILE_EXCL', 'COPYFILE_EXCL', 'UV_FS_COPYFILE_FICLONE', 'COPYFILE_FICLONE',
    'UV_FS_COPYFILE_FICLONE_FORCE', 'COPYFILE_FICLONE_FORCE',
  ];
  const extra = { EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1 };
  const result = Object.create(null);
  for (const name of [...order, ...Object.keys(values)]) {
    const value = values[name] ?? extra[name];
    if (value === undefined || Object.hasOwn(result, name)) continue;
    Object.defineProperty(result, name, {
      value, writable: false, enumerable: true, configurable: false,
    });
  }
  return result;
}

const kBufferEncoding = binding.kBufferEncoding;
// The most bytes one read or write moves, and the largest file readFile takes (2 GiB - 1).
const kIoMaxLength = 2 ** 31 - 1;
// How much writeFile hands the kernel at a time when it may be aborted in between.
const kWriteFileMaxChunkSize = 512 * 1024;
const kReadFileUnknownBufferLength = 64 * 1024;

// Paths and file descriptors ------------------------------------------------------------------

const validatePath = hideStackFrames((path, propName = 'path') => {
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  const hasNul = typeof path === 'string' ? path.includes('\u0000') : path.indexOf(0) !== -1;
  if (hasNul) {
    throw new ERR_INVALID_ARG_VALUE(propName, path,
                                    'must be a string, Uint8Array, or URL without null bytes');
  }
});

// A path argument (string, Buffer or file: URL) as the binding takes it (string or bytes).
const getValidatedPath = hideStackFrames((fileURLOrPath, propName = 'path') => {
  const path = isURL(fileURLOrPath) ? fileURLToPath(fileURLOrPath) : fileURLOrPath;
  validatePath(path, propName);
  return path;
});

const getValidatedFd = hideStackFrames((fd, propName = 'fd') => {
  validateInt32(fd, propName, 0);
  return fd | 0;  // -0 is 0
});

// The descriptor check node makes in C++ for close, fsync, fdatasync, fstat and ftruncate: a
// non-number object is named by its constructor as V8 finds it, without running its getters.
const getValidatedFdNative = hideStackFrames((fd) => {
  if (typeof fd === 'object' && fd !== null) {
    const name = internalBinding('util').getConstructorName(fd);
    throw new ERR_INVALID_ARG_TYPE('fd', 'number', { __proto__: null, constructor: { name } });
  }
  return getValidatedFd(fd);
});

// A path as a string, for joining: Buffers are read as UTF-8.
function pathToString(path) {
  if (typeof path === 'string') return path;
  return Buffer.from(path.buffer, path.byteOffset, path.length).toString();
}

// mkdtemp's prefix: one ending in X is warned about, once per process.
let warnedNonPortableTemplate = false;
function warnOnNonPortableTemplate(prefix) {
  if (warnedNonPortableTemplate) return;
  const last = typeof prefix === 'string' ? prefix.at(-1) : String.fromCharCode(prefix.at(-1));
  if (last !== 'X') return;
  warnedNonPortableTemplate = true;
  process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
                      'For details see: https://nodejs.org/api/fs.html');
}

// Flags and modes ------------------------------------------------------------------------------

const flagsByName = {
  '__proto__': null,
  'r': O_RDONLY,
  'rs': O_RDONLY | O_SYNC,
  'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC,
  'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY,
  'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY,
  'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

// open()'s flags from a string ('r', 'wx+', ...) or a number; null and undefined are 'r'.
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags | 0;  // -0 passes the check but is no Int32 to V8
  }
  if (flags == null) return O_RDONLY;
  const value = typeof flags === 'string' ? flagsByName[flags] : undefined;
  if (value === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags);
  return value;
}

const octalMode = /^[0-7]+$/;

// A file mode: a 32-bit unsigned number or an octal string.
const parseFileMode = hideStackFrames((value, name, defaultValue) => {
  value ??= defaultValue;
  if (typeof value === 'string') {
    if (!octalMode.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value,
                                      'must be a 32-bit unsigned integer or an octal string');
    }
    value = Number.parseInt(value, 8);
  }
  validateUint32(value, name);
  // As the binding takes it: an Int32 with the same 32 bits (-0 and modes of 2^31 and more
  // pass the check but are no Int32 to V8; node aborts on them).
  return value | 0;
});

// An error shaped like those node raises from C++: no code in the stack's first line.
function nativeError(Base, code, message) {
  const error = new Base(message);
  error.code = code;
  return error;
}

// The mode of access() and copyFile(): an int32 within [min, max], or the default.
const getValidMode = hideStackFrames((mode, type) => {
  let min = F_OK;
  let max = R_OK | W_OK | X_OK;
  let def = F_OK;
  if (type === 'copyFile') {
    min = 0;
    max = COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE;
    def = 0;
  }
  if (mode == null) return def;
  if (typeof mode !== 'number') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (!Number.isFinite(mode)) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range');
  }
  mode = Math.trunc(mode);  // node reads the number as an integer
  if (mode < min || mode > max) {
    const message = `mode is out of range: >= ${min} && <= ${max}`;
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', message);
  }
  return mode === 0 ? 0 : mode;
});

// Options --------------------------------------------------------------------------------------

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// The options argument: an object, an encoding name, or nothing (`defaults`).
function getOptions(options, defaults = {}) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

// The binding's id for an encoding name: a string encoding, or kBufferEncoding.
function encodingId(encoding) {
  if (encoding === 'buffer') return kBufferEncoding;
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return encodingIds.utf8;
  return encodingIds[Buffer.isEncoding(encoding) ? normalizeName(encoding) : 'utf8'];
}

function normalizeName(encoding) {
  const lower = `${encoding}`.toLowerCase();
  switch (lower) {
    case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf-16le': return 'utf16le';
    case 'binary': return 'latin1';
    default: return lower;
  }
}

// A name the binding returned (string or Uint8Array) as the caller asked for it.
function toName(value) {
  if (typeof value === 'string') return value;
  return new FastBuffer(value.buffer, value.byteOffset, value.length);
}

// Numbers --------------------------------------------------------------------------------------

// A time for utimes/futimes/lutimes: seconds, from a finite number (a negative one means
// now), a numeric string or a Date.
function toUnixTimestamp(time, name = 'time') {
  // eslint-disable-next-line eqeqeq -- node compares loosely: '  12 ' and '' are numbers here
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (isDate(time)) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

const validateOffsetLengthRead = hideStackFrames((offset, length, bufferLength) => {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
});

const validateOffsetLengthWrite = hideStackFrames((offset, length, byteLength) => {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
});

// A read/write position: null, undefined or -1 (current position), else a safe integer or
// a BigInt within int64.
const validatePosition = hideStackFrames((position, name = 'position') => {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
});

// Returns a plain copy of the list, which is what the binding gets: a proxy of an array, or
// an array whose getters answer differently later, must not reach the binding's checks.
const validateBufferArray = hideStackFrames((buffers, name = 'buffers') => {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  const copy = [...buffers];
  for (let i = 0; i < copy.length; i++) {
    if (!isArrayBufferView(copy[i])) {
      throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
    }
  }
  return copy;
});

// The `data` of writeFile/appendFile: a string or an ArrayBufferView.
const validateStringAfterArrayBufferView = hideStackFrames((buffer, name) => {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
});

// The bytes of an ArrayBufferView as a Uint8Array over the same memory.
function viewBytes(view) {
  if (isUint8Array(view) || view.byteLength === 0) return view;  // (a detached view: 0 bytes)
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// The symlink type flags: 'dir', 'junction', 'file' or nothing.
function symlinkFlags(type) {
  if (type == null || type === 'file') return 0;
  if (type === 'dir') return UV_FS_SYMLINK_DIR;
  if (type === 'junction') return UV_FS_SYMLINK_JUNCTION;
  if (typeof type !== 'string') return 0;  // node ignores a type that is not a string
  throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
}

// uid/gid: -1 keeps the current owner.
const validateId = hideStackFrames((id, name) => {
  validateInteger(id, name, -1, 4294967295);
  return id >>> 0;
});

// Errors ---------------------------------------------------------------------------------------

function notOnStack() {}

// Node's error for a failed system call: `ENOENT: no such file or directory, open 'x'`,
// with errno, code, syscall, path and dest in that order. Its stack starts below
// `stackStart`; async errors have none, as node's (made in C++) do.
function uvError(errno, syscall, path, dest, stackStart = uvError) {
  const ctx = { errno, code: undefined, syscall };
  if (path !== undefined) ctx.path = path;
  if (dest !== undefined) ctx.dest = dest;
  const err = UVException(ctx);
  Error.captureStackTrace(err, stackStart);
  return err;
}

// After a sync binding call: throws the error recorded in `ctx`, if any.
function throwIfError(ctx, path, dest) {
  if (ctx.errno !== undefined) throw uvError(ctx.errno, ctx.syscall, path, dest, throwIfError);
}

// writeSync's errors list `code` after `syscall`, as node's (built in JS there) do.
function throwIfWriteError(ctx) {
  if (ctx.errno === undefined) return;
  const err = UVException({ errno: ctx.errno, syscall: ctx.syscall });
  Error.captureStackTrace(err, throwIfWriteError);
  throw err;
}

// Node's SystemError: `SystemError [ERR_FS_EISDIR]: Path is a directory: rm returned EISDIR
// (is a directory) /tmp`, with `info` and errno/syscall/path/dest reading from it.
class SystemError extends Error {
  constructor(key, prefix, context) {
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    Object.defineProperty(this, 'name', {
      value: `SystemError [${key}]`, writable: true, configurable: true,
    });
    Error.captureStackTrace(this, SystemError);
    this.stack;  // eslint-disable-line no-unused-expressions -- format it with the code shown
    this.name = 'SystemError';
    this.code = key;
    Object.defineProperty(this, 'info', { value: context, enumerable: true, configurable: true });
    for (const field of ['errno', 'syscall', 'path', 'dest']) {
      if (field !== 'errno' && context[field] === undefined) continue;
      Object.defineProperty(this, field, {
        get() { return context[field]; },
        set(value) { context[field] = value; },
        enumerable: true,
        configurable: true,
      });
    }
    Object.defineProperty(this, kIsNodeError, { value: true, configurable: true });
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

const systemErrorPrefixes = {
  __proto__: null,
  ERR_FS_EISDIR: 'Path is a directory',
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_FIFO_PIPE: 'Cannot copy a FIFO pipe',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_SOCKET: 'Cannot copy a socket file',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
};

// The OS's number for an error name ('EISDIR' -> 21), as SystemError's info carries it.
function osErrno(code) {
  return internalBinding('constants').os.errno[code];
}

// A SystemError for one of fs's codes. `info` becomes the error's `info` as given (its key
// order shows in inspect, and node's differs between rm and cp).
function systemError(key, info) {
  return new SystemError(key, systemErrorPrefixes[key], info);
}

// Calling the binding --------------------------------------------------------------------------

function failRequest(req) {
  req.oncomplete(req.errno, undefined, req.syscall);
}

// After an async binding call: when libuv refused the request, report it like a failure.
function submitted(status, req) {
  if (status < 0) process.nextTick(failRequest, req);
}

// A request whose completion calls `callback(err)` or `callback(null, convert(result))`
// (just `callback(null)` when there is no result), as fs's callback API does.
function callbackRequest(callback, path, dest, convert) {
  const req = new FSReqCallback(false);
  req.oncomplete = (errno, result, syscall) => {
    if (errno < 0) {
      callback(uvError(errno, syscall, path, dest, notOnStack));
      return;
    }
    if (convert !== undefined) result = convert(result);
    if (result === undefined) callback(null);
    else callback(null, result);
  };
  return req;
}

// Runs `start(req)` (one binding call) as a promise of its converted result.
function promiseCall(start, path, dest, convert) {
  return new Promise((resolve, reject) => {
    const req = new FSReqCallback(true);
    req.oncomplete = (errno, result, syscall) => {
      if (errno < 0) reject(uvError(errno, syscall, path, dest, notOnStack));
      else resolve(convert === undefined ? result : convert(result));
    };
    submitted(start(req), req);
  });
}

const maybeCallback = hideStackFrames((callback) => {
  validateFunction(callback, 'cb');
  return callback;
});

// Strings too long to become a string come back from the binding as null.
function checkString(result) {
  if (result === null) throw stringTooLongError();
  return result;
}

// rm / rmdir / cp options ----------------------------------------------------------------------

const defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };
const defaultRmdirOptions = { retryDelay: 100, maxRetries: 0, recursive: false };

// rm's options with their defaults, checked. (Named as node's, whose tests reach for it.)
const validateRmOptionsSync = hideStackFrames((path, options) => {
  if (options === undefined) return { ...defaultRmOptions };
  validateObject(options, 'options');
  options = { ...defaultRmOptions, ...options };
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
});

const validateRmdirOptions = hideStackFrames((options, defaults = defaultRmdirOptions) => {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
});

module.exports = {
  // Node keeps the stats classes here; its tests reach for them.
  get BigIntStats() { return require('internal/fs/stats').BigIntStats; },
  get Stats() { return require('internal/fs/stats').Stats; },
  binding,
  constants: fsConstants,
  kBufferEncoding,
  kIoMaxLength,
  kWriteFileMaxChunkSize,
  kReadFileUnknownBufferLength,
  FSReqCallback,
  SystemError,
  assertEncoding,
  callbackRequest,
  checkString,
  defaultRmOptions,
  defaultRmdirOptions,
  encodingId,
  getOptions,
  getValidMode,
  getValidatedFd,
  getValidatedFdNative,
  getValidatedPath,
  maybeCallback,
  nativeError,
  notOnStack,
  osErrno,
  parseFileMode,
  pathToString,
  promiseCall,
  stringToFlags,
  submitted,
  symlinkFlags,
  systemError,
  throwIfError,
  throwIfWriteError,
  toName,
  toUnixTimestamp,
  uvError,
  validateBufferArray,
  validateId,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePath,
  validatePosition,
  validateRmOptionsSync,
  validateRmdirOptions,
  validateStringAfterArrayBufferView,
  viewBytes,
  uvErrmapGet,
  warnOnNonPortableTemplate,
};
