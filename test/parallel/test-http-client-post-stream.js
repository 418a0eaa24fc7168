'use strict';
// A POST written in pieces goes chunked, the response streams back in pieces, and the
// request's 'finish', the response's 'end' and the request's 'close' all happen.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.headers['transfer-encoding'], 'chunked');
  assert.strictEqual(req.method, 'POST');
  req.on('data', (data) => res.write(data.toString().toUpperCase()));
  req.on('end', () => res.end('!'));
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'post', path: '/up' },
                           common.mustCall((res) => {
                             let body = '';
                             res.setEncoding('utf8');
                             res.on('data', (data) => { body += data; });
                             res.on('end', common.mustCall(() => {
                               assert.strictEqual(body, 'ABCDEF!');
                               server.close();
                             }));
                           }));
  req.on('finish', common.mustCall());
  req.on('close', common.mustCall());
  req.write('abc');
  setTimeout(() => req.end('def'), 10);
}));
