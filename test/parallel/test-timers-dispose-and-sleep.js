'use strict';
// Timers are disposable (Symbol.dispose clears them); internal/util's sleep() blocks the
// thread for the time given and checks it is a uint32.
const common = require('../common');
const assert = require('assert');
const { execFileSync } = require('child_process');

const timeout = setTimeout(common.mustNotCall(), 1);
const interval = setInterval(common.mustNotCall(), 1);
const immediate = setImmediate(common.mustNotCall());
for (const timer of [timeout, interval, immediate]) timer[Symbol.dispose]();

const code = `
  const assert = require('assert');
  const { sleep } = require('internal/util');
  const start = process.hrtime.bigint();
  sleep(30);
  assert(process.hrtime.bigint() - start >= 29000000n);
  assert.throws(() => sleep(-1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => sleep('1'), { code: 'ERR_INVALID_ARG_TYPE' });
  console.log('slept');
`;
const out = execFileSync(process.execPath, ['--expose-internals', '-e', code], { encoding: 'utf8' });
assert.strictEqual(out, 'slept\n');
