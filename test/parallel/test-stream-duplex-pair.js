'use strict';
// duplexPair(): what one side writes, the other reads; end() on one side ends the other's
// readable side.
const common = require('../common');
const assert = require('assert');
const { duplexPair, Duplex } = require('stream');

const [a, b] = duplexPair({ objectMode: true });
assert.ok(a instanceof Duplex);
assert.ok(b instanceof Duplex);

const fromA = [];
const fromB = [];
b.on('data', (chunk) => fromA.push(chunk));
a.on('data', (chunk) => fromB.push(chunk));
b.on('end', common.mustCall(() => {
  assert.deepStrictEqual(fromA, ['a1', 'a2']);
}));
a.write('a1');
a.write('a2', common.mustCall());
b.write('b1');
a.end(common.mustCall());
setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(fromB, ['b1']);
  b.end();
}));
a.on('end', common.mustCall());
