'use strict';
// The ways code builds emitters: class extends, util.inherits() with EventEmitter.call(this),
// Object.create() without the constructor, and subclasses that prepare `_events` themselves
// (as streams do), which then keep their property names when listeners go.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

{
  class Child extends EventEmitter {
    constructor() {
      super();
      this.ready = true;
    }
  }
  const child = new Child();
  child.on('x', common.mustCall(function() { assert.strictEqual(this, child); }));
  child.emit('x');
  assert.ok(child instanceof EventEmitter);
}

{
  // The pre-class pattern of old packages.
  function Legacy(name) {
    EventEmitter.call(this);
    this.name = name;
  }
  util.inherits(Legacy, EventEmitter);
  Legacy.prototype.greet = function() { this.emit('greet', this.name); };

  const legacy = new Legacy('old');
  legacy.on('greet', common.mustCall((name) => assert.strictEqual(name, 'old')));
  legacy.greet();
  assert.ok(legacy instanceof EventEmitter);
  assert.strictEqual(Legacy.super_, EventEmitter);
  assert.deepStrictEqual(Object.keys(legacy), ['_events', '_eventsCount', '_maxListeners', 'name']);

  // Calling the constructor again keeps the listeners: `_events` is already its own.
  EventEmitter.call(legacy);
  assert.strictEqual(legacy.listenerCount('greet'), 1);
}

{
  // EventEmitter.init() is what the constructor runs.
  const target = {};
  EventEmitter.init.call(target);
  assert.deepStrictEqual(Object.keys(target), ['_events', '_eventsCount', '_maxListeners']);
  assert.strictEqual(Object.getPrototypeOf(target._events), null);
  assert.strictEqual(target._eventsCount, 0);
  assert.strictEqual(target._maxListeners, undefined);
  // A limit set before init() is kept.
  const limited = Object.create(EventEmitter.prototype);
  limited._maxListeners = 3;
  EventEmitter.init.call(limited);
  assert.strictEqual(limited.getMaxListeners(), 3);
}

{
  // Without the constructor: the fields come into being on first use.
  const bare = Object.create(EventEmitter.prototype);
  assert.strictEqual(bare._events, undefined);
  assert.strictEqual(bare._eventsCount, 0);
  bare.on('x', common.mustCall());
  assert.strictEqual(Object.getPrototypeOf(bare._events), null);
  assert.strictEqual(bare._eventsCount, 1);
  bare.emit('x');
}

{
  // An `_events` prepared by the subclass (names listed up front, as stream constructors do)
  // is used as it is; removing a listener then leaves the name with the value undefined.
  function Stream() {
    this._events ??= { __proto__: null, close: undefined, data: undefined };
    EventEmitter.call(this);
  }
  Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
  const stream = new Stream();
  assert.deepStrictEqual(Object.keys(stream._events), ['close', 'data']);
  assert.deepStrictEqual(stream.eventNames(), []);
  const onData = () => {};
  stream.on('data', onData);
  stream.on('other', onData);
  // eventNames() lists the prepared names too once anything listens.
  assert.deepStrictEqual(stream.eventNames(), ['close', 'data', 'other']);
  stream.removeListener('data', onData);
  assert.deepStrictEqual(Object.keys(stream._events), ['close', 'data', 'other']);
  assert.strictEqual(stream._events.data, undefined);
  assert.strictEqual(stream.listenerCount('data'), 0);
  assert.strictEqual(stream.emit('data'), false);
  stream.removeListener('other', onData);
  assert.deepStrictEqual(stream.eventNames(), []);
  // removeAllListeners() starts over with a plain object.
  stream.on('data', onData);
  stream.removeAllListeners();
  assert.deepStrictEqual(Object.keys(stream._events), []);
}
