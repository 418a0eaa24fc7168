'use strict';
// util.inspect() of EventTarget, Event and CustomEvent, as Node prints them.
require('../common');
const assert = require('assert');
const util = require('util');

// The time stamp differs between runs; put a fixed one in its place.
function show(value, options) {
  return util.inspect(value, options).replace(/(timeStamp: (?:\u001b\[33m)?)[\d.]+/g, '$1T');
}

const target = new EventTarget();
assert.strictEqual(show(target), 'EventTarget {}');
assert.strictEqual(show(target, { depth: 0 }), 'EventTarget {}');
assert.strictEqual(show({ target }, { depth: 0 }), '{ target: EventTarget }');
assert.strictEqual(show({ a: { target } }, { depth: 1 }), '{ a: { target: EventTarget } }');

// Own properties are not shown; a subclass shows its own name.
class Emitter extends EventTarget {
  constructor() {
    super();
    this.field = 1;
  }
}
assert.strictEqual(show(new Emitter()), 'Emitter {}');

const event = new Event('x');
assert.strictEqual(show(event),
                   "Event {\n  type: 'x',\n  defaultPrevented: false,\n  cancelable: false,\n" +
                   '  timeStamp: T\n}');
assert.strictEqual(show(event, { breakLength: Infinity }),
                   "Event { type: 'x', defaultPrevented: false, cancelable: false, timeStamp: T }");
assert.strictEqual(show(event, { depth: 0 }), 'Event [Object]');
assert.strictEqual(show({ event }, { depth: 0 }), '{ event: Event }');
assert.strictEqual(show({ event }, { depth: 1, breakLength: Infinity }),
                   "{ event: Event { type: 'x', defaultPrevented: false, cancelable: false, timeStamp: T } }");

const canceled = new Event('y', { cancelable: true });
canceled.preventDefault();
assert.strictEqual(show(canceled, { breakLength: Infinity }),
                   "Event { type: 'y', defaultPrevented: true, cancelable: true, timeStamp: T }");

// The detail of a CustomEvent is not part of the output.
assert.strictEqual(show(new CustomEvent('z', { detail: { a: 1 } }), { breakLength: Infinity }),
                   "CustomEvent { type: 'z', defaultPrevented: false, cancelable: false, timeStamp: T }");

class Ping extends Event {
  constructor() {
    super('ping');
    this.extra = true;
  }
}
assert.strictEqual(show(new Ping(), { breakLength: Infinity }),
                   "Ping { type: 'ping', defaultPrevented: false, cancelable: false, timeStamp: T }");

// Colors apply to the fields.
assert.strictEqual(show(new Event('c'), { colors: true, breakLength: Infinity }),
                   "Event { type: \u001b[32m'c'\u001b[39m, defaultPrevented: \u001b[33mfalse\u001b[39m, " +
                   'cancelable: \u001b[33mfalse\u001b[39m, timeStamp: \u001b[33mT\u001b[39m }');

// Inspecting a prototype-only object is an error for Event, as in Node.
assert.throws(() => util.inspect(Object.create(Event.prototype)), { code: 'ERR_INVALID_THIS' });
assert.strictEqual(util.inspect(Object.create(EventTarget.prototype)), 'EventTarget {}');

// String tags.
assert.strictEqual(Object.prototype.toString.call(target), '[object EventTarget]');
assert.strictEqual(Object.prototype.toString.call(event), '[object Event]');
assert.strictEqual(Object.prototype.toString.call(new CustomEvent('x')), '[object CustomEvent]');
