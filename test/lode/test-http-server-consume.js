'use strict';
// The http server's parser takes a connection's reads in C++ once one read has gone to it
// through JS; whatever needs the reads to pass through the socket's Readable again (pause,
// another 'data' listener, unshift) hands them back to JS until a read shows the parser is the
// only taker again; an upgrade gives the socket back for good.
// Flags: --expose-internals
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (!process.execArgv.includes('--expose-internals')) {
  const r = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', __filename], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr + r.stdout);
  return;
}

const http = require('http');
const net = require('net');
const { kConsumerArmed } = require('internal/stream_base_commons');

const seen = [];
let serverSocket;
const server = http.createServer((req, res) => {
  serverSocket = req.socket;
  seen.push([req.url, req.socket[kConsumerArmed]]);
  if (req.url === '/pause') {
    req.socket.pause();
    assert.strictEqual(req.socket[kConsumerArmed], false);
    setTimeout(() => req.socket.resume(), 20);
  }
  if (req.url === '/first-pause') {
    // Paused by the read that would have armed the parser: it must stay unarmed.
    req.socket.pause();
    setImmediate(() => {
      assert.strictEqual(req.socket[kConsumerArmed], false);
      req.socket.resume();
    });
  }
  if (req.url === '/listen') {
    req.socket.on('data', () => {});
    assert.strictEqual(req.socket[kConsumerArmed], false);
  }
  res.end('ok');
});
server.on('upgrade', (req, socket) => {
  seen.push([req.url, socket[kConsumerArmed]]);
  socket.end();
});

server.listen(0, () => {
  const client = net.connect(server.address().port);
  const urls = ['/1', '/2', '/pause', '/3', '/4', '/5', '/listen', '/6', '/up'];
  let i = 0;
  client.on('data', () => {
    if (i < urls.length) send();
  });
  function send() {
    const url = urls[i++];
    if (i === urls.length) {
      client.write(`GET ${url} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\n`);
    } else {
      client.write(`GET ${url} HTTP/1.1\r\nHost: x\r\n\r\n`);
    }
  }
  client.on('connect', send);
  client.on('close', () => {
    assert.deepStrictEqual(seen, [
      ['/1', false],       // the first read goes through JS, and arms the parser after it...
      ['/2', true],        // ... so this one was consumed
      ['/pause', true],
      ['/3', false],       // queued in the paused Readable, handed over on resume
      ['/4', false],       // through JS to the parser, which arms it again
      ['/5', true],
      ['/listen', true],
      ['/6', false],       // two 'data' listeners now: every read goes through the Readable
      ['/up', undefined],  // an upgrade: the socket is the user's
    ]);
    assert.strictEqual(serverSocket[kConsumerArmed], undefined);
    firstPause();
  });
});

function firstPause() {
  const client = net.connect(server.address().port, () => {
    client.end('GET /first-pause HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  client.resume();
  client.on('close', () => server.close());
}
