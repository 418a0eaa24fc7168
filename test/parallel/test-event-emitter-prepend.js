'use strict';
// prependListener() puts the listener first; 'newListener' is emitted for it as for on().
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const emitter = new EventEmitter();
const order = [];
emitter.on('newListener', common.mustCall(3));
emitter.on('x', () => order.push(2));
assert.strictEqual(emitter.prependListener('x', () => order.push(1)), emitter);
emitter.prependListener('x', () => order.push(0));
emitter.emit('x');
assert.deepStrictEqual(order, [0, 1, 2]);
assert.throws(() => emitter.prependListener('x', null), { code: 'ERR_INVALID_ARG_TYPE' });

// On an object that inherits from EventEmitter without having called the constructor.
const bare = Object.create(EventEmitter.prototype);
bare.prependListener('y', common.mustCall());
bare.emit('y');
