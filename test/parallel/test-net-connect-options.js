'use strict';
// connect() options: a custom lookup (with node's lookup options and the 'lookup' event),
// localAddress/localPort, family, and the argument checks.
const common = require('../common');
const assert = require('assert');
const net = require('net');

assert.throws(() => net.connect({ port: 80, localAddress: 'not-an-ip' }), {
  code: 'ERR_INVALID_IP_ADDRESS',
  message: 'Invalid IP address: not-an-ip',
});
assert.throws(() => net.connect({ port: true }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /The "options\.port" property must be one of type number or string/,
});
assert.throws(() => net.connect({ port: 70000 }), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => net.connect({ port: 80, host: 'example', lookup: 'nope' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.connect({ port: 80, autoSelectFamily: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.connect({ port: 80, autoSelectFamilyAttemptTimeout: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => net.connect({ path: 42 }), { code: 'ERR_INVALID_ARG_TYPE' });

const server = net.createServer((socket) => socket.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();

  // With a family there is a single lookup (all: false) and a 'lookup' event.
  const viaLookup = net.connect({
    port,
    host: 'my.test.host',
    family: 4,
    lookup: common.mustCall((host, options, callback) => {
      assert.strictEqual(host, 'my.test.host');
      assert.deepStrictEqual(options, { family: 4, hints: 0 });
      setTimeout(() => callback(null, '127.0.0.1', 4), 1);
    }),
  });
  viaLookup.on('lookup', common.mustCall((err, address, family, host) => {
    assert.strictEqual(err, null);
    assert.strictEqual(address, '127.0.0.1');
    assert.strictEqual(family, 4);
    assert.strictEqual(host, 'my.test.host');
  }));
  viaLookup.resume();
  viaLookup.on('connect', common.mustCall(() => {
    assert.strictEqual(viaLookup._host, 'my.test.host');
    assert.strictEqual(viaLookup.remoteAddress, '127.0.0.1');
  }));

  // Without a family, lookups ask for every address with AI_ADDRCONFIG.
  const all = net.connect({
    port,
    host: 'another.test.host',
    lookup: common.mustCall((host, options, callback) => {
      assert.deepStrictEqual(options, { family: undefined, hints: 32, all: true });
      callback(null, [{ address: '127.0.0.1', family: 4 }]);
    }),
  });
  all.resume();
  all.on('connect', common.mustCall());

  // A failing lookup destroys the socket with its error.
  const failing = net.connect({
    port,
    host: 'nowhere.test',
    family: 6,
    lookup(host, options, callback) {
      const err = new Error('no such host');
      err.code = 'ENOTFOUND';
      callback(err);
    },
  });
  failing.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ENOTFOUND')));

  // A lookup answer that is not an IP address.
  const bogus = net.connect({ port, host: 'bogus.test', family: 4, lookup: (h, o, cb) => cb(null, 'nonsense', 4) });
  bogus.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_INVALID_IP_ADDRESS')));

  // Binding the local end first.
  const local = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1', localPort: 0 });
  local.resume();
  local.on('connect', common.mustCall(() => {
    assert.strictEqual(local.localAddress, '127.0.0.1');
  }));

  let closed = 0;
  for (const socket of [viaLookup, all, failing, bogus, local]) {
    socket.on('close', () => {
      if (++closed === 5) server.close();
    });
  }
}));
