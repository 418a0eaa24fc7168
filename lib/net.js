'use strict';
// net: TCP and Unix-domain stream sockets and servers. The Socket lives in
// internal/net/socket (connecting in internal/net/connect), the Server in
// internal/net/server, the handles in src/tcp_wrap.cc and src/pipe_wrap.cc.

const { Socket, normalizeArgs } = require('internal/net/socket');
const {
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
} = require('internal/net/connect');
const { Server, createServerHandle } = require('internal/net/server');
const { isIP, isIPv4, isIPv6 } = require('internal/net');
const { deprecate } = require('internal/util');

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// connect(options[, cb]), connect(path[, cb]), connect(port[, host][, cb])
function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  // A no-op since Windows-only tuning left node, deprecated (DEP0121).
  _setSimultaneousAccepts: deprecate(function _setSimultaneousAccepts() {},
                                     'net._setSimultaneousAccepts() is deprecated and will be removed.',
                                     'DEP0121'),
  get BlockList() {
    return require('internal/blocklist').BlockList;
  },
  get SocketAddress() {
    return require('internal/socketaddress').SocketAddress;
  },
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,  // the legacy name
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
