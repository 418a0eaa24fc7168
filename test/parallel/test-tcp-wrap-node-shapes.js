'use strict';
// The tcp_wrap and stream_wrap bindings take the argument shapes node's own internals use
// (node's tests and helpers such as common.hasMultiLocalhost() reach them with
// --expose-internals): bind with no flags, listen with no backlog, connect, writes and
// shutdown with request objects made in JS. None of them may abort the process.
// Flags: --expose-internals
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (!process.execArgv.includes('--expose-internals')) {
  const r = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', __filename], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr + r.stdout);
  return;
}

const net = require('net');
const { internalBinding } = require('internal/test/binding');
const { TCP, TCPConnectWrap, constants } = internalBinding('tcp_wrap');
const { ShutdownWrap, WriteWrap } = internalBinding('stream_wrap');
const { UV_EINVAL } = internalBinding('uv');

// bind(ip, port) without flags; a second bind of a bound handle fails, it does not abort.
const bound = new TCP(constants.SOCKET);
assert.strictEqual(bound.bind('127.0.0.1', 0), 0);
const address = {};
assert.strictEqual(bound.getsockname(address), 0);
assert.strictEqual(bound.bind('127.0.0.1', address.port), UV_EINVAL);
// listen() without a backlog.
assert.strictEqual(bound.listen(), 0);
assert.notStrictEqual(bound.fd, -1);
bound.close();

const server = net.createServer(common.mustCall((connection) => {
  let received = '';
  connection.setEncoding('latin1');
  connection.on('data', (chunk) => received += chunk);
  connection.on('end', common.mustCall(() => {
    assert.strictEqual(received, 'one,two,three');
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  // connect(req, ip, port): the status is returned, and the request given is the one that
  // completes.
  const client = new TCP(constants.SOCKET);
  const req = new TCPConnectWrap();
  req.oncomplete = common.mustCall((status, handle, request, readable, writable) => {
    assert.strictEqual(status, 0);
    assert.strictEqual(handle, client);
    assert.strictEqual(request, req);
    assert.strictEqual(readable, true);
    assert.strictEqual(writable, true);

    // Writes with a WriteWrap made in JS return a status; req.async becomes true only when
    // the write was queued and its oncomplete is still to come.
    for (const write of [(w) => client.writeBuffer(w, Buffer.from('one,')),
                         (w) => client.writeLatin1String(w, 'two,'),
                         (w) => client.writev(w, ['thr', 'utf8', Buffer.from('ee'), 'buffer'], false)]) {
      const writeReq = new WriteWrap();
      writeReq.async = false;
      writeReq.oncomplete = common.mustNotCall();
      assert.strictEqual(write(writeReq), 0);
      assert.strictEqual(writeReq.async, false);
    }
    assert.strictEqual(client.writeQueueSize, 0);

    const shutdown = new ShutdownWrap();
    shutdown.oncomplete = common.mustCall((status, handle) => {
      assert.strictEqual(status, 0);
      assert.strictEqual(handle, client);
      client.close();
    });
    assert.strictEqual(client.shutdown(shutdown), 0);
  });
  assert.strictEqual(client.connect(req, '127.0.0.1', server.address().port), 0);
}));
