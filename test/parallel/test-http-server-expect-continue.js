'use strict';
// Expect: 100-continue: without a 'checkContinue' listener the server answers 100 Continue by
// itself; with one, the listener decides (writeContinue()).
const common = require('../common');
const assert = require('assert');
const http = require('http');

function handler(req, res) {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (data) => { body += data; });
  req.on('end', () => res.end(`got ${body}`));
}

const plain = http.createServer(common.mustCall(handler));
const checking = http.createServer(common.mustNotCall());
checking.on('checkContinue', common.mustCall((req, res) => {
  assert.strictEqual(req.headers.expect, '100-continue');
  res.writeContinue();
  handler(req, res);
}));

function post(server) {
  return new Promise((resolve) => {
    const req = http.request({
      port: server.address().port, method: 'POST', agent: false,
      headers: { 'Expect': '100-continue', 'Content-Length': 5 },
    }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (data) => { body += data; });
      res.on('end', () => resolve(body));
    });
    req.on('continue', common.mustCall(() => req.end('hello')));
  });
}

plain.listen(0, common.mustCall(() => checking.listen(0, common.mustCall(async () => {
  assert.strictEqual(await post(plain), 'got hello');
  assert.strictEqual(await post(checking), 'got hello');
  plain.close();
  checking.close();
}))));
