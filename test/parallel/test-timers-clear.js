'use strict';
// clearTimeout/clearInterval/clearImmediate, including by primitive id and across kinds.
const common = require('../common');
const assert = require('assert');

clearTimeout(setTimeout(common.mustNotCall(), 1));
clearInterval(setInterval(common.mustNotCall(), 1));
clearTimeout(setInterval(common.mustNotCall(), 1));
clearInterval(setTimeout(common.mustNotCall(), 1));
clearImmediate(setImmediate(common.mustNotCall()));

const byId = setTimeout(common.mustNotCall(), 1);
const id = +byId;
assert.strictEqual(typeof id, 'number');
assert.strictEqual(`${byId}`, String(id));
clearTimeout(id);

const byString = setTimeout(common.mustNotCall(), 1);
clearTimeout(`${byString}`);

// Clearing nothing, or garbage, is fine.
clearTimeout();
clearTimeout(null);
clearTimeout({});
clearImmediate(undefined);

// An immediate cleared by an earlier one in the same batch does not run.
let second;
setImmediate(common.mustCall(() => clearImmediate(second)));
second = setImmediate(common.mustNotCall());

// A timeout cleared by another timeout of the same duration does not run.
let victim;
setTimeout(common.mustCall(() => clearTimeout(victim)), 2);
victim = setTimeout(common.mustNotCall(), 2);

// Interval that clears itself after three runs.
let count = 0;
const interval = setInterval(common.mustCall(() => {
  if (++count === 3) clearInterval(interval);
}, 3), 1);
