'use strict';
// Keys with one '*' match any subpath with that prefix and suffix; every '*' in the target is
// replaced by the matched text, which may contain '/'. The most specific key wins, and a null
// target hides what it matches.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const root = path.join(common.fixturesDir, 'modules', 'exports');
const requireHere = createRequire(path.join(root, 'noop.js'));
const pkgDir = path.join(root, 'node_modules', 'patterns');

assert.strictEqual(requireHere('patterns/features/alpha'), 'patterns/src/features/alpha.js');
// './features/*.js' is more specific than './features/*' (same prefix, longer key).
assert.strictEqual(requireHere('patterns/features/alpha.js'), 'patterns/src/features/alpha.js');
assert.strictEqual(requireHere('patterns/features/nested/beta'), 'patterns/src/features/nested/beta.js');
assert.strictEqual(requireHere('patterns/utils/strings/entry'), 'patterns/src/utils/strings/main.js');
assert.strictEqual(requireHere('patterns/twice/same'), 'patterns/src/same/same.js');
assert.deepStrictEqual(requireHere('patterns/data/table.json'), { from: 'patterns/src/data/table.json' });
assert.strictEqual(requireHere.resolve('patterns/features/nested/beta'),
                   path.join(pkgDir, 'src', 'features', 'nested', 'beta.js'));

for (const subpath of [
  './features/private/gamma',  // './features/private/*' is longer, and null
  './features',  // the '*' must match at least one character
  './data/table',  // the suffix must match
  './utils//entry',
  '.',  // no '.' key
]) {
  const message = subpath === '.' ?
    `No "exports" main defined in ${pkgDir}/package.json` :
    `Package subpath '${subpath}' is not defined by "exports" in ${pkgDir}/package.json`;
  assert.throws(() => requireHere(`patterns${subpath.slice(1)}`), {
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    message,
  });
}
