'use strict';
// process.cwd() and process.chdir(): moving around, and node's errors for bad targets
// (`path` is where the process was, `dest` where it was asked to go).
require('../common');
const assert = require('assert');
const path = require('path');

const start = process.cwd();
assert.strictEqual(typeof start, 'string');
assert.ok(path.isAbsolute(start));
assert.strictEqual(process.cwd.length, 0);
assert.strictEqual(process.chdir.length, 1);

assert.strictEqual(process.chdir('/'), undefined);
assert.strictEqual(process.cwd(), '/');
process.chdir(__dirname);
assert.strictEqual(process.cwd(), __dirname);
process.chdir('..');
assert.strictEqual(process.cwd(), path.dirname(__dirname));
process.chdir(path.basename(__dirname));
assert.strictEqual(process.cwd(), __dirname);

function systemError(code, errno, dest) {
  const message = {
    ENOENT: 'no such file or directory',
    ENOTDIR: 'not a directory',
  }[code];
  return (err) => {
    assert.strictEqual(Object.getPrototypeOf(err), Error.prototype);
    assert.strictEqual(err.message, `${code}: ${message}, chdir '${__dirname}' -> '${dest}'`);
    // The same properties, in the same order, as node.
    assert.deepStrictEqual(Object.entries(err), [
      ['errno', errno],
      ['code', code],
      ['syscall', 'chdir'],
      ['path', __dirname],
      ['dest', dest],
    ]);
    assert.ok(err.stack.startsWith(`Error: ${err.message}\n`));
    return true;
  };
}

const missing = path.join(__dirname, 'no-such-directory');
assert.throws(() => process.chdir(missing), systemError('ENOENT', -2, missing));
assert.throws(() => process.chdir(''), systemError('ENOENT', -2, ''));
assert.throws(() => process.chdir(__filename), systemError('ENOTDIR', -20, __filename));
assert.strictEqual(process.cwd(), __dirname);

for (const [value, received] of [
  [undefined, 'Received undefined'],
  [1, 'Received type number (1)'],
  [null, 'Received null'],
  [{}, 'Received an instance of Object'],
]) {
  assert.throws(() => process.chdir(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "directory" argument must be of type string. ${received}`,
  });
}
process.chdir(start);
