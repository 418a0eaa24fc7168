'use strict';
// The header store takes any valid token as a name, those that are also Object.prototype's
// (`constructor`, `toString`, `__proto__`, `hasOwnProperty`) included, matches names without
// regard to case, and keeps the case given last for the wire.
require('../common');
const assert = require('assert');
const { OutgoingMessage } = require('http');

const message = new OutgoingMessage();
assert.strictEqual(message.getHeader('constructor'), undefined);
assert.strictEqual(message.hasHeader('toString'), false);
for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'X-Custom']) {
  message.setHeader(name, `${name}-value`);
}
assert.strictEqual(message.getHeader('CONSTRUCTOR'), 'constructor-value');
assert.strictEqual(message.getHeader('__PROTO__'), '__proto__-value');
assert.strictEqual(message.hasHeader('hasownproperty'), true);
assert.deepStrictEqual(message.getHeaderNames(),
                       ['constructor', 'tostring', '__proto__', 'hasownproperty', 'x-custom']);
assert.deepStrictEqual(message.getRawHeaderNames(),
                       ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'X-Custom']);
const headers = message.getHeaders();
assert.strictEqual(Object.getPrototypeOf(headers), null);
assert.strictEqual(headers.__proto__, '__proto__-value');
assert.strictEqual(headers['x-custom'], 'X-Custom-value');

message.setHeader('x-CUSTOM', 'again');
assert.deepStrictEqual(message.getRawHeaderNames().slice(-1), ['x-CUSTOM']);
message.removeHeader('X-custom');
message.removeHeader('Constructor');
assert.strictEqual(message.hasHeader('x-custom'), false);
assert.deepStrictEqual(message.getHeaderNames(), ['tostring', '__proto__', 'hasownproperty']);
message.appendHeader('toString', 'more');
assert.deepStrictEqual(message.getHeader('tostring'), ['toString-value', 'more']);

// Many distinct names (more than any cache of them would hold) all stay reachable.
const many = new OutgoingMessage();
for (let i = 0; i < 3000; i++) many.setHeader(`X-Name-${i}`, String(i));
for (let i = 0; i < 3000; i += 7) assert.strictEqual(many.getHeader(`x-name-${i}`), String(i));
assert.strictEqual(many.getHeaderNames().length, 3000);
