'use strict';
// How a port and a channel print.
require('../common');
const assert = require('assert');
const util = require('util');
const { MessageChannel, MessagePort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
assert.match(util.inspect(port1), /^MessagePort \[EventTarget\] \{\n? *active: true,\n? *refed: false/);
port1.on('message', () => {});
assert.match(util.inspect(port1), /active: true,\n? *refed: true/);
assert.strictEqual(Object.prototype.toString.call(port1), '[object EventTarget]');
assert.strictEqual(MessagePort.name, 'MessagePort');
port1.close();
port2.close();
