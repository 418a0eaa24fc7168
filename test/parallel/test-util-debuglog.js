'use strict';
// util.debuglog(): loggers for the sections NODE_DEBUG names write `SECTION pid: message`
// to stderr; others do nothing.
const common = require('../common');
const assert = require('assert');
const util = require('util');

if (process.argv[2] === 'child') {
  const foo = util.debuglog('foo');
  foo('hello %s', 'world', { a: 1 });
  foo();
  util.debuglog('bar.baz')('dotted section');
  util.debuglog('other')('never printed');
  util.debuglog('wild-card')('wildcard match');
  let replaced;
  const withCallback = util.debuglog('foo', (logger) => { replaced = logger; });
  withCallback('first call');
  replaced('through the callback logger');
  process.stdout.write(JSON.stringify({
    foo: foo.enabled,
    other: util.debuglog('other').enabled,
    upper: util.debuglog('FOO').enabled,
    wild: util.debuglog('wild-anything').enabled,
  }));
  return;
}

assert.strictEqual(util.debug, util.debuglog);
const silent = util.debuglog('lode-test-section-not-enabled');
assert.strictEqual(silent.enabled, false);
assert.strictEqual(silent('nothing'), undefined);
assert.strictEqual(Object.getOwnPropertyDescriptor(silent, 'enabled').enumerable, true);

let childProcess;
try {
  childProcess = require('child_process');
} catch {
  common.skip('child_process is not available');
}
const child = childProcess.spawnSync(process.execPath, [__filename, 'child'], {
  env: { ...process.env, NODE_DEBUG: 'foo,BAR.baz,wild-*', FORCE_COLOR: '0' },
  encoding: 'utf8',
});
assert.strictEqual(child.status, 0, child.stderr);
const pid = child.pid;
assert.strictEqual(child.stderr,
                   `FOO ${pid}: hello world { a: 1 }\n` +
                   `FOO ${pid}: \n` +
                   `BAR.BAZ ${pid}: dotted section\n` +
                   `WILD-CARD ${pid}: wildcard match\n` +
                   `FOO ${pid}: first call\n` +
                   `FOO ${pid}: through the callback logger\n`);
assert.deepStrictEqual(JSON.parse(child.stdout), {
  foo: true, other: false, upper: true, wild: true,
});
