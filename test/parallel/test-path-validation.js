'use strict';
// Every path function but toNamespacedPath() rejects non-string arguments with
// ERR_INVALID_ARG_TYPE naming the argument.
require('../common');
const assert = require('assert');
const path = require('path');

const notStrings = [null, undefined, 1, true, {}, [], Symbol('s'), 1n, new String('a')];

for (const dialect of [path.posix, path.win32]) {
  for (const value of notStrings) {
    const expectedError = (name) => ({
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: new RegExp(`^The "${name.replace(/[[\]]/g, '\\$&')}" argument must be of type ` +
                          'string\\. Received '),
    });
    for (const fn of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse']) {
      assert.throws(() => dialect[fn](value), expectedError('path'), `${fn}(${String(value)})`);
    }
    assert.throws(() => dialect.join('a', value), expectedError('path'));
    assert.throws(() => dialect.join(value, 'a'), expectedError('path'));
    assert.throws(() => dialect.relative(value, 'a'), expectedError('from'));
    assert.throws(() => dialect.relative('a', value), expectedError('to'));
    if (value !== undefined) {
      assert.throws(() => dialect.basename('a', value), expectedError('suffix'));
      // The suffix is checked before the path.
      assert.throws(() => dialect.basename(value, value), expectedError('suffix'));
    }
    // resolve() names the argument by position, and checks only those it reaches: it stops at
    // the first absolute path from the right.
    assert.throws(() => dialect.resolve(value), expectedError('paths[0]'));
    assert.throws(() => dialect.resolve('a', value, 'b'), expectedError('paths[1]'));
  }
}

assert.strictEqual(path.posix.resolve(1, '/a'), '/a');
assert.strictEqual(path.win32.resolve(1, 'C:\\a'), 'C:\\a');
// '\a' has no drive yet, so win32 looks further left and checks the argument.
assert.throws(() => path.win32.resolve(1, '\\a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "paths[0]" argument must be of type string. Received type number (1)',
});
assert.throws(() => path.posix.normalize(null), {
  message: 'The "path" argument must be of type string. Received null',
});
// undefined as the suffix means "no suffix".
assert.strictEqual(path.posix.basename('a.js', undefined), 'a.js');
