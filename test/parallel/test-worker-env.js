'use strict';
// process.env in a worker: by default a copy of the parent's, taken when the Worker is made;
// options.env gives another (values become strings); SHARE_ENV shares the real one.
const common = require('../common');
const assert = require('assert');
const { Worker, SHARE_ENV } = require('worker_threads');

process.env.LODE_TEST_PARENT_VAR = 'from parent';

function check(options, code, expect) {
  const worker = new Worker(`
    const { parentPort } = require('worker_threads');
    ${code}
  `, { eval: true, ...options });
  worker.on('message', common.mustCall(expect));
  return new Promise((resolve) => worker.on('exit', resolve));
}

(async () => {
  await check({}, `
    process.env.LODE_TEST_WORKER_VAR = 5;
    parentPort.postMessage([process.env.LODE_TEST_PARENT_VAR, process.env.LODE_TEST_WORKER_VAR,
                            'LODE_TEST_PARENT_VAR' in process.env, Object.keys(process.env).includes('LODE_TEST_WORKER_VAR')]);
  `, (values) => assert.deepStrictEqual(values, ['from parent', '5', true, true]));
  assert.strictEqual(process.env.LODE_TEST_WORKER_VAR, undefined);

  await check({ env: { ONLY: 1, OTHER: 'x' } }, `
    delete process.env.OTHER;
    parentPort.postMessage([process.env.ONLY, process.env.OTHER, process.env.LODE_TEST_PARENT_VAR, Object.keys(process.env)]);
  `, (values) => assert.deepStrictEqual(values, ['1', undefined, undefined, ['ONLY']]));

  await check({ env: SHARE_ENV }, `
    process.env.LODE_TEST_SHARED_VAR = 'set by worker';
    parentPort.postMessage(process.env.LODE_TEST_PARENT_VAR);
  `, (value) => assert.strictEqual(value, 'from parent'));
  assert.strictEqual(process.env.LODE_TEST_SHARED_VAR, 'set by worker');

  assert.throws(() => new Worker('1', { eval: true, env: 5 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.env" property must be of type object or one of undefined, null, or ' +
             'worker_threads.SHARE_ENV. Received type number (5)',
  });
})().then(common.mustCall());
