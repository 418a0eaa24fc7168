'use strict';
// Peers that reset, vanish mid-write or send junk never take the server down: each socket
// fails on its own ('error' then 'close') and the server keeps accepting.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const big = Buffer.alloc(4 * 1024 * 1024, 'x');
let serverErrors = 0;
let serverCloses = 0;
const server = net.createServer((socket) => {
  socket.on('error', (err) => {
    assert.ok(['ECONNRESET', 'EPIPE'].includes(err.code), err.code);
    serverErrors++;
  });
  socket.on('close', () => serverCloses++);
  socket.on('data', () => {});
  // Keep writing to peers that may already be gone.
  socket.write(big);
  socket.write('more');
});

const kinds = ['reset', 'destroy', 'junk', 'half', 'reset-late'];
const rounds = 40;
let finished = 0;

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  for (let i = 0; i < rounds; i++) {
    const kind = kinds[i % kinds.length];
    const client = net.connect(port, '127.0.0.1');
    client.on('error', () => {});
    client.on('close', () => {
      if (++finished === rounds) checkStillServing(port);
    });
    client.on('connect', () => {
      switch (kind) {
        case 'reset': client.resetAndDestroy(); break;
        case 'destroy': client.destroy(); break;
        case 'junk': client.end(Buffer.from([0, 255, 1, 254, 13, 10, 0])); client.resume(); break;
        case 'half': client.end(); break;  // never reads the 4 MiB
        case 'reset-late': client.once('data', () => client.resetAndDestroy()); break;
      }
    });
    if (kind === 'half') setTimeout(() => client.destroy(), 50);
  }
}));

function checkStillServing(port) {
  const probe = net.connect(port, '127.0.0.1');
  let bytes = 0;
  probe.on('data', (chunk) => {
    bytes += chunk.length;
    if (bytes === big.length + 4) probe.end();
  });
  probe.on('end', common.mustCall(() => {
    assert.strictEqual(bytes, big.length + 4);
    server.close();
  }));
}

process.on('exit', () => {
  assert.ok(serverErrors > 0);
  assert.strictEqual(serverCloses, rounds + 1);
});
