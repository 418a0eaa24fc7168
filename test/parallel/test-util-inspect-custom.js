'use strict';
// Objects control their util.inspect() text with [util.inspect.custom](depth, options, inspect).
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

const custom = Symbol.for('nodejs.util.inspect.custom');
assert.strictEqual(inspect.custom === custom, true);
assert.strictEqual(inspect({ a: { [custom](depth, options, inspectFn) { return `depth=${depth} ${typeof options.stylize} ${inspectFn === inspect}`; } } }), '{ a: depth=1 function true }');
assert.strictEqual(inspect({ a: { [custom]() { return { x: [1, 2] }; } } }), '{ a: { x: [ 1, 2 ] } }');
assert.strictEqual(inspect({ a: { [custom]() { return 5; } } }), '{ a: 5 }');
assert.strictEqual(inspect({ a: { b: { [custom]() { return 'x\ny'; } } } }), '{\n' +
                   '  a: {\n' +
                   '    b: x\n' +
                   '    y\n' +
                   '  }\n' +
                   '}');
assert.strictEqual(inspect({ a: 1, [custom]() { return this; } }), '{\n' +
                   '  a: 1,\n' +
                   '  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n' +
                   '}');
assert.strictEqual(inspect({ [custom]() { return 'C'; } }, { customInspect: false }), '{\n' +
                   '  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n' +
                   '}');
assert.strictEqual(inspect({ [custom](depth, options) { return `${options.myOption} ${Object.keys(options).join()}`; } }, { myOption: 7, depth: 4 }), '7 stylize,showHidden,depth,colors,customInspect,showProxy,maxArrayLength,maxStringLength,breakLength,compact,sorted,getters,numericSeparator,myOption');
assert.strictEqual(inspect({ a: { [custom](depth) { return String(depth); } } }, { depth: null }), '{ a: null }');
assert.strictEqual(inspect({ a: { b: { c: { d: { [custom](depth) { return `depth ${depth}`; } } } } } }), '{ a: { b: { c: [Object] } } }');
class WithInspector { [custom]() { return 'instance!'; } }
assert.strictEqual(inspect([new WithInspector(), WithInspector.prototype]), '[ instance!, {} ]');
assert.strictEqual(inspect({ a: [{ [custom](depth, options, inspectFn) { return inspectFn({ x: 1, y: [1, 2] }, options); } }] }), '{ a: [ { x: 1, y: [ 1, 2 ] } ] }');
assert.strictEqual(inspect({ a: { [custom](depth, options) { return options.stylize('styled', 'string'); } } }, { colors: true }), '{ a: \x1b[32mstyled\x1b[39m }');
assert.strictEqual(inspect(new Proxy({ [custom]() { return 'from proxy target'; } }, {})), 'from proxy target');
const nullProtoInspected = Object.create(null); nullProtoInspected[custom] = (depth, options) => `${Object.getPrototypeOf(options)} ${typeof options.stylize} ${typeof options.nested}`;
assert.strictEqual(inspect(nullProtoInspected, { nested: {} }), 'null function undefined');
