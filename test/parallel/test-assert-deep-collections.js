'use strict';
// Deep equality of Map and Set: order does not matter, object keys and members are matched
// by deep equality, and loose mode matches primitives with ==.
require('../common');
const assert = require('assert');
const util = require('util');

const loose = (a, b) => {
  try {
    assert.deepEqual(a, b);
  } catch {
    return false;
  }
  assert.deepEqual(b, a);
  return true;
};
const strict = (a, b) => {
  const result = util.isDeepStrictEqual(a, b);
  assert.strictEqual(util.isDeepStrictEqual(b, a), result);
  return result;
};
function check(a, b, expectLoose, expectStrict) {
  assert.strictEqual(loose(a, b), expectLoose);
  assert.strictEqual(strict(a, b), expectStrict);
}

// Sets
check(new Set([1, 2, 3]), new Set([3, 2, 1]), true, true);
check(new Set([1, 2]), new Set([1, 2, 3]), false, false);
check(new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]), true, true);
check(new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }]), false, false);
check(new Set([[1]]), new Set([['1']]), true, false);
check(new Set([1, '1']), new Set(['1', 1]), true, true);
check(new Set([1, 2]), new Set(['1', 2]), true, false);
check(new Set([1, 2]), new Set([true, 2]), true, false);
check(new Set([1, '1']), new Set([1, 2]), false, false);
check(new Set([null]), new Set([undefined]), true, false);
check(new Set([null]), new Set([0]), false, false);
check(new Set([false]), new Set([0]), true, false);
check(new Set([NaN]), new Set([NaN]), true, true);
check(new Set([0]), new Set([-0]), true, true);
check(new Set([{}, 1]), new Set([{}, '1']), true, false);
check(new Set([() => {}]), new Set([() => {}]), false, false);
check(Object.assign(new Set(), { a: 1 }), new Set(), false, false);
{
  const shared = { a: 1 };
  check(new Set([shared, { a: 1 }]), new Set([{ a: 1 }, shared]), true, true);
}

// Maps
check(new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']]), true, true);
check(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]]), true, true);
check(new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]]), true, true);
check(new Map([[{ a: 1 }, 1], [{ a: 1 }, 2]]), new Map([[{ a: 1 }, 2], [{ a: 1 }, 1]]), true, true);
check(new Map([[{}, 1]]), new Map([[{}, 2]]), false, false);
check(new Map([[1, '1']]), new Map([['1', 1]]), true, false);
check(new Map([[1, 1]]), new Map([[1, '1']]), true, false);
check(new Map([[1, 'x'], ['1', 'y']]), new Map([[1, 'y'], ['1', 'x']]), true, false);
check(new Map([[1, undefined]]), new Map([['1', undefined]]), true, false);
check(new Map([[1, undefined]]), new Map([[2, undefined]]), false, false);
check(new Map([[null, 1]]), new Map([[undefined, 1]]), true, false);
check(new Map([[NaN, 1]]), new Map([[NaN, 1]]), true, true);
check(new Map([[1, -0]]), new Map([[1, 0]]), true, false);
check(new Map([[1, { a: 1 }]]), new Map([['1', { a: '1' }]]), true, false);
check(Object.assign(new Map(), { a: 1 }), Object.assign(new Map(), { a: '1' }), true, false);
check(new Map([[1, 2]]), new Map([[1, 2], [3, 4]]), false, false);

// A Map never equals a Set or a plain object.
check(new Map(), new Set(), false, false);
check(new Map(), {}, false, false);
check(new Set(), [], false, false);

// Nested collections.
check(new Map([['k', new Set([{ x: [1, 2] }])]]),
      new Map([['k', new Set([{ x: [1, 2] }])]]), true, true);
check(new Set([new Map([[1, new Set([1])]])]),
      new Set([new Map([[1, new Set(['1'])]])]), true, false);

// The listing of a failed comparison.
assert.throws(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
           '  Map(1) {\n+   1 => 2\n-   1 => 3\n  }',
});
assert.throws(() => assert.deepStrictEqual(new Set([1, 2]), new Set([2, 3])), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
           '  Set(2) {\n+   1,\n+   2\n-   2,\n-   3\n  }',
});
