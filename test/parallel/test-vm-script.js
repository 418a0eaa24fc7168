'use strict';
// vm.Script and friends: running in this context, timeouts, cached data, filenames in stacks,
// compileFunction with parameters, parsing contexts and extensions.
require('../common');
const assert = require('assert');
const vm = require('vm');

assert.strictEqual(vm.runInThisContext('typeof require'), 'undefined');
globalThis.vmCounter = 1;
assert.strictEqual(new vm.Script('vmCounter += 1').runInThisContext(), 2);
delete globalThis.vmCounter;

const script = new vm.Script('count += 1; count', { filename: 'counter.vm' });
const context = vm.createContext({ count: 0 });
script.runInContext(context);
assert.strictEqual(script.runInContext(context), 2);
assert.strictEqual(script.runInNewContext({ count: 10 }), 11);

assert.throws(() => vm.runInNewContext('while (true) {}', {}, { timeout: 20 }), {
  code: 'ERR_SCRIPT_EXECUTION_TIMEOUT',
  message: 'Script execution timed out after 20ms',
});
assert.strictEqual(vm.runInNewContext('1 + 1', {}, { timeout: 1000 }), 2);

const thrower = new vm.Script('\n\nthrow new Error("where")', { filename: 'where.vm', lineOffset: 10 });
assert.throws(() => thrower.runInThisContext(), (err) => /where\.vm:13:7/.test(err.stack));
assert.throws(() => new vm.Script('let let = 1', { filename: 'bad.vm' }), SyntaxError);

const produced = new vm.Script('6 * 7', { produceCachedData: true });
assert.strictEqual(produced.cachedDataProduced, true);
assert.ok(Buffer.isBuffer(produced.cachedData));
const consumed = new vm.Script('6 * 7', { cachedData: produced.cachedData });
assert.strictEqual(consumed.cachedDataRejected, false);
assert.strictEqual(consumed.runInThisContext(), 42);
assert.ok(Buffer.isBuffer(produced.createCachedData()));

const add = vm.compileFunction('return a + b', ['a', 'b']);
assert.strictEqual(add(1, 2), 3);
assert.strictEqual(vm.compileFunction('return x', [], { contextExtensions: [{ x: 'ext' }] })(), 'ext');
const inContext = vm.compileFunction('return where', [], { parsingContext: vm.createContext({ where: 'sandbox' }) });
assert.strictEqual(inContext(), 'sandbox');
assert.throws(() => vm.compileFunction(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.compileFunction('', [1]), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new vm.Script('1', { filename: 2 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new vm.Script('1').runInThisContext({ timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
