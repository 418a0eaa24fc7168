'use strict';
// dns.lookup and dns.lookupService: localhost and IP literals (no network needed), options,
// result order, errors and argument checks, in callback and promise forms.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const util = require('util');

dns.lookup('localhost', common.mustSucceed((address, family) => {
  assert(address === '127.0.0.1' || address === '::1', address);
  assert.strictEqual(family, address === '::1' ? 6 : 4);
}));

dns.lookup('localhost', { family: 4, all: true }, common.mustSucceed((addresses) => {
  assert(addresses.length >= 1);
  for (const entry of addresses) assert.strictEqual(entry.family, 4);
  assert(addresses.some((entry) => entry.address === '127.0.0.1'));
}));

dns.lookup('LOCALHOST', 4, common.mustSucceed((address, family) => {
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));

dns.lookup('localhost', { order: 'ipv4first', all: true }, common.mustSucceed((addresses) => {
  const families = addresses.map((entry) => entry.family);
  assert.deepStrictEqual(families, [...families].sort());
}));

// IP literals come back as they are, without a lookup.
dns.lookup('192.0.2.9', common.mustSucceed((address, family) => {
  assert.strictEqual(address, '192.0.2.9');
  assert.strictEqual(family, 4);
}));
dns.lookup('2001:db8::9', { all: true }, common.mustSucceed((addresses) => {
  assert.deepStrictEqual(addresses, [{ address: '2001:db8::9', family: 6 }]);
}));
let sync = true;
dns.lookup('127.0.0.1', common.mustCall(() => assert.strictEqual(sync, false)));
sync = false;

// A name that cannot exist (RFC 6761's .invalid).
dns.lookup('no-such-host.invalid', common.mustCall((err) => {
  assert(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL'].includes(err.code), err.code);
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'no-such-host.invalid');
  assert.strictEqual(err.message, `getaddrinfo ${err.code} no-such-host.invalid`);
  assert.strictEqual(typeof err.errno, 'number');
}));

dns.lookupService('127.0.0.1', 0, common.mustCall((err, hostname, service) => {
  if (err) {
    assert.strictEqual(err.syscall, 'getnameinfo');
  } else {
    assert.strictEqual(typeof hostname, 'string');
    assert.strictEqual(service, '0');
  }
}));

(async () => {
  assert.deepStrictEqual(await dns.promises.lookup('127.0.0.1'), { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await dns.promises.lookup('::1', { all: true }), [{ address: '::1', family: 6 }]);
  const local = await dns.promises.lookup('localhost', 4);
  assert.deepStrictEqual(local, { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await util.promisify(dns.lookup)('127.0.0.1'), { address: '127.0.0.1', family: 4 });
  await assert.rejects(dns.promises.lookup('no-such-host.invalid'), { syscall: 'getaddrinfo' });
})().then(common.mustCall());

assert.throws(() => dns.lookup(1, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('localhost'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('localhost', 'x', common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('localhost', 5, common.mustNotCall()), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup('localhost', { family: 'IPv5' }, common.mustNotCall()),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup('localhost', { hints: 1e9 }, common.mustNotCall()),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup('localhost', { all: 1 }, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('localhost', { order: 'random' }, common.mustNotCall()),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookupService('127.0.0.1', 80), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => dns.lookupService('not-an-ip', 80, common.mustNotCall()), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookupService('127.0.0.1', 70000, common.mustNotCall()), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => dns.promises.lookup('localhost', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
dns.setDefaultResultOrder('ipv4first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');
assert.strictEqual(dns.promises.getDefaultResultOrder(), 'ipv4first');
assert.throws(() => dns.setDefaultResultOrder('x'), { code: 'ERR_INVALID_ARG_VALUE' });
dns.setDefaultResultOrder('verbatim');
