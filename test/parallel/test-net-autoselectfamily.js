'use strict';
// autoSelectFamily ("happy eyeballs"): with several addresses, a failed attempt moves on to
// the next, reporting each attempt; when every one fails the error is an AggregateError.
const common = require('../common');
const assert = require('assert');
const net = require('net');

assert.strictEqual(net.getDefaultAutoSelectFamily(), true);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 250);
assert.throws(() => net.setDefaultAutoSelectFamily('yes'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout(0), { code: 'ERR_OUT_OF_RANGE' });
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 10);
net.setDefaultAutoSelectFamilyAttemptTimeout(250);

// An IPv4-only server; the lookup puts an IPv6 address (refused) first.
const server = net.createServer((socket) => socket.end('hi'));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const attempts = [];
  const client = net.connect({
    port,
    host: 'dual.test',
    lookup(host, options, callback) {
      assert.strictEqual(options.all, true);
      setImmediate(callback, null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]);
    },
  });
  client.on('connectionAttempt', (address, attemptPort, family) => attempts.push(['try', address, family]));
  client.on('connectionAttemptFailed', (address, attemptPort, family, error) => {
    assert.strictEqual(error.code, 'ECONNREFUSED');
    attempts.push(['failed', address, family]);
  });
  client.on('connect', common.mustCall(() => {
    assert.deepStrictEqual(attempts, [['try', '::1', 6], ['failed', '::1', 6], ['try', '127.0.0.1', 4]]);
    assert.deepStrictEqual(client.autoSelectFamilyAttemptedAddresses, [`::1:${port}`, `127.0.0.1:${port}`]);
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
  }));
  client.resume();
  client.on('close', common.mustCall(() => {
    server.close(common.mustCall(() => {
      // Now nothing listens: every attempt fails.
      const doomed = net.connect({
        port,
        host: 'dual.test',
        lookup: (host, options, callback) =>
          callback(null, [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }]),
      });
      doomed.on('error', common.mustCall((err) => {
        assert.ok(err instanceof AggregateError);
        assert.strictEqual(err.errors.length, 2);
        assert.deepStrictEqual(err.errors.map((e) => [e.code, e.address]),
                               [['ECONNREFUSED', '127.0.0.1'], ['ECONNREFUSED', '::1']]);
      }));
    }));
  }));
}));
