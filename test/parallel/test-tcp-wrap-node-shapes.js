'use strict';
// The tcp_wrap binding takes the argument shapes node's own internals use (node's tests and
// helpers such as common.hasMultiLocalhost() reach them with --expose-internals): bind with
// no flags, listen with no backlog, connect and shutdown with request objects made in JS.
// None of them may abort the process.
// Flags: --expose-internals
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (!process.execArgv.includes('--expose-internals')) {
  const r = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', __filename], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr + r.stdout);
  return;
}

const { internalBinding } = require('internal/test/binding');
const { TCP, TCPConnectWrap, constants } = internalBinding('tcp_wrap');
const { ShutdownWrap } = internalBinding('stream_wrap');

// bind(ip, port) without flags; a second bind of a bound handle fails, it does not abort.
const server = new TCP(constants.SERVER);
assert.strictEqual(server.bind('127.0.0.1', 0), 0);
const address = {};
assert.strictEqual(server.getsockname(address), 0);
assert.strictEqual(server.bind('127.0.0.1', address.port), internalBinding('uv').UV_EINVAL);

// listen() without a backlog.
assert.strictEqual(server.listen(), 0);
assert.notStrictEqual(server.fd, -1);
server.onconnection = common.mustCall((status, connection) => {
  assert.strictEqual(status, 0);
  connection.close();
  server.close();
});

// connect(req, ip, port) and shutdown(req): the status is returned, the request is the one
// given, and its oncomplete hears of the handle.
const client = new TCP(constants.SOCKET);
const req = new TCPConnectWrap();
req.oncomplete = common.mustCall((status, handle, request, readable, writable) => {
  assert.strictEqual(status, 0);
  assert.strictEqual(handle, client);
  assert.strictEqual(request, req);
  assert.strictEqual(readable, true);
  assert.strictEqual(writable, true);
  const shutdown = new ShutdownWrap();
  shutdown.oncomplete = common.mustCall((status, handle) => {
    assert.strictEqual(status, 0);
    assert.strictEqual(handle, client);
    client.close();
  });
  assert.strictEqual(client.shutdown(shutdown), 0);
});
assert.strictEqual(client.connect(req, '127.0.0.1', address.port), 0);
