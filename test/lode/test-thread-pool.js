'use strict';
// The thread-pool facility: work runs on libuv's pool (UV_THREADPOOL_SIZE threads) and its
// completion comes back in the poll phase, where an immediate beats a zero timeout.
// Flags: --expose-internals --no-warnings
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (!process.execArgv.includes('--expose-internals')) {
  const r = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', __filename], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr + r.stdout);
  // Pool size: four 100 ms jobs take about 100 ms on four threads, about 400 ms on one.
  const timing = (size) => {
    const out = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', '-p', `
      const pool = require('internal/test/binding').internalBinding('thread_pool');
      const start = Date.now(); let done = 0;
      for (let i = 0; i < 4; i++) pool.sleep(100, () => { if (++done === 4) console.log(Date.now() - start); });
      ''`], { encoding: 'utf8', env: { ...process.env, UV_THREADPOOL_SIZE: String(size) } });
    return Number(out.stdout.trim().split('\n')[0]);
  };
  const four = timing(4);
  const one = timing(1);
  assert.ok(four < 300, `4 threads took ${four} ms`);
  assert.ok(one >= 390, `1 thread took ${one} ms`);
  return;
}

const pool = require('internal/test/binding').internalBinding('thread_pool');
const order = [];
pool.sleep(1, (status, started, finished) => {
  assert.strictEqual(status, 0);
  assert.ok(finished - started >= 0.9);
  order.push('work done');
  setTimeout(() => order.push('timeout 0'), 0);
  setImmediate(() => order.push('immediate'));
  process.nextTick(() => order.push('tick'));
});
process.on('exit', () => {
  assert.deepStrictEqual(order, ['work done', 'tick', 'immediate', 'timeout 0']);
  const stats = pool.getStats();
  assert.strictEqual(stats.queued, 0);
  assert.strictEqual(stats.running, 0);
  assert.ok(stats.completed >= 1);
});
