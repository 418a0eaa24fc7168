'use strict';
// process.cpuUsage(): user and system microseconds, optionally relative to an earlier
// reading, with node's checks on that reading.
require('../common');
const assert = require('assert');

const first = process.cpuUsage();
assert.deepStrictEqual(Object.keys(first), ['user', 'system']);
assert.ok(Number.isInteger(first.user) && first.user >= 0);
assert.ok(Number.isInteger(first.system) && first.system >= 0);

// Burn some CPU so that user time grows.
const until = Date.now() + 20;
while (Date.now() < until);

const diff = process.cpuUsage(first);
assert.ok(diff.user >= 0 && diff.system >= 0);
const second = process.cpuUsage();
assert.ok(second.user >= first.user);
assert.ok(second.user + second.system > first.user + first.system);

// Falsy values mean "no earlier reading".
for (const value of [undefined, null, 0, '', false, NaN, 0n]) {
  const usage = process.cpuUsage(value);
  assert.ok(usage.user >= second.user);
}
// Fractions are fine.
assert.ok(process.cpuUsage({ user: 1.5, system: 0 }).user > 0);
assert.ok(process.cpuUsage({ user: Number.MAX_SAFE_INTEGER, system: 0 }).user < 0);

for (const [value, received] of [
  [1, 'Received type number (1)'],
  ['a', "Received type string ('a')"],
  [[], 'Received an instance of Array'],
  [true, 'Received type boolean (true)'],
]) {
  assert.throws(() => process.cpuUsage(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "prevValue" argument must be of type object. ${received}`,
  });
}
for (const [value, field, received] of [
  [{}, 'user', 'Received undefined'],
  [{ user: 1 }, 'system', 'Received undefined'],
  [{ user: 'a', system: 0 }, 'user', "Received type string ('a')"],
  [{ user: 0, system: null }, 'system', 'Received null'],
]) {
  assert.throws(() => process.cpuUsage(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "prevValue.${field}" property must be of type number. ${received}`,
  });
}
for (const [value, field, received] of [
  [{ user: -1, system: 0 }, 'user', '-1'],
  [{ user: 0, system: NaN }, 'system', 'NaN'],
  [{ user: 0, system: Infinity }, 'system', 'Infinity'],
  [{ user: 2 ** 53, system: 0 }, 'user', '9007199254740992'],
]) {
  assert.throws(() => process.cpuUsage(value), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'RangeError',
    message: `The property 'prevValue.${field}' is invalid. Received ${received}`,
  });
}
