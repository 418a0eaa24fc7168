'use strict';
// Every builtin module loads and works in a worker as on the main thread (but trace_events,
// which node keeps to the main thread).
const common = require('../common');
const assert = require('assert');
const { builtinModules } = require('module');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { builtinModules } = require('module');
  const failed = [];
  for (const name of builtinModules) {
    if (name === 'trace_events') continue;
    try { require(name); } catch (error) { failed.push(name + ': ' + error.message); }
  }
  const path = require('path');
  const util = require('util');
  const { EventEmitter } = require('events');
  const fs = require('fs');
  require('worker_threads').parentPort.postMessage({
    failed,
    count: builtinModules.length,
    join: path.join('a', 'b'),
    format: util.format('%s=%d', 'x', 5),
    emitter: typeof new EventEmitter().on,
    exists: fs.existsSync(__filename) || fs.existsSync(process.cwd()),
    url: new URL('https://example.com/a?b=1').searchParams.get('b'),
    buffer: Buffer.from('hi').toString('hex'),
    text: new TextDecoder().decode(new TextEncoder().encode('é')),
    clone: structuredClone(new Map([[1, 2]])).get(1),
  });
  setTimeout(() => {}, 1);
  setImmediate(() => {});
  process.nextTick(() => {});
  queueMicrotask(() => {});
`, { eval: true, execArgv: ['--no-warnings'] });
worker.on('message', common.mustCall((report) => {
  assert.deepStrictEqual(report, {
    failed: [],
    count: builtinModules.length,
    join: require('path').join('a', 'b'),
    format: 'x=5',
    emitter: 'function',
    exists: true,
    url: '1',
    buffer: '6869',
    text: 'é',
    clone: 2,
  });
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
