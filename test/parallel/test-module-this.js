'use strict';
// At the top level of a module, `this` is module.exports (also in strict mode), and top-level
// declarations stay local to the module.
require('../common');
const assert = require('assert');

assert.strictEqual(this, module.exports);
assert.strictEqual(this, exports);
const seen = require('../fixtures/modules/module-object/child');
assert.strictEqual(seen.thisIsExports, true);
assert.strictEqual(seen.exportsIsModuleExports, true);

assert.deepStrictEqual(require('../fixtures/modules/module-object/sloppy'), {
  viaThis: 1,
  isGlobalVar: 'undefined',
});
