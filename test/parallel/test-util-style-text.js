'use strict';
// util.styleText(): wraps text in the ANSI codes of inspect.colors entries, when the target
// stream takes colors (or validateStream is false).
require('../common');
const assert = require('assert');
const util = require('util');

const plain = { validateStream: false };
assert.strictEqual(util.styleText('red', 'x', plain), '\u001b[31mx\u001b[39m');
assert.strictEqual(util.styleText('bold', 'x', plain), '\u001b[1mx\u001b[22m');
assert.strictEqual(util.styleText('bgBlue', 'x', plain), '\u001b[44mx\u001b[49m');
// Aliases are accepted.
assert.strictEqual(util.styleText('grey', 'x', plain), '\u001b[90mx\u001b[39m');
// A list applies left to right and closes in reverse.
assert.strictEqual(util.styleText(['bold', 'red'], 'x', plain),
                   '\u001b[1m\u001b[31mx\u001b[39m\u001b[22m');

// Anything with write() and on() counts as a stream. One that is not a terminal gets plain
// text; a terminal gets colors when it has more than two.
const notTerminal = { write() {}, on() {} };
const terminal = { write() {}, on() {}, isTTY: true, getColorDepth() { return 8; } };
const monochrome = { ...terminal, getColorDepth() { return 1; } };
if (process.env.FORCE_COLOR === undefined) {
  assert.strictEqual(util.styleText('red', 'x', { stream: notTerminal }), 'x');
  assert.strictEqual(util.styleText('red', 'x', { stream: terminal }), '\u001b[31mx\u001b[39m');
  assert.strictEqual(util.styleText('red', 'x', { stream: monochrome }), 'x');
}

assert.throws(() => util.styleText('red', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "text" argument must be of type string. Received type number (5)',
});
assert.throws(() => util.styleText('no-such-style', 'x'), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: /^The argument 'format' must be one of: 'reset', 'bold', .*'bgWhiteBright'\. Received 'no-such-style'$/,
});
assert.throws(() => util.styleText(['bold', 'nope'], 'x'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => util.styleText('red', 'x', { validateStream: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.validateStream" property must be of type boolean. ' +
           'Received type number (1)',
});
assert.throws(() => util.styleText('red', 'x', { stream: { write() {} } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or ' +
           'Stream. Received an instance of Object',
});
