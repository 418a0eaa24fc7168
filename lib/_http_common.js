'use strict';
// Shared by the HTTP server and client: the llhttp parser binding, token and header-value
// checks, and the table of status texts.

const { HTTPParser, methods } = internalBinding('http_parser');

const METHODS = methods.slice().sort();

// RFC 7230 token characters, as a lookup table indexed by char code.
const tokenChars = new Uint8Array(128);
for (const ch of "!#$%&'*+-.^_`|~") tokenChars[ch.charCodeAt(0)] = 1;
for (let c = 48; c <= 57; c++) tokenChars[c] = 1;
for (let c = 65; c <= 90; c++) tokenChars[c] = 1;
for (let c = 97; c <= 122; c++) tokenChars[c] = 1;

function checkIsHttpToken(value) {
  if (typeof value !== 'string' || value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128 || tokenChars[c] === 0) return false;
  }
  return true;
}

// A header value may hold tab, visible latin1 and spaces, never other control characters.
const invalidValueChar = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(value) {
  return invalidValueChar.test(value);
}

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
  208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
  304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
  411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable',
  417: 'Expectation Failed', 418: "I'm a Teapot", 421: 'Misdirected Request',
  422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early',
  426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
};

// The Date line of a head ('Date: ...\r\n'), built on first use in each second and dropped by
// an unref'd timer when the second ends (no clock read per response).
let cachedDateLine;
function utcDateLine() {
  if (cachedDateLine === undefined) {
    const now = new Date();
    cachedDateLine = `Date: ${now.toUTCString()}\r\n`;
    setTimeout(resetDate, 1000 - now.getMilliseconds()).unref();
  }
  return cachedDateLine;
}

function resetDate() {
  cachedDateLine = undefined;
}

// --max-http-header-size and --insecure-http-parser set the process-wide defaults.
const cliOptions = process._lodeOptions || {};
const maxHeaderSizeOption = Number(cliOptions['--max-http-header-size']);
const defaultMaxHeaderSize = Number.isInteger(maxHeaderSizeOption) && maxHeaderSizeOption >= 0 ?
  maxHeaderSizeOption : 16 * 1024;
const insecureHTTPParserDefault = cliOptions['--insecure-http-parser'] === 'true';

// lode makes a parser per connection and keeps no idle ones; the limit node applies to its
// pool of idle parsers is validated and recorded, nothing more.
const parsers = { max: 1000 };

// NODE_DEBUG=http: the logger the http modules share (the first use replaces it with the real
// writer or a no-op, so a disabled log costs a call).
let debug = require('internal/util/debuglog').debuglog('http', (fn) => { debug = fn; });
function httpDebug(...args) { debug(...args); }

// 'http' performance entries, while someone observes them: a server's 'HttpRequest' lasts
// from the request's head to the response's last byte, a client's 'HttpClient' from the
// request's creation to the response's head.
const kPerfStart = Symbol('kPerfStart');
const { startTimeIfObserved, enqueueEntry } = require('internal/perf/node_entries');
function startHttpPerf(message) {
  const start = startTimeIfObserved('http');
  if (start !== undefined) message[kPerfStart] = start;
}
// req and res: the server's IncomingMessage and ServerResponse, or the client's
// ClientRequest and IncomingMessage.
function finishHttpPerf(message, name, req, res) {
  const start = message[kPerfStart];
  if (start === undefined) return;
  message[kPerfStart] = undefined;
  const client = typeof req.getHeaders === 'function';
  const detail = {
    req: {
      method: req.method,
      url: client ? `${req.protocol}//${req.host}${req.path}` : req.url,
      headers: client ? req.getHeaders() : req.headers,
    },
    res: {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      headers: client ? res.headers : res.getHeaders(),
    },
  };
  enqueueEntry('http', name, start, detail);
}

// A connection that ended early: 'socket hang up' (a request without a response), 'aborted'.
function connResetError(message) {
  const error = new Error(message);
  error.code = 'ECONNRESET';
  return error;
}

module.exports = {
  parsers,
  defaultMaxHeaderSize,
  insecureHTTPParserDefault,
  CRLF: '\r\n',
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  methods: METHODS,
  HTTPParser,
  METHODS,
  STATUS_CODES,
  checkIsHttpToken,
  checkInvalidHeaderChar,
  // The names node's public _http_common has kept for these.
  _checkIsHttpToken: checkIsHttpToken,
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  utcDateLine,
  connResetError,
  debug: httpDebug,
  startHttpPerf,
  finishHttpPerf,
};
