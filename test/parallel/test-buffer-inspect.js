'use strict';
// util.inspect of buffers: hex bytes up to INSPECT_MAX_BYTES, then extra properties.
require('../common');
const assert = require('assert');
const util = require('util');
const buffer = require('buffer');

const b = Buffer.from('abc');
b.foo = 1;
b.bar = { x: [1, 2] };
assert.strictEqual(util.inspect(b), '<Buffer 61 62 63, foo: 1, bar: { x: [ 1, 2 ] }>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
const empty = Buffer.alloc(0);
empty.x = 'y';
assert.strictEqual(util.inspect(empty), "<Buffer x: 'y'>");
assert.strictEqual(util.inspect(Buffer.alloc(60)), `<Buffer ${'00 '.repeat(50).trim()} ... 10 more bytes>`);
assert.strictEqual(util.inspect(Buffer.alloc(51)), `<Buffer ${'00 '.repeat(50).trim()} ... 1 more byte>`);
assert.strictEqual(util.inspect(Buffer.alloc(50)), `<Buffer ${'00 '.repeat(50).trim()}>`);
assert.strictEqual(util.inspect({ a: Buffer.from('ab') }), '{ a: <Buffer 61 62> }');
assert.strictEqual(util.inspect([Buffer.from('ab')], { depth: 0 }), '[ <Buffer 61 62> ]');
assert.strictEqual(util.inspect(Buffer.from('ab'), { showHidden: true }), '<Buffer 61 62>');
assert.strictEqual(util.inspect(Buffer.from('ab'), { colors: true }), '<Buffer 61 62>');
const symbols = Buffer.from('ab');
symbols[Symbol('s')] = 1;
symbols.long = 'x'.repeat(100);
assert.strictEqual(util.inspect(symbols), `<Buffer 61 62, long: '${'x'.repeat(100)}', [Symbol(s)]: 1>`);

// The name is the constructor's.
class MyBuffer extends Buffer {}
assert.strictEqual(util.inspect(Object.setPrototypeOf(Buffer.from('a'), MyBuffer.prototype)), '<MyBuffer 61>');

// buf.inspect() is the same function, callable directly.
assert.strictEqual(b.inspect, b[util.inspect.custom]);
assert.strictEqual(b.inspect(), '<Buffer 61 62 63>');
assert.strictEqual(`${Buffer.from([1, 2])}`, '\u0001\u0002');

// INSPECT_MAX_BYTES can be changed to any number >= 0.
assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(util.inspect(Buffer.from('abcd')), '<Buffer 61 62 ... 2 more bytes>');
buffer.INSPECT_MAX_BYTES = 2.5;
assert.strictEqual(util.inspect(Buffer.from('abcd')), '<Buffer 61 62 ... 1.5 more bytes>');
buffer.INSPECT_MAX_BYTES = 0;
assert.strictEqual(util.inspect(Buffer.from('abcd')), '<Buffer  ... 4 more bytes>');
buffer.INSPECT_MAX_BYTES = Infinity;
assert.strictEqual(util.inspect(Buffer.alloc(60, 1)), `<Buffer ${'01 '.repeat(60).trim()}>`);
assert.throws(() => { buffer.INSPECT_MAX_BYTES = -1; }, {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "INSPECT_MAX_BYTES" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => { buffer.INSPECT_MAX_BYTES = '3'; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "INSPECT_MAX_BYTES" argument must be of type number. Received type string (\'3\')',
});
assert.strictEqual(buffer.INSPECT_MAX_BYTES, Infinity);
buffer.INSPECT_MAX_BYTES = 50;
