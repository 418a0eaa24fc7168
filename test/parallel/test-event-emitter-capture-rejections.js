'use strict';
// captureRejections: a listener's rejected promise becomes an 'error' event, or a call of the
// emitter's Symbol.for('nodejs.rejection') method when it has one.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;

assert.strictEqual(captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(EventEmitter.captureRejections, false);

{
  const emitter = new EventEmitter({ captureRejections: true });
  const error = new Error('rejected');
  emitter.on('x', common.mustCall(async (value) => {
    assert.strictEqual(value, 1);
    throw error;
  }));
  emitter.on('x', () => {}); // a list of two, so the listener count tells the rounds apart
  emitter.on('error', common.mustCall((received) => {
    assert.strictEqual(received, error);
    // Capturing is off while 'error' is emitted (a rejecting 'error' listener cannot loop),
    // and back on afterwards: a second round arrives too.
    if (emitter.listenerCount('x') === 2) {
      emitter.removeAllListeners('x');
      emitter.on('x', () => Promise.reject(error));
      setImmediate(() => emitter.emit('x', 1));
    }
  }, 2));
  assert.strictEqual(emitter.emit('x', 1), true);
}

{
  // The rejection method receives the error, the event name and the arguments.
  const emitter = new EventEmitter({ captureRejections: true });
  const error = new Error('to the method');
  emitter[captureRejectionSymbol] = common.mustCall(function(received, name, ...args) {
    assert.strictEqual(this, emitter);
    assert.strictEqual(received, error);
    assert.strictEqual(name, 'y');
    assert.deepStrictEqual(args, [1, 2]);
  });
  emitter.on('error', common.mustNotCall());
  emitter.on('y', () => Promise.reject(error));
  emitter.emit('y', 1, 2);
}

{
  // Each listener of a list is watched; any thenable counts, fulfilled ones are ignored.
  const emitter = new EventEmitter({ captureRejections: true });
  const errors = [];
  emitter.on('error', (error) => errors.push(error.message));
  emitter.on('z', () => Promise.reject(new Error('first')));
  emitter.on('z', () => Promise.resolve('fine'));
  emitter.on('z', () => ({ then(onFulfilled, onRejected) { onRejected(new Error('thenable')); } }));
  emitter.emit('z');
  setTimeout(common.mustCall(() => {
    assert.deepStrictEqual(errors.sort(), ['first', 'thenable']);
  }), 1);
}

{
  // Without the option, nothing is attached to the promise.
  const emitter = new EventEmitter();
  let thenCalled = false;
  emitter.on('x', () => ({ then() { thenCalled = true; } }));
  emitter.emit('x');
  assert.strictEqual(thenCalled, false);
}

{
  // The default for new emitters: EventEmitter.captureRejections, read at construction.
  const before = new EventEmitter();
  EventEmitter.captureRejections = true;
  const after = new EventEmitter();
  EventEmitter.captureRejections = false;
  after.on('error', common.mustCall((error) => assert.strictEqual(error.message, 'default')));
  after.on('x', async () => { throw new Error('default'); });
  after.emit('x');
  let thenCalled = false;
  before.on('x', () => ({ then() { thenCalled = true; } }));
  before.emit('x');
  assert.strictEqual(thenCalled, false);

  assert.throws(() => { EventEmitter.captureRejections = 1; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "EventEmitter.captureRejections" property must be of type boolean. ' +
             'Received type number (1)',
  });
  assert.throws(() => new EventEmitter({ captureRejections: 'yes' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.captureRejections" property must be of type boolean. ' +
             'Received type string (\'yes\')',
  });
  // Falsy values are not checked: they mean "the default".
  new EventEmitter({ captureRejections: 0 });
  new EventEmitter(null);
}

{
  // A synchronous throw is still thrown by emit().
  const emitter = new EventEmitter({ captureRejections: true });
  emitter.on('x', () => { throw new Error('sync'); });
  assert.throws(() => emitter.emit('x'), /sync/);
}
