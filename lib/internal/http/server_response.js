'use strict';
// ServerResponse: the answer to one request on the server, an OutgoingMessage with a status
// line, writeHead/writeContinue/writeEarlyHints, and a socket it gets when the responses
// before it on the connection are done (the connection, _http_server's, is under kConnection).

const { codes } = require('internal/errors');
const { validateObject } = require('internal/validators');
const { STATUS_CODES, checkInvalidHeaderChar, finishHttpPerf } = require('_http_common');
const { OutgoingMessage, kOutHeaders } = require('_http_outgoing');
const onResponseFinishChannel = require('diagnostics_channel').channel('http.server.response.finish');

const {
  ERR_HTTP_HEADERS_SENT,
  ERR_HTTP_INVALID_STATUS_CODE,
  ERR_HTTP_SOCKET_ASSIGNED,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_CHAR,
} = codes;

const kConnection = Symbol('kConnection');

class ServerResponse extends OutgoingMessage {
  constructor(req, options) {
    super(options);
    this.req = req;
    this.statusCode = 200;
    this.statusMessage = undefined;
    this.sendDate = true;
    this._sent100 = false;
    this._expect_continue = false;
    if (req.method === 'HEAD') this._hasBody = false;
    if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
      const te = req.headers.te;
      this.useChunkedEncodingByDefault = typeof te === 'string' && /(?:^|\W)chunked(?:$|\W)/i.test(te);
      this.shouldKeepAlive = false;
    }
    this[kConnection] = null;
  }

  assignSocket(socket) {
    if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
    socket._httpMessage = this;
    this.socket = socket;
    this.emit('socket', socket);
    this._flushOutput(socket);
  }

  detachSocket(socket) {
    if (socket._httpMessage === this) socket._httpMessage = null;
    this.socket = null;
  }

  writeContinue(callback) {
    this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'latin1', callback);
    this._sent100 = true;
  }

  writeProcessing(callback) {
    this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'latin1', callback);
  }

  // A 103 goes out only with at least one valid link; the other hints ride along.
  writeEarlyHints(hints, callback) {
    validateObject(hints, 'hints');
    if (hints.link === null || hints.link === undefined) return;
    const links = linkHeaderValue(hints.link);
    if (links.length === 0) return;
    let head = `HTTP/1.1 103 Early Hints\r\nLink: ${links}\r\n`;
    for (const name of Object.keys(hints)) {
      if (name !== 'link') head += `${name}: ${hints[name]}\r\n`;
    }
    this._writeRaw(`${head}\r\n`, 'latin1', callback);
  }

  _implicitHeader() {
    this.writeHead(this.statusCode);
  }

  writeHead(statusCode, reason, headers) {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
    const original = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(original);
    if (typeof reason === 'string') {
      this.statusMessage = reason;
    } else {
      if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
      headers = headers || reason;
    }
    this.statusCode = statusCode;
    if (Array.isArray(headers) && headers.length % 2 !== 0 && !Array.isArray(headers[0])) {
      throw new ERR_INVALID_ARG_VALUE('headers', headers);
    }
    let stored = this[kOutHeaders];
    if (stored !== null && headers) {
      // Headers set with setHeader() merge with those given here; these win.
      if (Array.isArray(headers)) {
        // These replace stored headers of the same names (the last of a repeated name wins).
        const pairs = Array.isArray(headers[0]);
        for (let i = 0; i < headers.length; pairs ? i++ : i += 2) {
          if (pairs) this.setHeader(headers[i][0], headers[i][1]);
          else if (headers[i]) this.setHeader(headers[i], headers[i + 1]);
        }
      } else {
        for (const key of Object.keys(headers)) if (key) this.setHeader(key, headers[key]);
      }
      headers = stored;
    } else if (stored !== null) {
      headers = stored;
    }
    // A standard reason phrase needs no check.
    if (this.statusMessage !== STATUS_CODES[statusCode] && checkInvalidHeaderChar(this.statusMessage)) {
      throw new ERR_INVALID_CHAR('statusMessage');
    }
    if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
      this._hasBody = false;
    }
    if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
    this._storeHeader(statusLine(statusCode, this.statusMessage), headers);
    return this;
  }

  // The last bytes are written: as node, the socket goes to the next response (and res.socket
  // to null) only now, before the user's 'finish' listeners run.
  _finishWritten() {
    const connection = this[kConnection];
    if (connection !== null) connection.responseEnded(this);
    finishHttpPerf(this, 'HttpRequest', this.req, this);
    if (onResponseFinishChannel.hasSubscribers) {
      onResponseFinishChannel.publish({
        request: this.req, response: this, socket: this.socket ?? this[kConnection]?.socket,
        server: this[kConnection]?.server,
      });
    }
    this.emit('finish');
    process.nextTick(emitClose, this);
  }
}
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// 'HTTP/1.1 200 OK\r\n', made once per code with its standard reason (a flat string: the head
// built on it is cheaper to write out).
const statusLines = [];
function statusLine(statusCode, message) {
  if (message !== STATUS_CODES[statusCode]) return `HTTP/1.1 ${statusCode} ${message}\r\n`;
  let line = statusLines[statusCode];
  if (line === undefined) statusLines[statusCode] = line = `HTTP/1.1 ${statusCode} ${message}\r\n`;
  return line;
}

// One link: `<uri>` then `; param` or `; param=value` (value bare or quoted) any number of times.
const linkFormat = /^<[^>]*>(?:[ \t]*;[ \t]*[^;"\s=]+(?:=(?:"[^"]*"|[^;"\s]*))?)*$/;

function linkHeaderValue(link) {
  const list = typeof link === 'string' ? [link] : link;
  if (!Array.isArray(list)) {
    throw new ERR_INVALID_ARG_VALUE('links', link,
                                    'must be an array or string of format "</styles.css>; rel=preload; as=style"');
  }
  for (const entry of list) {
    if (typeof entry !== 'string' || !linkFormat.test(entry)) {
      throw new ERR_INVALID_ARG_VALUE('links', link,
                                      'must be an array or string of format "</styles.css>; rel=preload; as=style"');
    }
  }
  return list.join(', ');
}

function emitClose(message) {
  // A response that has closed counts as destroyed too (writes after it only call back).
  if (message instanceof OutgoingMessage) {
    message._closed = true;
    message.destroyed = true;
  }
  message.emit('close');
}

module.exports = { ServerResponse, kConnection, emitClose };
