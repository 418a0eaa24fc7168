'use strict';
// IncomingMessage: a request on the server, a response on the client. The parser hands over
// the head as a flat [name, value, …] array (rawHeaders); the lowercased `headers` object is
// built only when someone reads it.

const { Readable } = require('stream');
const { getDefaultHighWaterMark } = require('internal/streams/state');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');

// Headers of which node keeps only the first occurrence (unless joinDuplicateHeaders).
const singleValued = new Set([
  'age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from', 'host',
  'if-modified-since', 'if-unmodified-since', 'last-modified', 'location', 'max-forwards',
  'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent',
]);

function addHeaderLine(target, name, value, join) {
  const key = name.toLowerCase();
  let existing = target[key];
  // A field named like an Object.prototype member (Constructor, toString) is a new field.
  if (existing !== undefined && !Object.hasOwn(target, key)) existing = undefined;
  if (existing === undefined) {
    target[key] = key === 'set-cookie' ? [value] : value;
  } else if (key === 'set-cookie') {
    existing.push(value);
  } else if (key === 'cookie') {
    target[key] = `${existing}; ${value}`;
  } else if (join || !singleValued.has(key)) {
    target[key] = `${existing}, ${value}`;
  }
}

// maxHeadersCount limits the object, not rawHeaders (as node).
function headersFromRaw(raw, limit = 2000, join = false, headers = {}) {
  const end = limit > 0 ? Math.min(raw.length, limit * 2) : raw.length;
  for (let i = 0; i < end; i += 2) addHeaderLine(headers, raw[i], raw[i + 1], join);
  return headers;
}

function distinctFromRaw(raw) {
  const headers = { __proto__: null };
  for (let i = 0; i < raw.length; i += 2) {
    const key = raw[i].toLowerCase();
    if (headers[key] === undefined) headers[key] = [raw[i + 1]];
    else headers[key].push(raw[i + 1]);
  }
  return headers;
}

class IncomingMessage extends Readable {
  constructor(socket) {
    // Destroyed once read to its end, as node's: 'close' follows 'end' (the connection stays;
    // _destroy() only takes it down for a message not read whole).
    // The socket's highWaterMark is the message's (an http.Server's highWaterMark option);
    // options are made only when it is not the default (this runs per request).
    const highWaterMark = socket?.readableHighWaterMark;
    super(highWaterMark === undefined || highWaterMark === getDefaultHighWaterMark() ? undefined : { highWaterMark });
    this._readableState.readingMore = true;
    this.socket = socket;
    this.httpVersionMajor = null;
    this.httpVersionMinor = null;
    this.httpVersion = null;
    this.complete = false;
    this.rawHeaders = [];
    this.rawTrailers = [];
    this.joinDuplicateHeaders = false;
    this.aborted = false;
    this.upgrade = null;
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
    this.client = socket;
    this[kHeaders] = null;
    this[kHeadersDistinct] = null;
    this[kTrailers] = null;
    this[kTrailersDistinct] = null;
    this._consuming = false;
    this._dumped = false;
    this._maxHeadersCount = 2000;
  }

  get connection() { return this.socket; }
  set connection(value) { this.socket = value; }

  get headers() {
    if (this[kHeaders] === null) this[kHeaders] = headersFromRaw(this.rawHeaders, this._maxHeadersCount, this.joinDuplicateHeaders);
    return this[kHeaders];
  }
  set headers(value) { this[kHeaders] = value; }

  get headersDistinct() {
    if (this[kHeadersDistinct] === null) this[kHeadersDistinct] = distinctFromRaw(this.rawHeaders);
    return this[kHeadersDistinct];
  }
  set headersDistinct(value) { this[kHeadersDistinct] = value; }

  get trailers() {
    if (this[kTrailers] === null) this[kTrailers] = headersFromRaw(this.rawTrailers, 2000, this.joinDuplicateHeaders);
    return this[kTrailers];
  }
  set trailers(value) { this[kTrailers] = value; }

  get trailersDistinct() {
    if (this[kTrailersDistinct] === null) this[kTrailersDistinct] = distinctFromRaw(this.rawTrailers);
    return this[kTrailersDistinct];
  }
  set trailersDistinct(value) { this[kTrailersDistinct] = value; }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    if (this.socket) this.socket.setTimeout(msecs);
    return this;
  }

  // Legacy: adds the first n entries of a flat [name, value, …] list to the headers (or to
  // the trailers once the message is complete), as node's parser once did.
  _addHeaderLines(lines, n) {
    if (!lines || lines.length === 0) return;
    const trailers = this.complete;
    if (trailers) this.rawTrailers = lines;
    else this.rawHeaders = lines;
    const built = trailers ? this[kTrailers] : this[kHeaders];
    if (built === null) return;  // built from the raw list when first read
    for (let i = 0; i < n; i += 2) addHeaderLine(built, lines[i], lines[i + 1], this.joinDuplicateHeaders);
  }

  _addHeaderLine(name, value, target) {
    addHeaderLine(target, name, value, this.joinDuplicateHeaders);
  }

  // Reading marks the message as consumed even when its whole body was already buffered (and
  // so _read is never asked for more): a request its handler reads is not dumped.
  read(n) {
    if (!this._consuming) {
      this._readableState.readingMore = false;
      this._consuming = true;
    }
    return super.read(n);
  }

  _read() {
    if (!this._consuming) {
      this._readableState.readingMore = false;
      this._consuming = true;
    }
    // Backpressure: the connection paused the socket when push() returned false.
    // A socket the server paused against a request flood (_paused) stays paused.
    const socket = this.socket;
    if (socket && socket.readable && !socket._paused && socket.isPaused && socket.isPaused()) {
      socket.resume();
    }
  }

  // A request the user never reads: drop its body so the connection can go on.
  _dump() {
    if (!this._dumped) {
      this._dumped = true;
      this.removeAllListeners('data');
      this.resume();
    }
  }

  _destroy(error, callback) {
    if (!this.readableEnded || !this.complete) {
      this.aborted = true;
    }
    // The parser lets go of the request it was reading (node's parser.incoming) once the
    // request is done: after its 'end' listeners ran, or when it is torn down.
    const parser = this.socket?.parser;
    if (parser && parser.incoming === this) parser.incoming = null;
    // A message destroyed before it was read to its end takes its connection with it (the
    // rest of it can no longer be skipped reliably): a client response that had not arrived
    // whole, or a server request its handler gave up on. A client response's error goes to
    // its socket, so to the request; the message closes when its socket has.
    const socket = this.socket;
    const ownError = error;
    // An abort nobody listens for is not an uncaught error.
    if (error && this.listenerCount('error') === 0) error = null;
    if (socket && !socket.destroyed && (this._isClientResponse ? !this.complete : this.aborted)) {
      socket.destroy(this._isClientResponse ? ownError : error);
      socket.once('close', () => callback(error));
      return;
    }
    callback(error);
  }
}

// Old packages pause and resume a request's socket through these.
function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

module.exports = { IncomingMessage, headersFromRaw, readStart, readStop };
