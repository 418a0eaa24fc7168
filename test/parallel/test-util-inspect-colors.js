'use strict';
// util.inspect() with colors: ANSI styles from inspect.colors and inspect.styles, and layout measured without the escape codes.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

assert.strictEqual(inspect({ a: 1, b: 'x', c: null, d: undefined, e: Symbol('s'), f: 2n, g: true, h: new Date(0), i: /x/, j: function f() {}, k: [1, , 3], l: new Map([[1, 2]]), m: Promise.resolve(2), n: new Number(3) }, { colors: true }), '{\n' +
                   '  a: \x1b[33m1\x1b[39m,\n' +
                   "  b: \x1b[32m'x'\x1b[39m,\n" +
                   '  c: \x1b[1mnull\x1b[22m,\n' +
                   '  d: \x1b[90mundefined\x1b[39m,\n' +
                   '  e: \x1b[32mSymbol(s)\x1b[39m,\n' +
                   '  f: \x1b[33m2n\x1b[39m,\n' +
                   '  g: \x1b[33mtrue\x1b[39m,\n' +
                   '  h: \x1b[35m1970-01-01T00:00:00.000Z\x1b[39m,\n' +
                   '  i: \x1b[31m/x/\x1b[39m,\n' +
                   '  j: \x1b[36m[Function: f]\x1b[39m,\n' +
                   '  k: [ \x1b[33m1\x1b[39m, \x1b[90m<1 empty item>\x1b[39m, \x1b[33m3\x1b[39m ],\n' +
                   '  l: Map(1) { \x1b[33m1\x1b[39m => \x1b[33m2\x1b[39m },\n' +
                   '  m: Promise { \x1b[33m2\x1b[39m },\n' +
                   '  n: \x1b[33m[Number: 3]\x1b[39m\n' +
                   '}');
assert.strictEqual(inspect(Array.from({ length: 30 }, (_, i) => i), { colors: true }), '[\n' +
                   '   \x1b[33m0\x1b[39m,  \x1b[33m1\x1b[39m,  \x1b[33m2\x1b[39m,  \x1b[33m3\x1b[39m,  \x1b[33m4\x1b[39m,  \x1b[33m5\x1b[39m,  \x1b[33m6\x1b[39m,  \x1b[33m7\x1b[39m,  \x1b[33m8\x1b[39m,\n' +
                   '   \x1b[33m9\x1b[39m, \x1b[33m10\x1b[39m, \x1b[33m11\x1b[39m, \x1b[33m12\x1b[39m, \x1b[33m13\x1b[39m, \x1b[33m14\x1b[39m, \x1b[33m15\x1b[39m, \x1b[33m16\x1b[39m, \x1b[33m17\x1b[39m,\n' +
                   '  \x1b[33m18\x1b[39m, \x1b[33m19\x1b[39m, \x1b[33m20\x1b[39m, \x1b[33m21\x1b[39m, \x1b[33m22\x1b[39m, \x1b[33m23\x1b[39m, \x1b[33m24\x1b[39m, \x1b[33m25\x1b[39m, \x1b[33m26\x1b[39m,\n' +
                   '  \x1b[33m27\x1b[39m, \x1b[33m28\x1b[39m, \x1b[33m29\x1b[39m\n' +
                   ']');
assert.strictEqual(inspect(Array.from({ length: 30 }, (_, i) => 'a'.repeat(i % 5)), { colors: true }), '[\n' +
                   "  \x1b[32m''\x1b[39m, \x1b[32m'a'\x1b[39m, \x1b[32m'aa'\x1b[39m, \x1b[32m'aaa'\x1b[39m, \x1b[32m'aaaa'\x1b[39m,\n" +
                   "  \x1b[32m''\x1b[39m, \x1b[32m'a'\x1b[39m, \x1b[32m'aa'\x1b[39m, \x1b[32m'aaa'\x1b[39m, \x1b[32m'aaaa'\x1b[39m,\n" +
                   "  \x1b[32m''\x1b[39m, \x1b[32m'a'\x1b[39m, \x1b[32m'aa'\x1b[39m, \x1b[32m'aaa'\x1b[39m, \x1b[32m'aaaa'\x1b[39m,\n" +
                   "  \x1b[32m''\x1b[39m, \x1b[32m'a'\x1b[39m, \x1b[32m'aa'\x1b[39m, \x1b[32m'aaa'\x1b[39m, \x1b[32m'aaaa'\x1b[39m,\n" +
                   "  \x1b[32m''\x1b[39m, \x1b[32m'a'\x1b[39m, \x1b[32m'aa'\x1b[39m, \x1b[32m'aaa'\x1b[39m, \x1b[32m'aaaa'\x1b[39m,\n" +
                   "  \x1b[32m''\x1b[39m, \x1b[32m'a'\x1b[39m, \x1b[32m'aa'\x1b[39m, \x1b[32m'aaa'\x1b[39m, \x1b[32m'aaaa'\x1b[39m\n" +
                   ']');
assert.strictEqual(inspect({ a: 1 }, false, null, true), '{ a: \x1b[33m1\x1b[39m }');
assert.strictEqual(inspect([new Boolean(true), new String('s'), Object(Symbol('q')), Object(3n)], { colors: true }), "[ \x1b[33m[Boolean: true]\x1b[39m, \x1b[32m[String: 's']\x1b[39m, \x1b[32m[Symbol: Symbol(q)]\x1b[39m, \x1b[33m[BigInt: 3n]\x1b[39m ]");
assert.strictEqual(inspect(new Int16Array([1, -2]), { colors: true }), 'Int16Array(2) [ \x1b[33m1\x1b[39m, \x1b[33m-2\x1b[39m ]');
assert.strictEqual(inspect({ s: 'x'.repeat(70), n: 12345 }, { colors: true }), '{\n' +
                   "  s: \x1b[32m'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\x1b[39m,\n" +
                   '  n: \x1b[33m12345\x1b[39m\n' +
                   '}');
class Shape { get area() { return 1; } }
assert.strictEqual(inspect(new Shape(), { colors: true, showHidden: true }), 'Shape { \x1b[2m[area]: \x1b[36m[Getter]\x1b[39m\x1b[22m }');
assert.strictEqual(inspect(util.inspect.styles), '[Object: null prototype] {\n' +
                   "  special: 'cyan',\n" +
                   "  number: 'yellow',\n" +
                   "  bigint: 'yellow',\n" +
                   "  boolean: 'yellow',\n" +
                   "  undefined: 'grey',\n" +
                   "  null: 'bold',\n" +
                   "  string: 'green',\n" +
                   "  symbol: 'green',\n" +
                   "  date: 'magenta',\n" +
                   "  regexp: 'red',\n" +
                   "  module: 'underline'\n" +
                   '}');
assert.strictEqual(Object.keys(util.inspect.colors).join(' '), 'reset bold dim italic underline blink inverse hidden strikethrough doubleunderline black red green yellow blue magenta cyan white bgBlack bgRed bgGreen bgYellow bgBlue bgMagenta bgCyan bgWhite framed overlined gray redBright greenBright yellowBright blueBright magentaBright cyanBright whiteBright bgGray bgRedBright bgGreenBright bgYellowBright bgBlueBright bgMagentaBright bgCyanBright bgWhiteBright');
assert.strictEqual(Object.getOwnPropertyNames(util.inspect.colors).filter((name) => !Object.keys(util.inspect.colors).includes(name)).join(' '), 'grey blackBright bgGrey bgBlackBright faint crossedout strikeThrough crossedOut conceal swapColors swapcolors doubleUnderline');
assert.strictEqual(util.inspect.colors.grey === util.inspect.colors.gray, true);

// Aliases write through to the color they name.
const gray = util.inspect.colors.gray;
util.inspect.colors.grey = [1, 2];
assert.deepStrictEqual(util.inspect.colors.gray, [1, 2]);
util.inspect.colors.gray = gray;

// Styles can be changed; an unknown color leaves the text unstyled.
util.inspect.styles.number = 'red';
assert.strictEqual(inspect(1, { colors: true }), '\u001b[31m1\u001b[39m');
util.inspect.styles.number = 'no-such-color';
assert.strictEqual(inspect(1, { colors: true }), '1');
util.inspect.styles.number = 'yellow';

// A custom stylize function replaces coloring.
assert.strictEqual(inspect({ a: 'b' }, { stylize: (text, style) => `<${style}>${text}` }),
                   "{ <name>a: <string>'b' }");
