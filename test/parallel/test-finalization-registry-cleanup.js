'use strict';
// FinalizationRegistry callbacks run from the event loop after the GC collects the target
// (V8 posts them as foreground tasks, which the runtime must run), unregistered targets get
// none, and a live registration does not keep the process alive. Runs itself with --expose-gc.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const seen = [];
  const registry = new FinalizationRegistry((held) => seen.push(held));
  const token = {};
  (() => {
    registry.register({}, 'first');
    registry.register({}, 'second');
    registry.register({}, 'unregistered', token);
  })();
  registry.unregister(token);
  globalThis.keep = {};
  registry.register(globalThis.keep, 'alive');
  (async () => {
    for (let i = 0; i < 20 && seen.length < 2; i++) {
      globalThis.gc();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    process.stdout.write(JSON.stringify(seen.sort()));
  })();
  return;
}

const child = spawnSync(process.execPath, ['--expose-gc', __filename, 'child'], { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
assert.deepStrictEqual(JSON.parse(child.stdout), ['first', 'second']);

// A throwing cleanup callback is an uncaught exception.
const thrower = spawnSync(process.execPath, ['--expose-gc', '-e', `
  const registry = new FinalizationRegistry(() => { throw new Error('from cleanup'); });
  (() => { registry.register({}, 1); })();
  setTimeout(() => { gc(); setTimeout(() => {}, 200); }, 1);
`], { encoding: 'utf8' });
assert.notStrictEqual(thrower.status, 0);
assert.match(thrower.stderr, /Error: from cleanup/);
// In a worker too: each thread's isolate has its own loop running its tasks.
const inWorker = spawnSync(process.execPath, ['--expose-gc', '-e', `
  const { Worker } = require('worker_threads');
  const worker = new Worker(\`
    const { parentPort } = require('worker_threads');
    const registry = new FinalizationRegistry((held) => parentPort.postMessage(held));
    (() => { registry.register({}, 'from worker'); })();
    const timer = setInterval(() => globalThis.gc(), 10);
    parentPort.once('message', () => clearInterval(timer));
  \`, { eval: true });
  worker.once('message', (held) => { console.log(held); worker.postMessage('stop'); });
`], { encoding: 'utf8' });
assert.strictEqual(inWorker.status, 0, inWorker.stderr);
assert.strictEqual(inWorker.stdout, 'from worker\n');
common.mustCall()();
