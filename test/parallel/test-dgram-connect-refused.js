'use strict';
// A connected socket hears that nobody listens at the peer's port (ICMP port unreachable)
// as an 'error' from recvmsg with ECONNREFUSED.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

// A port that was free a moment ago.
const probe = dgram.createSocket('udp4');
probe.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = probe.address();
  probe.close(common.mustCall(() => {
    const client = dgram.createSocket('udp4');
    client.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.syscall, 'recvmsg');
      assert.strictEqual(err.message, 'recvmsg ECONNREFUSED');
      clearInterval(resend);
      client.close();
    }));
    let resend;
    client.connect(port, '127.0.0.1', common.mustCall(() => {
      // The refusal comes back for a datagram sent; send until it does.
      const send = () => client.send('x');
      send();
      resend = setInterval(send, 100);
    }));
  }));
}));
