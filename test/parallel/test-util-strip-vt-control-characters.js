'use strict';
// util.stripVTControlCharacters() removes terminal escape sequences and keeps the text.
require('../common');
const assert = require('assert');
const { stripVTControlCharacters, inspect } = require('util');

assert.strictEqual(stripVTControlCharacters('\u001b[31mred\u001b[39m'), 'red');
assert.strictEqual(stripVTControlCharacters('\u001b[1;4mbold underline\u001b[0m'), 'bold underline');
assert.strictEqual(stripVTControlCharacters('plain text'), 'plain text');
assert.strictEqual(stripVTControlCharacters(''), '');
// Cursor movement and erase sequences.
assert.strictEqual(stripVTControlCharacters('a\u001b[2Kb\u001b[1Gc\u001b[?25hd'), 'abcd');
// The 8-bit CSI introducer.
assert.strictEqual(stripVTControlCharacters('\u009b32mgreen\u009b39m'), 'green');
// Hyperlinks (OSC 8) ended by BEL or by ESC \.
assert.strictEqual(
  stripVTControlCharacters('\u001b]8;;https://nodejs.org\u0007link\u001b]8;;\u0007'), 'link');
assert.strictEqual(
  stripVTControlCharacters('\u001b]8;;https://nodejs.org\u001b\\link\u001b]8;;\u001b\\'), 'link');
// Everything inspect() colors comes off again.
const colored = inspect({ a: [1, 'two', null, undefined, Symbol('s')], d: new Date(0) },
                        { colors: true });
assert.strictEqual(stripVTControlCharacters(colored),
                   inspect({ a: [1, 'two', null, undefined, Symbol('s')], d: new Date(0) }));

for (const bad of [undefined, null, 5, {}, ['\u001b[31m']]) {
  assert.throws(() => stripVTControlCharacters(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
assert.throws(() => stripVTControlCharacters(5), {
  message: 'The "str" argument must be of type string. Received type number (5)',
});
