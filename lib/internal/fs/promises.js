'use strict';
// fs.promises: each operation as a promise of its result, and FileHandle, the object that
// owns an open file. A FileHandle counts the operations in flight; close() waits for them,
// and an operation on a closed handle fails with EBADF "file closed". If a FileHandle is
// dropped while open, its native side (src/fs/file_handle.cc) closes the fd on GC and this
// file prints node's warning.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INTERNAL_ASSERTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_UNKNOWN_ENCODING,
  },
  AbortError,
  aggregateTwoErrors,
} = require('internal/errors');
const {
  validateBoolean,
  validateEncoding,
  validateInt32,
  validateInteger,
  validateObject,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const { isArrayBufferView } = require('internal/util/types');
const {
  binding,
  checkString,
  constants,
  encodingId,
  getOptions,
  getValidMode,
  getValidatedFd,
  getValidatedPath,
  kWriteFileMaxChunkSize,
  parseFileMode,
  promiseCall,
  stringToFlags,
  symlinkFlags,
  toName,
  toUnixTimestamp,
  uvError,
  validateBufferArray,
  validateId,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validateRmOptionsSync,
  validateRmdirOptions,
  validateStringAfterArrayBufferView,
  viewBytes,
  warnOnNonPortableTemplate,
} = require('internal/fs/utils');
const {
  getStatFsFromBinding,
  getStatsFromBinding,
  statFsArray,
  statsArray,
} = require('internal/fs/stats');
const { readdirPromise } = require('internal/fs/dir');

const { F_OK } = constants;
const kHandle = Symbol('kHandle');
const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kLocked = Symbol('kLocked');
const kAsyncId = Symbol('kAsyncId');
const kClose = Symbol('kClose');
const kCloseNow = Symbol('kCloseNow');
const kRun = Symbol('kRun');

let warningInstalled = false;
function installGcCloseWarning() {
  if (warningInstalled) return;
  warningInstalled = true;
  binding.setGcCloseWarning((fd) => {
    process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
    process.emitWarning(
      'Closing a FileHandle object on garbage collection is deprecated. Please close FileHandle ' +
      'objects explicitly using FileHandle.prototype.close(). In the future, an error will be ' +
      'thrown if a file descriptor is closed during garbage collection.',
      'DeprecationWarning', 'DEP0137');
  });
}

function aborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

let nextAsyncId = 1;
const kAttachStream = Symbol('kAttachStream');
const kStreams = Symbol('kStreams');

// A FileHandle is an EventEmitter that can be transferred to a worker (postMessage with the
// handle in the transfer list): its base is the messaging binding's Transferable, whose
// prototype leads on to EventEmitter's.
const { Transferable, kTransferData, kTransferDone } = require('internal/worker/js_transferable');
Object.setPrototypeOf(Transferable.prototype, EventEmitter.prototype);

let DOMException;
function dataCloneError(message) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, 'DataCloneError');
}

class FileHandle extends Transferable {
  constructor(fd) {
    super();
    EventEmitter.call(this);
    installGcCloseWarning();
    this[kHandle] = new binding.FileHandle(fd);
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    this[kLocked] = false;
    this[kAsyncId] = nextAsyncId++;
    // An own property, as in node: `const { close } = handle` keeps working.
    this.close = async () => this[kClose]();
  }

  getAsyncId() {
    return this[kAsyncId];
  }

  // A stream over this handle (createReadStream, { fd: handle }) uses it until destroyed.
  [kAttachStream](stream) {
    this[kStreams] ??= new Set();
    this[kStreams].add(stream);
    stream.once('close', () => this[kStreams].delete(stream));
  }

  [kTransferData]() {
    if (this[kFd] === -1 || this[kClosePromise]) {
      throw dataCloneError('Cannot transfer object of unsupported type.');
    }
    const streamInUse = this[kStreams] !== undefined &&
      [...this[kStreams]].some((stream) => !stream.destroyed);
    if (this[kRefs] > 1 || this[kLocked] || streamInUse) {
      throw dataCloneError('Cannot transfer FileHandle while in use');
    }
    return { type: 'FileHandle', fd: this[kFd] };
  }

  // The fd now belongs to the FileHandle made on the other side: this one is closed without
  // closing it (and without a 'close' event, as in node).
  [kTransferDone]() {
    this[kHandle].markClosed();
    this[kFd] = -1;
  }

  get fd() {
    return this[kFd];
  }

  [kClose]() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    this[kClosePromise] = new Promise((resolve, reject) => {
      this[kCloseResolve] = resolve;
      this[kCloseReject] = reject;
    }).finally(() => {
      this[kClosePromise] = null;
      this[kCloseResolve] = undefined;
      this[kCloseReject] = undefined;
      this.emit('close');
    });
    if (this[kRefs] === 0) this[kCloseNow]();
    return this[kClosePromise];
  }

  // Called when the last operation in flight ends after close() was asked for.
  [kCloseNow]() {
    const fd = this[kFd];
    this[kHandle].markClosed();
    this[kFd] = -1;
    promiseCall((req) => binding.close(fd, req)).then(this[kCloseResolve], this[kCloseReject]);
  }

  // Runs `operation(fd)` counting it in flight; rejects on a closed handle.
  async [kRun](syscall, operation) {
    if (this[kFd] === -1 || this[kClosePromise]) throw closedError(syscall);
    this[kRefs]++;
    try {
      return await operation(this[kFd]);
    } finally {
      this[kRefs]--;
      if (this[kRefs] === 0 && this[kFd] !== -1 && this[kClosePromise]) this[kCloseNow]();
    }
  }

  appendFile(data, options) {
    return this[kRun]('writeFile', () => writeFileHandle(this, data, appendOptions(options)));
  }

  // Arguments are checked inside the operation: a bad one rejects, as in node.
  chmod(mode) {
    return this[kRun]('fchmod', (fd) => {
      mode = parseFileMode(mode, 'mode');
      return promiseCall((req) => binding.fchmod(fd, mode, req));
    });
  }

  chown(uid, gid) {
    return this[kRun]('fchown', (fd) => {
      uid = validateId(uid, 'uid');
      gid = validateId(gid, 'gid');
      return promiseCall((req) => binding.fchown(fd, uid, gid, req));
    });
  }

  datasync() {
    return this[kRun]('fdatasync', (fd) => promiseCall((req) => binding.fdatasync(fd, req)));
  }

  sync() {
    return this[kRun]('fsync', (fd) => promiseCall((req) => binding.fsync(fd, req)));
  }

  read(buffer, offset, length, position) {
    const count = arguments.length;
    return this[kRun]('read', (fd) => readHandle(fd, buffer, offset, length, position, count));
  }

  readv(buffers, position) {
    return this[kRun]('readv', async (fd) => {
      const list = validateBufferArray(buffers);
      if (typeof position !== 'number') position = null;
      const bytesRead = await promiseCall((req) => binding.readBuffers(fd, list, position, req));
      return { __proto__: null, bytesRead, buffers };
    });
  }

  readFile(options) {
    return this[kRun]('readFile', () => readFileHandle(this, options));
  }

  readLines(options = undefined) {
    const { Interface } = require('readline');
    return new Interface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  stat(options = { bigint: false }) {
    return this[kRun]('fstat', (fd) => {
      const array = statsArray(options.bigint, true);
      const start = (req) => binding.fstat(fd, array, req);
      return promiseCall(start, undefined, undefined, getStatsFromBinding);
    });
  }

  truncate(len = 0) {
    return this[kRun]('ftruncate', (fd) => {
      validateInteger(len, 'len');
      len = Math.max(0, len);
      return promiseCall((req) => binding.ftruncate(fd, len, req));
    });
  }

  utimes(atime, mtime) {
    return this[kRun]('futimes', (fd) => {
      atime = toUnixTimestamp(atime, 'atime');
      mtime = toUnixTimestamp(mtime, 'mtime');
      return promiseCall((req) => binding.futimes(fd, atime, mtime, req));
    });
  }

  write(buffer, offsetOrOptions, length, position) {
    return this[kRun]('write', (fd) => writeHandle(fd, buffer, offsetOrOptions, length, position));
  }

  writev(buffers, position) {
    return this[kRun]('writev', async (fd) => {
      const list = validateBufferArray(buffers);
      if (typeof position !== 'number') position = null;
      if (list.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
      const bytesWritten = await promiseCall(
        (req) => binding.writeBuffers(fd, list, position, req));
      return { __proto__: null, bytesWritten, buffers };
    });
  }

  writeFile(data, options) {
    return this[kRun]('writeFile', () => writeFileHandle(this, data, options));
  }

  // A web ReadableStream of the file from its current position: ArrayBuffer chunks, or with
  // `type: 'bytes'` a byte stream. The handle stays locked to it and open after it ends.
  readableWebStream(options = kEmptyObject) {
    if (this[kFd] === -1 || this[kClosePromise]) {
      throw new ERR_INVALID_STATE('The FileHandle is closed');
    }
    if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    this[kLocked] = true;
    const isClosing = () => this[kFd] === -1 || this[kClosePromise] !== null;
    return require('internal/fs/readable_web_stream').readableWebStream(this, options.type, isClosing);
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}

// As node's, the promise methods reject (not throw) when called on anything but a FileHandle.
for (const name of ['appendFile', 'chmod', 'chown', 'datasync', 'sync', 'read', 'readv', 'readFile',
                    'stat', 'truncate', 'utimes', 'write', 'writev', 'writeFile']) {
  const method = FileHandle.prototype[name];
  Object.defineProperty(FileHandle.prototype, name, {
    __proto__: null,
    configurable: true,
    writable: true,
    value: {
      [name](...args) {
        if (!(this instanceof FileHandle)) {
          return Promise.reject(new ERR_INTERNAL_ASSERTION('handle must be an instance of FileHandle'));
        }
        return Reflect.apply(method, this, args);
      },
    }[name],
  });
}

if (typeof Symbol.asyncDispose === 'symbol') {
  FileHandle.prototype[Symbol.asyncDispose] = function() {
    return this.close();
  };
}

// FileHandle.read --------------------------------------------------------------------------------

async function readHandle(fd, buffer, offset, length, position, argumentCount) {
  if (!isArrayBufferView(buffer)) {
    // read(options) or read()
    if (buffer != null) validateObject(buffer, 'options', kValidateObjectAllowNullable);
    const options = buffer ?? kEmptyObject;
    buffer = options.buffer ?? Buffer.alloc(16384);
    offset = options.offset ?? 0;
    length = options.length ?? buffer.byteLength - offset;
    position = options.position ?? null;
  } else if (argumentCount <= 2 && offset !== null && typeof offset === 'object') {
    // read(buffer, options)
    const options = offset;
    offset = options.offset ?? 0;
    length = options.length ?? buffer.byteLength - offset;
    position = options.position ?? null;
  }
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: 0, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  // (node aborts on a length that is no int32 here; lode refuses it.)
  validateInt32(length, 'length', 0);
  // A position that is no safe integer means "the current position", as in node.
  if (!Number.isSafeInteger(position)) position = -1;
  const bytesRead = await promiseCall(
    (req) => binding.read(fd, buffer, offset, length, position, req));
  return { __proto__: null, bytesRead, buffer };
}

async function writeHandle(fd, buffer, offset, length, position) {
  // node's first check: anything with a byteLength of 0 (a detached ArrayBuffer too) is written.
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  if (isArrayBufferView(buffer)) {
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    if (length === 0) return { __proto__: null, bytesWritten: 0, buffer };
    const bytesWritten = await promiseCall(
      (req) => binding.writeBuffer(fd, buffer, offset, length, position, req));
    return { __proto__: null, bytesWritten, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  // write(string, position, encoding)
  validateEncoding(buffer, length);
  const bytesWritten = await promiseCall(
    (req) => binding.writeString(fd, buffer, offset ?? null, encodingId(length), req));
  return { __proto__: null, bytesWritten, buffer };
}

// readFile / writeFile ---------------------------------------------------------------------------

function readFileResult(result, encoding) {
  if (encoding === 'buffer') throw new ERR_UNKNOWN_ENCODING(encoding);
  if (typeof result === 'object' && result !== null) {
    return new FastBuffer(result.buffer, result.byteOffset, result.length);
  }
  return checkString(result);
}

// One binding call reads the whole file on the pool: open, fstat, read to the end, close.
function readWhole(target, flags, encoding, path) {
  return new Promise((resolve, reject) => {
    const req = new binding.FSReqCallback(true);
    req.oncomplete = (errno, result, syscall) => {
      if (errno === -27 /* EFBIG */) {
        const fs = require('fs');
        const stats = typeof target === 'number' ? fs.fstatSync(target) : fs.statSync(target);
        const { size } = stats;
        reject(new ERR_FS_FILE_TOO_LARGE(size));
      } else if (errno < 0) {
        reject(uvError(errno, syscall, syscall === 'open' ? path : undefined, undefined, () => {}));
      } else {
        try {
          resolve(readFileResult(result, encoding));
        } catch (err) {
          reject(err);
        }
      }
    };
    binding.readFile(target, flags, encodingId(encoding ?? 'buffer'), req);
  });
}

async function readFileHandle(handle, options) {
  options = getOptions(options, { flag: 'r' });
  aborted(options.signal);
  const result = await readWhole(handle.fd, 0, options.encoding, undefined);
  aborted(options.signal);
  return result;
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flags = stringToFlags(options.flag || 'r', 'options.flag');
  if (path instanceof FileHandle) return readFileHandle(path, options);
  path = getValidatedPath(path);
  aborted(options.signal);
  const result = await readWhole(path, flags, options.encoding, path);
  aborted(options.signal);
  return result;
}

function isIterableData(data) {
  return data != null && typeof data !== 'string' && !isArrayBufferView(data) &&
    (typeof data[Symbol.asyncIterator] === 'function' ||
     typeof data[Symbol.iterator] === 'function');
}

// Writes all of `bytes` at the handle's position, in 512 KiB steps when a signal may stop it.
async function writeBytes(fd, bytes, signal) {
  let offset = 0;
  while (offset < bytes.byteLength) {
    aborted(signal);
    const length = signal ? Math.min(kWriteFileMaxChunkSize, bytes.byteLength - offset) :
      bytes.byteLength - offset;
    offset += await promiseCall((req) => binding.writeBuffer(fd, bytes, offset, length, null, req));
  }
}

async function writeFileHandle(handle, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  validateWriteData(data);
  const { signal } = options;
  const encoding = options.encoding || 'utf8';
  aborted(signal);
  if (isIterableData(data)) {
    for await (const chunk of data) {
      aborted(signal);
      let bytes;
      if (typeof chunk === 'string') bytes = Buffer.from(chunk, encoding);
      else if (isArrayBufferView(chunk)) bytes = viewBytes(chunk);
      else bytes = Buffer.from(chunk);  // throws node's error for anything else
      await writeBytes(handle.fd, bytes, signal);
    }
    return;
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, encoding) : viewBytes(data);
  await writeBytes(handle.fd, bytes, signal);
}

// What writeFile may write. A view of a detached buffer is refused with V8's TypeError, as
// node's promise API refuses it.
function validateWriteData(data) {
  if (isArrayBufferView(data)) {
    if (data.byteLength === 0) new Uint8Array(data.buffer);  // throws when detached
    return;
  }
  if (typeof data === 'string' || isIterableData(data)) return;
  validateStringAfterArrayBufferView(data, 'data');
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  if (flush !== false) validateBoolean(flush, 'options.flush');
  validateWriteData(data);
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  aborted(options.signal);
  if (options.signal === undefined && (typeof data === 'string' || isArrayBufferView(data))) {
    // One trip to the thread pool: open, write everything, fsync with `flush`, close.
    const flags = stringToFlags(flag, 'options.flag');
    const mode = parseFileMode(options.mode, 'mode', 0o666);
    return writeWhole(getValidatedPath(path), data, options.encoding || 'utf8', flags, mode, flush);
  }
  const handle = await open(path, flag, options.mode);
  return closeAfter(handle, async () => {
    await writeFileHandle(handle, data, options);
    if (flush) await handle.sync();
  });
}

// The operation's outcome once the handle it opened is closed, as node's handleFdClose has it:
// when closing fails too, an AggregateError of both, with the operation's code.
async function closeAfter(handle, operation) {
  let result;
  try {
    result = await operation();
  } catch (opError) {
    try {
      await handle.close();
    } catch (closeError) {
      throw aggregateTwoErrors(closeError, opError);
    }
    throw opError;
  }
  await handle.close();
  return result;
}

function writeWhole(path, data, encoding, flags, mode, flush) {
  return new Promise((resolve, reject) => {
    const req = new binding.FSReqCallback(true);
    req.oncomplete = (errno, result, syscall) => {
      if (errno < 0) {
        const errorPath = syscall === 'open' ? path : undefined;
        reject(uvError(errno, syscall, errorPath, undefined, () => {}));
      }
      else resolve();
    };
    binding.writeFile(path, data, encodingId(encoding), flags, mode, flush, req);
  });
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  return { ...options, flag: options.flag || 'a' };
}

async function appendFile(path, data, options) {
  return writeFile(path, data, appendOptions(options));
}

// Operations on paths ----------------------------------------------------------------------------

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  return promiseCall((req) => binding.access(path, mode, req), path);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  return promiseCall((req) => binding.copyFile(src, dest, mode, req), src, dest);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  const fd = await promiseCall((req) => binding.open(path, flagsNumber, mode, req), path);
  return new FileHandle(fd);
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return promiseCall((req) => binding.rename(oldPath, newPath, req), oldPath, newPath);
}

async function truncate(path, len = 0) {
  const handle = await open(path, 'r+');
  return closeAfter(handle, () => handle.truncate(len));
}

// rm, rmdir and cp run their callback forms; options are checked here first, since a
// function there is no callback in the promise API.
async function rm(path, options) {
  const { rm: rmCallback } = require('internal/fs/rimraf');
  path = getValidatedPath(path);
  options = validateRmOptionsSync(path, options);
  return new Promise((resolve, reject) => {
    rmCallback(path, options, (err) => (err ? reject(err) : resolve()));
  });
}

async function rmdir(path, options) {
  const { rmdir: rmdirCallback } = require('internal/fs/rimraf');
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);  // a copy of the options' own properties, as node's
  return new Promise((resolve, reject) => {
    rmdirCallback(path, options, (err) => (err ? reject(err) : resolve()));
  });
}

async function mkdir(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  validateBoolean(recursive, 'options.recursive');
  path = getValidatedPath(path);
  return promiseCall((req) => binding.mkdir(path, mode, recursive, req), path);
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const encoding = encodingId(options.encoding);
  return promiseCall((req) => binding.readlink(path, encoding, req), path, undefined, toName);
}

async function symlink(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = symlinkFlags(type);
  return promiseCall((req) => binding.symlink(target, path, flags, req), target, path);
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const array = statsArray(options.bigint, true);
  const start = (req) => binding.lstat(path, array, req);
  return promiseCall(start, path, undefined, getStatsFromBinding);
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const array = statsArray(options.bigint, true);
  return promiseCall((req) => binding.stat(path, array, req), path, undefined, getStatsFromBinding);
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const array = statFsArray(options.bigint);
  const start = (req) => binding.statfs(path, array, req);
  return promiseCall(start, path, undefined, getStatFsFromBinding);
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return promiseCall((req) => binding.link(existingPath, newPath, req), existingPath, newPath);
}

async function unlink(path) {
  path = getValidatedPath(path);
  return promiseCall((req) => binding.unlink(path, req), path);
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return promiseCall((req) => binding.chmod(path, mode, req), path);
}

async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  uid = validateId(uid, 'uid');
  gid = validateId(gid, 'gid');
  return promiseCall((req) => binding.chown(path, uid, gid, req), path);
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  uid = validateId(uid, 'uid');
  gid = validateId(gid, 'gid');
  return promiseCall((req) => binding.lchown(path, uid, gid, req), path);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  atime = toUnixTimestamp(atime);
  mtime = toUnixTimestamp(mtime);
  return promiseCall((req) => binding.utimes(path, atime, mtime, req), path);
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  atime = toUnixTimestamp(atime);
  mtime = toUnixTimestamp(mtime);
  return promiseCall((req) => binding.lutimes(path, atime, mtime, req), path);
}

// The promise API asks the system's realpath(3), unlike fs.realpath.
async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const encoding = encodingId(options.encoding);
  const start = (req) => binding.realpath(path, req, undefined, encoding);
  return promiseCall(start, path, undefined, toName);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  if (prefix.length === 0) throw uvError(-22, 'mkdtemp', 'XXXXX', undefined, mkdtemp);
  const encoding = encodingId(options.encoding);
  const start = (req) => binding.mkdtemp(prefix, encoding, req);
  return promiseCall(start, `${prefix}XXXXXX`, undefined, toName);
}

async function cp(src, dest, options) {
  const { cp: cpCallback } = require('internal/fs/cp');
  if (options !== undefined) validateObject(options, 'options');
  return new Promise((resolve, reject) => {
    cpCallback(src, dest, options, (err) => (err ? reject(err) : resolve()));
  });
}

async function readdir(path, options) {
  return readdirPromise(path, options);
}

// node's is the callback opendir promisified: the callback goes after all the arguments given.
function opendir(...args) {
  const { opendir: opendirCallback } = require('internal/fs/opendir');
  return new Promise((resolve, reject) => {
    opendirCallback(...args, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}
Object.defineProperty(opendir, 'length', { value: 3 });

function watch(filename, options = undefined) {
  return require('internal/fs/watchers').watchPromise(filename, options);
}

module.exports = {
  exports: {
    access,
    copyFile,
    cp,
    open,
    opendir,
    rename,
    truncate,
    rm,
    rmdir,
    mkdir,
    readdir,
    readlink,
    symlink,
    lstat,
    stat,
    statfs,
    link,
    unlink,
    chmod,
    lchmod,
    lchown,
    chown,
    utimes,
    lutimes,
    realpath,
    mkdtemp,
    writeFile,
    appendFile,
    readFile,
    watch,
    constants,
  },
  FileHandle,
  kAttachStream,
  fileHandleFromTransfer: ({ fd }) => new FileHandle(fd),
  getValidatedFd,
};
