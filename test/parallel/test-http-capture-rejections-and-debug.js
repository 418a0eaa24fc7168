'use strict';
// With events.captureRejections, an async 'request' handler that rejects before anything is
// sent answers 500 without the headers it had set; an async 'drain' listener that rejects
// destroys the message with its reason. NODE_DEBUG=http logs, after node's warning.
const common = require('../common');
const assert = require('assert');
const events = require('events');
const http = require('http');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const server = http.createServer((req, res) => res.end('ok'));
  server.listen(0, () => {
    http.get({ port: server.address().port }, (res) => {
      res.resume();
      res.on('end', () => server.close());
    });
  });
  return;
}

const child = spawnSync(process.execPath, [__filename, 'child'], {
  env: { ...process.env, NODE_DEBUG: 'http' }, encoding: 'utf8',
});
assert.strictEqual(child.status, 0, child.stderr);
assert.match(child.stderr, /Setting the NODE_DEBUG environment variable to 'http' can expose sensitive data/);
assert.match(child.stderr, /^HTTP \d+: /m);

events.captureRejections = true;

const server = http.createServer(common.mustCall(async (req, res) => {
  if (req.url === '/drain') {
    const reason = new Error('drain failed');
    res.on('drain', common.mustCall(async () => { throw reason; }));
    res.socket.on('error', common.mustCall((err) => assert.strictEqual(err, reason)));
    res.writeHead(200);
    while (res.write('x'.repeat(1024)));
    return;
  }
  res.setHeader('x-secret', 'do not leak');
  throw new Error('handler failed');
}, 2));

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  http.get({ port, path: '/fail' }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 500);
    assert.strictEqual(res.headers['x-secret'], undefined);
    let body = '';
    res.setEncoding('latin1');
    res.on('data', (chunk) => body += chunk);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'Internal Server Error');
      const req = http.get({ port, path: '/drain' }, common.mustCall((res) => {
        res.on('error', () => {});
        res.on('close', common.mustCall(() => server.close()));
      }));
      req.on('error', () => {});
    }));
  }));
}));
