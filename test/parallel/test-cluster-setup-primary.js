'use strict';
// setupPrimary() (and its old name setupMaster): exec, args, silent, cwd and execArgv apply to
// the workers forked after it; each call emits 'setup' with cluster.settings.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const path = require('path');
const tmpdir = require('../common/tmpdir');

if (cluster.isWorker) {
  process.send({ args: process.argv.slice(2), cwd: process.cwd(), execArgv: process.execArgv });
  console.log(`stdout of worker ${cluster.worker.id}`);
  return;
}

tmpdir.refresh();
assert.strictEqual(cluster.setupMaster, cluster.setupPrimary);
assert.deepStrictEqual(cluster.settings, {});

// Each call emits its own settings, a tick later.
const setups = [];
cluster.on('setup', (settings) => setups.push(settings.args));
process.on('exit', () => assert.deepStrictEqual(setups.slice(0, 2), [['one', 'two'], ['three']]));
cluster.setupPrimary({ exec: __filename, args: ['one', 'two'], silent: true, cwd: tmpdir.path, execArgv: [] });
assert.strictEqual(cluster.settings.exec, __filename);
assert.deepStrictEqual(cluster.settings.args, ['one', 'two']);
assert.strictEqual(cluster.settings.silent, true);
// Later calls change only what they name.
cluster.setupMaster({ args: ['three'] });
assert.strictEqual(cluster.settings.exec, __filename);
assert.deepStrictEqual(cluster.settings.args, ['three']);
assert.strictEqual(cluster.settings.silent, true);

const worker = cluster.fork();
let output = '';
worker.process.stdout.setEncoding('utf8');
worker.process.stdout.on('data', (chunk) => output += chunk);
worker.process.stdout.on('end', common.mustCall(() => {
  assert.strictEqual(output, `stdout of worker ${worker.id}\n`);
}));
worker.on('message', common.mustCall((message) => {
  assert.deepStrictEqual(message.args, ['three']);
  assert.strictEqual(path.resolve(message.cwd), path.resolve(tmpdir.path));
  assert.deepStrictEqual(message.execArgv, []);
  worker.disconnect();
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
