'use strict';
// application/x-www-form-urlencoded: serialization keeps only *-._ and alphanumerics, writes
// spaces as '+' and the rest as UTF-8 %XX; parsing reverses it, keeping malformed escapes.
require('../common');
const assert = require('assert');

let ascii = '';
for (let code = 0; code < 128; code++) ascii += String.fromCharCode(code);
const params = new URLSearchParams();
params.append(ascii, ascii);
const encoded =
  '%00%01%02%03%04%05%06%07%08%09%0A%0B%0C%0D%0E%0F%10%11%12%13%14%15%16%17%18%19%1A%1B%1C%1D%1E%1F' +
  '+%21%22%23%24%25%26%27%28%29*%2B%2C-.%2F0123456789%3A%3B%3C%3D%3E%3F%40ABCDEFGHIJKLMNOPQRSTUVWXYZ' +
  '%5B%5C%5D%5E_%60abcdefghijklmnopqrstuvwxyz%7B%7C%7D%7E%7F';
assert.strictEqual(params.toString(), `${encoded}=${encoded}`);
assert.deepStrictEqual([...new URLSearchParams(params.toString())], [[ascii, ascii]]);

const unicode = new URLSearchParams([['é', '€'], ['😀', '\ud800'], ['日本', '']]);
assert.strictEqual(unicode.toString(), '%C3%A9=%E2%82%AC&%F0%9F%98%80=%EF%BF%BD&%E6%97%A5%E6%9C%AC=');
assert.strictEqual(new URLSearchParams('a= b+c~*!\'()&d=%zz').toString(), 'a=+b+c%7E*%21%27%28%29&d=%25zz');
assert.strictEqual(new URLSearchParams('').toString(), '');
assert.strictEqual(new URLSearchParams('&&').toString(), '');
assert.strictEqual(new URLSearchParams('a').toString(), 'a=');
assert.strictEqual(`${new URLSearchParams('x=1')}`, 'x=1');

// Decoding: '+' is a space, %XX are bytes, invalid UTF-8 becomes U+FFFD.
const decoded = new URLSearchParams('a=%41%2B+%2b&b=%&c=%4&d=%G1&e=%F0%9F%98%80&f=%ED%A0%80&g=%C0%80');
assert.deepStrictEqual([...decoded], [
  ['a', 'A+ +'], ['b', '%'], ['c', '%4'], ['d', '%G1'], ['e', '😀'], ['f', '\ufffd\ufffd\ufffd'],
  ['g', '\ufffd\ufffd'],
]);
