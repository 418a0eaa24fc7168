'use strict';
// readableAll and writableAll open a Unix socket to every user.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const path = tmpdir.resolve('open.sock');
const server = net.createServer().listen({ path, readableAll: true, writableAll: true }, common.mustCall(() => {
  assert.strictEqual(fs.statSync(path).mode & 0o777, 0o777);
  server.close();
}));
