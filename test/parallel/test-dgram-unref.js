'use strict';
// An unref'd socket does not keep the process alive; ref() makes it do so again.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const idle = dgram.createSocket('udp4');
idle.bind(0, '127.0.0.1', common.mustCall(() => idle.unref()));
idle.on('message', common.mustNotCall());

// ref() after unref(): this one stays until it receives its datagram and closes.
const waiting = dgram.createSocket('udp4');
waiting.unref();
waiting.ref();
waiting.bind(0, '127.0.0.1', common.mustCall(() => {
  const sender = dgram.createSocket('udp4');
  sender.send('ping', waiting.address().port, '127.0.0.1', common.mustSucceed(() => sender.close()));
}));
waiting.on('message', common.mustCall((message) => {
  assert.strictEqual(message.toString(), 'ping');
  waiting.close();
}));
