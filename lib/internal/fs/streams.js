'use strict';
// fs.ReadStream and fs.WriteStream: streams over a file (a path, an fd, or a FileHandle),
// through the fs callback API (or the `fs` option's replacement for it). The file is opened
// in _construct; a read or write in flight delays closing until it is done; a write that the
// kernel takes only part of is continued, so no byte is lost; 'finish' comes once every
// write has returned; with `flush` the file is fsynced before it is closed.

const { Buffer } = require('buffer');
const { Readable, Writable, finished } = require('stream');
const { errorOrDestroy } = require('internal/streams/destroy');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateInteger } = require('internal/validators');
const { deprecate, kEmptyObject } = require('internal/util');
const {
  FSReqCallback,
  binding,
  getOptions,
  getValidatedPath,
  notOnStack,
  submitted,
  uvError,
} = require('internal/fs/utils');

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');

let fs;
let publicRead;
let publicWrite;
function lazyFs() {
  if (fs === undefined) {
    fs = require('fs');
    publicRead = fs.read;
    publicWrite = fs.write;
  }
  return fs;
}

// When a stream's reads and writes go to fs's own functions (not patched, not the `fs`
// option's), they go straight to the binding: the stream has already checked everything
// those functions would.
function fastRequest(callback) {
  const req = new FSReqCallback(false);
  req.oncomplete = (errno, result, syscall) => {
    if (errno < 0) callback(uvError(errno, syscall, undefined, undefined, notOnStack), 0);
    else callback(null, result);
  };
  return req;
}

function readChunk(stream, buffer, length, callback) {
  const operations = stream[kFs];
  if (operations.read !== publicRead) {
    operations.read(stream.fd, buffer, 0, length, stream.pos, callback);
    return;
  }
  const req = fastRequest(callback);
  submitted(binding.read(stream.fd, buffer, 0, length, stream.pos ?? -1, req), req);
}

function writeChunk(stream, buffer, offset, length, position, callback) {
  const operations = stream[kFs];
  if (operations.write !== publicWrite) {
    operations.write(stream.fd, buffer, offset, length, position, callback);
    return;
  }
  const req = fastRequest(callback);
  submitted(binding.writeBuffer(stream.fd, buffer, offset, length, position ?? null, req), req);
}

let FileHandle;
function isFileHandle(value) {
  FileHandle ??= require('internal/fs/promises').FileHandle;
  return value instanceof FileHandle;
}

// The operations a stream needs, over a FileHandle's promise methods.
function fileHandleOperations(handle) {
  const settle = (promise, callback, pick) => promise.then(
    (result) => callback(null, ...pick(result)),
    (err) => callback(err));
  return {
    open() { throw new ERR_METHOD_NOT_IMPLEMENTED('open()'); },
    close(fd, callback) { settle(handle.close(), callback, () => []); },
    read(fd, buffer, offset, length, position, callback) {
      // A handle closed under the stream ends it (its 'close' destroys the stream).
      if (handle.fd === -1) {
        process.nextTick(callback, null, 0, buffer);
        return;
      }
      const reading = handle.read(buffer, offset, length, position).catch((err) => {
        if (err.code === 'EBADF' && err.message === 'file closed') return { bytesRead: 0, buffer };
        throw err;
      });
      settle(reading, callback, (r) => [r.bytesRead, r.buffer]);
    },
    write(fd, buffer, offset, length, position, callback) {
      const writing = handle.write(buffer, offset, length, position);
      settle(writing, callback, (r) => [r.bytesWritten, r.buffer]);
    },
    writev(fd, buffers, position, callback) {
      settle(handle.writev(buffers, position), callback, (r) => [r.bytesWritten, r.buffers]);
    },
    fsync(fd, callback) { settle(handle.sync(), callback, () => []); },
  };
}

// The options as given, inherited properties included (as node reads them).
function copyOptions(options) {
  const copy = {};
  for (const key in options) copy[key] = options[key];  // eslint-disable-line guard-for-in
  return copy;
}

// Sets stream[kFs] from options.fs or options.fd and returns the fd (null: open the path).
function useFileOrFd(stream, options, required) {
  const { fd } = options;
  if (fd != null && typeof fd !== 'number') {
    if (!isFileHandle(fd)) {
      throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], fd);
    }
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kHandle] = fd;
    stream[kFs] = fileHandleOperations(fd);
    fd[require('internal/fs/promises').kAttachStream](stream);
    fd.on('close', () => {
      if (!stream.destroyed) stream.destroy();
    });
    return fd.fd;
  }
  lazyFs();
  const operations = options.fs || fs;
  for (const name of required) {
    if (name === 'open' && fd != null) continue;
    validateFunction(operations[name], `options.fs.${name}`);
  }
  if (required.includes('write') && operations.writev != null) {
    validateFunction(operations.writev, 'options.fs.writev');
  }
  stream[kFs] = operations;
  return fd == null ? null : fd;
}

// The path of a stream opened by path; one over an fd has none.
function streamPath(path, fd) {
  return fd === null ? getValidatedPath(path) : undefined;
}

// Closes the stream's fd; a write stream with `flush` fsyncs it first. The fd reads as
// null as soon as closing has started (a replaced fs.close still sees the stream's fd).
function closeStream(stream, err, callback) {
  if (stream.fd === null || stream.fd === undefined) {
    callback(err);
    return;
  }
  const fd = stream.fd;
  const close = (syncErr) => {
    stream[kFs].close(fd, (closeErr) => callback(closeErr || syncErr || err));
  };
  if (stream.flush === true) {
    const fsync = stream[kFs].fsync ?? lazyFs().fsync;
    fsync(fd, close);
  } else {
    close(null);
  }
  stream.fd = null;
}

// Destroying waits for the read or write in flight: its fd must not be closed under it.
function destroyStream(err, callback) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (ioErr) => closeStream(this, err || ioErr, callback));
  } else {
    closeStream(this, err, callback);
  }
}

function constructStream(callback) {
  if (this.fd !== null) {
    callback();
    return;
  }
  if (this.open !== deprecatedReadOpen && this.open !== deprecatedWriteOpen) {
    openThroughOverride(this, callback);
    return;
  }
  this[kFs].open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    this.fd = fd;
    callback();
    this.emit('open', this.fd);
    this.emit('ready');
  });
}

// Code that replaces open() (graceful-fs does) opens the file itself and says so with an
// 'open' or 'error' event; construction finishes when one of them comes.
function openThroughOverride(stream, callback) {
  const emit = stream.emit;
  stream.emit = function(name, ...args) {
    if (name === 'open') {
      stream.emit = emit;
      callback();
      return Reflect.apply(emit, this, [name, ...args]);
    }
    if (name === 'error') {
      stream.emit = emit;
      callback(args[0]);
      return true;
    }
    return Reflect.apply(emit, this, [name, ...args]);
  };
  stream.open();
}

// Streams open themselves; open() is kept, deprecated, and does nothing more (unless code
// replaces it: see openThroughOverride).
const deprecatedReadOpen =
  deprecate(() => {}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
const deprecatedWriteOpen =
  deprecate(() => {}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');

function defineCommonAccessors(prototype, stateName) {
  Object.defineProperties(prototype, {
    autoClose: {
      get() { return this[stateName].autoDestroy; },
      set(value) { this[stateName].autoDestroy = value; },
      configurable: true,
    },
    pending: {
      get() { return this.fd === null; },
      configurable: true,
    },
  });
}

// ReadStream -----------------------------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(getOptions(options, kEmptyObject));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  options.autoDestroy ??= options.autoClose === undefined ? true : options.autoClose;
  const fd = useFileOrFd(this, options, ['open', 'read', 'close']);
  const validPath = streamPath(path, fd);
  // Everything is checked before the stream exists: constructing it starts opening the file.
  const { start } = options;
  let { end } = options;
  if (start !== undefined) validateInteger(start, 'start', 0);
  if (end === undefined) {
    end = Infinity;
  } else if (end !== Infinity) {
    validateInteger(end, 'end', 0);
    if (start !== undefined && start > end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${end})`, start);
    }
  }
  Reflect.apply(Readable, this, [options]);
  this.fd = fd;
  this.path = validPath;
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = start;
  this.end = end;
  this.pos = start;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);
defineCommonAccessors(ReadStream.prototype, '_readableState');

ReadStream.prototype._construct = constructStream;
ReadStream.prototype.open = deprecatedReadOpen;
ReadStream.prototype._destroy = destroyStream;

ReadStream.prototype._read = function(size) {
  const remaining = this.end - (this.pos !== undefined ? this.pos : this.bytesRead) + 1;
  const length = Math.min(remaining, size);
  if (length <= 0) {
    this.push(null);
    return;
  }
  const buffer = Buffer.allocUnsafeSlow(length);
  this[kIsPerformingIO] = true;
  readChunk(this, buffer, length, (err, bytesRead) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      errorOrDestroy(this, err);  // with autoClose off: an 'error', the stream stays
      return;
    }
    if (bytesRead === 0) {
      this.push(null);
      return;
    }
    if (this.pos !== undefined) this.pos += bytesRead;
    this.bytesRead += bytesRead;
    // A short read is copied out, so that small chunks do not each keep a whole buffer alive.
    this.push(bytesRead === buffer.length ? buffer : Buffer.from(buffer.subarray(0, bytesRead)));
  });
};

ReadStream.prototype.close = function(callback) {
  if (typeof callback === 'function') finished(this, callback);
  this.destroy();
};

// WriteStream ----------------------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(getOptions(options, kEmptyObject));
  options.decodeStrings = true;
  options.autoDestroy ??= options.autoClose === undefined ? true : options.autoClose;
  const fd = useFileOrFd(this, options, ['open', 'write', 'close']);
  const validPath = streamPath(path, fd);
  if (options.fs && options.fs.writev === undefined) this._writev = null;
  // Everything is checked before the stream exists: constructing it starts opening the file.
  const flush = options.flush == null ? false : options.flush;
  validateBoolean(flush, 'options.flush');
  const { start } = options;
  if (start !== undefined) validateInteger(start, 'start', 0);
  Reflect.apply(Writable, this, [options]);
  this.fd = fd;
  this.path = validPath;
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.flush = flush;
  this.start = start;
  this.pos = start;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);
defineCommonAccessors(WriteStream.prototype, '_writableState');

WriteStream.prototype._construct = constructStream;
WriteStream.prototype.open = deprecatedWriteOpen;
WriteStream.prototype._destroy = destroyStream;

// Writes all of `buffer`, continuing after partial writes.
function writeAll(stream, buffer, callback) {
  let offset = 0;
  const step = () => {
    const length = buffer.length - offset;
    const position = stream.pos;
    if (stream.pos !== undefined) stream.pos += length;
    stream[kIsPerformingIO] = true;
    writeChunk(stream, buffer, offset, length, position, (err, written) => {
      stream[kIsPerformingIO] = false;
      if (stream.destroyed) {
        callback(err);
        stream.emit(kIoDone, err);
        return;
      }
      if (err) {
        callback(err);
        return;
      }
      stream.bytesWritten += written;
      offset += written;
      if (written < length) {
        if (stream.pos !== undefined) stream.pos -= length - written;
        step();
        return;
      }
      callback();
    });
  };
  step();
}

WriteStream.prototype._write = function(data, encoding, callback) {
  writeAll(this, data, callback);
};

WriteStream.prototype._writev = function(chunks, callback) {
  const buffers = chunks.map(({ chunk }) => chunk);
  const total = buffers.reduce((sum, buffer) => sum + buffer.length, 0);
  const position = this.pos;
  if (this.pos !== undefined) this.pos += total;
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, buffers, position, (err, written) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      callback(err);
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      callback(err);
      return;
    }
    this.bytesWritten += written;
    if (written === total) {
      callback();
      return;
    }
    // The kernel took part of it: write the rest from where it stopped.
    if (this.pos !== undefined) this.pos -= total - written;
    writeAll(this, Buffer.concat(buffers).subarray(written), callback);
  });
};

WriteStream.prototype.close = function(callback) {
  if (callback) {
    if (this.closed) {
      process.nextTick(callback);
      return;
    }
    this.on('close', callback);
  }
  // With autoClose off, closing still means closing the file.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = {
  FileReadStream: ReadStream,
  FileWriteStream: WriteStream,
  ReadStream,
  WriteStream,
};
