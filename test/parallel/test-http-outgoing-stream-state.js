'use strict';
// An OutgoingMessage's stream face, as node's: write callbacks (empty writes' too) come in
// write order; end(chunk) after end() calls back with ERR_STREAM_WRITE_AFTER_END and emits
// it; write() checks its chunk even called on a stand-in object; writableCorked is the
// socket's, and end() uncorks fully; errored is the error destroy() was given.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { Writable } = require('stream');

{
  const order = [];
  const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
  res.assignSocket(new Writable({ write(chunk, encoding, callback) { callback(); } }));
  for (const chunk of ['a', '', Buffer.alloc(0), 'b']) res.write(chunk, () => order.push(chunk));
  res.end(common.mustCall(() => assert.deepStrictEqual(order, ['a', '', Buffer.alloc(0), 'b'])));
}

assert.throws(() => http.OutgoingMessage.prototype.write.call({ _header: 'x', _hasBody: true }, 1),
              { code: 'ERR_INVALID_ARG_TYPE' });

{
  const res = new http.OutgoingMessage();
  assert.strictEqual(res.errored, null);
  const error = new Error('gone');
  res.destroy(error);
  assert.strictEqual(res.errored, error);
}

const server = http.createServer(common.mustCall((req, res) => {
  res.cork();
  res.cork();
  assert.strictEqual(res.writableCorked, 2);
  assert.strictEqual(res.socket.writableCorked, 2);
  res.writeHead(200);
  res.uncork();
  assert.strictEqual(res.writableCorked, 1);
  const afterEnd = common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END'), 2);
  res.on('error', afterEnd);
  res.end('body');
  assert.strictEqual(res.socket.writableCorked, 0);
  res.end('more', afterEnd);
}));
server.listen(0, common.mustCall(() => {
  http.get({ port: server.address().port }, common.mustCall((res) => {
    let body = '';
    res.setEncoding('latin1');
    res.on('data', (chunk) => body += chunk);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'body');
      server.close();
    }));
  }));
}));
