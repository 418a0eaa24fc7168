'use strict';
// Garbage in every argument position of the net module's functions, BlockList and
// SocketAddress, the Socket and Server constructors, and the Socket and Server methods that
// neither connect nor listen: the same errors as node. connect() only gets garbage (so at
// most a refused connection to this machine); everything runs in a scratch directory, as a
// garbage path could name a socket file.
require('../common');
const badInput = require('../common/bad-input');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-bad-input-net-'));
process.chdir(scratch);
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));

function quiet(emitter) {
  emitter.on('error', () => {});
  return emitter;
}

// The module-wide defaults are put back after each call.
function restoring(fn, get, set) {
  return (...args) => {
    const saved = get();
    try {
      return fn(...args);
    } finally {
      set(saved);
    }
  };
}

// A connect() that might succeed is closed at once.
function connectAndDestroy(connect) {
  return (...args) => {
    const socket = connect(...args);
    quiet(socket).destroy();
    return socket;
  };
}

const targets = {
  ...badInput.functionsOf(net, 'net', [
    'Socket', 'Stream', 'Server', 'BlockList', 'SocketAddress', 'connect', 'createConnection',
    'createServer', 'setDefaultAutoSelectFamily', 'setDefaultAutoSelectFamilyAttemptTimeout',
    '_createServerHandle', '_setSimultaneousAccepts',
  ]),
  'net.setDefaultAutoSelectFamily': [undefined, restoring(net.setDefaultAutoSelectFamily,
                                                          net.getDefaultAutoSelectFamily,
                                                          net.setDefaultAutoSelectFamily)],
  'net.setDefaultAutoSelectFamilyAttemptTimeout': [undefined, restoring(
    net.setDefaultAutoSelectFamilyAttemptTimeout, net.getDefaultAutoSelectFamilyAttemptTimeout,
    net.setDefaultAutoSelectFamilyAttemptTimeout)],
  'net.connect': [undefined, connectAndDestroy(net.connect), { args: [], skip: ['no arguments'] }],
  'net.createConnection': [undefined, connectAndDestroy(net.createConnection),
                           { args: [], skip: ['no arguments'] }],
  'net.createServer': [undefined, (...args) => quiet(net.createServer(...args)), { args: [{}] }],
  // new Socket(-0) is a socket over fd 0, this process's stdin.
  'new Socket': [undefined, (...args) => quiet(new net.Socket(...args)), { args: [], skip: ['-0'] }],
  'new Server': [undefined, (...args) => quiet(new net.Server(...args)), { args: [{}] }],
  'new BlockList': [undefined, badInput.construct(net.BlockList)],
  'new SocketAddress': [undefined, badInput.construct(net.SocketAddress), { args: [] }],
  'SocketAddress.isSocketAddress': [net.SocketAddress, net.SocketAddress.isSocketAddress],
  'BlockList.isBlockList': [net.BlockList, net.BlockList.isBlockList],
};
for (const option of ['address', 'family', 'port', 'flowlabel']) {
  // node 20 aborts on a port or flowlabel of -0 (it passes the checks, and is no Int32 or
  // Uint32 to V8).
  const nodeAborts = option === 'flowlabel' || option === 'port' ? ['-0'] : [];
  targets[`new SocketAddress/${option}`] =
    [undefined, (value) => new net.SocketAddress({ [option]: value }), { args: [], nodeAborts }];
}
for (const option of ['fd', 'allowHalfOpen', 'readable', 'writable', 'signal', 'noDelay',
                      'keepAlive', 'keepAliveInitialDelay', 'onread']) {
  // -0 is fd 0, this process's stdin.
  const skip = option === 'fd' ? ['-0'] : [];
  targets[`new Socket/${option}`] =
    [undefined, (value) => quiet(new net.Socket({ [option]: value })), { args: [], skip }];
}
for (const option of ['allowHalfOpen', 'pauseOnConnect', 'noDelay', 'keepAlive',
                      'keepAliveInitialDelay', 'highWaterMark']) {
  targets[`new Server/${option}`] =
    [undefined, (value) => quiet(new net.Server({ [option]: value })), { args: [] }];
}

const blockListArguments = {
  addAddress: ['10.0.0.1', 'ipv4'], addRange: ['10.0.0.1', '10.0.0.9', 'ipv4'],
  addSubnet: ['10.0.0.0', 8, 'ipv4'], check: ['10.0.0.1', 'ipv4'],
};
for (const name of badInput.methodNames(net.BlockList.prototype)) {
  targets[`blockList.${name}`] = [undefined, net.BlockList.prototype[name], {
    args: blockListArguments[name] || [], fresh: () => new net.BlockList(),
    // node 20 aborts on a prefix of -0 (it passes the int32 check, and is no Int32 to V8).
    nodeAborts: name === 'addSubnet' ? ['-0'] : [],
  }];
}
Object.assign(targets, badInput.receiversOf(net.BlockList.prototype, 'BlockList'),
              badInput.receiversOf(net.SocketAddress.prototype, 'SocketAddress'));

// Socket and Server methods on fresh, unconnected ones, but for those that connect or
// listen, and the internals (underscored).
const socketArguments = {
  setTimeout: [1, () => {}], setNoDelay: [true], setKeepAlive: [true, 1], end: ['ab', 'utf8', () => {}],
};
for (const name of badInput.methodNames(net.Socket.prototype)) {
  if (name.startsWith('_') || name === 'connect') continue;
  targets[`socket.${name}`] = [undefined, net.Socket.prototype[name], {
    args: socketArguments[name] || [], fresh: () => quiet(new net.Socket()),
  }];
}
for (const name of badInput.methodNames(net.Server.prototype)) {
  if (name.startsWith('_') || name === 'listen') continue;
  targets[`server.${name}`] = [undefined, net.Server.prototype[name], {
    args: [], fresh: () => quiet(new net.Server()),
  }];
}

badInput.check(__filename, targets);
