'use strict';
// A bound dgram socket sent to a forked child over IPC: the child gets a working socket on
// the same port, and datagrams to that port reach it.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.once('message', common.mustCall((message, socket) => {
    assert.strictEqual(message, 'socket');
    assert(socket instanceof dgram.Socket);
    assert.strictEqual(socket.type, 'udp4');
    socket.on('message', common.mustCall((data, rinfo) => {
      assert.strictEqual(data.toString(), 'to the child');
      socket.close();
      process.send({ got: data.toString() });
    }));
    process.send({ port: socket.address().port });
  }));
  return;
}

const shared = dgram.createSocket('udp4');
shared.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = shared.address();
  const child = fork(__filename, ['child']);
  child.send('socket', shared);
  const sender = dgram.createSocket('udp4');
  let timer;
  child.on('message', common.mustCall((message) => {
    if (message.port !== undefined) {
      assert.strictEqual(message.port, port);
      // The child has its own descriptor now; the parent stops reading, so only the child
      // can take the datagrams.
      shared.close();
      timer = setInterval(() => sender.send('to the child', port, '127.0.0.1'), 20);
    } else {
      assert.strictEqual(message.got, 'to the child');
      clearInterval(timer);
      sender.close();
    }
  }, 2));
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}));
