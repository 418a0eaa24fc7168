'use strict';
// server.close() closes the idle keep-alive connections but not one that has not sent a whole
// request yet (as node's, the timeouts deal with that one); with no 'clientError' listener a
// malformed request gets its 400 and the socket is destroyed with the parse error, which
// the socket's own 'error' listeners hear.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

{
  const server = http.createServer({ keepAliveTimeout: 0, headersTimeout: 0 }, (req, res) => res.end('ok'));
  server.listen(0, common.mustCall(() => {
    const port = server.address().port;
    let freshClosed = false;
    const fresh = net.connect(port);
    fresh.on('close', () => { freshClosed = true; });
    fresh.on('connect', common.mustCall(() => {
      const used = net.connect(port, () => used.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
      used.on('data', common.mustCall(() => {
        server.close(common.mustCall());
      }));
      used.on('close', common.mustCall(() => {
        setTimeout(common.mustCall(() => {
          assert.strictEqual(freshClosed, false);
          server.closeAllConnections();
        }), 50);
      }));
    }));
  }));
}

{
  const server = http.createServer(common.mustNotCall());
  server.on('connection', common.mustCall((socket) => {
    socket.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'HPE_INVALID_METHOD');
      assert.strictEqual(err.bytesParsed, 1);
    }));
  }));
  server.listen(0, common.mustCall(() => {
    const client = net.connect({ port: server.address().port, allowHalfOpen: true });
    client.on('connect', () => client.write('FOO /\r\n'));
    let reply = '';
    client.setEncoding('latin1');
    client.on('data', (chunk) => reply += chunk);
    client.on('end', common.mustCall(() => {
      assert.strictEqual(reply, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      client.end();
      server.close();
    }));
  }));
}
