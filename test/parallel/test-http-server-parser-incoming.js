'use strict';
// The server socket's parser names the request it is reading (parser.incoming) until that
// request is done: still during its 'end' listeners, null right after; the next request on
// the kept-alive connection takes the slot.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

let seen = 0;
const server = http.createServer(common.mustCall((req, res) => {
  const parser = req.socket.parser;
  assert.strictEqual(parser.incoming, req);
  req.on('end', common.mustCall(() => {
    assert.strictEqual(parser.incoming, req);
    process.nextTick(common.mustCall(() => {
      assert.strictEqual(parser.incoming, null);
    }));
  }));
  req.resume();
  res.end(`ok${++seen}`);
}, 2));

server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port);
  let text = '';
  client.setEncoding('latin1');
  client.write('POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nhi');
  client.on('data', (chunk) => {
    text += chunk;
    if (text.includes('ok1') && !text.includes('GET sent')) {
      text += 'GET sent';
      client.write('GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
    }
  });
  client.on('end', common.mustCall(() => {
    assert.match(text, /ok2/);
    server.close();
  }));
}));
