'use strict';
// Passing accepted sockets to a child: the child talks to the clients on them; the parent's
// copies are closed once sent (keepOpen not set). Several handles are in flight at once,
// mixed with plain messages, and each arrives with its own message.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { fork } = require('child_process');

const kClients = 5;

if (process.argv[2] === 'child') {
  let handled = 0;
  process.on('message', (message, socket) => {
    if (message.plain) return;
    assert.ok(socket instanceof net.Socket);
    socket.end(`child got client ${message.index}`);
    if (++handled === kClients) process.disconnect();
  });
  return;
}

const child = fork(__filename, ['child']);
let index = 0;
const server = net.createServer((socket) => {
  const sent = index++;
  child.send({ plain: true }, common.mustSucceed());
  child.send({ index: sent }, socket, common.mustSucceed(() => {
    // Detached from its descriptor, which is the child's now.
    assert.strictEqual(socket._handle, null);
  }));
  if (index === kClients) server.close();
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const replies = [];
  for (let i = 0; i < kClients; i++) {
    const client = net.connect(server.address().port, '127.0.0.1');
    let reply = '';
    client.setEncoding('utf8');
    client.on('data', (chunk) => { reply += chunk; });
    client.on('end', common.mustCall(() => {
      replies.push(reply);
      if (replies.length === kClients) {
        assert.deepStrictEqual(replies.map((text) => text.replace(/\d+$/, 'N')),
                               Array(kClients).fill('child got client N'));
        assert.deepStrictEqual(replies.map((text) => Number(text.split(' ').pop())).sort(),
                               [0, 1, 2, 3, 4]);
      }
    }));
  }
}));
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
