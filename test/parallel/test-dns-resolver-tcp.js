'use strict';
// An answer too large for a datagram comes back truncated over UDP; the resolver then asks
// again over TCP (a connection c-ares drives through the loop) and gets the records.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startDNSServer } = require('../common/dns-server');

const many = [];
for (let i = 1; i <= 40; i++) many.push({ address: `192.0.2.${i}`, ttl: i });
const zone = {
  'big.test': { truncated: true, A: many, TXT: [['x'.repeat(200)], ['y'.repeat(200)], ['z'.repeat(200)]] },
  'small.test': { A: [{ address: '192.0.2.200', ttl: 1 }] },
};

startDNSServer(zone, common.mustCall((server, address) => {
  const resolver = new dns.Resolver();
  resolver.setServers([address]);
  let pending = 3;
  const done = () => {
    if (--pending > 0) return;
    assert(server.queries.some((query) => query.tcp), 'no query came over TCP');
    server.close();
  };
  resolver.resolve4('big.test', { ttl: true }, common.mustSucceed((records) => {
    assert.deepStrictEqual(records, many);
    done();
  }));
  resolver.resolveTxt('big.test', common.mustSucceed((records) => {
    assert.deepStrictEqual(records, [['x'.repeat(200)], ['y'.repeat(200)], ['z'.repeat(200)]]);
    done();
  }));
  resolver.resolve4('small.test', common.mustSucceed((records) => {
    assert.deepStrictEqual(records, ['192.0.2.200']);
    done();
  }));
}), { tcp: true });
