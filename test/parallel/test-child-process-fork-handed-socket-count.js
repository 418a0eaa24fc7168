'use strict';
// A connection the server accepted and sent to a child (no keepOpen) is still the server's:
// getConnections() counts it while the child holds it, and close() emits 'close' only after
// the child has closed it too. Another server's connections are not mixed in.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  const held = [];
  process.on('message', (message, socket) => {
    if (message === 'hold') {
      held.push(socket);
      process.send('held');
    } else if (message === 'release') {
      for (const socket of held) socket.end('bye');
    }
  });
  return;
}

const child = fork(__filename, ['child']);
const other = net.createServer();
const server = net.createServer((socket) => child.send('hold', socket));
let closed = false;
server.on('close', common.mustCall(() => { closed = true; }));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const clients = [];
  let held = 0;
  child.on('message', (message) => {
    if (message !== 'held' || ++held < 2) return;
    server.getConnections(common.mustSucceed((count) => {
      assert.strictEqual(count, 2);
      other.getConnections(common.mustSucceed((otherCount) => {
        assert.strictEqual(otherCount, 0);
        server.close();
        // The child still holds both: no 'close' yet.
        setTimeout(common.mustCall(() => {
          assert.strictEqual(closed, false);
          child.send('release');
        }), 100);
      }));
    }));
  });
  let ended = 0;
  for (let i = 0; i < 2; i++) {
    const client = net.connect(server.address().port, '127.0.0.1');
    clients.push(client);
    client.setEncoding('utf8');
    let text = '';
    client.on('data', (chunk) => { text += chunk; });
    client.on('end', common.mustCall(() => {
      assert.strictEqual(text, 'bye');
      client.end();
      if (++ended === 2) {
        server.on('close', () => {
          child.disconnect();
          other.close();
        });
      }
    }));
  }
}));
other.listen(0, '127.0.0.1');
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
