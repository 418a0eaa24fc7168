'use strict';
// events.EventEmitterAsyncResource: an EventEmitter whose listeners run in the async context
// of the code that created it (through an AsyncResource). Loaded on first use of
// `events.EventEmitterAsyncResource`, since it needs async_hooks.

const EventEmitter = require('events');
const { AsyncResource } = require('async_hooks');
const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
const { validateString } = require('internal/validators');

const kEventEmitter = Symbol('kEventEmitter');
const kAsyncResource = Symbol('kAsyncResource');

class EventEmitterReferencingAsyncResource extends AsyncResource {
  constructor(emitter, type, options) {
    super(type, options);
    this[kEventEmitter] = emitter;
  }

  get eventEmitter() {
    if (this[kEventEmitter] === undefined) {
      throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
    }
    return this[kEventEmitter];
  }
}

class EventEmitterAsyncResource extends EventEmitter {
  // `options` is the EventEmitter options plus AsyncResource's (`name` is the resource type,
  // required unless a subclass is constructed; it defaults to the subclass's name). A string
  // is taken as the name.
  constructor(options = undefined) {
    let name;
    if (typeof options === 'string') {
      name = options;
      options = undefined;
    } else {
      if (new.target === EventEmitterAsyncResource) validateString(options?.name, 'options.name');
      name = options?.name || new.target.name;
    }
    super(options);
    this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
  }

  emit(event, ...args) {
    return resourceOf(this).runInAsyncScope(super.emit, this, event, ...args);
  }

  emitDestroy() {
    resourceOf(this).emitDestroy();
  }

  get asyncId() {
    return resourceOf(this).asyncId();
  }

  get triggerAsyncId() {
    return resourceOf(this).triggerAsyncId();
  }

  get asyncResource() {
    return resourceOf(this);
  }
}

function resourceOf(emitter) {
  const resource = emitter[kAsyncResource];
  if (resource === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
  return resource;
}

module.exports = { EventEmitterAsyncResource };
