'use strict';
// Deep equality terminates on circular structures: a pair of objects already being compared
// further up counts as equal.
require('../common');
const assert = require('assert');
const util = require('util');

function equal(a, b) {
  assert.deepStrictEqual(a, b);
  assert.deepStrictEqual(b, a);
  assert.deepEqual(a, b);
  assert.deepEqual(b, a);
}
function unequal(a, b) {
  assert.notDeepStrictEqual(a, b);
  assert.notDeepStrictEqual(b, a);
  assert.notDeepEqual(a, b);
  assert.notDeepEqual(b, a);
}

{
  const a = {};
  a.a = a;
  const b = {};
  b.a = b;
  equal(a, b);
}
{
  // Different cycle lengths that unroll to the same infinite tree.
  const a = {};
  a.a = a;
  const b = {};
  b.a = { a: b };
  equal(a, b);
}
{
  const a = [];
  a.push(a);
  const b = [];
  b.push([b]);
  equal(a, b);
}
{
  const a = {};
  const b = {};
  a.x = a;
  b.x = a;
  equal(a, b);
}
{
  const d1 = {};
  const d2 = { a: d1 };
  d1.a = d2;
  const e = {};
  e.a = e;
  equal(d1, e);
}
{
  const a = { v: 1 };
  a.self = a;
  const b = { v: 1 };
  b.self = { v: 1, self: b };
  equal(a, b);
  b.self.v = 2;
  unequal(a, b);
}
{
  const a = [];
  a.push(a, a);
  const b = [];
  const c = [];
  b.push(c, b);
  c.push(b, c);
  equal(a, b);
}
{
  // Cycles through Maps and Sets.
  const a = new Map();
  a.set('self', a);
  const b = new Map();
  b.set('self', b);
  equal(a, b);
  const s = new Set();
  s.add(s);
  const t = new Set();
  t.add(t);
  equal(s, t);
  t.add(1);
  unequal(s, t);
}
{
  const circular = { y: 1 };
  circular.x = circular;
  const other = { y: 2 };
  other.x = other;
  unequal(circular, other);
  assert.strictEqual(util.isDeepStrictEqual(circular, other), false);
}

// The listing shows the reference markers.
{
  const circular = { y: 1 };
  circular.x = circular;
  assert.throws(() => assert.strictEqual(circular, ''), {
    message: 'Expected values to be strictly equal:\n+ actual - expected\n\n' +
             "+ <ref *1> {\n+   x: [Circular *1],\n+   y: 1\n+ }\n- ''",
  });
}
