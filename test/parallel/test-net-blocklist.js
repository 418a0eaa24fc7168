'use strict';
// net.BlockList: addresses, ranges and subnets of both families, IPv4-mapped IPv6 addresses
// matching IPv4 rules, the rules listing, inspection and argument errors.
require('../common');
const assert = require('assert');
const util = require('util');
const { BlockList, SocketAddress } = require('net');

const list = new BlockList();
list.addAddress('1.2.3.4');
list.addRange('10.0.0.1', '10.0.0.10');
list.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
list.addAddress('::ffff:5.6.7.8', 'ipv6');
list.addAddress(new SocketAddress({ address: '9.9.9.9' }));
assert.deepStrictEqual(list.rules, [
  'Address: IPv4 9.9.9.9',
  'Address: IPv6 ::ffff:5.6.7.8',
  'Subnet: IPv6 8592:757c:efae:4e45::/64',
  'Range: IPv4 10.0.0.1-10.0.0.10',
  'Address: IPv4 1.2.3.4',
]);

assert.strictEqual(list.check('1.2.3.4'), true);
assert.strictEqual(list.check('1.2.3.5'), false);
assert.strictEqual(list.check('10.0.0.5'), true);
assert.strictEqual(list.check('10.0.0.11'), false);
assert.strictEqual(list.check('8592:757c:efae:4e45:1::', 'ipv6'), true);
assert.strictEqual(list.check('8592:757c:efae:4e46::', 'ipv6'), false);
assert.strictEqual(list.check('5.6.7.8'), true);  // the IPv6 rule holds its mapped form
assert.strictEqual(list.check('::ffff:1.2.3.4', 'ipv6'), true);
assert.strictEqual(list.check('::ffff:10.0.0.3', 'IPv6'), true);
assert.strictEqual(list.check(new SocketAddress({ address: '9.9.9.9' })), true);
assert.strictEqual(list.check('x'), false);
assert.strictEqual(list.check('1.2.3.4', 'ipv6'), false);
assert.strictEqual(list.check('1.2.3.4', 'x'), false);

const subnets = new BlockList();
subnets.addSubnet('1.2.3.7', 24);
assert.deepStrictEqual(subnets.rules, ['Subnet: IPv4 1.2.3.7/24']);
assert.strictEqual(subnets.check('1.2.3.200'), true);
assert.strictEqual(subnets.check('::ffff:102:304', 'ipv6'), true);
const everything = new BlockList();
everything.addSubnet('0.0.0.0', 0);
assert.strictEqual(everything.check('::1', 'ipv6'), false);
assert.strictEqual(everything.check('::ffff:1.1.1.1', 'ipv6'), true);
const mapped = new BlockList();
mapped.addSubnet('::ffff:0:0', 96, 'ipv6');
assert.strictEqual(mapped.check('4.4.4.4'), true);
const crossRange = new BlockList();
crossRange.addRange('::fffe:0:0', '::ffff:1.0.0.0', 'ipv6');
assert.strictEqual(crossRange.check('0.0.0.1'), false);

assert.strictEqual(util.inspect(subnets), "BlockList { rules: [ 'Subnet: IPv4 1.2.3.7/24' ] }");
assert.strictEqual(util.inspect(subnets, { depth: -1 }), '[BlockList]');

assert.throws(() => list.addAddress('x'), { code: 'ERR_INVALID_ADDRESS', message: 'Invalid socket address' });
assert.throws(() => list.addAddress(1), { code: 'ERR_INVALID_ARG_TYPE', message: /"address" argument/ });
assert.throws(() => list.addAddress('1.2.3.4', 'ipv5'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.family' is invalid. Received 'ipv5'",
});
assert.throws(() => list.addAddress('1.2.3.4', 1), { code: 'ERR_INVALID_ARG_TYPE', message: /"family" argument/ });
assert.throws(() => list.addSubnet('1.2.3.4', 33), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 33',
});
assert.throws(() => list.addSubnet('::', 129, 'ipv6'), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => list.addSubnet('1.2.3.4', '1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => list.addSubnet('1.2.3.4', 24.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => list.addRange('1.2.3.4', '1.2.3.1'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /The argument 'start' must come before end/,
});
assert.throws(() => list.addRange(1, 2), { code: 'ERR_INVALID_ARG_TYPE', message: /"start" argument/ });
assert.throws(() => list.check(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => list.check('1.2.3.4', 1), { code: 'ERR_INVALID_ARG_TYPE' });
