'use strict';
// --no-network-family-autoselection and --network-family-autoselection-attempt-timeout set
// the defaults that net.getDefaultAutoSelectFamily*() report (and connect() uses).
require('../common');
const assert = require('assert');
const { execFileSync } = require('child_process');

function defaults(...flags) {
  const script = 'const net = require("net");' +
    'console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout())';
  return execFileSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8' }).trim();
}

assert.strictEqual(defaults(), 'true 250');
assert.strictEqual(defaults('--no-network-family-autoselection'), 'false 250');
assert.strictEqual(defaults('--network-family-autoselection'), 'true 250');
assert.strictEqual(defaults('--network-family-autoselection-attempt-timeout=500'), 'true 500');
