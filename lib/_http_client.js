'use strict';
// ClientRequest: an OutgoingMessage that gets its socket from an Agent (or createConnection),
// writes the request head with the first body bytes, and parses the response with the same
// llhttp binding the server uses.

const net = require('net');
const { URL } = require('internal/url');
const { codes, AbortError } = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateInteger,
  validateNumber,
} = require('internal/validators');
const {
  HTTPParser,
  checkIsHttpToken,
  connResetError,
  defaultMaxHeaderSize,
  finishHttpPerf,
  startHttpPerf,
  insecureHTTPParserDefault,
} = require('_http_common');
const { OutgoingMessage, kOutHeaders, socketDrained } = require('_http_outgoing');
const { IncomingMessage } = require('_http_incoming');
const agentModule = require('_http_agent');
const { TIMEOUT_MAX } = require('internal/timers');

const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_HTTP_TOKEN,
  ERR_INVALID_PROTOCOL,
  ERR_UNESCAPED_CHARACTERS,
} = codes;

const kRequest = Symbol('kRequest');
const kSocketComing = Symbol('kSocketComing');  // onSocket() was called, attachSocket not yet
// A path is bytes: control characters, spaces and anything past latin1 must be escaped.
const invalidPath = /[^\u0021-\u00ff]/;
const diagnosticsChannel = require('diagnostics_channel');
const onClientRequestStartChannel = diagnosticsChannel.channel('http.client.request.start');
const onClientResponseFinishChannel = diagnosticsChannel.channel('http.client.response.finish');

const noBodyMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

// A URL's own enumerable properties (headers, agent, … that callers hang on it) travel along,
// as in node's urlToHttpOptions.
function urlToOptions(url) {
  return {
    ...url,
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
    port: url.port !== '' ? Number(url.port) : undefined,
    auth: url.username || url.password ?
      `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined,
  };
}

// A timeout: a number >= 0; one past the timers' limit is truncated to it, with the warning
// raised here, where the caller can see it in the stack.
function timerDuration(msecs, name) {
  validateNumber(msecs, name, 0);
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.\n` +
                        `Timer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
}

class ClientRequest extends OutgoingMessage {
  constructor(input, options, callback) {
    super();
    if (typeof input === 'string') {
      input = urlToOptions(new URL(input));
    } else if (input instanceof URL) {
      input = urlToOptions(input);
    } else {
      callback = options;
      options = input;
      input = null;
    }
    if (typeof options === 'function') {
      callback = options;
      options = input || {};
    } else {
      options = { ...input, ...options };
    }

    let agent = options.agent;
    const defaultAgent = options._defaultAgent || agentModule.globalAgent;
    if (agent === false) {
      agent = new agentModule.Agent();
    } else if (agent === null || agent === undefined) {
      if (typeof options.createConnection !== 'function') agent = defaultAgent;
    } else if (typeof agent.addRequest !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
    }
    this.agent = agent;

    const protocol = options.protocol || defaultAgent.protocol;
    let expectedProtocol = defaultAgent.protocol;
    if (this.agent && this.agent.protocol) expectedProtocol = this.agent.protocol;
    if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

    // Without an agent there is no default port to leave out of the Host header.
    const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort);
    const port = options.port = options.port || defaultPort || 80;
    validateHost(options.hostname, 'hostname');
    validateHost(options.host, 'host');
    const host = options.host = options.hostname || options.host || 'localhost';
    if (options.timeout !== undefined) this.timeout = timerDuration(options.timeout, 'timeout');
    if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');

    const path = options.path || '/';
    if (invalidPath.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
    this.path = path;

    let method = options.method;
    if (method !== undefined && method !== null && typeof method !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
    }
    if (method) {
      if (!checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
      method = method.toUpperCase();
    } else {
      method = 'GET';
    }
    this.method = method;
    this.host = host;
    this.protocol = protocol;
    this.useChunkedEncodingByDefault = !noBodyMethods.has(method);
    this.maxHeadersCount = null;
    if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
    this.maxHeaderSize = options.maxHeaderSize;
    if (options.insecureHTTPParser !== undefined) {
      validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
    }
    this.insecureHTTPParser = options.insecureHTTPParser;
    this.reusedSocket = false;
    this.aborted = false;
    this.timeoutCb = null;
    this.res = null;
    this.upgradeOrConnect = false;
    this.parser = null;
    this._ended = false;
    this.joinDuplicateHeaders = options.joinDuplicateHeaders;
    // An agent that keeps sockets, or limits them (so requests queue for one), asks for
    // keep-alive; others close the connection after the response.
    this.shouldKeepAlive = Boolean(this.agent &&
      (this.agent.keepAlive || Number.isFinite(this.agent.maxSockets)));
    this._defaultKeepAlive = false;

    if (callback) this.once('response', callback);

    const headers = options.headers;
    this[kRequest] = `${method} ${path} HTTP/1.1\r\n`;
    if (Array.isArray(headers)) {
      // An array is the head as given, flat or in pairs: no Host or Authorization is added,
      // and it is rendered now.
      this._storeHeader(this[kRequest], headers);
    } else {
      if (headers) {
        for (const key of Object.keys(headers)) this.setHeader(key, headers[key]);
      }
      addImplicitHeaders(this, host, port, defaultPort, options);
    }
    const signal = options.signal;
    if (signal) {
      if (signal.aborted) {
        // Destroyed at once, as node's: no socket is asked for.
        this.destroy(new AbortError(undefined, { cause: signal.reason }));
        return;
      } else {
        const onAbort = () => this.destroy(new AbortError(undefined, { cause: signal.reason }));
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }

    startHttpPerf(this);
    if (onClientRequestStartChannel.hasSubscribers) onClientRequestStartChannel.publish({ request: this });
    if (this.agent) {
      // The request listens to its signal; the agent's socket must not listen as well.
      this.agent.addRequest(this, signal ? { ...options, signal: undefined } : options);
    } else if (typeof options.createConnection === 'function') {
      // The socket may come back, or through the callback, or both (the first one counts); a
      // failure, thrown or called back, is the request's 'error'.
      let settled = false;
      const onCreate = (error, socket) => {
        if (settled) return;
        settled = true;
        if (error) process.nextTick(emitErrorAndClose, this, error);
        else this.onSocket(socket);
      };
      try {
        const socket = options.createConnection(options, onCreate);
        if (socket) onCreate(null, socket);
      } catch (error) {
        onCreate(error);
      }
    } else {
      // A request's `encoding` is not its socket's: the parser reads bytes.
      this.onSocket(net.createConnection({ ...options, encoding: null }));
    }
  }

  _implicitHeader() {
    if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('render');
    this._storeHeader(this[kRequest], this[kOutHeaders]);
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(() => this.emit('abort'));
    this.destroy();
  }

  destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.res) this.res._dump();
    this._destroyError = error;
    if (this.socket) {
      this.socket.destroy(error);
      return this;
    }
    // A socket on its way, or a place in the agent's queue: as node's, the request ends when
    // its socket comes (attachSocket), and the socket goes back to the agent.
    if (this[kSocketComing] || isQueued(this)) return this;
    // No socket will come: the request reports its end now: the error, or for destroy()
    // without one the hang-up (abort() is quiet), then 'close'.
    if (!this._closed) process.nextTick(emitErrorAndClose, this, destroyedError(this));
    return this;
  }

  onSocket(socket, error) {
    this[kSocketComing] = true;
    process.nextTick(attachSocket, this, socket, error);
  }

  setNoDelay(noDelay) {
    if (this.socket) this.socket.setNoDelay(noDelay);
    else this.once('socket', (s) => s.setNoDelay(noDelay));
  }

  setSocketKeepAlive(enable, delay) {
    if (this.socket) this.socket.setKeepAlive(enable, delay);
    else this.once('socket', (s) => s.setKeepAlive(enable, delay));
  }

  setTimeout(msecs, callback) {
    if (this._ended) return this;
    msecs = timerDuration(msecs, 'msecs');
    listenSocketTimeout(this);
    if (callback) this.once('timeout', callback);
    if (this.socket) setSocketTimeout(this.socket, msecs);
    else this.once('socket', (socket) => setSocketTimeout(socket, msecs));
    return this;
  }

  // Undocumented, but node's and used: the socket's timeout off (a callback still listens).
  clearTimeout(callback) {
    this.setTimeout(0, callback);
  }

  _finish() {}
}

// Host (unless given or setHost is false), Authorization from `auth`, and an early head for
// Expect: 100-continue.
function addImplicitHeaders(req, host, port, defaultPort, options) {
  const givenHost = req.getHeader('host');
  if (givenHost !== undefined && typeof givenHost !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.headers.host', 'string', givenHost);
  }
  if (host && givenHost === undefined && options.setHost !== false) {
    // Two colons or more: an IPv6 address, which the Host header carries in brackets.
    const colon = host.indexOf(':');
    const ipv6 = colon !== -1 && host.indexOf(':', colon + 1) !== -1 && host[0] !== '[';
    let hostHeader = ipv6 ? `[${host}]` : host;
    if (+port !== defaultPort) hostHeader += `:${port}`;
    req.setHeader('Host', hostHeader);
  }
  if (options.auth && !req.getHeader('Authorization')) {
    req.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
  }
  const expect = req.getHeader('expect');
  if (typeof expect === 'string' && /(?:^|\W)100-continue(?:$|\W)/i.test(expect)) {
    // The head goes out now; the body waits for the server's 100 Continue.
    req._implicitHeader();
    req._send('', 'latin1');
  }
}

function isQueued(req) {
  const queued = req.agent && req.agent.requests;
  if (!queued || typeof queued !== 'object') return false;
  for (const name in queued) {
    if (Array.isArray(queued[name]) && queued[name].includes(req)) return true;
  }
  return false;
}

// abort() ends a request quietly; destroy() without an error reports the hang-up.
function destroyedError(req) {
  return req._destroyError || (req.aborted ? undefined : connResetError('socket hang up'));
}

function emitErrorAndClose(req, error) {
  if (error && !req._errorEmitted) {
    req._errorEmitted = true;
    req.emit('error', error);
  }
  emitRequestClose(req);
}

// A request that has emitted 'close' is done with: destroyed, as node reports it.
function emitRequestClose(req) {
  if (req._closed) return;
  req._closed = true;
  req.destroyed = true;
  req.emit('close');
}

// The request hears its socket's first timeout only (a socket's timer re-arms on every
// write); timeoutCb is that listener, as node exposes it.
function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = onSocketTimeout;
  if (req.socket) req.socket.once('timeout', onSocketTimeout);
  else req.once('socket', (socket) => socket.once('timeout', onSocketTimeout));
}

// A request's own timeout starts when its socket has connected (the connect attempt keeps
// the timeout the socket was made with).
function setSocketTimeout(socket, msecs) {
  if (socket.connecting) socket.once('connect', () => socket.setTimeout(msecs));
  else socket.setTimeout(msecs);
}

function onSocketTimeout() {
  const req = this._httpMessage;
  if (req) req.emit('timeout');
}

function attachSocket(req, socket, error) {
  if (error) {
    emitErrorAndClose(req, error);
    return;
  }
  req[kSocketComing] = false;
  if (req.destroyed) {
    // Destroyed while its socket came: a sound socket goes back to the agent; otherwise the
    // request ends with the socket, and with the socket's error if it had one.
    if (req.agent && !req._destroyError && !socket.destroyed) {
      socket.emit('free');
      emitErrorAndClose(req, destroyedError(req));
      return;
    }
    let socketError;
    socket.on('error', (e) => { socketError = e; });
    const end = () => emitErrorAndClose(req, socketError || destroyedError(req));
    if (socket.closed) process.nextTick(end);
    else socket.once('close', end);
    socket.destroy();
    return;
  }
  // Parsers are reused (node keeps up to 1000 idle ones): a request on a kept-alive socket
  // usually gets the parser of the one before.
  const parser = idleParsers.pop() || newResponseParser();
  parser.initialize(HTTPParser.RESPONSE, {
    maxHeaderSize: req.maxHeaderSize || defaultMaxHeaderSize,
    maxHeadersCount: 0xffffffff,
    lenient: req.insecureHTTPParser === undefined ? insecureHTTPParserDefault : req.insecureHTTPParser,
  });
  parser.req = req;
  parser.socket = socket;
  req.parser = parser;
  req.socket = socket;
  if (req.timeout !== undefined || (req.agent && req.agent.options && req.agent.options.timeout)) {
    listenSocketTimeout(req);
  }
  socket._httpMessage = req;
  socket.parser = parser;
  socket.on('data', onSocketData);
  socket.on('end', onSocketEnd);
  socket.on('error', onSocketError);
  socket.on('close', onSocketClose);
  socket.on('drain', onSocketDrain);
  req.emit('socket', socket);
  req._flushOutput(socket);
}

function detachSocket(socket) {
  socket.removeListener('timeout', onResponseTimeout);
  socket.removeListener('timeout', onSocketTimeout);
  socket.removeListener('data', onSocketData);
  socket.removeListener('end', onSocketEnd);
  socket.removeListener('error', onSocketError);
  socket.removeListener('close', onSocketClose);
  socket.removeListener('drain', onSocketDrain);
  const parser = socket.parser;
  socket.parser = null;
  if (parser) freeParser(parser);
}

const idleParsers = [];

function newResponseParser() {
  const parser = new HTTPParser();
  parser.req = null;
  parser.socket = null;
  parser.buffer = null;
  parser[HTTPParser.kOnHeadersComplete] = onResponseHead;
  parser[HTTPParser.kOnBody] = onResponseBody;
  parser[HTTPParser.kOnMessageComplete] = onResponseComplete;
  return parser;
}

// The request is done with its parser (as node, req.parser is then null). It goes back for
// the next request unless it is in the middle of parsing (an upgrade or an error found by
// execute(), whose caller still holds it).
function freeParser(parser) {
  const req = parser.req;
  if (req && req.parser === parser) req.parser = null;
  parser.req = null;
  parser.socket = null;
  if (parser.buffer === null && idleParsers.length < 1000) idleParsers.push(parser);
}

function onSocketData(chunk) {
  const parser = this.parser;
  if (!parser) return;
  // Someone set an encoding on the socket: the parser reads bytes, so take the string back to
  // them (exact for the byte-preserving encodings; node aborts here).
  if (typeof chunk === 'string') chunk = Buffer.from(chunk, this.readableEncoding);
  parser.buffer = chunk;
  const result = parser.execute(chunk);
  parser.buffer = null;
  const req = parser.req;
  if (typeof result === 'object' && result !== null) {
    const error = new Error(`Parse Error: ${result.reason}`);
    error.code = result.code;
    error.reason = result.reason;
    error.bytesParsed = result.bytesParsed;
    error.rawPacket = chunk;
    detachSocket(this);
    emitErrorAndClose(req, error);
    this.destroy();
  } else if (req.upgradeOrConnect && typeof result === 'number') {
    detachSocket(this);
    this.emit('agentRemove');  // the socket is the user's now, no longer the agent's
    const event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    const head = chunk.subarray(result);
    this._httpMessage = null;
    if (req.listenerCount(event) > 0) {
      req.emit(event, req.res, this, head);
      emitRequestClose(req);
    } else {
      this.destroy();
    }
  }
}

function onResponseHead(major, minor, rawHeaders, method, url, statusCode, statusMessage, upgrade, keepAlive) {
  const req = this.req;
  const socket = this.socket;
  if (statusCode >= 100 && statusCode < 200 && statusCode !== 101) {
    if (statusCode === 100) req.emit('continue');
    req.emit('information', { statusCode, statusMessage, httpVersion: `${major}.${minor}`,
                              httpVersionMajor: major, httpVersionMinor: minor,
                              headers: require('_http_incoming').headersFromRaw(rawHeaders), rawHeaders });
    return 1;
  }
  const res = new IncomingMessage(socket);
  res._isClientResponse = true;
  res.httpVersionMajor = major;
  res.httpVersionMinor = minor;
  res.httpVersion = `${major}.${minor}`;
  res.rawHeaders = rawHeaders;
  if (req.maxHeadersCount !== null) res._maxHeadersCount = req.maxHeadersCount;
  res.statusCode = statusCode;
  res.statusMessage = statusMessage;
  res.req = req;
  if (req.joinDuplicateHeaders) res.joinDuplicateHeaders = true;
  req.res = res;
  finishHttpPerf(req, 'HttpClient', req, res);
  if (upgrade || (req.method === 'CONNECT' && statusCode >= 200 && statusCode < 300)) {
    req.upgradeOrConnect = true;
    return 2;
  }
  if (!keepAlive) req.shouldKeepAlive = false;
  // A 304 has no body, whatever its Content-Length says.
  const skipBody = req.method === 'HEAD' || statusCode === 304;
  if (onClientResponseFinishChannel.hasSubscribers) {
    res.once('end', () => onClientResponseFinishChannel.publish({ request: req, response: res }));
  }
  res.on('end', onResponseEnd);
  // While the response is read, a socket timeout is its 'timeout' too (res.setTimeout).
  socket.on('timeout', onResponseTimeout);
  if (!req.emit('response', res)) res._dump();
  return skipBody ? 1 : 0;
}

function onResponseBody(offset, length) {
  const res = this.req.res;
  if (res === null || res._dumped) return;
  if (!res.push(this.buffer.subarray(offset, offset + length))) this.socket.pause();
}

function onResponseComplete(trailers) {
  const req = this.req;
  const res = req.res;
  const socket = this.socket;
  if (res === null) return;
  if (trailers !== undefined) res.rawTrailers = trailers;
  res.complete = true;
  res.push(null);
}

function onResponseTimeout() {
  const res = this._httpMessage?.res;
  if (res) res.emit('timeout');
}

// The response has been read to its end: once the user's own 'end' listeners have run (they
// may destroy the socket), the socket is handed back or closed.
function onResponseEnd() {
  const req = this.req;
  req._ended = true;  // its response read to the end: setTimeout() no longer applies
  if (req.socket) {
    req.socket.removeListener('timeout', onResponseTimeout);
    req.socket.removeListener('timeout', onSocketTimeout);
  }
  // A request whose socket goes back to the pool is done now: destroy() and abort() from an
  // 'end' listener no longer reach the socket.
  if (req.shouldKeepAlive && req.writableFinished && !this.aborted) req.destroyed = true;
  if (req.upgradeOrConnect || req.socket === null) return;
  process.nextTick(responseDone, req, req.socket);
}

function responseDone(req, socket) {
  // Only a drained socket goes back to the pool: while the request body is still being
  // written (the server answered early), the hand-back waits for the request's 'finish'.
  if (req.shouldKeepAlive && req.finished && !req.writableFinished && !socket.destroyed &&
      socket._httpMessage === req) {
    req.once('finish', () => responseDone(req, socket));
    return;
  }
  emitRequestClose(req);
  if (socket._httpMessage !== req) return;
  // A kept-alive socket is handed back ('free'): to its agent, which drops it if it can no
  // longer be written, or, without one, left open for whoever made it.
  if (req.shouldKeepAlive && req.finished && socket.destroyed) {
    socket.emit('free');
  } else if (req.shouldKeepAlive && req.finished) {
    detachSocket(socket);
    if (typeof socket.setTimeout === 'function') socket.setTimeout(0);
    // The socket is the pool's now: the response lets go of it, so that destroying the
    // response cannot reach the socket's next request.
    if (req.res) req.res.socket = null;
    socket.emit('free');
  } else if (!socket.destroyed) {
    detachSocket(socket);
    socket._httpMessage = null;
    socket.destroySoon ? socket.destroySoon() : socket.end();
  }
}

function onSocketEnd() {
  const parser = this.parser;
  if (parser) {
    const result = parser.finish();
    const req = parser.req;
    if (result && typeof result === 'object' && !req.res) {
      emitErrorAndClose(req, connResetError('socket hang up'));
    } else if (!req.res && !req._errorEmitted && !req.aborted) {
      // The server ended the connection without a response: the request hears it now, while
      // the socket is still the agent's; 'close' follows with the socket's.
      req._errorEmitted = true;
      req.emit('error', connResetError('socket hang up'));
    }
  }
  if (this.writable) this.end();
}

function onSocketError(error) {
  const req = this._httpMessage;
  if (req && !req._errorEmitted) {
    req._errorEmitted = true;
    req.emit('error', error);
  }
}

function onSocketDrain() {
  const req = this._httpMessage;
  if (req) socketDrained(req);
}

function onSocketClose() {
  const req = this._httpMessage;
  detachSocket(this);
  if (!req) return;
  const res = req.res;
  if (res) {
    if (!res.complete) {
      res.aborted = true;
      res.emit('aborted');
      res.destroy(connResetError('aborted'));
    }
  } else if (!req._errorEmitted) {
    // No response: a hang-up, for abort() too once the request had its socket (as node's).
    req._errorEmitted = true;
    req.emit('error', req._destroyError || connResetError('socket hang up'));
  }
  emitRequestClose(req);
}

module.exports = { ClientRequest };
