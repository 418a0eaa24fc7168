'use strict';
// dns.promises (and node:dns/promises): Resolver methods, reverse and errors as rejections.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const dnsPromises = require('dns/promises');
const { startDNSServer } = require('../common/dns-server');

assert.strictEqual(dns.promises, dnsPromises);
assert.strictEqual(require('node:dns/promises'), dnsPromises);

const zone = {
  'example.test': {
    A: [{ address: '192.0.2.7', ttl: 42 }],
    SRV: [{ name: 'svc.example.test', port: 443, priority: 0, weight: 1 }],
  },
  '7.2.0.192.in-addr.arpa': { PTR: ['seven.example.test'] },
};

startDNSServer(zone, common.mustCall(async (server, address) => {
  const resolver = new dnsPromises.Resolver();
  resolver.setServers([address]);
  assert.deepStrictEqual(await resolver.resolve4('example.test'), ['192.0.2.7']);
  assert.deepStrictEqual(await resolver.resolve4('example.test', { ttl: true }),
                         [{ address: '192.0.2.7', ttl: 42 }]);
  assert.deepStrictEqual(await resolver.resolve('example.test', 'SRV'),
                         [{ name: 'svc.example.test', port: 443, priority: 0, weight: 1 }]);
  assert.deepStrictEqual(await resolver.reverse('192.0.2.7'), ['seven.example.test']);
  await assert.rejects(resolver.resolve4('nowhere.test'), {
    code: 'ENOTFOUND', syscall: 'queryA', hostname: 'nowhere.test', message: 'queryA ENOTFOUND nowhere.test',
  });
  await assert.rejects(resolver.resolveTxt('example.test'), { code: 'ENODATA', syscall: 'queryTxt' });
  assert.throws(() => resolver.resolve('example.test', 'BOGUS'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => resolver.resolve('example.test', 1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => resolver.resolve4(1), { code: 'ERR_INVALID_ARG_TYPE' });

  // The callback Resolver reverses too.
  const callbackResolver = new dns.Resolver();
  callbackResolver.setServers([address]);
  callbackResolver.reverse('192.0.2.7', common.mustSucceed((names) => {
    assert.deepStrictEqual(names, ['seven.example.test']);
    server.close();
  }));
}));
