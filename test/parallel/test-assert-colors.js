'use strict';
// The listing is colored when stderr is a terminal with colors, and the pointer under a single
// line is only drawn when both lines fit the terminal width. A terminal is simulated here.
require('../common');
const assert = require('assert');

const { stderr } = process;
Object.defineProperty(stderr, 'isTTY', { value: true, configurable: true, writable: true });
stderr.columns = 80;
// The terminal's own color depth decides, unless FORCE_COLOR is set.
let depth = 8;
stderr.getColorDepth = () => depth;
delete process.env.FORCE_COLOR;

assert.throws(() => {
  assert.deepStrictEqual([1, 2, 2, 2, 2], [2, 2, 2, 2, 2]);
}, {
  message: 'Expected values to be strictly deep-equal:\n' +
    '\u001b[32m+ actual\u001b[39m \u001b[31m- expected\u001b[39m' +
    ' \u001b[34m...\u001b[39m Lines skipped\n\n' +
    '  [\n' +
    '\u001b[32m+\u001b[39m   1,\n' +
    '\u001b[31m-\u001b[39m   2,\n' +
    '    2,\n' +
    '\u001b[34m...\u001b[39m\n' +
    '    2,\n' +
    '    2\n' +
    '  ]',
});

// The "..." of a cut value is colored too.
{
  const long = Array(60).fill(7);
  assert.throws(() => assert.notStrictEqual(long, long), {
    message: 'Expected "actual" not to be reference-equal to "expected":\n\n' +
             `[${'\n  7,'.repeat(45)}\n\u001b[34m...\u001b[39m\n`,
  });
}

// Two colors: plain.
const plain = {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
           "+ {}\n- {\n-   foo: 'bar'\n- }",
};
depth = 1;
assert.throws(() => assert.deepStrictEqual({}, { foo: 'bar' }), plain);

// FORCE_COLOR overrides the terminal's depth.
process.env.FORCE_COLOR = '1';
assert.throws(() => assert.deepStrictEqual({}, { foo: 'bar' }), /\u001b\[32m\+ actual/);
process.env.FORCE_COLOR = '0';
depth = 8;
assert.throws(() => assert.deepStrictEqual({}, { foo: 'bar' }), plain);
delete process.env.FORCE_COLOR;

// Not a terminal: plain.
stderr.isTTY = false;
assert.throws(() => assert.deepStrictEqual({}, { foo: 'bar' }), plain);
stderr.isTTY = true;

// A narrow terminal: no pointer when the two lines together are at least that wide.
stderr.columns = 20;
assert.throws(() => assert.strictEqual('a'.repeat(30), 'a'.repeat(31)),
              (err) => !err.message.includes('^'));
assert.throws(() => assert.strictEqual('aaaa', 'aaaaa'), (err) => err.message.includes('^'));
