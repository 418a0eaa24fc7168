'use strict';
// connect() argument forms: a port number, a port with a host, a path string, and the
// errors for missing or bad ones.
const common = require('../common');
const assert = require('assert');
const net = require('net');

assert.throws(() => net.connect(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "options" or "port" or "path" argument must be specified',
});
assert.throws(() => net.connect({}), { code: 'ERR_MISSING_ARGS' });
// A lone callback is taken for the port.
assert.throws(() => new net.Socket().connect(common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /The "options\.port" property must be one of type number or string\. Received function mustNotCall/,
});
assert.throws(() => net.connect(-1), {
  code: 'ERR_SOCKET_BAD_PORT',
  message: 'Port should be >= 0 and < 65536. Received type number (-1).',
});
assert.throws(() => net.connect({ port: '80x' }), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => net.connect({ port: 1, localPort: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /"options\.localPort" property must be of type number/,
});
assert.throws(() => net.connect({ port: 1, host: 'localhost', family: 5 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.family' must be one of: 0, 4, 6. Received 5",
});
assert.throws(() => new net.Socket({ objectMode: true }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.objectMode' is not supported. Received true",
});
assert.throws(() => new net.Socket({ readableObjectMode: true }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new net.Socket({ fd: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new net.Socket({ fd: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new net.Socket({ fd: 99 }), { code: 'ERR_INVALID_FD_TYPE', message: 'Unsupported fd type: UNKNOWN' });
assert.ok(net.Socket() instanceof net.Socket);
assert.ok(net.Server() instanceof net.Server);
assert.strictEqual(net.Stream, net.Socket);
assert.strictEqual(net.createConnection, net.connect);

// A string that is not a number is a path.
const byPath = net.connect('no/such/socket');
byPath.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, 'connect ENOENT no/such/socket');
}));

// Port 0 on localhost: refused.
const zero = net.connect(0);
zero.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNREFUSED')));

// A socket written to before it was ever connected.
const lonely = new net.Socket();
lonely.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED')));
assert.strictEqual(lonely.write('x', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED'))), false);
