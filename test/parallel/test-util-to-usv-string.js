'use strict';
// util.toUSVString() replaces lone surrogates with U+FFFD.
require('../common');
const assert = require('assert');
const { toUSVString } = require('util');

assert.strictEqual(toUSVString('plain'), 'plain');
assert.strictEqual(toUSVString('a\ud800b'), 'a\ufffdb');
assert.strictEqual(toUSVString('a\udc00b'), 'a\ufffdb');
assert.strictEqual(toUSVString('\udc00\ud800'), '\ufffd\ufffd');
assert.strictEqual(toUSVString('pair \ud83d\ude00 kept'), 'pair \ud83d\ude00 kept');
assert.strictEqual(toUSVString('\ud800'), '\ufffd');
// Non-strings are converted first.
assert.strictEqual(toUSVString(12), '12');
assert.strictEqual(toUSVString({ toString() { return '\ud800x'; } }), '\ufffdx');
