'use strict';
// net.isIP, isIPv4 and isIPv6 on valid and invalid addresses, as node 20 answers.
require('../common');
const assert = require('assert');
const net = require('net');

const cases = [
  ['1.2.3.4', 4], ['0.0.0.0', 4], ['255.255.255.255', 4], ['01.2.3.4', 0], ['1.2.3', 0],
  ['256.1.1.1', 0], ['1.2.3.4.5', 0], [' 1.2.3.4', 0], ['1.2.3.4\n', 0], ['1.2.3.04', 0],
  ['::', 6], ['::1', 6], ['1::', 6], ['fe80::1%eth0', 6], ['fe80::1%', 0], ['a::b%1%2', 0],
  ['::ffff:1.2.3.4', 6], ['::FFFF:1.2.3.4', 6], ['1:2:3:4:5:6:7:8', 6], ['1:2:3:4:5:6:7:8:9', 0],
  ['1:2:3:4:5:6:7::', 6], ['::1:2:3:4:5:6:7', 6], ['1::2::3', 0], [':1::', 0],
  ['1:2:3:4:5:6:1.2.3.4', 6], ['1:2:3:4:5:6:7:1.2.3.4', 0], ['::1.2.3.4', 6], ['12345::', 0],
  ['abcd::%x y', 0], ['[::1]', 0], ['1:2:3:4:5::1.2.3.4', 6], ['1::1.2.3.04', 0],
  ['1:2:3:4:5:6:7', 0], ['g::1', 0], ['::1:', 0], ['', 0], ['localhost', 0],
  [123, 0], [null, 0], [undefined, 0], [{}, 0],
  // Non-strings are tested by their string form.
  [['1.2.3.4'], 4], [{ toString() { return '::1'; } }, 6],
];

for (const [input, family] of cases) {
  assert.strictEqual(net.isIP(input), family, `isIP(${JSON.stringify(input)})`);
  assert.strictEqual(net.isIPv4(input), family === 4, `isIPv4(${JSON.stringify(input)})`);
  assert.strictEqual(net.isIPv6(input), family === 6, `isIPv6(${JSON.stringify(input)})`);
}
