'use strict';
// The shape of EventTarget, Event and CustomEvent: globals, prototype members and their
// attributes, lengths, constants and string tags, as WebIDL and Node 20 define them.
require('../common');
const assert = require('assert');

// Non-enumerable globals.
for (const name of ['EventTarget', 'Event', 'CustomEvent']) {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(descriptor.enumerable, false, name);
  assert.strictEqual(descriptor.configurable, true, name);
  assert.strictEqual(typeof globalThis[name], 'function', name);
  assert.ok(!Object.keys(globalThis).includes(name), name);
}

function enumerableNames(prototype) {
  return Object.getOwnPropertyNames(prototype)
    .filter((name) => Object.getOwnPropertyDescriptor(prototype, name).enumerable);
}

assert.deepStrictEqual(Object.getOwnPropertyNames(EventTarget.prototype),
                       ['constructor', 'addEventListener', 'removeEventListener', 'dispatchEvent']);
assert.deepStrictEqual(enumerableNames(EventTarget.prototype),
                       ['addEventListener', 'removeEventListener', 'dispatchEvent']);

assert.deepStrictEqual(Object.getOwnPropertyNames(Event.prototype), [
  'constructor', 'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target',
  'currentTarget', 'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp',
  'composedPath', 'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble',
  'stopPropagation', 'isTrusted',
]);
assert.deepStrictEqual(enumerableNames(Event.prototype),
                       Object.getOwnPropertyNames(Event.prototype).slice(1));
assert.deepStrictEqual(Object.getOwnPropertyNames(CustomEvent.prototype), ['constructor', 'detail']);

// Attributes are getters; only cancelBubble has a setter.
for (const name of ['target', 'currentTarget', 'srcElement', 'type', 'cancelable', 'defaultPrevented',
                    'timeStamp', 'returnValue', 'bubbles', 'composed', 'eventPhase']) {
  const descriptor = Object.getOwnPropertyDescriptor(Event.prototype, name);
  assert.strictEqual(typeof descriptor.get, 'function', name);
  assert.strictEqual(descriptor.get.name, `get ${name}`);
  assert.strictEqual(descriptor.set, undefined, name);
  assert.strictEqual(descriptor.configurable, true, name);
}
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(Event.prototype, 'cancelBubble').set, 'function');
assert.strictEqual(Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.name, 'get detail');
// isTrusted cannot be redefined.
const isTrusted = Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted');
assert.strictEqual(isTrusted.configurable, false);
assert.strictEqual(isTrusted.enumerable, true);

// Phase constants live on the constructor only.
assert.deepStrictEqual(
  [Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE], [0, 1, 2, 3]);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Event, 'AT_TARGET'),
                       { value: 2, writable: false, enumerable: true, configurable: false });
assert.strictEqual(Event.prototype.AT_TARGET, undefined);
assert.strictEqual(CustomEvent.AT_TARGET, 2); // inherited from Event

// Lengths.
assert.strictEqual(EventTarget.length, 0);
assert.strictEqual(Event.length, 1);
assert.strictEqual(CustomEvent.length, 1);
assert.strictEqual(EventTarget.prototype.addEventListener.length, 2);
assert.strictEqual(EventTarget.prototype.removeEventListener.length, 2);
assert.strictEqual(EventTarget.prototype.dispatchEvent.length, 1);

// Inheritance.
assert.strictEqual(Object.getPrototypeOf(CustomEvent), Event);
assert.strictEqual(Object.getPrototypeOf(CustomEvent.prototype), Event.prototype);
assert.strictEqual(Object.getPrototypeOf(EventTarget.prototype), Object.prototype);

// Tags.
for (const [prototype, tag] of [[EventTarget.prototype, 'EventTarget'], [Event.prototype, 'Event'],
                                [CustomEvent.prototype, 'CustomEvent']]) {
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(prototype, Symbol.toStringTag),
                         { value: tag, writable: false, enumerable: false, configurable: true });
}

// Events know whether they are theirs: getters reject other receivers.
for (const name of ['type', 'target', 'defaultPrevented', 'eventPhase']) {
  assert.throws(() => Object.getOwnPropertyDescriptor(Event.prototype, name).get.call({}), {
    code: 'ERR_INVALID_THIS',
    name: 'TypeError',
    message: 'Value of "this" must be of type Event',
  });
}
for (const name of ['preventDefault', 'stopPropagation', 'stopImmediatePropagation', 'composedPath']) {
  assert.throws(() => Event.prototype[name].call(new EventTarget()), { code: 'ERR_INVALID_THIS' });
}
assert.throws(() => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type CustomEvent',
});
// isTrusted answers false for anything.
assert.strictEqual(isTrusted.get.call({}), false);

// EventTarget is recognised by the events module through the registered symbol.
assert.strictEqual(EventTarget[Symbol.for('nodejs.event_target')], true);
