'use strict';
// 'clientError' receives the parse error (code, bytesParsed, rawPacket) and the socket; the
// listener answers instead of the default 400.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustNotCall());
server.on('clientError', common.mustCall((err, socket) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'HPE_INVALID_METHOD');
  assert.strictEqual(err.message, 'Parse Error: Invalid method encountered');
  assert.strictEqual(err.bytesParsed, 0);
  assert.strictEqual(err.rawPacket.toString(), 'XYZ / HTTP/1.1\r\n\r\n');
  socket.end('HTTP/1.1 418 Teapot\r\n\r\n');
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, () => socket.write('XYZ / HTTP/1.1\r\n\r\n'));
  let text = '';
  socket.setEncoding('latin1');
  socket.on('data', (data) => { text += data; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(text, 'HTTP/1.1 418 Teapot\r\n\r\n');
    server.close();
  }));
}));
