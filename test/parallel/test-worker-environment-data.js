'use strict';
// setEnvironmentData() values are cloned into every worker made afterwards (and into the
// workers those make).
const common = require('../common');
const assert = require('assert');
const { Worker, setEnvironmentData, getEnvironmentData } = require('worker_threads');

setEnvironmentData('config', { level: 3 });
setEnvironmentData('removed', 1);
setEnvironmentData('removed', undefined);
assert.deepStrictEqual(getEnvironmentData('config'), { level: 3 });
assert.strictEqual(getEnvironmentData('removed'), undefined);
assert.strictEqual(getEnvironmentData('missing'), undefined);

const worker = new Worker(`
  const { Worker, getEnvironmentData, parentPort } = require('worker_threads');
  const inner = new Worker("require('worker_threads').parentPort.postMessage(require('worker_threads').getEnvironmentData('config'))", { eval: true });
  inner.on('message', (value) => parentPort.postMessage([getEnvironmentData('config'), getEnvironmentData('removed'), value]));
`, { eval: true });
setEnvironmentData('later', 'not seen');
worker.on('message', common.mustCall((values) => {
  assert.deepStrictEqual(values, [{ level: 3 }, undefined, { level: 3 }]);
}));
