'use strict';
// vm contexts: a contextified sandbox is the new context's global; var, function and
// undeclared assignments land on it; builtins are the context's own.
require('../common');
const assert = require('assert');
const vm = require('vm');

const sandbox = { x: 2, seen: [] };
assert.strictEqual(vm.createContext(sandbox), sandbox);
assert.strictEqual(vm.isContext(sandbox), true);
assert.strictEqual(vm.isContext({}), false);
assert.throws(() => vm.isContext('no'), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(vm.runInContext('x * 21', sandbox), 42);
vm.runInContext('var y = 5; z = 6; function f() { return 7 } seen.push(typeof require)', sandbox);
assert.deepStrictEqual(Object.keys(sandbox), ['x', 'seen', 'f', 'y', 'z']);
assert.strictEqual(sandbox.f(), 7);
assert.deepStrictEqual(sandbox.seen, ['undefined']);

// Each context has its own builtins.
const arrayFromVm = vm.runInNewContext('[1, 2]');
assert.strictEqual(Array.isArray(arrayFromVm), true);
assert.strictEqual(arrayFromVm instanceof Array, false);
assert.strictEqual(vm.runInNewContext('Object.getPrototypeOf([]) === Array.prototype'), true);
const error = (() => { try { vm.runInNewContext('null.x'); } catch (e) { return e; } })();
assert.strictEqual(error instanceof TypeError, false);
assert.strictEqual(error.name, 'TypeError');

// Strict-mode assignment to an undeclared name still throws.
assert.throws(() => vm.runInNewContext('"use strict"; undeclared = 1'), (err) => err.name === 'ReferenceError');

// Deleting and defining go to the sandbox.
const second = vm.createContext({ gone: 1 });
vm.runInContext('delete gone; Object.defineProperty(globalThis, "fixed", { value: 3, enumerable: true })', second);
assert.strictEqual('gone' in second, false);
assert.strictEqual(second.fixed, 3);

// Options: names and code generation.
const noEval = vm.createContext({}, { codeGeneration: { strings: false } });
assert.throws(() => vm.runInContext('eval("1")', noEval), (err) => err.name === 'EvalError');
assert.throws(() => vm.createContext({}, { name: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.runInContext('1', {}), { code: 'ERR_INVALID_ARG_TYPE' });
