'use strict';
// A request that resolves to nothing throws MODULE_NOT_FOUND; the message and err.requireStack
// list the chain of requiring files, innermost first.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(common.fixturesDir, 'modules', 'errors');
const childCount = module.children.length;

assert.throws(() => require('../fixtures/modules/errors/outer'), (err) => {
  const requireStack = [path.join(dir, 'requires-missing.js'), path.join(dir, 'outer.js'), __filename];
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message,
                     `Cannot find module './no-such-file'\nRequire stack:\n- ${requireStack.join('\n- ')}`);
  assert.deepStrictEqual(err.requireStack, requireStack);
  assert.deepStrictEqual(Object.keys(err), ['code', 'requireStack']);
  assert.ok(err.stack.startsWith(`Error: ${err.message}\n    at `), err.stack);
  return true;
});

// The modules that failed are not cached, nor children of their parents.
assert.strictEqual(require.cache[path.join(dir, 'outer.js')], undefined);
assert.strictEqual(require.cache[path.join(dir, 'requires-missing.js')], undefined);
assert.strictEqual(module.children.length, childCount);

for (const request of ['no-such-package', './no-such-file', '/no/such/file', '@scope/none/x']) {
  assert.throws(() => require(request), {
    code: 'MODULE_NOT_FOUND',
    message: `Cannot find module '${request}'\nRequire stack:\n- ${__filename}`,
    requireStack: [__filename],
  });
}
