'use strict';
// In a require cycle, the module that comes back round gets the other's exports as they are
// at that moment; the same object is completed later.
require('../common');
const assert = require('assert');

const a = require('../fixtures/modules/cycle/a');
assert.deepStrictEqual(a.b.aSeen, { loadedBeforeB: true });
assert.strictEqual(a.b.aIsPartial, true);
assert.strictEqual(a.b.aModuleLoaded, false);
assert.strictEqual(a.b.aLater(), a);
assert.strictEqual(a.done, true);
assert.strictEqual(Object.getPrototypeOf(a), Object.prototype);

// A module that replaces module.exports after the cycle: the other side kept the old object.
const replaced = require('../fixtures/modules/cycle/replaced-a');
assert.strictEqual(typeof replaced, 'function');
assert.deepStrictEqual(require('../fixtures/modules/cycle/replaced-b'),
                       { seenType: 'object', seenKeys: [] });
