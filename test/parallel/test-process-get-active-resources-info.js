'use strict';
// process.getActiveResourcesInfo() names what keeps the loop alive: ref'd timers and immediates.
const common = require('../common');
const assert = require('assert');

const before = process.getActiveResourcesInfo().filter((t) => t === 'Timeout' || t === 'Immediate');
assert.deepStrictEqual(before, []);

const t = setTimeout(common.mustNotCall(), 1);
setTimeout(common.mustNotCall(), 100000).unref();
const imm = setImmediate(common.mustCall());
setImmediate(common.mustCall()).unref();

const info = process.getActiveResourcesInfo();
assert.strictEqual(info.filter((x) => x === 'Timeout').length, 1);
assert.strictEqual(info.filter((x) => x === 'Immediate').length, 1);

clearTimeout(t);
const after = process.getActiveResourcesInfo();
assert.strictEqual(after.filter((x) => x === 'Timeout').length, 0);
void imm;
