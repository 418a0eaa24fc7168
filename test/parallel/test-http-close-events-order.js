'use strict';
// The order of 'end' and 'close' on both sides of an HTTP exchange, as node 20 emits them: a
// message read to its end closes at once (the connection stays for keep-alive), server.close()
// then finds the connection idle; abort() ends a request without an error, write() after
// end() only calls back.
const common = require('../common');
const assert = require('assert');
const http = require('http');

{
  const order = [];
  const server = http.createServer(common.mustCall((req, res) => {
    req.on('end', () => order.push('req end'));
    req.on('close', () => order.push('req close'));
    res.on('finish', () => order.push('res finish'));
    res.on('close', () => order.push('res close'));
    req.resume();
    setTimeout(() => {
      order.push('res.end called');
      res.end('ok');
      setImmediate(common.mustCall(() => {
        res.write('late', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END')));
      }));
    }, 20);
    res.on('error', common.mustNotCall());
  }));
  server.listen(0, common.mustCall(() => {
    http.get({ port: server.address().port }, common.mustCall((res) => {
      res.on('end', () => order.push('client end'));
      res.on('close', common.mustCall(() => {
        order.push('client close');
        // With the default keep-alive agent the connection stays open: close() ends it.
        server.close(common.mustCall(() => {
          assert.deepStrictEqual(order.slice(0, 2), ['req end', 'req close']);
          assert.deepStrictEqual(order.slice(-2), ['client end', 'client close']);
          assert.ok(order.indexOf('res finish') < order.indexOf('client end'));
        }));
      }));
      res.resume();
    }));
  }));
}

{
  const server = http.createServer((req, res) => res.end());
  server.listen(0, common.mustCall(() => {
    const req = http.request({ port: server.address().port }, common.mustNotCall());
    req.on('error', common.mustNotCall());
    req.on('abort', common.mustCall(() => server.close()));
    req.end();
    req.abort();
  }));
}
