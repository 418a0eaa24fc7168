'use strict';
// The "+ actual - expected" listing of deepStrictEqual/strictEqual failures: rows are lined up
// one by one, long runs of identical lines are shortened, long listings are cut.
require('../common');
const assert = require('assert');
const util = require('util');

const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));
const start = 'Expected values to be strictly deep-equal:';

// Three identical trailing lines are all shown.
assert.throws(() => assert.deepStrictEqual([0, 1, 2], [9, 1, 2]), {
  message: [
    'Expected values to be strictly deep-equal:',
    '+ actual - expected',
    '',
    '  [',
    '+   0,',
    '-   9,',
    '    1,',
    '    2',
    '  ]',
  ].join('\n'),
});
// Four are too.
assert.throws(() => assert.deepStrictEqual([0, 1, 2, 3], [9, 1, 2, 3]), {
  message: [
    'Expected values to be strictly deep-equal:',
    '+ actual - expected',
    '',
    '  [',
    '+   0,',
    '-   9,',
    '    1,',
    '    2,',
    '    3',
    '  ]',
  ].join('\n'),
});
// From five on, the first and the last three are kept.
assert.throws(() => assert.deepStrictEqual([0, 1, 2, 3, 4], [9, 1, 2, 3, 4]), {
  message: [
    'Expected values to be strictly deep-equal:',
    '+ actual - expected ... Lines skipped',
    '',
    '  [',
    '+   0,',
    '-   9,',
    '    1,',
    '...',
    '    3,',
    '    4',
    '  ]',
  ].join('\n'),
});
// Identical lines around a change: the first two and the last two.
assert.throws(() => assert.deepStrictEqual(range(20), range(20, (i) => (i === 10 ? -1 : i))), {
  message: [
    'Expected values to be strictly deep-equal:',
    '+ actual - expected ... Lines skipped',
    '',
    '  [',
    '    0,',
    '...',
    '    8,',
    '    9,',
    '+   10,',
    '-   -1,',
    '    11,',
    '...',
    '    18,',
    '    19',
    '  ]',
  ].join('\n'),
});
// Exactly three hidden lines are shown instead of "...".
assert.throws(() => assert.deepStrictEqual([0, 1, 2, 3, 4, 9, 8], [0, 1, 2, 3, 4, 7, 8]), {
  message: [
    'Expected values to be strictly deep-equal:',
    '+ actual - expected ... Lines skipped',
    '',
    '  [',
    '    0,',
    '...',
    '    3,',
    '    4,',
    '+   9,',
    '-   7,',
    '    8',
    '  ]',
  ].join('\n'),
});
// A line that only lacks the trailing comma counts as identical.
assert.throws(() => assert.deepStrictEqual([1, 2], [1, 2, 3]), {
  message: [
    'Expected values to be strictly deep-equal:',
    '+ actual - expected',
    '',
    '  [',
    '    1,',
    '    2,',
    '-   3',
    '  ]',
  ].join('\n'),
});
// Either way round.
assert.throws(() => assert.deepStrictEqual([1, 2, 3], [1, 2]), {
  message: [
    'Expected values to be strictly deep-equal:',
    '+ actual - expected',
    '',
    '  [',
    '    1,',
    '    2,',
    '+   3',
    '  ]',
  ].join('\n'),
});
// Extra actual lines come before the held-back expected ones.
assert.throws(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6], [1, 9]), {
  message: [
    'Expected values to be strictly deep-equal:',
    '+ actual - expected',
    '',
    '  [',
    '    1,',
    '+   2,',
    '+   3,',
    '+   4,',
    '+   5,',
    '+   6',
    '-   9',
    '  ]',
  ].join('\n'),
});
// Extra expected lines are held back too.
assert.throws(() => assert.deepStrictEqual([1, 9], [1, 2, 3, 4, 5, 6]), {
  message: [
    'Expected values to be strictly deep-equal:',
    '+ actual - expected',
    '',
    '  [',
    '    1,',
    '+   9',
    '-   2,',
    '-   3,',
    '-   4,',
    '-   5,',
    '-   6',
    '  ]',
  ].join('\n'),
});
// One side a single line.
assert.throws(() => assert.deepStrictEqual([1, 2, 1], undefined), {
  message: [
    'Expected values to be strictly deep-equal:',
    '+ actual - expected',
    '',
    '+ [',
    '+   1,',
    '+   2,',
    '+   1',
    '+ ]',
    '- undefined',
  ].join('\n'),
});
// Nested objects.
assert.throws(() => assert.deepStrictEqual({ a: { b: { c: [1, 2, { d: 'x' }] } }, e: 1 }, { a: { b: { c: [1, 2, { d: 'y' }] } }, e: 1 }), {
  message: [
    'Expected values to be strictly deep-equal:',
    '+ actual - expected ... Lines skipped',
    '',
    '  {',
    '    a: {',
    '...',
    '          2,',
    '          {',
    "+           d: 'x'",
    "-           d: 'y'",
    '          }',
    '...',
    '    },',
    '    e: 1',
    '  }',
  ].join('\n'),
});
// Keys are sorted.
assert.throws(() => assert.deepStrictEqual({ b: 1, a: 2 }, { a: 2, b: 2 }), {
  message: [
    'Expected values to be strictly deep-equal:',
    '+ actual - expected',
    '',
    '  {',
    '    a: 2,',
    '+   b: 1',
    '-   b: 2',
    '  }',
  ].join('\n'),
});
// Getters show their value.
assert.throws(() => assert.deepStrictEqual({ get a() { return 1; } }, { a: 2 }), {
  message: [
    'Expected values to be strictly deep-equal:',
    '+ actual - expected',
    '',
    '  {',
    '+   a: [Getter: 1]',
    '-   a: 2',
    '  }',
  ].join('\n'),
});
// Custom inspect functions are not used.
assert.throws(() => assert.deepStrictEqual({}, { [util.inspect.custom]: () => "{}" }), {
  message: [
    'Expected values to be strictly deep-equal:',
    '+ actual - expected',
    '',
    '+ {}',
    '- {',
    '-   [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]',
    '- }',
  ].join('\n'),
});
// Long strings split over lines.
assert.throws(() => assert.deepStrictEqual(`${'x'.repeat(50)}\n${'y'.repeat(50)}`, `${'x'.repeat(50)}\n${'z'.repeat(50)}`), {
  message: [
    'Expected values to be strictly deep-equal:',
    '+ actual - expected',
    '',
    "  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n' +",
    "+   'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'",
    "-   'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'",
  ].join('\n'),
});
// Short strings stay inline.
assert.throws(() => assert.deepStrictEqual('a\nb', 'a\nc'), {
  message: [
    'Expected values to be strictly deep-equal:',
    '',
    "'a\\nb' !== 'a\\nc'",
    '',
  ].join('\n'),
});
// A custom message replaces the header.
assert.throws(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'), {
  message: [
    'custom',
    '+ actual - expected',
    '',
    '  {',
    '+   a: 1',
    '-   a: 2',
    '  }',
  ].join('\n'),
});
// Also inline.
assert.throws(() => assert.strictEqual(1, 2, 'oh no'), {
  message: [
    'oh no',
    '',
    '1 !== 2',
    '',
  ].join('\n'),
});

// After 50 printed lines the listing stops, with "..." for the rest.
assert.throws(() => assert.deepStrictEqual(range(100), range(100, (i) => -i)), {
  message: `${start}\n+ actual - expected ... Lines skipped\n\n  [\n` +
           range(25, (i) => `+   ${i},\n`).join('') + '...\n' +
           range(25, (i) => `-   ${i === 0 ? '-0' : -i},\n`).join('') + '...',
});
assert.throws(() => assert.deepStrictEqual(Array(28).fill(1), Array(28).fill(2)), {
  message: `${start}\n+ actual - expected ... Lines skipped\n\n  [\n` +
           '+   1,\n'.repeat(25) + '...\n' + '-   2,\n'.repeat(25) + '...',
});

// Values whose inspection is identical.
assert.throws(() => assert.deepStrictEqual(Symbol('x'), Symbol('x')), {
  message: 'Values have same structure but are not reference-equal:\n\nSymbol(x)\n',
});
assert.throws(() => assert.deepStrictEqual({ a: Symbol() }, { a: Symbol() }), {
  message: 'Values have same structure but are not reference-equal:\n\n{\n  a: Symbol()\n}\n',
});
// More than 50 lines are cut to 46 and "...".
assert.throws(() => assert.strictEqual(range(60), range(60)), {
  message: 'Values have same structure but are not reference-equal:\n\n[\n' +
           range(45, (i) => `  ${i},\n`).join('') + '...\n',
});
// A custom message does not replace this one.
assert.throws(() => assert.strictEqual([], [], 'custom'), {
  message: 'Values have same structure but are not reference-equal:\n\n[]\n',
  generatedMessage: false,
});
