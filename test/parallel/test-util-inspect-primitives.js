'use strict';
// util.inspect() of primitives: quoting and escaping of strings, -0, bigints, symbols, maxStringLength and the splitting of long multi-line strings.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

assert.strictEqual(inspect('abc'), "'abc'");
assert.strictEqual(inspect("it's"), '"it\'s"');
assert.strictEqual(inspect('say "hi" and it\'s'), '`say "hi" and it\'s`');
assert.strictEqual(inspect('it\'s "q" `b`'), '\'it\\\'s "q" `b`\'');
assert.strictEqual(inspect('a\'${b}"`'), '\'a\\\'${b}"`\'');
assert.strictEqual(inspect('\n\t\b\f\r\v\0\x1b\x7f\x9f\\'), "'\\n\\t\\b\\f\\r\\x0B\\x00\\x1B\\x7F\\x9F\\\\'");
assert.strictEqual(inspect('\ud800 \udc00 \ud83d\ude00'), "'\\ud800 \\udc00 \ud83d\ude00'");
assert.strictEqual(inspect(''), "''");
assert.strictEqual(inspect(1), '1');
assert.strictEqual(inspect(-0), '-0');
assert.strictEqual(inspect(0), '0');
assert.strictEqual(inspect(NaN), 'NaN');
assert.strictEqual(inspect(-Infinity), '-Infinity');
assert.strictEqual(inspect(1.5e300), '1.5e+300');
assert.strictEqual(inspect(10n), '10n');
assert.strictEqual(inspect(-5n), '-5n');
assert.strictEqual(inspect(true), 'true');
assert.strictEqual(inspect(undefined), 'undefined');
assert.strictEqual(inspect(null), 'null');
assert.strictEqual(inspect(Symbol('s')), 'Symbol(s)');
assert.strictEqual(inspect(Symbol()), 'Symbol()');
assert.strictEqual(inspect(Symbol.iterator), 'Symbol(Symbol.iterator)');
assert.strictEqual(inspect(Symbol('a\nb')), 'Symbol(a\n' +
                   'b)');
assert.strictEqual(inspect('abcdef', { maxStringLength: 4 }), "'abcd'... 2 more characters");
assert.strictEqual(inspect('abcde', { maxStringLength: 4 }), "'abcd'... 1 more character");
assert.strictEqual(inspect('abc', { maxStringLength: 0 }), "''... 3 more characters");
assert.strictEqual(inspect('abc', { maxStringLength: null }), "'abc'");
assert.strictEqual(inspect('a'.repeat(10005)).slice(-30), "aaaaaaaa'... 5 more characters");
assert.strictEqual(inspect('first line of text\nsecond line of text\nthird line that makes this string longer than eighty\n'), "'first line of text\\n' +\n" +
                   "  'second line of text\\n' +\n" +
                   "  'third line that makes this string longer than eighty\\n'");
assert.strictEqual(inspect('short\nlines'), "'short\\nlines'");
assert.strictEqual(inspect({ text: 'first line of text\nsecond line of text\nthird line, long enough to split\n' }), '{\n' +
                   "  text: 'first line of text\\nsecond line of text\\nthird line, long enough to split\\n'\n" +
                   '}');
assert.strictEqual(inspect('first line of text\nsecond line of text\nthird line that makes this string longer than eighty', { compact: true }), "'first line of text\\nsecond line of text\\nthird line that makes this string longer than eighty'");
