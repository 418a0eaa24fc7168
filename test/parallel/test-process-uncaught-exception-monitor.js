'use strict';
// 'uncaughtExceptionMonitor' sees the error first; it does not handle it by itself.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('uncaughtExceptionMonitor', (err, origin) => {
    console.log(`monitor ${err.message} ${origin}`);
  });
  throw new Error('boom');
}

const r = spawnSync(process.execPath, [__filename, 'child'], { encoding: 'utf8' });
assert.strictEqual(r.status, 1);
assert.strictEqual(r.stdout, 'monitor boom uncaughtException\n');
assert.match(r.stderr, /Error: boom/);

const order = [];
process.on('uncaughtExceptionMonitor', common.mustCall((err, origin) => order.push(`monitor ${origin}`)));
process.on('uncaughtException', common.mustCall((err, origin) => order.push(`handler ${origin}`)));
process.on('exit', () => assert.deepStrictEqual(order, ['monitor uncaughtException', 'handler uncaughtException']));
setTimeout(() => { throw new Error('handled'); }, 1);
