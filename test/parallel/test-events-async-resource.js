'use strict';
// events.EventEmitterAsyncResource: listeners run in the async scope of the resource the
// emitter made when it was created.
const common = require('../common');
const assert = require('assert');
const { EventEmitterAsyncResource, EventEmitter } = require('events');
const { executionAsyncId, triggerAsyncId, AsyncResource } = require('async_hooks');

assert.strictEqual(require('events').EventEmitterAsyncResource, EventEmitterAsyncResource);
assert.ok(EventEmitterAsyncResource.prototype instanceof EventEmitter);
assert.deepStrictEqual(Object.getOwnPropertyNames(EventEmitterAsyncResource.prototype),
                       ['constructor', 'emit', 'emitDestroy', 'asyncId', 'triggerAsyncId',
                        'asyncResource']);

const outer = executionAsyncId();
const emitter = new EventEmitterAsyncResource({ name: 'Test' });
assert.strictEqual(typeof emitter.asyncId, 'number');
assert.notStrictEqual(emitter.asyncId, outer);
assert.strictEqual(emitter.triggerAsyncId, outer);
assert.ok(emitter.asyncResource instanceof AsyncResource);
assert.strictEqual(emitter.asyncResource.eventEmitter, emitter);
assert.strictEqual(emitter.asyncResource.constructor.name, 'EventEmitterReferencingAsyncResource');

emitter.on('x', common.mustCall(function(value) {
  assert.strictEqual(this, emitter);
  assert.strictEqual(value, 1);
  assert.strictEqual(executionAsyncId(), emitter.asyncId);
  assert.strictEqual(triggerAsyncId(), outer);
}));
assert.strictEqual(emitter.emit('x', 1), true);
assert.strictEqual(emitter.emit('nothing'), false);

// The name is required unless a subclass is constructed; a string is taken as the name.
assert.throws(() => new EventEmitterAsyncResource(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.name" property must be of type string. Received undefined',
});
new EventEmitterAsyncResource('named');
class Sub extends EventEmitterAsyncResource {}
new Sub();

// EventEmitter options still apply.
const capturing = new EventEmitterAsyncResource({ name: 'C', captureRejections: true });
capturing.on('error', common.mustCall((error) => assert.strictEqual(error.message, 'async')));
capturing.on('y', async () => { throw new Error('async'); });
capturing.emit('y');

const getter = Object.getOwnPropertyDescriptor(EventEmitterAsyncResource.prototype, 'asyncId').get;
assert.throws(() => getter.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type EventEmitterAsyncResource',
});
