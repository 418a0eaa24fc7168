'use strict';
// OutgoingMessage: what ServerResponse and ClientRequest share — the header store, the head
// built in one string, chunked framing, and writes that go to the socket with the head glued
// to the first body chunk (one write per small response).

const { getDefaultHighWaterMark } = require('internal/streams/state');
const Stream = require('stream');
const { captureRejectionSymbol } = require('events');
const { canWriteNow, writeNow } = require('internal/stream_base_commons');
const { codes } = require('internal/errors');
const { kFewEvents } = require('internal/events/symbols');
const { checkIsHttpToken, checkInvalidHeaderChar, utcDateLine } = require('_http_common');

const {
  ERR_HTTP_BODY_NOT_ALLOWED,
  ERR_HTTP_CONTENT_LENGTH_MISMATCH,
  ERR_HTTP_HEADERS_SENT,
  ERR_HTTP_INVALID_HEADER_VALUE,
  ERR_HTTP_TRAILER_INVALID,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_CHAR,
  ERR_INVALID_HTTP_TOKEN,
  ERR_METHOD_NOT_IMPLEMENTED,
  ERR_STREAM_DESTROYED,
  ERR_STREAM_NULL_VALUES,
  ERR_STREAM_WRITE_AFTER_END,
} = codes;

const kOutHeaders = Symbol('kOutHeaders');
const kCorked = Symbol('kCorked');
const kErrored = Symbol('kErrored');
const kHighWaterMark = Symbol('kHighWaterMark');  // the writableHighWaterMark without a socket
const kBytesWritten = Symbol('kBytesWritten');
const kNeedDrain = Symbol('kNeedDrain');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const nonAscii = /[^\x00-\x7f]/;
// Encodings in which the head's text can be glued in front of a string body.
const glueEncodings = new Set([undefined, null, 'utf8', 'utf-8', 'latin1', 'binary']);

// The header store, keyed by lowercase name: an object with fast properties and no prototype
// (names like `__proto__` or `constructor` are ordinary keys; inspect() shows it as node's).
// Lowercase names come from a bounded cache, so each store sees the same key string every time
// and V8's inline caches keep hitting; a fresh toLowerCase() result (or a null-prototype
// literal, which V8 10.2 makes a dictionary) would send every store to the runtime.
function newHeaderStore() {
  return Object.setPrototypeOf({}, null);
}
const lowerCaseNames = new Map();

function headerKey(name) {
  let key = lowerCaseNames.get(name);
  if (key === undefined) {
    key = name.toLowerCase();
    if (lowerCaseNames.size >= 1000) lowerCaseNames.clear();
    lowerCaseNames.set(name, key);
  }
  return key;
}

// The socket `message` may hand `data` to at once (writeNow): its own, writable, with nothing
// of the message waiting in front and nothing queued in the socket; null otherwise.
function directSocket(message, data, encoding) {
  const socket = message.socket;
  if (socket && socket._httpMessage === message && message.outputData.length === 0 &&
      socket.writable && canWriteNow(socket, data, encoding)) {
    return socket;
  }
  return null;
}

// 'Connection: keep-alive' and its Keep-Alive line, made once per timeout (without a max).
const keepAliveLineCache = [];
function keepAliveLines(seconds, max) {
  if (max > 0) return `Connection: keep-alive\r\nKeep-Alive: timeout=${seconds}, max=${max}\r\n`;
  let lines = keepAliveLineCache[seconds];
  if (lines === undefined) {
    lines = `Connection: keep-alive\r\nKeep-Alive: timeout=${seconds}\r\n`;
    if (seconds < 1000) keepAliveLineCache[seconds] = lines;
  }
  return lines;
}

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label, name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('header content', name);
}

// The callback of the write that carries a message's last bytes: 'finish' follows. The direct
// path (writeNow) calls it with the message; every other path gets a closure over it, and so
// does a message whose _send or _writeRaw someone replaced (they would call it with an error).
function finishWritten(message) {
  message._finishWritten();
}

function finishCallback(message) {
  return message._send === OutgoingMessage.prototype._send &&
    message._writeRaw === OutgoingMessage.prototype._writeRaw ? finishWritten : () => message._finishWritten();
}

function callbackFor(message, callback) {
  return callback === finishWritten ? () => message._finishWritten() : callback;
}

// What _storeHeader learns from the header lines it writes (bits of noteHeader's answer).
const kSawConnection = 1;
const kSawContentLength = 2;
const kSawTransferEncoding = 4;
const kSawDate = 8;
const kSawTrailer = 16;
const kSawKeepAlive = 32;

function validateLine(name, value) {
  validateHeaderName(name);
  validateHeaderValue(name, value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) validateHeaderValue(name, value[i]);
  }
}

// `name: value\r\n`, one line per value of an array (Cookie's values share one line, as a
// cookie header must be one field).
function headerLines(name, value) {
  if (!Array.isArray(value)) return `${name}: ${value}\r\n`;
  if (value.length > 1 && name.length === 6 && name.toLowerCase() === 'cookie') {
    return `${name}: ${value.join('; ')}\r\n`;
  }
  let lines = '';
  for (let i = 0; i < value.length; i++) lines += `${name}: ${value[i]}\r\n`;
  return lines;
}

// The headers _storeHeader writes, as a fresh flat array (name, value, …): those setHeader()
// stored, or those given to writeHead() as an object or a flat or paired array (checked here).
function headerPairs(message, headers) {
  const pairs = [];
  if (!headers) return pairs;
  if (headers === message[kOutHeaders]) {
    for (const key in headers) {
      const entry = headers[key];
      pairs.push(entry[0], entry[1]);
    }
  } else if (!Array.isArray(headers)) {
    for (const key of Object.keys(headers)) {
      validateLine(key, headers[key]);
      pairs.push(key, headers[key]);
    }
  } else if (headers.length > 0 && Array.isArray(headers[0])) {
    for (let i = 0; i < headers.length; i++) {
      validateLine(headers[i][0], headers[i][1]);
      pairs.push(headers[i][0], headers[i][1]);
    }
  } else {
    for (let i = 0; i < headers.length; i += 2) {
      validateLine(headers[i], headers[i + 1]);
      pairs.push(headers[i], headers[i + 1]);
    }
  }
  return pairs;
}

// The last head made, with what it was made of. A server mostly answers alike, so the next
// head is often the same: it reuses that string, already made flat by its first write, instead
// of gluing a dozen pieces and copying them flat again. Only heads whose values are primitives
// are kept (an object's toString() could answer differently next time).
const lastHead = { firstLine: null, pairs: null, date: null, connection: null, length: null, head: null };

function head(firstLine, pairs, date, connection, length) {
  const last = lastHead;
  if (last.firstLine === firstLine && last.date === date && last.connection === connection &&
      last.length === length && last.pairs.length === pairs.length) {
    let i = 0;
    while (i < pairs.length && pairs[i] === last.pairs[i]) i++;
    if (i === pairs.length) return last.head;
  }
  let text = firstLine;
  let primitive = true;
  for (let i = 0; i < pairs.length; i += 2) {
    const value = pairs[i + 1];
    if (typeof value === 'object' || typeof value === 'function') primitive = false;
    text += headerLines(pairs[i], value);
  }
  text += date + connection;
  if (typeof length === 'number') text += `Content-Length: ${length}\r\n`;
  else text += length;
  text += '\r\n';
  if (primitive) {
    last.firstLine = firstLine;
    last.pairs = pairs;
    last.date = date;
    last.connection = connection;
    last.length = length;
    last.head = text;
  }
  return text;
}

// A framing header's effect on `message`; answers which one it was (kSaw* bits).
function noteHeader(message, name, value) {
  if (Array.isArray(value)) {
    let seen = 0;
    for (let i = 0; i < value.length; i++) seen |= noteHeader(message, name, value[i]);
    return seen;
  }
  switch (name.length) {
    case 10: {
      const lower = name.toLowerCase();
      if (lower === 'connection') {
        if (/(?:^|\W)close(?:$|\W)/i.test(value)) message._last = true;
        else message.shouldKeepAlive = true;
        return kSawConnection;
      }
      return lower === 'keep-alive' ? kSawKeepAlive : 0;
    }
    case 14:
      if (name.toLowerCase() !== 'content-length') return 0;
      message._contentLength = +value;
      return kSawContentLength;
    case 17:
      if (name.toLowerCase() !== 'transfer-encoding') return 0;
      if (/(?:^|\W)chunked(?:$|\W)/i.test(value)) message.chunkedEncoding = true;
      return kSawTransferEncoding;
    case 4:
      return name.toLowerCase() === 'date' ? kSawDate : 0;
    case 7:
      return name.toLowerCase() === 'trailer' ? kSawTrailer : 0;
    default:
      return 0;
  }
}

function byteLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

class OutgoingMessage extends Stream {
  constructor(options) {
    super();
    this[kHighWaterMark] = options?.highWaterMark ?? getDefaultHighWaterMark();
    this.outputData = [];
    this.outputSize = 0;
    this.writable = true;
    this.destroyed = false;
    this._closed = false;  // 'close' emitted (the message is done with its socket)
    this._last = false;
    this.chunkedEncoding = false;
    this.shouldKeepAlive = true;
    this.maxRequestsOnConnectionReached = false;
    this._defaultKeepAlive = true;
    this.useChunkedEncodingByDefault = true;
    this.sendDate = false;
    this._removedConnection = false;
    this._removedContLen = false;
    this._removedTE = false;
    this.strictContentLength = false;
    this._contentLength = null;
    this._hasBody = true;
    this._trailer = '';
    this.finished = false;
    this._headerSent = false;
    this._header = null;
    this.socket = null;
    this._keepAliveTimeout = 0;
    this._maxRequestsPerSocket = 0;
    this._onPendingData = null;
    this[kOutHeaders] = null;
    this[kCorked] = 0;
    this[kBytesWritten] = 0;
    this[kNeedDrain] = false;
    this[kRejectNonStandardBodyWrites] = false;
  }

  get connection() { return this.socket; }
  set connection(value) { this.socket = value; }
  get writableFinished() { return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0); }
  get writableObjectMode() { return false; }
  get writableLength() { return this.outputSize + (this.socket ? this.socket.writableLength : 0); }
  get writableHighWaterMark() { return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark]; }
  get writableCorked() { return this.socket ? this.socket.writableCorked : this[kCorked]; }
  get writableEnded() { return this.finished; }
  get writableNeedDrain() { return !this.destroyed && !this.finished && this.socket !== null && this.socket.writableNeedDrain; }
  get headersSent() { return this._header !== null; }

  cork() {
    if (this.socket) this.socket.cork();
    else this[kCorked]++;
  }

  uncork() {
    if (this.socket) this.socket.uncork();
    else if (this[kCorked]) this[kCorked]--;
  }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    if (this.socket) this.socket.setTimeout(msecs);
    else this.once('socket', (socket) => socket.setTimeout(msecs));
    return this;
  }

  destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (error) this[kErrored] = error;
    if (this.socket) this.socket.destroy(error);
    else this.once('socket', (socket) => socket.destroy(error));
    return this;
  }

  setHeader(name, value) {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    let headers = this[kOutHeaders];
    if (headers === null) this[kOutHeaders] = headers = newHeaderStore();
    headers[headerKey(name)] = [name, value];
    return this;
  }

  setHeaders(headers) {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
    if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
    }
    for (const key of headers.keys()) this.setHeader(key, headers.get(key));
    return this;
  }

  appendHeader(name, value) {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const key = headerKey(name);
    const headers = this[kOutHeaders];
    if (headers === null || headers[key] === undefined) return this.setHeader(name, value);
    const entry = headers[key];
    const existing = Array.isArray(entry[1]) ? entry[1] : [entry[1]];
    entry[1] = existing.concat(value);
    return this;
  }

  getHeader(name) {
    if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
    const headers = this[kOutHeaders];
    if (headers === null) return undefined;
    const entry = headers[headerKey(name)];
    return entry && entry[1];
  }

  getHeaderNames() {
    return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
  }

  getRawHeaderNames() {
    const headers = this[kOutHeaders];
    if (headers === null) return [];
    return Object.values(headers).map((entry) => entry[0]);
  }

  getHeaders() {
    const result = { __proto__: null };
    const headers = this[kOutHeaders];
    if (headers !== null) {
      for (const key of Object.keys(headers)) result[key] = headers[key][1];
    }
    return result;
  }

  hasHeader(name) {
    if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
    return this[kOutHeaders] !== null && this[kOutHeaders][headerKey(name)] !== undefined;
  }

  removeHeader(name) {
    if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
    if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
    const key = headerKey(name);
    if (key === 'connection') this._removedConnection = true;
    else if (key === 'content-length') this._removedContLen = true;
    else if (key === 'transfer-encoding') this._removedTE = true;
    else if (key === 'date') this.sendDate = false;
    if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
  }

  _implicitHeader() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
  }

  // Builds the head from the first line and the headers (the stored ones, or those passed to
  // writeHead as an object or a flat/paired array), adding the framing headers node adds.
  _storeHeader(firstLine, headers) {
    const pairs = headerPairs(this, headers);
    let seen = 0;  // kSaw* bits
    for (let i = 0; i < pairs.length; i += 2) seen |= noteHeader(this, pairs[i], pairs[i + 1]);
    const sawConnection = (seen & kSawConnection) !== 0;
    const sawContentLength = (seen & kSawContentLength) !== 0;
    const sawTransferEncoding = (seen & kSawTransferEncoding) !== 0;
    const sawTrailer = (seen & kSawTrailer) !== 0;
    const sawKeepAlive = (seen & kSawKeepAlive) !== 0;  // the caller's own replaces ours
    const date = this.sendDate && (seen & kSawDate) === 0 ? utcDateLine() : '';
    if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
      // No body may follow, so no chunked framing either: the connection closes instead.
      this.chunkedEncoding = false;
      this.shouldKeepAlive = false;
    }
    let connection = '';
    if (!sawConnection && !this._removedConnection) {
      const keepAlive = this.shouldKeepAlive &&
        (sawContentLength || this.useChunkedEncodingByDefault || this.agent);
      if (keepAlive && this.maxRequestsOnConnectionReached) {
        // The peer is told to close; a request it has already pipelined still gets its
        // answer (a 503), as in node.
        connection = 'Connection: close\r\n';
      } else if (keepAlive) {
        if (this._keepAliveTimeout && this._defaultKeepAlive && !sawKeepAlive) {
          connection = keepAliveLines(Math.floor(this._keepAliveTimeout / 1000), this._maxRequestsPerSocket);
        } else {
          connection = 'Connection: keep-alive\r\n';
        }
      } else {
        this._last = true;
        connection = 'Connection: close\r\n';
      }
    }
    let length = '';  // a Content-Length value (a number), or a framing line
    if (!sawContentLength && !sawTransferEncoding) {
      if (!this._hasBody) {
        this.chunkedEncoding = false;
      } else if (!this.useChunkedEncodingByDefault) {
        // A GET, HEAD, DELETE, ... request gets no length of its own, as in node (whose
        // servers then read no body, even when end() was given data).
        this._last = true;
      } else if (!sawTrailer && !this._removedContLen && typeof this._contentLength === 'number') {
        length = this._contentLength;
      } else if (!this._removedTE) {
        length = 'Transfer-Encoding: chunked\r\n';
        this.chunkedEncoding = true;
      } else {
        this._last = true;
      }
    }
    if (this.chunkedEncoding !== true && sawTrailer) throw new ERR_HTTP_TRAILER_INVALID();
    this._header = head(firstLine, pairs, date, connection, length);
    this._headerSent = false;
  }

  // Hands bytes to the socket, the unsent head glued in front of the first of them.
  _send(data, encoding, callback) {
    if (!this._headerSent && this._header !== null) {
      const header = this._header;
      const socket = directSocket(this, data, encoding);
      if (socket !== null) {
        // The usual case: head and first data go out together, straight to the socket.
        this._headerSent = true;
        return writeNow(socket, data, encoding, callback, header, callback === finishWritten ? this : undefined);
      }
      if (typeof data === 'string' && glueEncodings.has(encoding) &&
          ((encoding === 'latin1' || encoding === 'binary') || !nonAscii.test(header))) {
        data = header + data;
      } else {
        this.outputData.push({ data: header, encoding: 'latin1', callback: null });
        this.outputSize += header.length;
        this._onPendingData?.(header.length);
      }
      this._headerSent = true;
    }
    return this._writeRaw(data, encoding, callback);
  }

  _writeRaw(data, encoding, callback) {
    const socket = this.socket;
    // A socket that is gone or ending (an error answer ended it) takes nothing more.
    if (socket && (socket.destroyed || socket.writableEnded)) {
      return false;
    }
    if (socket && socket._httpMessage === this && socket.writable) {
      if (this.outputData.length) this._flushOutput(socket);
      if (directSocket(this, data, encoding) !== null) {
        return writeNow(socket, data, encoding, callback, undefined, callback === finishWritten ? this : undefined);
      }
      return socket.write(data, encoding, callbackFor(this, callback));
    }
    this.outputData.push({ data, encoding, callback: callbackFor(this, callback) });
    this.outputSize += data.length;
    this._onPendingData?.(data.length);
    return this.outputSize < this.writableHighWaterMark;
  }

  _flushOutput(socket) {
    const pending = this.outputData;
    if (pending.length === 0) return undefined;
    this.outputData = [];
    this._onPendingData?.(-this.outputSize);
    this.outputSize = 0;
    const corked = this[kCorked];
    socket.cork();
    let result;
    for (let i = 0; i < pending.length; i++) {
      const { data, encoding, callback } = pending[i];
      result = socket.write(data, encoding, callback);
    }
    socket.uncork();
    for (let i = 0; i < corked; i++) socket.cork();
    this[kCorked] = 0;
    // Bytes buffered before the socket came made write() return false; if the socket took
    // them without complaint, no 'drain' will come from it.
    if (result && this[kNeedDrain]) socketDrained(this);
    return result;
  }

  flushHeaders() {
    if (this._header === null) this._implicitHeader();
    this._send('', 'latin1');
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    const ok = writeChunk(this, chunk, encoding, callback, false);
    if (!ok) this[kNeedDrain] = true;
    return ok;
  }

  addTrailers(headers) {
    // As node: a call replaces the trailer, and one that throws leaves what it had added.
    this._trailer = '';
    const entries = Array.isArray(headers) ? headers : Object.keys(headers).map((k) => [k, headers[k]]);
    for (const [name, value] of entries) {
      validateHeaderName(name, 'Trailer name');
      if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('trailer content', name);
      this._trailer += `${name}: ${value}\r\n`;
    }
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    if (chunk !== null && chunk !== undefined) {
      if (this.finished) {
        // Both hear ERR_STREAM_WRITE_AFTER_END: the callback and 'error'.
        writeChunk(this, chunk, encoding, callback, true);
        return this;
      }
      if (this._header === null) {
        if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
          throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
        }
        const length = byteLength(chunk, encoding);
        if (!this._removedContLen) this._contentLength = length;
        this._implicitHeader();
        if (typeof chunk === 'string' && !this.chunkedEncoding && this._hasBody) {
          if (this.strictContentLength) checkContentLength(this, length, true);
          // The common case: head and body in one write, which also carries 'finish'.
          if (typeof callback === 'function') this.once('finish', callback);
          this.finished = true;
          if (this.socket != null && this.socket._handle === undefined) {
            // A stand-in socket (any Writable, not a net.Socket) sees node's two writes: the
            // data, then an empty one that carries 'finish'.
            this._send(chunk, encoding, null);
            this._send('', 'latin1', finishCallback(this));
          } else {
            this._send(chunk, encoding, finishCallback(this));
          }
          uncorkFully(this);
          if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
          return this;
        }
      }
      if (this.strictContentLength && this._hasBody && (typeof chunk === 'string' || chunk instanceof Uint8Array)) {
        checkContentLength(this, byteLength(chunk, encoding), true);
      }
      if (this.socket) this.socket.cork();
      writeChunk(this, chunk, encoding, null, true);
      if (this.socket) this.socket.uncork();
    } else if (this.finished) {
      if (typeof callback === 'function') {
        if (!this.writableFinished) this.once('finish', callback);
        else process.nextTick(callback, new ERR_STREAM_ALREADY_FINISHED('end'));
      }
      return this;
    } else if (this._header === null) {
      if (!this._removedContLen) this._contentLength = 0;
      this._implicitHeader();
    } else if (this.strictContentLength) {
      checkContentLength(this, 0, true);
    }
    if (typeof callback === 'function') this.once('finish', callback);
    if (this._hasBody && this.chunkedEncoding) {
      this._send(`0\r\n${this._trailer}\r\n`, 'latin1', finishCallback(this));
    } else {
      this._send('', 'latin1', finishCallback(this));
    }
    uncorkFully(this);
    this.finished = true;
    if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
    return this;
  }

  _finishWritten() {
    this.emit('finish');
  }

  _finish() {}

  pipe() {
    this.emit('error', new codes.ERR_STREAM_CANNOT_PIPE());
  }
}

const { ERR_STREAM_ALREADY_FINISHED } = codes;

// write() and end()'s body: a function of the message, as node's, so that write.call() on a
// stand-in object checks its chunk the same way.
function writeChunk(msg, chunk, encoding, callback, fromEnd) {
  let error;
  if (msg.finished) error = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) error = new ERR_STREAM_DESTROYED('write');
  if (error) {
    if (!msg.destroyed) process.nextTick(emitError, msg, error);
    if (typeof callback === 'function') process.nextTick(callback, error);
    return false;
  }
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  if (msg._header === null) msg._implicitHeader();
  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new ERR_HTTP_BODY_NOT_ALLOWED();
    if (typeof callback === 'function') process.nextTick(callback);
    return true;
  }
  const length = typeof chunk === 'string' ? chunk.length : chunk.byteLength;
  if (length === 0) {
    // The head goes out (with nothing after it) at the first write, even an empty one, and
    // an empty write's callback keeps its place among the other writes' callbacks.
    return msg._send('', 'latin1', callback);
  }
  if (msg.strictContentLength) checkContentLength(msg, byteLength(chunk, encoding), fromEnd);
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(uncorkSocket, msg.socket);
  }
  if (msg.chunkedEncoding) {
    const size = byteLength(chunk, encoding).toString(16);
    msg._send(`${size}\r\n`, 'latin1', null);
    msg._send(chunk, encoding, null);
    return msg._send('\r\n', 'latin1', callback);
  }
  return msg._send(chunk, encoding, callback);
}

// strictContentLength: the body must match a Content-Length the head announced — no byte
// more at any write, exactly as many at end().
function checkContentLength(message, length, fromEnd) {
  const expected = message._contentLength;
  if (expected === null || message._removedContLen || message.chunkedEncoding ||
      !message._hasBody || message.hasHeader('transfer-encoding')) {
    return;
  }
  const total = message[kBytesWritten] + length;
  if (fromEnd ? total !== expected : total > expected) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(total, expected);
  }
  if (!fromEnd) message[kBytesWritten] = total;
}

// The socket drained: a writer that was told to wait (write() returned false) may go on.
function socketDrained(message) {
  if (message[kNeedDrain] && !message.finished) {
    message[kNeedDrain] = false;
    message.emit('drain');
  }
}

function emitError(message, error) {
  message.emit('error', error);
}

// end() lets everything out, however many times the message or its socket was corked.
function uncorkFully(message) {
  const socket = message.socket;
  if (socket) {
    while (socket.writableCorked > 0) socket.uncork();
  }
  message[kCorked] = 0;
}

function uncorkSocket(socket) {
  socket.uncork();
}

// A message emits 'finish', 'close' and little else in its short life: a dictionary-mode
// `_events` (as node's is) costs less to make than a fast-mode one.
Object.defineProperty(OutgoingMessage.prototype, kFewEvents, { __proto__: null, value: true });

// The header store as old code reached it (DEP0066): `_headers` by lowercase name, and
// `_headerNames`, the names as they were given.
const { deprecate } = require('internal/util');
Object.defineProperty(OutgoingMessage.prototype, '_headers', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get: deprecate(function() { return this.getHeaders(); },
                 'OutgoingMessage.prototype._headers is deprecated', 'DEP0066'),
  set: deprecate(function(value) {
    if (value === null || value === undefined) {
      this[kOutHeaders] = null;
    } else if (typeof value === 'object') {
      const headers = this[kOutHeaders] = newHeaderStore();
      for (const name of Object.keys(value)) headers[headerKey(name)] = [name, value[name]];
    }
  }, 'OutgoingMessage.prototype._headers is deprecated', 'DEP0066'),
});
Object.defineProperty(OutgoingMessage.prototype, '_headerNames', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get: deprecate(function() {
    const headers = this[kOutHeaders];
    if (headers === null) return null;
    const names = { __proto__: null };
    for (const key of Object.keys(headers)) names[key] = headers[key][0];
    return names;
  }, 'OutgoingMessage.prototype._headerNames is deprecated', 'DEP0066'),
  set: deprecate(function(value) {
    const headers = this[kOutHeaders];
    if (headers === null || typeof value !== 'object' || value === null) return;
    for (const key of Object.keys(value)) {
      const entry = headers[key];
      if (entry) entry[0] = value[key];
    }
  }, 'OutgoingMessage.prototype._headerNames is deprecated', 'DEP0066'),
});

// true once the message has emitted 'close', as node's OutgoingMessage reports it (and
// stream.finished() reads it).
Object.defineProperty(OutgoingMessage.prototype, 'closed', {
  __proto__: null,
  configurable: false,
  enumerable: false,
  get() { return this._closed; },
});

// With captureRejections, a listener's rejected promise destroys the message with its reason.
OutgoingMessage.prototype[captureRejectionSymbol] = function(error) {
  this.destroy(error);
};

// The error the message was destroyed with, else null (set only by destroy(), so a message
// carries no field for it until then).
Object.defineProperty(OutgoingMessage.prototype, 'errored', {
  __proto__: null,
  configurable: false,
  enumerable: false,
  get() { return this[kErrored] ?? null; },
});

module.exports = {
  OutgoingMessage,
  validateHeaderName,
  validateHeaderValue,
  kOutHeaders,
  kRejectNonStandardBodyWrites,
  kHighWaterMark,
  socketDrained,
};
