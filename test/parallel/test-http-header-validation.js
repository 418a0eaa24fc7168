'use strict';
// validateHeaderName/validateHeaderValue and the setHeader family: node's error codes and
// messages, case-insensitive lookups, the names as set.
const common = require('../common');
const assert = require('assert');
const http = require('http');

assert.throws(() => http.validateHeaderName('a b'), {
  name: 'TypeError', code: 'ERR_INVALID_HTTP_TOKEN', message: 'Header name must be a valid HTTP token ["a b"]',
});
assert.throws(() => http.validateHeaderName(5), {
  name: 'TypeError', code: 'ERR_INVALID_HTTP_TOKEN', message: 'Header name must be a valid HTTP token ["5"]',
});
assert.throws(() => http.validateHeaderName(''), { code: 'ERR_INVALID_HTTP_TOKEN' });
assert.throws(() => http.validateHeaderValue('x', undefined), {
  name: 'TypeError', code: 'ERR_HTTP_INVALID_HEADER_VALUE', message: 'Invalid value "undefined" for header "x"',
});
assert.throws(() => http.validateHeaderValue('x', 'a\nb'), {
  name: 'TypeError', code: 'ERR_INVALID_CHAR', message: 'Invalid character in header content ["x"]',
});
http.validateHeaderName('X-Ok_1!#$%&\'*+-.^`|~');
http.validateHeaderValue('x', 'tab\tand latin1 \xe9');

const server = http.createServer(common.mustCall((req, res) => {
  res.setHeader('X-Foo', 'bar');
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.appendHeader('set-cookie', 'c=3');
  assert.strictEqual(res.getHeader('x-foo'), 'bar');
  assert.strictEqual(res.hasHeader('X-FOO'), true);
  assert.deepStrictEqual(res.getHeaderNames(), ['x-foo', 'set-cookie']);
  assert.deepStrictEqual(res.getRawHeaderNames(), ['X-Foo', 'Set-Cookie']);
  const headers = res.getHeaders();
  assert.strictEqual(Object.getPrototypeOf(headers), null);
  assert.deepStrictEqual({ ...headers }, { 'x-foo': 'bar', 'set-cookie': ['a=1', 'b=2', 'c=3'] });
  res.removeHeader('X-FOO');
  assert.strictEqual(res.hasHeader('x-foo'), false);
  assert.throws(() => res.setHeader('bad name', 'x'), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => res.setHeader('x', undefined), { code: 'ERR_HTTP_INVALID_HEADER_VALUE' });
  assert.throws(() => res.getHeader(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => res.writeHead(99), {
    name: 'RangeError', code: 'ERR_HTTP_INVALID_STATUS_CODE', message: 'Invalid status code: 99',
  });
  assert.throws(() => res.writeHead(1000), { code: 'ERR_HTTP_INVALID_STATUS_CODE' });
  res.statusMessage = 'Fine';
  res.end();
  assert.throws(() => res.setHeader('a', 'b'), {
    code: 'ERR_HTTP_HEADERS_SENT', message: 'Cannot set headers after they are sent to the client',
  });
  assert.throws(() => res.removeHeader('a'), {
    code: 'ERR_HTTP_HEADERS_SENT', message: 'Cannot remove headers after they are sent to the client',
  });
}));

server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port, agent: false }, common.mustCall((res) => {
    assert.strictEqual(res.statusMessage, 'Fine');
    assert.deepStrictEqual(res.headers['set-cookie'], ['a=1', 'b=2', 'c=3']);
    assert.strictEqual(res.headers['x-foo'], undefined);
    res.resume();
    res.on('end', () => server.close());
  }));
}));
