'use strict';
// A 4 MiB request body read by a handler that pauses for a while: nothing is lost, the bytes
// arrive in order, and the response goes out after 'end'.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const size = 4 * 1024 * 1024;
const payload = Buffer.alloc(size);
for (let i = 0; i < size; i++) payload[i] = i % 251;

const server = http.createServer(common.mustCall((req, res) => {
  const chunks = [];
  req.pause();
  setTimeout(() => req.resume(), 50);
  req.on('data', (data) => chunks.push(data));
  req.on('end', common.mustCall(() => {
    const body = Buffer.concat(chunks);
    assert.strictEqual(body.length, size);
    assert.ok(body.equals(payload));
    res.end(`${body.length}`);
  }));
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'PUT', agent: false,
                             headers: { 'Content-Length': size } }, common.mustCall((res) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (data) => { text += data; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(text, String(size));
      server.close();
    }));
  }));
  req.end(payload);
}));
