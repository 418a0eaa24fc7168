'use strict';
// buf.toJSON and JSON.stringify of buffers.
require('../common');
const assert = require('assert');

assert.deepStrictEqual(Buffer.from([1, 2]).toJSON(), { type: 'Buffer', data: [1, 2] });
assert.deepStrictEqual(Buffer.alloc(0).toJSON(), { type: 'Buffer', data: [] });
assert.strictEqual(JSON.stringify(Buffer.from([1, 2])), '{"type":"Buffer","data":[1,2]}');
assert.strictEqual(JSON.stringify({ b: Buffer.from('a') }), '{"b":{"type":"Buffer","data":[97]}}');
assert.deepStrictEqual(Buffer.prototype.toJSON.call(new Uint8Array([5])), { type: 'Buffer', data: [5] });
const round = JSON.parse(JSON.stringify(Buffer.from('hi')), (key, value) =>
  (value && value.type === 'Buffer' ? Buffer.from(value) : value));
assert.deepStrictEqual(round, Buffer.from('hi'));
