'use strict';
// atob and btoa (WHATWG forgiving-base64): the globals and buffer's exports.
require('../common');
const assert = require('assert');
const buffer = require('buffer');

assert.strictEqual(buffer.atob, atob);
assert.strictEqual(buffer.btoa, btoa);
assert.strictEqual(atob.length, 1);
assert.strictEqual(btoa.length, 1);
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'atob').enumerable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'btoa').enumerable, true);

const decoded = {
  '': '', 'YQ==': 'a', 'YQ': 'a', 'YWJj': 'abc', 'YW Jj': 'abc', ' Y W J j ': 'abc', 'YWJ\tj\n\f\r': 'abc',
  'YW+/': 'ao\u00bf', 'YQ==\n': 'a', 'YQ= =': 'a', '/w==': '\u00ff', 'AAAA': '\0\0\0',
  'AAAAAA==': '\0\0\0\0', 'YR==': 'a', 'AAA=': '\0\0', 'AAAAAAA=': '\0\0\0\0\0', 'AAAAAAA': '\0\0\0\0\0',
};
for (const [input, output] of Object.entries(decoded)) assert.strictEqual(atob(input), output, JSON.stringify(input));
assert.strictEqual(atob(null), '\u009e\u00e9e');
assert.strictEqual(atob({ toString() { return 'YQ=='; } }), 'a');

function domError(message) {
  return (error) => {
    assert.strictEqual(error.name, 'InvalidCharacterError');
    assert.strictEqual(error.message, message);
    assert.ok(error instanceof Error);
    if (typeof DOMException === 'function') {
      assert.ok(error instanceof DOMException);
      assert.strictEqual(error.code, 5);
    }
    return true;
  };
}
for (const input of ['YQ=', 'YQ===', 'Y===', 'YQ=a', 'YW-_', 'YWJj\u00e9', '\u0100', '=', '==', '====', 'Y\u000b',
                     'YQ!=', 'AAAA=', 'AA=', 'AAAAAA=', 'AAAAAAA==', 'A===']) {
  assert.throws(() => atob(input), domError('Invalid character'), JSON.stringify(input));
}
for (const input of ['Y', 'YWJjZ', 'AAAAA', 'AAAAA=', 'AAAAA==', 'A=', 'A==', 5, undefined]) {
  assert.throws(() => atob(input), domError('The string to be decoded is not correctly encoded.'), String(input));
}
assert.throws(() => atob(), {
  code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "input" argument must be specified',
});

assert.strictEqual(btoa('abc'), 'YWJj');
assert.strictEqual(btoa(''), '');
assert.strictEqual(btoa('\u00ff'), '/w==');
assert.strictEqual(btoa(null), 'bnVsbA==');
assert.strictEqual(btoa(5), 'NQ==');
assert.strictEqual(btoa(undefined), 'dW5kZWZpbmVk');
assert.strictEqual(btoa('\0\u0080'), 'AIA=');
assert.throws(() => btoa('\u0100'), domError('Invalid character'));
assert.throws(() => btoa('a\u{1f600}'), domError('Invalid character'));
assert.throws(() => btoa(), { code: 'ERR_MISSING_ARGS', message: 'The "input" argument must be specified' });

// Round trip of every byte value.
let all = '';
for (let i = 0; i < 256; i++) all += String.fromCharCode(i);
assert.strictEqual(atob(btoa(all)), all);
