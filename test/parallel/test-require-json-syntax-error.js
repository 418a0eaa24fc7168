'use strict';
// A .json module that does not parse throws the parser's SyntaxError, its message prefixed
// with the file's path; the module is not cached.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const file = path.join(common.fixturesDir, 'modules', 'errors', 'bad.json');

assert.throws(() => require('../fixtures/modules/errors/bad.json'), (err) => {
  assert.ok(err instanceof SyntaxError);
  assert.strictEqual(err.name, 'SyntaxError');
  assert.ok(err.message.startsWith(`${file}: `), err.message);
  assert.ok(err.message.includes('JSON at position 10'), err.message);
  assert.strictEqual(err.code, undefined);
  return true;
});
assert.strictEqual(require.cache[file], undefined);
