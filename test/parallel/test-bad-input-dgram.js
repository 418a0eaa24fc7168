'use strict';
// Garbage in every argument position of dgram.createSocket and of the methods of fresh,
// unbound sockets: the same errors as node, and no crash.
require('../common');
const badInput = require('../common/bad-input');
const dgram = require('dgram');

function quiet(socket) {
  socket.on('error', () => {});
  return socket;
}

const targets = {
  'dgram.createSocket': [undefined, (...args) => quiet(dgram.createSocket(...args)), { args: ['udp4'] }],
  'new Socket': [undefined, (...args) => quiet(new dgram.Socket(...args)), { args: ['udp4'] }],
};
for (const option of ['type', 'reuseAddr', 'ipv6Only', 'recvBufferSize', 'sendBufferSize', 'lookup', 'signal']) {
  targets[`createSocket/${option}`] = [undefined, (value) => {
    const socket = quiet(dgram.createSocket({ type: 'udp4', [option]: value }));
    return socket;
  }, { args: [] }];
}

// send() and bind() would reach the network with some garbage: they get a lookup that
// answers only for 127.0.0.1, so nothing leaves this machine.
function lookup(host, family, callback) {
  process.nextTick(callback, null, '127.0.0.1', 4);
}
const socketArguments = {
  send: ['x', 9, '127.0.0.1'],
  connect: [9, '127.0.0.1'],
  addMembership: ['224.0.0.114'],
  dropMembership: ['224.0.0.114'],
  addSourceSpecificMembership: ['127.0.0.1', '232.1.1.1'],
  dropSourceSpecificMembership: ['127.0.0.1', '232.1.1.1'],
};
// The sockets that bind stay open: unref'd, so they do not keep the test alive (and ref()
// is undone at once).
for (const name of badInput.methodNames(dgram.Socket.prototype)) {
  if (name.startsWith('_')) continue;
  const method = dgram.Socket.prototype[name];
  const call = name !== 'ref' ? method : function(...args) {
    const result = method.apply(this, args);
    this.unref();
    return result;
  };
  targets[`socket.${name}`] = [undefined, call, {
    args: socketArguments[name] || [],
    // node 20 aborts on a size of -0 (it passes the uint32 check, and is no Uint32 to V8).
    nodeAborts: name.endsWith('BufferSize') ? ['-0'] : [],
    fresh: () => quiet(dgram.createSocket({ type: 'udp4', lookup })).unref(),
  }];
}

badInput.check(__filename, targets);
