'use strict';
// Members old packages still use: OutgoingMessage's _headers/_headerNames (deprecated,
// DEP0066), IncomingMessage's _addHeaderLines, http.setMaxIdleHTTPParsers' checks, and
// _http_common's token checks.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const httpCommon = require('_http_common');

common.expectWarning('DeprecationWarning', {
  DEP0066: 'OutgoingMessage.prototype._headers is deprecated',
});

{
  const message = new http.OutgoingMessage();
  message.setHeader('X-Flow', 'a');
  assert.deepStrictEqual({ ...message._headers }, { 'x-flow': 'a' });
  message._headers = { 'X-Other': 'b' };
  assert.strictEqual(message.getHeader('x-other'), 'b');
  assert.deepStrictEqual(message.getRawHeaderNames(), ['X-Other']);
  message._headerNames = { 'x-other': 'X-OTHER' };
  assert.deepStrictEqual(message.getRawHeaderNames(), ['X-OTHER']);
}

{
  const message = new http.IncomingMessage();
  message.headers = { key1: 'value1' };
  message._addHeaderLines(['key2', 'value2'], 2);
  assert.deepStrictEqual(message.headers, { key1: 'value1', key2: 'value2' });
}

for (const bad of ['1', null, 1n]) {
  assert.throws(() => http.setMaxIdleHTTPParsers(bad), { code: 'ERR_INVALID_ARG_TYPE' });
}
for (const bad of [0, -1, 1.5, NaN]) {
  assert.throws(() => http.setMaxIdleHTTPParsers(bad), { code: 'ERR_OUT_OF_RANGE' });
}
http.setMaxIdleHTTPParsers(7);
assert.strictEqual(httpCommon.parsers.max, 7);

assert.strictEqual(httpCommon._checkIsHttpToken('Content-Type'), true);
assert.strictEqual(httpCommon._checkIsHttpToken('bad token'), false);
assert.strictEqual(httpCommon._checkInvalidHeaderChar('ok\tvalue'), false);
assert.strictEqual(httpCommon._checkInvalidHeaderChar('bad\nvalue'), true);
