'use strict';
// http.STATUS_CODES and http.METHODS.
require('../common');
const assert = require('assert');
const http = require('http');

assert.strictEqual(http.STATUS_CODES[200], 'OK');
assert.strictEqual(http.STATUS_CODES[404], 'Not Found');
assert.strictEqual(http.STATUS_CODES[418], "I'm a Teapot");
assert.strictEqual(http.STATUS_CODES[431], 'Request Header Fields Too Large');
assert.strictEqual(http.STATUS_CODES[511], 'Network Authentication Required');
assert.strictEqual(http.STATUS_CODES[306], undefined);
assert.strictEqual(Object.keys(http.STATUS_CODES).length, 63);

assert.deepStrictEqual(http.METHODS, http.METHODS.slice().sort());
for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH', 'M-SEARCH', 'PURGE']) {
  assert.ok(http.METHODS.includes(method), method);
}
assert.strictEqual(http.maxHeaderSize, 16384);
