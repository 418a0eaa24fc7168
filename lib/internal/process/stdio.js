'use strict';
// process.stdout / process.stderr as synchronous writers. Writes go straight to the fd
// (waiting out a full pipe), so output is never lost at exit. The stream module will give
// these the full Writable interface; the surface here is what console and tests use.

const EventEmitter = require('events');
const { writeString, writeBuffer } = internalBinding('fs');
const { guessHandleType } = internalBinding('util');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

class SyncWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = guessHandleType(fd).toLowerCase();
    this.isTTY = this._type === 'tty' ? true : undefined;
    this.writable = true;
    this._isStdio = true;
    this.destroyed = false;
    this.writableEnded = false;
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (typeof chunk === 'string') {
      writeString(this.fd, chunk);
    } else if (ArrayBuffer.isView(chunk)) {
      writeBuffer(this.fd, chunk, 0, chunk.byteLength, null);
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    this.writableEnded = true;
    if (typeof callback === 'function') process.nextTick(callback);
    process.nextTick(() => this.emit('finish'));
    return this;
  }

  destroy() {
    this.destroyed = true;
    return this;
  }

  cork() {}
  uncork() {}
  setDefaultEncoding() { return this; }

  hasColors(count = 16) {
    if (!this.isTTY) return false;
    return count <= this.getColorDepth() ** 2 || this.getColorDepth() >= 8;
  }

  getColorDepth(env = process.env) {
    if (env.FORCE_COLOR !== undefined) {
      return { '': 4, 1: 4, true: 4, 2: 8, 3: 24, 0: 1, false: 1 }[env.FORCE_COLOR] ?? 4;
    }
    if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return 1;
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
    if (env.TERM && /256/.test(env.TERM)) return 8;
    return 4;
  }
}

let stdout;
let stderr;

module.exports = {
  SyncWriteStream,
  getStdout: () => (stdout ??= new SyncWriteStream(1)),
  getStderr: () => (stderr ??= new SyncWriteStream(2)),
};
