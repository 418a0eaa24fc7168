'use strict';
// Resolver setServers/getServers forms, options and argument errors.
require('../common');
const assert = require('assert');
const dns = require('dns');

const resolver = new dns.Resolver();
resolver.setServers(['127.0.0.1', '127.0.0.2:5353', '::1', '[::2]:5354', '[::3]']);
assert.deepStrictEqual(resolver.getServers(), ['127.0.0.1', '127.0.0.2:5353', '::1', '[::2]:5354', '::3']);
resolver.setServers([]);
assert.deepStrictEqual(resolver.getServers(), []);

assert.throws(() => resolver.setServers('127.0.0.1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => resolver.setServers([1]), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => resolver.setServers(['not an address']),
              { code: 'ERR_INVALID_IP_ADDRESS', message: 'Invalid IP address: not an address' });
assert.throws(() => resolver.setServers(['1.2.3.4:abc']), { code: 'ERR_INVALID_IP_ADDRESS' });

assert.throws(() => new dns.Resolver({ timeout: -2 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new dns.Resolver({ timeout: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new dns.Resolver({ tries: 0 }), { code: 'ERR_OUT_OF_RANGE' });
new dns.Resolver({ timeout: 1000, tries: 2 });  // eslint-disable-line no-new

resolver.setLocalAddress('127.0.0.1');
resolver.setLocalAddress('127.0.0.1', '::1');
resolver.setLocalAddress('::1');
assert.throws(() => resolver.setLocalAddress('bad'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => resolver.setLocalAddress('127.0.0.1', '127.0.0.2'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => resolver.setLocalAddress(1), { code: 'ERR_INVALID_ARG_TYPE' });

assert.throws(() => resolver.resolve4('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => resolver.resolve('x', 'NOPE', () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => resolver.resolve('x', 5, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });

// dns.setServers sets dns.promises' default servers too, not the other way round.
dns.setServers(['127.0.0.9']);
assert.deepStrictEqual(dns.promises.getServers(), ['127.0.0.9']);
dns.promises.setServers(['127.0.0.8']);
assert.deepStrictEqual(dns.getServers(), ['127.0.0.9']);
assert.deepStrictEqual(dns.promises.getServers(), ['127.0.0.8']);

for (const name of ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY', 'BADNAME',
                    'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION',
                    'BADSTR', 'BADFLAGS', 'NONAME', 'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI',
                    'ADDRGETNETWORKPARAMS', 'CANCELLED']) {
  assert.strictEqual(dns[name], name === 'EOF' ? 'EOF' : `E${name}`);
}
assert.strictEqual(typeof dns.ADDRCONFIG, 'number');
assert.strictEqual(typeof dns.V4MAPPED, 'number');
assert.strictEqual(typeof dns.ALL, 'number');
