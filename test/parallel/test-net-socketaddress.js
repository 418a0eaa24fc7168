'use strict';
// net.SocketAddress: defaults, canonical IPv6 text, the flow label (IPv6 only), JSON,
// inspection and argument errors.
require('../common');
const assert = require('assert');
const util = require('util');
const { SocketAddress } = require('net');

const v6 = new SocketAddress({ address: '::1', port: 80, family: 'ipv6', flowlabel: 5 });
assert.strictEqual(v6.address, '::1');
assert.strictEqual(v6.port, 80);
assert.strictEqual(v6.family, 'ipv6');
assert.strictEqual(v6.flowlabel, 5);
assert.deepStrictEqual(v6.toJSON(), { address: '::1', port: 80, family: 'ipv6', flowlabel: 5 });
assert.deepStrictEqual(Object.keys(v6), []);
assert.strictEqual(SocketAddress.isSocketAddress(v6), true);
assert.strictEqual(SocketAddress.isSocketAddress({}), false);

assert.deepStrictEqual(new SocketAddress().toJSON(), { address: '127.0.0.1', port: 0, family: 'ipv4', flowlabel: 0 });
assert.strictEqual(new SocketAddress({ family: 'ipv6' }).address, '::');
assert.strictEqual(new SocketAddress({ address: '1.2.3.4', flowlabel: 7 }).flowlabel, 0);
assert.strictEqual(JSON.stringify(new SocketAddress()), '{"address":"127.0.0.1","port":0,"family":"ipv4","flowlabel":0}');

const canonical = {
  '0:0::1': '::1', '::1.2.3.4': '::1.2.3.4', '::ffff:1.2.3.4': '::ffff:1.2.3.4', '1:0:0:1:0:0:0:1': '1:0:0:1::1',
  'fe80::1%lo': 'fe80::1', 'ABCD::': 'abcd::', '1::': '1::', '1:0:0:0:1::': '1::1:0:0:0', '0:0:0:0:0:0:0:0': '::',
  '1:2:3:4:5:6:7:0': '1:2:3:4:5:6:7:0', '0:0:1::': '0:0:1::', '::0:0:1:0': '::0.1.0.0', '1:0:1:0:1:0:1:0': '1:0:1:0:1:0:1:0',
  '::1:0:0:0:1': '::1:0:0:0:1', '0::ffff:0:0': '::ffff:0.0.0.0', '::ffff:0:1': '::ffff:0.0.0.1', '::0.0.0.2': '::2',
  '::1:0:0': '::1:0:0',
};
for (const [input, expected] of Object.entries(canonical)) {
  assert.strictEqual(new SocketAddress({ address: input, family: 'IPV6' }).address, expected, input);
}

assert.strictEqual(util.inspect(new SocketAddress()),
                   "SocketAddress { address: '127.0.0.1', port: 0, family: 'ipv4', flowlabel: 0 }");
assert.strictEqual(util.inspect(new SocketAddress(), { depth: -1 }), '[SocketAddress]');

assert.throws(() => new SocketAddress(1), { code: 'ERR_INVALID_ARG_TYPE', message: /"options" argument/ });
assert.throws(() => new SocketAddress({ address: 'x' }), { code: 'ERR_INVALID_ADDRESS' });
assert.throws(() => new SocketAddress({ address: '::1' }), { code: 'ERR_INVALID_ADDRESS' });
assert.throws(() => new SocketAddress({ address: 1 }), { code: 'ERR_INVALID_ARG_TYPE', message: /"options\.address" property/ });
assert.throws(() => new SocketAddress({ port: 70000 }), {
  code: 'ERR_SOCKET_BAD_PORT',
  message: 'options.port should be >= 0 and < 65536. Received type number (70000).',
});
assert.throws(() => new SocketAddress({ family: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new SocketAddress({ flowlabel: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.flowlabel" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
