'use strict';
// fs.Dir and opendir: a directory read a batch (`bufferSize` entries) at a time through the
// fs_dir binding. Async operations queue behind each other; a sync one while an async one
// runs is ERR_DIR_CONCURRENT_OPERATION; anything after close is ERR_DIR_CLOSED. With
// `recursive`, subdirectories are opened in the order they were found.

const path = require('path');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateUint32 } = require('internal/validators');
const {
  binding: fsBinding,
  encodingId,
  getOptions,
  getValidatedPath,
  notOnStack,
  pathToString,
  submitted,
  throwIfError,
  toName,
  uvError,
} = require('internal/fs/utils');
const { Dirent, typeFromMode } = require('internal/fs/dir');
const { statsArray } = require('internal/fs/stats');

const binding = internalBinding('fs_dir');
const { UV_DIRENT_DIR, UV_DIRENT_UNKNOWN } = internalBinding('constants').fs;

let warningInstalled = false;
function installGcCloseWarning() {
  if (warningInstalled) return;
  warningInstalled = true;
  binding.setGcCloseWarning(() => {
    process.emitWarning('Closing directory handle on garbage collection');
  });
}

// One request to the binding, completing with (err, result).
function request(callback, errorPath) {
  const req = new fsBinding.FSReqCallback(false);
  req.oncomplete = (errno, result, syscall) => {
    if (errno < 0) callback(uvError(errno, syscall, errorPath, undefined, notOnStack));
    else callback(null, result);
  };
  return req;
}

function callSync(fn, errorPath) {
  const ctx = {};
  const result = fn(ctx);
  throwIfError(ctx, errorPath);
  return result;
}

// An entry's type when the file system did not say: lstat it.
function resolvedType(dir, name, type) {
  if (type !== UV_DIRENT_UNKNOWN) return type;
  const ctx = {};
  const array = statsArray(false, false);
  fsBinding.lstat(path.join(pathToString(dir), pathToString(name)), array, undefined, ctx);
  return ctx.errno === undefined ? typeFromMode(array[1]) : UV_DIRENT_UNKNOWN;
}

const kHandle = Symbol('kDirHandle');
const kPath = Symbol('kDirPath');
const kBuffered = Symbol('kDirBufferedEntries');
const kClosed = Symbol('kDirClosed');
const kQueue = Symbol('kDirOperationQueue');
const kOptions = Symbol('kDirOptions');
const kPending = Symbol('kDirPendingDirectories');
const kCurrentPath = Symbol('kDirCurrentPath');

class Dir {
  constructor(handle, dirPath, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    installGcCloseWarning();
    this[kHandle] = handle;
    this[kPath] = dirPath;
    this[kCurrentPath] = dirPath;
    this[kBuffered] = [];
    this[kClosed] = false;
    this[kQueue] = null;  // non-null while an async operation runs
    this[kPending] = [];  // subdirectories still to read, with `recursive`
    this[kOptions] = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
    validateUint32(this[kOptions].bufferSize, 'options.bufferSize', true);
    const { recursive } = this[kOptions];
    if (recursive !== undefined) validateBoolean(recursive, 'options.recursive');
  }

  get path() {
    return this[kPath];
  }

  // Turns a batch [name, type, ...] into Dirents, noting subdirectories when recursive.
  #take(batch) {
    const dirPath = this[kCurrentPath];
    for (let i = 0; i < batch.length; i += 2) {
      const name = toName(batch[i]);
      const type = resolvedType(dirPath, name, batch[i + 1]);
      if (this[kOptions].recursive && type === UV_DIRENT_DIR) {
        this[kPending].push(path.join(pathToString(dirPath), pathToString(name)));
      }
      this[kBuffered].push(new Dirent(name, type, dirPath));
    }
  }

  // Runs `operation(finish)`, an async binding operation; operations asked for meanwhile
  // wait in the queue and run once `finish` is called.
  #exclusive(operation) {
    this[kQueue] = [];
    operation(() => {
      const waiting = this[kQueue];
      this[kQueue] = null;
      for (const next of waiting) next();
    });
  }

  read(callback) {
    if (callback === undefined) {
      if (this[kClosed]) throw new ERR_DIR_CLOSED();  // thrown, not a rejection, as in node
      return new Promise((resolve, reject) => {
        this.read((err, entry) => (err ? reject(err) : resolve(entry)));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kQueue] !== null) {
      this[kQueue].push(() => this.read(callback));
      return;
    }
    if (this[kBuffered].length > 0) {
      process.nextTick(callback, null, this[kBuffered].shift());
      return;
    }
    // The operation counts as running until its callback has returned, as in node.
    this.#exclusive((finish) => this.#fetch((err, entry) => {
      try {
        callback(err, entry);
      } finally {
        finish();
      }
    }));
  }

  // Reads the next batch (moving on to the next directory when recursive) and gives back
  // its first entry, or null at the end.
  #fetch(callback) {
    const { encoding, bufferSize } = this[kOptions];
    const req = request((err, batch) => {
      if (err) {
        callback(err);
        return;
      }
      if (batch !== null) {
        this.#take(batch);
        callback(null, this[kBuffered].shift());
        return;
      }
      this.#nextDirectoryAsync(callback);
    });
    submitted(this[kHandle].read(encodingId(encoding), bufferSize, req), req);
  }

  // At the end of one directory: go on with the next pending one, or report the end.
  #nextDirectoryAsync(callback) {
    const next = this[kPending].shift();
    if (next === undefined) {
      callback(null, null);
      return;
    }
    const req = request((err, handle) => {
      if (err) {
        callback(err);
        return;
      }
      this.#switchTo(handle, next, (closeErr) => {
        if (closeErr) callback(closeErr);
        else this.#fetch(callback);
      });
    });
    submitted(binding.opendir(next, encodingId(this[kOptions].encoding), req), req);
  }

  #switchTo(handle, dirPath, callback) {
    const previous = this[kHandle];
    this[kHandle] = handle;
    this[kCurrentPath] = dirPath;
    if (callback === undefined) {
      callSync((ctx) => previous.close(undefined, ctx));
      return;
    }
    const req = request(callback);
    submitted(previous.close(req), req);
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    for (;;) {
      if (this[kBuffered].length > 0) return this[kBuffered].shift();
      const { encoding, bufferSize } = this[kOptions];
      const id = encodingId(encoding);
      const batch = callSync((ctx) => this[kHandle].read(id, bufferSize, undefined, ctx));
      if (batch !== null) {
        this.#take(batch);
        continue;
      }
      const next = this[kPending].shift();
      if (next === undefined) return null;
      const handle = callSync((ctx) => binding.opendir(next, encodingId(encoding), undefined, ctx));
      this.#switchTo(handle, next);
    }
  }

  close(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kQueue] !== null) {
      this[kQueue].push(() => this.close(callback));
      return;
    }
    this[kClosed] = true;
    this.#exclusive((finish) => {
      const req = request((err) => {
        try {
          callback(err);
        } finally {
          finish();
        }
      });
      submitted(this[kHandle].close(req), req);
    });
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kClosed] = true;
    callSync((ctx) => this[kHandle].close(undefined, ctx));
  }

  async* entries() {
    try {
      for (;;) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }
}

Dir.prototype[Symbol.asyncIterator] = Dir.prototype.entries;
if (typeof Symbol.asyncDispose === 'symbol') {
  Dir.prototype[Symbol.asyncDispose] = async function() {
    if (!this[kClosed]) await this.close();
  };
}

function opendirArguments(dirPath, options) {
  dirPath = getValidatedPath(dirPath);
  options = getOptions(options, { encoding: 'utf8' });
  const { bufferSize } = options;
  if (bufferSize !== undefined) validateUint32(bufferSize, 'options.bufferSize', true);
  return [dirPath, options];
}

function opendir(dirPath, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  [dirPath, options] = opendirArguments(dirPath, options);
  const req = request((err, handle) => {
    if (err) callback(err);
    else callback(null, new Dir(handle, dirPath, options));
  }, dirPath);
  submitted(binding.opendir(dirPath, encodingId(options.encoding), req), req);
}

function opendirSync(dirPath, options) {
  [dirPath, options] = opendirArguments(dirPath, options);
  // node's sync opendir names no path in its error.
  const encoding = encodingId(options.encoding);
  const handle = callSync((ctx) => binding.opendir(dirPath, encoding, undefined, ctx));
  return new Dir(handle, dirPath, options);
}

module.exports = { Dir, opendir, opendirSync };
