'use strict';
// http.request's checks: protocol, path characters, method token, agent type.
require('../common');
const assert = require('assert');
const http = require('http');

assert.throws(() => http.request('https://example.com/'), {
  code: 'ERR_INVALID_PROTOCOL',
  name: 'TypeError',
  message: 'Protocol "https:" not supported. Expected "http:"',
});
assert.throws(() => http.request({ path: '/a b' }), {
  code: 'ERR_UNESCAPED_CHARACTERS',
  name: 'TypeError',
  message: 'Request path contains unescaped characters',
});
assert.throws(() => http.request({ method: 'BAD METHOD' }), {
  code: 'ERR_INVALID_HTTP_TOKEN',
  name: 'TypeError',
  message: 'Method must be a valid HTTP token ["BAD METHOD"]',
});
assert.throws(() => http.request({ agent: 'nope' }), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => http.request({ headers: { 'bad name': 'x' } }), { code: 'ERR_INVALID_HTTP_TOKEN' });
assert.throws(() => http.request({ timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
