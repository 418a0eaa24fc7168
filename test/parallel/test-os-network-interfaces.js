'use strict';
// networkInterfaces(): entries grouped by name, with cidr and (for IPv6) scopeid.
require('../common');
const assert = require('assert');
const os = require('os');

const interfaces = os.networkInterfaces();
assert.strictEqual(Object.getPrototypeOf(interfaces), Object.prototype);
assert.ok(Array.isArray(interfaces.lo), 'the loopback interface is listed');
const loopback = interfaces.lo.find((entry) => entry.family === 'IPv4');
assert.deepStrictEqual(loopback, {
  address: '127.0.0.1',
  netmask: '255.0.0.0',
  family: 'IPv4',
  mac: '00:00:00:00:00:00',
  internal: true,
  cidr: '127.0.0.1/8',
});

const prefix = (netmask) => {
  const groups = netmask.includes('.') ? netmask.split('.').map((g) => Number(g).toString(2).padStart(8, '0')) :
    netmask.split(':').map((g) => (g === '' ? '' : parseInt(g, 16).toString(2).padStart(16, '0')));
  return groups.join('').replace(/0+$/, '').length;
};

for (const [name, entries] of Object.entries(interfaces)) {
  assert.ok(entries.length > 0, name);
  for (const entry of entries) {
    const keys = ['address', 'netmask', 'family', 'mac', 'internal', 'cidr'];
    if (entry.family === 'IPv6') keys.push('scopeid');
    assert.deepStrictEqual(Object.keys(entry), keys);
    assert.ok(entry.family === 'IPv4' || entry.family === 'IPv6');
    assert.match(entry.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    assert.strictEqual(typeof entry.internal, 'boolean');
    assert.strictEqual(entry.cidr, `${entry.address}/${prefix(entry.netmask)}`);
    if (entry.family === 'IPv6') assert.ok(Number.isInteger(entry.scopeid));
  }
}
