'use strict';
// Each new dgram socket is published on diagnostics_channel's 'udp.socket'.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const diagnosticsChannel = require('diagnostics_channel');

let created;
diagnosticsChannel.subscribe('udp.socket', common.mustCall(({ socket }) => {
  assert(socket instanceof dgram.Socket);
  created = socket;
}));
const socket = dgram.createSocket('udp6');
assert.strictEqual(created, socket);
socket.close();
