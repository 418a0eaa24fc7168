'use strict';
// vm.measureMemory: V8's estimate of the JS heap, in total or per context (this one, then one
// entry per vm context), delivered even when nothing else keeps the process running; options
// checked; an ExperimentalWarning once.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

let warnings = 0;
process.on('warning', (warning) => {
  if (warning.name === 'ExperimentalWarning' && /vm\.measureMemory/.test(warning.message)) warnings++;
});

function checkEstimate(estimate) {
  assert.strictEqual(typeof estimate.jsMemoryEstimate, 'number');
  assert.ok(estimate.jsMemoryEstimate > 0);
  assert.ok(Array.isArray(estimate.jsMemoryRange));
  assert.ok(estimate.jsMemoryRange[0] <= estimate.jsMemoryRange[1]);
}

const contexts = [vm.createContext(), vm.createContext({ a: 1 })];

vm.measureMemory({ execution: 'eager' }).then(common.mustCall((result) => {
  checkEstimate(result.total);
  assert.strictEqual(result.current, undefined);
}));

vm.measureMemory({ mode: 'detailed', execution: 'eager' }).then(common.mustCall((result) => {
  checkEstimate(result.total);
  checkEstimate(result.current);
  assert.strictEqual(result.other.length, contexts.length);
  result.other.forEach(checkEstimate);
}));

assert.ok(vm.measureMemory() instanceof Promise);

for (const [options, code] of [
  [null, 'ERR_INVALID_ARG_TYPE'],
  ['summary', 'ERR_INVALID_ARG_TYPE'],
  [{ mode: 'all' }, 'ERR_INVALID_ARG_VALUE'],
  [{ execution: 'lazy' }, 'ERR_INVALID_ARG_VALUE'],
]) {
  assert.throws(() => vm.measureMemory(options), { code });
}

process.on('exit', () => {
  assert.strictEqual(warnings, 1);
  assert.strictEqual(contexts.length, 2);  // kept alive until the measurements came
});
