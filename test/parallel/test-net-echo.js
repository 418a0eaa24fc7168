'use strict';
// A client and a server exchange data over loopback; the events come in node's order and
// the byte counters agree on both sides.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.server, server);
  assert.strictEqual(socket.remoteAddress, '127.0.0.1');
  assert.strictEqual(socket.remoteFamily, 'IPv4');
  assert.strictEqual(socket.localPort, server.address().port);
  assert.strictEqual(typeof socket.remotePort, 'number');
  assert.strictEqual(socket.readyState, 'open');
  socket.on('data', (chunk) => socket.write(chunk.toString().toUpperCase()));
  socket.on('end', common.mustCall(() => {
    events.push('server end');
    socket.end();
  }));
  socket.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(socket.bytesRead, 11);
    assert.strictEqual(socket.bytesWritten, 11);
    events.push('server close');
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const client = net.connect(port, '127.0.0.1');
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(client.pending, true);
  assert.strictEqual(client.readyState, 'opening');
  client.on('connect', common.mustCall(() => {
    events.push('connect');
    assert.strictEqual(client.connecting, false);
    assert.strictEqual(client.pending, false);
    assert.strictEqual(client.remotePort, port);
    assert.strictEqual(client.localAddress, '127.0.0.1');
    assert.strictEqual(client.localFamily, 'IPv4');
  }));
  client.on('ready', common.mustCall(() => events.push('ready')));
  client.setEncoding('utf8');
  let received = '';
  client.on('data', (chunk) => { received += chunk; });
  client.write('hello ', common.mustCall((err) => assert.ifError(err)));
  client.end('world');
  client.on('finish', common.mustCall(() => events.push('finish')));
  client.on('end', common.mustCall(() => {
    events.push('end');
    assert.strictEqual(received, 'HELLO WORLD');
  }));
  client.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(client.readyState, 'closed');
    assert.strictEqual(client.bytesRead, 11);
    assert.strictEqual(client.bytesWritten, 11);
    events.push('close');
    server.close(common.mustCall());
  }));
}));

process.on('exit', () => {
  assert.deepStrictEqual(events.slice(0, 3), ['connect', 'ready', 'finish']);
  assert.ok(events.includes('server end'));
  assert.ok(events.indexOf('end') < events.indexOf('close'));
});
