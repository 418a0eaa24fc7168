'use strict';
// http: the public face of the HTTP/1.1 server (_http_server) and client (_http_client), both
// on the llhttp binding.

const { METHODS, STATUS_CODES, defaultMaxHeaderSize, parsers } = require('_http_common');
const { validateInteger } = require('internal/validators');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const { Server, ServerResponse, _connectionListener } = require('_http_server');

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

let client;
function lazyClient() {
  if (client === undefined) client = require('_http_client');
  return client;
}

function request(url, options, callback) {
  const { ClientRequest } = lazyClient();
  return new ClientRequest(url, options, callback);
}

function get(url, options, callback) {
  const req = request(url, options, callback);
  req.end();
  return req;
}


module.exports = {
  _connectionListener,
  METHODS,
  STATUS_CODES,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  request,
  get,
  validateHeaderName,
  validateHeaderValue,
  get Agent() { return require('_http_agent').Agent; },
  get ClientRequest() { return lazyClient().ClientRequest; },
  get globalAgent() { return require('_http_agent').globalAgent; },
  set globalAgent(value) { require('_http_agent').globalAgent = value; },
  get maxHeaderSize() { return defaultMaxHeaderSize; },
  setMaxIdleHTTPParsers(max) {
    validateInteger(max, 'max', 1);
    parsers.max = max;
  },
};
