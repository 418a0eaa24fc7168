'use strict';
// The informational functions return values of the documented types and shapes.
require('../common');
const assert = require('assert');
const os = require('os');

assert.deepStrictEqual(Object.keys(os), [
  'arch', 'availableParallelism', 'cpus', 'endianness', 'freemem', 'getPriority', 'homedir',
  'hostname', 'loadavg', 'networkInterfaces', 'platform', 'release', 'setPriority', 'tmpdir',
  'totalmem', 'type', 'userInfo', 'uptime', 'version', 'machine', 'constants', 'EOL', 'devNull',
]);

assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.ok(['BE', 'LE'].includes(os.endianness()));
assert.strictEqual(os.endianness(), new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE');

for (const name of ['hostname', 'release', 'version', 'machine', 'homedir', 'tmpdir']) {
  assert.strictEqual(typeof os[name](), 'string', name);
  assert.ok(os[name]().length > 0, name);
}
assert.strictEqual(os.machine(), { x64: 'x86_64', arm64: 'aarch64' }[process.arch] ?? os.machine());

for (const name of ['totalmem', 'freemem', 'uptime', 'availableParallelism']) {
  assert.strictEqual(typeof os[name](), 'number', name);
  assert.ok(os[name]() > 0, name);
}
assert.ok(os.freemem() <= os.totalmem());
assert.ok(Number.isInteger(os.availableParallelism()));

const averages = os.loadavg();
assert.strictEqual(averages.length, 3);
for (const value of averages) assert.ok(typeof value === 'number' && value >= 0);

const cpus = os.cpus();
assert.ok(cpus.length > 0);
for (const cpu of cpus) {
  assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.strictEqual(typeof cpu.model, 'string');
  assert.strictEqual(typeof cpu.speed, 'number');
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  for (const value of Object.values(cpu.times)) assert.ok(Number.isFinite(value) && value >= 0);
}

// Each function can stand in for its value where a primitive is wanted.
for (const name of ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir', 'hostname',
                    'platform', 'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version',
                    'machine']) {
  assert.strictEqual(typeof os[name][Symbol.toPrimitive], 'function', name);
}
for (const name of ['cpus', 'getPriority', 'loadavg', 'networkInterfaces', 'setPriority', 'userInfo']) {
  assert.strictEqual(os[name][Symbol.toPrimitive], undefined, name);
}
assert.strictEqual(`${os.hostname}`, os.hostname());
assert.strictEqual(`${os.platform}`, process.platform);
assert.strictEqual(`${os.tmpdir}`, os.tmpdir());
assert.strictEqual(+os.totalmem, os.totalmem());

for (const name of ['EOL', 'devNull']) {
  const descriptor = Object.getOwnPropertyDescriptor(os, name);
  assert.strictEqual(descriptor.writable, false);
  assert.strictEqual(descriptor.enumerable, true);
  assert.strictEqual(descriptor.configurable, true);
}
