'use strict';
// process.stdin, process.stdout and process.stderr, made on first use by what the descriptor
// is (as node does):
//   terminal   tty.WriteStream / tty.ReadStream (terminal writes are synchronous)
//   pipe, TCP  net.Socket; stdout and stderr are put in blocking mode, so writes are
//              synchronous and nothing is lost when the process exits
//   file       a synchronous write stream / fs.ReadStream
//   other      a sink that discards output / an empty input
// The streams never close their descriptors.

const { Writable, Readable } = require('stream');
const { guessHandleType } = internalBinding('util');

let stdin;
let stdout;
let stderr;

// Writes to a file descriptor with fs.writeSync: a write is done when _write returns.
function SyncWriteStream(fd, options) {
  if (!(this instanceof SyncWriteStream)) return new SyncWriteStream(fd, options);
  Writable.call(this, { autoDestroy: true });
  this.fd = fd;
  this.readable = false;
  this.autoClose = options?.autoClose === undefined ? true : options.autoClose;
}
Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(SyncWriteStream, Writable);

SyncWriteStream.prototype._write = function _write(chunk, encoding, callback) {
  try {
    require('fs').writeSync(this.fd, chunk);
  } catch (err) {
    callback(err);
    return;
  }
  callback();
};

SyncWriteStream.prototype._destroy = function _destroy(err, callback) {
  if (this.fd === null) {
    callback(err);
    return;
  }
  if (this.autoClose) require('fs').closeSync(this.fd);
  this.fd = null;
  callback(err);
};

SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

// stdout and stderr survive destroy(): the descriptor stays open and the stream usable, but
// 'close' is still emitted so that finished() and pipeline() see the end.
function keepOpenDestroy(err, callback) {
  callback(err);
  this._undestroy();
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

function createWritableStdioStream(fd) {
  let stream;
  switch (guessHandleType(fd)) {
    case 'TTY':
      stream = new (require('tty').WriteStream)(fd);
      stream._type = 'tty';
      break;
    case 'FILE':
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    case 'PIPE':
    case 'TCP':
      stream = new (require('net').Socket)({ fd, readable: false, writable: true });
      stream._handle.setBlocking(true);
      stream._type = 'pipe';
      break;
    default:
      stream = new Writable({ write(chunk, encoding, callback) { callback(); } });
  }
  stream.fd = fd;
  stream._isStdio = true;
  return stream;
}

function getWritableStdio(fd) {
  const stream = createWritableStdioStream(fd);
  stream.destroySoon = stream.destroy;
  stream._destroy = keepOpenDestroy;
  if (stream.isTTY) watchResize();
  return stream;
}

// 'resize' on process.stdout/stderr when the terminal's size changes (SIGWINCH).
let watchingResize = false;
function watchResize() {
  if (watchingResize) return;
  watchingResize = true;
  internalBinding('tty_wrap').watchWindowSize(() => {
    if (stdout?.isTTY) stdout._refreshSize();
    if (stderr?.isTTY) stderr._refreshSize();
  });
}

// A file as stdin: fs.ReadStream, or reads with fs.readSync until that exists.
function createFileStdin(fd) {
  const fs = require('fs');
  try {
    return new fs.ReadStream(null, { fd, autoClose: false });
  } catch {
    return new Readable({
      read(size) {
        const chunk = Buffer.allocUnsafe(Math.max(size, 64 * 1024));
        let bytesRead;
        try {
          bytesRead = fs.readSync(fd, chunk, 0, chunk.length, null);
        } catch (err) {
          this.destroy(err);
          return;
        }
        this.push(bytesRead === 0 ? null : chunk.subarray(0, bytesRead));
      },
    });
  }
}

function getStdin() {
  if (stdin) return stdin;
  const fd = 0;
  switch (guessHandleType(fd)) {
    case 'TTY':
      stdin = new (require('tty').ReadStream)(fd);
      break;
    case 'FILE':
      stdin = createFileStdin(fd);
      break;
    case 'PIPE':
    case 'TCP':
      // A child started with its IPC channel on fd 0 already has that pipe open in the loop,
      // and libuv refuses to open a descriptor twice: stdin is then a stream over the channel
      // object (reading stays the channel's).
      if (process.channel && process.channel.fd === fd) {
        stdin = new (require('net').Socket)({ handle: process.channel, readable: true, writable: false, manualStart: true });
      } else {
        stdin = new (require('net').Socket)({ fd, readable: true, writable: false, manualStart: true });
      }
      // stdin cannot be ended.
      stdin._writableState.ended = true;
      break;
    default:
      stdin = new Readable({ read() {} });
      stdin.push(null);
  }
  stdin.fd = fd;

  // stdin starts paused and not reading, so it does not keep the process alive until used.
  if (stdin._handle?.readStop) {
    stdin._handle.reading = false;
    stdin._readableState.reading = false;
    stdin._handle.readStop();
  }
  // After pause() the stream stops reading one tick later; stop the handle too then, so
  // that the process can exit.
  stdin.on('pause', () => process.nextTick(stopReadingIfPaused));
  return stdin;
}

function stopReadingIfPaused() {
  const handle = stdin._handle;
  if (handle?.reading && !stdin.readableFlowing) {
    stdin._readableState.reading = false;
    handle.reading = false;
    handle.readStop();
  }
}

module.exports = {
  SyncWriteStream,
  getStdin,
  getStdout: () => (stdout ??= getWritableStdio(1)),
  getStderr: () => (stderr ??= getWritableStdio(2)),
};
