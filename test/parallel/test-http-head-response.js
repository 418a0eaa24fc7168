'use strict';
// A response to HEAD carries the head (Content-Length included) but never a body, and the
// client does not wait for one: two HEADs then a GET on one keep-alive connection.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  res.setHeader('Content-Length', 5);
  res.end(req.method === 'HEAD' ? undefined : 'hello');
});

server.listen(0, common.mustCall(async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const port = server.address().port;
  const send = (method) => new Promise((resolve) => {
    http.request({ port, method, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (data) => { body += data; });
      res.on('end', () => resolve([res.statusCode, res.headers['content-length'], body]));
    }).end();
  });
  assert.deepStrictEqual(await send('HEAD'), [200, '5', '']);
  assert.deepStrictEqual(await send('HEAD'), [200, '5', '']);
  assert.deepStrictEqual(await send('GET'), [200, '5', 'hello']);
  agent.destroy();
  server.close();
}));
