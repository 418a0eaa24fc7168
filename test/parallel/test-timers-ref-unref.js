'use strict';
// unref'd timers and immediates do not keep the process alive; ref/hasRef/refresh/close.
const common = require('../common');
const assert = require('assert');

const t = setTimeout(common.mustNotCall(), 10000);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);

const i = setInterval(common.mustNotCall(), 10000).unref();
assert.strictEqual(i.hasRef(), false);

const imm = setImmediate(common.mustCall()).unref();
assert.strictEqual(imm.hasRef(), false);
// An unref'd immediate still runs while something else keeps the loop going.
const kept = setImmediate(common.mustCall(() => assert.strictEqual(kept.hasRef(), false))).unref();
kept.ref();
assert.strictEqual(kept.hasRef(), true);
kept.unref();

// ref() again keeps it alive and lets it fire.
const back = setTimeout(common.mustCall(), 1);
back.unref();
back.ref();

// refresh() restarts the countdown.
const start = Date.now();
const refreshed = setTimeout(common.mustCall(() => {
  assert.ok(Date.now() - start >= 40, `fired after ${Date.now() - start}ms`);
}), 25);
setTimeout(() => assert.strictEqual(refreshed.refresh(), refreshed), 15);

// close() is clearTimeout.
const closed = setTimeout(common.mustNotCall(), 1);
assert.strictEqual(closed.close(), closed);
