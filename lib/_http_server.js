'use strict';
// The HTTP server: one parser and one small state object per connection, requests answered
// in order (pipelining), keep-alive, timeouts checked by one timer per server, and malformed
// input answered with 400/431 and the connection closed. Parser callbacks are plain functions
// shared by every connection (no closures per request).

const net = require('net');
const { captureRejectionSymbol } = require('events');
const {
  kDataSink, kConsumerArmed, kBytesRead, kUpdateTimer,
} = require('internal/stream_base_commons');
const { streamBaseState, kConsumedBytes } = internalBinding('stream_wrap');
let FastBuffer;
const { codes } = require('internal/errors');
const { validateInteger, validateBoolean, validateObject } = require('internal/validators');
const { HTTPParser, STATUS_CODES, connResetError, debug, startHttpPerf } = require('_http_common');
const { kRejectNonStandardBodyWrites, socketDrained } = require('_http_outgoing');
const { ServerResponse, kConnection, emitClose } = require('internal/http/server_response');
const { IncomingMessage } = require('_http_incoming');
const diagnosticsChannel = require('diagnostics_channel');

const onRequestStartChannel = diagnosticsChannel.channel('http.server.request.start');

const { ERR_HTTP_REQUEST_TIMEOUT, ERR_HTTP_SOCKET_ENCODING } = codes;

const kConnections = Symbol('kConnections');
// The interval timer of the timeout checks (node's internals name it so; kept after close()).
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
const kIncomingMessage = Symbol('IncomingMessage');
const kServerResponse = Symbol('ServerResponse');

let { defaultMaxHeaderSize } = require('_http_common');
const { insecureHTTPParserDefault } = require('_http_common');

// Per-connection state: the parser, the request being parsed, and the responses waiting
// their turn (the first one owns the socket).
class Connection {
  constructor(server, socket) {
    this.server = server;
    this.socket = socket;
    this.parser = new HTTPParser();
    this.parser.initialize(HTTPParser.REQUEST, {
      maxHeaderSize: server.maxHeaderSize || defaultMaxHeaderSize,
      maxHeadersCount: 0xffffffff,  // rawHeaders keeps every line; the limit applies to `headers`
      lenient: server.insecureHTTPParser === undefined ?
        insecureHTTPParserDefault : server.insecureHTTPParser,
    });
    this.parser.connection = this;
    this.parser.incoming = null;
    this.parser[HTTPParser.kOnHeadersComplete] = onHeadersComplete;
    this.parser[HTTPParser.kOnBody] = onBody;
    this.parser[HTTPParser.kOnMessageComplete] = onMessageComplete;
    this.parser[HTTPParser.kOnExecute] = onParserExecute;
    this.buffer = null;
    this.incoming = null;
    this.responses = [];
    this.abandoned = [];  // responses cut off by an error answer, closed with the socket
    this.requests = 0;
    this.expired = false;  // answered 408 by the timeout check
    // Idle once a response is done and until the next request begins; a connection that has
    // not sent a whole request yet is not (close() leaves it to the timeouts, as node's).
    this.idle = false;
    this.peerEnded = false;
    this.upgrading = false;
    this.upgradeRequest = null;
    this.keepAliveArmed = false;
    // What each ServerResponse on this connection is made with (one object per connection).
    this.responseOptions = { highWaterMark: this.socket.writableHighWaterMark };
  }

  responseEnded(res) {
    const socket = this.socket;
    const responses = this.responses;
    if (responses[0] !== res) return;
    responses.shift();
    res.detachSocket(socket);
    const req = res.req;
    if (!req._consuming) req._dump();
    // The last response, or one after which nothing more can be written (the peer ended and
    // we ended our side too): close once its bytes are out.
    if (res._last || socket.destroyed || !socket.writable) {
      // The last response on this connection: close once its bytes are out.
      if (!socket.destroyed) {
        if (typeof socket.destroySoon === 'function') socket.destroySoon();
        else socket.end();
      }
      return;
    }
    if (socket._paused) maybeResumeAfterFlood(socket, this);
    if (responses.length > 0) {
      responses[0].assignSocket(socket);
    } else if (this.peerEnded) {
      socket.end();
    } else if (this.incoming === null) {
      this.waitForNextRequest();
    }
  }

  waitForNextRequest() {
    this.idle = true;
    const timeout = this.server.keepAliveTimeout;
    // A connection over a generic stream (no setTimeout) has no idle timer.
    if (timeout > 0 && !this.keepAliveArmed && typeof this.socket.setTimeout === 'function') {
      this.socket.setTimeout(timeout);
      this.keepAliveArmed = true;
    }
  }
}

// `complete`: the request ended with its head (no body), so the parser makes no separate
// kOnMessageComplete call for it. `readEnd`: the parser consumed the socket's read itself, and
// this call ends it (no kOnExecute follows).
function onHeadersComplete(major, minor, rawHeaders, method, url, status, message, upgrade, keepAlive, complete,
                           readEnd) {
  const connection = this.connection;
  countConsumedBytes(connection);
  const result = handleHead(connection, major, minor, rawHeaders, method, url, upgrade, keepAlive);
  if (complete === true) messageComplete(connection, undefined);
  // The activity counts after the request was seen (its head disarmed the keep-alive timer).
  if (readEnd === true) connection.socket[kUpdateTimer]();
  return result;
}

// A read the parser consumed in C++ counts in socket.bytesRead before any of it is handled, as
// one that went through JS does.
function countConsumedBytes(connection) {
  const bytes = streamBaseState[kConsumedBytes];
  if (bytes !== 0) {
    streamBaseState[kConsumedBytes] = 0;
    connection.socket[kBytesRead] += bytes;
  }
}

// The end of a consumed read that did not end with a whole request: the read's bytes come
// along when the parser did not take all of them (an error, an upgrade).
function onParserExecute(result, arrayBuffer, offset, length) {
  const connection = this.connection;
  countConsumedBytes(connection);
  connection.socket[kUpdateTimer]();
  if (connection.keepAliveArmed) disarmKeepAlive(connection);
  if (arrayBuffer === undefined) {
    if (connection.upgrading) upgrade(connection, Buffer.alloc(0));
    return;
  }
  FastBuffer ??= require('internal/buffer').FastBuffer;
  afterExecute(connection, result, new FastBuffer(arrayBuffer, offset, length));
}

// The next request has begun (its first bytes are in): the keep-alive timeout no longer
// applies, the server's own timeout does.
function disarmKeepAlive(connection) {
  connection.keepAliveArmed = false;
  connection.socket.setTimeout(connection.server.timeout);
}

function handleHead(connection, major, minor, rawHeaders, method, url, upgrade, keepAlive) {
  const server = connection.server;
  const socket = connection.socket;
  connection.idle = false;
  if (connection.keepAliveArmed) disarmKeepAlive(connection);
  const req = new server[kIncomingMessage](socket);
  req.httpVersionMajor = major;
  req.httpVersionMinor = minor;
  req.httpVersion = major === 1 && minor === 1 ? '1.1' : `${major}.${minor}`;
  req.rawHeaders = rawHeaders;
  req.method = method;
  req.url = url;
  req.upgrade = upgrade || method === 'CONNECT';
  if (server.joinDuplicateHeaders) req.joinDuplicateHeaders = true;
  if (server.maxHeadersCount !== null) req._maxHeadersCount = server.maxHeadersCount;
  connection.incoming = req;
  connection.parser.incoming = req;  // as node's parser: the request being read

  if (req.upgrade) {
    const event = method === 'CONNECT' ? 'connect' : 'upgrade';
    if (event === 'connect' || server.listenerCount(event) > 0) {
      connection.upgrading = true;
      connection.upgradeRequest = req;
      return 2;
    }
    req.upgrade = false;
  }

  connection.requests++;
  const res = new server[kServerResponse](req, connection.responseOptions);
  res[kConnection] = connection;
  startHttpPerf(res);
  res.shouldKeepAlive = keepAlive;
  res._keepAliveTimeout = server.keepAliveTimeout;
  if (server.rejectNonStandardBodyWrites) res[kRejectNonStandardBodyWrites] = true;
  const maxRequests = server.maxRequestsPerSocket;
  if (maxRequests > 0) {
    res._maxRequestsPerSocket = maxRequests;
    if (connection.requests >= maxRequests) res.maxRequestsOnConnectionReached = true;
  }
  connection.responses.push(res);
  if (socket._httpMessage === null || socket._httpMessage === undefined) res.assignSocket(socket);
  // Requests keep coming while the peer does not read the responses: stop reading until the
  // socket drains (what was already read is still served).
  if (!socket._paused && (socket.writableNeedDrain ||
      (connection.responses.length > 1 && queuedBytes(connection) >= socket.writableHighWaterMark))) {
    pauseForDrain(socket);
  }

  if (maxRequests > 0 && connection.requests > maxRequests) {
    server.emit('dropRequest', req, socket);
    res.shouldKeepAlive = false;
    res.writeHead(503);
    res.end();
    return 0;
  }

  // One pass over the raw head for Host and Expect, so that `headers` stays unbuilt.
  let sawHost = false;
  let expect;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i];
    if (name.length === 4) {
      if (!sawHost && (name === 'Host' || name === 'host' || name.toLowerCase() === 'host')) sawHost = true;
    } else if (name.length === 6 && expect === undefined && name.toLowerCase() === 'expect') {
      expect = rawHeaders[i + 1];
    }
  }
  if (server.requireHostHeader && major === 1 && minor >= 1 && !sawHost) {
    res.writeHead(400, { Connection: 'close' });
    res.end();
    return 0;
  }

  if (onRequestStartChannel.hasSubscribers) {
    onRequestStartChannel.publish({ request: req, response: res, socket, server });
  }
  if (expect !== undefined && (major > 1 || (major === 1 && minor >= 1))) {
    if (/(?:^|\W)100-continue(?:$|\W)/i.test(expect)) {
      res._expect_continue = true;
      if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        server.emit('request', req, res);
      }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
  } else {
    server.emit('request', req, res);
  }
  return 0;
}

// What the responses waiting for the socket have buffered.
function queuedBytes(connection) {
  const responses = connection.responses;
  let total = 0;
  for (let i = 1; i < responses.length; i++) total += responses[i].outputSize;
  return total;
}

function pauseForDrain(socket) {
  socket._paused = true;
  socket.pause();
  socket.on('drain', onDrainAfterFlood);
}

function onDrainAfterFlood() {
  const connection = this[kConnection];
  if (connection && this._paused) maybeResumeAfterFlood(this, connection);
}

// Reading resumes once the socket takes writes again and the waiting responses hold less than
// its high-water mark (a 'drain', or a response finishing, can bring that about).
function maybeResumeAfterFlood(socket, connection) {
  if (socket.writableNeedDrain || queuedBytes(connection) >= socket.writableHighWaterMark) return;
  socket.removeListener('drain', onDrainAfterFlood);
  socket._paused = false;
  socket.resume();
}

// (offset, length) in the buffer being parsed; a consumed read's bytes come as (arrayBuffer,
// base), the read's first byte at `base`.
function onBody(offset, length, arrayBuffer, base) {
  const connection = this.connection;
  countConsumedBytes(connection);
  const req = connection.incoming;
  if (req === null || req._dumped) return;
  let chunk;
  if (arrayBuffer === undefined) {
    chunk = connection.buffer.subarray(offset, offset + length);
  } else {
    FastBuffer ??= require('internal/buffer').FastBuffer;
    chunk = new FastBuffer(arrayBuffer, base + offset, length);
  }
  if (!req.push(chunk)) connection.socket.pause();
}

function onMessageComplete(trailers) {
  countConsumedBytes(this.connection);
  messageComplete(this.connection, trailers);
}

function messageComplete(connection, trailers) {
  const req = connection.incoming;
  if (req === null) return;
  connection.incoming = null;
  if (trailers !== undefined) req.rawTrailers = trailers;
  req.complete = true;
  if (!connection.upgrading) {
    req.push(null);
    if (connection.responses.length === 0) connection.waitForNextRequest();
  }
}

function onSocketData(chunk) {
  const connection = this[kConnection];
  if (typeof chunk === 'string') chunk = Buffer.from(chunk, this.readableEncoding);  // see _http_client
  if (connection.keepAliveArmed) disarmKeepAlive(connection);
  connection.buffer = chunk;
  const result = connection.parser.execute(chunk);
  connection.buffer = null;
  afterExecute(connection, result, chunk);
}

function afterExecute(connection, result, chunk) {
  if (typeof result !== 'number') {
    if (result !== undefined) parseError(connection, result, chunk);
    return;
  }
  if (connection.upgrading) upgrade(connection, chunk.subarray(result));
}

// The parser reads no more of this socket (an error answer, an upgrade, the end).
function stopConsuming(connection) {
  const socket = connection.socket;
  if (socket[kConsumerArmed] === undefined) return;
  connection.parser.unconsume();
  socket[kConsumerArmed] = undefined;
}

function upgrade(connection, head) {
  const socket = connection.socket;
  const server = connection.server;
  const req = connection.upgradeRequest;
  connection.upgradeRequest = null;
  connection.incoming = null;
  detachConnection(connection);
  const event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  if (server.listenerCount(event) > 0) {
    req.complete = true;
    req.push(null);
    server.emit(event, req, socket, head);
  } else {
    socket.destroy();
  }
}

function detachConnection(connection) {
  const socket = connection.socket;
  stopConsuming(connection);
  socket.removeListener('data', onSocketData);
  socket[kDataSink] = null;
  socket.parser = null;
  socket.removeListener('end', onSocketEnd);
  socket.removeListener('timeout', onSocketTimeout);
  socket.removeListener('drain', onSocketDrain);
  socket.removeListener('error', onSocketError);
  socket.removeListener('close', onSocketClose);
  connection.server[kConnections].delete(connection);
  socket[kConnection] = null;
}

function parseError(connection, error, chunk) {
  const err = new Error(`Parse Error: ${error.reason}`);
  err.code = error.code;
  err.bytesParsed = error.bytesParsed;
  err.rawPacket = chunk;
  err.reason = error.reason;
  clientError(connection, err);
}

function clientError(connection, err) {
  debug('SERVER clientError', err.code || err.message);
  const socket = connection.socket;
  const server = connection.server;
  stopConsuming(connection);
  socket.removeListener('data', onSocketData);
  // Errors after this one are the end of it, not new client errors; the socket is destroyed
  // with this one (its own 'error' listeners hear it; nobody listening is no crash).
  socket.removeListener('error', onSocketError);
  if (!socket.listeners('error').includes(noop)) socket.on('error', noop);
  if (server.listenerCount('clientError') > 0) {
    server.emit('clientError', err, socket);
    return;
  }
  let code = 400;
  if (err.code === 'HPE_HEADER_OVERFLOW') code = 431;
  else if (err.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') code = 413;
  else if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') code = 408;
  // As node: the error answer goes out raw unless a response has started on the wire (a
  // request already handed to the handler gets no response of its own).
  const inFlight = socket._httpMessage;
  if (socket.writable && (!inFlight || !inFlight._headerSent)) {
    const status = `${code} ${STATUS_CODES[code]}`;
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`, 'latin1');
    socket._httpMessage = null;
    // The responses waiting get no turn on this socket, but still their 'close' when it goes.
    connection.abandoned = connection.responses.splice(0);
    // Whatever the peer does, the connection goes once the error response is out.
    socket.once('finish', () => socket.destroy(err));
  } else {
    socket.destroy(err);
  }
}

function noop() {}

function onSocketEnd() {
  const connection = this[kConnection];
  if (connection === null) return;
  const result = connection.parser.finish();
  if (result !== undefined && typeof result === 'object') {
    parseError(connection, result, Buffer.alloc(0));
    return;
  }
  connection.peerEnded = true;
  if (connection.server.httpAllowHalfOpen && connection.responses.length > 0) return;
  // As node: the peer's FIN ends the connection from our side too (responses not yet written
  // are lost), unless httpAllowHalfOpen.
  const req = connection.incoming;
  if (req !== null && !req.complete) {
    connection.incoming = null;
    req.aborted = true;
    req.emit('aborted');
    req.destroy(connResetError('aborted'));
  }
  if (this.writable) this.end();
}

function onSocketError(err) {
  const connection = this[kConnection];
  if (connection === null) return;
  clientError(connection, err);
}

function onSocketTimeout() {
  const connection = this[kConnection];
  if (connection === null) return;
  // As node: the request still arriving, the response being written and the server each hear
  // it (an idle keep-alive connection too); nobody listening means the connection goes.
  const req = connection.incoming;
  const res = connection.responses[0];
  let handled = false;
  if (req && !req.complete && req.emit('timeout', this)) handled = true;
  if (res && res.emit('timeout', this)) handled = true;
  if (connection.server.emit('timeout', this)) handled = true;
  if (!handled) this.destroy();
}

function onSocketDrain() {
  const res = this._httpMessage;
  if (res) socketDrained(res);
}

function onSocketClose() {
  const connection = this[kConnection];
  if (connection === null) return;
  connection.server[kConnections].delete(connection);
  const req = connection.incoming;
  connection.incoming = null;
  if (req !== null && !req.complete) {
    req.aborted = true;
    req.emit('aborted');
    req.destroy(connResetError('aborted'));
  }
  const responses = connection.abandoned.concat(connection.responses);
  connection.responses = [];
  connection.abandoned = [];
  for (const res of responses) {
    res.destroyed = true;
    res.detachSocket(this);
    const request = res.req;
    // The connection went before the response was done: a request not read to its end (a
    // handler that never read a GET's empty body included) was aborted, as node reports it.
    if (request && !request.destroyed && (!request.complete || !request.readableEnded)) {
      request.aborted = true;
      request.emit('aborted');
      request.destroy(connResetError('aborted'));
    } else if (request && !request.destroyed) {
      process.nextTick(emitClose, request);
    }
    emitClose(res);
  }
}

// Request heads are bytes; a decoding socket would hand the parser strings.
function refuseSocketEncoding() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

function onConnection(socket) {
  debug('SERVER new http connection');
  // A socket emitted by hand (one received over IPC, say) gets its server here, as in node.
  if (socket.server == null) socket.server = this;
  const connection = new Connection(this, socket);
  socket[kConnection] = connection;
  socket._httpMessage = null;
  socket.setEncoding = refuseSocketEncoding;
  this[kConnections].add(connection);
  socket.on('data', onSocketData);
  socket[kDataSink] = onSocketData;  // the parser is fed straight from the handle's reads
  // ... and, once a read has gone that way, takes them in C++ (see parser.consume).
  if (connection.parser.consume(socket._handle)) socket[kConsumerArmed] = false;
  socket.parser = connection.parser;  // as node's, until the connection is upgraded or closed
  socket.on('end', onSocketEnd);
  socket.on('error', onSocketError);
  socket.on('close', onSocketClose);
  socket.on('timeout', onSocketTimeout);
  socket.on('drain', onSocketDrain);
  if (this.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(this.timeout);
  if (socket.isPaused && socket.isPaused()) socket.resume();
}

// The parser knows when the message it is receiving began and whether its head is in.
function checkConnections() {
  const headersTimeout = this.headersTimeout;
  const requestTimeout = this.requestTimeout;
  for (const connection of this[kConnections]) {
    if (connection.expired || !connection.parser.expired(headersTimeout, requestTimeout)) continue;
    connection.expired = true;
    clientError(connection, new ERR_HTTP_REQUEST_TIMEOUT());
  }
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options === null || options === undefined) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const { maxHeaderSize, requestTimeout, headersTimeout, connectionsCheckingInterval } = options;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  if (options.insecureHTTPParser !== undefined) validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = options.insecureHTTPParser;
  if (requestTimeout !== undefined) validateInteger(requestTimeout, 'requestTimeout', 0);
  this.requestTimeout = requestTimeout === undefined ? 300000 : requestTimeout;
  if (headersTimeout !== undefined) validateInteger(headersTimeout, 'headersTimeout', 0);
  this.headersTimeout = headersTimeout === undefined ? Math.min(60000, this.requestTimeout) : headersTimeout;
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new codes.ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  if (connectionsCheckingInterval !== undefined) validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
  this.connectionsCheckingInterval = connectionsCheckingInterval === undefined ? 30000 : connectionsCheckingInterval;
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (options.requireHostHeader !== undefined) validateBoolean(options.requireHostHeader, 'options.requireHostHeader');
  this.requireHostHeader = options.requireHostHeader !== false;
  if (options.rejectNonStandardBodyWrites !== undefined) {
    validateBoolean(options.rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
  }
  this.rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites === true;
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay === undefined ? true : options.noDelay,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', onConnection);
  this.on('listening', startChecking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  if (options.keepAliveTimeout !== undefined) validateInteger(options.keepAliveTimeout, 'keepAliveTimeout', 0);
  this.keepAliveTimeout = options.keepAliveTimeout === undefined ? 5000 : options.keepAliveTimeout;
  this[kConnections] = new Set();
  this[kConnectionsCheckingInterval] = null;
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

function startChecking() {
  const timer = this[kConnectionsCheckingInterval];
  if ((timer === null || timer._destroyed) && this.connectionsCheckingInterval > 0 &&
      (this.headersTimeout > 0 || this.requestTimeout > 0)) {
    this[kConnectionsCheckingInterval] = setInterval(checkConnections.bind(this), this.connectionsCheckingInterval);
    this[kConnectionsCheckingInterval].unref();
  }
}

Server.prototype.close = function close(callback) {
  if (this[kConnectionsCheckingInterval] !== null) clearInterval(this[kConnectionsCheckingInterval]);
  this.closeIdleConnections();
  return net.Server.prototype.close.call(this, callback);
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const connection of this[kConnections]) connection.socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const connection of this[kConnections]) {
    if (connection.idle && connection.responses.length === 0 && connection.incoming === null) {
      connection.socket.destroy();
    }
  }
};

// With captureRejections, a 'request' handler's rejected promise answers 500 (with none of
// the headers it had set) if nothing was sent yet, else cuts the response off.
Server.prototype[captureRejectionSymbol] = function(error, event, ...args) {
  if (event !== 'request') {
    net.Server.prototype[captureRejectionSymbol].call(this, error, event, ...args);
    return;
  }
  const res = args[1];
  if (!res.headersSent && !res.writableEnded) {
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    res.statusCode = 500;
    res.end(STATUS_CODES[500]);
  } else {
    res.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

if (Symbol.asyncDispose) {
  Server.prototype[Symbol.asyncDispose] = function() {
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  };
}

module.exports = {
  _connectionListener: onConnection,
  STATUS_CODES,
  Server,
  ServerResponse,
  kConnections,
  kConnectionsCheckingInterval,
  setDefaultMaxHeaderSize(size) { defaultMaxHeaderSize = size; },
};
