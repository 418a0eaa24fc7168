'use strict';
// A worker from a file, given as an absolute path, a ./relative path or a file: URL: it runs
// as the main module, with its own __filename, argv and require.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const { Worker } = require('worker_threads');

const script = path.join(__dirname, '..', 'fixtures', 'worker', 'report.js');
const relative = `./${path.relative(process.cwd(), script)}`;

for (const filename of [script, relative, pathToFileURL(script)]) {
  const worker = new Worker(filename, { workerData: 'data', argv: ['--flag', 'x'] });
  worker.on('message', common.mustCall((report) => {
    assert.deepStrictEqual(report, {
      argv: [script, '--flag', 'x'],
      filename: script,
      dirname: path.dirname(script),
      isMain: true,
      isMainThread: false,
      threadId: report.threadId,
      workerData: 'data',
      sibling: 'sibling',
      builtin: 'function',
    });
    assert.ok(report.threadId > 0);
  }));
  worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

// A missing file is the worker's uncaught error.
const missing = new Worker(path.join(__dirname, 'no-such-worker-file.js'));
missing.on('error', common.mustCall((error) => {
  assert.strictEqual(error.code, 'MODULE_NOT_FOUND');
  assert.match(error.message, /no-such-worker-file\.js/);
}));
missing.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
