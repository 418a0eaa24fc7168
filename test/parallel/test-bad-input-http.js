'use strict';
// Garbage in every argument position of http's plain functions and of a ServerResponse's
// header methods: the same errors as node, never a crash.
require('../common');
const badInput = require('../common/bad-input');
const http = require('http');

function response() {
  return new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} });
}

badInput.check(__filename, {
  'http.validateHeaderName': [http, http.validateHeaderName, {}],
  'http.validateHeaderValue': [http, http.validateHeaderValue, { args: ['x'] }],
  'res.setHeader': [null, http.ServerResponse.prototype.setHeader, { fresh: response, args: ['x'] }],
  'res.getHeader': [null, http.ServerResponse.prototype.getHeader, { fresh: response }],
  'res.hasHeader': [null, http.ServerResponse.prototype.hasHeader, { fresh: response }],
  'res.removeHeader': [null, http.ServerResponse.prototype.removeHeader, { fresh: response }],
  'res.writeHead': [null, http.ServerResponse.prototype.writeHead, { fresh: response, args: [200] }],
});
