'use strict';
// In a worker, what belongs to the process is the main thread's: process.title and debugPort
// do not change, chdir/abort/send/disconnect and the credential setters throw
// ERR_WORKER_UNSUPPORTED_OPERATION (and are marked .disabled), channel and connected throw
// even with NODE_CHANNEL_FD in the environment. Worker options: NODE_OPTIONS in the worker's
// env is parsed like execArgv (bad options refused, --require honoured), and per-process
// options such as --title are refused, and so is an option missing its value.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (!isMainThread) {
  const before = process.title;
  process.title += ' in worker';
  assert.strictEqual(process.title, before);
  const port = process.debugPort;
  process.debugPort++;
  assert.strictEqual(process.debugPort, port);
  for (const name of ['abort', 'chdir', 'send', 'disconnect', 'setuid', 'seteuid', 'setgid', 'setegid', 'setgroups',
                      'initgroups']) {
    assert.strictEqual(process[name].disabled, true);
    assert.throws(() => process[name](), {
      code: 'ERR_WORKER_UNSUPPORTED_OPERATION', message: `process.${name}() is not supported in workers`,
    });
  }
  for (const name of ['channel', 'connected']) {
    assert.throws(() => process[name], {
      code: 'ERR_WORKER_UNSUPPORTED_OPERATION', message: `process.${name} is not supported in workers`,
    });
  }
  parentPort.postMessage(globalThis.preloaded ?? 'none');
  return;
}

assert.strictEqual(typeof process.debugPort, 'number');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();
const preload = path.join(tmpdir.path, 'preload.js');
fs.writeFileSync(preload, 'globalThis.preloaded = "yes";');

const worker = new Worker(__filename, {
  env: { ...process.env, NODE_CHANNEL_FD: 'foo', NODE_OPTIONS: `--require "${preload}"` },
});
worker.on('message', common.mustCall((message) => assert.strictEqual(message, 'yes')));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

for (const execArgv of [['--foo'], ['--title=blah'], ['--redirect-warnings']]) {
  assert.throws(() => new Worker(__filename, { execArgv }), { code: 'ERR_WORKER_INVALID_EXEC_ARGV' });
}
assert.throws(() => new Worker(__filename, { env: { NODE_OPTIONS: '--nonexistent-option' } }),
              { code: 'ERR_WORKER_INVALID_EXEC_ARGV' });
