'use strict';
// tty: terminals as streams. ReadStream and WriteStream are net.Sockets over a TTY handle
// (src/tty_wrap.cc). Writes to a terminal are synchronous, as in node, so output is never
// interleaved or lost at exit.

const net = require('net');
const { TTY, isTTY } = internalBinding('tty_wrap');
const { getColorDepth, hasColors } = require('internal/tty');
const {
  codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED },
  ErrnoException,
} = require('internal/errors');

function isatty(fd) {
  // `| 0`: -0 passes these checks but is no Int32 to V8.
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd | 0);
}

function openTTY(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  const ctx = {};
  const handle = new TTY(fd | 0, ctx);  // -0 passes the check above but is no Int32 to V8
  if (ctx.code !== undefined) {
    const err = new ERR_TTY_INIT_FAILED(ctx);
    err.info = ctx;
    err.errno = ctx.errno;
    err.syscall = ctx.syscall;
    throw err;
  }
  return handle;
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  const handle = openTTY(fd);
  net.Socket.call(this, { readableHighWaterMark: 0, handle, manualStart: true, ...options });
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(ReadStream, net.Socket);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = Boolean(flag);
  const err = this._handle?.setRawMode(flag);
  if (err) {
    this.emit('error', new ErrnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  const handle = openTTY(fd);
  net.Socket.call(this, { readableHighWaterMark: 0, handle, manualStart: true });
  this._handle.setBlocking(true);
  const size = [0, 0];
  if (this._handle.getWindowSize(size) === 0) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(WriteStream, net.Socket);

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

// Re-reads the size and emits 'resize' when it changed (on SIGWINCH for process.stdout/stderr).
WriteStream.prototype._refreshSize = function _refreshSize() {
  const size = [0, 0];
  const err = this._handle.getWindowSize(size);
  if (err) {
    this.emit('error', new ErrnoException(err, 'getWindowSize'));
    return;
  }
  if (this.columns !== size[0] || this.rows !== size[1]) {
    this.columns = size[0];
    this.rows = size[1];
    this.emit('resize');
  }
};

WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

// Through the public readline module, as node's: a program that replaces readline.cursorTo
// and friends changes these too.
let cursor;
function cursorHelpers() {
  cursor ??= require('readline');
  return cursor;
}

WriteStream.prototype.cursorTo = function cursorTo(x, y, callback) {
  return cursorHelpers().cursorTo(this, x, y, callback);
};

WriteStream.prototype.moveCursor = function moveCursor(dx, dy, callback) {
  return cursorHelpers().moveCursor(this, dx, dy, callback);
};

WriteStream.prototype.clearLine = function clearLine(dir, callback) {
  return cursorHelpers().clearLine(this, dir, callback);
};

WriteStream.prototype.clearScreenDown = function clearScreenDown(callback) {
  return cursorHelpers().clearScreenDown(this, callback);
};

module.exports = { isatty, ReadStream, WriteStream };
