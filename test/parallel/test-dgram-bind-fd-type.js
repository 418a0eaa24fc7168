'use strict';
// socket.bind({ fd }) takes over only a UDP socket's descriptor: any other kind is an
// ERR_INVALID_FD_TYPE naming it, and a value that is no positive int32 is no descriptor at
// all (the socket binds a port of its own).
const common = require('../common');
if (common.isWindows) common.skip('no fds on Windows');
const assert = require('assert');
const dgram = require('dgram');
const fs = require('fs');

const fd = fs.openSync(__filename, 'r');
const socket = dgram.createSocket('udp4');
assert.throws(() => socket.bind({ fd }), {
  name: 'TypeError',
  code: 'ERR_INVALID_FD_TYPE',
  message: 'Unsupported fd type: FILE',
});
fs.closeSync(fd);

// Not a descriptor: bound to a fresh port, as without the option.
const other = dgram.createSocket('udp4');
other.bind({ fd: 1.5 }, common.mustCall(() => {
  assert.ok(other.address().port > 0);
  other.close();
  socket.close();
}));
