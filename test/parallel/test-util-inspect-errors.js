'use strict';
// util.inspect() of errors: the stack as header, class and name adjustments, causes with shared frames folded, AggregateError, extra properties.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

function withStack(error, ...frames) { error.stack = `${error.name}: ${error.message}${frames.map((frame) => `\n    at ${frame}`).join('')}`; return error; }
const frames = ['one (/app/one.js:1:1)', 'two (/app/two.js:2:2)', 'three (/app/three.js:3:3)', 'four (/app/four.js:4:4)', 'five (/app/five.js:5:5)'];
assert.strictEqual(inspect(withStack(new Error('boom'), ...frames.slice(0, 2))), 'Error: boom\n' +
                   '    at one (/app/one.js:1:1)\n' +
                   '    at two (/app/two.js:2:2)');
assert.strictEqual(inspect({ a: { e: withStack(new Error('boom'), ...frames.slice(0, 2)) } }), '{\n' +
                   '  a: {\n' +
                   '    e: Error: boom\n' +
                   '        at one (/app/one.js:1:1)\n' +
                   '        at two (/app/two.js:2:2)\n' +
                   '  }\n' +
                   '}');
assert.strictEqual(inspect([withStack(new Error('in array'), frames[0])]), '[\n' +
                   '  Error: in array\n' +
                   '      at one (/app/one.js:1:1)\n' +
                   ']');
assert.strictEqual(inspect(Object.assign(withStack(new Error('props'), frames[0]), { code: 'E_X', detail: { a: 1 } })), 'Error: props\n' +
                   '    at one (/app/one.js:1:1) {\n' +
                   "  code: 'E_X',\n" +
                   '  detail: { a: 1 }\n' +
                   '}');
assert.strictEqual(inspect(withStack(new TypeError('typed'), frames[0])), 'TypeError: typed\n' +
                   '    at one (/app/one.js:1:1)');
assert.strictEqual(inspect(withStack(new Error(''), frames[0])), 'Error: \n' +
                   '    at one (/app/one.js:1:1)');
const noStack = new Error('no stack'); noStack.stack = undefined;
assert.strictEqual(inspect(noStack), '[Error: no stack]');
const emptyStack = new Error('empty'); emptyStack.stack = '';
assert.strictEqual(inspect({ emptyStack }), '{ emptyStack: [Error: empty] }');
const customStack = new Error('m'); customStack.stack = 'custom stack text';
assert.strictEqual(inspect(customStack), '[custom stack text]');
const renamed = withStack(new Error('m'), frames[0]); renamed.name = 'Foo';
assert.strictEqual(inspect(renamed), 'Error: m\n' +
                   '    at one (/app/one.js:1:1) {\n' +
                   "  name: 'Foo'\n" +
                   '}');
const renamedType = new TypeError('m'); renamedType.name = 'CustomError'; withStack(renamedType, frames[0]);
assert.strictEqual(inspect(renamedType), 'TypeError [CustomError]: m\n' +
                   '    at one (/app/one.js:1:1)');
class MyError extends Error {}
assert.strictEqual(inspect(withStack(new MyError('sub'), frames[0])), 'MyError: sub\n' +
                   '    at one (/app/one.js:1:1)');
class NamedError extends Error { constructor(message) { super(message); this.name = 'NamedError'; } }
assert.strictEqual(inspect(withStack(new NamedError('named'), frames[0])), 'NamedError: named\n' +
                   '    at one (/app/one.js:1:1)');
class OtherError extends TypeError { constructor(message) { super(message); this.name = 'Different'; } }
assert.strictEqual(inspect(withStack(new OtherError('x'), frames[0])), 'Different: x\n' +
                   '    at one (/app/one.js:1:1)');
const nullProto = withStack(new RangeError('np'), frames[0]); Object.setPrototypeOf(nullProto, null);
assert.strictEqual(inspect(nullProto), '[RangeError: null prototype]: np\n' +
                   '    at one (/app/one.js:1:1)');
const outer = withStack(new Error('outer', { cause: withStack(new Error('inner'), frames[0], ...frames.slice(1)) }), 'outerFrame (/app/outer.js:9:9)', ...frames.slice(1));
assert.strictEqual(inspect(outer), 'Error: outer\n' +
                   '    at outerFrame (/app/outer.js:9:9)\n' +
                   '    at two (/app/two.js:2:2)\n' +
                   '    ... 2 lines matching cause stack trace ...\n' +
                   '    at five (/app/five.js:5:5) {\n' +
                   '  [cause]: Error: inner\n' +
                   '      at one (/app/one.js:1:1)\n' +
                   '      at two (/app/two.js:2:2)\n' +
                   '      at three (/app/three.js:3:3)\n' +
                   '      at four (/app/four.js:4:4)\n' +
                   '      at five (/app/five.js:5:5)\n' +
                   '}');
assert.strictEqual(inspect(withStack(new Error('outer', { cause: 'a string' }), frames[0])), 'Error: outer\n' +
                   '    at one (/app/one.js:1:1) {\n' +
                   "  [cause]: 'a string'\n" +
                   '}');
assert.strictEqual(inspect(withStack(new Error('outer', { cause: undefined }), frames[0])), 'Error: outer\n' +
                   '    at one (/app/one.js:1:1) {\n' +
                   '  [cause]: undefined\n' +
                   '}');
assert.strictEqual(inspect(withStack(new Error('outer', { cause: { code: 1 } }), frames[0])), 'Error: outer\n' +
                   '    at one (/app/one.js:1:1) {\n' +
                   '  [cause]: { code: 1 }\n' +
                   '}');
assert.strictEqual(inspect(withStack(new AggregateError([withStack(new Error('a'), frames[0]), 'b'], 'many'), frames[1])), 'AggregateError: many\n' +
                   '    at two (/app/two.js:2:2) {\n' +
                   '  [errors]: [\n' +
                   '    Error: a\n' +
                   '        at one (/app/one.js:1:1),\n' +
                   "    'b'\n" +
                   '  ]\n' +
                   '}');
assert.strictEqual(inspect(withStack(new Error('line1\nline2'), frames[0])), 'Error: line1\n' +
                   'line2\n' +
                   '    at one (/app/one.js:1:1)');
const changedMessage = withStack(new Error('m'), frames[0]); changedMessage.message = 'changed';
assert.strictEqual(inspect(changedMessage), 'Error: m\n' +
                   '    at one (/app/one.js:1:1)');
const selfRef = withStack(new Error('self'), frames[0]); selfRef.self = selfRef;
assert.strictEqual(inspect(selfRef), '<ref *1> Error: self\n' +
                   '    at one (/app/one.js:1:1) {\n' +
                   '  self: [Circular *1]\n' +
                   '}');
assert.strictEqual(inspect({ a: { b: { c: { e: withStack(new Error('deep'), frames[0]) } } } }), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(inspect(Object.create(Error.prototype)), '[Error]');
assert.strictEqual(inspect(withStack(new Error('x'), frames[0]), { compact: true }), 'Error: x\n' +
                   '    at one (/app/one.js:1:1)');

// A real stack keeps its frames, indented under the property that holds the error.
const real = new Error('real');
assert.strictEqual(inspect(real), real.stack);
assert.match(inspect({ real }), /^{\n  real: Error: real\n {6}at /);
