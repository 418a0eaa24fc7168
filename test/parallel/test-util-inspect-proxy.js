'use strict';
// util.inspect() looks through proxies without running their traps; showProxy prints target and handler.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

const target = { a: 1 };
const trapped = new Proxy(target, { get() { throw new Error('trap ran'); }, ownKeys() { throw new Error('trap ran'); } });
assert.strictEqual(inspect(trapped), '{ a: 1 }');
assert.strictEqual(inspect(trapped, { showProxy: true }), 'Proxy [\n' +
                   '  { a: 1 },\n' +
                   '  { get: [Function: get], ownKeys: [Function: ownKeys] }\n' +
                   ']');
assert.strictEqual(inspect(new Proxy([1, 2], {})), '[ 1, 2 ]');
assert.strictEqual(inspect(new Proxy(function named() {}, {})), '[Function: named]');
assert.strictEqual(inspect(new Proxy(new Proxy({ a: 1 }, {}), {}), { showProxy: true }), 'Proxy [ Proxy [ { a: 1 }, {} ], {} ]');
assert.strictEqual(inspect({ a: { b: { c: new Proxy({}, {}) } } }, { showProxy: true, depth: 1 }), '{ a: { b: [Object] } }');
const { proxy, revoke } = Proxy.revocable({}, {}); revoke();
assert.strictEqual(inspect(proxy), '<Revoked Proxy>');
assert.strictEqual(inspect(proxy, { showProxy: true }), '<Revoked Proxy>');
const loopTarget = {}; const loop = new Proxy(loopTarget, {}); loopTarget.loop = loop;
assert.strictEqual(inspect(loop), '<ref *1> { loop: [Circular *1] }');
