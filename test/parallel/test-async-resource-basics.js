'use strict';
// AsyncResource: ids, bind (with and without thisArg), static bind, validation.
require('../common');
const assert = require('assert');
const { AsyncResource, executionAsyncId, triggerAsyncId, createHook } = require('async_hooks');

const resource = new AsyncResource('MyThing');
assert.strictEqual(typeof resource.asyncId(), 'number');
assert.strictEqual(typeof resource.triggerAsyncId(), 'number');
assert.notStrictEqual(resource.asyncId(), new AsyncResource('Other').asyncId());
assert.strictEqual(resource.runInAsyncScope(function(a, b) { return [this, a, b]; }, 'self', 1, 2)[0], 'self');
assert.strictEqual(resource.runInAsyncScope(() => executionAsyncId()), resource.asyncId());
assert.strictEqual(typeof triggerAsyncId(), 'number');

const bound = resource.bind(function() { return this; });
assert.strictEqual(bound.asyncResource, resource);
assert.strictEqual(bound.call('ctx'), 'ctx');
const boundThis = AsyncResource.bind(function() { return this; }, 'T', 'fixed');
assert.strictEqual(boundThis(), 'fixed');

assert.throws(() => new AsyncResource(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new AsyncResource('x', { triggerAsyncId: -5 }), {
  code: 'ERR_INVALID_ASYNC_ID',
  message: 'Invalid triggerAsyncId value: -5',
});
assert.throws(() => resource.bind(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => createHook({ init: 5 }), { code: 'ERR_ASYNC_CALLBACK', message: 'hook.init must be a function' });
const hook = createHook({});
assert.strictEqual(hook.enable(), hook);
assert.strictEqual(hook.disable(), hook);
