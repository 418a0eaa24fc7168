'use strict';
// Resolver failures against a DNS server on 127.0.0.1: unknown names, names without the
// record type, a malformed answer, REFUSED, no answer at all, and cancel().
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { startDNSServer } = require('../common/dns-server');

const zone = {
  'example.test': { A: [{ address: '192.0.2.1', ttl: 60 }] },
  'broken.test': 'malformed',
  'silent.test': 'silent',
  'refused.test': 'refused',
};

function expectError(code, syscall, hostname) {
  return common.mustCall((err, result) => {
    assert(err instanceof Error, `expected ${code}, got ${JSON.stringify(result)}`);
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.syscall, syscall);
    assert.strictEqual(err.hostname, hostname);
    assert.strictEqual(err.message, `${syscall} ${code} ${hostname}`);
    assert.strictEqual(result, undefined);
  });
}

startDNSServer(zone, common.mustCall((server, address) => {
  const resolver = new dns.Resolver({ timeout: 100, tries: 1 });
  resolver.setServers([address]);
  let pending = 7;
  const done = () => {
    if (--pending === 0) server.close();
  };
  const after = (check) => (...args) => {
    check(...args);
    done();
  };

  resolver.resolve4('missing.test', after(expectError(dns.NOTFOUND, 'queryA', 'missing.test')));
  resolver.resolveMx('example.test', after(expectError(dns.NODATA, 'queryMx', 'example.test')));
  resolver.resolve4('broken.test', after(expectError(dns.BADRESP, 'queryA', 'broken.test')));
  resolver.resolveTxt('broken.test', after(expectError(dns.BADRESP, 'queryTxt', 'broken.test')));
  // c-ares versions differ here: the one node 20 bundles reads REFUSED as a bad response.
  resolver.resolve4('refused.test', after(common.mustCall((err) => {
    assert([dns.REFUSED, dns.BADRESP].includes(err.code), err.code);
    assert.strictEqual(err.syscall, 'queryA');
  })));
  // On a channel of its own: c-ares may drop a connection that sent a malformed answer,
  // failing the other queries that were waiting on it.
  const patient = new dns.Resolver({ timeout: 100, tries: 1 });
  patient.setServers([address]);
  patient.resolve4('silent.test', after(expectError(dns.TIMEOUT, 'queryA', 'silent.test')));

  // cancel() ends what is in flight with ECANCELLED, through the callbacks, later.
  const canceller = new dns.Resolver();
  canceller.setServers([address]);
  let sync = true;
  canceller.resolve4('silent.test', common.mustCall((err) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(err.code, dns.CANCELLED);
    // A channel with nothing in flight takes new servers.
    canceller.setServers(['127.0.0.1']);
    done();
  }));
  // ... but not new servers while a query is in flight.
  assert.throws(() => canceller.setServers(['127.0.0.2']), { code: 'ERR_DNS_SET_SERVERS_FAILED' });
  canceller.cancel();
  sync = false;
}));
