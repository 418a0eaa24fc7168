'use strict';
// new Event(type, options) and new CustomEvent(type, options): the type is converted to a
// string, the options are read as booleans, and user-made events are not trusted.
require('../common');
const assert = require('assert');

{
  const event = new Event('x');
  assert.strictEqual(event.type, 'x');
  assert.strictEqual(event.bubbles, false);
  assert.strictEqual(event.cancelable, false);
  assert.strictEqual(event.composed, false);
  assert.strictEqual(event.defaultPrevented, false);
  assert.strictEqual(event.returnValue, true);
  assert.strictEqual(event.cancelBubble, false);
  assert.strictEqual(event.isTrusted, false);
  assert.strictEqual(event.target, null);
  assert.strictEqual(event.currentTarget, null);
  assert.strictEqual(event.srcElement, null);
  assert.strictEqual(event.eventPhase, 0);
  assert.deepStrictEqual(Object.keys(event), []);
  assert.deepStrictEqual(Object.getOwnPropertyNames(event), []);
}

{
  const event = new Event('x', { bubbles: 1, cancelable: 'yes', composed: {} });
  assert.strictEqual(event.bubbles, true);
  assert.strictEqual(event.cancelable, true);
  assert.strictEqual(event.composed, true);
  assert.strictEqual(new Event('x', null).cancelable, false);
  assert.strictEqual(new Event('x', undefined).cancelable, false);
  assert.strictEqual(new Event('x', { cancelable: 0 }).cancelable, false);
}

{
  // The options are read in this order.
  const read = [];
  const options = new Proxy({}, {
    get(object, key) {
      if (typeof key === 'string') read.push(key);
      return undefined;
    },
  });
  new Event('x', options);
  assert.deepStrictEqual(read, ['bubbles', 'cancelable', 'composed']);
  read.length = 0;
  new CustomEvent('x', options);
  assert.deepStrictEqual(read, ['bubbles', 'cancelable', 'composed', 'detail']);
}

{
  // Type conversion.
  assert.strictEqual(new Event(1).type, '1');
  assert.strictEqual(new Event(null).type, 'null');
  assert.strictEqual(new Event(undefined).type, 'undefined');
  assert.strictEqual(new Event({ toString: () => 'custom' }).type, 'custom');
  assert.throws(() => new Event(Symbol('s')), TypeError);
}

{
  // Errors.
  assert.throws(() => new Event(), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "type" argument must be specified',
  });
  assert.throws(() => new CustomEvent(), { code: 'ERR_MISSING_ARGS' });
  for (const options of [1, 'x', true, [], () => {}]) {
    assert.throws(() => new Event('x', options), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: /^The "options" argument must be of type object\. Received /,
    });
  }
  assert.throws(() => new CustomEvent('x', 1), { code: 'ERR_INVALID_ARG_TYPE' });
  // The options are checked before the type is converted.
  assert.throws(() => new Event(Symbol('s'), 1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Event('x'), TypeError);
}

{
  // timeStamp: milliseconds since the process started, growing. (performance's time origin and
  // process.uptime()'s start are taken at different moments of startup, so the bound is loose.)
  const first = new Event('x').timeStamp;
  assert.strictEqual(typeof first, 'number');
  assert.ok(first > 0 && first < process.uptime() * 1000 + 1000, `${first}`);
  const later = new Event('x').timeStamp;
  assert.ok(later >= first);
  const event = new Event('x');
  assert.strictEqual(event.timeStamp, event.timeStamp);
}

{
  // CustomEvent carries `detail`, null by default.
  const detail = { a: 1 };
  const event = new CustomEvent('x', { detail, cancelable: true });
  assert.strictEqual(event.detail, detail);
  assert.strictEqual(event.cancelable, true);
  assert.ok(event instanceof Event);
  assert.strictEqual(new CustomEvent('x').detail, null);
  assert.strictEqual(new CustomEvent('x', null).detail, null);
  assert.strictEqual(new CustomEvent('x', { detail: undefined }).detail, null);
  assert.strictEqual(new CustomEvent('x', { detail: 0 }).detail, 0);
  assert.strictEqual(new CustomEvent('x', { detail: false }).detail, false);
}

{
  // Subclasses.
  class Message extends Event {
    constructor(data) {
      super('message');
      this.data = data;
    }
  }
  const message = new Message('hi');
  assert.strictEqual(message.type, 'message');
  assert.strictEqual(message.data, 'hi');
  assert.strictEqual(Object.prototype.toString.call(message), '[object Event]');
}
