'use strict';
// async_hooks. AsyncLocalStorage and AsyncResource carry context through promises, ticks,
// microtasks, timers, immediates and native callbacks. The low-level hooks API is accepted
// but its callbacks are not invoked: lode tracks context frames, not every async resource.

const frames = require('internal/async_context_frame');
const { AsyncLocalStorage } = require('internal/async_local_storage');
const { validateFunction, validateString, validateObject } = require('internal/validators');
const { codes: { ERR_ASYNC_CALLBACK, ERR_INVALID_ASYNC_ID } } = require('internal/errors');

let nextAsyncId = 1;
let currentAsyncId = 1;
let currentTriggerId = 0;

function executionAsyncId() {
  return currentAsyncId;
}

function triggerAsyncId() {
  return currentTriggerId;
}

const topLevelResource = {};
let currentResource = topLevelResource;

function executionAsyncResource() {
  return currentResource;
}

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    for (const [name, fn] of Object.entries({ init, before, after, destroy, promiseResolve })) {
      if (fn !== undefined && typeof fn !== 'function') throw new ERR_ASYNC_CALLBACK(`hook.${name}`);
    }
    this.enabled = false;
  }

  enable() {
    this.enabled = true;
    return this;
  }

  disable() {
    this.enabled = false;
    return this;
  }
}

function createHook(callbacks) {
  validateObject(callbacks, 'callbacks');
  return new AsyncHook(callbacks);
}

const kFrame = Symbol('kFrame');
const kAsyncId = Symbol('kAsyncId');
const kTriggerAsyncId = Symbol('kTriggerAsyncId');

class AsyncResource {
  constructor(type, options = {}) {
    validateString(type, 'type');
    let triggerAsyncId = options;
    if (typeof options === 'object' && options !== null) triggerAsyncId = options.triggerAsyncId;
    if (triggerAsyncId === undefined) triggerAsyncId = executionAsyncId();
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    this[kFrame] = frames.current();
    this[kAsyncId] = ++nextAsyncId;
    this[kTriggerAsyncId] = triggerAsyncId;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const priorId = currentAsyncId;
    const priorTrigger = currentTriggerId;
    const priorResource = currentResource;
    currentAsyncId = this[kAsyncId];
    currentTriggerId = this[kTriggerAsyncId];
    currentResource = this;
    try {
      return frames.runInFrame(this[kFrame], fn, thisArg, args);
    } finally {
      currentAsyncId = priorId;
      currentTriggerId = priorTrigger;
      currentResource = priorResource;
    }
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[kAsyncId];
  }

  triggerAsyncId() {
    return this[kTriggerAsyncId];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    const bound = thisArg === undefined
      ? function(...args) { return resource.runInAsyncScope(fn, this, ...args); }
      : function(...args) { return resource.runInAsyncScope(fn, thisArg, ...args); };
    Object.defineProperties(bound, {
      length: { value: fn.length, configurable: true },
      asyncResource: { value: this, configurable: true, enumerable: true, writable: true },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders: Object.freeze({ __proto__: null, NONE: 0 }),
};
