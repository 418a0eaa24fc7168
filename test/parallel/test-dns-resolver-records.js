'use strict';
// Every record type through dns.Resolver against a DNS server on 127.0.0.1.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startDNSServer } = require('../common/dns-server');

const soa = {
  nsname: 'ns1.example.test', hostmaster: 'admin.example.test', serial: 2026113001,
  refresh: 3600, retry: 600, expire: 86400, minttl: 300,
};
const naptr = {
  order: 100, preference: 10, flags: 'S', service: 'SIP+D2U', regexp: '', replacement: '_sip._udp.example.test',
};
const zone = {
  'example.test': {
    A: [{ address: '192.0.2.1', ttl: 300 }, { address: '192.0.2.2', ttl: 60 }],
    AAAA: [{ address: '2001:db8::1', ttl: 120 }],
    MX: [{ exchange: 'mail.example.test', priority: 10 }, { exchange: 'backup.example.test', priority: 20 }],
    TXT: [['v=spf1', ' -all'], ['hello']],
    NS: ['ns1.example.test', 'ns2.example.test'],
    SOA: soa,
    CAA: [{ critical: 0, tag: 'issue', value: 'ca.example.test' }],
    NAPTR: [naptr],
  },
  '_sip._udp.example.test': {
    SRV: [{ name: 'sip.example.test', port: 5060, priority: 1, weight: 5 }],
  },
  'www.example.test': { CNAME: ['example.test'] },
  'pair.example.test': { AAAA: [{ address: '2001:db8::2', ttl: 5 }], A: [{ address: '192.0.2.9', ttl: 6 }] },
  '1.2.0.192.in-addr.arpa': { PTR: ['host.example.test'] },
};

const byExchange = (a, b) => a.priority - b.priority;

startDNSServer(zone, common.mustCall((server, address) => {
  const resolver = new dns.Resolver();
  resolver.setServers([address]);
  assert.deepStrictEqual(resolver.getServers(), [address]);

  const checks = [
    ['resolve4', [], ['192.0.2.1', '192.0.2.2']],
    ['resolve4', [{ ttl: true }], [{ address: '192.0.2.1', ttl: 300 }, { address: '192.0.2.2', ttl: 60 }]],
    ['resolve6', [], ['2001:db8::1']],
    ['resolve6', [{ ttl: true }], [{ address: '2001:db8::1', ttl: 120 }]],
    ['resolveMx', [], [{ exchange: 'mail.example.test', priority: 10 },
                       { exchange: 'backup.example.test', priority: 20 }]],
    ['resolveTxt', [], [['v=spf1', ' -all'], ['hello']]],
    ['resolveNs', [], ['ns1.example.test', 'ns2.example.test']],
    ['resolveSoa', [], soa],
    ['resolveCaa', [], [{ critical: 0, issue: 'ca.example.test' }]],
    ['resolveNaptr', [], [naptr]],
  ];
  let pending = checks.length + 7;
  const done = () => {
    if (--pending === 0) server.close();
  };
  for (const [method, options, expected] of checks) {
    resolver[method]('example.test', ...options, common.mustSucceed((result) => {
      if (method === 'resolveMx') result.sort(byExchange);
      assert.deepStrictEqual(result, expected, method);
      done();
    }));
  }
  resolver.resolveSrv('_sip._udp.example.test', common.mustSucceed((result) => {
    assert.deepStrictEqual(result, [{ name: 'sip.example.test', port: 5060, priority: 1, weight: 5 }]);
    done();
  }));
  resolver.resolveCname('www.example.test', common.mustSucceed((result) => {
    assert.deepStrictEqual(result, ['example.test']);
    done();
  }));
  resolver.resolvePtr('1.2.0.192.in-addr.arpa', common.mustSucceed((result) => {
    assert.deepStrictEqual(result, ['host.example.test']);
    done();
  }));
  resolver.resolve('example.test', 'MX', common.mustSucceed((result) => {
    assert.strictEqual(result.length, 2);
    done();
  }));
  resolver.resolve('example.test', common.mustSucceed((result) => {
    assert.deepStrictEqual(result, ['192.0.2.1', '192.0.2.2']);
    done();
  }));
  // Only some types: no SOA, MX, ... is no error.
  resolver.resolveAny('pair.example.test', common.mustSucceed((result) => {
    assert.deepStrictEqual(result.sort((a, b) => a.type.localeCompare(b.type)), [
      { address: '192.0.2.9', ttl: 6, type: 'A' },
      { address: '2001:db8::2', ttl: 5, type: 'AAAA' },
    ]);
    done();
  }));
  resolver.resolveAny('example.test', common.mustSucceed((result) => {
    const types = new Set(result.map((record) => record.type));
    for (const type of ['A', 'AAAA', 'MX', 'TXT', 'NS', 'SOA', 'CAA', 'NAPTR']) {
      assert(types.has(type), `ANY lacks ${type}: ${JSON.stringify(result)}`);
    }
    assert.deepStrictEqual(result.find((record) => record.type === 'A'),
                           { address: '192.0.2.1', ttl: 300, type: 'A' });
    assert.deepStrictEqual(result.find((record) => record.type === 'TXT'),
                           { entries: ['v=spf1', ' -all'], type: 'TXT' });
    assert.deepStrictEqual(result.find((record) => record.type === 'MX' && record.priority === 10),
                           { exchange: 'mail.example.test', priority: 10, type: 'MX' });
    done();
  }));
}));
