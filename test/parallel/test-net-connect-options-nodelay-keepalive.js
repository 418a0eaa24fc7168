'use strict';
// net.connect's noDelay, keepAlive and keepAliveInitialDelay options reach the handle once
// the connection is up (a negative delay counts as 0, the delay goes in seconds); without
// them the handle is not touched, and setNoDelay(false) on such a socket changes nothing.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((connection) => connection.end());
server.listen(0, common.mustCall(() => {
  const { port } = server.address();
  let pending = 3;
  const done = () => { if (--pending === 0) server.close(); };

  const withOptions = net.connect({ port, noDelay: 1, keepAlive: 'yes', keepAliveInitialDelay: 2500 },
                                  common.mustCall(() => withOptions.end()));
  withOptions._handle.setNoDelay = common.mustCall((enable) => assert.strictEqual(enable, true));
  withOptions._handle.setKeepAlive = common.mustCall((enable, delay) => {
    assert.strictEqual(enable, true);
    assert.strictEqual(delay, 2);
  });
  withOptions.on('close', done).resume();

  const negativeDelay = net.connect({ port, keepAlive: true, keepAliveInitialDelay: -1000 },
                                    common.mustCall(() => negativeDelay.end()));
  negativeDelay._handle.setKeepAlive = common.mustCall((enable, delay) => assert.strictEqual(delay, 0));
  negativeDelay.on('close', done).resume();

  const plain = net.connect({ port }, common.mustCall(() => {
    plain.setNoDelay(false);
    plain.setKeepAlive(false);
    plain.end();
  }));
  plain._handle.setNoDelay = common.mustNotCall();
  plain._handle.setKeepAlive = common.mustNotCall();
  plain.on('close', done).resume();
}));
